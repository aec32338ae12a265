"""The scorer: sentence sharing, alias occurrences, B-cubed, item matching and re3d entity scoring."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conflictgraph.cli import app
from conflictgraph.evaluate import _same_place, alias_occurrences, same_sentence, score, score_re3d

TEXT = "Kataib Hezbollah (KH) attacked. KH denied it. Iran backs KH."


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Iran backs the militias.", "Iran backs the militias.", True),
        ("Iran backs the militias.", "Officials said Iran backs the militias in Iraq.", True),
        ("Iran backs the militias in Iraq and Syria.", "Iran backs militias in Syria and in Iraq today.", True),
        ("Iran backs the militias.", "The weather in Basra was hot.", False),
    ],
)
def test_same_sentence(a, b, same):
    assert same_sentence(a, b) is same


def test_alias_occurrences_are_leftmost_longest():
    found = alias_occurrences(TEXT, {"Kataib Hezbollah": "kh", "KH": "kh", "Iran": "iran", "Hezbollah": "hz"})
    assert [(TEXT[s:e], a) for s, e, a in found] == [
        ("Kataib Hezbollah", "kh"), ("KH", "kh"), ("KH", "kh"), ("Iran", "iran"), ("KH", "kh")]


def bundle(mentions, **sections):
    out = {"documents": [{"id": "d", "text": TEXT, "published": "2020-01-01", "duplicates": []}],
           "actors": [{"id": a, "name": a, "aliases": []} for a in {m[2] for m in mentions if m[2]}],
           "mentions": [{"document": "d", "start": TEXT.index(t, s), "end": TEXT.index(t, s) + len(t),
                         "text": t, "type": "ORG", "actor": a} for t, s, a in mentions],
           "relations": [], "events": [], "claims": []}
    out.update(sections)
    return out


GOLD = {
    "documents": [{"id": "d", "published": "2020-01-01", "duplicates": []}],
    "actors": [{"id": "kh", "name": "Kataib Hezbollah", "aliases": ["KH"]},
               {"id": "iran", "name": "Iran", "aliases": []}],
    "relations": [{"subject": "iran", "predicate": "backs", "object": "kh", "core": True,
                   "evidence": [{"document": "d", "text": "Iran backs KH."}]}],
    "events": [], "claims": [],
}


def test_perfect_actors_score_one():
    mentions = [("Kataib Hezbollah", 0, "k"), ("KH", 0, "k"), ("KH", 20, "k"), ("Iran", 0, "i"), ("KH", 50, "k")]
    relation = {"subject": "i", "predicate": "backs", "object": "k",
                "evidence": [{"document": "d", "start": 46, "end": 60, "text": "Iran backs KH."}]}
    result = score(bundle(mentions, relations=[relation]), GOLD)
    assert result["actors"]["bcubed_f1"] == 1.0
    assert result["actors"]["mention_recall"] == 1.0
    assert result["relations"]["f1"] == 1.0  # ids map through the mentions: k -> kh, i -> iran
    assert result["documents"] == {"published_accuracy": 1.0, "duplicates_accuracy": 1.0}


def test_split_cluster_lowers_bcubed_recall():
    mentions = [("Kataib Hezbollah", 0, "k"), ("KH", 0, "k"), ("KH", 20, "other"), ("Iran", 0, "i"), ("KH", 50, "k")]
    result = score(bundle(mentions), GOLD)["actors"]
    assert result["bcubed_precision"] == 1.0
    assert result["bcubed_recall"] < 1.0


def test_re3d_overlap_and_type():
    documents = [{"id": "d", "entities": [{"start": 0, "end": 16, "type": "Organisation"},
                                          {"start": 46, "end": 50, "type": "Location"}]}]
    predicted = {"mentions": [{"document": "d", "start": 0, "end": 6, "type": "ORG"},
                              {"document": "d", "start": 46, "end": 50, "type": "PERSON"}]}
    result = score_re3d(predicted, documents)
    assert result["micro"]["tp"] == 1
    assert result["per_type"]["Location"]["recall"] == 0.0


def test_cli_evaluate_json(tmp_path):
    gold, predicted = tmp_path / "gold.json", tmp_path / "bundle.json"
    gold.write_text(json.dumps(GOLD))
    predicted.write_text(json.dumps(bundle([("Kataib Hezbollah", 0, "k")])))
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--bundle", str(predicted), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["gold"]["actors"]["occurrences"] == 5


def event(type_, source, target, text="Iran backs KH.", date="2020-01-01"):
    return {"type": type_, "mode": None, "source": source, "target": target, "date": date, "location": None,
            "fatalities": None, "injuries": None, "evidence": [{"document": "d", "text": text}]}


EVENT_GOLD = GOLD | {"events": [event("SUPPORT", ["iran", "kh"], None), event("ACCUSE", "kh", "iran", "KH denied it.")]}
BOTH = [("Kataib Hezbollah", 0, "k"), ("KH", 0, "k"), ("KH", 20, "k"), ("Iran", 0, "i"), ("KH", 50, "k")]


def test_joint_actors_compare_as_sets_and_full_field_needs_every_argument():
    predicted = [event("SUPPORT", ["k", "i"], None), event("ACCUSE", "k", "i", "KH denied it.", date="2020-01")]
    result = score(bundle(BOTH, events=predicted), EVENT_GOLD)["events"]
    assert result["f1"] == 1.0
    assert result["arguments"]["source"] == 1.0 and result["arguments"]["date"] == 0.5
    assert result["full_field"]["tp"] == 1 and result["full_field"]["f1"] == 0.5


def test_per_type_precision_and_recall():
    predicted = [event("SUPPORT", "i", None), event("ASSAULT", "k", "i", "KH denied it.")]
    per_type = score(bundle(BOTH, events=predicted), EVENT_GOLD)["events"]["per_type"]
    assert per_type["SUPPORT"]["f1"] == 1.0
    assert (per_type["ACCUSE"]["recall"], per_type["ASSAULT"]["precision"]) == (0.0, 0.0)


def test_relations_are_scored_per_predicate():
    """A relation matches only one of its predicate, so the figures split by predicate as events' by type: here the
    gold's `backs` is found, a predicted `part_of` matches nothing and the gold's `leads` is missed."""
    gold = GOLD | {"relations": GOLD["relations"] + [
        {"subject": "kh", "predicate": "leads", "object": "iran", "core": False,
         "evidence": [{"document": "d", "text": "KH denied it."}]}]}
    said = [{"document": "d", "text": "Iran backs KH."}]
    found = {"subject": "i", "predicate": "backs", "object": "k", "evidence": said}
    extra = {"subject": "k", "predicate": "part_of", "object": "i", "evidence": said}
    per = score(bundle(BOTH, relations=[found, extra]), gold)["relations"]["per_predicate"]
    assert per["backs"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "predicted": 1, "gold": 1}
    assert (per["part_of"]["predicted"], per["part_of"]["tp"]) == (1, 0)
    assert (per["leads"]["gold"], per["leads"]["recall"]) == (1, 0.0)


def test_an_actor_scoped_to_documents_counts_its_aliases_only_there():
    gold = GOLD | {"actors": [{"id": "kh", "name": "Kataib Hezbollah", "aliases": ["KH"], "documents": ["other"]},
                              {"id": "iran", "name": "Iran", "aliases": []}]}
    result = score(bundle(BOTH), gold)["actors"]
    assert result["occurrences"] == 1  # only "Iran": the scoped actor's aliases are not looked for in "d"


@pytest.mark.parametrize("order", [1, -1])
def test_two_events_of_one_sentence_pair_with_the_gold_event_they_agree_with(order):
    """Two attacks told in one sentence ("the 13 November attacks in Paris and ... those in Sousse on 25 June"): each
    gold event is paired with the predicted event whose arguments agree with it, whatever order the bundle lists
    them in. The pairing only chooses among events that already match (type and a shared sentence): the counts of
    matched events and their arguments' figures do not depend on the bundle's order."""
    gold = GOLD | {"events": [event("ASSAULT", "kh", None, date="2015-11-13"),
                              event("ASSAULT", "kh", None, date="2015-06-25")]}
    predicted = [event("ASSAULT", "k", None, date="2015-11-13"), event("ASSAULT", "k", None, date="2015-06-25")]
    result = score(bundle(BOTH, events=predicted[::order]), gold)["events"]
    assert result["tp"] == 2 and result["arguments"]["date"] == 1.0 and result["full_field"]["tp"] == 2
    wrong = [event("ASSAULT", "k", None, date="2015-01-01"), event("ASSAULT", "k", None, date="2015-06-25")]
    result = score(bundle(BOTH, events=wrong[::order]), gold)["events"]
    assert result["tp"] == 2 and result["arguments"]["date"] == 0.5  # a wrong date stays wrong


CAIRO = "Egyptian police arrested two men in Cairo on Sunday."
CAIRNS = "Queensland police charged a man in Cairns."


def two_stories(doc: str):
    """A Cairo story and a Cairns story, each with its own police, local to it in the gold; one predicted "police"
    known only from the arrest it makes in the story ``doc`` (no mention: no occurrence votes for it)."""
    text = {"cairo": CAIRO, "cairns": CAIRNS}
    predicted = {
        "documents": [{"id": d, "text": t, "published": "2020-01-01", "duplicates": []} for d, t in text.items()],
        "actors": [{"id": "p1", "name": "police", "aliases": []}], "mentions": [], "relations": [], "claims": [],
        "events": [{"type": "COERCE", "mode": "arrest", "source": "p1", "target": None, "date": "2020-01-01",
                    "location": None, "fatalities": None, "injuries": None,
                    "evidence": [{"document": doc, "text": text[doc]}]}]}
    gold = {"documents": [{"id": d, "published": "2020-01-01", "duplicates": []} for d in text],
            "actors": [{"id": "cairns-police", "name": "Queensland Police", "aliases": ["police"],
                        "documents": ["cairns"]},
                       {"id": "cairo-police", "name": "Egyptian police", "aliases": ["police"],
                        "documents": ["cairo"]}],
            "relations": [], "claims": [],
            "events": [{"type": "COERCE", "mode": "arrest", "source": f"{doc}-police", "target": None,
                        "date": "2020-01-01", "location": None, "fatalities": None, "injuries": None,
                        "evidence": [{"document": doc, "text": text[doc]}]}]}
    return predicted, gold


@pytest.mark.parametrize("doc", ["cairo", "cairns"])
def test_a_predicted_actor_maps_only_to_a_local_actor_of_its_own_document(doc):
    """A predicted actor that maps through its name maps to the gold actor of that name local to the document it is
    in: the Cairo story's "police" is the Cairo police, never the Cairns police listed first."""
    predicted, gold = two_stories(doc)
    result = score(predicted, gold)["events"]
    assert result["tp"] == 1 and result["arguments"]["source"] == 1.0


def test_a_predicted_actor_does_not_map_to_a_local_actor_of_another_document():
    """With no police of its own in the gold, the Cairo story's "police" stays unmapped (not the Cairns police): an
    event whose gold source is someone else is not credited through another document's actor."""
    predicted, gold = two_stories("cairo")
    gold["actors"] = gold["actors"][:1]
    gold["events"][0]["source"] = "cairns-police"  # an impossible gold, to see where "police" maps
    assert score(predicted, gold)["events"]["arguments"]["source"] == 0.0


def test_a_documents_own_actor_wins_over_a_shared_actor_of_the_same_alias():
    """A gold actor local to a document, written with an alias a shared gold actor also has, is the one its
    occurrences there stand for (here "the government": Kenya's in the Kenyan story, not the shared one)."""
    text = "The government denied it."
    predicted = {"documents": [{"id": "ke", "text": text, "published": "2020-01-01", "duplicates": []}],
                 "actors": [{"id": "g", "name": "government", "aliases": []}],
                 "mentions": [{"document": "ke", "start": 4, "end": 14, "text": "government", "type": "ORG",
                               "actor": "g"}],
                 "relations": [], "events": [],
                 "claims": [{"speaker": "g", "text": "it", "evidence": [{"document": "ke", "text": text}]}]}
    gold = {"documents": [{"id": "ke", "published": "2020-01-01", "duplicates": []}],
            "actors": [{"id": "shared", "name": "The Government", "aliases": ["government"]},
                       {"id": "kenya-government", "name": "Government of Kenya", "aliases": ["government"],
                        "documents": ["ke"]}],
            "relations": [], "events": [],
            "claims": [{"speaker": "kenya-government", "text": "it", "core": True,
                        "evidence": [{"document": "ke", "text": text}]}]}
    assert score(predicted, gold)["claims"]["tp"] == 1


def test_a_predicted_actor_maps_per_document_where_its_mentions_there_stand_for_another_gold_actor():
    """One predicted "U.S.-led coalition" across three articles: in two it is the Global Coalition against Daesh,
    in the Iraq-war article the gold's own local coalition. Its strike in that article has the local coalition as
    source: the map follows that article's mentions, not the majority of all articles."""
    texts = {"raqqa": "The U.S.-led coalition struck Raqqa.", "mosul": "The U.S.-led coalition struck Mosul.",
             "hibhib": "Zarqawi was killed by U.S.-led coalition aircraft in Hibhib."}
    start = {d: t.index("U.S.-led coalition") for d, t in texts.items()}
    predicted = {
        "documents": [{"id": d, "text": t, "published": "2020-01-01", "duplicates": []} for d, t in texts.items()],
        "actors": [{"id": "c", "name": "U.S.-led coalition", "aliases": []}],
        "mentions": [{"document": d, "start": start[d], "end": start[d] + 18, "text": "U.S.-led coalition",
                      "type": "ORG", "actor": "c"} for d in texts],
        "relations": [], "claims": [],
        "events": [{"type": "ASSAULT", "mode": "aerial", "source": "c", "target": None, "date": None,
                    "location": None, "fatalities": None, "injuries": None,
                    "evidence": [{"document": d, "text": texts[d]}]} for d in texts]}
    gold = {"documents": [{"id": d, "published": "2020-01-01", "duplicates": []} for d in texts],
            "actors": [{"id": "global-coalition", "name": "Global Coalition", "aliases": ["U.S.-led coalition"]},
                       {"id": "iraq-coalition", "name": "US-led coalition (Iraq)", "aliases": ["U.S.-led coalition"],
                        "documents": ["hibhib"]}],
            "relations": [], "claims": [],
            "events": [{"type": "ASSAULT", "mode": "aerial", "date": None, "location": None, "fatalities": None,
                        "injuries": None, "target": None, "evidence": [{"document": d, "text": texts[d]}],
                        "source": "iraq-coalition" if d == "hibhib" else "global-coalition"} for d in texts]}
    result = score(predicted, gold)["events"]
    assert result["tp"] == 3 and result["arguments"]["source"] == 1.0


def test_a_relation_told_in_two_articles_states_each_gold_tie_its_actors_stand_for_there():
    """One predicted tie "the US leads the U.S.-led coalition", told in an article where the coalition is the Global
    Coalition against Daesh and in one whose own coalition is the Iraq-war one: the gold writes two ties (one per
    tie, docs/annotation.md) and the actor map maps the coalition per article (docs/evaluation.md, *Actors*); the
    one predicted relation states both, each in its own article. Mapped as one item it could pair with only one."""
    texts = {"raqqa": "The U.S.-led coalition struck Raqqa. The coalition fights ISIS.",
             "mosul": "The U.S.-led coalition struck Mosul. The coalition fights ISIS.",
             "hibhib": "Zarqawi was killed by U.S.-led coalition aircraft in Hibhib."}
    start = {d: t.index("U.S.-led coalition") for d, t in texts.items()}
    sentence = {d: t.split(". ")[0] for d, t in texts.items()}
    predicted = {
        "documents": [{"id": d, "text": t, "published": "2020-01-01", "duplicates": []} for d, t in texts.items()],
        "actors": [{"id": "c", "name": "U.S.-led coalition", "aliases": []},
                   {"id": "us", "name": "United States", "aliases": []}],
        "mentions": [{"document": d, "start": start[d], "end": start[d] + 18, "text": "U.S.-led coalition",
                      "type": "ORG", "actor": "c"} for d in texts]
        + [{"document": d, "start": start[d], "end": start[d] + 4, "text": "U.S.", "type": "GPE", "actor": "us"}
           for d in texts],
        "events": [], "claims": [],
        "relations": [{"subject": "us", "predicate": "leads", "object": "c",
                       "evidence": [{"document": d, "text": sentence[d]} for d in ("hibhib", "raqqa", "mosul")]}]}
    gold = {"documents": [{"id": d, "published": "2020-01-01", "duplicates": []} for d in texts],
            "actors": [{"id": "united-states", "name": "United States", "aliases": ["U.S."]},
                       {"id": "global-coalition", "name": "Global Coalition", "aliases": ["U.S.-led coalition"]},
                       {"id": "iraq-coalition", "name": "US-led coalition (Iraq)", "aliases": ["U.S.-led coalition"],
                        "documents": ["hibhib"]}],
            "events": [], "claims": [],
            "relations": [
                {"subject": "united-states", "predicate": "leads", "object": "global-coalition", "core": True,
                 "evidence": [{"document": d, "text": sentence[d]} for d in ("raqqa", "mosul")]},
                {"subject": "united-states", "predicate": "leads", "object": "iraq-coalition", "core": True,
                 "evidence": [{"document": "hibhib", "text": sentence["hibhib"]}]}]}
    result = score(predicted, gold)["relations"]
    assert (result["tp"], result["predicted"], result["gold"]) == (2, 2, 2)


def test_a_relation_whose_actors_stand_for_the_same_gold_actors_everywhere_stays_one_item():
    """A tie told in two articles, its actors the same gold actors in both, is one predicted item (one gold tie)."""
    texts = {"a": "Iran backs Hezbollah.", "b": "Iran backs Hezbollah again."}
    predicted = {
        "documents": [{"id": d, "text": t, "published": "2020-01-01", "duplicates": []} for d, t in texts.items()],
        "actors": [{"id": "ir", "name": "Iran", "aliases": []}, {"id": "hz", "name": "Hezbollah", "aliases": []}],
        "mentions": [m for d in texts for m in (
            {"document": d, "start": 0, "end": 4, "text": "Iran", "type": "GPE", "actor": "ir"},
            {"document": d, "start": 11, "end": 20, "text": "Hezbollah", "type": "ORG", "actor": "hz"})],
        "events": [], "claims": [],
        "relations": [{"subject": "ir", "predicate": "backs", "object": "hz",
                       "evidence": [{"document": d, "text": t} for d, t in texts.items()]}]}
    gold = {"documents": [{"id": d, "published": "2020-01-01", "duplicates": []} for d in texts],
            "actors": [{"id": "iran", "name": "Iran", "aliases": ["Iran"]},
                       {"id": "hezbollah", "name": "Hezbollah", "aliases": ["Hezbollah"]}],
            "events": [], "claims": [],
            "relations": [{"subject": "iran", "predicate": "backs", "object": "hezbollah", "core": True,
                           "evidence": [{"document": d, "text": t} for d, t in texts.items()]}]}
    result = score(predicted, gold)["relations"]
    assert (result["tp"], result["predicted"], result["gold"]) == (1, 1, 1)
def _place(name, country, lat, lon, level=None, geonames_id=None):
    return {"name": name, "country": country, "lat": lat, "lon": lon, "level": level, "geonames_id": geonames_id}


@pytest.mark.parametrize(
    "predicted, gold, same",
    [
        # iso3166-2's point for a state and GeoNames' are far apart: the same division by its GeoNames id ...
        (_place("Texas", "USA", 31.97, -99.90, "admin1", 4736286), _place("Texas", "USA", 31.25, -99.25, "admin1",
                                                                           4736286), True),
        # ... or, without ids, by its name less the word for the kind of area, where both sides say it is one
        (_place("Anbar Governorate", "IRQ", 33.0, 42.4, "admin1", 99592), _place("Anbar Province", "IRQ", 33.5,
                                                                                 43.9), True),
        (_place("Kherson Oblast", "UKR", 46.6, 32.6, "admin1"), _place("Kherson Oblast", "UKR", 47.0, 33.6,
                                                                       "admin1"), True),
        (_place("Darfur Region", "SDN", 13.0, 25.0, "admin1"), _place("Darfur", "SDN", 13.9, 23.8, "admin1"), True),
        # the same GeoNames id, whatever the points
        (_place("Goma", "COD", -1.68, 29.22, "city", 217831), _place("Goma", "COD", -1.10, 29.80, None, 217831), True),
        # a town is not its province, nor one province another of the same name elsewhere
        (_place("Aleppo Governorate", "SYR", 36.0, 38.0, "admin1"), _place("Aleppo", "SYR", 36.2, 37.16), False),
        (_place("New York", "USA", 42.9, -75.5, "admin1"), _place("New York City", "USA", 40.71, -74.01), False),
        (_place("Punjab Province", "PAK", 31.0, 72.0, "admin1"), _place("Punjab State", "IND", 33.6, 75.4, "admin1"),
         False),
        (_place("Borno State", "NGA", 11.5, 13.0, "admin1", 2346794), _place("Yobe State", "NGA", 12.0, 11.5,
                                                                            "admin1", 2597364), False),
        # within 50 km as before, and the same name where the gold has no point
        (_place("Kyiv", "UKR", 50.45, 30.52, "city"), _place("Kyiv", "UKR", 50.40, 30.60), True),
        (_place("Tabriz", "IRN", 38.08, 46.29, "city"), {"name": "Tabriz", "country": "IRN", "lat": None,
                                                         "lon": None}, True),
    ],
)
def test_places_match_within_50_km_or_as_the_same_division(predicted, gold, same):
    assert _same_place(predicted, gold) is same
