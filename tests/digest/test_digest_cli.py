"""`newsdesk digest preview` prints the digest Slack would get, as text."""

from bot.cli import main
from bot.config import SEEDS_DIR
from tests.test_cli import cli_env  # noqa: F401 - the fixture


def test_digest_preview_prints_summary_and_thread_for_the_seeds(cli_env, capsys):  # noqa: F811
    main(["ingest", str(SEEDS_DIR)])
    capsys.readouterr()
    assert main(["digest", "preview", "--channel", "C1"]) == 0
    out = capsys.readouterr().out
    assert "Newsdesk digest · " in out and "*2 new articles* in *1 story*" in out
    summary, thread = out.split("= in the thread =")
    assert "Trump and Xi speak hours after Xi–Putin call — Outlet A, 4 Feb 18:00" in thread
    assert "[Show evidence]" not in out


def test_digest_preview_of_an_empty_database_says_nothing_new(cli_env, capsys):  # noqa: F811
    assert main(["digest", "preview"]) == 0
    assert "Nothing new since the last digest." in capsys.readouterr().out
