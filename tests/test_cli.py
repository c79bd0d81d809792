"""The command line: `saring run` end to end on the bundled sample (with and without verdicts),
`saring schema`, `saring review` on a folder without a run."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from saring.cli import app
from schemas import TABLES
from tests.conftest import RAW

runner = CliRunner()


def test_run_prints_a_summary_and_writes_the_corpus(prefect_api: None, tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--raw", str(RAW), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "documents in" in result.output and "5 (from 5 files)" in result.output
    assert "flags duplicate_heading" in result.output
    assert pl.read_parquet(tmp_path / "out" / "corpus" / "*.parquet").height == 5


def test_run_with_a_missing_raw_folder_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "raw folder not found" in result.output
    assert not (tmp_path / "out").exists()


def test_schema_lists_every_column_of_every_table() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    for table, model in TABLES.items():
        assert f"{table}/*.parquet" in result.output
        for column in model.model_fields:
            assert f"\n  {column} " in result.output, (table, column)


def test_run_through_the_flow_obeys_the_editors_verdicts(prefect_api: None, tmp_path: Path) -> None:
    from pipeline.verdicts import VerdictStore, store_path
    from schemas.verdicts import Verdict

    out = tmp_path / "out"
    judged = Verdict(
        kind="not_noise",
        rule="injected_spam.inline_phrase.v1",
        category="injected_spam",
        text="pengeluaran hk",
        editor="Rina",
        created_at="2026-11-29T10:00:00+00:00",
    )
    VerdictStore(store_path(out)).add([judged])
    result = runner.invoke(app, ["run", "--raw", str(RAW), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "editors' verdicts" in result.output and "1 not noise kept" in result.output
    flags = pl.read_parquet(out / "flags" / "*.parquet").filter(pl.col("text") == "pengeluaran hk")
    assert flags.select("action", "verdict").rows() == [("kept", "not_noise")]


def test_review_refuses_a_folder_with_no_published_run(tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "no published run" in result.output


def test_serve_with_a_missing_raw_folder_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--cron", "0 2 * * *", "--raw", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "raw folder not found" in result.output
