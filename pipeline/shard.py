"""One shard: read its files, clean every document, write part files and a report.

This is the body of the Prefect shard task, and plain Python: tests call it directly.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from time import perf_counter
from typing import TypeVar

import polars as pl

from pipeline.clean import DocumentCleaner, quarantine_record
from pipeline.config import Settings
from pipeline.corpus_pass import (
    DOC_SUMMARY_SCHEMA,
    LINE_SUMMARY_SCHEMA,
    PRE,
    PRE_CORPUS_SCHEMA,
    SUMMARIES,
)
from pipeline.discover import InputFile, ShardSpec
from pipeline.incremental import INPUT_INDEX_SCHEMA, INPUTS, InputStats, ReusedRows
from pipeline.readers import ReadFailure, read_input
from pipeline.resources import peak_rss_mb
from pipeline.verdicts import VERDICTS_SNAPSHOT, read_snapshot
from pipeline.writers import TableWriter
from schemas import TABLES, ShardReport
from schemas.arrow import table_polars_schema

T = TypeVar("T")


def _timed(items: Iterator[T], seconds: dict[str, float], stage: str) -> Iterator[T]:
    """Yield from `items`, adding the time spent producing each item to `seconds[stage]`."""
    while True:
        start = perf_counter()
        try:
            item = next(items)
        except StopIteration:
            seconds[stage] += perf_counter() - start
            return
        seconds[stage] += perf_counter() - start
        yield item


SHARD_REPORTS = "shards"
# What a shard leaves in staging before the corpus pass: pre-pass tables, summaries, the index of
# its inputs, its report.
SHARD_DIRS = (PRE, SUMMARIES, INPUTS, SHARD_REPORTS)


def shard_report_path(staging_dir: Path, index: int) -> Path:
    return staging_dir / SHARD_REPORTS / f"{index:05d}.json"


def _shard_index(name: str) -> int | None:
    """The shard a staged file belongs to: `part-00003-001.parquet` and `00003.json` are shard 3's;
    a temporary file (`.part-….tmp`) belongs to none, and is always left-over."""
    stem = name.removeprefix("part-")
    head = stem.split("-", 1)[0].split(".", 1)[0]
    return int(head) if head.isdigit() and not name.startswith(".") else None


def remove_shard_files(staging_dir: Path, doomed: Callable[[int], bool]) -> None:
    """Remove the staged files of every shard `doomed` answers True for, and any temporary file."""
    for directory in SHARD_DIRS:
        for path in (staging_dir / directory).rglob("*"):
            if path.is_file():
                index = _shard_index(path.name)
                if index is None or doomed(index):
                    path.unlink()


def finished_shards(staging_dir: Path, shards: list[ShardSpec]) -> dict[int, ShardReport]:
    """Reports of the shards already cleaned in `staging_dir` for the same work (same key): a run
    that failed or was killed left them, and the next run does not clean these again."""
    finished: dict[int, ShardReport] = {}
    for shard in shards:
        try:
            report = ShardReport.model_validate_json(shard_report_path(staging_dir, shard.index).read_text())
        except (OSError, ValueError):
            continue
        if shard.work_key and report.work_key == shard.work_key:
            finished[shard.index] = report
    return finished


def _shard_writers(shard: ShardSpec, staging_dir: Path, max_bytes: int) -> dict[str, TableWriter]:
    """A shard's pre-pass tables (`finalise_shard` writes the published ones), the corpus pass's
    summaries and the input index, keyed by their folder under staging (`pre/corpus`...)."""
    schemas: dict[str, pl.Schema] = {
        f"{PRE}/{table}": PRE_CORPUS_SCHEMA if table == "corpus" else table_polars_schema(table)
        for table in TABLES
    }
    schemas[f"{SUMMARIES}/docs"] = DOC_SUMMARY_SCHEMA
    schemas[f"{SUMMARIES}/lines"] = LINE_SUMMARY_SCHEMA
    return {
        name: TableWriter(name, staging_dir / name, shard.index, max_bytes, schema)
        for name, schema in schemas.items()
    }


def _clean_input(
    input_file: InputFile,
    raw_dir: Path,
    cleaner: DocumentCleaner,
    writers: dict[str, TableWriter],
    seconds: dict[str, float],
    quarantine_max_bytes: int,
) -> InputStats:
    """Read and clean one input, adding its rows to `writers`."""
    stats = InputStats()
    items = read_input(input_file.location(raw_dir), input_file.relpath, quarantine_max_bytes)
    for item in _timed(items, seconds, "read"):
        stats.units += 1
        if isinstance(item, ReadFailure):
            writers[f"{PRE}/quarantine"].add(quarantine_record(item))
            stats.quarantined_by_error[item.error] += 1
            continue
        outcome = cleaner.clean(item)
        start = perf_counter()
        if outcome.quarantined is not None:
            writers[f"{PRE}/quarantine"].add(outcome.quarantined)
            stats.quarantined_by_error[outcome.quarantined.error] += 1
        elif outcome.rejected is not None:
            writers[f"{PRE}/rejected"].add(outcome.rejected)
            stats.rejected_by_reason[outcome.rejected.reason] += 1
        else:
            assert outcome.pre_corpus_row is not None and outcome.summary is not None
            writers[f"{PRE}/corpus"].add(outcome.pre_corpus_row)
            writers[f"{SUMMARIES}/docs"].add(outcome.summary)
            for line_row in outcome.line_summaries:
                writers[f"{SUMMARIES}/lines"].add(line_row)
            stats.corpus += 1
        stats.verdict_changes.update(outcome.verdict_changes)
        if outcome.signals is not None:
            writers[f"{PRE}/signals"].add(outcome.signals)
        for flag in outcome.flags:
            writers[f"{PRE}/flags"].add(flag)
            stats.count_flag(flag.rule, flag.action == "removed")
        seconds["write"] += perf_counter() - start
    return stats


def _reuse_input(input_file: InputFile, reused: ReusedRows, writers: dict[str, TableWriter]) -> InputStats:
    """Copy one unchanged input's rows from the earlier version, through the same writers (so the
    part files are those a fresh cleaning would write). Every table is read before any row is
    added: if the earlier version cannot give them, nothing was written and the caller cleans."""
    frames, stats = reused.rows(input_file, writers)
    for name, frame in frames.items():
        for row in frame.iter_rows(named=True):
            writers[name].add(row)
    return stats


def clean_shard(shard: ShardSpec, raw_dir: Path, staging_dir: Path, settings: Settings) -> ShardReport:
    """Clean every input of `shard` into part files under `staging_dir/<table>/`; an input an
    earlier version already cleaned with the same key (`InputFile.reuse`) has its rows copied."""
    started = perf_counter()
    # An earlier attempt (a retry, a killed run) may have left some of this shard's parts.
    remove_shard_files(staging_dir, lambda index: index == shard.index)
    cleaner: DocumentCleaner | None = None  # built on the first input to clean: it takes seconds
    max_bytes = settings.output.max_part_bytes
    writers = _shard_writers(shard, staging_dir, max_bytes)
    index = TableWriter(INPUTS, staging_dir / INPUTS, shard.index, max_bytes, INPUT_INDEX_SCHEMA)
    reused = ReusedRows()
    seconds: dict[str, float] = defaultdict(float)
    totals = InputStats()
    reused_inputs = 0

    for input_file in shard.files:
        first = {name: writer.written for name, writer in writers.items()}
        stats: InputStats | None = None
        if input_file.reuse is not None:
            start = perf_counter()
            try:
                stats = _reuse_input(input_file, reused, writers)
            except (OSError, ValueError, pl.exceptions.PolarsError):
                stats = None  # the earlier version is damaged or pruned: clean the input instead
            seconds["reuse"] += perf_counter() - start
            reused_inputs += stats is not None
        if stats is None:
            if cleaner is None:
                cleaner = DocumentCleaner(settings, read_snapshot(staging_dir / VERDICTS_SNAPSHOT))
            stats = _clean_input(
                input_file, raw_dir, cleaner, writers, seconds, settings.output.quarantine_max_bytes
            )
        totals.add(stats)
        rows = {name: (first[name], writer.written - first[name]) for name, writer in writers.items()}
        index.add(
            {
                "relpath": input_file.relpath,
                "input_key": input_file.key,
                "shard": shard.index,
                "rows": json.dumps(rows, separators=(",", ":")),
                "stats": stats.to_json(),
            }
        )

    start = perf_counter()
    closed = {name: writer.close() for name, writer in writers.items()}
    parts = {
        name.removeprefix(f"{PRE}/"): files for name, files in closed.items() if name.startswith(f"{PRE}/")
    }
    index.close()
    seconds["write"] += perf_counter() - start
    for stage, value in cleaner.clock.seconds.items() if cleaner is not None else ():
        seconds[stage] += value
    report = ShardReport(
        index=shard.index,
        files=len(shard.files),
        bytes=shard.bytes,
        units=totals.units,
        corpus=sum(p.rows for p in parts["corpus"]),
        rejected=sum(totals.rejected_by_reason.values()),
        quarantined=sum(totals.quarantined_by_error.values()),
        rejected_by_reason=dict(sorted(totals.rejected_by_reason.items())),
        quarantined_by_error=dict(sorted(totals.quarantined_by_error.items())),
        flags_by_rule=dict(sorted(totals.flags_by_rule.items())),
        verdict_changes=dict(sorted(totals.verdict_changes.items())),
        stage_seconds={k: round(v, 4) for k, v in sorted(seconds.items())},
        seconds=round(perf_counter() - started, 4),
        parts=parts,
        reused_inputs=reused_inputs,
        work_key=shard.work_key,
        peak_rss_mb={"clean": peak_rss_mb()},
    )
    # The report doubles as the shard's "done" marker: written last, atomically.
    path = shard_report_path(staging_dir, shard.index)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(report.model_dump_json(indent=1))
    os.replace(tmp, path)
    return report
