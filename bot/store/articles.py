"""Articles and what was extracted from them: saving, replacing on revision, reading back."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from bot.models import Article, ArticleDraft, ArticleRef, Claim, SpeakerKind, Extraction, StoredClaim, StoredQuote
from bot.speakers import is_named_speaker
from bot.store.search_index import index_words
from bot.store.speakers import ResolvedSpeaker, resolve_speaker
from bot.store.tables import ArticleRow, ClaimRow, QuoteRow
from bot.store.vocabulary import add_words

# Claim fields kept in the JSON payload column; the rest have columns of their own.
CLAIM_COLUMNS = {"kind", "text", "sentence", "speaker", "confidence"}


def as_utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes even for timezone=True columns; we only ever store UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def to_utc(value: datetime | None) -> datetime | None:
    """Times are stored in UTC: SQLite keeps no offset, so 10:00+08:00 would come back as 10:00 UTC."""
    return value.astimezone(UTC) if value is not None else None


def article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        outlet=row.outlet,
        url=row.url,
        canonical_url=row.canonical_url,
        published=as_utc(row.published),
        author=row.author,
        wire_credit=row.wire_credit,
        source_path=row.source_path,
        duplicate_of=row.duplicate_of,
        ingested_at=as_utc(row.ingested_at),
        revised_at=as_utc(row.revised_at),
    )


ARTICLE_REF_COLUMNS = (
    ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.url, ArticleRow.canonical_url,
    ArticleRow.published, ArticleRow.ingested_at, ArticleRow.wire_credit,
)


def article_ref_from_columns(row) -> ArticleRef:
    """An ArticleRef from a result row that selected ARTICLE_REF_COLUMNS (undated: ingest time)."""
    return ArticleRef(
        id=row.id, title=row.title, outlet=row.outlet, url=row.url, canonical_url=row.canonical_url,
        published=as_utc(row.published or row.ingested_at), wire_credit=row.wire_credit,
    )


def quote_from_row(row: QuoteRow) -> StoredQuote:
    return StoredQuote(
        id=row.id,
        article_id=row.article_id,
        text=row.text,
        spans=[tuple(s) for s in row.spans],
        speaker=row.speaker,
        speaker_role=row.speaker_role,
        speaker_span=tuple(row.speaker_span) if row.speaker_span else None,
        speaker_kind=row.speaker_kind,
        cue=row.cue,
        via=row.via,
        sentence=row.sentence,
        is_partial=row.is_partial,
        is_scare_quote=row.is_scare_quote,
        confidence=row.confidence,
    )


def claim_from_row(row: ClaimRow) -> StoredClaim:
    return StoredClaim(
        id=row.id, article_id=row.article_id, kind=row.kind, text=row.text, sentence=row.sentence,
        speaker=row.speaker, confidence=row.confidence, **row.payload,
    )


def find_by_canonical_url(session: Session, canonical_url: str | None) -> ArticleRow | None:
    if not canonical_url:
        return None
    return session.scalar(select(ArticleRow).where(ArticleRow.canonical_url == canonical_url))


def find_by_content_hash(session: Session, content_hash: str) -> ArticleRow | None:
    return session.scalar(
        select(ArticleRow).where(ArticleRow.content_hash == content_hash).order_by(ArticleRow.id).limit(1)
    )


def hashes_by_canonical_url(session: Session, urls: set[str]) -> dict[str, tuple[int, str]]:
    """canonical URL → (article id, content hash) for those of `urls` already stored."""
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(urls)):
        rows = session.execute(select(ArticleRow.canonical_url, ArticleRow.id, ArticleRow.content_hash)
                               .where(ArticleRow.canonical_url.in_(chunk)))
        found.update({url: (article_id, content_hash) for url, article_id, content_hash in rows})
    return found


def ids_by_content_hash(session: Session, hashes: set[str]) -> dict[str, int]:
    """content hash → the first article stored with it, for those of `hashes` already stored."""
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(hashes)):
        rows = session.execute(select(ArticleRow.content_hash, func.min(ArticleRow.id))
                               .where(ArticleRow.content_hash.in_(chunk)).group_by(ArticleRow.content_hash))
        found.update(dict(rows.all()))
    return found


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    # Keeps IN lists under SQLite's bound-parameter limit.
    return [values[i : i + size] for i in range(0, len(values), size)]


def insert_article(session: Session, draft: ArticleDraft, canonical_url: str | None) -> ArticleRow:
    row = ArticleRow(
        canonical_url=canonical_url,
        url=draft.url,
        outlet=draft.outlet,
        title=draft.title,
        published=to_utc(draft.published),
        author=draft.author,
        wire_credit=draft.wire_credit,
        text=draft.text,
        content_hash=draft.content_hash,
        source_path=draft.source_path,
        ingested_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()
    return row


def revise_article(session: Session, row: ArticleRow, draft: ArticleDraft) -> None:
    """A newer version of a known URL: keep the row (and its flags), replace the text."""
    row.text = draft.text
    row.title = draft.title or row.title
    row.outlet = draft.outlet if draft.outlet != "unknown" else row.outlet
    row.published = to_utc(draft.published) or row.published
    row.author = draft.author or row.author
    row.wire_credit = draft.wire_credit or row.wire_credit
    row.content_hash = draft.content_hash
    row.revised_at = datetime.now(UTC)
    session.execute(delete(QuoteRow).where(QuoteRow.article_id == row.id))
    session.execute(delete(ClaimRow).where(ClaimRow.article_id == row.id))


def _speakers_of(session: Session, extraction: Extraction, claims: list[Claim]) -> dict[str, ResolvedSpeaker]:
    """Each named speaker of the article resolved once, before any row is added, so that
    resolving never flushes half-built rows."""
    wanted = {q.speaker: q.speaker_kind for q in extraction.quotes if not q.is_scare_quote and is_named_speaker(q.speaker)}
    for claim in claims:
        if is_named_speaker(claim.speaker):
            wanted.setdefault(claim.speaker, SpeakerKind.UNKNOWN)
    return {name: resolve_speaker(session, name, kind) for name, kind in wanted.items()}


def save_extraction(session: Session, article: ArticleRow, extraction: Extraction, claims: list[Claim]) -> None:
    """Store an article's quotes and claims (bulk inserts: an article has dozens) and their words."""
    speakers = _speakers_of(session, extraction, claims)
    words: set[str] = set()
    quote_rows, claim_rows = [], []
    for quote in extraction.quotes:
        speaker_row = None if quote.is_scare_quote else speakers.get(quote.speaker)
        quote_rows.append({
            "article_id": article.id,
            "speaker_id": speaker_row.id if speaker_row else None,
            # Quotes are shown under the corpus-wide name ("Xi" in one article is Xi Jinping).
            "speaker": speaker_row.name if speaker_row else quote.speaker,
            "text": quote.text,
            "spans": [list(s) for s in quote.spans],
            "speaker_role": quote.speaker_role,
            "speaker_span": list(quote.speaker_span) if quote.speaker_span else None,
            "speaker_kind": str(quote.speaker_kind),
            "cue": quote.cue,
            "via": quote.via,
            "sentence": quote.sentence,
            "is_partial": quote.is_partial,
            "is_scare_quote": quote.is_scare_quote,
            "confidence": quote.confidence,
        })
        words.update(index_words(f"{quote.text} {quote.sentence}"))
    for claim in claims:
        speaker_row = speakers.get(claim.speaker)
        claim_rows.append({
            "article_id": article.id, "kind": str(claim.kind), "text": claim.text, "sentence": claim.sentence,
            "speaker_id": speaker_row.id if speaker_row else None,
            "speaker": speaker_row.name if speaker_row else claim.speaker, "confidence": claim.confidence,
            "payload": claim.model_dump(mode="json", exclude=CLAIM_COLUMNS, exclude_defaults=True),
        })
        words.update(index_words(f"{claim.text} {claim.sentence}"))
    for table, rows in ((QuoteRow, quote_rows), (ClaimRow, claim_rows)):
        if rows:
            # Core executemany: the ORM's bulk path would insert row by row to learn each id.
            session.connection().execute(insert(table.__table__), rows)
    add_words(session, words)


def get_article(session: Session, article_id: int) -> Article | None:
    row = session.get(ArticleRow, article_id)
    return article_from_row(row) if row else None
