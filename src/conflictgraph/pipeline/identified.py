"""Who an unnamed description is: "A Sudanese soldier opened fire ... The soldier, identified as Ahmed Ali, ..."

News reports first describe a person ("a policeman", "a man", "the gunman", "the victim") and name them later: a
verb introduces the name ("was identified as X", "police named him as X"; names.yaml ``name_introducers``) or an
appositive gives it ("the gunman, X, was arrested"). The description stands for that person wherever the document
uses it, and the event's actor or recipient is the person as the text names them (docs/annotation.md, *Actor and
recipient*: "the person ... as the text names them"; PLOVER codes the individual who acted or was acted on).

Read from the parse only: the described noun is the introducing verb's passive subject or object, the noun a
participle or relative clause of it qualifies, or the head of the appositive; a pronoun ("He was named as X") stands
for the unnamed person noun that was the subject just before. Role words of a closed class (plover.yaml
``perpetrator_nouns``, ``victim_nouns``) make the described person the document's perpetrator or victim, so "the
assailant, identified as X" is also the unnamed "a policeman" who shot (``Sentence.described``, events.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

PERSON_PRONOUNS = {"he", "she", "him", "her"}  # a person named before (events.py reads them too)
PERPETRATOR, VICTIM = "perpetrator", "victim"


def _described(verb: Token) -> Token | None:
    """The word a name-introducing verb describes: "the gunman was identified as", "identified the gunman as",
    "the assailant, who was identified as", "the suspect, identified as"."""
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PRON"):
        return verb.head  # the relative pronoun ("who was identified") stands for the noun qualified
    for dep in ("nsubjpass", "dobj"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _person_noun(token: Token, by_token: dict[int, Any], groups: set[int]) -> bool:
    """A singular common noun that names no actor of its own (a group's word, "the gunman", may stand for one)."""
    own = by_token.get(token.i)
    return token.pos_ == "NOUN" and token.tag_ == "NN" and (own is None or id(own) in groups) and not any(
        c.dep_ == "poss" for c in token.children)


def _antecedent(pronoun: Token, by_token: dict[int, Any], groups: set[int]) -> Token | None:
    """The unnamed person noun a "he" or "she" subject stands for: the nearest subject before it, in its sentence or
    the one before ("A man stabbed an officer in Kharkiv. He was named as X": the man). A named subject ends it."""
    doc = pronoun.doc
    sents = [pronoun.sent] + ([doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
    for sent in sents:
        for subject in sorted((t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")),
                              key=lambda t: -t.i):
            if subject.lower_ in PERSON_PRONOUNS or subject.tag_ in ("WP", "WDT", "NNS", "NNPS") or subject.head.i == (
                    pronoun.head.i):
                continue  # not a plural ("Authorities identified him as X"), nor who names the pronoun
            return subject if _person_noun(subject, by_token, groups) else None
    return None


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _qualified(token: Token, by_token: dict[int, Any]) -> bool:
    """Whether a word before the noun names an actor ("the Somali president", "the RSF commander")."""
    return any(c.i < token.i and c.dep_ in ("amod", "compound", "nmod") and (m := by_token.get(c.i)) is not None
               and m.actor for c in token.children)


def _named(token: Token, by_token: dict[int, Any]) -> str | None:
    mention = by_token.get(token.i)
    return mention.actor if mention is not None and mention.type == "PERSON" and mention.actor else None


def identified_people(doc: Doc, by_token: dict[int, Any], groups: set[int], introducers: Iterable[str],
                      roles: dict[str, str], bodies: Iterable[str] = (), speech: Iterable[str] = ()) -> dict[str, str]:
    """Description -> the person actor the document identifies it as: each described noun's lemma, and the role
    ("perpetrator", "victim") of a described role word. A description identified as two people is no one's."""
    introducers = set(introducers)
    found: dict[str, set[str]] = {}
    for token in doc:
        pairs: list[tuple[Token | None, str | None]] = []
        if token.lemma_.lower() in introducers and token.pos_ in ("VERB", "AUX"):
            pairs += [(_described(token), _named(g, by_token)) for c in token.children
                      if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        elif token.pos_ == "NOUN" and _definite(token):
            # "the gunman, Jean-Pierre Kabila, was arrested", "The victim, Carlos Mendoza, had ..."
            pairs += [(token, _named(c, by_token)) for c in token.children if c.dep_ == "appos" and c.i > token.i]
        elif token.pos_ == "PROPN" and (person := _named(token, by_token)) is not None:
            # "Kabila, the gunman, was arrested"
            pairs += [(c, person) for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _definite(c)]
        for noun, person in pairs:
            if noun is not None and noun.lower_ in PERSON_PRONOUNS:
                noun = _antecedent(noun, by_token, groups)
            if noun is None or person is None or not _person_noun(noun, by_token, groups):
                continue
            lemma = noun.lemma_.lower()
            for key in (lemma, roles.get(lemma)):
                if key:
                    found.setdefault(key, set()).add(person)
    for noun, body in _body_named(doc, by_token, groups, set(bodies), set(speech)):
        found.setdefault(noun.lemma_.lower(), set()).add(body)
    for title, person in _title_named(doc, by_token, set(speech)):
        found.setdefault(TITLE_KEY + title, set()).add(person)
    for noun, person in _lede_named(doc, by_token, groups):
        for key in (noun.lemma_.lower(), roles.get(noun.lemma_.lower())):
            if key:
                found.setdefault(key, set()).add(person)
    return {key: next(iter(people)) for key, people in found.items() if len(people) == 1}


def _aged(token: Token) -> bool:
    """An age set off after a name: "Rafael Gomez, 27, ..." (a number of years between commas)."""
    doc = token.doc
    end = token.i + 1
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == "," \
        and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 110


def _lede_named(doc: Doc, by_token: dict[int, Any], groups: set[int]) -> list[tuple[Token, str]]:
    """The news convention that names in its second or third sentence, with an age, the person its first sentence
    described ("A Kenyan teacher was arrested ... Hassan Abdi Noor, 31, was taken to court"): the lede's passive
    subject (what was done to someone: arrested, charged, sentenced), a singular unnamed person noun introduced with
    "a"/"an", and the first person the next two sentences introduce with an age as a subject, named there for the
    first time. Not an active lede ("A gunman killed ... Ahmed Ali, 45, was among the dead" names a victim), nor
    an age in apposition ("The victim, Maria Lopez, 34")."""
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:2]):
        subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.dep_ in ("ROOT", "ccomp", "conj")), None)  # not a relative clause's
        if subject is not None and subject.dep_ != "nsubjpass":
            continue
        if subject is None or not _person_noun(subject, by_token, groups) or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
            continue
        seen = {m.actor for t in doc[:sent.end] if (m := by_token.get(t.i)) is not None and m.actor}
        for later in sents[k + 1:k + 3]:
            for t in later:
                mention = by_token.get(t.i)
                if mention is None or mention.type != "PERSON" or not mention.actor or mention.actor in seen \
                        or by_token.get(t.i + 1) is mention:
                    continue  # (the name's last word)
                if _aged(t):
                    return [(subject, mention.actor)] if t.dep_ in ("nsubj", "nsubjpass") else []
                seen.add(mention.actor)
        return []
    return []


def described_person(token: Token | None, people: dict[str, str], by_token: dict[int, Any], groups: set[int],
                     roles: dict[str, str]) -> str | None:
    """The person an unnamed description stands for, if the document identifies it: the same noun ("a soldier"
    ... "the soldier, identified as X"), or a role word of the same role ("the attacker" ... "the assailant,
    identified as X")."""
    if token is None or not people or not _person_noun(token, by_token, groups):
        return None
    if _qualified(token, by_token) and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "the Somali president" is not the president the document named another's; "a Sudanese
        # soldier" introduces the one named later
    lemma = token.lemma_.lower()
    return people.get(lemma) or (people.get(roles[lemma]) if lemma in roles else None)


def role_person(token: Token | None, role: str, people: dict[str, str], by_token: dict[int, Any],
                groups: set[int]) -> str | None:
    """The identified perpetrator or victim an indefinite description introduces: "A Turkish policeman fatally
    shot the ambassador ... The assailant, identified as X": the policeman who shot is the assailant. Only a
    singular noun introduced with "a"/"an", the act's own doer or undergoer (the caller's)."""
    if token is None or role not in people or not _person_noun(token, by_token, groups):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    return people[role]


def _body_named(doc: Doc, by_token: dict[int, Any], groups: set[int], bodies: set[str],
                speech: set[str]) -> list[tuple[Token, str]]:
    """A body a sentence describes ("A militant group ... condemned the bombing") and the next sentence names as
    the speaker of what it says ("'...,' the Hasam Movement said in a statement"): the description, a singular
    noun of a body (collectives.yaml ``body_anaphors``) introduced with "a"/"an" as a subject, is that body, named
    there for the first time (docs/annotation.md, Actor and recipient: the body as the text names it)."""
    out = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        for subject in (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in bodies
                        and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)):
            if not _person_noun(subject, by_token, groups):
                continue
            seen = {m.actor for t in doc[:sents[k + 1].start] if (m := by_token.get(t.i)) is not None and m.actor}
            speakers = [by_token.get(g.i) for t in sents[k + 1] if t.dep_ == "nsubj" and t.head.lemma_.lower()
                        in speech for g in (t, *t.conjuncts)]  # "the Harakat Sawa'd Misr, or Hasam Movement, said"
            named = [m for m in speakers if m is not None and m.type == "ORG" and m.actor and m.actor not in seen
                     and id(m) not in groups]
            if len({m.actor for m in named}) == 1:
                out.append((subject, named[0].actor))
    return out


def title_words(head: Token) -> str:
    """A title as the words that make it: its head and the compounds and adjectives before it ("grand mufti",
    "foreign minister")."""
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "amod") or t.i == head.i]
    return " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))


TITLE_KEY = "title: "  # the key of a title's person among the described ones (``identified_people``)


def _title_named(doc: Doc, by_token: dict[int, Any], speech: set[str]) -> list[tuple[str, str]]:
    """A person a sentence gives only by a capitalized title ("The Grand Mufti ... condemned the attack", "The
    Foreign Minister said") and the next sentence names as the speaker of what it quotes ("'...,' Sheikh X said"):
    the title is that person, named there for the first time (docs/annotation.md, Actor and recipient: statements
    by their maker, the person as the text names them; the news convention that gives the title, then the name)."""
    out = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        for subject in (t for t in sent if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.is_title
                        and t.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                        and ((own := by_token.get(t.i)) is None or not own.actor)):
            seen = {m.actor for t in doc[:sents[k + 1].start] if (m := by_token.get(t.i)) is not None and m.actor}
            speakers = [by_token.get(t.i) for t in sents[k + 1] if t.dep_ == "nsubj"
                        and t.head.lemma_.lower() in speech]
            named = {m.actor for m in speakers if m is not None and m.type == "PERSON" and m.actor
                     and m.actor not in seen}
            if len(named) == 1:
                out.append((title_words(subject), next(iter(named))))
    return out
