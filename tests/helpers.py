"""Shared helpers for tests: run the rules or the whole cleaning on a string."""

from __future__ import annotations

from pipeline.apply import CleanedText, apply_removals, decide
from pipeline.config import Settings
from pipeline.normalise import normalise_text
from pipeline.page import analyse_page
from pipeline.rules import Ruleset
from pipeline.rules.base import Flag


def detect(text: str, ruleset: Ruleset, title_hint: str | None = None) -> tuple[str, list[Flag]]:
    """Normalise `text` and return it with every flag the rules raise on it."""
    normalised = normalise_text(text)
    return normalised, ruleset.detect(analyse_page(normalised, title_hint))


def flagged(text: str, ruleset: Ruleset, prefix: str = "", title_hint: str | None = None) -> list[str]:
    """The texts of the spans flagged by rules whose id starts with `prefix`."""
    normalised, flags = detect(text, ruleset, title_hint)
    return [normalised[f.start : f.end] for f in flags if f.rule.startswith(prefix)]


def clean(text: str, ruleset: Ruleset, settings: Settings, title_hint: str | None = None) -> CleanedText:
    """Detect, decide and apply: the cleaned title and text of a document."""
    normalised = normalise_text(text)
    page = analyse_page(normalised, title_hint)
    decisions = decide(ruleset.detect(page), settings.decision)
    return apply_removals(page, [d.flag for d in decisions if d.removed])
