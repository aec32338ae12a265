"""Tell general news from PLOVER events: animals, prizes, business, advice, programmes, a regulator's approval."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_roles import verb_doer

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .event_sentence import Sentence


def praised_own(verb: Token, lex: Any) -> bool:
    """Whether a verb of praise has for its objects only the people of its subject's own body, told by a possessive
    pronoun: "the coach praised his players", "the head teacher commended her pupils" (plover.yaml ``own_members``;
    docs/annotation.md, *Praise, honours and prizes*: praise within one body is no event) (sup)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in lex.own_members and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children) for o in objects)


def regulator_approval(sentence: Sentence, token: Token) -> bool:
    """Whether a word tells a regulator's approval: a verb of approving (plover.yaml ``approval_verbs``) or "gave ...
    the green light" whose subject's head is a regulating body (``regulators``: "the UK's fertility regulator", "the
    Food and Drug Administration"). PLOVER SUPPORT: "approve policy, action"; docs/annotation.md, sixth widening
    (gp)."""
    lex = sentence.lex
    if token.pos_ == "VERB" and token.lemma_.lower() in lex.approval_verbs:
        verb = token
    elif token.lemma_.lower() == "light" and any(c.lower_ == "green" for c in token.children) and \
            token.head.lemma_.lower() == "give":
        verb = token.head
    else:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subject is not None and subject.lemma_.lower() in lex.court_nouns:
        # a court that permits (docs/annotation.md, *Courts that permit*: "a court approving a marriage or a plan" is
        # SUPPORT): only by a verb of approving, as "a court cleared him" acquits (CONCEDE) (rcv)
        return verb.lemma_.lower() in lex.court_approvals
    return subject is not None and subject.lemma_.lower() in lex.regulators


def _political_party(sentence: Sentence, head: Token | None) -> bool:
    """Whether a phrase names a political actor: a state or a people (GPE, NORP), a person, a state body by its noun
    ("the government", plover.yaml ``state_parties``) or a title ("the mayor"), or a known actor of a state,
    government, force or organization (not a company, a club or a magazine the knowledge does not hold)."""
    if head is None:
        return False
    lex = sentence.lex
    mention = sentence.mention_at(head)
    if mention is not None and mention.type in ("GPE", "NORP", "PERSON"):
        return True
    if head.lemma_.lower() in lex.state_parties | lex.office_titles | lex.person_titles or any(
            (m := sentence.mention_at(t)) is not None and m.type == "GPE" for t in head.subtree):
        return True  # ... or an office of a place ("the mayor of Lyon", "Kano's governor")
    actor = sentence.actor_in(head)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    return record is not None and record.kind in ("state", "government", "military", "organization")


def competition_prize(sentence: Sentence, verb: Token) -> bool:
    """Whether an honour conferred is a competition's prize: a verb of conferring (plover.yaml ``verb_particles``
    award, confer) whose giver is no political actor ("FIFA will award its own prize", "the magazine awarded her its
    sportswoman of the year prize"). docs/annotation.md, *General news*: prizes of competitions are no SUPPORT; the
    *Honours and awards* rule is for a state's, a leader's or a mayor's honour (gp)."""
    if verb.pos_ != "VERB" or not any(c.dep_ in ("dobj", "nsubjpass", "dative") and c.lemma_.lower() in
                                      sentence.lex.particles.get(verb.lemma_.lower(), {}) for c in verb.children):
        return False
    giver = sentence.source(verb)
    # a pronoun ("He later awarded Shoigu a state honour") names no giver the parse can tell apart
    return giver is not None and giver.pos_ != "PRON" and not _political_party(sentence, giver)


def commerce_agreed(sentence: Sentence, verb: Token) -> bool:
    """Whether an agreement's act is commerce between companies: "agreed to buy out its joint venture partner",
    "agreed to sell its stake" (plover.yaml ``commercial_acts``), and the one agreeing is no state, government or
    force (by its mention's type or its record). docs/annotation.md, *General news*: business among companies is no
    event; a deal a government is party to stays coded (gp)."""
    if verb.pos_ != "VERB":
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
        if g.dep_ in ("pcomp", "pobj")]
    if not any(a.lemma_.lower() in sentence.lex.commercial_acts for a in acts):
        return False
    head = sentence.source(verb)
    if head is None:
        return True
    mention = sentence.mention_at(head)
    if mention is not None and mention.type in ("GPE", "NORP") or head.lemma_.lower() in sentence.lex.state_parties:
        return False
    actor = sentence.actor_in(head)
    record = sentence.ctx.knowledge.get(actor) if actor else None
    return record is None or record.kind not in ("state", "government", "military")


def standing_practice(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb in the simple present, active ("the council provides placements") or passive ("guests are given
    a meal"), with no date in its clause and in a sentence of the body (a headline's present tells past news), tells
    what a body does as a rule: a standing programme, no act that took place (docs/annotation.md, *General news*:
    "nor is a standing programme described in the present"; PLOVER codes occurrences) (gp)."""
    if verb.pos_ != "VERB" or not sentence.sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        simple = not aux
    else:
        simple = verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP")
    return simple and not any(sentence.in_mention("DATE", t) for t in verb.subtree)


def activity_of(token: Token, lex: Lexicon) -> bool:
    """Whether a verb is a gerund, or one of a list of them, that a party is said to be involved in: "fighters ...
    involved in smuggling oil, sending fighters around the region, and gathering intelligence" tell what a group does,
    its activities, no occurrence (PLOVER codes events, not standing traits; w37)."""
    t = token
    while t.dep_ == "conj" and t.tag_ == "VBG" and t.head.i != t.i:
        t = t.head
    return t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "in" and \
        t.head.head.lemma_.lower() in lex.activity_heads


def kind_of_act(token: Token) -> bool:
    """Whether a word is, or lies within, a gerund that is its clause's subject: "Attacking churches whether by
    bombing or killing those inside is prohibited" names kinds of acts, no occurrence; or is a gerund "in" which a
    noun's holder takes part ("a capable partner in retaking Iraq", "their role in attacking"): a part played, told
    as a trait, not an occurrence (t32)."""
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "in" \
            and token.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    t = token
    while True:
        if t.tag_ == "VBG" and t.dep_ in ("csubj", "nsubj", "nsubjpass", "csubjpass"):
            return True
        if t.head.i == t.i or t.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp") and t.i != token.i:
            return False
        t = t.head


def service_moved(verb: Token, lex: Any) -> bool:
    """Whether a verb of deploying moves a public service's vehicles: "salt trucks have been deployed on main roads",
    "the city dispatched snow ploughs". The vehicle (its object or passive subject) has a modifier that names its
    work and none that names a force ("army trucks", "police vans" stay MOBILIZE): PLOVER MOBILIZE is military or
    police moves (gp)."""
    if verb.pos_ != "VERB":
        return False
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    vehicles = lex.accident_vehicles | lex.service_vehicles
    armed = lex.armed_vehicle_marks
    return bool(moved) and all(
        m.lemma_.lower() in vehicles and (m.lower_ in lex.service_vehicles or any(
            c.dep_ in ("compound", "amod") for c in m.children)) and not any(
            c.ent_type_ or c.lemma_.lower() in armed or c.lower_ in armed for c in m.children) for m in moved)


def advice_to_public(addressee: Token | None, act: Token | None, lex: Any) -> bool:
    """Whether what a warning, an instruction or a "should" asks is public safety advice: its addressee the public at
    large ("people", "consumers", a generic "you": plover.yaml ``public_addressees``) and its act one of the
    addressee's own care, consumption or expectation ("not to eat the product", "to expect delays": ``advisory_acts``).
    docs/annotation.md, *General news*: such advisories are neither THREATEN (PLOVER: "coercive or forceful
    warnings") nor REQUEST (a demand by one party on another); a call on the public to act toward others ("to stay
    calm", "to leave the city") stays REQUEST (gp)."""
    if addressee is None or act is None or addressee.lower_ not in lex.public_addressees or \
            act.lemma_.lower() not in lex.advisory_acts:
        return False
    # "told the people of the city to expect an assault" foretells a hostile act: a warning, not advice
    return not any((lex.verbs.get(t.lemma_.lower()) or lex.nouns.get(t.lemma_.lower())) in lex.hostile_types
                   for t in act.subtree if t.i != act.i)


def safety_advice(verb: Token, lex: Any) -> bool:
    """Whether a verb of warning or asking gives public safety advice: "is warning people not to eat a recalled
    product", "passengers were told to expect delays" (``advice_to_public``: its object, or its passive subject, is
    the addressee; its to-infinitive the act) (gp)."""
    if verb.pos_ != "VERB":
        return False
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    return advice_to_public(addressee, act, lex)


def _patients(token: Token) -> list[Token]:
    """Who or what an act is done to: a verb's object or passive subject; a noun's "of" object ("the rescue of a
    puppy") or, with none, the noun it is a compound of ("a puppy rescue")."""
    if token.pos_ in ("VERB", "AUX"):
        return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "compound"]


def _animal(token: Token | None, lex: Any) -> bool:
    return token is not None and token.pos_ == "NOUN" and (token.lemma_.lower() in lex.animals
                                                           or token.lower_ in lex.animals)


def animal_doer(verb: Token, lex: Any) -> bool:
    """Whether an attack verb's doer is an animal: "a lion that attacked villagers", "was bitten by a dog" (PLOVER
    ASSAULT is a deliberate action by an actor; events with no actor are left out, as accidents are:
    docs/annotation.md, *General news*) (gnp)."""
    if verb.pos_ != "VERB":
        return False
    doer = verb_doer(verb)
    if doer is not None and doer.tag_ == "WDT" and verb.dep_ == "relcl":
        doer = verb.head  # "a lion that attacked villagers": the noun the relative clause hangs on
    # a force's animal is the force's means: "a police dog attacked the suspect" stays the police's act
    return _animal(doer, lex) and not any(c.lemma_.lower() in lex.force_modifiers for c in doer.children)


def figurative_protest(verb: Token, lex: Any) -> bool:
    """Whether a verb of protest is done by a thing of markets or sport: "the ruble rallied", "oil prices rallied",
    "the team rallied from two goals down" (plover.yaml ``figurative_movers``, ``currencies``). PLOVER PROTEST codes
    demonstrations and rallies of people, and PLOVER codes acts of political actors; a currency, a price or a team
    does no such act (bug). "Thousands rallied", "farmers protested" keep their reading."""
    if verb.pos_ != "VERB":
        return False
    doer = verb_doer(verb)
    if doer is not None and doer.tag_ == "WDT" and verb.dep_ == "relcl":
        doer = verb.head  # "the peso, which rallied on Tuesday": the noun the relative clause hangs on
    return doer is not None and doer.pos_ in ("NOUN", "PROPN") and (
        doer.lemma_.lower() in lex.figurative_movers or doer.lower_ in lex.figurative_movers)


def animal_patient(token: Token, lex: Any) -> bool:
    """Whether an act is done to an animal: "firefighters rescued a cat from a tree", "the president pardoned a
    turkey", "police shot a bear", "the zoo welcomed a baby elephant" (plover.yaml ``animals``). docs/annotation.md,
    *General news*: acts toward animals are no events; PLOVER codes acts directed at political actors. The patient's
    head decides: "rescued 20 villagers and their cattle" rescues people. The caller leaves COERCE alone: "militants
    looted livestock" takes property by force (PLOVER COERCE seize) (gnp)."""
    patients = _patients(token)
    if not patients or not all(_animal(p, lex) for p in patients):
        return False
    # a force's or an armed group's killing of livestock ("Soldiers shot dead the cattle of herders") harms its
    # owners, as burning their homes does: an attack of the conflict, not an act toward an animal
    doer = verb_doer(token) if token.pos_ == "VERB" else None
    armed = lex.armed
    return doer is None or not (doer.lemma_.lower() in armed or doer.lower_ in armed or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.force_modifiers - {"police"}
        for c in doer.children))


def contest_prize(verb: Token, lex: Any) -> bool:
    """Whether a verb of taking takes a contest's prize, not a place or a person: "the Lions captured the title", "the
    ruling party captured 40 seats", "seized the lead in early counting", "stormed to victory in the relay"
    (plover.yaml ``contest_prizes``, the object or the "to"/"into" goal). PLOVER ASSAULT and COERCE seize take people,
    places and goods by force; winning a match, a race or an election takes none (docs/annotation.md, *General news*:
    sport is no event) (gnp). "seized control of Goma", "seized power" stay acts."""
    if verb.pos_ != "VERB":
        return False
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not taken:
        taken = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children
                 if g.dep_ == "pobj"]
    return bool(taken) and all(t.lower_ in lex.contest_prizes for t in taken)


def mountain_top(noun: Token, lex: Any) -> bool:
    """Whether "summit" is a mountain's top, not a meeting: its "of" object is a mountain by name or by word ("reached
    the summit of Everest", "the summit of Mount Kenya"; plover.yaml ``landforms``). PLOVER CONSULT is a meeting of
    parties; "the summit of the African Union", "the Summit of the Americas" (a name with "the") stay (gnp)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.peak_nouns:
        return False
    tops = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in lex.landforms or any(c.dep_ == "compound" and c.lemma_.lower() in lex.landforms
                                                        for c in g.children)
               or g.ent_type_ in ("LOC", "GPE", "FAC") and not any(c.dep_ == "det" for c in g.children)
               for g in tops)


def search_for_missing(token: Token, lex: Any) -> bool:
    """Whether a search looks for people missing or survivors, not for a suspect: "volunteers searched the woods for
    the missing girl", "rescuers searched the rubble for survivors", "the search for the missing fishermen" (plover.yaml
    ``missing_words``, ``sought_in_need``). PLOVER ACCUSE investigate looks into a wrongdoing; looking for the lost
    accuses no one ("searched for the gunman" stays). The police's search for a missing person stays an
    investigation of a disappearance (plover.yaml ``investigating_searchers``: "Police searched for the missing
    journalist") (gnp)."""
    if token.lemma_.lower() != "search":
        return False
    doer = verb_doer(token) if token.pos_ == "VERB" else None
    searchers = [doer, *doer.children] if doer is not None else list(token.children)
    if any(w.dep_ in ("nsubj", "compound", "poss", "amod") or w is doer for w in searchers if w is not None and (
            w.lemma_.lower() in lex.investigating_searchers or w.lower_ in lex.investigating_searchers)):
        return False
    sought = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"]
    return bool(sought) and all(g.lemma_.lower() in lex.sought_in_need or any(
        c.dep_ in ("amod", "acl") and c.lower_ in lex.missing_words for c in g.children) for g in sought)
