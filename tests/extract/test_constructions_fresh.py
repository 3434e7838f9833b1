"""Constructions still missed after the cue, noun and hedge rules (helper `fresh`)."""

from tests.extract.attribution_records import contents


def test_progressive_cue_with_its_particle_takes_the_object():
    found = contents("The harbour master is now calling for stricter limits on night ferries.")
    assert found.get("stricter limits on night ferries") == "harbour master"
    found = contents("Councillor Ana Ruiz was calling on the board to delay the vote.")
    assert found.get("the board to delay the vote") == "Councillor Ana Ruiz"


def test_passive_stance_with_its_holder_after_by():
    found = contents("The new ferry timetable was rejected by the city council last week.")
    assert found.get("The new ferry timetable") == "city council"
    found = contents("Councillor Ana Ruiz has been criticized by the ferry union for skipping the hearing.")
    assert found.get("Councillor Ana Ruiz for skipping the hearing") == "ferry union"
    # the holder after "by" is the source, never the object of the verb
    found = contents("The ferry levy was supported by most voters.")
    assert found.get("The ferry levy") == "most voters" and "by most voters" not in found


def test_made_clear_with_words_before_its_clause():
    found = contents("The mayor made clear on Tuesday night that she intends to run again.")
    assert found.get("that she intends to run again") == "mayor"
    found = contents("Many ferry workers made it clear they did not agree with the union.")
    assert found.get("they did not agree with the union") == "Many ferry workers"
    assert contents("The fog made clear skies unlikely.") == {}


def test_would_like_to_is_a_wish_with_its_infinitive():
    found = contents("Councillor Ana Ruiz would like to shrink the ferry budget.")
    assert found.get("to shrink the ferry budget") == "Councillor Ana Ruiz"
    assert contents("The trustees like to swim in the harbour.") == {}


def test_asked_which_puts_a_question():
    found = contents("The host then asked Ana Ruiz which ferry routes she would cut.")
    assert found.get("which ferry routes she would cut") == "host"
    found = contents("Ruiz asked the board questions for which she got no answers.")
    assert "which she got no answers" not in found


def test_bare_question_before_the_question_it_raises():
    found = contents("Councillor Ana Ruiz continued to question whether the ferry was safe.")
    assert found.get("whether the ferry was safe") == "Councillor Ana Ruiz"
    assert contents("It is an open question whether the ferry will return.") == {}


def test_state_of_mind_linked_to_its_holder_by_copula_and_adverbs():
    found = contents("Councillor Ana Ruiz has long been confident that the ferry will return.")
    assert found.get("that the ferry will return") == "Councillor Ana Ruiz"
    found = contents("The harbour master was also adamant that the ferry would sail.")
    assert found.get("that the ferry would sail") == "harbour master"


def test_aims_to_takes_its_infinitive():
    found = contents("The ferry union aims to shape the new timetable.")
    assert found.get("shape the new timetable") == "ferry union"
    assert contents("His aim to cut the budget failed.") == {}


def test_talk_about_after_a_hearer_or_adjunct():
    found = contents("The mayor spoke at the harbour on Tuesday about the rights of ferry workers.")
    assert found.get("the rights of ferry workers") == "mayor"
    found = contents("Councillor Ana Ruiz is talking to voters about ferry fares.")
    assert found.get("ferry fares") == "Councillor Ana Ruiz"
    assert contents("The mayor spoke for about five minutes.") == {}
    assert contents("The ferry experts I spoke to this week about the fares were gloomy.") == {}


def test_speak_forms_talk_about_too():
    found = contents("Councillor Ana Ruiz has spoken at length about the ferry fares.")
    assert found.get("the ferry fares") == "Councillor Ana Ruiz"


def test_contracted_pronoun_subject_is_a_source():
    found = contents("She’s said that the ferry will return.")
    assert found.get("that the ferry will return") == "She"
    assert contents("Ruiz’s stated aim is to win.") == {}
