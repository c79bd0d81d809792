"""Parquet part files of the output tables: built column by column, written atomically (zstd)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import polars as pl
from pydantic import BaseModel

from schemas import TableFile
from schemas.arrow import table_polars_schema


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_parquet_atomic(df: pl.DataFrame, path: Path) -> str:
    """Write `df` to `path` through a temporary name and a rename; return the file's SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    df.write_parquet(tmp, compression="zstd", statistics=True)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return file_sha256(path)


def empty_table(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=table_polars_schema(table))


class TableWriter:
    """Rows of one table from one shard, flushed to a new part file every `max_part_bytes` of text,
    so that memory stays bounded by the part size whatever the size of an input file."""

    def __init__(
        self,
        table: str,
        directory: Path,
        shard_index: int,
        max_part_bytes: int,
        schema: pl.Schema | None = None,
    ) -> None:
        self.table = table
        self.directory = directory
        self.shard_index = shard_index
        self.max_part_bytes = max_part_bytes
        self.schema = schema if schema is not None else table_polars_schema(table)
        self.parts: list[TableFile] = []
        self._reset()

    def _reset(self) -> None:
        self.columns: dict[str, list[object]] = {name: [] for name in self.schema}
        self.rows = 0
        self.pending_bytes = 0

    @property
    def written(self) -> int:
        """Rows added so far, flushed or not."""
        return sum(part.rows for part in self.parts) + self.rows

    def add(self, record: BaseModel | dict[str, Any]) -> None:
        row = record.model_dump() if isinstance(record, BaseModel) else record
        for name, value in row.items():
            self.columns[name].append(value)
            if isinstance(value, str | bytes):
                self.pending_bytes += len(value)
        self.rows += 1
        if self.pending_bytes >= self.max_part_bytes:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        name = f"part-{self.shard_index:05d}-{len(self.parts):03d}.parquet"
        df = pl.DataFrame(self.columns, schema=self.schema)
        sha = write_parquet_atomic(df, self.directory / name)
        self.parts.append(TableFile(path=f"{self.table}/{name}", rows=df.height, sha256=sha))
        self._reset()

    def close(self) -> list[TableFile]:
        self.flush()
        return self.parts
