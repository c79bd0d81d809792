"""The cleaning flow: plan shards, clean them in parallel processes, run the corpus pass over their
summaries, finalise the shards in parallel, publish.

Only wiring lives here; every step is a `pipeline` function. One Prefect task per shard (thousands
of documents), never per document: a task run costs milliseconds of orchestration. Tasks take and
return paths and small reports, never DataFrames.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, get_client, get_run_logger, task, unmapped
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.futures import PrefectFuture, as_completed
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from pipeline.config import Settings, load_settings
from pipeline.corpus_pass import CorpusPassReport, corpus_pass, finalise_shard
from pipeline.discover import ShardSpec
from pipeline.report import flag_counts_by_rule, review_command, run_report_markdown
from pipeline.run import open_run
from pipeline.shard import clean_shard
from schemas import RunManifest, ShardReport


@task(name="clean-shard", task_run_name="clean-shard-{shard.index}", retries=1, retry_delay_seconds=2)
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

    def __init__(self, shards: int) -> None:
        self.steps = 2 * shards + 2
        self.done = 0
        self.artifact_id = create_progress_artifact(0.0, description=f"Saring run over {shards} shards")

    def step(self) -> None:
        self.done += 1
        update_progress_artifact(self.artifact_id, round(100 * self.done / self.steps, 1))


def finished_in_order(futures: list[PrefectFuture[ShardReport]], progress: RunProgress) -> list[ShardReport]:
    """Every shard's report, in shard order; progress advances as each shard finishes."""
    reports = []
    for future in as_completed(futures):
        reports.append(future.result())
        progress.step()
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


@flow(name="saring-clean", task_runner=ProcessPoolTaskRunner(), log_prints=False)
def clean_corpus(
    raw: str = "raw", out: str = "clean", config: str | None = None, workers: int | None = None
) -> dict[str, Any]:
    """Clean every input under `raw` into the Parquet corpus under `out`."""
    logger = get_run_logger()
    settings = load_settings(config, workers=workers)
    with open_run(raw, out, settings) as run:
        shards = run.plan.shards
        logger.info("%d files in %d shards from %s", run.plan.n_files, len(shards), run.raw_dir)
        progress = RunProgress(len(shards))
        args = (str(run.raw_dir), str(run.staging), settings)
        staging = str(run.staging)
        if len(shards) == 1:
            # One shard: run it here; starting worker processes would only add their start-up time.
            reports = [clean_shard_task(shards[0], *args)]
            progress.step()
            run.lap("clean")
            run.record_corpus_pass(corpus_pass_task(staging, settings))
            progress.step()
            final = [finalise_shard_task(reports[0], staging, settings)]
            progress.step()
        else:
            with shared_api_address():
                futures = clean_shard_task.map(shards, *(unmapped(a) for a in args))
                reports = finished_in_order(futures, progress)
                run.lap("clean")
                run.record_corpus_pass(corpus_pass_task(staging, settings))
                progress.step()
                futures = finalise_shard_task.map(reports, unmapped(staging), unmapped(settings))
                final = finished_in_order(futures, progress)
        manifest = run.publish(final)
        progress.step()
    publish_run_report(manifest, run.layout.out)
    logger.info(
        "published %d kept, %d rejected, %d quarantined (run %s)",
        manifest.outputs["corpus"],
        manifest.outputs["rejected"],
        manifest.outputs["quarantined"],
        manifest.run_id,
    )
    return summarise(manifest)


def task_runner(workers: int) -> TaskRunner:
    """Worker processes for shards: the GIL makes threads useless for this CPU-bound work."""
    return ProcessPoolTaskRunner(max_workers=workers)


def run_clean(raw: str, out: str, config: str | None = None, workers: int | None = None) -> dict[str, Any]:
    """Run the flow with `workers` processes (default: the settings' `workers`)."""
    n = workers or load_settings(config).workers
    return clean_corpus.with_options(task_runner=task_runner(n))(
        raw=raw, out=out, config=config, workers=workers
    )
