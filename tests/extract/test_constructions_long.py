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


def test_said_so_is_the_content_without_the_adjunct_after_it():
    # "so" stands for the clause said; "in the latest poll" is the writer's adjunct.
    found = contents("Six in ten voters said so in the latest poll.")
    assert found.get("so") == "Six in ten voters"
    assert not any("poll" in words for words in found)
    found = contents("He said so many times that he would win.")
    assert "that he would win" in found


def test_as_has_after_a_comma_is_the_writers_comparison():
    found = contents("Two council members have said they will not back the plan, as has the mayor of the city.")
    assert found.get("they will not back the plan") == "Two council members"


def test_comma_preposition_whom_opens_the_writers_relative_clause():
    found = contents("The mayor said she admires Ana Ruiz, with whom she served on the council for years.")
    assert found.get("she admires Ana Ruiz") == "mayor"


def test_when_asked_a_question_ends_the_reported_clause():
    # "when asked about …" is the writer's setting of the answer; "when asked to …" is a
    # request that may belong to the words reported.
    found = contents("The mayor said the harbor would stay open when asked about the storm.")
    assert found.get("the harbor would stay open") == "mayor"
    found = contents("The videos show the driver leaving his car when asked to do so by police.")
    assert any(words.endswith("when asked to do so by police") for words in found)
