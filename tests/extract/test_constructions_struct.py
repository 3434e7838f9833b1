"""Attributions whose cue is a structure rather than a verb (helper "struct")."""

from tests.extract.attribution_records import contents


def test_to_someone_opens_a_clause_held_in_their_eyes():
    text = "The harbor plan split the town. To Marta Lind, the new pier is a waste of money."
    found = contents(text)
    assert found.get("the new pier is a waste of money") == "Marta Lind"


def test_to_others_after_but_opens_a_view():
    text = "But to others, the mayor is a careful steward of the budget."
    assert "the mayor is a careful steward of the budget" in contents(text)


def test_to_someone_skips_the_relative_clause_after_the_holder():
    text = "To Lind, who has studied the harbor for years, the pier marked a turning point."
    found = contents(text)
    assert found.get("the pier marked a turning point") == "Lind"


def test_an_infinitive_after_to_opens_no_view():
    text = "To win the vote, the mayor must court the fishermen."
    assert "the mayor must court the fishermen" not in contents(text)


def test_thats_according_to_points_back_at_the_finding():
    text = "Most anglers want the pier rebuilt. That’s according to a survey by the harbor board."
    found = contents(text)
    assert "That’s" in found
    assert "harbor board" in (found["That’s"] or "")


def test_a_quoted_title_after_titled_is_the_makers_content():
    text = "The harbor board released a video titled “Our Working Waterfront,” which praises the pier."
    found = contents(text)
    assert "“Our Working Waterfront,”" in found
    assert "board" in (found["“Our Working Waterfront,”"] or "")


def test_an_unquoted_title_runs_over_its_capitalised_words_and_subtitle():
    text = "Her memoir, entitled Salt and Stone: A Life at Sea, comes out in May."
    assert "Salt and Stone: A Life at Sea" in contents(text)


def test_headline_label_naming_the_audience_credits_the_speaker():
    text = "Lind to Harbor Board: The Pier Must Be Rebuilt.\n\nThe mayor spoke on Monday."
    found = contents(text)
    assert found.get("The Pier Must Be Rebuilt.") == "Lind"


def test_headline_label_after_exclusive_dash_credits_the_speaker():
    text = "EXCLUSIVE – Marta Lind: Keep the Harbor Open.\n\nThe mayor spoke on Monday."
    assert contents(text).get("Keep the Harbor Open.") == "Marta Lind"


def test_by_someones_tally_frames_the_count_as_theirs():
    text = "By the harbor board's tally, the pier has lost 40 berths since 2010."
    found = contents(text)
    assert "the pier has lost 40 berths since 2010" in found
    assert "harbor board" in (found["the pier has lost 40 berths since 2010"] or "")


def test_reports_of_something_make_it_reported_content():
    text = "The harbor was closed after reports of a fuel leak near the north pier."
    assert "a fuel leak near the north pier" in contents(text)


def test_headline_label_naming_what_was_said_credits_its_owner():
    text = "Fishermen’s new warning: The Harbor Will Silt Up by Spring.\n\nThe board met on Monday."
    assert contents(text).get("The Harbor Will Silt Up by Spring.") == "Fishermen"


def test_parenthetical_source_before_an_amount_joins_both_halves():
    text = "The port receives, according to one audit, $40 million in fees from the shippers."
    found = contents(text)
    assert any(words.startswith("The port receives") and "$40 million" in words for words in found)


def test_relative_clause_right_before_according_to_is_the_sourced_content():
    text = "The board approved the pier budget, which stood at $4 million last year, according to the harbor office."
    found = contents(text)
    assert "which stood at $4 million last year" in found
    assert not any(words.startswith("The board approved") for words in found)
