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


def test_interviewer_label_gives_the_question_and_keeps_its_inner_cues():
    # "Q:" opens the interviewer's question in a transcript: the whole paragraph is theirs,
    # and the attributions reported inside it stay.
    text = ("Mayor Ana Ruiz spoke with reporters on Friday.\n\n"
            "Q: You said the harbor plan would pass. Do you think the council will back it?\n\n"
            "A: I expect a close vote.")
    found = contents(text)
    assert found.get("You said the harbor plan would pass. Do you think the council will back it?") == "Q"
    assert "the harbor plan would pass" in found
    assert "A" not in found.values()


def test_cue_and_colon_ending_a_paragraph_introduce_the_next_paragraph():
    # "Hewitt writes:" on its own, then the writer's words set off without quote marks.
    text = ("The film opened this week.\n\n"
            "The critic Dana Hewitt writes:\n\n"
            "The movie names neither the mayor nor the governor. It is a story about soldiers.\n\n"
            "Critics disagree.")
    found = contents(text)
    assert found.get("The movie names neither the mayor nor the governor. It is a story about soldiers.") == "Dana Hewitt"
    assert not any("Critics disagree" in words for words in found)
