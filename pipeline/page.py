"""The structure of a normalised document: its lines, what kind each line is, and which line is the title.

Rules read a `Page`, never raw strings, so that they agree on what a heading, a list item or the
title is. Offsets are into `Page.text`, the normalised text, and are what flags record.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from pipeline.text import ends_sentence, has_letters, line_key, words

# A list marker: bullets, `1.`/`1)`, `a.`/`a)`; a bare marker (`-`) is an empty list item.
LIST_MARKER_RE = re.compile(r"^(?:[-*•·◦▪▫●○■□➢➤►▶✓✔]|\d{1,3}[.)]|[a-zA-Z][.)])(?:\s+|$)")
_TABLE_SEPARATOR_RE = re.compile(r"^[\s|:+-]+$")

# Shape limits of a heading; a longer line or one that ends a sentence is a paragraph.
MAX_HEADING_WORDS = 20
MAX_HEADING_CHARS = 160
# How far down the page the title may stand.
TITLE_SEARCH_LINES = 40
TITLE_MIN_WORDS = 2


class LineKind(StrEnum):
    BLANK = "blank"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    FRAGMENT = "fragment"  # short text that is neither heading nor sentence; numbers and glyphs


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int
    end: int
    text: str
    kind: LineKind
    body: str  # the text without a list marker
    key: str  # line_key(body): how lines are compared
    n_words: int

    @property
    def is_heading_like(self) -> bool:
        """A heading, or a list item whose body has a heading's shape (as in a table of contents)."""
        return self.kind is LineKind.HEADING or (
            self.kind is LineKind.LIST_ITEM and _heading_shape(self.body)
        )


_INNER_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]*\s+[A-Z]")


def _heading_shape(text: str) -> bool:
    """Short, starts with a capital or a digit, does not end like a sentence or a clause."""
    if not text or not has_letters(text):
        return False
    tokens = words(text)
    n = len(tokens)
    if n == 0 or n > MAX_HEADING_WORDS or len(text) > MAX_HEADING_CHARS:
        return False
    stripped = text.rstrip()
    if stripped[-1] in ".,;…" or (stripped[-1] == ":" and n > 6) or _INNER_SENTENCE_END_RE.search(stripped):
        return False
    if stripped[-1] == "?" and n > 6:
        # A question heading is title-cased ("Apa Itu Diplomasi?"); a question sentence is not.
        capitalised = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
        if capitalised < n / 2:
            return False
    first = next((ch for ch in stripped if ch.isalnum()), "")
    return first.isupper() or first.isdigit()


def classify_line(text: str) -> tuple[LineKind, str]:
    """Return the kind of a (stripped) line and its body (text without a list marker).

    >>> classify_line("- Ringkasan Akhir")
    (<LineKind.LIST_ITEM: 'list_item'>, 'Ringkasan Akhir')
    >>> classify_line("Kesehatan | Meningkatkan akses |")[0], classify_line("2023 |")[0]
    (<LineKind.TABLE_ROW: 'table_row'>, <LineKind.TABLE_ROW: 'table_row'>)
    >>> classify_line("71")[0], classify_line("Penutup")[0], classify_line("Ia pergi ke pasar pagi ini.")[0]
    (<LineKind.FRAGMENT: 'fragment'>, <LineKind.HEADING: 'heading'>, <LineKind.PARAGRAPH: 'paragraph'>)
    """
    if not text:
        return LineKind.BLANK, ""
    pipes = text.count("|")
    if pipes >= 2 or (pipes == 1 and (_TABLE_SEPARATOR_RE.match(text) or text.endswith(" |"))):
        # A one-cell row (`2023 |`) ends with the cell separator the extractor puts after every cell.
        return LineKind.TABLE_ROW, text
    marker = LIST_MARKER_RE.match(text)
    if marker:
        return LineKind.LIST_ITEM, text[marker.end() :].strip()
    if not has_letters(text):
        return LineKind.FRAGMENT, text
    if _heading_shape(text):
        return LineKind.HEADING, text
    if len(words(text)) >= 6 or ends_sentence(text):
        return LineKind.PARAGRAPH, text
    return LineKind.FRAGMENT, text


@dataclass(slots=True)
class Page:
    """A normalised document split into classified lines, with its title located."""

    text: str
    lines: list[Line]
    head_end: int  # index of the first paragraph line: lines before it are the page's head
    tail_start: int  # index just after the last paragraph line: lines from it on are the page's tail
    title_index: int | None
    title_hint: str | None = None
    _by_key: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @property
    def title(self) -> Line | None:
        return None if self.title_index is None else self.lines[self.title_index]

    def indices_with_key(self, key: str) -> list[int]:
        """Indices of lines whose body compares equal to `key` (see `line_key`)."""
        return self._by_key.get(key, [])

    def content_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.kind is not LineKind.BLANK]


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        kind, body = classify_line(raw)
        lines.append(Line(index, pos, pos + len(raw), raw, kind, body, line_key(body), len(words(body))))
        pos += len(raw) + 1
    return lines


def find_title(
    lines: list[Line], head_end: int, by_key: dict[str, list[int]], hint: str | None
) -> int | None:
    """Locate the title line, or None.

    The title stands in the page's head (before the first paragraph) and has a heading's shape.
    A title the input declares (HTML `<h1>`/`<title>`, a record's `title`) wins when a head line
    matches it. Otherwise the line printed most often as a plain (unbulleted) line in the head wins:
    scraped pages print their title several times there, while an entry of a table of contents is
    printed once as a list item and once more as the heading of its section, which may stand in the
    head too; copies further down do not count. Then a plain line wins over a list item, then the
    longer one (in words with letters, so section numbers do not count), then the earlier one. The
    kept occurrence is the first that is not a list item (a bulleted copy belongs to a table of contents).
    """
    head = [ln for ln in lines[: min(head_end, TITLE_SEARCH_LINES)] if ln.is_heading_like]
    candidates = [ln for ln in head if ln.n_words >= TITLE_MIN_WORDS]
    if not candidates:
        return None
    chosen: Line | None = None
    if hint:
        hint_key = line_key(hint)
        chosen = next((ln for ln in candidates if ln.key == hint_key), None) or next(
            (ln for ln in candidates if hint_key.startswith(ln.key) and ln.n_words >= 3), None
        )
    if chosen is None:
        in_head = Counter(ln.key for ln in lines[:head_end] if ln.kind is LineKind.HEADING)
        chosen = min(
            candidates,
            key=lambda ln: (
                -in_head[ln.key],
                ln.kind is LineKind.LIST_ITEM,
                -min(sum(has_letters(w) for w in words(ln.body)), 4),
                ln.index,
            ),
        )
    occurrences = [lines[i] for i in by_key[chosen.key] if lines[i].is_heading_like]
    plain = [ln for ln in occurrences if ln.kind is not LineKind.LIST_ITEM]
    return (plain or occurrences)[0].index


def analyse_page(text: str, title_hint: str | None = None) -> Page:
    """Split normalised text into a `Page`.

    >>> page = analyse_page("Judul Berita Hari Ini\\n\\nIsi berita yang panjang dan lengkap ini ada di sini.")
    >>> page.title.text, page.head_end
    ('Judul Berita Hari Ini', 2)
    """
    lines = split_lines(text)
    by_key: dict[str, list[int]] = defaultdict(list)
    for ln in lines:
        if ln.key:
            by_key[ln.key].append(ln.index)
    paragraphs = [ln.index for ln in lines if ln.kind is LineKind.PARAGRAPH]
    head_end = paragraphs[0] if paragraphs else len(lines)
    tail_start = paragraphs[-1] + 1 if paragraphs else len(lines)
    title_index = find_title(lines, head_end, by_key, title_hint)
    return Page(text, lines, head_end, tail_start, title_index, title_hint, dict(by_key))
