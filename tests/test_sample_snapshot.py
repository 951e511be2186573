"""The sample page reads as it did: a regression guard for changes made for speed.

`tests/data/sample-document.json` holds what extraction reads from the repository's sample page (persons
with titles, organisations, places, events with dates, labels, places and organisers, participations, posts,
evidence spans). A change meant to make extraction faster must leave it as it is. A change meant to make
extraction better changes it on purpose: rewrite the snapshot with

    .venv/bin/python tests/test_sample_snapshot.py --update

and commit it with the change, so that the diff shows what the change reads differently.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE / "data" / "sample-document.json"
SAMPLE = HERE.parent / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"
PUBLISHED = dt.date(2020, 9, 11)


def document_summary(document) -> dict:
    """What a Document says, as plain JSON values (article texts left out, their spans kept)."""

    def plain(value):
        if dataclasses.is_dataclass(value):
            return {k: plain(v) for k, v in dataclasses.asdict(value).items()}
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def evidence(ev):
        return None if ev is None else [ev.article, ev.start, ev.end, list(ev.highlights)]

    return {
        "articles": [{"headline": a.headline, "byline": a.byline, "position": a.position,
                      "span": [a.page_start, a.page_end], "body_length": len(a.body),
                      "contributors": plain(a.contributors)} for a in document.articles],
        "facts": plain(document.facts),
        "persons": plain(document.persons),
        "organisations": plain(document.organisations),
        "places": plain(document.places),
        "events": {key: {**plain(dataclasses.replace(e, evidence=())),
                         "evidence": [evidence(x) for x in e.evidence]} for key, e in document.events.items()},
        "posts": [[p.label, p.holder, p.organisation, p.article, evidence(p.evidence)] for p in document.posts],
        "participations": [[p.person, p.event, p.role_label, p.role, evidence(p.evidence)]
                           for p in document.participations],
        "evidence": [[kind, key, evidence(ev)] for kind, key, ev in document.evidence],
    }


def read_sample_summary() -> dict:
    from graphbuilder.pipeline import extract_document
    from graphbuilder.reading import read_pages

    return document_summary(extract_document(read_pages([SAMPLE], published=PUBLISHED)))


def test_sample_snapshot_extraction_reads_the_sample_as_before():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(read_sample_summary(), ensure_ascii=False))
    if actual != expected:
        lines = []
        for part in expected.keys() | actual.keys():
            if expected.get(part) != actual.get(part):
                lines.append(f"{part}: expected {json.dumps(expected.get(part), ensure_ascii=False)[:600]}\n"
                             f"{' ' * len(part)}  actual   {json.dumps(actual.get(part), ensure_ascii=False)[:600]}")
        pytest.fail("the sample page reads differently (if on purpose, run "
                    "`.venv/bin/python tests/test_sample_snapshot.py --update`):\n" + "\n".join(lines))


# The sample's scores against the seed gold when the snapshot was taken: a change for speed keeps them.
SCORE_FLOOR = {"persons": 1.0, "titles": 1.0, "organisations_lenient": 0.93, "places_lenient": 1.0,
               "event_dates": 1.0, "attendance": 1.0}


def test_sample_snapshot_scores_do_not_drop(built_sample):
    import rdflib

    from graphbuilder.evaluation import evaluate

    from conftest import GOLD

    if not GOLD.exists():
        pytest.skip("gold annotation not beside this checkout")
    result = evaluate(rdflib.Graph().parse(built_sample[0] / "graph.ttl"), [GOLD])
    scores = {metric: round(result[metric]["f1"], 2) for metric in SCORE_FLOOR}
    assert all(scores[m] >= floor for m, floor in SCORE_FLOOR.items()), scores


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_sample_snapshot.py --update")
    SNAPSHOT.write_text(json.dumps(read_sample_summary(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
