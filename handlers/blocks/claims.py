"""Block Kit for claim search results. Pure functions: domain models in, blocks out."""

from __future__ import annotations

import json

from bot.models import ClaimHit, ClaimKind, ClaimSearchResult
from handlers.blocks.mrkdwn import button, context, escape, link, section, truncate
from handlers.blocks.quotes import FLAG_ACTION, paged_result_blocks, quote_date

KIND_LABELS = {
    ClaimKind.ATTRIBUTED: "Attributed statement",
    ClaimKind.NUMERIC: "Figure",
    ClaimKind.DATE: "Date",
    ClaimKind.NON_CONFIRMATION: "Not confirmed",
}
MORE_CLAIMS_ACTION = "claims_more"


UNCOUNTED_UNITS = {"USD", "EUR", "GBP", "CNY", "JPY", "percent", "people"}


def figure(value: float | None, unit: str | None) -> str:
    """A normalised value as a reader says it: 2e7 tonne → "20 million tonnes"."""
    if value is None:
        return ""
    if unit and unit not in UNCOUNTED_UNITS and value != 1 and not unit.endswith("s"):
        unit += "s"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:g} {word} {unit or ''}".strip()
    return f"{value:g} {unit or ''}".strip()


def claim_detail(hit: ClaimHit) -> str:
    claim = hit.claim
    parts = [f"*{KIND_LABELS.get(claim.kind, claim.kind)}*"]
    if claim.speaker:
        parts.append(f"by {escape(claim.speaker)}" + (f" ({escape(claim.cue)})" if claim.cue else ""))
    if claim.kind == ClaimKind.NUMERIC and claim.value is not None:
        amount = figure(claim.value, claim.unit)
        if claim.value_to is not None:
            amount = f"from {amount} to {figure(claim.value_to, claim.unit)}"
        parts.append(f"= {escape((claim.hedge + ' ') if claim.hedge else '')}{escape(amount)}")
    if claim.kind == ClaimKind.DATE and claim.when:
        parts.append(f"= {claim.when:%-d %b %Y}" + (f" to {claim.when_to:%-d %b %Y}" if claim.when_to else ""))
    if claim.kind == ClaimKind.NON_CONFIRMATION and claim.subject:
        parts.append(f"about {escape(claim.subject)}")
    if claim.via:
        parts.append(f"via {escape(claim.via)}")
    return " · ".join(parts)


def claim_hit_blocks(hit: ClaimHit) -> list[dict]:
    article = hit.article
    sentence = escape(truncate(hit.claim.sentence or hit.claim.text, 1500))
    return [
        section(f"{claim_detail(hit)}\n> {sentence}"),
        context(" · ".join([link(article.link, article.outlet), quote_date(hit)])),
        {"type": "actions", "block_id": f"claim_{hit.claim.id}", "elements": [
            button("Flag", FLAG_ACTION, json.dumps({"article_id": article.id, "claim_id": hit.claim.id}))]},
    ]


def claim_result_blocks(result: ClaimSearchResult) -> list[dict]:
    """The ephemeral answer to `/claims`."""
    return paged_result_blocks(result, "claim", claim_hit_blocks, MORE_CLAIMS_ACTION)


CLAIMS_HELP = """*Search claims* — `/claims WHO WHAT`
• `/claims Trump soybeans` — statements, figures and dates Trump was reported to make about soybeans
• `/claims readout` — what an official readout did or did not mention
• Same filters as /quotes: `from:NAME`, `outlet:NAME`, `since:7d`, `"exact phrase"`"""
