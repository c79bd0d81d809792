"""HTML to text lines: what is kept as lines, what is dropped, and the title hint."""

from __future__ import annotations

import time
import warnings

import pytest

from pipeline.extract import html_to_text


def lines(html: str) -> list[str]:
    return html_to_text(html).text.split("\n")


def test_headings_paragraphs_lists_tables_become_lines() -> None:
    html = """<html><body><article>
      <h1>Harga Beras Naik</h1>
      <p>Harga beras di pasar <b>tradisional</b> naik <a href="#">minggu ini</a>.</p>
      <h2>Penyebab</h2>
      <ul><li>Musim kemarau</li><li>Ongkos <i>angkut</i></li></ul>
      <ol><li>Pertama</li></ol>
      <table>
        <tr><th>Jenis</th><th>Harga</th></tr>
        <tr><td>Medium</td><td>Rp12.000</td></tr>
      </table>
      <p>Paragraf<br>dengan baris baru.</p>
    </article></body></html>"""
    assert lines(html) == [
        "Harga Beras Naik",
        "Harga beras di pasar tradisional naik minggu ini.",
        "Penyebab",
        "- Musim kemarau",
        "- Ongkos angkut",
        "- Pertama",
        "Jenis | Harga",
        "Medium | Rp12.000",
        "Paragraf",
        "dengan baris baru.",
    ]


def test_table_cells_are_joined_without_trailing_separator() -> None:
    html = "<table><tr><td>a</td><td>b</td><td>c</td></tr></table>"
    assert lines(html) == ["a | b | c"]


def test_table_empty_inner_cell_keeps_its_place() -> None:
    html = "<table><tr><td></td><td>a</td><td> </td><td>c</td><td></td></tr></table>"
    assert lines(html) == ["a | | c"]


def test_table_cell_with_paragraphs_stays_on_its_row() -> None:
    html = "<table><tr><td><p>Medium</p></td><td>Rp12.000<br>per kg</td></tr></table>"
    assert lines(html) == ["Medium | Rp12.000 per kg"]


def test_layout_table_keeps_the_article_paragraphs_as_lines() -> None:
    long_paragraph = "Harga beras di pasar tradisional naik lagi minggu ini. " * 6
    html = (
        "<table><tr><td><h1>Judul Artikel</h1>"
        f"<p>{long_paragraph}</p><p>Paragraf kedua.</p></td><td>Sidebar</td></tr></table>"
    )
    result = html_to_text(html)
    assert result.text.split("\n") == ["Judul Artikel", long_paragraph.strip(), "Paragraf kedua.", "Sidebar"]
    assert result.title_hint == "Judul Artikel"


def test_pre_keeps_its_line_breaks() -> None:
    assert lines("<pre>baris satu\nbaris dua\n\nbaris empat</pre><p>sesudah</p>") == [
        "baris satu",
        "baris dua",
        "baris empat",
        "sesudah",
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        "<script>var iklan = 'SCRIPT';</script>",
        "<style>.x { content: 'STYLE'; }</style>",
        "<nav><a href='/'>NAV Beranda</a></nav>",
        "<header>HEADER Logo</header>",
        "<footer>FOOTER Hak cipta</footer>",
        "<aside>ASIDE Berita terkait</aside>",
        "<form><label>FORM Cari</label><input value='x'><button>Kirim</button></form>",
        "<noscript>NOSCRIPT Aktifkan JavaScript</noscript>",
        "<iframe>IFRAME</iframe>",
    ],
)
def test_page_chrome_is_dropped(chrome: str) -> None:
    text = html_to_text(f"<body><p>Isi artikel.</p>{chrome}<p>Penutup.</p></body>").text
    assert text == "Isi artikel.\nPenutup."


@pytest.mark.parametrize(
    "hidden",
    [
        "<p hidden>RAHASIA</p>",
        '<p hidden="hidden">RAHASIA</p>',
        '<div style="display:none">RAHASIA</div>',
        '<div style="color: red; DISPLAY : none;">RAHASIA</div>',
        '<span style="visibility: hidden">RAHASIA</span>',
        '<div style="display:none"><p>RAHASIA <b>dalam</b></p></div>',
        '<div aria-hidden="true">RAHASIA</div>',
    ],
)
def test_hidden_elements_are_dropped(hidden: str) -> None:
    text = html_to_text(f"<p>Tampak satu.</p>{hidden}<p>Tampak dua.</p>").text
    assert "RAHASIA" not in text
    assert text == "Tampak satu.\nTampak dua."


def test_visible_styles_are_kept() -> None:
    html = '<p style="color:red">Merah</p><p style="display:block">Blok</p>'
    assert lines(html) == ["Merah", "Blok"]


def test_comments_doctype_and_cdata_are_not_text() -> None:
    html = (
        "<!DOCTYPE html><html><body><p>Satu<!-- KOMENTAR --> dua</p>"
        "<!--[if IE]><p>KOMENTAR IE</p><![endif]--><p>tiga</p></body></html>"
    )
    text = html_to_text(html).text
    assert "KOMENTAR" not in text
    assert "DOCTYPE" not in text
    assert text == "Satu dua\ntiga"


def test_entities_are_decoded() -> None:
    assert html_to_text("<p>caf&eacute; &amp; teh &#8220;manis&#8221;</p>").text == "café & teh “manis”"


def test_title_hint_from_h1() -> None:
    html = (
        '<html><head><title>Judul Tab | Situs</title><meta property="og:title" content="Judul OG">'
        "</head><body><h1>Judul <em>Artikel</em></h1><p>Isi.</p></body></html>"
    )
    assert html_to_text(html).title_hint == "Judul Artikel"


def test_title_hint_from_og_title_without_h1() -> None:
    html = (
        '<html><head><title>Judul Tab | Situs</title><meta property="og:title" content="Judul  OG">'
        "</head><body><p>Isi.</p></body></html>"
    )
    assert html_to_text(html).title_hint == "Judul OG"


def test_title_hint_from_title_without_site_name() -> None:
    html = "<html><head><title>Harga Beras Naik Lagi | Kabar Desa</title></head><body><p>x</p></body></html>"
    assert html_to_text(html).title_hint == "Harga Beras Naik Lagi"
    html = "<html><head><title>Harga Beras Naik Lagi</title></head><body><p>x</p></body></html>"
    assert html_to_text(html).title_hint == "Harga Beras Naik Lagi"


def test_no_title_hint() -> None:
    assert html_to_text("<p>Hanya paragraf.</p>").title_hint is None


def test_title_hint_skips_h1_in_dropped_or_hidden_elements() -> None:
    html = (
        '<head><meta property="og:title" content="Judul OG"></head>'
        "<header><h1>Logo Situs</h1></header><nav><h1>Menu</h1></nav><h1 hidden>Tersembunyi</h1>"
        "<p>Isi.</p>"
    )
    assert html_to_text(html).title_hint == "Judul OG"
    html = '<nav><h1>Menu</h1></nav><h1>Judul <span style="display:none">X</span>Asli</h1><p>Isi.</p>'
    assert html_to_text(html).title_hint == "Judul Asli"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Satu <b>dua<p>Tiga</i> <div>empat<li>lima</ul></table> enam", ["Satu dua", "Tiga", "empat"]),
        ("<html><body><p>tanpa penutup", ["tanpa penutup"]),
        ("</p></div>hanya penutup</span>", ["hanya penutup"]),
        # an unclosed attribute quote swallows the rest, as in a browser: no crash, the text before stays
        ("<p>atribut <a href='x>rusak</a> lagi</p><p>sesudah</p>", ["atribut"]),
        ("<<<>>> <p>teks</p>", ["teks"]),
        ("hanya teks tanpa tag", ["hanya teks tanpa tag"]),
    ],
)
def test_broken_html_does_not_raise_and_keeps_text(html: str, expected: list[str]) -> None:
    text = html_to_text(html).text
    for piece in expected:
        assert piece in text


def test_empty_and_whitespace_html() -> None:
    assert html_to_text("").text == ""
    assert html_to_text("   \n ").text == ""
    assert html_to_text("<html><body></body></html>").text == ""


def test_xhtml_and_url_like_markup_raise_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert html_to_text('<?xml version="1.0"?><html><body><p>x</p></body></html>').text == "x"
        assert html_to_text("https://example.com/berita").text == "https://example.com/berita"


@pytest.mark.parametrize("tag", ["div", "span", "b", "li", "td", "section", "blockquote", "table"])
def test_5000_deep_nesting_completes_and_keeps_its_text(tag: str) -> None:
    depth = 5000
    html = (
        "<html><body>"
        + f"<{tag}>lapis " * depth
        + "INTI"
        + f"</{tag}>" * depth
        + "<p>Paragraf akhir.</p></body></html>"
    )
    start = time.perf_counter()
    text = html_to_text(html).text
    assert time.perf_counter() - start < 5
    assert "INTI" in text
    assert "Paragraf akhir." in text
    assert text.count("lapis") == depth


def test_5000_unclosed_divs() -> None:
    text = html_to_text("<div>" * 5000 + "INTI").text
    assert text == "INTI"


def test_unclosed_title_does_not_swallow_the_page() -> None:
    html = "<html><head><title>Judul Tab | Situs</head><body><h1>Judul Artikel</h1><p>Isi artikel.</p>"
    result = html_to_text(html)
    assert result.text == "Judul Artikel\nIsi artikel."
    assert result.title_hint == "Judul Artikel"
    html = "<title>Hanya Judul Tab | Situs<p>Isi artikel.</p>"
    result = html_to_text(html)
    assert (result.text, result.title_hint) == ("Isi artikel.", "Hanya Judul Tab")


def test_closed_title_with_angle_text_after_it_is_left_alone() -> None:
    html = "<title>Judul</title><p>a &lt; b dan <b>tebal</b></p>"
    assert html_to_text(html).text == "a < b dan tebal"


def test_links_are_kept_with_their_address_and_line() -> None:
    html = (
        "<h1>Judul</h1><p>Warga  membaca <a href='https://contoh.id/a'>berita  desa</a> setiap pagi.</p>"
        "<p><a href='/tag/desa'>Desa</a></p><p><a>tanpa alamat</a> dan <a href=''>kosong</a></p>"
    )
    extracted = html_to_text(html)
    assert [(link.text, link.href, link.line) for link in extracted.links] == [
        ("berita desa", "https://contoh.id/a", "Warga membaca berita desa setiap pagi."),
        ("Desa", "/tag/desa", "Desa"),
    ]
