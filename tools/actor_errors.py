"""List the gold actors' occurrences a bundle misses, cuts or gives to another actor, for error analysis.

Usage: python tools/actor_errors.py GOLD.json ARTICLES_DIR [--bundle B.json] [--save B.json] [--roles]

Every occurrence of a gold actor's name or alias in a gold document (found as the scorer finds them,
``evaluate.alias_occurrences``) is matched to the predicted mention that overlaps it most. An occurrence is
``missed`` where no mention overlaps it, ``cut`` where the best mention covers only part of it and
is another actor's, ``longer`` where the
mention spans more than the alias and its actor maps to no gold actor (a title kept in the name: "Calgary MLA
Sandra Jansen"), ``no-actor`` where the mention has no actor, ``other-actor`` where its actor maps (as the scorer
maps actors, ``ActorMap.resolve``) to another gold actor, and ``unmapped`` where it maps to none. Each line gives
the predicted mention's type, text and actor, and the sentence. With ``--roles`` only the gold actors that take a
role in a gold relation, event or claim are listed (the misses that cost the other sections). Never run it on TEST
(docs/annotation.md: TEST is scored only as an aggregate).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import dev_gold

from conflictgraph.evaluate import alias_occurrences, gold_aliases, most_overlapping, score_actors


def _roles(gold: dict[str, Any]) -> set[str]:
    """The gold actors that take a role in a gold relation, event or claim."""
    out: set[str] = set()
    names = {"relations": ("subject", "object"), "events": ("source", "sources", "target", "targets"),
             "claims": ("speaker",)}
    for section, keys in names.items():
        for item in gold.get(section, []):
            for key in keys:
                value = item.get(key)
                out.update(value if isinstance(value, list) else [value] if value else [])
    return out


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return " ".join(text[left:right + 1].split())


def main() -> None:
    cli = dev_gold.parser(__doc__.splitlines()[0])
    cli.add_argument("--roles", action="store_true", help="only gold actors with a role in a gold item")
    args = cli.parse_args()
    gold, bundle = dev_gold.load(cli, args)
    scores, mapping = score_actors(bundle, gold)
    wanted = _roles(gold) if args.roles else None
    aliases, local = gold_aliases(gold)
    texts = {d["id"]: d["text"] for d in bundle["documents"]}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in bundle["mentions"]:
        by_doc[m["document"]].append(m)
    classes: Counter[str] = Counter()
    per_actor: Counter[str] = Counter()
    for document in gold["documents"]:
        text = texts.get(document["id"])
        if text is None:
            continue
        for start, end, gold_actor in alias_occurrences(text, aliases | local[document["id"]]):
            if wanted is not None and gold_actor not in wanted:
                continue
            best = most_overlapping(by_doc[document["id"]], start, end)
            if best is None:
                kind = "missed"
            elif not best.get("actor"):
                kind = "no-actor"
            else:
                mapped = mapping.resolve(best["actor"], {"evidence": [{"document": document["id"]}]})
                if mapped == gold_actor:
                    continue  # (a mention without "the" before the alias is still its actor's)
                if best["start"] > start or best["end"] < end:
                    kind = "cut"
                elif (best["start"], best["end"]) != (start, end) and best["actor"] not in mapping:
                    kind = "longer"
                elif best["actor"] in mapping or mapped != best["actor"]:
                    kind = "other-actor"
                else:
                    kind = "unmapped"
            classes[kind] += 1
            per_actor[gold_actor] += 1
            found = (f"{best['type']} {best['text']!r} -> {best.get('actor')}" if best else "-")
            print(f"{kind:11} {document['id']} {gold_actor}: {text[start:end]!r} | {found}\n"
                  f"            {_sentence(text, start, end)[:220]}")
    print("== counts")
    for key, n in sorted(classes.items()):
        print(f"{n:4} {key}")
    print("== gold actors with the most errors")
    for actor, n in per_actor.most_common(15):
        print(f"{n:4} {actor}")
    print(f"actors mention recall {scores['mention_recall']} B-cubed F1 {scores['bcubed_f1']}")


if __name__ == "__main__":
    main()
