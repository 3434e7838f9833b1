"""Extraction: quotes, speakers, reported speech, claims. Pure functions over article text.

The rest of Newsdesk calls only `extract(text)`; the modules behind it may change freely.
"""

from __future__ import annotations

from bot.models import Extraction


def extract(text: str) -> Extraction:
    """Direct quotes and reported speech in `text`, with speakers resolved within the article."""
    from bot.extract.quotes import extract_quotes
    from bot.extract.reported import extract_reported

    return Extraction(quotes=list(extract_quotes(text)), reported=list(extract_reported(text)))
