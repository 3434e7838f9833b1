"""Settings: the one place that reads the environment (and `.env`)."""

from __future__ import annotations

import os
import socket
from datetime import time
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"


class SettingsError(Exception):
    """A setting is missing or wrong; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    database_url: str = Field(default="sqlite:///newsdesk.db")

    default_timezone: str = "UTC"
    digest_time: time = time(8, 0)
    digest_grace_hours: float = Field(default=6.0, ge=0, le=24)
    # Unique per replica. A stable id (e.g. the pod name) lets a restarted process resume its own
    # interrupted digests at once; the default (host and pid) waits for the claim lease instead.
    scheduler_instance_id: str | None = None
    digest_claim_lease_seconds: float = Field(default=600, gt=0)
    digest_sweep_seconds: float = Field(default=60, gt=0)
    # A failed digest is tried again after this long, doubled after each failure, within the grace window.
    digest_max_attempts: int = Field(default=5, ge=1)
    digest_retry_seconds: float = Field(default=120, ge=0)
    # A channel's first digest covers this much; later ones start where the last one stopped.
    digest_first_lookback_hours: float = Field(default=24, gt=0)

    # Flags: new flags are posted to REVIEW_CHANNEL (unset: editors use /review). Editors, who alone
    # may take, resolve or dismiss flags, are EDITOR_USER_IDS ("U1,U2") and/or EDITOR_USERGROUP's members.
    review_channel: str | None = None
    editor_user_ids: Annotated[list[str], NoDecode] = Field(default_factory=list)
    editor_usergroup: str | None = None
    # Workspaces (team or enterprise IDs) the app serves; empty serves every workspace it is installed in.
    allowed_team_ids: Annotated[list[str], NoDecode] = Field(default_factory=list)

    seeds_dir: Path = SEEDS_DIR
    # Worker processes for analysing large ingests (0: one per core).
    ingest_workers: int = Field(default=0, ge=0)
    source_poll_seconds: float = Field(default=60, gt=0)  # how often to look for due sources
    max_article_bytes: int = Field(default=5_000_000, gt=0)
    fetch_timeout_seconds: float = Field(default=15.0, gt=0)
    # Feeds are third-party text: by default no link in one may reach loopback, private or
    # link-local addresses. Set for intranet feeds, and in tests that serve pages on 127.0.0.1.
    fetch_internal_addresses: bool = False
    # Seconds between request starts to one site within a poll (robots.txt Crawl-delay may ask more).
    fetch_site_interval_seconds: float = Field(default=1.0, ge=0)

    @field_validator("editor_user_ids", "allowed_team_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        # Slack IDs arrive as "U1,U2" in the environment, not as JSON lists.
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_ends_with_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value if value.endswith("/") else value + "/"

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r}; use an IANA name such as Europe/London") from None
        return value

    @property
    def instance_id(self) -> str:
        return self.scheduler_instance_id or f"{socket.gethostname()}-{os.getpid()}"

    @property
    def analysis_workers(self) -> int:
        return self.ingest_workers or os.cpu_count() or 1

    def missing_slack_variables(self) -> list[str]:
        missing = []
        if self.slack_bot_token is None:
            missing.append("SLACK_BOT_TOKEN")
        if self.slack_app_token is None:
            missing.append("SLACK_APP_TOKEN")
        return missing


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's report into one line per bad variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            variable = "_".join(str(part) for part in error["loc"][:1]).upper()
            lines.append(f"{variable}: {error['msg']}")
        raise SettingsError("Invalid settings:\n  " + "\n  ".join(lines)) from None
