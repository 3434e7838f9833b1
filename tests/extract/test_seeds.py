"""The two seed articles: the quotes, speakers and relays a journalist would check first."""

from pathlib import Path

import pytest

from bot.extract import extract
from bot.models import Quote

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _load(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reuters_based() -> tuple[str, list[Quote]]:
    text = _load("004_334d3b848af08526.txt")
    return text, extract(text).quotes


@pytest.fixture(scope="module")
def cctv_based() -> tuple[str, list[Quote]]:
    text = _load("000_de15f4ff0d2e5a60.txt")
    return text, extract(text).quotes


def _find(quotes: list[Quote], words: str) -> Quote:
    matches = [q for q in quotes if words in q.text]
    assert matches, f"no quote containing {words!r}"
    return matches[0]


def test_truth_social_post_quotes_are_trumps_via_truth_social(reuters_based):
    _, quotes = reuters_based
    for words in ("I just finished a great phone call with President Xi",
                  "It was a long and detailed call."):
        quote = _find(quotes, words)
        assert quote.speaker == "Donald Trump"
        assert quote.via == "Truth Social"
        assert not quote.is_scare_quote


def test_soybean_quote_is_trumps(reuters_based):
    quote = _find(reuters_based[1], "China has decided to increase its purchase of U.S. soybeans")
    assert quote.speaker == "Donald Trump"
    assert quote.speaker_role and "President" in quote.speaker_role
    assert quote.cue == "stated"


@pytest.mark.parametrize("words", [
    "Taiwan is the most important issue in China–U.S. relations.",
    "Taiwan is China’s territory, and China will surely defend national sovereignty",
])
def test_taiwan_quotes_are_xi_via_xinhua(reuters_based, words):
    quote = _find(reuters_based[1], words)
    assert quote.speaker == "Xi Jinping"
    assert quote.speaker_role == "Chinese President"
    assert quote.via == "Xinhua"


def test_great_prudence_partial_quote_is_xi(reuters_based):
    quote = _find(reuters_based[1], "great prudence")
    assert quote.speaker == "Xi Jinping"
    assert quote.is_partial
    assert not quote.is_scare_quote


def test_we_value_chinas_concerns_is_trump(reuters_based):
    assert _find(reuters_based[1], "We value China’s concerns about Taiwan").speaker == "Donald Trump"


@pytest.mark.parametrize("words", [
    "I value China-U.S. relations very much",
    "I hope that I will lead a big ship of China-U.S. relations",
])
def test_xi_quotes_after_he_said_resolve_the_pronoun(reuters_based, words):
    text, quotes = reuters_based
    quote = _find(quotes, words)
    assert quote.speaker == "Xi Jinping"
    assert quote.via == "Xinhua"
    assert quote.speaker_span is not None
    a, b = quote.speaker_span
    assert text[a:b] == "he"  # the speaker as written; the name comes from resolution


def test_split_xi_quote_is_one_quote_with_two_spans(reuters_based):
    text, quotes = reuters_based
    quote = _find(quotes, "I value China-U.S. relations very much")
    assert len(quote.spans) == 2
    assert " ".join(text[a:b] for a, b in quote.spans) == quote.text


def test_big_ship_metaphor_is_a_scare_quote(reuters_based):
    _, quotes = reuters_based
    ship = [q for q in quotes if q.text == "big ship"]
    assert ship and ship[0].is_scare_quote and ship[0].speaker is None


@pytest.mark.parametrize("words", ["many important subjects", "an extremely good one"])
def test_partial_quotes_in_first_seed_are_trumps(cctv_based, words):
    quote = _find(cctv_based[1], words)
    assert quote.speaker == "Donald Trump"
    assert quote.is_partial


def test_fragile_trade_truce_has_no_speaker(cctv_based):
    quote = _find(cctv_based[1], "fragile trade truce")
    assert quote.speaker is None
    assert quote.is_scare_quote


def test_every_seed_span_slices_back_to_its_text(reuters_based, cctv_based):
    for text, quotes in (reuters_based, cctv_based):
        for quote in quotes:
            assert " ".join(text[a:b] for a, b in quote.spans) == quote.text


def test_kremlin_disclosure_is_reported_speech_of_an_organisation():
    text = _load("000_de15f4ff0d2e5a60.txt")
    reported = extract(text).reported
    kremlin = [r for r in reported if r.cue == "disclosed"]
    assert kremlin and kremlin[0].source == "Kremlin"
    assert kremlin[0].content.startswith("Putin had accepted Xi’s invitation")


def test_trump_revealed_soybeans_is_reported_speech():
    text = _load("004_334d3b848af08526.txt")
    revealed = [r for r in extract(text).reported if r.cue == "revealed"]
    assert revealed and revealed[0].source == "Donald Trump"
    assert revealed[0].content.startswith("China had agreed to significantly increase")
    for a, b in revealed[0].content_spans:
        assert text[a:b] in revealed[0].content
