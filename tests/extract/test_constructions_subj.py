"""Constructions whose cue was accepted but whose source was missed (helper `subj`)."""

from bot.extract.jsonl import attributions_jsonl


def contents(text: str) -> dict[str, str | None]:
    """Each attribution's content text, mapped to its speaker."""
    found = {}
    for record in attributions_jsonl("t.txt", text):
        words = " ".join(text[a:b] for a, b in record["content_spans"])
        found[words] = record["speaker"]
    return found


def test_pronoun_with_a_contracted_auxiliary_is_the_subject():
    found = contents("Harbor master Tom Vell toured the docks. He's said that the pier needs new pilings.")
    assert found.get("that the pier needs new pilings") == "Tom Vell"
    found = contents("The ferry captains met on Friday. They've argued that the fares are too low.")
    assert "that the fares are too low" in found
