"""The output folder: a lock, a staging area, published versions and an atomic switch between them.

    OUT/corpus        -> .saring/current/corpus        (symlinks: the paths readers use)
    OUT/flags         -> .saring/current/flags
    OUT/rejected      -> .saring/current/rejected
    OUT/quarantine    -> .saring/current/quarantine
    OUT/manifest.json -> .saring/current/manifest.json
    OUT/.saring/current -> versions/<run id>            (replaced in one rename when a run publishes)
    OUT/.saring/staging/                               (the run being written)

Readers see either the previous run's tables or the new run's, never a mix: a run writes into
staging, moves it to `versions/<run id>` and then swaps the `current` link in one atomic rename.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from schemas import TABLES

META_DIR = ".saring"
MANIFEST = "manifest.json"
PUBLISHED = (*TABLES, MANIFEST)


class OutputError(RuntimeError):
    """The output folder cannot be used (taken by another run, or holding files Saring did not write)."""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_symlink(link: Path, target: str) -> None:
    """Point `link` at `target` in one atomic rename."""
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


class OutputLayout:
    def __init__(self, out_dir: Path) -> None:
        self.out = out_dir
        self.meta = out_dir / META_DIR
        self.staging = self.meta / "staging"
        self.versions = self.meta / "versions"
        self.current = self.meta / "current"

    def check_usable(self) -> None:
        for name in PUBLISHED:
            path = self.out / name
            if path.exists() and not path.is_symlink():
                raise OutputError(
                    f"{path} exists and was not published by Saring; choose another --out or move it away"
                )

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive use of the output folder for one run (released if the process dies)."""
        self.meta.mkdir(parents=True, exist_ok=True)
        with open(self.meta / "lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise OutputError(f"another Saring run is writing to {self.out}") from exc
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def resumable_staging(self, kept: tuple[str, ...]) -> Path:
        """The staging folder, keeping only the top-level entries named in `kept` (work an
        unfinished run left that this run may reuse); everything else is removed."""
        self.staging.mkdir(parents=True, exist_ok=True)
        for entry in self.staging.iterdir():
            if entry.name in kept:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        return self.staging

    def current_version(self) -> str | None:
        return os.readlink(self.current).split("/")[-1] if self.current.is_symlink() else None

    def publish(self, version: str, keep_versions: int) -> Path:
        """Make the staged run the published output, atomically; prune old versions."""
        self.versions.mkdir(parents=True, exist_ok=True)
        target = self.versions / version
        os.replace(self.staging, target)
        _fsync_dir(self.versions)
        _replace_symlink(self.current, f"versions/{version}")
        _fsync_dir(self.meta)
        for name in PUBLISHED:
            link = self.out / name
            wanted = f"{META_DIR}/current/{name}"
            if not (link.is_symlink() and os.readlink(link) == wanted):
                _replace_symlink(link, wanted)
        self._prune(keep_versions, keep=version)
        return target

    def _prune(self, keep_versions: int, keep: str) -> None:
        versions = sorted(p.name for p in self.versions.iterdir() if p.is_dir())
        for name in versions[:-keep_versions]:
            if name != keep:
                shutil.rmtree(self.versions / name, ignore_errors=True)
