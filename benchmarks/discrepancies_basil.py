"""Run discrepancy finding over BASIL story triplets (same event, three outlets).

Reads the corpus at run time from /work/shared/corpora/basil (never copied into the repo).
Quotes come from --extractions (a JSON of Extraction per article uuid written by the quote
extractor); without it only the claim-based finders have anything to read. Prints counts per kind, timing, and with
--show the summaries for hand-checking precision.

    PYTHONPATH=. /work/venv/bin/python benchmarks/discrepancies_basil.py [--show] [--limit N]
        [--extractions extractions.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from bot.discrepancies import find_discrepancies
from bot.extract.claims import extract_claims
from bot.models import ArticleEvidence, Extraction

BASIL = Path("/work/shared/corpora/basil/articles")


def load_triplets(limit: int | None, extractions: dict | None = None) -> list[list[ArticleEvidence]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(BASIL.glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        groups[record["triplet-uuid"]].append(record)
    stories = []
    for i, records in enumerate(groups.values()):
        if limit is not None and i >= limit:
            break
        stories.append([_article(n, r, (extractions or {}).get(r["uuid"])) for n, r in enumerate(records, start=1)])
    return stories


def _article(number: int, record: dict, extraction: dict | None) -> ArticleEvidence:
    paragraphs = record.get("body-paragraphs") or []
    text = "\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
    published = datetime.fromisoformat(record["date"]).replace(tzinfo=UTC) if record.get("date") else None
    found = Extraction.model_validate(extraction) if extraction else Extraction()
    return ArticleEvidence(
        id=number, outlet=record.get("source", "?"), url=record.get("url"), title=record.get("title", ""),
        text=text, published=published, quotes=found.quotes, claims=extract_claims(text, found, published),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--extractions", type=Path,
                        help="JSON of Extraction per BASIL uuid, made by the quote extractor")
    args = parser.parse_args()
    started = time.perf_counter()
    extractions = json.loads(args.extractions.read_text()) if args.extractions else None
    stories = load_triplets(args.limit, extractions)
    loaded = time.perf_counter()
    kinds: Counter[str] = Counter()
    claims = sum(len(a.claims) for story in stories for a in story)
    for story in stories:
        for discrepancy in find_discrepancies(story):
            kinds[discrepancy.kind.value] += 1
            if args.show:
                print(f"[{discrepancy.kind.value} {discrepancy.confidence}] {discrepancy.summary}")
                for evidence in discrepancy.evidence:
                    print(f"    {evidence.outlet}: {evidence.sentence[:160]}")
    done = time.perf_counter()
    print(f"{len(stories)} stories, {claims} claims extracted in {loaded - started:.2f}s; "
          f"discrepancies in {done - loaded:.2f}s: {dict(kinds)}")


if __name__ == "__main__":
    main()
