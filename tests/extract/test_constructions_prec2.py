"""Precision rules, second round (helper "prec2"): constructions that look like attributions
but attribute nothing."""

from tests.extract.attribution_records import contents


def test_stance_asked_as_a_question_is_no_attribution():
    # A poll question asks for a stance; nobody in it holds one.
    assert "Ana Ruiz" not in contents("The council met.\n\nDo you support Ana Ruiz? Like the page:")


def test_stance_stated_by_you_still_counts():
    found = contents("Mayor Ana Ruiz told the council: you support the harbor plan, and you know it.")
    assert any("harbor plan" in words for words in found)



def test_stance_object_ends_before_the_subjects_second_predicate():
    # "… and is slated to …": the subject's next verb, not more of what he endorsed.
    found = contents("Tom Lee, a harbor pilot, endorsed Ana Ruiz and is slated to be a delegate at the convention.")
    assert found == {"Ana Ruiz": "Tom Lee"}


def test_relative_stance_object_ends_before_but_is():
    found = contents("“The numbers are wrong,” said Tom Lee, who supports Ana Ruiz but is not working for her.")
    assert found.get("Ana Ruiz") == "Tom Lee"
    assert not any("working" in words for words in found)


def test_stance_object_ends_before_a_second_verb_in_the_past():
    found = contents("In March, voters rejected the harbor plan and handed Ana Ruiz her lead in a string of towns.")
    assert found == {"the harbor plan": "voters"}


def test_stance_object_goes_on_past_a_participle_before_its_noun():
    # "and advanced fuels" joins two objects rather than opening a second predicate.
    text = "Mayor Ana Ruiz backed a mandate for all fuels, including biodiesel and advanced cellulosic fuels."
    found = contents(text)
    assert any(words.endswith("advanced cellulosic fuels") for words in found)


def test_backed_down_is_no_stance():
    # "backed down" retreats from a fight; "backed off" a proposal still retracts a stance.
    found = contents("Tom Lee said the vote was close. Ana Ruiz backed down from the fight over the pier.")
    assert found == {"the vote was close": "Tom Lee"}
    assert "off some of her early proposals" in contents("Ana Ruiz backed off some of her early proposals.")


def test_knocked_out_and_added_up_are_no_cues():
    assert contents("The council knocked out funding for the pier.") == {}
    found = contents("The costs added up to more than $8 million, the council said.")
    assert "up to more than $8 million" not in found


def test_editors_note_reports_no_attribution():
    # The outlet's standing note under its stories, not a report of anyone's words.
    text = ("Ana Ruiz said the harbor would reopen.\n\n"
            "Editor’s note: Tom Lee has pledged to fill in the harbor.")
    assert contents(text) == {"the harbor would reopen": "Ana Ruiz"}


def test_content_running_into_an_embedded_post_link_is_dropped():
    text = ("Ana Ruiz said the harbor would reopen.\n\n"
            "Tom Lee promises to raise the harbor wage to $15 in #Harbor speech https://t.co/wX4LsVFCNN<tweet/>.")
    assert contents(text) == {"the harbor would reopen": "Ana Ruiz"}
