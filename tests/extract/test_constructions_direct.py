"""Attributions whose content holds quotation marks: where partial quotes begin and end, who
speaks them (helper "direct")."""

from tests.extract.attribution_records import contents


def test_clause_ends_at_a_comma_quote_before_a_participle():
    # The participle after “…,” is the writer's comment on the words, not more of them.
    text = "Mayor Ana Ruiz said the harbor plan was “dead on arrival,” sparking a row on the council."
    found = contents(text)
    assert found.get("the harbor plan was “dead on arrival,”") == "Ana Ruiz"
    assert not any("sparking" in words for words in found)
