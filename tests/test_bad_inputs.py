"""Acceptance: a folder of bad inputs runs to completion, and nothing is lost.

Empty files, random bytes, a PNG named `.txt`, cp1252 and UTF-16 text, broken and 5,000-deep nested
HTML, a JSONL with an invalid line, a record without text and a lone surrogate escape, a truncated
`.jsonl.gz`, a file with one 10 MB line, a sub-folder, hidden files and an unsupported extension:
each input or record lands in exactly one of corpus, rejected or quarantine, with the expected
reason or error; the manifest adds up; the raw folder is left byte for byte as it was.

The Indonesian texts below were written for this test.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import random
import time
import zlib
from collections import Counter
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config import Settings
from pipeline.run import run_local
from schemas import REJECT_REASONS, TABLES

ARTICLES = {
    "lembang": """Petani Sayur di Lembang Panen Lebih Awal
Para petani sayur di Lembang, Kabupaten Bandung Barat, memanen kol dan wortel lebih awal tahun ini. \
Cuaca yang cerah selama dua bulan terakhir membuat tanaman tumbuh lebih cepat daripada biasanya. \
Menurut ketua kelompok tani setempat, hasil panen kali ini cukup baik dan sebagian besar sudah dipesan \
oleh pedagang dari Jakarta. Meski begitu, para petani masih khawatir harga akan turun jika pasokan dari \
daerah lain juga melimpah pada waktu yang sama.""",
    "warung": """Warung Kopi Tua di Sudut Pasar
Di sudut Pasar Lama berdiri sebuah warung kopi yang sudah berusia lebih dari lima puluh tahun. \
Pemiliknya, Pak Harun, masih menyeduh kopi dengan cara yang sama seperti ayahnya dulu – tanpa mesin, \
hanya air mendidih dan saringan kain. “Orang datang ke sini bukan cuma untuk kopi, tapi untuk \
mengobrol,” katanya sambil tersenyum. Menu andalannya adalah kopi tubruk dan roti bakar, meski kini ada \
juga ‘kafé latte’ untuk pelanggan muda… Setiap pagi warung itu penuh oleh pedagang yang beristirahat \
sebelum pasar ramai.""",
    "perpustakaan": """Perpustakaan Desa Buka Hingga Malam
Perpustakaan desa di Kecamatan Sukamaju kini buka hingga pukul sembilan malam. Perubahan jam buka ini \
dilakukan karena banyak pelajar yang ingin belajar bersama setelah membantu orang tua di sawah pada siang \
hari. Kepala desa mengatakan bahwa lampu baru dan beberapa meja tambahan dibeli dari dana desa. Para \
relawan bergantian menjaga perpustakaan, dan setiap akhir pekan mereka mengadakan kegiatan membaca cerita \
untuk anak-anak kecil.""",
    "nelayan": """Nelayan Memperbaiki Perahu Menjelang Musim Angin Barat
Menjelang musim angin barat, nelayan di pesisir utara Jawa Tengah sibuk memperbaiki perahu mereka. Ombak \
yang tinggi biasanya membuat mereka tidak bisa melaut selama beberapa minggu. Waktu itu dimanfaatkan untuk \
mengecat lambung kapal, menambal jaring yang robek, dan memeriksa mesin. Sebagian nelayan juga mencari \
pekerjaan sementara sebagai buruh bangunan agar dapur tetap mengepul sampai cuaca kembali tenang.""",
    "jembatan": """Jembatan Gantung Diperbaiki Warga
Warga dua dusun di lereng bukit bergotong royong memperbaiki jembatan gantung yang rusak diterjang banjir \
bulan lalu. Selama jembatan putus, anak-anak harus berjalan memutar sejauh empat kilometer untuk sampai ke \
sekolah. Pemerintah kabupaten mengirim kawat baja dan papan kayu, sementara warga menyumbang tenaga. \
Pekerjaan ditargetkan selesai dalam dua minggu, sebelum musim hujan mencapai puncaknya. Para ibu \
menyiapkan makanan bagi para pekerja setiap hari.""",
    "pohon": """Sekolah Menanam Seribu Pohon
Murid-murid sekolah dasar di Kota Batu menanam seribu bibit pohon di sepanjang bantaran sungai. Kegiatan \
ini merupakan bagian dari pelajaran tentang lingkungan yang diberikan setiap semester. Para guru \
menjelaskan bahwa akar pohon membantu menahan tanah agar tidak longsor ketika hujan deras. Setiap kelas \
bertanggung jawab merawat bibit yang mereka tanam, termasuk menyiramnya dua kali seminggu selama musim \
kemarau.""",
    "pasar_malam": """Pasar Malam Kembali Ramai
Pasar malam di alun-alun kota kembali ramai setelah lama sepi. Puluhan pedagang menjajakan makanan ringan, \
pakaian, dan mainan anak. Pengunjung datang bersama keluarga untuk menikmati udara malam dan menonton \
pertunjukan musik di panggung kecil. Panitia menyediakan tempat sampah di setiap sudut dan meminta \
pedagang menjaga kebersihan. Menurut panitia, pasar malam ini akan diadakan setiap Sabtu sampai akhir \
tahun.""",
    "bus": """Bus Sekolah Gratis untuk Anak Desa
Pemerintah kabupaten meluncurkan bus sekolah gratis untuk anak-anak di desa terpencil. Selama ini banyak \
murid harus berjalan kaki lebih dari satu jam untuk mencapai sekolah menengah terdekat. Bus berwarna \
kuning itu berangkat pukul enam pagi dan menjemput murid di beberapa titik sepanjang jalan desa. Orang \
tua menyambut baik program ini karena anak mereka tidak lagi terlambat dan bisa beristirahat lebih lama.""",
    "sayur_asem": """Resep Sayur Asem Warisan Nenek
Sayur asem adalah masakan sederhana yang hampir selalu ada di meja makan keluarga kami.\ud800 Bahannya \
mudah didapat di pasar: labu siam, kacang panjang, jagung manis, melinjo, dan asam jawa. Nenek selalu \
menambahkan sedikit gula merah agar rasa asamnya tidak terlalu tajam. Kuncinya adalah memasukkan sayuran \
sesuai urutan, dimulai dari jagung yang paling lama matang, lalu sayuran lain yang lebih lunak.""",
    "bengkel": """Bengkel Sepeda Milik Pemuda Kampung
Tiga pemuda di sebuah kampung di Yogyakarta membuka bengkel sepeda kecil di teras rumah. Mereka \
memperbaiki sepeda anak sekolah dengan biaya murah, bahkan kadang gratis bagi keluarga yang kurang mampu. \
Suku cadang bekas dikumpulkan dari sepeda rusak yang disumbangkan warga. Kini bengkel itu juga menjadi \
tempat berkumpul anak muda untuk belajar merakit sepeda dan berbagi cerita setiap sore.""",
}
TEN_MB = 10_000_000
QUARANTINE_MAX_BYTES = 1024
CORPUS = ("corpus", None)


def title_and_body(name: str) -> tuple[str, str]:
    title, body = ARTICLES[name].split("\n", 1)
    return title, body


def html_page(name: str) -> str:
    title, body = title_and_body(name)
    return f"<h1>{title}</h1><p>{body}</p>"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under `folder`, hidden ones included: size, mtime and SHA-256."""
    found = {}
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            stat = path.stat()
            relpath = path.relative_to(folder).as_posix()
            found[relpath] = (stat.st_size, stat.st_mtime_ns, sha(path.read_bytes()))
    return found


def complete_lines_before_the_cut(truncated_gzip: bytes) -> int:
    """How many whole lines a gzip stream cut short still holds."""
    return zlib.decompressobj(wbits=31).decompress(truncated_gzip).count(b"\n")


def build_raw_folder(raw: Path) -> tuple[dict[str, tuple[str, str | None]], dict[str, bytes]]:
    """Write the bad-inputs folder; return {source: (table, reason or error)} and {name: raw bytes}."""
    expected: dict[str, tuple[str, str | None]] = {}
    data: dict[str, bytes] = {}

    def put(relpath: str, content: bytes, outcome: tuple[str, str | None] | None) -> None:
        path = raw / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        data[relpath] = content
        if outcome is not None:
            expected[relpath] = outcome

    # A good document, and the same kind of text in other encodings.
    put("baik.txt", ARTICLES["lembang"].encode(), CORPUS)
    put("cp1252.txt", ARTICLES["warung"].encode("cp1252"), CORPUS)
    put("utf16-bom.txt", ARTICLES["perpustakaan"].encode("utf-16"), CORPUS)
    put("utf16-le.txt", ARTICLES["nelayan"].encode("utf-16-le"), CORPUS)

    # Files that are no text at all.
    put("kosong.txt", b"", ("rejected", "too_short"))
    put("acak.txt", random.Random(7).randbytes(4096), ("quarantine", "binary"))
    no_controls = bytes(b for b in random.Random(8).randbytes(8192) if b >= 0x20)[:4096]
    put("acak-tanpa-kontrol.txt", no_controls, ("quarantine", "undecodable"))
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + random.Random(9).randbytes(3000)
    put("gambar.txt", png, ("quarantine", "binary"))
    put("tabel.csv", b"judul,isi\nSatu,Dua\n", ("quarantine", "unsupported_format"))

    # Broken HTML: unclosed and mismatched tags, a stray table end, a comment that must not show.
    title, body = title_and_body("jembatan")
    first, rest = body.split(". ", 1)
    broken = (
        f"<html><head><title>{title} | Kabar Desa</head><body><h1>{title}</h1>"
        f"<p>{first}.<!-- komentar tersembunyi --><p><b>{rest}</i></table></span><div>Selesai"
    )
    put("rusak.html", broken.encode(), CORPUS)
    # 5,000-deep nested HTML, the article at the bottom.
    nested = "<html><body>" + "<div>" * 5000 + html_page("pohon") + "</div>" * 5000 + "</body></html>"
    put("bersarang.html", nested.encode(), CORPUS)
    # A sub-folder.
    put("sub/dalam/berita.htm", f"<html><body>{html_page('pasar_malam')}</body></html>".encode(), CORPUS)

    # JSONL: good records, an invalid line, records without text, blank lines, lone surrogates.
    surrogate_record = json.dumps({"text": ARTICLES["sayur_asem"], "url": "https://contoh.id/resep"})
    assert "\\ud800" in surrogate_record  # the escape itself, as a scraper would write it
    jsonl_lines = [
        json.dumps({"text": ARTICLES["bus"], "url": "https://contoh.id/bus", "title": "Bus Sekolah"}),
        '{"text": "baris ini terpotong di tengah',
        json.dumps({"title": "Rekaman tanpa teks", "url": "https://contoh.id/kosong"}),
        "",
        surrogate_record,
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"text": ARTICLES["bengkel"], "url": "https://contoh.id/sepeda\udfff"}),
        json.dumps(["bukan", "rekaman"]),
        "   ",
    ]
    put("rekaman.jsonl", ("\n".join(jsonl_lines) + "\n").encode(), None)
    expected.update(
        {
            "rekaman.jsonl#1": CORPUS,
            "rekaman.jsonl#2": ("quarantine", "invalid_json"),
            "rekaman.jsonl#3": ("quarantine", "invalid_record"),
            "rekaman.jsonl#5": CORPUS,
            "rekaman.jsonl#6": ("quarantine", "invalid_json"),
            "rekaman.jsonl#7": CORPUS,
            "rekaman.jsonl#8": ("quarantine", "invalid_record"),
        }
    )
    put("kosong.jsonl", b"", ("quarantine", "invalid_record"))

    # A truncated .jsonl.gz: the records before the cut are read (each too short to keep), the rest
    # is one `truncated` row.
    records = b"".join(
        json.dumps({"text": f"Catatan pendek nomor {i} tentang harga cabai."}).encode() + b"\n"
        for i in range(1, 401)
    )
    full = gzip.compress(records, mtime=0)
    cut = full[: len(full) // 2]
    put("arsip/putus.jsonl.gz", cut, None)
    n_read = complete_lines_before_the_cut(cut)
    assert 10 < n_read < 400
    expected.update({f"arsip/putus.jsonl.gz#{i}": ("rejected", "too_short") for i in range(1, n_read + 1)})
    expected[f"arsip/putus.jsonl.gz#{n_read + 1}"] = ("quarantine", "truncated")
    put("arsip/palsu.jsonl.gz", records[:500], ("quarantine", "unreadable"))

    # Parquet: corrupt, and without a text column.
    put("rusak.parquet", b"PAR1" + random.Random(10).randbytes(500) + b"PAR1", ("quarantine", "unreadable"))
    buffer = io.BytesIO()
    pq.write_table(pa.table({"isi": ["a", "b"]}), buffer)
    put("tanpa-kolom.parquet", buffer.getvalue(), ("quarantine", "invalid_record"))

    # One 10 MB line: every sentence of the articles over and over, numbered, with no line break.
    sentences = [s for name in ARTICLES for s in title_and_body(name)[1].replace("\ud800", "").split(". ")]
    parts, size, i = [], 0, 0
    while size < TEN_MB:
        piece = f"{sentences[i % len(sentences)].rstrip('.')} ({i + 1})."
        parts.append(piece)
        size += len(piece) + 1
        i += 1
    line = " ".join(parts).encode()[:TEN_MB]
    put("besar.txt", line, None)  # see ONE_LINE_OUTCOMES
    assert b"\n" not in line and len(line) == TEN_MB

    # Hidden files and folders are skipped (and counted in the manifest), not read.
    put(".tersembunyi.txt", ARTICLES["lembang"].encode(), None)
    put(".cache/salinan.txt", ARTICLES["warung"].encode(), None)
    return expected, data


# A 10 MB run-on line is text: it is kept, or rejected whole by a document filter with its reason.
ONE_LINE_OUTCOMES = {("corpus", None)} | {("rejected", reason) for reason in REJECT_REASONS}


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> dict:
    base = tmp_path_factory.mktemp("bad-inputs")
    raw, out = base / "raw", base / "out"
    raw.mkdir()
    expected, data = build_raw_folder(raw)
    before = snapshot(raw)
    # Small shards, so that the 10 MB file is a shard of its own and its time can be read off.
    run_settings = settings.model_copy(
        update={
            "shard_bytes": 1 << 20,
            "output": settings.output.model_copy(update={"quarantine_max_bytes": QUARANTINE_MAX_BYTES}),
        }
    )
    start = time.perf_counter()
    manifest = run_local(raw, out, run_settings)
    seconds = time.perf_counter() - start
    big_shard = next(s for s in manifest.shards if (s.files, s.bytes) == (1, TEN_MB))  # besar.txt alone
    print(f"\nbad-inputs run: {seconds:.1f} s in all; the 10 MB-line file: {big_shard.seconds:.1f} s")
    print(f"stage seconds of the 10 MB-line file: {big_shard.stage_seconds}")
    tables = {t: pl.read_parquet(out / t / "*.parquet") for t in TABLES}
    print(f"the 10 MB-line file went to: {dict(outcomes(tables)).get('besar.txt')}")
    return {
        "raw": raw,
        "expected": expected,
        "data": data,
        "before": before,
        "manifest": manifest,
        "tables": tables,
        "seconds": seconds,
    }


def outcomes(tables: dict[str, pl.DataFrame]) -> list[tuple[str, tuple[str, str | None]]]:
    rows = [(s, ("corpus", None)) for s in tables["corpus"]["source"]]
    rows += [(s, ("rejected", r)) for s, r in tables["rejected"].select("source", "reason").iter_rows()]
    rows += [(s, ("quarantine", e)) for s, e in tables["quarantine"].select("source", "error").iter_rows()]
    return rows


def test_every_input_and_record_lands_exactly_once_with_its_reason(bad_run: dict) -> None:
    rows = outcomes(bad_run["tables"])
    sources = [s for s, _ in rows]
    duplicates = [s for s, n in Counter(sources).items() if n > 1]
    assert not duplicates, f"in more than one row: {duplicates}"
    expected = dict(bad_run["expected"])
    got = dict(rows)
    one_line = got.pop("besar.txt", None)
    assert one_line in ONE_LINE_OUTCOMES, f"besar.txt: {one_line}"
    assert set(got) == set(expected), (
        f"missing: {sorted(set(expected) - set(got))}; unexpected: {sorted(set(got) - set(expected))}"
    )
    wrong = {s: (got[s], expected[s]) for s in expected if got[s] != expected[s]}
    assert not wrong, f"(got, expected): {wrong}"


def test_every_row_says_why(bad_run: dict) -> None:
    tables = bad_run["tables"]
    assert all(d.strip() for d in tables["rejected"]["detail"])
    assert all(d.strip() for d in tables["quarantine"]["detail"])


def test_manifest_adds_up(bad_run: dict) -> None:
    manifest = bad_run["manifest"]
    tables = bad_run["tables"]
    expected = bad_run["expected"]
    assert manifest.balanced
    assert manifest.inputs["units"] == sum(manifest.outputs.values())
    assert manifest.inputs["units"] == len(expected) + 1  # + the 10 MB-line file
    assert manifest.outputs == {
        "corpus": tables["corpus"].height,
        "rejected": tables["rejected"].height,
        "quarantined": tables["quarantine"].height,
    }
    visible_files = {p.split("#")[0] for p in expected} | {"besar.txt", "rekaman.jsonl"}
    assert manifest.inputs["files"] == len(visible_files)
    assert manifest.inputs["skipped_hidden"] == 2
    quarantined = Counter(e for t, e in expected.values() if t == "quarantine")
    assert manifest.quarantined_by_error == dict(quarantined)
    assert sum(manifest.rejected_by_reason.values()) == tables["rejected"].height


def test_quarantine_rows_keep_capped_raw_bytes_and_describe_the_whole_input(bad_run: dict) -> None:
    data = bad_run["data"]
    for row in bad_run["tables"]["quarantine"].iter_rows(named=True):
        assert len(row["raw_bytes"]) <= QUARANTINE_MAX_BYTES
        relpath, _, number = row["source"].partition("#")
        # a JSONL record's bytes are its line; any other row stands for a whole file (a truncated
        # .jsonl.gz too)
        whole = data[relpath].split(b"\n")[int(number) - 1] if relpath == "rekaman.jsonl" else data[relpath]
        assert row["raw_size"] == len(whole), row["source"]
        assert row["raw_sha256"] == sha(whole), row["source"]
        assert row["raw_bytes"] == whole[:QUARANTINE_MAX_BYTES], row["source"]
    capped = bad_run["tables"]["quarantine"].filter(pl.col("source") == "acak.txt").row(0, named=True)
    assert capped["raw_size"] == 4096 and len(capped["raw_bytes"]) == QUARANTINE_MAX_BYTES


def test_flags_belong_to_documents_in_the_output(bad_run: dict) -> None:
    tables = bad_run["tables"]
    documents = set(tables["corpus"]["source"]) | set(tables["rejected"]["source"])
    assert set(tables["flags"]["source"]) <= documents


def test_decoded_and_extracted_texts_are_right(bad_run: dict) -> None:
    corpus = {row["source"]: row for row in bad_run["tables"]["corpus"].iter_rows(named=True)}

    def text(source: str) -> str:
        return corpus[source]["text"]

    # cp1252: the smart quotes, dash, ellipsis and accent, and no mojibake
    for piece in ("“Orang datang ke sini", "mengobrol,”", "‘kafé latte’", "dulu – tanpa", "muda…"):
        assert piece in text("cp1252.txt")
    assert "â€" not in text("cp1252.txt") and "Ã" not in text("cp1252.txt")
    # UTF-16 with and without a BOM
    assert "Kecamatan Sukamaju" in text("utf16-bom.txt") and "\ufeff" not in text("utf16-bom.txt")
    assert "pesisir utara Jawa Tengah" in text("utf16-le.txt") and "\x00" not in text("utf16-le.txt")
    # broken HTML keeps its text and not its comment; nested HTML keeps the article at the bottom
    assert "Pemerintah kabupaten mengirim kawat baja" in text("rusak.html")
    assert "komentar" not in text("rusak.html")
    assert "bantaran sungai" in text("bersarang.html")
    assert corpus["bersarang.html"]["title"] == "Sekolah Menanam Seribu Pohon"
    assert "alun-alun kota" in text("sub/dalam/berita.htm")
    # the lone surrogate escape is gone from the text; the URL's is replaced, not left to crash the writer
    assert "keluarga kami. Bahannya" in text("rekaman.jsonl#5")
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text("rekaman.jsonl#5"))
    assert corpus["rekaman.jsonl#7"]["url"] == "https://contoh.id/sepeda\ufffd"
    assert corpus["rekaman.jsonl#1"]["url"] == "https://contoh.id/bus"


def test_raw_folder_is_unchanged(bad_run: dict) -> None:
    assert snapshot(bad_run["raw"]) == bad_run["before"]
    assert set(bad_run["before"]) == set(bad_run["data"])


def test_whole_run_takes_reasonable_time(bad_run: dict) -> None:
    # Generous: the point is that a 10 MB line costs seconds, not minutes.
    assert bad_run["seconds"] < 120


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / os.fsdecode(b"berita-\xff.txt")).write_text(ARTICLES["lembang"], encoding="utf-8")
    (raw / os.fsdecode(b".tersembunyi-\xfe")).write_text("x", encoding="utf-8")
    manifest = run_local(raw, tmp_path / "out", Settings())
    assert manifest.balanced and manifest.inputs == {
        "files": 1,
        "units": 1,
        "skipped_hidden": 1,
        "shards": 1,
        "shards_resumed": 0,
        "new": 1,
        "changed": 0,
        "reused": 0,
        "removed": 0,
        "reuse_failed": 0,
    }
    # and a second run finds it again under the same escaped path, unchanged
    assert run_local(raw, tmp_path / "out", Settings()).inputs["reused"] == 1
    out = tmp_path / "out"
    tables = [pl.read_parquet(out / t / "*.parquet") for t in ("corpus", "rejected", "quarantine")]
    sources = [s for t in tables for s in t["source"].to_list()]
    assert sources == ["berita-\\xff.txt"]
    assert tables[0]["text"].to_list() == [ARTICLES["lembang"]]
