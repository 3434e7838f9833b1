"""Speakers and their aliases: one row per person or organisation across the whole corpus."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from bot.models import Speaker, SpeakerKind
from bot.speakers import directory_aliases, normalise_name
from bot.store.tables import ClaimRow, QuoteRow, SpeakerAliasRow, SpeakerRow


def _add_aliases(session: Session, speaker: SpeakerRow, aliases: set[str]) -> None:
    known = set(session.scalars(select(SpeakerAliasRow.alias).where(SpeakerAliasRow.speaker_id == speaker.id)))
    for alias in sorted(aliases - known):
        session.add(SpeakerAliasRow(speaker_id=speaker.id, alias=alias))
    session.flush()


class ResolvedSpeaker(NamedTuple):
    id: int
    name: str


# (name, kind) → speaker, per database: most quotes come from speakers seen before. Entries are
# added only once their transaction commits, so an id from a rolled-back insert is never remembered.
_resolved: dict[str, dict[tuple[str, str], ResolvedSpeaker]] = {}
_PENDING = "speakers_pending"


@event.listens_for(Session, "after_commit")
def _remember_committed_speakers(session: Session) -> None:
    for cache, name, speaker in session.info.pop(_PENDING, []):
        cache[name] = speaker


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back_speakers(session: Session) -> None:
    session.info.pop(_PENDING, None)


def resolve_speaker(session: Session, name: str, kind: SpeakerKind | str) -> ResolvedSpeaker:
    """The corpus-wide speaker for a name an article used, created or upgraded as needed.

    "Xi" after "Xi Jinping" joins Xi Jinping; "Xi Jinping" after a bare "Xi" renames that speaker.
    """
    cache = _resolved.setdefault(str(session.get_bind().url), {})
    key = (name, str(kind))
    known = cache.get(key)
    if known is not None:
        return known
    row = _find_or_create_speaker(session, name, kind)
    if kind == SpeakerKind.PERSON and row.kind == SpeakerKind.UNKNOWN:
        # First seen as a claim's source, now known to be a person: findable by surname too.
        row.kind = SpeakerKind.PERSON.value
        _add_aliases(session, row, directory_aliases(row.name, SpeakerKind.PERSON))
    speaker = ResolvedSpeaker(row.id, row.name)
    session.info.setdefault(_PENDING, []).append((cache, key, speaker))
    return speaker


def _rename(session: Session, speaker: SpeakerRow, name: str) -> None:
    """A bare surname speaker learns its full name; stored quotes and claims follow."""
    speaker.name = name
    for table in (QuoteRow, ClaimRow):
        session.execute(update(table).where(table.speaker_id == speaker.id).values(speaker=name))
    cache = _resolved.get(str(session.get_bind().url), {})
    for key, known in list(cache.items()):
        if known.id == speaker.id:
            cache[key] = ResolvedSpeaker(speaker.id, name)


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
    aliases = directory_aliases(name, kind)
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
            _rename(session, speaker, name)
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
