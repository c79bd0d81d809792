"""The five sample documents cleaned as `tests/data/seeds_expected.json` says (same checks as the
project's seed checker), through the whole library run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from pipeline.config import Settings
from pipeline.run import run_local
from tests.conftest import RAW

EXPECTED = json.loads((Path(__file__).parent / "data" / "seeds_expected.json").read_text(encoding="utf-8"))
SEEDS = [name for name in EXPECTED if name != "about"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("seeds-out")
    manifest = run_local(RAW, out, settings)
    assert manifest.outputs == {"corpus": 5, "rejected": 0, "quarantined": 0}
    rows = pl.read_parquet(out / "corpus" / "*.parquet").to_dicts()
    return {Path(row["source"]).name: row for row in rows}


@pytest.mark.parametrize("name", SEEDS)
def test_seed_cleaned_as_expected(corpus: dict[str, dict], name: str) -> None:
    spec = EXPECTED[name]
    row = corpus[name]
    text = row["text"]
    squashed = re.sub(r"[ \t\u00a0]+", " ", text)
    assert row["title"] == spec["title"]
    assert row["language"] == spec["language"]
    for s in spec["absent"]:
        assert s not in text, f"still contains {s!r}"
    for s in spec["present"]:
        assert s in squashed, f"lost {s!r}"
    for s, n in spec["count"].items():
        assert text.count(s) == n, f"{s!r} occurs {text.count(s)} times, expected {n}"
    for s, n in spec.get("count_ci", {}).items():
        assert text.lower().count(s.lower()) == n, s
    first = text.lstrip().split("\n", 1)[0].strip()
    assert first not in spec.get("first_line_not", [])
    if spec["title"]:
        assert first == spec["title"], "the title is the first line of the text"
