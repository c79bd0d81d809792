"""Duplicate headings: the title printed again, and headings repeated before every section."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, line_span
from pipeline.rules.table_of_contents import mirrored_heading_runs

CATEGORY = "duplicate_heading"


@dataclass(frozen=True)
class Lexicon:
    max_suffix_words: int
    min_words: int
    min_occurrences_short: int
    min_title_overlap: float
    toc_min_items: int
    toc_max_item_words: int
    toc_max_extra_words: int
    stacked_min_words: int
    stacked_min_share: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        repeated = data["repeated_heading"]
        return cls(
            max_suffix_words=data["title_repeat"]["max_suffix_words"],
            min_words=repeated["min_words"],
            min_occurrences_short=repeated["min_occurrences_short"],
            min_title_overlap=repeated["min_title_overlap"],
            toc_min_items=repeated["toc_min_items"],
            toc_max_item_words=repeated["toc_max_item_words"],
            toc_max_extra_words=repeated["toc_max_extra_words"],
            stacked_min_words=data["stacked_heading"]["min_words"],
            stacked_min_share=data["stacked_heading"]["min_stacked_share"],
        )


def detect_title_repeats(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Every copy of the title other than the one kept, bulleted or not, anywhere in the page;
    in the page's head also the title with a short suffix (`<title> - Kompas.com`).

    Flags the 2nd and 3rd `Sebuah Organisasi ... Melakukan Kerjasama` of a page that prints it thrice;
    leaves a heading that only shares words with the title (`Tujuan Kerjasama ASEAN`).
    """
    title = page.title
    if title is None:
        return
    # A title taken from the first entry of a table of contents goes with the table: the first copy
    # outside it is then the one kept.
    toc, kept = _toc_lines(page, lex), title.index
    if title.index in toc:
        below = page.lines[title.index + 1 :]
        kept = next((ln.index for ln in below if ln.key == title.key and ln.index not in toc), title.index)
    for line in page.lines:
        if line.index in (title.index, kept) or not line.key:
            continue
        if line.key == title.key:
            yield line_span(line)
        elif (
            line.index < page.head_end
            and line.is_heading_like
            and line.key.startswith(title.key + " ")
            and line.n_words - title.n_words <= lex.max_suffix_words
        ):
            yield line_span(line, 0.9)


def _toc_lines(page: Page, lex: Lexicon) -> frozenset[int]:
    """Entries of a table of contents printed as plain lines, mirroring the headings below."""
    return page.memoised(
        ("duplicate_heading.toc_lines", id(lex)),
        lambda: frozenset(
            line.index
            for run in mirrored_heading_runs(
                page, lex.toc_max_extra_words, lex.toc_min_items, lex.toc_max_item_words
            )
            for line in run
        ),
    )


def _repeats(page: Page, lex: Lexicon) -> dict[str, list[Line]]:
    """Heading lines printed more than once (the title's copies aside), by key, in page order. Entries of
    a table of contents printed as plain lines do not count: they mirror the headings below by design,
    and the table goes as a whole (see `table_of_contents.plain_list`), so the section's own heading is
    the copy that stays."""
    title_key = page.title.key if page.title else None
    toc = _toc_lines(page, lex)
    seen: dict[str, list[Line]] = {}
    for line in page.lines:
        if line.kind is LineKind.HEADING and line.key and line.key != title_key and line.index not in toc:
            seen.setdefault(line.key, []).append(line)
    return {key: lines for key, lines in seen.items() if len(lines) >= 2}


def _stacked_on_heading(page: Page, line: Line) -> bool:
    """The next non-blank line is another heading (not a copy of this one, not the title)."""
    following = next(
        (
            page.lines[i]
            for i in range(line.index + 1, len(page.lines))
            if page.lines[i].kind is not LineKind.BLANK
        ),
        None,
    )
    return (
        following is not None
        and following.kind is LineKind.HEADING
        and following.key != line.key
        and following.index != page.title_index
    )


def _is_seo_repeat(page: Page, lex: Lexicon, key: str, copies: list[Line]) -> bool:
    """What `detect_repeated_headings` flags: a heading of enough words (or a short one printed often)
    that, on a page with a title, is mostly the title's words."""
    if copies[0].n_words < lex.min_words and len(copies) < lex.min_occurrences_short:
        return False
    if page.title is None:
        return True
    title_words = set(page.title.key.split())
    heading_words = key.split()
    return sum(w in title_words for w in heading_words) / len(heading_words) >= lex.min_title_overlap


def detect_repeated_headings(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Headings that recur: the first stays, the later copies are flagged.

    Flags the 2nd..9th `Panduan Lengkap Investasi Emas` placed before each section of `Panduan Lengkap
    Investasi Emas untuk Pemula`;
    leaves two `Penutup` headings, list items that repeat (they are content, not headings), a
    subheading that every section repeats (`Kelebihan dan Kekurangan`) when it is not the title's words,
    and the section's own heading when a plain table of contents printed it first.
    """
    for key, copies in _repeats(page, lex).items():
        if _is_seo_repeat(page, lex, key, copies):
            for line in copies[1:]:
                yield line_span(line)


def detect_stacked_headings(page: Page, lex: Lexicon) -> Iterator[Span]:
    """A heading printed before the sections' own headings, again and again (an SEO heading stacked on
    each section): every copy but the first, when the copies stand directly above another heading.

    Flags the 2nd and 3rd `Panas Bumi: Contoh Panas Bumi dalam Kehidupan` standing above `Solusi yang
    Ditawarkan`, `Upaya yang Sudah Dilakukan` and `Akhir Kata` (its words are not mostly the title's);
    leaves a subheading each section repeats over its own paragraph (`Kelebihan dan Kekurangan`), and
    short headings (`Video`, `Foto Terkait`) stacked on others.
    """
    for key, copies in _repeats(page, lex).items():
        if copies[0].n_words < lex.stacked_min_words or _is_seo_repeat(page, lex, key, copies):
            continue
        stacked = [ln for ln in copies if _stacked_on_heading(page, ln)]
        if len(stacked) >= 2 and len(stacked) >= lex.stacked_min_share * len(copies):
            for line in copies[1:]:
                yield line_span(line)


RULES = (
    Rule("duplicate_heading.title_repeat.v1", CATEGORY, detect_title_repeats),
    Rule("duplicate_heading.repeated_heading.v1", CATEGORY, detect_repeated_headings),
    Rule("duplicate_heading.stacked_heading.v1", CATEGORY, detect_stacked_headings),
)
