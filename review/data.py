"""A published run as the review app reads it: flags, documents and their original text.

Everything is looked up by id (a flag id, a document id); paths are only ever taken from the run's
own plan, never from a request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import polars as pl

from pipeline.clean import extracted_content
from pipeline.discover import InputFile, RunPlan
from pipeline.normalise import normalise_text
from pipeline.output import MANIFEST, OutputLayout
from pipeline.readers import read_input
from pipeline.verdicts import Verdicts, text_key
from schemas import RawDocument

# Original text is rebuilt from the raw input; a larger input is not worth holding for a page view.
MAX_RAW_BYTES = 64 << 20


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a document's original text under the same flags."""

    text: str
    state: str  # "removed", "kept" (flagged, not removed) or "" (not flagged)
    category: str
    rules: str


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source: str
    url: str | None
    title: str
    text: str  # the cleaned text (kept) or the text as it stood when rejected
    status: str  # "kept" or "rejected"
    reason: str
    detail: str
    raw_sha256: str


def segments(text: str, flags: list[dict[str, Any]]) -> list[Segment]:
    """`text` cut at every flag boundary; a stretch under a removed flag is `removed`, else under
    a kept one `kept`. The category and rules shown are those of the flags over the stretch."""
    bounds = sorted({0, len(text), *(f["start"] for f in flags), *(f["end"] for f in flags)})
    out: list[Segment] = []
    for start, end in pairwise(bounds):
        if end <= start or start >= len(text):
            continue
        over = [f for f in flags if f["start"] <= start and f["end"] >= end]
        removed = [f for f in over if f["action"] == "removed"]
        shown = removed or over
        state = "removed" if removed else ("kept" if over else "")
        rules = " ".join(sorted({f["rule"] for f in over}))
        out.append(Segment(text[start:end], state, shown[0]["category"] if shown else "", rules))
    return out


def _flag_ids(flags: pl.DataFrame) -> pl.DataFrame:
    """Give each flag an id: its document's id and its place among that document's flags."""
    return flags.sort("doc_id", "start", "end", "rule").with_columns(
        pl.format("{}-{}", "doc_id", pl.int_range(pl.len()).over("doc_id")).alias("flag_id")
    )


class RunOutput:
    """The run published in an output folder; reloaded when a newer run is published."""

    def __init__(self, out_dir: Path) -> None:
        self.out = out_dir
        self.layout = OutputLayout(out_dir)
        self.version: str | None = None
        self.load()

    def load(self) -> None:
        self.version = self.layout.current_version()
        if self.version is None:
            raise FileNotFoundError(f"no published run in {self.out} (run `saring run --out {self.out}`)")
        current = self.layout.current
        self.manifest: dict[str, Any] = json.loads((current / MANIFEST).read_text())
        self.plan = RunPlan.model_validate_json((current / "plan.json").read_text())
        corpus = pl.read_parquet(current / "corpus" / "*.parquet")
        rejected = pl.read_parquet(current / "rejected" / "*.parquet")
        documents = pl.concat(
            [
                corpus.select(
                    "doc_id",
                    "source",
                    "url",
                    pl.col("title").fill_null(""),
                    "text",
                    pl.lit("kept").alias("status"),
                    pl.lit("").alias("reason"),
                    pl.lit("").alias("detail"),
                    "raw_sha256",
                ),
                rejected.select(
                    "doc_id",
                    "source",
                    "url",
                    pl.col("text").str.split("\n").list.first().fill_null("").alias("title"),
                    "text",
                    pl.lit("rejected").alias("status"),
                    "reason",
                    "detail",
                    "raw_sha256",
                ),
            ]
        )
        self.documents: dict[str, Document] = {
            row["doc_id"]: Document(**row) for row in documents.iter_rows(named=True)
        }
        flags = _flag_ids(pl.read_parquet(current / "flags" / "*.parquet"))
        titles = documents.select("doc_id", "title", "status")
        keys = (
            flags.select("text")
            .unique()
            .with_columns(pl.col("text").map_elements(text_key, return_dtype=pl.String).alias("text_key"))
        )
        self.flags = flags.join(titles, on="doc_id", how="left").join(keys, on="text", how="left")
        self.files = {f.relpath: f for shard in self.plan.shards for f in shard.files}

    def refresh(self) -> None:
        """Load the published run again if a newer one replaced it."""
        if self.layout.current_version() != self.version:
            self.load()

    def with_verdicts(self, verdicts: Verdicts) -> pl.DataFrame:
        """The flags with the verdict in force on each (`judged`: a verdict kind, or "")."""
        judged = pl.DataFrame(
            [{"rule": rule, "text_key": key, "judged": v.kind} for (rule, key), v in verdicts.latest.items()],
            schema={"rule": pl.String, "text_key": pl.String, "judged": pl.String},
        )
        return self.flags.join(judged, on=["rule", "text_key"], how="left").with_columns(
            pl.col("judged").fill_null("")
        )

    def flag(self, flag_id: str) -> dict[str, Any] | None:
        rows = self.flags.filter(pl.col("flag_id") == flag_id)
        return rows.row(0, named=True) if rows.height else None

    def document_flags(self, doc_id: str) -> list[dict[str, Any]]:
        return self.flags.filter(pl.col("doc_id") == doc_id).to_dicts()

    def _input_file(self, source: str) -> InputFile | None:
        # A record of a multi-record file has the source `<file>#N`; a file name may hold `#` itself.
        if source in self.files:
            return self.files[source]
        name, _, number = source.rpartition("#")
        return self.files.get(name) if number.isdigit() else None

    def original_text(self, document: Document) -> str | None:
        """The normalised text the flags' offsets point into, rebuilt from the raw input; None when
        the input is gone or has changed since the run."""
        input_file = self._input_file(document.source)
        if input_file is None:
            return None
        raw_dir = Path(self.plan.raw_dir)
        path = input_file.location(raw_dir)
        try:
            if not path.resolve().is_relative_to(raw_dir.resolve()) or path.stat().st_size > MAX_RAW_BYTES:
                return None
        except OSError:
            return None
        for item in read_input(path, input_file.relpath, 0):
            if isinstance(item, RawDocument) and item.source == document.source:
                if item.raw_sha256 != document.raw_sha256:
                    return None
                return normalise_text(extracted_content(item).text)
        return None
