"""Whom a pronoun of an event's sentence stands for: a person, a body or a group named before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge import builtin_lexicon, word_set
from ..model import ACTOR_TYPES, Mention
from . import DocContext
from .event_demands import FIRST_PERSON
from .event_lexicon import Lexicon
from .event_party_lookup import BODY_PRONOUNS, OBJECT_DEPS
from .identified import PERSON_PRONOUNS
from .speaker_pronouns import pronoun_person

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")

OBJECT_PRONOUNS = word_set(_CLOSED, "object_pronouns")  # a person an act is done to (``Sentence.person_object``)


class SentencePronouns:
    """Whom a pronoun stands for: the pronoun lookups of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        ctx: DocContext
        lex: Lexicon
        by_token: dict[int, Mention]
        groups: set[int]
        def actor_in(self, head: Token | None) -> str | None: ...
        def actors_of(self, head: Token | None) -> list[str]: ...
        def antecedent(self, token: Token) -> Token: ...
        def described(self, head: Token | None) -> str | None: ...
        def mention_at(self, token: Token, *types: str) -> Mention | None: ...
        def named_body(self, head: Token) -> str | None: ...

    def plural_object(self, pronoun: Token) -> str | None:
        """The body an object "them" points back at: the nearest plural before it in its sentence that is not its
        own clause's subject ("made a plea to her colleagues in the Alberta legislature, asking them to ...": the
        legislature; "Police detained the protesters and questioned them": the protesters), where that plural names
        an actor; else no one (PLOVER: the recipient is whom the act is directed at)."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for t in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start]):
            if t.i in own or t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NNS", "NNPS") or t.dep_ in (
                    "compound", "poss", "nsubj", "nsubjpass") and t.head.i == verb.i:
                continue
            return self.actor_in(t)
        return None

    def person_before(self, pronoun: Token) -> str | None:
        """The person "he" or "she" points back at. Within its sentence, the subject before it, as a reader takes
        it ("the gunman got into a shootout before he was killed": the gunman, who has no name here, so no one;
        "Hussain was a hacker ... before he was killed": Hussain); with none, the last person the document named
        before it ("Karbouly was captured in May 2006. He was sentenced to death"). An object ("him", "her") is
        another: ``person_object``."""
        if pronoun.lower_ in OBJECT_PRONOUNS and pronoun.dep_ in OBJECT_DEPS:
            return self.person_object(pronoun)
        subjects = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                    and t.tag_ not in ("NNS", "NNPS") and t.lower_ not in ("it", "they", "we", "i", "you", "who",
                                                                          "which", "that", "this")]
        for subject in reversed(subjects):
            if subject.lower_ in PERSON_PRONOUNS:
                return self.person_before(subject)
            if (person := self.described(subject)) is not None:
                return person  # "the gunman ... before he was killed", where the document names the gunman
            mention = self.by_token.get(subject.i)
            if mention is not None and id(mention) in self.groups and mention.type != "PERSON" and (
                    record := self.ctx.knowledge.get(mention.actor or "")) is not None and record.kind != "person":
                continue  # "Mali's junta expelled the ambassador after he criticised it": a body is no "he" (src)
            if mention is not None and (mention.type == "PERSON" or id(mention) in self.groups):
                return mention.actor  # a person, or one of a group the text names by its kind ("the gunman")
            owner = next((m for c in subject.children if c.dep_ == "poss"
                          and (m := self.mention_at(c, "PERSON")) is not None and m.actor), None)
            if mention is None and owner is not None:
                return owner.actor  # "Donald Trump's announcement that he will withdraw": his own
            if mention is None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in self.lex.nouns \
                    and not subject.lemma_.lower().endswith(("ment", "ion")):
                return None  # "the gunman ... before he was killed": someone the text does not name here; an act
                # ("the announcement that he ...") is no one
            # a body, a place or an event ("[ISIS] is no longer a threat ..., he said") is no "he": look further
        # the person the text was about (the subject of the nearest sentence that has a person for subject, as the
        # claims take a pronoun's speaker: "Since meeting Mayor X in Paris, Hidalgo has helped ... She sent a
        # letter": Hidalgo), else the last person named
        before = [m for m in self.ctx.mentions if m.end <= pronoun.idx and m.type == "PERSON" and m.actor]
        return pronoun_person(self.ctx, pronoun.doc[pronoun.i:pronoun.i + 1], before)

    def person_object(self, pronoun: Token) -> str | None:
        """The person an object pronoun ("him", "her": the one an act is done to or given to) points back at. Not
        the subject of its own clause, which English would name by "himself", "herself" ("the government agreed
        to give her $900": not the government; "police arrested Ahmed and charged him": not the police); of the
        persons named before it, the last one in its sentence, else the one the text was about (the subject of
        the nearest sentence with a person for subject), else the last one named (PLOVER: the recipient is whom
        the act is directed at; docs/annotation.md, Actor and recipient)."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        own: set[str] = set()
        for _ in range(4):  # up through "agreed to give her", "was told to pay him": the clause's doer
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
            if subject is not None:
                own.update(self.actors_of(self.antecedent(subject)))
            if subject is not None and subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
                noun = subject.head.head  # "Junaid Hussain, an Islamic State member who encouraged him": not Hussain
                own.update(self.actors_of(noun.head if noun.dep_ == "appos" else noun))
                own.update(self.actors_of(noun))
            if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
                break
            verb = verb.head
        before = [m for m in self.ctx.mentions if m.end <= pronoun.idx and m.type == "PERSON" and m.actor
                  and m.actor not in own]
        if not before:
            return None
        here = [m for m in before if m.start >= pronoun.sent.start_char]
        if here:
            return here[-1].actor
        return pronoun_person(self.ctx, pronoun.doc[pronoun.i:pronoun.i + 1], before)

    def body_before(self, pronoun: Token) -> str | None:
        """The body "it" or "they" stands for as a subject: the nearest subject before it, in its sentence or the
        one before, that names a body, a state or a group ("Uber said ... It requested clarification", "Rebels
        would follow, they said, adding that they had agreed"). "It" is no plural and "they" no single person;
        where the nearest subject is anything else ("the ceasefire ... after it was implemented"), no one."""
        plural = pronoun.lower_ in ("they", "their")
        sents = [pronoun.sent] + ([pronoun.doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
        for sent in sents:
            subjects = [t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                        and t.lower_ not in BODY_PRONOUNS | PERSON_PRONOUNS | FIRST_PERSON
                        and t.tag_ not in ("WP", "WDT", "DT", "PRP", "EX")]
            for subject in reversed(subjects):
                mention = self.by_token.get(subject.i)
                many = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
                if mention is None and subject.pos_ == "NOUN" and many != plural:
                    continue  # "Uber has been told its cars are illegal - but it is refusing": "it" is no "cars"
                if mention is None and subject.pos_ in ("NOUN", "PROPN") and not many and not plural and (
                        body := self.named_body(subject) or self.actor_in(subject)) is not None and (
                        record := self.ctx.knowledge.get(body)) is not None and record.kind != "person":
                    return body  # "Kenya's foreign ministry said it rejected", "The group said it had fired"
                if plural and any(c.dep_ == "conj" for c in subject.children):
                    return None  # "Niger, Mali and Burkina Faso left ECOWAS. They accused": all of them, not the first
                if mention is None or not mention.actor or mention.type not in ACTOR_TYPES or (
                        mention.type == "PERSON" and (plural or not many)) or (many and not plural):
                    return None
                return mention.actor
        return None
