"""A small raw folder for the review app's tests: the five sample articles, a promotional line the
rules miss (in two of them), and an article carrying script and markup payloads."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

RAW = Path(__file__).resolve().parents[1] / "raw"

# Noise no rule knows, in two documents: an editor marks it in one, the next run removes it from both.
MISSED_PROMO = "Dukung kami dengan berlangganan buletin Kabar Senja setiap pekan."
PROMO_DOCS = ("000_4b5ed426e38bc02b.txt", "002_7493b1b55f842859.txt")
# Flagged as injected_spam in the samples; an editor judges it not noise.
SPAM_FALSE_POSITIVE = "pengeluaran hk"

XSS_SOURCE = "xss_pasar.txt"
XSS_DOCUMENT = """Pasar Tradisional <script>window.__xss = 3</script>Tetap Ramai Menjelang Lebaran

Pedagang di pasar tradisional Kota Bandung melaporkan kenaikan jumlah pembeli menjelang Lebaran \
tahun ini. Harga bawang merah dan cabai rawit naik sedikit, tetapi pasokan daging sapi dan ayam masih \
cukup untuk memenuhi permintaan warga.
<script>window.__xss = 1; alert("xss")</script>
Menurut pengelola pasar, jumlah pengunjung meningkat hampir dua kali lipat dibandingkan bulan lalu. \
Pemerintah kota juga menyiapkan petugas tambahan untuk mengatur parkir dan menjaga kebersihan di \
sekitar pasar selama bulan puasa.
<img src=x onerror="window.__xss = 2"> Daftar slot gacor hari ini maxwin di situs kami <b>sekarang</b>
Para pembeli berharap harga kebutuhan pokok tetap stabil sampai hari raya, sehingga mereka dapat \
berbelanja dengan tenang bersama keluarga di kampung halaman. "><svg onload="window.__xss = 4">
"""


# A multi-record file: an HTML article (kept; its original is rebuilt from record #1) and a stub
# (record #2, rejected as too short).
RECORDS_SOURCE = "records.jsonl"
RECORD_ARTICLE = (
    "<html><body><nav>Beranda | Berita</nav><h1>Panen Raya Padi di Karawang</h1>"
    "<p>Petani di Karawang mulai memanen padi pada pekan ini setelah musim tanam yang cukup baik. "
    "Dinas pertanian mencatat hasil panen naik dibandingkan tahun lalu karena curah hujan yang "
    "teratur dan pasokan pupuk yang lancar.</p><p>Harga gabah kering panen di tingkat petani masih "
    "stabil, dan pemerintah daerah menyiapkan gudang tambahan agar hasil panen dapat disimpan dengan "
    "baik sebelum dijual ke pasar di kota-kota sekitar.</p></body></html>"
)
RECORD_STUB = "Baca juga: berita lainnya"


def make_review_raw(raw_dir: Path) -> Path:
    """Fill `raw_dir` with the review tests' inputs; return it."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    for sample in sorted(RAW.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        if sample.name in PROMO_DOCS:
            head, _, rest = text.partition("\n")
            text = f"{head}\n\n{MISSED_PROMO}\n\n{rest}"
        (raw_dir / sample.name).write_text(text, encoding="utf-8")
    (raw_dir / XSS_SOURCE).write_text(XSS_DOCUMENT, encoding="utf-8")
    records = [{"html": RECORD_ARTICLE, "url": "https://contoh.id/panen"}, {"text": RECORD_STUB}]
    (raw_dir / RECORDS_SOURCE).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return raw_dir


def kept_doc_id(out: Path, source: str) -> str:
    """The id of the kept document from `source` in the run published in `out`."""
    corpus = pl.read_parquet(out / "corpus" / "*.parquet")
    return corpus.filter(pl.col("source") == source)["doc_id"][0]
