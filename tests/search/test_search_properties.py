"""Whatever a user types, search answers with results or a QueryError message, never a crash."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bot.config import SEEDS_DIR
from bot.ingest.pipeline import ingest_paths
from bot.search.claims import search_claims
from bot.search.query import QueryError
from bot.search.quotes import search_quotes
from bot.store.database import Store

QUERY_PIECES = st.sampled_from(['"', "“", "”", "from:", "outlet:", "since:", "7d", "*", "-", "(", ")", "NEAR", "AND",
                                "OR", "NOT", ":", "^", "'", "Xi", "Tawain", "&", "|", "!", "<->", "\\", "%", "_"])


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('search') / 'search.db'}")
    store.migrate()
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    yield store
    store.dispose()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(QUERY_PIECES, st.text(max_size=12)), max_size=8).map(" ".join))
def test_any_query_answers_or_explains(seeded_store, text):
    for search in (search_quotes, search_claims):
        try:
            result = search(seeded_store, text)
        except QueryError as problem:
            assert str(problem)
        else:
            assert result.total >= len(result.hits)
            assert result.hits or result.explanation


NASTY = ['Xi "', "Taiwan:*", "a & b | c", "<-> ! ()", "NEAR(Xi Taiwan)", '"great prudence', "ünïcödé Tawain",
         "since:7d outlet:\"Outlet B\" Trump", "from:Xi from:Trump", "x" * 299, "-Taiwan", "Taiwan*", "'; DROP TABLE quotes;--"]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_queries_on_both_databases(store, text):
    ingest_paths(store, [SEEDS_DIR], 10_000_000)
    for search in (search_quotes, search_claims):
        try:
            result = search(store, text)
        except QueryError as problem:
            assert str(problem)
        else:
            assert result.hits or result.explanation
    with store.session() as session:
        from sqlalchemy import text as sql

        assert session.execute(sql("SELECT count(*) FROM quotes")).scalar() > 0
