"""Content boundaries of attributions next to other attributions (helper "bounds")."""

from tests.extract.attribution_records import contents


def test_coordinated_cue_inside_a_clause_keeps_its_bare_content():
    # "vowed" shares the mayor's subject: its infinitive is its own content, even though the
    # cue sits where the first verb's "that" clause could run on.
    text = "Mayor Ana Ruiz announced that she was leaving the council and vowed to rebuild the harbor."
    found = contents(text)
    assert found.get("that she was leaving the council") == "Ana Ruiz"
    assert found.get("to rebuild the harbor") == "Ana Ruiz"


def test_that_clause_after_and_takes_the_bare_clause_before_it():
    # "said A and that B": both clauses are what was said, not only the one with "that".
    text = "Mayor Ana Ruiz said the budget was tight and that the city would cut costs."
    assert contents(text) == {"the budget was tight and that the city would cut costs": "Ana Ruiz"}


def test_what_she_called_ends_with_the_quoted_name():
    # The appositive after "what she called “…”," describes the thing named; it is not part
    # of her words.
    text = "The mayor condemned what she called a “reckless stunt,” a late-night vote that cut the budget."
    found = contents(text)
    assert found.get("what she called a “reckless stunt,”") == "she"
    assert not any(speaker == "she" and "late-night" in words for words, speaker in found.items())


def test_what_he_called_ends_at_a_dash():
    text = "The mayor attacked what he called cronyism - a habit of giving contracts to friends."
    found = contents(text)
    assert found.get("what he called cronyism") == "he"
    assert not any(speaker == "he" and "habit" in words for words, speaker in found.items())


def test_relative_clause_attribution_does_not_end_the_clause_around_it():
    # "who says …" is embedded in what the officials said; their clause runs on past it.
    text = "Officials said that Ana Ruiz, who says the harbor plan is sound, has lost the council vote."
    found = contents(text)
    assert found.get("that Ana Ruiz, who says the harbor plan is sound, has lost the council vote") == "Officials"
    assert "that Ana Ruiz" not in found


def test_subordinate_clause_before_a_parenthetical_source_keeps_the_main_clause():
    # "…, if re-elected, she said, she would …": the main clause after "she said" is still
    # the content of the frame that opened with "that".
    text = ("Ana Ruiz announced that, if re-elected, she said, she would rebuild the harbor.")
    found = contents(text)
    assert any(words.startswith("that, if re-elected") and words.endswith("rebuild the harbor")
               for words in found)


def test_hedge_subject_starts_after_a_scene_setting_phrase():
    text = "In the past few days, the senator seemed to lose ground in Ohio."
    found = contents(text)
    assert any(words.startswith("the senator seemed to lose ground") for words in found)
    assert not any(words.startswith("In the past") for words in found)


def test_hedge_content_ends_at_the_first_comma_after_the_hedge():
    text = "The music seemed to match the mood of the crowd, as the band played on."
    found = contents(text)
    assert "The music seemed to match the mood of the crowd" in found
    assert not any("band" in words for words in found)


def test_but_with_a_new_subject_ends_the_reported_clause():
    text = "Ana Ruiz said the council would back the harbor plan, but there is growing anger downtown."
    found = contents(text)
    assert found.get("the council would back the harbor plan") == "Ana Ruiz"


def test_including_after_a_dash_goes_on_with_the_object():
    text = "Ana Ruiz urged the council to weigh every option — including a ferry to the island."
    found = contents(text)
    assert any(words.endswith("including a ferry to the island") for words in found)


def test_asked_question_starts_after_its_adjunct():
    text = "Asked at a briefing on Monday about the harbor plan, Ana Ruiz declined to comment."
    found = contents(text)
    assert "about the harbor plan" in found
    assert not any(words.startswith("at a briefing") for words in found)
