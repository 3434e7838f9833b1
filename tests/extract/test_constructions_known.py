"""Constructions whose cue word was known but whose attribution was missed (helper `known`)."""

from tests.extract.attribution_records import contents


def test_named_organisation_then_which_then_cue():
    text = "Ferry riders wrote to Blue Lake Transit, which declined to comment on the schedule."
    assert contents(text).get("to comment on the schedule") == "Blue Lake Transit"


def test_name_as_object_of_a_that_only_cue():
    found = contents("In her speech, Mayor Ana Ruiz never mentioned Lopez by name.")
    assert found.get("Lopez by name") == "Ana Ruiz"
    # a day after the cue is a time adjunct, not the object
    assert "Sunday" not in contents("Ruiz mentioned Sunday that the bridge would open.")


def test_indirect_question_as_object_of_a_that_only_cue():
    found = contents("Mayor Ana Ruiz never mentioned whether the ferry would keep sailing.")
    assert found.get("whether the ferry would keep sailing") == "Ana Ruiz"


def test_plain_subject_after_a_conjunction_or_a_quote():
    found = contents("The bridge looks fine. But the ferry captain knows that the pillars are cracked.")
    assert found.get("that the pillars are cracked") == "ferry captain"
    found = contents("“We sail at dawn,” the old captain wrote.")
    assert found.get("“We sail at dawn,”") == "old captain"


def test_inflected_cue_in_a_title_case_headline():
    found = contents("Ferry Captain Ana Ruiz Endorses Lopez For Harbor Commission.")
    assert found.get("Lopez For Harbor Commission") == "Ana Ruiz"
    # a bare form there is mostly a noun: no attribution
    assert contents("Clinton Plan for Ferries Is Simple but Costly.") == {}


def test_modal_of_ability_between_subject_and_cue():
    found = contents("The vote is close, and Mayor Ana Ruiz can support the ferry plan.")
    assert found.get("the ferry plan") == "Ana Ruiz"


def test_state_of_mind_after_a_plural_copula():
    found = contents("The ferry is late again. But the harbor pilots were adamant that the boat is safe.")
    assert found.get("that the boat is safe") == "harbor pilots"


def test_indefinite_pronoun_opening_a_clause():
    assert contents("Some say the ferry will never sail again.").get("the ferry will never sail again") == "Some"
    assert contents("Both think the ferry is too slow.").get("the ferry is too slow") == "Both"


def test_verb_of_effort_or_habit_before_to_and_the_cue():
    found = contents("The harbor pilots tended to support the new ferry plan.")
    assert found.get("the new ferry plan") == "harbor pilots"
    found = contents("The mayor struggled to answer the question about the ferry budget.")
    assert found.get("the question about the ferry budget") == "mayor"


def test_object_of_a_causing_verb_speaks():
    found = contents("The late ferry has caused many commuters to wonder whether the bridge will reopen.")
    assert found.get("whether the bridge will reopen") == "many commuters"


def test_plural_copula_before_a_verb_of_readiness():
    found = contents("The ferry pilots were quick to condemn the new schedule.")
    assert found.get("the new schedule") == "ferry pilots"


def test_opening_in_and_gerund_takes_the_main_subject():
    found = contents("In rejecting the ferry plan, Mayor Ana Ruiz pointed to its cost.")
    assert found.get("the ferry plan") == "Ana Ruiz"
    assert found.get("its cost") == "Ana Ruiz"
