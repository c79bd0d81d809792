"""The output folder: published tables, manifest, atomic switch between runs, lock, safety."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from pipeline.config import Settings
from pipeline.output import OutputError, OutputLayout
from pipeline.run import open_run, run_local
from pipeline.writers import file_sha256
from tests.conftest import RAW, REPO

TABLE_NAMES = ("corpus", "flags", "rejected", "quarantine", "signals")


def _raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def test_published_layout_and_manifest(tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "out"
    manifest = run_local(RAW, out, settings)
    for name in TABLE_NAMES:
        assert (out / name).is_symlink()
        assert sorted((out / name).glob("*.parquet")), f"{name} has at least one part"
    on_disk = json.loads((out / "manifest.json").read_text())
    assert on_disk["run_id"] == manifest.run_id
    assert on_disk["balanced"] is True
    assert on_disk["inputs"]["units"] == sum(on_disk["outputs"].values()) == 5
    assert on_disk["config_hash"] and on_disk["rules"]
    # Every listed file exists with the listed rows and hash.
    for files in manifest.tables.values():
        for f in files:
            path = out / f.path
            assert file_sha256(path) == f.sha256
            assert pl.read_parquet(path).height == f.rows
    signals = pl.read_parquet(out / "signals" / "*.parquet")
    assert sorted(signals["doc_id"]) == sorted(pl.read_parquet(out / "corpus" / "*.parquet")["doc_id"])
    assert set(signals["decision"]) == {"kept"}
    by_category = {k: v.removed for k, v in manifest.flags_by_category.items()}
    assert sum(by_category.values()) == pl.read_parquet(out / "flags" / "*.parquet").height


def test_manifest_records_peak_memory_per_phase(tmp_path: Path, settings: Settings) -> None:
    manifest = run_local(RAW, tmp_path / "out", settings)
    phases = ["plan", "clean", "corpus_pass", "finalise", "publish"]
    assert list(manifest.memory) == [*(f"flow.{p}" for p in phases), "workers.clean", "workers.finalise"]
    flow = [manifest.memory[f"flow.{p}"] for p in phases]
    assert flow == sorted(flow) and flow[0] > 0  # a peak so far, read as each phase ends
    # This process ran the shards too: their readings are of the same peak.
    assert 0 < manifest.memory["workers.clean"] <= flow[-1] + 1
    assert 0 < manifest.memory["workers.finalise"] <= flow[-1] + 1
    for report in manifest.shards:
        assert set(report.peak_rss_mb) == {"clean", "finalise"}
    on_disk = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert on_disk["memory"] == manifest.memory


def test_peak_memory_follows_what_the_process_allocated() -> None:
    script = (
        "from pipeline.resources import peak_rss_mb\n"
        "before = peak_rss_mb()\n"
        "block = b'x' * 300_000_000\n"
        "print(before, peak_rss_mb())\n"
    )
    command = [sys.executable, "-c", script]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    before, after = map(float, done.stdout.split())
    assert 0 < before < 300 and after - before >= 290


def test_empty_raw_folder_gives_empty_tables_with_schema(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "raw").mkdir()
    manifest = run_local(tmp_path / "raw", tmp_path / "out", settings)
    assert manifest.inputs["units"] == 0 and manifest.balanced
    corpus = pl.read_parquet(tmp_path / "out" / "corpus" / "*.parquet")
    assert corpus.height == 0
    assert "text" in corpus.columns and "doc_id" in corpus.columns


def test_a_second_run_switches_atomically_and_prunes_old_versions(tmp_path: Path) -> None:
    raw = _raw_copy(tmp_path)
    out = tmp_path / "out"
    settings = Settings(output={"keep_versions": 2})
    first = run_local(raw, out, settings)
    (raw / "000_4b5ed426e38bc02b.txt").unlink()
    second = run_local(raw, out, settings)
    assert second.outputs["corpus"] == 4
    assert pl.read_parquet(out / "corpus" / "*.parquet").height == 4
    layout = OutputLayout(out)
    assert layout.current_version() == second.run_id
    third = run_local(raw, out, settings)
    versions = sorted(p.name for p in layout.versions.iterdir())
    assert versions == sorted([second.run_id, third.run_id])
    assert first.run_id not in versions


def test_a_failed_run_leaves_the_published_output(tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "out"
    run_local(RAW, out, settings)
    before = {p.name: file_sha256(p) for p in (out / "corpus").glob("*.parquet")}
    with pytest.raises(RuntimeError), open_run(RAW, out, settings):
        raise RuntimeError("crash in the middle of a run")
    assert {p.name: file_sha256(p) for p in (out / "corpus").glob("*.parquet")} == before


def test_one_run_at_a_time(tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "out"
    with open_run(RAW, out, settings), pytest.raises(OutputError, match="another Saring run"):
        run_local(RAW, out, settings)


def test_refuses_to_overwrite_what_it_did_not_write(tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "out"
    (out / "corpus").mkdir(parents=True)
    (out / "corpus" / "precious.parquet").write_bytes(b"not ours")
    with pytest.raises(OutputError, match="not published by Saring"):
        run_local(RAW, out, settings)
    assert (out / "corpus" / "precious.parquet").read_bytes() == b"not ours"


def test_output_inside_the_raw_folder_is_not_read_back(tmp_path: Path, settings: Settings) -> None:
    raw = _raw_copy(tmp_path)
    run_local(raw, raw / "clean", settings)
    second = run_local(raw, raw / "clean", settings)
    assert second.inputs["files"] == 5


def test_raw_inputs_are_not_modified(tmp_path: Path, settings: Settings) -> None:
    raw = _raw_copy(tmp_path)
    before = {p.name: (file_sha256(p), p.stat().st_mtime_ns) for p in raw.iterdir()}
    run_local(raw, tmp_path / "out", settings)
    assert {p.name: (file_sha256(p), p.stat().st_mtime_ns) for p in raw.iterdir()} == before
    assert not any(name.startswith(".") for name in os.listdir(raw))
