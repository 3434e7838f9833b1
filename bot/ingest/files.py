"""Articles from local files: `.txt`/`.md` with optional front matter, and JSON article records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from bot.models import ArticleDraft

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
JSON_SUFFIXES = {".json"}
SIDECAR_SUFFIX = ".meta"

# Field names seen in the wild for each article attribute, most specific first.
JSON_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "pubDate", "datetime"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename"),
    "author": ("author", "byline", "authors"),
    "text": ("text", "body", "body-paragraphs", "content", "article"),
}
FRONT_MATTER_KEYS = {"title", "outlet", "url", "published", "date", "author", "source"}
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


class ArticleFileError(Exception):
    """A file that cannot become an article; the message says why in plain words."""


def read_text_file(path: Path, max_bytes: int) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleFileError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit")
    raw = path.read_bytes()
    return decode_bytes(raw)


def decode_bytes(raw: bytes) -> str:
    """Text from bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16, then cp1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        raise ArticleFileError("looks like a binary file, not text")
    # cp1252 covers the curly quotes Windows newsroom tools write; undefined bytes are replaced.
    return raw.decode("cp1252", errors="replace")


def parse_published(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC)
    raw = str(value).strip()
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        raise ArticleFileError(f"cannot read the date {raw!r}; use ISO 8601 such as 2026-02-04") from None


def _split_front_matter(content: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(content)
    if not match:
        return {}, content
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in FRONT_MATTER_KEYS:
            fields[key] = value.strip().strip("\"'")
    return fields, content[match.end() :]


def _first_line_title(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""


def _sidecar_fields(path: Path) -> dict[str, str]:
    """Metadata kept beside an article that must stay byte-for-byte as received (`NAME.txt.meta`)."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    fields, _ = _split_front_matter("---\n" + decode_bytes(sidecar.read_bytes()).strip() + "\n---\n")
    return fields


def draft_from_text(content: str, source_path: str | None = None, default_outlet: str = "unknown",
                    extra_fields: dict[str, str] | None = None) -> ArticleDraft:
    fields, body = _split_front_matter(content)
    fields = {**(extra_fields or {}), **fields}
    body = body.strip()
    if not body:
        raise ArticleFileError("the article has no text")
    return ArticleDraft(
        text=body,
        title=fields.get("title") or _first_line_title(body),
        outlet=fields.get("outlet") or fields.get("source") or default_outlet,
        url=fields.get("url") or None,
        published=parse_published(fields.get("published") or fields.get("date")),
        author=fields.get("author") or None,
        source_path=source_path,
    )


def _first_field(record: dict, attribute: str) -> object:
    for name in JSON_FIELDS[attribute]:
        if record.get(name) not in (None, "", []):
            return record[name]
    return None


def _flatten_body(value: object) -> str:
    # BASIL-style "body-paragraphs" is a list of paragraphs, each a list of sentences.
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p) for p in value]
        return "\n\n".join(p.strip() for p in paragraphs if p and p.strip())
    return ""


def draft_from_json_record(record: dict, source_path: str | None = None) -> ArticleDraft:
    if not isinstance(record, dict):
        raise ArticleFileError("expected a JSON object with title and text fields")
    body = _flatten_body(_first_field(record, "text")).strip()
    if not body:
        names = ", ".join(JSON_FIELDS["text"])
        raise ArticleFileError(f"no article text: expected one of the fields {names}")
    author = _first_field(record, "author")
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    outlet = _first_field(record, "outlet")
    if isinstance(outlet, dict):
        outlet = outlet.get("name") or outlet.get("title")
    return ArticleDraft(
        text=body,
        title=str(_first_field(record, "title") or _first_line_title(body)),
        outlet=str(outlet or "unknown"),
        url=_first_field(record, "url"),
        published=parse_published(_first_field(record, "published")),
        author=str(author) if author else None,
        source_path=source_path,
    )


def drafts_from_file(path: Path, max_bytes: int) -> list[ArticleDraft]:
    """The articles in one file. A JSON file may hold one article or a list of them."""
    suffix = path.suffix.lower()
    content = read_text_file(path, max_bytes)
    if suffix in JSON_SUFFIXES:
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise ArticleFileError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
        records = data if isinstance(data, list) else [data]
        return [draft_from_json_record(record, str(path)) for record in records]
    if suffix in TEXT_SUFFIXES:
        return [draft_from_text(content, str(path), extra_fields=_sidecar_fields(path))]
    raise ArticleFileError(f"unsupported file type {suffix or '(none)'}")


def expand_paths(paths: Iterable[Path], suffixes: set[str]) -> Iterator[Path]:
    """Files named directly, and files with a known suffix found under named directories."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        else:
            yield path
