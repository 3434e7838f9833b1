"""robots.txt: outlets may ask bots to keep away from some pages, and a newsroom's bot listens.

Rules are read once per site per poll. A missing robots.txt (4xx) allows everything; one that
cannot be read at all (5xx, network failure) is treated the same way, because the page fetch
that follows fails with its own, clearer message if the site is really down.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

# Enough for any real robots.txt; Google reads at most 500 KiB.
MAX_ROBOTS_BYTES = 512_000
ROBOTS_TIMEOUT_SECONDS = 5.0


class RobotsRules:
    """The robots.txt of each site asked about, fetched with `client` on first use."""

    def __init__(self, client: httpx.Client, user_agent: str) -> None:
        self.client = client
        self.user_agent = user_agent
        self._sites: dict[str, RobotFileParser | None] = {}

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._sites:
            self._sites[site] = self._read(site)
        rules = self._sites[site]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay the site asks of us, if its rules were read and name one."""
        parts = urlsplit(url)
        rules = self._sites.get(f"{parts.scheme}://{parts.netloc}")
        delay = rules.crawl_delay(self.user_agent) if rules is not None else None
        return float(delay) if delay is not None else None

    def _read(self, site: str) -> RobotFileParser | None:
        """The site's rules, or None when it has none we can read."""
        body = bytearray()
        try:
            with self.client.stream("GET", f"{site}/robots.txt", timeout=ROBOTS_TIMEOUT_SECONDS) as response:
                if response.status_code != 200:
                    return None
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_ROBOTS_BYTES:
                        return None
        except (httpx.HTTPError, ValueError):
            return None
        rules = RobotFileParser()
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules
