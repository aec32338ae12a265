"""Which state a group is or belongs to: a state named in it or owning it, and a state's institution named by
a common noun."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from ..core.alternation import alternation
from ..knowledge import Knowledge, normalize_name, word_set
from .groups import GroupNouns

GOVERNMENT = "government"  # an institution's noun (collectives.yaml state_institutions) that names the state itself


def state_of(knowledge: Knowledge, nouns: GroupNouns, name: str) -> str | None:
    """The state a group is, where a state qualifies a head that names its government: "Sudanese authorities",
    "U.S. officials", "the Malian junta" (PLOVER codes a state by its government; the knowledge base lists such
    phrases as the state's aliases, and this covers the ones it does not)."""
    words = name.replace("-", " ").split()
    country = country_in(knowledge, name) if words and words[-1].lower() in nouns.state_bodies else None
    return next((s.id for s in knowledge.states() if s.country == country), None) if country else None


def state_owning(knowledge: Knowledge, nouns: GroupNouns, head: Token) -> str | None:
    """The state whose government a head names through its possessor or an "in"/"of" phrase: "Mali's junta",
    "officials in Kenya", "the authorities of Niger" (PLOVER codes a state by its government); or through the
    known leader it is named after, whose country it governs: "Assad's government", "the Asad regime", "the
    Maduro administration"."""
    if head.lower_ not in nouns.state_bodies:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
               for g in c.children if g.dep_ == "pobj"]
    leader = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for owner in owners + leader[-1:]:
        words = [t for t in owner.subtree if t.dep_ != "case"]  # "Burkina Faso's": the whole name, not "Faso"
        text = owner.doc[words[0].i:words[-1].i + 1].text
        found = knowledge.find(text) or knowledge.find(text.removeprefix("the "))
        record = knowledge.get(found) if found else None
        if record is not None and record.kind == "state":
            return record.id
        if record is not None and record.kind == "person" and record.country and (
                owner.dep_ == "compound" or owner.tag_ == "NNP"):
            return next((s.id for s in knowledge.states() if s.country == record.country), None)
    return None


def country_in(knowledge: Knowledge, name: str) -> str | None:
    """The country of a state named in a group's name: "Jordanian security forces" JOR, "Kurdish militants" none.
    Not a state hyphened to a tie's word (relations.yaml ``compounds``): "the US-backed government", "Turkish-backed
    Syrian rebels" are not the US's nor Turkey's; the relation stage reads that tie."""
    compounds = "|".join(re.escape(w) for w in knowledge.lexicon("relations").get("compounds", {}))
    if compounds:
        name = re.sub(rf"\S+[-‐](?:{compounds})\b", " ", name, flags=re.IGNORECASE)
    words = set(name.replace("-", " ").split())
    for record in knowledge.states():
        if record.country and words & set(record.demonyms + record.aliases):
            return record.country
    return None


class Institutions:
    """A state's body that the text names by a common noun alone ("police", "the army", "the regime", "opponents"),
    where the sentence or the document says whose it is: the knowledge base's body of that state under the noun
    (collectives.yaml ``state_institutions``: "the regime" in a Syria story is Syria's government, "the rebels" the
    Syrian opposition, "the army" in a Sudan story the Sudanese Armed Forces)."""

    def __init__(self, knowledge: Knowledge) -> None:
        lexicon = knowledge.lexicon("collectives").get("state_institutions") or {}
        self.knowledge = knowledge
        self.nouns = {str(head).lower(): [str(n) for n in nouns] for head, nouns in lexicon.items()}
        collectives = knowledge.lexicon("collectives")
        self.qualifiers = word_set(collectives, "state_institution_qualifiers")
        self.transparent = word_set(collectives, "state_institution_plain")
        # "other forces", "allied troops": a rest beside the body named, not the state's own
        self.adjuncts = word_set(collectives, "group_adjuncts")
        # "police officers" are the police as "officers" are (``group_head_kin``)
        self.kin = {str(k).lower(): str(v).lower() for k, v in (collectives.get("group_head_kin") or {}).items()}
        # a head of state's title right before a name ("President", "Prime Minister"; relations.yaml `state_leader`,
        # less the bare "leader", which heads bodies too): entity_states.py, _heads_of_state
        leaders = [w for w in knowledge.lexicon("relations").get("words", {}).get("state_leader", []) if w != "leader"]
        self.state_titles = re.compile(rf"\b(?:{alternation(leaders)})\.? $", re.IGNORECASE) if leaders else None
        # country -> the words that name its state before a noun: adjectives first ("Syrian"), then its names
        self.forms: dict[str, list[str]] = {}
        for record in knowledge.states():
            if record.country:
                adjectives = [d for d in record.demonyms if not d.endswith("s") or d.endswith("ss")]
                names = [a for a in record.aliases if len(a) > 3 and not a.isupper()]
                self.forms.setdefault(record.country, []).extend(
                    adjectives + [f"{n}{s}" for n in names for s in ("'s", "’s")])

    def heads(self) -> set[str]:
        return set(self.nouns)

    def governs(self, phrase: str) -> bool:
        """Whether ``phrase``'s noun may name the state's government itself ("the regime", "the junta")."""
        words = phrase.lower().split()
        return bool(words) and GOVERNMENT in self.nouns.get(words[-1], [])

    def plain(self, phrase: str, transparent: bool = False) -> bool:
        """Whether ``phrase`` is a state's body by its words alone: an institution's noun that only words such as
        "security" or "riot" qualify ("security forces", "riot police"), not "coalition troops"; ``transparent``:
        only words that leave the noun's meaning ("riot police", not "security forces")."""
        words = phrase.lower().split()
        allowed = self.transparent if transparent else self.qualifiers
        return bool(words) and words[-1] in self.nouns and all(
            w in allowed or w == self.kin.get(words[-1]) for w in words[:-1])

    def body(self, phrase: str, country: str, named: dict[str, str] | None = None) -> str | None:
        """The actor that ``phrase`` (a group named by common words: "police", "security forces") names in
        ``country``: the knowledge base's name of the whole phrase with the state's ("Syrian rebel forces"), or,
        for a phrase its words leave plain, of the head's nouns ("Syrian army" for "the army"); else the group the
        document names so (``named``: normalized name -> actor key; "Egyptian security forces" for "police" in a
        Cairo story); None where neither lists such a body."""
        words = phrase.lower().split()
        if not words or words[-1] not in self.nouns:
            return None
        nouns = list(dict.fromkeys([" ".join(words)] + (self.nouns[words[-1]] if self.plain(phrase, True) else [])))
        for noun in nouns:
            for form in self.forms.get(country, []):
                found = self.knowledge.find(f"{form} {noun}")
                record = self.knowledge.get(found) if found else None
                if record is not None and record.country == country:
                    return record.id
        for noun in nouns:
            for form in self.forms.get(country, []):
                if (key := (named or {}).get(normalize_name(f"{form} {noun}"))) is not None:
                    return key
        if GOVERNMENT in nouns:  # "the regime", "the junta": PLOVER codes a state by its government
            return next((s.id for s in self.knowledge.states() if s.country == country), None)
        return None


def dominant_country(votes: Counter[str], share: float = 0.5) -> str | None:
    """The country that holds at least ``share`` of ``votes`` and at least twice the next one's, else None."""
    ranked = votes.most_common(2)
    if not ranked:
        return None
    top, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if count >= share * sum(votes.values()) and count >= 2 * second else None
