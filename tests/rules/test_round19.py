"""Round 19: the trade's offers written with their numbers (`[formulas]` of injected_spam.toml), found
by their shape whatever the digits, and the bank's, wallet's and depot's numbers that stay."""

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
HOST = "Harga cabai naik lagi di pasar induk. {} Pedagang mengeluh sepi pembeli."


def page(*lines: str) -> str:
    return "\n".join([TITLE, "", LEAD, *lines, CLOSE])


@pytest.mark.parametrize(
    "offer",
    [
        # amounts no lexicon lists: the shape is the signal
        "Depo 35 bonus 35 cuma di sini.",
        "Cukup min depo 15rb langsung main.",
        "Depo 30 bonus 40 tanpa TO.",
        "Wd 75rb langsung cair.",
        "Minimal deposit 12k via dana.",
    ],
)
def test_an_offer_with_its_numbers_goes_and_the_host_stays(
    offer: str, ruleset: Ruleset, settings: Settings
) -> None:
    line = HOST.format(offer)
    assert clean(page(line), ruleset, settings).text == page(HOST.format("").replace("  ", " "))


@pytest.mark.parametrize(
    "line",
    [
        # a bank's or a wallet's amount in plain units, a depot's number, a down payment
        "Nasabah cukup deposit 50 ribu untuk membuka rekening tabungan di bank itu.",
        "Setoran awal deposit Rp 1 juta berlaku untuk rekening baru mulai bulan depan.",
        "Truk tangki keluar dari depo 2 Pertamina menuju SPBU di kota itu.",
        "Pembeli membayar DP 500k untuk motor bekas itu, sisanya dicicil tiga bulan.",
        "Bonus 20 persen diberikan kepada pegawai yang menabung 100 ribu setiap bulan.",
    ],
)
def test_amounts_of_banks_depots_and_shops_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- a site's name in plain words that ends the pitch -----------------------------------------------

LONG_HOST = (
    "Bupati meresmikan jembatan gantung yang menghubungkan dua dusun di tepi sungai itu. Jembatan "
    "dibangun dengan dana desa senilai Rp600 juta. {}"
)


@pytest.mark.parametrize(
    "pitch",
    [
        "Depo 25 bonus 25 khusus member baru Raja Cendana.",
        "Slot gacor hari ini Cahaya Bulan.",
    ],
)
def test_a_name_in_capitals_that_ends_a_pitch_goes_with_it(
    pitch: str, ruleset: Ruleset, settings: Settings
) -> None:
    line = LONG_HOST.format(pitch)
    assert clean(page(line), ruleset, settings).text == page(LONG_HOST.format("").rstrip())


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # the sentence is about the trade: nothing goes
        ("Polisi menangkap agen judi online Budi Santoso.", None),
        # the run does not open its sentence: the name after it is the host's
        (
            "Ia bermain slot gacor bersama Andi Wijaya.",
            "Ia bermain bersama Andi Wijaya.",
        ),
    ],
)
def test_a_name_after_a_run_inside_a_sentence_stays(
    line: str, kept: str | None, ruleset: Ruleset, settings: Settings
) -> None:
    text = LONG_HOST.format(line)
    expected = LONG_HOST.format(kept) if kept else text
    assert clean(page(text), ruleset, settings).text == page(expected)


# --- a writer's note in the open: a part of the text not checked yet --------------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Catatan editor: paragraf ini belum diperiksa fakta.", ""),
        ("Informasi dalam bagian ini masih memerlukan rujukan tambahan.", ""),
        # a clause: the sentence keeps its own words and its full stop
        (
            "Harga tiket masuk Rp25.000 per orang, harga perlu dikonfirmasi ulang sebelum tayang.",
            "Harga tiket masuk Rp25.000 per orang.",
        ),
    ],
)
def test_a_note_that_the_text_is_unchecked_goes(
    line: str, kept: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = LONG_HOST.format(line)
    assert flagged(page(text), ruleset, "placeholder.verification_note")
    assert clean(page(text), ruleset, settings).text == page(LONG_HOST.format(kept).rstrip())


@pytest.mark.parametrize(
    "line",
    [
        # news about a claim or a video the newsroom could not check
        "Video ini belum dapat diverifikasi secara independen oleh redaksi.",
        "Kabar itu masih perlu dikonfirmasi kepada pihak kepolisian setempat.",
        "Menurut BPS, data ini perlu diverifikasi ulang sebelum dipakai untuk bantuan sosial.",
        "Klaim ini belum diverifikasi oleh lembaga mana pun hingga Senin malam.",
    ],
)
def test_news_about_an_unchecked_claim_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(LONG_HOST.format(line)), ruleset, "placeholder") == []


# --- masked fillers: a year or a phone number with its digits left as X -----------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Desa ini didirikan pada tahun 18XX oleh para perantau dari Banyumas.",
            "Desa ini didirikan pada tahun oleh para perantau dari Banyumas.",
        ),
        (
            "Untuk informasi lebih lanjut, warga dapat menghubungi nomor 0xxx-xxxx-xxxx.",
            "Untuk informasi lebih lanjut, warga dapat menghubungi nomor.",
        ),
        ("Layanan pelanggan: 08xx xxxx xxxx setiap hari kerja.", "Layanan pelanggan: setiap hari kerja."),
    ],
)
def test_a_masked_year_or_phone_goes(line: str, kept: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "placeholder.template_token")
    assert clean(page(line), ruleset, settings).text == page(kept)


@pytest.mark.parametrize(
    "line",
    [
        # a privacy mask keeps digits; a series of models; a Roman numeral
        "Polisi menyebut pelaku memakai nomor 0812-xxxx-xxxx untuk menipu korbannya.",
        "Kartu grafis seri RTX 20XX masih banyak dipakai para gamer di Indonesia.",
        "Pada abad XX kota pelabuhan itu tumbuh pesat berkat perdagangan rempah.",
    ],
)
def test_masks_with_meaning_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# --- reports of the trade: a phrase a subject word carries on, a quoted offer -----------------------


@pytest.mark.parametrize(
    "line",
    [
        # `judi` carried on by a phrase written plainly is no disguise
        "Tim gabungan Polda membongkar praktik judi tembak ikan di lantai tiga sebuah ruko di Medan.",
        # a report quoting the offer in a closed quotation
        'Polisi menemukan skrip percakapan yang dipakai operator, misalnya "Kak, hari ini ada promo '
        'cashback kekalahan 10%". Skrip itu dikirim ke nomor acak.',
    ],
)
def test_reports_of_the_trade_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- a site named in plain words with the trade's word at its end ------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Bermain di Cahaya Bulan Casino bikin hidup lebih berwarna.", "Cahaya Bulan Casino"),
        ("Yuk gabung di Bintang Laut Poker, bonus harian menanti.", "Bintang Laut Poker"),
    ],
)
def test_a_plain_word_site_in_a_pitch_goes(
    line: str, name: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = LONG_HOST.format(line)
    assert any(name in flag for flag in flagged(page(text), ruleset, "injected_spam"))
    assert name not in clean(page(text), ruleset, settings).text


@pytest.mark.parametrize(
    "line",
    [
        # news and travel naming a real casino, with no word of a pitch; a heading in title case
        "Wisatawan Indonesia banyak berkunjung ke Marina Bay Casino di Singapura.",
        "Polisi menggerebek Royal Casino di Batam dan menangkap tujuh orang pengelolanya.",
        "Cara Menambah Slot Kartu Memori di Ponsel Lama",
    ],
)
def test_a_named_casino_in_news_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(LONG_HOST.format(line)), ruleset, "injected_spam") == []
