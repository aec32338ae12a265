"""The sentence the events stage reads: its mentions by token, its clauses and its mode; its lookups are mixins."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..knowledge import builtin_lexicon, word_set
from ..model import Evidence, Mention
from . import DocContext
from .event_dates import SentenceDates
from .event_doers import SentenceDoers
from .event_factuality import CLAUSE_DEPS, SentenceFactuality, finite_beside_infinitive
from .event_forms import recipients
from .event_joint_actors import SentenceJointActors
from .event_lexicon import Lexicon
from .event_party_lookup import SentenceLookups
from .event_places import Facilities, SentencePlaces
from .event_pronouns import SentencePronouns
from .event_senses import labour_strike
from .event_sources import SentenceSources
from .event_targets import SentenceTargets
from .event_tolls import SentenceTolls
from .event_types import has_cue, trigger_type

# The closed classes of words the module's functions read (plover.yaml, its last section; read once).
_CLOSED = builtin_lexicon("plover")
GRIEVANCE_PREPS = word_set(_CLOSED, "grievance_preps")  # "angry over X", "furious at X"


class Sentence(SentenceFactuality, SentenceLookups, SentencePronouns, SentenceSources, SentenceDoers, SentenceTargets,
               SentenceJointActors, SentenceDates, SentencePlaces, SentenceTolls):
    """One sentence of a document with what the rules need about it: its mentions by token."""

    def __init__(
        self, ctx: DocContext, sent: Span, lexicon: Lexicon, by_token: dict[int, Mention], facility: Facilities,
        groups: set[int], people: dict[str, str] | None = None,
    ) -> None:
        self.ctx, self.sent, self.lex, self.by_token, self.facility = ctx, sent, lexicon, by_token, facility
        self.groups = groups  # id() of the document's collective-actor mentions
        self.people = people or {}  # description -> the person the document identifies it as (identified.py)
        self._cities: dict[int, Mention | None] = {}  # "the city" -> the city named before it
        start, end = ctx.sentence_at(sent.start_char)
        self.evidence = Evidence(ctx.document.id, start, end, ctx.document.text[start:end])

    def protested(self, token: Token) -> list[Token]:
        """Whom a protest is directed at, told in its purpose clause (PLOVER PROTEST: the recipient is the target of
        the demonstration): the one its demand is made of ("gathered to demand the government scrap the bill",
        "rallied to urge parliament to ...") or its anger is aimed at ("gathered to voice their anger at police")."""
        out: list[Token] = []
        for holder in (token, self.governor(token)):
            if holder is None:
                continue
            for purpose in (c for c in holder.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                objects = [c for c in purpose.children if c.dep_ == "dobj"]
                if self.lex.verbs.get(purpose.lemma_.lower()) == "REQUEST":
                    out += objects + recipients(purpose, "REQUEST", self.lex.movers)
                out += [g for h in (purpose, *objects) for c in h.children if c.dep_ == "prep"
                        and c.lower_ in ("at", "against") for g in c.children if g.dep_ == "pobj"]
        return out + self.grievance(token)

    def grievance(self, token: Token) -> list[Token]:
        """Whom a protest's grievance is aimed at, told by a word of anger on the protest or on the protesters
        ("protests by Turks angry over Russia's support for Assad", "Sudanese protested, angry over the army's
        seizure of power": Russia, the army; plover.yaml ``grievance_words``): the doer of the act they are angry
        over, or the party named as its object (PLOVER PROTEST: the recipient is the target of the protest)."""
        crowd = [g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "nsubj"]
        crowd += [g for c in crowd for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]  # "thousands of Sudanese, angry at ..."
        out: list[Token] = []
        for holder in (token, *crowd):
            for word in (c for c in holder.children if c.lower_ in self.lex.grievance
                         and c.dep_ in ("amod", "acomp", "advcl", "advmod", "xcomp", "npadvmod")):
                for cause in (g for p in word.children if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS
                              for g in p.children if g.dep_ == "pobj"):
                    doer = self.cause_doer(cause)
                    out.append(doer if doer is not None else cause)
        return out

    def _owner(self, actor: str) -> str:
        """An attack on an embassy or a base is an attack on the state that keeps it."""
        record = self.ctx.knowledge.get(actor)
        if (record is None or record.kind == "state" or not record.country
                or self.facility(tuple(record.aliases)) is None):
            return actor
        return next((s.id for s in self.ctx.knowledge.states() if s.country == record.country), actor)

    def mention_at(self, token: Token, *types: str) -> Mention | None:
        """The mention at ``token``, where there is one (and it is of one of ``types``, where given)."""
        mention = self.by_token.get(token.i)
        return mention if mention is not None and (not types or mention.type in types) else None

    def in_mention(self, mention_type: str, token: Token) -> bool:
        """Whether a token lies in a mention of that type ("WEAPON", "DATE", "MONEY")."""
        return self.mention_at(token, mention_type) is not None

    # --- the clauses an event hangs on, and its mode (its date, place and toll: the mixins) ---
    def rings(self, token: Token) -> list[list[Token]]:
        """The event's own clause (a noun's whole phrase), then each clause it hangs on, up to the main one."""
        heads = self.ring_heads(token)
        return [list(token.subtree) if token.pos_ == "NOUN" else self.clause(token)] + [
            self.clause(head) for head in heads[1:]]

    def ring_heads(self, token: Token) -> list[Token]:
        """The head of each of ``rings``: the trigger, then the verb of each clause it hangs on."""
        heads = [token]
        governor = self.governor(token) or token
        if governor.i != token.i:
            heads.append(governor)
        while governor.dep_ in CLAUSE_DEPS | {"pcomp"} and governor.head.i != governor.i:
            # Up through participles and complements: "Citing threats, X closed ... last year",
            # "A bomber blew himself up at a checkpoint in Baghdad, killing 12".
            # (a finite verb the parse hangs on an infinitive goes with the infinitive's head: "urged the ELN to
            # release its hostages and called on ...", whose call is no release)
            governor = finite_beside_infinitive(governor) or governor.head
            heads.append(governor)
        return heads

    def shared_phrases(self, token: Token) -> list[Token]:
        """The phrases a trigger verb shares with the verbs coordinated after it: those the last conjunct takes after
        itself, where every conjunct shares the trigger's subject and the last tells an act ("attacked a police
        station in Cucuta and bombed a pipeline in Arauca on Friday": both on Friday). A conjunct with a subject of
        its own is another clause ("and Ukrainian forces struck a depot in Donetsk"), whose phrases are its own; the
        trigger's own phrases outrank the shared ones (``date``, ``places`` read them after its own clause) (clz)."""
        if token.pos_ != "VERB":
            return []
        conjuncts, stack = [], [c for c in token.children if c.dep_ == "conj"]
        while stack:
            verb = stack.pop()
            if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                return []  # another clause, or a coordinated noun: nothing shared
            conjuncts.append(verb)
            stack.extend(c for c in verb.children if c.dep_ == "conj")
        if not conjuncts:
            return []
        last = max(conjuncts, key=lambda t: t.i)
        if trigger_type(self, last) is None:
            return []  # "were arrested and remained in custody as of Sunday": the state's time, not the arrest's
        return sorted((t for c in last.children if c.dep_ in ("prep", "npadvmod") and c.i > last.i for t in c.subtree),
                      key=lambda t: t.i)

    def own_setting(self, verb: Token) -> set[str]:
        """What a verb's own clause, its subject aside, names of the act's setting, as kinds: "place" and "date"
        ("wounded nine in Aleppo on Tuesday": both; "killed four people in Idlib": a place). The clauses a
        participle or an adverbial clause hangs on are its setting too ("struck Sumy on Monday, killing two")."""
        kinds: set[str] = set()
        while True:
            subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            for t in self.clause(verb):
                mention = self.by_token.get(t.i) if t.i not in subject else None
                if mention is not None and mention.type in ("GPE", "LOC", "FAC"):
                    kinds.add("place")
                elif mention is not None and mention.type == "DATE" and mention.value:
                    kinds.add("date")
            if verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
                return kinds
            verb = verb.head

    def mode(self, event_type: str, tokens: list[Token]) -> str | None:
        if event_type == "THREATEN" and any(t.lemma_.lower() in self.lex.strike_words and labour_strike(t, self.lex)
                                            for t in tokens):
            # "the union threatened a nationwide strike": a strike's threat restricts, no violence (PLOVER THREATEN
            # restrict: strikes; docs/annotation.md, Strikes) (rcx)
            return "restrict"
        for mode, cues in self.lex.modes.get(event_type, []):
            if has_cue(cues, tokens):
                return mode
        return None
