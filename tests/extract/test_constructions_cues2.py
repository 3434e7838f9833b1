"""Gold attributions no prediction overlapped, second round (helper "cues2")."""

from tests.extract.attribution_records import contents


def test_numbers_do_not_count_against_a_title_case_headline():
    # A time stamp glued before a live-blog headline: "2016" and "9:14" have no case, so
    # they must not make the line look like running text.
    text = "Posted 2016 at 9:14 PM Ruiz Says Harbor Plan Will Pass"
    assert "Harbor Plan Will Pass" in contents(text)


def test_quoted_title_in_an_aside_leaves_the_opening_name_as_speaker():
    # The quote names a book inside the aside; "said" belongs to the opening name and what
    # follows it is the content, not a speaker.
    text = "Ann Lee, the author of “Harbor Lights,” said the old ferry would close."
    assert contents(text) == {"the old ferry would close": "Ann Lee"}


def test_quoted_epithet_after_a_relative_clause_leaves_the_opening_name_as_speaker():
    text = "Ann Lee, who calls the plan a “giveaway,” said she would vote against it."
    assert contents(text).get("she would vote against it") == "Ann Lee"


def test_refuse_and_refusing_take_their_infinitive_like_refused():
    found = contents("The council members refuse to vote on the harbor budget.")
    assert found.get("to vote on the harbor budget") == "council members"
    found = contents("Ruiz kept campaigning, refusing to attack her rivals.")
    assert found.get("to attack her rivals") == "Ruiz"


def test_infinitive_whose_object_is_the_noun_before_a_contact_clause_is_no_content():
    # "the groups they refuse to name": what they refuse is naming the groups, not "to name".
    found = contents("The city blames the very groups they refuse to name: harbor unions.")
    assert not any(words.startswith("to name") for words in found)
    assert contents("Voters act as though they want to lose.").get("to lose") == "they"


def test_clarified_that_and_extolled_are_cues():
    assert contents("A spokeswoman later clarified that the mayor had misspoken.") == {
        "that the mayor had misspoken": "spokeswoman"}
    assert contents("Ruiz extolled the virtues of the old harbor.").get("the virtues of the old harbor") == "Ruiz"


def test_plain_clarify_inside_a_clause_is_no_cue():
    # "will clarify the situation": a plain form inside what someone said does not cut it short.
    text = "Ruiz said states like Ohio will clarify the situation first."
    assert contents(text) == {"states like Ohio will clarify the situation first": "Ruiz"}


def test_chided_reaffirming_and_quoting_are_cues():
    assert contents("Ruiz chided the council for its long delay.").get("the council for its long delay") == "Ruiz"
    assert contents("The mayor is reaffirming that the inquiry will go on.") == {
        "that the inquiry will go on": "mayor"}
    assert contents("Ruiz ended her speech by quoting an old poem.").get("an old poem") == "Ruiz"


def test_progressive_stance_participles_are_cues_after_be():
    assert contents("The union is backing Lee.") == {"Lee": "union"}
    assert contents("The workers are hailing the new contract.") == {"the new contract": "workers"}


def test_stance_participles_after_a_noun_or_with_a_particle_are_no_cues():
    assert contents("A group backing Lee spent heavily on ads.") == {}
    assert contents("The union is backing down from its demand.") == {}


def test_relished_lauded_and_bemoans_are_cues():
    assert contents("Ruiz relished the chance to debate Lee.").get("the chance to debate Lee") == "Ruiz"
    assert contents("The mayor lauded the new ferry schedule.").get("the new ferry schedule") == "mayor"
    assert contents("Ruiz bemoans the lack of ferries.").get("the lack of ferries") == "Ruiz"


def test_more_verbs_whose_object_is_the_content():
    assert contents("The mayor unveiled a plan to rebuild the harbor.").get("a plan to rebuild the harbor") == "mayor"
    assert contents("Ruiz contradicted the council's account.").get("the council's account") == "Ruiz"
    assert contents("Ruiz repudiated the group's remarks.").get("the group's remarks") == "Ruiz"
    assert contents("Lee recited the names of the fallen.").get("the names of the fallen") == "Lee"


def test_distanced_herself_from_takes_the_object_after_the_particle():
    assert contents("Ruiz distanced herself from the harbor plan.") == {"the harbor plan": "Ruiz"}
    assert contents("The distance from the harbor is short.") == {}


def test_is_planning_to_and_is_releasing_are_cues():
    assert contents("The union is planning to strike next month.").get("to strike next month") == "union"
    assert contents("The campaign is releasing a new radio ad.").get("a new radio ad") == "campaign"


def test_verbs_of_rebuke_and_intimated_are_cues():
    assert contents("Ruiz chastised the council for its delay.").get("the council for its delay") == "Ruiz"
    assert contents("Lee excoriated the harbor board.").get("the harbor board") == "Lee"
    assert contents("Ruiz intimated that she would run again.") == {"that she would run again": "Ruiz"}
