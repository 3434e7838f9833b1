"""Contents that should run further than a first cut suggests (helper "short")."""

from tests.extract.attribution_records import contents


def test_quote_after_adding_that_continues_the_added_clause():
    # "“…,” she said, adding that …. “…”": the quote-only sentence goes on with the point she
    # added, not with her first quote.
    text = ("“We will fight for every seat,” Ana Ruiz said, adding that the party needed new leaders. "
            "“Nobody else will do it.”")
    found = contents(text)
    assert found.get("“We will fight for every seat,”") == "Ana Ruiz"
    assert found.get("that the party needed new leaders “Nobody else will do it.”") == "Ana Ruiz"


def test_clause_opened_by_a_pronoun_is_not_cut_at_a_later_that():
    # "say they feel that way": "that" is a determiner inside the clause, not its opener.
    text = "Many voters say they feel that way about the mayor."
    assert contents(text) == {"they feel that way about the mayor": "voters"}
