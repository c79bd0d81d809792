"""Incremental runs: an input that has not changed is not cleaned again.

Cleaning one input (reading, rules, language ID, quality) depends only on that input and the run's
*key*: its configuration hash, the pipeline's version and code, and the editors' verdicts. So a
published version keeps, beside its tables, the pre-pass rows of every input (`pre/`, `summaries/`)
and an index (`inputs/`): per input, its key and where its rows are (shard, first row and count per
table), with its counts. The next run computes every input's key; an input whose key is in the
previous version's index has its rows copied instead of being cleaned.

The corpus pass and the finalising still run over every document, old and new: duplicates and
repeated lines are corpus-wide, and a new document can make an old one a duplicate. The published
tables are therefore the same, row for row and byte for byte, as a full rebuild's (`--full`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipeline.discover import InputFile, InputReuse, RunPlan
from schemas import FlagCounts

INPUTS = "inputs"  # the index, one part file per shard: `inputs/part-<shard>-000.parquet`

INPUT_INDEX_SCHEMA = pl.Schema(
    {
        "relpath": pl.String(),
        "input_key": pl.String(),
        "shard": pl.Int64(),
        "rows": pl.String(),  # JSON: {"pre/corpus": [first row in the shard, count], ...}
        "stats": pl.String(),  # JSON of `InputStats`
    }
)


def input_key(file: InputFile, run_key: str) -> str:
    """What the rows of one input depend on: its path (the rows' `source`), its content and the
    run's key. An input whose content could not be read has no key: it is always read again."""
    if file.sha256 is None:
        return ""
    return hashlib.sha256(json.dumps([file.relpath, file.sha256, run_key]).encode()).hexdigest()[:32]


@dataclass
class InputStats:
    """What one input contributed before the corpus pass: the shard report's counts, per input."""

    units: int = 0
    corpus: int = 0
    rejected_by_reason: Counter[str] = field(default_factory=Counter)
    quarantined_by_error: Counter[str] = field(default_factory=Counter)
    flags_by_rule: dict[str, FlagCounts] = field(default_factory=dict)
    verdict_changes: Counter[str] = field(default_factory=Counter)

    def count_flag(self, rule: str, removed: bool) -> None:
        counts = self.flags_by_rule.setdefault(rule, FlagCounts())
        if removed:
            counts.removed += 1
        else:
            counts.kept += 1

    def add(self, other: InputStats) -> None:
        self.units += other.units
        self.corpus += other.corpus
        self.rejected_by_reason.update(other.rejected_by_reason)
        self.quarantined_by_error.update(other.quarantined_by_error)
        self.verdict_changes.update(other.verdict_changes)
        for rule, counts in other.flags_by_rule.items():
            total = self.flags_by_rule.setdefault(rule, FlagCounts())
            total.removed += counts.removed
            total.kept += counts.kept

    def to_json(self) -> str:
        return json.dumps(
            {
                "units": self.units,
                "corpus": self.corpus,
                "rejected_by_reason": dict(sorted(self.rejected_by_reason.items())),
                "quarantined_by_error": dict(sorted(self.quarantined_by_error.items())),
                "flags_by_rule": {r: [c.removed, c.kept] for r, c in sorted(self.flags_by_rule.items())},
                "verdict_changes": dict(sorted(self.verdict_changes.items())),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> InputStats:
        data = json.loads(text)
        return cls(
            units=data["units"],
            corpus=data["corpus"],
            rejected_by_reason=Counter(data["rejected_by_reason"]),
            quarantined_by_error=Counter(data["quarantined_by_error"]),
            flags_by_rule={r: FlagCounts(removed=a, kept=b) for r, (a, b) in data["flags_by_rule"].items()},
            verdict_changes=Counter(data["verdict_changes"]),
        )


@dataclass
class InputChanges:
    """How this run's inputs compare with the previous published version's."""

    new: int = 0  # not in the previous version
    changed: int = 0  # there, with another key (content, configuration, code or verdicts changed)
    reusable: int = 0  # same key: planned to have their rows copied, not cleaned again
    removed: int = 0  # in the previous version, gone from the raw folder

    def counts(self, reused: int) -> dict[str, int]:
        """The manifest's counts, given how many inputs the shards did reuse (the others planned for
        reuse were cleaned again: their earlier rows could not be read)."""
        return {
            "new": self.new,
            "changed": self.changed,
            "reused": reused,
            "removed": self.removed,
            "reuse_failed": self.reusable - reused,
        }


def read_input_index(version_dir: Path, columns: list[str], shard: int | None = None) -> pl.DataFrame:
    """`columns` of the input index of a published version, of one `shard` or of all (empty if it has
    none: an older run)."""
    pattern = "part-*.parquet" if shard is None else f"part-{shard:05d}-*.parquet"
    files = sorted((version_dir / INPUTS).glob(pattern))
    if not files:
        return pl.DataFrame(schema={name: INPUT_INDEX_SCHEMA[name] for name in columns})
    return pl.read_parquet(files, columns=columns)


def plan_reuse(plan: RunPlan, run_key: str, previous: Path | None) -> InputChanges:
    """Give every input of `plan` its key, and where to find its rows in the `previous` published
    version when its key is there (None: a full rebuild, nothing is reused)."""
    changes = InputChanges()
    # Only what planning needs: each shard task reads the rest (row ranges, counts) of its own inputs.
    earlier = (
        {
            relpath: (key, shard)
            for relpath, key, shard in read_input_index(
                previous, ["relpath", "input_key", "shard"]
            ).iter_rows()
        }
        if previous is not None
        else {}
    )
    seen: set[str] = set()
    for shard in plan.shards:
        for file in shard.files:
            file.key = input_key(file, run_key)
            seen.add(file.relpath)
            found = earlier.get(file.relpath)
            if found is None:
                changes.new += 1
            elif not file.key or found[0] != file.key:
                changes.changed += 1
            else:
                assert previous is not None
                file.reuse = InputReuse(version_dir=str(previous), shard=found[1])
                changes.reusable += 1
    changes.removed = len(earlier.keys() - seen)
    return changes


class ReusedRows:
    """Reads the rows of reused inputs from an earlier version's shard tables. One earlier shard is
    held at a time (its input index and each table): inputs come in path order, and so do the
    earlier shards, so memory stays bounded by the shard size."""

    def __init__(self) -> None:
        self._shard: tuple[str, int] | None = None
        self._index: dict[str, tuple[str, dict[str, list[int]], str]] = {}
        self._tables: dict[str, pl.DataFrame] = {}

    def _hold(self, reuse: InputReuse) -> None:
        wanted = (reuse.version_dir, reuse.shard)
        if self._shard == wanted:
            return
        index = read_input_index(
            Path(reuse.version_dir), ["relpath", "input_key", "rows", "stats"], reuse.shard
        )
        self._index = {
            relpath: (key, json.loads(rows), stats) for relpath, key, rows, stats in index.iter_rows()
        }
        self._tables = {}
        self._shard = wanted

    def _table(self, reuse: InputReuse, table: str) -> pl.DataFrame:
        if table not in self._tables:
            files = sorted((Path(reuse.version_dir) / table).glob(f"part-{reuse.shard:05d}-*.parquet"))
            self._tables[table] = pl.read_parquet(files) if files else pl.DataFrame()
        return self._tables[table]

    def rows(self, file: InputFile, tables: Iterable[str]) -> tuple[dict[str, pl.DataFrame], InputStats]:
        """The rows of `file` in each of `tables`, and its counts; ValueError when the earlier
        version does not have them (pruned, damaged, or indexed under another key)."""
        assert file.reuse is not None
        self._hold(file.reuse)
        entry = self._index.get(file.relpath)
        if entry is None or entry[0] != file.key:
            raise ValueError(f"{file.relpath} is not indexed with its key in {file.reuse.version_dir}")
        _, rows, stats = entry
        frames: dict[str, pl.DataFrame] = {}
        for table in tables:
            first, count = rows.get(table, (0, 0))
            if not count:
                frames[table] = pl.DataFrame()
                continue
            frame = self._table(file.reuse, table)
            if first + count > frame.height:
                raise ValueError(f"{file.reuse.version_dir} lacks rows {first}..{first + count} of {table}")
            frames[table] = frame.slice(first, count)
        return frames, InputStats.from_json(stats)
