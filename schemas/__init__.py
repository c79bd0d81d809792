"""Pydantic models of every record Saring reads and writes, and the Arrow schemas derived from them."""

from schemas.models import (
    CATEGORIES,
    QUARANTINE_ERRORS,
    REJECT_REASONS,
    SCHEMA_VERSION,
    TABLES,
    CleanDocument,
    DocumentSignals,
    FlagCounts,
    NoiseFlag,
    QuarantinedInput,
    RawDocument,
    RejectedDocument,
    RunManifest,
    ShardReport,
    TableFile,
)

__all__ = [
    "CATEGORIES",
    "QUARANTINE_ERRORS",
    "REJECT_REASONS",
    "SCHEMA_VERSION",
    "TABLES",
    "CleanDocument",
    "DocumentSignals",
    "FlagCounts",
    "NoiseFlag",
    "QuarantinedInput",
    "RawDocument",
    "RejectedDocument",
    "RunManifest",
    "ShardReport",
    "TableFile",
]
