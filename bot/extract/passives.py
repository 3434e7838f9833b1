"""Passive judgements with no named speaker: "The senator is widely seen as a moderate",
"The group is known for its focus on turnout", "Pigs are considered unclean by …".

Annotators mark these as attributions (someone's view of the subject): the content is the
subject together with what follows the verb. A "by …" phrase names the holder of the view.
"""

from __future__ import annotations

from bot.extract.clauses import clause_end
from bot.extract.frames import Attribution
from bot.extract.hedges import subject_start, tail_start
from bot.extract.lexicon import HEDGE_COPULAS, OBJECT_CUES, STANCE_VERBS
from bot.extract.sentences import Token
from bot.extract.sources import phrase_after

# Participles of judging and naming, and the words that may follow them to open the judgement
# (mined from the cues annotated in PolNeAR train; counts only).
PASSIVE_JUDGEMENTS: dict[str, frozenset[str]] = {
    "seen": frozenset({"as"}), "viewed": frozenset({"as"}), "regarded": frozenset({"as"}),
    "perceived": frozenset({"as"}), "known": frozenset({"as", "for"}),
    "considered": frozenset({"a", "an", "the", "to", "one", "too", "more", "most"}),
    "deemed": frozenset({"a", "an", "the", "to", "too", "more", "most"}),
    "described": frozenset({"as"}), "portrayed": frozenset({"as"}), "characterized": frozenset({"as"}),
    "billed": frozenset({"as"}), "touted": frozenset({"as"}), "hailed": frozenset({"as"}),
    "identified": frozenset({"as"}), "labeled": frozenset({"as", "a", "an"}),
    "branded": frozenset({"as", "a", "an"}), "dubbed": frozenset({"a", "an", "the"}),
    "criticized": frozenset({"as", "for"}), "criticised": frozenset({"as", "for"}), "blamed": frozenset({"for"}),
}
# Participles of reporting whose "by" phrase names the source ("was first reported by Politico").
PASSIVE_REPORTS: frozenset[str] = frozenset({"reported", "disclosed", "revealed", "announced", "confirmed"})
# Participles of stance whose "by" phrase holds the stance towards the subject ("The plan was
# rejected by 64 percent of voters", "Trump has been criticized by his rivals"); left out are
# those whose subject holds the feeling ("was worried by"), the question ("was asked by", in
# attribution.py) or a name ("was named by").
PASSIVE_STANCES: frozenset[str] = frozenset(
    w for w in STANCE_VERBS | OBJECT_CUES if w.endswith(("ed", "en"))
) - {"asked", "concerned", "worried", "focused", "named", "called", "quoted", "described", "identified"}
# Every participle whose "by" phrase names a source or a stance holder.
PASSIVE_BY_PARTICIPLES: frozenset[str] = PASSIVE_REPORTS | PASSIVE_STANCES
# Words that open what a subject was judged for, after the "by" phrase.
STANCE_REASONS: frozenset[str] = frozenset({"for", "of", "as"})
# Adverbs between the copula and the participle ("is widely seen as", "is best known for").
JUDGEMENT_ADVERBS: frozenset[str] = frozenset({
    "widely", "generally", "often", "also", "now", "long", "not", "still", "best", "well",
    "largely", "increasingly", "broadly", "commonly", "sometimes", "already", "perhaps",
    "privately", "publicly", "internally", "never", "first", "mostly", "usually",
})
# What may stand before the copula of a passive ("has long been seen as"), built once.
COPULAS_ADVERBS_OR_HAVE: frozenset[str] = HEDGE_COPULAS | JUDGEMENT_ADVERBS | {"has", "have", "had"}
# Measured precision on PolNeAR train.
PASSIVE_CONFIDENCE = 0.4
# Participles of reporting after "as" whose "by" phrase names a source for the clause beside
# them: "As reported by the Gazette, …", "…, as first reported by Politico" (on PolNeAR
# train 8 of 9 such phrases are annotated cues).
AS_BY_PARTICIPLES: frozenset[str] = frozenset({
    "reported", "noted", "detailed", "revealed", "explained", "documented", "described",
    "stated", "mentioned", "disclosed", "confirmed", "announced",
})
# Words between "as" and its participle ("as first reported by").
AS_BY_ADVERBS: frozenset[str] = frozenset({"first", "previously", "originally", "also", "earlier", "was"})
AS_REPORTED_CONFIDENCE = 0.6
# Every participle that can start a frame here, for a quick test of the whole sentence.
PASSIVE_WORDS: frozenset[str] = AS_BY_PARTICIPLES | PASSIVE_BY_PARTICIPLES | frozenset(PASSIVE_JUDGEMENTS)
# Words of a noun phrase before a set-off stance participle ("the GOP-sponsored law, opposed by …").
MAX_SET_OFF_PHRASE = 5


def _after_copula(tokens: list[Token], k: int) -> int | None:
    """Index of the first word of copula-and-adverbs before the participle at k, or None."""
    j = k
    while j > 0 and tokens[j - 1].lower in JUDGEMENT_ADVERBS:
        j -= 1
    if j == 0 or tokens[j - 1].lower not in HEDGE_COPULAS:
        return None
    j -= 1
    if tokens[j].lower == "being" or tokens[j].lower == "be" and j > 0 and tokens[j - 1].lower == "to":
        return None  # "seeks to be seen as", "risk being perceived as": a wish, not a view held
    while j > 0 and tokens[j - 1].lower in COPULAS_ADVERBS_OR_HAVE:
        j -= 1
    return j


def _reported_by(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"The meeting was first reported by Politico": the subject is the content, the phrase
    after "by" its source."""
    first = _after_copula(tokens, k)
    source = phrase_after(tokens, k + 2, permissive=True)
    if first is None or source is None:
        return None
    start = subject_start(tokens, first)
    comma = next((j for j in range(first - 1, start - 1, -1) if tokens[j].text == ","), None)
    start = comma + 1 if comma is not None else start
    if start >= first:
        return None
    frame = Attribution(si, tokens[k], source, sentences=[si], cue_at=k, confidence=PASSIVE_CONFIDENCE)
    frame.content_range = [(start, first)] + _stance_reason(tokens, source[1])
    return frame


def _as_reported_by(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"As reported by the Gazette, the mayor resigned" / "The mayor resigned, as first
    reported by the Gazette": the clause beside the "as" phrase is the content."""
    j = k - 1
    while j > 0 and tokens[j].lower in AS_BY_ADVERBS:
        j -= 1
    if j < 0 or tokens[j].lower != "as":
        return None
    source = phrase_after(tokens, k + 2, permissive=True)
    if source is None:
        return None
    if j == 0 or j == 1 and tokens[0].lower in {"and", "but", "so"}:
        comma = next((i for i in range(source[1], len(tokens)) if tokens[i].kind != "word"), None)
        if comma is None or tokens[comma].text != ",":
            return None
        content = (comma + 1, clause_end(tokens, comma + 1))
    elif tokens[j - 1].text == ",":
        start = max((i + 1 for i in range(j - 1) if tokens[i].text in {";", ":"}), default=0)
        content = (start, j - 1)
    else:
        return None
    if content[1] - content[0] < 3:
        return None
    frame = Attribution(si, tokens[k], source, sentences=[si], cue_at=k, confidence=AS_REPORTED_CONFIDENCE)
    frame.content_range = [content]
    return frame


def _set_off_by(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"The immigration bill, opposed by House Republicans, never passed": a participle of
    stance set off after a noun phrase; the noun phrase is what the "by" phrase opposes."""
    source = phrase_after(tokens, k + 2, permissive=True)
    if k < 2 or tokens[k - 1].text != "," or source is None:
        return None
    if source[1] < len(tokens) and tokens[source[1]].text not in {",", "."}:
        return None  # the "by" phrase runs on: a list or a clause, not a closed aside
    start = next((j for j in range(k - 2, max(-1, k - 2 - MAX_SET_OFF_PHRASE), -1)
                  if tokens[j].lower in {"the", "a", "an"}), None)
    if start is None or any(t.kind != "word" for t in tokens[start:k - 1]):
        return None
    frame = Attribution(si, tokens[k], source, sentences=[si], cue_at=k, confidence=PASSIVE_CONFIDENCE)
    frame.content_range = [(start, k - 1)]
    return frame


def _stance_reason(tokens: list[Token], k: int) -> list[tuple[int, int]]:
    """What the subject was judged for, right after the "by" phrase ("was criticized by his
    rivals for skipping the debate", "accused by the government of plotting"): annotators
    keep it in the content with the subject."""
    if k >= len(tokens) or tokens[k].lower not in STANCE_REASONS:
        return []
    end = tail_start(tokens, k, clause_end(tokens, k))
    return [(k, end)] if end > k + 1 else []


def passive_frames(si: int, tokens: list[Token], taken: set[int], words: set[str]) -> list[Attribution]:
    """Frames for "X is seen as Y" and its kin whose verb no other frame uses as its cue
    (`words` are the sentence's lower-cased words)."""
    if PASSIVE_WORDS.isdisjoint(words):
        return []  # most sentences hold none of the participles
    frames = []
    for k, token in enumerate(tokens[:-1]):
        if token.lower in AS_BY_PARTICIPLES and tokens[k + 1].lower == "by" and k not in taken:
            frame = _as_reported_by(si, tokens, k)
            if frame is not None:
                if not any(a <= j < b for a, b in frame.content_range for j in taken):
                    frames.append(frame)  # (a clause with a cue of its own is that cue's; "as" relays it)
                continue
        if token.lower in PASSIVE_BY_PARTICIPLES and tokens[k + 1].lower == "by" and k not in taken:
            frame = _reported_by(si, tokens, k)
            if frame is None and token.lower in PASSIVE_STANCES:
                frame = _set_off_by(si, tokens, k)
            if frame is not None and not any(a <= j < b for a, b in frame.content_range for j in taken):
                # (a subject holding a cue of its own, "Ruiz’s plan to widen …", is that cue's)
                frames.append(frame)
            continue
        following = PASSIVE_JUDGEMENTS.get(token.lower)
        if following is None or k in taken or tokens[k + 1].lower not in following:
            continue
        first = _after_copula(tokens, k)
        if first is None:
            continue
        start = subject_start(tokens, first)
        owner = next((j for j in range(first - 1, start - 1, -1) if tokens[j].lower == "whose"), None)
        start = owner if owner is not None else start  # "Cruz, whose finish was seen as …"
        comma = next((j for j in range(first - 1, start - 1, -1) if tokens[j].text == ","), None)
        start = comma + 1 if comma is not None and owner is None else start  # "Although …, it is seen as …"
        if start >= first or tokens[first - 1].text == ",":
            continue
        stop = tail_start(tokens, k + 1, clause_end(tokens, k + 1))
        if stop <= k + 2:
            continue
        frame = Attribution(si, token, None, sentences=[si], cue_at=k, confidence=PASSIVE_CONFIDENCE)
        frame.content_range = [(start, stop)]
        frames.append(frame)
    return frames
