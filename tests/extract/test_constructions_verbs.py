"""Verb cues of judging, offering and stance (helper lane "verbs"): made-up sentences."""

import pytest

from bot.extract.jsonl import attributions_jsonl
from tests.extract.attribution_records import contents


@pytest.mark.parametrize("text, content, speaker", [
    ("Mayor Ana Ruiz lambasted the harbor commission.", "the harbor commission", "Ana Ruiz"),
    ("Senator Paul Okafor outlined a plan to rebuild the pier.", "a plan to rebuild the pier",
     "Paul Okafor"),
    ("Dina Hale downplayed the cost of the new ferry.", "the cost of the new ferry", "Dina Hale"),
    ("Tom Reyes considers the levy a mistake.", "the levy a mistake", "Tom Reyes"),
    ("Lena Park offers no details about the deal.", "no details about the deal", "Lena Park"),
    ("Lena Park congratulated the lifeguards on their rescue.", "the lifeguards on their rescue",
     "Lena Park"),
])
def test_verb_of_judging_takes_its_object_as_content(text, content, speaker):
    found = contents(text)
    assert content in found, found
    assert speaker in (found[content] or ""), found


@pytest.mark.parametrize("text, content, speaker", [
    ("The dockworkers union threatened a strike at the shipyard.", "a strike at the shipyard",
     "dockworkers union"),
    ("Mayor Ana Ruiz does not foresee a tax increase.", "a tax increase", "Ana Ruiz"),
])
def test_threat_or_forecast_takes_its_object_as_content(text, content, speaker):
    found = contents(text)
    assert content in found, found
    assert speaker in (found[content] or ""), found


def test_naming_someone_is_a_choice_but_a_noun_named_is_not():
    chose = "The harbor council named Ana Ruiz its new director."
    assert "Ana Ruiz its new director" in contents(chose)
    called = "A fisherman named Tom Reyes found the drifting boat."
    assert not any(content.startswith("Tom Reyes") for content in contents(called))


@pytest.mark.parametrize("text, content, speaker", [
    ("Mayor Ana Ruiz laid out her plan for the harbor.", "her plan for the harbor", "Ana Ruiz"),
    ("Senator Paul Okafor went after the ferry company.", "the ferry company", "Paul Okafor"),
    ("Dina Hale shrugged off the audit.", "the audit", "Dina Hale"),
    ("Tom Reyes played down the risk of flooding.", "the risk of flooding", "Tom Reyes"),
    ("Lena Park singled out the night crew.", "the night crew", "Lena Park"),
])
def test_phrasal_verb_takes_its_object_as_content(text, content, speaker):
    found = contents(text)
    assert content in found, found
    assert speaker in (found[content] or ""), found


def test_quick_to_keeps_the_subject_speaking():
    text = "Ana Ruiz was quick to point out that the pier had reopened."
    found = contents(text)
    assert "that the pier had reopened" in found, found
    assert "Ana Ruiz" in (found["that the pier had reopened"] or "")


@pytest.mark.parametrize("headline, content", [
    ("Harbor Chief Ana Ruiz Praises New Ferry Schedule", "New Ferry Schedule"),
    ("Harbor Chief Ana Ruiz Endorses Tom Reyes For Mayor", "Tom Reyes For Mayor"),
])
def test_title_case_headline_verb_of_stance(headline, content):
    text = headline + "\n\nThe schedule starts on Monday."
    records = [r for r in attributions_jsonl("made-up.txt", text)
               if " ".join(text[a:b] for a, b in r["content_spans"]) == content]
    assert len(records) == 1, list(attributions_jsonl("made-up.txt", text))
    a, b = records[0]["speaker_span"]
    assert "Ana Ruiz" in text[a:b]
