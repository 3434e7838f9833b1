"""From drafts to stored, analysed articles. Each article is its own transaction: one bad
article is reported and the batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

from bot.analysis import analyse_article
from bot.ingest.errors import IngestError
from bot.ingest.files import JSON_SUFFIXES, TEXT_SUFFIXES, ArticleFileError, drafts_from_file, expand_paths
from bot.ingest.pages import article_from_html_file
from bot.ingest.urls import canonical_url, is_web_address
from bot.ingest.web import FetchPolicy, ingest_address
from bot.ingest.wire import wire_credit
from bot.models import ArticleDraft, IngestReport
from bot.store import articles as article_store
from bot.store.database import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
HTML_SUFFIXES = {".html", ".htm"}
FILE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES


class Outcome(StrEnum):
    NEW = "new"
    KNOWN = "known"
    UPDATED = "updated"


def store_draft(store: Store, draft: ArticleDraft) -> tuple[Outcome, int]:
    """Save one article: new, already known (same URL and text, or same text), or a revision."""
    canonical = canonical_url(draft.url) if draft.url else None
    if draft.wire_credit is None:
        draft = draft.model_copy(update={"wire_credit": wire_credit(draft.text, draft.author)})
    with store.session() as session:
        row = article_store.find_by_canonical_url(session, canonical)
        if row is not None:
            if row.content_hash == draft.content_hash:
                return Outcome.KNOWN, row.id
            article_store.revise_article(session, row, draft)
            analyse_article(session, row, revision=True)
            return Outcome.UPDATED, row.id
        row = article_store.find_by_content_hash(session, draft.content_hash)
        if row is not None:
            return Outcome.KNOWN, row.id
        row = article_store.insert_article(session, draft, canonical)
        analyse_article(session, row)
        return Outcome.NEW, row.id


def ingest_drafts(
    store: Store,
    drafts: Iterable[tuple[str, ArticleDraft | Exception]],
    report: IngestReport | None = None,
) -> IngestReport:
    report = report or IngestReport()
    for label, draft in drafts:
        if isinstance(draft, Exception):
            report.failed.append((label, str(draft)))
            continue
        try:
            outcome, article_id = store_draft(store, draft)
        except Exception as exc:  # one bad article must never stop the batch
            log.exception("could not store %s", label)
            report.failed.append((label, f"could not be stored: {exc}"))
            continue
        {Outcome.NEW: report.new, Outcome.KNOWN: report.known, Outcome.UPDATED: report.updated}[outcome].append(
            article_id
        )
    return report


def drafts_from_path(path: Path, max_bytes: int) -> list[ArticleDraft]:
    if not path.exists():
        raise ArticleFileError("no such file")
    if path.suffix.lower() in HTML_SUFFIXES:
        return [article_from_html_file(path, max_bytes=max_bytes)]
    return drafts_from_file(path, max_bytes)


def ingest_paths(
    store: Store, paths: Iterable[Path], max_bytes: int, progress: Progress | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Ingest files and folders; the report lists each failure with its reason."""
    report = report or IngestReport()
    files = list(expand_paths(paths, FILE_SUFFIXES))
    for done, path in enumerate(files, start=1):
        try:
            drafts = drafts_from_path(path, max_bytes)
        except (ArticleFileError, IngestError, OSError, ValueError) as exc:
            report.failed.append((str(path), str(exc)))
        else:
            labelled = [(f"{path}#{i}" if len(drafts) > 1 else str(path), d) for i, d in enumerate(drafts)]
            ingest_drafts(store, labelled, report)
        if progress:
            progress(done, len(files), str(path))
    return report


def ingest_locations(
    store: Store, locations: Iterable[str], policy: FetchPolicy, progress: Progress | None = None
) -> IngestReport:
    """`newsdesk ingest URL|FILE|DIR`: web addresses are fetched (a feed yields all its entries)."""
    report = IngestReport()
    paths = []
    for location in locations:
        if not is_web_address(location):
            paths.append(Path(location))
            continue
        outcome = ingest_address(location, policy=policy)
        if outcome.error:
            report.failed.append((location, outcome.error))
        for problem in outcome.problems:
            log.info("%s: %s", location, problem)
        ingest_drafts(store, [(d.url or location, d) for d in outcome.drafts], report)
    return ingest_paths(store, paths, policy.max_bytes, progress, report)
