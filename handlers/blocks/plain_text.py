"""Block Kit rendered as terminal text: the offline console and the CLI show what Slack would."""

from __future__ import annotations

import re

_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_MENTION = re.compile(r"<([@#!][^>|]*)(?:\|([^>]*))?>")
_UNESCAPE = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def mrkdwn_to_text(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1).replace('&amp;', '&')})", text)
    text = _MENTION.sub(lambda m: m.group(2) or m.group(1), text)
    for escaped, plain in _UNESCAPE:
        text = text.replace(escaped, plain)
    return text


def _element_text(element: dict) -> str:
    text = element.get("text")
    if isinstance(text, dict):
        text = text.get("text", "")
    return mrkdwn_to_text(text or "")


def blocks_to_text(blocks: list[dict], show_actions: bool = True) -> str:
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind in ("section", "header"):
            lines.append(_element_text(block))
            lines.extend(_element_text(f) for f in block.get("fields", []))
        elif kind == "context":
            lines.append("  " + "  ".join(_element_text(e) for e in block.get("elements", [])))
        elif kind == "divider":
            lines.append("-" * 60)
        elif kind == "actions" and show_actions:
            lines.append("  " + " ".join(f"[{_element_text(e)}]" for e in block.get("elements", [])))
        elif kind == "input":
            element = block.get("element", {})
            options = ", ".join(_element_text(o) for o in element.get("options", []))
            lines.append(f"{_element_text(block.get('label', {}))}: [{options or element.get('type', 'input')}]")
        elif kind == "rich_text":
            lines.append("(rich text)")
    return "\n".join(line for line in lines if line is not None)
