"""A whole run without orchestration: plan the shards, clean them, publish. The Prefect flow calls
the same pieces, mapping `clean_shard` over a task runner; tests and scripts can call `run_local`."""

from __future__ import annotations

import platform
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from time import perf_counter

from pipeline.apply import VERDICT_CHANGES
from pipeline.config import PIPELINE_BUILD, PIPELINE_VERSION, Settings, config_hash, effective_config
from pipeline.corpus_pass import CorpusPassReport, corpus_pass, finalise_shard, remove_run_leftovers
from pipeline.discover import RunPlan, ShardSpec, plan_run
from pipeline.incremental import InputChanges, plan_reuse
from pipeline.output import MANIFEST, OutputError, OutputLayout
from pipeline.resources import peak_rss_mb
from pipeline.rules import enabled_rules
from pipeline.shard import SHARD_DIRS, clean_shard, finished_shards, remove_shard_files
from pipeline.verdicts import VERDICTS_SNAPSHOT, VerdictStore, store_path, write_snapshot
from pipeline.writers import empty_table, write_parquet_atomic
from schemas import SCHEMA_VERSION, TABLES, FlagCounts, RunManifest, ShardReport, TableFile

_LIBRARIES = (
    "prefect",
    "polars",
    "pyarrow",
    "pydantic",
    "beautifulsoup4",
    "lxml",
    "langdetect",
    "charset-normalizer",
)


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in _LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def new_run_id() -> str:
    """Sortable by start time (to the microsecond: old versions are pruned in this order), unique."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ") + "-" + uuid.uuid4().hex[:8]


@dataclass
class Run:
    """An open run: it holds the output folder's lock from planning to publishing."""

    raw_dir: Path
    layout: OutputLayout
    settings: Settings
    plan: RunPlan
    run_id: str = field(default_factory=new_run_id)
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    clock_start: float = field(default_factory=perf_counter)
    timings: dict[str, float] = field(default_factory=dict)
    memory: dict[str, float] = field(default_factory=dict)  # this process's peak RSS as each phase ended
    corpus_pass_report: CorpusPassReport | None = None
    verdicts: dict[str, int | str] = field(default_factory=dict)  # in force: how many, snapshot hash
    finished: dict[int, ShardReport] = field(default_factory=dict)  # cleaned by an unfinished run
    changes: InputChanges = field(default_factory=InputChanges)  # inputs against the previous version

    @property
    def staging(self) -> Path:
        return self.layout.staging

    @property
    def pending(self) -> list[ShardSpec]:
        """The shards this run has to clean: all but those an unfinished run already cleaned."""
        return [s for s in self.plan.shards if s.index not in self.finished]

    def with_finished(self, cleaned: list[ShardReport]) -> list[ShardReport]:
        """Every shard's pre-pass report, in shard order: those just cleaned and those reused."""
        return sorted([*self.finished.values(), *cleaned], key=lambda r: r.index)

    def lap(self, phase: str) -> None:
        """Record the wall time of a phase that just ended (since the previous one ended)."""
        self.timings[phase] = round(perf_counter() - self.clock_start - sum(self.timings.values()), 4)
        self.memory[phase] = self.peak_so_far()

    def peak_so_far(self) -> float:
        """This process's peak RSS now. The kernel updates its high-water mark lazily, so a reading
        can fall a little below an earlier one; a peak so far never falls."""
        return max([peak_rss_mb(), *self.memory.values()])

    def record_corpus_pass(self, report: CorpusPassReport) -> None:
        """Keep the corpus pass's report for the manifest; the pass has just ended."""
        self.corpus_pass_report = report
        self.lap("corpus_pass")

    def publish(self, reports: list[ShardReport]) -> RunManifest:
        """Write the manifest and switch the published output to this run. `reports` are the
        finalised shards' reports."""
        self.lap("finalise")
        remove_run_leftovers(self.staging)
        publish_start = perf_counter()
        reports = sorted(reports, key=lambda r: r.index)
        if [r.index for r in reports] != [s.index for s in self.plan.shards]:
            raise RuntimeError("shard reports do not match the plan: some shards did not finish")
        tables: dict[str, list[TableFile]] = {t: [p for r in reports for p in r.parts[t]] for t in TABLES}
        for table, parts in tables.items():
            if not parts:  # readers globbing `<table>/*.parquet` always find a file with the schema
                name = "part-00000-000.parquet"
                sha = write_parquet_atomic(empty_table(table), self.staging / table / name)
                parts.append(TableFile(path=f"{table}/{name}", rows=0, sha256=sha))
        manifest = self._manifest(reports, tables, publish_start)
        (self.staging / MANIFEST).write_text(manifest.model_dump_json(indent=2) + "\n")
        self.layout.publish(self.run_id, self.settings.output.keep_versions)
        return manifest

    def _manifest(
        self, reports: list[ShardReport], tables: dict[str, list[TableFile]], publish_start: float
    ) -> RunManifest:
        rejected: Counter[str] = Counter()
        quarantined: Counter[str] = Counter()
        stages: Counter[str] = Counter()
        by_rule: dict[str, FlagCounts] = {}
        for r in reports:
            rejected.update(r.rejected_by_reason)
            quarantined.update(r.quarantined_by_error)
            stages.update(r.stage_seconds)
            for rule, counts in r.flags_by_rule.items():
                total = by_rule.setdefault(rule, FlagCounts())
                total.removed += counts.removed
                total.kept += counts.kept
        verdict_changes: Counter[str] = Counter()
        for r in reports:
            verdict_changes.update(r.verdict_changes)
        by_category: dict[str, FlagCounts] = {}
        for rule, counts in sorted(by_rule.items()):
            total = by_category.setdefault(rule.split(".")[0], FlagCounts())
            total.removed += counts.removed
            total.kept += counts.kept
        units = sum(r.units for r in reports)
        outputs = {
            "corpus": sum(r.corpus for r in reports),
            "rejected": sum(r.rejected for r in reports),
            "quarantined": sum(r.quarantined for r in reports),
        }
        timings = dict(self.timings)
        timings["publish"] = round(perf_counter() - publish_start, 4)
        timings["total"] = round(perf_counter() - self.clock_start, 4)
        timings.update({f"stage.{k}": round(v, 4) for k, v in sorted(stages.items())})
        memory = {f"flow.{phase}": mb for phase, mb in self.memory.items()}
        memory["flow.publish"] = self.peak_so_far()
        for stage in ("clean", "finalise"):
            memory[f"workers.{stage}"] = max((r.peak_rss_mb.get(stage, 0.0) for r in reports), default=0.0)
        return RunManifest(
            run_id=self.run_id,
            started_at=self.started_at,
            finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
            saring_version=PIPELINE_VERSION,
            pipeline_version=PIPELINE_VERSION,
            pipeline_build=PIPELINE_BUILD,
            schema_version=SCHEMA_VERSION,
            versions=library_versions(),
            raw_dir=str(self.raw_dir),
            config=effective_config(self.settings),
            config_hash=config_hash(self.settings),
            rules=[rule.id for rule in enabled_rules(self.settings)],
            inputs={
                "files": self.plan.n_files,
                "units": units,
                "skipped_hidden": len(self.plan.skipped_hidden),
                "shards": len(self.plan.shards),
                "shards_resumed": len(self.finished),
                **self.changes.counts(reused=sum(r.reused_inputs for r in reports)),
            },
            outputs=outputs,
            balanced=units == sum(outputs.values()),
            rejected_by_reason=dict(sorted(rejected.items())),
            quarantined_by_error=dict(sorted(quarantined.items())),
            flags_by_category=by_category,
            flags_by_rule=dict(sorted(by_rule.items())),
            timings=timings,
            memory=memory,
            corpus_pass=self.corpus_pass_report.as_dict() if self.corpus_pass_report else {},
            verdicts={
                **self.verdicts,
                **{change: verdict_changes[change] for change in VERDICT_CHANGES},
            },
            shards=reports,
            tables=tables,
        )


@contextmanager
def open_run(
    raw_dir: Path | str, out_dir: Path | str, settings: Settings, full: bool = False
) -> Iterator[Run]:
    """Lock the output folder, plan the shards and prepare the staging area.

    Shards an unfinished run (failed or killed) already cleaned for the same inputs, configuration
    and verdicts stay in staging and are not cleaned again (`Run.finished`); everything else there
    is removed. Unless `full`, inputs the published version cleaned with the same key are reused
    (`pipeline.incremental`)."""
    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    layout = OutputLayout(out_dir)
    layout.check_usable()
    with layout.lock():
        start = perf_counter()
        plan = plan_run(raw_dir, settings.shard_bytes, exclude=[out_dir])
        staging = layout.resumable_staging(kept=SHARD_DIRS)
        store = VerdictStore(store_path(out_dir, settings.verdicts_file))
        in_force, snapshot_sha256 = write_snapshot(store, staging / VERDICTS_SNAPSHOT)
        run_key = f"{config_hash(settings)}:{PIPELINE_VERSION}:{PIPELINE_BUILD}:{snapshot_sha256}"
        previous = None if full or layout.current_version() is None else layout.current.resolve()
        changes = plan_reuse(plan, run_key, previous)
        for shard in plan.shards:
            shard.work_key = shard.key_for(run_key)
        finished = finished_shards(staging, plan.shards)
        remove_shard_files(staging, lambda index: index not in finished)
        (staging / "plan.json").write_text(plan.model_dump_json(indent=1))
        run = Run(raw_dir=raw_dir, layout=layout, settings=settings, plan=plan, clock_start=start)
        run.finished = finished
        run.changes = changes
        run.verdicts = {"in_force": in_force, "sha256": snapshot_sha256}
        run.timings["plan"] = round(perf_counter() - start, 4)
        run.memory["plan"] = run.peak_so_far()
        yield run


def run_local(
    raw_dir: Path | str, out_dir: Path | str, settings: Settings, full: bool = False
) -> RunManifest:
    """Plan, clean every shard, run the corpus pass, finalise every shard, publish: in this process."""
    with open_run(raw_dir, out_dir, settings, full) as run:
        cleaned = [clean_shard(shard, run.raw_dir, run.staging, settings) for shard in run.pending]
        reports = run.with_finished(cleaned)
        run.lap("clean")
        run.record_corpus_pass(corpus_pass(run.staging, settings))
        return run.publish([finalise_shard(report, run.staging, settings) for report in reports])


__all__ = ["OutputError", "Run", "open_run", "run_local"]
