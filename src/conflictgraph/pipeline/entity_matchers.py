"""The entities stage's candidate mention, and the matchers and word lists it compiles once per knowledge base."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..core.alternation import alternation
from ..knowledge import Knowledge, normalize_name, word_set
from ..nlp import load_nlp
from .acronyms import not_actors
from .phrases import NamePatterns


# spaCy labels kept as they are; the others (CARDINAL, ORDINAL, PERCENT, LANGUAGE, LAW, EVENT, WORK_OF_ART,
# PRODUCT) are not mention types of the bundle.
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "QUANTITY"}
KIND_TYPES = {"state": "GPE", "person": "PERSON"}


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    actor: str | None
    source: str
    weak_context: tuple[str, ...] = ()

    @property
    def length(self) -> int:
        return self.end - self.start


class Matchers:
    """Everything the stage matches against a document, compiled once per knowledge base."""

    def __init__(self, knowledge: Knowledge) -> None:
        nlp = load_nlp()
        self.forms: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
        # a weak short name several actors hold ("Fatah": Palestine's Fatah, Iraq's Fatah Alliance) is the one whose
        # context the document names, whichever file lists it first (``weak_holders``)
        self.weak_holders: dict[str, list[tuple[str, str | None, tuple[str, ...]]]] = defaultdict(list)
        for text, mention_type, actor, context in _surface_forms(knowledge):
            self.forms.setdefault(text, (mention_type, actor, context))
            if context:
                self.weak_holders[text.lower()].append((mention_type, actor, context))
        self.forms_folded = {k.lower(): v for k, v in reversed(list(self.forms.items()))}
        # one-word names the knowledge base also writes capitalised: that form is matched exactly, as a name
        self.forms_exact_title = {k[0].lower() + k[1:] for k in self.forms if " " not in k and k[:1].isupper()}
        # Multi-word names also match in headline case ("Popular Mobilization units", "Iran-Backed").
        self.names = NamePatterns(nlp, list(self.forms))
        self.weapons = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.weapon_types: dict[str, str] = {}
        for mention_type, entries in knowledge.lexicon("weapons").items():
            for entry in entries:
                entry = str(entry)
                for form in {entry, _plural(entry)}:
                    self.weapon_types[form.lower()] = mention_type
                    self.weapons.add(form.lower(), [nlp.make_doc(form)])
        self.weapon_words = {w for form in self.weapon_types for w in form.split()}  # "helicopter", "missile"
        self.collective, self.collective_forms = _collective_regex(knowledge)
        names = knowledge.lexicon("names")
        self.titles = name_titles(knowledge)
        # "AIDS killed millions" (v40), "the EU's GDP", "passed the NDAA" (acr): short names that are no actor
        self.not_actors = not_actors(knowledge)
        # "arrested Jackson", "Jackson said": a person by the role the clause gives the name (fig)
        self.person_object_verbs = word_set(names, "person_object_verbs")
        self.saying_verbs = word_set(knowledge.lexicon("speech"), "verbs")
        self.honorifics = word_set(names, "honorifics")  # "Sheikh Hasina": a person (``_people_read_as_places``)
        self.folded_titles = folded_titles(knowledge)  # "president", "gen", "lt"
        self.org_words = org_words(knowledge)
        # "U.S.-led", "Iran-backed": a name hyphened to a word that ties it to what it qualifies
        compounds = [str(w) for w in knowledge.lexicon("relations").get("compounds", {})]
        self.hyphened = re.compile(rf"(?P<name>.+?)[-‐](?:{alternation(compounds)})") if compounds else None
        self.demonyms = {normalize_name(d): r.id for r in knowledge.states() for d in r.demonyms}
        led = [str(w) for w in knowledge.lexicon("collectives").get("led_bodies", [])]
        # "the U.S.-led campaign against the Islamic State group": the noun, and the foe its "against" names
        self.led_body = re.compile(
            rf"(?<![\w.-])(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)[-‐]led (?P<noun>{alternation(led)})\b"
            r"(?: (?:against|to defeat) (?:the )?(?P<foe>[A-Z][\w-]*(?: [A-Z][\w-]*)*))?") if led else None
        self.introducers = {str(w) for w in names.get("name_introducers", [])}
        self.unit_nouns = word_set(names, "unit_nouns")
        self.body_heads, self.connectors = word_set(names, "body_heads"), word_set(names, "name_connectors")
        # "insurgent-held Karabilah": a name a participle of holding qualifies is a place (collectives.yaml)
        self.holders = word_set(knowledge.lexicon("collectives"), "holder_words")
        # "shelled Kherson", "the capture of Avdiivka": the acts done to places as often as to parties (plover.yaml)
        plover = knowledge.lexicon("plover")
        self.place_patient_verbs = word_set(plover, "place_patient_verbs")
        self.place_patient_nouns = word_set(plover, "place_patient_nouns")
        self.place_patient_preps = word_set(plover, "place_patient_preps")
        self.particles = word_set(names, "joined_particles")
        self.office_nouns = word_set(names, "office_nouns")
        # the words that say what kind of body a name is ("ministry", "army", "embassy", "police")
        self.kind_words = {str(w).lower() for ws in (names.get("kind_words") or {}).values() for w in ws or []}
        # "Labour MP X", "M23 spokesman Y": the titles written before a person's name (the relation lexicon's member,
        # leader and spokesperson words and its party_titles), of which the party's, group's and body's titles are
        # those a name before them is a body's; the words that may stand between ("Hamas political chief"); the words
        # that name no body there: a portfolio before an office's title ("Interior Minister"), a group's common noun
        # ("Rebel spokesman", relations.yaml group_titles)
        relations = knowledge.lexicon("relations")
        words = relations.get("words", {})
        self.party_titles = word_set(relations, "party_titles")
        titles = self.party_titles | {
            str(w).lower() for key in ("leader", "spokes", "member") for w in words.get(key, [])}
        # (and the titles that head one kind of body only, relations.yaml ``kind_heads``: "Chief Constable")
        titles |= {str(t).lower() for entry in relations.get("kind_heads") or [] for t in entry.get("titles", [])}
        self.body_titles = sorted(titles, key=lambda w: -len(w.split()))  # (the longest title is the one written)
        self.title_words = titles  # every title of a body's member, head or spokesperson: none is a body's name
        self.title_qualifiers = {str(w).lower() for key in ("title_qualifier", "title_modifier")
                                 for w in words.get(key, [])}
        self.portfolios = word_set(relations, "portfolios")
        self.portfolio_titles = word_set(relations, "portfolio_titles")
        self.not_bodies = word_set(relations.get("group_titles", {}), "groups")
        # "Granite School District Superintendent X": a title that heads one kind of body only, before which a name
        # ending in a word of that kind is the body's (relations.yaml ``kind_heads``)
        self.kind_heads = {str(t).lower(): frozenset(str(b).lower() for b in entry.get("bodies", []))
                           for entry in relations.get("kind_heads") or [] for t in entry.get("titles", [])}
        self.legislator_titles = word_set(relations, "legislator_titles")
        # "Sen. X, R-Ariz.": a party's letter before a state's abbreviation or name, after a person's name
        self.party_letters = {str(k): str(v) for k, v in (names.get("party_letters") or {}).items()}
        letters = "|".join(map(re.escape, self.party_letters))
        self.party_letter = re.compile(
            rf"(?:(?<=\()|(?<=, ))(?P<letter>{letters})[-‐](?=[A-Z][A-Za-z.]*[,)])") if letters else None
        self.faiths = word_set(knowledge.lexicon("collectives"), "modifier_words")
        # "Ontario Premier X": the titles a place's own government names before its official's name
        # (relations.yaml ``place_offices``), longest first
        offices = relations.get("place_offices") or {}
        self.place_office_titles = sorted({str(t).lower() for key in ("leads", "member_of")
                                           for t in offices.get(key, [])}, key=lambda t: -len(t.split()))
        self.place_office_words = {t for t in self.place_office_titles if " " not in t}
        self.place_office_before = {str(w).lower() for w in offices.get("before", []) if " " not in str(w)}


@cache
def name_titles(knowledge: Knowledge) -> frozenset[str]:
    """names.yaml ``titles`` as written ("President", "Gen.", "Lt.-Col."): the words written before a person's name."""
    return frozenset(w for line in knowledge.lexicon("names")["titles"] for w in line.split())


@cache
def org_words(knowledge: Knowledge) -> frozenset[str]:
    """names.yaml ``org_words``, lower-cased, one word each ("militia", "ministry", "regime"): a word that makes a
    name a body's. The one reader of that list, for the Matchers, the knowledge base's state names and the actors
    stage."""
    return frozenset(w.lower() for line in knowledge.lexicon("names").get("org_words") or () for w in str(line).split())


@cache
def folded_titles(knowledge: Knowledge) -> frozenset[str]:
    """names.yaml ``titles``, lower-cased, without a final stop ("president", "gen", "lt")."""
    return frozenset(t.lower().rstrip(".") for t in name_titles(knowledge))


def _plural(entry: str) -> str:
    if entry[-1].isdigit() or entry.isupper() and len(entry) < 4:
        return entry + "s"
    return entry + ("es" if entry.endswith(("sh", "ch", "ss")) else "s")


def _surface_forms(knowledge: Knowledge):
    """(text, mention type, actor id, weak context) for every name the knowledge base gives."""
    body_words = org_words(knowledge)
    for record in knowledge.actors.values():
        mention_type = KIND_TYPES.get(record.kind, "ORG")
        for alias in record.aliases:
            # A state named by its government ("the Assad regime", "White House") is an ORG mention.
            if record.kind == "state" and body_words & set(alias.lower().replace("’s", "").split()):
                yield alias, "ORG", record.id, ()
                continue
            yield alias, mention_type, record.id, ()
        for alias in record.weak_aliases:
            yield alias, mention_type, record.id, tuple(record.context)
        for capital in record.capitals:
            yield capital, "GPE", record.id, ()
        for demonym in record.demonyms:
            yield demonym, "NORP", record.id, ()
    # A state's government under its usual descriptions is the state itself ("the Iranian regime" = Iran).
    for record in knowledge.states():
        names = [a for a in record.aliases if len(a) > 3 or a.isupper()]
        adjectives = [d for d in record.demonyms if not d.endswith("s") or d.endswith("ss")]
        for adjective in adjectives:
            for noun in ("government", "regime", "authorities", "officials", "leadership"):
                yield f"{adjective} {noun}", "ORG", record.id, ()
        for name in names + record.capitals:
            yield f"government of {name}", "ORG", record.id, ()
            yield f"government in {name}", "ORG", record.id, ()
            yield f"{name} government", "ORG", record.id, ()
            yield f"{name}’s government", "ORG", record.id, ()
            yield f"{name}'s government", "ORG", record.id, ()
        for name in record.capitals:
            yield f"{name} officials", "ORG", record.id, ()
        yield f"{record.name} administration", "ORG", record.id, ()


def _collective_regex(knowledge: Knowledge) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    lexicon = knowledge.lexicon("collectives")
    forms: dict[str, str] = {}
    for record in knowledge.states():
        for form in record.aliases + record.capitals + record.demonyms:
            forms.setdefault(form, record.id)
    if not forms:
        return None, forms
    state = "(?P<state>" + alternation(forms) + ")"
    parts = []
    for i, pattern in enumerate(lexicon["patterns"]):
        body = pattern.format(
            state=state.replace("?P<state>", f"?P<state{i}>"),
            backer=alternation(lexicon["backer_words"]),
            modifier=alternation(lexicon["modifier_words"]),
            head=alternation(lexicon["head_words"]),
        )
        parts.append(f"(?:{body})")
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    return regex, forms


def collective_id(state_id: str) -> str:
    return f"{state_id}-backed-militias"


def _taken(text: str, candidates: Iterable[Candidate]) -> bytearray:
    """One byte per character of ``text``, set where a candidate covers it."""
    taken = bytearray(len(text) + 1)
    for c in candidates:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return taken


def _people(doc: Doc, accepted: list[Candidate]) -> Iterator[Span]:
    """The token spans of the accepted PERSON candidates."""
    for person in accepted:
        if person.type == "PERSON" and (span := doc.char_span(person.start, person.end,
                                                               alignment_mode="expand")) is not None:
            yield span


def _overlaps(c: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < c.end and c.start < o.end for o in others)
