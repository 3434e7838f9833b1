"""Making untrusted text safe for Slack: article and user text must never ping or link."""

from __future__ import annotations

SECTION_TEXT_LIMIT = 3000
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str | None) -> str:
    """Escape `&`, `<` and `>` so `<!channel>` or `<@U123>` arrive as inert text."""
    return (text or "").translate(_ESCAPES)


_LOOKALIKES = str.maketrans({"<": "‹", ">": "›"})


def plain_label(text: str | None, limit: int = 75) -> str:
    """Untrusted text for a plain_text label (menus, buttons): Slack shows entities there
    literally, so angle brackets become look-alikes instead of `&lt;`."""
    return truncate((text or "").translate(_LOOKALIKES), limit)


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def link(url: str | None, label: str) -> str:
    """A mrkdwn link; the label is escaped and the URL must be http(s) to become a link."""
    label = escape(label)
    if url and url.startswith(("http://", "https://")) and not any(c in url for c in "<>| "):
        return f"<{url.replace('&', '&amp;')}|{label}>"
    return label


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text, SECTION_TEXT_LIMIT)}}


def context(*parts: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(p, 2000)} for p in parts if p][:10]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    element = {"type": "button", "text": {"type": "plain_text", "text": text[:75]}, "action_id": action_id,
               "value": value[:2000]}
    if style:
        element["style"] = style
    return element
