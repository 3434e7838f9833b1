"""Benchmark: `newsdesk ingest DIR` end to end on local files, extraction included.

Writes N text articles (paragraphs of the seed articles reshuffled, with invented names, so
no two are duplicates) with front matter into a temporary folder, then times `Desk.ingest`
into a fresh SQLite file: read, decode, store, quotes, claims, wire-copy check, stories.

    python benchmarks/ingest_files.py [N]        # default 1000

Target from the issue: at least 100 articles/s.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import SEEDS_DIR, Settings  # noqa: E402
from bot.desk import Desk  # noqa: E402
from bot.store.database import Store  # noqa: E402

NAMES = ["Ada Lowe", "Ben Okafor", "Chen Wei", "Dana Ruiz", "Eli Sato", "Farah Khan", "Gus Moller", "Hana Ito"]


def write_articles(folder: Path, count: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    paragraphs = [p.strip() for f in sorted(SEEDS_DIR.glob("*.txt")) for p in f.read_text("utf-8").split("\n") if p.strip()]
    for number in range(count):
        body = rng.sample(paragraphs, 8)
        speaker = rng.choice(NAMES)
        body.insert(rng.randrange(len(body)), f"“We expect a decision on case {number} within days,” said {speaker}.")
        text = "\n\n".join(p.replace("Trump", rng.choice(NAMES).split()[1]) for p in body)
        front = f"---\ntitle: Report {number}\noutlet: Outlet {number % 7}\nurl: https://bench.example/{number}\n" \
                f"published: 2026-02-{1 + number % 28:02d}T09:00:00+00:00\n---\n"
        (folder / f"{number:05d}.md").write_text(front + text, encoding="utf-8")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, count)
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = Store(url)
        store.migrate()
        desk = Desk(Settings(_env_file=None, database_url=url), store)
        started, cpu = time.perf_counter(), time.process_time()
        report = desk.ingest([folder])
        wall, used = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingested {report.summary_line()} from {count} files in {wall:.1f} s: "
          f"{count / wall:.0f} articles/s ({count / used:.0f} per CPU-second), peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
