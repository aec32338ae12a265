"""Find mentions: spaCy's entities corrected by the knowledge base, the gazetteer and the weapon lexicon."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..core.alternation import alternation
from ..core.dates import MONTH
from ..gazetteer import Gazetteer, normalize
from ..knowledge import Knowledge, normalize_name, word_set
from ..model import Mention
from ..nlp import load_nlp
from . import DocContext, factory, text_of
from .groups import (
    LOCAL,
    SCOPE,
    GroupNouns,
    Institutions,
    country_in,
    dominant_country,
    group_spans,
    opens_sentence,
    state_of,
    state_owning,
)
from .acronyms import expansion_start, in_clause_role, not_actors
from .phrases import NamePatterns
from .place_names import (
    SMALL_TOWN,
    abbreviated_spans,
    dateline_spans,
    is_place,
    named_as_place,
    place_list,
    postal_spans,
    repeated_place_spans,
)

# spaCy labels kept as they are; the others (CARDINAL, ORDINAL, PERCENT, LANGUAGE, LAW, EVENT, WORK_OF_ART,
# PRODUCT) are not mention types of the bundle.
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "QUANTITY"}
KIND_TYPES = {"state": "GPE", "person": "PERSON"}
LEADING_WORDS = {"the", "The", "a", "an"}
POSSESSIVE = ("’s", "'s", "’", "'")
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
_LOCATIVE = re.compile(r"\b(?:the|in|at|near|from|outside)\s+$", re.IGNORECASE)  # before a place's name
_IN_PLACE = re.compile(r"\b(?:in|near|outside)\s+$")  # a preposition that puts something in a place
SHORT_NAME = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")  # "RSF", "M23", "AU": a short name in capitals
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")  # "ELN", "M23", "JNIM": written so, a body's acronym, no person's name
NOT_IN_NAMES = re.compile(r"[\[\](){}\",;:]")  # "[U.S. President Donald] Trump" is not one longer name
# Words a headline leaves in lower case; any other lowercase word means the line is prose.
HEADLINE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "than", "that", "this", "after", "about", "amid",
                        "upon", "near", "under", "against", "despite", "during", "without", "within", "between"}

# Knowledge-based matches outrank the statistical model; among equals the longer span wins.
PRIORITY = {"knowledge": 3, "place": 3, "collective": 3, "group": 3, "weapon": 2, "ner": 1}


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


@factory("entities", requires=("doc",), provides=("mentions",))
class FindEntities:
    """Mentions from the knowledge base's names, collectives, weapons, curated places and spaCy's entities.

    The matchers are compiled once, when the stage is made, from the knowledge and the gazetteer it is given.
    """

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matchers = Matchers(knowledge)
        self.place_matcher = _place_matcher(gazetteer)
        self.group_nouns = GroupNouns(knowledge)
        self.institutions = Institutions(knowledge)

    def __call__(self, ctx: DocContext) -> None:
        matchers = self.matchers
        doc, text = ctx.doc, ctx.document.text
        candidates = _knowledge_candidates(doc, matchers)
        candidates += _collective_candidates(text, matchers, ctx.knowledge)
        candidates += _weapon_candidates(doc, matchers)
        candidates += _place_candidates(doc, candidates, self.gazetteer, self.place_matcher)
        groups, fallback = _group_candidates(doc, candidates, self.group_nouns, ctx.knowledge, self.gazetteer,
                                             ctx.document.id)
        candidates += groups
        for c in groups:
            if (country := _office_country(c, text, self.group_nouns, self.gazetteer)) is not None:
                ctx.group_countries[c.actor] = country  # "the governor of Borno State": NGA (groups._place_officials)
        taken = [(c.start, c.end) for c in candidates]
        candidates += [Candidate(*span, None, "place") for span in dateline_spans(text, taken, self.gazetteer)]
        headlines = _headline_spans(text)
        ents = _places_after_bodies(_places_bodies(_titled_runs(_joined_across_wraps(doc), matchers), matchers),
                                    matchers)
        for ent in _one_building(ents, self.gazetteer):
            c = _ner_candidate(ent, matchers)
            if c is not None and not _headline_only(c, text, headlines):
                candidates.append(c)
                candidates += _place_before_title(ent, c, matchers, self.gazetteer)
        candidates += _headed_bodies(doc, matchers, headlines)
        candidates += _names_of_common_heads(doc, matchers, headlines)
        candidates = _hyphened_names(candidates, doc, matchers, ctx.knowledge)
        candidates += _led_bodies(text, candidates, matchers, ctx.knowledge)
        introduced = _introduced_names(doc, matchers, ctx.knowledge)
        introduced += _titled_names(doc, matchers, ctx.knowledge, self.gazetteer, introduced)
        candidates = [c for c in candidates if not (c.source == "ner" and any(
            i.start <= c.start and c.end <= i.end for i in introduced))] + introduced
        towns = [(c.start, c.end) for c in candidates if c.type == "GPE"]
        candidates += [Candidate(*span, None, "place") for span in postal_spans(text, towns, self.gazetteer)]
        candidates += [Candidate(*span, None, "place") for span in abbreviated_spans(text, self.gazetteer)]
        candidates = _without_inner_states(candidates, text, self.gazetteer)
        candidates = _state_named_companies(candidates, doc, matchers, ctx.knowledge)
        accepted = _resolve_overlaps(candidates, doc)
        accepted = _acronyms_as_bodies(accepted, text, self.gazetteer, headlines)
        accepted = [c for c in accepted if not _no_actor_acronym(c, text, matchers)]
        accepted = _relabel_places(accepted, text, ctx.knowledge, self.gazetteer)
        accepted = _people_read_as_places(accepted, doc, matchers, self.gazetteer)
        accepted = _places_read_as_people(accepted, doc, matchers, self.gazetteer)
        accepted = sorted(accepted + _untagged_titled_people(doc, accepted, matchers, self.gazetteer),
                          key=lambda c: (c.start, c.end))
        accepted = _large_places_not_people(accepted, doc, matchers, self.gazetteer)
        accepted = _held_places(accepted, doc, matchers)
        accepted = _assailed_places(accepted, doc, matchers, self.gazetteer, ctx.knowledge)
        accepted = sorted(accepted + _untagged_places(doc, accepted, matchers, self.gazetteer, ctx.knowledge),
                          key=lambda c: (c.start, c.end))
        accepted = sorted(accepted + _places_before_place_nouns(doc, accepted, self.gazetteer, ctx.knowledge),
                          key=lambda c: (c.start, c.end))
        accepted = _hyphened_acronyms(doc, accepted, matchers, self.gazetteer, headlines)
        accepted = _expanded_names(doc, accepted, self.gazetteer, headlines)
        accepted = sorted(accepted + _untagged_acronyms(doc, accepted, matchers, self.gazetteer, headlines),
                          key=lambda c: (c.start, c.end))
        offices = _untagged_office_places(doc, accepted, matchers, self.gazetteer)
        accepted = sorted([c for c in accepted if not _overlaps(c, offices)] + offices, key=lambda c: (c.start, c.end))
        accepted = sorted(accepted + _repeated_places(text, accepted, self.gazetteer), key=lambda c: (c.start, c.end))
        accepted = _repeated_surnames(text, accepted, ctx.knowledge, self.gazetteer)
        accepted = _repeated_bodies(text, accepted)
        accepted = [_place_office(c, doc, matchers, accepted) or c for c in accepted]
        accepted = _named_units(accepted, doc, matchers, self.gazetteer)
        # (read as if the weak short names were not there: where one is dropped below, the body stands in its place)
        titled = _bodies_before_titles(doc, [c for c in accepted if not c.weak_context], matchers, self.gazetteer,
                                       ctx.knowledge)
        titled += _parties_after_names(doc, accepted, matchers, ctx.knowledge)
        accepted = [c for c in accepted if not (_loose_norp(c) and _overlaps(c, titled))
                    and not any(b.start <= c.start and c.end <= b.end and b.length > c.length for b in titled)]
        accepted = sorted(accepted + [b for b in titled if not _overlaps(b, accepted)], key=lambda c: (c.start, c.end))
        strong_actors = {c.actor for c in accepted if c.actor and not c.weak_context}
        ctx.mentions = []
        ctx.mention_sources = []
        # (the actor's own full name in the document is context enough for its short one: "the Rapid Support
        # Forces ... the RSF")
        weak = [c for c in accepted if c.weak_context and c.actor not in strong_actors
                and not strong_actors.intersection(c.weak_context)]
        # (read only where a weak name needs it: it resolves the document's places in the gazetteer)
        named_countries = _countries_named(ctx.document.text, [c for c in accepted if not c.weak_context],
                                           ctx.knowledge, self.gazetteer) if weak else set()
        met = lambda context: bool(strong_actors.intersection(context)  # noqa: E731
                                   or named_countries.intersection(self._countries_of(ctx.knowledge, context)))
        weak = [self._weak_holder(c, text, met) for c in weak]
        accepted = [next((w for w in weak if (w.start, w.end) == (c.start, c.end)), c) for c in accepted]
        dropped = [c for c in weak if c.weak_context and not met(c.weak_context)]
        kept = [c for c in accepted if c not in dropped]
        kept += _bodies_under_weak_names(candidates, dropped, kept, doc, matchers, self.gazetteer, headlines)
        kept += [b for b in titled if _overlaps(b, dropped) and not _overlaps(b, kept)]
        # A generic name ("the coalition") only counts where its context is named; without it, the collective its
        # words make ("fired on by security forces") stands in its place, where nothing else is named there.
        kept += [g for g in fallback if any(d.start < g.end and g.start < d.end for d in dropped)
                 and not any(k.start < g.end and g.start < k.end for k in kept)]
        kept = self._institutions(ctx, sorted(kept, key=lambda c: (c.start, c.end)))
        for c in sorted(kept, key=lambda c: (c.start, c.end)):
            ctx.mentions.append(Mention(ctx.document.id, c.start, c.end, text[c.start:c.end], c.type, c.actor))
            ctx.mention_sources.append(c.source)


    def _institutions(self, ctx: DocContext, kept: list[Candidate]) -> list[Candidate]:
        """A state's body named by a common noun alone ("police", "the regime", "opponents of President Assad") is
        that state's, where the text places it: the state of the person or body in its "of" phrase, else the one
        country the places of its sentence lie in, else the country that dominates the document; the knowledge
        base's body of that state under the noun (groups.Institutions), or, where it lists none, the document's
        own group with that state as its country (``ctx.group_countries``, read by the actors stage)."""
        heads = self.institutions.heads()
        text, doc = ctx.document.text, ctx.doc
        # a group named by its own common words, not a bare "troops" the groups stage linked to the "coalition
        # troops" named before it
        bare = [c for c in kept if c.source == "group" and c.actor and SCOPE in c.actor
                and text[c.start:c.end].split()[-1].lower() in heads
                and (c.actor.partition(SCOPE)[0] == f"{LOCAL}ORG:{normalize_name(text[c.start:c.end])}"
                     or self._trimmed(text, c))]
        if not bare:
            return kept
        knowledge = ctx.knowledge
        located: list[tuple[Candidate, str, bool]] = []  # (mention, its country, whether a place)
        for c in kept:
            record = knowledge.get(c.actor) if c.actor else None
            name = text[c.start:c.end]
            if record is not None and record.country:
                located.append((c, record.country, record.kind == "state" and name in record.capitals))
            elif c.actor is None and c.type in ("GPE", "LOC", "FAC"):
                place = self.gazetteer.resolve(name, loose=False)
                if place is not None and place.country and place.level != "country":
                    located.append((c, place.country, True))
            elif c.source == "group" and (code := country_in(knowledge, name)) is not None:
                located.append((c, code, False))
        document = dominant_country(Counter(code for _, code, _ in located))
        heads_of_state = _heads_of_state(text, kept, knowledge, self.institutions.state_titles)
        named = {normalize_name(text[c.start:c.end]): c.actor for c in kept
                 if c.source == "group" and c.actor and SCOPE not in c.actor}
        out = []
        resolved: dict[str, str] = {}  # a group's own id -> the state's body it is
        for c in kept:
            if c not in bare:
                out.append(c)
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None or span.start > 0 and doc[span.start - 1].lower_ in self.institutions.adjuncts:
                out.append(c)  # "the regime and other forces": not the state's forces
                continue
            # ("Abiy's government", "Maduro's regime": a governing noun is the state's whoever owns it)
            country = _owner_country(span[-1], located, None if self.institutions.governs(text[c.start:c.end])
                                     else heads_of_state)
            if country == NOT_THE_STATES:  # "Hemedti's forces": the leader's own men, not Sudan's army
                out.append(c)
                continue
            if country is None:
                sentence = span.sent
                # "The army, backed by Russian mercenaries, attacked Moura": a party in the noun's own modifier is
                # another party (its backer, ally or helper), no clue to whose army it is (neg)
                aside = _modifier_spans(span[-1])
                others = [(o, code, place) for o, code, place in located
                          if not any(a <= o.start < b for a, b in aside)]
                inside = [(code, place) for o, code, place in others if o is not c
                          and sentence.start_char <= o.start < sentence.end_char]
                here = {code for code, place in inside if place}
                country = next(iter(here)) if len(here) == 1 else document if len(others) == len(located) \
                    else dominant_country(Counter(code for _, code, _ in others))
                # "The US has 5,200 troops in Iraq": a force beside another state that the sentence names as a
                # party may be that state's; "Turkey accused the regime": a regime or a junta is not the party's
                # beside it, which the text would name
                parties = {code for o, code, place in located if not place and o is not c
                           and sentence.start_char <= o.start < sentence.end_char}
                if parties - {country} if not self.institutions.governs(text[c.start:c.end]) \
                        else country in parties:
                    country = None
            if country is None:
                out.append(c)
                continue
            body = self.institutions.body(text[c.start:c.end], country, named)
            if body is not None:
                resolved[c.actor] = body  # type: ignore[index]
                out.append(replace(c, actor=body))
            else:
                if self.institutions.plain(text[c.start:c.end]):
                    ctx.group_countries[c.actor] = country
                out.append(c)
        # One actor, one id (docs/annotation.md): the later mentions the groups stage linked to a group that is a
        # state's body ("Myanmar's military junta ... The junta said") are that body too.
        return [replace(c, actor=resolved[c.actor]) if c.actor in resolved else c for c in out]

    def _weak_holder(self, c: Candidate, text: str, met: Callable[[tuple[str, ...]], bool]) -> Candidate:
        """A weak name's candidate given to the one actor holding that name whose context the document names, where
        the first holder's is not: "Fatah" beside Hamas is Palestine's Fatah, not Iraq's Fatah Alliance."""
        if met(c.weak_context):
            return c
        holders = [h for h in self.matchers.weak_holders.get(text[c.start:c.end].lower(), []) if met(h[2])]
        if len({h[1] for h in holders}) != 1:
            return c
        mention_type, actor, _ = holders[0]
        return replace(c, type=mention_type, actor=actor, weak_context=())

    @staticmethod
    def _countries_of(knowledge: Knowledge, context: tuple[str, ...]) -> set[str]:
        """The countries of the states a weak name's context lists."""
        return {r.country for a in context if (r := knowledge.get(a)) is not None and r.kind == "state"
                and r.country}

    def _trimmed(self, text: str, c: Candidate) -> bool:
        """Whether a group's mention is its name less qualifiers that leave it a state's institution
        (``state_institution_qualifiers``): "the junta" linked to the group "military junta", whose own mention a
        known name took ("Myanmar's military junta": the knowledge base's "Myanmar's military")."""
        name = c.actor.partition(SCOPE)[0].removeprefix(f"{LOCAL}ORG:")  # type: ignore[union-attr]
        own = normalize_name(text[c.start:c.end])
        prefix = name.removesuffix(" " + own) if name.endswith(" " + own) else ""
        return bool(prefix) and all(w in self.institutions.qualifiers for w in prefix.split())


NOT_THE_STATES = ""  # _owner_country: a person who heads no state owns the group ("Hemedti's forces")


def _owner_country(head: Token, located: list[tuple[Candidate, str, bool]],
                   heads_of_state: frozenset[str] | None = None) -> str | None:
    """The country of the person, body or place in a group head's "of" phrase or possessor ("opponents of
    President Bashar Assad", "the army of Mali", "Russia's troops"). A person's possessive ("Hemedti's forces",
    "Haftar's men") makes a group of fighters the state's only where the text titles the person as its head
    (``heads_of_state``: "President Bashar al-Assad's forces", "Assad's forces" after "President Bashar al-Assad");
    else the group is the person's own, no state's (``NOT_THE_STATES``; docs/annotation.md, *Relations*: a leader's
    body is the body he leads, not the state's army). ``heads_of_state`` None: any owner's state (a governing noun,
    "Abiy's government", "Maduro's regime", is the state's whoever owns it)."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj"]
    for obj in owners:
        start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
        for c, code, _ in located:
            if start <= c.start and c.end <= end:
                if heads_of_state is not None and obj.dep_ == "poss" and c.type == "PERSON" \
                        and c.actor not in heads_of_state:
                    return NOT_THE_STATES
                return code
    return None


# Modifiers of a noun that tell another party beside it: "the army, backed by Russia", "the army, which Russia
# backs", "the army, with Russian help" (neg)
ASIDE_DEPS = ("acl", "relcl")
ASIDE_PREPS = ("with", "alongside")


def _modifier_spans(head: Token) -> list[tuple[int, int]]:
    """The character spans of a noun's participial, relative and "with" modifiers: "the army, backed by Russian
    mercenaries, ..." (neg)."""
    return [(sub[0].idx, sub[-1].idx + len(sub[-1])) for c in head.children
            if c.dep_ in ASIDE_DEPS or c.dep_ == "prep" and c.lower_ in ASIDE_PREPS
            for sub in [list(c.subtree)]]


def _heads_of_state(text: str, kept: list[Candidate], knowledge: Knowledge, titles: re.Pattern[str] | None
                    ) -> frozenset[str]:
    """The people the document titles as a state's head: a known person's mention right after a head of state's title
    ("President Bashar al-Assad", "Russian President Vladimir Putin", "King Abdullah"; relations.yaml
    ``state_leader``, less the bare "leader")."""
    if titles is None:
        return frozenset()
    return frozenset(c.actor for c in kept if c.actor and c.type == "PERSON"
                     and titles.search(text, max(0, c.start - 40), c.start) is not None)


def _place_before_title(ent: Span, person: Candidate, matchers: Matchers, gazetteer: Gazetteer) -> list[Candidate]:
    """The place whose title a person's entity opened with ("Calgary" of "Calgary MLA Sandra Jansen"), which the
    person's mention left out: a place the gazetteer knows, for the actors stage's government of a place's
    official."""
    if person.type != "PERSON" or person.start <= ent.start_char:
        return []
    words = []
    for token in ent:
        if token.text in matchers.titles or token.idx >= person.start:
            break
        words.append(token)
    if not words or not all(t.pos_ == "PROPN" for t in words):
        return []
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    name = text_of(ent.doc)[start:end]
    place = gazetteer.resolve(name, loose=False)
    return [Candidate(start, end, "GPE", None, "ner")] if place is not None and normalize(place.name) == normalize(
        name) else []


def _hyphened_names(candidates: list[Candidate], doc: Doc, matchers: Matchers,
                    knowledge: Knowledge) -> list[Candidate]:
    """A known name or a state's demonym hyphened to a word that ties it to the noun it qualifies, in one token ("the
    U.S.-led campaign", "the U.S.-backed offensive": relations.yaml ``compounds``), is that name's mention: not a
    body called "U.S.-led" (the statistical model's entity), nor nothing (the knowledge base's phrases match whole
    tokens); the relations stage ties the name to what the compound qualifies."""
    if matchers.hyphened is None:
        return candidates
    text = text_of(doc)
    out = []
    for c in candidates:
        whole = c.source == "ner" and c.type in ("ORG", "NORP", "GPE", "PERSON")
        if whole and (found := _hyphened_owner(text[c.start:c.end], matchers, knowledge)):
            out.append(Candidate(c.start, c.start + len(found[0]), found[1], found[2], "ner"))
        else:
            out.append(c)
    for token in doc:
        if "-" not in token.text and "‐" not in token.text or any(
                c.start < token.idx + len(token.text) and token.idx < c.end for c in out):
            continue
        if found := _hyphened_owner(token.text, matchers, knowledge):
            out.append(Candidate(token.idx, token.idx + len(found[0]), found[1], found[2], "ner"))
    return out


def _led_bodies(text: str, candidates: list[Candidate], matchers: Matchers, knowledge: Knowledge) -> list[Candidate]:
    """"The U.S.-led campaign against the Islamic State group", "the Saudi-led intervention": a noun of a joint
    force or campaign that an "X-led" qualifies names the coalition X leads (docs/annotation.md, *Relations*: "X-led
    and titles, applied everywhere"), its own actor and not X: the knowledge base's "X-led coalition" where it lists
    one, and one whose name's foe ("... against ISIS") is the phrase's where the phrase names one (the anti-ISIS
    coalition is not "the U.S.-led campaign against the Taliban"). The noun is the mention; "X" stays X's, and the
    relations stage ties X to it (relations.yaml ``prefix_compounds``). The nouns: collectives.yaml
    ``led_bodies``."""
    if matchers.led_body is None:
        return []
    out = []
    for match in matchers.led_body.finditer(text):
        start, end = match.span("noun")
        if any(c.start < end and start < c.end for c in candidates):
            continue
        name = match["name"]
        owner = knowledge.find(name) or matchers.demonyms.get(normalize_name(name))
        record = knowledge.get(owner) if owner else None
        coalition = next((found for form in [name, *(record.aliases if record else [])]
                          if (found := knowledge.find(f"{form}-led coalition"))), None)
        body = knowledge.get(coalition) if coalition else None
        if body is None or body.kind == "state":
            continue
        theirs = re.search(r"\b(?:against|to defeat) (?:the )?(.+)$", body.name)
        if match["foe"] and theirs and knowledge.find(match["foe"]) != knowledge.find(theirs.group(1)):
            continue
        out.append(Candidate(start, end, KIND_TYPES.get(body.kind, "ORG"), body.id, "knowledge"))
    return out


def _hyphened_owner(name: str, matchers: Matchers, knowledge: Knowledge) -> tuple[str, str, str] | None:
    """(the name, its mention type, its actor) of a name hyphened to a tie's word ("U.S.-led"), or None."""
    match = matchers.hyphened.fullmatch(name) if matchers.hyphened is not None else None
    owner = match and (knowledge.find(match["name"]) or matchers.demonyms.get(normalize_name(match["name"])))
    if not match or not owner:
        return None
    record = knowledge.get(owner)
    return match["name"], KIND_TYPES.get(record.kind, "ORG") if record else "ORG", owner


def _introduced_names(doc: Doc, matchers: Matchers, knowledge: Knowledge) -> list[Candidate]:
    """A name a verb introduces ("the gunman was identified as Mevlut Mert Altintas", "police named the attacker as
    X Y"; names.yaml ``name_introducers``) is a person's, where the statistical model missed or cut it: the proper
    nouns, two or more, that end in the object of the verb's "as"; not a title, a body's word or a known name."""
    out = []
    for token in doc:
        if token.lemma_.lower() not in matchers.introducers or token.pos_ not in ("VERB", "AUX"):
            continue
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                start = obj.i
                while start > prep.i + 1 and doc[start - 1].pos_ == "PROPN" \
                        and start <= doc[start - 1].head.i <= obj.i and doc[start - 1].dep_ in ("compound", "flat"):
                    start -= 1
                words = doc[start:obj.i + 1]
                if len(words) < 2 or any(not t.text[:1].isupper() or t.text in matchers.titles
                                         or t.lower_ in matchers.org_words for t in words):
                    continue
                if knowledge.find(words.text):
                    continue
                out.append(Candidate(words.start_char, words.end_char, "PERSON", None, "ner"))
    return out


def _titled_names(doc: Doc, matchers: Matchers, knowledge: Knowledge, gazetteer: Gazetteer,
                  taken: list[Candidate]) -> list[Candidate]:
    """A name an appositive titles as an office holder ("Ruto, Kenya's president, met ...", "Petro, Colombia's
    president"; names.yaml ``titles``) is a person's, where the statistical model missed it or took it for a place:
    the proper nouns the appositive hangs on (docs/annotation.md, Actor: the person as the text names them, not the
    state). Not a name the knowledge base knows, nor a place the gazetteer knows as a country ("Nigeria, the bloc's
    chair")."""
    titles = matchers.folded_titles

    def office(noun: Token) -> bool:  # "Kenya's president", "its commander", "the group's leader"
        # (a body's title before "of" and its name too: "a co-founder of the Wagner group", relations.yaml's leader,
        # member and spokesperson words)
        return noun.pos_ == "NOUN" and (
            noun.lower_ in titles and any(g.dep_ in ("poss", "amod", "compound") for g in noun.children)
            or (noun.lower_ in titles or noun.lower_ in matchers.body_titles)
            and any(of_name(g) for g in noun.children))

    def of_name(prep: Token) -> bool:  # "a co-founder of the Wagner group", "the leader of JNIM"
        return prep.dep_ == "prep" and prep.lower_ == "of" and any(
            o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                           for c in o.children)) for o in prep.children)

    out = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        # (the title after the name, or before it: "Its commander, Twan Mrat Naing, said", a name the model took for
        # a work of art)
        if not any(c.dep_ == "appos" and office(c) for c in token.children) \
                and not (token.dep_ == "appos" and token.head.i < token.i and office(token.head)
                         and doc[token.head.i + 1].text == ","):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i \
                and doc[start - 1].dep_ in ("compound", "flat"):
            start -= 1
        words = doc[start:token.i + 1]
        if any(t.text in matchers.titles or t.lower_ in matchers.org_words for t in words):
            continue
        if knowledge.find(words.text) or any(c.start <= words.start_char < c.end for c in taken):
            continue
        place = gazetteer.resolve(words.text, loose=False)
        if place is not None and place.level in ("country", "admin1"):
            continue
        out.append(Candidate(words.start_char, words.end_char, "PERSON", None, "ner"))
    return out


def _named_units(accepted: list[Candidate], doc: Doc, matchers: Matchers, gazetteer: Gazetteer) -> list[Candidate]:
    """An armed body's name written with its common noun in lower case: "the Sultan Murad brigade", "the Nour al-Din
    al-Zinki movement" (names.yaml ``unit_nouns``). The statistical model's name the noun closes (its compound), with
    "the" before it, that the knowledge base does not know and the gazetteer does not know as a place: the name and
    the noun are one body's mention, not a place or a person ("Sultan Murad" taken for a town)."""
    text = text_of(doc)
    out = []
    for c in accepted:
        span = doc.char_span(c.start, c.end, alignment_mode="expand") if c.source == "ner" and not c.actor \
            and c.type in ("GPE", "PERSON", "ORG", "NORP", "FAC") else None
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        if span is None or after is None or not after.is_lower or after.lower_ not in matchers.unit_nouns \
                or span.root.head != after or span.start == 0 or doc[span.start - 1].lower_ != "the" \
                or any(o is not c and o.start < after.idx + len(after) and after.idx < o.end for o in accepted) \
                or gazetteer.resolve(text[c.start:c.end], loose=False) is not None:
            out.append(c)
            continue
        out.append(Candidate(c.start, after.idx + len(after.text), "ORG", None, "ner"))
    return out


def _place_office(c: Candidate, doc: Doc, matchers: Matchers, accepted: list[Candidate]) -> Candidate | None:
    """A public body described in lower case after its place's name: "the Cairns child protection and investigation
    unit", "the Basra operations command" (names.yaml ``office_nouns``). The place (any the statistical model found,
    with no actor of its own) compounded into the noun, "the" before it, only lower-case nouns, adjectives and "and"
    between: the whole is one body's mention (the place is where it serves)."""
    if c.source not in ("ner", "place") or c.actor or c.type not in ("GPE", "PERSON", "ORG", "LOC"):
        return None
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    head = span.root.head
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.i - span.end < 5:
        head = head.head  # "the Basra operations command"
    if head.i < span.end or head.i - span.end > 5 or not head.is_lower or head.tag_ != "NN" or head.lower_ not in \
            matchers.office_nouns:
        return None
    between = doc[span.end:head.i]
    if any(not t.is_lower or t.pos_ not in ("NOUN", "ADJ", "CCONJ") for t in between) \
            or any(o is not c and o.start < head.idx + len(head) and span.end_char <= o.start for o in accepted):
        return None
    return Candidate(c.start, head.idx + len(head.text), "ORG", None, "ner")


def _bodies_before_titles(doc: Doc, accepted: list[Candidate], matchers: Matchers, gazetteer: Gazetteer,
                          knowledge: Knowledge) -> list[Candidate]:
    """A body's name the statistical model left out before a title that opens a person's name or stands in apposition
    to it: "Labour MP Diane Abbott", "M23 spokesman Lawrence Kanyuka", "the ELN's top commander, Antonio Garcia"
    (docs/annotation.md, *Relations*: titles written with a name state the tie; the relation stage reads it). The
    proper nouns, capitalized, compounded into the title or its possessor right before the person's mention; not a
    large place the gazetteer knows, a state's name or demonym, a portfolio before an office's title ("Environment
    Minister"; but "Labour MP"), a group's common noun alone ("Rebel spokesman"), a title or a rank ("Attorney
    General", "Major General") unless the name ends in a body's word ("Foreign Office Minister X"), a participle or
    a qualifier alone ("Retired Colonel X", "Acting Director Y"), the end of a longer name ("Save the Children
    director Z")."""
    out: list[Candidate] = []
    taken = bytearray(len(text_of(doc)) + 1)
    for c in accepted:
        # ("Republican Sen. X": a word the model named NORP is a party's name where the knowledge base knows the
        # party by it, not a people's: "Chechen leader Y")
        if not (_loose_norp(c) and knowledge.find(f"{text_of(doc)[c.start:c.end]} Party")):
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    # where a province's or a town's name the document tags ends: "Alberta NDP Leader X", "Ontario Liberal leader
    # Y" name a province's branch of a party after the place (not a state's: "U.S. Army Gen. Z")
    province_ends = set()
    for c in accepted:
        if c.type == "GPE" and (place := gazetteer.resolve(text_of(doc)[c.start:c.end], loose=False)) is not None \
                and place.level in ("admin1", "city"):
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None:
                province_ends.add(span[-1].idx)
    ends = []  # where a title that tells of a person ends (the index after it)
    for span in _people(doc, accepted):
        # "M23 spokesman Maj. Willy Ngoma" (but "Republican Sen. X": a legislator's title itself)
        i = _before_abbreviated_titles(doc, span.start, matchers, matchers.party_titles)
        if i > 0 and doc[i - 1].text == ",":
            i -= 1  # "The ELN's top commander, Antonio Garcia"
        ends.append(i)
        # "Antonio Garcia, the ELN's top commander,": a title in apposition after the name
        ends += [c.i + 1 for c in span.root.children if c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN"]
    for i in ends:
        title = _title_ending(doc, i, matchers.body_titles)
        # ("Crown prosecutor X": a job's title, after which a word is no party's name; but an acronym before it
        # is a body's: "ELN negotiator X", "OPP Commissioner Y")
        if title is None:
            continue
        # (a title that heads one kind of body only is read before a name of that kind: heads_only)
        party = title in matchers.party_titles or title.split()[-1] in matchers.party_titles \
            or _acronym_before(doc, i - len(title.split()), matchers)
        if not party and title not in matchers.kind_heads:
            continue
        heads_only = None if party else matchers.kind_heads[title]
        i -= len(title.split())
        while i > 0 and doc[i - 1].lower_ in matchers.title_qualifiers and doc[i - 1].is_lower:
            i -= 1  # "Hamas political chief X" (a capitalized qualifier may be the name itself)
        if i > 0 and doc[i - 1].tag_ == "POS":
            i -= 1  # "the ELN's top commander"
        end = i
        # (a name the tagger took for an adjective or a common noun is still compounded, "Conservative/JJ MP", "PC/NN
        # MLA"; "Democratic" qualifies)
        while i > 0 and (doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in ("compound", "nmod", "amod", "poss")
                         or doc[i - 1].dep_ == "compound" and (doc[i - 1].pos_ == "ADJ" or doc[i - 1].is_upper)
                         or i == end and _party_word(doc[i - 1], title, matchers, knowledge)) \
                and not doc[i - 1].is_lower and doc[i - 1].head.i >= i and doc[i - 1].text[:1].isalnum() \
                and not (i < end and doc[i - 1].idx in province_ends):
            i -= 1
        if i == end:
            continue
        # (a longer name read only in part: "Save the Children director X")
        if i >= 2 and doc[i - 1].is_lower and doc[i - 1].pos_ in ("DET", "ADP", "CCONJ") and doc[i - 2].is_title \
                and doc[i - 2].pos_ not in ("DET", "ADP", "CCONJ", "ADV", "PRON"):
            continue
        words = doc[i:end]
        name = words.text
        if heads_only is not None and words[-1].lower_ not in heads_only:
            continue  # ("Toronto Police Superintendent X": a rank; "Granite School District Superintendent Y" a head)
        # (a title's word may open a name that ends in a body's word: "Foreign Office Minister X")
        body = words[-1].lower_ in matchers.org_words
        # ("Box Elder School District Superintendent X": a name the model read only in part before a head's title of
        # one kind of body is the whole name; the caller drops the part)
        inside = heads_only is not None and all(
            words.start_char <= c.start and c.end <= words.end_char for c in accepted
            if c.start < words.end_char and words.start_char < c.end)
        if any(taken[words.start_char:words.end_char]) and not inside \
                or any((w.text in matchers.titles or w.lower_ in matchers.title_words) and not body for w in words) \
                or len(words) == 1 and (words[0].lower_ in matchers.not_bodies | matchers.title_qualifiers
                                        or words[0].lower_.endswith(("ed", "ing"))) \
                or name.lower() in matchers.portfolios and title.split()[-1] in matchers.portfolio_titles \
                or normalize_name(name) in matchers.demonyms or knowledge.find(name) or _large_place(name, gazetteer):
            continue
        # ("Republican Sen. X": the party the knowledge base knows by the adjective's "... Party")
        party = knowledge.find(f"{name} Party") if len(words) == 1 and words[0].ent_type_ == "NORP" else None
        out.append(Candidate(words.start_char, words.end_char, "ORG", party, "ner"))
    return out


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


def _before_abbreviated_titles(doc: Doc, i: int, matchers: Matchers, keep: Collection[str] = ()) -> int:
    """The index before the abbreviated titles ("Maj.", "Dr.") that stand right before token ``i``, except those
    in ``keep``."""
    while i > 0 and doc[i - 1].text in matchers.titles and doc[i - 1].text.endswith(".") \
            and doc[i - 1].lower_ not in keep:
        i -= 1
    return i


def _title_ending(doc: Doc, i: int, titles: Iterable[str]) -> str | None:
    """The first of ``titles`` (lower-case words) that the tokens right before index ``i`` spell."""
    return next((t for t in titles if i >= len(t.split())
                 and " ".join(w.lower_ for w in doc[i - len(t.split()):i]) == t), None)


def _acronym_before(doc: Doc, i: int, matchers: Matchers) -> bool:
    """Whether an acronym in capitals (two to six letters) stands right before the title at ``i`` written in lower
    case, or before its lower-case qualifiers and a possessive: "ELN negotiator", "the ELN's chief negotiator"."""
    if i <= 0 or i >= len(doc) or not doc[i].is_lower:
        return False
    while i > 0 and doc[i - 1].lower_ in matchers.title_qualifiers and doc[i - 1].is_lower:
        i -= 1
    if i > 0 and doc[i - 1].tag_ == "POS":
        i -= 1
    t = doc[i - 1] if i > 0 else None
    return t is not None and t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6


def _parties_after_names(doc: Doc, accepted: list[Candidate], matchers: Matchers,
                         knowledge: Knowledge) -> list[Candidate]:
    """A party named right after a person's name: a word the model named NORP in apposition to the name, which the
    knowledge base knows as "<word> Party" ("X, a Florida Republican", "Y, a Democrat from Ohio"), and the party's
    letter of US news before a state's abbreviation ("Sen. X, R-Ariz.", "Rep. Y (D-Calif.)"; names.yaml
    ``party_letters``). The body's mention, linked to the party; the relation stage reads the tie."""
    out: list[Candidate] = []
    people = {doc.char_span(c.start, c.end, alignment_mode="expand").root.i for c in accepted
              if c.type == "PERSON" and doc.char_span(c.start, c.end, alignment_mode="expand") is not None}
    for c in accepted:
        if not _loose_norp(c):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        party = knowledge.find(f"{span.text} Party") if span is not None and len(span) == 1 else None
        if party and span.root.dep_ == "appos" and span.root.head.i in people:
            out.append(Candidate(c.start, c.end, "ORG", party, "ner"))
    text = text_of(doc)
    for match in matchers.party_letter.finditer(text) if matchers.party_letter else ():
        party = knowledge.find(matchers.party_letters[match.group("letter")])
        if party and any(c.type == "PERSON" and 0 <= match.start() - c.end <= 3 for c in accepted):
            out.append(Candidate(match.start("letter"), match.end("letter"), "ORG", party, "ner"))
    return out


def _loose_norp(c: Candidate) -> bool:
    """A NORP the model named that no known actor's name or demonym holds ("Republican", "Democratic")."""
    return c.type == "NORP" and c.actor is None


def _party_word(token: Token, title: str, matchers: Matchers, knowledge: Knowledge) -> bool:
    """A capitalized adjective or common noun right before a legislator's title is a party's name, which the tagger
    took for an adjective or a noun: "Conservative/JJ leader X", "Labour/NN MP X" (relations.yaml
    ``legislator_titles``); not the first word of a sentence (capitalized as any word there), nor a faith's word
    (collectives.yaml ``modifier_words``: "Sunni lawmaker X"). A word the model named as a people or a party (NORP)
    is a party's only where the knowledge base knows "<word> Party" ("Republican Sen. X"; not "Chechen leader Y")."""
    if title not in matchers.legislator_titles or token.dep_ not in ("amod", "compound") \
            or token.pos_ not in ("ADJ", "NOUN") or not token.is_title:
        return False
    if token.ent_type_ == "NORP":
        return knowledge.find(f"{token.text} Party") is not None
    return not token.is_sent_start and token.lower_ not in matchers.faiths


def _overlaps(c: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < c.end and c.start < o.end for o in others)


def _bodies_under_weak_names(candidates: list[Candidate], dropped: list[Candidate], kept: list[Candidate],
                             doc: Doc, matchers: Matchers, gazetteer: Gazetteer,
                             headlines: list[tuple[int, int]]) -> list[Candidate]:
    """A short name in capitals the knowledge base holds only weakly ("RSF", "M23": names of other bodies too), dropped
    where its context is not named, is still a body where the statistical model took it for one (or for an acronym,
    ``_acronyms_as_bodies``): an actor of its own, unlinked, rather than nothing ("The RSF's commander X said"); so is
    one the model tagged as nothing where it stands as a party of its clause, as any acronym the model left untagged
    does (``_untagged_acronyms``: "Petro urged the ELN to free the hostages", "the BBC said the ELN had kidnapped two
    soldiers") (acr)."""
    text = text_of(doc)
    out: list[Candidate] = []
    for weak in dropped:
        if not SHORT_NAME.fullmatch(text[weak.start:weak.end]):
            continue  # (a common name held weakly, "Parliament", "Interior Ministry", may be any country's)
        span = doc.char_span(weak.start, weak.end)
        if span is not None and len(span) == 1 and not _overlaps(weak, [*kept, *out]) and _acronym_as_party(
                span[0], matchers, gazetteer, headlines, known=True):
            out.append(replace(weak, type="ORG", actor=None, source="ner", weak_context=()))
            continue
        for c in candidates:
            if c.source != "ner" or not (c.start == weak.start and c.end == weak.end) or _overlaps(c, [*kept, *out]):
                continue
            c = replace(c, actor=None)
            if c.type != "ORG":
                _acronyms_as_bodies([c], text, gazetteer, headlines)
            if c.type == "ORG":
                out.append(c)
    return out


def _no_actor_acronym(c: Candidate, text: str, matchers: Matchers) -> bool:
    """Whether the model's name is a short name in capitals that names no actor, whatever it was tagged as: a measure,
    a meeting, a law, a unit, a thing or a kind of body (acronyms.yaml ``not_actors``: "the EU's GDP", "passed the
    NDAA", "at the AGM"), a disease (names.yaml ``disease_acronyms``: "COVID cases rose") or a title standing alone
    ("MLA", where no name follows) (acr), also with a number hyphened to it ("COVID-19"). A name the knowledge base
    gives is kept."""
    name = re.sub(r"[-‐]\d+$", "", text[c.start:c.end])
    return c.source == "ner" and not c.actor and c.type in ("ORG", "NORP", "PERSON") \
        and (name in matchers.not_actors or ACRONYM.fullmatch(name) is not None and name in matchers.titles)


def _acronyms_as_bodies(accepted: list[Candidate], text: str, gazetteer: Gazetteer,
                        headlines: list[tuple[int, int]]) -> list[Candidate]:
    """An unknown name written in capitals, with digits or not ("M23", "RSF", "JNIM"), that the statistical model took
    for a place, a person or a nationality is a body's acronym: a person's name is not written so, and a place only
    where the gazetteer knows it by those letters. Not in a headline, where capitals say little."""
    for c in accepted:
        name = text[c.start:c.end]
        if c.source == "ner" and c.type in ("GPE", "PERSON", "NORP") and not c.actor \
                and ACRONYM.fullmatch(name) \
                and not any(a <= c.start < b for a, b in headlines) \
                and gazetteer.resolve(name, loose=False) is None:
            c.type = "ORG"
    return accepted


def _large_places_not_people(accepted: list[Candidate], doc: Doc, matchers: Matchers,
                             gazetteer: Gazetteer) -> list[Candidate]:
    """A one-word "person" of the statistical model that the gazetteer knows as a first-level division or a large
    town ("the rebels had taken Goma", "fighting in Rakhine") is that place where nothing marks a person: it is no
    word of a person's name the document gives in full ("Anne Hidalgo ... Hidalgo said"), no title stands before it
    ("Mayor Hidalgo") and no honorific, and the clause gives it no person's role (``_person_by_role``: "arrested
    Jackson", "Florence said", "Jackson, 34,"). Wherever the story is set: `_relabel_places` needs a country named."""
    text = doc.text
    names = {w for c in accepted if c.type == "PERSON" for w in text[c.start:c.end].split()[:-1] or ()}
    names |= {text[c.start:c.end].split()[-1] for c in accepted
              if c.type == "PERSON" and len(text[c.start:c.end].split()) >= 2}
    for c in accepted:
        name = text[c.start:c.end]
        if c.source != "ner" or c.type != "PERSON" or c.actor or " " in name or name in names:
            continue
        before = text[max(0, c.start - 30):c.start].split()
        if before and (before[-1] in matchers.titles or before[-1].rstrip(".") in matchers.titles):
            continue
        if _large_place(name, gazetteer) and not _person_by_role(c, doc, matchers):
            c.type = "GPE"
    return accepted


def _person_by_role(candidate: Candidate, doc: Doc, matchers: Matchers) -> bool:
    """Whether the clause gives a one-word name a role only a person has: the object of a verb done to people alone
    (names.yaml ``person_object_verbs``: "Police in Ukraine arrested Jackson", "Florence was charged"), the subject
    of a verb of saying ("Jackson said", "Florence told reporters"), or a name before an age ("Jackson, 34,"). A town
    is taken, shelled, reached or fought in; it is not arrested, does not speak and has no age (fig)."""
    if re.match(r"\s*,\s*\d{1,3}\s*,", doc.text[candidate.end:candidate.end + 8]):
        return True  # "Jackson, 34, was charged"
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and token.head.pos_ == "PROPN":
        token = token.head  # "arrested Jackson and Okafor"
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return (token.dep_ in ("dobj", "nsubjpass") and lemma in matchers.person_object_verbs
            or token.dep_ == "nsubj" and lemma in matchers.saying_verbs)


def _places_read_as_people(accepted: list[Candidate], doc: Doc, matchers: Matchers,
                           gazetteer: Gazetteer) -> list[Candidate]:
    """A one-word 'person' right before a title in lower case and the person who holds it ("Tigray leader
    Debretsion Gebremichael", "Darfur governor Minni Minawi") is the place the title is of, where the gazetteer knows
    it as a country, a first-level division or a city of 100,000: a person's name is not followed by another's."""
    starts = {c.start for c in accepted if c.type == "PERSON"}
    out = []
    for c in accepted:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.source == "ner" and c.type == "PERSON" and not c.actor and span is not None and len(span) == 1:
            after = span.end
            while after < len(doc) and doc[after].is_lower and doc[after].lower_ in matchers.folded_titles:
                after += 1
            if after > span.end and after < len(doc) and doc[after].idx in starts and is_place(span.text, [],
                                                                                                 gazetteer):
                c = replace(c, type="GPE")
        out.append(c)
    return out


def _people_read_as_places(accepted: list[Candidate], doc: Doc, matchers: Matchers,
                           gazetteer: Gazetteer) -> list[Candidate]:
    """A place the model read that the gazetteer does not know and no actor is, is a person where the parse joins it
    to a person ("arrested Nnamdi Kanu, Ousmane Sonko and Imran Khan": a list holds things of one kind) or an honorific
    for people alone opens it ("Sheikh Hasina's party", "Chancellor Scholz said": names.yaml ``honorifics``). So is a
    body's name of one to three proper nouns that such an honorific opens and that holds no body's word nor a kind
    of place's ("German Chancellor Olaf Scholz" the model took for a body; not "President Hotel")."""
    people = {t.i for c in accepted if c.type == "PERSON"
              for t in doc.char_span(c.start, c.end, alignment_mode="expand") or ()}
    out = []
    for c in accepted:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if (c.source == "ner" and c.type in ("GPE", "LOC", "ORG") and not c.actor and span is not None
                and all(t.text[:1].isupper() for t in span)
                and gazetteer.resolve(span.text, countries=[], loose=False) is None):
            root = span.root
            joined = {t.i for t in root.conjuncts} | ({root.head.i} if root.dep_ == "conj" else set())
            before = doc[span.start - 1] if span.start > 0 else None
            titled = before is not None and before.text.lower().rstrip(".") in matchers.honorifics
            if c.type == "ORG" and not (titled and _bare_name(span, matchers, gazetteer) and gazetteer.resolve(
                    doc[span.start - 1:span.end].text, countries=[], loose=False) is None):
                pass  # a body stays a body but for the name an honorific makes a person's
            elif joined & people or titled:
                c = replace(c, type="PERSON")
        out.append(c)
    return out


def _bare_name(span: Span, matchers: Matchers, gazetteer: Gazetteer) -> bool:
    """Whether a span is one to three capitalized proper nouns with no body's word and no kind of place's in it (a
    person's name, as far as its words tell: "Olaf Scholz", not "Elizabeth Hospital" nor "Assembly")."""
    return 1 <= len(span) <= 3 and all(
        t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in matchers.org_words
        and t.lower_ not in matchers.kind_words and not gazetteer.is_common_word(t.text) for t in span)


def _untagged_titled_people(doc: Doc, accepted: list[Candidate], matchers: Matchers,
                            gazetteer: Gazetteer) -> list[Candidate]:
    """The proper nouns right after an honorific for people alone (names.yaml ``honorifics``: "met President Ruto",
    "Chancellor Scholz met") that the parse compounds the honorific into, which the model tagged nothing and no
    mention covers, are a person's name: the title makes the person (``_people_read_as_places`` does the same for a
    name the model mistyped). Not where the gazetteer knows the title and the name together as a place (ranks and
    offices open places' names: "General Santos", "Prince Rupert"; the name alone may be a village anywhere: "Ruto"),
    nor a name holding a body's or a kind of place's word ("General Assembly")."""
    taken = _taken(text_of(doc), accepted)
    out: list[Candidate] = []
    for title in doc[:-1]:
        if not title.is_title or title.text.lower().rstrip(".") not in matchers.honorifics \
                or title.dep_ != "compound" or title.head.i <= title.i or title.head.i - title.i > 3:
            continue
        name = doc[title.i + 1:title.head.i + 1]
        if any(t.ent_iob_ != "O" or any(taken[t.idx:t.idx + len(t)]) for t in name) \
                or not _bare_name(name, matchers, gazetteer) \
                or gazetteer.resolve(doc[title.i:name.end].text, countries=[], loose=False) is not None:
            continue
        out.append(Candidate(name.start_char, name.end_char, "PERSON", None, "ner"))
    return out


def _relabel_places(accepted: list[Candidate], text: str, knowledge: Knowledge,
                    gazetteer: Gazetteer) -> list[Candidate]:
    """A one-word 'person' that is a place in a country the document names is that place ("Basrah"); an unknown
    'organisation' whose whole name is a country, a first-level division or a town there is that place too, and
    one that lists places of one country ("Haris and Varzaqan", "Ingham or Townsville") is those places."""
    countries, states = [], set()
    for c in accepted:
        record = knowledge.get(c.actor) if c.actor else None
        if record is not None and record.kind == "state" and record.country:
            countries.append(record.country)
            states.add(record.country)
        elif c.type in ("GPE", "LOC") and (area := gazetteer.resolve(text[c.start:c.end], countries=countries,
                                                                     loose=False)) is not None:
            # A division ("Queensland", "Ky.") says which country the article is in as a state's name does.
            countries += [area.country] if area.level in ("country", "admin1") and area.country else []
    persons = [text[c.start:c.end] for c in accepted if c.type == "PERSON"]
    named_states = [code for code in countries if code in states]
    # the countries of the armed groups and forces the document names ("ELN guerrillas": Colombia), for a name after a
    # place preposition ("killed five ELN guerrillas in Arauca")
    homes = named_states + [r.country for c in accepted if c.actor and (r := knowledge.get(c.actor)) is not None
                            and r.kind != "state" and r.country and r.country not in named_states]
    for c in accepted:
        name = text[c.start:c.end]
        if c.source == "ner" and c.type in ("ORG", "NORP", "PERSON") and not c.actor and (
                c.type != "PERSON" and is_place(name, named_states, gazetteer) or named_as_place(text, c.start, c.end)
                and (gazetteer.resolve(name, countries=countries) is not None or c.type in ("ORG", "PERSON")
                     and not place_list(text, c.start, c.end, countries, gazetteer))
                or c.type == "ORG" and " " not in name and _IN_PLACE.search(text, max(0, c.start - 12), c.start)
                and is_place(name, homes, gazetteer)):
            # "the southern city of Shiraz" spaCy took for a person; "the villages of Foua and Kfraya" it took for
            # an organisation, which the text names a place though the gazetteer does not know it (a town is no
            # party: docs/annotation.md, Actor and recipient); "in Arauca" after an armed group of Colombia's
            c.type = "GPE"
        if c.source != "ner" or c.type != "PERSON" or " " in name or not countries:
            continue
        if any(p != name and p.endswith(" " + name) for p in persons):
            continue  # the surname of someone named in full
        place = gazetteer.resolve(name, countries=countries, loose=False)
        if place is not None and (place.country in states or place.country in countries and _LOCATIVE.search(
                text, max(0, c.start - 12), c.start) and normalize(place.name) == normalize(name)
                and gazetteer.population(place) >= SMALL_TOWN):
            c.type = "GPE"  # "Basrah" in a story on Iraq; "the Cairns police" in one on Queensland
    out = []
    for c in accepted:
        parts = place_list(text, c.start, c.end, countries, gazetteer) if c.source == "ner" and c.type == "ORG" \
            and not c.actor else []
        out += [Candidate(start, end, "GPE", None, "ner") for start, end in parts] or [c]
    return out


def _without_inner_states(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A known name inside a longer place name is part of that name: "Western Australia", "New Mexico", "East
    Azerbaijan", "British Columbia", "Fars Province" are divisions, "North London" part of a city, not Australia,
    Mexico, Britain or the Fars news agency."""
    places = [c for c in candidates if c.source == "ner" and c.type in ("GPE", "LOC", "FAC")]
    inner = set()
    for c in candidates:
        if c.source != "knowledge":
            continue
        for p in places:
            if p.start <= c.start and c.end <= p.end and p.length > c.length and (
                    (place := gazetteer.resolve(text[p.start:p.end], loose=False)) is not None
                    and place.level != "country"):
                inner.add(id(c))
                break
    return [c for c in candidates if id(c) not in inner]


def _repeated_places(text: str, accepted: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    places = [(c.start, c.end, c.type) for c in accepted if c.type in ("GPE", "LOC") and c.source in ("ner", "place")]
    others = [(c.start, c.end) for c in accepted]
    people = [text[c.start:c.end] for c in accepted if c.type in ("PERSON", "ORG")]
    spans = repeated_place_spans(text, places, others, people, gazetteer)
    return [Candidate(start, end, kind, None, "place") for start, end, kind in spans]


def _repeated_surnames(text: str, accepted: list[Candidate], knowledge: Knowledge,
                       gazetteer: Gazetteer) -> list[Candidate]:
    """Every bare occurrence of the surname of a person the document names in full is that person: "Marc Emery ...
    Emery was released", "Munir Abdulkader ... Abdulkader was arrested", where the statistical model found no name
    or took the surname for an organisation or a place (the actors stage links the surname to the full name). Not a
    surname that is a known actor's name or a country's or division's ("Jordan"), nor one inside a longer name."""
    surnames: set[str] = set()
    for c in accepted:
        words = [w for w in text[c.start:c.end].split() if w.rstrip(",") not in NAME_SUFFIXES]
        if c.type == "PERSON" and len(words) >= 2 and re.fullmatch(r"[A-Z][\w'’-]{2,}", words[-1]):
            surnames.add(words[-1])
    out = list(accepted)
    countries: set[str] | None = None
    for surname in sorted(surnames):
        place = gazetteer.resolve(surname, loose=False)
        if knowledge.find(surname) or place is not None and place.level == "country":
            continue
        if place is not None and place.level == "admin1":
            # "Anne Hidalgo ... Hidalgo said": a division's name is the person's surname where the document names
            # nothing else of that division's country (a story on Mexico keeps Hidalgo the state)
            if countries is None:
                countries = _countries_named(text, [c for c in accepted if c.type != "PERSON"], knowledge, gazetteer)
            if place.country in countries:
                continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            over = [c for c in out if c.start < match.end() and match.start() < c.end]
            if not over:
                out.append(Candidate(match.start(), match.end(), "PERSON", None, "ner"))
            elif len(over) == 1 and (over[0].start, over[0].end) == match.span() and over[0].source == "ner" \
                    and over[0].type in ("ORG", "GPE", "LOC", "NORP", "FAC") and not over[0].actor:
                over[0].type = "PERSON"
    return sorted(out, key=lambda c: (c.start, c.end))


def _countries_named(text: str, mentions: list[Candidate], knowledge: Knowledge, gazetteer: Gazetteer) -> set[str]:
    """The countries of the known actors (not persons: a state, its army, its capital) and of the places the
    gazetteer finds ("Arauca", "Goma") among ``mentions``: context enough for a short name weak without its
    conflict ("The ELN bombed a pipeline in Arauca": other_theatres.yaml weak_aliases and context), or for a
    group's country."""
    out: set[str] = set()
    places: set[str] = set()  # each name resolved once, however often the document writes it
    for c in mentions:
        record = knowledge.get(c.actor) if c.actor else None
        if record is not None and record.country and record.kind != "person":
            out.add(record.country)
        elif c.actor is None and c.type in ("GPE", "LOC") and len(text[c.start:c.end]) > 3:
            places.add(text[c.start:c.end])
    for name in sorted(places):
        if (place := gazetteer.resolve(name, loose=False)) is not None and place.country:
            out.add(place.country)
    return out


def _repeated_bodies(text: str, accepted: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a body's name that the statistical model found once is that body: it is
    inconsistent ("Cannabis Culture" found in one sentence, missed in a quoted one; "Liberal MP X" after "the
    Liberal government"). Only where the occurrence is written as found, stands in no other mention and in no
    longer name (no capitalized word of a name right before or after it: "Liberal Party" is another name; so
    neither in a headline's run of capitals)."""
    names = {text[c.start:c.end] for c in accepted if c.type == "ORG" and c.source == "ner"}
    out = list(accepted)
    for name in sorted(n for n in names if len(n) >= 3 and n[0].isupper()):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            before = text[max(0, match.start() - 40):match.start()].split()
            after = text[match.end():match.end() + 40].split()
            if (before and before[-1][:1].isupper() and not before[-1].endswith((".", ":", ",", ";"))) \
                    or (after and re.match(r"[A-Z][a-z]", after[0])) \
                    or any(c.start < match.end() and match.start() < c.end for c in out):
                continue
            out.append(Candidate(match.start(), match.end(), "ORG", None, "ner"))
    return sorted(out, key=lambda c: (c.start, c.end))


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Top lines in headline case ("Oil Smuggling, Drug Running by Iran-Backed Militias"): capitals say little."""
    spans = []
    for match in list(re.finditer(r"[^\n]+", text))[:3]:  # a headline, a kicker, site chrome: the top lines
        words = [w for w in match.group().split() if len(w) > 3 and w[0].isalpha()]
        lowercase = [w for w in words if w[0].islower() and w.lower() not in HEADLINE_SMALL_WORDS]
        if len(words) >= 3 and not lowercase and not match.group().rstrip().endswith((".", ":")):
            spans.append(match.span())
    return spans


def _headline_only(c: Candidate, text: str, headlines: list[tuple[int, int]]) -> bool:
    """A statistical name found only in headline-case lines is most likely capitalized prose."""
    if c.type not in ("PERSON", "ORG", "NORP") or not any(s <= c.start < e for s, e in headlines):
        return False
    name = text[c.start:c.end]
    for match in re.finditer(re.escape(name), text):
        if not any(s <= match.start() < e for s, e in headlines):
            return False
    return True


def _knowledge_candidates(doc: Doc, matchers: Matchers) -> list[Candidate]:
    found = []
    exact, folded = matchers.names(doc)
    for matches, forms, fold in ((exact, matchers.forms, False), (folded, matchers.forms_folded, True)):
        for match_id, start, end in matches:
            key = doc.vocab.strings[match_id]
            mention_type, actor, context = forms[key]
            span = doc[start:end]
            if fold and span.text == span.text.lower():
                continue  # all-lowercase text is ordinary prose, not a name
            if _after_particle(doc, span.start_char, matchers.particles):
                continue  # "Mohammed Ali al-Houthi": a family name, not the Houthis
            found.append(Candidate(span.start_char, span.end_char, mention_type, actor, "knowledge", context))
    found += _sentence_initial_candidates(doc, matchers)
    return found


def _after_particle(doc: Doc, start: int, particles: set[str]) -> bool:
    """Whether a name is joined by a hyphen to a name particle before it (names.yaml ``joined_particles``): "al-"
    in "Mohammed Ali al-Houthi", not a word of its own."""
    match = re.search(r"(?<![\w'’])(\w+)[-‐]$", text_of(doc)[max(0, start - 8):start])
    return match is not None and match.group(1).lower() in particles


def _held_places(accepted: list[Candidate], doc: Doc, matchers: Matchers) -> list[Candidate]:
    """A name a participle of holding qualifies, hyphened to its holder ("insurgent-held Karabilah", "rebel-held
    Douma", "Houthi-controlled Hodeidah"; collectives.yaml ``holder_words``), is a place wherever the document
    writes it, not the person the statistical model took a town it does not know for: a held thing is ground
    (docs/annotation.md, Place; the events stage makes its holder the recipient of an attack on it)."""
    text = text_of(doc)
    held: set[str] = set()
    for c in accepted:
        if c.source != "ner" or c.actor or c.type not in ("PERSON", "ORG", "NORP"):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and any(
                t.dep_ in ("amod", "compound") and t.lower_ in matchers.holders and t.i < span.start and t.i >= 2
                and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ for t in span.root.children):
            held.add(text[c.start:c.end])
    if not held:
        return accepted
    return [replace(c, type="GPE") if c.source == "ner" and not c.actor and c.type in ("PERSON", "ORG", "NORP")
            and text[c.start:c.end] in held else c for c in accepted]


def _assailed(span: Span, matchers: Matchers) -> bool:
    """Whether a name is what an act done to places as often as to parties is done to: the object of "shelled",
    "captured", "struck" (or the subject of their passive), the "of", "on" or "against" phrase of "the shelling",
    "the capture", "the assault" (plover.yaml ``place_patient_verbs``, ``place_patient_nouns``)."""
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head  # "shelled Kherson and Mykolaiv"
    head = root.head
    # (the parser takes a name after the verb for an adverbial noun as often: "recaptured Wad Madani on Saturday")
    if (root.dep_ in ("dobj", "nsubjpass") or root.dep_ == "npadvmod" and root.i > head.i) and head.pos_ == "VERB":
        return head.lemma_.lower() in matchers.place_patient_verbs or head.lower_ in matchers.place_patient_verbs
    if root.dep_ == "pobj" and head.lower_ in matchers.place_patient_preps and head.head.pos_ == "NOUN":
        return head.head.lower_ in matchers.place_patient_nouns
    return False


def _assailed_places(accepted: list[Candidate], doc: Doc, matchers: Matchers, gazetteer: Gazetteer,
                     knowledge: Knowledge) -> list[Candidate]:
    """A name the statistical model took for a person or a body that an act done to places is done to ("Russian
    troops captured Chasiv Yar", "the shelling of Kherson": ``_assailed``) is the place the gazetteer knows by it, a
    town or a division in a country the document names (by an actor's or a place's name, or by a people's adjective
    that opens a body's: "Ukrainian troops retook Kupiansk") or a first-level division or a town of 100,000 anywhere,
    wherever the document writes it (docs/annotation.md, Place; a town is no party: *Actor and recipient*). Not a
    word of a person's name the document gives in full, nor a name after a title or an honorific, nor a common word,
    nor a name the gazetteer does not hold (plt)."""
    text = text_of(doc)
    countries: set[str] = set()
    for c in accepted:
        # a body a people's adjective opens names its state ("Ukrainian troops", "Malian soldiers")
        record = (knowledge.get(c.actor) if c.actor else None) or knowledge.get(
            matchers.demonyms.get(normalize_name(text[c.start:c.end].split()[0]), ""))
        if record is not None and record.country:
            countries.add(record.country)
        elif c.type in ("GPE", "LOC") and (area := gazetteer.resolve(text[c.start:c.end], loose=False)) is not None \
                and area.level in ("country", "admin1") and area.country:
            countries.add(area.country)
    people = {text[c.start:c.end] for c in accepted if c.type == "PERSON" and " " in text[c.start:c.end]}
    places: set[str] = set()
    for c in accepted:
        name = text[c.start:c.end]
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.source != "ner" or c.actor or c.type not in ("PERSON", "ORG", "NORP") or span is None or not (
                1 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in span)) or any(
                p != name and set(name.split()) & set(p.split()) for p in people):
            continue  # a word of a person's name the document gives in full ("Anne Hidalgo ... Hidalgo")
        before = doc[span.start - 1] if span.start else None
        if before is not None and (before.text in matchers.titles or before.text.lower().rstrip(".") in
                                   matchers.honorifics | matchers.folded_titles):
            continue
        if not _assailed(span, matchers) or gazetteer.is_common_word(name):
            continue
        place = gazetteer.resolve(name, countries=tuple(countries), loose=False)
        if place is not None and place.level in ("city", "admin2", "admin1") and (
                place.country in countries or _large_place(name, gazetteer)):
            places.add(name)
    if not places:
        return accepted
    return [replace(c, type="GPE") if c.source == "ner" and not c.actor and c.type in ("PERSON", "ORG", "NORP")
            and text[c.start:c.end] in places else c for c in accepted]


def _headed_bodies(doc: Doc, matchers: Matchers, headlines: list[tuple[int, int]]) -> list[Candidate]:
    """A body's name by its head noun (names.yaml ``body_heads``): a run of capitalised words the noun closes
    ("Karen National Liberation Army", "Al-Fateh Qurashi Brigade"), or opens before a lower-case connector
    ("Comandos de la Frontera", "Army of Islam"), is one ORG mention of the whole name, where the statistical model
    missed it or tagged a part ("Qurashi" a person). Not in a headline's title case, not across a title ("Army
    Chief General X") or a verb; a known name or a group inside still wins (they rank above the model's)."""
    def capital(t: Token) -> bool:
        return (t.is_title or t.is_upper and len(t.text) > 1) and t.pos_ in ("PROPN", "ADJ", "NOUN") \
            and t.text not in matchers.titles and not (t.lower_ == "the" and opens_sentence(t))

    out: list[Candidate] = []
    i, n = 0, len(doc)
    while i < n:
        if not capital(doc[i]) or any(a <= doc[i].idx < b for a, b in headlines):
            i += 1
            continue
        j = i + 1  # the run: capitalised words, hyphens inside a word, connectors between capitalised words
        while j < n:
            if capital(doc[j]) or doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and j + 1 < n \
                    and capital(doc[j + 1]):
                j += 1
                continue
            k = j
            while k < n and doc[k].lower_ in matchers.connectors and doc[k].is_lower:
                k += 1
            if k > j and k < n and capital(doc[k]) and doc[i].lower_ in matchers.body_heads:
                j = k  # "Comandos de la Frontera": connectors only in a name its head opens
                continue
            break
        run = doc[i:j]
        words = [t for t in run if capital(t)]
        head_first = run[0].lower_ in matchers.body_heads and len(run) > 1 and run[1].lower_ in matchers.connectors
        if len(words) >= 2 and (head_first or run[-1].lower_ in matchers.body_heads) \
                and not any("\n" in t.text or t.sent.start != run[0].sent.start for t in run):
            out.append(Candidate(run.start_char, run.end_char, "ORG", None, "ner"))
        i = j
    return out


def _names_of_common_heads(doc: Doc, matchers: Matchers, headlines: list[tuple[int, int]]) -> list[Candidate]:
    """A body's proper name right before its head noun in lower case (names.yaml ``body_heads``): "the opposition
    PASTEF party", "the Pakistan Tehreek-e-Insaf party", "the ruling ZANU-PF party" (the statistical model tags
    nothing, or the state's name alone: "Pakistan"). The capitalized proper nouns, and the hyphens inside one word,
    compounded into the head noun; the body's name is the words before the noun. Not a name the model tagged
    as a place, a people, a person or a day ("the Sudan army", "the Kachin army", "a Christmas party"), nor at a
    sentence's start or in a headline."""
    out: list[Candidate] = []
    for head in doc:
        if not (head.is_lower and head.pos_ == "NOUN" and head.lower_ in matchers.body_heads and head.i > 0):
            continue
        i = head.i
        while i > 0 and (doc[i - 1].pos_ == "PROPN" and (doc[i - 1].is_title or doc[i - 1].is_upper)
                         and doc[i - 1].text not in matchers.titles
                         or doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and i >= 2
                         and not doc[i - 2].whitespace_
                         or i < head.i and not doc[i - 1].whitespace_ and doc[i].text in ("-", "‐")
                         and doc[i - 1].is_alpha):
            i -= 1
        run = doc[i:head.i]
        if not len(run) or not run[0].text[:1].isalnum() or run[0].is_sent_start \
                or any(t.head.i not in range(i, head.i + 1) for t in run) or doc[head.i - 1].head.i != head.i \
                or any(a <= run.start_char < b for a, b in headlines):
            continue
        # (untagged words, a body's name, or a state's name that opens a longer one: "Pakistan Tehreek-e-Insaf"; not
        # a day's, a people's or a person's name, "a Christmas party")
        if any(t.ent_type_ not in ("", "ORG", "GPE") for t in run) or all(t.ent_type_ == "GPE" for t in run):
            continue
        out.append(Candidate(run.start_char, run.end_char, "ORG", None, "ner"))
    return out


def _sentence_initial_candidates(doc: Doc, matchers: Matchers) -> list[Candidate]:
    """A one-word name the knowledge base writes in lower case ("rebels", "senators") that a sentence opens with:
    the capital is the sentence's, not a name's, so "Rebels would follow ..." is the "rebels" of the later "the
    rebels" (multi-word names already match in any case, NamePatterns)."""
    found = []
    for token in doc:
        if not token.is_title or len(token.text) < 2:
            continue
        form = token.text[0].lower() + token.text[1:]
        if form not in matchers.forms or form in matchers.forms_exact_title:
            continue
        if opens_sentence(token):
            mention_type, actor, context = matchers.forms[form]
            found.append(Candidate(token.idx, token.idx + len(token.text), mention_type, actor, "knowledge", context))
    return found


def _collective_candidates(text: str, matchers: Matchers, knowledge: Knowledge) -> list[Candidate]:
    regex = matchers.collective
    if regex is None:
        return []
    found = []
    for match in regex.finditer(text):
        state_text = next(v for k, v in match.groupdict().items() if k.startswith("state") and v)
        state_id = matchers.collective_forms.get(state_text)
        if state_id is None:  # matched only case-insensitively: "us-backed" is not the US
            continue
        if re.search(r"\s+armed\s+forces$", match.group(0), re.IGNORECASE):
            continue  # "Sudanese Armed Forces", "Ukraine's armed forces": the state's own military, not a proxy
        found.append(Candidate(match.start(), match.end(), "ORG", collective_id(state_id), "collective"))
    return found


def _group_candidates(doc: Doc, known: list[Candidate], nouns: GroupNouns, knowledge: Knowledge,
                      gazetteer: Gazetteer, scope: str = "") -> tuple[list[Candidate], list[Candidate]]:
    """Collective actors (pipeline/groups.py), unless a known name covers part of them: "Iraqi Security Forces"
    known, "Iran-backed militias" a collective, "Popular Mobilization Forces" left to the statistical model. A
    generic known name ("security forces", weak without its context) yields only to a group its words give a
    country ("Jordanian security forces"). A town's name that the statistical model took for an organisation
    qualifies the group ("arrested by Danbury police": the police of Danbury).

    Returns the groups, and apart the groups that yielded only to a generic known name: they stand in for it
    where the document does not name its context."""
    found, fallback = [], []
    # A group a known name or a state stands for ("Iran-backed militias", "the Iraqi government"): a shorter or bare
    # mention of it later ("the militias", "the government") is that actor too, not a body of its own.
    stands_for: dict[str, str] = {}
    governing: dict[str, set[str]] = defaultdict(set)  # a state body's head word -> the states it is named for
    bodies = [k.start for k in known if k.type == "ORG" and k.actor and k.source in ("knowledge", "collective")]
    for start, end, key in group_spans(doc, nouns, scope, lambda t: _large_place(t.text, gazetteer), bodies):
        country = country_in(knowledge, text_of(doc)[start:end])
        over = [k for k in known if k.start < end and start < k.end]
        covering = [k for k in over if k.source == "collective" or k.source == "knowledge" and k.type in (
            "ORG", "PERSON") and not k.weak_context]
        span = doc.char_span(start, end, alignment_mode="expand")
        seated = span is not None and span[0].lower_ in nouns.seated
        if seated:
            # "a court in Bamako": the seat's name, known as its state's ("Bamako" for Mali), names no body (t33)
            covering = [k for k in covering if k.start <= span[0].idx]
        led = state_owning(knowledge, nouns, span[-1]) if span else None
        if covering and not (led is not None and all(k.type == "PERSON" and k.end <= end for k in covering)):
            # (a leader's name in a government's, "the Asad regime", names the state he governs: below)
            # the known name that holds the whole group, not a shorter one inside it ("Asad" in "Asad regime")
            whole = next((k for k in covering if k.actor and k.start <= start and end <= k.end), None)
            if whole is not None:
                stands_for.setdefault(key, whole.actor)
                if (record := knowledge.get(whole.actor)) is not None and record.kind == "state":
                    governing[text_of(doc)[start:end].split()[-1].lower()].add(whole.actor)
            continue
        if key in stands_for:
            found.append(Candidate(start, end, "ORG", stands_for[key], "group"))
            continue
        state = state_of(knowledge, nouns, text_of(doc)[start:end]) or led
        names = [t for t in span or () if t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "PERSON", "FAC")
                 and not nouns.opening_common(t) and not (seated and t.i > span[0].i)]
        if names and state is None and not _town_qualifier(names, span, gazetteer):
            continue  # a proper name ("Popular Mobilization Forces") is the statistical model's; not a leader's
            # name on a government ("the Asad regime": the state he governs)
        weak = any(k.source == "knowledge" and k.type in ("ORG", "PERSON") and k.weak_context for k in over)
        if state is not None:
            stands_for.setdefault(key, state)
            governing[text_of(doc)[start:end].split()[-1].lower()].add(state)
        key = state or key
        (fallback if weak and country is None else found).append(Candidate(start, end, "ORG", key, "group"))
    # A government named by common words alone before the text qualifies it ("accused the government ..." and later
    # "the Syrian government") is the one state the document names such a body of, as a bare "police" is the one
    # named police (pipeline/actors.py); not where it names two ("the Sudanese and Chadian governments")
    for i, candidate in enumerate(found):
        words = text_of(doc)[candidate.start:candidate.end].lower().split()
        states = governing.get(words[-1], set())
        if SCOPE in candidate.actor and words[-1] in nouns.state_bodies and len(words) == 1 and len(states) == 1:
            found[i] = replace(candidate, actor=next(iter(states)))
    return found, fallback


# A word the parse did not take for a name qualifies a group as a place's name only if it is a first-level
# division or a town this large by its own name ("Odesa", "Goma"): common words that are also small towns'
# names ("Federal", "Naval", "Union") are not.
LARGE_TOWN = 100_000


def _untagged_acronyms(doc: Doc, accepted: list[Candidate], matchers: Matchers, gazetteer: Gazetteer,
                       headlines: list[tuple[int, int]]) -> list[Candidate]:
    """An acronym in capitals that the statistical model tagged as nothing and that stands where a clause names a
    party, as its subject ("UNAMID handed over its bases", "EULEX arrested two suspects") (m39), or its object, a
    possessor, a conjunct ("Petro urged the ELN to free the hostages", "talks with the FPRC", "the FPRC's
    leader") (acr: ``acronyms.in_clause_role``), is a body: an actor of its own, unlinked where the knowledge base does
    not know it (docs/annotation.md, *Actor and recipient*: named groups and bodies are actors;
    ``_acronyms_as_bodies`` for those the model mistyped)."""
    text = text_of(doc)
    taken = _taken(text, accepted)
    return [Candidate(token.idx, token.idx + len(token), "ORG", None, "ner") for token in doc
            if not any(taken[token.idx:token.idx + len(token)])
            and _acronym_as_party(token, matchers, gazetteer, headlines)]


def _hyphened_acronyms(doc: Doc, accepted: list[Candidate], matchers: Matchers, gazetteer: Gazetteer,
                       headlines: list[tuple[int, int]]) -> list[Candidate]:
    """Acronyms joined by a hyphen with no space ("CNDD-FDD", "FDLR-FOCA", "MPLA-PT") are one body's name, which the
    tokenizer cuts in three and the model tags in part or not at all: one ORG mention of the whole, unlinked where the
    knowledge base does not know it, over the model's parts and over a known name one part is ("FDD", another body's
    acronym) (acr). Not where each part is a name the knowledge base or the gazetteer gives ("SAF-RSF fighting":
    two parties), where one is a state's ("US-NRA ties"), where one never names an actor ("GDP-PPP"), nor in a
    headline."""
    text = text_of(doc)
    out = list(accepted)
    for token in doc[:-2]:
        hyphen, second = doc[token.i + 1], doc[token.i + 2]
        parts = (token, second)
        if hyphen.text not in ("-", "‐") or token.whitespace_ or hyphen.whitespace_ or (
                token.i and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text in ("-", "‐")) or (
                second.i + 1 < len(doc) and not second.whitespace_ and doc[second.i + 1].text in ("-", "‐")):
            continue
        if not all(ACRONYM.fullmatch(t.text) for t in parts) or any(a <= token.idx < b for a, b in headlines):
            continue
        places = [gazetteer.resolve(t.text, loose=False) for t in parts]
        known = [t.text in matchers.forms or place is not None for t, place in zip(parts, places)]
        states = [matchers.forms.get(t.text, ("",))[0] == "GPE" or place is not None and place.level == "country"
                  for t, place in zip(parts, places)]
        if all(known) or any(states) or any(t.text in matchers.not_actors | matchers.titles for t in parts):
            continue
        whole = Candidate(token.idx, second.idx + len(second), "ORG", None, "ner")
        inside = [c for c in out if _overlaps(c, [whole])]
        if any(not (whole.start <= c.start and c.end <= whole.end) for c in inside):
            continue
        out = sorted([c for c in out if c not in inside] + [whole], key=lambda c: (c.start, c.end))
    return out


def _expanded_names(doc: Doc, accepted: list[Candidate], gazetteer: Gazetteer,
                    headlines: list[tuple[int, int]]) -> list[Candidate]:
    """The name an acronym in brackets spells out, word by word ("the Kenya Medical Practitioners, Pharmacists and
    Dentists Union (KMPPDU)", "the Movement for the Emancipation of the Niger Delta (MEND)":
    ``acronyms.expansion_start``), is one body's name, which the model cuts at a comma or reads in part as a place:
    one ORG mention of the whole, over the parts, which the actors stage then ties to the acronym (acr). Not where a
    mention runs past it (a known name with its acronym, "Allied Democratic Forces (ADF)"), where a person is in it,
    where the gazetteer knows the whole as a place ("the Democratic Republic of the Congo (DRC)"), nor in a headline."""
    out = list(accepted)
    for token in doc:
        start = expansion_start(doc, token.i) if token.text == "(" else None
        if start is None:
            continue
        span = doc[start:token.i]
        whole = Candidate(span.start_char, span.end_char, "ORG", None, "ner")
        inside = [c for c in out if _overlaps(c, [whole])]
        if any(not (whole.start <= c.start and c.end <= whole.end) or c.type == "PERSON"
               or (c.start, c.end) == (whole.start, whole.end) for c in inside) \
                or any(a <= whole.start < b for a, b in headlines) \
                or gazetteer.resolve(span.text, loose=False) is not None:
            continue
        out = sorted([c for c in out if c not in inside] + [whole], key=lambda c: (c.start, c.end))
    return out


def _acronym_as_party(token: Token, matchers: Matchers, gazetteer: Gazetteer,
                      headlines: list[tuple[int, int]], known: bool = False) -> bool:
    """Whether a token the model tagged as nothing is an acronym that names a party (``_untagged_acronyms``). Not in
    a headline or a line set in capitals, not a place the gazetteer knows by those letters, nor a title ("MP"), a
    disease ("AIDS": v40) or another short name that never names an actor (acronyms.yaml: "GDP", "the NDAA"); of
    three letters or more. Where the knowledge base lists the letters as a body's name (``known``: a weak short name,
    "the AU"), two letters do, and a place the gazetteer knows by them in another case ("Au", a Swiss town) does not
    stop it."""
    if not ACRONYM.fullmatch(token.text) or len(token.text) < (2 if known else 3) or token.ent_iob_ != "O" \
            or not in_clause_role(token):
        return False
    if any(a <= token.idx < b for a, b in headlines) or not any(
            any(ch.islower() for ch in t.text) for t in token.sent if t.is_alpha):
        return False
    return token.text not in matchers.titles and token.text not in matchers.not_actors \
        and (known or gazetteer.resolve(token.text, loose=False) is None)


def _untagged_places(doc: Doc, accepted: list[Candidate], matchers: Matchers, gazetteer: Gazetteer,
                     knowledge: Knowledge) -> list[Candidate]:
    """A one-word proper name the statistical model tagged as nothing, after a place preposition or as the object of
    a verb ("drones struck Odesa", "shelled Donetsk", "struck a tanker off Hodeidah"), is a place (docs/annotation.md,
    Place: the most specific place the text names for the event) where the gazetteer knows it under that very name
    as a first-level division or a town of 100,000, or as a town of 10,000 in the country of an actor the document
    names (the Houthis' Yemen, the M23's Congo); a word the model left untagged, or tagged alone with a type the
    bundle has no use for where an act done to places is done to it ("bombed Sittwe" read as a product:
    ``_odd_type_assailed``), is no person's or body's name it recognised. Not a common word, nor a word of a name
    the document gives elsewhere, nor one after a title."""
    countries = tuple(dict.fromkeys(r.country for c in accepted if c.actor and (r := knowledge.get(c.actor))
                                    is not None and r.country))
    text = text_of(doc)
    taken = _taken(text, accepted)
    names = {w for c in accepted if c.type in ("PERSON", "ORG") for w in text[c.start:c.end].split()}
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_iob_ != "O" and not _odd_type_assailed(token, matchers) \
                or not token.is_title or any(taken[token.idx:token.idx + len(token)]) or token.text in names:
            continue
        if any(n.pos_ == "PROPN" for n in (doc[token.i - 1] if token.i else None, doc[token.i + 1]
                                             if token.i + 1 < len(doc) else None) if n is not None):
            continue  # a word of a longer name
        # (the parser takes an untagged object for an adverbial noun as often: "shelled Aleppo on Wednesday")
        placed = token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS or token.dep_ in (
            "dobj", "npadvmod", "nsubjpass") and token.head.pos_ == "VERB"
        if not placed or token.i and doc[token.i - 1].text in matchers.titles or gazetteer.is_common_word(token.text):
            continue
        local = gazetteer.resolve(token.text, countries=countries) if countries else None
        if _large_place(token.text, gazetteer) or local is not None and local.country in countries and (
                local.level == "admin1" or gazetteer.population(local) >= SMALL_TOWN):
            found.append(Candidate(token.idx, token.idx + len(token), "GPE", None, "place"))
    return found


def _odd_type_assailed(token: Token, matchers: Matchers) -> bool:
    """Whether a word the model tagged alone with a type the bundle has no use for (a product, a work of art) is the
    object of an act done to places ("Myanmar junta jets bombed Sittwe", read as a product; ``_assailed``)."""
    doc = token.doc
    return token.ent_iob_ == "B" and token.ent_type_ not in NER_LABELS and not (
        token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I") and _assailed(doc[token.i:token.i + 1], matchers)


def _places_before_place_nouns(doc: Doc, accepted: list[Candidate], gazetteer: Gazetteer,
                               knowledge: Knowledge) -> list[Candidate]:
    """A proper name the model tagged as nothing or as no mention type of the bundle (a PRODUCT), compounded on a
    noun of a division ("the Kursk region", "Donetsk oblast", "Tillaberi province", "Zamfara state": names.yaml
    ``division_nouns``), is the place the gazetteer knows by that name: the place of an event, the polity a governor
    heads (docs/annotation.md, *Place*; relations.yaml ``place_offices``)."""
    nouns = word_set(knowledge.lexicon("names"), "division_nouns")
    taken = _taken(text_of(doc), accepted)
    found = []
    for token in doc:
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (after is None or after.lower_ not in nouns or token.dep_ != "compound" or token.head.i != after.i
                or not token.is_title or token.ent_type_ in NER_LABELS
                or any(taken[token.idx:token.idx + len(token)])):
            continue
        if gazetteer.is_common_word(token.text) or gazetteer.resolve(token.text, loose=False) is None:
            continue
        found.append(Candidate(token.idx, token.idx + len(token), "GPE", None, "place"))
    return found


def _lone_name(token: Token, end: int) -> bool:
    """A word of a person's entity the tagger took for a name that ends by ``end``, before a government's title ("Nova"
    of "Nova Scotia Premier X", "Zamfara State" of "Zamfara State Governor Y"): part of a place's name where the
    words with it are one the gazetteer knows (``_untagged_office_places``)."""
    doc = token.doc
    if token.ent_type_ != "PERSON":
        return False
    i = token.i
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i < end


_DIVISION_WORDS = {"state", "province", "region", "oblast", "governorate", "county", "district", "prefecture"}


def _untagged_place_after(doc: Doc, i: int, taken: bytearray, gazetteer: Gazetteer) -> Candidate | None:
    """The place after an official's titled name, "of" and one to three capitalized words the statistical model
    tagged as nothing ("Governor Babagana Zulum of Borno State"): a first-level division or a town the gazetteer
    knows under that name, or under it less a division's word ("State", "Province", "Region")."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    k = j
    while k < len(doc) and k - j < 3 and doc[k].is_title and doc[k].is_alpha and doc[k].ent_iob_ == "O" \
            and not taken[doc[k].idx]:
        k += 1
    if k == j or k < len(doc) and doc[k].is_title and doc[k].is_alpha:
        return None
    if _known_division(doc[j:k], gazetteer):
        return Candidate(doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text), "GPE", None, "place")
    return None


def _untagged_office_places(doc: Doc, accepted: list[Candidate], matchers: Matchers,
                           gazetteer: Gazetteer) -> list[Candidate]:
    """A place's name the statistical model tagged as nothing, written as the title of its own government's official
    right before the official's name: "Ontario Premier Kathleen Wynne", "Kano Governor Abba Yusuf" (the model tags
    "Calgary MLA X" or "South Carolina Governor Y" as a place, not always). The proper nouns, capitalized and
    untagged, right before a title of relations.yaml ``place_offices`` (and its ``before`` words: "Kharkiv regional
    governor X") that the person's mention follows; a first-level division or a town the gazetteer knows under that
    very name (docs/annotation.md, *Relations*: the head of a government leads it; the actors stage makes the place its
    government's actor)."""
    titles = matchers.place_office_titles
    if not titles:
        return []
    taken = _taken(text_of(doc), accepted)
    found = []
    for span in _people(doc, accepted):
        i = _before_abbreviated_titles(doc, span.start, matchers)  # "Kano Governor Dr. X"
        title = _title_ending(doc, i, titles)
        if title is None:
            continue
        after = _untagged_place_after(doc, span.end, taken, gazetteer)
        if after is not None:
            found.append(after)  # "Governor Babagana Zulum of Borno State"
        end = titled = i - len(title.split())
        while end > 0 and doc[end - 1].lower_ in matchers.place_office_before:
            end -= 1  # "Kharkiv regional governor X", "Lagos State Governor Y"
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_title and not doc[start - 1].is_stop \
                and doc[start - 1].is_alpha and (doc[start - 1].tag_ in ("NNP", "JJ") or doc[start - 1].is_sent_start) \
                and (doc[start - 1].ent_iob_ == "O" and not any(taken[doc[start - 1].idx:doc[start - 1].idx + 1])
                     or _lone_name(doc[start - 1], titled)):
            start -= 1
        if start == end or start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ == "NNP":
            continue  # (a word of a longer name: "New Ontario Premier X" is no place's)
        if _known_division(doc[start:end], gazetteer):
            found.append(Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), "GPE", None, "place"))
    return found


def _known_division(words: Span, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows these words as a first-level division or a town under that very name, or under it
    less a division's word after it ("Zamfara State", "Borno State")."""
    for span in (words, words[:-1]) if len(words) > 1 and words[-1].lower_ in _DIVISION_WORDS else (words,):
        place = gazetteer.resolve(span.text, loose=False)
        if place is not None and normalize(place.name) == normalize(span.text) and place.level in (
                "admin1", "city") and not gazetteer.is_common_word(span.text):
            return True
    return False


_PLACE_PREPS = {"in", "of", "off", "at", "near", "outside", "inside", "into", "around", "across", "on", "toward",
                "towards", "to", "from"}


def _large_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is the name of a first-level division or of a town of LARGE_TOWN people or more."""
    place = gazetteer.resolve(word, loose=False)
    if place is None or normalize(place.name) != normalize(word) or gazetteer.is_common_word(word):
        return False
    return place.level == "admin1" or place.level == "city" and gazetteer.population(place) >= LARGE_TOWN


def _town_qualifier(names: list[Token], span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the proper names in a group phrase are one name before its head that is a town or a division
    ("Danbury police", "Kharkiv police"), not the group's own name ("Popular Mobilization Forces")."""
    if names[-1].i >= span.end - 1 or any(t.ent_iob_ != "B" for t in names[:1]):
        return False
    entity = next((e for e in span.doc.ents if e.start == names[0].i), None)
    if entity is None or entity.end != names[-1].i + 1 or entity.end >= span.end:
        return False
    place = gazetteer.resolve(entity.text, loose=False)
    return place is not None and place.level in ("city", "admin2", "admin1")


def _weapon_candidates(doc: Doc, matchers: Matchers) -> list[Candidate]:
    """The weapons and platforms of the weapon list, but not one whose name is a piece of a longer name: where the
    statistical model's entity runs on past it into a further capitalized name word, that word heads the name of a
    body or a place ("the Black Hawk County Sheriff's Office", "Apache Junction", "the Kalashnikov Concern"); a word
    of the weapon list there keeps the weapon ("Black Hawk Helicopter Crashes", a headline)."""
    found = []
    for match_id, start, end in matchers.weapons(doc):
        if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ != "PRODUCT" \
                and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in matchers.weapon_words:
            continue
        span = doc[start:end]
        key = doc.vocab.strings[match_id]
        found.append(Candidate(span.start_char, span.end_char, matchers.weapon_types[key], None, "weapon"))
    return found


def _place_candidates(
    doc: Doc, known: list[Candidate], gazetteer: Gazetteer, place_matcher: PhraseMatcher
) -> list[Candidate]:
    """Curated places (bases, zones, embassies) that spaCy misses or mislabels."""
    found = []
    for ent in doc.ents:
        kind = gazetteer.kind(_strip_span(ent).text)
        if kind:
            span = _strip_span(ent)
            found.append(Candidate(span.start_char, span.end_char, kind, None, "place"))
    for _, start, end in place_matcher(doc):
        span = doc[start:end]
        kind = gazetteer.kind(span.text) if span.text != span.text.lower() else None
        if kind:
            found.append(Candidate(span.start_char, span.end_char, kind, None, "place"))
    return found


def _place_matcher(gazetteer: Gazetteer) -> PhraseMatcher:
    nlp = load_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    names = sorted({name for name, _ in gazetteer.names()})
    for name, pattern in zip(names, nlp.tokenizer.pipe(names), strict=False):
        # One-word names ("Hit", "Sinjar") are left to the statistical model: as words they are too common.
        if len(pattern) > 1:
            matcher.add(name.lower(), [pattern])
    return matcher


def _strip_span(span: Span) -> Span:
    """The span without a leading article or a trailing possessive."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].text in LEADING_WORDS:
        start += 1
    while end > start + 1 and span.doc[end - 1].text in POSSESSIVE:
        end -= 1
    return span.doc[start:end]


def _wrap(token: Token) -> bool:
    """Whether a white-space token is a hard wrap inside a sentence ("lawyer John\n    Bonifaz"): the parse did not
    start a sentence after its line break (nlp.line_breaks)."""
    doc = token.doc
    return "\n" in token.text and token.text.count("\n") == 1 and token.i + 1 < len(doc) \
        and not doc[token.i + 1].is_space and not doc[token.i + 1].is_sent_start


def _joined_across_wraps(doc: Doc) -> list[Span]:
    """The statistical model's entities, a name that a hard wrap cuts in two joined again: it tags each line's part
    apart ("John\n    " and "Bonifaz", both PERSON), so the person was two names. Two entities of one label with
    nothing between them but the wrap are one; an entity a wrap cuts otherwise is left as it was (cut at the
    break)."""
    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        words = [t for t in last if not t.is_space] if last is not None else []
        # one label on both lines; or a given name alone before the wrap, whose surname the model took for a
        # place or a body on its own ("John\n    Bonifaz": PERSON, then GPE)
        same = last is not None and last.label_ == ent.label_ and ent.label_ in ("PERSON", "ORG", "GPE")
        given = last is not None and last.label_ == "PERSON" and len(words) == 1 and len(ent) == 1 \
            and ent.label_ in ("GPE", "ORG", "NORP")
        if last is not None and words and (same or given):
            between = ([last[-1]] if last[-1].is_space else []) + list(doc[last.end:ent.start])
            if len(between) == 1 and _wrap(between[0]) and ent[0].is_title:
                out[-1] = Span(doc, last.start, ent.end, label=last.label_)
                continue
        out.append(ent)
    return out


def _titled_runs(ents: list[Span], matchers: Matchers) -> list[Span]:
    """An entity that ends in the one-word title of a place's government, and the person's names right after it
    ("Kherson Governor | Oleksandr | Prokudin": the tagger took the place and the title for one person, then each
    name for another), are one person's entity, "Kherson Governor Oleksandr Prokudin", which the candidate reads as
    "Calgary MLA Sandra Jansen" (the place before the title, the person after it; relations.yaml ``place_offices``).
    And a person's entity and a one-word one right after it that the parse compounds into one name ("Iyad Ag |
    Ghaly")."""
    out: list[Span] = []
    titled = False  # whether the last entity kept is a title's run already
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end and len(ent) == 1 \
                and last[-1].dep_ == "compound" and last[-1].head.i == ent.start and ent[0].pos_ == "PROPN" \
                and ent[0].is_title and last[-1].whitespace_ and len(last) < 4:
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")  # "Iyad Ag | Ghaly": one name
            continue
        if last is not None and ent.label_ == "PERSON" and ent.start == last.end and len(ent) <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in ent) and (titled or last.label_ in (
                "PERSON", "ORG", "GPE") and len(last) > 1 and last[-1].is_title
                and last[-1].lower_ in matchers.place_office_words) and len(last) + len(ent) <= 6:
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
            titled = True
            continue
        out.append(ent)
        titled = False
    return out


def _places_bodies(ents: list[Span], matchers: Matchers) -> list[Span]:
    """A place's name and the capitalized words before it that the parse compounds into it, each a word of a kind of
    body (names.yaml ``kind_words``: "Police") or of a ministry's field (relations.yaml ``portfolios``:
    "Environment"), are one body's name, that place's ("Police Scotland", "Environment Canada", "Transport
    Scotland"): the statistical model, unsure of a sentence's first capital, took only the place. Not a title
    before it ("Defense Secretary Austin"), nor words another entity holds."""
    out: list[Span] = []
    for ent in ents:
        first = ent.start
        while first > 0 and (word := ent.doc[first - 1]).pos_ == "PROPN" and word.is_title and word.ent_iob_ == "O" \
                and word.dep_ == "compound" and word.head.i == ent.end - 1 and word.lower_ in (
                matchers.kind_words | matchers.portfolios):
            first -= 1
        opens = first == 0 or not ent.doc[first - 1].is_title
        out.append(Span(ent.doc, first, ent.end, label="ORG") if ent.label_ == "GPE" and first < ent.start and opens
                   else ent)
    return out


def _places_after_bodies(ents: list[Span], matchers: Matchers) -> list[Span]:
    """A one-word name the model took for a body, "in" which a body named right before it is, is a place: "the
    Islamic Association in Brandbergen", as "the Somali Community Association in Rinkeby" (a body is in a place, not
    in another body). Not a name the knowledge base knows, nor one holding a body's word ("in Parliament")."""
    out: list[Span] = []
    for ent in ents:
        word = ent[-1]
        last = out[-1] if out else None
        if ent.label_ == "ORG" and len(ent) == 1 and last is not None and last.label_ == "ORG" \
                and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.i == last.end \
                and word.head.head.i == last.end - 1 and word.lower_ not in matchers.org_words \
                and ent.text.lower() not in matchers.forms_folded:
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


def _one_building(ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Two names joined by "and" before a building's word are one building's name: "the Saint Peter and Saint Paul
    Coptic Orthodox Church", "Sts. Cyril and Methodius Cathedral" (the tagger takes the first saint for a town, and
    the town made the attack two, one in Saint Peter, Minnesota). The building's word is one of the kinds of place
    that name no place (data/not_places.txt: Church, Mosque, Hospital ...); a state before it is a list ("Iraq and
    the Al-Rasheed Hotel")."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ in ("FAC", "ORG", "PERSON") and last.label_ in (
                "FAC", "GPE", "LOC", "PERSON", "ORG") and (
                gazetteer.is_common_word(ent[-1].text) and ent.start == last.end + 1
                and ent.doc[last.end].lower_ in ("and", "&")
                and all(t.is_title or t.is_punct or t.lower_ == "the" for t in last)
                and ((place := gazetteer.resolve(last.text)) is None or place.level != "country")):
            out[-1] = Span(ent.doc, last.start, ent.end, label="FAC" if ent.label_ == "PERSON" else ent.label_)
            continue
        out.append(ent)
    return out


# A day and month right before a year the tagger took alone: "29 Apr | 2020", "April 29, | 2020".
_DAY_BEFORE_YEAR = re.compile(rf"(?<![\w.])(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})\.?,?|(?:{MONTH})\.?\s+\d{{1,2}}"
                              rf"(?:st|nd|rd|th)?,?)\s+$", re.IGNORECASE)


def _person_after_title(span: Span, matchers: Matchers) -> Span | None:
    """The person's name after a legislator's title inside a body's entity ("Labour MP Jess Phillips"), or after the
    one-word title of a place's government ("Manitoba Premier Brian Pallister", "Kherson Governor X" taken whole for
    a body: relations.yaml ``place_offices``): two or three capitalized proper nouns that close the entity, after a
    title (relations.yaml ``legislator_titles``) that is not its first word; no body's word among them."""
    inner = [t.i for t in span[1:-2] if t.lower_ in matchers.legislator_titles
             or t.is_title and t.lower_ in matchers.place_office_words]
    if not inner:
        return None
    name = span.doc[inner[-1] + 1:span.end]
    if not 2 <= len(name) <= 3 or any(t.pos_ != "PROPN" or not t.is_title or t.lower_ in matchers.org_words
                                      for t in name):
        return None
    return name


def _surname_left_out(span: Span, matchers: Matchers) -> Span:
    """A person's entity with the surname the tagger left out right after it: "Iyad Ag | Ghaly" of "JNIM leader Iyad
    Ag Ghaly", where the entity's last word is a compound of the next, a capitalized proper noun the tagger named
    nothing (not a body's or a title's word: "Vladimir Putin Administration", "X Jr." stay as they are; not one
    before a title: "Nova | Scotia Premier X")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.start < 5 and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ == "O" and doc[end].is_alpha \
            and doc[end].lower_ not in matchers.org_words and doc[end].text not in matchers.titles \
            and doc[end - 1].whitespace_ and not (end + 1 < len(doc) and doc[end + 1].text in matchers.titles):
        end += 1  # (not a word that qualifies a title after it: "Nova | Scotia Premier X" is a place's)
    return doc[span.start:end] if end > span.end else span


def _ner_candidate(ent: Span, matchers: Matchers) -> Candidate | None:
    label = ent.label_
    if label not in NER_LABELS:
        return None
    breaks = [t.i for t in ent if "\n" in t.text and not _wrap(t)]
    if breaks:  # a name never runs across a line break, but a hard wrap's: keep what comes before it
        ent = ent.doc[ent.start:breaks[0]]
        if not len(ent):
            return None
    span = ent if label in ("DATE", "TIME", "MONEY", "QUANTITY") else _strip_span(ent)
    if label == "DATE" and re.fullmatch(r"\d{4}", span.text) and (
            day := _DAY_BEFORE_YEAR.search(text_of(span.doc), max(0, span.start_char - 24), span.start_char)):
        # the tagger took only the year of "On 29 Apr 2020": the day and month before it are the same date
        span = span.doc.char_span(day.start(), span.end_char, alignment_mode="expand") or span
    if label in ("PERSON", "ORG") and _capital_of_common_noun(span) and span.text.lower() not in matchers.forms_folded \
            and span[0].head.lower_ not in matchers.folded_titles:
        return None  # ... not a known name, nor a body before a title ("Labour leader Keir Starmer")
    words = {t.text.lower() for t in span}
    if label in ("GPE", "ORG", "NORP") and all(t.text in matchers.titles or t.is_punct for t in span) \
            and any(t.text.endswith(".") and t.text[:-1].isalpha() for t in span) \
            and span.text.lower() not in matchers.forms_folded:
        return None  # an abbreviated title alone ("Det." taken for a place) names nothing
    if label == "PERSON":
        start = span.start
        while start < span.end and span.doc[start].text in matchers.titles | {"."}:
            start += 1
        if start == span.end:
            return None  # a title alone ("Cmdr.") names no one
        # "Calgary MLA Sandra Jansen", "Toronto Councillor X": a place's name before a title; the name is after it
        inner = [t.i for t in span.doc[start:span.end - 1] if t.text in matchers.titles and t.i > start]
        if inner and all(t.pos_ == "PROPN" for t in span.doc[start:inner[-1]]) and span.doc[span.end - 1].is_title:
            start = inner[-1] + 1
            while start < span.end - 1 and span.doc[start].text in matchers.titles | {"."}:
                start += 1
        span = span.doc[start:span.end]
        span = _surname_left_out(span, matchers)
        if words & matchers.org_words:
            label = "ORG"
    elif label == "GPE" and words & matchers.org_words:
        label = "ORG"
    elif label == "LOC" and words & matchers.body_heads and len(span) > 1:
        label = "ORG"  # "Bloc Québécois" taken for a region: a body's head names a body (names.yaml body_heads)
    elif label == "ORG" and (person := _person_after_title(span, matchers)) is not None:
        # "Labour MP Jess Phillips" taken whole for a body: the person is the name after the legislator's title (the
        # party's name before it is read as one, _bodies_before_titles)
        span, label = person, "PERSON"
    if not span.text.strip() or not any(ch.isalnum() for ch in span.text):
        return None
    return Candidate(span.start_char, span.end_char, label, None, "ner")


def _capital_of_common_noun(span: Span) -> bool:
    """Whether a one-word name is only a sentence's first word that qualifies a common noun after it ("Cabin crew at
    Lufthansa", "Ground staff walked out"): the tagger read no proper noun there, and a name would be one (issue 11,
    helper act). "Hamas fighters", "Reuters reported" keep theirs."""
    if len(span) != 1 or not span[0].is_sent_start or span[0].tag_ in ("NNP", "NNPS") or not span[0].is_title:
        return False
    head = span[0].head
    return head.i == span[0].i + 1 and head.tag_ in ("NN", "NNS") and head.text.islower()


def _office_country(c: Candidate, text: str, nouns: GroupNouns, gazetteer: Gazetteer) -> str | None:
    """The country of an office of a place's government (pipeline/groups.py ``_place_officials``: "the governor of
    Borno State", "the mayor of Mariupol"): the country of the place its key names, as the gazetteer knows it (the
    longest tail of the place's words it knows: "Russia's Belgorod region" is Belgorod's); else None."""
    title = text[c.start:c.end].lower()
    if not c.actor or not c.actor.startswith(f"{LOCAL}ORG:{title} of ") or title not in nouns.place_offices:
        return None
    words = c.actor.removeprefix(f"{LOCAL}ORG:{title} of ").partition(SCOPE)[0].split()
    for i in range(len(words)):
        if (place := gazetteer.resolve(" ".join(words[i:]), loose=False)) is not None and place.country:
            return place.country
    return None


def _state_named_companies(candidates: list[Candidate], doc: Doc, matchers: Matchers,
                           knowledge: Knowledge) -> list[Candidate]:
    """A body whose whole name the statistical model found holds a known name but is not it (issue 11, helper act):
    the whole name is the body, the known name inside it no actor of its own (docs/annotation.md, Actor and
    recipient: named bodies the knowledge base does not know are actors, their country from the text).

    - A state's or a place's name opens it and words that name no state's institution close it ("British Airways",
      "Ethiopian Airlines", "Ottawa Humane Society", "Baghdad Chamber of Commerce"), or closes it after such words
      ("Air Canada", "Bank of Canada", "Transport Canada"): a company or a society of that place, not the state and
      a residue. A word that names an institution ("Iraqi Army", "Turkish Foreign
      Ministry", "Russian Embassy": names.yaml ``org_words``, ``body_heads``, ``office_nouns``, ``kind_words``)
      leaves the state's name to the state.
    - A known body's alias with words of its own ("Canadian Red Cross", "Kenya Red Cross Society"): another body
      than the known one, unless its words are only names of the body's own country or of peoples ("Iranian
      IRGC" is the IRGC), or name an institution or a title ("Hamas Political Bureau").
    A name the knowledge base lists is matched whole and never reaches here (the longer match wins)."""
    institution = matchers.org_words | matchers.body_heads | matchers.office_nouns | matchers.kind_words \
        | matchers.folded_titles
    text = text_of(doc)
    inner: dict[int, list[int]] = defaultdict(list)  # a NER body's index -> the known names and places inside it
    bodies = [i for i, c in enumerate(candidates) if c.source == "ner" and c.type == "ORG"]
    for i, k in enumerate(candidates):
        if k.source not in ("knowledge", "place"):
            continue
        for b in bodies:
            c = candidates[b]
            if c.start <= k.start and k.end <= c.end and k.length < c.length:
                inner[b].append(i)
    dropped: set[int] = set()
    for b, found in inner.items():
        c = candidates[b]
        words = text[c.start:c.end].split()
        if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha() or words[-1].isupper() \
                or knowledge.find(text[c.start:c.end]) is not None:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and (any(t.pos_ == "ADP" and t.lower_ not in matchers.connectors for t in span) or (
                span.root.dep_ == "pobj" and span.root.head.head.text in matchers.titles)):
            # "Rapid Support Forces in Jeddah": the model ran a place phrase into the name; "Envoy for Syria Staffan
            # de Mistura": a title's place and the person after it, no body
            continue
        records = {i: knowledge.get(candidates[i].actor) if candidates[i].actor else None for i in found}
        known = [i for i in found if (r := records[i]) is not None and r.kind not in ("state", "ethnic group")
                 and candidates[i].type != "NORP"]
        if known:
            own = _free_words(text, c, [candidates[i] for i in known])
        elif any(candidates[i].start == c.start for i in found):  # "Ottawa Humane Society"
            own = text[max(candidates[i].end for i in found):c.end].split()
        elif any(candidates[i].end == c.end for i in found):  # "Air Canada", "Bank of Canada"
            own = text[c.start:min(candidates[i].start for i in found)].split()
            own = own if own and own[0][:1].isupper() else []
        else:
            continue  # a place inside a name, neither opening nor closing it, is read as before
        if not own or any(w.lower().strip(".,") in institution for w in own):
            continue
        if known:
            countries = {records[i].country for i in known}  # type: ignore[union-attr]
            foreign = [i for i in found if i not in known and (r := records[i]) is not None and r.kind == "state"
                       and r.country not in countries]
            free = [w for w in _free_words(text, c, [candidates[i] for i in found]) if w[:1].isupper()]
            if not foreign and not free:
                continue
        dropped.update(found)
    return [c for i, c in enumerate(candidates) if i not in dropped]


def _free_words(text: str, body: Candidate, inside: list[Candidate]) -> list[str]:
    """The words of a body's name that no known name or place inside it covers."""
    covered = bytearray(body.length)
    for k in inside:
        covered[k.start - body.start:k.end - body.start] = b"\x01" * k.length
    return [w.group() for w in re.finditer(r"\S+", text[body.start:body.end]) if not any(covered[w.start():w.end()])]


def _resolve_overlaps(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Keep the best of overlapping candidates; a statistical span keeps what the better ones leave of it."""
    def rank(c: Candidate) -> int:
        # A longer person name outranks a known name inside it: "Abu Fadak Zaydi" is not "Abu Fadak".
        if c.source == "ner" and c.type == "PERSON" and not NOT_IN_NAMES.search(text_of(doc)[c.start:c.end]) and any(
            k.type == "PERSON" and k.source == "knowledge" and c.start <= k.start and k.end <= c.end
            and k.length < c.length for k in candidates
        ):
            return PRIORITY["knowledge"]
        if c.source == "group" and any(k.source == "knowledge" and k.type == "NORP" and (k.start, k.end) == (
                c.start, c.end) for k in candidates):
            return PRIORITY["knowledge"] + 1  # "protests by Turks": the crowd, not their state (groups._assembled)
        return PRIORITY[c.source]

    ranked = sorted(candidates, key=lambda c: (-rank(c), -c.length, c.start, c.type))
    taken: list[Candidate] = []
    occupied = bytearray(len(text_of(doc)) + 1)
    for c in ranked:
        if any(occupied[c.start:c.end]):
            if c.source != "ner":
                continue
            c = _residue(c, occupied, doc)
            if c is None:
                continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(taken, key=lambda c: (c.start, c.end))


def _residue(c: Candidate, occupied: bytearray, doc: Doc) -> Candidate | None:
    """What is left of a statistical span once better matches took its start or end ("Iraqi | Mustafa Al-Kadhimi")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not any(occupied[t.idx:t.idx + len(t.text)])]
    if not tokens or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # the free tokens are not one run
    rest = _strip_span(doc[tokens[0].i:tokens[-1].i + 1])
    if not any(t.pos_ == "PROPN" for t in rest) or any(occupied[rest.start_char:rest.end_char]):
        return None
    return Candidate(rest.start_char, rest.end_char, c.type, None, "ner")
