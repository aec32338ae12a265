"""Relations by general mechanisms, the r24 pass (issue 11): joining a body, help given to one who does something,
office titles and ranks beyond the seeds' wording, "a partner in", speaking for a body; and the wordings that state
none of these (a partner in an act, a go-between, a head who is not a second time a member).

Sentences written for this test from many conflicts (Sahel, Somalia, Horn of Africa, Great Lakes, Sudan, Chad,
Ukraine, Gaza, Syria, Afghanistan, NATO's enlargement), none taken from the gold articles; each case names the rule of
docs/annotation.md, *Relations*, it checks. Actors are compared by name.
"""

from __future__ import annotations

import pytest
from support import has_relation as _has
from support import relations_by_name as _relations

STATED = [
    # member_of, "a state in an alliance": joining it, through a chain of verbs or a purpose clause.
    ("Finland decided to join NATO after the invasion of Ukraine.", ("Finland", "member_of", "North Atlantic")),
    ("Sweden applied to join NATO in May 2022.", ("Sweden", "member_of", "North Atlantic")),
    # member_of, "a person in a party or body": a date or a place after the body leaves the tie stated.
    ("Ahmed Diriye left his village in 2008 to join al-Shabaab.", ("Ahmed Diriye", "member_of", "Shabaab")),
    # part_of, "a faction ... of a larger body": a group that joins a larger one is part of it, no member.
    ("Katiba Macina joined Jama'at Nusrat al-Islam wal-Muslimin in 2017.", ("Katiba Macina", "part_of", "Nusrat")),
    # backs, "wordings of help": the one helped to do something is the subject of the clause it is helped to do.
    ("Eritrea sent troops to help the Ethiopian army fight the TPLF.", ("Eritrea", "backs", "Ethiopian")),
    # backs, "funds", "aid": a noun of backing the verb gives its indirect object, or an amount given is in.
    ("The United States gave Ukraine $60 billion in military aid.", ("United States", "backs", "Ukraine")),
    ("Britain offered Kyiv more support on Monday.", ("United Kingdom", "backs", "Ukraine")),
    # leads, "led by": a noun that only gathers people ("a group of experts") stands for them, and each of the
    # names the agent lists leads them (the second one far from the noun, with an apposition of its own).
    ("A group of experts, led by election-law professor Nic Cheeseman and Kenyan lawyer Otiende Amollo, the chair of"
     " the Kenya Rights Commission, urged a recount.", ("Otiende Amollo", "leads", "experts")),
    # ... and the singular role is the name's just before it.
    ("Mohamed Deby and Succes Masra, the prime minister of the transitional government, met in N'Djamena.",
     ("Succes Masra", "leads", "transitional government")),
    # leads, "head ... of": a state's council that rules it is its government (as its junta).
    ("Mahamat Deby, the president of Chad's transitional military council, visited Moscow.",
     ("Mahamat Deby", "leads", "Chad")),
    # leads: the offices that head a body, beyond "leader" and "chief".
    ("Tedros Adhanom Ghebreyesus, the director-general of the World Health Organization, warned of famine.",
     ("Tedros", "leads", "World Health")),
    ("Mohammad Shtayyeh, the prime minister of the Palestinian Authority, resigned on Monday.",
     ("Shtayyeh", "leads", "Palestinian Authority")),
    ("Hamas general secretary Khaled Meshaal spoke in Doha.", ("Khaled Meshaal", "leads", "Hamas")),
    ("Wagner chief executive Dmitry Utkin died in the crash.", ("Dmitry Utkin", "leads", "Wagner")),
    # member_of, "titles written with a name": the ranks of an army or a police force.
    ("Sudanese army captain Ahmed Hassan said the bridge had been destroyed.",
     ("Ahmed Hassan", "member_of", "Sudanese Armed Forces")),
    ("Royal Jordanian Air Force lieutenant Muath al-Kasasbeh was captured by the Islamic State.",
     ("Kasasbeh", "member_of", "Royal Jordanian Air Force")),
    ("Ukrainian National Guard colonel Oleksandr Pivnenko said the town held.",
     ("Oleksandr Pivnenko", "member_of", "National Guard")),
    # member_of, "a state called 'a partner in' a coalition or campaign".
    ("Jordan, a partner in the Global Coalition, struck targets in Syria.", ("Jordan", "member_of", "ISIS")),
    # spokesperson_for: one who speaks for a body, fronted or in apposition.
    ("Speaking for the Taliban, Zabihullah Mujahid denied the report.",
     ("Zabihullah Mujahid", "spokesperson_for", "Taliban")),
]

NOT_STATED = [
    # Joined in an act, not in a body: "joined X in calling for", "in condemning".
    ("The European Union joined the United Nations in calling for a ceasefire in Gaza.",
     ("European Union", "member_of", "United Nations")),
    ("The African Union joined the Arab League in condemning the coup in Sudan.",
     ("African Union", "member_of", "Arab League")),
    # A go-between helps both sides reach a deal: it backs neither.
    ("Egypt helped Israel and Hamas reach a truce in May.", ("Egypt", "backs", "Israel")),
    ("Qatar helped the Taliban and the United States negotiate the Doha agreement.", ("Qatar", "backs", "Taliban")),
    ("Turkey helped Russia and Ukraine agree a grain deal in Istanbul.", ("Turkey", "backs", "Russia")),
    # Relief is no backing, however it is given.
    ("The United Nations gave Sudan $20 million in humanitarian aid.", ("United Nations", "backs", "Sudan")),
    # "X, head of Z" makes one head: a singular role in apposition tells of the name just before it, not of the
    # names coordinated with it (a plural one, "X and Y, backers of Z", is shared).
    ("Mohamed Deby and Succes Masra, the prime minister of the transitional government, met in N'Djamena.",
     ("Mohamed Deby", "leads", "transitional government")),
    ("Reuters reported that a team of investigators, led by human-rights lawyer Karim Khan and Joyce Aluoch, the"
     " president of the Kenyan Law Society, had visited Darfur.", ("Karim Khan", "leads", "Law Society")),
    # "X, head of Z" is the head: the sentence states no second tie as a member.
    ("Mohammad Shtayyeh, the prime minister of the Palestinian Authority, resigned on Monday.",
     ("Shtayyeh", "member_of", "Palestinian Authority")),
    ("Gen. Mohamed Hamdan Dagalo, commander of the Rapid Support Forces, said the city was taken.",
     ("Dagalo", "member_of", "Rapid Support")),
]


@pytest.mark.parametrize("text, tie", STATED)
def test_a_tie_stated_by_a_general_construction_is_found(text, tie):
    found = _relations(text)
    assert _has(found, *tie), found


@pytest.mark.parametrize("text, tie", NOT_STATED)
def test_a_wording_that_states_no_such_tie_gives_none(text, tie):
    found = _relations(text)
    assert not _has(found, *tie), found


def test_one_rule_for_the_name_a_common_noun_stands_for():
    """relations_parse.described_name, read by the relation stage and the parse alike: a noun outside any mention
    stands for a person's name too ("a warlord backed by the UAE"); one inside a mention names a body, never a
    person ("a militia commander" is no militia)."""
    from conflictgraph.model import Mention
    from conflictgraph.nlp import load_nlp
    from conflictgraph.pipeline.relations_parse import described_name

    doc = load_nlp()("Mohamed Hamdan Dagalo, a warlord backed by the United Arab Emirates, denied the report.")
    name = Mention("d", 0, 21, "Mohamed Hamdan Dagalo", "PERSON", "hemedti")
    at = {t.i: name for t in doc if t.idx < 21}
    warlord = next(t for t in doc if t.text == "warlord")
    assert described_name(warlord, at, lambda m: "person") == name
    body = Mention("d", warlord.idx, warlord.idx + 7, "warlord", "ORG", "warlords")
    assert described_name(warlord, at | {warlord.i: body}, lambda m: "person") is None
    assert described_name(warlord, at | {warlord.i: body}, lambda m: "armed_group") == name
