"""Constructions the extractor must NOT report as attributions of their own (precision rules)."""

from tests.extract.attribution_records import content_speaker_pairs


def test_short_stance_inside_reported_speech_stays_in_the_outer_content():
    text = "Mayor Ana Ruiz said on Friday that she would support Tom Baker."
    found = content_speaker_pairs(text)
    assert any(c.endswith("she would support Tom Baker") and s == "Ana Ruiz" for c, s in found), found
    assert all(c != "Tom Baker" for c, _ in found), found  # no frame of its own for "support"


def test_long_stance_inside_reported_speech_keeps_its_own_frame():
    text = ("Mayor Ana Ruiz said on Friday that she wants to rebuild the old river bridge "
            "with money from the new state transport fund.")
    found = content_speaker_pairs(text)
    assert any(c.startswith("to rebuild the old river bridge") and s == "Ana Ruiz" for c, s in found), found
    short = "Mayor Ana Ruiz said on Friday that she wants to rebuild the bridge."
    assert all(not c.startswith("to rebuild") for c, _ in content_speaker_pairs(short))


def test_section_labels_before_a_colon_are_no_speakers():
    for text in ("The Latest: Council to vote on the bridge budget after a long night.\n\nMore later.",
                 "Nevada: Adam Khan, Ana Ruiz, Tom Baker and Lee Hale.\n\nThe list grew.",
                 "CORRECTION: An earlier story gave the wrong date for the vote.\n\nIt is fixed."):
        assert content_speaker_pairs(text) == [], text
    spoken = "RUIZ: Well, look, we will build the bridge next year.\n\nThe crowd cheered."
    assert ("Well, look, we will build the bridge next year.", "Ruiz") in [
        (c, s.title() if s else s) for c, s in content_speaker_pairs(spoken)], content_speaker_pairs(spoken)


def test_cue_verbs_in_another_sense_make_no_attribution():
    for text in ("Ana Ruiz is adding to her lead in the county race.",
                 "The results showed up in the count."):
        assert content_speaker_pairs(text) == [], (text, content_speaker_pairs(text))
    tank = "“We are ready,” said Tom Baker, director of the Ohio Policy Center, a liberal think tank."
    assert content_speaker_pairs(tank) == [("“We are ready,”", "Tom Baker")], content_speaker_pairs(tank)
    hearer = "“We will build it,” Ruiz added to reporters."
    assert ("“We will build it,”", "Ruiz") in content_speaker_pairs(hearer), content_speaker_pairs(hearer)
