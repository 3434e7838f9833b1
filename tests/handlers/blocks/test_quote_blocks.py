"""Quote cards: split quotes shown as their parts, untrusted text escaped."""

from bot.models import Quote
from handlers.blocks.quotes import quoted_words


def test_a_split_quote_shows_its_parts_joined_by_an_ellipsis():
    text = "“I just finished a great call,” Trump wrote. “It was long.”"
    first, second = (1, text.index("”")), (text.index("“It") + 1, len(text) - 1)
    quote = Quote(text=f"{text[first[0]:first[1]]} {text[second[0]:second[1]]}", spans=[first, second])
    assert quoted_words(quote) == "I just finished a great call, … It was long."


def test_a_one_part_quote_is_shown_as_it_is():
    assert quoted_words(Quote(text="We value it.", spans=[(1, 13)])) == "We value it."


def test_spans_that_do_not_fit_the_text_fall_back_to_the_text():
    assert quoted_words(Quote(text="odd", spans=[(0, 1), (5, 9)])) == "odd"
