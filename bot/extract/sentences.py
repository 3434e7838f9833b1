"""Sentence splitting with offsets, aware of quotations: a quote never splits its sentence.

Also tokenises the words outside quotes, with a single QUOTE token standing for each
quoted stretch, which is what the attribution rules read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extract.lexicon import PHRASAL_CUES, SPEECH_VERBS
from bot.extract.quotemarks import QuotedPassage, QuotedSegment

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "adm", "capt",
    "sgt", "rev", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "u.s",
    "u.k", "u.n", "e.g", "i.e", "d.c", "a.m", "p.m", "jan", "feb", "aug", "sept", "oct", "nov",
    "dec", "calif", "fla", "ind", "pa", "va", "ky", "tenn", "ill", "mass", "n.y", "n.j", "ariz",
    "wash", "mich", "minn", "wis", "okla", "la", "ga", "ala", "colo", "conn", "md", "mo", "nev",
    "ore", "tex", "del", "est", "approx", "dept", "univ", "assn", "bros", "v",
})

# `[.!?…][.!?…]*` rather than `[.!?…]+`: a pattern that opens with a plain character class lets
# the regex engine skip straight to the next stop instead of trying the pattern at every character.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s+(?:[\"“‘(\[A-Z0-9]|'')|\s*$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# Digit groups and clock times ("2,000-mile", "9:42") stay one token; the look-ahead keeps
# those branches from being tried at every letter. A plain word followed by none of ' ’ - .
# (most words) is taken whole by `\w+(?![\w'’\-.])`, which matches nothing the later word
# branches would not, instead of being scanned again by each of them.
_WORD_TOKEN = (
    r"(?=\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-\w+)*(?![\w,])|\d{1,2}:\d{2}(?!\d))|\w+(?![\w'’\-.])"
    r"|(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Rev|St|Jr|Sr|Prof|Adm|Capt|Sgt)\."
    r"|[A-Z]\.(?=\s+[A-Z])|[\w][\w'’\-.]*s['’](?![\w'’])|[\w][\w'’\-.]*[\w]|[\w]"
)
_PUNCT_TOKEN = r"-{2,3}|[^\w\s]"
# No token starts with white space: `(?=\S)` turns away the spaces between tokens with one
# test instead of every branch.
TOKEN_RE = re.compile(rf"(?=\S)(?:{_WORD_TOKEN}|{_PUNCT_TOKEN})")
# The same tokens, each with the white space before it and with words and punctuation in
# groups of their own: `findall` then hands over plain strings, the offsets follow from their
# lengths and the group says the kind, with no match object per token. Every character that
# is not white space starts a token, so only white space lies between two of them.
# Most words come in runs of plain words, each followed by one space ("the president said "):
# one match takes a whole run, to be split on its spaces, as each of its words is what the
# word branch `\w+(?![\w'’\-.])` would take alone (a space after the digits leaves the number
# branches nothing). The regex engine's cost is mostly per match, not per character.
_SPACED_TOKEN_RE = re.compile(rf"(\s*)(?:((?:\w++ )++)|({_WORD_TOKEN})|({_PUNCT_TOKEN}))")


class Token:
    """A word, punctuation mark, or a whole quoted segment (kind 'quote')."""

    __slots__ = ("text", "start", "end", "kind", "quote", "lower")

    def __init__(self, text: str, start: int, end: int, kind: str = "word", quote: int = -1) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind  # word | punct | quote
        self.quote = quote  # index into the article's passages for quote tokens
        self.lower = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)

    def quote_token_indices(self) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.kind == "quote"]


def _segment_spans(passages: list[QuotedPassage]) -> list[tuple[QuotedSegment, int]]:
    out = [(seg, i) for i, p in enumerate(passages) for seg in p.segments]
    out.sort(key=lambda pair: pair[0].outer_start)
    return out


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
# After initials, a capitalised word that is not a common sentence opener: a name follows.
_NAME_AFTER = re.compile(r" (?!(?:The|A|An|He|She|It|They|We|I|In|On|But|And|This|That|There)\b)[A-Z][a-z]+\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    before = match.group(1)
    word = before.lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Initials have a full stop inside them: a quick test spares most words the pattern.
    if "." in before and _INITIALS.fullmatch(before) and _NAME_AFTER.match(text, dot + 1):
        return True  # "Rep. G.K. Butterfield", "George H.W. Bush": initials before a name
    return len(word) == 1 and word.isalpha() and text[match.start(1)].isupper()


# Abbreviations a quotation never follows within its sentence ("Rep. “…”" does not occur).
TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "adm", "capt", "sgt", "rev", "st",
})


def _quote_opens_sentence(text: str, dot: int, line_segs: list[tuple[QuotedSegment, int]]) -> bool:
    """A quotation opening right after an abbreviation's full stop starts a new sentence:
    "…, who flew in from Springfield, Ill. “I just want …”"."""
    after = dot + 1
    while after < len(text) and text[after] == " ":
        after += 1
    if not any(seg.outer_start == after and text[seg.inner_start:seg.inner_start + 1].isupper()
               for seg, _ in line_segs):
        return False  # "said the U.S. “clearly” needed …": a quote inside the sentence
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    return match is not None and match.group(1).lower().rstrip(".") not in TITLES


_NEXT_WORDS = re.compile(r"\s*([\w.’'-]+)")
# Words that may precede a cue in a short attribution stub ("the campaign’s spokesman said").
_STUB_MAX_WORDS = 6
_STUB_TAIL_WORDS = 8


def _attribution_follows(text: str, pos: int, end: int) -> bool:
    """True when a short stub ("Trump asked." / "Bozell points out.") follows a quote that
    ends in . ? or !, so the stub belongs to the quote's sentence."""
    for count in range(_STUB_MAX_WORDS + 1):
        match = _NEXT_WORDS.match(text, pos, end)
        if not match:
            return False
        word = match.group(1)
        bare = word.rstrip(".,")
        if (bare.lower() in SPEECH_VERBS or bare.lower() in PHRASAL_CUES) and bare[0].islower():
            return word != bare or _stub_ends(text, match.end(), end)  # "asked." ends the stub
        if count == 0 and not (word[0].isupper() or bare.lower() in {"he", "she", "they", "asked", "said"}):
            return False
        if word.endswith(".") and count:
            return False
        pos = match.end()
    return False


def _stub_ends(text: str, pos: int, end: int) -> bool:
    """The rest of a stub after its cue: a sentence end or comma soon, and no "that"."""
    rest = text[pos:min(end, pos + 120)]
    stop = re.search(r"[.!?,;:]", rest)
    if stop is None or stop.group() == ":":
        return False  # "Zahed said: “…”": the stub introduces the quote after it
    tail = rest[:stop.start()]
    if any(mark in tail for mark in "\"“”"):
        return False  # a new quotation: "Park said Kim is “spiraling”" is a sentence of its own
    words = tail.split()
    return len(words) <= _STUB_TAIL_WORDS and "that" not in (w.lower() for w in words)


def split_sentences(text: str, passages: list[QuotedPassage]) -> list[Sentence]:
    """Sentences of `text` in order, each tokenised; quoted stretches stay inside one sentence."""
    segments = _segment_spans(passages)
    sentences: list[Sentence] = []
    pos = 0
    paragraph = 0
    seg_i = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line or line.isspace():
            continue
        # Quoted stretches that lie in this line.
        while seg_i < len(segments) and segments[seg_i][0].outer_end <= line_start:
            seg_i += 1
        line_segs = []
        j = seg_i
        while j < len(segments) and segments[j][0].outer_start < line_end:
            line_segs.append(segments[j])
            j += 1
        cuts = [line_start]
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            punct, cut = match.span()
            if line_segs and any(s.outer_start < cut < s.outer_end for s, _ in line_segs):
                continue
            if text[punct] == "." and cut - punct == 1 and _is_abbreviation(text, punct) \
                    and not _quote_opens_sentence(text, punct, line_segs):
                continue
            if cut - punct > 1 and text[cut - 1] in "\"”'" and _attribution_follows(text, cut, line_end):
                continue  # “Why now?” Trump asked.
            cuts.append(cut)
        cuts.append(line_end)
        for a, b in zip(cuts, cuts[1:]):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                sentences.append(Sentence(a, b, paragraph, tokenize(text, a, b, line_segs)))
        paragraph += 1
    return sentences


def tokenize(
    text: str, start: int, end: int, segments: list[tuple[QuotedSegment, int]]
) -> list[Token]:
    """Tokens of text[start:end]; each quoted segment becomes one 'quote' token."""
    tokens: list[Token] = []
    pos = start
    for seg, passage in segments:
        if seg.outer_end <= start or seg.outer_start >= end:
            continue
        a = max(seg.outer_start, start)
        b = min(seg.outer_end, end)
        if a > pos:
            tokens.extend(_words(text, pos, a))
        tokens.append(Token(text[a:b], a, b, "quote", passage))
        pos = b
    if pos < end:
        tokens.extend(_words(text, pos, end))
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    out = []
    append = out.append
    pos = start
    for space, run, word, punct in _SPACED_TOKEN_RE.findall(text, start, end):
        token_start = pos + len(space)
        if run:  # plain words one space apart (and one space after the last)
            pos = token_start + len(run)
            for word in run.split():
                word_end = token_start + len(word)
                append(Token(word, token_start, word_end))
                token_start = word_end + 1
        elif word:
            pos = token_start + len(word)
            if word[-1] == "." and len(word) > 2 and "." not in word[:-1] and word[:-1].lower() not in ABBREVIATIONS:
                # "said." at a sentence end: the stop is punctuation, not part of the word.
                append(Token(word[:-1], token_start, pos - 1))
                append(Token(".", pos - 1, pos, "punct"))
            else:
                append(Token(word, token_start, pos))
        else:
            pos = token_start + len(punct)
            if punct in {"--", "---"}:
                append(Token("—", token_start, pos, "punct"))  # a typed em dash reads as one
            else:
                append(Token(punct, token_start, pos, "punct"))
    return out
