"""The structure of a normalised document: its lines, what kind each line is, and which line is the title.

Rules read a `Page`, never raw strings, so that they agree on what a heading, a list item or the
title is. Offsets are into `Page.text`, the normalised text, and are what flags record.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from pipeline.text import ends_sentence, has_letters, line_key, words

T = TypeVar("T")

# A list marker: bullets, `1.`/`1)`, `a.`/`a)`; a bare marker (`-`) is an empty list item. Also arrows and
# emoji bullets (`➜`, `🔹`, `✅`, with or without an emoji variation selector) and enclosed numbers and
# letters, which may be glued to the item: circled (`①`, `❶`, `➀`, `ⓐ`), parenthesised (`⑴`) or with a
# full stop (`⒈`), keycaps (`1️⃣`, `🔟`) and roman numeral characters (`Ⅱ.`). A circled `c` before a
# year is a copyright sign (`ⓒ 2024`). (`»`, `›`, `→`, `▸` lead the entries of plain tables of contents,
# see `table_of_contents`, and stay text.)
_BULLETS = "-*•·◦▪▫●○■□➢➤►▶✓✔⇒⇨➔➙➛➜➝➞➟➠➡⮕➥➦❯◆◇♦❖★☆✦✧⬥⬦◉◎⦿✗✘☑✅✳❇⭐🔹🔸🔷🔶🟢🔘"
_ENCLOSED = (
    r"(?![ⓒⒸ]\s*\d)[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]"
    r"|[0-9]\ufe0f?\u20e3|\U0001f51f|[\u2160-\u217f]{1,4}(?=[.)\s])"
)
LIST_MARKER_RE = re.compile(
    rf"^(?:(?:[{_BULLETS}]\ufe0f?|\d{{1,3}}[.)]|[a-zA-Z][.)])(?:\s+|$)|(?:{_ENCLOSED})[.)]?(?:\s+|$)?)"
)
_TABLE_SEPARATOR_RE = re.compile(r"^[\s|:+-]+$")
# A line opened by a section number, as a table of contents prints its entries: `2.1 Candi Utama`.
_SECTION_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+\w")

# Shape limits of a heading; a longer line or one that ends a sentence is a paragraph.
MAX_HEADING_WORDS = 20
MAX_HEADING_CHARS = 160
# How far down the page the title may stand.
TITLE_SEARCH_LINES = 40
TITLE_MIN_WORDS = 2
# A paragraph shorter than this does not end the zone where the title is looked for: a cookie notice, an
# assistant's preamble (`Berikut adalah artikel tentang ...`) or a teaser may stand above the headline.
TITLE_ZONE_PARAGRAPH_WORDS = 20
# A heading with an inner sentence end (`Apa Itu Stunting? Ini Penjelasannya`) is still a heading when at
# least this share of its words are capitalised: a headline is title-cased, two sentences are not.
INNER_END_MIN_CAPITALISED = 0.6
# Between candidates alike in every other way, the longer wins (in words with letters, up to this many):
# a headline is longer than the chrome around it.
TITLE_MAX_LENGTH_WORDS = 20
# A site's name after the title (`<title> | Kompas.com`): a separator and at most this many words.
TITLE_MAX_SUFFIX_WORDS = 4
_SITE_SUFFIX_RE = re.compile(r"\s[-|–—·]\s")
# Shapes of page chrome that a headline does not take: a clock time or a date (a dateline), a day
# name with its date, a web address or domain (a byline, a photo credit), a slash between words in capitals
# (`KOMPAS.COM/VINA NASUTION`), the separators of a breadcrumb (`Index | Ekonomi`, `Home >> Berita`).
_CHROME_SHAPE_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC)?\b(?![.,]\d)|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s+\d{1,2}\s+\w+\s+\d{4}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|Des|Dec)[a-z]*\.?\s+\d{4}\b"
    r"|\b\w+\.(?:com|co\.id|id|net|org|tv)\b|https?://|www\.|@\w"
    r"|(?-i:[A-Z]{2,}\s*/\s*[A-Z])|\s(?:[|»›>]|>>)\s",
    re.IGNORECASE,
)
# Words that say nothing about a page's topic, left out when a title candidate's words are looked up in
# the rest of the page (the title is about what the page discusses; chrome and datelines are not).
_FUNCTION_WORDS = frozenset(
    [
        *["yang", "dan", "di", "ke", "dari", "untuk", "bagi", "dengan", "pada", "dalam", "atau", "serta"],
        *["ini", "itu", "adalah", "akan", "juga", "lebih", "tidak", "para", "oleh", "secara", "tentang"],
        *["kian", "hari", "baru", "ada", "apa", "the", "and", "of", "for", "to", "in", "on"],
    ]
)


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
    if stripped[-1] in ".,;…" or (stripped[-1] == ":" and n > 6):
        return False
    capitalised = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
    if _INNER_SENTENCE_END_RE.search(stripped) and capitalised < INNER_END_MIN_CAPITALISED * n:
        # Two sentences on one line; a title-cased headline may hold a question (`Apa Itu X? Ini Y`).
        return False
    if stripped[-1] == "?" and n > 6 and capitalised < n / 2:
        # A question heading is title-cased ("Apa Itu Diplomasi?"); a question sentence is not.
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


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink of an HTML page: its text as it reads in the page's lines, where it points, and the
    line it stands in (empty when it stands in no one line)."""

    text: str
    href: str
    line: str = ""


@dataclass(slots=True)
class Page:
    """A normalised document split into classified lines, with its title located."""

    text: str
    lines: list[Line]
    head_end: int  # index of the first paragraph line: lines before it are the page's head
    tail_start: int  # index just after the last paragraph line: lines from it on are the page's tail
    title_index: int | None
    title_hint: str | None = None
    links: tuple[Link, ...] = ()  # an HTML page's links (text normalised like `text`); none for plain text
    _by_key: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    def memoised(self, key: Any, compute: Callable[[], T]) -> T:
        """`compute()` once per page and key: a scan that several rules and signals share."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def title(self) -> Line | None:
        return None if self.title_index is None else self.lines[self.title_index]

    def indices_with_key(self, key: str) -> list[int]:
        """Indices of lines whose body compares equal to `key` (see `line_key`)."""
        return self._by_key.get(key, [])

    def line_at(self, offset: int) -> Line | None:
        """The line that starts at `offset` in `text`, if any."""
        starts = self.memoised("line_starts", lambda: {line.start: line for line in self.lines})
        return starts.get(offset)

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


def title_zone_end(lines: list[Line]) -> int:
    """Index where the zone the title is looked for ends: at the first paragraph of prose (at least
    `TITLE_ZONE_PARAGRAPH_WORDS` words), at the third paragraph of any length, or at
    `TITLE_SEARCH_LINES`. Short paragraphs above the headline (a cookie notice, an assistant's
    preamble) do not end it, unlike `Page.head_end`.
    """
    seen = 0
    for ln in lines[:TITLE_SEARCH_LINES]:
        if ln.kind is LineKind.PARAGRAPH:
            seen += 1
            if ln.n_words >= TITLE_ZONE_PARAGRAPH_WORDS or seen == 3:
                return ln.index
    return min(len(lines), TITLE_SEARCH_LINES)


def _toc_entry(lines: list[Line], by_key: dict[str, list[int]], line: Line) -> bool:
    """The line looks like an entry of a table of contents printed as plain lines: it is printed again
    below as a heading, and so is a different heading line right above or below it (the entry before
    or after), in the same order. A title printed again below stands among chrome, not among other
    headings printed again in order."""

    def first_copy_below(ln: Line, after: int) -> int | None:
        return next(
            (i for i in by_key.get(ln.key, ()) if i > after and lines[i].kind is LineKind.HEADING), None
        )

    own = first_copy_below(line, line.index)
    if own is None:
        return False
    before = _previous_content(lines, line.index)
    after = _next_content(lines, line.index)
    for neighbour, later in ((before, False), (after, True)):
        if neighbour is None or neighbour.kind is not LineKind.HEADING or neighbour.key == line.key:
            continue
        copy = first_copy_below(neighbour, max(neighbour.index, line.index))
        if copy is not None and (copy > own) == later:
            return True
    return False


def _previous_content(lines: list[Line], index: int) -> Line | None:
    return next((lines[i] for i in range(index - 1, -1, -1) if lines[i].kind is not LineKind.BLANK), None)


def _next_content(lines: list[Line], index: int) -> Line | None:
    return next((lines[i] for i in range(index + 1, len(lines)) if lines[i].kind is not LineKind.BLANK), None)


def _opens_section(lines: list[Line], index: int) -> bool:
    """The next non-blank line after line `index` is content: a paragraph, a list or a table."""
    following = _next_content(lines, index)
    return following is not None and following.kind in (
        LineKind.PARAGRAPH,
        LineKind.LIST_ITEM,
        LineKind.TABLE_ROW,
    )


def _names_one_section(lines: list[Line], by_key: dict[str, list[int]], line: Line, zone_end: int) -> bool:
    """The line is printed once more, below the head, as the heading of a section (a paragraph, a list
    or a table follows it): an entry of a table of contents, bulleted or not. (A title printed again
    below is an SEO heading, repeated before several sections or stacked on their headings.)"""
    below = [i for i in by_key.get(line.key, ()) if i > line.index and lines[i].kind is LineKind.HEADING]
    return len(below) == 1 and below[0] >= zone_end and _opens_section(lines, below[0])


def _title_cased(text: str) -> bool:
    """Most words of three letters or more start with a capital (or a digit)."""
    tokens = [w for w in words(text) if len(w) >= 3]
    return bool(tokens) and sum(w[0].isupper() or w[0].isdigit() for w in tokens) >= 0.6 * len(tokens)


def _chrome_shaped(text: str) -> bool:
    """A dateline, byline, credit or breadcrumb by its shape (see `_CHROME_SHAPE_RE`), a line in capitals
    only, or a word said three times (`Bagikan ke Facebook Bagikan ke X Bagikan ke Email`)."""
    letters = [ch for ch in text if ch.isalpha()]
    shouting = len(letters) >= 8 and all(ch.isupper() for ch in letters)
    counts = Counter(w.casefold() for w in words(text) if len(w) >= 3)
    repeating = bool(counts) and max(counts.values()) >= 3
    return shouting or repeating or bool(_CHROME_SHAPE_RE.search(text))


def _topic_words(key: str) -> set[str]:
    return {w for w in key.split() if len(w) >= 3 and has_letters(w) and w not in _FUNCTION_WORDS}


@dataclass(frozen=True, slots=True)
class _SectionTopics:
    """The words of the page's section headings (headings a paragraph, a list or a table follows) below
    the title zone: a headline's topic recurs in them, the words of chrome (datelines, share widgets,
    bylines) do not. Paragraphs do not count: a long article mentions a month or a network in passing."""

    frequency: Counter[str]
    keys: Counter[str]

    def names_topic(self, line: Line) -> bool:
        """Some of the line's topic words recur in the section headings (copies of the line aside)."""
        same = self.keys[line.key]
        return any(self.frequency[w] > same for w in _topic_words(line.key))


def _section_topics(lines: list[Line], start: int) -> _SectionTopics:
    sections = [ln for ln in lines[start:] if ln.kind is LineKind.HEADING and _opens_section(lines, ln.index)]
    frequency: Counter[str] = Counter(w for ln in sections for w in _topic_words(ln.key))
    return _SectionTopics(frequency, Counter(ln.key for ln in sections))


def find_title(
    lines: list[Line], head_end: int, by_key: dict[str, list[int]], hint: str | None
) -> int | None:
    """Locate the title line, or None.

    The title stands in the page's head (before the first paragraph) and has a heading's shape; when the
    head holds nothing but chrome, short paragraphs above the headline (a cookie notice, an assistant's
    preamble) do not end it (see `title_zone_end`), but a heading right above a paragraph there opens a
    section. A title the input declares (HTML `<h1>`/`<title>`, a record's `title`) wins when a line in
    the first `TITLE_SEARCH_LINES` matches it, whatever its shape. Otherwise the candidates are ranked
    (see `_title_rank`); a line with the shape of chrome is the title only when nothing else is, an
    entry of a table of contents never. The kept
    occurrence is the first that is not a list item (a bulleted copy belongs to a table of contents).
    """

    def candidates_in(zone: list[Line]) -> list[Line]:
        return [ln for ln in zone if ln.is_heading_like and ln.n_words >= TITLE_MIN_WORDS]

    zone = lines[: min(head_end, TITLE_SEARCH_LINES)]
    candidates = candidates_in(zone)
    if all(_chrome_shaped(ln.body) for ln in candidates):
        # Nothing but chrome above the first paragraph: that paragraph may be chrome too. Below it, a
        # headline has chrome after it (a byline, a share widget, a dateline) or its own copy.
        head = len(zone)
        zone = lines[: max(head, title_zone_end(lines))]
        candidates = [
            ln for ln in candidates_in(zone) if ln.index < head or not _opens_section(lines, ln.index)
        ]
    chosen: Line | None = None
    if hint:
        hint_key = line_key(hint)
        declared = [
            ln for ln in lines[:TITLE_SEARCH_LINES] if ln.key == hint_key and ln.n_words >= TITLE_MIN_WORDS
        ]
        chosen = next((ln for ln in declared if ln.is_heading_like), None) or next(
            (ln for ln in candidates if hint_key.startswith(ln.key + " ") and ln.n_words >= 3), None
        )
        if chosen is None and declared and declared[0].kind is LineKind.PARAGRAPH:
            return declared[0].index  # the declared title, too long for a heading's shape
    if chosen is None:
        if not candidates:
            return None
        rank = _title_rank(lines, zone, candidates, by_key)
        chosen = min(candidates, key=rank)
        if rank(chosen)[1]:
            return None  # nothing but entries of a table of contents: the page prints no title
    occurrences = [lines[i] for i in by_key[chosen.key] if lines[i].is_heading_like]
    plain = [ln for ln in occurrences if ln.kind is not LineKind.LIST_ITEM]
    return (plain or occurrences)[0].index


def _title_rank(
    lines: list[Line], zone: list[Line], candidates: list[Line], by_key: dict[str, list[int]]
) -> Callable[[Line], tuple[Any, ...]]:
    """The sort key of title candidates, best first:

    1. not chrome by its shape (a clock time, a date, a web address, a breadcrumb, capitals only:
       `Diterbitkan Rabu, 23 Januari 2020, 09:43 WIB`, `KOMPAS.COM/VINA NASUTION`, `Index | Ekonomi`),
       nor a sentence-case copy of such a line (`Scroll to continue` beside `SCROLL TO CONTINUE`);
    2. not an entry of a table of contents: one of several plain lines printed again below in order
       (`_toc_entry`), or a bulleted or numbered line printed once more below as a section's heading
       (`_names_one_section`);
    3. not another candidate with a site's name after it (`<title> - detikFinance`);
    4. printed most often as a plain heading in the zone: scraped pages print their title several
       times there (an entry of a bulleted table of contents is printed as a list item);
    5. fewer (short) paragraphs above it;
    6. a plain line before a list item;
    7. longer, in words with letters (section numbers do not count): a headline is longer than the
       chrome around it;
    8. its words recur in the section headings below (`Sejarah Banjir Rob` under `Mengenal Banjir
       Rob`);
    9. earlier.
    """
    copies = Counter(ln.key for ln in zone if ln.kind is LineKind.HEADING)
    paragraphs_above, seen = {}, 0
    for ln in zone:
        paragraphs_above[ln.index] = seen
        seen += ln.kind is LineKind.PARAGRAPH
    topics = _section_topics(lines, len(zone))
    shaped = {ln.key for ln in zone if ln.is_heading_like and _chrome_shaped(ln.body)}
    chrome = {
        ln.key
        for ln in candidates
        if _chrome_shaped(ln.body) or (ln.key in shaped and not _title_cased(ln.body))
    }
    toc = {
        ln.key
        for ln in candidates
        if _toc_entry(lines, by_key, ln)
        or (
            (ln.kind is LineKind.LIST_ITEM or _SECTION_NUMBER_RE.match(ln.text))
            and _names_one_section(lines, by_key, ln, len(zone))
        )
    }
    suffixed = {
        ln.key
        for ln in candidates
        if _SITE_SUFFIX_RE.search(ln.body)
        and any(
            o.n_words >= 3
            and ln.key.startswith(o.key + " ")
            and ln.n_words - o.n_words <= TITLE_MAX_SUFFIX_WORDS
            for o in candidates
        )
    }
    return lambda ln: (
        ln.key in chrome,
        ln.key in toc,
        ln.key in suffixed,
        -copies[ln.key],
        paragraphs_above[ln.index],
        ln.kind is LineKind.LIST_ITEM,
        -min(sum(has_letters(w) for w in words(ln.body)), TITLE_MAX_LENGTH_WORDS),
        not topics.names_topic(ln),
        ln.index,
    )


def analyse_page(text: str, title_hint: str | None = None, links: tuple[Link, ...] = ()) -> Page:
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
    return Page(text, lines, head_end, tail_start, title_index, title_hint, links, dict(by_key))
