"""Acts named as nouns, with their parties (issue 11, helper nom). News names many acts by nouns ("the expulsion of
French diplomats by Niger's junta", "the RSF's siege of El Fasher", "the surrender of the M23 fighters"); the rule book
codes every act a text reports, background included (docs/annotation.md, *Background acts*), and PLOVER codes the act
whatever its grammar. Each act is paired with non-acts of the same words: a kind of act, an act anticipated, demanded
or negated, a noun that is a thing, a possessive of a standing stance. The sentences were written for this test, from
many conflicts and domains (Sudan, Ukraine, the Sahel, Myanmar, Colombia, Haiti, Gaza, the DRC, Ecuador, city news),
never taken from a gold article."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

# sentence, type, a word of the actor's name (or None: no actor asked), a word of the recipient's name (or None),
# the place's name (or None), the date (or None), the rule
ACTS = [
    ("The expulsion of French diplomats by Niger's junta on Friday angered Paris.", "SANCTION", "Niger", "France",
     None, "2024-05-10",
     "deverbal_nouns: 'expulsion' is what 'expel' reports (PLOVER SANCTION expel); 'by' the actor, 'of' the recipient"),
    ("Niger's expulsion of the French ambassador marked a rupture.", "SANCTION", "Niger", "France", None, None,
     "deverbal_nouns: the possessor is the actor, the 'of' object the recipient"),
    ("Ecuadorian police's seizure of 9 tonnes of cocaine in Guayaquil on Friday set a record.", "COERCE",
     "police", None, "Guayaquil", "2024-05-10",
     "deverbal_nouns: 'seizure' is what 'seize' reports (PLOVER COERCE seize), placed and dated as its verb"),
    ("The deportation of 40 Eritreans from Israel on Sunday drew protests.", "COERCE", None, None, None,
     "2024-05-12", "deverbal_nouns: 'deportation' is what 'deport' reports (PLOVER COERCE deport)"),
    ("The capture of Avdiivka by Russian forces in February was a blow to Kyiv.", "ASSAULT", "Russia", None, None,
     "2024-02", "deverbal_nouns: 'capture' is what 'capture' reports (PLOVER ASSAULT), the 'by' phrase its actor"),
    ("The seizure of 80 students by gunmen in Kaduna on Thursday horrified Nigeria.", "ASSAULT", "gunmen", None,
     "Kaduna", "2024-05-09", "noun_taken: people seized are abducted (PLOVER ASSAULT abduct), as 'gunmen seized 80 "
     "students' reads"),
    ("The seizure of the town of Bunagana by M23 rebels in June 2022 alarmed Kinshasa.", "ASSAULT", "M23", None, None,
     "2022-06", "noun_taken: a town seized is territory taken by force (PLOVER ASSAULT), as the verb reads"),
    ("The murder of the journalist in Mexico City on Tuesday shocked colleagues.", "ASSAULT", None, None,
     "Mexico City", "2024-05-14", "deverbal_nouns: 'murder' of a person is the killing (PLOVER ASSAULT)"),
    ("The imprisonment of the opposition leader by the junta in Naypyitaw angered the UN.", "COERCE", "Myanmar",
     None, None, None, "deverbal_nouns: 'imprisonment' is what 'imprison' reports (PLOVER COERCE arrest)"),
    ("The ratification of the treaty by the Colombian Congress on Wednesday cleared the way for peace.", "SUPPORT",
     "Colombian Congress", None, None, None,
     "deverbal_nouns: 'ratification' is what 'ratify' reports (PLOVER SUPPORT), the 'by' phrase its actor"),
    ("The RSF's siege of El Fasher entered its second month.", "COERCE", "Rapid Support", None, "El Fasher", None,
     "possessed_act_types: a light noun of an act done, its possessor the actor (PLOVER COERCE restrict: sieges)"),
    ("Ukraine's incursion into Kursk in August surprised Moscow.", "ASSAULT", "Ukraine", None, None, None,
     "possessed_act_types: an incursion its possessor made into a place (PLOVER ASSAULT)"),
    ("The Kremlin's rejection of the peace plan on Tuesday ended hopes of talks.", "REJECT", "Kremlin", None, None,
     "2024-05-14", "possessed_act_types: a rejection its possessor made of a plan (PLOVER REJECT)"),
    ("Russia's veto of the UN resolution on Tuesday angered Western diplomats.", "REJECT", "Russia", None, None,
     "2024-05-14", "possessed_act_types: a veto cast by its possessor (PLOVER REJECT veto)"),
    ("Israel's release of 30 Palestinian prisoners on Friday was part of the deal.", "RETREAT", "Israel", None, None,
     "2024-05-10", "possessed_act_types: a release made by its possessor (PLOVER RETREAT release)"),
    ("Moscow's blockade of Ukrainian ports lasted months.", "COERCE", "Russia", "Ukraine", None, None,
     "possessed_act_types: a blockade by its possessor, on the ports' owner (PLOVER COERCE restrict)"),
    ("A Russian blockade of Ukrainian ports cut grain exports in 2022.", "COERCE", "Russia", "Ukraine", None, "2022",
     "possessed_act_types: a people's adjective before the noun names who acts, as a possessor"),
    ("Thousands fled a rebel siege of the town of Kidal in March.", "COERCE", None, None, "Kidal", "2024-03",
     "possessed_act_types: an armed body's word before the noun ('a rebel siege') names who acts"),
    ("The surrender of the M23 fighters in Goma in 2013 ended the rebellion.", "RETREAT", "M23", None, "Goma", "2013",
     "subject_of_nouns: the 'of' object of an intransitive act's noun is who did it (PLOVER RETREAT surrender)"),
    ("The advance of Russian troops toward Pokrovsk continued on Monday.", "ASSAULT", "Russia", None, "Pokrovsk",
     "2024-05-13", "subject_of_nouns: an advance 'of' troops is theirs (PLOVER ASSAULT: offensives)"),
    ("The withdrawal of French troops from Mali was completed in August 2022.", "RETREAT", "French", None, "Mali",
     "2022-08", "subject_of_nouns: the troops withdrew (PLOVER RETREAT withdraw); Mali is what they left"),
    ("The resignation of Haitian prime minister Ariel Henry in April opened a transition.", "RETREAT", "Ariel Henry",
     None, None, "2024-04", "subject_of_nouns: who resigned is the 'of' object (PLOVER RETREAT resign)"),
]


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient", "place", "date", "rule"), ACTS)
def test_an_act_named_by_a_noun_is_coded_with_its_parties(text, event_type, actor, recipient, place, date, rule):
    found, names = events_and_names([text], PUB)
    events = [e for e in found[text] if e["type"] == event_type]
    assert events, (rule, [e["type"] for e in found[text]])
    if actor is not None:
        assert any(actor in (names.get(s) or "") for e in events for s in (e.get("sources") or [e["source"]])), (
            rule, events)
    if recipient is not None:
        assert any(recipient in (names.get(t) or "") for e in events for t in (e.get("targets") or [e["target"]])), (
            rule, events)
    if place is not None:
        assert any((e.get("location") or {}).get("name") == place for e in events), (rule, events)
    if date is not None:
        assert any(e["date"] == date for e in events), (rule, events)


# sentence, the type it must not report, the rule
NON_ACTS = [
    ("The torture of detainees is a war crime, the report says.", "ASSAULT",
     "kind_of_deverbal: a bare plural 'of' object and no date, possessor or doer names a kind of act"),
    ("The UN condemned the besiegement of populated areas as unacceptable.", "COERCE",
     "kind_of_deverbal: 'the besiegement of populated areas' is a practice, no siege told"),
    ("The confiscation of property is forbidden under the new law.", "COERCE",
     "kind_of_deverbal: a kind of act a law forbids, not one done"),
    ("The seizure of 2 tonnes of cocaine by police in Cartagena on Friday was a record.", "ASSAULT",
     "noun_taken: property seized is COERCE seize, no assault"),
    ("The seizure of power by the military in Burkina Faso in September 2022 was condemned.", "COERCE",
     "deverbal_objects_not: 'the seizure of power' is a coup, no property seized"),
    ("He pleaded guilty on Monday to the murder of a police officer in Medellin.", "ASSAULT",
     "plea_verbs: a plea names the charge, not an occurrence told (as 'charged with murder')"),
    ("The release date of the album has been pushed back.", "RETREAT",
     "a noun that is a thing's modifier ('release date') names no release"),
    ("The capture date of the photos is unknown.", "ASSAULT",
     "a noun that qualifies a thing ('capture date') names no capture"),
    ("Police said the murder rate in Cali fell last year.", "ASSAULT",
     "a noun that qualifies a measure ('murder rate') names no killing"),
    ("A strike force was sent to the border.", "ASSAULT",
     "a noun that qualifies a body ('strike force') names no strike"),
    ("Arrests of journalists are common in Ethiopia.", "COERCE",
     "frequency_adjectives: a kind of act is no occurrence (docs/annotation.md: generic and habitual acts)"),
    ("The threat of an attack on the capital kept residents indoors.", "ASSAULT",
     "anticipation_nouns: an act threatened is not done (PLOVER Auxiliary modes)"),
    ("Activists issued calls for the release of political prisoners in Minsk.", "RETREAT",
     "a release called for is the REQUEST's content, no RETREAT"),
    ("Rebels called for the withdrawal of Rwandan troops from Congo.", "RETREAT",
     "subject_of_nouns: a withdrawal called for, though its 'of' object names the troops, is the REQUEST's content"),
    ("The UN demanded Russia's withdrawal from Ukraine.", "RETREAT",
     "possessed_act_types: a withdrawal demanded, though a possessor names Russia, is the REQUEST's content"),
    ("Demands for the withdrawal of French troops grew in Niamey.", "RETREAT",
     "a withdrawal demanded is no retreat done"),
    ("The planned withdrawal of UN peacekeepers from Mali worried aid groups.", "RETREAT",
     "a planned act is not done (PLOVER Auxiliary modes)"),
    ("There was no withdrawal of Russian troops from the area.", "RETREAT",
     "a negated noun ('no withdrawal') is no act (PLOVER Auxiliary modes)"),
    ("The withdrawal of US support for the offensive angered Kyiv.", "RETREAT",
     "subject_of_nouns: what is withdrawn ('support') is no doer, so the 'of' phrase makes no occurrence"),
    ("Iran's support for Hezbollah is well known.", "SUPPORT",
     "possessed_act_types: a possessive of a standing stance stays light (docs/annotation.md, Standing attitudes)"),
    ("Iran's aid to the Houthis has grown.", "AID",
     "possessed_act_types: 'Iran's aid' names a state of affairs, not one delivery"),
    ("Egypt's threat against Ethiopia over the dam alarmed the AU.", "THREATEN",
     "possessed_act_types: a threat by possessive alone, with no aim, stays light (as 'a warning by')"),
    ("The Gaza blockade has lasted since 2007.", "COERCE",
     "possessed_act_types: a place's name before the noun is no actor, and a state lasting is no act"),
]


# sentence, the mode the act must have, the rule
MODES = [
    ("The capture of Mosul by ISIS in 2014 shocked Iraq.", None,
     "noun_taken: a town captured is territory taken, no one abducted (PLOVER ASSAULT; mode null)"),
    ("The seizure of 80 students by gunmen in Kaduna on Thursday horrified Nigeria.", "abduct",
     "noun_taken: people seized are abducted (PLOVER ASSAULT abduct)"),
]


@pytest.mark.parametrize(("text", "mode", "rule"), MODES)
def test_what_a_noun_of_taking_takes_gives_the_mode(text, mode, rule):
    found, _ = events_and_names([text], PUB)
    assert [e["mode"] for e in found[text] if e["type"] == "ASSAULT"] == [mode], (rule, found[text])


@pytest.mark.parametrize(("text", "event_type", "rule"), NON_ACTS)
def test_a_noun_that_names_no_act_done_is_no_event(text, event_type, rule):
    found, _ = events_and_names([text], PUB)
    assert event_type not in [e["type"] for e in found[text]], (rule, found[text])


# an act told by a verb and named again by a noun: one event (the existing merge), the rule
RETOLD = [
    ("Gunmen killed 12 villagers in Zamfara on Sunday; the killing of the villagers shocked Nigeria.", "ASSAULT",
     "docs/annotation.md, One event or several: one act, however often told, is one event"),
    ("Niger's junta expelled French diplomats on Friday. The expulsion of the diplomats angered Paris.", "SANCTION",
     "docs/annotation.md, One event or several: the noun tells again the act the verb coded"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), RETOLD)
def test_an_act_a_verb_coded_and_a_noun_names_again_is_one_event(text, event_type, rule):
    found, _ = events_and_names([text], PUB)
    assert [e["type"] for e in found[text]].count(event_type) == 1, (rule, found[text])
