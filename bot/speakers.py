"""Speaker names across the corpus: which short names ("Xi", "Trump") stand for which person."""

from __future__ import annotations

import re

from bot.extract.speakers import speaker_aliases
from bot.models import SpeakerKind

# Words that are never a name on their own ("de", "van", "the").
NAME_PARTICLES = {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el", "the"}

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


def directory_aliases(name: str, kind: SpeakerKind | str = SpeakerKind.PERSON) -> set[str]:
    """Lower-cased names a speaker is found under in the corpus-wide directory.

    A person gets the extractor's aliases (surname, family-name-first "Xi", "President Xi");
    an organisation or an unknown source only its full name, with or without a leading "the"
    ("the Kremlin" is "kremlin"), so "the" or "readout" never names a speaker.
    """
    if kind == SpeakerKind.PERSON:
        names = speaker_aliases(name)
    else:
        names = {name, name[4:] if name.lower().startswith("the ") else name}
    aliases = {normalise_name(n) for n in names}
    return {a for a in aliases if a and a not in NAME_PARTICLES and a not in UNNAMED_SOURCES}
