"""The several actors of one act: coordinated, listed, joint or two-sided parties of a sentence."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..knowledge import builtin_lexicon, word_set
from ..model import ACTOR_TYPES, Mention
from . import DocContext, two_before
from .event_forms import JOINT_TYPES
from .event_lexicon import Lexicon
from .event_light_nouns import set_in
from .event_meetings import by_phone
from .event_parties import agreement_parties, as_well_as, companions, cut_list_before, split_coordination
from .event_types import trigger_type

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")

# Conjunctions of alternatives: "Russia or Turkey" is no compound actor.
ALTERNATIVES = word_set(_CLOSED, "alternative_conjunctions")


class SentenceJointActors:
    """The several actors of one act: the joint-party lookups of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        ctx: DocContext
        sent: Span
        lex: Lexicon
        by_token: dict[int, Mention]
        groups: set[int]
        def actor_in(self, head: Token | None) -> str | None: ...
        def mention_at(self, token: Token, *types: str) -> Mention | None: ...

    def actors_of(self, head: Token | None) -> list[str]:
        """The actors a phrase names, with those coordinated with it ("Russia and Turkey", "he and Erdogan",
        "Cavusoglu and his Russian counterpart, Sergey Lavrov"): the head's (``actor_in``), then each conjunct's, in
        the text's order, each once. PLOVER codes compound actors as a list (Compound and Reciprocal Actors); an
        alternative ("Russia or Turkey") is no compound, so it gives the head's only."""
        if head is None:
            return []
        if head.lower_ == "they" and head.dep_ in ("nsubj", "nsubjpass") and self.actor_in(head) is None:
            return self.met_before(head) or self.listed_before(head)
        if (pair := self.the_two(head)):
            return pair  # "the two leaders affirmed": the two persons named just before
        conjuncts = sorted((c for c in head.conjuncts if c.i > head.i and c.pos_ in ("NOUN", "PROPN", "PRON")),
                           key=lambda c: c.i)
        if not conjuncts and (owners := self._coordinated_possessors(head)):
            return owners  # "Russia and Iran's support for Assad": both states' support (lst)
        if not conjuncts and (shared := self._coordinated_qualifiers(head) or self._held_by_each(head)):
            return shared  # "the Ethiopian and Kenyan foreign ministers": both states' ministers
        if not conjuncts and (listed := self._listed_appositive(head)) is not None:
            conjuncts = sorted((listed, *listed.conjuncts), key=lambda c: c.i)  # "Mali, Burkina Faso and Niger"
        elif conjuncts:
            conjuncts = sorted((*self._listed_between(head, conjuncts[0]), *conjuncts), key=lambda c: c.i)
        # "Israel as well as the United States condemned": a coordination the parse made two subjects (lst)
        split = [k for s in split_coordination(head, ALTERNATIVES) for k in (s, *s.conjuncts) if k.i > head.i
                 and k.pos_ in ("NOUN", "PROPN", "PRON")]
        split += [g for t in (head, *conjuncts, *split) for g in as_well_as(t)]  # "Russia as well as Belarus"
        conjuncts = sorted({c.i: c for c in (*conjuncts, *split)}.values(), key=lambda c: c.i)
        if any(c.dep_ in ("cc", "preconj") and c.lower_ in ALTERNATIVES for t in (head, *conjuncts)
               for c in t.children):
            conjuncts = []
        chain = {t.i for t in (head, *conjuncts)}
        parties = [head]
        for c in conjuncts:
            # A conjunct with no "and" or comma before it is the same party misparsed ("he and Turkish President
            # Recep Tayyip Erdogan": President and Erdogan): the name, which comes last, stands for a word that
            # names no actor of its own
            parted = c in split or any(t.dep_ in ("cc", "punct") and t.head.i in chain
                                       for t in head.doc[parties[-1].i + 1:c.i])
            if parted:
                parties.append(c)
            elif not self.names_actor(parties[-1]):
                parties[-1] = c
        # A party named only by common words joins the compound ("Turkey and activists on the ground accused"),
        # but not as the rest the text adds to a named actor ("the regime and other forces"), which is the one it
        # codes; and the named bodies it gives as examples stand for it ("the Asad regime and militias like
        # Hezbollah": Hezbollah; PLOVER codes the entity that carried the act out)
        joint = self._told_joint(head)  # "X and allied militias carried out joint attacks": both act (m39)
        found = [a for i, p in enumerate(parties)
                 for a in ([self.actor_in(p)] if i == 0 or not self._common(p)
                           else self.examples(p) or ([] if self._adjunct(p) and not joint else [self.actor_in(p)]))]
        # "Somali forces, together with AU troops, attacked", "Russia, along with Iran, backs": a compound too
        found += [a for c in companions(head, self.lex.partnering) for a in self.actors_of(c)]
        # "Turkey, Russia, and Iran agreed", the parse making Turkey the root: the items before the subject (lst)
        before = cut_list_before(head, ALTERNATIVES)
        if before and all(self.names_actor(t) for t in before):
            found = [self.actor_in(t) for t in before] + found
        return [a for a in dict.fromkeys(found) if a is not None]

    def the_two(self, head: Token) -> list[str]:
        """The pair "the two leaders", "both presidents", "the two countries" point back at: the two persons (for a
        title, office_titles and person_titles, or collectives.yaml ``pair_person_nouns``: "men") or states (for
        ``pair_state_nouns``: "countries") named last before it, in its sentence or the two before (PLOVER,
        Compound and Reciprocal Actors: every actor of a compound is coded; docs/annotation.md, Lists)."""
        lemma = head.lemma_.lower()
        pair = head.tag_ == "NN" and lemma in self.lex.pair_nouns and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this") for c in head.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "the pair", not "a pair of boots"
        if not pair and (head.tag_ != "NNS" or not any(
                c.lower_ == "two" and c.dep_ == "nummod" or c.lower_ == "both" and c.dep_ in ("det", "predet")
                for c in head.children)):
            return []
        if pair or lemma in self.lex.office_titles | self.lex.person_titles | self.lex.pair_persons:
            kinds = {"PERSON"}
        elif lemma in self.lex.pair_states:
            kinds = {"GPE"}
        else:
            return []
        start = two_before(head)
        named = [m.actor for m in self.ctx.mentions if start <= m.start and m.end <= head.idx and m.actor
                 and m.type in kinds]
        last = list(dict.fromkeys(reversed(named)))[:2]
        return list(reversed(last)) if len(last) == 2 else []

    def _coordinated_qualifiers(self, head: Token) -> list[str]:
        """The actors of a plural noun qualified by coordinated names ("the Ethiopian and Kenyan foreign ministers",
        "the Sudanese and Chadian armies"): one party each (PLOVER, Compound and Reciprocal Actors: every actor of a
        compound is coded; docs/annotation.md, Lists). Not an alternative ("Ethiopian or Kenyan"), nor a noun in the
        singular ("the US and UK embassy" names one thing). Adjectives only: the seeds gold codes "KH and AAH
        leaders threatened" as one event per body, which a list would fail (tests/floors.json)."""
        if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS"):
            return []
        for mod in (c for c in head.children if c.dep_ == "amod" and c.i < head.i):
            if actors := self._one_each(mod, ()):
                return actors
        # "the foreign ministers of Russia and China", "the leaders of Ethiopia and Eritrea": holders of an office
        # of each state named, one party each (a title's "of" phrase, office_titles and person_titles)
        if head.lemma_.lower() not in self.lex.office_titles | self.lex.person_titles:
            return []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if actors := self._one_each(obj, ACTOR_TYPES):
                    return actors
        return []

    def _coordinated_possessors(self, head: Token) -> list[str]:
        """The actors of a noun no mention covers that stands for its possessor, where the possessor is a
        coordination: "Russia and Iran's support for Assad" (the parse hangs "'s" on Iran, Iran a conjunct of Russia):
        every owner (PLOVER, Compound and Reciprocal Actors; docs/annotation.md, *Lists*) (lst)."""
        if head.pos_ != "NOUN" or self.by_token.get(head.i) is not None:
            return []
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or not any(k.i > owner.i for k in owner.conjuncts) or self.actor_in(owner) is None \
                or self.actor_in(head) != self.actor_in(owner):
            return []
        owners = self.actors_of(owner)
        return owners if len(owners) > 1 else []

    def _held_by_each(self, head: Token) -> list[str]:
        """The actors of a plural noun the parse already reads as the body its "of" or "from" phrase names, where that
        phrase is a coordination: "fighters from JNIM and the Islamic State", "the governments of Mali and Niger"
        (one party each; PLOVER, Compound and Reciprocal Actors). Only where the noun stands for the first body
        named ("residents of Goma and Bukavu" are residents, no state) and every item names an actor (lst)."""
        if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or (own := self.actor_in(head)) is None:
            return []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if (actors := self._one_each(obj, ACTOR_TYPES)) and actors[0] == own:
                    return actors
        return []

    def _one_each(self, first: Token, kinds: Collection[str]) -> list[str]:
        """The actors of a coordination that begins at ``first`` ("Ethiopian and Kenyan", "of Russia and China"), one
        party each; none for a single item, for alternatives ("Ethiopian or Kenyan"), or where an item names no
        actor (of ``kinds``, where given) or two items name the same."""
        chain = [first, *sorted((k for k in first.conjuncts if k.i > first.i), key=lambda k: k.i)]
        if len(chain) < 2 or any(c.dep_ in ("cc", "preconj") and c.lower_ in ALTERNATIVES
                                 for t in chain for c in t.children):
            return []
        actors = [m.actor if (m := self.mention_at(t, *kinds)) is not None else None for t in chain]
        return actors if all(actors) and len(set(actors)) == len(actors) else []

    def _listed_appositive(self, head: Token) -> Token | None:
        """The second item of a list of three or more the parse took for an appositive: "Mali, Burkina Faso and
        Niger" (Faso an appositive of Mali, Niger its conjunct). An appositive restates its head; one that names
        another actor of the same kind (two states, two organisations, two persons) and is itself coordinated
        begins the rest of a list (PLOVER, Compound and Reciprocal Actors: every actor of a compound is coded)."""
        own = self.by_token.get(head.i)
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            other = self.by_token.get(appos.i)
            if own is None or other is None or not (own.actor and other.actor) or own.actor == other.actor:
                continue
            if own.type == other.type and any(c.dep_ == "conj" for c in appos.children) and any(
                    c.dep_ == "cc" and c.lower_ not in ALTERNATIVES for c in appos.children):
                return appos
        return None

    def _listed_between(self, head: Token, conjunct: Token) -> list[Token]:
        """The middle item of a list with a comma before its "and" that the parse took for an appositive: "Mali,
        Burkina Faso, and Niger" (Faso an appositive of Mali, Niger its conjunct). A name set off by commas between
        a party and its conjunct, naming another actor of the same kind, is an item (PLOVER, Compound and
        Reciprocal Actors), not a restatement ("the RSF, a paramilitary group, and the army": no name) (lst)."""
        own = self.by_token.get(head.i)
        if own is None or not own.actor:
            return []
        out = []
        for appos in (c for c in head.children if c.dep_ == "appos" and head.i < c.i < conjunct.i):
            other = self.by_token.get(appos.i)
            after = head.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(head.doc) else None
            if appos.pos_ == "PROPN" and other is not None and other.actor and other.actor != own.actor \
                    and other.type == own.type and after is not None and after.lower_ == "," \
                    and head.doc[appos.left_edge.i - 1].lower_ == ",":
                out.append(appos)
        return out

    def met_before(self, pronoun: Token) -> list[str]:
        """The parties of the meeting told just before that a "they" with no body before it stands for: "Boris
        Johnson met the Iraqi Foreign Minister ... They also agreed to work together" (both who met; PLOVER,
        Compound and Reciprocal Actors). Only a meeting of two parties or more, in the two sentences before."""
        since = two_before(pronoun)
        for event in reversed(self.ctx.events):
            if event.type != "CONSULT" or not any(since <= e.start < self.sent.start_char for e in event.evidence):
                continue
            parties = list(dict.fromkeys(event.actors("source") + event.actors("target")))
            return parties if len(parties) > 1 else []
        return []

    def listed_before(self, pronoun: Token) -> list[str]:
        """The parties a subject "they" stands for where the nearest subject before it, in its sentence or the one
        before, is a coordination of two or more actors: "Niger, Mali and Burkina Faso left ECOWAS. They accused the
        bloc" (all three), "Rivera, Ramirez, Mayhugh and Vasquez were sentenced ... They were released" (all four).
        PLOVER, Compound and Reciprocal Actors: every actor of a compound is coded. None where the nearest subject is
        a single party or names no actor."""
        if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        sents = [pronoun.sent] + ([pronoun.doc[pronoun.sent.start - 1].sent] if pronoun.sent.start > 0 else [])
        for sent in sents:
            subjects = [t for t in sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                        and t.pos_ in ("NOUN", "PROPN")]
            if subjects:
                subject = subjects[-1]
                if not any(c.dep_ == "conj" for c in subject.children):
                    return []
                parties = self.actors_of(subject)
                return parties if len(parties) > 1 else []
        return []

    def examples(self, head: Token) -> list[str]:
        """The actors a phrase of common words names as its examples: "militias like Hezbollah", "groups such as
        JNIM and the ISGS"."""
        preps = [c for c in head.children if c.dep_ == "prep" and (c.lower_ == "like" or c.lower_ == "as" and any(
            t.lower_ == "such" for t in (*c.children, head.doc[c.i - 1])))]
        return [a for c in preps for g in c.children if g.dep_ == "pobj" for a in self.actors_of(g)]

    def _common(self, token: Token) -> bool:
        """Whether a phrase names its actor only by common words: a collective actor of the groups stage ("other
        forces", "militias like Hezbollah"), not a name nor a word a name qualifies ("the German ambassador")."""
        mention = self.by_token.get(token.i)
        return mention is not None and id(mention) in self.groups

    def _adjunct(self, token: Token) -> bool:
        """Whether a group phrase is a rest added to a named party: "other forces", "allied militias"; or its
        following, "the parties and their supporters" (PLOVER codes the organisation its following acts for)."""
        return any(c.lower_ in self.lex.adjuncts or c.dep_ == "poss" and c.tag_ == "PRP$"
                   for c in token.children if c.i < token.i)

    def _told_joint(self, head: Token) -> bool:
        """Whether the subject's verb tells its act as joint: "carried out joint attacks", "jointly attacked"
        (plover.yaml ``joint_words``, ``joint_adverbs``): then a party added to a named one ("and allied militias")
        is in the actor list too (PLOVER, Compound and Reciprocal Actors: lists for joint events) (m39)."""
        if head.dep_ != "nsubj" or head.head.i == head.i:
            return False
        verb = head.head
        return any(c.dep_ == "advmod" and c.lower_ in self.lex.joint_adverbs or c.dep_ == "dobj" and any(
            g.dep_ == "amod" and g.lower_ in self.lex.joint for g in c.children) for c in verb.children)

    def names_actor(self, token: Token) -> bool:
        """Whether a token lies in a mention of an actor (a person, a body, a state) that has an actor."""
        mention = self.mention_at(token, *ACTOR_TYPES)
        return mention is not None and bool(mention.actor)

    def co_actors(self, token: Token, event_type: str) -> list[str]:
        """The other parties of a joint or reciprocal act, who act with its subject rather than receive it (PLOVER,
        Compound and Reciprocal Actors; docs/annotation.md, *Lists*): "spoke with Kerry", "talks between Iraq and
        the KRG", "a deal between Exxon and Rosneft", "a shootout with police". Only types whose parties
        all act (``JOINT_TYPES``); for ASSAULT only a two-sided fight (``two_sided`` words), as "attacked the
        town with drones" names a weapon and "police attacked protesters" a victim."""
        if event_type not in JOINT_TYPES:
            # "Exxon signed a deal with Rosneft": every party an agreement names acts
            return [a for head in agreement_parties(token, self.lex) for a in self.actors_of(head)]
        if event_type == "ASSAULT" and not self.two_sided(token):
            return []
        verbs = [token] + [c for c in token.children if c.dep_ == "xcomp"] if token.pos_ == "VERB" else [token]
        if token.pos_ == "NOUN":  # its participle's parties: "the agreement reached between Iraq and the KRG",
            verbs += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "brokered ... with Russia"
        if token.pos_ == "NOUN" and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in self.lex.realized_by:
            verbs.append(token.head)  # "a deal was reached between Armenia and Azerbaijan", "talks were held between
            # X and Y": the parse hangs the parties on the passive verb that makes the deal or meeting (rcv)
        if token.pos_ == "NOUN" and event_type == "ASSAULT" and token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
                and not any(c.dep_ == "dobj" for c in token.head.children) and trigger_type(self, token.head) is None:
            # the verb only tells the fight happening ("clashes broke out between the army and the RSF", "fighting
            # erupted between X and Y"): its parties are the fight's
            verbs.append(token.head)
        if event_type == "CONSULT" and token.pos_ == "VERB":
            # "talked trade during a telephone call with Merkel", "spoke at a meeting with the envoy": the party
            # hangs on the meeting the verb's phrase names
            verbs += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "at", "on")
                      for g in c.children if g.dep_ == "pobj" and (self.lex.nouns.get(g.lemma_.lower()) == "CONSULT"
                                                                   or by_phone(self, g))]
        # "between" and "with" name the other parties of a joint act (annotation.md, Lists)
        preps = ("with", "between") if event_type in JOINT_TYPES else ("between",)
        heads = [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        if event_type == "CONSULT" and token.pos_ == "NOUN" and (setting := set_in(token, self.lex)) is not None \
                and setting.lemma_.lower() in self.lex.journey_verbs:
            # "Johnson joined Kerry and international partners in Paris for talks": whom the subject joins for the
            # meeting meets with it, a party as the subject is (PLOVER CONSULT; Compound and Reciprocal Actors) (arg)
            heads += [o for o in setting.children if o.dep_ == "dobj"]
        # "held talks with X": the party hangs on the light verb's object
        if token.lemma_.lower() in self.lex.light_verbs:
            heads += [g for o in token.children if o.dep_ == "dobj" for c in o.children
                      if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
        return [a for head in heads for a in self.actors_of(head)]

    def two_sided(self, token: Token) -> bool:
        """Whether an ASSAULT word names violence both sides use ("clashed", "a shootout", "fighting between"): PLOVER
        ASSAULT codes all its participants as the actor."""
        words = {token.lemma_.lower(), token.lower_}
        words |= {o.lemma_.lower() for o in token.children if o.dep_ == "dobj"}  # "exchanged fire with"
        return bool(words & self.lex.two_sided)
