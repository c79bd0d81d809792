"""Raw and output folders at fsspec URLs: a run on `memory://` URLs publishes the same tables, byte for
byte, as a run on local folders; the raw mirror follows the source; a failed run uploads nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from uuid import uuid4

import fsspec
import pytest

from flows.clean import clean_corpus, task_runner
from pipeline.config import Settings, load_settings
from pipeline.remote import (
    MirrorReport,
    current_remote_version,
    fetch_folder,
    is_url,
    local_folders,
    local_path,
    mirror_index,
)
from pipeline.run import run_local
from schemas import TABLES
from tests.conftest import RAW
from tests.test_determinism import _hashes


def _upload_raw(root: str) -> None:
    fs = fsspec.filesystem("memory")
    for path in RAW.rglob("*"):
        if path.is_file():
            fs.pipe(f"{root}/{path.relative_to(RAW).as_posix()}", path.read_bytes())


def _remote_hashes(url: str) -> dict[str, str]:
    fs, root = fsspec.core.url_to_fs(url)
    return {
        f"{table}/{Path(p).name}": hashlib.sha256(fs.cat_file(p)).hexdigest()
        for table in TABLES
        for p in sorted(fs.glob(f"{root}/{table}/*.parquet"))
    }


def test_locations_with_a_scheme_are_urls_and_file_urls_are_local() -> None:
    assert is_url("s3://bucket/raw") and is_url("memory://x/raw")
    assert not is_url("raw") and not is_url("/data/raw") and not is_url("file:///data/raw")
    assert local_path("file:///data/raw") == Path("/data/raw")


def test_a_run_on_fsspec_urls_publishes_the_tables_of_a_local_run(tmp_path: Path, settings: Settings) -> None:
    root = f"/saring-{uuid4().hex}"
    _upload_raw(f"{root}/raw")
    with local_folders(f"memory://{root}/raw", f"memory://{root}/out", tmp_path / "cache") as (raw, out):
        assert raw.is_dir() and not is_url(str(out))
        manifest = run_local(raw, out, settings)
    local = run_local(RAW, tmp_path / "local", settings)
    remote = _remote_hashes(f"memory://{root}/out")
    assert remote == _hashes(tmp_path / "local")
    assert any(k.startswith("corpus/") for k in remote)
    fs = fsspec.filesystem("memory")
    assert fs.exists(f"{root}/out/manifest.json")
    assert manifest.outputs == local.outputs and manifest.outputs["corpus"] == 5


def test_the_raw_mirror_follows_the_source(tmp_path: Path) -> None:
    fs = fsspec.filesystem("memory")
    root = f"/saring-{uuid4().hex}/raw"
    fs.pipe(f"{root}/a.txt", b"Satu")
    fs.pipe(f"{root}/sub/b.txt", b"Dua")
    mirror = tmp_path / "mirror"
    assert fetch_folder(f"memory://{root}", mirror) == MirrorReport(files=2, fetched=2, removed=0)
    assert (mirror / "sub" / "b.txt").read_bytes() == b"Dua"
    fs.rm(f"{root}/sub/b.txt")
    assert fetch_folder(f"memory://{root}", mirror) == MirrorReport(files=1, fetched=0, removed=1)
    assert sorted(p.name for p in mirror.rglob("*")) == ["a.txt"]  # the emptied folder goes too


def test_a_rerun_copies_only_what_changed_upstream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fs = fsspec.filesystem("memory")
    root = f"/saring-{uuid4().hex}/raw"
    for name in ("a.txt", "b.txt", "c.jsonl"):
        fs.pipe(f"{root}/{name}", name.encode())
    mirror = tmp_path / "mirror"
    fetch_folder(f"memory://{root}", mirror)
    copied: list[str] = []
    real_get_file = type(fs).get_file
    monkeypatch.setattr(
        type(fs),
        "get_file",
        lambda self, rpath, lpath, **kw: (copied.append(rpath), real_get_file(self, rpath, lpath, **kw)),
    )
    assert fetch_folder(f"memory://{root}", mirror) == MirrorReport(files=3, fetched=0, removed=0)
    assert copied == []
    fs.pipe(f"{root}/b.txt", b"Dua, diperbarui")  # rewritten upstream: a new version
    fs.pipe(f"{root}/d.txt", b"Baru")
    (mirror / "c.jsonl").unlink()  # lost from the mirror: copied again
    assert fetch_folder(f"memory://{root}", mirror) == MirrorReport(files=4, fetched=3, removed=0)
    assert sorted(p.rsplit("/", 1)[1] for p in copied) == ["b.txt", "c.jsonl", "d.txt"]
    assert (mirror / "b.txt").read_bytes() == b"Dua, diperbarui"
    assert not list(mirror.glob(".*"))  # no partial files, and the index lives beside the mirror
    assert mirror_index(mirror).is_file()


def test_a_missing_raw_url_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="raw folder not found"):
        fetch_folder(f"memory:///saring-{uuid4().hex}/none", tmp_path / "mirror")


def _run_into(root: str, cache: Path, settings: Settings, keep_versions: int = 2) -> str:
    """A run on memory:// URLs under `root`; its run id."""
    with local_folders(f"memory://{root}/raw", f"memory://{root}/out", cache, keep_versions) as (raw, out):
        return run_local(raw, out, settings, full=True).run_id


def test_an_upload_switches_a_pointer_to_a_complete_version(tmp_path: Path, settings: Settings) -> None:
    root = f"/saring-{uuid4().hex}"
    _upload_raw(f"{root}/raw")
    fs = fsspec.filesystem("memory")
    first = _run_into(root, tmp_path / "cache", settings)
    assert current_remote_version(f"memory://{root}/out") == f"versions/{first}"
    version = f"{root}/out/.saring/versions/{first}"
    manifest = json.loads(fs.cat_file(f"{version}/manifest.json"))
    assert manifest["run_id"] == first
    # The version holds every file its manifest lists, with the listed hash; the top-level copies
    # for readers that glob are the same bytes.
    for files in manifest["tables"].values():
        for f in files:
            data = fs.cat_file(f"{version}/{f['path']}")
            assert (
                hashlib.sha256(data).hexdigest()
                == f["sha256"]
                == hashlib.sha256(fs.cat_file(f"{root}/out/{f['path']}")).hexdigest()
            )
    assert fs.cat_file(f"{root}/out/manifest.json") == fs.cat_file(f"{version}/manifest.json")


def test_an_upload_that_fails_half_way_leaves_the_previous_version_current(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = f"/saring-{uuid4().hex}"
    _upload_raw(f"{root}/raw")
    fs = fsspec.filesystem("memory")
    first = _run_into(root, tmp_path / "cache", settings)
    before = _remote_hashes(f"memory://{root}/out")
    manifest_before = fs.cat_file(f"{root}/out/manifest.json")

    put_file = type(fs).put_file
    calls = []

    def failing_put(self: Any, lpath: str, rpath: str, **kwargs: Any) -> None:
        calls.append(rpath)
        if len(calls) == 3:
            raise OSError("connection reset")
        put_file(self, lpath, rpath, **kwargs)

    monkeypatch.setattr(type(fs), "put_file", failing_put)
    with pytest.raises(OSError, match="connection reset"):
        _run_into(root, tmp_path / "cache", settings)
    assert current_remote_version(f"memory://{root}/out") == f"versions/{first}"
    assert _remote_hashes(f"memory://{root}/out") == before
    assert fs.cat_file(f"{root}/out/manifest.json") == manifest_before
    partial = [p for p in fs.ls(f"{root}/out/.saring/versions", detail=False) if not p.endswith(first)]
    assert len(partial) == 1 and not fs.exists(f"{partial[0]}/manifest.json")

    monkeypatch.setattr(type(fs), "put_file", put_file)
    third = _run_into(root, tmp_path / "cache", settings)
    assert current_remote_version(f"memory://{root}/out") == f"versions/{third}"
    versions = sorted(p.rsplit("/", 1)[-1] for p in fs.ls(f"{root}/out/.saring/versions", detail=False))
    assert versions == [first, third]  # the half-uploaded version is gone


def test_uploads_keep_the_newest_versions(tmp_path: Path, settings: Settings) -> None:
    root = f"/saring-{uuid4().hex}"
    _upload_raw(f"{root}/raw")
    fs = fsspec.filesystem("memory")
    runs = [_run_into(root, tmp_path / "cache", settings, keep_versions=2) for _ in range(3)]
    versions = sorted(p.rsplit("/", 1)[-1] for p in fs.ls(f"{root}/out/.saring/versions", detail=False))
    assert versions == runs[1:]
    assert current_remote_version(f"memory://{root}/out") == f"versions/{runs[-1]}"


def test_a_failed_run_uploads_nothing(tmp_path: Path) -> None:
    root = f"/saring-{uuid4().hex}"
    _upload_raw(f"{root}/raw")
    with (
        pytest.raises(RuntimeError, match="boom"),
        local_folders(f"memory://{root}/raw", f"memory://{root}/out", tmp_path / "cache"),
    ):
        raise RuntimeError("boom")
    assert not fsspec.filesystem("memory").exists(f"{root}/out")


def test_the_flow_reads_and_writes_fsspec_urls(
    prefect_api: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SARING_CACHE_DIR", str(tmp_path / "cache"))
    root = f"/saring-{uuid4().hex}"
    _upload_raw(f"{root}/raw")
    result = clean_corpus.with_options(task_runner=task_runner(load_settings(workers=1)))(
        raw=f"memory://{root}/raw", out=f"memory://{root}/out", workers=1
    )
    assert result["balanced"] and result["outputs"]["corpus"] == 5
    run_local(RAW, tmp_path / "local", load_settings())
    assert _remote_hashes(f"memory://{root}/out") == _hashes(tmp_path / "local")
    # The raw mirror with its index, and the output's working folder.
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()) == ["out", "raw", "raw"]
