"""Raw and output folders at fsspec URLs (`s3://bucket/raw`, `gs://...`, `abfs://...`, `memory://...`).

A run works on local folders: its output folder holds a lock, a staging area, versions and symlinks
(`pipeline.output`), which object stores do not have. So a URL is mirrored:

- a raw URL is copied, file by file, into a local mirror before the run plans its shards (files
  removed upstream are removed from the mirror; the raw inputs themselves are never written);
- an output URL is run into a local working folder, kept between runs so that the next run reuses
  what this one cleaned, and once the run has published, its tables (`corpus/`, `flags/`,
  `rejected/`, `quarantine/`, `manifest.json`) are copied to the URL, replacing the previous copy
  there. A run that fails uploads nothing.

The filesystem behind a URL is fsspec's (`s3fs`, `gcsfs`, `adlfs` and the like are installed
separately; `file://` and `memory://` need nothing). Mirrors live under `cache_root`
(`$SARING_CACHE_DIR`, else `~/.cache/saring/remote`), one folder per URL.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fsspec import AbstractFileSystem
from fsspec.core import url_to_fs

from pipeline.output import MANIFEST, META_DIR, PUBLISHED

REMOTE_VERSIONS = f"{META_DIR}/versions"  # under an output URL: one folder per uploaded run
REMOTE_CURRENT = f"{META_DIR}/current"  # under an output URL: names the current version


def is_url(location: str | Path) -> bool:
    """A location with a scheme (`s3://...`, `memory://...`); a plain path or `file://` is local."""
    text = str(location)
    return "://" in text and not text.startswith("file://")


def local_path(location: str | Path) -> Path:
    """The local path of a plain path or a `file://` URL."""
    text = str(location)
    return Path(text[len("file://") :]) if text.startswith("file://") else Path(text)


def mirror_folder(url: str, cache_root: Path, kind: str) -> Path:
    """The local folder that mirrors `url` (one per URL and kind, stable between runs)."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return cache_root / f"{kind}-{digest}"


def fetch_folder(url: str, local: Path) -> int:
    """Copy every file under `url` into `local`, which then holds exactly those files; the count."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/")
    if not fs.isdir(root):
        raise FileNotFoundError(f"raw folder not found: {url}")
    if local.exists():
        shutil.rmtree(local)
    local.mkdir(parents=True)
    count = 0
    for remote in sorted(fs.find(root)):
        rel = remote[len(root) :].lstrip("/")
        if not rel:
            continue
        target = local / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fs.get_file(remote, str(target))
        count += 1
    return count


def _put_published(fs: AbstractFileSystem, local_out: Path, target: str) -> int:
    """Copy the published tables of `local_out` under `target`, `manifest.json` last; the file count."""
    count = 0
    for name in PUBLISHED:  # the manifest is last in PUBLISHED
        source = (local_out / name).resolve()
        files = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
        for path in files:
            remote = (
                f"{target}/{name}"
                if path == source
                else f"{target}/{name}/{path.relative_to(source).as_posix()}"
            )
            fs.makedirs(remote.rsplit("/", 1)[0], exist_ok=True)
            fs.put_file(str(path), remote)
            count += 1
    return count


def _copy_published(fs: AbstractFileSystem, version: str, root: str) -> None:
    """Replace the top-level tables under `root` by copies of the uploaded version's (copied within
    the store, not uploaded again), `manifest.json` last."""
    for name in PUBLISHED:
        source, target = f"{version}/{name}", f"{root}/{name}"
        if fs.exists(target):
            fs.rm(target, recursive=True)
        if not fs.exists(source):
            continue
        if fs.isfile(source):
            fs.copy(source, target)
            continue
        for remote in sorted(fs.find(source)):
            copy = f"{target}/{remote[len(source) :].lstrip('/')}"
            fs.makedirs(copy.rsplit("/", 1)[0], exist_ok=True)
            fs.copy(remote, copy)


def current_remote_version(url: str) -> str | None:
    """The version the pointer of an output URL names (`versions/<run id>`), or None before any upload."""
    fs, root = url_to_fs(url)
    pointer = f"{root.rstrip('/')}/{REMOTE_CURRENT}"
    return fs.cat_file(pointer).decode().strip() if fs.exists(pointer) else None


def _prune_remote_versions(fs: AbstractFileSystem, root: str, keep_versions: int, current: str) -> None:
    """Keep the newest `keep_versions` complete versions (the current one among them); remove the
    rest, and any incomplete version (an upload that failed half-way) but the current one."""
    base = f"{root}/{REMOTE_VERSIONS}"
    names = sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in fs.ls(base, detail=False))
    complete = [n for n in names if fs.exists(f"{base}/{n}/{MANIFEST}")]
    kept = set(complete[-keep_versions:]) | {current}
    for name in names:
        if name not in kept:
            fs.rm(f"{base}/{name}", recursive=True)


def upload_published(local_out: Path, url: str, keep_versions: int = 2) -> int:
    """Upload the published tables of the output folder `local_out` to `url`; the number of files.

    Object stores have no rename, so the switch is a pointer, as in the local layout: the tables go
    whole into a new version, `URL/.saring/versions/<run id>/` (`manifest.json` last), and only then
    does `URL/.saring/current` (one small object, written in one request) name it. A reader that
    follows the pointer sees one complete version, never half of one; an upload that fails leaves
    the pointer on the previous version. The top-level `URL/corpus/` ... `URL/manifest.json` are then
    replaced by copies of the new version, for readers that glob them (those copies are not switched
    atomically). Old versions beyond `keep_versions` are removed."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/")
    run_id = json.loads((local_out / MANIFEST).read_text(encoding="utf-8"))["run_id"]
    version = f"{root}/{REMOTE_VERSIONS}/{run_id}"
    if fs.exists(version):  # left by an upload of this run that failed: start it again
        fs.rm(version, recursive=True)
    count = _put_published(fs, local_out, version)
    fs.pipe_file(f"{root}/{REMOTE_CURRENT}", f"versions/{run_id}\n".encode())
    _copy_published(fs, version, root)
    _prune_remote_versions(fs, root, keep_versions, run_id)
    return count


@contextmanager
def local_folders(
    raw: str | Path, out: str | Path, cache_root: Path, keep_versions: int = 2
) -> Iterator[tuple[Path, Path]]:
    """The local raw and output folders to run on: the paths themselves, or mirrors of URLs. After the
    body returns, the published tables go to an output URL; if it raises, nothing is uploaded."""
    raw_dir = local_path(raw)
    if is_url(raw):
        raw_dir = mirror_folder(str(raw), cache_root, "raw")
        fetch_folder(str(raw), raw_dir)
    out_dir = local_path(out)
    if is_url(out):
        out_dir = mirror_folder(str(out), cache_root, "out")
        out_dir.mkdir(parents=True, exist_ok=True)
    yield raw_dir, out_dir
    if is_url(out):
        upload_published(out_dir, str(out), keep_versions)


def default_cache_root() -> Path:
    """Where mirrors of URLs live: `$SARING_CACHE_DIR`, else `~/.cache/saring/remote`."""
    configured = os.environ.get("SARING_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "saring" / "remote"


__all__ = [
    "current_remote_version",
    "default_cache_root",
    "fetch_folder",
    "is_url",
    "local_folders",
    "local_path",
    "mirror_folder",
    "upload_published",
]
