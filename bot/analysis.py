"""What happens to every stored article: extraction, claims, wire-copy links and its story.

`analyse_draft` is pure (no database), so a bulk ingest can run it in worker processes while
the main process stores; `apply_analysis` writes the result inside the article's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from sqlalchemy.orm import Session

from bot.dedup import Fingerprint, fingerprint
from bot.extract import extract
from bot.extract.claims import extract_claims
from bot.grouping import group_article
from bot.models import ArticleDraft, Claim, Extraction
from bot.store.articles import save_extraction
from bot.store.tables import ArticleRow
from bot.story_terms import SalientTerms, salient_terms


@dataclass(frozen=True)
class Analysis:
    extraction: Extraction
    claims: list[Claim]
    fingerprint: Fingerprint
    terms: SalientTerms


def analyse_draft(draft: ArticleDraft) -> Analysis:
    extraction = extract(draft.text)
    return Analysis(extraction, extract_claims(draft.text, extraction, draft.published), fingerprint(draft.text),
                    salient_terms(draft.title, draft.text))


def apply_analysis(session: Session, row: ArticleRow, analysis: Analysis, revision: bool = False) -> None:
    """Store quotes and claims; a new article is also grouped. A revision keeps its story
    (re-grouping would move it under readers' feet) but gets a fresh fingerprint."""
    save_extraction(session, row, analysis.extraction, analysis.claims)
    if revision:
        row.fingerprint = analysis.fingerprint.to_list()
    else:
        group_article(session, row, analysis.fingerprint, analysis.terms)
