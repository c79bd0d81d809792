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
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from pipeline import output
from pipeline.config import Settings
from pipeline.run import run_local
from schemas import RunManifest
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


def _kill_when(command: list[str], ready: Callable[[], bool], timeout: float = 240) -> None:
    """Start `command` in a process group of its own and SIGKILL the whole group (the flow, its
    worker processes and Prefect's temporary server) as soon as `ready()` holds."""
    run = subprocess.Popen(command, cwd=REPO, start_new_session=True, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while not ready():
            assert run.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()


def test_a_run_killed_after_some_shards_resumes_to_the_same_bytes(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    _grow(raw, ["a"])
    settings = Settings(shard_bytes=SHARD_BYTES)
    before = run_local(raw, out, settings)
    published = _hashes(out)
    _grow(raw, ["b", "c", "d"])

    reports = out / ".saring" / "staging" / "shards"
    _kill_when(
        [sys.executable, "-c", RUN, str(raw), str(out)], lambda: len(list(reports.glob("*.json"))) >= 3
    )
    finished = len(list(reports.glob("*.json")))
    assert 3 <= finished < 20

    # The killed run changed nothing readers see.
    assert _hashes(out) == published
    assert pl.read_parquet(out / "corpus" / "*.parquet").height == before.outputs["corpus"]

    after = run_local(raw, out, settings)
    assert after.inputs["shards"] == 20 and after.inputs["shards_resumed"] == finished
    run_local(raw, tmp_path / "uninterrupted", settings)
    assert _hashes(out) == _hashes(tmp_path / "uninterrupted")


def test_the_prefect_flow_killed_while_cleaning_and_while_finalising_resumes(tmp_path: Path) -> None:
    """`saring run` (the Prefect flow on two worker processes) SIGKILLed with its whole process
    group, once while shards are being cleaned and once while they are being finalised: readers
    see the previous output each time, and the next run publishes an uninterrupted run's bytes."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    conf = tmp_path / "saring.toml"
    conf.write_text(f"shard_bytes = {SHARD_BYTES}\n")
    _grow(raw, ["a"])
    settings = Settings(shard_bytes=SHARD_BYTES)
    run_local(raw, out, settings)
    published = _hashes(out)
    _grow(raw, ["b", "c", "d"])
    staging = out / ".saring" / "staging"
    saring = [str(REPO / ".venv" / "bin" / "saring"), "run", "--raw", str(raw), "--out", str(out)]
    saring += ["--config", str(conf), "--workers", "2"]

    _kill_when(saring, lambda: len(list((staging / "shards").glob("*.json"))) >= 8)
    assert _hashes(out) == published
    _kill_when(saring, lambda: any((staging / "corpus").glob("part-*.parquet")))
    assert _hashes(out) == published
    assert len(list((staging / "shards").glob("*.json"))) == 20  # every shard was cleaned

    subprocess.run(saring, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    manifest = RunManifest.model_validate_json((out / "manifest.json").read_text())
    assert manifest.inputs["shards_resumed"] == 20 and manifest.balanced
    run_local(raw, tmp_path / "uninterrupted", settings)
    assert _hashes(out) == _hashes(tmp_path / "uninterrupted")


def test_a_run_that_dies_between_moving_its_version_and_switching_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one window of publishing where the new version exists but is not yet `current`: readers
    still see the previous output, and the next run publishes normally."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    settings = Settings(shard_bytes=SHARD_BYTES)
    _grow(raw, ["a"])
    run_local(raw, out, settings)
    published, before = _hashes(out), os.readlink(out / ".saring" / "current")
    _grow(raw, ["b"])

    switch = output._replace_symlink

    def die_before_switching(link: Path, target: str) -> None:
        if link.name == "current":
            raise KeyboardInterrupt("killed")  # not an Exception: nothing catches it on the way out
        switch(link, target)

    monkeypatch.setattr(output, "_replace_symlink", die_before_switching)
    with pytest.raises(KeyboardInterrupt):
        run_local(raw, out, settings)
    monkeypatch.setattr(output, "_replace_symlink", switch)
    assert os.readlink(out / ".saring" / "current") == before and _hashes(out) == published
    assert len(list((out / ".saring" / "versions").iterdir())) == 2  # the orphan beside the current

    after = run_local(raw, out, settings)
    assert after.balanced and os.readlink(out / ".saring" / "current") == f"versions/{after.run_id}"
    run_local(raw, tmp_path / "uninterrupted", settings)
    assert _hashes(out) == _hashes(tmp_path / "uninterrupted")
