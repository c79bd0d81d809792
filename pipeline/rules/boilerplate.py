"""Boilerplate: page chrome that survived scraping (share widgets, counters, glyphs, navigation,
related-article links, bylines, breadcrumbs, labels above the title)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, line_span
from pipeline.text import is_symbol_only, line_key, words

CATEGORY = "boilerplate"
_NUMBER_RE = re.compile(r"\d(?:[\d.,]*\d)?")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Lines of these kinds can be chrome; list items and table rows are content structures.
_LOOSE_KINDS = (LineKind.HEADING, LineKind.FRAGMENT, LineKind.PARAGRAPH)


@dataclass(frozen=True)
class Lexicon:
    share_anchors: frozenset[str]
    share_platforms: frozenset[str]
    share_words: frozenset[str]
    share_max_words: int
    counter_words: frozenset[str]
    counter_number_re: re.Pattern[str]
    counter_max_words: int
    navigation_lines: frozenset[str]
    navigation_section_lines: frozenset[str]
    chrome_label_re: re.Pattern[str]  # a label that may stand without a colon (`Baca juga`)
    chrome_colon_re: re.Pattern[str]  # any label followed by a colon (`Baca juga:`, `Foto:`)
    chrome_max_words: int
    head_label_max_words: int
    head_label_score: float
    breadcrumb_split_re: re.Pattern[str]
    breadcrumb_min_separators: int
    breadcrumb_max_segment_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        share, counter, prefix = data["share_widget"], data["counter"], data["chrome_prefix"]
        suffixes = "|".join(re.escape(s) for s in sorted(counter["number_suffixes"], key=len, reverse=True))
        labels = compile_phrases(prefix["labels"]).pattern.removeprefix("(?<!\\w)")
        colon_labels = compile_phrases(prefix["labels_with_colon"]).pattern.removeprefix("(?<!\\w)")
        crumb = data["breadcrumb"]
        separators = "|".join(
            [rf"\s*{re.escape(s)}\s*" for s in crumb["separators"]]
            + [rf"\s+{re.escape(s)}\s+" for s in crumb["spaced_separators"]]
        )
        return cls(
            share_anchors=frozenset(line_key(w) for w in share["anchors"]),
            share_platforms=frozenset(line_key(w) for w in share["platforms"]),
            share_words=frozenset(line_key(w) for w in share["words"]),
            share_max_words=share["max_words"],
            counter_words=frozenset(line_key(w) for w in counter["words"]),
            counter_number_re=re.compile(rf"(?<!\w)\d(?:[\d.,]*\d)?\s*(?:{suffixes})?(?!\w)", re.IGNORECASE),
            counter_max_words=counter["max_words"],
            navigation_lines=frozenset(line_key(w) for w in data["navigation"]["lines"]),
            navigation_section_lines=frozenset(line_key(w) for w in data["navigation"]["section_lines"]),
            chrome_label_re=re.compile(rf"^(?:{labels})", re.IGNORECASE),
            chrome_colon_re=re.compile(rf"^(?:{labels}|{colon_labels})\s*:", re.IGNORECASE),
            chrome_max_words=prefix["max_words"],
            head_label_max_words=data["head_label"]["max_words"],
            head_label_score=data["head_label"]["score"],
            breadcrumb_split_re=re.compile(separators),
            breadcrumb_min_separators=data["breadcrumb"]["min_separators"],
            breadcrumb_max_segment_words=data["breadcrumb"]["max_segment_words"],
        )


def _next_content_line(page: Page, line: Line) -> Line | None:
    return next((ln for ln in page.lines[line.index + 1 :] if ln.kind is not LineKind.BLANK), None)


def _opens_section(page: Page, line: Line) -> bool:
    """True when a paragraph follows the line: it is the heading of a section."""
    following = _next_content_line(page, line)
    return following is not None and following.kind is LineKind.PARAGRAPH


def detect_share_widgets(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines made only of share-button words.

    Flags `Sebarkan artikel ini`, `Bagikan:`, `Share: Facebook Twitter WhatsApp`;
    leaves `Bagikan Pengalaman Anda Bersama Kami` (a heading with other words) and `WhatsApp` heading
    a paragraph about WhatsApp.
    """
    buttons = lex.share_anchors | lex.share_platforms
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            continue
        tokens = line.key.split()
        if (
            0 < len(tokens) <= lex.share_max_words
            and any(t in buttons for t in tokens)
            and all(t in buttons or t in lex.share_words for t in tokens)
        ):
            if len(tokens) == 1 and tokens[0] in lex.share_platforms and _opens_section(page, line):
                continue
            yield line_span(line)


def detect_counters(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that are one view/comment/share count: a number with at most a few counter words.

    Flags `71`, `1.245`, `1,2rb`, `Dilihat 87 kali`, `87 views`, `12 Komentar`;
    leaves a year alone on a line (`2004`), `12,5 13,1` (two numbers: a table row) and `12 Januari 2024`.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or len(_NUMBER_RE.findall(line.text)) != 1:
            continue
        rest = words(lex.counter_number_re.sub(" ", line.text))
        if len(rest) > lex.counter_max_words or any(line_key(t) not in lex.counter_words for t in rest):
            continue
        if not rest and _YEAR_RE.fullmatch(line.text.strip()):
            continue  # a year alone on a line is usually a timeline heading, not a counter
        yield line_span(line)


def detect_symbol_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines with no letter or digit (close glyphs, decorations) and list items with nothing else.

    Flags `×`, `☰`, `***`, `* * *`, `• • •`, a bare `-` bullet; leaves table separator rows (`---|---|`).
    """
    for line in page.lines:
        symbols = line.kind is LineKind.FRAGMENT and is_symbol_only(line.text)
        if symbols or (line.kind is LineKind.LIST_ITEM and is_symbol_only(line.body)):
            yield line_span(line)


def detect_navigation_labels(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Whole lines that are interface labels (navigation, ads notices, load/scroll prompts).

    Flags `ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`, `Beranda`, `Berita Terkait`, and
    `Rekomendasi` above a list of links;
    leaves any line with more words than the label (`Beranda kami terbuka untuk umum.`) and a
    `Rekomendasi` section heading followed by its paragraph.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            continue
        if line.key in lex.navigation_lines or (
            line.key in lex.navigation_section_lines and not _opens_section(page, line)
        ):
            yield line_span(line)


def detect_chrome_prefixes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that open with a chrome label: related links, tag lists, bylines, photo credits.

    Flags `Baca Juga: Harga Cabai Naik Lagi`, `BACA JUGA : ...`, `Baca juga Harga Cabai Naik Lagi`,
    `Tags: ekonomi, pasar`, `Editor: Budi`, `Oleh: Andi Saputra`, `Kategori: Olahraga`,
    `Posted on 12 Juni 2024 by admin`;
    leaves `Baca buku ini pelan-pelan agar paham.`, `Foto keluarga itu dipajang di ruang tamu.` and
    `Baca juga petunjuk pada kemasan sebelum meminum obat.` (a sentence, not a linked headline).
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.n_words > lex.chrome_max_words:
            continue
        if lex.chrome_colon_re.match(line.text):
            yield line_span(line)
            continue
        label = lex.chrome_label_re.match(line.text)
        if label and _reads_as_headline(line.text[label.end() :]):
            yield line_span(line)


def _reads_as_headline(rest: str) -> bool:
    """What follows a label without a colon: nothing, or a linked headline (capitalised, no full stop)."""
    rest = rest.strip(" -–—|»›>")
    if not rest:
        return True
    first = next((ch for ch in rest if ch.isalnum()), "")
    return (first.isupper() or first.isdigit()) and rest[-1] not in ".,;"


def detect_head_labels(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Short lines above the title: category or section labels printed before the headline.

    Flags `Guru` in `Guru / <title> / <body>`; leaves short headings below the title (`Penutup`).
    """
    if page.title_index is None:
        return
    title_key = page.lines[page.title_index].key
    for line in page.lines[: page.title_index]:
        short = 0 < line.n_words <= lex.head_label_max_words
        if line.kind in (LineKind.HEADING, LineKind.FRAGMENT) and short and line.key != title_key:
            yield line_span(line, lex.head_label_score)


def detect_breadcrumbs(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Breadcrumb trails: short segments joined by `»`, `›`, `>` or `/`.

    Flags `Beranda » Berita » Nasional`, `Home > News > Politik`, `Home / Berita / Hukum`;
    leaves `Harga naik 5% / tahun` (one separator), `Jadwal: Senin/Rabu/Jumat` and `12/01/2024` (a
    slash without spaces joins words, not segments) and long sentences with slashes.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.n_words > 3 * lex.breadcrumb_max_segment_words:
            continue
        segments = lex.breadcrumb_split_re.split(line.text.strip())
        if len(segments) - 1 < lex.breadcrumb_min_separators:
            continue
        if all(
            seg and len(words(seg)) <= lex.breadcrumb_max_segment_words and seg[-1] not in ".!?"
            for seg in segments
        ):
            yield line_span(line)


RULES = (
    Rule("boilerplate.share_widget.v1", CATEGORY, detect_share_widgets),
    Rule("boilerplate.counter.v1", CATEGORY, detect_counters),
    Rule("boilerplate.symbol_line.v1", CATEGORY, detect_symbol_lines),
    Rule("boilerplate.navigation.v1", CATEGORY, detect_navigation_labels),
    Rule("boilerplate.chrome_prefix.v1", CATEGORY, detect_chrome_prefixes),
    Rule("boilerplate.head_label.v1", CATEGORY, detect_head_labels),
    Rule("boilerplate.breadcrumb.v1", CATEGORY, detect_breadcrumbs),
)
