"""Event actors and recipients named by a later identification (issue 11, helper u31): an unnamed description of a
person ("a soldier", "the gunman", "the victim") is the person the document names it as, the event's actor or
recipient the person "as the text names them" (docs/annotation.md, *Actor and recipient*; PLOVER codes the
individual who acted or was acted on). Sentences written for this test, from many conflicts (Sudan, Ukraine, DRC,
Colombia, Somalia, Myanmar, Ethiopia, Yemen, the Sahel); pipeline/identified.py."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-03-06"

# text, event type, role, expected actor id, rule
CASES = [
    # the same noun: "a soldier ... The soldier, identified as X"
    ("A Sudanese soldier opened fire on protesters in Omdurman on Monday, killing three people. The soldier, "
     "identified as Ahmed Osman Ali, was later arrested.", "ASSAULT", "source", "ahmed-osman-ali",
     "Actor: the person as the text names them, not the state of 'a Sudanese soldier'"),
    ("A Somali police officer shot dead two colleagues in Mogadishu on Monday. The officer, named as Abdi Hassan "
     "Farah, fled the scene.", "ASSAULT", "source", "abdi-hassan-farah",
     "Actor: 'the officer, named as X' names the officer who shot"),
    # a pronoun the name is given to: "He was named as X"
    ("A man stabbed a Ukrainian police officer in Kharkiv on Tuesday. He was named as Oleksandr Petrenko, a "
     "34-year-old factory worker.", "ASSAULT", "source", "oleksandr-petrenko",
     "Actor: 'He was named as X' names the man who stabbed"),
    ("A man stabbed two police officers in Mombasa on Monday. Authorities identified him as Omar Juma Said.",
     "ASSAULT", "source", "omar-juma-said", "Actor: 'Authorities identified him as X' names the man who stabbed"),
    ("A gunman opened fire at a checkpoint in Kandahar on Sunday. The gunman was later named by police as Abdul "
     "Rahim Karimi.", "ASSAULT", "source", "abdul-rahim-karimi",
     "Actor: 'the gunman was named by police as X' names the gunman"),
    ("A soldier killed three colleagues at a base in Bamako on Friday. The army named the soldier as Moussa Traore "
     "Keita.", "ASSAULT", "source", "moussa-traore-keita", "Actor: 'named the soldier as X' names the soldier"),
    # role words: the assailant identified is the unnamed one who shot
    ("A Myanmar policeman shot dead a monk in Mandalay on Sunday. The assailant, who was identified as Kyaw Zin "
     "Htet, was later detained.", "ASSAULT", "source", "kyaw-zin-htet",
     "Actor: the identified assailant is the policeman who shot"),
    ("A gunman attacked a church in Goma on Sunday, killing five worshippers. The attacker, who was identified as "
     "Patrick Ilunga Mutombo, was later arrested.", "ASSAULT", "source", "patrick-ilunga-mutombo",
     "Actor: 'the attacker, identified as X' is the gunman who attacked"),
    ("A gunman attacked a church in Goma on Sunday. The gunman, Patrick Ilunga Mutombo, was arrested on Monday.",
     "COERCE", "target", "patrick-ilunga-mutombo",
     "Recipient: an arrested gunman the appositive names is that person"),
    ("A gunman attacked a mosque in Mopti on Friday. Police identified the gunman as Amadou Diallo Sangare. The "
     "attacker was charged with murder on Saturday.", "ACCUSE", "target", "amadou-diallo-sangare",
     "Recipient: a role word of the identified perpetrator ('the attacker') is that person"),
    ("Patrick Ilunga Mutombo, the gunman, attacked a church in Goma on Sunday. The gunman was arrested on Monday.",
     "COERCE", "target", "patrick-ilunga-mutombo", "Recipient: 'X, the gunman,' names the gunman arrested later"),
    # a body described, then named as the speaker of the next sentence
    ("A jihadist group condemned the killing of the imam in Mopti on Monday. \"We had no part in it,\" the Jama'at "
     "Nusrat al-Islam wal-Muslimin said in a statement.", "ACCUSE", "source", "jnim",
     "Actor: 'a jihadist group condemned ... X said in a statement' is X's"),
    # the victim identified
    ("Gunmen killed a Colombian mayor in Cauca on Friday. The victim, Carlos Mendoza Rios, had received threats.",
     "ASSAULT", "target", "carlos-mendoza-rios",
     "Recipient: 'the victim, X' is the one an attack killed, not the state of 'a Colombian mayor'"),
    # the lede's description named with an age in the next sentence
    ("A Kenyan teacher was arrested in Garissa on Monday over an attack on a police post. Hassan Abdi Noor, 31, "
     "was taken to a court in Nairobi.", "COERCE", "target", "hassan-abdi-noor",
     "Recipient: the lede's 'a teacher' is the person the next sentence names with an age"),
]

# text, event type, the expected actor list (the event's sources), rule
LISTS = [
    # PLOVER CONSULT, third-party mode: a mediator or host of talks between others is neither actor nor recipient
    ("Turkey mediated talks between Russia and Ukraine in Istanbul on Tuesday.", "CONSULT", ["russia", "ukraine"],
     "Meetings and visits: a mediator of talks between others is no party"),
    ("Talks between Sudan's army and the RSF were hosted by Saudi Arabia in Jeddah on Monday.", "CONSULT",
     ["sudanese-armed-forces", "rapid-support-forces"], "Meetings and visits: passive hosting, the host no party"),
    # Lists: the withdrawing states, not the body left
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS on Sunday.", None,
     ["mali", "burkina-faso", "niger"], "Lists: 'their withdrawal from ECOWAS' is the states', not ECOWAS's"),
    # Lists: the office holders of each state named
    ("The foreign ministers of Russia and China met in Beijing on Monday.", "CONSULT", ["russia", "china"],
     "Lists: 'the foreign ministers of Russia and China' are both parties"),
    ("The leaders of Ethiopia and Eritrea met in Asmara on Sunday.", "CONSULT", ["ethiopia", "eritrea"],
     "Lists: 'the leaders of X and Y' are both parties"),
    # ASSAULT: two-sided violence lists every side as actor, no recipient
    ("The Myanmar military and the Arakan Army clashed in Rakhine on Monday.", "ASSAULT",
     ["tatmadaw", "arakan-army"], "ASSAULT two-sided: 'clashed' lists both sides"),
    ("Houthi rebels and government forces exchanged fire near Marib on Tuesday.", "ASSAULT",
     ["houthis", "yemen-government"], "ASSAULT two-sided: 'exchanged fire' lists both sides"),
    ("Clashes broke out between the Sudanese army and the RSF in Khartoum on Monday.", "ASSAULT",
     ["sudanese-armed-forces", "rapid-support-forces"], "ASSAULT two-sided: 'clashes broke out between X and Y'"),
    ("Heavy fighting erupted between M23 rebels and the Congolese army near Goma on Sunday.", "ASSAULT",
     ["m23", "fardc"], "ASSAULT two-sided: 'fighting erupted between X and Y' lists both"),
    ("M23 rebels skirmished with Congolese troops near Goma on Sunday.", "ASSAULT", ["m23"],
     "ASSAULT two-sided: 'skirmished with' makes both sides actors"),
    # Statements: a body's statement without a person is the body's (the pronoun "it" a body the parse names)
    ("Kenya's foreign ministry said on Monday that it rejected Somalia's accusations.", "REJECT", ["kenya"],
     "Statements: 'Kenya's foreign ministry said it rejected' is Kenya's"),
    # Actor: a claim of responsibility makes the actor, a third party's attribution does not
    ("JNIM claimed the attack on the army post near Mopti on Tuesday.", "ASSAULT", ["jnim"],
     "Actor: 'JNIM claimed the attack' makes JNIM the attack's actor"),
    ("A car bomb killed 15 people in Mogadishu on Saturday, for which al-Shabaab claimed responsibility.", "ASSAULT",
     ["shabaab"], "Actor: 'for which X claimed responsibility' makes X the actor"),
    ("Al-Shabaab said it was behind the bombing in Mogadishu on Monday.", "ASSAULT", ["shabaab"],
     "Actor: 'X said it was behind the bombing' is X's own claim"),
    # Lists: "the two leaders", "both presidents" are the two persons named just before
    ("Kenyan President William Ruto spoke with Somali President Hassan Sheikh Mohamud on Monday. The two leaders "
     "agreed to reopen the border.", "AGREE", ["william-ruto", "hassan-sheikh-mohamud"],
     "Lists: 'the two leaders agreed' is both persons named before"),
    ("Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw on Monday. Both "
     "presidents condemned the Russian strikes.", "ACCUSE", ["zelensky", "duda"],
     "Lists: 'both presidents condemned' is both persons named before"),
    # Lists: who acts "together with", "along with" the subject, or whom it joins in the act, acts too
    ("Somali forces, together with African Union troops, attacked al-Shabaab positions in Lower Shabelle on Monday.",
     "ASSAULT", ["somali", "african-union"], "Lists: 'X, together with Y, attacked' lists both"),
    ("Kenya joined Ethiopia in condemning the attack in Mogadishu on Tuesday.", "ACCUSE", ["kenya", "ethiopia"],
     "Lists: 'X joined Y in condemning' lists both"),
    # Collective actors: "the group" after a named armed group is that group
    ("Houthi rebels seized a ship on Sunday. The group said it had fired missiles at a second ship on Monday.",
     "ASSAULT", ["houthis"], "Actor: 'the group said it had fired' is the armed group named before"),
]

# text, event type (none expected), rule
NO_EVENT = [
    ("The two ministers clashed over the budget on Monday.", "ASSAULT",
     "ASSAULT: a clash of words between unarmed parties is no violence"),
    ("There were clashes in the parliament over the budget on Monday.", "ASSAULT",
     "ASSAULT: clashes no armed side takes part in are no violence"),
    ("Clashes between protesters and police in Nairobi left five people injured on Tuesday.", "ASSAULT",
     "PLOVER PROTEST riot: clashes of a crowd with police are no two-sided ASSAULT"),
]

# text, event type, role, an id the role must not take, rule
UNCHANGED = [
    # a description identified as two different people is no one's
    ("A soldier shot a trader in Gondar on Monday. The soldier, identified as Abebe Kebede Tadesse, fled. Another "
     "soldier, identified as Dawit Alemu Bekele, was arrested.", "ASSAULT", "source", "abebe-kebede-tadesse",
     "Actor: a description the document gives two names stays unnamed"),
    ("Officials said al-Shabaab was behind the bombing in Baidoa on Monday.", "ASSAULT", "source", "al-shabaab",
     "Actor: 'officials said X was behind' is a third party's attribution, no actor"),
    # a town is no party: places the text names as such, though the gazetteer does not know them
    ("RSF fighters shelled the villages of Umm Kadada and Tawila Wadi in North Darfur on Monday.", "ASSAULT", "target",
     "tawila-wadi", "Actor and recipient: 'the villages of X and Y' are places, no recipient"),
    ("The army shelled the towns of Kafr Nabl and Maarat al-Numan on Monday.", "ASSAULT", "target", "maarat-al-numan",
     "Actor and recipient: a later item of a designated list of towns is a place, no recipient"),
    # a description another word qualifies as someone else's is not the person identified
    ("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi. Ruto, the president, said "
     "the Somali president had agreed to a new border deal.", "AGREE", "source", "william-ruto",
     "Actor: 'the Somali president' is not the president the document named another"),
    # an active lede's doer is not the person the next sentence names with an age (a victim)
    ("A gunman killed 12 people at a market in Maiduguri on Monday. Ahmed Ali, 45, was among the dead.", "ASSAULT",
     "source", "ahmed-ali", "Actor: a victim named with an age after an attack's lede is not its doer"),
    # a third party's attribution is not the actor (docs/annotation.md, Actor and recipient)
    ("A bomb exploded in a market in Mogadishu on Monday, killing eight people. Officials said it bore the "
     "hallmarks of al-Shabaab.", "ASSAULT", "source", "al-shabaab",
     "Actor: a third party's attribution does not make the attributed group the actor"),
]


@pytest.mark.parametrize(("text", "event_type", "role", "expected", "rule"), CASES,
                         ids=[c[-1] for c in CASES])
def test_identified_person_is_the_party(text: str, event_type: str, role: str, expected: str, rule: str) -> None:
    rows = [r for r in event_rows(text, PUB) if r["type"] == event_type]
    assert rows, rule
    assert any(expected in r[role + "s"] for r in rows), (rule, rows)


@pytest.mark.parametrize(("text", "event_type", "role", "wrong", "rule"), UNCHANGED,
                         ids=[c[-1] for c in UNCHANGED])
def test_unidentified_stays_unnamed(text: str, event_type: str, role: str, wrong: str, rule: str) -> None:
    rows = [r for r in event_rows(text, PUB) if r["type"] == event_type]
    assert all(wrong not in r[role + "s"] for r in rows), (rule, rows)


@pytest.mark.parametrize(("text", "event_type", "expected", "rule"), LISTS, ids=[c[-1] for c in LISTS])
def test_actor_lists(text: str, event_type: str | None, expected: list[str], rule: str) -> None:
    rows = [r for r in event_rows(text, PUB) if event_type is None or r["type"] == event_type]
    assert rows, rule
    assert any(all(any(e in s for s in r["sources"]) for e in expected) for r in rows), (rule, rows)
    assert all(not any(e in (t or "") for e in expected for t in r["targets"]) or event_type != "CONSULT"
               for r in rows), (rule, rows)


@pytest.mark.parametrize(("text", "event_type", "rule"), NO_EVENT, ids=[c[-1] for c in NO_EVENT])
def test_no_event(text: str, event_type: str, rule: str) -> None:
    assert not [r for r in event_rows(text, PUB) if r["type"] == event_type], rule
