"""Block Kit for flags: the review-channel card, the flag and close modals, the `/review` queue.

Pure functions: domain models in, blocks out. Every piece of user or article text is escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from bot.models import Flag, FlagEvent, FlagReason, FlagStatus
from bot.review import NOTE_LIMIT, REASON_LABELS, STATUS_WORDS, FlagRefusal, FlagTarget, ReviewAction
from handlers.blocks.mrkdwn import button, context, escape, link, section, truncate

TAKE_ACTION = "flag_take"
RESOLVE_ACTION = "flag_resolve"
DISMISS_ACTION = "flag_dismiss"
REOPEN_ACTION = "flag_reopen"
FETCH_AND_FLAG_ACTION = "flag_fetch"
BUTTON_VALUE_LIMIT = 2000  # Slack's limit on a button's value
ACTION_IDS = {ReviewAction.TAKE: TAKE_ACTION, ReviewAction.RESOLVE: RESOLVE_ACTION,
              ReviewAction.DISMISS: DISMISS_ACTION, ReviewAction.REOPEN: REOPEN_ACTION}

FLAG_MODAL = "flag_reason"
CLOSE_MODAL = "flag_close"
ARTICLE_BLOCK, ARTICLE_INPUT = "flag_article_block", "flag_article_select"
REASON_BLOCK, REASON_INPUT = "flag_reason_block", "flag_reason_select"
NOTE_BLOCK, NOTE_INPUT = "flag_note_block", "flag_note_input"

QUEUE_LIMIT = 10  # four blocks a flag keeps a queue under Slack's 50-block message limit
STATUS_EMOJI = {FlagStatus.OPEN: ":triangular_flag_on_post:", FlagStatus.IN_REVIEW: ":eyes:",
                FlagStatus.RESOLVED: ":white_check_mark:", FlagStatus.DISMISSED: ":heavy_minus_sign:"}
_SLACK_ID = re.compile(r"^[UW][A-Z0-9]{1,20}$")
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{1,20}$")  # D… is a direct message: no channel to link


def who(user_id: str | None) -> str:
    """A mention for a real Slack user ID; anything else (a CLI name) as inert text."""
    if user_id and _SLACK_ID.match(user_id):
        return f"<@{user_id}>"
    return escape(user_id or "someone")


def where(channel_id: str | None) -> str:
    return f"<#{channel_id}>" if channel_id and _CHANNEL_ID.match(channel_id) else "a direct message"


def refusal_text(refusal: FlagRefusal) -> str:
    """The refusal, escaped, with real mentions where it names a user."""
    marker = "\x00{}\x00"
    text = escape(refusal.describe(who=lambda user: marker.format(user)))
    return ":no_entry: " + re.sub(r"\x00([^\x00]*)\x00", lambda m: who(m.group(1)), text)


def article_line(flag: Flag) -> str:
    title = truncate(flag.article_title or "untitled article", 150)
    outlet = escape(flag.article_outlet or "unknown outlet")
    if flag.article_id is None:
        return f"_{escape(title)}_ ({outlet}) — the article has since been deleted"
    return f"{link(flag.article_url, title)} — {outlet} · article {flag.article_id}"


def flag_heading(flag: Flag) -> str:
    status = STATUS_WORDS[flag.status].capitalize()
    if flag.status == FlagStatus.IN_REVIEW and flag.assignee:
        status += f" with {who(flag.assignee)}"
    return f"{STATUS_EMOJI[flag.status]} *Flag #{flag.id}* · {REASON_LABELS[flag.reason]} · *{status}*"


def flag_summary(flag: Flag) -> str:
    lines = [flag_heading(flag), article_line(flag)]
    if flag.excerpt:
        lines.append(f"> “{escape(truncate(flag.excerpt, 300))}”")
    if flag.note:
        lines.append(f"*Note:* {escape(truncate(flag.note, 1200))}")
    return "\n".join(lines)


def flag_origin(flag: Flag) -> str:
    origin = f"Flagged by {who(flag.flagger)} in {where(flag.channel)}"
    if flag.permalink:
        origin += f" · {link(flag.permalink, 'original message')}"
    return origin + f" · {flag.created_at:%b %-d, %H:%M} UTC"


def history_line(event: FlagEvent) -> str:
    change = "raised" if event.from_status is None else STATUS_WORDS[event.to_status]
    if event.to_status == FlagStatus.IN_REVIEW:
        change = "took it"
    elif event.to_status == FlagStatus.OPEN and event.from_status is not None:
        change = "reopened it"
    line = f"{event.at:%b %-d, %H:%M} {who(event.actor)} {change}"
    if event.note and event.from_status is not None:
        line += f": “{escape(truncate(event.note, 200))}”"
    return line


def flag_buttons(flag: Flag) -> dict | None:
    """Take it / Resolve / Dismiss while the flag is open; Reopen once it is closed."""
    value = str(flag.id)
    elements = []
    if flag.status == FlagStatus.OPEN:
        elements.append(button("Take it", TAKE_ACTION, value, style="primary"))
    if flag.status in (FlagStatus.OPEN, FlagStatus.IN_REVIEW):
        elements.append(button("Resolve", RESOLVE_ACTION, value))
        elements.append(button("Dismiss", DISMISS_ACTION, value, style="danger"))
    if flag.status in ReviewAction.REOPEN.allowed_from:
        elements.append(button("Reopen", REOPEN_ACTION, value))
    if not elements:
        return None
    return {"type": "actions", "block_id": f"flag_{flag.id}", "elements": elements}


def flag_card_blocks(flag: Flag, history: Sequence[FlagEvent] = ()) -> list[dict]:
    """The review-channel message for a flag; updated in place as its status changes."""
    blocks = [section(flag_summary(flag)), context(flag_origin(flag))]
    changes = [history_line(event) for event in history if event.from_status is not None]
    if changes:
        blocks.append(context(" · ".join(changes[-5:])))
    actions = flag_buttons(flag)
    if actions:
        blocks.append(actions)
    return blocks


def flag_card_text(flag: Flag) -> str:
    return escape(f"Flag #{flag.id} ({REASON_LABELS[flag.reason]}, {STATUS_WORDS[flag.status]}): "
                  f"{truncate(flag.article_title or 'untitled article', 150)}")


def queue_blocks(flags: list[Flag], label: str) -> list[dict]:
    """The ephemeral `/review` answer: one compact card per flag, each with its buttons."""
    if not flags:
        return [section(f"No {escape(label)} flags. :tada:")]
    noun = "flag" if len(flags) == 1 else "flags"
    blocks = [section(f"*{len(flags)}* {escape(label)} {noun}")]
    for flag in flags[:QUEUE_LIMIT]:
        blocks.append({"type": "divider"})
        blocks.append(section(flag_summary(flag)))
        blocks.append(context(flag_origin(flag)))
        actions = flag_buttons(flag)
        if actions:
            blocks.append(actions)
    if len(flags) > QUEUE_LIMIT:
        blocks.append(context(f"…and {len(flags) - QUEUE_LIMIT} more. Narrow it with `/review mine` or "
                              "`/review reason:legal_review`."))
    return blocks


def _option(text: str, value: str) -> dict:
    return {"text": {"type": "plain_text", "text": truncate(text, 75)}, "value": value}


def _target_label(target: FlagTarget) -> str:
    article = target.article
    return f"{article.outlet}: {article.title or 'untitled'}"


def flag_modal(targets: list[FlagTarget], private_metadata: str, reason: FlagReason | None = None) -> dict:
    """The modal asking for a category and a note; a choice of article when a message holds several."""
    first = targets[0]
    blocks: list[dict] = []
    if len(targets) > 1:
        options = [_option(_target_label(t), str(t.article.id)) for t in targets[:100]]
        blocks.append({"type": "input", "block_id": ARTICLE_BLOCK, "label": {"type": "plain_text", "text": "Article"},
                       "element": {"type": "static_select", "action_id": ARTICLE_INPUT, "options": options,
                                   "initial_option": options[0]}})
    else:
        about = f"*{link(first.article.canonical_url or first.article.url, first.article.title or 'untitled')}*" \
                f" — {escape(first.article.outlet)}"
        if first.excerpt:
            about += f"\n> “{escape(truncate(first.excerpt, 300))}”"
        blocks.append(section(about))
    options = [_option(label, reason_value.value) for reason_value, label in REASON_LABELS.items()]
    select = {"type": "static_select", "action_id": REASON_INPUT, "options": options,
              "placeholder": {"type": "plain_text", "text": "What is wrong?"}}
    if reason is not None:
        select["initial_option"] = next(o for o in options if o["value"] == reason.value)
    blocks.append({"type": "input", "block_id": REASON_BLOCK, "label": {"type": "plain_text", "text": "Reason"},
                   "element": select})
    blocks.append(note_input("What should the editor look at?", optional=False))
    return {"type": "modal", "callback_id": FLAG_MODAL, "private_metadata": private_metadata,
            "title": {"type": "plain_text", "text": "Flag for review"},
            "submit": {"type": "plain_text", "text": "Flag it"},
            "close": {"type": "plain_text", "text": "Cancel"}, "blocks": blocks}


def note_input(placeholder: str, optional: bool) -> dict:
    return {"type": "input", "block_id": NOTE_BLOCK, "optional": optional,
            "label": {"type": "plain_text", "text": "Note"},
            "hint": {"type": "plain_text", "text": f"Up to {NOTE_LIMIT:,} characters."},
            "element": {"type": "plain_text_input", "action_id": NOTE_INPUT, "multiline": True,
                        "max_length": NOTE_LIMIT, "placeholder": {"type": "plain_text", "text": placeholder}}}


def close_modal(flag: Flag, action: ReviewAction, private_metadata: str) -> dict:
    """Resolve or Dismiss: the flag once more, and an optional note for the flagger and the record."""
    title = "Resolve flag" if action == ReviewAction.RESOLVE else "Dismiss flag"
    return {"type": "modal", "callback_id": CLOSE_MODAL, "private_metadata": private_metadata,
            "title": {"type": "plain_text", "text": title},
            "submit": {"type": "plain_text", "text": action.verb.capitalize()},
            "close": {"type": "plain_text", "text": "Cancel"},
            "blocks": [section(flag_summary(flag)), note_input("Optional: what was done, or why not", optional=True)]}


def unknown_article_blocks(refusal: FlagRefusal, url: str | None, reason: str = "") -> list[dict]:
    """Why nothing was flagged, and a button that fetches the linked article and flags it."""
    blocks = [section(f":mag: {escape(refusal.describe())}")]
    if not url:
        return blocks
    value = json.dumps({"url": url, "reason": reason})
    if len(value) > BUTTON_VALUE_LIMIT:
        blocks.append(context("To flag it, ask an editor to add it (or its outlet's feed) to Newsdesk's sources."))
        return blocks
    blocks.append(context("Newsdesk can fetch the page now and flag it, or an editor can add its outlet's feed."))
    blocks.append({"type": "actions", "block_id": "flag_fetch",
                   "elements": [button("Fetch it and flag", FETCH_AND_FLAG_ACTION, value, style="primary")]})
    return blocks


def fetched_text(target: FlagTarget) -> str:
    """Said while the flag form opens over a freshly fetched article."""
    return f":inbox_tray: Fetched _{escape(truncate(target.article.title or 'untitled', 150))}_ " \
           f"({escape(target.article.outlet)}) as article {target.article.id}."


def flag_help_text() -> str:
    return ("*Flag an article for review* — `/flag URL|ARTICLE_ID [reason]`\n"
            "• `/flag https://example.com/story misquoted, the words are Li's` — flags it at once\n"
            "• `/flag 12` — asks for a category and a note\n"
            "You can also use the *Flag for review* shortcut on a message, or the *Flag* button on quotes.")


def confirmation_text(flag: Flag, created: bool, review_channel: str | None, problem: str | None) -> str:
    """What the flagger is told once the flag is stored (and whether editors were alerted)."""
    if not created:
        return (f"You already flagged this: *#{flag.id}* ({STATUS_WORDS[flag.status]}). "
                "Nothing new was created.")
    text = f":triangular_flag_on_post: Thanks — flag *#{flag.id}* is saved"
    if problem:
        return (text + f", but I couldn't post it to the review channel ({escape(problem)}). "
                "Editors will still find it with `/review`.")
    if review_channel:
        return text + f" and sent to the editors in {where(review_channel)}."
    return text + ". No review channel is set up, so editors will find it with `/review`."


def decision_text(flag: Flag, editor: str, note: str) -> str:
    """The message to the flagger once an editor resolves or dismisses their flag."""
    verb = STATUS_WORDS[flag.status]
    text = f"Your flag *#{flag.id}* on {article_line(flag)} was *{verb}* by {who(editor)}."
    if note:
        text += f"\n> {escape(truncate(note, 1500))}"
    return text
