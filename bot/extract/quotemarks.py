"""Quotation-mark pairing: which stretches of an article text sit inside double quotes.

Handles curly and straight marks, quotes that run over several paragraphs (a paragraph left
open and the next one reopening with a mark), and stray or unbalanced marks, which never
raise: an opener without a closer is closed at the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_MARKS = "\u201c\u201e\u00ab"  # “ „ «
CLOSING_MARKS = "\u201d\u00bb"  # ” »
STRAIGHT_MARK = '"'
ALL_MARKS = OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARK

# Characters after which a straight mark opens rather than closes a quote.
OPENING_CONTEXT = " \t\n([{\u2014\u2013-/:\u00a0"


@dataclass(frozen=True, slots=True)
class QuotedSegment:
    """One stretch of quoted text inside one paragraph; `outer` includes the marks."""

    outer_start: int
    outer_end: int
    inner_start: int
    inner_end: int


@dataclass(frozen=True, slots=True)
class QuotedPassage:
    """A quotation as the writer opened it: one segment, or one per paragraph it runs over."""

    segments: tuple[QuotedSegment, ...]
    closed: bool = True

    @property
    def start(self) -> int:
        return self.segments[0].outer_start

    @property
    def end(self) -> int:
        return self.segments[-1].outer_end


# Two apostrophes stand for a double mark in some wire and archive copy (''like this'').
DOUBLED_APOSTROPHE = "''"
# Markup left in scraped copy: its attribute quotes are not quotations.
_TAG_RE = re.compile(r"<[A-Za-z/][^<>]{0,300}>")
# A mark, or a run of three or else two apostrophes (as "'''|''|[marks]" would find them).
# Written to open with a character class, a mark or an apostrophe, that then turns a lone
# apostrophe away: a pattern opening with a class lets the regex engine skip straight to
# candidate characters instead of trying every branch at every character of the article.
_MARK_RE = re.compile("[" + re.escape(ALL_MARKS) + "'](?:(?<=')''?|(?<!'))")


def _role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the mark of `width` characters at position i."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    # Curly marks facing the wrong way are common in pasted copy: trust their position.
    if ch in OPENING_MARKS:
        wrong_way = not before.isspace() and before not in OPENING_CONTEXT and (after.isspace() or after in ",.;:!?)")
        return "close" if wrong_way else "open"
    if ch in CLOSING_MARKS:
        wrong_way = (before.isspace() or i == 0) and not after.isspace() and after not in ",.;:!?)"
        # A closing mark that opens a paragraph opens its quote ("” … they are not like him,”").
        return "open" if wrong_way or not text[text.rfind("\n", 0, i) + 1:i].strip() else "close"
    opens = before in OPENING_CONTEXT or before in OPENING_MARKS
    closes = not before.isspace() and before not in OPENING_CONTEXT
    if after.isspace() or after in ",.;:!?)":
        opens = False
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _doubled_mark(text: str, i: int, width: int) -> tuple[int, int]:
    """(position, width) of a mark. Three apostrophes are a doubled mark beside a single one
    nested in its quote, and the doubled mark is the outer one: the last two of a closing run
    (... 'it is special,' then two more), the first two of an opening one."""
    if width != 3:
        return i, width
    closing = i > 0 and not text[i - 1].isspace()
    return (i + 1, 2) if closing else (i, 2)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line; a line break ends a paragraph in our inputs."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quoted_passages(text: str) -> list[QuotedPassage]:
    """Every double-quoted passage in `text`, in order, with offsets into `text`."""
    passages: list[QuotedPassage] = []
    pending: list[QuotedSegment] = []  # segments of a passage left open at a paragraph end
    # Markup is rare: paragraphs are searched for tags only in an article that has some.
    has_tags = _TAG_RE.search(text) is not None
    for p_start, p_end in _paragraphs(text):
        tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text, p_start, p_end)] if has_tags else []
        marks = [_doubled_mark(text, m.start(), m.end() - m.start()) for m in _MARK_RE.finditer(text, p_start, p_end)
                 if not tags or not any(a < m.start() < b for a, b in tags)]  # attribute values in <tag a="…">
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        reopens = bool(marks) and marks[0][0] == first and _role(text, first, marks[0][1]) != "close"
        if pending and not reopens:
            passages.append(QuotedPassage(tuple(pending), closed=False))
            pending = []
        roles = [_role(text, i, width) for i, width in marks]
        open_at: tuple[int, int] | None = None  # (position, width) of the open mark
        nested = 0  # inner pairs inside the open quotation: “… he calls “hell” than …”
        for n, (i, width) in enumerate(marks):
            role = roles[n]
            if open_at is None:
                if role != "close":
                    open_at = (i, width)
                continue
            if role == "open" and i - open_at[0] > open_at[1]:
                if roles[n + 1:n + 3] == ["close", "close"]:
                    nested += 1  # an inner pair, then the outer close
                else:
                    open_at = (i, width)  # the first opener was stray; keep the later one
                continue
            if role == "open":
                continue
            if nested:
                nested -= 1
                continue
            o, w = open_at
            segment = QuotedSegment(o, i + width, o + w, i)
            passages.append(QuotedPassage(tuple(pending) + (segment,)))
            pending = []
            open_at = None
        if open_at is not None:
            o, w = open_at
            end = _trim_end(text, o + w, p_end)
            if end > o + w:
                pending.append(QuotedSegment(o, end, o + w, end))
            elif pending:
                passages.append(QuotedPassage(tuple(pending), closed=False))
                pending = []
        elif pending:
            passages.append(QuotedPassage(tuple(pending), closed=False))
            pending = []
    if pending:
        passages.append(QuotedPassage(tuple(pending), closed=False))
    return [p for p in passages if any(s.inner_end > s.inner_start for s in p.segments)]
