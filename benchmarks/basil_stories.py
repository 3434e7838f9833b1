"""Group BASIL articles into stories with `StoryGrouper` and write them for basil_score.py.

Usage: python benchmarks/basil_stories.py [--years 2010,2011] [--no-dates] ARTICLES_DIR OUT.json
then:  python3 /work/shared/tools/basil_score.py ARTICLES_DIR OUT.json

Only headline, body, outlet, date and URL are read; the gold event fields (triplet-uuid,
main-event, main-entities, keywords) are never looked at. `--no-dates` gives every article the
same date, so grouping must rest on content alone (a stress test of precision).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.stories import StoryGrouper, StoryInput  # noqa: E402

READ_FIELDS = ("title", "date", "url", "source", "body-paragraphs")


def load(articles_dir: Path, years: set[str] | None) -> list[dict]:
    """The BASIL article files under `articles_dir`, reduced to the fields a feed would carry."""
    articles = []
    for path in sorted(articles_dir.rglob("*.json")):
        if years and path.parent.name not in years:
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        articles.append({key: raw.get(key) for key in READ_FIELDS})
    return articles


def body(article: dict) -> str:
    paragraphs = article.get("body-paragraphs") or []
    return "\n\n".join(" ".join(sentences) for sentences in paragraphs)


def published(article: dict, ignore_dates: bool) -> datetime:
    if ignore_dates or not article.get("date"):
        return datetime(2000, 1, 1, tzinfo=UTC)
    return datetime.fromisoformat(article["date"]).replace(tzinfo=UTC)


def group(articles: list[dict], ignore_dates: bool = False) -> list[dict]:
    grouper = StoryGrouper()
    inputs = [
        StoryInput(
            id=i,
            title=a.get("title") or "",
            text=body(a),
            outlet=(a.get("source") or "unknown").lower(),
            published=published(a, ignore_dates),
        )
        for i, a in enumerate(articles)
    ]
    grouper.rebuild(inputs)
    out = []
    for story in grouper.stories():
        out.append(
            {
                "id": story.key,
                "title": story.title,
                "articles": [
                    {
                        "url": articles[i]["url"],
                        "outlet": inputs[i].outlet,
                        "title": inputs[i].title,
                        "published": articles[i].get("date"),
                    }
                    for i in story.article_ids
                ],
            }
        )
    print(f"{len(articles)} articles -> {len(out)} stories, "
          f"{grouper.comparisons} comparisons", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", help="comma-separated year folders to include")
    parser.add_argument("--no-dates", action="store_true", help="ignore publication dates")
    args = parser.parse_args()
    years = set(args.years.split(",")) if args.years else None
    stories = group(load(args.articles_dir, years), ignore_dates=args.no_dates)
    args.out.write_text(json.dumps(stories, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
