"""Candidates from the knowledge base and the lexicons: known names, "X-led" compounds and coalitions, collectives,
groups, weapons, curated places."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..knowledge import Knowledge, normalize_name
from ..nlp import load_nlp
from . import text_of
from .entity_matchers import KIND_TYPES, Candidate, Matchers, collective_id
from .entity_ner import _strip_span
from .entity_places import _large_place
from .group_phrases import group_spans
from .group_states import country_in, state_of, state_owning
from .groups import SCOPE, GroupNouns, opens_sentence


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
