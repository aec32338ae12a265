"""Read warnings, vows and requests: whose act a warning threatens, whom it addresses, what a request asks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_senses import natural_cause

if TYPE_CHECKING:
    from .event_sentence import Sentence


def vowed_cooperation(sentence: Sentence, verb: Token, type_of: Any) -> bool:
    """A vow whose infinitive is cooperation ("vowed to help Ukraine rebuild", "vowed to continue supporting Kyiv",
    "swore to work with the mediators"): a promise to cooperate, PLOVER AGREE ("promise, or otherwise indicate
    willingness or commitment to cooperate"), not the coercive warning THREATEN is (u37). Through a verb of aspect
    to the act it goes on with. ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    lex = sentence.lex
    for c in verb.children:
        if c.dep_ != "xcomp":
            continue
        if c.lemma_.lower() in lex.aspectual:
            c = next((g for g in c.children if g.dep_ == "xcomp"), c)
        if c.lemma_.lower() in lex.future_cooperation or type_of(sentence, c) in lex.agreed_types:
            return True
    return False


def hostile(sentence: Sentence, warning: Token, token: Token, type_of: Any) -> bool:
    """Whether a word a warning is "of" names a hostile act the warner may take: an event word of a type that harms
    its recipient ("warned of strikes", "warned of sanctions"; plover.yaml ``hostile_types``), not a danger ("famine",
    "a cholera outbreak"). A bare plural names the kind of act threatened, as a singular does ("warned of airstrikes"
    as "of an airstrike"). The act is the warner's (PLOVER THREATEN: "coercive or forceful warnings"): not where the
    text names another doer ("warned of attacks by the RSF"), nor an act of force (``armed_types``) a warner of an
    unarmed kind (``unarmed_kinds``: an aid agency, the UN, a rights group) or of relief ("aid agencies") foretells.
    ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    lex = sentence.lex
    kind = type_of(sentence, token)
    if kind is None and token.tag_ == "NNS" and not natural_cause(token, lex):
        kind = lex.nouns.get(token.lemma_.lower())  # "warned of airstrikes": a kind of act, threatened all the same
    if kind not in lex.hostile_types:
        return False
    warner_head = sentence.source(warning)
    warner = sentence.actor_in(warner_head)
    doer = next((g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pobj"), None)
    if doer is not None:
        return warner is not None and sentence.actor_in(doer) == warner  # "of attacks by the RSF": the RSF's act
    if kind not in lex.armed_types:
        return True
    record = sentence.ctx.knowledge.get(warner) if warner else None
    relief = warner_head is not None and any(t.lemma_.lower() in lex.relief_words for t in warner_head.subtree)
    return not (relief or record is not None and record.kind in lex.unarmed_kinds)


def named_party(sentence: Sentence, token: Token) -> bool:
    """Whether a warning's addressee names a party (a state, a body, a person, by name: "Iran", "Hamas leaders",
    "the leaders of Hamas"), not people named by common words ("tourists", "residents") nor a nation's people
    ("Syrians") nor the place they live in ("residents of Kharkiv"): the addressee a warning may coerce
    (``warned_of_danger``). What the warning is about, hung by the parse on the addressee ("shopkeepers about
    extortion gangs"), names no addressee."""
    about = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ in sentence.lex.warning_content_preps
             and c.lower_ != "of" for t in c.subtree}
    # (a place inside the phrase says where the people live: "residents of Kharkiv" are no party)
    return any(id(m) not in sentence.groups and m.actor == sentence.actor_in_tokens([t])
               and (m.type in ("ORG", "PERSON") or t.i == token.i)
               for t in token.subtree if t.i not in about and (m := sentence.by_token.get(t.i)) is not None
               and m.actor)


def asks_content(verb: Token, lex: Any) -> bool:
    """Whether a verb of wanting or insisting asks for a request's content (plover.yaml ``content_request_verbs``,
    ``modes.REQUEST``): its object ("wants the release of the fighters", "wants recounts"), a clause with another
    subject ("wants the president to resign"), "on" a content ("insisted on a ceasefire"), or, for a clause in the
    subjunctive, any act ("insisted that the ELN release all hostages": a bare verb with its own subject) (h37)."""
    cues = lex.cues_of("REQUEST")
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in cues:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in cues for g in c.children):
            return True
        if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            if c.lemma_.lower() in cues or subjunctive(c):
                return True
            if any(g.dep_ == "nsubj" and g.lemma_.lower() in cues and g.pos_ == "NOUN" for g in c.children):
                return True  # "wanted the release of their fighters taken hostage": a small clause's content
    return False


def subjunctive(clause: Token) -> bool:
    """Whether a complement clause is in the mandative subjunctive: a bare verb with its own subject and no auxiliary
    ("demanded that Russia withdraw", "insisted that the ELN release all hostages"): asked for, not done (PLOVER,
    Auxiliary modes) (h37)."""
    kids = list(clause.children)
    return clause.dep_ == "ccomp" and clause.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                    for c in kids) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("PRP",) for c in kids) and not any(c.dep_ in ("aux", "auxpass")
                                                                              for c in kids)


def warned_to_do(sentence: Sentence, warning: Token, type_of: Any) -> bool:
    """Whether a warning tells its addressee to do something and names no repercussion: "the army warned residents of
    Pokrovsk to leave the city", "officials warned people in Derna to stay away from the dams" (PLOVER REQUEST: "all
    requests, demands, and orders", which "carry less serious repercussions" than threats; docs/annotation.md,
    REQUEST). A warning not to act ("warned Russia not to invade"), one whose act is hostile ("warned the RSF to
    expect strikes"), or one backed by a repercussion ("to leave or face arrest": ``ultimatum``) stays THREATEN
    (h37). ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    lex = sentence.lex
    kids = list(warning.children)
    if not any(c.dep_ in ("dobj", "dative") for c in kids) or ultimatum(warning, lex):
        return False
    contents = lex.cues_of("THREATEN")
    for clause in kids:
        # a copula asks a state of mind too: "warned first responders to be vigilant" (gp)
        if clause.dep_ != "xcomp" or clause.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            return False
        acts = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
        return not any(a.lemma_.lower() in contents or hostile(sentence, warning, a, type_of) for a in acts)
    return False


def warned_own_act(sentence: Sentence, warning: Token, type_of: Any) -> bool:
    """Whether a warning's clause tells a hostile act the warner itself will take: "the ELN warned that it would
    resume attacks", "Moscow warned that it will retaliate", "the junta warned it would expel the envoy" (PLOVER
    THREATEN: "coercive or forceful warnings with serious potential repercussions"). The clause is to come (a modal
    of the future), not negated, its subject the warner (a pronoun, or a noun of the same actor), and its verb or
    object a hostile act (``hostile``) or a threat's content (plover.yaml ``modes.THREATEN``). A danger foretold
    ("analysts warned that the war would spread", "doctors warned that the hospital would run out of fuel") is
    none: its subject is not the warner (h37). ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    lex = sentence.lex
    warner = sentence.source(warning)
    contents = lex.cues_of("THREATEN")
    for clause in warning.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
            continue
        kids = list(clause.children)
        if any(c.dep_ == "neg" for c in kids) or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in kids):
            continue
        if _warned_if(sentence, warning, clause, type_of):
            return True
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.tag_ == "PRP" and subject.lower_ in ("it", "they", "we", "he", "she")
                                   or warner is not None and sentence.actor_in(subject) is not None
                                   and sentence.actor_in(subject) == sentence.actor_in(warner)):
            continue
        if clause.lemma_.lower() in contents or hostile(sentence, warning, clause, type_of) or any(
                c.dep_ == "dobj" and (c.lemma_.lower() in contents or hostile(sentence, warning, c, type_of)
                                      or _aimed_content(c, lex)) for c in kids):
            return True
    return False


def told_public(sentence: Sentence, warning: Token) -> bool:
    """Whether a warning tells people who are no party a fact in a clause, and no act of the warner's: "the mayor
    warned drivers that the bridge would be closed", "police warned commuters that trains would be delayed"
    (docs/annotation.md, *General news*: a warning that asks nothing is no THREATEN, "coercive or forceful" in PLOVER;
    the warner threatens nothing it will do). Only where ``warned_own_act`` found no act of the warner's in the
    clause, and the addressee names no party (``named_party``: "warned Iran that ..." may coerce Iran) (sup)."""
    kids = list(warning.children)
    addressee = next((c for c in kids if c.dep_ in ("dobj", "dative")), None)
    if addressee is None or named_party(sentence, addressee) or ultimatum(warning, sentence.lex):
        return False
    # (the parse may hang the clause on the addressee as a relative one, its "that" a mark: "warned commuters that
    # trains would be delayed")
    told = [c for c in kids if c.dep_ == "ccomp"] + [c for c in addressee.children if c.dep_ == "relcl" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return any(c.pos_ in ("VERB", "AUX") for c in told) and not any(
        c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("against", "of") for c in kids)


def _aimed_content(token: Token, lex: Any) -> bool:
    """Whether an object is a threat's content aimed at a party: "would take measures against any armed group",
    "would take action against those responsible" (plover.yaml ``threat_contents`` with "against"); "would take
    steps to protect civilians" aims at no one (r39)."""
    return token.lemma_.lower() in lex.threat_contents and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in token.children)


# Pronouns of whoever may do an act: the condition of a threat ("anyone who joins the strike will be arrested").
ANYONE = {"anyone", "anybody", "whoever", "everyone"}


def _warned_if(sentence: Sentence, warning: Token, clause: Token, type_of: Any) -> bool:
    """Whether a warning's clause (to come, not negated) makes any act of another party the cause of a hostile
    repercussion: "warned that any intervention would be treated as a declaration of war", "that any attempt to
    divert its water would be considered an act of war", "that any attack would be met with force" (PLOVER THREATEN:
    "coercive or forceful warnings with serious potential repercussions"; the condition is the addressee's act, the
    repercussion the warner's). The subject is an act no one has done ("any ..."), and the clause beyond it names a
    threat's content (plover.yaml ``threat_contents``, ``casus_belli``: "war") or a hostile act (``hostile``:
    "strikes") (r39). ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    # the repercussion is the warner's where the clause is passive ("would be treated as", "would be met with"): an
    # active clause tells what the act itself will bring ("any escalation would trigger a regional war", a danger
    # foretold; v40)
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    anyone = [subject] if subject is not None else [g for c in clause.children if c.dep_ == "csubjpass"
                                                    for g in c.children if g.dep_ == "nsubj"]
    # ("anyone spreading false news would be arrested": the parse may make the doer a clause, "anyone" its subject)
    if any(a.lower_ in ANYONE for a in anyone) and not any(c.dep_ == "agent" for c in clause.children) \
            and (clause.lemma_.lower() in sentence.lex.cues_of("THREATEN")
                 or hostile(sentence, warning, clause, type_of)):
        return True  # "warned that anyone found with a weapon would be arrested": the warner's own act on any who
        # does it, told in the passive (docs/annotation.md, THREATEN: force its own actor announces, conditional or
        # not; sup)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in subject.children):
        return False
    inside = {t.i for t in subject.subtree}
    return any(t.i not in inside and t.pos_ == "NOUN" and (
        t.lemma_.lower() in sentence.lex.threat_contents or t.lemma_.lower() in sentence.lex.casus_belli
        or hostile(sentence, warning, t, type_of)) for t in clause.subtree)


def object_preps(token: Token, lex: Any) -> list[Token]:
    """The prepositions of a verb's object that the parse hangs there though they belong to the verb: "asked Western
    allies for air defence", "pleaded with the government for protection" (plover.yaml ``prep_verbs``), and a "for"
    the parse makes the mark of the clause asked for ("calling for the minister to resign"). Not "on",
    which on an object names a place or a topic ("called the soldiers on the front heroes") (h37)."""
    wanted = lex.prep_verbs.get(token.lemma_.lower(), set()) - {"on"}
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    found = [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in wanted]
    # "petitions calling for Mr Suarez to resign": the parse makes "for" the mark of the asked clause
    return found + [m for c in token.children if c.dep_ in ("advcl", "ccomp") for m in c.children
                    if m.dep_ == "mark" and m.lower_ in wanted and m.lower_ == "for"]


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
