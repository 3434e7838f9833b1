"""Check-worthy claims of one article: attributed statements, numbers, dates, non-confirmations.

Attributed statements come from the extractor's reported speech; numbers and dates from
`numbers.py` and `dates.py`; explicit non-confirmations ("the readout made no mention of
soybean purchases") are found here, with who did not confirm (`speaker`) and what (`subject`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from bot.extract.dates import extract_dates
from bot.extract.numbers import extract_numbers
from bot.extract.relay_phrases import specific_relay
from bot.extract.sentence_index import SentenceIndex
from bot.extract.wordlists import alternation
from bot.models import Claim, ClaimKind, Extraction, Span

# Cues that say a party did not confirm, or denied, something; longest first when matching.
NON_CONFIRMATION_CUES: tuple[str, ...] = (
    "made no mention of", "makes no mention of", "make no mention of", "made no reference to",
    "did not mention", "didn't mention", "does not mention", "doesn't mention", "do not mention",
    "failed to mention", "did not include", "did not refer to",
    "did not confirm", "didn't confirm", "would not confirm", "declined to confirm",
    "refused to confirm", "could not confirm", "has not confirmed", "have not confirmed",
    "did not address", "was silent on", "remained silent on",
    "denied", "denies", "deny", "disputed", "disputes", "dispute", "rejected claims",
)
# Words that end the source phrase when read backwards from the cue.
CLAUSE_OPENERS = frozenset(
    {"while", "whereas", "although", "though", "however", "but", "and", "yet", "as", "that",
     "because", "since", "when", "if"}
)
# Adverbs and auxiliaries between the source and the cue ("has flatly denied").
SOURCE_TRAILERS = frozenset(
    {"has", "have", "had", "also", "flatly", "strongly", "repeatedly", "firmly", "later",
     "quickly", "publicly", "officially", "so", "far", "however"}
)
# A source ending in one of these makes the cue passive ("was denied entry"): not a claim.
PASSIVE_MARKERS = frozenset({"was", "were", "been", "be", "is", "are", "being"})
# Before a denial verb these undo it ("did not dispute"), make it an infinitive ("to deny
# service") or a noun ("a dispute among states"): none is a non-confirmation.
NOT_A_DENIAL_BEFORE = frozenset(
    {"not", "never", "n't", "no", "to", "a", "an", "the", "this", "that", "any", "its", "their",
     "his", "her", "our"}
)
# Denial verbs that already carry their negation are safe after "not" ("did not mention").
DENIAL_VERBS = frozenset({"denied", "denies", "deny", "disputed", "disputes", "dispute", "rejected claims"})
# "protections previously denied to them": a participle; "deny them permits": withholding.
NOT_A_DENIAL_AFTER = frozenset({"to", "them", "him", "her", "us", "me", "you"})
# What a person is denied, in headline passives ("Shooter's friend denied bail").
WITHHELD_THINGS = frozenset({"bail", "entry", "access", "parole", "permission", "visas", "visa",
                             "asylum", "tenure", "service", "communion"})
# "Dispute" is a verb only before what is disputed ("disputed the figures"); before anything
# else it is a noun or an adjective ("territorial disputes with", "disputed waters").
DISPUTE_VERBS = frozenset({"disputed", "disputes", "dispute"})
DISPUTED_OBJECT_STARTS = frozenset(
    {"the", "that", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those",
     "any", "both", "claims", "reports", "allegations", "whether", "accounts", "suggestions"}
)
# A source ending in a modal makes the verb hypothetical ("the government could deny").
MODALS = frozenset({"can", "could", "may", "might", "would", "will", "should", "must", "shall"})
# A "source" opening with one of these is a verb phrase, not a party.
AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "did"})
# Words stripped from the front of the subject ("denied that the talks failed").
SUBJECT_LEADS = frozenset({"that", "whether", "any", "reports", "claims"})
# Verbs that start the party's next act after "and" ("disputed claims of racism and called on …").
NEXT_ACTS = ("called", "urged", "said", "added", "asked", "insisted", "vowed", "pledged", "accused",
             "demanded", "warned", "noted", "argued", "maintained", "promised", "threatened")
_SUBJECT_END = re.compile(
    r",(?!\d)|(?<![A-Z])\.(?=\s|$)|[;:!?—–()]"  # "4,000" and "U.S." do not end it
    r"|\s(?:while|but|although|though|because|highlighting)\s"
    rf"|\sand\s(?:also\s)?(?:{'|'.join(NEXT_ACTS)})\b"
)
MAX_SOURCE_WORDS = 8
MAX_SUBJECT_WORDS = 12

# Quote marks, brackets and stops around a source or subject are not part of it.
_WRAPPING = " \"“”'‘’().[]"
_CUE = re.compile(rf"\b(?:{alternation(NON_CONFIRMATION_CUES)})\b", re.IGNORECASE)


def find_non_confirmations(text: str, sentences: SentenceIndex | None = None) -> Iterator[Claim]:
    """Yield a NON_CONFIRMATION claim for each "X did not mention / denied Y" in `text`."""
    sentences = sentences or SentenceIndex(text)
    for cue in _CUE.finditer(text):
        if cue.group().lower() in DENIAL_VERBS and not _denies(text, cue.start(), cue.end()):
            continue
        sentence_start, sentence_end = sentences.span_at(cue.start())
        source = _source_before(text[sentence_start : cue.start()])
        subject = _subject_after(text[cue.end() : sentence_end])
        if source is None or subject is None:
            continue
        sentence = text[sentence_start:sentence_end]
        yield Claim(
            kind=ClaimKind.NON_CONFIRMATION,
            text=text[cue.start() : cue.end()] + " " + subject,
            sentence=sentence,
            span=(cue.start(), cue.end()),
            speaker=source,
            cue=cue.group().lower(),
            subject=subject,
            via=specific_relay(sentence),
            confidence=0.8,
        )


def _denies(text: str, start: int, end: int) -> bool:
    """Whether the denial verb at start:end is someone denying or disputing something."""
    before = re.findall(r"[a-z']+", text[max(0, start - 20) : start].lower())
    after = re.findall(r"[a-z']+", text[end : end + 16].lower())
    if before and (before[-1] in NOT_A_DENIAL_BEFORE or before[-1] in MODALS or before[-1].endswith("n't")):
        return False
    if not after or after[0] in NOT_A_DENIAL_AFTER or after[0] in WITHHELD_THINGS:
        return False
    if text[start:end].lower() in DISPUTE_VERBS:
        return after[0] in DISPUTED_OBJECT_STARTS
    return True


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly")  # "emphatically", but not "Italy"


def _source_before(context: str) -> str | None:
    """The party before the cue: "However, as Xinhua noted, the Chinese government’s readout"."""
    pieces = [piece.strip(_WRAPPING).split() for piece in re.split(r"[,;:—–\"“”()]", context)]
    while pieces:
        words = pieces[-1]
        while words and (words[-1].lower() in SOURCE_TRAILERS or _is_adverb(words[-1])):
            words.pop()  # "has flatly", "emphatically"
        opener = words[0].lower() if words else ""
        # "Weiner, trying to end the episode, denied …" and "Beijing, which denied …": the party
        # is in the clause before.
        if not words or opener in {"which", "who"} or (opener.endswith("ing") and len(pieces) > 1):
            pieces.pop()
            continue
        break
    if not pieces:
        return None
    words = pieces[-1]
    if words[-1].lower() in PASSIVE_MARKERS or words[-1].lower() in MODALS:
        return None
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in CLAUSE_OPENERS:
            words = words[i + 1 :]
            break
    if not words or words[0].lower() in AUXILIARIES:
        return None  # "…a scandal that has ensnared the White House, denied": the party is further back
    return " ".join(words[-MAX_SOURCE_WORDS:]) or None


def has_non_confirmation_cue(sentence: str) -> bool:
    """Whether `sentence` says someone did not mention, confirm or accept something."""
    return any(
        cue.group().lower() not in DENIAL_VERBS or _denies(sentence, cue.start(), cue.end())
        for cue in _CUE.finditer(sentence)
    )


def _subject_after(rest: str) -> str | None:
    """The thing not confirmed: from the cue to the end of its clause."""
    end = _SUBJECT_END.search(rest)
    words = (rest[: end.start()] if end else rest).strip(_WRAPPING).split()
    while words and words[0].lower() in SUBJECT_LEADS:
        words.pop(0)
    if words and words[0].lower() == "of":
        words.pop(0)
    return " ".join(words[:MAX_SUBJECT_WORDS]) or None


def _merged(spans: list[Span]) -> Span:
    return min(start for start, _ in spans), max(end for _, end in spans)


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def attributed_claims(text: str, extraction: Extraction, sentences: SentenceIndex) -> Iterator[Claim]:
    """Yield an ATTRIBUTED claim for each reported statement ("Trump revealed that China …")."""
    for reported in extraction.reported:
        if not reported.content_spans or not reported.content.strip():
            continue
        span = _merged(reported.content_spans)
        sentence = reported.sentence or sentences.sentence_at(span[0])
        yield Claim(
            kind=ClaimKind.ATTRIBUTED,
            text=reported.content,
            sentence=sentence,
            span=span,
            speaker=reported.source,
            cue=reported.cue,
            via=reported.via or specific_relay(sentence),
            confidence=reported.confidence,
        )


def extract_claims(text: str, extraction: Extraction, published: datetime | None) -> list[Claim]:
    """All check-worthy claims of one article, in text order.

    Numbers and dates inside a quote or a reported statement take that speaker, so a figure
    Trump gave is not mistaken for the reporter's own.
    """
    sentences = SentenceIndex(text)
    claims = list(attributed_claims(text, extraction, sentences))
    owners = [(q.spans, q.speaker, q.cue) for q in extraction.quotes if q.speaker and q.spans]
    owners += [(r.content_spans, r.source, r.cue) for r in extraction.reported if r.source]
    for claim in (*extract_numbers(text, sentences), *extract_dates(text, published, sentences)):
        for spans, speaker, cue in owners:
            if _inside(claim.span, spans):
                claim.speaker, claim.cue = speaker, cue
                break
        claims.append(claim)
    claims.extend(find_non_confirmations(text, sentences))
    return sorted(claims, key=lambda claim: (claim.span, claim.kind))
