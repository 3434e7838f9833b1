"""One small hand-written article per construction the extractor must handle."""

import pytest

from bot.extract import extract
from bot.extract.jsonl import attributions_jsonl
from bot.extract.speakers import speaker_aliases
from bot.models import Quote, SpeakerKind


def quotes_of(text: str) -> list[Quote]:
    return extract(text).quotes


def only(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, found
    return found[0]


def test_full_sentence_quote_after_name_and_cue():
    text = "Mayor Ana Ruiz opened the bridge.\n\n“It took nine years,” Ruiz said."
    quote = only(quotes_of(text), "It took nine years")
    assert quote.speaker == "Ana Ruiz"
    assert quote.speaker_role == "Mayor"
    assert quote.cue == "said"
    assert not quote.is_partial


@pytest.mark.parametrize("text, words, speaker", [
    ("“We are not leaving,” said Flynn.", "We are not leaving", "Flynn"),  # inverted order
    ("“The polls are wrong,” Flynn, a top Trump surrogate, said on Tuesday.",
     "The polls are wrong", "Flynn"),  # appositive
    ("In one post, Trump said: “The talks went very well.”",
     "The talks went very well", "Trump"),  # colon
    ("“Nobody expected this result.” —Maria Lopez",
     "Nobody expected this result", "Maria Lopez"),  # trailing dash
    ("“Why now?” Trump asked. “We were ready.”", "Why now?", "Trump"),  # stub after ?
    ("Ana Ruiz took the stage.\n\n“We won,” she said.\n\n“And we will win again.”",
     "And we will win again.", "Ana Ruiz"),  # next paragraph continues the quote
])
def test_speaker_of_each_construction(text, words, speaker):
    assert only(quotes_of(text), words).speaker == speaker


def test_title_is_dropped_from_the_name_and_kept_as_alias():
    text = "Christopher Steele wrote the memo.\n\n“I stand by it,” Mr. Steele said."
    quote = only(quotes_of(text), "I stand by it")
    assert quote.speaker == "Christopher Steele"
    assert "Mr. Steele" in speaker_aliases("Christopher Steele")


def test_split_quote_is_one_quote_with_a_span_per_part():
    text = "“The deal is done,” the minister said. “Now we sign it.”"
    quote = only(quotes_of(text), "The deal is done")
    assert len(quote.spans) == 2
    assert quote.text == "The deal is done, Now we sign it."
    assert [text[a:b] for a, b in quote.spans] == ["The deal is done,", "Now we sign it."]


def test_split_quote_is_one_jsonl_attribution_with_two_content_spans():
    text = "“The deal is done,” Ruiz said. “Now we sign it.”"
    records = [r for r in attributions_jsonl("a.txt", text) if r["kind"] == "direct"]
    assert len(records) == 1
    assert [text[a:b] for a, b in records[0]["content_spans"]] == [
        "“The deal is done,”", "“Now we sign it.”"]
    a, b = records[0]["speaker_span"]
    assert text[a:b] == "Ruiz"


def test_quote_running_over_paragraphs():
    text = ("Ana Ruiz spoke at length.\n\n“The first part of the plan is roads.\n\n"
            "“The second part is schools,” she said.")
    quote = only(quotes_of(text), "The first part of the plan is roads.")
    assert "The second part is schools," in quote.text
    assert len(quote.spans) == 2
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize("text, words, quoted, speaker", [
    # single quotes nested inside double quotes stay in the text
    ("“He told me ‘never again’ and left,” Ruiz said.", "never again",
     "He told me ‘never again’ and left,", "Ruiz"),
    # straight marks work like curly ones, and the split quote stays one Quote
    ('Ana Ruiz spoke.\n\n"We will rebuild," Ruiz said. "It starts today."', "We will rebuild",
     "We will rebuild, It starts today.", "Ana Ruiz"),
    # doubled apostrophes, as in archive copy
    ("''The economy is turning,'' said Ana Ruiz, a pollster.", "The economy is turning",
     "The economy is turning,", "Ana Ruiz"),
    # curly marks facing the wrong way still pair by position
    ("”We will win this,“ Ruiz said. “And soon.”", "We will win this",
     "We will win this, And soon.", "Ruiz"),
    # double marks nested in a double-quoted passage stay inside it
    ("“I’d rather live in what he calls “hell” than see him win,” Ruiz said.", "than see him win",
     "I’d rather live in what he calls “hell” than see him win,", "Ruiz"),
])
def test_quote_marks_of_every_kind(text, words, quoted, speaker):
    quote = only(quotes_of(text), words)
    assert quote.text == quoted
    assert quote.speaker == speaker


def test_partial_quote_inside_reported_speech():
    text = "Senator Paul Novak said the bill showed “great courage” and would pass."
    quote = only(quotes_of(text), "great courage")
    assert quote.is_partial and not quote.is_scare_quote
    assert quote.speaker == "Paul Novak"


def test_pronoun_resolves_to_the_nearest_earlier_person():
    text = ("Chinese President Xi Jinping met the delegation. Officials took notes.\n\n"
            "“Relations are stable,” he said.")
    quote = only(quotes_of(text), "Relations are stable")
    assert quote.speaker == "Xi Jinping"
    assert quote.speaker_role == "Chinese President"


def test_she_skips_a_man_mentioned_later():
    text = ("Hillary Clinton met Tim Kaine in Ohio.\n\n“We will win this state,” she said.")
    assert only(quotes_of(text), "We will win this state").speaker == "Hillary Clinton"


def test_the_president_resolves_to_the_person_with_that_title():
    text = ("President Donald Trump spoke to reporters.\n\n"
            "“Tariffs work,” the president said.")
    quote = only(quotes_of(text), "Tariffs work")
    assert quote.speaker == "Donald Trump"


@pytest.mark.parametrize("source, name", [
    ("the Kremlin", "Kremlin"), ("the White House", "White House"), ("the newspaper", "newspaper"),
])
def test_organisations_as_speakers(source, name):
    text = f"“No comment on the rumours,” {source} said."
    quote = only(quotes_of(text), "No comment")
    assert quote.speaker == name
    assert quote.speaker_kind is SpeakerKind.ORGANISATION


@pytest.mark.parametrize("subject, speaker", [
    ("Trump supporters", "Trump supporters"),
    ("Xi's spokesman", "Xi's spokesman"),
    ("White House officials", "White House officials"),
    ("Several prominent harbor pilots", "Several prominent harbor pilots"),
    ("Pelosi aide Drew Hammill", "Drew Hammill"),
])
def test_a_name_that_only_says_whose_is_not_the_speaker(subject, speaker):
    """The words of Trump's supporters must never turn up as Trump's own in /quotes."""
    [reported] = extract(f"{subject} said the rally was peaceful.").reported
    assert reported.source == speaker


def said_by(subject: str) -> tuple[str | None, str]:
    """The speaker and the source's own words in "<subject> said the rally was peaceful."."""
    text = f"{subject} said the rally was peaceful."
    [reported] = extract(text).reported
    return reported.source, text[reported.source_span[0]:reported.source_span[1]]


@pytest.mark.parametrize("subject, speaker", [
    ("Two senior officials", "Two senior officials"),
    ("Several prominent GOP elders", "Several prominent GOP elders"),
    ("Three White House aides", "Three White House aides"),
    ("Most voters", "Most voters"),
    ("One Clinton aide", "One Clinton aide"),
    ("The newspaper", "newspaper"),
])
def test_a_description_keeps_its_count(subject, speaker):
    """How many sources spoke is part of who spoke: "Two senior officials", not "officials"."""
    assert said_by(subject) == (speaker, subject)


@pytest.mark.parametrize("text, speaker", [
    ("Fences have only pushed smugglers underground, and experts say the tunnels are hard to find.", "experts"),
    ("But polls did predict the Democratic caucus.", "polls"),
    ("The pope met the president, yet Vatican officials say the visit was private.", "Vatican officials"),
])
def test_a_conjunction_before_the_source_is_no_part_of_it(text, speaker):
    """"…, and experts say": the "and" joins two clauses; "and experts" must not reach /quotes."""
    assert speaker in {r.source for r in extract(text).reported}


@pytest.mark.parametrize("text, speaker", [
    ("Aides said that administration officials say the deal is dead.", "administration officials"),
    ("The poll found that about three-quarters of Republican voters say the economy is weak.",
     "about three-quarters of Republican voters"),
])
def test_that_before_a_nested_description_is_no_part_of_its_name(text, speaker):
    inner = [r for r in extract(text).reported if r.content == text.split(" say ")[1].rstrip(".")]
    assert [r.source for r in inner] == [speaker]


@pytest.mark.parametrize("source, speaker", [
    ("Trump supporters", "Trump supporters"),
    ("Trump campaign manager Corey Lewandowski", "Corey Lewandowski"),
])
def test_after_a_quote_the_source_runs_past_the_name_it_starts_with(source, speaker):
    text = f"“The rally was peaceful,” said {source}."
    quote = only(quotes_of(text), "The rally was peaceful")
    assert quote.speaker == speaker
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == source


@pytest.mark.parametrize("subject, speaker", [
    ("A spokesman for Cruz", "spokesman for Cruz"),
    ("An aide to Clinton", "aide to Clinton"),
    ("A source close to Trump", "source close to Trump"),
    ("A spokeswoman for the White House", "spokeswoman for the White House"),
    ("Supporters of Sanders", "Supporters of Sanders"),
    ("Members of Congress", "Members of Congress"),
    ("The mayor of Chicago", "mayor of Chicago"),
])
def test_a_name_after_spokesman_for_says_whose_spokesman_speaks(subject, speaker):
    """/quotes Cruz must not show his spokesman's words as his own."""
    assert said_by(subject) == (speaker, subject)


@pytest.mark.parametrize("subject, speaker", [
    ("Secretary of State John Kerry", "John Kerry"),
    ("A report by the Pentagon", "Pentagon"),
])
def test_titles_and_records_before_of_keep_their_own_rules(subject, speaker):
    [reported] = extract(f"{subject} said the rally was peaceful.").reported
    assert reported.source == speaker


def test_after_a_quote_the_source_runs_on_to_whose_source_it_is():
    text = "“The rally was peaceful,” said a source close to Trump."
    quote = only(quotes_of(text), "The rally was peaceful")
    assert quote.speaker == "source close to Trump"
    assert text[quote.speaker_span[0]:quote.speaker_span[1]] == "a source close to Trump"


@pytest.mark.parametrize("subject, speaker", [("A new Gallup poll", "Gallup"), ("Trump's tweet", "Trump")])
def test_a_name_that_wrote_the_record_stays_the_speaker(subject, speaker):
    [reported] = extract(f"{subject} said the rally was peaceful.").reported
    assert reported.source == speaker


@pytest.mark.parametrize("text, via", [
    ("“We agreed,” Xi said, according to Xinhua.", "Xinhua"),
    ("“We agreed,” Xi said, Xinhua reported.", "Xinhua"),
    ("“We agreed,” Xi told CNN.", "CNN"),
    ("“We agreed,” Trump wrote on Truth Social.", "Truth Social"),
])
def test_relaying_source_goes_to_via(text, via):
    quote = only(quotes_of(text), "We agreed")
    assert quote.via == via
    assert quote.speaker in {"Xi", "Trump"}


def test_scare_quote_has_no_speaker():
    text = "Markets rallied on the “fragile trade truce” between the two countries."
    quote = only(quotes_of(text), "fragile trade truce")
    assert quote.is_scare_quote and quote.speaker is None


def test_reported_speech_has_source_cue_and_content():
    text = "Trump revealed that China had agreed to buy more soybeans."
    reported = extract(text).reported
    assert len(reported) == 1
    claim = reported[0]
    assert (claim.source, claim.cue) == ("Trump", "revealed")
    assert claim.content == "China had agreed to buy more soybeans"
    a, b = claim.content_spans[0]
    assert text[a:b] == claim.content


def test_organisation_reported_speech():
    text = "The Kremlin disclosed that Putin had accepted the invitation."
    claim = extract(text).reported[0]
    assert claim.source == "Kremlin" and claim.cue == "disclosed"


def test_unbalanced_marks_are_recovered_not_raised():
    text = "“This never closes, Ruiz said.\n\nA new paragraph” with a stray mark."
    quotes = quotes_of(text)
    assert quotes and quotes[0].text.startswith("This never closes")


def test_every_attribution_carries_a_confidence():
    text = "“One,” Ruiz said. Somewhere a “slogan” appeared. Ruiz said the vote was close."
    extraction = extract(text)
    assert all(0 < q.confidence <= 1 for q in extraction.quotes)
    assert all(0 < r.confidence <= 1 for r in extraction.reported)
    by_text = {q.text: q for q in extraction.quotes}
    assert by_text["One,"].confidence > by_text["slogan"].confidence


def test_speaker_aliases_cover_surname_title_and_family_name_first():
    assert {"Xi Jinping", "Xi", "President Xi"} <= speaker_aliases("Xi Jinping", "Chinese President")
    assert {"Donald Trump", "Trump", "President Trump", "Mr. Trump"} <= speaker_aliases(
        "Donald Trump", "US President")
    assert speaker_aliases("") == set()


def test_to_speaker_gives_the_canonical_record_with_aliases():
    from bot.extract.speakers import to_speaker

    xi = to_speaker("Xi Jinping", SpeakerKind.PERSON, "Chinese President")
    assert xi.name == "Xi Jinping" and "Xi" in xi.aliases and "President Xi" in xi.aliases
    kremlin = to_speaker("Kremlin", SpeakerKind.ORGANISATION)
    assert kremlin.aliases == ()


def test_relative_who_and_party_tags_point_to_the_named_person():
    text = ("Mitch McConnell, R-Ky., said the vote would pass.\n\n"
            "Paul Novak, who in 2010 said the bill was “a disgrace,” voted for it.")
    quote = only(quotes_of(text), "a disgrace")
    assert quote.speaker == "Paul Novak"
    claim = [r for r in extract(text).reported if r.cue == "said"][0]
    assert claim.source == "Mitch McConnell"


def test_the_newspaper_resolves_to_the_outlet_named_before():
    text = ("The Washington Post obtained the memo on Monday.\n\n"
            "“The memo is authentic,” the newspaper said.")
    quote = only(quotes_of(text), "The memo is authentic")
    assert quote.speaker == "The Washington Post"
    assert quote.speaker_kind is SpeakerKind.ORGANISATION


def test_quotes_inside_leftover_markup_are_not_quotations():
    text = '<tweet author="@someone" date="May 1">Polls close soon</tweet> “We are ready,” Ruiz said.'
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["We are ready,"]


def reported_contents(text: str) -> dict[str, str | None]:
    """Each reported content of `text` (spans joined) with its source."""
    return {" ".join(text[a:b] for a, b in r.content_spans): r.source for r in extract(text).reported}


@pytest.mark.parametrize("text, content, source", [
    # a verb whose object is the content, with and without a particle
    ("Mayor Ana Ruiz criticized the new parking rules.", "the new parking rules", "Ana Ruiz"),
    ("Senator Paul Okafor called for a recount of the ballots.", "a recount of the ballots", "Paul Okafor"),
    ("Dina Hale is critical of the zoning plan.", "the zoning plan", "Dina Hale"),
    ("Most residents see Ruiz as a careful mayor.", "Ruiz as a careful mayor", "Most residents"),
    ("Ana Ruiz called the new rules unfair.", "the new rules unfair", "Ana Ruiz"),
    # an infinitive, an indirect question and a pronoun clause with no "that"
    ("Governor Lena Park vowed to veto the budget.", "to veto the budget", "Lena Park"),
    ("Tom Reyes knows how the council votes.", "how the council votes", "Tom Reyes"),
    ("Lena Park made it clear that she would run again.", "she would run again", "Lena Park"),
    ("Officials said the mayor, when asked whether she would resign, shook her head.",
     "whether she would resign", None),
    # an owned noun
    ("Critics rejected Mark Bell’s claim that the bridge was unsafe.",
     "the bridge was unsafe", "Mark Bell"),
    # a parenthetical source and cue inside the clause
    ("The plan, the mayor said, will cost too much.", "The plan will cost too much", None),
    # a bare collective source after the clause
    ("Two windows were broken overnight, police said.", "Two windows were broken overnight", "police"),
    # a title-case headline
    ("Ruiz Says The Bridge Will Open In May", "The Bridge Will Open In May", "Ruiz"),
    # a poll or record before an evidence verb, and a poll that sets the scene
    ("A Harbor Institute poll last week showed Ruiz leading the race.", "Ruiz leading the race", None),
    ("In a new Harbor Institute poll, 40 percent of voters were undecided.",
     "40 percent of voters were undecided", None),
])
def test_reported_constructions(text, content, source):
    found = reported_contents(text)
    assert content in found, found
    if source is not None:
        assert found[content] == source


@pytest.mark.parametrize("text, content", [
    ("The council seems ready to approve the tax.", "The council seems ready to approve the tax"),
    ("The vote is expected to take place on Friday.", "The vote is expected to take place on Friday"),
    ("Ruiz reportedly met the developers twice.", "Ruiz reportedly met the developers twice"),
])
def test_hedges_have_content_and_no_source(text, content):
    found = reported_contents(text)
    assert found.get(content, "missing") is None, found


@pytest.mark.parametrize("text", [
    "Mayor Ana Ruiz said in Paris.",  # an adjunct is not what was said
    "The bill was supported in the Senate.",  # a passive has no object after the verb (with "by": passives.py)
    "Ruiz: 46.",  # a tally is no speaker label
])
def test_no_attribution_from_adjuncts_passives_or_tallies(text):
    assert reported_contents(text) == {}


@pytest.mark.parametrize("text", [
    "Alex Poulter co-founded a Kansas City-area group called Political Chips.",
    "Donors gave to a newly formed super PAC called Future 45 in June.",
    "He joined a group called “Citizens for Trump” in May.",
])
def test_a_name_given_after_a_and_a_noun_is_not_an_attribution(text):
    assert reported_contents(text) == {}


@pytest.mark.parametrize("text, content, source", [
    ("Trump called Clinton a liar.", "Clinton a liar", "Trump"),
    ("A spokesman called Ruiz a liar on Monday.", "Ruiz a liar", "spokesman"),
])
def test_a_subject_that_calls_someone_something_is_still_the_source(text, content, source):
    assert reported_contents(text).get(content, "missing") == source


def test_what_someone_called_is_the_whole_noun_phrase():
    text = "The council condemned what Ruiz called a “reckless gamble” with city funds."
    records = [r for r in attributions_jsonl("a.txt", text) if r["speaker"] == "Ruiz"]
    assert [[text[a:b] for a, b in r["content_spans"]] for r in records] == [
        ["what Ruiz called a “reckless gamble” with city funds"]]


def test_numbers_with_digit_groups_stay_in_the_clause():
    text = "Officials said they found nearly 2,000 ballots at 9:42 p.m. on Friday."
    assert "they found nearly 2,000 ballots at 9:42 p.m. on Friday" in reported_contents(text)


def test_pronoun_after_described_speakers_opens_the_content():
    text = "But several farmers who came to the fair on Sunday, including Mr. Dorn, said they liked the plan."
    records = list(attributions_jsonl("a.txt", text))
    assert [[text[a:b] for a, b in r["content_spans"]] for r in records] == [["they liked the plan"]]
    a, b = records[0]["speaker_span"]
    assert text[a:b].startswith("several farmers")


@pytest.mark.parametrize("text", [
    "The senator lamented in an interview with a local radio host.",  # an adjunct after the cue
    "In a long speech, the mayor declared.",  # a setting before the source, nothing said
])
def test_adjunct_or_setting_alone_is_no_content(text):
    assert reported_contents(text) == {}


def test_nested_frame_is_less_confident_than_its_host():
    # (a long nested content: short ones are dropped, see test_constructions_prune.py)
    text = "The mayor said that the council plans to close the old pier and the ferry dock next spring."
    records = {" ".join(text[a:b] for a, b in r["content_spans"]): r["confidence"]
               for r in attributions_jsonl("a.txt", text)}
    host = records["that the council plans to close the old pier and the ferry dock next spring"]
    nested = records["to close the old pier and the ferry dock next spring"]
    assert nested < host


@pytest.mark.parametrize("text, content", [
    # a new subject after ", but" starts the writer's own clause
    ("Ruiz said the bridge will open in May, but Hale doubts the date.", "the bridge will open in May"),
    ("Ruiz said the ferry was late, but he has no plan to fix it.", "the ferry was late"),
    # the writer's aside after a comma ("compared with …")
    ("Voters said they trust the mayor, compared with 30 percent last spring.",
     "they trust the mayor"),
    ("Ruiz said the budget is balanced, even as the deficit keeps growing.",
     "the budget is balanced"),
    ("Ruiz said the ferry will stop running — raising fares for everyone else.",
     "the ferry will stop running"),
    # a fronted "Even as …" clause ends at its comma
    ("Even as Ruiz said the port would close, the ferries kept running.", "the port would close"),
    # a cue in the main clause after a fronted "When …," runs on past later commas
    ("When the storm hit, Ruiz said the ferry would stop, and the port would close.",
     "the ferry would stop, and the port would close"),
    # an infinitive ends at ", and" / ", but"
    ("Governor Lena Park vowed to veto the budget, and the council met again on Friday.",
     "to veto the budget"),
])
def test_reported_clause_ends_before_the_writers_own_words(text, content):
    assert content in reported_contents(text)


def test_set_off_cue_before_a_partial_quote_keeps_both_parts():
    text = "The new parking rules, Ruiz added, are like “a tax on breathing.”"
    records = list(attributions_jsonl("a.txt", text))
    assert [[text[a:b] for a, b in r["content_spans"]] for r in records] == [
        ["The new parking rules", "are like “a tax on breathing.”"]]


def test_a_named_object_ends_before_a_time_adjunct():
    text = "Mayor Ana Ruiz praised Dina Hale during a rally on Friday."
    assert reported_contents(text).get("Dina Hale") == "Ana Ruiz"


def test_a_listed_stance_object_keeps_every_item():
    text = "Mayor Ana Ruiz supports new parks, bike lanes and wider sidewalks."
    assert "new parks, bike lanes and wider sidewalks" in reported_contents(text)


def test_an_including_list_stays_in_a_stance_object():
    text = "Mayor Ana Ruiz opposes new taxes on homes, including a levy on garages."
    assert "new taxes on homes, including a levy on garages" in reported_contents(text)


def test_appositive_after_an_inverted_source_is_not_content():
    text = "The ferry will run again in May, said Ana Ruiz, a planner who oversees the port."
    found = reported_contents(text)
    assert found == {"The ferry will run again in May": "Ana Ruiz"}, found


@pytest.mark.parametrize("text, content", [
    ("Hale said that Mayor Ruiz, who lost the vote, will resign.",
     "Mayor Ruiz, who lost the vote, will resign"),
    ("Ruiz said that Hale, a planner, will resign.", "Hale, a planner, will resign"),
])
def test_side_clause_after_the_subject_stays_in_a_that_clause(text, content):
    assert content in reported_contents(text)


@pytest.mark.parametrize("text", [
    "Hale said that Sen. Ann Lee (D-Ore.) will vote against the bill.",
    "Sen. Ann Lee (D-Ore.) will vote against the bill, aides said.",
])
def test_a_bracketed_label_stays_inside_the_clause(text):
    assert "Sen. Ann Lee (D-Ore.) will vote against the bill" in reported_contents(text)


def test_which_clause_stays_in_a_said_that_clause():
    text = "Ruiz said that the new bridge, which opens in May, will carry trucks."
    assert "the new bridge, which opens in May, will carry trucks" in reported_contents(text)


def test_who_clause_about_people_stays_in_the_reported_clause():
    text = "Ruiz said the tenants, who were never warned, will get their deposits back."
    assert "the tenants, who were never warned, will get their deposits back" in reported_contents(text)


def content_records(text: str) -> list[list[str]]:
    """The content of each scorer record of `text`, one string per span."""
    return [[text[a:b] for a, b in r["content_spans"]] for r in attributions_jsonl("a.txt", text)]


def test_quote_sentence_continues_the_reported_speech_before_it():
    text = "Mayor Ana Ruiz says the harbour needs a new pier. “Boats wait for hours every morning.”"
    assert content_records(text) == [["the harbour needs a new pier", "“Boats wait for hours every morning.”"]]
    quote = only(quotes_of(text), "Boats wait for hours")
    assert quote.speaker == "Ana Ruiz"
    assert not quote.is_partial  # a whole quoted sentence, not a quote inside the clause


def test_quote_sentence_in_a_new_paragraph_does_not_continue_reported_speech():
    text = ("Mayor Ana Ruiz says the harbour needs a new pier.\n\n"
            "“Boats wait for hours every morning, and the fishermen are tired of it.”")
    assert ["the harbour needs a new pier"] in content_records(text)


def test_unattributed_quote_sentences_of_one_paragraph_stay_together():
    text = ("The gallery opened in May.\n\n“Nobody expected such crowds on the first weekend,” "
            "a visitor wrote on the door. “We queued for two hours and it was worth it.”")
    assert ["“Nobody expected such crowds on the first weekend,”",
            "“We queued for two hours and it was worth it.”"] in content_records(text)


def test_parenthetical_source_before_a_joined_clause():
    text = "Take the offer now, the mayor said, and the city saves millions."
    assert content_records(text) == [["Take the offer now", "and the city saves millions"]]


def test_parenthetical_source_then_a_second_cue_is_two_attributions():
    text = "The pier will open in June, Ruiz said, adding that the budget was tight."
    assert content_records(text) == [["The pier will open in June"], ["that the budget was tight"]]


@pytest.mark.parametrize("text, first, second", [
    ("“The pier is finished,” Ruiz said, adding later, “We will open it in June.”",
     "“The pier is finished,”", "“We will open it in June.”"),
    ("“The pier is finished,” Ruiz said before asking the crowd, “Who wants to cut the ribbon?”",
     "“The pier is finished,”", "“Who wants to cut the ribbon?”"),
])
def test_quote_after_adding_or_asking_is_a_second_attribution(text, first, second):
    assert content_records(text) == [[first], [second]]


@pytest.mark.parametrize("text, content, source", [
    # a negation between subject and cue
    ("Okafor did not mention the harbor plan.", "the harbor plan", "Okafor"),
    # a long subject opening the sentence before a verb of saying
    ("But a retired teacher from the east side of town, who has attended every meeting, says "
     "the budget is too thin.", "the budget is too thin",
     "retired teacher from the east side of town , who has attended every meeting ,"),
    # a bare plural subject before a plural verb
    ("While harbor engineers say the wall will hold, the council is unsure.",
     "the wall will hold", "harbor engineers"),
    # object cues mined from train
    ("Our town committee will discuss the parking rules.", "the parking rules", "Our town committee"),
    # an adverb before a cue's particle
    ("Okafor spoke warmly of the volunteers.", "the volunteers", "Okafor"),
    # a description and a name as the source
    ("The findings were published, the trade journal Harbor Weekly reported.",
     "The findings were published", "Harbor Weekly"),
    # a cue of purpose after "to" takes the sentence's subject
    ("Okafor went to the pier to discuss the ferry schedule.", "the ferry schedule", "Okafor"),
    # a passive report names its source after "by"
    ("The harbor deal was first reported by the Coast Ledger.", "The harbor deal", "Coast Ledger"),
])
def test_recall_constructions(text, content, source):
    found = reported_contents(text)
    assert found.get(content, "missing") == source, found


@pytest.mark.parametrize("text, content", [
    ("The mayor is widely seen as a cautious manager.", "The mayor is widely seen as a cautious manager"),
    ("The bakery is best known for its rye bread.", "The bakery is best known for its rye bread"),
    ("Although the ferry is slow, it is considered a bargain.", "it is considered a bargain"),
    ("There are questions about the cost of the new bridge.", "the cost of the new bridge"),
])
def test_passive_judgements_and_unowned_nouns_have_no_source(text, content):
    found = reported_contents(text)
    assert found.get(content, "missing") is None, found


def test_a_wish_to_be_seen_is_no_judgement():
    assert reported_contents("Okafor worked hard to be seen as a reformer.") == {}


def test_interjected_source_leaves_no_stub_attribution():
    text = "Back home, Ruiz said, she decided to run for mayor."
    assert content_records(text) == [["Back home", "she decided to run for mayor"]]


def test_closing_mark_that_opens_a_paragraph_opens_the_quote():
    text = "Ana Ruiz spoke last.\n\n” … the harbour will be ready by June,” Ruiz said."
    quote = only(quotes_of(text), "the harbour will be ready")
    assert quote.speaker == "Ana Ruiz"
    assert quote.text == "… the harbour will be ready by June,"


def test_initials_before_a_name_do_not_end_the_sentence():
    text = ("“The vote was close,” said Rep. J.T. Moreno (D-Ore.), head of the caucus. "
            "“We will try again next year.”")
    assert content_records(text) == [["“The vote was close,”", "“We will try again next year.”"]]
    assert only(quotes_of(text), "We will try again").speaker == "J.T. Moreno"


def test_quote_after_an_abbreviation_starts_a_new_sentence():
    text = ("“The pier is fine,” said Ana Ruiz, who lives in Salem, Ore. "
            "“I just want it to open on time.”")
    assert content_records(text) == [["“The pier is fine,”", "“I just want it to open on time.”"]]


def test_doubled_apostrophes_around_a_nested_single_quote():
    text = "''They told me, 'The pier is special,''' Mr. Ruiz said. ''It is not.''"
    quote = only(quotes_of(text), "The pier is special")
    assert quote.speaker == "Ruiz"
    assert quote.cue == "said"
    assert quote.text == "They told me, 'The pier is special,' It is not."


def test_sentence_opening_with_a_quote_in_a_new_paragraph_is_not_a_continuation():
    text = ("“The pier is finished,” Ruiz said.\n\n"
            "“The pier is a disgrace” was painted on the fence by morning.")
    assert ["“The pier is finished,”"] in content_records(text)

@pytest.mark.parametrize("text, content, source", [
    # a trailing date or time is the writer's setting, not part of the stance's object
    ("The dockworkers union endorsed Mayor Ana Ruiz in March.", "Mayor Ana Ruiz", "dockworkers union"),
    ("Senator Paul Okafor criticized the ferry contract on Tuesday night.", "the ferry contract",
     "Paul Okafor"),
    ("Dina Hale opposed the harbor levy earlier this year.", "the harbor levy", "Dina Hale"),
    ("Tom Reyes praised the lifeguards last week.", "the lifeguards", "Tom Reyes"),
    # an infinitive keeps its time
    ("Lena Park plans to visit the pier next month.", "to visit the pier next month", "Lena Park"),
])
def test_object_content_leaves_out_a_trailing_date(text, content, source):
    found = reported_contents(text)
    assert found.get(content, "missing") == source, found


@pytest.mark.parametrize("text", [
    "The Tea Party movement has been beset with allegations of racism since the vote.",
    "Carson responded on Sunday to accusations that he exaggerated his life story.",
])
def test_the_accused_is_not_the_source_of_unowned_accusations(text):
    """The subject of "beset with allegations" is the accused: the digest must not report the
    Tea Party's own "claim" of racism as unconfirmed."""
    accusations = [r for r in extract(text).reported if r.cue in {"allegations", "accusations"}]
    assert accusations and all(r.source is None for r in accusations)


def test_an_owned_accusation_keeps_its_owner():
    [made] = [r for r in extract("Trump made accusations of fraud against the media.").reported
              if r.cue == "accusations"]
    assert made.source == "Trump"


def test_an_office_with_of_is_the_role_before_the_name():
    [reported] = extract("Secretary of State John Kerry said the rally was peaceful.").reported
    assert (reported.source, reported.source_role) == ("John Kerry", "Secretary of State")
    quote = only(quotes_of("“The rally was peaceful,” said Secretary of State John Kerry."), "The rally was peaceful")
    assert (quote.speaker, quote.speaker_role) == ("John Kerry", "Secretary of State")


def test_a_nationality_before_of_starts_no_office():
    quote = only(quotes_of("“The rule is extreme,” said David French of the National Retail Federation."),
                 "The rule is extreme")
    assert quote.speaker == "David French"
