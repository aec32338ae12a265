"""Build the news development gold (tests/data/news-gold/) from its annotation source, annotations.yaml.

    .venv/bin/python tools/news_gold.py articles   # write the articles' .txt + .meta.json from ../shared/eval
    .venv/bin/python tools/news_gold.py gold       # write dev.json and test.json from annotations.yaml
    .venv/bin/python tools/news_gold.py second     # write agreement/second.json from agreement/second.yaml
    .venv/bin/python tools/news_gold.py third      # write agreement/third.json from agreement/third.yaml

annotations.yaml is what an annotator edits (docs/annotation.md gives the rules). An item's evidence is given
as a snippet of the article; the snippet is widened to the whole sentence(s) it falls in, and the gold carries
that exact text with its offsets. The split is by id (see ``split``): a quarter of the articles are TEST.
tests/test_news_gold.py checks that dev.json and test.json are what this script makes of the source.
agreement/second.yaml is a blind second annotation of a few DEV articles (docs/evaluation.md, *Inter-annotator
agreement*), in the same format and built the same way; tools/annotation_agreement.py scores one gold against the other.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "news-gold"
SECOND = GOLD_DIR / "agreement" / "second"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SPLITS = ("dev", "test")
# Tokens a full stop follows without ending a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gov", "gen", "rev", "sgt", "lt", "col", "maj", "capt", "sen", "rep", "jr",
    "inc", "co", "vs", "no", "u.s", "u.n", "u.k", "n.c", "w.va", "ky", "e.g", "i.e", "a.m", "p.m", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "he", "cmdr", "adm", "prof", "ft", "mt", "const",
}
QUOTES = {"'": "['’‘]", '"': '["“”]', "’": "['’‘]", "“": '["“”]', "”": '["“”]'}


def split(doc_id: str) -> str:
    """TEST for a quarter of the ids, fixed by the id alone (adding articles never moves one between splits)."""
    return "test" if int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % 4 == 0 else "dev"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a break after . ! ? (and closing quotes) before a capital or quote, or at a new paragraph
    (a newline followed by an unindented line); full stops of abbreviations and initials don't break."""
    breaks = set()
    for m in re.finditer(r"[.!?][\"”’')\]]*(?:\[\d+\])*(?=\s+[\"“‘(A-Z0-9])", text):
        word = re.search(r"([\w.]+)$", text[: m.start()])
        token = word.group(1).lower() if word else ""
        if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
            continue
        breaks.add(m.end())
    for m in re.finditer(r"\n(?=[^\s])", text):
        breaks.add(m.start())
    for m in re.finditer(r"[.!?:][\"”’]?(?=\n)", text):
        breaks.add(m.end())
    spans, start = [], 0
    for cut in sorted(breaks) + [len(text)]:
        chunk = text[start:cut]
        lead = len(chunk) - len(chunk.lstrip())
        end = start + len(chunk.rstrip())
        if end > start + lead:
            spans.append((start + lead, end))
        start = cut
    return spans


def find_sentence(text: str, snippet: str, where: str) -> dict[str, Any]:
    """The sentence(s) a snippet falls in: whitespace and quote styles need not match the article's."""
    parts = [re.escape(c) if c not in QUOTES else QUOTES[c] for c in snippet.strip()]
    pattern = re.sub(r"(\\ )+", r"\\s+", "".join(parts))
    found = list(re.finditer(pattern, text))
    if len(found) != 1:
        raise SystemExit(f"{where}: snippet found {len(found)} times: {snippet!r}")
    s, e = found[0].span()
    spans = [span for span in sentences(text) if span[0] < e and s < span[1]]
    start, end = spans[0][0], spans[-1][1]
    return {"start": start, "end": end, "text": text[start:end]}


def _date(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, datetime.date) else (None if value is None else str(value))


class _Document:
    """One article's items in the gold shapes: evidence widened to sentences, actors checked and counted."""

    def __init__(self, doc_id: str, text: str, actors: dict[str, Any], used: set[str]) -> None:
        self.doc_id, self.text, self.actors, self.used = doc_id, text, actors, used

    def evidence(self, item: dict[str, Any], where: str) -> list[dict[str, Any]]:
        snippets = item["ev"] if isinstance(item["ev"], list) else [item["ev"]]
        return [{"document": self.doc_id} | find_sentence(self.text, s, where) for s in snippets]

    def actor(self, key: Any, where: str) -> Any:
        if key is None:
            return None
        if isinstance(key, list):
            return [self.actor(k, where) for k in key]
        if key not in self.actors:
            raise SystemExit(f"{where}: unknown actor {key}")
        self.used.add(key)
        return key

    def relation(self, r: dict[str, Any], where: str) -> dict[str, Any]:
        return {"subject": self.actor(r["s"], where), "predicate": r["p"], "object": self.actor(r["o"], where),
                "core": r.get("c", True), "evidence": self.evidence(r, where)} | _note(r)

    def event(self, e: dict[str, Any], where: str, places: dict[str, Any]) -> dict[str, Any]:
        return {"type": e["t"], "mode": e.get("m"), "source": self.actor(e.get("s"), where),
                "target": self.actor(e.get("r"), where), "date": _date(e.get("d")), "date_text": e.get("dt"),
                "location": places[e["p"]] if e.get("p") else None, "fatalities": e.get("k"),
                "injuries": e.get("w"), "core": e.get("c", True), "evidence": self.evidence(e, where)} | _note(e)

    def claim(self, c: dict[str, Any], where: str) -> dict[str, Any]:
        evidence = self.evidence(c, where)
        said = c.get("text") or _said(evidence[0]["text"])
        return {"speaker": self.actor(c["who"], where), "speaker_text": c["as"], "text": said,
                "kind": c.get("k", "quote"), "core": c.get("c", True), "evidence": evidence} | _note(c)

    def quote_block(self, block: dict[str, Any], where: str) -> list[dict[str, Any]]:
        """"X said:" and a passage: each paragraph of it is a claim of X's (core only the first, nearest X)."""
        first = find_sentence(self.text, block["from"], where)
        last = find_sentence(self.text, block["to"], where)
        spans = [s for s in sentences(self.text) if first["start"] <= s[0] and s[1] <= last["end"]]
        speaker = self.actor(block["who"], where)
        claims = [{"speaker": speaker, "speaker_text": block["as"], "text": _said(self.text[start:end]),
                   "kind": "quote", "core": n == 0 and block.get("c", True),
                   "evidence": [{"document": self.doc_id, "start": start, "end": end, "text": self.text[start:end]}]}
                  for n, (start, end) in enumerate(spans)]
        # One claim per paragraph of the passage, as the given seeds gold has it.
        runs: list[list[dict[str, Any]]] = []
        for c, (start, _) in zip(claims, spans, strict=True):
            if runs and "\n" not in self.text[runs[-1][-1]["evidence"][0]["end"]:start]:
                runs[-1].append(c)
            else:
                runs.append([c])
        return [run[0] if len(run) == 1 else _one_claim(run) for run in runs]


    def quote_blocks_and_claims(self, document: dict[str, Any]) -> list[dict[str, Any]]:
        doc_id = document["id"]
        claims = []
        for i, block in enumerate(document.get("quote_blocks") or []):
            claims.extend(self.quote_block(block, f"{doc_id} block {i}"))
        for i, c in enumerate(document.get("claims") or []):
            claims.append(self.claim(c, f"{doc_id} claim {i}"))
        return claims


def fold_quotes(text: str, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One claim per quotation (docs/annotation.md, *Quotes over several sentences*, the convention of the given
    seeds gold): the annotation source gives a quotation over several sentences one claim per sentence (the one
    that names the speaker core, the others core false); here the quote claims of one speaker in consecutive
    sentences inside one pair of quotation marks (a sentence inside the marks the sentence before left open)
    become one claim, its evidence every sentence in order, its text their words, core where any was. A quotation
    has one attribution: a sentence that names the speaker again, or opens a mark after words of its own, starts
    another claim ('... X then said: "B').
    Other claims stay as they are."""
    spans = sentences(text)
    index = {span: n for n, span in enumerate(spans)}
    quotes = sorted((c for c in claims if c["kind"] == "quote" and len(c["evidence"]) == 1
                     and (c["evidence"][0]["start"], c["evidence"][0]["end"]) in index),
                    key=lambda c: c["evidence"][0]["start"])

    def place(c: dict[str, Any]) -> int:
        return index[(c["evidence"][0]["start"], c["evidence"][0]["end"])]

    runs: list[list[dict[str, Any]]] = []
    for c in quotes:
        run = runs[-1] if runs else []
        if run and c["speaker"] == run[-1]["speaker"] and place(c) == place(run[-1]) + 1 \
                and _left_open(" ".join(g["evidence"][0]["text"] for g in run)) \
                and not (c.get("core") and any(g.get("core") for g in run)) \
                and not re.search(r"\S\s+[“\"]\S", c["evidence"][0]["text"].strip()):
            run.append(c)  # (a sentence that opens a mark after words of its own: 'X then said: "B' starts anew)
        else:
            runs.append([c])
    merged = {id(c): run for run in runs if len(run) > 1 for c in run}
    out = []
    for c in claims:
        run = merged.get(id(c))
        if run is None:
            out.append(c)
        elif c is run[0]:
            out.append(_one_claim(run))
    return out


def _one_claim(run: list[dict[str, Any]]) -> dict[str, Any]:
    """Claims of one speaker that are one quotation: one claim with every sentence's evidence, in order."""
    named = next((c for c in run if c.get("core")), run[0])
    notes = [c["note"] for c in run if c.get("note")]
    return {"speaker": run[0]["speaker"], "speaker_text": named["speaker_text"],
            "text": " ".join(c["text"] for c in run), "kind": "quote", "core": any(c.get("core") for c in run),
            "evidence": [e for c in run for e in c["evidence"]]} | ({"note": " / ".join(notes)} if notes else {})


def _left_open(words: str) -> bool:
    """Whether a stretch of text opens a quotation mark it does not close."""
    return words.count("“") > words.count("”") or words.count('"') % 2 == 1


def _note(item: dict[str, Any]) -> dict[str, Any]:
    return {"note": item["note"]} if "note" in item else {}


def _said(sentence: str) -> str:
    return " ".join(sentence.split()).strip("“”\"")


def build(source: dict[str, Any], articles: Path) -> dict[str, dict[str, Any]]:
    """The gold of each split, from the annotation source and the article texts."""
    out = {name: {"format": "conflictgraph-gold/1", "note": source["note"].strip() + f" Split: {name}.",
                  "documents": [], "actors": [], "relations": [], "events": [], "claims": []} for name in SPLITS}
    places = {key: _place(p) for key, p in source["places"].items()}
    used: dict[str, set[str]] = {name: set() for name in SPLITS}
    local: dict[str, tuple[str, dict[str, Any]]] = {}
    for document in source["documents"]:
        doc_id, name = document["id"], split(document["id"])
        gold = out[name]
        gold["documents"].append({
            "id": doc_id, "title": document["title"], "outlet": document.get("outlet"),
            "published": _date(document["published"]), "published_note": document.get("published_note", ""),
            "duplicates": []})
        for key, actor in (document.get("actors") or {}).items():
            if key in source["actors"] or key in local:
                raise SystemExit(f"{doc_id}: actor id {key} given twice")
            local[key] = (doc_id, actor)
        for key, p in (document.get("places") or {}).items():
            if key in places:
                raise SystemExit(f"{doc_id}: place {key} given twice")
            places[key] = _place(p)
        known = {k: a for k, a in source["actors"].items() if doc_id in a.get("documents", [doc_id])} \
            | {k: a for k, (d, a) in local.items() if d == doc_id}
        doc = _Document(doc_id, (articles / name / f"{doc_id}.txt").read_text(encoding="utf-8"), known, used[name])
        for i, r in enumerate(document.get("relations") or []):
            gold["relations"].append(doc.relation(r, f"{doc_id} relation {i}"))
        for i, e in enumerate(document.get("events") or []):
            gold["events"].append({"id": f"{doc_id}-e{i}"} | doc.event(e, f"{doc_id} event {i}", places))
        claims = doc.quote_blocks_and_claims(document)
        gold["claims"].extend(fold_quotes(doc.text, claims))
    ids = {document["id"] for document in source["documents"]}
    for key, a in source["actors"].items():
        if not set(a.get("documents", [])) <= ids:
            raise SystemExit(f"actor {key}: documents not annotated: {sorted(set(a['documents']) - ids)}")
    for name in SPLITS:
        out[name]["relations"] = _one_per_tie(out[name]["relations"])
        for key in sorted(used[name]):
            if key in local:
                a, scope = local[key][1], [local[key][0]]
            else:  # a shared actor, or one local to the few articles its "documents" lists
                a = source["actors"][key]
                scope = [d for d in a.get("documents", []) if split(d) == name] or None
            out[name]["actors"].append({"id": key, "name": a["name"], "kind": a["kind"],
                                        "aliases": a.get("aliases", []), "country": a.get("country")}
                                       | ({"documents": scope} if scope else {}))
    return out


def _one_per_tie(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A tie stated in several articles is one relation with the evidence of each (the bundle's rule, and the
    seed gold's): core if any of its statements is."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in relations:
        key = (r["subject"], r["predicate"], r["object"])
        if key not in merged:
            merged[key] = dict(r, evidence=list(r["evidence"]))
            continue
        kept = merged[key]
        kept["core"] = kept["core"] or r["core"]
        kept["evidence"] += [e for e in r["evidence"] if e not in kept["evidence"]]
        if "note" in r:
            kept["note"] = "; ".join(n for n in (kept.get("note"), r["note"]) if n)
    return list(merged.values())


def _place(p: list[Any]) -> dict[str, Any]:
    """[name, country, lat, lon], optionally followed by the GeoNames id and the level (docs/bundle.md: "admin1" for a
    province or state), which the scorer matches on where the prediction gives them too (docs/evaluation.md)."""
    name, country, lat, lon, *rest = p
    place = {"name": name, "country": country, "lat": lat, "lon": lon}
    return place | dict(zip(("geonames_id", "level"), rest, strict=False))


def as_bundle(gold: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A gold as the bundle a perfect extractor of it would write: a mention on every occurrence of an alias of one of
    its actors (an actor local to some documents only there), its items as predicted. A document's own actor wins
    over a shared one of the same alias, as in the scorer ("Mr Johnson" of a business story is its Kevin Johnson, not
    the shared Boris Johnson). tests/test_news_gold.py scores the gold against it; tools/annotation_agreement.py
    scores one annotation against another with it."""
    from conflictgraph.evaluate import alias_occurrences

    mentions = []
    for doc_id, text in texts.items():
        aliases: dict[str, str] = {}
        for actor in sorted(gold["actors"], key=lambda a: "documents" not in a):
            if doc_id in actor.get("documents", [doc_id]):
                for alias in actor["aliases"] + [actor["name"]]:
                    aliases.setdefault(alias, actor["id"])
        mentions += [{"document": doc_id, "start": s, "end": e, "text": text[s:e], "type": "ORG", "actor": a}
                     for s, e, a in alias_occurrences(text, aliases)]
    documents = [d | {"text": texts[d["id"]]} for d in gold["documents"]]
    return {"documents": documents, "actors": gold["actors"], "mentions": mentions, "relations": gold["relations"],
            "events": gold["events"], "claims": gold["claims"]}


def load_source(path: Path = GOLD_DIR / "annotations.yaml") -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_articles(source: dict[str, Any]) -> None:
    """Each annotated article as ID.txt (the corpus text, verbatim) and ID.meta.json, in its split's folder."""
    corpus = {}
    for name in ("trnews-dev.jsonl", "re3d-dev.jsonl"):
        for line in (SHARED_EVAL / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            key = record["id"] if name.startswith("trnews") else "re3d_" + record["id"]
            corpus[key] = record
    for document in source["documents"]:
        record = corpus[document["id"]]
        folder = GOLD_DIR / "articles" / split(document["id"])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{document['id']}.txt").write_text(record["text"], encoding="utf-8")
        meta = {"url": record.get("url") or record.get("source_url"), "outlet": document.get("outlet"),
                "published": _date(document["published"]), "title": document["title"]}
        (folder / f"{document['id']}.meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_gold(path: Path, gold: dict[str, Any]) -> None:
    path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(gold['documents'])} documents, {len(gold['events'])} events, "
          f"{len(gold['relations'])} relations, {len(gold['claims'])} claims")


def build_second(path: Path = SECOND) -> dict[str, Any]:
    """A second annotation's gold (agreement/second, or agreement/third, the second sample): its articles are DEV
    articles of the first, so it is all DEV."""
    return build(load_source(path.with_suffix(".yaml")), GOLD_DIR / "articles")["dev"]


def main(argv: list[str]) -> int:
    if argv[:1] in (["second"], ["third"]):
        path = GOLD_DIR / "agreement" / argv[0]
        write_gold(path.with_suffix(".json"), build_second(path))
        return 0
    source = load_source()
    if argv[:1] == ["articles"]:
        write_articles(source)
    elif argv[:1] == ["gold"]:
        for name, gold in build(source, GOLD_DIR / "articles").items():
            write_gold(GOLD_DIR / f"{name}.json", gold)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
