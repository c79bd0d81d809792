"""Benchmark of the corpus pass (not a test): time and peak memory on N generated documents.

    .venv/bin/python bench/corpus_pass.py [--docs 100000] [--workers 2] [--workdir DIR]

Generates N articles from the bundled UD Indonesian sentences (evaluation/data), with exact copies,
edited copies (near duplicates) and a furniture line per site; summarises them as the shards do
(`DocumentSummariser`: exact hash, MinHash signature, line hashes) in `--workers` processes; then
runs `run_corpus_pass` over the summaries in a fresh process and reports its wall time and peak
RSS. Printed figures are what the issue asks for; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.apply import apply_removals  # noqa: E402
from pipeline.config import Settings, load_rule_data  # noqa: E402
from pipeline.corpus_pass import (  # noqa: E402
    DOC_SUMMARY_SCHEMA,
    LINE_SUMMARY_SCHEMA,
    CorpusPassConfig,
    DocumentSummariser,
)
from pipeline.page import analyse_page  # noqa: E402
from pipeline.text import words  # noqa: E402
from schemas import CleanDocument  # noqa: E402

SENTENCES = [
    line.split("\t")[2]
    for line in (REPO / "evaluation/data/ud_gsd_csui.tsv").read_text(encoding="utf-8").splitlines()[1:]
]


def make_text(i: int) -> tuple[str, str]:
    """(source, text) of generated document i: 3% exact and 5% edited copies of an earlier one."""
    rng = random.Random(i)
    site = f"situs-{i % 50:02d}"
    base = i
    kind = rng.random()
    if i > 100 and kind < 0.08:
        base = rng.randrange(0, i - 1)
    r = random.Random(base)
    sentences = r.sample(SENTENCES, r.randint(8, 24))
    paragraphs = [" ".join(sentences[k : k + 4]) for k in range(0, len(sentences), 4)]
    if base != i and kind >= 0.03:  # an edited copy
        paragraphs = [p.replace(" yang ", " yg ", 1) for p in paragraphs]
    text = "\n\n".join([f"Judul Artikel {base} Tentang Daerah", *paragraphs, f"Redaksi {site} Selalu Hadir"])
    return f"{site}/doc-{i:06d}.txt", text


def summarise_range(args: tuple[int, int, str]) -> int:
    start, stop, out = args
    summariser = DocumentSummariser(CorpusPassConfig.from_data(load_rule_data(Settings())["dedup"]))
    docs, lines = [], []
    for i in range(start, stop):
        source, text = make_text(i)
        page = analyse_page(text)
        cleaned = apply_removals(page, [])
        doc = CleanDocument(
            doc_id=f"{i:016x}",
            source=source,
            url=None,
            title=cleaned.title,
            text=cleaned.text,
            language="id",
            language_score=1.0,
            n_chars=len(cleaned.text),
            n_words=len(words(cleaned.text)),
            n_flags=0,
            raw_sha256="0" * 64,
            schema_version="-",
            pipeline_version="-",
        )
        summary, line_rows, _ = summariser.summarise(doc, None, page, cleaned)
        docs.append(summary)
        lines.extend(line_rows)
    pl.DataFrame(docs, schema=DOC_SUMMARY_SCHEMA, orient="row").write_parquet(
        f"{out}/summaries/docs/p{start:08d}.parquet"
    )
    pl.DataFrame(lines, schema=LINE_SUMMARY_SCHEMA, orient="row").write_parquet(
        f"{out}/summaries/lines/p{start:08d}.parquet"
    )
    return stop - start


PASS = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from pipeline.config import Settings
from pipeline.corpus_pass import corpus_pass
from pipeline.resources import peak_rss_mb
t = time.perf_counter()
report = corpus_pass(Path({staging!r}), Settings())
peak = peak_rss_mb()
print(json.dumps({{"seconds": time.perf_counter() - t, "peak_rss_mb": peak, **report.as_dict()}}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--reuse-summaries", action="store_true", help="time only the pass over the workdir's summaries"
    )
    args = parser.parse_args()
    staging = args.workdir or Path(tempfile.mkdtemp(prefix="saring-bench-"))
    for sub in ("summaries/docs", "summaries/lines"):
        (staging / sub).mkdir(parents=True, exist_ok=True)
    chunk = 5_000
    ranges = [(s, min(s + chunk, args.docs), str(staging)) for s in range(0, args.docs, chunk)]
    t = time.perf_counter()
    if not args.reuse_summaries:
        with Pool(args.workers) as pool:
            sum(pool.map(summarise_range, ranges))
    summarise_s = time.perf_counter() - t
    result = subprocess.run(
        [sys.executable, "-c", PASS.format(repo=str(REPO), staging=str(staging))],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    size = sum(p.stat().st_size for p in (staging / "summaries").rglob("*.parquet"))
    print(f"documents                {args.docs:,}")
    if not args.reuse_summaries:
        print(
            f"summarise (as shards do) {summarise_s:.1f} s on {args.workers} processes "
            f"({summarise_s * args.workers / args.docs * 1000:.2f} ms per document per core)"
        )
    print(f"summaries on disk        {size / 1e6:.1f} MB")
    print(f"corpus pass              {report['seconds']:.1f} s, peak RSS {report['peak_rss_mb']:.0f} MB")
    print(f"  exact duplicates       {report['exact_duplicates']:,}")
    print(f"  near duplicates        {report['near_duplicates']:,}")
    lines, docs = report["repeated_lines"], report["documents_with_repeated_lines"]
    print(f"  repeated lines removed {lines:,} in {docs:,} documents")


if __name__ == "__main__":
    main()
