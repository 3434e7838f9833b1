"""relay_difference: one speaker's statements credited to different relaying outlets.

"Xi’s public comments attributed to CCTV" in one article and "“…,” he said, according to
Xinhua" in another. Relays come from the quotes' and claims' `via`, and from relay phrases in
sentences that name a speaker of the story. Generic relays ("state media") agree with any outlet.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook, possessive, words
from bot.extract.relay_phrases import PLATFORMS, find_relays
from bot.models import ClaimKind, Discrepancy, DiscrepancyKind

_PLATFORMS = {platform.lower() for platform in PLATFORMS}
# Words right after a name that show the sentence carries that person's words.
SPEECH_WORDS = frozenset(
    """comments remarks statement statements words outlook message speech view views position
    account readout assertion aspiration vision said says stressed told noted added warned urged
    stated insisted reiterated described called spoke argued wrote posted""".split()
)
SPEECH_WINDOW = 4
# Confidence when both sides come from a quote's own `via`, and when one side is read from
# a sentence's wording only.
CONFIDENCE_FROM_QUOTES = 0.75
CONFIDENCE_FROM_SENTENCES = 0.6


@dataclass(frozen=True)
class Credit:
    outlet: str
    sentence: str
    from_quote: bool


def relay_credits(source: SourceArticle, book: SpeakerBook) -> dict[str, list[Credit]]:
    """Speaker key → the named outlets this article credits that speaker's words to.

    Only relay wording counts ("according to Xinhua", "attributed to CCTV"): "he told CNN"
    is an interview, a different statement, not the same words passed on by another outlet.
    """
    credits: dict[str, list[Credit]] = defaultdict(list)
    text = source.article.text
    owners = [(q.spans[0][0], q.speaker) for q in source.article.quotes if q.spans and not q.is_scare_quote]
    owners += [(c.span[0], c.speaker) for c in source.article.claims if c.kind is ClaimKind.ATTRIBUTED]
    for start, end in source.sentences.spans:
        sentence = text[start:end]
        for relay in find_relays(sentence):
            if relay.generic or relay.outlet.lower() in _PLATFORMS:
                continue
            # The outlet may itself be filed as a "speaker" of the story; it cannot relay itself.
            outlet_tokens = set(relay.outlet.lower().split())
            speakers = {book.key(name) for at, name in owners if start <= at < end} - {None}
            speakers = {k for k in speakers if k and not book.groups[k] & outlet_tokens}
            from_quote = bool(speakers)
            if not speakers:
                mentioned = {
                    key: at for key, at in book.mentioned(sentence).items()
                    if not book.groups[key] & outlet_tokens and _speaks(sentence, at)
                }
                # With two speakers named, the relay goes with the one nearest to it.
                if mentioned:
                    speakers = {min(mentioned, key=lambda key: abs(mentioned[key] - relay.span[0]))}
            for key in speakers:
                credits[key].append(Credit(relay.outlet, sentence, from_quote))  # type: ignore[index]
    return credits


def _speaks(sentence: str, at: int) -> bool:
    """Whether the speaker named at `at` is saying something there ("Xi’s public comments",
    "Xi stressed"), not just taking part in the news ("after Xi met Putin")."""
    following = words(sentence[at:])[1:1 + SPEECH_WINDOW]
    return bool(set(following) & SPEECH_WORDS)


def find_relay_differences(articles: list[SourceArticle], book: SpeakerBook) -> list[Discrepancy]:
    """Speakers whose words two outlets credit to disjoint sets of relaying outlets."""
    per_article = [(source, relay_credits(source, book)) for source in articles]
    found = []
    reported: set[tuple[str, frozenset[frozenset[str]]]] = set()
    for i, (source_a, credits_a) in enumerate(per_article):
        for source_b, credits_b in per_article[i + 1 :]:
            for key in credits_a.keys() & credits_b.keys():
                outlets_a = {credit.outlet for credit in credits_a[key]}
                outlets_b = {credit.outlet for credit in credits_b[key]}
                if outlets_a & outlets_b:
                    continue
                split = (key, frozenset({frozenset(outlets_a), frozenset(outlets_b)}))
                if split in reported:
                    continue  # more outlets repeating the same split: one difference
                reported.add(split)
                # Cite the sentence that carries the speaker's own words when there is one.
                first_a, first_b = _best(credits_a[key]), _best(credits_b[key])
                both_quotes = any(c.from_quote for c in credits_a[key]) and any(
                    c.from_quote for c in credits_b[key]
                )
                found.append(
                    Discrepancy(
                        kind=DiscrepancyKind.RELAY_DIFFERENCE,
                        summary=(
                            f"{possessive(book.display[key])} remarks are credited to {_names(outlets_a)} "
                            f"by {source_a.outlet} but to {_names(outlets_b)} by {source_b.outlet}"
                        ),
                        evidence=[source_a.evidence(first_a.sentence), source_b.evidence(first_b.sentence)],
                        confidence=CONFIDENCE_FROM_QUOTES if both_quotes else CONFIDENCE_FROM_SENTENCES,
                    )
                )
    return found


def _best(credits: list[Credit]) -> Credit:
    return next((credit for credit in credits if credit.from_quote), credits[0])


def _names(outlets: set[str]) -> str:
    ordered = sorted(outlets)
    return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " and " + ordered[-1]
