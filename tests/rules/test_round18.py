"""Round 18: disguised runs (leetspeak and upside-down text whatever their words), notes set off by
asterisks, and look-alikes that stay: a quoted offer in single quotes, a reduplicated word, a report
pointing at its own numbered page."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Warga Desa Menyambut Pembangunan Jalan Baru"
LEAD = (
    "Menurut data dinas setempat, jumlah penduduk di kecamatan itu bertambah sekitar dua persen setiap tahun."
)
CLOSE = "Warga berharap perbaikan saluran air dapat selesai sebelum musim hujan datang."


def page(*lines: str) -> str:
    return "\n".join([TITLE, "", LEAD, *lines, CLOSE])


# --- disguised runs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # leetspeak of words no lexicon lists (a pill's promise): the writing is the signal
        "0bat p3ngg3ms4k c4ir 7 h4r1 t4np4 0l4hr4g4",
        "K4mu b1s4 k4y4 r4y4 d3ng4n m0d4l k3c1l",
        # upside-down letters (`daftar slot ...` written backwards and flipped)
        "ʇɐɔoɹ ʇols ɹɐʇɟɐp",
    ],
)
def test_a_disguised_line_is_removed_whole(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [line]
    assert clean(page(line), ruleset, settings).text == page()


def test_a_disguised_run_inside_a_sentence_goes_alone(ruleset: Ruleset, settings: Settings) -> None:
    line = "Harga cabai naik tajam, m4u c3p4t k4y4 g4b4ng s3k4r4ng, kata pedagang di pasar induk."
    assert clean(page(line), ruleset, settings).text == page(
        "Harga cabai naik tajam, kata pedagang di pasar induk."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Rapat guru P3K dan PPPK membahas file mp3 dan mp4 seberat 10kg serta virus H5N1 di kelas.",
        "Kandungan CO2, SO2 dan NO2 di udara kota naik pada musim kemarau, kata peneliti ITB.",
        "Pengucapan kata bahasa Inggris itu ditulis /ʃʌt/ dan /ɹʌn/ dalam kamus fonetik.",
        "Tim U23 memakai formasi 4-3-3 dan menang 2-1 atas lawannya di babak 8 besar.",
    ],
)
def test_codes_units_and_transcriptions_are_not_disguise(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam.disguised_run") == []


# --- notes set off by asterisks ---------------------------------------------------------------------


def test_a_verification_note_between_asterisks_is_removed(ruleset: Ruleset, settings: Settings) -> None:
    line = "Kabupaten itu memiliki 255 pulau*perlu cek data BPS terbaru*, sebagian besar belum berpenghuni."
    assert flagged(page(line), ruleset, "placeholder") == ["*perlu cek data BPS terbaru*"]
    assert clean(page(line), ruleset, settings).text == page(
        "Kabupaten itu memiliki 255 pulau, sebagian besar belum berpenghuni."
    )


def test_emphasis_between_asterisks_stays(ruleset: Ruleset) -> None:
    line = "Harga tiket *dapat berubah sewaktu-waktu* dan mesin *perlu dicek setiap 10.000 km* oleh bengkel."
    assert flagged(page(line), ruleset) == []


# --- look-alikes that stay --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # an offer quoted in single quotes, in a warning about it
        "Dalam penyuluhan itu, petugas menampilkan contoh pesan penawaran pinjaman ilegal, misalnya 'Limit "
        "Rp10 juta, tanpa survei, langsung ACC', lalu menjelaskan mengapa tawaran tersebut patut dicurigai.",
        # a reduplicated word is grammar, not a run of the trade
        "Striker muda itu sedang gacor-gacornya: ia mencetak tujuh gol dalam lima pertandingan terakhir.",
        # a report pointing at its own numbered page
        "Untuk memudahkan pembaca, istilah teknis yang digunakan dalam dokumen ini dijelaskan dalam daftar "
        "istilah di halaman 45.",
    ],
)
def test_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


def test_the_page_talk_guard_stops_where_it_should(ruleset: Ruleset) -> None:
    # without a numbered part, the same opening is the page's talk
    line = "Untuk memudahkan pembaca, tabel di bawah ini bisa digeser ke kanan."
    assert flagged(page(line), ruleset, "placeholder") == [line]


# --- keyword walls between commas, phrases glued to the host --------------------------------------


def test_a_comma_wall_inside_a_line_goes_with_its_commas(ruleset: Ruleset, settings: Settings) -> None:
    line = (
        "Warga menggelar kerja bakti membersihkan makam menjelang Ramadan. slot gacor, slot online, judi "
        "slot, slot88, rtp slot, bocoran slot Kegiatan ditutup dengan doa."
    )
    cleaned = "Warga menggelar kerja bakti membersihkan makam menjelang Ramadan. Kegiatan ditutup dengan doa."
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence's enumeration joins its last item with a word
        "Kominfo memblokir ribuan situs dengan kata kunci slot gacor, slot online, judi slot, slot88, dan "
        "rtp slot sepanjang tahun ini.",
        "Polisi menyita ponsel berisi aplikasi slot gacor, slot online, judi slot, togel online dan kartu "
        "remi.",
    ],
)
def test_a_listing_of_the_trade_in_news_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        (
            "Para pelajar menanam mangrove dalam program peduli lingkungan hidupjudionline24jam.",
            "Para pelajar menanam mangrove dalam program peduli lingkungan hidup.",
        ),
        (
            "Harga sayur di Pasar Legi melonjakpinjolcairtanpaBIchecking. Pasokan dari Solo berkurang.",
            "Harga sayur di Pasar Legi melonjak. Pasokan dari Solo berkurang.",
        ),
        (
            "Harga telur turun menjadi Rp26.000 per kilogram.OBATPELANGSINGAMPUH Pasokan peternak melimpah.",
            "Harga telur turun menjadi Rp26.000 per kilogram. Pasokan peternak melimpah.",
        ),
    ],
)
def test_a_phrase_glued_to_the_host_goes_and_the_host_word_stays(
    line: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Kampanye #StopJudiOnline digelar pelajar di alun-alun bersama Polres setempat pada Minggu pagi.",
        "Program pemberdayaan kesejahteraan masyarakat pesisir dilanjutkan tahun depan.",
    ],
)
def test_hashtags_and_long_words_are_not_glued_phrases(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- a run pasted as a dashed aside -----------------------------------------------------------------


def test_a_run_pasted_as_a_dashed_aside_takes_the_aside(ruleset: Ruleset, settings: Settings) -> None:
    line = (
        "Polisi mengimbau pengendara tidak memakai ponsel — mending pakai HP buat spin slot gacor di rumah."
    )
    assert clean(page(line), ruleset, settings).text == page(
        "Polisi mengimbau pengendara tidak memakai ponsel."
    )


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        # the host's own aside keeps its prose around the run
        (
            "Lomba dibuka bupati — yang datang bersama para camat slot gacor dan kepala desa — pada pagi.",
            "Lomba dibuka bupati — yang datang bersama para camat dan kepala desa — pada pagi.",
        ),
        # a host's bracket keeps its words
        (
            "Pesawat itu dibuat untuk operasi COIN (COunter slot gacor - INsurgency) pada 1960-an.",
            "Pesawat itu dibuat untuk operasi COIN (COunter - INsurgency) pada 1960-an.",
        ),
    ],
)
def test_a_hosts_aside_keeps_its_words(line: str, cleaned: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page(cleaned)
