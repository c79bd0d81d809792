"""Tables of contents: a list (bulleted or numbered, labelled or not) whose items mirror the
headings that follow it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, line_span
from pipeline.text import line_key

CATEGORY = "table_of_contents"
# A word naming the unit before a section number: `Bab 1: Sejarah`, `Bagian 2 – Iklim`, `Langkah 3. Panen`.
_UNIT_WORDS = r"(?:bab|sub bab|subbab|bagian|part|chapter|langkah|step|sesi|tahap|poin|no|nomor)"
_LEADING_NUMBERS_RE = re.compile(rf"^(?:{_UNIT_WORDS} )?(?:\d+ )+")
_ITEM_NUMBER_RE = re.compile(r"^\(?(\d{1,3})(?:[.)]|\.\d|\s)")
# A line opened by a section number, as a table of contents prints its entries: `1 Sejarah`, `2.1 Iklim`,
# `1 – Sejarah`, `(2) Iklim`, `II. Kisah Warga`, `iv. Penutup`. (Subsection numbers have one or two
# digits: `67.402 views` is a counter, not section 67.402.) Entries led by a glyph (`» Sejarah`) are plain
# entries: their keys equal the headings', and `duplicate_heading` leaves the section heading a plain
# table printed first.
_SECTION_NUMBER_RE = re.compile(
    rf"^(?:(?i:{_UNIT_WORDS})\s+(?=\d))?"
    r"(?:\d{1,3}(?:\.\d{1,2})*\.?|\(\d{1,3}\)|[IVX]{1,4}[.)]|[ivx]{1,4}[.)])(?:\s*[-–—:])?\s+\w"
)
# A count beside a label (`Daftar Isi (4 bagian)`, `Daftar Isi 1 Tampilkan`), left out of its key.
_COUNT_RE = re.compile(
    r"(?:^| )\d{1,3}(?: (?:bagian|bab|poin|topik|subbab|sections?|items?|entries))?(?= |$)"
)
# A roman section number opening a key (`ii kisah warga`), left out like an arabic one.
_LEADING_ROMAN_RE = re.compile(r"^(?:[ivx]{1,4} )(?=\w)")


@dataclass(frozen=True)
class Lexicon:
    labels: frozenset[str]
    toggle_words: frozenset[str]
    min_matched_items: int
    min_matched_share: float
    max_extra_words: int
    plain_min_items: int
    plain_min_items_unlabelled: int
    plain_max_item_words: int
    label_cue_re: re.Pattern[str]
    max_label_words: int
    lone_labels: frozenset[str]
    weak_labels: frozenset[str]
    switch_glyphs: tuple[str, ...]
    bare_switches: frozenset[str]
    lone_max_words: int
    label_suffixes: tuple[str, ...]  # `ini`, `halaman ini`: after a label (`Isi Artikel Ini`)
    switch_line_re: re.Pattern[str]  # a wiki's switch of one section (`Toggle Sejarah subsection`)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        conf = data["mirrored_list"]
        plain = data["plain_list"]
        return cls(
            labels=frozenset(line_key(label) for label in conf["labels"]),
            toggle_words=frozenset(line_key(word) for word in conf["toggle_words"]),
            min_matched_items=conf["min_matched_items"],
            min_matched_share=conf["min_matched_share"],
            max_extra_words=conf["max_extra_words"],
            plain_min_items=plain["min_items"],
            plain_min_items_unlabelled=plain["min_items_unlabelled"],
            plain_max_item_words=plain["max_item_words"],
            label_cue_re=compile_phrases(conf["label_cues"]),
            max_label_words=int(conf["max_label_words"]),
            lone_labels=frozenset(line_key(label) for label in data["lone_label"]["labels"]),
            weak_labels=frozenset(line_key(label) for label in data["lone_label"]["weak_labels"]),
            switch_glyphs=tuple(data["lone_label"]["switch_glyphs"]),
            bare_switches=frozenset(line_key(w) for w in data["lone_label"]["bare_switches"]),
            lone_max_words=int(data["lone_label"]["max_words"]),
            label_suffixes=tuple(
                sorted(
                    (" " + line_key(s) for s in data["lone_label"]["label_suffixes"]), key=len, reverse=True
                )
            ),
            switch_line_re=re.compile(
                "|".join(f"(?:{p})" for p in data["lone_label"]["switch_lines"]), re.IGNORECASE
            ),
        )

    def switched(self, line: Line) -> bool:
        """The line holds a show/hide switch: a toggle word or one of `switch_glyphs`."""
        return any(w in self.toggle_words for w in line.key.split()) or any(
            g in line.text for g in self.switch_glyphs
        )

    def lone_label(self, line: Line) -> bool:
        """A label of a table of contents, or its switch, standing alone (see `[lone_label]`)."""
        key = _COUNT_RE.sub(" ", line.key).strip()  # `Daftar Isi (4 bagian)`: the count aside
        if not key or line.kind is LineKind.TABLE_ROW or len(key.split()) > self.lone_max_words:
            return False
        body = line.text.strip().rstrip(":").rstrip()
        if body.endswith("?") and key in self.lone_labels:
            return True  # `Apa Saja yang Akan Dibahas?`
        if body.endswith((".", "!", "?", ",")):
            return False  # a sentence (`Sembunyikan jawabannya.`)
        if self.switch_line_re.fullmatch(key):
            return True  # `Toggle Sejarah subsection`, `Gulingkan subbagian Sejarah`
        for suffix in self.label_suffixes:
            if key.endswith(suffix) and key[: -len(suffix)] in self.lone_labels:
                return True  # `Daftar Isi Halaman Ini`
        if key in self.lone_labels or (key in self.bare_switches and line.n_words <= 2):
            return True
        tokens = key.split()
        kept = [w for w in tokens if w not in self.toggle_words]
        if not kept:
            return bool(re.fullmatch(r"[\[(]\s*\w+(?:\s*/\s*\w+)?\s*[\])]", body))  # `[Tampilkan]`
        rest = " ".join(kept)
        if rest in self.lone_labels:
            return True  # `Daftar Isi [Tampilkan]`, `Sembunyikan Daftar Isi`
        return rest in self.weak_labels and self.switched(line)

    def switch_only(self, line: Line) -> bool:
        """A line that is a show/hide switch and nothing else: `[tampilkan]`, `Toggle`, `[+]`, `▼`."""
        body = line.text.strip()
        if not body or line.n_words > 2:
            return False
        if body in self.switch_glyphs:
            return True
        tokens = line.key.split()
        return bool(tokens) and all(w in self.toggle_words for w in tokens)

    def weak_label(self, line: Line) -> bool:
        """One of `weak_labels` alone (`Konten`, `Isi`, `Ringkasan`), which heads a section as often."""
        body = line.text.strip().rstrip(":").rstrip()
        return bool(body) and body[-1] not in ".!?," and line.key in self.weak_labels

    def is_label(self, line: Line) -> bool:
        """A line introducing a table of contents: `Daftar Isi`, `Isi Konten`, with or without a toggle
        (`Daftar Isi [tampilkan]`, `Daftar Isi Toggle`, `Sembunyikan Daftar Isi`) or a colon."""
        if not line.key or line.kind in (LineKind.PARAGRAPH, LineKind.TABLE_ROW):
            return False
        if line.key in self.labels:
            return True
        kept = [w for w in line.key.split() if w not in self.toggle_words]
        return len(kept) < len(line.key.split()) and " ".join(kept) in self.labels

    def is_cued_label(self, line: Line, title_key: str | None) -> bool:
        """A short line with a label cue (`Pada Artikel Ini`, `APA SAJA YANG DIBAHAS?`, `Lompat ke:`), to
        be taken as a label when it stands right above a list that mirrors the headings below."""
        return (
            line.kind in (LineKind.HEADING, LineKind.FRAGMENT, LineKind.PARAGRAPH)
            and bool(line.key)
            and line.key != title_key
            and 0 < line.n_words <= self.max_label_words
            and not line.text.rstrip().endswith((".", "!"))
            and bool(self.label_cue_re.search(line.text))
        )


def _bare(key: str) -> str:
    """A line key without section numbering (`2 1 sejarah` -> `sejarah`, `ii kisah` -> `kisah`)."""
    return _LEADING_ROMAN_RE.sub("", _LEADING_NUMBERS_RE.sub("", key), count=1)


def _next_content(page: Page, index: int) -> Line | None:
    """The nearest non-blank line below line `index`."""
    for line in page.lines[index + 1 :]:
        if line.kind is not LineKind.BLANK:
            return line
    return None


# The glyph an entry of a plain table of contents opens with (`~ `, `» `, `– `): no headline does.
_ENTRY_GLYPH_RE = re.compile(r"^[~»›–—>*•·◦▪▸▹►▶➤➢→-]+\s")


def _title_key(page: Page) -> str | None:
    """The key of the page's title, which a table of contents never lists; None when the title the page
    chose is an entry of the table: numbered (`1 – Sejarah` followed by `2 – Sejarah`), or opened by the
    glyph of the entries next to it (`~ Tantangan` between `~ Keunikan` and `~ Latar Belakang`). A page
    whose text starts with its table of contents has no title above it."""
    title = page.title
    if title is None:
        return None
    below = _next_content(page, title.index)
    number = _number(title)
    if number is not None and below is not None and _number(below) == number + 1:
        return None
    glyph = _ENTRY_GLYPH_RE.match(title.text)
    if glyph:
        above = _previous_content(page, title.index)
        if any(ln is not None and ln.text.startswith(glyph.group()) for ln in (above, below)):
            return None  # `~ Tantangan` between `~ Keunikan` and `~ Latar Belakang`
    return title.key


def _number(line: Line) -> int | None:
    """The (first) number of a numbered item: `3. Arsitektur` -> 3, `2.1 Candi Utama` -> 2."""
    m = _ITEM_NUMBER_RE.match(line.text)
    return int(m.group(1)) if m else None


# A numbered line the page took for a paragraph is an entry still when it is short and ends no sentence
# (`IV. Pelajaran dari Bengkulu, makalah investasi emas doc`, a keyword glued to it).
_MAX_NUMBERED_ENTRY_WORDS = 14


def _is_item(line: Line) -> bool:
    """A list item, or a line numbered like a section (`1 Sejarah`, `2.1 Candi Utama`), as tables of
    contents print their entries."""
    if line.kind is LineKind.LIST_ITEM:
        return True
    if line.kind in (LineKind.PARAGRAPH, LineKind.FRAGMENT):  # `ii. Iklim` opens in lowercase: a fragment
        return (
            line.n_words <= _MAX_NUMBERED_ENTRY_WORDS
            and not line.text.rstrip().endswith((".", "!", ":", ";", ","))
            and bool(_SECTION_NUMBER_RE.match(line.text))
        )
    return line.kind is LineKind.HEADING and bool(_SECTION_NUMBER_RE.match(line.text))


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
            or lex.is_label(line)
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


def _section_number(line: Line) -> str:
    """The section number a line opens with, as a key (`2.1 Candi Utama` -> `2 1`), or ``."""
    m = _LEADING_NUMBERS_RE.match(line_key(line.text))
    return (
        m.group().split(" ", 1)[-1].strip()
        if m and not m.group()[0].isdigit()
        else (m.group().strip() if m else "")
    )


def _shorter_forms(key: str, max_extra: int) -> list[str]:
    """The key's first and last words (two at least, `max_extra` fewer at most): what a table of
    contents entry may print of a heading that carries a glued keyword, or the reverse."""
    tokens = key.split()
    forms = []
    for n in range(max(2, len(tokens) - max_extra), len(tokens)):
        forms += [" ".join(tokens[:n]), " ".join(tokens[-n:])]
    return forms


class _SectionHeadings:
    """The page's section headings: heading lines, and numbered or bulleted lines with a heading's shape
    that open a section (a paragraph follows). Answers, for an entry, whether a heading from some line
    on mirrors it: equal, or one the other plus at most `max_extra` words at either end; under the same
    section number a one-word entry may stand for a longer heading (`1. Pengertian` for `1. Pengertian
    Inflasi`). Built once per page; each question costs a few dictionary lookups."""

    def __init__(self, page: Page, max_extra: int) -> None:
        self.max_extra = max_extra
        self.last: dict[str, int] = {}  # key (without section numbers) -> last line index
        self.last_shorter: dict[str, int] = {}  # a shorter form of a key -> last line index
        self.last_numbered: dict[tuple[str, str], int] = {}  # (section number, first words) -> index
        content = [ln for ln in page.lines if ln.kind is not LineKind.BLANK]
        for i, line in enumerate(content):
            opens_section = i + 1 < len(content) and content[i + 1].kind is LineKind.PARAGRAPH
            if not line.key or not (
                line.kind is LineKind.HEADING
                or (line.kind is LineKind.LIST_ITEM and line.is_heading_like and opens_section)
            ):
                continue
            key = _bare(line.key)
            self.last[key] = line.index
            for form in _shorter_forms(key, max_extra):
                self.last_shorter[form] = line.index
            number = _section_number(line)
            tokens = key.split()
            for n in range(1, len(tokens)) if number else ():
                self.last_numbered[(number, " ".join(tokens[:n]))] = line.index

    def mirror(self, item: Line, start: int) -> bool:
        """A heading from line `start` on mirrors the entry `item`."""
        entry = _bare(item.key)
        if self.mirror_key(entry, start):
            return True
        number = _section_number(item)
        return bool(number) and self.last_numbered.get((number, entry), -1) >= start

    def mirror_key(self, entry: str, start: int) -> bool:
        """A heading from line `start` on mirrors the entry whose key (without numbers) is `entry`."""
        if self.last.get(entry, -1) >= start or self.last_shorter.get(entry, -1) >= start:
            return True
        return any(self.last.get(form, -1) >= start for form in _shorter_forms(entry, self.max_extra))


# Entries of a table of contents printed on one line: `Daftar Isi: Sejarah | Iklim | Penutup`.
_ONE_LINE_SPLIT_RE = re.compile(r"\s+[|•·›»/;~–—]\s+|\s*\|\s*")
_ONE_LINE_LABEL_RE = re.compile(r"^\W*(?P<label>[^:|•·]{1,40}?)\s*[:：]\s*")


def _one_line_tocs(page: Page, lex: Lexicon, taken: set[int]) -> Iterator[Span]:
    """A table of contents on one line: at least three entries (two after a label) split by bars,
    bullets or slashes, most of them mirroring the headings below (`Daftar Isi: Sejarah | Iklim |
    Penutup`)."""
    headings: _SectionHeadings | None = None
    for line in page.lines:
        if line.kind is LineKind.BLANK or line.index in taken or len(line.text) > 400:
            continue
        text = line.text.strip()
        label = _ONE_LINE_LABEL_RE.match(text)
        labelled = bool(label) and (
            line_key(label.group("label")) in lex.lone_labels
            or bool(lex.label_cue_re.search(label.group("label")))
        )
        parts = [p for p in _ONE_LINE_SPLIT_RE.split(text[label.end() :] if labelled else text) if p.strip()]
        if len(parts) < (2 if labelled else 3):
            continue
        headings = headings or _SectionHeadings(page, lex.max_extra_words)
        matched = sum(headings.mirror_key(_bare(line_key(p)), line.index + 1) for p in parts)
        if matched >= 2 and matched >= lex.min_matched_share * len(parts):
            yield line_span(line)


def _previous_content(page: Page, index: int) -> Line | None:
    """The nearest non-blank line above line `index`."""
    for i in range(index - 1, -1, -1):
        if page.lines[i].kind is not LineKind.BLANK:
            return page.lines[i]
    return None


def detect_mirrored_lists(page: Page, lex: Lexicon) -> Iterator[Span]:
    """List items (and their `Daftar Isi` label) of a list whose items mirror the headings below it.

    Flags `- Pendahuluan / - Sejarah Candi / - Arsitektur` followed by sections with those headings,
    also when numbered (`1. Pendahuluan`, `2.1 Candi Utama`, `1 – Pendahuluan`, `II. Sejarah`), when the
    headings below are numbered too, or when a heading below carries a glued keyword, with the label
    above it in any wording that has a label cue (`Pada Artikel Ini`, `APA SAJA YANG DIBAHAS?`);
    leaves a real bullet list (`- Identifikasi Isu: ...`) whose items are not headings of the page.
    """
    title_key = _title_key(page)
    headings: _SectionHeadings | None = None
    for start, end in _list_blocks(page, lex, title_key):
        # A label standing just above the list belongs to it, though a line before it ended another run.
        above = _previous_content(page, start)
        cued = None
        if above is not None and (lex.is_label(above) or lex.is_cued_label(above, title_key)):
            start, cued = above.index, above.index
        block = page.lines[start:end]
        items = [ln for ln in block if _is_item(ln) and ln.body and ln.key != title_key]
        if len(items) < lex.min_matched_items:
            continue
        headings = headings or _SectionHeadings(page, lex.max_extra_words)
        matched = [item for item in items if headings.mirror(item, end)]
        if len(matched) < lex.min_matched_items or len(matched) < lex.min_matched_share * len(items):
            continue
        share = len(matched) / len(items)
        labels: list[Line] = [
            ln for ln in block if (lex.is_label(ln) or ln.index == cued) and not _is_item(ln)
        ]
        matched_at, label_at = {ln.index for ln in matched}, {ln.index for ln in labels}
        for line in sorted([*items, *labels], key=lambda ln: ln.index):
            sure = line.index in matched_at or line.index in label_at
            yield line_span(line, 1.0 if sure else max(0.5, share))


def mirrored_heading_runs(
    page: Page, max_extra_words: int, min_items: int, max_item_words: int, lex: Lexicon | None = None
) -> Iterator[list[Line]]:
    """Runs of at least `min_items` plain (unbulleted) heading lines, one after the other, each of which
    mirrors a heading further below: a table of contents printed without list markers. Blank lines,
    copies of the title and (with `lex`) labels may stand between the entries; any other line ends a
    run, and so does an entry printed again (the first section's own heading right after the table).
    """
    title_key = _title_key(page)
    runs: list[list[Line]] = []
    run: list[Line] = []
    in_run: set[str] = set()
    for line in page.lines:
        if (
            line.kind is LineKind.BLANK
            or (title_key is not None and line.key == title_key)
            or (lex is not None and lex.is_label(line))
        ):
            continue
        glyph = _ENTRY_GLYPH_RE.match(line.text)
        same_glyph = bool(glyph and run and run[-1].text.startswith(glyph.group()))
        if not same_glyph and any(
            entry in in_run for entry in _mirrored_entries(_bare(line.key), max_extra_words)
        ):
            # An entry again (maybe with a glued keyword): the table has ended, its first section begins.
            # (Not when led by the entries' glyph: `▸ Peran Pemerintah Daerah` after `▸ Peran Pemerintah`.)
            runs.append(run)
            run, in_run = [], set()
        if line.kind is LineKind.HEADING and 0 < line.n_words <= max_item_words and not _is_item(line):
            run.append(line)  # (numbered entries, `2.1 Candi Utama`, are the mirrored list's)
            in_run.add(_bare(line.key))
        else:
            runs.append(run)
            run, in_run = [], set()
    runs.append(run)
    candidates = [run for run in runs if len(run) >= min_items]
    if not candidates:
        return
    # Every heading line, by each entry it would mirror: in page order.
    mirrored_by: dict[str, list[int]] = {}
    for ln in page.lines:
        if ln.kind is LineKind.HEADING and ln.key:
            for entry in _mirrored_entries(_bare(ln.key), max_extra_words):
                mirrored_by.setdefault(entry, []).append(ln.index)
    for run in candidates:
        # Entries mirror the headings below in order: each entry's first copy below the run comes after
        # the previous entry's. The heading may carry a glued keyword, but is not shorter than the entry.
        stretch: list[Line] = []
        previous = -1
        for line in [*run, None]:
            hit = None
            if line is not None:
                indices = mirrored_by.get(_bare(line.key), [])
                k = bisect_right(indices, run[-1].index)
                hit = indices[k] if k < len(indices) else None
            if hit is None or hit <= previous:
                if len(stretch) >= min_items:
                    yield stretch
                stretch, previous = [], -1
            if hit is not None:
                stretch.append(line)  # type: ignore[arg-type]
                previous = hit


def _mirrored_entries(heading: str, max_extra: int) -> list[str]:
    """The plain entries a heading mirrors: itself, and (when it may carry a glued keyword of at most
    `max_extra` words) its first words, two at least (`memilih benih cabai` for `memilih benih cabai
    cara menanam cabai`)."""
    tokens = heading.split()
    shortest = max(2, len(tokens) - max_extra)
    return [heading, *(" ".join(tokens[:n]) for n in range(shortest, len(tokens)))] if tokens else []


def detect_plain_lists(page: Page, lex: Lexicon) -> Iterator[Span]:
    """A table of contents printed as plain lines: short lines one after the other, each mirroring a
    heading below, with their label (`Isi Konten`, `Daftar Isi Toggle`) if any.

    Flags `Isi Konten / Pelajaran dari Jawa Tengah / Mengapa Batik Tulis Penting?` above sections with
    those headings in that order, with or without the label;
    leaves an SEO heading stacked on a section's own heading (`Stunting: Sejarah Stunting / Sejarah
    Singkat Stunting`), where the section heading mirrors nothing below, lines printed again below in
    another order, and the headings below the table (they are the sections).
    """
    taken: set[int] = set()
    for stretch in mirrored_heading_runs(
        page, lex.max_extra_words, lex.plain_min_items, lex.plain_max_item_words, lex
    ):
        first = stretch[0].index
        above = _previous_content(page, first)
        title_key = _title_key(page)
        label = (
            above
            if above is not None and (lex.is_label(above) or lex.is_cued_label(above, title_key))
            else None
        )
        inner = [ln for ln in page.lines[first : stretch[-1].index] if lex.is_label(ln)]
        if not (label or inner) and len(stretch) < lex.plain_min_items_unlabelled:
            continue
        for line in sorted([*([label] if label else []), *inner, *stretch], key=lambda ln: ln.index):
            taken.add(line.index)
            yield line_span(line)
    # A label or a switch left alone (`Daftar Isi [Tampilkan]` with its entries gone) goes too.
    by_start = {ln.start: ln.index for ln in page.lines}
    taken.update(by_start.get(start, -1) for start, _, _ in detect_mirrored_lists(page, lex))
    for span in _one_line_tocs(page, lex, taken):
        taken.add(by_start.get(span[0], -1))
        yield span
    yield from _lone_labels(page, lex, taken)


def _lone_labels(page: Page, lex: Lexicon, taken: set[int]) -> Iterator[Span]:
    """A table of contents' label or show/hide switch alone on its line, its entries gone or apart (lines
    in `taken` went with their table already). Above a list that mirrors nothing only a label with a
    switch goes (`Yang akan dibahas:` above its list is the writer's)."""
    title = page.title
    for line in page.lines:
        if (
            line.kind is LineKind.BLANK
            or line.index in taken
            or (title is not None and line.index == title.index)
        ):
            continue
        if not lex.lone_label(line):
            # `Konten` / `[tampilkan]`: a weak label goes with a switch on the line next to it
            around = [_previous_content(page, line.index), _next_content(page, line.index)]
            if (lex.weak_label(line) and any(ln is not None and lex.switch_only(ln) for ln in around)) or (
                lex.switch_only(line)
                and any(ln is not None and (lex.weak_label(ln) or lex.lone_label(ln)) for ln in around)
            ):
                yield line_span(line)  # `[+]` under `Daftar Isi`
            continue
        after = _next_content(page, line.index)
        if after is not None and after.kind is LineKind.LIST_ITEM and not lex.switched(line):
            continue
        yield line_span(line)


RULES = (
    Rule("table_of_contents.mirrored_list.v1", CATEGORY, detect_mirrored_lists),
    Rule("table_of_contents.plain_list.v1", CATEGORY, detect_plain_lists),
)
