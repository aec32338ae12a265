"""Ties read off the dependency parse, wherever the words stand in the sentence (docs/pipeline.md, *Relations from
the parse*).

Seven constructions state a tie with a word of general English (the relation lexicon's `parse` entry):

- a participle and its agent: "the Houthis are armed and funded by Iran", "the Wagner Group was led by Prigozhin",
  "Backed by Russia, the separatists ...", "the STC, which is backed by the UAE": the agent ("by" Y) is the subject;
  the object is what the participle tells of: its passive subject, the noun it qualifies (a reduced or a relative
  clause: the relative pronoun stands for that noun), or the subject of the clause it opens;
- a verb of backing or joining and its object: "Russia has supplied the Sudanese army with weapons", "Russia and
  Iran, which arm Assad's forces", "Finland decided to join NATO", "she crossed the floor to join the NDP": the
  verb's own subject (a relative pronoun stands for its noun; a chain of verbs or a purpose clause shares it) is the
  subject, never where the verb is denied; or arms or money it gives "to" a party ("supplied Iran-made drones to the
  Houthis"); a verb of help, the one it helps do something ("Eritrea sent troops to help the Ethiopian army fight
  the TPLF"), not to mediate ("helped Israel and Hamas reach a truce");
- a noun of a role in apposition to a name or predicated of it, and the body its preposition or possessive
  names: "X and Y, commanders of the Azawad Liberation Front" (members: a plural or an indefinite title makes one
  of several), "X, head of the Sovereign Council" (the head), "The leader of the Fano militia in Amhara, Zemene
  Kassie" (the name in apposition to the role, wherever in the role's phrase the parse hangs it), "the EU and
  the US, Ukraine's main backers", "Ansar Allah, as the Houthis are known, is an ally of Iran";
- a unit's name in a body's possessive: "the Tatmadaw's 99th Light Infantry Division" is part of it;
- a noun of backing given by a verb: "X had begun expressing support for the Islamic State", "Kenya pledged
  military aid to Somalia", "the US gave Ukraine $60 billion in military aid": the verb's own subject backs the one
  the noun is for, or the verb's indirect object;
- an adjective and its preposition: "fighters loyal to Haftar", "militias affiliated with the Islamic State", "the
  TNLA remains united with the Arakan Army": the noun the adjective describes, or the subject of its copula, is
  the subject; the preposition's object is the object;
- help taken with a clause: "the RSF took El Fasher with help from the Wagner Group", "with the support of Y":
  the one named after the noun of help backs the subject of the clause.

A conjunct of either party shares the tie ("by Iran and Hezbollah"); a mention a prefix turns against what it names
("anti-coalition forces") is no party. A word names an actor where it lies inside
an actor's mention, or where a name inside one qualifies it ("Houthi fighters"). Kinds are checked as the
lexicon's patterns check them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from spacy.tokens import Span, Token

from ..model import Mention
from . import text_of
from .relations_parse_arguments import MAX_CLIMB, arguments
from .relations_parse_cues import ParseCue, ParseCues

COPULAS = frozenset({"be", "become", "remain"})  # "X is / became / remains a Y-backed militia"
NOT_DESCRIBED = ("person", "state", "media")  # kinds a body named by common words never stands for
AGAINST_PREFIX = re.compile(r"(?<![\w-])(?:anti|counter|non|ex)[-‐]$", re.IGNORECASE)  # "anti-coalition forces"


def fight_bystander(subject: Token | None, parse: ParseCues) -> bool:
    """Whether the word is the subject of a clause that only speaks of or reacts to a fight "against" someone that
    it does not wage (docs/annotation.md, *Relations*: `opposes` is the subject's own fight): the fight's noun hangs
    on another noun's preposition ("Kenya hosted talks on the war against al-Shabaab", "the UN called for an end to
    the war against the TPLF", "urged restraint in the operation against Hamas"), is the object of a verb of
    reaction ("Qatar criticised the campaign against the Houthis"), or has a possessor of its own ("HRW documented
    abuses in the army's campaign against Boko Haram"). Not "the coalition launched strikes against ISIL", "Chad took
    part in the offensive against Boko Haram", "Israel vowed to continue its war against Hamas"."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    for fight in verb.subtree:
        if fight.pos_ != "NOUN" or fight.lower_ not in parse.fights \
                or not any(c.dep_ == "prep" and c.lower_ == "against" for c in fight.children):
            continue
        owners = [c for c in fight.children if c.dep_ == "poss"]
        if owners:
            if not any(o.tag_ == "PRP$" or o.i in range(subject.left_edge.i, subject.right_edge.i + 1)
                       for o in owners):
                return True
            continue
        word = fight
        while word.i != verb.i and word.head.i != word.i:
            if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ in ("NOUN", "PROPN"):
                return True
            if word.dep_ == "dobj" and word.head.lemma_.lower() in parse.reactions:
                return True
            word = word.head
    return False


def parse_ties(
    sentence: Span, parse: ParseCues, mentions: list[Mention],
    fits: Callable[[ParseCue, Mention, Mention], int | None], kind_of: Callable[[Mention], str],
) -> Iterator[tuple[Mention, str, Mention]]:
    """(subject, predicate, object) for every tie a cue of the parse states between two mentions of the sentence.
    ``fits`` ranks how two mentions' kinds take the cue's predicate (0: as the NER or the knowledge base has them,
    1: a body's name read as a person's, None: not at all); of the cues a pair fits, only the best ranked count.
    ``kind_of`` gives a mention's actor kind (for the name a common noun stands for, ``described_name``)."""
    if not parse.cues or len(mentions) < 2:
        return
    at = _mention_of(sentence, mentions)
    found: dict[tuple[int, int], list[tuple[int, str]]] = {}
    pairs: dict[tuple[int, int], tuple[Mention, Mention]] = {}
    for token in sentence:
        lemma, form = _word(token)
        for cue in parse.cues:
            if lemma not in cue.words and form not in cue.words:
                continue
            if _denied(token, parse.denials, parse.hypothetical) or any(
                    c.dep_ in ("amod", "compound") and c.lower_ in parse.relief for c in token.children):
                continue
            for subject_token, object_token in arguments(cue, token, parse.blame, parse.qualifiers):
                if cue.reverse:
                    subject_token, object_token = object_token, subject_token
                if cue.predicate == "backs" and object_token.lemma_.lower() in parse.backed_things \
                        or cue.common_object and not (object_token.pos_ == "NOUN" and object_token.is_lower):
                    continue
                for subject in _named(subject_token, at, kind_of, parse.partitive, parse.workplace.words):
                    for obj in _named(object_token, at, kind_of, parse.partitive, parse.workplace.words):
                        rank = fits(cue, subject, obj) if subject.actor != obj.actor else None
                        predicate = cue.predicate
                        if predicate == "leads" and (_deputy(token, parse.deputy) or _regional(token)):
                            rank, predicate = (None, predicate) if kind_of(obj) == "state" else (rank, "member_of")
                        if rank is not None:
                            key = (subject.start, obj.start)
                            pairs[key] = (subject, obj)
                            found.setdefault(key, []).append((rank, predicate))
    for key, ranked in found.items():
        best = min(rank for rank, _ in ranked)
        for predicate in dict.fromkeys(p for rank, p in ranked if rank == best):
            yield pairs[key][0], predicate, pairs[key][1]


def _word(token: Token) -> tuple[str, str]:
    """The word's lemma and form, lower case, with the part a hyphen joins before it: "vice-president" is no
    "president"."""
    i, doc = token.i, token.doc
    if i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lemma_.lower()}", f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower(), token.lower_


def _deputy(title: Token, deputy: frozenset[str]) -> bool:
    """Whether a head's title is a deputy's: "the deputy head", "first vice president", "the vice-chairman" (a word
    of ``deputy`` that qualifies it, or one a hyphen joins before it)."""
    if _word(title)[1].split("-")[0] in deputy and "-" in _word(title)[1]:
        return True
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_.rstrip("-") in deputy and c.i < title.i
               for c in title.children)


def _regional(title: Token) -> bool:
    """Whether a head's title is a regional post under the head: a place's name compounded before it ("X, Africa
    director of Human Rights Watch", "the Gaza chief of Hamas"); like a deputy's, one of the body's members."""
    return any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and c.i < title.i for c in title.children)


def _denied(token: Token, denials: frozenset[str], hypothetical: frozenset[str] = frozenset()) -> bool:
    """Whether the word's clause is negated ("will not support"), the complement of a verb of denial ("denied
    supporting", "refused to arm") or told as only possible ("could arm", "might back"), up its chain of verbs."""
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in hypothetical for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "attr") or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in denials:
            return True
    return False


def _mention_of(sentence: Span, mentions: list[Mention]) -> dict[int, Mention]:
    """Each token of the sentence that lies inside one of the mentions, by index; not a mention a prefix turns
    against or away from what it names ("anti-coalition forces" are no coalition forces)."""
    text = text_of(sentence.doc)
    mentions = [m for m in mentions if not AGAINST_PREFIX.search(text, max(0, m.start - 12), m.start)]
    out: dict[int, Mention] = {}
    for token in sentence:
        for mention in mentions:
            if mention.start <= token.idx < mention.end:
                out[token.i] = mention
                break
    return out


def _named(token: Token, at: dict[int, Mention], kind_of: Callable[[Mention], str],
           partitive: frozenset[str] = frozenset(), workplace: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions a word and its conjuncts name: the word's own, else one of a name compounded with it ("Houthi
    fighters"; not an adjective: "the Sudanese delegation, headed by X" is no tie to Sudan), else the name the
    word stands for as a common noun (``described_name``), else, for a noun of ``partitive``, the people named by
    common words that its "of" gathers ("a group of experts, led by X": X leads the experts; not "a delegation of
    Hamas officials", whose head leads no Hamas). A name compounded into a noun of ``workplace`` names where the
    workplace is ("the head of a Khartoum hospital" leads no Sudan: docs/annotation.md, heads of workplaces)."""
    out: list[Mention] = []
    for word in (token, *_conjuncts(token)):
        mention = at.get(word.i) or next((at[c.i] for c in word.children if c.dep_ == "compound" and c.i in at
                                          and word.lower_ not in workplace), None)
        if mention is None:  # "X is an armed group allied with Y": the group is X
            mention = described_name(word, at, kind_of)
        if mention is None and word.lemma_.lower() in partitive:
            mention = next((at[p.i] for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for p in prep.children if p.dep_ == "pobj" and p.i in at
                            and at[p.i].text.islower()), None)
        if mention is not None and mention not in out:
            out.append(mention)
    return out


def described_name(word: Token, at: Mapping[int, Mention], kind_of: Callable[[Mention], str]) -> Mention | None:
    """The named actor a common noun stands for, where the parse makes the two one: a predicate nominal ("the
    Arakan Army is an ethnic armed group", "Kataib Hezbollah became a faction of ...") or an apposition ("the Fano,
    an Amhara militia allied with the army"). The one rule for both readers of such a noun: the relation stage's
    bodies named by common words (relations.py) and the parse's constructions (``_named``).

    The noun is a common one in lower case (not "al-Qaeda", a name); the name is a proper noun inside a mention
    (``at``: the mention of each word), or compounded into a common noun outside any ("the Nour al-Din al-Zinki
    movement, a rebel group"), not one common noun for another. A noun inside a mention names a body ("an
    Iran-backed militia"): it stands for no person, state or medium (a person "is a militia commander" is no
    militia). A noun outside any mention may stand for any name, the kinds being the cue's to check ("Hemedti, a
    warlord backed by the UAE"; "Mali, a country allied with Russia")."""
    if word.pos_ != "NOUN" or not word.text.islower():
        return None
    if word.dep_ == "attr" and word.head.lemma_ in COPULAS:
        name = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    elif word.dep_ == "appos":
        name = word.head
    else:
        return None
    named = at.get(name.i) if name is not None and name.pos_ == "PROPN" else None
    if named is None and name is not None and name.pos_ == "NOUN" and name.i not in at:
        # "the Nour al-Din al-Zinki movement, a rebel group backed by ...": a common noun the name is compounded into
        named = next((at[c.i] for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in at),
                     None)
    if named is None or word.i in at and kind_of(named) in NOT_DESCRIBED:
        return None
    return named


def _conjuncts(token: Token) -> Iterator[Token]:
    """The conjuncts after the word, which share its tie ("backed by Iran and Hezbollah"): spaCy's
    ``Token.conjuncts`` less those before it. For the first conjunct, the one the parse hangs a tie's word on, that
    is all of them; for a later one the parse took for a party ("the police and militias loyal to Haftar", with
    "loyal" on "militias"), the ones before it are not said to share what qualifies it."""
    return (c for c in token.conjuncts if c.i > token.i)
