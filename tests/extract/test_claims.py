from datetime import UTC, datetime

import pytest

from bot.extract.claims import NON_CONFIRMATION_CUES, extract_claims, find_non_confirmations
from bot.extract.relay_phrases import canonical_outlet, find_relays
from bot.extract.sentence_index import SentenceIndex
from bot.models import ClaimKind, Extraction, Quote, ReportedSpeech
from tests.seed_story import SECOND_SEED, seed_text

PUBLISHED = datetime(2026, 2, 4, tzinfo=UTC)


def non_confirmations(text: str):
    return [(c.speaker, c.cue, c.subject) for c in find_non_confirmations(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry's statement made no mention of the troop movements.",
         ("The ministry's statement", "made no mention of", "the troop movements")),
        ("While the readout did not mention the visit, aides were upbeat.",
         ("the readout", "did not mention", "the visit")),
        ("The ministry flatly denied that troops had crossed the border.",
         ("The ministry", "denied", "troops had crossed the border")),
        ("A spokesman declined to confirm the figures on Monday.",
         ("A spokesman", "declined to confirm", "the figures on Monday")),
        ("The union disputed the company's count of 4,000 strikers.",
         ("The union", "disputed", "the company's count of 4,000 strikers")),
        ("Beijing, which has denied the report, said talks went well.",
         ("Beijing", "denied", "the report")),
        ("Italy swiftly denied the claim.", ("Italy", "denied", "the claim")),
        ("Organizers disputed claims of fraud and called on the board to resign.",
         ("Organizers", "disputed", "fraud")),
        ("The ministry denied that troops had crossed and looted the border.",
         ("The ministry", "denied", "troops had crossed and looted the border")),
    ],
)
def test_non_confirmation_records_source_and_subject(sentence, expected):
    assert non_confirmations(sentence) == [expected]


def test_passive_denied_is_not_a_non_confirmation():
    assert non_confirmations("He was denied entry at the airport.") == []


def test_non_confirmations_in_the_second_seed():
    claims = list(find_non_confirmations(seed_text(SECOND_SEED)))
    assert [(c.speaker, c.cue, c.subject, c.via) for c in claims] == [
        ("the Chinese government’s readout", "made no mention of", "soybean purchases", "Xinhua"),
        ("the Chinese government’s official readout", "did not mention", "the upcoming visit", None),
    ]
    assert all(c.kind is ClaimKind.NON_CONFIRMATION for c in claims)


def test_cues_are_named_data_longest_first_wins():
    assert "made no mention of" in NON_CONFIRMATION_CUES
    assert non_confirmations("The readout made no mention of tariffs.")[0][1] == "made no mention of"


def test_extract_claims_combines_attributed_numeric_date_and_non_confirmation():
    text = ("Trump said that China would buy 20 million tons of soybeans in April. "
            "“We will buy 25 million tons next season,” Trump wrote. "
            "The Chinese readout made no mention of soybean purchases.")
    content = "China would buy 20 million tons of soybeans in April"
    quoted = "We will buy 25 million tons next season,"
    extraction = Extraction(
        quotes=[Quote(text=quoted, spans=[(text.index(quoted), text.index(quoted) + len(quoted))],
                      speaker="Trump", cue="wrote")],
        reported=[ReportedSpeech(content=content, source="Trump", cue="said",
                                 content_spans=[(text.index(content), text.index(content) + len(content))])],
    )
    claims = extract_claims(text, extraction, PUBLISHED)
    kinds = [c.kind for c in claims]
    assert kinds == [ClaimKind.ATTRIBUTED, ClaimKind.NUMERIC, ClaimKind.DATE, ClaimKind.NUMERIC,
                     ClaimKind.NON_CONFIRMATION]
    attributed = claims[0]
    assert (attributed.speaker, attributed.cue, attributed.text) == ("Trump", "said", content)
    # Figures inside a reported statement or a quote belong to its speaker, not the reporter.
    assert [(c.text, c.speaker) for c in claims if c.kind is ClaimKind.NUMERIC] == [
        ("20 million tons", "Trump"), ("25 million tons", "Trump")]
    assert claims[-1].subject == "soybean purchases"
    assert all(c.sentence for c in claims)


def test_extract_claims_survives_empty_and_odd_input():
    assert extract_claims("", Extraction(), None) == []
    odd = "“unbalanced quote 5% of\x00 $ bn ... !!"
    assert isinstance(extract_claims(odd, Extraction(), None), list)
    bad_span = ReportedSpeech(content="x", content_spans=[], source="A")
    assert extract_claims("x", Extraction(reported=[bad_span]), PUBLISHED) == []


def test_relays_named_generic_and_described():
    relays = lambda s: [(r.outlet, r.generic) for r in find_relays(s)]  # noqa: E731
    assert relays("“I value it,” he said, according to Xinhua.") == [("Xinhua", False)]
    assert relays("Xi’s public comments attributed to CCTV stressed respect.") == [("CCTV", False)]
    assert relays("his outlook, as quoted by state media, is bright") == [("state media", True)]
    assert relays("as Xinhua noted, the readout was short") == [("Xinhua", False)]
    assert relays("quoted by Chinese state broadcaster CCTV") == [("CCTV", False)]
    assert relays("According to reporting from Maeil Kyungjae, prices rose.") == [("Maeil Kyungjae", False)]
    assert relays("according to Trump, it was fine") == []  # a source, not a relay
    assert canonical_outlet("the Xinhua news agency") == "Xinhua"


def test_claim_sentences_are_the_extractors_sentences():
    # No break after abbreviations; an attribution stub stays with its quote; lines end sentences.
    text = "The U.S. President spoke. “It was long.” Mr. Xi agreed.\nNew paragraph"
    assert [text[s:e] for s, e in SentenceIndex(text).spans] == [
        "The U.S. President spoke.", "“It was long.” Mr. Xi agreed.", "New paragraph"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Republican officials did not dispute the authenticity of the video.",
        "The statement does not deny that the group is open to cuts.",
        "A bill would allow businesses to deny service over religious beliefs.",
        "It went to the court because it involves a dispute among states.",
        "They gained protections previously denied to them.",
        "The country has territorial disputes with its neighbours.",
        "Ships entered disputed waters on Friday.",
        "The government could deny them mining permits.",
        "The shooter's friend denied bail.",
    ],
)
def test_negated_infinitive_noun_and_participle_denials_are_not_claims(sentence):
    assert non_confirmations(sentence) == []


def test_source_skips_adverbs_and_participle_clauses():
    sentence = "Weiner, trying to end a strange episode, emphatically denied that he had sent the photo."
    assert non_confirmations(sentence) == [("Weiner", "denied", "he had sent the photo")]
