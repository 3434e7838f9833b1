"""Benchmark: the `/quotes` path (parse, search, render) over 100,000 synthetic quotes in SQLite.

    python benchmarks/quotes_path.py [--quotes 100000] [--db /tmp/newsdesk-bench.db] [--threads 8]

Builds (or reuses) a corpus of articles whose quotes come from a few hundred speakers and a
mixed vocabulary, then times `answer_quotes` (the function the Slack handler and the CLI call)
for a spread of queries: speaker + topic, typos, topic only, phrases and filters. Reports p50,
p95 and max, alone and with several threads searching at once.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import Settings  # noqa: E402
from bot.desk import Desk  # noqa: E402
from bot.models import ArticleDraft, Extraction, Quote, SpeakerKind  # noqa: E402
from bot.store.articles import insert_article, save_extraction  # noqa: E402
from bot.store.database import Store  # noqa: E402
from handlers.commands.quotes import answer_quotes  # noqa: E402

TOPICS = ["taiwan", "soybeans", "tariffs", "ukraine", "iran", "energy", "election", "budget", "climate",
          "border", "vaccine", "inflation", "housing", "pipeline", "semiconductors", "sanctions"]
QUOTES_PER_ARTICLE = 10
QUERIES = ["Xi Taiwan", "Trump soybeans", "Tawain", "Jinpin Tawain", "tariffs inflation", "from:Trump since:30d",
           '"trade talks"', "Speaker17 border", "outlet:Outlet3 energy", "Speaker250", "climate budget housing"]


def pseudo_words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "tor", "sa", "vel", "dun", "pri", "ost", "al", "be", "cor", "dis"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def build_corpus(store: Store, quotes: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocabulary = pseudo_words(rng, 20_000)
    speakers = ["Xi Jinping", "Donald Trump"] + [f"Speaker{i} Surname{i}" for i in range(2, 400)]
    articles = quotes // QUOTES_PER_ARTICLE
    started = time.perf_counter()
    for a in range(articles):
        topic = rng.choice(TOPICS)
        body, extracted = [], []
        for _ in range(QUOTES_PER_ARTICLE):
            words = rng.sample(vocabulary, 12) + [topic, rng.choice(TOPICS)]
            rng.shuffle(words)
            said = " ".join(words).capitalize() + "."
            sentence = f"“{said}” said {rng.choice(speakers)} during trade talks."
            start = len(" ".join(body)) + (1 if body else 0) + 1
            body.append(sentence)
            extracted.append(Quote(text=said, spans=[(start, start + len(said))], speaker=sentence.split(" said ")[1].split(" during")[0],
                                   speaker_kind=SpeakerKind.PERSON, sentence=sentence, confidence=rng.random()))
        draft = ArticleDraft(text=" ".join(body), title=f"Article {a} on {topic}", outlet=f"Outlet{a % 40}",
                             url=f"https://bench.example/{a}")
        with store.session() as session:
            row = insert_article(session, draft, draft.url)
            save_extraction(session, row, Extraction(quotes=extracted), claims=[])
        if a % 1000 == 0:
            print(f"  built {a * QUOTES_PER_ARTICLE:,} quotes in {time.perf_counter() - started:.0f}s", flush=True)


def percentile(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100)[int(q) - 1] if len(samples) > 1 else samples[0]


def time_queries(desk: Desk, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            answer_quotes(desk, query)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/newsdesk-bench-quotes.db")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()

    fresh = not Path(args.db).exists()
    store = Store(f"sqlite:///{args.db}")
    store.migrate()
    if fresh:
        print(f"building {args.quotes:,} quotes in {args.db} …", flush=True)
        build_corpus(store, args.quotes)
    desk = Desk(Settings(_env_file=None, database_url=f"sqlite:///{args.db}"), store)
    answer_quotes(desk, "warm up")

    alone = time_queries(desk, args.rounds)
    print(f"/quotes path, 1 thread, {len(alone)} searches: p50 {percentile(alone, 50):.1f} ms, "
          f"p95 {percentile(alone, 95):.1f} ms, max {max(alone):.1f} ms")

    loaded: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        samples = time_queries(desk, max(1, args.rounds // 4))
        with lock:
            loaded.extend(samples)

    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"/quotes path, {args.threads} threads at once, {len(loaded)} searches: p50 {percentile(loaded, 50):.1f} ms, "
          f"p95 {percentile(loaded, 95):.1f} ms, max {max(loaded):.1f} ms")


if __name__ == "__main__":
    main()
