"""End codes: a desk's sign-off closing a story (editors' initials, an agency or a site, a source label,
stars, an agency between dashes) goes, after the last sentence of the last paragraph or alone in the page's
tail; brackets inside prose (`(DPR)`, `(km)`, `(yoy)`) and acronyms after a full stop stay."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Pemkot Bandung Gelar Operasi Pasar Minyak Goreng di Lima Kecamatan"
LEAD = (
    "Pemerintah Kota Bandung menggelar operasi pasar minyak goreng di lima kecamatan mulai Senin pagi "
    "untuk menekan harga yang terus naik."
)
LAST = "Warga dapat membeli paling banyak dua liter per orang dengan menunjukkan KTP."

# Sign-offs of Indonesian desks and agencies, in the forms real sites print them.
CODES = [
    "(ant)",
    "(kid/kid)",
    "(wsn/asp)",
    "(*)",
    "(mdk/rnd)",
    "(Antara)",
    "(jpnn)",
    "(rls)",
    "(adv)",
    "(end)",
    "(red)",
    "(ysp/ege)",
    "(ANT)",
    "(Ant)",
    "(rdk)",
    "(hms)",
    "(tribunnews)",
    "(tribun)",
    "(tribunjateng.com)",
    "(antaranews)",
    "(okz)",
    "(RMOL)",
    "(jpnn.com)",
    "(JPNN)",
    "(dtk)",
    "(kompas)",
    "(Kompas.com)",
    "(wan)",
    "(ADV)",
    "(***)",
    "(**)",
    "***",
    "(*/rls)",
    "(rls/ant)",
    "(ant/jpnn)",
    "(TIM)",
    "(Tim)",
    "(dbs)",
    "(red/ant)",
    "(RED)",
    "(hmi/red)",
    "(Ant/HMS)",
    "(ed: rnd)",
    "[ant]",
    "[red]",
    "(IDN Times/Aldi)",
    "(Antara/Reuters)",
    "(AFP)",
    "(Reuters)",
    "(AP)",
    "(Xinhua)",
    "(BBC)",
    "(uci/hn)",
    "(mrc/jun)",
    "[END]",
    "(berbagai sumber)",
    "(mg2/fan)",
    "(c1/fan)",
    "(OL-3)",
    "(Sumber: Antara)",
]


@pytest.mark.parametrize("code", CODES)
def test_end_code_alone_after_the_last_paragraph_removed(
    code: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n{code}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize("code", ["-- ANTARA --", "—ANT—", "--ant--", "== ANTARA ==", "**", "*"])
def test_agency_between_dashes_and_stars_removed(code: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST}\n{code}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize(
    "code",
    [
        "(ANT)",
        "(TIM)",
        "(RED)",
        "(tribunnews)",
        "(tribun)",
        "(antaranews)",
        "(kompas)",
        "(RMOL)",
        "(JPNN)",
        "(jpnn.com)",
        "(BBC)",
        "(AFP)",
        "(AP)",
        "(berbagai sumber)",
        "(ed: rnd)",
        "**",
        "*",
        "(Tim)",
        "(dbs)",
        "(rls/ant)",
    ],
)
def test_end_code_closing_the_last_paragraph_removed(code: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST} {code}"
    assert code in flagged(text, ruleset, "boilerplate.end_code")
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize(
    "last",
    [
        "Usulan itu akan dibahas bersama Dewan Perwakilan Rakyat (DPR).",
        "Data terbaru dirilis Badan Pusat Statistik (BPS).",
        "Data itu dirilis Badan Pusat Statistik. (BPS)",
        "Jarak tempuhnya sekitar 12 kilometer (km).",
        "Lahan yang terbakar mencapai 40 hektare (ha).",
        "Ia menyebut pengumuman resmi akan disampaikan pekan depan (Senin).",
        "Pertandingan berakhir imbang 1-1 (0-0).",
        "Harga naik 2,6 persen secara tahunan (yoy).",
        "Tarif baru berlaku untuk kendaraan golongan I (sedan, jip, pikap).",
        "Hasil akhirnya ditentukan lewat adu penalti (4-3).",
        "Kebijakan itu disebut sebagai langkah tepat oleh warga (dan pengamat).",
        "Pasar itu buka setiap hari pukul 05.00-17.00 WIB (kecuali Jumat).",
        "Informasi lebih lanjut dapat diperoleh di kantor kelurahan (lihat lampiran).",
        "Kecepatan kereta mencapai 350 kilometer per jam (km/jam).",
        "Harga minyak goreng curah Rp 15.000 per liter (Rp/liter).",
        "Operasi pasar juga digelar Dinas Perdagangan dan Perindustrian (Disdagin).",
    ],
)
def test_brackets_of_prose_closing_the_story_stay(last: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{last}"
    assert flagged(text, ruleset, "boilerplate.end_code") == []
    assert clean(text, ruleset, settings).text == text


def test_a_sign_off_word_mid_page_stays(ruleset: Ruleset) -> None:
    # A single code ending a paragraph mid-page is not the story's end.
    text = f"{TITLE}\n\n{LEAD} (tribun)\n\n{LAST}"
    assert flagged(text, ruleset, "boilerplate.end_code") == []


@pytest.mark.parametrize(
    "code",
    [
        "(jpnn/fat)",
        "(antara/red)",
        "(Sumber: Antara)",
        "(IDN Times/Aldi)",
        "(ant/Kompas.com)",
        # an outlet's name in capitals and a desk's initials: a sign-off, not a photographer's credit
        "(TRIBUNNEWS/ABC)",
        "(JAWAPOS/fat)",
    ],
)
def test_the_last_paragraph_before_a_credit_like_sign_off_stays(
    code: str, ruleset: Ruleset, settings: Settings
) -> None:
    # A sign-off of the form `(outlet/initials)` looks like a photo credit; the story's last paragraph
    # before it is not a caption and stays.
    last = (
        "Pemerintah berjanji menambah pasokan dari gudang Bulog dalam dua minggu agar harga kembali stabil."
    )
    text = f"{TITLE}\n\n{LEAD}\n\n{last} {code}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{last}"


# --- round 6: sign-offs by breadth (desks' codes, sites with a reporter, dashes, stars, a full stop) --------

ROUND6_CLOSING = [
    "(dnu/dnu)",
    "(rdp/imk)",
    "(fab/fab)",
    "(rzr/dal)",
    "(han)",
    "[ded]",
    "[bal/ray]",
    "(jpg/c7/ttg)",
    "(Tribunnews.com/Fersianus Waku)",
    "(TribunJakarta.com/Elga Hikari Putra)",
    "( Tribunnews.com / Reza Deni )",
    "(Suara.com/Nama Lengkap)",
    "(tribunjogja.com/Andi)",
    "(Surya.co.id/Budi)",
    "- Red",
    "-Red-",
    "— red",
    "– ANTARA",
    "- Antara",
    "-ant-",
    "(red/ega)",
    "(**/rls)",
    "[*]",
    "(***/ant)",
    "*/",
    "*/rls",
    "(*/)",
    "( ega / ega )",
    "(DTC/EGA)",
    "(DIT/ELN)",
    "(rdp/rdp/imk)",
    "(Adv.)",
    "(adv.)",
    "(Rls)",
    "(Red-01)",
    "(Red/01)",
    "(RLS/Humas Polres)",
    "(Humas Pemkab Garut)",
    "(sumber: kompas.com)",
    "(Sumber : Detik.com)",
    "(wk/ade)",
    "(ega/ega).",
    "(ant).",
    "(ANTARA/Reza)",
    "(rel)",
    "(*-3)",
    "(k25)",
    "(aji/d)",
    "(AS/OL-09)",
    "(m-3)",
    "(int/ant)",
    "(Antara/Reuters/AFP)",
    "(Reporter: Andi Saputra)",
    "(Rep: Andi)",
    "(fik) **",
    "(ant) ***",
    "(tim redaksi)",
    "(dari berbagai sumber)",
    "(berbagai sumber/red)",
    "(press release)",
    "(Advertorial)",
    "(adv/kominfo)",
    "(Prokopim)",
    "(hms/ant)",
    "(mg3/ega)",
    "(c2/jpg)",
    "—(ant)",
    "- (ant)",
    "(ANT/Kid)",
    "(Laporan wartawan Tribun, Andi Saputra)",
    "(Kontributor Garut, Andi Saputra)",
    "Sumber: Antara",
    "Sumber: Kompas.com",
    "(Sumber: Antara, Reuters)",
    "(dnu,ega)",
    "(humas polda jabar)",
    "(ded/ded) [Video]",
    "— Red/Ega",
    "(Antaranews.com)",
    "(ega/DNU)",
    "(Sumber: Kompas.com/Andi Saputra | Editor: Budi)",
    "(Tribunnews.com/Andi Saputra/Budi)",
    "(Ant/Andi Saputra/Budi Santoso)",
    "(Editor: Budi Santoso/Ant)",
    "(ful/jpnn)",
    "(sumber: antaranews.com)",
    # round 7: two groups in a row, a one-letter first part, spaced or backslashed, braces, emphasis
    "(mdk/ded) (dnu)",
    "(ega) (dnu)",
    "(a/fik)",
    "{ant/fik}",
    "(ant / fik)",
    "**(ant)**",
    "(ant\\fik)",
]


@pytest.mark.parametrize("code", ROUND6_CLOSING)
def test_round6_sign_off_closing_the_last_paragraph_removed(
    code: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST} {code}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize(
    "code", ["(dnu/dnu)", "(han)", "- Red", "(ant).", "*/", "(rls)", "(Ant)", "(cnbc/xyz)"]
)
@pytest.mark.parametrize(
    "tail", ["Tags: pasar, minyak goreng", "Baca Juga: Harga Beras di Cianjur Turun Jelang Panen Raya"]
)
def test_round6_sign_off_before_the_tail_chrome_removed(
    code: str, tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST} {code}\n\n{tail}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


ROUND6_PROSE_ENDINGS = [
    "Usulan itu dibahas bersama Partai Demokrasi Indonesia Perjuangan (PDIP).",
    "Proyek itu dikerjakan oleh PT Wijaya Karya (Persero).",
    "Pengumuman itu disampaikan oleh Komisi Pemilihan Umum (KPU).",
    "Kerugian ditaksir mencapai Rp 2 miliar (sekitar USD 130.000).",
    "Harga minyak goreng turun 3 persen (mtm).",
    "Ia mengatakan hal itu di Gedung Nusantara II (DPR/MPR).",
    "Kapal itu dikelola oleh PT Pelni (Persero) sejak 2010.",
    "Bantuan disalurkan melalui Badan Amil Zakat Nasional (Baznas).",
    "Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD).",
    "Tarif berlaku bagi kendaraan pribadi (mobil/motor).",
    "Kepala desa itu dijerat pasal korupsi (Tipikor).",
    "Hal ini disampaikan Ketua Umum Partai Golongan Karya (Golkar).",
    "Pendaftaran dibuka hingga 30 Juni (pukul 23.59 WIB).",
    "Warga diminta menghubungi call center 112 (gratis).",
    "Penyaluran bantuan dilakukan Kementerian Sosial (Kemensos).",
    "Kasus itu ditangani Direktorat Reserse Kriminal Khusus (Ditreskrimsus).",
    "Skor akhir pertandingan itu 2-1 untuk tim tamu - sebuah kejutan.",
    "Ia membaca berita itu di kantor berita Antara.",
    "Laporan itu dikutip dari kantor berita Reuters dan AFP.",
]


@pytest.mark.parametrize("last", ROUND6_PROSE_ENDINGS)
def test_round6_brackets_and_names_of_prose_closing_the_story_stay(
    last: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{last}"
    assert flagged(text, ruleset, "boilerplate.end_code") == []
    assert clean(text, ruleset, settings).text == text


@pytest.mark.parametrize(
    "line",
    [
        "Kecepatan kendaraan dibatasi 40 (km / jam) di kawasan pasar.",
        "Rasio itu ditulis sebagai (a/b) dalam rumus yang dipakai peneliti.",
    ],
)
def test_round7_brackets_inside_a_sentence_stay(line: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{line}\n\n{LEAD}"
    assert clean(text, ruleset, settings).text == text


@pytest.mark.parametrize("code", ["(han)", "(rdk)", "(ant)"])
@pytest.mark.parametrize(
    "after",
    [
        # a photo caption under the story is no paragraph of it
        "Warga antre membeli minyak goreng di Kiaracondong, Senin (3/6/2024). Kabar Kota/Dok/Sari Siregar.",
        "Petugas menata jeriken minyak goreng di gudang (Dok. Humas Pemkot)",
        # nor a labelled link to another story
        "Pilihan Redaksi | Harga Beras di Cianjur Turun Jelang Panen Raya | 2 jam lalu",
    ],
)
def test_round8_single_code_closing_the_story_before_a_caption_or_a_link_removed(
    code: str, after: str, ruleset: Ruleset
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST} {code}\n\n{after}"
    assert flagged(text, ruleset, "boilerplate.end_code") == [code]


@pytest.mark.parametrize(
    "caption",
    [
        "Ilustrasi, warga antre membeli minyak goreng di pasar. (Kabar Kota/Sari Siregar)",
        "Ilustrasi antrean warga di pasar. (Canva/Sari Siregar)",
        "Petugas menata jeriken minyak goreng di gudang (Dok. Humas Pemkot)",
    ],
)
def test_round8_caption_closing_the_page_goes_whole(caption: str, ruleset: Ruleset) -> None:
    # Under the story's last paragraph, a caption closed by a credit is no paragraph with a sign-off:
    # it opens with `Ilustrasi` or does not end a sentence before its credit.
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n{caption}"
    assert flagged(text, ruleset, "boilerplate.photo_credit") == [caption]


def test_round8_last_paragraph_with_a_sign_off_keeps_its_words(ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST} (Kabar Kota/Sari Siregar)"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize(
    "caption",
    [
        "Warga antre di depan gudang Bulog. (Sari Siregar/Kabar Kota)",
        "Petugas menata jeriken minyak goreng. - Kabar Kota/Dedi Mulyadi",
    ],
)
def test_round8_short_caption_with_a_photographers_name_under_the_story_goes_whole(
    caption: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n{caption}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize("code", ["— ANTARA", "- Reuters", "—ANT", "– antaranews"])
def test_round13_an_agency_after_one_dash_alone_on_the_last_line_removed(
    code: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n{code}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


def test_round13_a_name_after_one_dash_closing_the_page_stays(ruleset: Ruleset, settings: Settings) -> None:
    # an epigraph's or a letter's signature is no desk
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n— Pramoedya Ananta Toer"
    assert clean(text, ruleset, settings).text == text


@pytest.mark.parametrize(
    "code", ["(ONG)", "(RIF)", "(ZA)", "HENDARTYO HANGGI | ANTARA", "ANTARA | EKO ARI WIBOWO"]
)
def test_round13_initials_and_credits_in_capitals_closing_the_story_removed(
    code: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{LAST} {code}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{LAST}"


@pytest.mark.parametrize(
    "last",
    [
        # the page spells the acronym out, or uses it: an acronym, not a desk's initials
        "Pengawasan dilakukan Badan Pengawas Obat dan Makanan. Hasilnya diumumkan pekan depan. (BPOM)",
        "Menurut OJK, jumlah aduan naik. Aduan paling banyak soal penagihan. (OJK)",
        # capitals inside the last sentence are its own words
        "Warga dapat membeli paling banyak dua liter per orang di gerai PT KAI | STASIUN BANDUNG.",
    ],
)
def test_round13_acronyms_and_capitals_of_the_story_stay(
    last: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{last}"
    assert clean(text, ruleset, settings).text == text
