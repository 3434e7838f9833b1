"""Speakers: name mentions, roles, aliases, and resolving pronouns and "the president".

Within an article, every mention of a person ("Trump", "President Trump", "Donald Trump",
"he") resolves to one canonical name: the longest full name seen for that person. The role
("US President") is kept apart from the name. `speaker_aliases` gives the names a canonical
speaker goes by, so the store can merge speakers across articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.extract.lexicon import (
    AMBIGUOUS_CUES,
    AUTHORED_RECORDS,
    DETERMINERS,
    FEMALE_FIRST_NAMES,
    HEADLINE_PLAIN_FORMS,
    HEADLINE_VERB_FORMS,
    HONORIFICS,
    NON_NAME_WORDS,
    ORGANISATION_WORDS,
    OUTLETS,
    PERSON_PRONOUNS,
    PLACES,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SUBJECT_PRONOUNS,
    TITLES,
)
from bot.extract.sentences import Sentence, Token
from bot.models import Speaker, SpeakerKind

if TYPE_CHECKING:  # frames import this module; the type is only needed for annotations
    from bot.extract.frames import Attribution

# Lower-case nouns after a capitalised run that make it a place or institution, not a person.
INSTITUTION_TAILS: frozenset[str] = frozenset({
    "headquarters", "office", "offices", "building", "campus", "school", "hospital", "church",
    "center", "centre", "hall", "stadium", "arena", "county", "district", "airport", "plant",
    "factory", "street", "avenue", "road", "river", "lake", "park", "university", "college",
    "committee", "party", "campaign", "administration", "department", "agency", "program",
    "fund", "foundation", "institute", "group", "company", "corporation", "bank", "network",
})
# Nouns that stand for a news outlet named earlier ("the newspaper reported").
MEDIA_NOUNS: frozenset[str] = frozenset({
    "newspaper", "paper", "agency", "broadcaster", "network", "magazine", "outlet", "station",
    "channel", "daily", "tabloid", "site", "website", "publication",
})
_OUTLET_NAMES = sorted((o for o in OUTLETS if len(o) > 2 and o[0].isupper()), key=len, reverse=True)
# The look-ahead on the names' first letters lets the scan skip most positions of an article
# without trying every name there.
_OUTLET_RE = re.compile(
    "(?=[" + "".join(sorted({re.escape(name[0]) for name in _OUTLET_NAMES})) + r"])\b(?:"
    + "|".join(re.escape(name) for name in _OUTLET_NAMES) + r")\b"
)
_POSSESSIVE = re.compile(r"[’']s?$")
# A subject pronoun with a contracted auxiliary ("he's said", "they've offered", "who's
# called"): the pronoun is the subject, not an owner.
_CONTRACTED_PRONOUN = re.compile(r"^(he|she|they|we|i|you|who)[’'](s|ve|re|ll|d|m)$", re.IGNORECASE)
_INITIAL = re.compile(r"^[A-Z]\.$")
# The speaker kinds, looked up once: reading a member off an Enum class runs a descriptor
# (about 0.2 µs on Python 3.11), and these are tested for every mention.
_PERSON, _ORGANISATION, _UNKNOWN = SpeakerKind.PERSON, SpeakerKind.ORGANISATION, SpeakerKind.UNKNOWN
# Dropped from the front of a description ("the newspaper", "… said that administration
# officials"); counts and possessives stay.
ARTICLES: frozenset[str] = frozenset({"the", "a", "an", "that"})


def is_name_word(token: Token) -> bool:
    """A capitalised word that may belong to a proper name or a title."""
    # (an upper-case first letter already rules out an all-digit word)
    return token.kind == "word" and token.text[0].isupper()


# Last letters of a possessive ("Trump’s", "Sanders'"): a word ending otherwise is returned
# as it is without the endswith test.
_POSSESSIVE_LAST = frozenset("s’'")


def strip_possessive(word: str) -> str:
    if not word or word[-1] not in _POSSESSIVE_LAST:
        return word
    return _POSSESSIVE.sub("", word) if word.endswith(("’s", "'s", "s’", "s'")) else word


def contracted_pronoun(word: str) -> str | None:
    """The pronoun of "he's", "they've", "who's" (lower case), or None."""
    if "'" not in word and "’" not in word:
        return None  # most words: no apostrophe, so no contraction to match
    match = _CONTRACTED_PRONOUN.match(word)
    return match.group(1).lower() if match else None


# Words that tie a source noun to the person or body it works for or stands near: "a spokesman
# for Cruz", "an aide to Clinton", "a source close to Trump", "people familiar with Cruz's
# thinking". The name after them says whose; it is not the speaker.
OWNER_LINKS: tuple[tuple[str, ...], ...] = (
    ("for",), ("to",), ("of",), ("close", "to"), ("familiar", "with"), ("allied", "with"),
)
OWNER_LINK_ENDS: frozenset[str] = frozenset(link[-1] for link in OWNER_LINKS)
OWNER_LINK_STARTS: frozenset[str] = frozenset(link[0] for link in OWNER_LINKS)
# People and bodies only: after a record the name wrote it or is its subject ("a report of the
# F.B.I.", "footage of Trump"), which the other rules decide.
OWNER_NOUNS: frozenset[str] = SOURCE_NOUNS - AUTHORED_RECORDS


def owner_noun_before(tokens: list[Token], name: int) -> int | None:
    """The index of "spokesman" in "spokesman for (the) <name at `name`>", or None. The noun is
    in lower case, or capitalised only by opening the sentence and no title ("Supporters of
    Sanders", but not "Secretary of State John Kerry" or "the University of Michigan")."""
    k = name - 1 if name > 0 and tokens[name - 1].lower == "the" else name
    if k < 2 or tokens[k - 1].lower not in OWNER_LINK_ENDS:
        return None  # (nearly every name): no link word before it
    for link in OWNER_LINKS:
        noun = k - len(link) - 1
        if noun >= 0 and tokens[noun].kind == "word" and tokens[noun].lower in OWNER_NOUNS \
                and (tokens[noun].text[0].islower() or noun == 0 and tokens[noun].text not in TITLES) \
                and all(tokens[noun + 1 + n].lower == word for n, word in enumerate(link)):
            return noun
    return None


@dataclass(slots=True)
class Mention:
    """A stretch of text naming a speaker: a name, a description, or a pronoun."""

    start: int
    end: int
    text: str
    name: str  # name words only, titles removed ("Xi Jinping")
    role: str  # titles and offices before the name ("Chinese President")
    kind: SpeakerKind
    pronoun: str | None = None


@dataclass(slots=True)
class Person:
    """One speaker of an article, with every name it was given there."""

    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: SpeakerKind = SpeakerKind.PERSON
    female: bool | None = None
    tokens: set[str] = field(default_factory=set)  # every word of every name

    def add_name(self, name: str) -> None:
        if name in self.names:
            return  # each name once: the often-quoted person is named the same way many times
        self.names.append(name)
        self.tokens.update(name.split())

    @property
    def canonical(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None



# Titles written with a full stop, without it: "Sen" and "Sen.." stand for "Sen.". A set built
# once, so a word is tested without building its dotted form.
_DOTTED_TITLE_STEMS: frozenset[str] = frozenset(t[:-1] for t in TITLES if t.endswith("."))


def _is_title(word: str) -> bool:
    return word in TITLES or word.rstrip(".") in _DOTTED_TITLE_STEMS


def split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """Split capitalised words into (role words, name words): "Chinese President Xi Jinping".

    Everything up to the last title word is the role ("United States President")."""
    if len(words) == 1:  # most runs: one word, either a lone title or a name
        return (words, []) if _is_title(words[0]) else ([], words[:])
    last_title = -1
    for i in range(len(words) - 1):
        if _is_title(words[i]) and not (i > 0 and words[i - 1] in HONORIFICS):
            last_title = i
    role, name = words[:last_title + 1], words[last_title + 1:]
    if all(map(_is_title, name)) and not (role and role[-1] in HONORIFICS):
        return words, []  # "Chinese", "President": a role with no name
    return role, name


def classify(name: str, role: str) -> SpeakerKind:
    if name in OUTLETS or name in PLACES:
        return _ORGANISATION
    words = name.split()
    if words and words[-1].lower() in ORGANISATION_WORDS:
        return _ORGANISATION
    if role or len(words) >= 2:
        return _PERSON
    return _UNKNOWN


def is_plural_word(token: Token) -> bool:
    """A word with a plural ending ("Polls", "Republicans"), not "Congress" or "Curious"."""
    text = token.text
    return token.kind == "word" and len(text) > 3 and text.endswith("s") \
        and not text.endswith(("ss", "us", "is", "'s", "’s"))


def _headline_verb(token: Token) -> bool:
    """A headline's verb ends the name before it ("Ana Ruiz Endorses Lopez"), unless it can
    also be a noun inside a name ("United States", "Consumer Reports")."""
    return token.lower in HEADLINE_VERB_FORMS and token.lower not in AMBIGUOUS_CUES


def _ends_name(tokens: list[Token], j: int) -> bool:
    """A headline's verb after a name, or its plain form after a plural ("Leaked Documents
    Reveal …")."""
    token = tokens[j]
    return _headline_verb(token) or token.lower in HEADLINE_PLAIN_FORMS and token.lower not in AMBIGUOUS_CUES \
        and is_plural_word(tokens[j - 1])


# Titles that name an office with "of": "Secretary of State", "Speaker of the House" (not "French"
# in "David French of the National Retail Federation").
OFFICE_HEADS: frozenset[str] = frozenset({
    "Secretary", "Speaker", "Director", "Minister", "Chairman", "Chairwoman", "Chair", "Chief",
})


def office_link(tokens: list[Token], j: int) -> int:
    """How many words ("of", "of the") join a title to the rest of its office before a name:
    "Secretary of State John Kerry", "Speaker of the House Paul Ryan"; 0 when none do."""
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].lower == "the" else j + 1
    if k + 1 < len(tokens) and tokens[k].text in TITLES and tokens[k + 1].kind == "word" \
            and tokens[k + 1].text[0].isupper():
        return k - j
    return 0


def name_mentions(sentence: Sentence) -> list[Mention]:
    """Capitalised name sequences outside quotes, with leading titles split off as the role."""
    out: list[Mention] = []
    tokens = sentence.tokens
    count = len(tokens)
    run_end = 0  # where the last name run ended: its words do not start another
    # Most tokens are lower-case words or punctuation: the capital letter is tested first.
    for i, token in enumerate(tokens):
        if not token.text[0].isupper() or i < run_end or token.kind != "word" or token.text in NON_NAME_WORDS:
            continue
        texts: list[str] = []  # the run's words as written
        words: list[str] = []  # the same without a possessive ending
        j = i
        while True:
            text = tokens[j].text
            word = strip_possessive(text) if text[-1] in _POSSESSIVE_LAST else text
            texts.append(text)
            words.append(word)
            j += 1
            if word != text or j == count:
                break  # a possessive ends the name: "Trump’s aide"
            if text in OFFICE_HEADS and tokens[j].lower == "of":
                link = office_link(tokens, j)
                texts.extend(t.text for t in tokens[j:j + link])  # "Secretary of State John Kerry"
                words.extend(t.text for t in tokens[j:j + link])
                j += link
            token = tokens[j]
            # (is_name_word, written out: tested after every capitalised word)
            if not token.text[0].isupper() or token.kind != "word" or not (
                token.text not in NON_NAME_WORDS and not _ends_name(tokens, j) or token.text == "May"
            ):
                break
        role_words, name_words = split_role(words)
        institution = j < count and tokens[j].lower in INSTITUTION_TAILS
        if name_words and not institution:  # "Kent County Republican headquarters" names no one
            if HONORIFICS.isdisjoint(name_words):  # most names: nothing to leave out
                name = " ".join(name_words)
            else:
                name = " ".join([w for w in name_words if w not in HONORIFICS])
            if name:
                role = " ".join([w for w in role_words if w not in HONORIFICS]) if role_words else ""
                out.append(Mention(tokens[i].start, tokens[j - 1].end, " ".join(texts),
                                   name, role, classify(name, role)))
        run_end = j
    return out


class ArticleSpeakers:
    """Every person and organisation named in one article, and how mentions map to them."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.people: list[Person] = []
        self.mentions: list[tuple[Mention, Person]] = []  # in text order
        # Name word → (mention, person, rank) for every mention of a person with that word;
        # rank 0 when the word is the mention's last (a surname), else 1.
        self._by_word: dict[str, list[tuple[Mention, Person, int]]] = {}
        self._by_start: dict[int, Person] = {}
        self._by_last: dict[str, list[Person]] = {}  # people by the last word of a full name
        pending: list[Mention] = []
        for sentence in sentences:
            for mention in name_mentions(sentence):
                if mention.kind is _ORGANISATION:
                    continue
                if len(mention.name.split()) >= 2:
                    self._register(mention)
                else:
                    pending.append(mention)
        for mention in pending:
            person = self._match(mention.name, mention.start)
            if person is None and (mention.role or mention.kind is _PERSON):
                person = self._new(mention)
            if person is not None:
                if mention.role:
                    person.roles.append(mention.role)
                self._add(mention, person)
        self.mentions.sort(key=lambda pair: pair[0].start)
        self._starts = [mention.start for mention, _ in self.mentions]

    def _add(self, mention: Mention, person: Person) -> None:
        self.mentions.append((mention, person))
        self._by_start[mention.start] = person
        # The person's words already hold the mention's own (add_name or _match put them there).
        surname = mention.name.rsplit(" ", 1)[-1]
        for word in person.tokens:
            self._by_word.setdefault(word, []).append((mention, person, 0 if word == surname else 1))

    def _new(self, mention: Mention) -> Person:
        first = mention.name.split()[0]
        female = True if first in FEMALE_FIRST_NAMES or mention.role in FEMALE_FIRST_NAMES else None
        if mention.text.startswith(("Mrs.", "Ms.", "Miss ")):
            female = True
        if mention.text.startswith("Mr."):
            female = False
        person = Person([], [mention.role] if mention.role else [], mention.kind, female)
        person.add_name(mention.name)
        self.people.append(person)
        return person

    def _register(self, mention: Mention) -> None:
        words = mention.name.split()
        for person in self._by_last.get(words[-1], ()):
            for known in person.names:
                kw = known.split()
                if kw[0] == words[0] or _INITIAL.match(kw[0]) or len(kw) == 1:
                    person.add_name(mention.name)
                    if mention.role:
                        person.roles.append(mention.role)
                    self._add(mention, person)
                    return
        person = self._new(mention)
        self._by_last.setdefault(words[-1], []).append(person)
        self._add(mention, person)

    def _match(self, word: str, position: int) -> Person | None:
        """The person a single name word refers to: surname first, nearest earlier mention."""
        best: Person | None = None
        best_key: tuple[int, int] | None = None
        for mention, person, rank in self._by_word.get(word, ()):
            if word not in person.tokens:
                continue
            distance = position - mention.start if mention.start <= position else 10**9
            key = (rank, distance)
            if best_key is None or key < best_key:
                best, best_key = person, key
        if best is None:
            for person in self.people:
                if word in person.tokens:
                    return person
            return None
        return best

    def resolve_name(self, mention: Mention) -> Person | None:
        person = self._by_start.get(mention.start)
        if person is not None:
            return person
        return self._match(mention.name.split()[-1], mention.start)

    def resolve_pronoun(self, pronoun: str, position: int) -> Person | None:
        """The nearest earlier person whose sex (when known) agrees with the pronoun."""
        sex = PERSON_PRONOUNS.get(pronoun.lower())
        fallback = None
        for index in range(bisect_left(self._starts, position) - 1, -1, -1):
            person = self.mentions[index][1]
            if person.kind is _ORGANISATION:
                continue
            if sex == "f" and person.female is True or sex == "m" and person.female is not True:
                return person
            if fallback is None and person.female is None:
                fallback = person
        return fallback

    def resolve_role_noun(self, noun: str, position: int) -> Person | None:
        """The nearest earlier person holding the role named: "the president" → Trump."""
        titles = ROLE_NOUNS.get(noun.lower())
        if titles is None:
            return None
        # (mentions are in text order: start from the last one before `position`)
        for index in range(bisect_left(self._starts, position) - 1, -1, -1):
            person = self.mentions[index][1]
            if any(t in role.split() for role in person.roles for t in titles):
                return person
        return None


def to_speaker(name: str, kind: SpeakerKind = SpeakerKind.PERSON, role: str | None = None) -> Speaker:
    """The canonical Speaker record for a resolved name, with the aliases it goes by."""
    aliases = speaker_aliases(name, role) if kind is not _ORGANISATION else {name}
    return Speaker(name=name, kind=kind, aliases=tuple(sorted(aliases - {name})))


def speaker_aliases(name: str, role: str | None = None) -> set[str]:
    """Names a canonical speaker goes by: full name, surname, title + surname ("President Xi").

    For two-word names the first word is also kept as an alias when it could be a family name
    written first ("Xi Jinping" → "Xi").
    """
    name = " ".join(name.split())
    if not name:
        return set()
    words = name.split()
    aliases = {name}
    if len(words) >= 2:
        aliases.add(words[-1])
        aliases.add(f"{words[0]} {words[-1]}")
        if len(words) == 2 and len(words[0]) <= 4 and len(words[1]) >= 4:
            aliases.add(words[0])  # family-name-first: Xi Jinping, Li Qiang, Kim Jong Un
    surnames = {a for a in aliases if len(a.split()) == 1}
    titles = set(HONORIFICS) | {"President"}
    if role:
        titles.add(role.split()[-1])
    for title in titles:
        for surname in surnames:
            aliases.add(f"{title} {surname}")
    if len(words) >= 3:
        aliases.add(f"{words[0]} {words[-1]}")
    return aliases


# Conjunctions a source phrase can open with, which join its clause to the one before.
SOURCE_CONJUNCTIONS: frozenset[str] = frozenset({"and", "but", "or", "as", "so", "yet", "while"})


def resolve_source(analysis_speakers: ArticleSpeakers, sentence: Sentence, frame: Attribution, text: str) -> None:
    """Fill in speaker name, role and kind from the frame's source tokens."""
    tokens = sentence.tokens
    a, b = frame.source
    while b - a > 1 and tokens[a].lower in SOURCE_CONJUNCTIONS:
        a += 1  # ", and experts say …", "But polls did predict …": the conjunction joins clauses
    frame.source = (a, b)
    frame.source_span = (tokens[a].start, tokens[b - 1].end)
    frame.source_text = text[frame.source_span[0]:frame.source_span[1]]
    words = tokens[a:b]
    first = contracted_pronoun(words[0].text) or words[0].lower if len(words) == 1 else words[0].lower
    if len(words) == 1 and first == "who":
        person = analysis_speakers.resolve_pronoun("who", words[0].start)
        if person:  # "McConnell, who in 2010 said …"
            frame.speaker, frame.role, frame.kind = person.canonical, person.role, person.kind
            frame.confidence -= 0.1
            return
    if len(words) == 1 and (first in SUBJECT_PRONOUNS or first in PERSON_PRONOUNS):
        if first in PERSON_PRONOUNS:  # "he said", or the owner in "his claim that …"
            person = analysis_speakers.resolve_pronoun(first, words[0].start)
            if person:
                frame.speaker, frame.role, frame.kind = person.canonical, person.role, person.kind
                frame.confidence -= 0.05
                return
        frame.speaker = words[0].text[:len(first)]  # "She", not "She’s"
        frame.confidence -= 0.25
        return
    if first in DETERMINERS and len(words) <= 3 and words[-1].lower in ROLE_NOUNS:
        person = analysis_speakers.resolve_role_noun(words[-1].lower, words[0].start)
        if person:
            frame.speaker, frame.role, frame.kind = person.canonical, person.role, person.kind
            frame.confidence -= 0.1
            return
    sub = Sentence(frame.source_span[0], frame.source_span[1], sentence.paragraph, words)
    mentions = [m for m in name_mentions(sub) if not _only_says_whose(m, words) and not _owner_of_source(m, tokens, a, b)]
    if mentions:
        # "the …", "former Pennsylvania governor Ed Rendell": the name ends the description
        described = words[0].lower in DETERMINERS or words[0].text[0].islower() or _named_after_role(mentions, words)
        mention: Mention = mentions[-1] if described else mentions[0]
        person = analysis_speakers.resolve_name(mention)
        if person and mention.kind is not _ORGANISATION:
            frame.speaker, frame.role, frame.kind = person.canonical, person.role or mention.role or None, person.kind
            return
        frame.speaker = mention.name
        frame.role = mention.role or None
        frame.kind = mention.kind if mention.kind is not _UNKNOWN else classify(mention.name, "")
        if frame.kind is _UNKNOWN and words[0].lower == "the":
            frame.kind = _ORGANISATION
        return
    # A description: "the newspaper", "officials".
    # Only an article goes: "Two senior officials" and "Most voters" keep their count.
    phrase = [t.text for t in words if t.lower not in ARTICLES or t is not words[0]]
    frame.speaker = " ".join(phrase) if phrase else frame.source_text
    head = words[-1].lower
    frame.kind = _ORGANISATION if head in ORGANISATION_WORDS else _UNKNOWN
    frame.confidence -= 0.15
    if head in MEDIA_NOUNS and words[0].lower == "the":
        outlet = _last_outlet_before(text, frame.source_span[0])
        if outlet:  # "the newspaper said" after naming The Washington Post
            frame.speaker, frame.kind = outlet, _ORGANISATION


def _named_after_role(mentions: list[Mention], words: list[Token]) -> bool:
    """"Pelosi aide Drew Hammill", "Trump campaign manager Corey Lewandowski": the name after the
    role nouns is the speaker; the one before them only says whose aide."""
    if len(mentions) < 2:
        return False
    between = [t for t in words if mentions[0].end <= t.start and t.end <= mentions[-1].start]
    return bool(between) and all(t.text[0].islower() and t.lower in SOURCE_NOUNS for t in between)


def _only_says_whose(mention: Mention, words: list[Token]) -> bool:
    """"Trump supporters", "Xi's spokesman", "White House officials", "Several prominent pilots":
    a capitalised word before the head noun of the source says whose (or is only capitalised
    because it starts the sentence); the words are not that name's own. In "the Gallup poll" or
    "Trump's tweet" the name wrote the record, so it stays."""
    head = words[-1]
    if not (head.lower in SOURCE_NOUNS or is_plural_word(head)) or head.lower in AUTHORED_RECORDS:
        return False  # tested first: most sources end in a name ("Trump said")
    after = [t for t in words if t.start >= mention.end]
    return bool(after) and all(t.kind == "word" and t.text[0].islower() for t in after)


def _owner_of_source(mention: Mention, tokens: list[Token], a: int, b: int) -> bool:
    """"A spokesman for Cruz", "Members of Congress" (the source is tokens[a:b]): the name says
    whose spokesman or members speak, so the description is the speaker, never Cruz himself;
    nor is "Members", a noun capitalised by opening the sentence."""
    at = next((k for k in range(a, b) if tokens[k].start == mention.start), None)
    if at is None:
        return False
    if owner_noun_before(tokens, at) is not None:
        return True
    return tokens[at].lower in OWNER_NOUNS and at + 1 < len(tokens) and tokens[at + 1].lower in OWNER_LINK_STARTS \
        and any(owner_noun_before(tokens, k) == at for k in range(at + 2, min(len(tokens), at + 5)))


def _last_outlet_before(text: str, position: int) -> str | None:
    """The outlet named last before `position`, if any."""
    best: tuple[int, str] | None = None
    for match in _OUTLET_RE.finditer(text, 0, position):
        best = (match.start(), match.group(0))
    return best[1] if best else None

