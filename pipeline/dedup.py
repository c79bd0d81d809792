"""Duplicate detection over compact document summaries: exact hashes and MinHash LSH.

Documents are compared on their cleaned text, case-folded, without punctuation, spaces collapsed
(`text.line_key`), so the same article under two URLs or with different chrome (removed by the
rules) compares equal. Near duplicates are found with MinHash over word 5-grams and locality
sensitive hashing with `bands` x `rows` on 64-bit hashes: two documents whose shingle sets have
Jaccard similarity s share a band with probability 1 - (1 - s^rows)^bands. FineWeb's 14 x 8 puts
the middle of that curve at s = 0.72; the default here, 20 x 5 (`dedup.toml`), finds pairs at
s = 0.7 with probability 0.97. Candidate pairs are then checked on the signatures' estimate of
the similarity against `min_similarity`, which drops the extra candidates below it and keeps a
chain of loosely similar pages from merging into one cluster through a single lucky band.

Which copy survives is deterministic whatever the shard and worker count: the one with the most
text after cleaning, then the smallest `source`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import numpy as np
import polars as pl

_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # an odd 64-bit constant (the golden ratio's)


def text_hash(text: str) -> int:
    """A stable signed 64-bit hash of a text (BLAKE2b), as polars stores it in an Int64 column."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little", signed=True)


class _PunctuationToSpace(dict[int, str | None]):
    """A `str.translate` table, filled as characters are met: punctuation and symbols become
    spaces, everything else stays. (A full table of every code point would cost a second to build.)"""

    def __missing__(self, codepoint: int) -> str | None:
        ch = chr(codepoint)
        value = " " if unicodedata.category(ch)[0] in "PSZ" else ch
        self[codepoint] = value
        return value


_TO_SPACE = _PunctuationToSpace()


def comparable_text(text: str) -> str:
    """The form documents and lines are compared in: case-folded, punctuation and symbols as
    spaces, spaces collapsed.

    >>> comparable_text("  Baca Juga:  Harga  Cabai! ")
    'baca juga harga cabai'
    """
    return " ".join(text.casefold().translate(_TO_SPACE).split())


@dataclass(frozen=True)
class MinHasher:
    """MinHash signatures of word n-gram shingles, with `bands * rows` 64-bit permutations.

    Words are hashed with polars' xxhash-based hash (seeded; stable for a given polars version,
    which the lock file pins), combined into shingle hashes and permuted as a * h + b modulo 2^64
    with odd a: a bijection of the 64-bit hashes, so each of the `num_perm` functions is a
    permutation, and the wrap-around of uint64 arithmetic is the modulo itself.
    """

    bands: int = 20
    rows: int = 5
    ngram: int = 5
    seed: int = 1

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows

    def _parameters(self) -> tuple[np.ndarray, np.ndarray]:
        rng = np.random.default_rng(self.seed)
        a = rng.integers(0, 1 << 63, size=self.num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        b = rng.integers(0, 1 << 63, size=self.num_perm, dtype=np.uint64)
        return a, b

    def signature(self, comparable: str) -> np.ndarray:
        """The signature (uint64[num_perm]) of a text already in `comparable_text` form.

        A shingle's hash combines the hashes of its words (h = h * K + w, wrapping at 2^64), which
        spares building a string per shingle.
        """
        words = comparable.split() or [""]
        word_hashes = pl.Series(words, dtype=pl.String).hash(seed=self.seed).to_numpy()
        n = min(self.ngram, len(words))
        count = len(words) - n + 1
        a, b = self._parameters()
        # uint64 arithmetic wraps modulo 2^64: the usual trade-off of 64-bit hashing in numpy.
        with np.errstate(over="ignore"):
            shingles = word_hashes[:count].copy()
            for k in range(1, n):
                shingles = shingles * _SHINGLE_MULTIPLIER + word_hashes[k : k + count]
            permuted = shingles[:, None] * a[None, :] + b[None, :]
        return permuted.min(axis=0)


def _survivor_order(docs: pl.DataFrame) -> pl.DataFrame:
    """Documents best first: most text after cleaning, then the smallest source."""
    return docs.sort(["n_chars", "source"], descending=[True, False])


def exact_duplicates(docs: pl.DataFrame) -> pl.DataFrame:
    """Rows (doc_id, of_doc_id, of_source) for every document whose comparable text equals a
    better one's. `docs` has doc_id, source, n_chars, exact_hash."""
    ranked = _survivor_order(docs).with_columns(
        pl.col("doc_id").first().over("exact_hash").alias("of_doc_id"),
        pl.col("source").first().over("exact_hash").alias("of_source"),
    )
    return ranked.filter(pl.col("doc_id") != pl.col("of_doc_id")).select("doc_id", "of_doc_id", "of_source")


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            # The smaller index (the better document) stays the root.
            self.parent[max(ri, rj)] = min(ri, rj)


def near_duplicates(
    docs: pl.DataFrame,
    signatures: np.ndarray,
    hasher: MinHasher,
    min_similarity: float,
    rows: np.ndarray | None = None,
) -> pl.DataFrame:
    """Rows (doc_id, of_doc_id, of_source, similarity) for every document in a near-duplicate cluster
    but its best member. `signatures[i]` belongs to `docs` row i, or `signatures[rows[i]]` when
    `rows` is given. The signatures are never copied whole: one band at a time is."""
    if docs.height < 2:
        return pl.DataFrame(
            schema={
                "doc_id": pl.String,
                "of_doc_id": pl.String,
                "of_source": pl.String,
                "similarity": pl.Float64,
            }
        )
    order = _survivor_order(docs.with_row_index("row")).get_column("row").to_numpy()
    # Documents are numbered best first; `at[i]` is the signature row of document number i.
    at = order if rows is None else rows[order]
    ranked = docs[order.tolist()]
    n = len(order)
    uf = _UnionFind(n)
    best_similarity = np.zeros(n)
    for band in range(hasher.bands):
        chunk = signatures[at, band * hasher.rows : (band + 1) * hasher.rows]
        # One hash per band row, computed in polars: no Python object per document.
        keys = pl.DataFrame(
            {
                "key": pl.DataFrame([pl.Series(chunk[:, j]) for j in range(hasher.rows)]).hash_rows(),
                "i": np.arange(n),
            }
        )
        buckets = keys.group_by("key").agg(pl.col("i").sort()).filter(pl.col("i").list.len() > 1)
        for members in buckets.get_column("i").to_list():
            first = members[0]
            for other in members[1:]:
                similarity = float((signatures[at[first]] == signatures[at[other]]).mean())
                if similarity >= min_similarity:
                    uf.union(first, other)
                    best_similarity[other] = max(best_similarity[other], similarity)
    roots = np.array([uf.find(i) for i in range(n)])
    dup = np.nonzero(roots != np.arange(n))[0]
    return pl.DataFrame(
        {
            "doc_id": ranked["doc_id"].gather(dup),
            "of_doc_id": ranked["doc_id"].gather(roots[dup]),
            "of_source": ranked["source"].gather(roots[dup]),
            "similarity": [float((signatures[at[i]] == signatures[at[roots[i]]]).mean()) for i in dup],
        },
        schema={
            "doc_id": pl.String,
            "of_doc_id": pl.String,
            "of_source": pl.String,
            "similarity": pl.Float64,
        },
    )
