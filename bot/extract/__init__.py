"""Extraction: quotes, speakers, reported speech, claims. Pure functions over article text.

The rest of Newsdesk calls only `extract(text)`; the modules behind it may change freely:

- `quotemarks`: which stretches sit inside double quotes (curly, straight, '' and multi-paragraph)
- `sentences`: quote-aware sentence splitting and tokens, with offsets
- `lexicon`: the word lists (cue verbs, titles, outlets, places …)
- `cues`, `sources`: cue words and the source phrase next to them
- `clauses`: the content a cue introduces (quote, "that" clause, split quote, a verb's object)
- `hedges`, `nominal`, `findings`: attributions with no cue verb: "X seems to …", "X is
  expected to …"; "Trump’s claim that …"; "In a CNN poll, …"
- `speakers`: names, roles, pronouns and "the president", aliases (`speaker_aliases`)
- `relay`: the outlet or platform that carried the words (`via`)
- `unattributed`: continuations, colon quotes and quotes no cue claims
- `attribution`: runs all of the above once per article (`analyse`)
- `quotes`, `reported`: the Quote and ReportedSpeech views; `jsonl`: the scorer's format
"""

from __future__ import annotations

from bot.models import Extraction


def extract(text: str) -> Extraction:
    """Direct quotes and reported speech in `text`, with speakers resolved within the article."""
    from bot.extract.quotes import extract_quotes
    from bot.extract.reported import extract_reported

    return Extraction(quotes=list(extract_quotes(text)), reported=list(extract_reported(text)))
