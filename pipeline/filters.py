"""Whole-document decisions: a document is kept, or rejected with one reason and the measured value.

The checks run in a fixed order, and the first that fails gives the reason: `spam_page` (a spam
landing page is named as such, not cleaned into a stub and called short); `too_short` (too little
left to judge its language or quality); `low_quality` by word shapes (a page of numbers or symbols
is in no language, and langdetect's guess for it is noise); `language`; and last `low_quality` by
the writing measures (repetition, sentences, stop words), which judge Indonesian text: a Javanese
page without full stops is rejected for its language, not for its punctuation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.config import FilterSettings, LanguageSettings
from pipeline.langid import LanguageGuess
from pipeline.quality import Check, QualityThresholds, first_failure, shape_checks, writing_checks


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


def check_length(n_words: int, settings: FilterSettings) -> Rejection | None:
    """Too short after cleaning: fewer words than `filters.min_words`."""
    if n_words < settings.min_words:
        return Rejection("too_short", f"{n_words} words after cleaning < min_words {settings.min_words}")
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
        )

    def decide(
        self, n_words: int, spam_share: float, guess: LanguageGuess, quality: dict[str, Any]
    ) -> Rejection | None:
        return (
            check_spam_page(spam_share, self.min_spam_share)
            or check_length(n_words, self.filters)
            or check_quality(quality, self.shape_checks)
            or check_language(guess, self.language)
            or check_quality(quality, self.writing_checks)
        )
