"""The corpus pass: what only the whole corpus shows, decided on compact per-shard summaries.

A run is three steps:

1. each shard is cleaned (`pipeline.shard.clean_shard`) into *pre-pass* tables under
   `staging/pre/`, and summarised: per kept document its content size, an exact hash and a MinHash
   signature of its cleaned text (`staging/summaries/docs/`); per line of its cleaned text a hash
   and whether it reads as content (`staging/summaries/lines/`);
2. `run_corpus_pass` reads only those summaries (never the texts of the whole corpus) and decides
   which documents are exact or near duplicates of a better copy and which lines are site
   furniture, repeated on many documents of one site; it writes these decisions as *amendments*;
3. each shard is finalised (`finalise_shard`): its pre-pass tables are rewritten with the
   amendments applied, into the tables that are published.

What "a site" is, for repeated lines (`source_group`): the URL's host (without `www.`) for a
record that has a URL; the file, for records of a multi-record file without URLs; the folder, for
single-document files (`.txt`, `.html`).

Every decision depends on the documents alone, never on how they were sharded or scheduled, so
the published rows are the same whatever the shard and worker count.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from time import perf_counter
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import polars as pl

from pipeline.apply import CleanedText, decide
from pipeline.config import PIPELINE_VERSION, Settings, load_rule_data
from pipeline.dedup import (
    MinHasher,
    band_keys,
    comparable_text,
    exact_duplicates,
    near_duplicates,
    shared_keys,
    text_hash,
)
from pipeline.page import LineKind, Page
from pipeline.resources import peak_rss_mb
from pipeline.rules.base import Flag
from pipeline.text import ends_sentence, words
from pipeline.verdicts import VERDICTS_SNAPSHOT, read_snapshot
from pipeline.writers import TableWriter
from schemas import (
    SCHEMA_VERSION,
    TABLES,
    CleanDocument,
    FlagCounts,
    NoiseFlag,
    RejectedDocument,
    ShardReport,
    TableFile,
)
from schemas.arrow import polars_schema

PRE = "pre"
SUMMARIES = "summaries"
AMENDMENTS = "amendments"
REPEATED_LINE_RULE = "repeated_line.site_line.v1"

DOC_SUMMARY_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String(),
        "source": pl.String(),
        "n_chars": pl.Int64(),
        "exact_hash": pl.Int64(),
        "signature": pl.Binary(),
    }
)
LINE_SUMMARY_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String(),
        "group": pl.String(),
        "line_index": pl.Int64(),
        "line_hash": pl.Int64(),
        "content_like": pl.Boolean(),
    }
)
# The pre-pass corpus carries what finalising needs to flag a removed line exactly: the normalised
# text (flag offsets and context) and, per non-blank line of `text`, the span of the line it came from.
PRE_CORPUS_SCHEMA = pl.Schema(
    {
        **polars_schema(CleanDocument),
        "normalised_text": pl.String(),
        "line_starts": pl.List(pl.Int64()),
        "line_ends": pl.List(pl.Int64()),
    }
)


def source_group(source: str, url: str | None) -> str:
    """The site a document belongs to, for repeated lines.

    >>> source_group("feed.jsonl#3", "https://www.kompas.com/x"), source_group("feed.jsonl#3", None)
    ('kompas.com', 'feed.jsonl')
    >>> source_group("detik/2024/a.html", None), source_group("a.txt", None)
    ('detik/2024', '.')
    """
    if url:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    path, _, record = source.partition("#")
    return path if record else str(PurePosixPath(path).parent)


@dataclass(frozen=True)
class CorpusPassConfig:
    exact: bool
    near: bool
    hasher: MinHasher
    min_similarity: float
    repeated_lines: bool
    min_docs: int
    content_min_words: int
    content_min_docs: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CorpusPassConfig:
        near, lines = data["near_duplicate"], data["repeated_line"]
        return cls(
            exact=bool(data["exact_duplicate"]["enabled"]),
            near=bool(near["enabled"]),
            hasher=MinHasher(int(near["bands"]), int(near["rows"]), int(near["ngram"]), int(near["seed"])),
            min_similarity=float(near["min_similarity"]),
            repeated_lines=bool(lines["enabled"]),
            min_docs=int(lines["min_docs"]),
            content_min_words=int(lines["content_min_words"]),
            content_min_docs=int(lines["content_min_docs"]),
        )


def _is_section_heading(page: Page, index: int) -> bool:
    """A heading that opens a section of the body: a heading right above a paragraph, below the
    page's head. Sites print the same section names (`Penutup`, `Kesimpulan`) on many pages; they
    are structure, not furniture."""
    line = page.lines[index]
    if line.kind is not LineKind.HEADING or index < page.head_end:
        return False
    following = next((ln for ln in page.lines[index + 1 :] if ln.kind is not LineKind.BLANK), None)
    return following is not None and following.kind is LineKind.PARAGRAPH


class DocumentSummariser:
    """The corpus pass's view of a kept document, made in the shard that cleaned it."""

    def __init__(self, config: CorpusPassConfig) -> None:
        self.config = config

    def summarise(
        self, doc: CleanDocument, url: str | None, page: Page, cleaned: CleanedText
    ) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
        """(document summary, line summaries, pre-pass corpus row)."""
        lines = [ln for ln in cleaned.text.split("\n") if ln]
        keys = [comparable_text(ln) for ln in lines]
        comparable = " ".join(k for k in keys if k)
        summary = {
            "doc_id": doc.doc_id,
            "source": doc.source,
            "n_chars": doc.n_chars,
            "exact_hash": text_hash(comparable),
            "signature": self.config.hasher.signature(comparable).tobytes() if self.config.near else b"",
        }
        group = source_group(doc.source, url)
        line_rows = []
        for index, (line, key, origin) in enumerate(zip(lines, keys, cleaned.line_origins, strict=True)):
            if not key or origin == page.title_index or _is_section_heading(page, origin):
                continue
            line_rows.append(
                {
                    "doc_id": doc.doc_id,
                    "group": group,
                    "line_index": index,
                    "line_hash": text_hash(key),
                    "content_like": key.count(" ") + 1 >= self.config.content_min_words
                    and ends_sentence(line),
                }
            )
        pre_row = {
            **doc.model_dump(),
            "normalised_text": page.text,
            "line_starts": [page.lines[o].start for o in cleaned.line_origins],
            "line_ends": [page.lines[o].end for o in cleaned.line_origins],
        }
        return summary, line_rows, pre_row


def _empty(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


def _read_all(directory: Path, pattern: str, schema: pl.Schema) -> pl.DataFrame:
    files = sorted(directory.glob(pattern))
    return pl.read_parquet(files) if files else pl.DataFrame(schema=schema)


REJECTION_SCHEMA = {"doc_id": pl.String, "reason": pl.String, "detail": pl.String}
REMOVAL_SCHEMA = {"doc_id": pl.String, "line_index": pl.Int64, "detail": pl.String}


@dataclass
class CorpusPassReport:
    documents: int
    exact_duplicates: int
    near_duplicates: int
    repeated_lines: int
    documents_with_repeated_lines: int
    seconds: float

    def as_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)


# Document summaries (exact hashes, band keys) are grouped in partitions of about this many rows
# (by hash), so the corpus pass holds one partition and what it found, never the whole corpus.
DOC_PARTITION_ROWS = 250_000
# Line summaries are grouped in partitions of about this many rows (by line hash), so that the
# memory of counting repeated lines is bounded by the partition, not by the corpus.
LINE_PARTITION_ROWS = 500_000


def _scan(directory: Path, schema: pl.Schema) -> pl.LazyFrame:
    files = sorted(directory.glob("*.parquet"))
    return pl.scan_parquet(files) if files else pl.LazyFrame(schema=schema)


def _signature_blocks(directory: Path, num_perm: int) -> Iterator[np.ndarray]:
    """The documents' MinHash signatures, one summary file at a time (rows in the order of `_scan`)."""
    for path in sorted(directory.glob("*.parquet")):
        column = pl.read_parquet(path, columns=["signature"]).get_column("signature")
        block = np.frombuffer(b"".join(column.to_list()), dtype=np.uint64)
        if block.size != column.len() * num_perm:
            raise ValueError(f"{path}: MinHash signatures of another length than {num_perm}")
        yield block.reshape(column.len(), num_perm)


def _write_band_keys(directory: Path, hasher: MinHasher, out: Path, exclude: pl.Series) -> None:
    """Write the documents' LSH band keys under `out`, a file per summary file (columns row, b0,
    b1, ...; rows numbered as `run_corpus_pass` numbers them), made from one file's signatures at a
    time. Rows in `exclude` are left out."""
    start = 0
    for path, block in zip(
        sorted(directory.glob("*.parquet")), _signature_blocks(directory, hasher.num_perm), strict=True
    ):
        keys = band_keys(block, hasher)
        frame = pl.DataFrame({f"b{band}": keys[:, band] for band in range(hasher.bands)})
        frame.insert_column(0, pl.Series("row", np.arange(start, start + len(block), dtype=np.int64)))
        frame.filter(~pl.col("row").is_in(exclude.implode())).write_parquet(out / path.name)
        start += len(block)


def _signature_rows(directory: Path, num_perm: int, wanted: np.ndarray) -> np.ndarray:
    """The signatures of rows `wanted` (sorted, unique), read file by file."""
    out = np.empty((len(wanted), num_perm), dtype=np.uint64)
    start = 0
    for block in _signature_blocks(directory, num_perm):
        lo, hi = np.searchsorted(wanted, [start, start + len(block)])
        out[lo:hi] = block[wanted[lo:hi] - start]
        start += len(block)
    return out


def _partition_count(total: int, rows_per_partition: int) -> int:
    """How many partitions of about `rows_per_partition` rows `total` rows make (at least one)."""
    return max(1, -(-total // rows_per_partition))


def _partition_of(column: str, partitions: int) -> pl.Expr:
    """Which of `partitions` partitions a row falls in, by the hash of `column`."""
    return pl.col(column).hash() % partitions


def _partition_filters(column: str, total: int, rows_per_partition: int) -> list[pl.Expr]:
    """Filters that split rows by the hash of `column` into partitions of about `rows_per_partition`
    rows; all rows with one value fall in one partition."""
    partitions = _partition_count(total, rows_per_partition)
    if partitions == 1:
        return [pl.lit(True)]
    return [_partition_of(column, partitions) == k for k in range(partitions)]


def _exact_duplicates(docs: pl.LazyFrame, total: int) -> pl.DataFrame:
    """`exact_duplicates` worked one partition of exact hashes at a time."""
    columns = ("doc_id", "source", "n_chars", "exact_hash")
    parts = [
        exact_duplicates(docs.filter(keep).select(columns).collect())
        for keep in _partition_filters("exact_hash", total, DOC_PARTITION_ROWS)
    ]
    return pl.concat(parts).sort("doc_id")


def _near_duplicates(
    docs: pl.LazyFrame, total: int, exclude: pl.Series, summaries: Path, config: CorpusPassConfig, work: Path
) -> pl.DataFrame:
    """`near_duplicates` over band keys written to `work` and grouped one band and one partition
    of keys at a time; documents in `exclude` (exact duplicates) take no part."""
    excluded = docs.filter(pl.col("doc_id").is_in(exclude.implode())).select("row").collect()["row"]
    _write_band_keys(summaries, config.hasher, work, excluded)
    keys = pl.scan_parquet(sorted(work.glob("*.parquet")))
    buckets = [pl.Series("row", [], dtype=pl.List(pl.Int64))]
    for band in range(config.hasher.bands):
        for keep in _partition_filters("key", total, DOC_PARTITION_ROWS):
            buckets.append(shared_keys(keys.select("row", key=pl.col(f"b{band}")).filter(keep).collect()))
    members = pl.concat(buckets)
    rows = members.explode().unique()
    candidates = (
        docs.filter(pl.col("row").is_in(rows.implode()))
        .select("row", "doc_id", "source", "n_chars")
        .collect()
    )
    return near_duplicates(
        members,
        candidates,
        lambda wanted: _signature_rows(summaries, config.hasher.num_perm, wanted),
        config.min_similarity,
    )


def _spill_line_partitions(summaries: Path, exclude: pl.Series, partitions: int, work: Path) -> list[Path]:
    """Write the line summaries under `work`, split by line hash into `partitions` folders (a file
    per summary file in each), leaving out documents in `exclude`. Each summary file is read once,
    and alone: counting a partition then reads only its own rows, not a filter over every file."""
    folders = [work / f"part-{k}" for k in range(partitions)]
    for folder in folders:
        folder.mkdir()
    for path in sorted(summaries.glob("*.parquet")):
        frame = pl.read_parquet(path).filter(~pl.col("doc_id").is_in(exclude.implode()))
        split = frame.with_columns(part=_partition_of("line_hash", partitions)).partition_by(
            "part", include_key=False, as_dict=True
        )
        for (k,), rows in split.items():
            rows.write_parquet(folders[int(k)] / path.name)
    return folders


def repeated_line_removals(
    summaries: Path, exclude: pl.Series, config: CorpusPassConfig, work: Path
) -> pl.DataFrame:
    """Rows (doc_id, line_index, detail) for every line that is site furniture: a line of a group
    (site) found on at least `min_docs` of its documents (`content_min_docs` for a line that reads
    as content). Documents in `exclude` (rejected as duplicates) do not count.

    Worked in partitions of line hashes, spilled to `work` first: a (group, line hash) pair lies in
    one partition, so each is counted whole while only one partition is in memory.
    """
    total = _scan(summaries, LINE_SUMMARY_SCHEMA).select(pl.len()).collect().item()
    partitions = _partition_count(total, LINE_PARTITION_ROWS)
    parts = [_empty(REMOVAL_SCHEMA)]
    for folder in _spill_line_partitions(summaries, exclude, partitions, work):
        part = _scan(folder, LINE_SUMMARY_SCHEMA)
        counted = part.with_columns(pl.col("doc_id").n_unique().over("group", "line_hash").alias("n_docs"))
        parts.append(
            counted.filter(
                (pl.col("n_docs") >= config.min_docs)
                & (~pl.col("content_like") | (pl.col("n_docs") >= config.content_min_docs))
            )
            .select(
                "doc_id",
                "line_index",
                pl.format("on {} documents of {}", "n_docs", "group").alias("detail"),
            )
            .collect()
        )
    return pl.concat(parts).sort("doc_id", "line_index")


def run_corpus_pass(staging: Path, config: CorpusPassConfig) -> CorpusPassReport:
    """Decide duplicates and repeated lines from the summaries; write them as amendments.

    Memory: one partition of the documents' summaries (exact hashes, then LSH band keys, written
    to a work folder in staging and grouped a band at a time) or of the line summaries at a time,
    plus what was found: the duplicates, and the candidates of near duplicates with their MinHash
    signatures. Never a column over the whole corpus.
    """
    started = perf_counter()
    summaries = staging / SUMMARIES
    # Rows numbered across the summary files in `_scan` order, as `_signature_rows` reads them.
    docs = _scan(summaries / "docs", DOC_SUMMARY_SCHEMA).with_row_index("row")
    total = docs.select(pl.len()).collect().item()
    rejections = [_empty(REJECTION_SCHEMA)]
    exact = near = _empty({"doc_id": pl.String})
    if config.exact and total:
        exact = _exact_duplicates(docs, total)
        rejections.append(
            exact.select(
                "doc_id",
                pl.lit("exact_duplicate").alias("reason"),
                pl.format("same text as {} ({})", "of_doc_id", "of_source").alias("detail"),
            )
        )
    if config.near and total:
        with tempfile.TemporaryDirectory(prefix=".band-keys-", dir=staging) as work:
            near = _near_duplicates(docs, total, exact["doc_id"], summaries / "docs", config, Path(work))
        rejections.append(
            near.select(
                "doc_id",
                pl.lit("near_duplicate").alias("reason"),
                pl.format(
                    "near duplicate of {} ({}), estimated similarity {}",
                    "of_doc_id",
                    "of_source",
                    pl.col("similarity").round(2),
                ).alias("detail"),
            )
        )
    rejected = pl.concat(rejections).sort("doc_id")
    removals = _empty(REMOVAL_SCHEMA)
    if config.repeated_lines:
        with tempfile.TemporaryDirectory(prefix=".line-partitions-", dir=staging) as work:
            removals = repeated_line_removals(summaries / "lines", rejected["doc_id"], config, Path(work))
    out = staging / AMENDMENTS
    out.mkdir(parents=True, exist_ok=True)
    rejected.write_parquet(out / "rejections.parquet")
    removals.write_parquet(out / "line_removals.parquet")
    return CorpusPassReport(
        documents=total,
        exact_duplicates=exact.height,
        near_duplicates=near.height,
        repeated_lines=removals.height,
        documents_with_repeated_lines=removals["doc_id"].n_unique(),
        seconds=round(perf_counter() - started, 4),
    )


def corpus_pass(staging: Path, settings: Settings) -> CorpusPassReport:
    """`run_corpus_pass` with the configuration of `settings` (`dedup.toml` and the user's overrides)."""
    return run_corpus_pass(staging, CorpusPassConfig.from_data(load_rule_data(settings)["dedup"]))


def _remove_lines(text: str, indices: set[int]) -> str:
    """`text` without its non-blank lines at `indices`; blank runs left behind collapse."""
    out: list[str] = []
    index = 0
    for line in text.split("\n"):
        if line:
            if index not in indices:
                out.append(line)
            index += 1
        elif out and out[-1]:
            out.append(line)
    return "\n".join(out).strip("\n")


def finalise_shard(pre_report: ShardReport, staging: Path, settings: Settings) -> ShardReport:
    """Rewrite one shard's pre-pass tables into the published tables, with the amendments applied."""
    started = perf_counter()
    index = pre_report.index
    pre = staging / PRE
    part = f"part-{index:05d}-*.parquet"
    corpus = _read_all(pre / "corpus", part, PRE_CORPUS_SCHEMA)
    ids = corpus["doc_id"].implode()
    amendments = staging / AMENDMENTS

    def this_shards(name: str) -> list[dict[str, Any]]:
        # Scanned, not read: the amendments cover the whole corpus, and a worker holds only the
        # rows of its own shard (filtered a row group at a time), whatever the corpus's size.
        return pl.scan_parquet(amendments / name).filter(pl.col("doc_id").is_in(ids)).collect().to_dicts()

    rejections = {row["doc_id"]: row for row in this_shards("rejections.parquet")}
    removals: dict[str, dict[int, str]] = defaultdict(dict)
    for row in this_shards("line_removals.parquet"):
        removals[row["doc_id"]][row["line_index"]] = row["detail"]

    max_bytes = settings.output.max_part_bytes
    writers = {table: TableWriter(table, staging / table, index, max_bytes) for table in TABLES}
    rejected_by_reason = dict(pre_report.rejected_by_reason)
    flags_by_rule = {rule: counts.model_copy() for rule, counts in pre_report.flags_by_rule.items()}
    new_rejections: list[RejectedDocument] = []
    new_flags: list[NoiseFlag] = []
    decisions: dict[str, str] = {}
    width = settings.output.context_chars
    verdicts = read_snapshot(staging / VERDICTS_SNAPSHOT)
    verdict_changes: Counter[str] = Counter(pre_report.verdict_changes)
    versions = {"schema_version": SCHEMA_VERSION, "pipeline_version": PIPELINE_VERSION}

    for row in corpus.iter_rows(named=True):
        doc_id = row["doc_id"]
        doc = {k: row[k] for k in CleanDocument.model_fields}
        if doc_id in rejections:
            amendment = rejections[doc_id]
            reason, detail, text = amendment["reason"], amendment["detail"], doc["text"]
        else:
            reason = None
            cut = removals.get(doc_id)
            if cut:
                normalised = row["normalised_text"]
                # Furniture lines are flags like any rule's: the settings and the editors' verdicts
                # decide (in `decide`) whether each goes.
                line_flags = [
                    Flag(REPEATED_LINE_RULE, "repeated_line", row["line_starts"][i], row["line_ends"][i])
                    for i in sorted(cut)
                ]
                removed_lines: set[int] = set()
                counts = flags_by_rule.setdefault(REPEATED_LINE_RULE, FlagCounts())
                for (line_index, why), decision in zip(
                    sorted(cut.items()),
                    decide(line_flags, settings.decision, normalised, verdicts),
                    strict=True,
                ):
                    start, end = decision.flag.start, decision.flag.end
                    if decision.removed:
                        removed_lines.add(line_index)
                        counts.removed += 1
                    else:
                        counts.kept += 1
                    if decision.verdict_change:
                        verdict_changes[decision.verdict_change] += 1
                    new_flags.append(
                        NoiseFlag(
                            doc_id=doc_id,
                            source=doc["source"],
                            category="repeated_line",
                            rule=REPEATED_LINE_RULE,
                            start=start,
                            end=end,
                            text=normalised[start:end],
                            context_before=normalised[max(0, start - width) : start],
                            context_after=normalised[end : end + width],
                            action=decision.action,  # type: ignore[arg-type]
                            score=1.0,
                            detail=why,
                            verdict=decision.verdict,  # type: ignore[arg-type]
                        )
                    )
                text = _remove_lines(doc["text"], removed_lines)
                n_words = len(words(text))
                doc.update(text=text, n_chars=len(text), n_words=n_words, n_flags=doc["n_flags"] + len(cut))
                if n_words < settings.filters.min_words:
                    reason = "too_short"
                    detail = (
                        f"{n_words} words after removing {len(removed_lines)} repeated lines < min_words "
                        f"{settings.filters.min_words}"
                    )
        if reason is None:
            writers["corpus"].add(doc)
            continue
        decisions[doc_id] = reason
        rejected_by_reason[reason] = rejected_by_reason.get(reason, 0) + 1
        new_rejections.append(
            RejectedDocument(
                doc_id=doc_id,
                source=doc["source"],
                url=doc["url"],
                reason=reason,  # type: ignore[arg-type]
                detail=detail,
                text=text,
                raw_sha256=doc["raw_sha256"],
                **versions,
            )
        )

    for table in ("flags", "rejected", "quarantine"):
        for pre_row in _read_all(pre / table, part, polars_schema(TABLES[table])).iter_rows(named=True):
            writers[table].add(pre_row)
    for flag in new_flags:
        writers["flags"].add(flag)
    for rejection in new_rejections:
        writers["rejected"].add(rejection)
    for signal_row in _read_all(pre / "signals", part, polars_schema(TABLES["signals"])).iter_rows(
        named=True
    ):
        if signal_row["doc_id"] in decisions:
            signal_row["decision"] = decisions[signal_row["doc_id"]]
        writers["signals"].add(signal_row)

    parts: dict[str, list[TableFile]] = {table: writer.close() for table, writer in writers.items()}
    seconds = perf_counter() - started
    stage_seconds = dict(pre_report.stage_seconds)
    stage_seconds["finalise"] = round(stage_seconds.get("finalise", 0.0) + seconds, 4)
    moved = len(new_rejections)
    return pre_report.model_copy(
        update={
            "corpus": pre_report.corpus - moved,
            "rejected": pre_report.rejected + moved,
            "rejected_by_reason": dict(sorted(rejected_by_reason.items())),
            "flags_by_rule": dict(sorted(flags_by_rule.items())),
            "verdict_changes": dict(sorted(verdict_changes.items())),
            "stage_seconds": stage_seconds,
            "seconds": round(pre_report.seconds + seconds, 4),
            "parts": parts,
            "peak_rss_mb": {**pre_report.peak_rss_mb, "finalise": peak_rss_mb()},
        }
    )


def remove_run_leftovers(staging: Path) -> None:
    """Remove what only this run needed. The pre-pass tables and summaries stay in the published
    version, unpublished (readers see only the table links): the next run reuses the rows of every
    unchanged input from them (`pipeline.incremental`)."""
    for leftover in (staging / AMENDMENTS).glob(".*.tmp"):
        os.remove(leftover)
