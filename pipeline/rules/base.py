"""What a rule is and what it emits. Rules detect; they never edit text (see `pipeline.apply`)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.page import Line, Page


@dataclass(frozen=True, slots=True)
class Flag:
    """A span of `Page.text` that a rule considers noise, with the rule's confidence."""

    rule: str
    category: str
    start: int
    end: int
    score: float = 1.0


# What a detector yields: (start, end, score) in `Page.text` offsets. The rule stamps its id on it.
Span = tuple[int, int, float]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named detector: `detect(page, lexicon)` yields Spans, which become Flags carrying the rule's id.

    `id` is stable and versioned (`<category>.<name>.v<N>`): flags carry it, editors' verdicts refer
    to it, and a change in what the rule flags bumps N.
    """

    id: str
    category: str
    detect: Callable[[Page, Any], Iterable[Span]]
    # A fallback rule's flags count only where the other rules have not already flagged the span
    # (see `Ruleset.detect`): it adds what they miss, without listing a line twice.
    fallback: bool = False

    def flags(self, page: Page, lexicon: Any) -> list[Flag]:
        return [
            Flag(self.id, self.category, start, end, score)
            for start, end, score in self.detect(page, lexicon)
        ]

    @property
    def description(self) -> str:
        return (self.detect.__doc__ or "").strip()


@dataclass(frozen=True, slots=True)
class Signal:
    """A named document-level measure a category contributes (`measure(page, lexicon)` -> float),
    such as the share of a page covered by spam phrases. Signals flag nothing themselves: the
    document filters decide on them, and every value is kept in the `signals` table."""

    name: str
    measure: Callable[[Page, Any], float]


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same characters.

    >>> merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)])
    [(0, 4), (5, 10)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def line_span(line: Line, score: float = 1.0) -> Span:
    """A span covering a whole line."""
    return (line.start, line.end, score)


def _trie_pattern(phrases: list[str]) -> str:
    """A regex matching any of `phrases`, shaped as a trie: `slot gacor|slot demo` becomes
    `slot\\s+(?:demo|gacor)`. Python's `re` tries every branch of a flat alternation at every position
    of the text; in a trie each position costs one branch per character that matches, which makes a
    lexicon of hundreds of phrases about as cheap as one. Longer phrases are tried first."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def render(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + render(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def literal_alternation(items: Iterable[str]) -> str:
    """The regex source of an alternation of literal strings, longest first (so `>>` wins over `>`),
    to embed in a larger pattern.

    >>> literal_alternation([">", ">>", "»"])
    '>>|>|»'
    """
    return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))


def compile_phrases(phrases: Iterable[str], *, whole_line: bool = False) -> re.Pattern[str]:
    """One case-insensitive pattern over lexicon phrases, longest match first, on word boundaries.

    Spaces inside a phrase match any run of spaces. An empty lexicon gives a pattern that never matches.

    >>> bool(compile_phrases(["baca juga"]).search("BACA  JUGA: harga cabai"))
    True
    >>> bool(compile_phrases(["slot"]).search("slotnya"))
    False
    >>> compile_phrases(["slot gacor", "slot gacor hari ini", "toto"]).search("Slot gacor hari ini!").group()
    'Slot gacor hari ini'
    """
    alternatives = sorted({" ".join(p.casefold().split()) for p in phrases if p.strip()})
    if not alternatives:
        return re.compile(r"(?!x)x")
    body = _trie_pattern(alternatives)
    if whole_line:
        return re.compile(rf"^(?:{body})$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def iter_lines(page: Page, *kinds: Any) -> Iterator[Line]:
    """Lines of the page, optionally only of the given kinds."""
    for line in page.lines:
        if not kinds or line.kind in kinds:
            yield line


def read_table(path: Path) -> tuple[list[str], Iterator[list[str]]]:
    """A (gzipped when the name ends in `.gz`) tab-separated file of a learned model's weights: its
    header's fields, and its rows' fields, read as they are consumed."""
    opener = gzip.open if path.suffix == ".gz" else open
    fh = opener(path, "rt", encoding="utf-8")
    header = fh.readline().rstrip("\n").split("\t")

    def rows() -> Iterator[list[str]]:
        with fh:
            for row in fh:
                yield row.rstrip("\n").split("\t")

    return header, rows()


def write_table(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    """Write what `read_table` reads, byte-identical for equal rows (no name or time in a gzip header)."""
    data = "".join("\t".join(fields) + "\n" for fields in (header, *rows)).encode("utf-8")
    if path.suffix != ".gz":
        path.write_bytes(data)
        return
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data)
