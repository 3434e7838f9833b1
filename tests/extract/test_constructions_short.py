"""Contents that should run further than a first cut suggests (helper "short")."""

from tests.extract.attribution_records import contents


def test_quote_after_adding_that_continues_the_added_clause():
    # "“…,” she said, adding that …. “…”": the quote-only sentence goes on with the point she
    # added, not with her first quote.
    text = ("“We will fight for every seat,” Ana Ruiz said, adding that the party needed new leaders. "
            "“Nobody else will do it.”")
    found = contents(text)
    assert found.get("“We will fight for every seat,”") == "Ana Ruiz"
    assert found.get("that the party needed new leaders “Nobody else will do it.”") == "Ana Ruiz"


def test_clause_opened_by_a_pronoun_is_not_cut_at_a_later_that():
    # "say they feel that way": "that" is a determiner inside the clause, not its opener.
    text = "Many voters say they feel that way about the mayor."
    assert contents(text) == {"they feel that way about the mayor": "Many voters"}


def test_case_name_with_v_does_not_end_the_sentence():
    text = "The senator said the court would overturn Smith v. Jones within a year."
    assert contents(text) == {"the court would overturn Smith v. Jones within a year": "senator"}


def test_quoted_label_runs_on_to_what_completes_it():
    # "called X “a mistake” because …": the reason belongs to what was called.
    text = "The mayor called the harbor plan “a costly mistake” because few boats use the port."
    assert contents(text) == {"the harbor plan “a costly mistake” because few boats use the port": "mayor"}


def test_two_quoted_labels_joined_by_and_are_one_content():
    text = "The mayor called the protesters “vandals” and “thugs” without evidence."
    assert contents(text) == {"the protesters “vandals” and “thugs” without evidence": "mayor"}


def test_quoted_label_closed_by_a_comma_ends_there():
    # ", a charge …" is the writer's appositive, not part of the label.
    text = "The mayor called the plan “a mistake,” a charge her rivals rejected."
    assert contents(text).get("the plan “a mistake,”") == "mayor"


def test_chanted_quotes_joined_by_and_are_one_content():
    # "and" after a quote usually starts the next action ("chanted “X” and marched"), but
    # not when another quote follows it.
    text = 'The crowd chanted "Save the harbor" and "No more cuts."'
    assert contents(text) == {'"Save the harbor" and "No more cuts."': "crowd"}


def test_stub_ending_in_a_colon_opens_a_new_sentence():
    # "“…” Mr. Lee said: “…”": the stub introduces the quote after the colon, so the quote
    # before it continues the previous speaker.
    text = "“We need help,” Ms. Ruiz said. “We are not criminals.” Mr. Lee said: “The storm took everything we had.”"
    found = contents(text)
    assert found.get("“We need help,” “We are not criminals.”") == "Ruiz"
    assert found.get("“The storm took everything we had.”") == "Lee"


def test_infinitive_after_a_promise_is_not_cut_at_a_relative_that():
    # "promised to cut taxes on firms that hire …": "that" opens a relative clause inside
    # the infinitive, not the promised clause.
    text = "The mayor promised to cut taxes on firms that hire local workers."
    assert contents(text) == {"to cut taxes on firms that hire local workers": "mayor"}


def test_clause_opened_by_it_and_a_verb_is_not_cut_at_a_relative_that():
    text = "The campaign said it was postponing a rally that was planned for Monday."
    assert contents(text) == {"it was postponing a rally that was planned for Monday": "campaign"}


def test_bare_clause_with_its_verb_is_not_cut_at_a_relative_that():
    # "said officials have a video that shows …": the clause after "said" already has its
    # verb, so the later "that" opens a relative clause inside it.
    text = "The mayor said officials have a video that shows the flood."
    assert contents(text) == {"officials have a video that shows the flood": "mayor"}


def test_description_after_a_name_in_mid_clause_does_not_end_it():
    # "connect Ana Ruiz, a city planner, with …": the description is set off inside the
    # clause, which goes on after its closing comma.
    text = "The mayor said she would connect Ana Ruiz, a city planner, with the harbor board next week."
    assert contents(text) == {"she would connect Ana Ruiz, a city planner, with the harbor board next week": "mayor"}


def test_description_of_the_clause_still_ends_it():
    text = "The mayor said the vote was rigged, a charge her rivals rejected."
    assert contents(text).get("the vote was rigged") == "mayor"


def test_headline_label_takes_the_whole_line_over_a_cue_inside_it():
    text = "Ruiz: I think the harbor plan will pass\nThe mayor spoke on Monday."
    assert contents(text).get("I think the harbor plan will pass") == "Ruiz"


def test_transcript_label_takes_the_whole_paragraph_over_a_cue_inside_it():
    text = "The host asked about the vote.\n\nRUIZ: I believe we can win this vote. We have the numbers."
    found = contents(text)
    assert found.get("I believe we can win this vote. We have the numbers.") == "RUIZ"
    assert "we can win this vote" not in found


def test_clarification_is_no_speaker_label():
    text = "CLARIFICATION: An earlier version said the mayor opposed the plan."
    assert all(speaker != "CLARIFICATION" for speaker in contents(text).values())


def test_headline_and_between_objects_does_not_end_the_content():
    assert contents("Ruiz Slams Lee And The Harbor Board") == {"Lee And The Harbor Board": "Ruiz"}


def test_headline_and_before_a_verb_ends_the_content():
    found = contents("Ruiz Backs Lee And Denounces The Board")
    assert found.get("Lee") == "Ruiz"


def test_quote_after_a_parenthetical_source_runs_on_with_its_clause():
    # "…, Ms. Ruiz said, “is a perfect example of adapting” to …": the quote is the middle of
    # a clause that goes on after it ("to" does not start a new action here).
    text = "The club's investment in its course, Ms. Ruiz said, “is a perfect example of adapting” to the changing market."
    found = contents(text)
    assert any(words.endswith("“is a perfect example of adapting” to the changing market") for words in found)


def test_request_is_not_cut_at_a_relative_that():
    text = "The mayor urged the council to pass a budget that protects the harbor."
    assert contents(text) == {"the council to pass a budget that protects the harbor": "mayor"}


def test_clause_runs_past_a_bracketed_aside_of_several_words():
    text = "The mayor said the harbor plan (the council approved it in May after a debate) would cost more than expected."
    assert contents(text) == {
        "the harbor plan (the council approved it in May after a debate) would cost more than expected": "mayor"}
