"""Boilerplate rules: page chrome (share widgets, counters, glyphs, navigation labels, chrome prefixes,
labels above the title, breadcrumbs) is flagged; content that looks a little like it is not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, detect, flagged

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


# --- datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Kamis, 12 Januari 2024 10:15 WIB",  # detik, CNN Indonesia
        "Kamis, 12 Jan 2024 10:15 WIB",
        "12/01/2024, 10:15 WIB",  # Kompas
        "Jumat, 12/01/2024 16:03 WIB",  # Okezone
        "Rabu, 17 Januari 2024 - 08:45 WIB",  # Tribun
        "Senin, 15 Jan 2024 | 14:30 WITA",
        "Selasa, 09 Jul 2024 21.05 WIT",
        "Diperbarui 3 jam lalu",
        "Diperbarui 12 Jan 2024, 10:15 WIB",  # Liputan6
        "Diterbitkan 12 Januari 2024, 10:15 WIB",
        "Dipublikasikan: 12 Januari 2024",
        "Update: Kamis, 12 Januari 2024",
        "2 hari yang lalu",
        "5 menit lalu",
        "Waktu baca 3 menit",
        "3 min read",
        "12 Januari 2024 10:15 WIB · waktu baca 2 menit",  # kumparan
        "Kompas.com - 12/01/2024, 10:15 WIB",
        "Ahmad Naufal - detikNews | Kamis, 12 Jan 2024 10:15 WIB",
        "CNN Indonesia | Kamis, 12/01/2024 10:15 WIB",
        "Tim detikcom - detikFinance | 2024-01-12 10:15",
        "Posted on January 12, 2024 at 10:15 am",
    ],
)
def test_dateline_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.dateline") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.dateline") == [line]
    assert flagged(in_tail(line), ruleset, "boilerplate.dateline") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "12 Januari 2024",
        "Kamis, 12 Januari 2024",
        "Minggu, 14/01/2024",
        "Jakarta, 12 Januari 2024",
        "10.15 WIB",
    ],
)
def test_bare_date_flagged_in_head_and_tail_only(line: str, ruleset: Ruleset) -> None:
    """A bare date (no time, no label) may head a section of a timeline: position is the second signal."""
    for page in (in_head(line), in_tail(line)):
        _, flags = detect(page, ruleset)
        assert [(f.rule, f.score) for f in flags] == [("boilerplate.dateline.v1", 0.8)]
    assert flagged(in_body(line), ruleset) == []


@pytest.mark.parametrize(
    "line",
    [
        "Rapat dimulai pukul 10.00 WIB dan berakhir siang.",
        "Pukul 10.00 WIB rapat dimulai",
        "Harga Emas Hari Ini 12 Januari 2024",
        "Jadwal KRL Hari Ini, Senin 15 Januari 2024",
        "Gempa terjadi pada Kamis, 12 Januari 2024 pukul 10.15 WIB.",
        "Senin, Hari Pertama Sekolah",
        "2024",
        "Kemarin Sore di Pelabuhan",
    ],
)
def test_dateline_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.dateline") == []
    assert flagged(in_body(line), ruleset, "boilerplate.dateline") == []


def test_dateline_leaves_the_title(ruleset: Ruleset) -> None:
    text = f"Kamis, 12 Januari 2024\n\n{LEAD}\n{BODY}"
    assert flagged(text, ruleset, "boilerplate.dateline") == []


# --- story datelines -------------------------------------------------------------------------------

STORY = (
    "Presiden Joko Widodo meresmikan Jalan Tol Trans Sumatra ruas Pekanbaru-Dumai pada Kamis (12/1/2024), "
    "yang memangkas waktu tempuh kedua kota menjadi satu setengah jam."
)


@pytest.mark.parametrize(
    "prefix",
    [
        "Jakarta, CNN Indonesia -- ",
        "Jakarta, CNBC Indonesia - ",
        "JAKARTA, KOMPAS.com - ",
        "KOMPAS.com - ",
        "Liputan6.com, Jakarta - ",
        "Jakarta (ANTARA) - ",
        "Pekanbaru (ANTARA) - ",
        "TEMPO.CO, Jakarta - ",
        "REPUBLIKA.CO.ID, JAKARTA -- ",
        "TRIBUNNEWS.COM, PEKANBARU - ",
        "Bisnis.com, JAKARTA — ",
        "Jakarta, IDN Times - ",
        "Suara.com - ",
        "Okezone.com, Jakarta – ",
        "Jakarta, Kamis (12/1/2024) (ANTARA) - ",
    ],
)
def test_story_dateline_prefix_flagged(prefix: str, ruleset: Ruleset, settings: Settings) -> None:
    # In the first paragraph and in a later one: a media name is enough.
    first = f"{TITLE}\n\n{prefix}{STORY}\n{BODY}"
    later = f"{TITLE}\n\n{LEAD}\n{prefix}{STORY}"
    assert flagged(first, ruleset, "boilerplate.story_dateline") == [prefix]
    assert flagged(later, ruleset, "boilerplate.story_dateline") == [prefix]
    assert clean(first, ruleset, settings).text == f"{TITLE}\n\n{STORY}\n{BODY}"


@pytest.mark.parametrize("prefix", ["Jakarta - ", "Pekanbaru - ", "JAKARTA - ", "SURABAYA - ", "MALANG – "])
def test_story_dateline_bare_place_in_first_paragraph_only(prefix: str, ruleset: Ruleset) -> None:
    first = f"{TITLE}\n\n{prefix}{STORY}\n{BODY}"
    later = f"{TITLE}\n\n{LEAD}\n{prefix}{STORY}"
    assert flagged(first, ruleset, "boilerplate.story_dateline") == [prefix]
    assert flagged(later, ruleset, "boilerplate.story_dateline") == []


def test_story_dateline_line_alone_flagged(ruleset: Ruleset) -> None:
    assert flagged(in_head("JAKARTA, KOMPAS.com -"), ruleset, "boilerplate.story_dateline") == [
        "JAKARTA, KOMPAS.com -"
    ]


def test_story_dateline_after_a_byline_flagged(ruleset: Ruleset) -> None:
    story = "Lama tertidur, PT INTI kembali membangkitkan industri manufaktur."
    text = f"{TITLE}\n\nAndrian Fauzi - detikinet Jakarta - {story}"
    assert flagged(text, ruleset, "boilerplate.story_dateline") == ["Andrian Fauzi - detikinet Jakarta - "]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jakarta - Bandung kini bisa ditempuh sekitar 45 menit dengan kereta cepat.",
        "Presiden Joko Widodo - yang akrab disapa Jokowi - meresmikan jalan tol baru di Sumatra.",
        "BNPB - Badan Nasional Penanggulangan Bencana - mencatat 1.200 warga mengungsi.",
        "Sistem Pengajaran – pengisian, pengamatan, pemisahan, dan pengesahan bacaan berulang-ulang.",
        "Kompas - harian terbesar di Indonesia - didirikan pada 1965 oleh PK Ojong dan Jakob Oetama.",
        "Menurut Kompas.com - yang mengutip data BPS - inflasi Januari tercatat 2,57 persen.",
        "Harga Cabai - Menurut pedagang, harga naik karena hujan deras di sentra produksi.",
    ],
)
def test_story_dateline_leaves_content(paragraph: str, ruleset: Ruleset) -> None:
    assert flagged(f"{TITLE}\n\n{paragraph}\n{BODY}", ruleset, "boilerplate.story_dateline") == []


# --- media markers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    [
        "[Gambas:Video 20detik]",
        "[Gambas:Video CNN]",
        "[Gambas:Instagram]",
        "[Gambas:Twitter]",
        "[Video]",
        "[VIDEO]",
        "[Baca Juga: Harga Bawang Merah Ikut Naik]",
        "[embed]https://www.youtube.com/watch?v=abc[/embed]",
        '[caption id="attachment_12" align="aligncenter" width="640"]Warga antre minyak goreng[/caption]',
        "(ADVERTISEMENT)",
        "(Gambas:Video CNN)",
    ],
)
def test_media_marker_flagged_inline_and_alone(marker: str, ruleset: Ruleset, settings: Settings) -> None:
    paragraph = f"Pedagang mengeluhkan sepinya pembeli sejak awal pekan. {marker} Harga turun bulan depan."
    assert flagged(in_body(paragraph), ruleset, "boilerplate.media_marker") == [marker]
    # Alone on its line, once in the category (`(ADVERTISEMENT)` alone is the navigation rule's).
    assert flagged(in_body(marker), ruleset, "boilerplate") == [marker]
    assert clean(in_body(marker), ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n{BODY}"


def test_inline_interface_caps_flagged(ruleset: Ruleset, settings: Settings) -> None:
    text = in_body("Harga cabai naik ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT hingga dua kali lipat.")
    assert flagged(text, ruleset, "boilerplate.media_marker") == [
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT"
    ]
    assert clean(text, ruleset, settings).text == (
        f"{TITLE}\n\n{LEAD}\nHarga cabai naik hingga dua kali lipat.\n{BODY}"
    )


def test_ad_script_residue_flagged(ruleset: Ruleset) -> None:
    line = "(adsbygoogle = window.adsbygoogle || []).push({});"
    assert flagged(in_body(line), ruleset, "boilerplate.media_marker") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Menurut catatan [1], harga cabai naik tajam pada awal tahun.",
        "Pemutaran video dokumenter dimulai pukul 19.00 di alun-alun kota.",
        "Papan reklame (iklan) rokok dilarang dipasang di dekat sekolah.",
        "The advertisement was banned by the regulator last year, he said.",
        "Ia menyebut istilah [sic] dalam kutipan itu berasal dari naskah aslinya.",
    ],
)
def test_media_marker_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- copyright -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Kompas.com",
        "Copyright © 2024 PT Kompas Cyber Media. All rights reserved.",
        "Copyright 2023 Tribunnews.com",
        "Hak Cipta © 2024 Liputan6.com",
        "Hak cipta dilindungi undang-undang.",
        "HAK CIPTA DILINDUNGI UNDANG-UNDANG",
        "PT Kompas Cyber Media. All Rights Reserved",
        "Copyright (c) 2022 Blog Resep Nusantara",
        "© Copyright 2024 detikcom. All right reserved",
        "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Cabai Naik, klik untuk baca: "
        "https://www.tribunnews.com/bisnis/2024/01/12/harga-cabai-naik",
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas untuk "
        "konten akun media sosial komersil tanpa seizin redaksi.",
    ],
)
def test_copyright_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate.copyright") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.copyright") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Undang-undang Hak Cipta melindungi karya cipta sejak pertama kali diumumkan.",
        "Hak cipta dilindungi oleh undang-undang yang berlaku sejak 2014, kata ahli hukum itu.",
        "Copyright menjadi isu penting bagi musisi independen di Indonesia.",
        "Hak Cipta dan Royalti Musik",
        "Hak cipta 2019 atas lagu itu kini dipegang oleh label rekaman asal Jakarta dan penciptanya.",
    ],
)
def test_copyright_leaves_topic(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- follow calls ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti kami di Google News",
        "Ikuti berita terkini dari detikcom di Google News",
        "Simak berita lainnya di Google News",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Yuk, gabung channel WhatsApp Kompas.com untuk update berita terkini.",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di "
        'Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, '
        "kemudian join.",
        "Download aplikasi Liputan6.com untuk akses berita lebih cepat dan mudah",
        "Follow Instagram @detikcom",
        "Jangan lupa follow akun Instagram dan TikTok kami untuk info terbaru.",
        "Berlangganan newsletter untuk mendapatkan berita terbaru setiap pagi",
        "Ikuti WhatsApp Channel Okezone untuk update berita terbaru",
    ],
)
def test_follow_call_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate.follow_call") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.follow_call") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Unduh aplikasi Gojek di Play Store, lalu daftarkan nomor ponsel Anda.",
        "Ikuti langkah berikut untuk mengganti kata sandi akun Anda.",
        "Simak Daftar Aplikasi Berita Terbaik untuk Android",
        "Ikuti perkembangan banjir melalui akun Instagram resmi BPBD DKI Jakarta.",
        "Simak penjelasan lengkap dokter soal gejala demam berdarah berikut ini.",
    ],
)
def test_follow_call_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- photo credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(Foto: detikcom/Rifkianto Nugroho)",
        "[Foto: ANTARA/Aditya Pradana Putra]",
        "Ilustrasi. (Foto: Shutterstock)",
        "Ilustrasi uang rupiah. Foto: Shutterstock",
        "Ilustrasi belanja online (Freepik)",
        "Ilustrasi - Petugas memeriksa kendaraan di pos penyekatan",
        "ANTARA FOTO/Sigid Kurniawan",
        "Presiden Joko Widodo meninjau Pasar Johar, Semarang (12/1/2024). ANTARA FOTO/Aji Styawan/foc.",
        "Warga antre membeli minyak goreng di Pasar Kramat Jati. (Istimewa)",
        "Presiden meninjau Pasar Johar. (Dok. Humas Pemprov Jateng)",
        "Suasana arus mudik di Tol Cikampek. (CNN Indonesia/Adi Ibrahim)",
        "Sumber: Shutterstock",
        "(Foto/Istimewa)",
    ],
)
def test_photo_caption_line_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate.photo_credit") == [line]


@pytest.mark.parametrize("line", ["Foto: ANTARA/Aditya Pradana Putra", "FOTO: Dok. Humas Polda Metro Jaya"])
def test_photo_label_opening_a_line_flagged_once(line: str, ruleset: Ruleset) -> None:
    # `Foto:` opening a line is the chrome prefix rule's; the photo credit rule does not flag it again.
    assert flagged(in_body(line), ruleset, "boilerplate") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.chrome_prefix") == [line]


def test_photo_credit_after_a_long_paragraph_only_the_credit(ruleset: Ruleset, settings: Settings) -> None:
    paragraph = (
        "Pedagang di Pasar Induk Kramat Jati menyebut pasokan dari sentra produksi di Jawa Tengah berkurang "
        "karena hujan deras yang merusak tanaman dan membuat panen mundur hingga dua pekan, sehingga harga "
        "di tingkat pengecer ikut terkerek naik setiap hari menjelang Ramadan tahun ini."
    )
    text = in_body(f"{paragraph} (Foto: detikcom/Agung Pambudhy)")
    assert flagged(text, ruleset, "boilerplate.photo_credit") == ["(Foto: detikcom/Agung Pambudhy)"]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n{paragraph}\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Foto keluarga itu dipajang di ruang tamu.",
        "Sumber: Badan Pusat Statistik",
        "Gambar 1: Diagram alir proses produksi gula",
        "Ia menunjukkan foto: sebuah rumah tua di tepi sungai.",
        "Ilustrasi Desain Rumah Minimalis",
        "Ilustrasi ini menunjukkan betapa mudahnya berbagi kabar.",
        "Video amatir warga memperlihatkan detik-detik jembatan itu ambruk.",
        "Warga Jakarta (ANTARA) menanti kepastian harga beras menjelang Ramadan tahun ini.",
    ],
)
def test_photo_credit_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate.photo_credit") == []


# --- comment forms ---------------------------------------------------------------------------------

WORDPRESS_FORM = (
    "Tinggalkan Balasan\n"
    "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n"
    "Komentar *\n"
    "Nama *\n"
    "Email *\n"
    "Situs Web\n"
    "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.\n"
    "Kirim Komentar"
)


def test_wordpress_comment_form_flagged(ruleset: Ruleset, settings: Settings) -> None:
    text = in_tail(WORDPRESS_FORM)
    form = WORDPRESS_FORM.split("\n")
    # `Tinggalkan Balasan` and `Komentar *` are navigation labels; the comment form rule takes the rest.
    assert flagged(text, ruleset, "boilerplate.navigation") == ["Tinggalkan Balasan", "Komentar *"]
    assert flagged(text, ruleset, "boilerplate.comment_form") == [form[1], *form[3:]]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published. Required fields are marked *",
        "Nama (wajib)",
        "Email (required)",
        "Batalkan balasan",
        "Belum ada komentar",
        "No comments yet",
        "Komentar terbaru dinonaktifkan pada posting ini.",
        "Anda harus login untuk mengirimkan komentar.",
        "Jadilah yang pertama berkomentar!",
        "Beritahu saya akan tindak lanjut komentar melalui email.",
    ],
)
def test_comment_form_line_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate.comment_form") == [line]


@pytest.mark.parametrize(
    "text",
    [
        in_body("Belum ada komentar dari pemerintah soal kenaikan harga beras."),
        in_body("Komentar Para Ahli"),
        in_body("Nama"),
        in_body("Website"),
        in_body("Nama: Budi Santoso, 45 tahun, pedagang cabai di Pasar Induk."),
    ],
)
def test_comment_form_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset) == []


# --- cookie notices --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
        "Kami menggunakan cookie untuk personalisasi konten dan iklan serta menganalisis lalu lintas kami.",
        "Website ini menggunakan cookies. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.",
        "This website uses cookies to improve your experience.",
        "We use cookies to ensure that we give you the best experience on our website.",
        "Dengan melanjutkan penjelajahan, Anda menyetujui penggunaan cookie.",
        "Kebijakan Cookie",
        "Pengaturan Cookie",
        "Terima semua cookie",
        "Accept All Cookies",
    ],
)
def test_cookie_notice_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate.cookie_notice") == [line]
    assert flagged(in_head(line), ruleset, "boilerplate.cookie_notice") == [line]


def test_cookie_buttons_next_to_a_notice_flagged(ruleset: Ruleset) -> None:
    notice = "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."
    assert flagged(
        in_tail(f"{notice}\nSetuju\nPelajari lebih lanjut"), ruleset, "boilerplate.cookie_notice"
    ) == [
        notice,
        "Setuju",
        "Pelajari lebih lanjut",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Cookie adalah file kecil yang disimpan peramban di komputer Anda.",
        "Kami membuat cookies cokelat untuk hampers Lebaran.",
        "Google akan menghapus cookie pihak ketiga dari Chrome mulai tahun ini.",
        "Setuju",
        "Resep Cookies Cokelat Renyah",
    ],
)
def test_cookie_notice_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- pagination ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Halaman 1 2 3 Selanjutnya",
        "Halaman Selanjutnya",
        "Halaman: 1 2 3 4 5",
        "« Sebelumnya 1 2 3 Berikutnya »",
        "Halaman 2 dari 5",
        "Page 2 of 5",
        "Older Post Newer Post Home",
        "Older Post / Newer Post",
        "Posting Lebih Baru Posting Lama Beranda",
        "Artikel Selanjutnya »",
        "Next Page »",
    ],
)
def test_pagination_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate.pagination") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.pagination") == [line]


@pytest.mark.parametrize(
    "text",
    [
        in_body("Langkah Selanjutnya"),
        in_body("Halaman Rumah yang Asri"),
        in_body("Berita Terbaru"),  # heading a paragraph
        in_body("Halaman"),
        in_body("Selanjutnya, pedagang diminta melapor ke dinas perdagangan setiap pekan."),
    ],
)
def test_pagination_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "boilerplate.pagination") == []


# --- bylines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Penulis Ahmad Naufal | Editor Inten Esti",  # Kompas
        "Reporter Rizky Syahrial - detikNews",
        "Oleh Ahmad Naufal pada 12 Januari 2024",
        "Oleh Tim Redaksi",
        "Laporan Wartawan Tribunnews.com, Ahmad Naufal",
        "Laporan Reporter Tribun Jateng, Budi Susanto",
        "Posted by admin at 10:15",
        "Diposting oleh admin pada 12:34, 09-Des-13",
        "Lihat semua artikel dari Ahmad",
        "View all posts by Rina",
        "Pewarta Andi Saputra · Editor Budi Santoso",
        "By Rina Marlina",
        "Rizky Syahrial - detikFinance",
        "Tim Redaksi - CNN Indonesia",
    ],
)
def test_byline_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.byline") == [line]
    assert flagged(in_tail(line), ruleset, "boilerplate.byline") == [line]


def test_lone_byline_heading_a_paragraph_left_in_the_body(ruleset: Ruleset) -> None:
    # `Editor Inten Esti` in the head is a byline; between paragraphs, before one, it could be a heading.
    assert flagged(in_head("Editor Inten Esti"), ruleset, "boilerplate.byline") == ["Editor Inten Esti"]
    assert flagged(in_body("Editor Inten Esti"), ruleset, "boilerplate.byline") == []
    assert flagged(in_body("Penulis Ahmad Naufal | Editor Inten Esti"), ruleset, "boilerplate.byline") == [
        "Penulis Ahmad Naufal | Editor Inten Esti"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Penulis buku itu lahir di Padang pada 1952.",
        "Editor senior majalah itu meninggal dunia pekan lalu.",
        "Oleh Karena Itu",
        "Oleh-Oleh Khas Garut",
        "Editor Video Gratis untuk Android",
        "Reporter muda itu meliput banjir selama tiga hari.",
        "Oleh sebab itu, warga diminta tetap waspada.",
        "Harga Cabai - Pasar Induk Kramat Jati",
        # A byline glued to the text after it by the extractor: left whole rather than cut blindly.
        "Diposting oleh Ainul Yaqin pada 23:13, 08-Mar-13 Assalamu'alaikum Wr. Wb.",
    ],
)
def test_byline_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_head(line), ruleset, "boilerplate.byline") == []
    assert flagged(in_body(line), ruleset, "boilerplate.byline") == []


def test_author_box_flagged_near_the_end(ruleset: Ruleset, settings: Settings) -> None:
    box = (
        "Tentang Penulis\n"
        "Ahmad Naufal adalah jurnalis ekonomi yang meliput pasar komoditas sejak 2015 dan menulis untuk "
        "beberapa media nasional."
    )
    text = in_tail(box)
    assert flagged(text, ruleset, "boilerplate.byline") == box.split("\n")
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{BODY}"


def test_author_box_label_heading_a_long_section_left(ruleset: Ruleset) -> None:
    paragraphs = "\n".join([LEAD, BODY] * 3)
    text = f"{TITLE}\n\n{LEAD}\nTentang Penulis\n{paragraphs}"
    assert flagged(text, ruleset, "boilerplate.byline") == []


# --- tag lists -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["#cabai #hargapangan #ramadan", "#Pemilu2024", "#inflasi, #pangan"])
def test_hashtag_line_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate.tag_list") == [line]


def test_tags_after_a_label_flagged(ruleset: Ruleset, settings: Settings) -> None:
    one_a_line = in_tail("Tags\nharga cabai\ninflasi\nramadan")
    assert flagged(one_a_line, ruleset, "boilerplate.tag_list") == ["harga cabai", "inflasi", "ramadan"]
    assert flagged(one_a_line, ruleset, "boilerplate.navigation") == ["Tags"]
    assert clean(one_a_line, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{BODY}"
    in_line = in_tail("Topik Terkait\ncabai, harga pangan, ramadan")
    assert flagged(in_line, ruleset, "boilerplate.tag_list") == [
        "Topik Terkait",
        "cabai, harga pangan, ramadan",
    ]


@pytest.mark.parametrize(
    "text",
    [
        in_body("# Pendahuluan"),
        in_body("Tagar #SaveKPK sempat menjadi topik terpopuler di media sosial sepanjang pekan lalu."),
        f"{TITLE}\n\n{LEAD}\nTopik Terkait\nEkonomi Makro\n{BODY}",  # a section: heading and paragraph
    ],
)
def test_tag_list_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "boilerplate.tag_list") == []


# --- read more -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Klik di sini untuk membaca selengkapnya",
        'Baca artikel detiknews, "Harga Cabai Naik Jelang Ramadan" selengkapnya '
        "https://news.detik.com/berita/d-7123456/harga-cabai-naik-jelang-ramadan",
        "Baca di sini",
        "Simak ulasan lengkapnya",
        "Lanjut membaca",
        "Lihat lebih banyak",
        "Baca berita selengkapnya di https://www.liputan6.com/bisnis/read/123",
        "Read More »",
    ],
)
def test_read_more_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, "boilerplate") == [line]


def test_read_more_rule_on_its_own(ruleset: Ruleset) -> None:
    assert flagged(in_tail("Klik di sini untuk membaca selengkapnya"), ruleset, "boilerplate.read_more") == [
        "Klik di sini untuk membaca selengkapnya"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Baca selengkapnya aturan ini di Peraturan Menteri Keuangan Nomor 10 Tahun 2024.",
        "Baca buku ini pelan-pelan agar paham isinya.",
        "Lihat perkembangan harga di pasar lain sebelum membeli dalam jumlah besar.",
    ],
)
def test_read_more_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- new labels in the older rules' lexicons -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Labels: Berita, Ekonomi", "boilerplate.chrome_prefix"),
        ("Filed under: Ekonomi", "boilerplate.chrome_prefix"),
        ('Simak Video "Antrean Minyak Goreng di Medan"', "boilerplate.chrome_prefix"),
        ("Related Posts", "boilerplate.chrome_prefix"),
        ("SCROLL TO RESUME CONTENT", "boilerplate.navigation"),
        ("Berita Pilihan", "boilerplate.navigation"),
        ("Konten Bersponsor", "boilerplate.navigation"),
        ("Muat Lebih Banyak", "boilerplate.navigation"),
    ],
)
def test_more_chrome_labels_flagged(line: str, rule: str, ruleset: Ruleset) -> None:
    assert flagged(in_tail(line), ruleset, rule) == [line]


# --- lexicons are data -----------------------------------------------------------------------------


def test_a_new_media_name_through_overrides() -> None:
    text = f"{TITLE}\n\n{LEAD}\nPalembang, Saring Pos -- {STORY}"
    assert flagged(text, Ruleset.from_settings(Settings()), "boilerplate.story_dateline") == []
    settings = Settings(rules={"overrides": {"boilerplate": {"media": {"names": ["saring pos"]}}}})
    ruleset = Ruleset.from_settings(settings)
    assert flagged(text, ruleset, "boilerplate.story_dateline") == ["Palembang, Saring Pos -- "]
    # The packaged names are extended, not replaced.
    assert flagged(text.replace("Saring Pos", "CNN Indonesia"), ruleset, "boilerplate.story_dateline") == [
        "Palembang, CNN Indonesia -- "
    ]


# --- whole pages -----------------------------------------------------------------------------------

KOMPAS_PAGE = f"""\
Ekonomi
{TITLE}
Kompas.com - 12/01/2024, 10:15 WIB
Penulis Ahmad Naufal | Editor Inten Esti
Ilustrasi cabai rawit. (Foto: Shutterstock)
JAKARTA, KOMPAS.com - {LEAD}
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Baca juga: Harga Bawang Merah Ikut Naik
{BODY}
Simak breaking news dan berita pilihan kami langsung di ponselmu.
Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.
Halaman 1 2 Selanjutnya
Tags
harga cabai
inflasi
© 2024 Kompas.com
Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.
Setuju"""

DETIK_PAGE = f"""\
{TITLE}
Rizky Syahrial - detikFinance
Kamis, 12 Jan 2024 10:15 WIB
Jakarta - {LEAD} [Gambas:Video 20detik]
{BODY}
(Foto: detikcom/Rifkianto Nugroho)
Simak Video "Antrean Minyak Goreng di Medan"
Baca artikel detikfinance, "Harga Cabai Naik" selengkapnya https://finance.detik.com/d-7123456/harga
Ikuti berita terkini dari detikcom di Google News
Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas untuk konten \
akun media sosial komersil tanpa seizin redaksi."""

BLOG_PAGE = f"""\
Beranda » Kuliner » Resep
{TITLE}
Posted by admin at 10:15
{LEAD}
{BODY}
Labels: Berita, Ekonomi
Posting Lebih Baru Posting Lama Beranda
0 komentar:
Posting Komentar
Tentang Penulis
Admin adalah pedagang sayur yang senang menulis tentang harga pangan di Jakarta.
Tinggalkan Balasan
Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *
Nama *
Email *
Situs Web
Kirim Komentar
Copyright © 2024 Blog Pasar Induk. All rights reserved."""


@pytest.mark.parametrize("page", [KOMPAS_PAGE, DETIK_PAGE, BLOG_PAGE], ids=["kompas", "detik", "blog"])
def test_news_and_blog_pages_cleaned(page: str, ruleset: Ruleset, settings: Settings) -> None:
    result = clean(page, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n{LEAD}\n{BODY}"


# --- editors' end codes ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["(oca/mef)", "[wbo/cfp]", "(nln/end)", "(mbk/mbk)", "(fik/agt/dna)"])
def test_end_code_after_the_last_sentence_flagged(code: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n{BODY} {code}"
    assert flagged(text, ruleset, "boilerplate.end_code") == [code]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n{BODY}"
    assert flagged(in_tail(code), ruleset, "boilerplate.end_code") == [code]


def test_single_end_code_only_at_the_end(ruleset: Ruleset) -> None:
    assert flagged(f"{TITLE}\n\n{LEAD}\n{BODY} (mbk)", ruleset, "boilerplate.end_code") == ["(mbk)"]
    assert flagged(in_tail("(mbk)"), ruleset, "boilerplate.end_code") == ["(mbk)"]
    # A single code ending a paragraph mid-page is not a closing code.
    assert flagged(f"{TITLE}\n\n{LEAD} (mbk)\n{BODY}", ruleset, "boilerplate.end_code") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Inflasi tahunan pada Januari tercatat naik 2,6 persen (yoy)",
        "Kecepatan kereta cepat mencapai 350 kilometer per jam (km/jam) di lintasan lurus.",
        "Data itu dirilis Badan Pusat Statistik (BPS).",
        "Data itu dirilis Badan Pusat Statistik. (BPS)",
    ],
)
def test_end_code_leaves_content(paragraph: str, ruleset: Ruleset) -> None:
    assert flagged(f"{TITLE}\n\n{LEAD}\n{paragraph}", ruleset, "boilerplate.end_code") == []


# --- related links ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "» Harga Beras di Malang Naik Jelang Ramadan",
        "» Timnas Indonesia Menang 2-0, Ini Kata Pelatih",
        "› Cuaca Medan Hari Ini: Hujan Ringan Sore Hari",
        "Simak >> Begini Perkembangan Ojek Daring di Padang dalam Lima Tahun Terakhir",
        "SIMAK - Timnas Indonesia Menang 1-0, Ini Kata Pelatih",
        "Baca | Kecelakaan Beruntun di Tol Palembang, 17 Kendaraan Rusak",
        "► Daftar Lengkap Libur Nasional dan Cuti Bersama 2024",
    ],
)
def test_related_link_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate") == [line]
    assert flagged(in_body(line), ruleset, "boilerplate.related_link") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "» Sisihkan 10 persen gaji begitu diterima.",
        "» Bawang merah 2 siung",
        "Lihat - ini bukan judul berita melainkan catatan kaki penulis",
        "Simak Cara Membuat Kue Lebaran Berikut",
        "Jakarta » Bandung » Garut",
    ],
)
def test_related_link_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate.related_link") == []


# --- more shapes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("- Advertisement -", "boilerplate.media_marker"),
        ("Simak juga video berikut:", "boilerplate.media_marker"),
        ("Saksikan video di bawah ini:", "boilerplate.media_marker"),
        ("(Video: YouTube)", "boilerplate.media_marker"),
        ("LIPUTAN6.COM/KETUT NUGROHO", "boilerplate.photo_credit"),
        ("CNN INDONESIA/KARTIKA GUNAWAN", "boilerplate.photo_credit"),
        ("(Berita Daerah/Kartika Saputra)", "boilerplate.photo_credit"),
        ("Jangan lupa subscribe, like, dan share!", "boilerplate.follow_call"),
        ("Follow Instagram @cnbcindonesia untuk info terbaru", "boilerplate.follow_call"),
        ("Klik di sini untuk mendapatkan update berita terkini setiap hari.", "boilerplate.follow_call"),
        ("Baca halaman selanjutnya", "boilerplate.pagination"),
        ("Laporan Wartawan Berita Daerah, Gita Sulistyo", "boilerplate.byline"),
        ("Artikel Lainnya: Apa Itu Tari Saman? Ini Penjelasan Lengkapnya", "boilerplate.chrome_prefix"),
        ("Jangan Lewatkan: Viral Video Warga Yogyakarta Gotong Royong", "boilerplate.chrome_prefix"),
        ("BACA LAINNYA Dampak Garam Rakyat bagi Masyarakat", "boilerplate.chrome_prefix"),
        ("TAGAR: #Ekonomidigital #Keretacepat", "boilerplate.chrome_prefix"),
        ("Artikel berlanjut di bawah ini", "boilerplate.navigation"),
        ("Scroll ke bawah untuk melanjutkan membaca", "boilerplate.navigation"),
        ("Konten berlanjut setelah iklan berikut", "boilerplate.navigation"),
        ("Klik untuk memperbesar", "boilerplate.navigation"),
        ("Link berhasil disalin", "boilerplate.navigation"),
        ("Komentar Anda", "boilerplate.comment_form"),
    ],
)
def test_more_chrome_shapes_flagged_once(line: str, rule: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset, "boilerplate") == [line]
    assert flagged(in_body(line), ruleset, rule) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Jangan lupa makan sayur dan buah setiap hari agar tetap sehat.",
        "Kirim email ke redaksi@kompas.com untuk pertanyaan seputar berlangganan.",
        "Harga naik (Senin/Selasa) menurut pedagang di pasar.",
        "Tonton videonya hingga selesai agar paham cara memasang rak dinding ini.",
    ],
)
def test_more_shapes_leave_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(line), ruleset) == []


# --- the page's edges, with chrome paragraphs and question headlines ------------------------------


def test_head_found_under_a_cookie_paragraph(ruleset: Ruleset) -> None:
    """A long cookie notice opening the page is a paragraph: it must not swallow the page's head."""
    cookie = (
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
        "kebijakan privasi kami."
    )
    text = f"{cookie}\n{TITLE}\n12 Januari 2024\n{LEAD}\n{BODY}"
    assert flagged(text, ruleset, "boilerplate.dateline") == ["12 Januari 2024"]
    assert flagged(text, ruleset, "boilerplate.cookie_notice") == [cookie]


def test_head_found_under_a_question_headline(ruleset: Ruleset) -> None:
    # `page.py` reads a headline with a question inside as a paragraph; it is still in the head.
    title = "Apa Itu Beasiswa Pendidikan? Ini Penjelasan Lengkapnya"
    text = f"{title}\nSari Siregar - Kompas.com\n{LEAD}\n{BODY}"
    assert flagged(text, ruleset, "boilerplate.byline") == ["Sari Siregar - Kompas.com"]


def test_a_stamp_taken_for_the_title_is_still_flagged(ruleset: Ruleset) -> None:
    text = f"Update: Sabtu, 2 Sep 2024 07:21 WIB\n{TITLE}\n{LEAD}\n{BODY}"
    assert flagged(text, ruleset, "boilerplate.dateline") == ["Update: Sabtu, 2 Sep 2024 07:21 WIB"]
