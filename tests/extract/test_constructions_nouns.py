"""Noun cues: attributions carried by a noun ("her support for the bill"), one made-up
sentence per construction."""

import pytest

from bot.extract.jsonl import attributions_jsonl
from tests.extract.attribution_records import contents


@pytest.mark.parametrize("text, content, speaker", [
    ("Mayor Ana Ruiz voiced support for the harbour tunnel.", "the harbour tunnel", "Ana Ruiz"),
    ("The council has voiced deep concern about the ferry fares.", "the ferry fares", "council"),
])
def test_light_verb_subject_owns_the_noun(text, content, speaker):
    found = contents(text)
    assert content in found, found
    assert speaker in (found[content] or ""), found


@pytest.mark.parametrize("text, content, speaker", [
    ("Ana Ruiz held firm in her refusal to sign the harbour lease.", "to sign the harbour lease", "Ana Ruiz"),
    ("Councillor Tom Reyes shared his thoughts on the ferry timetable.", "the ferry timetable", "Tom Reyes"),
    ("Residents mocked the notion that the tunnel would open by May.", "that the tunnel would open by May", None),
])
def test_owned_and_that_clause_nouns(text, content, speaker):
    found = contents(text)
    assert content in found, found
    if speaker is not None:
        assert speaker in (found[content] or ""), found


@pytest.mark.parametrize("text, content", [
    ("The harbour office gave no comment on the ferry contract.", "the ferry contract"),
    ("The mayor has no plans to raise the harbour fees.", "to raise the harbour fees"),
    ("The debate turned on a call for a new bridge.", "a new bridge"),
])
def test_unowned_stance_nouns(text, content):
    assert content in contents(text), contents(text)


def test_unowned_noun_after_its_verb_takes_the_sentence_subject():
    text = "Councillor Tom Reyes took credit for the new ferry schedule."
    assert "Tom Reyes" in (contents(text).get("the new ferry schedule") or "")


def test_backer_of_a_received_endorsement_is_the_source():
    text = "Last week, Ana Ruiz won the endorsement of the Harbour Workers Union."
    records = list(attributions_jsonl("made-up.txt", text))
    backed = [r for r in records if [text[a:b] for a, b in r["content_spans"]] == ["Ana Ruiz"]]
    assert backed, records
    assert "Harbour Workers Union" in backed[0]["speaker"]


def test_backing_noun_without_backer_is_no_attribution():
    assert "Ana Ruiz" not in contents("Ana Ruiz has broad support in the harbour towns.")


@pytest.mark.parametrize("text, content, speaker", [
    ("Senator Paul Okafor spoke out in favor of the harbour tunnel.", "the harbour tunnel", "Paul Okafor"),
    ("Mayor Ana Ruiz came out in support of the ferry levy.", "the ferry levy", "Ana Ruiz"),
])
def test_stance_phrase_belongs_to_the_clause_subject(text, content, speaker):
    found = contents(text)
    assert content in found, found
    assert speaker in (found[content] or ""), found


@pytest.mark.parametrize("text, content", [
    ("Ferry stocks fell amid rumors that the harbour would close.", "that the harbour would close"),
    ("There is little doubt that the tunnel will be late.", "that the tunnel will be late"),
])
def test_that_clause_of_an_unowned_noun(text, content):
    assert content in contents(text), contents(text)


def test_relative_that_after_a_noun_is_no_content():
    text = "The mayor retracted a claim that appeared in the harbour newsletter."
    assert "that appeared in the harbour newsletter" not in contents(text)


def test_agent_noun_after_a_copula_holds_a_stance():
    text = "Councillor Tom Reyes has been a vocal opponent of the harbour tunnel."
    found = contents(text)
    assert "the harbour tunnel" in found, found
    assert "Tom Reyes" in (found["the harbour tunnel"] or "")


def test_agent_noun_after_a_passive_is_no_stance():
    assert "the harbour tunnel" not in contents("The mayor is disliked by supporters of the harbour tunnel.")


@pytest.mark.parametrize("text, content, speaker", [
    # a predicate "that" clause of a noun cue
    ("Tom Reyes spoke last. His argument was that the ferry needs a new dock.",
     "that the ferry needs a new dock", "Tom Reyes"),
    # a clause framed as someone's view
    ("In Ana Ruiz’s view, the harbour tunnel is too expensive.", "the harbour tunnel is too expensive", "Ana Ruiz"),
    # the source after "from" owns the noun
    ("The council voted despite warnings from harbour engineers about the old pier.", "the old pier",
     "harbour engineers"),
    # "in hopes of" is the subject's stance
    ("Mayor Ana Ruiz toured the docks in hopes of winning over the ferry crews.", "winning over the ferry crews",
     "Ana Ruiz"),
])
def test_noun_frames_with_their_owner(text, content, speaker):
    found = contents(text)
    assert content in found, found
    assert speaker in (found[content] or "")


def test_question_of_whether_is_an_indirect_question():
    text = "The council stayed silent on the question of whether the tunnel will open in May."
    assert "whether the tunnel will open in May" in contents(text), contents(text)


def test_subject_noun_object_ends_before_the_main_verb():
    text = "Ana Ruiz’s plan to widen the harbour was rejected by the council."
    found = contents(text)
    assert "to widen the harbour" in found, found
    assert "Ana Ruiz" in (found["to widen the harbour"] or "")
