"""Arrow and polars schemas of the output tables, derived from the pydantic models.

Only the scalar types the table models use are mapped; a model that grows a field of another type
fails here loudly instead of being written with a guessed type.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

import polars as pl
import pyarrow as pa
from pydantic import BaseModel

from schemas.models import SCHEMA_VERSION, TABLES

_ARROW_TYPES: dict[type, pa.DataType] = {
    str: pa.large_string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    bytes: pa.large_binary(),
}
_POLARS_TYPES: dict[type, pl.DataType] = {
    str: pl.String(),
    int: pl.Int64(),
    float: pl.Float64(),
    bool: pl.Boolean(),
    bytes: pl.Binary(),
}


def _scalar_type(annotation: Any) -> tuple[type, bool]:
    """Return (python scalar type, nullable) for a field annotation."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        annotation = args[0]
        origin = typing.get_origin(annotation)
    if origin is Literal:
        kinds = {type(v) for v in typing.get_args(annotation)}
        if len(kinds) != 1:
            raise TypeError(f"mixed Literal {annotation!r}")
        annotation = kinds.pop()
    if annotation not in _ARROW_TYPES:
        raise TypeError(f"no column type for {annotation!r}")
    return annotation, nullable


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a table model, with each field's description as metadata."""
    fields = []
    for name, info in model.model_fields.items():
        py_type, nullable = _scalar_type(info.annotation)
        meta = {"description": info.description} if info.description else None
        fields.append(pa.field(name, _ARROW_TYPES[py_type], nullable=nullable, metadata=meta))
    return pa.schema(fields, metadata={"schema_version": SCHEMA_VERSION, "model": model.__name__})


def polars_schema(model: type[BaseModel]) -> pl.Schema:
    """The polars schema used to build and check a table's DataFrames."""
    return pl.Schema(
        {name: _POLARS_TYPES[_scalar_type(info.annotation)[0]] for name, info in model.model_fields.items()}
    )


def table_polars_schema(table: str) -> pl.Schema:
    return polars_schema(TABLES[table])


def describe_tables() -> str:
    """Human-readable listing of every output table's columns (what `saring schema` prints)."""
    out: list[str] = [f"schema_version {SCHEMA_VERSION}"]
    for table, model in TABLES.items():
        out.append("")
        out.append(f"{table}/*.parquet  ({model.__name__}: {(model.__doc__ or '').strip().splitlines()[0]})")
        for field in arrow_schema(model):
            null = "null" if field.nullable else "not null"
            desc = (field.metadata or {}).get(b"description", b"").decode()
            out.append(f"  {field.name:<16} {field.type!s:<13} {null:<9} {desc}")
    return "\n".join(out)
