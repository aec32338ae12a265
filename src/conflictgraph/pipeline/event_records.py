"""The event records a trigger reports: type, actors, recipients, date, place and toll."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Event
from .event_blame import condemned_act
from .event_deployments import forces_in_aid
from .event_doers import act_noun
from .event_force import under_attack
from .event_forms import VERBAL_TYPES, answered_for, answering_party
from .event_meetings import by_phone, hosted_between, visitor_first
from .event_objects import noun_taken, territory_taken, took_captive
from .event_parties import joined_in
from .event_places import distinct_places, is_investigation, measured_location
from .event_roles import verb_parties
from .event_types import hosted_guest, trigger_type
from .identified import PERPETRATOR, VICTIM

if TYPE_CHECKING:
    from .event_sentence import Sentence


def summary(sentence: Sentence, token: Token) -> Token | None:
    """The word of blame a bare plural act noun with no date of its own is answered for by ("blamed for attacks in
    Turkey"): past acts told in passing as one summary (``event_forms.answered_for``); one its phrase dates ("claimed
    responsibility for Dec. 10 bombings") is told as an occurrence (bgr)."""
    if token.pos_ != "NOUN" or any((m := sentence.mention_at(t, "DATE", "TIME")) is not None and m.value
                                   for t in token.subtree):
        return None
    return answered_for(token, sentence.lex)


def events_at(sentence: Sentence, token: Token, event_type: str, previous: str | None) -> list[Event]:
    """The events a trigger reports (``_events_of``), a meeting's visitor as its actor (``visitor_first``)."""
    events = _events_of(sentence, token, event_type, previous)
    if (word := summary(sentence, token)) is not None:
        # "The RSF, which has been blamed for attacks on hospitals": a summary of past acts, their actor the party
        # held to answer for them, their date none but one their own phrase gives (docs/annotation.md, *Background
        # acts*, *Summaries*; Date: a background act with no date stays null) (bgr)
        party = answering_party(word)
        doers = sentence.actors_of(sentence.antecedent(party)) if party is not None else []
        summed = []
        for event in events:
            event = replace(event, date=None)  # the time of the clause that blames is not the acts' (Date)
            if not event.actors("source") and doers:
                event = replace(event, source=None, sources=[])
                event.set_actors("source", doers)
            summed.append(event)
        return summed
    if event_type == "AID" and token.lemma_.lower() in sentence.lex.receiving_verbs:
        # "Sudan received wheat from Russia": the subject is the recipient, the "from" phrase the provider (w37)
        out = []
        for event in events:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            givers = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                      if g.dep_ == "pobj" for a in sentence.actors_of(g)]
            takers = sentence.actors_of(sentence.antecedent(subject)) if subject is not None else []
            received = replace(event, source=None, target=None, sources=[], targets=[])
            received.set_actors("source", givers)
            received.set_actors("target", [t for t in takers if t not in givers])
            out.append(received)
        return out
    if event_type != "CONSULT":
        return events
    # CONSULT's modes (docs/annotation.md, *Meetings and visits*): `visit` where the actor visits, `phone` for calls
    if token.lemma_.lower() == "visit":
        return [replace(event, mode="visit") for event in events]
    if token.lemma_.lower() in sentence.lex.hosting:
        # the host is the subject and the recipient, the guest the actor (docs/annotation.md, Meetings and visits)
        out = []
        for event in events:
            host = verb_parties(sentence, token)[0]  # the subject, or the agent of "was received by the king"
            hosts = sentence.actors_of(host) if host is not None else []
            guests = sentence.actors_of(hosted_guest(sentence, token))
            hosted = replace(event, mode="visit", source=None, target=None, sources=[], targets=[])
            hosted.set_actors("source", guests)
            hosted.set_actors("target", [h for h in hosts if h not in guests])
            out.append(hosted)
        return out
    if (parties := hosted_between(sentence, token)):
        # "Qatar hosted talks between Israel and Hamas": the parties meet, the host is a third party, neither actor
        # nor recipient (docs/annotation.md, Meetings and visits: mode `third-party`, hosted by a third party)
        out = []
        for event in events:
            hosted = replace(event, mode="third-party", source=None, target=None, sources=[], targets=[])
            hosted.set_actors("source", parties)
            out.append(hosted)
        return out
    if by_phone(sentence, token):
        # a call, whoever placed it, has no host: every party is its actor, none its recipient (docs/annotation.md,
        # Meetings and visits: "Who 'met with' whom, or who called, does not make a host")
        out = []
        for event in events:
            called = replace(event, mode="phone", source=None, target=None, sources=[], targets=[])
            called.set_actors("source", list(dict.fromkeys(event.actors("source") + event.actors("target"))))
            out.append(called)
        return out
    return [visitor_first(sentence.ctx.knowledge, event) for event in events]


def _events_of(sentence: Sentence, token: Token, event_type: str, previous: str | None) -> list[Event]:
    """The event a trigger reports: one per place when coordinated objects lie in different places; with no place
    when its sentence names none (``placed_at_home`` may lend it the article's)."""
    agent, deed = sentence.source(token), None
    if agent is not None and (trigger_type(sentence, agent) is not None or act_noun(sentence, agent)
                              or agent.lemma_.lower() in sentence.lex.two_sided
                              and len(sentence.co_actors(agent, event_type)) > 1):
        # "a rocket attack by X killed ...": whoever made the attack killed; "fighting between the army and the RSF
        # killed ...": both sides. An act's noun names its doer in its own phrase only (its "by", possessive or
        # party-naming modifier): "the sanctions imposed on Russia by the EU hit its banks" is the EU's, never Russia's,
        # whom the act is aimed at (sub)
        deed, agent = agent, sentence.source(agent)
    sources = sentence.actors_of(agent)
    sources += [a for c in joined_in(token) for a in sentence.actors_of(c)]  # "X joined Y in condemning"
    targets = sentence.targets(token, event_type)
    if event_type == "COOPERATE" and token.lemma_.lower() in sentence.lex.joint_acts:
        # "joint operations against JNIM": whom the partners act against is no partner (PLOVER COOPERATE is mutual)
        foes = {a for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
                for a in sentence.actors_of(g)}
        targets = [t for t in targets if t not in foes]
    if event_type == "ASSAULT" and (doer := sentence.role_person(agent, PERPETRATOR)) is not None:
        sources = [doer]  # "A Turkish policeman shot ... The assailant, identified as X": X (identified.py)
    undergoer = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if event_type == "ASSAULT" and (victim := sentence.role_person(undergoer, VICTIM)) is not None:
        targets = [victim]  # "killed a mayor ... The victim, Carlos Mendoza": Mendoza
    under = under_attack(sentence, token) if event_type in ("ASSAULT", "ACCUSE") else None
    if under is not None:
        # "the convoy came under fire from RSF fighters": the "from" party acts, the subject undergoes (k37)
        sources = sentence.actors_of(under[1]) if under[1] is not None else []
        targets = sentence.actors_of(under[0]) if under[0] is not None else []
    rings = sentence.rings(token)
    mode = sentence.mode(event_type, rings[0]) or sentence.mode(event_type, [t for r in rings[1:2] for t in r])
    if event_type == "MOBILIZE" and token.pos_ == "VERB" and (moved := next(
            (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)) is not None:
        # what moves tells the mode, before the clause's verb ("deployed 400 police officers" is `police`; "deployed
        # two aircraft carriers" `weapons`: PLOVER MOBILIZE, "mobilizing weapons, ships, or vehicles") (m39)
        mode = sentence.mode(event_type, [moved, *moved.children]) or mode
    if event_type == "AID" and token.pos_ == "VERB" and forces_in_aid(token, sentence.lex):
        mode = "military"  # forces sent to help: PLOVER AID, "military and police assistance including personnel"
    if event_type == "ACCUSE" and under is not None:
        mode = "disapprove"  # criticism voiced (PLOVER ACCUSE disapprove)
    if event_type == "ACCUSE" and mode is None and token.pos_ == "VERB":
        # "called the strike a war crime", "said the decision was a disgrace": an act condemned by its name
        # (disapprove); "said the RSF was behind the attack", "said the ambush was carried out by the ELN": a party
        # said to have done it (allege) (PLOVER ACCUSE modes) (acc)
        lemma = token.lemma_.lower()
        if lemma in sentence.lex.labelling_verbs or condemned_act(token, sentence.lex) is not None or \
                lemma in sentence.lex.verbal_attack_verbs or lemma in sentence.lex.retort_verbs:
            # ... and "attacked Orban over his remarks", "took aim at the ministry": censure (ACCUSE disapprove) (fig)
            mode = "disapprove"
        elif lemma in sentence.lex.report and any(
                t.lemma_.lower() in sentence.lex.investigations for c in token.children if c.dep_ == "nsubj"
                for t in c.subtree):
            mode = "investigate"  # "a commission of inquiry found that ...": an investigation's finding
        elif lemma in sentence.lex.report:
            mode = "allege"
    if event_type == "ASSAULT" and token.pos_ == "VERB" and took_captive(token, sentence.lex):
        mode = "abduct"  # "took 256 prisoners", "held the crew hostage": PLOVER ASSAULT abduct (k37)
    elif mode == "abduct" and token.pos_ == "VERB" and token.lemma_.lower() in sentence.lex.taking_verbs and \
            territory_taken(sentence, token):
        mode = None  # "captured the town of Debre Tabor": territory taken, no one abducted (PLOVER ASSAULT) (p39)
    elif event_type == "ASSAULT" and token.pos_ == "NOUN" and (taken := noun_taken(sentence, token)) is not None:
        mode = "abduct" if taken == "person" else None  # "the capture of Mosul": territory, no one abducted (nom)
    if event_type == "THREATEN" and (content := _threat_content(token)) is not None:
        # the mode is the threat's content (PLOVER THREATEN): "threatening to kill the hostages" is `violence`
        words = [content, *(c for c in content.children if c.dep_ in ("dobj", "prt"))]
        mode = sentence.mode(event_type, words) or (
            "violence" if trigger_type(sentence, content) == "ASSAULT" else None) or mode
    co_actors = sentence.co_actors(token, event_type)
    if deed is not None:
        co_actors += sentence.co_actors(deed, event_type)  # "fighting between the army and the RSF killed 20"
    if event_type == "CONSULT" and co_actors:
        # A meeting or call "with" a party, which has no host: every party is its actor, none its recipient
        # ("spoke with Kerry", "held talks with the Arakan Army"; PLOVER CONSULT and Compound and Reciprocal
        # Actors). "Met X" keeps X as recipient: it may be a visit, whose host is the recipient (annotation.md).
        targets = [t for t in targets if t not in co_actors]
    if sources:
        sources += co_actors  # "Cavusoglu spoke with Kerry": the subject, then the other party
    elif agent is None and len(co_actors) > 1:
        # "talks between Iraq and the KRG", "fighting between the army and the RSF": no subject, the parties act
        # (one the text names but no actor resolves, "She held talks with ...", is not left out for them)
        sources = co_actors
    fight = sentence.fought_in(token) if event_type == "ASSAULT" and not sources else None
    if fight is not None and (sides := sentence.co_actors(fight, event_type)):
        # "Two Fano fighters were killed in clashes with the army": violence both sides use, whose every side is
        # an actor and none a recipient (PLOVER ASSAULT; docs/annotation.md, Lists), the fallen's side among them
        sources, targets = targets + sides, []
    sources = list(dict.fromkeys(sources))
    targets = [t for t in targets if t not in sources]
    dead, hurt = sentence.tolls(token) if event_type == "ASSAULT" else (None, None)
    event = Event("", event_type, mode, None, None, sentence.date(token, previous), None, dead, hurt,
                  [sentence.evidence])
    event.set_actors("source", sources)
    event.set_actors("target", targets)
    if event_type == "CONSULT" and by_phone(sentence, token):
        return [event]  # a call has no place where it was held (docs/annotation.md, Place)
    # an investigation is done where what it investigates happened ("investigated a theft near Hinton")
    places = sentence.places(token, own_only=event_type in VERBAL_TYPES and not is_investigation(
        sentence, token, event_type))
    if places and (finer := sentence.finer_when(token, places[0])) is not None:
        places = [finer]
    if not places:
        return [event]
    best = [m for m in places if sentence.specificity(m) == sentence.specificity(places[0])]
    distinct = distinct_places(sentence, best)
    text = sentence.ctx.document.text
    listed = len(distinct) > 1 and any(w in text[distinct[0].end:distinct[-1].start].split() for w in ("and", "or"))
    if listed and sentence.specificity(places[0]) > 0:
        # each place's act its own toll, never the clause's toll once per place (SentenceTolls.place_tolls)
        at = [next((t for t in sentence.sent if m.start <= t.idx < m.end), None) for m in distinct]
        tolls = sentence.place_tolls(token, at) if event_type == "ASSAULT" else [(dead, hurt)] * len(distinct)
        # a gapped conjunct's own day ("and 20 in Odesa on Tuesday": sentence.remnant_date) (clz)
        return [replace(event, location=measured_location(sentence, m), fatalities=d, injuries=h,
                        date=sentence.remnant_date(token, place) or event.date, evidence=[sentence.evidence])
                for m, (d, h), place in zip(distinct, tolls, at, strict=True)]
    if listed:
        return [event]  # "strikes against ISIL in Iraq and Syria": a campaign over countries has no one place
    return [replace(event, location=measured_location(sentence, places[0]))]


def _threat_content(token: Token) -> Token | None:
    """The verb a threat threatens in its infinitive: "threatened to kill the hostages", "a threat to cut supplies"."""
    return next((c for c in token.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
