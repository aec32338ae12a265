"""The copies a batch's documents make with documents other writers committed meanwhile (StoredCopies.missed):
found among those only, and, where none was committed meanwhile (one writer), without looking anything up."""

from __future__ import annotations

from sqlalchemy import event, func, select

from conflictgraph.model import Bundle, Document
from conflictgraph.store import Store, schema
from conflictgraph.store.copies import StoredCopies

ORIGINAL = ("Rebels of the Tigray People's Liberation Front shelled the airport of Mekelle on Sunday, killing four "
            "civilians and wounding eleven, hospital officials said. The federal army said it had repelled an "
            "advance on the town of Alamata and captured two artillery pieces. Aid agencies warned that fuel for the "
            "generators of the regional hospital would run out within a week if the road from Afar stayed closed.")
COPY = ORIGINAL + "\n\nThis article was adapted from a report by the wire service.\n"
OTHER = ("Fishermen in the Gulf of Guinea reported that pirates boarded a tanker off the coast of Bonny Island and "
         "took six crew members hostage, the navy of Nigeria said. A spokesman said patrol boats were searching the "
         "creeks of the Niger Delta and that the ship's owners had not yet been contacted by the kidnappers.")


def document(i: str, text: str) -> Document:
    return Document(id=i, source=f"{i}.txt", text=text, published="2021-03-01")


def test_a_copy_committed_meanwhile_is_found_and_none_is_looked_up_when_none_was(url):
    with Store.open(url) as store:
        store.add(Bundle(documents=[document("other", OTHER)]))
        with store.engine.connect() as connection:
            before = connection.execute(select(func.max(schema.documents.c.seq))).scalar()
        store.add(Bundle(documents=[document("original", ORIGINAL)]))  # another writer's, after `before`
        with store.engine.connect() as connection:
            now = connection.execute(select(func.max(schema.documents.c.seq))).scalar()
            copies = StoredCopies(connection)
            new = [document("copy", COPY)]
            assert ("copy", "original") in copies.missed(before, new)
            statements = []
            listen = lambda *args: statements.append(args[2])  # noqa: E731
            event.listen(store.engine, "before_cursor_execute", listen)
            try:
                assert copies.missed(now, new) == []  # nothing committed since: one statement, the ids
            finally:
                event.remove(store.engine, "before_cursor_execute", listen)
            assert len(statements) == 1 and "lsh_buckets" not in statements[0] and "anchors" not in statements[0]
