"""Wire copy and near-duplicate detection: which stored article a new text is a reprint of.

A syndicated story reaches us many times: verbatim, with a new headline, with a paragraph
trimmed, with a wire credit ("(Reuters) -") or a local paragraph added. We sketch each text as a
MinHash signature over word shingles and index the signature with locality-sensitive hashing
(LSH bands), so checking a new article touches only the few stored articles that share a band,
never the whole archive.

The signature is computed with one hash per shingle (one-permutation hashing with optimal
densification, Shrivastava 2017): far cheaper in pure Python than 120 independent hash functions,
with the same collision property, P[slot equal] = Jaccard similarity of the shingle sets.

Fingerprints are plain integers (`Fingerprint.to_bytes()` for a BLOB column), computed with
blake2b, so they are stable across processes and Python versions and can be stored and reloaded
into a fresh `DuplicateIndex` at start-up without re-reading article text.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass

# Words per shingle: long enough that two reporters' independent sentences rarely share one,
# short enough that a changed word breaks only a handful.
SHINGLE_WORDS = 4
# LSH layout: SIGNATURE_SIZE = BANDS * BAND_ROWS. A pair with Jaccard s becomes a candidate with
# probability 1 - (1 - s**3)**40: 0.66 at s=0.3, 0.99 at s=0.5, ~1 above 0.6.
BANDS = 40
BAND_ROWS = 3
SIGNATURE_SIZE = BANDS * BAND_ROWS
# Verification thresholds on the estimated similarity of a candidate pair.
NEAR_DUPLICATE_JACCARD = 0.5  # light edits, a dropped paragraph, a changed headline
NEAR_DUPLICATE_CONTAINMENT = 0.8  # a trimmed wire copy, or one with local paragraphs added
MIN_JACCARD_FOR_CONTAINMENT = 0.3  # below this the containment estimate is too noisy to trust
# Texts with fewer shingles than this only match when their shingle sets look identical:
# a two-line brief shares too little to call anything a "light edit" of it.
MIN_SHINGLES = 12
# Huge inputs are sketched from their opening words only; a reprint shares its opening.
MAX_WORDS = 50_000

WORD = re.compile(r"\w+", re.UNICODE)
_MASK64 = (1 << 64) - 1
_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Fingerprint:
    """A text's MinHash signature plus its number of distinct shingles (for containment)."""

    shingles: int
    minhashes: tuple[int, ...]

    def to_bytes(self) -> bytes:
        """A compact, versioned byte string for a BLOB column."""
        n = len(self.minhashes)
        return struct.pack(f"<BII{n}Q", _FORMAT_VERSION, self.shingles, n, *self.minhashes)

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """Read back `to_bytes()` output; raises ValueError on anything else."""
        try:
            version, shingles, n = struct.unpack_from("<BII", data)
            if version != _FORMAT_VERSION or n != SIGNATURE_SIZE:
                raise ValueError(f"unsupported fingerprint (version {version}, size {n})")
            values = struct.unpack_from(f"<{n}Q", data, struct.calcsize("<BII"))
        except struct.error as exc:
            raise ValueError(f"corrupt fingerprint: {exc}") from exc
        return cls(shingles=shingles, minhashes=tuple(values))

    def to_list(self) -> list[int]:
        """JSON-friendly form: [shingles, minhash, minhash, ...]."""
        return [self.shingles, *self.minhashes]

    @classmethod
    def from_list(cls, values: list[int]) -> Fingerprint:
        if len(values) != SIGNATURE_SIZE + 1:
            raise ValueError(f"fingerprint list must hold {SIGNATURE_SIZE + 1} integers")
        return cls(shingles=int(values[0]), minhashes=tuple(int(v) for v in values[1:]))


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def shingles(text: str) -> set[int]:
    """The hashed word shingles of `text`: lower-cased words, punctuation and layout ignored."""
    words = WORD.findall(text.lower())[:MAX_WORDS]
    if len(words) < SHINGLE_WORDS:
        return {_hash64(" ".join(words).encode())} if words else set()
    return {
        _hash64(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def _densify_order(slot: int) -> list[int]:
    # The fixed probe sequence an empty slot borrows along; shared by every text, so two texts
    # with the same empty slots borrow from the same places.
    order, seen, attempt = [], set(), 0
    while len(seen) < SIGNATURE_SIZE:
        probe = _hash64(struct.pack("<II", slot, attempt)) % SIGNATURE_SIZE
        attempt += 1
        if probe not in seen:
            seen.add(probe)
            order.append(probe)
    return order


_DENSIFY: list[list[int]] | None = None


def _densify_table() -> list[list[int]]:
    global _DENSIFY
    if _DENSIFY is None:
        _DENSIFY = [_densify_order(slot) for slot in range(SIGNATURE_SIZE)]
    return _DENSIFY


def fingerprint(text: str) -> Fingerprint:
    """The MinHash fingerprint of an article body (pass the body, not the headline)."""
    hashed = shingles(text if isinstance(text, str) else str(text or ""))
    if not hashed:
        return Fingerprint(shingles=0, minhashes=(0,) * SIGNATURE_SIZE)
    slots: list[int | None] = [None] * SIGNATURE_SIZE
    for h in hashed:
        # Low bits choose the slot, the rest is the value compared within it.
        slot, value = h % SIGNATURE_SIZE, h // SIGNATURE_SIZE
        current = slots[slot]
        if current is None or value < current:
            slots[slot] = value
    table = _densify_table()
    filled: list[int] = []
    for slot, value in enumerate(slots):
        if value is None:
            donor = next(d for d in table[slot] if slots[d] is not None)
            value = slots[donor]
            # Mix in the donor slot so a borrowed value never equals an owned one by accident.
            value = (value * 1_000_003 + donor + 1) & _MASK64
        filled.append(value)
    return Fingerprint(shingles=len(hashed), minhashes=tuple(filled))


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if not a.shingles or not b.shingles:
        return 0.0
    same = sum(1 for x, y in zip(a.minhashes, b.minhashes) if x == y)
    return same / SIGNATURE_SIZE


def containment(a: Fingerprint, b: Fingerprint, similarity: float | None = None) -> float:
    """Estimated share of the shorter text's shingles that also occur in the longer one."""
    j = jaccard(a, b) if similarity is None else similarity
    smaller = min(a.shingles, b.shingles)
    if not smaller:
        return 0.0
    shared = j * (a.shingles + b.shingles) / (1 + j)
    return min(1.0, shared / smaller)


def is_near_duplicate(a: Fingerprint, b: Fingerprint) -> bool:
    """True when one text is a lightly edited, trimmed or extended copy of the other."""
    j = jaccard(a, b)
    if min(a.shingles, b.shingles) < MIN_SHINGLES:
        return j == 1.0 and a.shingles == b.shingles
    if j >= NEAR_DUPLICATE_JACCARD:
        return True
    return j >= MIN_JACCARD_FOR_CONTAINMENT and containment(a, b, j) >= NEAR_DUPLICATE_CONTAINMENT


def _band_keys(fp: Fingerprint) -> list[int]:
    values = fp.minhashes
    return [
        hash((band, *values[band * BAND_ROWS : (band + 1) * BAND_ROWS])) for band in range(BANDS)
    ]


class DuplicateIndex:
    """An in-memory LSH index of article fingerprints that names the original of a reprint.

    `add` checks and records in one step; `add_fingerprint` reloads stored fingerprints (with
    their known `duplicate_of`) at start-up. `comparisons` counts candidate verifications, so
    callers and tests can see that lookups do not scan the archive.
    """

    def __init__(self) -> None:
        self._fingerprints: dict[int, Fingerprint] = {}
        self._original: dict[int, int] = {}
        # band key -> article id, or a list of ids when several articles share the band.
        self._bands: dict[int, int | list[int]] = {}
        self.comparisons = 0

    def __len__(self) -> int:
        return len(self._fingerprints)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._fingerprints

    def original_of(self, article_id: int) -> int:
        """The id of the first copy of `article_id` (itself when it is an original)."""
        return self._original.get(article_id, article_id)

    def _candidates(self, fp: Fingerprint) -> list[int]:
        found: set[int] = set()
        for key in _band_keys(fp):
            hit = self._bands.get(key)
            if hit is None:
                continue
            if isinstance(hit, list):
                found.update(hit)
            else:
                found.add(hit)
        return sorted(found)

    def find_duplicate_of(self, fp: Fingerprint, exclude: int | None = None) -> int | None:
        """The original id of the best-matching stored copy of `fp`, or None."""
        if not fp.shingles:
            return None
        best: tuple[float, int] | None = None
        for candidate in self._candidates(fp):
            if candidate == exclude:
                continue
            self.comparisons += 1
            other = self._fingerprints[candidate]
            if not is_near_duplicate(fp, other):
                continue
            root = self.original_of(candidate)
            if root == exclude:
                continue  # a later copy of this very article: it is the original, not a copy
            score = (jaccard(fp, other), -root)
            if best is None or score > best:
                best = score
        return None if best is None else -best[1]

    def find_duplicate(self, text: str) -> int | None:
        """The id of the first stored copy that `text` reprints, or None if it is new."""
        return self.find_duplicate_of(fingerprint(text))

    def add_fingerprint(
        self, article_id: int, fp: Fingerprint, duplicate_of: int | None = None
    ) -> None:
        """Index a stored fingerprint as is (no detection): the start-up rebuild path."""
        if article_id in self._fingerprints:
            self._remove_bands(article_id)
        self._fingerprints[article_id] = fp
        if duplicate_of is not None and duplicate_of != article_id:
            self._original[article_id] = self.original_of(duplicate_of)
        else:
            self._original.pop(article_id, None)
        if not fp.shingles:
            return
        for key in _band_keys(fp):
            hit = self._bands.get(key)
            if hit is None:
                self._bands[key] = article_id
            elif isinstance(hit, list):
                hit.append(article_id)
            else:
                self._bands[key] = [hit, article_id]

    def add(self, article_id: int, text: str) -> int | None:
        """Index `text` under `article_id`; returns the original's id if it is a reprint."""
        fp = fingerprint(text)
        original = self.find_duplicate_of(fp, exclude=article_id)
        self.add_fingerprint(article_id, fp, duplicate_of=original)
        return original

    def _remove_bands(self, article_id: int) -> None:
        for key in _band_keys(self._fingerprints[article_id]):
            hit = self._bands.get(key)
            if hit == article_id:
                del self._bands[key]
            elif isinstance(hit, list) and article_id in hit:
                hit.remove(article_id)
                if len(hit) == 1:
                    self._bands[key] = hit[0]
