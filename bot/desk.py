"""The news desk: every feature's domain entry point, shared by the CLI and the Slack handlers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bot.config import Settings
from bot.ingest.pipeline import Progress, ingest_locations
from bot.ingest.web import FetchPolicy
from bot.models import IngestReport, QuoteHit, SearchResult, Source
from bot.sources import DEFAULT_EVERY, add_source, list_sources, poll_due_sources, remove_source
from bot.search.quotes import search_quotes
from bot.store.articles import ARTICLE_REF_COLUMNS, article_ref_from_columns, quote_from_row
from bot.store.database import Store
from bot.store.flags import open_flag_counts
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
