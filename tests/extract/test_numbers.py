from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract.numbers import UNIT_SYNONYMS, extract_numbers
from bot.models import ClaimKind


def one(text: str):
    claims = list(extract_numbers(text))
    assert len(claims) == 1, claims
    return claims[0]


def test_tons_and_tonnes_are_the_same_figure():
    tons = one("China will buy 20 million tons this season.")
    tonnes = one("China will buy 20 million tonnes this season.")
    assert (tons.value, tons.unit) == (tonnes.value, tonnes.unit) == (2e7, "tonne")


def test_dollar_sign_and_scale_word_make_usd():
    claim = one("an $11 billion arms package for Taiwan")
    assert claim.kind is ClaimKind.NUMERIC
    assert (claim.value, claim.unit, claim.text) == (1.1e10, "USD", "$11 billion")
    assert claim.subject == "arms package"


def test_change_from_one_value_to_another_is_one_claim():
    claim = one("raising imports from 12 million tonnes to 20 million tonnes, officials said")
    assert (claim.value, claim.value_to, claim.unit) == (1.2e7, 2e7, "tonne")
    assert claim.text == "12 million tonnes to 20 million tonnes"


def test_first_figure_of_a_change_borrows_scale_and_unit():
    claim = one("Exports fell from 12 to 20 million barrels.")
    assert (claim.value, claim.value_to, claim.unit) == (1.2e7, 2e7, "barrel")


def test_two_currency_figures_make_a_change():
    claim = one("The budget grew from $1.2 billion to $2 billion.")
    assert (claim.value, claim.value_to, claim.unit) == (1.2e9, 2e9, "USD")


def test_hedges_are_kept_with_the_figure():
    text = "about 3,000 people, more than $5bn and up to 25 million metric tons of wheat"
    claims = list(extract_numbers(text))
    assert [(c.hedge, c.value, c.unit) for c in claims] == [
        ("about", 3000, "people"), ("more than", 5e9, "USD"), ("up to", 2.5e7, "tonne")
    ]
    assert claims[2].subject == "wheat"


def test_percent_spellings_agree():
    assert {c.unit for c in extract_numbers("3.5 per cent, 40% and 12 percent")} == {"percent"}
    assert [c.value for c in extract_numbers("3.5 per cent, 40% and 12 percent")] == [3.5, 40, 12]


def test_other_currencies_and_letter_scales_after_a_sign():
    assert [(c.value, c.unit) for c in extract_numbers("€2.5bn and US$5m")] == [(2.5e9, "EUR"), (5e6, "USD")]


def test_number_words_with_a_unit():
    claim = one("the remaining three years of my term")
    assert (claim.value, claim.unit) == (3, "year")


def test_bare_numbers_years_and_metres_are_not_claims():
    assert list(extract_numbers("In 2025 the two leaders met on March 4 and walked 5m.")) == []


def test_offsets_and_sentence_point_into_the_text():
    text = "The talks were long. China bought about 20 million tons of soybeans. Nothing else."
    claim = one(text)
    assert text[claim.span[0] : claim.span[1]] == claim.text == "about 20 million tons"
    assert claim.sentence == "China bought about 20 million tons of soybeans."


def test_unit_synonyms_are_named_data():
    assert "tonnes" in UNIT_SYNONYMS["tonne"] and "tons" in UNIT_SYNONYMS["tonne"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_claims_with_valid_spans(text):
    for claim in extract_numbers(text):
        assert 0 <= claim.span[0] < claim.span[1] <= len(text)
        assert text[claim.span[0] : claim.span[1]] == claim.text


def test_huge_input_is_handled():
    text = "Prices rose 5% and 20 million tons were shipped. " * 5000
    assert sum(1 for _ in extract_numbers(text)) == 10000


def test_percentage_points_are_not_percent():
    assert [c.unit for c in extract_numbers("up 3 percentage points, or 12 percent")] == [
        "percentage point", "percent"]


def test_after_a_unit_only_an_of_phrase_is_the_subject():
    assert one("About 46% of eligible voters turned out.").subject == "eligible voters"
    assert one("Some 41% identify as independents.").subject is None
    assert one("He is 44 years old.").subject is None


def test_a_plural_noun_after_a_bare_scaled_figure_is_its_unit():
    claim = one("Germany took in 1.1 million refugees last year.")
    assert (claim.value, claim.unit, claim.subject) == (1.1e6, "refugees", "refugees")
