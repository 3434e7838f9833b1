"""Sources the newsroom follows: adding them, and polling the ones that are due.

A poll stores what it found and records the source's health; a failing source backs off and
never holds up the others.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from bot.ingest.errors import IngestError
from bot.ingest.pipeline import FILE_SUFFIXES, ingest_drafts, ingest_paths
from bot.ingest.polling import after_poll, parse_interval
from bot.ingest.urls import canonical_url
from bot.ingest.web import FetchPolicy, PollOutcome, discover_source, poll_source
from bot.ingest.files import expand_paths
from bot.models import IngestReport, Source, SourceKind
from bot.store import sources as source_store
from bot.store.articles import find_by_canonical_url
from bot.store.database import Store

log = logging.getLogger(__name__)
DEFAULT_EVERY = "15m"


class SourceError(ValueError):
    """A source the user asked for that cannot be added or found; the message says why."""


class SourceRequest(BaseModel):
    location: str
    name: str | None = None
    every: str = DEFAULT_EVERY


_SLACK_LINK = re.compile(r"^<([^|>]+)(?:\|[^>]*)?>$")


def parse_source_args(words: list[str]) -> SourceRequest:
    """`URL [as NAME…] [every 15m]` as typed in Slack, where links arrive as `<url|label>`."""
    if not words:
        raise SourceError("Give the address of a feed or article, or a source number to remove.")
    location = words[0]
    link = _SLACK_LINK.match(location)
    if link:
        location = link.group(1)
    rest, every, name_words = words[1:], DEFAULT_EVERY, []
    while rest:
        word = rest.pop(0)
        if word.lower() == "every" and rest:
            every = rest.pop(0)
        elif word.lower() != "as":
            name_words.append(word)
    return SourceRequest(location=location, name=" ".join(name_words) or None, every=every)


def add_source(store: Store, location: str, policy: FetchPolicy, name: str | None = None,
               every: str = DEFAULT_EVERY, added_by: str | None = None) -> tuple[Source, bool]:
    """Find out what `location` is (feed, page, folder) and store it. Raises SourceError."""
    interval = parse_interval(every)
    try:
        found = discover_source(location, policy=policy)
    except IngestError as problem:
        raise SourceError(f"Could not add {location}: {problem}") from None
    with store.session() as session:
        return source_store.add_source(session, found.kind, found.location, name or found.title, interval, added_by)


def remove_source(store: Store, key: str) -> Source:
    with store.session() as session:
        removed = source_store.remove_source(session, key.strip())
    if removed is None:
        raise SourceError(f"No source {key!r}. `sources list` shows their numbers and addresses.")
    return removed


def list_sources(store: Store) -> list[Source]:
    with store.session() as session:
        return source_store.list_sources(session)


def _already_stored(store: Store):
    def skip(entry) -> bool:
        if not entry.link:
            return False
        with store.session() as session:
            return find_by_canonical_url(session, canonical_url(entry.link)) is not None

    return skip


def _poll_folder(store: Store, source: Source, policy: FetchPolicy) -> tuple[PollOutcome, IngestReport]:
    folder = Path(source.path or "")
    if not folder.is_dir():
        outcome = PollOutcome(url=str(folder), kind=SourceKind.FOLDER, error=f"The folder {folder} is gone")
        return outcome, IngestReport()
    since = source.last_success.timestamp() if source.last_success else 0.0
    # Only files changed since the last good poll; the store would skip the rest anyway.
    changed = [p for p in expand_paths([folder], FILE_SUFFIXES) if p.stat().st_mtime >= since - 1]
    report = ingest_paths(store, changed, policy.max_bytes)
    problems = [f"{label}: {reason}" for label, reason in report.failed]
    return PollOutcome(url=str(folder), kind=SourceKind.FOLDER, problems=problems), report


def poll_one(store: Store, source: Source, policy: FetchPolicy, now: datetime) -> IngestReport:
    if source.kind is SourceKind.FOLDER:
        outcome, report = _poll_folder(store, source, policy)
    else:
        outcome = poll_source(source, policy=policy, skip_entry=_already_stored(store))
        report = ingest_drafts(store, [(d.url or source.location, d) for d in outcome.drafts])
    for problem in outcome.problems:
        log.info("source %s: %s", source.location, problem)
    if outcome.error:
        log.warning("source %s failed: %s", source.location, outcome.error)
    with store.session() as session:
        source_store.record_poll(session, source.id, after_poll(source, outcome, now), len(report.new))
    return report


def poll_due_sources(store: Store, policy: FetchPolicy, now: datetime | None = None) -> IngestReport:
    """Poll every source that is due; one source's failure is recorded and the rest go on."""
    now = now or datetime.now(UTC)
    with store.session() as session:
        due = source_store.due_sources(session, now)
    total = IngestReport()
    for source in due:
        try:
            report = poll_one(store, source, policy, now)
        except Exception as exc:  # an unexpected bug in one source must not stop the rest
            log.exception("polling %s crashed", source.location)
            failed = PollOutcome(url=source.location, kind=source.kind, error=f"Internal error: {exc}")
            with store.session() as session:
                source_store.record_poll(session, source.id, after_poll(source, failed, now), 0)
            total.failed.append((source.location, str(exc)))
            continue
        total.new += report.new
        total.known += report.known
        total.updated += report.updated
        total.failed += report.failed
    return total
