from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from bot.search.query import MAX_QUERY_CHARS, QueryError, parse_query

NOW = datetime(2026, 2, 10, 12, 0, tzinfo=UTC)


def test_bare_words_are_kept_in_order():
    parsed = parse_query("Xi Taiwan", NOW)
    assert parsed.words == ["Xi", "Taiwan"]
    assert not parsed.from_names and not parsed.phrases


def test_filters_and_phrase():
    parsed = parse_query('from:"Xi Jinping" outlet:Reuters since:2026-02-01 "great prudence" arms', NOW)
    assert parsed.from_names == ["Xi Jinping"]
    assert parsed.outlets == ["Reuters"]
    assert parsed.since == datetime(2026, 2, 1, tzinfo=UTC)
    assert parsed.phrases == ["great prudence"]
    assert parsed.words == ["arms"]


@pytest.mark.parametrize("value, delta", [("7d", timedelta(days=7)), ("12h", timedelta(hours=12)), ("2w", timedelta(weeks=2))])
def test_relative_since(value, delta):
    assert parse_query(f"since:{value}", NOW).since == NOW - delta


def test_curly_quotes_make_a_phrase():
    assert parse_query("“big ship”", NOW).phrases == ["big ship"]


def test_unbalanced_quote_reads_to_the_end_and_says_so():
    parsed = parse_query('Xi "big ship', NOW)
    assert parsed.phrases == ["big ship"]
    assert parsed.notes


def test_bad_since_gets_a_journalist_message():
    with pytest.raises(QueryError, match="since:2026-02-01"):
        parse_query("since:yesterday", NOW)


def test_empty_filter_value_is_explained():
    with pytest.raises(QueryError, match="from:"):
        parse_query("from: Xi", NOW)


def test_overlong_query_is_refused_with_the_limit():
    with pytest.raises(QueryError, match=str(MAX_QUERY_CHARS)):
        parse_query("x" * 2000, NOW)


@given(st.text(max_size=MAX_QUERY_CHARS))
def test_any_text_parses_or_raises_query_error(text):
    try:
        parsed = parse_query(text, NOW)
    except QueryError as problem:
        assert str(problem)
    else:
        assert parsed.raw == text.strip()
