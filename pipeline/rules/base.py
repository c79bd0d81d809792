"""What a rule is and what it emits. Rules detect; they never edit text (see `pipeline.apply`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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

    def flags(self, page: Page, lexicon: Any) -> list[Flag]:
        return [
            Flag(self.id, self.category, start, end, score)
            for start, end, score in self.detect(page, lexicon)
        ]

    @property
    def description(self) -> str:
        return (self.detect.__doc__ or "").strip()


def line_span(line: Line, score: float = 1.0) -> Span:
    """A span covering a whole line."""
    return (line.start, line.end, score)


def compile_phrases(phrases: Iterable[str], *, whole_line: bool = False) -> re.Pattern[str]:
    """One case-insensitive alternation over lexicon phrases, longest first, on word boundaries.

    Spaces inside a phrase match any run of spaces. An empty lexicon gives a pattern that never matches.

    >>> bool(compile_phrases(["baca juga"]).search("BACA  JUGA: harga cabai"))
    True
    >>> bool(compile_phrases(["slot"]).search("slotnya"))
    False
    """
    alternatives = sorted({p.strip().casefold() for p in phrases if p.strip()}, key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!x)x")
    body = "|".join(r"\s+".join(re.escape(part) for part in a.split()) for a in alternatives)
    if whole_line:
        return re.compile(rf"^(?:{body})$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def iter_lines(page: Page, *kinds: Any) -> Iterator[Line]:
    """Lines of the page, optionally only of the given kinds."""
    for line in page.lines:
        if not kinds or line.kind in kinds:
            yield line
