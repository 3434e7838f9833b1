"""The news desk: every feature's domain entry point, shared by the CLI and the Slack handlers."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from bot.config import Settings
from bot import review
from bot.digest.delivery import DeliveryResult, DigestDelivery, DigestPoster, digest_for
from bot.digest.ledger import TakeoverRules, recent_records, record_skipped
from bot.digest.schedule import local_today
from bot.digest.subscriptions import (
    all_subscriptions,
    delete_subscription,
    get_subscription,
    parse_subscribe_args,
    save_subscription,
)
from bot.ingest.errors import IngestError
from bot.ingest.pipeline import Progress, ingest_drafts, ingest_locations
from bot.ingest.web import FetchPolicy, ingest_url
from bot.models import (
    ClaimSearchResult, Digest, DigestRecord, Discrepancy, Flag, FlagEvent, FlagRequest, IngestReport, QuoteHit, SearchResult, Source,
    Subscription,
)
from bot.review import ArticleMention, EditorRoster, FlagOutcome, FlagTarget, QueueFilter, ReviewAction, StatusChange
from bot.sources import DEFAULT_EVERY, add_source, list_sources, poll_due_sources, remove_source
from bot.search.claims import search_claims
from bot.search.quotes import search_quotes
from bot.grouping import regroup_all
from bot.discrepancies import find_discrepancies
from bot.store.evidence import story_evidence
from bot.store.stories import list_stories
from bot.store.articles import as_utc, ARTICLE_REF_COLUMNS, article_ref_from_columns, quote_from_row
from bot.store.database import Store
from bot.store.flags import flag_events, list_flags, open_flag_counts, set_review_message
from bot.store.tables import ArticleRow, QuoteRow, StoryRow


class Desk:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        # One policy for the process: its spacing keeps the gap to a site across every poll.
        self.fetch_policy = FetchPolicy.from_settings(settings)

    def ingest(self, locations: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        """Files, folders and web addresses (feeds or article pages), once; large folders are
        analysed on every core."""
        return ingest_locations(self.store, [str(loc) for loc in locations], self.fetch_policy, progress,
                                workers=self.settings.analysis_workers)

    # --- sources ---

    def add_source(self, location: str, name: str | None = None, every: str = DEFAULT_EVERY,
                   added_by: str | None = None) -> tuple[Source, bool]:
        return add_source(self.store, location, self.fetch_policy, name, every, added_by)

    def remove_source(self, key: str) -> Source:
        return remove_source(self.store, key)

    def list_sources(self) -> list[Source]:
        return list_sources(self.store)

    def poll_sources(self, now: datetime | None = None) -> IngestReport:
        return poll_due_sources(self.store, self.fetch_policy, now)

    def poll_sources_once(self) -> IngestReport | None:
        """The scheduler's job: poll due sources unless another replica is polling right now."""
        with self.store.exclusive("poll_sources") as mine:
            return self.poll_sources() if mine else None

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

    def discrepancies(self, story_ids: list[int] | None = None) -> list[Discrepancy]:
        """Where the outlets of each story disagree (all stories when none are named)."""
        with self.store.session() as session:
            if story_ids is None:
                story_ids = list(session.scalars(select(StoryRow.id)))
            evidence = story_evidence(session, story_ids)
        found: list[Discrepancy] = []
        for story_id in story_ids:
            found.extend(find_discrepancies(evidence.get(story_id, []), story_id=story_id))
        return found

    def regroup_stories(self) -> int:
        with self.store.session() as session:
            return regroup_all(session)

    # --- quotes ---

    def search_quotes(self, text: str, offset: int = 0, limit: int = 5, now: datetime | None = None) -> SearchResult:
        return search_quotes(self.store, text, offset=offset, limit=limit, now=now)

    def search_claims(self, text: str, offset: int = 0, limit: int = 5, now: datetime | None = None) -> ClaimSearchResult:
        return search_claims(self.store, text, offset=offset, limit=limit, now=now)

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

    def fetch_to_flag(self, url: str) -> FlagTarget:
        """Fetch and store the one article page at `url` so it can be flagged (someone flagged a
        link Newsdesk had not read); UnfetchableArticle says why not. A feed is refused before
        any of its entries is fetched."""
        try:
            draft = ingest_url(url, policy=self.fetch_policy)
        except IngestError as error:
            raise review.UnfetchableArticle(url, error.message) from None
        report = ingest_drafts(self.store, [(url, draft)])
        stored = report.new + report.updated + report.known
        if not stored:
            raise review.UnfetchableArticle(url, report.failed[0][1] if report.failed else "it could not be stored")
        return self.flag_target([ArticleMention(article_id=stored[0])])

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

    def change_flag(self, flag_id: int, editor: str, action: ReviewAction, note: str = "") -> StatusChange:
        """Take, resolve, dismiss or reopen a flag: the one way buttons, modals and the CLI do it."""
        return review.change_status(self.store, self.editors, flag_id, editor, action, note)

    def record_review_message(self, flag_id: int, channel: str, ts: str) -> None:
        with self.store.session() as session:
            set_review_message(session, flag_id, channel, ts)

    def open_flag_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        """Open flags per article, for quote results and the digest."""
        with self.store.session() as session:
            return open_flag_counts(session, article_ids)

    # --- digest ---
    # Wired by the composition root (bot/app.py): where digests are posted, and what to call
    # when subscriptions change so this process's schedule follows at once.
    digest_poster: DigestPoster | None = None
    digest_schedule_changed: Callable[[], None] | None = None
    _digest_delivery: DigestDelivery | None = None
    _digest_lock = threading.Lock()

    def digest_discrepancies(self, story_ids: list[int]) -> list[Discrepancy]:
        """Discrepancies for the digest's stories."""
        return self.discrepancies(story_ids)

    @property
    def digest_delivery(self) -> DigestDelivery:
        """The one delivery object of this process: it knows which digests this process is posting."""
        with self._digest_lock:
            return self._digest_delivery or self._make_digest_delivery()

    def _make_digest_delivery(self) -> DigestDelivery:
        if self.digest_poster is None:
            raise RuntimeError("no DigestPoster wired: create the Desk through bot.app.create_app")
        settings = self.settings
        rules = TakeoverRules(lease=timedelta(seconds=settings.digest_claim_lease_seconds),
                              max_attempts=settings.digest_max_attempts,
                              failed_retry_after=timedelta(seconds=settings.digest_retry_seconds))
        self._digest_delivery = DigestDelivery(
            self.store, self.digest_poster, settings.instance_id, rules, discrepancies_for=self.digest_discrepancies,
            first_lookback=timedelta(hours=settings.digest_first_lookback_hours),
        )
        return self._digest_delivery

    def _digest_changed(self) -> None:
        if self.digest_schedule_changed is not None:
            self.digest_schedule_changed()

    def subscribe_digest(self, channel_id: str, args: str = "", team_id: str | None = None,
                         user_id: str | None = None) -> Subscription:
        """Subscribe (or re-time) a channel from `/digest subscribe [HH:MM] [Area/City] [skip-empty]`.

        Raises SubscriptionError with a message for the journalist when the time or zone is wrong.
        """
        post_time, zone, post_when_empty = parse_subscribe_args(args.split(), self.settings.digest_time,
                                                                self.settings.default_timezone)
        with self.store.session() as session:
            current = get_subscription(session, channel_id)
            if post_when_empty is None:
                post_when_empty = current.post_when_empty if current else True
            saved = save_subscription(session, Subscription(
                channel_id=channel_id, team_id=team_id, post_time=post_time, timezone=zone,
                post_when_empty=post_when_empty, created_by=user_id))
        self._digest_changed()
        return saved

    def unsubscribe_digest(self, channel_id: str) -> bool:
        with self.store.session() as session:
            removed = delete_subscription(session, channel_id)
        self._digest_changed()
        return removed

    def digest_subscription(self, channel_id: str) -> Subscription | None:
        with self.store.session() as session:
            return get_subscription(session, channel_id)

    def digest_subscriptions(self) -> list[Subscription]:
        with self.store.session() as session:
            return all_subscriptions(session)

    def digest_history(self, channel_id: str, limit: int = 5) -> list[DigestRecord]:
        """The channel's latest ledger rows, newest first: what was posted, skipped or failed."""
        return recent_records(self.store, channel_id, limit)

    def default_subscription(self, channel_id: str) -> Subscription:
        """The channel's subscription, or the defaults it would get (for previews and `now`)."""
        return self.digest_subscription(channel_id) or Subscription(
            channel_id=channel_id, post_time=self.settings.digest_time, timezone=self.settings.default_timezone)

    def preview_digest(self, channel_id: str, now: datetime | None = None) -> Digest:
        """The digest as it would be posted now, without claiming or posting anything."""
        subscription = self.default_subscription(channel_id)
        now = now or datetime.now(UTC)
        day = local_today(subscription, now)
        done = recent_records(self.store, channel_id, limit=1)
        if done and done[0].digest_date >= day and done[0].state == "posted":
            day = done[0].digest_date + timedelta(days=1)  # today's is out: show what tomorrow's would say
        return digest_for(self.store, subscription, day, now, self.digest_discrepancies,
                          timedelta(hours=self.settings.digest_first_lookback_hours))

    def post_digest_now(self, channel_id: str, now: datetime | None = None) -> DeliveryResult:
        """`/digest now`: post today's digest at once; it counts as today's, so 08:00 won't repeat it."""
        subscription = self.default_subscription(channel_id)
        day = local_today(subscription, now or datetime.now(UTC))
        return self.digest_delivery.deliver(subscription, day, why="now")

    def deliver_digest(self, subscription: Subscription, digest_date: date, why: str = "scheduled") -> DeliveryResult:
        return self.digest_delivery.deliver(subscription, digest_date, why=why)

    def record_digest_skipped(self, channel_id: str, digest_date: date, reason: str) -> bool:
        return record_skipped(self.store, channel_id, digest_date, reason, datetime.now(UTC))

