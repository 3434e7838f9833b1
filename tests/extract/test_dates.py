from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract.dates import extract_dates
from bot.models import ClaimKind

FEB_2026 = datetime(2026, 2, 4, 12, 0, tzinfo=UTC)


def dates(text: str, published=FEB_2026):
    return [(c.text, c.when, c.when_to, c.relation) for c in extract_dates(text, published)]


def test_full_dates_in_both_orders():
    assert dates("On February 4, 2026, they spoke; the deal dates from 3 March 2025.") == [
        ("February 4, 2026", date(2026, 2, 4), None, None),
        ("3 March 2025", date(2025, 3, 3), None, None),
    ]


def test_month_and_day_takes_the_articles_year():
    assert dates("Talks resume on March 3.") == [("March 3", date(2026, 3, 3), None, None)]


def test_bare_month_ahead_is_this_years_month():
    claims = list(extract_dates("the April trip he planned to China", FEB_2026))
    assert claims[0].kind is ClaimKind.DATE
    assert (claims[0].when, claims[0].when_to) == (date(2026, 4, 1), date(2026, 4, 30))


def test_bare_month_in_a_backward_looking_sentence_is_last_year():
    text = "This marked their first reciprocal confirmation since their prior conversation in November."
    assert dates(text) == [("November", date(2025, 11, 1), date(2025, 11, 30), "since")]


def test_month_with_this_year():
    assert dates("the stated intent to visit China in April this year")[0][1:3] == (
        date(2026, 4, 1), date(2026, 4, 30))


def test_first_half_of_the_year_is_a_range():
    text = "Putin accepted an invitation to visit China in the first half of the year."
    assert dates(text) == [("the first half of the year", date(2026, 1, 1), date(2026, 6, 30), None)]


def test_quarter_of_a_named_year_and_relative_years():
    assert dates("Sales fell in the second quarter of 2025 and the previous year.") == [
        ("the second quarter of 2025", date(2025, 4, 1), date(2025, 6, 30), None),
        ("the previous year", date(2025, 1, 1), date(2025, 12, 31), None),
    ]


def test_hours_after_is_kept_as_relation_text():
    assert dates("Trump spoke with Xi hours after Xi had held a video call.") == [
        ("hours after", None, None, "hours after")]
    assert dates("just hours after President Xi spoke")[0][3] == "just hours after"


def test_yesterday_weekday_and_ago_resolve_against_publication():
    assert dates("He left yesterday.")[0][1] == date(2026, 2, 3)
    assert dates("He left on Monday.")[0][1] == date(2026, 2, 2)  # 4 Feb 2026 is a Wednesday
    assert dates("It closed two weeks ago.")[0][1] == date(2026, 1, 21)


def test_may_the_verb_is_not_a_month():
    assert dates("It may rain, but in May it is dry.") == [("May", date(2026, 5, 1), date(2026, 5, 31), None)]


def test_without_publication_date_only_absolute_dates_resolve():
    found = dates("On February 4, 2026 they spoke and agreed to meet in April.", published=None)
    assert found == [("February 4, 2026", date(2026, 2, 4), None, None), ("April", None, None, None)]


def test_impossible_date_is_dropped():
    assert dates("Due on February 30, 2026.") == []


def test_year_with_preposition_but_not_a_percentage():
    assert dates("Xi’s outlook for 2026 is bright.")[0][1:3] == (date(2026, 1, 1), date(2026, 12, 31))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_valid_spans(text):
    for claim in extract_dates(text, FEB_2026):
        assert text[claim.span[0] : claim.span[1]] == claim.text


def test_huge_input_is_handled():
    text = "On February 4, 2026 they met, hours after a call in April. " * 5000
    assert sum(1 for _ in extract_dates(text, FEB_2026)) == 15000
