"""Turning the extractors' named word lists into regular-expression alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """ "a|b|c" matching any of `words`, longest first so "more than" wins over "more"."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
