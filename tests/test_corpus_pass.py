"""The corpus pass: duplicate documents and lines repeated across a site, decided on summaries, the
same whatever the shard and worker count. Article text: CC BY-SA sentences of the UD Indonesian
treebanks bundled with the evaluation (evaluation/data)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from pipeline.config import Settings, load_settings
from pipeline.corpus_pass import (
    LINE_SUMMARY_SCHEMA,
    _partition_filters,
    _signature_rows,
    _spill_line_partitions,
    _write_band_keys,
    source_group,
)
from pipeline.dedup import MinHasher, band_keys, comparable_text, near_duplicates, shared_keys
from pipeline.run import run_local
from tests.conftest import REPO

SENTENCES = [
    line.split("\t")[2]
    for line in (REPO / "evaluation" / "data" / "ud_gsd_csui.tsv")
    .read_text(encoding="utf-8")
    .splitlines()[1:]
    if len(line.split("\t")[2].split()) >= 12
]
TABLES = ("corpus", "rejected", "flags", "quarantine", "signals")


def article(seed: int, n_sentences: int = 14, title: str | None = None) -> str:
    rng = random.Random(seed)
    picked = rng.sample(SENTENCES, n_sentences)
    paragraphs = [" ".join(picked[i : i + 4]) for i in range(0, n_sentences, 4)]
    return "\n\n".join([title or f"Laporan Khusus Nomor {seed} dari Daerah", *paragraphs])


def read(out: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(out / table / "*.parquet")


@pytest.mark.parametrize(
    ("source", "url", "group"),
    [
        ("feed.jsonl#3", "https://www.kompas.com/a/b", "kompas.com"),
        ("feed.jsonl#3", "detik.com/news/x", "detik.com"),
        ("feed.jsonl#3", None, "feed.jsonl"),
        ("situs/2024/berita.html", None, "situs/2024"),
        ("berita.txt", None, "."),
    ],
)
def test_what_a_site_is(source: str, url: str | None, group: str) -> None:
    assert source_group(source, url) == group


def test_minhash_estimates_similarity() -> None:
    hasher = MinHasher()
    a = comparable_text(article(1, 20))
    words = a.split()
    edited = " ".join("diubah" if i % 60 == 0 else w for i, w in enumerate(words))
    other = comparable_text(article(2, 20))
    same = (hasher.signature(a) == hasher.signature(edited)).mean()
    different = (hasher.signature(a) == hasher.signature(other)).mean()
    assert same > 0.75 and different < 0.1


def _planted_signatures(hasher: MinHasher, n: int, seed: int) -> np.ndarray:
    """`n` signatures drawn as variants of a few originals: each keeps a random share of its
    original's values (0 to 60% replaced), so pairs fall on both sides of any threshold."""
    rng = np.random.default_rng(seed)
    originals = rng.integers(0, 1 << 63, size=(n // 5, hasher.num_perm), dtype=np.uint64)
    signatures = originals[rng.integers(0, len(originals), size=n)]
    for row in signatures:
        replaced = rng.choice(hasher.num_perm, size=rng.integers(0, 60), replace=False)
        row[replaced] = rng.integers(0, 1 << 63, size=len(replaced), dtype=np.uint64)
    return signatures


def _near_duplicates_by_hand(
    docs: pl.DataFrame, signatures: np.ndarray, hasher: MinHasher, min_similarity: float
) -> set[tuple[str, str]]:
    """The documented rule spelled out plainly: per band, documents with the same values in it form
    a bucket; its best member (most text, then smallest source) joins each other member whose
    signature agrees on at least `min_similarity` of its values; each joined cluster keeps its best."""
    best_first = sorted(range(docs.height), key=lambda i: (-docs["n_chars"][i], docs["source"][i]))
    rank = {row: r for r, row in enumerate(best_first)}
    cluster = {row: row for row in range(docs.height)}

    def find(row: int) -> int:
        while cluster[row] != row:
            row = cluster[row]
        return row

    for band in range(hasher.bands):
        buckets: dict[bytes, list[int]] = {}
        for row in range(docs.height):
            part = signatures[row, band * hasher.rows : (band + 1) * hasher.rows].tobytes()
            buckets.setdefault(part, []).append(row)
        for members in buckets.values():
            first, *others = sorted(members, key=rank.__getitem__)
            for other in others:
                if (signatures[first] == signatures[other]).mean() >= min_similarity:
                    a, b = find(first), find(other)
                    better, worse = sorted((a, b), key=rank.__getitem__)
                    cluster[worse] = better
    return {
        (docs["doc_id"][row], docs["doc_id"][find(row)]) for row in range(docs.height) if find(row) != row
    }


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_near_duplicates_follow_the_documented_rule(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fast path (band keys hashed in polars, candidate pairs found per band, only the candidates'
    # signatures read, clusters over candidates only, pairs compared a block at a time) decides what
    # the plain rule decides.
    monkeypatch.setattr("pipeline.dedup._PAIRS_PER_BLOCK", 7)
    hasher = MinHasher()
    signatures = _planted_signatures(hasher, 400, seed)
    rng = np.random.default_rng(seed)
    docs = pl.DataFrame(
        {
            "doc_id": [f"d{i:03d}" for i in range(400)],
            "source": [f"s{i:03d}.txt" for i in rng.permutation(400)],
            "n_chars": rng.integers(900, 1000, size=400),
        }
    )
    keys = band_keys(signatures, hasher)
    rows = np.arange(400)
    buckets = pl.concat([shared_keys(pl.DataFrame({"row": rows, "key": keys[:, b]})) for b in range(20)])
    candidates = docs.with_row_index("row").with_columns(pl.col("row").cast(pl.Int64))
    candidates = candidates.filter(pl.col("row").is_in(buckets.explode().implode()))
    read: list[np.ndarray] = []

    def signatures_of(wanted: np.ndarray) -> np.ndarray:
        read.append(wanted)
        return signatures[wanted]

    found = near_duplicates(buckets, candidates, signatures_of, 0.7)
    expected = _near_duplicates_by_hand(docs, signatures, hasher, 0.7)
    assert 20 < len(expected) < 380  # some documents are kept, some are duplicates
    assert set(zip(found["doc_id"], found["of_doc_id"], strict=True)) == expected
    assert len(read) == 1 and len(read[0]) < 400  # only candidates' signatures were read
    # The similarity reported is the duplicate's to the copy kept (in a chain it can be below 0.7).
    row = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])}
    for doc_id, of_doc_id, similarity in found.select("doc_id", "of_doc_id", "similarity").iter_rows():
        assert similarity == (signatures[row[doc_id]] == signatures[row[of_doc_id]]).mean()


def test_signatures_are_read_file_by_file(tmp_path: Path) -> None:
    hasher = MinHasher()
    signatures = _planted_signatures(hasher, 25, 3)
    for start, stop in [(0, 10), (10, 11), (11, 25)]:
        pl.DataFrame({"signature": [row.tobytes() for row in signatures[start:stop]]}).write_parquet(
            tmp_path / f"p{start:03d}.parquet"
        )
    wanted = np.array([0, 9, 10, 11, 24])
    assert np.array_equal(_signature_rows(tmp_path, hasher.num_perm, wanted), signatures[wanted])
    keys = tmp_path / "keys"
    keys.mkdir()
    _write_band_keys(tmp_path, hasher, keys, exclude=pl.Series([3, 10], dtype=pl.Int64))
    written = pl.read_parquet(sorted(keys.glob("*.parquet")))
    kept = [row for row in range(25) if row not in (3, 10)]
    assert written["row"].to_list() == kept
    assert np.array_equal(written.drop("row").to_numpy(), band_keys(signatures, hasher)[kept])


def test_a_syndicated_copy_with_other_chrome_and_edits_collapses(tmp_path: Path, settings: Settings) -> None:
    raw = tmp_path / "raw"
    (raw / "asli").mkdir(parents=True)
    (raw / "sindikasi").mkdir()
    original = article(7, 20, "Pemerintah Resmikan Bendungan Baru di Jawa Tengah")
    (raw / "asli" / "bendungan.txt").write_text(
        "Nasional\n\n" + original + "\n\nBagikan:\nEditor: Rina Wulandari\n", encoding="utf-8"
    )
    # The copy: other chrome around it and a few words edited.
    body = original.split("\n\n")
    edited = [
        body[0],
        body[1].replace(" yang ", " yg ", 1),
        body[2].replace(" dan ", " serta ", 1),
        *body[3:],
    ]
    html = (
        "<html><head><title>Bendungan</title></head><body><nav>Beranda Berita Daerah</nav><article>"
        + "".join(f"<h1>{edited[0]}</h1>" if i == 0 else f"<p>{p}</p>" for i, p in enumerate(edited))
        + "<p>Baca juga: Harga Cabai Naik Lagi di Pasar Induk</p></article>"
        + "<footer>© 2024</footer></body></html>"
    )
    (raw / "sindikasi" / "copy.html").write_text(html, encoding="utf-8")
    out = tmp_path / "out"
    manifest = run_local(raw, out, settings)
    corpus, rejected = read(out, "corpus"), read(out, "rejected")
    assert corpus["source"].to_list() == ["asli/bendungan.txt"]  # the copy with the most text survives
    row = rejected.row(0, named=True)
    assert (row["source"], row["reason"]) == ("sindikasi/copy.html", "near_duplicate")
    assert corpus["doc_id"][0] in row["detail"] and "asli/bendungan.txt" in row["detail"]
    assert manifest.corpus_pass["near_duplicates"] == 1 and manifest.balanced
    assert float(row["detail"].rsplit(" ", 1)[1]) > 0.85
    signals = read(out, "signals")
    assert signals.filter(pl.col("source") == "sindikasi/copy.html")["decision"].to_list() == [
        "near_duplicate"
    ]


def test_exact_copies_keep_the_smallest_source(tmp_path: Path, settings: Settings) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = article(11)
    for name in ("c.txt", "a.txt", "b.txt"):
        (raw / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_local(raw, out, settings)
    assert read(out, "corpus")["source"].to_list() == ["a.txt"]
    rejected = read(out, "rejected").sort("source")
    assert rejected["reason"].to_list() == ["exact_duplicate", "exact_duplicate"]
    assert all("(a.txt)" in d for d in rejected["detail"])


def test_two_articles_on_the_same_topic_stay_two(tmp_path: Path, settings: Settings) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    topic = "Banjir Melanda Kota Semarang Akibat Hujan Deras"
    lead = "Banjir melanda sejumlah wilayah di Kota Semarang setelah hujan deras turun sejak pagi."
    for i, seed in enumerate((21, 22)):
        (raw / f"berita-{i}.txt").write_text(article(seed, 16, topic) + "\n\n" + lead, encoding="utf-8")
    out = tmp_path / "out"
    run_local(raw, out, settings)
    assert read(out, "corpus").height == 2 and read(out, "rejected").height == 0


def test_site_furniture_goes_while_the_same_words_in_a_sentence_stay(
    tmp_path: Path, settings: Settings
) -> None:
    raw = tmp_path / "raw"
    site = raw / "wartanusa"
    site.mkdir(parents=True)
    furniture = "Warta Nusantara Edisi Daerah"
    for i in range(30):
        (site / f"artikel-{i:02d}.txt").write_text(article(100 + i) + f"\n\n{furniture}\n", encoding="utf-8")
    sentence = f"Laporan lengkapnya dimuat dalam {furniture} yang terbit pada pekan lalu di Surabaya."
    (site / "artikel-30.txt").write_text(article(200) + "\n\n" + sentence, encoding="utf-8")
    # The same line on a few pages of another site is not that site's furniture.
    other = raw / "lain"
    other.mkdir()
    for i in range(3):
        (other / f"a-{i}.txt").write_text(article(300 + i) + f"\n\n{furniture}\n", encoding="utf-8")
    out = tmp_path / "out"
    manifest = run_local(raw, out, settings)
    corpus = read(out, "corpus")
    on_site = corpus.filter(pl.col("source").str.starts_with("wartanusa/"))
    assert on_site.height == 31
    assert not any(line == furniture for text in on_site["text"] for line in text.split("\n"))
    assert sentence in on_site.filter(pl.col("source") == "wartanusa/artikel-30.txt")["text"][0]
    assert all(
        text.endswith(furniture) for text in corpus.filter(pl.col("source").str.starts_with("lain/"))["text"]
    )
    flags = read(out, "flags").filter(pl.col("category") == "repeated_line")
    assert flags.height == 30 and set(flags["text"]) == {furniture}
    assert set(flags["detail"]) == {"on 30 documents of wartanusa"}
    assert set(flags["action"]) == {"removed"}
    # Offsets point into the normalised text, as every flag's do: the context surrounds the line.
    assert all(before.endswith("\n\n") for before in flags["context_before"])
    assert manifest.corpus_pass["repeated_lines"] == 30
    assert manifest.flags_by_category["repeated_line"].removed == 30


def test_lines_of_a_removed_duplicate_do_not_count(tmp_path: Path, settings: Settings) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = article(400, 20)
    for i in range(6):  # six copies of one article: five are duplicates, not six pages with shared lines
        (raw / f"salinan-{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_local(raw, out, settings)
    corpus = read(out, "corpus")
    assert corpus.height == 1 and corpus["text"][0] == text
    assert read(out, "flags").filter(pl.col("category") == "repeated_line").height == 0


def _mixed_corpus(raw: Path) -> None:
    site = raw / "situs"
    site.mkdir(parents=True)
    for i in range(12):
        (site / f"a-{i:02d}.txt").write_text(
            article(500 + i) + "\n\nKabar Kita Edisi Jawa Timur\n", encoding="utf-8"
        )
    (site / "copy.txt").write_text(article(500).replace(" dan ", " serta ", 2), encoding="utf-8")
    (site / "same.txt").write_text(article(501) + "\n\nKabar Kita Edisi Jawa Timur\n", encoding="utf-8")
    records = [{"text": article(600 + i), "url": f"https://www.kabar.id/{i}"} for i in range(8)]
    records.append({"text": article(603), "url": "https://kabar.id/ulang"})
    (raw / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def _rows(out: Path) -> dict[str, list[tuple]]:
    return {t: sorted(read(out, t).rows()) for t in TABLES}


def test_the_same_rows_whatever_the_shard_count(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _mixed_corpus(raw)
    one = run_local(raw, tmp_path / "one", Settings())
    four = run_local(raw, tmp_path / "four", Settings(shard_bytes=12_000))
    assert len(one.shards) == 1 and len(four.shards) >= 4
    assert one.corpus_pass == {**four.corpus_pass, "seconds": one.corpus_pass["seconds"]}
    assert one.corpus_pass["exact_duplicates"] == 2 and one.corpus_pass["near_duplicates"] == 1
    assert one.corpus_pass["repeated_lines"] == 12
    assert _rows(tmp_path / "one") == _rows(tmp_path / "four")


@pytest.mark.parametrize(("rows_per_partition", "partitions"), [(1000, 1), (250, 4), (99, 11)])
def test_partitions_split_rows_by_value(rows_per_partition: int, partitions: int) -> None:
    # Every row falls in exactly one partition, and all rows with one value in the same one.
    frame = pl.DataFrame({"key": [i % 37 for i in range(1000)], "row": range(1000)})
    filters = _partition_filters("key", frame.height, rows_per_partition)
    parts = [frame.filter(keep) for keep in filters]
    assert len(parts) == partitions
    assert sorted(pl.concat(parts)["row"]) == list(range(1000))
    assert sum(part["key"].n_unique() for part in parts) == 37
    if partitions > 1:
        assert sum(1 for part in parts if part.height) > 1


def test_line_summaries_are_spilled_once_into_partitions_by_hash(tmp_path: Path) -> None:
    # Each summary file is split by line hash into the partitions' folders: every row of a kept
    # document lands in exactly one folder, all rows of one line hash in the same one, and the rows
    # of excluded documents (duplicates) in none.
    summaries = tmp_path / "lines"
    summaries.mkdir()
    rng = random.Random(3)
    for shard in range(3):
        rows = [
            {"doc_id": f"d{shard}-{i % 9}", "group": "g", "line_index": i, "line_hash": rng.randrange(40),
             "content_like": False}
            for i in range(60)
        ]  # fmt: skip
        pl.DataFrame(rows, schema=LINE_SUMMARY_SCHEMA).write_parquet(summaries / f"p{shard}.parquet")
    work = tmp_path / "work"
    work.mkdir()
    folders = _spill_line_partitions(summaries, pl.Series(["d1-0", "d2-5"]), 4, work)
    parts = [pl.read_parquet(sorted(folder.glob("*.parquet"))) for folder in folders]
    assert len(parts) == 4 and sum(1 for part in parts if part.height) > 1
    spilled = pl.concat(parts)
    whole = pl.read_parquet(sorted(summaries.glob("*.parquet")))
    kept = whole.filter(~pl.col("doc_id").is_in(["d1-0", "d2-5"]))
    assert kept.height < whole.height
    assert spilled.sort(spilled.columns).equals(kept.sort(kept.columns))
    assert sum(part["line_hash"].n_unique() for part in parts) == kept["line_hash"].n_unique()


def test_the_same_rows_when_summaries_are_worked_in_partitions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large corpus's summaries are worked a partition of hashes at a time (bounded memory): exact
    # hashes, band keys and line hashes; the decisions must be those of working them all at once.
    raw = tmp_path / "raw"
    _mixed_corpus(raw)
    whole = run_local(raw, tmp_path / "whole", Settings())
    assert whole.corpus_pass["repeated_lines"] >= 12
    assert whole.corpus_pass["exact_duplicates"] == 2 and whole.corpus_pass["near_duplicates"] == 1
    monkeypatch.setattr("pipeline.corpus_pass.LINE_PARTITION_ROWS", 7)  # some 20 partitions here
    monkeypatch.setattr("pipeline.corpus_pass.DOC_PARTITION_ROWS", 4)  # 6 partitions of 23 documents
    parts = run_local(raw, tmp_path / "parts", Settings())
    assert parts.corpus_pass == {**whole.corpus_pass, "seconds": parts.corpus_pass["seconds"]}
    assert _rows(tmp_path / "parts") == _rows(tmp_path / "whole")


def test_a_copy_edited_in_every_paragraph_is_still_found(tmp_path: Path, settings: Settings) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    original = article(8, 20)
    body = original.split("\n\n")
    copy = [body[0]] + [p.replace(" yang ", " yg ", 1).replace(" dan ", " serta ", 1) for p in body[1:]]
    (raw / "a.txt").write_text(original, encoding="utf-8")
    (raw / "b.txt").write_text("\n\n".join(copy), encoding="utf-8")
    out = tmp_path / "out"
    run_local(raw, out, settings)
    assert read(out, "rejected")["reason"].to_list() == ["near_duplicate"]


def test_the_same_bytes_with_one_or_two_workers(prefect_api: None, tmp_path: Path) -> None:
    from flows.clean import clean_corpus, task_runner
    from tests.test_determinism import _hashes

    raw = tmp_path / "raw"
    _mixed_corpus(raw)
    conf = tmp_path / "saring.toml"
    conf.write_text("shard_bytes = 12000\n")
    for workers in (1, 2):
        state = clean_corpus.with_options(task_runner=task_runner(load_settings(workers=workers)))(
            raw=str(raw),
            out=str(tmp_path / f"w{workers}"),
            config=str(conf),
            workers=workers,
            return_state=True,
        )
        assert state.is_completed()
    assert _hashes(tmp_path / "w1") == _hashes(tmp_path / "w2")
    local = tmp_path / "local"
    run_local(raw, local, Settings(shard_bytes=12000))
    assert _hashes(local) == _hashes(tmp_path / "w1")
