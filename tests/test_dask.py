"""The same flow on Dask: a temporary local cluster (`runner = "dask"`) and an existing cluster at a
scheduler address give the default runner's bytes, with every shard run by a Dask worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from distributed import LocalCluster

from flows.clean import clean_corpus, run_clean, task_runner
from pipeline.config import load_settings
from tests.conftest import RAW
from tests.test_determinism import _hashes


@pytest.fixture
def small_shards(tmp_path: Path) -> str:
    conf = tmp_path / "saring.toml"
    conf.write_text("shard_bytes = 3000\n")  # five shards from the sample: real parallel work
    return str(conf)


def test_flow_on_an_existing_dask_cluster_matches_the_default_runner(
    prefect_api: None, tmp_path: Path, small_shards: str
) -> None:
    default = run_clean(str(RAW), str(tmp_path / "processes"), small_shards, workers=2)
    assert default["balanced"] and default["inputs"]["shards"] == 5

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        settings = load_settings(small_shards, dask_address=cluster.scheduler_address)
        assert settings.dask_address == cluster.scheduler_address
        state = clean_corpus.with_options(task_runner=task_runner(settings))(
            raw=str(RAW), out=str(tmp_path / "dask"), config=small_shards, return_state=True
        )
        # What the cluster's scheduler ran: Prefect submits each shard task as one Dask task.
        ran = set(cluster.scheduler.task_prefixes)
    assert state.is_completed()
    result = state.result()
    assert ran == {"clean_shard_task", "finalise_shard_task"}
    assert result["outputs"] == default["outputs"] and result["inputs"]["shards"] == 5
    assert _hashes(tmp_path / "dask") == _hashes(tmp_path / "processes")


def test_a_temporary_local_dask_cluster_matches_the_default_runner(
    prefect_api: None, tmp_path: Path, small_shards: str
) -> None:
    default = run_clean(str(RAW), str(tmp_path / "processes"), small_shards, workers=2)
    result = run_clean(str(RAW), str(tmp_path / "dask"), small_shards, workers=2, runner="dask")
    assert result["balanced"] and result["outputs"] == default["outputs"]
    assert _hashes(tmp_path / "dask") == _hashes(tmp_path / "processes")


def test_served_flow_runs_choose_the_runner_the_serving_process_chose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from prefect.task_runners import ProcessPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows.clean import default_task_runner
    from flows.deploy import runner_environment

    # `saring serve --runner dask --dask-address ...` passes its choice on through the environment
    # that the flow runs' processes inherit; their default task runner follows it.
    env = runner_environment(load_settings(workers=3, dask_address="tcp://10.0.0.5:8786"))
    assert env == {
        "SARING_WORKERS": "3",
        "SARING_RUNNER": "processes",
        "SARING_DASK_ADDRESS": "tcp://10.0.0.5:8786",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    runner = default_task_runner()
    assert isinstance(runner, DaskTaskRunner) and runner.address == "tcp://10.0.0.5:8786"

    monkeypatch.delenv("SARING_DASK_ADDRESS")
    monkeypatch.setenv("SARING_RUNNER", "dask")
    runner = default_task_runner()
    assert isinstance(runner, DaskTaskRunner) and runner.address is None
    assert runner.cluster_kwargs["n_workers"] == 3

    monkeypatch.setenv("SARING_RUNNER", "processes")
    runner = default_task_runner()
    assert isinstance(runner, ProcessPoolTaskRunner) and runner._max_workers == 3
