"""The cleaning flow: plan shards, clean them in parallel processes, run the corpus pass over their
summaries, finalise the shards in parallel, publish.

Only wiring lives here; every step is a `pipeline` function. One Prefect task per shard (thousands
of documents), never per document: a task run costs milliseconds of orchestration. Tasks take and
return paths and small reports, never DataFrames.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import Task, flow, get_client, get_run_logger, task, unmapped
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.futures import as_completed
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from pipeline.config import Settings, load_settings
from pipeline.corpus_pass import CorpusPassReport, corpus_pass, finalise_shard
from pipeline.discover import ShardSpec
from pipeline.remote import default_cache_root, is_url, local_folders
from pipeline.report import flag_counts_by_rule, review_command, run_report_markdown
from pipeline.run import open_run
from pipeline.shard import clean_shard
from schemas import RunManifest, ShardReport


# Retries and timeout come from the settings at run time (`with_options` in the flow).
@task(name="clean-shard", task_run_name="clean-shard-{shard.index}", retry_delay_seconds=2)
def clean_shard_task(shard: ShardSpec, raw_dir: str, staging_dir: str, settings: Settings) -> ShardReport:
    report = clean_shard(shard, Path(raw_dir), Path(staging_dir), settings)
    get_run_logger().info(
        "shard %d: %d files, %d inputs -> %d kept, %d rejected, %d quarantined in %.1f s",
        shard.index,
        report.files,
        report.units,
        report.corpus,
        report.rejected,
        report.quarantined,
        report.seconds,
    )
    return report


@contextmanager
def shared_api_address() -> Iterator[None]:
    """Give worker processes the address of the API this flow run talks to.

    Worker processes inherit the flow's settings, but with no PREFECT_API_URL set, the API is a
    temporary server that Prefect started for this process, and its address is not among them.
    Each worker would then start a temporary server of its own (~6 s each) and record its task runs
    there, out of the flow run's sight.
    """
    if PREFECT_API_URL.value():
        yield
        return
    with get_client(sync_client=True) as client:
        address = str(client.api_url)
    with temporary_settings(updates={PREFECT_API_URL: address}):
        yield


@task(name="corpus-pass", retries=1, retry_delay_seconds=2)
def corpus_pass_task(staging_dir: str, settings: Settings) -> CorpusPassReport:
    report = corpus_pass(Path(staging_dir), settings)
    get_run_logger().info(
        "corpus pass over %d documents: %d exact and %d near duplicates, %d repeated lines in %.1f s",
        report.documents,
        report.exact_duplicates,
        report.near_duplicates,
        report.repeated_lines,
        report.seconds,
    )
    return report


@task(name="finalise-shard", task_run_name="finalise-shard-{report.index}", retries=1, retry_delay_seconds=2)
def finalise_shard_task(report: ShardReport, staging_dir: str, settings: Settings) -> ShardReport:
    return finalise_shard(report, Path(staging_dir), settings)


REVIEW_URL = "http://127.0.0.1:8765/"  # where `saring review` serves by default


class RunProgress:
    """A progress artifact of the flow run: one step per shard cleaned and finalised, one for the
    corpus pass and one for publishing, so the UI shows how far the run is while shards run."""

    def __init__(self, shards: int, done: int = 0) -> None:
        self.steps = 2 * shards + 2
        self.done = done
        self.artifact_id = create_progress_artifact(
            self.percent(), description=f"Saring run over {shards} shards"
        )

    def percent(self) -> float:
        return round(100 * self.done / self.steps, 1)

    def step(self) -> None:
        self.done += 1
        update_progress_artifact(self.artifact_id, self.percent())


class ShardsFailed(RuntimeError):
    """Some shards failed after their retries; the run publishes nothing and fails, naming them."""

    def __init__(self, phase: str, errors: dict[int, str]) -> None:
        self.errors = dict(sorted(errors.items()))
        listed = "; ".join(f"shard {index}: {error.rstrip('.')}" for index, error in self.errors.items())
        super().__init__(
            f"{len(errors)} shard(s) failed while {phase}: {listed}. The shards that finished are kept: "
            "the next run over the same inputs and configuration redoes only the failed ones."
        )


def per_shard(
    shard_task: Task[..., ShardReport],
    items: Sequence[ShardSpec | ShardReport],
    args: tuple[Any, ...],
    progress: RunProgress,
    phase: str,
) -> list[ShardReport]:
    """Run `shard_task(item, *args)` for every shard, each to its end whatever the others do; their
    reports in shard order, or `ShardsFailed` naming every shard that failed and its error."""
    if len(items) == 1:
        # One shard: run it here; starting worker processes would only add their start-up time.
        outcomes: Iterable[tuple[int, Callable[[], ShardReport]]] = [
            (items[0].index, lambda: shard_task(items[0], *args))
        ]
    else:
        futures = shard_task.map(list(items), *(unmapped(a) for a in args))
        index_of = {future.task_run_id: item.index for future, item in zip(futures, items, strict=True)}
        outcomes = ((index_of[f.task_run_id], f.result) for f in as_completed(list(futures)))
    reports: list[ShardReport] = []
    errors: dict[int, str] = {}
    for index, result in outcomes:
        try:
            reports.append(result())
        except Exception as exc:  # the task's own error, after its retries
            errors[index] = f"{type(exc).__name__}: {exc}"
            get_run_logger().error("shard %d failed while %s: %s", index, phase, errors[index])
            continue
        progress.step()
    if errors:
        raise ShardsFailed(phase, errors)
    return sorted(reports, key=lambda r: r.index)


def publish_run_report(manifest: RunManifest, out_dir: Path) -> None:
    """The run's report where data engineers look: artifacts of the flow run (keyed, so the
    Artifacts page keeps each one's history across runs)."""
    create_markdown_artifact(
        run_report_markdown(manifest, out_dir), key="saring-run-report", description="Saring run summary"
    )
    create_table_artifact(
        flag_counts_by_rule(manifest), key="saring-flags-by-rule", description="Flags per rule: removed, kept"
    )
    create_link_artifact(
        (out_dir / "corpus").as_uri(),
        link_text=f"{out_dir / 'corpus'} ({manifest.outputs['corpus']:,} documents)",
        key="saring-corpus",
        description="The published corpus (Parquet); `manifest.json` beside it",
    )
    create_link_artifact(
        REVIEW_URL,
        link_text=f"Editors' review: run `{review_command(out_dir)}`, then open {REVIEW_URL}",
        key="saring-review",
        description="Judge this run's flags in the review app; the next run obeys the verdicts",
    )


def summarise(manifest: RunManifest) -> dict[str, Any]:
    """The small, JSON-friendly result of a flow run (the full record is the manifest file)."""
    return {
        "run_id": manifest.run_id,
        "inputs": manifest.inputs,
        "outputs": manifest.outputs,
        "balanced": manifest.balanced,
        "rejected_by_reason": manifest.rejected_by_reason,
        "quarantined_by_error": manifest.quarantined_by_error,
        "flags_by_category": {k: v.model_dump() for k, v in manifest.flags_by_category.items()},
        "verdicts": manifest.verdicts,
        "seconds": manifest.timings.get("total"),
    }


def task_runner(settings: Settings) -> TaskRunner:
    """Where shards run: worker processes on this machine (the GIL makes threads useless for this
    CPU-bound work), or a Dask cluster: the one at `dask_address`, or a temporary local cluster of
    `workers` single-threaded processes that lives as long as the flow run."""
    # Imported here: Dask is heavy, and every worker process of the default runner imports this module.
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    if settings.runner == "dask":
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": settings.workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,  # no web dashboard (and no bokeh) for a temporary cluster
            },
        )
    return ProcessPoolTaskRunner(max_workers=settings.workers)


def default_task_runner() -> TaskRunner:
    """The runner of flow runs that a deployment starts (`saring serve`): chosen by the `SARING_*`
    environment the serving process passes on (`workers`, `runner`, `dask_address`)."""
    return task_runner(load_settings())


@flow(name="saring-clean", task_runner=default_task_runner(), log_prints=False)
def clean_corpus(
    raw: str = "raw",
    out: str = "clean",
    config: str | None = None,
    workers: int | None = None,
    full: bool = False,
) -> dict[str, Any]:
    """Clean every input under `raw` into the Parquet corpus under `out`. Inputs the published
    version already cleaned with the same configuration and code are reused, unless `full`."""
    logger = get_run_logger()
    settings = load_settings(config, workers=workers)
    # A URL (`s3://...`) is mirrored to a local folder; the published tables go back to an output URL.
    with (
        local_folders(
            raw,
            out,
            default_cache_root(),
            settings.output.keep_versions,
            on_mirror=lambda m: logger.info(
                "raw URL mirrored: %d files, %d new or changed copied, %d removed",
                m.files,
                m.fetched,
                m.removed,
            ),
        ) as (raw_dir, out_dir),
        open_run(raw_dir, out_dir, settings, full) as run,
    ):
        shards, pending = run.plan.shards, run.pending
        logger.info(
            "%d files in %d shards from %s; %d shards to clean (%d finished by an unfinished run)",
            run.plan.n_files,
            len(shards),
            run.raw_dir,
            len(pending),
            len(run.finished),
        )
        changes = run.changes
        logger.info(
            "inputs against the published version: %d new, %d changed, %d to reuse, %d removed%s",
            changes.new,
            changes.changed,
            changes.reusable,
            changes.removed,
            " (full rebuild)" if full else "",
        )
        progress = RunProgress(len(shards), done=len(run.finished))
        staging = str(run.staging)
        shard_task = clean_shard_task.with_options(
            retries=settings.shard_retries, timeout_seconds=settings.shard_timeout_seconds
        )
        with shared_api_address():
            cleaned = per_shard(
                shard_task, pending, (str(run.raw_dir), staging, settings), progress, "cleaning"
            )
            reports = run.with_finished(cleaned)
            run.lap("clean")
            run.record_corpus_pass(corpus_pass_task(staging, settings))
            progress.step()
            final = per_shard(finalise_shard_task, reports, (staging, settings), progress, "finalising")
        manifest = run.publish(final)
        progress.step()
    publish_run_report(manifest, run.layout.out)
    if is_url(out):
        logger.info("published tables copied to %s", out)
    logger.info(
        "published %d kept, %d rejected, %d quarantined (run %s)",
        manifest.outputs["corpus"],
        manifest.outputs["rejected"],
        manifest.outputs["quarantined"],
        manifest.run_id,
    )
    return summarise(manifest)


def run_clean(
    raw: str,
    out: str,
    config: str | None = None,
    workers: int | None = None,
    full: bool = False,
    runner: str | None = None,
    dask_address: str | None = None,
) -> dict[str, Any]:
    """Run the flow on the task runner the settings and these overrides choose (`task_runner`)."""
    settings = load_settings(config, workers=workers, runner=runner, dask_address=dask_address)
    return clean_corpus.with_options(task_runner=task_runner(settings))(
        raw=raw, out=out, config=config, workers=workers, full=full
    )
