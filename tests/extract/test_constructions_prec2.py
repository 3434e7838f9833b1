"""Precision rules, second round (helper "prec2"): constructions that look like attributions
but attribute nothing."""

from tests.extract.attribution_records import contents


def test_stance_asked_as_a_question_is_no_attribution():
    # A poll question asks for a stance; nobody in it holds one.
    assert "Ana Ruiz" not in contents("The council met.\n\nDo you support Ana Ruiz? Like the page:")


def test_stance_stated_by_you_still_counts():
    found = contents("Mayor Ana Ruiz told the council: you support the harbor plan, and you know it.")
    assert any("harbor plan" in words for words in found)
