"""Quality and repetition signals (FineWeb-2's Indonesian filters) and the document decisions."""

from __future__ import annotations

import pytest

from pipeline.config import FilterSettings, LanguageSettings, Settings, load_rule_data
from pipeline.filters import DocumentFilters, body_words
from pipeline.langid import LanguageGuess
from pipeline.quality import (
    QualityThresholds,
    first_failure,
    list_line_ratio,
    measure_quality,
    shape_checks,
    writing_checks,
)

THRESHOLDS = QualityThresholds.from_data(load_rule_data(Settings())["filters"]["quality"])


def judge_quality(signals: dict, thresholds: QualityThresholds) -> str | None:
    """Every quality check, shape and writing."""
    return first_failure(signals, shape_checks(thresholds) + writing_checks(thresholds))


ARTICLE = (
    "Pemerintah Kota Bandung Membuka Taman Baru\n\n"
    "Pemerintah Kota Bandung membuka taman baru di kawasan utara kota pada akhir pekan ini. Taman "
    "seluas dua hektare itu dilengkapi jalur lari, area bermain anak, dan perpustakaan kecil. Menurut "
    "wali kota, taman dibangun untuk memberi ruang terbuka bagi warga yang tinggal di permukiman padat.\n\n"
    "Sejumlah warga menyambut baik kehadiran taman tersebut. Mereka berharap pemerintah juga menjaga "
    "kebersihan dan keamanan taman, terutama pada malam hari. Dinas lingkungan hidup menyatakan akan "
    "menempatkan petugas kebersihan setiap hari dan memasang lampu tambahan di jalur pejalan kaki.\n\n"
    "Penutup\n\nTaman ini menjadi yang kelima dibuka tahun ini, dan dua taman lain sedang dibangun."
)


def test_a_clean_article_passes_every_check() -> None:
    signals = measure_quality(ARTICLE, THRESHOLDS)
    assert judge_quality(signals, THRESHOLDS) is None
    assert signals["dup_line_frac"] == 0.0
    assert signals["stopword_count"] >= 10
    assert signals["n_lines"] == 5


def test_repeated_lines_are_measured_and_rejected() -> None:
    line = "Promo spesial hari ini untuk semua pelanggan setia kami di seluruh Indonesia."
    text = ARTICLE + "\n" + "\n".join([line] * 6)
    signals = measure_quality(text, THRESHOLDS)
    assert signals["dup_line_frac"] == pytest.approx(5 / 11, abs=1e-3)
    detail = judge_quality(signals, THRESHOLDS)
    assert detail is not None and detail.startswith("dup_line_frac")


def test_repeated_ngrams_without_repeated_lines() -> None:
    sentence = "harga emas hari ini naik tajam di pasar"
    text = "Laporan Pasar\n" + " ".join(f"{sentence} nomor {i}." for i in range(30))
    signals = measure_quality(text, THRESHOLDS)
    assert signals["dup_line_frac"] == 0.0
    assert signals["dup_5gram_char_frac"] > 0.166
    assert (
        judge_quality(signals, THRESHOLDS) == f"top_2gram_char_frac {signals['top_2gram_char_frac']} > 0.194"
    )


def test_tables_numbers_and_list_markers_do_not_count_against_words() -> None:
    table = "\n".join(f"Provinsi {i} | {1000 + i}.500 | {i},5 persen | naik" for i in range(5))
    text = ARTICLE + "\n\nData Penduduk\n" + table + "\n- Jawa Barat menjadi provinsi terpadat.\n"
    signals = measure_quality(text, THRESHOLDS)
    # The article has no lone punctuation, so its words are its space-separated pieces; a table row
    # has 6 words (`1000.500` and `0,5` are one word each), 3 of them numbers.
    words = len(ARTICLE.split()) + 2 + 5 * 6 + 5
    assert signals["n_words"] == words
    assert signals["alpha_word_ratio"] == round((words - 15) / words, 4)
    assert judge_quality(signals, THRESHOLDS) is None


def test_a_page_without_sentences_is_measured_and_rejected() -> None:
    links = "\n".join(
        f"Lowongan Kerja {kota} Terbaru {i}" for i, kota in enumerate(["Jakarta", "Bekasi"] * 20)
    )
    signals = measure_quality(links, THRESHOLDS)
    assert signals["line_punct_ratio"] == 0.0 and signals["new_line_ratio"] > 0.157
    assert judge_quality(signals, THRESHOLDS) is not None
    numbers = " ".join(str(1000 + i) for i in range(200))
    signals = measure_quality(numbers, THRESHOLDS)
    assert signals["alpha_word_ratio"] == 0.0 and signals["stopword_count"] == 0
    assert judge_quality(signals, THRESHOLDS) is not None


def test_blank_lines_between_paragraphs_are_not_counted_as_line_breaks() -> None:
    single = measure_quality(ARTICLE.replace("\n\n", "\n"), THRESHOLDS)
    double = measure_quality(ARTICLE, THRESHOLDS)
    assert single["new_line_ratio"] == double["new_line_ratio"]


def test_a_very_long_document_skips_ngram_counting_and_is_rejected() -> None:
    small = QualityThresholds.from_data(
        {**load_rule_data(Settings())["filters"]["quality"], "max_words": 100}
    )
    signals = measure_quality(ARTICLE * 3, small)
    assert signals["top_2gram_char_frac"] is None and signals["dup_10gram_char_frac"] is None
    assert judge_quality(signals, small) == f"n_words {signals['n_words']} > 100"


FILTERS = DocumentFilters.from_data(
    FilterSettings(), LanguageSettings(), load_rule_data(Settings())["filters"]
)
INDONESIAN = LanguageGuess("id", 0.99)
GOOD = measure_quality(ARTICLE, THRESHOLDS)


@pytest.mark.parametrize(
    ("n_words", "spam", "guess", "quality", "reason"),
    [
        (120, 0.0, INDONESIAN, GOOD, None),
        (120, 0.5, INDONESIAN, GOOD, "spam_page"),
        (12, 0.5, INDONESIAN, GOOD, "spam_page"),  # a spam page is named so, not "too short"
        (12, 0.0, LanguageGuess("en", 0.99), GOOD, "too_short"),
        (120, 0.0, LanguageGuess("jv", 0.8, 0.05, 0.2, "jv"), GOOD, "language"),
        (120, 0.0, LanguageGuess("id", 0.4), GOOD, "language"),
        (120, 0.0, INDONESIAN, {**GOOD, "dup_line_frac": 0.5}, "low_quality"),
        # A page of numbers is low quality whatever langdetect guesses for it.
        (120, 0.0, LanguageGuess("it", 0.86), {**GOOD, "alpha_word_ratio": 0.1}, "low_quality"),
        # A Javanese page has no Indonesian stop words: it is rejected for its language, not for that.
        (120, 0.0, LanguageGuess("jv", 0.8, 0.05, 0.2, "jv"), {**GOOD, "stopword_count": 0}, "language"),
        (120, 0.0, INDONESIAN, {**GOOD, "stopword_count": 1}, "low_quality"),
        # ... nor for sentences without full stops.
        (
            120,
            0.0,
            LanguageGuess("ban", 0.8, 0.05, 0.2, "ban"),
            {**GOOD, "line_punct_ratio": 0.0},
            "language",
        ),
    ],
)
def test_decisions_apply_in_order(n_words, spam, guess, quality, reason) -> None:
    rejection = FILTERS.decide(n_words, spam, guess, quality)
    assert (rejection.reason if rejection else None) == reason


def test_thresholds_are_data() -> None:
    settings = Settings(rules={"overrides": {"filters": {"quality": {"dup_line_frac": 0.9}}}})
    data = load_rule_data(settings)["filters"]
    assert QualityThresholds.from_data(data["quality"]).dup_line_frac == 0.9


# --- pages that cleaning left short: judged as they were before cleaning --------------------------------

SITEMAP = "Indeks Tulisan\n" + "\n".join(
    f"› {headline}"
    for headline in [
        "Pemkot Padang Perbaiki 40 Ruas Jalan Rusak Menjelang Musim Hujan",
        "Harga Bawang Merah di Brebes Turun Jelang Panen Raya",
        "Kereta Api Tambahan Disiapkan untuk Libur Akhir Tahun",
        "Dinas Kesehatan Gelar Vaksinasi Campak di 12 Kecamatan",
        "Festival Danau Toba Kembali Digelar Setelah Tiga Tahun",
        "Warga Keluhkan Antrean Panjang di Kantor Samsat Medan",
        "BMKG Prakirakan Hujan Lebat di Sebagian Besar Jawa Barat",
        "Petani Kopi Gayo Mulai Ekspor ke Eropa Lewat Belawan",
        "Mahasiswa Unand Raih Juara Lomba Robotik Nasional",
        "Pasar Murah Digelar di Tujuh Kelurahan Kota Pekanbaru",
    ]
)
TIMETABLE = "Jadwal Bus Trans Jateng Hari Ini\n" + "\n".join(
    " ".join(f"{h:02d}.{m:02d}" for m in range(5, 60, 11)) for h in range(5, 21)
)
SHORT_NEWS = (
    "Bagikan\nBeranda » Daerah\n"
    "Jembatan Gantung Desa Sukamaju Diresmikan\n"
    "Bupati meresmikan jembatan gantung yang menghubungkan dua dusun di Desa Sukamaju pada Senin pagi."
    " Warga kini tidak perlu memutar sejauh tujuh kilometer.\n"
    "Baca Juga: Harga Cabai Naik Lagi\nIkuti kami di Google News"
)


@pytest.mark.parametrize(
    ("before", "reason", "detail"),
    [
        (SITEMAP, "low_quality", "before cleaning: list_line_ratio"),
        (TIMETABLE, "low_quality", "before cleaning: alpha_word_ratio"),
        (SHORT_NEWS, "too_short", "words of body text"),
    ],
)
def test_a_page_cleaned_short_is_judged_as_it_was_before_cleaning(
    before: str, reason: str, detail: str
) -> None:
    rejection = FILTERS.decide(
        6, 0.0, INDONESIAN, measure_quality("Indeks Tulisan", THRESHOLDS), before=before
    )
    assert rejection is not None and rejection.reason == reason and detail in rejection.detail


HOW_TO = (
    "Cara Mendaftar Perpustakaan Keliling\n\n"
    "Perpustakaan keliling kini singgah di setiap kecamatan dua kali sebulan. Warga yang ingin meminjam "
    "buku cukup membawa kartu identitas dan mengisi formulir di mobil perpustakaan. "
    "Langkah-langkah yang bisa dilakukan:\n"
    "- Mengajak anak membaca buku setiap sore\n- Mencatat jadwal kunjungan mobil perpustakaan\n"
    "- Membawa kartu identitas saat meminjam\n- Mengembalikan buku tepat waktu\n\n"
    "Manfaat bagi keluarga\n"
    "Petugas mengatakan anak-anak menjadi lebih rajin membaca sejak layanan itu dibuka di desa mereka, "
    "dan orang tua ikut meminjam buku resep serta buku pertanian. Poin pentingnya antara lain:\n"
    "1. Layanan gratis setiap hari Senin\n2. Buku baru setiap bulan\n3. Ruang baca untuk anak\n"
    "4. Konsultasi pertanian bersama penyuluh"
)


def test_a_sentence_introducing_a_list_with_a_colon_ends_its_line() -> None:
    # Two sentences end with a colon over a list: FineWeb would count 0 of 12 lines as ended; the
    # colons make it 2 of 12, above the 0.111 threshold.
    signals = measure_quality(HOW_TO, THRESHOLDS)
    assert signals["line_punct_ratio"] == round(2 / 12, 4)
    assert judge_quality(signals, THRESHOLDS) is None
    # A short label over its list (`Menu:`) ends nothing, nor does a colon with no list under it.
    menu = "Menu:\n- Beranda\n- Berita\n- Olahraga\nLangkah yang bisa dilakukan warga:\nDaftar di kantor desa"
    assert measure_quality(menu, THRESHOLDS)["line_punct_ratio"] == 0.0
    strict = QualityThresholds.from_data(
        {**load_rule_data(Settings())["filters"]["quality"], "list_intro_min_words": 50}
    )
    assert measure_quality(HOW_TO, strict)["line_punct_ratio"] == 0.0


def test_a_spam_page_is_named_so_even_when_it_was_a_list() -> None:
    rejection = FILTERS.decide(6, 0.6, INDONESIAN, GOOD, before=SITEMAP)
    assert rejection is not None and rejection.reason == "spam_page"


def test_a_list_of_headlines_left_by_cleaning_is_low_quality_not_short() -> None:
    """The body (paragraphs, list items) is too short, but the cleaned text is long enough to judge: a
    list of headlines without sentences fails its own quality checks."""
    headlines = SITEMAP.replace("› ", "")
    quality = measure_quality(headlines, THRESHOLDS)
    rejection = FILTERS.decide(quality["n_words"], 0.0, INDONESIAN, quality, before=headlines, body=0)
    assert rejection is not None and rejection.reason == "low_quality"
    assert rejection.detail.startswith("line_punct_ratio")


def test_body_words_leave_out_the_title_headings_and_fragments() -> None:
    from pipeline.apply import apply_removals
    from pipeline.normalise import normalise_text
    from pipeline.page import analyse_page

    text = normalise_text(
        "Nanti Saja\nJembatan Gantung Desa Sukamaju Diresmikan\nJAWA BARAT\n"
        "Bupati meresmikan jembatan gantung yang menghubungkan dua dusun di Desa Sukamaju pada Senin pagi.\n"
        "- Panjang jembatan 120 meter\n"
    )
    page = analyse_page(text, None)
    cleaned = apply_removals(page, [])
    assert body_words(page, cleaned) == 14 + 4


def test_list_line_ratio_counts_link_glyphs_and_list_markers() -> None:
    assert list_line_ratio("Judul\n» satu\n› dua\n- tiga\n1. empat") == 0.8
    assert list_line_ratio("Paragraf biasa.\nParagraf lain.") == 0.0


def test_an_unsure_indonesian_guess_on_a_list_page_is_low_quality_not_language() -> None:
    links = "\n".join(
        f"{i}. Grup Arisan Warga Blok {i}: https://chat.whatsapp.com/Ab{i}Cd{i}Ef" for i in range(1, 25)
    )
    quality = measure_quality(links, THRESHOLDS)
    rejection = FILTERS.decide(quality["n_words"], 0.0, LanguageGuess("id", 0.45), quality)
    assert rejection is not None and rejection.reason == "low_quality"
    # Prose with an unsure guess (mixed with another language) is still rejected for its language.
    assert FILTERS.decide(120, 0.0, LanguageGuess("id", 0.45), GOOD).reason == "language"


def test_an_empty_or_short_page_is_too_short_whatever_its_shape() -> None:
    rejection = FILTERS.decide(0, 0.0, INDONESIAN, measure_quality("", THRESHOLDS), before="")
    assert rejection is not None and rejection.reason == "too_short"
    rejection = FILTERS.decide(3, 0.0, INDONESIAN, GOOD, before="» Beranda\n» Berita\n» Kontak")
    assert rejection is not None and rejection.reason == "too_short"


def test_a_short_table_of_numbers_is_low_quality_though_under_min_words() -> None:
    """A list of postcodes of 30-odd words: too few for `min_words`, enough for its shape to tell."""
    codes = "Kode Pos Kecamatan\n" + "\n".join(f"Kelurahan {i}: 9{i:02d}1{i % 7}" for i in range(1, 14))
    quality = measure_quality(codes, THRESHOLDS)
    assert 20 <= quality["n_words"] < 50
    rejection = FILTERS.decide(quality["n_words"], 0.0, INDONESIAN, quality, before=codes)
    assert rejection is not None and rejection.reason == "low_quality"


NEWS_INDEX = "Indeks Berita Minggu, 3 Agustus 2024\n" + "\n".join(
    f"{hour:02d}:{minute:02d} WIB - {headline}"
    for hour, minute, headline in [
        (23, 58, "Menteri Tinjau Langsung Program Pasar Tradisional di Riau"),
        (21, 48, "Cara Cek Penerima Bansos PKH 2024 Lewat HP"),
        (19, 12, "Bupati Lantik 29 Kepala Desa Hasil Pilkades Serentak"),
        (16, 48, "Timnas Indonesia Naik ke Peringkat 191 Ranking FIFA"),
        (11, 16, "Jelang Libur Sekolah, Okupansi Hotel di Pekanbaru Naik 32 Persen"),
        (8, 24, "Gempa Magnitudo 4,4 Guncang Nusa Tenggara Barat"),
    ]
)


def test_list_line_ratio_counts_entries_opened_by_a_time_or_a_date() -> None:
    assert list_line_ratio(NEWS_INDEX) == round(6 / 7, 4)
    assert list_line_ratio("Judul\n03/08/2024 | Harga Cabai Naik\n3 Agustus 2024 | Banjir") == round(1 / 3, 4)
    # A sentence that opens with a time is no entry.
    assert list_line_ratio("09.00 WIB peserta berkumpul di halaman kantor bupati.") == 0.0


@pytest.mark.parametrize(
    ("prose_left", "reason"),
    [(False, "low_quality"), (True, "too_short"), (None, "too_short")],
)
def test_a_page_left_without_a_sentence_is_low_quality(prose_left: bool | None, reason: str) -> None:
    """Headlines without glyphs, all removed as links: nothing of an article was left, so the page was
    no article (`low_quality`); a page that keeps a sentence, however short, is `too_short`."""
    headlines = SITEMAP.replace("› ", "")
    rejection = FILTERS.decide(
        6,
        0.0,
        INDONESIAN,
        measure_quality("Indeks Tulisan", THRESHOLDS),
        before=headlines,
        body=0,
        prose_left=prose_left,
    )
    assert rejection is not None and rejection.reason == reason
    if reason == "low_quality":
        assert "none of them running text" in rejection.detail


def test_has_prose_reads_the_lines_beyond_the_title() -> None:
    from pipeline.apply import CleanedText
    from pipeline.filters import has_prose

    assert not has_prose(CleanedText("Arsip April 2020", "Arsip April 2020\nResep Ayam Taliwang Rumahan"))
    assert has_prose(CleanedText("Judul", "Judul\nWarga kini tidak perlu memutar sejauh tujuh kilometer."))
    # A paragraph taken for the title still counts; a headline question does not.
    assert has_prose(CleanedText("Ia pulang. Ia tidur.", "Ia pulang. Ia tidur."))
    assert not has_prose(CleanedText("Apa Itu Stunting?", "Apa Itu Stunting?"))
