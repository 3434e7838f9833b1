"""Nested and multi-clause attributions (helper "nest2")."""

from tests.extract.attribution_records import contents


def test_but_with_a_sentence_adverb_and_new_subject_ends_the_reported_clause():
    # "…, but ultimately Miller thinks …": the adverb does not hide the new subject; what
    # follows is the writer's turn to a second attribution, not the columnist's words.
    text = "The columnist wrote that reformers are decent people, but ultimately Miller thinks their plan is flawed."
    found = contents(text)
    assert found.get("that reformers are decent people") == "columnist"
    assert found.get("their plan is flawed") == "Miller"


def test_dash_but_with_a_sentence_adverb_ends_the_reported_clause():
    text = "The mayor said both candidates promised to fix the harbor - but eventually Ruiz admitted the plan had stalled."
    found = contents(text)
    assert "both candidates promised to fix the harbor" in found
    assert not any("admitted" in words for words in found)
