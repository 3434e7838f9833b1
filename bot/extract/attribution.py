"""Attributions: who said what, found from cue words and the quotes and clauses around them.

`analyse(text)` reads an article once and returns every attribution (source, cue, content
spans, relaying source) plus the quoted passages and sentences it found. Quotes, reported
speech and the scorer's JSONL are all views of this one analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bot.extract.lexicon import (
    PLACES,
    SOURCE_NOUNS,
    DOCUMENT_NOUNS,
    OUTLETS,
    RELAY_VERBS,
    AMBIGUOUS_CUES,
    PHRASAL_CUES,
    CHARACTERISING_VERBS,
    SUBJECT_CUE_FILLERS,
    DETERMINERS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    THAT_ONLY_CUES,
)
from bot.extract.quotemarks import QuotedPassage, find_quoted_passages
from bot.extract.relay import WRITTEN_CUES, outlet_relay, platform_relay
from bot.extract.sentences import Sentence, Token, split_sentences
from bot.extract.sources import (
    TokenRange,
    description_after_quote,
    phrase_after,
    phrase_before,
    phrase_to_comma,
)
from bot.extract.speakers import ArticleSpeakers, Mention, classify, name_mentions, split_role, strip_possessive
from bot.models import Span, SpeakerKind

# Words that start a prepositional phrase: a name after them is not a sentence subject.
PREPOSITIONS: frozenset[str] = frozenset({
    "to", "of", "in", "on", "with", "for", "by", "from", "at", "as", "about", "after",
    "before", "over", "under", "between", "against", "toward", "towards", "than", "like",
    "into", "during", "since", "without", "through", "among", "behind", "beyond", "near",
})
# A quote this long (in words) used as the object of a person's verb is taken as theirs.
SUBJECT_QUOTE_MIN_WORDS = 7
# Quotes this long (in words) that no rule attributes are still kept, with low confidence.
UNATTRIBUTED_MIN_WORDS = 9
# Words after a cue that start an adjunct, not the reported clause ("said Monday").
TIME_WORDS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "earlier", "later", "recently", "last", "this", "again", "repeatedly",
    "privately", "publicly", "afterward", "afterwards", "then", "once", "twice", "often",
})
# Words that open a subordinate clause whose content ends at its comma ("When Trump said …, …").
SUBORDINATORS: frozenset[str] = frozenset({
    "when", "as", "after", "while", "if", "though", "although", "because", "since", "before",
    "once", "until", "whereas", "whenever",
})
# Punctuation that ends a reported clause.
CLAUSE_BREAKS: frozenset[str] = frozenset({";", "(", ")"})
END_PUNCT: frozenset[str] = frozenset({".", "!", "?", "…"})
DASHES: frozenset[str] = frozenset({"—", "―", "–"})
# How far (tokens) after a cue we look for the "that" opening its clause.
MAX_OBJECT_BEFORE_THAT = 8
# How far (tokens) an adjunct after a cue may run: "said in an interview on Monday night".
MAX_ADJUNCT = 14


@dataclass(slots=True)
class Attribution:
    """One attribution relation: a source, its cue, and the content they introduce."""

    sentence: int  # index of the sentence holding the cue
    cue: Token | None
    source: TokenRange | None  # token range within that sentence
    source_span: Span | None = None
    source_text: str | None = None
    speaker: str | None = None
    role: str | None = None
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    content: list[Span] = field(default_factory=list)  # quote spans include their marks
    passages: list[int] = field(default_factory=list)  # quoted passages forming the content
    partial: list[int] = field(default_factory=list)  # quotes embedded in reported content
    direct: bool = False  # content is nothing but quotation
    via: str | None = None
    confidence: float = 0.5
    sentences: list[int] = field(default_factory=list)
    content_range: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    head: int | None = None  # first token of source-and-cue, where a preceding clause ends


@dataclass(slots=True)
class ArticleAnalysis:
    text: str
    passages: list[QuotedPassage]
    sentences: list[Sentence]
    attributions: list[Attribution]
    speakers: ArticleSpeakers


def _is_cue(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.kind != "word":
        return False
    lower = token.lower
    if lower == "according":
        return i + 1 < len(tokens) and tokens[i + 1].lower == "to"
    if lower in PHRASAL_CUES and i + 1 < len(tokens) and tokens[i + 1].lower == PHRASAL_CUES[lower]:
        return token.text[0].islower()
    if lower not in REPORTING_VERBS and lower not in CHARACTERISING_VERBS or not token.text[0].islower():
        return False
    if i > 0 and tokens[i - 1].lower in DETERMINERS - {"that", "both", "all"}:
        return False  # "the call", "his post": a noun
    return True


def _skip_to_clause(tokens: list[Token], i: int, cue: str) -> tuple[int, bool]:
    """Index where the clause introduced by a cue begins, and whether it was marked
    ("that", a colon, or a comma before a quote)."""
    for k in range(i, min(len(tokens), i + MAX_OBJECT_BEFORE_THAT)):
        token = tokens[k]
        if token.kind == "quote":
            if k == i:
                return k, True
            break
        if token.lower == "that" and k + 1 < len(tokens):
            return k, True  # the reported clause keeps its "that", as annotators mark it
        if token.text == ":":
            return k + 1, True
        if token.text == "," and k + 1 < len(tokens) and tokens[k + 1].kind == "quote":
            return k + 1, True
        if token.text in {",", ";"} or token.text in END_PUNCT:
            break
    if cue in THAT_ONLY_CUES or cue == "according":
        return i, False
    if i < len(tokens) and (tokens[i].lower in PREPOSITIONS or tokens[i].lower in TIME_WORDS):
        # "said on Monday he would …", "said on ABC’s “This Week” that …": the clause starts
        # after the adjunct, at "that", a subject pronoun, or a quote that is not a title.
        for k in range(i + 1, min(len(tokens), i + MAX_ADJUNCT)):
            token = tokens[k]
            if token.lower == "that" or token.lower in SUBJECT_PRONOUNS:
                return k, True
            if token.kind == "quote":
                if tokens[k - 1].kind == "word" and tokens[k - 1].text[0].islower():
                    return k, True
                continue
            if token.kind != "word" and token.text not in {"’", "'"}:
                break
    return i, i < len(tokens) and tokens[i].text not in {",", ".", ";"}


def _clause_end(tokens: list[Token], start: int) -> int:
    """End (exclusive) of a reported clause starting at `start`."""
    if tokens and tokens[0].lower in SUBORDINATORS:
        # "When Trump suggested that …, Rubio fired back": the clause ends at its comma.
        for k in range(start, len(tokens)):
            if tokens[k].text == "," and k > start:
                return k
            if tokens[k].kind == "quote" and tokens[k].text.rstrip()[-2:-1] == ",":
                return k + 1
    k = start
    while k < len(tokens):
        token = tokens[k]
        if token.text in CLAUSE_BREAKS:
            return k
        if token.kind == "word" and token.lower.endswith("ing") and token.lower in SPEECH_VERBS:
            if k > start and (tokens[k - 1].text == "," or tokens[k - 1].lower == "and"
                              or tokens[k - 1].kind == "quote"):
                return k - 1 if tokens[k - 1].kind != "quote" else k
        if token.lower == "according" and k > start and tokens[k - 1].text == ",":
            return k - 1
        if k > start and tokens[k - 1].kind == "quote" and token.lower in SUBORDINATORS:
            return k  # he’s “excited where we stand” as he faces …
        if token.text == "," and k > start and k + 1 < len(tokens) and tokens[k + 1].lower in {"a", "an"}:
            return k  # the contest was "rigged", a charge the party denied
        if token.text == ":" and k + 1 < len(tokens) and tokens[k + 1].kind == "quote" and k > start:
            return k  # "he was too busy: “…”": the quote is its own attribution
        k += 1
    while k > start and (tokens[k - 1].text in END_PUNCT or tokens[k - 1].text in {",", ":"}):
        k -= 1
    return k


def _sentence_subject(tokens: list[Token], before: int) -> TokenRange | None:
    """The subject of a sentence: the first pronoun, name or described source (not inside a
    prepositional phrase) that is followed by a verb-like word; else the first such phrase."""
    first_found: TokenRange | None = None
    i = 0
    while i < min(before, len(tokens)):
        token = tokens[i]
        previous = tokens[i - 1].lower if i else ""
        if token.kind != "word" or previous in PREPOSITIONS or (i == 0 and token.lower.endswith(("ing", "ed"))):
            i += 1
            continue
        found: TokenRange | None = None
        if token.lower in SUBJECT_PRONOUNS - {"it", "you"}:
            found = (i, i + 1)
        elif token.text[0].isupper() or token.lower in DETERMINERS:
            found = phrase_after(tokens, i)
            if found and strip_possessive(tokens[found[1] - 1].text) != tokens[found[1] - 1].text:
                found = None  # "Trump’s campaign": the owner is not the subject
        if found is None:
            i += 1
            continue
        after = tokens[found[1]] if found[1] < len(tokens) else None
        if after is not None and after.kind == "word" and after.text[0].islower() and after.lower not in PREPOSITIONS | {"and", "or"}:
            return found
        if first_found is None and (after is None or after.text != ","):
            first_found = found
        i = found[1]
    return first_found


def _find_source(tokens: list[Token], c: int, frames: list[Attribution]) -> tuple[TokenRange | None, str]:
    """Source phrase for the cue at index c, and how it was found."""
    cue = tokens[c]
    if cue.lower == "according":
        return phrase_after(tokens, c + 2) or phrase_to_comma(tokens, c + 2), "according"
    participle = cue.lower.endswith("ing")
    left = None if participle and c > 0 and tokens[c - 1].text == "," else phrase_before(tokens, c)
    if left is None and c >= 2 and tokens[c - 1].lower == "to":
        left = phrase_before(tokens, c - 3 if tokens[c - 2].lower == "on" else c - 2, False)
    if left and strip_possessive(tokens[left[1] - 1].text) != tokens[left[1] - 1].text:
        left = None  # "Trump’s stated aim": a possessive is no subject
    if left and participle and tokens[left[1] - 1].lower in DOCUMENT_NOUNS and left[0] > 0 and tokens[left[0] - 1].text[0].islower():
        # "Rubio’s campaign sent out a press release saying …": the sender speaks.
        subject = _sentence_subject(tokens, left[0])
        if subject:
            return subject, "inherit"
    if left:
        return left, "left"
    described = description_after_quote(tokens, c)
    if described:
        return described, "left"
    after_quote = c > 0 and tokens[c - 1].kind == "quote" or c > 1 and tokens[c - 1].text == "," and tokens[c - 2].kind == "quote"
    if not participle and after_quote:
        right = phrase_after(tokens, c + 1, permissive=True)
        if right:
            return right, "right"
    if cue.lower in AMBIGUOUS_CUES:
        return None, "none"
    if not participle and c > 0 and tokens[c - 1].text in {",", "—", ":"}:
        right = phrase_after(tokens, c + 1)
        if right:
            return right, "right"
    if participle or c > 0 and tokens[c - 1].lower in {"and", "but"}:
        for frame in reversed(frames):
            if frame.cue is not None and frame.cue.lower != "according" and frame.cue.start < cue.start:
                return frame.source, "inherit"
        subject = _sentence_subject(tokens, c)
        if subject:
            return subject, "inherit"
    return None, "none"


def _range_spans(tokens: list[Token], a: int, b: int, passages: list[QuotedPassage]) -> tuple[list[Span], list[int], bool]:
    """Content spans for tokens[a:b]; a stretch of quotes only becomes its quote spans."""
    body = [t for t in tokens[a:b] if t.kind != "punct" or t.text not in {",", ":", "—", "."}]
    quote_ids = [t.quote for t in tokens[a:b] if t.kind == "quote"]
    if body and all(t.kind == "quote" for t in body):
        spans: list[Span] = []
        for pid in dict.fromkeys(quote_ids):
            spans.extend((s.outer_start, s.outer_end) for s in passages[pid].segments)
        return spans, list(dict.fromkeys(quote_ids)), True
    return [(tokens[a].start, tokens[b - 1].end)], list(dict.fromkeys(quote_ids)), False


def _quote_run_before(tokens: list[Token], end: int) -> int | None:
    """Start of the quotes (and the clause opening them) that end just before `end`."""
    k = end
    while k > 0 and tokens[k - 1].text in {",", "—", "–", "―"}:
        k -= 1
    if k == 0 or tokens[k - 1].kind != "quote":
        return None
    first = k - 1
    while first > 0 and (tokens[first - 1].kind == "quote" or tokens[first - 1].text in {",", "and"}):
        first -= 1
    # A partial quote in a clause: "The country “has changed,” he said".
    while first > 0 and tokens[first - 1].text not in {".", ";", ":"} and tokens[first - 1].kind != "quote":
        first -= 1
    return first


def _left_content(tokens: list[Token], head: int, how: str, has_right: bool,
                  quoted_right: bool = False) -> tuple[int, int] | None:
    """Content before a source: "“…,” she said" or "The plan failed, officials said"."""
    if head <= 0 or how == "inherit":
        return None
    if tokens[head - 1].lower == "as":
        return None  # "as Xinhua noted, …": the content follows
    first = _quote_run_before(tokens, head)
    if first is not None and first > 0 and has_right and not quoted_right:
        first = None  # "Asked about “X,” Sanders said he …": the quote is not the content
    gap = head
    while first is None and gap > 0 and head - gap < 4 and tokens[gap - 1].kind == "word" and not _is_cue(tokens, gap - 1):
        gap -= 1  # "“…,” Trump lawyer Marc Kasowitz said"
        first = _quote_run_before(tokens, gap)
    if first is not None:
        end = gap
        while end > first and tokens[end - 1].text in {",", "—", "–", "―"}:
            end -= 1
        return (first, end)
    if tokens[head - 1].text == "," and (not has_right or quoted_right):
        lead = head - 1
        first = 0
        for k in range(lead - 1, -1, -1):
            if tokens[k].text in {";", ":"} or tokens[k].kind == "quote" and k != 0:
                first = k + 1
                break
        if lead - first >= 3 and (not quoted_right or any(t.kind == "quote" for t in tokens[first:lead])):
            return (first, lead)
    return None


def _right_content(tokens: list[Token], c: int, after: int, how: str, quoted_left: bool) -> tuple[int, int] | None:
    """Content after a cue: a "that" clause, a colon, a quote, or a bare reported clause."""
    cue = tokens[c].lower
    if quoted_left:
        # "“…,” he said, “…”": only further quotation continues the content.
        for k in range(after, len(tokens)):
            if tokens[k].kind == "quote":
                if tokens[k - 1].text not in {",", ":", "—", "–"}:
                    return None  # a quote inside a new clause is not this speaker's sequel
                end = k + 1
                while end < len(tokens) and tokens[end].kind == "quote":
                    end += 1
                return (k, end)
            if tokens[k].lower == "that" or _is_cue(tokens, k) and (
                not tokens[k].lower.endswith("ing")
                or k + 1 < len(tokens) and (tokens[k + 1].lower in {"that", "he", "she", "they"}
                                            or tokens[k + 1].kind == "quote")
            ):
                return None
        return None
    if how == "left" and c > 0 and tokens[c - 1 - (tokens[c - 1].lower in SUBJECT_CUE_FILLERS)].lower == "as":
        if after < len(tokens) and tokens[after].text == ",":
            end = _clause_end(tokens, after + 1)
            return (after + 1, end) if end > after + 1 else None
    start, marked = _skip_to_clause(tokens, after, cue)
    if how == "right" and not (start < len(tokens) and tokens[start].kind == "quote"):
        return None
    if how == "according":
        if start < len(tokens) and tokens[start].text == ",":
            start += 1
            marked = True
    if marked:
        end = _clause_end(tokens, start)
        return (start, end) if end > start else None
    if cue in SPEECH_VERBS or cue in CHARACTERISING_VERBS:
        end = _clause_end(tokens, after)
        quotes = [k for k in range(after, end) if tokens[k].kind == "quote"]
        if quotes:
            if cue in CHARACTERISING_VERBS:
                end = quotes[0] + 1  # "described the incident as a “terrible situation”"
            return (after, end)
    return None


def _is_relay(tokens: list[Token], frame: Attribution) -> bool:
    """A frame whose source is an outlet relaying someone else's words."""
    if frame.cue is not None and frame.cue.lower == "according":
        return True
    if frame.source is None or frame.cue is None or frame.cue.lower not in RELAY_VERBS:
        return False
    words = " ".join(t.text for t in tokens[frame.source[0]:frame.source[1]] if t.lower != "the")
    return words in OUTLETS


def _dash_frames(si: int, tokens: list[Token]) -> list[Attribution]:
    """The trailing form “…” —Name: a dash after a quote, then a name."""
    frames = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in DASHES and tokens[k - 1].kind == "quote":
            source = phrase_after(tokens, k + 1)
            if source and tokens[source[0]].text[0].isupper():
                first = _quote_run_before(tokens, k)
                frame = Attribution(si, tokens[k], source, sentences=[si], confidence=0.8)
                frame.content_range = [(first if first is not None else k - 1, k)]
                frames.append(frame)
    return frames


def _sentence_frames(si: int, sentence: Sentence, passages: list[QuotedPassage]) -> list[Attribution]:
    tokens = sentence.tokens
    frames: list[Attribution] = []
    for c in range(len(tokens)):
        if not _is_cue(tokens, c):
            continue
        source, how = _find_source(tokens, c, frames)
        if source is None:
            continue
        frame = Attribution(si, tokens[c], source, sentences=[si])
        frame.confidence = {"left": 0.85, "right": 0.9, "according": 0.8, "inherit": 0.7}[how]
        phrasal = tokens[c].lower in PHRASAL_CUES and c + 1 < len(tokens) and tokens[c + 1].lower == PHRASAL_CUES[tokens[c].lower]
        cue_end = c + 2 if tokens[c].lower == "according" or phrasal else c + 1
        after = max(cue_end, source[1]) if how in {"right", "according"} else cue_end
        head = min(source[0], c) if how != "inherit" else c
        right_probe = _right_content(tokens, c, after, how, False)
        quoted_right = right_probe is not None and tokens[right_probe[0]].kind == "quote"
        left = _left_content(tokens, head, how, right_probe is not None, quoted_right)
        quoted_left = left is not None and any(t.kind == "quote" for t in tokens[left[0]:left[1]])
        right = _right_content(tokens, c, after, how, True) if quoted_left else right_probe
        frame.content_range = [p for p in (left, right) if p and p[1] > p[0]]
        frame.head = head
        if frame.content_range:
            frames.append(frame)
    frames.extend(_dash_frames(si, tokens))
    # "according to X" / "Xinhua reported" is a relay, not a frame, when another cue in its
    # clause speaks.
    frames = [f for f in frames if f.cue is None or not _is_relay(tokens, f) or not any(
        o is not f and o.cue is not None and any(a <= tokens.index(o.cue) < b for a, b in f.content_range)
        for o in frames)]
    # A clause ends where the next attribution in the sentence begins.
    heads = sorted(f.head for f in frames if f.head is not None and f.cue is not None
                   and (f.cue.lower in SPEECH_VERBS or f.cue.lower == "according"))
    for frame in frames:
        trimmed = []
        for a, b in frame.content_range:
            for h in heads:
                if a < h < b:
                    b = h
            while b > a and (tokens[b - 1].text in {",", ";", ":", "and", "but", "—", "–"}):
                b -= 1
            if b > a:
                trimmed.append((a, b))
        frame.content_range = trimmed
    keep = []
    for frame in frames:
        for a, b in frame.content_range:
            spans, quote_ids, only_quotes = _range_spans(tokens, a, b, passages)
            frame.content.extend(spans)
            (frame.passages if only_quotes else frame.partial).extend(quote_ids)
        if not frame.content:
            continue
        frame.direct = bool(frame.passages) and not frame.partial
        keep.append(frame)
    return keep


def _resolve(analysis_speakers: ArticleSpeakers, sentence: Sentence, frame: Attribution, text: str) -> None:
    """Fill in speaker name, role and kind from the frame's source tokens."""
    tokens = sentence.tokens
    a, b = frame.source
    frame.source_span = (tokens[a].start, tokens[b - 1].end)
    frame.source_text = text[frame.source_span[0]:frame.source_span[1]]
    words = [t for t in tokens[a:b]]
    first = words[0].lower
    if len(words) == 1 and first in SUBJECT_PRONOUNS:
        if first in PERSON_PRONOUNS:
            person = analysis_speakers.resolve_pronoun(first, words[0].start)
            if person:
                frame.speaker, frame.role, frame.kind = person.canonical, person.role, person.kind
                frame.confidence -= 0.05
                return
        frame.speaker = words[0].text
        frame.confidence -= 0.25
        return
    if first in DETERMINERS and len(words) <= 3 and words[-1].lower in ROLE_NOUNS:
        person = analysis_speakers.resolve_role_noun(words[-1].lower, words[0].start)
        if person:
            frame.speaker, frame.role, frame.kind = person.canonical, person.role, person.kind
            frame.confidence -= 0.1
            return
    sub = Sentence(frame.source_span[0], frame.source_span[1], sentence.paragraph, words)
    mentions = name_mentions(sub)
    if mentions:
        mention: Mention = mentions[-1] if words[0].lower in DETERMINERS else mentions[0]
        person = analysis_speakers.resolve_name(mention)
        if person and mention.kind is not SpeakerKind.ORGANISATION:
            frame.speaker, frame.role, frame.kind = person.canonical, person.role or mention.role or None, person.kind
            return
        frame.speaker = mention.name
        frame.role = mention.role or None
        frame.kind = mention.kind if mention.kind is not SpeakerKind.UNKNOWN else classify(mention.name, "")
        if frame.kind is SpeakerKind.UNKNOWN and words[0].lower == "the":
            frame.kind = SpeakerKind.ORGANISATION
        return
    # A description: "the newspaper", "officials".
    phrase = [t.text for t in words if t.lower not in DETERMINERS or t is not words[0]]
    role_words, name_words = split_role(phrase)
    frame.speaker = " ".join(phrase) if phrase else frame.source_text
    frame.kind = SpeakerKind.ORGANISATION if words[-1].lower in {"newspaper", "paper", "agency", "ministry", "kremlin", "campaign", "government", "administration", "statement", "report"} else SpeakerKind.UNKNOWN
    frame.confidence -= 0.15


def _ends_in_quote(analysis: ArticleAnalysis, frame: Attribution) -> bool:
    end = frame.content[-1][1]
    return any(p.end == end for p in (analysis.passages[i] for i in frame.partial))


def _colon_frame(analysis: ArticleAnalysis, si: int, colon_sentence: int, colon: int, quote_ids: list[int]) -> Attribution | None:
    """A quote introduced by a colon ("Sanders delivered a retort: “…”") belongs to the
    subject of the clause before the colon."""
    tokens = analysis.sentences[colon_sentence].tokens
    subject = _sentence_subject(tokens, colon)
    if subject is None:
        return None
    frame = Attribution(colon_sentence, tokens[colon], subject, sentences=sorted({colon_sentence, si}),
                        confidence=0.6)
    for pid in quote_ids:
        frame.passages.append(pid)
        frame.content.extend((s.outer_start, s.outer_end) for s in analysis.passages[pid].segments)
    frame.direct = True
    _resolve(analysis.speakers, analysis.sentences[colon_sentence], frame, analysis.text)
    return frame


def _attach_unclaimed(analysis: ArticleAnalysis) -> None:
    """Quotes no cue claimed: a quote-only sentence continues the previous quote of its
    paragraph (or of the paragraph before), and a quote after a colon belongs to the
    subject before the colon."""
    claimed = {p for f in analysis.attributions for p in f.passages + f.partial}
    by_sentence: dict[int, list[Attribution]] = {}
    for frame in analysis.attributions:
        by_sentence.setdefault(frame.sentence, []).append(frame)
    added: list[Attribution] = []
    last_direct: Attribution | None = None
    sentences = analysis.sentences
    for si, sentence in enumerate(sentences):
        tokens = sentence.tokens
        if si and sentence.paragraph != sentences[si - 1].paragraph:
            if sentence.paragraph != sentences[si - 1].paragraph + 1:
                last_direct = None
        frames = by_sentence.get(si, [])
        open_quotes = [t for t in tokens if t.kind == "quote" and t.quote not in claimed]
        if frames:
            # A frame whose content ends in a quote may continue in the next sentence.
            direct = [f for f in frames if f.passages or f.partial and _ends_in_quote(analysis, f)]
            last_direct = direct[-1] if direct else None
        words = [t for t in tokens if t.kind == "word"]
        if not open_quotes:
            if not frames:
                last_direct = None
            continue
        quote_ids = list(dict.fromkeys(t.quote for t in open_quotes))
        if not words and not frames:
            prev = sentences[si - 1] if si else None
            prev_tail = prev.tokens[-1] if prev and prev.tokens else None
            if prev_tail is not None and prev_tail.text == ":" and not by_sentence.get(si - 1):
                frame = _colon_frame(analysis, si, si - 1, len(prev.tokens) - 1, quote_ids)
                if frame:
                    added.append(frame)
                    claimed.update(quote_ids)
                    last_direct = frame
                continue
            if last_direct is not None:
                for pid in quote_ids:
                    claimed.add(pid)
                    (last_direct.passages if last_direct.direct else last_direct.partial).append(pid)
                    last_direct.content.extend((s.outer_start, s.outer_end) for s in analysis.passages[pid].segments)
                if si not in last_direct.sentences:
                    last_direct.sentences.append(si)
                last_direct.confidence = min(last_direct.confidence, 0.7)
            continue
        colon = next((k for k, t in enumerate(tokens[:-1]) if t.text == ":" and tokens[k + 1].kind == "quote"
                      and tokens[k + 1].quote not in claimed), None)
        if colon is not None:
            ids = list(dict.fromkeys(t.quote for t in tokens[colon + 1:] if t.kind == "quote" and t.quote not in claimed))
            frame = _colon_frame(analysis, si, si, colon, ids)
            if frame:
                added.append(frame)
                claimed.update(ids)
                last_direct = frame
                continue
        if not frames:
            last_direct = None
    added.extend(_subject_frames(analysis, claimed))
    claimed.update(p for f in added for p in f.passages + f.partial)
    added.extend(_unattributed_frames(analysis, claimed))
    if added:
        analysis.attributions.extend(added)
        analysis.attributions.sort(key=lambda f: f.content[0][0])


def _sentence_index(analysis: ArticleAnalysis, position: int) -> int:
    for i, sentence in enumerate(analysis.sentences):
        if sentence.start <= position < sentence.end:
            return i
    return 0


def _subject_frames(analysis: ArticleAnalysis, claimed: set[int]) -> list[Attribution]:
    """A quote used as the object of a person's verb ("Moore thanked him for “stepping up”",
    "Nixon ran on the slogan “Experience Counts”") belongs to that person, the sentence
    subject, with a low confidence. Quotes in sentences whose subject is not a speaker
    (“The narrative around a “fragile trade truce” …”) stay unattributed."""
    out = []
    for si, sentence in enumerate(analysis.sentences):
        tokens = sentence.tokens
        for k, token in enumerate(tokens):
            if token.kind != "quote" or token.quote in claimed or k == 0:
                continue
            inner = analysis.passages[token.quote].segments[0]
            if len(analysis.text[inner.inner_start:inner.inner_end].split()) < SUBJECT_QUOTE_MIN_WORDS:
                continue  # short quoted phrases are mostly scare quotes and titles
            subject = _sentence_subject(tokens, k)
            if subject is None or not _is_speaker_phrase(tokens, subject):
                continue
            if any(t.text in {";", ":"} for t in tokens[subject[1]:k]):
                continue
            frame = Attribution(si, None, subject, sentences=[si], confidence=0.45)
            frame.partial.append(token.quote)
            frame.content.extend((s.outer_start, s.outer_end) for s in analysis.passages[token.quote].segments)
            _resolve(analysis.speakers, sentence, frame, analysis.text)
            claimed.add(token.quote)
            out.append(frame)
    return out


def _is_speaker_phrase(tokens: list[Token], phrase: TokenRange) -> bool:
    """A pronoun for a person, a name, or a description headed by a source noun."""
    words = tokens[phrase[0]:phrase[1]]
    head = words[-1]
    if len(words) == 1 and head.lower in {"he", "she", "they", "we", "i"}:
        return True
    if head.lower in SOURCE_NOUNS:
        return True
    sub = Sentence(words[0].start, head.end, 0, words)
    mentions = name_mentions(sub)
    return bool(mentions) and mentions[-1].kind is not SpeakerKind.ORGANISATION or head.text[0].isupper() and head.text not in PLACES


def _unattributed_frames(analysis: ArticleAnalysis, claimed: set[int]) -> list[Attribution]:
    """Long quotes no rule attributed: kept as low-confidence attributions to the most recent
    speaker of the same or previous paragraph (or to nobody), never dropped."""
    out = []
    frames = sorted(analysis.attributions, key=lambda f: f.content[0][0])
    for pid, passage in enumerate(analysis.passages):
        if pid in claimed:
            continue
        words = sum(len(analysis.text[s.inner_start:s.inner_end].split()) for s in passage.segments)
        if words < UNATTRIBUTED_MIN_WORDS:
            continue
        si = _sentence_index(analysis, passage.start)
        paragraph = analysis.sentences[si].paragraph if analysis.sentences else 0
        frame = Attribution(si, None, None, sentences=[si], confidence=0.2, direct=True)
        frame.passages.append(pid)
        frame.content.extend((s.outer_start, s.outer_end) for s in passage.segments)
        for earlier in reversed(frames):
            if earlier.content[0][0] >= passage.start or not earlier.speaker:
                continue
            if paragraph - analysis.sentences[earlier.sentence].paragraph <= 1:
                frame.speaker, frame.role, frame.kind = earlier.speaker, earlier.role, earlier.kind
                frame.confidence = 0.35
            break
        out.append(frame)
    return out


def _assign_via(analysis: ArticleAnalysis) -> None:
    previous: Attribution | None = None
    for frame in analysis.attributions:
        sentence = analysis.sentences[frame.sentence]
        tokens = sentence.tokens
        own = range(frame.source[0], frame.source[1]) if frame.source else None
        via = outlet_relay(tokens, own)
        if via is None and frame.cue is not None and frame.cue.lower in WRITTEN_CUES:
            via = platform_relay(tokens)
            if via is None and frame.sentence > 0:
                before = analysis.sentences[frame.sentence - 1]
                if before.paragraph == sentence.paragraph:
                    via = platform_relay(before.tokens)
        if via is None and previous is not None and previous.speaker == frame.speaker and previous.via:
            if analysis.sentences[previous.sentence].paragraph == sentence.paragraph:
                via = previous.via
        if via and frame.speaker and via.lower() in frame.speaker.lower():
            via = None  # the outlet is the speaker itself
        frame.via = via
        previous = frame


@lru_cache(maxsize=8)
def analyse(text: str) -> ArticleAnalysis:
    """Read one article: quoted passages, sentences, speakers and every attribution."""
    passages = find_quoted_passages(text)
    sentences = split_sentences(text, passages)
    speakers = ArticleSpeakers(sentences)
    frames: list[Attribution] = []
    for si, sentence in enumerate(sentences):
        for frame in _sentence_frames(si, sentence, passages):
            _resolve(speakers, sentence, frame, text)
            frames.append(frame)
    analysis = ArticleAnalysis(text, passages, sentences, frames, speakers)
    _attach_unclaimed(analysis)
    _assign_via(analysis)
    return analysis
