"""`saring eval`'s console output: the metrics against the targets, and the top failures."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from evaluation.score import TARGETS, Ratio, Report

LABELS = {
    "noise_lines_removed": "noise lines removed",
    "inline_noise_removed": "inline noise removed",
    "title_and_headings_once": "title and every heading exactly once",
    "content_kept": "real content kept",
    "traps_removed": "traps removed",
    "must_reject_right_reason": "must-reject docs rejected, right reason",
}
CATEGORIES = (
    "boilerplate",
    "duplicate_heading",
    "table_of_contents",
    "keyword_stuffing",
    "injected_spam",
    "placeholder",
)
FAILURE_ORDER = (
    "crash",
    "false_rejection",
    "decision:spam_page",
    "decision:too_short",
    "decision:language",
    "decision:low_quality",
    *(f"noise_line:{c}" for c in CATEGORIES),
    *(f"inline:{c}" for c in CATEGORIES),
    "title_and_headings",
    "content_lost",
    "trap_removed",
    "trap_lost_with_document",
    "markup_noise",
    "unexplained_output_line",
)
FAILURE_TITLES = {
    "crash": "inputs quarantined or missing (pipeline crashed on them)",
    "false_rejection": "documents to keep that were rejected",
    "title_and_headings": "kept documents whose title/headings are not exactly once (title first)",
    "content_lost": "content units missing from kept documents",
    "trap_removed": "traps removed from kept documents",
    "trap_lost_with_document": "traps lost with a wrongly rejected document",
    "markup_noise": "page chrome in nav/header/footer/aside/hidden that survived extraction",
    "unexplained_output_line": "output lines matching no line of the gold",
}


def fmt_ratio(r: Ratio, digits: int = 3) -> str:
    if r.value is None:
        return "n/a"
    return f"{r.value:.{digits}f} ({r.ok:,}/{r.total:,})"


def _target_text(name: str) -> str:
    op, target = TARGETS[name]
    return f"= {target}" if op == "==" else f"≥ {target}"


def targets_table(report: Report) -> Table:
    meta = report.meta
    title = (
        f"Saring eval: {report.n_docs} documents, seed {meta.get('seed', '?')}, "
        f"noise inventory {meta.get('inventory', 'a')}"
    )
    if meta.get("inventory", "a") != "a" and meta.get("inventory_role"):
        title += f" ({meta['inventory_role']})"
    table = Table(title=title, title_justify="left")
    table.add_column("metric", style="bold")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("", justify="center")
    ratios = {
        "noise_lines_removed": report.noise_lines,
        "inline_noise_removed": report.inline,
        "title_and_headings_once": report.headings_once,
        "content_kept": report.content,
        "must_reject_right_reason": report.must_reject,
    }
    for name in TARGETS:
        if name == "traps_removed":
            value = f"{report.traps_removed:,} of {report.traps.total:,}"
        else:
            value = fmt_ratio(ratios[name])
        ok = report.passed(name)
        table.add_row(LABELS[name], value, _target_text(name), "[green]pass" if ok else "[red]FAIL")
    table.add_section()
    table.add_row("doc-level decision accuracy", fmt_ratio(report.decisions), "", "")
    kept_total = sum(n for (e, _), n in report.confusion.items() if e == "keep")
    table.add_row("false rejections (docs to keep)", f"{report.false_rejections:,} of {kept_total:,}", "", "")
    table.add_row("content kept, in kept docs only", fmt_ratio(report.content_in_kept_docs), "", "")
    table.add_row("corpus `title` column right", fmt_ratio(report.title_column), "", "")
    table.add_row("html chrome dropped by extraction", fmt_ratio(report.markup_noise), "", "")
    if report.timings:
        t = report.timings
        table.add_row(
            "time",
            f"generate {t['generate']:.1f} s, clean {t['clean']:.1f} s, score {t['score']:.1f} s",
            "",
            "",
        )
    return table


def category_table(report: Report) -> Table:
    table = Table(title="Noise removed, by category", title_justify="left")
    table.add_column("category", style="bold")
    table.add_column("noise lines", justify="right")
    table.add_column("inline noise", justify="right")
    for cat in CATEGORIES:
        lines = report.noise_lines_by_category.get(cat, Ratio())
        inline = report.inline_by_category.get(cat, Ratio())
        table.add_row(cat, fmt_ratio(lines), fmt_ratio(inline))
    table.add_section()
    table.add_row("all", fmt_ratio(report.noise_lines), fmt_ratio(report.inline))
    return table


def subkind_table(report: Report, below: float = 1.0) -> Table:
    table = Table(title="Noise removed, by kind (kinds below 1.0)", title_justify="left")
    table.add_column("category/kind", style="bold")
    table.add_column("lines", justify="right")
    table.add_column("inline", justify="right")
    kinds = sorted(set(report.noise_lines_by_subkind) | set(report.inline_by_subkind))
    for kind in kinds:
        lines = report.noise_lines_by_subkind.get(kind, Ratio())
        inline = report.inline_by_subkind.get(kind, Ratio())
        worst = min(v for v in (lines.value, inline.value) if v is not None)
        if worst < below:
            table.add_row(
                kind, fmt_ratio(lines, 2) if lines.total else "", fmt_ratio(inline, 2) if inline.total else ""
            )
    return table


def decisions_table(report: Report) -> Table:
    table = Table(title="Decisions (expected → actual)", title_justify="left")
    table.add_column("expected", style="bold")
    table.add_column("right", justify="right")
    table.add_column("rejected at all", justify="right")
    table.add_column("actual outcomes")
    expected = sorted({e for e, _ in report.confusion}, key=lambda e: (e != "keep", e))
    for e in expected:
        outcomes = {a: n for (x, a), n in report.confusion.items() if x == e}
        total = sum(outcomes.values())
        right = outcomes.get(e, 0)
        any_reject = "" if e == "keep" else fmt_ratio(report.must_reject_any_reason.get(e, Ratio()), 2)
        listing = ", ".join(f"{a} {n}" for a, n in sorted(outcomes.items(), key=lambda kv: -kv[1]))
        table.add_row(e, f"{right}/{total}", any_reject, listing)
    return table


def _examples(items: list[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """Up to `k` examples, spread over sub-kinds (most frequent first) so that each pattern shows."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        groups[str(item.get("subkind") or item.get("kind") or item.get("actual") or "")].append(item)
    order = sorted(groups, key=lambda g: (-len(groups[g]), g))
    picked: list[dict[str, Any]] = []
    depth = 0
    while len(picked) < k and any(depth < len(groups[g]) for g in order):
        for g in order:
            if depth < len(groups[g]) and len(picked) < k:
                picked.append(groups[g][depth])
        depth += 1
    return picked


def print_failures(report: Report, console: Console, k: int) -> None:
    if k <= 0:
        return
    names = [n for n in FAILURE_ORDER if report.failures.get(n)]
    names += sorted(n for n in report.failures if n not in FAILURE_ORDER and report.failures[n])
    for name in names:
        items = report.failures[name]
        title = FAILURE_TITLES.get(name, name.replace(":", ": ").replace("_", " "))
        counts = Counter(str(i.get("subkind") or i.get("kind") or i.get("actual") or "") for i in items)
        breakdown = ", ".join(f"{s} {n}" for s, n in counts.most_common(8) if s)
        console.print(
            f"\n[bold]{escape(title)}[/bold]: {len(items)}"
            + (f"  ({escape(breakdown)})" if breakdown else "")
        )
        for item in _examples(items, k):
            fields = "  ".join(
                f"[dim]{escape(f)}:[/dim] {escape(str(v))}" for f, v in item.items() if f != "source"
            )
            console.print(f"  • [cyan]{escape(item.get('source', ''))}[/cyan]  {fields}", soft_wrap=False)


def print_report(report: Report, console: Console, show_failures: int) -> None:
    console.print(targets_table(report))
    console.print(category_table(report))
    console.print(subkind_table(report))
    console.print(decisions_table(report))
    print_failures(report, console, show_failures)
