"""Block Kit for quote search results. Pure functions: domain models in, blocks out."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.models import ClaimHit, ClaimSearchResult, Quote, QuoteHit, SearchResult
from handlers.blocks.mrkdwn import button, context, escape, link, section, truncate

QUOTE_DISPLAY_LIMIT = 1500
SHARE_ACTION = "quotes_share"
MORE_ACTION = "quotes_more"
FLAG_ACTION = "flag_article"
LOW_CONFIDENCE = 0.5


def quote_date(hit: QuoteHit | ClaimHit) -> str:
    when = hit.article.published
    return when.strftime("%b %-d, %Y") if when else "undated"


def quoted_words(quote: Quote) -> str:
    """The quote as a reader should see it: the parts of a quote split around its attribution
    ("…,” he said. “…") joined by an ellipsis. `text` joins the spans' parts with one space."""
    lengths = [end - start for start, end in quote.spans]
    if len(lengths) < 2 or sum(lengths) + len(lengths) - 1 != len(quote.text):
        return quote.text
    parts, at = [], 0
    for length in lengths:
        parts.append(quote.text[at : at + length])
        at += length + 1
    return " … ".join(parts)


def quote_block_text(hit: QuoteHit) -> str:
    quote = hit.quote
    words = escape(truncate(quoted_words(quote), QUOTE_DISPLAY_LIMIT))
    speaker = f"*{escape(quote.speaker)}*" if quote.speaker else "_speaker unknown_"
    if quote.speaker_role:
        speaker += f" ({escape(quote.speaker_role)})"
    return f"> “{words}”\n— {speaker}"


def quote_context(hit: QuoteHit) -> str:
    article = hit.article
    parts = [link(article.link, article.outlet), quote_date(hit)]
    if hit.quote.via:
        parts.insert(1, f"via {escape(hit.quote.via)}")
    if article.title:
        parts.append(link(article.link, truncate(article.title, 120)))
    if hit.quote.is_scare_quote:
        parts.append("_a phrase in quote marks, not attributed to anyone_")
    elif hit.quote.confidence < LOW_CONFIDENCE:
        parts.append("_low confidence in the speaker_")
    if hit.open_flags:
        parts.append(f":triangular_flag_on_post: {hit.open_flags} open flag(s)")
    return " · ".join(parts)


def result_heading(result: SearchResult | ClaimSearchResult, noun: str = "quote") -> str:
    query = result.query
    who = " or ".join(f"*{escape(s)}*" for s in query.speakers)
    about = ", ".join(escape(t) for t in [*query.terms, *(f"“{p}”" for p in query.phrases)])
    noun = noun if result.total == 1 else noun + "s"
    heading = f"*{result.total}{'+' if result.capped else ''}* {noun}"
    if who:
        heading += f" from {who}"
    if about:
        heading += f" about {about}"
    return heading


def quote_hit_blocks(hit: QuoteHit, with_actions: bool = True) -> list[dict]:
    blocks = [section(quote_block_text(hit)), context(quote_context(hit))]
    if with_actions:
        blocks.append({
            "type": "actions",
            "block_id": f"quote_{hit.quote.id}",
            "elements": [
                button("Share in channel", SHARE_ACTION, str(hit.quote.id)),
                button("Flag", FLAG_ACTION, json.dumps({"article_id": hit.article.id, "quote_id": hit.quote.id})),
            ],
        })
    return blocks


def paged_result_blocks(result: SearchResult | ClaimSearchResult, noun: str,
                        hit_blocks: Callable[[object], list[dict]], more_action: str) -> list[dict]:
    """A search answer: heading, one card per hit, and paging ("More results")."""
    if not result.hits:
        return empty_result_blocks(result)
    blocks = [section(result_heading(result, noun))]
    if result.query.notes:
        blocks.append(context(*(escape(n) for n in result.query.notes)))
    for hit in result.hits:
        blocks.append({"type": "divider"})
        blocks.extend(hit_blocks(hit))
    shown_to = result.query.offset + len(result.hits)
    footer = [f"Showing {result.query.offset + 1}–{shown_to} of {result.total}{'+' if result.capped else ''}"
              + (" (the newest; narrow the search to see older ones)" if result.capped else "")]
    blocks.append(context(*footer))
    if shown_to < result.total:
        value = json.dumps({"q": result.query.raw, "offset": shown_to})
        blocks.append({"type": "actions", "elements": [button("More results", more_action, value)]})
    return blocks


def search_result_blocks(result: SearchResult) -> list[dict]:
    """The ephemeral answer to `/quotes`."""
    return paged_result_blocks(result, "quote", quote_hit_blocks, MORE_ACTION)


def empty_result_blocks(result: SearchResult | ClaimSearchResult) -> list[dict]:
    blocks = [section(f":mag: {escape(result.explanation or 'Nothing found.')}")]
    if result.suggestions:
        blocks.append(context("Try: " + " · ".join(f"`{escape(s)}`" for s in result.suggestions)))
    if result.query.notes:
        blocks.append(context(*(escape(n) for n in result.query.notes)))
    return blocks


def shared_quote_blocks(hit: QuoteHit, shared_by: str) -> list[dict]:
    return [*quote_hit_blocks(hit, with_actions=False), context(f"Shared by <@{shared_by}> from /quotes")]


def fallback_text(result: SearchResult) -> str:
    if not result.hits:
        return escape(result.explanation or "No quotes found.")
    first = result.hits[0].quote
    return escape(f"{result.total} quotes. First: “{truncate(first.text, 200)}” — {first.speaker or 'unknown'}")


QUOTES_HELP = """*Search quotes* — `/quotes WHO WHAT`
• `/quotes Xi Taiwan` — what Xi Jinping said about Taiwan (surnames, aliases and typos work)
• `/quotes from:"Xi Jinping" outlet:Reuters since:7d` — filters: speaker, outlet, since a date or `7d`/`24h`/`2w`
• `/quotes "great prudence"` — an exact phrase"""


def help_blocks(text: str = QUOTES_HELP) -> list[dict]:
    return [section(text)]
