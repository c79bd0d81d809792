"""Crash safety: a run killed with SIGKILL after some shards finished leaves the published output as
it was; the next run cleans only the shards that had not finished and publishes the same bytes as a
run that was never interrupted."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from pipeline.config import Settings
from pipeline.run import run_local
from tests.conftest import RAW, REPO
from tests.test_determinism import _hashes

SHARD_BYTES = 3000  # one sample file a shard
RUN = "import sys; from pipeline.config import Settings; from pipeline.run import run_local; " + (
    f"run_local(sys.argv[1], sys.argv[2], Settings(shard_bytes={SHARD_BYTES}))"
)


def _grow(raw: Path, copies: list[str]) -> None:
    """Copies of the sample files in sub-folders: more shards, each a few tenths of a second."""
    for name in copies:
        shutil.copytree(RAW, raw / name)


def test_a_run_killed_after_some_shards_resumes_to_the_same_bytes(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    _grow(raw, ["a"])
    settings = Settings(shard_bytes=SHARD_BYTES)
    before = run_local(raw, out, settings)
    published = _hashes(out)
    _grow(raw, ["b", "c", "d"])

    run = subprocess.Popen([sys.executable, "-c", RUN, str(raw), str(out)], cwd=REPO, start_new_session=True)
    reports = out / ".saring" / "staging" / "shards"
    deadline = time.monotonic() + 120
    try:
        while len(list(reports.glob("*.json"))) < 3:
            assert run.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    finished = len(list(reports.glob("*.json")))
    assert 3 <= finished < 20

    # The killed run changed nothing readers see.
    assert _hashes(out) == published
    assert pl.read_parquet(out / "corpus" / "*.parquet").height == before.outputs["corpus"]

    after = run_local(raw, out, settings)
    assert after.inputs["shards"] == 20 and after.inputs["shards_resumed"] == finished
    run_local(raw, tmp_path / "uninterrupted", settings)
    assert _hashes(out) == _hashes(tmp_path / "uninterrupted")
