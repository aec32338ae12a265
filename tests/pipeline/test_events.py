"""The events stage on hand-written sentences: PLOVER types, arguments, unreal clauses, tolls and merging."""

from __future__ import annotations

import re

import pytest

from conflictgraph.knowledge import LEXICONS_DIR, ActorRecord, Knowledge, _read_lexicon
from conflictgraph.model import Document, Location, Mention
from conflictgraph.nlp import load_nlp
from conflictgraph.pipeline import CorpusContext, DocContext, make_stage
from conflictgraph.pipeline.event_merge import merge_events

# The names the sentences below use, as the earlier stages would mark them: (type, actor, value or place).
PLACES = {
    "Baghdad": Location("Baghdad", "IRQ", 33.34, 44.40),
    "Basra": Location("Basra", "IRQ", 30.51, 47.78),
    "Kirkuk": Location("Kirkuk", "IRQ", 35.47, 44.39),
    "K-1 base": Location("K-1 Air Base", "IRQ", 35.51, 44.28),
    "Baghdad airport": Location("Baghdad International Airport", "IRQ", 33.26, 44.23),
    "Iraq": Location("Iraq", "IRQ", 33.0, 43.7),
    "Erbil": Location("Erbil", "IRQ", 36.19, 44.01),
}
ACTORS = {
    "Kataib Hezbollah": "kataib-hezbollah", "KH": "kataib-hezbollah", "Iran": "iran", "Tehran": "iran",
    "United States": "united-states", "US": "united-states", "American": "united-states",
    "Asaib Ahl al-Haq": "asaib-ahl-al-haq", "Qasem Soleimani": "qasem-soleimani",
    "Abu Mahdi al-Muhandis": "abu-mahdi-al-muhandis", "Treasury Department": "us-treasury",
    "State Department": "us-state-department", "Amnesty International": "amnesty-international",
    "Iraqi government": "iraq", "Heather Nauert": "heather-nauert", "PMF": "pmf", "Iraqi": "iraq",
    "Islamic State": "isis", "Turkey": "turkey", "Kurdish forces": "kurdish-forces", "Russia": "russia",
}
DATES = {
    "December 27": "2019-12-27", "December 29": "2019-12-29", "January 3": "2020-01-03", "on Monday": "2020-01-06",
    "in September": "2019-09", "last year": "2019", "In January": "2020-01", "on Tuesday": "2020-01-07",
}
STATES = [
    ActorRecord("iraq", "Iraq", "state", "IRQ", None, ["Iraq"], capitals=["Baghdad"]),
    ActorRecord("iran", "Iran", "state", "IRN", None, ["Iran"], capitals=["Tehran"]),
    ActorRecord("united-states", "United States", "state", "USA", None, ["United States", "US"]),
]


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge(STATES, {"plover": _read_lexicon(LEXICONS_DIR / "plover.yaml")})


def context(text: str, knowledge: Knowledge, document: str = "d1") -> DocContext:
    """A parsed document with the mentions the earlier stages would have found, longest names first."""
    doc = load_nlp()(text)
    names = [(n, "GPE" if n in PLACES else "ORG", a, None) for n, a in ACTORS.items()]
    names += [(n, "FAC" if " " in n else "GPE", ACTORS.get(n), None) for n in PLACES]
    names += [(n, "DATE", None, v) for n, v in DATES.items()]
    mentions, taken = [], set()
    for name, kind, actor, value in sorted(names, key=lambda n: -len(n[0])):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text):
            span = set(range(match.start(), match.end()))
            if span & taken:
                continue
            taken |= span
            mentions.append(Mention(document, match.start(), match.end(), name, kind, actor, value,
                                    PLACES.get(name)))
    mentions.sort(key=lambda m: m.start)
    return DocContext(Document(document, document, text, published="2020-01-10"), doc, knowledge, mentions)


def find_events(ctx: DocContext) -> None:
    """The events stage, made from the context's knowledge (and the built-in gazetteer)."""
    make_stage("events", ctx.knowledge)(ctx)


def events_of(text: str, knowledge: Knowledge) -> list:
    ctx = context(text, knowledge)
    find_events(ctx)
    return ctx.events


TYPES = [
    ("Kataib Hezbollah attacked the K-1 base in Kirkuk.", "ASSAULT"),
    ("The Treasury Department sanctioned Kataib Hezbollah on Tuesday.", "SANCTION"),
    ("Iran threatened the United States with severe retaliation.", "THREATEN"),
    ("Amnesty International accused Kataib Hezbollah of war crimes.", "ACCUSE"),
    ("The United States urged the Iraqi government to disarm the militias.", "REQUEST"),
    ("Hundreds of protesters rallied outside the parliament in Baghdad.", "PROTEST"),
    ("The United States deployed 3,000 troops to Iraq.", "MOBILIZE"),
    ("Iran funded Kataib Hezbollah for years.", "AID"),
    ("The US envoy met Iraqi leaders in Baghdad on Tuesday.", "CONSULT"),
    ("The United States withdrew its troops from Basra.", "RETREAT"),
    ("The United States closed its consulate in Basra.", "SANCTION"),
    ("Iran and the United States agreed to a prisoner swap.", "AGREE"),
    ("The US military praised the PMF as a capable partner.", "SUPPORT"),
    ("Kurdish forces surrendered the town to Turkey.", "RETREAT"),  # PLOVER RETREAT: "ceding, territory"
    ("Russia cooperated with Turkey on border patrols.", "COOPERATE"),
    ("The Iraqi government rejected the American proposal.", "REJECT"),
    ("Iraqi police arrested dozens of protesters in Basra.", "COERCE"),
]


@pytest.mark.parametrize("text, event_type", TYPES)
def test_each_plover_type(text: str, event_type: str, knowledge: Knowledge) -> None:
    assert event_type in {e.type for e in events_of(text, knowledge)}


ARGUMENTS = [
    # text, type, source, target
    ("Kataib Hezbollah attacked the K-1 base in Kirkuk.", "ASSAULT", "kataib-hezbollah", None),
    ("The base was attacked by Kataib Hezbollah.", "ASSAULT", "kataib-hezbollah", None),
    ("A rocket attack, widely blamed on Kataib Hezbollah, killed a US civilian contractor.",
     "ASSAULT", "kataib-hezbollah", "united-states"),
    ("A few days later, supporters of Kataib Hezbollah stormed the US embassy compound in Baghdad.",
     "PROTEST", "kataib-hezbollah", "united-states"),
    ("A US drone strike targeting Qasem Soleimani and Abu Mahdi al-Muhandis killed both.",
     "ASSAULT", "united-states", "qasem-soleimani"),
    ("Heather Nauert, a spokeswoman for the State Department, said Iran must respect the sovereignty of Iraq.",
     "REQUEST", "us-state-department", "iran"),
    ("KH leaders have repeatedly threatened to attack American troops.", "THREATEN", "kataib-hezbollah",
     "united-states"),
    ("Iran retaliated by firing ballistic missiles at bases hosting US troops.", "ASSAULT", "iran",
     "united-states"),
    ("Kataib Hezbollah claimed responsibility for the drone attack on the K-1 base.", "ASSAULT",
     "kataib-hezbollah", None),
    ("Amnesty International accused Kataib Hezbollah of war crimes.", "ACCUSE", "amnesty-international",
     "kataib-hezbollah"),
    ("The United States urged the Iraqi government to disarm the militias.", "REQUEST", "united-states", "iraq"),
    ("Asaib Ahl al-Haq engaged in illicit smuggling, the State Department said.", "ACCUSE",
     "us-state-department", "asaib-ahl-al-haq"),
]


@pytest.mark.parametrize("text, event_type, source, target", ARGUMENTS)
def test_source_and_target(text: str, event_type: str, source: str, target: str | None,
                           knowledge: Knowledge) -> None:
    found = [e for e in events_of(text, knowledge) if e.type == event_type]
    assert len(found) == 1
    assert (found[0].source, found[0].target) == (source, target)


NOT_EVENTS = [
    "Iranian-backed groups did not threaten Coalition personnel this quarter.",
    "Iranian-sponsored harassment of US forces could increase.",
    "The White House said such assaults would not be tolerated.",
    "KH vowed to attack American troops if they do not leave Iraq.",  # THREATEN, but no ASSAULT
    "Congress is expected to sanction the group next month.",
    "The Pentagon has no plans to withdraw from Iraq.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_unreal_clauses_are_not_events(text: str, knowledge: Knowledge) -> None:
    types = {e.type for e in events_of(text, knowledge)}
    assert not types - {"THREATEN"} and ("vowed" in text or not types)


TOLLS = [
    ("The US responded with airstrikes on December 29, killing 25 of the militia's fighters.", 25, None),
    ("A rocket attack on the K-1 base killed a US civilian contractor and injured other personnel.", 1, None),
    ("A US drone strike targeting Qasem Soleimani and Abu Mahdi al-Muhandis killed both.", 2, None),
    ("In January, a barrage of rockets was fired at the US mission in Baghdad, injuring a staffer.", None, 1),
    ("Gunmen attacked a checkpoint, wounding dozens of soldiers.", None, None),
]


@pytest.mark.parametrize("text, fatalities, injuries", TOLLS)
def test_tolls(text: str, fatalities: int | None, injuries: int | None, knowledge: Knowledge) -> None:
    attacks = [e for e in events_of(text, knowledge) if e.type == "ASSAULT"]
    assert [(e.fatalities, e.injuries) for e in attacks] == [(fatalities, injuries)]


def test_no_one_killed_is_a_zero_toll_not_an_event(knowledge: Knowledge) -> None:
    text = ("Iran retaliated by firing ballistic missiles at bases hosting US troops in Iraq. "
            "No US personnel were killed in the strikes.")
    attacks = [e for e in events_of(text, knowledge) if e.type == "ASSAULT"]
    assert [(e.source, e.fatalities) for e in attacks] == [("iran", 0)]


DATES_AND_PLACES = [
    ("On December 27, a rocket attack on the K-1 base in Kirkuk killed a contractor.", "2019-12-27", "K-1 Air Base"),
    ("The US carried out airstrikes on Kataib Hezbollah on December 29. A few days later, supporters of KH stormed the "
     "US embassy in Baghdad.", "2019-12", "Baghdad"),
    ("This was followed on January 3 by a US drone strike on Baghdad airport.", "2020-01-03",
     "Baghdad International Airport"),
    ("Gunmen attacked a checkpoint near Erbil.", None, "Erbil"),
]


@pytest.mark.parametrize("text, date, place", DATES_AND_PLACES)
def test_date_and_place(text: str, date: str | None, place: str, knowledge: Knowledge) -> None:
    last = events_of(text, knowledge)[-1]
    assert last.date == date
    assert last.location is not None and last.location.name == place


def test_a_definite_mention_of_an_earlier_attack_is_more_evidence_not_a_new_event(knowledge: Knowledge) -> None:
    found = events_of("Gunmen attacked a checkpoint near Erbil on Tuesday. Iran denied any involvement in the attack.",
                      knowledge)
    attacks = [e for e in found if e.type == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].evidence) == 2
    assert "REJECT" in {e.type for e in found}


def test_coordinated_objects_in_two_places_are_two_events(knowledge: Knowledge) -> None:
    text = "Iran-allied militias attacked the American consulate in Basra and the embassy in Baghdad in September."
    attacks = [e for e in events_of(text, knowledge) if e.type == "ASSAULT"]
    assert sorted(e.location.name for e in attacks) == ["Baghdad", "Basra"]
    assert {e.date for e in attacks} == {"2019-09"}


def test_one_attack_in_two_documents_is_one_event(knowledge: Knowledge) -> None:
    first = context("On December 27, Kataib Hezbollah attacked the K-1 base in Kirkuk, killing a contractor.",
                    knowledge, "a")
    second = context("A rocket attack on the K-1 base by Kataib Hezbollah on December 27 killed a US contractor. "
                     "It was the deadliest attack in months.", knowledge, "b")
    other = context("On January 3, Kataib Hezbollah attacked a checkpoint near Erbil.", knowledge, "c")
    corpus = CorpusContext([first, second, other], knowledge)
    for ctx in corpus.docs:
        find_events(ctx)
    merge_events(corpus)
    attacks = [e for e in corpus.events if e.type == "ASSAULT"]
    k1 = [e for e in attacks if e.date == "2019-12-27"]
    assert len(k1) == 1
    assert {ev.document for ev in k1[0].evidence} == {"a", "b"}
    assert k1[0].fatalities == 1 and k1[0].location.name == "K-1 Air Base"
    assert len({e.id for e in corpus.events}) == len(corpus.events)


def test_ids_are_stable(knowledge: Knowledge) -> None:
    def ids() -> list[str]:
        corpus = CorpusContext([context("Kataib Hezbollah attacked the K-1 base in Kirkuk.", knowledge)], knowledge)
        find_events(corpus.docs[0])
        merge_events(corpus)
        return [e.id for e in corpus.events]

    assert ids() == ids()
