"""The phrase that says a speech verb's words, as written: its subject, a passive verb's agent or a name after the
verb, climbing from "adding" or "noting" to the verb they hang on (speakers.py resolves the phrase to an actor)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token


def speaker_of(verb: Token, lexicon: dict[str, Any]) -> tuple[tuple[int, int] | None, Token | None]:
    """The span that says it: the verb's subject, climbing from 'noting' / 'adding' to the verb they hang on."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        lemma = current.lemma_.lower()
        children = list(current.children)
        reported = current.head
        if current.i == verb.i and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 \
                and verb.doc[verb.i - 1].text == "," and reported.dep_ == "ccomp" \
                and reported.head.lemma_.lower() in lexicon["verbs"] and reported.head.i < reported.i:
            # "X told AFP Mr Suarez had borrowed paragraphs, describing it as “scandalous”": a speech participle set
            # off by a comma after the clause another speaker reports is that speaker's, not the clause's subject's
            current = reported.head
            continue
        if lemma in lexicon["source_verbs"]:  # "learned from the Pentagon"
            children = [t for c in children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children]
            if not children:
                break  # "after learning it had been stolen": no source named, and the learner says nothing
        for child in children:
            if lemma in lexicon["quoting_verbs"] and child.dep_ in ("dobj", "nsubjpass") or \
                    lemma in lexicon["source_verbs"] and child.dep_ == "pobj":
                return subtree(child), child
        # A passive speech verb's agent speaks ("Moumou, who is described by the US Treasury as ...", "it was
        # announced by the ministry that ..."); "X was quoted by Reuters" keeps X, the subject, as above.
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
        if agents and passive and current.i == verb.i and lemma not in lexicon["quoting_verbs"]:
            return subtree(agents[0]), agents[0]
        if current.i != verb.i and current.lemma_.lower() not in lexicon["verbs"]:
            # "The time had come, he said, ... but added that ...": a speech verb coordinated with a clause that a
            # parenthetical "he said" attributes is that speaker's, not the clause's subject's.
            for aside in current.children:
                if aside.dep_ == "parataxis" and aside.lemma_.lower() in lexicon["verbs"] and aside.i < verb.i:
                    subject = next((c for c in aside.children if c.dep_ == "nsubj"), None)
                    if subject is not None:
                        return subtree(subject), subject
        # Of two subjects the parse gives ('"(Jerome Faulkner) and his wife were ...," said Logan'), the nearer.
        # A tensed verb coordinated with a passive one shares its subject ("She was trafficked ... and said the crime
        # continues"); a participle does not ("He was captured ... and accused of": accused by someone else).
        shared = ("nsubj", "nsubjpass") if current.i != verb.i and verb.dep_ == "conj" and verb.head.i == current.i \
            and verb.tag_ in ("VBD", "VBZ", "VBP") else ("nsubj",)
        for child in sorted(children, key=lambda c: abs(c.i - current.i)):
            if child.dep_ in shared and _quoted_words(child) and any(
                    t.tag_ in ("``", "''") for t in child.doc[min(child.i, current.i):max(child.i, current.i)]):
                continue  # 'yelled “Allahu akbar,” ...': quoted words the parse took for a subject say nothing
            if child.dep_ in shared:
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":  # "the AAH, which denies ..."
                    noun = current.head
                    if noun.pos_ not in ("NOUN", "PROPN"):  # attached too high: the noun before "which"
                        noun = child.doc[child.i - 2] if child.doc[child.i - 1].is_punct else child.doc[child.i - 1]
                    return subtree(noun, stop=current), noun
                later = _name_after(current, child)
                if later is not None:  # "said Lagos police Const. Amaka Obi": the body, its rank, then the name
                    return (subtree(child)[0], subtree(later)[1]), later
                return subtree(child), child
        inverted = inverted_subject(current)
        if inverted is not None:
            return inverted, current.doc[inverted[1] - 1]
        absolute = _with_subject(current)
        if absolute is not None:  # "..., with Mrs Haley once saying she was “not a fan”"
            return subtree(absolute), absolute
        if current.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and current.head.lemma_.lower() not in lexicon["document_words"]:
            # "attacked the proposal to ban immigrants, describing it as ...": a participle set off by a comma is
            # the main clause's, though the parse hangs it on the noun before the comma, or on a verb that
            # qualifies that noun ("condemned the plan to annex four regions, describing it as")
            governor = current.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head is not governor:
                governor = governor.head
            if governor.pos_ in ("VERB", "AUX") and governor.i < current.i:
                current = governor
                continue
        if current.dep_ == "acl" and current.head.lemma_.lower() in lexicon["document_words"]:
            # "X posted a statement on its website expressing condolences", "a statement by X saying": the
            # document's author says what the participle after it says.
            document = current.head
            by = [g for p in document.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                  for g in p.children if g.dep_ == "pobj"]
            if by:
                return subtree(by[0]), by[0]
            if document.dep_ != "dobj":
                break
            current = document.head
            continue
        # A finite adverbial clause has a subject of its own: where the parse lost it ("the ceasefire collapsed ..., as
        # Turkey and activists ... accused the regime"), the main clause's is not the speaker ("stating that" is),
        # unless the main clause speaks too ("While [X] stated A, [X] stated B").
        finite_adverbial = current.dep_ == "advcl" and current.tag_ in ("VBD", "VBZ", "VBP") \
            and current.head.lemma_.lower() not in lexicon["verbs"]
        if current.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep", "ccomp") and current.head is not current \
                and not finite_adverbial:
            loose = current.dep_ in ("advcl", "conj", "pcomp", "prep")
            current = current.head
            if current.dep_ == "prep" or current.pos_ == "ADP":
                current = current.head
            # "The Pentagon called out ..., stating that" is the Pentagon's; but "Iran continues to find ways
            # to fund ..., saying that" is not Iran's: through "to" clauses only a speech verb passes it on.
            if not loose and current.lemma_.lower() not in lexicon["verbs"]:
                break
        else:
            break
    return None, None


def _quoted_words(token: Token) -> bool:
    """Whether a word stands inside a pair of quotation marks of its sentence: the nearest mark before it opens a
    quote and the nearest after it closes one ('and also yelled “Allahu akbar,” the Arabic phrase ...'). Only where
    its verb stands outside that quote is it no speaker ('“USCENTCOM said that ...,” the IG said' keeps USCENTCOM)."""
    sentence = token.sent
    before = next((t for t in reversed(token.doc[sentence.start:token.i]) if t.tag_ in ("``", "''")), None)
    after = next((t for t in token.doc[token.i + 1:sentence.end] if t.tag_ in ("``", "''")), None)
    return before is not None and after is not None and before.tag_ == "``" and after.tag_ == "''"


def _with_subject(verb: Token) -> Token | None:
    """The subject of an absolute participle ("with Mrs Haley once saying ...", "with the army saying ..."): the object
    of "with" right before it, adverbs aside, which the parse hangs on the preposition rather than on the verb."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].dep_ == "advmod" and verb.doc[k].head.i == verb.i:
        k -= 1
    before = verb.doc[k] if k >= 0 else None
    if before is not None and before.dep_ == "pobj" and before.head.lower_ == "with" \
            and before.pos_ in ("NOUN", "PROPN"):
        return before
    return None


def _name_after(verb: Token, subject: Token) -> Token | None:
    """A second subject the parse gives after a subject that follows its verb, only a rank or title between them
    ("said Lagos police Const. Amaka Obi"): the name of the one who speaks."""
    if subject.i < verb.i:
        return None
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i > subject.i and other.pos_ == "PROPN" and all(
                t.pos_ in ("PROPN", "PUNCT") for t in subject.doc[subject.right_edge.i + 1:other.left_edge.i]):
            return other
    return None


def inverted_subject(verb: Token) -> tuple[int, int] | None:
    """'..., said Liberal MP Mark Eyking.': a name right after a speech verb that ends its sentence is its
    subject, even where the parse takes the name's last word for a verb."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    end = verb.i + 1
    if end < len(doc) and doc[end].lower_ == "the":  # "..., reported the Missouri State Highway Patrol."
        end += 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].is_title and doc[end].dep_ in ("compound", "ccomp")):
        end += 1
    if end - verb.i < 3 or end < len(doc) and doc[end].text not in (".", "!", "?", ",", "\n") and not doc[end].is_space:
        return None
    return verb.i + 1, end


def subtree(token: Token, stop: Token | None = None) -> tuple[int, int]:
    """The token span of a phrase, without a relative clause that ``stop`` begins and without edge commas."""
    words = [t.i for t in token.subtree if stop is None or t not in set(stop.subtree)]
    start, end = min(words), max(words) + 1
    doc = token.doc
    while end > start + 1 and doc[end - 1].is_punct and not _closes(doc[start:end]):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def _closes(span: Span) -> bool:
    """Whether a phrase's last token is a bracket that closes one it opens ("the Tigray People's Liberation Front
    (TPLF)": the speaker as the text names them, docs/annotation.md)."""
    return span[-1].text == ")" and span.text.count("(") == span.text.count(")")
