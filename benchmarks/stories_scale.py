"""Time story grouping (and duplicate indexing) on a synthetic stream of news articles.

Usage: python benchmarks/stories_scale.py [--events 2000] [--seed 7]

The generator makes `events` events spread over a year, each covered by 2-8 outlets within three
days; events belong to topics that share vocabulary (a beat), and every article is mostly generic
filler. It reports seconds, peak traced memory, comparisons made and pairwise P/R/F1 against the
generator's own events.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.dedup import DuplicateIndex  # noqa: E402
from bot.stories import StoryGrouper, StoryInput  # noqa: E402

SYLLABLES = "ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo za ze".split()
OUTLETS = ["wire", "times", "post", "herald", "tribune", "globe", "courier", "gazette"]
GENERIC_WORDS = 4000
TOPICS = 60
TOPIC_WORDS = 120
EVENT_WORDS = 20
EVENT_NAMES = 6


def _vocabulary(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    words = []
    while len(words) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def generate(events: int, seed: int) -> tuple[list[StoryInput], dict[int, int]]:
    """Synthetic articles in publication order, and each article's true event."""
    rng = random.Random(seed)
    taken: set[str] = set()
    generic = _vocabulary(rng, GENERIC_WORDS, taken)
    zipf = list(accumulate(1 / (rank + 1) for rank in range(GENERIC_WORDS)))
    topics = [_vocabulary(rng, TOPIC_WORDS, taken) for _ in range(TOPICS)]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    drafts = []
    for event in range(events):
        topic = topics[rng.randrange(TOPICS)]
        words = _vocabulary(rng, EVENT_WORDS, taken) + rng.sample(topic, 10)
        names = [w.capitalize() for w in _vocabulary(rng, EVENT_NAMES, taken)]
        begins = start + timedelta(minutes=rng.randrange(365 * 24 * 60))
        for outlet in rng.sample(OUTLETS, rng.randint(2, 8)):
            sentences = []
            for _ in range(rng.randint(12, 30)):
                sentence = []
                for _ in range(rng.randint(10, 20)):
                    roll = rng.random()
                    if roll < 0.6:
                        sentence.append(rng.choices(generic, cum_weights=zipf)[0])
                    elif roll < 0.85:
                        sentence.append(rng.choice(topic))
                    elif roll < 0.96:
                        sentence.append(rng.choice(words))
                    else:
                        sentence.append(rng.choice(names))
                sentences.append(" ".join(sentence).capitalize() + ".")
            title = " ".join(rng.choice(words + names) for _ in range(7)).title()
            when = begins + timedelta(minutes=rng.randrange(3 * 24 * 60))
            drafts.append((when, title, " ".join(sentences), outlet, event))
    drafts.sort(key=lambda d: d[0])
    articles, truth = [], {}
    for i, (when, title, text, outlet, event) in enumerate(drafts, start=1):
        articles.append(StoryInput(id=i, title=title, text=text, outlet=outlet, published=when))
        truth[i] = event
    return articles, truth


def pairwise(groups: list[list[int]], truth: dict[int, int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of `groups` against `truth`, counted per cell."""
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    predicted = sum(pairs(len(g)) for g in groups)
    correct = sum(pairs(c) for g in groups for c in Counter(truth[i] for i in g).values())
    gold = sum(pairs(c) for c in Counter(truth.values()).values())
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(articles: list[StoryInput]) -> StoryGrouper:
    grouper = StoryGrouper()
    for article in articles:
        grouper.assign(article)
    return grouper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    articles, truth = generate(args.events, args.seed)
    n = len(articles)
    print(f"{n} articles, {args.events} events")

    started = time.perf_counter()
    grouper = run(articles)
    elapsed = time.perf_counter() - started
    groups = [s.article_ids for s in grouper.stories()]
    p, r, f = pairwise(groups, truth)
    print(f"grouping: {elapsed:.2f} s ({1000 * elapsed / n:.2f} ms/article), "
          f"{len(groups)} stories, {grouper.comparisons} comparisons "
          f"(all pairs would be {n * (n - 1) // 2})")
    print(f"pairwise vs generator events: P={p:.4f} R={r:.4f} F1={f:.4f}")

    tracemalloc.start()
    run(articles)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"grouping peak traced memory: {peak / 2**20:.1f} MiB")

    index = DuplicateIndex()
    started = time.perf_counter()
    found = sum(index.add(a.id, a.text) is not None for a in articles)
    elapsed = time.perf_counter() - started
    print(f"duplicate index: {elapsed:.2f} s for {n} adds, {found} flagged as duplicates, "
          f"{index.comparisons} candidate checks")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS: {peak_rss:.0f} MiB")


if __name__ == "__main__":
    main()
