"""Character sets: turning a page's or file's bytes into text, whatever its server claimed."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# Byte-order marks outrank every declaration (as in the WHATWG encoding standard).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels browsers read as windows-1252, which fills the printable gaps ISO-8859-1 leaves.
WINDOWS_1252_ALIASES = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})

# When detection cannot tell single-byte Latin charsets apart, the web's default wins.
PREFERRED_GUESS = "cp1252"

# Charsets web pages are actually written in; detection picks among these only, so that old
# DOS and Mac code pages never win on a page of English with a few curly quotes.
WEB_CHARSETS = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_15", "koi8_r", "koi8_u",
    "shift_jis", "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr", "cp949", "cp874",
    "utf_16", "utf_32",
)

# How much of a document to search for <meta charset> or <?xml encoding?>.
DECLARATION_WINDOW = 4096
# Detection reads only the non-ASCII runs with this much context either side, up to a budget:
# markup and English filler say nothing about the charset and cost most of the time.
DETECTION_CONTEXT = 60
DETECTION_BUDGET = 8192

_NON_ASCII = re.compile(rb"[\x80-\xff]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']""", re.IGNORECASE)
_CHARSET_PARAMETER = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header ("text/html; charset=ISO-8859-1")."""
    if not content_type:
        return None
    match = _CHARSET_PARAMETER.search(content_type)
    return match.group(1) if match else None


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, or None for an unknown or nonsense label."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    if name in WINDOWS_1252_ALIASES:
        return "cp1252"
    return "utf-8" if name in {"utf_8", "utf8"} else name


def declared_charset(body: bytes) -> str | None:
    """The charset a document declares about itself (<meta charset>, <?xml encoding?>)."""
    head = body[:DECLARATION_WINDOW]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore") if match else None


def _decodes(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _telling_sample(body: bytes) -> bytes:
    """The stretches of `body` around its non-ASCII bytes, which are what tells charsets apart."""
    pieces: list[bytes] = []
    covered = total = 0
    for run in _NON_ASCII.finditer(body):
        start = max(run.start() - DETECTION_CONTEXT, covered)
        end = min(run.end() + DETECTION_CONTEXT, len(body))
        pieces.append(body[start:end])
        covered, total = end, total + end - start
        if total > DETECTION_BUDGET:
            break
    return b" ".join(pieces)


def _guess(body: bytes) -> str:
    """Detect a charset from the bytes alone, preferring windows-1252 among equal Latin guesses."""
    matches = charset_normalizer.from_bytes(_telling_sample(body), cp_isolation=list(WEB_CHARSETS))
    best = matches.best()
    if best is None:
        return PREFERRED_GUESS
    for match in matches:
        close = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if close and PREFERRED_GUESS in (match.could_be_from_charset or [match.encoding]):
            return PREFERRED_GUESS
    return _codec(best.encoding) or PREFERRED_GUESS


def decode_document(body: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Text of an HTML/XML document and the codec used: BOM, then header, then in-document
    declaration, then UTF-8, then detection. A declaration the bytes contradict is skipped.

    Never raises: undecodable bytes become U+FFFD in the last resort.
    """
    for mark, codec in BYTE_ORDER_MARKS:
        if body.startswith(mark):
            text = _decodes(body, codec)
            if text is not None:
                return text, codec
    utf8 = _decodes(body, "utf-8")
    for label in (header_charset, declared_charset(body)):
        codec = _codec(label)
        if codec is None:
            continue
        if codec == "cp1252" and utf8 is not None and not body.isascii():
            # Servers label UTF-8 pages "ISO-8859-1" by default; real Latin-1 prose is almost
            # never valid UTF-8, so the bytes win.
            return utf8, "utf-8"
        text = utf8 if codec == "utf-8" else _decodes(body, codec)
        if text is not None:
            return text, codec
    if utf8 is not None:
        return utf8, "utf-8"
    codec = _guess(body)
    return body.decode(codec, errors="replace"), codec
