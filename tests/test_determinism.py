"""Same input and config give byte-identical tables; the shard layout does not change the rows."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pipeline.config import Settings
from pipeline.run import run_local
from pipeline.writers import file_sha256
from schemas import TABLES
from schemas.arrow import polars_schema
from tests.conftest import RAW


def _hashes(out: Path) -> dict[str, str]:
    return {
        f"{table}/{p.name}": file_sha256(p)
        for table in TABLES
        for p in sorted((out / table).glob("*.parquet"))
    }


def test_two_runs_give_byte_identical_tables(tmp_path: Path, settings: Settings) -> None:
    run_local(RAW, tmp_path / "a", settings)
    run_local(RAW, tmp_path / "b", settings)
    a, b = _hashes(tmp_path / "a"), _hashes(tmp_path / "b")
    assert a == b
    assert any(k.startswith("corpus/") for k in a) and any(k.startswith("flags/") for k in a)


def test_shard_size_changes_files_not_rows(tmp_path: Path) -> None:
    one = run_local(RAW, tmp_path / "one", Settings())
    many = run_local(RAW, tmp_path / "many", Settings(shard_bytes=3000))
    assert len(one.shards) == 1 and len(many.shards) == 5
    for table in ("corpus", "flags"):
        a = pl.read_parquet(tmp_path / "one" / table / "*.parquet")
        b = pl.read_parquet(tmp_path / "many" / table / "*.parquet")
        assert a.sort(a.columns).equals(b.sort(b.columns))


def test_written_files_carry_the_model_schema(tmp_path: Path, settings: Settings) -> None:
    run_local(RAW, tmp_path / "out", settings)
    for table, model in TABLES.items():
        for path in (tmp_path / "out" / table).glob("*.parquet"):
            assert pl.read_parquet_schema(path) == dict(polars_schema(model))
