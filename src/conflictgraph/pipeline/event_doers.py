"""The doer an event's construction names apart from its subject: a partner, one who takes part, a court."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Mention
from .event_forms import VERBAL_TYPES, clause_subject
from .event_lexicon import Lexicon
from .event_parties import joint_deed, undergone_by
from .event_types import trigger_type

if TYPE_CHECKING:
    from .event_sentence import Sentence

# Prepositions that place an act: "the bombing in Mogadishu", "the ambush near Djibo" (``Sentence.act_of_place``)
PLACE_PREPS = {"in", "near", "at", "outside", "around", "inside"}


def act_noun(sentence: Sentence, token: Token) -> bool:
    """Whether a common noun names an act (plover.yaml ``nouns``: "sanctions", "the attack"), not the people who act
    ("investigators", "reinforcements": a mention of an actor of their own)."""
    lex, words = sentence.lex, {token.lemma_.lower(), token.lower_}
    return token.pos_ == "NOUN" and any(w in lex.nouns for w in words) and token.i not in sentence.by_token \
        and not words & (lex.person_nouns | lex.person_words | lex.forces)


class SentenceDoers:
    """The doer a construction names: the doer lookups of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        lex: Lexicon
        by_token: dict[int, Mention]
        def actor_in(self, head: Token | None) -> str | None: ...
        def governor(self, token: Token) -> Token | None: ...
        def names_actor(self, token: Token) -> bool: ...
        def source(self, token: Token, depth: int = 0) -> Token | None: ...
        def two_sided(self, token: Token) -> bool: ...

    def passive_partner(self, verb: Token) -> Token | None:
        """The subject an active verb shares with a passive one it is coordinated with: "The envoy was expelled by
        Mali and left for Paris" (the envoy left), "We are deeply concerned by the reports and call on all parties"
        (we call). The passive's "by" names the doer of the passive act only (PLOVER actor: who did the act). Not a
        participle that shares the passive ("was arrested and charged": a past in "-ed" with no object or clause of
        its own; "was condemned by ASEAN and threatened to leave" has one), nor a verb with a subject of its own."""
        head = verb.head
        if head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in verb.children):
            return None
        active = verb.tag_ in ("VB", "VBZ", "VBP") or verb.tag_ == "VBD" and (
            not verb.lower_.endswith("ed") or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children))
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if not active or subject is None or not any(c.dep_ == "auxpass" for c in head.children):
            return None
        return self.antecedent(subject)

    def part_taker(self, token: Token) -> Token | None:
        """Who took part in an act told as a part in it: the possessor of "role", "part", "involvement" ("Russia's
        role in the bombardment of Aleppo") or the subject of "play", "take", "have" whose object it is ("Rwandan
        troops played a role in the offensive", "took part in the raid"). The act may be the noun after "in" or the
        part noun itself, which a verb after "in" climbs to ("a role in delivering aid"). Not a part denied,
        negated, alleged or asked about ("denied any role in", "no role in", "accused X of a role in"): what
        another says of it does not make the actor (docs/annotation.md, Actor and recipient)."""
        part = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.lex.lead_nouns:
            part = token.head.head  # "took charge of the investigation", "assumed command of the offensive"
        if part.pos_ == "VERB" and part.lemma_.lower() in self.lex.part_verbs:  # "took part | in the raid"
            part = next((c for c in part.children if c.dep_ == "dobj"), part)
        if part.lemma_.lower() not in self.lex.part_nouns | self.lex.lead_nouns or part.pos_ != "NOUN" or any(
                c.dep_ in ("det", "neg") and c.lower_ in ("no", "any") for c in part.children):
            return None
        governor = self.governor(part)
        if governor is not None and (trigger_type(self, governor) is not None
                                     or governor.lemma_.lower() in self.lex.said
                                     or any(c.dep_ == "neg" for c in governor.children)):
            return None
        owner = next((c for c in part.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        if part.dep_ == "dobj" and part.head.lemma_.lower() in self.lex.part_verbs:
            return clause_subject(part.head)
        return None

    def at_hands_of(self, token: Token) -> Token | None:
        """The doer a passive names "at the hands of" ("civilians killed at the hands of the RSF"): the agent of the
        act as "by" would name it (PLOVER actor: who carried the act out)."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"):
            for hands in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "hands"):
                for of in (c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"):
                    return next((g for g in of.children if g.dep_ == "pobj"), None)
        return None

    def fought_in(self, verb: Token) -> Token | None:
        """The two-sided fight a passive harm was suffered in ("were killed in clashes with the army", "was wounded
        during a shootout with police"), if any (``two_sided`` words)."""
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid")
                     for g in c.children if g.dep_ == "pobj" and self.two_sided(g)), None)

    def adverbial_of(self, token: Token) -> Token | None:
        """The asker of an act told as an adverbial "at the N of X" ("at the urging of Priebus", "at the request of
        the government", "at the invitation of Kenya"): the "of" of such a phrase names who urged, asked or invited
        (PLOVER actor), where the same noun's "of" elsewhere names its object ("the arrest of X")."""
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "at" or \
                trigger_type(self, token) not in VERBAL_TYPES | {"CONSULT"}:
            return None
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((g for g in of.children if g.dep_ == "pobj"), None)
        return None

    def course_agent(self, verb: Token) -> Token | None:
        """The doer of the act a passive verb's act was done in the course of: "was arrested during raids by the
        police", "were killed in an air strike by Russian jets", "was wounded in an attack by gunmen". The act is
        an event noun after "during", "in", "amid" or "after" (or a count of them: "a series of raids"), with its
        doer after "by" (PLOVER: the actor is the one who carried the act out)."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "amid", "after")):
            chain = [g for g in prep.children if g.dep_ == "pobj"][:1]
            while chain and len(chain) < 3 and chain[-1].lemma_.lower() not in self.lex.nouns:
                of = next((c for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of"), None)
                chain += [g for g in of.children if g.dep_ == "pobj"][:1] if of is not None else []
                if of is None:
                    break
            if not chain or chain[-1].lemma_.lower() not in self.lex.nouns:
                continue
            for noun in chain:  # "by" may hang on the count: "a series of raids by the police"
                for by in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                    doer = next((g for g in by.children if g.dep_ == "pobj"), None)
                    if doer is not None:
                        return doer
        return None

    def antecedent(self, token: Token) -> Token:
        """What a relative pronoun stands for, where it names an actor: "Mohamed Abdi, 21, who was detained",
        "Hickson, who pleaded guilty" (the noun its clause qualifies); any other word is itself."""
        if token.lower_ in ("who", "which", "that", "whom") and token.tag_ in ("WP", "WDT") \
                and token.head.dep_ == "relcl":
            if (act := self.act_of_place(token)) is not None:
                return act
            if self.names_actor(token.head.head):
                return token.head.head
            noun = token.head.head  # "Junaid Hussain, an Islamic State member who encouraged him": Hussain (bgr)
            if noun.dep_ == "appos" and noun.head.i < noun.i and self.names_actor(noun.head):
                return noun.head
        return token

    def reaction_doer(self, noun: Token) -> Token | None:
        """Whom a complaint or praise an act drew is about: the doer of the act the reaction verb's subject names
        ("Russia's strike on Kyiv drew condemnation from the EU", "the raid by Kenyan police drew criticism from
        Amnesty", "a move that caused an uproar among rights groups": the act's own "by", possessive or modifier;
        ``source``), or the subject itself where it names a party ("Israel drew condemnation from Iran"). PLOVER
        ACCUSE and SUPPORT: the recipient is whom the disapproval or praise is about; the voice of the reaction is
        the "from" or "among" party (plover.yaml ``reaction_verbs``)."""
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.lex.reactions:
            return None
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and noun.head.dep_ == "relcl":
            subject = noun.head.head  # "a move that caused an uproar": the move
        if subject is None:
            return None
        if self.names_actor(subject) or joint_deed(subject, self.lex) is not None:
            return subject  # (a joint deed's parties are all whom it is about: ``targets``)
        if trigger_type(self, subject) is not None or act_noun(self, subject):
            return self.source(subject)
        return None

    def act_of_place(self, pronoun: Token) -> Token | None:
        """The act a "which" clause of harm qualifies where the parse hangs it on the place the act's phrase names:
        "the bombing in Mogadishu, which killed 10 people" (the bombing killed, not Mogadishu, nor Somalia whose
        capital it is). A place does no harm (PLOVER ASSAULT: the actor is who carried the attack out); the clause's
        verb must be one of killing, wounding or an assault (plover.yaml ``kill``, ``injure``, ``verbs``)."""
        verb, place = pronoun.head, pronoun.head.head
        mention = self.by_token.get(place.i)
        if pronoun.dep_ != "nsubj" or mention is None or place.dep_ != "pobj" or place.head.head.pos_ != "NOUN" \
                or mention.type not in ("GPE", "LOC", "FAC") and place.head.lower_ not in PLACE_PREPS:
            return None  # (a name the model mistypes is a place after "in" or "near": "the ambush near Djibo")
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.harm and self.lex.verbs.get(lemma) != "ASSAULT":
            return None
        act = place.head.head
        return act if trigger_type(self, act) is not None else None

    def court_of(self, verb: Token) -> Token | None:
        """The court a passive judicial act names with "in", "at" or "before", if it is an actor."""
        if verb.lemma_.lower() not in self.lex.court_verbs:
            return None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "before"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.court_nouns and self.actor_in(g):
                        return g
        return None

    def possessor_subject(self, token: Token) -> Token | None:
        """The doer a possessive pronoun on an event noun points to, where the clause's verb only carries the noun:
        its subject ("the Marines began their assault", "We reaffirm our support"). Not under a verb that is an
        act of its own ("X condemned their attack": theirs is another's)."""
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) or undergone_by(token, self.lex):
            return None  # "after his arrest": done to him (``undergone_by``)
        governor = self.governor(token)
        if governor is None or trigger_type(self, governor) is not None or governor.lemma_.lower() in self.lex.report:
            return None
        # The pronoun is the subject's whatever the voice: "the EU is united in its condemnation" (a stative
        # passive) is the EU's
        return clause_subject(governor) or next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
