"""Actors the knowledge base does not know, and actors a sentence names only through another: collective bodies
named by what they do, judgements told of "it", labels a speaker puts on a reported deed, plural subjects that stand
for a meeting's parties, "the regime" of the country a story is set in. Each case with the PLOVER manual rule (or
the docs/annotation.md rule) it checks.

The sentences were written for these tests, from many conflicts (Zimbabwe, Mali, Colombia, Nigeria, Sudan, Egypt and
Gaza, Ukraine, Afghanistan, Myanmar, Yemen, Syria, Poland, Turkey), not taken from any annotated set. They run through
the whole program (``extract``), so they hold whatever the stages become. Every event of the type must have the value.
"""

from __future__ import annotations

import pytest
from support import events_and_names

PUBLISHED = "2024-05-15"

# (text, PLOVER type, field, the actor's name, or a list of names for a joint role, the rule)
CASES = [
    # Collective bodies named by what they do or are to someone (annotation.md: collective actors are actors)
    ("Volunteers from the ruling party threatened opposition candidates in Harare.",
     "THREATEN", "source", "Volunteers",
     "PLOVER actor is any entity: volunteers of a campaign who threaten are its actor"),
    ("A group of armed men abducted two aid workers near Gao.", "ASSAULT", "source", "group",
     "PLOVER ASSAULT (abduct): the group that abducted is the actor, though the text gives it no name"),
    ("The family of the murdered activist accused the police of covering up the killing in Medellin.",
     "ACCUSE", "source", "family",
     "PLOVER ACCUSE: the family that accuses is the actor"),
    ("Displaced families in Sagaing and Magway accused the junta of burning their villages in Myanmar.",
     "ACCUSE", "source", "Displaced families",
     "PLOVER ACCUSE: people named by their plight act as a collective actor"),
    ("An angry crowd attacked the police station in Kano.", "ASSAULT", "source", "angry crowd",
     "PLOVER ASSAULT: a crowd that attacks is the actor (collective actors are actors)"),
    # A passive verb of giving names what is given, not who benefits
    ("Humanitarian workers have been sent to Sittwe by the United Nations.", "AID", "target", None,
     "PLOVER AID: the recipient is whom the aid goes to; the workers sent are the aid, and a town is no party"),
    # A judgement told of "it" is the speaker's, about the doer of the clause it judges
    ('"It is unacceptable that the Rapid Support Forces blocked the aid convoy," said UN envoy Volker Perthes.',
     "ACCUSE", "source", "Volker Perthes",
     "annotation.md, statements: the person who makes them; 'It is unacceptable that' is the speaker's disapproval"),
    ('"It is unacceptable that the Rapid Support Forces blocked the aid convoy," said UN envoy Volker Perthes.',
     "ACCUSE", "target", "Rapid Support Forces",
     "PLOVER ACCUSE: the recipient is whom the disapproval is about, the doer of the act judged"),
    ('"It is regrettable that Hamas rejected the proposal," said Egyptian Foreign Minister Sameh Shoukry.',
     "ACCUSE", "source", "Sameh Shoukry",
     "PLOVER ACCUSE: the speaker disapproves; the one whose rejection is regretted is not its actor"),
    ('"It is regrettable that Hamas rejected the proposal," said Egyptian Foreign Minister Sameh Shoukry.',
     "ACCUSE", "target", "Hamas",
     "PLOVER ACCUSE: the recipient is the party whose act is regretted"),
    # A label a speaker puts on a reported deed is the speaker's act
    ("Ukrainian human rights chief Dmytro Lubinets told Reuters that Russian forces had executed the prisoners, "
     "calling it a war crime.", "ACCUSE", "source", "Dmytro Lubinets",
     "PLOVER ACCUSE (condemn): who calls the deed a crime is the actor, not the deed's doer"),
    ("Ukrainian human rights chief Dmytro Lubinets told Reuters that Russian forces had executed the prisoners, "
     "calling it a war crime.", "ACCUSE", "target", "Russian Armed Forces",
     "PLOVER ACCUSE: the recipient is the doer of the deed condemned"),
    # A bare later mention of a group a weak known name counted for is that actor
    ("Islamic State claimed the bombing in Kabul. The jihadist group said its fighters had targeted a Shia mosque, "
     "and the group threatened more attacks.", "THREATEN", "source", "Islamic State",
     "annotation.md: two mentions of one body are one actor; 'the group' is the jihadist group named before"),
    # Plural subjects that stand for a meeting's parties (PLOVER, Compound and Reciprocal Actors)
    ("Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Tuesday. The two leaders "
     "agreed to expand military cooperation.", "AGREE", "source", ["Volodymyr Zelensky", "Andrzej Duda"],
     "PLOVER AGREE with a compound actor: 'the two leaders' are both parties of the meeting told before"),
    ("Sudanese army chief Abdel Fattah al-Burhan spoke by phone with Egyptian President Abdel Fattah el-Sisi. They "
     "also agreed to coordinate on the Nile dam.", "AGREE", "source",
     ["Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi"],
     "PLOVER, Compound and Reciprocal Actors: 'They also agreed' after a call lists both callers"),
    ("Rebels attacked the town of Kidal. They killed three soldiers.", "ASSAULT", "source", "Rebels",
     "limit: 'they' after an act that is no meeting stays the body named before"),
    # "The regime", "the junta" with no state's named: the government where the story is set
    ("Fighters in Timbuktu, Gao and Mopti accused the junta of hiring foreign mercenaries in Mali.",
     "ACCUSE", "target", "Mali", "PLOVER codes states by their governments: a Mali story's 'the junta' is Mali"),
    ("Displaced families in Sagaing and Magway accused the junta of burning their villages in Myanmar.",
     "ACCUSE", "target", "Myanmar", "PLOVER codes states by their governments: a Myanmar story's junta is Myanmar"),
    ("Protesters in Aden and Taiz accused the regime of starving Yemen.", "ACCUSE", "target", "Yemen",
     "PLOVER ACCUSE: the recipient is the state whose government 'the regime' is, where the story is set"),
    ("Activists in Idlib accused the regime of dropping barrel bombs on Maarat al-Numan. Residents of Idlib fled "
     "north.", "ACCUSE", "target", "Syria",
     "PLOVER codes states by their governments: 'the regime' of a story set in Syria is Syria"),
    # Parties of a deal made with someone, parties a common phrase adds to a compound, people of a nation
    ("The Colombian government signed a peace accord with the FARC in Havana.", "SUPPORT", "source",
     ["Colombia", "FARC"],
     "PLOVER, Compound and Reciprocal Actors: a deal signed with a party is reciprocal, all its parties act"),
    ("The Colombian government signed a peace accord with the FARC in Havana.", "SUPPORT", "target", None,
     "PLOVER, Compound and Reciprocal Actors: a reciprocal event has no recipient"),
    ("The Malian army and militias such as Dan Na Ambassagou attacked the village of Ogossagou.", "ASSAULT", "source",
     ["Malian Armed Forces", "Dan Na Ambassagou"],
     "PLOVER, Compound Actors: 'militias such as X' adds X, the party it names, to the list"),
    ("Ukraine and volunteers from Poland accused Russia of shelling the hospital in Kharkiv.", "ACCUSE", "source",
     ["Ukraine", "volunteers"],
     "PLOVER, Compound Actors: a collective named by common words is a member of the compound actor"),
    ("Turkey and activists on the ground accused the regime and other forces of heavy shelling in Aleppo.",
     "ACCUSE", "source", ["Turkey", "activists"],
     "PLOVER, Compound Actors: 'X and activists accused' lists both; 'other forces' (the others) adds no one"),
    ("Hundreds of thousands of Syrians have been killed at the hands of Assad and ISIL.", "ASSAULT", "target", None,
     "annotation.md: unnamed victims are recipient null; people of a nation are not its state"),
    ("Dozens of Afghans were killed at the hands of the Taliban in Kabul.", "ASSAULT", "target", None,
     "annotation.md: unnamed victims are recipient null; people of a nation are not a state"),
]


@pytest.fixture(scope="module")
def extracted():
    return events_and_names(sorted({c[0] for c in CASES}), PUBLISHED)


def _value(event: dict, field: str, names: dict[str, str]):
    ids = event.get(f"{field}s") or ([event[field]] if event.get(field) else [])
    found = [names.get(i, i) for i in ids]
    return found[0] if len(found) == 1 else (found or None)


@pytest.mark.parametrize("text, kind, field, value, rule", CASES,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_collective_and_indirect_actors(extracted, text, kind, field, value, rule):
    found, names = extracted
    values = [_value(e, field, names) for e in found[text] if e["type"] == kind]
    assert values, f"{rule}: no {kind} event coded"
    assert all(v == value for v in values), f"{rule}: expected {field} {value!r}, got {values}"


# A bare "the group" right after a named body is that body, not a group of its own: the claims' speakers find it
# (limits of the group heads above; these held before them and must still hold).
SPEAKERS = [
    ("Al-Shabaab attacked a hotel in Mogadishu on Friday.\nThe group said its fighters had killed 20 soldiers.",
     "Al-Shabaab"),
    ("The Arakan Army seized the town of Paletwa.\nThe group said it now controls the border with Bangladesh.",
     "Arakan Army"),
]


@pytest.mark.parametrize("text, speaker", SPEAKERS, ids=[s[1] for s in SPEAKERS])
def test_bare_group_is_the_body_named_before(text, speaker):
    from conflictgraph import extract

    bundle = extract([text], published=PUBLISHED).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    said = [names.get(c["speaker"]) for c in bundle["claims"] if "The group said" in c["evidence"][0]["text"]]
    assert said == [speaker], f"annotation.md, claims: 'The group said' is the body named before; got {said}"
