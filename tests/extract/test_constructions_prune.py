"""Constructions the extractor must NOT report as attributions of their own (precision rules)."""

from bot.extract.jsonl import attributions_jsonl


def contents(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(text[a:b] for a, b in r["content_spans"]), r["speaker"])
            for r in attributions_jsonl("t.txt", text)]


def test_short_stance_inside_reported_speech_stays_in_the_outer_content():
    text = "Mayor Ana Ruiz said on Friday that she would support Tom Baker."
    found = contents(text)
    assert any(c.endswith("she would support Tom Baker") and s == "Ana Ruiz" for c, s in found), found
    assert all(c != "Tom Baker" for c, _ in found), found  # no frame of its own for "support"


def test_long_stance_inside_reported_speech_keeps_its_own_frame():
    text = ("Mayor Ana Ruiz said on Friday that she wants to rebuild the old river bridge "
            "with money from the new state transport fund.")
    found = contents(text)
    assert any(c.startswith("to rebuild the old river bridge") and s == "Ana Ruiz" for c, s in found), found
    short = "Mayor Ana Ruiz said on Friday that she wants to rebuild the bridge."
    assert all(not c.startswith("to rebuild") for c, _ in contents(short))
