"""Keyword stuffing: an SEO keyword glued to a heading or to the start of a paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import LineKind, Page
from pipeline.rules.base import Rule, Span
from pipeline.text import line_key, words

CATEGORY = "keyword_stuffing"
_TITLE_SPLIT_RE = re.compile(r"\s*(?::|\||\s[-–—]\s|\?)\s*")


@dataclass(frozen=True)
class Lexicon:
    min_keyword_words: int
    prefix_separators: str  # a regex character class body
    suffix_separators: str
    min_remaining_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        conf = data["glued_keyword"]
        return cls(
            min_keyword_words=conf["min_keyword_words"],
            prefix_separators="".join(re.escape(s) for s in conf["prefix_separators"]),
            suffix_separators="".join(re.escape(s) for s in conf["suffix_separators"]),
            min_remaining_words=conf["min_remaining_words"],
        )


def page_keywords(page: Page, min_words: int) -> list[str]:
    """The SEO keywords of a page: its title and the title's parts, as they read in the title."""
    sources = [page.title.body] if page.title else []
    if page.title_hint:
        sources.append(page.title_hint)
    found: dict[str, str] = {}
    for source in sources:
        for part in [source, *_TITLE_SPLIT_RE.split(source)]:
            part = part.strip()
            if len(words(part)) >= min_words:
                found.setdefault(line_key(part), part)
    return sorted(found.values(), key=len, reverse=True)


def _keyword_pattern(keyword: str) -> str:
    # Any case, any punctuation or spacing between the keyword's words.
    return r"\W+".join(re.escape(w) for w in words(keyword))


def detect_glued_keywords(page: Page, lex: Lexicon) -> Iterator[Span]:
    """A keyword glued before a paragraph with a dash, or after a heading with a comma or dash.

    With the title `Tujuan Kerjasama ASEAN di Bidang Sosial: Apa Tujuan Dilakukan Kerjasama Asean Pada
    Bidang Sosial`, flags `Apa tujuan dilakukan kerjasama asean pada bidang sosial – ` opening a
    paragraph and `, Apa tujuan dilakukan kerjasama asean pada bidang sosial` ending a heading;
    leaves a heading that is just a part of the title, and headings that share a few of its words.
    """
    keywords = page_keywords(page, lex.min_keyword_words)
    if not keywords:
        return
    title_key = page.title.key if page.title else None
    # Lines whose key starts (paragraphs) or ends (headings) with a keyword's key: the only ones the
    # patterns below can match. Most pages have none, and then no per-page pattern is compiled.
    keys = [line_key(k) for k in keywords]
    candidates = [
        line
        for line in page.lines
        if line.key != title_key
        and (
            (line.kind is LineKind.PARAGRAPH and any(line.key.startswith(k + " ") for k in keys))
            or (line.kind is LineKind.HEADING and any(line.key.endswith(" " + k) for k in keys))
        )
    ]
    if not candidates:
        return
    alternation = "|".join(_keyword_pattern(k) for k in keywords)
    prefix_re = re.compile(rf"^(?:{alternation})\s*[{lex.prefix_separators}]\s+(?=\w)", re.IGNORECASE)
    suffix_re = re.compile(rf"\s*[{lex.suffix_separators}]\s*(?:{alternation})\W*$", re.IGNORECASE)
    exact_forms = set(keywords)
    for line in candidates:
        if line.kind is LineKind.PARAGRAPH:
            m = prefix_re.match(line.text)
            if m:
                glued = m.group().rstrip(" " + lex.prefix_separators).strip()
                yield (line.start, line.start + m.end(), 0.9 if glued in exact_forms else 1.0)
        elif line.kind is LineKind.HEADING:
            m = suffix_re.search(line.text)
            if m and len(words(line.text[: m.start()])) >= lex.min_remaining_words:
                glued = m.group().strip(" " + lex.suffix_separators)
                yield (line.start + m.start(), line.end, 0.9 if glued in exact_forms else 1.0)


RULES = (Rule("keyword_stuffing.glued_keyword.v1", CATEGORY, detect_glued_keywords),)
