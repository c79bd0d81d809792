"""Tables of contents: a list (bulleted or numbered, labelled or not) whose items mirror the
headings that follow it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, line_span
from pipeline.text import line_key

CATEGORY = "table_of_contents"
_LEADING_NUMBERS_RE = re.compile(r"^(?:\d+ )+")
_ITEM_NUMBER_RE = re.compile(r"^(\d{1,3})(?:[.)]|\.\d|\s)")
# A line opened by a section number, as a table of contents prints its entries: `1 Sejarah`, `2.1 Iklim`.
_SECTION_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+\w")


@dataclass(frozen=True)
class Lexicon:
    labels: frozenset[str]
    min_matched_items: int
    min_matched_share: float
    max_extra_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        conf = data["mirrored_list"]
        return cls(
            labels=frozenset(line_key(label) for label in conf["labels"]),
            min_matched_items=conf["min_matched_items"],
            min_matched_share=conf["min_matched_share"],
            max_extra_words=conf["max_extra_words"],
        )


def _bare(key: str) -> str:
    """A line key without section numbering (`2 1 sejarah` -> `sejarah`)."""
    return _LEADING_NUMBERS_RE.sub("", key)


def _number(line: Line) -> int | None:
    """The (first) number of a numbered item: `3. Arsitektur` -> 3, `2.1 Candi Utama` -> 2."""
    m = _ITEM_NUMBER_RE.match(line.text)
    return int(m.group(1)) if m else None


def _is_item(line: Line) -> bool:
    """A list item, or a line numbered like a section (`1 Sejarah`, `2.1 Candi Utama`), as tables of
    contents print their entries."""
    return line.kind is LineKind.LIST_ITEM or (
        line.kind is LineKind.HEADING and bool(_SECTION_NUMBER_RE.match(line.text))
    )


def _list_blocks(page: Page, lex: Lexicon, title_key: str | None) -> Iterator[tuple[int, int]]:
    """(start, end) index ranges of runs of list items; blank lines, copies of the title and TOC
    labels may stand between the items. A numbered item that does not continue the numbering
    (`1.` after `3.`) starts a new run: numbered section headings below a numbered list are not part
    of it."""
    start = None
    last_number: int | None = None
    for line in [*page.lines, None]:
        inside = line is not None and (
            line.kind is LineKind.BLANK
            or _is_item(line)
            or (title_key is not None and line.key == title_key)
            or line.key in lex.labels
        )
        number = _number(line) if line is not None and _is_item(line) else None
        restarts = (
            number is not None and last_number is not None and number not in (last_number, last_number + 1)
        )
        if start is not None and (not inside or restarts):
            yield start, (line.index if line is not None else len(page.lines))
            start, last_number = None, None
        if inside and start is None:
            start = line.index  # type: ignore[union-attr]
        if number is not None:
            last_number = number


def _section_headings(page: Page, after: int) -> set[str]:
    """Keys (without section numbers) of the headings from line `after` on: heading lines, and
    numbered or bulleted lines with a heading's shape that open a section (a paragraph follows)."""
    found = set()
    content = [ln for ln in page.lines[after:] if ln.kind is not LineKind.BLANK]
    for i, line in enumerate(content):
        opens_section = i + 1 < len(content) and content[i + 1].kind is LineKind.PARAGRAPH
        if line.key and (
            line.kind is LineKind.HEADING
            or (line.kind is LineKind.LIST_ITEM and line.is_heading_like and opens_section)
        ):
            found.add(_bare(line.key))
    return found


def _mirrors(item: str, heading: str, max_extra: int) -> bool:
    if item == heading:
        return True
    short, long_ = sorted((item, heading), key=len)
    extra = len(long_.split()) - len(short.split())
    return (
        len(short.split()) >= 2
        and extra <= max_extra
        and (long_.startswith(short + " ") or long_.endswith(" " + short))
    )


def detect_mirrored_lists(page: Page, lex: Lexicon) -> Iterator[Span]:
    """List items (and their `Daftar Isi` label) of a list whose items mirror the headings below it.

    Flags `- Pendahuluan / - Sejarah Candi / - Arsitektur` followed by sections with those headings,
    also when numbered (`1. Pendahuluan`, `2.1 Candi Utama`), when the headings below are numbered
    too, or when a heading below carries a glued keyword;
    leaves a real bullet list (`- Identifikasi Isu: ...`) whose items are not headings of the page.
    """
    title_key = page.title.key if page.title else None
    for start, end in _list_blocks(page, lex, title_key):
        block = page.lines[start:end]
        items = [ln for ln in block if _is_item(ln) and ln.body and ln.key != title_key]
        if len(items) < lex.min_matched_items:
            continue
        headings = _section_headings(page, end)
        matched = [
            item for item in items if any(_mirrors(_bare(item.key), h, lex.max_extra_words) for h in headings)
        ]
        if len(matched) < lex.min_matched_items or len(matched) < lex.min_matched_share * len(items):
            continue
        share = len(matched) / len(items)
        labels: list[Line] = [ln for ln in block if ln.key in lex.labels and not _is_item(ln)]
        for line in sorted([*items, *labels], key=lambda ln: ln.index):
            yield line_span(line, 1.0 if line in matched or line in labels else max(0.5, share))


RULES = (Rule("table_of_contents.mirrored_list.v1", CATEGORY, detect_mirrored_lists),)
