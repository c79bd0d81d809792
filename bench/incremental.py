"""Benchmark of incremental runs (not a test): a full run, a rerun with nothing new, a run after the
folder grew, and a `--full` rebuild, each timed end to end through `saring run`.

    .venv/bin/python bench/incremental.py [--docs 10000] [--grow 0.05] [--workers 2] [--workdir DIR]
    .venv/bin/python bench/incremental.py --raw raw          # the bundled sample instead

Generated documents are `bench/corpus_pass.py`'s (articles of UD Indonesian sentences with exact and
edited copies and a furniture line per site), one `.txt` file each, in shards of 2 MB. Printed per
run: wall seconds (Prefect's temporary API server included), the run's own seconds from the
manifest, and the manifest's input counts; then whether the grown folder's tables equal the full
rebuild's byte for byte. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from corpus_pass import make_text  # noqa: E402

from pipeline.writers import file_sha256  # noqa: E402
from schemas import TABLES  # noqa: E402


def generate(raw: Path, first: int, last: int) -> None:
    for i in range(first, last):
        source, text = make_text(i)
        path = raw / source
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def saring_run(raw: Path, out: Path, config: Path, workers: int, full: bool = False) -> dict:
    command = [str(REPO / ".venv/bin/saring"), "run", "--raw", str(raw), "--out", str(out)]
    command += ["--config", str(config), "--workers", str(workers), *(["--full"] if full else [])]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    manifest = json.loads((out / "manifest.json").read_text())
    return {"wall": wall, "manifest": manifest}


def table_hashes(out: Path) -> dict[str, str]:
    return {f"{t}/{p.name}": file_sha256(p) for t in TABLES for p in sorted((out / t).glob("*.parquet"))}


def show(label: str, result: dict) -> None:
    m = result["manifest"]
    inputs = m["inputs"]
    print(
        f"{label:<28} {result['wall']:7.1f} s wall  {m['timings']['total']:7.1f} s run  "
        f"files {inputs['files']:>6,}: {inputs['new']:,} new, {inputs['changed']:,} changed, "
        f"{inputs['reused']:,} reused, {inputs['removed']:,} removed  -> {m['outputs']['corpus']:,} kept"
    )
    timings = {k: v for k, v in m["timings"].items() if not k.startswith("stage.") and k != "total"}
    print(" " * 30 + "phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--grow", type=float, default=0.05, help="share of new documents added")
    parser.add_argument("--raw", type=Path, default=None, help="use this folder instead of generating")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="saring-incremental-"))
    work.mkdir(parents=True, exist_ok=True)
    config = work / "saring.toml"
    config.write_text("shard_bytes = 2000000\n")
    raw, out, rebuilt = work / "raw", work / "out", work / "rebuilt"
    for path in (raw, out, rebuilt):
        shutil.rmtree(path, ignore_errors=True)
    if args.raw is not None:
        shutil.copytree(args.raw, raw)
        grown = 0
    else:
        generate(raw, 0, args.docs)
        grown = int(args.docs * args.grow)
    print(f"workdir {work}; {sum(1 for p in raw.rglob('*') if p.is_file()):,} files, workers {args.workers}")

    show("full run", saring_run(raw, out, config, args.workers))
    show("rerun, nothing new", saring_run(raw, out, config, args.workers))
    if grown:
        generate(raw, args.docs, args.docs + grown)
        show(f"rerun, {grown:,} files added", saring_run(raw, out, config, args.workers))
        show("--full rebuild (grown)", saring_run(raw, rebuilt, config, args.workers, full=True))
        same = table_hashes(out) == table_hashes(rebuilt)
        print(f"grown incremental tables == full rebuild's, byte for byte: {same}")


if __name__ == "__main__":
    main()
