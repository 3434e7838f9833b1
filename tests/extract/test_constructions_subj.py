"""Constructions whose cue was accepted but whose source was missed (helper `subj`)."""

from bot.extract.jsonl import attributions_jsonl
from tests.extract.attribution_records import contents


def source_spans(text: str) -> dict[str, str | None]:
    """Each attribution's content text, mapped to the text of its source span."""
    found = {}
    for record in attributions_jsonl("made-up.txt", text):
        words = " ".join(text[a:b] for a, b in record["content_spans"])
        span = record["speaker_span"]
        found[words] = text[span[0]:span[1]] if span else None
    return found


def test_pronoun_with_a_contracted_auxiliary_is_the_subject():
    found = contents("Harbor master Tom Vell toured the docks. He's said that the pier needs new pilings.")
    assert found.get("that the pier needs new pilings") == "Tom Vell"
    found = contents("The ferry captains met on Friday. They've argued that the fares are too low.")
    assert "that the fares are too low" in found


def test_long_opening_subject_of_a_cue_that_may_be_a_noun():
    found = source_spans("Supporters of the new ferry schedule for the harbor towns say that the fares are fair.")
    assert found.get("that the fares are fair") == "Supporters of the new ferry schedule for the harbor towns"
    found = source_spans("Most of the harbor pilots I spoke with want their old contracts back.")
    assert found.get("their old contracts back") == "Most of the harbor pilots I spoke with"


def test_bare_opening_subject_of_any_cue():
    found = source_spans("Several prominent harbor pilots agreed that the pier was unsafe.")
    assert found.get("that the pier was unsafe") == "Several prominent harbor pilots"
    # a cue word followed by an auxiliary is the subject's own noun
    assert source_spans("Ferry rights advocates have started a petition.") == {}
    # a sentence opening with a preposition has no bare subject
    assert source_spans("In the harbor commission vote the members split evenly.") == {}


def test_bare_subject_after_an_opening_phrase():
    found = source_spans("On Tuesday, both of the remaining rivals for the harbor seat criticized the new fares.")
    assert found.get("the new fares") == "both of the remaining rivals for the harbor seat"
    found = source_spans("In the east harbor district, 3,000 people supported the new pier.")
    assert found.get("the new pier") == "3,000 people"


def test_bare_subject_after_a_subordinator_or_conjunction():
    found = source_spans("It rained all day, and nobody listened when the old harbor master pointed out that the pier was unsafe.")
    assert found.get("that the pier was unsafe") == "the old harbor master"
    found = source_spans("It rained all day, but Ruiz's own crew denied that the fares would rise.")
    assert found.get("that the fares would rise") == "Ruiz's own crew"
    # a passive cue, and a cue word that is a noun after a singular noun, have no such subject
    assert source_spans("It rained all day, and a curfew was announced for the harbor.") == {}
    assert source_spans("It rained all day, while his new ferry plan drew crowds.") == {}


def test_short_description_after_a_quote():
    found = source_spans("“Will the ferry run on Sunday?” the 43-year-old asked.")
    assert found.get("“Will the ferry run on Sunday?”") == "the 43-year-old"


def test_a_word_with_an_owner_ending_ends_no_opening_subject():
    found = source_spans("HARBOR NEWS Let's say you think the ferry will run late.")
    assert "HARBOR NEWS Let's" not in found.values()
