"""One settings object for a run, from embedded defaults, a TOML file and `SARING_*` environment variables.

Precedence, lowest to highest: the defaults below, the TOML file (`saring run --config FILE`), the
environment (`SARING_LANGUAGE__MIN_SCORE=0.8`: nested keys joined by `__`), then explicit CLI flags.

Rule lexicons and thresholds are not here: they live in data files beside each rule
(`pipeline/rules/<category>.toml`). A user extends them without code through `[rules]`:
`lexicon_files`, extra TOML files whose tables are keyed by data file first
(`[boilerplate.navigation] lines = ["..."]`, `[filters.quality] dup_line_frac = 0.3`,
`[langid.regional.jv] words = [...]`), and `overrides`, the same inline
(`[rules.overrides.boilerplate.navigation]`). Lists extend the packaged lists; scalars replace them.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import BaseSettings, EnvSettingsSource, SettingsConfigDict


def package_version() -> str:
    try:
        return metadata.version("saring")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


PIPELINE_VERSION = package_version()


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LanguageSettings(_Section):
    targets: list[str] = Field(default=["id"], description="Language codes to keep (langdetect codes).")
    min_score: float = Field(default=0.7, ge=0, le=1, description="Minimum probability of a target language.")
    max_chars: int = Field(
        default=3000, gt=0, description="Only the first N characters are sent to langdetect."
    )
    seed: int = Field(
        default=0, description="langdetect's random seed: the same text always gets the same answer."
    )


class FilterSettings(_Section):
    min_words: int = Field(
        default=50, ge=0, description="Documents with fewer words after cleaning are rejected."
    )


class DecisionSettings(_Section):
    min_score: float = Field(
        default=0.5, ge=0, le=1, description="Flags scored below this are kept, not removed."
    )
    keep_categories: list[str] = Field(
        default=[], description="Categories that are flagged but never removed."
    )


class RuleSettings(_Section):
    disabled: list[str] = Field(default=[], description="Rule ids (or id prefixes) that do not run.")
    lexicon_files: list[Path] = Field(
        default=[], description="Extra lexicon TOML files merged into the packaged ones."
    )
    overrides: dict[str, dict[str, Any]] = Field(
        default={}, description="Inline lexicon entries, by category."
    )


class OutputSettings(_Section):
    context_chars: int = Field(
        default=80, ge=0, description="Characters of context kept on each side of a flag."
    )
    quarantine_max_bytes: int = Field(
        default=1 << 20, ge=0, description="Raw bytes kept per quarantined input."
    )
    keep_versions: int = Field(default=2, ge=1, description="Published output versions kept under .saring/.")
    max_part_bytes: int = Field(
        default=64 << 20, gt=0, description="Text bytes per Parquet part before a new part."
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SARING_", env_nested_delimiter="__", extra="forbid")

    workers: int = Field(default=2, ge=1, description="Parallel worker processes for shards.")
    runner: Literal["processes", "dask"] = Field(
        default="processes",
        description="How shards run in parallel: worker processes on this machine, or a Dask cluster "
        "(a temporary local one of `workers` processes, or the one at `dask_address`).",
    )
    dask_address: str | None = Field(
        default=None,
        description="Scheduler of an existing Dask cluster (tcp://host:8786); implies runner = dask.",
    )
    shard_retries: int = Field(default=2, ge=0, description="Times a failed shard task is tried again.")
    shard_timeout_seconds: float = Field(
        default=3600, gt=0, description="A shard task running longer than this fails (and may be retried)."
    )
    shard_bytes: int = Field(
        default=64 << 20, gt=0, description="Raw bytes per shard (a file is never split)."
    )
    language: LanguageSettings = LanguageSettings()
    filters: FilterSettings = FilterSettings()
    decision: DecisionSettings = DecisionSettings()
    rules: RuleSettings = RuleSettings()
    output: OutputSettings = OutputSettings()
    verdicts_file: Path | None = Field(
        default=None,
        description="The editors' verdict store (SQLite) a run obeys; default OUT/.saring/verdicts.sqlite.",
    )


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Merge `extra` into a copy of `base`: dicts recurse, lists extend (without repeats), scalars replace."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = deep_merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        else:
            merged[key] = value
    return merged


def load_settings(config_file: Path | str | None = None, **overrides: Any) -> Settings:
    """Settings: defaults < `config_file` < SARING_* environment < `overrides` (CLI flags; None = unset)."""
    values: dict[str, Any] = {}
    if config_file is not None:
        with open(config_file, "rb") as fh:
            values = tomllib.load(fh)
        base = Path(config_file).resolve().parent
        lexicons = values.get("rules", {}).get("lexicon_files", [])
        # Lexicon paths in a config file are relative to that file, not to the working directory.
        if lexicons:
            values["rules"]["lexicon_files"] = [str((base / p).resolve()) for p in lexicons]
    values = deep_merge(values, EnvSettingsSource(Settings)())
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings.model_validate(values)


PIPELINE_DIR = Path(__file__).parent
RULE_DATA_DIR = PIPELINE_DIR / "rules"


def code_fingerprint() -> str:
    """A hash of the code that shapes the output (`pipeline/`, `schemas/`): a reused result must come
    from the same code, and the package version is not bumped for every change of a rule."""
    digest = hashlib.sha256()
    for package in (PIPELINE_DIR, PIPELINE_DIR.parent / "schemas"):
        for path in sorted(package.rglob("*.py")):
            digest.update(path.relative_to(package.parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


PIPELINE_BUILD = code_fingerprint()


def data_files() -> list[Path]:
    """The packaged lexicon and threshold files: one per rule category, the document filters'
    (`filters.toml`), the language check's (`langid.toml`) and the corpus pass's (`dedup.toml`).
    Each is known by its file stem."""
    return [
        *sorted(RULE_DATA_DIR.glob("*.toml")),
        PIPELINE_DIR / "filters.toml",
        PIPELINE_DIR / "langid.toml",
        PIPELINE_DIR / "dedup.toml",
    ]


def packaged_rule_data(stem: str) -> dict[str, Any]:
    """One packaged rule file's values (`pipeline/rules/<stem>.toml`): what a key a settings file leaves
    out stands at."""
    with open(RULE_DATA_DIR / f"{stem}.toml", "rb") as fh:
        return tomllib.load(fh)


def load_rule_data(settings: Settings) -> dict[str, dict[str, Any]]:
    """The effective lexicons and thresholds of every rule category, the document filters and the
    language check, by file stem: the packaged files, then the user's lexicon files and overrides."""
    data: dict[str, dict[str, Any]] = {}
    for path in data_files():
        with open(path, "rb") as fh:
            data[path.stem] = tomllib.load(fh)
    for extra_file in settings.rules.lexicon_files:
        with open(extra_file, "rb") as fh:
            data = deep_merge(data, tomllib.load(fh))
    return deep_merge(data, settings.rules.overrides)


def effective_config(settings: Settings) -> dict[str, Any]:
    """Everything that shapes the output: settings (minus how the work is run, and where the
    verdicts are kept: the manifest records the verdicts themselves) and the merged rule data."""
    conf = settings.model_dump(
        mode="json",
        exclude={
            "workers",
            "runner",
            "dask_address",
            "shard_retries",
            "shard_timeout_seconds",
            "verdicts_file",
        },
    )
    conf["rules"]["lexicon_files"] = [Path(p).name for p in conf["rules"]["lexicon_files"]]
    rule_data = load_rule_data(settings)
    return {
        "settings": conf,
        "rule_data": rule_data,
        **{f"{model}_weights_sha256": model_weights_digest(rule_data, model) for model in LEARNED_MODELS},
        "pipeline_version": PIPELINE_VERSION,
    }


# The learned rules, by the name of their data file; each has its weights in `<name>.tsv.gz` beside it.
LEARNED_MODELS = ("line_model", "span_model")


def model_weights_path(rule_data: dict[str, dict[str, Any]], model: str) -> Path:
    """A learned model's weights file: `<model>.weights`, else the packaged `<model>.tsv.gz`."""
    return Path(rule_data.get(model, {}).get("weights") or RULE_DATA_DIR / f"{model}.tsv.gz")


def model_weights_digest(rule_data: dict[str, dict[str, Any]], model: str) -> str:
    """The weights' content hash: other weights under the same file name give another output."""
    return hashlib.sha256(model_weights_path(rule_data, model).read_bytes()).hexdigest()


def config_hash(settings: Settings) -> str:
    canonical = json.dumps(effective_config(settings), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]
