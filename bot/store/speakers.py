"""Speakers and their aliases: one row per person or organisation across the whole corpus."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Speaker, SpeakerKind
from bot.speakers import normalise_name, speaker_aliases
from bot.store.tables import SpeakerAliasRow, SpeakerRow


def _add_aliases(session: Session, speaker: SpeakerRow, aliases: set[str]) -> None:
    known = set(session.scalars(select(SpeakerAliasRow.alias).where(SpeakerAliasRow.speaker_id == speaker.id)))
    for alias in sorted(aliases - known):
        session.add(SpeakerAliasRow(speaker_id=speaker.id, alias=alias))
    session.flush()


# name → (speaker id, speaker name), per database: most quotes come from speakers seen before.
# The name check catches a stale entry (a renamed speaker, or an id reused after a rollback).
_resolved: dict[str, dict[str, tuple[int, str]]] = {}


def resolve_speaker(session: Session, name: str, kind: SpeakerKind | str) -> SpeakerRow:
    """The corpus-wide speaker for a name an article used, created or upgraded as needed.

    "Xi" after "Xi Jinping" joins Xi Jinping; "Xi Jinping" after a bare "Xi" renames that speaker.
    """
    cache = _resolved.setdefault(str(session.get_bind().url), {})
    known = cache.get(name)
    speaker = session.get(SpeakerRow, known[0]) if known else None
    if speaker is None or speaker.name != known[1]:
        speaker = _find_or_create_speaker(session, name, kind)
        cache[name] = (speaker.id, speaker.name)
    return speaker


def _find_or_create_speaker(session: Session, name: str, kind: SpeakerKind | str) -> SpeakerRow:
    normalised = normalise_name(name)
    exact = session.scalar(select(SpeakerRow).where(SpeakerRow.name == name))
    if exact:
        return exact
    by_alias = list(
        session.scalars(
            select(SpeakerRow).join(SpeakerAliasRow).where(SpeakerAliasRow.alias == normalised).distinct()
        )
    )
    if len(by_alias) == 1:
        return by_alias[0]
    aliases = speaker_aliases(name, kind)
    if len(normalised.split()) > 1:
        shorter = list(
            session.scalars(
                select(SpeakerRow)
                .join(SpeakerAliasRow)
                .where(SpeakerAliasRow.alias.in_(aliases - {normalised}))
                .distinct()
            )
        )
        single_word = [s for s in shorter if len(normalise_name(s.name).split()) == 1]
        if len(single_word) == 1:
            speaker = single_word[0]
            speaker.name = name
            _add_aliases(session, speaker, aliases)
            return speaker
    speaker = SpeakerRow(name=name, kind=str(kind))
    session.add(speaker)
    session.flush()
    _add_aliases(session, speaker, aliases)
    return speaker


def speaker_directory(session: Session) -> list[tuple[int, Speaker]]:
    """Every speaker with its aliases, for matching query words to people."""
    aliases: dict[int, list[str]] = {}
    for speaker_id, alias in session.execute(select(SpeakerAliasRow.speaker_id, SpeakerAliasRow.alias)):
        aliases.setdefault(speaker_id, []).append(alias)
    return [
        (row.id, Speaker(name=row.name, kind=row.kind, aliases=tuple(sorted(aliases.get(row.id, [])))))
        for row in session.scalars(select(SpeakerRow).order_by(SpeakerRow.id))
    ]
