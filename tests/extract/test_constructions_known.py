"""Constructions whose cue word was known but whose attribution was missed (helper `known`)."""

from bot.extract.jsonl import attributions_jsonl


def contents(text: str) -> dict[str, str | None]:
    """Each attribution's content text, mapped to its speaker."""
    found = {}
    for record in attributions_jsonl("t.txt", text):
        words = " ".join(text[a:b] for a, b in record["content_spans"])
        found[words] = record["speaker"]
    return found


def test_named_organisation_then_which_then_cue():
    text = "Ferry riders wrote to Blue Lake Transit, which declined to comment on the schedule."
    assert contents(text).get("to comment on the schedule") == "Blue Lake Transit"
