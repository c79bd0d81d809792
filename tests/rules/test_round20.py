"""Round 20: consent banners' other lines, unfinished attributions and sign-offs, disguised spam lines
and injected runs that go on to their address, found by a blind probe set of D's weakest kinds
(`evaluation/probes/lines_phrases/`), each with the look-alike that stays."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Warga Desa Menyambut Pembangunan Jalan Baru"
LEAD = (
    "Menurut data dinas setempat, jumlah penduduk di kecamatan itu bertambah sekitar dua persen setiap tahun."
)
MIDDLE = (
    "Rapat koordinasi digelar di kantor bupati pada Senin pagi dan dihadiri perwakilan berbagai instansi."
)
CLOSE = "Warga berharap perbaikan saluran air dapat selesai sebelum musim hujan datang."


def page(*lines: str) -> str:
    return "\n\n".join([TITLE, LEAD, *lines, CLOSE])


def middle(line: str) -> str:
    """`line` alone between two paragraphs of an article, away from any other line of its banner."""
    return "\n\n".join([TITLE, LEAD, line, MIDDLE, CLOSE])


# --- consent banners: the lines that stand alone ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a row of the settings: the kinds run together, a kind with its toggle
        "Cookie Fungsional Cookie Analitik Cookie Iklan",
        "Cookie yang Sangat Diperlukan Selalu Aktif",
        # the banner's close and decline buttons with the cookie word, a manager's credit
        "Tutup banner cookie ✕",
        "cookies policy accept decline",
        "Cookie settings powered by ConsentKu",
        # a notice with its button run on after it
        "Portal resmi Pemerintah Kota Sukamulya menggunakan cookies untuk keperluan statistik. Lanjutkan",
        # the reader's choice told with what it does to tracking here, or where to change it
        "Jika Anda menolak, informasi Anda tidak akan dilacak saat Anda mengunjungi situs web ini.",
        'Anda bisa mengubah pilihan kapan saja lewat tautan "Pengaturan Privasi" di bagian bawah halaman.',
        # the consent manager's purposes, vendor link and a button no other text writes
        "Kami dan mitra kami memerlukan persetujuan Anda: Simpan dan/atau akses informasi di perangkat",
        "Lihat 315 mitra kami (vendor)",
        "Lanjutkan tanpa menerima →",
        # a pointer to the site's own terms
        "Baca Kebijakan Privasi kami untuk informasi lebih lanjut.",
    ],
)
def test_a_consent_banners_line_goes_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(middle(line), ruleset, "boilerplate.cookie_notice") == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a heading that joins two kinds, news with a question after it, advice, a spokesman's words
        "Cookie Analitik dan Cookie Fungsional",
        "Peneliti menemukan situs pemerintah memakai cookies pelacak tanpa izin pengguna. Setuju?",
        "Baca kebijakan privasi aplikasi sebelum mengunduhnya ke ponsel Anda.",
        "Jika Anda menolak, iklan tetap muncul tetapi tidak akan dilacak, kata juru bicara perusahaan itu.",
        # a lone button with no banner next to it stays (the rule's design)
        "Setuju",
    ],
)
def test_look_alikes_of_a_banner_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(middle(line), ruleset, "boilerplate.cookie_notice") == []


# --- attributions cut off, a sign-off left unfinished -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Menurut laporan dari", "Menurut laporan dari ...", "Originally published at", "Keterangan dari"],
)
def test_an_attribution_cut_off_before_its_source_goes(line: str, ruleset: Ruleset) -> None:
    assert flagged(middle(line), ruleset, "placeholder.unfinished_attribution") == [line]


@pytest.mark.parametrize("line", ["Menurut data BPS, angka kemiskinan turun.", "Menurut Bupati"])
def test_an_attribution_with_its_source_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(middle(line), ruleset, "placeholder.unfinished_attribution") == []


def test_a_sign_off_with_an_empty_part_goes(ruleset: Ruleset, settings: Settings) -> None:
    text = page("Petani memanen padi di sawah pada pagi hari. (ant/ )")
    assert flagged(text, ruleset, "boilerplate.end_code") == ["(ant/ )"]
    assert clean(text, ruleset, settings).text.count("(ant") == 0


# --- disguised spam lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # stars drawn in place of vowels
        "sl★t g★c★r m★xw★n malam ini, link di bio 👆",
        # a regulator the offer promises to do without is no news
        "Pinjaman cepat cair via aplikasi (tanpa ribet OJK): unduh di bit[.]ly/c41r-k1l4t",
        # an adult product sold, dotted letters and a spaced number
        "Alat bantu dewasa p.r.i.a original, kirim tanpa label, order WA 08 77 66 00 51 49",
    ],
)
def test_a_disguised_spam_line_goes(line: str, ruleset: Ruleset) -> None:
    assert flagged(middle(line), ruleset, "injected_spam") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Hotel itu mendapat penilaian 4★ dari para tamu dan bintang ★★★ dari asosiasi.",
        "Satgas menutup pinjol cepat cair tanpa izin OJK yang meresahkan warga.",
        "Polisi menyita ratusan alat bantu seks dari sebuah gudang di Bekasi.",
        "Penyandang disabilitas menerima alat bantu dengar dari dinas sosial.",
    ],
)
def test_stars_regulators_and_aids_in_prose_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(middle(line), ruleset, "injected_spam") == []


# --- injected runs: heads of two words, the area, the company sought, the address --------------------

HOST = "Harga cabai naik lagi di pasar induk. Pedagang {} mengeluh sepi pembeli sejak pekan lalu."


@pytest.mark.parametrize(
    "run",
    [
        "live draw GARUDATOTO",
        "spin gratis member baru RATUSLOT",
        "open BO area Bandung",
        "janda kesepian cari teman kencan",
        "booking cewek BO via KENCANASRI",
        "togel hongkong malam ini klik bit.ly/angka-jitu",
        "judi bola online wa.me/6285700001111",
    ],
)
def test_a_run_goes_whole_and_the_host_stays(run: str, ruleset: Ruleset, settings: Settings) -> None:
    text = page(HOST.format(run))
    assert clean(text, ruleset, settings).text == page(HOST.format("").replace("  ", " "))


def test_a_sentence_with_a_run_and_its_address_keeps_its_words(ruleset: Ruleset, settings: Settings) -> None:
    line = (
        "Jalan tol ruas Cikampek ditutup sementara untuk taruhan bola online klik bit.ly/menang-parlay "
        "mulai pukul 22.00 WIB."
    )
    kept = clean(page(line), ruleset, settings).text
    assert "Jalan tol ruas Cikampek ditutup sementara untuk" in kept
    assert "parlay" not in kept and "taruhan" not in kept


@pytest.mark.parametrize(
    "run",
    [
        "cewek cantik open BO",
        "obat pembesar pria asli di tokoherbalpria.xyz",
        "obat telat datang bulan ampuh",
        "pil pemutih kulit original",
        "video skandal artis viral t.me/viralnosensor",
        # a name in capitals after a run that opens in capitals itself; an adult show by its age mark
        "aplikasi VCS TANTEMANIS 24 jam",
        "live 18+ GOYANGTV tanpa sensor",
    ],
)
def test_the_looks_a_run_opens_with_and_the_pills_it_sells_go_with_it(
    run: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = page(HOST.format(run))
    assert clean(text, ruleset, settings).text == page(HOST.format("").replace("  ", " "))


@pytest.mark.parametrize(
    "line",
    [
        "Dokter mengingatkan pil pemutih kulit tanpa izin BPOM dapat merusak ginjal.",
        "Polisi menangkap penjual obat telat datang bulan di Surabaya.",
        "Ahli gizi menyarankan kapsul stamina tidak diminum bersama kopi.",
        "Tayangan itu memuat video skandal artis yang kemudian dilaporkan ke polisi.",
        "Bioskop itu menayangkan film 18+ setelah pukul 21.00 sesuai aturan lembaga sensor.",
    ],
)
def test_health_and_crime_news_naming_the_pills_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []
