"""A meeting held in the country of one party and not the other's is the other's visit: the visitor is the actor,
the host the recipient (PLOVER CONSULT; docs/annotation.md, *Meetings and visits*). Sentences written for this
test, from several conflicts and diplomacies."""

from __future__ import annotations

import pytest

from conflictgraph import extract


@pytest.mark.parametrize("text, source, target", [
    # held in the subject's country: the party met came to it
    ("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday.", "recep-tayyip-erdogan", "vladimir-putin"),
    ("Ali Khamenei met Bashar al-Assad in Tehran on Monday.", "bashar-al-assad", "ali-khamenei"),
    # held in a third country: no host, every party an actor and no recipient (docs/annotation.md, *Meetings and
    # visits*: "a meeting at a summit or a third place"; k28e, was Putin actor and Erdogan recipient)
    ("Vladimir Putin met Recep Tayyip Erdogan in Astana on Friday.", "vladimir-putin", None),
    # held in the country of the party met: the subject is the visitor already
    ("Recep Tayyip Erdogan met Vladimir Putin in Sochi on Friday.", "recep-tayyip-erdogan", "vladimir-putin"),
])
def test_the_visitor_is_the_meetings_actor(text, source, target):
    bundle = extract([text], published="2024-05-17").to_dict()
    [event] = [e for e in bundle["events"] if e["type"] == "CONSULT"]
    assert (event["source"], event["target"]) == (source, target)
