"""The composition root: settings → store → desk → Bolt app (→ scheduler). Nothing else wires."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from slack_bolt import App

from bot.config import Settings
from bot.desk import Desk
from bot.digest.schedule import DigestScheduler
from bot.slack_client import make_web_client
from bot.store.database import Store
from handlers import register_handlers
from handlers.editors import usergroup_members
from handlers.digest_poster import SlackDigestPoster

log = logging.getLogger(__name__)


@dataclass
class Newsdesk:
    settings: Settings
    store: Store
    desk: Desk
    app: App
    scheduler: DigestScheduler

    def close(self) -> None:
        self.scheduler.stop()
        self.store.dispose()


def create_app(settings: Settings, *, token_verification: bool = True, process_before_response: bool = False) -> Newsdesk:
    store = Store(settings.database_url)
    store.migrate()
    desk = Desk(settings, store)
    signing_secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    app = App(
        client=make_web_client(settings),
        signing_secret=signing_secret,
        token_verification_enabled=token_verification,
        process_before_response=process_before_response,
        # Socket Mode needs no signing secret; HTTP mode refuses to start without one (see serve).
        request_verification_enabled=signing_secret is not None,
    )
    desk.editors.members_of = usergroup_members(app.client)
    register_handlers(app, desk)
    desk.digest_poster = SlackDigestPoster(app.client)
    scheduler = DigestScheduler(desk, grace=timedelta(hours=settings.digest_grace_hours),
                                sweep_seconds=settings.digest_sweep_seconds)
    desk.digest_schedule_changed = scheduler.sync_jobs
    scheduler.every("poll_sources", desk.poll_sources_once, settings.source_poll_seconds)
    return Newsdesk(settings=settings, store=store, desk=desk, app=app, scheduler=scheduler)
