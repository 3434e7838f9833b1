"""Quotes no cue claims directly: continuations of a split or multi-paragraph quote, quotes
after a colon, long quotes used as a person's object, and, with low confidence, the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.extract.clauses import clause_end
from bot.extract.cues import is_cue, sentence_subject
from bot.extract.frames import ArticleAnalysis, Attribution, TokenRange
from bot.extract.lexicon import PLACES, SOURCE_NOUNS
from bot.extract.sentences import Sentence, Token
from bot.extract.speakers import name_mentions, resolve_source
from bot.models import SpeakerKind

# A quote this long (in words) used as the object of a person's verb is taken as theirs.
SUBJECT_QUOTE_MIN_WORDS = 7
# A quote that continues an earlier attribution is a little less sure than the first part.
CONTINUATION_CONFIDENCE = 0.7
# Quotes this long (in words) that no rule attributes are still kept, with low confidence.
UNATTRIBUTED_MIN_WORDS = 12
# Cues that go on, after "“…,” he said,", to a second point ("adding that …", "and argued
# for …"): a quote-only sentence after it continues that point.
FOLLOW_ON_CUES: frozenset[str] = frozenset({"adding", "added", "arguing", "argued", "citing", "noting", "saying"})


def _ends_in_quote(analysis: ArticleAnalysis, frame: Attribution) -> bool:
    end = frame.content[-1][1]
    return any(p.end == end for p in (analysis.passages[i] for i in frame.partial))


def _colon_frame(
    analysis: ArticleAnalysis, si: int, colon_sentence: int, colon: int, quote_ids: list[int]
) -> Attribution | None:
    """A quote introduced by a colon ("Sanders delivered a retort: “…”") belongs to the
    subject of the clause before the colon."""
    tokens = analysis.sentences[colon_sentence].tokens
    subject = sentence_subject(tokens, colon)
    if subject is None:
        return None
    frame = Attribution(colon_sentence, tokens[colon], subject, sentences=sorted({colon_sentence, si}),
                        confidence=0.6)
    for pid in quote_ids:
        frame.passages.append(pid)
        frame.content.extend((s.outer_start, s.outer_end) for s in analysis.passages[pid].segments)
    frame.direct = True
    resolve_source(analysis.speakers, analysis.sentences[colon_sentence], frame, analysis.text)
    return frame


def _continue_with_quotes(analysis: ArticleAnalysis, frame: Attribution, si: int, quote_ids: list[int]) -> None:
    """Add a quote-only sentence to the attribution it continues: “…,” he said. “…”"""
    for pid in quote_ids:
        frame.passages.append(pid)  # a whole quoted sentence, not a quote inside a clause
        frame.content.extend((s.outer_start, s.outer_end) for s in analysis.passages[pid].segments)
    if si not in frame.sentences:
        frame.sentences.append(si)
    frame.confidence = min(frame.confidence, CONTINUATION_CONFIDENCE)


def _continue_with_clause(frame: Attribution, si: int, tokens: list[Token], quote_ids: list[int]) -> None:
    """Add a sentence that opens with the quote and runs on: “… deniers” of the evidence."""
    end = clause_end(tokens, 0)
    frame.partial.extend(quote_ids)
    frame.direct = False
    frame.content.append((tokens[0].start, tokens[end - 1].end))
    frame.sentences.append(si)


def _last_reported(frames: list[Attribution]) -> Attribution | None:
    """The reported speech of a sentence that a quote after it may continue: the frame
    with a source whose content ends last."""
    sourced = [f for f in frames if f.source is not None]
    return max(sourced, key=lambda f: f.content[-1][1]) if sourced else None


def _colon_before(analysis: ArticleAnalysis, si: int, claimed: set[int],
                  by_sentence: dict[int, list[Attribution]]) -> Attribution | None:
    """A colon-introduced quote in this sentence, or a quote-only sentence after a sentence
    ending in a colon: the subject before the colon speaks."""
    sentences = analysis.sentences
    tokens = sentences[si].tokens
    if all(t.kind != "word" for t in tokens):
        prev = sentences[si - 1] if si else None
        if prev and prev.tokens and prev.tokens[-1].text == ":" and not by_sentence.get(si - 1):
            ids = list(dict.fromkeys(t.quote for t in tokens if t.kind == "quote" and t.quote not in claimed))
            return _colon_frame(analysis, si, si - 1, len(prev.tokens) - 1, ids)
        return None
    colon = next((k for k, t in enumerate(tokens[:-1]) if t.text == ":" and tokens[k + 1].kind == "quote"
                  and tokens[k + 1].quote not in claimed), None)
    if colon is None:
        return None
    ids = list(dict.fromkeys(t.quote for t in tokens[colon + 1:] if t.kind == "quote" and t.quote not in claimed))
    return _colon_frame(analysis, si, si, colon, ids)


def attach_unclaimed(analysis: ArticleAnalysis) -> None:
    """Quotes no cue claimed: a quote-only sentence continues the previous quote (same or
    previous paragraph), a quote after a colon belongs to the subject before the colon,
    long quotes used as a person's object go to that person, and long leftovers are kept
    with a low confidence."""
    claimed = {p for f in analysis.attributions for p in f.passages + f.partial}
    if len(claimed) == len(analysis.passages):
        return  # every quote has its attribution: none is left to attach
    # Where each sentence's quotes stand, found once for the rules below. Only the sentences a
    # quoted segment overlaps can hold a quote token: the others are not read at all.
    quote_positions: list[Sequence[int]] = [()] * len(analysis.sentences)
    for passage in analysis.passages:
        for segment in passage.segments:
            for si in range(analysis.sentence_at(segment.outer_start), analysis.sentence_at(segment.outer_end - 1) + 1):
                if not quote_positions[si]:
                    quote_positions[si] = analysis.sentences[si].quote_token_indices()
    by_sentence: dict[int, list[Attribution]] = {}
    for frame in analysis.attributions:
        by_sentence.setdefault(frame.sentence, []).append(frame)
    added: list[Attribution] = []
    last_direct: Attribution | None = None  # the attribution a following quote may continue
    for si, sentence in enumerate(analysis.sentences):
        tokens = sentence.tokens
        frames = by_sentence.get(si, [])
        if frames:
            # A frame whose content ends in a quote may continue in the next sentence.
            direct = [f for f in frames if f.passages or f.partial and _ends_in_quote(analysis, f)]
            last_direct = direct[-1] if direct else None
        quote_ids = list(dict.fromkeys(tokens[k].quote for k in quote_positions[si] if tokens[k].quote not in claimed))
        if not quote_ids:
            if not frames:
                last_direct = None
            continue
        quote_only = all(t.kind != "word" for t in tokens)
        if not quote_only and not frames and last_direct is not None and tokens[0].kind == "quote" \
                and analysis.sentences[last_direct.sentences[-1]].paragraph == sentence.paragraph \
                and not any(is_cue(tokens, k) for k in range(len(tokens))):
            _continue_with_clause(last_direct, si, tokens, quote_ids)
            claimed.update(quote_ids)
            last_direct = None
            continue
        colon_frame = _colon_before(analysis, si, claimed, by_sentence) if not frames or not quote_only else None
        if colon_frame is not None:
            added.append(colon_frame)
            claimed.update(colon_frame.passages)
            last_direct = colon_frame
            continue
        if quote_only and not frames:
            if si and analysis.sentences[si - 1].paragraph == sentence.paragraph:
                # "She says the law is fair. “It protects everyone.”": the quote goes on
                # with what the sentence before reported, in the same paragraph only; after
                # "“…,” he said, adding that …" it goes on with the clause that ends last.
                latest = _last_reported(by_sentence.get(si - 1, []))
                if last_direct is None or latest is not None and latest.cue is not None \
                        and latest.cue.lower in FOLLOW_ON_CUES and latest.content[-1][1] > last_direct.content[-1][1]:
                    last_direct = latest
            if last_direct is not None:
                _continue_with_quotes(analysis, last_direct, si, quote_ids)
                claimed.update(quote_ids)
            continue
        if not frames:
            last_direct = None
    added.extend(_subject_frames(analysis, claimed, quote_positions))
    claimed.update(p for f in added for p in f.passages + f.partial)
    added.extend(_unattributed_frames(analysis, claimed))
    if added:
        analysis.attributions.extend(added)
        analysis.attributions.sort(key=lambda f: f.content[0][0])


def _subject_frames(analysis: ArticleAnalysis, claimed: set[int],
                    quote_positions: list[Sequence[int]]) -> list[Attribution]:
    """A quote used as the object of a person's verb ("Moore thanked him for “stepping up”",
    "Nixon ran on the slogan “Experience Counts”") belongs to that person, the sentence
    subject, with a low confidence. Quotes in sentences whose subject is not a speaker
    (“The narrative around a “fragile trade truce” …”) stay unattributed."""
    out = []
    for si, sentence in enumerate(analysis.sentences):
        tokens = sentence.tokens
        for k in quote_positions[si]:
            token = tokens[k]
            if token.quote in claimed or k == 0:
                continue
            that = _that_before(tokens, k)
            inner = analysis.passages[token.quote].segments[0]
            words = len(analysis.text[inner.inner_start:inner.inner_end].split())
            if that is None and words < SUBJECT_QUOTE_MIN_WORDS:
                continue  # short quoted phrases are mostly scare quotes and titles
            subject = sentence_subject(tokens, that if that is not None else k)
            if subject is None or not _is_speaker_phrase(tokens, subject):
                continue
            if any(t.text in {";", ":"} for t in tokens[subject[1]:k]):
                continue
            frame = Attribution(si, None, subject, sentences=[si], confidence=0.45)
            if that is not None:
                # "she vented to her husband that it would be “incredibly ugly”": the clause.
                end = clause_end(tokens, that)
                frame.partial.extend(t.quote for t in tokens[that:end] if t.kind == "quote")
                frame.content.append((tokens[that].start, tokens[end - 1].end))
                claimed.update(frame.partial)
            else:
                frame.partial.append(token.quote)
                frame.content.extend((s.outer_start, s.outer_end) for s in analysis.passages[token.quote].segments)
            resolve_source(analysis.speakers, sentence, frame, analysis.text)
            claimed.add(token.quote)
            out.append(frame)
    return out


def _that_before(tokens: list[Token], k: int) -> int | None:
    """Index of the "that" opening the clause a quote at k stands in, right after a verb or
    its hearer ("vented to her husband that …"), if any."""
    for j in range(k - 1, 0, -1):
        if tokens[j].text in {",", ";", ":", "(", ")"} or tokens[j].kind == "quote" and j != k:
            return None
        if tokens[j].lower == "that":
            before = tokens[j - 1]
            return j if before.kind == "word" and before.text[0].islower() else None
    return None


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
    if mentions:
        return mentions[-1].kind is not SpeakerKind.ORGANISATION
    return head.text[0].isupper() and head.text not in PLACES


def _unclaimed_runs(analysis: ArticleAnalysis, claimed: set[int]) -> list[list[int]]:
    """Unclaimed quotes in order, grouped into runs: a quote-only sentence right after an
    unclaimed quote of the same paragraph goes on with it (“…,” one user wrote. “…”)."""
    runs: list[list[int]] = []
    last_sentence = -2
    for pid, passage in enumerate(analysis.passages):
        if pid in claimed:
            continue
        si = analysis.sentence_at(passage.start)
        sentence = analysis.sentences[si] if analysis.sentences else None
        goes_on = (runs and si == last_sentence + 1 and sentence is not None
                   and analysis.sentences[last_sentence].paragraph == sentence.paragraph
                   and all(t.kind != "word" for t in sentence.tokens))
        if goes_on:
            runs[-1].append(pid)
        else:
            runs.append([pid])
        last_sentence = analysis.sentence_at(passage.end - 1)
    return runs


def _unattributed_frames(analysis: ArticleAnalysis, claimed: set[int]) -> list[Attribution]:
    """Long quotes no rule attributed: kept as low-confidence attributions to the most recent
    speaker of the same or previous paragraph (or to nobody), never dropped."""
    out = []
    frames = sorted(analysis.attributions, key=lambda f: f.content[0][0])
    for run in _unclaimed_runs(analysis, claimed):
        passages = [analysis.passages[pid] for pid in run]
        words = sum(len(analysis.text[s.inner_start:s.inner_end].split()) for p in passages for s in p.segments)
        if words < UNATTRIBUTED_MIN_WORDS:
            continue
        start = passages[0].start
        si = analysis.sentence_at(start)
        paragraph = analysis.sentences[si].paragraph if analysis.sentences else 0
        frame = Attribution(si, None, None, confidence=0.2, direct=True)
        frame.sentences = sorted({analysis.sentence_at(p.start) for p in passages})
        frame.passages.extend(run)
        frame.content.extend((s.outer_start, s.outer_end) for p in passages for s in p.segments)
        for earlier in reversed(frames):
            if earlier.content[0][0] >= start or not earlier.speaker:
                continue
            if paragraph - analysis.sentences[earlier.sentence].paragraph <= 1:
                frame.speaker, frame.role, frame.kind = earlier.speaker, earlier.role, earlier.kind
                frame.confidence = 0.35
            break
        out.append(frame)
    return out
