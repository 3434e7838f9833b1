"""Where contents start (helper "bound2")."""

from tests.extract.attribution_records import contents


def test_call_on_hearer_to_act_leaves_the_particle_with_the_cue():
    # "called on X to Y": "on" belongs to the cue; the content is the hearer and the request.
    text = "Mayor Ana Ruiz called on the council to delay the harbor vote."
    assert contents(text) == {"the council to delay the harbor vote": "Ana Ruiz"}


def test_call_for_someone_to_act_leaves_the_particle_with_the_cue():
    text = "Ana Ruiz has repeatedly called for the harbor records to be made public."
    assert contents(text) == {"the harbor records to be made public": "Ana Ruiz"}


def test_defended_his_praise_takes_the_owned_stance_as_content():
    # "defended his praise of X": the stance as a whole is what the verb reports on.
    text = "The governor defended his praise of the harbor commission at a town hall."
    found = contents(text)
    assert any(words.startswith("his praise of the harbor commission") for words in found)
    assert "the harbor commission at a town hall" not in found


def test_owned_stance_after_other_verbs_keeps_the_object():
    text = "The governor toned down his criticism of the harbor commission."
    found = contents(text)
    assert not any(words.startswith("his criticism") for words in found)


def test_expressed_feeling_leaves_the_feeling_noun_with_the_cue():
    # "expressed discomfort with X": the object of the feeling is the content.
    text = "Several council members have expressed discomfort with the harbor plan."
    assert contents(text) == {"the harbor plan": "Several council members"}


def test_sounded_a_note_about_takes_the_object_of_the_note():
    text = "The treasurer sounded a cautious note about the harbor budget."
    assert contents(text) == {"the harbor budget": "treasurer"}


def test_expressed_owned_support_is_kept_whole():
    text = "Several council members have expressed their support for the harbor plan."
    assert contents(text) == {"their support for the harbor plan": "Several council members"}


def test_source_set_off_with_time_words_keeps_both_halves():
    # "X, he said this week, Y": the time words belong to the aside, the clause runs on.
    text = "If the city can build a bridge, he observed this week, without cranes, then he can build a harbor."
    assert contents(text) == {"If the city can build a bridge without cranes, then he can build a harbor": "he"}


def test_source_set_off_with_time_words_before_a_subordinate_clause_ends_there():
    text = "The harbor plan is an insult to residents, council members said Friday, as they left the hall."
    found = contents(text)
    assert not any("left the hall" in words and speaker == "council members" for words, speaker in found.items())


def test_object_ends_before_a_second_cue_of_the_same_subject():
    # "proposed X and signaled Y": the second verb starts its own predicate.
    text = "The mayor has proposed new surveillance of the harbor and signaled support for a database of boats."
    found = contents(text)
    assert found.get("new surveillance of the harbor") == "mayor"
    assert not any("signaled" in words for words in found)


def test_coordinated_modifiers_do_not_end_the_object():
    text = "The mayor praised an able and determined opponent of the harbor plan."
    found = contents(text)
    assert any("determined opponent" in words for words in found)


def test_noun_cue_object_ends_before_a_second_cue_of_the_same_subject():
    text = "The mayor voiced support for a harbor tax and called himself a fiscal hawk."
    found = contents(text)
    assert found.get("a harbor tax") == "mayor"


def test_owned_stance_after_on_is_kept_whole():
    text = "The governor doubled down on his criticism of the harbor commission."
    found = contents(text)
    assert any(words.startswith("his criticism of the harbor commission") for words in found)


def test_owned_stance_after_in_keeps_the_object():
    text = "Council members were united in their criticism of the harbor commission."
    found = contents(text)
    assert not any(words.startswith("their criticism") for words in found)


def test_refused_to_endorse_keeps_the_withheld_stance():
    # "refused to endorse X": besides the refusal, the stance withheld has X as its content.
    text = "On Monday, the mayor refused to endorse the harbor plan."
    found = contents(text)
    assert found.get("to endorse the harbor plan") == "mayor"
    assert found.get("the harbor plan") == "mayor"
