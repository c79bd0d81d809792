"""Injected spam: gambling, loan, pharma and adult phrases inserted into text, and whole
promotional lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
from typing import Any

from pipeline.page import LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, line_span
from pipeline.text import line_key, sentences

CATEGORY = "injected_spam"
_OPEN_QUOTES = "\"“‘'«"
_CLOSE_QUOTES = "\"”’'»"


@dataclass(frozen=True)
class Lexicon:
    phrase_re: re.Pattern[str]
    topic_words: frozenset[str]
    whole_line_max_words: int
    wall_min_share: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        phrases = [p for group in data["phrases"].values() for p in group]
        templates = data["templates"]
        phrases += [
            f"{prefix} {market}" for prefix, market in product(templates["prefixes"], templates["markets"])
        ]
        return cls(
            phrase_re=compile_phrases(phrases),
            topic_words=frozenset(line_key(w) for w in data["context"]["topic_words"]),
            whole_line_max_words=data["context"]["whole_line_max_words"],
            wall_min_share=data["context"]["wall_min_share"],
        )


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """True when the span stands between an opening and a closing quote on its line (a quotation)."""
    before, after = text[:start], text[end:]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    return (
        opened >= 0
        and any(q in after for q in _CLOSE_QUOTES)
        and not any(q in before[opened + 1 :] for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES)
    )


def _about_the_topic(sentence: str, lex: Lexicon) -> bool:
    return any(w in lex.topic_words for w in line_key(sentence).split())


def _span_score(text: str, start: int) -> float:
    # A lowercase word right after a full stop is a grammar break: the phrase replaced a sentence start.
    before = text[:start].rstrip()
    return 1.0 if (not before or before[-1] in ".!?") and text[start].islower() else 0.9


def detect_spam_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Whole lines that are promotion or keyword walls.

    Flags `Slot Gacor Hari Ini Maxwin`, `BOCORAN ADMIN JARWO – daftar sekarang`, and a line of
    `keluaran sgp, pengeluaran hk, data sdy, ...`;
    leaves `Polisi memblokir situs slot gacor` (a sentence about gambling).
    """
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
            continue
        matches = list(lex.phrase_re.finditer(line.body))
        if not matches or _about_the_topic(line.body, lex):
            continue
        covered = sum(m.end() - m.start() for m in matches)
        letters = sum(ch.isalnum() for ch in line.body) or 1
        if line.n_words <= lex.whole_line_max_words or covered / letters >= lex.wall_min_share:
            yield line_span(line)


def detect_inline_phrases(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Spam phrases inside a longer line, unless quoted or in a sentence about gambling.

    Flags `pengeluaran hk` in `... di arena global. pengeluaran hk menjalin kemitraan yang kuat, ...`;
    leaves `pengeluaran pemerintah`, `Bandar Lampung`, `situs warisan dunia`, and
    `Polisi menangkap admin yang mempromosikan "slot gacor" di media sosial.`
    """
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
            continue
        matches = list(lex.phrase_re.finditer(line.text))
        if not matches:
            continue
        covered = sum(m.end() - m.start() for m in matches)
        letters = sum(ch.isalnum() for ch in line.body) or 1
        if line.n_words <= lex.whole_line_max_words or covered / letters >= lex.wall_min_share:
            continue  # the whole line is spam or a sentence about gambling: see detect_spam_lines
        spans = sentences(line.text)
        for m in matches:
            sentence = next((s for s in spans if s[0] <= m.start() < s[1]), (0, len(line.text), line.text))[2]
            if _about_the_topic(sentence, lex) or _inside_quotes(line.text, m.start(), m.end()):
                continue
            yield (line.start + m.start(), line.start + m.end(), _span_score(line.text, m.start()))


RULES = (
    Rule("injected_spam.spam_line.v1", CATEGORY, detect_spam_lines),
    Rule("injected_spam.inline_phrase.v1", CATEGORY, detect_inline_phrases),
)
