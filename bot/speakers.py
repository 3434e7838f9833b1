"""Speaker names across the corpus: which short names ("Xi", "Trump") stand for which person."""

from __future__ import annotations

import re

from bot.models import SpeakerKind

# Name particles that are never a name on their own ("de", "van") and suffixes ("Jr.").
NAME_PARTICLES = {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Organisation words that carry no identity alone ("the Ministry" must not match every ministry).
GENERIC_ORG_WORDS = {"the", "of", "and", "for", "ministry", "department", "office", "house", "party", "news", "agency"}


# Who-said-it words that name nobody in particular: never a speaker in the directory.
UNNAMED_SOURCES = {
    "he", "she", "they", "it", "we", "i", "you", "both", "who", "analysts", "officials", "experts",
    "sources", "critics", "observers", "leaders", "others", "some", "many", "people", "residents",
    "a source", "a spokesman", "a spokeswoman", "a spokesperson", "an official", "the official",
}


def is_named_speaker(name: str | None) -> bool:
    """Whether `name` names someone a journalist could search for ("Xi Jinping", "the Kremlin")."""
    normalised = normalise_name(name or "")
    return bool(normalised) and normalised not in UNNAMED_SOURCES and any(c.isupper() for c in name or "")


def normalise_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s'-]", " ", name.lower()).split())


def speaker_aliases(name: str, kind: SpeakerKind | str = SpeakerKind.PERSON) -> set[str]:
    """Lower-cased names `name` may appear under: the full name and, for people, each name part.

    Both ends of a person's name count, since the family name comes first in Chinese, Korean
    and Hungarian names ("Xi Jinping" is "Xi") and last in most others ("Donald Trump" is "Trump").
    """
    full = normalise_name(name)
    if not full:
        return set()
    aliases = {full}
    parts = [p for p in full.split() if p.strip(".") not in NAME_SUFFIXES]
    if kind == SpeakerKind.ORGANISATION:
        if full.startswith("the "):
            aliases.add(full[4:])
        return aliases
    if len(parts) >= 2:
        for part in (parts[0], parts[-1]):
            if part not in NAME_PARTICLES and len(part) >= 2:
                aliases.add(part)
    return aliases
