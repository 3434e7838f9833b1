"""Property tests: the extractor never raises, and every offset slices back to its text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extract import extract
from bot.extract.attribution import analyse
from bot.extract.jsonl import attributions_jsonl

# Text built from the pieces that trip extractors: marks of every kind, cue words, names,
# pronouns, line breaks, colons and dashes, mixed with arbitrary characters.
PIECES = st.sampled_from([
    "“", "”", '"', "‘", "’", "'", "«", "»", "„", " said ", " says ", " told ", "according to ",
    " Trump", " Xi Jinping", " President", " Mr.", " he", " she", " the Kremlin", ", ", ". ",
    ": ", " — ", " ―", "\n", "\n\n", " wrote on Truth Social", " that ", "?", "!", "(", ")",
    "Xinhua reported", " We value it", " a", " “great prudence,”",
])
ARTICLE = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


def _check(text: str) -> None:
    analyse.cache_clear()
    extraction = extract(text)
    for quote in extraction.quotes:
        assert quote.spans, quote
        assert " ".join(text[a:b] for a, b in quote.spans) == quote.text
        for a, b in quote.spans:
            assert 0 <= a < b <= len(text)
        if quote.speaker_span:
            a, b = quote.speaker_span
            assert 0 <= a < b <= len(text)
        assert 0 <= quote.confidence <= 1
        if quote.is_scare_quote:
            assert quote.speaker is None
    covered = [span for quote in extraction.quotes for span in quote.spans]
    covered.sort()
    for (a1, b1), (a2, b2) in zip(covered, covered[1:]):
        assert b1 <= a2, "two quotes share text"
    for reported in extraction.reported:
        assert " ".join(text[a:b] for a, b in reported.content_spans) == reported.content
        if reported.cue_span:
            a, b = reported.cue_span
            assert text[a:b] == reported.cue
    for record in attributions_jsonl("x.txt", text):
        for a, b in record["content_spans"]:
            assert 0 <= a < b <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_news_like_text_never_raises_and_offsets_slice_back(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_offsets_slice_back(text):
    _check(text)


def test_huge_unbalanced_input_gives_a_best_effort_result():
    text = ("“He said " * 2000) + "\n" + ('"' * 500) + " Trump said."
    _check(text)
