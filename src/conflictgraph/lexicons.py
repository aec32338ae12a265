"""Check the lexicons' vocabulary when they load: every event type, mode, predicate and kind they name must be
one of :mod:`conflictgraph.core.vocabulary`, so a typo or a stale PLOVER name fails at once, naming its line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .core.vocabulary import ACTOR_KINDS, EVENT_TYPES, LEXICON_MENTION_TYPES, MODES, PREDICATES
from .errors import KnowledgeError


def check_lexicon(name: str, data: Any, path: Path) -> None:
    """Raise a KnowledgeError where lexicon ``name`` names a type, mode, predicate or kind the vocabulary lacks."""
    for section, value, allowed, what in _named(name, data):
        if value not in allowed:
            raise KnowledgeError(
                str(path), f"{section}: {value!r} is not {what} (known: {', '.join(allowed)}); "
                           "see conflictgraph/core/vocabulary.py", _line_of(path, value))


def _named(name: str, data: Any) -> Iterable[tuple[str, str, tuple[str, ...], str]]:
    """(section, value, allowed values, what a value must be) for every vocabulary word the lexicon uses."""
    if not isinstance(data, dict):
        return
    if name == "plover":
        for section in ("verbs", "nouns", "modes"):
            for event_type in data.get(section) or {}:
                yield section, event_type, EVENT_TYPES, "a PLOVER event type"
        for section in ("occurring_types", "hostile_types"):
            for event_type in data.get(section) or []:
                yield section, event_type, EVENT_TYPES, "a PLOVER event type"
        for event_type, modes in (data.get("modes") or {}).items():
            for mode in modes or {}:
                yield f"modes: {event_type}", mode, MODES.get(event_type, ()), f"a mode of {event_type}"
    elif name == "relations":
        for entry in [*(data.get("patterns") or []), *(data.get("prefix_compounds") or [])]:
            if isinstance(entry, dict):
                yield "patterns", entry.get("predicate"), PREDICATES, "a relation predicate"
                for key in ("subject_kind", "object_kind", "subject_not_kind", "object_not_kind"):
                    for kind in entry.get(key) or []:
                        yield f"patterns: {key}", kind, ACTOR_KINDS, "an actor kind"
        for predicate in (data.get("compounds") or {}).values():
            yield "compounds", predicate, PREDICATES, "a relation predicate"
        for kind, kinds in (data.get("part_of_kinds") or {}).items():
            for value in [kind, *(kinds or [])]:
                yield "part_of_kinds", value, ACTOR_KINDS, "an actor kind"
    elif name == "weapons":
        for mention_type in data:
            yield "weapons", mention_type, LEXICON_MENTION_TYPES, "a mention type the weapon lexicon defines"
    elif name == "names":
        for kind in data.get("kind_words") or {}:
            yield "kind_words", kind, ACTOR_KINDS, "an actor kind"
    elif name == "speech":
        for kinds in (data.get("described_speakers") or {}).values():
            for kind in kinds or []:
                yield "described_speakers", kind, ACTOR_KINDS, "an actor kind"


def _line_of(path: Path, value: Any) -> int | None:
    """The first line of the file that names ``value`` as a key or a list item, for the error message."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    word = re.compile(rf"(?<![\w-]){re.escape(str(value))}(?![\w-])")
    for number, line in enumerate(lines, 1):
        code = line.split("#", 1)[0]
        if word.search(code):
            return number
    return None
