"""Placeholders: verification notes, template slots, unfinished source attributions and sentences about
the page's own layout are flagged; ordinary brackets, real sources, instructions and sentences that
merely use the same words are not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Sejarah Kota Bandar Lampung"
LEAD = "Bandar Lampung adalah ibu kota Provinsi Lampung sekaligus kota terbesar di ujung selatan Sumatera."
CLOSE = "Kini kota ini menjadi pintu gerbang utama arus barang dan penumpang dari Jawa ke Sumatera."


def page(*lines: str) -> str:
    return "\n".join([TITLE, "", LEAD, *lines, CLOSE])


# --- verification notes and template slots ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "note", "cleaned"),
    [
        (
            "Penduduknya mencapai 1,2 juta jiwa (data perlu diverifikasi).",
            " (data perlu diverifikasi)",
            "Penduduknya mencapai 1,2 juta jiwa.",
        ),
        (
            "Luas wilayahnya sekitar 197 kilometer persegi (angka ini perlu dikonfirmasi ke BPS).",
            " (angka ini perlu dikonfirmasi ke BPS)",
            "Luas wilayahnya sekitar 197 kilometer persegi.",
        ),
        (
            "Nama Tanjungkarang sudah dipakai sejak abad ke-19 [perlu rujukan] oleh para pedagang.",
            " [perlu rujukan]",
            "Nama Tanjungkarang sudah dipakai sejak abad ke-19 oleh para pedagang.",
        ),
        (
            "Kota ini berdiri pada tahun [masukkan tahun berdiri] sebagai gabungan dua kota.",
            " [masukkan tahun berdiri]",
            "Kota ini berdiri pada tahun sebagai gabungan dua kota.",
        ),
        (
            "Pelabuhan Panjang adalah pelabuhan ekspor kopi terbesar di Sumatera [citation needed].",
            " [citation needed]",
            "Pelabuhan Panjang adalah pelabuhan ekspor kopi terbesar di Sumatera.",
        ),
        (
            "Menara Siger menjadi ikon kota [sisipkan foto Menara Siger di sini] sejak 2008.",
            " [sisipkan foto Menara Siger di sini]",
            "Menara Siger menjadi ikon kota sejak 2008.",
        ),
        (
            "Produk unggulan daerah ini adalah keripik pisang (TODO: tambahkan daftar sentra produksi).",
            " (TODO: tambahkan daftar sentra produksi)",
            "Produk unggulan daerah ini adalah keripik pisang.",
        ),
    ],
)
def test_verification_note_flagged(
    line: str, note: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert flagged(page(line), ruleset, "placeholder") == [note]
    assert flagged(page(line), ruleset, "placeholder.verification_note") == [note]
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Kota ini menjadi pusat Lampung Selatan (Lamsel) sebelum pemekaran wilayah.",
        "Penduduk kota ini mencapai 1,2 juta jiwa (BPS, 2023) dan terus bertambah.",
        "Kota ini dijuluki Kota Tapis Berseri (Bersih, Sehat, Indah, dan Sejuk).",
        "Harga tiket masuk Taman Gajah Wisata Rp 25.000 (belum termasuk parkir).",
        # Instructions in parentheses are content, not template slots.
        "Tambahkan garam dan gula secukupnya (sesuaikan dengan selera) lalu aduk rata.",
        "Tulis nama lengkap pada formulir (isi dengan huruf kapital) lalu serahkan ke petugas.",
        "Ketik REG spasi NIK (masukkan 16 digit NIK Anda) lalu kirim ke 4444.",
        "Gempa besar juga pernah melanda kawasan ini (Contoh: Gempa Liwa 1994).",
    ],
)
def test_verification_note_leaves_ordinary_brackets(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- unfinished source attributions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "attribution", "cleaned"),
    [
        # A source slot never filled in.
        (
            ["Pelabuhan Panjang melayani ekspor kopi robusta ke 20 negara (Sumber: [masukkan tautan])."],
            "(Sumber: [masukkan tautan])",
            ["Pelabuhan Panjang melayani ekspor kopi robusta ke 20 negara."],
        ),
        (
            ["Jumlah kunjungan wisatawan naik dua kali lipat (Sumber:)."],
            "(Sumber:)",
            ["Jumlah kunjungan wisatawan naik dua kali lipat."],
        ),
        (
            ["Angka kemiskinan turun menjadi 7,5 persen (Referensi: perlu ditambahkan)."],
            "(Referensi: perlu ditambahkan)",
            ["Angka kemiskinan turun menjadi 7,5 persen."],
        ),
        # Opened on one line and closed on the next with a note; its short label goes with it.
        (
            ["Data kunjungan wisatawan (Sumber", "Tambahkan sumber data resmi dari BPS*)"],
            "Data kunjungan wisatawan (Sumber\nTambahkan sumber data resmi dari BPS*)",
            [],
        ),
        # Opened and never closed.
        (
            ["Pernyataan resmi Pemkot (Sumber"],
            "Pernyataan resmi Pemkot (Sumber",
            [],
        ),
    ],
)
def test_unfinished_attribution_flagged(
    lines: list[str], attribution: str, cleaned: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    assert attribution in flagged(page(*lines), ruleset, "placeholder.unfinished_attribution")
    assert clean(page(*lines), ruleset, settings).text == page(*cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Penduduk kota ini 1,2 juta jiwa (Sumber: Badan Pusat Statistik, 2023).",
        "Tabel berikut merangkum jumlah penduduk per kecamatan (Sumber: BPS Kota Bandar Lampung).",
        "Kutipan itu diambil dari pidato wali kota (Referensi: Lampung Post, 12 Mei 2023).",
        "Sumber air bersih warga berasal dari PDAM Way Rilau (dikelola pemerintah kota).",
    ],
)
def test_unfinished_attribution_leaves_real_sources(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- layout talk -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tabel ini dirancang responsif agar mudah dibaca di berbagai perangkat.",
        "Tabel di bawah ini dapat digulir ke samping jika dibuka di layar ponsel.",
        "Artikel ini telah dioptimalkan agar tampil dengan baik di semua perangkat.",
        "Infografis ini dibuat responsif sehingga nyaman dibaca di ponsel maupun desktop.",
        "Halaman ini mobile-friendly dan dapat dibuka dari peramban apa pun.",
    ],
)
def test_layout_talk_flagged(sentence: str, ruleset: Ruleset, settings: Settings) -> None:
    line = f"Berikut data penduduk per kecamatan tahun 2023. {sentence}"
    assert flagged(page(line), ruleset, "placeholder") == [sentence]
    assert clean(page(line), ruleset, settings).text == page(
        "Berikut data penduduk per kecamatan tahun 2023."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tabel ini merangkum isu-isu sosial di setiap kecamatan.",
        "Artikel ini membahas perangkat lunak akuntansi yang responsif terhadap kebutuhan UMKM.",
        "Artikel ini membahas cara memilih browser yang aman untuk anak.",
        "Pemerintah meminta aplikasi layanan publik dibuat responsif agar mudah diakses lewat ponsel.",
        "Tulisan ini membahas sejarah layar tancap di Bandar Lampung pada era 1980-an.",
    ],
)
def test_layout_talk_leaves_sentences_about_the_topic(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []
