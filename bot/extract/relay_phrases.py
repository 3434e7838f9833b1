"""Relaying outlets named in a sentence: "according to Xinhua", "attributed to CCTV".

A relay is the news organisation through which a statement reached the reporter, not the
speaker: "according to Trump" names a source, "according to Xinhua" names a relay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.extract.lexicon import OUTLETS
from bot.extract.lexicon import PLATFORMS as LEXICON_PLATFORMS
from bot.extract.wordlists import alternation

# Phrases that put the relaying outlet right after them.
RELAY_LEADS: tuple[str, ...] = (
    "according to reporting from", "according to reports from", "according to a report by",
    "according to a report from", "according to", "as quoted by", "quoted by", "attributed to",
    "as reported by", "reported by", "as cited by", "cited by", "carried by", "published by",
)
# Leads that only ever introduce a news organisation, so any name after them is a relay.
MEDIA_ONLY_LEADS = frozenset(
    {"according to reporting from", "according to reports from", "according to a report by",
     "according to a report from", "as reported by", "reported by", "carried by"}
)
# Verbs in "as Xinhua noted" / "as CCTV reported".
RELAY_AS_VERBS: tuple[str, ...] = ("noted", "reported", "said", "quoted", "cited", "stated")

# Outlet names that are also everyday words: searched case-blind they would find "time" or "fox".
COMMON_WORD_OUTLETS = frozenset({"Fox", "Time", "Vox", "Slate", "Guardian", "Telegraph", "The Times", "The Hill"})
# The outlets and platforms the extractor knows (lexicon), less platforms, descriptions and common
# words, each under one spelling ("New York Times", not also "The New York Times").
KNOWN_OUTLETS: tuple[str, ...] = tuple(sorted(
    name for name in OUTLETS - LEXICON_PLATFORMS - COMMON_WORD_OUTLETS
    if not name.startswith("state ") and not (name.startswith("The ") and name[4:] in OUTLETS)
))
# A speaker's own channel is where the words were published, not who relayed them.
PLATFORMS: tuple[str, ...] = tuple(sorted(LEXICON_PLATFORMS))
# Descriptions that are relays but name no one outlet; they agree with any specific outlet.
GENERIC_RELAYS: tuple[str, ...] = (
    "state media", "state television", "state TV", "state broadcaster", "state news agency",
    "official media", "local media", "media reports", "media report", "news reports",
)
# Descriptions written before an outlet's name ("Chinese state broadcaster CCTV").
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "Chinese", "Russian", "Iranian", "North Korean", "official", "state-run", "state-owned",
)
# Words that mark an unknown capitalised name as a news organisation.
OUTLET_WORDS = frozenset(
    {"agency", "broadcaster", "media", "news", "newspaper", "television", "tv", "radio",
     "daily", "times", "post", "journal", "wire", "gazette", "tribune", "herald"}
)


@dataclass(frozen=True)
class Relay:
    outlet: str
    span: tuple[int, int]
    generic: bool



_NAME = r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*"
# A generic description may come before the name: "state broadcaster CCTV".
_OUTLET = (
    rf"(?:the\s+)?(?:(?:{alternation(OUTLET_DESCRIPTORS)})\s+)?"
    rf"(?:(?P<generic>(?i:{alternation(GENERIC_RELAYS)}))\s*)?(?P<name>{_NAME})?"
)
_LEAD = re.compile(rf"\b(?P<lead>(?i:{alternation(RELAY_LEADS)}))\s+{_OUTLET}")
_AS_VERB = re.compile(rf"\bas\s+{_OUTLET}\s+(?:has\s+|had\s+)?(?:{alternation(RELAY_AS_VERBS)})\b")
_KNOWN = {name.lower(): name for name in KNOWN_OUTLETS}
_KNOWN_PATTERN = re.compile(rf"\b(?:{alternation(KNOWN_OUTLETS)})\b", re.IGNORECASE)


def _canonical(name: str) -> str:
    name = re.sub(r"['’]s?$", "", name.strip().rstrip("."))
    return _KNOWN.get(name.lower(), name)


def _is_outlet(name: str, lead: str | None) -> bool:
    if name.lower() in _KNOWN or (lead or "").lower() in MEDIA_ONLY_LEADS:
        return True
    return bool(set(re.findall(r"[a-z]+", name.lower())) & OUTLET_WORDS)


def find_relays(sentence: str) -> Iterator[Relay]:
    """Yield the relaying outlets credited in `sentence`, generic ones ("state media") included."""
    for pattern in (_LEAD, _AS_VERB):
        for match in pattern.finditer(sentence):
            generic, name = match.group("generic"), match.group("name")
            if not name:
                if generic:
                    yield Relay(generic.lower(), match.span("generic"), True)
                continue
            lead = match.groupdict().get("lead")
            if _known_in(name) or _is_outlet(name, lead):
                yield Relay(canonical_outlet(name), match.span("name"), False)


def specific_relay(sentence: str) -> str | None:
    """The first named outlet credited in `sentence`, if any ("according to Xinhua" → "Xinhua")."""
    return next((relay.outlet for relay in find_relays(sentence) if not relay.generic), None)


def _known_in(name: str) -> str | None:
    """The known outlet inside a description ("Chinese state broadcaster CCTV" → "CCTV")."""
    known = [match.group().lower() for match in _KNOWN_PATTERN.finditer(name)]
    return _KNOWN[max(known, key=len)] if known else None


def canonical_outlet(name: str) -> str:
    """One spelling per outlet: "Xinhua news agency" → "Xinhua", "the BBC" → "BBC"."""
    return _known_in(name) or _canonical(
        re.sub(r"^(?:the|according to)\s+", "", name.strip(), flags=re.IGNORECASE)
    )
