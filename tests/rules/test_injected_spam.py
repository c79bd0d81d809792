"""Injected spam: gambling, loan, pharma and adult phrases inserted mid-sentence or as whole lines are
flagged and removed tidily; everyday words that overlap them (`Bandar Lampung`, `situs warisan dunia`,
`pengeluaran pemerintah`) and text *about* gambling are left alone."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Manfaat Minum Air Putih Setiap Pagi"
LEAD = "Minum air putih setelah bangun tidur membantu tubuh mengganti cairan yang hilang selama tidur."
CLOSE = "Biasakan membawa botol minum sendiri agar kebutuhan cairan tercukupi sepanjang hari."


def page(*lines: str) -> str:
    return "\n".join([TITLE, "", LEAD, *lines, CLOSE])


# --- phrases inside sentences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "phrase", "cleaned"),
    [
        # The phrase replaced the start of a sentence (as `pengeluaran hk` in the samples).
        (
            "Pemerintah daerah terus memperbaiki jalan provinsi. keluaran sgp Perbaikan ini ditargetkan "
            "selesai sebelum arus mudik Lebaran tahun depan.",
            "keluaran sgp",
            "Pemerintah daerah terus memperbaiki jalan provinsi. Perbaikan ini ditargetkan selesai "
            "sebelum arus mudik Lebaran tahun depan.",
        ),
        # Between commas: one comma goes with it.
        (
            "Para ahli gizi menyarankan minum dua gelas air putih, situs gacor, sebelum sarapan agar "
            "metabolisme tubuh bekerja lebih baik.",
            "situs gacor,",
            "Para ahli gizi menyarankan minum dua gelas air putih, sebelum sarapan agar metabolisme "
            "tubuh bekerja lebih baik.",
        ),
        (
            "Air hangat di pagi hari dipercaya bocoran admin jarwo membantu meredakan sembelit ringan "
            "pada sebagian orang dewasa.",
            "bocoran admin jarwo",
            "Air hangat di pagi hari dipercaya membantu meredakan sembelit ringan pada sebagian "
            "orang dewasa.",
        ),
        (
            "Kebiasaan ini juga menjaga kelembapan kulit LIVE DRAW SDY sehingga wajah tampak lebih segar "
            "sepanjang hari.",
            "LIVE DRAW SDY",
            "Kebiasaan ini juga menjaga kelembapan kulit sehingga wajah tampak lebih segar sepanjang hari.",
        ),
        (
            "Konsumsi air yang cukup membantu ginjal menyaring racun result toto macau dari dalam darah "
            "secara alami.",
            "result toto macau",
            "Konsumsi air yang cukup membantu ginjal menyaring racun dari dalam darah secara alami.",
        ),
        (
            "Orang dewasa disarankan minum sekitar dua liter air per hari, pinjol cepat cair, terutama "
            "saat cuaca panas.",
            "pinjol cepat cair,",
            "Orang dewasa disarankan minum sekitar dua liter air per hari, terutama saat cuaca panas.",
        ),
        (
            "Kandungan mineral dalam air putih membantu menjaga keseimbangan elektrolit keluaran hk lotto "
            "di dalam tubuh.",
            "keluaran hk lotto",
            "Kandungan mineral dalam air putih membantu menjaga keseimbangan elektrolit di dalam tubuh.",
        ),
        (
            "Dehidrasi ringan dapat memicu sakit kepala obat kuat pria dan membuat konsentrasi menurun "
            "saat bekerja.",
            "obat kuat pria",
            "Dehidrasi ringan dapat memicu sakit kepala dan membuat konsentrasi menurun saat bekerja.",
        ),
        (
            "Segelas air dingin setelah olahraga video bokep membantu menurunkan suhu tubuh dengan cepat "
            "dan aman.",
            "video bokep",
            "Segelas air dingin setelah olahraga membantu menurunkan suhu tubuh dengan cepat dan aman.",
        ),
    ],
)
def test_inline_phrase_flagged_and_removed_tidily(
    line: str, phrase: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = page(line)
    assert flagged(text, ruleset, "injected_spam") == [phrase]
    assert flagged(text, ruleset, "injected_spam.inline_phrase") == [phrase]
    assert clean(text, ruleset, settings).text == page(cleaned)


def test_several_phrases_in_one_paragraph(ruleset: Ruleset, settings: Settings) -> None:
    line = (
        "Air putih slot gacor hari ini tidak mengandung kalori sehingga aman bagi yang sedang diet. "
        "Minuman manis sebaiknya dibatasi rtp live karena gula berlebih memicu obesitas."
    )
    assert flagged(page(line), ruleset, "injected_spam") == ["slot gacor hari ini", "rtp live"]
    assert clean(page(line), ruleset, settings).text == page(
        "Air putih tidak mengandung kalori sehingga aman bagi yang sedang diet. "
        "Minuman manis sebaiknya dibatasi karena gula berlebih memicu obesitas."
    )


# --- whole promotional lines and keyword walls -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Slot Gacor Hari Ini Maxwin",
        "BOCORAN ADMIN JARWO – daftar sekarang",
        "Situs Judi Online Terpercaya 2024 Daftar Sekarang",
        "Agen Togel Resmi, Bonus Deposit 100%",
        "DAFTAR SLOT GACOR GAMPANG MENANG DI SINI",
        "Pinjaman online cepat cair tanpa BI checking, hubungi WA 0812-3456-7890",
        "Jual obat kuat pria asli, kirim ke seluruh Indonesia.",
        "- Link Alternatif Sbobet Terbaru",
        "Slot Server Thailand Asli Gampang Menang",
        "Toto Slot 4D Hadiah Terbesar",
        (
            "keluaran sgp, pengeluaran hk, data sdy, live draw hk, result sgp hari ini, togel online, "
            "prediksi togel, syair togel, angka jitu hari ini paling akurat dan terpercaya"
        ),
    ],
)
def test_spam_line_flagged_and_removed_whole(line: str, ruleset: Ruleset, settings: Settings) -> None:
    text = page(line)
    assert flagged(text, ruleset, "injected_spam") == [line]
    assert flagged(text, ruleset, "injected_spam.spam_line") == [line]
    assert clean(text, ruleset, settings).text == page()


# --- words that overlap the phrases, and text about gambling ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Perjalanan darat dari Bandar Lampung ke Bakauheni memakan waktu sekitar dua jam.",
        "Candi Borobudur adalah situs warisan dunia yang diakui UNESCO sejak 1991.",
        "Pengeluaran pemerintah untuk sektor pendidikan naik 10 persen dibanding tahun sebelumnya.",
        "Data keluaran terbaru Badan Pusat Statistik menunjukkan inflasi Maret turun ke 2,8 persen.",
        "Toto, produsen kloset asal Jepang, membuka pabrik baru di Tangerang.",
        "Setiap peserta mendapat slot waktu 15 menit untuk mempresentasikan proyeknya.",
        "Situs web resmi pemerintah kini bisa diakses dengan lebih cepat.",
        "Hasil pertandingan Persija melawan Persib berakhir imbang 1-1 di Stadion Manahan.",
        "Bandar udara Radin Inten II melayani penerbangan ke Jakarta dan Batam setiap hari.",
    ],
)
def test_everyday_words_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


@pytest.mark.parametrize(
    "line",
    [
        "Polda Metro Jaya memblokir 2.000 situs yang mempromosikan slot gacor sepanjang Januari 2024.",
        "Kominfo mencatat lebih dari 800 ribu situs judi diblokir, termasuk yang menawarkan togel online.",
        'Polisi menangkap admin yang mempromosikan "slot gacor" di media sosial.',
        'Pelaku memasang tautan bertuliskan "link alternatif" di kolom komentar akun selebritas.',
        "OJK mengimbau warga tidak tergiur tawaran pinjol cepat cair yang beredar lewat pesan singkat.",
        # The phrase's sentence names no topic word, but the next one says it is about gambling.
        "Istilah slot gacor merujuk pada mesin yang dianggap sering memberi kemenangan. "
        "Istilah ini kerap dipakai bandar judi untuk memancing pemain baru.",
    ],
)
def test_sentences_about_gambling_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


def test_heading_of_a_section_about_gambling_left_alone(ruleset: Ruleset) -> None:
    text = (
        "Polisi Tangkap Admin Situs Judi Online di Medan\n\n"
        "Polda Sumatera Utara menangkap tiga admin yang mengelola jaringan judi online lintas provinsi.\n"
        "Mengenal Istilah Slot Gacor\n"
        "Menurut penyidik, para pemain judi online tergiur janji kemenangan besar dari mesin yang "
        "disebut gacor."
    )
    assert flagged(text, ruleset) == []
