"""Injected spam: gambling, loan, pharma and adult phrases inserted into text, and whole
promotional lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Signal, Span, compile_phrases, line_span
from pipeline.text import line_key, sentences

CATEGORY = "injected_spam"
_OPEN_QUOTES = "\"“‘'«"
_CLOSE_QUOTES = "\"”’'»"
_TRAILING_SEPARATOR_RE = re.compile(r"\s*[,;]")
_WORD_START_RE = re.compile(r"\b\w")


@dataclass(frozen=True)
class Lexicon:
    phrase_re: re.Pattern[str]
    topic_words: frozenset[str]
    subject_words: frozenset[str]
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
            subject_words=frozenset(line_key(w) for w in data["context"]["subject_words"]),
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


def _has_word(text: str, vocabulary: frozenset[str], lex: Lexicon) -> bool:
    """True when the text, without its spam phrases, holds a word of `vocabulary`."""
    return any(w in vocabulary for w in line_key(lex.phrase_re.sub(" ", text)).split())


def _about_the_topic(sentence: str, lex: Lexicon) -> bool:
    return _has_word(sentence, lex.topic_words, lex)


def _names_the_subject(text: str, lex: Lexicon) -> bool:
    return _has_word(text, lex.subject_words, lex)


def _neighbours(page: Page, line: Line) -> list[Line]:
    """The content lines just before and after a line (blank lines skipped)."""
    before = next((ln for ln in reversed(page.lines[: line.index]) if ln.kind is not LineKind.BLANK), None)
    after = next((ln for ln in page.lines[line.index + 1 :] if ln.kind is not LineKind.BLANK), None)
    return [ln for ln in (before, after) if ln is not None]


def _phrase_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of the spam phrases in a text. Phrases that overlap make one span: `slot gacor` and
    `gacor hari ini` give `slot gacor hari ini`."""
    spans: list[tuple[int, int]] = []
    for m in lex.phrase_re.finditer(text):
        start, end = m.span()
        grown = True
        while grown:  # a phrase that starts inside the span and runs past its end extends it
            grown = False
            for word in _WORD_START_RE.finditer(text, start + 1, end):
                longer = lex.phrase_re.match(text, word.start())
                if longer and longer.end() > end:
                    end, grown = longer.end(), True
                    break
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _removal_end(text: str, start: int, end: int) -> int:
    """Where the removal of text[start:end] should end: past a comma or semicolon that would be left
    doubled or dangling (`air putih, situs gacor, sebelum` -> `air putih, sebelum`)."""
    before = text[:start].rstrip()
    trailing = _TRAILING_SEPARATOR_RE.match(text, end)
    if trailing and (not before or before[-1] in ",;:.!?"):
        return trailing.end()
    return end


def _span_score(text: str, start: int) -> float:
    # A lowercase word right after a full stop is a grammar break: the phrase replaced a sentence start.
    before = text[:start].rstrip()
    return 1.0 if (not before or before[-1] in ".!?") and text[start].islower() else 0.9


def detect_spam_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Whole lines that are promotion or keyword walls.

    Flags `Slot Gacor Hari Ini Maxwin`, `BOCORAN ADMIN JARWO – daftar sekarang`,
    `Situs Judi Online Terpercaya 2024 Daftar Sekarang`, and a line of
    `keluaran sgp, pengeluaran hk, data sdy, ...`;
    leaves `Polisi memblokir situs slot gacor` (a sentence about gambling) and a heading
    `Mengenal Istilah Slot Gacor` over a paragraph about gambling.
    """
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
            continue
        matches = _phrase_spans(line.body, lex)
        if not matches or _about_the_topic(line.body, lex):
            continue
        covered = sum(end - start for start, end in matches)
        letters = sum(ch.isalnum() for ch in line.body) or 1
        if line.n_words > lex.whole_line_max_words:
            if covered / letters >= lex.wall_min_share:
                yield line_span(line)  # a keyword wall
        elif not any(_names_the_subject(nb.body, lex) for nb in _neighbours(page, line)):
            # A short promotional line; next to text about gambling it is that text's heading or caption.
            yield line_span(line)


def detect_inline_phrases(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Spam phrases inside a longer line, unless quoted or in a sentence about gambling.

    Flags `pengeluaran hk` in `... di arena global. pengeluaran hk menjalin kemitraan yang kuat, ...`
    (with a comma after it when one stands before it too);
    leaves `pengeluaran pemerintah`, `Bandar Lampung`, `situs warisan dunia`,
    `Polisi menangkap admin yang mempromosikan "slot gacor" di media sosial.`, and a phrase in a
    sentence next to one that names gambling (`Istilah slot gacor merujuk pada ... bandar judi ...`).
    """
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
            continue
        matches = _phrase_spans(line.text, lex)
        if not matches:
            continue
        covered = sum(end - start for start, end in matches)
        letters = sum(ch.isalnum() for ch in line.body) or 1
        if line.n_words <= lex.whole_line_max_words or covered / letters >= lex.wall_min_share:
            continue  # the whole line is spam or a sentence about gambling: see detect_spam_lines
        spans = sentences(line.text)
        for start, end in matches:
            i = next((k for k, (a, b, _) in enumerate(spans) if a <= start < b), None)
            sentence = line.text if i is None else spans[i][2]
            around = [] if i is None else [s[2] for s in spans[max(0, i - 1) : i] + spans[i + 1 : i + 2]]
            if (
                _about_the_topic(sentence, lex)
                or any(_names_the_subject(s, lex) for s in around)
                or _inside_quotes(line.text, start, end)
            ):
                continue
            end = _removal_end(line.text, start, end)
            yield (line.start + start, line.start + end, _span_score(line.text, start))


def measure_spam_share(page: Page, lex: Lexicon) -> float:
    """Share of the page's letters and digits inside spam phrases, wherever they stand (no context
    guard): a gambling landing page scores high, an article that mentions one phrase scores low."""
    covered = total = 0
    for line in page.lines:
        if line.kind is LineKind.BLANK:
            continue
        total += sum(ch.isalnum() for ch in line.text)
        for start, end in _phrase_spans(line.text, lex):
            covered += sum(ch.isalnum() for ch in line.text[start:end])
    return round(covered / total, 4) if total else 0.0


RULES = (
    Rule("injected_spam.spam_line.v1", CATEGORY, detect_spam_lines),
    Rule("injected_spam.inline_phrase.v1", CATEGORY, detect_inline_phrases),
)
SIGNALS = (Signal("spam_phrase_share", measure_spam_share),)
