"""The evaluation set and its scoring: the generator is deterministic, its gold says where every
unit is, and the scorer counts exactly what a hand-made output did."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from evaluation.generate import INVENTORY_ROLES, generate, read_gold
from evaluation.run import REPORT_FILE, run_eval
from evaluation.score import norm, score
from pipeline.config import Settings
from pipeline.extract import html_to_text
from pipeline.normalise import normalise_text
from saring.cli import app


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_generator_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    generate(40, 7, tmp_path / "a")
    generate(40, 7, tmp_path / "b")
    generate(40, 8, tmp_path / "c")
    a, b, c = _files(tmp_path / "a"), _files(tmp_path / "b"), _files(tmp_path / "c")
    assert a == b
    assert a != c
    assert "gold.jsonl" in a and any(name.startswith("raw/") for name in a)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("evalset")
    return root, read_gold(generate(300, 11, root))


def _pipeline_lines(root: Path, source: str) -> list[str]:
    """The document's lines as the pipeline reads them: decoded, extracted if HTML, normalised."""
    path, _, record = source.partition("#")
    data = (root / "raw" / path).read_text(encoding="utf-8")
    if record:
        fields = json.loads(data.splitlines()[int(record) - 1])
        content, is_html = (fields["html"], True) if "html" in fields else (fields["text"], False)
    else:
        content, is_html = data, path.endswith(".html")
    text = html_to_text(content).text if is_html else content
    return [norm(line) for line in normalise_text(text).split("\n") if line.strip()]


def test_every_gold_unit_is_where_the_gold_says(generated: tuple[Path, list[dict[str, Any]]]) -> None:
    _check_gold_units(*generated)


def _check_gold_units(root: Path, gold: list[dict[str, Any]]) -> None:
    for doc in gold:
        lines = _pipeline_lines(root, doc["source"])
        plan = [norm(line["raw"]) for line in doc["lines"]]
        it = iter(lines)  # the gold's lines stand, in order, among the lines the pipeline reads
        assert all(any(p == line for line in it) for p in plan), doc["source"]
        for unit in doc["noise"]:
            assert norm(unit["text"]) in norm(doc["lines"][unit["line"]]["raw"]), (doc["source"], unit)
            if unit["kind"] == "inline":
                assert unit["host"] == doc["lines"][unit["line"]]["expected"]
        raws = "\n".join(plan)
        for unit in doc["content"]:
            assert norm(unit) in raws, (doc["source"], unit)
        for trap in doc["traps"]:
            assert all(norm(h) in raws for h in trap["hosts"]), (doc["source"], trap)
        heading_lines = [line for line in doc["lines"] if line["role"] == "heading"]
        assert doc["headings"] == [line["expected"] for line in heading_lines]
        assert all(norm(line["expected"]) in norm(line["raw"]) for line in heading_lines)
        if doc["decision"] == "keep":
            assert doc["title"] is None or norm(doc["title"]) in plan
            assert len(doc["expected_text"].split()) >= 100, doc["source"]


def test_the_set_covers_every_category_format_trap_and_reason(
    generated: tuple[Path, list[dict[str, Any]]],
) -> None:
    _check_coverage(generated[1])


def _check_coverage(gold: list[dict[str, Any]]) -> None:
    categories = {(u["category"], u["kind"]) for d in gold for u in d["noise"]}
    for category in ("boilerplate", "duplicate_heading", "table_of_contents", "injected_spam", "placeholder"):
        assert (category, "line") in categories
    for category in ("keyword_stuffing", "injected_spam", "placeholder", "boilerplate"):
        assert (category, "inline") in categories
    subkinds = {u["subkind"] for d in gold for u in d["noise"]}
    assert {
        "read_also",
        "ads",
        "media_marker",
        "photo",
        "byline",
        "breadcrumb",
        "dateline",
        "tags",
    } <= subkinds
    assert {"obfuscated_inline", "keyword_wall", "promo_line", "wiki_marker", "layout_talk"} <= subkinds
    assert {d["decision"] for d in gold} == {"keep", "reject"}
    assert {d["reason"] for d in gold} == {None, "spam_page", "too_short", "language", "low_quality"}
    assert {d["variant"] for d in gold if d["reason"] == "language"} >= {"english", "javanese", "sundanese"}
    assert {d["format"] for d in gold} == {"txt", "html", "jsonl-text", "jsonl-html"}
    traps = {t["kind"] for d in gold for t in d["traps"]}
    assert {
        "bandar",
        "situs",
        "slot",
        "pengeluaran",
        "toto",
        "keluaran",
        "gambling_news",
        "loan_news",
    } <= traps
    assert {"list", "table", "short_heading", "heading_shares_title_words", "quote", "parentheses"} <= traps


# --------------------------------------------------------------------------------------------------
# Inventory b: the same kinds of noise, written separately, in other words


def test_inventory_b_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    generate(40, 7, tmp_path / "a", inventory="b")
    generate(40, 7, tmp_path / "b", inventory="b")
    generate(40, 7, tmp_path / "c")
    a, b, c = _files(tmp_path / "a"), _files(tmp_path / "b"), _files(tmp_path / "c")
    assert a == b
    assert a != c
    assert {d.get("inventory") for d in read_gold(tmp_path / "a" / "gold.jsonl")} == {"b"}
    assert {d.get("inventory") for d in read_gold(tmp_path / "c" / "gold.jsonl")} == {None}  # a: as before
    with pytest.raises(ValueError, match="inventory"):
        generate(2, 7, tmp_path / "d", inventory="z")


@pytest.fixture(scope="module")
def generated_b(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("evalset_b")
    return root, read_gold(generate(300, 11, root, inventory="b"))


def test_every_gold_unit_of_an_inventory_b_set_is_where_the_gold_says(
    generated_b: tuple[Path, list[dict[str, Any]]],
) -> None:
    _check_gold_units(*generated_b)
    _check_coverage(generated_b[1])


def _noise_lines(gold: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(u["category"], norm(u["text"])) for d in gold for u in d["noise"] if u["kind"] == "line"]


def test_the_two_inventories_share_few_noise_lines(
    generated: tuple[Path, list[dict[str, Any]]], generated_b: tuple[Path, list[dict[str, Any]]]
) -> None:
    """Share of the b-set's noise lines whose text stands verbatim among the a-set's noise lines
    (same size and seed). Measured: 3.8% here (2.8% at seed 0). What is shared is what every
    Indonesian page prints alike, not a borrowed inventory: one-word ad labels (`Iklan`,
    `Advertisement`, `Sponsored`), section names (`Bisnis`, `Pendidikan`), and table-of-contents
    items, whose text is the document's own heading (in HTML they extract as `- <heading>`). The
    bound of 10% leaves room for that; spam and placeholder lines, where wording is everything,
    share nothing, and the two inventories have no site in common."""
    gold_a, gold_b = generated[1], generated_b[1]
    texts_a = {t for _, t in _noise_lines(gold_a)}
    lines_b = _noise_lines(gold_b)
    assert len(lines_b) > 1000
    shared = [c for c, t in lines_b if t in texts_a]
    assert len(shared) / len(lines_b) < 0.10, len(shared) / len(lines_b)
    worded = [t for c, t in lines_b if c in ("injected_spam", "placeholder")]
    assert len(worded) > 50
    assert sum(t in texts_a for t in worded) / len(worded) < 0.02
    assert not {d["site"] for d in gold_a} & {d["site"] for d in gold_b}


# --------------------------------------------------------------------------------------------------
# Inventory c: the held-out final check, written independently of a, b and the rules


def test_inventory_c_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    generate(40, 7, tmp_path / "a", inventory="c")
    generate(40, 7, tmp_path / "b", inventory="c")
    generate(40, 8, tmp_path / "c", inventory="c")
    generate(40, 7, tmp_path / "d", inventory="b")
    a, b, c, d = (_files(tmp_path / x) for x in "abcd")
    assert a == b
    assert a != c and a != d
    assert {g.get("inventory") for g in read_gold(tmp_path / "a" / "gold.jsonl")} == {"c"}


@pytest.fixture(scope="module")
def generated_c(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("evalset_c")
    return root, read_gold(generate(300, 11, root, inventory="c"))


def test_every_gold_unit_of_an_inventory_c_set_is_where_the_gold_says(
    generated_c: tuple[Path, list[dict[str, Any]]],
) -> None:
    _check_gold_units(*generated_c)
    _check_coverage(generated_c[1])


def test_inventory_c_shares_little_with_a_and_b(
    generated: tuple[Path, list[dict[str, Any]]],
    generated_b: tuple[Path, list[dict[str, Any]]],
    generated_c: tuple[Path, list[dict[str, Any]]],
) -> None:
    """Share of the c-set's noise lines whose text stands verbatim among the noise lines of the a-set,
    and of the b-set, of the same size and seed. Measured at 300 documents: 2.4% with a and 4.5%
    with b here (seed 11), 3.3% and 4.5% at seed 0, 3.6% and 5.1% at seed 1. What is shared is
    what every Indonesian page prints alike, not borrowed wording: close glyphs (`×`, `✕`), one-word
    section labels (`Ekonomi`, `Nasional`), generic ad labels (`Advertorial`, `Konten Bersponsor`),
    Instagram's own embed caption, WordPress's Indonesian comment form, `Salin Link`, reading times
    (`4 min read`), and table-of-contents items, whose text is the document's own heading (in HTML
    they extract as `- <heading>`). The 10% bound leaves room for that, as for b against a. Spam and
    placeholder lines, where the wording is everything, share at most one line in a hundred (one
    template token at seed 0, none here), hence the 2% bound; and c has no site in common with either."""
    lines_c = _noise_lines(generated_c[1])
    assert len(lines_c) > 1000
    worded = [t for c, t in lines_c if c in ("injected_spam", "placeholder")]
    assert len(worded) > 50
    sites_c = {d["site"] for d in generated_c[1]}
    for gold in (generated[1], generated_b[1]):
        texts = {t for _, t in _noise_lines(gold)}
        shared = sum(t in texts for _, t in lines_c)
        assert shared / len(lines_c) < 0.10, shared / len(lines_c)
        assert sum(t in texts for t in worded) / len(worded) < 0.02
        assert not sites_c & {d["site"] for d in gold}


def test_inventory_c_pages_to_reject_have_one_right_reason(
    generated_c: tuple[Path, list[dict[str, Any]]],
) -> None:
    """Spam, keyword-stuffed, link-list and number pages are well above the length of a too-short
    page (under 45 words), so that `too_short` is never an equally right reason for them."""
    for doc in generated_c[1]:
        if doc["reason"] in ("spam_page", "low_quality"):
            words = sum(len(re.findall(r"\w+", line["raw"])) for line in doc["lines"])
            assert words >= 60, (doc["source"], doc["variant"], words)


def test_run_eval_and_the_command_with_inventory_c(tmp_path: Path, settings: Settings) -> None:
    report = run_eval(12, 3, tmp_path / "w", settings, inventory="c")
    meta = json.loads((tmp_path / "w" / REPORT_FILE).read_text())["meta"]
    assert report.meta["inventory"] == meta["inventory"] == "c"
    assert meta["inventory_role"] == INVENTORY_ROLES["c"]
    assert report.noise_lines.total > 0 and report.failures.get("crash", []) == []
    result = CliRunner().invoke(app, ["eval", "--docs", "12", "--inventory", "c", "--show-failures", "0"])
    assert result.exit_code == 0, result.output
    assert "noise inventory c" in result.output


# --------------------------------------------------------------------------------------------------
# Inventory d: the held-out final check, written independently of a, b, c and the rules


def test_inventory_d_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    generate(40, 7, tmp_path / "a", inventory="d")
    generate(40, 7, tmp_path / "b", inventory="d")
    generate(40, 8, tmp_path / "c", inventory="d")
    generate(40, 7, tmp_path / "d", inventory="c")
    a, b, c, d = (_files(tmp_path / x) for x in "abcd")
    assert a == b
    assert a != c and a != d
    assert {g.get("inventory") for g in read_gold(tmp_path / "a" / "gold.jsonl")} == {"d"}


@pytest.fixture(scope="module")
def generated_d(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("evalset_d")
    return root, read_gold(generate(300, 11, root, inventory="d"))


def test_every_gold_unit_of_an_inventory_d_set_is_where_the_gold_says(
    generated_d: tuple[Path, list[dict[str, Any]]],
) -> None:
    _check_gold_units(*generated_d)
    _check_coverage(generated_d[1])
    traps = {t["kind"] for d in generated_d[1] for t in d["traps"]}
    assert {"read_also_prose", "pharma_news"} <= traps  # d words its own trap sentences


def test_inventory_d_shares_little_with_a_b_and_c(
    generated: tuple[Path, list[dict[str, Any]]],
    generated_b: tuple[Path, list[dict[str, Any]]],
    generated_c: tuple[Path, list[dict[str, Any]]],
    generated_d: tuple[Path, list[dict[str, Any]]],
) -> None:
    """Share of the d-set's noise lines whose text stands verbatim among the noise lines of the a-,
    b- and c-sets of the same size and seed. What is shared is what every Indonesian page prints
    alike (one-word ad and section labels, close glyphs, `Tutup`, TOC items, which are the
    document's own headings); spam and placeholder lines, where the wording is everything, share
    at most one in fifty; and d has no site in common with any of them."""
    lines_d = _noise_lines(generated_d[1])
    assert len(lines_d) > 1000
    worded = [t for c, t in lines_d if c in ("injected_spam", "placeholder")]
    assert len(worded) > 50
    sites_d = {d["site"] for d in generated_d[1]}
    for gold in (generated[1], generated_b[1], generated_c[1]):
        texts = {t for _, t in _noise_lines(gold)}
        shared = sum(t in texts for _, t in lines_d)
        assert shared / len(lines_d) < 0.10, shared / len(lines_d)
        assert sum(t in texts for t in worded) / len(worded) < 0.02
        assert not sites_d & {d["site"] for d in gold}


def test_inventory_d_pages_to_reject_have_one_right_reason(
    generated_d: tuple[Path, list[dict[str, Any]]],
) -> None:
    """Spam, keyword-stuffed, link-list and number pages are well above the length of a too-short
    page (under 45 words), so that `too_short` is never an equally right reason for them."""
    for doc in generated_d[1]:
        if doc["reason"] in ("spam_page", "low_quality"):
            words = sum(len(re.findall(r"\w+", line["raw"])) for line in doc["lines"])
            assert words >= 60, (doc["source"], doc["variant"], words)


def test_run_eval_and_the_command_with_inventory_d(tmp_path: Path, settings: Settings) -> None:
    report = run_eval(12, 3, tmp_path / "w", settings, inventory="d")
    meta = json.loads((tmp_path / "w" / REPORT_FILE).read_text())["meta"]
    assert report.meta["inventory"] == meta["inventory"] == "d"
    assert "held-out" in meta["inventory_role"]
    assert report.noise_lines.total > 0 and report.failures.get("crash", []) == []
    result = CliRunner().invoke(app, ["eval", "--docs", "12", "--inventory", "d", "--show-failures", "0"])
    assert result.exit_code == 0, result.output
    assert "noise inventory d" in result.output


# --------------------------------------------------------------------------------------------------
# The scorer on hand-made outputs

TITLE = "Sejarah Candi Borobudur dan Keunikannya"
P1 = "Candi ini dibangun pada abad kesembilan. Para ahli masih meneliti asal namanya."
P1_RAW = "Candi ini dibangun pada abad kesembilan. Para ahli slot gacor masih meneliti asal namanya."
TRAP = "Penerbangan dari Jakarta menuju Bandar Lampung kembali dibuka pada Senin."
ITEM = "Candi dikunjungi jutaan wisatawan setiap tahun"
LAST = "Borobudur adalah candi Buddha terbesar di dunia."


def _line(role: str, raw: str, expected: str | None = None) -> dict[str, Any]:
    return {"role": role, "raw": raw, "expected": expected if role != "noise" else None}


def _noise(
    line: int, category: str, text: str, kind: str = "line", host: str | None = None
) -> dict[str, Any]:
    unit = {"line": line, "category": category, "subkind": "x", "kind": kind, "text": text}
    return unit | ({"host": host} if host else {})


GOLD: list[dict[str, Any]] = [
    {
        "source": "a.txt",
        "decision": "keep",
        "reason": None,
        "variant": "article",
        "title": TITLE,
        "headings": ["Asal Usul Nama", "Penutup"],
        "lines": [
            _line("noise", "Nasional"),
            _line("title", TITLE, TITLE),
            _line("noise", "Baca Juga: Harga Cabai Naik Jelang Ramadan"),
            _line("noise", "Asal Usul Nama"),
            _line("heading", "Asal Usul Nama", "Asal Usul Nama"),
            _line("paragraph", P1_RAW, P1),
            _line("paragraph", TRAP, TRAP),
            _line("heading", "Penutup", "Penutup"),
            _line("list_item", f"- {ITEM}", ITEM),
            _line("paragraph", LAST, LAST),
            _line("noise", "ADVERTISEMENT"),
        ],
        "content": [
            "Candi ini dibangun pada abad kesembilan.",
            "Para ahli",
            "masih meneliti asal namanya.",
            TRAP,
            ITEM,
            LAST,
        ],
        "noise": [
            _noise(0, "boilerplate", "Nasional"),
            _noise(2, "boilerplate", "Baca Juga: Harga Cabai Naik Jelang Ramadan"),
            _noise(3, "duplicate_heading", "Asal Usul Nama"),
            _noise(5, "injected_spam", "slot gacor", "inline", P1),
            _noise(10, "boilerplate", "ADVERTISEMENT"),
        ],
        "traps": [
            {"line": 6, "kind": "bandar", "text": TRAP, "hosts": [TRAP]},
            {"line": 7, "kind": "short_heading", "text": "Penutup", "hosts": [], "heading": "Penutup"},
        ],
        "markup_noise": [{"subkind": "nav", "text": "Beranda"}],
    },
    {
        "source": "b.jsonl#1",
        "decision": "reject",
        "reason": "spam_page",
        "variant": "spam_page",
        "title": "SLOT GACOR HARI INI",
        "headings": [],
        "lines": [_line("title", "SLOT GACOR HARI INI", "SLOT GACOR HARI INI")],
        "content": [],
        "noise": [],
        "traps": [],
        "markup_noise": [],
    },
]
PERFECT = [TITLE, "Asal Usul Nama", P1, TRAP, "Penutup", f"- {ITEM}", LAST]


def _score(tmp_path: Path, a_lines: list[str] | None, b_kept: bool = False, a_reason: str = "low_quality"):
    out = tmp_path / "out"
    corpus = [{"source": "a.txt", "title": TITLE, "text": "\n".join(a_lines)}] if a_lines is not None else []
    rejected = (
        [] if a_lines is not None else [{"source": "a.txt", "reason": a_reason, "detail": "d", "text": ""}]
    )
    if b_kept:
        corpus.append({"source": "b.jsonl#1", "title": None, "text": "SLOT GACOR HARI INI\nDaftar sekarang"})
    else:
        rejected.append({"source": "b.jsonl#1", "reason": "spam_page", "detail": "spam", "text": ""})
    tables = {
        "corpus": pl.DataFrame(corpus, schema={"source": pl.String, "title": pl.String, "text": pl.String}),
        "rejected": pl.DataFrame(
            rejected,
            schema={"source": pl.String, "reason": pl.String, "detail": pl.String, "text": pl.String},
        ),
        "quarantine": pl.DataFrame([], schema={"source": pl.String, "error": pl.String, "detail": pl.String}),
    }
    for name, frame in tables.items():
        (out / name).mkdir(parents=True, exist_ok=True)
        frame.write_parquet(out / name / "part-0.parquet")
    return score(GOLD, out)


def test_a_perfect_output_scores_one_everywhere(tmp_path: Path) -> None:
    report = _score(tmp_path, PERFECT)
    assert (report.noise_lines.ok, report.noise_lines.total) == (4, 4)
    assert (report.inline.ok, report.inline.total) == (1, 1)
    assert (report.headings_once.ok, report.headings_once.total) == (1, 1)
    assert (report.content.ok, report.content.total) == (6, 6)
    assert (report.traps_removed, report.traps.total) == (0, 2)
    assert (report.decisions.ok, report.decisions.total) == (2, 2)
    assert (report.must_reject.ok, report.must_reject.total) == (1, 1)
    assert report.false_rejections == 0 and report.unexplained_lines == 0
    assert report.markup_noise.value == 1.0
    assert all(report.passed(name) for name in ("noise_lines_removed", "content_kept", "traps_removed"))
    assert not any(report.failures.values())


def test_one_kept_noise_line_is_one_miss(tmp_path: Path) -> None:
    report = _score(tmp_path, [*PERFECT, "ADVERTISEMENT"])
    assert (report.noise_lines.ok, report.noise_lines.total) == (3, 4)
    assert report.noise_lines_by_category["boilerplate"].ok == 2
    assert report.content.value == report.inline.value == report.headings_once.value == 1.0
    assert report.failures["noise_line:boilerplate"][0]["unit"] == "ADVERTISEMENT"


def test_a_noise_line_cut_down_to_part_of_it_still_survives(tmp_path: Path) -> None:
    report = _score(tmp_path, [*PERFECT[:2], "Harga Cabai Naik Jelang Ramadan", *PERFECT[2:]])
    assert (report.noise_lines.ok, report.noise_lines.total) == (3, 4)
    assert report.content.value == 1.0


def test_one_dropped_sentence_is_one_lost_unit(tmp_path: Path) -> None:
    report = _score(tmp_path, PERFECT[:-1])
    assert (report.content.ok, report.content.total) == (5, 6)
    assert report.noise_lines.value == report.inline.value == report.headings_once.value == 1.0
    assert report.traps_removed == 0
    assert report.failures["content_lost"][0]["unit"] == LAST


def test_a_duplicated_heading_fails_the_document_s_headings(tmp_path: Path) -> None:
    report = _score(tmp_path, [*PERFECT, "Penutup"])
    assert (report.headings_once.ok, report.headings_once.total) == (0, 1)
    assert report.noise_lines.value == report.content.value == 1.0
    assert "'Penutup' x2" in report.failures["title_and_headings"][0]["problems"]
    # A heading the gold has a noise copy of: the copy survived too.
    report = _score(tmp_path, [TITLE, "Asal Usul Nama", "Asal Usul Nama", *PERFECT[2:]])
    assert (report.headings_once.ok, report.noise_lines.ok) == (0, 3)


def test_a_title_that_is_not_first_fails(tmp_path: Path) -> None:
    report = _score(tmp_path, ["Nasional", *PERFECT])
    assert report.headings_once.ok == 0
    assert report.noise_lines.ok == 3


def test_a_removed_trap_is_counted_and_listed(tmp_path: Path) -> None:
    report = _score(tmp_path, [line for line in PERFECT if line != TRAP])
    assert report.traps_removed == 1
    assert report.traps_by_kind["bandar"].ok == 0
    assert (report.content.ok, report.content.total) == (5, 6)
    assert report.failures["trap_removed"][0]["kind"] == "bandar"


def test_inline_noise_left_in_its_line(tmp_path: Path) -> None:
    report = _score(tmp_path, [line if line != P1 else P1_RAW for line in PERFECT])
    assert (report.inline.ok, report.inline.total) == (0, 1)
    assert report.content.value == report.noise_lines.value == 1.0
    # Half of the span left is still noise left.
    half = P1_RAW.replace("slot gacor", "gacor")
    assert _score(tmp_path, [line if line != P1 else half for line in PERFECT]).inline.ok == 0


def test_decisions(tmp_path: Path) -> None:
    report = _score(tmp_path, PERFECT, b_kept=True)
    assert (report.must_reject.ok, report.decisions.ok) == (0, 1)
    assert report.confusion[("spam_page", "keep")] == 1
    report = _score(tmp_path, None)
    assert report.false_rejections == 1
    assert (report.content.ok, report.content.total) == (0, 6)
    assert report.traps_removed == 2
    assert report.headings_once.total == 0 and report.noise_lines.total == 0
    assert report.confusion[("keep", "low_quality")] == 1


# --------------------------------------------------------------------------------------------------
# End to end


def test_run_eval_and_the_command(tmp_path: Path, settings: Settings) -> None:
    report = run_eval(24, 3, tmp_path / "w", settings)
    assert report.n_docs == 24
    assert (tmp_path / "w" / REPORT_FILE).is_file()
    assert report.content.total > 0 and report.noise_lines.total > 0
    assert report.failures.get("crash", []) == []
    result = CliRunner().invoke(app, ["eval", "--docs", "12", "--seed", "5", "--show-failures", "1"])
    assert result.exit_code == 0, result.output
    assert "noise lines removed" in result.output and "must-reject" in result.output


def test_run_eval_and_the_command_with_inventory_b(tmp_path: Path, settings: Settings) -> None:
    report = run_eval(12, 3, tmp_path / "w", settings, inventory="b")
    assert report.meta["inventory"] == "b"
    assert json.loads((tmp_path / "w" / REPORT_FILE).read_text())["meta"]["inventory"] == "b"
    assert report.noise_lines.total > 0
    result = CliRunner().invoke(app, ["eval", "--docs", "12", "--inventory", "b", "--show-failures", "0"])
    assert result.exit_code == 0, result.output
    assert "noise inventory b" in result.output
    result = CliRunner().invoke(app, ["eval", "--docs", "12", "--inventory", "z"])
    assert result.exit_code == 2
