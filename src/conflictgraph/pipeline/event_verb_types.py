"""Decide the PLOVER type of a verb by its sense where it stands: its class, its particles, its objects and clauses."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .event_aid import (
    amount_of_money,
    brought_home,
    care_given,
    casualties_moved,
    evacuates_people,
    goods_given,
    relief_sent,
    rescues_people,
)
from .event_blame import alleged_party, attributed_doer, attributed_to, blamed_party, condemned_act, labelled
from .event_deployments import arms_to_position, forces_trained, own_arms_given, personnel_given, raised_security
from .event_force import fought_aim, obstruction, party_fought
from .event_forms import may_benefit, reciprocal
from .event_inquiries import court_restriction, inquiry_into, on_trial
from .event_objects import (
    accepts_offer,
    barred_from,
    extradited,
    left_place,
    named_body,
    own_property,
    removed_from_post,
    territory_taken,
    took_captive,
    withdrawal_from_body,
    withdrawal_from_contest,
    withdrawal_type,
)
from .event_particles import particle_overreach, particle_type
from .event_roles import mutual, person, verb_parties
from .event_statements import admission, concurs, denied_fact, supported_party
from .event_warnings import (
    asks_content,
    hostile,
    named_party,
    object_preps,
    told_public,
    vowed_cooperation,
    warned_of_danger,
    warned_own_act,
)

if TYPE_CHECKING:
    from .event_lexicon import Lexicon
    from .event_sentence import Sentence


def verb_type(sentence: Sentence, token: Token, type_of: Any) -> str | None:
    """The type of a verb by its sense where it stands: the verb classes and particles of plover.yaml, read over
    its objects, clauses and subject (a weapon verb, a host and a caller are read before: ``event_types._word_type``).
    ``type_of`` reads another word's type (``event_types.trigger_type``)."""
    lex = sentence.lex
    lemma = lex.verb_forms.get(token.lower_, token.lemma_.lower())  # "raped", which the model makes "rap" (rcl)
    event_type = lex.verbs.get(lemma)
    if lemma in lex.labelling_verbs and (verdict := labelled(token, lex)) is not None:
        return verdict  # "described it as scandalous", "called Haley a proven dealmaker"
    if event_type is None and (on_trial(token, lex) or inquiry_into(token, lex)):
        return "ACCUSE"  # "went on trial in Dakar", "stood trial"; "are looking into the disappearance" (acc)
    if lemma in lex.addressed_protests and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and sentence.names_actor(g) for g in c.children) for c in token.children):
        # "Poland protested to Belarus over the airspace violation": a protest presented to a party is a
        # diplomatic protest (PLOVER PROTEST, ambiguities; ACCUSE: "delegations presenting a disagreement to an
        # organization or authority"), ACCUSE disapprove (acc)
        return "ACCUSE"
    if event_type is None and (party := blamed_party(token, lex)) is not None and not (
            party.head.lower_ == "with" and not sentence.names_actor(party)):
        # "officials said Hamas was behind the attack": an informal accusation (e36); not "said the blame lies
        # with the bureaucracy", blame resting on no party (w40)
        return "ACCUSE"
    if event_type is None and attributed_to(token, lex, sentence.names_actor) is not None:
        return "ACCUSE"  # "the army attributed the ambush to ELN guerrillas" (a39)
    if event_type is None and attributed_doer(token, lex) is not None:
        return "ACCUSE"  # "said the strike was carried out by the RSF", "was the work of the ELN" (a39)
    if event_type is None and condemned_act(token, lex) is not None:
        return "ACCUSE"  # "said the strike was a massacre": the act condemned by the name of a crime (e36)
    if lemma in lex.money_verbs and any(c.dep_ == "dobj" and amount_of_money(sentence, c, lex) for c in token.children):
        return "AID"  # "has committed over GBP 1.1bn to displaced people": monetary aid
    if arms_to_position(token, lex):
        return "MOBILIZE"  # "sent fighter jets to the Libyan border": weapons moved, none given (m39)
    if own_arms_given(token, lex):
        return "RETREAT"  # "handed over its heavy weapons", "turned in their rifles": disarming (r39)
    if lemma in lex.treating and care_given(sentence, token):
        return "AID"  # "MSF treated 230 wounded people": medical care given (PLOVER AID; r39)
    if goods_given(token, lex) or forces_trained(token, lex):
        return "AID"  # "gave shelter to refugees", "trained Malian soldiers": relief and military aid (w37)
    if relief_sent(token, lex) or personnel_given(token, lex):
        # "rescue workers were sent to the region": relief, not a mobilization; "committed advisers to the
        # government side": military assistance in personnel
        return "AID"
    if rescues_people(token, lex, lambda t: person(sentence, t)):
        return "AID"  # "rescue workers pulled 12 survivors from the rubble": people rescued (PLOVER AID)
    if evacuates_people(token, lex, lambda t: person(sentence, t)):
        return "AID"  # "evacuated 300 civilians": emergency assistance; "troops evacuated the town" retreats
    if raised_security(token, lex):
        return "MOBILIZE"  # "stepped up security along the border": police or security units readied
    if removed_from_post(token, lex):
        return "SANCTION"  # "was removed from his chairmanship": expelled from a body
    if withdrawal_from_body(token, lex):
        return "SANCTION"  # "will withdraw the US from the TPP": leaving a body, no military retreat
    if withdrawal_from_contest(token, lex):
        return None  # "withdrew from the race": a candidacy ended, no forces withdrawn (j36)
    if event_type == "RETREAT" and lemma == "withdraw" and (taken := withdrawal_type(sentence, token)) != "RETREAT":
        return taken  # "withdrew the charges" (CONCEDE); "withdrew the product" (none); "withdrew troops" (j36)
    if lemma in lex.conceding_verbs and any(c.dep_ == "ccomp" for c in token.children) and not any(
            c.dep_ == "dobj" for c in token.children) and not admission(
            token, lex, lambda t: t.lemma_.lower() in lex.wrongdoing
            or t.i != token.i and type_of(sentence, t) is not None and sentence.asserted(t)):
        return None  # "conceded that the death toll could rise": a fact granted, no wrong admitted (j36)
    if event_type == "REJECT" and lemma in lex.denial_verbs and denied_fact(sentence, token, type_of):
        return None  # "denied that the river had burst its banks": a fact denied, nothing refused or alleged (m39)
    if event_type == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.reticence
                                      for c in token.children):
        return None  # "refused to comment", "declined to be named": nothing asked is refused (j36)
    if admission(token, lex, lambda t: t.lemma_.lower() in lex.wrongdoing or t.i != token.i and type_of(
            sentence, t) is not None and sentence.asserted(t)):
        return "CONCEDE"  # "admitted that he had abducted two Moroccans"
    if event_type == "SUPPORT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
            c.dep_ == "dobj" and c.lower_ == "you" for c in token.children):
        return None  # "Thank you for coming": a courtesy to the listener, no party commended (u37)
    if lemma == "propose" and event_type == "AGREE" and any(c.dep_ in ("dobj", "nsubjpass") and (
            (lex.nouns.get(c.lower_) or lex.nouns.get(c.lemma_.lower())) in lex.hostile_types
            or c.lemma_.lower() in lex.legislation) for c in token.children):
        return None  # "proposed new sanctions", "the bill was proposed": no cooperation offered (PLOVER AGREE; r39)
    if lemma == "accept" and event_type == "AGREE" and not accepts_offer(token, lex):
        return None  # "accepted the assignment" agrees to nothing offered
    if event_type is None and any(sentence.in_mention("MONEY", g) for c in token.children if c.dep_ == "prep"
                                  and c.lower_ == "with" for g in c.children if g.dep_ == "pobj") and any(
            lex.nouns.get(t.lemma_.lower()) == "AID" for t in token.subtree):
        return "AID"  # "responded with over $135 million for humanitarian assistance": money given as aid
    if event_type in ("AID", "RETREAT") and not may_benefit(token, lex):
        return None  # "released a statement", "rescued the deal": no one benefits, no captive goes free
    if took_captive(token, lex):
        return "ASSAULT"  # "took 256 prisoners", "were taken hostage": PLOVER ASSAULT abduct (k37)
    if lemma in lex.taking_verbs and territory_taken(sentence, token):
        return "ASSAULT"  # "took control of the town of Djibo": territory taken by force (t33)
    if lemma in lex.taking_verbs and event_type == "COERCE" and any(
            c.dep_ in ("dobj", "nsubjpass") and person(sentence, c) for c in token.children):
        return "ASSAULT"  # "gunmen seized 80 students": people taken are abducted (PLOVER ASSAULT abduct) (o37)
    if lex.particles.get(lemma, {}).get("from") == "REJECT" and (barred := barred_from(sentence, token)):
        # "barred women from universities", "barred him from running": a right restricted (PLOVER COERCE
        # restrict: "impose restrictions on political freedoms or movement"); "barred from entering Sudan", "barred
        # from the country" keep a territory closed (REJECT; docs/annotation.md, type table) (o37)
        return "COERCE" if barred == "right" else "REJECT"
    if lemma in lex.banning_verbs and any(c.dep_ in ("dobj", "nsubjpass") and named_body(sentence, c)
                                          and c.lower_ not in lex.particles.get(lemma, {})
                                          for c in token.children):
        # ("suspended the Indus Waters Treaty": a named pact, whose word the verb's particles type; r39)
        # "banned the group Samidoun", "suspended the BBC", "blocked Instagram": a named body barred from public
        # life, a medium from its public (PLOVER COERCE restrict, censor); a state suspended from a bloc is no
        # such body (SANCTION expel) (o37)
        return "COERCE"
    if lemma in lex.party_verbs:
        return "ASSAULT" if party_fought(sentence, token) else None  # "fight Israel"; not "fight corruption"
    if lemma in lex.reciprocal and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None  # "Swahili is spoken by 100 million people": a language spoken, no talk of parties (gp)
    if event_type == "CONSULT" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.met_measures
                                       for c in token.children):
        return None  # "their crops meet their needs": a measure met, no meeting of parties (PLOVER CONSULT) (gp)
    if event_type == "CONSULT" and token.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) and not any(
            sentence.in_mention("DATE", t) for t in token.subtree):
        return None  # "Abebe Bikila, whom he has met in person": a person described by what one has done, no
        # occurrence the text dates (PLOVER codes occurrences; gp)
    if supported_party(token, lex, sentence.names_actor) is not None:
        return "SUPPORT"  # "she supported Senator Rubio": support of a party told as an act (rbk's rule) (rbp)
    if lemma in lex.particles:  # "spoke by phone", "pulled out", "taken into custody", "opened fire"
        event_type = particle_type(token, lex.particles[lemma], lex.negated_particles) or event_type
        if event_type == "AID" and lemma in lex.housing_verbs and token.tag_ == "VBG" and token.dep_ == "acl":
            return None  # "a school sheltering displaced families": the place's use, no aid given (rcm)
        if event_type == "MOBILIZE" and (casualties_moved(token, lex) or brought_home(token)):
            return None  # "injured soldiers were flown to Ankara for treatment": the hurt carried, no force sent;
            # "flew the troops home": forces brought back, none deployed (v40)
        if event_type is not None and particle_overreach(sentence, token, event_type, type_of):
            return None  # the particle's word in another sense, or with no party it acts on (v40)
        if event_type is None and lemma in lex.reciprocal and reciprocal(token):
            event_type = lex.reciprocal[lemma]  # "Erdogan and Putin also spoke"
        if event_type is None:
            return None
        if event_type == "RETREAT" and extradited(sentence, token):
            return "COOPERATE"  # "handed over 20 suspects to Cameroon": an extradition (w37)
        if event_type == "COOPERATE" and lemma in lex.mutual_verbs and not mutual(token):
            return None  # "sources shared information on condition of anonymity": no partner
        if event_type == "ASSAULT" and lemma in lex.arson_verbs and own_property(token):
            return None  # "civilians set fire to their homes": no one else is harmed (PLOVER ASSAULT)
        if event_type == "COERCE" and lemma in lex.obstruct_verbs:
            return obstruction(sentence, token)  # "protesters blocked the highway": PROTEST obstruct (t33)
        if event_type == "RETREAT" and lemma in lex.permission_verbs and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() not in lex.entry_verbs for c in token.children):
            return None  # "the law allows journalists to work": a permission, no entry ("convoys to enter") (t33)
    if event_type == "RETREAT" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.diplomatic
                                       for c in token.children):
        return "SANCTION"  # closing an embassy, recalling an envoy
    # the "with" phrase of a charge, on the verb or, as the parse often hangs it, on its object ("charged a
    # Somali man with financing al-Shabaab") (e36)
    charged_with = [c for h in (token, *(c for c in token.children if c.dep_ == "dobj")) for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "with"]
    if lemma in lex.charged_party and not charged_with and alleged_party(token, lex) is None and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return None  # "was charged", "charged X with murder" accuse; "the cavalry charged" does not
    if lemma in lex.charged_party and any(
            g.dep_ == "pcomp" and g.pos_ == "VERB" and not _wrong_act(g, lex)
            for c in charged_with for g in c.children):
        return None  # "charged with overseeing the war" is a duty; "charged with killing" a charge
    if lemma in lex.aimed_verbs and not any(c.dep_ in ("dobj", "xcomp", "nsubjpass") or c.dep_ == "prep"
                                            and c.lower_ == "at" for c in token.children):
        return None  # "declined the invitation", "declined to attend", "balked at"; "prices declined" (j36)
    if lemma in lex.object_verbs and verb_parties(sentence, token)[1] is None:
        return None  # "visited Kyiv" is a visit; "a family visiting from Canada" is none
    if lemma in lex.person_patient and not any(
            c.dep_ in ("dobj", "nsubjpass") and (person(sentence, c) or (c.pos_ == "NUM" or c.ent_type_ == "CARDINAL")
                                                  and any(person(sentence, g) for p in c.children if p.dep_ == "prep"
                                                          and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"))
            for c in list(token.children) + list(token.head.children if token.dep_ == "conj" else [])):
        return None  # "was hanged" executes a person; "hung a banner" does not; "hundreds of women": the people
        # counted (rcl)
    if lemma in lex.carrier_patient and not any(
            c.dep_ in ("dobj", "nsubjpass") and (person(sentence, c) or c.lemma_.lower() in lex.carriers
                                                  or c.lower_ in lex.carriers) for c in token.children):
        return None  # "hijacked a tanker" takes its crew; "hijacked the debate" takes no one (rcl)
    if lemma in lex.objectless and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None  # "demonstrated the unity of", "rallied support": shown and gathered, no protest
    if lemma in lex.closure_verbs and event_type == "COERCE" and not any(
            c.lemma_.lower() in lex.held_places or (m := sentence.mention_at(c)) is not None and (
                m.geo is not None or m.type in ("GPE", "LOC", "FAC"))
            for c in [*(c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "pobj")), *(
                g for c in token.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj")]):
        return None  # "sealed off the West Bank" restricts movement; "sealed off the leaking pipe" does not (r39)
    if lemma in lex.place_objects and event_type == "RETREAT" and not any(
            c.dep_ == "dobj" and ((m := sentence.mention_at(c)) is not None
                                  and (m.geo is not None or m.type in ("GPE", "LOC", "FAC"))
                                  or event_type == "RETREAT" and lemma in lex.withdraw_verbs
                                  and left_place(sentence, c)) for c in token.children):
        return None  # "troops left Kherson" is a retreat; "leaving 3 dead", "closed the road" are not
    if event_type == "RETREAT" and lemma in lex.place_objects and any(
            c.dep_ == "nsubj" and (sentence.mention_at(c, "PERSON") is not None or c.lower_ in ("he", "she")
                                   or c.lemma_.lower() in lex.travellers | lex.leaving_people
                                   or c.lemma_.lower() in lex.nouns) for c in token.children):
        # "the minister left Kyiv", "the delegation left Muscat": a journey; "residents left the town": people
        # fleeing (PLOVER RETREAT: refugees fleeing are no RETREAT); "the shelling left Kharkiv without power":
        # an event's result. No forces withdrawn (j36).
        return None
    if token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP") and not (event_type == "ACCUSE" and (any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in token.children) or all(
            p is not None and sentence.names_actor(p) for p in verb_parties(sentence, token)))):
        return None  # "fighters who refuse to integrate": a standing trait, not an occurrence; "the cleric whom
        # the government accuses of staging the coup" is the government's standing accusation (ACCUSE, e36), and
        # so is "Pakistan, which accuses the Taliban of ...": whichever party the relative pronoun stands for
        # (``verb_parties``), an accuser and an accused named make the accusation (rol)
    if lemma in lex.summon and any(c.dep_ == "auxpass" for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == token.i + 1 for c in token.children):
        return None  # "police were called to the home": summoned, not asked
    if lemma in lex.opinion and event_type == "AGREE" and concurs(token, sentence):
        return None  # "agrees the situation is a problem", "agreed with defense claims"
    if event_type == "REQUEST" and not any(c.dep_ in ("dobj", "dative") for c in token.children) and any(
            c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in token.children):
        return None  # "asked not to be named", "asked to be moved": for oneself, no one is asked
    if lemma in lex.content_request_verbs and event_type == "REQUEST" and not asks_content(token, lex):
        return None  # "wants peace", "insisted that he was innocent": no request (h37)
    if event_type == "REQUEST" and court_restriction(sentence, token, type_of):
        return "COERCE"  # "he is prohibited from any contact with the victim, the judge ordered" (rcl)
    if lemma in lex.prep_verbs and particle_type(token, lex.particles.get(lemma, {})) is None and not any(
            c.dep_ in ("prep", "mark", "prt") and c.lower_ in lex.prep_verbs[lemma] and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
                                           or c.dep_ == "xcomp" and "to" in lex.prep_verbs[lemma]
                                           for c in (*token.children, *object_preps(token, lex))):
        return None  # "asked for", "asked Turkey to increase"; not "asked about", nor "called X ... on Monday"
        # ("calling on authorities to help", the parser's "on" a particle with its own object, is "called on": rcl)
    if event_type == "RETREAT" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.diplomatic
                                       for c in token.children):
        return "SANCTION"  # closing an embassy, recalling an envoy
    if event_type == "REQUEST" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.diplomatic
                                       for c in token.children) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lex.leaving_verbs for c in token.children):
        return "SANCTION"  # "ordered the French ambassador to leave the country": an envoy expelled (r39)
    if event_type == "REQUEST" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.court_payments
                                       for c in token.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lex.court_nouns for c in token.children):
        return "SANCTION"  # "the High Court ordered the police to pay compensation": a court-ordered payment
        # (PLOVER SANCTION: "court-ordered payments should be coded as SANCTION", the court the actor) (rcv)
    verdict = lemma in lex.particles and particle_type(token, lex.particles[lemma]) is not None
    if event_type == "THREATEN" and warned_of_danger(token, lex, partial(hostile, sentence, token, type_of=type_of),
                                                      partial(named_party, sentence)):
        return None  # "warned of famine": a danger foretold, no coercion of the speaker (PLOVER THREATEN)
    if event_type == "THREATEN" and vowed_cooperation(sentence, token, type_of):
        return None  # "vowed to help Ukraine rebuild": a promise of help, the AGREE (PLOVER AGREE, THREATEN)
    if event_type == "THREATEN" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.party_verbs
                                        and fought_aim(c) and not party_fought(sentence, c)
                                        for c in token.children):
        return None  # "vowed to fight corruption", "for democracy": no party is threatened (t33)
    if event_type == "ACCUSE" and alleged_party(token, lex) is not None:
        return event_type  # "alleged that the UAE had supplied weapons": the clause is the allegation (e36)
    if lemma in lex.report and not verdict and event_type == "THREATEN" and warned_own_act(sentence, token, type_of):
        return event_type  # "the ELN warned that it would resume attacks": the warner's own act to come (h37)
    if lemma in lex.report and not verdict and event_type == "THREATEN" and told_public(sentence, token):
        return None  # "the mayor warned drivers that the bridge would be closed": news for the public (sup)
    if lemma in lex.report and not verdict and lemma not in lex.content_request_verbs and not any(
            c.dep_ in ("dobj", "xcomp") or c.dep_ == "prep" and c.lower_ in ("against", "of")
            for c in token.children):
        return None  # a speech verb ("the IG warned") is an event only with an addressee or an aim, or a
        # particle that makes it an act ("was found guilty")
    return event_type


def _wrong_act(token: Token, lex: Lexicon) -> bool:
    """Whether a verb names an act that can be charged: an event's trigger, a killing or a wrongdoing."""
    lemma = token.lemma_.lower()
    return (lemma in lex.verbs or lemma in lex.harm or lemma in lex.weapon_verbs
            or lemma in lex.wrongdoing or token.lower_ in lex.wrongdoing)

