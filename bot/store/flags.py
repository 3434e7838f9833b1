"""Flags raised on articles and their audit trail: rows in, models out, compare-and-set updates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.models import Flag, FlagEvent, FlagReason, FlagStatus
from bot.store.articles import as_utc
from bot.store.tables import FlagEventRow, FlagRow

OPEN_STATUSES = (FlagStatus.OPEN.value, FlagStatus.IN_REVIEW.value)


def open_flag_counts(session: Session, article_ids: Iterable[int]) -> dict[int, int]:
    ids = list(article_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(FlagRow.article_id, func.count())
        .where(FlagRow.article_id.in_(ids), FlagRow.status.in_(OPEN_STATUSES))
        .group_by(FlagRow.article_id)
    )
    return {article_id: count for article_id, count in rows}


def flag_from_row(row: FlagRow) -> Flag:
    return Flag(
        id=row.id, article_id=row.article_id, quote_id=row.quote_id, claim_id=row.claim_id,
        reason=row.reason, note=row.note, flagger=row.flagger, channel=row.channel, permalink=row.permalink,
        status=row.status, assignee=row.assignee, review_channel=row.review_channel,
        review_message_ts=row.review_message_ts, article_title=row.article_title,
        article_outlet=row.article_outlet, article_url=row.article_url, excerpt=row.excerpt,
        created_at=as_utc(row.created_at), updated_at=as_utc(row.updated_at),
    )


def event_from_row(row: FlagEventRow) -> FlagEvent:
    return FlagEvent(flag_id=row.flag_id, actor=row.actor, at=as_utc(row.at), from_status=row.from_status,
                     to_status=row.to_status, note=row.note)


def add_event(session: Session, flag_id: int, actor: str, at: datetime, from_status: FlagStatus | None,
              to_status: FlagStatus, note: str = "") -> None:
    session.add(FlagEventRow(flag_id=flag_id, actor=actor, at=at, from_status=from_status, to_status=to_status,
                             note=note))


def get_flag(session: Session, flag_id: int) -> Flag | None:
    row = session.get(FlagRow, flag_id)
    return flag_from_row(row) if row is not None else None


def open_key(flagger: str, article_id: int | None, quote_id: int | None, claim_id: int | None,
             reason: FlagReason | str) -> str:
    """What makes two open flags the same: one person, one target, one reason."""
    reason = reason.value if isinstance(reason, FlagReason) else reason
    return f"{flagger}|{article_id}|q{quote_id or ''}|c{claim_id or ''}|{reason}"


def find_flag_by_key(session: Session, *, idempotency_key: str | None, open_key: str | None) -> Flag | None:
    """The flag a repeated request already made (same request key), or the open one it duplicates."""
    for column, key in ((FlagRow.idempotency_key, idempotency_key), (FlagRow.open_key, open_key)):
        if key:
            row = session.scalar(select(FlagRow).where(column == key))
            if row is not None:
                return flag_from_row(row)
    return None


def flag_events(session: Session, flag_id: int) -> list[FlagEvent]:
    rows = session.scalars(select(FlagEventRow).where(FlagEventRow.flag_id == flag_id).order_by(FlagEventRow.id))
    return [event_from_row(row) for row in rows]


def list_flags(session: Session, *, statuses: Iterable[FlagStatus] = (), reason: FlagReason | None = None,
               involving: str | None = None, limit: int = 100) -> list[Flag]:
    """Flags, oldest first; filtered by status, reason, or a person who raised or took them."""
    query = select(FlagRow).order_by(FlagRow.id).limit(limit)
    wanted = [status.value for status in statuses]
    if wanted:
        query = query.where(FlagRow.status.in_(wanted))
    if reason is not None:
        query = query.where(FlagRow.reason == reason.value)
    if involving:
        query = query.where(or_(FlagRow.flagger == involving, FlagRow.assignee == involving))
    return [flag_from_row(row) for row in session.scalars(query)]


def compare_and_set_status(session: Session, flag_id: int, *, expected: FlagStatus, to: FlagStatus,
                           at: datetime, assignee: str | None = None) -> bool:
    """Move a flag from `expected` to `to` in one UPDATE; False when someone changed it first."""
    values: dict = {"status": to.value, "updated_at": at}
    if assignee is not None:
        values["assignee"] = assignee
    if to.value not in OPEN_STATUSES:
        values["open_key"] = None  # a closed flag no longer blocks a new one on the same words
    result = session.execute(
        update(FlagRow).where(FlagRow.id == flag_id, FlagRow.status == expected.value).values(**values)
    )
    changed = result.rowcount == 1
    if changed and to.value in OPEN_STATUSES and expected.value not in OPEN_STATUSES:
        _take_back_open_key(session, flag_id)
    return changed


def _take_back_open_key(session: Session, flag_id: int) -> None:
    """A reopened flag is again the one an identical new flag joins, unless such a flag was
    raised while this one was closed: that one keeps the key."""
    row = session.execute(select(FlagRow.flagger, FlagRow.article_id, FlagRow.quote_id, FlagRow.claim_id,
                                 FlagRow.reason).where(FlagRow.id == flag_id)).one()
    if row.article_id is None:
        return  # the article is gone, so no new flag can duplicate this one
    key = open_key(*row)
    holder = aliased(FlagRow)
    session.execute(update(FlagRow).where(FlagRow.id == flag_id,
                                          ~select(holder.id).where(holder.open_key == key).exists())
                    .values(open_key=key))


def set_review_message(session: Session, flag_id: int, channel: str, ts: str) -> None:
    session.execute(update(FlagRow).where(FlagRow.id == flag_id).values(review_channel=channel,
                                                                         review_message_ts=ts))
