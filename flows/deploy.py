"""The cleaning flow as a scheduled Prefect deployment, served from this machine (`saring serve`).

For a team, the same flow is deployed to a work pool with `prefect.yaml` (see the README); this is
the one-box way: a long-running process that creates the deployment and runs its flow runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect.deployments.runner import EntrypointType

from flows.clean import clean_corpus
from pipeline.config import Settings, load_settings


def deployment_parameters(
    raw: Path, out: Path, config: Path | None, workers: int | None
) -> dict[str, str | int | None]:
    """The flow's parameters, with absolute paths: flow runs need not start in this folder."""
    return {
        "raw": str(raw.resolve()),
        "out": str(out.resolve()),
        "config": str(config.resolve()) if config is not None else None,
        "workers": workers,
    }


def runner_environment(settings: Settings) -> dict[str, str]:
    """What a flow run's process needs to choose the same task runner as `saring run` would."""
    env = {"SARING_WORKERS": str(settings.workers), "SARING_RUNNER": settings.runner}
    if settings.dask_address:
        env["SARING_DASK_ADDRESS"] = settings.dask_address
    return env


def serve_clean(
    name: str,
    cron: str | None,
    raw: Path,
    out: Path,
    config: Path | None,
    workers: int | None,
    runner: str | None = None,
    dask_address: str | None = None,
) -> None:
    """Create (or update) the deployment `saring-clean/<name>` and run its flow runs until stopped."""
    # Flow runs start in subprocesses that import the flow, whose default task runner follows the
    # environment (`default_task_runner`): pass on the runner chosen here.
    settings = load_settings(config, workers=workers, runner=runner, dask_address=dask_address)
    os.environ.update(runner_environment(settings))
    clean_corpus.serve(
        name=name,
        cron=cron,
        parameters=deployment_parameters(raw, out, config, workers),
        tags=["saring"],
        description=f"Clean {raw} into {out}",
        # One run at a time: a second would only find the output folder locked.
        limit=1,
        # Flow runs import `flows.clean` from the installed package, wherever the server started.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
