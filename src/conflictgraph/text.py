"""Decode an article's bytes (UTF-8, or UTF-16/32 with a byte-order mark) and normalize its invisible characters.

Every reader passes its text through here before anything reads it (title, date, the parse), so the text that
is stored is the text every offset indexes. Normalizing:

- zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF), the soft hyphen and the bidi controls
  (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) are removed: they are invisible and split words
  (``Pentag\\u2068on``);
- vertical tab, form feed, the file/group/record separators, NEL and the Unicode line and paragraph separators
  become line breaks;
- any other control character (C0 but tab, line feed and carriage return; DEL; C1), lone surrogates and the
  non-characters U+FFFE and U+FFFF are removed: none can be written in XML, and none is text.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError

# Byte-order marks, the four-byte ones first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062" \
            "\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# C0 controls but \t \n \r and the line breaks above, DEL, C1 but NEL, surrogates, U+FFFE/U+FFFF.
CONTROLS = "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff"
DROP = re.compile(f"[{INVISIBLE}{CONTROLS}]")
BREAK = re.compile(f"[{LINE_BREAKS}]")
# What XML 1.0 cannot hold, for writers of XML that take text from elsewhere (an old store, a bundle).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# Formats people give by mistake, by their first bytes: named, so the error says what the file is.
NOT_TEXT = ((b"%PDF-", "a PDF, not a text article: extract its text first (for example pdftotext FILE.pdf)"),
            (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .zip), not a text article: save it as text first"),
            (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file, not a text article: save it as text first"))


def decode(data: bytes, source: str) -> str:
    """The text of an article file, normalized: UTF-8, or UTF-8/16/32 with a byte-order mark (which is dropped).

    Raises an InputError naming ``source`` for an empty file, a binary one, or bytes that are not UTF-8.
    """
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {encoding.upper()} after its byte-order mark "
                                         f"(at byte {exc.start + len(bom)}); re-save it as UTF-8") from None
            return _not_empty(normalize(text), source)
    for magic, cause in NOT_TEXT:
        if data.startswith(magic):
            raise InputError(source, cause)
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (it holds NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
        ) from None
    return _not_empty(normalize(text), source)


def _not_empty(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty file (nothing but white space and invisible characters)")
    return text


def normalize(text: str) -> str:
    """The text without invisible and control characters, its odd line breaks made ``\\n`` (see the module)."""
    return DROP.sub("", BREAK.sub("\n", text))


def offsets_after_normalize(text: str) -> list[int]:
    """For each offset 0..len(text) into ``text``, the same place in ``normalize(text)``: annotations made on the
    raw text (an evaluation's gold) can be compared with what was found in the normalized one."""
    out, dropped = [], 0
    for ch in text:
        out.append(len(out) - dropped)
        if DROP.match(ch):
            dropped += 1
    out.append(len(text) - dropped)
    return out


def normalize_optional(value: str | None) -> str | None:
    """A metadata value (title, outlet, URL) normalized and stripped; None where nothing is left."""
    if value is None:
        return None
    return normalize(value).strip() or None


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (stores written before normalization may have some)."""
    return NOT_XML.sub("", text)
