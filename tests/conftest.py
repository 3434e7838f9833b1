import pytest

from tests.slack_fakes.web_api import FakeSlackWebAPI


@pytest.fixture
def signing_secret() -> str:
    return "newsdesk-test-signing-secret"


@pytest.fixture
def fake_slack():
    """A fresh fake Slack Web API on 127.0.0.1 (free port) for each test."""
    with FakeSlackWebAPI() as fake:
        yield fake
