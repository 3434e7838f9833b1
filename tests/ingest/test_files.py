import json

import pytest

from bot.ingest.files import ArticleFileError, decode_bytes, drafts_from_file, draft_from_text

FRONT_MATTER = """---
title: Leaders speak by phone
outlet: Example Times
url: https://example.com/a?utm_source=x
published: 2026-02-04T10:00:00+08:00
author: A. Writer
---
Body paragraph one.

Body paragraph two.
"""


def test_front_matter_fields(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    [draft] = drafts_from_file(path, 10_000)
    assert draft.title == "Leaders speak by phone"
    assert draft.outlet == "Example Times"
    assert draft.published.utcoffset().total_seconds() == 8 * 3600
    assert draft.author == "A. Writer"
    assert draft.text.startswith("Body paragraph one.")


def test_plain_text_title_is_the_first_line():
    draft = draft_from_text("  \nHeadline here\n\nBody.")
    assert draft.title == "Headline here"
    assert draft.outlet == "unknown"


def test_json_with_body_paragraphs(tmp_path):
    path = tmp_path / "a.json"
    record = {"title": "T", "url": "https://x.org/1", "date": "2012-03-04", "source": "nyt",
              "body-paragraphs": [["One.", "Two."], ["Three."]]}
    path.write_text(json.dumps(record), encoding="utf-8")
    [draft] = drafts_from_file(path, 10_000)
    assert draft.text == "One. Two.\n\nThree."
    assert draft.outlet == "nyt"
    assert draft.published.year == 2012 and draft.published.tzinfo is not None


def test_json_list_of_articles(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"title": "A", "text": "a"}, {"headline": "B", "body": "b"}]), encoding="utf-8")
    assert [d.title for d in drafts_from_file(path, 10_000)] == ["A", "B"]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("bad.json", "{not json", "not valid JSON"),
        ("empty.json", json.dumps({"title": "no body"}), "no article text"),
        ("empty.txt", "   \n", "no text"),
        ("image.png", "x", "unsupported file type"),
        ("date.md", "---\npublished: someday\n---\nBody", "cannot read the date"),
    ],
)
def test_bad_files_say_why(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleFileError, match=reason):
        drafts_from_file(path, 10_000)


def test_oversized_file_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000, encoding="utf-8")
    with pytest.raises(ArticleFileError, match="limit"):
        drafts_from_file(path, 1000)


def test_odd_encodings_decode():
    assert decode_bytes("“quoted”".encode("cp1252")) == "“quoted”"
    assert decode_bytes("\ufeffBOM text".encode("utf-8")) == "BOM text"
    assert decode_bytes("wide".encode("utf-16")) == "wide"


def test_binary_is_refused():
    with pytest.raises(ArticleFileError, match="binary"):
        decode_bytes(b"\x00\x01\x02\xff\xfe\x00garbage\x9d")


def test_sidecar_metadata_fills_in_what_the_file_lacks(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody text.", encoding="utf-8")
    (tmp_path / "a.txt.meta").write_text("outlet: Sidecar Post\npublished: 2026-02-04\n", encoding="utf-8")
    [draft] = drafts_from_file(path, 10_000)
    assert draft.outlet == "Sidecar Post"
    assert draft.published.day == 4
    assert draft.title == "Headline"
