"""Whole-document decisions: a document is kept, or rejected with one reason and the measured value.

The checks run in a fixed order, and the first that fails gives the reason: `spam_page` (a spam
landing page is named as such, not cleaned into a stub and called short); `too_short` (too little
body text left to judge its language or quality); `low_quality` by word shapes (a page of numbers or
symbols is in no language, and langdetect's guess for it is noise); `language`; and last
`low_quality` by the writing measures (repetition, sentences, stop words), which judge Indonesian
text: a Javanese page without full stops is rejected for its language, not for its punctuation. (A
page guessed to be in a target language, but with too low a probability, is judged for its writing
before its language: a list of links or names is low quality, not foreign.)

A page that cleaning left too short is judged as it was before cleaning first: a sitemap, an index of
links or a timetable loses most of its lines as chrome, and what it was (a list of links, a table of
numbers) is the reason to give, not the stub it became. Its word shapes (the shape checks) and its
share of list and link lines are measured on the text before cleaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.apply import CleanedText
from pipeline.config import FilterSettings, LanguageSettings
from pipeline.langid import LanguageGuess
from pipeline.page import LineKind, Page
from pipeline.quality import (
    Check,
    QualityThresholds,
    first_failure,
    list_line_ratio,
    measure_quality,
    shape_checks,
    writing_checks,
)
from pipeline.text import ends_sentence, words

# Lines whose words count as the body of a document: a title, headings and fragments (`Nanti Saja`,
# `JAWA BARAT`, `Terima | Tolak`) left by cleaning are not text to judge.
_BODY_KINDS = (LineKind.PARAGRAPH, LineKind.LIST_ITEM, LineKind.TABLE_ROW)


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: str
    detail: str


def check_spam_page(spam_share: float, min_spam_share: float) -> Rejection | None:
    """Mostly spam: spam phrases cover at least `min_spam_share` of the page's letters."""
    if spam_share >= min_spam_share:
        return Rejection(
            "spam_page", f"spam phrases cover {spam_share:.0%} of the page >= {min_spam_share:.0%}"
        )
    return None


def body_words(page: Page, cleaned: CleanedText) -> int:
    """Words of the cleaned text on body lines (paragraphs, list items, table rows), the title and
    headings and fragments left out: what `too_short` judges. A line's kind is the page line's it
    comes from (`cleaned.line_origins`)."""
    lines = [ln for ln in cleaned.text.split("\n") if ln.strip()]
    if len(lines) != len(cleaned.line_origins):
        return len(words(cleaned.text))
    title = page.title_index
    return sum(
        len(words(text))
        for text, origin in zip(lines, cleaned.line_origins, strict=True)
        if origin != title and page.lines[origin].kind in _BODY_KINDS
    )


# A full stop at the end of a line, after any closing quote or bracket: a headline does not end so.
_FULL_STOP_END_RE = re.compile(r"[.…][\"'”’)\]]*$")


def has_prose(cleaned: CleanedText) -> bool:
    r"""Whether the cleaned text holds a sentence: a line other than the title that ends like one, or
    a title that ends with a full stop (a paragraph taken for the title). It is what is left of an
    article, however short, where an index of headlines or a page of links leaves none.

    >>> has_prose(CleanedText("Arsip", "Arsip\nResep Ayam Taliwang\nJadwal KRL Berubah"))
    False
    >>> has_prose(CleanedText("Banjir", "Banjir\nAir naik setinggi dua meter semalam."))
    True
    >>> has_prose(CleanedText("Ia pulang. Ia tidur.", "Ia pulang. Ia tidur."))
    True
    """
    title = cleaned.title
    for line in cleaned.text.split("\n"):
        line = line.strip()
        if line and (_FULL_STOP_END_RE.search(line) if line == title else ends_sentence(line)):
            return True
    return False


def check_length(n_words: int, settings: FilterSettings) -> Rejection | None:
    """Too short after cleaning: fewer body words than `filters.min_words`."""
    if n_words < settings.min_words:
        return Rejection(
            "too_short", f"{n_words} words of body text after cleaning < min_words {settings.min_words}"
        )
    return None


def check_page_before_cleaning(
    before: str,
    thresholds: QualityThresholds,
    checks: list[Check],
    max_list_line_ratio: float,
    min_words: int,
    prose_left: bool | None = None,
) -> Rejection | None:
    """A page of at least `min_words` words that was no running text before cleaning emptied it:
    cleaning left no sentence beyond the title (`prose_left`, when known, is False), it fails a shape check
    (numbers, symbols), or at least `max_list_line_ratio` of its lines are list or link items (a
    sitemap, an index of articles). A page with fewer words (an empty file) is just too short: its
    shape says nothing."""
    signals = measure_quality(before, thresholds)
    if signals["n_words"] < min_words:
        return None  # too little before cleaning for its shape to say anything: simply too short
    if prose_left is False:
        # Not one sentence survived: an index of headlines, a page of links or chrome. A short
        # article leaves its few sentences, and is `too_short`.
        return Rejection(
            "low_quality",
            f"before cleaning: {signals['n_words']} words, none of them running text (every line was"
            " page chrome, a link or a headline)",
        )
    failed = first_failure(signals, checks)
    if failed:
        return Rejection("low_quality", f"before cleaning: {failed}")
    ratio = list_line_ratio(before)
    if ratio >= max_list_line_ratio:
        return Rejection(
            "low_quality",
            f"before cleaning: list_line_ratio {ratio} >= {max_list_line_ratio} (a list of links)",
        )
    return None


def check_language(guess: LanguageGuess, settings: LanguageSettings) -> Rejection | None:
    """Not a target language, or a target language with too low a probability."""
    if guess.language not in settings.targets:
        detail = f"detected {guess.language} ({guess.score:.2f}); targets {', '.join(settings.targets)}"
        if guess.regional_language == guess.language:
            detail += (
                f"; its function words are {guess.regional_share:.0%} of the words,"
                f" Indonesian ones {guess.indonesian_share:.0%}"
            )
        return Rejection("language", detail)
    if guess.score < settings.min_score:
        return Rejection(
            "language",
            f"{guess.language} with probability {guess.score:.2f} < min_score {settings.min_score}",
        )
    return None


def check_quality(signals: dict[str, Any], checks: list[Check]) -> Rejection | None:
    """Fails one of FineWeb-2's Indonesian quality or repetition thresholds among `checks`."""
    failed = first_failure(signals, checks)
    return Rejection("low_quality", failed) if failed else None


@dataclass(frozen=True)
class DocumentFilters:
    """The document checks with their settings and thresholds, in the order they apply."""

    filters: FilterSettings
    language: LanguageSettings
    quality: QualityThresholds
    min_spam_share: float
    max_list_line_ratio_before: float
    min_words_before: int

    @property
    def shape_checks(self) -> list[Check]:
        return shape_checks(self.quality)

    @property
    def writing_checks(self) -> list[Check]:
        return writing_checks(self.quality)

    @classmethod
    def from_data(
        cls, filters: FilterSettings, language: LanguageSettings, data: dict[str, Any]
    ) -> DocumentFilters:
        return cls(
            filters,
            language,
            QualityThresholds.from_data(data["quality"]),
            float(data["spam_page"]["min_spam_share"]),
            float(data["short_page"]["max_list_line_ratio"]),
            int(data["short_page"]["min_words_before"]),
        )

    def decide(
        self,
        n_words: int,
        spam_share: float,
        guess: LanguageGuess,
        quality: dict[str, Any],
        before: str | None = None,
        body: int | None = None,
        prose_left: bool | None = None,
    ) -> Rejection | None:
        """The first check that fails. `n_words` counts the cleaned text's words, `body` those of its
        body (see `body_words`; `n_words` when not given); `before` is the page's text before cleaning and
        `prose_left` whether a line of the cleaned text beyond its title ends a sentence (see
        `has_prose`).

        A page whose body is too short is `too_short`, unless it is no running text: before cleaning
        it failed a shape check or was a list of links (`low_quality`, see
        `check_page_before_cleaning`), or the cleaned text, long enough to judge though without a
        body (a list of headlines), fails a check of its own."""
        spam = check_spam_page(spam_share, self.min_spam_share)
        if spam:
            return spam
        short = check_length(n_words if body is None else body, self.filters)
        if short and before is not None:
            short = (
                check_page_before_cleaning(
                    before,
                    self.quality,
                    self.shape_checks,
                    self.max_list_line_ratio_before,
                    self.min_words_before,
                    prose_left,
                )
                or short
            )
        if short and (short.reason != "too_short" or n_words < self.filters.min_words):
            return short
        # A page in a target language whose guess is unsure (a list of links or names, with too little
        # prose to tell) is judged for its writing first: it is low quality, not in another language.
        unsure = guess.language in self.language.targets and guess.score < self.language.min_score
        if unsure:
            return (
                check_quality(quality, self.shape_checks)
                or check_quality(quality, self.writing_checks)
                or check_language(guess, self.language)
                or short
            )
        return (
            check_quality(quality, self.shape_checks)
            or check_language(guess, self.language)
            or check_quality(quality, self.writing_checks)
            or short
        )
