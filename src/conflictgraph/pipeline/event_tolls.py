"""How many an attack killed or wounded: the toll methods of ``event_sentence.Sentence``, mixed into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge import builtin_lexicon, word_set
from ..model import Mention

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")
MACHINES = {"WEAPON", "MILITARY_PLATFORM"}  # mention types of things (weapons.yaml), not people
REFLEXIVES = word_set(_CLOSED, "reflexive_pronouns")  # who harms himself is the doer, not a victim


def gapped_remnants(verb: Token) -> list[Token]:
    """The counts a verb's gapped conjuncts give, the verb left out: "killed 15 people in Kharkiv on Monday and 20 in
    Odesa on Tuesday" (parsed "20" as a conjunct of "killed"), each a victim phrase of its own place and time (clz)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
            and any(g.dep_ == "prep" for g in c.children)]


class SentenceTolls:
    """The toll of a sentence's attacks: the count methods of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        lex: Lexicon
        def in_mention(self, mention_type: str, token: Token) -> bool: ...
        def clause(self, token: Token) -> list[Token]: ...
        def governor(self, token: Token) -> Token | None: ...
        def mention_at(self, token: Token, *types: str) -> Mention | None: ...
        def _opens_time_clause(self, verb: Token) -> bool: ...
        def own_setting(self, verb: Token) -> set[str]: ...

    def tolls(self, token: Token) -> tuple[int | None, int | None]:
        """Deaths and injuries the clause states, from kill and injure verbs tied to the event; not those of a time
        clause, which tells another act ("came two days after two bombs killed six police officers": the bombs'
        toll, ``time_clause``)."""
        verbs = self._toll_verbs(token)
        tolls: dict[str, int | None] = {}
        killing = any(v.lemma_.lower() in self.lex.kill for v in verbs.values())
        for v in sorted(verbs.values(), key=lambda v: v.i):
            lemma = v.lemma_.lower()
            kind = "dead" if lemma in self.lex.kill else "hurt" if lemma in self.lex.injure else ""
            if lemma in self.lex.wounding and not killing:
                kind = "hurt"  # "a woman was stabbed": one hurt, unless the clause kills (then the kill counts)
            if self._told_fatal(v):
                kind = "dead"
            if lemma in self.lex.result_verbs:
                for state, n in self.left_toll(v).items():
                    tolls.setdefault(state, n)  # "left 21 dead", "leaving three civilians wounded" (m39)
                continue
            if kind and kind not in tolls:
                tolls[kind] = self.count(v)
            elif kind == "" and "dead" not in tolls and (fallen := self.fallen(v)) is not None:
                tolls["dead"] = self.victims(fallen)  # "... hit a wedding, and twelve people died"
        return tolls.get("dead"), tolls.get("hurt")

    def _toll_verbs(self, token: Token) -> dict[int, Token]:
        """The trigger, its verb, and the participles and conjuncts that go with them, by index."""
        verbs: dict[int, Token] = {}
        stack = [token] + [g for g in [self.governor(token)] if g is not None]
        if token.dep_ in ("nsubj", "csubj") and token.head.lemma_.lower() in self.lex.result_verbs:
            stack.append(token.head)  # "Shelling of Kharkiv left two people dead": the act's result (m39)
        while stack:
            t = stack.pop()
            if t.i not in verbs:
                verbs[t.i] = t
                stack.extend(c for c in t.children if c.dep_ in ("advcl", "conj", "xcomp", "acl", "relcl")
                             and not self._opens_time_clause(c) and not self._own_act(c, token))
        return verbs

    def _own_act(self, conjunct: Token, token: Token) -> bool:
        """Whether a verb coordinated in the act's clause tells an act of its own, whose toll is its own: a clause
        with its own doer ("the army shelled Omdurman, killing seven people, and RSF fighters attacked Khartoum,
        wounding 14"), or a verb whose own phrases place or date it where the trigger's own phrases already do
        ("killed four people in Idlib and wounded nine in Aleppo"; docs/annotation.md, One event or several: acts
        that differ in place are two, and a conjunct's own phrases are its own) (clz)."""
        if conjunct.dep_ != "conj" or conjunct.pos_ not in ("VERB", "AUX"):
            return False
        if conjunct.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in conjunct.children) \
                and self.fallen(conjunct) is None:
            return True  # (victims told as the subject are the act's toll: "..., and twelve people died", "and
            # eight were wounded", "left five soldiers dead and seven wounded")
        verb = token if token.pos_ in ("VERB", "AUX") else self.governor(token)
        return verb is not None and verb.i != conjunct.i and bool(self.own_setting(conjunct) & self.own_setting(verb))

    def place_tolls(self, token: Token, places: list[Token | None]) -> list[tuple[int | None, int | None]]:
        """The toll of each of the events a trigger reports at several places, one per place (``places``, a token
        of each): where the clause tells each place's victims apart ("killed five people in Kharkiv and three in
        Odesa"), each event its own count (five, three); else the clause's count goes to the first place's event
        alone ("shelled Kharkiv and Odesa, killing eight people"), so that a toll is never counted once per place
        and the events' tolls never add up to more than the text states (docs/annotation.md, Tolls; One event or
        several: the toll of distinct acts is each act's own)."""
        own = [self._toll_at(token, place) if place is not None else None for place in places]
        if places and all(o is not None for o in own):
            return [o for o in own if o is not None]
        return [self.tolls(token)] + [(None, None)] * (len(places) - 1)

    def _toll_at(self, token: Token, place: Token) -> tuple[int | None, int | None] | None:
        """The dead and the hurt a clause counts among the victims it places at ``place``: of coordinated victims
        ("five people in Kharkiv and three in Odesa"), the one whose own phrase holds the place; None where no
        victim phrase of a kill or injure verb holds it apart from the others."""
        found: dict[str, int | None] = {}
        for verb in sorted(self._toll_verbs(token).values(), key=lambda v: v.i):
            lemma = verb.lemma_.lower()
            kind = "dead" if lemma in self.lex.kill or self._told_fatal(verb) else \
                "hurt" if lemma in self.lex.injure else ""
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            victim = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            if not kind or kind in found or victim is None:
                continue
            parts = [victim] + [c for c in victim.children if c.dep_ == "conj"]
            remnants = gapped_remnants(verb)
            if len(parts) + len(remnants) < 2:
                continue
            for part in parts:
                others = {t.i for p in parts + remnants if p.i != part.i and p.i not in {a.i for a in part.ancestors}
                          for t in p.subtree}
                # the first victim's phrases are the verb's own where the rest are gapped ("killed 15 people in
                # Kharkiv on Monday and 20 in Odesa"): the verb's clause but for the remnants and the subject
                domain = {t.i for t in (self.clause(verb) if remnants and part.i == victim.i else part.subtree)
                          if not any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == verb.i
                                     for a in [t, *t.ancestors])}
                if place.i in domain - others:
                    found[kind] = self.exact_count(part)
            for remnant in remnants:
                if place.i in {t.i for t in remnant.subtree}:
                    found[kind] = self.exact_count(remnant)
        if not found:
            return None
        return found.get("dead"), found.get("hurt")

    def left_toll(self, verb: Token) -> dict[str, int | None]:
        """The dead and the hurt a verb of result states: "left 21 dead", "left at least 40 people dead", "leaving three
        civilians wounded", "left five soldiers dead and seven wounded" (docs/annotation.md, Tolls: the counts the text
        states for the event). The state is a word of death (``dead_words``) or a participle of harm (``kill_verbs``,
        ``injure_verbs``) said of the people left, or standing for them ("left 9 dead")."""
        found: dict[str, int | None] = {}
        people = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "oprd", "ccomp", "xcomp", "advcl")]
        for word in people:
            for part in [word] + [c for c in word.children if c.dep_ == "conj"]:
                states = [part] + [c for c in part.children if c.dep_ in ("oprd", "acl", "amod", "acomp", "nsubj")]
                if part.dep_ in ("oprd", "ccomp", "xcomp", "acomp"):  # "left [40 people] dead": the state heads them
                    states += [part.head] if part.head.i != verb.i else []
                for state in states:
                    kind = self._state(state)
                    if kind is None or kind in found:
                        continue
                    counted = state if any(c.dep_ == "nummod" for c in state.children) else part \
                        if part.i != state.i else next((c for c in state.children if c.dep_ == "nsubj"), None)
                    before = verb.doc[state.i - 1] if state.i > verb.i + 1 else None
                    if (counted is None or counted.i == state.i) and before is not None and before.like_num \
                            and not any(c.dep_ == "nummod" for c in state.children):
                        counted = before  # "leaving at least 30 dead and 50 injured": the number before the state
                    if counted is None or counted.i == state.i and not any(
                            c.dep_ == "nummod" for c in state.children):
                        counted = next((c for c in verb.children if c.dep_ == "dobj" and c.i != state.i), None)
                    # the state's own number counts its own ("30 dead and 50 injured" is no 80 dead)
                    found[kind] = None if counted is None else self.exact_count(counted) \
                        if counted.i == state.i or counted.like_num else self.victims(counted)
        return found

    def _state(self, word: Token) -> str | None:
        """"dead" for a word of death, "hurt" for a participle of injury, else None."""
        lemma = word.lemma_.lower()
        if word.lower_ in self.lex.dead_words or lemma in self.lex.kill and word.tag_ == "VBN":
            return "dead"
        if lemma in self.lex.injure or word.lower_ in ("injured", "wounded"):
            return "hurt"
        return None

    def fallen(self, verb: Token) -> Token | None:
        """Who a clause tells died, where it tells deaths by the dead rather than by a killer: the subject of "died",
        "perished", "lost their lives", "are dead" ("twelve people died", "three lost their lives", "At least 25 people
        are dead"). Not a death of a cause the clause names ("died of an overdose", "died from his illness") nor one
        the clause dates itself ("died in 2015"): the attack's toll is the deaths the attack caused."""
        lemma = verb.lemma_.lower()
        told = (lemma in self.lex.death_verbs
                or lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.lost_nouns
                                           for c in verb.children)
                or lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in self.lex.dead_words or c.dep_ == "prep"
                                         and c.lower_ == "among" and any(g.lower_ in self.lex.dead_words
                                                                         for g in c.children) for c in verb.children))
        if not told or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in verb.children):
            return None
        if any(self.in_mention("DATE", t) for t in self.clause(verb)):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)

    def _told_fatal(self, verb: Token) -> bool:
        """Whether the wording tells that the harm killed: "fatally shot the ambassador", "stabbed to death", "shot
        dead" (the parser hangs "dead" on the verb, or, after an assault or weapon verb, on what follows it: "were
        shot dead", "shot dead two teachers")."""
        lemma = verb.lemma_.lower()
        return any(c.dep_ == "advmod" and c.lower_ in self.lex.fatal_adverbs or c.lower_ == "dead"
                   or c.dep_ == "prep" and any(g.lower_ == "death" for g in c.children) for c in verb.children) or (
            (self.lex.verbs.get(lemma) == "ASSAULT" or lemma in self.lex.weapon_verbs)
            and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "dead")

    def count(self, verb: Token) -> int | None:
        """The victims a kill or injure verb counts: its object (or passive subject, or that of the verb it is
        coordinated with: "were shot and wounded"), summed over coordinated victims ("six police officers and a
        civilian"); "no one", "fatally shot" a single person, a named or singular victim one."""
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        victim = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if victim is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and (verb.head.tag_ == "VBN" or any(
                c.dep_ == "nsubj" and c.like_num for c in verb.children)):
            # a passive whose auxiliary is gapped: "Five were killed and ten wounded" counts its own ten, as does
            # "leaving 3 dead and 10 wounded"
            # (docs/annotation.md, Tolls: the counts the text states for the event)
            victim = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if victim is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.like_num and \
                verb.head.dep_ == "conj":
            # "were shot dead and five wounded": the parser makes the number the conjunct, the participle its
            # modifier; the number is the count (docs/annotation.md, Tolls) (k37)
            victim = verb.head
        if victim is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            head = verb.head
            victim = next((c for c in head.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if victim is None:
            return None
        return 0 if any(c.dep_ == "neg" for c in verb.children) else self.victims(victim)

    def victims(self, victim: Token) -> int | None:
        """How many a victim phrase counts: "no one", "no civilians" zero; coordinated victims summed ("six police
        officers and a civilian"); None where the count is vague ("dozens")."""
        kids = list(victim.children)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
            return 0
        if victim.lower_ in ("no-one", "nobody") or victim.lower_ == "one" and any(c.lower_ == "no" for c in kids):
            return 0
        total = 0
        parts = [victim] + [c for c in victim.children if c.dep_ == "conj"]
        if any(self.mention_at(p, *MACHINES) is not None for p in parts):
            return None  # "shot down 20 drones", "destroyed two tanks": machines are no toll of people
        if all(p.lower_ in REFLEXIVES for p in parts):
            return None  # "the gunman then killed himself": no count of the attack's victims
        for part in parts:
            if part.lower_ in REFLEXIVES:
                continue  # "a suicide bomber killed himself and 12 others": the attacker is no victim of the attack
            n = self.exact_count(part)
            if n is None:
                return None
            total += n
        return total

    def _number_word(self, word: Token) -> int | None:
        """A number told in words, with the parts the parser hangs on it: "twenty-five" (tens and units), "two hundred",
        "three thousand" (a multiplier) (k37)."""
        value = self.lex.numbers.get(word.lower_)
        parts = [self.lex.numbers.get(c.lower_) for c in word.children if c.dep_ in ("compound", "nummod") and c.i <
                 word.i and c.like_num and not c.text.replace(",", "").isdigit()]
        if value is None or None in parts or len(parts) > 1:
            return value if not parts else None
        if parts and value < 10 and 20 <= parts[0] <= 90 and parts[0] % 10 == 0:
            return parts[0] + value  # "twenty-five"
        if parts and value in (100, 1000) and parts[0] < 100:
            return parts[0] * value  # "two hundred"
        return value if not parts else None

    def exact_count(self, victim: Token) -> int | None:
        """How many a victim noun counts, where it says exactly: its number ("25 civilians", "two hundred"), one for
        a singular one ("a civilian", "his victim", a person named, "he"); None for "dozens" or a bare plural."""
        kids = list(victim.children)
        for t in [victim] + [c for c in kids if c.dep_ == "nummod"]:
            if t.like_num or t.lower_ == "both":  # "killing 25", "killing both"; "two dozen" is no exact count
                if t.text.replace(",", "").isdigit():
                    return int(t.text.replace(",", ""))
                exact = not any(c.lower_ in ("dozen", "dozens", "hundreds") for c in t.children)
                return self._number_word(t) if exact else None
        if victim.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") or c.dep_ == "poss"
                                       for c in kids):
            return 1  # "a civilian", "the assailant", "his victim", "Russia's ambassador"
        if victim.tag_ == "NNP" and self.in_mention("PERSON", victim) or victim.lower_ in (
                "he", "she", "him", "her"):
            return 1  # a person named, or one referred to
        return None
