"""Which words become events of which PLOVER type: the type decisions of issue 11's types pass (t11c).

Sentences written for these tests, from many conflicts (Ukraine, the Sahel, Sudan, Myanmar, Colombia, Yemen,
Somalia, Haiti...), never taken from an annotated set; each names the rule of the PLOVER manual
(``../shared/reference/PLOVER_MANUAL.tex``) or of docs/annotation.md it checks. Every rule has negative cases: the
same word in the sense or the construction that is no event.
"""

from __future__ import annotations

import pytest
from support import events_by_text as extract_events_by_text

from conflictgraph import extract

PUBLISHED = "2024-05-15"

# (text, type, how many events of that type the text must give, the rule)
COUNTS = [
    # A bare plural event noun in a prepositional phrase, undated and with no toll, names a kind of act.
    # Acts a party is blamed for took place: one background summary (docs/annotation.md, *Background acts*,
    # *Summaries*; the types pass read them as a kind, before the rule; bgr, tests/pipeline/test_background_bgr.py).
    ("Al-Shabaab, which has been blamed for bombings in Mogadishu, named a new leader.", "ASSAULT", 1,
     "annotation.md Background acts / Summaries: bombings a party is blamed for are one background summary"),
    ("The Wagner commander, a veteran of a string of deadly raids against herders in central Mali, resigned.",
     "ASSAULT", 0, "PLOVER Event Categories: 'a string of deadly raids' with no date is background, not an event"),
    ("The Arakan Army spokesman is a known supporter of drone attacks on junta bases.", "ASSAULT", 0,
     "PLOVER Event Categories: supporting a kind of act reports no occurrence of it"),
    ("Five civilians were killed in airstrikes on Hodeidah on Monday.", "ASSAULT", 1,
     "PLOVER ASSAULT: 'killed in airstrikes' is an occurrence, told by its toll"),
    ("Gunmen carried out a series of attacks on police posts in Port-au-Prince on Sunday.", "ASSAULT", 1,
     "PLOVER ASSAULT: a dated series of attacks is an occurrence"),
    ("Flights to Erbil were suspended after a spate of drone attacks targeting the airport.", "ASSAULT", 1,
     "PLOVER ASSAULT: attacks that date another act ('after a spate of attacks') took place"),
    ("Reports of continued air strikes on Kharkiv are a matter of deep concern.", "ASSAULT", 1,
     "PLOVER ASSAULT: reports of strikes tell strikes that took place"),
    ("The rally came after days of protests by students in Dhaka.", "PROTEST", 1,
     "PLOVER PROTEST: protests by a named group are occurrences"),
    # What a charge, a conviction or a sentence names is the charge's content, not an occurrence told.
    ("A court in Bogota jailed the former paramilitary for 20 years for kidnapping and murder.", "ASSAULT", 0,
     "docs/annotation.md Police and courts: the sentence is SANCTION convict; what it punishes is its content"),
    ("The soldier was sentenced to ten years for offences including assault and looting in Tigray.", "ASSAULT", 0,
     "docs/annotation.md Police and courts: a list of offences punished is no occurrence"),
    ("Prosecutors in Kyiv charged the commander with more than 30 crimes ranging from torture to murder.",
     "ASSAULT", 0, "PLOVER ACCUSE: the charge is the event ('charge judicially'); its counts are not ASSAULTs"),
    ("Ukraine and rights groups accused the Russian army and the Wagner group of heavy shelling and looting.",
     "ASSAULT", 0, "PLOVER ACCUSE: the accusation is the event; the shelling it alleges is its content"),
    ("The convictions of three officers for beating protesters in Yangon were upheld on appeal.", "ASSAULT", 0,
     "PLOVER SANCTION convict: what a conviction is for is not told as an occurrence"),
    ("Police in Khartoum arrested a man who beat a journalist outside the ministry on Monday.", "COERCE", 1,
     "PLOVER COERCE arrest: the arrest stays an event"),
    # An event noun that a verbal act is about, or that a demonstrative points at, is the one told before.
    ("A car bomb exploded outside a police station in Mogadishu on Saturday, killing nine people. The "
     "president of Somalia, the highest official in the country, condemned the cowardly attack.", "ASSAULT", 1,
     "PLOVER ACCUSE: the condemnation is the event; the attack it condemns is the one told"),
    ("A suicide bomber killed 12 soldiers at a base in Gao on Tuesday. Mali's interim president, speaking in "
     "Bamako, condemned the attack on the peacekeepers.", "ASSAULT", 1,
     "PLOVER ACCUSE: the attack condemned is the one told, though the condemnation names its recipient otherwise"),
    ("Drones struck an oil depot in Novorossiysk on Friday. Moscow denounced the strike, calling this reckless "
     "attack an act of terror.", "ASSAULT", 1,
     "PLOVER ACCUSE: 'denounced the strike', 'this reckless attack' point at the strike told before"),
    # A title line or sub-heading that repeats the body's act is its evidence, not an event of its own.
    ("Residents of Kherson said Russian artillery shelled the city's central market on Sunday, killing seven "
     "people.\nDrone attacks on Kherson ferry crossings increase\nThe regional governor said the market had been hit "
     "twice.", "ASSAULT", 1,
     "docs/annotation.md One event or several: a title line or sub-heading that repeats an event is its evidence"),
    ("The Norwegian foreign minister welcomes the decision of the Colombian government and the ELN guerrillas to "
     "resume talks in Havana\nThe Norwegian foreign minister said: I welcome the decision of the Colombian "
     "government and the ELN to resume talks in Havana.\n", "SUPPORT", 1,
     "docs/annotation.md One event or several: a title line (however long) that repeats the statement's act"),
    ("The army arrested 30 protesters in Mandalay on Monday, witnesses said.\nJunta detains activists in Yangon "
     "raids\nMany were taken to Obo prison, relatives said.", "COERCE", 2,
     "docs/annotation.md One event or several: a sub-heading placed elsewhere tells another act"),
    ("Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday. The ministers discussed the "
     "fighting in Sudan's Darfur region.", "CONSULT", 1,
     "PLOVER CONSULT: what a meeting discussed is that meeting (the topic's place is not the meeting's)"),
    ("A bus was attacked in Balochistan on Friday. The attack, in which 11 passengers were shot, was claimed by the "
     "BLA.", "ASSAULT", 1,
     "docs/annotation.md One event or several: a sentence that tells the attack again tells its shooting once"),
    ("Gunmen attacked a church in Kaduna on Sunday. In the weeks before the attack, militants had kidnapped two "
     "priests in the state.", "ASSAULT", 2,
     "docs/annotation.md One event or several: an act dated by the attack ('before the attack') is another act"),
    ("Militants attacked an army post in Tillaberi on Monday. On Thursday, another attack hit a convoy near "
     "Niamey.", "ASSAULT", 2,
     "docs/annotation.md One event or several: an attack in another place and on another day is another event"),
]


# (sentence, type it must give or None, type it must not give or None, the rule)
TYPES = [
    # A prison term is a court's sentence; jailing alone is repression.
    ("A court in Harare jailed the opposition activist for five years on Tuesday.", "SANCTION", "COERCE",
     "PLOVER SANCTION: convict, sentence; docs/annotation.md: a prison sentence is SANCTION convict"),
    ("Soldiers in Goma were imprisoned for desertion by a military tribunal on Friday.", "SANCTION", "COERCE",
     "PLOVER SANCTION: a sentence for an offence"),
    ("The junta jailed dozens of student activists in Yangon on Monday.", "COERCE", "SANCTION",
     "PLOVER COERCE arrest: detention with no sentence"),
    # A passive "called" summons; an active one asks.
    ("Police were called to a market in Port Sudan after a fight broke out.", None, "REQUEST",
     "PLOVER REQUEST is the requester's act; 'were called to a market' summons the police"),
    ("The Somali president called on clan militias to lay down their weapons.", "REQUEST", None,
     "PLOVER REQUEST: 'call on' is a request"),
    # Agreeing with a view is no willingness to cooperate.
    ("The ceasefire monitors agreed the situation in Donetsk was deteriorating.", None, "AGREE",
     "PLOVER AGREE: agree to cooperate; agreeing that something is so is an opinion"),
    ("The mediator agreed with critics that the talks in Jeddah had failed.", None, "AGREE",
     "PLOVER AGREE: 'agreed with critics that' shares a view, not a commitment"),
    ("The Colombian government agreed with the ELN on a six-month ceasefire on Monday.", "AGREE", None,
     "PLOVER AGREE: agree with a party on an act"),
    ("Yemen's Houthis agreed to release 900 prisoners on Sunday.", "AGREE", None,
     "PLOVER AGREE: agree to do something"),
    # Triggers of the manual's mode tables that the lexicon lacked.
    ("A man stabbed two soldiers near a checkpoint in Jenin on Monday.", "ASSAULT", None,
     "PLOVER ASSAULT primitive: assaults with knives"),
    ("Police apprehended three suspects in Medellin on Sunday.", "COERCE", None, "PLOVER COERCE arrest"),
    ("Security forces cordoned off the area around the parliament in Mogadishu on Tuesday.", "COERCE", None,
     "PLOVER COERCE restrict: cordoning off areas"),
    ("A Malian army patrol came under fire near Menaka on Thursday.", "ASSAULT", None,
     "PLOVER ASSAULT: being fired on"),
    ("After days of fighting in Shan State, the rebels took the town of Lashio.", "ASSAULT", None,
     "PLOVER ASSAULT: fighting between armed sides (two-sided violence)"),
    # A clause with its own subject reports; a bare participle only describes.
    ("The UN confirmed reports that the RSF had killed 40 villagers in Wad Madani.", "ASSAULT", None,
     "PLOVER ASSAULT: a killing reported in a that-clause is an occurrence"),
    ("Troops stationed in Goma since March guarded the airport on Monday.", None, "MOBILIZE",
     "PLOVER MOBILIZE: 'troops stationed in Goma' describes the troops, it reports no move"),
    # Protesters' gatherings and demands are the protest (PLOVER PROTEST; REQUEST: demands made by demonstrating).
    ("Hundreds of demonstrators gathered outside the parliament in Nairobi on Tuesday.", "PROTEST", None,
     "PLOVER PROTEST: demonstrations and rallies"),
    ("Thousands of supporters gathered in Caracas to hear the president speak.", None, "PROTEST",
     "PLOVER PROTEST: a gathering of supporters is no demonstration"),
    ("Protesters in Dhaka demanded the resignation of the home minister on Sunday.", "PROTEST", "REQUEST",
     "PLOVER REQUEST: demands made by demonstrating are coded PROTEST"),
    ("The opposition leader demanded the resignation of the home minister on Sunday.", "REQUEST", "RETREAT",
     "PLOVER REQUEST: a demand; the resignation demanded has not happened (Auxiliary modes)"),
    # A statement's own demand and stance, however the tagger reads it.
    ("It’s essential that the warring parties allow aid into El Fasher.", "REQUEST", None,
     "PLOVER REQUEST: 'it is essential that X' asks X to act"),
    ("It's essential to remember the victims of the war in Tigray.", None, "REQUEST",
     "PLOVER REQUEST needs someone asked; a reflection asks no one"),
    ("The Members of the Security Council urge the Haitian police to restore order in Port-au-Prince.",
     "REQUEST", None, "PLOVER REQUEST: 'urge' (the tagger takes it for a noun after a plural title)"),
    ("I am appalled by the shelling of a school in Kharkiv.", "ACCUSE", None,
     "PLOVER ACCUSE disapprove: express disapproval"),
    ("It is unacceptable that aid convoys are still blocked from entering Gaza.", "ACCUSE", None,
     "PLOVER ACCUSE disapprove: objection"),
    ("The African Union is encouraged by the decision of the Sudanese army to reopen the airport.", "SUPPORT",
     None, "PLOVER SUPPORT: approve; docs/annotation.md: 'is encouraged by' is SUPPORT"),
    ("The announcement of a truce in Yemen is welcome.", "SUPPORT", None, "PLOVER SUPPORT: approve"),
    ("Refugees from Myanmar are welcome in the camp, the official said.", None, "SUPPORT",
     "PLOVER SUPPORT is approval; 'welcome in the camp' is permission"),
    ("The presence of foreign troops in Niger is unacceptable, the junta's spokesman said.", None, "ACCUSE",
     "PLOVER ACCUSE disapproves of an act; judging a state of affairs condemns no act"),
    ("A shocked crowd watched as police dispersed the march in Kinshasa.", None, "ACCUSE",
     "PLOVER ACCUSE: 'a shocked crowd' describes people, it condemns nothing"),
    # A gerund subject names a kind of act; objectless verbs with an object are in another sense.
    ("Killing prisoners of war is forbidden by the Geneva Conventions.", None, "ASSAULT",
     "PLOVER Event Categories: a kind of act named as a subject is no occurrence"),
    ("Targeting journalists with drones is a war crime, the UN envoy for Yemen said.", None, "ASSAULT",
     "PLOVER Event Categories: a kind of act named as a subject is no occurrence"),
    ("The Security Council has demonstrated its unity on Sudan.", None, "PROTEST",
     "PLOVER PROTEST: 'demonstrated its unity' shows; it is no demonstration"),
    ("Thousands of students demonstrated in Bogota on Thursday.", "PROTEST", None,
     "PLOVER PROTEST: demonstrations"),
    # Coordinated verbs share the modal or negation of the verb they are coordinated with.
    ("The army will surround, search and raid every village in the district, the commander said.", None,
     "COERCE", "PLOVER Auxiliary modes: a planned act (future modal) is not an event"),
    ("Militias did not attack or loot the market in Bentiu, residents said.", None, "ASSAULT",
     "PLOVER Auxiliary modes: negated acts are not events"),
    ("He did not mean to harm the guard and stabbed him in panic, the court in Nairobi heard.", "ASSAULT", None,
     "PLOVER ASSAULT: 'stabbed' has a tense of its own; the negation is the other verb's"),
    # Requests and orders (PLOVER REQUEST: requests, demands and orders), not asking for oneself or a newsroom's.
    ("Ukraine's president asked Poland to reopen the border crossings on Monday.", "REQUEST", None,
     "PLOVER REQUEST: ask an actor to act"),
    ("The police chief in Nairobi ordered the officers to clear the roads on Tuesday.", "REQUEST", None,
     "PLOVER REQUEST: orders"),
    ("The commander ordered 200 drones from a Turkish firm.", None, "REQUEST",
     "PLOVER REQUEST: ordering goods is a purchase, no one is asked to act"),
    ("A police officer in Caracas, who asked not to be named, said the crowd was calm.", None, "REQUEST",
     "PLOVER REQUEST needs someone asked; asking to stay anonymous asks for oneself"),
    ("Reuters asked the Colombian army to comment on the killings in Cauca.", None, "REQUEST",
     "docs/annotation.md: a report is not itself an event of the reporter (a newsroom asking for comment)"),
    ("Rights groups slammed the verdict against the journalists in Addis Ababa.", "ACCUSE", None,
     "PLOVER ACCUSE: criticize"),
    # A participle with its agent reports an act; one of state only describes.
    ("Over a million Sudanese live in towns besieged by the RSF.", "COERCE", None,
     "PLOVER COERCE restrict: sieges; 'besieged by the RSF' names who besieges"),
    ("In a statement released by its press office on Monday, the junta praised the army.", "SUPPORT", "RETREAT",
     "PLOVER RETREAT release frees captives; releasing a statement frees no one"),
    ("A judge in Medellin prohibited the suspect from entering the province of Antioquia.", "COERCE", None,
     "PLOVER COERCE restrict: restrictions on movement"),
    ("The former governor is prohibited from leaving Lagos until his trial.", "COERCE", "RETREAT",
     "PLOVER Auxiliary modes: an act prohibited is not done ('prohibited from leaving' is no withdrawal)"),
    ("Police searched the house of the suspect in Mombasa on Sunday.", "COERCE", None,
     "PLOVER COERCE seize: execute search"),
    ("Police searched for the missing journalist in the hills near Cauca.", "ACCUSE", "COERCE",
     "docs/annotation.md: a search for a person is an investigation (ACCUSE investigate), not a seizure"),
    ("Forty bank accounts were reported to have been seized by the authorities in Kabul.", "COERCE", None,
     "PLOVER COERCE seize: a seizure reported as done ('reported to have been seized')"),
    # A deal told as made is one; a deal denied or a meeting to come is not (yet).
    ("The ceasefire deal was mediated by Qatar on Friday.", "AGREE", None,
     "PLOVER AGREE: an agreement reached (mediated) between parties"),
    ("The Houthis denied a deal had been reached with Riyadh.", "REJECT", "AGREE",
     "PLOVER REJECT: a denial; the deal denied is not an event (Auxiliary modes)"),
    # Forces that move to a place mobilize (docs/annotation.md, MOBILIZE: forces moving, reaching a place).
    ("Russian troops entered the town of Kupiansk on Monday.", "MOBILIZE", None,
     "PLOVER MOBILIZE: military moves short of force"),
    ("Wagner fighters arrived in Bamako on Friday.", "MOBILIZE", None, "PLOVER MOBILIZE: forces reaching a place"),
    ("The new ambassador arrived in Khartoum on Friday.", None, "MOBILIZE",
     "PLOVER MOBILIZE is of armed forces; a diplomat arriving mobilizes nothing"),
    ("Prices reached record levels in Aden last month.", None, "MOBILIZE",
     "PLOVER MOBILIZE: 'reached' in another sense"),
    # A time phrase does not make its act unreal.
    ("Since meeting the Sudanese army chief in Cairo on Monday, the envoy has urged a truce.", "CONSULT", None,
     "PLOVER CONSULT: a meeting told in a 'since' phrase took place"),
    # A dated agreement is one made, beside the welcome of it.
    ("Norway very much welcomes the agreement of 12 May between the Colombian government and the ELN.", "AGREE",
     None,
     "docs/annotation.md AGREE: a deal reached between parties is AGREE (and welcoming it SUPPORT)"),
    # Retaking a place by force, and executions, are ASSAULTs (docs/annotation.md: offensives to retake a city;
    # PLOVER ASSAULT: executions); hanging a banner is none.
    ("Government forces recaptured the town of Wad Madani on Saturday.", "ASSAULT", None,
     "docs/annotation.md ASSAULT: offensives to retake a city"),
    ("The town of Kidal has been liberated from the rebels, the Malian army said.", "ASSAULT", None,
     "docs/annotation.md ASSAULT: offensives to retake a city"),
    ("Two men convicted of the Beirut bombing were hanged in Tehran on Monday.", "ASSAULT", None,
     "PLOVER ASSAULT: executions"),
    ("Protesters hung a banner on the gate of the embassy in Baghdad.", None, "ASSAULT",
     "PLOVER ASSAULT harms people; hanging a banner harms no one"),
    # A ceasefire named is no agreement made unless the text makes or declares it.
    ("Turkey, a guarantor of the ceasefire in Idlib, sent more troops to the province.", None, "AGREE",
     "PLOVER AGREE is an act of agreeing; naming an existing ceasefire agrees to nothing"),
    ("A ceasefire brokered by Qatar between Israel and Hamas took effect on Friday.", "AGREE", None,
     "docs/annotation.md AGREE: a deal reached between parties"),
    ("FARC dissidents declared a unilateral truce over Christmas.", "CONCEDE", "AGREE",
     "PLOVER CONCEDE: declarations (but not implementations) of ceasefires"),
    # Money given "with" for aid is AID (PLOVER AID: monetary aid, grants).
    ("Japan responded with $20 million for humanitarian assistance to Sudanese refugees in Chad.", "AID", None,
     "PLOVER AID: monetary aid"),
    ("Kenya responded with $5 million in new tariffs on Ugandan sugar.", None, "AID",
     "PLOVER AID benefits the recipient; tariffs are no aid"),
    # A raid is a search by force unless its clause tells harm.
    ("Police raided the offices of an opposition newspaper in Dhaka on Monday.", "COERCE", "ASSAULT",
     "PLOVER COERCE seize: execute search, confiscate property, raid"),
    ("Soldiers raided a village near Kidal on Sunday, shooting dead eight herders.", "ASSAULT", None,
     "PLOVER ASSAULT: deliberate actions which can result in substantial physical harm"),
]


@pytest.fixture(scope="module")
def events_by_text():
    return extract_events_by_text(sorted({c[0] for c in COUNTS} | {c[0] for c in TYPES}), PUBLISHED)


@pytest.mark.parametrize("text, event_type, count, rule", COUNTS,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(COUNTS)])
def test_event_count(events_by_text, text, event_type, count, rule):
    found = [e for e in events_by_text[text] if e["type"] == event_type]
    assert len(found) == count, f"{rule}: expected {count} {event_type}, got {len(found)}: {found}"


@pytest.mark.parametrize("sentence, expected, forbidden, rule", TYPES,
                         ids=[f"{c[1] or 'no'}-not-{c[2]}-{i}" for i, c in enumerate(TYPES)])
def test_event_type(events_by_text, sentence, expected, forbidden, rule):
    types = {e["type"] for e in events_by_text[sentence]}
    assert expected is None or expected in types, f"{rule}: expected {expected}, got {sorted(types)}"
    assert forbidden is None or forbidden not in types, f"{rule}: {forbidden} should not be coded"


# (sentence, (fatalities, injuries) of its ASSAULT, the rule): tolls of the wounding verbs the lexicon now has.
TOLLS = [
    ("A woman was stabbed outside a mosque in Mombasa on Monday.", (None, 1),
     "docs/annotation.md Tolls: the counts the text states; one stabbed and no death told is one injured"),
    ("A gunman stabbed a soldier to death in Jenin on Monday.", (1, None),
     "docs/annotation.md Tolls: 'stabbed to death' is one dead"),
    ("Gunmen shot dead a police officer in Kirkuk on Sunday.", (1, None),
     "docs/annotation.md Tolls: 'shot dead' is one dead"),
    ("A gunman fatally shot Ukraine's consul in a cafe in Istanbul on Friday.", (1, None),
     "docs/annotation.md Tolls: 'fatally shot' one person (named by a possessor) is one dead"),
    ("Gunmen shot and killed two teachers in Cauca on Monday.", (2, None),
     "docs/annotation.md Tolls: those shot and killed are dead, not also injured"),
]


@pytest.fixture(scope="module")
def tolls_by_text():
    texts = [t[0] for t in TOLLS]
    bundle = extract(texts, published=PUBLISHED).to_dict()
    text_of = {d["id"]: d["text"] for d in bundle["documents"]}
    return {t: [(e["fatalities"], e["injuries"]) for e in bundle["events"] if e["type"] == "ASSAULT"
                and text_of[e["evidence"][0]["document"]] == t] for t in texts}


@pytest.mark.parametrize("sentence, toll, rule", TOLLS, ids=[f"toll-{i}" for i in range(len(TOLLS))])
def test_toll(tolls_by_text, sentence, toll, rule):
    assert tolls_by_text[sentence] == [toll], f"{rule}: expected {toll}, got {tolls_by_text[sentence]}"
