"""Sources: the feeds, pages and folders the poller visits, with their health."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.models import Source, SourceKind, SourceState
from bot.store.articles import as_utc
from bot.store.tables import SourceRow


def source_from_row(row: SourceRow) -> Source:
    is_folder = row.kind == SourceKind.FOLDER
    return Source(
        id=row.id, kind=row.kind, name=row.name, every=timedelta(seconds=row.every_seconds),
        url=None if is_folder else row.location, path=row.location if is_folder else None,
        etag=row.etag, last_modified=row.last_modified, last_success=as_utc(row.last_success),
        last_error=row.last_error, last_error_at=as_utc(row.last_error_at), failures=row.failures,
        next_poll=as_utc(row.next_poll), article_count=row.article_count,
    )


def find_source(session: Session, location: str) -> SourceRow | None:
    return session.scalar(select(SourceRow).where(SourceRow.location == location))


def add_source(session: Session, kind: SourceKind, location: str, name: str | None, every: timedelta,
               added_by: str | None = None) -> tuple[Source, bool]:
    """Store a source; an existing one at the same location is updated. Returns (source, created)."""
    row = find_source(session, location)
    created = row is None
    if row is None:
        row = SourceRow(kind=kind, location=location, added_by=added_by)
        session.add(row)
    row.name = name or row.name
    row.every_seconds = int(every.total_seconds())
    session.flush()
    return source_from_row(row), created


def list_sources(session: Session) -> list[Source]:
    return [source_from_row(r) for r in session.scalars(select(SourceRow).order_by(SourceRow.id))]


def remove_source(session: Session, key: str) -> Source | None:
    """Remove by id ("3") or by location. Articles already stored stay."""
    row = session.get(SourceRow, int(key)) if key.isdigit() else find_source(session, key)
    if row is None:
        return None
    source = source_from_row(row)
    session.delete(row)
    return source


def due_sources(session: Session, now: datetime) -> list[Source]:
    rows = session.scalars(
        select(SourceRow).where(or_(SourceRow.next_poll.is_(None), SourceRow.next_poll <= now)).order_by(SourceRow.id)
    )
    return [source_from_row(r) for r in rows]


def record_poll(session: Session, source_id: int, state: SourceState, new_articles: int) -> None:
    session.execute(
        update(SourceRow)
        .where(SourceRow.id == source_id)
        .values(
            etag=state.etag, last_modified=state.last_modified, last_success=state.last_success,
            last_error=state.last_error, last_error_at=state.last_error_at, failures=state.failures,
            next_poll=state.next_poll, article_count=SourceRow.article_count + new_articles,
        )
    )
