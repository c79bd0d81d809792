"""The learned line model: what it flags with the packaged weights, the lines it never flags, how its
flags combine with the lexicon rules', its weights file, and its trainer."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pytest

from evaluation.line_model import Dataset, chrome_leading_words, gold_labels, train
from pipeline.config import Settings, config_hash
from pipeline.normalise import normalise_text
from pipeline.page import analyse_page
from pipeline.rules import Ruleset
from pipeline.rules.line_model import (
    BIAS,
    CLASSES,
    Lexicon,
    detect_boilerplate_lines,
    page_line_features,
    read_weights,
    write_weights,
)
from tests.helpers import flagged

ENABLED = {"rules": {"overrides": {"line_model": {"enabled": True}}}}

PARAGRAPHS = [
    "Pemerintah kota menyiapkan anggaran tambahan untuk memperbaiki saluran air di kawasan padat penduduk.",
    "Menurut kepala dinas, pekerjaan dimulai bulan depan dan ditargetkan selesai sebelum musim hujan tiba.",
    "Warga berharap perbaikan itu mengurangi genangan yang selama ini mengganggu aktivitas sehari-hari.",
]


def page_text(
    head: list[str], tail: list[str], title: str = "Kota Siapkan Dana Perbaikan Saluran Air"
) -> str:
    return "\n\n".join([*head, title, *PARAGRAPHS, *tail])


def model_flags(text: str, model: Lexicon) -> list[str]:
    page = analyse_page(normalise_text(text))
    return [page.text[s:e] for s, e, _ in detect_boilerplate_lines(page, model)]


@pytest.fixture(scope="module")
def packaged() -> Lexicon:
    return Lexicon.from_data({"enabled": True})


def test_on_by_default_and_off_with_enabled_false() -> None:
    def model(settings: Settings) -> Lexicon:
        return next(
            lex
            for rule, lex in Ruleset.from_settings(settings).rules
            if rule.id == "boilerplate.line_model.v1"
        )

    assert model(Settings()).enabled
    assert not model(Settings(rules={"overrides": {"line_model": {"enabled": False}}})).enabled
    # keys a settings file leaves out stand at the packaged file's values
    assert Lexicon.from_data({}) == model(Settings())
    stricter = model(Settings(rules={"overrides": {"line_model": {"threshold": 0.95}}}))
    assert (stricter.threshold, stricter.heading_threshold) == (0.95, model(Settings()).heading_threshold)


@pytest.mark.parametrize(
    "chrome",
    [
        # Chrome lines, the model alone (the lexicon rules know some of these wordings too).
        "Bagikan artikel ini ke teman Anda",
        "Dilihat 1.245 kali",
        "Penyunting: Ratna Wulandari",
        "Diperbarui 14 Maret 2024, 09:12 WIB",
        "Tonton juga video pilihan kami",
    ],
)
def test_packaged_weights_flag_chrome_and_leave_the_article(chrome: str, packaged: Lexicon) -> None:
    text = page_text([], [chrome])
    assert model_flags(text, packaged) == [chrome]


def test_packaged_weights_leave_an_article_alone(packaged: Lexicon) -> None:
    text = page_text([], [], "Warga Kampung Nelayan Gotong Royong Bersihkan Pantai")
    text += "\n\nDampak bagi Nelayan\n\nHasil tangkapan nelayan disebut meningkat setelah pantai dibersihkan."
    assert model_flags(text, packaged) == []


# --- guards, with weights that call every line holding `zzchrome` chrome ---------------------------------


def chrome_word_weights(tmp_path: Path, *chrome_words: str) -> str:
    """A weights file that calls a line holding any of `chrome_words` boilerplate, any other content."""
    path = tmp_path / "weights.tsv"
    write_weights(path, {BIAS: (-5.0, -9.0, -9.0), **{f"w={w}": (20.0, 0.0, 0.0) for w in chrome_words}})
    return str(path)


@pytest.fixture
def chrome_word_model(tmp_path: Path) -> Lexicon:
    return Lexicon.from_data(
        {"enabled": True, "weights": chrome_word_weights(tmp_path, "zzchrome"), "threshold": 0.9}
    )


def test_a_line_with_the_feature_is_flagged(chrome_word_model: Lexicon) -> None:
    assert model_flags(page_text([], ["zzchrome satu dua"]), chrome_word_model) == ["zzchrome satu dua"]
    assert model_flags(page_text([], []), chrome_word_model) == []


def test_never_the_title(chrome_word_model: Lexicon) -> None:
    assert model_flags(page_text([], [], "Zzchrome Jadi Judul Berita Hari Ini"), chrome_word_model) == []


def test_never_a_heading_with_copies_on_the_page(chrome_word_model: Lexicon) -> None:
    text = page_text([], ["Zzchrome Bagian Kedua", PARAGRAPHS[0] + " Lagi.", "Zzchrome Bagian Kedua"])
    assert model_flags(text, chrome_word_model) == []


def test_never_a_row_of_a_table(chrome_word_model: Lexicon) -> None:
    table = ["Aspek | Zzchrome Gempa | Pandemi |", "---|---|---|", "Bantuan | Evakuasi | Vaksin |"]
    assert model_flags(page_text([], ["\n".join(table)]), chrome_word_model) == []
    # A bar of links between pipes on a line of its own is no table.
    assert model_flags(page_text([], ["Zzchrome | Berita | Daerah"]), chrome_word_model) == [
        "Zzchrome | Berita | Daerah"
    ]


def test_never_a_line_longer_than_max_words(chrome_word_model: Lexicon) -> None:
    long_line = "zzchrome " + " ".join(["kata"] * 45) + "."
    assert model_flags(page_text([], [long_line]), chrome_word_model) == []


def test_only_in_the_zones_given(tmp_path: Path) -> None:
    text = page_text(["zzchrome atas"], ["zzchrome bawah"])
    weights = chrome_word_weights(tmp_path, "zzchrome")
    head_only = Lexicon.from_data({"enabled": True, "weights": weights, "zones": ["head"]})
    assert model_flags(text, head_only) == ["zzchrome atas"]


def test_a_verdict_on_one_word_alone_is_dropped_with_one_word_threshold(tmp_path: Path) -> None:
    path = chrome_word_weights(tmp_path, "zzchrome", "yychrome")
    lines = ["zzchrome satu dua", "zzchrome yychrome tiga"]
    plain = Lexicon.from_data({"enabled": True, "weights": path})
    assert model_flags(page_text([], lines), plain) == lines
    robust = Lexicon.from_data({"enabled": True, "weights": path, "one_word_threshold": 0.5})
    assert model_flags(page_text([], lines), robust) == ["zzchrome yychrome tiga"]


def test_the_rest_of_a_line_a_rule_cut_part_of_is_flagged_unless_it_is_prose(tmp_path: Path) -> None:
    weights = chrome_word_weights(tmp_path, "zzchrome")
    settings = Settings(rules={"overrides": {"line_model": {"enabled": True, "weights": weights}}})
    ruleset = Ruleset.from_settings(settings)
    # A caption line whose embed marker a rule cuts: the model takes the rest of the line too.
    caption = "Zzchrome Bersama Warga [Gambas:Video 20detik]"
    # A paragraph whose closing code a rule cuts: the paragraph stays.
    prose = (
        "Petugas zzchrome memeriksa saluran air di kawasan padat penduduk sejak pagi hari "
        "dan menemukan banyak sampah plastik yang menyumbat aliran air. (oca/mef)"
    )
    page = analyse_page(normalise_text(page_text([], [caption, prose])))
    flags = [(f.rule, page.text[f.start : f.end]) for f in ruleset.detect(page)]
    assert ("boilerplate.media_marker.v1", "[Gambas:Video 20detik]") in flags
    assert ("boilerplate.line_model.v1", caption) in flags
    assert ("boilerplate.end_code.v1", "(oca/mef)") in flags
    assert not any(rule == "boilerplate.line_model.v1" and "Petugas" in text for rule, text in flags)


def test_a_flag_stands_only_on_a_page_where_the_rules_found_noise_of_its_kind(tmp_path: Path) -> None:
    weights = chrome_word_weights(tmp_path, "zzchrome")

    def model_lines(text: str, **override: object) -> list[str]:
        settings = Settings(
            rules={"overrides": {"line_model": {"enabled": True, "weights": weights, **override}}}
        )
        return flagged(text, Ruleset.from_settings(settings), "boilerplate.line_model")

    alone = page_text([], ["zzchrome saja"])
    # The lexicon rules find no chrome on the page: it is taken for clean, the look-alike stays.
    assert model_lines(alone) == []
    # With a chrome line they know, the page is one that carries chrome: the model's line goes too.
    assert model_lines(
        page_text([], ["Baca Juga: Harga Cabai Naik Lagi di Pasar Induk", "zzchrome saja"])
    ) == ["zzchrome saja"]
    # Spam found on the page is no support for a boilerplate verdict.
    assert model_lines(page_text([], ["zzchrome saja", "Daftar sekarang di situs slot gacor Petir88!"])) == []
    # `page_support = 0` lets the model flag on any page.
    assert model_lines(alone, page_support=0) == ["zzchrome saja"]


def test_a_line_a_lexicon_rule_flags_is_not_flagged_again(tmp_path: Path) -> None:
    weights = chrome_word_weights(tmp_path, "baca", "zzchrome")
    settings = Settings(rules={"overrides": {"line_model": {"enabled": True, "weights": weights}}})
    ruleset = Ruleset.from_settings(settings)
    text = page_text([], ["Baca Juga: Harga Cabai Naik Lagi di Pasar Induk", "zzchrome saja"])
    page = analyse_page(normalise_text(text))
    by_line: dict[str, list[str]] = {}
    for flag in ruleset.detect(page):
        by_line.setdefault(page.text[flag.start : flag.end], []).append(flag.rule)
    related = by_line["Baca Juga: Harga Cabai Naik Lagi di Pasar Induk"]
    assert related and not any("line_model" in rule for rule in related)
    assert by_line["zzchrome saja"] == ["boilerplate.line_model.v1"]


# --- the weights file --------------------------------------------------------------------------------------


def test_weights_round_trip_and_write_the_same_bytes(tmp_path: Path) -> None:
    weights = {BIAS: (-1.5, -3.25, -4.0), "w=iklan": (2.123456, 0.0, -0.5), "first=baca": (3.0, 0.1, 0.2)}
    one, two = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_weights(one, weights)
    write_weights(two, dict(reversed(list(weights.items()))))
    assert one.read_bytes() == two.read_bytes()
    back = read_weights(one)
    assert back.keys() == weights.keys()
    assert back["w=iklan"] == (2.123, 0.0, -0.5)


def test_weights_with_other_classes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("feature\tboilerplate\tspam\n__bias__\t0\t0\n")
    with pytest.raises(ValueError, match="expected the classes"):
        read_weights(path)


def test_other_weights_give_another_config_hash(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    write_weights(path, {BIAS: (-1.0, -1.0, -1.0)})
    settings = Settings(rules={"overrides": {"line_model": {"weights": str(path)}}})
    before = config_hash(settings)
    write_weights(path, {BIAS: (-2.0, -1.0, -1.0)})
    assert config_hash(settings) != before


# --- the trainer ---------------------------------------------------------------------------------------


def test_train_separates_what_the_labels_separate() -> None:
    lines = [((BIAS, "w=iklan", "nw=1"), "boilerplate")] * 30
    lines += [((BIAS, "w=slot", "w=gacor"), "injected_spam")] * 20
    lines += [((BIAS, "w=harga", "w=naik", "nw=8"), "content")] * 60
    weights = train(Dataset.from_lines(lines), epochs=200, rate=0.1)
    model = Lexicon(True, weights, 0.9, 0.9, 0.0, 40, frozenset())
    assert np.argmax(model.probabilities(["w=iklan", BIAS, "nw=1"])) == CLASSES.index("boilerplate")
    assert np.argmax(model.probabilities(["w=slot", "w=gacor", BIAS])) == CLASSES.index("injected_spam")
    assert model.probabilities([BIAS, "w=harga", "w=naik", "nw=8"])[0] > 0.9


def test_gold_labels_leave_out_heading_copies_and_ambiguous_lines() -> None:
    doc = {
        "lines": [
            {"role": "title", "raw": "Harga Cabai Naik"},
            {"role": "noise", "raw": "Baca juga: Banjir di Demak"},
            {"role": "heading", "raw": "Penyebab Kenaikan"},
            {"role": "noise", "raw": "Penyebab Kenaikan"},
            {"role": "paragraph", "raw": "Harga cabai naik karena pasokan berkurang."},
            {"role": "noise", "raw": "Daftar Isi"},
        ],
        "noise": [
            {"line": 1, "kind": "line", "category": "boilerplate"},
            {"line": 3, "kind": "line", "category": "duplicate_heading"},
            {"line": 5, "kind": "line", "category": "table_of_contents"},
        ],
    }
    assert gold_labels(doc) == {
        "harga cabai naik": "content",
        "baca juga banjir di demak": "boilerplate",
        "harga cabai naik karena pasokan berkurang": "content",
    }


def test_chrome_leading_words_are_those_that_open_noise_far_more_than_content() -> None:
    lines = [((BIAS, "first=iklan"), "boilerplate")] * 12 + [((BIAS, "first=iklan"), "content")]
    lines += [((BIAS, "first=harga"), "boilerplate")] * 12 + [((BIAS, "first=harga"), "content")] * 12
    lines += [((BIAS, "first=tag"), "boilerplate")] * 3
    assert chrome_leading_words(lines) == frozenset({"iklan"})


def test_features_are_those_the_model_was_trained_on(packaged: Lexicon) -> None:
    """Every kind of feature the page gives a line has weights in the packaged file."""
    page = analyse_page(normalise_text(page_text(["Penyunting: Ratna Wulandari"], [])))
    kinds = {f.split("=")[0] for _, feats in page_line_features(page) for f in feats}
    trained = {f.split("=")[0] for f in packaged.weights}
    assert kinds <= trained
