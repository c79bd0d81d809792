"""Readers: one raw input file in, a stream of `RawDocument`s (or `ReadFailure`s) out.

Formats by file name: `.txt`, `.html`/`.htm`, `.jsonl`, `.jsonl.gz` (one JSON record per line with
`text` or `html`, optional `url` and `title`) and `.parquet` (the same fields as columns). Readers
stream: a multi-record file is never loaded whole. Nothing a reader meets is dropped silently: what
it cannot read becomes a `ReadFailure` with a quarantine error code.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.decode import DecodeError, decode_bytes
from schemas import RawDocument

PARQUET_BATCH_ROWS = 1024
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input, or a part of one, that could not be read; it becomes a quarantine row."""

    source: str
    error: str
    detail: str
    raw_head: bytes  # the first bytes of the failed input, as many as the caller keeps
    raw_size: int
    raw_sha256: str


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def failure_from_bytes(source: str, error: str, detail: str, data: bytes, max_bytes: int) -> ReadFailure:
    return ReadFailure(source, error, detail, data[:max_bytes], len(data), sha256_hex(data))


def failure_from_file(source: str, error: str, detail: str, path: Path, max_bytes: int) -> ReadFailure:
    """A failure for a whole file, hashed by streaming so that a huge file is never held in memory."""
    digest = hashlib.sha256()
    head = b""
    size = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                if len(head) < max_bytes:
                    head += chunk[: max_bytes - len(head)]
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        detail = f"{detail} (and the file could not be read for its bytes: {exc})"
    return ReadFailure(source, error, detail, head, size, digest.hexdigest())


InputItem = RawDocument | ReadFailure
Reader = Callable[[Path, str, int], Iterator[InputItem]]


def read_single_document(path: Path, relpath: str, max_bytes: int, content_type: str) -> Iterator[InputItem]:
    data = path.read_bytes()
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield failure_from_bytes(relpath, exc.kind, exc.detail, data, max_bytes)
        return
    yield RawDocument(
        source=relpath,
        url=None,
        content=decoded.text,
        content_type=content_type,  # type: ignore[arg-type]
        raw_sha256=sha256_hex(data),
        encoding=decoded.encoding,
    )


def read_text_file(path: Path, relpath: str, max_bytes: int) -> Iterator[InputItem]:
    yield from read_single_document(path, relpath, max_bytes, "text")


def read_html_file(path: Path, relpath: str, max_bytes: int) -> Iterator[InputItem]:
    yield from read_single_document(path, relpath, max_bytes, "html")


def record_to_document(record: Any, source: str, raw: bytes, max_bytes: int) -> InputItem:
    """A JSONL/Parquet record as a RawDocument: needs `text` (or else `html`); `url`, `title` optional."""
    if not isinstance(record, dict):
        return failure_from_bytes(
            source, "invalid_record", f"a JSON {type(record).__name__}, not a record", raw, max_bytes
        )
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str):
        content, content_type = text, "text"
    elif isinstance(html, str):
        content, content_type = html, "html"
    else:
        detail = "the record has no `text` or `html` string field"
        if text is not None or html is not None:
            detail = f"`text`/`html` is a {type(text if text is not None else html).__name__}, not a string"
        return failure_from_bytes(source, "invalid_record", detail, raw, max_bytes)
    url, title = record.get("url"), record.get("title")
    if url is not None:
        # A lone surrogate from a JSON escape ("\ud800") cannot be written as a UTF-8 Parquet string:
        # left in the URL it crashed the whole shard at write time. The text itself is cleaned by
        # normalise; the URL is carried as is, so the surrogate becomes U+FFFD (visibly replaced).
        url = _SURROGATE_RE.sub("\ufffd", str(url))
    return RawDocument(
        source=source,
        url=url,
        content=content,
        content_type=content_type,  # type: ignore[arg-type]
        title_hint=title if isinstance(title, str) and title.strip() else None,
        raw_sha256=sha256_hex(raw),
    )


def _read_jsonl_lines(lines: Iterator[bytes], relpath: str, max_bytes: int) -> Iterator[InputItem]:
    for number, line in enumerate(lines, start=1):
        raw = line.rstrip(b"\r\n")
        if not raw.strip():
            continue  # a blank line holds no record
        source = f"{relpath}#{number}"
        try:
            record = json.loads(raw)
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
            yield failure_from_bytes(
                source, "invalid_json", f"line {number} is not JSON: {exc}", raw, max_bytes
            )
            continue
        except RecursionError:
            # `[[[[...` nested deeper than the interpreter's stack: json raises RecursionError, which
            # went uncaught and crashed the whole run.
            yield failure_from_bytes(
                source, "invalid_json", f"line {number} is JSON nested too deeply to read", raw, max_bytes
            )
            continue
        yield record_to_document(record, source, raw, max_bytes)


def read_jsonl(path: Path, relpath: str, max_bytes: int) -> Iterator[InputItem]:
    with open(path, "rb") as fh:
        yield from _read_jsonl_lines(iter(fh), relpath, max_bytes)


def read_jsonl_gz(path: Path, relpath: str, max_bytes: int) -> Iterator[InputItem]:
    lines_read = 0

    def counted(stream: Any) -> Iterator[bytes]:
        nonlocal lines_read
        for line in stream:
            lines_read += 1
            yield line

    try:
        with gzip.open(path, "rb") as fh:
            yield from _read_jsonl_lines(counted(fh), relpath, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        if lines_read == 0 and not isinstance(exc, EOFError):
            yield failure_from_file(
                relpath, "unreadable", f"not a readable gzip stream: {exc}", path, max_bytes
            )
        elif not isinstance(exc, EOFError):
            # Corrupt data (a bad block, a failed CRC) after some lines is not a stream that ends
            # early: it was reported as `truncated`, which sends people looking for a cut download.
            yield failure_from_file(
                f"{relpath}#{lines_read + 1}",
                "unreadable",
                f"the compressed stream is corrupt after line {lines_read} ({exc}); lines from "
                f"{lines_read + 1} on are lost and the lines before may be damaged too; the raw bytes "
                "are the whole file's",
                path,
                max_bytes,
            )
        else:
            yield failure_from_file(
                f"{relpath}#{lines_read + 1}",
                "truncated",
                f"the compressed stream ends early after line {lines_read} ({exc}); lines from "
                f"{lines_read + 1} on are lost, the raw bytes are the whole file's",
                path,
                max_bytes,
            )


def read_parquet(path: Path, relpath: str, max_bytes: int) -> Iterator[InputItem]:
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield failure_from_file(relpath, "unreadable", f"not a readable Parquet file: {exc}", path, max_bytes)
        return
    columns = [c for c in ("text", "html", "url", "title") if c in parquet.schema_arrow.names]
    if "text" not in columns and "html" not in columns:
        yield failure_from_file(
            relpath,
            "invalid_record",
            f"no `text` or `html` column (columns: {parquet.schema_arrow.names})",
            path,
            max_bytes,
        )
        return
    row = 0
    try:
        with parquet:
            for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
                for record in batch.to_pylist():
                    row += 1
                    raw = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode()
                    yield record_to_document(record, f"{relpath}#{row}", raw, max_bytes)
    except (pa.ArrowException, OSError) as exc:
        yield failure_from_file(
            f"{relpath}#{row + 1}", "unreadable", f"reading stopped after row {row}: {exc}", path, max_bytes
        )


# Longest suffix first, so `.jsonl.gz` wins over `.gz`.
READERS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl_gz,
    ".jsonl": read_jsonl,
    ".parquet": read_parquet,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".txt": read_text_file,
}


def reader_for(relpath: str) -> Reader | None:
    name = relpath.lower()
    return next((reader for suffix, reader in READERS.items() if name.endswith(suffix)), None)


def _rest_source(relpath: str, count: int, last_source: str | None) -> str:
    """The source for a failure that stands for the rest of a file after `count` items: the whole file
    when nothing was read, else the record number after the last one read (never a source repeated)."""
    if count == 0 or last_source is None:
        return relpath
    _, _, number = last_source.rpartition("#")
    return f"{relpath}#{int(number) + 1 if number.isdigit() else count + 1}"


def read_input(path: Path, relpath: str, max_bytes: int) -> Iterator[InputItem]:
    """Every document of the input file at `path`, or the failures that stand for what could not be
    read; `relpath` is its name relative to the raw folder, the `source` of its rows.

    Never raises for what the file holds, and never yields nothing: every input is accounted for.
    """
    reader = reader_for(relpath)
    if reader is None:
        supported = ", ".join(READERS)
        yield failure_from_file(
            relpath, "unsupported_format", f"not a supported input ({supported})", path, max_bytes
        )
        return
    count, last_source = 0, None
    try:
        for item in reader(path, relpath, max_bytes):
            count, last_source = count + 1, item.source
            yield item
    except OSError as exc:
        source = _rest_source(relpath, count, last_source)
        yield failure_from_file(source, "unreadable", f"could not read the file: {exc}", path, max_bytes)
        return
    except Exception as exc:
        # A reader bug, or an input that trips a library in a way nobody foresaw, must cost this file
        # (from the failed record on), not the run.
        source = _rest_source(relpath, count, last_source)
        detail = f"reading stopped after {count} records: {type(exc).__name__}: {exc}"
        yield failure_from_file(source, "internal_error", detail, path, max_bytes)
        return
    if count == 0:
        # An empty JSONL/Parquet file (or one of blank lines only) yielded nothing at all, so the
        # input vanished from the run's accounts; it is quarantined instead, with the reason.
        yield failure_from_file(
            relpath,
            "invalid_record",
            "the file holds no records (it is empty, has only blank lines, or has no rows)",
            path,
            max_bytes,
        )
