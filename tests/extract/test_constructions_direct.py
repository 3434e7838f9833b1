"""Attributions whose content holds quotation marks: where partial quotes begin and end, who
speaks them (helper "direct")."""

from tests.extract.attribution_records import contents


def test_clause_ends_at_a_comma_quote_before_a_participle():
    # The participle after “…,” is the writer's comment on the words, not more of them.
    text = "Mayor Ana Ruiz said the harbor plan was “dead on arrival,” sparking a row on the council."
    found = contents(text)
    assert found.get("the harbor plan was “dead on arrival,”") == "Ana Ruiz"
    assert not any("sparking" in words for words in found)


def test_a_phrase_running_on_from_a_quote_is_no_source():
    # "without reporters asking …": "reporters" continues the clause around the quote; it
    # neither cuts the mayor's content short nor speaks.
    text = "Ana Ruiz said she \"cannot cross the street\" without reporters asking her about the harbor."
    found = contents(text)
    assert found.get("she \"cannot cross the street\" without reporters asking her about the harbor") == "Ana Ruiz"
    assert "reporters" not in found.values()


def test_a_quote_closed_by_a_comma_still_ends_before_its_speaker():
    text = "“We will rebuild the harbor,” said Ana Ruiz."
    assert contents(text) == {"“We will rebuild the harbor,”": "Ana Ruiz"}


def test_doubled_apostrophe_quotes_close_with_their_comma_too():
    # ''…,'' (as some papers print quotes) ends its words at the comma like “…,”.
    text = "Mayor Ana Ruiz said the harbor plan was ''dead on arrival,'' sparking a row on the council."
    assert contents(text) == {"the harbor plan was ''dead on arrival,''": "Ana Ruiz"}


def test_a_quote_closed_by_a_full_stop_is_not_the_content_of_the_next_cue():
    # The sentence splitter keeps "“…” Ruiz says" together; when the quote ends with a full
    # stop and the cue opens a quote of its own, the earlier words belong to the earlier cue.
    text = "Ruiz said the plan was “a disgrace.” Ruiz says, “That is a reasonable position for the council.”"
    assert contents(text) == {
        "the plan was “a disgrace.”": "Ruiz",
        "“That is a reasonable position for the council.”": "Ruiz",
    }


def test_a_split_quote_around_its_cue_stays_one_attribution():
    text = "“We will win,” Ruiz says, “and we will rebuild.”"
    assert contents(text) == {"“We will win,” “and we will rebuild.”": "Ruiz"}


def test_a_question_closing_a_sentence_is_not_the_content_of_the_next_cue():
    text = "Ruiz answers Lee with, “Why now?” Lee then writes back, “You look tired.”"
    found = contents(text)
    assert found.get("“You look tired.”") == "Lee"
    assert not any("Why now" in words and speaker == "Lee" for words, speaker in found.items())


def test_a_quote_set_off_by_a_dash_leaves_the_clause_before_it():
    text = "Ruiz suggested that the plan was unserious - “Again, we need the details,” she said."
    assert contents(text).get("“Again, we need the details,”") == "she"


def test_a_quoted_name_keeps_the_reason_given_for_it():
    text = "Ana Ruiz called the audit “a rush to judgment” because the count was incomplete."
    assert contents(text) == {"the audit “a rush to judgment” because the count was incomplete": "Ana Ruiz"}
    text = "Ana Ruiz called the council “reckless” for cutting the harbor budget."
    assert contents(text) == {"the council “reckless” for cutting the harbor budget": "Ana Ruiz"}


def test_a_list_of_chanted_quotes_is_one_content():
    text = "The marchers chanted “Save the harbor” and “No more cuts.”"
    assert contents(text) == {"“Save the harbor” and “No more cuts.”": "marchers"}


def test_a_quote_opening_its_clause_is_the_words_of_the_cue_after_it():
    # After a colon the quote opens the clause: it is what "the mayor says", not scene-setting
    # before a content after the cue ("directly to the camera" is no content).
    text = "Ruiz defends the plan in an ad on local TV: “We will rebuild the harbor,” the mayor says directly to the camera."
    found = contents(text)
    assert found.get("“We will rebuild the harbor,”") == "mayor"
    assert "directly to the camera" not in found


def test_a_cue_followed_only_by_an_adjunct_reports_the_quoted_clause_before_it():
    text = "The council had “lost its nerve” on the harbor plan, she said in a radio interview."
    assert contents(text) == {"The council had “lost its nerve” on the harbor plan": "she"}
    assert contents("In the spring, she said in a radio interview.") == {}
