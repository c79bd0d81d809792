"""`saring`: the command line. `saring run` cleans a raw folder through the Prefect flow, `saring
serve` serves that flow as a scheduled Prefect deployment;
`saring schema` prints the output tables' columns; `saring eval` measures the cleaning on Saring's
own evaluation set; `saring review` serves the editors' review app and `saring verdicts` shares
their verdicts."""

from __future__ import annotations

import json
import os
import threading
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.remote import default_cache_root, is_url, local_path, mirror_folder
from pipeline.report import verdict_changes_text

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
ConfigOption = Annotated[Path | None, typer.Option(help="TOML settings file (see README).")]
RawOption = Annotated[Path, typer.Option(help="Folder of raw inputs (txt, html, jsonl, jsonl.gz, parquet).")]
OutOption = Annotated[
    Path, typer.Option(help="Output folder for the corpus, flags, rejected, quarantine tables.")
]
RawLocationOption = Annotated[
    str,
    typer.Option(
        "--raw",
        help="Folder of raw inputs (txt, html, jsonl, jsonl.gz, parquet): a path or an fsspec URL (s3://...).",
    ),
]
OutLocationOption = Annotated[
    str,
    typer.Option(
        "--out",
        help="Output folder for the corpus, flags, rejected, quarantine tables: a path or an fsspec URL.",
    ),
]
WorkersOption = Annotated[
    int | None, typer.Option(min=1, help="Worker processes (default from settings: 2).")
]


class Runner(StrEnum):
    processes = "processes"
    dask = "dask"


RunnerOption = Annotated[
    Runner | None,
    typer.Option(
        help="Run shards in worker processes here, or on a temporary local Dask cluster of WORKERS "
        "processes (default from settings: processes).",
    ),
]
DaskAddressOption = Annotated[
    str | None,
    typer.Option(
        help="Scheduler of an existing Dask cluster (tcp://host:8786) to run shards on; its workers "
        "need Saring installed and the RAW and OUT folders at the same paths.",
    ),
]
console = Console(stderr=True)


def _quiet_prefect(verbose: bool) -> None:
    """Defaults for Prefect that suit a command-line run; the user's own environment wins.

    Prefect's console logs would tear through the progress bar, so the console shows warnings
    only (the API still receives every log); telemetry stays off, as these machines are often
    offline and Prefect logs an error for each failed report. Prefect's temporary API server gets
    90 s to start instead of 20: on a loaded machine it takes longer, and the run would fail.
    """
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def _watch_progress(out: Path, since: float, progress: Progress, task_id: Any, stop: threading.Event) -> None:
    """Follow the run through the files it writes: the plan (shard count) and one report per shard."""
    staging = out / ".saring" / "staging"
    while not stop.wait(0.25):
        plan = staging / "plan.json"
        try:
            if plan.stat().st_mtime < since:
                continue
            total = len(json.loads(plan.read_text())["shards"])
        except (OSError, ValueError, KeyError):
            continue
        done = len(list((staging / "shards").glob("*.json"))) if (staging / "shards").is_dir() else 0
        progress.update(task_id, total=total, completed=min(done, total))


def _summary_table(result: dict[str, Any], wall: float) -> Table:
    table = Table(title="Saring run", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    inputs, outputs = result["inputs"], result["outputs"]
    table.add_row("documents in", f"{inputs['units']:,} (from {inputs['files']:,} files)")
    table.add_row(
        "files",
        f"{inputs.get('new', 0):,} new, {inputs.get('changed', 0):,} changed, "
        f"{inputs.get('reused', 0):,} reused, {inputs.get('removed', 0):,} removed",
    )
    table.add_row("kept", f"{outputs['corpus']:,}")
    table.add_row("rejected", f"{outputs['rejected']:,}")
    for reason, n in result["rejected_by_reason"].items():
        table.add_row(f"  {reason}", f"{n:,}")
    table.add_row("quarantined", f"{outputs['quarantined']:,}")
    for error, n in result["quarantined_by_error"].items():
        table.add_row(f"  {error}", f"{n:,}")
    for category, counts in result["flags_by_category"].items():
        table.add_row(f"flags {category}", f"{counts['removed']:,} removed, {counts['kept']:,} kept")
    verdicts = result.get("verdicts", {})
    if verdicts.get("in_force"):
        table.add_row(
            "editors' verdicts", f"{verdicts['in_force']:,} in force: {verdict_changes_text(verdicts)}"
        )
    table.add_row("time", f"{wall:.1f} s ({result['seconds']:.1f} s cleaning)")
    if not result["balanced"]:
        table.add_row("[red]counts", "[red]inputs != kept + rejected + quarantined")
    return table


def _check_inputs(raw: Path | None, config: Path | None) -> None:
    """Exit with status 2 and a clear message when the raw folder (unless a URL: None) or the config
    file is missing."""
    if raw is not None and not raw.is_dir():
        console.print(f"[red]raw folder not found:[/red] {raw}")
        raise typer.Exit(2)
    if config is not None and not config.is_file():
        console.print(f"[red]config file not found:[/red] {config}")
        raise typer.Exit(2)


@app.command()
def run(
    raw: RawLocationOption = "raw",
    out: OutLocationOption = "clean",
    config: ConfigOption = None,
    workers: WorkersOption = None,
    runner: RunnerOption = None,
    dask_address: DaskAddressOption = None,
    full: Annotated[
        bool,
        typer.Option("--full", help="Clean every input again, even those the published output already has."),
    ] = False,
    verbose: Annotated[bool, typer.Option(help="Show Prefect's logs on the console.")] = False,
) -> None:
    """Clean every input under RAW into a Parquet corpus under OUT, through the Prefect flow.

    Inputs the published output already cleaned with the same configuration and code are reused,
    not cleaned again; duplicates and repeated lines are still decided over the whole corpus."""
    _quiet_prefect(verbose)
    # A URL is checked when the run mirrors it; the run works on a local mirror of an output URL.
    _check_inputs(None if is_url(raw) else local_path(raw), config)
    work_out = mirror_folder(out, default_cache_root(), "out") if is_url(out) else local_path(out)
    from flows.clean import run_clean  # imports Prefect: after the environment defaults are set

    started = time.time()
    stop = threading.Event()
    columns = (TextColumn("cleaning shards"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task_id = progress.add_task("shards", total=None)
        watcher = threading.Thread(
            target=_watch_progress, args=(work_out, started - 1, progress, task_id, stop), daemon=True
        )
        watcher.start()
        try:
            result = run_clean(
                raw,
                out,
                str(config) if config else None,
                workers,
                full,
                runner.value if runner else None,
                dask_address,
            )
        except Exception as exc:
            console.print(f"[red]run failed:[/red] {type(exc).__name__}: {exc}")
            raise typer.Exit(1) from exc
        finally:
            stop.set()
            watcher.join()
    Console().print(_summary_table(result, time.time() - started))
    console.print(f"corpus: {out.rstrip('/')}/corpus   manifest: {out.rstrip('/')}/manifest.json")
    if not result["balanced"]:
        raise typer.Exit(1)


@app.command()
def serve(
    cron: Annotated[
        str | None, typer.Option(help='Schedule, as cron (e.g. "0 2 * * *": every night at 02:00).')
    ] = None,
    raw: RawOption = Path("raw"),
    out: OutOption = Path("clean"),
    name: Annotated[str, typer.Option(help="Deployment name: runs are `saring-clean/NAME`.")] = "saring",
    config: ConfigOption = None,
    workers: WorkersOption = None,
    runner: RunnerOption = None,
    dask_address: DaskAddressOption = None,
    verbose: Annotated[bool, typer.Option(help="Show Prefect's logs on the console.")] = True,
) -> None:
    """Serve the cleaning flow as a Prefect deployment with these parameters and schedule, until
    stopped; `prefect deployment run 'saring-clean/NAME'` starts a run at any time."""
    _quiet_prefect(verbose)
    _check_inputs(raw, config)
    from flows.deploy import serve_clean  # imports Prefect: after the environment defaults are set

    serve_clean(name, cron, raw, out, config, workers, runner.value if runner else None, dask_address)


@app.command()
def schema() -> None:
    """Print the columns of the output tables (derived from the pydantic models)."""
    from schemas.arrow import describe_tables

    typer.echo(describe_tables())


@app.command(name="eval")
def eval_(
    docs: Annotated[int, typer.Option(min=1, help="Documents to generate.")] = 300,
    seed: Annotated[int, typer.Option(help="Seed of the generator: the same seed, the same set.")] = 0,
    workdir: Annotated[
        Path | None,
        typer.Option(
            help="Keep the inputs, gold, output and report.json here (default: a temporary folder)."
        ),
    ] = None,
    show_failures: Annotated[int, typer.Option(min=0, help="Examples shown per kind of failure.")] = 5,
    config: ConfigOption = None,
    inventory: Annotated[
        str,
        typer.Option(
            help="Noise inventory: a (the one the rules are developed against), b (written separately, "
            "other wordings: a check of how far the rules generalise), c (written independently of a, "
            "b and the rules) or d (written independently of a, b, c and the rules: the held-out final "
            "check, never used for tuning)."
        ),
    ] = "a",
) -> None:
    """Generate the evaluation set (noise injected at known places), clean it, and score the output
    against the gold: per-category recall of noise, content kept, headings, traps, decisions.

    It measures and never gates: the exit code is 0 whatever the figures; 1 if the evaluation crashed."""
    import tempfile

    from evaluation.generate import INVENTORIES
    from evaluation.present import print_report
    from evaluation.run import REPORT_FILE, run_eval
    from pipeline.config import load_settings

    if config is not None and not config.is_file():
        console.print(f"[red]config file not found:[/red] {config}")
        raise typer.Exit(2)
    if inventory not in INVENTORIES:
        console.print(
            f"[red]unknown noise inventory:[/red] {inventory} (expected one of {', '.join(INVENTORIES)})"
        )
        raise typer.Exit(2)
    try:
        settings = load_settings(config)
        if workdir is None:
            with tempfile.TemporaryDirectory(prefix="saring-eval-") as tmp:
                report = run_eval(docs, seed, tmp, settings, inventory)
        else:
            report = run_eval(docs, seed, workdir, settings, inventory)
    except Exception as exc:
        console.print(f"[red]evaluation failed:[/red] {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from exc
    print_report(report, Console(width=max(Console().width, 140)), show_failures)
    if workdir is not None:
        console.print(
            f"inputs: {workdir / 'raw'}   gold: {workdir / 'gold.jsonl'}   report: {workdir / REPORT_FILE}"
        )
    else:
        console.print("pass --workdir DIR to keep the inputs, the gold and report.json")


# The options the trainers of the learned models share.
WeightsOutOption = Annotated[
    Path, typer.Option(help="Where to write the weights (TSV, gzipped when it ends in .gz).")
]
TrainingDocsOption = Annotated[int, typer.Option(min=10, help="Documents per generated training set.")]
TrainingSeedsOption = Annotated[
    str, typer.Option(help="Generator seeds, comma-separated: one set per seed and inventory.")
]
TrainingInventoriesOption = Annotated[
    str, typer.Option(help="Noise inventories to train on (letters, e.g. abc).")
]
TrainingWorkdirOption = Annotated[
    Path | None, typer.Option(help="Keep the generated training sets here (default: a temporary folder).")
]


def _training_seeds(inventories: str, seeds: str) -> list[int]:
    """The seeds of a learned model's training sets; exits on an unknown noise inventory."""
    from evaluation.generate import INVENTORIES

    unknown = sorted(set(inventories) - set(INVENTORIES))
    if unknown:
        console.print(f"[red]unknown noise inventory:[/red] {', '.join(unknown)}")
        raise typer.Exit(2)
    return [int(s) for s in seeds.split(",") if s.strip()]


@app.command(name="train-line-model")
def train_line_model_(
    out: WeightsOutOption,
    docs: TrainingDocsOption = 300,
    seeds: TrainingSeedsOption = "1,2,3,4",
    inventories: TrainingInventoriesOption = "abc",
    workdir: TrainingWorkdirOption = None,
) -> None:
    """Train the line model (`pipeline/rules/line_model.py`) on lines of the evaluation generator whose
    labels are known, and write its weights. Point `line_model.weights` in a lexicon file at them, or
    replace the packaged `pipeline/rules/line_model.tsv.gz`."""
    import tempfile

    from evaluation.line_model import train_line_model

    seed_list = _training_seeds(inventories, seeds)
    with tempfile.TemporaryDirectory(prefix="saring-train-") as tmp:
        counts = train_line_model(workdir or tmp, out, inventories, seed_list, docs)
    console.print(f"lines per class: {counts}; weights written to {out}")


@app.command(name="train-span-model")
def train_span_model_(
    out: WeightsOutOption,
    docs: TrainingDocsOption = 300,
    seeds: TrainingSeedsOption = "1",
    inventories: TrainingInventoriesOption = "abc",
    probes: Annotated[
        Path | None,
        typer.Option(
            help="A folder of training probes (inline_spam*.jsonl, inline_clean*.jsonl).", exists=True
        ),
    ] = None,
    workdir: TrainingWorkdirOption = None,
) -> None:
    """Train the span model (`pipeline/rules/span_model.py`) on paragraphs whose inserted spam is known
    (the training probes, the evaluation generator's inline spam, pages of real text), and write its
    weights. Point `span_model.weights` in a lexicon file at them, or replace the packaged
    `pipeline/rules/span_model.tsv.gz`."""
    import tempfile

    from evaluation.span_model import PROBES, train_span_model

    seed_list = _training_seeds(inventories, seeds)
    with tempfile.TemporaryDirectory(prefix="saring-train-") as tmp:
        counts = train_span_model(workdir or tmp, out, inventories, seed_list, docs, probes or PROBES)
    console.print(f"tokens: {counts}; weights written to {out}")


VerdictsOption = Annotated[
    Path | None,
    typer.Option(
        help="The verdict store (SQLite); default: the settings' `verdicts_file`, "
        "else OUT/.saring/verdicts.sqlite."
    ),
]


def _verdict_store(out: Path, verdicts: Path | None, config: Path | None) -> Path:
    """The store `saring run --out OUT --config CONFIG` obeys, unless `verdicts` names another."""
    from pipeline.config import load_settings
    from pipeline.verdicts import store_path

    if config is not None and not config.is_file():
        console.print(f"[red]config file not found:[/red] {config}")
        raise typer.Exit(2)
    return store_path(out, verdicts or load_settings(config).verdicts_file)


@app.command()
def review(
    out: Annotated[Path, typer.Option(help="Output folder of the run to review.")] = Path("clean"),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to serve on.")] = 8765,
    host: Annotated[
        str, typer.Option(help="Address to bind; other machines can reach the app only if you change it.")
    ] = "127.0.0.1",
    verdicts: VerdictsOption = None,
    config: ConfigOption = None,
) -> None:
    """Serve the editors' review app over the run published in OUT: every flag in context, verdicts
    on flags, text marked as noise. The next `saring run --out OUT` obeys the verdicts."""
    import uvicorn

    from review.app import create_app

    try:
        store = _verdict_store(out.resolve(), verdicts, config)
        web_app = create_app(out.resolve(), store, ["127.0.0.1", "localhost", host])
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    console.print(f"Saring review of {out}: open http://{host}:{port}/  (Ctrl+C stops it)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


verdicts_app = typer.Typer(no_args_is_help=True, help="Share editors' verdicts as a file.")
VerdictsOutOption = Annotated[
    Path, typer.Option(help="Output folder whose verdict store to use (OUT/.saring/verdicts.sqlite).")
]
app.add_typer(verdicts_app, name="verdicts")


@verdicts_app.command("export")
def verdicts_export(
    file: Annotated[Path, typer.Argument(help="JSON file to write.")],
    out: VerdictsOutOption = Path("clean"),
    verdicts: VerdictsOption = None,
    config: ConfigOption = None,
) -> None:
    """Write every verdict (who, when, which flag) to FILE, for another team to import."""
    from pipeline.verdicts import VerdictStore

    count = VerdictStore(_verdict_store(out, verdicts, config)).export(file)
    console.print(f"exported {count} verdicts to {file}")


@verdicts_app.command("import")
def verdicts_import(
    file: Annotated[Path, typer.Argument(help="JSON file written by `saring verdicts export`.")],
    out: VerdictsOutOption = Path("clean"),
    verdicts: VerdictsOption = None,
    config: ConfigOption = None,
) -> None:
    """Add the verdicts of FILE that the store does not hold yet; the next run obeys them."""
    from pydantic import ValidationError

    from pipeline.verdicts import VerdictStore

    if not file.is_file():
        console.print(f"[red]file not found:[/red] {file}")
        raise typer.Exit(2)
    try:
        added, held = VerdictStore(_verdict_store(out, verdicts, config)).import_file(file)
    except ValidationError as exc:
        console.print(f"[red]not a file of Saring verdicts:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"imported {added} verdicts ({held} already held)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
