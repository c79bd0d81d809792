"""Injected spam: gambling, loan, pharma and adult phrases inserted mid-sentence or as whole lines are
flagged and removed tidily; everyday words that overlap them (`Bandar Lampung`, `situs warisan dunia`,
`pengeluaran pemerintah`) and text *about* gambling are left alone."""

from __future__ import annotations

import pytest

from pipeline.config import Settings, load_rule_data
from pipeline.normalise import normalise_text
from pipeline.page import Link, analyse_page
from pipeline.rules import Ruleset, injected_spam
from tests.helpers import clean, flagged
from tests.rules.test_traps import GAMBLING_NEWS, HONG_KONG_TRADE, KOMINFO_NEWS, LOAN_NEWS, POLICE_NEWS

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


# --- obfuscated forms ------------------------------------------------------------------------------

SENTENCE = (
    "Air hangat di pagi hari dipercaya {} membantu meredakan sembelit ringan pada sebagian orang dewasa."
)


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param("s10t g4c0r", id="leet"),
        pytest.param("5L0T GAC0R", id="leet-capitals"),
        pytest.param("$lot g@cor", id="leet-symbols"),
        pytest.param("s l o t g a c o r", id="spaced"),
        pytest.param("S L O T G A C O R M A X W I N", id="spaced-run-on"),
        pytest.param("s.l.o.t g.a.c.o.r", id="dotted"),
        pytest.param("s-l-o-t g-a-c-o-r", id="hyphenated"),
        pytest.param("s_l_o_t g_a_c_o_r", id="underscored"),
        pytest.param("s*l*o*t*g*a*c*o*r", id="starred"),
        pytest.param("s 1 o t g 4 c 0 r", id="spaced-leet"),
        pytest.param("𝐬𝐥𝐨𝐭 𝐠𝐚𝐜𝐨𝐫", id="math-bold"),
        pytest.param("𝑠𝑙𝑜𝑡 𝑔𝑎𝑐𝑜𝑟", id="math-italic"),
        pytest.param("𝓼𝓵𝓸𝓽 𝓰𝓪𝓬𝓸𝓻", id="math-script"),
        pytest.param("𝚜𝚕𝚘𝚝 𝚐𝚊𝚌𝚘𝚛", id="monospace"),
        pytest.param("ｓｌｏｔ ｇａｃｏｒ", id="fullwidth"),
        pytest.param("ｓ１０ｔ ｇ４ｃ０ｒ", id="fullwidth-leet"),
        pytest.param("ꜱʟᴏᴛ ɢᴀᴄᴏʀ", id="small-capitals"),
        pytest.param("ⓢⓛⓞⓣ ⓖⓐⓒⓞⓡ", id="circled"),
        pytest.param("🅢🅛🅞🅣 🅖🅐🅒🅞🅡", id="negative-circled"),
        pytest.param("🆂🅻🅾🆃 🅶🅰🅲🅾🆁", id="negative-squared"),
        pytest.param("ѕlоt gасоr", id="cyrillic-lookalikes"),
        pytest.param("s̶l̶o̶t̶ g̶a̶c̶o̶r̶", id="strikethrough-marks"),
        pytest.param("𝐬 𝐥 𝐨 𝐭 𝐠 𝐚 𝐜 𝐨 𝐫", id="spaced-math-bold"),
        pytest.param("sl0tg4cor", id="joined-leet"),
    ],
)
def test_obfuscated_phrase_flagged_with_exact_offsets(
    variant: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = page(SENTENCE.format(variant))
    assert flagged(text, ruleset, "injected_spam") == [variant]
    assert clean(text, ruleset, settings).text == page(SENTENCE.format("").replace("  ", " "))


@pytest.mark.parametrize(
    ("variant", "phrase"),
    [
        ("t0g3l 0nl1n3", "togel online"),
        ("p1nj0l c3p4t c41r", "pinjol cepat cair"),
        ("b0k3p 1nd0", "bokep indo"),
        ("0b4t kU4t pr14", "obat kuat pria"),
        ("r t p l i v e", "rtp live"),
        ("𝐥𝐢𝐯𝐞 𝐝𝐫𝐚𝐰 𝐬𝐠𝐩", "live draw sgp"),
        ("ᴍᴀʜᴊᴏɴɢ ᴡᴀʏꜱ", "mahjong ways"),
        ("5b0b3t88", "sbobet88"),
    ],
)
def test_obfuscated_forms_of_other_phrases(variant: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(SENTENCE.format(variant)), ruleset, "injected_spam") == [variant]
    assert flagged(page(SENTENCE.format(phrase)), ruleset, "injected_spam") == [phrase]


def test_zero_width_joins_are_seen_through_and_removed_with_the_phrase(ruleset: Ruleset) -> None:
    # The rules normally see normalised text (zero-width characters gone); on raw text the flag still
    # covers the phrase with its invisible characters, and nothing more.
    lex = next(lexicon for rule, lexicon in ruleset.rules if rule.category == "injected_spam")
    joined = "s\u200bl\u200bo\u200bt g\u200da\u200dc\u200do\u200dr\u2060"
    text = "\n".join([TITLE, "", LEAD, SENTENCE.format(joined), CLOSE])
    spans = list(injected_spam.detect_inline_phrases(analyse_page(text), lex))
    assert [text[start:end] for start, end, _ in spans] == [joined]
    # Through the pipeline the characters are normalised away first.
    assert flagged(page(SENTENCE.format(joined)), ruleset, "injected_spam") == ["slot gacor"]


@pytest.mark.parametrize(
    "line",
    [
        "Setiap peserta mendapat 4 slot waktu untuk mempresentasikan proyeknya di depan juri.",
        "Tiket masuk dijual Rp 5.000 dan pertunjukan dimulai pukul 10.30 WIB di gedung kesenian.",
        "Indonesia memegang presidensi G20 pada 2022 dan menjadi tuan rumah KTT di Bali.",
        # 5128 and 58077 read in leetspeak as `s128` and `sbo77`: numbers are not leet words.
        "Kantor pos bernomor 58077 itu melayani 5128 paket selama bulan Desember 2023.",
        "Harga emas naik menjadi Rp 1.105.000 per gram pada 8 Mei 2024, tertinggi sejak 1998.",
        "Skor akhir 3-0 membuat tim tamu kini unggul 5 poin di puncak klasemen sementara.",
        "Nomor antrean 303 dan 777 dipanggil bersamaan karena loket 4 sedang ditutup sementara.",
        "Jalan tol sepanjang 88 kilometer itu memangkas waktu tempuh menjadi 1,5 jam.",
    ],
)
def test_numbers_are_not_leetspeak(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- mid-sentence injections across topics and spam kinds -------------------------------------------


@pytest.mark.parametrize(
    ("line", "phrase", "cleaned"),
    [
        (
            "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen, live draw sgp, sambil "
            "memantau pergerakan rupiah.",
            "live draw sgp,",
            "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen, sambil memantau "
            "pergerakan rupiah.",
        ),
        (
            "Tim nasional akan menjalani pemusatan latihan di Bali sbobet88 sebelum menghadapi Vietnam "
            "bulan depan.",
            "sbobet88",
            "Tim nasional akan menjalani pemusatan latihan di Bali sebelum menghadapi Vietnam bulan depan.",
        ),
        (
            "Siswa kelas enam wajib mengikuti ujian praktik. pinjol tanpa ktp Ujian itu berlangsung "
            "selama tiga hari di sekolah masing-masing.",
            "pinjol tanpa ktp",
            "Siswa kelas enam wajib mengikuti ujian praktik. Ujian itu berlangsung selama tiga hari di "
            "sekolah masing-masing.",
        ),
        (
            "Ponsel terbaru itu dibekali baterai 5.000 mAh dan kamera 50 megapiksel obat kuat tahan lama "
            "yang mampu merekam video 4K.",
            "obat kuat tahan lama",
            "Ponsel terbaru itu dibekali baterai 5.000 mAh dan kamera 50 megapiksel yang mampu merekam "
            "video 4K.",
        ),
        (
            "Warga diminta mengurangi penggunaan plastik sekali pakai bokep indo demi menjaga kebersihan "
            "sungai.",
            "bokep indo",
            "Warga diminta mengurangi penggunaan plastik sekali pakai demi menjaga kebersihan sungai.",
        ),
        (
            "Harga cabai rawit di pasar tradisional naik hingga Rp 80.000 per kilogram paito warna hk "
            "menjelang Ramadan.",
            "paito warna hk",
            "Harga cabai rawit di pasar tradisional naik hingga Rp 80.000 per kilogram menjelang Ramadan.",
        ),
        (
            "Petani di Jawa Tengah mulai menanam padi varietas unggul yang tahan hama wereng, toto macau "
            "4d, sehingga hasil panen diharapkan meningkat.",
            "toto macau 4d,",
            "Petani di Jawa Tengah mulai menanam padi varietas unggul yang tahan hama wereng, sehingga "
            "hasil panen diharapkan meningkat.",
        ),
        (
            "Pemerintah kota menambah jumlah bus listrik di jalur utama. gates of olympus menurut dinas "
            "perhubungan, armada baru beroperasi mulai Senin.",
            "gates of olympus",
            "Pemerintah kota menambah jumlah bus listrik di jalur utama. menurut dinas perhubungan, "
            "armada baru beroperasi mulai Senin.",
        ),
        (
            "Para peneliti menemukan spesies katak baru di hutan Kalimantan yang hanya aktif pada malam "
            "hari pinjaman online tanpa bi checking.",
            "pinjaman online tanpa bi checking",
            "Para peneliti menemukan spesies katak baru di hutan Kalimantan yang hanya aktif pada malam "
            "hari.",
        ),
        (
            "Festival budaya tahunan itu menampilkan tari tradisional dari 34 provinsi open bo murah dan "
            "pameran kerajinan tangan.",
            "open bo murah",
            "Festival budaya tahunan itu menampilkan tari tradisional dari 34 provinsi dan pameran "
            "kerajinan tangan.",
        ),
        (
            "Sekolah itu kini memiliki laboratorium komputer mahjong ways 2 yang bisa dipakai siswa "
            "setelah jam pelajaran.",
            "mahjong ways 2",
            "Sekolah itu kini memiliki laboratorium komputer yang bisa dipakai siswa setelah jam pelajaran.",
        ),
        (
            "Kementerian Kesehatan mencatat kasus demam berdarah menurun. jual obat aborsi Penurunan "
            "terjadi di hampir semua provinsi.",
            "jual obat aborsi",
            "Kementerian Kesehatan mencatat kasus demam berdarah menurun. Penurunan terjadi di hampir "
            "semua provinsi.",
        ),
        (
            "Menurut data BPS, ekspor kopi naik 8 persen. keluaran hk Kenaikan ini didorong permintaan "
            "dari Eropa.",
            "keluaran hk",
            "Menurut data BPS, ekspor kopi naik 8 persen. Kenaikan ini didorong permintaan dari Eropa.",
        ),
        (
            "Pengunjung museum meningkat pada libur sekolah hoki4d karena ada pameran dinosaurus interaktif.",
            "hoki4d",
            "Pengunjung museum meningkat pada libur sekolah karena ada pameran dinosaurus interaktif.",
        ),
        (
            "Pelatih menilai para pemain muda tampil disiplin link alternatif slot88 sepanjang babak kedua.",
            "link alternatif slot88",
            "Pelatih menilai para pemain muda tampil disiplin sepanjang babak kedua.",
        ),
        (
            "Kerja sama ini membawa dampak positif slot gacor bagi keamanan dan kesejahteraan masyarakat "
            "di perbatasan.",
            "slot gacor",
            "Kerja sama ini membawa dampak positif bagi keamanan dan kesejahteraan masyarakat di perbatasan.",
        ),
        (
            "Gunakan tabir surya setiap hari, bonus new member 100, terutama saat beraktivitas di luar "
            "ruangan.",
            "bonus new member 100,",
            "Gunakan tabir surya setiap hari, terutama saat beraktivitas di luar ruangan.",
        ),
        (
            "Kereta cepat itu melayani 40 perjalanan per hari wd berapapun dibayar dengan tingkat "
            "keterisian 80 persen.",
            "wd berapapun dibayar",
            "Kereta cepat itu melayani 40 perjalanan per hari dengan tingkat keterisian 80 persen.",
        ),
    ],
)
def test_injection_in_varied_sentences(
    line: str, phrase: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = page(line)
    assert flagged(text, ruleset, "injected_spam.inline_phrase") == [phrase]
    assert flagged(text, ruleset, "injected_spam.spam_line") == []
    assert clean(text, ruleset, settings).text == page(cleaned)


def test_injection_into_a_heading_removes_only_the_phrase(ruleset: Ruleset, settings: Settings) -> None:
    text = page("Manfaat Air Putih Slot Gacor bagi Kesehatan Ginjal", "Air putih membantu ginjal bekerja.")
    assert flagged(text, ruleset, "injected_spam") == ["Slot Gacor"]
    assert clean(text, ruleset, settings).text == page(
        "Manfaat Air Putih bagi Kesehatan Ginjal", "Air putih membantu ginjal bekerja."
    )


def test_a_lowercase_sentence_start_is_an_injection_even_in_news_about_gambling(ruleset: Ruleset) -> None:
    text = (
        "Polisi Tangkap Admin Situs Judi Online di Medan\n\n"
        "Polda Sumatera Utara menangkap tiga admin yang mengelola jaringan judi online lintas provinsi. "
        "slot gacor Para tersangka dijerat pasal perjudian.\n"
        "Menurut penyidik, para pemain judi online tergiur janji kemenangan besar dari slot gacor."
    )
    assert flagged(text, ruleset, "injected_spam") == ["slot gacor"]
    assert flagged(text.replace("slot gacor Para", "Para"), ruleset, "injected_spam") == []


# --- weak phrases: everyday readings and signs of injection -----------------------------------------


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a lowercase sentence start
        (
            "Air putih membantu pencernaan. data sgp hari ini Kebiasaan ini menjaga kesehatan ginjal.",
            "data sgp hari ini",
        ),
        # a market code in lowercase (news prints `HK`)
        ("Kebiasaan ini juga menjaga kesehatan ginjal hasil hk dalam jangka panjang.", "hasil hk"),
        # a lottery word right after it
        (
            "Kebiasaan ini juga menjaga kelembapan kulit Data SGP Prize sehingga wajah tampak segar.",
            "Data SGP Prize",
        ),
        # an obfuscated form
        ("Kebiasaan ini juga menjaga kelembapan kulit D4T4 HK sehingga wajah tampak lebih segar.", "D4T4 HK"),
        # nothing it could hang on: a noun phrase between an adjective and a preposition
        (
            "Para ahli menyarankan minum dua gelas air putih slot online sebelum sarapan setiap pagi.",
            "slot online",
        ),
    ],
)
def test_weak_phrase_with_a_sign_of_injection(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        "Data HK menunjukkan penurunan ekspor.",
        "Ekspor ke Hong Kong turun tajam tahun lalu. Data HK menunjukkan penurunan sebesar 12 persen.",
        "Menurut data HK Monetary Authority, cadangan devisa Hong Kong naik tipis pada April.",
        "Data China menunjukkan produksi industri tumbuh 5 persen pada Mei.",
        "Hasil SGP 2023: Sainz Juara di Marina Bay",
        "Hasil Singapore Airshow 2024 menunjukkan minat tinggi pada pesawat nirawak.",
        "Pemerintah membuka pendaftaran slot online untuk vaksinasi di puskesmas mulai pekan depan.",
        "Layanan itu menyimpan data pengguna di server luar negeri, termasuk server Thailand.",
        "Prediksi China tentang pertumbuhan ekonomi dunia dirilis pekan ini oleh lembaga riset.",
        "Tim itu gampang menang di kandang tetapi kerap kesulitan saat bertandang.",
    ],
)
def test_weak_phrase_in_its_everyday_reading_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- promotional lines and keyword walls -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Daftar sekarang dan dapatkan bonus new member 100% di situs kami, WD berapapun dibayar!",
        "Link Alternatif SBOBET88 Login Terbaru 2024",
        "RTP Live Slot Gacor Hari Ini Pola Maxwin",
        "Bandar Togel Online Terpercaya Diskon 4D Terbesar",
        "Bocoran Angka Jitu HK Malam Ini 2D 3D 4D",
        "Data HK Hari Ini Tercepat dan Terlengkap",
        "Pinjol cepat cair tanpa KTP, limit 10 juta, hubungi WA 0813-2222-3333",
        "Gadai BPKB cepat cair, proses 1 hari, aman dan terpercaya",
        "Jual Viagra Asli dan Obat Kuat Herbal, Kirim COD Seluruh Indonesia",
        "Nonton Video Bokep Indo Terbaru Gratis",
        "Open BO murah Jakarta Selatan, hubungi admin 24 jam",
        "S L O T  G A C O R  M A X W I N  H A R I  I N I",
        "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 𝐃𝐀𝐍𝐀 𝐓𝐀𝐍𝐏𝐀 𝐏𝐎𝐓𝐎𝐍𝐆𝐀𝐍",
        "* Situs Toto Togel Resmi Bet 100 Perak",
        "slot88 | togel online | situs toto | rtp live | bocoran admin jarwo",
        (
            "slot gacor, slot88, togel online, judi bola, casino online, poker online, domino qq, "
            "sbobet, live casino, sabung ayam online, situs toto, rtp slot"
        ),
    ],
)
def test_promotional_line_and_wall_removed_whole(line: str, ruleset: Ruleset, settings: Settings) -> None:
    text = page(line)
    assert flagged(text, ruleset, "injected_spam") == [normalise_text(line)]
    assert flagged(text, ruleset, "injected_spam.spam_line") == [normalise_text(line)]
    assert clean(text, ruleset, settings).text == page()


def test_a_wall_of_several_lines_is_removed(ruleset: Ruleset, settings: Settings) -> None:
    wall = [
        "Slot Gacor Hari Ini",
        "Link Slot88 Resmi",
        "Situs Toto Togel 4D",
        "Bocoran RTP Live Tertinggi",
    ]
    text = page(*wall)
    assert flagged(text, ruleset, "injected_spam") == wall
    assert clean(text, ruleset, settings).text == page()


# --- everyday words, and text about the subject ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Kiper Persib itu dipercaya menggantikan Toto yang cedera, kata pelatih di Bandung.",
        "Prinsipal tim Mercedes, Toto Wolff, memuji strategi timnya di Grand Prix Singapura.",
        "Sports Toto Malaysia membagikan hadiah kepada pemenang undian pekan lalu.",
        "Pesawat itu tidak mendapat slot penerbangan di Bandara Soekarno-Hatta pada jam sibuk.",
        "Laptop ini memiliki dua slot RAM dan satu slot SSD M.2 untuk penambahan kapasitas.",
        "Setiap pembicara mendapat time slot 20 menit, termasuk sesi tanya jawab.",
        "Slot iklan televisi pada jam tayang utama sudah habis terjual hingga akhir tahun.",
        "Bandar Lampung menjadi tuan rumah Pekan Olahraga Provinsi tahun depan.",
        "Situs Gunung Padang kembali diteliti oleh tim arkeolog dari Badan Riset dan Inovasi Nasional.",
        "Agen asuransi itu menawarkan polis kesehatan dengan premi yang terjangkau.",
        "Keluaran terbaru ponsel itu dibekali cip yang lebih hemat daya.",
        "Pengeluaran rumah tangga untuk makanan naik menjelang Lebaran.",
        "Angka kemiskinan turun menjadi 9,36 persen menurut data terbaru.",
        "Efek sugar rush pada anak sering dikaitkan dengan konsumsi permen berlebihan.",
        "Ia membeli tiket di agen bus dekat terminal, lalu menunggu di ruang tunggu.",
        "Hasil pertandingan Persija melawan PSM berakhir imbang 2-2.",
        "Data Sydney menunjukkan curah hujan bulan lalu tertinggi dalam sepuluh tahun.",
    ],
)
def test_more_everyday_words_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


@pytest.mark.parametrize(
    "line",
    [
        "Polda Metro Jaya menangkap lima tersangka pengelola situs yang mempromosikan slot gacor dan "
        "togel hk melalui media sosial.",
        "OJK meminta masyarakat mewaspadai tawaran pinjaman online cepat cair tanpa jaminan yang beredar "
        "lewat pesan singkat.",
        "Kominfo telah memutus akses lebih dari 1,9 juta konten perjudian, termasuk situs yang menawarkan "
        "slot88 dan live casino.",
        "Satgas menemukan 537 entitas pinjol ilegal yang menawarkan pinjol tanpa bi checking kepada warga.",
        "BPOM menyita ribuan kapsul obat kuat pria ilegal dari sebuah gudang di Tangerang.",
        "Banyak remaja kecanduan bermain slot online hingga terjerat utang dan putus sekolah.",
        "MUI menegaskan bahwa bermain togel online tetap haram meski dilakukan lewat aplikasi.",
        "Pasal 303 KUHP mengancam penyelenggara perjudian, termasuk bandar togel, dengan pidana penjara.",
    ],
)
def test_more_sentences_about_the_subject_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- the spam phrase share ---------------------------------------------------------------------------

LANDING_PAGE = """\
SLOT88: Situs Slot Gacor Hari Ini Gampang Maxwin dan Link Slot88 Resmi Terpercaya 2024

Selamat datang di SLOT88, situs slot gacor hari ini yang menyediakan link slot gacor maxwin dengan RTP \
live tertinggi. Daftar sekarang dan nikmati bonus new member 100% serta deposit pulsa tanpa potongan.
Kenapa Memilih Situs Slot Gacor Kami?
Sebagai agen slot terpercaya, kami menyediakan permainan mahjong ways 2, gates of olympus, sweet bonanza \
dan starlight princess dari pragmatic play dan pg soft. Proses deposit dan withdraw cepat, WD berapapun \
dibayar.
Link alternatif slot88 selalu diperbarui agar member bisa login tanpa hambatan. Cek bocoran rtp slot dan \
pola gacor setiap hari bersama admin kami.
Slot Deposit Dana dan QRIS
Selain slot dana dan slot qris, kami juga menerima depo 10k lewat pulsa. Server thailand asli menjamin \
anti rungkad dan auto maxwin.
Daftar slot gacor sekarang juga!
"""

OBFUSCATED_LANDING_PAGE = """\
𝐒𝐋𝐎𝐓𝟖𝟖 𝐒𝐈𝐓𝐔𝐒 𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 𝐇𝐀𝐑𝐈 𝐈𝐍𝐈

Selamat datang di s1ot88, s1tus s10t g4c0r yang menyediakan l1nk s l o t g a c o r dengan r.t.p l.i.v.e \
tertinggi. Dapatkan b0nus n3w m3mb3r 100% dan d3po 10k lewat pulsa.
Kami adalah ａｇｅｎ ｓｌｏｔ resmi dengan permainan ᴍᴀʜᴊᴏɴɢ ᴡᴀʏꜱ, g4t3s 0f 0lympus dan sw33t b0n4nz4. W D \
B E R A P A P U N D I B A Y A R.
𝓛𝓲𝓷𝓴 𝓪𝓵𝓽𝓮𝓻𝓷𝓪𝓽𝓲𝓯 selalu diperbarui agar member bisa login kapan saja.
"""

ARTICLE = "\n".join(
    [
        TITLE,
        "",
        LEAD,
        "Air putih juga membantu menjaga suhu tubuh tetap stabil, terutama saat cuaca panas.",
        "Bagi yang sedang berdiet, segelas air sebelum makan membantu mengendalikan porsi.",
        CLOSE,
    ]
)


def _share(text: str, ruleset: Ruleset) -> float:
    return ruleset.measure(analyse_page(normalise_text(text)))["spam_phrase_share"]


def test_a_gambling_landing_page_has_a_high_spam_share(ruleset: Ruleset) -> None:
    assert _share(LANDING_PAGE, ruleset) > 0.4


def test_obfuscation_does_not_hide_a_landing_page(ruleset: Ruleset) -> None:
    assert _share(OBFUSCATED_LANDING_PAGE, ruleset) > 0.3


@pytest.mark.parametrize("text", [GAMBLING_NEWS, LOAN_NEWS, KOMINFO_NEWS, POLICE_NEWS])
def test_news_about_gambling_and_loans_has_a_low_spam_share(text: str, ruleset: Ruleset) -> None:
    assert 0.0 < _share(text, ruleset) < 0.1


def test_an_article_with_one_injection_has_a_small_spam_share(ruleset: Ruleset) -> None:
    assert _share(ARTICLE, ruleset) == 0.0
    injected = ARTICLE.replace("terutama saat", "slot gacor terutama saat")
    assert 0.0 < _share(injected, ruleset) < 0.03


def test_data_hk_about_hong_kong_adds_nothing_to_the_spam_share(ruleset: Ruleset) -> None:
    assert "Data HK" in HONG_KONG_TRADE
    assert _share(HONG_KONG_TRADE, ruleset) == 0.0
    assert _share(HONG_KONG_TRADE.replace("Data HK", "data hk hari ini"), ruleset) > 0.0


def test_a_line_soaked_in_spam_is_removed_and_counted_whole(ruleset: Ruleset) -> None:
    # A run-on line holding hundreds of phrases: the search stops early, the line goes whole and the
    # share is estimated from the searched part.
    line = "Air putih baik untuk tubuh slot gacor dan kesehatan. " * 2000
    text = page(line)
    assert flagged(text, ruleset, "injected_spam.spam_line") == [normalise_text(line)]
    assert 0.15 < _share(text, ruleset) < 0.3


# --- runs: the whole extent of an injection, and nothing of its host --------------------------------

# A long host sentence, so that the line is never short enough to go whole.
HOST = (
    "Minum air putih secara teratur {} membantu ginjal menyaring sisa metabolisme dan menjaga tekanan "
    "darah tetap stabil sepanjang hari."
)


@pytest.mark.parametrize(
    "run",
    [
        # lottery: a market, a number with a unit, a site's name
        "syair sgp malam ini jitu 4d",
        "live draw taiwan tercepat NAGA303",
        "angka main damacai paling jitu",
        # gambling: a game named after a joining word, a formula, a site's name
        "pola gacor main Starlight Princess",
        "depo 25 bonus 25 HOKI99",
        "slot deposit dana 5000 tanpa potongan",
        "situs qq uang asli",
        # loans: the promise runs on (`tanpa jaminan` on the left of `langsung acc`)
        "kta tanpa jaminan langsung acc",
        "pinjol cair 10 menit tanpa ktp",
        "limit hingga 30 juta langsung cair",
        # pills: a product with its promise, a time promise
        "obat pelangsing herbal tanpa efek samping",
        "obat kuat cod surabaya",
        "pil penggugur kandungan asli",
        # adult: a city in lowercase after the offer
        "cewek panggilan surabaya",
        "video viral tiktok full durasi",
        "vcs murah via wa",
    ],
)
def test_an_injected_run_is_removed_to_its_end(run: str, ruleset: Ruleset, settings: Settings) -> None:
    text = page(HOST.format(run))
    assert flagged(text, ruleset, "injected_spam") == [run]
    assert clean(text, ruleset, settings).text == page(HOST.format("").replace("  ", " "))


@pytest.mark.parametrize(
    "run",
    [
        "agenslot",  # words of the trade glued into one
        "togelonline",
        "judi🎰online",  # an emoji or a bar joining two words
        "slot|gacor",
        "p*nj*l c*p*t c**r",  # vowels starred out, one star for one vowel
        "*bat k**t",
        "b|o|c|o|r|a|n t|o|g|e|l",  # letters split by bars
    ],
)
def test_disguised_runs_are_removed(run: str, ruleset: Ruleset, settings: Settings) -> None:
    text = page(HOST.format(run))
    assert flagged(text, ruleset, "injected_spam") == [run]


@pytest.mark.parametrize(
    ("line", "run"),
    [
        # A year, a time or a share after a span is the sentence's own.
        (
            "Gedung itu selesai dibangun pada tahun depo 50 bonus 50 1998 dan masih kokoh hingga kini.",
            "depo 50 bonus 50",
        ),
        (
            "Inflasi tahunan tercatat togel 100 perak 3 persen menurut laporan bank sentral bulan lalu.",
            "togel 100 perak",
        ),
        # A capitalised city after a lowercase span is the sentence's own.
        (
            "Warga dari provinsi Jawa Tengah open bo murah Yogyakarta berkumpul di candi untuk upacara.",
            "open bo murah",
        ),
        # A plain word before a disguised span is the sentence's own.
        (
            "Band itu merilis sebuah video ｂｏｃｏｒａｎ ｔｏｇｅｌ lagu terbaru mereka pekan lalu.",
            "ｂｏｃｏｒａｎ ｔｏｇｅｌ",
        ),
    ],
)
def test_a_run_leaves_its_host_words(line: str, run: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [run]


@pytest.mark.parametrize(
    "line",
    [
        "Brand99 | d3p0 pulsa | cashback mingguan",  # a promotional row: a site's name, leet, a bonus
        "Pasaran SYDNEY sudah dibuka di TOTOJAYA, ditutup pukul 13.30 WIB",  # a lottery's market and a site
        "Dijual Minyak Lintah Papua asli, bisa COD, hubungi (+62) 81234567890",
        "Terbukti ampuh! KingJos Gold bikin stamina pria prima, order di https://lppm.univ-contoh.ac.id/-/cuan88/",
        "BokepKita: streaming hot tiap malam, gratis koin untuk member baru",
    ],
)
def test_more_promotional_lines_removed_whole(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam.spam_line") == [normalise_text(line)]


def test_a_table_of_data_keeps_its_rows_and_loses_only_disguised_spam(ruleset: Ruleset) -> None:
    table = [
        "Kantor | Telepon | Situs",
        "Dinas Kesehatan | 0812-3456-7890 | dinkes.contoh.go.id",
        "Puskesmas Kota | 0813-1111-2222 | www.puskesmas-kota.id",
        "Rumah Sakit Umum | s10t g4c0r | (0274) 555123",
    ]
    text = page("Daftar layanan kesehatan di kota ini dapat dilihat pada tabel berikut.", *table)
    assert flagged(text, ruleset, "injected_spam") == ["s10t g4c0r"]


@pytest.mark.parametrize(
    "line",
    [
        "Untuk mendaftar BPJS Kesehatan, warga cukup modal KTP dan kartu keluarga.",
        "Bank menawarkan cicilan bunga 0 persen untuk pembelian ponsel hingga 12 bulan.",
        "Limit kartu kredit nasabah prioritas bisa sampai 50 juta rupiah per bulan.",
        "Novel itu menceritakan kisah seorang wanita panggilan di Jakarta pada era 1970-an.",
        "Tim kami menguji ponsel itu dalam mode anti lag saat bermain gim daring.",
        "Kami punya slot murah untuk pengiklan kecil di halaman depan situs berita kami.",
        "Dana paylater cair ke rekening mitra setelah verifikasi selesai.",
        "Sesi ini dibuka dengan slot 15 menit untuk setiap pembicara.",
        "Ia mengaku sering main Sugar Rush, sebuah gim kasual, saat menunggu kereta.",
        "Pasien diabetes disarankan rutin minum obat diabetes sesuai resep dokter.",
        "BPOM menyita ribuan krim pemutih wajah yang mengandung merkuri di Makassar.",
        "Sebuah video viral di media sosial memperlihatkan banjir di Bekasi.",
        "Ekspor Korea Selatan naik 10 persen pada kuartal ketiga 2023.",
        "Penonton bisa menyaksikan live streaming pertandingan itu melalui aplikasi resmi.",
        "Toto Sugiarto, pengamat politik, menilai koalisi itu rapuh.",
    ],
)
def test_words_the_new_runs_are_made_of_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- shops for loans and pills are spam pages --------------------------------------------------------

LOAN_SHOP = """\
DanaKita: Pinjol Langsung Cair Tanpa BI Checking
Butuh dana mendesak? DanaKita siap bantu cairkan pinjaman Anda hari ini juga.
Limit sampai Rp15 juta, tenor fleksibel, bunga ringan untuk nasabah baru.
Chat admin DanaKita lewat WhatsApp 0857-1234-9876, respon cepat 24 jam.
Syarat mudah, cukup KTP dan nomor rekening, tanpa survei ke rumah.
Bagikan: Facebook Twitter WhatsApp
"""

PILL_SHOP = """\
Jual Tongkat Perkasa Asli Surabaya | COD Bayar di Tempat
Tongkat Perkasa adalah kapsul herbal yang menjaga stamina pria sampai pagi.
Dikirim dengan kemasan rahasia, aman sampai ke tangan Anda.
Pesan lewat WA 0821-9988-7766, stok terbatas minggu ini.
Harga spesial Rp250.000 per botol isi 30 kapsul.
Ribuan pelanggan sudah membuktikan khasiatnya tanpa efek samping.
"""

LOAN_ADVICE = """\
Cara Mengajukan Pinjaman di Bank dengan Bunga Rendah
Sebelum mengajukan pinjaman, Anda perlu membandingkan bunga dan tenor dari beberapa bank.
Siapkan dokumen seperti KTP, NPWP, slip gaji, dan rekening koran tiga bulan terakhir.
Pilih tenor yang sesuai kemampuan agar cicilan tidak lebih dari 30 persen penghasilan bulanan.
Jika pengajuan disetujui, dana akan cair ke rekening dalam beberapa hari kerja.
Hubungi layanan nasabah bank di 0800-123-4567 jika ada pertanyaan soal tagihan.
"""

BATIK_SHOP = """\
Jual Batik Tulis Asli Solo | COD Bayar di Tempat
Kami menjual batik tulis asli buatan perajin Laweyan dengan motif klasik.
Setiap kain dikerjakan tangan selama dua sampai tiga minggu.
Pesan lewat WA 0812-7777-8888, kami kirim ke seluruh Indonesia.
Harga mulai Rp450.000 per lembar, tersedia juga kemeja jadi.
"""


@pytest.mark.parametrize("text", [LOAN_SHOP, PILL_SHOP])
def test_a_shop_for_loans_or_pills_has_a_high_spam_share(text: str, ruleset: Ruleset) -> None:
    assert _share(text, ruleset) >= 0.3


@pytest.mark.parametrize("text", [LOAN_ADVICE, BATIK_SHOP, LOAN_NEWS])
def test_advice_news_and_other_shops_have_a_low_spam_share(text: str, ruleset: Ruleset) -> None:
    assert _share(text, ruleset) < 0.2


def test_an_article_carrying_keyword_walls_is_not_a_spam_page(ruleset: Ruleset) -> None:
    # Two walls pasted into an article weigh less than spam written as prose: the article is cleaned.
    walls = [
        "bocoran rtp pragmatic sore ini • togel hongkong malam ini • slot server thailand gacor • "
        "agen bola sbobet resmi • live draw taiwan tercepat • obat kuat viagra asli • open bo murah",
        "prediksi sgp jitu 4d | situs qq uang asli | depo 25 bonus 25 | link video viral full durasi | "
        "cewek bispak medan | pinjol cair tanpa ktp | bandar togel terpercaya",
    ]
    text = "\n".join([ARTICLE, walls[0], *ARTICLE.split("\n")[2:], walls[1]])
    assert flagged(text, ruleset, "injected_spam.spam_line") == walls
    assert _share(text, ruleset) < 0.2


@pytest.mark.parametrize(
    ("sentence", "run"),
    [
        (
            "Produksi padi kabupaten itu selama 2023 mencapai 412.300 ton. Sekitar 18 persen dijual ke luar "
            "daerah mahjong ways 2 scatter hitam Garuda777 oleh para tengkulak.",
            "mahjong ways 2 scatter hitam Garuda777",
        ),
        (
            "Jumlah wisatawan ke pulau itu pada 2024 tercatat 58.210 orang. Sebanyak 61 persen datang dari "
            "luar negeri bocoran rtp live hari ini JokerMerah88 melalui pelabuhan.",
            "bocoran rtp live hari ini JokerMerah88",
        ),
    ],
)
def test_a_paragraph_with_an_injection_loses_only_the_run(sentence: str, run: str, ruleset: Ruleset) -> None:
    # Numbers, a site's name and a gambling run give the line a promotional share, but a sentence of
    # plain prose remains once the run is blanked out: the paragraph stays, the run goes.
    lines = ARTICLE.split("\n")
    text = "\n".join([*lines[:2], sentence, *lines[2:]])
    assert flagged(text, ruleset, "injected_spam.spam_line") == []
    assert flagged(text, ruleset, "injected_spam.inline") == [run]


def test_a_promotional_sentence_is_still_a_promotional_line(ruleset: Ruleset) -> None:
    # Once its site's name and phrases are blanked, a promotional sentence still holds a call to act.
    line = "Daftar sekarang di Naga303 dan dapatkan bonus new member 100% untuk semua permainan setiap hari."
    text = "\n".join([*ARTICLE.split("\n"), line])
    assert flagged(text, ruleset, "injected_spam.spam_line") == [line]


# --- round 4: runs by breadth ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "run"),
    [
        # slot: games, providers, promises, interrupting a news sentence
        (
            "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80.000 per kilogram slot gacor "
            "hari ini gampang menang menjelang akhir pekan.",
            "slot gacor hari ini gampang menang",
        ),
        (
            "Banjir setinggi 50 sentimeter merendam ratusan rumah di Kecamatan Dayeuhkolot bocoran rtp "
            "pragmatic play sore ini sejak Selasa dini hari.",
            "bocoran rtp pragmatic play sore ini",
        ),
        (
            "Pemerintah kota menambah 20 unit bus listrik untuk rute Terminal Purabaya mahjong ways 2 "
            "scatter hitam hingga Pelabuhan Tanjung Perak.",
            "mahjong ways 2 scatter hitam",
        ),
        (
            "Dinas Pertanian mencatat luas sawah yang gagal panen sweet bonanza x1000 maxwin mencapai "
            "1.240 hektare pada musim kemarau ini.",
            "sweet bonanza x1000 maxwin",
        ),
        (
            "Rapat paripurna DPRD itu dihadiri 38 dari 50 anggota dewan gates of olympus 1000 auto "
            "maxwin sehingga dinyatakan kuorum.",
            "gates of olympus 1000 auto maxwin",
        ),
        (
            "Kepala sekolah menyebut siswa kelas XII akan mengikuti ujian praktik situs slot88 resmi "
            "terpercaya mulai pekan depan.",
            "situs slot88 resmi terpercaya",
        ),
        (
            "Ratusan warga mengantre minyak goreng murah di halaman kantor kelurahan link slot gacor "
            "Ombak88 sejak pukul tujuh pagi.",
            "link slot gacor Ombak88",
        ),
        (
            "Wisatawan yang datang ke Danau Toba pola gacor starlight princess malam ini meningkat dua "
            "kali lipat selama libur sekolah.",
            "pola gacor starlight princess malam ini",
        ),
        (
            "Menurut BMKG, gelombang setinggi empat meter slot server thailand no 1 berpotensi terjadi "
            "di perairan selatan Jawa.",
            "slot server thailand no 1",
        ),
        (
            "Jalan nasional yang menghubungkan Padang dan Bukittinggi akun pro thailand gampang jp "
            "kembali dibuka setelah longsor dibersihkan.",
            "akun pro thailand gampang jp",
        ),
        # slot: the run replaces words of the sentence
        (
            "Pengunjung pusat perbelanjaan itu meningkat tajam menjelang slot deposit dana 10rb tanpa "
            "potongan karena banyaknya diskon.",
            "slot deposit dana 10rb tanpa potongan",
        ),
        (
            "Polisi memeriksa lima saksi terkait kebakaran rtp live pg soft tertinggi yang menghanguskan "
            "tiga kios di pasar itu.",
            "rtp live pg soft tertinggi",
        ),
        (
            "Bupati meresmikan jembatan gantung yang menghubungkan dua slot bet 200 perak gampang maxwin "
            "di Kecamatan Cibeber.",
            "slot bet 200 perak gampang maxwin",
        ),
        # lottery: markets, results, dreams
        (
            "Kepala Dinas Pendidikan menyebut 1.200 sekolah telah menerapkan Kurikulum Merdeka prediksi "
            "hk malam ini 4d jitu secara penuh tahun ini.",
            "prediksi hk malam ini 4d jitu",
        ),
        (
            "Kapolres mengatakan arus lalu lintas di jalur Puncak keluaran sdy 6d tercepat terpantau "
            "padat merayap sejak pagi.",
            "keluaran sdy 6d tercepat",
        ),
        (
            "Petani di Kabupaten Brebes mulai memanen bawang merah live draw hk pools hari ini dengan "
            "hasil rata-rata 10 ton per hektare.",
            "live draw hk pools hari ini",
        ),
        (
            "Gubernur meminta kepala daerah mempercepat penyaluran bantuan paito warna sydney 6d terlengkap "
            "bagi warga terdampak kekeringan.",
            "paito warna sydney 6d terlengkap",
        ),
        (
            "Tim SAR gabungan masih mencari dua nelayan yang hilang di perairan Selat Sunda toto macau "
            "4d resmi sejak Minggu sore.",
            "toto macau 4d resmi",
        ),
        (
            "Anak-anak di desa itu belajar menari di sanggar milik erek erek 2d bergambar lengkap warga "
            "setiap Sabtu sore.",
            "erek erek 2d bergambar lengkap",
        ),
        (
            "Musim hujan tahun ini datang lebih awal angka jitu sgp hari ini menurut prakiraan cuaca "
            "bulanan.",
            "angka jitu sgp hari ini",
        ),
        (
            "Pemerintah desa membangun embung untuk mengairi sawah bandar togel online terpercaya seluas "
            "40 hektare.",
            "bandar togel online terpercaya",
        ),
        # casino and sportsbook
        (
            "Ribuan pemudik memadati Pelabuhan Merak live casino baccarat uang asli pada H-3 Lebaran.",
            "live casino baccarat uang asli",
        ),
        (
            "Timnas Indonesia akan menjamu Vietnam di Stadion Gelora Bung Karno agen sbobet88 resmi "
            "pada Kamis malam.",
            "agen sbobet88 resmi",
        ),
        (
            "Pelatih mengaku puas dengan permainan anak asuhnya mix parlay sbobet terbaru meski hanya "
            "bermain imbang.",
            "mix parlay sbobet terbaru",
        ),
        (
            "Harga emas Antam pada perdagangan Senin turun Rp5.000 menjadi sabung ayam online sv388 "
            "Rp1,1 juta per gram, lebih rendah dari pekan lalu.",
            "sabung ayam online sv388",
        ),
        (
            "Festival kuliner itu menghadirkan lebih dari seratus pedagang pkv games qq online deposit "
            "pulsa dari berbagai daerah.",
            "pkv games qq online deposit pulsa",
        ),
        # loans
        (
            "Warga yang terdampak banjir bisa mengajukan bantuan ke posko pinjol cepat cair tanpa ktp "
            "limit 20 juta di kantor kecamatan.",
            "pinjol cepat cair tanpa ktp limit 20 juta",
        ),
        (
            "Koperasi itu kini melayani anggota di tiga kabupaten pinjaman online cair 5 menit tanpa bi "
            "checking dengan 12 kantor cabang.",
            "pinjaman online cair 5 menit tanpa bi checking",
        ),
        (
            "Harga tiket pesawat rute Jakarta-Denpasar kta tanpa kartu kredit langsung acc naik menjelang "
            "libur akhir tahun.",
            "kta tanpa kartu kredit langsung acc",
        ),
        (
            "Pembangunan pasar rakyat itu menelan biaya gadai bpkb cepat cair 1 jam sekitar Rp12 miliar.",
            "gadai bpkb cepat cair 1 jam",
        ),
        # pills, whitening, height
        (
            "Puskesmas membuka layanan imunisasi gratis bagi balita obat kuat viagra asli cod jakarta "
            "setiap hari Rabu.",
            "obat kuat viagra asli cod jakarta",
        ),
        (
            "Warga desa itu bergotong royong membangun balai pertemuan pemutih badan permanen ampuh "
            "yang baru di tepi sawah.",
            "pemutih badan permanen ampuh",
        ),
        (
            "Festival layang-layang di pantai itu diikuti peserta dari peninggi badan alami nambah 10 cm "
            "lima negara.",
            "peninggi badan alami nambah 10 cm",
        ),
        (
            "Dinas Perhubungan memasang rambu baru obat pembesar alat vital permanen di sepanjang jalan "
            "lingkar selatan.",
            "obat pembesar alat vital permanen",
        ),
        (
            "Pemain muda itu mencetak dua gol dalam laga obat pelangsing ampuh cepat turun 10 kg perdananya "
            "bersama klub.",
            "obat pelangsing ampuh cepat turun 10 kg",
        ),
        # adult and viral videos
        (
            "Wali kota meninjau pembangunan rumah susun video viral 17 menit full durasi di kawasan Marunda.",
            "video viral 17 menit full durasi",
        ),
        (
            "Panitia menyediakan 3.000 paket sembako link video viral no sensor untuk warga kurang "
            "mampu yang tinggal di bantaran sungai.",
            "link video viral no sensor",
        ),
        (
            "Guru honorer di daerah itu berharap segera diangkat menjadi bokep indo terbaru gratis pegawai "
            "pemerintah.",
            "bokep indo terbaru gratis",
        ),
        (
            "Stasiun itu melayani 40 perjalanan kereta nonton film semi jepang sub indo setiap hari dan "
            "menjadi yang tersibuk di provinsi ini.",
            "nonton film semi jepang sub indo",
        ),
        (
            "Relawan membagikan masker kepada pengendara open bo 24 jam via wa di simpang lampu merah yang "
            "dipenuhi asap kendaraan.",
            "open bo 24 jam via wa",
        ),
        # joki, followers, likes
        (
            "Mahasiswa tingkat akhir diminta menyerahkan draf penelitian jasa joki skripsi murah "
            "terpercaya paling lambat bulan depan.",
            "jasa joki skripsi murah terpercaya",
        ),
        (
            "Kelompok tani itu menerima bantuan traktor joki tugas kuliah 24 jam dari pemerintah provinsi.",
            "joki tugas kuliah 24 jam",
        ),
        (
            "Museum tersebut menyimpan lebih dari dua ribu koleksi jual followers instagram murah "
            "permanen peninggalan masa kolonial.",
            "jual followers instagram murah permanen",
        ),
        (
            "Kantor imigrasi memperpanjang jam layanan paspor beli likes tiktok termurah selama musim haji.",
            "beli likes tiktok termurah",
        ),
        (
            "Pengelola taman nasional menutup jalur pendakian jasa tambah subscriber youtube permanen "
            "karena cuaca buruk.",
            "jasa tambah subscriber youtube permanen",
        ),
        (
            "Lomba perahu naga itu diikuti 24 tim joki rank mobile legends murah dari seluruh Sumatra.",
            "joki rank mobile legends murah",
        ),
        # crypto and forex 'profit harian'
        (
            "Produksi kopi di lereng gunung itu robot trading auto profit harian 10 persen meningkat "
            "berkat hujan yang cukup.",
            "robot trading auto profit harian 10 persen",
        ),
        (
            "Sebanyak 400 pelari ambil bagian dalam lomba investasi bitcoin profit harian 5% tanpa "
            "trading lari di car free day.",
            "investasi bitcoin profit harian 5% tanpa trading",
        ),
        (
            "Pemerintah daerah menyiapkan lahan relokasi bagi pedagang sinyal forex akurat 99% auto cuan "
            "yang terkena penataan.",
            "sinyal forex akurat 99% auto cuan",
        ),
        (
            "Gedung perpustakaan baru itu dilengkapi ruang baca anak titip dana profit harian pasti "
            "dibayar dan ruang diskusi.",
            "titip dana profit harian pasti dibayar",
        ),
        # fake jobs
        (
            "Jalan desa itu diperlebar menjadi enam meter kerja online dibayar harian tanpa modal agar "
            "truk pengangkut hasil bumi bisa lewat.",
            "kerja online dibayar harian tanpa modal",
        ),
        (
            "Rumah sakit daerah menambah 30 tempat tidur untuk pasien like video dibayar 10rb per tugas "
            "demam berdarah.",
            "like video dibayar 10rb per tugas",
        ),
        (
            "Pasar malam itu digelar setiap akhir pekan kerja dari rumah gaji 5 juta per minggu di "
            "lapangan kecamatan.",
            "kerja dari rumah gaji 5 juta per minggu",
        ),
        # disguised letters and site names, with a plain word of the host right after
        (
            "Vaksin ini dinyatakan aman bagi pasien ˢˡᵒᵗ ᵍᵃᶜᵒʳ dewasa maupun anak-anak oleh BPOM.",
            "ˢˡᵒᵗ ᵍᵃᶜᵒʳ",
        ),
        (
            "Pemerintah mencari sumber energi bócóràn tógél alternatif untuk menggantikan batu bara.",
            "bócóràn tógél",
        ),
        (
            "Warga sudah berkumpul di alun-alun sejak sore daftar slot gacor Rajawali99 malam itu untuk "
            "menyaksikan pawai obor.",
            "daftar slot gacor Rajawali99",
        ),
        (
            "Para nelayan berangkat melaut situs toto 4d Kapal6D pagi sekali ketika angin darat bertiup.",
            "situs toto 4d Kapal6D",
        ),
        (
            "Taman kota itu kini ramai dikunjungi 𝘀𝗹𝗼𝘁 𝗴𝗮𝗰𝗼𝗿 keluarga pada akhir pekan.",
            "𝘀𝗹𝗼𝘁 𝗴𝗮𝗰𝗼𝗿",
        ),
        (
            "Sekolah itu menerima ｔｏｇｅｌ ｏｎｌｉｎｅ siswa baru melalui jalur zonasi dan prestasi.",
            "ｔｏｇｅｌ ｏｎｌｉｎｅ",
        ),
        (
            "Pedagang di pasar tradisional mengeluhkan sepinya pembeli s l o t g a c o r sejak harga "
            "beras naik.",
            "s l o t g a c o r",
        ),
        (
            "Kebun raya itu menanam seribu pohon ⓙⓤⓓⓘ ⓞⓝⓛⓘⓝⓔ baru untuk memperingati hari lingkungan hidup.",
            "ⓙⓤⓓⓘ ⓞⓝⓛⓘⓝⓔ",
        ),
        (
            "Pelabuhan penyeberangan itu melayani 12 kapal daftar Hoki88 setiap hari selama musim mudik.",
            "daftar Hoki88",
        ),
    ],
)
def test_round4_injected_runs_removed(line: str, run: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [run]


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menggerebek sebuah rumah yang dijadikan markas judi online di Medan dan menyita 12 komputer.",
        "OJK mengingatkan masyarakat agar tidak tergiur pinjol ilegal yang menjanjikan dana cepat cair.",
        "Satgas Waspada Investasi menutup 40 entitas yang menawarkan profit harian tanpa izin.",
        "Kominfo telah memblokir 800 ribu konten perjudian termasuk situs slot sepanjang tahun ini.",
        "Maskapai itu mendapat slot waktu penerbangan tambahan di Bandara Soekarno-Hatta selama musim haji.",
        "Bandar udara baru di Kulon Progo mulai melayani penerbangan internasional bulan depan.",
        "Toto, pemilik warung kopi di Jalan Merdeka, mengaku omzetnya naik sejak jalan itu diperbaiki.",
        "Perkutut milik Pak Darto terkenal gacor dan sudah tiga kali juara lomba burung tingkat provinsi.",
        "Murai batu yang sedang gacor biasanya dirawat dengan pakan jangkrik dan dijemur setiap pagi.",
        "Lagi hoki, dia menemukan dompetnya yang hilang di bawah kursi angkot keesokan harinya.",
        "Dalam gim itu, pemain meraih maxwin bila tiga simbol emas muncul berurutan, tulis ulasan tersebut.",
        "Kepolisian menangkap bandar togel yang beroperasi di Pasar Kemis dan menyita buku rekapan.",
        "Bareskrim membongkar jaringan penjual obat kuat ilegal yang dipasarkan lewat media sosial.",
        "BPOM menarik krim pemutih dan obat peninggi badan tanpa izin edar dari sejumlah toko daring.",
        "Video viral seorang pengendara yang menerobos palang kereta api ramai dibahas warganet.",
        "Joki three in one dulu mudah ditemui di sekitar Jalan Sudirman sebelum ganjil genap berlaku.",
        "Pihak kampus memberi sanksi mahasiswa yang terbukti memakai jasa joki skripsi.",
        "Akun itu membeli ribuan followers agar terlihat populer, menurut penelusuran tim cek fakta.",
        "Polisi menyebut korban tertipu lowongan kerja online yang meminta setoran awal Rp1 juta.",
        "Harga bitcoin turun 5 persen dalam sepekan setelah bank sentral AS menahan suku bunga.",
        "Sirkuit Mandalika mendapat slot balapan MotoGP hingga tahun 2031.",
        "Pemerintah menyiapkan slot khusus bagi UMKM di pameran dagang internasional itu.",
        "Prediksi cuaca BMKG menyebut hujan lebat akan turun di Jakarta Selatan sore ini.",
        "Sabung ayam masih menjadi bagian dari ritual adat di sejumlah desa di Bali.",
        "Live casino dan taruhan bola daring termasuk yang paling banyak dilaporkan warga ke Kominfo.",
    ],
)
def test_round4_the_words_as_the_sentences_own_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


ROAD = (
    "Pemerintah kabupaten terus memperbaiki jalan desa {} agar hasil panen petani mudah diangkut ke pasar "
    "kecamatan."
)


@pytest.mark.parametrize(
    "run",
    [
        "agen casino online terbesar",
        "link daftar mpo slot terbaru",
        "angka keluar sgp hari ini",
        "prediksi parlay malam ini akurat",
        "rekap data sdy 2024 lengkap",
        "aplikasi pinjol limit besar bunga rendah",
        "krim pemutih wajah permanen tanpa efek samping",
        "jasa backlink pbn murah",
        "jual akun ml sultan murah",
        "jasa joki rank mobile legends 24 jam",
        "lowongan kerja online tanpa modal dibayar harian",
        "🎰 slot gacor 🎰",  # emoji around a run go with it
        "SLOT GACOR HARI INI ⚡ MAXWIN",  # and emoji between two runs join them
        "ᴊᴜᴅɪ ᴏɴʟɪɴᴇ",
    ],
)
def test_round4_more_runs_in_a_road_sentence(run: str, ruleset: Ruleset) -> None:
    assert flagged(page(ROAD.format(run)), ruleset, "injected_spam") == [run]


@pytest.mark.parametrize(
    "line",
    [
        "Warga memasang bendera 🇮🇩 di sepanjang jalan desa menjelang Hari Kemerdekaan.",
        "Harga cabai naik 📈 sejak awal bulan, menurut pedagang di Pasar Kosambi.",
        "Bank itu menawarkan robot trading? Tidak, OJK menegaskan layanan itu ilegal.",
        "Angka keluar masuk barang di pelabuhan itu tercatat naik 12 persen.",
        "Kompetisi MPL dan turnamen Mobile Legends lain kini disiarkan televisi nasional.",
    ],
)
def test_round4_emoji_and_the_newer_words_in_prose_left_alone(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- round 4b: obfuscated and promotional whole lines, unseen variants ---------------------------

ROUND4B_SPAM_LINES = [
    "S1ot G4c0r M4xw1n H4r1 1n1",
    "S L O T  G A C O R  D A F T A R  S E K A R A N G",
    "𝐒𝐥𝐨𝐭 𝐆𝐚𝐜𝐨𝐫 𝐇𝐚𝐫𝐢 𝐈𝐧𝐢 𝐃𝐚𝐟𝐭𝐚𝐫 𝐒𝐞𝐤𝐚𝐫𝐚𝐧𝐠",
    "Ｓｌｏｔ Ｇａｃｏｒ Ｍａｘｗｉｎ",
    "🎰 SLOT GACOR 🎰 BONUS NEW MEMBER 100% 🎰",
    "🔥 Daftar Sekarang 🔥 Link Alternatif 🔥 Maxwin 🔥",
    "T0G3L 0NL1N3 T3RP3RC4Y4",
    "Ѕlоt Gасоr Маxwіn",
    "BANDAR T0GEL TERPERCAYA ✅ WD CEPAT ✅ 24 JAM",
    "Situs slot88 resmi, daftar via WA 0813-2222-3333",
    "Klik link di bio untuk bonus 100% member baru!",
    "Dapatkan freebet 50rb tanpa deposit, hubungi CS kami di WhatsApp",
    "Link alternatif SBOBET terbaru ➡️ bit.ly/sbo-login",
    "JUDI BOLA ONLINE | DAFTAR | LOGIN | BONUS 200%",
    "Pinjol cepat cair 5 menit tanpa jaminan, chat WA 0857-1111-2222",
    "Obat pembesar alat vital asli, pesan sekarang via WhatsApp",
    "Jasa backlink murah berkualitas, order sekarang di www.jasabacklink.id",
    "RTP live slot hari ini 98% gacor, cek di sini",
    "Bocoran pola gacor Mahjong Ways 2 hari ini, klik daftar",
    "agen s-l-o-t terpercaya bonus new member",
    "D.A.F.T.A.R S.L.O.T G.A.C.O.R",
    "ＪＵＤＩ ＯＮＬＩＮＥ ＴＥＲＰＥＲＣＡＹＡ",
    "Togel Singapore 4D, hadiah 10 juta, daftar di situs kami",
    "Deposit pulsa tanpa potongan, slot gacor, link daftar di bawah",
    "sl0t d3p0 10k b0nus 10k",
    "Judi online terpercaya • Daftar gratis • Bonus harian • WD kilat",
    "Main slot gacor cuma modal 5rb, buruan daftar!",
    "💰💰 Bonus Deposit 100% 💰💰 Hubungi Admin 💰💰",
    "Agen casino online live 24 jam, hubungi LINE: casino88",
    "Daftar akun pro Kamboja sekarang, dijamin maxwin",
    "Kunjungi situs kami untuk prediksi togel jitu hari ini",
    "WA: 0812 3456 7890 | Slot Gacor | Deposit Dana",
    "ᴅᴀꜰᴛᴀʀ ꜱʟᴏᴛ ɢᴀᴄᴏʀ ᴍᴀxᴡɪɴ",
    "S⭐L⭐O⭐T G⭐A⭐C⭐O⭐R",
    "Raih jackpot jutaan rupiah bersama situs slot terbaik, daftar sekarang",
    "Bandar bola resmi Piala Dunia 2026, bonus cashback 10%, daftar di link",
    "Jual followers Instagram murah, order via DM atau WA 0899-000-1111",
    "Slot88 | Gacor77 | Maxwin4D | Login | Daftar",
    "Ｂｏｎｕｓ ｎｅｗ ｍｅｍｂｅｒ",
    "Sl\u200bot Ga\u200bcor Ma\u200bxwin hari ini",
]

ROUND4B_CONTENT_LINES = [
    "Polisi menangkap bandar judi online yang mengelola situs slot di Medan.",
    "Kominfo memblokir 800 ribu situs judi online sepanjang 2023.",
    "Warga diimbau tidak tergiur iklan slot gacor yang marak di media sosial.",
    "Bonus tahunan karyawan BUMN cair pekan depan, kata Menteri BUMN.",
    "Daftar sekarang untuk mengikuti seminar gratis di Balai Kota, hubungi panitia.",
    "Tim SAR menghubungi WA keluarga korban melalui posko bencana.",
    "Pinjaman online ilegal masih menjerat ribuan warga, kata OJK.",
    "Pedagang toto kayu di Pasar Klewer mengeluhkan sepinya pembeli.",
    "Bandar udara Radin Inten II melayani 40 penerbangan per hari.",
    "Slot waktu penerbangan di bandara Soekarno-Hatta sudah penuh.",
    "Data pengeluaran rumah tangga naik 4 persen menurut BPS.",
    "Pemain bola Timnas mendapat bonus dari PSSI setelah juara.",
    "Link pendaftaran CPNS dapat diakses melalui situs resmi BKN.",
    "Polda Metro Jaya menyita ponsel yang berisi aplikasi judi togel online.",
    "Dia mengaku kalah Rp 50 juta bermain slot sebelum akhirnya melapor ke polisi.",
]


@pytest.mark.parametrize("line", ROUND4B_SPAM_LINES)
def test_round4b_spam_lines_removed_whole(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "injected_spam")
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize("line", ROUND4B_CONTENT_LINES)
def test_round4b_content_with_the_same_words_stays(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []
    assert clean(page(line), ruleset, settings).text == page(line)


def test_round4b_a_table_row_between_rows_keeps_its_words(ruleset: Ruleset) -> None:
    rows = [
        "Tahun | Situs judi online diblokir | Bonus operator",
        "2022 | 560.000 | Daftar bonus 100%",
        "2023 | 800.000 | Daftar bonus 200%",
    ]
    assert flagged(page(*rows), ruleset, "injected_spam.spam_line") == []


# --- round 5: breadth, deeper (positions, wrappers, English, wallets, promises, walls) ----------------
# Unseen variants written from how hacked WordPress/Blogger pages, comment spam and SEO link insertion
# print the trade: at a paragraph's end, in brackets or between dashes, in Title Case or capitals, in
# English, with e-wallets, phone numbers and promises joined by `dan`; walls of tags, keywords, related
# searches and domains. Look-alike content shares their words and stays.

ROUND5_INJECTED_RUNS = [
    (
        (
            "Pemerintah kota menargetkan pembangunan trotoar selesai pada akhir tahun ini. situs slot "
            "gacor terpercaya"
        ),
        "situs slot gacor terpercaya",
    ),
    (
        "Festival budaya itu menampilkan tari tradisional dari 12 kabupaten. Daftar Slot Gacor Hari Ini",
        "Daftar Slot Gacor Hari Ini",
    ),
    (
        (
            "Harga beras medium di pasar tradisional stabil di kisaran Rp12.500 per kilogram. BANDAR "
            "TOGEL TERPERCAYA"
        ),
        "BANDAR TOGEL TERPERCAYA",
    ),
    (
        (
            "Warga desa memperbaiki saluran irigasi secara gotong royong (slot gacor maxwin) sebelum "
            "musim tanam tiba."
        ),
        "(slot gacor maxwin)",
    ),
    (
        (
            "Dinas kesehatan menggelar vaksinasi massal di aula kecamatan [daftar togel online] pada "
            "Sabtu pagi."
        ),
        "[daftar togel online]",
    ),
    (
        (
            "Pasar murah digelar di halaman kantor bupati selama tiga hari — situs judi bola resmi — "
            "dengan harga sembako lebih rendah."
        ),
        "— situs judi bola resmi —",
    ),
    (
        (
            "Kapal feri tujuan Bakauheni sempat tertunda Situs Toto Togel Resmi akibat gelombang tinggi"
            " di Selat Sunda."
        ),
        "Situs Toto Togel Resmi",
    ),
    (
        (
            "Sekolah itu mengirim lima siswa ke olimpiade sains AGEN SBOBET TERPERCAYA tingkat nasional"
            " di Bandung."
        ),
        "AGEN SBOBET TERPERCAYA",
    ),
    (
        (
            "Para petani kopi di Temanggung mulai best online casino real money memetik buah kopi merah"
            " bulan ini."
        ),
        "best online casino real money",
    ),
    (
        (
            "Jembatan penghubung dua desa itu akhirnya buy viagra online cheap rampung dikerjakan "
            "setelah dua tahun."
        ),
        "buy viagra online cheap",
    ),
    (
        (
            "Pengunjung perpustakaan daerah meningkat free spins no deposit bonus sejak ruang baca anak"
            " dibuka."
        ),
        "free spins no deposit bonus",
    ),
    (
        (
            "Turnamen bulu tangkis antarklub itu diikuti sports betting online 200 atlet muda dari Jawa"
            " Tengah."
        ),
        "sports betting online",
    ),
    (
        (
            "Stok vaksin rabies di puskesmas itu kembali tersedia payday loans no credit check setelah "
            "sempat kosong."
        ),
        "payday loans no credit check",
    ),
    (
        (
            "Harga telur ayam ras turun menjadi Rp26.000 per kilogram pinjaman online tanpa ktp "
            "langsung cair di sejumlah pasar."
        ),
        "pinjaman online tanpa ktp langsung cair",
    ),
    (
        ("Kapolsek memimpin apel pengamanan arus mudik pinjol tanpa dc acc semua di halaman markas polsek."),
        "pinjol tanpa dc acc semua",
    ),
    (
        "Lomba memancing di waduk itu diikuti obat kuat viagra usa 100mg peserta dari berbagai kota.",
        "obat kuat viagra usa 100mg",
    ),
    (
        "Kantor pos menambah jam layanan cialis 20mg asli selama musim liburan akhir tahun.",
        "cialis 20mg asli",
    ),
    (
        ("Pengerjaan proyek tol itu ditargetkan rampung nonton video bokep indo gratis pada kuartal ketiga."),
        "nonton video bokep indo gratis",
    ),
    (
        ("Ribuan peserta mengikuti jalan sehat cewek open bo jakarta selatan yang digelar pemerintah kota."),
        "cewek open bo jakarta selatan",
    ),
    (
        "Harga cabai merah keriting naik tajam mix parlay sbobet88 malam ini menjelang Ramadan.",
        "mix parlay sbobet88 malam ini",
    ),
    (
        "Bupati meresmikan pasar ikan higienis taruhan bola online terpercaya di pesisir utara.",
        "taruhan bola online terpercaya",
    ),
    (
        "Ribuan penonton memadati stadion agen judi bola sbobet resmi untuk menyaksikan laga final.",
        "agen judi bola sbobet resmi",
    ),
    (
        ("Para pedagang kaki lima kini menempati slot deposit gopay 5000 los baru di sisi timur alun-alun."),
        "slot deposit gopay 5000",
    ),
    (
        "Anggaran perbaikan jalan kabupaten deposit via ovo tanpa potongan naik 15 persen tahun ini.",
        "deposit via ovo tanpa potongan",
    ),
    ("Curah hujan tinggi membuat sejumlah ruas jalan SIot Gacor tergenang sejak Senin malam.", "SIot Gacor"),
    ("Pedagang buah di pasar induk mengeluhkan sepinya pembeli $l0t g@c0r sejak awal bulan.", "$l0t g@c0r"),
    (
        "Mahasiswa KKN membantu warga membuat pupuk organik j.u.d.i o.n.l.i.n.e dari sisa sayuran pasar.",
        "j.u.d.i o.n.l.i.n.e",
    ),
    ("Pameran kerajinan itu menghadirkan 80 perajin tоgеl оnlіnе dari Jawa dan Bali.", "tоgеl оnlіnе"),
    ("Jalur kereta api Bogor–Sukabumi 𝓼𝓵𝓸𝓽 𝓰𝓪𝓬𝓸𝓻 kembali normal setelah longsor dibersihkan.", "𝓼𝓵𝓸𝓽 𝓰𝓪𝓬𝓸𝓻"),
    (
        "Koperasi nelayan menerima bantuan mesin kapal sl\u200bot ga\u200bcor dari dinas perikanan.",
        "slot gacor",
    ),
    (
        "Rumah sakit itu menambah ruang isolasi S-L-O-T-G-A-C-O-R untuk pasien demam berdarah.",
        "S-L-O-T-G-A-C-O-R",
    ),
    (
        "Wisata bahari di Pulau Seribu kembali dibuka slotgacormaxwin setelah cuaca membaik.",
        "slotgacormaxwin",
    ),
    ("Jumlah penumpang bus antarkota naik togel4d.vip menjelang libur panjang.", "togel4d.vip"),
    (
        "Petani garam di Madura mulai panen 🔥 slot gacor maxwin 🔥 setelah kemarau panjang.",
        "🔥 slot gacor maxwin 🔥",
    ),
    (
        "Pembangunan gedung sekolah itu ⭐⭐ bandar togel resmi ⭐⭐ dibiayai dana alokasi khusus.",
        "⭐⭐ bandar togel resmi ⭐⭐",
    ),
    (
        (
            "Pemerintah desa membagikan bibit pohon kepada warga https://gacor88.vip/daftar untuk "
            "penghijauan lereng bukit."
        ),
        "https://gacor88.vip/daftar",
    ),
    (
        (
            "Panitia lomba memasak menerima pendaftaran hingga Jumat slot gacor WA 0812-9988-7766 di "
            "balai desa."
        ),
        "slot gacor WA 0812-9988-7766",
    ),
    (
        "Harga bawang putih impor naik rtp slot live tertinggi hari ini karena pasokan tersendat.",
        "rtp slot live tertinggi hari ini",
    ),
    (
        (
            "Pengendara diminta berhati-hati melintasi jalur itu scatter hitam mahjong ways 2 karena "
            "aspal licin."
        ),
        "scatter hitam mahjong ways 2",
    ),
    (
        "Para guru mengikuti pelatihan kurikulum bonus new member 100 di awal selama tiga hari.",
        "bonus new member 100 di awal",
    ),
    (
        "Pemkot memasang lampu penerangan jalan situs gacor anti rungkad di sepanjang kawasan wisata.",
        "situs gacor anti rungkad",
    ),
    (
        "Klub sepak bola lokal itu merekrut bandar ceme online terpercaya tiga pemain asing musim ini.",
        "bandar ceme online terpercaya",
    ),
    (
        "Penjualan kendaraan listrik naik agen poker idn terpercaya dua kali lipat dibanding tahun lalu.",
        "agen poker idn terpercaya",
    ),
    (
        (
            "Pembaca yang ingin mengetahui jadwal lengkap pertandingan klik di sini slot gacor dapat "
            "melihat situs resmi PSSI."
        ),
        "klik di sini slot gacor",
    ),
    (
        (
            "Program beasiswa daerah tahun ini menjangkau 3.000 pelajar kamagra 100mg asli dari "
            "keluarga kurang mampu."
        ),
        "kamagra 100mg asli",
    ),
    (
        (
            "Gedung olahraga itu direnovasi dengan biaya Rp4 miliar (bonus new member 100%) dari APBD "
            "provinsi."
        ),
        "(bonus new member 100%)",
    ),
    (
        (
            "Hasil panen jagung di Gorontalo meningkat tajam tahun ini - daftar slot88 sekarang - kata "
            "kepala dinas."
        ),
        "- daftar slot88 sekarang -",
    ),
    (
        (
            "Sekolah-sekolah di kota itu kembali menggelar pembelajaran tatap muka, kunjungi situs "
            "togel resmi, mulai pekan depan."
        ),
        "kunjungi situs togel resmi,",
    ),
    (
        (
            "Nelayan di pesisir utara Jawa kembali melaut setelah cuaca membaik. Slot Gacor Gampang "
            "Menang Hari Ini."
        ),
        "Slot Gacor Gampang Menang Hari Ini.",
    ),
    (
        "Pembangunan bendungan itu diperkirakan rampung pada 2026 👉 slot gacor maxwin.",
        "👉 slot gacor maxwin",
    ),
    (
        ("Peserta lomba lari maraton tahun ini mencapai 8.000 orang JUDI ONLINE TERPERCAYA dari 20 negara."),
        "JUDI ONLINE TERPERCAYA",
    ),
    (
        (
            "Pemerintah provinsi menyalurkan bantuan benih padi kepada 5.000 petani via slot deposit "
            "dana 10 ribu di wilayah selatan."
        ),
        "slot deposit dana 10 ribu",
    ),
    (
        (
            "Stok darah di PMI kota menipis menjelang akhir tahun sabung ayam sv388 online sehingga "
            "donor sangat dibutuhkan."
        ),
        "sabung ayam sv388 online",
    ),
    (
        (
            "Pelajar SMA itu meraih medali emas olimpiade fisika internasional togel sgp 4d hadiah "
            "terbesar di Tokyo."
        ),
        "togel sgp 4d hadiah terbesar",
    ),
    (
        "Warga berharap jalan berlubang itu bandar ceme online segera diperbaiki sebelum musim hujan.",
        "bandar ceme online",
    ),
    (
        (
            "Dinas sosial mendata lansia yang belum menerima bantuan bandar domino qq terpercaya di "
            "tiga kecamatan."
        ),
        "bandar domino qq terpercaya",
    ),
    (
        (
            "Pemerintah kecamatan menggelar lomba kebersihan antar-RT pinjol kilat cair 10 menit setiap"
            " bulan Agustus."
        ),
        "pinjol kilat cair 10 menit",
    ),
    (
        (
            "Bantuan air bersih disalurkan ke desa-desa yang dilanda kekeringan obat pembesar mr p "
            "permanen oleh BPBD."
        ),
        "obat pembesar mr p permanen",
    ),
    (
        (
            "Kepala desa mengajak pemuda terlibat dalam pengelolaan wisata video syur viral terbaru air"
            " terjun."
        ),
        "video syur viral terbaru",
    ),
    (
        "Pertunjukan wayang kulit semalam suntuk itu tante girang jakarta menarik ribuan penonton.",
        "tante girang jakarta",
    ),
    (
        (
            "Tim medis memeriksa kesehatan ratusan pemudik di rest area slot gacor 2024 gampang menang "
            "tol Cipali."
        ),
        "slot gacor 2024 gampang menang",
    ),
    (
        "Gubernur meninjau langsung lokasi banjir bandang blackjack online uang asli di Kabupaten Luwu.",
        "blackjack online uang asli",
    ),
    (
        ("Harga daging sapi menjelang Idul Adha click here slot online naik menjadi Rp140.000 per kilogram."),
        "click here slot online",
    ),
    (
        (
            "Penyuluh pertanian mengajari petani membuat pestisida nabati visit best online casino dari"
            " daun mimba."
        ),
        "visit best online casino",
    ),
    (
        (
            "Pembangunan masjid agung itu menghabiskan dana Rp30 miliar akun vip slot server jepang "
            "dari swadaya masyarakat."
        ),
        "akun vip slot server jepang",
    ),
    (
        (
            "Kafe di sudut kota itu menyajikan kopi robusta asli Dampit SITUS SLOT88 RESMI DAN "
            "TERPERCAYA setiap hari."
        ),
        "SITUS SLOT88 RESMI DAN TERPERCAYA",
    ),
    (
        ("Tanggul sungai yang jebol sepanjang 20 meter pinjol acc tanpa bi checking sudah diperbaiki warga."),
        "pinjol acc tanpa bi checking",
    ),
    (
        "Kebun teh di lereng gunung itu menjadi daya tarik wisata obat kuat oles tahan lama cod baru.",
        "obat kuat oles tahan lama cod",
    ),
    (
        (
            "Hujan deras disertai angin kencang merobohkan tiga pohon besar nonton bokep jilbab viral "
            "di Jalan Diponegoro."
        ),
        "nonton bokep jilbab viral",
    ),
    (
        (
            "Kantor kelurahan membuka layanan administrasi kependudukan pada hari Sabtu Scatter Hitam "
            "Mahjong Ways 3 Gacor untuk warga yang bekerja."
        ),
        "Scatter Hitam Mahjong Ways 3 Gacor",
    ),
    (
        (
            "Sebanyak 25 ton sampah diangkut dari Pantai Kuta rtp slot pragmatic play live hari ini "
            "setelah gelombang pasang."
        ),
        "rtp slot pragmatic play live hari ini",
    ),
    (
        (
            "Ribuan umat menghadiri perayaan Waisak di Candi Borobudur link vcs pemersatu bangsa dengan"
            " khidmat."
        ),
        "link vcs pemersatu bangsa",
    ),
    (
        (
            "Harga tiket kereta api ekonomi tidak naik selama masa libur slot 5k deposit dana tanpa "
            "potongan sekolah."
        ),
        "slot 5k deposit dana tanpa potongan",
    ),
    (
        (
            "Pelaku UMKM di daerah itu mendapat pelatihan pemasaran digital bo togel hadiah 4d 10 juta "
            "dari pemerintah."
        ),
        "bo togel hadiah 4d 10 juta",
    ),
    (
        (
            "Jembatan layang itu dibuka untuk umum mulai Senin, sv388 sabung ayam online resmi, setelah"
            " uji beban selesai."
        ),
        "sv388 sabung ayam online resmi,",
    ),
    (
        "toto macau 4d Warga kampung nelayan itu kini menikmati listrik 24 jam setelah PLTS dibangun.",
        "toto macau 4d",
    ),
    (
        (
            "Kompetisi robotik pelajar itu diikuti 60 tim dari seluruh Indonesia ѕlоt оnlіnе dan "
            "digelar di Surabaya."
        ),
        "ѕlоt оnlіnе",
    ),
    (
        "Warga membersihkan selokan secara bergotong royong s.l.o.t.g.a.c.o.r setiap Minggu pagi.",
        "s.l.o.t.g.a.c.o.r",
    ),
    (
        (
            "Anak-anak belajar mengaji di surau selepas magrib JuDi OnLiNe TeRpErCaYa sejak puluhan "
            "tahun lalu."
        ),
        "JuDi OnLiNe TeRpErCaYa",
    ),
    (
        (
            "Pemerintah daerah meresmikan taman kota baru [slot gacor](https://gacor88.vip) di kawasan "
            "pusat kota."
        ),
        "[slot gacor](https://gacor88.vip)",
    ),
    (
        "Para nelayan kembali melaut setelah badai reda #slotgacor #maxwin pada Selasa pagi.",
        "#slotgacor #maxwin",
    ),
    ("Harga gabah kering panen naik di tingkat petani @slotgacor88 menurut data BPS.", "@slotgacor88"),
    ("Warga menanam pohon bakau di pesisir slooot gacoorrr untuk mencegah abrasi.", "slooot gacoorrr"),
    ("Kampanye hemat energi digelar serentak gacorrr maxwinnn di seluruh sekolah.", "gacorrr maxwinnn"),
    (
        (
            "Pemerintah membangun jaringan irigasi baru slot gacor (https://bit.ly/gacor88) di lahan "
            "pertanian."
        ),
        "slot gacor (https://bit.ly/gacor88)",
    ),
    (
        (
            "Koperasi desa membuka unit simpan pinjam pinjol cepat cair hubungi 0812-1234-5678 bagi "
            "anggotanya."
        ),
        "pinjol cepat cair hubungi 0812-1234-5678",
    ),
    (
        ("Sejumlah warga mengikuti pelatihan menjahit Slot Gacor Hari Ini: https://gacor.vip di balai desa."),
        "Slot Gacor Hari Ini: https://gacor.vip",
    ),
    (
        (
            "Harga minyak goreng curah stabil di pasar tradisional (Baca juga: Situs Slot Gacor "
            "Terpercaya) selama sepekan terakhir."
        ),
        "(Baca juga: Situs Slot Gacor Terpercaya)",
    ),
    ("Warga dapat mendaftar di balai desa www.gacor88.vip mulai Senin depan.", "www.gacor88.vip"),
    ("Jalan provinsi itu kembali mulus setelah diperbaiki zeus138.com selama dua bulan.", "zeus138.com"),
    ("Pelatihan membatik diikuti 40 ibu rumah tangga t.me/slotgacorvip dari lima desa.", "t.me/slotgacorvip"),
    (
        "Festival durian tahun ini menghadirkan 30 varietas lokal bit.ly/daftar-slot88 dari Sumatra.",
        "bit.ly/daftar-slot88",
    ),
    (
        "Petani jeruk di Karo mulai panen https://togelresmi.xyz/login raya pekan ini.",
        "https://togelresmi.xyz/login",
    ),
    (
        "Pasar ikan modern itu ramai pengunjung Link: heylink.me/gacor-maxwin sejak dibuka.",
        "Link: heylink.me/gacor-maxwin",
    ),
    ("Harga cabai rawit di judi online pasar induk naik tajam sepanjang pekan ini.", "judi online"),
    ("Ratusan siswa dari judi bola berbagai sekolah mengikuti upacara di alun-alun kota.", "judi bola"),
    ("Pemerintah desa bersama agen judi warga membersihkan saluran air menjelang musim hujan.", "agen judi"),
    ("Tim medis dan bandar judi relawan bersiaga di posko kesehatan selama arus mudik.", "bandar judi"),
    ("Pembangunan gedung baru untuk judi online puskesmas itu dimulai bulan depan.", "judi online"),
    ("Sejumlah pedagang di situs judi kawasan pasar lama mengeluhkan sepinya pembeli.", "situs judi"),
    (
        "Para pengrajin perak di Kotagede kembali bandar ceme mendapat pesanan dari luar negeri.",
        "bandar ceme",
    ),
    ("Perahu nelayan yang rusak diperbaiki dengan agen domino bantuan dari dinas perikanan.", "agen domino"),
    (
        "Pengunjung pameran buku di Jakarta Convention Center togel meningkat dua kali lipat tahun ini.",
        "togel",
    ),
    ("Para siswa diberikan togel seragam baru oleh pemerintah kabupaten menjelang tahun ajaran.", "togel"),
    ("Jembatan gantung itu menghubungkan dua judol dusun yang dipisahkan sungai besar.", "judol"),
    ("Sebuah lagu yang indah togel memerlukan lirik yang kuat dan melodi yang mudah diingat.", "togel"),
    (
        "Ribuan warga memadati lapangan kota (judi online) untuk menyaksikan pesta kembang api.",
        "(judi online)",
    ),
    ("Sekolah itu menambah koleksi buku perpustakaan 🔥 judi bola 🔥 sebanyak 500 judul.", "🔥 judi bola 🔥"),
    ("Harga bawang merah turun di tingkat petani #judionline sejak panen raya dimulai.", "#judionline"),
    ("Layanan bus sekolah gratis — poker online — kini menjangkau enam kecamatan.", "— poker online —"),
]

ROUND5_SPAM_LINES = [
    "judi slot online, slot gacor maxwin, daftar slot gacor, slot deposit pulsa, situs slot resmi,",
    "Keyword: togel online | bandar togel | situs toto | toto macau | prediksi sgp",
    "Topik terkait - pinjol cepat cair - pinjol tanpa ktp - pinjaman online bunga rendah - joki galbay",
    "1. slot gacor 2. slot maxwin 3. rtp live 4. bocoran admin jarwo 5. akun pro thailand",
    "slot gacor ~ slot online ~ judi slot ~ slot88 ~ rtp slot",
    "Label: Slot Gacor, Slot Online, Togel Online, Casino Online",
    "Tag: #judionline #slotgacor #togelhariini #bandarbola #casinoonline",
    "viagra | cialis | levitra | obat kuat pria | obat pembesar penis | titan gel asli",
    "bokep indo, video bokep, nonton bokep, bokep viral, film dewasa",
    "casino online • baccarat online • roulette online • sicbo online • live casino",
    "SLOT GACOR » SLOT ONLINE » JUDI SLOT » SLOT MAXWIN",
    "ѕlоt gасоr, ѕіtuѕ ѕlоt, јudі ѕlоt, ѕlоt оnlіnе",
    "slotgacor slotonline judislot slotmaxwin slot88 slot777",
    "Pencarian populer: rtp slot, pola gacor, jam gacor, scatter hitam, mahjong ways 2",
    "agen sbobet; agen bola; judi bola online; mix parlay; taruhan bola online",
    "Tags: slot gacor, situs slot, rtp live, bocoran admin jarwo, togel hari ini",
    "Kata kunci: judi online, slot online, agen togel, bandar bola, casino online",
    (
        "Incoming search terms: slot gacor hari ini, link slot gacor, situs judi slot online "
        "terpercaya, rtp slot"
    ),
    (
        "Pencarian terkait: pinjol cepat cair, pinjaman online tanpa ktp, pinjol tanpa bi checking,"
        " dana cepat cair"
    ),
    "slot gacor slot online slot terpercaya slot maxwin slot 4d slot pulsa slot dana",
    "#slotgacor #slotonline #judionline #rtpslot #maxwin #bocoranslot",
    "togel hk | togel sgp | togel sdy | togel macau | toto 4d",
    "obat kuat, viagra asli, cialis asli, obat pembesar, vimax asli, titan gel",
    "online casino, best casino bonus, free spins, slot machines, real money slots, poker online",
    "situs slot gacor • link slot gacor • slot gacor hari ini • slot gacor maxwin",
    "slot88.com | gacor99.net | maxwin4d.vip | togel777.xyz",
    "Related: bandar togel / agen togel / situs togel / togel online / prediksi togel",
    "SLOT GACOR, SLOT ONLINE, JUDI SLOT, RTP SLOT, AKUN PRO",
    "⭐⭐⭐⭐⭐ SITUS SLOT GACOR NO 1 DI INDONESIA ⭐⭐⭐⭐⭐",
    "👉 Klik di sini untuk daftar slot gacor 👈",
    "Butuh dana cepat? Pinjaman tanpa jaminan cair 1 jam, hubungi 0813-4455-6677",
    "Jual obat kuat pria original, bisa COD seluruh Indonesia, WA 0857-2233-4455",
    "Play online casino games and win real money today!",
    "Buy cheap viagra online without prescription",
    "Best online slots: daftar sekarang di Gacor88",
    "Login Gacor88 | Daftar Gacor88 | Link Alternatif Gacor88",
    "Live chat 24 jam ✅ Deposit via Dana, OVO, GoPay ✅ Proses WD 1 menit ✅",
    "Situs slot deposit 10 ribu tanpa potongan",
    "Agen Sbobet, Agen Judi Bola, Bandar Bola Terpercaya",
    "Prediksi Togel Hongkong Malam Ini",
    "Cek RTP Live Slot Tertinggi Hari Ini",
    "bonus new member 100 di awal to x3",
    "Raja Slot | Slot Gacor | Slot88 | Togel Online",
    "Nonton bokep indo terbaru gratis tanpa iklan",
    "Cerita dewasa terbaru, video syur viral full durasi",
    "Joki skripsi murah & cepat, chat admin",
    "Robot trading auto profit harian, join grup Telegram t.me/cuanharian",
    "Kerja online dibayar harian tanpa modal, gabung sekarang",
    "Baca juga: Situs Slot Gacor Hari Ini Gampang Menang",
    "Sponsored: Slot Online Terpercaya Bonus 100%",
    "Situs judi slot online terpercaya dan terbaik no 1 di Indonesia",
    "s l o t   g a c o r   h a r i   i n i",
    "SLOT_GACOR_MAXWIN",
    "🎲 Togel Online 🎲 Diskon 4D 66% 🎲 Hadiah 10 Juta 🎲",
    "🍑 video viral full durasi tanpa sensor 🍑",
    "Pinjol legal OJK cair 5 menit, download aplikasinya di Play Store",
    (
        "Artikel ini membahas slot gacor, situs slot gacor, link slot gacor, slot gacor hari ini "
        "dan slot gacor maxwin."
    ),
    "Slot Gacor Slot88 Situs Slot Link Slot RTP Slot Bocoran Slot",
    "gacor88.com gacor99.com gacor77.net maxwin138.vip",
    "slot gacor 2024, slot gacor januari 2024, slot gacor terbaru 2024, slot gacor malam ini 2024",
    "Pinjol Cepat Cair, Pinjol Tanpa KTP, Pinjol Legal, Pinjol Bunga Rendah, Pinjol Limit Besar",
    "viagra cialis levitra kamagra tadalafil sildenafil",
    "cara menang main slot, cara main slot gacor, jam main slot gacor, pola slot gacor hari ini",
    "Tags: online casino, free spins, casino bonus, real money slots",
    "# slot gacor # situs slot # rtp slot # judi online",
    "Searches: judi online terpercaya - situs judi slot - agen judi bola - bandar togel",
    "SLOT GACOR",
    "slot online terpercaya",
    "Situs Slot Online Gacor Hari Ini Gampang Menang Jackpot Maxwin 2024",
    "Keluaran SGP Hari Ini Tercepat",
    "Live Draw HK Pools Tercepat Malam Ini",
    "Prediksi Togel SDY Jitu dan Akurat",
    "Bocoran RTP Live Slot Pragmatic Hari Ini",
    "Link Alternatif Sbobet88 Terbaru Anti Blokir",
    "Slot Deposit Pulsa 5000 Tanpa Potongan",
    "Pinjaman Online Cepat Cair Tanpa BI Checking",
    "Jual Obat Kuat Pria Tahan Lama Di Apotik",
    "Nonton Film Dewasa Sub Indo Gratis",
    "Judi Bola Online Terpercaya Dan Terbaik",
    "Bandar Togel Online Resmi Diskon Terbesar",
    "💸 Wd berapapun dibayar lunas 💸",
    "📲 WA: +62 812 9000 1111 (Admin Slot)",
    "Daftar: bit.ly/slotgacor-daftar",
    "Link daftar 👉 gacor88.vip",
    "Main di Naga303, dijamin maxwin!",
    "Slot gacor hari ini, slot gacor maxwin dan slot gacor terpercaya ada di sini.",
    "Kami adalah situs judi slot online terpercaya yang menyediakan slot gacor dan togel online.",
    "🔞 Nonton Bokep Gratis 🔞 Klik Link Di Bio",
    "➡️ https://slot-gacor.pages.dev ⬅️",
    "Link Daftar Slot Gacor: https://heylink.me/gacor88",
    "Hubungi WA 0823-1111-2222 untuk pinjaman dana tunai cepat cair",
    "BONUS NEW MEMBER 100% DI AWAL | TO KECIL | WD BERAPAPUN DIBAYAR",
    "Online Casino | Sports Betting | Live Casino | Slots",
]

ROUND5_CONTENT_LINES = [
    "Tags: judi online, Kominfo, pemblokiran, media sosial, literasi digital",
    "Baca juga: Polisi Tangkap Bandar Togel di Bandar Lampung",
    "Bandar Lampung, Bandar Udara Radin Inten, Situs Sejarah Pugung Raharjo, Pantai Mutun",
    "Topik: pinjol ilegal, OJK, Satgas PASTI, perlindungan konsumen",
    "Slot waktu: 08.00 | 10.00 | 13.00 | 15.00",
    "Obat, vitamin dan suplemen dijual bebas di apotek dengan izin edar BPOM.",
    "Satgas mengimbau warga melapor jika menerima tawaran pinjol lewat WhatsApp ke 0811-1571-6666.",
    "Kominfo memblokir situs slot88, gacor77 dan ratusan domain judi lainnya pekan ini.",
    "Harga: Rp25.000 | Stok: tersedia | Kirim: seluruh Indonesia",
    "Pemenang undian berhadiah mobil diumumkan di kantor bank pada Jumat, kata panitia.",
    "Kuat, tahan lama dan hemat energi: tiga alasan warga memilih lampu LED.",
    "Live streaming: Indonesia vs Vietnam, Kamis pukul 19.30 WIB di RCTI.",
    "Polisi menangkap empat admin situs judi online yang mempromosikan slot gacor lewat Instagram.",
    "Kominfo memblokir 1,2 juta konten judi online, termasuk situs togel dan slot, sepanjang 2023.",
    "OJK mencatat 537 pinjol ilegal ditutup Satgas PASTI sepanjang semester pertama.",
    "Bandara Internasional Yogyakarta menambah slot penerbangan untuk musim libur Natal.",
    "Situs sejarah Trowulan menyimpan jejak ibu kota Majapahit yang masih diteliti arkeolog.",
    "Pengeluaran negara untuk subsidi energi mencapai Rp350 triliun pada tahun ini.",
    "Keluaran terbaru ponsel lipat itu dijual mulai Rp15 juta di Indonesia.",
    "Dokter mengingatkan obat kuat tanpa resep bisa memicu serangan jantung pada pria dewasa.",
    "Tim bulu tangkis putra tampil kuat dan melaju ke final Piala Thomas.",
    "Film ini hanya untuk penonton dewasa karena memuat adegan kekerasan.",
    "Toto Sugiarto terpilih menjadi ketua RW untuk periode kedua.",
    "Bank itu menawarkan pinjaman modal usaha dengan bunga 6 persen per tahun untuk UMKM.",
    "Deposito berjangka tiga bulan di bank tersebut memberi bunga 4,5 persen.",
    "Casino Royale adalah film James Bond pertama yang dibintangi Daniel Craig.",
    "Pemain wajib mengisi saldo dompet digital seperti OVO atau DANA untuk membayar tiket tol.",
    "Kasus judi online menyeret sejumlah pegawai Kementerian Komunikasi dan Digital.",
    "Polda Jatim membongkar jaringan pinjol ilegal yang menagih dengan ancaman dan menyebar data korban.",
    "Warga diminta melapor ke aduankonten.id jika menemukan iklan judi online di media sosial.",
    "Jadwal live streaming Liga 1 malam ini bisa disaksikan di kanal resmi televisi nasional.",
    ("Grup WhatsApp alumni itu mengumpulkan donasi untuk korban banjir, hubungi panitia di 0812-3456-7890."),
    "Tiket konser bisa dipesan melalui situs resmi penyelenggara mulai pukul 10.00 WIB.",
    "Mahjong adalah permainan tradisional Tiongkok yang kini populer di kalangan lansia.",
    "Maskapai itu menawarkan bonus bagasi 10 kg untuk penerbangan rute Jakarta–Medan.",
    "Rumah sakit itu membuka klinik disfungsi ereksi yang ditangani dokter spesialis andrologi.",
    "Bagi pemula, strategi deposit dan tarik tunai di bank digital cukup dilakukan lewat aplikasi.",
    "Artikel ini membahas dampak judi online terhadap keluarga dan cara pemerintah memberantasnya.",
    "Daftar penerima bansos dapat dicek di cekbansos.kemensos.go.id dengan memasukkan NIK.",
    "Link pendaftaran: https://sscasn.bkn.go.id",
    "Hubungi call center 112 untuk keadaan darurat.",
    "Kontak redaksi: redaksi@contoh.co.id | WA 0812-0000-1111",
    "Bandar Udara Internasional Kualanamu, Deli Serdang",
    "Keluaran terbaru Samsung Galaxy dijual mulai pekan depan.",
    "Jadwal Liga Inggris Malam Ini: Arsenal vs Chelsea",
    "Prediksi Cuaca Jakarta Hari Ini",
    "Harga Emas Antam Hari Ini Naik Rp5.000",
    "Toto Wolff: Mercedes Siap Bangkit Musim Depan",
    "Slot Waktu Penerbangan Haji Ditambah",
    "Cara Daftar BPJS Kesehatan Online Lewat Aplikasi",
    "Situs Sejarah Gunung Padang Dibuka untuk Wisatawan",
    "Obat Kuat dari Apotek Bisa Picu Serangan Jantung, Ini Kata Dokter",
    "Di Amerika Serikat, payday loans dikenal sebagai pinjaman gaji berbunga sangat tinggi.",
    "Fitur free spins dalam gim itu muncul saat tiga simbol scatter keluar bersamaan.",
    "Semua kamar hotel dilengkapi AC, televisi dan air panas, langsung dapat dipesan lewat aplikasi.",
    "Polisi menyebut situs itu menjanjikan slot gacor hari ini gampang menang kepada para korbannya.",
    "Gooool! Sorak penonton membahana saat Marselino mencetak gol kedua di menit ke-80.",
    "Acara itu dimeriahkan band lokal (Sheila on 7 dan Dewa 19) di panggung utama.",
    "Pertandingan berakhir 2-1 - skor yang sama seperti musim lalu - di Stadion Jakabaring.",
    "Menteri Keuangan (Baca juga: APBN 2025 Defisit 2,5 Persen) menyebut penerimaan pajak naik.",
    "Warganet ramai menggunakan tagar #IndonesiaTerserah dan #DiRumahAja selama pandemi.",
    "Akun resmi @KemenkesRI mengunggah imbauan vaksinasi booster bagi lansia.",
    "Hubungi layanan pelanggan PLN di 123 atau melalui aplikasi PLN Mobile.",
    "Untuk informasi lebih lanjut, kunjungi situs resmi kampus di www.ui.ac.id.",
    "Dia menjual pulsa dan token listrik di kios kecil depan rumahnya sejak 2015.",
    "Pengiriman barang ke seluruh Indonesia dapat dilacak melalui situs resmi ekspedisi.",
    "Bonus demografi harus dimanfaatkan dengan baik, kata Kepala Bappenas.",
    "Tiket kereta api Lebaran dapat dipesan melalui aplikasi Access by KAI mulai H-45.",
    "Pemerintah menyiapkan dana Rp10 triliun untuk program makan bergizi gratis.",
    "Petani di Garut memanen kentang lebih cepat dan lebih banyak tahun ini.",
    "Totto-chan, novel karya Tetsuko Kuroyanagi, kembali dicetak ulang di Indonesia.",
    "Tim Garuda Muda tampil gacor dan mencetak lima gol tanpa balas.",
    "OJK mengingatkan masyarakat agar hanya menggunakan pinjol legal terdaftar dan diawasi OJK.",
    "Viagra pertama kali disetujui FDA pada 1998 sebagai obat disfungsi ereksi.",
    "Casino Royale dan Skyfall menjadi film Bond terlaris di Indonesia.",
    "Sabung ayam dilarang di desa itu sejak kepala desa baru dilantik.",
    "Ia membeli HP baru secara kredit dengan cicilan 0 persen selama 12 bulan.",
    "Lirik lagu itu viral di TikTok dan diputar jutaan kali dalam sepekan.",
    "Live report: banjir setinggi 1 meter merendam permukiman di Kampung Melayu.",
    "Informasi lengkap dapat dilihat di www.bps.go.id atau hubungi 021-3841195.",
    "Pendaftaran dibuka melalui laman resmi ppdb.jatimprov.go.id hingga 20 Juni.",
    "Untuk pemesanan tiket, hubungi panitia di nomor 0812-3456-7890 (Budi).",
    "Video lengkapnya bisa ditonton di kanal YouTube resmi pemerintah kota.",
    "Pembaca dapat mengirim tulisan ke redaksi@kompas.com paling lambat Jumat.",
    "Dokumen itu bisa diunduh di bit.ly/laporan-apbd-2024 yang dibagikan Bappeda.",
    "Warga yang terjerat judi online diminta melapor ke posko pengaduan di kantor kecamatan.",
    "Ia mengaku sudah tiga tahun bermain judi bola sebelum akhirnya berhenti.",
    "Anak muda di kota itu banyak yang tergoda situs judi lewat iklan di media sosial.",
    "Kecanduan judi online membuat banyak keluarga kehilangan tabungan mereka.",
    "Dia bercerita tentang pengalamannya keluar dari jerat judi online dan utang.",
    "Uangnya habis untuk judi online, kata istrinya kepada wartawan.",
    "Ia pernah terlibat judi bola semasa kuliah di Yogyakarta.",
    "Aktor itu mengaku pernah kecanduan judi online selama dua tahun.",
    "Pemerintah menutup ribuan situs judi setiap bulan.",
    "Penghasilan dari judi bola tidak pernah cukup, ujarnya.",
    "Situs judi kini semakin mudah diakses anak-anak.",
    "Tetangga saya bangkrut gara-gara judi bola musim lalu.",
    "Suaminya menghabiskan gaji di situs judi setiap bulan.",
    "Ia bercerita tentang masa lalunya sebagai bandar judi sebelum bertobat.",
    "Judi online dan narkoba menjadi dua masalah yang paling dikhawatirkan orang tua.",
    "Sang ayah terlilit utang akibat judi online dan pinjaman dari kerabat.",
    "Kakaknya pernah menjadi agen judi di Batam pada 1990-an.",
    "Selain narkoba, judi online juga menjadi sorotan dalam rapat itu.",
    "Obat aborsi tidak boleh dijual bebas di apotek.",
    "Pamannya dulu gemar membeli togel di warung dekat pasar setiap sore.",
    "Uang hasil togel itu habis dalam semalam, kata istrinya.",
    "Ia berhenti main togel setelah anak pertamanya lahir.",
    "Togel sudah lama dilarang, tetapi masih dimainkan di beberapa kampung.",
    "Sebagian warga masih percaya mimpi bisa menjadi petunjuk angka togel.",
    "Kebiasaan memasang togel membuat keluarganya terlilit utang.",
    "Di kampung itu, togel yang dijual pengecer dikenal dengan sebutan kupon putih.",
    "Ayahnya kalah togel hampir setiap pekan, kenang Rina.",
    "Kominfo memblokir ribuan situs perjudian daring (judi online) sepanjang 2023.",
    "Perjudian daring atau judi online (judol) kini menjadi perhatian serius pemerintah.",
    "Warganet menggaungkan tagar #StopJudiOnline setelah kasus bunuh diri itu.",
    "Istilah pinjaman online (pinjol) kerap dikaitkan dengan bunga tinggi dan penagihan kasar.",
    "Obat kuat (obat disfungsi ereksi) hanya boleh diminum dengan resep dokter.",
]


@pytest.mark.parametrize(("line", "run"), ROUND5_INJECTED_RUNS)
def test_round5_injected_runs_removed(line: str, run: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [run]


@pytest.mark.parametrize("line", ROUND5_SPAM_LINES)
def test_round5_spam_lines_and_walls_removed_whole(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "injected_spam")
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize("line", ROUND5_CONTENT_LINES)
def test_round5_content_with_the_same_words_stays(line: str, ruleset: Ruleset) -> None:
    # (`Tags:` and `Baca juga:` lines are page chrome other rules remove; none of them is spam.)
    assert flagged(page(line), ruleset, "injected_spam") == []


# Spam pages in other trades and languages: each must end as a `spam_page` rejection.
ROUND5_ENGLISH_CASINO_PAGE = """\
Best Online Casino Indonesia 2024 - Play Slots and Win Real Money

Welcome to the best online casino for Indonesian players. Sign up today and claim your welcome bonus \
casino package with 200 free spins no deposit required.
Our online casino offers real money slots, live dealer casino tables and sports betting online on \
every major league. Deposits via DANA, OVO and bank transfer are processed instantly.
Why Play With Us?
Fast withdrawals, 24/7 customer support and the highest RTP slots in Asia. Join thousands of winners \
and start playing now!
"""

ROUND5_PINJOL_LANDING_PAGE = """\
Pinjol Cepat Cair Tanpa BI Checking 2024

Butuh dana mendesak? Ajukan pinjaman online di aplikasi kami, cair dalam 5 menit langsung ke \
rekening Anda. Cukup modal KTP, tanpa jaminan dan tanpa survei.
Limit pinjaman mulai Rp1 juta hingga Rp20 juta dengan tenor hingga 12 bulan dan bunga rendah.
Syarat Pengajuan
Warga negara Indonesia berusia 21 tahun ke atas, memiliki rekening bank atas nama sendiri dan nomor \
HP aktif.
Download aplikasinya sekarang dan nikmati pencairan kilat, acc semua pengajuan!
Hubungi admin kami via WhatsApp 0812-7777-8888 untuk bantuan pengajuan.
"""

ROUND5_ADULT_PAGE = """\
Nonton Video Bokep Indo Terbaru Gratis

Kumpulan video bokep indo viral terbaru full durasi tanpa sensor. Streaming langsung tanpa VPN dan \
tanpa iklan mengganggu.
Bokep Jepang, bokep barat dan bokep indo terlengkap diperbarui setiap hari untuk Anda.
Video Viral Hari Ini
Link video viral full durasi tanpa sensor bisa ditonton gratis di situs kami. Download juga aplikasi \
live hot untuk streaming 18+ sepuasnya.
"""

ROUND5_TOGEL_RESULTS_PAGE = """\
Data Keluaran SGP Hari Ini 2024 Tercepat dan Terlengkap

Berikut data keluaran sgp hari ini, pengeluaran sgp 2024 dan result sgp tercepat yang kami rangkum \
dari situs resmi singapore pools.
Tabel data sgp lengkap ini bisa menjadi acuan prediksi sgp malam ini dan angka main sgp jitu.
Live Draw SGP Hari Ini
Saksikan live draw sgp setiap pukul 17.45 WIB. Jangan lupa cek bocoran togel sgp dan syair sgp di \
bandar togel online terpercaya kami.
"""

ROUND5_ARTICLE_WITH_WALL_PAGE = """\
Manfaat Minum Air Putih Setiap Pagi

Minum air putih setelah bangun tidur membantu tubuh mengganti cairan yang hilang selama tidur.
Air putih juga membantu menjaga suhu tubuh tetap stabil, terutama saat cuaca panas.
Bagi yang sedang berdiet, segelas air sebelum makan membantu mengendalikan porsi.
Tags: slot gacor, situs slot, rtp live, togel hari ini, judi online
Biasakan membawa botol minum sendiri agar kebutuhan cairan tercukupi sepanjang hari.
"""


@pytest.mark.parametrize(
    "text",
    [ROUND5_ENGLISH_CASINO_PAGE, ROUND5_PINJOL_LANDING_PAGE, ROUND5_ADULT_PAGE, ROUND5_TOGEL_RESULTS_PAGE],
)
def test_round5_spam_pages_have_a_high_spam_share(text: str, ruleset: Ruleset) -> None:
    assert _share(text, ruleset) > 0.25


def test_round5_an_article_with_a_tag_wall_keeps_a_low_spam_share(
    ruleset: Ruleset, settings: Settings
) -> None:
    assert _share(ROUND5_ARTICLE_WITH_WALL_PAGE, ruleset) < 0.1
    assert "Tags:" not in clean(ROUND5_ARTICLE_WITH_WALL_PAGE, ruleset, settings).text


@pytest.mark.parametrize(
    "wall",
    [
        ["Judi Bola", "Poker Online", "Situs Judi", "Agen Judi", "Slot Online"],
        ["pinjaman online", "dana tunai", "gadai bpkb", "kredit tanpa agunan"],
        ["Data HK", "Data SGP", "Data SDY", "Result HK", "Keluaran Macau"],
        ["- judi online", "- poker online", "- judi bola", "- slot online"],
        ["1. Situs Judi Online", "2. Agen Judi Bola", "3. Poker Online", "4. Slot Online"],
        ["online casino", "sports betting", "casino games", "online slots", "payday loans"],
        ["Video Viral", "Film Semi", "Video Syur", "Cerita Dewasa"],
        ["Judi Online", "", "Poker Online", "", "Judi Bola"],
    ],
)
def test_round5_a_wall_down_the_page_goes_whole(
    wall: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    # One keyword a line, weak phrases included: the run of them is a wall on a page about water.
    cleaned = clean(page(*wall), ruleset, settings).text
    assert [w for w in wall if w and w in cleaned] == []
    assert LEAD in cleaned and CLOSE in cleaned


@pytest.mark.parametrize(
    "lines",
    [
        ["Bandar Lampung", "Bandar Udara", "Situs Sejarah", "Slot Waktu"],
        ["Data Ekspor", "Data Impor", "Data Inflasi", "Neraca Dagang"],
        ["Video Terpopuler", "Foto Pilihan", "Berita Terkini", "Infografis"],
        [
            "Judi Online",
            "Penjelasan singkat tentang air putih yang baik diminum setiap pagi hari.",
            "Poker Online",
        ],
    ],
)
def test_round5_short_lines_that_are_no_wall_stay(lines: list[str], ruleset: Ruleset) -> None:
    assert flagged(page(*lines), ruleset, "injected_spam.spam_line") == []


def test_round5_the_outline_of_an_article_about_gambling_stays(ruleset: Ruleset) -> None:
    text = "\n".join(
        [
            "Bahaya Judi Online bagi Remaja",
            "",
            "Kecanduan judi online kini menjerat banyak pelajar, menurut data PPATK tahun ini.",
            "Judi Online",
            "Poker Online",
            "Judi Bola",
            "Ketiganya sama-sama berupa perjudian yang dilarang undang-undang di Indonesia.",
        ]
    )
    assert flagged(text, ruleset, "injected_spam") == []


# --- round 6: inline injections in news hosts, replacement of a word, more families, disguised promo ------
# Unseen variants written from how hacked news and campus pages carry the trade: a phrase standing after a
# plain noun of a crime or health report (news words around it do not make it the sentence's topic), a
# phrase or a site's name standing in for a noun or a verb, marks set around a run (`:: ... ::`,
# `>> ... <<`), new families (loans on an ID card, adult stories and groups, money-making apps, fake
# documents, occult services, providers and crash games), lines in fullwidth or small capitals, provider
# walls cut by bars. Look-alike content shares their words and stays.

ROUND6_INJECTED_RUNS = [
    ("Polisi menangkap dua pelaku pencurian sepeda motor slot gacor di kawasan Pasar Minggu.", "slot gacor"),
    (
        "Jaksa menuntut terdakwa kasus korupsi dana desa togel hari ini dengan hukuman enam tahun penjara.",
        "togel hari ini",
    ),
    (
        (
            "Kapolres mengimbau warga mengunci rumah sebelum mudik situs judi online"
            " terpercaya agar aman dari pencurian."
        ),
        "situs judi online terpercaya",
    ),
    (
        "Dokter mengingatkan risiko dehidrasi saat puasa pinjol cepat cair bagi pasien lansia.",
        "pinjol cepat cair",
    ),
    (
        "Pengadilan menjatuhkan vonis dua tahun kepada pelaku penipuan arisan bandar togel online.",
        "bandar togel online",
    ),
    (
        "Satgas pangan memantau harga beras di pasar link alternatif sbobet menjelang Ramadan.",
        "link alternatif sbobet",
    ),
    (
        "Fitur baru aplikasi itu memudahkan pengguna membayar tagihan listrik rtp live gacor setiap bulan.",
        "rtp live gacor",
    ),
    (
        "Korban banjir mulai kembali ke rumah masing-masing bonus new member 100 setelah air surut.",
        "bonus new member 100",
    ),
    (
        "Polda Metro Jaya menangkap komplotan pencuri kabel telkom judi bola online di Jakarta Barat.",
        "judi bola online",
    ),
    ("Tersangka pembunuhan itu ditangkap di rumah kerabatnya slot88 di Garut.", "slot88"),
    (
        "Polisi menilang puluhan pengendara yang melawan arus mahjong ways 2 di Jalan Gatot Subroto.",
        "mahjong ways 2",
    ),
    (
        (
            "Pelaku pencurian ditangkap warga setelah kepergok membawa kabur"
            " ponsel situs slot gacor milik korban."
        ),
        "situs slot gacor",
    ),
    (
        "Kejaksaan menahan mantan kepala desa atas dugaan penyelewengan dana bansos agen slot terpercaya.",
        "agen slot terpercaya",
    ),
    (
        (
            "Petugas dinas perhubungan memasang rtp live hari ini di sepanjang jalan"
            " protokol menjelang libur panjang."
        ),
        "rtp live hari ini",
    ),
    (
        "Warga yang ingin mengurus KTP kini bisa datang ke bonus new member 100 terdekat tanpa antre.",
        "bonus new member 100",
    ),
    (
        "Tim SAR gabungan akhirnya menemukan pola gacor olympus di tepi sungai setelah pencarian tiga hari.",
        "pola gacor olympus",
    ),
    ("Mahasiswa baru wajib mengikuti akun pro jepang selama dua hari di aula kampus.", "akun pro jepang"),
    (
        "Pemerintah desa membangun slot server jepang untuk menampung air hujan saat kemarau.",
        "slot server jepang",
    ),
    ("Ibu-ibu PKK menanam link slot88 resmi di pekarangan rumah masing-masing.", "link slot88 resmi"),
    ("Para petani mengeluhkan harga mpo slot yang terus naik menjelang musim tanam.", "mpo slot"),
    (
        (
            "Pengunjung bisa menikmati pemandangan matahari terbenam dari atas"
            " gates of olympus sambil minum kopi."
        ),
        "gates of olympus",
    ),
    ("Sekolah itu mendapat bantuan starlight princess dari pemerintah provinsi.", "starlight princess"),
    (
        "Kepala sekolah meminta para guru membimbing siswa mengerjakan scatter hitam dengan jujur.",
        "scatter hitam",
    ),
    (
        "Jalan menuju desa itu rusak parah sehingga truk pengangkut agen sbobet terpercaya tidak bisa lewat.",
        "agen sbobet terpercaya",
    ),
    ("Pedagang di pasar induk menjual togel sgp dengan harga lebih murah dari biasanya.", "togel sgp"),
    ("Anak-anak bermain layang-layang di lapangan video bokep indo sampai sore hari.", "video bokep indo"),
    ("Perusahaan itu merekrut 200 robot trading forex baru untuk pabrik di Karawang.", "robot trading forex"),
    ("Pengendara diminta berhati-hati saat melintas di Jalan Garuda4D karena banyak lubang.", "Garuda4D"),
    ("Rapat koordinasi digelar di kantor bandar togel resmi pada Senin pagi.", "bandar togel resmi"),
    ("Petani di lereng Merapi memanen cabai rawit dan mahjong ways 2 pada pekan ini.", "mahjong ways 2"),
    (
        "Rombongan wisatawan asal Malaysia tiba di Bandara Kualanamu menggunakan slot777 gacor.",
        "slot777 gacor",
    ),
    (
        "Menurut BMKG, curah hujan tinggi akan terjadi di wilayah sbobet88 selama sepekan ke depan.",
        "sbobet88",
    ),
    (
        "Dokter menyarankan pasien diabetes rutin memeriksa kadar judi bola parlay setiap bulan.",
        "judi bola parlay",
    ),
    ("Pembangunan jembatan itu menelan anggaran slot dana 5000 dari APBD.", "slot dana 5000"),
    (
        "Guru honorer di daerah itu menerima cytotec misoprostol 200mcg setiap tiga bulan.",
        "cytotec misoprostol 200mcg",
    ),
    (
        "Warga antusias mengikuti lomba tujuh belasan yang digelar di depan link alternatif sbobet.",
        "link alternatif sbobet",
    ),
    (
        (
            "Bupati meresmikan gedung baru rumah sakit daerah bersama aviator"
            " spribe slot dan jajaran forkopimda."
        ),
        "aviator spribe slot",
    ),
    (
        "Para nelayan memperbaiki jaring mereka setelah diterjang situs toto macau 4d semalam.",
        "situs toto macau 4d",
    ),
    (
        "Harga tiket kereta api kelas ekonomi naik menjadi depo 10k via dana mulai bulan depan.",
        "depo 10k via dana",
    ),
    (
        "Siswa SD belajar menulis aksara Jawa bersama pinjaman online tanpa ktp di perpustakaan desa.",
        "pinjaman online tanpa ktp",
    ),
    (
        "Air mineral kemasan kini dijual di hampir semua warung. slot gacor server luar",
        "slot gacor server luar",
    ),
    (
        "Pemerintah menyiapkan posko mudik di 12 titik, bandar bola terpercaya, untuk membantu pemudik.",
        "bandar bola terpercaya,",
    ),
    (
        "Harga cabai turun tajam pekan ini (link gacor hari ini) karena panen raya di sejumlah sentra.",
        "(link gacor hari ini)",
    ),
    (
        "Debit air sungai meningkat sejak Kamis malam - daftar sbobet - sehingga warga diminta waspada.",
        "- daftar sbobet -",
    ),
    (
        "Pelatih timnas memanggil 28 pemain untuk pemusatan latihan di Bali :: rtp slot gacor hari ini ::",
        ":: rtp slot gacor hari ini ::",
    ),
    (
        "Kegiatan bakti sosial itu diikuti ratusan relawan dari berbagai daerah. ⚡ SLOT777 ⚡",
        "⚡ SLOT777 ⚡",
    ),
    (
        "Vaksin booster kini tersedia di seluruh puskesmas kota. >> link daftar slot gacor <<",
        ">> link daftar slot gacor <<",
    ),
    (
        "Pengumuman hasil seleksi CPNS dapat dilihat di laman resmi BKN. Info lengkap: gacor88.vip",
        "Info lengkap: gacor88.vip",
    ),
    (
        "Para pedagang di alun-alun kota cerita sex terbaru mulai berjualan sejak pukul enam pagi.",
        "cerita sex terbaru",
    ),
    (
        "Pemerintah kecamatan menyalurkan bantuan beras pinjam uang modal ktp kepada 300 keluarga.",
        "pinjam uang modal ktp",
    ),
    (
        "Jalan lingkar selatan itu akhirnya diaspal ulang slot server myanmar setelah bertahun-tahun rusak.",
        "slot server myanmar",
    ),
    ("Guru-guru mengikuti pelatihan kurikulum baru garansi kekalahan di gedung PGRI.", "garansi kekalahan"),
    (
        "Petugas damkar memadamkan api di gudang aplikasi penghasil uang selama dua jam.",
        "aplikasi penghasil uang",
    ),
    ("Pameran batik nusantara wd tanpa batas dibuka oleh wakil gubernur pada Jumat malam.", "wd tanpa batas"),
    ("Lomba perahu naga di Sungai Musi grup wa dewasa menarik ribuan penonton.", "grup wa dewasa"),
    ("Pemkot menambah armada bus sekolah jual rekening untuk menjangkau wilayah pinggiran.", "jual rekening"),
    (
        "Panen raya padi di Karawang mining bitcoin gratis diperkirakan mencapai 1,2 juta ton.",
        "mining bitcoin gratis",
    ),
    ("Kapolsek menghadiri peresmian pos ronda baru jasa pembuatan ijazah di RW 05.", "jasa pembuatan ijazah"),
    ("Ratusan pelari mengikuti lomba lari 10 kilometer pelet ampuh di kawasan Senayan.", "pelet ampuh"),
    (
        "Desa wisata itu menawarkan paket menginap di rumah warga Mawar303 dengan harga terjangkau.",
        "Mawar303",
    ),
    ("Hujan deras mengguyur Bogor sejak siang. Ikuti kami di @gacor88official", "@gacor88official"),
    ("Ibu itu memasak maxwin untuk makan malam keluarganya.", "maxwin"),
    ("Para siswa membaca judol di perpustakaan sekolah setiap Jumat.", "judol"),
    ("Kami berangkat ke slot88 menggunakan kereta api pagi.", "slot88"),
    ("Setiap pagi ayah membaca bokep sambil minum kopi di teras.", "bokep"),
    ("Warga bergotong royong membersihkan sbobet setelah banjir surut.", "sbobet"),
    ("Kucing itu tidur di atas poker online sepanjang siang.", "poker online"),
    ("Anak-anak berenang di casino online dekat rumah nenek.", "casino online"),
    ("Guru menjelaskan cara menghitung luas togel online kepada murid kelas empat.", "togel online"),
    ("Pemerintah memperbaiki rtp slot yang rusak akibat gempa.", "rtp slot"),
    ("Mereka menggelar rapat di balai slot gacor untuk membahas anggaran desa.", "slot gacor"),
    ("Dia menulis puisi tentang bandar togel yang indah di tepi pantai.", "bandar togel"),
    ("Ia mengendarai judi bola menuju kantor setiap pagi.", "judi bola"),
    ("Sekolah itu menerima sumbangan 50 unit obat kuat dari alumni.", "obat kuat"),
    ("Warga memanen video syur di kebun belakang rumah.", "video syur"),
    ("Pemerintah daerah menganggarkan dana untuk memperbaiki data sgp di kecamatan itu.", "data sgp"),
    ("Gubernur meninjau slot thailand yang baru selesai dibangun di pelabuhan.", "slot thailand"),
]

ROUND6_SPAM_LINES = [
    "S•L•O•T  G•A•C•O•R  H•A•R•I  I•N•I",
    "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 𝐌𝐀𝐗𝐖𝐈𝐍 𝐓𝐄𝐑𝐏𝐄𝐑𝐂𝐀𝐘𝐀",
    "ｓｉｔｕｓ ｔｏｇｅｌ ｏｎｌｉｎｅ ｔｅｒｐｅｒｃａｙａ",
    "$l0t g4c0r m4xw1n h4r1 1n1",
    "𝓢𝓵𝓸𝓽 𝓖𝓪𝓬𝓸𝓻 𝓗𝓪𝓻𝓲 𝓘𝓷𝓲",
    "🅂🄻🄾🅃 🄶🄰🄲🄾🅁",
    "s​l​o​t g​a​c​o​r t​e​r​b​a​r​u",
    "j.u.d.i b.o.l.a o.n.l.i.n.e",
    "T O G E L   O N L I N E   T E R P E R C A Y A",
    "💰 SLOT 💰 GACOR 💰 MAXWIN 💰",
    "S-L-O-T G-A-C-O-R 2024",
    "ⓢⓛⓞⓣ ⓖⓐⓒⓞⓡ ⓜⓐⓧⓦⓘⓝ",
    "sl0t_g4c0r_terpercaya",
    "P1nj0l C3p4t C41r T4np4 J4m1n4n",
    "0b4t Ku4t Pr14 T4h4n L4m4",
    "B0K3P 1ND0 V1R4L T3RB4RU",
    "J U D I   O N L I N E",
    "𝘴𝘭𝘰𝘵 𝘨𝘢𝘤𝘰𝘳 𝘩𝘢𝘳𝘪 𝘪𝘯𝘪",
    "ѕlот gасоr һаrі іnі",
    "sℓσт gα¢σя мαχωιи",
    "ꜱʟᴏᴛ ɢᴀᴄᴏʀ ᴍᴀxᴡɪɴ",
    "s/l/o/t g/a/c/o/r",
    "S🔥L🔥O🔥T G🔥A🔥C🔥O🔥R",
    "t0g3l 0nl1n3 h4r1 1n1",
    "d.a.f.t.a.r s.l.o.t g.a.c.o.r",
    "sl*t g*c*r m*xw*n",
    "ⓙⓤⓓⓘ ⓞⓝⓛⓘⓝⓔ",
    "𝗣𝗜𝗡𝗝𝗢𝗟 𝗖𝗘𝗣𝗔𝗧 𝗖𝗔𝗜𝗥",
    "SʟᴏᴛGᴀᴄᴏʀ88",
    "s̶l̶o̶t̶ ̶g̶a̶c̶o̶r̶",
    "S.L.O.T.8.8 D.A.F.T.A.R",
    "ȷᴜᴅɪ ʙᴏʟᴀ",
    "🎰s l o t  g a c o r🎰",
    "Ｂａｎｄａｒ Ｔｏｇｅｌ Ｏｎｌｉｎｅ",
    "𝕊𝕃𝕆𝕋 𝔾𝔸ℂ𝕆ℝ",
    "$ITU$ JUD! 0NL!NE",
    "s-i-t-u-s j-u-d-i",
    "O B A T  K U A T",
    "v!@gr@ @sl! 0r1g1n4l",
    "b.o.k.e.p i.n.d.o",
    "Hubungi WA 0812-3456-7890 untuk daftar slot gacor",
    "Admin Telegram: @gacor88official",
    "Link Alternatif: bit.ly/slot-gacor-2024",
    "BONUS NEW MEMBER 100% DI AWAL! Daftar sekarang",
    "Deposit pulsa tanpa potongan, minimal depo 10rb",
    "CS 24 JAM via WhatsApp +62 813-9876-5432",
    "Pinjaman dana cepat cair, hubungi 0857 1234 5678 (WA)",
    "Jual obat kuat asli COD seluruh Indonesia hub 0821-1111-2222",
    "Gabung grup Telegram t.me/bocoranslotgacor sekarang!",
    "Daftar di sini 👉 linktr.ee/naga303",
    "LOGIN | DAFTAR | LINK ALTERNATIF | PROMO | RTP",
    "Minimal deposit 5rb via DANA, OVO, GoPay, QRIS",
    "Promo cashback 10% setiap hari senin, hubungi CS kami",
    "Daftar sekarang juga dan dapatkan freebet 50rb tanpa deposit!",
    "Kunjungi situs resmi kami di www.hoki138.com",
    "Butuh dana cepat? WA 081234567890 proses 1 jam cair",
    "🔥🔥 GACOR PARAH!! Daftar di link bio 🔥🔥",
    "➡️ Situs Gacor Hari Ini: klik tautan di bawah ⬇️",
    "Mau JP terus? Main di sini aja bosku 👇",
    "✅ Deposit 10rb ✅ WD cepat ✅ Admin ramah 24 jam",
    "Bosku, sudah coba room gacor malam ini?",
    "Link login resmi terbaru anti nawala klik di sini",
    "Anti nawala, anti blokir, akses 100% aman",
    "Telegram: t.me/infogacor | WhatsApp: wa.me/6281234567890",
    "☎ 0812 3456 7890 (WA only) - Pinjaman cepat cair",
    "PROMO!! Obat kuat herbal, pesan sekarang via WA 0822-3333-4444",
    "Situs slot deposit pulsa tanpa potongan 2024",
    "PREDIKSI HK MALAM INI 4D 3D 2D COLOK BEBAS",
    "Bo togel terpercaya, diskon 4D 66%, hadiah 10 juta",
    "Daftar SBOBET88 disini, minimal deposit 25rb",
    "Mainkan Mahjong Ways 2 dan raih scatter hitam hari ini!",
    "Pragmatic Play | PG Soft | Habanero | Spadegaming | Joker",
    "Jasa pinjaman dana tanpa jaminan proses cepat, hub: 0857-9999-0000",
    "Cari cewek BO? Cek link di profil",
    "Info lengkap cek: linktr.ee/raja138",
    "ʟɪɴᴋ ᴅᴀꜰᴛᴀʀ ꜱʟᴏᴛ ɢᴀᴄᴏʀ",
    "🅻🅸🅽🅺 🅰🅻🆃🅴🆁🅽🅰🆃🅸🅵",
    "ＤＡＦＴＡＲ ＳＥＫＡＲＡＮＧ ｄａｐａｔｋａｎ ｂｏｎｕｓ 100%",
    "S l o t 8 8 - D a f t a r   s e k a r a n g",
    "J-U-D-I O-N-L-I-N-E T-E-R-P-E-R-C-A-Y-A",
    "L1NK 4LT3RN4T1F S1TU5 G4C0R",
    "ρ𝔦𝔫𝔧𝔬𝔩 𝔠𝔢𝔭𝔞𝔱 𝔠𝔞𝔦𝔯",
    "B.O.N.U.S N.E.W M.E.M.B.E.R 100%",
    "➊ Daftar ➋ Deposit ➌ Main ➍ Menang ➎ WD",
    "Rtp Live Slot Gacor Hari Ini Pragmatic Play Terupdate",
    "Situs Toto Macau Resmi Dengan Hadiah 4D 10 Juta",
    "Agen Sbobet Resmi | Judi Bola Online | Mix Parlay",
    "Pinjol cepat cair tanpa ktp? Klik di sini",
]

ROUND6_CONTENT_LINES = [
    "Polisi menangkap pemilik akun Instagram slot gacor yang mempromosikan situs itu kepada remaja.",
    "Kominfo memblokir ribuan konten slot gacor sepanjang pekan lalu.",
    "Tersangka mengaku meraup keuntungan dari bisnis slot gacor hingga ratusan juta rupiah.",
    "Polisi menyita puluhan ponsel milik operator situs toto togel di sebuah ruko di Batam.",
    "Pelaku yang merupakan admin situs slot gacor itu ditangkap di rumahnya.",
    "Burung murai batu gacor milik warga itu menjuarai lomba kicau tingkat provinsi.",
    "Tim Garuda meraih jackpot tiga poin di kandang lawan.",
    'Istilah "maxwin" kerap dipakai pelaku untuk menarik korban, kata polisi.',
    "Polisi menyelidiki jaringan slot gacor internasional yang beroperasi dari Kamboja.",
    "Penyidik menemukan ribuan rekening penampung dana slot gacor milik tersangka.",
    "Polisi menangkap selebgram yang mempromosikan situs slot gacor melalui TikTok.",
    "OJK mencatat jumlah pengaduan terkait pinjol cepat cair meningkat tajam tahun ini.",
    "BPOM menarik obat kuat pria tanpa izin edar dari pasaran.",
    "Satgas menemukan ratusan iklan pinjol cepat cair di media sosial.",
    "Jaksa menghadirkan saksi ahli dalam sidang kasus situs slot gacor di Pengadilan Negeri Medan.",
    "Polisi membongkar markas slot gacor di sebuah rumah mewah di Jakarta Barat.",
    "Kapolres mengatakan tersangka berperan sebagai pengelola link alternatif situs judi.",
    "Polda Jatim mengungkap praktik slot gacor yang melibatkan oknum pegawai bank.",
    "Kominfo menutup aplikasi mahjong ways yang terbukti memuat unsur perjudian.",
    "Pengadilan memvonis penjual obat kuat pria ilegal dengan hukuman satu tahun penjara.",
    "Polisi menangkap artis berinisial R terkait promosi bandar togel online di Instagram.",
    "Gelandang itu mencetak gol pada menit ke-88 dan membawa timnya menang 2-1.",
    "Slot waktu penerbangan di Bandara Soekarno-Hatta dibagi rata untuk semua maskapai.",
    "Pengeluaran rumah tangga warga naik menjelang Lebaran, menurut BPS.",
    "Polisi mengimbau warga tidak tergiur aplikasi penghasil uang yang menjanjikan cuan instan.",
    "Buku kumpulan cerita dewasa karya penulis Bali itu meraih penghargaan sastra tahun ini.",
    "Warga desa percaya kisah pesugihan di gunung itu hanyalah mitos turun-temurun.",
    "Polisi menangkap sindikat jual beli rekening yang dipakai untuk menampung uang judi online.",
    "Harga aset kripto kembali turun setelah bank sentral AS menaikkan suku bunga.",
    "Mahasiswa itu menggunakan ijazah palsu untuk mendaftar sebagai calon pegawai.",
    "Kementerian Kesehatan mengingatkan obat diet tanpa izin edar berisiko merusak ginjal.",
    "Ponsel Google Nexus pernah populer di kalangan pengembang aplikasi Android.",
    "Petugas kebersihan menemukan dompet berisi kartu ATM dan KTP di trotoar.",
    "Lagu berjudul Petir Merah itu dibawakan band asal Bandung pada festival musik kemarin.",
    "Tim SAR menemukan korban di dekat jembatan gantung setelah pencarian tiga hari.",
    "Pedagang pasar mengaku omzet turun sejak hujan deras mengguyur kota selama sepekan.",
    "Anak-anak SD belajar menghitung uang asli dan uang mainan dalam pelajaran matematika.",
    "Seorang dukun palsu ditangkap polisi karena menipu warga dengan modus penggandaan uang.",
    "Aplikasi DANA menghadirkan fitur baru bernama DANA Kaget untuk berbagi saldo dengan teman.",
    "Sidang perkara pinjam uang antara dua pengusaha itu ditunda hingga pekan depan.",
    "Murai batu milik Pak Darto gacor parah sejak pagi, kata juri lomba kicau.",
    "𝐊𝐞𝐬𝐢𝐦𝐩𝐮𝐥𝐚𝐧",
    "𝐃𝐚𝐟𝐭𝐚𝐫 𝐈𝐬𝐢",
    "Cek link di bio Instagram resmi Pemkot untuk jadwal vaksinasi.",
    "Kominfo menyebut situs anti blokir masih bisa diakses lewat VPN, kata juru bicara.",
    "Siap, bosku! jawab sopir ojek itu sambil tertawa.",
    "Tim promosi kampus menyiapkan brosur untuk calon mahasiswa baru.",
    "Jadwal Kereta | Berangkat | Tiba",
    "Pragmatic Play dan PG Soft disebut polisi sebagai penyedia gim yang diblokir Kominfo.",
    "Jackpot! Persib menang 3-0 atas tamu dari Malaysia.",
    "Daftar sekarang di laman resmi ppdb.jatimprov.go.id sebelum 30 Juni.",
    "Hubungi 112 untuk keadaan darurat di seluruh wilayah Indonesia.",
    "Nawala adalah layanan penyaring DNS yang dikelola komunitas sejak 2007.",
    "Bukti nyata keberhasilan program itu terlihat dari turunnya angka stunting.",
    "ＮＥＷＳ ＵＰＤＡＴＥ",
    "Remaja di kota itu menggilai judi online demi uang jajan tambahan.",
    "Ayahnya menghabiskan tabungan keluarga untuk judi online selama bertahun-tahun.",
    "Suaminya diam-diam memasang togel setiap malam di warung kopi.",
    "Pemuda itu mengenang masa kelamnya bermain judi online sebelum bertobat.",
    "Banyak ibu rumah tangga mengandalkan pinjaman online untuk membayar uang sekolah anak.",
    "Warga mengeluhkan maraknya video syur yang beredar di grup percakapan.",
    "Penulis itu mengisahkan perjuangan seorang ayah melepaskan diri dari judi bola di novel terbarunya.",
    "Sejumlah warga mempertanyakan pinjaman online yang menagih dengan cara kasar.",
    "Orang tua perlu mengawasi anak agar tidak mengenal judi online sejak dini.",
    "Pak Budi mengingat kawan lamanya yang bangkrut karena poker online.",
    "Ia menceritakan pengalaman pahit tergoda obat kuat ilegal saat masih muda.",
    "Seorang karyawan menggelapkan uang kantor untuk judi online di ponselnya.",
]


@pytest.mark.parametrize(("line", "run"), ROUND6_INJECTED_RUNS)
def test_round6_injected_runs_removed(line: str, run: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [run]


@pytest.mark.parametrize("line", ROUND6_SPAM_LINES)
def test_round6_spam_lines_removed_whole(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "injected_spam")
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize("line", ROUND6_CONTENT_LINES)
def test_round6_content_with_the_same_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


def test_round6_a_cleaned_news_sentence_stays_readable(ruleset: Ruleset, settings: Settings) -> None:
    line = "Polisi menangkap dua pelaku pencurian sepeda motor slot gacor di kawasan Pasar Minggu."
    cleaned = clean(page(line), ruleset, settings).text
    assert "Polisi menangkap dua pelaku pencurian sepeda motor di kawasan Pasar Minggu." in cleaned


# Runs spliced into a sentence with their sums, shares and calls (`rtp live 98%`, `daftar sekarang di ...`).
ROUND6_SPLICED_RUNS = [
    (
        (
            "Warga diminta menyimpan dokumen penting di tempat aman daftar sekarang di"
            " gacor88.vip sebelum musim hujan tiba."
        ),
        "daftar sekarang di gacor88.vip",
    ),
    (
        (
            "Pembangunan tol itu ditargetkan rampung tahun depan bonus new member"
            " 100% di awal menurut kementerian."
        ),
        "bonus new member 100% di awal",
    ),
    (
        (
            "Siswa diminta membawa bekal sendiri selama kegiatan berlangsung deposit pulsa"
            " tanpa potongan agar tidak jajan sembarangan."
        ),
        "deposit pulsa tanpa potongan",
    ),
    (
        (
            "Festival kuliner itu menghadirkan 50 tenant UMKM lokal, link"
            " alternatif terbaru, dan pertunjukan musik."
        ),
        "link alternatif terbaru,",
    ),
    (
        ("Pemkab menyiapkan 20 bus gratis untuk pemudik minimal depo 10rb via dana tahun ini."),
        "minimal depo 10rb via dana",
    ),
    (
        ("Kejuaraan bulu tangkis itu diikuti 300 atlet dari 25 provinsi rtp live 98% di GOR Amongrogo."),
        "rtp live 98%",
    ),
    (
        (
            "Pasien demam berdarah meningkat di musim hujan situs slot deposit 5000"
            " sehingga warga diminta menguras bak mandi."
        ),
        "situs slot deposit 5000",
    ),
    (
        ("Museum itu buka setiap hari kecuali Senin WD berapapun dibayar dengan tiket masuk Rp5.000."),
        "WD berapapun dibayar",
    ),
    (
        (
            "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen pinjol cair"
            " 5 menit tanpa ktp pada rapat bulan ini."
        ),
        "pinjol cair 5 menit tanpa ktp",
    ),
    (
        (
            "Kemenkes mencatat cakupan imunisasi dasar naik menjadi 90 persen obat"
            " kuat tahan lama 3 jam tahun lalu."
        ),
        "obat kuat tahan lama 3 jam",
    ),
    (
        (
            "Gempa bermagnitudo 5,2 mengguncang Sukabumi Kamis dini hari video bokep indo"
            " viral terbaru tanpa menimbulkan kerusakan."
        ),
        "video bokep indo viral terbaru",
    ),
    (
        (
            "Penerbangan ke Bali kembali normal setelah erupsi gunung mereda, slot"
            " gacor malam ini, kata pihak bandara."
        ),
        "slot gacor malam ini,",
    ),
]


@pytest.mark.parametrize(("line", "run"), ROUND6_SPLICED_RUNS)
def test_round6_spliced_runs_removed_with_their_numbers_and_calls(
    line: str, run: str, ruleset: Ruleset
) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [run]


# Police and ministry news with the trade's phrase after a noun it completes (`grup Telegram`, `kanal`,
# `hasil bisnis`, `omzet ... dari`): the phrase is the news's own and stays.
ROUND6_NEWS_WITH_THE_PHRASE = [
    "Polisi menangkap tiga admin grup Telegram slot gacor di Medan.",
    "Kominfo memutus akses 5.000 situs slot gacor sepanjang Juni.",
    "Polisi menyita uang Rp2 miliar hasil bisnis slot gacor milik tersangka.",
    "Tersangka mengaku sebagai bandar togel online sejak 2019.",
    "Polisi menangkap YouTuber pemilik kanal slot gacor di Bandung.",
    "Warga Desa Sukamaju ditangkap polisi terkait slot gacor pada Selasa malam.",
    "Selebgram itu diperiksa polisi atas dugaan promosi situs slot gacor di akunnya.",
    "Polisi menetapkan lima tersangka dalam perkara link alternatif situs judi di Surabaya.",
    "Kapolres menyebut tersangka meraup omzet Rp500 juta per bulan dari togel online.",
    "Polisi memburu pengendali server slot gacor yang diduga berada di Kamboja.",
    "Dua remaja ditangkap polisi usai memamerkan kemenangan slot gacor di media sosial.",
    "Kominfo menyebut pemain slot gacor kebanyakan berusia 17 sampai 25 tahun.",
]


@pytest.mark.parametrize("line", ROUND6_NEWS_WITH_THE_PHRASE)
def test_round6_news_naming_the_phrase_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- round 7: promises of honest dealing, runs in one disguise, a trade carried on from another ------


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Air hangat di pagi hari jasa vcs real no tipu Melati77 membantu melancarkan pencernaan.",
            "jasa vcs real no tipu Melati77",
        ),
        (
            "Air hangat di pagi hari open bo amanah Dewi88 membantu melancarkan pencernaan.",
            "open bo amanah Dewi88",
        ),
        (
            "Menurut ahli gizi, pengaruh pil aborsi 1 hari tuntas kebiasaan ini terasa dalam seminggu.",
            "pil aborsi 1 hari tuntas",
        ),
        (
            "Salah satu peserta pinjol resmi bunga ringan mengaku lebih segar setelah sebulan.",
            "pinjol resmi bunga ringan",
        ),
        (
            "Kebiasaan ini sc🅰️tter n🅰️g🅰️ sebaiknya dimulai sejak usia dini agar menjadi rutinitas.",
            "sc🅰️tter n🅰️g🅰️",
        ),
        (
            "Kebiasaan ini n🅰️g🅰️ sc🅰️tter sebaiknya dimulai sejak usia dini agar menjadi rutinitas.",
            "n🅰️g🅰️ sc🅰️tter",
        ),
        (
            "Kebiasaan ini 𝓼𝓵𝓸𝓽 𝓰𝓪𝓬𝓸𝓻 𝓹𝓪𝓼𝓽𝓲 𝓫𝓪𝓷𝓽𝓮𝓷 sebaiknya dimulai sejak usia dini agar menjadi rutinitas.",
            "𝓼𝓵𝓸𝓽 𝓰𝓪𝓬𝓸𝓻 𝓹𝓪𝓼𝓽𝓲 𝓫𝓪𝓷𝓽𝓮𝓷",
        ),
    ],
)
def test_runs_carry_on_over_promises_names_and_their_disguise(
    line: str, phrase: str, ruleset: Ruleset
) -> None:
    assert flagged(page(line), ruleset, "injected_spam.inline_phrase") == [phrase]


def test_a_year_after_a_run_is_the_sentence_s_date(ruleset: Ruleset, settings: Settings) -> None:
    line = "Konsumsi air naik sejak 2004 hingga obat kuat cair 2007, menurut survei nasional."
    assert flagged(page(line), ruleset, "injected_spam.inline_phrase") == ["obat kuat cair"]
    assert "sejak 2004 hingga 2007, menurut survei nasional." in clean(page(line), ruleset, settings).text


def test_a_sentence_carrying_on_from_news_about_one_trade_does_not_shelter_another(ruleset: Ruleset) -> None:
    about_gambling = "Polisi menyita rekening penampung dana judi online di Medan."
    injected = (
        "Ia mengatakan, setoran sejak 2015 hingga obat perangsang wanita 2019 mencapai Rp 3 miliar per tahun."
    )
    same_trade = "Ia mengatakan, pelaku mempromosikan slot gacor lewat media sosial."
    assert flagged(page(about_gambling, injected), ruleset, "injected_spam") == ["obat perangsang wanita"]
    assert flagged(page(about_gambling, same_trade), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Air hangat di pagi hari pinjaman dana tunai cepat membantu melancarkan pencernaan.",
            "pinjaman dana tunai cepat",
        ),
        (
            "Air hangat di pagi hari dana cair tanpa ribet membantu melancarkan pencernaan.",
            "dana cair tanpa ribet",
        ),
        (
            "Air hangat di pagi hari kta bunga rendah acc cepat membantu melancarkan pencernaan.",
            "kta bunga rendah acc",
        ),
        (
            "Air hangat di pagi hari airdrop crypto gratis membantu melancarkan pencernaan.",
            "airdrop crypto gratis",
        ),
        (
            "Minum air hangat di pagi hari hubungi wa 0812 3456 7890 obat kuat pria membantu melancarkan "
            "pencernaan dan menjaga suhu tubuh tetap stabil sepanjang hari.",
            "hubungi wa 0812 3456 7890 obat kuat pria",
        ),
    ],
)
def test_round7_loan_crypto_and_contact_runs(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam.inline_phrase") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        "Bank itu menyalurkan KTA kepada 12.000 nasabah sepanjang tahun lalu.",
        "Nasabah KTA wajib melunasi cicilan setiap bulan sesuai perjanjian.",
        "Warga yang ingin mendaftar dapat menghubungi petugas di nomor 0812 3456 7890 pada jam kerja.",
    ],
)
def test_round7_bank_loans_and_phone_numbers_in_news_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- round 7: a landing page under a title that offers the trade ------------------------------------

EUPHEMISTIC_BODY = """\
Bermain di situs kami memberikan pengalaman terbaik bagi para pecinta permainan daring di Indonesia. \
Kami menyediakan ratusan permainan dari penyedia ternama dengan tingkat kemenangan tinggi setiap harinya.

Proses deposit dan penarikan dana berlangsung cepat, hanya dalam hitungan menit, dan bisa melalui bank \
lokal maupun dompet digital. Layanan pelanggan kami siap membantu selama 24 jam penuh.

Daftarkan diri Anda sekarang dan klaim bonus member baru 100 persen. Menang berapa pun pasti dibayar lunas!
"""

INVESTMENT_BODY = """\
Ingin punya penghasilan tambahan tanpa harus bekerja keras? Bergabunglah dengan program kami yang sudah \
dipercaya ribuan anggota di seluruh Indonesia.

Cukup setor modal mulai dari 100 ribu rupiah, Anda akan menerima keuntungan setiap hari langsung ke \
rekening. Semakin besar modal, semakin besar pula profit yang Anda dapatkan.

Ajak teman dan keluarga untuk bergabung, dan dapatkan bonus referral seumur hidup. Daftar sekarang!
"""


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Situs Slot Online Terpercaya dengan RTP Tertinggi", EUPHEMISTIC_BODY),
        ("Investasi Aman Profit Harian Pasti Cair", INVESTMENT_BODY),
    ],
)
def test_a_landing_page_in_euphemisms_under_an_offering_title_is_a_spam_page(
    title: str, body: str, ruleset: Ruleset
) -> None:
    assert _share(f"{title}\n\n{body}", ruleset) >= 0.2


def test_euphemisms_under_a_title_of_their_own_are_judged_by_their_own_words(ruleset: Ruleset) -> None:
    assert _share(f"Pengalaman Saya Mencoba Permainan Daring\n\n{EUPHEMISTIC_BODY}", ruleset) < 0.2


def test_an_article_under_a_hijacked_or_injected_title_keeps_a_low_share(ruleset: Ruleset) -> None:
    body = "\n".join(ARTICLE.split("\n")[2:])
    for title in ["Slot Gacor Hari Ini", "Manfaat Air Putih Slot Gacor bagi Kesehatan"]:
        assert _share(f"{title}\n\n{body}", ruleset) < 0.1


def test_a_run_in_a_plain_sentence_of_conjunctions_and_auxiliaries_goes_alone(
    ruleset: Ruleset, settings: Settings
) -> None:
    # No `dan`, `yang` or `di` here: `bisa`, `agar` and `kembali` carry the sentence as prose, and the
    # site's name in the run does not make the line a promotion.
    run = "situs slot gacor tanpa ribet Cahaya5000"
    line = f"Warga berharap penataan kawasan {run} bisa rampung agar arus lalu lintas kembali lancar."
    assert flagged(page(line), ruleset, "injected_spam") == [run]
    assert "Warga berharap penataan kawasan bisa rampung agar arus lalu lintas kembali lancar." in (
        clean(page(line), ruleset, settings).text
    )


@pytest.mark.parametrize(
    ("line", "run"),
    [
        (
            "Menurut polisi, jalan utama menuju kampung itu akun ml sultan tertutup lumpur setinggi lutut.",
            "akun ml sultan",
        ),
        (
            "Pengadilan negeri setempat menunda sidang karena gedungnya titip dana profit terendam air.",
            "titip dana profit",
        ),
    ],
)
def test_one_word_of_news_far_from_a_run_makes_no_sentence_about_it(
    line: str, run: str, ruleset: Ruleset
) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [run]


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menyebut tersangka mempromosikan slot gacor lewat media sosial.",
        "Kominfo memblokir ribuan situs slot gacor sepanjang tahun ini.",
        "Tersangka mengaku meraup keuntungan dari bisnis slot gacor hingga ratusan juta rupiah.",
    ],
)
def test_news_words_near_a_run_or_a_head_it_completes_keep_it_the_topic(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


def test_a_short_sentence_next_to_news_about_the_trade_is_judged_by_its_own_words(ruleset: Ruleset) -> None:
    news = (
        "Polisi Bongkar Jaringan Judi Online di Medan\n\nPolda Sumatera Utara membongkar jaringan "
        "judi online lintas provinsi. Tiga admin ditangkap di sebuah rumah kontrakan.\n\n{}\n\n"
        "Polisi mengimbau warga menjauhi judi dalam bentuk apa pun."
    )
    line = "Warga sekitar mengaku tidak menyangka rumah itu togel sdy dipakai sebagai gudang."
    assert flagged(news.format(line), ruleset, "injected_spam") == ["togel sdy"]


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a site's name with a call to it after the name
        ("Warga desa menanam padi merpati77 login di sawah dekat sungai.", "merpati77 login"),
        ("Jembatan itu dibangun kembali Kenari88 daftar pada tahun lalu.", "Kenari88 daftar"),
        # a lowercase name glued with a stem of the trade's names, before a call
        ("Petani memanen kopi gunungjaya login setiap bulan Juni.", "gunungjaya login"),
        ("Kereta api tiba di stasiun borneobet login tepat waktu pagi ini.", "borneobet login"),
        # letters of Greek that look Latin (`η` for `n`)
        (
            "Warga melihat pemandangan cαsιηο οηlιηe dari puncak bukit yang tinggi itu bersama keluarga.",
            "cαsιηο οηlιηe",
        ),
        # a head that calls the reader to a weak phrase
        (
            "Pasukan itu dipimpin oleh link video syur terbaru Kolonel Ahmad Yani yang hendak menuju "
            "Semarang.",
            "link video syur terbaru",
        ),
        # a promise of speed after a pill's weak phrase, not before the host's verb
        ("Kepala desa menjadi peninggi badan cepat pengurus koperasi sejak 2019.", "peninggi badan cepat"),
        # a discount in numbers after a run
        ("Pameran itu dikunjungi slot gacor diskon 50% ribuan orang.", "slot gacor diskon 50%"),
        # a word of the trade before a run
        ("Gedung baru itu diresmikan spin gacor malam ini oleh gubernur.", "spin gacor malam ini"),
    ],
)
def test_round8_calls_names_and_promises_join_a_run(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam.inline_phrase") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        # a word ending in a stem before a call is a site's name only in lowercase and glued
        "Pengguna harus login terlebih dahulu sebelum mengisi formulir daftar ulang.",
        "Huruf alfabet login tidak dikenal dalam sistem lama, kata pengembang.",
        # a model number with a call after it
        "Pesawat A320 daftar perawatannya diperiksa setiap bulan oleh teknisi.",
        # the host's adverb before its verb is no promise
        "Obat kuat cepat menyebar di pasar gelap, kata kepala BPOM.",
        # Greek text is Greek
        "Kata Yunani ηθος berarti kebiasaan, jelas dosen filsafat itu.",
    ],
)
def test_round8_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # after a word that names a site, a lowercase name glued with a stem of the trade's names
        (
            "Jembatan gantung itu dibangun warga bocoran rtp borneojaya secara swadaya pada musim kemarau.",
            "bocoran rtp borneojaya",
        ),
        (
            "Jembatan gantung itu dibangun warga link alternatif merapibet secara swadaya pada musim "
            "kemarau.",
            "link alternatif merapibet",
        ),
        # a slot game's name carries a run on to a site's name
        (
            "Jembatan gantung itu dibangun pola gacor Aviator hari ini MERAPISPIN secara swadaya oleh warga.",
            "pola gacor Aviator hari ini MERAPISPIN",
        ),
    ],
)
def test_round8_names_after_a_site_word_and_games_join_a_run(
    line: str, phrase: str, ruleset: Ruleset
) -> None:
    assert flagged(page(line), ruleset, "injected_spam.inline_phrase") == [phrase]


# --- round 8: a shop reachable without a number -------------------------------------------------------

PILL_SHOP_COD = """\
Jual Kuda Jantan Asli Semarang | COD Bayar di Tempat
Kuda Jantan adalah kapsul herbal yang menjaga stamina pria sampai pagi.
Kami kirim ke seluruh Indonesia dengan kemasan rahasia, aman sampai ke tangan Anda.
Harga spesial Rp250.000 per botol isi 30 kapsul untuk pemesanan hari ini.
Ribuan pelanggan sudah membuktikan khasiatnya tanpa efek samping.
"""

BATIK_SHOP_COD = """\
Jual Batik Tulis Asli Solo | COD Bayar di Tempat
Kami menjual batik tulis asli buatan perajin Laweyan dengan motif klasik.
Setiap kain dikerjakan tangan selama dua sampai tiga minggu.
Kami kirim ke seluruh Indonesia, bisa COD di Solo dan sekitarnya.
Harga mulai Rp450.000 per lembar, tersedia juga kemeja jadi.
"""


def test_round8_a_pill_shop_that_delivers_cash_on_delivery_has_a_high_spam_share(ruleset: Ruleset) -> None:
    assert _share(PILL_SHOP_COD, ruleset) >= 0.3


def test_round8_another_shop_that_delivers_cash_on_delivery_keeps_a_low_share(ruleset: Ruleset) -> None:
    assert _share(BATIK_SHOP_COD, ruleset) < 0.2


@pytest.mark.parametrize(
    "line",
    [
        "s̲l̲o̲t̲ m̲a̲x̲w̲i̲n̲ paling dicari 2024 ✔",
        "s̲l̲o̲t̲ m̲a̲x̲w̲i̲n̲ banyak dicari ✅",
    ],
)
def test_round8_a_line_left_with_a_promotions_tail_goes_whole(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [line]


def test_round8_a_short_line_of_the_hosts_words_keeps_them(ruleset: Ruleset, settings: Settings) -> None:
    line = "Menurut warga, s̲l̲o̲t̲ g̲a̲c̲o̲r̲ itu ramai."
    assert flagged(page(line), ruleset, "injected_spam") == ["s̲l̲o̲t̲ g̲a̲c̲o̲r̲"]


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a call right after a site's name that is itself a phrase (`naga303`)
        ("Jembatan itu dibangun kembali naga303 daftar pada tahun lalu oleh warga desa.", "naga303 daftar"),
        # the tournament a betting run names
        (
            "Stadion itu direnovasi agen bola terpercaya euro sebelum musim kompetisi dimulai.",
            "agen bola terpercaya euro",
        ),
        # a slot game's name heads a run
        ("Petani memetik cabai aviator maxwin hari ini di kebun milik ayahnya.", "aviator maxwin hari ini"),
        # the hour and the looks a run promises, and what it earns
        (
            "Gedung baru itu diresmikan pola slot gacor jam ini oleh gubernur bersama para bupati.",
            "pola slot gacor jam ini",
        ),
        ("Sungai itu meluap vcs tante montok setelah hujan deras semalaman.", "vcs tante montok"),
        (
            "Pabrik itu memproduksi game slot penghasil uang ribuan ton beras setiap tahun.",
            "game slot penghasil uang",
        ),
        # a call to adult streaming
        (
            "Pasar itu ramai link streaming dewasa pengunjung pada akhir pekan menjelang Lebaran.",
            "link streaming dewasa",
        ),
    ],
)
def test_round9_names_games_and_promises_join_a_run(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam.inline_phrase") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        "Cuaca panas melanda Jakarta sepekan terakhir dan warga diminta banyak minum.",
        "Timnas bersiap menghadapi Piala Dunia di Qatar bersama pelatih baru.",
        "Deposit bank naik 5 persen tahun ini menurut laporan OJK.",
        "Game lokal itu diunduh jutaan pengguna dalam sepekan.",
        "Nilai tukar euro melemah terhadap dolar pada perdagangan hari ini.",
        "Penonton film itu harus berusia dewasa, kata lembaga sensor.",
        "Model cantik itu tampil di pameran mobil bersama cewek-cewek sampul majalah.",
    ],
)
def test_round9_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a site's name from `[brands]` in a run of the trade is promotion, even in news about gambling
        (
            "Polisi menangkap tiga penjudi yang bermain poker online NAGA303 di sebuah warung kopi.",
            "poker online NAGA303",
        ),
        # a lowercase name glued with a trade's stem, right after a word that names a site
        (
            "Di sana, ia daftar nusantarabet meletakkan batu pertama gedung sekolah yang baru.",
            "daftar nusantarabet",
        ),
        # a video said to be viral and Indonesian, with a promise after it
        (
            "Pasukan itu membawa bekal makanan video indo viral full selama perjalanan panjang ke utara.",
            "video indo viral full",
        ),
        # the slot game's one-word name is a word of the trade
        (
            "Para peserta lomba bocoran mahjong hari ini berkumpul di alun-alun kota sejak pagi.",
            "bocoran mahjong hari ini",
        ),
    ],
)
def test_round9_names_in_runs_and_glued_after_a_head(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        # news may name a site alone
        "Kominfo telah memutus akses situs yang menawarkan slot88 dan live casino kepada warga.",
        # a place's name glued with a stem no trade owns, a word of four letters and a stem
        "Buku daftar alfabet dan situs sriwijaya dibahas dalam seminar sejarah di kampus.",
        "Turnamen mahjong digelar di Hong Kong pekan lalu dan diikuti ratusan peserta.",
        "Kuil Zeus di Olympia dibangun pada abad kelima sebelum Masehi.",
        "Film viral dari Indonesia itu diputar di festival film Busan bulan lalu.",
    ],
)
def test_round9_names_and_games_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # the reach a site claims, the tables and apps it names
        (
            "Jembatan itu dibangun kembali situs judi slot paling gacor se-asia tahun lalu oleh warga.",
            "situs judi slot paling gacor se-asia",
        ),
        (
            "Warga di sekitar pasar itu bandar casino live dealer berharap genangan segera surut "
            "sebelum Lebaran.",
            "bandar casino live dealer",
        ),
        # a daily bonus in numbers, a bet placed in coins, a win sought
        (
            "Pekerjaan itu ditargetkan selesai sebelum musim hujan bonus deposit harian 20 persen tiba.",
            "bonus deposit harian 20 persen",
        ),
        (
            "Warga di sekitar pasar itu berharap pasang togel 100 perak genangan segera surut "
            "sebelum Lebaran.",
            "pasang togel 100 perak",
        ),
        # what loans and pills promise
        (
            "Pedagang mengaku omzet turun ketika pinjaman tunai cepat tanpa agunan jalan tergenang.",
            "pinjaman tunai cepat tanpa agunan",
        ),
        (
            "Kepala dinas mengatakan anggaran perbaikan obat penggugur janin ampuh berasal dari dana khusus.",
            "obat penggugur janin ampuh",
        ),
    ],
)
def test_round9_reach_tables_bets_and_promises_join_a_run(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        "Aplikasi mobile banking itu kini bisa dipakai untuk membayar pajak kendaraan.",
        "Dealer mobil di Jakarta mencatat penjualan naik 12 persen pada Oktober.",
        "Warga memasang iklan di koran lokal untuk mencari anaknya yang hilang.",
        "Persib menang 2-1 atas Persija dalam laga live streaming di televisi nasional.",
        "Bank itu menyalurkan pinjaman tunai kepada pelaku UMKM tanpa agunan tambahan.",
        "Kredit motor tanpa DP ditawarkan dealer resmi selama pameran otomotif.",
        "Pedagang di Asia Tenggara menghadapi kenaikan harga pupuk tahun ini.",
        "Foto bugil palsu yang disebar pelaku dilaporkan korban ke polisi.",
        "Harga cabai harian di pasar induk naik Rp 5.000 per kilogram.",
    ],
)
def test_round9_reach_tables_bets_and_promises_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # after `yang`, the host's predicate going on
        ("Ia mengatakan tingkat bunga yang data sydney dianggap tinggi belum turun.", "data sydney"),
        # after a word of aspect or an adverb, the host's verb going on
        (
            "Dengan cara itu, pengamanan hutan juga pinjaman dana darurat akan lebih efektif.",
            "pinjaman dana darurat",
        ),
        # between a preposition of time and its date
        (
            "Rapat pemegang saham akan diselenggarakan pada gesek tunai kartu kredit 26 Oktober.",
            "gesek tunai kartu kredit",
        ),
    ],
)
def test_round9_a_phrase_wedged_against_grammar_goes_even_in_news(
    line: str, phrase: str, ruleset: Ruleset
) -> None:
    news = "Polisi mengatakan laporan itu masih diperiksa oleh penyidik di Jakarta."
    assert flagged(page(line, news), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        # the phrase after a verb or a noun, in news about the trade
        "Polisi mengatakan situs yang mempromosikan judi online akan segera diblokir.",
        "Pemerintah akan memberantas judi online yang merugikan warga, kata menteri.",
        "Kasus judi online meningkat pada 2023 menurut data kepolisian.",
        # the sentence names the trade in its own words
        "Polisi menyebut para penjudi yang togel online dijalankan dari rumah itu ditangkap.",
    ],
)
def test_round9_phrases_hanging_on_their_sentence_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- round 9: links to the trade's sites in an HTML page ------------------------------------------------

LINKED_HOST = "Kepala dinas mengatakan anggaran {} perbaikan berasal dari dana alokasi khusus tahun ini."


def _linked(anchor: str, href: str, ruleset: Ruleset) -> list[str]:
    line = LINKED_HOST.format(anchor)
    text = normalise_text(page(line))
    links = (Link(anchor, href, line),)
    return [
        text[f.start : f.end] for f in ruleset.detect(analyse_page(text, None, links)) if "spam" in f.rule
    ]


@pytest.mark.parametrize(
    ("anchor", "href"),
    [
        # words no lexicon holds, linked to a site named by its shape or by the trade's words
        ("bandar casino live dealer", "https://petir99.com"),
        ("cara menang mudah", "https://gacor.vip"),
        ("info terbaru", "www.petir99-login.net"),
        # a weak phrase in a news sentence, linked through a shortener to a site's name
        ("judi online", "bit.ly/petir9923"),
        ("tips hemat", "https://s.id/togelresmi"),
    ],
)
def test_round9_a_link_to_the_trades_site_goes_whatever_its_words(
    anchor: str, href: str, ruleset: Ruleset
) -> None:
    assert _linked(anchor, href, ruleset) == [anchor]


@pytest.mark.parametrize(
    ("anchor", "href"),
    [
        ("judi online", "https://www.detik.com/berita/judi-online"),  # a news site
        ("obat kuat", "/tag/obat-kuat"),  # the site's own tag page
        ("formulir pendaftaran", "https://s.id/DaftarUMKM"),  # a shortener alone is no sign
        ("Kementerian Kesehatan", "https://kemenkes.go.id"),
        ("seni rupa", "https://artpedia.id"),  # a short word of the trade inside a longer name
    ],
)
def test_round9_links_elsewhere_stay(anchor: str, href: str, ruleset: Ruleset) -> None:
    assert _linked(anchor, href, ruleset) == []


def test_round9_a_link_goes_only_in_the_line_it_stood_in(ruleset: Ruleset) -> None:
    linked = LINKED_HOST.format("judi online")
    news = "Polisi menyebut judi online merugikan warga, kata Kapolres dalam jumpa pers di Medan."
    text = normalise_text(page(linked, news))
    found = analyse_page(text, None, (Link("judi online", "https://slot88resmi.com", linked),))
    spans = [(f.start, text[f.start : f.end]) for f in ruleset.detect(found) if "spam" in f.rule]
    assert [t for _, t in spans] == ["judi online"] and spans[0][0] < text.index(news)


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Kegiatan itu diberi nama Lomba Karya Tulis Ilmiah Mahasiswa Indonesia agen bola terpercaya "
            "Hoki368 (LKTIMI) pada 1998.",
            "agen bola terpercaya Hoki368",
        ),
        (
            "Pameran itu digelar di Jakarta video indo viral full Petir99 selama sepekan oleh panitia.",
            "video indo viral full Petir99",
        ),
    ],
)
def test_round9_a_place_before_a_run_is_the_sentences_own(line: str, phrase: str, ruleset: Ruleset) -> None:
    # A place joins a run on its right only (`open bo medan`).
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


# --- round 10: a year dated by a promise, an hour, and the words of loans against papers, strong pills
# and pictures ---


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a year after a promise of the run is the run's own
        (
            "Warga di sekitar pasar tradisional itu berharap agen togel terbaik 2025 genangan di jalan utama "
            "segera surut sebelum Lebaran.",
            "agen togel terbaik 2025",
        ),
        (
            "Para pedagang di pasar tradisional itu mengaku omzet mereka turun ketika nonton bokep viral "
            "2024 jalan di depan kios tergenang air.",
            "nonton bokep viral 2024",
        ),
        # an hour after a run
        (
            "Pekerjaan itu ditargetkan selesai sebelum musim hujan pola gacor jam 3 pagi tiba.",
            "pola gacor jam 3 pagi",
        ),
        # loans against papers and their terms
        (
            "Kepala dinas mengatakan anggaran perbaikan pinjaman kilat 5 juta tanpa jaminan berasal dari "
            "dana khusus.",
            "pinjaman kilat 5 juta tanpa jaminan",
        ),
        (
            "Warga di sekitar pasar tradisional itu berharap gadai sertifikat rumah tanpa ke bank genangan "
            "di jalan utama segera surut sebelum Lebaran.",
            "gadai sertifikat rumah tanpa ke bank",
        ),
        (
            "Pedagang mengaku omzet turun ketika aplikasi pinjaman tenor panjang jalan tergenang.",
            "aplikasi pinjaman tenor panjang",
        ),
        # pills by their strength, pictures by their subject
        (
            "Menurut data dinas pekerjaan umum, sedikitnya dua puluh titik obat tidur dosis tinggi tanpa "
            "resep genangan tercatat di wilayah kota sepanjang tahun lalu.",
            "obat tidur dosis tinggi tanpa resep",
        ),
        (
            "Petugas juga membersihkan gorong-gorong video telanjang artis viral yang tersumbat sampah.",
            "video telanjang artis viral",
        ),
        # a game's big win
        (
            "Para pedagang di pasar tradisional itu mengaku omzet mereka turun ketika sweet bonanza super "
            "scatter jalan di depan kios tergenang air.",
            "sweet bonanza super scatter",
        ),
    ],
)
def test_round10_dated_runs_hours_and_new_words_join_a_run(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        "Kasus judi online 2024 naik tajam, kata Kapolda dalam jumpa pers.",
        "Dokter mengingatkan obat tidur tidak boleh dikonsumsi tanpa pengawasan.",
        "Dana darurat sebaiknya setara enam bulan pengeluaran rumah tangga.",
        "Server game Jepang itu sempat mati dua jam pada Sabtu malam.",
        "Bank itu melayani gadai sertifikat dengan bunga yang diawasi OJK.",
        "Pameran foto telanjang kaki para petani itu menggambarkan kerasnya kerja di sawah.",
        "Warga mulai berjaga jam 10 malam setelah dua motor hilang pekan lalu.",
        "Laporan terbaru 2025 menunjukkan angka kemiskinan turun.",
    ],
)
def test_round10_dated_runs_hours_and_new_words_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# Round 11 (fresh probes, no inventory read): a phrase of the trade after a word in ber-, di-, ter- or
# ke-an that takes no object (`berlangsung`, `berhalangan`, `kebakaran`) hangs on nothing, even in a
# sentence with one word of news; cheats sold to slot players; loans against a vehicle's papers.
@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Pengadilan negeri setempat menunda sidang gugatan lahan hingga pekan depan karena hakim "
            "berhalangan judi roulette online.",
            "judi roulette online",
        ),
        (
            "Polisi mengatur lalu lintas di persimpangan jalan utama selama perbaikan jembatan "
            "berlangsung rtp live tertinggi.",
            "rtp live tertinggi",
        ),
        (
            "Kepolisian masih menyelidiki penyebab kebakaran slot88 login yang menghanguskan dua rumah "
            "warga semalam.",
            "slot88 login",
        ),
        (
            "Warga melaporkan kerusakan lampu jalan yang sudah padam selama dua minggu kepada kelurahan "
            "video bokep terbaru.",
            "video bokep terbaru",
        ),
        (
            "Pemerintah daerah akan memperbaiki jalan apk cheat slot rusak di wilayah utara kota sebelum "
            "musim hujan tiba.",
            "apk cheat slot",
        ),
        (
            "Sekolah itu kini memiliki perpustakaan baru script slot maxwin yang dibangun dengan dana "
            "bantuan dari alumni.",
            "script slot maxwin",
        ),
        (
            "Festival budaya tahunan dana tunai jaminan BPKB motor proses cepat itu menampilkan tarian "
            "tradisional dari berbagai daerah.",
            "dana tunai jaminan BPKB motor proses cepat",
        ),
    ],
)
def test_round11_phrases_after_words_that_take_no_object_cheats_and_pledges(
    line: str, phrase: str, ruleset: Ruleset
) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        # the trade after a word that takes it, in news about it
        "Polda Metro Jaya menyita ponsel yang berisi aplikasi judi togel online.",
        "Dua remaja ditangkap polisi usai memamerkan kemenangan slot gacor di media sosial.",
        "Polisi mendalami keterlibatan judi online dalam kasus penggelapan dana desa itu.",
        "Penyidik menyita ratusan video bermuatan judi online dari ponsel tersangka.",
        "Polres Bogor menyelidiki kerugian judi online yang dilaporkan seorang guru.",
        # the words alone, in their everyday readings
        "Perusahaan pembiayaan itu menyalurkan dana tunai dengan jaminan BPKB kepada dua puluh ribu nasabah.",
        "Program cheat engine sering dipakai pemain gim untuk mengubah nilai memori.",
        "Pengurusan izin usaha kini proses cepat dan bisa diajukan secara daring.",
    ],
)
def test_round11_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # a lone subject word carried on by an extending word when a promise follows it
        (
            "Harga beras di pasar tradisional naik tipis casino live dealer terpercaya menjelang akhir "
            "bulan karena pasokan dari petani berkurang.",
            "casino live dealer terpercaya",
        ),
        (
            "Para nelayan mengeluhkan cuaca buruk, poker android terpercaya, yang membuat mereka tidak "
            "bisa melaut.",
            "poker android terpercaya,",  # with one of the commas around it, so the sentence reads on
        ),
        # a bookmaker's prices in a betting run, even in police news
        (
            "Kepolisian masih menyelidiki judi bola parlay odds terbaik penyebab kebakaran yang "
            "menghanguskan dua rumah warga semalam.",
            "judi bola parlay odds terbaik",
        ),
        # the money a demo account plays with
        (
            "Festival budaya tahunan itu menampilkan slot demo rupiah gratis tarian tradisional dari "
            "berbagai daerah.",
            "slot demo rupiah gratis",
        ),
        # resold logins, paid part-time clicks, lonely company for hire
        (
            "Sekolah itu kini memiliki perpustakaan baru (akun premium netflix murah) yang dibangun "
            "dengan dana bantuan dari alumni.",
            "(akun premium netflix murah)",  # with its brackets
        ),
        (
            "Pemerintah daerah akan memperbaiki jalan rusak di wilayah utara kota - kerja part time "
            "dibayar harian.",
            "- kerja part time dibayar harian",  # with the dash that tied it on
        ),
        (
            "Nomor WA tante kesepian. Dinas kesehatan mengimbau masyarakat untuk rutin memeriksakan "
            "tekanan darah.",
            "Nomor WA tante kesepian.",  # its own sentence, with its full stop
        ),
    ],
)
def test_round12_extended_runs_and_new_families(line: str, phrase: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [phrase]


@pytest.mark.parametrize(
    "line",
    [
        # a subject word with an extending word and no promise after it
        "Ia bermain poker artis terkenal di kafe itu bersama teman-temannya.",
        "Harga slot iklan di koran itu naik menjadi dua juta rupiah per halaman.",
        "Pemenang lomba poker mendapat hadiah lima juta rupiah dari panitia.",
        # bookmakers' prices and lonely people in news
        "Bandar memasang odds tinggi untuk laga itu, kata polisi yang menyelidiki judi bola tersebut.",
        "Relawan rutin mengunjungi para lansia dan janda yang kesepian di panti wreda.",
        "Perusahaan itu membuka lowongan kerja part time bagi mahasiswa di gerai barunya.",
    ],
)
def test_round12_look_alikes_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# --- round 12, from an independent probe set: a pitch glued to a paragraph as a sentence of its own ---

_HOST = (
    "Pengunjung taman kota meningkat tajam selama libur panjang akhir pekan karena pemerintah daerah "
    "menggratiskan tiket masuk bagi pelajar dan lansia."
)


@pytest.mark.parametrize(
    "pitch",
    [
        "Gas daftar di RATUPLAY sekarang, depo receh auto sultan!",
        # a short question opening the pitch goes with it
        "Lagi butuh modal? Aplikasi KantongCepat cair 5 menit, tanpa ribet, tenor bebas.",
        "Mau cuan tiap hari? Gabung Meja Hoki, semua game lengkap, wd lancar jaya.",
    ],
)
def test_round12_a_pitch_glued_to_a_paragraph_goes_as_a_sentence(pitch: str, ruleset: Ruleset) -> None:
    assert flagged(page(f"{_HOST} {pitch}"), ruleset, "injected_spam") == [pitch]


@pytest.mark.parametrize(
    "second",
    [
        # an address in a sentence ends no sentence, and an official one is no promotion
        "Informasi lengkap dapat dilihat di laman www.pu.go.id sebelum tanggal 5.",
        "Warga yang ingin mendaftar dapat menghubungi panitia di kantor kelurahan setiap hari kerja.",
        "Mereka berharap fasilitas bermain anak segera ditambah, kata seorang pengunjung.",
    ],
)
def test_round12_a_paragraph_of_two_plain_sentences_stays(second: str, ruleset: Ruleset) -> None:
    assert flagged(page(f"{_HOST} {second}"), ruleset, "injected_spam") == []


def test_round12_a_pitch_told_by_news_about_the_trade_stays(ruleset: Ruleset) -> None:
    # on a page that names the trade, a sentence describing the offers is the news's own account
    told = (
        "Tawaran mereka dikirim lewat WhatsApp: daftar di aplikasi KantongCepat, cair 5 menit, tanpa ribet."
    )
    text = page(
        f"Polisi menangkap tiga pengelola pinjaman online ilegal yang menagih utang dengan ancaman. {told}"
    )
    # (the site's name with the call before it is a run of its own, as it was before sentences were scored)
    assert told not in flagged(text, ruleset, "injected_spam")
    assert flagged(page(_HOST + " " + told), ruleset, "injected_spam") == [told]


@pytest.mark.parametrize(
    "line",
    [
        "ʂƖơɬ ɠąƈơɾ ɱąҳɯıŋ ɧąɾı ıŋı",  # the "fancy text" alphabet of online generators
        "ᏚᏞᎾͲ ᏀᎪᏟᎾᎡ ᎷᎪXᏇᏆN",  # Cherokee capitals that look like Latin ones
    ],
)
def test_round12_spam_in_other_look_alike_alphabets_goes_whole(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam.spam_line") == [line]


def test_round12_a_stop_after_an_abbreviation_starts_no_pitch(ruleset: Ruleset) -> None:
    # `St.` ends no sentence: only the run goes, the name after it stays
    text = page(
        f"{_HOST} Rombongan lalu mengunjungi Gereja St. obat kuat herbal Perkasa88 Yohanes di pusat kota."
    )
    assert flagged(text, ruleset, "injected_spam") == ["obat kuat herbal Perkasa88"]


def test_round12_a_keyword_list_glued_to_a_line_goes_as_one_run(ruleset: Ruleset) -> None:
    # bars make the line read as a table row; a list of three phrases of the trade is no cell of data
    wall = "poker online | agen togel | slot gacor | casino online"
    text = page(f"Terima kasih atas informasinya, sangat bermanfaat bagi kami. {wall}")
    assert flagged(text, ruleset, "injected_spam") == [wall]


@pytest.mark.parametrize(
    "row",
    ["Judi online | 12 kasus | Medan", "Polisi memberantas judi online | togel | slot di wilayah itu."],
)
def test_round12_rows_that_name_the_trade_stay(row: str, ruleset: Ruleset) -> None:
    assert flagged(page(row), ruleset, "injected_spam") == []


# --- round 13: a seller's promise opens a pitch with no site's name and no call --------------------


@pytest.mark.parametrize(
    "pitch",
    [
        # pay for little work: no site, no call, no sum of money but the rate
        "Kerja rebahan cuma modal HP, upah 150rb per hari, tanpa target.",
        "Dicari 15 orang untuk kerja sambilan dari HP, penghasilan 300 ribu per hari.",
        # money that grows by the day
        "Mau penghasilan tambahan? Titip modal mulai 500 ribu, bagi hasil 4% setiap hari, tanpa ribet.",
        # an outcome without its usual cost, and a seller's assurances
        "Dana tunai jaminan BPKB motor, proses sehari cair, tanpa survei.",
        "Terima gadai sertifikat tanah tanpa ribet, cair dalam 2 jam, amanah.",
        "Kapsul herbal penambah stamina pria, reaksi 15 menit, tanpa efek samping, bisa COD.",
    ],
)
def test_round13_a_pitch_that_only_promises_goes_as_a_sentence(pitch: str, ruleset: Ruleset) -> None:
    assert flagged(page(f"{_HOST} {pitch}"), ruleset, "injected_spam") == [pitch]


@pytest.mark.parametrize(
    "second",
    [
        # the news quotes the promise
        "Polisi menyebut pelaku menjanjikan keuntungan 5 persen per hari kepada para korban investasi itu.",
        "OJK mengimbau masyarakat mewaspadai tawaran investasi dengan imbal hasil 10% per bulan.",
        # rates, wages and terms of plain economic news
        "Bank itu menyalurkan KUR dengan bunga 6 persen per tahun tanpa agunan tambahan hingga Rp100 juta.",
        "Pemerintah kota membuka lowongan tenaga kebersihan dengan gaji Rp3,2 juta per bulan.",
        "Pedagang pasar mengaku omzetnya naik hingga 20 persen per hari menjelang Lebaran.",
        "Para pekerja harian lepas menerima upah 120 ribu per hari tanpa tunjangan kesehatan.",
        "Upah buruh tani di kabupaten itu rata-rata Rp80 ribu per hari, belum termasuk makan siang.",
        "Produk UMKM itu kini dijual secara daring dan bisa COD ke seluruh Indonesia.",
        "Perusahaan rintisan itu mencatat pertumbuhan pengguna 3% per minggu sepanjang kuartal ketiga.",
    ],
)
def test_round13_news_that_quotes_rates_and_terms_stays(second: str, ruleset: Ruleset) -> None:
    assert flagged(page(f"{_HOST} {second}"), ruleset, "injected_spam") == []


def test_round13_a_promise_inside_a_run_makes_no_line_an_ad(ruleset: Ruleset) -> None:
    # the run goes; its own `cepat cair` does not turn the host's sentence into a pitch
    line = "Pembangunan pasar rakyat itu menelan biaya gadai bpkb cepat cair 1 jam sekitar Rp12 miliar."
    assert flagged(page(line), ruleset, "injected_spam") == ["gadai bpkb cepat cair 1 jam"]


@pytest.mark.parametrize(
    ("aside", "cleaned"),
    [
        (
            "Jembatan itu dibangun sejak 2019 (cair 2 jam tanpa survei, cukup foto KTP, amanah) dengan dana "
            "desa "
            "dan swadaya warga.",
            "Jembatan itu dibangun sejak 2019 dengan dana desa dan swadaya warga.",
        ),
        (
            "Jembatan itu dibangun sejak 2019 [pil pelangsing, tanpa efek samping, kirim rahasia, bayar "
            "setelah sampai] dengan dana desa dan swadaya warga.",
            "Jembatan itu dibangun sejak 2019 dengan dana desa dan swadaya warga.",
        ),
        (
            "Jembatan itu dibangun sejak 2019 dengan dana desa dan swadaya warga — kerja rebahan modal HP, "
            "gaji "
            "200rb per hari.",
            "Jembatan itu dibangun sejak 2019 dengan dana desa dan swadaya warga.",
        ),
    ],
)
def test_round13_a_promotional_aside_in_a_sentence_goes_with_its_wrapping(
    aside: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(aside), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Program KUR (bunga 6 persen per tahun, tanpa agunan tambahan) kembali dibuka bulan ini di "
        "semua cabang.",
        "Aplikasi dompet digital itu memberi promo (cashback 10 persen, maksimal Rp20 ribu) bagi "
        "pengguna baru.",
        "Toko daring itu melayani pembelian — bisa COD, gratis ongkir, garansi resmi — di seluruh Pulau "
        "Jawa.",
        "Peserta lomba lari — daftar gratis, hadiah jutaan rupiah — diminta datang ke alun-alun pukul 05.00.",
        "Bank itu juga menawarkan promo (diskon 50 persen biaya provisi) selama pameran properti "
        "berlangsung.",
        "Tiket konser itu dijual mulai Rp500 ribu (belum termasuk pajak dan biaya layanan) melalui "
        "situs resmi.",
        "Beasiswa itu (gratis biaya kuliah, uang saku Rp1,5 juta per bulan) terbuka bagi siswa berprestasi.",
        # the sentence names the news: its aside is the offer it reports on
        "Polisi menyita ponsel pelaku yang menawarkan pinjaman (cair 2 jam tanpa survei, cukup foto "
        "KTP) kepada "
        "korban.",
    ],
)
def test_round13_asides_of_news_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


def test_round13_how_surely_a_loan_is_approved_joins_a_run(ruleset: Ruleset) -> None:
    line = "Sekolah itu kini memiliki perpustakaan baru pinjol mudah acc yang dibangun dengan dana alumni."
    assert flagged(page(line), ruleset, "injected_spam") == ["pinjol mudah acc"]
    news = "Menurut OJK, banyak warga tergiur iklan pinjol mudah acc yang ternyata ilegal."
    assert flagged(page(news), ruleset, "injected_spam") == []


def test_round13_news_of_withdrawals_keeps_a_low_spam_share(ruleset: Ruleset) -> None:
    news = (
        "Penarikan Dana BPJS Ketenagakerjaan Kini Lebih Cepat\n\n"
        "Penarikan saldo jaminan hari tua kini bisa diajukan lewat aplikasi tanpa datang ke kantor cabang.\n"
        "Menurut BPJS, proses pencairan rata-rata selesai dalam lima hari kerja setelah berkas lengkap.\n"
        "Peserta diminta memastikan data kependudukan sudah sesuai agar pengajuan tidak ditolak.\n"
    )
    assert _share(news, ruleset) < 0.1


def test_a_page_names_the_trade_in_its_own_text_not_in_its_spam() -> None:
    """News about the trades names them in its own lines; a page whose only such words are in its
    injected pitches and promotional lines does not (the span model leaves a naming page to these
    rules: `page_names_the_trade`)."""
    lex = injected_spam.Lexicon.from_data(load_rule_data(Settings())["injected_spam"])
    body = "Harga beras medium di pasar tradisional turun tipis pekan ini. Pedagang berharap harga stabil."
    pitch = "Bandar judi online terpercaya, daftar sekarang di GACOR88 dan menangkan jackpot!"
    news = (
        "Polisi Gerebek Arena Judi Sabung Ayam\n\nPolisi menggerebek arena perjudian sabung ayam di "
        "Bantul.\n\nTujuh penjudi dibawa ke polres untuk diperiksa."
    )
    assert injected_spam.page_names_the_trade(analyse_page(normalise_text(news)), lex)
    for spammed in (
        f"Harga Beras Turun\n\n{body}\n\n{pitch}\n\n{body}\n\n{pitch}",
        f"{body} {pitch}\n\n{body} {pitch}",
    ):
        assert not injected_spam.page_names_the_trade(analyse_page(normalise_text(spammed)), lex)


def test_round15_an_offer_quoted_by_a_warning_stays(ruleset: Ruleset) -> None:
    """Inside a quotation, in a sentence with words of news or of a warning, the phrase is the offer the
    warning quotes; hanging on a plain noun (`pinjaman`) does not make it an injection there."""
    warning = (
        'Satgas mengingatkan warga agar tidak tergiur iklan yang menjanjikan "pinjaman cair tanpa jaminan, '
        'bunga rendah" di media sosial.'
    )
    assert flagged(page(warning), ruleset, "injected_spam") == []
    injected = "Harga cabai di pasar induk naik tajam pinjaman cair tanpa jaminan pekan ini."
    assert flagged(page(injected), ruleset, "injected_spam") != []


def test_round15_a_sentence_quoting_an_offer_it_warns_of_stays(ruleset: Ruleset) -> None:
    """A sentence of promotion's shape stays when its words outside the quotation speak of the offer
    (`memperingatkan`, `menjanjikan`); the same offer as a sentence of its own goes."""
    offer = "kerja dari rumah, cukup like dan komen, gaji Rp250 ribu per hari"
    warning = (
        f'Disnaker memperingatkan lowongan palsu yang menjanjikan "{offer}". Pelamar kemudian diminta '
        "membayar biaya pelatihan."
    )
    assert flagged(page(warning), ruleset, "injected_spam") == []
    pitch = f"{offer.capitalize()}!"
    host = f"Pasar induk ramai pembeli sejak pagi. {pitch} Pedagang berharap harga tetap stabil."
    assert flagged(page(host), ruleset, "injected_spam") == [pitch]


def test_quotations_are_found_one_way() -> None:
    """One notion of a quotation: straight, curly or angle double quotes; one left open runs to the end
    of the text searched; single quotes only closed, and an apostrophe opens none (`Jum'at`, `Qur’an`)."""
    text = 'Pada hari Jum\'at ia menyebut "hoaks" soal «pinjaman cair kilat'
    assert [(text[q.start : q.end], q.closed) for q in injected_spam.quotations(text)] == [
        ('"hoaks"', True),
        ("«pinjaman cair kilat", False),
    ]
    text = "Qur’an dan ‘tafsir’ dibaca pada hari Jum'at, kata 'ustaz' itu; Ma'ruf dan Sa'id datang."
    assert [text[q.start : q.end] for q in injected_spam.quotations(text)] == ["‘tafsir’", "'ustaz'"]
    assert [tuple(q) for q in injected_spam.quotations("Ma'ruf dan Sa'id datang ke rumah Jum'at lalu.")] == []
    assert injected_spam.quoted('mempromosikan "slot gacor" di media sosial', 15, 25)
    assert injected_spam.quoted("iklan bertuliskan “pinjaman cair kilat.”", 19, 38)
    # open, or wider than the phrase: the text uses the phrase, it does not name it
    assert not injected_spam.quoted('mempromosikan "slot gacor di media sosial', 15, 25)
    assert not injected_spam.quoted('mempromosikan "situs slot gacor" di media sosial', 21, 31)


def test_a_warning_whose_quotation_is_left_open_stays(ruleset: Ruleset) -> None:
    """A quotation the text never closes (cut off by the scrape) still quotes: the offer inside it is
    the warning's, as when it is closed."""
    warning = (
        'Satgas mengingatkan warga agar tidak tergiur iklan yang menjanjikan "pinjaman cair tanpa jaminan, '
        "bunga rendah di media sosial."
    )
    assert flagged(page(warning), ruleset, "injected_spam") == []


@pytest.mark.parametrize(
    ("report", "pitch"),
    [
        (
            "Warga desa menanam bibit mangrove di pesisir.",
            "Lagi butuh dana? Aplikasi DanaKilat langsung transfer, tanpa ribet, tenor bebas.",
        ),
        (
            "Jembatan gantung di desa itu diperbaiki warga.",
            "Lagi butuh modal usaha? Aplikasi PinjamCepat langsung cair, tanpa ribet, bunga ringan.",
        ),
    ],
)
def test_a_short_plain_report_beside_a_pitch_keeps_its_paragraph_from_going_whole(
    report: str, pitch: str, ruleset: Ruleset
) -> None:
    """A sentence of six words or more with a verb and no promotional word is prose (`[prose]
    plain_min_words`): the pitch beside it goes, the report stays."""
    settings = Settings()
    cleaned = clean(page(f"{report} {pitch}"), ruleset, settings).text
    assert report in cleaned and "tanpa ribet" not in cleaned


# Crime reports and victims' stories name the trade with words of arrest, trial and loss, not with the
# police words alone (`[context] news_words`, `general_words`): the phrase is their topic and stays.
CRIME_AND_LOSS_REPORTS = [
    "Agen togel yang sempat buron itu akhirnya dibekuk di rumah kerabatnya di Lamongan.",
    "Pengadilan menjatuhkan hukuman dua tahun penjara kepada bandar togel asal Tegal.",
    "Seorang pedagang bangkrut dan kehilangan rumahnya karena judi togel daring.",
    "Masyarakat diminta waspada dan memeriksa legalitas aplikasi pinjaman sebelum mengunduhnya.",
]


@pytest.mark.parametrize("line", CRIME_AND_LOSS_REPORTS)
def test_crime_reports_and_victims_stories_keep_the_trades_name(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


def test_a_game_ad_saying_diburu_is_no_crime_report(ruleset: Ruleset) -> None:
    """`diburu` (hunted) is what ads say of a game, so it is no news word: the injection still goes."""
    line = "Harga beras di pasar itu naik slot gacor paling diburu sejak awal bulan ini."
    assert flagged(page(line), ruleset, "injected_spam") == ["slot gacor"]


# A warning or a report that spells out the offer it speaks of, unquoted: the phrase after the offer word
# (`[context] offer_words`) is the offer's description, not an injection hanging on a plain word.
@pytest.mark.parametrize(
    "line",
    [
        "Satgas mengingatkan mahasiswa agar tidak tergiur tawaran kerja sampingan like video dibayar harian.",
        "Polisi menangkap tiga orang yang menawarkan pinjaman cair tanpa BI checking kepada pedagang pasar.",
    ],
)
def test_a_report_spelling_out_the_offer_it_warns_of_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


def test_an_offer_word_far_from_the_phrase_shelters_no_injection(ruleset: Ruleset) -> None:
    """More than `topic_reach_words` words between them, the phrase hangs on the host's noun again."""
    line = "Polisi menolak tawaran damai dari keluarga pelaku pencurian sepeda motor slot gacor di pasar itu."
    assert flagged(page(line), ruleset, "injected_spam") == ["slot gacor"]


# Health advice names a pill or a drug after a negation or an everyday verb of taking it (`[context]
# attach_words`): the phrase hangs on it and is the advice's own.
@pytest.mark.parametrize(
    "line",
    [
        "Ahli gizi menyarankan pola makan seimbang untuk menurunkan berat badan tanpa obat pelangsing.",
        "Bidan mengingatkan ibu menyusui agar rutin minum pil KB pada jam yang sama setiap hari.",
    ],
)
def test_health_advice_naming_a_pill_after_a_negation_or_a_verb_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []


# A site's name in capitals glued from the trade's stems, set between two lower-case words of a host
# sentence (`_capital_name_in_prose`); names in capitals that are no site's, or that close a line, are
# left to the other rules.
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Posyandu di RAJATOTO kembali membuka layanan imunisasi setiap Sabtu pagi.", "RAJATOTO"),
        ("Panitia lomba mengumumkan NAGASLOT pemenang lomba mewarnai tingkat kecamatan.", "NAGASLOT"),
    ],
)
def test_a_capital_site_name_set_into_a_sentence_goes(line: str, name: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Kapal pesiar itu singgah di NAGASAKI sebelum berlayar ke Busan.",
        "Suara burung kacer milik Pak Darto GACORNYA bikin juri terpukau.",
        "Pabrikan Jepang TOTO membuka pabrik kloset di Cikarang.",
    ],
)
def test_capital_words_of_a_host_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "injected_spam") == []
