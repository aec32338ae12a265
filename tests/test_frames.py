"""pandas: Bundle.to_frames() and the store's Results.to_frame(), flat tables with real dtypes."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from support import ROOT

from conflictgraph.errors import MissingExtraError
from conflictgraph.model import Bundle
from conflictgraph.store import Filters, Store

GOLDEN = ROOT / "tests" / "golden" / "seeds.bundle.json"
NUMBERS = {"start", "end", "row", "n_characters", "n_mentions", "n_evidence", "n_documents", "fatalities",
           "injuries", "location_geonames_id", "geo_geonames_id"}


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return Bundle.from_json(GOLDEN.read_text(encoding="utf-8"))


def assert_real_dtypes(frame: pd.DataFrame) -> None:
    assert not [c for c in frame.columns if frame[c].dtype == object], frame.dtypes
    for column in frame.columns:
        dtype = str(frame[column].dtype)
        if column in NUMBERS:
            assert dtype == "Int64", (column, dtype)
        elif column.endswith(("_lat", "_lon")) or column == "similarity":
            assert dtype == "Float64", (column, dtype)
        elif column.endswith(("_start", "_end")) and column not in ("start", "end"):
            assert dtype.startswith("datetime64"), (column, dtype)


def test_one_flat_frame_per_table_with_real_dtypes(bundle):
    frames = bundle.to_frames()
    assert set(frames) == {"documents", "duplicates", "actors", "mentions", "relations", "events", "claims",
                           "evidence"}
    for name in ("documents", "actors", "mentions", "relations", "events", "claims"):
        assert len(frames[name]) == len(getattr(bundle, name)), name
    for frame in frames.values():
        assert_real_dtypes(frame)
    events = frames["events"]
    assert events["fatalities"].sum() == sum(e.fatalities or 0 for e in bundle.events)
    assert events["type"].dtype == "category" and events["date_precision"].dtype == "category"


def test_dates_are_periods_never_their_first_day(bundle):
    events = bundle.to_frames()["events"]
    months = events[events["date_precision"] == "month"]
    assert len(months) > 0
    for _, row in months.iterrows():
        period = pd.Period(row["date"], freq="M")
        assert row["date_start"] == period.start_time.normalize()
        assert row["date_end"] == period.end_time.normalize()
    days = events[events["date_precision"] == "day"]
    assert (days["date_start"] == days["date_end"]).all()
    undated = events[events["date"].isna()]
    assert undated["date_start"].isna().all() and undated["date_precision"].isna().all()


def test_evidence_is_a_long_table_pointing_at_its_items(bundle):
    frames = bundle.to_frames()
    evidence = frames["evidence"]
    assert len(evidence) == sum(len(x.evidence) for t in ("relations", "events", "claims")
                                for x in getattr(bundle, t))
    first = evidence[evidence["table"] == "events"].iloc[0]
    event = bundle.events[int(first["row"])]
    assert first["item"] == event.id and first["text"] == event.evidence[0].text
    joined = frames["events"].reset_index(names="row").merge(
        evidence[evidence["table"] == "events"], on="row", suffixes=("", "_evidence"))
    assert len(joined) == sum(len(e.evidence) for e in bundle.events)


def test_an_empty_bundle_has_typed_empty_frames():
    for frame in Bundle().to_frames().values():
        assert len(frame) == 0
        assert_real_dtypes(frame)


def test_store_results_to_frame(bundle, tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as store:
        with store.batch() as writer:
            writer.add(bundle)
        events = store.events(Filters(type="ASSAULT"))
        frame = events.to_frame()
        assert len(frame) == len(events) > 0 and list(frame["id"]) == [e.id for e in events]
        assert_real_dtypes(frame)
        assert_real_dtypes(events.evidence_frame())
        for results in (store.actors(), store.claims(), store.relations(), store.documents(),
                        store.search("rockets"), store.claims(Filters(place="Baghdad"))):
            table = results.to_frame()
            assert len(table) == len(results)
            assert_real_dtypes(table)


def test_without_pandas_one_clear_error(bundle, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"conflictgraph\[pandas\]"):
        bundle.to_frames()
