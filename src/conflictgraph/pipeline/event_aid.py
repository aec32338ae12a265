"""Tell aid and its look-alikes: care, rescue, evacuation, relief and goods given, money, the hurt and troops flown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_forms import clause_subject
from .event_roles import person, verb_doer

if TYPE_CHECKING:
    from .event_sentence import Sentence


def care_given(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of treating (plover.yaml ``treating_verbs``) tells medical care an actor gives: its subject is
    no one carer (``_one_carer``) and what it treats is the hurt (``treated_people``, as a word or a modifier), as its
    object or in the object's "of" phrase ("treated dozens of injured civilians") (PLOVER AID; r39)."""
    lex = sentence.lex
    treated = [c for c in verb.children if c.dep_ == "dobj"]
    treated += [g for c in treated for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "treated dozens of injured civilians"
    return any(c.dep_ == "nsubj" and not _one_carer(sentence, c) for c in verb.children) and any(
        c.lemma_.lower() in lex.treated or c.lower_ in lex.treated or any(
            g.dep_ in ("amod", "compound") and g.lower_ in lex.treated for g in c.children) for c in treated)


def _one_carer(sentence: Sentence, subject: Token) -> bool:
    """Whether the subject of a verb of treating is one person ("Dr Ahmed", "the team doctor"): care given in the
    course of one's work, no aid of one party to another (PLOVER AID is given by an actor: an agency, a state, its
    medics; plover.yaml ``carer_nouns``) (v40)."""
    return sentence.mention_at(subject, "PERSON") is not None or subject.tag_ == "NN" and (
        subject.lemma_.lower() in sentence.lex.person_nouns or subject.lemma_.lower() in sentence.lex.carers)


def relief_moves(verb: Token, lex: Any) -> bool:
    """Whether a verb of moving moves relief: its subject is a carrier (plover.yaml ``relief_carriers``) that relief
    words or goods qualify, by a modifier ("an aid convoy", "humanitarian flights"), an "of" phrase ("a convoy of food
    trucks", "a shipment of wheat") or what it carries ("trucks carrying sorghum and medicine") (PLOVER AID) (r39)."""
    subject = clause_subject(verb)
    if subject is None or not {subject.lemma_.lower(), subject.lower_} & lex.relief_carriers:
        return False
    goods = lex.relief_goods | lex.relief_words
    # a modifier qualifies the carrier as relief by a word of relief ("an aid convoy"); a good as a modifier names a
    # kind of vehicle ("a food truck", "a grain ship") (v40); goods it is "of" or carries are its load
    if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lex.relief_words or c.lower_ in lex.relief_words)
           for c in subject.children):
        return True
    words = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    words += [g for c in subject.children if c.dep_ == "acl" for g in c.subtree if g.dep_ in ("dobj", "conj")]
    words += [m for w in list(words) for m in w.children if m.dep_ in ("compound", "amod")]  # "carrying aid workers"
    return any(w.lemma_.lower() in goods or w.lower_ in goods for w in words)


def brought_home(verb: Token) -> bool:
    """Whether a verb of moving brings forces back rather than deploying them: "flew the troops home", "airlifted
    the soldiers back to Kyiv", "flies soldiers home on leave", "were airlifted to safety" (PLOVER MOBILIZE moves or
    readies forces against someone; forces going home or rescued are deployed nowhere) (v40)."""
    return any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in ("home", "back") or c.dep_ in ("prt", "prep")
               and c.lower_ == "out" or c.dep_ == "prep" and c.lower_ == "to" and any(
                   g.lower_ == "safety" for g in c.children)
               for c in verb.children)  # "airlifted troops out of Lashio", "to safety": forces extracted, rescued


def casualties_moved(verb: Token, lex: Any) -> bool:
    """Whether the people a verb of moving carries are its casualties ("injured soldiers were flown to Ankara",
    "airlifted the wounded troops"): the hurt taken to care, no force deployed (PLOVER MOBILIZE moves forces;
    plover.yaml ``treated_people``)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in lex.treated or any(
        g.dep_ in ("amod", "compound") and g.lower_ in lex.treated for g in c.children)) for c in verb.children)


def amount_of_money(sentence: Sentence, token: Token, lex: Any) -> bool:
    """Whether an object is an amount of money: a MONEY mention, or a number written with a currency sign or counted
    in a currency the English model did not tag ("75 million euros", "over £1.1bn"; plover.yaml ``currencies``)."""
    if sentence.in_mention("MONEY", token):
        return True
    counts = [t for t in token.children if t.dep_ in ("nummod", "quantmod", "compound")]
    return any(t.tag_ == "$" or t.text in ("$", "£", "€") for t in token.subtree if t.i <= token.i) or (
        token.lemma_.lower() in lex.currencies and any(t.like_num or t.ent_type_ == "CARDINAL" for t in counts))


def released_money(sentence: Sentence, token: Token) -> list[Token]:
    """The money a word of releasing frees: a verb's object or passive subject, a noun's "of" object, that is an
    amount or one of plover.yaml ``released_money`` ("released funds", "the release of $500 million")."""
    lex = sentence.lex
    if token.lemma_.lower() not in ("release", "free"):
        return []
    things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] if token.pos_ in ("VERB", "AUX") \
        else of_objects(token)
    return [t for t in things if t.lemma_.lower() in lex.released_money or t.lower_ in lex.released_money
            or amount_of_money(sentence, t, lex)]


def money_recipient(sentence: Sentence, token: Token, money: list[Token]) -> bool:
    """Whether money released goes "to" or "for" a party or people it benefits: "released $2 billion to Kyiv",
    "released funds for the flood victims" (PLOVER AID: the benefits accrue to the recipient); "to the provinces",
    "for road works" name none."""
    holders = [token, *money]
    return any(sentence.names_actor(g) or person(sentence, g) for h in holders for c in h.children
               if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj")


def of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrases: "the release of 50 detainees" gives the detainees."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _is_people(token: Token, lex: Any, person: bool) -> bool:
    """Whether a phrase's head names people who can be moved to safety (not forces: "troops were evacuated")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in lex.forces or lower in lex.forces or lemma == "soldier":
        return False
    return person or lemma in lex.evacuees or lower in lex.evacuees


def evacuates_people(verb: Token, lex: Any, is_person: Any) -> bool:
    """Whether an evacuation verb moves people ("evacuated 300 civilians", "9,000 people have been evacuated",
    "evacuated the wounded"): PLOVER AID, emergency assistance (and MOBILIZE: forces mobilized for disaster relief
    are AID), where moving troops out of a town is a RETREAT. ``is_person`` tells a person or people mention."""
    if verb.lemma_.lower() not in lex.evacuation:
        return False
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(moved) and all(_is_people(m, lex, is_person(m)) for m in moved)


def rescues_people(verb: Token, lex: Any, is_person: Any) -> bool:
    """Whether a verb of pulling or freeing brings people out of a peril: "rescue workers pulled 12 survivors from
    the rubble", "firefighters freed three people trapped in the debris". A rescue of people is AID (docs/annotation.md,
    the type table: hostage rescue is AID; Disasters and Emergency services: rescue workers are AID; PLOVER MOBILIZE:
    forces mobilized for disaster relief are AID), not a RETREAT ("pulled out") nor a captor's release ("freed the
    hostages"). The rescue shows in its rescuers (plover.yaml relief_words), in the peril the people are taken from
    (perils: "from the rubble"), or in the people themselves ("survivors", "people trapped"); victims freed, and
    hostages freed by forces, are rescued too (PLOVER AID, ambiguities: "Police in Barcelona freed 10 human
    trafficking victims" and hostage rescues are AID; plover.yaml ``rescued_captives``)."""
    if verb.lemma_.lower() not in lex.rescue_verbs:
        return False
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not moved or not all(_is_people(m, lex, is_person(m)) for m in moved):
        return False
    doer = verb_doer(verb)
    rescuers = [doer, *(c for c in doer.children if c.dep_ in ("compound", "amod"))] if doer is not None else []
    if any(w.lemma_.lower() in lex.relief_words or w.lower_ in lex.relief_words for w in rescuers):
        return True
    if any(m.lemma_.lower() == "victim" for m in moved):
        return True  # "police freed 10 human trafficking victims": a rescue (PLOVER AID, ambiguities; rcm)
    if any(m.lemma_.lower() in lex.rescued_captives for m in moved) and any(
            w.lemma_.lower() in lex.forces or w.lower_ in lex.forces or w.lower_ in lex.force_modifiers
            for w in rescuers):
        return True  # "the army freed 23 hostages held by bandits": forces rescue the captives of others (rcm)
    places = [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out", "of")
              for t in (c, *c.children) for g in t.subtree if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in lex.perils for g in places):
        return True
    return any(m.lemma_.lower() == "survivor" or any(c.lemma_.lower() in lex.perils for c in m.children
                                                     if c.dep_ in ("acl", "amod")) for m in moved)


def relief_sent(verb: Token, lex: Any) -> bool:
    """Whether a verb of sending or deploying sends relief: its load or the "for"/"with" phrase names rescue or relief
    ("rescue workers were sent", "deployed soldiers for rescue operations", "dispatched ships with relief
    supplies"). PLOVER MOBILIZE: "mobilizing police or military forces for disaster relief should be coded as AID"."""
    if verb.lemma_.lower() not in lex.dispatch_verbs:
        return False
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    phrases += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "with") for g in c.children
                if g.dep_ == "pobj"]
    phrases += [g for p in list(phrases) for c in p.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                for g in c.children if g.dep_ == "pobj"]  # "dozens of rescue workers"; "troops for flood relief",
    # the purpose the parser hangs on the object (m39)
    for phrase in phrases:
        words = [phrase] + [c for c in phrase.children if c.dep_ in ("compound", "amod")]
        if any(w.lemma_.lower() in lex.relief_words or w.lower_ in lex.relief_words for w in words):
            return True
    return False


def relief_operation(noun: Token, lex: Any, light_verbs: set[str]) -> bool:
    """Whether a noun is a relief operation under way: "A rescue operation was under way", "relief efforts
    continued", "launched a rescue mission" (PLOVER AID: humanitarian aid such as emergency assistance). It is a
    clause's subject or a light verb's object, not a word that only names a kind ("plans for a rescue operation")."""
    if noun.lemma_.lower() not in lex.relief_operations:
        return False
    if not any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in lex.relief_words or c.lower_ in
                                                   lex.relief_words) for c in noun.children):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "was under way", "continued"; not "making rescue efforts harder"
        return noun.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in light_verbs


def aid_handed_over(noun: Token, lex: Any, aid_nouns: set[str]) -> bool:
    """Whether a noun of handing over hands over aid: "the delivery of aid to civilians in Madaya", "the distribution
    of food aid" (PLOVER AID: the provision of material aid)."""
    if noun.lemma_.lower() not in lex.handover_nouns:
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in aid_nouns for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def goods_given(verb: Token, lex: Any) -> bool:
    """Whether a verb of giving hands over goods of relief or an amount "in" aid: "gave shelter to 50,000 refugees",
    "distributed medicine to children", "is providing military training to Ukrainian recruits", "provided 500
    million euros in humanitarian aid to Ukraine" (PLOVER AID: humanitarian, economic and military aid, its
    training included; w37). A giving under a negation, a request or a future verb is judged as the other triggers
    are (asserted, promised)."""
    lemma = verb.lemma_.lower()
    carried = lemma in lex.carrying_verbs and any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                                  for c in verb.children)
    if verb.pos_ != "VERB" or not (lemma in lex.giving_verbs or carried or lemma in lex.receiving_verbs):
        return False
    if lemma in lex.receiving_verbs and verb.dep_ == "acl":
        return False  # "terrorists receiving assistance from abroad": who they are, no receipt told
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            return False  # "have received no aid since June": none given
        if obj.lemma_.lower() in lex.qualified_goods and not any(
                w.dep_ in ("amod", "compound") and (w.pos_ == "PROPN" or w.lower_ in lex.arms_modifiers)
                for w in obj.subtree if w.i < obj.i):
            continue  # "delivered signalling systems to the railway": no arms (v40)
        if obj.lemma_.lower() in lex.relief_goods or obj.lower_ in lex.relief_goods:
            return True
        if any(w.lemma_.lower() in lex.relief_words for w in obj.children if w.dep_ in ("amod", "compound")) and (
                lemma in lex.receiving_verbs):
            return True  # "received emergency salary advances", "received humanitarian help"
        if any(g.dep_ == "pobj" and (g.lemma_.lower() in lex.relief_goods or g.lower_ in lex.relief_goods)
               for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            return True  # "20,000 tonnes of wheat", "truckloads of food", "a shipment of weapons"
        if any(g.dep_ == "pobj" and (g.lemma_.lower() in lex.amount_in or g.lower_ in lex.amount_in)
               for c in obj.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children):
            return True  # "500 million euros in humanitarian aid"
    return False
