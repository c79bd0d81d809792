"""A finished run told for people: the Markdown summary and the per-rule flag counts that the flow
publishes as Prefect artifacts. Built from the manifest alone, so it says what the run published."""

from __future__ import annotations

from pathlib import Path

from pipeline.apply import VERDICT_CHANGES
from schemas import RunManifest

# Run phases in the order they happen (wall seconds); `stage.*` timings are worker seconds summed
# over shards, which may exceed the wall time when shards run in parallel.
PHASES = ("plan", "clean", "corpus_pass", "finalise", "publish", "total")


def _rows(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def run_report_markdown(manifest: RunManifest, out_dir: Path) -> str:
    """Inputs, kept, rejected by reason, quarantined by error, flags by category, time per stage."""
    inputs, outputs = manifest.inputs, manifest.outputs
    lines = [
        f"# Saring run `{manifest.run_id}`",
        "",
        f"Raw folder `{manifest.raw_dir}`, published to `{out_dir}` "
        f"(config `{manifest.config_hash}`, pipeline {manifest.pipeline_version}).",
        "",
        *_rows(
            ("", "count"),
            [
                ("documents in", f"{inputs['units']:,} from {inputs['files']:,} files"),
                (
                    "files against the previous run",
                    f"{inputs.get('new', 0):,} new, {inputs.get('changed', 0):,} changed, "
                    f"{inputs.get('reused', 0):,} reused (not cleaned again), "
                    f"{inputs.get('removed', 0):,} removed",
                ),
                ("hidden files skipped", f"{inputs.get('skipped_hidden', 0):,}"),
                ("kept (corpus)", f"{outputs['corpus']:,}"),
                ("rejected", f"{outputs['rejected']:,}"),
                ("quarantined", f"{outputs['quarantined']:,}"),
                ("counts add up", "yes" if manifest.balanced else "**no**"),
            ],
        ),
        "",
        "## Rejected by reason",
        "",
        *(
            _rows(
                ("reason", "documents"),
                [(f"`{r}`", f"{n:,}") for r, n in manifest.rejected_by_reason.items()],
            )
            if manifest.rejected_by_reason
            else ["None."]
        ),
        "",
        "## Quarantined by error",
        "",
        *(
            _rows(
                ("error", "inputs"), [(f"`{e}`", f"{n:,}") for e, n in manifest.quarantined_by_error.items()]
            )
            if manifest.quarantined_by_error
            else ["None."]
        ),
        "",
        "## Flags by category",
        "",
        *(
            _rows(
                ("category", "removed", "kept"),
                [(f"`{c}`", f"{n.removed:,}", f"{n.kept:,}") for c, n in manifest.flags_by_category.items()],
            )
            if manifest.flags_by_category
            else ["None."]
        ),
        "",
        "## Time",
        "",
        *_rows(
            ("phase", "wall seconds"),
            [(p, f"{manifest.timings[p]:.2f}") for p in PHASES if p in manifest.timings],
        ),
        "",
        *_rows(
            ("stage (all shards)", "worker seconds"),
            [
                (k.removeprefix("stage."), f"{v:.2f}")
                for k, v in manifest.timings.items()
                if k.startswith("stage.")
            ],
        ),
    ]
    if manifest.corpus_pass:
        cp = manifest.corpus_pass
        lines += [
            "",
            f"Corpus pass over {cp['documents']:,} documents: {cp['exact_duplicates']:,} exact and "
            f"{cp['near_duplicates']:,} near duplicates, {cp['repeated_lines']:,} repeated lines.",
        ]
    if manifest.verdicts.get("in_force"):
        in_force = manifest.verdicts["in_force"]
        lines += [
            "",
            f"Editors' verdicts in force: {in_force:,} ({verdict_changes_text(manifest.verdicts)}).",
        ]
    return "\n".join(lines) + "\n"


def verdict_changes_text(verdicts: dict[str, int | str]) -> str:
    """What the editors' verdicts changed in a run, e.g. `1 not noise kept, 0 confirmed removed, ...`."""
    return ", ".join(f"{verdicts.get(k, 0):,} {k.replace('_', ' ')}" for k in VERDICT_CHANGES)


def flag_counts_by_rule(manifest: RunManifest) -> list[dict[str, str | int]]:
    """One row per rule that flagged anything: a summary table, never one row per flag."""
    return [
        {"rule": rule, "category": rule.split(".")[0], "removed": n.removed, "kept": n.kept}
        for rule, n in manifest.flags_by_rule.items()
    ]


def review_command(out_dir: Path) -> str:
    return f"saring review --out {out_dir}"
