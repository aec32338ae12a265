"""Verbal support and agreements (PLOVER SUPPORT, AGREE) in the wordings news uses for them, and the non-acts of the
same words (issue 11, helper u37). The sentences were written for this test, from many conflicts (Sudan, Ukraine,
Myanmar, the Sahel, Colombia, Gaza, Yemen, Ethiopia, DRC, Haiti), never taken from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"

SUPPORT = [
    ("Russia backed the Malian junta's decision to expel French troops.",
     "PLOVER SUPPORT: approve policy, action (verb_particles back: a decision)"),
    ("Egypt supported the African Union's plan for a ceasefire in Sudan on Monday.",
     "PLOVER SUPPORT: approve policy (verb_particles support: a plan)"),
    ("Kenya's parliament approved the deployment of police officers to Haiti.",
     "PLOVER SUPPORT: approve policy, action (verb_particles approve)"),
    ("Hungary voted in favour of the resolution on Gaza.",
     "PLOVER SUPPORT: approve policy (verb_particles vote: in favour)"),
    ("The Colombian government and the FARC signed a peace deal in Havana in 2016.",
     "PLOVER SUPPORT: sign an agreement; docs/annotation.md: an agreement signed is SUPPORT"),
    ("The ceasefire proposal was backed by Egypt and Qatar on Monday.",
     "PLOVER SUPPORT: approve policy; a passive's subject is the verb's object (event_particles.particle_type)"),
    ("The peace plan was approved by Kenya's parliament on Tuesday.",
     "PLOVER SUPPORT: approve policy, told in the passive"),
]

PASSIVE_CONCESSIONS = [
    ("The curfew in Khartoum was lifted on Monday.", "CONCEDE",
     "PLOVER CONCEDE: removing curfews; the passive's subject is the lifted curfew, no COERCE of its own"),
    ("The charges against the Burkinabe journalists were dropped on Friday.", "CONCEDE",
     "docs/annotation.md: dropping a prosecution is CONCEDE, told in the passive"),
]

SUPPORT_NOT_AGREE = [
    ("The ceasefire agreement between Kyiv and Moscow was signed in Istanbul on Friday.",
     "docs/annotation.md: an agreement signed is SUPPORT, one reached AGREE (the passive's subject too)"),
]

AGREE = [
    ("Mali and Russia struck a deal on mining on Monday.",
     "PLOVER AGREE: a deal reached (light_verbs: strike)"),
    ("The M23 and the Congolese government sealed an agreement in Doha on Saturday.",
     "PLOVER AGREE: an agreement reached (light_verbs: seal)"),
    ("The Tigrayan leaders consented to the disarmament of their fighters.",
     "PLOVER AGREE: agree to (verbs AGREE: consent)"),
    ("The United States pledged to provide more air defence to Ukraine.",
     "PLOVER AGREE: future AID is AGREE (future_cooperation_verbs: provide)"),
    ("Japan pledged to continue providing humanitarian aid to Gaza.",
     "PLOVER AGREE: a promise through a verb of aspect (promises.coded_type)"),
    ("Egypt promised to support the Sudanese army.",
     "PLOVER AGREE: future SUPPORT is AGREE (future_cooperation_verbs: support)"),
    ("Saudi Arabia committed to funding the reconstruction of Yemen.",
     "PLOVER AGREE: broad promises of AID are AGREE ('committed to' + gerund)"),
    ("Sudan's army chief expressed readiness to resume negotiations with the RSF.",
     "PLOVER AGREE: indicate willingness to cooperate (promise_noun_heads: express)"),
    ("Japan will continue to provide aid to Gaza.",
     "PLOVER AGREE: future AID; the modal of the verb of aspect makes the aid promised, not given"),
    ("Britain will keep supporting Ukraine, the prime minister said.",
     "PLOVER AGREE: future SUPPORT through 'keep'"),
]

NOT_DONE = [
    ("The army will continue to shell Kharkiv.", "ASSAULT",
     "PLOVER, Auxiliary modes: an attack to come under 'will continue to' is not made"),
    ("Russia did not begin to withdraw its troops from Kherson.", "RETREAT",
     "PLOVER, Auxiliary modes: a negated verb of aspect makes its complement not done"),
]

VOICED = [
    ("We will continue to call for a ceasefire in Gaza, the foreign minister said.", "REQUEST",
     "PLOVER REQUEST: a call one says one will go on making is voiced in saying so (voiced_stances)"),
    ("Ukraine will continue to condemn Russia's strikes on its power plants, Kuleba said.", "ACCUSE",
     "PLOVER ACCUSE: a condemnation voiced in saying one will go on with it (voiced_stances)"),
]

AGREE_NOT_THREATEN = [
    ("Germany vowed to help Ukraine rebuild its power grid.",
     "PLOVER AGREE, THREATEN: a vow of help is a promise to cooperate, no coercive warning"),
    ("Germany vowed to continue supporting Ukraine for as long as it takes.",
     "PLOVER AGREE, THREATEN: a vow of continued support (through the verb of aspect)"),
]

NOT_SUPPORT = [
    ("Hungary did not support the sanctions decision.", "PLOVER, Auxiliary modes: negated acts are no events"),
    ("Iran-backed militias attacked a US base in Syria.", "docs/annotation.md: 'Iran-backed' is the backs relation"),
    ("The fighters are backed by Iran.", "docs/annotation.md: backing a party is the backs relation, no SUPPORT"),
    ("Thank you for coming, the minister told reporters.", "PLOVER SUPPORT: a courtesy commends no party"),
    ("The Security Council is expected to endorse the plan next week.",
     "PLOVER, Auxiliary modes: an endorsement expected is not made"),
]

NOT_AGREE = [
    ("The parties are close to agreeing a deal.", "PLOVER, Auxiliary modes: an agreement near is not reached"),
    ("The RSF would agree to a truce only if the army withdrew.", "PLOVER, Auxiliary modes: a conditional"),
    ("Analysts agreed that the war in Sudan would last for years.", "PLOVER AGREE: sharing an opinion cooperates in "
     "nothing"),
    ("Negotiators hope to reach an agreement by Friday.", "PLOVER, Auxiliary modes: a hope is no agreement"),
]


def _types(text: str) -> list[str]:
    return [e["type"] for e in event_rows(text, PUB)]


@pytest.mark.parametrize(("text", "rule"), SUPPORT)
def test_support_wordings(text, rule):
    supports = [e for e in event_rows(text, PUB) if e["type"] == "SUPPORT"]
    assert supports, rule
    assert supports[0]["source"] is not None, (rule, supports)


@pytest.mark.parametrize(("text", "rule"), SUPPORT_NOT_AGREE)
def test_a_signed_agreement_is_support_not_agree(text, rule):
    types = _types(text)
    assert "SUPPORT" in types and "AGREE" not in types, (rule, types)


@pytest.mark.parametrize(("text", "rule"), AGREE)
def test_agree_wordings(text, rule):
    agrees = [e for e in event_rows(text, PUB) if e["type"] == "AGREE"]
    assert agrees, rule
    assert agrees[0]["source"] is not None, (rule, agrees)


@pytest.mark.parametrize(("text", "rule"), AGREE_NOT_THREATEN)
def test_a_vow_of_help_is_agree_not_threaten(text, rule):
    types = _types(text)
    assert "AGREE" in types and "THREATEN" not in types, (rule, types)


@pytest.mark.parametrize(("text", "rule"), NOT_SUPPORT)
def test_no_support(text, rule):
    assert "SUPPORT" not in _types(text), rule


@pytest.mark.parametrize(("text", "rule"), NOT_AGREE)
def test_no_agree(text, rule):
    assert "AGREE" not in _types(text), rule


@pytest.mark.parametrize(("text", "kind", "rule"), PASSIVE_CONCESSIONS)
def test_a_passive_particle_verb_is_its_type(text, kind, rule):
    types = _types(text)
    assert types == [kind], (rule, types)


@pytest.mark.parametrize(("text", "kind", "rule"), NOT_DONE)
def test_an_act_under_a_verb_of_aspect_to_come_is_not_done(text, kind, rule):
    assert kind not in _types(text), rule


@pytest.mark.parametrize(("text", "kind", "rule"), VOICED)
def test_a_stance_one_will_go_on_voicing_is_voiced(text, kind, rule):
    assert kind in _types(text), rule


@pytest.mark.parametrize("text", [
    "Morocco's king sent a message of congratulations to the new Senegalese president.",
    "Macron congratulated the new Senegalese president on his victory.",
])
def test_courtesies_voiced_are_no_event(text):
    """Words sent are no material AID (backing_nouns: only support, backing or help handed over is AID); and a
    courtesy voiced (congratulations, thanks) is no SUPPORT event: the PLOVER manual names none of them (lead's
    decision on u37). Sympathy voiced (solidarity, condolences) is SUPPORT since the adjudicated gold codes it
    (docs/annotation.md, *Disasters*; tests/pipeline/test_verbal_sup.py)."""
    assert not [e for e in event_rows(text, PUB) if e["type"] in ("AID", "SUPPORT")]
