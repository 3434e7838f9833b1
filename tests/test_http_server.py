"""`newsdesk serve --http`: Bolt behind waitress on a real socket, plus `/healthz`."""

import json
import threading
import urllib.error
import urllib.request

import pytest

from bot.http_server import make_http_server
from tests.slack_fakes.requests import signed_headers, slash_command_body


@pytest.fixture
def http_server(seeded):
    server = make_http_server(seeded.app, seeded.store, "127.0.0.1", 0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


def post(url, body, headers):
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_healthz_reports_the_database(http_server):
    with urllib.request.urlopen(f"{http_server}/healthz", timeout=10) as response:
        assert response.status == 200
        assert json.loads(response.read()) == {"ok": True, "database": "up"}


def test_signed_slash_command_over_http(http_server, fake_slack, signing_secret):
    body = slash_command_body("/quotes", "Xi Taiwan", response_url=fake_slack.response_url("http"))
    status, _ = post(f"{http_server}/slack/events", body, signed_headers(body, signing_secret))
    assert status == 200
    [answer] = fake_slack.wait_for("response/http")
    assert "Taiwan is the most important issue" in json.dumps(answer.body, ensure_ascii=False)


def test_unsigned_request_is_refused(http_server):
    body = slash_command_body("/quotes", "Xi", response_url="http://127.0.0.1:9/")
    status, _ = post(f"{http_server}/slack/events", body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 401


def test_unknown_path_is_404(http_server):
    status, _ = post(f"{http_server}/nope", "x", {})
    assert status == 404
