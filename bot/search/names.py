"""Which query words name a speaker: by alias ("Xi"), full name, or a near spelling ("Jinpin")."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.models import Speaker, SpeakerKind
from bot.speakers import normalise_name

# Short words are matched exactly: fuzzy matching "Xi" or "Li" would hit half the directory.
MIN_FUZZY_LENGTH = 5
FUZZY_CUTOFF = 80
# Titles people put before names in a search ("President Xi"); they never decide the speaker.
QUERY_TITLES = {"president", "pres", "mr", "mrs", "ms", "dr", "prime", "minister", "premier", "sen", "senator", "rep"}


@dataclass
class SpeakerMatch:
    speaker_ids: set[int]
    names: list[str]
    words_used: int


@dataclass
class SpeakerDirectory:
    """Aliases of every speaker, ready for exact and fuzzy look-up."""

    speakers: dict[int, Speaker]
    by_alias: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: list[tuple[int, Speaker]]) -> SpeakerDirectory:
        directory = cls(speakers=dict(entries))
        for speaker_id, speaker in entries:
            for alias in {normalise_name(speaker.name), *speaker.aliases}:
                directory.by_alias.setdefault(alias, set()).add(speaker_id)
        return directory

    def lookup(self, name: str, fuzzy: bool = True) -> set[int]:
        key = normalise_name(name)
        if key in self.by_alias:
            return set(self.by_alias[key])
        if not fuzzy or len(key) < MIN_FUZZY_LENGTH:
            return set()
        best = process.extractOne(key, self.by_alias.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return set(self.by_alias[best[0]]) if best else set()

    def match_words(self, words: list[str]) -> tuple[SpeakerMatch | None, list[str]]:
        """Split words into one speaker mention (people before organisations) and topic words.

        Two-word names ("Xi Jinping", "Donald Trump") are tried before single words.
        """
        lowered = [w.lower() for w in words]
        candidates: list[tuple[int, int, set[int]]] = []  # (start, length, ids)
        for length in (2, 1):
            for start in range(len(lowered) - length + 1):
                phrase = " ".join(lowered[start : start + length])
                if length == 1 and phrase in QUERY_TITLES:
                    continue
                ids = self.lookup(phrase)
                if ids:
                    candidates.append((start, length, ids))
        if not candidates:
            return None, words

        def is_person(ids: set[int]) -> bool:
            return any(self.speakers[i].kind == SpeakerKind.PERSON for i in ids)

        # Prefer people over organisations, then longer names, then earlier words.
        start, length, ids = sorted(candidates, key=lambda c: (not is_person(c[2]), -c[1], c[0]))[0]
        used = set(range(start, start + length))
        if start > 0 and lowered[start - 1] in QUERY_TITLES:
            used.add(start - 1)
        topic = [w for i, w in enumerate(words) if i not in used]
        names = sorted(self.speakers[i].name for i in ids)
        return SpeakerMatch(speaker_ids=ids, names=names, words_used=len(used)), topic
