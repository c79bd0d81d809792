"""The cleaning flow as a scheduled Prefect deployment, served from this machine (`saring serve`).

For a team, the same flow is deployed to a work pool with `prefect.yaml` (see the README); this is
the one-box way: a long-running process that creates the deployment and runs its flow runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect.deployments.runner import EntrypointType

from flows.clean import clean_corpus
from pipeline.config import load_settings

PROCESS_POOL_WORKERS = "PREFECT_TASKS_RUNNER_PROCESS_POOL_MAX_WORKERS"


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


def serve_clean(
    name: str, cron: str | None, raw: Path, out: Path, config: Path | None, workers: int | None
) -> None:
    """Create (or update) the deployment `saring-clean/<name>` and run its flow runs until stopped."""
    # Flow runs start in subprocesses that import the flow with its default process pool, which
    # Prefect sizes from this setting: the same worker count as `saring run` would use.
    os.environ[PROCESS_POOL_WORKERS] = str(workers or load_settings(config).workers)
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
