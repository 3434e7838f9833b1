"""Gold attributions no prediction overlapped, second round (helper "cues2")."""

from tests.extract.attribution_records import contents


def test_numbers_do_not_count_against_a_title_case_headline():
    # A time stamp glued before a live-blog headline: "2016" and "9:14" have no case, so
    # they must not make the line look like running text.
    text = "Posted 2016 at 9:14 PM Ruiz Says Harbor Plan Will Pass"
    assert "Harbor Plan Will Pass" in contents(text)


def test_quoted_title_in_an_aside_leaves_the_opening_name_as_speaker():
    # The quote names a book inside the aside; "said" belongs to the opening name and what
    # follows it is the content, not a speaker.
    text = "Ann Lee, the author of “Harbor Lights,” said the old ferry would close."
    assert contents(text) == {"the old ferry would close": "Ann Lee"}


def test_quoted_epithet_after_a_relative_clause_leaves_the_opening_name_as_speaker():
    text = "Ann Lee, who calls the plan a “giveaway,” said she would vote against it."
    assert contents(text).get("she would vote against it") == "Ann Lee"
