"""Source phrases: the words naming who speaks, found next to a cue in a token list.

"Trump said", "said Flynn", "Flynn, a top Trump surrogate, said", "the Kremlin disclosed",
"officials say": each function returns the token range of the source phrase, or None.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import (
    DETERMINERS,
    FINITE_AUXILIARIES,
    HONORIFICS,
    NON_NAME_WORDS,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SUBJECT_CUE_FILLERS,
    SUBJECT_PRONOUNS,
    TITLES,
)
from bot.extract.sentences import Token
from bot.extract.speakers import (
    OFFICE_HEADS,
    OWNER_LINKS,
    OWNER_NOUNS,
    contracted_pronoun,
    is_name_word,
    office_link,
    owner_noun_before,
    strip_possessive,
)

TokenRange = tuple[int, int]

# Words that can stand alone as a source after a quote ("“…,” read one").
LONE_SOURCES: frozenset[str] = frozenset({"one", "another", "others", "many", "some", "both", "all"})
# Party and state tags after a name: "R-Ky.", "D-N.Y.".
PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")

# Shares of people that can speak in polls: "43 percent said", "one in three said".
QUANTITY_WORDS: frozenset[str] = frozenset({
    "percent", "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "most",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "respondents", "%", "few", "many", "several",
})
QUANTITY_LEADS: frozenset[str] = frozenset({
    "about", "nearly", "almost", "some", "only", "just", "roughly", "around", "over", "more",
    "than", "fewer", "less", "a", "the", "another", "of", "in",
})

# Source nouns that speak bare, without a determiner or a plural "s" ("…, police said").
COLLECTIVE_SOURCES: frozenset[str] = frozenset({"police", "staff", "media", "management", "security"})
# Words that end no subject phrase ("The mayor smiled when asked …").
NOT_SUBJECT_HEADS: frozenset[str] = PREPOSITIONS | frozenset({
    "when", "while", "after", "before", "if", "because", "although", "though", "once", "and",
    "or", "but", "then", "also", "not", "who", "which", "that", "where", "as", "so", "than",
})
# Indefinite pronouns that speak on their own when they open a clause ("Some say …", "Both
# want …"); "many" and "most" are quantities (QUANTITY_WORDS).
PRONOUN_SUBJECTS: frozenset[str] = frozenset({"some", "both", "others", "another"})
# Conjunctions after which a plain subject opens a clause ("But the fact-checker knows …");
# measured on PolNeAR train and dev together with a quote before the subject.
CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset({"but", "and", "so", "yet"})
# ("…, while another says …", "…; another said …": a contrast between two sources)
CLAUSE_CONJUNCTIONS_OR_WHILE: frozenset[str] = CLAUSE_CONJUNCTIONS | {"while", "whereas"}
# Modifiers allowed between "the" and the noun of a plain subject ("the task force said").
MAX_PLAIN_MODIFIERS = 3
# Days and months that may stand in an adjunct between a subject and its cue.
TIME_NAMES: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "week", "month", "year",
})
# Lower-case words that open an adjunct after a cue, not a described source ("said
# recently", "said also that").
NON_DESCRIPTION_OPENERS: frozenset[str] = frozenset({
    "also", "recently", "later", "earlier", "then", "now", "again", "privately", "publicly",
    "repeatedly", "simply", "that", "this", "and", "but", "or", "so", "yesterday", "today",
    "last", "not", "never", "only", "even", "just", "still", "once",
})
# Lower-case words inside names: "Charles de Gaulle", "Osama bin Laden".
NAME_PARTICLES: frozenset[str] = frozenset({"de", "van", "von", "bin", "al", "la", "le", "da", "del"})

# How far (in tokens) an appositive may run: "Flynn, a top Trump surrogate, said".
MAX_APPOSITIVE = 40
MAX_DESCRIPTION = 10
# Most words of a described speaker with no source noun after a quote ("the 43-year-old").
MAX_QUOTE_DESCRIPTION = 5


def _is_name(token: Token) -> bool:
    return is_name_word(token) and (token.text not in NON_NAME_WORDS or token.text in TITLES)


def _name_run_left(tokens: list[Token], end: int) -> int:
    """Start of the capitalised run ending at `end` (exclusive)."""
    i = end
    while i > 0 and (_is_name(tokens[i - 1]) or tokens[i - 1].lower in NAME_PARTICLES and i < end):
        i -= 1
    return i


def phrase_before(tokens: list[Token], cue: int, allow_appositive: bool = True) -> TokenRange | None:
    """The subject phrase that ends just before the cue at index `cue`."""
    end = cue
    skipped = 0
    while end > 0 and tokens[end - 1].kind == "word" and skipped < 3 and (
        tokens[end - 1].lower in SUBJECT_CUE_FILLERS or tokens[end - 1].lower.endswith("ly")
        and not is_name_word(tokens[end - 1])
    ) and not _pronoun_subject(tokens, end - 1):
        end -= 1
        skipped += 1
    if end >= 2 and (tokens[end - 1].text.isdigit() and len(tokens[end - 1].text) == 4
                     or tokens[end - 1].lower in TIME_NAMES) \
            and tokens[end - 2].lower in {"in", "since", "by", "during", "on", "last"}:
        end -= 2  # "who in 2010 said", "who on Tuesday endorsed"
    if end == 0:
        return None
    last = tokens[end - 1]
    if last.text in {",", ")", "-", "—", "–"} and allow_appositive:
        return _before_appositive(tokens, end - 1)
    return _phrase_ending_at(tokens, end)


# Unions the functions below test against, built once rather than on every call.
QUANTITY_WORDS_OR_QUANTITY_LEADS: frozenset[str] = QUANTITY_WORDS | QUANTITY_LEADS


def _quantity_ending_at(tokens: list[Token], end: int) -> TokenRange | None:
    """A share of people as a source: "43 percent said", "one in three said", "most said"."""
    last = tokens[end - 1]
    if not (last.text.isdigit() and len(last.text) < 4 or last.lower in QUANTITY_WORDS):
        return None  # "in 2010 said" is a date, not a share of people
    start = end - 1
    while start > 0 and end - start < MAX_DESCRIPTION \
            and (tokens[start - 1].kind == "word" or tokens[start - 1].text == "%") and (
        tokens[start - 1].text.isdigit() or tokens[start - 1].lower in QUANTITY_WORDS_OR_QUANTITY_LEADS
    ):
        start -= 1
    return (start, end)


# Unions the functions below test against, built once rather than on every call.
SOURCE_NOUNS_OR_COLLECTIVE_SOURCES: frozenset[str] = SOURCE_NOUNS | COLLECTIVE_SOURCES
SOURCE_NOUNS_OR_FINITE_AUXILIARIES_OR_NOT_SUBJECT_HEADS: frozenset[str] = SOURCE_NOUNS | FINITE_AUXILIARIES | NOT_SUBJECT_HEADS
FINITE_AUXILIARIES_OR_PREPOSITIONS: frozenset[str] = FINITE_AUXILIARIES | PREPOSITIONS
FINITE_AUXILIARIES_OR_SUBJECT_PRONOUNS: frozenset[str] = FINITE_AUXILIARIES | SUBJECT_PRONOUNS
# Lower-case words that may not stand before a name as its description ("the news site RTL Info").
NOT_NAME_DESCRIPTION_WORDS: frozenset[str] = DETERMINERS | PREPOSITIONS | FINITE_AUXILIARIES | NOT_SUBJECT_HEADS \
    | {"what", "whom", "whose"}
# Determiners of a plural source ("some families said"), not "that/this/a/an".
PLURAL_DETERMINERS: frozenset[str] = DETERMINERS - {"that", "this", "a", "an"}


def _phrase_ending_at(tokens: list[Token], end: int) -> TokenRange | None:
    last = tokens[end - 1]
    if last.text == ")":
        # "Rep. Jim Jordan (R-Ohio)": the name before the parenthesis.
        for k in range(end - 2, max(-1, end - 8), -1):
            if tokens[k].text == "(":
                return _phrase_ending_at(tokens, k) if k > 0 else None
        return None
    if last.text == "%":
        return _quantity_ending_at(tokens, end)  # "42% say"
    if last.kind != "word":
        return None
    quantity = _quantity_ending_at(tokens, end)
    if quantity:
        return quantity
    if last.lower == "who":
        return (end - 1, end)  # "McConnell, who in 2010 said …": resolved to the name before
    if last.lower == "which" and end >= 2:
        # "The union, which endorsed Clinton", "the group which backs Sanders", "the Illinois
        # Board of Elections, which ruled …" (a name needs the comma): the organisation
        # before the relative pronoun is the source.
        before = end - 2 if tokens[end - 2].text == "," else end - 1
        antecedent = _phrase_ending_at(tokens, before) if before > 0 else None
        if antecedent and (tokens[antecedent[1] - 1].lower in SOURCE_NOUNS_OR_COLLECTIVE_SOURCES
                           or before < end - 1 and _is_name(tokens[antecedent[1] - 1])):
            return antecedent
        return None
    if last.lower in SUBJECT_PRONOUNS or _pronoun_subject(tokens, end - 1) or contracted_pronoun(last.text):
        return (end - 1, end)  # "he said", "Some say they hear echoes …", "he's said"
    if _is_name(last):
        start = _name_run_left(tokens, end)
        while start < end - 1 and start == 0 and tokens[0].lower.endswith(("ly", "ing")):
            start += 1  # "Hastily politicizing …": a capitalised opener, not a name
        if start >= end:
            return None
        while start >= 2 and tokens[start - 1].lower in {"of", "for"} and _is_name(tokens[start - 2]) \
                and (tokens[start - 2].text not in TITLES or tokens[start - 2].text in OFFICE_HEADS
                     and office_link(tokens, start - 1) > 0):  # "Secretary of State John Kerry"
            start = _name_run_left(tokens, start - 1)  # "the University of Michigan", "Director of Government Affairs Phil Smith"
        k = start
        while k > 0 and start - k < 2 and tokens[k - 1].kind == "word" and tokens[k - 1].text[0].islower() \
                and not tokens[k - 1].lower.endswith(("ed", "ing", "ly")) and tokens[k - 1].lower not in \
                NOT_NAME_DESCRIPTION_WORDS:
            k -= 1
        if k < start and k > 0 and tokens[k - 1].lower in {"the", "a"} and (k == 1 or tokens[k - 2].text == ","):
            start = k  # "…, the news site RTL Info reported": the description comes with the name
        owner = owner_noun_before(tokens, start)
        if owner is not None:
            # "A spokesman for Cruz said": the description is the source, with the name it ends in.
            described = _phrase_ending_at(tokens, owner + 1)
            return (described[0] if described else owner, end)
        determined = start > 0 and tokens[start - 1].lower in DETERMINERS
        # (the honorific test last: most runs end in a name, not a title, and stop at the first)
        if all(t.text in TITLES for t in tokens[start:end]) and (
            not determined or tokens[end - 1].lower not in ROLE_NOUNS
        ) and not any(t.text in HONORIFICS for t in tokens[start:end - 1]):
            return None  # "Chinese state media": an adjective, not a speaker
        return (start - 1 if determined else start, end)
    if last.text[0].islower() and last.lower.endswith("s") and len(last.text) > 3 and end >= 2 \
            and tokens[end - 2].lower in PLURAL_DETERMINERS \
            and last.lower not in SOURCE_NOUNS:
        return (end - 2, end)  # "some families said", "many Republicans say"
    if last.text[0].islower() and last.lower not in SOURCE_NOUNS_OR_FINITE_AUXILIARIES_OR_NOT_SUBJECT_HEADS:
        # "The justice said", "a neighbor said", "On Dec. 15, the task force announced",
        # "“…,” the actor wrote", "But the fact-checker knows …"
        for k in range(end - 2, max(-1, end - 2 - MAX_PLAIN_MODIFIERS), -1):
            if tokens[k].lower in {"the", "a", "an", "another", "one", "each"} and _opens_clause(tokens, k):
                return (k, end)
            if tokens[k].kind != "word" or tokens[k].lower in FINITE_AUXILIARIES_OR_PREPOSITIONS:
                break
    if last.lower in SOURCE_NOUNS:
        i = end - 1
        while i > 0 and end - i < MAX_DESCRIPTION and (tokens[i - 1].kind == "word" or tokens[i - 1].text == "/"):
            if tokens[i - 1].lower in DETERMINERS:
                return (_count_before(tokens, i - 1), end)
            if _is_name(tokens[i - 1]) and strip_possessive(tokens[i - 1].text) != tokens[i - 1].text:
                return (_name_run_left(tokens, i), end)  # "Obama's former campaign strategist"
            i -= 1
        if last.lower.endswith("s") and last.lower not in {"press", "business"}:
            start = end - 1
            while start > 0 and end - start <= 3 and tokens[start - 1].kind == "word" and (
                tokens[start - 1].lower not in FINITE_AUXILIARIES_OR_SUBJECT_PRONOUNS
            ):
                start -= 1
            if start == 0 or tokens[start - 1].kind != "word":
                return (start, end)  # "…, legal experts say", "Protest groups say"
            return (end - 1, end)  # bare plural: "officials say"
        if (i == 0 or tokens[i - 1].text == ",") and end - i <= 3 and all(t.text[0].islower() for t in tokens[i:end]):
            return (i, end)  # "…, former rival says", "Investment, official says, helped …"
        if last.lower in COLLECTIVE_SOURCES:
            return (end - 1, end)  # "…, police said"
    return None


# Words that count or pick out the people a description names ("Two senior officials",
# "the three top aides"): the number of sources is part of who spoke.
DESCRIPTION_COUNTS: frozenset[str] = frozenset({
    "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "few", "many", "some", "most", "dozens", "both", "all",
})


def _count_before(tokens: list[Token], start: int) -> int:
    """Where a description starts when a count stands before its first modifier: "senior
    officials" after "Two" starts at "Two"."""
    if tokens[start].lower in {"senior", "top"}:
        while start > 0 and (tokens[start - 1].lower in DESCRIPTION_COUNTS or tokens[start - 1].text.isdigit()) \
                and tokens[start - 1].kind == "word":
            start -= 1
    return start


def _pronoun_subject(tokens: list[Token], k: int) -> bool:
    """An indefinite pronoun opening a clause as its subject: "Some say …", "Both want …"."""
    return tokens[k].lower in PRONOUN_SUBJECTS and _opens_clause(tokens, k)


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Whether a subject may begin at k: at the start, after a comma or a quote, or after a
    conjunction joining clauses."""
    return k == 0 or tokens[k - 1].text in {",", ";"} or tokens[k - 1].kind == "quote" \
        or tokens[k - 1].lower in CLAUSE_CONJUNCTIONS_OR_WHILE


def _before_appositive(tokens: list[Token], comma: int) -> TokenRange | None:
    """The name before ", <appositive>," that ends at index `comma`."""
    close = tokens[comma].text
    opener = "(" if close == ")" else close  # commas and dashes come in pairs
    for i in range(comma - 1, max(-1, comma - MAX_APPOSITIVE), -1):
        token = tokens[i]
        if token.kind == "quote" and not (i > 0 and tokens[i - 1].text[0].isupper()):
            return None  # quoted words, not a title in a description ("co-author of “Going Viral”")
        if token.text == opener:
            if i == 0 or i + 1 >= comma:
                return None
            inside = tokens[i + 1:comma]
            relative = inside[0].lower in {"who", "which", "whose", "whom"}
            possessive = strip_possessive(inside[0].text) != inside[0].text
            tag = [t for t in inside if t.text != "."]
            if len(tag) == 1 and PARTY_TAG.match(tag[0].text):
                return _phrase_ending_at(tokens, i)  # "McConnell, R-Ky., said": not the tag
            named = all(_is_name(t) for t in inside) and len(inside) <= 4
            if opener == "," and not relative and not named and (
                inside[0].text[0].isupper() and inside[0].text not in TITLES and not possessive
                or inside[0].lower not in {"a", "an", "the"} and any(t.lower in FINITE_AUXILIARIES for t in inside)
            ):  # ("Seat, a consultant whose firm was hired, said" is an appositive)
                return None  # a clause, not an appositive: "Xinhua, President Xi was …"
            if opener == "," and all(_is_name(t) for t in inside) and len(inside) <= 4:
                return (i + 1, comma)  # "Sanders’s campaign manager, Jeff Weaver, said"
            # "Jimmy Ghazal, 39, a Lebanese man …, told", "Sen. Graham, R-S.C., a …, said"
            found = _phrase_ending_at(tokens, _skip_tags(tokens, i))
            if found is None and 1 < i <= MAX_DESCRIPTION and tokens[0].lower in {"the", "a", "an"} \
                    and all(t.kind == "word" for t in tokens[:i]):
                return (0, i)  # "The employee, a registered Republican who …, said"
            if found and (_is_name(tokens[found[1] - 1]) or tokens[found[1] - 1].lower in SOURCE_NOUNS
                          or tokens[found[0]].lower in SUBJECT_PRONOUNS):
                return found
            return None
    return None


def _name_run_right(tokens: list[Token], start: int) -> int:
    j = start
    while j < len(tokens) and (_is_name(tokens[j]) or j > start and tokens[j].lower in NAME_PARTICLES):
        j += 1
        if strip_possessive(tokens[j - 1].text) != tokens[j - 1].text:
            break
        if j < len(tokens) and tokens[j].lower == "of" and tokens[j - 1].text in OFFICE_HEADS:
            j += office_link(tokens, j)  # "said Secretary of State John Kerry"
    return j


def _source_noun_run_right(tokens: list[Token], end: int) -> int:
    """After a quote, past the nouns a name modifies and a name they introduce: "“…,” said Trump
    supporters.", "“…,” said Trump campaign manager Corey Lewandowski." (the first name alone
    would misattribute the quote)."""
    j = end
    while j < len(tokens) and tokens[j].kind == "word" and tokens[j].text[0].islower() \
            and tokens[j].lower in SOURCE_NOUNS:
        j += 1
    if j > end:
        j = _name_run_right(tokens, j) if j < len(tokens) and _is_name(tokens[j]) else j
    # Only a source phrase that closes its clause is taken whole; before more words the nouns
    # may start something else.
    return j if j > end and (j == len(tokens) or tokens[j].kind == "punct") else end


def _owner_run_right(tokens: list[Token], end: int) -> int:
    """Past "for Cruz" or "close to the White House" after a source noun, when the name closes
    the clause: "“…,” said a source close to Trump." (the noun alone hides whose source)."""
    if not (tokens[end - 1].text[0].islower() and tokens[end - 1].lower in OWNER_NOUNS):
        return end  # "Dave Leip’s Atlas of U.S. Presidential Elections" is a name already
    for link in OWNER_LINKS:
        k = end + len(link)
        if k < len(tokens) and all(tokens[end + n].lower == word for n, word in enumerate(link)):
            name = k + 1 if tokens[k].lower == "the" else k
            if name < len(tokens) and _is_name(tokens[name]):
                stop = _name_run_right(tokens, name)
                if stop == len(tokens) or tokens[stop].kind == "punct":
                    return stop
    return end


def _skip_tags(tokens: list[Token], comma: int) -> int:
    """Step back over ", R-S.C.," or ", 39," before an appositive's opening comma."""
    while comma >= 3:
        k = comma - 1
        if tokens[k].text == ".":
            k -= 1
        if tokens[k].kind == "word" and (PARTY_TAG.match(tokens[k].text) or tokens[k].text.isdigit()) \
                and tokens[k - 1].text == ",":
            comma = k - 1
            continue
        break
    return comma


# Unions the functions below test against, built once rather than on every call.
PREPOSITIONS_OR_NON_DESCRIPTION_OPENERS: frozenset[str] = PREPOSITIONS | NON_DESCRIPTION_OPENERS


def phrase_after(tokens: list[Token], start: int, permissive: bool = False) -> TokenRange | None:
    """The source phrase that starts at index `start`: "said Flynn", "says the report",
    "said Clinton’s top aide Jake Sullivan". `permissive` (right after a quote) accepts any
    short determiner phrase: "asked the boy"."""
    if start >= len(tokens):
        return None
    first = tokens[start]
    if first.kind != "word":
        return None
    if first.lower in SUBJECT_PRONOUNS or permissive and first.lower in LONE_SOURCES and (
            start + 1 == len(tokens) or tokens[start + 1].kind != "word"):
        return (start, start + 1)  # "“…,” read one."
    i = start
    possessive = _is_name(first) and strip_possessive(first.text) != first.text
    if not possessive and _is_name(first) and strip_possessive(first.text) == first.text:
        j = _name_run_right(tokens, start)
        if strip_possessive(tokens[j - 1].text) == tokens[j - 1].text:
            return (start, _source_noun_run_right(tokens, j) if permissive else j)
        possessive = True  # "Sanders’s campaign manager"
        i = j - 1
    if first.lower in DETERMINERS and first.lower != "that" or possessive:
        i += 1
        while i < len(tokens) and i - start < MAX_DESCRIPTION and tokens[i].kind == "word":
            if tokens[i].lower in SOURCE_NOUNS or _is_name(tokens[i]):
                j = i + 1
                while j < len(tokens) and (_is_name(tokens[j]) or tokens[j].lower in SOURCE_NOUNS):
                    j += 1
                return (start, _owner_run_right(tokens, j))
            i += 1
        if permissive and i > start + 1 and (i >= len(tokens) or tokens[i].kind != "quote"):
            return (start, i)
        return None
    if first.text[0].islower() and (permissive or first.lower not in PREPOSITIONS_OR_NON_DESCRIPTION_OPENERS):
        # "“…,” said conservative activist Bob Klaus, who …", "…, said former governor Ed
        # Rendell": everything up to the comma (ending in a name, unless after a quote).
        end = start
        while end < len(tokens) and end - start < MAX_DESCRIPTION and tokens[end].kind == "word":
            end += 1
        if end > start and (end == len(tokens) or tokens[end].kind == "punct"):
            if permissive and any(_is_name(t) or t.lower in SOURCE_NOUNS for t in tokens[start:end]) \
                    or _is_name(tokens[end - 1]):
                return (start, end)
    if first.lower in SOURCE_NOUNS and first.lower.endswith("s"):
        return (start, start + 1)
    return None


def description_after_quote(tokens: list[Token], cue: int) -> TokenRange | None:
    """Any short noun phrase between a quote and its cue: "“…,” the ad’s narrator says"."""
    k = cue
    while k > 0 and cue - k < MAX_DESCRIPTION and tokens[k - 1].kind == "word":
        k -= 1
    if k == cue or k == 0:
        return None
    before = tokens[k - 1]
    if before.kind == "quote" or before.text in {",", "—", "―"} and k >= 2 and tokens[k - 2].kind == "quote":
        words = tokens[k:cue]
        if any(t.lower in FINITE_AUXILIARIES or t.lower in REPORTING_VERBS for t in words):
            return None  # a clause ("information was included in", "Carson told the AP"), not a speaker
        if len(words) == 1 and words[0].lower in SUBJECT_PRONOUNS or any(
                _is_name(t) or t.lower in SOURCE_NOUNS for t in words):
            return (k, cue)
        if 1 < len(words) <= MAX_QUOTE_DESCRIPTION and words[0].lower in DETERMINERS:
            return (k, cue)  # "“…,” the 43-year-old asked", "“…,” one factory employee told"
    return None


def phrase_to_comma(tokens: list[Token], start: int, limit: int = 25) -> TokenRange | None:
    """Everything from `start` to the next comma: the source of "according to …, …"."""
    for k in range(start, min(len(tokens), start + limit)):
        if tokens[k].kind != "word" and tokens[k].text not in {"-", "’", "'", "/"}:
            return (start, k) if k > start else None
    return None
