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
from collections.abc import Callable
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


def _survivor_order(docs: pl.DataFrame) -> np.ndarray:
    """Row numbers of `docs`, best document first: most text after cleaning, then the smallest
    source. Only the order is built, not a sorted copy of the frame."""
    return docs.select(pl.arg_sort_by(["n_chars", "source"], descending=[True, False]).alias("row"))[
        "row"
    ].to_numpy()


def exact_duplicates(docs: pl.DataFrame) -> pl.DataFrame:
    """Rows (doc_id, of_doc_id, of_source) for every document whose comparable text equals a
    better one's. `docs` has doc_id, source, n_chars, exact_hash. Only the documents whose hash is
    repeated are ranked: on a corpus of mostly unique texts that is a small frame."""
    repeated = docs.filter(pl.col("exact_hash").is_duplicated())
    ranked = repeated[_survivor_order(repeated).tolist()].with_columns(
        pl.col("doc_id").first().over("exact_hash").alias("of_doc_id"),
        pl.col("source").first().over("exact_hash").alias("of_source"),
    )
    return ranked.filter(pl.col("doc_id") != pl.col("of_doc_id")).select("doc_id", "of_doc_id", "of_source")


def band_keys(signatures: np.ndarray, hasher: MinHasher) -> np.ndarray:
    """One 64-bit key per LSH band of each signature: a (documents, bands) uint64 matrix. Two
    documents are candidates when they share a key in some band. A fifth of a signature's size
    (one key for `rows` values), and computed a block of signatures at a time by the caller.

    >>> band_keys(np.zeros((2, 100), dtype=np.uint64), MinHasher()).shape
    (2, 20)
    """
    keys = np.empty((signatures.shape[0], hasher.bands), dtype=np.uint64)
    for band in range(hasher.bands):
        chunk = signatures[:, band * hasher.rows : (band + 1) * hasher.rows]
        # One hash per band row, computed in polars: no Python object per document.
        columns = [pl.Series(chunk[:, j]) for j in range(hasher.rows)]
        keys[:, band] = pl.DataFrame(columns).hash_rows().to_numpy()
    return keys


NEAR_DUPLICATE_SCHEMA = {
    "doc_id": pl.String,
    "of_doc_id": pl.String,
    "of_source": pl.String,
    "similarity": pl.Float64,
}


def shared_keys(keys: pl.DataFrame) -> pl.Series:
    """The buckets of one band: for every key held by more than one row, the list of its rows.
    `keys` has columns row and key; the caller passes one band, or one partition of its keys.

    >>> shared_keys(pl.DataFrame({"row": [0, 1, 2, 3], "key": [7, 8, 7, 9]})).to_list()
    [[0, 2]]
    """
    return keys.group_by("key").agg("row").filter(pl.col("row").list.len() > 1).get_column("row")


def _roots(edges: np.ndarray) -> dict[int, int]:
    """For every document number in `edges` (pairs joined as near duplicates), the best (smallest)
    number of its cluster. Only documents with an edge are held, not the whole corpus."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for first, other in edges.tolist():
        a, b = find(first), find(other)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {i: find(i) for i in list(parent)}


_PAIRS_PER_BLOCK = 20_000


def near_duplicates(
    buckets: pl.Series,
    candidates: pl.DataFrame,
    signatures_of: Callable[[np.ndarray], np.ndarray],
    min_similarity: float,
) -> pl.DataFrame:
    """Rows (doc_id, of_doc_id, of_source, similarity) for every document in a near-duplicate cluster
    but its best member.

    `buckets` lists the rows that share a band key (`shared_keys`, over every band); `candidates`
    has row, doc_id, source and n_chars of every row in them. In each bucket the best member (most
    text, then the smallest source) is compared with each other member, and joins it when their
    signatures agree on at least `min_similarity` of their values; joined documents form clusters
    that keep their best member. `signatures_of(rows)` returns the signatures of the sorted rows
    `rows`: only candidates are ever read or ranked, never the whole corpus.
    """
    if buckets.len() == 0:
        return pl.DataFrame(schema=NEAR_DUPLICATE_SCHEMA)
    # Candidates are numbered best first; `rows[i]` is the row of candidate number i.
    ranked = candidates[_survivor_order(candidates).tolist()].with_row_index("rank")
    rows = ranked.get_column("row").to_numpy()
    members = (
        pl.DataFrame({"row": buckets})
        .with_row_index("bucket")
        .explode("row")
        .join(ranked.select("row", pl.col("rank").cast(pl.Int64)), on="row")
    )
    pairs = (
        members.with_columns(pl.col("rank").min().over("bucket").alias("first"))
        .filter(pl.col("rank") != pl.col("first"))
        .select("first", "rank")
        .unique()
        .sort("first", "rank")
        .to_numpy()
    )
    needed = np.unique(rows)
    signatures = signatures_of(needed)

    def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        # A block of pairs at a time: the signatures of every pair are never copied at once.
        out = np.empty(len(a))
        for lo in range(0, len(a), _PAIRS_PER_BLOCK):
            left = signatures[np.searchsorted(needed, rows[a[lo : lo + _PAIRS_PER_BLOCK]])]
            right = signatures[np.searchsorted(needed, rows[b[lo : lo + _PAIRS_PER_BLOCK]])]
            out[lo : lo + _PAIRS_PER_BLOCK] = (left == right).mean(axis=1)
        return out

    edges = pairs[similarity(pairs[:, 0], pairs[:, 1]) >= min_similarity] if len(pairs) else pairs
    roots = _roots(edges)
    dup = np.array(sorted(i for i, root in roots.items() if root != i), dtype=np.int64)
    of = np.array([roots[i] for i in dup.tolist()], dtype=np.int64)
    return pl.DataFrame(
        {
            "doc_id": ranked["doc_id"].gather(dup),
            "of_doc_id": ranked["doc_id"].gather(of),
            "of_source": ranked["source"].gather(of),
            "similarity": similarity(dup, of) if len(dup) else np.empty(0),
        },
        schema=NEAR_DUPLICATE_SCHEMA,
    )
