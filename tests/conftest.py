import pytest
from pydantic import SecretStr

from bot.app import create_app
from bot.config import SEEDS_DIR, Settings
from tests.slack_fakes.web_api import FakeSlackWebAPI

pytest_plugins = ["tests.db_fixtures"]


@pytest.fixture
def signing_secret() -> str:
    return "newsdesk-test-signing-secret"


@pytest.fixture
def fake_slack():
    """A fresh fake Slack Web API on 127.0.0.1 (free port) for each test."""
    with FakeSlackWebAPI() as fake:
        yield fake


@pytest.fixture
def settings(fake_slack, signing_secret, sqlite_url) -> Settings:
    """Settings as a deployment would have them, pointed at the fake Slack and a SQLite file."""
    return Settings(
        _env_file=None,
        slack_bot_token=SecretStr("xoxb-test"),
        slack_signing_secret=SecretStr(signing_secret),
        slack_api_url=fake_slack.base_url,
        database_url=sqlite_url,
        default_timezone="Europe/London",
        fetch_internal_addresses=True,  # feeds and pages in tests are served on 127.0.0.1
        fetch_site_interval_seconds=0,  # the loopback test sites need no politeness
    )


@pytest.fixture
def newsdesk(settings):
    """The real composed app (store, desk, Bolt App) with nothing ingested."""
    composed = create_app(settings)
    yield composed
    composed.close()


@pytest.fixture
def seeded(newsdesk):
    """The composed app with the seed articles ingested."""
    report = newsdesk.desk.ingest([SEEDS_DIR])
    assert len(report.new) == 2, report
    return newsdesk
