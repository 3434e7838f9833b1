"""Internal addresses: feeds and pages are third-party text, so a link in one must not make the
bot fetch the cloud metadata service, the database or anything else on the newsroom's own
network (server-side request forgery)."""

from __future__ import annotations

import ipaddress
import socket

# Port used when asking the resolver; only the addresses matter.
_ANY_PORT = 0


def internal_address(host: str) -> str | None:
    """The first address `host` resolves to that is not on the public internet (loopback,
    private, link-local, carrier-grade NAT, reserved…), or None when every address is public.
    A host that does not resolve gives None: the download then fails with its own message."""
    literal = host.strip("[]")
    try:
        candidates = [ipaddress.ip_address(literal)]
    except ValueError:
        try:
            answers = socket.getaddrinfo(literal, _ANY_PORT, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None
        candidates = [ipaddress.ip_address(answer[4][0].split("%")[0]) for answer in answers]
    for address in candidates:
        mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:10.0.0.1 is 10.0.0.1
        if not (mapped or address).is_global:
            return str(address)
    return None
