"""Predictions that name no content of their own (helper "spurious")."""

from tests.extract.attribution_records import contents


def test_relative_pronoun_source_takes_no_content_before_it():
    # Before "who" stands its antecedent: the main clause is no content of the relative clause.
    text = "The wild card is Ana Ruiz, who had shown broad appeal in polls."
    found = contents(text)
    assert not any(words.startswith("The wild card") for words in found)


def test_nested_verb_of_saying_with_a_bare_object_is_no_attribution():
    # "telling the truth" inside what the mayor denied is part of her content, not a claim of its own.
    text = "The mayor kept denying that Ana Ruiz was telling the truth."
    found = contents(text)
    assert "that Ana Ruiz was telling the truth" in found
    assert "the truth" not in found


def test_casting_a_ballot_is_no_characterisation():
    found = contents("Most harbor workers cast their ballots for Ana Ruiz on Tuesday.")
    assert not any("ballots" in words for words in found)


def test_casting_someone_as_something_still_counts():
    found = contents("Ana Ruiz cast her rival as a friend of the developers.")
    assert any(words.startswith("her rival as a friend") for words in found)


def test_continuing_an_activity_is_no_attribution():
    found = contents("Ana Ruiz continued her tour of the harbor on Saturday.")
    assert not any("tour" in words for words in found)


def test_continuing_to_speak_still_counts():
    found = contents("“We will rebuild the harbor,” Ana Ruiz continued.")
    assert found.get("“We will rebuild the harbor,”") == "Ana Ruiz"


def test_interjection_before_a_colon_is_no_speaker_label():
    found = contents("Wow: Ana Ruiz Just Gave The Harbor Board A Reason To Worry.")
    assert not found


def test_second_verb_after_a_cue_is_no_content():
    # "chanting and waving …": "and" joins a second verb to the cue, it does not open what was said.
    found = contents("Outside the hall, harbor workers were singing, chanting and waving red flags.")
    assert not any(words.startswith("and waving") for words in found)


def test_maintaining_a_lead_is_no_attribution():
    found = contents("Ana Ruiz maintains a wide lead over the harbor board's candidate.")
    assert not any("lead" in words for words in found)


def test_maintaining_a_view_still_counts():
    found = contents("Ana Ruiz maintains that the harbor plan is sound.")
    assert found.get("that the harbor plan is sound") == "Ana Ruiz"
