"""Keyword stuffing: the page's SEO keyword (its title or a part of it) glued before a paragraph or
after a heading is flagged; headings that are or share the title's words, and sentences that merely
start with the same words, are not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Cara Menanam Cabai di Pot agar Cepat Berbuah"
PARA = "Menanam cabai di pot cocok bagi warga perkotaan yang tidak memiliki lahan luas di rumah."
SECTION = "Siram tanaman setiap pagi dan beri pupuk NPK dua minggu sekali agar bunganya tidak rontok."


@pytest.mark.parametrize(
    ("glued", "separator"),
    [
        ("Cara menanam cabai di pot agar cepat berbuah", " - "),
        ("Cara menanam cabai di pot agar cepat berbuah", " – "),
        ("cara menanam cabai di pot agar cepat berbuah", " — "),
        ("CARA MENANAM CABAI DI POT AGAR CEPAT BERBUAH", ": "),
        ("Cara Menanam Cabai di Pot agar Cepat Berbuah", " | "),
    ],
)
def test_keyword_before_a_paragraph_flagged(
    glued: str, separator: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{glued}{separator}{PARA}\nPerawatan Harian\n{SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [glued + separator]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{PARA}\nPerawatan Harian\n{SECTION}"


@pytest.mark.parametrize(
    ("heading", "separator", "glued"),
    [
        ("Memilih Benih yang Unggul", ", ", "Cara Menanam Cabai di Pot agar Cepat Berbuah"),
        ("Memilih Benih yang Unggul", ", ", "cara menanam cabai di pot agar cepat berbuah"),
        ("Perawatan Harian", " - ", "Cara Menanam Cabai di Pot agar Cepat Berbuah"),
        ("Perawatan Harian", " | ", "Cara Menanam Cabai di Pot agar Cepat Berbuah"),
    ],
)
def test_keyword_after_a_heading_flagged(
    heading: str, separator: str, glued: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{PARA}\n{heading}{separator}{glued}\n{SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [separator.rstrip() + " " + glued]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{PARA}\n{heading}\n{SECTION}"


def test_a_part_of_the_title_is_a_keyword(ruleset: Ruleset, settings: Settings) -> None:
    title = "Resep Rendang Daging Sapi Khas Padang: Empuk dan Bumbunya Meresap"
    text = (
        f"{title}\n\n"
        "Resep rendang daging sapi khas Padang – Rendang adalah masakan Minangkabau yang dimasak "
        "berjam-jam dengan santan.\n"
        "Bahan-Bahan yang Dibutuhkan, Resep Rendang Daging Sapi Khas Padang\n"
        "Siapkan satu kilogram daging sapi bagian paha dan dua liter santan kental."
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [
        "Resep rendang daging sapi khas Padang – ",
        ", Resep Rendang Daging Sapi Khas Padang",
    ]
    assert clean(text, ruleset, settings).text == (
        f"{title}\n\n"
        "Rendang adalah masakan Minangkabau yang dimasak berjam-jam dengan santan.\n"
        "Bahan-Bahan yang Dibutuhkan\n"
        "Siapkan satu kilogram daging sapi bagian paha dan dua liter santan kental."
    )


def test_the_declared_title_is_a_keyword_source(ruleset: Ruleset) -> None:
    # The page prints a shortened title; the <h1> (title hint) carries the full SEO keyword.
    hint = "Review HP Terbaik 2024: Samsung Galaxy A55 vs Xiaomi 14T"
    text = (
        "Samsung Galaxy A55 vs Xiaomi 14T\n\n"
        "Review HP terbaik 2024 – Kali ini kami membandingkan dua ponsel kelas menengah yang laris.\n"
        "Desain dan Layar — Review HP Terbaik 2024\n"
        "Keduanya memakai layar AMOLED 120 Hz dengan kecerahan puncak di atas 1.000 nit."
    )
    assert flagged(text, ruleset, "keyword_stuffing", title_hint=hint) == [
        "Review HP terbaik 2024 – ",
        " — Review HP Terbaik 2024",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Headings that are a part of the title or share its words.
        f"{TITLE}\n\n{PARA}\nCara Menanam Cabai di Pot\n{SECTION}",
        f"{TITLE}\n\n{PARA}\nMenanam Cabai di Pot untuk Pemula\n{SECTION}",
        f"{TITLE}\n\n{PARA}\nHama yang Sering Menyerang Cabai di Pot\n{SECTION}",
        # A sentence that starts with the keyword's words, without a separator gluing them.
        f"{TITLE}\n\nCara menanam cabai di pot agar cepat berbuah sangat mudah dilakukan.\n{SECTION}",
        # A short title gives no keyword: `Menanam Cabai` is too common to be one.
        "Menanam Cabai\n\nMenanam cabai - kegiatan yang digemari warga kota - tidak sulit.\n"
        "Perawatan, Menanam Cabai",
    ],
)
def test_keyword_stuffing_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "keyword_stuffing") == []
