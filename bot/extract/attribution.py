"""Attributions: who said what, found from cue words and the quotes and clauses around them.

`analyse(text)` reads an article once and returns every attribution (source, cue, content
spans, relaying source) plus the quoted passages and sentences it found. Quotes, reported
speech and the scorer's JSONL are all views of this one analysis.
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from bot.extract.clauses import (
    ASKED_QUESTION_WORDS,
    DASHES,
    QUESTION_WORDS,
    TIME_WORDS_OR_TIME_UNITS,
    clause_end,
    last_quoted_char,
    left_content,
    object_content,
    quote_run_before,
    range_spans,
    right_content,
)
from bot.extract.cues import (
    CUE_CANDIDATES,
    HEADLINE_CUES,
    INITIAL_CUES,
    OPENING_CONJUNCTIONS,
    find_source,
    is_cue,
    is_stance_cue,
)
from bot.extract.frames import ArticleAnalysis, Attribution, TokenRange
from bot.extract.findings import finding_frames
from bot.extract.hedges import clause_subject_start, hedge_frames
from bot.extract.nominal import noun_frames
from bot.extract.passives import passive_frames
from bot.extract.titles import title_frames
from bot.extract.lexicon import (
    CHARACTERISING_VERBS,
    EVIDENCE_SOURCES,
    EVIDENCE_VERBS,
    FINITE_AUXILIARIES,
    HEDGE_COPULAS,
    OUTLETS,
    PHRASAL_CUES,
    PLACES,
    PREPOSITIONS,
    RELAY_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
)
from bot.extract.quotemarks import QuotedPassage, find_quoted_passages
from bot.extract.relay import WRITTEN_CUES, outlet_relay, platform_relay
from bot.extract.sentences import Sentence, Token, split_sentences
from bot.extract.sources import phrase_after
from bot.extract.speakers import ArticleSpeakers, resolve_source, strip_possessive
from bot.extract.unattributed import attach_unclaimed

__all__ = ["ArticleAnalysis", "Attribution", "analyse"]

# For word tests over a run of tokens done by a set method or `in`, in one pass with no generator.
_lower = attrgetter("lower")
_kind = attrgetter("kind")

# What may stand before a source that starts a new clause; anything else embeds it
# ("Nothing the president said", "said Fox executives were calling").
CLAUSE_OPENERS: frozenset[str] = frozenset({",", ";", ":", "and", "but", "—", "–", "(", ")", "so", "yet"})
# Words before "asked" that make it a question put to the subject ("when asked whether …"),
# and how far the question word may follow ("when asked by a reporter if …").
PASSIVE_QUESTION_LEADS: frozenset[str] = frozenset({"when", "after", "once", "if", "was", "were", "been", "being"})
MAX_BEFORE_QUESTION = 8
# Cues that may be capitalised: sentence openers and headline verbs.
CAPITALISED_CUES: frozenset[str] = INITIAL_CUES | HEADLINE_CUES
# Every cue word in lower case, capitalised ones too: a sentence holding none of them has no cue.
CUE_WORDS: frozenset[str] = CUE_CANDIDATES | {cue.lower() for cue in CAPITALISED_CUES}
# Starting confidence by how the source was found (measured precision on train).
BASE_CONFIDENCE: dict[str, float] = {"left": 0.85, "right": 0.9, "according": 0.8, "inherit": 0.7}
# Confidence lost by content that is a clause rather than a quote (measured on train).
CLAUSE_PENALTY = 0.05
REPORTED_PENALTY = 0.15
INVERTED_CLAUSE_PENALTY = 0.2
# Confidence lost by a frame whose cue lies inside another frame's content ("said he plans
# to …"): on PolNeAR train they are right 0.54 of the time, others 0.73 (direct: 0.72 vs 0.91).
NESTED_PENALTY = 0.15
# A stance or reporting cue inside another frame's content, with a content this short (in
# words), is part of what the outer source said ("said he will support Trump", "announced
# his support for Cruz"): annotators leave it inside the outer content. On PolNeAR train
# such frames are right 0.37 of the time; dropping them gains all-F1 on train and dev.
MAX_EMBEDDED_STANCE_WORDS = 8
# Verbs of withholding before "to <stance verb>" ("refused to endorse").
REFUSAL_VERBS: frozenset[str] = frozenset({"refused", "refuses", "refusing", "declined", "declines", "declining"})
# The same for a verb of saying, whose embedded content is only a bare object ("telling the
# truth", "denied the report") with no quote: right one time in four on PolNeAR train.
MAX_EMBEDDED_SPEECH_WORDS = 2
# Prepositions that open an adjunct after a cue ("said in an interview", "was charged by …"),
# not its content: measured on PolNeAR train, such contents are right one time in four.
ADJUNCT_PREPOSITIONS: frozenset[str] = frozenset({"in", "by", "from", "after", "before", "during"})
# Words that join a second verb right after a cue ("chanting and waving"): what follows is no content.
COORDINATORS: frozenset[str] = frozenset({"and", "or"})
# Words before "<pronoun> wants to <verb>" that open a full clause, so no object is missing.
GAP_FREE_WORDS: frozenset[str] = SUBORDINATORS | frozenset({"and", "but", "or", "so", "yet", "that", "though", "then", "now"})
# The adjunct prepositions that set a scene rather than name an agent or origin.
SETTING_ADJUNCT_PREPOSITIONS: frozenset[str] = ADJUNCT_PREPOSITIONS - {"by", "from"}
# Words opening a scene-setting phrase before a source ("In a 1963 speech, he declared …");
# "about" is left out, as it opens quantities ("About 9 million …, figures show").
SETTING_LEADS: frozenset[str] = (PREPOSITIONS - {"about"}) | TIME_WORDS

# Relative pronouns that may open a source ("…, who said …", "…, which reported …").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "whom", "whose", "that"})
# Words that open a subordinate clause and nothing else ("after", "as", "since" also open
# phrases of time: "The day after the primary, Ducey said …").
CLAUSE_SUBORDINATORS: frozenset[str] = SUBORDINATORS - {"after", "as", "since", "before", "until", "once"}
# The label of a note in the outlet's own voice ("Editor’s note: …"): it reports no one's words.
EDITOR_NOTE_LABELS: frozenset[str] = frozenset({"editor’s", "editor's", "editors’", "editors'", "editors"})
# Marks of an embedded post's link or markup ("… https://t.co/… — Name (@handle) June 28,
# 2016</tweet>"): content running into them is a post's trailer, not anyone's words (on
# PolNeAR train one such frame in ten was right).
EMBED_MARKS: tuple[str, ...] = ("http://", "https://", "pic.twitter.com", "<tweet", "</tweet", "<a href")
# Auxiliaries that open a yes/no question ("Do you support Trump?", "Would you back …?").
QUESTION_AUXILIARIES: frozenset[str] = frozenset({"do", "does", "did", "would", "will", "could", "can"})
# Content cut down to this many words where another attribution begins is a stub, not content.
MAX_STUB_WORDS = 4
# A speaker label before a colon has at most this many words ("REP. JOHN SMITH:").
MAX_LABEL_WORDS = 4
# A headline label may go on past the speaker's name with whom or what they address ("Clinton
# to Planned Parenthood: …", "Gillibrand on Hillary’s Speeches: …"), to this many words.
HEADLINE_LABEL_LINKS: frozenset[str] = frozenset({"to", "on", "at"})
MAX_HEADLINE_LABEL_WORDS = 12
# Nouns that end a headline label naming what someone said ("Democrats’ new warning: …").
HEADLINE_SAY_NOUNS: frozenset[str] = frozenset({
    "warning", "reaction", "editorial", "claim", "message", "verdict", "plea", "advice",
    "response", "prediction", "pitch", "answer", "promise", "vow", "charge", "retort",
})
# Capitalised words before a colon that label something other than a speaker.
NON_LABELS: frozenset[str] = frozenset({
    "Note", "Update", "UPDATE", "Correction", "CORRECTION", "Clarification", "CLARIFICATION", "Editor",
    "Editors", "Photo", "Video", "Related", "Read", "Watch", "Click", "Sources", "Source", "Disclosure", "Warning", "A", "Question",
    "Answer", "Transcript", "Partial", "Full", "Listen", "Follow", "Contact", "Caption", "Credit",
    "Results", "Here", "Today", "Tonight", "Breaking", "Live", "Latest",
    "BYLINE", "Byline", "Twitter", "Contributing", "Revealed", "Paid", "Delegate", "Big",
    "LOOK", "Look", "WATCH", "EXCLUSIVE", "Exclusive", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Breitbart", "Email", "Facebook", "Instagram",
    # interjections that open a headline or paragraph ("Wow: …", "BOOM: …", "So: …")
    "So", "Wow", "Boom", "Bombshell",
})
NON_LABEL_WORDS: frozenset[str] = frozenset(w.capitalize() for w in NON_LABELS)
# The interviewer's label in a question-and-answer transcript ("Q: Do you nominate a centrist?"):
# annotators mark the question as the interviewer's words, and often the cues inside it too
# (measured on PolNeAR train; the "A:" answers are more often split at their inner cues, so
# "A" stays a non-label).
INTERVIEWER_LABELS: frozenset[str] = frozenset({"Q"})
# A speaker label's words run to at least this many words ("PENCE: Well, look, …"), unlike
# scores and tallies ("Sanders: 46.").
MIN_LABEL_CONTENT_WORDS = 3
# A cue before a colon that ends its paragraph ("Hewitt writes in the Post:") introduces the
# next paragraph; it lies at most this many tokens before the colon.
MAX_BLOCK_CUE_GAP = 6
BLOCK_QUOTE_CONFIDENCE = 0.5


def _is_relay(tokens: list[Token], frame: Attribution) -> bool:
    """A frame whose source is an outlet relaying someone else's words."""
    if frame.cue is None:
        return False
    if frame.cue.lower == "according":
        return True
    if frame.source is None or frame.cue is None or frame.cue.lower not in RELAY_VERBS:
        return False
    words = " ".join(t.text for t in tokens[frame.source[0]:frame.source[1]] if t.lower != "the")
    return words in OUTLETS


def _dash_frames(si: int, tokens: list[Token], words: set[str]) -> list[Attribution]:
    """The trailing form “…” —Name: a dash after a quote, then a name."""
    if DASHES.isdisjoint(words):
        return []  # most sentences have no dash
    frames = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in DASHES and tokens[k - 1].kind == "quote":
            source = phrase_after(tokens, k + 1)
            if source and tokens[source[0]].text[0].isupper():
                first = quote_run_before(tokens, k)
                frame = Attribution(si, tokens[k], source, sentences=[si], cue_at=k, confidence=0.8)
                frame.content_range = [(first if first is not None else k - 1, k)]
                frames.append(frame)
    return frames


def _section_label(label: list[Token]) -> bool:
    """A label that heads a section, not a speaker's words: "The Latest:", "CORRECTION:",
    "Editor’s Note:", or a place ("Nevada: Adam Khan, Andres Ramirez, …")."""
    words = label[1:] if len(label) > 1 and label[0].text == "The" else label
    first = strip_possessive(words[0].text)
    return first.capitalize() in NON_LABEL_WORDS or " ".join(t.text for t in words) in PLACES


def _speaker_label(label: list[Token]) -> bool:
    """Capitalised words that may name a speaker, not a section ("The Latest")."""
    return bool(label) and all(t.kind == "word" and t.text[0].isupper() for t in label) and not _section_label(label)


def _headline_label(tokens: list[Token]) -> tuple[int | None, TokenRange]:
    """A headline's speaker label that names the audience or topic too: "Clinton to Planned
    Parenthood: …", "Obama on Climate Change: …", "EXCLUSIVE – Roger Stone: …". Returns the
    colon and the speaker's words before it."""
    start = 2 if len(tokens) > 2 and tokens[0].text.upper() == "EXCLUSIVE" and tokens[1].text in DASHES else 0
    colon = next((k for k, t in enumerate(tokens[:start + MAX_HEADLINE_LABEL_WORDS + 1]) if t.text == ":"), None)
    if colon is None or colon <= start:
        return None, (0, 0)
    name_end = next((k for k in range(start + 1, colon) if tokens[k].lower in HEADLINE_LABEL_LINKS), colon)
    if name_end - start > MAX_LABEL_WORDS or name_end < colon and name_end + 1 == colon:
        return None, (0, 0)
    return colon, (start, name_end)


def _label_owner(tokens: list[Token], colon: int) -> TokenRange:
    """The owner of a headline label that names what was said: "Democrats’ new warning: …",
    "WSJ editorial: …" (the capitalised words before the noun); else an empty range."""
    if tokens[colon - 1].lower not in HEADLINE_SAY_NOUNS or colon > MAX_HEADLINE_LABEL_WORDS:
        return (0, 0)
    end = next((k for k in range(colon) if not tokens[k].text[0].isupper()), colon - 1)
    return (0, min(end, colon - 1))


def _label_frames(si: int, sentences: list[Sentence], passages: list[QuotedPassage]) -> list[Attribution]:
    """A paragraph opened by a speaker label: "PENCE: Well, look, …" or the headline form
    "Pence: Flowers won’t be at debate". The content runs to the end of the paragraph."""
    tokens = sentences[si].tokens
    colon = None
    for k, token in enumerate(tokens[:MAX_LABEL_WORDS + 1]):  # (a plain loop: most find none)
        if token.text == ":":
            colon = k
            break
    source = (0, colon or 0)
    if si == 0 and not (colon and _speaker_label(tokens[:colon])):
        colon, source = _headline_label(tokens)
    if si == 0 and colon and not _speaker_label(tokens[source[0]:source[1]]):
        source = _label_owner(tokens, colon)
    if not colon or colon + 1 >= len(tokens) or not _speaker_label(tokens[source[0]:source[1]]):
        return []
    last = si
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[si].paragraph:
        last += 1
    words = sum(1 for i in range(si, last + 1) for t in sentences[i].tokens if t.kind == "word")
    if words - colon < MIN_LABEL_CONTENT_WORDS and all(t.kind != "quote" for t in tokens[colon + 1:]):
        return []
    frame = Attribution(si, tokens[colon], source, sentences=list(range(si, last + 1)),
                        cue_at=colon, confidence=0.6)
    start = tokens[colon + 1].start
    end = sentences[last].end
    quote_ids = [t.quote for i in range(si, last + 1) for t in sentences[i].tokens if t.kind == "quote"]
    only_quote = len(quote_ids) == 1 and passages[quote_ids[0]].start == start and passages[quote_ids[0]].end >= end - 1
    if only_quote:
        frame.passages.append(quote_ids[0])
        frame.content.extend((s.outer_start, s.outer_end) for s in passages[quote_ids[0]].segments)
        frame.direct = True
    else:
        frame.partial.extend(quote_ids)
        frame.content.append((start, end))
    return [frame]


def _label_over_inner_frames(si: int, sentences: list[Sentence], passages: list[QuotedPassage],
                             found: list[Attribution]) -> list[Attribution]:
    """A headline or transcript line opened by a speaker label ("Trump: My plans aren't set
    in stone", "FALLIN: I think he is trying …") is the label's words as a whole; cues inside
    them ("I think …") are part of what the speaker said (measured on PolNeAR train and dev)."""
    sentence = sentences[si]
    label = _label_frames(si, sentences, passages)
    if not label or any(f.cue_at is None or f.cue_at < label[0].cue_at for f in found):
        return found
    words = sentence.tokens[:label[0].cue_at]
    if len(words) == 1 and words[0].text in INTERVIEWER_LABELS:
        return found + label  # the question as a whole, and what it reports inside
    transcript = all(t.text.isupper() and len(t.text) > 1 for t in words)
    return label if transcript or sentence.paragraph == 0 else found


def _block_quote_frames(si: int, sentences: list[Sentence]) -> list[Attribution]:
    """"Hewitt writes:" ending its paragraph, then the writer's words set off as a paragraph of
    their own without quote marks: the cue's content is that next paragraph."""
    tokens = sentences[si].tokens
    if len(tokens) < 3 or tokens[-1].text != ":" or si + 1 >= len(sentences):
        return []
    following = sentences[si + 1]
    if following.paragraph == sentences[si].paragraph or not following.tokens or following.tokens[0].kind != "word":
        return []
    c = next((k for k in range(len(tokens) - 2, max(-1, len(tokens) - 2 - MAX_BLOCK_CUE_GAP), -1)
              if tokens[k].lower in SPEECH_VERBS and is_cue(tokens, k)), None)
    if c is None:
        return []
    source, how = find_source(tokens, c, [])
    if source is None or how != "left":
        return []
    last = si + 1
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == following.paragraph:
        last += 1
    frame = Attribution(si, tokens[c], source, sentences=list(range(si, last + 1)), cue_at=c,
                        confidence=BLOCK_QUOTE_CONFIDENCE)
    frame.content.append((following.start, sentences[last].end))
    return [frame]


QUESTION_WORDS_OR_ABOUT: frozenset[str] = QUESTION_WORDS | {"about"}  # built once, not on every call


def _question_frames(si: int, tokens: list[Token], words: set[str]) -> list[Attribution]:
    """"Asked whether he would run, Reid said …": the question is an attribution of its own,
    with no source named in the sentence."""
    if "asked" not in words:
        return []  # (nearly every sentence)
    k = 0
    if tokens and tokens[0].lower in {"when", "after", "once"}:
        k = 1
    if k >= len(tokens) or tokens[k].text != "Asked" and not (k and tokens[k].lower == "asked"):
        return []
    comma = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or comma - k < 2:
        return []
    frame = Attribution(si, tokens[k], None, sentences=[si], cue_at=k, confidence=0.5)
    # "Asked at a briefing Monday about her role, …": the question starts at its question
    # word or "about", after any adjunct (measured on PolNeAR train; dev unchanged).
    start = next((j for j in range(k + 1, comma - 1) if tokens[j].lower in QUESTION_WORDS_OR_ABOUT), k + 1)
    frame.content_range = [(start, comma)]
    return [frame]


HEDGE_COPULAS_OR_HAVE: frozenset[str] = HEDGE_COPULAS | {"has", "have", "had"}  # built once, not on every call


def _passive_request(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"Rubio was asked to name a single achievement": a request put to the subject, with no
    source; the subject and the infinitive are the content."""
    if tokens[k - 1].lower not in HEDGE_COPULAS or tokens[k + 1].lower != "to" \
            or k + 2 >= len(tokens) or tokens[k + 2].kind != "word":
        return None
    first = k - 1
    while first > 0 and tokens[first - 1].lower in HEDGE_COPULAS_OR_HAVE:
        first -= 1
    start = clause_subject_start(tokens, first)
    end = clause_end(tokens, k + 1)
    if start >= first or end <= k + 2:
        return None
    frame = Attribution(si, tokens[k], None, sentences=[si], cue_at=k, confidence=0.5)
    frame.content_range = [(start, end)]
    return frame


ASKED_QUESTION_WORDS_OR_ABOUT: frozenset[str] = ASKED_QUESTION_WORDS | {"about"}  # built once, not on every call


def _passive_question_frames(si: int, tokens: list[Token], taken: set[int], words: set[str]) -> list[Attribution]:
    """"…, he said when asked whether he would run": the question is an attribution with no
    source in the sentence, from its question word (or "about") to the end of its clause."""
    if "asked" not in words:
        return []
    frames = []
    for k in range(1, len(tokens) - 1):
        if k in taken or tokens[k].lower != "asked" or tokens[k - 1].lower not in PASSIVE_QUESTION_LEADS:
            continue
        request = _passive_request(si, tokens, k)
        if request is not None:
            frames.append(request)
            continue
        for j in range(k + 1, min(len(tokens), k + MAX_BEFORE_QUESTION)):
            if tokens[j].kind != "word":
                break
            if tokens[j].lower in ASKED_QUESTION_WORDS_OR_ABOUT:
                end = clause_end(tokens, j)
                end = next((e for e in range(j, end) if tokens[e].text == ","), end)  # "…, when asked X, he …"
                if end > j + 1:
                    frame = Attribution(si, tokens[k], None, sentences=[si], cue_at=k, confidence=0.5)
                    frame.content_range = [(j, end)]
                    frames.append(frame)
                break
    return frames


def _relative_clause_end(tokens: list[Token], span: tuple[int, int]) -> int:
    """A relative clause ("…, who said the bill was “a disgrace,” voted …") ends at its comma."""
    for k in range(span[0], span[1]):
        if tokens[k].text == ",":
            return k
        if tokens[k].kind == "quote" and last_quoted_char(tokens[k]) == ",":
            return k + 1
    return span[1]


def _adjunct_only(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Content after a cue that is only an adjunct phrase, with no "that" clause or quote."""
    a, b = span
    return tokens[a].lower in ADJUNCT_PREPOSITIONS and all(
        t.text == "," or t.kind == "word" and t.lower != "that" for t in tokens[a:b])


def _setting_only(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Content before a source that only sets the scene: a phrase of place or time, no quote."""
    a, b = span
    k = a + 1 if tokens[a].lower in OPENING_CONJUNCTIONS and a + 1 < b else a
    if tokens[k].lower not in PREPOSITIONS and not FINITE_AUXILIARIES.isdisjoint(map(_lower, tokens[k:b])):
        return False  # "This has been a concern, Lee said": a clause, not a phrase of time
    return tokens[k].lower in SETTING_LEADS and all(t.kind == "word" for t in tokens[a:b])


# Words after "…, he said," that open a clause about the source, not more of the content;
# "a"/"an" open an appositive ("…, said Ana Ruiz, a city planner").
SOURCE_CLAUSE_OPENERS: frozenset[str] = frozenset({"who", "whom", "whose", "which", "where", "or", "a", "an"})
# Signs that open an amount, which may go on with the content after "…, he said," ("…
# receives, according to one report, $234 million …").
AMOUNT_SIGNS: frozenset[str] = frozenset({"$", "€", "£"})
# Words after "…, he said," that join a second clause of the same content ("…, they said,
# and you risk …"), unless that clause has a cue of its own.
CONTENT_JOINERS: frozenset[str] = frozenset({"but", "and", "so", "yet"})


def _parenthetical(tokens: list[Token], head: int, after: int, how: str) -> bool:
    """Source and cue set off by commas inside the content: "…, he said, …"."""
    if not (head > 0 and tokens[head - 1].text == "," and after < len(tokens) - 1
            and tokens[after].text == "," and (tokens[after + 1].kind == "word" or tokens[after + 1].text in AMOUNT_SIGNS)):
        return False
    opener = tokens[after + 1].lower
    if is_cue(tokens, after + 1):
        return False  # "…, Spicer said, adding “…”": a second attribution, not more content
    if opener in CONTENT_JOINERS:
        # Measured on PolNeAR train: "…, they said, and …" goes on with the same content,
        # when a named source precedes its cue and the clause has no cue of its own.
        return how == "left" and not any(is_cue(tokens, k) for k in range(after + 2, len(tokens)))
    return opener not in SOURCE_CLAUSE_OPENERS


def _joined_adjunct_end(tokens: list[Token], after: int) -> int:
    """The comma that ends an adjunct after a cue when "and"/"but" goes on with the content
    ("…, the agency said in a June report, and those in …"), else `after`. (Other asides
    after such an adjunct mostly follow a scene-setting phrase: measured on PolNeAR train.)"""
    if after < len(tokens) and tokens[after].lower in TIME_WORDS_OR_TIME_UNITS:
        k = after
        while k < len(tokens) and tokens[k].lower in TIME_WORDS_OR_TIME_UNITS:
            k += 1
        # "…, he observed this week, without cranes, …"; not "…, he said Friday, as they …"
        goes_on = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower not in SUBORDINATORS
        return k if goes_on else after
    if after >= len(tokens) or tokens[after].lower not in SETTING_ADJUNCT_PREPOSITIONS:
        return after  # ("supported by majorities of men, and …": an agent, not an adjunct)
    k = after
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower != "that":
        k += 1
    joined = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in CONTENT_JOINERS
    return k if joined else after


def _spans_most_of(inner: Attribution, outer: Attribution) -> bool:
    """Whether the inner frame's content covers at least half of the outer one's: a speaker
    the outlet relays, not a noun cue inside its clause ("Despite Will’s call to abandon
    Trump, he leads …, according to a poll")."""
    size = sum(b - a for a, b in outer.content_range)
    inside = sum(b - a for a, b in inner.content_range)
    return 2 * inside >= size


def _quoted(tokens: list[Token], span: tuple[int, int]) -> bool:
    return "quote" in map(_kind, tokens[span[0]:span[1]])


def _infinitive_after_verb(tokens: list[Token], source: tuple[int, int], c: int) -> bool:
    """A cue in an infinitive after its subject's own verb ("has not bothered to ask"): the
    clause before the subject is no content of the cue."""
    return c >= 2 and tokens[c - 1].lower == "to" and source[1] < c - 1


def _coordinated(tokens: list[Token], c: int, how: str) -> bool:
    """A cue right after "and"/"but" that takes its source from an earlier verb ("announced
    that … and vowed to …"): the second predicate of the same speaker, not words said inside
    the first verb's content, so its bare content counts (measured on PolNeAR train and dev;
    allowing fillers, "and later vowed", gained nothing)."""
    return how == "inherit" and c > 0 and tokens[c - 1].lower in {"and", "but"}


def _frame_at_cue(si: int, tokens: list[Token], c: int, frames: list[Attribution]) -> Attribution | None:
    """The attribution a cue at index c makes: its source, and the token ranges of its content
    before the source ("“…,” she said"), after the cue ("said that …"), or both."""
    source, how = find_source(tokens, c, frames)
    if source is None:
        return None
    cue = tokens[c]
    frame = Attribution(si, cue, source, sentences=[si], cue_at=c, confidence=BASE_CONFIDENCE[how])
    phrasal = cue.lower in PHRASAL_CUES and c + 1 < len(tokens) and tokens[c + 1].lower == PHRASAL_CUES[cue.lower]
    cue_end = c + 2 if cue.lower == "according" or phrasal else c + 1
    after = max(cue_end, source[1]) if how in {"right", "according"} else cue_end
    head = min(source[0], c) if how != "inherit" else c
    # (the first cue of a sentence, the common case, lies in no other frame's content)
    nested = bool(frames) and any(a <= c < b for f in frames for a, b in f.content_range) \
        and not _coordinated(tokens, c, how)
    right_probe = right_content(tokens, c, after, how, False, head, nested)
    if right_probe is not None and _adjunct_only(tokens, right_probe):
        right_probe = None  # "…, she said in a video message to the convention": no content follows
    quoted_right = right_probe is not None and tokens[right_probe[0]].kind == "quote"
    left = left_content(tokens, head, how, right_probe is not None, quoted_right)
    if left is not None and _infinitive_after_verb(tokens, source, c) and not _quoted(tokens, left):
        left = None  # "According to the Post, the mayor has not bothered to ask …": not what was asked
    quoted_left = left is not None and _quoted(tokens, left)
    right = right_content(tokens, c, after, how, True, head, nested) if quoted_left else right_probe
    if right is None and not quoted_left:
        aside_end = _joined_adjunct_end(tokens, after)
        if _parenthetical(tokens, head, aside_end, how):
            # "The goal, he said, is to forge …", "The implication, according to the aide, is
            # that …": the clause runs around source and cue, one content in two parts.
            end = clause_end(tokens, aside_end + 1)
            if end > aside_end + 1:
                right = (aside_end + 1, end)
                if left is None:
                    first = max((k + 1 for k in range(head - 1) if tokens[k].text in {",", ";", ":"}), default=0)
                    left = (first, head - 1) if head - 1 > first else None
    if right is None and (left is None or how == "left" and _setting_only(tokens, left)) and cue.lower in EVIDENCE_VERBS \
            and any(t.lower in EVIDENCE_SOURCES for t in tokens[source[0]:source[1]]) and after < len(tokens):
        # "Polls show Trump leading in Ohio": a finding needs no "that" (nor does one after
        # a phrase of time: "For the first time, a poll shows …").
        end = clause_end(tokens, after)
        right = (after, end) if end > after else None
        left = left if right is None else None
    if right and head > 0 and tokens[head - 1].lower == "what" and cue.lower in CHARACTERISING_VERBS:
        # "condemned what he called a “brazen breach” of U.N. resolutions": annotators take
        # the whole noun phrase, from "what" to its end.
        whole = object_content(tokens, right[0])
        end = max(right[1], whole[1] if whole else right[1])
        right = (head - 1, _quoted_name_end(tokens, right[0], end))
    if right and tokens[source[0]].lower == "who":
        right = (right[0], _relative_clause_end(tokens, right))
    if right is not None and left is None and _adjunct_only(tokens, right):
        right = None  # "she said in a video message", "was confirmed by the Senate"
    if right is not None and right[0] == after and tokens[after].lower in COORDINATORS \
            and not _quoted(tokens, right):
        right = None  # "laughed and applauded", "what Obama says and promises": a second verb, not content
    if left is not None and right is None and how == "left" and _setting_only(tokens, left):
        left = None  # "In a 1963 speech, he declared" with nothing said after the cue
    if right is not None and left is None and _gapped_infinitive(tokens, source, c, right):
        return None  # "the very people they refuse to define: …": the object is the noun before
    if left is not None and tokens[source[0]].lower in RELATIVE_PRONOUNS:
        left = None  # "The wild card is Trump, who had shown …": before "who" stands its antecedent, not content
    frame.content_range = [p for p in (left, right) if p and p[1] > p[0]]
    frame.head = head
    return frame if frame.content_range else None


def _gapped_infinitive(tokens: list[Token], source: tuple[int, int], c: int, right: tuple[int, int]) -> bool:
    """A stance verb's bare infinitive inside a relative clause without "that" ("the wall he
    wants to build.", "people they refuse to define: …"): the verb's object is the noun before
    the pronoun, so "to build" alone is no content."""
    if tokens[c].lower not in STANCE_VERBS or right[0] != c + 1 or c + 3 > len(tokens) or tokens[c + 1].lower != "to":
        return False
    if c + 3 < len(tokens) and tokens[c + 3].kind == "word":
        return False  # "they refuse to define the enemy": the object follows
    if source != (c - 1, c) or tokens[c - 1].lower not in SUBJECT_PRONOUNS or c < 2:
        return False
    before = tokens[c - 2]
    return before.kind == "word" and before.text[0].islower() and before.lower not in GAP_FREE_WORDS


DASHES_OR_HYPHEN: frozenset[str] = DASHES | {"-"}  # built once, not on every call


def _quoted_name_end(tokens: list[Token], start: int, end: int) -> int:
    """End of "what she called a “rant,”" before an appositive or a dash that describes the
    thing named ("…, a series of online postings …", "tribalism - a conviction …"): the name
    ends at a quote closed by a comma, or at a dash (measured on PolNeAR train and dev)."""
    for k in range(start, end):
        token = tokens[k]
        if token.kind == "quote" and (last_quoted_char(token) == ","
                                      or k + 1 < end and tokens[k + 1].text in {","} | DASHES):
            return k + 1
        if k > start and token.text in DASHES_OR_HYPHEN:
            return k
    return end


def _relative_head(tokens: list[Token], head: int) -> bool:
    """A source that is a relative pronoun set off by a comma or dash ("that Walker, who
    charges $20,000 a speech, has lost …"): its attribution sits inside the clause around it,
    which goes on past it (measured on PolNeAR train; "and who …" is a clause of its own)."""
    return tokens[head].lower in RELATIVE_PRONOUNS and tokens[head - 1].lower not in {"and", "but"}


def _subordinate_before(tokens: list[Token], a: int, head: int) -> bool:
    """Whether the content from `a` ends, at the comma before `head`, a subordinate clause it
    opened ("that lately, when he gives speeches, he said, he is asked …", "if elected, she
    said, she would …"): the main clause after the source and cue is still the content
    (measured on PolNeAR train; dev unchanged)."""
    if tokens[head - 1].text != ",":
        return False
    opener = next((k for k in range(head - 2, a - 1, -1) if tokens[k].lower in CLAUSE_SUBORDINATORS), None)
    return opener is not None and all(t.text != "," for t in tokens[opener:head - 1])


# Punctuation that closes a quote's words before its mark ("“…,”", "“…?”").
CLOSING_PUNCT: frozenset[str] = frozenset({",", ".", "?", "!", "—", "–", "-", "…", ":", ";"})


def _ends_words_before(tokens: list[Token], frame: Attribution) -> bool:
    """Whether the quote before a frame's source ends the words before it: its words close
    with punctuation ("“…,” she said"), or a name or pronoun follows ("“Who cares” Trump
    said")."""
    head = frame.head
    source = tokens[head]
    return last_quoted_char(tokens[head - 1]) in CLOSING_PUNCT or source.text[0].isupper() or source.lower in SUBJECT_PRONOUNS


def _source_runs_on_quote(tokens: list[Token], frame: Attribution) -> bool:
    """A source that only continues a quoted phrase ("to fight “Black Lives Matter” violence
    against …", "he “cannot walk down the street” without reporters asking him …"): its
    frame is no attribution, and the clause around the quote goes on past it. Measured on
    PolNeAR train and dev (keeping those after a determiner, "the “Avatar” star posted …",
    lost on both)."""
    head = frame.head
    if head is None or head < 1 or frame.cue is None or tokens[head - 1].kind != "quote":
        return False
    return not _ends_words_before(tokens, frame)


def _trim_at_heads(tokens: list[Token], frames: list[Attribution]) -> None:
    """A clause ends where the next attribution in the sentence begins, but not where that
    one is embedded in it: "was “absolutely right” when he said …"."""
    heads = sorted(f.head for f in frames if f.head is not None and f.cue is not None
                   and (f.cue.lower in SPEECH_VERBS or f.cue.lower == "according")
                   and f.head > 0 and (tokens[f.head - 1].kind == "quote"
                                       or tokens[f.head - 1].lower in CLAUSE_OPENERS)
                   and not _relative_head(tokens, f.head))
    for frame in frames:
        trimmed = []
        for a, b in frame.content_range:
            cut = False
            for h in heads:
                if a < h < b and not _subordinate_before(tokens, a, h):
                    b, cut = h, True
            while b > a and (tokens[b - 1].text in {",", ";", ":", "and", "but", "—", "–"}):
                b -= 1
            if cut and frame.head is not None and b <= frame.head and _word_count(tokens, a, b) <= MAX_STUB_WORDS:
                # "Back then, Ruiz said, she found …": what is left of the content before "she
                # found" is a scene-setting stub; the clause is the other attribution's.
                continue
            if b > a:
                trimmed.append((a, b))
        frame.content_range = trimmed


def _word_count(tokens: list[Token], a: int, b: int) -> int:
    return sum(1 for t in tokens[a:b] if t.kind != "punct")


def _embedded_stance(tokens: list[Token], frame: Attribution) -> bool:
    """A nested frame whose content is a short phrase: a few words after a cue that is no
    verb of saying, or a bare object after any cue ("denying that he was telling the truth")."""
    if frame.cue is None:
        return False
    words = sum(len(t.text.split()) for a, b in frame.content_range for t in tokens[a:b] if t.kind != "punct")
    if frame.cue.lower not in SPEECH_VERBS:
        return words <= MAX_EMBEDDED_STANCE_WORDS
    return words <= MAX_EMBEDDED_SPEECH_WORDS and not frame.passages and not frame.partial  # "called it “unhinged”" stays


def _stance_asked_of_you(tokens: list[Token], c: int) -> bool:
    """A stance put as a question to the reader or a respondent ("Do you support Trump?"):
    it asks for a stance, nobody holds one (on PolNeAR train none of them is an attribution)."""
    return c >= 2 and tokens[c - 1].lower == "you" and tokens[c - 2].lower in QUESTION_AUXILIARIES \
        and tokens[-1].text == "?"


def _refused_stance(tokens: list[Token], c: int) -> bool:
    """"refused to endorse Mr. Trump", "declined to back Ryan": the stance withheld is an
    attribution of its own, with the bare object as its content."""
    return c >= 2 and tokens[c - 1].lower == "to" and tokens[c - 2].lower in REFUSAL_VERBS


def _sentence_frames(si: int, sentence: Sentence, passages: list[QuotedPassage]) -> list[Attribution]:
    """Every attribution whose cue lies in one sentence, with content spans and quotes."""
    tokens = sentence.tokens
    # The sentence's words, built once: the rules below test it for their trigger words
    # first, so most sentences skip their token loops.
    words = {token.lower for token in tokens}
    frames: list[Attribution] = []
    cue_words = words & CUE_WORDS  # mostly none, or one or two
    if cue_words:
        for c, token in enumerate(tokens):
            if token.lower not in cue_words:
                continue  # most words are no cue; skip the full check
            if token.lower not in CUE_CANDIDATES and token.text not in CAPITALISED_CUES:
                continue  # a cue only when capitalised ("Attacks"), here in lower case
            if is_cue(tokens, c) or is_stance_cue(tokens, c) and not _stance_asked_of_you(tokens, c):
                frame = _frame_at_cue(si, tokens, c, frames)
                if frame is not None:
                    frames.append(frame)
    frames.extend(_dash_frames(si, tokens, words))
    frames.extend(_question_frames(si, tokens, words))
    # the cues no other rule may reuse
    taken = {f.cue_at for f in frames if f.cue_at is not None} if frames else set()
    for extra_frames in (_passive_question_frames, hedge_frames, noun_frames, passive_frames, title_frames):
        extra = extra_frames(si, tokens, taken, words)  # each sees the cues taken by those before it
        if extra:  # (mostly none)
            frames.extend(extra)
            taken.update(f.cue_at for f in extra)
    if not frames:
        frames.extend(finding_frames(si, tokens, words))
        if not frames:
            return frames  # (about half the sentences): nothing to filter or trim
    # "according to X" / "Xinhua reported" is a relay, not a frame, when someone else speaks
    # in its clause ("Y said …, according to Xinhua"): the outlet becomes that frame's `via`.
    if len(frames) > 1:  # (a lone frame has no one else speaking in its clause)
        frames = [f for f in frames if not _is_relay(tokens, f) or not any(
            o is not f and o.cue_at is not None and o.cue is not None and o.cue.lower in SPEECH_VERBS
            and any(a <= o.cue_at < b for a, b in f.content_range) and _spans_most_of(o, f) for o in frames)]
    frames = [f for f in frames if not _source_runs_on_quote(tokens, f)]
    _trim_at_heads(tokens, frames)
    keep = []
    for frame in frames:
        for a, b in frame.content_range:
            spans, quote_ids, only_quotes = range_spans(tokens, a, b, passages)
            frame.content.extend(spans)
            (frame.passages if only_quotes else frame.partial).extend(quote_ids)
        if not frame.content:
            continue
        frame.direct = bool(frame.passages) and not frame.partial
        # Calibrated on PolNeAR train: clause boundaries are less sure than quote marks.
        if not frame.direct:
            frame.confidence -= CLAUSE_PENALTY if frame.partial else REPORTED_PENALTY
            if frame.cue_at is not None and frame.source and frame.source[0] > frame.cue_at:
                frame.confidence -= INVERTED_CLAUSE_PENALTY  # "…, said X" with a clause
        if frame.cue_at is not None and len(frames) > 1 and any(o is not frame and a <= frame.cue_at < b
                                                                for o in frames for a, b in o.content_range):
            if _embedded_stance(tokens, frame) and not _refused_stance(tokens, frame.cue_at):
                continue
            frame.confidence -= NESTED_PENALTY
        keep.append(frame)
    return keep


def _assign_via(analysis: ArticleAnalysis) -> None:
    previous: Attribution | None = None
    for frame in analysis.attributions:
        sentence = analysis.sentences[frame.sentence]
        tokens = sentence.tokens
        own = range(frame.source[0], frame.source[1]) if frame.source else None
        via = outlet_relay(tokens, own)
        if via is None and frame.cue is not None and frame.cue.lower in WRITTEN_CUES:
            via = platform_relay(tokens)
            if via is None and frame.sentence > 0:
                before = analysis.sentences[frame.sentence - 1]
                if before.paragraph == sentence.paragraph:
                    via = platform_relay(before.tokens)
        if via is None and previous is not None and previous.speaker == frame.speaker and previous.via:
            if analysis.sentences[previous.sentence].paragraph == sentence.paragraph:
                via = previous.via
        if via and frame.speaker and via.lower() in frame.speaker.lower():
            via = None  # the outlet is the speaker itself
        frame.via = via
        previous = frame


def _runs_into_embed(text: str, frame: Attribution) -> bool:
    return any(mark in text[a:b] for a, b in frame.content for mark in EMBED_MARKS)


def _editors_note(sentence: Sentence) -> bool:
    """A sentence opening with "Editor’s note:", the outlet's own standing comment appended to
    its stories (on PolNeAR train annotators marked 2 of the 18 frames found in such notes)."""
    tokens = sentence.tokens
    return len(tokens) > 2 and tokens[0].lower in EDITOR_NOTE_LABELS and tokens[1].lower == "note"


@lru_cache(maxsize=8)
def analyse(text: str) -> ArticleAnalysis:
    """Read one article: quoted passages, sentences, speakers and every attribution."""
    passages = find_quoted_passages(text)
    sentences = split_sentences(text, passages)
    speakers = ArticleSpeakers(sentences)
    # Few articles hold an embedded post or link: only theirs need each content searched.
    has_embeds = any(mark in text for mark in EMBED_MARKS)
    frames: list[Attribution] = []
    for si, sentence in enumerate(sentences):
        if _editors_note(sentence):
            continue
        found = _sentence_frames(si, sentence, passages)
        if not found and (si == 0 or sentences[si - 1].paragraph != sentence.paragraph):
            found = _label_frames(si, sentences, passages)
        elif si == 0 or sentences[si - 1].paragraph != sentence.paragraph:
            found = _label_over_inner_frames(si, sentences, passages, found)
        if not found:
            found = _block_quote_frames(si, sentences)
        for frame in found:
            if has_embeds and _runs_into_embed(text, frame):
                continue
            if frame.source is not None:
                resolve_source(speakers, sentence, frame, text)
            frames.append(frame)
    analysis = ArticleAnalysis(text, passages, sentences, frames, speakers)
    attach_unclaimed(analysis)
    _assign_via(analysis)
    return analysis

