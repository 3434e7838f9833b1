"""Time story grouping (and duplicate indexing) on a synthetic stream of news articles.

Usage: python benchmarks/stories_scale.py [--events 2000] [--seed 7]

The generator makes `events` events spread over a year, each covered by 2-8 outlets within three
days; events belong to topics that share vocabulary (a beat), and every article is mostly generic
filler. It reports seconds, peak traced memory, comparisons made and pairwise P/R/F1 against the
generator's own events. A share of articles are planted wire copies, found with `DuplicateIndex`
and passed to the grouper as `duplicate_of`, as the store would.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.dedup import DuplicateIndex  # noqa: E402
from bot.stories import StoryGrouper, StoryInput  # noqa: E402

SYLLABLES = (
    "ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi vo za ze"
).split()
OUTLETS = ["wire", "times", "post", "herald", "tribune", "globe", "courier", "gazette"]
GENERIC_WORDS = 4000
TOPICS = 60
TOPIC_WORDS = 120
EVENT_WORDS = 20
EVENT_NAMES = 6
WIRE_COPY_SHARE = 0.1  # articles that reprint the event's first report with light edits


def _vocabulary(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    words = []
    while len(words) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def _reprint(rng: random.Random, text: str) -> str:
    """A wire copy: credit line added, one sentence dropped, one word changed."""
    sentences = text.split(". ")
    del sentences[rng.randrange(len(sentences))]
    words = ". ".join(sentences).split()
    words[rng.randrange(len(words))] = "edited"
    return "(Wire) - " + " ".join(words)


def generate(events: int, seed: int) -> tuple[list[StoryInput], dict[int, int], set[int]]:
    """Synthetic articles in publication order, each article's true event, the planted copies."""
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
        first_report = None
        for outlet in rng.sample(OUTLETS, rng.randint(2, 8)):
            when = begins + timedelta(minutes=rng.randrange(3 * 24 * 60))
            if first_report is not None and rng.random() < WIRE_COPY_SHARE:
                text = _reprint(rng, first_report[1])
                drafts.append((max(when, first_report[0]), "Wire: " + first_report[2], text,
                               outlet, event, True))
                continue
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
            text = " ".join(sentences)
            if first_report is None:
                first_report = (when, text, title)
            drafts.append((when, title, text, outlet, event, False))
    drafts.sort(key=lambda d: (d[0], d[5]))
    articles, truth, copies = [], {}, set()
    for i, (when, title, text, outlet, event, copy) in enumerate(drafts, start=1):
        articles.append(StoryInput(id=i, title=title, text=text, outlet=outlet, published=when))
        truth[i] = event
        if copy:
            copies.add(i)
    return articles, truth, copies


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
    articles, truth, copies = generate(args.events, args.seed)
    n = len(articles)
    print(f"{n} articles, {args.events} events, {len(copies)} planted wire copies")

    index = DuplicateIndex()
    started = time.perf_counter()
    originals = {a.id: index.add(a.id, a.text) for a in articles}
    elapsed = time.perf_counter() - started
    flagged = {i for i, original in originals.items() if original is not None}
    print(f"duplicate index: {elapsed:.2f} s ({1000 * elapsed / n:.2f} ms/article), "
          f"{len(flagged & copies)}/{len(copies)} copies found, "
          f"{len(flagged - copies)} false flags, {index.comparisons} candidate checks")

    marked = [replace(a, duplicate_of=originals[a.id]) for a in articles]
    started = time.perf_counter()
    grouper = run(marked)
    elapsed = time.perf_counter() - started
    groups = [s.article_ids for s in grouper.stories()]
    p, r, f = pairwise(groups, truth)
    print(f"grouping: {elapsed:.2f} s ({1000 * elapsed / n:.2f} ms/article), "
          f"{len(groups)} stories, {grouper.comparisons} comparisons "
          f"(all pairs would be {n * (n - 1) // 2})")
    print(f"pairwise vs generator events: P={p:.4f} R={r:.4f} F1={f:.4f}")

    tracemalloc.start()
    run(marked)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"grouping peak traced memory: {peak / 2**20:.1f} MiB")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS (generator, index, two groupers): {peak_rss:.0f} MiB")


if __name__ == "__main__":
    main()
