"""Gold attributions no prediction overlapped, second round (helper "cues2")."""

from tests.extract.attribution_records import contents


def test_numbers_do_not_count_against_a_title_case_headline():
    # A time stamp glued before a live-blog headline: "2016" and "9:14" have no case, so
    # they must not make the line look like running text.
    text = "Posted 2016 at 9:14 PM Ruiz Says Harbor Plan Will Pass"
    assert "Harbor Plan Will Pass" in contents(text)
