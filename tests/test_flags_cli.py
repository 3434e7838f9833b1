"""`newsdesk flags …`: the review queue from the terminal, through the same Desk as Slack."""

import pytest

from bot.cli import main
from bot.config import SEEDS_DIR, load_settings
from bot.desk import Desk
from bot.models import FlagReason, FlagRequest
from bot.store.database import Store


@pytest.fixture
def flagged(monkeypatch, sqlite_url, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("EDITOR_USER_IDS", "UEDITOR,UCHIEF")
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "EDITOR_USERGROUP"):
        monkeypatch.delenv(name, raising=False)
    assert main(["ingest", str(SEEDS_DIR)]) == 0
    store = Store(sqlite_url)
    desk = Desk(load_settings(), store)
    flag = desk.raise_flag(FlagRequest(article_id=1, reason=FlagReason.LEGAL_REVIEW, note="Check para 4",
                                       flagger="UREPORTER", channel="C1")).flag
    capsys.readouterr()
    yield flag
    store.dispose()


def test_list_and_show(flagged, capsys):
    assert main(["flags", "list"]) == 0
    out = capsys.readouterr().out
    assert f"Flag #{flagged.id} (Needs legal review, open)" in out and "1 open flag(s)" in out
    assert main(["flags", "list", "reason:duplicate"]) == 0
    assert "0 open · duplicate flag(s)" in capsys.readouterr().out
    assert main(["flags", "show", str(flagged.id)]) == 0
    out = capsys.readouterr().out
    assert "Check para 4" in out and "UREPORTER: - -> open" in out


def test_resolve_by_an_editor_and_refusal_for_others(flagged, capsys):
    assert main(["flags", "resolve", str(flagged.id), "--as", "UREPORTER"]) == 1
    assert "Only editors can resolve" in capsys.readouterr().err
    assert main(["flags", "take", str(flagged.id), "--as", "UCHIEF"]) == 0
    assert main(["flags", "resolve", str(flagged.id), "--as", "UEDITOR", "--note", "Cleared by legal"]) == 0
    assert "resolved" in capsys.readouterr().out
    assert main(["flags", "dismiss", str(flagged.id), "--as", "UCHIEF"]) == 1
    assert "already resolved by UEDITOR" in capsys.readouterr().err
    main(["flags", "show", str(flagged.id)])
    out = capsys.readouterr().out
    assert "UCHIEF: open -> in_review" in out and "UEDITOR: in_review -> resolved (Cleared by legal)" in out


def test_reopen_a_resolved_flag(flagged, capsys):
    assert main(["flags", "resolve", str(flagged.id), "--as", "UEDITOR"]) == 0
    assert main(["flags", "reopen", str(flagged.id), "--as", "UREPORTER"]) == 1
    assert "Only editors can reopen" in capsys.readouterr().err
    assert main(["flags", "reopen", str(flagged.id), "--as", "UCHIEF", "--note", "Legal wants another look"]) == 0
    assert f"Flag #{flagged.id} (Needs legal review, open)" in capsys.readouterr().out
    main(["flags", "show", str(flagged.id)])
    assert "UCHIEF: resolved -> open (Legal wants another look)" in capsys.readouterr().out


def test_an_unknown_flag_is_named(flagged, capsys):
    assert main(["flags", "show", "777"]) == 1
    assert "no flag #777" in capsys.readouterr().err
