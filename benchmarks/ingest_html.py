"""Benchmark: end-to-end ingest of saved .html files (read, decode, trafilatura extraction, metadata).

Builds N pages in a temporary folder from the seed articles' paragraphs, wrapped in a realistic
page shell (navigation, sidebar, related links, footer, metadata), half of them in windows-1252
without a declared charset, then times `article_from_html_file` over all of them. With `--store`, each draft also goes
through the ingest pipeline into a fresh SQLite database (dedup, storage, quote extraction).

    PYTHONPATH=. /work/venv/bin/python benchmarks/ingest_html.py [N] [--store]

Target from the issue: at least 100 articles/s.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from bot.config import SEEDS_DIR
from bot.ingest.pages import article_from_html_file

SHELL = """<!DOCTYPE html><html lang="en"><head>{charset}<title>{title} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2025-06-{day:02d}T{hour:02d}:15:00+02:00">
<meta name="author" content="Desk {number}">
<link rel="canonical" href="https://gazette.example/world/{number}">
<script>window.dataLayer = [];</script><style>body {{ font-family: serif; }}</style></head><body>
<header><nav><ul>{menu}</ul></nav><form><input name="q"><button>Search</button></form></header>
<main><article><h1>{title}</h1><p class="byline">By Desk {number}</p>{paragraphs}</article>
<aside><h2>Most read</h2><ul>{related}</ul></aside></main>
<footer><p>Sign up for our newsletter.</p><p>&copy; The Harbour Gazette. All rights reserved.</p></footer>
</body></html>"""


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        paragraphs += [part.strip() for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]
    return paragraphs


def build_pages(folder: Path, count: int) -> list[Path]:
    rng = random.Random(42)
    pool = seed_paragraphs()
    menu = "".join(f'<li><a href="/{name}">{name.title()}</a></li>' for name in ("world", "politics", "business", "sport", "culture"))
    paths = []
    for number in range(count):
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(6, 14)))
        legacy = number % 2 == 1
        html = SHELL.format(
            charset="" if legacy else '<meta charset="utf-8">',
            title=chosen[0][:70].rsplit(" ", 1)[0],
            day=1 + number % 28,
            hour=number % 24,
            number=number,
            menu=menu,
            paragraphs="".join(f"<p>{paragraph}</p>" for paragraph in chosen),
            related="".join(f'<li><a href="/world/{number + k}">Related story {k}</a></li>' for k in range(1, 6)),
        )
        path = folder / f"page_{number:04d}.html"
        path.write_bytes(html.encode("cp1252", errors="replace") if legacy else html.encode("utf-8"))
        paths.append(path)
    return paths


def store_drafts(folder: Path, drafts: list) -> str:
    """Put drafts through the ingest pipeline into a new SQLite store; the report's summary."""
    from bot.ingest.pipeline import ingest_drafts
    from bot.store.database import Store

    store = Store(f"sqlite:///{folder / 'bench.db'}")
    store.migrate()
    report = ingest_drafts(store, [(draft.source_path or "", draft) for draft in drafts])
    store.dispose()
    return report.summary_line()


def main() -> None:
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    count = int(numbers[0]) if numbers else 500
    with tempfile.TemporaryDirectory() as folder:
        paths = build_pages(Path(folder), count)
        article_from_html_file(paths[0], max_bytes=5_000_000)  # warm-up: imports and caches
        started, cpu_started = time.perf_counter(), time.process_time()
        drafts = [article_from_html_file(path, max_bytes=5_000_000) for path in paths]
        summary = store_drafts(Path(folder), drafts) if "--store" in sys.argv else "not stored"
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    dated = sum(draft.published is not None for draft in drafts)
    words = sum(len(draft.text.split()) for draft in drafts)
    # CPU time too: on a shared machine the wall clock also measures the neighbours.
    print(
        f"{count} pages in {elapsed:.2f} s: {count / elapsed:.0f} articles/s wall, "
        f"{count / cpu:.0f} articles per CPU-second ({words / count:.0f} words each, {dated} dated; {summary})"
    )


if __name__ == "__main__":
    main()
