"""The one place where flags become edits: decide which flags remove text, then remove it.

Rules only detect. Whether a flag removes its span is decided here, from the flag's category and
score and the run's decision settings, and then from the editors' verdicts, which overrule both:
a new threshold or a verdict changes the output without touching a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.config import DecisionSettings
from pipeline.page import LIST_MARKER_RE, Page
from pipeline.rules.base import Flag, merge_spans
from pipeline.verdicts import Verdicts

_SPACES_RE = re.compile(r" {2,}")
_SPACE_BEFORE_PUNCT_RE = re.compile(r" +([,.;:!?)\]])")
_BLANK_RUN_RE = re.compile(r"\n{3,}")
# What editors' verdicts can change, as counted in the manifest (see `Decision.verdict_change`).
VERDICT_CHANGES = ("not_noise_kept", "confirmed_removed", "editor_removed")


@dataclass(frozen=True, slots=True)
class Decision:
    flag: Flag
    removed: bool
    verdict: str = ""  # the editor's verdict that decided, if any (a `VerdictKind`)
    by_settings: bool | None = None  # what the settings alone decided, when a verdict overruled them

    @property
    def action(self) -> str:
        return "removed" if self.removed else "kept"

    @property
    def verdict_change(self) -> str | None:
        """What the verdict changed, for the manifest: a kept false positive, a confirmed flag the
        settings would have kept, or text removed because an editor marked it."""
        if self.verdict == "noise":
            return "editor_removed"
        if self.by_settings is None or self.by_settings == self.removed:
            return None
        return "not_noise_kept" if self.verdict == "not_noise" else "confirmed_removed"


@dataclass(frozen=True, slots=True)
class CleanedText:
    title: str | None
    text: str
    # For each non-blank line of `text`, in order: the index of the page line it comes from.
    line_origins: tuple[int, ...] = ()


def decide(
    flags: list[Flag], policy: DecisionSettings, text: str = "", verdicts: Verdicts | None = None
) -> list[Decision]:
    """Remove a flag's span when its score reaches the threshold and its category is not kept,
    unless an editor's verdict on the flag's rule and text (`text` is the page's text) says
    otherwise: `not_noise` keeps it, `confirmed` and `noise` remove it."""
    keep = set(policy.keep_categories)
    decisions: list[Decision] = []
    for flag in flags:
        by_settings = flag.score >= policy.min_score and flag.category not in keep
        verdict = verdicts.on(flag.rule, text[flag.start : flag.end]) if verdicts else ""
        if not verdict:
            decisions.append(Decision(flag, by_settings))
        else:
            decisions.append(Decision(flag, verdict != "not_noise", verdict, by_settings))
    return decisions


def _tidy(text: str) -> str:
    """Whitespace and punctuation left behind by an inline removal."""
    text = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", _SPACES_RE.sub(" ", text)).strip()
    return text if any(ch.isalnum() for ch in text) else ""


def apply_removals(page: Page, removed: list[Flag]) -> CleanedText:
    """The page's text without the removed spans, with the title as its first line.

    Lines emptied by a removal disappear with their line break; lines cut inside are tidied
    (doubled spaces, a space left before punctuation); untouched lines are kept byte for byte.
    """
    spans = merge_spans([(f.start, f.end) for f in removed if f.end > f.start])
    out: list[str | None] = []
    origin: list[int] = []
    cursor = 0
    for line in page.lines:
        while cursor < len(spans) and spans[cursor][1] <= line.start:
            cursor += 1
        pieces: list[str] = []
        pos = line.start
        touched = False
        k = cursor
        while k < len(spans) and spans[k][0] < max(line.end, line.start + 1):
            start, end = spans[k]
            if end > line.start:
                touched = True
                pieces.append(page.text[pos : max(pos, start)])
                pos = max(pos, min(end, line.end))
            k += 1
        if not touched:
            out.append(line.text)
            origin.append(line.index)
            continue
        pieces.append(page.text[pos : line.end])
        kept = _tidy("".join(pieces))
        out.append(kept or None)  # None: the line is gone, blank lines around it stay as they were
        origin.append(line.index)

    title: str | None = None
    if page.title_index is not None and out[page.title_index]:
        title_line = out[page.title_index]
        assert title_line is not None
        marker = LIST_MARKER_RE.match(title_line)
        title = title_line[marker.end() :].strip() if marker else title_line
        before = [x for x in out[: page.title_index] if x]
        if before:  # something unflagged stood above the title: the title still reads first
            out[page.title_index] = None
            out.insert(0, title)
            origin.insert(0, page.title_index)
        elif marker:
            out[page.title_index] = title
    text = "\n".join(x for x in out if x is not None)
    origins = tuple(o for x, o in zip(out, origin, strict=True) if x)
    return CleanedText(title, _BLANK_RUN_RE.sub("\n\n", text).strip("\n"), origins)
