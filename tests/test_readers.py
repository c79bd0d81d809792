"""Readers: each input format in, RawDocuments or ReadFailures out; nothing is dropped silently."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import readers
from pipeline.readers import ReadFailure, read_input
from schemas import RawDocument

MAX = 64  # quarantine_max_bytes for these tests: small, so that capping shows


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read(raw: Path, relpath: str, max_bytes: int = MAX) -> list[RawDocument | ReadFailure]:
    return list(read_input(raw / relpath, relpath, max_bytes))


def only(items: list[RawDocument | ReadFailure]) -> RawDocument | ReadFailure:
    assert len(items) == 1, items
    return items[0]


def docs(items: list[RawDocument | ReadFailure]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def failures(items: list[RawDocument | ReadFailure]) -> list[ReadFailure]:
    return [i for i in items if isinstance(i, ReadFailure)]


def write(raw: Path, relpath: str, data: bytes) -> bytes:
    path = raw / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


# --- single-document files -------------------------------------------------------------------------


def test_txt(tmp_path: Path) -> None:
    data = write(tmp_path, "berita.txt", "Harga beras naik.\nKata pedagang “mahal”.\n".encode())
    doc = only(read(tmp_path, "berita.txt"))
    assert isinstance(doc, RawDocument)
    assert doc.source == "berita.txt"
    assert doc.content == "Harga beras naik.\nKata pedagang “mahal”.\n"
    assert doc.content_type == "text"
    assert doc.url is None and doc.title_hint is None
    assert doc.raw_sha256 == sha(data)
    assert doc.encoding == "utf-8"


def test_txt_in_a_sub_folder_and_upper_case_extension(tmp_path: Path) -> None:
    write(tmp_path, "sub/dir/BERITA.TXT", b"Harga beras naik.")
    doc = only(read(tmp_path, "sub/dir/BERITA.TXT"))
    assert isinstance(doc, RawDocument)
    assert doc.source == "sub/dir/BERITA.TXT"


def test_txt_in_cp1252(tmp_path: Path) -> None:
    data = write(tmp_path, "lama.txt", "Dia berkata “halo” di kafé.".encode("cp1252"))
    doc = only(read(tmp_path, "lama.txt"))
    assert isinstance(doc, RawDocument)
    assert doc.content == "Dia berkata “halo” di kafé."
    assert doc.encoding == "cp1252"
    assert doc.raw_sha256 == sha(data)


def test_empty_txt_is_an_empty_document(tmp_path: Path) -> None:
    write(tmp_path, "kosong.txt", b"")
    doc = only(read(tmp_path, "kosong.txt"))
    assert isinstance(doc, RawDocument)
    assert doc.content == ""
    assert doc.raw_sha256 == sha(b"")


@pytest.mark.parametrize("name", ["halaman.html", "halaman.htm", "HALAMAN.HTML"])
def test_html(tmp_path: Path, name: str) -> None:
    data = write(tmp_path, name, b"<html><body><h1>Judul</h1><p>Isi.</p></body></html>")
    doc = only(read(tmp_path, name))
    assert isinstance(doc, RawDocument)
    assert doc.content_type == "html"
    assert doc.content == data.decode()
    assert doc.source == name
    assert doc.raw_sha256 == sha(data)


def test_binary_txt_is_quarantined_with_capped_bytes(tmp_path: Path) -> None:
    data = write(tmp_path, "gambar.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    failure = only(read(tmp_path, "gambar.txt"))
    assert isinstance(failure, ReadFailure)
    assert failure.source == "gambar.txt"
    assert failure.error == "binary"
    assert "PNG" in failure.detail
    assert failure.raw_head == data[:MAX]
    assert failure.raw_size == len(data)
    assert failure.raw_sha256 == sha(data)


def test_max_bytes_zero_keeps_no_bytes_but_still_measures(tmp_path: Path) -> None:
    data = write(tmp_path, "gambar.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    failure = only(read(tmp_path, "gambar.txt", max_bytes=0))
    assert isinstance(failure, ReadFailure)
    assert failure.raw_head == b""
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


@pytest.mark.parametrize("name", ["data.csv", "dokumen.pdf", "README", "arsip.gz", "teks.txt.bak"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    data = write(tmp_path, name, b"a,b\n1,2\n" * 20)
    failure = only(read(tmp_path, name))
    assert isinstance(failure, ReadFailure)
    assert failure.source == name
    assert failure.error == "unsupported_format"
    assert failure.raw_head == data[:MAX]
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


def test_unreadable_path(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()  # a directory where a file was expected
    failure = only(read(tmp_path, "folder.txt"))
    assert isinstance(failure, ReadFailure)
    assert failure.error == "unreadable"
    assert failure.source == "folder.txt"


# --- JSONL -----------------------------------------------------------------------------------------

JSONL_LINES = [
    json.dumps({"text": "Teks pertama.", "url": "https://contoh.id/1", "title": "Judul Satu"}),
    "",  # blank lines hold no record
    "   ",
    json.dumps({"html": "<p>Teks HTML.</p>", "url": "https://contoh.id/2"}),
    "{bukan json",
    json.dumps([1, 2, 3]),
    json.dumps({"title": "Tanpa teks", "url": "https://contoh.id/5"}),
    json.dumps({"text": 42}),
    json.dumps("hanya string"),
    json.dumps({"text": "Teks dan html.", "html": "<p>diabaikan</p>", "title": "  "}),
]


def test_jsonl(tmp_path: Path) -> None:
    body = "\n".join(JSONL_LINES) + "\n"
    write(tmp_path, "rekaman.jsonl", body.encode())
    items = read(tmp_path, "rekaman.jsonl")
    by_source = {i.source: i for i in items}
    # blank lines 2 and 3 are skipped; every other line is one item, numbered by its line
    assert list(by_source) == [f"rekaman.jsonl#{n}" for n in (1, 4, 5, 6, 7, 8, 9, 10)]
    assert len(items) == len(by_source)

    first = by_source["rekaman.jsonl#1"]
    assert isinstance(first, RawDocument)
    assert (first.content, first.content_type) == ("Teks pertama.", "text")
    assert (first.url, first.title_hint) == ("https://contoh.id/1", "Judul Satu")
    assert first.raw_sha256 == sha(JSONL_LINES[0].encode())

    html = by_source["rekaman.jsonl#4"]
    assert isinstance(html, RawDocument)
    assert (html.content, html.content_type, html.url) == ("<p>Teks HTML.</p>", "html", "https://contoh.id/2")
    assert html.title_hint is None

    both = by_source["rekaman.jsonl#10"]
    assert isinstance(both, RawDocument)
    assert (both.content, both.content_type) == ("Teks dan html.", "text")  # `text` wins over `html`
    assert both.title_hint is None  # a blank title is no hint

    expected_errors = {
        "rekaman.jsonl#5": "invalid_json",
        "rekaman.jsonl#6": "invalid_record",
        "rekaman.jsonl#7": "invalid_record",
        "rekaman.jsonl#8": "invalid_record",
        "rekaman.jsonl#9": "invalid_record",
    }
    for source, error in expected_errors.items():
        failure = by_source[source]
        assert isinstance(failure, ReadFailure), source
        assert failure.error == error, source
        line = JSONL_LINES[int(source.rsplit("#", 1)[1]) - 1].encode()
        assert failure.raw_head == line[:MAX]
        assert (failure.raw_size, failure.raw_sha256) == (len(line), sha(line))
    assert "line 5" in by_source["rekaman.jsonl#5"].detail  # type: ignore[union-attr]
    assert "list" in by_source["rekaman.jsonl#6"].detail  # type: ignore[union-attr]
    assert "no `text` or `html`" in by_source["rekaman.jsonl#7"].detail  # type: ignore[union-attr]


def test_jsonl_crlf_bom_and_no_final_newline(tmp_path: Path) -> None:
    write(tmp_path, "a.jsonl", b'\xef\xbb\xbf{"text": "satu"}\r\n{"text": "dua"}')
    items = read(tmp_path, "a.jsonl")
    assert [(i.source, i.content) for i in docs(items)] == [("a.jsonl#1", "satu"), ("a.jsonl#2", "dua")]
    assert not failures(items)


def test_jsonl_line_nested_too_deeply_is_invalid_json(tmp_path: Path) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    write(tmp_path, "dalam.jsonl", b'{"text": "sebelum"}\n' + deep + b'\n{"text": "sesudah"}\n')
    items = read(tmp_path, "dalam.jsonl")
    assert [i.source for i in items] == ["dalam.jsonl#1", "dalam.jsonl#2", "dalam.jsonl#3"]
    failure = items[1]
    assert isinstance(failure, ReadFailure)
    assert failure.error == "invalid_json"
    assert failure.raw_size == len(deep)
    assert [d.content for d in docs(items)] == ["sebelum", "sesudah"]


def test_jsonl_url_with_a_lone_surrogate_is_made_writable(tmp_path: Path) -> None:
    write(tmp_path, "a.jsonl", b'{"text": "isi \\ud800 teks", "url": "https://contoh.id/\\udfff"}\n')
    doc = only(read(tmp_path, "a.jsonl"))
    assert isinstance(doc, RawDocument)
    assert doc.url == "https://contoh.id/\ufffd"
    doc.url.encode("utf-8")  # a lone surrogate here crashed the Parquet writer
    assert doc.content == "isi \ud800 teks"  # the text is normalise's business


def test_jsonl_in_latin1_is_invalid_json(tmp_path: Path) -> None:
    write(tmp_path, "a.jsonl", '{"text": "kafé"}\n'.encode("latin-1"))
    failure = only(read(tmp_path, "a.jsonl"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("a.jsonl#1", "invalid_json")


@pytest.mark.parametrize("content", [b"", b"\n\n  \n\r\n"], ids=["empty", "blank-lines"])
def test_jsonl_without_records_is_one_failure(tmp_path: Path, content: bytes) -> None:
    write(tmp_path, "kosong.jsonl", content)
    failure = only(read(tmp_path, "kosong.jsonl"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("kosong.jsonl", "invalid_record")
    assert "no records" in failure.detail
    assert (failure.raw_size, failure.raw_sha256) == (len(content), sha(content))


# --- JSONL.gz --------------------------------------------------------------------------------------


def _records(n: int) -> bytes:
    return b"".join(
        json.dumps(
            {"text": f"Dokumen nomor {i} tentang harga beras.", "url": f"https://contoh.id/{i}"}
        ).encode()
        + b"\n"
        for i in range(1, n + 1)
    )


def test_jsonl_gz(tmp_path: Path) -> None:
    write(tmp_path, "arsip.jsonl.gz", gzip.compress(_records(50), mtime=0))
    items = read(tmp_path, "arsip.jsonl.gz")
    assert not failures(items)
    assert [d.source for d in docs(items)] == [f"arsip.jsonl.gz#{i}" for i in range(1, 51)]
    assert items[9].content == "Dokumen nomor 10 tentang harga beras."  # type: ignore[union-attr]
    line = json.dumps({"text": "Dokumen nomor 1 tentang harga beras.", "url": "https://contoh.id/1"})
    assert items[0].raw_sha256 == sha(line.encode())


def test_truncated_jsonl_gz(tmp_path: Path) -> None:
    records = _records(3000)
    full = gzip.compress(records, mtime=0)
    data = write(tmp_path, "putus.jsonl.gz", full[: len(full) // 2])
    items = read(tmp_path, "putus.jsonl.gz")
    read_docs, fails = docs(items), failures(items)
    n = len(read_docs)
    assert 0 < n < 3000
    # the records before the cut are read, whole and in order
    assert [d.source for d in read_docs] == [f"putus.jsonl.gz#{i}" for i in range(1, n + 1)]
    assert [d.content for d in read_docs] == [
        f"Dokumen nomor {i} tentang harga beras." for i in range(1, n + 1)
    ]
    # ...and the rest is one `truncated` failure that carries the whole file
    assert len(fails) == 1 and items[-1] is fails[0]
    failure = fails[0]
    assert (failure.source, failure.error) == (f"putus.jsonl.gz#{n + 1}", "truncated")
    assert failure.raw_head == data[:MAX]
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


def test_jsonl_gz_cut_in_its_header(tmp_path: Path) -> None:
    write(tmp_path, "putus.jsonl.gz", gzip.compress(_records(5), mtime=0)[:6])
    failure = only(read(tmp_path, "putus.jsonl.gz"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("putus.jsonl.gz#1", "truncated")


def test_corrupt_jsonl_gz_after_some_lines_is_unreadable_not_truncated(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(_records(3000), mtime=0))
    data[len(data) // 2] ^= 0xFF
    write(tmp_path, "rusak.jsonl.gz", bytes(data))
    items = read(tmp_path, "rusak.jsonl.gz")
    fails = failures(items)
    assert len(fails) == 1 and items[-1] is fails[0]
    assert fails[0].error == "unreadable"
    assert fails[0].source == f"rusak.jsonl.gz#{len(items)}"
    assert "corrupt" in fails[0].detail


def test_jsonl_gz_that_is_not_gzip(tmp_path: Path) -> None:
    data = write(tmp_path, "palsu.jsonl.gz", _records(3))
    failure = only(read(tmp_path, "palsu.jsonl.gz"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("palsu.jsonl.gz", "unreadable")
    assert failure.raw_head == data[:MAX]
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


def test_empty_jsonl_gz(tmp_path: Path) -> None:
    for name, data in [("nol.jsonl.gz", b""), ("kosong.jsonl.gz", gzip.compress(b"", mtime=0))]:
        write(tmp_path, name, data)
        failure = only(read(tmp_path, name))
        assert isinstance(failure, ReadFailure)
        assert (failure.source, failure.error) == (name, "invalid_record")


# --- Parquet ---------------------------------------------------------------------------------------


def test_parquet_text_column(tmp_path: Path) -> None:
    table = pa.table(
        {
            "text": ["Teks satu.", None, "Teks tiga."],
            "url": ["https://contoh.id/1", None, None],
            "title": ["Judul", None, ""],
            "lain": [1, 2, 3],
        }
    )
    pq.write_table(table, tmp_path / "tabel.parquet")
    items = read(tmp_path, "tabel.parquet")
    assert [i.source for i in items] == ["tabel.parquet#1", "tabel.parquet#2", "tabel.parquet#3"]
    first, missing, third = items
    assert isinstance(first, RawDocument)
    assert (first.content, first.content_type, first.url, first.title_hint) == (
        "Teks satu.",
        "text",
        "https://contoh.id/1",
        "Judul",
    )
    assert isinstance(missing, ReadFailure) and missing.error == "invalid_record"  # a null text
    assert isinstance(third, RawDocument) and third.title_hint is None


def test_parquet_html_column_across_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "PARQUET_BATCH_ROWS", 2)
    pq.write_table(pa.table({"html": [f"<p>Halaman {i}</p>" for i in range(1, 6)]}), tmp_path / "h.parquet")
    items = read(tmp_path, "h.parquet")
    assert [(d.source, d.content, d.content_type) for d in docs(items)] == [
        (f"h.parquet#{i}", f"<p>Halaman {i}</p>", "html") for i in range(1, 6)
    ]
    assert not failures(items)


def test_parquet_without_text_or_html_column(tmp_path: Path) -> None:
    pq.write_table(pa.table({"isi": ["a", "b"], "url": ["x", "y"]}), tmp_path / "salah.parquet")
    data = (tmp_path / "salah.parquet").read_bytes()
    failure = only(read(tmp_path, "salah.parquet"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("salah.parquet", "invalid_record")
    assert "isi" in failure.detail
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


def test_parquet_without_rows(tmp_path: Path) -> None:
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "kosong.parquet")
    failure = only(read(tmp_path, "kosong.parquet"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("kosong.parquet", "invalid_record")


@pytest.mark.parametrize("kind", ["garbage", "cut-footer", "not-parquet"])
def test_corrupt_parquet(tmp_path: Path, kind: str) -> None:
    pq.write_table(pa.table({"text": ["Teks satu."] * 10}), tmp_path / "baik.parquet")
    good = (tmp_path / "baik.parquet").read_bytes()
    data = {
        "garbage": b"PAR1" + bytes(range(256)) + b"PAR1",
        "cut-footer": good[:-30] + good[-8:],
        "not-parquet": b"Harga beras naik.\n" * 10,
    }[kind]
    write(tmp_path, "rusak.parquet", data)
    failure = only(read(tmp_path, "rusak.parquet"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("rusak.parquet", "unreadable")
    assert failure.raw_head == data[:MAX]
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


# --- the safety net --------------------------------------------------------------------------------


def test_a_reader_that_breaks_costs_the_rest_of_its_file_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path, relpath: str, max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
        yield RawDocument(source=f"{relpath}#1", content="satu", content_type="text", raw_sha256="0")
        yield RawDocument(source=f"{relpath}#2", content="dua", content_type="text", raw_sha256="0")
        raise KeyError("tidak terduga")

    monkeypatch.setitem(readers.READERS, ".jsonl", broken)
    data = write(tmp_path, "a.jsonl", b'{"text": "x"}\n' * 3)
    items = read(tmp_path, "a.jsonl")
    assert [i.source for i in items] == ["a.jsonl#1", "a.jsonl#2", "a.jsonl#3"]
    failure = items[-1]
    assert isinstance(failure, ReadFailure)
    assert failure.error == "internal_error"
    assert "KeyError" in failure.detail
    assert (failure.raw_size, failure.raw_sha256) == (len(data), sha(data))


def test_a_reader_that_breaks_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path, relpath: str, max_bytes: int) -> Iterator[RawDocument | ReadFailure]:
        raise MemoryError
        yield  # pragma: no cover

    monkeypatch.setitem(readers.READERS, ".txt", broken)
    write(tmp_path, "a.txt", b"teks")
    failure = only(read(tmp_path, "a.txt"))
    assert isinstance(failure, ReadFailure)
    assert (failure.source, failure.error) == ("a.txt", "internal_error")
