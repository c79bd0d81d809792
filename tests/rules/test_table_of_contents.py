"""Tables of contents: a list (bulleted or numbered, with or without a `Daftar Isi` label) whose items
mirror the headings below it goes, and the headings stay exactly once; real lists stay."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Panduan Lengkap Merawat Tanaman Cabai di Pot"
SECTIONS = {
    "Memilih Benih Cabai": "Pilih benih dari varietas unggul seperti cabai rawit dewata yang tahan penyakit.",
    "Menyiapkan Media Tanam": "Campurkan tanah, pupuk kandang, dan sekam bakar dengan takaran yang sama.",
    "Penyiraman dan Pemupukan": "Siram tanaman setiap pagi dan beri pupuk NPK dua minggu sekali.",
    "Penutup": "Dengan perawatan yang tepat, cabai di pot bisa dipanen setelah tiga bulan.",
}
INTRO = "Menanam cabai di pot cocok bagi warga perkotaan yang tidak memiliki lahan luas di rumah."


def body(numbered: bool = False) -> str:
    """The article's sections: each heading followed by its paragraph."""
    return "\n".join(
        f"{f'{i}. ' if numbered else ''}{heading}\n{paragraph}"
        for i, (heading, paragraph) in enumerate(SECTIONS.items(), start=1)
    )


def toc(marker: str) -> list[str]:
    return [f"{marker.format(i=i)} {heading}" for i, heading in enumerate(SECTIONS, start=1)]


def test_numbered_toc_with_label_disappears_and_headings_stay_once(
    ruleset: Ruleset, settings: Settings
) -> None:
    items = toc("{i}.")
    text = f"{TITLE}\n\nDaftar Isi\n" + "\n".join(items) + f"\n\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["Daftar Isi", *items]
    assert flagged(text, ruleset) == ["Daftar Isi", *items]  # nothing else on the page is noise
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{INTRO}\n{body()}"
    for heading in SECTIONS:
        assert result.text.count(heading) == 1


@pytest.mark.parametrize(
    ("label", "marker"),
    [
        (None, "-"),
        (None, "•"),
        ("Daftar Isi", "-"),
        ("Daftar Isi [Tampilkan]", "-"),
        ("DAFTAR ISI", "{i})"),
        ("Isi Artikel", "{i}."),
        ("Table of Contents", "*"),
    ],
)
def test_toc_flagged_in_any_form(
    label: str | None, marker: str, ruleset: Ruleset, settings: Settings
) -> None:
    items = toc(marker)
    head = ([label] if label else []) + items
    # The TOC stands right after the title, before the first section heading (no intro paragraph).
    text = f"{TITLE}\n\n" + "\n".join(head) + f"\n\n{body()}"
    assert flagged(text, ruleset) == head
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{body()}"


def test_toc_flagged_when_the_headings_below_are_numbered_too(ruleset: Ruleset, settings: Settings) -> None:
    items = toc("{i}.")
    text = f"{TITLE}\n\nDaftar Isi\n" + "\n".join(items) + f"\n\n{body(numbered=True)}"
    assert flagged(text, ruleset) == ["Daftar Isi", *items]
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{body(numbered=True)}"


def test_wikipedia_style_toc_flagged(ruleset: Ruleset, settings: Settings) -> None:
    text = (
        "Candi Prambanan\n\n"
        "Daftar isi\n1 Sejarah\n2 Arsitektur\n2.1 Candi Utama\n3 Pariwisata\n\n"
        "Sejarah\nCandi Prambanan dibangun pada abad ke-9 pada masa Kerajaan Mataram Kuno.\n"
        "Arsitektur\nKompleks candi ini terdiri atas 240 candi yang tersusun dalam tiga halaman.\n"
        "Candi Utama\nCandi Siwa setinggi 47 meter menjadi bangunan tertinggi di kompleks ini.\n"
        "Pariwisata\nCandi Prambanan dikunjungi lebih dari dua juta wisatawan setiap tahun."
    )
    toc_lines = ["Daftar isi", "1 Sejarah", "2 Arsitektur", "2.1 Candi Utama", "3 Pariwisata"]
    assert flagged(text, ruleset) == toc_lines
    result = clean(text, ruleset, settings)
    assert result.title == "Candi Prambanan"
    assert not any(line in result.text.split("\n") for line in toc_lines)
    assert result.text.split("\n")[2:4] == [
        "Sejarah",
        "Candi Prambanan dibangun pada abad ke-9 pada masa Kerajaan Mataram Kuno.",
    ]


def test_toc_flagged_when_a_heading_below_carries_a_glued_keyword(ruleset: Ruleset) -> None:
    items = toc("-")
    sections = body().replace(
        "Menyiapkan Media Tanam\n", "Menyiapkan Media Tanam, cara merawat cabai di pot\n"
    )
    text = f"{TITLE}\n\n" + "\n".join(items) + f"\n{INTRO}\n{sections}"
    assert flagged(text, ruleset, "table_of_contents") == items


@pytest.mark.parametrize(
    "text",
    [
        # A real bullet list: key points whose items are not headings of the page.
        (
            "Pemerintah Naikkan Harga Eceran Tertinggi Beras Medium\n\n"
            "Badan Pangan Nasional resmi menaikkan harga eceran tertinggi beras mulai pekan depan.\n"
            "Poin penting kebijakan ini:\n"
            "- Harga beras medium naik menjadi Rp 12.500 per kilogram\n"
            "- Harga beras premium naik menjadi Rp 14.900 per kilogram\n"
            "- Kebijakan berlaku di seluruh zona wilayah\n"
            "Latar Belakang Kebijakan\n"
            "Kenaikan ini dipicu naiknya biaya produksi gabah di tingkat petani.\n"
            "Tanggapan Pedagang\n"
            "Pedagang di Pasar Cipinang menyambut baik kepastian harga tersebut."
        ),
        # Numbered steps whose items are not the headings below.
        (
            "Cara Membuat Paspor Secara Online\n\n"
            "Pembuatan paspor kini bisa diajukan lewat aplikasi M-Paspor tanpa antre panjang.\n"
            "1. Unduh aplikasi M-Paspor dan buat akun.\n"
            "2. Pilih kantor imigrasi dan jadwal kedatangan.\n"
            "3. Bayar biaya paspor melalui bank atau kantor pos.\n"
            "Dokumen yang Perlu Disiapkan\n"
            "Siapkan KTP, kartu keluarga, dan akta kelahiran atau ijazah.\n"
            "Biaya Pembuatan Paspor\n"
            "Biaya paspor biasa 48 halaman adalah Rp 350.000."
        ),
        # Only one item matches a heading below.
        (f"{TITLE}\n\n- Memilih Benih Cabai\n- Harga Cabai di Pasar\n- Cuaca Bulan Ini\n{INTRO}\n{body()}"),
        # A list at the end of the page has no headings below it to mirror.
        (f"{TITLE}\n\n{INTRO}\n{body()}\n- Memilih Benih Cabai\n- Menyiapkan Media Tanam"),
    ],
)
def test_toc_leaves_real_lists(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "table_of_contents") == []


def test_toc_of_one_word_headings_flagged(ruleset: Ruleset) -> None:
    text = (
        "Candi Borobudur, Warisan Wangsa Syailendra\n\n"
        "- Pendahuluan\n- Sejarah Candi\n- Arsitektur\n\n"
        "Pendahuluan\nBorobudur adalah candi Buddha terbesar di dunia yang terletak di Magelang.\n"
        "Sejarah Candi\nCandi ini dibangun pada abad ke-8 dan ke-9 pada masa Wangsa Syailendra.\n"
        "Arsitektur\nBangunannya berbentuk punden berundak dengan 72 stupa berlubang di bagian atas."
    )
    assert flagged(text, ruleset) == ["- Pendahuluan", "- Sejarah Candi", "- Arsitektur"]
