"""Score a run's output tables against the gold of the evaluation set.

Metrics (targets from issue 3 in `TARGETS`):

- **noise lines removed**: share of `line` noise units (a whole line of noise) of the kept documents
  that no longer stand in the output. Output lines are aligned to the gold's lines in order (exact
  match on a comparison key, else a partial match by shared words), so a noise line counts as
  surviving when its line is still there, whole or in part (`Baca Juga: X` cut down to `X` still
  survives). The title and a real heading are matched before their copies, so which copy of a
  repeated heading the pipeline keeps does not matter.
- **inline noise removed**: share of `inline` units (a span inside a content line) whose words are
  gone from their host line: the host's output line holds no word of the span beyond the words
  the host's expected text has. A host line removed whole counts as removed here and as lost
  content below.
- **title and headings once**: share of kept documents whose `text` has the title as its first
  line and the title and every real heading exactly once as lines (spaces normalised; trailing
  separators such as a comma left by a cut keyword are ignored).
- **content kept**: share of content units (sentences, pieces of a sentence around an injected
  span, list items, table rows) found in the output, spaces normalised; a wrongly rejected
  document loses all its units.
- **traps removed**: traps whose content is gone (a host unit missing, a heading gone, or the whole
  document rejected). Target: none.
- **decisions**: accuracy over all documents (kept, or rejected with the right reason), must-reject
  recall by reason (right reason, and rejected at all), false rejections of documents to keep,
  and a confusion listing.

Noise and headings are scored on the documents that should be kept and were kept; a noise unit
in a rejected document is neither a success nor a failure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

TARGETS: dict[str, tuple[str, float]] = {
    "noise_lines_removed": (">=", 0.97),
    "inline_noise_removed": (">=", 0.95),
    "title_and_headings_once": (">=", 0.97),
    "content_kept": (">=", 0.99),
    "traps_removed": ("==", 0),
    "must_reject_right_reason": (">=", 1.0),
}
EXPECTED_ROLES = frozenset({"title", "heading", "paragraph", "list_item", "table_row", "body"})

_SPACE_RE = re.compile(r"\s+")
_DROP_CHARS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACE_BEFORE_PUNCT_RE = re.compile(r" +([,.;:!?)\]])")
_MARKER_RE = re.compile(r"^(?:[-*•·◦▪●■►▶✓✔]|\d{1,3}[.)]|[a-zA-Z][.)])\s+")
_NON_WORD_RE = re.compile(r"[^\w]+")
_TOKEN_RE = re.compile(r"\w+")
_HEADING_TAIL_RE = re.compile(r"[\s,;:|\-–—]+$")


def norm(text: str) -> str:
    """NFC, invisible characters dropped, whitespace runs as one space, no space before punctuation."""
    text = unicodedata.normalize("NFC", text.translate(_DROP_CHARS))
    text = _SPACE_RE.sub(" ", text).strip()
    return _SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)


def key(text: str) -> str:
    """Comparison key of a line: normalised, case-folded, list marker and punctuation dropped."""
    text = _MARKER_RE.sub("", norm(text)).casefold()
    return _SPACE_RE.sub(" ", _NON_WORD_RE.sub(" ", text)).strip()


def heading_form(text: str) -> str:
    return _HEADING_TAIL_RE.sub("", norm(text))


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(norm(text).casefold())


def _short(text: str, n: int = 160) -> str:
    text = norm(text)
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------------------------------
# Reading a run


@dataclass
class Outcome:
    status: str  # keep, reject, quarantine, missing
    reason: str | None = None
    detail: str = ""
    text: str = ""
    title: str | None = None


def read_outcomes(out_dir: Path | str) -> dict[str, Outcome]:
    out = Path(out_dir)
    outcomes: dict[str, Outcome] = {}
    corpus = pl.read_parquet(out / "corpus" / "*.parquet", columns=["source", "title", "text"])
    for row in corpus.iter_rows(named=True):
        outcomes[row["source"]] = Outcome("keep", text=row["text"], title=row["title"])
    rejected = pl.read_parquet(out / "rejected" / "*.parquet", columns=["source", "reason", "detail", "text"])
    for row in rejected.iter_rows(named=True):
        outcomes[row["source"]] = Outcome("reject", row["reason"], row["detail"], row["text"])
    quarantine = pl.read_parquet(out / "quarantine" / "*.parquet", columns=["source", "error", "detail"])
    for row in quarantine.iter_rows(named=True):
        outcomes[row["source"]] = Outcome("quarantine", row["error"], row["detail"])
    return outcomes


# --------------------------------------------------------------------------------------------------
# Aligning a kept document's output lines to its gold lines


@dataclass
class Match:
    out: int
    exact: bool


def _sim(p_keys: tuple[str, str | None], p_tok: set[str], o_key: str, o_tok: set[str]) -> float:
    if o_key == p_keys[0] or (p_keys[1] is not None and o_key == p_keys[1]):
        return 1.0
    if not o_tok or not p_tok or o_tok.isdisjoint(p_tok):
        return 0.0
    shared = len(o_tok & p_tok)
    from_p, covered = shared / len(o_tok), shared / len(p_tok)
    if from_p >= 0.6 and covered >= 0.3:
        return 0.9 * (from_p + covered) / 2
    return 0.0


def align(lines: list[dict[str, Any]], out_lines: list[str], title: str | None) -> dict[int, Match]:
    """Order-preserving alignment of gold lines to output lines that maximises total similarity."""
    matches: dict[int, Match] = {}
    p_idx = list(range(len(lines)))
    o_idx = list(range(len(out_lines)))
    if title is not None and out_lines and heading_form(out_lines[0]) == heading_form(title):
        t = next((i for i, ln in enumerate(lines) if ln["role"] == "title"), None)
        if t is not None:
            matches[t] = Match(0, True)
            p_idx.remove(t)
            o_idx.remove(0)
    p_keys = [
        (key(lines[i]["raw"]), key(lines[i]["expected"]) if lines[i]["expected"] else None) for i in p_idx
    ]
    p_tok = [set(tokens(lines[i]["raw"])) | set(tokens(lines[i]["expected"] or "")) for i in p_idx]
    o_keys = [key(out_lines[j]) for j in o_idx]
    o_tok = [set(tokens(out_lines[j])) for j in o_idx]
    n, m = len(p_idx), len(o_idx)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    sims: dict[tuple[int, int], float] = {}
    for a in range(1, n + 1):
        row, prev = score[a], score[a - 1]
        pk, pt = p_keys[a - 1], p_tok[a - 1]
        for b in range(1, m + 1):
            best = prev[b] if prev[b] >= row[b - 1] else row[b - 1]
            s = _sim(pk, pt, o_keys[b - 1], o_tok[b - 1])
            if s > 0:
                sims[(a, b)] = s
                if prev[b - 1] + s > best:
                    best = prev[b - 1] + s
            row[b] = best
    a, b = n, m
    while a > 0 and b > 0:
        s = sims.get((a, b), 0.0)
        if s > 0 and abs(score[a][b] - (score[a - 1][b - 1] + s)) < 1e-9:
            matches[p_idx[a - 1]] = Match(o_idx[b - 1], s == 1.0)
            a, b = a - 1, b - 1
        elif score[a - 1][b] >= score[a][b - 1]:
            a -= 1
        else:
            b -= 1
    _prefer_real_lines(lines, out_lines, matches)
    return matches


def _prefer_real_lines(lines: list[dict[str, Any]], out_lines: list[str], matches: dict[int, Match]) -> None:
    """A real line left unmatched while a noise copy of it took an output line: swap them.

    The pipeline may keep any one copy of a repeated title or heading (whole or damaged); the kept
    one is the real line and the others are the removed noise, whichever position it stood at.
    """
    noise_by_key: dict[str, list[int]] = defaultdict(list)
    for i, _m in sorted(matches.items()):
        if lines[i]["role"] == "noise":
            noise_by_key[key(lines[i]["raw"])].append(i)
    for i, ln in enumerate(lines):
        if i in matches or ln["role"] not in EXPECTED_ROLES or not ln["expected"]:
            continue
        candidates = noise_by_key.get(key(ln["expected"]))
        if candidates:
            j = candidates.pop(0)
            matches[i] = matches.pop(j)


# --------------------------------------------------------------------------------------------------
# The report


@dataclass
class Ratio:
    ok: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.ok += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.ok / self.total

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "total": self.total, "value": self.value}


@dataclass
class Report:
    n_docs: int = 0
    noise_lines: Ratio = field(default_factory=Ratio)
    noise_lines_by_category: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    noise_lines_by_subkind: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    inline: Ratio = field(default_factory=Ratio)
    inline_by_category: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    inline_by_subkind: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    headings_once: Ratio = field(default_factory=Ratio)
    title_column: Ratio = field(default_factory=Ratio)  # the corpus `title` is the gold title (or null)
    content: Ratio = field(default_factory=Ratio)
    content_in_kept_docs: Ratio = field(default_factory=Ratio)
    traps: Ratio = field(default_factory=Ratio)  # ok = trap kept
    traps_by_kind: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    decisions: Ratio = field(default_factory=Ratio)
    must_reject: Ratio = field(default_factory=Ratio)  # rejected with the right reason
    must_reject_by_reason: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    must_reject_any_reason: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    false_rejections: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    markup_noise: Ratio = field(default_factory=Ratio)
    unexplained_lines: int = 0
    failures: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    timings: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def traps_removed(self) -> int:
        return self.traps.total - self.traps.ok

    def metric(self, name: str) -> float | int | None:
        return {
            "noise_lines_removed": self.noise_lines.value,
            "inline_noise_removed": self.inline.value,
            "title_and_headings_once": self.headings_once.value,
            "content_kept": self.content.value,
            "traps_removed": self.traps_removed,
            "must_reject_right_reason": self.must_reject.value,
        }[name]

    def passed(self, name: str) -> bool:
        op, target = TARGETS[name]
        value = self.metric(name)
        if value is None:
            return False
        return value >= target if op == ">=" else value == target

    def as_dict(self) -> dict[str, Any]:
        def ratios(d: dict[str, Ratio]) -> dict[str, Any]:
            return {k: v.as_dict() for k, v in sorted(d.items())}

        return {
            "meta": self.meta,
            "n_docs": self.n_docs,
            "targets": {
                name: {"value": self.metric(name), "target": f"{op} {t}", "passed": self.passed(name)}
                for name, (op, t) in TARGETS.items()
            },
            "noise_lines": self.noise_lines.as_dict(),
            "noise_lines_by_category": ratios(self.noise_lines_by_category),
            "noise_lines_by_subkind": ratios(self.noise_lines_by_subkind),
            "inline_noise": self.inline.as_dict(),
            "inline_noise_by_category": ratios(self.inline_by_category),
            "inline_noise_by_subkind": ratios(self.inline_by_subkind),
            "title_and_headings_once": self.headings_once.as_dict(),
            "title_column_right": self.title_column.as_dict(),
            "content_kept": self.content.as_dict(),
            "content_kept_in_kept_documents": self.content_in_kept_docs.as_dict(),
            "traps": {"kept": self.traps.ok, "total": self.traps.total, "removed": self.traps_removed},
            "traps_by_kind": ratios(self.traps_by_kind),
            "decision_accuracy": self.decisions.as_dict(),
            "must_reject_right_reason": self.must_reject.as_dict(),
            "must_reject_by_reason": ratios(self.must_reject_by_reason),
            "must_reject_rejected_any_reason": ratios(self.must_reject_any_reason),
            "false_rejections": self.false_rejections,
            "confusion": [
                {"expected": e, "actual": a, "count": n} for (e, a), n in sorted(self.confusion.items())
            ],
            "markup_noise_dropped": self.markup_noise.as_dict(),
            "unexplained_output_lines": self.unexplained_lines,
            "failures": {k: v for k, v in sorted(self.failures.items())},
            "timings": self.timings,
        }


def _label(outcome: Outcome) -> str:
    if outcome.status == "keep":
        return "keep"
    if outcome.status == "reject":
        return outcome.reason or "?"
    return f"{outcome.status}:{outcome.reason}" if outcome.reason else outcome.status


def _window(text: str, span: str, width: int = 70) -> str:
    """The part of `text` around where `span` (or its first word) stands."""
    text = norm(text)
    at = text.casefold().find(norm(span).casefold())
    if at < 0:
        for tok in tokens(span):
            m = re.search(rf"\b{re.escape(tok)}\b", text, re.IGNORECASE)
            if m:
                at = m.start()
                break
    if at < 0:
        return _short(text, 2 * width)
    start, end = max(0, at - width), min(len(text), at + len(span) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _nearest(unit: str, out_lines: list[str]) -> str:
    unit_tok = set(tokens(unit))
    best, best_score = "", 0.0
    for line in out_lines:
        lt = set(tokens(line))
        if not lt or not unit_tok:
            continue
        s = len(unit_tok & lt) / len(unit_tok)
        if s > best_score:
            best, best_score = line, s
    return _short(best) if best_score >= 0.3 else "(no similar line in the output)"


def score(gold: list[dict[str, Any]], out_dir: Path | str) -> Report:
    outcomes = read_outcomes(out_dir)
    report = Report(n_docs=len(gold))
    for doc in gold:
        outcome = outcomes.get(doc["source"], Outcome("missing"))
        _score_decision(report, doc, outcome)
        if doc["decision"] != "keep":
            continue
        if outcome.status != "keep":
            _score_lost_document(report, doc, outcome)
            continue
        _score_kept_document(report, doc, outcome)
    return report


def _score_decision(report: Report, doc: dict[str, Any], outcome: Outcome) -> None:
    expected = "keep" if doc["decision"] == "keep" else doc["reason"]
    actual = _label(outcome)
    report.confusion[(expected, actual)] += 1
    report.decisions.add(expected == actual)
    if outcome.status in ("quarantine", "missing"):
        report.failures["crash"].append(
            {"source": doc["source"], "error": actual, "detail": _short(outcome.detail, 400)}
        )
    if doc["decision"] == "keep":
        if actual != "keep":
            report.false_rejections += 1
            report.failures["false_rejection"].append(
                {"source": doc["source"], "actual": actual, "detail": outcome.detail, "title": doc["title"]}
            )
        return
    right = actual == doc["reason"]
    report.must_reject.add(right)
    report.must_reject_by_reason[doc["reason"]].add(right)
    report.must_reject_any_reason[doc["reason"]].add(outcome.status == "reject")
    if not right:
        report.failures[f"decision:{doc['reason']}"].append(
            {
                "source": doc["source"],
                "variant": doc["variant"],
                "expected": doc["reason"],
                "actual": actual,
                "detail": _short(outcome.detail, 200),
                "title": doc["title"],
            }
        )


def _score_lost_document(report: Report, doc: dict[str, Any], outcome: Outcome) -> None:
    """A document to keep that was rejected: its content and its traps are lost with it."""
    for _unit in doc["content"]:
        report.content.add(False)
    for trap in doc["traps"]:
        report.traps.add(False)
        report.traps_by_kind[trap["kind"]].add(False)
    if doc["traps"]:
        kinds = Counter(t["kind"] for t in doc["traps"])
        report.failures["trap_lost_with_document"].append(
            {
                "source": doc["source"],
                "actual": _label(outcome),
                "traps": ", ".join(f"{k} x{n}" if n > 1 else k for k, n in sorted(kinds.items())),
            }
        )


def _score_kept_document(report: Report, doc: dict[str, Any], outcome: Outcome) -> None:
    source = doc["source"]
    out_lines = [ln for ln in outcome.text.split("\n") if ln.strip()]
    lines = doc["lines"]
    matches = align(lines, out_lines, doc["title"])
    joined = "\n".join(norm(o) for o in out_lines)

    # Content
    for unit in doc["content"]:
        ok = norm(unit) in joined
        report.content.add(ok)
        report.content_in_kept_docs.add(ok)
        if not ok:
            report.failures["content_lost"].append(
                {"source": source, "unit": _short(unit), "output": _nearest(unit, out_lines)}
            )

    # Noise lines, and output lines left over
    survived_lines: set[int] = {i for i, ln in enumerate(lines) if ln["role"] == "noise" and i in matches}
    used_outputs = {m.out for m in matches.values()}
    extras = [j for j in range(len(out_lines)) if j not in used_outputs]
    residue_of: dict[int, int] = {}
    for j in extras:
        o_tok = set(tokens(out_lines[j]))
        best, best_share = None, 0.0
        for i, ln in enumerate(lines):
            if ln["role"] != "noise" or i in survived_lines or not o_tok:
                continue
            share = len(o_tok & set(tokens(ln["raw"]))) / len(o_tok)
            if share > best_share:
                best, best_share = i, share
        if best is not None and best_share >= 0.7:
            survived_lines.add(best)
            residue_of[best] = j
        else:
            report.unexplained_lines += 1
            report.failures["unexplained_output_line"].append(
                {"source": source, "output": _short(out_lines[j])}
            )
    for unit in doc["noise"]:
        if unit["kind"] != "line":
            continue
        i = unit["line"]
        removed = i not in survived_lines
        report.noise_lines.add(removed)
        report.noise_lines_by_category[unit["category"]].add(removed)
        report.noise_lines_by_subkind[f"{unit['category']}/{unit['subkind']}"].add(removed)
        if not removed:
            j = matches[i].out if i in matches else residue_of[i]
            report.failures[f"noise_line:{unit['category']}"].append(
                {
                    "source": source,
                    "subkind": unit["subkind"],
                    "unit": _short(unit["text"]),
                    "output": _short(out_lines[j])
                    + ("" if i in matches and matches[i].exact else "  (part)"),
                }
            )

    # Inline noise
    by_line: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for unit in doc["noise"]:
        if unit["kind"] == "inline":
            by_line[unit["line"]].append(unit)
    for i, units in sorted(by_line.items()):
        host = lines[i]
        m = matches.get(i)
        diff: Counter[str] = Counter()
        out_text = ""
        if m is not None:
            out_text = out_lines[m.out]
            if key(out_text) != key(host["expected"] or ""):
                diff = Counter(tokens(out_text)) - Counter(tokens(host["expected"] or ""))
        for unit in units:
            span = Counter(tokens(unit["text"]))
            survived = bool(span & diff)
            diff -= span
            report.inline.add(not survived)
            report.inline_by_category[unit["category"]].add(not survived)
            report.inline_by_subkind[f"{unit['category']}/{unit['subkind']}"].add(not survived)
            if survived:
                report.failures[f"inline:{unit['category']}"].append(
                    {
                        "source": source,
                        "subkind": unit["subkind"],
                        "unit": _short(unit["text"]),
                        "output": _window(out_text, unit["text"]),
                    }
                )

    # Title and headings
    counts = Counter(heading_form(o) for o in out_lines)
    problems = []
    title = doc["title"]
    if title is not None:
        first = out_lines[0] if out_lines else ""
        if heading_form(first) != heading_form(title):
            problems.append(f"first line is {_short(first, 80)!r}, not the title")
        if counts[heading_form(title)] != 1:
            problems.append(f"title x{counts[heading_form(title)]}")
    for h in doc["headings"]:
        n = counts[heading_form(h)]
        if n != 1:
            seen = next((o for o in out_lines if n == 0 and norm(o).startswith(heading_form(h))), None)
            problems.append(f"heading {h!r} x{n}" + (f" (as {_short(seen, 100)!r})" if seen else ""))
    report.headings_once.add(not problems)
    report.title_column.add(
        (outcome.title is None and title is None)
        or (
            outcome.title is not None
            and title is not None
            and heading_form(outcome.title) == heading_form(title)
        )
    )
    if problems:
        report.failures["title_and_headings"].append(
            {"source": source, "title": _short(title or "(none)", 80), "problems": "; ".join(problems)}
        )

    # Traps
    for trap in doc["traps"]:
        if "heading" in trap:
            kept = norm(trap["heading"]) in joined
        else:
            kept = all(norm(h) in joined for h in trap["hosts"])
        report.traps.add(kept)
        report.traps_by_kind[trap["kind"]].add(kept)
        if not kept:
            missing = next((h for h in trap.get("hosts", []) if norm(h) not in joined), trap["text"])
            report.failures["trap_removed"].append(
                {
                    "source": source,
                    "kind": trap["kind"],
                    "text": _short(missing),
                    "output": _nearest(missing, out_lines),
                }
            )

    # Chrome that extraction must drop (unless the same text is also a line of the article)
    out_keys = {key(o) for o in out_lines}
    article_keys = {key(ln["raw"]) for ln in lines}
    for unit in doc["markup_noise"]:
        survived = key(unit["text"]) in out_keys and key(unit["text"]) not in article_keys
        report.markup_noise.add(not survived)
        if survived:
            report.failures["markup_noise"].append(
                {"source": source, "subkind": unit["subkind"], "unit": _short(unit["text"])}
            )
