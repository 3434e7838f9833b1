"""Gold attributions no prediction overlapped: odd constructions of frequent cues (helper "tail")."""

from tests.extract.attribution_records import contents


def test_noun_and_auxiliary_after_said_open_the_reported_clause():
    # "…, said the campaign has …": a noun phrase an auxiliary follows is the subject of what
    # was said, so the speaker is the name that opens the sentence, not "the campaign".
    text = "Ana Ruiz, harbor director for the port of Tillman, said the campaign has opened a new office."
    found = contents(text)
    assert found.get("the campaign has opened a new office") == "Ana Ruiz"
    assert not any(speaker == "campaign" for speaker in found.values())


def test_noun_and_auxiliary_after_a_quoted_aside_open_the_reported_clause():
    text = "Mr. Ruiz, citing ''the spirit of the harbor,'' said the mayor could win the county easily."
    found = contents(text)
    assert found.get("the mayor could win the county easily") == "Ruiz"


def test_inverted_source_still_takes_the_content_before():
    text = "The harbor plan is dead, said the mayor on Tuesday."
    assert contents(text).get("The harbor plan is dead") == "mayor"


def test_title_with_of_before_a_name_still_ends_the_content_before_it():
    # "…, Port Director of Harbor Affairs Ana Ruiz told …": the whole title describes the source.
    text = "The union will sit out the vote, Port Director of Harbor Affairs Ana Ruiz told the Gazette."
    assert contents(text).get("The union will sit out the vote", "").endswith("Ana Ruiz")


def test_record_ending_in_a_name_before_an_evidence_verb():
    # "a review by The Gazette shows …" is a finding, unlike the noun in "a Gazette report".
    text = "A review by The Gazette shows most of the harbor funds went to repairs."
    found = contents(text)
    assert any(words == "most of the harbor funds went to repairs" for words in found)


def test_told_a_story_takes_the_story_as_content():
    # "told a joke", "tells the story of …": the narrative noun and what follows it are the
    # words told; there is no hearer and no clause to skip to.
    found = contents("The harbor chief told a slightly different tale.")
    assert "a slightly different tale" in found
    found = contents("At the rally, Ana Ruiz told the story of a fisherman who lost his boat.")
    assert found.get("the story of a fisherman who lost his boat") == "Ana Ruiz"


def test_told_a_hearer_still_skips_to_the_clause():
    found = contents("Ana Ruiz told the council that the harbor plan would fail.")
    assert found.get("that the harbor plan would fail") == "Ana Ruiz"


def test_long_adjunct_after_the_cue_leaves_the_content_before_the_source():
    # "…, she said in a video message to the convention": the adjunct is no content, so the
    # clause before the source is what she said.
    text = "The harbor plan is dead, she said in a video message to the convention."
    assert contents(text).get("The harbor plan is dead") == "she"


def test_content_goes_on_after_an_adjunct_and_a_joining_and():
    text = ("The top fifth paid most of the harbor tax, the agency said in a June report, "
            "and the bottom fifth paid almost nothing.")
    found = contents(text)
    assert found.get("The top fifth paid most of the harbor tax and the bottom fifth paid almost nothing") == "agency"


def test_lowercase_role_words_before_a_name_describe_the_source():
    text = "Two fishermen were among the missing, harbor authority spokesman Ali Benn said Thursday."
    assert contents(text).get("Two fishermen were among the missing") == "Ali Benn"


def test_determiner_phrase_after_a_clause_and_comma_is_the_source():
    # "Still, X will …, a source close to him said": the clause is what the source said.
    text = "Still, the mayor will rethink the harbor budget, a source close to him said."
    found = contents(text)
    assert found.get("Still, the mayor will rethink the harbor budget") == "source close to him"


def test_as_reported_by_an_outlet_before_the_clause():
    text = "As reported by the Harbor Gazette, investigators found two ledgers on the boat."
    assert contents(text).get("investigators found two ledgers on the boat") == "Harbor Gazette"


def test_as_first_reported_by_an_outlet_after_the_clause():
    text = "The harbor fund started buying ad time this week, as first reported by the Gazette."
    assert contents(text).get("The harbor fund started buying ad time this week") == "Gazette"


def test_as_reported_by_leaves_a_quote_to_its_speaker():
    text = "“I would act,” Ruiz noted in an interview, as reported by the Gazette."
    found = contents(text)
    assert found.get("“I would act,”") == "Ruiz"
    assert "Gazette" not in found.values()


def test_according_to_keeps_its_clause_when_a_noun_cue_sits_inside_it():
    # "Will’s call to abandon Ruiz" is a noun cue inside the clause; the outlet is not merely
    # relaying its words, so the "according to" attribution stays.
    text = ("Despite the governor’s call to abandon Ruiz, she still leads the harbor race with "
            "24 percent, according to a recent poll.")
    found = contents(text)
    assert any(words.endswith("she still leads the harbor race with 24 percent") for words in found)


def test_clause_before_a_subject_is_not_the_content_of_its_infinitive_cue():
    text = "According to the Gazette, the mayor has not bothered to ask for input from the council."
    found = contents(text)
    assert "According to the Gazette" not in found
    assert found.get("the mayor has not bothered to ask for input from the council") == "Gazette"


def test_according_to_after_a_relative_clause_vouches_for_that_clause():
    text = ("Ruiz says the harbor can still close the gap in funding, which stood at 263 million "
            "last year, according to the port authority.")
    found = contents(text)
    assert found.get("which stood at 263 million last year") == "port authority"


def test_according_to_set_off_before_an_amount_splits_one_clause():
    text = "The harbor receives, according to one report, $234 million in contracts from the state."
    found = contents(text)
    assert found.get("The harbor receives $234 million in contracts from the state") == "one report"


def test_stance_verb_after_an_appositive_takes_the_opening_name():
    # "…, supported X" never puts its subject after the verb, unlike "…, said X".
    text = "Ana Ruiz, 75, a retiree in Tillman, supported Mayor Tom Ford in the primary."
    found = contents(text)
    assert found.get("Mayor Tom Ford in the primary") == "Ana Ruiz"
    assert "Ana Ruiz, 75, a retiree in Tillman" not in found


def test_another_speaks_as_a_contrasting_source():
    text = "One dockworker says the harbor has 2,400 boats, while another says there are about 1,800."
    found = contents(text)
    assert found.get("there are about 1,800") == "another"
    text = "One aide said the plan was dead; another said it was alive."
    assert contents(text).get("it was alive") == "another"


def test_another_called_names_a_thing():
    found = contents("The council hired one firm, and another called Harbor Data.")
    assert "Harbor Data" not in found


def test_stance_participle_set_off_after_a_noun_phrase():
    text = "The harbor bill, opposed by House Republicans, never became law."
    assert contents(text).get("The harbor bill") == "Republicans"


def test_plural_subject_with_a_relative_clause_before_its_verb():
    text = ("Though the port cannot stop every smuggler, people who have fought other harbor "
            "crimes say it could be doing more.")
    found = contents(text)
    assert found.get("it could be doing more") == "people"


def test_short_aside_between_cue_and_that():
    found = contents("Ruiz testified, for example, that she never sent the harbor emails.")
    assert found.get("that she never sent the harbor emails") == "Ruiz"
    found = contents("Ruiz now says, however, that she backs the harbor plan.")
    assert found.get("that she backs the harbor plan") == "Ruiz"


def test_longer_adjunct_aside_between_cue_and_that():
    found = contents("Ruiz said, in an interview with the Gazette, that the harbor would close.")
    assert found.get("that the harbor would close") == "Ruiz"


def test_aside_after_an_adjunct_and_before_that():
    found = contents("Ruiz told supporters in Tillman, Ohio, that she had renewed faith in the harbor.")
    assert found.get("that she had renewed faith in the harbor") == "Ruiz"


def test_source_noun_with_a_prepositional_modifier_after_the_content():
    text = "There is no chance of violence at the harbor, officials in both towns insist, because policing has changed."
    found = contents(text)
    assert found.get("There is no chance of violence at the harbor because policing has changed") == "officials in both towns"


def test_but_with_a_new_subject_after_a_dash_ends_the_reported_clause():
    text = "Ana Ruiz said the harbor plan was dead — but Tom Ford rejected the idea."
    assert contents(text).get("the harbor plan was dead") == "Ana Ruiz"
