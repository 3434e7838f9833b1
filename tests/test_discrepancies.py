from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discrepancies import find_discrepancies
from bot.discrepancies.wording import SpeakerBook, possessive
from bot.extract import extract
from bot.extract.claims import extract_claims
from bot.models import Article, ArticleEvidence, DiscrepancyKind, Extraction, Quote, SpeakerKind
from tests.seed_story import seed_story

Kind = DiscrepancyKind
PUBLISHED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def seed_found():
    return find_discrepancies(seed_story(), story_id=7)


def of_kind(found, kind):
    return [d for d in found if d.kind is kind]


def cites(discrepancy, *fragments):
    """Whether each fragment appears in some evidence sentence of the discrepancy."""
    return all(any(f in e.sentence for e in discrepancy.evidence) for f in fragments)


# --- The seed story: what must be found ----------------------------------------------------


def test_seed_unconfirmed_soybeans_and_april_visit(seed_found):
    unconfirmed = of_kind(seed_found, Kind.UNCONFIRMED)
    soy = [d for d in unconfirmed if "soybean purchases" in d.summary]
    visit = [d for d in unconfirmed if "upcoming visit" in d.summary]
    assert len(soy) == 1 and len(visit) == 1 and len(unconfirmed) == 2
    assert cites(soy[0], "made no mention of soybean purchases", "20 million tonnes")
    assert soy[0].summary.startswith("Trump’s claim") and "readout" in soy[0].summary
    assert cites(visit[0], "did not mention the upcoming visit", "visit China in April 2026")


def test_seed_quote_variant_on_the_relationship(seed_found):
    [variant] = of_kind(seed_found, Kind.QUOTE_VARIANT)
    assert "an extremely good one" in variant.summary and "very friendly" in variant.summary
    assert variant.summary.startswith("Trump")
    assert {e.outlet for e in variant.evidence} == {"Wire Digest", "World Desk"}


def test_seed_relay_difference_cctv_vs_xinhua(seed_found):
    [relay] = of_kind(seed_found, Kind.RELAY_DIFFERENCE)
    assert "Xi" in relay.summary and "CCTV" in relay.summary and "Xinhua" in relay.summary
    assert cites(relay, "attributed to CCTV", "According to Xinhua")


def test_seed_coverage_gaps_iran_ukraine_arms_sale(seed_found):
    gaps = of_kind(seed_found, Kind.COVERAGE_GAP)
    summaries = " | ".join(d.summary for d in gaps)
    assert "Iran" in summaries and "Ukraine" in summaries and "$11 billion arms package" in summaries
    assert len(gaps) == 3, summaries
    for gap in gaps:
        covering, omitting = gap.evidence
        assert covering.outlet == "World Desk" and covering.sentence
        assert omitting.outlet == "Wire Digest" and omitting.sentence == ""


def test_seed_finds_nothing_else(seed_found):
    # Precision: every discrepancy on the seeds is one of the known ones above.
    assert sorted(d.kind.value for d in seed_found) == sorted(
        ["unconfirmed", "unconfirmed", "quote_variant", "relay_difference",
         "coverage_gap", "coverage_gap", "coverage_gap"])
    assert all(d.story_id == 7 and 0 < d.confidence <= 1 and len(d.evidence) >= 2 for d in seed_found)
    assert all(e.url and e.article_id in {1, 2} for d in seed_found for e in d.evidence)


# --- The seed story: what must not be found, and proof the pairs are compared ---------------


def test_over_two_months_agrees_with_since_november(seed_found):
    assert not [d for d in seed_found if cites(d, "in over two months") and cites(d, "in November")]
    changed = find_discrepancies(seed_story(second_edits={"in over two months": "in over five months"}))
    assert [d.kind for d in changed if cites(d, "in over five months", "in November")] == [
        Kind.NUMERIC_CONFLICT]


def test_tons_in_quote_agree_with_tonnes_in_text(seed_found):
    assert not of_kind(seed_found, Kind.NUMERIC_CONFLICT)
    changed = find_discrepancies(seed_story(second_edits={"20 million tons this": "30 million tons this"}))
    [conflict] = of_kind(changed, Kind.NUMERIC_CONFLICT)
    assert "30 million tons" in conflict.summary and "quoting Trump" in conflict.summary


def test_next_three_years_agrees_with_remaining_three_years(seed_found):
    assert not [d for d in seed_found if cites(d, "next three years", "remaining three years")]
    changed = find_discrepancies(seed_story(second_edits={"remaining three years": "remaining five years"}))
    [conflict] = of_kind(changed, Kind.NUMERIC_CONFLICT)
    assert cites(conflict, "next three years", "remaining five years")


def test_partial_quote_inside_a_longer_one_is_not_a_variant(seed_found):
    # “many positive results” (first seed) is part of the longer quote in the second.
    assert not [d for d in seed_found if "many positive results" in d.summary]


def test_wire_duplicates_are_skipped():
    story = seed_story()
    duplicate = story[1].model_copy(update={"id": 3, "outlet": "Syndicated", "duplicate_of": 2})
    assert find_discrepancies([story[0], duplicate]) == []
    with_duplicate = find_discrepancies([*story, duplicate])
    assert [d.summary for d in with_duplicate] == [d.summary for d in find_discrepancies(story)]


# --- Hand-made stories for the other kinds -------------------------------------------------

FILLER = " ".join(["Residents described a long night of work across the district."] * 20)


def article(article_id, outlet, text, quotes=()):
    """An article whose quotes are given as (words, speaker); claims come from those quotes."""
    quotes = [
        Quote(text=words, spans=[(text.index(words), text.index(words) + len(words))], speaker=speaker)
        for words, speaker in quotes
    ]
    return evidence(article_id, outlet, text, Extraction(quotes=quotes))


def extracted(article_id, outlet, text):
    """An article as ingest stores it: quotes and claims from the extractor itself."""
    return evidence(article_id, outlet, text, extract(text))


def evidence(article_id, outlet, text, extraction):
    return ArticleEvidence(id=article_id, outlet=outlet, url=f"https://news.example/{article_id}",
                           text=text, published=PUBLISHED, quotes=extraction.quotes,
                           claims=extract_claims(text, extraction, PUBLISHED))


def test_numeric_conflict_across_outlets():
    found = find_discrepancies([
        article(1, "Herald", "Officials said the flooding killed 12 people in the province on Monday."),
        article(2, "Post", "The flooding killed 30 people in the province, the governor said."),
    ])
    [conflict] = found
    assert conflict.kind is Kind.NUMERIC_CONFLICT
    assert "12 people" in conflict.summary and "30 people" in conflict.summary
    assert [e.outlet for e in conflict.evidence] == ["Herald", "Post"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the flooding killed at least 12 people in the province", "the flooding killed 30 people in the province"),
        ("the flooding killed about 20 people in the province", "the flooding killed 21 people in the province"),
        ("the flooding killed 12 people in the province", "the storm damaged 30 homes in the city"),
        ("the harvest reached 12 million tonnes last season", "the harvest should reach 20 million tonnes next season"),
    ],
)
def test_numeric_agreement_hedges_other_quantities_and_periods(first, second):
    found = find_discrepancies([article(1, "Herald", first.capitalize() + "."),
                                article(2, "Post", second.capitalize() + ".")])
    assert of_kind(found, Kind.NUMERIC_CONFLICT) == []


def test_attribution_conflict_same_words_different_speakers():
    words = "We will never accept a deal that hurts our farmers"
    found = find_discrepancies([
        article(1, "Herald", f"“{words},” Agriculture Secretary Brooke Collins said.", [(words, "Brooke Collins")]),
        article(2, "Post", f"“{words},” Senator Dana Whitfield said.", [(words, "Senator Dana Whitfield")]),
    ])
    [conflict] = of_kind(found, Kind.ATTRIBUTION_CONFLICT)
    assert "Collins" in conflict.summary and "Whitfield" in conflict.summary
    assert cites(conflict, "Agriculture Secretary", "Senator Dana")


def test_same_speaker_under_two_names_is_not_an_attribution_conflict():
    words = "Taiwan is the most important issue in our relations"
    found = find_discrepancies([
        article(1, "Herald", f"“{words},” Xi said.", [(words, "Xi")]),
        article(2, "Post", f"“{words},” said President Xi Jinping.", [(words, "President Xi Jinping")]),
    ])
    assert found == []


def test_quote_variant_needs_a_shared_frame():
    found = find_discrepancies([
        article(1, "Herald", "Asked about the budget, Mayor Ruiz called the plan “a disaster”.",
                [("a disaster", "Mayor Ruiz")]),
        article(2, "Post", "Mayor Ruiz praised the volunteers as “true heroes” on Sunday.",
                [("true heroes", "Ruiz")]),
    ])
    assert of_kind(found, Kind.QUOTE_VARIANT) == []


def test_generic_or_shared_relays_are_not_a_difference():
    found = find_discrepancies([
        article(1, "Herald", "Putin’s remarks, as quoted by state media, were brief.", [("brief", "Putin")]),
        article(2, "Post", "Putin’s remarks were carried by TASS and were brief.", [("brief", "Putin")]),
        article(3, "Wire", "Putin’s comments, according to TASS, stressed patience.", [("patience", "Putin")]),
    ])
    assert of_kind(found, Kind.RELAY_DIFFERENCE) == []


def test_unconfirmed_with_a_denial_in_another_outlet():
    found = find_discrepancies([
        article(1, "Herald", "Governor Alma Price said the state would receive $40 million in relief funds.",
                [("relief funds", "Governor Alma Price")]),
        article(2, "Post", "The federal agency denied the relief funds had been approved."),
    ])
    [unconfirmed] = of_kind(found, Kind.UNCONFIRMED)
    assert unconfirmed.summary == (
        "Alma Price’s claim is unconfirmed: the federal agency denied the relief funds had been approved")
    assert [e.outlet for e in unconfirmed.evidence] == ["Herald", "Post"]


def test_coverage_gap_needs_repeated_mentions_and_a_full_length_omitter():
    once = "The council also noted a letter from Lisbon. " + FILLER
    thrice = "Lisbon offered help. Officials in Lisbon agreed. Lisbon will send staff. " + FILLER
    assert find_discrepancies([article(1, "Herald", once), article(2, "Post", FILLER)]) == []
    [gap] = find_discrepancies([article(1, "Herald", thrice), article(2, "Post", FILLER)])
    assert gap.kind is Kind.COVERAGE_GAP and "Lisbon" in gap.summary
    brief = "Storm recovery continues in the district."
    assert find_discrepancies([article(1, "Herald", thrice), article(2, "Post", brief)]) == []


def test_empty_and_odd_input_never_raises():
    assert find_discrepancies([]) == []
    odd = ArticleEvidence(id=1, text="", quotes=[Quote(text="x", spans=[], speaker="he")])
    weird = ArticleEvidence(id=2, text="“unbalanced $5bn", quotes=[Quote(text="??", spans=[(0, 1)], speaker="Ann Lee")])
    assert isinstance(find_discrepancies([odd, weird]), list)


def test_quote_variant_found_outside_the_seeds():
    found = find_discrepancies([
        article(1, "Herald", "Mayor Ruiz described the new budget as “a disaster” on Monday.",
                [("a disaster", "Mayor Ruiz")]),
        article(2, "Post", "Ruiz described the budget as “deeply flawed but fixable”.",
                [("deeply flawed but fixable", "Ruiz")]),
    ])
    [variant] = of_kind(found, Kind.QUOTE_VARIANT)
    assert variant.summary == ("Ruiz is quoted differently on the budget: “a disaster” (Herald) vs "
                               "“deeply flawed but fixable” (Post)")


def test_interviews_with_different_outlets_are_not_relay_differences():
    found = find_discrepancies([
        article(1, "Herald", "“My account was hacked,” Weiner told CNN on Tuesday.",
                [("My account was hacked,", "Weiner")]),
        article(2, "Post", "“It was a prank,” Weiner told Fox News.", [("It was a prank,", "Weiner")]),
    ])
    assert of_kind(found, Kind.RELAY_DIFFERENCE) == []


def test_relay_difference_outside_the_seeds():
    found = find_discrepancies([
        article(1, "Herald", "“We want calm,” Putin said, according to TASS.", [("We want calm,", "Putin")]),
        article(2, "Post", "Putin’s remarks, as reported by RIA Novosti, called for calm."),
    ])
    [relay] = of_kind(found, Kind.RELAY_DIFFERENCE)
    assert relay.summary == "Putin’s remarks are credited to TASS by Herald but to RIA Novosti by Post"


def test_attribution_conflict_needs_people_and_different_sentences():
    words = "We will never accept a deal that hurts our farmers"
    same_sentence = f"“{words},” the statement said."
    organisation = Quote(text=words, spans=[(1, 1 + len(words))], speaker="Facebook",
                         speaker_kind=SpeakerKind.ORGANISATION)
    found = find_discrepancies([
        article(1, "Herald", same_sentence, [(words, "Brooke Collins")]),
        article(2, "Post", same_sentence, [(words, "Dana Whitfield")]),
    ])
    assert found == []  # one sentence, two readings of who said it: not the outlets' doing
    person = article(1, "Herald", f"“{words},” Collins said.", [(words, "Brooke Collins")])
    page = article(2, "Post", f"“{words},” read a post.")
    page.quotes = [organisation]
    assert of_kind(find_discrepancies([person, page]), Kind.ATTRIBUTION_CONFLICT) == []


def test_figures_quoted_from_different_speakers_are_not_compared():
    first = "“We cut taxes by $700 billion for families,” Senator Ames said."
    second = "“They cut taxes by $900 billion for families,” Governor Bell said."
    found = find_discrepancies([
        article(1, "Herald", first, [(first[1 : first.index("”")], "Senator Ames")]),
        article(2, "Post", second, [(second[1 : second.index("”")], "Governor Bell")]),
    ])
    assert of_kind(found, Kind.NUMERIC_CONFLICT) == []


def test_a_denial_is_not_the_claim_it_denies():
    found = find_discrepancies([
        article(1, "Herald", "Senator Ames denied the bribery allegations on Monday.",
                [("bribery allegations", "Senator Ames")]),
        article(2, "Post", "Ames has flatly denied the bribery allegations, his lawyer said."),
    ])
    assert of_kind(found, Kind.UNCONFIRMED) == []


def test_a_refusal_to_comment_is_not_the_claim_denied():
    found = find_discrepancies([
        article(1, "Herald", "The mayor has declined to comment on the bribery allegations.",
                [("bribery allegations", "Mayor Lena Ames")]),
        article(2, "Post", "Her deputy, Tom Reyes, emphatically denied the bribery allegations on Monday."),
    ])
    assert of_kind(found, Kind.UNCONFIRMED) == []


def test_a_denial_by_parties_named_elsewhere_is_not_paired():
    found = find_discrepancies([
        article(1, "Herald", "“We never built a back door for the government,” said Ana Ruiz, the company's lawyer.",
                [("back door", "Ana Ruiz")]),
        article(2, "Post", "Those firms have denied they give the government a back door to their systems."),
    ])
    assert of_kind(found, Kind.UNCONFIRMED) == []


def test_a_claim_that_itself_denies_agrees_with_a_denial():
    """"Nothing improper" and a dispute of impropriety say the same thing; nothing is unconfirmed."""
    found = find_discrepancies([
        article(1, "Herald", "Governor Alma Price said, “I can assure you that nothing improper happened at the agency.”",
                [("I can assure you that nothing improper happened at the agency.", "Governor Alma Price")]),
        article(2, "Post", "The governor's office disputed any suggestion of impropriety at the agency."),
    ])
    assert of_kind(found, Kind.UNCONFIRMED) == []


def test_a_claim_that_affirms_stays_unconfirmed_by_the_same_denial():
    found = find_discrepancies([
        article(1, "Herald", "Senator Lee Ortiz said, “There was clear impropriety at the agency.”",
                [("There was clear impropriety at the agency.", "Senator Lee Ortiz")]),
        article(2, "Post", "The governor's office disputed any suggestion of impropriety at the agency."),
    ])
    [unconfirmed] = of_kind(found, Kind.UNCONFIRMED)
    assert unconfirmed.summary.startswith("Lee Ortiz’s claim is unconfirmed: the governor's office disputed")


def test_count_in_years_is_not_time_elapsed():
    found = find_discrepancies([
        article(1, "Herald", "It is his third Senate race in three years, aides said."),
        article(2, "Post", "He has kept a low profile since leaving the Senate in January."),
    ])
    assert found == []


def test_initialisms_with_and_without_stops_are_one_name():
    lead = "C.I.A. officers met the committee. The C.I.A. said more. " + FILLER
    assert find_discrepancies([article(1, "Herald", lead), article(2, "Post", "The CIA declined. " + FILLER)]) == []


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=st.sampled_from(list("Ab “”\"’.,$%0129 million tons denied Xi said\n")),
                           max_size=300), min_size=1, max_size=3),
    speakers=st.lists(st.sampled_from(["Xi", "Trump", "he", "", "Xinhua"]), min_size=1, max_size=3),
)
def test_arbitrary_articles_never_raise(texts, speakers):
    story = []
    for i, text in enumerate(texts):
        end = min(len(text), 5)
        quotes = [Quote(text=text[:end], spans=[(0, end)], speaker=speakers[i % len(speakers)])]
        extraction = Extraction(quotes=quotes)
        story.append(ArticleEvidence(id=i, outlet=f"O{i}", text=text, published=PUBLISHED, quotes=quotes,
                                     claims=extract_claims(text, extraction, PUBLISHED)))
    for discrepancy in find_discrepancies(story):
        assert discrepancy.summary and discrepancy.evidence


def test_a_relay_of_news_about_a_speaker_is_not_a_relay_of_their_words():
    found = find_discrepancies([
        article(1, "Herald", "According to Reuters, the talks began after Putin arrived in Minsk."),
        article(2, "Post", "“We want calm,” Putin said, according to TASS.", [("We want calm,", "Putin")]),
    ])
    assert of_kind(found, Kind.RELAY_DIFFERENCE) == []


def test_the_denier_is_never_the_claimant():
    found = find_discrepancies([
        article(1, "Herald", "Prosecutors said Senator Ames took bribes from a contractor.",
                [("took bribes", "Prosecutors")]),
        article(2, "Post", "Ames denied that he took bribes from the contractor. “I am innocent,” Ames said.",
                [("I am innocent,", "Ames")]),
    ])
    [unconfirmed] = of_kind(found, Kind.UNCONFIRMED)
    assert unconfirmed.summary.startswith("Prosecutors’ claim")


def test_a_claim_naming_only_the_denier_is_not_reported():
    found = find_discrepancies([
        article(1, "Herald", "Investigators said on Monday that Senator Ames took bribes from a contractor."),
        article(2, "Post", "Ames denied that he took bribes from the contractor. “I am innocent,” Ames said.",
                [("I am innocent,", "Ames")]),
    ])
    assert of_kind(found, Kind.UNCONFIRMED) == []


def test_speaker_book_groups_by_name_parts_and_surname_not_first_name():
    book = SpeakerBook(["Donald Trump", "President Trump", "Donald Tusk", "Xi", "President Xi Jinping",
                        "Mike Huckabee", "Michael Huckabee", "he"])
    assert book.key("Trump") == book.key("Donald Trump") == book.key("President Trump")
    assert book.key("Donald Tusk") != book.key("Donald Trump")
    assert book.key("Xi’s") == book.key("Xi Jinping")
    assert book.key("Mike Huckabee") == book.key("Michael Huckabee")
    assert book.key("he") is None and book.key("Angela Merkel") is None
    assert book.display[book.key("Trump")] == "Trump"


def test_seed_findings_do_not_depend_on_how_speakers_are_named(seed_found):
    # Full names, and the relaying outlet mistaken for the source of Xi's reported remarks.
    names = {"Trump": "Donald Trump", "Xi": "Xi Jinping", "President Xi": "Xi Jinping"}
    renamed = find_discrepancies(seed_story(speaker_names=names))
    assert sorted(d.kind for d in renamed) == sorted(d.kind for d in seed_found)
    story = seed_story(speaker_names={**names})
    for claim in story[0].claims:
        if claim.speaker == "Xi Jinping" and "attributed to CCTV" in claim.sentence:
            claim.speaker = "CCTV"
    assert Kind.RELAY_DIFFERENCE in {d.kind for d in find_discrepancies(story)}


def test_article_evidence_from_a_stored_article():
    stored = Article(id=9, text="Body", outlet="Herald", url="https://h.example/a",
                     canonical_url="https://h.example/a?canonical", duplicate_of=3,
                     ingested_at=PUBLISHED, published=PUBLISHED)
    evidence = ArticleEvidence.from_article(stored, quotes=[], claims=[])
    assert (evidence.id, evidence.outlet, evidence.url, evidence.duplicate_of) == (
        9, "Herald", "https://h.example/a?canonical", 3)
    assert find_discrepancies([evidence]) == []  # a duplicate alone is no independent source


def test_a_one_word_quote_is_not_a_quote_variant():
    from bot.discrepancies import find_discrepancies
    from bot.models import ArticleEvidence, DiscrepancyKind, Quote

    def article(article_id, outlet, words):
        text = f"Describing the tax deal as “{words}”, said Senator Ann Lee on Monday."
        start = text.index("“") + 1
        quote = Quote(text=words, spans=[(start, start + len(words))], speaker="Ann Lee", confidence=0.8)
        return ArticleEvidence(id=article_id, outlet=outlet, text=text, quotes=[quote])

    two_words = find_discrepancies([article(1, "A", "fiscally irresponsible"), article(2, "B", "a disaster")])
    one_word = find_discrepancies([article(1, "A", "fiscally irresponsible"), article(2, "B", "changes")])
    assert [d.kind for d in two_words] == [DiscrepancyKind.QUOTE_VARIANT]
    assert [d.kind for d in one_word if d.kind == DiscrepancyKind.QUOTE_VARIANT] == []


def test_a_party_in_the_deniers_description_is_not_the_claimant():
    """BASIL 2010: "Tea party activist Alex Poulter … disputed the allegations" answers allegations
    against the Tea Party; the Tea Party is the denier's side, not whose claim it was."""
    accused = ("The Tea Party movement has been beset with allegations of racism since black members of "
               "Congress preparing to vote on health care legislation accused protesters of hurling racial "
               "epithets, and in one instance, spitting on a congressman.")
    denial = "Tea party activist Alex Poulter, who co-founded a local group, also disputed the allegations."
    tea_quote = article(3, "Ledger", "“We welcome everyone,” the Tea Party said.", [("We welcome everyone,", "Tea Party")])
    found = find_discrepancies([extracted(1, "Herald", accused), extracted(2, "Post", denial), tea_quote])
    assert of_kind(found, Kind.UNCONFIRMED) == []
    congress = article(4, "Ledger", "“We heard it,” members of Congress said.", [("We heard it,", "Congress")])
    found = find_discrepancies([extracted(1, "Herald", accused), extracted(2, "Post", denial), tea_quote, congress])
    [unconfirmed] = of_kind(found, Kind.UNCONFIRMED)
    assert unconfirmed.summary.startswith("Congress’ claim is unconfirmed: Tea party activist Alex Poulter")


def test_possessives_follow_ap_style():
    assert [possessive(n) for n in ("Trump", "Cruz", "Prosecutors", "Bernie Sanders")] == [
        "Trump’s", "Cruz’s", "Prosecutors’", "Bernie Sanders’"]
