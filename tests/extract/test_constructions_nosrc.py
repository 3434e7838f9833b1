"""Attributions with no named source or a non-person source, and headline forms (made-up text)."""

from tests.extract.attribution_records import content_speaker_pairs


def test_title_case_headline_with_any_cue_verb():
    text = "Mayor Lena Ortiz Endorses Tom Hale With Party’s Blessing.\n\nThe race is close."
    found = content_speaker_pairs(text)
    assert ("Tom Hale", "Lena Ortiz") in [(c, s and s.replace("Mayor ", "")) for c, s in found]


def test_headline_label_before_colon_owns_the_sentence():
    text = "Ortiz: Voters Worried About Bridge Repairs Are Right.\n\nThe race is close."
    found = content_speaker_pairs(text)
    assert [c for c, _ in found] == ["Voters Worried About Bridge Repairs Are Right."]


def test_hedge_subject_starts_after_an_opening_clause_and_stops_before_a_tail():
    text = "While the storm raged outside, the mayor seemed calm and focused, although the bridge was closed."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert "the mayor seemed calm and focused" in contents


def test_hedge_subject_with_an_appositive():
    text = "The mayor, a retired teacher from Ohio, is expected to announce a run on Friday."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert any(c.startswith("The mayor, a retired teacher") and "announce a run" in c for c in contents)


def test_hedge_subject_with_a_relative_clause():
    text = "The council, which has met twice this year, is expected to vote on the budget in May."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert any(c.startswith("The council") and "vote on the budget" in c for c in contents)


def test_seems_like_is_a_hedge():
    text = "The new toll plan seems like a fair idea to most drivers."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert any(c.startswith("The new toll plan") and "fair idea" in c for c in contents)


def test_poll_named_with_its_maker_reports_a_finding():
    text = "Yet a new poll from Acme University found 40% of voters are not sure they will vote."
    found = content_speaker_pairs(text)
    assert [c for c, _ in found] == ["40% of voters are not sure they will vote"]
    assert found[0][1] is not None


def test_poll_finding_after_a_phrase_of_time():
    text = "For the first time, a poll shows Mayor Lena Ortiz leading the race."
    assert [c for c, _ in content_speaker_pairs(text)] == ["Mayor Lena Ortiz leading the race"]


def test_passive_request_to_the_subject():
    text = "At the town meeting, the mayor was asked to name one road she had repaired."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert contents == ["the mayor was asked to name one road she had repaired"]


def test_passive_criticism_without_a_critic():
    text = "The new parking rule has been widely criticized as confusing for visitors."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert any(c.startswith("The new parking rule") and "confusing for visitors" in c for c in contents)


def test_plural_headline_subject_takes_a_plain_verb():
    text = "Leaked Documents Reveal Secret Donors Behind The Bridge Plan.\n\nThe race is close."
    assert content_speaker_pairs(text) == [("Secret Donors Behind The Bridge Plan", "Leaked Documents")]


def test_plain_verb_opening_a_headline_is_no_cue():
    text = "Call The Mayor’s Bluff On The Bridge Plan.\n\nThe race is close."
    assert content_speaker_pairs(text) == []


def test_trailing_record_with_a_long_description_reports_a_finding():
    text = "Two donors paid for the billboard campaign, disclosures filed with the county on Monday revealed."
    found = content_speaker_pairs(text)
    assert [c for c, _ in found] == ["Two donors paid for the billboard campaign"]
    assert found[0][1] is not None


def test_appear_with_a_readiness_adjective_is_a_hedge():
    text = "The council appeared ready to approve the bridge repairs. The mayor appeared on local radio."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert contents == ["The council appeared ready to approve the bridge repairs"]


def test_hedge_subject_may_hold_do_so():
    text = "Her plan to do so seemed shaky after the vote."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert contents == ["Her plan to do so seemed shaky after the vote"]


def test_poll_placing_a_candidate():
    text = "A new county poll has Ortiz leading the race by six points. The poll has a margin of error of 3 points."
    found = content_speaker_pairs(text)
    assert [c for c, _ in found] == ["Ortiz leading the race by six points"]
    assert found[0][1] is not None


def test_as_expected_takes_the_clause_before_it():
    text = "In the end, the council vote went to a second round as expected, delaying the budget."
    contents = [c for c, s in content_speaker_pairs(text) if s is None]
    assert contents == ["the council vote went to a second round"]
