"""How discrepancy finding grows with the size of a story.

Builds stories of 2, 4, … copies of the two seed articles (each copy its own outlet, with its
figures nudged so there is something to compare) and times `find_discrepancies`.

    PYTHONPATH=. /work/venv/bin/python benchmarks/discrepancies_scaling.py
"""

from __future__ import annotations

import time

from bot.discrepancies import find_discrepancies
from tests.seed_story import seed_story


def story_of(copies: int):
    articles = []
    for n in range(copies):
        first, second = seed_story(second_edits={"25 million tonnes": f"{25 + n} million tonnes"})
        for article in (first, second):
            articles.append(article.model_copy(update={"id": len(articles) + 1, "outlet": f"Outlet {len(articles) + 1}"}))
    return articles


def main() -> None:
    for copies in (1, 2, 4, 8, 16):
        story = story_of(copies)
        claims = sum(len(article.claims) for article in story)
        started = time.perf_counter()
        found = find_discrepancies(story)
        elapsed = time.perf_counter() - started
        print(f"{len(story):3d} articles, {claims:4d} claims: {elapsed * 1000:7.1f} ms, "
              f"{len(found)} discrepancies")


if __name__ == "__main__":
    main()
