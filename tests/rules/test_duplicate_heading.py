"""Duplicate headings: copies of the title and SEO headings repeated before every section are flagged;
headings that only share words with the title, and subheadings each section repeats, are not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Harga Emas Antam Hari Ini Naik Rp 5.000 per Gram"
P1 = "Harga emas batangan Antam di Butik Emas Logam Mulia Pulogadung naik menjadi Rp 1.135.000 per gram."
P2 = "Harga pembelian kembali atau buyback juga naik Rp 5.000 menjadi Rp 1.012.000 per gram."
P3 = "Analis memperkirakan harga emas masih akan bergerak naik menjelang keputusan suku bunga The Fed."


# --- title repeats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "copies"),
    [
        # Printed three times with chrome between the copies.
        (
            f"{TITLE}\n\n{TITLE}\nKamis, 12 Januari 2024 10:15 WIB\n{TITLE}\n{P1}\n{P2}",
            [TITLE, TITLE],
        ),
        # The `<title>` copy with the site's name after it, in the page's head.
        (f"{TITLE}\n{TITLE} | Kompas.com\n\n{P1}\n{P2}", [f"{TITLE} | Kompas.com"]),
        (f"{TITLE}\n{TITLE} - detikFinance\n\n{P1}\n{P2}", [f"{TITLE} - detikFinance"]),
        # A bulleted copy (a related-links list at the foot of the page repeats it).
        (f"{TITLE}\n\n{P1}\n{P2}\n\n- {TITLE}\n- Harga Perak Turun Tipis", [f"- {TITLE}"]),
        # Printed again after the article, in other capitals and punctuation.
        (f"{TITLE}\n\n{P1}\n{P2}\n\n{TITLE.upper()}.", [f"{TITLE.upper()}."]),
    ],
)
def test_title_repeat_flagged(text: str, copies: list[str], ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(text, ruleset, "duplicate_heading.title_repeat") == copies
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text.split("\n")[0] == TITLE
    assert result.text.lower().count(TITLE.lower()) == 1


def test_title_repeat_exact_cleaned_text(ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{TITLE}\n{TITLE} | Kompas.com\n\n{P1}\n{P2}\n\n{TITLE}\n{P3}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{P1}\n{P2}\n\n{P3}"


def test_title_repeat_follows_the_declared_title(ruleset: Ruleset) -> None:
    # Two candidate lines, each printed twice; the HTML <h1> says which one is the title.
    text = f"Ekonomi Bisnis Hari Ini\n{TITLE}\nEkonomi Bisnis Hari Ini\n{TITLE}\n{P1}"
    assert flagged(text, ruleset, "duplicate_heading.title_repeat", title_hint=TITLE) == [TITLE]


@pytest.mark.parametrize(
    "heading",
    [
        # Headings that share words with the title.
        "Harga Emas Antam di Pegadaian",
        "Harga Emas Antam Hari Ini",
        "Tips Membeli Emas Antam Hari Ini",
        # The title with more words, but below the head: a section heading, not a copy.
        f"{TITLE} dan Harga Buyback",
    ],
)
def test_title_repeat_leaves_headings_sharing_words(heading: str, ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\n{P1}\n{heading}\n{P2}\n{P3}"
    assert flagged(text, ruleset) == []


def test_title_repeat_leaves_the_title_inside_a_sentence(ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\n{P1}\nBerita berjudul {TITLE} menjadi yang paling banyak dibaca pagi ini.\n{P2}"
    assert flagged(text, ruleset) == []


# --- repeated headings -----------------------------------------------------------------------------

SEO_TITLE = "Panduan Lengkap Investasi Emas untuk Pemula"


def test_repeated_heading_flagged_from_its_second_copy(ruleset: Ruleset, settings: Settings) -> None:
    keyword = "Panduan Lengkap Investasi Emas"
    text = (
        f"{SEO_TITLE}\n\n{P1}\n"
        f"{keyword}\n{P2}\n"
        "Memilih Tempat Membeli Emas\n"
        f"{P3}\n"
        f"{keyword}\n"
        "Emas perhiasan kurang cocok untuk investasi karena ada ongkos pembuatan yang tidak kembali.\n"
        "Menyimpan Emas dengan Aman\n"
        "Simpan emas batangan di safe deposit box bank atau brankas tahan api di rumah.\n"
        f"{keyword}\n"
        "Investasi emas sebaiknya dilakukan untuk jangka panjang, minimal lima tahun."
    )
    assert flagged(text, ruleset, "duplicate_heading.repeated_heading") == [keyword, keyword]
    result = clean(text, ruleset, settings).text
    assert result.count(keyword + "\n") == 1
    assert "Memilih Tempat Membeli Emas" in result and "Menyimpan Emas dengan Aman" in result


def test_repeated_short_heading_flagged_from_three_copies(ruleset: Ruleset) -> None:
    text = (
        "Tips Hemat Listrik di Rumah\n\n"
        f"{P1}\nTips Hemat\n{P2}\nTips Hemat\n{P3}\nTips Hemat\n"
        "Cabut pengisi daya ponsel dari stopkontak setelah baterai penuh."
    )
    assert flagged(text, ruleset, "duplicate_heading.repeated_heading") == ["Tips Hemat", "Tips Hemat"]


def test_repeated_heading_without_title_flagged(ruleset: Ruleset) -> None:
    text = f"{P1}\nInvestasi Emas Batangan Antam\n{P2}\nInvestasi Emas Batangan Antam\n{P3}"
    assert flagged(text, ruleset, "duplicate_heading.repeated_heading") == ["Investasi Emas Batangan Antam"]


def test_repeated_heading_leaves_two_short_headings(ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\nPenutup\n{P1}\nPenutup\n{P2}\nKesimpulan\n{P3}"
    assert flagged(text, ruleset) == []


def test_repeated_heading_leaves_repeated_list_items(ruleset: Ruleset) -> None:
    text = (
        "Jadwal Latihan Lari untuk Pemula\n\n"
        "Program ini disusun untuk pelari pemula yang ingin menyelesaikan lomba lari 5 kilometer.\n"
        "- Lari ringan 20 menit\n- Istirahat total\n- Lari ringan 20 menit\n- Istirahat total\n"
        "Setelah empat pekan, tambahkan durasi lari menjadi 30 menit setiap sesi."
    )
    assert flagged(text, ruleset) == []


def test_repeated_heading_leaves_subheadings_every_section_repeats(ruleset: Ruleset) -> None:
    text = (
        "Samsung Galaxy A55 vs Xiaomi 14T: Mana yang Lebih Layak Dibeli?\n\n"
        "Dua ponsel kelas menengah ini sama-sama dibanderol sekitar enam juta rupiah.\n"
        "Samsung Galaxy A55\n"
        "Galaxy A55 hadir dengan rangka aluminium dan sertifikasi tahan air IP67.\n"
        "Kelebihan dan Kekurangan\n"
        "Layarnya terang dan pembaruan perangkat lunak dijanjikan empat tahun, tetapi pengisian "
        "dayanya lambat.\n"
        "Xiaomi 14T\n"
        "Xiaomi 14T mengandalkan kamera Leica dan cip MediaTek Dimensity 8300 Ultra.\n"
        "Kelebihan dan Kekurangan\n"
        "Pengisian dayanya sangat cepat, tetapi bodinya masih berbahan plastik.\n"
        "Penutup\n"
        "Pilih Galaxy A55 untuk dukungan jangka panjang dan Xiaomi 14T untuk kamera serta performa."
    )
    assert flagged(text, ruleset) == []
