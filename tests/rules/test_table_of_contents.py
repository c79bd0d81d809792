"""Tables of contents: a list (bulleted or numbered, with or without a `Daftar Isi` label) whose items
mirror the headings below it goes, and the headings stay exactly once; real lists stay."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.page import LineKind, classify_line
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Panduan Lengkap Merawat Tanaman Cabai di Pot"
SECTIONS = {
    "Memilih Benih Cabai": "Pilih benih dari varietas unggul seperti cabai rawit dewata yang tahan penyakit.",
    "Menyiapkan Media Tanam": "Campurkan tanah, pupuk kandang, dan sekam bakar dengan takaran yang sama.",
    "Penyiraman dan Pemupukan": "Siram tanaman setiap pagi dan beri pupuk NPK dua minggu sekali.",
    "Penutup": "Dengan perawatan yang tepat, cabai di pot bisa dipanen setelah tiga bulan.",
}
INTRO = "Menanam cabai di pot cocok bagi warga perkotaan yang tidak memiliki lahan luas di rumah."


def body(numbered: bool = False) -> str:
    """The article's sections: each heading followed by its paragraph."""
    return "\n".join(
        f"{f'{i}. ' if numbered else ''}{heading}\n{paragraph}"
        for i, (heading, paragraph) in enumerate(SECTIONS.items(), start=1)
    )


def toc(marker: str) -> list[str]:
    return [f"{marker.format(i=i)} {heading}" for i, heading in enumerate(SECTIONS, start=1)]


def test_numbered_toc_with_label_disappears_and_headings_stay_once(
    ruleset: Ruleset, settings: Settings
) -> None:
    items = toc("{i}.")
    text = f"{TITLE}\n\nDaftar Isi\n" + "\n".join(items) + f"\n\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["Daftar Isi", *items]
    assert flagged(text, ruleset) == ["Daftar Isi", *items]  # nothing else on the page is noise
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{INTRO}\n{body()}"
    for heading in SECTIONS:
        assert result.text.count(heading) == 1


@pytest.mark.parametrize(
    ("label", "marker"),
    [
        (None, "-"),
        (None, "•"),
        ("Daftar Isi", "-"),
        ("Daftar Isi [Tampilkan]", "-"),
        ("DAFTAR ISI", "{i})"),
        ("Isi Artikel", "{i}."),
        ("Table of Contents", "*"),
    ],
)
def test_toc_flagged_in_any_form(
    label: str | None, marker: str, ruleset: Ruleset, settings: Settings
) -> None:
    items = toc(marker)
    head = ([label] if label else []) + items
    # The TOC stands right after the title, before the first section heading (no intro paragraph).
    text = f"{TITLE}\n\n" + "\n".join(head) + f"\n\n{body()}"
    assert flagged(text, ruleset) == head
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{body()}"


def test_toc_flagged_when_the_headings_below_are_numbered_too(ruleset: Ruleset, settings: Settings) -> None:
    items = toc("{i}.")
    text = f"{TITLE}\n\nDaftar Isi\n" + "\n".join(items) + f"\n\n{body(numbered=True)}"
    assert flagged(text, ruleset) == ["Daftar Isi", *items]
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n\n{body(numbered=True)}"


def test_wikipedia_style_toc_flagged(ruleset: Ruleset, settings: Settings) -> None:
    text = (
        "Candi Prambanan\n\n"
        "Daftar isi\n1 Sejarah\n2 Arsitektur\n2.1 Candi Utama\n3 Pariwisata\n\n"
        "Sejarah\nCandi Prambanan dibangun pada abad ke-9 pada masa Kerajaan Mataram Kuno.\n"
        "Arsitektur\nKompleks candi ini terdiri atas 240 candi yang tersusun dalam tiga halaman.\n"
        "Candi Utama\nCandi Siwa setinggi 47 meter menjadi bangunan tertinggi di kompleks ini.\n"
        "Pariwisata\nCandi Prambanan dikunjungi lebih dari dua juta wisatawan setiap tahun."
    )
    toc_lines = ["Daftar isi", "1 Sejarah", "2 Arsitektur", "2.1 Candi Utama", "3 Pariwisata"]
    assert flagged(text, ruleset) == toc_lines
    result = clean(text, ruleset, settings)
    assert result.title == "Candi Prambanan"
    assert not any(line in result.text.split("\n") for line in toc_lines)
    assert result.text.split("\n")[2:4] == [
        "Sejarah",
        "Candi Prambanan dibangun pada abad ke-9 pada masa Kerajaan Mataram Kuno.",
    ]


def test_toc_flagged_when_a_heading_below_carries_a_glued_keyword(ruleset: Ruleset) -> None:
    items = toc("-")
    sections = body().replace(
        "Menyiapkan Media Tanam\n", "Menyiapkan Media Tanam, cara merawat cabai di pot\n"
    )
    text = f"{TITLE}\n\n" + "\n".join(items) + f"\n{INTRO}\n{sections}"
    assert flagged(text, ruleset, "table_of_contents") == items


@pytest.mark.parametrize(
    "text",
    [
        # A real bullet list: key points whose items are not headings of the page.
        (
            "Pemerintah Naikkan Harga Eceran Tertinggi Beras Medium\n\n"
            "Badan Pangan Nasional resmi menaikkan harga eceran tertinggi beras mulai pekan depan.\n"
            "Poin penting kebijakan ini:\n"
            "- Harga beras medium naik menjadi Rp 12.500 per kilogram\n"
            "- Harga beras premium naik menjadi Rp 14.900 per kilogram\n"
            "- Kebijakan berlaku di seluruh zona wilayah\n"
            "Latar Belakang Kebijakan\n"
            "Kenaikan ini dipicu naiknya biaya produksi gabah di tingkat petani.\n"
            "Tanggapan Pedagang\n"
            "Pedagang di Pasar Cipinang menyambut baik kepastian harga tersebut."
        ),
        # Numbered steps whose items are not the headings below.
        (
            "Cara Membuat Paspor Secara Online\n\n"
            "Pembuatan paspor kini bisa diajukan lewat aplikasi M-Paspor tanpa antre panjang.\n"
            "1. Unduh aplikasi M-Paspor dan buat akun.\n"
            "2. Pilih kantor imigrasi dan jadwal kedatangan.\n"
            "3. Bayar biaya paspor melalui bank atau kantor pos.\n"
            "Dokumen yang Perlu Disiapkan\n"
            "Siapkan KTP, kartu keluarga, dan akta kelahiran atau ijazah.\n"
            "Biaya Pembuatan Paspor\n"
            "Biaya paspor biasa 48 halaman adalah Rp 350.000."
        ),
        # Only one item matches a heading below.
        (f"{TITLE}\n\n- Memilih Benih Cabai\n- Harga Cabai di Pasar\n- Cuaca Bulan Ini\n{INTRO}\n{body()}"),
        # A list at the end of the page has no headings below it to mirror.
        (f"{TITLE}\n\n{INTRO}\n{body()}\n- Memilih Benih Cabai\n- Menyiapkan Media Tanam"),
    ],
)
def test_toc_leaves_real_lists(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "table_of_contents") == []


def test_toc_of_one_word_headings_flagged(ruleset: Ruleset) -> None:
    text = (
        "Candi Borobudur, Warisan Wangsa Syailendra\n\n"
        "- Pendahuluan\n- Sejarah Candi\n- Arsitektur\n\n"
        "Pendahuluan\nBorobudur adalah candi Buddha terbesar di dunia yang terletak di Magelang.\n"
        "Sejarah Candi\nCandi ini dibangun pada abad ke-8 dan ke-9 pada masa Wangsa Syailendra.\n"
        "Arsitektur\nBangunannya berbentuk punden berundak dengan 72 stupa berlubang di bagian atas."
    )
    assert flagged(text, ruleset) == ["- Pendahuluan", "- Sejarah Candi", "- Arsitektur"]


# --- tables of contents printed as plain lines (no list markers) -----------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Daftar Isi",
        "Isi Konten",
        "Daftar Isi Toggle",
        "Daftar Isi [tampilkan]",
        "DAFTAR ISI:",
        "Sembunyikan Daftar Isi",
        "Table of Contents",
        "Isi Artikel",
    ],
)
def test_plain_toc_with_a_label_disappears(label: str, ruleset: Ruleset, settings: Settings) -> None:
    entries = list(SECTIONS)[:2]  # two entries are enough under a label
    text = f"{TITLE}\n\n{label}\n" + "\n".join(entries) + f"\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents.plain_list") == [label, *entries]
    assert flagged(text, ruleset) == [label, *entries]
    result = clean(text, ruleset, settings)
    assert result.text == f"{TITLE}\n\n{INTRO}\n{body()}"
    for heading in SECTIONS:
        assert result.text.count(heading) == 1


def test_plain_toc_without_a_label_disappears(ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n" + "\n".join(SECTIONS) + f"\n\n{INTRO}\n{body()}"
    assert flagged(text, ruleset) == list(SECTIONS)
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n{body()}"


def test_plain_toc_of_two_unlabelled_lines(ruleset: Ruleset, settings: Settings) -> None:
    # Two lines printed again below as headings, in the same order, right above the first section.
    entries = list(SECTIONS)[2:]
    text = f"{TITLE}\n\n{INTRO}\n" + "\n".join(entries) + f"\n{body()}"
    assert flagged(text, ruleset) == entries
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n{body()}"


def test_plain_toc_right_above_the_first_section(ruleset: Ruleset, settings: Settings) -> None:
    # No intro paragraph: the first section's own heading follows the last entry and stays.
    text = f"{TITLE}\nDaftar Isi\n" + "\n".join(SECTIONS) + f"\n{body()}"
    assert flagged(text, ruleset) == ["Daftar Isi", *SECTIONS]
    result = clean(text, ruleset, settings)
    assert result.title == TITLE
    assert result.text == f"{TITLE}\n{body()}"


def test_plain_toc_after_chrome_and_the_intro(ruleset: Ruleset, settings: Settings) -> None:
    # Below the intro, and the first section's heading carries a glued keyword (so the table ends there).
    sections = body().replace(
        "Memilih Benih Cabai\n", "Memilih Benih Cabai, cara menanam cabai di pot agar berbuah lebat\n"
    )
    text = f"{TITLE}\n\n{INTRO}\nIsi Artikel\n" + "\n".join(list(SECTIONS)[:3]) + f"\n{sections}"
    assert flagged(text, ruleset, "table_of_contents") == ["Isi Artikel", *list(SECTIONS)[:3]]
    result = clean(text, ruleset, settings)
    assert result.text == f"{TITLE}\n\n{INTRO}\n{body()}"


def test_plain_toc_of_question_headings(ruleset: Ruleset, settings: Settings) -> None:
    title = "Apa Itu Inflasi? Ini Penjelasan Lengkapnya"
    sections = {
        "Apa itu inflasi?": "Inflasi adalah kenaikan harga barang dan jasa secara umum dan terus-menerus.",
        "Mengapa harga bisa naik?": "Harga naik ketika permintaan melonjak atau biaya produksi meningkat.",
        "Bagaimana cara mengendalikannya?": "Bank sentral menaikkan suku bunga agar permintaan melambat.",
    }
    body_text = "\n".join(f"{h}\n{p}" for h, p in sections.items())
    text = f"{title}\n\nIsi Konten\n" + "\n".join(sections) + f"\n\n{body_text}"
    assert flagged(text, ruleset) == ["Isi Konten", *sections]
    result = clean(text, ruleset, settings)
    assert result.title == title
    assert result.text == f"{title}\n\n{body_text}"


@pytest.mark.parametrize(
    "text",
    [
        # Two plain lines without a label: an SEO heading stacked on the first section's heading, the
        # pair printed again below.
        (
            f"{TITLE}\n\n{INTRO}\nCara Merawat Cabai: Panduan Lengkap\nMemilih Benih Cabai\n"
            f"{SECTIONS['Memilih Benih Cabai']}\nCara Merawat Cabai: Panduan Lengkap\n"
            f"Menyiapkan Media Tanam\n{SECTIONS['Menyiapkan Media Tanam']}"
        ),
        # Consecutive headings (a heading and its first subheading) that are not printed again below.
        (
            f"{TITLE}\n\nPersiapan Awal\nMemilih Benih Cabai\n{INTRO}\nMenyiapkan Media Tanam\n"
            f"{SECTIONS['Menyiapkan Media Tanam']}\nPenutup\n{SECTIONS['Penutup']}"
        ),
        # Two unlabelled lines printed again below, but in the other order: no table of contents.
        (f"{TITLE}\n\nMenyiapkan Media Tanam\nMemilih Benih Cabai\n\n{INTRO}\n{body()}"),
        # Short plain lines in a recipe (ingredients), none of them a heading below.
        (
            "Resep Sambal Terasi Khas Sunda\n\nBahan\n10 buah cabai merah\n5 siung bawang merah\n"
            "1 sdt terasi bakar\nCara Membuat\nUlek semua bahan hingga halus, lalu beri perasan jeruk.\n"
            "Penyajian\nSajikan sambal bersama lalapan dan ikan goreng."
        ),
        # The entries are not in the order of the sections below: a list of other articles.
        (f"{TITLE}\n\nPenutup\nPenyiraman dan Pemupukan\nMemilih Benih Cabai\n\n{INTRO}\n{body()}"),
    ],
)
def test_plain_toc_leaves_real_headings(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "table_of_contents.plain_list") == []


def test_bulleted_toc_label_after_a_counter(ruleset: Ruleset, settings: Settings) -> None:
    # `67.402 views` reads like a section number (67.402); it must not take the label from the list.
    items = toc("{i}.")
    text = f"{TITLE}\n67.402 views\n\nDAFTAR ISI\n\n" + "\n".join(items) + f"\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["DAFTAR ISI", *items]


def test_numbered_toc_mirrors_numbered_headings_with_more_words(ruleset: Ruleset, settings: Settings) -> None:
    title = "Inflasi: Pengertian, Penyebab, dan Cara Mengatasinya"
    text = (
        f"{title}\n\nDaftar Isi\n1. Pengertian\n2. Penyebab\n2.1 Inflasi Tarikan Permintaan\n"
        "3. Cara Mengatasi\n\n"
        "1. Pengertian Inflasi\nInflasi adalah kenaikan harga barang dan jasa secara umum dan terus.\n"
        "2. Penyebab Inflasi\nInflasi bisa dipicu oleh permintaan atau biaya produksi.\n"
        "2.1 Inflasi Tarikan Permintaan\nPermintaan yang melonjak membuat harga naik.\n"
        "3. Cara Mengatasi Inflasi\nBank sentral menaikkan suku bunga acuan."
    )
    toc_lines = [
        "Daftar Isi",
        "1. Pengertian",
        "2. Penyebab",
        "2.1 Inflasi Tarikan Permintaan",
        "3. Cara Mengatasi",
    ]
    assert flagged(text, ruleset, "table_of_contents") == toc_lines
    result = clean(text, ruleset, settings)
    assert result.text.split("\n")[:3] == [title, "", "1. Pengertian Inflasi"]
    assert result.text.count("2.1 Inflasi Tarikan Permintaan") == 1


def test_toc_entries_with_a_trailing_colon_mirror_headings(ruleset: Ruleset, settings: Settings) -> None:
    headings = ["Latar Belakang:", "Tujuan Program:", "Hasil yang Dicapai:"]
    paras = [INTRO, SECTIONS["Penutup"], SECTIONS["Memilih Benih Cabai"]]
    body_text = "\n".join(f"{h}\n{p}" for h, p in zip(headings, paras, strict=True))
    text = f"{TITLE}\n\n- Latar Belakang\n- Tujuan Program\n- Hasil yang Dicapai\n\n{body_text}"
    assert flagged(text, ruleset) == ["- Latar Belakang", "- Tujuan Program", "- Hasil yang Dicapai"]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{body_text}"


@pytest.mark.parametrize(
    "label",
    [
        "Dalam Tulisan Ini",
        "HAL YANG DIBAHAS:",
        "Yang Bakal Anda Pelajari",
        "Loncat ke bagian:",
        "Ringkasan Pembahasan",
        "Topik Utama",
    ],
)
def test_any_label_with_a_cue_above_a_mirrored_list_goes_with_it(
    label: str, ruleset: Ruleset, settings: Settings
) -> None:
    items = toc("{i})")
    text = f"{TITLE}\n\n{INTRO}\n{label}\n\n" + "\n".join(items) + f"\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == [label, *items]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n\n{body()}"


def test_a_section_heading_above_a_summary_list_stays(ruleset: Ruleset, settings: Settings) -> None:
    """The list mirrors the headings below, but the heading above it has no label cue: a real heading."""
    items = [f"- {heading}" for heading in SECTIONS]
    text = f"{TITLE}\n\n{INTRO}\nLangkah Menanam Cabai\n" + "\n".join(items) + f"\n{body()}"
    assert "Langkah Menanam Cabai" not in flagged(text, ruleset, "table_of_contents")
    assert "Langkah Menanam Cabai" in clean(text, ruleset, settings).text.split("\n")


@pytest.mark.parametrize("separator", ["–", "-", "—", ":"])
def test_toc_numbered_with_dashes_at_the_top_of_a_page_without_title(
    separator: str, ruleset: Ruleset, settings: Settings
) -> None:
    items = [f"{i} {separator} {heading}" for i, heading in enumerate(SECTIONS, start=1)]
    text = f"{INTRO}\n\n" + "\n".join(items) + f"\n\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == items
    result = clean(text, ruleset, settings)
    assert result.text == f"{INTRO}\n\n{body()}"


def test_toc_numbered_with_roman_numerals(ruleset: Ruleset, settings: Settings) -> None:
    items = [f"{n}. {heading}" for n, heading in zip(["I", "II", "III", "IV"], SECTIONS, strict=True)]
    text = f"{TITLE}\n\nIsi Tulisan\n" + "\n".join(items) + f"\n\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["Isi Tulisan", *items]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n{body()}"


def test_a_numbered_title_is_kept_when_no_entry_follows(ruleset: Ruleset, settings: Settings) -> None:
    title = "7 Cara Merawat Tanaman Cabai di Pot agar Berbuah Lebat"
    text = f"{title}\n\n{INTRO}\n" + "\n".join(f"- {h}" for h in SECTIONS) + f"\n{body()}"
    assert clean(text, ruleset, settings).title == title


def test_plain_toc_led_by_a_glyph_at_the_top_of_a_page_without_title(
    ruleset: Ruleset, settings: Settings
) -> None:
    """The page's title guess falls on an entry (`~ Penyiraman dan Pemupukan`): entries led by the glyph of
    the entries next to them are never the title."""
    items = [f"~ {heading}" for heading in SECTIONS]
    text = f"{INTRO}\n" + "\n".join(items) + f"\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == items
    assert clean(text, ruleset, settings).text == f"{INTRO}\n{body()}"


def test_plain_toc_entry_that_extends_the_previous_entry_stays_in_the_table(
    ruleset: Ruleset, settings: Settings
) -> None:
    """`▸ Menyiapkan Media Tanam Organik` after `▸ Menyiapkan Media Tanam` is the next entry, not the first
    section's heading (that one is printed without the glyph)."""
    sections = {
        "Menyiapkan Media Tanam": "Campurkan tanah, pupuk kandang, dan sekam bakar dengan takaran sama.",
        "Menyiapkan Media Tanam Organik": "Gunakan kompos dari sisa dapur yang sudah matang sempurna.",
        "Penyiraman dan Pemupukan": "Siram tanaman setiap pagi dan beri pupuk dua minggu sekali.",
    }
    items = [f"▸ {heading}" for heading in sections]
    text = (
        f"{TITLE}\n\n{INTRO}\n"
        + "\n".join(items)
        + "\n"
        + "\n".join(f"{h}\n{p}" for h, p in sections.items())
    )
    assert flagged(text, ruleset, "table_of_contents") == items


def test_lower_case_question_label_above_a_toc(ruleset: Ruleset) -> None:
    items = [f"- {heading}" for heading in SECTIONS]
    text = f"{TITLE}\n\n{INTRO}\napa saja yang akan dibahas?\n" + "\n".join(items) + f"\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["apa saja yang akan dibahas?", *items]


def test_toc_numbered_in_parentheses_with_a_quick_read_label(ruleset: Ruleset) -> None:
    items = [f"({i}) {heading}" for i, heading in enumerate(SECTIONS, start=1)]
    text = f"{TITLE}\n\n{INTRO}\nBaca Cepat:\n" + "\n".join(items) + f"\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["Baca Cepat:", *items]


def test_numbered_entry_taken_for_a_paragraph_is_still_an_entry(ruleset: Ruleset) -> None:
    """`IV. Penutup, cara merawat cabai di pot` is short, ends no sentence and mirrors the heading below
    with its glued keyword: the table's last entry."""
    headings = [*list(SECTIONS)[:3], "Penutup, cara merawat cabai di pot"]
    items = [f"{n}. {h}" for n, h in zip(["I", "II", "III", "IV"], headings, strict=True)]
    paragraphs = list(SECTIONS.values())
    text = (
        f"{TITLE}\n\nNavigasi Artikel\n"
        + "\n".join(items)
        + f"\n{INTRO}\n\n"
        + "\n".join(f"{h}\n{p}" for h, p in zip(headings, paragraphs, strict=True))
    )
    assert flagged(text, ruleset, "table_of_contents") == ["Navigasi Artikel", *items]


# --- round 4: numbering styles ---------------------------------------------------------------------


CIRCLED = "①②③④"
KEYCAPS = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"]


@pytest.mark.parametrize(
    ("label", "markers"),
    [
        ("Daftar Isi", list(CIRCLED)),  # circled digits
        (None, list(CIRCLED)),
        ("Daftar Isi", KEYCAPS),  # keycap emoji
        ("Isi Artikel", list("❶❷❸❹")),  # negative circled digits
        (None, list("➀➁➂➃")),
        ("Daftar Isi", list("⑴⑵⑶⑷")),  # parenthesised digits
        ("Daftar Isi", list("⒈⒉⒊⒋")),  # digits with a full stop
        ("Daftar Isi", list("ⓐⓑⓒⓓ")),  # circled letters
        ("Navigasi Cepat", ["I.", "II.", "III.", "IV."]),  # roman numerals
        ("Daftar Isi", ["i.", "ii.", "iii.", "iv."]),
        ("Daftar Isi", ["Ⅰ.", "Ⅱ.", "Ⅲ.", "Ⅳ."]),  # roman numeral characters
        ("Daftar Isi", ["A.", "B.", "C.", "D."]),  # letters
        ("Daftar Isi", ["a)", "b)", "c)", "d)"]),
        ("Daftar Isi", ["➜"] * 4),  # arrows and emoji bullets
        (None, ["⇒"] * 4),
        ("Daftar Isi", ["🔹"] * 4),
        ("Daftar Isi", ["✅"] * 4),
        ("Daftar Isi", ["▪️"] * 4),
        ("Pada Artikel Ini", ["🔸"] * 4),
        ("Daftar Isi", ["◆"] * 4),
    ],
)
def test_round4_toc_in_any_numbering_style(label: str | None, markers: list[str], ruleset: Ruleset) -> None:
    items = [f"{m} {heading}" for m, heading in zip(markers, SECTIONS, strict=True)]
    top = [label] if label else []
    text = f"{TITLE}\n\n" + "\n".join([*top, *items]) + f"\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == [*top, *items]


def test_round4_toc_of_circled_digits_glued_to_their_entries(ruleset: Ruleset, settings: Settings) -> None:
    items = [f"{m}{heading}" for m, heading in zip(CIRCLED, SECTIONS, strict=True)]
    text = f"{TITLE}\n\nDaftar Isi\n" + "\n".join(items) + f"\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["Daftar Isi", *items]
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n{body()}"


@pytest.mark.parametrize(
    ("line", "item_body"),
    [
        ("① Siapkan dua kilogram cabai merah", "Siapkan dua kilogram cabai merah"),
        ("1️⃣ Cuci bersih semua bahan", "Cuci bersih semua bahan"),
        ("❷ Rebus air hingga mendidih", "Rebus air hingga mendidih"),
        ("⑶ Tiriskan", "Tiriskan"),
        ("ⓑ Pilihan ganda", "Pilihan ganda"),
        ("🔟 Sajikan selagi hangat", "Sajikan selagi hangat"),
        ("➜ Daftar ulang di kantor desa", "Daftar ulang di kantor desa"),
        ("🔹 Harga tiket Rp50.000", "Harga tiket Rp50.000"),
        ("✅ Gratis ongkir", "Gratis ongkir"),
    ],
)
def test_round4_enclosed_digits_keycaps_and_glyphs_are_list_markers(line: str, item_body: str) -> None:
    kind, found = classify_line(line)
    assert (kind, found) == (LineKind.LIST_ITEM, item_body)


@pytest.mark.parametrize(
    "line",
    [
        "Harga cabai naik 20 persen menjelang Lebaran.",
        "ⓒ 2024 Pemerintah Kota Bandar Lampung",  # a copyright sign is no list marker
        "Ⓒ2023 Dinas Pariwisata",
    ],
)
def test_round4_other_lines_are_not_list_items(line: str) -> None:
    assert classify_line(line)[0] is not LineKind.LIST_ITEM


def test_round4_a_real_list_in_circled_digits_stays(ruleset: Ruleset) -> None:
    steps = ["① Siapkan dua kilogram cabai merah", "② Haluskan bersama bawang", "③ Tumis hingga harum"]
    text = f"{TITLE}\n\n{INTRO}\n" + "\n".join(steps) + f"\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == []


@pytest.mark.parametrize(
    "steps",
    [
        ["1️⃣ Rendam beras selama satu jam", "2️⃣ Kukus hingga setengah matang", "3️⃣ Aduk dengan santan"],
        ["➜ Bawa KTP asli", "➜ Bawa kartu keluarga", "➜ Isi formulir di loket dua"],
        ["ⓐ Pilihan ganda", "ⓑ Isian singkat", "ⓒ Uraian"],
        ["🔹 Senin: kerja bakti", "🔹 Rabu: posyandu", "🔹 Jumat: pengajian"],
    ],
)
def test_round4_real_lists_in_new_markers_are_kept_whole(
    steps: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{INTRO}\n" + "\n".join(steps) + f"\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == []
    assert clean(text, ruleset, settings).text == text


# --- round 4b: label families and entries with any leading marker ----------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "📑 Daftar Isi",
        "📌 DAFTAR ISI [sembunyikan]",
        "☰ Daftar Isi",
        "Isi Artikel:",
        "Konten",
        "Navigasi Artikel",
        "Ringkasan isi",
        "Topik bahasan:",
        "Yang akan dibahas:",
        "Contents [hide]",
        "Outline",
        "Sub-bab",
        "Sub Bab",
        "Daftar Isi (toggle)",
        "Daftar isi ▼",
        "📖 Isi Tulisan",
        "Daftar Isi Artikel [Tampilkan]",
        "Yang Akan Dibahas di Artikel Ini",
        "Apa Saja Isi Artikel Ini?",
        "≡ Daftar Isi",
        "Materi Pembahasan",
        "Daftar Konten [show]",
        "Ikhtisar",
        "In This Post",
    ],
)
def test_round4b_label_families_go_with_their_toc(label: str, ruleset: Ruleset, settings: Settings) -> None:
    items = [f"- {heading}" for heading in SECTIONS]
    text = f"{TITLE}\n\n{label}\n" + "\n".join(items) + f"\n{INTRO}\n{body()}"
    assert set(flagged(text, ruleset)) == {label, *items}
    result = clean(text, ruleset, settings)
    assert result.text == f"{TITLE}\n\n{INTRO}\n{body()}"


@pytest.mark.parametrize(
    "marker",
    [
        "Bab {i}:",
        "Bagian {i} -",
        "Langkah {i}.",
        "Part {i}:",
        "[{i}/4]",
        "(>)",
        "§{i}",
        "a.",
        "⮞",
        "🔸",
        "✔️",
        "⦿",
        "1️⃣",
        "►",
        "›",
        "→",
        "#{i}",
        "{i}/",
        "{i} -",
        "=>",
    ],
)
def test_round4b_entries_with_unusual_markers(marker: str, ruleset: Ruleset, settings: Settings) -> None:
    items = toc(marker)
    text = f"{TITLE}\n\nDaftar Isi\n" + "\n".join(items) + f"\n{INTRO}\n{body()}"
    assert set(flagged(text, ruleset)) == {"Daftar Isi", *items}
    result = clean(text, ruleset, settings)
    for heading in SECTIONS:
        assert result.text.count(heading) == 1


@pytest.mark.parametrize(
    "text",
    [
        f"{TITLE}\n\nBagian Penting Tanaman\n- Akar\n- Batang\n- Daun\n{INTRO}\n{body()}",
        f"{TITLE}\n\nBab 1: Pendahuluan\nPenelitian ini membahas cabai di pot pada lahan sempit.\n"
        "Bab 2: Metode\nData dikumpulkan dari 30 petani di Bogor selama tiga bulan.",
        f"{TITLE}\n\nKonten\nKonten video tentang cabai makin banyak ditonton warga kota.\n{body()}",
        f"{TITLE}\n\nYang akan dibahas:\n- jadwal tanam\n- harga pupuk\n{INTRO}\n{body()}",
        f"{TITLE}\n\nLangkah 1. Rendam benih semalam.\nLangkah 2. Semai di tray.\n{INTRO}",
    ],
)
def test_round4b_lists_and_headings_that_mirror_nothing_stay(text: str, ruleset: Ruleset) -> None:
    assert flagged(text, ruleset, "table_of_contents") == []


# --- round 5: a label or a switch left alone ---------------------------------------------------------

ROUND5_LONE_LABELS = [
    "Daftar Isi",
    "DAFTAR ISI",
    "Daftar isi:",
    "Daftar Isi [Tampilkan]",
    "Daftar Isi [Sembunyikan]",
    "Daftar Isi [hide]",
    "Daftar isi [show]",
    "Daftar Isi ▼",
    "Daftar Isi ⬇",
    "📑 Daftar Isi",
    "📋 Daftar Isi",
    "☰ Daftar Isi",
    "Daftar Isi Artikel",
    "Daftar Isi Konten",
    "Isi Artikel",
    "Isi artikel:",
    "Baca Cepat",
    "Baca Cepat 🔥",
    "Navigasi Cepat",
    "Navigasi Artikel",
    "Table of Contents",
    "Table of Contents [hide]",
    "Contents",
    "Contents [hide]",
    "Contents hide",
    "[Tampilkan]",
    "[Sembunyikan]",
    "[hide]",
    "[show]",
    "Sembunyikan",
    "Tampilkan",
    "Toggle",
    "Topik Bahasan",
    "Topik Pembahasan",
    "Pokok Bahasan",
    "Dalam artikel ini:",
    "Di artikel ini:",
    "Isi Halaman",
    "Isi Konten",
    "Sub Bahasan",
    "Daftar Isi (Klik untuk Lompat)",
    "Daftar Isi Toggle",
    "Lompat ke:",
    "Langsung ke:",
    "Jump to:",
    "In this article",
    "In This Article:",
    "On this page",
    "Daftar Isi +",
    "Daftar Isi ›",
    "Daftar Isi »",
    "▸ Daftar Isi",
    "Daftar Isi Tutup",
    "Daftar Isi Buka",
    "Buka Daftar Isi",
    "Tutup Daftar Isi",
    "Tampilkan Daftar Isi",
    "Lihat Daftar Isi",
    "Isi Postingan",
    "Daftar Isi [ Tampilkan ]",
    "Daftar isi ( sembunyikan )",
    "Konten [tutup]",
    "Contents [show]",
    "Ringkasan ▼",
    "Poin Penting [+]",
    "Highlights [hide]",
]


def test_round5_lone_label_flagged_once_with_its_table(ruleset: Ruleset) -> None:
    items = toc("{i}.")
    text = f"{TITLE}\n\nDaftar Isi [Tampilkan]\n" + "\n".join(items) + f"\n\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == ["Daftar Isi [Tampilkan]", *items]


@pytest.mark.parametrize(
    "line",
    [
        "Daftar isi buku itu memuat dua belas bab tentang sejarah pertanian.",
        "Konten",
        "Ringkasan",
        "Poin Penting",
        "Highlights",
        "Tampilkan Semua Harga",
        "Isi Pasal 28 UUD 1945",
        "Navigasi Kapal Nelayan",
        "Konten Kreator Makin Diminati",
        "Lompat ke Halaman Pendaftaran Beasiswa",
        "Sekilas tentang Pasar Induk Kramat Jati",
        "Ringkasan Eksekutif Laporan Keuangan 2023",
        "Daftar Isian Pelaksanaan Anggaran (DIPA) 2024",
        "Jump to the main story: harga cabai naik lagi.",
        "Konten negatif di media sosial terus diblokir Kominfo.",
        "Poin penting dari putusan MK itu adalah batas usia calon.",
        "Sembunyikan identitas pelapor",
        "Tampilkan data per provinsi",
        "Di halaman ini pengunjung bisa mengecek harga terbaru.",
        "Yang dibahas dalam rapat itu adalah anggaran pasar.",
    ],
)
def test_round5_lines_with_label_words_stay_mid_page(line: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{INTRO}\n{line}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == []
    assert line in clean(text, ruleset, settings).text.split("\n")


def test_round5_label_above_a_list_of_its_own_stays(ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\nYang akan dibahas:\n- jadwal tanam\n- harga pupuk\n{INTRO}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == []


@pytest.mark.parametrize(
    "line",
    [
        "Daftar Isi: " + " | ".join(SECTIONS),
        "Daftar Isi: " + " • ".join(SECTIONS),
        "Baca Cepat: " + " · ".join(SECTIONS),
        "Isi Artikel: " + " / ".join(SECTIONS),
        "Navigasi: " + " » ".join(SECTIONS),
        "Dalam artikel ini: " + " | ".join(list(SECTIONS)[:2]),
        " | ".join(SECTIONS),
        "1. Memilih Benih Cabai | 2. Menyiapkan Media Tanam | 3. Penyiraman dan Pemupukan",
    ],
)
def test_round5_table_of_contents_on_one_line_removed(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{line}\n{INTRO}\n{body()}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n{body()}"


@pytest.mark.parametrize(
    "line",
    [
        "Beranda | Berita | Pertanian | Tips",
        "Kategori: Pertanian | Hortikultura | Tips",
        "Tags: cabai, pot, tanaman",
        "Bahan: tanah | pupuk kandang | sekam bakar",
        "Memilih benih cabai dan menyiapkan media tanam adalah langkah awal yang penting.",
    ],
)
def test_round5_lines_split_by_bars_that_mirror_nothing_stay(line: str, ruleset: Ruleset) -> None:
    text = f"{TITLE}\n\n{INTRO}\n{line}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == []


# --- round 6: labels and switches of other plugins and themes, with counts, suffixes and glyphs ------------

ROUND6_LONE_LABELS = [
    "Daftar Isi [Tampilkan/Sembunyikan]",
    "Daftar Isi (tampilkan)",
    "Daftar Isi 【tampilkan】",
    "DAFTAR ISI ⏷",
    "Daftar Isi 🔽",
    "Daftar Isi hide",
    "daftar isi",
    "📖 Daftar Isi:",
    "📚 Daftar Isi",
    "🗂️ Daftar Isi",
    "Daftar Isi Artikel [Tutup]",
    "Daftar Isi Materi",
    "Isi Tulisan",
    "Table of Content",
    "TABLE OF CONTENTS",
    "Table of contents [show/hide]",
    "Contents [show/hide]",
    "Toggle Table of Contents",
    "Toggle Daftar Isi",
    "Daftar Isi [Toggle]",
    "Navigasi Cepat [Tutup]",
    "Konten [sembunyikan]",
    "Konten ⏷",
    "Konten Toggle",
    "Isi [sembunyikan]",
    "Isi [tampilkan]",
    "Isi Artikel ⬇️",
    "Daftar Isi • Tampilkan",
    "Daftar Isi | Sembunyikan",
    "Daftar Isi: [hide]",
    "Daftar isi (klik untuk tampilkan)",
    "Klik untuk menampilkan daftar isi",
    "Apa Saja yang Akan Dibahas?",
    "Kandungan [Sembunyi]",
    "Isi Kandungan",
    "Daftar Isi[sembunyikan]",
    "Daftar Isi [Lihat]",
    "pindah ke bilah sisi",
    "Toggle the table of contents",
    "Toggle Sejarah subsection",
    "Gulingkan subbagian Sejarah",
    "[+] Daftar Isi",
    "== Daftar Isi ==",
    "**Daftar Isi**",
    "Daftar Isi Halaman Ini",
    "Isi Artikel Ini",
    "Daftar Isi Artikel Ini",
    "Navigasi Isi Artikel",
    "Rangkuman Isi",
    "Ringkasan Isi Artikel",
    "Loncat ke:",
    "Jump to section:",
    "Daftar Isi 1 Tampilkan",
    "Daftar Isi (4 bagian)",
    "Expand Daftar Isi",
    "Ciutkan Daftar Isi",
]


@pytest.mark.parametrize("label", [*ROUND5_LONE_LABELS, *ROUND6_LONE_LABELS])
@pytest.mark.parametrize("where", ["top", "middle"])
def test_lone_label_or_switch_removed(label: str, where: str, ruleset: Ruleset, settings: Settings) -> None:
    # Its entries are gone (the extractor dropped them) or it stands between paragraphs.
    if where == "top":
        text, expected = f"{TITLE}\n\n{label}\n{INTRO}\n{body()}", f"{TITLE}\n\n{INTRO}\n{body()}"
    else:
        text, expected = f"{TITLE}\n\n{INTRO}\n{label}\n{body()}", f"{TITLE}\n\n{INTRO}\n{body()}"
    assert clean(text, ruleset, settings).text == expected


@pytest.mark.parametrize(
    "label",
    ["Table of Content", "Kandungan", "Apa Saja yang Akan Dibahas?", "Konten Toggle", "Isi [tampilkan]"],
)
def test_round6_label_goes_with_its_table(label: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{label}\n" + "\n".join(toc("{i}.")) + f"\n\n{INTRO}\n{body()}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{INTRO}\n{body()}"


@pytest.mark.parametrize(
    "line",
    [
        "Isi",
        "Konten",
        "Kandungan",
        "Isi Surat Edaran Menteri",
        "Konten Lokal Jadi Prioritas",
        "Isi Kandungan Pupuk NPK",
        "Kandungan Gizi Cabai",
        "Kandungan Vitamin C dalam Cabai Rawit",
        "Toggle Switch untuk Lampu Taman",
        "Tampilkan Hasil Panen Terbaik",
        "Tutup Lubang Pot dengan Kerikil",
        "Buka Kemasan Benih dengan Hati-hati",
        "Daftar Isi Ulang Pulsa Murah",
        "Sembunyikan Pot dari Sinar Matahari Langsung",
        "Isi Pot dengan Tanah Gembur",
        "Konten Edukasi Pertanian di Media Sosial",
        "Navigasi GPS untuk Petani",
        "Rangkuman Rapat Kelompok Tani",
        "Isi pot dengan media tanam hingga tiga perempat bagian.",
        "Konten video tentang cara menanam cabai banyak ditonton.",
        "Apa saja yang dibahas dalam rapat itu belum diumumkan.",
        "Daftar 4 Bagian Tanaman Cabai",
    ],
)
def test_round6_lines_with_label_words_stay_mid_page(line: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{INTRO}\n{line}\n{body()}"
    assert flagged(text, ruleset, "table_of_contents") == []
    assert line in clean(text, ruleset, settings).text.split("\n")


@pytest.mark.parametrize(
    "block",
    [
        "Konten\n[tampilkan]",
        "Isi\nToggle",
        "Konten\nToggle",
        "Toggle\nKonten",
        "Ringkasan\n[tutup]",
        "Isi\n[+]",
        "Daftar Isi\n[+]",
        "Daftar Isi\n[Tampilkan]\n[Sembunyikan]",
        "Table of Contents\nToggle",
        "KONTEN [TAMPILKAN]",
        "Isi ▼",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle"])
def test_round6_a_weak_label_with_its_switch_on_the_next_line_removed(
    block: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    if where == "top":
        text, expected = f"{TITLE}\n\n{block}\n{INTRO}\n{body()}", f"{TITLE}\n\n{INTRO}\n{body()}"
    else:
        text, expected = f"{TITLE}\n\n{INTRO}\n{block}\n{body()}", f"{TITLE}\n\n{INTRO}\n{body()}"
    assert clean(text, ruleset, settings).text == expected


@pytest.mark.parametrize(
    "block",
    [
        "Konten\nKonten lokal wajib tayang minimal 10 persen dari total jam siaran.",
        "Isi\nIsi pot dengan tanah gembur lalu siram secukupnya.",
        "Ringkasan\nTanaman cabai butuh sinar matahari penuh dan air yang cukup.",
        "Poin Penting\nSiram tanaman pada pagi hari agar daun tidak layu.",
    ],
)
def test_round6_a_weak_label_over_its_paragraph_stays(
    block: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{INTRO}\n{block}\n{body()}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert block.split("\n")[1] in out
    assert block.split("\n")[0] in out
