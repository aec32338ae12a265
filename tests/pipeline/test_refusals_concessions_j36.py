"""Refusals, concessions and retreats (REJECT, CONCEDE, RETREAT) against the PLOVER manual's definitions and
docs/annotation.md's type table (issue 11, helper j36). The sentences were written for this test, from many
conflicts (Sudan, Ukraine, Myanmar, the Sahel, Colombia, Gaza, Yemen, Libya, Congo), none from a gold article."""

from __future__ import annotations

import pytest
from support import event_rows

PUB = "2024-05-15"  # a Wednesday

# text, type, rule
ACTS = [
    # PLOVER CONCEDE: "easing of administrative or legal restrictions on persons and organizations, removing curfews"
    ("Israel eased the blockade of Gaza on Monday.", "CONCEDE",
     "PLOVER CONCEDE: easing a blockade eases a restriction"),
    ("The rebels lifted the blockade of Tripoli on Monday.", "CONCEDE",
     "PLOVER CONCEDE: lifting a blockade removes a restriction"),
    ("The army lifted its siege of the town of Sittwe on Monday.", "CONCEDE",
     "PLOVER CONCEDE: lifting a siege removes a restriction"),
    ("The government lifted the state of emergency in Addis Ababa on Monday.", "CONCEDE",
     "PLOVER CONCEDE: lifting a state of emergency, as removing a curfew"),
    ("The junta lifted martial law in Mandalay on Monday.", "CONCEDE",
     "PLOVER CONCEDE: lifting martial law removes a restriction"),
    ("The authorities eased the lockdown of Khartoum on Monday.", "CONCEDE",
     "PLOVER CONCEDE: easing a lockdown eases a restriction"),
    # PLOVER RETREAT: "the return of confiscated property", "surrender of territory", "release of prisoners"
    ("M23 rebels handed back the town of Kitshanga to the Congolese army on Monday.", "RETREAT",
     "PLOVER RETREAT: territory handed back"),
    ("The FARC handed back the bodies of three soldiers to the Red Cross on Monday.", "RETREAT",
     "PLOVER RETREAT: the dead handed back (release, repatriation)"),
    ("Ukraine returned the bodies of 50 Russian soldiers on Monday.", "RETREAT",
     "PLOVER RETREAT: returning the dead to the other side"),
    ("Russia returned 20 Ukrainian children to Kyiv on Monday.", "RETREAT",
     "PLOVER RETREAT: captives returned (prisoner release is RETREAT)"),
    ("The Houthis returned the seized property to the shipping company on Monday.", "RETREAT",
     "PLOVER RETREAT: the return of confiscated property"),
    # PLOVER REJECT: "all rejections and refusals"
    ("The Sudanese army turned down the RSF's offer of talks on Monday.", "REJECT",
     "PLOVER REJECT: an offer turned down is refused"),
    ("The junta rebuffed calls from ASEAN to free political prisoners on Monday.", "REJECT",
     "PLOVER REJECT: a request rebuffed is rejected"),
    ("Hamas spurned the Egyptian truce proposal on Monday.", "REJECT",
     "PLOVER REJECT: a proposal spurned is rejected"),
    ("The Sudanese army declined the invitation to the Geneva talks on Monday.", "REJECT",
     "PLOVER REJECT: an invitation declined"),
    ("The junta ruled out talks with the National Unity Government on Monday.", "REJECT",
     "PLOVER REJECT mode meet: talks ruled out"),
    ("Colombia's ELN balked at the government's demands on Monday.", "REJECT",
     "PLOVER REJECT: demands balked at"),
    ("Houthi officials issued a denial of the report on Monday.", "REJECT",
     "REJECT: a denial issued (a light verb and a refusal noun)"),
    # PLOVER CONCEDE, ambiguities: "expressions of regret or remorse for an action or situation"
    ("The Houthis expressed regret for the deaths of sailors on Monday.", "CONCEDE",
     "PLOVER CONCEDE: an expression of regret"),
    ("The Colombian army voiced remorse for the killings in Cauca on Monday.", "CONCEDE",
     "PLOVER CONCEDE: an expression of remorse"),
    # PLOVER CONCEDE: "easing of administrative or legal restrictions"; docs/annotation.md: withdrawing a demand,
    # an overturned conviction
    ("The government reversed its decision to ban the opposition party in Bamako on Monday.", "CONCEDE",
     "PLOVER CONCEDE: a ban reversed"),
    ("Niger rescinded the ban on French media on Monday.", "CONCEDE", "PLOVER CONCEDE: a ban rescinded"),
    ("The army backed down from its threat to storm the camp on Monday.", "CONCEDE",
     "PLOVER CONCEDE: backing down from a threat yields"),
    ("An appeals court in Yangon overturned the conviction of the journalist on Monday.", "CONCEDE",
     "annotation.md police and courts: an overturned conviction is CONCEDE"),
    # PLOVER CONCEDE, ambiguities: "Announcements of future retreats should be coded as CONCEDE"
    ("Russia announced plans to withdraw from Kherson on Monday.", "CONCEDE",
     "PLOVER CONCEDE: announced future withdrawal is CONCEDE (a plan announced)"),
    ("The junta announced its intention to release political prisoners on Monday.", "CONCEDE",
     "PLOVER CONCEDE: an announced future release is CONCEDE"),
    # docs/annotation.md, CONCEDE: "withdrawing a demand, dropping a prosecution"
    ("The prosecutor withdrew the charges against the activists in Kampala on Monday.", "CONCEDE",
     "CONCEDE: charges withdrawn drop a prosecution"),
    ("Hamas withdrew its demand for a permanent ceasefire on Monday.", "CONCEDE",
     "CONCEDE: a demand withdrawn"),
    ("The army conceded that its troops had killed civilians in Tigray.", "CONCEDE",
     "PLOVER CONCEDE: a wrong conceded is admitted"),
    ("The RSF commander conceded defeat in Khartoum on Monday.", "CONCEDE", "PLOVER CONCEDE: defeat conceded"),
    # PLOVER RETREAT withdraw: "withdraw forces from an area": forces, weapons, personnel
    ("Russia withdrew heavy weapons from the front line in Donetsk on Monday.", "RETREAT",
     "PLOVER RETREAT withdraw: weapons pulled back"),
    ("The UN withdrew its peacekeepers from Mali on Monday.", "RETREAT",
     "PLOVER RETREAT withdraw: peacekeepers withdrawn"),
    ("The rebels withdrew from the town of Kalehe on Monday.", "RETREAT",
     "PLOVER RETREAT withdraw: a retreat with no object"),
    # PLOVER COERCE restrict: "the banning of individuals or organizations from political life" (as dissolving)
    ("Burkina Faso's junta disbanded all political parties on Monday.", "COERCE",
     "PLOVER COERCE restrict: parties disbanded are banned"),
    # PLOVER RETREAT withdraw: "retreat from territory"; a town the tagger mistypes is still a place
    ("Russian troops left Kherson on Friday.", "RETREAT",
     "PLOVER RETREAT withdraw: troops leaving a city the gazetteer knows"),
    ("M23 rebels left the town of Rubaya on Monday.", "RETREAT",
     "PLOVER RETREAT withdraw: rebels leaving a town named by its noun"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), ACTS, ids=[r for _, _, r in ACTS])
def test_refusal_concession_retreat(text: str, event_type: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert event_type in types, (rule, types)


# text, type it must not be, rule
NON_ACTS = [
    # docs/annotation.md, REJECT: refusing to negotiate, denying an accusation, refusing aid or access; saying
    # nothing refuses no one
    ("The minister refused to comment on the report on Monday.", "REJECT",
     "REJECT: refusing to comment refuses no request"),
    ("The spokesman declined to comment on the strikes in Yemen on Monday.", "REJECT",
     "REJECT: declining to comment refuses no request"),
    ("The government refused to say how many soldiers died in Mali on Monday.", "REJECT",
     "REJECT: refusing to say refuses no request"),
    ("A commander refused to be named on Monday.", "REJECT", "REJECT: refusing to be named refuses no one"),
    ("Food prices declined sharply in Khartoum on Monday.", "REJECT", "REJECT: 'declined' with no aim is a fall"),
    ("The RSF's share of the gold trade declined in 2023.", "REJECT", "REJECT: 'declined' with no aim is a fall"),
    # PLOVER RETREAT withdraw: "retreat from territory or withdraw forces from an area"; a candidacy is neither
    ("The candidate withdrew from the race on Monday.", "RETREAT",
     "RETREAT withdraw: leaving a race withdraws no forces"),
    ("The opposition candidate pulled out of the presidential election in Venezuela on Monday.", "RETREAT",
     "RETREAT withdraw: pulling out of an election withdraws no forces"),
    ("The opposition candidate pulled out of the presidential election in Venezuela on Monday.", "SANCTION",
     "SANCTION withdraw: an election is no body one leaves"),
    # PLOVER RETREAT withdraw is forces leaving; a journey, people fleeing (ambiguities: refugees fleeing are no
    # RETREAT) and an event's result are none
    ("Zelensky left Kyiv for Washington on Monday.", "RETREAT", "RETREAT withdraw: a leader's journey"),
    ("The Houthi delegation left Muscat without a deal on Monday.", "RETREAT",
     "RETREAT withdraw: a delegation leaving talks' venue"),
    ("Residents left the city of Bakhmut on Monday.", "RETREAT",
     "RETREAT, ambiguities: civilians fleeing are no RETREAT"),
    ("The shelling left Kharkiv without power on Monday.", "RETREAT",
     "RETREAT withdraw: 'left X without power' is a result, no withdrawal"),
    # PLOVER RETREAT release: "release captives"; a patient is none
    ("The wounded soldier was released from hospital in Odesa on Monday.", "RETREAT",
     "RETREAT release: leaving hospital frees no captive"),
    ("Analysts questioned Russia's plans to withdraw from Kherson on Monday.", "CONCEDE",
     "CONCEDE: a plan only talked of by others is announced by no one"),
    ("The RSF announced plans to attack El Fasher on Monday.", "CONCEDE",
     "CONCEDE: a hostile act planned is no concession"),
    ("A Kenyan company said it will withdraw the product from shops.", "CONCEDE",
     "RETREAT withdraw: a product withdrawn withdraws no forces, so its future is no CONCEDE"),
    ("The prosecutor withdrew the charges against the activists in Kampala on Monday.", "RETREAT",
     "RETREAT: charges withdrawn are no military withdrawal"),
    ("Officials in Gaza conceded that the death toll could rise.", "CONCEDE",
     "PLOVER CONCEDE: a fact granted is no wrong admitted"),
    ("Burkina Faso's junta disbanded all political parties on Monday.", "RETREAT",
     "RETREAT: disbanding others' parties demobilizes no force of one's own"),
    # returning oneself to a place is no return of property
    ("The displaced families returned to their village in Darfur on Monday.", "RETREAT",
     "RETREAT: people going home return no property"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), NON_ACTS, ids=[r for _, _, r in NON_ACTS])
def test_not_refusal_concession_retreat(text: str, event_type: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert event_type not in types, (rule, types)


# Acts that must still hold beside the non-acts above (the rules narrow, they do not drop the type)
KEPT = [
    ("Hamas rejected the ceasefire proposal on Tuesday.", "REJECT", "PLOVER REJECT: a proposal rejected"),
    ("The ELN refused to negotiate with the Colombian government on Monday.", "REJECT",
     "REJECT: refusing to negotiate"),
    ("Russia vetoed the UN Security Council resolution on Syria on Monday.", "REJECT", "PLOVER REJECT: veto"),
    ("The Kremlin denied Ukrainian accusations of shelling the plant on Monday.", "REJECT",
     "REJECT: denying an accusation"),
    ("Russian forces pulled out of Kherson on Wednesday.", "RETREAT", "PLOVER RETREAT withdraw: territory left"),
    ("France withdrew its troops from Niger on Friday.", "RETREAT", "PLOVER RETREAT withdraw: forces withdrawn"),
    ("Mali, Burkina Faso and Niger pulled out of ECOWAS on Monday.", "SANCTION",
     "PLOVER SANCTION withdraw: leaving a body"),
    ("France said it will withdraw its troops from Mali by the end of the year.", "CONCEDE",
     "PLOVER CONCEDE: announced future withdrawal is CONCEDE"),
    ("Hamas freed 20 hostages on Monday.", "RETREAT", "PLOVER RETREAT: prisoner release is RETREAT"),
    ("The detained journalist was released from prison in Yangon on Monday.", "RETREAT",
     "PLOVER RETREAT release: a release from prison frees a captive"),
    ("The junta lifted the curfew in Mandalay on Monday.", "CONCEDE", "PLOVER CONCEDE: removing curfews"),
]


@pytest.mark.parametrize(("text", "event_type", "rule"), KEPT, ids=[r for _, _, r in KEPT])
def test_kept(text: str, event_type: str, rule: str) -> None:
    types = [e["type"] for e in event_rows(text, PUB)]
    assert event_type in types, (rule, types)


# docs/annotation.md, Date: the event's own date; what an infinitive on the act's object tells is not yet done, so
# its day dates the act (as "threatened to kill the hostages on Monday" does)
DATED = [
    ("The government reversed its decision to ban the opposition party in Bamako on Monday.", "CONCEDE",
     "2024-05-13", "Date: a decision's infinitive dates the reversal"),
    ("The army backed down from its threat to storm the camp on Monday.", "CONCEDE", "2024-05-13",
     "Date: a threat's infinitive dates the backing down"),
    ("Russia announced plans to withdraw from Kherson on Monday.", "CONCEDE", "2024-05-13",
     "Date: a plan's infinitive dates the announcement"),
]


@pytest.mark.parametrize(("text", "event_type", "day", "rule"), DATED, ids=[r for *_, r in DATED])
def test_dated_by_object_infinitive(text: str, event_type: str, day: str, rule: str) -> None:
    days = [e["date"] for e in event_rows(text, PUB) if e["type"] == event_type]
    assert day in days, (rule, days)
