"""Duplicate headings: the title printed again, and headings repeated before every section."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import LineKind, Page
from pipeline.rules.base import Rule, Span, line_span

CATEGORY = "duplicate_heading"


@dataclass(frozen=True)
class Lexicon:
    max_suffix_words: int
    min_words: int
    min_occurrences_short: int
    min_title_overlap: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        return cls(
            max_suffix_words=data["title_repeat"]["max_suffix_words"],
            min_words=data["repeated_heading"]["min_words"],
            min_occurrences_short=data["repeated_heading"]["min_occurrences_short"],
            min_title_overlap=data["repeated_heading"]["min_title_overlap"],
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
    for line in page.lines:
        if line.index == title.index or not line.key:
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


def detect_repeated_headings(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Headings that recur: the first stays, the later copies are flagged.

    Flags the 2nd..9th `Panduan Lengkap Investasi Emas` placed before each section of `Panduan Lengkap
    Investasi Emas untuk Pemula`;
    leaves two `Penutup` headings, list items that repeat (they are content, not headings), and a
    subheading that every section repeats (`Kelebihan dan Kekurangan`) when it is not the title's words.
    """
    title_key = page.title.key if page.title else None
    title_words = set(title_key.split()) if title_key else set()
    seen: dict[str, list[int]] = {}
    for line in page.lines:
        if line.kind is LineKind.HEADING and line.key and line.key != title_key:
            seen.setdefault(line.key, []).append(line.index)
    for key, indices in seen.items():
        if len(indices) < 2:
            continue
        first = page.lines[indices[0]]
        if first.n_words < lex.min_words and len(indices) < lex.min_occurrences_short:
            continue
        heading_words = key.split()
        overlap = sum(w in title_words for w in heading_words) / len(heading_words)
        if title_key is not None and overlap < lex.min_title_overlap:
            continue
        for index in indices[1:]:
            yield line_span(page.lines[index])


RULES = (
    Rule("duplicate_heading.title_repeat.v1", CATEGORY, detect_title_repeats),
    Rule("duplicate_heading.repeated_heading.v1", CATEGORY, detect_repeated_headings),
)
