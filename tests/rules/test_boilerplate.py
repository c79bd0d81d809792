"""Boilerplate rules: page chrome (share widgets, counters, glyphs, navigation labels, chrome prefixes,
labels above the title, breadcrumbs) is flagged; content that looks a little like it is not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Harga Cabai Rawit di Jakarta Melonjak Jelang Ramadan"
LEAD = (
    "Harga cabai rawit di sejumlah pasar tradisional Jakarta naik hingga Rp 90.000 per kilogram "
    "dalam sepekan terakhir."
)
BODY = (
    "Pedagang di Pasar Induk Kramat Jati menyebut pasokan dari sentra produksi di Jawa Tengah "
    "berkurang karena hujan deras yang merusak tanaman."
)


def in_head(line: str) -> str:
    """A news page with `line` between the title and the first paragraph, where chrome usually sits."""
    return f"{TITLE}\n\n{line}\n{LEAD}\n\n{BODY}"


def in_body(line: str) -> str:
    """A news page with `line` between two paragraphs."""
    return f"{TITLE}\n\n{LEAD}\n{line}\n{BODY}"


def in_tail(line: str) -> str:
    """A news page with `line` after the last paragraph."""
    return f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{line}"


# --- share widgets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Bagikan:",
        "Bagikan artikel ini",
        "BAGIKAN BERITA INI",
        "Share this article",
        "Bagikan ke Facebook",
        "Bagikan lewat WhatsApp",
        "Share: Facebook Twitter WhatsApp Telegram",
        "Facebook Twitter WhatsApp LinkedIn",
        "Salin Link",
        "Kirim ke teman via email",
        "Sebarkan berita ini di media sosial",
        "Tweet",
    ],
)
def test_share_widget_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.share_widget") == [line]
    assert flagged(in_tail(line), ruleset, "boilerplate.share_widget") == [line]


@pytest.mark.parametrize(
    "text",
    [
        # A heading that starts with a share word but says something else.
        in_body("Bagikan Pengalaman Anda Bersama Kami"),
        in_body("Cara Share Lokasi di WhatsApp"),
        # A sentence asking readers to share: more than share-button words.
        in_body("Bagikan informasi ini kepada keluarga agar mereka tidak tertipu modus serupa."),
        # A platform name heading the section about it, in a review of chat apps.
        (
            "Aplikasi Pesan Instan Terpopuler di Indonesia\n\n"
            "Aplikasi pesan instan kini menjadi sarana komunikasi utama bagi warga Indonesia.\n"
            "WhatsApp\n"
            "WhatsApp dipakai lebih dari 100 juta pengguna di Indonesia untuk pesan dan panggilan video.\n"
            "Telegram\n"
            "Telegram populer di kalangan komunitas karena mendukung grup dengan ribuan anggota."
        ),
    ],
)
def test_share_widget_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset) == []


# --- counters --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "1.245",
        "71",
        "Dilihat 87 kali",
        "Dibaca 1.203 kali",
        "245 kali dibaca",
        "87 views",
        "3K views",
        "1,2rb",
        "2,4 ribu pembaca",
        "12 Komentar",
        "0 Komentar",
        "15 Shares",
        "👁 1.024",
    ],
)
def test_counter_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.counter") == [line]


@pytest.mark.parametrize(
    "text",
    [
        # A year heading in a timeline.
        (
            "Perjalanan Panjang Pembangunan MRT Jakarta\n\n"
            "Gagasan kereta bawah tanah di Jakarta sudah muncul sejak puluhan tahun lalu.\n"
            "2013\n"
            "Gubernur DKI Jakarta meresmikan dimulainya pembangunan fase pertama MRT.\n"
            "2019\n"
            "MRT Jakarta mulai beroperasi secara komersial pada 1 April 2019."
        ),
        # Table rows of numbers, including a one-cell row as the HTML extractor writes it.
        (
            "Realisasi Belanja Daerah Provinsi Lampung\n\n"
            "Berikut realisasi belanja daerah Provinsi Lampung dalam tiga tahun terakhir.\n"
            "Tahun | Belanja (miliar Rp) | Realisasi (%) |\n"
            "2021 | 7.245,3 | 91,2 |\n"
            "2022 | 7.812,9 | 93,5 |\n"
            "2023 |\n"
            "Data tahun 2023 belum diaudit oleh Badan Pemeriksa Keuangan."
        ),
        in_body("12 Januari 2024"),
        in_body("2004"),
        in_body("12,5 13,1"),
        in_body("Rp 25.000"),
        in_body("5 Tips Menyimpan Cabai agar Tahan Lama"),
    ],
)
def test_counter_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset) == []


# --- symbol lines ----------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["×", "☰", "***", "* * *", "• • •", "-", "—", "»", "▲"])
def test_symbol_line_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.symbol_line") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.symbol_line") == [line]


def test_symbol_line_leaves_tables_and_lists(ruleset: Ruleset) -> None:
    text = (
        "Jadwal Operasi Pasar Murah di Jakarta Timur\n\n"
        "Pemerintah Kota Jakarta Timur menggelar operasi pasar murah di beberapa kelurahan.\n"
        "| Kelurahan | Tanggal |\n"
        "|---|---|\n"
        "| Cipinang | 4 Maret |\n"
        "---|---|\n"
        "Warga cukup membawa KTP dan kartu keluarga untuk membeli paket sembako.\n"
        "- 2024\n"
        "- Beras 5 kg\n"
        "- Minyak goreng 2 liter"
    )
    assert flagged(text, ruleset) == []


# --- navigation labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Beranda",
        "Berita Terkait",
        "Baca Selengkapnya",
        "Kembali ke atas",
        "Loading...",
        "Lihat Semua",
        "Artikel Lainnya",
        "Iklan",
        "Tulis Komentar",
        "Like this:",
        "Tinggalkan Balasan",
    ],
)
def test_navigation_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate.navigation") == [line]
    assert flagged(in_tail(line), ruleset, "boilerplate.navigation") == [line]


def test_navigation_label_over_links_flagged(ruleset: Ruleset) -> None:
    text = in_tail("Rekomendasi\nHarga Bawang Merah Ikut Naik\nStok Beras Bulog Dipastikan Aman")
    assert flagged(text, ruleset, "boilerplate.navigation") == ["Rekomendasi"]


@pytest.mark.parametrize(
    "text",
    [
        in_body("Beranda kami terbuka untuk umum setiap akhir pekan."),
        in_body("Iklan rokok dilarang tayang pada jam tayang anak."),
        # A `Rekomendasi` section closing a policy report.
        (
            "Kajian Ketahanan Pangan Provinsi Lampung 2023\n\n"
            "Produksi padi Lampung naik tipis, tetapi harga gabah di tingkat petani masih rendah.\n"
            "Rekomendasi\n"
            "Pemerintah daerah perlu memperluas gudang penyimpanan gabah di sentra produksi."
        ),
        # A `Menu` section in a restaurant review.
        (
            "Mencicipi Seruit di Rumah Makan Legendaris Bandar Lampung\n\n"
            "Rumah makan ini berdiri sejak 1978 dan selalu ramai saat jam makan siang.\n"
            "Menu\n"
            "Seruit ikan baung dengan sambal terasi menjadi hidangan andalan yang wajib dicoba."
        ),
    ],
)
def test_navigation_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset) == []


# --- chrome prefixes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Baca Juga: Harga Bawang Merah Ikut Naik",
        "BACA JUGA : Pedagang Keluhkan Pasokan Menipis",
        "Baca juga Pedagang Pasar Induk Keluhkan Pasokan Menipis",
        "Baca Juga",
        "Lihat Juga: Daftar Harga Sembako Hari Ini",
        "Simak Juga: Video Antrean Minyak Goreng di Medan",
        "Tags: cabai, harga pangan, ramadan",
        "Kata kunci: harga cabai, inflasi",
        "Editor: Budi Santoso",
        "Penulis: Rina Marlina",
        "Pewarta: Andi Saputra",
        "Oleh: Andi Saputra",
        "Foto: ANTARA/Aditya Pradana Putra",
        "Sumber foto: Istimewa",
        "Kategori: Olahraga",
        "Posted on 12 Juni 2024 by admin",
        "Diposting oleh Admin Desa Sukamaju",
    ],
)
def test_chrome_prefix_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate.chrome_prefix") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Baca buku ini pelan-pelan agar paham.",
        "Baca petunjuk pemakaian pada kemasan sebelum meminum obat ini.",
        "Baca juga petunjuk pemakaian pada kemasan sebelum meminum obat ini.",
        "Lihat juga perkembangan harga di pasar lain sebelum membeli dalam jumlah besar.",
        "Foto keluarga itu dipajang di ruang tamu.",
        "Penulis buku itu lahir di Padang pada 1952.",
        "Editor senior majalah itu meninggal dunia pekan lalu.",
        "Ditulis oleh Pramoedya Ananta Toer, novel ini terbit pertama kali pada 1980.",
        "Kategori penerima bantuan ditetapkan oleh dinas sosial setiap tahun.",
    ],
)
def test_chrome_prefix_leaves_sentences(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- labels above the title ------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Nasional", "Ekonomi Bisnis", "Tekno", "Otomotif", "Berita Daerah"])
def test_head_label_flagged_and_title_reads_first(label: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{label}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}"
    assert flagged(text, ruleset, "boilerplate.head_label") == [label]
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{LEAD}\n\n{BODY}"


def test_head_label_leaves_short_headings_below_the_title(ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\nSejarah\n{LEAD}\nPenutup\n{BODY}"
    assert flagged(text, ruleset) == []


def test_head_label_needs_a_title(ruleset: Ruleset) -> None:
    # No heading before the first paragraph: no title, so nothing stands "above" it.
    text = f"{LEAD}\nPenutup\n{BODY}"
    assert flagged(text, ruleset, "boilerplate.head_label") == []


# --- breadcrumbs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Beranda » Berita » Nasional",
        "Home > News > Politik",
        "Home / Berita / Hukum",
        "Beranda › Ekonomi › Energi",
        "Beranda » Regional » Sumatera » Lampung",
    ],
)
def test_breadcrumb_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.breadcrumb") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Harga naik 5% / tahun",
        "Jadwal operasi pasar: Senin/Rabu/Jumat pukul 08.00",
        "Pelaku terancam pidana penjara dan/atau denda/kurungan sesuai undang-undang.",
        "12/01/2024",
        "Inflasi tahunan tercatat 2,8 persen > target 2,5 persen > batas atas toleransi, kata ekonom.",
    ],
)
def test_breadcrumb_leaves_slashes_in_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate.breadcrumb") == []


# --- all together ----------------------------------------------------------------------------------


def test_detik_style_page_cleaned(ruleset: Ruleset, settings: Settings) -> None:
    text = (
        "Ekonomi\n\n"
        f"{TITLE}\n\n"
        "Beranda » Ekonomi » Pangan\n"
        "Oleh: Andi Saputra\n"
        "Dibaca 1.203 kali\n"
        "Bagikan:\n"
        "Facebook Twitter WhatsApp Salin Link\n"
        "×\n"
        f"{LEAD}\n"
        "ADVERTISEMENT\n"
        "SCROLL TO CONTINUE WITH CONTENT\n"
        "Baca Juga: Harga Bawang Merah Ikut Naik\n"
        f"{BODY}\n\n"
        "Editor: Budi Santoso\n"
        "Tags: cabai, harga pangan, ramadan\n"
        "Berita Terkait"
    )
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{LEAD}\n{BODY}"
