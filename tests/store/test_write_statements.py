"""The statements of a batch's write that grow with the batch or the store: on PostgreSQL the ids of a look-up are
one array parameter (``= ANY``), not a parameter each, and actors and aliases are inserted one statement a table,
not one a row; SQLite keeps ``IN`` and ``executemany``. The stored result is the same on both."""

from __future__ import annotations

from sqlalchemy import event, select

from conflictgraph.model import Actor, Bundle, Document
from conflictgraph.store import Store, schema

ORIGINALS = {
    "tigray": "Rebels of the Tigray People's Liberation Front shelled the airport of Mekelle on Sunday, killing four "
              "civilians and wounding eleven, hospital officials said. The federal army said it had repelled an "
              "advance on the town of Alamata and captured two artillery pieces. Aid agencies warned that fuel for "
              "the generators of the regional hospital would run out within a week if the road stayed closed.",
    "guinea": "Fishermen in the Gulf of Guinea reported that pirates boarded a tanker off the coast of Bonny Island "
              "and took six crew members hostage, the navy of Nigeria said. A spokesman said patrol boats were "
              "searching the creeks of the Niger Delta and that the ship's owners had not yet been contacted by the "
              "kidnappers, who demanded a ransom through an intermediary in Port Harcourt.",
    "sagaing": "Soldiers of the Myanmar junta burned three villages in the Sagaing region on Tuesday after fighters "
               "of the People's Defence Force ambushed a convoy near Monywa, residents told reporters. More than two "
               "thousand villagers fled across the Chindwin river, and a monastery that sheltered them was hit by an "
               "air strike the next morning, according to a local relief group that counted the wounded.",
    "kidal": "Tuareg separatists of the Coordination of Azawad Movements seized a military camp near Kidal after the "
             "withdrawal of United Nations peacekeepers, a spokesman said, and the Malian army answered with drone "
             "strikes on the town's outskirts. Traders said the road to Gao had been closed for four days and that "
             "the price of flour and fuel had doubled in the markets of the north since the fighting began.",
}


def document(i: str, text: str) -> Document:
    return Document(id=i, source=f"{i}.txt", text=text, published="2023-05-02")


class Sent:
    """The statements a store's engine sends while it is held: (SQL, parameters, executemany)."""

    def __init__(self, store: Store) -> None:
        self.engine, self.statements = store.engine, []

    def _record(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:
        self.statements.append((statement, parameters, executemany))

    def __enter__(self) -> Sent:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def matching(self, *words: str) -> list[tuple]:
        return [s for s in self.statements if all(w in " ".join(s[0].split()) for w in words)]


def test_the_signatures_of_many_copy_candidates_are_one_array_parameter_on_postgresql(url):
    with Store.open(url) as store:
        store.add(Bundle(documents=[document(i, text) for i, text in ORIGINALS.items()]))
        copies = [document(f"{i}-copy", text + "\n\nThis report was adapted from a wire service's.\n")
                  for i, text in ORIGINALS.items()]
        with Sent(store) as sent:
            store.add(Bundle(documents=copies))
        reads = sent.matching("minhash", "FROM documents")
        assert len(reads) == 1
        statement, parameters, _ = reads[0]
        if store.engine.dialect.name == "postgresql":
            assert "ANY" in statement and " IN " not in statement.upper()
            assert len(parameters) == 1 and sorted(next(iter(parameters.values()))) == sorted(ORIGINALS)
        else:
            assert " IN " in statement.upper() and len(parameters) == len(ORIGINALS)
        # Every look-up by ids of the write sends its ids as one parameter on PostgreSQL, however many.
        if store.engine.dialect.name == "postgresql":
            assert all(len(p) <= 20 for _, p, many in sent.statements if not many and isinstance(p, dict))
            # and inserts its rows one statement a table (LSH rows, anchors, copy pairs), not one a row
            # (the batch's 25 documents at most, with their MinHash bytes, are the one executemany).
            inserts = [(s, many) for s, _, many in sent.statements
                       if s.lstrip().upper().startswith("INSERT") and "INTO documents" not in s]
            assert len(inserts) >= 3 and not any(many for _, many in inserts)
        with store.engine.connect() as c:
            pairs = sorted(c.execute(select(schema.duplicates.c.document, schema.duplicates.c.other)).all())
    # The copies are found as before: each with its original, and none with another conflict's article.
    assert {tuple(sorted(p)) for p in pairs} == {(i, f"{i}-copy") for i in ORIGINALS}


def test_actors_and_aliases_are_one_insert_a_table_and_aliases_are_unioned(url):
    first = [Actor("Q-tplf", "Tigray People's Liberation Front", "organization", ["TPLF", "Tigrayan forces"],
                   "ETH", "Q1056034"),
             Actor("local-pdf", "People's Defence Force", "organization", ["PDF"], "MMR")]
    second = [Actor("Q-tplf", "TPLF", "organization", ["TPLF", "Tigray Defence Forces", "T" * 300], "ETH"),
              Actor("local-cma", "Coordination of Azawad Movements", "organization", ["CMA", "Azawad rebels"], "MLI"),
              Actor("local-pdf", "People's Defence Force", "organization", ["People's Defense Force"], "MMR")]
    with Store.open(url) as store:
        store.add(Bundle(actors=first))
        with Sent(store) as sent:
            store.add(Bundle(actors=second))
        for table in ("actors", "aliases"):
            inserts = sent.matching(f"INSERT INTO {table}")
            assert len(inserts) == 1
            if store.engine.dialect.name == "postgresql":  # one statement, not one a row
                statement, parameters, executemany = inserts[0]
                assert not executemany and "unnest" in statement and isinstance(parameters, dict)
        actors = store.actors_by_id(["Q-tplf", "local-pdf", "local-cma"])
    # The better identified record stays (a Wikidata id); aliases are the union, the run-on one left out.
    assert actors["Q-tplf"].wikidata == "Q1056034" and actors["Q-tplf"].name == "Tigray People's Liberation Front"
    assert sorted(actors["Q-tplf"].aliases) == ["TPLF", "Tigray Defence Forces", "Tigrayan forces"]
    assert sorted(actors["local-pdf"].aliases) == ["PDF", "People's Defense Force"]
    assert sorted(actors["local-cma"].aliases) == ["Azawad rebels", "CMA"]
