"""coverage_gap: a topic one outlet covers and every other outlet in the story omits.

Conservative on purpose: a topic is a named entity the article mentions repeatedly (three times,
or twice including its opening paragraph), or a money figure whose subject ("$11 billion arms
package") recurs; it counts as omitted only if no other article names it in any form
("Iranian", "Tehran" count for Iran). Short articles are not held to cover everything.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from bot.discrepancies.evidence import SourceArticle, outlets
from bot.discrepancies.wording import SpeakerBook, content_stems
from bot.extract.dates import MONTHS, WEEKDAYS
from bot.extract.relay_phrases import KNOWN_OUTLETS, find_relays
from bot.models import ClaimKind, Discrepancy, DiscrepancyKind

# Places and bodies written several ways; any form counts as a mention of the first.
ENTITY_ALIASES: dict[str, tuple[str, ...]] = {
    "Iran": ("Iran", "Iranian", "Iranians", "Tehran"),
    "Ukraine": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    "Russia": ("Russia", "Russian", "Russians", "Moscow", "Kremlin"),
    "China": ("China", "Chinese", "Beijing", "PRC"),
    "United States": ("United States", "US", "U.S.", "USA", "America", "American", "Americans",
                      "Washington", "White House"),
    "Taiwan": ("Taiwan", "Taiwanese", "Taipei"),
    "Venezuela": ("Venezuela", "Venezuelan", "Venezuelans", "Caracas"),
    "India": ("India", "Indian", "Indians", "New Delhi"),
    "Israel": ("Israel", "Israeli", "Israelis", "Jerusalem"),
    "Gaza": ("Gaza", "Gazan", "Gazans"),
    "North Korea": ("North Korea", "North Korean", "Pyongyang"),
    "South Korea": ("South Korea", "South Korean", "Seoul"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "European Union": ("European Union", "EU", "Brussels"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "British", "London"),
}
# Capitalised words that are not topics.
NOT_ENTITIES = frozenset(
    """The A An In On At As Of For And But Or If It Its This That These Those He She They We I
    His Her Their Our Mr Mrs Ms Dr President Prime Minister Secretary Vice State Chinese
    According However While Still Despite Both Looking Based Report Representatives""".split()
)
# Mentions needed, one of them in the opening paragraph: what the outlet put up top and
# came back to is what its editors thought the story was about.
MIN_MENTIONS = 2
# Articles shorter than this (in words) are briefs; omissions there are not gaps.
MIN_WORDS_TO_OMIT = 150
# Money figures are the only numeric topics: a tonnage or a toll is compared, not "covered".
MONEY_UNITS = frozenset({"USD", "EUR", "GBP", "CNY", "JPY", "HKD"})

_NAME = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*")
_PARTY_LABEL = re.compile(r"\((?:D|R|I)-[^)]{1,20}\)")
_ALIAS_TO_ENTITY = {alias: entity for entity, forms in ENTITY_ALIASES.items() for alias in forms}


def _clean(token: str) -> str:
    token = re.sub(r"['’]s$", "", token)
    # Keep the stops of an initialism ("U.S."), drop a sentence's full stop ("Iran.").
    return token if re.fullmatch(r"(?:[A-Z]\.)+", token) else token.rstrip(".")


def _entity_mentions(source: SourceArticle, excluded: set[str]) -> tuple[Counter[str], Counter[str]]:
    """Entity → mentions in the article, and mentions not at a sentence start; aliases folded."""
    # "(D-N.C.)", "(R-Ohio)" label a politician's party and state; they are not topics.
    text = _PARTY_LABEL.sub(lambda label: " " * len(label.group()), source.article.text)
    total: Counter[str] = Counter()
    mid_sentence: Counter[str] = Counter()
    for start, end in source.sentences.spans:
        for match in _NAME.finditer(text, start, end):
            # "Russia-Ukraine war", "US–China relations": each part is a name.
            for index, part in enumerate(re.split(r"[-–—]", match.group())):
                for name in _names_in(part):
                    entity = _ALIAS_TO_ENTITY.get(name, name)
                    if entity.lower() in excluded or name.lower() in excluded:
                        continue
                    total[entity] += 1
                    # "Military and security issues…" is capitalised only because it opens a sentence.
                    if not (match.start() == start and index == 0):
                        mid_sentence[entity] += 1
    return total, mid_sentence


def _names_in(part: str) -> list[str]:
    tokens = [_clean(token) for token in part.split()]
    tokens = [token for token in tokens if token and token not in NOT_ENTITIES]
    name = " ".join(tokens)
    if not name or not name[0].isupper():
        return []
    if name in _ALIAS_TO_ENTITY or len(tokens) == 1:
        return [name]
    # "Russian President Vladimir Putin": the demonym and the person are separate topics.
    leading = [t for t in tokens if t in _ALIAS_TO_ENTITY]
    rest = " ".join(t for t in tokens if t not in _ALIAS_TO_ENTITY)
    return leading + ([rest] if rest else [])


class _Vocabulary:
    """The words of one text, for fast "does it name X in any form?" checks."""

    def __init__(self, text: str) -> None:
        self.lowered = text.lower()
        tokens = {_clean(token) for token in re.findall(r"[A-Za-z][\w.'’]*", text)}
        self.exact = sorted(tokens)
        self.folded = sorted({token.lower() for token in tokens})

    def has_prefix(self, prefix: str, match_case: bool) -> bool:
        words = self.exact if match_case else self.folded
        key = prefix if match_case else prefix.lower()
        i = bisect_left(words, key)
        return i < len(words) and words[i].startswith(key)


@lru_cache(maxsize=256)
def _vocabulary(text: str) -> _Vocabulary:
    return _Vocabulary(text)


def _mentions(entity: str, text: str) -> bool:
    """Whether `text` names the entity in any form: "Republicans" for Republican, "Obamacare"
    for ObamaCare, a surname alone for a full name."""
    forms = list(ENTITY_ALIASES.get(entity, (entity,))) + entity.split()[-1:]
    # "C.I.A." and "CIA" are one name.
    forms += [form.replace(".", "") for form in forms if re.fullmatch(r"(?:[A-Z]\.)+", form)]
    forms += [".".join(form) + "." for form in forms if re.fullmatch(r"[A-Z]{2,5}", form)]
    vocabulary = _vocabulary(text)
    for form in forms:
        if " " in form:
            if form.lower() in vocabulary.lowered:
                return True
        # Short initialisms ("US", "EU") must match case, or "us" the pronoun would count.
        elif vocabulary.has_prefix(_clean(form).rstrip("s") or form, match_case=len(form) <= 3):
            return True
    return False


def _lead(source: SourceArticle) -> str:
    text = source.article.text.strip()
    first_paragraph = text.split("\n", 1)[0]
    spans = source.sentences.spans[:2]
    two_sentences = text[: spans[-1][1]] if spans else ""
    return first_paragraph if len(first_paragraph) <= len(two_sentences) else two_sentences


def _excluded_names(articles: list[SourceArticle]) -> set[str]:
    """Months, weekdays and the outlets themselves: never topics."""
    excluded = {*MONTHS, *WEEKDAYS, *KNOWN_OUTLETS, *(s.outlet for s in articles)}
    for source in articles:
        text = source.article.text
        for start, end in source.sentences.spans:
            excluded |= {relay.outlet for relay in find_relays(text[start:end])}
    return {name.lower() for name in excluded}


def _misspelt_day(entity: str) -> bool:
    """ "Wednedsay" is a day, however it is typed."""
    return any(fuzz.ratio(entity.lower(), day.lower()) >= 80 for day in (*WEEKDAYS, *MONTHS))


def _names_an_outlet(entity: str, excluded: set[str]) -> bool:
    """ "Fox News Sunday" is the outlet's own programme, not a topic."""
    return entity.split()[0].lower() in excluded


def find_coverage_gaps(articles: list[SourceArticle], book: SpeakerBook | None = None) -> list[Discrepancy]:
    """Notable topics that exactly one outlet of the story covers."""
    if len(articles) < 2:
        return []
    excluded = _excluded_names(articles)
    # In how many articles each stem occurs: a stem counted once is in one article only.
    story_stems: Counter[str] = Counter(stem for source in articles for stem in source.stem_counts)
    found = []
    for source in articles:
        others = [o for o in articles if o is not source]
        if any(len(o.article.text.split()) < MIN_WORDS_TO_OMIT for o in others):
            continue
        lead = _lead(source)
        total, mid_sentence = _entity_mentions(source, excluded)
        for entity, count in total.items():
            in_lead = _mentions(entity, lead)
            if not in_lead or count < MIN_MENTIONS or not mid_sentence[entity]:
                continue
            if _names_an_outlet(entity, excluded) or _misspelt_day(entity):
                continue
            if any(_mentions(entity, other.article.text) for other in others):
                continue
            text = source.article.text
            sentence = next((text[s:e] for s, e in source.sentences.spans if _mentions(entity, text[s:e])), "")
            found.append(_gap(source, others, entity, f"mentions {entity} ({count} times)", sentence,
                              min(0.8, 0.45 + 0.05 * count + (0.1 if in_lead else 0))))
        found += _money_gaps(source, others, story_stems)
    return found


def _money_gaps(
    source: SourceArticle, others: list[SourceArticle], story_stems: Counter[str]
) -> list[Discrepancy]:
    """Money figures whose subject ("arms package") recurs here and appears in no other article."""
    money = [c for c in source.article.claims
             if c.kind is ClaimKind.NUMERIC and c.unit in MONEY_UNITS and c.subject]
    if not money:
        return []
    own_stems = source.stem_counts
    gaps = []
    for claim in money:
        subject = content_stems(claim.subject)
        if not subject or any(story_stems[s] > 1 for s in subject) or max(own_stems[s] for s in subject) < 2:
            continue
        topic = f"the {claim.text} {claim.subject}"
        gaps.append(_gap(source, others, topic, f"reports {topic}", claim.sentence, 0.7))
    return gaps


def _gap(
    source: SourceArticle, others: list[SourceArticle], topic: str, what: str, sentence: str,
    confidence: float,
) -> Discrepancy:
    missing = outlets(others)
    verb = "does" if len(others) == 1 else "do"
    return Discrepancy(
        kind=DiscrepancyKind.COVERAGE_GAP,
        summary=f"Only {source.outlet} {what}; {missing} {verb} not mention it",
        # The omitting articles have no sentence to cite: an empty sentence means "not mentioned".
        evidence=[source.evidence(sentence)] + [other.evidence("") for other in others],
        confidence=round(confidence, 2),
    )
