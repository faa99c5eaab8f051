"""Near-duplicate articles: reposts and syndicated copies of one story.

Candidates come from MinHash LSH (datasketch) on word 5-shingles, so a new article is compared with
a handful of stored ones, not all of them. Each candidate is then checked exactly: the share of the
smaller text's shingles found in the larger one (containment). Containment rather than Jaccard
because a repost adds its own paragraph (or trims the story), which lowers Jaccard but leaves the
copied part whole. Short texts need a near-total match: two wire stories that re-use one sentence
are different reports, a copy is a copy of nearly everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


class DuplicateIndex:
    """The LSH side: which stored articles might be copies of a text."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)

    def add(self, article_id: str, mh: MinHash) -> None:
        if article_id not in self.lsh:
            self.lsh.insert(article_id, mh)

    def candidates(self, mh: MinHash) -> list[str]:
        return sorted(self.lsh.query(mh))
