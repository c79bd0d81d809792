"""Incremental runs: a run over a folder that grew cleans only the inputs it has not cleaned with the
same key (content, path, configuration, code, verdicts), still decides duplicates and repeated lines
over every document, and publishes the same bytes as a full rebuild."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

import pipeline.shard
from pipeline.clean import DocumentCleaner
from pipeline.config import Settings, load_settings
from pipeline.run import run_local
from pipeline.verdicts import VerdictStore, now_utc, store_path
from schemas.verdicts import Verdict
from tests.conftest import RAW
from tests.test_determinism import _hashes

SHARD_BYTES = 6000  # a few inputs a shard: reused and new inputs share shards

SAMPLES = sorted(RAW.glob("*.txt"))


def _paragraphs() -> list[str]:
    """Real paragraphs of the sample documents, long enough to stand as documents of their own."""
    out: list[str] = []
    for path in SAMPLES:
        out += [p for p in path.read_text().split("\n\n") if len(p.split()) >= 40]
    return out


def _write_feed(path: Path, texts: list[str], host: str) -> None:
    """A JSONL feed: one record per text, and one broken line (quarantined with its reason)."""
    lines = [
        json.dumps({"url": f"https://{host}/artikel/{i}", "text": text}, ensure_ascii=False)
        for i, text in enumerate(texts)
    ]
    lines.insert(1, '{"url": "https://broken.example/", "text": ')
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


@pytest.fixture
def counted_cleaning(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The sources of every document the cleaner sees (runs in this process: `run_local`)."""
    seen: list[str] = []
    original = DocumentCleaner.clean

    def clean(self: DocumentCleaner, raw):  # type: ignore[no-untyped-def]
        seen.append(raw.source)
        return original(self, raw)

    monkeypatch.setattr(pipeline.shard.DocumentCleaner, "clean", clean)
    yield seen


def _start_raw(raw: Path) -> None:
    for path in SAMPLES[:3]:
        (raw / "pages").mkdir(parents=True, exist_ok=True)
        shutil.copy(path, raw / "pages" / path.name)
    _write_feed(raw / "feeds" / "2026-11-01.jsonl", _paragraphs()[:6], "kabar.example")


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    return {t: pl.read_parquet(out / t / "*.parquet") for t in ("corpus", "rejected", "flags", "signals")}


def test_a_grown_folder_cleans_only_new_inputs_and_equals_a_full_rebuild(
    tmp_path: Path, counted_cleaning: list[str]
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    settings = Settings(shard_bytes=SHARD_BYTES)
    _start_raw(raw)
    first = run_local(raw, out, settings)
    assert first.inputs["new"] == first.inputs["files"] == 4 and first.inputs["reused"] == 0
    cleaned_first = len(counted_cleaning)

    # The folder grows: two more pages, a new feed, and a copy of an old page under a path that
    # sorts first, so that the corpus pass must now reject the OLD document as its duplicate.
    for path in SAMPLES[3:]:
        shutil.copy(path, raw / "pages" / path.name)
    _write_feed(raw / "feeds" / "2026-11-02.jsonl", _paragraphs()[6:10], "berita.example")
    (raw / "0-mirror").mkdir()
    shutil.copy(SAMPLES[0], raw / "0-mirror" / SAMPLES[0].name)
    counted_cleaning.clear()

    second = run_local(raw, out, settings)
    assert second.inputs == second.inputs | {"files": 8, "new": 4, "reused": 4, "changed": 0, "removed": 0}
    # Only the new inputs were read and cleaned: their documents, none of the old ones.
    new_sources = {
        f"0-mirror/{SAMPLES[0].name}",
        *(f"pages/{p.name}" for p in SAMPLES[3:]),
        *(f"feeds/2026-11-02.jsonl#{i}" for i in (1, 3, 4, 5)),
    }
    assert set(counted_cleaning) == new_sources and len(counted_cleaning) == len(new_sources)
    assert second.balanced and second.inputs["units"] == first.inputs["units"] + len(new_sources) + 1
    assert cleaned_first > 0

    # The corpus pass covered old and new documents: the old page is now the duplicate.
    rejected = pl.read_parquet(out / "rejected" / "*.parquet")
    old_copy = rejected.filter(pl.col("source") == f"pages/{SAMPLES[0].name}")
    assert old_copy["reason"].to_list() == ["exact_duplicate"]
    assert f"0-mirror/{SAMPLES[0].name}" in old_copy["detail"][0]

    # The same bytes as a rebuild from nothing, and as `--full` over the same output folder.
    rebuilt = run_local(raw, tmp_path / "rebuilt", settings)
    assert rebuilt.inputs["new"] == 8
    assert _hashes(out) == _hashes(tmp_path / "rebuilt")
    assert second.tables == rebuilt.tables
    # and the same counts: those of reused inputs come from the index, not from cleaning
    for field in ("outputs", "rejected_by_reason", "quarantined_by_error", "flags_by_rule", "verdicts"):
        assert getattr(second, field) == getattr(rebuilt, field), field
    counted_cleaning.clear()
    full = run_local(raw, out, settings, full=True)
    assert full.inputs["reused"] == 0 and len(counted_cleaning) == len(set(counted_cleaning)) > 8
    assert _hashes(out) == _hashes(tmp_path / "rebuilt")


def test_changed_and_removed_inputs(tmp_path: Path, counted_cleaning: list[str]) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    settings = Settings(shard_bytes=SHARD_BYTES)
    _start_raw(raw)
    run_local(raw, out, settings)
    feed = raw / "feeds" / "2026-11-01.jsonl"
    added = _paragraphs()[12]
    record = {"url": "https://kabar.example/artikel/ralat", "text": added}
    feed.write_text(feed.read_text() + json.dumps(record, ensure_ascii=False) + "\n")
    (raw / "pages" / SAMPLES[1].name).unlink()
    counted_cleaning.clear()

    manifest = run_local(raw, out, settings)
    assert manifest.inputs == manifest.inputs | {
        "files": 3,
        "new": 0,
        "changed": 1,
        "reused": 2,
        "removed": 1,
    }
    assert {s.split("#")[0] for s in counted_cleaning} == {"feeds/2026-11-01.jsonl"}
    tables = _tables(out)
    assert not any(s.startswith(f"pages/{SAMPLES[1].name}") for t in tables.values() for s in t["source"])
    assert tables["corpus"].filter(pl.col("url") == record["url"]).height == 1
    run_local(raw, tmp_path / "rebuilt", settings)
    assert _hashes(out) == _hashes(tmp_path / "rebuilt")


def test_another_configuration_or_new_verdicts_reuse_nothing(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    _start_raw(raw)
    first = run_local(raw, out, Settings(shard_bytes=SHARD_BYTES))
    stricter = run_local(raw, out, Settings(shard_bytes=SHARD_BYTES, filters={"min_words": 80}))
    assert stricter.config_hash != first.config_hash
    assert stricter.inputs["reused"] == 0 and stricter.inputs["changed"] == 4
    again = run_local(raw, out, Settings(shard_bytes=SHARD_BYTES, filters={"min_words": 80}))
    assert again.inputs["reused"] == 4

    # An editor's verdict changes what cleaning decides: every input is cleaned again under it.
    flag = pl.read_parquet(out / "flags" / "*.parquet").row(0, named=True)
    VerdictStore(store_path(out)).add(
        [
            Verdict(
                kind="not_noise",
                rule=flag["rule"],
                category=flag["category"],
                text=flag["text"],
                editor="test",
                created_at=now_utc(),
            )
        ]
    )
    judged = run_local(raw, out, Settings(shard_bytes=SHARD_BYTES, filters={"min_words": 80}))
    assert judged.inputs["reused"] == 0 and judged.verdicts["in_force"] == 1


def test_a_damaged_earlier_version_is_cleaned_again(tmp_path: Path, counted_cleaning: list[str]) -> None:
    """The rows an incremental run copies come from the published version's unpublished pre-pass
    tables; when they are gone, the run cleans those inputs again instead of failing."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    settings = Settings(shard_bytes=SHARD_BYTES)
    _start_raw(raw)
    run_local(raw, out, settings)
    shutil.rmtree(out / ".saring" / "current" / "pre")
    counted_cleaning.clear()

    manifest = run_local(raw, out, settings)
    assert manifest.inputs["reused"] == 0 and manifest.inputs["reuse_failed"] == 4
    assert len(counted_cleaning) > 0 and manifest.balanced
    run_local(raw, tmp_path / "rebuilt", settings)
    assert _hashes(out) == _hashes(tmp_path / "rebuilt")


def test_the_flow_on_worker_processes_reuses_the_same_way(prefect_api: None, tmp_path: Path) -> None:
    """Through Prefect, with shards on two worker processes: the reuse plan travels in the shard
    tasks' parameters, and the grown folder's output equals a local full rebuild's."""
    from flows.clean import clean_corpus, task_runner

    raw, out = tmp_path / "raw", tmp_path / "out"
    conf = tmp_path / "saring.toml"
    conf.write_text(f"shard_bytes = {SHARD_BYTES}\n")
    _start_raw(raw)
    flow = clean_corpus.with_options(task_runner=task_runner(load_settings(workers=2)))
    first = flow(raw=str(raw), out=str(out), config=str(conf), workers=2)
    assert first["inputs"]["new"] == 4
    for path in SAMPLES[3:]:
        shutil.copy(path, raw / "pages" / path.name)

    second = flow(raw=str(raw), out=str(out), config=str(conf), workers=2)
    assert second["inputs"] | {"new": 2, "reused": 4, "reuse_failed": 0} == second["inputs"]
    run_local(raw, tmp_path / "rebuilt", Settings(shard_bytes=SHARD_BYTES))
    assert _hashes(out) == _hashes(tmp_path / "rebuilt")
