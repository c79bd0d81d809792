"""One shard: read its files, clean every document, write part files and a report.

This is the body of the Prefect shard task, and plain Python: tests call it directly.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from time import perf_counter
from typing import TypeVar

from pipeline.clean import DocumentCleaner, quarantine_record
from pipeline.config import Settings
from pipeline.corpus_pass import (
    DOC_SUMMARY_SCHEMA,
    LINE_SUMMARY_SCHEMA,
    PRE,
    PRE_CORPUS_SCHEMA,
    SUMMARIES,
)
from pipeline.discover import ShardSpec
from pipeline.readers import ReadFailure, read_input
from pipeline.verdicts import VERDICTS_SNAPSHOT, read_snapshot
from pipeline.writers import TableWriter
from schemas import TABLES, FlagCounts, ShardReport
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
# What a shard leaves in staging before the corpus pass: pre-pass tables, summaries, its report.
SHARD_DIRS = (PRE, SUMMARIES, SHARD_REPORTS)


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


def clean_shard(shard: ShardSpec, raw_dir: Path, staging_dir: Path, settings: Settings) -> ShardReport:
    """Clean every input of `shard` into part files under `staging_dir/<table>/`."""
    started = perf_counter()
    # An earlier attempt (a retry, a killed run) may have left some of this shard's parts.
    remove_shard_files(staging_dir, lambda index: index == shard.index)
    cleaner = DocumentCleaner(settings, read_snapshot(staging_dir / VERDICTS_SNAPSHOT))
    max_bytes = settings.output.max_part_bytes
    # Pre-pass tables and the corpus pass's summaries; `finalise_shard` writes the published tables.
    writers = {
        table: TableWriter(
            f"{PRE}/{table}", staging_dir / PRE / table, shard.index, max_bytes, table_polars_schema(table)
        )
        for table in TABLES
        if table != "corpus"
    }
    writers["corpus"] = TableWriter(
        f"{PRE}/corpus", staging_dir / PRE / "corpus", shard.index, max_bytes, PRE_CORPUS_SCHEMA
    )
    doc_summaries = TableWriter(
        f"{SUMMARIES}/docs", staging_dir / SUMMARIES / "docs", shard.index, max_bytes, DOC_SUMMARY_SCHEMA
    )
    line_summaries = TableWriter(
        f"{SUMMARIES}/lines", staging_dir / SUMMARIES / "lines", shard.index, max_bytes, LINE_SUMMARY_SCHEMA
    )
    seconds: dict[str, float] = defaultdict(float)
    units = 0
    rejected: Counter[str] = Counter()
    quarantined: Counter[str] = Counter()
    flag_counts: dict[str, FlagCounts] = defaultdict(FlagCounts)
    verdict_changes: Counter[str] = Counter()
    max_bytes = settings.output.quarantine_max_bytes

    for input_file in shard.files:
        items = read_input(input_file.location(raw_dir), input_file.relpath, max_bytes)
        for item in _timed(items, seconds, "read"):
            units += 1
            if isinstance(item, ReadFailure):
                writers["quarantine"].add(quarantine_record(item))
                quarantined[item.error] += 1
                continue
            outcome = cleaner.clean(item)
            start = perf_counter()
            if outcome.quarantined is not None:
                writers["quarantine"].add(outcome.quarantined)
                quarantined[outcome.quarantined.error] += 1
            elif outcome.rejected is not None:
                writers["rejected"].add(outcome.rejected)
                rejected[outcome.rejected.reason] += 1
            else:
                assert outcome.pre_corpus_row is not None and outcome.summary is not None
                writers["corpus"].add(outcome.pre_corpus_row)
                doc_summaries.add(outcome.summary)
                for line_row in outcome.line_summaries:
                    line_summaries.add(line_row)
            verdict_changes.update(outcome.verdict_changes)
            if outcome.signals is not None:
                writers["signals"].add(outcome.signals)
            for flag in outcome.flags:
                writers["flags"].add(flag)
                counts = flag_counts[flag.rule]
                if flag.action == "removed":
                    counts.removed += 1
                else:
                    counts.kept += 1
            seconds["write"] += perf_counter() - start

    start = perf_counter()
    parts = {table: writer.close() for table, writer in writers.items()}
    doc_summaries.close()
    line_summaries.close()
    seconds["write"] += perf_counter() - start
    for stage, value in cleaner.clock.seconds.items():
        seconds[stage] += value
    report = ShardReport(
        index=shard.index,
        files=len(shard.files),
        bytes=shard.bytes,
        units=units,
        corpus=sum(p.rows for p in parts["corpus"]),
        rejected=sum(rejected.values()),
        quarantined=sum(quarantined.values()),
        rejected_by_reason=dict(sorted(rejected.items())),
        quarantined_by_error=dict(sorted(quarantined.items())),
        flags_by_rule=dict(sorted(flag_counts.items())),
        verdict_changes=dict(sorted(verdict_changes.items())),
        stage_seconds={k: round(v, 4) for k, v in sorted(seconds.items())},
        seconds=round(perf_counter() - started, 4),
        parts=parts,
        work_key=shard.work_key,
    )
    # The report doubles as the shard's "done" marker: written last, atomically.
    path = shard_report_path(staging_dir, shard.index)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(report.model_dump_json(indent=1))
    os.replace(tmp, path)
    return report
