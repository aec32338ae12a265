"""Which actor a phrase of a sentence names: its mention, its body, its holder, its title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..knowledge import builtin_lexicon, word_set
from ..model import ACTOR_TYPES, Mention
from . import DocContext, two_before
from .event_factuality import CLAUSE_DEPS
from .event_lexicon import Lexicon
from .event_parties import same_speaker
from .event_places import only_qualifies
from .identified import PERSON_PRONOUNS, TITLE_KEY, described_person, role_person, title_words

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")

OBJECT_DEPS = {"dobj", "dative", "pobj", "iobj"}
DWELLING_PREPS = word_set(_CLOSED, "dwelling_preps")  # "a search at X's home", "a raid on the home of X"
BODY_PRONOUNS = word_set(_CLOSED, "body_pronouns")  # a subject that stands for the body named just before


def _nearest_first(head: Token, tokens: list[Token]) -> list[Token]:
    """A phrase's words, those nearest its head in the parse first, then in the text's order: "the decision of Kenyan
    President William Ruto" names Ruto before the state that qualifies his title, "a deal with Russian oil giant
    Rosneft" Rosneft (PLOVER: the actor or recipient is the entity the phrase is about, not a qualifier of it)."""
    def depth(token: Token) -> int:
        steps, t = 0, token
        while t.i != head.i and t.head.i != t.i:
            steps, t = steps + 1, t.head
        return steps
    return sorted(tokens, key=lambda t: (depth(t), t.i))


def _the_nation(token: Token) -> bool:
    """Whether a people's plural names its nation as a party: "agreed with the Russians", "the Americans warned";
    not "two Moroccans", "Syrians", "thousands of the Syrians" (people of a nation, not its state)."""
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("nummod", "amod", "quantmod") for c in children) and not (
        token.dep_ == "pobj" and token.head.lower_ == "of")


class SentenceLookups:
    """The actor a phrase names: the party lookups of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        ctx: DocContext
        sent: Span
        lex: Lexicon
        by_token: dict[int, Mention]
        groups: set[int]
        people: dict[str, str]
        def _adjunct(self, token: Token) -> bool: ...
        def _common(self, token: Token) -> bool: ...
        def body_before(self, pronoun: Token) -> str | None: ...
        def in_mention(self, mention_type: str, token: Token) -> bool: ...
        def mention_at(self, token: Token, *types: str) -> Mention | None: ...
        def person_before(self, pronoun: Token) -> str | None: ...
        def plural_object(self, pronoun: Token) -> str | None: ...
        def source(self, token: Token, depth: int = 0) -> Token | None: ...

    # --- clauses and arguments ---
    def clause(self, token: Token) -> list[Token]:
        """The token's own clause: its subtree without the clauses embedded in it."""
        out, stack = [], [token]
        while stack:
            t = stack.pop()
            out.append(t)
            # A coordinated noun stays ("the consulate in Basra and the embassy in Baghdad"), a clause goes.
            stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS
                         or c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))
        return sorted(out, key=lambda t: t.i)

    def actor_in(self, head: Token | None) -> str | None:
        """The actor a phrase names: the head's own mention, an appositive's body, else the first one named."""
        if head is None:
            return None
        for appos in (c for c in head.children if c.dep_ == "appos"):
            if appos.lemma_.lower() in self.lex.spokes:  # "Nauert, a spokeswoman for the State Department"
                if found := self.actor_in_tokens(list(appos.subtree)[1:]):
                    return found
        own = self.by_token.get(head.i)
        if own is None:
            # A title with the person in apposition ("Kenya's President William Ruto" parsed President <- Ruto):
            # the person, not the state that qualifies the title
            named = [m for c in head.children if c.dep_ == "appos"
                     if (m := self.mention_at(c, "PERSON")) is not None and m.actor]
            if named:
                return named[0].actor
        if (person := self.described(head)) is not None:
            return person  # "the soldier", "the attacker": the person the document identifies it as
        if own is not None and id(own) in self.groups and head.lower_ not in self.lex.group_against and (
                body := self._of_named(head)) is not None:
            return body  # "supporters of Kataib Hezbollah", "fighters of the PMF": the body named (PLOVER codes
            # the organisation a part or a following of it acts for)
        if own is not None and id(own) in self.groups and head.lower_ not in self.lex.group_against and (
                owner := next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        ) is not None and (body := self.body_before(owner)) is not None and (
                record := self.ctx.knowledge.get(body)) is not None and record.kind == "armed_group":
            # "Hamas said its fighters had attacked": Hamas's, as "fighters of Hamas"; a state's or a government's
            # forces are its military, as before ("The Kremlin said its forces") (issue 11, src)
            return body
        if (own.type in ("GPE", "LOC", "FAC", "NORP") if own is not None else head.pos_ == "PROPN") \
                and (holder := self.holder(head)) is not None \
                and (held_by := self.actor_in(holder) or self.holder_group(holder)) is not None:
            return held_by  # a town its holder names is that holder's ("shelled rebel-held Aleppo": the rebels)
        if own is not None and own.type == "NORP" and head.tag_ in ("NNPS", "NNS") and not _the_nation(head):
            return None  # "two Moroccans", "Syrians": people of a nation, not its state (PLOVER codes states by name)
        if own is not None and own.actor and own.type in ACTOR_TYPES:
            return own.actor
        if own is not None and not own.actor and own.type in ("GPE", "LOC", "FAC"):
            return None  # a town is no party, and neither is the state its description names ("Aleppo, Syria's ...")
        if head.lower_ in PERSON_PRONOUNS or head.lower_ == "his" and head.dep_ == "poss":
            return self.person_before(head)  # "he", "her"; "his arrest" (``undergone_by``)
        if head.lower_ == "them" and head.dep_ in OBJECT_DEPS:
            return self.plural_object(head)  # "a plea to her colleagues in the legislature, asking them to ..."
        if head.lower_ in BODY_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
            return self.body_before(same_speaker(head, self.lex) or head)
        if own is None and (body := self.named_body(head)) is not None:
            return body  # "JNIM claimed the attack ... The group said": the armed group named before
        if own is None and (person := self.set_off(head)) is not None:
            return person  # "urge the Prime Minister-designate, Haider al-Abadi, to ..." (apposition misparsed)
        if own is None and head.is_title and (person := self.people.get(TITLE_KEY + title_words(head))) is not None:
            return person  # "The Grand Mufti ... condemned ... '...,' Sheikh X said": the speaker named next
        if own is None and (person := self.titled(head, owned=True)) is not None:
            return person  # "Russia's ambassador" is Ambassador Andrei Karlov, named so elsewhere, not Russia
        if own is None and (body := self.members_of(head)) is not None:
            return body  # "her colleagues in the Alberta legislature": the legislature
        # A sponsor in a modifier ("the Iran-backed Kataib Hezbollah militia") yields to the name it qualifies,
        # but is better than nothing ("Baghdad-based lawmakers"). A rest added to the phrase ("all parties and their
        # supporters", "the regime and other forces") is no party of its own (``actors_of``), nor the phrase's.
        rest = {t.i for c in head.conjuncts if c.i > head.i and self._common(c) and self._adjunct(c)
                for t in c.subtree}
        words = [t for t in head.subtree if t.i not in rest]
        return (self.actor_in_tokens(_nearest_first(head, [t for t in words if not only_qualifies(t, head, True)]))
                or self.actor_in_tokens(_nearest_first(head, [t for t in words if not only_qualifies(t, head, False)]))
                or self.titled(head))

    def named_body(self, head: Token) -> str | None:
        """The armed group a bare definite "the group", "the movement" points back at: the one (the knowledge base's
        armed groups) named last before it in its sentence or the two before, with no other such group between
        (collectives.yaml ``body_anaphors``). Not "a group", "the rebel group", "the group of men"."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in self.lex.body_anaphors or [
                c.lower_ for c in head.children if c.dep_ not in ("punct", "relcl", "acl", "appos")] != ["the"]:
            return None
        start = two_before(head)
        named = [m for m in self.ctx.mentions if start <= m.start and m.end <= head.idx and m.actor
                 and (record := self.ctx.knowledge.get(m.actor)) is not None and record.kind == "armed_group"]
        return named[-1].actor if named else None

    def described(self, head: Token | None) -> str | None:
        """The person an unnamed description stands for where the document names them ("a soldier ... The soldier,
        identified as Ahmed Ali"; pipeline/identified.py)."""
        return described_person(head, self.people, self.by_token, self.groups, self.lex.roles)

    def role_person(self, head: Token | None, role: str) -> str | None:
        """The identified perpetrator or victim ("The assailant, identified as X") an indefinite description of
        an act's doer or undergoer ("a policeman shot ...") introduces (pipeline/identified.py)."""
        return role_person(head, role, self.people, self.by_token, self.groups)

    def employer(self, strike: Token) -> list[Token]:
        """The employer of the workers who strike, named by their phrase ("cabin crew workers at British Airways",
        "doctors of the Khartoum Teaching Hospital", "staff for Air Canada"): docs/annotation.md, *Strikes*: a strike
        or a strike prepared is directed at the employer where the text names it (PLOVER PROTEST strike, THREATEN
        restrict). Only a body (an organisation the text names), not a place the workers are in."""
        strikers = self.source(strike)
        if strikers is None and strike.dep_ == "pobj":
            strikers = self.source(strike.head.head)  # "doctors went on strike"
        if strikers is None:
            return []
        phrase = [strikers] + [g for c in strikers.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"]  # "thousands of workers at X"
        out: list[Token] = []
        for noun in phrase:
            for body in (g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "for")
                         for g in c.children if g.dep_ == "pobj" and g not in phrase):
                # (not the strikers themselves, "thousands of workers", a crowd's body: group_people._acting_people)
                mention = self.by_token.get(body.i)
                if mention is not None and mention.type == "ORG" and mention.actor:
                    out.append(body)
        return out

    def dwelling_owners(self, token: Token) -> list[Token]:
        """The owners of a home or an office a physical act was done at or in ("executed a search warrant at Paul
        Block's residence", "a raid on the home of NLD lawmaker Aung Min", "a grenade thrown into the mayor's
        house"; plover.yaml ``dwelling_nouns``): PLOVER COERCE seize and ASSAULT are directed at the owners of
        what is searched, seized or struck (docs/annotation.md: the recipient the owners), the possessor or the
        "of" phrase of the dwelling."""
        holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
        out: list[Token] = []
        for holder in holders:
            for dwelling in (g for c in holder.children if c.dep_ == "prep" and c.lower_ in DWELLING_PREPS
                             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.dwellings):
                out += [c for c in dwelling.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
                out += [g for c in dwelling.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
        return out

    def suspect_person(self, head: Token) -> Token | None:
        """The document's suspect that a person described by a common noun stands for ("a 23-year-old man ... the
        male suspect ... The man is charged"; collectives.yaml ``people_nouns``, in the singular): where the text
        names one suspect, the one a justice act is done to is that suspect, a local actor of the document (PLOVER:
        the recipient of an arrest or a charge; docs/annotation.md: a suspect the text follows is an actor, unnamed
        victims stay null, and a victim is not arrested or charged). None where the document has no suspect or
        several, or the phrase names an actor of its own."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in self.lex.people \
                or self.actor_in(head) is not None:
            return None
        suspects = {m.actor for m in self.ctx.mentions if id(m) in self.groups and m.actor
                    and m.text.lower().split()[-1] == "suspect"}
        if len(suspects) != 1:
            return None
        key = next(iter(suspects))
        return next((t for t in self.sent.doc if (m := self.by_token.get(t.i)) is not None and m.actor == key), None)

    def members_of(self, head: Token) -> str | None:
        """The body whose members a noun of membership names ("her colleagues in the Alberta legislature", "members
        of the Sudanese parliament", "fellow lawmakers in the Verkhovna Rada"; collectives.yaml ``member_nouns``):
        PLOVER codes the body the members act or are acted on as, where the text names no one of them. Not a
        place ("lawmakers in Kyiv" sit there)."""
        if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in self.lex.members:
            return None
        for noun in (g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for g in c.children if g.dep_ == "pobj"):
            mention = self.by_token.get(noun.i)
            if mention is not None and mention.actor and mention.type in ACTOR_TYPES and mention.type != "GPE" \
                    and mention.type != "NORP":
                return mention.actor
        return None

    def holder_group(self, word: Token) -> str | None:
        """The collective a holder word in the singular stands for ("insurgent-held Karabilah", "rebel-held Kidal"):
        the document's group named by that word's plural ("the insurgents", "rebels"), the last one before it, else
        the first after (collectives.yaml ``group_heads``; docs/annotation.md, Actor and recipient: collective actors
        are actors, two mentions of one body one actor)."""
        forms = {word.lower_, word.lower_ + "s", word.lower_ + "es", word.lemma_.lower() + "s"}
        named = [m for m in self.ctx.mentions if id(m) in self.groups and m.actor
                 and m.text.lower().split()[-1] in forms]
        earlier = [m for m in named if m.end <= word.idx]
        return earlier[-1].actor if earlier else named[0].actor if named else None

    def holder(self, place: Token) -> Token | None:
        """Who holds a place, named hyphened before a participle of holding that qualifies it ("rebel-held Aleppo",
        "Houthi-controlled Hodeidah": collectives.yaml, ``holder_words``)."""
        for held in (c for c in place.children if c.dep_ in ("amod", "compound") and c.lower_ in self.lex.holders):
            if held.i >= 2 and held.doc[held.i - 1].text == "-" and not held.doc[held.i - 1].whitespace_:
                word = held.doc[held.i - 2]
                if word.pos_ in ("NOUN", "PROPN", "ADJ") and word.head.i in (held.i, place.i):
                    return word
        return None

    def set_off(self, head: Token) -> str | None:
        """The person named between commas right after a phrase that names no actor: an apposition the parse did
        not attach ("urge the Prime Minister-designate, Haider al-Abadi, to work swiftly")."""
        doc, end = head.doc, max(t.i for t in head.subtree) + 1
        if head.pos_ not in ("NOUN", "PROPN") or end >= len(doc) or doc[end].text != "," or \
                self.actor_in_tokens(list(head.subtree)) is not None:
            return None
        mention = self.by_token.get(end + 1)
        if mention is None or mention.type != "PERSON" or not mention.actor or mention.start != doc[end + 1].idx:
            return None
        after = next((t for t in doc[end + 1:] if t.idx >= mention.end), None)
        return mention.actor if after is not None and after.text == "," else None

    def _of_named(self, head: Token, depth: int = 0) -> str | None:
        """The known or named body in a group's "of" phrase ("supporters of Kataib Hezbollah"), if any; through a
        part of a force ("fighters from a battalion of the Wagner Group"), and for such a part, also a body the
        groups stage made ("the counter-terrorism unit of the Kenyan police"; collectives.yaml ``force_units``)."""
        unit = head.lower_ in self.lex.force_units
        for prep in (c for c in head.children if c.dep_ == "prep" and (
                c.lower_ == "of" or c.lower_ == "from" and depth == 0)):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                mention = self.by_token.get(noun.i)
                # "from" a body as "of" it ("fighters from the RSF", "deputies from the Sheriff's Office"), not from
                # a country or people, which tells where they come from ("foreign fighters from Tunisia") (src)
                from_body = prep.lower_ == "from" and mention is not None and mention.type not in (
                    "GPE", "NORP", "LOC", "FAC", "PERSON")
                if from_body and (whole := self._of_named(noun, 1)) is not None:
                    return whole  # "Soldiers from the 33rd Division of the Myanmar army": the army, as before
                if mention is not None and mention.actor and mention.type in ACTOR_TYPES and (
                        prep.lower_ == "of" or from_body) and (unit or id(mention) not in self.groups) \
                        and not ((unit or depth) and mention.type in ("GPE", "NORP")):  # "a unit of Kenya" no body
                    return mention.actor
                if mention is None and depth == 0 and noun.lower_ in self.lex.force_units \
                        and (body := self._of_named(noun, 1)) is not None:
                    return body
        return None

    def titled(self, head: Token, owned: bool = False) -> str | None:
        """The person a title stands for: "The Foreign Secretary" is the one the document names "Foreign Secretary
        Boris Johnson" (or "Boris Johnson, the Foreign Secretary"), the nearest such naming, earlier ones first.
        Only a capitalized title used as a name ("the Grand Mufti"), not a common noun ("the minister"); or
        (``owned``) a common noun of office that a state owns ("Russia's ambassador", "the Russian ambassador",
        with the one the document titles "Ambassador Andrei Karlov"): one office of one state, whose holder the
        text names (PLOVER codes the person who acted or was acted on)."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        state = None
        if owned:
            owners = [c for c in head.children if c.dep_ == "poss" and self.in_mention("GPE", c)
                      or c.dep_ == "amod" and self.in_mention("NORP", c)]
            if head.is_title or head.tag_ != "NN" or not owners:
                return None
            state = self.by_token[owners[0].i].actor
            words = [t for t in head.children if t.i < head.i and t.dep_ == "compound"] + [head]
        elif not head.is_title or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        else:
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "amod") or t.i == head.i]
        title = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
        text, here = self.ctx.document.text, head.idx
        found: list[tuple[int, int, str]] = []
        for m in self.ctx.mentions:
            if m.type != "PERSON" or not m.actor or m.start <= here < m.end:
                continue
            before = " ".join(text[max(0, m.start - len(title) - 4):m.start].lower().split())
            after = " ".join(text[m.end:m.end + len(title) + 8].lower().split())
            if state is not None and any(n.actor and n.actor != state and n.type in ("GPE", "NORP")
                                         and m.start - len(title) - 3 <= n.end < m.start
                                         for n in self.ctx.mentions):
                continue  # "U.S. Ambassador John Bass" holds another state's office
            if before.endswith(title) or after.startswith((f", the {title}", f", {title}")):
                found.append((m.start > here, abs(m.start - here), m.actor))
        return min(found)[2] if found else None

    def actor_in_tokens(self, tokens: list[Token]) -> str | None:
        """The first actor the words name; a people's plural inside a phrase ("thousands of Syrians", "the deaths
        of two Moroccans") names people of a nation, not its state (as ``actor_in`` reads it at a phrase's head)."""
        for t in tokens:
            mention = self.by_token.get(t.i)
            if mention is not None and mention.actor and mention.type in ACTOR_TYPES and not (
                    mention.type == "NORP" and t.tag_ in ("NNPS", "NNS") and not _the_nation(t)):
                return mention.actor
        return None
