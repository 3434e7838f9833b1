"""Salient terms of an article: the words and names that say which event it reports.

Input is a headline and a body; output is a bag of normalised terms with boosts for the signals
that separate one event from another on the same beat: names (capitalised mid-sentence, joined
into "dana_okafor"-style phrases as well), and the words of the headline. Generic newsroom
vocabulary ("said", "officials", "Tuesday") is dropped, since every story has it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass

# Function words plus the vocabulary every news report shares whatever the event.
STOPWORDS = frozenset(
    """
    a about above across after again against ago all almost also although always am among an and
    another any anyone anything are around as at away back be became because become been before
    being below between both but by can cannot could did do does doing done down during each
    either else enough even ever every few for from further get gets getting given go goes going
    got had has have having he her here hers herself him himself his how however i if in into is
    it its itself just last least less like made make makes making many may me might more most
    much must my myself near neither never new next no nor not now of off often on once one only
    or other others our ours ourselves out over own per perhaps put rather really said same say
    saying says see seen several shall she should since so some something still such than that
    the their theirs them themselves then there these they this those though through thus to
    today together too toward towards under until up upon us very was way we well were what
    whatever when where whether which while who whom whose why will with within without would
    yet you your yours yourself
    """.split()
)

NEWS_FILLER = frozenset(
    """
    according added adding asked called comment comments day days early earlier later late
    monday tuesday wednesday thursday friday saturday sunday week weeks weekend month months
    year years time times told tell telling statement interview news report reported reports
    reporters reporter people percent number part think thought want wanted know known going
    including include includes first second third two three four five six seven eight nine ten
    million billion mr mrs ms dr jr sen rep gov pres president senator representative spokesman
    spokeswoman official officials press release post posted update updated read reading
    video photo photos image images getty ap reuters afp copyright rights reserved
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Weight multipliers for the signals that pin down an event.
NAME_BOOST = 2.0
NAME_PHRASE_BOOST = 2.5
HEADLINE_REPEATS = 2  # headline words count as if the body used them this many extra times
# News is written top-down: the opening sentences name the event, later ones give background.
LEDE_SENTENCES = 2
LEDE_REPEATS = 1
# Light suffix stripping so "endorses", "endorsed" and "endorsement" meet; longest first.
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ers", "ed", "es", "s")
MIN_STEM = 4
MIN_TERM = 3
MAX_TEXT_CHARS = 200_000  # huge inputs: the opening is what says which event it is

SENTENCE_BREAK = re.compile(r"(?<=[.!?…\"”’])\s+|\n+")
WORD = re.compile(r"[^\W\d_](?:[\w'’.\-]*\w)?", re.UNICODE)
ACRONYM_DOTS = re.compile(r"(?<=\w)\.(?=\w)")
POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class SalientTerms:
    """Term counts of one article; `names` are the terms seen capitalised mid-sentence."""

    counts: dict[str, float]
    names: frozenset[str]


@lru_cache(maxsize=200_000)  # news vocabulary repeats; this is the hot loop of grouping
def normalise(word: str) -> str:
    """Lower-case, undotted ("G.O.P." -> "gop"), possessive-free, lightly stemmed form."""
    word = POSSESSIVE.sub("", word)
    word = ACRONYM_DOTS.sub("", word).strip(".-'’").lower()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _keep(term: str) -> bool:
    return len(term) >= MIN_TERM and term not in STOPWORDS and term not in NEWS_FILLER


@lru_cache(maxsize=200_000)
def _classify(raw: str) -> tuple[str | None, bool]:
    """A word's kept term (None if it says nothing) and whether it reads as a name mid-sentence."""
    term = normalise(raw)
    if not _keep(term):
        return None, False
    return term, raw[0].isupper()


def _sentence_terms(sentence: str) -> tuple[list[str], list[str], set[str]]:
    """Terms of one sentence, its name phrases (runs of capitalised words) and single names."""
    terms: list[str] = []
    phrases: list[str] = []
    names: set[str] = set()
    run: list[str] = []
    for position, raw in enumerate(WORD.findall(sentence)):
        term, capitalised = _classify(raw)
        # The sentence-initial word is capitalised by grammar, not because it is a name.
        if term is not None and capitalised and position > 0:
            run.append(term)
            names.add(term)
        else:
            if len(run) > 1:
                phrases.append("_".join(run))
            run = []
        if term is not None:
            terms.append(term)
    if len(run) > 1:
        phrases.append("_".join(run))
    return terms, phrases, names


def salient_terms(title: str, text: str) -> SalientTerms:
    """Weighted term counts for an article's headline and body (before IDF weighting)."""
    title = title if isinstance(title, str) else ""
    text = text[:MAX_TEXT_CHARS] if isinstance(text, str) else ""
    counts: Counter[str] = Counter()
    names: set[str] = set()
    lede = LEDE_SENTENCES
    for sentence in SENTENCE_BREAK.split(text):
        terms, phrases, sentence_names = _sentence_terms(sentence)
        names.update(sentence_names)
        for _ in range(1 + (LEDE_REPEATS if lede > 0 else 0)):
            counts.update(terms)
            counts.update(phrases)
        if terms:
            lede -= 1
    # Headlines are title-cased, so they say nothing about names; their words still matter.
    for term in WORD.findall(title):
        kept, _ = _classify(term)
        if kept is not None:
            counts[kept] += HEADLINE_REPEATS
    return SalientTerms(counts=dict(counts), names=frozenset(names))


def headline_terms(title: str) -> frozenset[str]:
    """The content terms of a headline ("Guild strikes at Marlow Bay" -> guild, strik, ...)."""
    if not isinstance(title, str):
        return frozenset()
    return frozenset(t for t in (_classify(w)[0] for w in WORD.findall(title)) if t is not None)


def boost(term: str, names: frozenset[str]) -> float:
    """How much more a term says about the event than an ordinary word."""
    if "_" in term:
        return NAME_PHRASE_BOOST
    return NAME_BOOST if term in names else 1.0
