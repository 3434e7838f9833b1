"""The one error family ingestion raises: a problem with one input, worded for a journalist."""

from __future__ import annotations


class IngestError(Exception):
    """One input could not be ingested; `message` is what the newsroom sees on its source.

    `retryable` says whether trying again later may help (a timeout may pass, a 404 will not).
    """

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable

    def __str__(self) -> str:
        return self.message


class FeedError(IngestError):
    """A feed had nothing usable in it."""


class PageError(IngestError):
    """A page was fetched but no article could be read from it."""
