"""The news desk: every feature's domain entry point, shared by the CLI and the Slack handlers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from bot.config import Settings
from bot import review
from bot.ingest.pipeline import Progress, ingest_locations
from bot.ingest.web import FetchPolicy
from bot.models import Flag, FlagEvent, FlagRequest, IngestReport, QuoteHit, SearchResult, Source
from bot.review import ArticleMention, EditorRoster, FlagOutcome, FlagTarget, QueueFilter, ReviewAction, StatusChange
from bot.sources import DEFAULT_EVERY, add_source, list_sources, poll_due_sources, remove_source
from bot.search.quotes import search_quotes
from bot.grouping import regroup_all
from bot.store.stories import list_stories
from bot.store.articles import as_utc, ARTICLE_REF_COLUMNS, article_ref_from_columns, quote_from_row
from bot.store.database import Store
from bot.store.flags import flag_events, list_flags, open_flag_counts, set_review_message
from bot.store.tables import ArticleRow, QuoteRow


class Desk:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def ingest(self, locations: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        """Files, folders and web addresses (feeds or article pages), once."""
        policy = FetchPolicy.from_settings(self.settings)
        return ingest_locations(self.store, [str(loc) for loc in locations], policy, progress)

    # --- sources ---

    @property
    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy.from_settings(self.settings)

    def add_source(self, location: str, name: str | None = None, every: str = DEFAULT_EVERY,
                   added_by: str | None = None) -> tuple[Source, bool]:
        return add_source(self.store, location, self.fetch_policy, name, every, added_by)

    def remove_source(self, key: str) -> Source:
        return remove_source(self.store, key)

    def list_sources(self) -> list[Source]:
        return list_sources(self.store)

    def poll_sources(self, now: datetime | None = None) -> IngestReport:
        return poll_due_sources(self.store, self.fetch_policy, now)

    # --- stories ---

    def stories(self, since: datetime | None = None) -> list[dict]:
        """Stories with their articles, in the shape `newsdesk stories --json` prints."""
        with self.store.session() as session:
            return [
                {"id": story.id, "title": story.title,
                 "articles": [{"id": a.id, "url": a.url or a.canonical_url, "canonical_url": a.canonical_url, "outlet": a.outlet, "title": a.title,
                               "published": as_utc(a.published).isoformat() if a.published else None,
                               "duplicate_of": a.duplicate_of} for a in rows]}
                for story, rows in list_stories(session, since)
            ]

    def regroup_stories(self) -> int:
        with self.store.session() as session:
            return regroup_all(session)

    # --- quotes ---

    def search_quotes(self, text: str, offset: int = 0, limit: int = 5, now: datetime | None = None) -> SearchResult:
        return search_quotes(self.store, text, offset=offset, limit=limit, now=now)

    def quote_hit(self, quote_id: int) -> QuoteHit | None:
        with self.store.session() as session:
            row = session.get(QuoteRow, quote_id)
            if row is None:
                return None
            article = session.execute(select(*ARTICLE_REF_COLUMNS).where(ArticleRow.id == row.article_id)).one()
            flags = open_flag_counts(session, [row.article_id])
            return QuoteHit(quote=quote_from_row(row), article=article_ref_from_columns(article), score=1.0,
                            open_flags=flags.get(row.article_id, 0))

    # --- flags ---

    @cached_property
    def editors(self) -> EditorRoster:
        """Configured editors; the composition root adds the Slack user-group lookup."""
        return EditorRoster(self.settings.editor_user_ids, self.settings.editor_usergroup)

    def is_editor(self, user_id: str) -> bool:
        return self.editors.is_editor(user_id)

    def flag_targets(self, refs: Iterable[ArticleMention]) -> list[FlagTarget]:
        """The stored articles a message or command names (raises nothing; [] when none)."""
        return review.find_targets(self.store, refs)

    def flag_target(self, refs: Iterable[ArticleMention]) -> FlagTarget:
        """The article to flag; UnknownArticle when none of `refs` is stored."""
        return review.find_target(self.store, refs)

    def raise_flag(self, request: FlagRequest, now: datetime | None = None) -> FlagOutcome:
        return review.raise_flag(self.store, request, now)

    def flag(self, flag_id: int) -> Flag:
        return review.get_flag(self.store, flag_id)

    def flag_history(self, flag_id: int) -> list[FlagEvent]:
        with self.store.session() as session:
            return flag_events(session, flag_id)

    def review_queue(self, wanted: QueueFilter, limit: int = 100) -> list[Flag]:
        with self.store.session() as session:
            return list_flags(session, statuses=wanted.statuses, reason=wanted.reason, involving=wanted.involving,
                              limit=limit)

    def check_flag_change(self, flag_id: int, editor: str, action: ReviewAction) -> Flag:
        """Refuses (NotAnEditor, StatusConflict, UnknownFlag) before a modal asks for a note."""
        return review.check_change(self.store, self.editors, flag_id, editor, action)

    def take_flag(self, flag_id: int, editor: str) -> StatusChange:
        return review.change_status(self.store, self.editors, flag_id, editor, ReviewAction.TAKE)

    def resolve_flag(self, flag_id: int, editor: str, note: str = "") -> StatusChange:
        return review.change_status(self.store, self.editors, flag_id, editor, ReviewAction.RESOLVE, note)

    def dismiss_flag(self, flag_id: int, editor: str, note: str = "") -> StatusChange:
        return review.change_status(self.store, self.editors, flag_id, editor, ReviewAction.DISMISS, note)

    def record_review_message(self, flag_id: int, channel: str, ts: str) -> None:
        with self.store.session() as session:
            set_review_message(session, flag_id, channel, ts)

    def open_flag_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        """Open flags per article, for quote results and the digest."""
        with self.store.session() as session:
            return open_flag_counts(session, article_ids)
