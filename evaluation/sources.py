"""Clean Indonesian text for the evaluation set.

Two kinds: licensed sentences (`data/`, CC BY-SA: UD Indonesian treebanks and NusaX-MT, see
`data/SOURCE.md`) that make up the paragraphs, and text written for this project: topics, titles,
headings, list items, tables and the *trap* sentences, real content that shares words with noise
(`bandar`, `slot` as a time slot, news about online gambling...) and must never be removed.

Everything here is content. The noise lives in `evaluation/noise.py`.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# --------------------------------------------------------------------------------------------------
# Licensed sentences


@cache
def ud_groups() -> tuple[tuple[str, ...], ...]:
    """UD sentences in runs that read together: a PUD document, or up to six consecutive sentences."""
    groups: list[list[str]] = []
    for name in ("ud_gsd_csui.tsv", "ud_pud.tsv"):
        with open(DATA / name, encoding="utf-8") as fh:
            next(fh)
            current_key = None
            for line in fh:
                treebank, sent_id, text = line.rstrip("\n").split("\t")
                key = sent_id[:6] if treebank == "id_pud" else f"{treebank}-{len(groups)}"
                if key != current_key or len(groups[-1]) >= 6:
                    groups.append([])
                    current_key = key
                groups[-1].append(text)
    return tuple(tuple(g) for g in groups)


@cache
def nusax_rows() -> tuple[dict[str, str], ...]:
    with open(DATA / "nusax_mt.tsv", encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


NUSAX_LANGUAGES = {
    "english": "en",
    "javanese": "jv",
    "sundanese": "su",
    "minangkabau": "min",
    "balinese": "ban",
    "banjarese": "bjn",
}

_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT_RE.split(text.strip()) if s]


class SentenceStream:
    """Paragraphs of consecutive licensed sentences, each sentence used once before any is reused.

    Sentences of one run stay in order (they were written together); runs come in a seeded random
    order; when every run has been used, the order is reshuffled.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.groups = list(ud_groups())
        self.queue: list[list[str]] = []
        reviews = [split_sentences(r["indonesian"]) for r in nusax_rows()]
        self.reviews = [
            r for r in reviews if 1 <= len(r) <= 4 and all(len(s.split()) >= 4 and s[-1] in ".!?" for s in r)
        ]
        self.review_queue: list[list[str]] = []

    def _next_group(self) -> list[str]:
        while not self.queue or not self.queue[-1]:
            if self.queue:
                self.queue.pop()
                continue
            order = list(self.groups)
            self.rng.shuffle(order)
            self.queue = [list(g) for g in reversed(order)]
        return self.queue[-1]

    def sentences(self, n: int, used: set[str]) -> list[str]:
        """`n` sentences that read in order, none of them in `used` (the document's own)."""
        out: list[str] = []
        for _ in range(100 * n):
            if len(out) >= n:
                break
            sentence = self._next_group().pop(0)
            if sentence not in used:
                used.add(sentence)
                out.append(sentence)
        return out

    def short_sentence(self, used: set[str], max_words: int = 16) -> str:
        for _ in range(200):
            group = self._next_group()
            for i, s in enumerate(group):
                if len(s.split()) <= max_words and s not in used:
                    used.add(s)
                    return group.pop(i)
            self.queue.pop()
        return self.sentences(1, used)[0]

    def review(self, used: set[str]) -> list[str]:
        while True:
            if not self.review_queue:
                self.review_queue = list(self.reviews)
                self.rng.shuffle(self.review_queue)
            r = self.review_queue.pop()
            if not any(s in used for s in r):
                used.update(r)
                return list(r)


# --------------------------------------------------------------------------------------------------
# Written for this project: names, places, topics, titles, headings


FIRST_NAMES = [
    "Andi",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Oki",
    "Putri",
    "Rizky",
    "Sari",
    "Teguh",
    "Utami",
    "Wahyu",
    "Yusuf",
    "Zainal",
    "Agus",
    "Bambang",
    "Dian",
    "Fitri",
    "Galih",
    "Hana",
    "Irfan",
    "Ketut",
    "Lina",
    "Mega",
    "Nanda",
    "Wayan",
    "Ratna",
    "Siti",
    "Taufik",
    "Vina",
    "Yogi",
    "Arif",
    "Bayu",
    "Cahya",
    "Dimas",
    "Elsa",
    "Ferdi",
    "Gilang",
    "Ayu",
    "Iqbal",
]
LAST_NAMES = [
    "Saputra",
    "Wibowo",
    "Lestari",
    "Hidayat",
    "Kurniawan",
    "Pratama",
    "Siregar",
    "Nasution",
    "Santoso",
    "Wijaya",
    "Setiawan",
    "Hasibuan",
    "Rahman",
    "Suryadi",
    "Gunawan",
    "Purnomo",
    "Harahap",
    "Nugroho",
    "Susanto",
    "Halim",
    "Simanjuntak",
    "Sembiring",
    "Mahendra",
    "Permana",
    "Ramadhan",
    "Anggraini",
    "Febrianti",
    "Situmorang",
    "Sulistyo",
    "Hakim",
    "Marpaung",
    "Tanjung",
]
CITIES = (
    "Jakarta",
    "Bandung",
    "Surabaya",
    "Medan",
    "Makassar",
    "Semarang",
    "Yogyakarta",
    "Palembang",
    "Denpasar",
    "Balikpapan",
    "Pontianak",
    "Manado",
    "Padang",
    "Pekanbaru",
    "Malang",
    "Solo",
    "Banjarmasin",
    "Kupang",
    "Mataram",
    "Ambon",
    "Jayapura",
    "Kendari",
    "Jambi",
    "Bogor",
    "Cirebon",
)
PROVINCES = (
    "Jawa Barat",
    "Jawa Tengah",
    "Jawa Timur",
    "Sumatera Utara",
    "Sulawesi Selatan",
    "Kalimantan Timur",
    "Bali",
    "Nusa Tenggara Barat",
    "Riau",
    "Aceh",
    "Papua",
    "Lampung",
    "Banten",
    "Sumatera Barat",
    "Kalimantan Selatan",
    "Sulawesi Utara",
    "Maluku",
    "Nusa Tenggara Timur",
    "Jambi",
    "Bengkulu",
)
AGENCIES = (
    "Badan Pusat Statistik (BPS)",
    "Kementerian Kesehatan",
    "Bank Indonesia (BI)",
    "Otoritas Jasa Keuangan (OJK)",
    "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)",
    "Kementerian Pendidikan",
    "Badan Nasional Penanggulangan Bencana (BNPB)",
    "Pemerintah Provinsi",
    "Dinas Perhubungan",
    "Kementerian Pertanian",
    "Badan Pangan Nasional",
    "Kementerian Keuangan",
)
ROLES = (
    "Kepala Dinas Perhubungan",
    "Ketua RT setempat",
    "pengamat ekonomi",
    "Wakil Bupati",
    "Kepala Sekolah",
    "peneliti senior",
    "Ketua Koperasi",
    "juru bicara kepolisian",
    "Kepala Desa",
    "dosen ekonomi",
    "pedagang pasar",
    "Direktur Utama",
    "Camat setempat",
    "pegiat lingkungan",
)
AIRPORTS = (
    "Soekarno-Hatta",
    "Juanda",
    "Kualanamu",
    "Sultan Hasanuddin",
    "Ngurah Rai",
    "Sam Ratulangi",
    "Radin Inten II",
    "Minangkabau",
    "Adi Soemarmo",
    "Supadio",
    "Sultan Syarif Kasim II",
)
HERITAGE = (
    "Candi Borobudur",
    "Candi Prambanan",
    "Situs Manusia Purba Sangiran",
    "Taman Nasional Komodo",
    "Taman Nasional Lorentz",
    "Sistem Subak di Bali",
    "Tambang Batu Bara Ombilin",
    "Kota Tua Jakarta",
)
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# Topic noun phrases (Title Case) for titles and headings.
TOPICS = (
    "Transportasi Umum",
    "Kopi Gayo",
    "Candi Prambanan",
    "Energi Surya",
    "Banjir Rob",
    "Kurikulum Merdeka",
    "Pajak Kendaraan Bermotor",
    "Tari Saman",
    "Demam Berdarah",
    "Harga Cabai",
    "Bahasa Daerah",
    "Pariwisata Bali",
    "Ekonomi Digital",
    "Sampah Plastik",
    "Kereta Cepat",
    "Gempa Bumi",
    "Hutan Mangrove",
    "Stunting",
    "Batik Tulis",
    "Rendang",
    "Pertanian Organik",
    "Kendaraan Listrik",
    "Literasi Digital",
    "Sepak Bola Nasional",
    "Air Bersih",
    "Kesehatan Mental",
    "Rumah Subsidi",
    "Investasi Emas",
    "Perikanan Tangkap",
    "Bank Sampah",
    "Musik Keroncong",
    "Wayang Kulit",
    "Beasiswa Pendidikan",
    "Koperasi Desa",
    "Kebakaran Hutan",
    "Jalan Tol",
    "Pasar Tradisional",
    "Ojek Daring",
    "Pupuk Bersubsidi",
    "Imunisasi Anak",
    "Panas Bumi",
    "Kelapa Sawit",
    "Garam Rakyat",
    "Desa Wisata",
    "Perpustakaan Keliling",
    "Angkutan Mudik",
    "Bahan Bakar Minyak",
    "Rumah Adat",
    "Pengelolaan Air Limbah",
    "Olahraga Lari",
    "Tanaman Obat Keluarga",
    "Keamanan Siber",
    "Budi Daya Lele",
    "Tenun Ikat",
    "Bencana Longsor",
    "Pelabuhan Perikanan",
    "Pemilihan Kepala Daerah",
)
GROUPS = (
    "Masyarakat",
    "Petani",
    "Pelajar",
    "Pelaku UMKM",
    "Generasi Muda",
    "Lingkungan",
    "Perekonomian Daerah",
    "Keluarga",
    "Wisatawan",
    "Nelayan",
    "Pekerja Kantoran",
    "Warga Pesisir",
    "Anak-anak",
    "Lansia",
)

TITLE_TEMPLATES = (
    "Mengenal {T}: Sejarah, Manfaat, dan Tantangannya",
    "{T} di {P}: Peluang dan Tantangan ke Depan",
    "{N} Fakta Menarik tentang {T} yang Jarang Diketahui",
    "Begini Perkembangan {T} di {P} dalam Lima Tahun Terakhir",
    "Pemerintah Dorong Pengembangan {T} di {P}",
    "Apa Itu {T}? Ini Penjelasan Lengkapnya",
    "Dampak {T} bagi {G} dan Cara Menghadapinya",
    "Warga {P} Soroti Masalah {T}",
    "Menilik Peran {T} dalam Pembangunan Daerah",
    "Pentingnya {T} bagi {G} di Era Modern",
    "{T} Kian Diminati, Ini Penyebabnya",
    "Cerita {G} {P} Bertahan di Tengah Isu {T}",
    "Catatan Akhir Tahun: {T} dan Harapan {G}",
    "Ahli Ungkap Tantangan {T} di Indonesia",
    "Serba-serbi {T} yang Perlu Anda Ketahui",
    "Strategi {P} Mengembangkan {T} Secara Berkelanjutan",
)
HEADING_TEMPLATES = (
    "Sejarah {T}",
    "Sejarah Singkat {T}",
    "Pengertian {T}",
    "Apa Itu {T}?",
    "Mengapa {T} Penting?",
    "Manfaat {T} bagi {G}",
    "Dampak {T} terhadap {G}",
    "Tantangan Pengembangan {T}",
    "Perkembangan {T} di {P}",
    "Peran Pemerintah",
    "Peran Pemerintah Daerah {P}",
    "Data dan Fakta Terbaru",
    "Tanggapan Masyarakat",
    "Pandangan Para Ahli",
    "Upaya yang Sudah Dilakukan",
    "Hal yang Perlu Diperhatikan",
    "Langkah ke Depan",
    "Kondisi Terkini di {P}",
    "Faktor Penyebab",
    "Solusi yang Ditawarkan",
    "Perbandingan dengan Daerah Lain",
    "Potensi Ekonomi {T}",
    "Regulasi dan Kebijakan",
    "Tips Praktis untuk {G}",
    "Kisah Warga {P}",
    "Latar Belakang",
    "Kronologi Singkat",
    "Harapan ke Depan",
    "Bagaimana {T} Berkembang?",
    "Fakta Menarik {T}",
    "Keunikan {T}",
    "Cara Kerja {T}",
    "Dampak Ekonomi dan Sosial",
    "Pelajaran dari {P}",
)
CLOSING_HEADINGS = ("Penutup", "Kesimpulan", "Akhir Kata", "Ringkasan", "Simpulan")
SEO_KEYWORD_TEMPLATES = (
    "{t} adalah",
    "apa itu {t}",
    "pengertian {t}",
    "pengertian {t} menurut para ahli",
    "contoh {t} dalam kehidupan sehari-hari",
    "{t} terbaru {Y}",
    "manfaat {t} bagi {g}",
    "sejarah {t} singkat",
    "makalah {t} pdf",
    "jelaskan tentang {t}",
    "apa tujuan {t}",
    "dampak {t} brainly",
    "{t} di indonesia",
    "kelebihan dan kekurangan {t}",
)

LIST_INTROS = (
    "Berikut beberapa hal yang perlu diketahui:",
    "Beberapa di antaranya adalah sebagai berikut:",
    "Berikut rinciannya:",
    "Poin-poin pentingnya antara lain:",
    "Langkah-langkah yang bisa dilakukan:",
    "Di antaranya:",
)
LIST_ITEMS = (
    "Menyiapkan dokumen pendukung sejak {n} hari sebelumnya",
    "Memeriksa jadwal layanan di kantor {C}",
    "Mengikuti pelatihan yang diadakan dinas setempat",
    "Menyimpan bukti pembayaran hingga {n} bulan",
    "Melibatkan {n} kelompok tani di setiap kecamatan",
    "Menambah armada bus sebanyak {n} unit",
    "Memperbaiki saluran air sepanjang {n} kilometer",
    "Membuka posko pengaduan di {C}",
    "Menyediakan layanan konsultasi gratis setiap hari {D}",
    "Mengurangi penggunaan plastik sekali pakai",
    "Menanam {n} bibit pohon di bantaran sungai",
    "Mendata ulang penerima bantuan di {n} desa",
    "Memberikan pendampingan kepada {n} pelaku usaha kecil",
    "Membangun {n} ruang kelas baru di {P}",
    "Meningkatkan pengawasan di {n} titik rawan",
    "Melatih {n} relawan tanggap bencana",
    "Menjaga kebersihan lingkungan sekitar rumah",
    "Mencatat pengeluaran harian secara rutin",
    "Membandingkan harga di beberapa toko sebelum membeli",
    "Mengajak anak membaca buku minimal {n} menit sehari",
    "Memeriksa tekanan ban sebelum perjalanan jauh",
    "Mengurus izin usaha melalui layanan daring",
    "Menyimpan cadangan air bersih selama musim kemarau",
    "Mengikuti imunisasi sesuai jadwal puskesmas",
)
TABLE_SCHEMAS = (
    ("Tahun", "Jumlah Penumpang", "Pertumbuhan"),
    ("Bulan", "Produksi (ton)", "Harga Rata-rata"),
    ("Kabupaten", "Jumlah Desa", "Luas Wilayah (km²)"),
    ("Komoditas", "Harga Minggu Lalu", "Harga Minggu Ini"),
    ("Tahun", "Anggaran (miliar rupiah)", "Realisasi"),
    ("Provinsi", "Jumlah Sekolah", "Jumlah Guru"),
    ("Kecamatan", "Penduduk", "Kepadatan per km²"),
    ("Tahun", "Wisatawan Domestik", "Wisatawan Mancanegara"),
    ("Jenis Kendaraan", "Tarif Lama", "Tarif Baru"),
    ("Kelompok Umur", "Laki-laki", "Perempuan"),
)
COMMODITIES = (
    "Beras",
    "Cabai Merah",
    "Bawang Merah",
    "Gula Pasir",
    "Minyak Goreng",
    "Telur Ayam",
    "Daging Sapi",
)
VEHICLES = ("Sepeda Motor", "Mobil Pribadi", "Bus Sedang", "Truk Kecil", "Truk Besar")
AGES = ("0-14 tahun", "15-24 tahun", "25-44 tahun", "45-64 tahun", "65 tahun ke atas")
TABLE_INTROS = (
    "Berikut data selengkapnya.",
    "Rincian angkanya dapat dilihat pada tabel berikut.",
    "Data tersebut dirangkum dalam tabel di bawah ini.",
    "Perbandingannya sebagai berikut.",
)
TABLE_SOURCES = ("Sumber: {A}, {Y}", "Sumber data: {A}", "Sumber: diolah dari data {A} tahun {Y}")


def num(rng: random.Random, lo: int, hi: int) -> str:
    """An integer in Indonesian notation (dot as thousands separator)."""
    return f"{rng.randint(lo, hi):,}".replace(",", ".")


def dec(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.1f}".replace(".", ",")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


@dataclass(frozen=True)
class Context:
    """What a document is about: the fills its title, headings and trap sentences share."""

    topic: str
    place: str
    group: str
    year: int

    def fill(self, template: str, rng: random.Random) -> str:
        return template.format(
            T=self.topic,
            t=self.topic.lower(),
            P=self.place,
            G=self.group,
            g=self.group.lower(),
            N=rng.choice((5, 7, 8, 10, 12)),
            Y=self.year,
            C=rng.choice(CITIES),
            D=rng.choice(DAYS),
            A=rng.choice(AGENCIES),
            n=rng.choice((rng.randint(2, 12), rng.randint(10, 99), rng.randint(100, 400))),
        )


def new_context(rng: random.Random) -> Context:
    return Context(
        topic=rng.choice(TOPICS),
        place=rng.choice(CITIES + PROVINCES),
        group=rng.choice(GROUPS),
        year=rng.randint(2019, 2025),
    )


def headings(ctx: Context, rng: random.Random, n: int, closing: bool) -> list[str]:
    """`n` distinct section headings; the last one a short closing heading when `closing`."""
    pool = list(HEADING_TEMPLATES)
    rng.shuffle(pool)
    out: list[str] = []
    for template in pool:
        if len(out) >= n - (1 if closing else 0):
            break
        h = ctx.fill(template, rng)
        if h not in out:
            out.append(h)
    if closing:
        out.append(rng.choice(CLOSING_HEADINGS))
    if rng.random() < 0.2:  # some sites write headings in sentence case
        out = [
            h[0] + h[1:].lower() if not any(w.isupper() and len(w) > 1 for w in h.split()) else h for h in out
        ]
    return out


def list_items(ctx: Context, rng: random.Random, n: int) -> list[str]:
    """`n` list items written for a list of steps or points (each with its own numbers or places)."""
    items = rng.sample([i for i in LIST_ITEMS if "{" in i], n)
    return [ctx.fill(i, rng) for i in items]


def table(ctx: Context, rng: random.Random) -> list[list[str]]:
    """A header row and 3-6 rows of numbers."""
    cols = rng.choice(TABLE_SCHEMAS)
    n = rng.randint(3, 6)
    first = cols[0]
    if first == "Tahun":
        start = ctx.year - n
        keys = [str(start + i) for i in range(n)]
    elif first == "Bulan":
        keys = MONTHS[rng.randint(0, 12 - n) :][:n]
    elif first == "Komoditas":
        keys = rng.sample(COMMODITIES, n)
    elif first == "Jenis Kendaraan":
        keys = rng.sample(VEHICLES, min(n, len(VEHICLES)))
    elif first == "Kelompok Umur":
        keys = list(AGES[: min(n, len(AGES))])
    elif first == "Provinsi":
        keys = rng.sample(PROVINCES, n)
    else:
        keys = [f"{first} {c}" if first == "Kecamatan" else c for c in rng.sample(CITIES, n)]
    qualifier = rng.choice(("", "", f" ({ctx.year})", f" di {ctx.place}", " (data sementara)"))
    rows = [[cols[0], *cols[1:-1], cols[-1] + qualifier]]
    for key in keys:
        cells = [key]
        for col in cols[1:]:
            if "Pertumbuhan" in col or "Realisasi" in col:
                cells.append(f"{dec(rng, 0.5, 98)}%")
            elif "Harga" in col or "Tarif" in col:
                cells.append(f"Rp{num(rng, 2_000, 150_000)}")
            else:
                cells.append(num(rng, 12, 950_000))
        rows.append(cells)
    return rows


# --------------------------------------------------------------------------------------------------
# Traps: real content that shares words or shapes with noise. Each is (kind, template).

TRAP_SENTENCES: tuple[tuple[str, str], ...] = (
    ("bandar", "Penerbangan dari {C} menuju Bandar Lampung kembali dibuka pada {D}, {dd} {M} {Y}."),
    ("bandar", "Bandar Udara {AP} melayani sekitar {n3} penerbangan setiap hari selama musim libur."),
    ("bandar", "Polisi menangkap seorang bandar narkoba di {C} beserta barang bukti {n2} gram sabu."),
    ("bandar", "Kapal-kapal nelayan bersandar di bandar kecil di pesisir {PR} menjelang musim barat."),
    ("bandar", "Harga tiket pesawat dari {C} ke Bandar Seri Begawan turun menjelang akhir tahun."),
    ("situs", "{H} ditetapkan UNESCO sebagai situs warisan dunia dan ramai dikunjungi wisatawan."),
    ("situs", "Informasi pendaftaran dapat dilihat di situs resmi {A} mulai {D} pekan depan."),
    ("situs", "Tim arkeolog menemukan situs purbakala di {PR} yang diperkirakan berusia {n2} abad."),
    ("slot", "Maskapai meminta tambahan slot penerbangan di Bandara {AP} selama libur Lebaran."),
    ("slot", "Setiap peserta hanya mendapat slot waktu {n2} menit untuk mempresentasikan gagasannya."),
    ("slot", "Ponsel tersebut masih menyediakan slot kartu memori hingga {n3} GB."),
    ("slot", "Slot pendaftaran gelombang kedua dibuka mulai {dd} {M} dan terbatas untuk {n3} peserta."),
    ("pengeluaran", "Pengeluaran pemerintah untuk subsidi energi mencapai Rp{n3} triliun pada {Y}."),
    (
        "pengeluaran",
        "BPS mencatat pengeluaran rumah tangga untuk makanan naik {p} persen dibanding tahun lalu.",
    ),
    (
        "pengeluaran",
        "{PN} menyarankan keluarga muda di {C} mencatat pengeluaran bulanan agar tidak terjerat utang.",
    ),
    ("toto", "Menurut Toto {LN}, warga sudah lama menunggu perbaikan jalan di kawasan itu."),
    ("toto", "Pak Toto, pemilik warung makan di {C}, mengaku omzetnya turun hampir separuh."),
    ("keluaran", "Ponsel keluaran terbaru itu dibanderol mulai Rp{n1} juta di pasar Indonesia."),
    ("keluaran", "Mobil keluaran tahun {y0} tersebut masih laris di pasar mobil bekas {C}."),
    ("keluaran", "Data keluaran pabrik semen di {PR} pada kuartal ketiga menunjukkan kenaikan {p} persen."),
    (
        "gambling_news",
        "Polda {PR} menangkap {n2} tersangka judi online yang beroperasi dari sebuah rumah di {C}.",
    ),
    ("gambling_news", "Pemerintah telah memblokir lebih dari {n3} ribu konten judi online sepanjang {Y}."),
    (
        "gambling_news",
        "Psikolog {PN} menyebut kecanduan judi online dapat menghancurkan keuangan keluarga "
        "dalam waktu singkat.",
    ),
    (
        "gambling_news",
        "Menurut polisi {C}, para pelaku mempromosikan situs judi slot melalui {n2} akun media sosial.",
    ),
    (
        "gambling_news",
        "PPATK menemukan perputaran dana judi online sepanjang {Y} mencapai ratusan triliun rupiah.",
    ),
    (
        "loan_news",
        "OJK {PR} mengimbau masyarakat agar tidak tergiur pinjaman online ilegal "
        "yang menawarkan pencairan cepat.",
    ),
    ("loan_news", "Satgas PASTI menghentikan {n3} entitas pinjol ilegal sepanjang semester pertama {Y}."),
    (
        "loan_news",
        "Banyak korban pinjol ilegal di {C} terjerat utang karena tidak membaca syarat pinjaman "
        "dengan teliti.",
    ),
    ("pharma_news", "Dinas Kesehatan {C} mengingatkan warga agar membeli obat hanya di apotek resmi."),
    ("pharma_news", "BPOM menyita ribuan butir obat kuat ilegal dari sebuah gudang di {C}."),
    ("quote", "“Kami akan terus memantau perkembangan harga di pasar,” kata {PN}, {R}, kepada wartawan."),
    ("quote", "“Jangan pernah mencoba judi online, karena yang rugi selalu pemain,” ujar {PN}."),
    ("quote", "“Pinjol ilegal itu jebakan, bukan solusi,” tegas {PN} dalam sosialisasi di {C}."),
    ("number", "Jumlah penumpang naik dari {n3} orang menjadi {n4} orang dalam sepekan."),
    ("number", "Sebanyak {n3} rumah terendam banjir dengan ketinggian air mencapai {n1} meter."),
    (
        "parentheses",
        "Data {A} menunjukkan angka tersebut naik (sekitar {p} persen) dibanding tahun sebelumnya.",
    ),
    ("parentheses", "Program ini melibatkan {n2} pemerintah kabupaten (termasuk {C} dan sekitarnya)."),
    ("dateline_like", "Rapat koordinasi dimulai pukul {hh}.{mm} WIB di kantor gubernur."),
    (
        "dateline_like",
        "Gempa terjadi pada {D}, {dd} {M} {Y} pukul {hh}.{mm} WITA dan tidak berpotensi tsunami.",
    ),
    ("byline_like", "Ia pernah bekerja sebagai editor di sebuah penerbit buku anak di {C}."),
    ("byline_like", "Penulis novel itu, {PN}, mengaku terinspirasi dari kisah neneknya."),
    ("chrome_like", "Hingga berita ini diturunkan, pihak PT {LN} belum memberikan komentar."),
    ("chrome_like", "Pemerintah Kota {C} melarang pemasangan iklan rokok di sekitar sekolah."),
    ("chrome_like", "Foto-foto kegiatan tersebut dipamerkan di balai desa selama {n1} hari."),
    ("chrome_like", "Daftar penerima bantuan dapat dicek di kantor kelurahan masing-masing mulai {D} depan."),
    (
        "chrome_like",
        "Warga {C} diminta membagikan informasi ini kepada tetangga yang belum menerima undangan.",
    ),
)
# Real source lines under a table (a completed attribution, unlike the unfinished ones in noise.py).
TRAP_LINES: tuple[tuple[str, str], ...] = (
    ("source_line", "Sumber: {A}, {Y}"),
    ("source_line", "Sumber data: {A}"),
)


def trap_sentence(ctx: Context, rng: random.Random, kinds: tuple[str, ...] | None = None) -> tuple[str, str]:
    choices = [t for t in TRAP_SENTENCES if kinds is None or t[0] in kinds]
    kind, template = rng.choice(choices)
    return kind, fill_trap(template, ctx, rng)


def fill_trap(template: str, ctx: Context, rng: random.Random) -> str:
    return template.format(
        C=rng.choice(CITIES),
        PR=rng.choice(PROVINCES),
        D=rng.choice(DAYS),
        dd=rng.randint(1, 28),
        M=rng.choice(MONTHS),
        Y=ctx.year,
        y0=rng.randint(2008, 2022),
        AP=rng.choice(AIRPORTS),
        H=rng.choice(HERITAGE),
        A=rng.choice(AGENCIES),
        LN=rng.choice(LAST_NAMES),
        PN=person(rng),
        R=rng.choice(ROLES),
        n1=rng.randint(2, 9),
        n2=rng.randint(11, 95),
        n3=num(rng, 120, 9_800),
        n4=num(rng, 10_000, 99_000),
        p=dec(rng, 1, 30),
        hh=f"{rng.randint(7, 21):02d}",
        mm=rng.choice(("00", "15", "30", "45")),
    )
