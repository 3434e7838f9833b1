"""The review workflow: raising a flag on an article and moving it through an editor's decision.

Every rule lives here: which article a request means, how long a note may be, who counts as an
editor, which status changes are allowed, and what happens when two requests race. The Slack
handlers and the CLI only parse input and render what comes back.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy.exc import IntegrityError

from bot.ingest.urls import canonical_url
from bot.models import Article, Flag, FlagEvent, FlagReason, FlagRequest, FlagStatus
from bot.store import flags as flag_rows
from bot.store.articles import article_from_row, find_by_canonical_url
from bot.store.database import Store
from bot.store.tables import ArticleRow, ClaimRow, FlagRow, QuoteRow

log = logging.getLogger(__name__)

NOTE_LIMIT = 2000
EXCERPT_LIMIT = 500

REASON_LABELS: dict[FlagReason, str] = {
    FlagReason.FACTUAL_ERROR: "Factual error",
    FlagReason.MISATTRIBUTED_QUOTE: "Misattributed quote",
    FlagReason.LEGAL_REVIEW: "Needs legal review",
    FlagReason.DUPLICATE: "Duplicate",
    FlagReason.OTHER: "Other",
}

# Words in a typed reason ("/flag 12 misquoted, it was Li not Xi") that name its category.
REASON_WORDS: dict[FlagReason, tuple[str, ...]] = {
    FlagReason.MISATTRIBUTED_QUOTE: ("misattributed", "misattribution", "misquote", "misquoted", "attribution",
                                     "attributed", "misattributed_quote"),
    FlagReason.LEGAL_REVIEW: ("legal", "libel", "libellous", "libelous", "defamation", "defamatory", "lawyer",
                              "lawyers", "legal_review"),
    FlagReason.DUPLICATE: ("duplicate", "duplicated", "dupe", "dup", "repeat", "repeated"),
    FlagReason.FACTUAL_ERROR: ("factual", "fact", "error", "wrong", "incorrect", "inaccurate", "false", "mistake",
                               "factual_error"),
}

_WORD = re.compile(r"[a-z_]+")
_SLACK_LINK = re.compile(r"^<(https?://[^|>]+)(?:\|[^>]*)?>$")
_ARTICLE_ID = re.compile(r"^(?:article:|a)?(\d{1,12})$", re.IGNORECASE)
_FLAG_ID = re.compile(r"^#?(\d{1,12})$")


# --- What a user can get wrong ----------------------------------------------------------------


class FlagRefusal(Exception):
    """A request the desk turned down. `describe` words it for a journalist; `who` renders a user."""

    def describe(self, who: Callable[[str], str] = str) -> str:
        return str(self.args[0]) if self.args else "That can't be done."

    def __str__(self) -> str:
        return self.describe()


class UnknownArticle(FlagRefusal):
    def __init__(self, reference: str | None = None, url: str | None = None) -> None:
        super().__init__(reference, url)
        self.reference, self.url = reference, url

    def describe(self, who: Callable[[str], str] = str) -> str:
        if self.url:
            return f"Newsdesk hasn't ingested {self.url} yet, so there is nothing to flag there."
        if self.reference:
            return f"There is no article {self.reference}. Flag an article by its link or its ID."
        return "I couldn't find an article in that message. Flag it by its link or its ID."


class NoteTooLong(FlagRefusal):
    def __init__(self, length: int, limit: int = NOTE_LIMIT) -> None:
        super().__init__(length, limit)
        self.length, self.limit = length, limit

    def describe(self, who: Callable[[str], str] = str) -> str:
        return f"That note is {self.length:,} characters; the limit is {self.limit:,}. Shorten it and try again."


class UnfetchableArticle(FlagRefusal):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(url, reason)
        self.url, self.reason = url, reason

    def describe(self, who: Callable[[str], str] = str) -> str:
        return f"I couldn't fetch {self.url} to flag it: {self.reason}"


class UnknownFlag(FlagRefusal):
    def __init__(self, flag_id: int | str) -> None:
        super().__init__(flag_id)
        self.flag_id = flag_id

    def describe(self, who: Callable[[str], str] = str) -> str:
        return f"There is no flag #{self.flag_id}."


class NotAnEditor(FlagRefusal):
    def __init__(self, action: ReviewAction) -> None:
        super().__init__(action)
        self.action = action

    def describe(self, who: Callable[[str], str] = str) -> str:
        return (f"Only editors can {self.action.verb} flags, so nothing was changed. "
                "Ask an editor, or an admin to add you to the editors.")


class StatusConflict(FlagRefusal):
    """Someone else changed the flag first (or it is already past this step)."""

    def __init__(self, flag: Flag, action: ReviewAction, by: str | None) -> None:
        super().__init__(flag.id, action, by)
        self.flag, self.action, self.by = flag, action, by

    def describe(self, who: Callable[[str], str] = str) -> str:
        state = STATUS_WORDS[self.flag.status]
        if self.flag.status == FlagStatus.IN_REVIEW and self.flag.assignee:
            state = f"already taken by {who(self.flag.assignee)}"
        elif self.by and self.flag.status != FlagStatus.OPEN:  # whoever opened it did not "open" it first
            state = f"already {state} by {who(self.by)}"
        else:
            state = f"already {state}"
        return f"Flag #{self.flag.id} is {state}, so I didn't {self.action.verb} it."


STATUS_WORDS: dict[FlagStatus, str] = {
    FlagStatus.OPEN: "open",
    FlagStatus.IN_REVIEW: "in review",
    FlagStatus.RESOLVED: "resolved",
    FlagStatus.DISMISSED: "dismissed",
}


# --- Status changes -----------------------------------------------------------------------------


class ReviewAction(StrEnum):
    TAKE = "take"
    RESOLVE = "resolve"
    DISMISS = "dismiss"
    REOPEN = "reopen"  # a flag closed by mistake, or one whose problem came back

    @property
    def verb(self) -> str:
        return self.value

    @property
    def target(self) -> FlagStatus:
        return _TARGETS[self]

    @property
    def allowed_from(self) -> tuple[FlagStatus, ...]:
        return _ALLOWED_FROM[self]


_TARGETS = {ReviewAction.TAKE: FlagStatus.IN_REVIEW, ReviewAction.RESOLVE: FlagStatus.RESOLVED,
            ReviewAction.DISMISS: FlagStatus.DISMISSED, ReviewAction.REOPEN: FlagStatus.OPEN}
_ALLOWED_FROM = {ReviewAction.TAKE: (FlagStatus.OPEN,),
                 ReviewAction.RESOLVE: (FlagStatus.OPEN, FlagStatus.IN_REVIEW),
                 ReviewAction.DISMISS: (FlagStatus.OPEN, FlagStatus.IN_REVIEW),
                 ReviewAction.REOPEN: (FlagStatus.RESOLVED, FlagStatus.DISMISSED)}


@dataclass(frozen=True)
class FlagOutcome:
    """A flag request's result: the new flag, or the one an earlier identical request made."""

    flag: Flag
    created: bool


@dataclass(frozen=True)
class StatusChange:
    """A status change's result; `changed` is False when the same editor's repeat found it done."""

    flag: Flag
    changed: bool


# --- Editors ------------------------------------------------------------------------------------


class EditorRoster:
    """Who may close flags: configured user IDs, and members of one Slack user group.

    `members_of` looks a user group up (the Slack side supplies it) and returns None when it
    cannot; members are cached for `ttl` seconds so a burst of clicks makes one lookup.
    """

    def __init__(self, user_ids: Iterable[str] = (), usergroup: str | None = None,
                 members_of: Callable[[str], Iterable[str] | None] | None = None, ttl: float = 60.0) -> None:
        self.user_ids = frozenset(user_ids)
        self.usergroup = usergroup
        self.members_of = members_of
        self.ttl = ttl
        self._cached: tuple[float, frozenset[str]] | None = None
        self._lock = threading.Lock()

    def is_editor(self, user_id: str) -> bool:
        if user_id in self.user_ids:
            return True
        return user_id in self._group_members()

    def _group_members(self) -> frozenset[str]:
        if not self.usergroup or self.members_of is None:
            return frozenset()
        with self._lock:
            if self._cached and time.monotonic() - self._cached[0] < self.ttl:
                return self._cached[1]
            members = self.members_of(self.usergroup)
            if members is None:
                # Fail closed, and do not cache the failure: the next click asks again.
                log.warning("could not read editor user group %s", self.usergroup)
                return frozenset()
            self._cached = (time.monotonic(), frozenset(members))
            return self._cached[1]


# --- Parsing what users type -----------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleMention:
    """One way a request names an article: its ID, its link, and maybe the quote or claim meant."""

    article_id: int | None = None
    url: str | None = None
    quote_id: int | None = None
    claim_id: int | None = None


def reason_from_text(text: str) -> FlagReason:
    """The category a typed reason names ("misquoted", "libel", "dupe"), else OTHER."""
    words = set(_WORD.findall(text.lower()))
    for reason, cues in REASON_WORDS.items():
        if words.intersection(cues):
            return reason
    return FlagReason.OTHER


def parse_flag_text(text: str) -> tuple[ArticleMention | None, str]:
    """`/flag URL|ARTICLE_ID [reason]` → the article reference (None if absent) and the reason text."""
    parts = (text or "").strip().split(maxsplit=1)
    if not parts:
        return None, ""
    first, rest = parts[0], parts[1].strip() if len(parts) > 1 else ""
    link = _SLACK_LINK.match(first)
    if link:
        return ArticleMention(url=link.group(1)), rest
    if first.lower().startswith(("http://", "https://")):
        return ArticleMention(url=first), rest
    number = _ARTICLE_ID.match(first)
    if number:
        return ArticleMention(article_id=int(number.group(1))), rest
    return None, text.strip()


def parse_flag_id(text: str) -> int | None:
    match = _FLAG_ID.match((text or "").strip())
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class QueueFilter:
    """Which flags `/review` lists: open ones by default; `mine`, `all`, `closed`, or a reason."""

    statuses: tuple[FlagStatus, ...] = (FlagStatus.OPEN, FlagStatus.IN_REVIEW)
    reason: FlagReason | None = None
    involving: str | None = None
    label: str = "open"


def parse_queue_filter(text: str, user_id: str) -> QueueFilter:
    """`/review` arguments: `mine` (raised or taken by me), `all`, `closed`, `reason:legal_review` or `legal`."""
    words = (text or "").lower().split()
    closed = "closed" in words
    involving = user_id if "mine" in words else None
    reason = None
    for word in words:
        word = word.removeprefix("reason:")
        if word in set(FlagReason):
            reason = FlagReason(word)
        elif word not in ("mine", "all", "closed") and reason_from_text(word) != FlagReason.OTHER:
            reason = reason_from_text(word)
    labels = ["closed" if closed else "open", "yours" if involving else "",
              REASON_LABELS[reason].lower() if reason else ""]
    return QueueFilter(statuses=(FlagStatus.RESOLVED, FlagStatus.DISMISSED) if closed else QueueFilter.statuses,
                       reason=reason, involving=involving, label=" · ".join(label for label in labels if label))


# --- Finding the article ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FlagTarget:
    """The article a flag is about, and the quote or claim in it if one was named."""

    article: Article
    quote_id: int | None = None
    claim_id: int | None = None
    excerpt: str = ""


def _article_row(session, ref: ArticleMention) -> ArticleRow | None:
    if ref.article_id is not None:
        return session.get(ArticleRow, ref.article_id)
    if ref.url:
        return find_by_canonical_url(session, canonical_url(ref.url))
    return None


def _target(session, ref: ArticleMention) -> FlagTarget | None:
    row = _article_row(session, ref)
    if row is None:
        return None
    quote = session.get(QuoteRow, ref.quote_id) if ref.quote_id else None
    claim = session.get(ClaimRow, ref.claim_id) if ref.claim_id else None
    # A quote or claim from another article (a stale button) is dropped, not trusted.
    quote = quote if quote is not None and quote.article_id == row.id else None
    claim = claim if claim is not None and claim.article_id == row.id else None
    words = quote.text if quote else claim.text if claim else ""
    return FlagTarget(article=article_from_row(row), quote_id=quote.id if quote else None,
                      claim_id=claim.id if claim else None, excerpt=words[:EXCERPT_LIMIT])


def find_targets(store: Store, refs: Iterable[ArticleMention]) -> list[FlagTarget]:
    """The stored articles `refs` name, first mention first, each article once."""
    found: dict[int, FlagTarget] = {}
    with store.session() as session:
        for ref in refs:
            target = _target(session, ref)
            if target is not None and target.article.id not in found:
                found[target.article.id] = target
    return list(found.values())


def find_target(store: Store, refs: Iterable[ArticleMention]) -> FlagTarget:
    """The first stored article `refs` name; UnknownArticle (offering the first link) when none is."""
    refs = list(refs)
    targets = find_targets(store, refs)
    if targets:
        return targets[0]
    first = refs[0] if refs else None
    if first is not None and first.article_id is not None:
        raise UnknownArticle(reference=str(first.article_id))
    raise UnknownArticle(url=next((ref.url for ref in refs if ref.url), None))


# --- Raising a flag ---------------------------------------------------------------------------------


def check_note(note: str, limit: int = NOTE_LIMIT) -> str:
    note = (note or "").strip()
    if len(note) > limit:
        raise NoteTooLong(len(note), limit)
    return note


def _open_key(request: FlagRequest, target: FlagTarget) -> str:
    return flag_rows.open_key(request.flagger, target.article.id, target.quote_id, target.claim_id, request.reason)


def raise_flag(store: Store, request: FlagRequest, now: datetime | None = None) -> FlagOutcome:
    """Store a flag and its first audit event, unless this request (or the same open flag) exists."""
    note = check_note(request.note)
    target = find_target(store, [ArticleMention(request.article_id, request.url, request.quote_id, request.claim_id)])
    keys = {"idempotency_key": request.idempotency_key, "open_key": _open_key(request, target)}
    with store.session() as session:
        existing = flag_rows.find_flag_by_key(session, **keys)
    if existing is not None:
        return FlagOutcome(existing, created=False)
    now = now or datetime.now(UTC)
    article = target.article
    try:
        with store.session() as session:
            row = FlagRow(
                article_id=article.id, quote_id=target.quote_id, claim_id=target.claim_id,
                article_title=article.title, article_outlet=article.outlet,
                article_url=article.canonical_url or article.url, excerpt=target.excerpt,
                reason=request.reason.value, note=note, flagger=request.flagger, channel=request.channel,
                permalink=request.permalink, status=FlagStatus.OPEN.value, created_at=now, updated_at=now, **keys,
            )
            session.add(row)
            session.flush()
            flag_rows.add_event(session, row.id, request.flagger, now, None, FlagStatus.OPEN, note)
            flag = flag_rows.flag_from_row(row)
    except IntegrityError:
        # A concurrent identical request won the unique key; hand back its flag.
        with store.session() as session:
            existing = flag_rows.find_flag_by_key(session, **keys)
        if existing is None:
            raise
        return FlagOutcome(existing, created=False)
    return FlagOutcome(flag, created=True)


# --- Moving a flag along -------------------------------------------------------------------------------


def _last_change_to(session, flag_id: int, status: FlagStatus) -> FlagEvent | None:
    events = [e for e in flag_rows.flag_events(session, flag_id) if e.to_status == status]
    return events[-1] if events else None


def _settled(session, flag: Flag, actor: str, action: ReviewAction) -> StatusChange | None:
    """None when `action` may go ahead; the finished change when it is `actor`'s own repeat."""
    if flag.status in action.allowed_from:
        return None
    done = _last_change_to(session, flag.id, flag.status)
    if flag.status == action.target and done is not None and done.actor == actor:
        return StatusChange(flag, changed=False)
    raise StatusConflict(flag, action, by=done.actor if done else None)


def check_change(store: Store, editors: EditorRoster, flag_id: int, actor: str, action: ReviewAction) -> Flag:
    """The flag, if `actor` may `action` it now (before asking for a note); a refusal otherwise."""
    if not editors.is_editor(actor):
        raise NotAnEditor(action)
    with store.session() as session:
        flag = flag_rows.get_flag(session, flag_id)
        if flag is None:
            raise UnknownFlag(flag_id)
        if _settled(session, flag, actor, action) is not None:
            raise StatusConflict(flag, action, by=actor)
    return flag


def change_status(store: Store, editors: EditorRoster, flag_id: int, actor: str, action: ReviewAction,
                  note: str = "", now: datetime | None = None) -> StatusChange:
    """Take, resolve, dismiss or reopen a flag as `actor`, with compare-and-set so racing clicks
    change it once."""
    note = check_note(note)
    if not editors.is_editor(actor):
        raise NotAnEditor(action)
    now = now or datetime.now(UTC)
    for _attempt in range(3):
        with store.session() as session:
            flag = flag_rows.get_flag(session, flag_id)
            if flag is None:
                raise UnknownFlag(flag_id)
            repeat = _settled(session, flag, actor, action)
            if repeat is not None:
                return repeat
            assignee = actor if action == ReviewAction.TAKE else None
            if flag_rows.compare_and_set_status(session, flag_id, expected=flag.status, to=action.target, at=now,
                                                assignee=assignee):
                flag_rows.add_event(session, flag_id, actor, now, flag.status, action.target, note)
                session.flush()
                session.expire_all()  # the UPDATE bypassed the loaded row; read the stored one
                return StatusChange(flag_rows.get_flag(session, flag_id), changed=True)
        # Lost the race between reading and updating: read again and explain what happened.
    raise StatusConflict(get_flag(store, flag_id), action, by=None)


def get_flag(store: Store, flag_id: int) -> Flag:
    with store.session() as session:
        flag = flag_rows.get_flag(session, flag_id)
    if flag is None:
        raise UnknownFlag(flag_id)
    return flag
