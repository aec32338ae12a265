"""Load the knowledge data files (actors, lexicons) into validated, indexed records."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import KnowledgeError
from .lexicons import check_lexicon
from .model import ACTOR_KINDS

DATA_DIR = Path(__file__).parent / "data"
ACTORS_DIR = DATA_DIR / "actors"
LEXICONS_DIR = DATA_DIR / "lexicons"

ACTOR_KEYS = {"id", "name", "kind", "country", "wikidata", "aliases"}
OPTIONAL_ACTOR_KEYS = {"weak_aliases", "context", "demonyms", "capitals"}
# libyaml's loader where PyYAML was built with it: five times faster on the actor files.
YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class ActorRecord:
    """One actor of the knowledge base, as its data file gives it."""

    id: str
    name: str
    kind: str
    country: str | None
    wikidata: str | None
    aliases: list[str]
    weak_aliases: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    path: str = ""
    line: int | None = None


def normalize_name(text: str) -> str:
    """Fold a name for comparison: accents, case, apostrophes, hyphens, a leading 'the', and white space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"[\-‐‑–—_/.,']", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_name(text)).strip("-") or "actor"


def word_set(lexicon: Mapping[str, Any], key: str) -> set[str]:
    """A lexicon's list of words under ``key``, lower-cased, as a set (empty where the key is missing or blank)."""
    return {str(w).lower() for w in lexicon.get(key) or ()}


def word_map(lexicon: Mapping[str, Any], key: str) -> dict[str, str]:
    """A lexicon's mapping under ``key`` (word -> what the lexicon gives it), its words lower-cased."""
    return {str(k).lower(): str(v) for k, v in (lexicon.get(key) or {}).items()}


def read_yaml_records(path: Path) -> list[tuple[dict[str, Any], int]]:
    """A YAML file holding a list of mappings, each with the line it starts on (1-based)."""
    try:
        text = path.read_text(encoding="utf-8")
        loader = YamlLoader(text)
        try:
            root = loader.get_single_node()  # the node tree gives each record's line
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), f"cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise KnowledgeError(str(path), f"is not valid YAML: {getattr(exc, 'problem', exc)}", line) from exc
    if data is None:
        return []
    if not isinstance(data, list) or root is None:
        raise KnowledgeError(str(path), "must hold a list of records (each starting with '- ')", 1)
    records = []
    for item, node in zip(data, root.value, strict=False):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            raise KnowledgeError(str(path), "each record must be a mapping of fields", line)
        records.append((item, line))
    return records


def _string_list(value: Any, what: str, path: Path, line: int) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(str(path), f"{what} must be a list of non-empty strings", line)
    return list(value)


def parse_actor(item: dict[str, Any], path: Path, line: int) -> ActorRecord:
    """Validate one actor record; the error names the file, the line and the problem."""
    label = f"actor {item.get('id')!r}" if item.get("id") else "actor"
    missing = ACTOR_KEYS - item.keys()
    if missing:
        raise KnowledgeError(str(path), f"{label} lacks {', '.join(sorted(missing))}", line)
    unknown = item.keys() - ACTOR_KEYS - OPTIONAL_ACTOR_KEYS
    if unknown:
        raise KnowledgeError(str(path), f"{label} has unknown field(s) {', '.join(sorted(unknown))}", line)
    if not isinstance(item["id"], str) or not SLUG.match(item["id"]):
        raise KnowledgeError(str(path), f"{label}: id must be a lowercase slug like 'kataib-hezbollah'", line)
    if not isinstance(item["name"], str) or not item["name"].strip():
        raise KnowledgeError(str(path), f"{label}: name must be a non-empty string", line)
    if item["kind"] not in ACTOR_KINDS:
        raise KnowledgeError(
            str(path), f"{label}: kind {item['kind']!r} is not one of {', '.join(ACTOR_KINDS)}", line
        )
    country = item["country"]
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)):
        raise KnowledgeError(str(path), f"{label}: country {country!r} is not an ISO alpha-3 code", line)
    wikidata = item["wikidata"]
    if wikidata is not None and not (isinstance(wikidata, str) and re.fullmatch(r"Q\d+", wikidata)):
        raise KnowledgeError(str(path), f"{label}: wikidata {wikidata!r} is not a QID like 'Q794'", line)
    record = ActorRecord(
        id=item["id"], name=item["name"].strip(), kind=item["kind"], country=country, wikidata=wikidata,
        aliases=_string_list(item["aliases"], f"{label}: aliases", path, line),
        weak_aliases=_string_list(item.get("weak_aliases"), f"{label}: weak_aliases", path, line),
        context=_string_list(item.get("context"), f"{label}: context", path, line),
        demonyms=_string_list(item.get("demonyms"), f"{label}: demonyms", path, line),
        capitals=_string_list(item.get("capitals"), f"{label}: capitals", path, line),
        path=str(path), line=line,
    )
    if record.weak_aliases and not record.context:
        raise KnowledgeError(str(path), f"{label}: weak_aliases need a context (actor ids)", line)
    if record.name not in record.aliases:
        record.aliases.insert(0, record.name)
    return record


class Knowledge:
    """The actor knowledge base and the lexicons, loaded and indexed once."""

    def __init__(self, actors: Iterable[ActorRecord], lexicons: dict[str, Any]) -> None:
        self.actors: dict[str, ActorRecord] = {}
        owner: dict[str, str] = {}
        for record in actors:
            if record.id in self.actors:
                first = self.actors[record.id]
                raise KnowledgeError(
                    record.path, f"actor id {record.id!r} is already defined at {first.path} line {first.line}",
                    record.line,
                )
            self.actors[record.id] = record
            for alias in record.aliases + record.demonyms + record.capitals:
                other = owner.setdefault(alias, record.id)
                if other != record.id:
                    raise KnowledgeError(
                        record.path,
                        f"alias {alias!r} is given to two actors ({other}, {record.id}); qualify one",
                        record.line,
                    )
        for record in self.actors.values():
            unknown = [c for c in record.context if c not in self.actors]
            if unknown:
                raise KnowledgeError(
                    record.path, f"actor {record.id!r}: context names unknown actor(s) {', '.join(unknown)}",
                    record.line,
                )
        self.lexicons = lexicons
        self._by_normalized: dict[str, str] = {}
        for record in self.actors.values():
            for alias in record.aliases:
                self._by_normalized.setdefault(normalize_name(alias), record.id)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Knowledge:
        """The built-in data files plus the user's: actor YAML files or folders of them."""
        paths = sorted(ACTORS_DIR.glob("*.yaml"))
        for path in extra:
            path = Path(path)
            paths.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
        records = [parse_actor(item, path, line) for path in paths for item, line in read_yaml_records(path)]
        lexicons = {p.stem: builtin_lexicon(p.stem) for p in sorted(LEXICONS_DIR.glob("*.yaml"))}
        return cls(records, lexicons)

    def get(self, actor_id: str) -> ActorRecord | None:
        return self.actors.get(actor_id)

    def find(self, name: str) -> str | None:
        """The id of the actor one of whose aliases is ``name`` once normalized."""
        return self._by_normalized.get(normalize_name(name))

    def states(self) -> Iterator[ActorRecord]:
        return (r for r in self.actors.values() if r.kind == "state")

    def lexicon(self, name: str) -> Any:
        try:
            return self.lexicons[name]
        except KeyError:
            raise KnowledgeError(str(LEXICONS_DIR / f"{name}.yaml"), "lexicon file is missing") from None


def guess_kind(knowledge: Knowledge, name: str, mention_type: str) -> str:
    """The kind of an actor the knowledge base does not know, from its mention type and its name's words (names.yaml
    kind_words: "separatists" an armed group, "police" a government body)."""
    if mention_type == "PERSON":
        return "person"
    if mention_type == "GPE":
        return "government"  # a place that stands for its government ("South Carolina Governor X")
    words = set(name.lower().split())
    for kind, cues in knowledge.lexicon("names")["kind_words"].items():
        if any(cue.lower() in words or (" " in cue and cue.lower() in name.lower()) for cue in cues):
            return kind
    return "organization"


def _read_lexicon(path: Path) -> Any:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YamlLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise KnowledgeError(str(path), f"is not valid YAML: {exc}", mark.line + 1 if mark else None) from exc
    check_lexicon(path.stem, data, path)
    return data


@cache
def builtin_lexicon(name: str) -> Any:
    """The built-in lexicon ``name`` (lexicons/NAME.yaml), read and checked once per process: the closed classes of
    words (prepositions, pronouns, place nouns) that a stage's module-level functions read, which take no
    Knowledge, and Knowledge.load's lexicons: each file is parsed once, whoever asks first. Read-only: callers
    that need a changed lexicon copy it (``{**lexicon, key: value}``)."""
    return _read_lexicon(LEXICONS_DIR / f"{name}.yaml")


@cache
def default_knowledge() -> Knowledge:
    """The built-in knowledge, loaded once per process."""
    return Knowledge.load()
