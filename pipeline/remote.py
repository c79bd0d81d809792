"""Raw and output folders at fsspec URLs (`s3://bucket/raw`, `gs://...`, `abfs://...`, `memory://...`).

A run works on local folders: its output folder holds a lock, a staging area, versions and symlinks
(`pipeline.output`), which object stores do not have. So a URL is mirrored:

- a raw URL is copied, file by file, into a local mirror before the run plans its shards; the mirror
  is kept between runs, and only files new or changed upstream (by the store's ETag, checksum or
  modification time) are copied again, files removed upstream are removed from it (the raw inputs
  themselves are never written);
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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


# What an object store says of a file's version, by fsspec implementation: S3's and Azure's ETag,
# GCS's checksum and generation, a local or SFTP file's modification time, a memory file's creation.
_VERSION_FIELDS = (
    "ETag", "etag", "md5Hash", "crc32c", "generation", "content_md5", "checksum", "mtime",
    "LastModified", "last_modified", "updated", "modified", "created",
)  # fmt: skip


def _version_token(info: dict[str, object]) -> str | None:
    """A string that changes when the file at `info` (an fsspec listing's entry) changes: its size and
    the first version field the store gives; None when it gives none (then the file is always fetched)."""
    for field in _VERSION_FIELDS:
        if info.get(field) not in (None, ""):
            return f"{info.get('size')}:{field}={info[field]}"
    return None


@dataclass(frozen=True)
class MirrorReport:
    files: int  # files in the mirror, as in the source
    fetched: int  # new or changed upstream, copied this time
    removed: int  # gone upstream, removed from the mirror


def mirror_index(local: Path) -> Path:
    """Where the versions of the files last copied into the mirror `local` are kept (beside it, so
    that it is never read as a raw input)."""
    return local.with_name(f"{local.name}.index.json")


def fetch_folder(url: str, local: Path) -> MirrorReport:
    """Make `local` hold exactly the files under `url`, copying only what is new or changed since the
    last fetch (by the store's version of each file: ETag, checksum or modification time, with its
    size). A file is written under a temporary name and renamed, so an interrupted fetch leaves
    whole files, and the index that says which versions the mirror holds is written last."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/")
    if not fs.isdir(root):
        raise FileNotFoundError(f"raw folder not found: {url}")
    index_path = mirror_index(local)
    try:
        held: dict[str, str] = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        held = {}
    local.mkdir(parents=True, exist_ok=True)
    listing = fs.find(root, detail=True)
    upstream: dict[str, tuple[str, str | None]] = {}
    for remote, info in sorted(listing.items()):
        rel = remote[len(root) :].lstrip("/")
        if rel and info.get("type", "file") == "file":
            upstream[rel] = (remote, _version_token(info))
    index_path.unlink(missing_ok=True)  # until it is rewritten, the mirror's versions are unknown
    removed = 0
    for path in sorted(p for p in local.rglob("*") if p.is_file() or p.is_symlink()):
        if path.relative_to(local).as_posix() not in upstream:
            path.unlink()
            removed += 1
    fetched = 0
    versions: dict[str, str] = {}
    for rel, (remote, token) in upstream.items():
        target = local / rel
        if token is None or held.get(rel) != token or not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.part")
            fs.get_file(remote, str(partial))
            os.replace(partial, target)
            fetched += 1
        if token is not None:
            versions[rel] = token
    for folder in sorted((p for p in local.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    index_path.write_text(json.dumps(versions, sort_keys=True), encoding="utf-8")
    return MirrorReport(files=len(upstream), fetched=fetched, removed=removed)


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
    raw: str | Path,
    out: str | Path,
    cache_root: Path,
    keep_versions: int = 2,
    on_mirror: Callable[[MirrorReport], None] | None = None,
) -> Iterator[tuple[Path, Path]]:
    """The local raw and output folders to run on: the paths themselves, or mirrors of URLs
    (`on_mirror` hears what fetching a raw URL copied). After the body returns, the published tables
    go to an output URL; if it raises, nothing is uploaded."""
    raw_dir = local_path(raw)
    if is_url(raw):
        raw_dir = mirror_folder(str(raw), cache_root, "raw")
        fetched = fetch_folder(str(raw), raw_dir)
        if on_mirror is not None:
            on_mirror(fetched)
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
    "MirrorReport",
    "current_remote_version",
    "default_cache_root",
    "fetch_folder",
    "is_url",
    "local_folders",
    "local_path",
    "mirror_folder",
    "mirror_index",
    "upload_published",
]
