"""Editors' verdicts without the web app: the store, the decision step, editor-marked text, runs that
obey them (the corpus pass's repeated lines included), and sharing them as a file."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from pipeline.apply import decide
from pipeline.config import DecisionSettings, Settings, load_settings
from pipeline.corpus_pass import REPEATED_LINE_RULE
from pipeline.output import OutputLayout
from pipeline.rules.base import Flag
from pipeline.run import run_local
from pipeline.verdicts import (
    VERDICTS_SNAPSHOT,
    EditorMarks,
    Verdicts,
    VerdictStore,
    editor_rule_id,
    store_path,
    text_key,
)
from saring.cli import app
from schemas.verdicts import Verdict
from tests.conftest import RAW
from tests.review_fixtures import MISSED_PROMO, PROMO_DOCS, SPAM_FALSE_POSITIVE, make_review_raw

SPAM_RULE = "injected_spam.inline_phrase.v1"


def verdict(
    kind: str, rule: str, text: str, category: str = "injected_spam", at: str = "2026-11-29T10:00:00+00:00"
) -> Verdict:
    return Verdict(kind=kind, rule=rule, category=category, text=text, editor="Rina", created_at=at)  # type: ignore[arg-type]


def test_store_keeps_every_verdict_and_the_latest_on_a_rule_and_text_wins(tmp_path: Path) -> None:
    store = VerdictStore(tmp_path / "v.sqlite")
    assert store.all() == [] and not store.path.exists()  # reading creates nothing
    store.add([verdict("not_noise", SPAM_RULE, "Pengeluaran HK")])
    store.add([verdict("confirmed", SPAM_RULE, "pengeluaran  hk", at="2026-11-29T11:00:00+00:00")])
    assert [v.kind for v in store.all()] == ["not_noise", "confirmed"]
    in_force = Verdicts.from_history(store.all())
    assert len(in_force) == 1
    assert in_force.on(SPAM_RULE, "PENGELUARAN hk") == "confirmed"
    assert in_force.on("injected_spam.spam_line.v1", "pengeluaran hk") == ""


def test_export_and_import_share_verdicts_without_repeats(tmp_path: Path) -> None:
    ours, theirs = VerdictStore(tmp_path / "a.sqlite"), VerdictStore(tmp_path / "b.sqlite")
    ours.add([verdict("not_noise", SPAM_RULE, "slot penerbangan"), verdict("noise", "x.editor.v1", "Iklan")])
    assert ours.export(tmp_path / "v.json") == 2
    assert json.loads((tmp_path / "v.json").read_text())["format"] == "saring-verdicts"
    assert theirs.import_file(tmp_path / "v.json") == (2, 0)
    assert theirs.import_file(tmp_path / "v.json") == (0, 2)
    assert theirs.all() == ours.all()
    (tmp_path / "bad.json").write_text('{"format": "something-else", "verdicts": []}')
    with pytest.raises(ValidationError):
        theirs.import_file(tmp_path / "bad.json")


def test_verdicts_overrule_the_settings_in_the_decision_step() -> None:
    text = "slot penerbangan dibuka. Bagikan: iklan kecil"
    flags = [
        Flag(SPAM_RULE, "injected_spam", 0, 16, 1.0),
        Flag("boilerplate.share_widget.v1", "boilerplate", 25, 33, 0.2),
        Flag("boilerplate.navigation.v1", "boilerplate", 34, 45, 1.0),
    ]
    verdicts = Verdicts.from_history(
        [
            verdict("not_noise", SPAM_RULE, "Slot Penerbangan"),
            verdict("confirmed", "boilerplate.share_widget.v1", "bagikan:", "boilerplate"),
            verdict("confirmed", "boilerplate.navigation.v1", "iklan kecil", "boilerplate"),
        ]
    )
    decided = decide(flags, DecisionSettings(min_score=0.5), text, verdicts)
    assert [(d.action, d.verdict, d.verdict_change) for d in decided] == [
        ("kept", "not_noise", "not_noise_kept"),
        ("removed", "confirmed", "confirmed_removed"),
        ("removed", "confirmed", None),  # removed anyway: the verdict changed nothing
    ]
    assert [d.action for d in decide(flags, DecisionSettings(min_score=0.5))] == [
        "removed",
        "kept",
        "removed",
    ]


def test_marked_text_is_flagged_wherever_it_recurs_until_withdrawn() -> None:
    mark = verdict("noise", editor_rule_id("boilerplate"), "Gabung grup WA", "boilerplate")
    marks = EditorMarks(Verdicts.from_history([mark]))
    text = "Berita pagi. GABUNG  grup wa sekarang.\nGabung grup WA\nPenggabung grup WAN tidak."
    flags = marks.flags(text)
    assert [text[f.start : f.end] for f in flags] == ["GABUNG  grup wa", "Gabung grup WA"]
    assert {(f.rule, f.category) for f in flags} == {("boilerplate.editor.v1", "boilerplate")}
    withdrawn = verdict(
        "not_noise", mark.rule, "gabung grup wa", "boilerplate", at="2026-11-29T12:00:00+00:00"
    )
    assert EditorMarks(Verdicts.from_history([mark, withdrawn])).flags(text) == []
    assert text_key(" Gabung\tgrup  WA ") == "gabung grup wa"


@pytest.fixture(scope="module")
def judged_run(
    tmp_path_factory: pytest.TempPathFactory, settings: Settings
) -> tuple[Path, pl.DataFrame, dict]:
    """The review folder cleaned once with no verdicts, then again with two."""
    base = tmp_path_factory.mktemp("verdict-run")
    raw, out = make_review_raw(base / "raw"), base / "out"
    first = run_local(raw, out, settings)
    assert first.verdicts["in_force"] == 0
    VerdictStore(store_path(out)).add(
        [
            verdict("not_noise", SPAM_RULE, SPAM_FALSE_POSITIVE),
            verdict("noise", editor_rule_id("placeholder"), MISSED_PROMO.upper(), "placeholder"),
        ]
    )
    manifest = run_local(raw, out, settings)
    return out, pl.read_parquet(out / "flags" / "*.parquet"), manifest.model_dump()


def test_a_run_obeys_the_verdicts_and_counts_what_they_changed(
    judged_run: tuple[Path, pl.DataFrame, dict],
) -> None:
    out, flags, manifest = judged_run
    assert manifest["verdicts"]["in_force"] == 2
    assert manifest["verdicts"]["not_noise_kept"] == 1
    assert manifest["verdicts"]["editor_removed"] == 2
    assert manifest["verdicts"]["confirmed_removed"] == 0
    assert manifest["flags_by_category"]["placeholder"]["removed"] >= 2
    assert flags.filter(pl.col("rule") == SPAM_RULE).select("text", "action", "verdict").rows() == [
        (SPAM_FALSE_POSITIVE, "kept", "not_noise")
    ]
    marked = flags.filter(pl.col("verdict") == "noise")
    assert sorted(marked["source"]) == sorted(PROMO_DOCS)
    assert set(marked["text"]) == {MISSED_PROMO}
    corpus = pl.read_parquet(out / "corpus" / "*.parquet")
    assert not corpus["text"].str.contains(MISSED_PROMO, literal=True).any()
    assert corpus["text"].str.contains(SPAM_FALSE_POSITIVE, literal=True).sum() == 1
    # The verdicts the run obeyed are published with it.
    published = OutputLayout(out).current / VERDICTS_SNAPSHOT
    assert json.loads(published.read_text())["verdicts"][0]["text"] == SPAM_FALSE_POSITIVE


def test_a_repeated_line_judged_not_noise_stays(tmp_path: Path) -> None:
    # The line model would take this tagline from each page first (the samples carry chrome); the
    # corpus pass's verdict is what is tested here.
    settings = load_settings(rules={"overrides": {"line_model": {"enabled": False}}})
    raw = tmp_path / "raw"
    raw.mkdir()
    furniture = "Kabar Senja, teman sore Anda"  # short, not a sentence: furniture from 5 documents on
    for sample in sorted(RAW.glob("*.txt")):
        (raw / sample.name).write_text(sample.read_text() + f"\n{furniture}\n")
    out = tmp_path / "out"
    run_local(raw, out, settings)
    flags = pl.read_parquet(out / "flags" / "*.parquet").filter(pl.col("rule") == REPEATED_LINE_RULE)
    assert flags.filter(pl.col("text") == furniture).height == 5
    VerdictStore(store_path(out)).add([verdict("not_noise", REPEATED_LINE_RULE, furniture, "repeated_line")])
    manifest = run_local(raw, out, settings)
    flags = pl.read_parquet(out / "flags" / "*.parquet").filter(pl.col("text") == furniture)
    assert set(flags.select("action", "verdict").rows()) == {("kept", "not_noise")}
    assert manifest.verdicts["not_noise_kept"] == 5
    assert manifest.flags_by_rule[REPEATED_LINE_RULE].kept == 5
    corpus = pl.read_parquet(out / "corpus" / "*.parquet")
    assert corpus["text"].str.contains(furniture, literal=True).all()


def test_cli_exports_and_imports_verdicts(tmp_path: Path) -> None:
    runner = CliRunner()
    VerdictStore(store_path(tmp_path / "a")).add([verdict("not_noise", SPAM_RULE, "slot penerbangan")])
    shared = tmp_path / "shared.json"
    result = runner.invoke(app, ["verdicts", "export", str(shared), "--out", str(tmp_path / "a")])
    assert result.exit_code == 0 and "exported 1 verdicts" in result.output, result.output
    other = tmp_path / "team-b.sqlite"
    result = runner.invoke(app, ["verdicts", "import", str(shared), "--verdicts", str(other)])
    assert result.exit_code == 0 and "imported 1 verdicts (0 already held)" in result.output, result.output
    assert VerdictStore(other).all() == VerdictStore(store_path(tmp_path / "a")).all()
    (tmp_path / "junk.json").write_text("[]")
    result = runner.invoke(app, ["verdicts", "import", str(tmp_path / "junk.json"), "--verdicts", str(other)])
    assert result.exit_code == 2 and "not a file of Saring verdicts" in result.output
