"""Bodies' names the statistical model misses or cuts: by their head noun, in lower case, repeated, or holding a known
name."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from ..knowledge import Knowledge
from . import text_of
from .entity_matchers import Candidate, Matchers
from .groups import opens_sentence


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
