"""Whom an event's act was done to: the targets of a trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Mention
from .event_aid import relief_sent
from .event_blame import (
    alleged_party,
    answered_accuser,
    attributed_doer,
    attributed_to,
    blamed_on,
    blamed_party,
    deed_doer,
)
from .event_deployments import forces_in_aid, raised_security
from .event_doers import act_noun
from .event_forms import JOINT_TYPES, VERBAL_TYPES, clause_subject, noun_agent, recipients
from .event_inquiries import court_appearance, inquiry_into, investigated_act, on_trial
from .event_lexicon import Lexicon
from .event_light_nouns import counted_in, told_by
from .event_parties import (
    complained_of,
    described_deed,
    held_on_charge,
    joint_deed,
    reported_participle,
    taken_from,
    undergone_along,
    undergone_by,
    withdrawn,
)
from .event_places import is_investigation
from .event_roles import verb_parties
from .event_types import trigger_type

JUSTICE_TYPES = {"COERCE", "ACCUSE", "SANCTION"}  # arrests, charges, convictions: done to a suspect


class SentenceTargets:
    """Whom the act was done to: the target lookups of ``event_sentence.Sentence``, mixed into it."""

    if TYPE_CHECKING:  # what these methods read of ``Sentence``
        lex: Lexicon
        by_token: dict[int, Mention]
        groups: set[int]
        def _owner(self, actor: str) -> str: ...
        def actor_in(self, head: Token | None) -> str | None: ...
        def actors_of(self, head: Token | None) -> list[str]: ...
        def adverbial_of(self, token: Token) -> Token | None: ...
        def antecedent(self, token: Token) -> Token: ...
        def at_hands_of(self, token: Token) -> Token | None: ...
        def cause_doer(self, cause: Token) -> Token | None: ...
        def co_actors(self, token: Token, event_type: str) -> list[str]: ...
        def dwelling_owners(self, token: Token) -> list[Token]: ...
        def employer(self, strike: Token) -> list[Token]: ...
        def in_mention(self, mention_type: str, token: Token) -> bool: ...
        def judged_doer(self, token: Token) -> Token | None: ...
        def listed_before(self, pronoun: Token) -> list[str]: ...
        def names_actor(self, token: Token) -> bool: ...
        def protested(self, token: Token) -> list[Token]: ...
        def reaction_doer(self, noun: Token) -> Token | None: ...
        def source(self, token: Token, depth: int = 0) -> Token | None: ...
        def stance(self, token: Token) -> tuple[Token | None, list[Token]] | None: ...
        def suspect_person(self, head: Token) -> Token | None: ...
        def the_two(self, head: Token) -> list[str]: ...

    def targets(self, token: Token, event_type: str | None = None) -> list[str]:
        """Who it was done to: the object (not the weapon), else "on/against/at" X, else the object of its aim."""
        if (sides := self.stance(token)) is not None:
            doers = [d for cause in sides[1] if (d := self.cause_doer(cause)) is not None]
            return next(([self._owner(a) for a in self.actors_of(d)] for d in doers if self.actor_in(d)), [])
        if (judged := self.judged_doer(token)) is not None:
            return [self._owner(a) for a in self.actors_of(judged)]
        if event_type == "MOBILIZE" and raised_security(token, self.lex):
            return []  # "strengthened protection of the embassy": PLOVER MOBILIZE's recipient is whom the actor
            # mobilizes against, and raised security protects what it names
        children = list(token.children)
        passive = any(c.dep_ == "auxpass" for c in children) or (
            # "He was captured ... and accused of being ...": a participle coordinated with a passive is one too
            # (a regular verb's past in "-ed" is its participle too, which the tagger may take for a past tense)
            token.dep_ == "conj" and (token.tag_ == "VBN" or token.tag_ == "VBD" and token.lower_.endswith("ed"))
            and any(c.dep_ == "auxpass" for c in token.head.children)
            and not any(c.dep_ in ("nsubj", "dobj", "aux") and c.tag_ not in ("WDT", "WP") for c in children))
        # (a relative pronoun the parse makes the participle's object opens a clause on a noun before it: "and
        # accused of being Zarqawi's assistant, which Karbouly denied" is still passive; issue 11, src)
        topic = token.lemma_.lower() in self.lex.topic_verbs  # "discussed the Syria crisis": no party
        undergoer = "nsubj" if token.lemma_.lower() in self.lex.undergo or on_trial(token, self.lex) else "dobj"
        # the indirect object is whom it is given or done to: "awarded Tillerson the Order", "gave her $1,000"
        heads = [c for c in children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if event_type == "COOPERATE" and token.pos_ == "VERB":
            # "extradited two commanders to Nigeria", "the suspect was handed over to France": the cooperating party
            # is the state the suspect goes to, not the suspect (PLOVER COOPERATE: mutual cooperation, extraditions)
            heads += [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" and self.names_actor(g)]
        if event_type == "ACCUSE" and token.lemma_.lower() in self.lex.addressed_protests:
            # "Poland protested to Belarus": the party a diplomatic protest is presented to (acc)
            heads += [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" and self.names_actor(g)]
        moved = {t.i for t in withdrawn(token, self.lex)}  # "withdraw the United States from the TPP": its own
        # disapproval and approval judge a deed (an attack's word is its means for an attack, but the deed a
        # condemnation or a praise is about: "condemned Azerbaijan's shelling of Jermuk", whose doer ``_deed_doers``
        # finds; helper arg)
        judged_deed = event_type in ("ACCUSE", "SUPPORT")
        heads += [self.antecedent(c) for c in children if c.dep_ == ("nsubjpass" if passive else undergoer)
                  and not topic and (judged_deed or not self._means(c))
                  and c.i not in moved]
        if token.dep_ == "acl" and event_type not in ("MOBILIZE", "AID") and not topic \
                and (undergoer := verb_parties(self, token)[1]) is not None and undergoer.i == token.head.i \
                and any(self.names_actor(t) for t in undergoer.doc[undergoer.left_edge.i:undergoer.i + 1]):
            heads.append(undergoer)  # "the Ukrainian soldiers captured by Russian forces": a participle's noun
            # undergoes it, as a passive's subject does; not the troops or aid a MOBILIZE or AID moves, nor an act
            # it qualifies ("an operation executed by coalition forces", whose phrase may name others)
        if reported_participle(token, self.lex) is not None and (deed := described_deed(token)) is not None:
            heads += [s for s in (clause_subject(deed),) if s is not None]  # "describing it as scandalous": its doer
        if token.pos_ == "NOUN" and judged_deed:
            heads += complained_of(token, self.names_actor)  # "expressed concern about a Tillerson pick"
            heads += [self.antecedent(c) for c in held_on_charge(token, self.lex)]  # "He is held on two counts"
        if passive and not heads and token.dep_ == "conj" and token.head.pos_ == "VERB":
            # "X was arrested ... and was charged the following day": a passive conjunct shares its head's subject
            heads = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if event_type == "ACCUSE" and (blamed := blamed_party(token, self.lex) or alleged_party(token, self.lex)
                                       or attributed_doer(token, self.lex)):
            heads.append(self.antecedent(blamed))  # "said Hamas was behind the attack": Hamas is accused (e36)
        if event_type == "ACCUSE" and court_appearance(token, self.lex) is not None:
            # "the suspect appeared in court", "made his first appearance in court": the suspect is arraigned (a39)
            heads += [self.antecedent(s) for s in (
                [c for c in token.children if c.dep_ == "poss"] or [clause_subject(token.head if token.pos_ == "NOUN"
                                                                                  else token)]) if s is not None]
        if event_type == "ACCUSE" and (blamed := attributed_to(token, self.lex, self.names_actor)
                                       or blamed_on(token, self.lex)) is not None:
            heads.append(self.antecedent(blamed))  # "attributed the ambush to the ELN", "put the blame on X" (a39)
        if event_type == "ACCUSE" and answered_accuser(token, self.lex) is not None:
            # "Qatar denied Amnesty's claims": the denier is the one accused (a39)
            heads += [self.antecedent(c) for c in token.head.children if c.dep_ == "nsubj"]
        heads += [g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon")
                  for g in c.children if g.dep_ == "pobj"]
        # the verb that carries an event noun, in either voice or a relative clause (``told_by``): "launched an
        # offensive against the RSF", "sanctions were imposed on Russia", "the sanctions that the EU imposed on Russia"
        carrier = (token.head if token.dep_ == "dobj" else told_by(token)) if token.pos_ == "NOUN" else None
        if carrier is not None and (held := counted_in(token)).dep_ == "dobj" and held.head.i == carrier.i \
                and event_type in VERBAL_TYPES - JOINT_TYPES:
            # the light verb's indirect object is whom the said act is for, as a verb's is ("gave Niger's junta an
            # ultimatum", "offered Moldova its condolences", "sent Kyiv a message of support"; PLOVER: the recipient
            # is the one the act is directed at); first, before what the act's own clause names ("an ultimatum to
            # restore Bazoum") (sup)
            # (the parse may take the indirect object for a first direct one: "offered Somalia his condolences")
            heads = [c for c in carrier.children if c.dep_ in ("dative", "dobj") and c.i < held.i
                     and c.pos_ in ("NOUN", "PROPN", "PRON")] + heads
        if carrier is not None and trigger_type(self, carrier) is None:
            # "began their assault on Kidal", "launched an offensive against the RSF", "made a plea to her
            # colleagues": the parse hangs the act's "on" or "to" on the verb that only carries the noun; it is
            # still whom the act is aimed at. "On" and "against" not for a said act ("reiterate their support for
            # Iraq ... in their fight against ISIL": another act's foe)
            carried = {"to"} | (set() if event_type in VERBAL_TYPES else {"on", "against", "upon"})
            if event_type == "ACCUSE":
                carried.add("against")  # "filed a lawsuit against Israel", "brought charges against the colonel": the
                # accused (PLOVER ACCUSE: sue, charge; e36)
            if event_type == "SUPPORT":
                carried.add("with")  # "expressed solidarity with Niger", "voiced sympathy with the strikers": whom
                # the words of support are for (PLOVER SUPPORT: express support for an actor; sup)
            # ("sent condolences to Somalia": the parse makes "to" a dative of the carrier; sup)
            heads += [g for c in carrier.children if c.dep_ in ("prep", "dative") and c.i > token.i
                      and c.lower_ in carried for g in c.children if g.dep_ == "pobj"]
        # A particle verb's party: "stands by Iraq". Not a talk's ("spoke with Kerry"): PLOVER codes all who
        # consult as its actors, with no recipient.
        particles = self.lex.particles.get(token.lemma_.lower(), {})
        heads += [g for c in children if c.dep_ == "prep" and particles.get(c.lower_) not in (None, "CONSULT")
                  for g in c.children if g.dep_ == "pobj"]
        # An event noun that does something to someone: "the explosion hit the church", "a strike killed X"
        verb = token.head.lemma_.lower()
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and (
                verb in self.lex.weapon_verbs or verb in self.lex.harm
                or self.lex.verbs.get(verb) == "ASSAULT"):
            heads += [c for c in token.head.children if c.dep_ == "dobj"
                      and not self._means(c)]
        # "threatened to attack American troops", "a strike targeting Soleimani"; not what a request asks done ("was
        # asked to call Lagos police": PLOVER REQUEST, the recipient is the one asked)
        heads += [g for c in children if c.dep_ in ("xcomp", "acl") and event_type != "REQUEST"
                  for g in c.children if g.dep_ == "dobj" or g.dep_ == "dative" and event_type == "AGREE"]
        # (a promise's indirect object is whom it is made to: "has agreed to give Ukraine 50 billion euros"; issue
        # 11, src)
        doer = self.adverbial_of(token) or self.at_hands_of(token)
        heads += recipients(token, event_type, self.lex.movers)
        heads += undergone_by(token, self.lex)  # "his arrest", "Soleimani's killing": the one it was done to
        heads += taken_from(token, self.lex)  # "recaptured the village from Russian troops"
        if event_type == "MOBILIZE":  # "deployed troops to the border": the forces that move are the actor's own
            # whatever they are called ("sent 400 police to Haiti", "deployed peacekeepers to Abyei"): PLOVER
            # MOBILIZE's recipient is whom the actor mobilizes against, never what it moves (m39)
            heads = [h for h in heads if not (h.dep_ == "dobj" and h.head.i == token.i and (
                h.lemma_.lower() in self.lex.forces or h.lower_ in self.lex.forces or token.pos_ == "VERB"))]
        if event_type == "AID" and token.pos_ == "VERB":
            # "committed advisers and Revolutionary Guard forces to the government side": the object is the aid
            # given, whoever it names; the one it goes "to" benefits (PLOVER AID: the recipient)
            given = [g for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children
                     if g.dep_ == "pobj"]
            helping = forces_in_aid(token, self.lex)
            if helping or relief_sent(token, self.lex):
                # "sent troops to Mozambique to help", "deployed troops for flood relief": the forces are the aid (m39)
                heads = [h for h in heads if not (h.dep_ == "dobj" and h.head.i == token.i and (
                    helping or h.lemma_.lower() in self.lex.forces or h.lemma_.lower() in self.lex.personnel
                    or h.lower_ in self.lex.forces))]
            if given:
                # whatever a verb gives "to" someone is the aid, in either voice ("committed advisers and Revolutionary
                # Guard forces to the government side", "rescue workers have been sent to the region"); the one it
                # goes to is the recipient, if the text names one (PLOVER AID: the recipient benefits) (arg)
                heads = [h for h in heads if not (h.dep_ in ("dobj", "nsubjpass") and h.head.i == token.i)]
            heads = [h for h in heads if h.dep_ == "dative"] + given + [h for h in heads if h.dep_ != "dative"]
        # "at the urging of X", "at the hands of X": X asked or did it
        heads = [h for h in heads if doer is None or h.i != doer.i and not any(g.i == doer.i for g in h.subtree)]
        if judged_deed and (drawn := self.reaction_doer(token)) is not None:
            heads.append(drawn)  # "Russia's strike on Kyiv drew condemnation from the EU": Russia is condemned
        if event_type == "CONSULT":
            # "held talks on Ukraine", "a meeting on Myanmar", "a conference on Yemen": the topic of a meeting, not a
            # party met (PLOVER CONSULT: the parties are who consult; "discussed Ukraine" is a topic, ``topic_verbs``;
            # plover.yaml ``topic_preps``; issue 11, src)
            heads = [h for h in heads if not (h.dep_ == "pobj" and h.head.lower_ in self.lex.topic_preps)]
        if event_type == "PROTEST":
            heads += self.protested(token)
        if event_type == "REJECT" and token.pos_ == "VERB":
            # "turned down an offer of mediation from Algeria", "rejected a proposal from Hamas": a refusal is directed
            # at the one who offered or asked (PLOVER REJECT; the "by" phrase and the possessor are found below) (rcx)
            heads += [g for o in children if o.dep_ in ("dobj", "nsubjpass") and (
                o.lemma_.lower() in self.lex.accept_objects or o.lemma_.lower() in self.lex.nouns)
                for c in o.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        if event_type in VERBAL_TYPES and token.pos_ == "VERB":
            # the party a verbal act is addressed "to" is its recipient, before any party its object's phrase names
            # ("Guterres proposed a plan on the future of Libya to the Security Council": the Council, not Libya, the
            # plan's topic; "apologized to Kenya", "appealed to the AU"): PLOVER's recipient is whom the act is
            # directed at (arg)
            # (the parse may hang the "to" on the object's topic phrase: "a plan on the future of Libya to the Council")
            topics = [t for o in children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"
                      and c.lower_ in self.lex.topic_preps for t in c.subtree]
            heads = [g for c in children + topics if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj" and any(self.names_actor(w) for w in (g, *g.children)
                                                                     if w.i == g.i or w.dep_ == "compound")] + heads
            # (a name or a name's compound, "EU leaders"; not a nationality's adjective: "a French woman" is no state)
        if event_type in VERBAL_TYPES:
            # A verbal act on a deed is directed at its doer: "welcomed the steps taken by Prime Minister Abadi",
            # "condemned the raids carried out by the militia" (PLOVER: the recipient is who the act is about)
            heads = [h for head in heads for h in (head, noun_agent(head, self.lex.said)) if h is not None]
            # "condemned the attack by the RSF on the camp": the act's own "by" phrase names its doer (a39)
            heads += [d for head in heads if (d := deed_doer(head, self.lex)) is not None]
            heads = self._deed_doers(heads) if judged_deed else heads
        if event_type == "ACCUSE" and (is_investigation(self, token, event_type) or inquiry_into(token, self.lex)):
            # "investigating the disappearance of journalist Juan Perez": the one investigated is the suspect, not
            # the act's victim (PLOVER ACCUSE investigate); the act's doer stays where its "by" phrase or its
            # possessor names one ("the killing of civilians by the RSF", "Russia's shelling of Kharkiv") (bug)
            heads = [d for h in heads for d in ([c for c in h.children if c.dep_ == "poss"]
                                                if investigated_act(h, self.lex) else [h])]
        if event_type in ("PROTEST", "THREATEN") and token.lemma_.lower() in self.lex.strike_words:
            heads += self.employer(token)  # "cabin crew workers at British Airways are preparing to strike"
        if event_type not in VERBAL_TYPES:
            heads += self.dwelling_owners(token)  # "executed a search warrant at Block's residence": Block
        if event_type in JUSTICE_TYPES:
            # "The man is charged", "police arrested a 23-year-old man": the one a justice act is done to is the
            # suspect the text follows (docs/annotation.md, Actor and recipient)
            heads = [self.suspect_person(h) or h for h in heads]
        for head in heads:
            if event_type in VERBAL_TYPES and (deed := joint_deed(head, self.lex)) is not None and len(
                    parties := list(dict.fromkeys(self.co_actors(head, deed)))) > 1:
                # "welcomed the agreement reached between Iraq and the KRG": a verbal act on a joint deed is
                # directed at all who did it (PLOVER, Compound and Reciprocal Actors)
                return [self._owner(a) for a in parties]
            # Coordinated targets ("killing Soleimani and al-Muhandis", "accused the Syrian government and Iran"):
            # all of them, the first named first (PLOVER, Compound and Reciprocal Actors: a list of recipients).
            if self.actor_in(head) is not None or self.the_two(head) or self.listed_before(head):
                # "attacked the pair": both named before; "They were released": the parties listed before
                along = [a for g in undergone_along(token) for a in self.actors_of(g)] if head.dep_ in (
                    "nsubjpass", "nsubj") and passive else []  # "he, along with X, was hanged": both
                return list(dict.fromkeys(self._owner(actor) for actor in self.actors_of(head) + along))
        return []

    def _deed_doers(self, heads: list[Token]) -> list[Token]:
        """What a verbal act on a deed is directed at: the deed's doer, as its own phrase names it (its "by" phrase,
        its possessor, a party's modifier: ``source``), never whom or where the deed struck. "China condemned the
        visit by the US Speaker to Taiwan" is directed at the US, "Putin described the killing of Karlov as a
        provocation" at the unnamed killer, none (PLOVER, ACCUSE and SUPPORT: the recipient is the one whose act is
        condemned or approved; docs/annotation.md, Actor and recipient: who did it, to whom it was directed). A
        joint deed keeps its parties (``targets``). Only for disapproval and approval of what was done: a demand
        for a deed ("wanted the release of their fighters held by the rebels") is directed at whoever is to do it."""
        out: list[Token] = []
        for head in heads:
            joint = (deed := joint_deed(head, self.lex)) is not None and len(set(self.co_actors(head, deed))) > 1
            if joint or head.pos_ != "NOUN" or not (act_noun(self, head) or trigger_type(self, head) is not None):
                out.append(head)
            elif (doer := self.source(head)) is not None and doer.i not in {h.i for h in out}:
                out.append(doer)
        return out

    def _means(self, token: Token) -> bool:
        """A weapon or a word of an attack's means ("a car bomb was detonated"), which is no one it was done to; a
        group of people a mode word names ("the gunman was arrested") is someone (collectives, group_people.py)."""
        own = self.by_token.get(token.i)
        return self.in_mention("WEAPON", token) or token.lemma_.lower() in self.lex.cues_of("ASSAULT") and not (
            own is not None and id(own) in self.groups)
