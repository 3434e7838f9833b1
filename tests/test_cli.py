"""The `newsdesk` CLI runs the same domain functions as Slack."""

import json

import pytest

from bot.cli import main
from bot.config import SEEDS_DIR


@pytest.fixture
def cli_env(monkeypatch, sqlite_url, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_ingest_reports_new_known_and_failed(cli_env, capsys):
    bad = cli_env / "broken.json"
    bad.write_text("{oops", encoding="utf-8")
    assert main(["ingest", str(SEEDS_DIR), str(bad), str(cli_env / "missing.txt")]) == 0
    out = capsys.readouterr().out
    assert "2 new, 0 already known, 2 failed" in out
    assert "broken.json: not valid JSON" in out
    assert "missing.txt: no such file" in out
    assert main(["ingest", str(SEEDS_DIR)]) == 0
    assert "0 new, 2 already known, 0 failed" in capsys.readouterr().out


def test_quotes_command_prints_the_slack_answer_as_text(cli_env, capsys):
    main(["ingest", str(SEEDS_DIR)])
    capsys.readouterr()
    assert main(["quotes", "Xi", "Taiwan"]) == 0
    out = capsys.readouterr().out
    assert "Taiwan is China’s territory" in out
    assert "[Share in channel]" not in out


def test_bad_setting_names_the_variable(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Mars/Olympus")
    with pytest.raises(SystemExit) as exit_info:
        main(["quotes", "Xi"])
    assert "DEFAULT_TIMEZONE" in str(exit_info.value)


def test_extract_writes_scorer_jsonl(cli_env, capsys):
    out = cli_env / "pred.jsonl"
    assert main(["extract", "--jsonl", str(out), str(SEEDS_DIR / "004_334d3b848af08526.txt")]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = (SEEDS_DIR / "004_334d3b848af08526.txt").read_text(encoding="utf-8")
    direct = [r for r in records if r["kind"] == "direct"]
    assert direct
    for record in records:
        assert record["file"] == "004_334d3b848af08526.txt"
        for start, end in record["content_spans"]:
            assert 0 <= start < end <= len(text)


def test_run_without_tokens_names_them_and_opens_the_console(cli_env, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("/quotes Trump soybeans\nquit\n"))
    assert main(["run"]) == 0
    captured = capsys.readouterr()
    assert "SLACK_BOT_TOKEN and SLACK_APP_TOKEN not set" in captured.err
    assert "20 million tons" in captured.out


def test_socket_mode_without_tokens_says_what_is_missing(cli_env, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    with pytest.raises(SystemExit) as exit_info:
        main(["serve"])
    assert "SLACK_APP_TOKEN" in str(exit_info.value)


def test_http_mode_needs_the_signing_secret(cli_env):
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--http", "--port", "0"])
    assert "SLACK_SIGNING_SECRET" in str(exit_info.value)


def test_sources_cli_add_list_remove(cli_env, capsys):
    folder = cli_env / "wire"
    folder.mkdir()
    assert main(["sources", "add", str(folder), "--name", "Wire", "--every", "2h"]) == 0
    assert "Added source 1: folder" in capsys.readouterr().out
    assert main(["sources", "list"]) == 0
    listing = capsys.readouterr().out
    assert "every 2h" in listing and "never succeeded yet" in listing
    assert main(["sources", "add", str(folder), "--every", "soon"]) == 1
    assert "soon" in capsys.readouterr().err
    assert main(["sources", "remove", "1"]) == 0
    assert main(["sources", "list"]) == 0
    assert "No sources yet" in capsys.readouterr().out


def test_ingest_takes_html_files(cli_env, capsys):
    page = cli_env / "page.html"
    page.write_text("<html><head><title>Council votes</title><meta property='og:site_name' content='City Post'></head>"
                    "<body><article><h1>Council votes</h1><p>“We fixed the bridge at last,” said Mayor Ada Lowe on "
                    "Tuesday after a long debate in the chamber about money.</p><p>The vote was 31 to 12 in favour of "
                    "the repairs, which will cost millions.</p></article></body></html>", encoding="utf-8")
    assert main(["ingest", str(page)]) == 0
    assert "1 new" in capsys.readouterr().out
    main(["quotes", "Lowe"])
    assert "We fixed the bridge at last" in capsys.readouterr().out


def test_discrepancies_on_the_seeds(cli_env, capsys):
    main(["ingest", str(SEEDS_DIR)])
    capsys.readouterr()
    assert main(["discrepancies", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    kinds = sorted(d["kind"] for d in found)
    assert kinds == ["coverage_gap"] * 3 + ["quote_variant", "relay_difference"] + ["unconfirmed"] * 2
    summaries = " ".join(d["summary"] for d in found)
    for expected in ("Iran", "Ukraine", "$11 billion", "soybean", "upcoming visit", "an extremely good one", "CCTV"):
        assert expected in summaries
    for item in found:
        assert len(item["evidence"]) >= 2 and 0 < item["confidence"] <= 1


def test_stories_json_shape(cli_env, capsys):
    main(["ingest", str(SEEDS_DIR)])
    capsys.readouterr()
    assert main(["stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert set(story) >= {"id", "title", "articles"}
    assert {a["outlet"] for a in story["articles"]} == {"Outlet A", "Outlet B"}
    assert all(set(a) >= {"url", "outlet", "title", "published"} for a in story["articles"])


def test_unreachable_slack_is_a_clear_error(cli_env, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--http", "--port", "0"])
    assert "Cannot reach Slack at SLACK_API_URL" in str(exit_info.value)


def test_refused_token_is_a_clear_error(cli_env, monkeypatch, fake_slack):
    fake_slack.fail_next("auth.test", body={"ok": False, "error": "invalid_auth"})
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("SLACK_API_URL", fake_slack.base_url)
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--http", "--port", "0"])
    assert "invalid_auth" in str(exit_info.value)
