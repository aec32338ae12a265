"""The word classes of plover.yaml and collectives.yaml that the events stage reads, indexed once per stage."""

from __future__ import annotations

from functools import partial
from typing import Any

from ..knowledge import word_map, word_set
from .event_forms import MOVER_TYPES, VERBAL_TYPES
from .identified import PERPETRATOR, VICTIM


class Lexicon:
    """plover.yaml, indexed for the stage: trigger lemmas, mode cues and the cues of unreal clauses."""

    def __init__(self, data: dict[str, Any], collectives: dict[str, Any] | None = None) -> None:
        words = partial(word_set, data)
        collectives = collectives or {}
        # group heads that name those against the body in their "of" phrase (collectives.yaml)
        self.group_against = word_set(collectives, "group_against")
        self.holders = word_set(collectives, "holder_words")
        self.person_titles = word_set(collectives, "person_titles")
        self.body_anaphors = word_set(collectives, "body_anaphors")
        # "the two leaders", "both countries": the two persons or states named before (Sentence.the_two)
        self.pair_persons, self.pair_states = (word_set(collectives, "pair_person_nouns"),
                                               word_set(collectives, "pair_state_nouns"))
        # words that make a group a rest the text adds to a named party ("the regime and other forces")
        self.adjuncts = word_set(collectives, "group_adjuncts")
        # verbs of people assembling ("gathered at a rally"): who assembled at the act did it
        self.assembling = word_set(collectives, "assembly_verbs")
        # "armed men", "masked youths": people an armed word makes an armed collective (pipeline/group_people.py)
        self.armed_people, self.people = word_set(collectives, "armed_people_words"), word_set(collectives,
                                                                                              "people_nouns")
        self.armed_heads = word_set(collectives, "armed_heads")
        self.occupations = word_set(collectives, "occupation_nouns")  # "Lawyers boycotted the courts" (rcx)
        self.verbs = {w.lower(): t for t, ws in data["verbs"].items() for w in ws}
        self.nouns = {w.lower(): t for t, ws in data["nouns"].items() for w in ws}
        self.weapon_verbs = words("weapon_verbs")
        self.aimed_fire = {str(k): {str(w) for w in v} for k, v in data.get("aimed_fire", {}).items()}
        self.armed_officers = words("armed_officers")  # "police fired at protesters" (neg)
        self.occasions = words("occasion_nouns")
        self.territory_nouns = words("territory_nouns")
        self.reporting_from = words("reporting_from_verbs")
        self.investigations = words("investigation_words")
        self.light_nouns, self.light_verbs = words("light_nouns"), words("light_verbs")
        # a willingness or plan told by a verb of showing it: its subject's ("signalled willingness to join talks")
        self.promise_nouns, self.promise_noun_heads = words("promise_nouns"), words("promise_noun_heads")
        self.willing = words("willing_heads")  # "is ready to negotiate": the one ready offers (rcv)
        # verbs light only for some types ("had talks", "paid a visit": CONSULT; not "has the support of") (n35)
        self.light_verb_types = {str(v).lower(): set(ts) for v, ts in (data.get("light_verb_types") or {}).items()}
        # verbs by which an act draws a complaint are light verbs of ACCUSE nouns only ("drew criticism from") (a39)
        self.reactions, self.reaction_preps = words("reaction_verbs"), words("reaction_preps")
        self.light_verbs |= self.reactions
        self.light_verb_types.update({v: {"ACCUSE"} for v in self.reactions})
        self.anticipation_nouns, self.anticipation_preps = words("anticipation_nouns"), words("anticipation_preps")
        self.anticipation_verbs, self.anticipation_modifiers = words("anticipation_verbs"), words(
            "anticipation_modifiers")
        self.state_nouns, self.state_preps = words("state_nouns"), words("state_preps")
        self.lasting_verbs, self.frequency_adjectives = words("lasting_verbs"), words("frequency_adjectives")
        self.filing_verbs = words("filing_verbs")
        self.participation_verbs = words("participation_verbs")
        self.part_nouns, self.part_verbs = words("part_nouns"), words("part_verbs")
        self.lead_nouns = words("lead_nouns")
        self.patient_nouns, self.taking_verbs = words("patient_nouns"), words("taking_verbs")
        self.banning_verbs, self.banned_bodies = words("banning_verbs"), words("banned_bodies")
        self.modes = {t: [(m, {c.lower() for c in cues}) for m, cues in ms.items()] for t, ms in data["modes"].items()}
        self.cues_of = lambda event_type: set().union(*(cues for _, cues in self.modes.get(event_type, [])))
        self.kill, self.injure = words("kill_verbs"), words("injure_verbs")
        self.harm = self.kill | self.injure
        self.death_nouns, self.injury_nouns = words("death_nouns"), words("injury_nouns")
        self.fatal_adverbs = words("fatal_adverbs")
        self.death_verbs, self.lost_nouns, self.dead_words = (words("death_verbs"), words("lost_nouns"),
                                                               words("dead_words"))
        self.wounding = words("wounding_verbs")
        self.result_verbs, self.aiding_verbs = words("result_verbs"), words("aiding_verbs")
        self.denial_verbs, self.hearsay_nouns = words("denial_verbs"), words("hearsay_nouns")
        self.partnering, self.accusing_nouns = words("partnering_nouns"), words("accusing_nouns")
        self.commitment_types, self.host_places = words("commitment_types"), words("host_places")  # denials (rbp)
        self.joint_adverbs, self.position_words = words("joint_adverbs"), words("position_words")
        self.own_side_objects = words("own_side_objects")  # "to reinforce security": the sender's own side (v40)
        self.numbers = {str(k).lower(): int(v) for k, v in data["numbers"].items()}
        self.negation, self.modals = words("negation"), words("modals")
        self.conditional, self.irrealis, self.realizing = (
            words("conditional_marks"), words("irrealis_heads"), words("realizing_heads"))
        self.attempts, self.joint = words("attempt_heads"), words("joint_words")
        self.joint_acts = words("joint_acts")  # "joint military operations": COOPERATE
        self.backing_threats, self.hosting = words("backing_threats"), words("hosting_verbs")
        self.mediating = words("mediating_verbs")
        self.departures = words("departure_nouns")
        # nouns made of a trigger verb, with the verb ("the expulsion of": expel), and what they do not act on (nom)
        self.deverbal_nouns = {n: v.lower() for n, v in word_map(data, "deverbal_nouns").items()}
        self.deverbal_objects_not = words("deverbal_objects_not")
        self.subject_of_nouns = words("subject_of_nouns")  # "the withdrawal of French troops": they withdrew (nom)
        # light nouns a possessive actor tells as done ("the RSF's siege of El Fasher") (nom)
        self.possessed_act_types = {t.upper() for t in words("possessed_act_types")}
        self.possessed_act_preps = words("possessed_act_preps")
        self.phoning, self.threat_contents = words("phoning_verbs"), words("threat_contents")
        self.warning_content_preps = words("warning_content_preps")  # "a warning about pickpockets" (warn)
        self.warning_act_preps = words("warning_act_preps")  # "warned of airstrikes", not "over kidnappings" (rev)
        self.leaving_verbs = words("leaving_verbs")  # "ordered the ambassador to leave": an expulsion (r39)
        self.legislation = words("legislation")  # "proposed a bill": no offer (r39)
        self.redress_verbs, self.redress_nouns = words("redress_verbs"), words("redress_nouns")  # r39
        self.own_arms = words("own_arms")  # "handed over its heavy weapons": disarming (r39)
        self.answer_nouns = words("answer_nouns")  # "in response to the killing of": an earlier act (r39)
        self.closure_verbs = words("closure_verbs")  # "sealed off the West Bank" (r39)
        self.qualified_goods, self.arms_modifiers = words("qualified_goods"), words("arms_modifiers")  # v40
        self.exchange_nouns = words("exchange_nouns")  # "suspended transactions with Niger": a party named (v40)
        self.relief_carriers = words("relief_carriers")  # "an aid convoy reached El Fasher": aid delivered (r39)
        self.treating, self.treated = words("treating_verbs"), words("treated_people")  # medical aid (r39)
        self.carers = words("carer_nouns")  # one carer's care is no aid (v40)
        self.place_parts = words("place_part_nouns")  # "swathes of North Kivu": the place taken (p39)
        self.casus_belli = words("casus_belli")  # "any intervention would be treated as a declaration of war" (r39)
        # role words of violence: "the assailant" and "the attacker" are one perpetrator (pipeline/identified.py)
        self.roles = {**{w: PERPETRATOR for w in words("perpetrator_nouns")},
                      **{w: VICTIM for w in words("victim_nouns")}}
        self.office_titles = words("office_titles")
        self.hostile_types = frozenset(str(t) for t in data.get("hostile_types") or ())  # "warned of strikes"
        self.unarmed_kinds = frozenset(str(t) for t in data.get("unarmed_kinds") or ())  # "MSF warned of attacks"
        self.armed_types = frozenset(str(t) for t in data.get("armed_types") or ())
        self.report, self.demand_modals, self.wrongdoing = (
            words("report_verbs"), words("demand_modals"), words("wrongdoing"))
        self.spokes, self.sanctioners = words("spokes_nouns"), words("sanctioning_bodies")
        self.necessity, self.obligation = words("necessity"), words("obligation_modals")
        self.frequency, self.frequency_units = words("frequency_adverbs"), words("frequency_units")
        self.generalizing_nouns = words("generalizing_nouns")
        self.cognizant = words("cognizant")
        self.negative_subjects, self.alternatives = words("negative_subjects"), words("alternatives")
        self.charge_nouns, self.charge_verbs = words("charge_nouns"), words("charge_verbs")
        self.punish_words = words("punish_words")
        self.plea_verbs = words("plea_verbs")  # "pleaded guilty to attempted murder": the charge (nom)
        self.summon, self.opinion = words("summon_verbs"), words("opinion_verbs")
        self.armed_as_assault = words("armed_as_assault")
        self.protesters = words("protesters")
        self.person_words, self.person_nouns = words("person_words"), words("person_nouns")
        self.unaddressed = words("unaddressed_subjects")
        self.stance = word_map(data, "stance_words")
        self.movement, self.forces = words("movement_verbs"), words("forces")
        self.judgement = word_map(data, "judgement_words")
        self.chain = words("chain_cues")
        self.prep_verbs = {str(v).lower(): {str(p) for p in ps} for v, ps in data.get("prep_verbs", {}).items()}
        self.carrier_patient, self.carriers = words("carrier_patient_verbs"), words("carriers")  # (rcl)
        self.verb_forms = {str(k).lower(): str(v).lower() for k, v in data.get("verb_forms", {}).items()}  # (rcl)
        self.stopping_particles = {str(v).lower(): {str(p) for p in ps}
                                   for v, ps in data.get("stopping_particles", {}).items()}  # (rcl)
        self.diplomatic = words("diplomatic_objects")
        self.backing_nouns, self.message_nouns = words("backing_nouns"), words("message_nouns")
        self.own_members = words("own_members")  # "praised his players": praise within one body (sup)
        self.innocence_words = words("innocence_words")  # "said he was innocent": a denial (sup)
        self.voiced_stances = {str(t) for t in data.get("voiced_stances", [])}
        # the types whose promise is an AGREE (PLOVER AGREE: future CONSULT, SUPPORT, COOPERATE, AID)
        self.agreed_types = {str(k) for k, v in data.get("promised_as", {}).items() if str(v) == "AGREE"}
        self.particles = {str(v).lower(): {str(w).lower(): str(t) for w, t in ws.items()}
                          for v, ws in data.get("verb_particles", {}).items()}
        self.place_objects = words("place_object_verbs")
        self.control_nouns, self.held_places = words("control_nouns"), words("held_places")
        self.obstruct_verbs, self.permission_verbs = words("obstruct_verbs"), words("permission_verbs")
        self.party_verbs, self.blockaders = words("party_verbs"), words("blockaders")
        self.captive_nouns, self.captive_verbs = words("captive_nouns"), words("captive_verbs")
        self.ailments, self.filmed_objects = words("ailments"), words("filmed_objects")
        self.act_pronouns, self.act_referents = words("act_pronouns"), words("act_referents")
        self.animals, self.contest_prizes = words("animals"), words("contest_prizes")
        self.figurative_movers = words("figurative_movers") | words("currencies")
        self.peak_nouns, self.landforms = words("peak_nouns"), words("landforms")
        self.inverted_conditionals = words("inverted_conditionals")
        self.missing_words, self.sought_in_need = words("missing_words"), words("sought_in_need")
        self.investigating_searchers = words("investigating_searchers")
        # "the photograph captured the horror": a picture depicts, no one is taken (w40)
        self.depicting_verbs, self.depicting_subjects = words("depicting_verbs"), words("depicting_subjects")
        self.captured_qualities = words("captured_qualities")
        self.span_nouns, self.enduring_verbs = words("span_nouns"), words("enduring_verbs")
        self.attack_idioms, self.critic_words = words("attack_idioms"), words("critic_words")
        self.entry_verbs = words("entry_verbs")
        self.negated_particles = {str(k): str(v) for k, v in data.get("negated_particles", {}).items()}
        self.charged_party, self.undergo = words("charged_party_verbs"), words("undergo_verbs")
        self.blame_predicates, self.blame_bearing = words("blame_predicates"), words("blame_bearing_verbs")
        self.blame_acts = words("blame_acts")
        self.blame_nouns, self.blame_resting = words("blame_nouns"), words("blame_resting_verbs")
        self.attributing = words("attributing_verbs")
        self.doing_verbs, self.authorship = words("doing_verbs"), words("authorship_nouns")
        self.unknown_doers = words("unknown_doers")
        self.ongoing_preps = words("ongoing_preps")
        self.hostile_aims = words("hostile_aims")
        self.court_nouns, self.court_verbs = words("court_nouns"), words("court_verbs")
        self.court_payments = words("court_payments")  # "ordered the police to pay compensation" (rcv)
        self.court_approvals = words("court_approvals")  # "a court approved the marriage" (rcv)
        self.appearance = words("appearance_words")
        self.court_participants = words("court_participants")  # "the witness appeared in court" (w40)
        self.topic_verbs, self.object_verbs = words("topic_verbs"), words("object_verbs")
        self.aimed_verbs = words("aimed_verbs")
        self.objectless = words("objectless_verbs")
        self.person_patient = words("person_patient_verbs")
        self.date_bounds = words("date_bounds")
        self.time_marks = {str(k): int(v) for k, v in (data.get("time_marks") or {}).items()}
        self.same_day = words("same_day_stretches")
        self.harmless_aims = words("harmless_aims")
        self.declared = word_map(data, "declared_nouns")
        self.declare_verbs = words("declare_verbs")
        self.imposing_verbs = words("imposing_verbs")
        self.reciprocal = word_map(data, "reciprocal_verbs")
        self.two_sided = words("two_sided")
        self.material, self.realized_by = words("material_verbs"), words("realized_by")
        self.occurring_verbs, self.occurring_nouns = words("occurring_verbs"), words("occurring_nouns")
        self.occurring_types = set(data.get("occurring_types", []))
        self.nested_act_preps = words("nested_act_preps")  # "an investigation into the attack on 19 September" (arg)
        self.setting_preps, self.journey_verbs = words("setting_preps"), words("journey_verbs")
        self.topic_preps = words("topic_preps")
        self.phone_words = {w for ws in self.particles.values() for w, t in ws.items() if t == "CONSULT"} & {
            "phone", "telephone"}
        self.future_cooperation, self.partnered = words("future_cooperation_verbs"), words("partnered_verbs")
        self.said = {w for w, t in self.verbs.items() if t in VERBAL_TYPES} | self.report
        self.money_verbs, self.published = words("money_verbs"), words("published_things")
        self.currencies = words("currencies")
        self.rescued_captives = words("rescued_captives")
        self.housing_verbs = words("housing_verbs")
        self.stance_preps, self.stance_needs_prep = words("stance_preps"), words("stance_needs_prep")
        self.stance_needs_act = words("stance_needs_act")
        # statements of concern: its nouns, what it is about, its verbs and frames (docs/annotation.md) (rbp)
        self.concern_nouns, self.concern_preps = words("concern_nouns"), words("concern_preps")
        self.concern_verbs, self.concern_frames = words("concern_verbs"), words("concern_frames")
        # support of a party told as an act (docs/annotation.md, Support of a party: the act and the tie) (rbp)
        self.party_support_verbs, self.commitment_words = words("party_support_verbs"), words("commitment_words")
        self.blameless = words("blameless_causes") | words("natural_forces")
        self.trial_verbs, self.trial_nouns = words("trial_verbs"), words("trial_nouns")
        self.tried_verbs, self.addressed_protests = words("tried_verbs"), words("addressed_protests")
        self.ongoing_states, self.ongoing_verbs = words("ongoing_states"), words("ongoing_verbs")
        self.ongoing_frames, self.policy_nouns = words("ongoing_frames"), words("policy_nouns")
        self.inquiring_verbs, self.offences = words("inquiring_verbs"), words("offence_nouns")
        self.grievance = words("grievance_words")
        self.dwellings = words("dwelling_nouns")
        self.members = word_set(collectives, "member_nouns")
        self.force_units = word_set(collectives, "force_units")
        self.pair_nouns = word_set(collectives, "pair_nouns")
        self.natural_forces, self.verbal_targets = words("natural_forces"), words("verbal_targets")
        self.accident_vehicles, self.accident_hazards = words("accident_vehicles"), words("accident_hazards")
        self.accident_nouns = words("accident_nouns")
        self.accident_events, self.accident_verbs = words("accident_events"), words("accident_verbs")
        self.gunfire_nouns, self.gunfire_modifiers = words("gunfire_nouns"), words("gunfire_modifiers")
        self.body_parts = words("body_parts")
        self.service_vehicles, self.force_modifiers = words("service_vehicles"), words("force_modifiers")
        self.public_addressees, self.advisory_acts = words("public_addressees"), words("advisory_acts")
        self.met_measures = words("met_measures")
        self.commercial_acts, self.state_parties = words("commercial_acts"), words("state_parties")
        self.signed_things = words("signed_things")
        self.approval_verbs, self.regulators = words("approval_verbs"), words("regulators")
        self.verbal_attack_verbs = words("verbal_attack_verbs")
        self.verbal_causes, self.verbal_attack_parties = words("verbal_causes"), words("verbal_attack_parties")
        self.forceful_censure_verbs = words("forceful_censure_verbs")
        self.violent_crowds = words("violent_crowds")
        self.retort_verbs = {str(v).lower(): {str(w).lower() for w in ws or []}
                             for v, ws in (data.get("retort_verbs") or {}).items()}
        self.refusal_particles = {str(v).lower(): {str(w).lower() for w in ws or []}
                                  for v, ws in (data.get("refusal_particles") or {}).items()}
        self.planning = words("planning_verbs")
        self.scheduling = words("scheduling_words")
        self.labelling_verbs = words("labelling_verbs")
        self.verdicts = word_map(data, "verdict_words")
        self.strike_words, self.strikers = words("strike_words"), words("strikers")
        self.industrial_actions, self.strike_lengths = words("industrial_actions"), words("strike_lengths")
        self.industrial_bans = {str(k).lower(): {str(w).lower() for w in v}
                                for k, v in (data.get("industrial_bans") or {}).items()}
        self.strike_preps, self.strike_threat_heads = words("strike_preps"), words("strike_threat_heads")
        self.strike_going_verbs, self.strike_joining_verbs = words("strike_going_verbs"), words("strike_joining_verbs")
        self.ultimatum_verbs = words("ultimatum_verbs")
        self.nonspecific_dets = words("nonspecific_dets")
        self.content_request_verbs = words("content_request_verbs")
        raised = data.get("raised_security", {})
        self.raising_verbs, self.security_objects, self.security_levels = (
            word_set(raised, key) for key in ("verbs", "objects", "levels"))
        self.evacuation, self.evacuees = words("evacuation_verbs"), words("evacuees")
        self.rescue_verbs, self.perils = words("rescue_verbs"), words("perils")
        self.dispatch_verbs, self.relief_words = words("dispatch_verbs"), words("relief_words")
        self.relief_operations, self.handover_nouns = words("relief_operations"), words("handover_nouns")
        self.aid_nouns = {w for w, t in self.nouns.items() if t == "AID"}
        self.personnel_verbs, self.personnel = words("personnel_verbs"), words("personnel")
        self.giving_verbs, self.relief_goods = words("giving_verbs"), words("relief_goods")  # w37
        self.amount_in, self.training_verbs = words("amount_in"), words("training_verbs")
        self.trainees, self.idle_objects = words("trainees"), words("idle_objects")
        self.carrying_verbs, self.receiving_verbs = words("carrying_verbs"), words("receiving_verbs")
        self.wanted_people, self.activity_heads = words("wanted_people"), words("activity_heads")
        self.mutual_verbs, self.removal_verbs, self.posts = words("mutual_verbs"), words("removal_verbs"), words(
            "posts")
        self.withdraw_verbs, self.bodies = words("withdraw_verbs"), words("bodies")
        self.contests, self.reticence = words("contests"), words("reticence_verbs")
        self.withdrawn_forces, self.withdrawn_concessions = words("withdrawn_forces"), words("withdrawn_concessions")
        self.conceding_verbs = words("conceding_verbs")
        self.travellers, self.care_places = words("travellers"), words("care_places")
        self.released_money = words("released_money")
        self.leaving_people = words("leaving_people")
        self.arson_verbs = words("arson_verbs")  # "set fire to their homes" (events._own_property)
        self.admission_verbs, self.accept_objects = words("admission_verbs"), words("accept_objects")
        self.noun_compounds = {str(n).lower(): {str(c).lower(): str(t) for c, t in cs.items()}
                               for n, cs in data.get("noun_compounds", {}).items()}
        self.ordering_verbs = words("ordering_verbs")
        self.movers = {w for w, t in self.nouns.items() if t in MOVER_TYPES}  # "withdrawal", "deployment"
        self.other_occurrence = words("other_occurrence")
        self.apart_adverbs = words("apart_adverbs")
        self.further_act = words("further_act")
        self.present_habits = words("present_habits")
        self.standing_adverbs = words("standing_adverbs")
        self.answered_claims, self.accuser_preps = words("answered_claims"), words("accuser_preps")
        self.neutral_claims = words("neutral_claims")  # "the army's claim that they had surrendered" (w40)
        self.sentencing_verbs, self.penalties = words("sentencing_verbs"), words("penalties")
        self.aspectual = words("aspectual_verbs")
        self.armed_senses = words("armed_senses")
        self.told_accusations = words("told_accusations")  # "Israel's accusation that ..." (rcx)
        self.armed_moves = words("armed_moves")  # "the army marched into the town": no PROTEST (rcx)
        self.crowd_acts = words("crowd_acts")  # "Rioters torched police stations" (rcx)
        self.civil_protest_verbs = words("civil_protest_verbs")  # "Residents boycotted the vote" (rcx)
        self.starting_verbs = words("starting_verbs")  # "began a hunger strike", "set up petitions" (rcx)
        self.armed_bodies = words("armed_bodies")
        self.described_links = words("described_links")
        self.aim_verbs = words("aim_verbs")
        self.witness_verbs = words("witness_verbs")
        self.armed_only = words("armed_only")
        # words that name an armed doer, built once: "Israeli fire", "army trucks", "soldiers shot the cattle"
        self.armed = frozenset(self.forces | self.armed_bodies)
        self.gunfire_doers = frozenset(self.armed | self.gunfire_modifiers)
        self.armed_doers = frozenset(self.armed | self.force_modifiers)
        self.armed_vehicle_marks = frozenset(self.armed_doers | self.arms_modifiers)
