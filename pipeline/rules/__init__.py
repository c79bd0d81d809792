"""All noise rules, composed in one place.

Each category is one module with a `RULES` tuple, optionally a `SIGNALS` tuple of document-level
measures, and a `Lexicon` class built from the category's data file (`<category>.toml` beside the
module, merged with the user's extensions). `Ruleset` compiles the lexicons once per worker, runs
every enabled rule over a page and takes every signal's measure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from pipeline.config import Settings, load_rule_data
from pipeline.page import LineKind, Page
from pipeline.rules import (
    boilerplate,
    duplicate_heading,
    injected_spam,
    keyword_stuffing,
    line_model,
    placeholder,
    span_model,
    table_of_contents,
)
from pipeline.rules.base import Flag, Rule, Signal, Span, merge_spans
from pipeline.text import ends_sentence

# Category module for each category that has line/span rules (repeated_line is found by the corpus pass).
CATEGORY_MODULES = {
    "boilerplate": boilerplate,
    "duplicate_heading": duplicate_heading,
    "table_of_contents": table_of_contents,
    "keyword_stuffing": keyword_stuffing,
    "injected_spam": injected_spam,
    "placeholder": placeholder,
}

# Every module of rules, by the name of its data file: the categories' own, and the learned models: the
# line model, whose rules flag lines of several categories (see `pipeline.rules.line_model`), and the
# span model, which tags the words of a pitch set into prose (see `pipeline.rules.span_model`).
RULE_MODULES = {**CATEGORY_MODULES, "line_model": line_model, "span_model": span_model}

ALL_RULES: tuple[Rule, ...] = tuple(rule for module in RULE_MODULES.values() for rule in module.RULES)
ALL_SIGNALS: tuple[tuple[str, Signal], ...] = tuple(
    (category, signal)
    for category, module in CATEGORY_MODULES.items()
    for signal in getattr(module, "SIGNALS", ())
)


def _is_disabled(rule_id: str, disabled: list[str]) -> bool:
    return any(rule_id == d or rule_id.startswith(d.rstrip(".") + ".") for d in disabled)


def enabled_rules(settings: Settings) -> list[Rule]:
    """The rules that run under `settings` (all but those `rules.disabled` names)."""
    return [rule for rule in ALL_RULES if not _is_disabled(rule.id, settings.rules.disabled)]


def _overlap(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """How many characters of [start, end) the sorted, disjoint `spans` hold."""
    first = max(0, bisect_right(spans, (start,)) - 1)
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans[first : bisect_right(spans, (end,))])


# What may part two runs that touch: spaces and one mark, within a line.
_TOUCHING_GAP_RE = re.compile(r"[^\S\n]*[,;:.!?]?[^\S\n]*")


def _abuts(taken: list[tuple[int, int]], start: int, end: int, text: str) -> bool:
    """Whether a span of the sorted, disjoint `taken` ends right before `start` or starts right after
    `end` (see `_TOUCHING_GAP_RE`)."""
    i = bisect_right(taken, (start,))
    if i > 0 and taken[i - 1][1] <= start and _TOUCHING_GAP_RE.fullmatch(text, taken[i - 1][1], start):
        return True
    return i < len(taken) and taken[i][0] >= end and bool(_TOUCHING_GAP_RE.fullmatch(text, end, taken[i][0]))


def _fallback_stands(
    flag: Flag,
    taken: list[tuple[int, int]],
    other_kinds: list[tuple[int, int]],
    page: Page,
    extends: bool = False,
) -> bool:
    """A fallback flag counts where the other rules left its span alone, and over the rest of a line
    they cut part of (`[Gambas:Video 20detik]` cut, the caption before it left), unless that line is
    a paragraph or what they left of it ends a sentence: there the other rules cut noise out of prose
    (`(oca/mef)` closing it, `— Sumber: [masukkan sumber]` after it), and the rest is prose.

    A run inside a line (the span model's) counts clear of their spans and not touching them, and, for
    a fallback that `extends` the spans of its own kind, where it meets none of `other_kinds`: the span
    model carries the spam rules' cut over the words of the pitch they do not know (`Jual followers
    Instagram` found, `aktif murah, 1K cuma 15rb!` after it), having checked that those words read as
    a pitch without the rules' words (`span_model.extension_words`). Where it meets a span of another
    kind, that rule decided where its noise ends."""
    held = _overlap(taken, flag.start, flag.end)
    line = page.line_at(flag.start)
    if line is None or flag.end < line.end:
        if held == 0 and not _abuts(taken, flag.start, flag.end, page.text):
            return True
        return (
            extends
            and _overlap(other_kinds, flag.start, flag.end) == 0
            and not _abuts(other_kinds, flag.start, flag.end, page.text)
        )
    if held == 0:
        return True
    if held >= flag.end - flag.start:
        return False
    if line.kind is LineKind.PARAGRAPH:
        return False
    rest, pos = [], flag.start
    for start, end in taken[max(0, bisect_right(taken, (flag.start,)) - 1) :]:
        if start >= flag.end:
            break
        if end > pos:
            rest.append(page.text[pos:start] if start > pos else "")
            pos = end
    rest.append(page.text[pos : flag.end] if pos < flag.end else "")
    return not ends_sentence("".join(rest).strip())


def _supported(flag: Flag, lexicon: Any, support: dict[str, int]) -> bool:
    """A fallback flag stands only on a page where the other rules raised at least the fallback's
    `page_support` flags of its category: the rules know each kind of noise by its words and shapes,
    and a page they find clean of a kind is taken for clean of it (a look-alike headline there stays)."""
    return support.get(flag.category, 0) >= getattr(lexicon, "page_support", 0)


@dataclass(frozen=True)
class Ruleset:
    """The enabled rules with their compiled lexicons."""

    rules: tuple[tuple[Rule, Any], ...]
    signals: tuple[tuple[Signal, Any], ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> Ruleset:
        data = load_rule_data(settings)
        lexicons = {
            name: module.Lexicon.from_data(data.get(name, {})) for name, module in RULE_MODULES.items()
        }
        # The span model leaves a run in a sentence about the trades: the spam rules' words tell which.
        lexicons["span_model"] = replace(lexicons["span_model"], topic=lexicons["injected_spam"])
        enabled = {rule.id for rule in enabled_rules(settings)}
        return cls(
            tuple(
                (rule, lexicons[name])
                for name, module in RULE_MODULES.items()
                for rule in module.RULES
                if rule.id in enabled
            ),
            tuple((signal, lexicons[category]) for category, signal in ALL_SIGNALS),
        )

    @property
    def rule_ids(self) -> list[str]:
        return [rule.id for rule, _ in self.rules]

    def detect(self, page: Page) -> list[Flag]:
        """Every flag of every enabled rule, in text order."""
        flags: list[Flag] = []
        for rule, lexicon in self.rules:
            if not rule.fallback:
                flags.extend(rule.flags(page, lexicon))
        support: dict[str, int] = {}
        for flag in flags:
            support[flag.category] = support.get(flag.category, 0) + 1
        taken: list[tuple[int, int]] | None = None
        for rule, lexicon in self.rules:
            if not rule.fallback or (not support and getattr(lexicon, "page_support", 0) > 0):
                continue  # no flag of any category: nothing can support a fallback (its cost saved)
            if taken is None:
                taken = merge_spans([(f.start, f.end) for f in flags])
            extends = getattr(lexicon, "extension_words", 0) > 0
            other_kinds = [(f.start, f.end) for f in flags if extends and f.category != rule.category]
            other_kinds = merge_spans(other_kinds)
            flags.extend(
                f
                for f in rule.flags(page, lexicon)
                if _supported(f, lexicon, support) and _fallback_stands(f, taken, other_kinds, page, extends)
            )
        flags.sort(key=lambda f: (f.start, f.end, f.rule))
        return flags

    def measure(self, page: Page) -> dict[str, float]:
        """Every category signal of the page, by name."""
        return {signal.name: signal.measure(page, lexicon) for signal, lexicon in self.signals}


__all__ = [
    "ALL_RULES",
    "ALL_SIGNALS",
    "CATEGORY_MODULES",
    "RULE_MODULES",
    "Flag",
    "Rule",
    "Ruleset",
    "Signal",
    "Span",
    "enabled_rules",
]
