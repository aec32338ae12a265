"""Senses of words of harm the parse tells apart: a disaster, an accident, a film, an attack of words, a strike.

Helpers of the events stage (pipeline/events.py), as are the word senses of ``event_blame``, ``event_inquiries``,
``event_deployments`` and the modules of ``event_types``; each reads who does or undergoes a trigger from the
dependency parse and a word class of plover.yaml, with the PLOVER manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .event_roles import verb_doer


def natural_cause(token: Token, lex: Any) -> bool:
    """Whether an ASSAULT word is done by a natural force: "Two earthquakes struck north-western Iran, leaving 180
    dead", "floods killed 40". PLOVER codes the acts of actors: ASSAULT is a deliberate action (the manual's
    closing notes: natural disasters do not fit its entity-centric coding), so a disaster's toll is no event."""
    if token.pos_ == "VERB":
        doer = verb_doer(token)
        return doer is not None and (doer.lemma_.lower() in lex.natural_forces and not gunfire(doer, lex)
                                     or _named_force(doer, lex))
    # a noun: "the blast" is an attack; "the earthquake's strike", "a flood explosion" are not
    return any(c.dep_ in ("compound", "poss") and (c.lemma_.lower() in lex.natural_forces or _named_force(c, lex))
               for c in token.children)


def gunfire(noun: Token, lex: Any) -> bool:
    """Whether "fire" is a force's shooting: a modifier names an actor or a weapon ("Israeli fire", "sniper fire",
    "artillery fire", "the army's fire"), so what it kills is an ASSAULT (PLOVER ASSAULT: small arms, heavy weapons),
    not a blaze's toll."""
    armed = lex.gunfire_doers
    return noun.lemma_.lower() in lex.gunfire_nouns and any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and (
            c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.lemma_.lower() in armed or c.lower_ in armed)
        for c in noun.children)


def _named_force(name: Token, lex: Any) -> bool:
    """Whether a name is a natural force's: "Hurricane Ian", "Cyclone Freddy", "Storm Ciaran", whose head is the
    name and whose word just before (a compound of it) the kind of force (gnp); not a name a common noun heads
    ("Operation Storm Shield" is a military operation's)."""
    compounds = [c for c in name.children if c.dep_ == "compound"]
    return name.pos_ == "PROPN" and any(c.i == name.i - 1 and c.lemma_.lower() in lex.natural_forces
                                        for c in compounds) and not any(c.tag_ in ("NN", "NNS") and c.i < name.i - 1
                                                                        for c in compounds)


def accidental(token: Token, lex: Any) -> bool:
    """Whether an ASSAULT word tells an accident: a vehicle that hits or kills with nothing on it naming an owner, a
    force or a load ("was hit by a truck and killed"), or an explosion named by a hazard ("a gas explosion at a
    market"). docs/annotation.md, *General news*: accidents have no agent and are no events; PLOVER ASSAULT is a
    deliberate action by an actor, so an attack noun elsewhere in the sentence ("a truck ploughed into the crowd in a
    terrorist attack") keeps the act (gp)."""
    if token.pos_ == "VERB":
        doer = verb_doer(token)
        if doer is not None and doer.pos_ == "NOUN" and doer.lemma_.lower() in lex.accident_nouns:
            return accidental(doer, lex)  # "a boiler explosion killed 13 workers"
        if _harm_by_accident(token, doer, lex):
            return True
        armed = lex.armed_doers
        if doer is None or doer.lemma_.lower() not in lex.accident_vehicles or any(
                c.dep_ in ("poss", "compound", "acl", "relcl", "nmod", "appos") or c.ent_type_
                or c.dep_ == "prep" and c.lower_ in ("of", "with") or c.lemma_.lower() in armed
                for c in doer.children):
            return False
        # an attack noun or a weapon in the sentence ("hit a landmine", "in a terrorist attack") tells an act
        return not _attack_told(token, lex)
    return token.lemma_.lower() in lex.accident_nouns and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.accident_hazards for c in token.children)


def harm_without_doer(verb: Token) -> bool:
    """Whether a verb of wounding ("wound", "injure", "hurt": the caller's plover.yaml ``injure_verbs``) names no one
    who did it: "55 others were injured in a
    gas explosion", "1,300 injured", "the wounded". Such a clause states the toll of an act told by its own words
    (event_tolls), or of an accident; only a doer the parse gives ("Russian drones wounded five people", "were
    wounded by sniper fire") makes the wounding an act (PLOVER ASSAULT: deliberate actions by an actor). A past
    participle with no auxiliary is a toll whatever the parse hangs before it ("25 people are dead and dozens
    injured", where "dozens" is read as its subject), unless a "by" phrase names the doer."""
    if verb.pos_ != "VERB":
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return True
    return verb_doer(verb) is None


def _attack_told(token: Token, lex: Any) -> bool:
    """Whether an attack noun or a weapon in the sentence tells a deliberate act ("hit a landmine", "in a terrorist
    attack"), whatever else it names."""
    weapons = lex.cues_of("ASSAULT") - lex.accident_nouns
    return any(t.pos_ == "NOUN" and (lex.nouns.get(t.lemma_.lower()) == "ASSAULT" or t.lemma_.lower() in weapons)
               and t.lemma_.lower() not in lex.accident_nouns for t in token.sent)


def _harm_by_accident(verb: Token, doer: Token | None, lex: Any) -> bool:
    """Whether a verb of killing or wounding tells an accident or a self-injury, no one's deliberate act
    (docs/annotation.md, *General news*; PLOVER ASSAULT is deliberate): its doer is an accident named as what
    happened ("A car crash killed three people"); with no doer, what it happened in or after ("were killed in a
    collision", "injured after a fall") or the "when" clause that tells it ("were killed when their bus overturned");
    or a body part its object ("injured his knee"). An attack noun or a weapon in the sentence keeps the act. Only a
    verb of harm (plover.yaml ``kill_verbs``, ``injure_verbs``) is read so: the events stage asks ``accidental`` of
    every word, and "raised his hand" or "stuck in a crash" tells no accident's harm."""
    if verb.lemma_.lower() not in lex.harm:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.body_parts for c in verb.children):
        return True
    if doer is not None:
        return doer.pos_ == "NOUN" and doer.lemma_.lower() in lex.accident_events and not _attack_told(verb, lex)
    causes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "after")
              for g in c.children if g.dep_ == "pobj"]
    # the "when" clause's verb, or a verb the parse hangs on its subject ("when a bus overturned" read as a noun
    # clause "bus" with "overturned" its modifier)
    whens = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children)]
    return (any(g.lemma_.lower() in lex.accident_events for g in causes)
            or any(t.pos_ == "VERB" and t.lemma_.lower() in lex.accident_verbs and w.i in (t.i, t.head.i)
                   for w in whens for t in w.subtree)) and not _attack_told(verb, lex)


def told_accident(noun: Token, lex: Any) -> bool:
    """Whether an explosion noun points back to an accident told before ("The blast happened at 8:40 a.m." after "a
    gas explosion at a noodle restaurant"): definite, with no modifier or agent of its own; the caller knows an
    accident was told (gp)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.accident_nouns and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children)


def ailment(token: Token, lex: Any) -> bool:
    """Whether an attack or arrest noun is a bout of illness: "died of a heart attack", "suffered a panic attack", "a
    cardiac arrest" (plover.yaml ``ailments``). PLOVER ASSAULT is a deliberate action by an actor, COERCE arrest the
    detention of a person; an illness is neither (k37, gnp)."""
    return token.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.ailments
                                        for c in token.children)


def filmed(verb: Token, lex: Any) -> bool:
    """Whether "shoot" films rather than fires: its object, or its passive subject, is a film or a picture ("shot a
    documentary in Cox's Bazar", "the footage was shot in Goma"; plover.yaml ``filmed_objects``) (k37)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "shoot":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lex.filmed_objects for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.head.lower_ in lex.filmed_objects  # "footage shot by residents"


def depicted(verb: Token, lex: Any) -> bool:
    """Whether "capture" depicts rather than takes: its subject is a picture or a text, or its object a quality or a
    feeling ("the photograph captured the horror of the war", "the speech captured the attention of diplomats", "the
    Taliban captured the imagination of young recruits"; plover.yaml ``depicting_verbs``, ``depicting_subjects``,
    ``captured_qualities``). PLOVER ASSAULT takes people (abduct) or places (territory), not a mood (w40)."""
    if verb.pos_ != "VERB" or verb.lower_ not in lex.depicting_verbs and verb.lemma_.lower() not in lex.depicting_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in lex.depicting_subjects
               or c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lex.captured_qualities for c in verb.children)


def span_of_acts(token: Token, lex: Any) -> bool:
    """Whether an attack noun names a stretch of many acts as the time or setting of another: the "of" object of a span
    of time under a time preposition or a verb of enduring ("the town fell after seven days of fighting", "fled after
    weeks of shelling", "survived months of bombardment"; plover.yaml ``span_nouns``, ``enduring_verbs``). PLOVER codes
    occurrences; a stretch told in passing is none (docs/annotation.md, One event or several). "Three days of fighting
    killed 40" tells the fighting's own toll and stays, as does a stretch placed ("after days of fighting in
    Husaybah", "after weeks of shelling around Bakhmut": a battle of the story) (k37)."""
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ != "of" or token.tag_ not in ("NN", "NNS", "VBG"):
        return False
    span = token.head.head
    if span.lower_ not in lex.span_nouns or any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in token.children):
        return False  # "after four days of fighting in Husaybah": a battle placed, the story's own occurrence
    holder = span.head
    if span.dep_ == "pobj":
        return holder.lower_ in TIME_SPAN_PREPS
    return span.dep_ == "dobj" and holder.lemma_.lower() in lex.enduring_verbs


PLACE_PREPS = {"in", "at", "near", "around", "for", "over", "across", "outside", "inside"}


TIME_SPAN_PREPS = {"after", "since", "following", "amid", "despite", "before"}


def verbal_attack(token: Token, lex: Any) -> str | None:
    """The sense of an ASSAULT verb whose object is made of words or decisions: "strongly attacked Mr Trump's
    proposal" disapproves (PLOVER ACCUSE: condemn, decry a policy or an action; criticize); "effectively killed the
    trade deal" ends a deal and is no event. Returns "ACCUSE", "" (no event) or None (a physical attack)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.verbal_targets for c in token.children):
        return None
    if token.lemma_.lower() in lex.verbal_attack_verbs:
        return "ACCUSE"
    # "shot down the proposal": a proposal refused (PLOVER REJECT: "reject a proposal"); "killed the deal" ends it
    return "REJECT" if any(c.dep_ == "prt" and c.lower_ in lex.refusal_particles.get(token.lemma_.lower(), ())
                           for c in token.children) else ""


def words_attacked(verb: Token, lex: Any) -> bool:
    """Whether a verb of attack (plover.yaml ``verbal_attack_verbs``) or of a retort (``retort_verbs``: "hit back
    at", "fired back at", "took aim at") attacks a party for its words or decisions: "attacked Orban over his
    remarks", "attacked the RSF leader for saying the war would last", "attacked the opposition, calling its plan
    reckless", "hit back at critics". PLOVER ASSAULT is "deliberate actions which can potentially result in
    substantial physical harm"; a party attacked over what it said or decided is censured (ACCUSE disapprove). The
    sense is told by the complement: an "over", "for" or "about" phrase whose noun is one of words or decisions
    (``verbal_targets``, ``verbal_causes``) or whose gerund is one of saying (``report_verbs``, ``labelling_verbs``),
    or a participle of saying or labelling on the verb ("..., calling it", "..., saying"); a retort at critics
    (``critic_words``) needs none. The object must be a party, not a thing or a place kind, and a harm told beside
    it (a conjoined or participial verb of attack, "beating him") or a "with" phrase ("with batons") keeps the
    physical attack; the caller checks the clause for weapons and tolls (fig)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if any(c.lower_ in lex.retort_verbs.get(lemma, ()) and c.i > verb.i for c in verb.children):
        # "hit back at critics", "took aim at the ministry": the party is the "at" object, on the verb or its word
        objects = [g for h in (verb, *verb.children) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
                   for g in c.children if g.dep_ == "pobj"]
        if len(objects) == 1 and objects[0].lemma_.lower() in lex.critic_words:
            return _no_harm_beside(verb, lex)  # "hit back at critics": the retort of words to words
    elif lemma in lex.verbal_attack_verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return False
    if len(objects) != 1 or not _party_object(objects[0], lex) or not _no_harm_beside(verb, lex):
        return False
    said = lex.report | lex.labelling_verbs
    # "attacked Ecowas over its sanctions", "took aim at the ministry over the delays": on the verb, its object or
    # the retort's word, as the parser hangs it
    for c in [*verb.children, *objects[0].children, *(g for c in verb.children if c.dep_ == "dobj" and c.i !=
                                                       objects[0].i for g in c.children)]:
        if c.dep_ == "prep" and c.lower_ in ("over", "for", "about"):
            for g in c.children:
                if g.dep_ == "pobj" and {g.lemma_.lower(), g.lower_} & (lex.verbal_targets | lex.verbal_causes):
                    return True  # "over his remarks", "for its migration policy"
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in said:
                    return True  # "for saying the war would last years"
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in said:
            return True  # "..., calling its plan reckless"; "..., saying it had betrayed the revolution"
    return False


def _no_harm_beside(verb: Token, lex: Any) -> bool:
    """Whether no harm is told beside a verb of attack: no "with" phrase ("with batons") and no conjoined or
    participial verb of attack ("..., beating him", "beat to death")."""
    return not any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ in ("conj", "advcl", "xcomp") and (
        lex.verbs.get(c.lemma_.lower()) == "ASSAULT" or c.lemma_.lower() in lex.particles
        and lex.particles[c.lemma_.lower()].get("death") == "ASSAULT") for c in verb.children)


def _party_object(noun: Token, lex: Any) -> bool:
    """Whether what a verb of attack acts on is a party that can be censured: a name of a person, a body or a state,
    a pronoun of people, or a word of an office or a role ("the envoy", "the opposition", "critics"); not a thing, a
    kind of place or people only as victims ("the village", "the convoy", "soldiers")."""
    lemma = noun.lemma_.lower()
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ == "PROPN":
        return True
    if noun.lower_ in ("him", "her", "them") or lemma in lex.critic_words:
        return True
    return noun.pos_ == "NOUN" and (lemma in lex.office_titles or lemma in lex.verbal_attack_parties)


def industrial_action(token: Token, lex: Any) -> bool:
    """Whether a word names industrial action short of a strike: "voted to work to rule", "a work to rule", "an
    overtime ban", "a go-slow" (plover.yaml ``industrial_actions``, ``industrial_bans``). Workers withhold their work
    as in a strike (PLOVER PROTEST strike; announced, THREATEN restrict: docs/annotation.md, *General news*) (gp)."""
    lemma = token.lemma_.lower()
    if lemma in lex.industrial_actions or token.lower_ in lex.industrial_actions:
        return True
    if lemma in lex.industrial_bans:
        return any(c.dep_ == "compound" and c.lower_ in lex.industrial_bans[lemma] for c in token.children)
    if lemma != "work":
        return False
    return any(c.lemma_.lower() == "rule" and any(g.lower_ == "to" for g in c.children) or c.dep_ == "prep"
               and c.lower_ == "to" and any(g.lemma_.lower() == "rule" for g in c.children) for c in token.children)


def _strike_length(strike: Token, lex: Any) -> bool:
    """Whether a strike noun is measured in time ("a 48-hour strike", "an indefinite strike"): a labour strike."""
    return any(c.dep_ in ("amod", "compound", "nummod") and (
        c.lemma_.lower() in lex.strike_lengths or c.lower_.rsplit("-", 1)[-1].rstrip("s") in lex.strike_lengths)
        for c in strike.children)


def labour_strike(token: Token, lex: Any) -> bool:
    """Whether a "strike" is a labour or hunger strike: "a hunger strike", "medical workers' strike", "a general
    strike", "a 48-hour strike by rail workers" (PLOVER PROTEST modes strike and hunger: members of an organization
    abandon their workplaces), not an air or drone strike (ASSAULT); or industrial action short of a strike."""
    if industrial_action(token, lex):
        return True
    if token.lemma_.lower() not in lex.strike_words:
        return False
    if token.pos_ == "NOUN" and (_strike_length(token, lex) or any(
            c.dep_ == "prep" and c.lower_ == "by" and any(_striker(g, lex) for g in c.children)
            for c in token.children)):
        return True  # "a 48-hour strike", "a strike by rail workers" (gp)
    if token.pos_ == "VERB":  # "Miners struck for higher wages", "teachers are preparing to strike"
        subject = next((c for t in (token, token.head if token.dep_ in ("xcomp", "conj") else None) if t is not None
                        for c in t.children if c.dep_ == "nsubj"), None)
        return subject is not None and _striker(subject, lex)
    if token.dep_ == "pobj" and token.head.lower_ in lex.strike_preps and token.head.head.lemma_.lower() in \
            lex.strike_going_verbs and not any(c.dep_ in ("compound", "amod") for c in token.children):
        return True  # "went on strike", "remain on strike"; not "relied on air strikes"
    if token.dep_ == "dobj" and not any(c.dep_ in ("compound", "amod") for c in token.children) and (
            token.head.lemma_.lower() in lex.strike_joining_verbs or any(
                c.dep_ == "nsubj" and _striker(c, lex) for c in token.head.children)):
        return True  # "joined the strike", "the union threatened a strike"; not "joined the air strikes" (h37)
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.strike_joining_verbs and not any(
            c.dep_ in ("compound", "amod") for c in token.children):
        return True  # "the strike had ended" (gp)
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and (
        c.lemma_.lower() in lex.strikers or c.lower_ in lex.strikers) for c in token.children)


def _striker(subject: Token, lex: Any) -> bool:
    """Whether a subject names workers who strike: "teachers", "cabin crew workers", "the union", "thousands of
    doctors"."""
    heads = [subject] + [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(h.lemma_.lower() in lex.strikers or h.lower_ in lex.strikers for h in heads)


def danger_threatens(verb: Token, lex: Any) -> bool:
    """Whether "threaten" tells a danger, not a threat: its doer is a natural force ("Drought threatens millions of
    people") or an act named by an event noun ("The fighting threatened to derail the talks", "the violence threatens
    the harvest"). PLOVER THREATEN is an actor's coercive or forceful warning, a verbal act (rcx)."""
    if verb.lemma_.lower() != "threaten":
        return False
    doer = verb_doer(verb)
    if doer is None or doer.pos_ == "PRON":
        return False
    word = doer.lemma_.lower()
    return word in lex.natural_forces or _named_force(doer, lex) or (
        (word in lex.nouns or doer.lower_ in lex.nouns or word in lex.blame_acts) and not any(
            c.dep_ in ("poss", "agent") or c.dep_ == "prep" and c.lower_ == "by" for c in doer.children))
