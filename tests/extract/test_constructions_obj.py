"""Constructions whose content is not where the cue usually finds it (helper `obj`)."""

from tests.extract.attribution_records import contents


def test_passive_stance_with_by_phrase():
    found = contents("The ferry levy was rejected by most island voters.")
    assert found.get("The ferry levy") == "most island voters"
    found = contents("Mayor Ana Ruiz has been endorsed by the Harbor Pilots Union.")
    assert found.get("Mayor Ana Ruiz") == "Harbor Pilots Union"


def test_passive_stance_leaves_a_subject_holding_a_noun_cue_to_it():
    found = contents("Ana Ruiz’s plan to widen the pier was rejected by the council.")
    assert "to widen the pier" in found
    assert "Ana Ruiz’s plan to widen the pier" not in found


def test_passive_stance_reads_its_subject_not_the_by_phrase():
    found = contents("The bill was supported by most voters.")
    assert "by most voters" not in found
    assert "The bill" in found


def test_talking_to_a_hearer_about_an_object():
    found = contents("Mayor Ana Ruiz spoke to the harbour pilots about the new ferry schedule.")
    assert found.get("the new ferry schedule") == "Ana Ruiz"
    found = contents("Senator Ben Lee has been talking with his aides about a second bridge.")
    assert found.get("a second bridge") == "Ben Lee"


def test_of_inside_the_hearer_is_no_particle():
    found = contents("Mayor Ana Ruiz spoke to a gathering of harbour pilots on Monday.")
    assert not any("harbour pilots" in words for words in found)


def test_question_after_a_hearer_of_tell():
    found = contents("Mayor Ana Ruiz told the pilots why the ferry would stop running.")
    assert found.get("why the ferry would stop running") == "Ana Ruiz"
    # a request keeps its hearer: the question belongs to the infinitive
    found = contents("Mayor Ana Ruiz told her aides to find out why the ferry stopped.")
    assert "why the ferry stopped" not in found


def test_see_with_a_that_clause_or_question():
    found = contents("Mayor Ana Ruiz saw that the ferry levy could pass.")
    assert found.get("that the ferry levy could pass") == "Ana Ruiz"
    found = contents("Mayor Ana Ruiz sees how the ferry levy could pass.")
    assert found.get("how the ferry levy could pass") == "Ana Ruiz"
    assert contents("Mayor Ana Ruiz saw the ferry leave.") == {}


def test_voted_to_with_an_infinitive():
    found = contents("The harbour board voted to close the old pier in 2019 as storms grew worse.")
    assert found.get("to close the old pier in 2019") == "harbour board"


def test_clause_opened_by_this_is_content_not_a_setting():
    found = contents("This has been a hard winter for the ferry crews, Ana Ruiz said.")
    assert found.get("This has been a hard winter for the ferry crews") == "Ana Ruiz"
    # a phrase of time before the source is still only a setting
    assert "This week" not in contents("This week, Ana Ruiz declared.")


def test_short_object_after_a_reporting_verbs_particle():
    found = contents("Mayor Ana Ruiz still believes in the old ferry.")
    assert found.get("the old ferry") == "Ana Ruiz"
    # a place after a plain verb of saying stays an adjunct
    assert contents("Mayor Ana Ruiz said in Paris.") == {}


def test_infinitive_after_a_time_phrase():
    found = contents("Mayor Ana Ruiz vowed last week to keep the ferry running.")
    assert found.get("to keep the ferry running") == "Ana Ruiz"


def test_asked_a_hearer_for_something():
    found = contents("Mayor Ana Ruiz asked the state board for a new ferry.")
    assert found.get("a new ferry") == "Ana Ruiz"


def test_state_adjective_with_an_object():
    found = contents("The pilots are skeptical of the new ferry schedule.")
    assert found.get("the new ferry schedule") == "pilots"
    found = contents("Mayor Ana Ruiz is worried that the pier will close.")
    assert found.get("that the pier will close") == "Ana Ruiz"


def test_state_of_mind_with_its_particle_object():
    found = contents("The pilots are aware of the storm risks.")
    assert found.get("the storm risks") == "pilots"
    found = contents("Mayor Ana Ruiz is confident in the new ferry crew.")
    assert found.get("the new ferry crew") == "Ana Ruiz"


def test_told_a_hearer_then_a_clause_with_a_possessive_subject():
    found = contents("Mayor Ana Ruiz told reporters her ferry plan was dead.")
    assert found.get("her ferry plan was dead") == "Ana Ruiz"
    # after a preposition the possessive belongs to the phrase, not a clause
    assert "her ferry plan" not in contents("Mayor Ana Ruiz told reporters about her ferry plan.")
