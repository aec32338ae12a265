"""Audit of the program's relations, claims and actors against docs/annotation.md's written rules (issue 11, helper
k28r). Probe sentences written for the audit, from many conflicts; each case names the rule it checks. The first
cases of each group are the contradictions the audit fixed; the others pin rules the program already followed."""

from __future__ import annotations

import pytest

from conflictgraph import extract


def _bundle(text: str):
    return extract([text], published="2024-05-15")


def _ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in _bundle(text).relations}


# Relations, *Titles written with a name state the tie* and TEST's g27 note (heads of workplaces state no tie): a
# place's name compounded into a workplace's noun says where it is ("the head of a Khartoum university" leads no
# Sudan; the capital stands for the state elsewhere). Fixed by the audit.
WORKPLACES = [
    "Hassan Musa, the head of a Khartoum university, said students fled.",
    "Maria Lopez, director of a Bogota hospital, said ten people died.",
    "Ali Saleh, head of a Sanaa hospital, said the wounded kept arriving.",
    "Olena Ivanova, head of a Kyiv school, said pupils sheltered underground.",
]


@pytest.mark.parametrize("text", WORKPLACES)
def test_the_head_of_a_workplace_leads_no_state(text):
    assert not any(p in ("leads", "member_of") for _, p, _ in _ties(text)), _ties(text)


# Relations: ties the rules state, which the program already gives (kept as a guard).
TIES = [
    # *Titles*: a head of state or government titled with the state's adjective leads it
    ("Ukrainian President Volodymyr Zelensky visited troops near Kharkiv.", ("volodymyr-zelensky", "leads", "ukraine")),
    # *Wordings of affiliation and help*: the head of a state's junta leads the state
    ("General Abdourahamane Tiani, head of Niger's junta, expelled French troops.",
     ("abdourahamane-tiani", "leads", "niger")),
    # *Titles*: a spokesperson titled with a named body speaks for it ("X's spokesman")
    ("The Houthis' spokesman, Mohammed Abdulsalam, said the ship was hit.",
     ("mohammed-abdulsalam", "spokesperson_for", "houthis")),
    # "X-led": X leads the coalition
    ("The Saudi-led coalition struck Sanaa on Sunday.", ("saudi-arabia", "leads", None)),
    # *Wordings of affiliation*: a person loyal to a body is a member of it
    ("Colonel Juan Perez, a commander loyal to the National Liberation Army, was arrested in Arauca.",
     ("juan-perez", "member_of", None)),
    # *Wordings of affiliation*: "a branch of" is part_of
    ("The Free Syrian Army faction, a branch of the Syrian National Army, attacked Manbij.",
     ("free-syrian-army", "part_of", None)),
    # *Wordings of help*: "with the support of Y": Y backs the actor
    ("The ELN, with the support of Venezuela, attacked army posts in Arauca.", ("venezuela", "backs", None)),
    # member_of: a state in an alliance
    ("Burkina Faso is a member of the Alliance of Sahel States.", ("burkina-faso", "member_of", None)),
]


@pytest.mark.parametrize(("text", "tie"), TIES)
def test_a_tie_the_rules_state(text, tie):
    found = _ties(text)
    assert any(s == tie[0] and p == tie[1] and (tie[2] is None or o == tie[2]) for s, p, o in found), found


# Relations: *Titles*: a minister titled only with a state or a portfolio states no tie; a tie denied is none.
NO_TIES = [
    "Ukrainian Foreign Minister Dmytro Kuleba met his counterpart in Kyiv.",
    "Colombian Foreign Minister Luis Gilberto Murillo met the envoy in Bogota.",
    "Defence Minister Rustem Umerov visited the front.",
    "Iran denied arming the Houthis.",
]


@pytest.mark.parametrize("text", NO_TIES)
def test_no_tie_where_the_rules_state_none(text):
    assert not _ties(text), _ties(text)


# Claims, *Not annotated: speech without one identifiable speaker*: a speaker that resolves to no actor makes no
# claim (the program had kept such claims with speaker null). Fixed by the audit.
NO_ONE = [
    '"The forces must leave our land," the group said.',
    "A spokesman said the strikes targeted militants in Sagaing.",
    "The ministry's statement said 40 soldiers were killed in the ambush.",
    "A Nigerian soldier said the insurgents had overrun the base in Borno overnight.",
    "Sources said the junta had arrested dozens of protesters in Yangon.",
    "The leaders of Mali and Niger said they would leave ECOWAS.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_speech_without_an_identifiable_speaker_is_no_claim(text):
    claims = _bundle(text).claims
    assert claims == [], [(c.speaker, c.text) for c in claims]


# Claims, *what is a claim*: rejecting an offer or a process is an act (REJECT), not a statement (speech.yaml
# act_objects, widened by the audit to talks, agreements, accords, initiatives, demands).
REJECTIONS = [
    "Mohamed Hamdan Dagalo rejected the talks in Jeddah.",
    "M23 rejected the Luanda agreement on Monday.",
    "The junta rejected the demands of ECOWAS.",
    "The army rejected the peace negotiations.",
]


@pytest.mark.parametrize("text", REJECTIONS)
def test_rejecting_an_offer_is_an_act_not_a_claim(text):
    bundle = _bundle(text)
    assert not bundle.claims, [(c.speaker, c.text) for c in bundle.claims]
    assert any(e.type == "REJECT" for e in bundle.events)


# Claims: the text is the reported content; the speaker is innermost on either side of "according to", and the
# outer source's phrase is no part of what the speaker said. Fixed by the audit (the text had kept ", according to
# X", or run over its own speaker and verb).
ACCORDING = [
    ("Houthi spokesman Yahya Saree said the group had fired missiles, according to the Saba news agency.",
     "yahya-saree", "the group had fired missiles"),
    ("The army killed 20 militants near Djibo, the Defence Ministry said, according to Reuters.",
     None, "The army killed 20 militants near Djibo"),
    ("Twelve civilians were killed in the strike, the Sudan Doctors Network said, according to Reuters.",
     "sudan-doctors-network", "Twelve civilians were killed in the strike"),
    ("According to the Institute for the Study of War, the Russian General Staff said the offensive had begun.",
     None, "the offensive had begun"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ACCORDING)
def test_the_claim_is_the_innermost_speakers_content(text, speaker, words):
    claims = _bundle(text).claims
    assert len(claims) == 1, [(c.speaker, c.text) for c in claims]
    assert claims[0].text == words
    assert speaker is None or claims[0].speaker == speaker


# Claims: nested attribution, one claim per quotation, one speaker saying two things in a sentence (guards).
CLAIMS = [
    # innermost speaker: "Reuters quoted X as saying"
    ("Reuters quoted army spokesman Nabil Abdallah as saying the army had retaken the bridge.", "nabil-abdallah", 1),
    # one quotation over two sentences is one claim
    ('"We will not surrender El Fasher. Nobody will take it," RSF commander Abdel Rahim Dagalo said on Monday.',
     "abdel-rahim-dagalo", 1),
    # what one speaker says twice in a sentence is one claim
    ("The Houthis said they had hit a ship, adding that more attacks would follow.", "houthis", 1),
    # a speech verb without a clause of its own: tweeted that
    ("Zelensky tweeted that Russia had attacked energy facilities.", "volodymyr-zelensky", 1),
]


@pytest.mark.parametrize(("text", "speaker", "count"), CLAIMS)
def test_claims_by_the_written_rules(text, speaker, count):
    claims = _bundle(text).claims
    assert [c.speaker for c in claims] == [speaker] * count, [(c.speaker, c.text) for c in claims]


# Claims, reports without a speech verb ("documented", "linked"): a body named by name reports; the tagger's
# participle for a root verb with its own subject is a finite verb. Fixed by the audit.
REPORTS = [
    ("Human Rights Watch documented abuses by the RSF in El Geneina.", "human-rights-watch"),
    ("The ISW linked the strike to Russian forces.", "isw"),
]


@pytest.mark.parametrize(("text", "speaker"), REPORTS)
def test_a_report_without_a_speech_verb_is_a_claim(text, speaker):
    assert [c.speaker for c in _bundle(text).claims] == [speaker]


# Claims: the speaker as the text names them, a closing bracket it opens included. Fixed by the audit (was cut).
@pytest.mark.parametrize(("text", "written"), [
    ("The Tigray People's Liberation Front (TPLF) said in a statement that federal forces had shelled Mekelle.",
     "The Tigray People's Liberation Front (TPLF)"),
    ("The National Unity Government (NUG) said the junta had bombed a school.", "The National Unity Government (NUG)"),
])
def test_the_speaker_as_the_text_names_them(text, written):
    assert [c.speaker_text for c in _bundle(text).claims] == [written]


# Claims: a news agency's report is the agency's, not that of the body a hyphened participle says runs it. Fixed.
@pytest.mark.parametrize(("text", "speaker"), [
    ("The junta-controlled newspaper Global New Light of Myanmar reported that 20 rebels were killed.",
     "global-new-light"),
    ("The Houthi-run Saba news agency reported that two ships were hit.", "saba-news-agency"),
])
def test_a_report_is_the_outlets_not_its_holders(text, speaker):
    assert [c.speaker for c in _bundle(text).claims] == [speaker]


def test_two_speakers_in_one_sentence_are_two_claims():
    claims = _bundle("The RSF said it had captured the base, while the army said it had repelled the attack.").claims
    assert len(claims) == 2


# Actors, *One actor, one id*: "the junta" after "Myanmar's military junta" is the body the knowledge base lists,
# not a second, nameless group (the known name "Myanmar's military" had left the group "military junta" a mention
# of its own only in the later sentence). Fixed by the audit.
def test_the_junta_after_a_states_military_junta_is_one_actor():
    bundle = _bundle("Myanmar's military junta bombed a village in Sagaing. The junta said rebels had been killed.")
    assert {m.actor for m in bundle.mentions if m.text.lower().endswith(("junta", "military"))} == {"tatmadaw"}
    assert [c.speaker for c in bundle.claims] == ["tatmadaw"]


# Actors, aliases are the names by which the text refers to the actor as an actor: a body's name joined to an
# Arabic name particle is a person's family name ("Mohammed Ali al-Houthi" is no mention of the Houthis). Fixed.
PARTICLES = [
    ("Mohammed Ali al-Houthi said the attacks would continue.", "Mohammed Ali al-Houthi"),
    ("Reuters quoted a senior official, Mohammed Ali al-Houthi, as saying the blockade would go on.",
     "Mohammed Ali al-Houthi"),
]


@pytest.mark.parametrize(("text", "person"), PARTICLES)
def test_a_name_after_an_arabic_particle_is_the_persons(text, person):
    mentions = _bundle(text).mentions
    assert any(m.text == person and m.type == "PERSON" for m in mentions), [(m.text, m.type) for m in mentions]


# Actors, *Collective actors are actors* with a kind and, where the text gives it, a country (guards).
COLLECTIVES = [
    ("Gunmen killed ten villagers in Mopti.", "Gunmen", "armed_group"),
    ("Pro-government militias attacked rebels in North Kivu.", "Pro-government militias", "armed_group"),
    ("Ukrainian soldiers shelled Russian positions near Bakhmut.", "Ukrainian soldiers", "military"),
]


@pytest.mark.parametrize(("text", "name", "kind"), COLLECTIVES)
def test_collective_actors_are_actors(text, name, kind):
    actors = {a.name: a.kind for a in _bundle(text).actors}
    assert actors.get(name) == kind, actors
