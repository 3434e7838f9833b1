"""Throughput of `bot.extract.extract` on PolNeAR-sized articles, in one process.

Usage: python benchmarks/extract_throughput.py [TEXT_DIR] [PASSES] [ROUNDS]
TEXT_DIR defaults to ../shared/corpora/polnear/dev/text (next to the project checkout).
Prints articles per second over all passes; the analysis cache is cleared between passes so
every article is really extracted each time. With ROUNDS > 1 the passes are timed that many
times and the best and median rounds are printed too: on a shared virtual machine one round
can vary by a third, and the best round is the one least disturbed by neighbours (as `timeit`
reports its best). The garbage collector is tuned as the `newsdesk` command and its analysis
workers tune it (`bot.runtime`); NEWSDESK_BENCH_DEFAULT_GC=1 keeps Python's defaults.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from bot.extract import extract
from bot.extract.attribution import analyse
from bot.runtime import tune_garbage_collector

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "polnear" / "dev" / "text"


def one_round(texts: list[str], passes: int) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and quotes found, over `passes` passes of every text."""
    quotes = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(passes):
        analyse.cache_clear()
        for text in texts:
            quotes += len(extract(text).quotes)
    return time.process_time() - cpu_start, time.perf_counter() - start, quotes


def main(text_dir: Path, passes: int, rounds: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt articles in {text_dir}")
    if os.environ.get("NEWSDESK_BENCH_DEFAULT_GC") != "1":
        tune_garbage_collector()
    chars = sum(len(t) for t in texts)
    n = len(texts) * passes
    rates = []
    for _ in range(rounds):
        cpu, elapsed, quotes = one_round(texts, passes)
        rates.append(n / cpu)
        # CPU time is the figure that holds on a shared machine; wall time shows contention.
        print(f"{n} articles ({chars // len(texts)} chars on average): "
              f"{n / cpu:.0f} articles/s of CPU time ({cpu:.2f}s), "
              f"{n / elapsed:.0f} articles/s wall clock ({elapsed:.2f}s); "
              f"{quotes // passes} quotes per pass")
    if rounds > 1:
        print(f"{rounds} rounds: best {max(rates):.0f}, median {statistics.median(rates):.0f}, "
              f"worst {min(rates):.0f} articles/s of CPU time")


if __name__ == "__main__":
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    main(directory, int(sys.argv[2]) if len(sys.argv) > 2 else 3, int(sys.argv[3]) if len(sys.argv) > 3 else 1)
