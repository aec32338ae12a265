"""Event arguments and the weak types' boundaries, on sentences from many conflicts, each with the PLOVER manual rule
(or the annotation rule of docs/annotation.md) it checks.

The sentences were written for these tests (Ukraine, Somalia, Sudan, Senegal, Lebanon, Pakistan, Ethiopia, Gaza,
Mali, Niger, Kenya, Colombia...), not taken from any annotated set. They run through the whole program
(``extract``), so they hold whatever the stages become.
"""

from __future__ import annotations

import pytest
from support import events_and_names

from conflictgraph import extract

PUBLISHED = "2024-05-15"  # a Wednesday: "on Monday" is 2024-05-13

# (text, PLOVER type, field, the value's actor name or date, the rule)
ARGUMENTS = [
    ("A drone strike carried out by Ukraine hit an oil depot in Belgorod on Monday.",
     "ASSAULT", "source", "Ukraine",
     "PLOVER actor: who carried the act out ('carried out by' on the event noun)"),
    ("The Rapid Support Forces began their assault on El Fasher on Friday.",
     "ASSAULT", "source", "Rapid Support Forces",
     "PLOVER actor: 'their assault' under a verb that only carries it is its subject's"),
    ("The Arab League reiterated its support for the Palestinian Authority on Monday.",
     "SUPPORT", "target", "Palestinian Authority",
     "PLOVER recipient: the one the act is directed at ('support for X')"),
    ("The European Union condemned Russia's attacks on Ukrainian power plants.",
     "ACCUSE", "source", "European Union",
     "PLOVER ACCUSE: disapprove, condemn; the actor is who condemns"),
    ("Ethiopia refused to negotiate with the Tigray People's Liberation Front.",
     "REJECT", "target", "Tigray People's Liberation Front",
     "PLOVER REJECT: refuse to meet, negotiate; the recipient is the party refused"),
    ("The United States pressed for Israel to allow more aid into Gaza.",
     "REQUEST", "target", "Israel",
     "PLOVER REQUEST: the recipient is the one asked ('pressed for X to ...')"),
    ("Ousmane Sonko was arrested in Dakar on Friday. He was sentenced to two years in prison on Monday.",
     "SANCTION", "target", "Ousmane Sonko",
     "PLOVER recipient: 'he' is the person named before"),
    ("The World Bank has committed $500 million to the Sudanese Red Crescent.",
     "AID", "source", "World Bank",
     "PLOVER AID: monetary aid, grants, gifts and credit"),
    ("UN envoy Martin Griffiths arrived in Sanaa on Sunday. He held a second round of talks with Houthi leaders "
     "on Monday.", "CONSULT", "source", "Martin Griffiths",
     "PLOVER actor: who holds the talks, also through a count of them ('a second round of talks')"),
    ("The envoy will travel to Khartoum, meeting army chief Abdel Fattah al-Burhan on 20 May.",
     None, "date", "2024-05-15",
     "annotation.md Date of a promise: the AGREE takes the date it is announced, not the coming day of the meeting"),
    ("A court in Bamako sentenced the former minister on Wednesday to 20 years in prison.",
     "SANCTION", "date", "2024-05-15",
     "annotation.md Date: a weekday is the most recent such day on or before the article's date"),
    ("Norway continues to stand by Ukraine in its fight for freedom.",
     "SUPPORT", "date", PUBLISHED,
     "annotation.md Date: a statement in the present performs its verbal act as it is published"),
    ("The Security Council must act now to protect civilians in Rafah, the Jordanian foreign minister said.",
     "REQUEST", "date", PUBLISHED,
     "annotation.md Date: a statement's own act with no date of its own takes the report's date"),
    ("Police in Cali arrested a former FARC commander just before 10 p.m. on May 12, officials said.",
     "COERCE", "date", "2024-05-12",
     "annotation.md Date: the date the text gives the event; a time of day with no day of its own does not date it"),
    ("Congolese soldiers detained two journalists in Goma at around 11 p.m. on 9 May.",
     "COERCE", "date", "2024-05-09",
     "annotation.md Date: the date the text gives the event, not the report's ('at 11 p.m. on 9 May')"),
    ("Ukrainian police detained the suspect in Odesa at 6 a.m. on Tuesday.",
     "COERCE", "date", "2024-05-14",
     "annotation.md Date: a weekday is the most recent such day on or before the article's date, whatever the hour"),
    ("A gunman fatally shot Sudan's ambassador outside a hotel in Nairobi on Monday.",
     "ASSAULT", "fatalities", 1,
     "annotation.md Tolls: the count the text states; one person named by a possessor ('Sudan's ambassador')"),
    ("A sniper killed the mayor's bodyguard in Kherson on Monday.",
     "ASSAULT", "fatalities", 1,
     "annotation.md Tolls: the count the text states; a singular victim is one"),
    ("Two journalists were arrested in Caracas on Monday during a series of raids by the Venezuelan police.",
     "COERCE", "source", "Venezuelan police",
     "PLOVER actor: who carried the act out; a passive done in the course of raids 'by X' is X's"),
    ("A nurse was wounded in El Fasher on Sunday in an attack by the Rapid Support Forces.",
     "ASSAULT", "source", "Rapid Support Forces",
     "PLOVER actor: who carried the act out ('wounded in an attack by X')"),
    ("The African Union welcomed the steps taken by Prime Minister Abiy Ahmed to end the fighting in Tigray.",
     "SUPPORT", "target", "Abiy Ahmed",
     "PLOVER SUPPORT: praise; the recipient is the one whose deed is praised ('the steps taken by X')"),
    ("Amnesty International condemned the killings carried out by the Wagner Group in Moura.",
     "ACCUSE", "target", "Wagner Group",
     "PLOVER ACCUSE: condemn; the recipient is the one whose deed is condemned ('carried out by X')"),
    ("Two aid workers were released by their captors in Zamfara on Sunday.", "RETREAT", "source", "captors",
     "annotation.md Actor: collective actors are actors ('their captors'); PLOVER RETREAT: release of hostages"),
    ("The African Union is united in its condemnation of the coup in Niger.", "ACCUSE", "source", "African Union",
     "PLOVER ACCUSE: condemn; 'its condemnation' is the subject's, also under a stative passive ('is united')"),
    ("The Colombian government was united in its condemnation of the bombing in Cali.", "ACCUSE", "source",
     "Colombia", "PLOVER ACCUSE: 'its condemnation' is the subject's, also under a stative passive"),
    ("Ethiopia's prime minister Abiy Ahmed praised the African Union for brokering the truce.",
     "SUPPORT", "source", "Abiy Ahmed",
     "annotation.md Actor: statements are the person who makes them, as the text names them, not the state"),
    ("Kenya's President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Tuesday.",
     "CONSULT", "target", "William Ruto",
     "annotation.md Actor: the person as the text names them ('X's President NAME'), not the state; the host in "
     "Nairobi is the recipient (Meetings and visits)"),
    ("The attack, which killed seven soldiers near Gao, was claimed by Jama'at Nusrat al-Islam wal-Muslimin.",
     "ASSAULT", "source", "Jama'at Nusrat al-Islam wal-Muslimin",
     "annotation.md Actor: a claim of responsibility makes the claimant the actor ('was claimed by X')"),
    ("A drone attack was launched by the Houthis against a tanker in the Red Sea on Monday.",
     "ASSAULT", "source", "Houthis",
     "PLOVER actor: who carried the act out ('an attack was launched by X')"),
    ("Three protesters were shot dead by security forces in Khartoum on Thursday, medics said.",
     "ASSAULT", "source", "security forces",
     "annotation.md Actor: collective actors are actors, also a generic name whose owner the text does not name"),
    # A relative pronoun stands for the actor its clause qualifies
    ("Police in Lahore named the suspect as Imran Qureshi, who was arrested on Tuesday.",
     "COERCE", "target", "Imran Qureshi",
     "PLOVER recipient: the one arrested ('X, who was arrested')"),
    ("The court heard from Oleksandr Kovalenko, who attacked two soldiers in Kharkiv in March.",
     "ASSAULT", "source", "Oleksandr Kovalenko",
     "PLOVER actor: who carried the act out ('X, who attacked ...')"),
    # A town's name the statistical model took for a body or a person qualifies the group: the police of that town
    ("A man was arrested by Bucha police on Monday night.", "COERCE", "source", "Bucha police",
     "PLOVER actor: the police who made the arrest, not the town (annotation.md: collective actors are actors)"),
    ("A man was arrested by Goma police on Monday night.", "COERCE", "source", "Goma police",
     "PLOVER actor: the police who made the arrest, not the town (annotation.md: collective actors are actors)"),
    ("A man was arrested by Mykolaiv police on Monday night.", "COERCE", "source", "Mykolaiv police",
     "PLOVER actor: the police who made the arrest, not the town (annotation.md: collective actors are actors)"),
    ("Police in Bogota have arrested 40 suspected gang members since March.",
     "COERCE", "date", "2024",
     "annotation.md Date: a span ('since March', to the report) takes the coarser value that contains it"),
    ("Sudanese police have detained 30 protesters in Khartoum since 2 May.",
     "COERCE", "date", "2024-05",
     "annotation.md Date: a span ('since 2 May', to the report) takes the coarser value that contains it"),
    ("Three protesters were shot dead by soldiers in Khartoum on Thursday, medics said.",
     "ASSAULT", "fatalities", 3,
     "annotation.md Tolls: the count the text states; 'shot dead' kills"),
    ("Gunmen shot dead two teachers in Borno on Monday.",
     "ASSAULT", "fatalities", 2,
     "annotation.md Tolls: the count the text states; 'shot dead' kills"),
    ("In the early hours of Sunday, Russian missiles struck Zaporizhzhia, killing four people.",
     "ASSAULT", "date", "2024-05-12",
     "annotation.md Date: 'Sunday morning', 'the early hours of Sunday' are that Sunday"),
    # A surname alone, which the statistical model missed or took for a place or a body, is the person named in full
    ("Sudanese officials detained Abdelrahim Dagalo in Khartoum. Dagalo was released two days later.",
     "RETREAT", "target", "Abdelrahim Dagalo",
     "PLOVER recipient: the one released; annotation.md Actor: the person as the text names them"),
    ("Prosecutors in Kyiv charged the mayor, Serhiy Kuzmenko, with bribery. Kuzmenko was detained on Tuesday.",
     "COERCE", "target", "Serhiy Kuzmenko",
     "PLOVER COERCE: arrest; the recipient is the one detained, named before in full"),
    ("Nigerian troops found the aid worker Grace Okonkwo in Borno. Okonkwo was detained by soldiers on Monday.",
     "COERCE", "target", "Grace Okonkwo",
     "PLOVER COERCE: arrest; the recipient is the one detained, named before in full"),
    # Bodies and people named by common words are actors; a state's government is the state (issue 11 pass e15)
    ("Sudanese authorities arrested three activists in Omdurman on Tuesday.",
     "COERCE", "source", "Sudan",
     "PLOVER actor: a state is coded by its government ('Sudanese authorities' is Sudan)"),
    ("The Malian junta expelled the French ambassador on Friday.",
     "SANCTION", "source", "Mali",
     "PLOVER actor: a state is coded by its government, a junta too ('the Malian junta' is Mali)"),
    ("The authorities in Yangon detained a dozen students on Sunday.",
     "COERCE", "source", "authorities",
     "annotation.md Actor: unnamed bodies become actors ('the authorities' acted, though the text names no state)"),
    ("The experts urged the parliament to delay the vote.",
     "REQUEST", "source", "experts",
     "PLOVER actor is any entity: a body named by common words ('the experts') is the one who asks"),
    ("The suspect allegedly stabbed a police officer in Medellin on Saturday.",
     "ASSAULT", "source", "suspect",
     "PLOVER actor: the attacker the text names only by his part in the story ('the suspect')"),
    ("Somali officials said the government had arrested two al-Shabaab commanders in Kismayo.",
     "COERCE", "source", "government",
     "PLOVER actor: 'the government' is an actor where the sentence names no state for it"),
    ("Supporters of the Arakan Army stormed a police post in Rakhine state on Monday.",
     None, "source", "Arakan Army",
     "PLOVER actor: a following or a part of a named body acts for it ('supporters of', 'fighters of')"),
    ("The Wagner Group is a Russian private military company. It deployed armored vehicles near Djenne on Monday.",
     "MOBILIZE", "source", "Wagner Group",
     "PLOVER actor: 'it' as a subject is the body named just before"),
    ("Rebels in Chin state said they had agreed with the army on a three-day truce.",
     "AGREE", "source", "Rebels",
     "PLOVER actor: 'they' as a subject is the group named just before in the sentence"),
    # The one asked and the one protested against (issue 11, helper a17)
    ("The Sudanese army demanded an apology from the Rapid Support Forces on Monday.",
     "REQUEST", "target", "Rapid Support Forces",
     "PLOVER REQUEST: the recipient is the one asked ('demanded X from Y': Y is asked)"),
    ("Pakistan sought assurances from the Taliban on Monday.",
     "REQUEST", "target", "Taliban",
     "PLOVER REQUEST: the recipient is the one asked ('sought X from Y')"),
    ("Haiti's prime minister requested help from Kenya on Tuesday.",
     "REQUEST", "target", "Kenya",
     "PLOVER REQUEST: the recipient is the one asked, a state too ('requested help from Kenya')"),
    ("Thousands of protesters gathered in Warsaw on Friday to demand the European Commission scrap the Green Deal.",
     "PROTEST", "target", "European Commission",
     "PLOVER PROTEST: the recipient is whom the demonstration's demand is made of"),
    ("Opposition supporters rallied in Caracas on Saturday to demand that Nicolas Maduro step down.",
     "PROTEST", "target", "Nicolas Maduro",
     "PLOVER PROTEST: the recipient is whom the demonstration's demand is made of ('demand that X ...')"),
    ("Hundreds of demonstrators gathered outside the parliament in Tbilisi on Sunday to voice their anger at the "
     # (the party's whole name since g39's state-named bodies: "Georgian Dream" is no state and a residue)
     "Georgian Dream party.", "PROTEST", "target", "Georgian Dream party",
     "PLOVER PROTEST: the recipient is the target of the demonstration ('anger at X')"),
]

# (text, PLOVER type that must not be coded with that value, field, value, the rule)
NOT_ARGUMENTS = [
    ("Kenya demanded the withdrawal of Ethiopian troops from Somalia.",
     "REQUEST", "target", "Somalia",
     "PLOVER REQUEST: 'from' on a withdrawal is where the troops leave, not the one asked"),
    ("Opponents of President Kais Saied accused the government of dismantling democracy.",
     "ACCUSE", "source", "Kais Saied",
     "PLOVER actor: opponents of a person are not that person (collectives.yaml group_against)"),
    ("Zelensky visited the front near Bakhmut on Monday. It was shelled on Tuesday.",
     "ASSAULT", "target", "Volodymyr Zelensky",
     "PLOVER recipient: 'it' never stands for a person"),
    ("Militants ambushed a convoy on the road between Gao and Menaka on Saturday.",
     "ASSAULT", "target", "Government Accountability Office",
     "annotation.md Actor: an acronym names its actor only as written ('Gao' the town is not the GAO)"),
    ("The Sudanese army accused the Rapid Support Forces of shelling a hospital in Omdurman on Monday.",
     "ASSAULT", "source", "Sudan",
     "PLOVER actor: the accuser did not shell; annotation.md: an attribution does not make anyone the actor"),
    ("Prosecutors in Lima charged the former mayor with ordering the killing of a journalist.",
     "ASSAULT", "source", "prosecutors",
     "PLOVER actor: the prosecutors charge, they did not kill (annotation.md: an attribution names no actor)"),
    ("Opponents of President Nicolas Maduro accused the government of fraud on Monday.",
     "ACCUSE", "source", "Nicolas Maduro",
     "PLOVER actor: the opponents accuse, not the one they oppose (annotation.md: collective actors are actors)"),
    ("Hassan Nasrallah gave a speech in Beirut before he was killed in an Israeli air strike.",
     "ASSAULT", "source", "Hassan Nasrallah",
     "PLOVER actor: a passive names its doer only with 'by'; the one killed is the recipient"),
    ("Police named the driver as John Mwangi. A gunman opened fire on a bus in Nairobi before he was shot dead "
     "by police officers.", "ASSAULT", "target", "John Mwangi",
     "PLOVER recipient: 'he' is the sentence's subject before it (the gunman), not the last name in the text"),
    ("The attack, condemned by the African Union, killed 30 villagers in Mopti.",
     "ASSAULT", "source", "African Union",
     "PLOVER actor: who condemned an attack did not carry it out"),
    ("Gunmen abducted two Moroccans near the border town of Tindouf on Monday.",
     "ASSAULT", "target", "Morocco",
     "PLOVER recipient: people of a nation ('two Moroccans') are not its state"),
    ("The European Union continues to fund the refugee camps in eastern Chad.",
     "AID", "date", PUBLISHED,
     "annotation.md Date: a material act told as ongoing is a habit, not an occurrence of the report's day"),
    ("Russian artillery shelled Kharkiv, Ukraine's second city, overnight.",
     "ASSAULT", "target", "Ukraine",
     "PLOVER recipient: a town attacked is no party, nor the state its description names"),
    ("The deployment of Kenyan police to Haiti began on Monday.",
     "MOBILIZE", "target", "Kenya",
     "PLOVER MOBILIZE: the forces that move are the actor, not a recipient"),
]

# (text, type that must not be coded, the rule)
NOT_EVENTS = [
    ("The Kenyan army released a statement on the clashes on Monday.", "RETREAT",
     "PLOVER RETREAT: release of captives; a statement released frees no one"),
    ("Qatari pressure rescued the deal at the last minute.", "AID",
     "PLOVER AID: material benefits accrue to a recipient; no one is rescued when a deal is"),
    ("The generals met in Niamey to discuss operations to free the town of Tillaberi.", "RETREAT",
     "PLOVER auxiliary modes: a planned act (a to-infinitive under a verb that does not say it was done) is none"),
    ("The rebels offered to release the hostages in exchange for prisoners.", "RETREAT",
     "PLOVER CONCEDE/RETREAT: an offer of a future retreat is no retreat done"),
    ("Zimbabwe's opposition leader said the election results should be respected.", "REQUEST",
     "PLOVER REQUEST: a demand has an addressee; a passive's subject ('the results') is asked nothing"),
    ("'We must find out who ordered the attack,' Kenyan President William Ruto said.", "REQUEST",
     "PLOVER REQUEST: a demand has an addressee; the speaker's own duty ('we must') is none"),
]

# (text, type that must be coded, the rule)
TYPES = [
    ("The World Bank has committed $500 million to the Sudanese Red Crescent.", "AID",
     "PLOVER AID: monetary aid, grants, gifts and credit"),
    ("The rebels offered to release the hostages in exchange for prisoners.", "CONCEDE",
     "PLOVER CONCEDE: announcements of future retreats are CONCEDE"),
    ("Human rights groups condemned the killing of a journalist in Mogadishu on Saturday.", "ASSAULT",
     "PLOVER ASSAULT: killings, however worded ('the killing of X' reports what 'killed X' does)"),
]


@pytest.fixture(scope="module")
def extracted():
    texts = sorted({c[0] for c in ARGUMENTS} | {c[0] for c in NOT_ARGUMENTS} | {c[0] for c in NOT_EVENTS}
                   | {c[0] for c in TYPES})
    return events_and_names(texts, PUBLISHED)


def _value(event: dict, field: str, names: dict[str, str]):
    return names.get(event[field]) if field in ("source", "target") else event[field]


@pytest.mark.parametrize("text, kind, field, value, rule", ARGUMENTS,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(ARGUMENTS)])
def test_event_argument(extracted, text, kind, field, value, rule):
    found, names = extracted
    values = [_value(e, field, names) for e in found[text] if kind is None or e["type"] == kind]
    assert value in values, f"{rule}: expected {field} {value!r}, got {values}"


@pytest.mark.parametrize("text, kind, field, value, rule", NOT_ARGUMENTS,
                         ids=[f"not-{c[2]}-{i}" for i, c in enumerate(NOT_ARGUMENTS)])
def test_not_the_argument(extracted, text, kind, field, value, rule):
    found, names = extracted
    values = [_value(e, field, names) for e in found[text] if e["type"] == kind]
    assert value not in values, f"{rule}: {field} {value!r} should not be coded, got {values}"


@pytest.mark.parametrize("text, kind, rule", NOT_EVENTS, ids=[f"not-{c[1]}-{i}" for i, c in enumerate(NOT_EVENTS)])
def test_not_an_event_of_type(extracted, text, kind, rule):
    types = {e["type"] for e in extracted[0][text]}
    assert kind not in types, f"{rule}: {kind} should not be coded"


@pytest.mark.parametrize("text, kind, rule", TYPES, ids=[f"{c[1]}-{i}" for i, c in enumerate(TYPES)])
def test_type_coded(extracted, text, kind, rule):
    types = {e["type"] for e in extracted[0][text]}
    assert kind in types, f"{rule}: expected {kind}, got {sorted(types)}"


def test_a_retelling_supplies_what_the_first_telling_left_open():
    """docs/annotation.md, One event or several: every sentence that reports an event is its evidence, and what it
    states of the event (who did it, when) belongs to that event, not only its toll."""
    text = ("Somalia condemns bombing of Mogadishu market\n\n"
            "Al-Shabaab claimed responsibility for the bombing of the market in Mogadishu on Sunday.")
    bundle = extract([text], published=PUBLISHED).to_dict()
    names = {a["id"]: a["name"] for a in bundle["actors"]}
    attacks = [e for e in bundle["events"] if e["type"] == "ASSAULT"]
    assert len(attacks) == 1, attacks
    assert len(attacks[0]["evidence"]) == 2
    assert names.get(attacks[0]["source"]) == "Al-Shabaab" and attacks[0]["date"] == "2024-05-12"


def test_what_a_meeting_discussed_is_that_meeting():
    """PLOVER CONSULT: one meeting is one event; "The ministers discussed ..." after it tells what it was about."""
    text = ("The foreign ministers of Kenya and Somalia met in Nairobi on Monday. "
            "The ministers discussed security along the border.")
    bundle = extract([text], published=PUBLISHED).to_dict()
    consults = [e for e in bundle["events"] if e["type"] == "CONSULT"]
    assert len(consults) == 1 and len(consults[0]["evidence"]) == 2, consults
