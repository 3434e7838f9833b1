"""The offline console answers through the real Bolt App, as Slack would."""

import io

from bot.config import Settings
from bot.console import open_console, repl


def offline_settings(sqlite_url):
    return Settings(_env_file=None, database_url=sqlite_url)


def test_console_answers_quotes_from_the_seeds(sqlite_url):
    with open_console(offline_settings(sqlite_url)) as console:
        console.newsdesk.desk.ingest([console.newsdesk.settings.seeds_dir])
        output = console.run_command("/quotes Xi Taiwan")
    assert "Taiwan is the most important issue in China–U.S. relations." in output
    assert "Xi Jinping" in output
    speakers = [line for line in output.splitlines() if line.startswith("— ")]
    assert speakers and all("Xi Jinping" in line for line in speakers)


def test_console_output_matches_the_cli_rendering(sqlite_url, capsys):
    from handlers.blocks.plain_text import blocks_to_text
    from handlers.commands.quotes import answer_quotes

    with open_console(offline_settings(sqlite_url)) as console:
        console.newsdesk.desk.ingest([console.newsdesk.settings.seeds_dir])
        shown = console.run_command("/quotes Trump soybeans")
        direct = blocks_to_text(answer_quotes(console.newsdesk.desk, "Trump soybeans")["blocks"])
    assert shown == direct


def test_repl_reads_lines_until_quit(sqlite_url):
    lines = iter(["hello", "/quotes", "/nope x", "quit"])
    out = io.StringIO()
    with open_console(offline_settings(sqlite_url)) as console:
        repl(console, read=lambda: next(lines), out=out)
    text = out.getvalue()
    assert "Commands start with /" in text
    assert "/quotes Xi Taiwan" in text  # the help
    assert "Unknown command /nope" in text


def test_console_shows_a_modal_as_a_form(sqlite_url):
    with open_console(offline_settings(sqlite_url)) as console:
        console.newsdesk.desk.ingest([console.newsdesk.settings.seeds_dir])
        output = console.run_command("/flag 1")
    assert "[form: Flag for review]" in output
    assert "Misattributed quote" in output or "misattributed" in output.lower()
