"""Duplicate headings: copies of the title and SEO headings repeated before every section are flagged;
headings that only share words with the title, and subheadings each section repeats, are not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.page import LineKind, classify_line
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Harga Emas Antam Hari Ini Naik Rp 5.000 per Gram"
P1 = "Harga emas batangan Antam di Butik Emas Logam Mulia Pulogadung naik menjadi Rp 1.135.000 per gram."
P2 = "Harga pembelian kembali atau buyback juga naik Rp 5.000 menjadi Rp 1.012.000 per gram."
P3 = "Analis memperkirakan harga emas masih akan bergerak naik menjelang keputusan suku bunga The Fed."


# --- title repeats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "copies"),
    [
        # Printed three times with chrome between the copies.
        (
            f"{TITLE}\n\n{TITLE}\nKamis, 12 Januari 2024 10:15 WIB\n{TITLE}\n{P1}\n{P2}",
            [TITLE, TITLE],
        ),
        # The `<title>` copy with the site's name after it, in the page's head.
        (f"{TITLE}\n{TITLE} | Kompas.com\n\n{P1}\n{P2}", [f"{TITLE} | Kompas.com"]),
        (f"{TITLE}\n{TITLE} - detikFinance\n\n{P1}\n{P2}", [f"{TITLE} - detikFinance"]),
        # A bulleted copy (a related-links list at the foot of the page repeats it).
        (f"{TITLE}\n\n{P1}\n{P2}\n\n- {TITLE}\n- Harga Perak Turun Tipis", [f"- {TITLE}"]),
        # Printed again after the article, in other capitals and punctuation.
        (f"{TITLE}\n\n{P1}\n{P2}\n\n{TITLE.upper()}.", [f"{TITLE.upper()}."]),
    ],
)
def test_title_repeat_flagged(text: str, copies: list[str], ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(text, ruleset, "duplicate_heading.title_repeat") == copies
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text.split("\n")[0] == TITLE
    assert result.text.lower().count(TITLE.lower()) == 1


def test_title_repeat_exact_cleaned_text(ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{TITLE}\n{TITLE} | Kompas.com\n\n{P1}\n{P2}\n\n{TITLE}\n{P3}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{P1}\n{P2}\n\n{P3}"


def test_title_repeat_follows_the_declared_title(ruleset: Ruleset) -> None:
    # Two candidate lines, each printed twice; the HTML <h1> says which one is the title.
    text = f"Ekonomi Bisnis Hari Ini\n{TITLE}\nEkonomi Bisnis Hari Ini\n{TITLE}\n{P1}"
    assert flagged(text, ruleset, "duplicate_heading.title_repeat", title_hint=TITLE) == [TITLE]


@pytest.mark.parametrize(
    "heading",
    [
        # Headings that share words with the title.
        "Harga Emas Antam di Pegadaian",
        "Harga Emas Antam Hari Ini",
        "Tips Membeli Emas Antam Hari Ini",
        # The title with more words, but below the head: a section heading, not a copy.
        f"{TITLE} dan Harga Buyback",
    ],
)
def test_title_repeat_leaves_headings_sharing_words(heading: str, ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\n{P1}\n{heading}\n{P2}\n{P3}"
    assert flagged(text, ruleset) == []


def test_title_repeat_leaves_the_title_inside_a_sentence(ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\n{P1}\nBerita berjudul {TITLE} menjadi yang paling banyak dibaca pagi ini.\n{P2}"
    assert flagged(text, ruleset) == []


# --- repeated headings -----------------------------------------------------------------------------

SEO_TITLE = "Panduan Lengkap Investasi Emas untuk Pemula"


def test_repeated_heading_flagged_from_its_second_copy(ruleset: Ruleset, settings: Settings) -> None:
    keyword = "Panduan Lengkap Investasi Emas"
    text = (
        f"{SEO_TITLE}\n\n{P1}\n"
        f"{keyword}\n{P2}\n"
        "Memilih Tempat Membeli Emas\n"
        f"{P3}\n"
        f"{keyword}\n"
        "Emas perhiasan kurang cocok untuk investasi karena ada ongkos pembuatan yang tidak kembali.\n"
        "Menyimpan Emas dengan Aman\n"
        "Simpan emas batangan di safe deposit box bank atau brankas tahan api di rumah.\n"
        f"{keyword}\n"
        "Investasi emas sebaiknya dilakukan untuk jangka panjang, minimal lima tahun."
    )
    assert flagged(text, ruleset, "duplicate_heading.repeated_heading") == [keyword, keyword]
    result = clean(text, ruleset, settings).text
    assert result.count(keyword + "\n") == 1
    assert "Memilih Tempat Membeli Emas" in result and "Menyimpan Emas dengan Aman" in result


def test_repeated_short_heading_flagged_from_three_copies(ruleset: Ruleset) -> None:
    text = (
        "Tips Hemat Listrik di Rumah\n\n"
        f"{P1}\nTips Hemat\n{P2}\nTips Hemat\n{P3}\nTips Hemat\n"
        "Cabut pengisi daya ponsel dari stopkontak setelah baterai penuh."
    )
    assert flagged(text, ruleset, "duplicate_heading.repeated_heading") == ["Tips Hemat", "Tips Hemat"]


def test_repeated_heading_without_title_flagged(ruleset: Ruleset) -> None:
    text = f"{P1}\nInvestasi Emas Batangan Antam\n{P2}\nInvestasi Emas Batangan Antam\n{P3}"
    assert flagged(text, ruleset, "duplicate_heading.repeated_heading") == ["Investasi Emas Batangan Antam"]


def test_repeated_heading_leaves_two_short_headings(ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\nPenutup\n{P1}\nPenutup\n{P2}\nKesimpulan\n{P3}"
    assert flagged(text, ruleset) == []


def test_repeated_heading_leaves_repeated_list_items(ruleset: Ruleset) -> None:
    text = (
        "Jadwal Latihan Lari untuk Pemula\n\n"
        "Program ini disusun untuk pelari pemula yang ingin menyelesaikan lomba lari 5 kilometer.\n"
        "- Lari ringan 20 menit\n- Istirahat total\n- Lari ringan 20 menit\n- Istirahat total\n"
        "Setelah empat pekan, tambahkan durasi lari menjadi 30 menit setiap sesi."
    )
    assert flagged(text, ruleset) == []


def test_repeated_heading_leaves_subheadings_every_section_repeats(ruleset: Ruleset) -> None:
    text = (
        "Samsung Galaxy A55 vs Xiaomi 14T: Mana yang Lebih Layak Dibeli?\n\n"
        "Dua ponsel kelas menengah ini sama-sama dibanderol sekitar enam juta rupiah.\n"
        "Samsung Galaxy A55\n"
        "Galaxy A55 hadir dengan rangka aluminium dan sertifikasi tahan air IP67.\n"
        "Kelebihan dan Kekurangan\n"
        "Layarnya terang dan pembaruan perangkat lunak dijanjikan empat tahun, tetapi pengisian "
        "dayanya lambat.\n"
        "Xiaomi 14T\n"
        "Xiaomi 14T mengandalkan kamera Leica dan cip MediaTek Dimensity 8300 Ultra.\n"
        "Kelebihan dan Kekurangan\n"
        "Pengisian dayanya sangat cepat, tetapi bodinya masih berbahan plastik.\n"
        "Penutup\n"
        "Pilih Galaxy A55 untuk dukungan jangka panjang dan Xiaomi 14T untuk kamera serta performa."
    )
    assert flagged(text, ruleset) == []


def test_stacked_heading_flagged_from_its_second_copy(ruleset: Ruleset, settings: Settings) -> None:
    # An SEO heading stacked on every section's own heading; its words are mostly not the title's, so
    # only its place (right above another heading, each time) gives it away.
    title = "Strategi Nusa Tenggara Timur Mengembangkan Energi Terbarukan"
    seo = "Panas Bumi: Sumber Listrik Masa Depan Indonesia"
    sections = ["Potensi yang Belum Tergarap", "Kendala Pembiayaan", "Penutup"]
    text = f"{title}\n\n{P1}\n" + "\n".join(
        f"{seo}\n{heading}\n{para}" for heading, para in zip(sections, [P2, P3, P1], strict=True)
    )
    assert flagged(text, ruleset, "duplicate_heading") == [seo, seo]
    assert flagged(text, ruleset, "duplicate_heading.stacked_heading") == [seo, seo]
    result = clean(text, ruleset, settings)
    assert result.text == (
        f"{title}\n\n{P1}\n{seo}\n{sections[0]}\n{P2}\n{sections[1]}\n{P3}\n{sections[2]}\n{P1}"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A short heading stacked on others (`Video Terkait` before each embedded clip's caption).
        f"{TITLE}\n\n{P1}\nVideo Terkait\nHarga Emas Pekan Lalu\n{P2}\nVideo Terkait\nHarga Perak\n{P3}",
        # Stacked only once: the other copy opens a section of its own.
        f"{TITLE}\n\n{P1}\nPasar Logam Mulia Dunia\nHarga Perak\n{P2}\nPasar Logam Mulia Dunia\n{P3}",
    ],
)
def test_stacked_heading_leaves_short_or_single_stacks(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "duplicate_heading") == []


def test_section_heading_stays_when_a_plain_toc_printed_it_first(
    ruleset: Ruleset, settings: Settings
) -> None:
    # The table of contents (plain lines) goes; the sections' own headings stay, each exactly once.
    title = "Mengapa Harga Emas Antam Naik Terus Sepanjang Tahun Ini"
    headings = ["Mengapa Harga Emas Antam Naik?", "Pengaruh Suku Bunga The Fed", "Penutup"]
    body = "\n".join(f"{h}\n{p}" for h, p in zip(headings, [P1, P2, P3], strict=True))
    text = f"{title}\n\nDaftar Isi\n" + "\n".join(headings) + f"\n{body}"
    assert flagged(text, ruleset, "duplicate_heading") == []
    result = clean(text, ruleset, settings)
    assert result.text == f"{title}\n\n{body}"
    for heading in headings:
        assert result.text.count(heading) == 1


# --- title detection (pipeline.page) ---------------------------------------------------------------

QUESTION_TITLE = "Apa Itu Inflasi? Ini Penjelasan Lengkapnya"
INFLATION = (
    "Inflasi adalah kenaikan harga barang dan jasa secara umum dan terus-menerus dalam jangka waktu "
    "tertentu.\n"
    "Penyebab Inflasi\n"
    "Inflasi dapat dipicu oleh permintaan yang melonjak atau biaya produksi yang naik.\n"
    "Dampak Inflasi bagi Rumah Tangga\n"
    "Daya beli masyarakat turun ketika kenaikan harga lebih cepat daripada kenaikan pendapatan."
)


@pytest.fixture(scope="module")
def headings_only() -> Ruleset:
    """Only this category and its neighbours (tables of contents, keywords): page chrome stays, so the
    cleaned text shows where the title went."""
    return Ruleset.from_settings(
        Settings(rules={"disabled": ["boilerplate", "injected_spam", "placeholder"]})
    )


def test_a_question_title_is_a_heading() -> None:
    assert classify_line(QUESTION_TITLE)[0] is LineKind.HEADING
    assert classify_line("Mengapa Harga Naik? Ini Kata Ekonom BI")[0] is LineKind.HEADING
    # Two sentences in lower case are a paragraph, not a headline.
    assert classify_line("Harga naik lagi? Ini kata para ekonom di Jakarta")[0] is LineKind.PARAGRAPH
    assert classify_line("Ia datang pagi. Dia pergi ke pasar bersama ibunya")[0] is LineKind.PARAGRAPH


def test_a_question_title_printed_twice_with_chrome_between(ruleset: Ruleset, settings: Settings) -> None:
    text = (
        f"Share: Twitter Telegram\nRABU, 4 JULI 2025\n{QUESTION_TITLE}\n\n{QUESTION_TITLE}\n"
        f"Diperbarui 20/05/2019, 12:42 WITA\n{INFLATION}"
    )
    assert flagged(text, ruleset, "duplicate_heading") == [QUESTION_TITLE]
    result = clean(text, ruleset, settings)
    assert result.title == QUESTION_TITLE
    assert result.text.split("\n")[0] == QUESTION_TITLE
    assert result.text.count(QUESTION_TITLE) == 1


@pytest.mark.parametrize(
    "above",
    [
        ["Selasa, 12 Maret 2024 | 10:15 WIB"],  # dateline
        ["Diterbitkan Rabu, 23 Januari 2020, 09:43 WIB", "News"],  # dateline and category label
        ["Update: Minggu, 17 Apr 2025 19:18 WIT", "kumparanNEWS"],
        ["Beranda >> Ekonomi >> Keuangan"],  # breadcrumb
        ["Index | Ekonomi"],
        ["KOMPAS.COM/RINA SARI"],  # photo credit
        ["Laporan Wartawan Tribunnews.com, Budi Santoso"],  # byline
        ["SCROLL TO CONTINUE WITH CONTENT", "SCROLL TO CONTINUE WITH CONTENT"],  # chrome printed twice
        ["Share ke WhatsApp, Twitter, LinkedIn"],
        ["Scroll to continue with content", "SCROLL TO CONTINUE WITH CONTENT"],  # a banner, two cases
        ["Dipublikasikan: 9 November 2021"],
        ["Bagikan ke Facebook Bagikan ke X Bagikan ke Email"],
        ["Foto: CNBC Indonesia/Wayan Halim"],
        ["Beranda > News", "Artikel berlanjut di bawah ini"],
    ],
)
def test_the_title_comes_first_whatever_stands_above_it(above: list[str], headings_only: Ruleset) -> None:
    title = "Inflasi Naik Lagi, Ini Dampaknya bagi Rumah Tangga"
    text = "\n".join([*above, title, INFLATION])
    result = clean(text, headings_only, Settings())
    assert result.title == title
    assert result.text == "\n".join([title, *above, INFLATION])


@pytest.mark.parametrize(
    "above",
    [
        "Berikut adalah artikel tentang inflasi yang bisa Anda baca.",  # an assistant's preamble
        "Dengan menggunakan situs ini, Anda menyetujui penggunaan cookie.",  # a cookie notice
        "Semoga artikel ini bermanfaat! Jika Anda ingin saya menambahkan bagian lain, beri tahu saya.",
    ],
)
def test_the_title_comes_first_below_a_short_paragraph_of_chrome(above: str, headings_only: Ruleset) -> None:
    # A paragraph above the headline; the headline has chrome after it (a byline), not its lead.
    title = "Inflasi Naik Lagi, Ini Dampaknya bagi Rumah Tangga"
    text = f"{above}\n{title}\nPenulis: Rina Sari\n{INFLATION}"
    result = clean(text, headings_only, Settings())
    assert result.title == title
    assert result.text == f"{title}\n{above}\nPenulis: Rina Sari\n{INFLATION}"


def test_no_title_is_made_of_a_section_heading_below_a_short_lead(headings_only: Ruleset) -> None:
    # The page opens with a short lead paragraph; the heading below it opens a section.
    text = f"{P1}\nInvestasi Emas Batangan Antam\n{P2}\nMenyimpan Emas dengan Aman\n{P3}"
    result = clean(text, headings_only, Settings())
    assert result.title is None
    assert result.text == text


def test_the_declared_title_is_found_below_a_long_preamble(headings_only: Ruleset) -> None:
    title = "Ekonomi Digital di Banjarmasin: Peluang dan Tantangan ke Depan"
    preamble = "Semoga artikel ini bermanfaat! Jika Anda ingin saya menambahkan bagian lain, beri tahu saya."
    text = f"{preamble}\nShare WhatsApp Pinterest\n{title}\n{INFLATION}"
    result = clean(text, headings_only, Settings(), title_hint=title)
    assert result.title == title  # whole: not cut at its colon
    assert result.text == f"{title}\n{preamble}\nShare WhatsApp Pinterest\n{INFLATION}"


def test_the_title_is_not_an_entry_of_the_table_of_contents(ruleset: Ruleset, settings: Settings) -> None:
    # Printed once each in the head; the entries are printed again below as the sections' headings.
    title = "Stunting Kian Diminati, Ini Penyebabnya"
    text = (
        f"REGIONAL\n{title}\nDaftar Isi:\nData dan Fakta Terbaru\nLatar Belakang\n"
        f"Data dan Fakta Terbaru\n{P1}\nLatar Belakang\n{P2}"
    )
    result = clean(text, ruleset, settings)
    assert result.title == title
    assert result.text == f"{title}\nData dan Fakta Terbaru\n{P1}\nLatar Belakang\n{P2}"


def test_the_title_copy_after_the_chrome_is_not_cut(ruleset: Ruleset, settings: Settings) -> None:
    # The title, its keyword-shaped half (`Peluang dan Tantangan ke Depan`) and a copy between chrome.
    title = "Ekonomi Digital di Banjarmasin: Peluang dan Tantangan ke Depan"
    cookie = "Dengan menggunakan situs ini, Anda menyetujui penggunaan cookie."
    text = f"{cookie}\n{title}\nShare WhatsApp\n{title}\n{P1}"
    result = clean(text, ruleset, settings)
    assert result.title == title
    assert result.text.split("\n")[0] == title
    assert result.text.count(title) == 1


def test_a_page_that_opens_with_its_table_of_contents_has_no_title(
    ruleset: Ruleset, settings: Settings
) -> None:
    # No headline at all: the entries are not titles, and the first section's heading stays in place.
    headings = ["Faktor Penyebab", "Dampak Kelapa Sawit terhadap Generasi Muda", "Pelajaran dari Aceh"]
    body = "\n".join(f"{h}\n{p}" for h, p in zip(headings, [P2, P3, P1], strict=True))
    text = "\n".join(f"* {h}" for h in headings) + f"\n{P1}\n{body}"
    result = clean(text, ruleset, settings)
    assert result.title is None
    assert result.text == f"{P1}\n{body}"


def test_a_title_printed_again_before_the_body_stays_the_title(ruleset: Ruleset, settings: Settings) -> None:
    # Printed once in the head and once more above the body (the article's own <h1>): still the title.
    text = f"Share: Twitter Telegram\n{TITLE}\nPenulis: Rina Sari\n{P1}\n{TITLE}\n{P2}\n{P3}"
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text.split("\n")[0] == TITLE
    assert result.text.count(TITLE) == 1


def test_round8_a_title_taken_from_a_table_of_contents_keeps_its_first_copy_below(
    ruleset: Ruleset, settings: Settings
) -> None:
    # A page with no title of its own opens with its table of contents, and prints an SEO heading before
    # its sections: the entry taken for the title goes with the table, the first copy below stays once.
    seo = "Harga Emas: Harga emas 2024 terbaru"
    p1 = "Harga emas batangan di butik Antam naik pagi ini setelah dua hari turun berturut-turut."
    p2 = "Kenaikan itu sejalan dengan harga emas dunia yang menguat karena pelemahan dolar Amerika Serikat."
    lines = [
        "📑 DAFTAR ISI",
        f"▸ {seo}",
        "▸ Kondisi Pasar di Jakarta",
        "▸ Dampak bagi Perajin",
        "▸ Sejarah Singkat Harga Emas",
        f"harga emas 2024 terbaru – {p1}",
        seo,
        "Kondisi Pasar di Jakarta - harga emas 2024 terbaru",
        p2,
        p1,
        seo,
        "Dampak bagi Perajin",
        p2,
        seo,
        "Sejarah Singkat Harga Emas",
        p1,
    ]
    result = clean("\n".join(lines), ruleset, settings).text
    assert result.count(seo) == 1
