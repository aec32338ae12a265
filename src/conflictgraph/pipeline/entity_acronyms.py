"""Acronyms as bodies: mistyped, untagged, hyphened or spelled out, and the short names that name no actor."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from . import text_of
from .acronyms import expansion_start, in_clause_role
from .entity_matchers import Candidate, Matchers, _overlaps, _taken


SHORT_NAME = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")  # "RSF", "M23", "AU": a short name in capitals
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")  # "ELN", "M23", "JNIM": written so, a body's acronym, no person's name


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
