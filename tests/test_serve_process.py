"""`newsdesk serve --http` as a real process: it listens, answers /healthz and signed commands,
and stops cleanly on SIGTERM."""

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request

from bot.config import PROJECT_ROOT
from tests.slack_fakes.requests import signed_headers, slash_command_body


def test_http_mode_serves_until_sigterm(tmp_path, fake_slack, signing_secret):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}", "SLACK_SIGNING_SECRET": signing_secret,
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake_slack.base_url, "PYTHONPATH": str(PROJECT_ROOT)}
    env.pop("SLACK_APP_TOKEN", None)
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--http", "--host", "127.0.0.1", "--port", "0"],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        port = int(re.search(r":(\d+)/slack/events", line).group(1))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            assert json.loads(response.read())["ok"] is True
        body = slash_command_body("/quotes", "", response_url=fake_slack.response_url("help"))
        request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                                         headers=signed_headers(body, signing_secret), method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
        [help_message] = fake_slack.wait_for("response/help")
        assert "/quotes Xi Taiwan" in json.dumps(help_message.body)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    assert process.returncode == 0, process.stderr.read()[-3000:]
