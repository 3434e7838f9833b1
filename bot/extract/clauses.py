"""Content spans: the quote or reported clause a cue introduces, before or after it.

"“…,” she said" (content before), "Trump revealed that …" (after), "“…,” he said, “…”"
(both, one attribution with two spans). Quote spans keep their marks, as annotators mark them.
"""

from __future__ import annotations

from bot.extract.cues import INFINITIVE_OBJECT_CUES, WISH_VERBS, headline_cue, is_cue, object_cue, object_start
from bot.extract.lexicon import (
    CHARACTERISING_VERBS,
    FINITE_AUXILIARIES,
    HEDGE_COPULAS,
    SUBJECT_CUE_FILLERS,
    MONTHS,
    OBJECT_CUE_PARTICLES,
    OBJECT_CUES,
    OBJECT_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    SOURCE_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THAT_ONLY_CUES,
    TIME_WORDS,
    WEEKDAYS,
)
from bot.extract.quotemarks import QuotedPassage
from bot.extract.sentences import Token
from bot.models import Span

# Punctuation that ends a reported clause.
CLAUSE_BREAKS: frozenset[str] = frozenset({";", "(", ")"})
END_PUNCT: frozenset[str] = frozenset({".", "!", "?", "…"})
DASHES: frozenset[str] = frozenset({"—", "―", "–"})
# Marks with the dashes, built once rather than on every call.
COMMA_OR_DASHES: frozenset[str] = DASHES | {","}
COMMA_OR_BRACKET_OR_DASHES: frozenset[str] = DASHES | {",", "("}
UNMARKED_CLAUSE_STOPS: frozenset[str] = DASHES | {",", ".", ";"}
# How far (tokens) after a cue we look for the "that" opening its clause.
MAX_OBJECT_BEFORE_THAT = 8
# Words of description allowed between a quote and its named source ("“…,” former Bush
# speechwriter Noam Neusner wrote").
MAX_GAP = 6
# How far (tokens) an adjunct after a cue may run: "said in an interview on Monday night".
MAX_ADJUNCT = 14
# A short prepositional phrase after a cue is an adjunct, however the clause search ends.
MAX_BARE_ADJUNCT = 6


# Cues whose content is an indirect question ("asked whether the deal would hold").
QUESTION_CUES: frozenset[str] = frozenset({
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering",
    "question", "questioned", "questioning",
})
# Words that, after a comma, open a side clause the reported content does not include.
RELATIVE_BREAKS: frozenset[str] = frozenset({"which", "who", "whom", "whose", "while", "whereas"})
# Words that, after a comma, open the writer's own aside on the reported clause ("…, compared
# with 11 percent of …", "…, leaving …"): mined from PolNeAR train, where the gold content
# ends at the comma more often than it runs on (counts only; "despite" helped train, hurt dev).
WRITER_ASIDES: frozenset[str] = frozenset({"compared", "pointing", "leaving", "leading"})
# Auxiliaries that, after ", as", open the writer's comparison with another case ("…, as did
# the governor"), not more of what was said.
COMPARING_AUXILIARIES: frozenset[str] = frozenset({
    "has", "have", "had", "did", "does", "do", "is", "are", "was", "were",
})
# Passive verbs of a question put to the speaker ("said … when asked about the storm").
QUESTION_PUT_VERBS: frozenset[str] = frozenset({"asked", "questioned", "pressed"})
# Subjects that, after ", but", open the writer's own clause rather than more of what was said
# ("…, but there is growing anger …", "…, but many doubt it"): measured on PolNeAR train and
# dev one by one ("she" lost on dev; "I", "we", "you" speak in the speaker's own voice).
BUT_CLAUSE_SUBJECTS: frozenset[str] = frozenset({"he", "they", "it", "there", "this", "some", "many", "most"})
# Words after a comma that extend an object rather than end it ("backs a ban on cloning,
# including …"): mined from PolNeAR train (counts only).
OBJECT_EXTENDERS: frozenset[str] = frozenset({"including", "such", "or"})
# Most tokens of a description set off after a name ("Gilbert Chagoury, a developer who …,").
MAX_APPOSITIVE = 15
# Words after such a description's closing comma that do not resume the clause: a list or a
# second clause goes on ("Ann Lee, a planner, and …"), or another aside ("…, who …").
APPOSITIVE_FOLLOWERS: frozenset[str] = frozenset({
    "and", "but", "or", "yet", "so", "while", "a", "an", "the", "who", "which", "according",
})
# Most tokens of a bracketed aside the clause runs past ("(R-Texas)", "(57 percent)", "(90
# percent are married, 6 percent divorced)"): 10 measured on PolNeAR train and dev (was 5).
MAX_ASIDE = 10
# Most words between a list's comma and its "and" ("candles, cake and fireworks").
MAX_LIST_ITEM = 6
# Words that, right after a named object, open a time adjunct rather than more of the object
# ("endorsed Sanders during …"): mined from PolNeAR train (counts only).
TIME_ADJUNCT_OPENERS: frozenset[str] = frozenset({"during", "after", "when"})
OBJECT_PRONOUNS: frozenset[str] = frozenset({"it", "him", "her", "them", "this", "those", "these"})
# Most words a "that" clause's subject runs to before a side clause ("that Mr. Trump, whose …").
MAX_SUBJECT = 8
TIME_UNITS: frozenset[str] = frozenset({"night", "morning", "afternoon", "evening", "week", "month", "year"})
# Words that are a date on their own, words that open one ("in", "last", "earlier"), and words
# that may follow inside it ("earlier this year", "on Dec. 4, 2015", "two weeks ago").
TIME_NAMES: frozenset[str] = WEEKDAYS | MONTHS | {"yesterday", "today", "tonight"}
TIME_LEADS: frozenset[str] = frozenset({"on", "in", "since", "early", "late", "last", "this", "earlier", "past"})
TIME_FILLERS: frozenset[str] = TIME_UNITS | TIME_NAMES | {
    "weekend", "spring", "summer", "fall", "winter", "days", "weeks", "months", "years", "ago",
    "this", "last", "earlier", "of", "the", ",", ".", "a", "few", "two", "three", "several", "mid",
    "early", "late",
}
# Words before a quote that make it a name or title ("titled “Arrogant”").
TITLE_INTRODUCERS: frozenset[str] = frozenset({
    "titled", "entitled", "dubbed", "named", "nicknamed", "headlined", "labeled", "labelled",
    "called", "slogan", "hashtag", "show", "book", "film", "movie", "album", "song", "program",
})
# Words after a quoted name that open the next predicate or clause ("called him a “liar” and
# left", "…, while …"), not more of the label.
NAMING_ENDERS: frozenset[str] = frozenset({"and", "but", "or", "while", "instead"})
# Words after a quoted object that start the next action, not more of the words said.
QUOTE_ENDERS: frozenset[str] = frozenset({
    "and", "but", "as", "before", "after", "until", "while", "when", "then", "to", "at",
})
# Cues followed by a hearer before the reported clause ("told reporters he would run").
TELL_CUES: frozenset[str] = frozenset({"tell", "tells", "told", "telling", "assured", "assures",
                                        "reminded", "reminds", "informed", "warned", "promised"})
MAX_HEARER = 6
# Objects of "told" that are the words told themselves ("told a joke", "tells the story of
# …"); annotators mark the object as content. Measured on PolNeAR train: 5 of 6 are gold.
NARRATIVE_NOUNS: frozenset[str] = frozenset({
    "story", "stories", "joke", "jokes", "tale", "tales", "anecdote", "anecdotes",
})
# Words of an aside between a cue and its "that" ("said, for example, that").
MAX_ASIDE_WORDS = 7
# How many words (article, adjectives) may stand between "told" and its narrative noun.
MAX_NARRATIVE_MODIFIERS = 3
# Question words that open what a hearer is told ("told voters why …", "tell me which one").
# ("when" and "who" more often open an adjunct or describe the hearer: "told reporters when asked")
HEARER_QUESTION_WORDS: frozenset[str] = frozenset({"why", "how", "what", "which", "where", "whether"})
# Possessives that open the told clause's subject after a hearer ("told reporters his plan …").
CLAUSE_POSSESSIVES: frozenset[str] = frozenset({"his", "her", "their", "its", "our", "my"})
# Words that cannot come between a cue and such a question word: a request ("told him to …"),
# a noun's complement ("told the story of …") or the verb of a clause already begun.
HEARER_BREAKS: frozenset[str] = FINITE_AUXILIARIES | {"to", "of"}
# Verbs that express a feeling or attitude named by their object ("expressed concern about
# Trump", "sounded a positive note about the report"): PolNeAR annotators take the object of
# the feeling noun's preposition as the content.
FEELING_EXPRESSION_VERBS: frozenset[str] = frozenset({
    "express", "expresses", "expressed", "expressing", "sound", "sounds", "sounded", "sounding",
})
FEELING_PREPOSITIONS: frozenset[str] = frozenset({"about", "with", "over", "in", "on", "for", "toward", "towards"})
# Words that cannot come between such a verb and its feeling noun's preposition.
FEELING_NOUN_BREAKS: frozenset[str] = frozenset({"that", "to", "and", "or", "but", "of", "as"})
MAX_FEELING_WORDS = 3
# Words that join a second predicate of the same subject, and the articles that rather open
# two modifiers of one noun ("an able and determined opponent").
COORDINATED_PREDICATE_JOINERS: frozenset[str] = frozenset({"and", "but"})
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"a", "an"})
# Cues whose content is a hearer and a request ("urged Congress to act").
REQUEST_CUES: frozenset[str] = frozenset({
    "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "told", "tells",
    "invited", "invites", "encouraged", "encourages", "called", "calls", "pressed", "implored",
    "begged", "challenged", "challenges", "warned", "warns", "ordered", "orders", "directed",
})
# Words that cannot open a verb's object: the verb is passive or its object came before.
NO_OBJECT_OPENERS: frozenset[str] = PREPOSITIONS - {"about", "to", "for", "of"} | {"and", "or", "but", "which", "even"}
# Words after a quoted object that start an adjunct or a new clause, not more content.
QUOTE_TAIL_BREAKS: frozenset[str] = TIME_WORDS | PREPOSITIONS - {"of", "to", "for", "about", "as"} | {"but", ","}
# Words that join a new clause after a comma.
COORDINATORS: frozenset[str] = frozenset({"and", "but", "or", "yet", "so", "while"})
# Words that open the writer's adjunct after "said so" ("said so in December", "say so
# publicly"), unlike the adjective "so" modifies in "felt so strongly".
SO_ADJUNCT_OPENERS: frozenset[str] = PREPOSITIONS | TIME_WORDS | {"too", "again", "now", "then", "and", "but", "because"}
SO_MODIFIED: frozenset[str] = frozenset({"early", "likely", "only", "lovely", "ugly", "friendly", "costly", "deadly", "badly"})
# Words that open a noun phrase object ("mentioned the attack", "fear their votes …").
DETERMINERS_OF_OBJECTS: frozenset[str] = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "any", "no",
})
# Cues whose content may be an infinitive with no "that" ("vowed to stay"), mined from the
# PolNeAR train cues with their content (counts only).
INFINITIVE_CUES: frozenset[str] = frozenset({
    "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise",
    "promises", "promised", "promising", "agree", "agrees", "agreed", "decide", "decides",
    "decided", "threaten", "threatens", "threatened", "threatening", "offer", "offers",
    "offered", "expect", "expects", "expected", "intend", "intends", "intended", "demand",
    "demands", "demanded", "learned", "hope", "hopes", "hoped",
}) | WISH_VERBS
# Cues whose content may be an object and an infinitive ("expect the press to …").
OBJECT_INFINITIVE_CUES: frozenset[str] = frozenset({"expect", "expects", "want", "wants", "wanted"})
# Cues of knowing and deciding, whose content may be an indirect question or a bare clause.
KNOWING_CUES: frozenset[str] = frozenset({
    "know", "knows", "knew", "learned", "learn", "decide", "decided", "understand",
    "understands", "understood", "realize", "realized", "realizes", "remember", "remembers",
    "remembered", "forget", "forgot",
})
# Pronouns that open a bare clause ("fear they will lose"), but not an object ("knows it").
PERSON_SUBJECTS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
QUESTION_WORDS: frozenset[str] = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where"})
# Words that open the question a verb of asking puts ("asked Rubio which states he could win");
# elsewhere "which" mostly opens a relative clause.
ASKED_QUESTION_WORDS: frozenset[str] = QUESTION_WORDS | {"which"}
# Words that open the question put in "when asked whether …", "when pressed on …".
QUESTION_PUT_OPENERS: frozenset[str] = ASKED_QUESTION_WORDS | {"about", "on"}
# Question words that open an indirect question as an object ("mentioned how …"); "if" and
# "when" more often open an adjunct ("mentioned when asked"): measured on PolNeAR dev and train.
OBJECT_QUESTION_WORDS: frozenset[str] = frozenset({"whether", "how", "why", "what"})
# Participles after "“…,” he said," that open a second utterance: the quote after them is
# annotated as its own attribution ("…, adding:", "…, before asking her,"), unlike the quote
# after a describing participle ("…, recalling her own experience: “…”"). Measured on train.
SEQUEL_CUES: frozenset[str] = frozenset({"adding", "asking", "suggesting"})


# Unions the functions below test against, built once rather than on every call.
REQUEST_OR_INFINITIVE_CUES: frozenset[str] = REQUEST_CUES | OBJECT_INFINITIVE_CUES | INFINITIVE_CUES
PREPOSITIONS_OR_HEARER_BREAKS: frozenset[str] = PREPOSITIONS | HEARER_BREAKS
THAT_ONLY_CUES_OR_WISH_VERBS: frozenset[str] = THAT_ONLY_CUES | WISH_VERBS
THAT_ONLY_CUES_BUT_TELL_OR_REQUEST: frozenset[str] = THAT_ONLY_CUES - TELL_CUES - REQUEST_CUES
TIME_WORDS_OR_TIME_UNITS: frozenset[str] = TIME_WORDS | TIME_UNITS


SUBJECT_PRONOUNS_BUT_YOU: frozenset[str] = SUBJECT_PRONOUNS - {"you"}  # built once, not on every call


# The only words at which skip_to_clause's search can stop or find the clause.
CLAUSE_SEARCH_WORDS: frozenset[str] = ASKED_QUESTION_WORDS | FINITE_AUXILIARIES | {"that", "to"}


def skip_to_clause(tokens: list[Token], i: int, cue: str) -> tuple[int, bool]:
    """Index where the clause introduced by a cue begins, and whether it was marked
    ("that", a colon, or a comma before a quote)."""
    if _pronoun_subject_opens(tokens, i):
        return i, True  # "say they feel that way": the clause is "they feel …", not "that way"
    if cue in INFINITIVE_CUES and i + 1 < len(tokens) and tokens[i].lower == "to" and tokens[i + 1].kind == "word":
        return i, False  # "promising to impose tariffs on firms that move …": the infinitive, not a relative "that"
    for k in range(i, min(len(tokens), i + MAX_OBJECT_BEFORE_THAT)):
        token = tokens[k]
        if token.kind == "word" and token.lower not in CLAUSE_SEARCH_WORDS:
            continue  # no rule below stops or opens the clause at this word
        if token.kind == "quote":
            if k == i:
                return k, True
            break
        if token.lower == "that" and k + 1 < len(tokens):
            if k > i + 1 and tokens[k - 1].lower in {"and", "but"}:
                return i, True  # "said he was tired and that he …": two clauses, both said
            return k, True  # the reported clause keeps its "that", as annotators mark it
        if token.lower in ASKED_QUESTION_WORDS and cue in QUESTION_CUES and k + 1 < len(tokens) \
                and not _relative_which(tokens, k):
            return k, True  # "asked whether …"
        if token.text == ":":
            return k + 1, True
        if token.text == "," and k + 1 < len(tokens) and tokens[k + 1].kind == "quote":
            return k + 1, True
        if token.text == ",":
            aside = _aside_before_that(tokens, k)
            if aside is not None:
                return aside, True  # "testified, for example, that …"
        if token.text in {",", ";"} or token.text in END_PUNCT:
            break
        if token.lower == "to" and k + 1 < len(tokens) and tokens[k + 1].kind == "word" \
                and cue in REQUEST_OR_INFINITIVE_CUES:
            break  # "urged Congress to pass a measure that …": the request, not a "that" clause
        if k > i and token.lower in FINITE_AUXILIARIES and cue in SPEECH_VERBS:
            break  # "said officials have video that shows …": the clause has its verb; "that" is inside
    if cue in TELL_CUES and not (i < len(tokens) and tokens[i].lower == "to"):
        # "told the National Post he’s already …": skip the hearer to the clause's subject
        # (but "promised to stay out of it" has no hearer).
        for k in range(i + 1, min(len(tokens), i + 2 * MAX_HEARER + 1)):
            subject = _uncontracted(tokens[k].lower)
            if tokens[k].lower == "that" or k <= i + MAX_HEARER and subject in SUBJECT_PRONOUNS_BUT_YOU:
                return k, True
            if tokens[k].lower in HEARER_QUESTION_WORDS and k <= i + MAX_HEARER and k + 1 < len(tokens) \
                    and tokens[k + 1].kind == "word" and not any(t.lower in HEARER_BREAKS for t in tokens[i:k]):
                return k, True  # "tells them why the stock is a good buy", "told me which one"
            if tokens[k].lower in CLAUSE_POSSESSIVES and k <= i + MAX_HEARER and k + 2 < len(tokens) \
                    and tokens[k + 1].kind == "word" and not any(t.lower in PREPOSITIONS_OR_HEARER_BREAKS for t in tokens[i:k]):
                return k, True  # "told the AP his firm worked closely with …"
            if tokens[k].kind != "word" or tokens[k].lower in SUBORDINATORS:
                break  # "told his advisers as he labored": the pronoun is in another clause
    if cue in THAT_ONLY_CUES_OR_WISH_VERBS or cue == "according" or cue in OBJECT_CUES and cue not in REPORTING_VERBS:
        return i, False  # an object cue's bare words are its object ("voted for the bill")
    if i < len(tokens) and tokens[i].lower in OBJECT_CUE_PARTICLES.get(cue, ()) and not _modifies_noun(tokens, i - 1):
        return i, False  # "is calling for a recount": the particle opens an object, not a clause
    if i < len(tokens) and tokens[i].lower in TIME_WORDS:
        # "said Thursday his biggest worry …": the clause follows the time words.
        k = i
        while k < len(tokens) and tokens[k].lower in TIME_WORDS_OR_TIME_UNITS:
            k += 1
        if k >= len(tokens) or tokens[k].lower not in PREPOSITIONS:
            return k, k < len(tokens) and tokens[k].kind != "punct"
        i = k  # "said Wednesday on Fox News that …": an adjunct follows
    if i < len(tokens) and tokens[i].lower in PREPOSITIONS:
        # "said on Monday he would …", "said on ABC’s “This Week” that …": the clause starts
        # after the adjunct, at "that", a subject pronoun, or a quote that is not a title.
        for k in range(i + 1, min(len(tokens), i + MAX_ADJUNCT)):
            token = tokens[k]
            if token.lower == "that" or _uncontracted(token.lower) in SUBJECT_PRONOUNS:
                return k, True
            if token.kind == "quote":
                if tokens[k - 1].kind == "word" and tokens[k - 1].text[0].islower():
                    return k, True
                continue
            if token.kind != "word" and token.text not in {"’", "'"}:
                break
    return i, i < len(tokens) and tokens[i].text not in UNMARKED_CLAUSE_STOPS


# Words that may open a sentence before its fronted subordinate clause ("But if …").
SENTENCE_CONJUNCTIONS: frozenset[str] = frozenset({"and", "but", "so", "yet", "or"})
# Words that may lead up to a fronted subordinator ("Even as …", "A few weeks after …",
# "Long before …", "At a time when …").
SUBORDINATE_LEADS: frozenset[str] = frozenset({
    "even", "a", "few", "long", "shortly", "just", "soon", "only", "not", "hours", "days", "weeks",
    "months", "years", "moments", "two", "three", "several", "at", "time",
})
# Words that open such a fronted clause or phrase ("Despite complaints that …, he …").
FRONTED_OPENERS: frozenset[str] = SUBORDINATORS | {"despite", "unless"}


# Unions the functions below test against, built once rather than on every call.
HEDGE_COPULAS_OR_SUBJECT_CUE_FILLERS: frozenset[str] = HEDGE_COPULAS | SUBJECT_CUE_FILLERS


def _pronoun_subject_opens(tokens: list[Token], i: int) -> bool:
    """Whether a bare clause opens right after a cue with a pronoun as its subject ("say they
    feel that way", "said he knew that …", "said it was …"): a later "that" is inside it."""
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return False
    if tokens[i].lower == "it":
        # "said it was postponing a rally that …", but not "took it as a sign that …"
        following = tokens[i + 1].lower
        return following in FINITE_AUXILIARIES or following.endswith("ed")
    return _uncontracted(tokens[i].lower) in PERSON_SUBJECTS or tokens[i].lower in {"it’s", "it's"}


def _modifies_noun(tokens: list[Token], c: int) -> bool:
    """A participle right after a common noun ("softer language calling for …") describes
    that noun rather than reporting its source's words."""
    before = tokens[c - 1] if c > 0 else None
    return tokens[c].lower.endswith("ing") and before is not None and before.kind == "word" \
        and before.text[0].islower() and before.lower not in HEDGE_COPULAS_OR_SUBJECT_CUE_FILLERS \
        and not before.lower.endswith("ly")


def _relative_which(tokens: list[Token], k: int) -> bool:
    """"questions for which he got no answer", "(which also …)": "which" opening a relative
    clause, not the question asked."""
    return tokens[k].lower == "which" and (tokens[k - 1].kind != "word" or tokens[k - 1].lower in PREPOSITIONS)


def _uncontracted(word: str) -> str:
    """ "he’s" → "he", "they'll" → "they": the pronoun of a contraction."""
    if "’" not in word and "'" not in word:
        return word  # (most words: nothing to split)
    return word.split("’")[0].split("'")[0]


def _subject_so_far(tokens: list[Token], start: int, comma: int) -> bool:
    """Whether a "that" clause has only its subject before a comma ("that the senator, who …,
    will run"): no finite verb yet, so a side clause there sits inside the reported words."""
    if tokens[start].lower != "that" or comma - start > MAX_SUBJECT:
        return False
    return not any(t.lower in FINITE_AUXILIARIES or t.lower.endswith("ed")
                   for t in tokens[start + 1:comma])


def _named_object(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] is a bare name or object pronoun ("Clinton", "Sen. Ann Lee", "it")."""
    if end - start == 1 and tokens[start].lower in OBJECT_PRONOUNS:
        return True
    return all(t.kind == "word" and t.text[0].isupper() for t in tokens[start:end])


def _describes_people(tokens: list[Token], k: int) -> bool:
    """ "…, who" after a common noun ("voters, who …") or before "was/were/are" ("Hale, who
    was fired in May, will …") describes people inside the reported clause; otherwise it is
    more often the writer's aside (measured on PolNeAR train)."""
    before = tokens[k - 2] if k >= 2 else None
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return tokens[k].lower == "who" and before is not None and before.kind == "word" and (
        before.text[0].islower() or after in {"was", "were", "are"})


def _after_but_adverbs(tokens: list[Token], k: int) -> Token | None:
    """The word after any sentence adverbs that follow "but" ("…, but ultimately Lee thinks …"),
    which may open a new clause of the writer's."""
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower.endswith("ly") and tokens[k].text[0].islower():
        k += 1
    return tokens[k] if k < len(tokens) else None


def _writers_turn(tokens: list[Token], start: int, k: int) -> bool:
    """Whether the writer's own words begin at tokens[k] inside a clause that began at
    `start` (each case measured on PolNeAR train and dev)."""
    token, following = tokens[k], tokens[k + 1]
    if token.text == ",":
        if following.lower in WRITER_ASIDES:
            return True  # "…, compared with 30 percent last year"
        if following.lower in PREPOSITIONS and k + 2 < len(tokens) and tokens[k + 2].lower == "whom":
            return True  # "…, with whom he clashed": the writer's relative clause on a person
        subject = tokens[k + 2] if k + 2 < len(tokens) else None
        if following.lower == "as" and subject is not None and subject.lower in COMPARING_AUXILIARIES:
            return True  # "…, as has the mayor", "…, as was the case on Tuesday": the writer compares
        if following.lower == "but":
            subject = _after_but_adverbs(tokens, k + 2)  # "…, but ultimately Lee thinks …"
        if following.lower == "but" and subject is not None and (  # "…, but Democrats say …"
                subject.lower in BUT_CLAUSE_SUBJECTS
                or subject.kind == "word" and subject.text[0].isupper() and subject.text != "I"):
            return True
        # "vowed to stay in the race, and …": an infinitive ends at its comma
        return tokens[start].lower == "to" and following.lower in {"and", "but"}
    subject = _after_but_adverbs(tokens, k + 2) if following.lower == "but" else None
    if token.text in {"—", "-", "–"} and subject is not None \
            and (subject.lower in BUT_CLAUSE_SUBJECTS or subject.text[0].isupper() and subject.text != "I"):
        return True  # "… on April 4 - but the Sanders campaign rejected …": a new clause, the writer's
    if token.text == "—":
        # "… — raising doubts about …": a participle after a dash, but "— including …" goes on
        # with the object (measured on PolNeAR train, +4 matched; dev unchanged)
        return following.kind == "word" and following.lower.endswith("ing") and following.lower not in OBJECT_EXTENDERS
    if token.lower in SUBORDINATORS and k > start + 1 and _question_put(tokens, k + 1):
        return True  # "… when asked about the storm": the writer's setting, not the words said
    # "…, even as the polls tightened"
    return token.lower == "even" and k > start + 1 and following.lower in {"as", "though"}


def _question_put(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k:] read "asked whether …", "being asked about …" or "he was pressed on …"."""
    if k + 2 < len(tokens) and tokens[k].lower in SUBJECT_PRONOUNS and tokens[k + 1].lower in {"was", "were"}:
        k += 2
    elif k + 1 < len(tokens) and tokens[k].lower == "being":
        k += 1
    return k + 1 < len(tokens) and tokens[k].lower in QUESTION_PUT_VERBS \
        and tokens[k + 1].lower in QUESTION_PUT_OPENERS  # a question, not a request ("asked to leave")


def _fronted_subordinate(tokens: list[Token], start: int) -> bool:
    """Whether the sentence opens with a subordinate clause that holds `start`: "When …",
    "Even as …", "But if …", "A few weeks after …", "Long before …", "Despite claims that …"."""
    k = 0
    if tokens and tokens[0].lower in SENTENCE_CONJUNCTIONS:
        k = 1
    while k < start and tokens[k].lower in SUBORDINATE_LEADS:
        k += 1
    return k < start and k < len(tokens) and tokens[k].lower in FRONTED_OPENERS


# Marks (and spaces between nested ones) that close a quote token: "”", "''", "’ ”", a stray "“".
QUOTE_CLOSERS = "\"”“'’‘ "


def last_quoted_char(token: Token) -> str:
    """The last character of a quote token's words, before its closing marks: "," in “…,”,
    ''…,'' and “… ‘…,’ ”."""
    return token.text.rstrip(QUOTE_CLOSERS)[-1:]


def _after_comma_quote(following: Token) -> bool:
    """Whether a clause ends at a quote closed by its own comma ("was “incognito,” sparking
    …", "“…,” referring to …"): a participle after it is the writer's comment on the words,
    not more of them ("including" goes on with the object). Measured on PolNeAR train and
    dev; "and"/"but" after the quote lost on both."""
    return following.kind == "word" and following.lower.endswith("ing") and following.lower not in OBJECT_EXTENDERS


def _name_appositive_close(tokens: list[Token], comma: int) -> int | None:
    """The comma closing "Name, a description," in mid-clause, when the clause goes on after
    it ("quoted Ana Ruiz, a city planner, as saying …"); None if the description ends it."""
    before = tokens[comma - 1]
    if before.kind != "word" or not before.text[0].isupper():
        return None
    for j in range(comma + 2, min(len(tokens) - 1, comma + MAX_APPOSITIVE + 2)):
        if tokens[j].text in CLAUSE_BREAKS or tokens[j].text in END_PUNCT or tokens[j].kind == "quote":
            return None
        if tokens[j].text == ",":
            following = tokens[j + 1]
            goes_on = following.kind == "word" and following.lower not in APPOSITIVE_FOLLOWERS
            return j if goes_on else None
    return None


# The only words and marks at which a rule of clause_end can fire (word tokens begin with a
# letter or digit, so the two never overlap); clause_end walks past every other word or mark
# with this one set test, built once, instead of trying each rule on it.
CLAUSE_END_WORDS: frozenset[str] = (
    TIME_ADJUNCT_OPENERS | RELATIVE_BREAKS | SUBORDINATORS | {"according", "even"}
    | {verb for verb in SPEECH_VERBS if verb.endswith("ing")}
)
CLAUSE_END_MARKS: frozenset[str] = CLAUSE_BREAKS | {"(", ",", ":", "—", "-", "–"}
CLAUSE_END_CANDIDATES: frozenset[str] = CLAUSE_END_WORDS | CLAUSE_END_MARKS


def clause_end(tokens: list[Token], start: int, said_that: bool = False) -> int:
    """End (exclusive) of a reported clause starting at `start`; a `said_that` clause (a speech
    verb's "that" clause) keeps its ", which" aside."""
    if _fronted_subordinate(tokens, start) and not any(t.text == "," for t in tokens[1:start]):
        # "When Trump suggested that …, Rubio fired back": the clause ends at its comma
        # (so does "Even as …"); a cue after that comma is in the main clause, unbounded.
        for k in range(start, len(tokens)):
            if tokens[k].text == "," and k > start:
                return k
            if tokens[k].kind == "quote" and last_quoted_char(tokens[k]) == ",":
                return k + 1
    k = start
    count = len(tokens)  # read once: the loop below runs over most of the sentence
    while k < count:
        token = tokens[k]
        if token.kind != "quote" and token.lower not in CLAUSE_END_CANDIDATES:
            k += 1  # no rule below fires on this token
            continue
        if token.text == "(" and k > start:
            close = next((j for j in range(k + 1, min(len(tokens), k + MAX_ASIDE + 2))
                          if tokens[j].text == ")"), None)
            if close is not None and close + 1 < len(tokens) and tokens[close + 1].text not in END_PUNCT:
                k = close + 1  # "Sen. Ann Lee (D-Ore.) will …": a short label inside the clause
                continue
        if token.text in CLAUSE_BREAKS:
            return k
        if token.lower in TIME_ADJUNCT_OPENERS and k > start and _named_object(tokens, start, k):
            return k  # "praised Clinton during a rally": the object is the name alone
        if token.kind == "word" and token.lower.endswith("ing") and token.lower in SPEECH_VERBS:
            if k > start and (tokens[k - 1].text == "," or tokens[k - 1].lower == "and"
                              or tokens[k - 1].kind == "quote"):
                return k - 1 if tokens[k - 1].kind != "quote" else k
        if token.lower == "according" and k > start and tokens[k - 1].text == ",":
            return k - 1
        if k > start and token.lower in RELATIVE_BREAKS and not _describes_people(tokens, k) \
                and not (said_that and token.lower == "which") \
                and not _subject_so_far(tokens, start, k - 1) and (
                tokens[k - 1].text == "," or tokens[k - 1].kind == "quote" and last_quoted_char(tokens[k - 1]) == ","):
            return k - 1 if tokens[k - 1].text == "," else k  # "…, which is its top rating"
        if token.text == "," and k > start and k + 1 < len(tokens) and tokens[k + 1].lower in {"a", "an"} \
                and not _subject_so_far(tokens, start, k):
            close = _name_appositive_close(tokens, k)
            if close is not None:
                k = close + 1  # "connect Gilbert Chagoury, a developer, with someone at …"
                continue
            return k  # the contest was "rigged", a charge the party denied
        if token.kind == "quote" and k + 1 < len(tokens) and last_quoted_char(token) == "," \
                and _after_comma_quote(tokens[k + 1]):
            return k + 1
        if k > start and k + 1 < len(tokens) and _writers_turn(tokens, start, k):
            return k - 1 if token.lower == "even" and tokens[k - 1].text == "," else k
        if token.text == ":" and k + 1 < len(tokens) and tokens[k + 1].kind == "quote" and k > start:
            return k  # "he was too busy: “…”": the quote is its own attribution
        k += 1
    while k > start and (tokens[k - 1].text in END_PUNCT or tokens[k - 1].text in {",", ":"}):
        k -= 1
    return k


# Unions the functions below test against, built once rather than on every call.
TIME_WORDS_OR_TIME_UNITS_OR_TIME_NAMES: frozenset[str] = TIME_WORDS | TIME_UNITS | TIME_NAMES
KNOWING_CUES_OR_THAT_ONLY_CUES: frozenset[str] = KNOWING_CUES | THAT_ONLY_CUES


def _unmarked_content(tokens: list[Token], cue: str, after: int) -> tuple[int, int] | None:
    """Content with no "that" after a cue that needs one for a bare clause: an infinitive
    ("vowed to stay in the race"), an object and infinitive ("expect the press to …"), an
    indirect question ("knows how to use it") or a clause opened by a pronoun ("fear they
    will lose")."""
    if cue in INFINITIVE_CUES:
        while after + 1 < len(tokens) and tokens[after].lower in TIME_WORDS_OR_TIME_UNITS_OR_TIME_NAMES:
            after += 1  # "vowed last month to take …", "promised Monday to begin …"
    if after + 1 >= len(tokens) or tokens[after + 1].kind != "word":
        return None
    first = tokens[after].lower
    opens = (
        first == "to" and cue in INFINITIVE_CUES
        or cue in OBJECT_INFINITIVE_CUES and any(
            t.lower == "to" for t in tokens[after + 1:after + MAX_HEARER + 1])
        or first in QUESTION_WORDS and cue in KNOWING_CUES
        or _uncontracted(first) in PERSON_SUBJECTS and cue in KNOWING_CUES_OR_THAT_ONLY_CUES
    )
    if not opens:
        return None
    end = clause_end(tokens, after)
    return (after, end) if end > after + 1 else None


def _title_case(quoted: str) -> bool:
    """Whether quoted words read as a title: every longer word capitalised."""
    words = [w for w in quoted.strip("\"“”'‘’ ,.").split() if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


# Marks that may stand between the quotes of a stretch that is quotation only.
QUOTE_JOINING_MARKS: frozenset[str] = frozenset({",", ":", "—", "."})


def range_spans(
    tokens: list[Token], a: int, b: int, passages: list[QuotedPassage]
) -> tuple[list[Span], list[int], bool]:
    """Content spans for tokens[a:b]; a stretch of quotes only becomes its quote spans."""
    window = tokens[a:b]
    quote_ids = list(dict.fromkeys([t.quote for t in window if t.kind == "quote"]))
    # Quotes and the marks between them only (the first word usually settles it).
    only_quotes = bool(quote_ids) and all(
        t.kind == "quote" or t.kind == "punct" and t.text in QUOTE_JOINING_MARKS for t in window)
    if only_quotes:
        spans: list[Span] = []
        for pid in quote_ids:
            spans.extend((s.outer_start, s.outer_end) for s in passages[pid].segments)
        return spans, quote_ids, True
    return [(tokens[a].start, tokens[b - 1].end)], quote_ids, False


# Tokens that end the clause a quote before its source may stand in: sentence punctuation,
# and a dash or bracket that sets the quote off ("was unserious - “Again, …,” she said").
QUOTE_RUN_STOPS: frozenset[str] = frozenset({".", ";", ":", "—", "–", "―", "-", "--", "("})


def quote_run_before(tokens: list[Token], end: int) -> int | None:
    """Start of the quotes (and the clause opening them) that end just before `end`."""
    k = end
    while k > 0 and tokens[k - 1].text in {",", "—", "–", "―"}:
        k -= 1
    if k == 0 or tokens[k - 1].kind != "quote":
        return None
    first = k - 1
    while first > 0 and (tokens[first - 1].kind == "quote" or tokens[first - 1].text in {",", "and"}):
        first -= 1
    # A partial quote in a clause: "The country “has changed,” he said".
    while first > 0 and tokens[first - 1].text not in QUOTE_RUN_STOPS and tokens[first - 1].kind != "quote":
        first -= 1
    return first


# Unions the functions below test against, built once rather than on every call.
PREPOSITIONS_OR_SUBORDINATORS_OR_TIME_WORDS: frozenset[str] = PREPOSITIONS | SUBORDINATORS | TIME_WORDS
# Lowercase words inside a title before a name ("…, the Director of Government Affairs Phil
# Smith said"); anything else makes the stretch a clause.
TITLE_DESCRIPTION_WORDS: frozenset[str] = SOURCE_NOUNS | {"the", "a", "an", "of", "for"}
FINITE_AUXILIARIES_OR_PREPOSITIONS: frozenset[str] = FINITE_AUXILIARIES | PREPOSITIONS


def left_content(tokens: list[Token], head: int, how: str, has_right: bool,
                  quoted_right: bool = False) -> tuple[int, int] | None:
    """Content before a source: "“…,” she said" or "The plan failed, officials said"."""
    if head <= 0 or how == "inherit":
        return None
    if tokens[head - 1].lower == "as":
        return None  # "as Xinhua noted, …": the content follows
    first = quote_run_before(tokens, head)
    if first is not None and has_right and not quoted_right and (
            first > 0 and tokens[first].kind != "quote" or tokens[0].kind == "word" and (
                tokens[0].lower in PREPOSITIONS_OR_SUBORDINATORS_OR_TIME_WORDS or tokens[0].lower.endswith("ing"))):
        # "Asked about “X,” Sanders said he …", "Walking in to chants of “Marco!,” the
        # senator said his …": the quote sets the scene; the content follows the cue. A quote
        # that opens its clause ("…: “…,” the mayor says directly to …") is still the words.
        first = None
    gap = head
    while (first is None and gap > 0 and head - gap < MAX_GAP
           and (tokens[gap - 1].kind == "word" or tokens[gap - 1].text == "&")
           and not is_cue(tokens, gap - 1)):
        gap -= 1  # "“…,” Trump lawyer Marc Kasowitz said"
        first = quote_run_before(tokens, gap)
        quote = tokens[gap - 1] if gap > 0 else None
        if first is not None and quote is not None and quote.kind == "quote" \
                and last_quoted_char(quote) not in {",", ".", "!", "?"}:
            first = None  # "the “Daily Show” host said": a title, not the words said
    if first is not None:
        end = gap
        while end > first and tokens[end - 1].text in {",", "—", "–", "―"}:
            end -= 1
        opening = tokens[first]
        quote = tokens[end - 1]
        before = tokens[end - 2] if end - 1 > first else None
        if opening.text[0].isupper() and opening.lower in PREPOSITIONS:
            # (the title test reads every word of the quote, so it waits for the rare opening
            # preposition that makes it matter)
            title = quote.kind == "quote" and _title_case(quote.text) or (
                before is not None and before.kind == "word" and before.text[0].isupper())
            if title:
                return None  # "On Tuesday’s episode of “The Steve Harvey Show,” she said": a setting
        if before is not None and before.lower in TITLE_INTRODUCERS:
            return None  # "The spot, titled “Arrogant,” …": a name, not words said
        if quoted_right and quote.kind == "quote" and last_quoted_char(quote) in {".", "?", "!"}:
            return None  # "… “… girls.” Cruz says, “…”": the quote ended the last sentence
        return (first, end)
    if first is None and 0 < gap < head and tokens[gap - 1].text == "," \
            and tokens[gap].lower not in {"of", "for"} and (all(
            t.kind == "word" and (t.text[0].isupper() or t.lower in TITLE_DESCRIPTION_WORDS)
            for t in tokens[gap:head]) or _role_before_name(tokens, gap, head)):
        head = gap  # "…, Republican candidate Ben Carson said": a description before the name
    trailing_according = how == "according" and tokens[head - 1].kind == "word" and not has_right
    if tokens[head - 1].text in COMMA_OR_DASHES and (not has_right or quoted_right) or trailing_according:
        # "…, police said", "… robbery — according to FBI data", "… delegates according to AP"
        lead = head if trailing_according else head - 1
        first = 0
        closing = None
        for k in range(lead - 1, -1, -1):
            ends_sentence = tokens[k].kind == "quote" and last_quoted_char(tokens[k]) in {",", ".", "!", "?"}
            if tokens[k].text == ")":
                closing = k
            if tokens[k].text == "(" and closing is not None and closing - k <= MAX_ASIDE + 1:
                closing = None
                continue  # "Sen. Ann Lee (D-Ore.) will vote no, aides said": a label inside
            if tokens[k].text in {";", ":", "("} or ends_sentence and k != 0:
                first = k + 1  # (a quote inside the clause, "was “stagnant” as …", does not end it)
                break
        if trailing_according or how == "according":
            first = _relative_clause_start(tokens, first, lead)
        if lead - first >= 3 and (not quoted_right or any(t.kind == "quote" for t in tokens[first:lead])):
            return (first, lead)
        if trailing_according and _pointing_subject(tokens[first:lead]):
            return (first, first + 1)  # "That’s according to exit polls": "That" stands for the finding
    return None


def _relative_clause_start(tokens: list[Token], first: int, lead: int) -> int:
    """"…, which stood at 263, according to the AP": the figure the source vouches for is the
    relative clause right before it, not the main clause around it."""
    for k in range(lead - 1, first, -1):
        if tokens[k].text == "," or tokens[k].kind == "quote":
            return first
        if tokens[k].lower in {"which", "who"} and tokens[k - 1].text == ",":
            return k
    return first


def _pointing_subject(words: list[Token]) -> bool:
    """"That’s", "That is", "This was": a pronoun pointing back at the sentence before."""
    if not words or words[0].lower.replace("’", "'") not in POINTING_WORDS:
        return False
    return len(words) == 1 and words[0].lower.replace("’", "'") not in {"that", "this"} \
        or len(words) == 2 and words[0].lower in {"that", "this"} and words[1].lower in {"is", "was"}


# A pronoun that points back at the finding before it, alone or with its copula ("That’s
# according to …").
POINTING_WORDS: frozenset[str] = frozenset({"that's", "this's", "that", "this"})
# Title-case words that end a headline's content ("Pence Endorses Ryan With Trump’s Blessing").
HEADLINE_BREAKS: frozenset[str] = frozenset({
    "With", "Amid", "After", "Despite", "During", "Before", "While", "–", "—",
})


def _headline_clause_and(tokens: list[Token], k: int) -> bool:
    """ "Backs Trump And Denounces Clinton", "…, And He’s Willing …": a headline's "And" before
    a verb or a pronoun opens a second clause; before a name or noun ("Hillary And The
    Media", "Cruz And Trump") it joins objects."""
    if tokens[k].text != "And" or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return _uncontracted(following.lower) in SUBJECT_PRONOUNS or following.lower.endswith("s") \
        and not following.lower.endswith("ss") and following.text[0].isupper() and not following.text.isupper()


# Words after "and"/"but" that open the subject's second predicate, not more of the object
# ("endorsed Kasich and is slated to be a delegate", "supports Clinton but is not working for her").
# Modals are left out: "would support X and would Y" goes on with what the source would do.
SECOND_PREDICATE_OPENERS: frozenset[str] = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "does", "did",
})
# Adverbs that may stand between the conjunction and that verb ("but also has praise for …");
# before a bare verb they go on with an infinitive ("to write … and also show …").
PREDICATE_ADVERBS: frozenset[str] = frozenset({"also", "then", "later", "still", "now"})
# What may follow a past-tense verb that opens the second predicate ("and handed Clinton her
# lead", "and watched the speakers", "and organized for him"); a participle used as an
# adjective goes on with its noun ("and advanced cellulosic fuels").
PAST_VERB_FOLLOWERS: frozenset[str] = OBJECT_DETERMINERS | PREPOSITIONS | frozenset({"him", "them", "it", "us", "me"})


def _past_verb(tokens: list[Token], k: int, end: int) -> bool:
    """A lowercase "-ed" word before an object or a preposition: a verb in the past tense."""
    word = tokens[k]
    return word.kind == "word" and word.text[0].islower() and word.lower.endswith("ed") and "-" not in word.text \
        and k + 1 < end and (tokens[k + 1].lower in PAST_VERB_FOLLOWERS or tokens[k + 1].text[0].isupper())


def _second_predicate_start(tokens: list[Token], start: int, end: int) -> int:
    """Where a stance verb's object ends at "and"/"but" before the subject's next verb, else `end`."""
    for k in range(start + 1, end - 1):
        if tokens[k].lower not in {"and", "but"}:
            continue
        following = k + 2 if tokens[k + 1].lower in PREDICATE_ADVERBS and k + 2 < end else k + 1
        if tokens[following].lower in SECOND_PREDICATE_OPENERS or _past_verb(tokens, following, end):
            return k - 1 if tokens[k - 1].text == "," else k
    return end


def right_content(tokens: list[Token], c: int, after: int, how: str, quoted_left: bool,
                  head: int | None = None, nested: bool = False) -> tuple[int, int] | None:
    """Content after a cue: a "that" clause, a colon, a quote, or a bare reported clause.
    A `nested` cue (inside another attribution's content) needs a marked clause."""
    cue = tokens[c].lower
    if how == "left" and headline_cue(tokens, c):
        end = clause_end(tokens, after)  # a headline reports with neither "that" nor quotes
        end = next((k for k in range(after + 1, end) if tokens[k].text in HEADLINE_BREAKS
                    or _headline_clause_and(tokens, k)), end)
        return (after, end) if end > after else None
    if quoted_left:
        # "“…,” he said, “…”": only further quotation continues the content.
        for k in range(after, len(tokens)):
            if tokens[k].lower in {"and", "but"} and tokens[k - 1].text == ",":
                # "Mills “got immunity,” Jordan said, and still “got to sit in …”"
                end = clause_end(tokens, k)
                if any(t.kind == "quote" for t in tokens[k:end]):
                    return (k, end)
                return None
            if tokens[k].kind == "quote":
                if tokens[k - 1].text not in {",", ":", "—", "–"}:
                    return None  # a quote inside a new clause is not this speaker's sequel
                end = k + 1
                while end < len(tokens) and tokens[end].kind == "quote":
                    end += 1
                return (k, end)
            if tokens[k].lower in SEQUEL_CUES:
                return None  # "“…,” he said, adding later, “…”": the next quote is the new cue's
            if tokens[k].lower == "that" or is_cue(tokens, k) and (
                not tokens[k].lower.endswith("ing")
                or k + 1 < len(tokens) and (tokens[k + 1].lower in {"that", "he", "she", "they"}
                                            or tokens[k + 1].kind == "quote")
                or k + 2 < len(tokens) and tokens[k + 1].text == "," and tokens[k + 2].kind == "quote"
            ):
                return None
        return None
    if how == "left" and head and tokens[head - 1].lower == "as":
        # "as Xinhua noted, …" / "as The New Yorker put it, “…”": the content follows.
        if after < len(tokens) and tokens[after].text == ",":
            end = clause_end(tokens, after + 1)
            return (after + 1, end) if end > after + 1 else None
    if cue in STANCE_VERBS and cue not in SPEECH_VERBS:
        if how == "right" or after >= len(tokens) or tokens[after].kind != "word":
            return None
        content = object_content(tokens, after, at_comma=True)
        if content and any(t.kind == "quote" for t in tokens[content[0]:content[1]]):
            return None  # quoted words are left to the speech cues around them
        if content:
            # The object ends where the subject's next verb starts: a finite be/have/do or past
            # verb ("endorsed Kasich and is slated to …"), or a second cue ("… and signaled …").
            content = (content[0], min(_second_predicate_start(tokens, *content), second_predicate_start(tokens, *content)))
        return content  # "endorsed Mrs. Clinton, saying …"
    if cue in TELL_CUES and how != "right" and _narrative_object(tokens, after):
        return object_content(tokens, after)  # "told a joke", "told the story of …"
    start, marked = skip_to_clause(tokens, after, cue)
    if not marked and cue in REQUEST_CUES and how != "right":
        # "asked the congregation to stand", "urged Congress to act": hearer and request.
        to = next((k for k in range(after, min(len(tokens), after + MAX_HEARER + 1))
                   if tokens[k].lower == "to"), None)
        if to is not None and to + 1 < len(tokens) and tokens[to + 1].kind == "word":
            end = clause_end(tokens, after)
            if tokens[after].lower in OBJECT_CUE_PARTICLES.get(cue, ()) and after + 1 < to:
                after += 1  # "called on Congress to act": the particle is the cue's, not the request's
            return (after, end) if end > to + 1 else None
    if not marked and how != "right" and not nested:
        unmarked = _unmarked_content(tokens, cue, after)
        if unmarked is not None:
            return unmarked
    if how == "right" and not (start < len(tokens) and tokens[start].kind == "quote"):
        return None
    if how == "according":
        if head and tokens[head - 1].text in COMMA_OR_BRACKET_OR_DASHES:
            return None  # "…, according to Crowdpac": the content came before
        if start < len(tokens) and tokens[start].text == ",":
            start += 1
            marked = True
        if head and tokens[head - 1].kind == "word" and start < len(tokens) and tokens[start].lower in COORDINATORS:
            return None  # "… delegates according to AP, but …": the content came before
    if cue in SPEECH_VERBS and _pro_clause_so(tokens, start, after):
        return (start, start + 1)  # "half said so in the earlier poll": "so" stands for the words
    if marked:
        said_that = cue in SPEECH_VERBS and start < len(tokens) and tokens[start].lower == "that"
        end = clause_end(tokens, start, said_that)
        if end > start + 1 and tokens[start].kind == "quote" and tokens[start + 1].lower in QUOTE_ENDERS \
                and not _quote_inside_parenthetical(tokens, head, after, start):
            # chanted “What curfew?” and kept going: the words end with the quote, or with
            # the last of a list of quotes ("chanting “We are Orlando” and “Disarm hate.”")
            end = _quote_list_end(tokens, start)
        if cue in OBJECT_CUES and start == after:
            end = quoted_object_end(tokens, start, end)
        if end > start and tokens[start].lower in PREPOSITIONS and end - start <= MAX_BARE_ADJUNCT \
                and all(t.kind == "word" for t in tokens[start:end]):
            if start == after and tokens[start].lower in OBJECT_CUE_PARTICLES.get(cue, ()) and end > start + 1:
                return (start + 1, end)  # "believe in a better system", "warned of a crash": the particle's object
            return None  # "said in Paris", "said on Thursday": an adjunct, not words said
        return (start, end) if end > start else None
    set_off = head and tokens[head - 1].text == "," and after < len(tokens) and tokens[after].text == ","
    if (cue in SPEECH_VERBS or cue in CHARACTERISING_VERBS) and not set_off:
        # (", he added, are like “…”": source and cue set off inside the clause, which the
        # caller reads as one content around them)
        end = clause_end(tokens, after)
        quotes = [k for k in range(after, end) if tokens[k].kind == "quote"]
        if quotes:
            naming = cue in CHARACTERISING_VERBS and tokens[after].lower not in {"for", "on", "upon"}
            if naming or tokens[quotes[0] - 1].lower == "as" or (
                    quotes[0] > 1 and tokens[quotes[0] - 2].lower == "as"):
                end = _naming_end(tokens, quotes[-1] + 1, end)  # "described the incident as a “terrible situation”"
            return (after, end)
    if how != "right" and object_cue(tokens, c):
        # "criticized the president’s foreign policy", "called for a special prosecutor"
        start = object_start(tokens, c)
        content = object_content(tokens, max(after, start)) if start is not None else None
        if content and tokens[content[0]].lower == "to" and cue in INFINITIVE_OBJECT_CUES:
            content = (content[0], _infinitive_end(tokens, *content))
        if content and cue in FEELING_EXPRESSION_VERBS:
            content = _past_feeling_noun(tokens, content)
        speech = cue in SPEECH_VERBS or cue in CHARACTERISING_VERBS
        if content and not speech and any(t.kind == "quote" for t in tokens[content[0]:content[1]]):
            return None  # "voting for “…”": quoted words are not this verb's to claim
        if content:
            content = (content[0], second_predicate_start(tokens, *content))
        return (content[0], quoted_object_end(tokens, *content)) if content else None
    if how == "left" and cue in CHARACTERISING_VERBS:
        return object_content(tokens, after)  # "He called the actions lawful"
    if how == "left" and cue in THAT_ONLY_CUES_BUT_TELL_OR_REQUEST and after < len(tokens) \
            and _object_opens(tokens, after):
        return object_content(tokens, after)  # "did not mention the attack", "never mentioned Lopez"
    return None


def _past_feeling_noun(tokens: list[Token], content: tuple[int, int]) -> tuple[int, int]:
    """"expressed concern about Trump", "sounded a cautious note about the jobs report": the
    feeling expressed is the cue's, its object after the preposition is the content; an owned
    stance ("expressed their support for …") is kept whole, as annotators keep it."""
    start, end = content
    for k in range(start, min(end - 1, start + MAX_FEELING_WORDS + 1)):
        token = tokens[k]
        if token.lower in FEELING_PREPOSITIONS and k > start:
            return (k + 1, end)
        if token.kind != "word" or not token.text[0].islower() or token.lower in POSSESSIVE_PRONOUNS \
                or token.lower in FEELING_NOUN_BREAKS:
            break
    return content


def second_predicate_start(tokens: list[Token], start: int, end: int) -> int:
    """Where a verb's object ends before "and" and a second cue of the same subject ("proposed
    surveillance of mosques and signaled support for a database"): the second verb has its
    own content."""
    for k in range(start + 1, end - 1):
        if tokens[k].lower in COORDINATED_PREDICATE_JOINERS and tokens[k - 1].kind == "word" \
                and tokens[k - 2].lower not in INDEFINITE_ARTICLES and is_cue(tokens, k + 1) and tokens[k + 1].lower.endswith("ed"):
            return k  # (not "an able and determined opponent": two modifiers of one noun)
    return end


def _pro_clause_so(tokens: list[Token], start: int, after: int) -> bool:
    """ "said so publicly", "said so, too": a "so" right after the cue stands for a clause,
    and what follows it is the writer's adjunct ("said so many times" is an adverb)."""
    if start != after or start >= len(tokens) or tokens[start].lower != "so":
        return False
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    return following is None or following.kind != "word" or following.lower in SO_ADJUNCT_OPENERS \
        or following.lower.endswith("ly") and following.lower not in SO_MODIFIED


def _quote_list_end(tokens: list[Token], start: int) -> int:
    """End of the quotes joined by "and"/"or" from the quote at `start`."""
    end = start + 1
    while end + 1 < len(tokens) and tokens[end].lower in {"and", "or"} and tokens[end + 1].kind == "quote":
        end += 2
    return end


def _naming_end(tokens: list[Token], after_quote: int, end: int) -> int:
    """End of a quoted name or label ("called Horgos “a mistake” because few people live
    there", "described the law as “a blueprint” for how …"): what completes the label runs
    on, but a comma or end mark inside the quote, punctuation, or a conjunction opening the
    next predicate ends it; "“X” and “Y”" is one label (measured on PolNeAR train and dev)."""
    if after_quote >= end:
        return end
    quote, following = tokens[after_quote - 1], tokens[after_quote]
    if last_quoted_char(quote) in {",", ".", "!", "?"}:
        return after_quote  # "called it “rigged,” a charge …"
    if following.kind == "punct":
        return after_quote
    if following.lower in {"and", "or"} and after_quote + 1 < end and tokens[after_quote + 1].kind == "quote":
        return end  # "called them “illegals” and “thugs” without proof"
    return after_quote if following.lower in NAMING_ENDERS else end



def _quote_inside_parenthetical(tokens: list[Token], head: int | None, after: int, start: int) -> bool:
    """ "The club's investment, she said, “is a perfect example of adapting” to …": a quote after
    a source set off by commas, with no stop inside it, goes on with the clause around it."""
    return bool(head) and tokens[head - 1].text == "," and start == after + 1 and tokens[after].text == "," \
        and last_quoted_char(tokens[start]) not in {",", ".", "!", "?"}


def _infinitive_end(tokens: list[Token], start: int, end: int) -> int:
    """An infinitive object ends where a subordinate clause or a second verb phrase begins:
    "voted to ban cloning in 2001 as Congress …", "voted to end the filibuster and voted …"."""
    for k in range(start + 2, end):
        if tokens[k].lower in SUBORDINATORS or tokens[k].lower == "and" and k + 1 < end \
                and tokens[k + 1].lower.endswith("ed"):
            return k
    return end


def _object_opens(tokens: list[Token], k: int) -> bool:
    """Whether the word at k opens a verb's object: a determiner ("did not mention the
    attack"), a name ("never mentioned Clinton", "showed Clinton leading"; a day or month
    opens a time adjunct instead), or a question word before its clause ("shows how …")."""
    token = tokens[k]
    if token.kind != "word":
        return False
    if token.lower in OBJECT_QUESTION_WORDS:
        return k + 1 < len(tokens) and tokens[k + 1].kind == "word"
    return token.lower in DETERMINERS_OF_OBJECTS or token.text[0].isupper() and token.lower not in TIME_NAMES


def quoted_object_end(tokens: list[Token], start: int, end: int) -> int:
    """End of an object holding quoted words: "blasted Clinton as a “disgrace” Wednesday on
    …" ends with the quote when an adjunct or a new clause follows it."""
    last = next((k for k in range(end - 1, start - 1, -1) if tokens[k].kind == "quote"), None)
    if last is not None and last + 1 < end and tokens[last + 1].lower in QUOTE_TAIL_BREAKS:
        return last + 1
    return end


def _in_list(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether a comma separates items of a list ("candles, cake and fireworks"): an "and"
    or "or" follows within a few words, with only words and commas between."""
    for k in range(comma + 1, min(end, comma + MAX_LIST_ITEM + 1)):
        if tokens[k].lower in {"and", "or"}:
            return k > comma + 1
        if tokens[k].kind != "word" and tokens[k].text != ",":
            return False
    return False


# Built once, not on every call.
TIME_NAMES_OR_UNITS_OR_WORDS: frozenset[str] = TIME_NAMES | TIME_UNITS | {"weekend", "this", "last", "early", "late"}


def _time_adjunct(tokens: list[Token], k: int, end: int) -> bool:
    """Whether tokens[k:end] is only a date or time ("in December", "on Tuesday night",
    "last week", "earlier this year", "Wednesday")."""
    if tokens[k].lower not in TIME_NAMES and tokens[k].lower not in TIME_LEADS:
        return False  # most words open no date: settled before copying the rest of the object
    rest = tokens[k + 1:end]
    opens = tokens[k].lower in TIME_NAMES or tokens[k].lower in TIME_LEADS and bool(rest) and (
        rest[0].lower in TIME_NAMES_OR_UNITS_OR_WORDS
        or rest[0].text.isdigit() and len(rest[0].text) == 4)  # "in 2015"
    return opens and all(t.lower in TIME_FILLERS or t.text.isdigit() for t in rest)


def _without_time_adjunct(tokens: list[Token], start: int, end: int) -> int:
    """End of an object before a trailing date or time: annotators leave the time out of
    "endorsed Sanders in December" but keep it in an infinitive ("plans to vote next month")
    and after "next"/"before" (measured on PolNeAR train, confirmed on dev)."""
    if tokens[start].lower == "to":
        return end
    for k in range(start + 1, end):
        if tokens[k].lower in {"next", "before"}:
            return end
        if _time_adjunct(tokens, k, end):
            while k > start and tokens[k - 1].text in {",", "—"}:
                k -= 1
            return k
    return end


def _role_before_name(tokens: list[Token], start: int, name: int) -> bool:
    """"…, Algerian foreign affairs ministry spokesman Ali Ben said": lowercase modifiers and a
    role noun right before the name describe the source."""
    if tokens[name - 1].lower not in SOURCE_NOUNS or not tokens[name].text[0].isupper():
        return False
    return all(t.kind == "word" and t.lower not in FINITE_AUXILIARIES_OR_PREPOSITIONS for t in tokens[start:name - 1])


def _aside_before_that(tokens: list[Token], comma: int) -> int | None:
    """The "that" after a short aside set off by commas right after a cue ("says, however,
    that …", "testified, for example, that …"), or None."""
    for k in range(comma + 1, min(len(tokens) - 1, comma + MAX_ASIDE_WORDS + 2)):
        if tokens[k].text == ",":
            return k + 1 if k > comma + 1 and tokens[k + 1].lower == "that" else None
        if tokens[k].kind != "word":
            return None
    return None


def _narrative_object(tokens: list[Token], start: int) -> bool:
    """Whether a story or joke is the object that starts at `start`: "a slightly different tale"."""
    for k in range(start, min(len(tokens), start + MAX_NARRATIVE_MODIFIERS + 1)):
        if tokens[k].kind != "word" or tokens[k].lower in PREPOSITIONS or tokens[k].lower == "that":
            return False
        if tokens[k].lower in NARRATIVE_NOUNS:
            return True
    return False


def object_content(tokens: list[Token], start: int, at_comma: bool = False) -> tuple[int, int] | None:
    """A verb's object as content: from `start` to the end of its clause (lists of objects
    run on past commas), or to the first comma when `at_comma`."""
    if start >= len(tokens) or tokens[start].kind == "punct" or tokens[start].lower in NO_OBJECT_OPENERS:
        return None  # "supported by most voters", "sought in the bill": no object follows
    end = clause_end(tokens, start)
    if at_comma:
        end = next((k for k in range(start, end) if tokens[k].text == ","
                    and not (k + 1 < end and tokens[k + 1].lower in OBJECT_EXTENDERS)
                    and not _in_list(tokens, k, end)), end)
    end = _without_time_adjunct(tokens, start, end)
    return (start, end) if end > start else None

