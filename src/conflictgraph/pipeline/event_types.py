"""Decide the PLOVER type a trigger word has in its sentence, from the readings of the parse it rests on.

``trigger_type`` reads a word before its clause's harm, its modifiers and the senses of general news correct it; the
readings it rests on are in their own modules: a verb's type (``event_verb_types``), a noun's (``event_noun_types``),
force and armed doers (``event_force``), what a verb takes or acts on (``event_objects``), aid (``event_aid``), stated
stances and denials (``event_statements``), warnings, vows and requests (``event_warnings``), particles
(``event_particles``), general news (``event_news``) and a verb's parties (``event_roles``); the senses of words of
harm (``event_senses``), of blame (``event_blame``), of courts and inquiries (``event_inquiries``) and of forces sent
(``event_deployments``). A reading that asks the type of another word takes ``trigger_type`` as its ``type_of``
argument, so that the imports run one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .event_aid import money_recipient, of_objects, released_money, relief_moves
from .event_blame import answered_accuser, blame_rests_on, blamed_on, quoted_judgement
from .event_deployments import forces_in_aid
from .event_force import (
    aimed_fire,
    armed_doer,
    armed_party_at,
    armed_side,
    civilians_do,
    crowd_side,
    forces_move,
    harmful,
    toll_told,
    under_attack,
    verbal_party,
    violent_doer,
)
from .event_forms import clause_subject
from .event_inquiries import accused_person, court_appearance
from .event_news import (
    activity_of,
    animal_doer,
    animal_patient,
    commerce_agreed,
    competition_prize,
    contest_prize,
    figurative_protest,
    kind_of_act,
    mountain_top,
    praised_own,
    regulator_approval,
    safety_advice,
    search_for_missing,
    service_moved,
    standing_practice,
)
from .event_noun_types import noun_type
from .event_occurrences import charged, kind_of_attack, sentenced_to, standing_stance
from .event_particles import particle_type
from .event_roles import person, verb_parties
from .event_senses import (
    accidental,
    ailment,
    danger_threatens,
    depicted,
    filmed,
    harm_without_doer,
    industrial_action,
    labour_strike,
    natural_cause,
    span_of_acts,
    verbal_attack,
    words_attacked,
)
from .event_statements import claimed_innocence, stated_stance
from .event_verb_types import verb_type
from .event_warnings import ultimatum, warned_to_do

if TYPE_CHECKING:
    from .event_sentence import Sentence


def has_cue(cues: set[str], tokens: list[Token]) -> bool:
    """Whether a cue is among the tokens' lemmas or forms, or (for a phrase) in their running text."""
    forms = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    return any(c in forms or (" " in c and f" {c} " in text) for c in cues)


def trigger_type(sentence: Sentence, token: Token) -> str | None:
    """The PLOVER type a word reports where it stands, or None."""
    event_type = _word_type(sentence, token)
    lex = sentence.lex
    if event_type in (None, "SANCTION") and industrial_action(token, lex):
        return "PROTEST"  # "a work to rule", "an overtime ban": workers withhold work as in a strike (gp)
    if event_type is None and regulator_approval(sentence, token):
        return "SUPPORT"  # "the regulator approved the vaccine", "gave the green light to a treatment" (gp)
    if event_type is None and court_appearance(token, lex) is not None:
        return "ACCUSE"  # "appeared in Nairobi Magistrate's Court": the court's arraignment (a39)
    if event_type == "ACCUSE" and (laid := blamed_on(token, lex) or blame_rests_on(token, lex)) is not None \
            and not sentence.names_actor(laid) and (token.pos_ != "VERB" or laid.lemma_.lower() in lex.blameless):
        # "the report put the blame on poor planning", "the blame lies with the weather" (w40); "blamed the delay on
        # bad weather", "blamed the crash on fog": a hazard blamed, no party (docs/annotation.md, accidents) (acc)
        return None
    if event_type not in (None, "COERCE", "MOBILIZE") and animal_patient(token, lex) or event_type == "ASSAULT" and \
            animal_doer(token, lex):
        # "rescued a puppy", "pardoned a turkey", "a lion attacked villagers": no actor's act; livestock looted or
        # seized is property taken by force, a COERCE seize as any, and police dogs deployed a police move (gnp)
        return None
    if event_type == "PROTEST" and figurative_protest(token, lex):
        return None  # "the ruble rallied", "stocks rallied", "the team rallied": no people's protest (bug)
    if event_type in ("ASSAULT", "COERCE", "PROTEST") and contest_prize(token, lex):
        return None  # "captured the title", "seized the lead", "stormed to victory": a contest won (gnp)
    if event_type == "ACCUSE" and search_for_missing(token, lex):
        return None  # "searched the woods for the missing girl": the lost sought, no wrongdoing looked into (gnp)
    if event_type == "CONSULT" and mountain_top(token, lex):
        return None  # "reached the summit of Everest": a mountain's top, no meeting (gnp)
    if event_type == "COERCE" and ailment(token, lex):
        return None  # "suffered a cardiac arrest": an illness, no detention (gnp)
    if event_type == "RETREAT" and (money := released_money(sentence, token)):
        # "released $2 billion to Kyiv" gives money (AID); "the government's release of funds to the provinces"
        # frees no captive and names no one it benefits (PLOVER RETREAT release; AID: economic aid) (bug)
        return "AID" if money_recipient(sentence, token, money) else None
    if event_type == "RETREAT" and token.pos_ == "NOUN" and token.lemma_.lower() == "release" and not any(
            g.lemma_.lower() not in lex.published and g.lower_ not in lex.published for g in of_objects(token)):
        return None  # "a press release", "the film's release", "the release of its report": no captive goes free (rcm)
    if event_type == "ACCUSE" and token.pos_ == "VERB" and token.lemma_.lower() in lex.forceful_censure_verbs and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(sentence.in_mention("WEAPON", t) for t in c.subtree)
            for c in token.children):
        return "ASSAULT"  # "slammed Russian positions with artillery": the force itself, no censure (fig)
    if event_type in (None, "ASSAULT") and words_attacked(token, lex) and not harmful(sentence, token, token) and not (
            event_type is None and armed_party_at(sentence, token)) and not violent_doer(sentence, token):
        # "attacked Orban over his remarks", "hit back at critics": a party censured for its words, no violence (fig)
        return "ACCUSE"
    if event_type == "ASSAULT":
        if token.lemma_.lower() in lex.injure and harm_without_doer(token):
            return None  # "55 others were injured", "the wounded": a toll, no act of its own (event_tolls)
        if natural_cause(token, lex) or accidental(token, lex):
            return None  # "Two earthquakes struck north-western Iran", "was hit by a truck": no actor's deliberate act
        if ailment(token, lex) or filmed(token, lex) or depicted(token, lex):
            return None  # "died of a heart attack", "shot a documentary": other senses of the words (k37)
        if span_of_acts(token, lex):
            return None  # "the town fell after seven days of fighting": a stretch of acts as a time (k37)
        if kind_of_attack(token, lex):
            return None  # "Airstrikes on hospitals violate the law", "militants often kidnap travellers"
        if labour_strike(token, lex):
            return "PROTEST"  # "a hunger strike", "medical workers' strike", "miners struck", "went on strike"
        if token.pos_ == "VERB" and (sense := verbal_attack(token, lex)) is not None:
            return sense or None  # "attacked the proposal" (ACCUSE); "killed the trade deal" (none)
        if (under := under_attack(sentence, token)) is not None and under[1] is not None and verbal_party(
                sentence, under[1]):
            return "ACCUSE"  # "came under fire from rights groups": criticism (PLOVER ACCUSE) (k37)
    if event_type == "REQUEST" and token.tag_ == "VBG" and token.dep_ == "acl" and token.head.pos_ == "NOUN" and \
            token.lemma_.lower() in lex.aim_verbs:
        return None  # "waged an insurgency seeking independence", "a group seeking autonomy": an aim, no request (p39)
    if event_type == "ACCUSE" and token.pos_ == "VERB" and token.lemma_.lower() in lex.described_links and not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "agent") for c in token.children):
        return None  # "Groups linked to al Qaeda have killed thousands": a description, no one links them (p39)
    if event_type in ("COOPERATE", "SUPPORT") and token.tag_ in ("VBN", "VBD") and token.dep_ == "acl" \
            and token.head.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lex.described_links:
        return None  # "Fighters allied with the army attacked the village": a tie that describes them (w40)
    if event_type is None and token.pos_ == "VERB" and token.lemma_.lower() in lex.movement and relief_moves(
            token, lex):
        return "AID"  # "an aid convoy entered Gaza", "28 trucks carrying sorghum reached El Fasher" (r39)
    if event_type is None and token.pos_ == "VERB" and token.lemma_.lower() in lex.movement and forces_move(
            sentence, token):
        return "MOBILIZE"  # "ISIL forces have reached Palmyra"
    if token.pos_ == "VERB" and (event_type is None and token.lemma_.lower() in lex.assembling
                                 or event_type == "REQUEST"):
        subject = clause_subject(token)
        heads = [] if subject is None else [subject] + [  # "hundreds of demonstrators": who they are
            g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(h.lemma_.lower() in lex.protesters or h.lower_ in lex.protesters for h in heads):
            # "Hundreds of demonstrators gathered"; "protesters demanded his resignation": the protest's own demand
            return "PROTEST"
    if event_type == "ASSAULT" and (token.lemma_.lower() in lex.armed_only or token.lower_ in lex.armed_only) \
            and not armed_side(sentence, token) and not (toll_told(sentence, token)
                                                          and not crowd_side(sentence, token)):
        return None  # "the two ministers clashed over the budget", "clashes between protesters and police"
    if event_type == "PROTEST" and token.pos_ == "VERB" and token.lemma_.lower() in lex.armed_senses and (
            armed_doer(sentence, token, named_head=True)):
        return "ASSAULT"  # "RSF fighters stormed the village": an assault by force, not a crowd's protest
    if event_type == "PROTEST" and token.pos_ == "VERB" and token.lemma_.lower() in lex.armed_moves and (
            armed_doer(sentence, token, named_head=True)):
        # "the army marched into the town": forces moving, no civilians' protest (PLOVER PROTEST); to a place named,
        # a MOBILIZE as "ISIL forces have reached Palmyra" (rcx)
        return "MOBILIZE" if forces_move(sentence, token) else None
    if event_type in (None, "ASSAULT", "COERCE") and token.pos_ == "VERB" and token.lemma_.lower() in lex.crowd_acts \
            and (subject := clause_subject(token)) is not None and (
                subject.lemma_.lower() in lex.protesters or subject.lower_ in lex.protesters):
        return "PROTEST"  # "Rioters torched police stations", "protesters occupied a building" (PLOVER PROTEST) (rcx)
    if event_type in ("SANCTION", "COERCE") and token.pos_ == "VERB" and token.lemma_.lower() in \
            lex.civil_protest_verbs and civilians_do(sentence, token):
        # "Residents of Bamako boycotted the referendum", "Farmers blockaded the ring road": civilians' boycott or
        # obstruction (PLOVER PROTEST boycott, obstruct) (rcx)
        return "PROTEST"
    if event_type == "THREATEN" and token.pos_ == "VERB" and danger_threatens(token, lex):
        return None  # "Drought threatens millions", "the fighting threatened to derail the talks": a danger (rcx)
    if event_type == "ACCUSE" and accused_person(token):
        return None  # "The accused was released on bail": a person so called, no one's accusation (rcx)
    if event_type == "SUPPORT" and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and lex.nouns.get(c.lemma_.lower()) == "REQUEST" for c in token.children):
        return None  # "signed a petition calling for ...": the petition is the act, a REQUEST (PLOVER REQUEST)
    if event_type == "REQUEST" and token.pos_ == "VERB" and ultimatum(token, lex):
        return "THREATEN"  # "demanded that Kyiv withdraw or face further attacks": a demand backed by a repercussion
    if event_type in ("THREATEN", "REQUEST") and safety_advice(token, lex):
        # docs/annotation.md, *Warnings, advice and appeals*: advice the text gives no issuer for is none ("Passengers
        # were told to expect delays"); a named body's advice asks the public to act, a REQUEST, never a THREATEN
        # ("is warning people not to eat a recalled product": the warner threatens nothing it will do) (gp, lead)
        return "REQUEST" if any(c.dep_ in ("nsubj", "agent") for c in token.children) else None
    if event_type == "THREATEN" and token.pos_ == "VERB" and token.lemma_.lower() in lex.report and warned_to_do(
            sentence, token, trigger_type):
        return "REQUEST"  # "warned residents of Pokrovsk to leave the city": a call to act, no repercussion (h37)
    if event_type == "MOBILIZE" and token.pos_ == "VERB" and forces_in_aid(token, lex):
        return "AID"  # "sent troops to Mozambique to help fight the insurgents": military assistance (m39)
    if event_type == "COERCE" and (token.lemma_.lower() in sentence.lex.armed_as_assault and harmful(
            sentence, token) or token.pos_ == "NOUN" and toll_told(sentence, token)):
        return "ASSAULT"  # "a commando raid killed 12": harm done, not a search
    if event_type == "ACCUSE" and token.pos_ == "VERB" and sentenced_to(token, lex):
        return "SANCTION"  # "a court condemned three men to death": a sentence passed (PLOVER SANCTION convict) (a39)
    if event_type == "ACCUSE" and standing_stance(token, lex):
        return None  # "activists have long accused the army of abuses": background, no act of the news (a39)
    if event_type == "SUPPORT" and token.pos_ == "VERB" and token.lemma_.lower() == "sign" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.signed_things for c in token.children):
        return None  # "signed a suicide note", "signed autographs": one's own writing, no pact (PLOVER SUPPORT; gp)
    if event_type == "MOBILIZE" and service_moved(token, lex):
        return None  # "salt trucks have been deployed on main roads": a service's vehicles, no force moved (gp)
    if event_type == "SUPPORT" and token.pos_ == "VERB" and praised_own(token, lex):
        return None  # "the coach praised his players": praise within one body, no event (docs/annotation.md) (sup)
    if event_type == "SUPPORT" and competition_prize(sentence, token):
        return None  # "FIFA will award its own prize for the top player": a competition's prize, no honour (gp)
    if event_type == "AGREE" and commerce_agreed(sentence, token):
        return None  # "after agreeing to buy out its joint venture partner": business between companies (gp)
    if event_type == "AID" and standing_practice(sentence, token if token.pos_ == "VERB" else token.head):
        return None  # "the British Council, which provides placements", "guests are given a meal": a standing
        # programme, no occurrence (gp)
    return event_type


def _word_type(sentence: Sentence, token: Token) -> str | None:
    """The type of a trigger word by its sense where it stands, before what its clause tells of harm."""
    lex, lemma, lower = sentence.lex, token.lemma_.lower(), token.lower_
    if sentence.in_mention("DATE", token) or sentence.in_mention("TIME", token):
        return None  # "on 3 March" names a day, not a march
    if (lower in lex.stance or lower in lex.judgement) and stated_stance(sentence, token):
        return lex.stance.get(lower) or lex.judgement[lower]
    if lower in lex.innocence_words and claimed_innocence(token, lex):
        return "REJECT"  # "told the tribunal that he was innocent": a denial of guilt (docs/annotation.md) (sup)
    if quoted_judgement(token, lex):
        return "ACCUSE"  # '"the recent unacceptable attack on an aid convoy," the ministers said' (a39)
    if answered_accuser(token, lex) is not None:
        return "ACCUSE"  # "Qatar denied Amnesty's claims": Amnesty's accusation, answered by the denial (a39)
    if token.dep_ in ("amod", "compound") or (token.dep_ == "acl" and token.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "aux", "agent") for c in token.children)):
        # a modifier describes ("Iran-backed", "troops stationed"), it does not report; a clause with its own
        # subject or agent does ("reports that ISIL has killed 70 members", "areas besieged by the regime")
        return None
    if token.pos_ in ("VERB", "NOUN", "PROPN") and (kind_of_act(token) and not toll_told(sentence, token)
                                                    or activity_of(token, lex)):
        return None  # a gerund subject names a kind of act: "Attacking churches, by bombing ..., is prohibited"
    if token.tag_ == "VBG" and (lower in lex.nouns or lemma in lex.nouns) and toll_told(sentence, token):
        return lex.nouns.get(lower) or lex.nouns[lemma]  # "Fighting ... left 12 people dead": the act by its noun
    if token.pos_ == "VERB":
        if token.tag_ == "VBG" and charged(token, lex):
            return None  # "convicted of killing", "jailed for assaulting": the conviction is the event
        if lemma in lex.weapon_verbs and lemma in lex.particles and (
                phrasal := particle_type(token, lex.particles[lemma])) is not None and any(
                c.dep_ == "prep" and c.lower_ == "at" for c in token.children):
            return phrasal  # "hit out at NATO": censure (ACCUSE), no weapon fired (e36)
        if lemma in lex.weapon_verbs:
            subject = sentence.source(token)
            if subject is not None and has_cue(lex.sanctioners, list(subject.subtree)):
                return "SANCTION"  # "the Treasury targeted four men"
            if any(c.dep_ == "prep" and c.lower_ in ("in", "into") and any(
                    g.dep_ == "pobj" and g.lower_ in lex.harmless_aims for g in c.children) for c in token.children):
                return None  # "fired shots in the air": a warning, no one is attacked
            if any(c.lower_ == "test" and c.i == token.i - 2 and c.nbor().lower_ == "-" for c in token.children):
                return "MOBILIZE"  # "test-fired a ballistic missile": a weapon's readiness shown, no one attacked
                # (PLOVER MOBILIZE weapons: "increase readiness of weapons systems"; rcm)
            clause = sentence.clause(token)
            weapon = any(sentence.in_mention("WEAPON", t) for t in clause)
            if weapon or sentence.mode("ASSAULT", clause):
                return "ASSAULT"
            return "ASSAULT" if aimed_fire(sentence, token) else None
        if lemma in lex.hosting and hosted_guest(sentence, token) is not None:
            return "CONSULT"  # "Ruto hosted Abiy", "the junta leader received the Russian minister"
        if lemma in lex.phoning and phoned_party(sentence, token) is not None:
            return "CONSULT"  # "Erdogan called Putin on Tuesday": a phone call (PLOVER CONSULT mode phone)
        return verb_type(sentence, token, trigger_type)
    if token.pos_ in ("NOUN", "PROPN"):
        return noun_type(sentence, token, trigger_type)
    return None


def hosted_guest(sentence: Sentence, token: Token) -> Token | None:
    """The guest a verb of hosting names as its object, where it is an actor ("hosted Ethiopia's prime minister",
    "received the Chinese foreign minister", "was received by the king", "whom the king received") and so is the
    host (``verb_parties``); not a thing ("hosted talks", "received aid"), nor an occasion and its topic ("hosted a
    conference on Yemen"), nor a place that holds troops ("bases hosting US troops")."""
    host, guest = verb_parties(sentence, token)
    if host is None or guest is None or sentence.actor_in(host) is None:
        return None
    if guest.lemma_.lower() in sentence.lex.occasions and sentence.mention_at(guest) is None:
        return None  # "hosted a conference on Yemen": an occasion, whose topic is no guest (issue 11, src)
    return guest if sentence.actor_in(guest) is not None and not trigger_type(sentence, guest) else None


def phoned_party(sentence: Sentence, token: Token) -> Token | None:
    """The party a verb of calling names as its object, where the call is a phone call: "Erdogan called Putin on
    Tuesday", "Ruto phoned the army chief" (PLOVER CONSULT mode `phone`; docs/annotation.md, the type table). Both
    subject and object are actors, in the active voice, and the verb takes nothing that makes it another act: no
    label ("called him a traitor"), no "for"/"on" of a request ("called on Russia to", "called for talks"), no
    "off" ("called off the strike"), no clause."""
    lex = sentence.lex
    children = list(token.children)
    if any(c.dep_ in ("nsubjpass", "auxpass", "oprd", "attr", "ccomp", "dative", "prt", "acomp") for c in children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in lex.prep_verbs.get(token.lemma_.lower(), ()) and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in children):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if len(objects) != 1 or subject is None or sentence.actor_in(sentence.antecedent(subject)) is None:
        return None
    guest = sentence.antecedent(objects[0])  # "Erdogan, whom Putin telephoned": Erdogan was called
    if guest.i not in sentence.by_token and not person(sentence, guest) and guest.lemma_.lower() not in (
            lex.person_titles | lex.spokes | lex.office_titles):
        return None  # a party called, not a thing named ("calls ISIL presence in Palmyra a tragedy")
    if any(c.dep_ in ("appos", "acl", "relcl") and c.i != token.i and trigger_type(sentence, c)
           for c in guest.children):
        return None
    return guest if sentence.actor_in(guest) is not None and not trigger_type(sentence, guest) else None
