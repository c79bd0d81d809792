"""The decision step (which flags remove text) and the removal itself."""

from __future__ import annotations

from pipeline.apply import apply_removals, decide, merge_spans
from pipeline.clean import DocumentCleaner
from pipeline.config import DecisionSettings, Settings
from pipeline.normalise import normalise_text
from pipeline.page import analyse_page
from pipeline.rules.base import Flag
from schemas import RawDocument


def _flag(text: str, piece: str, rule: str = "boilerplate.test.v1", score: float = 1.0) -> Flag:
    start = text.index(piece)
    return Flag(rule, rule.split(".")[0], start, start + len(piece), score)


def test_merge_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]
    assert merge_spans([]) == []


def test_decide_threshold_and_kept_categories() -> None:
    flags = [
        Flag("boilerplate.a.v1", "boilerplate", 0, 1, 0.9),
        Flag("boilerplate.b.v1", "boilerplate", 2, 3, 0.3),
        Flag("placeholder.c.v1", "placeholder", 4, 5, 1.0),
    ]
    decided = decide(flags, DecisionSettings(min_score=0.5, keep_categories=["placeholder"]))
    assert [d.action for d in decided] == ["removed", "kept", "kept"]


def test_whole_line_removal_takes_the_line_break() -> None:
    text = "Judul Artikel Ini\nBagikan:\nParagraf pertama yang panjang di sini.\nParagraf kedua."
    page = analyse_page(text)
    out = apply_removals(page, [_flag(text, "Bagikan:")])
    assert out.text == "Judul Artikel Ini\nParagraf pertama yang panjang di sini.\nParagraf kedua."
    assert out.title == "Judul Artikel Ini"


def test_inline_removal_tidies_spaces_and_punctuation() -> None:
    text = "Ia datang ke sini (catatan perlu diverifikasi), lalu pulang. Kalimat lain tetap."
    page = analyse_page(text)
    out = apply_removals(page, [_flag(text, " (catatan perlu diverifikasi)")])
    assert out.text == "Ia datang ke sini, lalu pulang. Kalimat lain tetap."


def test_untouched_lines_are_kept_exactly_and_blank_runs_collapse() -> None:
    text = "Paragraf satu yang cukup panjang untuk jadi paragraf.\n\n71\n\nParagraf dua , spasi aneh."
    page = analyse_page(text)
    out = apply_removals(page, [_flag(text, "71")])
    assert out.text == "Paragraf satu yang cukup panjang untuk jadi paragraf.\n\nParagraf dua , spasi aneh."


def test_title_reads_first_even_if_something_unflagged_stood_above_it() -> None:
    text = (
        "- Judul Berita Yang Panjang Sekali\nlabel kecil\nJudul Berita Yang Panjang Sekali\n"
        "Isi berita ada di sini dan panjang."
    )
    page = analyse_page(text)
    assert page.title is not None and page.title.index == 2  # the plain copy, not the bullet
    out = apply_removals(page, [_flag(text, "- Judul Berita Yang Panjang Sekali")])
    assert out.text.split("\n")[0] == "Judul Berita Yang Panjang Sekali"
    assert out.text.count("Judul Berita Yang Panjang Sekali") == 1


def test_a_kept_category_is_recorded_but_not_removed(tmp_path) -> None:
    body = (
        "Pemerintah daerah membangun jalan baru untuk warga desa di lereng gunung. Pekerjaan dimulai "
        "bulan lalu dan ditargetkan selesai sebelum musim hujan. Warga ikut bergotong royong menyiapkan "
        "batu dan pasir, sementara kontraktor membawa alat berat dari kota. Menurut kepala desa, jalan "
        "ini akan memperpendek waktu tempuh ke pasar kecamatan dari dua jam menjadi empat puluh menit."
    )
    tail = (
        "Anak-anak juga tidak perlu lagi berjalan kaki melewati sungai untuk sampai ke sekolah. Dinas "
        "pekerjaan umum berjanji memeriksa mutu aspal secara berkala agar jalan tidak cepat rusak."
    )
    text = normalise_text(f"Judul Berita Pembangunan Jalan Desa\n{body} pengeluaran hk {tail}")
    raw = RawDocument(source="a.txt", content=text, content_type="text", raw_sha256="0" * 64)
    removed = DocumentCleaner(Settings()).clean(raw)
    kept = DocumentCleaner(Settings(decision={"keep_categories": ["injected_spam"]})).clean(raw)
    assert removed.kept is not None and "pengeluaran hk" not in removed.kept.text
    assert kept.kept is not None and "pengeluaran hk" in kept.kept.text
    assert [(f.rule, f.action) for f in kept.flags] == [("injected_spam.inline_phrase.v1", "kept")]
    assert [(f.rule, f.action) for f in removed.flags] == [("injected_spam.inline_phrase.v1", "removed")]


def test_a_link_to_the_trades_site_in_an_html_page_is_cleaned_from_its_line() -> None:
    # The page's links reach the rules through extraction: the link's words are in no lexicon.
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Pemerintah daerah membangun jalan baru untuk warga desa di lereng gunung. Pekerjaan dimulai "
            "bulan lalu dan ditargetkan selesai sebelum musim hujan, kata kepala desa kepada wartawan.",
            "Menurut kepala desa, jalan ini akan memperpendek waktu tempuh ke pasar kecamatan dari dua jam "
            "menjadi empat puluh menit, sehingga hasil panen bisa dijual lebih cepat dan lebih murah.",
            "Anak-anak juga tidak perlu lagi berjalan kaki melewati sungai untuk sampai ke sekolah. Dinas "
            "pekerjaan umum berjanji memeriksa mutu aspal secara berkala agar jalan tidak cepat rusak.",
        )
    )
    linked = '<a href="https://petir99.com">bandar casino live dealer</a>'
    html = (
        f"<html><body><h1>Judul Berita Pembangunan Jalan Desa</h1>{paragraphs}"
        f"<p>Warga ikut bergotong royong {linked} menyiapkan batu dan pasir, sementara kontraktor membawa "
        "alat berat dari kota.</p></body></html>"
    )
    raw = RawDocument(source="a.html", content=html, content_type="html", raw_sha256="0" * 64)
    outcome = DocumentCleaner(Settings()).clean(raw)
    assert outcome.kept is not None
    assert "Warga ikut bergotong royong menyiapkan batu dan pasir" in outcome.kept.text
    assert "casino" not in outcome.kept.text
