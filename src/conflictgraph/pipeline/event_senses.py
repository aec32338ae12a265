"""Senses of event words the parse tells apart: an attack of words, a disaster's toll, a labour strike.

Helpers of the events stage (pipeline/events.py); each reads who does or undergoes a trigger from the dependency
parse and a word class of plover.yaml, with the PLOVER manual's rule it follows.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import open_quote


def _doer(verb: Token) -> Token | None:
    """Who does a verb: its active subject, or the agent of its passive ("was struck by an earthquake")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _doer(verb.head)  # "the quake struck at dawn and killed 40": the first verb's subject
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        return _doer(verb.head)  # "Hurricane Ian battered the coast, killing 12": the head's subject (gnp)
    return None


def natural_cause(token: Token, lex: Any) -> bool:
    """Whether an ASSAULT word is done by a natural force: "Two earthquakes struck north-western Iran, leaving 180
    dead", "floods killed 40". PLOVER codes the acts of actors: ASSAULT is a deliberate action (the manual's
    closing notes: natural disasters do not fit its entity-centric coding), so a disaster's toll is no event."""
    if token.pos_ == "VERB":
        doer = _doer(token)
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
        doer = _doer(token)
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
    return _doer(verb) is None


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


def told_accident(noun: Token, lex: Any) -> bool:
    """Whether an explosion noun points back to an accident told before ("The blast happened at 8:40 a.m." after "a
    gas explosion at a noodle restaurant"): definite, with no modifier or agent of its own; the caller knows an
    accident was told (gp)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.accident_nouns and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children)


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


def took_captive(verb: Token, lex: Any) -> bool:
    """Whether a verb of taking takes people captive (PLOVER ASSAULT mode abduct: "abduct, take hostage"): "took 256
    more prisoners", "took dozens of prisoners" (the captives as an object with no article: new ones), "took 30
    soldiers prisoner", "were taken hostage" (the captive noun as the complement, which the parser also hangs at the
    end of the object: "took dozens of villagers hostage"). Not "took the prisoners to a camp" (captives already
    held) nor "took part" (plover.yaml ``captive_verbs``, ``captive_nouns``)."""
    if verb.lemma_.lower() not in lex.captive_verbs:
        return False
    for c in verb.children:
        if c.i < verb.i or c.dep_ in ("nsubj", "nsubjpass", "prep", "punct", "cc", "conj"):
            continue
        held = c.dep_ == "dobj" and any(g.dep_ in ("det", "poss") and g.lower_ not in ("no", "some", "a", "an")
                                        for g in c.children)
        if c.lemma_.lower() in lex.captive_nouns:
            # the object itself: new captives ("256 prisoners"), not ones the text already holds ("the prisoners")
            return not held
        if c.dep_ == "dobj" and not held and any(g.lemma_.lower() in lex.captive_nouns for p in c.children
                                                 if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
            return True  # "took dozens of prisoners"; "took dozens of villagers hostage" (parsed into the object)
    return False


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


def labelled(verb: Token, lex: Any) -> str | None:
    """The verbal act of calling something by a word of judgement: "described the plan as 'scandalous'" (PLOVER
    ACCUSE: condemn, defame, denigrate), "called Haley 'a proven dealmaker'" (SUPPORT: praise, commend). The
    complement is the verb's object predicate or its "as" phrase; the judgement is its head or a modifier."""
    if verb.lemma_.lower() not in lex.labelling_verbs:
        return None
    words: list[Token] = []
    for child in verb.children:
        if child.dep_ == "oprd" or child.dep_ == "dobj" and any(g.dep_ == "oprd" for g in child.children):
            words.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            words.extend(child.children)  # the pobj, or an adjective the parse hangs on "as"
        elif child.dep_ == "dobj" and any(c.dep_ == "dative" for c in verb.children):
            words.append(child)  # "branded the NUG a terrorist group": the parse's double object, its second the label
        elif child.dep_ == "dobj" and child.lower_ in lex.verdicts and any(
                g.dep_ == "compound" and g.tag_ == "NNS" for g in child.children):
            words.append(child)  # "branded the rebels terrorists": the parse makes the two nouns one (acc)
        elif child.dep_ == "dobj":
            words.extend(g for g in child.children if g.dep_ in ("oprd", "appos"))
            # "described the killing of the ambassador as an attempt to ...": the parse hangs "as" on the object
            words.extend(x for g in child.children if g.dep_ == "prep" and g.lower_ == "as" for x in g.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not words and objects:
        # the parse may hang the object predicate on the object's last phrase: "called the attack by FARC
        # dissidents unacceptable" (amod), "called the ISIL presence in Palmyra a tragedy" (appos), "called the gang
        # attack on the prison barbaric" (a noun with "prison" its compound); the sentence's last word after the
        # object, not a preposition's bare object ("called Putin about terrorism") (a39)
        last = next((t for t in reversed(list(verb.subtree)) if not t.is_punct), None)
        if last is not None and last.i > objects[0].i and last.lower_ in lex.verdicts and (
                last.dep_ in ("appos", "amod", "oprd", "acomp")
                or last.dep_ == "dobj" and last.head.i == verb.i  # "calls ISIL presence in Palmyra a tragedy"
                or last.dep_ == "pobj" and any(d.dep_ == "compound" for d in last.children)):
            words.append(last)
    words += [g for w in list(words) for g in w.children if g.dep_ in ("amod", "compound", "acomp")]
    found = next((lex.verdicts[w.lower_] for w in words if w.lower_ in lex.verdicts), None)
    if found is None and any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() in lex.hostile_aims
                             for w in words for g in w.children):
        return "ACCUSE"  # "described the killing as an attempt to damage ties", "called it a bid to derail the talks"
    return found


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
    doer = _doer(verb)
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


def own_arms_given(verb: Token, lex: Any) -> bool:
    """Whether a verb of giving, or "turn in"/"turn over", hands over the giver's own arms: "the TPLF handed over its
    heavy weapons", "militiamen turned in their rifles" disarm (PLOVER RETREAT; plover.yaml ``own_arms``) (r39);
    "turned their guns on the protesters" aims them (v40), and arms given without "its"/"their" stay aid."""
    lemma = verb.lemma_.lower()
    return (lemma in lex.giving_verbs or lemma == "turn" and any(
        c.dep_ == "prt" and c.lower_ in ("in", "over") for c in verb.children)) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.own_arms and any(
            g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children) for c in verb.children)


def raised_security(verb: Token, lex: Any) -> bool:
    """Whether a verb raises security: "stepped up security along the border", "tightened security around
    churches", "raised the alert level" (PLOVER MOBILIZE mode police: increase readiness of police or security
    units); not "strengthened security ties", where security only qualifies another thing."""
    if verb.lemma_.lower() not in lex.raising_verbs:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in lex.security_objects or obj.lower_ in lex.security_objects:
            return True
        if obj.lemma_.lower() in lex.security_levels and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.security_objects for c in obj.children):
            return True
    return False


def ultimatum(verb: Token, lex: Any) -> bool:
    """Whether a demand is backed by a repercussion joined with "or": "must cease the driving or face further
    action", "demanded that Kyiv withdraw or face further attacks" (PLOVER THREATEN: coercive or forceful warnings
    with serious potential repercussions, where REQUEST carries less serious ones). The demanded clause is the verb
    itself or its complement."""
    for clause in [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]:
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in clause.children):
            continue
        if any(c.dep_ == "conj" and c.lemma_.lower() in lex.ultimatum_verbs for c in clause.children):
            return True
    return False


def strike_threat(token: Token, governor: Token | None, lex: Any, future_modals: set[str]) -> bool:
    """Whether a labour strike is announced rather than under way: prepared, voted for or threatened ("are
    preparing to strike", "voted to strike"), or told in the future ("will strike on Monday unless ..."). PLOVER
    THREATEN mode restrict (threats of strikes); docs/annotation.md, Strikes."""
    verb = governor or token
    if any(c.dep_ == "aux" and c.lower_ in future_modals for c in verb.children):
        return True
    t = token
    while t.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep") and t.head.i != t.i:
        if t.head.lower_ == "off" or any(c.dep_ == "prt" and c.lower_ == "off" for c in t.head.children):
            return False  # "called off the strike": a strike ended, no threat (gp)
        if t.head.lemma_.lower() in lex.strike_threat_heads:
            return True
        t = t.head
    return False


def personnel_given(verb: Token, lex: Any) -> bool:
    """Whether a verb of giving gives personnel to a party: "has committed advisers and elite forces to the
    government side", "contributed 1,000 police officers to the mission" (PLOVER AID: military and police
    assistance including arms and personnel)."""
    if verb.lemma_.lower() not in lex.personnel_verbs:
        return False
    given = any(c.dep_ == "dobj" and (c.lemma_.lower() in lex.personnel or c.lower_ in lex.personnel)
                for c in verb.children)
    return given and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def arms_to_position(verb: Token, lex: Any) -> bool:
    """Whether a verb of sending moves the actor's own weapons, ships or aircraft to a position rather than giving
    them to a party: "sent fighter jets to the Libyan border", "dispatched warships to the Gulf" (PLOVER MOBILIZE:
    "mobilizing weapons, ships, or vehicles should be coded as MOBILIZE 'weapons'"; arms sent to a party stay AID;
    plover.yaml ``position_words``) (m39)."""
    if verb.lemma_.lower() not in lex.dispatch_verbs:
        return False
    weapons = lex.cues_of("MOBILIZE") & {w for mode, cues in lex.modes.get("MOBILIZE", []) if mode == "weapons"
                                         for w in cues}
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(c.lemma_.lower() in weapons or c.lower_ in weapons for c in moved):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lex.position_words for c in verb.children
               if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards", "into") for g in c.children)


def forces_in_aid(verb: Token, lex: Any) -> bool:
    """Whether forces a verb moves go to help a party: its purpose is a verb of helping ("sent 1,000 troops to
    Mozambique to help fight the insurgents", "deployed police to Haiti to support the national police") or it is done
    "in support of" one (PLOVER AID: military and police assistance including personnel; plover.yaml
    ``aiding_verbs``) (m39). Not where the purpose's object is the sender's own ("to bolster its defences": a
    possessive, ``position_words``, ``own_side_objects``) or the support is of its own act ("in support of its
    offensive"): those deploy (v40)."""
    own = ("its", "their", "our", "his")
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lex.aiding_verbs and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and not any(
                g.dep_ == "dobj" and (any(o.dep_ == "poss" and o.lower_ in own for o in g.children)
                                      or g.lemma_.lower() in lex.position_words
                                      or g.lemma_.lower() in lex.own_side_objects)
                for g in c.children):
            return True  # "to help fight", "to support the national police"; "to bolster its defences", "to
            # reinforce security" strengthen the sender's own side: a deployment (PLOVER MOBILIZE; v40)
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lex.backing_nouns and not any(
                    o.dep_ == "poss" and o.lower_ in own for p in g.children
                    if p.dep_ == "prep" and p.lower_ == "of" for q in p.children for o in q.children)
                for g in c.children):
            return True  # "in support of the operation"; "in support of its offensive" backs its own act (v40)
    return False


def ordered_move(token: Token, lex: Any) -> bool:
    """Whether a mobilization is ordered: "Putin ordered the army to strengthen protection of the plant", "ordered
    troops to deploy to the prisons" (PLOVER MOBILIZE: the order moves or readies the force; its giver is the actor).
    Only a verb of ordering whose complement the trigger is; "asked Turkey to increase security" stays a request."""
    return token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in \
        lex.ordering_verbs


def _from_phrase(verb: Token) -> list[Token]:
    """What a verb moves from: its "from" or "out of" object ("removed from his post", "pulled out of the deal")."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out":  # the parser may take "out" for a prep
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj"]
    return out


def _named_as(token: Token, words: set[str]) -> bool:
    """Whether a phrase's head, or a name or compound in it, is one of the words ("the trans-Pacific Partnership",
    "the African Union", "his chairmanship on a commission")."""
    return any(t.lemma_.lower() in words or t.lower_ in words for t in [token, *token.children]
               if t.i == token.i or t.dep_ in ("compound", "amod"))


def removed_from_post(verb: Token, lex: Any) -> bool:
    """Whether a verb removes someone from a post or a body: "was removed from his chairmanship", "was suspended
    from the party" (PLOVER SANCTION mode expel: expel an entity from a group, organization, political party)."""
    return verb.lemma_.lower() in lex.removal_verbs and any(_named_as(p, lex.posts) for p in _from_phrase(verb))


def withdrawal_from_body(verb: Token, lex: Any) -> bool:
    """Whether a verb withdraws from an agreement or a body: "will withdraw the United States from the
    trans-Pacific Partnership", "pulled out of the nuclear deal", "quit the coalition" (PLOVER SANCTION mode
    withdraw: withdraw oneself ... from a group, mediation activity, organization), no military retreat."""
    if verb.lemma_.lower() not in lex.withdraw_verbs:
        return False
    phrases = _from_phrase(verb) + [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() in (
        "exit", "quit", "leave")]
    return any(_named_as(p, lex.bodies) for p in phrases)


def withdrawal_from_contest(verb: Token, lex: Any) -> bool:
    """Whether a verb withdraws from a contest: "withdrew from the race", "pulled out of the presidential election"
    end a candidacy, neither a RETREAT (PLOVER withdraw: "retreat from territory or withdraw forces") nor a departure
    from a body (``withdrawal_from_body``)."""
    return verb.lemma_.lower() in lex.withdraw_verbs and any(_named_as(p, lex.contests) for p in _from_phrase(verb))


def admission(verb: Token, lex: Any, is_act: Any) -> bool:
    """Whether a verb admits a wrong: "admitted that he had abducted citizens", "confessed to the killing" (a
    concession, as "pleaded guilty": PLOVER CONCEDE). ``is_act`` tells whether a word names an act or wrong."""
    if verb.lemma_.lower() not in lex.admission_verbs:
        return False
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return any(is_act(t) for s in said for t in s.subtree)


def accepts_offer(verb: Token, lex: Any) -> bool:
    """Whether "accept" accepts something offered or proposed ("accepted the ceasefire proposal", "accepted the
    invitation to talks"), which PLOVER AGREE codes; "accepted the assignment" agrees to nothing."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _named_as(c, lex.accept_objects) for c in verb.children)


def mutual(verb: Token) -> bool:
    """Whether a verb of sharing has a partner ("shared intelligence with Niger") or several subjects
    ("Nigeria and Niger shared intelligence"): PLOVER COOPERATE is mutual."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


def warned_of_danger(token: Token, lex: Any, hostile: Any, party: Any) -> bool:
    """Whether a warning foretells a danger rather than threatens: "warned of famine", "warned of a humanitarian
    catastrophe", "a warning of a cholera outbreak". PLOVER THREATEN is "coercive or forceful warnings with serious
    potential repercussions" made by the actor; a warning of a danger the speaker does not wield is none. A warning
    with an aim ("warned against"), or "of" a repercussion (plover.yaml threat_contents: "warned of serious
    consequences") or of a hostile act ("warned of retaliatory strikes") stays. The content may be "about" or "over"
    a thing as well as "of" it (plover.yaml warning_content_preps): "a warning about pickpockets" foretells a danger,
    "a warning about retaliation" threatens (issue 11, helper warn).

    A warning with an addressee stays where ``party`` says the addressee is a party ("warned Iran", "a warning to
    Iran over its nuclear programme"); one to the public, a group named by common words, is read like one with none
    ("Police warned tourists about pickpockets": a danger), unless its content is the addressee's own conduct, told
    with a possessive ("warned journalists over their coverage"). A hostile act is the warner's own only "of" or
    "about" it (plover.yaml warning_act_preps): "a warning over kidnappings" says why the warner warns, not what it
    will do (issue 11, helper rev)."""
    children = list(token.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "against" for c in children):
        return False
    # the addressee: the verb's object or dative, the noun's "to", or the "to" of the verb that issues the noun
    # ("issued a warning to shopkeepers")
    told = [c for c in children if c.dep_ in ("dobj", "dative")] if token.pos_ == "VERB" else [
        c for c in children if c.dep_ == "prep" and c.lower_ == "to"] + (
        [c for c in token.head.children if c.dep_ == "dative"] if token.dep_ == "dobj" else [])
    addressees = [g for c in told for g in ((c,) if c.dep_ == "dobj" or c.pos_ != "ADP" else c.children)
                  if g.dep_ in ("dobj", "dative", "pobj")]
    if any(party(a) for a in addressees):
        return False  # "warned Iran", "a warning to Iran over its nuclear programme": an addressee threatened
    # the parser may hang the content on the warning's agent ("a warning by police about pickpockets": "about" under
    # "police") or on its addressee ("warned tourists about pickpockets"); an "of" there belongs to the name ("by
    # the Ministry of Health", "residents of Rafah")
    agents = [g for c in children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
              if g.dep_ == "pobj"]
    preps = [c for c in children if c.dep_ == "prep" and c.lower_ in lex.warning_content_preps] + [
        c for a in agents + addressees for c in a.children
        if c.dep_ == "prep" and c.lower_ in lex.warning_content_preps - {"of"}]
    contents = [(g, c.lower_) for c in preps for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if addressees and any(d.dep_ == "poss" for g, _ in contents for d in g.children):
        return False  # "warned journalists over their coverage": the addressee's conduct, not a danger
    return bool(contents) and not any(
        g.lemma_.lower() in lex.threat_contents or g.pos_ == "VERB" or prep in lex.warning_act_preps and hostile(g)
        for g, prep in contents)


def blamed_party(verb: Token, lex: Any) -> Token | None:
    """The party a speech verb's complement clause says is behind an act or answers for it: "officials said Hamas was
    behind the rocket attack", "said the RSF was responsible for the shelling", "said Israel bore responsibility for
    the deaths" (PLOVER ACCUSE allege: "formally or informally accuse"). None where the clause's subject is a pronoun
    ("said it was behind the attack": a claim of responsibility, or a party the parse cannot name), where the clause
    is negated ("said Hamas was not behind it": a denial) or asks a question ("asked whether Hamas was behind it")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() in lex.blame_resting and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lex.blame_nouns for c in clause.children) and not any(
                c.dep_ == "neg" for c in clause.children):
            # "Kyiv said the blame for the attack lies with Moscow" (a39)
            party = next((g for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                          if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
            if party is not None:
                return party
        if clause.lemma_.lower() not in lex.blame_bearing or not _stated_clause(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        said = [c for c in clause.children if c.dep_ in ("prep", "acomp", "dobj", "attr", "xcomp")
                and c.lower_ in lex.blame_predicates]
        # what the party is behind or answers for is one act told as such, with its determiner ("behind the attack",
        # "responsible for Monday's killings"), not a charge or a place ("responsible for 300 patients", "behind the
        # lines"), nor a kind of act ("are responsible for widespread abuses": a standing charge, no occurrence)
        acts = [g for c in said for p in (c, *(p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"))
                for g in p.children if g.dep_ == "pobj" and any(d.dep_ in ("det", "poss") for d in g.children)]
        if any(_act_word(g, lex) for g in acts):
            return subject
    return None


def _stated_clause(clause: Token) -> bool:
    """Whether a verb's dependent is a complement clause stated as so: not negated ("said Hamas was not behind it": a
    denial), not a question ("asked whether Hamas was behind it")."""
    return clause.dep_ == "ccomp" and not any(
        c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def attributed_doer(verb: Token, lex: Any) -> Token | None:
    """The party a speech verb's complement clause names as the doer of an act: "the army said the drone strike on
    the market was carried out by the RSF" (the passive's agent), "the minister said the bombing was the work of the
    ELN" (the author). PLOVER ACCUSE allege, "formally or informally accuse", as ``blamed_party``'s "said the RSF
    was behind the strike". The clause's subject is one act told with its determiner (``_act_word``); the doer is
    named (a pronoun or "its fighters" is a claim of responsibility, "unknown gunmen" no one); not negated, not a
    question."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report:
        return None
    for clause in verb.children:
        if not _stated_clause(clause):
            continue
        act = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if act is None or not any(d.dep_ in ("det", "poss") for d in act.children) or not _blamable(act, lex):
            continue
        if act.dep_ == "nsubjpass" and clause.lemma_.lower() in lex.doing_verbs:
            doers = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        elif act.dep_ == "nsubj" and clause.lemma_.lower() == "be":
            doers = [g for a in clause.children if a.dep_ == "attr" and a.lemma_.lower() in lex.authorship
                     for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"]
        else:
            continue
        for doer in doers:
            if doer.pos_ in ("PROPN", "NOUN") and not any(
                    d.dep_ == "poss" and d.pos_ == "PRON" or d.lower_ in lex.unknown_doers for d in doer.children) \
                    and not _undetermined(doer):
                return doer
    return None


def _undetermined(doer: Token) -> bool:
    """Whether a doer is a bare plural of a kind of people that names no party: "carried out by armed men", "by
    terrorists" (no determiner, no name or people before it). As "by unknown gunmen", an unidentified doer is null
    (docs/annotation.md, Actor and recipient: unknown perpetrators are null), and no one is accused (w40); "by the
    junta", "by Fano militiamen", "by Ukrainian forces", "by soldiers of the 33rd Division" name one."""
    return doer.pos_ == "NOUN" and doer.tag_ == "NNS" and not any(
        d.dep_ in ("det", "poss", "nummod") or d.pos_ == "PROPN" or d.ent_type_ in ("NORP", "ORG", "GPE")
        or d.dep_ == "prep" and d.lower_ == "of"  # "by soldiers of the 33rd Division"
        for d in doer.children)


def quoted_judgement(word: Token, lex: Any) -> bool:
    """A word of condemnation that qualifies an act inside a quotation: '"... including the recent unacceptable
    attack on an aid convoy," the statement said', '"this cowardly bombing will not go unpunished"'. The speaker
    condemns the act as they tell it (PLOVER ACCUSE disapprove: "condemn, decry ... an action"); only inside quote
    marks, since the outlet's own voice judges nothing (docs/annotation.md, Claims: the outlet's narration is no
    one's statement)."""
    if word.dep_ != "amod" or lex.judgement.get(word.lower_) != "ACCUSE" or not _act_word(word.head, lex):
        return False
    return open_quote(word.doc[word.sent.start:word.i].text)  # (a quote opened before it in its sentence)


def answered_accuser(noun: Token, lex: Any) -> Token | None:
    """The accuser of an accusation a denial answers: "Qatar vehemently denied Amnesty's claims" (Amnesty), "the RSF
    rejected accusations by the army that it shelled the hospital" (the army). The accusation is an act of its own
    (PLOVER ACCUSE allege), its accuser the actor and the denier the recipient; the denial is the REJECT. None where
    the text names no accuser ("rejected the accusations") or the owner is a pronoun ("denied its claims")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.answered_claims or noun.dep_ != "dobj" or (
            lex.verbs.get(noun.head.lemma_.lower()) != "REJECT"):
        return None
    said = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")]
    if noun.lemma_.lower() in lex.neutral_claims and said and not any(
            t.lemma_.lower() in lex.wrongdoing or t.lemma_.lower() in lex.harm
            or (lex.verbs.get(t.lemma_.lower()) or lex.nouns.get(t.lemma_.lower())) in lex.hostile_types
            for c in said for t in c.subtree):
        return None  # "denied the army's claim that they had surrendered": a claim that says no wrong (w40)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in lex.accuser_preps for g in c.children
               if g.dep_ == "pobj"]
    return next((o for o in owners if o.pos_ in ("PROPN", "NOUN")), None)


def deed_doer(noun: Token, lex: Any) -> Token | None:
    """The doer an act noun's own "by" phrase names: "condemned the attack by the RSF on the camp", "welcomed the
    release by the Houthis of 20 detainees". A verbal act on a deed is directed at its doer (PLOVER: the recipient is
    whom the act is about), as "condemned Russia's strike" and "the raids carried out by the militia" are. Not a
    date or an amount ("by Monday", "by 10 km"), nor a noun that names no act ("the road by the river")."""
    if noun.pos_ != "NOUN" or not _act_word(noun, lex):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") and not g.like_num and g.ent_type_ not in (
                     "DATE", "TIME", "QUANTITY", "CARDINAL", "PERCENT", "MONEY", "ORDINAL")), None)


def court_appearance(token: Token, lex: Any) -> Token | None:
    """The court a suspect appears in or before: "the suspect appeared in Nairobi Magistrate's Court", "made his
    first appearance in Regina provincial court", "appeared before a military tribunal". The appearance is the court's
    arraignment (docs/annotation.md, Police and courts: ACCUSE allege, the court the actor, the suspect the
    recipient). The noun's "in" phrase may hang on its light verb ("made ... appearance | in court")."""
    if token.lemma_.lower() not in lex.appearance or token.pos_ not in ("VERB", "NOUN"):
        return None
    holders = [token] + ([token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else [])
    # one who appears to take part in the trial, not to answer a charge: "the witness appeared in court to
    # testify", "appeared as an expert", "her lawyer appeared before the tribunal" (plover.yaml court_participants)
    # (w40)
    roles = lex.court_participants
    if any(c.dep_ in ("nsubj", "nsubjpass", "xcomp", "advcl") and c.lemma_.lower() in roles
           or c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in roles for g in c.children)
           for h in holders for c in h.children):
        return None
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "before", "at"):
                court = next((g for g in c.children if g.dep_ == "pobj" and (g.lemma_.lower() in lex.court_nouns or any(
                    d.dep_ == "compound" and d.lemma_.lower() in lex.court_nouns for d in g.children))), None)
                if court is not None:
                    return court
    return None


def attributed_to(verb: Token, lex: Any, names_actor: Any) -> Token | None:
    """The party a verb of attributing gives an act to: "the army attributed the ambush to ELN guerrillas" (PLOVER
    ACCUSE allege: "formally or informally accuse"). The object is an act (``_act_word``) and the "to" phrase a party
    (``names_actor``): "attributed the deaths to illness" names none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.attributing or not any(
            c.dep_ in ("dobj", "nsubjpass") and _blamable(c, lex) for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and names_actor(g)), None)


def blamed_on(noun: Token, lex: Any) -> Token | None:
    """The party blame laid by a light verb falls on: "put the blame on Rwanda", "pinned the blame for the killings
    on the TPLF" (the parse hangs "on" on the verb or on the noun); and the one the verb lays it on: "blamed the
    attack on Rwanda", "blamed the delay on bad weather" (the object's "on" phrase; acc)."""
    if noun.pos_ == "VERB" and noun.lemma_.lower() in lex.blame_nouns:
        return next((g for h in (noun, *(o for o in noun.children if o.dep_ == "dobj")) for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"), None)
    if noun.lemma_.lower() not in lex.blame_nouns or noun.dep_ != "dobj":
        return None
    return next((g for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


def blame_rests_on(noun: Token, lex: Any) -> Token | None:
    """The one blame rests with, where a blame noun is the subject of a verb of resting: "the blame lies with Moscow",
    "the blame for the delay lies with the bureaucracy" (plover.yaml ``blame_nouns``, ``blame_resting_verbs``) (w40)."""
    if noun.lemma_.lower() not in lex.blame_nouns or noun.dep_ != "nsubj" or \
            noun.head.lemma_.lower() not in lex.blame_resting:
        return None
    return next((g for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


def _act_word(token: Token, lex: Any) -> bool:
    """Whether a noun names an act one can be blamed for: an event's trigger ("attack", "bombing", "killings"), a
    harm ("deaths") or a wrongdoing ("the smuggling"), its head word or a compound before it ("the car bomb")."""
    for t in (token, *(c for c in token.children if c.dep_ == "compound")):
        lemma = t.lemma_.lower()
        stems = {lemma, t.lower_, lemma.removesuffix("ing"), lemma.removesuffix("ing") + "e"}
        if any(w in lex.nouns or w in lex.verbs or w in lex.harm or w in lex.weapon_verbs or w in lex.wrongdoing
               for w in stems) or lemma in lex.blame_acts:
            return True
    return False


def on_trial(verb: Token, lex: Any) -> bool:
    """Whether a verb tells its subject tried: "went on trial in Dakar", "stood trial for the killing" (the subject
    is the accused, PLOVER's recipient of ACCUSE allege "bring to trial"; plover.yaml ``tried_verbs``) (acc)."""
    return verb.lemma_.lower() in lex.tried_verbs and any(
        t.lemma_.lower() in lex.trial_nouns and (t.dep_ == "dobj" and t.head.i == verb.i or t.dep_ == "pobj"
                                                 and t.head.head.i == verb.i) for t in verb.subtree)


def inquiry_into(verb: Token, lex: Any) -> bool:
    """Whether a verb of inquiry looks into an act: "prosecutors are looking into the disappearance of the activists",
    "police looked into the robbery" (PLOVER ACCUSE investigate), not "looking into options" (plover.yaml
    ``inquiring_verbs``) (acc)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.inquiring_verbs and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and concern_of_act(g, lex, lambda t: False) for g in c.children) for c in verb.children)


def investigated_act(head: Token, lex: Any) -> bool:
    """Whether what an investigation is found to look into is an act or a harm, not a party: "investigating the
    disappearance of journalist Juan Perez", "probing the murder of the mayor", "looked into the bombing" (an act
    word, ``_act_word``). PLOVER ACCUSE investigate: the recipient is the one investigated, the suspect; the act's
    victims are none, and its doer is found by its own "by" phrase or possessor (bug)."""
    return head.pos_ == "NOUN" and _act_word(head, lex)


def answers_for_no_act(word: Token, lex: Any) -> bool:
    """Whether a word of blame ("responsible", "accountable") answers for something that is no act: "responsible for
    security in the city", "accountable for 300 patients" tell a duty held, where "responsible for the shelling"
    blames (PLOVER ACCUSE allege: a party accused of an act; plover.yaml ``blame_predicates``) (acc)."""
    if word.lower_ not in lex.blame_predicates:
        return False
    objects = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
               if g.dep_ == "pobj"]
    return bool(objects) and not any(_act_word(g, lex) for g in objects)


def concern_of_act(cause: Token, lex: Any, names_actor: Any) -> bool:
    """Whether what a concern is about is an act, a report of one or a party: "concerned by reports of ceasefire
    violations", "concerned about the fighting in El Fasher", "concerned about the junta" (PLOVER ACCUSE disapprove:
    disapproval of an action or of responsible parties), not "concerned about rising rents" (acc)."""
    words, seen = [cause], []
    while words:  # the cause, what it is "of" or "by", and a clause it tells; not a place or time ("in Nairobi")
        word = words.pop()
        seen.append(word)
        for c in word.children:
            if c.dep_ in ("compound", "poss", "acl", "relcl", "ccomp", "nsubj", "dobj", "pobj", "conj") \
                    or c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on"):
                words.append(c)
    return any(t.pos_ in ("NOUN", "PROPN", "VERB") and (_act_word(t, lex) or names_actor(t) or t.lower_ in lex.offences
                                                         or t.lemma_.lower() in lex.offences) for t in seen)


def concern_about_act(noun: Token, lex: Any, names_actor: Any) -> bool | None:
    """Whether a noun of concern is about a party, its act or choice or a report of an act ("had concerns about
    Tillerson's relationship to Russia", "voiced concern over the arrests"): True; about something else ("voiced
    concerns about rising rents", "concern for the children's safety"): False; None where neither the noun nor the
    verb it is told by has a phrase of what it is about (docs/annotation.md, Statements of concern; rbk's rule) (rbp).
    """
    # the noun, the verb it is told by, and a relative clause that tells it ("concerns he has voiced over ...")
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubjpass") else []) + [
        c for c in noun.children if c.dep_ == "relcl"]
    objects = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in lex.concern_preps | {"for"}
               for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return None
    # a tie to a party is the party's matter ("the nominee's ties to Saudi Arabia", "relationship with the Kremlin");
    # "the reports" with nothing of its own told is the reports the text told before, of acts
    return any(concern_of_act(g, lex, names_actor) or g.lemma_.lower() in lex.hearsay_nouns and not any(
        c.dep_ in ("prep", "acl", "relcl") for c in g.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and any(p.dep_ == "pobj" and names_actor(p) for p in c.children)
        for c in g.children) for g in objects)


def supported_party(verb: Token, lex: Any, names_actor: Any) -> Token | None:
    """The party a verb of support is told supporting as an act: in the past or the present perfect, active ("she
    supported Senator Rubio", "the coalition has supported the Iraqi Security Forces"), or as what a commitment is to
    ("the UK's commitment to supporting the government of Iraq"); None for the present
    of a state ("Iran backs the Houthis") and the passive or participle ("backed by Rwanda"), which are the `backs` tie
    only (docs/annotation.md, Support of a party: the act and the tie; rbk's rule) (rbp)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.party_support_verbs or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    committed = verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "to" and (
        verb.head.head.lemma_.lower() in lex.commitment_words or verb.head.head.lower_ in lex.commitment_words)
    if not (verb.tag_ == "VBD" and verb.dep_ not in ("amod", "acl") or perfect or committed):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and names_actor(c)), None)


def concern_frame(noun: Token, lex: Any) -> Token | None:
    """The subject a statement's "of concern" judges: "Reports of continued air strikes are a matter of concern", "the
    arrests are a cause for concern" (plover.yaml ``concern_frames``), or None (rbp)."""
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") else None
    if frame is None or frame.lemma_.lower() not in lex.concern_frames or frame.dep_ != "attr":
        return None
    return next((c for c in frame.head.children if c.dep_ == "nsubj"), None)


def _blamable(token: Token, lex: Any) -> bool:
    """Whether an act noun names an act one is accused of in naming its doer: an act word (``_act_word``) whose type,
    where the lexicon gives it one, is hostile (plover.yaml ``hostile_types``: "the strike", "the raid") or none ("the
    killings", "the looting"); not a cooperative or verbal act ("the rescue was carried out by the coast guard", "the
    evacuation", "the talks were organised by Qatar": PLOVER ACCUSE is a disapproval, and naming who rescued whom
    disapproves of no one) (w40)."""
    if not _act_word(token, lex):
        return False
    kinds = {lex.nouns.get(w) or lex.verbs.get(w) for w in (token.lower_, token.lemma_.lower())} - {None}
    return not kinds or bool(kinds & lex.hostile_types)


def alleged_party(verb: Token, lex: Any) -> Token | None:
    """The party an accusing verb's complement clause names as the doer: "Sudan alleged that the UAE had supplied
    weapons to the RSF", "Ukraine charged that Russia had deported children" (PLOVER ACCUSE allege: "formally or
    informally accuse"; the clause is the allegation, its subject the accused). None for a pronoun subject, a negated
    clause or a question, as in ``blamed_party``."""
    if verb.pos_ != "VERB" or lex.verbs.get(verb.lemma_.lower()) != "ACCUSE":
        return None
    for clause in verb.children:
        if not _stated_clause(clause):
            continue
        # "alleged she was harassed by volunteers": the passive's agent is the accused, not its subject (a39)
        agents = [g for v in (clause, *(c for c in clause.children if c.dep_ == "conj")) for c in v.children
                  if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
        if agents:
            return agents[0]
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    return None


def condemned_act(verb: Token, lex: Any) -> Token | None:
    """The act a speech verb's complement clause names by a crime: "Gaza's authorities said the strike was a
    deliberate massacre", "the president said the attack on Kramatorsk was a war crime" (PLOVER ACCUSE disapprove:
    "condemn, decry ... an action", as "called the strike a war crime" is). The clause is "be" with a noun of
    ``verdict_words`` (ACCUSE) as its attribute and an act (``_act_word``) as its subject, or a pronoun subject
    with the act in the speech verb's "of" phrase ("'This is a war crime,' Zelensky said of the strike"); not
    negated, not a question. Adjectives ("said the situation was dangerous") are left to the statement's own
    stance words."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report:
        return None
    for clause in verb.children:
        if clause.lemma_.lower() != "be" or not _stated_clause(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PRON":
            # "'This is a war crime,' Zelensky said of the strike on the hospital": the act is the "of" phrase (a39)
            subject = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj"), None)
        if subject is None or not (_act_word(subject, lex) or subject.lemma_.lower() in lex.policy_nouns):
            continue  # an act, or a policy ("said the council's decision to close the shelter was a disgrace") (acc)
        if any(c.dep_ == "attr" and c.pos_ == "NOUN" and lex.verdicts.get(c.lower_) == "ACCUSE"
               for c in clause.children):
            return subject
    return None


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


def forces_trained(verb: Token, lex: Any) -> bool:
    """Whether a verb of training trains armed forces: "Russia trained Malian soldiers", "Turkish instructors trained
    Somali commandos" (PLOVER AID mode military: military assistance including training; w37). "Trained as a
    doctor", "trained in Iran" train no forces of another."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.training_verbs:
        return False
    forces = lex.forces | lex.personnel | lex.trainees
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in forces or c.lower_ in forces)
               for c in verb.children)


def characterization(noun: Token, lex: Any) -> bool:
    """Whether an event noun is the reporter's word for an act told as the copula's subject: "It was an effective
    surrender by the rebel fighters", "The operation was the first large-scale deployment of the new army", "This
    was a massacre" (docs/annotation.md, *Characterizations*: the reporter's word for an act already coded is no
    second event). The subject is a pronoun that points back or a noun of an act (``_act_word``, plover.yaml
    ``act_referents``); not "there" ("There was an attack on the convoy" tells one), nor a cleft, whose clause
    tells the act ("It was a drone strike that killed him") (gnp)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" or any(
            c.dep_ == "relcl" and any(g.lower_ in ("that", "which") for g in c.children) for c in noun.children):
        return False
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON" or subject.tag_ in ("PRP", "DT"):
        return subject.lower_ in lex.act_pronouns
    return subject.pos_ == "NOUN" and (subject.lemma_.lower() in lex.act_referents or _act_word(subject, lex))


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
    doer = _doer(verb)
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
    doer = _doer(verb)
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
    doer = _doer(token) if token.pos_ == "VERB" else None
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
    doer = _doer(token) if token.pos_ == "VERB" else None
    searchers = [doer, *doer.children] if doer is not None else list(token.children)
    if any(w.dep_ in ("nsubj", "compound", "poss", "amod") or w is doer for w in searchers if w is not None and (
            w.lemma_.lower() in lex.investigating_searchers or w.lower_ in lex.investigating_searchers)):
        return False
    sought = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"]
    return bool(sought) and all(g.lemma_.lower() in lex.sought_in_need or any(
        c.dep_ in ("amod", "acl") and c.lower_ in lex.missing_words for c in g.children) for g in sought)


def danger_threatens(verb: Token, lex: Any) -> bool:
    """Whether "threaten" tells a danger, not a threat: its doer is a natural force ("Drought threatens millions of
    people") or an act named by an event noun ("The fighting threatened to derail the talks", "the violence threatens
    the harvest"). PLOVER THREATEN is an actor's coercive or forceful warning, a verbal act (rcx)."""
    if verb.lemma_.lower() != "threaten":
        return False
    doer = _doer(verb)
    if doer is None or doer.pos_ == "PRON":
        return False
    word = doer.lemma_.lower()
    return word in lex.natural_forces or _named_force(doer, lex) or (
        (word in lex.nouns or doer.lower_ in lex.nouns or word in lex.blame_acts) and not any(
            c.dep_ in ("poss", "agent") or c.dep_ == "prep" and c.lower_ == "by" for c in doer.children))


def accused_person(token: Token) -> bool:
    """Whether "accused" is a noun for a person, not an act: "the accused" as a subject or object with no object, "of"
    or agent of its own ("The accused was released on bail", "lawyers for the accused"); "the accused militia" and "was
    accused of" stay acts (rcx)."""
    return token.lower_ == "accused" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ in ("dobj", "agent", "prep", "ccomp", "xcomp", "nsubj") for c in token.children)
