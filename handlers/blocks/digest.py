"""Block Kit for the daily digest. Pure functions: a `Digest` in, Slack messages out.

The channel gets a short summary; the details go in its thread, split over as many messages
as Slack's limits need (50 blocks, 3,000 characters a section). Nothing is ever cut: a story
too long for one section continues in the next, and a message that is full starts another.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.models import Digest, DigestEntry, DigestRecord, DigestStory, Discrepancy, DiscrepancyKind, Subscription
from handlers.blocks.mrkdwn import SECTION_TEXT_LIMIT, context, escape, link, plain_label, section, truncate
from handlers.blocks.quotes import FLAG_ACTION

MAX_BLOCKS = 50
# Slack caps blocks, not the sum of their text; we keep each message readable and well clear of
# the 40,000-character message limit.
MESSAGE_TEXT_BUDGET = 12_000
TOP_STORIES_IN_SUMMARY = 5
TITLE_LIMIT = 200
EVIDENCE_ACTION = "digest_evidence"
BUTTON_VALUE_LIMIT = 2000

KIND_LABELS = {
    DiscrepancyKind.UNCONFIRMED: "Unconfirmed",
    DiscrepancyKind.QUOTE_VARIANT: "Quote differs",
    DiscrepancyKind.NUMERIC_CONFLICT: "Numbers differ",
    DiscrepancyKind.ATTRIBUTION_CONFLICT: "Attribution differs",
    DiscrepancyKind.RELAY_DIFFERENCE: "Relayed differently",
    DiscrepancyKind.COVERAGE_GAP: "Coverage gap",
}


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"


def _local(when: datetime, zone: str) -> datetime:
    return when.astimezone(ZoneInfo(zone))


def digest_title(digest: Digest) -> str:
    return f"Newsdesk digest · {digest.digest_date:%A %-d %B %Y}"


def waiting_for(since: datetime, now: datetime) -> str:
    days = (now - since).days
    if days >= 1:
        return _plural(days, "day")
    return _plural(max(1, int((now - since).total_seconds() // 3600)), "hour")


def review_line(digest: Digest) -> str | None:
    review = digest.review
    if not review.awaiting:
        return None
    line = f":triangular_flag_on_post: *{_plural(review.awaiting, 'flag')}* awaiting review"
    if review.oldest_at:
        line += (f", oldest waiting {waiting_for(review.oldest_at, digest.until)}"
                 f" (flag #{review.oldest_flag_id}, since {_local(review.oldest_at, digest.timezone):%-d %b})")
    return line + " · `/review` to see them"


def counts_line(digest: Digest) -> str:
    parts = [f"*{_plural(digest.article_count, 'new article')}* in *{_plural(len(digest.stories), 'story', 'stories')}*"]
    if digest.wire_copy_count:
        parts[0] += f" (+{_plural(digest.wire_copy_count, 'wire copy', 'wire copies')})"
    if digest.discrepancy_count:
        parts.append(f"*{_plural(digest.discrepancy_count, 'source discrepancy', 'source discrepancies')}*")
    if digest.review.awaiting:
        parts.append(f"*{_plural(digest.review.awaiting, 'flag')}* awaiting review")
    return " · ".join(parts)


def window_line(digest: Digest) -> str:
    since = _local(digest.since, digest.timezone) if digest.since else None
    until = _local(digest.until, digest.timezone)
    start = f"{since:%a %-d %b %H:%M}" if since else "the start"
    return f"New since {start} until {until:%a %-d %b %H:%M} ({escape(digest.timezone)})"


def summary_message(digest: Digest) -> dict:
    """The short message posted in the channel: date, counts, the top stories."""
    header = {"type": "header", "text": {"type": "plain_text", "text": truncate(digest_title(digest), 150)}}
    if digest.is_empty:
        blocks = [header, section("Nothing new since the last digest.")]
        if line := review_line(digest):
            blocks.append(section(line))
        blocks.append(context(window_line(digest)))
        return {"blocks": blocks, "text": f"{digest_title(digest)}: nothing new"}
    lines = [counts_line(digest)]
    for story in digest.stories[:TOP_STORIES_IN_SUMMARY]:
        lines.append(f"• *{escape(truncate(story.title, TITLE_LIMIT))}* — {_plural(len(story.entries), 'article')}"
                     f" · {escape(', '.join(story.outlets[:4]))}")
    more = len(digest.stories) - TOP_STORIES_IN_SUMMARY
    if more > 0:
        lines.append(f"…and {_plural(more, 'more story', 'more stories')} in the thread")
    blocks = [header, *[section(text) for text in pack_lines(lines)]]
    if line := review_line(digest):
        blocks.append(section(line))
    blocks.append(context(window_line(digest), ":thread: Details, links and evidence in the thread"))
    return {"blocks": blocks, "text": f"{digest_title(digest)}: {counts_line(digest).replace('*', '')}"}


# -- the thread -------------------------------------------------------------------------------


MENU_OPTIONS_LIMIT = 100  # Slack's limit for a static_select


def entry_lines(entry: DigestEntry, zone: str) -> list[str]:
    article = entry.article
    when = article.published or article.ingested_at
    title = truncate(article.title or "Untitled", TITLE_LIMIT)
    line = f"• {link(article.canonical_url or article.url, title)} — {escape(article.outlet)}, {_local(when, zone):%-d %b %H:%M}"
    if entry.copy_of_earlier:
        line += " _(wire copy of an earlier article)_"
    if entry.open_flags:
        line += f" :triangular_flag_on_post: {_plural(entry.open_flags, 'open flag')}"
    lines = [line]
    if entry.wire_copies:
        copies = ", ".join(link(c.canonical_url or c.url, c.outlet) for c in entry.wire_copies)
        lines.append(f"      ↳ wire copies: {copies}")
    return lines


def pack_lines(lines: list[str], heading: str = "", continued: str = "", limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """Join lines into section texts of at most `limit` characters, never splitting or losing a line.

    Each later text starts with `continued` so a reader knows where it belongs.
    """
    texts: list[str] = []
    current = heading
    for line in lines:
        line = truncate(line, limit - len(continued) - 1)  # only a single absurd line is ever shortened
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit and current:
            texts.append(current)
            candidate = f"{continued}\n{line}" if continued else line
        current = candidate
    if current:
        texts.append(current)
    return texts


def evidence_value(discrepancy: Discrepancy) -> str:
    """The button payload: kind, summary and both sentences, shortened to fit Slack's 2,000 characters."""
    sentence_limit = 900
    while True:
        value = json.dumps({
            "k": discrepancy.kind.value, "s": truncate(discrepancy.summary, 300),
            "e": [[e.outlet[:80], e.url if e.url and len(e.url) < 300 else None, truncate(e.sentence, sentence_limit)]
                  for e in discrepancy.evidence[:4]],
        }, ensure_ascii=False)
        if len(value) <= BUTTON_VALUE_LIMIT or sentence_limit <= 40:
            return value[:BUTTON_VALUE_LIMIT]
        sentence_limit -= 100


def discrepancy_line(discrepancy: Discrepancy) -> str:
    label = KIND_LABELS.get(discrepancy.kind, discrepancy.kind.value)
    sources = " · ".join(link(e.url, e.outlet) for e in discrepancy.evidence)
    line = f":warning: *{label}*: {escape(truncate(discrepancy.summary, 600))}"
    return f"{line} — {sources}" if sources else line


def discrepancy_block(discrepancy: Discrepancy) -> dict:
    block = section(discrepancy_line(discrepancy))
    if discrepancy.evidence:
        block["accessory"] = {"type": "button", "text": {"type": "plain_text", "text": "Show evidence"},
                              "action_id": EVIDENCE_ACTION, "value": evidence_value(discrepancy)}
    return block


def story_blocks(story: DigestStory, zone: str) -> list[dict]:
    """A story: its heading and article lines (over several sections if long), then its discrepancies."""
    title = escape(truncate(story.title, TITLE_LIMIT))
    heading = f"*{title}* · {_plural(len(story.entries), 'article')}"
    if story.discrepancies:
        heading += f" · {_plural(len(story.discrepancies), 'discrepancy', 'discrepancies')}"
    lines = [line for entry in story.entries for line in entry_lines(entry, zone)]
    blocks = [section(text) for text in pack_lines(lines, heading=heading, continued=f"*{title}* (continued)")]
    blocks.append(flag_menu(story))
    blocks.extend(discrepancy_block(d) for d in story.discrepancies)
    return blocks


def flag_menu(story: DigestStory) -> dict:
    """"Flag an article…": one menu per story, so a long digest costs one block per story."""
    options = [
        {"text": {"type": "plain_text", "text": plain_label(f"{e.article.outlet}: {e.article.title or 'Untitled'}")},
         "value": json.dumps({"article_id": e.article.id})}
        for e in story.entries[:MENU_OPTIONS_LIMIT]
    ]
    return {"type": "actions", "elements": [{
        "type": "static_select", "action_id": FLAG_ACTION, "options": options,
        "placeholder": {"type": "plain_text", "text": "Flag an article for review…"},
    }]}


def detail_blocks(digest: Digest) -> list[dict]:
    """Every block of the thread, in order, before it is split into messages."""
    blocks: list[dict] = []
    for story in digest.stories:
        blocks.extend(story_blocks(story, digest.timezone))
    if digest.other_discrepancies:
        blocks.append(section("*Other source discrepancies*"))
        blocks.extend(discrepancy_block(d) for d in digest.other_discrepancies)
    if line := review_line(digest):
        blocks.append(section(line))
    return blocks


def _block_chars(block: dict) -> int:
    return len(json.dumps(block, ensure_ascii=False))


def split_messages(blocks: list[dict], budget_blocks: int = MAX_BLOCKS - 1,
                   budget_chars: int = MESSAGE_TEXT_BUDGET) -> list[list[dict]]:
    """Consecutive runs of blocks that each fit in one message (one block is kept for the part label)."""
    messages: list[list[dict]] = []
    current: list[dict] = []
    size = 0
    for block in blocks:
        cost = _block_chars(block)
        if current and (len(current) >= budget_blocks or size + cost > budget_chars):
            messages.append(current)
            current, size = [], 0
        current.append(block)
        size += cost
    if current:
        messages.append(current)
    return messages


def thread_messages(digest: Digest) -> list[dict]:
    """The thread under the summary: all stories, discrepancies and flags, in numbered parts."""
    if digest.is_empty:
        return []
    parts = split_messages(detail_blocks(digest))
    messages = []
    for number, blocks in enumerate(parts, start=1):
        label = f"Part {number} of {len(parts)}" if len(parts) > 1 else "Details"
        messages.append({"blocks": [context(f"{label} · {digest.digest_date:%-d %b %Y}"), *blocks],
                         "text": f"{digest_title(digest)} — {label.lower()}"})
    return messages


def preview_messages(digest: Digest) -> list[dict]:
    return [summary_message(digest), *thread_messages(digest)]


# -- evidence, settings and help ---------------------------------------------------------------


def evidence_blocks(value: str) -> list[dict]:
    """Both (or all) sentences behind a discrepancy, from a "Show evidence" button."""
    try:
        payload = json.loads(value)
        kind, summary, evidence = payload["k"], payload["s"], payload["e"]
    except (ValueError, KeyError, TypeError):
        return [section("That button has expired.")]
    label = KIND_LABELS.get(kind, escape(str(kind)))
    blocks = [section(f":warning: *{label}*: {escape(str(summary))}")]
    for item in evidence if isinstance(evidence, list) else []:
        outlet, url, sentence = (list(item) + [None, None, None])[:3]
        blocks.append(section(f"> {escape(str(sentence or ''))}"))
        blocks.append(context(link(url, str(outlet or "unknown outlet"))))
    return blocks


STATE_ICONS = {"posted": ":white_check_mark:", "failed": ":x:", "skipped": ":fast_forward:", "claimed": ":hourglass:"}


def record_line(record: DigestRecord) -> str:
    line = f"{STATE_ICONS.get(record.state, '')} {record.digest_date:%a %-d %b}: *{record.state}*"
    if record.attempts > 1:
        line += f" after {_plural(record.attempts, 'attempt')}"
    if record.error:
        line += f" — {escape(truncate(record.error, 300))}"
    return line


def settings_blocks(subscription: Subscription | None, history: list[DigestRecord],
                    next_run: datetime | None = None) -> list[dict]:
    """`/digest settings`: the schedule, the quiet-day choice, and the latest deliveries."""
    if subscription is None:
        blocks = [section("This channel is not subscribed to the daily digest. "
                          "`/digest subscribe 08:00 Europe/London` to start.")]
    else:
        quiet = ("a short “nothing new” message" if subscription.post_when_empty else "no message")
        text = (f"Daily digest at *{subscription.post_time:%H:%M}* *{escape(subscription.timezone)}*.\n"
                f"Quiet days get {quiet} (`/digest settings post-empty` or `skip-empty` to change).")
        if next_run:
            text += f"\nNext: {_local(next_run, subscription.timezone):%a %-d %b %H:%M %Z}."
        blocks = [section(text)]
    if history:
        blocks.append(section("*Latest digests*\n" + "\n".join(record_line(r) for r in history)))
        if any(r.state == "failed" for r in history):
            blocks.append(context(":x: A failed digest is retried automatically within the grace window; "
                                  "`/digest now` posts it at once."))
    return blocks


DIGEST_HELP = """*Daily digest* — `/digest …`
• `/digest subscribe [HH:MM] [Area/City]` — this channel gets the digest daily (default {time} {zone}); add `skip-empty` to hear nothing on quiet days
• `/digest unsubscribe` — stop it
• `/digest settings` — time, timezone and the latest deliveries (`post-empty` / `skip-empty` to change quiet days)
• `/digest preview` — the digest as it would look now, only to you
• `/digest now` — post it now; it counts as today's digest"""


def help_blocks(default_time: str, default_zone: str, note: str | None = None) -> list[dict]:
    blocks = [section(f":warning: {note}")] if note else []
    return [*blocks, section(DIGEST_HELP.format(time=default_time, zone=escape(default_zone)))]


def subscribed_text(subscription: Subscription, next_due: datetime | None = None) -> str:
    text = (f":newspaper: This channel will get the digest daily at *{subscription.post_time:%H:%M}* "
            f"*{escape(subscription.timezone)}*.")
    if next_due:
        text += f" First one: {_local(next_due, subscription.timezone):%a %-d %b %H:%M %Z}."
    return text


def digest_date_label(day: date) -> str:
    return f"{day:%a %-d %b %Y}"
