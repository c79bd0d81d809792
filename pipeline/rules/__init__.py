"""All noise rules, composed in one place.

Each category is one module with a `RULES` tuple and a `Lexicon` class built from the category's
data file (`<category>.toml` beside the module, merged with the user's extensions). `Ruleset`
compiles the lexicons once per worker and runs every enabled rule over a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.config import Settings, load_rule_data
from pipeline.page import Page
from pipeline.rules import (
    boilerplate,
    duplicate_heading,
    injected_spam,
    keyword_stuffing,
    placeholder,
    table_of_contents,
)
from pipeline.rules.base import Flag, Rule, Span

# Category module for each category that has line/span rules (repeated_line is found by the corpus pass).
CATEGORY_MODULES = {
    "boilerplate": boilerplate,
    "duplicate_heading": duplicate_heading,
    "table_of_contents": table_of_contents,
    "keyword_stuffing": keyword_stuffing,
    "injected_spam": injected_spam,
    "placeholder": placeholder,
}

ALL_RULES: tuple[Rule, ...] = tuple(rule for module in CATEGORY_MODULES.values() for rule in module.RULES)


def _is_disabled(rule_id: str, disabled: list[str]) -> bool:
    return any(rule_id == d or rule_id.startswith(d.rstrip(".") + ".") for d in disabled)


def enabled_rules(settings: Settings) -> list[Rule]:
    """The rules that run under `settings` (all but those `rules.disabled` names)."""
    return [rule for rule in ALL_RULES if not _is_disabled(rule.id, settings.rules.disabled)]


@dataclass(frozen=True)
class Ruleset:
    """The enabled rules with their compiled lexicons."""

    rules: tuple[tuple[Rule, Any], ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> Ruleset:
        data = load_rule_data(settings)
        lexicons = {
            cat: module.Lexicon.from_data(data.get(cat, {})) for cat, module in CATEGORY_MODULES.items()
        }
        return cls(tuple((rule, lexicons[rule.category]) for rule in enabled_rules(settings)))

    @property
    def rule_ids(self) -> list[str]:
        return [rule.id for rule, _ in self.rules]

    def detect(self, page: Page) -> list[Flag]:
        """Every flag of every enabled rule, in text order."""
        flags = [flag for rule, lexicon in self.rules for flag in rule.flags(page, lexicon)]
        flags.sort(key=lambda f: (f.start, f.end, f.rule))
        return flags


__all__ = ["ALL_RULES", "CATEGORY_MODULES", "Flag", "Rule", "Ruleset", "Span", "enabled_rules"]
