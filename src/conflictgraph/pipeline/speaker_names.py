"""Names the statistical NER misses, where the parse says they speak (docs/pipeline.md, *Speaker names*).

A speech verb's subject is someone: when it is a proper noun that no actor mention covers ("Granville County
Fire Marshal Doug Logan said", "said Logan"), it becomes a mention. The title before the name is not part of it
(the name is the run of proper nouns after the last title or body word); a subject whose head is a body's word
("Public Security Directorate") is an organization, named whole. The source of a document ("a statement by
Jordan's Public Security Directorate said") and of "according to" is treated the same way. A name written with an
honorific ("Ms Raggi", "Mr. Haddad"), or a speaker's surname of a person named in full, is a person, whatever
the NER called it; an organization's name does not
hold where it is based ("the Britain-based Syrian Observatory") nor a possessive's leftover ("'s National Guard").

The actors stage then gives these mentions actors like any other (a surname links to the name in full).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from ..core.alternation import alternation
from ..knowledge import Knowledge
from ..model import Mention
from . import DocContext, stage
from .entity_acronyms import ACRONYM

POSSESSIVE_LEFT = re.compile(r"^['’]s\s+")
BASED_LEFT = re.compile(r"^(?:the\s+)?[\w.’'-]+?[-‐](?:based|headquartered|registered)\s+", re.IGNORECASE)
ABBREVIATED_TITLE = re.compile(r"^(?P<title>[A-Z][a-z]{1,4})\.\s+(?=[A-Z])")
MAX_NAME_WORDS = 4
NAME_POS = ("PROPN", "NUM", "ADJ", "NOUN")  # a capitalized word of a name: "Five-Star Movement", "Syrian Democratic"


@stage("speaker-names", requires=("mentions",), provides=("speaker-names",))
def find_speaker_names(ctx: DocContext) -> None:
    """Add a mention for each speaker named by a proper noun that no actor mention covers."""
    lexicon = ctx.knowledge.lexicon("speech")
    names = lexicon["speaker_names"]
    titles = {w.lower().rstrip(".") for w in names["titles"]} | {k.lower().rstrip(".") for k in lexicon["role_titles"]}
    bodies = {w.lower() for w in names["bodies"]}
    verbs, documents = set(lexicon["verbs"]), set(lexicon["document_words"])
    named_bodies = {w.lower() for w in names["named_bodies"]}
    courtesy = courtesy_titled(ctx.knowledge)
    for mention in ctx.mentions:
        honorific = courtesy.match(mention.text)
        if mention.type in ("GPE", "LOC", "FAC") and mention.actor is None and honorific:
            # "Ms Raggi" is no place: the person, by the surname (which the actors stage links to the full name)
            skip = honorific.end() - 1
            mention.type, mention.start, mention.text = "PERSON", mention.start + skip, mention.text[skip:]
        # "'s National Guard Command" (left where a state was cut off the name), "the Britain-based Syrian
        # Observatory" (where it is based is no part of its name)
        lead = POSSESSIVE_LEFT.match(mention.text) or BASED_LEFT.match(mention.text)
        if lead and mention.type == "ORG" and lead.end() < len(mention.text):
            mention.start, mention.text = mention.start + lead.end(), mention.text[lead.end():]
    _drop_titles_taken_for_names(ctx, titles)
    place_bodies = {w.lower() for w in names.get("place_bodies", ())}
    added: list[Mention] = [m for m in (_place_body(ctx, t) for t in ctx.doc if t.lower_ in place_bodies) if m]
    for token in ctx.doc:
        heads: list[Token] = []
        if token.lemma_.lower() in verbs and token.pos_ in ("VERB", "AUX"):
            heads = [c for c in token.children if c.dep_ == "nsubj"]
        elif token.lower_ == "according" and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == "to":
            heads = [c for c in ctx.doc[token.i + 1].children if c.dep_ == "pobj"]
        for head in list(heads):
            if head.lemma_.lower() in documents:  # "a statement by X": X is the speaker
                heads += [c for p in head.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                          for c in p.children if c.dep_ == "pobj"]
        if token.pos_ == "PROPN" and token.lower_ in named_bodies and token.i > 0 \
                and ctx.doc[token.i - 1].pos_ == "PROPN" and ctx.doc[token.i - 1].text[:1].isupper() \
                and (token.i + 1 == len(ctx.doc) or ctx.doc[token.i + 1].pos_ != "PROPN"):
            heads.append(token)  # "the populist Five-Star Movement's": a body's name wherever it stands
        for head in heads:
            _surname_as_person(ctx, head)
            # (the body a speaker speaks for: "a spokesman for the premier's office")
            owned = [head] + [c for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                              for c in p.children if c.dep_ == "pobj"]
            mention = _name_of(ctx, head, titles, bodies) or next(
                (m for m in (_possessed_body(ctx, o, names) for o in owned) if m), None) \
                or _body_spoken_for(ctx, head, names)
            if mention is not None and not any(m.start < mention.end and mention.start < m.end for m in added):
                added.append(mention)
    if not added:
        return
    kept = [(m, s) for m, s in zip(ctx.mentions, ctx.mention_sources, strict=False)
            if not any(a.start < m.end and m.start < a.end for a in added)]
    pairs = sorted(kept + [(m, "speaker") for m in added], key=lambda p: (p[0].start, p[0].end))
    ctx.mentions = [m for m, _ in pairs]
    ctx.mention_sources = [s for _, s in pairs]


@cache
def courtesy_titled(knowledge: Knowledge) -> re.Pattern[str]:
    """A name opened by a courtesy title (names.yaml ``courtesy_titles``): "Ms Raggi", "Mr. Haddad"; the match ends
    at the name's first letter."""
    titles = [str(t) for t in knowledge.lexicon("names")["courtesy_titles"]]
    return re.compile(rf"^{alternation(titles)}\.?\s+[A-Z]")


def _drop_titles_taken_for_names(ctx: DocContext, titles: set[str]) -> None:
    """A rank or title alone that the NER took for a person or a body ("London police Const. Kim Flett":
    "Const"; "Detective Senior Sergeant X": "Detective") is no one: the mention goes, so the title stands
    between the body and the name as any other."""
    for m in ctx.mentions:  # "Insp. Olena Bondar": an abbreviated title the NER ran into the name is cut off
        first = ABBREVIATED_TITLE.match(m.text)
        if m.type == "PERSON" and m.actor is None and first and first["title"].lower() in titles:
            m.start, m.text = m.start + first.end(), m.text[first.end():]
    keep = [not (m.type in ("PERSON", "ORG") and m.actor is None and m.text.lower().rstrip(".") in titles)
            for m in ctx.mentions]
    if all(keep):
        return
    ctx.mentions = [m for m, k in zip(ctx.mentions, keep, strict=False) if k]
    ctx.mention_sources = [s for s, k in zip(ctx.mention_sources, keep, strict=False) if k]


def _place_body(ctx: DocContext, token: Token) -> Mention | None:
    """'Winnipeg police', 'London police', 'Ankara's riot police squad': a body written in lower case after the
    place it serves is that place's body, an organization named with the place (not the place, nor the state it
    is in). With a possessive the place must be a place's mention, and one lower-case word may qualify the body."""
    if not token.text.islower() or token.i == 0:
        return None
    names = ctx.knowledge.lexicon("speech")["speaker_names"]
    k, possessive = token.i - 1, False
    if k >= 2 and ctx.doc[k].is_lower and ctx.doc[k].is_alpha and ctx.doc[k - 1].text in ("'s", "’s"):
        k -= 1  # "Ankara's riot police"
    if ctx.doc[k].text in ("'s", "’s") and k >= 1:
        k, possessive = k - 1, True
    place = ctx.doc[k]
    if place.pos_ != "PROPN" or not place.text[:1].isupper() or place.lower_.rstrip(".") in names["titles"]:
        return None
    start, named = place.idx, False
    for m in ctx.mentions:  # the place's whole name ("Thunder Bay police"), where a mention holds it
        if m.start <= place.idx < m.end:
            if m.type in ("PERSON", "ORG", "NORP", "FAC") or m.end != place.idx + len(place):
                return None  # a person's or a body's name, or the word is inside a longer name
            if m.type in ("GPE", "LOC"):
                start, named = m.start, True  # (a proper noun the NER took for a date is still the place)
    if possessive and not named:
        return None
    last = token
    if token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ in names.get("place_body_heads", ()):
        last = ctx.doc[token.i + 1]  # "police squad", "police department"
    end = last.idx + len(last)
    return Mention(ctx.document.id, start, end, ctx.document.text[start:end], "ORG", None)


def _surname_as_person(ctx: DocContext, head: Token) -> None:
    """A speaker the NER took for a place ("Karbouly told the tribunal") is a person where the word is the
    surname of a person named in the document."""
    for mention in ctx.mentions:
        if mention.start <= head.idx < mention.end and mention.type in ("GPE", "LOC") and mention.actor is None \
                and " " not in mention.text and any(m.type == "PERSON" and m.text.split()[-1] == mention.text
                                                    and m.text != mention.text for m in ctx.mentions):
            mention.type = "PERSON"


def _name_of(ctx: DocContext, head: Token, titles: set[str], bodies: set[str]) -> Mention | None:
    """The mention a proper-noun head names, or None where it is no name or a mention already covers it."""
    doc = head.doc
    # "the Emergency Lawyers group said": a body's common noun after a name of its own, which no mention covers
    before = doc[head.i - 1] if head.i > 0 else None
    common_body = head.pos_ == "NOUN" and head.lower_ in bodies and before is not None and before.dep_ == "compound" \
        and before.pos_ == "PROPN" and before.text[:1].isupper() and not _covered(ctx, before)
    if (head.pos_ != "PROPN" or not head.text[:1].isupper()) and not common_body:
        return None
    chain = [head]
    for i in range(head.i - 1, head.left_edge.i - 1, -1):  # the capitalized words just before it, in its phrase
        token = head.doc[i]
        hyphen = token.text in ("-", "‐") and i > 0 and head.doc[i - 1].text[:1].isupper()  # "Five-Star"
        if not hyphen and (token.pos_ not in NAME_POS or not token.text[:1].isupper()):
            break
        chain.insert(0, token)
    if head.lower_ in bodies:  # a body named whole, a state's name in it too ("Sudan Humanitarian Commission")
        kind, words = "ORG", chain
        start, end = chain[0].idx, head.idx + len(head)
        if any(m.start <= start and end <= m.end for m in ctx.mentions):
            return None  # named whole already ("Kentucky State Police")
        if len(chain) > 1 and not any(_covered(ctx, t, places=False) for t in chain):
            return Mention(ctx.document.id, start, end, ctx.document.text[start:end], kind, None)
    else:
        run: list[Token] = []
        for token in reversed(chain):
            if token.lower_.rstrip(".") in titles | bodies or not token.is_alpha and token.text != "-":
                break
            run.insert(0, token)
        kind, words = "PERSON", run[-MAX_NAME_WORDS:]
        if len(words) == 1 and ACRONYM.fullmatch(words[0].text):
            kind = "ORG"  # "The ELN ... rejected": a person's name is not written in capitals, a body's acronym is
    if not words or any(_covered(ctx, t) for t in words):
        return None  # the NER or the knowledge base named it already (an actor mention, or a place)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return Mention(ctx.document.id, start, end, ctx.document.text[start:end], kind, None)


def _body_spoken_for(ctx: DocContext, head: Token, names: dict) -> Mention | None:
    """"An Iranian Red Crescent official said": the capitalized words right before a head that speaks for a body
    (`spokes_heads`: official, spokesman) name that body, a state's adjective before them included ("Iranian Red
    Crescent"), where no mention covers the words after the adjective. The body speaks through the official."""
    if head.pos_ != "NOUN" or head.lower_ not in names.get("spokes_heads", ()):
        return None
    chain: list[Token] = []
    for i in range(head.i - 1, head.left_edge.i - 1, -1):
        token = head.doc[i]
        if token.dep_ not in ("compound", "amod") or not token.text[:1].isupper() or token.pos_ not in NAME_POS:
            break
        chain.insert(0, token)
    words = [t for t in chain if t.pos_ == "PROPN"]
    if len(words) < 2 or chain[-1].pos_ != "PROPN" or any(_covered(ctx, t, places=False) for t in words):
        return None  # one word is too little for a body's name ("a Wagner official"); a mention names it already
    start, end = chain[0].idx, chain[-1].idx + len(chain[-1])
    return Mention(ctx.document.id, start, end, ctx.document.text[start:end], "ORG", None)


def _possessed_body(ctx: DocContext, head: Token, names: dict) -> Mention | None:
    """"Hillary Clinton's campaign said", "the Ukrainian president's office said": a body that a named person or body
    possesses (`possessed_bodies`) speaks as itself, an organization named with its possessor, not the possessor
    (docs/annotation.md, *Claims*: the speaker as written)."""
    if head.lower_ not in names.get("possessed_bodies", ()) or head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and (c.pos_ == "NOUN" or c.pos_ == "PROPN"
                                                                     and c.text[:1].isupper())), None)
    if owner is None:
        return None  # "its office said": the body named before (speakers.py)
    first = owner.left_edge
    while first.i < owner.i and first.dep_ == "det":
        first = first.doc[first.i + 1]  # "the prime minister's office": the body without its article
    if first.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return None
    start, end = first.idx, head.idx + len(head)
    if any(m.start <= start and end <= m.end for m in ctx.mentions):
        return None
    return Mention(ctx.document.id, start, end, ctx.document.text[start:end], "ORG", None)


def _covered(ctx: DocContext, token: Token, places: bool = True) -> bool:
    """Whether a mention already covers the token: an actor's other than a state's, or (with ``places``) a
    state's or a place's."""
    return any(m.start <= token.idx < m.end and m.type != "FAC"
               and (places or m.type in ("PERSON", "ORG") and m.actor is not None) for m in ctx.mentions)
