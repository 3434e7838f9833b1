"""Content that runs too long: where annotators end a reported clause (helper "long")."""

from tests.extract.attribution_records import contents


def test_clause_inside_a_fronted_subordinate_clause_ends_at_its_comma():
    # "But if …" and "A few weeks after …" open a subordinate clause; the main clause after
    # its comma is the writer's, not the words reported.
    found = contents("But if the mayor implied that the harbor would close, the council did not hear it.")
    assert found.get("that the harbor would close") == "mayor"
    found = contents("A few weeks after Ana Ruiz announced that the harbor would close, the council raised taxes.")
    assert found.get("that the harbor would close") == "Ana Ruiz"


def test_claim_inside_a_fronted_despite_phrase_ends_at_its_comma():
    found = contents("Despite complaints that the plan is too costly, the council approved it.")
    assert "that the plan is too costly" in found
    assert not any("approved" in words for words in found)
