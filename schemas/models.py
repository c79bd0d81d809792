"""Record shapes of Saring: the one source of truth for what flows through the pipeline and what
lands in the output tables.

The four table models (`CleanDocument`, `NoiseFlag`, `RejectedDocument`, `QuarantinedInput`) are
the contract with downstream projects: their Parquet/Arrow schemas are derived from these classes
(`schemas.arrow`), never written twice. Field descriptions double as column documentation
(`saring schema`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.3"  # 1.1: the `signals` table; 1.2: `flags.detail`; 1.3: `flags.verdict`

Category = Literal[
    "boilerplate",
    "duplicate_heading",
    "table_of_contents",
    "keyword_stuffing",
    "injected_spam",
    "placeholder",
    "repeated_line",
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]

RejectReason = Literal[
    "language",
    "too_short",
    "low_quality",
    "spam_page",
    "exact_duplicate",
    "near_duplicate",
]
REJECT_REASONS: tuple[str, ...] = RejectReason.__args__  # type: ignore[attr-defined]

QuarantineError = Literal[
    "unreadable",  # the file could not be opened or read (I/O error, corrupt container)
    "unsupported_format",  # a file type Saring does not read
    "binary",  # bytes that are not text (an image, an archive, random bytes)
    "undecodable",  # text in no encoding that could be recognised
    "invalid_json",  # a JSONL line that is not JSON
    "invalid_record",  # JSON that is not a record with `text` or `html`
    "truncated",  # a compressed stream that ends early; the records before it were read
    "invalid_document",  # a cleaned document that failed schema validation
    "internal_error",  # a bug while cleaning this input; the run went on without it
]
QUARANTINE_ERRORS: tuple[str, ...] = QuarantineError.__args__  # type: ignore[attr-defined]

FlagAction = Literal["removed", "kept"]
# The editor's verdict a flag obeyed: none (""), or one of `schemas.verdicts.VerdictKind`.
FlagVerdict = Literal["", "not_noise", "confirmed", "noise"]
ContentType = Literal["text", "html"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_encodable(value: str | None) -> str | None:
    # Lone surrogates (e.g. from JSON "\ud800") cannot be written as UTF-8 Parquet strings.
    if value is not None:
        value.encode("utf-8")
    return value


class RawDocument(_Record):
    """One input document as a reader yields it, before any cleaning."""

    source: str = Field(
        description="Path relative to the raw folder, plus `#N` for record N of a multi-record file."
    )
    url: str | None = Field(default=None, description="The page's URL when the input carries one.")
    content: str = Field(description="Decoded text or HTML.")
    content_type: ContentType = Field(description="`text` or `html`.")
    title_hint: str | None = Field(
        default=None, description="A title the input declares (JSONL `title` field)."
    )
    raw_sha256: str = Field(
        description="SHA-256 of the raw bytes of this input (the file, or the record's line)."
    )
    encoding: str = Field(default="utf-8", description="The encoding the raw bytes were decoded from.")


class NoiseFlag(_Record):
    """A span of a document that a rule flagged as noise."""

    doc_id: str = Field(description="The document the span belongs to.")
    source: str = Field(description="The document's source (see CleanDocument.source).")
    category: Category = Field(description="Kind of noise: " + ", ".join(CATEGORIES) + ".")
    rule: str = Field(
        description="Stable, versioned id of the rule that flagged it, e.g. `boilerplate.counter.v1`."
    )
    start: int = Field(
        ge=0, description="Offset of the first character in the normalised text, before removal."
    )
    end: int = Field(ge=0, description="Offset just past the last character (exclusive).")
    text: str = Field(description="The flagged text.")
    context_before: str = Field(description="Up to ~80 characters of normalised text before the span.")
    context_after: str = Field(description="Up to ~80 characters of normalised text after the span.")
    action: FlagAction = Field(
        description="`removed` from the corpus text, or `kept` (flagged, not removed)."
    )
    score: float = Field(ge=0.0, le=1.0, description="The rule's confidence that the span is noise.")
    detail: str = Field(
        default="", description="Why, when the rule says more: `on 31 documents of kompas.com`."
    )
    verdict: FlagVerdict = Field(
        default="",
        description="The editor's verdict this flag obeyed: `not_noise` (kept), `confirmed` (removed), "
        "`noise` (text an editor marked, rule `<category>.editor.v1`), or empty.",
    )

    _encodable = field_validator("text", "context_before", "context_after")(_check_encodable)


class CleanDocument(_Record):
    """A kept document: one row of the corpus."""

    doc_id: str = Field(description="Stable hash of the source identity and the raw content.")
    source: str = Field(
        description="Path relative to the raw folder, plus `#N` for record N of a multi-record file."
    )
    url: str | None = Field(description="The page's URL when the input carries one.")
    title: str | None = Field(description="The detected title (also the first line of `text`), or null.")
    text: str = Field(description="The cleaned text: the title once as the first line, then the body.")
    language: str = Field(description="Detected language code (langdetect).")
    language_score: float = Field(ge=0.0, le=1.0, description="Probability of `language`.")
    n_chars: int = Field(ge=0, description="Characters in `text`.")
    n_words: int = Field(ge=0, description="Whitespace-separated words in `text`.")
    n_flags: int = Field(ge=0, description="Flags raised on this document (removed and kept).")
    raw_sha256: str = Field(description="SHA-256 of the raw input bytes.")
    schema_version: str = Field(description="Version of this table schema.")
    pipeline_version: str = Field(description="Version of the Saring pipeline that produced the row.")

    _encodable = field_validator("title", "text")(_check_encodable)


class RejectedDocument(_Record):
    """A document dropped whole, with the reason."""

    doc_id: str = Field(description="Stable hash of the source identity and the raw content.")
    source: str = Field(description="Path relative to the raw folder, plus `#N` for a record.")
    url: str | None = Field(description="The page's URL when the input carries one.")
    reason: RejectReason = Field(description="Why: " + ", ".join(REJECT_REASONS) + ".")
    detail: str = Field(description="The measured value behind the reason, e.g. `12 words < 50`.")
    text: str = Field(description="The text as it stood when it was rejected (cleaned).")
    raw_sha256: str = Field(description="SHA-256 of the raw input bytes.")
    schema_version: str = Field(description="Version of this table schema.")
    pipeline_version: str = Field(description="Version of the Saring pipeline that produced the row.")

    _encodable = field_validator("text")(_check_encodable)


class QuarantinedInput(_Record):
    """An input (file or record) that could not be read or validated."""

    source: str = Field(description="Path relative to the raw folder, plus `#N` for a record.")
    error: QuarantineError = Field(description="Kind of failure: " + ", ".join(QUARANTINE_ERRORS) + ".")
    detail: str = Field(description="What exactly went wrong, for a person to act on.")
    raw_bytes: bytes = Field(description="The raw bytes (the first `quarantine_max_bytes` of them).")
    raw_size: int = Field(ge=0, description="Size of the whole raw input in bytes.")
    raw_sha256: str = Field(description="SHA-256 of the whole raw input.")
    schema_version: str = Field(description="Version of this table schema.")
    pipeline_version: str = Field(description="Version of the Saring pipeline that produced the row.")


def _signal(description: str) -> Any:
    return Field(description=description)


class DocumentSignals(_Record):
    """Every document-level measure of a document that reached the document filters (kept or
    rejected), so that a threshold can be judged against a finished run without recomputing."""

    doc_id: str = Field(description="The document (see CleanDocument.doc_id).")
    source: str = Field(description="The document's source.")
    decision: str = Field(description="`kept`, or the rejection reason.")
    spam_phrase_share: float = _signal("Share of the page's letters inside spam phrases (before cleaning).")
    removed_char_share: float = _signal("Share of the normalised text's characters removed by flags.")
    language: str = _signal("Detected language (langdetect, then the function-word check).")
    language_score: float = _signal("Probability of `language`.")
    indonesian_share: float = _signal("Share of words that are Indonesian function words.")
    regional_share: float = _signal("Share of words that are function words of the closest other language.")
    regional_language: str | None = _signal("That closest other language (langid.toml code), if any.")
    n_words: int = _signal("Words of the cleaned text (letters or digits).")
    n_lines: int = _signal("Non-empty lines of the cleaned text.")
    avg_word_length: float = _signal("Mean word length.")
    alpha_word_ratio: float = _signal("Tokens (words and punctuation) with a letter.")
    hash_ratio: float = _signal("`#` per token.")
    ellipsis_ratio: float = _signal("`...`/`…` per token.")
    bullet_line_ratio: float = _signal("Lines starting with a bullet.")
    ellipsis_line_ratio: float = _signal("Lines ending with an ellipsis.")
    stopword_count: int = _signal("Occurrences of FineWeb-2's Indonesian stop words.")
    line_punct_ratio: float = _signal("Lines ending with terminal punctuation.")
    new_line_ratio: float = _signal("Line breaks per token (one between paragraphs).")
    dup_line_frac: float = _signal("Lines repeating an earlier line.")
    dup_line_char_frac: float = _signal("Characters in lines repeating an earlier line.")
    top_2gram_char_frac: float | None = _signal("Characters of the most frequent word 2-gram.")
    top_3gram_char_frac: float | None = _signal("Characters of the most frequent word 3-gram.")
    top_4gram_char_frac: float | None = _signal("Characters of the most frequent word 4-gram.")
    dup_5gram_char_frac: float | None = _signal("Characters in repeated word 5-grams.")
    dup_6gram_char_frac: float | None = _signal("Characters in repeated word 6-grams.")
    dup_7gram_char_frac: float | None = _signal("Characters in repeated word 7-grams.")
    dup_8gram_char_frac: float | None = _signal("Characters in repeated word 8-grams.")
    dup_9gram_char_frac: float | None = _signal("Characters in repeated word 9-grams.")
    dup_10gram_char_frac: float | None = _signal("Characters in repeated word 10-grams.")
    schema_version: str = Field(description="Version of this table schema.")
    pipeline_version: str = Field(description="Version of the Saring pipeline that produced the row.")


class TableFile(BaseModel):
    path: str
    rows: int
    sha256: str


class FlagCounts(BaseModel):
    removed: int = 0
    kept: int = 0


class ShardReport(BaseModel):
    """What one shard did: small enough to pass between Prefect tasks."""

    index: int
    files: int
    bytes: int
    units: int
    corpus: int
    rejected: int
    quarantined: int
    rejected_by_reason: dict[str, int]
    quarantined_by_error: dict[str, int]
    flags_by_rule: dict[str, FlagCounts]
    verdict_changes: dict[str, int] = Field(
        default={}, description="Flags whose action an editor's verdict decided, by kind of change."
    )
    stage_seconds: dict[str, float]
    seconds: float
    parts: dict[str, list[TableFile]]
    reused_inputs: int = Field(
        default=0, description="Inputs whose rows were copied from the previous version, not cleaned again."
    )
    work_key: str = Field(
        default="", description="Hash of the shard's inputs and the run's configuration it was cleaned for."
    )
    peak_rss_mb: dict[str, float] = Field(
        default={},
        description="Peak resident memory (MB) of the process that ran each of the shard's stages (clean, "
        "finalise), read as the stage ended: that process's peak so far, over every shard it ran.",
    )


class RunManifest(BaseModel):
    """`manifest.json`: what a run read, what it wrote, and how long it took."""

    run_id: str
    started_at: str
    finished_at: str
    saring_version: str
    pipeline_version: str
    pipeline_build: str = Field(
        default="",
        description="Hash of the pipeline's code: with config_hash, what a reused input must match.",
    )
    schema_version: str
    versions: dict[str, str] = Field(
        description="Versions of Python and the libraries that shape the output."
    )
    raw_dir: str
    config: dict
    config_hash: str
    rules: list[str] = Field(description="Ids of the rules that ran.")
    inputs: dict[str, int] = Field(
        description="files, units (documents and records), skipped_hidden, shards, shards_resumed; and "
        "against the previous published version: new, changed, reused (not cleaned again), removed files, "
        "and reuse_failed (planned for reuse, cleaned again because the earlier rows could not be read)."
    )
    outputs: dict[str, int] = Field(description="corpus, rejected, quarantined: they add up to inputs.units.")
    balanced: bool = Field(description="True when inputs.units == corpus + rejected + quarantined.")
    rejected_by_reason: dict[str, int]
    quarantined_by_error: dict[str, int]
    flags_by_category: dict[str, FlagCounts]
    flags_by_rule: dict[str, FlagCounts]
    timings: dict[str, float] = Field(
        description="Wall seconds per run phase, and summed worker seconds per stage."
    )
    memory: dict[str, float] = Field(
        default={},
        description="Peak resident memory (MB): `flow.<phase>` is the flow's own process as each phase "
        "(plan, clean, corpus_pass, finalise, publish) ended, its peak so far; `workers.clean` and "
        "`workers.finalise` the largest over the processes that ran the shards' stages.",
    )
    corpus_pass: dict[str, int | float] = Field(
        default={},
        description="Documents compared, exact and near duplicates, repeated lines removed, seconds.",
    )
    verdicts: dict[str, int | str] = Field(
        default={},
        description="The editors' verdicts in force (`in_force`, `sha256` of their snapshot) and what they "
        "changed: `not_noise_kept`, `confirmed_removed`, `editor_removed` flags.",
    )
    shards: list[ShardReport]
    tables: dict[str, list[TableFile]]


# The output tables, in the order they are written and documented.
TABLES: dict[str, type[BaseModel]] = {
    "corpus": CleanDocument,
    "flags": NoiseFlag,
    "rejected": RejectedDocument,
    "quarantine": QuarantinedInput,
    "signals": DocumentSignals,
}
