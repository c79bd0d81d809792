"""Throughput benchmark (not a test): Saring end to end against datatrove's reference filters, on the
same generated corpus, side by side in one run.

    .venv/bin/python bench/throughput.py [--docs 10000] [--workers 2] [--format jsonl|txt]
                                         [--shard-mb 4] [--no-datatrove] [--one-worker] [--workdir DIR]
                                         [--extra-paragraphs 3]

The reference needs the bench dependencies: `.tools/bin/uv sync --group bench` (datatrove, spaCy).

**Corpus.** The bundled sample `raw/`, then documents of the evaluation generator
(`evaluation/generate.py`, inventory a: articles of real Indonesian sentences with every kind of
noise injected, spam pages, pages in other languages, too-short and low-quality pages), generated
2,000 at a time with a new seed each time, so that memory stays bounded whatever N is. Each is used
once, with one to three extra paragraphs of other sentences at a random place (lengths vary;
`--extra-paragraphs 0` leaves them as generated, 3.6 KB on average instead of 4.8 KB); 3% of
the documents are exact copies and 2% edited copies of one of the last 1,000. Only the plain-text
documents of the generator are used, as datatrove's filters take text, not HTML. Written as JSON
Lines (1,000 records a file) or one `.txt` file per document; datatrove
always reads the JSON Lines form of the same texts.

**Saring** is timed end to end through `saring run` (`--full`, into a fresh output folder): the
Prefect flow with its temporary API server, reading, cleaning, language ID, quality signals, the
corpus pass (exact and near duplicates, repeated lines), writing and publishing. Printed: wall
seconds with and without Prefect's server start-up (the manifest's `timings.total` is the run's own
time), documents/s, MB/s, documents/s per core (per worker), peak RSS (the largest single process,
and the largest sum over the run's process tree, sampled every 0.2 s) and time per stage.

**datatrove** runs FineWeb-2's Indonesian filters (`ind_Latn` thresholds of FineWeb-2's
`configs/ind_Latn.yml`): Gopher repetition, FineWeb quality and Gopher quality as in FineWeb-2's
pipeline, plus C4 quality; JSON Lines in, JSON Lines out, in `LocalPipelineExecutor` with the same
number of worker processes. No language ID and no deduplication: it does less than Saring.

Nothing is asserted; the figures are printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

RECORDS_PER_FILE = 1000
POOL_SEED = 7
POOL_CHUNK = 2000  # evaluation documents generated at a time (about 1,100 of them are plain text)

# FineWeb-2's thresholds for Indonesian (huggingface/fineweb-2, configs/ind_Latn.yml).
IND_LATN = {
    "dup_line_frac": 0.25,
    "dup_n_grams": [(5, 0.176), (6, 0.158), (7, 0.142), (8, 0.128), (9, 0.119), (10, 0.109)],
    "top_n_grams": [(2, 0.088), (3, 0.104), (4, 0.12)],
    "line_punct_thr": 0.25,
    "new_line_ratio": 0.222,
    "max_avg_word_length": 11,
    "min_avg_word_length": 3,
    "max_non_alpha_words_ratio": 0.805,
    "stopwords": ["dan", "yang", "di", "pada", "dari", "ini", "dengan", "adalah", "untuk", "dalam"],
}


# -- the corpus -------------------------------------------------------------------------------


def pool_texts(seed: int, work: Path) -> list[str]:
    """Plain texts of `POOL_CHUNK` documents of the evaluation generator, drawn with `seed`."""
    from evaluation.generate import generate

    generate(POOL_CHUNK, seed, work / "pool", "a")
    texts: list[str] = []
    for path in sorted((work / "pool" / "raw").rglob("*")):
        if path.suffix == ".txt":
            texts.append(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if "text" in record:
                    texts.append(record["text"])
    shutil.rmtree(work / "pool")
    return texts


def sentences() -> list[str]:
    rows = (REPO / "evaluation/data/ud_gsd_csui.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [row.split("\t")[2] for row in rows]


def with_extra_paragraphs(text: str, extra: list[str], rng: random.Random, most: int = 3) -> str:
    paragraphs = text.split("\n\n")
    for _ in range(rng.randint(min(1, most), most)):
        paragraph = " ".join(rng.sample(extra, rng.randint(2, 6)))
        paragraphs.insert(rng.randint(1, max(1, len(paragraphs) - 1)), paragraph)
    return "\n\n".join(paragraphs)


def documents(n: int, work: Path, extra_paragraphs: int = 3) -> Iterator[str]:
    """N documents, generated a pool chunk at a time (memory bounded by the chunk, whatever N):
    each pool document once, with up to `extra_paragraphs` extra paragraphs; 3% exact and 2% edited
    copies (one to three paragraphs added) of a recent one."""
    extra = sentences()
    recent: list[str] = []  # the last 1,000 documents, for copies
    pool = [p.read_text(encoding="utf-8") for p in sorted((REPO / "raw").glob("*.txt"))]
    chunk = 0
    for i in range(n):
        if not pool:
            pool = pool_texts(POOL_SEED + chunk, work)
            pool.reverse()  # taken from the end, in the generator's order
            chunk += 1
        rng = random.Random(i)
        draw = rng.random()
        if recent and draw < 0.03:
            text = rng.choice(recent)
        elif recent and draw < 0.05:
            text = with_extra_paragraphs(rng.choice(recent), extra, rng)  # a near duplicate
        else:
            text = with_extra_paragraphs(pool.pop(), extra, rng, extra_paragraphs)
        recent.append(text)
        if len(recent) > 1000:
            recent.pop(0)
        yield text


def write_corpus(docs: Iterable[str], work: Path, fmt: str) -> tuple[Path, Path, int, float]:
    """(folder for Saring, folder of JSON Lines for datatrove, documents, MB of text), written as
    the documents come."""
    jsonl, txt = work / "jsonl", work / "txt"
    jsonl.mkdir(parents=True)
    fh = None
    n, size = 0, 0
    for k, text in enumerate(docs):
        if k % RECORDS_PER_FILE == 0:
            if fh is not None:
                fh.close()
            fh = open(jsonl / f"part-{k // RECORDS_PER_FILE:05d}.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        fh.write(json.dumps({"id": f"doc-{k:07d}", "text": text}, ensure_ascii=False) + "\n")
        if fmt == "txt":
            path = txt / f"{k // 1000:04d}" / f"doc-{k:07d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        n, size = n + 1, size + len(text.encode("utf-8"))
    if fh is not None:
        fh.close()
    return (jsonl if fmt == "jsonl" else txt), jsonl, n, size / 1e6


# -- measuring --------------------------------------------------------------------------------


def _tree_rss_mb(root: int) -> tuple[float, float]:
    """(sum, largest) resident MB over `root` and its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(statm.split()[1]) * page
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(children)
        frontier += children
    sizes = [rss.get(p, 0) for p in tree]
    return sum(sizes) / 2**20, max(sizes, default=0) / 2**20


@dataclass
class Measured:
    wall: float
    peak_tree_mb: float
    peak_process_mb: float


def timed(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run `command`, sampling its process tree's memory; raise if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    peaks = [0.0, 0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            total, largest = _tree_rss_mb(process.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if code:
        raise SystemExit(f"{command[:3]} failed with exit status {code}")
    return Measured(wall, peaks[0], peaks[1])


def run_saring(raw: Path, out: Path, config: Path, workers: int) -> tuple[Measured, dict]:
    command = [str(REPO / ".venv/bin/saring"), "run", "--raw", str(raw), "--out", str(out)]
    command += ["--config", str(config), "--workers", str(workers), "--full"]
    measured = timed(command)
    return measured, json.loads((out / "manifest.json").read_text())


def run_datatrove(jsonl: Path, out: Path, workers: int, n_files: int) -> Measured:
    return timed([sys.executable, __file__, "datatrove-reference", *map(str, (jsonl, out, workers, n_files))])


def datatrove_reference(jsonl: str, out: str, workers: int, tasks: int) -> None:
    """FineWeb-2's Indonesian filters (and C4's) in datatrove; run as a subprocess of the bench."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import (
        C4QualityFilter,
        FineWebQualityFilter,
        GopherQualityFilter,
        GopherRepetitionFilter,
    )
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    lang = "ind_Latn"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(jsonl),
            GopherRepetitionFilter(
                language=lang,
                dup_para_frac=0,
                dup_line_char_frac=0,
                dup_para_char_frac=0,
                dup_line_frac=IND_LATN["dup_line_frac"],
                top_n_grams=IND_LATN["top_n_grams"],
                dup_n_grams=IND_LATN["dup_n_grams"],
            ),
            FineWebQualityFilter(
                language=lang,
                short_line_thr=999,
                char_duplicates_ratio=0.1,
                line_punct_thr=IND_LATN["line_punct_thr"],
                new_line_ratio=IND_LATN["new_line_ratio"],
            ),
            GopherQualityFilter(
                language=lang,
                max_avg_word_length=IND_LATN["max_avg_word_length"],
                min_avg_word_length=IND_LATN["min_avg_word_length"],
                stop_words=IND_LATN["stopwords"],
                max_non_alpha_words_ratio=IND_LATN["max_non_alpha_words_ratio"],
                min_stop_words=2,
            ),
            C4QualityFilter(language=lang),
            JsonlWriter(f"{out}/output"),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=f"{out}/logs",
    ).run()


# -- report -----------------------------------------------------------------------------------


def show_saring(label: str, m: Measured, manifest: dict, n: int, mb: float, workers: int) -> float:
    timings = manifest["timings"]
    run = timings["total"]
    print(f"{label}: {n:,} documents ({mb:.1f} MB), {workers} worker(s)")
    print(f"  wall {m.wall:.1f} s (Prefect's temporary server included); run {run:.1f} s (manifest)")
    print(
        f"  {n / m.wall:,.1f} docs/s, {mb / m.wall:.2f} MB/s, {n / m.wall / workers:,.1f} docs/s per core "
        f"(wall); {n / run / workers:,.1f} docs/s per core (run)"
    )
    print(f"  peak RSS: {m.peak_process_mb:,.0f} MB largest process, {m.peak_tree_mb:,.0f} MB process tree")
    phases = {k: v for k, v in timings.items() if not k.startswith("stage.") and k != "total"}
    print("  phases (wall s): " + ", ".join(f"{k} {v:.1f}" for k, v in phases.items()))
    stages = {k.removeprefix("stage."): v for k, v in timings.items() if k.startswith("stage.")}
    print("  stages (worker s): " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(stages.items())))
    memory = manifest.get("memory", {})
    print("  peak RSS by phase (MB, manifest): " + ", ".join(f"{k} {v:,.0f}" for k, v in memory.items()))
    print(
        f"  outputs: {manifest['outputs']['corpus']:,} kept, {manifest['outputs']['rejected']:,} rejected "
        f"{manifest['rejected_by_reason']}, {manifest['outputs']['quarantined']:,} quarantined"
    )
    return n / m.wall / workers


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "datatrove-reference":
        datatrove_reference(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    parser.add_argument("--shard-mb", type=float, default=4.0, help="Saring's shard_bytes, in MB")
    parser.add_argument("--no-datatrove", action="store_true", help="skip the datatrove reference")
    parser.add_argument("--one-worker", action="store_true", help="also run Saring with one worker")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--extra-paragraphs",
        type=int,
        default=3,
        help="most extra paragraphs added to each generated document (0: as generated, 3.6 KB on average)",
    )
    args = parser.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="saring-throughput-"))
    work.mkdir(parents=True, exist_ok=True)
    for leftover in ("jsonl", "txt", "out", "out-1", "datatrove"):
        shutil.rmtree(work / leftover, ignore_errors=True)
    started = time.perf_counter()
    docs = documents(args.docs, work, args.extra_paragraphs)
    raw, jsonl, n_docs, mb = write_corpus(docs, work, args.format)
    n_files = len(list(jsonl.glob("*.jsonl")))
    print(
        f"corpus: {n_docs:,} documents, {mb:.1f} MB of text ({1000 * mb / n_docs:.2f} KB/doc), "
        f"as {args.format} in {raw} ({time.perf_counter() - started:.1f} s to generate)"
    )
    config = work / "saring.toml"
    config.write_text(f"shard_bytes = {int(args.shard_mb * 2**20)}\n")

    m, manifest = run_saring(raw, work / "out", config, args.workers)
    saring_rate = show_saring("Saring", m, manifest, args.docs, mb, args.workers)
    if args.one_worker:
        m1, manifest1 = run_saring(raw, work / "out-1", config, 1)
        one = show_saring("Saring, one worker", m1, manifest1, args.docs, mb, 1)
        print(
            f"  {args.workers} workers vs one: {m1.wall / m.wall:.2f}x (wall), "
            f"{manifest1['timings']['total'] / manifest['timings']['total']:.2f}x (run); "
            f"per core {saring_rate / one:.2f}"
        )
    if not args.no_datatrove:
        d = run_datatrove(jsonl, work / "datatrove", args.workers, n_files)
        kept = 0
        for part in (work / "datatrove" / "output").glob("*.jsonl.gz"):
            with gzip.open(part) as fh:
                kept += sum(1 for _ in fh)
        dt_rate = args.docs / d.wall / args.workers
        print(f"datatrove reference: {args.docs:,} documents, {args.workers} worker(s)")
        print(
            f"  wall {d.wall:.1f} s; {args.docs / d.wall:,.1f} docs/s, {mb / d.wall:.2f} MB/s, "
            f"{dt_rate:,.1f} docs/s per core; peak RSS {d.peak_process_mb:,.0f} MB largest process, "
            f"{d.peak_tree_mb:,.0f} MB process tree; {kept:,} kept"
        )
        print(f"ratio Saring / datatrove, docs/s per core (wall): {saring_rate / dt_rate:.2f}x")
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
