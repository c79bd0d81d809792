"""Find the raw inputs and group them into shards of about `shard_bytes`, in a stable order."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict


class InputReuse(BaseModel):
    """Which earlier published version and shard hold an unchanged input's rows
    (`pipeline.incremental`); the shard's input index there says where."""

    version_dir: str
    shard: int


class InputFile(BaseModel):
    # Path bytes go through JSON (plan.json, Prefect parameters) as base64.
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    relpath: str  # POSIX path relative to the raw folder, valid Unicode: the `source` of its rows
    size: int
    fs_relpath: bytes | None = None  # the path's bytes on disk, when they are not valid UTF-8
    sha256: str | None = None  # of the content when planned (None: unreadable); part of the work's key
    key: str = ""  # set by the run: content, path and run key (`pipeline.incremental.input_key`)
    reuse: InputReuse | None = None  # set by an incremental run when an earlier version has the rows

    def location(self, raw_dir: Path) -> Path:
        return raw_dir / (os.fsdecode(self.fs_relpath) if self.fs_relpath is not None else self.relpath)


def _printable_path(rel: str) -> str:
    """A path as `os.walk` gives it, fit for UTF-8 output. A name whose bytes are not UTF-8 holds
    surrogate escapes that no UTF-8 table or JSON can carry: those bytes are shown as `\\xNN`."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")
    return rel


def _content_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _input_file(rel: str, size: int, sha256: str | None) -> InputFile:
    shown = _printable_path(rel)
    return InputFile(
        relpath=shown, size=size, fs_relpath=None if shown == rel else os.fsencode(rel), sha256=sha256
    )


class ShardSpec(BaseModel):
    """A unit of work: whole files, in path order. Small enough to pass to a Prefect task."""

    index: int
    files: list[InputFile]
    bytes: int
    work_key: str = ""  # set by the run (`key_for`); a finished shard's report carries it

    def key_for(self, run_key: str) -> str:
        """What the shard's output depends on: its place, its inputs' paths and contents, and
        `run_key` (configuration, pipeline version, editors' verdicts). Equal keys, equal output."""
        identity = [self.index, [(f.relpath, f.size, f.sha256) for f in self.files], run_key]
        return hashlib.sha256(json.dumps(identity).encode()).hexdigest()[:32]


class RunPlan(BaseModel):
    raw_dir: str
    shards: list[ShardSpec]
    skipped_hidden: list[str]

    @property
    def n_files(self) -> int:
        return sum(len(s.files) for s in self.shards)


def discover_inputs(raw_dir: Path, exclude: list[Path] | None = None) -> tuple[list[InputFile], list[str]]:
    """Every file under `raw_dir` (sub-folders included), sorted by path; hidden files and folders
    (`.git`, `.DS_Store`) are skipped and listed; folders in `exclude` (the output) are not entered."""
    raw_dir = raw_dir.resolve()
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    excluded = {p.resolve() for p in exclude or []}
    files: list[InputFile] = []
    hidden: list[str] = []
    for dirpath, dirnames, filenames in os.walk(raw_dir):
        here = Path(dirpath)
        for name in list(dirnames):
            if name.startswith(".") or (here / name).resolve() in excluded:
                if name.startswith("."):
                    hidden.append(_printable_path((here / name).relative_to(raw_dir).as_posix()) + "/")
                dirnames.remove(name)
        for name in filenames:
            rel = (here / name).relative_to(raw_dir).as_posix()
            if name.startswith("."):
                hidden.append(_printable_path(rel))
                continue
            try:
                size = (here / name).stat().st_size
            except OSError:
                size = 0  # unreadable: the reader will quarantine it with the reason
            files.append(_input_file(rel, size, _content_sha256(here / name)))
    files.sort(key=lambda f: f.relpath)
    return files, sorted(hidden)


def plan_shards(files: list[InputFile], shard_bytes: int) -> list[ShardSpec]:
    """Consecutive files (in path order) up to `shard_bytes` a shard; a bigger file is a shard alone.

    The grouping depends only on the files and `shard_bytes`, so reruns give the same shards.
    """
    shards: list[ShardSpec] = []
    current: list[InputFile] = []
    size = 0
    for f in files:
        if current and size + f.size > shard_bytes:
            shards.append(ShardSpec(index=len(shards), files=current, bytes=size))
            current, size = [], 0
        current.append(f)
        size += f.size
    if current:
        shards.append(ShardSpec(index=len(shards), files=current, bytes=size))
    return shards


def plan_run(raw_dir: Path, shard_bytes: int, exclude: list[Path] | None = None) -> RunPlan:
    files, hidden = discover_inputs(raw_dir, exclude)
    return RunPlan(raw_dir=str(raw_dir), shards=plan_shards(files, shard_bytes), skipped_hidden=hidden)
