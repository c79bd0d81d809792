"""The probe-set scorer (`evaluation/probe_sets.py`) counts what the cleaning removed and harmed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.probe_sets import PROBES, _Cleaner, _records, score_inline, score_lines
from pipeline.config import Settings


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_a_small_probe_set_is_counted(tmp_path: Path) -> None:
    host = "Pemerintah daerah akan memperbaiki jalan rusak di wilayah utara kota sebelum musim hujan tiba."
    injected = host.replace("rusak", "rusak situs judi online terpercaya")
    _write(
        tmp_path / "inline_spam.jsonl",
        [
            {
                "text": injected,
                "spam": ["situs judi online terpercaya"],
                "family": "gambling",
                "shape": "mid",
            },
            # not spam at all: the scorer must count it as missed, not removed
            {"text": host, "spam": ["jalan rusak"], "family": "none", "shape": "mid"},
        ],
    )
    _write(tmp_path / "inline_clean.jsonl", [{"text": host, "why": "plain"}])
    _write(
        tmp_path / "noise_lines.jsonl",
        [
            {"line": "Baca Juga: Harga Cabai Naik Lagi Jelang Lebaran", "kind": "related"},
            {
                "line": "Warga bergotong royong membersihkan saluran air setiap Minggu pagi.",
                "kind": "content",
            },
        ],
    )
    _write(tmp_path / "keep_lines.jsonl", [{"line": "Warga menanam pohon di tepi sungai.", "why": "plain"}])
    clean = _Cleaner(Settings())
    inline = score_inline(clean, tmp_path)
    assert inline.total == {"gambling": 1, "none": 1}
    assert inline.removed == {"gambling": 1}
    assert (inline.harmed, inline.checked) == (0, 1)
    assert (inline.hosts_harmed, inline.hosts_checked) == (0, 2)
    lines = score_lines(clean, tmp_path)
    assert lines.total == {"related": 3, "content": 3}  # top, middle and end of the article
    assert lines.removed == {"related": 3}
    assert (lines.harmed, lines.checked) == (0, 3)


def test_the_probe_files_are_well_formed() -> None:
    for name in ("inline_spam", "inline_clean", "noise_lines", "keep_lines"):
        records = [
            json.loads(line) for line in (PROBES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert len(records) >= 100
    for line in (PROBES / "inline_spam.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert all(item in record["text"] for item in record["spam"])


def test_the_held_out_probe_files_are_well_formed() -> None:
    folder = PROBES / "heldout"
    spam, clean = (
        [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]
        for name in ("inline_spam.jsonl", "inline_clean.jsonl")
    )
    assert (len(spam), len(clean)) == (200, 120)
    assert all(item in record["text"] for record in spam for item in record["spam"])


def test_the_chrome_probe_files_are_well_formed() -> None:
    noise = list(_records(PROBES / "chrome" / "noise_lines.jsonl"))
    keep = list(_records(PROBES / "chrome" / "keep_lines.jsonl"))
    assert (len(noise), len(keep)) == (384, 150)
    assert all("\n" not in r["line"] and r["kind"] for r in noise)
    assert len({r["kind"] for r in noise}) == 16
    # a glued end code names the code that closes its line
    glued = [r for r in noise if str(r.get("note", "")).startswith("glued: ")]
    assert glued and all(r["line"].endswith(r["note"].removeprefix("glued: ")) for r in glued)


def test_the_core_family_probe_files_are_well_formed() -> None:
    spam = list(_records(PROBES / "core" / "inline_spam.jsonl"))
    clean = list(_records(PROBES / "core" / "inline_clean.jsonl"))
    assert (len(spam), len(clean)) == (240, 240)
    assert all(r["spam"] and all(item and item in r["text"] for item in r["spam"]) for r in spam)
    families = {r["family"] for r in spam}
    assert families == {"gambling", "togel_lottery", "loan", "pharma", "adult", "obfuscated", "placeholder"}
    assert len({r["text"] for r in spam} | {r["text"] for r in clean}) == 480  # no text twice


def test_the_plain_word_probe_files_are_well_formed() -> None:
    spam = list(_records(PROBES / "plain" / "inline_spam.jsonl"))
    clean = list(_records(PROBES / "plain" / "inline_clean.jsonl"))
    assert (len(spam), len(clean)) == (240, 240)
    assert all(r["spam"] and all(item and item in r["text"] for item in r["spam"]) for r in spam)
    families = {r["family"] for r in spam}
    assert families == {"gambling_plain_name", "slot_slang", "togel", "loan_app", "pharma_product", "adult"}
    assert all(str(r["why"]).split(":")[0].isdigit() for r in clean)
    assert len({r["text"] for r in spam} | {r["text"] for r in clean}) == 480  # no text twice


def test_the_lines_and_phrases_probe_files_are_well_formed() -> None:
    folder = PROBES / "lines_phrases"
    spam = list(_records(folder / "inline_spam.jsonl"))
    clean = list(_records(folder / "inline_clean.jsonl"))
    noise = list(_records(folder / "noise_lines.jsonl"))
    keep = list(_records(folder / "keep_lines.jsonl"))
    assert (len(spam), len(clean), len(noise), len(keep)) == (150, 150, 150, 90)
    assert all(r["spam"] and all(item and item in r["text"] for item in r["spam"]) for r in spam)
    assert {r["family"] for r in spam} == {"judi_online", "slot", "togel", "pinjol", "pharma", "adult"}
    assert {r["shape"] for r in spam} == {"replace", "phrase"}
    kinds = {"cookie_banner", "unfinished_attribution", "obfuscated_spam_line"}
    assert {r["kind"] for r in noise} == kinds
    assert {str(r["why"]).split(":")[0] for r in keep} == kinds
    assert len({r["text"] for r in spam} | {r["text"] for r in clean}) == 300  # no text twice
    assert len({r["line"] for r in noise} | {r["line"] for r in keep}) == 240


def test_the_held_out_inline_probe_files_are_well_formed() -> None:
    folder = PROBES / "heldout_inline"
    spam = list(_records(folder / "inline_spam.jsonl"))
    clean = list(_records(folder / "inline_clean.jsonl"))
    assert (len(spam), len(clean)) == (150, 150)
    assert all(len(r["spam"]) == 1 and r["spam"][0] in r["text"] for r in spam)
    assert {r["family"] for r in spam} == {"gambling", "slot", "togel", "loan", "pharma", "adult"}
    shapes = {"replace", "insert_mid", "between_sentences", "wrapped", "sentence_end"}
    assert {r["shape"] for r in spam} == shapes
    assert len({str(r["why"]).split(":")[0] for r in clean}) == 6
    assert len({r["text"] for r in spam} | {r["text"] for r in clean}) == 300  # no text twice


def test_the_look_alike_paragraphs_are_well_formed_and_scored_alone(tmp_path: Path) -> None:
    records = [
        json.loads(line)
        for line in (PROBES / "paragraphs" / "inline_clean.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 240 and all(r["text"].strip() and r["kind"] for r in records)
    assert len({r["kind"] for r in records}) == 12
    # A folder of look-alikes alone: nothing to remove, every paragraph checked.
    host = "Warga menanam pohon di tepi sungai. Panitia membuka pendaftaran hingga Jumat."
    _write(tmp_path / "inline_clean.jsonl", [{"text": host, "kind": "2. announcement"}])
    figures = score_inline(_Cleaner(Settings()), tmp_path)
    assert (sum(figures.total.values()), figures.checked, figures.harmed) == (0, 1, 0)


def test_a_quarantined_probe_stops_the_scoring_instead_of_counting_as_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cleaning that breaks leaves no text; that must not read as spam removed."""
    _write(
        tmp_path / "inline_spam.jsonl",
        [
            {
                "text": "Harga cabai naik slot gacor pekan ini.",
                "spam": ["slot gacor"],
                "family": "slot",
                "shape": "mid",
            }
        ],
    )
    clean = _Cleaner(Settings())

    def broken(raw: object) -> object:
        raise ValueError("a bug in a rule")

    monkeypatch.setattr(clean.cleaner, "_clean", broken)
    with pytest.raises(RuntimeError, match="quarantined"):
        score_inline(clean, tmp_path)


def test_a_host_paragraph_cut_with_its_spam_is_counted(tmp_path: Path) -> None:
    """A report beside a pitch that goes with it counts as a harmed host; one that stays does not."""
    report = "Warga desa menanam bibit mangrove di pesisir."
    pitch = "Lagi butuh dana? Aplikasi DanaKilat langsung transfer, tanpa ribet, tenor bebas."
    _write(
        tmp_path / "inline_spam.jsonl",
        [{"text": f"{report} {pitch}", "spam": [pitch], "family": "loan", "shape": "sentence-end"}],
    )
    kept = score_inline(_Cleaner(Settings()), tmp_path)
    assert (kept.hosts_harmed, kept.hosts_checked) == (0, 1)
    whole = Settings(rules={"overrides": {"injected_spam": {"prose": {"plain_min_words": 8}}}})
    cut = score_inline(_Cleaner(whole), tmp_path)
    assert (cut.hosts_harmed, cut.hosts_checked) == (1, 1)
