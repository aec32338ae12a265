"""A regular expression that matches any of many words, as a trie: ``alternation(["Iran", "Iraq", "Iranian"])``
gives ``(?:Ira(?:n(?:ian)?|q))``.

It matches what the flat alternation of the words, longest first, matches, at the same places: two words can
both match at one position only if one is a prefix of the other, and both forms try the longer first. The flat
form tries every word at every position (the ~2,000 names, capitals and demonyms of the states made
``collectives.yaml``'s patterns a third of the entity stage); the trie tries one branch per character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

END = ""  # a trie key: a word ends here


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of ``words`` (none empty), the longer of two where both match."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("alternation of an empty word")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[END] = {}
    if not trie:
        raise ValueError("alternation of no words")
    return f"(?:{_group(trie)})"


def _group(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _rest(child) for char, child in sorted(node.items()) if char != END]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return body if END not in node else f"(?:{body})?"


def _rest(node: dict[str, dict]) -> str:
    if list(node) == [END]:
        return ""
    return _group(node)
