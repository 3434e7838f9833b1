"""Where contents start (helper "bound2")."""

from tests.extract.attribution_records import contents


def test_call_on_hearer_to_act_leaves_the_particle_with_the_cue():
    # "called on X to Y": "on" belongs to the cue; the content is the hearer and the request.
    text = "Mayor Ana Ruiz called on the council to delay the harbor vote."
    assert contents(text) == {"the council to delay the harbor vote": "Ana Ruiz"}


def test_call_for_someone_to_act_leaves_the_particle_with_the_cue():
    text = "Ana Ruiz has repeatedly called for the harbor records to be made public."
    assert contents(text) == {"the harbor records to be made public": "Ana Ruiz"}
