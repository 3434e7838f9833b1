"""What the scorer's JSONL says of a made-up text, in the shapes construction tests compare."""

from bot.extract.jsonl import attributions_jsonl


def content_speaker_pairs(text: str) -> list[tuple[str, str | None]]:
    """(content text with its spans joined, speaker) for every attribution, in order."""
    return [(" ".join(text[a:b] for a, b in record["content_spans"]), record["speaker"])
            for record in attributions_jsonl("made-up.txt", text)]


def contents(text: str) -> dict[str, str | None]:
    """Each attribution's content text, mapped to its speaker."""
    return dict(content_speaker_pairs(text))
