import os
import random
import subprocess
import sys

import pytest

from bot.dedup import (
    SIGNATURE_SIZE,
    DuplicateIndex,
    Fingerprint,
    fingerprint,
    is_near_duplicate,
    jaccard,
)
from tests.newsroom_fixtures import (
    MUSEUM_THEFT,
    PORT_DISPUTE_LATER,
    PORT_STRIKE_OTHER_OUTLET,
    PORT_STRIKE_REPRINT,
    PORT_STRIKE_WIRE,
)


def _index(*texts: str) -> DuplicateIndex:
    index = DuplicateIndex()
    for article_id, text in enumerate(texts, start=1):
        index.add(article_id, text)
    return index


def _filler(seed: int, words: int = 300) -> str:
    """A text of random invented words: unrelated to every other seed."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ne", "su", "ra", "ti", "vo", "ze", "pa", "do", "gu"]
    return " ".join(
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(words)
    )


def test_verbatim_copy_is_a_duplicate_of_the_first_copy():
    index = _index(PORT_STRIKE_WIRE, MUSEUM_THEFT)
    assert index.find_duplicate(PORT_STRIKE_WIRE) == 1
    assert index.find_duplicate(MUSEUM_THEFT) == 2


def test_layout_and_case_changes_do_not_hide_a_copy():
    index = _index(PORT_STRIKE_WIRE)
    reflowed = " ".join(PORT_STRIKE_WIRE.split()).upper()
    assert index.find_duplicate(reflowed) == 1


def test_lightly_edited_reprint_with_credit_line_and_dropped_paragraph_is_linked():
    index = _index(MUSEUM_THEFT, PORT_STRIKE_WIRE)
    assert index.add(3, PORT_STRIKE_REPRINT) == 2
    assert index.original_of(3) == 2


def test_trimmed_wire_copy_is_linked():
    trimmed = PORT_STRIKE_WIRE.split("Local fruit exporters")[0]
    index = _index(PORT_STRIKE_WIRE)
    assert index.find_duplicate(trimmed) == 1


def test_copy_with_local_paragraphs_added_is_linked():
    extended = (
        PORT_STRIKE_WIRE
        + "\nIn our county, two haulage firms said they had put drivers on standby while the "
        "port remains closed, and the chamber of commerce called an emergency meeting.\n"
    )
    index = _index(PORT_STRIKE_WIRE)
    assert index.find_duplicate(extended) == 1


def test_another_outlets_report_on_the_same_event_is_not_a_duplicate():
    index = _index(PORT_STRIKE_WIRE)
    assert index.find_duplicate(PORT_STRIKE_OTHER_OUTLET) is None
    assert index.find_duplicate(PORT_DISPUTE_LATER) is None
    wire, other = fingerprint(PORT_STRIKE_WIRE), fingerprint(PORT_STRIKE_OTHER_OUTLET)
    assert not is_near_duplicate(wire, other)


def test_copy_of_a_copy_points_to_the_original():
    index = _index(PORT_STRIKE_WIRE)
    assert index.add(2, PORT_STRIKE_REPRINT) == 1
    # A third copy edited from the reprint still names the first copy.
    third = PORT_STRIKE_REPRINT.replace("Tuesday evening", "nightfall")
    assert index.add(3, third) == 1


def test_empty_short_and_odd_input_never_raise_and_never_match_by_accident():
    index = _index("", "Brief.", PORT_STRIKE_WIRE)
    assert index.find_duplicate("") is None
    assert index.find_duplicate("Storm warning.") is None
    assert index.find_duplicate("Brief.") == 2  # identical short text still matches exactly
    assert index.find_duplicate("\x00\ufffd“unbalanced ‘quotes") is None
    # A huge input is sketched from its opening words: a repeated wire story is still that story.
    assert index.find_duplicate(PORT_STRIKE_WIRE * 400) == 3
    assert fingerprint("").shingles == 0


def test_fingerprint_round_trips_through_bytes_and_lists():
    fp = fingerprint(PORT_STRIKE_WIRE)
    assert len(fp.minhashes) == SIGNATURE_SIZE
    assert Fingerprint.from_bytes(fp.to_bytes()) == fp
    assert Fingerprint.from_list(fp.to_list()) == fp
    with pytest.raises(ValueError):
        Fingerprint.from_bytes(b"\x01\x02")
    with pytest.raises(ValueError):
        Fingerprint.from_list([1, 2, 3])


def test_fingerprint_is_stable_across_processes_and_hash_seeds():
    code = (
        "from bot.dedup import fingerprint; from tests.newsroom_fixtures import MUSEUM_THEFT;"
        "print(fingerprint(MUSEUM_THEFT).to_list())"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=os.getcwd())
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == str(fingerprint(MUSEUM_THEFT).to_list())


def test_index_rebuilt_from_stored_fingerprints_answers_the_same():
    live = DuplicateIndex()
    stored = []
    for article_id, text in enumerate([PORT_STRIKE_WIRE, MUSEUM_THEFT, PORT_STRIKE_REPRINT], 1):
        original = live.add(article_id, text)
        stored.append((article_id, fingerprint(text).to_bytes(), original))
    rebuilt = DuplicateIndex()
    for article_id, blob, original in stored:
        rebuilt.add_fingerprint(article_id, Fingerprint.from_bytes(blob), duplicate_of=original)
    assert len(rebuilt) == 3
    assert rebuilt.original_of(3) == 1
    probe = PORT_STRIKE_WIRE.replace("eleven months", "almost a year")
    assert rebuilt.find_duplicate(probe) == live.find_duplicate(probe) == 1


def test_lookup_checks_only_lsh_candidates_not_the_whole_archive():
    index = DuplicateIndex()
    for article_id in range(1, 301):
        index.add(article_id, _filler(article_id))
    index.add(301, PORT_STRIKE_WIRE)
    index.comparisons = 0
    assert index.find_duplicate(PORT_STRIKE_REPRINT) == 301
    assert index.comparisons <= 3


def test_similarity_estimate_tracks_true_overlap():
    # Two texts sharing half their words at random positions have low shingle overlap; a text
    # with one word changed has high overlap. The estimate must order them correctly.
    base = _filler(1, 400)
    words = base.split()
    one_change = " ".join(words[:200] + ["zzz"] + words[201:])
    assert jaccard(fingerprint(base), fingerprint(one_change)) > 0.9
    assert jaccard(fingerprint(base), fingerprint(_filler(2, 400))) < 0.05


def test_reindexing_an_original_after_its_copies_does_not_make_it_a_copy_of_itself():
    index = _index(PORT_STRIKE_WIRE)
    assert index.add(2, PORT_STRIKE_REPRINT) == 1
    assert index.add(1, PORT_STRIKE_WIRE) is None
    assert index.original_of(1) == 1 and index.original_of(2) == 1
