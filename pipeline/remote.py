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
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fsspec.core import url_to_fs

from pipeline.output import PUBLISHED


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


def upload_published(local_out: Path, url: str) -> int:
    """Copy the published tables of the output folder `local_out` to `url`, replacing what an earlier
    upload left there; the number of files copied."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/")
    count = 0
    for name in PUBLISHED:
        source = (local_out / name).resolve()
        target = f"{root}/{name}"
        if fs.exists(target):
            fs.rm(target, recursive=True)
        if source.is_file():
            fs.makedirs(root, exist_ok=True)
            fs.put_file(str(source), target)
            count += 1
            continue
        if not source.is_dir():
            continue
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            rel = path.relative_to(source).as_posix()
            fs.makedirs(f"{target}/{rel}".rsplit("/", 1)[0], exist_ok=True)
            fs.put_file(str(path), f"{target}/{rel}")
            count += 1
    return count


@contextmanager
def local_folders(raw: str | Path, out: str | Path, cache_root: Path) -> Iterator[tuple[Path, Path]]:
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
        upload_published(out_dir, str(out))


def default_cache_root() -> Path:
    """Where mirrors of URLs live: `$SARING_CACHE_DIR`, else `~/.cache/saring/remote`."""
    configured = os.environ.get("SARING_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "saring" / "remote"


__all__ = [
    "default_cache_root",
    "fetch_folder",
    "is_url",
    "local_folders",
    "local_path",
    "mirror_folder",
    "upload_published",
]
