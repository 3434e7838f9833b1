"""Quote search: who said what about which topic, from the index, re-ranked with rapidfuzz."""

from __future__ import annotations

from datetime import datetime

from rapidfuzz import fuzz, process
from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from bot.models import SearchQuery, SearchResult, QuoteHit
from bot.search.catalog import Catalog, load_catalog
from bot.search.query import ParsedQuery, QueryError, parse_query
from bot.search.terms import term_groups
from bot.store.articles import ARTICLE_REF_COLUMNS, article_ref_from_columns, quote_from_row
from bot.store.database import Store
from bot.store.flags import open_flag_counts
from bot.store.search_index import full_text_ids, index_words
from bot.store.tables import ArticleRow, QuoteRow

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


def _candidates(session: Session, query: SearchQuery, speaker_ids: set[int] | None, groups: list[list[str]]) -> Select:
    """The newest matching quotes (at most CANDIDATE_LIMIT), for re-ranking in Python."""
    published = func.coalesce(ArticleRow.published, ArticleRow.ingested_at)
    statement = select(QuoteRow, *ARTICLE_REF_COLUMNS).join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
    conditions = []
    if groups:
        dialect = session.get_bind().dialect.name
        conditions.append(QuoteRow.id.in_(full_text_ids(dialect, "quotes", groups)))
    if speaker_ids is not None:
        conditions += [QuoteRow.speaker_id.in_(speaker_ids), QuoteRow.is_scare_quote.is_(False)]
    if query.outlets:
        conditions.append(ArticleRow.outlet.in_(query.outlets))
    if query.since:
        conditions.append(published >= query.since)
    if conditions:
        statement = statement.where(and_(*conditions))
    return statement.order_by(QuoteRow.id.desc()).limit(CANDIDATE_LIMIT)


def _relevance(quote: QuoteRow, terms: list[str], phrases: list[str], position: int, total: int) -> float:
    """Topic words in the quoted words count more than in the surrounding sentence;
    candidates arrive newest first, so `position` gives a small recency bonus."""
    said = quote.text.lower()
    context = quote.sentence.lower()
    wanted = [t.lower() for t in terms] + [p.lower() for p in phrases]
    if wanted:
        in_quote = sum(fuzz.partial_ratio(w, said) for w in wanted) / (100 * len(wanted))
        in_context = sum(fuzz.partial_ratio(w, context) for w in wanted) / (100 * len(wanted))
    else:
        in_quote = in_context = 0.0
    recency = 1 - position / max(total, 1)
    penalty = 0.3 if quote.is_scare_quote else 0.0
    return round(0.5 * in_quote + 0.2 * in_context + 0.1 * recency + 0.2 * quote.confidence - penalty, 4)


def search_quotes(store: Store, text: str, offset: int = 0, limit: int = 5, now: datetime | None = None) -> SearchResult:
    """Run a `/quotes` search. Raises QueryError with a message for the journalist."""
    parsed = parse_query(text, now)
    with store.session() as session:
        catalog = load_catalog(session)
        query, speaker_ids = resolve_query(parsed, catalog, offset, limit)
        groups, corrections = term_groups(query.terms, catalog.vocabulary)
        groups += [[phrase] for phrase in query.phrases if index_words(phrase)]
        for wrong, right in corrections.items():
            query.notes.append(f"Also searched “{right}” for “{wrong}”.")
        fetched = session.execute(_candidates(session, query, speaker_ids, groups)).all()
        phrases = [p.lower() for p in query.phrases]
        rows = [r for r in fetched if all(p in f"{r[0].text} {r[0].sentence}".lower() for p in phrases)]
        refs = [article_ref_from_columns(r) for r in rows]
        scored = sorted(
            ((_relevance(r[0], query.terms, query.phrases, i, len(rows)), r[0], ref)
             for i, (r, ref) in enumerate(zip(rows, refs))),
            key=lambda item: (-item[0], -item[2].published.timestamp(), item[1].id),
        )
        page = scored[offset : offset + limit]
        flags = open_flag_counts(session, {ref.id for _s, _q, ref in page})
        hits = [
            QuoteHit(quote=quote_from_row(q), article=ref, score=s, open_flags=flags.get(ref.id, 0))
            for s, q, ref in page
        ]
    result = SearchResult(query=query, hits=hits, total=len(scored), capped=len(fetched) >= CANDIDATE_LIMIT)
    if not scored:
        result.explanation, result.suggestions = _explain_empty(store, query, speaker_ids, parsed)
    return result


def _explain_empty(store: Store, query: SearchQuery, speaker_ids: set[int] | None, parsed: ParsedQuery) -> tuple[str, list[str]]:
    who = " or ".join(query.speakers)
    about = " ".join([*query.terms, *(f"“{p}”" for p in query.phrases)])
    if parsed.is_empty:
        return "There was nothing to search for.", ["/quotes Xi Taiwan", "/quotes from:Trump soybeans"]
    if speaker_ids is not None and about:
        with store.session() as session:
            any_by_speaker = session.scalar(select(func.count()).where(QuoteRow.speaker_id.in_(speaker_ids)))
        if any_by_speaker:
            return (
                f"{who} has {any_by_speaker} quote(s), but none mention {about}.",
                [f"/quotes {query.speakers[0]}", f"/quotes {about}"],
            )
        return f"I have no quotes from {who} yet.", [f"/quotes {about}"]
    if speaker_ids is not None:
        return f"I have no quotes from {who} that match these filters.", [f"/quotes {query.speakers[0]}"]
    return (
        f"No quotes mention {about or 'that'}. I don't know a speaker by any of those names either.",
        ["fewer words", "a surname, such as Xi or Trump", "a wider `since:`"],
    )
