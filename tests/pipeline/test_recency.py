"""Undated occurrences of a news report take its publication date; habits, history and analyses do not.

Sentences written for this test (Sahel, Sudan, Myanmar, Ukraine); the rule is docs/annotation.md, *Date*: an
event the article reports as just happened, with no date in the text, takes the publication date.
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"


def _dates(text: str, published: str | None = PUBLISHED) -> dict[str, set[str | None]]:
    bundle = extract([text], published=published).to_dict()
    out: dict[str, set[str | None]] = {}
    for event in bundle["events"]:
        out.setdefault(event["type"], set()).add(event["date"])
    return out


@pytest.mark.parametrize("text, event_type", [
    ("Gunmen attacked an army patrol near Djibo, the ministry said in a statement.", "ASSAULT"),
    ("The African Union condemned the attack on the camp in Darfur.", "ACCUSE"),
    ("Police in Mandalay arrested 12 students, a rights group said.", "COERCE"),
    ("A senior aide to the governor has been arrested on suspicion of corruption.", "COERCE"),
])
def test_a_news_reports_own_act_takes_its_date(text, event_type):
    assert _dates(text).get(event_type) == {PUBLISHED}


@pytest.mark.parametrize("text, event_type", [
    # habits and stretches of time (habitual adverb, "in recent months", aspectual verb)
    ("Russia has repeatedly threatened to strike Ukrainian energy sites.", "THREATEN"),
    ("The army and the rebels have clashed several times in recent months in Shan state.", "ASSAULT"),
    ("The junta continues to arrest journalists in Yangon.", "COERCE"),
])
def test_habits_stay_undated(text, event_type):
    assert _dates(text).get(event_type, {None}) == {None}


def test_an_analysis_spanning_years_stays_undated():
    text = ("The conflict began in 2012 and spread south by 2015. A peace deal was signed in 2015 and collapsed in "
            "2017. Gunmen attacked an army patrol near Djibo.")
    assert _dates(text).get("ASSAULT", {None}) == {None}


def test_bare_years_of_background_do_not_make_a_report_an_analysis():
    """A report's background years ("born in 1994", "since 2013") are not dates it reports on (its story opens on
    its publication day, so the undated condemnation is of that day)."""
    text = ("A gunman killed a police officer in Goma on Wednesday. The suspect, born in 1994, had served in the army "
            "since 2013 and fought in the 2008 offensive. The governor condemned the killing of the officer.")
    assert _dates(text).get("ACCUSE") == {PUBLISHED}


def test_a_participle_clause_is_told_in_its_verbs_tense():
    """"retaliated, shelling the villages": the participle's act is an occurrence of the finite verb's time."""
    text = "The rebels retaliated, shelling the government-held villages of Nubl and Zahraa."
    assert _dates(text).get("ASSAULT") == {PUBLISHED}


def test_no_publication_date_no_default():
    assert _dates("Gunmen attacked an army patrol near Djibo.", published=None).get("ASSAULT", {None}) == {None}


def test_a_date_in_the_sentence_wins():
    assert _dates("Gunmen attacked an army patrol near Djibo on Monday.").get("ASSAULT") == {"2024-05-13"}


def test_an_attack_condemned_later_is_not_a_second_attack():
    """docs/annotation.md, One event or several: every sentence that reports an event is its evidence."""
    text = ("Gunmen attacked a market in Maiduguri on Sunday, killing 12 people. "
            "The governor of Borno condemned the attack in the city.")
    bundle = extract([text], published=PUBLISHED).to_dict()
    attacks = [e for e in bundle["events"] if e["type"] == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0]["evidence"]) == 2


@pytest.mark.parametrize("text, event_type", [
    # a bare verb coordinated with a finite one shares its auxiliary and tense (docs/annotation.md, Date: a
    # statement reported in the present tense takes the publication date)
    ("We are alarmed by the fighting in El Fasher and call on both parties to allow aid through.", "REQUEST"),
    ("The ministers are deeply worried by the shelling of Kharkiv and urge Russia to stop it.", "REQUEST"),
    # an adjective predicate is told in its copula's tense ("I am shocked and appalled by ...")
    ("I am deeply concerned and appalled by reports that soldiers have burned villages in Sagaing.", "ACCUSE"),
])
def test_a_coordinated_verb_or_an_adjective_is_told_in_its_finite_verbs_tense(text, event_type):
    assert _dates(text).get(event_type) == {PUBLISHED}


@pytest.mark.parametrize("text", [
    # an order to move forces, told in the simple past, is a news report's own act (PLOVER MOBILIZE: who orders
    # mobilizes; docs/annotation.md, Date: the publication date)
    "Ethiopia's prime minister ordered troops to deploy to the border with Sudan.",
    "Petro ordered the army to deploy to Cauca.",
])
def test_an_ordered_move_takes_the_reports_date(text):
    assert _dates(text).get("MOBILIZE") == {PUBLISHED}
