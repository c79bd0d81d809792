"""Whole-document decisions: a document is kept, or rejected with a reason and the measured value."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.config import FilterSettings, LanguageSettings
from pipeline.langid import LanguageGuess


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: str
    detail: str


def check_length(n_words: int, settings: FilterSettings) -> Rejection | None:
    """Too short after cleaning: fewer words than `filters.min_words`."""
    if n_words < settings.min_words:
        return Rejection("too_short", f"{n_words} words after cleaning < min_words {settings.min_words}")
    return None


def check_language(guess: LanguageGuess, settings: LanguageSettings) -> Rejection | None:
    """Not a target language, or a target language with too low a probability."""
    if guess.language not in settings.targets:
        return Rejection(
            "language",
            f"detected {guess.language} ({guess.score:.2f}); targets {', '.join(settings.targets)}",
        )
    if guess.score < settings.min_score:
        return Rejection(
            "language",
            f"{guess.language} with probability {guess.score:.2f} < min_score {settings.min_score}",
        )
    return None
