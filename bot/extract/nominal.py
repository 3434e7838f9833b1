"""Attributions carried by a noun: "Trump’s claim that …", "her criticism of the deal", "the
senator’s support for the bill".

The owner (a possessive name or pronoun, the subject of a light verb as in "Le Pen voiced
support for …", or a source after "from") is the source; the "that" clause or the object of
the preposition after the noun is the content. Without an owner such nouns are mostly not
attributions ("the decision was made"), so they are left alone, except where the phrase
itself reports someone's words or stance ("the claim that …", "amid fears that …", "declined
to comment on …", "in favor of …"); then the sentence's subject, if any, is the source.

Three related frames live here too: backing someone receives ("Cruz won the endorsement of
the Union Leader"), agent nouns after a copula ("Hughes is a fervent supporter of Trump") and
viewpoint openers ("In Ash’s view, the change …").
"""

from __future__ import annotations

from bot.extract.clauses import QUESTION_WORDS, clause_end, object_content, second_predicate_start
from bot.extract.cues import OPENING_CONJUNCTIONS, sentence_subject
from bot.extract.frames import Attribution
from bot.extract.lexicon import (
    BACKING_NOUNS,
    COPULAS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    HEARSAY_NOUNS,
    LIGHT_VERBS,
    NOUN_CUE_PREPOSITIONS,
    NOUN_CUES,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    STANCE_AGENT_NOUNS,
    STANCE_PHRASE_NOUNS,
    THAT_CLAUSE_NOUNS,
)
from bot.extract.sentences import Token
from bot.extract.sources import TokenRange, phrase_after, phrase_before
from bot.extract.speakers import is_name_word, strip_possessive

# Adjectives allowed between owner and noun ("Trump’s repeated claim", "his harsh criticism").
MAX_MODIFIERS = 2
# Noun cues whose object is someone's stance even with no owner named ("questions about his
# health", "opposition to the deal"); mined from PolNeAR train (counts only).
UNOWNED_NOUN_CUES: dict[str, tuple[str, ...]] = {
    "questions": ("about",), "concerns": ("about",), "concern": ("about",), "doubts": ("about",),
    "criticism": ("of",), "praise": ("for",), "skepticism": ("about",),
    # Added from the missed noun cues of PolNeAR train: right more than half the time unowned.
    "comment": ("on", "about"), "comments": ("on", "about"), "call": ("for",), "calls": ("for",),
    "credit": ("for",), "proposal": ("to",), "mention": ("of",), "defense": ("of",),
    "complaints": ("that",), "pledge": ("to",), "pledges": ("to",), "desire": ("to",),
    "fears": ("of",), "confidence": ("in",), "criticisms": ("of",), "plans": ("to",),
    **{noun: ("of",) for noun in HEARSAY_NOUNS},
}
# Words that end a noun cue's object: "among" before the group that holds a view.
NOUN_OBJECT_ENDS: frozenset[str] = frozenset({"among"})
# Words between a copula and an agent noun ("is one of the earliest and most vocal backers").
MAX_AGENT_MODIFIERS = 7
# How far into a sentence the comma after "In Trump’s view" may come.
MAX_VIEWPOINT_OPENER = 9
# Nouns that frame a clause as someone's view ("In her view, …", "In Trump's eyes, …").
VIEWPOINT_NOUNS: frozenset[str] = frozenset({
    "view", "eyes", "mind", "words", "opinion", "estimation", "judgment", "judgement", "assessment", "telling",
})
# Words that name whom a clause holds true for after an opening "To" ("To many, he is a
# provocateur", "But to others, …"); a capitalised name serves too ("To Sharp, Trump is …").
# An infinitive ("To win, she must …") or a phrase ("To the extent that …") opens no view.
PERSPECTIVE_HOLDERS: frozenset[str] = frozenset({
    "them", "him", "me", "us", "many", "others", "some", "most", "anyone", "those", "critics",
    "supporters", "voters", "democrats", "republicans", "conservatives", "liberals",
})
# Words after "To" that open a phrase, not a person, even when capitalised.
NOT_PERSPECTIVE_STARTS: frozenset[str] = frozenset({"the", "that", "this", "a", "an", "date", "be"})
# Nouns that frame a clause as the result of someone's count or reasoning ("By the AP's tally,
# he has 739 delegates", "By Sanders's own argument, …").
RECKONING_NOUNS: frozenset[str] = frozenset({
    "tally", "count", "estimate", "estimates", "reckoning", "calculation", "calculations",
    "argument", "logic", "measure", "measures", "standard", "standards", "account", "accounts",
})
# The opening preposition of a viewpoint phrase and the nouns it takes.
VIEWPOINT_OPENERS: dict[str, frozenset[str]] = {"in": VIEWPOINT_NOUNS, "by": RECKONING_NOUNS}
# Words a source after "from" may run to ("calls from some other Republican power brokers to …").
MAX_GIVER = 8
# Nouns whose "of" introduces an indirect question ("the question of whether …"); "The
# question is whether …" is mostly the writer's own question.
QUESTION_NOUNS: frozenset[str] = frozenset({"question", "questions"})
# Auxiliaries that mark the main verb after a subject noun phrase.
MAIN_VERB_MARKERS: frozenset[str] = FINITE_AUXILIARIES | {
    "isn't", "wasn't", "hasn't", "hadn't", "doesn't", "didn't", "won't", "can't", "couldn't", "wouldn't",
    "isn’t", "wasn’t", "hasn’t", "hadn’t", "doesn’t", "didn’t", "won’t", "can’t", "couldn’t", "wouldn’t",
}
# Every word that can start a frame here, for a quick first check.
NOMINAL_WORDS: frozenset[str] = NOUN_CUES | BACKING_NOUNS | STANCE_AGENT_NOUNS
# Subjects that name no one ("there are questions about …").
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"it", "there", "this", "that"})
# Verbs that report on or judge someone's stated stance as a whole ("defended his praise of
# Putin", "voiced his disapproval of the ruling"): annotators take the owned noun phrase, owner
# and noun included, as the content.
STANCE_PHRASE_VERBS: frozenset[str] = frozenset(
    stem + ending
    for stem, endings in {
        "defend": ("", "s", "ed", "ing"), "affirm": ("", "s", "ed", "ing"), "reaffirm": ("", "s", "ed", "ing"),
        "voice": ("", "s", "d"), "voicing": ("",), "express": ("", "es", "ed", "ing"),
        "announc": ("e", "es", "ed", "ing"), "reiterat": ("e", "es", "ed", "ing"),
        "renew": ("", "s", "ed", "ing"), "cheer": ("", "s", "ed", "ing"), "prais": ("e", "es", "ed", "ing"),
        "blast": ("", "s", "ed", "ing"), "criticiz": ("e", "es", "ed", "ing"), "condemn": ("", "s", "ed", "ing"),
        "denounc": ("e", "es", "ed", "ing"), "support": ("", "s", "ed", "ing"), "reject": ("", "s", "ed", "ing"),
        "disavow": ("", "s", "ed", "ing"), "revisit": ("", "s", "ed", "ing"), "echo": ("", "es", "ed", "ing"),
        "welcom": ("e", "es", "ed", "ing"), "applaud": ("", "s", "ed", "ing"), "slam": ("", "s", "med", "ming"),
    }.items()
    for ending in endings
)
# Prepositions after which an owned stance is the object of another verb or noun ("doubled
# down on his comments about …", "opposition to his call for …"); not "in their criticism of".
STANCE_PHRASE_PREPOSITIONS: frozenset[str] = frozenset({"on", "to", "over"})
STANCE_PHRASE_LEADS: frozenset[str] = STANCE_PHRASE_VERBS | STANCE_PHRASE_PREPOSITIONS
# Measured precision on PolNeAR train is about one half.
NOUN_CUE_CONFIDENCE = 0.6


def _noun_object(tokens: list[Token], start: int) -> TokenRange | None:
    """The object of a noun cue's preposition: a short phrase, which ends at its first comma
    or at "among" ("support for Trump among evangelicals": the evangelicals are the source)."""
    content = object_content(tokens, start, at_comma=True)
    if content is None:
        return None
    end = next((j for j in range(content[0] + 1, content[1]) if tokens[j].lower in NOUN_OBJECT_ENDS), content[1])
    return (content[0], second_predicate_start(tokens, content[0], end))  # "voiced support for X and called …"


def _relative_that(tokens: list[Token], that: int) -> bool:
    """Whether "that" after a noun opens a relative clause whose verb follows at once ("a
    comment that reopened old wounds") rather than the noun's content ("the claim that he lied")."""
    return that + 1 >= len(tokens) or tokens[that + 1].text[0].islower() and tokens[that + 1].lower.endswith("ed")


def _owner(tokens: list[Token], noun: int) -> TokenRange | None:
    """The possessive owner before a noun cue, skipping a few modifiers."""
    k = noun
    while k > 0 and noun - k < MAX_MODIFIERS and tokens[k - 1].kind == "word" \
            and tokens[k - 1].text[0].islower() and tokens[k - 1].lower not in POSSESSIVE_PRONOUNS:
        k -= 1
    if k == 0:
        return None
    owner = tokens[k - 1]
    if owner.lower in POSSESSIVE_PRONOUNS:
        return (k - 1, k)
    if owner.kind != "word" or strip_possessive(owner.text) == owner.text or not is_name_word(owner):
        return None
    start = k - 1
    while start > 0 and is_name_word(tokens[start - 1]) \
            and strip_possessive(tokens[start - 1].text) == tokens[start - 1].text:
        start -= 1
    return (start, k)


def _light_verb_subject(tokens: list[Token], noun: int) -> TokenRange | None:
    """The subject of a light verb whose object is the noun cue: "Le Pen voiced support for
    Trump", "Clinton has expressed deep concern about …"."""
    k = noun
    while k > 0 and noun - k <= MAX_MODIFIERS and tokens[k - 1].kind == "word" \
            and tokens[k - 1].lower not in LIGHT_VERBS and tokens[k - 1].text[0].islower():
        k -= 1
    if k == 0 or tokens[k - 1].lower not in LIGHT_VERBS:
        return None
    return phrase_before(tokens, k - 1)


def _clause_subject(tokens: list[Token], noun: int) -> TokenRange | None:
    """The sentence's subject as the source of an unowned noun cue after its verb ("Cruz
    would not comment on …", "Trump took credit for …")."""
    subject = sentence_subject(tokens, noun)
    if subject is None or subject[1] >= noun or tokens[subject[0]].lower in IMPERSONAL_SUBJECTS:
        return None
    return subject


def _opens_noun_phrase(token: Token) -> bool:
    return token.lower in DETERMINERS or token.lower in POSSESSIVE_PRONOUNS or is_name_word(token)


def _giver_after(tokens: list[Token], noun: int) -> TokenRange | None:
    """The source after "from" when the noun's own preposition or "that" follows it ("warnings
    from medical experts about Zika", "criticism from rivals that …"); "of" is left out, as
    it mostly belongs to the source ("support from 52 percent of voters")."""
    wanted = (set(NOUN_CUE_PREPOSITIONS.get(tokens[noun].lower, ())) | {"that"}) - {"of"}
    for j in range(noun + 3, min(len(tokens), noun + 2 + MAX_GIVER)):
        if tokens[j].lower == "to" and j + 1 < len(tokens) and _opens_noun_phrase(tokens[j + 1]):
            return None  # "calls from listeners to his radio program": a place, not an infinitive
        if tokens[j].lower in wanted:
            return (noun + 2, j)
        if tokens[j].kind != "word":
            return None
    return None


def _stance_without_owner(tokens: list[Token], noun: int, following: str) -> bool:
    """Whether a noun cue with no owner still reports someone's words or stance: "the claim
    that …", "amid fears that …", "declined to comment on …", "spoke in favor of …"."""
    word = tokens[noun].lower
    before = tokens[noun - 1].lower if noun > 0 else ""
    if following == "that" and (before in {"the", "a"} or word in THAT_CLAUSE_NOUNS) or following == "whether":
        return True  # ("whether" stands for any indirect question after "the question of")
    in_phrase = before == "in" or before == "the" and noun > 1 and tokens[noun - 2].lower == "in"
    return following in UNOWNED_NOUN_CUES.get(word, ()) or in_phrase and word in STANCE_PHRASE_NOUNS


def _opens_sentence(tokens: list[Token], start: int) -> bool:
    """Whether the noun phrase around `start` is the sentence's subject: only articles and
    modifiers (or an opening "But") stand before it."""
    first = start
    while first > 0 and start - first <= MAX_MODIFIERS and tokens[first - 1].kind == "word" \
            and tokens[first - 1].text[0].islower() and tokens[first - 1].lower not in PREPOSITIONS:
        first -= 1
    return first == 0 or first == 1 and tokens[0].lower in OPENING_CONJUNCTIONS


def _before_main_verb(tokens: list[Token], content: TokenRange) -> TokenRange:
    """The object of a subject noun ends before the sentence's verb: "His refusal to sign
    the lease was a mistake"."""
    a, b = content
    if tokens[a].lower in QUESTION_WORDS:
        return content  # "questions about whether he was …" keep their clause
    end = next((j for j in range(a + 1, b) if tokens[j].lower in MAIN_VERB_MARKERS), b)
    return (a, end)


def _noun_content(tokens: list[Token], noun: int, at: int) -> tuple[str, TokenRange | None]:
    """What follows a noun cue from index `at` (the noun, or the end of a source after it):
    the word that opens the content, and the content's token range."""
    following = tokens[at + 1].lower
    if tokens[noun].lower in QUESTION_NOUNS and following == "of" and at + 2 < len(tokens) \
            and tokens[at + 2].lower in QUESTION_WORDS:
        end = clause_end(tokens, at + 2)  # "the question of whether …": an indirect question
        return "whether", ((at + 2, end) if end > at + 3 else None)
    that = at + 1
    if following in COPULAS and at + 2 < len(tokens) and tokens[at + 2].lower == "that":
        following, that = "that", at + 2  # "His argument is that …": the predicate is the content
    if following == "that":
        end = clause_end(tokens, that)
        return following, ((that, end) if end > that + 1 else None)
    if following in NOUN_CUE_PREPOSITIONS.get(tokens[noun].lower, ()):
        content = _noun_object(tokens, at + 2)
        verb = tokens[at + 2] if at + 2 < len(tokens) else None
        infinitive = following == "to" and verb is not None and verb.text[0].islower() and verb.lower not in DETERMINERS
        if content and infinitive:
            content = (at + 1, content[1])  # "his refusal to endorse": annotators keep the "to"
        return following, content
    return following, None


# Unowned accusations belong to no one in their clause: its subject is the accused ("The Tea
# Party has been beset with allegations of racism", "Clinton denied accusations that …").
ACCUSATION_NOUNS: frozenset[str] = frozenset({
    "allegation", "allegations", "accusation", "accusations", "charge", "charges",
})


def _noun_frame(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """The frame of the noun cue at k: its owner as source and what follows it as content."""
    token = tokens[k]
    if tokens[k + 1].lower == "that" and _relative_that(tokens, k + 1):
        return None  # "a claim that originated in …": a relative clause, not what was said
    from_source = tokens[k + 1].lower == "from" and token.lower not in BACKING_NOUNS  # see _received_frame
    giver = _giver_after(tokens, k) if from_source else None
    following, content = _noun_content(tokens, k, giver[1] - 1 if giver else k)
    if content is None:
        return None
    owned = None if giver else _owner(tokens, k)
    owner = giver or owned or _light_verb_subject(tokens, k)
    if owner is None and not _stance_without_owner(tokens, k, following):
        return None
    if owned and following not in {"that", "whether"} and owned[0] > 0 \
            and tokens[owned[0] - 1].lower in STANCE_PHRASE_LEADS:
        content = (owned[0], content[1])  # "defended his praise of Putin": the stance itself is reported
    phrase_start = owner[0] if owner and owner[0] < k else k
    if following not in {"that", "whether"} and _opens_sentence(tokens, phrase_start):
        content = _before_main_verb(tokens, content)
    if owner is None and token.lower not in ACCUSATION_NOUNS:
        owner = _clause_subject(tokens, k)
    frame = Attribution(si, token, owner, sentences=[si], cue_at=k, confidence=NOUN_CUE_CONFIDENCE)
    frame.content_range = [content]
    return frame


def _receiving_verb(tokens: list[Token], noun: int) -> int | None:
    """Index of the verb by which someone receives the backing noun at `noun` ("won the
    endorsement of", "has the overwhelming support of"), skipping a few modifiers."""
    k = noun
    while k > 0 and noun - k <= MAX_MODIFIERS and tokens[k - 1].lower not in RECEIVING_VERBS \
            and (tokens[k - 1].kind == "word" and tokens[k - 1].text[0].islower()
                 or tokens[k - 1].text[:1].isdigit() or tokens[k - 1].text == "%"):  # "48% support"
        k -= 1
    return k - 1 if k > 0 and tokens[k - 1].lower in RECEIVING_VERBS else None


def _received_frame(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"Cruz won the endorsement of the Union Leader": the backer ("of"/"from" …) is the
    source and the one backed, the receiving verb's subject, is the content."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower not in {"of", "from"}:
        return None  # without its backer, "has support" is mostly a poll figure
    verb = _receiving_verb(tokens, k)
    backed = phrase_before(tokens, verb) if verb is not None else None
    if backed is None:
        return None
    if tokens[backed[0]].lower == "that" and backed[1] - backed[0] > 1:
        backed = (backed[0] + 1, backed[1])  # "assumed that Clarke had the backing of …"
    source = phrase_after(tokens, k + 2, permissive=True)
    frame = Attribution(si, tokens[k], source, sentences=[si], cue_at=k, confidence=NOUN_CUE_CONFIDENCE)
    frame.content_range = [backed]
    return frame


def _copula_before(tokens: list[Token], noun: int) -> int | None:
    """Index of the copula before an agent noun ("is a fierce supporter", "was one of the
    earliest backers"), skipping articles, modifiers and "one of the"."""
    k = noun
    while k > 0 and noun - k <= MAX_AGENT_MODIFIERS and tokens[k - 1].kind == "word" \
            and tokens[k - 1].lower not in COPULAS and tokens[k - 1].text[0].islower() \
            and tokens[k - 1].lower not in PREPOSITIONS - {"of"}:  # "is disliked by supporters of"
        k -= 1
    return k - 1 if k > 0 and tokens[k - 1].lower in COPULAS else None


def _agent_frame(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"Rhonda Hughes is a fervent supporter of Trump": the subject holds a stance toward the
    object of the agent noun."""
    if tokens[k + 1].lower != "of":
        return None
    copula = _copula_before(tokens, k)
    holder = phrase_before(tokens, copula) if copula is not None else None
    content = _noun_object(tokens, k + 2)
    if holder is None or content is None:
        return None
    frame = Attribution(si, tokens[k], holder, sentences=[si], cue_at=k, confidence=NOUN_CUE_CONFIDENCE)
    frame.content_range = [content]
    return frame


def _viewpoint_frame(si: int, tokens: list[Token], taken: set[int]) -> Attribution | None:
    """"In Trump’s view, the deal is a disaster": a clause framed as someone's view, opened
    by "In" and an owned viewpoint noun before a comma, or by "By" and a reckoning ("By the
    AP's tally, …", "By some measures, …")."""
    if len(tokens) < 5 or tokens[0].lower not in VIEWPOINT_OPENERS:
        return None
    comma = next((k for k in range(2, min(len(tokens), MAX_VIEWPOINT_OPENER)) if tokens[k].text == ","), None)
    if comma is None or tokens[comma - 1].lower not in VIEWPOINT_OPENERS[tokens[0].lower] or comma - 1 in taken:
        return None
    owner = _owner(tokens, comma - 1)
    if owner is None and tokens[0].lower == "by":
        owner = (1, comma)  # "By some estimates, …": the estimates are the source
    end = clause_end(tokens, comma + 1)
    if owner is None or end <= comma + 2:
        return None
    frame = Attribution(si, tokens[comma - 1], owner, sentences=[si], cue_at=comma - 1,
                        confidence=NOUN_CUE_CONFIDENCE)
    frame.content_range = [(comma + 1, end)]
    return frame


def _holder_phrase(tokens: list[Token], start: int, comma: int) -> bool:
    """"many", "others", "Sharp", "Florida consultant Wilson": whom a view belongs to."""
    first = tokens[start]
    if first.lower in NOT_PERSPECTIVE_STARTS:
        return False
    if comma == start + 1 and first.lower in PERSPECTIVE_HOLDERS:
        return True
    return is_name_word(first) and all(t.kind == "word" for t in tokens[start:comma])


def _perspective_frame(si: int, tokens: list[Token], taken: set[int]) -> Attribution | None:
    """"To many, Santilli is a provocateur": a clause that holds true in someone's eyes, opened
    by "To" and the holder before a comma; a relative clause after the holder is skipped
    ("To Sexton, who studies rallies, Tuesday marked a turning point")."""
    k = 1 if tokens and tokens[0].lower in OPENING_CONJUNCTIONS else 0
    if len(tokens) < k + 5 or tokens[k].lower != "to" or k in taken:
        return None
    comma = next((j for j in range(k + 2, min(len(tokens), k + MAX_VIEWPOINT_OPENER)) if tokens[j].text == ","), None)
    if comma is None or not _holder_phrase(tokens, k + 1, comma):
        return None
    start = comma + 1
    if tokens[start].lower in {"who", "whom"}:
        start = next((j + 1 for j in range(start + 1, len(tokens)) if tokens[j].text == ","), len(tokens))
    end = clause_end(tokens, start) if start < len(tokens) else start
    if end <= start + 2:
        return None
    frame = Attribution(si, tokens[k], (k + 1, comma), sentences=[si], cue_at=k, confidence=NOUN_CUE_CONFIDENCE)
    frame.content_range = [(start, end)]
    return frame


def noun_frames(si: int, tokens: list[Token], taken: set[int], words: set[str]) -> list[Attribution]:
    """Frames for the nouns of a sentence (whose lower-cased words are `words`) not already
    used as another frame's cue: noun cues, received backing, agent nouns and a viewpoint
    opener (one pass over the tokens, skipped when the sentence holds none of the nouns)."""
    frames = []
    nouns = range(len(tokens) - 1) if not NOMINAL_WORDS.isdisjoint(words) else ()
    for k in nouns:
        word = tokens[k].lower
        if word not in NOMINAL_WORDS or k in taken:
            continue
        frame = _noun_frame(si, tokens, k) if word in NOUN_CUES else None
        if frame is None and word in BACKING_NOUNS:
            frame = _received_frame(si, tokens, k)
        if frame is None and word in STANCE_AGENT_NOUNS:
            frame = _agent_frame(si, tokens, k)
        if frame is not None:
            frames.append(frame)
    taken_here = taken | {f.cue_at for f in frames} if frames else taken
    viewpoint = _viewpoint_frame(si, tokens, taken_here) or _perspective_frame(si, tokens, taken_here)
    return frames + [viewpoint] if viewpoint else frames
