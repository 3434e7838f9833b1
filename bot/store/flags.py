"""Flags raised on articles and their audit trail."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import FlagStatus
from bot.store.tables import FlagRow

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
