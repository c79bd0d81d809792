"""Keyword stuffing: the page's SEO keyword (its title or a part of it) glued before a paragraph or
after a heading is flagged; headings that are or share the title's words, and sentences that merely
start with the same words, are not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Cara Menanam Cabai di Pot agar Cepat Berbuah"
PARA = "Menanam cabai di pot cocok bagi warga perkotaan yang tidak memiliki lahan luas di rumah."
SECTION = "Siram tanaman setiap pagi dan beri pupuk NPK dua minggu sekali agar bunganya tidak rontok."


@pytest.mark.parametrize(
    ("glued", "separator"),
    [
        ("Cara menanam cabai di pot agar cepat berbuah", " - "),
        ("Cara menanam cabai di pot agar cepat berbuah", " – "),
        ("cara menanam cabai di pot agar cepat berbuah", " — "),
        ("CARA MENANAM CABAI DI POT AGAR CEPAT BERBUAH", ": "),
        ("Cara Menanam Cabai di Pot agar Cepat Berbuah", " | "),
    ],
)
def test_keyword_before_a_paragraph_flagged(
    glued: str, separator: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{glued}{separator}{PARA}\nPerawatan Harian\n{SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [glued + separator]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{PARA}\nPerawatan Harian\n{SECTION}"


@pytest.mark.parametrize(
    ("heading", "separator", "glued"),
    [
        ("Memilih Benih yang Unggul", ", ", "Cara Menanam Cabai di Pot agar Cepat Berbuah"),
        ("Memilih Benih yang Unggul", ", ", "cara menanam cabai di pot agar cepat berbuah"),
        ("Perawatan Harian", " - ", "Cara Menanam Cabai di Pot agar Cepat Berbuah"),
        ("Perawatan Harian", " | ", "Cara Menanam Cabai di Pot agar Cepat Berbuah"),
    ],
)
def test_keyword_after_a_heading_flagged(
    heading: str, separator: str, glued: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{PARA}\n{heading}{separator}{glued}\n{SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [separator.rstrip() + " " + glued]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{PARA}\n{heading}\n{SECTION}"


def test_a_part_of_the_title_is_a_keyword(ruleset: Ruleset, settings: Settings) -> None:
    title = "Resep Rendang Daging Sapi Khas Padang: Empuk dan Bumbunya Meresap"
    text = (
        f"{title}\n\n"
        "Resep rendang daging sapi khas Padang – Rendang adalah masakan Minangkabau yang dimasak "
        "berjam-jam dengan santan.\n"
        "Bahan-Bahan yang Dibutuhkan, Resep Rendang Daging Sapi Khas Padang\n"
        "Siapkan satu kilogram daging sapi bagian paha dan dua liter santan kental."
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [
        "Resep rendang daging sapi khas Padang – ",
        ", Resep Rendang Daging Sapi Khas Padang",
    ]
    assert clean(text, ruleset, settings).text == (
        f"{title}\n\n"
        "Rendang adalah masakan Minangkabau yang dimasak berjam-jam dengan santan.\n"
        "Bahan-Bahan yang Dibutuhkan\n"
        "Siapkan satu kilogram daging sapi bagian paha dan dua liter santan kental."
    )


def test_the_declared_title_is_a_keyword_source(ruleset: Ruleset) -> None:
    # The page prints a shortened title; the <h1> (title hint) carries the full SEO keyword.
    hint = "Review HP Terbaik 2024: Samsung Galaxy A55 vs Xiaomi 14T"
    text = (
        "Samsung Galaxy A55 vs Xiaomi 14T\n\n"
        "Review HP terbaik 2024 – Kali ini kami membandingkan dua ponsel kelas menengah yang laris.\n"
        "Desain dan Layar — Review HP Terbaik 2024\n"
        "Keduanya memakai layar AMOLED 120 Hz dengan kecerahan puncak di atas 1.000 nit."
    )
    assert flagged(text, ruleset, "keyword_stuffing", title_hint=hint) == [
        "Review HP terbaik 2024 – ",
        " — Review HP Terbaik 2024",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Headings that are a part of the title or share its words.
        f"{TITLE}\n\n{PARA}\nCara Menanam Cabai di Pot\n{SECTION}",
        f"{TITLE}\n\n{PARA}\nMenanam Cabai di Pot untuk Pemula\n{SECTION}",
        f"{TITLE}\n\n{PARA}\nHama yang Sering Menyerang Cabai di Pot\n{SECTION}",
        # A sentence that starts with the keyword's words, without a separator gluing them.
        f"{TITLE}\n\nCara menanam cabai di pot agar cepat berbuah sangat mudah dilakukan.\n{SECTION}",
        # A short title gives no keyword: `Menanam Cabai` is too common to be one.
        "Menanam Cabai\n\nMenanam cabai - kegiatan yang digemari warga kota - tidak sulit.\n"
        "Perawatan, Menanam Cabai",
    ],
)
def test_keyword_stuffing_leaves_content(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "keyword_stuffing") == []


# --- search queries glued to headings and paragraphs (keyword_stuffing.query_phrase) ---------------

Q_TITLE = "Pentingnya Imunisasi Anak bagi Keluarga di Era Modern"
Q_PARA = (
    "Pada tahun 2023 cakupan imunisasi dasar lengkap di Indonesia mencapai 95 persen menurut Kementerian "
    "Kesehatan."
)
Q_SECTION = "Puskesmas di Jawa Barat membuka layanan imunisasi keliling setiap Sabtu pagi bagi warga desa."


@pytest.mark.parametrize(
    ("heading", "glued"),
    [
        # A query word (`apa itu`, `pengertian`, `adalah`, `brainly`, `pdf`, `contoh`, a question word).
        ("Faktor Penyebab", ", apa itu imunisasi anak"),
        ("Tanggapan Masyarakat", " - dampak imunisasi anak brainly"),
        ("Pandangan para ahli", ": apa tujuan imunisasi anak"),
        ("Latar Belakang", " – pengertian imunisasi anak menurut para ahli"),
        ("Sejarah Singkat", ", makalah imunisasi anak pdf"),
        ("Peran Pemerintah Daerah", " — contoh imunisasi anak dalam kehidupan sehari-hari"),
        ("Kronologi Singkat", ", imunisasi anak adalah"),
        ("Apa Itu Imunisasi?", ", jelaskan tentang imunisasi anak"),
        ("Bagaimana program ini berjalan?", ", imunisasi anak terbaru 2024"),
        ("Data dan Fakta", " | kenapa imunisasi anak penting"),
        # The topic in lower case after a comma or dash: a query without a query word.
        ("Dampak Ekonomi dan Sosial", ", imunisasi anak di perkotaan"),
        # After a colon, a topic phrase that opens with a query's head noun.
        ("Kondisi Terkini di Bandung", ": manfaat imunisasi anak bagi keluarga"),
    ],
)
def test_query_after_a_heading_flagged(
    heading: str, glued: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{Q_TITLE}\n\n{Q_PARA}\n{heading}{glued}\n{Q_SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [glued]
    assert flagged(text, ruleset) == [glued]
    assert clean(text, ruleset, settings).text == f"{Q_TITLE}\n\n{Q_PARA}\n{heading}\n{Q_SECTION}"


@pytest.mark.parametrize(
    "glued",
    [
        "imunisasi anak adalah — ",
        "apa itu imunisasi anak - ",
        "Pengertian imunisasi anak – ",
        "Makalah imunisasi anak pdf - ",
        "Sejarah imunisasi anak singkat – ",
        "Manfaat imunisasi anak bagi keluarga — ",  # the title's topic, sentence-cased
        "imunisasi anak di perkotaan - ",
        # A query word also lets a dash inside the sentence pass (`I - Radio`).
        "dampak imunisasi anak brainly — ",
    ],
)
def test_query_before_the_first_paragraph_flagged(glued: str, ruleset: Ruleset, settings: Settings) -> None:
    first = "Pada tahun 2023 I - Radio menyiarkan kampanye imunisasi di 12 kota besar."
    para = first if "brainly" in glued else Q_PARA
    text = f"{Q_TITLE}\n\n{glued}{para}\nCakupan Imunisasi\n{Q_SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [glued]
    assert clean(text, ruleset, settings).text == f"{Q_TITLE}\n\n{para}\nCakupan Imunisasi\n{Q_SECTION}"


def test_a_query_glued_to_several_lines(ruleset: Ruleset, settings: Settings) -> None:
    # No query word, not the title's words: the same lower-case phrase glued three times gives it away.
    query = "vaksin gratis puskesmas terdekat"
    text = (
        f"{Q_TITLE}\n\n{query} – {Q_PARA}\n"
        f"Sejarah Singkat, {query}\n{Q_SECTION}\n"
        f"Tanggapan Masyarakat - {query}\n{Q_PARA}\n"
        f"Penutup\n{Q_SECTION}"
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [f"{query} – ", f", {query}", f" - {query}"]
    assert clean(text, ruleset, settings).text == (
        f"{Q_TITLE}\n\n{Q_PARA}\nSejarah Singkat\n{Q_SECTION}\n"
        f"Tanggapan Masyarakat\n{Q_PARA}\nPenutup\n{Q_SECTION}"
    )


def test_a_query_that_closes_another_heading(ruleset: Ruleset, settings: Settings) -> None:
    # `Candi Prambanan: Candi prambanan di indonesia` is a real (if odd) heading; the same phrase glued in
    # lower case to another heading is the query.
    title = "Warga Maluku Soroti Masalah Candi Prambanan"
    text = (
        f"{title}\n\n{Q_PARA}\nCandi Prambanan: Candi prambanan di indonesia\n{Q_SECTION}\n"
        f"Regulasi dan Kebijakan: candi prambanan di indonesia\n{Q_PARA}"
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [": candi prambanan di indonesia"]
    result = clean(text, ruleset, settings).text
    assert "\nRegulasi dan Kebijakan\n" in result
    assert "\nCandi Prambanan: Candi prambanan di indonesia\n" in result


def test_a_place_name_in_lower_case_is_a_query(ruleset: Ruleset, settings: Settings) -> None:
    # After a colon, with no query word: the page writes `Sumatera` and `Toba` with capitals, the glued
    # phrase does not.
    title = "Pesona Wisata Alam yang Jarang Diketahui"
    para = (
        "Danau Toba di Sumatera Utara terbentuk dari letusan gunung api purba sekitar 74.000 tahun lalu. "
        "Kini danau itu menjadi tujuan wisata utama di Sumatera dan dikunjungi ribuan orang dari Toba."
    )
    text = f"{title}\n\n{para}\nLatar Belakang: wisata danau toba di sumatera\n{Q_SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [": wisata danau toba di sumatera"]
    assert clean(text, ruleset, settings).text == f"{title}\n\n{para}\nLatar Belakang\n{Q_SECTION}"


@pytest.mark.parametrize(
    "lines",
    [
        # `Heading: Subtitle` with a capitalised subtitle, even when it reads like a query.
        ["Imunisasi Anak: Pengertian imunisasi anak menurut para ahli"],
        ["Rendang: Apa itu rendang"],
        ["Vaksin Polio: Sejarah, Jenis, dan Efek Samping"],
        # A lower-case subtitle after a colon that is neither a query nor the topic.
        ["Langkah Pertama: siapkan buku catatan kesehatan"],
        # A capitalised part after a comma or dash.
        ["Imunisasi Anak, Investasi Kesehatan Keluarga"],
        ["Jadwal Imunisasi - Kementerian Kesehatan"],
        # Sentences with dashes.
        ["Presiden Joko Widodo - yang meresmikan program itu - menyebut imunisasi sebagai investasi."],
        ["Jakarta - Kementerian Kesehatan menargetkan cakupan imunisasi 95 persen pada 2024."],
        ["KCIC - Kereta Cepat Indonesia China - mencatat penumpang terbanyak pada akhir pekan."],
        # A dash pair around an aside, after the topic's words.
        ["Imunisasi anak gratis - Senin, 12 Februari - dibuka di seluruh puskesmas Kota Bandung."],
        # A heading in lower case throughout (no case contrast) and a sentence starting with the topic.
        ["Imunisasi anak di perkotaan meningkat tajam dalam lima tahun terakhir."],
    ],
)
def test_query_phrase_leaves_content(lines: list[str], ruleset: Ruleset, settings: Settings) -> None:
    text = f"{Q_TITLE}\n\n{Q_PARA}\n" + "\n".join(lines) + f"\n{Q_SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == []


@pytest.mark.parametrize(
    ("heading", "glued"),
    [
        ("Sejarah Singkat - batik tulis skripsi", " - batik tulis skripsi"),
        ("Keunikan Batik Tulis: batik tulis kelas 4 sd", ": batik tulis kelas 4 sd"),
        ("Motif Batik Tulis: motif batik tulis beserta gambarnya", ": motif batik tulis beserta gambarnya"),
    ],
)
def test_school_and_picture_queries_glued_to_headings(heading: str, glued: str, ruleset: Ruleset) -> None:
    text = (
        "Mengenal Batik Tulis dari Pekalongan\n\n"
        "Batik tulis dibuat dengan canting dan malam oleh perajin di Pekalongan.\n"
        f"{heading}\n"
        "Perajin membutuhkan waktu berminggu-minggu untuk menyelesaikan satu lembar kain."
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [glued]


def test_lower_case_subtitle_about_a_topic_stays(ruleset: Ruleset) -> None:
    text = (
        "Harga Beras di Pasar Tradisional Naik Lagi\n\n"
        "Harga beras medium naik dua ribu rupiah per kilogram dalam sepekan terakhir.\n"
        "Tanggapan Pedagang: soal kenaikan harga beras\n"
        "Pedagang mengaku pasokan dari petani berkurang karena musim panen belum tiba."
    )
    assert flagged(text, ruleset, "keyword_stuffing") == []


def test_a_lower_case_place_name_makes_a_glued_phrase_a_query(ruleset: Ruleset) -> None:
    text = (
        "Artikel\n\n"
        "berita banjir rob semarang terbaru — Air laut kembali merendam permukiman warga di pesisir utara.\n"
        "Nasib malang menimpa - Seorang nelayan hilang saat melaut di perairan selatan pada Senin pagi."
    )
    assert flagged(text, ruleset, "keyword_stuffing") == ["berita banjir rob semarang terbaru — "]


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        (
            "Kisah Nelayan Lombok, bagaimana cara mengatasi abrasi pantai di Lombok",
            ", bagaimana cara mengatasi abrasi pantai di Lombok",
        ),
        (
            "Pengolahan sampah Padang terbaru 2023 – Pemerintah kota menambah armada truk sampah tahun ini.",
            "Pengolahan sampah Padang terbaru 2023 – ",
        ),
    ],
)
def test_a_place_with_a_capital_may_stand_in_a_lower_case_query(
    line: str, glued: str, ruleset: Ruleset
) -> None:
    text = (
        "Artikel Lingkungan\n\n"
        "Abrasi dan sampah menjadi masalah lingkungan di banyak daerah pesisir Indonesia.\n"
        f"{line}\n"
        "Warga bergotong royong menanam mangrove dan membersihkan pantai setiap bulan."
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [glued]


def test_the_headline_is_no_heading_with_a_glued_keyword(ruleset: Ruleset) -> None:
    """The page's title guess fell on a breadcrumb: the headline still ends with the hint's last part,
    which is its own subtitle, not a keyword glued to it."""
    text = (
        "🏠 - Kesehatan Keluarga\n"
        "Laporan Khusus: Posyandu Desa dan Harapan Ibu Hamil\n"
        "Posyandu di desa-desa menjadi tempat ibu hamil memeriksakan kandungan setiap bulan dengan gratis.\n"
        "Kader posyandu mencatat berat badan bayi dan memberi penyuluhan gizi kepada para orang tua."
    )
    hint = "Laporan Khusus: Posyandu Desa dan Harapan Ibu Hamil - SehatKita"
    assert flagged(text, ruleset, "keyword_stuffing", title_hint=hint) == []


# --- round 5: the keyword at a paragraph's end, before a full stop, after a colon, and query walls ------

R5_TITLES = [
    ("Cara Membuat Kue Nastar Lembut dan Renyah", "cara membuat kue nastar lembut dan renyah"),
    ("Harga Emas Antam Hari Ini Naik Tipis", "harga emas antam hari ini naik tipis"),
    ("Syarat Membuat SIM C Baru Tahun 2024", "syarat membuat sim c baru tahun 2024"),
    ("Manfaat Daun Kelor untuk Kesehatan Tubuh", "manfaat daun kelor untuk kesehatan tubuh"),
]
R5_FIRST = "Kabar ini sudah banyak dibahas warganet dan media sejak pekan lalu di berbagai kota."
R5_SECOND = "Simak penjelasan lengkapnya di bawah ini, mulai dari latar belakang hingga langkahnya."


@pytest.mark.parametrize(("title", "keyword"), R5_TITLES)
def test_round5_keyword_closing_a_paragraph_flagged(title: str, keyword: str, ruleset: Ruleset) -> None:
    text = f"{title}\n\n{R5_SECOND}\n{R5_FIRST} {keyword}\nPenjelasan Lengkap\n{R5_SECOND}"
    assert flagged(text, ruleset, "keyword_stuffing") == [" " + keyword]


@pytest.mark.parametrize(("title", "keyword"), R5_TITLES)
def test_round5_title_cased_keyword_with_a_full_stop_before_a_paragraph(
    title: str, keyword: str, ruleset: Ruleset
) -> None:
    text = f"{title}\n\n{title}. {R5_FIRST}\nPenjelasan Lengkap\n{R5_SECOND}"
    assert flagged(text, ruleset, "keyword_stuffing") == [title + ". "]


@pytest.mark.parametrize(
    ("title", "wall"),
    [
        (
            "Cara Membuat Kue Nastar Lembut dan Renyah",
            "resep nastar, nastar lembut, cara membuat nastar, kue lebaran, nastar renyah",
        ),
        (
            "Harga Emas Antam Hari Ini Naik Tipis",
            "harga emas hari ini, emas antam, harga emas 1 gram, emas batangan",
        ),
        (
            "Syarat Membuat SIM C Baru Tahun 2024",
            "syarat sim c • biaya sim c • sim c baru • cara membuat sim",
        ),
        (
            "Manfaat Daun Kelor untuk Kesehatan Tubuh",
            "daun kelor; manfaat kelor; khasiat daun kelor; kelor untuk diabetes",
        ),
    ],
)
def test_round5_a_wall_of_queries_about_the_page_is_flagged(title: str, wall: str, ruleset: Ruleset) -> None:
    text = f"{title}\n\n{R5_FIRST}\nPenjelasan Lengkap\n{R5_SECOND}\n{wall}"
    assert flagged(text, ruleset, "keyword_stuffing") == [wall]


def test_round5_a_subtitle_of_the_topic_after_a_colon_is_a_query(ruleset: Ruleset) -> None:
    text = (
        "Cara Membuat Kue Nastar Lembut dan Renyah\n\n"
        f"{R5_FIRST}\nBahan yang Dibutuhkan: resep nastar lembut anti gagal\n{R5_SECOND}"
    )
    assert flagged(text, ruleset, "keyword_stuffing") == [": resep nastar lembut anti gagal"]


@pytest.mark.parametrize(
    "lines",
    [
        # the title's words ending a sentence of the paragraph, not after its full stop
        [f"{R5_FIRST} Berikut cara membuat kue nastar lembut dan renyah."],
        # the keyword as a real first sentence, in sentence case
        ["Cara membuat kue nastar lembut dan renyah. Nastar adalah kue kering berisi selai nanas."],
        # lists of ingredients, places and steps: no word of the title, or capitals, or a sentence
        ["tepung terigu, mentega, kuning telur, gula halus, selai nanas"],
        ["Jakarta, Bogor, Depok, Tangerang, Bekasi"],
        ["Nastar keju, nastar nanas, nastar cokelat dan nastar gulung laris menjelang Lebaran."],
        ["Bahan: tepung, mentega, telur, gula, selai"],
        ["oven, loyang, mixer, kuas kue, cetakan nastar"],
        ["Langkah 1: campur mentega dan gula hingga lembut"],
        ["Nastar lembut. Itu yang dicari banyak orang menjelang Lebaran, kata pemilik toko."],
        [f"{R5_FIRST} Kue nastar lembut dan renyah"],
        ["Catatan: nastar lembut dan renyah bertahan dua minggu dalam toples kedap udara."],
    ],
)
def test_round5_look_alikes_of_the_new_shapes_stay(lines: list[str], ruleset: Ruleset) -> None:
    text = "\n".join(["Cara Membuat Kue Nastar Lembut dan Renyah", "", R5_FIRST, *lines, R5_SECOND])
    assert flagged(text, ruleset, "keyword_stuffing") == []


@pytest.mark.parametrize(
    ("heading", "glued"),
    [
        # homework searches: a prompt, or a topic with its answers or examples
        ("Perawatan Harian: ", "tuliskan manfaat menanam cabai di pot"),
        ("Perawatan Harian: ", "soal menanam cabai dan jawabannya"),
        ("Perawatan Harian: ", "hama tanaman cabai beserta contohnya"),
        # a place in capitals, its name in parts that are words too
        ("Perawatan Harian, ", "tanam cabai di pot Nusa Tenggara Barat"),
    ],
)
def test_round8_homework_and_place_queries_after_a_heading_flagged(
    heading: str, glued: str, ruleset: Ruleset
) -> None:
    text = f"{TITLE}\n\n{PARA}\n{heading}{glued}\n{SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == [heading[-2:] + glued]


@pytest.mark.parametrize(
    "line",
    [
        "Perawatan Harian: soal penyiraman di musim hujan",  # a subtitle (`soal` alone is one)
        "Perawatan Harian: pengalaman petani di Jawa Tengah",  # a place in capitals makes no query alone
    ],
)
def test_round8_subtitles_stay(line: str, ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\n{PARA}\n{line}\n{SECTION}"
    assert flagged(text, ruleset, "keyword_stuffing") == []
