"""unconfirmed: one party's claim that the other party's account does not mention or denies.

A NON_CONFIRMATION claim ("the Chinese government’s readout made no mention of soybean
purchases") is paired with the claim it leaves unconfirmed: the sentence in the story, quoted
or attributed, that carries the same subject ("increase its purchase of U.S. soybeans").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook, content_stems, possessive, stem, words
from bot.extract.claims import DENIAL_VERBS, has_non_confirmation_cue
from bot.models import Claim, ClaimKind, Discrepancy, DiscrepancyKind

# Claim kinds whose sentences can carry the claim that went unconfirmed.
CLAIM_KINDS = frozenset({ClaimKind.ATTRIBUTED, ClaimKind.NUMERIC, ClaimKind.DATE})
# A party that did not answer made no claim ("She has declined to comment on the allegation").
NON_RESPONSE = re.compile(r"\b(?:declined|refused) to (?:comment|respond|elaborate)|\bdid not (?:respond|return)\b"
                          r"|\bcould not be reached\b|\bno immediate comment\b", re.IGNORECASE)
# "KANSAS CITY, Mo. — Leaders of …": the place a story was filed from is no party to it.
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]*)*\s*(?:\([^)]*\)\s*)?(?:—|–|--)\s*")
# Words of a subject that describe rather than name it ("the upcoming visit").
SUBJECT_MODIFIERS = frozenset({"upcoming", "planned", "reported", "alleged", "claimed", "proposed",
                               "possible", "potential", "further", "any", "such", "new"})
# Words that deny what follows them ("nothing improper took place").
NEGATORS = frozenset({"no", "not", "nothing", "never", "none", "neither", "nor", "without", "denied"})
# How far before the denied thing a negator may stand and still deny it.
NEGATOR_REACH = 3
# Subjects that point back to earlier text instead of naming the thing.
ANAPHORA = frozenset({"it", "this", "that", "these", "those", "them", "such", "its"})
# A candidate needs at least this score: each subject word counts 2, each shared context
# word 1, a named claimant 1, a figure or date 0.5; more if the claimant is the one the
# non-confirmation names, or the claim is in the same article (which is what it answers).
MIN_SCORE = 3.0
# Share of the subject's words a candidate must contain.
SUBJECT_SHARE = 0.6
CLAIMANT_NAMED = 2.0
SAME_ARTICLE = 1.0


@dataclass
class Candidate:
    source: SourceArticle
    sentence: str
    speaker: str | None
    has_figure: bool


def _candidates(articles: list[SourceArticle]) -> list[Candidate]:
    """Every sentence in the story that carries a quote or a claim, once per sentence."""
    by_sentence: dict[tuple[int, str], Candidate] = {}
    for source in articles:
        for quote in source.article.quotes:
            if quote.speaker and not quote.is_scare_quote:
                sentence = source.quote_sentence(quote)
                entry = by_sentence.setdefault(
                    (source.article.id, sentence), Candidate(source, sentence, None, False)
                )
                entry.speaker = entry.speaker or quote.speaker
        for claim in source.article.claims:
            if claim.kind not in CLAIM_KINDS:
                continue
            entry = by_sentence.setdefault(
                (source.article.id, claim.sentence), Candidate(source, claim.sentence, None, False)
            )
            entry.speaker = entry.speaker or claim.speaker
            entry.has_figure = entry.has_figure or claim.kind in {ClaimKind.NUMERIC, ClaimKind.DATE}
    return list(by_sentence.values())


def find_unconfirmed(articles: list[SourceArticle], book: SpeakerBook) -> list[Discrepancy]:
    """Claims in the story that another party's account is reported not to mention or to deny."""
    candidates = _candidates(articles)
    stems = {id(c): content_stems(c.sentence) for c in candidates}
    found: list[Discrepancy] = []
    reported: set[tuple[str, frozenset[str]]] = set()
    denials = {c.sentence for c in candidates
               if has_non_confirmation_cue(c.sentence) or NON_RESPONSE.search(c.sentence)}
    for source in articles:
        for denial in source.article.claims:
            if denial.kind is not ClaimKind.NON_CONFIRMATION or not denial.subject:
                continue
            if words(denial.subject)[:1] and words(denial.subject)[0] in ANAPHORA:
                continue  # "did not address those issues": what the issues are lies elsewhere
            if words(denial.speaker or "")[:1] and words(denial.speaker)[0] in ANAPHORA:
                continue  # "Those firms denied …": who they are, and so whose claim is denied, lies elsewhere
            # Names in the subject ("the Romney campaign's characterization") say whose, not what.
            common = re.findall(r"\b[a-z][a-z'’-]*", denial.subject)
            subject = content_stems(" ".join(w for w in common if w not in SUBJECT_MODIFIERS))
            if not subject:
                continue  # "did not mention it": nothing to look for
            # Most of the subject must be there: "the relief funds had been approved" → relief, funds.
            needed = math.ceil(SUBJECT_SHARE * len(subject))
            context = content_stems(denial.sentence) - subject
            source_key = book.key(denial.speaker)
            # "…did not mention the upcoming visit, Trump’s public statements…" names the claimant.
            named = set(book.mentioned(denial.sentence)) - {source_key}
            best, best_score = None, MIN_SCORE
            denies = (denial.cue or "").lower() in DENIAL_VERBS
            for candidate in candidates:
                if candidate.sentence in denials or len(subject & stems[id(candidate)]) < needed:
                    continue  # another denial (or a non-answer) is not the claim denied
                if denies and _negates(candidate.sentence, subject):
                    continue  # "nothing improper took place" agrees with a denial of impropriety
                if source_key and book.key(candidate.speaker) == source_key:
                    continue  # the party's own words cannot leave its own account unconfirmed
                score = 2 * len(subject & stems[id(candidate)]) + len(context & stems[id(candidate)])
                score += (1 if candidate.speaker else 0) + (0.5 if candidate.has_figure else 0)
                score += CLAIMANT_NAMED if named & _claimant_keys(candidate, book) else 0
                score += SAME_ARTICLE if candidate.source is source else 0
                if score > best_score:
                    best, best_score = candidate, score
            if best is None:
                continue
            # "Tea party activist Alex Poulter disputed …": a party in the denier's own
            # description is the denier's side, never the claimant the sentence names.
            sides = {source_key, *book.mentioned(denial.speaker or "")} - {None}
            claimant = _claimant(best, book, sides)
            if claimant is None:
                continue  # a claim with nobody making it is not one party's claim against another
            dedupe = (claimant, frozenset(subject))
            if dedupe in reported:
                continue
            reported.add(dedupe)
            found.append(_discrepancy(denial, best, source, claimant, subject <= stems[id(best)]))
    return found


def _negates(sentence: str, subject: set[str]) -> bool:
    """Whether `sentence` itself denies the subject: a negator shortly before one of its words."""
    tokens = words(sentence)
    for at, word in enumerate(tokens):
        if stem(word) in subject and any(
            t in NEGATORS or t.endswith(("n't", "n’t")) for t in tokens[max(0, at - NEGATOR_REACH):at]
        ):
            return True
    return False


def _parties_named(sentence: str, book: SpeakerBook) -> dict[str, int]:
    return book.mentioned(DATELINE.sub("", sentence))


def _claimant_keys(candidate: Candidate, book: SpeakerBook) -> set[str]:
    key = book.key(candidate.speaker)
    return {key} if key else set(_parties_named(candidate.sentence, book))


def _claimant(candidate: Candidate, book: SpeakerBook, denier_sides: set[str]) -> str | None:
    """Who made the claim: the candidate's speaker, else the first party it names that is not
    on the denier's side."""
    key = book.key(candidate.speaker)
    if key is None:
        mentioned = {k: at for k, at in _parties_named(candidate.sentence, book).items()
                     if k not in denier_sides}
        key = min(mentioned, key=mentioned.get) if mentioned else None
    return book.display.get(key) if key and key not in denier_sides else None


def _discrepancy(
    denial: Claim, best: Candidate, source: SourceArticle, claimant: str, full_match: bool
) -> Discrepancy:
    whose = f"{possessive(claimant)} claim"
    party = re.sub(r"^The\b", "the", denial.speaker or "a party")
    via = f" (via {denial.via})" if denial.via else ""
    return Discrepancy(
        kind=DiscrepancyKind.UNCONFIRMED,
        summary=f"{whose} is unconfirmed: {party} {denial.cue} {denial.subject}{via}",
        evidence=[best.source.evidence(best.sentence), source.evidence(denial.sentence)],
        confidence=round(denial.confidence * (0.95 if full_match else 0.75), 2),
    )
