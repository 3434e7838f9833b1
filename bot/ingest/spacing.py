"""Politeness per site: requests to one site start at least a set gap apart, or the site's
robots.txt Crawl-delay when it asks for more, so a feed of fifty entries never hits an outlet's
server fifty times in a burst. Page workers and successive polls share one `SiteSpacing` (the
desk's fetch policy holds it), which hands each request its own start time, so four workers on
one site still take turns. Separate processes do not coordinate."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

# Above this a Crawl-delay would stretch one feed's poll over many minutes; cap it there.
MAX_CRAWL_DELAY_SECONDS = 10.0


class SiteSpacing:
    def __init__(self, interval: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self._next_start: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait_turn(self, url: str, crawl_delay: float | None = None) -> float:
        """Sleep until this request may start; the seconds waited."""
        gap = max(self.interval, min(crawl_delay or 0.0, MAX_CRAWL_DELAY_SECONDS))
        site = urlsplit(url).netloc.lower()
        with self._lock:
            now = self.clock()
            start = max(now, self._next_start.get(site, now))
            self._next_start[site] = start + gap
        waited = start - now
        if waited > 0:
            self.sleep(waited)
        return waited
