"""From drafts to stored, analysed articles. Each article is its own transaction: one bad
article is reported and the batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from bot.analysis import Analysis, analyse_draft, apply_analysis
from bot.ingest.errors import IngestError
from bot.ingest.files import JSON_SUFFIXES, TEXT_SUFFIXES, ArticleFileError, drafts_from_file, expand_paths
from bot.ingest.pages import article_from_html_file
from bot.ingest.urls import canonical_url, is_web_address
from bot.ingest.web import FetchPolicy, ingest_address
from bot.ingest.wire import wire_credit
from bot.models import ArticleDraft, IngestReport
from bot.runtime import tune_garbage_collector
from bot.store import articles as article_store
from bot.store.database import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
HTML_SUFFIXES = {".html", ".htm"}
# Worker processes take about a second to start; below this many new articles they cost more than they save.
PARALLEL_MIN_DRAFTS = 64
_UNDATED = datetime.max.replace(tzinfo=UTC)  # undated articles go last: they arrived "now"
BATCH_FILES = 256
FILE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES


class Outcome(StrEnum):
    NEW = "new"
    KNOWN = "known"
    UPDATED = "updated"


def _with_wire_credit(draft: ArticleDraft) -> ArticleDraft:
    if draft.wire_credit is None:
        return draft.model_copy(update={"wire_credit": wire_credit(draft.text, draft.author)})
    return draft


def known_outcome(store: Store, draft: ArticleDraft) -> tuple[Outcome, int] | None:
    """KNOWN and the id when this exact article is stored already (same URL and text, or same text)."""
    return known_outcomes(store, [draft])[0]


def known_outcomes(store: Store, drafts: list[ArticleDraft]) -> list[tuple[Outcome, int] | None]:
    """`known_outcome` for a batch, in two queries rather than two per article."""
    canonicals = [canonical_url(d.url) if d.url else None for d in drafts]
    with store.session() as session:
        by_url = article_store.hashes_by_canonical_url(session, {c for c in canonicals if c})
        by_hash = article_store.ids_by_content_hash(session, {d.content_hash for d in drafts})
    outcomes: list[tuple[Outcome, int] | None] = []
    for draft, canonical in zip(drafts, canonicals):
        if canonical in by_url:
            article_id, content_hash = by_url[canonical]
            outcomes.append((Outcome.KNOWN, article_id) if content_hash == draft.content_hash else None)
        elif draft.content_hash in by_hash:
            outcomes.append((Outcome.KNOWN, by_hash[draft.content_hash]))
        else:
            outcomes.append(None)
    return outcomes


def store_draft(store: Store, draft: ArticleDraft, analysis: Analysis | None = None) -> tuple[Outcome, int]:
    """Save one article: new, already known (same URL and text, or same text), or a revision.
    The checks are repeated inside the transaction: another process may have stored it since."""
    canonical = canonical_url(draft.url) if draft.url else None
    draft = _with_wire_credit(draft)
    if analysis is None:
        known = known_outcome(store, draft)
        if known:
            return known
        # The CPU-heavy part runs before the transaction opens, so writers wait on no one.
        analysis = analyse_draft(draft)
    with store.session() as session:
        row = article_store.find_by_canonical_url(session, canonical)
        if row is not None:
            if row.content_hash == draft.content_hash:
                return Outcome.KNOWN, row.id
            article_store.revise_article(session, row, draft)
            apply_analysis(session, row, analysis, revision=True)
            return Outcome.UPDATED, row.id
        row = article_store.find_by_content_hash(session, draft.content_hash)
        if row is not None:
            return Outcome.KNOWN, row.id
        row = article_store.insert_article(session, draft, canonical)
        apply_analysis(session, row, analysis)
        return Outcome.NEW, row.id


@contextmanager
def analysis_pool(workers: int, expected: int) -> Iterator[Executor | None]:
    """Worker processes for a bulk ingest, or None when the batch is too small to pay for them."""
    if workers < 1 or expected < PARALLEL_MIN_DRAFTS:
        yield None
        return
    # spawn, not fork: the app process runs threads (Bolt, scheduler) that fork would copy mid-lock.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=tune_garbage_collector) as pool:
        yield pool


@dataclass
class PreparedBatch:
    """New or changed drafts in the order they will be stored, each with its analysis under way
    in a worker process (None: it is analysed in process when stored)."""

    pending: list[tuple[str, ArticleDraft, Future | None]] = field(default_factory=list)


def prepare_batch(store: Store, drafts: Iterable[tuple[str, ArticleDraft | Exception]], report: IngestReport,
                  pool: Executor | None) -> PreparedBatch:
    """Report failures and known articles at once; start analysing the rest."""
    candidates: list[tuple[str, ArticleDraft]] = []
    for label, draft in drafts:
        if isinstance(draft, Exception):
            report.failed.append((label, str(draft)))
        else:
            candidates.append((label, draft))
    try:
        known = known_outcomes(store, [draft for _label, draft in candidates])
    except Exception:  # the store checks each article again; a failed batch look-up costs only time
        log.exception("could not look up a batch of %d articles", len(candidates))
        known = [None] * len(candidates)
    pending: list[tuple[str, ArticleDraft]] = []
    for (label, draft), outcome in zip(candidates, known):
        if outcome:
            report.known.append(outcome[1])
        else:
            pending.append((label, _with_wire_credit(draft)))
    # Stored in publication order, so stories and wire-copy links form as events happened
    # (an original before its reprints), whatever order the files or feed entries came in.
    pending.sort(key=lambda item: item[1].published or _UNDATED)  # stable: ties keep their order
    return PreparedBatch([(label, draft, pool.submit(analyse_draft, draft) if pool else None)
                          for label, draft in pending])


def store_batch(store: Store, batch: PreparedBatch, report: IngestReport) -> None:
    for label, draft, future in batch.pending:
        analysis = None
        if future is not None:
            try:
                analysis = future.result()
            except Exception:  # a worker crash must not lose the article: it is analysed in process
                log.warning("analysis of %s in a worker failed; retrying in process", label, exc_info=True)
        try:
            outcome, article_id = store_draft(store, draft, analysis)
        except Exception as exc:  # one bad article must never stop the batch
            log.exception("could not store %s", label)
            report.failed.append((label, f"could not be stored: {exc}"))
            continue
        {Outcome.NEW: report.new, Outcome.KNOWN: report.known, Outcome.UPDATED: report.updated}[outcome].append(
            article_id
        )


def ingest_drafts(
    store: Store,
    drafts: Iterable[tuple[str, ArticleDraft | Exception]],
    report: IngestReport | None = None,
    pool: Executor | None = None,
) -> IngestReport:
    """Store drafts (labels name them in the report). Known articles are recognised first, so
    only new or changed ones are analysed, in `pool`'s worker processes when one is given."""
    report = report or IngestReport()
    store_batch(store, prepare_batch(store, drafts, report, pool), report)
    return report


def drafts_from_path(path: Path, max_bytes: int) -> list[ArticleDraft]:
    if not path.exists():
        raise ArticleFileError("no such file")
    if path.suffix.lower() in HTML_SUFFIXES:
        return [article_from_html_file(path, max_bytes=max_bytes)]
    return drafts_from_file(path, max_bytes)


def _store_and_tell(store: Store, prepared: tuple[PreparedBatch, int], report: IngestReport,
                    progress: Progress | None, files: list[Path]) -> None:
    batch, done = prepared
    store_batch(store, batch, report)
    if progress:
        progress(done, len(files), str(files[done - 1]))


def ingest_paths(
    store: Store, paths: Iterable[Path], max_bytes: int, progress: Progress | None = None,
    report: IngestReport | None = None, workers: int = 1,
) -> IngestReport:
    """Ingest files and folders; the report lists each failure with its reason."""
    report = report or IngestReport()
    files = list(expand_paths(paths, FILE_SUFFIXES))
    with analysis_pool(workers, len(files)) as pool:
        waiting: tuple[PreparedBatch, int] | None = None
        for first in range(0, len(files), BATCH_FILES):
            batch: list[tuple[str, ArticleDraft | Exception]] = []
            for path in files[first : first + BATCH_FILES]:
                try:
                    drafts = drafts_from_path(path, max_bytes)
                except (ArticleFileError, IngestError, OSError, ValueError) as exc:
                    batch.append((str(path), exc))
                else:
                    batch += [(f"{path}#{i}" if len(drafts) > 1 else str(path), d) for i, d in enumerate(drafts)]
            # The next batch is read and its analysis started before the last one is stored,
            # so worker processes never wait on the store.
            prepared = (prepare_batch(store, batch, report, pool), min(first + BATCH_FILES, len(files)))
            if waiting:
                _store_and_tell(store, waiting, report, progress, files)
            waiting = prepared
        if waiting:
            _store_and_tell(store, waiting, report, progress, files)
    return report


def ingest_locations(
    store: Store, locations: Iterable[str], policy: FetchPolicy, progress: Progress | None = None, workers: int = 1,
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
    return ingest_paths(store, paths, policy.max_bytes, progress, report, workers)
