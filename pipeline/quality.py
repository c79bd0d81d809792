"""Quality and repetition signals of a cleaned document, after FineWeb-2's filters for Indonesian.

The measures follow datatrove's Gopher repetition, FineWeb quality and Gopher quality filters, with
FineWeb-2's `ind_Latn` thresholds (`pipeline/filters.toml`). Deliberate differences, because
FineWeb measured trafilatura output, which has neither blank lines between paragraphs nor tables:
lines are the non-empty lines; line breaks per word count one break between paragraphs; and the
share of words with a letter is taken over words (a number such as `5.000` is one word, without a
letter), not over punctuation tokens too, so that the ` | ` of a table row and the `-` of a list
item do not count against a page. Every value is returned, so that the `signals` table holds them
all and a threshold can be changed against a finished run.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

# Word and punctuation tokens, as datatrove's word tokenizers give them: ratios per word count the
# punctuation marks too, and FineWeb-2's thresholds were fitted to that.
_TOKEN_RE = re.compile(r"\w+(?:[-'’.,:/]\w+)*|[^\w\s]+")
_LINE_END_CHARS = (".", "'", '"', "!", "?", "”", "’", "…")
_BULLETS = ("•", "-")
TOP_NGRAMS = (2, 3, 4)
DUP_NGRAMS = (5, 6, 7, 8, 9, 10)


@dataclass(frozen=True)
class QualityThresholds:
    dup_line_frac: float
    dup_line_char_frac: float
    top_ngram_char_frac: dict[int, float]
    dup_ngram_char_frac: dict[int, float]
    min_line_punct_ratio: float
    list_intro_min_words: int
    max_new_line_ratio: float
    min_avg_word_length: float
    max_avg_word_length: float
    max_hash_ratio: float
    max_ellipsis_ratio: float
    max_bullet_line_ratio: float
    max_ellipsis_line_ratio: float
    min_alpha_word_ratio: float
    max_words: int
    min_stopwords: int
    stopwords: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> QualityThresholds:
        q = dict(data)
        q["top_ngram_char_frac"] = {int(k): float(v) for k, v in q["top_ngram_char_frac"].items()}
        q["dup_ngram_char_frac"] = {int(k): float(v) for k, v in q["dup_ngram_char_frac"].items()}
        q["stopwords"] = frozenset(w.casefold() for w in q["stopwords"])
        return cls(**q)


def _duplicates(items: list[Any], lengths: list[int]) -> tuple[int, int]:
    """(items that repeat an earlier one, their total length)."""
    seen: set[Any] = set()
    count = chars = 0
    for item, length in zip(items, lengths, strict=True):
        if item in seen:
            count += 1
            chars += length
        else:
            seen.add(item)
    return count, chars


def _top_ngram_chars(ids: list[int], lengths: list[int], n: int) -> int:
    """Characters of the most frequent n-gram times its count (words joined by spaces)."""
    counts: Counter[tuple[int, ...]] = Counter()
    first: dict[tuple[int, ...], int] = {}
    for i in range(len(ids) - n + 1):
        gram = tuple(ids[i : i + n])
        counts[gram] += 1
        first.setdefault(gram, i)
    if not counts:
        return 0
    gram, count = counts.most_common(1)[0]
    return (sum(lengths[first[gram] : first[gram] + n]) + n - 1) * count


def _duplicated_ngram_chars(ids: list[int], lengths: list[int], n: int) -> int:
    """Characters in n-grams that repeat an earlier n-gram, skipping past each repeat (Gopher)."""
    seen: set[tuple[int, ...]] = set()
    chars = i = 0
    while i < len(ids) - n + 1:
        gram = tuple(ids[i : i + n])
        if gram in seen:
            chars += sum(lengths[i : i + n])
            i += n
        else:
            seen.add(gram)
            i += 1
    return chars


# A line opened by a list marker or by the glyph of a link list (`» Judul artikel`, `› Berita lain`,
# `→ Indeks`), as sitemaps, article indexes and archives print their entries; or by a time or a date and
# a separator, as a news index prints its headlines (`23:58 WIB - Judul`, `03/08/2024 | Judul`).
_LIST_LINE_RE = re.compile(
    r"^\s*(?:[-*•·◦▪▫●○■□➢➤►▶▸▹✓✔»›❯→⇒~–—]|\d{1,3}[.)](?=\s)"
    r"|(?:\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})\s*[-–—|•·]\s)"
)


def list_line_ratio(text: str) -> float:
    """Share of the non-empty lines that open with a list marker or a link glyph."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return round(sum(bool(_LIST_LINE_RE.match(ln)) for ln in lines) / len(lines), 4) if lines else 0.0


def _ended_lines(lines: list[str], intro_min_words: int) -> int:
    """Lines that end a sentence: with terminal punctuation, or with a colon over a list (`Langkah yang
    bisa dilakukan:` over `- Menambah armada bus`), when the line has `intro_min_words` words or more
    (`Menu:` over a list of links does not count). FineWeb counts the colon as unfinished, which rejects
    an Indonesian how-to article whose lists outnumber its paragraphs."""
    ended = 0
    for i, line in enumerate(lines):
        tail = line.rstrip()
        if tail.endswith(_LINE_END_CHARS) or (
            tail.endswith(":")
            and i + 1 < len(lines)
            and _LIST_LINE_RE.match(lines[i + 1])
            and sum(any(ch.isalnum() for ch in t) for t in _TOKEN_RE.findall(tail)) >= intro_min_words
        ):
            ended += 1
    return ended


def measure_quality(text: str, thresholds: QualityThresholds) -> dict[str, float | int | None]:
    """Every quality signal of `text`. The n-gram signals are None for a document longer than
    `max_words` (it is rejected for its length, and counting its n-grams would cost seconds)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    tokens = _TOKEN_RE.findall(text)
    words = [t for t in tokens if any(ch.isalnum() for ch in t)]
    n_tokens = len(tokens) or 1
    n_lines = len(lines) or 1
    n_chars = len(text) or 1
    signals: dict[str, float | int | None] = {
        "n_words": len(words),
        "n_lines": len(lines),
        "avg_word_length": round(sum(map(len, words)) / len(words), 4) if words else 0.0,
        "alpha_word_ratio": round(sum(any(ch.isalpha() for ch in w) for w in words) / (len(words) or 1), 4),
        "hash_ratio": round(text.count("#") / n_tokens, 4),
        "ellipsis_ratio": round((text.count("...") + text.count("…")) / n_tokens, 4),
        "bullet_line_ratio": round(sum(ln.lstrip().startswith(_BULLETS) for ln in lines) / n_lines, 4),
        "ellipsis_line_ratio": round(sum(ln.rstrip().endswith(("...", "…")) for ln in lines) / n_lines, 4),
        "stopword_count": sum(w.casefold() in thresholds.stopwords for w in words),
        "line_punct_ratio": round(_ended_lines(lines, thresholds.list_intro_min_words) / n_lines, 4),
        "new_line_ratio": round(max(len(lines) - 1, 0) / (len(tokens) or 1), 4),
    }
    dup_lines, dup_line_chars = _duplicates(lines, [len(ln) for ln in lines])
    signals["dup_line_frac"] = round(dup_lines / n_lines, 4)
    signals["dup_line_char_frac"] = round(dup_line_chars / n_chars, 4)
    too_long = len(words) > thresholds.max_words
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(w, len(vocabulary)) for w in ([] if too_long else words)]
    lengths = [len(w) for w in ([] if too_long else words)]
    for n in TOP_NGRAMS:
        signals[f"top_{n}gram_char_frac"] = (
            None if too_long else round(_top_ngram_chars(ids, lengths, n) / n_chars, 4)
        )
    for n in DUP_NGRAMS:
        value = None if too_long else round(_duplicated_ngram_chars(ids, lengths, n) / n_chars, 4)
        signals[f"dup_{n}gram_char_frac"] = value
    return signals


Check = tuple[str, str, float]  # (signal, "<" or ">", limit): the document fails when signal op limit


def shape_checks(t: QualityThresholds) -> list[Check]:
    """Checks of whether the page is running text at all (word shapes, symbols): a page of numbers or
    symbols is in no language, so these come before the language check."""
    return [
        ("n_words", ">", t.max_words),
        ("alpha_word_ratio", "<", t.min_alpha_word_ratio),
        ("avg_word_length", "<", t.min_avg_word_length),
        ("avg_word_length", ">", t.max_avg_word_length),
        ("hash_ratio", ">", t.max_hash_ratio),
        ("ellipsis_ratio", ">", t.max_ellipsis_ratio),
    ]


def writing_checks(t: QualityThresholds) -> list[Check]:
    """Checks of the writing (repetition, sentences, lists, Indonesian stop words): they apply once
    the page is known to be Indonesian text."""
    checks: list[Check] = [
        ("dup_line_frac", ">", t.dup_line_frac),
        ("dup_line_char_frac", ">", t.dup_line_char_frac),
    ]
    checks += [(f"top_{n}gram_char_frac", ">", limit) for n, limit in sorted(t.top_ngram_char_frac.items())]
    checks += [(f"dup_{n}gram_char_frac", ">", limit) for n, limit in sorted(t.dup_ngram_char_frac.items())]
    checks += [
        ("line_punct_ratio", "<", t.min_line_punct_ratio),
        ("new_line_ratio", ">", t.max_new_line_ratio),
        ("bullet_line_ratio", ">", t.max_bullet_line_ratio),
        ("ellipsis_line_ratio", ">", t.max_ellipsis_line_ratio),
        ("stopword_count", "<", t.min_stopwords),
    ]
    return checks


def first_failure(signals: dict[str, Any], checks: list[Check]) -> str | None:
    """The first check the signals fail, as `signal value op limit`; None when they pass all.
    A signal that was not measured (None) passes."""
    for name, op, limit in checks:
        value = signals.get(name)
        if value is not None and (value < limit if op == "<" else value > limit):
            return f"{name} {value} {op} {limit}"
    return None
