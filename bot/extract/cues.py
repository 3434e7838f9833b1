"""Cues and their sources: which words introduce speech, and who is speaking.

"Trump said", "said Flynn", "according to Xinhua", "adding, “…”" (the subject carries over):
`is_cue` spots the cue, `find_source` finds the source phrase next to it.
"""

from __future__ import annotations

from bot.extract.frames import Attribution
from bot.extract.lexicon import (
    AMBIGUOUS_CUES,
    CHARACTERISING_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EVIDENCE_SOURCES,
    EVIDENCE_VERBS,
    FINITE_AUXILIARIES,
    HEADLINE_PLAIN_FORMS,
    HEADLINE_VERB_FORMS,
    HEDGE_ADJECTIVES,
    HEDGE_COPULAS,
    LIGHT_VERBS,
    NOUN_CUES,
    STANCE_PHRASE_NOUNS,
    OBJECT_CUE_PARTICLES,
    OBJECT_CUES,
    OTHER_SENSES,
    STANCE_OTHER_SENSE_PARTICLES,
    PHRASAL_CUES,
    PREPOSITIONS,
    PROGRESSIVE_STANCE_FORMS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    STATE_ADJECTIVES,
    SUBJECT_CUE_FILLERS,
    SUBORDINATORS,
    STANCE_VERBS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TO_CUE_VERBS,
)
from bot.extract.sentences import Token
from bot.extract.sources import (
    TokenRange,
    description_after_quote,
    phrase_after,
    phrase_before,
    phrase_to_comma,
)
from bot.extract.speakers import contracted_pronoun, is_plural_word, strip_possessive

# Cues that may open a sentence, inverted before their source.
INITIAL_CUES: frozenset[str] = frozenset({"Said", "Says", "Added", "Adds", "Wrote", "Writes", "Asked"})
# Cues of title-case headlines ("Sanders Says He’s Staying In") and the share of longer
# words a headline capitalises; the verbs of stance from "Endorses" on were right 19 times
# in 26 on PolNeAR train.
HEADLINE_CUES: frozenset[str] = frozenset({
    "Says", "Said", "Say", "Tells", "Warns", "Claims", "Wants", "Urges", "Vows", "Admits",
    "Denies", "Predicts", "Insists", "Believes", "Thinks", "Calls", "Slams", "Blasts",
    "Endorses", "Backs", "Supports", "Rips", "Defends", "Praises", "Knocks", "Mocks", "Accuses",
    "Attacks", "Rejects", "Dismisses", "Questions", "Touts", "Pledges", "Promises", "Threatens",
    "Bashes", "Wonders", "Explains", "Reveals", "Responds", "Argues", "Suggests", "Announces",
    "Criticizes", "Condemns", "Warned", "Endorsed", "Backed", "Blasted", "Slammed", "Admitted",
    "Demands", "Hopes", "Fears", "Doubts", "Asks", "Tweets", "Jokes", "Laments", "Lashes",
})
HEADLINE_SHARE = 0.8
# Every verb form a headline may report with.
HEADLINE_WORDS: frozenset[str] = HEADLINE_VERB_FORMS | HEADLINE_PLAIN_FORMS
# Verbs whose object and "as" phrase are the content ("see Clinton as …"), and how far the
# "as" may come after the verb.
OBJECT_AS_CUES: frozenset[str] = frozenset({
    "see", "sees", "saw", "view", "views", "viewed", "regard", "regards", "regarded",
})
MAX_BEFORE_AS = 8
# "cast" characterises ("cast himself as an outsider") unless a ballot or vote is cast: its
# object within a few words ("cast an absentee ballot") or the noun before it ("votes cast").
# Measured on PolNeAR train: such frames are right one time in five.
CAST_FORMS: frozenset[str] = frozenset({"cast", "casts", "casting"})
BALLOT_WORDS: tuple[str, ...] = ("ballot", "vote")
MAX_BEFORE_BALLOT = 3
# Forms of "see" whose clause is the content when "that" or a question word opens it.
SEEING_CUES: frozenset[str] = frozenset({"see", "sees", "saw", "seeing"})
SEEN_CLAUSE_OPENERS: frozenset[str] = frozenset({"that", "whether", "if", "how", "why", "where"})
# Words after which a cue word is a noun ("the call", "his support").
NOUN_MARKERS: frozenset[str] = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "no",
    "another", "each",
})
# Copulas and adverbs that may link a state of mind to its holder ("has long been adamant
# that …", "was also confident that …"). Linking "critical of"-style adjectives the same way
# gained on PolNeAR train but lost on dev, so they keep to the plain copula.
ADJECTIVE_LINKS: frozenset[str] = frozenset({
    "is", "was", "be", "been", "being", "has", "have", "had", "became", "become", "becomes",
    "grew", "grown", "also", "often", "still", "always", "long", "not", "never", "so", "too",
    "more", "less", "very", "most", "already", "now", "both", "all", "generally",
})
# Copulas before a state of mind whose holder is the subject ("loyalists were adamant that
# …", "his donors remain confident that …"); "is" and "was" are subject fillers already.
STATE_COPULAS: frozenset[str] = frozenset({"are", "were", "am", "remain", "remains", "remained"})
# Participles that name a noun right before them rather than report a choice ("a worker
# named Ana Ruiz", but "Sanders named five people to the committee").
NAMING_PARTICIPLES: frozenset[str] = frozenset({"named"})
# Most words of the noun phrase a naming participle may name ("a 70-year-old academic").
MAX_NAMED_NOUN = 4
# Words before a naming participle that are no noun it could name.
NOT_NAMED_NOUNS: frozenset[str] = SUBJECT_PRONOUNS | FINITE_AUXILIARIES | SUBJECT_CUE_FILLERS | {
    "who", "whom", "which", "that", "also", "officially", "be", "been", "being", "are", "were",
}
# Words opening the question raised by the bare verb "question" ("question whether …").
RAISED_QUESTION_WORDS: frozenset[str] = frozenset({"whether", "if", "how", "why", "what"})
# Verbs of wishing after "would" ("would like to …"), cues only there.
WISH_VERBS: frozenset[str] = frozenset({"like", "love"})
# Forms of "make" before "clear" ("made it clear that …"), how far its "that" may follow
# ("made clear over the weekend that …"), and the pronouns that open its bare clause.
MAKE_FORMS: frozenset[str] = frozenset({"make", "makes", "made", "making"})
MAX_BEFORE_CLEAR_THAT = 6
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
# Every word that can start a cue, for a quick first check.
CUE_CANDIDATES: frozenset[str] = (
    REPORTING_VERBS | CHARACTERISING_VERBS | STANCE_VERBS | OBJECT_CUES | OBJECT_AS_CUES | STATE_ADJECTIVES
    | frozenset(PHRASAL_CUES)
    | {"according", "question"} | WISH_VERBS
)
# Words a sentence may open with before its subject ("But some voters … said", "Still, …").
OPENING_CONJUNCTIONS: frozenset[str] = frozenset({"but", "and", "yet", "so", "still", "even", "indeed"})
# Words a sentence may open with before its cue when all of them name the source.
MAX_SUBJECT_PREFIX = 8
# Words of a hearer between "asked" and its particle ("asked the candidate about …").
MAX_HEARER_BEFORE_PARTICLE = 4
# Verbs of talking whose "about" may come after a hearer or adjunct ("spoke at the White House
# on Tuesday about …", "is talking to voters about …"), and how many words may come between.
TALK_FORMS: frozenset[str] = frozenset({"talk", "talks", "talked", "talking", "spoke", "speaks", "speak", "speaking", "spoken"})
MAX_ADJUNCT_BEFORE_ABOUT = 6
# Words that end the search for a distant "about": a new verb or clause ("talk had been
# mounting about …"), and the numbers after "about" that make it a quantity.
TALK_BREAKS: frozenset[str] = FINITE_AUXILIARIES | {"been", "that", "and", "but"}
NUMBER_WORDS: frozenset[str] = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "thirty", "forty", "fifty", "hundred", "dozen", "half",
})
# Particle cues whose object may instead be an infinitive ("voted to ban cloning").
INFINITIVE_OBJECT_CUES: frozenset[str] = frozenset({"vote", "voted", "votes"})
# How far back (words) the poll or record before an evidence verb may start.
MAX_RECORD_SUBJECT = 12
# Words describing a poll before its head noun ("a new national poll", "exit polling").
RECORD_MODIFIERS: frozenset[str] = frozenset({
    "new", "recent", "latest", "national", "exit", "internal", "private", "public", "state",
    "statewide", "independent", "separate", "early", "preliminary", "federal", "official",
})
# Verbs of saying whose subject may be a long phrase opening the sentence, and its limit.
LONG_SUBJECT_CUES: frozenset[str] = frozenset({"said", "says", "say", "told", "tells", "endorsed", "want", "wants", "think", "believe", "believes", "thinks"})
MAX_LONG_SUBJECT = 30
# Words after which no subject ends, so a cue after them is no verb of the opening subject;
# other cues take a bare opening subject without them (right 41 times in 74 on PolNeAR train).
NOT_SUBJECT_ENDS: frozenset[str] = frozenset({
    "to", "be", "been", "being", "it's", "it’s", "there", "worth", "that", "which", "who", "whom",
    "whose", "and", "or",
})
# Most words of an opening phrase before a bare subject ("On a recent evening downtown, …");
# a subject there was right 9 times in 16 on PolNeAR train.
MAX_OPENER = 8
# One-word openers before a subject ("Indeed, …").
SENTENCE_ADVERBS: frozenset[str] = frozenset({
    "indeed", "instead", "still", "meanwhile", "however", "now", "today", "yesterday", "then",
    "also", "moreover", "nevertheless", "nonetheless", "meantime", "separately", "similarly",
})
# Words and marks after which a clause, and so its subject, begins ("When the moderator …",
# "…, but Fiorina's team denied …"); a bare subject there was right 46 times in 86 on
# PolNeAR train.
CLAUSE_BOUNDARY_WORDS: frozenset[str] = SUBORDINATORS | {"but", "and", "yet", "so"}
CLAUSE_BOUNDARY_MARKS: frozenset[str] = frozenset({",", ";", ":", "—", "--", "–"})
# Forms of "be" before a cue that make it passive ("a curfew was announced"): no bare subject speaks.
BE_FORMS: frozenset[str] = frozenset({"is", "was", "are", "were", "be", "been", "being"})
# Words opening a share of people as a subject ("about 6 in 10 white men supported …").
SUBJECT_QUANTIFIERS: frozenset[str] = frozenset({
    "about", "more", "most", "many", "all", "both", "some", "nearly", "almost", "roughly", "half",
    "fewer", "only", "just", "over", "several",
})
# Cues that say what someone did a thing for ("used the speech to call for …").
TO_PURPOSE_CUES: frozenset[str] = frozenset({
    "say", "call", "discuss", "endorse", "announce", "declare", "criticize", "praise", "tout",
    "defend", "attack", "blast", "urge", "demand", "warn", "acknowledge", "express", "highlight",
    "deny", "reject", "explain", "argue", "promote", "push",
})
# Verbs whose object is made or let to speak ("led Republicans to say", "leaving many to wonder").
CAUSATIVE_VERBS: frozenset[str] = frozenset({
    "led", "leads", "leading", "caused", "causes", "causing", "prompted", "prompts", "prompting",
    "forced", "forces", "forcing", "allowed", "allows", "allowing", "allow", "leaving", "left",
    "drove", "drives", "driving", "required", "requires", "require", "enabled", "enables",
    "pushed", "spurred", "inspired", "motivated", "persuaded", "convinced",
})
# Plural verb forms whose bare plural subject may be any noun ("hacking specialists say").
PLURAL_AGREEING_CUES: frozenset[str] = frozenset({
    "say", "support", "think", "believe", "want", "fear", "oppose", "endorse", "favor", "prefer",
    "agree", "worry", "expect", "argue", "warn", "predict", "contend", "insist", "complain",
})
MAX_PLURAL_SUBJECT = 4
# Prepositions that join a modifier to a source noun ("the head of the agency", "officials in Ohio").
SOURCE_MODIFIER_PREPOSITIONS: frozenset[str] = frozenset({"of", "in", "at", "for", "from"})
# Words of a source noun phrase before such a preposition ("the former CEO").
MAX_PLAIN_SOURCE = 4
# Words of a relative clause between its plural subject and the verb ("people who … say").
MAX_RELATIVE_CLAUSE = 10
# Plural heads that speak through a relative clause besides the source nouns ("those who …").
PLURAL_SOURCE_HEADS: frozenset[str] = frozenset({"people", "those", "others", "many", "americans", "voters"})
# Words that are no part of a plural subject phrase.
NOT_PLURAL_SUBJECTS: frozenset[str] = PREPOSITIONS | FINITE_AUXILIARIES | SUBJECT_PRONOUNS | SUBORDINATORS | frozenset({
    "and", "or", "but", "that", "who", "which", "this", "these", "those", "as", "is", "was",
    "has", "does", "always", "perhaps", "also", "thus", "news", "yes", "less", "unless",
    "its", "his", "hers", "ours", "theirs", "whereas", "sometimes", "nevertheless", "times",
})
# "according to a 52-count civil complaint filed by the federal …": sources can run long.
MAX_ACCORDING_SOURCE = 30


# Unions the functions below test against, built once rather than on every call.
PREPOSITIONS_OR_DETERMINERS: frozenset[str] = PREPOSITIONS | DETERMINERS
# Sets the functions below test against, built once at import rather than on every call.
DETERMINERS_BUT_THAT_BOTH_ALL: frozenset[str] = DETERMINERS - {"that", "both", "all"}
GERUND_PREPOSITIONS: frozenset[str] = PREPOSITIONS - {"by", "after", "before"}  # "blame for focusing"
SUBJECT_PRONOUNS_BUT_IT_YOU: frozenset[str] = SUBJECT_PRONOUNS - {"it", "you"}
PREPOSITIONS_OR_AND_OR: frozenset[str] = PREPOSITIONS | {"and", "or"}
NOT_PLURAL_SUBJECTS_BUT_ARTICLES: frozenset[str] = NOT_PLURAL_SUBJECTS - {"the", "a", "an"}
AMBIGUOUS_CUES_OR_STANCE_VERBS: frozenset[str] = AMBIGUOUS_CUES | STANCE_VERBS
DETERMINERS_OR_CLAUSE_JOINERS: frozenset[str] = DETERMINERS | {"and", "but", "while", "that"}
NAMING_PARTICIPLES: frozenset[str] = frozenset({"called", "named", "dubbed", "titled"})
NAMING_OR_AMBIGUOUS_CUES: frozenset[str] = AMBIGUOUS_CUES | NAMING_PARTICIPLES
# Words from "a"/"an" to a naming participle: "a Kansas City-area group called …".
MAX_NAMED_NOUN_PHRASE = 5
CLAUSE_JOINERS: frozenset[str] = frozenset({"and", "but", "or", "while", "that", "when", "as"})


def _noun_after(tokens: list[Token], i: int) -> bool:
    """Whether the word at i is a noun by the word before it: after an article or possessive
    ("the call", "his support"), or after a quantity when it can be a noun at all ("two
    calls", but not "most said", "two in three said")."""
    before = tokens[i - 1].lower
    if before == "another" and tokens[i].lower in SPEECH_VERBS and tokens[i].lower not in NAMING_OR_AMBIGUOUS_CUES:
        return False  # "another said …": the pronoun speaks ("another call", "another called X" name)
    if before in NOUN_MARKERS or before in LIGHT_VERBS and tokens[i].lower in NOUN_CUES:
        return True  # "voiced support for": a noun cue after a light verb (nominal.py)
    if before == "in" and tokens[i].lower in STANCE_PHRASE_NOUNS:
        return True  # "spoke out in favor of": a stance phrase (nominal.py)
    return before in DETERMINERS_BUT_THAT_BOTH_ALL and tokens[i].lower in AMBIGUOUS_CUES_OR_STANCE_VERBS \
        and tokens[i].lower.endswith("s")  # "two calls", but "most believe", "few want"


HEDGE_COPULAS_OR_NOT: frozenset[str] = HEDGE_COPULAS | {"not"}  # built once, not on every call
# Every word (in lower case) that is_cue can accept: the reporting and characterising verbs,
# "according", the phrasal cues and the capitalised opening and headline cues. Callers test
# runs of ordinary words, so most calls end on this one set test.
POSSIBLE_CUE_WORDS: frozenset[str] = (
    REPORTING_VERBS | CHARACTERISING_VERBS | frozenset(PHRASAL_CUES) | {"according"} | HEADLINE_WORDS
    | {cue.lower() for cue in INITIAL_CUES | HEADLINE_CUES}
)


def is_cue(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.kind != "word":
        return False
    lower = token.lower
    if lower not in POSSIBLE_CUE_WORDS:
        return False
    if lower == "according":
        return i + 1 < len(tokens) and tokens[i + 1].lower == "to"
    if i == 0 and token.text in INITIAL_CUES:
        return True  # "Said Dorothy Poynter, who grew up with Ali, “…”"
    if lower == "asked" and i > 0 and tokens[i - 1].lower in {"when", "after", "once", "if", "was", "were"}:
        return False  # "when asked whether …": a question put to the subject (attribution.py)
    if lower in PHRASAL_CUES and i + 1 < len(tokens) and tokens[i + 1].lower == PHRASAL_CUES[lower]:
        return token.text[0].islower()
    if headline_cue(tokens, i):
        return True
    if lower not in REPORTING_VERBS and lower not in CHARACTERISING_VERBS or not token.text[0].islower():
        return False
    if i > 0 and _noun_after(tokens, i):
        return False  # "the call", "his post": a noun
    if _other_sense(tokens, i):
        return False  # "adding to her lead", "a think tank"
    if lower in NAMING_PARTICIPLES and _names_indefinite_noun(tokens, i):
        return False  # "a group called Political Chips": a name given, not words said
    if lower in CAST_FORMS and _casts_votes(tokens, i):
        return False  # "voters cast ballots", "votes cast": voting, not casting someone as something
    if lower in HEDGE_ADJECTIVES and i > 0 and tokens[i - 1].lower in HEDGE_COPULAS_OR_NOT:
        return False  # "The vote is expected to …": a hedge with no source (hedges.py)
    if lower.endswith("ing") and i > 0 and tokens[i - 1].lower in GERUND_PREPOSITIONS:
        return opening_gerund(tokens, i)  # a gerund inside a phrase: "confidence in maintaining a rapport"
    return True


def _other_sense(tokens: list[Token], i: int) -> bool:
    """A cue verb used in a sense other than saying, shown by the word after it ("adding to
    her lead", "think tank", "showed up"); "added to reporters" still names a hearer."""
    words = OTHER_SENSES.get(tokens[i].lower)
    if not words or i + 1 >= len(tokens) or tokens[i + 1].lower not in words:
        return False
    return tokens[i + 1].lower != "to" or i + 2 < len(tokens) and tokens[i + 2].lower in NOUN_MARKERS


def _names_indefinite_noun(tokens: list[Token], i: int) -> bool:
    """"co-founded a Kansas City-area group called Political Chips": after a verb or preposition,
    the participle after "a" and a noun gives that noun's name; a subject speaks ("Trump called
    Clinton a liar")."""
    if i + 1 >= len(tokens) or not (tokens[i + 1].text[:1].isupper() or tokens[i + 1].kind == "quote"):
        return False
    for k in range(i - 1, max(-1, i - 1 - MAX_NAMED_NOUN_PHRASE), -1):
        if tokens[k].kind != "word" or tokens[k].lower in SUBJECT_PRONOUNS:
            return False
        if tokens[k].lower in {"a", "an"}:
            # "A spokesman called Ruiz a liar": a phrase opening its clause is its subject.
            return k < i - 1 and k > 0 and tokens[k - 1].kind == "word" and tokens[k - 1].lower not in CLAUSE_JOINERS
    return False


def _casts_votes(tokens: list[Token], i: int) -> bool:
    """"cast their ballots", "cast 42 votes for Trump", "223 votes cast": the verb of voting."""
    near = tokens[i + 1:i + 1 + MAX_BEFORE_BALLOT] + tokens[i - 1:i] if i > 0 else tokens[i + 1:i + 1 + MAX_BEFORE_BALLOT]
    return any(t.lower.startswith(BALLOT_WORDS) for t in near if t.kind == "word")


def opening_gerund(tokens: list[Token], i: int) -> bool:
    """A gerund after a sentence-opening "In": "In rejecting the challenge, the board …"."""
    k = i - 1
    return tokens[k].lower == "in" and (k == 0 or k == 1 and tokens[0].lower in OPENING_CONJUNCTIONS)


def _main_subject(tokens: list[Token], c: int) -> TokenRange | None:
    """The subject after the opening phrase that ends at the first comma after c: "In
    rejecting the challenge, the commission ruled …"."""
    comma = next((k for k in range(c + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    found = phrase_after(tokens, comma + 1)
    if found is None or found[1] >= len(tokens):
        return None
    after = tokens[found[1]]
    return found if after.kind == "word" and after.text[0].islower() or after.text == "," else None


def headline_cue(tokens: list[Token], i: int) -> bool:
    """"Christie Says He Would Issue A Quarantine": a capitalised cue inside a title-case
    headline, after the capitalised name of its source."""
    if not tokens[i].text[0].isupper():
        return False  # (most cues: a headline verb is capitalised)
    if not _headline_verb(tokens[i]) or i == 0 or i + 1 >= len(tokens):
        return False
    if any(t.text == ":" for t in tokens[:i]):
        return False  # "Caddell: Voters Worried About …": the label before the colon speaks
    if tokens[i].text not in HEADLINE_CUES and tokens[i].lower in HEADLINE_PLAIN_FORMS \
            and not is_plural_word(tokens[i - 1]):
        return False  # "Call The GOP’s Bluff": a plain form needs a plural subject
    words = [t for t in tokens if t.kind == "word" and len(t.text) > 3 and not t.text[0].isdigit()]  # "2016" has no case
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return tokens[i - 1].text[0].isupper() and capitalised >= HEADLINE_SHARE * len(words)


def _headline_verb(token: Token) -> bool:
    """A capitalised verb that can report in a headline: "Says", "Endorses", "Slams"."""
    return token.text in HEADLINE_CUES or token.kind == "word" and token.text[0].isupper() \
        and token.lower in HEADLINE_WORDS


def is_stance_cue(tokens: list[Token], i: int) -> bool:
    """A verb of stance ("endorsed", "wants") or one whose object is the content ("criticized
    the plan", "called for a recount") used as a verb, not a noun ("his support")."""
    token = tokens[i]
    if token.kind != "word" or not token.text[0].islower():
        return False
    if token.lower in WISH_VERBS:
        return _would_like_to(tokens, i)
    if token.lower == "question":
        return _questions_whether(tokens, i)
    if token.lower in STATE_ADJECTIVES:
        # "is confident that …", "made it clear that …": a state of mind with its clause;
        # "are skeptical of free trade": or its object, for those that take one
        return i + 1 < len(tokens) and tokens[i + 1].lower == "that" or _made_clear(tokens, i) or object_cue(tokens, i)
    if token.lower not in STANCE_VERBS and not object_cue(tokens, i):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower in STANCE_OTHER_SENSE_PARTICLES.get(token.lower, ()):
        return False  # "backed down": retreating, not backing anyone
    if token.lower in PROGRESSIVE_STANCE_FORMS:
        particle = i + 1 < len(tokens) and tokens[i + 1].lower in {"up", "down", "off", "away", "out"}
        return _after_be(tokens, i) and not particle  # "is backing down", "backing up their claims"
    if token.lower.endswith("ing") and i > 0 and tokens[i - 1].lower in GERUND_PREPOSITIONS \
            and not opening_gerund(tokens, i):
        return False  # "blame for focusing on …": a gerund inside a phrase
    return not (i > 0 and _noun_after(tokens, i))


REFLEXIVE_PRONOUNS: frozenset[str] = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def _after_be(tokens: list[Token], i: int) -> bool:
    """A participle in a progressive verb ("is backing", "are also hailing", "has been
    supporting"): a form of "be" before it, past adverbs."""
    k = i - 1
    while k > 0 and (tokens[k].lower in {"also", "now", "still", "not", "already"} or tokens[k].lower.endswith("ly")):
        k -= 1
    return k >= 0 and tokens[k].lower in BE_FORMS


def _would_like_to(tokens: list[Token], i: int) -> bool:
    """"would like to see …", "they’d love to generate …": a wish with its infinitive."""
    if i == 0 or i + 2 >= len(tokens) or tokens[i + 1].lower != "to" or tokens[i + 2].kind != "word":
        return False
    before = tokens[i - 1].lower
    return before == "would" or before.endswith(("’d", "'d"))


# Unions the functions below test against, built once rather than on every call.
FINITE_AUXILIARIES_OR_SUBJECT_PRONOUNS_OR_SUBJECT_CUE_FILLERS: frozenset[str] = FINITE_AUXILIARIES | SUBJECT_PRONOUNS | SUBJECT_CUE_FILLERS


def _questions_whether(tokens: list[Token], i: int) -> bool:
    """"continued to question whether …", "leaving some to question if …", "voters still
    question whether …": the bare verb, before the question it raises (after an article or
    adjective it is the noun: "an open question whether")."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i + 1].lower not in RAISED_QUESTION_WORDS:
        return False
    before = tokens[i - 1].lower
    return before == "to" or before in FINITE_AUXILIARIES_OR_SUBJECT_PRONOUNS_OR_SUBJECT_CUE_FILLERS \
        or before.endswith("ly")


def _made_clear(tokens: list[Token], i: int) -> bool:
    """"made clear Tuesday night that …", "made it clear to House Democrats that …", "made
    it clear they would …": making a view clear, with its clause a few words on."""
    k = i - 1 if i > 0 and tokens[i - 1].lower == "it" else i
    if tokens[i].lower != "clear" or k == 0 or tokens[k - 1].lower not in MAKE_FORMS or i + 1 >= len(tokens):
        return False
    if tokens[i + 1].lower in PERSON_PRONOUNS:
        return True  # "made it clear they didn't agree"
    return _word_ahead(tokens, i + 1, MAX_BEFORE_CLEAR_THAT, "that")


def _word_ahead(tokens: list[Token], start: int, reach: int, word: str) -> bool:
    """Whether `word` comes within `reach` words from `start`, before any punctuation."""
    for token in tokens[start:start + reach]:
        if token.lower == word:
            return True
        if token.kind != "word":
            return False
    return False


def object_cue(tokens: list[Token], i: int) -> bool:
    """A verb whose object is the content, with its particle where it needs one."""
    lower = tokens[i].lower
    if lower in SEEING_CUES and i + 2 < len(tokens) and tokens[i + 1].lower in SEEN_CLAUSE_OPENERS \
            and tokens[i + 2].kind == "word":
        return True  # "saw that Obama could win", "to see whether the deal holds"
    if lower in OBJECT_AS_CUES:
        # "voters see Clinton as the stronger candidate", but not "see you soon"
        return _word_ahead(tokens, i + 1, MAX_BEFORE_AS, "as")
    if lower not in OBJECT_CUES or lower in NAMING_PARTICIPLES and _names_noun_before(tokens, i):
        return False
    return lower not in OBJECT_CUE_PARTICLES or object_start(tokens, i) is not None


def _names_noun_before(tokens: list[Token], i: int) -> bool:
    """Whether the participle at i names the indefinite noun before it ("an academic named
    Eric Kingson", "a former staffer named …"), not "the council named Ruiz": annotated as a
    cue one time in six there on PolNeAR train."""
    before = tokens[i - 1] if i > 0 else None
    if before is None or before.kind != "word" or not before.text[0].islower() \
            or before.lower in NOT_NAMED_NOUNS or before.lower.endswith("ly"):
        return False
    for k in range(i - 2, max(-1, i - 2 - MAX_NAMED_NOUN), -1):
        if tokens[k].kind != "word":
            return False
        if tokens[k].lower in {"a", "an"}:
            return True
    return False


def object_start(tokens: list[Token], i: int) -> int | None:
    """Where the object of the object cue at i begins: after its particle ("called for a
    recount"), after a hearer for "asked" ("asked Carson about his ties"), or right after
    a cue that takes no particle; None when the particle is missing."""
    particles = OBJECT_CUE_PARTICLES.get(tokens[i].lower)
    if particles is None:
        return i + 1
    if tokens[i].lower in INFINITIVE_OBJECT_CUES and i + 2 < len(tokens) and tokens[i + 1].lower == "to" \
            and tokens[i + 2].kind == "word" and tokens[i + 2].text[0].islower():
        return i + 1  # "voted to ban cloning": the infinitive, with its "to", is the choice made
    talk = tokens[i].lower in TALK_FORMS
    reach = MAX_HEARER_BEFORE_PARTICLE if tokens[i].lower in {"asked", "asks", "asking"} \
        else MAX_ADJUNCT_BEFORE_ABOUT if talk else 0
    if talk and _stranded_hearer(tokens, i):
        return None
    if reach == 0 and i + 1 < len(tokens) and tokens[i + 1].lower in REFLEXIVE_PRONOUNS:
        reach = 1  # "distanced himself from …": the particle comes after the reflexive
    for k in range(i + 1, min(len(tokens), i + 2 + reach)):
        if tokens[k].lower in particles and (k == i + 1 or not talk or tokens[k].lower == "about"):
            if talk and k + 1 < len(tokens) and (tokens[k + 1].text[0].isdigit() or tokens[k + 1].lower in NUMBER_WORDS):
                return None  # "spoke for about 30 minutes": "about" is a quantity
            return k + 1  # (a distant "of" is no talk's: "spoke at the end of …")
        if tokens[k].kind != "word" or talk and tokens[k].lower in TALK_BREAKS:
            return None
        if (not reach or talk) and tokens[k].lower.endswith("ly") and k + 1 < len(tokens) \
                and tokens[k + 1].lower in particles:
            return k + 2  # "spoke highly of", "called openly for"
    return None


TIME_WORDS_OR_DEICTICS: frozenset[str] = TIME_WORDS | {"this", "last", "next", "about"}  # built once, not on every call


def _stranded_hearer(tokens: list[Token], i: int) -> bool:
    """"the experts I spoke to this week about …", "people they have talked with about …": the
    hearer is the noun the relative clause describes, and the clause is no attribution here."""
    return i + 2 < len(tokens) and tokens[i + 1].lower in {"to", "with"} \
        and tokens[i + 2].lower in TIME_WORDS_OR_DEICTICS


def sentence_subject(tokens: list[Token], before: int) -> TokenRange | None:
    """The subject of a sentence: the first pronoun, name or described source (not inside a
    prepositional phrase) that is followed by a verb-like word; else the first such phrase."""
    first_found: TokenRange | None = None
    i = 0
    while i < min(before, len(tokens)):
        token = tokens[i]
        previous = tokens[i - 1].lower if i else ""
        if token.kind != "word" or previous in PREPOSITIONS or (i == 0 and token.lower.endswith(("ing", "ed"))):
            i += 1
            continue
        found: TokenRange | None = None
        if token.lower in SUBJECT_PRONOUNS_BUT_IT_YOU:
            found = (i, i + 1)
        elif token.text[0].isupper() or token.lower in DETERMINERS:
            found = phrase_after(tokens, i)
            if found and strip_possessive(tokens[found[1] - 1].text) != tokens[found[1] - 1].text:
                found = None  # "Trump’s campaign": the owner is not the subject
        if found is None:
            i += 1
            continue
        after = tokens[found[1]] if found[1] < len(tokens) else None
        verb_like = after is not None and after.kind == "word" and after.text[0].islower()
        if verb_like and after.lower not in PREPOSITIONS_OR_AND_OR:
            return found
        if first_found is None and (after is None or after.text != ","):
            first_found = found
        i = found[1]
    return first_found


def _relative_subject(tokens: list[Token], c: int) -> TokenRange | None:
    """"people who have battled online threats say …": a plural noun phrase whose relative
    clause runs up to the plural verb; the phrase before "who" is the subject."""
    who = next((k for k in range(c - 1, max(0, c - MAX_RELATIVE_CLAUSE) - 1, -1)
                if tokens[k].kind != "word" or tokens[k].lower == "who"), None)
    if who is None or who < 1 or tokens[who].lower != "who" or who + 2 > c:
        return None
    head = tokens[who - 1]
    if head.kind != "word" or not (head.lower in PLURAL_SOURCE_HEADS or head.lower.endswith("s") and head.lower in SOURCE_NOUNS):
        return None
    start = _bare_phrase_start(tokens, who)
    return (start, who) if start is not None else None


def _plural_subject(tokens: list[Token], c: int) -> TokenRange | None:
    """A bare plural noun phrase before a plural verb: "security specialists say", "old Iowa
    political hands say" (the verb's plural form shows the noun is its subject)."""
    if c == 0 or tokens[c - 1].kind != "word":
        return None
    last = tokens[c - 1].lower
    if not last.endswith("s") or last.endswith(("ss", "us", "'s", "’s")) or len(last) < 4 \
            or not tokens[c - 1].text[0].islower() or last in NOT_PLURAL_SUBJECTS:
        return None
    start = _bare_phrase_start(tokens, c)
    return (start, c) if start is not None else None


def _bare_phrase_start(tokens: list[Token], end: int) -> int | None:
    """Where the bare noun phrase that ends before `end` begins, or None when it does not begin
    a clause: "… of the voters say" is someone's share, not a subject."""
    start = end - 1
    while start > 0 and end - start < MAX_PLURAL_SUBJECT and tokens[start - 1].kind == "word" \
            and tokens[start - 1].lower not in NOT_PLURAL_SUBJECTS:
        start -= 1
    if start > 0 and tokens[start - 1].kind == "word" and tokens[start - 1].lower not in DETERMINERS_OR_CLAUSE_JOINERS:
        return None
    return start


def record_subject(tokens: list[Token], c: int) -> TokenRange | None:
    """The poll or record before an evidence verb, with what trails it: "a WBUR poll last
    week showed", "Exit polling shows", "Surveys of caucus-goers taken … showed"."""
    k = c
    while k > 0 and c - k < MAX_RECORD_SUBJECT and tokens[k - 1].kind == "word":
        k -= 1
    heads = [j for j in range(k, c) if tokens[j].lower in EVIDENCE_SOURCES]
    if not heads:
        return None
    start = heads[0]
    while start > k and (tokens[start - 1].text[0].isupper() or tokens[start - 1].lower in DETERMINERS
                         or tokens[start - 1].lower in RECORD_MODIFIERS):
        start -= 1
    return (start, c)


def _record_before_evidence_verb(tokens: list[Token], found: TokenRange, c: int) -> bool:
    """An evidence verb after a record that a name ends ("a review by The Times shows",
    "a poll of voters in Ohio found"): the verb, not a noun like "a Donald Trump tweet"."""
    return tokens[c].lower in EVIDENCE_VERBS and any(t.lower in EVIDENCE_SOURCES for t in tokens[found[0]:found[1]])


def _pronoun_opens_clause(tokens: list[Token], found: TokenRange) -> bool:
    """A lone pronoun after "…, said" that a verb follows ("…, said she was elated"): it opens
    the reported clause and is not the speaker."""
    return found[1] - found[0] == 1 and tokens[found[0]].lower in SUBJECT_PRONOUNS \
        and found[1] < len(tokens) and tokens[found[1]].kind == "word"


def _source_with_modifier(tokens: list[Token], found: TokenRange) -> TokenRange:
    """"…, officials in both cities insist", "…, the former CEO of Hewlett-Packard added": a
    source noun with a prepositional phrase, set off after a comma; the whole phrase speaks."""
    p = found[0] - 1
    if p < 2 or tokens[p].lower not in SOURCE_MODIFIER_PREPOSITIONS:
        return found
    start = p
    while start > 0 and p - start < MAX_PLAIN_SOURCE and tokens[start - 1].kind == "word" \
            and tokens[start - 1].lower not in NOT_PLURAL_SUBJECTS_BUT_ARTICLES:
        start -= 1
    if start == 0 or tokens[start - 1].text != "," or tokens[p - 1].lower not in SOURCE_NOUNS:
        return found
    return (start, found[1])


def _stance_only(cue: Token) -> bool:
    """A verb of stance and not of saying ("supported", "opposed"): it never stands before
    its subject ("…, said Ruiz" but not "…, supported Ruiz")."""
    return cue.lower in STANCE_VERBS and cue.lower not in SPEECH_VERBS


def _noun_opens_clause(tokens: list[Token], found: TokenRange) -> bool:
    """A noun phrase after "…, said" that an auxiliary follows ("Ann Lee, a nurse from Ohio,
    said the campaign has …"): the subject of the reported clause, not a speaker."""
    return found[1] < len(tokens) and tokens[found[1]].lower in FINITE_AUXILIARIES


def _speaker_before_aside(tokens: list[Token], c: int) -> TokenRange | None:
    """The speaker who opens a sentence before a described aside: "Ann Lee, 40, a nurse from
    Ohio, said she …"; the words up to the first comma when they hold no name."""
    k = 1 if tokens and tokens[0].lower in OPENING_CONJUNCTIONS else 0
    subject = phrase_after(tokens, k)
    if subject is None:
        comma = next((j for j in range(k, c) if tokens[j].text == ","), c - 1)
        subject = (k, comma) if comma > k else None
    return subject


# Words between a state adjective and its holder ("Trump made it clear", "loyalists were
# adamant", "has long been confident"), built once, not on every step back.
STATE_HOLDER_LINKS: frozenset[str] = frozenset({"it", "made", "make", "makes", "making"}) | STATE_COPULAS | ADJECTIVE_LINKS


def find_source(tokens: list[Token], c: int, frames: list[Attribution]) -> tuple[TokenRange | None, str]:
    """Source phrase for the cue at index c, and how it was found."""
    cue = tokens[c]
    if c == 0 and cue.text in INITIAL_CUES:
        return phrase_after(tokens, 1), "right"
    if cue.lower == "according":
        return phrase_to_comma(tokens, c + 2, MAX_ACCORDING_SOURCE) or phrase_after(tokens, c + 2), "according"
    participle = cue.lower.endswith("ing")
    if participle and c > 0 and opening_gerund(tokens, c):
        return _main_subject(tokens, c), "inherit"
    before = c
    if cue.lower in STATE_ADJECTIVES:
        while before > 0 and (tokens[before - 1].lower in STATE_HOLDER_LINKS or tokens[before - 1].lower.endswith("ly")):
            before -= 1  # "Trump made it clear that …": the maker is the source; "loyalists were adamant",
            # "Cruz has long been confident that …"
    left = None if participle and c > 0 and tokens[c - 1].text == "," else phrase_before(tokens, before)
    if cue.lower in EVIDENCE_VERBS and (left is None or not any(t.lower in EVIDENCE_SOURCES for t in tokens[left[0]:left[1]])):
        left = record_subject(tokens, c) or left  # "a new poll from Suffolk University found …"
    if left is None and c >= 2 and tokens[c - 1].lower == "to" and tokens[c - 2].lower in TO_CUE_VERBS \
            and not (tokens[c - 2].lower in {"is", "was", "are", "were"} and cue.lower in AMBIGUOUS_CUES):
        # "went on to say", "refused to comment" (but "the media are to blame" is no speech)
        verb = c - 3 if tokens[c - 2].lower == "on" else c - 2
        while verb > 1 and tokens[verb - 1].lower in STATE_COPULAS:
            verb -= 1  # "technology companies are quick to point out"
        left = phrase_before(tokens, verb, False)
    if left is None and c >= 3 and tokens[c - 1].lower == "to":
        left = _caused_speaker(tokens, c - 1)
    if left is None and c >= 3 and tokens[c - 1].lower == "to" and cue.lower in TO_PURPOSE_CUES \
            and (cue.lower != "call" or c + 1 < len(tokens) and tokens[c + 1].lower in {"for", "on", "upon"}):
        # "used his speech to call for …", "took the stage to acknowledge …": the subject acts
        subject = sentence_subject(tokens, c - 1)
        if subject and subject[1] < c - 2 and tokens[subject[0]].lower not in {"it", "there", "this", "that"}:
            return subject, "inherit"
    if left is None and cue.lower in EVIDENCE_VERBS:
        left = record_subject(tokens, c)
    if left is None and cue.lower in PLURAL_AGREEING_CUES:
        left = _plural_subject(tokens, c) or _relative_subject(tokens, c)
    if left and strip_possessive(tokens[left[1] - 1].text) != tokens[left[1] - 1].text \
            and not contracted_pronoun(tokens[left[1] - 1].text):
        left = None  # "Trump’s stated aim": a possessive is no subject ("he's said" has one)
    sent_document = left and participle and tokens[left[1] - 1].lower in DOCUMENT_NOUNS
    if sent_document and left[0] > 0 and tokens[left[0] - 1].text[0].islower():
        # "Rubio’s campaign sent out a press release saying …": the sender speaks.
        subject = sentence_subject(tokens, left[0])
        if subject:
            return subject, "inherit"
    if left and cue.lower in AMBIGUOUS_CUES and tokens[left[0]].lower in {"a", "an"} \
            and tokens[left[1] - 1].text[0].isupper() and not _record_before_evidence_verb(tokens, left, c):
        left = None  # "a Donald Trump tweet": a noun, not a cue ("a majority of voters say" is)
    if left and (c + 1 == len(tokens) or tokens[c + 1].text in {",", "."}):
        left = _source_with_modifier(tokens, left)  # (only where a source follows its content)
    if left:
        return left, "left"
    described = description_after_quote(tokens, c)
    if described:
        return described, "left"
    after_quote = c > 0 and tokens[c - 1].kind == "quote" or (
        c > 1 and tokens[c - 1].text == "," and tokens[c - 2].kind == "quote")
    if not participle and after_quote and _title_in_aside(tokens, c):
        subject = _speaker_before_aside(tokens, c)
        if subject:
            return subject, "left"  # 'Ann Lee, the author of “Going Viral,” said the days …'
    if not participle and after_quote:
        right = phrase_after(tokens, c + 1, permissive=True)
        if right and _noun_opens_clause(tokens, right):
            subject = _speaker_before_aside(tokens, c)
            if subject:
                return subject, "left"
        if right:
            return right, "right"
    if cue.lower in AMBIGUOUS_CUES:
        opening = _opening_subject(tokens, c) if cue.lower in LONG_SUBJECT_CUES else None
        return (opening, "left") if opening else (None, "none")
    if not participle and c > 0 and tokens[c - 1].text == "," and _stance_only(cue):
        opener = phrase_after(tokens, 1 if tokens[0].lower in OPENING_CONJUNCTIONS else 0)
        if opener:
            return opener, "left"  # "Ann Lee, 75, a retiree, supported Kasich": the opening name
    if not participle and c > 0 and tokens[c - 1].text in {",", "—", ":"} and not _stance_only(cue):
        right = phrase_after(tokens, c + 1)
        if right and (_pronoun_opens_clause(tokens, right) or _noun_opens_clause(tokens, right)):
            subject = _speaker_before_aside(tokens, c)
            if subject:
                return subject, "left"
        if right:
            return right, "right"
    k = c
    while k > 1 and tokens[k - 1].lower in SUBJECT_CUE_FILLERS:
        k -= 1  # "… and later said, “…”"
    if participle or k > 0 and tokens[k - 1].lower in {"and", "but"}:
        for frame in reversed(frames):
            if frame.cue is not None and frame.cue.lower != "according" and frame.cue.start < cue.start:
                return frame.source, "inherit"
        subject = sentence_subject(tokens, c)
        if subject:
            return subject, "inherit"
    if not participle and 1 < c <= MAX_SUBJECT_PREFIX and all(t.kind == "word" for t in tokens[:c]) \
            and (tokens[0].lower in DETERMINERS or tokens[0].text[0].isupper()) \
            and any(t.lower in SOURCE_NOUNS for t in tokens[:c]):
        # "People briefed on the move said …": the whole opening phrase is the subject.
        return (0, c), "left"
    if cue.lower in LONG_SUBJECT_CUES or not participle and _noun_like_before(tokens, c):
        opening = _opening_subject(tokens, c, strict=cue.lower not in LONG_SUBJECT_CUES)
        if opening:
            return opening, "left"
    if not participle and _noun_like_before(tokens, c):
        introduced = _subject_after_opener(tokens, c) or _subject_after_boundary(tokens, c)
        if introduced:
            return introduced, "left"
    return None, "none"


def _title_in_aside(tokens: list[Token], c: int) -> bool:
    """A quoted name inside the aside after an opening subject ("Ann Lee, the author of
    “Going Viral,” said …"): the quote runs on from a preposition or determiner, so it is
    no speaker's words and the cue's subject is the sentence's opening phrase."""
    q = c - 1 if tokens[c - 1].kind == "quote" else c - 2
    if q < 3 or tokens[q - 1].lower not in PREPOSITIONS_OR_DETERMINERS:
        return False
    return any(t.text == "," for t in tokens[1:q - 1]) and tokens[0].kind == "word" and tokens[0].text[0].isupper()


def _subject_after_boundary(tokens: list[Token], c: int) -> TokenRange | None:
    """A bare subject opening a clause inside the sentence: "When the moderator pointed out
    …", "…, but Fiorina's team denied …", "…; newspaper editorials railed against it"."""
    end = _subject_end(tokens, c)
    k = end
    while k > 0 and end - k < MAX_LONG_SUBJECT and tokens[k - 1].kind == "word" \
            and tokens[k - 1].lower not in CLAUSE_BOUNDARY_WORDS:
        k -= 1
    if k == 0 or k == end:
        return None
    boundary = tokens[k - 1]
    if boundary.kind == "word" and boundary.lower not in CLAUSE_BOUNDARY_WORDS or \
            boundary.kind != "word" and boundary.text not in CLAUSE_BOUNDARY_MARKS:
        return None  # too long to be a subject, or after a quote or bracket
    first = tokens[k]
    if not (first.text[0].isupper() or first.lower in DETERMINERS or first.text[0].isdigit()
            or first.lower in SUBJECT_QUANTIFIERS):
        return None
    if any(t.lower in REPORTING_VERBS for t in tokens[k:c]):
        return None
    return (k, c) if _bare_subject_stretch(tokens, k, c) else None


def _passive_or_noun_cue(tokens: list[Token], end: int, c: int) -> bool:
    """Whether the cue after a subject ending at `end` is passive ("a curfew was announced")
    or a noun: an uninflected cue word right after a singular noun ("his tax plan", "a
    leading advocate") cannot agree with it as a verb."""
    if any(t.lower in BE_FORMS for t in tokens[end:c]):
        return True
    cue = tokens[c].lower
    head = tokens[end - 1]
    uninflected = cue + "s" in CUE_CANDIDATES or cue + "es" in CUE_CANDIDATES
    singular = head.text[0].islower() and not head.lower.endswith("s") and not head.text[0].isdigit()
    return end == c and uninflected and singular


def _subject_after_opener(tokens: list[Token], c: int) -> TokenRange | None:
    """A bare subject after an opening phrase and its comma: "On Tuesday, both of Trump's
    rivals criticized …", "Indeed, proponents of the rules say …"."""
    comma = next((k for k in range(c) if tokens[k].text == ","), None)
    if comma is None or comma == 0 or comma > MAX_OPENER:
        return None
    opener = tokens[:comma]
    first = opener[0].lower
    if not (first in PREPOSITIONS or len(opener) == 1 and (first.endswith("ly") or first in SENTENCE_ADVERBS)):
        return None
    if any(t.kind != "word" or t.lower in FINITE_AUXILIARIES for t in opener):
        return None
    start = comma + 1
    if start >= c or tokens[start].lower in SUBORDINATORS or tokens[start].lower.endswith("ing"):
        return None
    if any(t.kind == "quote" or t.lower in REPORTING_VERBS for t in tokens[start:c]):
        return None
    return (start, c) if _bare_subject_stretch(tokens, start, c) else None


# Unions the functions below test against, built once rather than on every call.
PREPOSITIONS_OR_DETERMINERS_OR_FINITE_AUXILIARIES_OR_NOT_SUBJECT_ENDS: frozenset[str] = PREPOSITIONS | DETERMINERS | FINITE_AUXILIARIES | NOT_SUBJECT_ENDS


def _noun_like_before(tokens: list[Token], c: int) -> bool:
    """Whether the word before the cue (past adverbs and auxiliaries) may end a subject."""
    k = _subject_end(tokens, c)
    if k == 0:
        return False
    last = tokens[k - 1]
    if last.kind != "word":
        return last.text == ")"
    return last.lower not in PREPOSITIONS_OR_DETERMINERS_OR_FINITE_AUXILIARIES_OR_NOT_SUBJECT_ENDS \
        and strip_possessive(last.text) == last.text


def _caused_speaker(tokens: list[Token], to: int) -> TokenRange | None:
    """The object of a causing verb before "to <cue>": "led Republicans to say …", "has
    caused many to wonder whether …"; that object does the saying."""
    found = phrase_before(tokens, to, False)
    if found and found[0] > 0 and tokens[found[0] - 1].lower in CAUSATIVE_VERBS:
        return found
    return None


def _opening_subject(tokens: list[Token], c: int, strict: bool = False) -> TokenRange | None:
    """"Several people I've spoken with over the last weeks said …", "Paul Porter, a truck
    driver from Ava, Mo., who is a member of the union, said …": a long subject that opens
    the sentence (after a conjunction) and runs up to a verb of saying. `strict` (for other
    cues) wants a bare noun phrase: "Several prominent GOP elders agreed that …"."""
    start = 0
    while start < c and (tokens[start].lower in OPENING_CONJUNCTIONS or start and tokens[start].text == ","):
        start += 1  # "And …", "Still, …"
    if c - start < 2 or c - start > MAX_LONG_SUBJECT:
        return None
    first = tokens[start]
    if first.kind != "word" or not (first.text[0].isupper() or first.lower in DETERMINERS):
        return None
    if any(t.kind == "quote" or t.text in {";", ":"} or t.lower in REPORTING_VERBS for t in tokens[start:c]):
        return None  # a quote or another cue: the stretch is a clause of its own
    if first.lower in SUBORDINATORS or first.lower.endswith(("ing", "ed")):
        return None  # "When …", "Asked about …": no subject there
    if strip_possessive(tokens[c - 1].text) != tokens[c - 1].text:
        return None  # "Let's say …", "Trump's plan": an owner ends no subject
    if strict and not _bare_subject_stretch(tokens, start, c):
        return None
    return _subject_after_clause(tokens, start, c) or (start, c)


def _subject_after_clause(tokens: list[Token], start: int, c: int) -> TokenRange | None:
    """"Cruz will rethink his approach, a source close to him said": a finite clause then a
    comma and a determiner phrase; the phrase is the subject, the clause what it said."""
    comma = next((k for k in range(c - 1, start, -1) if tokens[k].text == ","), None)
    if comma is None or comma + 2 >= c or tokens[comma + 1].lower not in {"a", "an", "the"}:
        return None
    if not any(t.lower in FINITE_AUXILIARIES for t in tokens[start:comma]):
        return None
    return (comma + 1, c)


# Built once: the function below is asked about many candidate subjects.
PREPOSITIONS_OR_DUMMY_SUBJECTS: frozenset[str] = PREPOSITIONS | {"it", "there"}
CLAUSE_WORDS: frozenset[str] = FINITE_AUXILIARIES | NOT_SUBJECT_ENDS | SUBORDINATORS


def _bare_subject_stretch(tokens: list[Token], start: int, c: int) -> bool:
    """Whether the words from `start` to the cue can only be a subject: no clause opener,
    auxiliary or comma among them (past the adverbs and auxiliaries right before the cue),
    and no auxiliary after the cue."""
    end = _subject_end(tokens, c)
    if tokens[start].lower in PREPOSITIONS_OR_DUMMY_SUBJECTS or end - start < 2:
        return False
    if c + 1 < len(tokens) and tokens[c + 1].lower in FINITE_AUXILIARIES:
        return False  # "Gun rights advocates have started …": the cue word is the subject's noun
    if _passive_or_noun_cue(tokens, end, c):
        return False
    return not any(t.lower in CLAUSE_WORDS or t.text == "," for t in tokens[start:end])


def _subject_end(tokens: list[Token], c: int) -> int:
    """Where a subject before the cue ends, past the adverbs and auxiliaries between them."""
    k = c
    while k > 0 and (tokens[k - 1].lower in SUBJECT_CUE_FILLERS or tokens[k - 1].lower.endswith("ly")):
        k -= 1
    return k

