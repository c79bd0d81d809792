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


def _list_blocks(page: Page, lex: Lexicon, title_key: str | None) -> Iterator[tuple[int, int]]:
    """(start, end) index ranges of runs of list items; blank lines, copies of the title and TOC
    labels may stand between the items."""
    start = None
    for line in [*page.lines, None]:
        inside = line is not None and (
            line.kind in (LineKind.LIST_ITEM, LineKind.BLANK)
            or (title_key is not None and line.key == title_key)
            or line.key in lex.labels
        )
        if inside and start is None:
            start = line.index  # type: ignore[union-attr]
        elif not inside and start is not None:
            yield start, (line.index if line is not None else len(page.lines))
            start = None


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
    also when numbered (`1. Pendahuluan`) or when a heading below carries a glued keyword;
    leaves a real bullet list (`- Identifikasi Isu: ...`) whose items are not headings of the page.
    """
    title_key = page.title.key if page.title else None
    for start, end in _list_blocks(page, lex, title_key):
        block = page.lines[start:end]
        items = [ln for ln in block if ln.kind is LineKind.LIST_ITEM and ln.body and ln.key != title_key]
        if len(items) < lex.min_matched_items:
            continue
        headings = {_bare(ln.key) for ln in page.lines[end:] if ln.kind is LineKind.HEADING and ln.key}
        matched = [
            item for item in items if any(_mirrors(_bare(item.key), h, lex.max_extra_words) for h in headings)
        ]
        if len(matched) < lex.min_matched_items or len(matched) < lex.min_matched_share * len(items):
            continue
        share = len(matched) / len(items)
        labels: list[Line] = [
            ln for ln in block if ln.key in lex.labels and ln.kind is not LineKind.LIST_ITEM
        ]
        for line in sorted([*items, *labels], key=lambda ln: ln.index):
            yield line_span(line, 1.0 if line in matched or line in labels else max(0.5, share))


RULES = (Rule("table_of_contents.mirrored_list.v1", CATEGORY, detect_mirrored_lists),)
