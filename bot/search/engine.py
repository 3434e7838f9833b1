"""The search engine behind `/quotes` and `/claims`: parse, resolve names, the index, re-rank.

What differs between quotes and claims (table, wording, extra conditions) is a `SearchTarget`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz, process
from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from bot.models import SearchQuery
from bot.search.catalog import Catalog, load_catalog
from bot.search.query import ParsedQuery, QueryError, parse_query
from bot.search.terms import term_groups
from bot.store.articles import ARTICLE_REF_COLUMNS, article_ref_from_columns
from bot.store.database import Store
from bot.store.search_index import full_text_ids, index_words
from bot.store.tables import ArticleRow

CANDIDATE_LIMIT = 200
OUTLET_CUTOFF = 86


def resolve_query(parsed: ParsedQuery, catalog: Catalog, offset: int = 0, limit: int = 5) -> tuple[SearchQuery, set[int] | None]:
    """Turn words into a speaker filter and topic terms using what the corpus knows."""
    query = SearchQuery(raw=parsed.raw, phrases=parsed.phrases, since=parsed.since, offset=offset, limit=limit,
                        notes=list(parsed.notes))
    speaker_ids: set[int] | None = None
    for name in parsed.from_names:
        ids = catalog.speakers.lookup(name)
        if not ids:
            raise QueryError(f"I know no speaker called “{name}”. Try a surname, such as `from:Xi`.")
        speaker_ids = (speaker_ids or set()) | ids
        query.speakers.extend(sorted(catalog.speakers.speakers[i].name for i in ids))
    topic = parsed.words
    if speaker_ids is None and parsed.words:
        match, topic = catalog.speakers.match_words(parsed.words)
        if match:
            speaker_ids = match.speaker_ids
            query.speakers.extend(match.names)
    query.terms = topic
    for outlet in parsed.outlets:
        query.outlets.extend(match_outlet(outlet, catalog.outlets))
    return query, speaker_ids


def match_outlet(name: str, outlets: list[str]) -> list[str]:
    """Outlets a user means by `name`: the exact name if known, else the closest spellings."""
    exact = [o for o in outlets if o.casefold() == name.casefold()]
    if exact:
        return exact
    found = process.extract(name, outlets, scorer=fuzz.WRatio, score_cutoff=OUTLET_CUTOFF, limit=5)
    if not found:
        known = ", ".join(outlets[:10])
        raise QueryError(f"No articles from an outlet called “{name}”. Known outlets: {known}.")
    best = found[0][1]
    return [o for o, score, _ in found if score >= best - 2]


@dataclass(frozen=True)
class SearchTarget:
    """What is searched: the row type (with id, article_id, speaker_id, text, sentence,
    confidence), its full-text table, its noun for messages, and rows a speaker search skips."""

    row: type
    table: str
    noun: str
    command: str
    not_by_speaker: tuple = field(default=())


@dataclass
class Ranked:
    query: SearchQuery
    page: list[tuple[float, object, object]]  # (score, row, ArticleRef)
    total: int
    capped: bool
    explanation: str | None = None
    suggestions: list[str] = field(default_factory=list)


def _candidates(session: Session, target: SearchTarget, query: SearchQuery, speaker_ids: set[int] | None,
                groups: list[list[str]]) -> Select:
    """The newest matching rows (at most CANDIDATE_LIMIT), for re-ranking in Python."""
    row = target.row
    published = func.coalesce(ArticleRow.published, ArticleRow.ingested_at)
    statement = select(row, *ARTICLE_REF_COLUMNS).join(ArticleRow, row.article_id == ArticleRow.id)
    conditions = []
    if groups:
        dialect = session.get_bind().dialect.name
        conditions.append(row.id.in_(full_text_ids(dialect, target.table, groups)))
    if speaker_ids is not None:
        conditions += [row.speaker_id.in_(speaker_ids), *target.not_by_speaker]
    if query.outlets:
        conditions.append(ArticleRow.outlet.in_(query.outlets))
    if query.since:
        conditions.append(published >= query.since)
    if conditions:
        statement = statement.where(and_(*conditions))
    return statement.order_by(row.id.desc()).limit(CANDIDATE_LIMIT)


def _relevance(found, terms: list[str], phrases: list[str], position: int, total: int) -> float:
    """Topic words in the found words count more than in the surrounding sentence;
    candidates arrive newest first, so `position` gives a small recency bonus."""
    said = found.text.lower()
    context = found.sentence.lower()
    wanted = [t.lower() for t in terms] + [p.lower() for p in phrases]
    if wanted:
        in_text = sum(fuzz.partial_ratio(w, said) for w in wanted) / (100 * len(wanted))
        in_context = sum(fuzz.partial_ratio(w, context) for w in wanted) / (100 * len(wanted))
    else:
        in_text = in_context = 0.0
    recency = 1 - position / max(total, 1)
    penalty = 0.3 if getattr(found, "is_scare_quote", False) else 0.0
    return round(0.5 * in_text + 0.2 * in_context + 0.1 * recency + 0.2 * found.confidence - penalty, 4)


def run_search(store: Store, target: SearchTarget, text: str, offset: int = 0, limit: int = 5,
               now: datetime | None = None, session_work=None) -> Ranked:
    """Parse, resolve and rank. `session_work(session, ranked)` runs inside the same session
    (to load what the hits need). Raises QueryError with a message for the journalist."""
    parsed = parse_query(text, now)
    with store.session() as session:
        catalog = load_catalog(session)
        query, speaker_ids = resolve_query(parsed, catalog, offset, limit)
        groups, corrections = term_groups(query.terms, catalog.vocabulary)
        groups += [[phrase] for phrase in query.phrases if index_words(phrase)]
        for wrong, right in corrections.items():
            query.notes.append(f"Also searched “{right}” for “{wrong}”.")
        fetched = session.execute(_candidates(session, target, query, speaker_ids, groups)).all()
        phrases = [p.lower() for p in query.phrases]
        rows = [r for r in fetched if all(p in f"{r[0].text} {r[0].sentence}".lower() for p in phrases)]
        scored = sorted(
            ((_relevance(r[0], query.terms, query.phrases, i, len(rows)), r[0], article_ref_from_columns(r))
             for i, r in enumerate(rows)),
            key=lambda item: (-item[0], -item[2].published.timestamp(), item[1].id),
        )
        ranked = Ranked(query=query, page=scored[offset : offset + limit], total=len(scored),
                        capped=len(fetched) >= CANDIDATE_LIMIT)
        if not scored:
            ranked.explanation, ranked.suggestions = _explain_empty(session, target, query, speaker_ids, parsed)
        if session_work:
            session_work(session, ranked)
    return ranked


def _explain_empty(session: Session, target: SearchTarget, query: SearchQuery, speaker_ids: set[int] | None,
                   parsed: ParsedQuery) -> tuple[str, list[str]]:
    who = " or ".join(query.speakers)
    about = " ".join([*query.terms, *(f"“{p}”" for p in query.phrases)])
    noun, command = target.noun, target.command
    if parsed.is_empty:
        return "There was nothing to search for.", [f"{command} Xi Taiwan", f"{command} from:Trump soybeans"]
    if speaker_ids is not None and about:
        by_speaker = session.scalar(select(func.count()).where(target.row.speaker_id.in_(speaker_ids)))
        if by_speaker:
            return (
                f"{who} has {by_speaker} {noun}(s), but none mention {about}.",
                [f"{command} {query.speakers[0]}", f"{command} {about}"],
            )
        return f"I have no {noun}s from {who} yet.", [f"{command} {about}"]
    if speaker_ids is not None:
        return f"I have no {noun}s from {who} that match these filters.", [f"{command} {query.speakers[0]}"]
    return (
        f"No {noun}s mention {about or 'that'}. I don't know a speaker by any of those names either.",
        ["fewer words", "a surname, such as Xi or Trump", "a wider `since:`"],
    )
