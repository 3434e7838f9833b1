"""Article addresses: the canonical form used for de-duplication, and the outlet a domain names."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only say how a reader arrived, never which article they read.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "cmp", "ito", "smid", "smtyp",
        "ref", "ref_src", "ref_url", "referrer", "share", "shared", "spm",
        "ncid", "sr_share", "s_cid", "guccounter", "guce_referrer", "guce_referrer_sig",
        "__twitter_impression", "rss", "amp",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "ns_", "pk_", "mtm_", "hsa_", "_hs", "oly_", "vero_")

DEFAULT_PORTS = {"http": 80, "https": 443}

# Second-level labels under which the outlet's own name is one label further left
# ("bbc.co.uk", "smh.com.au", "scmp.com.hk").
SECOND_LEVEL_SUFFIXES = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go"})


def is_web_address(text: str) -> bool:
    """Whether `text` is an http(s) address rather than a file path."""
    return text.strip().lower().startswith(("http://", "https://"))


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The form of an article address two outlets' links agree on.

    Lowercases scheme and host, drops default ports, fragments and tracking parameters,
    sorts the parameters that remain and gives an empty path a "/". Never raises: text that
    is not an address comes back stripped.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return text
    host = parts.hostname.rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if parts.username:
        credentials = parts.username + (f":{parts.password}" if parts.password else "")
        host = f"{credentials}@{host}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=~%-._") or "/"
    kept = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(name)]
    query = urlencode(sorted(kept), quote_via=quote)
    return urlunsplit((scheme, host, path, query, ""))


def site_domain(url: str) -> str | None:
    """The outlet's registrable domain in `url` ("https://www.bbc.co.uk/news/x" → "bbc.co.uk")."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    labels = [label for label in host.split(".") if label]
    if ":" in host or all(label.isdigit() for label in labels):
        return host  # an IP address has no outlet name to shorten to
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL_SUFFIXES and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:]) or None


def outlet_from_domain(url: str) -> str:
    """The outlet to record when the page names none: its domain, or "unknown"."""
    return site_domain(url) or "unknown"
