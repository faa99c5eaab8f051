"""Near-duplicate articles: reposts and syndicated copies of one story.

Candidates come from MinHash LSH on word 5-shingles, so a new article is compared with a handful of
stored ones, not all of them: datasketch computes the signatures and the banding for the threshold;
the bands themselves are stored in the database (`band_keys`), where every process sees them. Each candidate is then checked exactly: the share of the
smaller text's shingles found in the larger one (containment). Containment rather than Jaccard
because a repost adds its own paragraph (or trims the story), which lowers Jaccard but leaves the
copied part whole. Short texts need a near-total match: two wire stories that re-use one sentence
are different reports, a copy is a copy of nearly everything.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.3  # a low bar for candidates; containment decides
MIN_CONTAINMENT = 0.9
MIN_SHINGLES = 8  # a dozen words: below that two texts share a phrase, not a story
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them


def minhash(sh: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


@dataclass
class Fingerprint:
    shingles: set[str]
    minhash: MinHash

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        sh = shingles(text)
        return cls(sh, minhash(sh))

    def to_bytes(self) -> bytes:
        return self.minhash.hashvalues.astype(np.uint64).tobytes()


def minhash_from_bytes(raw: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(raw, dtype=np.uint64), scheme=SCHEME)


@lru_cache(maxsize=1)
def _band_ranges() -> list[tuple[int, int]]:
    # datasketch chooses the number of bands and rows per band that best fit the threshold.
    return list(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def band_keys(mh: MinHash) -> list[int]:
    """One signed 64-bit key per LSH band (band number and its hash values): two articles are
    candidates when they share a key. Sorted, without repeats."""
    values = mh.hashvalues.astype("<u8")
    keys = set()
    for i, (start, end) in enumerate(_band_ranges()):
        digest = hashlib.blake2b(i.to_bytes(2, "little") + values[start:end].tobytes(), digest_size=8).digest()
        keys.add(int.from_bytes(digest, "big", signed=True))
    return sorted(keys)
