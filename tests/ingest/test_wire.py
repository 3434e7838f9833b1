import pytest

from bot.ingest.wire import agency_named, wire_credit


@pytest.mark.parametrize(
    ("text", "author", "agency"),
    [
        ("Based On Reuters Report\nThe minister resigned on Monday.", None, "Reuters"),
        ("WASHINGTON (AP) \u2014 The Senate passed the bill late on Thursday.", None, "AP"),
        ("LONDON (Reuters) - Shares fell sharply in early trading.", None, "Reuters"),
        ("BEIJING, June 3 (Xinhua) -- The ministry said exports rose.", None, "Xinhua"),
        ("PARIS (AFP) - Le gouvernement a annonc\u00e9 un plan.", None, "AFP"),
        ("The council met on Monday.", "Reuters", "Reuters"),
        ("The council met on Monday.", "By AFP", "AFP"),
        ("The council met on Monday.", "Jane Doe, Associated Press", "AP"),
        ("The council met on Monday.", "Reuters Staff", "Reuters"),
        ("By JOHN SMITH Associated Press\nThe council met on Monday.", None, "AP"),
        ("Markets closed lower.\n(With inputs from PTI)", None, "PTI"),
    ],
)
def test_agency_behind_the_copy_is_found(text, author, agency):
    assert wire_credit(text, author) == agency


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Our reporter spent a week on the island.", "Mara Lindqvist"),
        ("The former mayor, Michael Bloomberg, spoke first.", "Michael Bloomberg"),
        ("Visitors to the spa said the source: pa was closed.", None),
        ("Officials said the AP exam results would be late.", None),
    ],
)
def test_staff_copy_has_no_wire_credit(text, author):
    assert wire_credit(text, author) is None


def test_a_dateline_deep_in_the_text_is_not_a_credit():
    text = "x " * 400 + "he quoted a story (Reuters) - that ran earlier."
    assert wire_credit(text) is None


def test_agency_named_reads_bylines():
    assert agency_named("Mara Lindqvist | Reuters") == "Reuters"
    assert agency_named("The Canadian Press") == "The Canadian Press"
    assert agency_named("Mara Lindqvist") is None
