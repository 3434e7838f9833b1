"""Wire credit: which news agency's copy an article carries, read from its byline and text."""

from __future__ import annotations

import re

# Each agency's credit name, then the other names it is credited under in bylines and text.
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters", "Reuters Staff"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "UPI": ("UPI", "United Press International"),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI", "Asian News International"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "PA": ("PA", "PA Media", "Press Association"),
    "AAP": ("AAP", "Australian Associated Press"),
    "The Canadian Press": ("The Canadian Press", "Canadian Press", "CP"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "TASS": ("TASS",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "Bernama": ("Bernama",),
    "Interfax": ("Interfax",),
}

# Abbreviations that are ordinary words in lower case ("pa", "aa"): in text they count only in capitals.
CAPITALS_ONLY_NAMES = frozenset({"AA", "CP", "PA", "AP"})

# Sentences that hand a story to an agency; "{agency}" stands for any of its names.
CREDIT_PHRASES = (
    "based on {agency} report",
    "based on a {agency} report",
    "based on an {agency} report",
    "with inputs from {agency}",
    "with input from {agency}",
    "source: {agency}",
    "copyright {agency}",
    "© {agency}",
    "(c) {agency}",
)

# Byline noise around an agency name ("By Reuters Staff", "AFP News Agency").
BYLINE_WORDS = frozenset({"by", "staff", "news", "agency", "newsroom", "wire", "wires", "report", "reporters", "with"})

# How far into the text a dateline can sit, and how far from either end a credit line.
DATELINE_WINDOW = 400
CREDIT_WINDOW = 800

_NAME_TO_AGENCY = {name.lower(): agency for agency, names in WIRE_AGENCIES.items() for name in names}
_MULTIWORD_NAMES = tuple(name for name in _NAME_TO_AGENCY if " " in name)
_NAMES_PATTERN = "|".join(
    re.escape(name) for name in sorted(_NAME_TO_AGENCY, key=len, reverse=True)
)
# "WASHINGTON (AP) —", "(Reuters) -", "BEIJING, May 3 (Xinhua) --"
_DATELINE = re.compile(rf"\((?P<name>{_NAMES_PATTERN})\)\s*(?:[-–—]|--|:)", re.IGNORECASE)
_BYLINE_LINE = re.compile(r"^\s*by\s+(?P<byline>.{1,80})$", re.IGNORECASE | re.MULTILINE)


def _phrase_pattern() -> re.Pattern[str]:
    alternatives = []
    for phrase in CREDIT_PHRASES:
        before, _, after = phrase.partition("{agency}")
        alternatives.append(rf"{re.escape(before)}(?:the\s+)?(?P<name{len(alternatives)}>{_NAMES_PATTERN}){re.escape(after)}")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_CREDIT = _phrase_pattern()


def agency_named(byline: str) -> str | None:
    """The agency a byline or author field names ("By Reuters Staff" → "Reuters"), if any.

    An author field may list people and an agency ("Jane Doe, Reuters"; "Jane Doe | AP"):
    any part that is an agency name, once byline words are dropped, counts.
    """
    for part in re.split(r"[,;|/&()]|\band\b|\s[-–—]\s", byline, flags=re.IGNORECASE):
        words = [word for word in part.split() if word.lower().strip(".:") not in BYLINE_WORDS]
        candidate = " ".join(words).strip(" .:").lower()
        if candidate in _NAME_TO_AGENCY:
            return _NAME_TO_AGENCY[candidate]
        # "JOHN SMITH Associated Press": only multi-word names, since "Bloomberg" is also a surname.
        for name in _MULTIWORD_NAMES:
            if candidate.endswith(" " + name):
                return _NAME_TO_AGENCY[name]
    return None


def _agency_in_text(name: str) -> str | None:
    if name.upper() in CAPITALS_ONLY_NAMES and name != name.upper():
        return None  # "source: pa" in running text is not a credit
    return _NAME_TO_AGENCY[name.lower()]


def wire_credit(text: str, author: str | None = None) -> str | None:
    """The agency behind an article's copy, from its author field, dateline, byline or credit line.

    Returns the agency's credit name ("Reuters", "AP", "AFP", "Xinhua", …) or None for staff copy.
    """
    if author:
        agency = agency_named(author)
        if agency:
            return agency
    head = text[:DATELINE_WINDOW]
    for dateline in _DATELINE.finditer(head):
        agency = _agency_in_text(dateline.group("name"))
        if agency:
            return agency
    for byline in _BYLINE_LINE.finditer(head):
        agency = agency_named(byline.group("byline"))
        if agency:
            return agency
    for window in (text[:CREDIT_WINDOW], text[-CREDIT_WINDOW:]):
        for match in _CREDIT.finditer(window):
            agency = _agency_in_text(next(value for value in match.groupdict().values() if value))
            if agency:
                return agency
    return None
