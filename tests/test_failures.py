"""Failure handling in the flow: a failing shard is retried, does not stop the others, fails the run
by name with its error; a shard that runs too long times out; the next run redoes only the failed
shards and publishes the same bytes as a run that never failed.

The shard tasks run on threads here, so that the test can replace `clean_shard` in the flow module.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from prefect.task_runners import ThreadPoolTaskRunner

import flows.clean
import pipeline.shard
from pipeline.config import Settings
from pipeline.discover import ShardSpec
from pipeline.run import run_local
from schemas import RunManifest, ShardReport
from tests.conftest import RAW
from tests.test_determinism import _hashes

CleanShard = Callable[[ShardSpec, Path, Path, Settings], ShardReport]


def _troubled(
    calls: list[int],
    broken: frozenset[int] = frozenset(),
    flaky: frozenset[int] = frozenset(),
    stuck: frozenset[int] = frozenset(),
) -> CleanShard:
    """`clean_shard`, except that shards in `broken` always fail, those in `flaky` fail on their
    first attempt, and those in `stuck` never finish in time."""

    def clean_shard(shard: ShardSpec, raw_dir: Path, staging_dir: Path, settings: Settings) -> ShardReport:
        calls.append(shard.index)
        if shard.index in broken or (shard.index in flaky and calls.count(shard.index) == 1):
            raise ValueError(f"shard {shard.index} is broken")
        if shard.index in stuck:
            for _ in range(1200):  # short sleeps: the timeout interrupts a thread between them
                time.sleep(0.05)
        return pipeline.shard.clean_shard(shard, raw_dir, staging_dir, settings)

    return clean_shard


def test_failed_shards_fail_the_run_by_name_and_a_rerun_redoes_only_them(
    prefect_api: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = tmp_path / "saring.toml"
    # The timeout leaves a real shard room on a loaded machine (building the cleaner takes seconds; at
    # 12 s a shard timed out while two test runs and an evaluation shared the machine's two cores).
    conf.write_text("shard_bytes = 3000\nshard_retries = 1\nshard_timeout_seconds = 20\n")
    out = tmp_path / "out"
    flow = flows.clean.clean_corpus.with_options(task_runner=ThreadPoolTaskRunner(max_workers=2))

    calls: list[int] = []
    monkeypatch.setattr(
        flows.clean,
        "clean_shard",
        _troubled(calls, broken=frozenset({1}), flaky=frozenset({3}), stuck=frozenset({4})),
    )
    state = flow(raw=str(RAW), out=str(out), config=str(conf), return_state=True)
    assert state.is_failed()
    assert "2 shard(s) failed while cleaning" in state.message
    assert "shard 1: ValueError: shard 1 is broken" in state.message
    assert "shard 4: TaskRunTimeoutError" in state.message
    assert "shard 3" not in state.message  # failed once, then its retry succeeded
    assert [calls.count(index) for index in (1, 3, 4)] == [2, 2, 2]  # each retried once
    assert not (out / "manifest.json").exists()  # nothing published

    calls.clear()
    monkeypatch.setattr(flows.clean, "clean_shard", _troubled(calls))
    state = flow(raw=str(RAW), out=str(out), config=str(conf), return_state=True)
    assert state.is_completed()
    assert sorted(calls) == [1, 4]
    manifest = RunManifest.model_validate_json((out / "manifest.json").read_text())
    assert manifest.inputs["shards"] == 5 and manifest.inputs["shards_resumed"] == 3 and manifest.balanced

    run_local(RAW, tmp_path / "never-failed", Settings(shard_bytes=3000))
    assert _hashes(out) == _hashes(tmp_path / "never-failed")
