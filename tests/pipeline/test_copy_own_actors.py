"""A copy's own bodies are its original's: "the police" of two copies of one report are one force, so the arrest the
two tell is one event, corroborated once (core.identity.as_partner_tells). Bodies named by common words are each
article's own (pipeline/groups.py), so unrelated articles keep their police apart."""

from __future__ import annotations

from conflictgraph.api import extract_documents
from conflictgraph.model import Document

REPORT = ("Police arrest five men in Kano\n\nThe police arrested five men in Kano on Monday after a riot at a market, "
          "a spokesman said.\n\nThe men were taken to a station in the city, where the police questioned them about "
          "the riot, which left two traders injured.\n")
OTHER = ("Police detain protesters in Lagos\n\nThe police arrested 30 people in Lagos on Monday after a march on the "
         "state assembly, witnesses said.\n\nThe protesters had demanded lower fuel prices, and several were beaten "
         "with batons before they were taken away in vans.\n")


def _bundle(*texts: tuple[str, str]) -> dict:
    documents = [Document(id=doc_id, source=f"https://example.org/{doc_id}", text=text, outlet=f"Outlet {doc_id}",
                          published="2024-03-06") for doc_id, text in texts]
    return extract_documents(documents).to_dict()


def test_two_copies_tell_one_arrest_by_one_police():
    bundle = _bundle(("a1", REPORT), ("a2", REPORT))
    arrests = [e for e in bundle["events"] if e["type"] == "COERCE"]
    assert len(arrests) == 1, arrests
    assert {ev["document"] for ev in arrests[0]["evidence"]} == {"a1", "a2"}
    assert arrests[0]["source"] == "police-a1"


def test_two_unrelated_reports_keep_their_own_police():
    bundle = _bundle(("a1", REPORT), ("b1", OTHER))
    sources = sorted(e["source"] for e in bundle["events"] if e["type"] == "COERCE")
    assert sources == ["police-a1", "police-b1"]
