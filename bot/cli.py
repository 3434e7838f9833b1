"""The `newsdesk` command. Each subcommand calls the same `Desk` function the Slack handlers call."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from bot.config import Settings, SettingsError, load_settings
from bot.runtime import tune_garbage_collector

log = logging.getLogger("newsdesk")


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as problem:
        sys.exit(str(problem))


def _desk(settings: Settings):
    from bot.desk import Desk
    from bot.store.database import Store

    store = Store(settings.database_url)
    store.migrate()
    return Desk(settings, store)


def _progress_printer(stream=sys.stderr):
    # Progress every 50 files on long runs; a terminal gets a live line instead.
    def progress(done: int, total: int, label: str) -> None:
        if total < 20:
            return
        if stream.isatty():
            stream.write(f"\r{done}/{total} {Path(label).name[:50]:<50}")
            if done == total:
                stream.write("\n")
        elif done % 50 == 0 or done == total:
            stream.write(f"{done}/{total} files\n")
        stream.flush()

    return progress


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings()
    desk = _desk(settings)
    report = desk.ingest(args.paths, progress=_progress_printer())
    for label, reason in report.failed:
        print(f"failed: {label}: {reason}")
    print(report.summary_line())
    return 1 if report.failed and not (report.new or report.known or report.updated) else 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from handlers.blocks.plain_text import blocks_to_text
    from handlers.commands.quotes import answer_quotes

    desk = _desk(_settings())
    message = answer_quotes(desk, " ".join(args.query), offset=args.offset)
    print(blocks_to_text(message["blocks"], show_actions=False))
    return 0


def _review_desk(settings: Settings):
    """The desk, knowing the editors' Slack user group when a bot token is set."""
    desk = _desk(settings)
    if settings.slack_bot_token is not None:
        from bot.slack_client import make_web_client
        from handlers.editors import usergroup_members

        desk.editors.members_of = usergroup_members(make_web_client(settings))
    return desk


def cmd_flags(args: argparse.Namespace) -> int:
    """`newsdesk flags list|show|take|resolve|dismiss|reopen`: the review queue, as `/review` and its buttons."""
    from bot.review import FlagRefusal, ReviewAction, parse_queue_filter
    from handlers.blocks.flags import flag_card_blocks, flag_card_text
    from handlers.blocks.plain_text import blocks_to_text, mrkdwn_to_text

    settings = _settings()
    desk = _review_desk(settings)
    try:
        if args.flags_command == "list":
            wanted = parse_queue_filter(" ".join(args.filter), args.user or "")
            flags = desk.review_queue(wanted)
            for flag in flags:
                print(mrkdwn_to_text(flag_card_text(flag)))
            print(f"{len(flags)} {wanted.label} flag(s)")
            return 0
        if args.flags_command == "show":
            flag = desk.flag(args.id)
            print(blocks_to_text(flag_card_blocks(flag, desk.flag_history(args.id)), show_actions=False))
            for event in desk.flag_history(args.id):
                print(f"  {event.at:%Y-%m-%d %H:%M} {event.actor}: {event.from_status or '-'} -> {event.to_status}"
                      + (f" ({event.note})" if event.note else ""))
            return 0
        action = ReviewAction(args.flags_command)
        note = getattr(args, "note", "") or ""
        change = desk.change_flag(args.id, args.editor, action, note)
    except FlagRefusal as refusal:
        print(refusal, file=sys.stderr)
        return 1
    if change.changed and settings.slack_bot_token is not None:
        from bot.slack_client import make_web_client
        from handlers.review_channel import after_change

        after_change(make_web_client(settings), desk, change, args.editor, note)
    print(mrkdwn_to_text(flag_card_text(change.flag)) + ("" if change.changed else " (no change)"))

    return 0


def cmd_digest_preview(args: argparse.Namespace) -> int:
    from handlers.blocks.digest import preview_messages
    from handlers.blocks.plain_text import blocks_to_text

    desk = _desk(_settings())
    messages = preview_messages(desk.preview_digest(args.channel))
    for number, message in enumerate(messages):
        if number == 1:
            print("\n" + "=" * 24 + " in the thread " + "=" * 21)
        elif number > 1:
            print()
        print(blocks_to_text(message["blocks"], show_actions=False))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    import json

    from bot.extract.jsonl import attributions_jsonl
    from bot.ingest.files import decode_bytes

    out = open(args.jsonl, "w", encoding="utf-8") if args.jsonl != "-" else sys.stdout
    with out:
        for name in args.files:
            path = Path(name)
            try:
                text = decode_bytes(path.read_bytes())
            except (OSError, ValueError) as problem:
                print(f"failed: {path}: {problem}", file=sys.stderr)
                continue
            for record in attributions_jsonl(path.name, text):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from bot.ingest.polling import IntervalError, format_interval, source_status
    from bot.sources import SourceError

    desk = _desk(_settings())
    if args.action in ("add", "remove") and not args.location:
        print(f"sources {args.action} needs a URL or folder", file=sys.stderr)
        return 2
    try:
        if args.action == "add":
            source, created = desk.add_source(args.location, name=args.name, every=args.every)
            print(f"{'Added' if created else 'Updated'} source {source.id}: {source.kind} {source.location}")
        elif args.action == "remove":
            source = desk.remove_source(args.location)
            print(f"Removed source {source.id}: {source.location} (its articles stay)")
        else:
            now = datetime.now(UTC)
            sources = desk.list_sources()
            if not sources:
                print("No sources yet. Add one: newsdesk sources add URL [--name OUTLET] [--every 15m]")
            for source in sources:
                label = f" ({source.name})" if source.name else ""
                print(f"{source.id}. {source.kind} {source.location}{label}, every {format_interval(source.every)}")
                print(f"   {source_status(source, now)}")
    except (SourceError, IntervalError) as problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    report = _desk(_settings()).poll_sources()
    for label, reason in report.failed:
        print(f"failed: {label}: {reason}")
    print(report.summary_line())
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    from handlers.blocks.plain_text import blocks_to_text
    from handlers.commands.claims import answer_claims

    message = answer_claims(_desk(_settings()), " ".join(args.query), offset=args.offset)
    print(blocks_to_text(message["blocks"], show_actions=False))
    return 0


def cmd_discrepancies(args: argparse.Namespace) -> int:
    import json

    desk = _desk(_settings())
    found = desk.discrepancies([args.story] if args.story else None)
    if args.json:
        print(json.dumps([d.model_dump(mode="json") for d in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        print("No discrepancies between sources.")
    for number, item in enumerate(found, start=1):
        print(f"{number}. [{item.kind}] {item.summary}  (story {item.story_id}, confidence {item.confidence:.2f})")
        for evidence in item.evidence:
            said = f"“{evidence.sentence}”" if evidence.sentence else "(does not mention it)"
            print(f"     {evidence.outlet}: {said} {evidence.url or ''}".rstrip())
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    import json

    desk = _desk(_settings())
    if args.rebuild:
        print(f"Regrouped into {desk.regroup_stories()} stories", file=sys.stderr)
    stories = desk.stories()
    if args.json:
        print(json.dumps(stories, ensure_ascii=False, indent=1))
        return 0
    for story in stories:
        outlets = sorted({a["outlet"] for a in story["articles"]})
        print(f"#{story['id']} {story['title']}  ({len(story['articles'])} articles: {', '.join(outlets)})")
        for article in story["articles"]:
            copy = f"  [wire copy of {article['duplicate_of']}]" if article["duplicate_of"] else ""
            print(f"   - {article['outlet']}: {article['title']} {article['url'] or ''}{copy}")
    return 0


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _exit_quietly(*_signal) -> None:
    raise SystemExit(0)


def _connect(settings: Settings):
    """The composed app; a Slack that refuses the token or cannot be reached is a clear error."""
    from slack_bolt.error import BoltError

    from bot.app import create_app

    try:
        return create_app(settings)
    except BoltError as error:  # Bolt checks the token with auth.test as the app starts
        sys.exit(f"Slack refused SLACK_BOT_TOKEN: {error}")
    except OSError as error:
        sys.exit(f"Cannot reach Slack at SLACK_API_URL ({settings.slack_api_url}): {error}")


def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings()
    if args.http:
        from bot.http_server import make_http_server

        if settings.slack_signing_secret is None:
            sys.exit("SLACK_SIGNING_SECRET is required for HTTP mode (Slack signs every request with it).")
        newsdesk = _connect(settings)
        server = make_http_server(newsdesk.app, newsdesk.store, args.host, args.port)
        print(f"Newsdesk listening on http://{args.host}:{server.effective_port}/slack/events", flush=True)
        # waitress stops its loop (finishing requests in hand) on SystemExit in the main thread.
        signal.signal(signal.SIGTERM, _exit_quietly)
        newsdesk.scheduler.start()
        try:
            server.run()
        finally:
            server.close()
            newsdesk.close()
        return 0
    missing = settings.missing_slack_variables()
    if missing:
        sys.exit(f"Socket Mode needs {' and '.join(missing)}. Set them, or run `newsdesk console` to try it offline.")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    newsdesk = _connect(settings)
    newsdesk.scheduler.start()
    try:
        SocketModeHandler(newsdesk.app, settings.slack_app_token.get_secret_value()).start()
    finally:
        newsdesk.close()
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    from bot.console import open_console, repl

    settings = _settings()
    with open_console(settings) as console:
        report = console.newsdesk.desk.ingest([settings.seeds_dir])
        print(f"Seed articles from {settings.seeds_dir}: {report.summary_line()}")
        if args.command_line:
            print(console.run_command(" ".join(args.command_line)))
        else:
            repl(console)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Socket Mode when both tokens are set; otherwise say what is missing and open the console."""
    settings = _settings()
    missing = settings.missing_slack_variables()
    if not missing:
        return cmd_serve(argparse.Namespace(http=False))
    print(f"{' and '.join(missing)} not set: starting the offline console on the seed articles.\n"
          "Set both (see README) to connect to Slack in Socket Mode.", file=sys.stderr)
    return cmd_console(argparse.Namespace(command_line=[]))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdesk", description="Newsdesk: quotes, claims and stories for newsrooms.")
    parser.add_argument("--log-level", help="DEBUG, INFO, WARNING… (default: INFO for serve, WARNING otherwise)")
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="Socket Mode with tokens, the offline console without")
    run.set_defaults(func=cmd_run)

    serve = sub.add_parser("serve", help="connect to Slack (Socket Mode, or --http)")
    serve.add_argument("--http", action="store_true", help="serve Slack's HTTP mode instead of Socket Mode")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=3000)
    serve.set_defaults(func=cmd_serve)

    console = sub.add_parser("console", help="offline console on the seed articles")
    console.add_argument("command_line", nargs=argparse.REMAINDER, help="run one command and exit")
    console.set_defaults(func=cmd_console)

    ingest = sub.add_parser("ingest", help="store articles from files, folders, feeds and article URLs")
    ingest.add_argument("paths", nargs="+")
    ingest.set_defaults(func=cmd_ingest)

    sources = sub.add_parser("sources", help="feeds, pages and folders to poll")
    sources.add_argument("action", choices=["add", "list", "remove"], nargs="?", default="list")
    sources.add_argument("location", nargs="?", help="URL or folder (add), number or URL (remove)")
    sources.add_argument("--name", help="the outlet to record on its articles")
    sources.add_argument("--every", default="15m", help="poll interval: 15m, 2h, 1d")
    sources.set_defaults(func=cmd_sources)

    poll = sub.add_parser("poll", help="poll the sources that are due, once")
    poll.set_defaults(func=cmd_poll)

    discrepancies = sub.add_parser("discrepancies", help="where sources covering one story disagree")
    discrepancies.add_argument("--story", type=int, help="one story's id (see `newsdesk stories`)")
    discrepancies.add_argument("--json", action="store_true")
    discrepancies.set_defaults(func=cmd_discrepancies)

    stories = sub.add_parser("stories", help="articles grouped by event")
    stories.add_argument("--json", action="store_true", help="print [{id, title, articles: [...]}]")
    stories.add_argument("--rebuild", action="store_true", help="regroup every stored article first")
    stories.set_defaults(func=cmd_stories)

    for name, search in (("quotes", cmd_quotes), ("claims", cmd_claims)):
        searcher = sub.add_parser(name, help=f"search {name}, as /{name} does")
        searcher.add_argument("query", nargs="*")
        searcher.add_argument("--offset", type=int, default=0)
        searcher.set_defaults(func=search)

    flags = sub.add_parser("flags", help="the review queue: list, show, take, resolve, dismiss or reopen flags")
    flag_sub = flags.add_subparsers(dest="flags_command", required=True)
    listing = flag_sub.add_parser("list", help="open flags, as /review does")
    listing.add_argument("filter", nargs="*", help="mine · closed · reason:legal_review")
    listing.add_argument("--user", help="whose flags `mine` means (a Slack user ID)")
    show = flag_sub.add_parser("show", help="one flag and its audit trail")
    show.add_argument("id", type=int)
    for verb in ("take", "resolve", "dismiss", "reopen"):
        change = flag_sub.add_parser(verb, help=f"{verb} a flag (editors only)")
        change.add_argument("id", type=int)
        change.add_argument("--as", dest="editor", required=True, help="the editor's Slack user ID")
        if verb != "take":
            change.add_argument("--note", default="")
    flags.set_defaults(func=cmd_flags)

    digest = sub.add_parser("digest", help="the daily digest")
    digest_sub = digest.add_subparsers(dest="digest_command", required=True)
    digest_preview = digest_sub.add_parser("preview", help="the digest as a channel would get it now, as text")
    digest_preview.add_argument("--channel", default="CLI", help="Slack channel ID (its last digest and timezone)")
    digest_preview.set_defaults(func=cmd_digest_preview)

    extract = sub.add_parser("extract", help="write attributions as JSONL (PolNeAR scorer format)")
    extract.add_argument("--jsonl", required=True, help="output file, or - for standard output")
    extract.add_argument("files", nargs="+")
    extract.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    service = args.command in ("serve", "run")
    _configure_logging((args.log_level or ("INFO" if service else "WARNING")).upper())
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return args.func(args) or 0


def entry() -> int:
    """The `newsdesk` command: `main` in a process tuned for long extraction runs."""
    tune_garbage_collector()
    return main()


if __name__ == "__main__":
    sys.exit(entry())
