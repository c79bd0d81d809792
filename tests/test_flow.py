"""The Prefect flow: shards cleaned in worker processes that report to the flow's own API, and the
same bytes as a run without Prefect."""

from __future__ import annotations

from pathlib import Path

from prefect import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

from flows.clean import clean_corpus, task_runner
from pipeline.config import Settings
from pipeline.run import run_local
from tests.conftest import RAW
from tests.test_determinism import _hashes


def test_flow_on_worker_processes_matches_a_local_run(prefect_api: None, tmp_path: Path) -> None:
    conf = tmp_path / "saring.toml"
    conf.write_text("shard_bytes = 3000\n")
    state = clean_corpus.with_options(task_runner=task_runner(2))(
        raw=str(RAW), out=str(tmp_path / "flow"), config=str(conf), workers=2, return_state=True
    )
    assert state.is_completed()
    result = state.result()
    assert result["balanced"] and result["outputs"]["corpus"] == 5

    # Every shard was cleaned and finalised by a task of this flow run, around one corpus pass, all
    # recorded on the same API (not on a temporary server of each worker process).
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
        )
    names = sorted(r.name for r in runs)
    assert [n for n in names if n.startswith("clean-shard")] == [f"clean-shard-{i}" for i in range(5)]
    assert [n for n in names if n.startswith("finalise-shard")] == [f"finalise-shard-{i}" for i in range(5)]
    assert len([n for n in names if n.startswith("corpus-pass")]) == 1 and len(names) == 11
    assert all(r.state is not None and r.state.is_completed() for r in runs)

    run_local(RAW, tmp_path / "local", Settings(shard_bytes=3000))
    assert _hashes(tmp_path / "flow") == _hashes(tmp_path / "local")
