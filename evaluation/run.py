"""`run_eval`: generate the evaluation set, clean it with the pipeline, score the output."""

from __future__ import annotations

import json
from pathlib import Path
from time import perf_counter

from evaluation.generate import DEFAULT_INVENTORY, INVENTORY_ROLES, RAW_DIR, generate, read_gold
from evaluation.score import Report, score
from pipeline.config import Settings
from pipeline.run import run_local

OUT_DIR = "out"
REPORT_FILE = "report.json"


def run_eval(
    n_docs: int, seed: int, workdir: Path | str, settings: Settings, inventory: str = DEFAULT_INVENTORY
) -> Report:
    """Generate `n_docs` documents for `seed` with the noise `inventory` ("a", "b", "c" or "d", see
    `evaluation.generate.INVENTORIES`) under `workdir/raw` (gold in `workdir/gold.jsonl`), run the
    whole cleaning into `workdir/out`, score it, and write `workdir/report.json`. The report's meta
    records the inventory and its role (`INVENTORY_ROLES`: d is the held-out final check)."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    start = perf_counter()
    gold_path = generate(n_docs, seed, workdir, inventory)
    generated = perf_counter()
    manifest = run_local(workdir / RAW_DIR, workdir / OUT_DIR, settings)
    cleaned = perf_counter()
    report = score(read_gold(gold_path), workdir / OUT_DIR)
    report.timings = {
        "generate": round(generated - start, 2),
        "clean": round(cleaned - generated, 2),
        "score": round(perf_counter() - cleaned, 2),
    }
    report.meta = {
        "n_docs": n_docs,
        "seed": seed,
        "inventory": inventory,
        "inventory_role": INVENTORY_ROLES.get(inventory, ""),
        "workdir": str(workdir),
        "pipeline_version": manifest.pipeline_version,
        "config_hash": manifest.config_hash,
        "balanced": manifest.balanced,
    }
    (workdir / REPORT_FILE).write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n")
    return report
