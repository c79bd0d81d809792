"""The Prefect flow: shards cleaned in worker processes that report to the flow's own API, and the
same bytes as a run without Prefect."""

from __future__ import annotations

import json
from pathlib import Path

from prefect import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

from flows.clean import clean_corpus, task_runner
from pipeline.config import Settings, load_settings
from pipeline.report import flag_counts_by_rule, run_report_markdown
from pipeline.run import run_local
from schemas import RunManifest
from tests.conftest import RAW
from tests.test_determinism import _hashes


def test_flow_on_worker_processes_matches_a_local_run(prefect_api: None, tmp_path: Path) -> None:
    conf = tmp_path / "saring.toml"
    conf.write_text("shard_bytes = 3000\n")
    state = clean_corpus.with_options(task_runner=task_runner(load_settings(workers=2)))(
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

    # The run's report, as artifacts of the flow run: summary, flag counts per rule, links, and a
    # progress bar that reached 100.
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
        )
    by_key = {a.key: a for a in artifacts if a.key}
    assert set(by_key) == {"saring-run-report", "saring-flags-by-rule", "saring-corpus", "saring-review"}
    manifest = RunManifest.model_validate_json((tmp_path / "flow" / "manifest.json").read_text())
    assert by_key["saring-run-report"].data == run_report_markdown(manifest, tmp_path / "flow")
    assert "| kept (corpus) | 5 |" in by_key["saring-run-report"].data
    assert "| `duplicate_heading` | 11 | 0 |" in by_key["saring-run-report"].data
    table = json.loads(by_key["saring-flags-by-rule"].data)
    assert table == flag_counts_by_rule(manifest) and len(table) == len(manifest.flags_by_rule)
    assert by_key["saring-corpus"].data.endswith(f"({(tmp_path / 'flow' / 'corpus').as_uri()})")
    assert "saring review --out" in by_key["saring-review"].data
    # Peak memory of the worker processes that cleaned and finalised the shards, in the manifest.
    assert manifest.memory["workers.clean"] > 0 and manifest.memory["workers.finalise"] > 0
    assert all(set(r.peak_rss_mb) == {"clean", "finalise"} for r in manifest.shards)
    progress = [a for a in artifacts if a.type == "progress"]
    assert len(progress) == 1 and progress[0].data == 100.0

    run_local(RAW, tmp_path / "local", Settings(shard_bytes=3000))
    assert _hashes(tmp_path / "flow") == _hashes(tmp_path / "local")
