"""Read what a verb of taking, leaving, withdrawing, barring or accepting acts on: a place, a person, a body."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_roles import person

if TYPE_CHECKING:
    from .event_sentence import Sentence


def own_property(verb: Token) -> bool:
    """Whether what a verb of burning burns is told as its doers' own by a possessive pronoun ("set fire to their
    homes", "burned his house"): whose it is the parse cannot tell, and one's own property burnt harms no recipient
    (PLOVER ASSAULT is directed at a recipient; plover.yaml ``arson_verbs``)."""
    things = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *(g for g in c.children if g.dep_ == "conj"))]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
    return any(p.dep_ == "poss" and p.pos_ == "PRON" for t in things for p in t.children)


def withdrawal_type(sentence: Sentence, verb: Token) -> str | None:
    """The type "withdraw" takes by what it takes back: RETREAT for forces, weapons, personnel, a body or a diplomat
    (or no object: "the rebels withdrew"); CONCEDE for a charge, demand or claim (docs/annotation.md, CONCEDE:
    "withdrawing a demand, dropping a prosecution"); None for anything else ("withdrew the product") (j36)."""
    lex = sentence.lex
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)  # "the troops withdrawn from Kherson"
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        objects += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "the charges were withdrawn"
    if not objects:
        return "RETREAT"
    for o in objects:
        words = {o.lemma_.lower(), o.lower_}
        if words & (lex.forces | lex.withdrawn_forces | lex.diplomatic) or o.pos_ in ("PRON", "PROPN") or (
                m := sentence.mention_at(o)) is not None and m.actor:
            return "RETREAT"
        if words & lex.withdrawn_concessions:
            return "CONCEDE"
    return None


def left_place(sentence: Sentence, place: Token) -> bool:
    """Whether the object of a verb of leaving is a place the text names though the tagger typed it otherwise, or
    a settlement noun: "troops left Kherson" (tagged a person), "Wagner fighters left Bakhmut" (tagged a body),
    "left the town of Kupiansk" (PLOVER RETREAT withdraw: "retreat from territory") (j36)."""
    if place.lemma_.lower() in sentence.lex.held_places - {"road", "highway", "border", "crossing", "area"}:
        return True
    if place.pos_ != "PROPN" or sentence.mention_at(place, "PERSON") is not None and any(
            c.dep_ == "compound" for c in place.children):
        return False  # "left Vladimir Putin": a full personal name is no place
    gazetteer = sentence.facility.gazetteer
    return not gazetteer.is_common_word(place.text) and gazetteer.resolve(place.text, loose=False) is not None


def territory_taken(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of taking takes control "of" a place: "took control of the town of Djibo", "seized control of
    Paletwa township" (plover.yaml ``control_nouns``, ``held_places``). PLOVER codes the threat of it as THREATEN
    territory ("threaten to occupy, seize control of the whole or part of a territory") and ceding it as RETREAT; the
    taking itself is by force, as docs/annotation.md's ASSAULT "offensives to retake a city". Control of a company
    or a port's revenue is no territory: it stays the verb's own sense (COERCE seize, or none)."""
    lex = sentence.lex
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" for c in verb.children):
        return False  # "after the government takes full control of Aleppo": a time to come, no taking told
    if lex.verbs.get(verb.lemma_.lower()) in ("COERCE", "ASSAULT") and any(
            _held_place(sentence, c) for t in verb.children if t.dep_ in ("dobj", "nsubjpass")
            for c in _part_of(t, lex)):
        # "rebels seized the town of Bunagana", "the airport was seized": a place taken, no property (o37); "seized
        # large swathes of North Kivu", "captured the town of Debre Tabor": the place, not a captive (p39)
        return True
    for control in verb.children:
        if control.dep_ != "dobj" or control.lemma_.lower() not in lex.control_nouns:
            continue
        for place in (g for c in control.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"):
            if place.lemma_.lower() in ("part", "swathe", "swath"):  # "large parts of Iraq": the place it names
                place = next((g for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                              if g.dep_ == "pobj"), place)
            mention = sentence.by_token.get(place.i)
            nouns = [place] + [c for c in place.children if c.dep_ == "compound"]  # "the capital Sittwe"
            if any(n.lemma_.lower() in lex.held_places - {"part", "parts", "swathes", "swaths"} for n in nouns) or (
                    mention is not None and (mention.geo is not None or mention.type in ("GPE", "LOC", "FAC"))):
                return True
    return False


def barred_from(sentence: Sentence, verb: Token) -> str | None:
    """What a verb of barring bars from: "territory" for a place or an entry ("from Sudan", "from the country", "from
    entering"), "right" for anything else ("from universities", "from running", "from political life"), None without
    a "from" phrase (o37)."""
    lex = sentence.lex
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (g for g in prep.children if g.dep_ in ("pobj", "pcomp")):
            if obj.lemma_.lower() in lex.entry_verbs | lex.territory_nouns | lex.held_places or (
                    (m := sentence.mention_at(obj)) is not None and (m.geo is not None or m.type in ("GPE", "LOC"))):
                return "territory"
            return "right"
    return None


def named_body(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun names an organization that is no state and no place: a party, a group, a broadcaster, a
    platform ("Samidoun", "the BBC", "Instagram"); "Niger", "Russia" and places are none (o37)."""
    lex = sentence.lex
    if noun.lemma_.lower() in lex.posts - lex.banned_bodies:
        return False  # "suspended its membership", "banned from office": a post, no body (SANCTION expel)
    if any(t.lemma_.lower() in lex.banned_bodies for t in [noun, *(
            c for c in noun.children if c.dep_ in ("compound", "appos"))]):
        return True  # "the group Samidoun", "the Samidoun group", "the newspaper"
    return any((m := sentence.mention_at(t, "ORG")) is not None and m.geo is None
               for t in [noun, *(c for c in noun.children if c.dep_ == "appos")])  # "the BBC"


def noun_taken(sentence: Sentence, noun: Token) -> str | None:
    """What a noun of a verb of taking (plover.yaml ``deverbal_nouns`` whose verb is one of ``taking_verbs``) takes by
    its "of" object: "place" for a place held ("the capture of Mosul", "the seizure of the town of Bunagana"),
    "person" for people ("the seizure of 80 students"), else None ("the seizure of 2 tonnes of cocaine": property,
    COERCE seize), as ``territory_taken`` and the people seized read the verb (nom)."""
    lex = sentence.lex
    verb = lex.deverbal_nouns.get(noun.lemma_.lower()) or lex.deverbal_nouns.get(noun.lower_)
    if noun.pos_ != "NOUN" or verb not in lex.taking_verbs:
        return None
    for taken in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"):
        if any(_held_place(sentence, c) for c in _part_of(taken, lex)):
            return "place"
        if person(sentence, taken):
            return "person"
    return None


def _part_of(noun: Token, lex: Any) -> list[Token]:
    """A noun, and the place a part noun takes ("large swathes of North Kivu", "parts of the region": plover.yaml
    ``place_part_nouns``; p39)."""
    if noun.lemma_.lower() in lex.place_parts:
        return [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"]
    return [noun]


def _held_place(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun names a place that is held and taken by force: a town, a base, an airport (``held_places``) or
    a place mention ("Bunagana", "Kherson"); a building, a property or a ship is none (o37)."""
    lex = sentence.lex
    if noun.lemma_.lower() in lex.held_places - {"part", "parts", "swathes", "swaths", "road", "highway", "border"}:
        return True
    mention = sentence.by_token.get(noun.i)
    return mention is not None and (mention.geo is not None or mention.type in ("GPE", "LOC"))


def extradited(sentence: Sentence, verb: Token) -> bool:
    """Whether a handing over hands a suspect to a country: "Nigeria handed over 20 Boko Haram suspects to
    Cameroon", "the fugitive was handed over to Rwanda" (PLOVER COOPERATE: extradite). Prisoners and hostages
    handed back stay RETREAT (w37)."""
    lex = sentence.lex
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(p.lemma_.lower() in lex.wanted_people or p.lower_ in lex.wanted_people for p in people):
        return False
    return any(g.dep_ == "pobj" and ((m := sentence.mention_at(g)) is not None and (m.type == "GPE" or m.geo))
               for h in (verb, *people) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for g in c.children)  # the parse hangs "to Cameroon" on the verb or on the suspects


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


def accepts_offer(verb: Token, lex: Any) -> bool:
    """Whether "accept" accepts something offered or proposed ("accepted the ceasefire proposal", "accepted the
    invitation to talks"), which PLOVER AGREE codes; "accepted the assignment" agrees to nothing."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _named_as(c, lex.accept_objects) for c in verb.children)
