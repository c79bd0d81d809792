"""Inventory D: a second held-out noise inventory, the project's final check. Never tune rules on it.

Inventories A, B and C have all been looked at while the rules were tuned, so none of their figures
says any longer how far the rules generalise. This one was written without reading the rules or
their lexicons; of the other inventories only C was read, for the interface the generator calls
(function names, signatures, return shapes, `SITES`, `BRANDS`, the `Site` record), and every string
literal here was then checked against A's, B's and C's and reworded where it matched a wording of
theirs (universal labels such as `Baca Juga`, `ADVERTISEMENT`, section names and slot-game titles
aside). Its strings are modelled on what other Indonesian pages print: regional desks of Kompas,
Tribun, detik, Liputan6, SuaraJogja, IDN Times, iNews and JPNN, CNBC Indonesia's market desk,
Okezone, kumparan, Republika's Khazanah, GridOto, Harian Jogja, Sumeks, AyoBandung, a regency
government portal, a provincial religious-affairs office, a university news desk, a WordPress school
site, a Blogger recipe blog, a teachers' forum, and SEO blogs on lessons, loans, health and
shopping; spam as it is found injected into hacked `.go.id`, `.ac.id` and `.desa.id` pages.
Generators randomise case, spacing, separators, glyphs, numbers and names.

Categories follow DESIGN.md; the generator names each unit's `subkind`. Optional hooks the generator
looks for: `scroll_prompt`, `attribution_follow_up`, and `content_trap` (this inventory's own trap
sentences: real content that shares words with noise).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from evaluation.noise import Site
from evaluation.sources import (
    AGENCIES,
    AIRPORTS,
    CITIES,
    DAYS,
    HERITAGE,
    MONTHS,
    PROVINCES,
    Context,
    new_context,
    num,
)

MONTHS_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sept", "Okt", "Nov", "Des"]
TZ = ("WIB", "WIB", "WIB", "WIB", "WITA", "WITA", "WIT")

GIVEN = (
    "Bambang",
    "Joko",
    "Purnomo",
    "Sugeng",
    "Wahyu",
    "Eko",
    "Agung",
    "Yusuf",
    "Hendra",
    "Irfan",
    "Arif",
    "Lukman",
    "Taufik",
    "Reza",
    "Dimas",
    "Galih",
    "Bayu",
    "Putri",
    "Ayu",
    "Fitri",
    "Rina",
    "Indah",
    "Mega",
    "Siska",
    "Yanti",
    "Tiara",
    "Salsabila",
    "Nabila",
    "Andi",
    "Made",
    "Ketut",
    "Wayan",
    "Jefri",
    "Kevin",
    "Vincent",
    "Theresia",
    "Agnes",
    "Yulius",
    "Benny",
    "Samuel",
    "Natalia",
    "Hasan",
    "Umar",
    "Iwan",
    "Firman",
    "Sandi",
    "Oktaviani",
    "Puspa",
    "Rahmi",
    "Zaki",
)
FAMILY = (
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Sitompul",
    "Hutapea",
    "Sembiring",
    "Purba",
    "Saragih",
    "Wattimena",
    "Rahakbauw",
    "Mandacan",
    "Wenda",
    "Halim",
    "Gunawan",
    "Santoso",
    "Kurniawan",
    "Setiawan",
    "Saputra",
    "Pratama",
    "Hidayat",
    "Ramadhan",
    "Permana",
    "Kusuma",
    "Wijaya",
    "Utomo",
    "Susilo",
    "Lestari",
    "Handayani",
    "Novitasari",
    "Puspitasari",
    "Anggraini",
    "Mahendra",
    "Darmawan",
    "Sinaga",
    "Tambunan",
    "Tanjung",
    "Rangkuti",
    "Mokodompit",
    "Paputungan",
    "Tuanaya",
    "Rasyid",
    "Makmur",
    "Latief",
)
MONONYMS = ("Sukirno", "Paijo", "Ngadiman", "Sarinah", "Kasmirah", "Legiman", "Parmin")
NICK_BITS = ("id", "official", "real", "_", "99", "jkt", "ygy", "story", "daily", "zone")


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(options)


def recase(rng: random.Random, text: str) -> str:
    """Case as themes print a label: as written, upper, lower or title case."""
    r = rng.random()
    if r < 0.55:
        return text
    if r < 0.77:
        return text.upper()
    if r < 0.9:
        return text.lower()
    return text.title()


def tag_label(rng: random.Random, word: str) -> str:
    """A label with one of the separators themes put after it."""
    sep = rng.choice((": ", ": ", " : ", " :: ", " >> ", " » ", " – ", " ⟶ ", " ▶ ", " | ", "  "))
    return recase(rng, word) + sep


def person(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.08:
        return rng.choice(MONONYMS)
    if r < 0.18:
        a = rng.choice(GIVEN)
        b = rng.choice([g for g in GIVEN if g != a])
        return f"{a} {b}"
    if r < 0.27:
        return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {rng.choice(FAMILY)}"
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def nick(rng: random.Random, who: str | None = None) -> str:
    bits = (who or person(rng)).lower().split()
    first, last = bits[0], bits[-1]
    return pick(
        rng,
        (
            f"{first}{last[:4]}",
            f"{first}_{rng.choice(NICK_BITS)}",
            f"{first}.{rng.randint(10, 99)}",
            f"its{first}",
            f"{first}{last}_",
            f"{last}.{first[0]}",
        ),
    )


def codes(rng: random.Random, n: int | None = None) -> str:
    return "".join(rng.choice("abcdefghiklmnoprstuwyz") for _ in range(n or rng.choice((2, 3, 3, 3, 4))))


def hhmm(rng: random.Random, sep: str = ":") -> str:
    return f"{rng.randint(0, 23):02d}{sep}{rng.randint(0, 59):02d}"


def when(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(DAYS), rng.randint(1, 28), rng.randint(0, 11), rng.randint(2020, 2025)


# --------------------------------------------------------------------------------------------------
# Sites


NEWS = {
    "cookie": 0.2,
    "breadcrumb": 0.6,
    "close": 0.35,
    "views": 0.3,
    "share": 0.65,
    "dateline": 0.85,
    "category_label": 0.6,
    "byline": 0.85,
    "photo": 0.65,
    "ads": 0.6,
    "read_also": 0.85,
    "media_marker": 0.4,
    "tags": 0.6,
    "follow": 0.65,
    "comments": 0.25,
    "copyright": 0.5,
    "page_nav": 0.35,
}
BLOG = {
    "cookie": 0.25,
    "breadcrumb": 0.45,
    "close": 0.15,
    "views": 0.55,
    "share": 0.7,
    "dateline": 0.75,
    "category_label": 0.55,
    "byline": 0.65,
    "photo": 0.4,
    "ads": 0.4,
    "read_also": 0.55,
    "media_marker": 0.3,
    "tags": 0.6,
    "follow": 0.4,
    "comments": 0.75,
    "copyright": 0.55,
    "page_nav": 0.4,
}
SEO = {
    "cookie": 0.3,
    "breadcrumb": 0.8,
    "close": 0.25,
    "views": 0.35,
    "share": 0.6,
    "dateline": 0.55,
    "category_label": 0.4,
    "byline": 0.5,
    "photo": 0.55,
    "ads": 0.7,
    "read_also": 0.9,
    "media_marker": 0.2,
    "tags": 0.5,
    "follow": 0.3,
    "comments": 0.45,
    "copyright": 0.4,
    "page_nav": 0.3,
}


def _rates(base: dict[str, float], **changes: float) -> dict[str, float]:
    return {**base, **changes}


SITES: tuple[Site, ...] = (
    Site(
        "kompasregional",
        "regional.kompas.com",
        "Kompas.com",
        ("Regional", "Jawa Barat", "Jawa Tengah", "Sumatera", "Kalimantan", "Bali Nusra", "Papua"),
        "news",
        dateline_prefix="KOMPAS.com",
        chrome=_rates(NEWS, read_also=0.95, copyright=0.7),
    ),
    Site(
        "tribunjabar",
        "jabar.tribunnews.com",
        "TribunJabar.id",
        ("Bandung Raya", "Jabar Region", "Persib", "Kriminal", "Ekonomi", "Hype"),
        "news",
        dateline_prefix="TRIBUNJABAR.ID, {CU}",
        end_codes=True,
        chrome=_rates(NEWS, page_nav=0.6, follow=0.8),
    ),
    Site(
        "tribunbali",
        "bali.tribunnews.com",
        "Tribun-Bali.com",
        ("Denpasar", "Badung", "Gianyar", "Buleleng", "Pariwisata", "Budaya"),
        "news",
        dateline_prefix="TRIBUN-BALI.COM, {CU}",
        end_codes=True,
        chrome=_rates(NEWS, page_nav=0.55),
    ),
    Site(
        "detikbali",
        "www.detik.com/bali",
        "detikBali",
        ("Berita", "Hukum & Kriminal", "Wisata", "Nusra", "Bisnis", "Budaya"),
        "news",
        dateline_prefix="{C}",
        end_codes=True,
        chrome=_rates(NEWS, media_marker=0.55),
    ),
    Site(
        "cnbcmarket",
        "www.cnbcindonesia.com/market",
        "CNBC Indonesia",
        ("Market", "Research", "Investment", "Syariah", "Entrepreneur", "Tech"),
        "news",
        dateline_prefix="Jakarta, CNBC Indonesia",
        end_codes=True,
        chrome=_rates(NEWS, media_marker=0.6, ads=0.75),
    ),
    Site(
        "liputan6regional",
        "www.liputan6.com/regional",
        "Liputan6.com",
        ("Regional", "Jawa Barat", "Sulawesi", "Sumatera", "Bisnis", "Cek Fakta"),
        "news",
        chrome=_rates(NEWS, media_marker=0.65),
    ),
    Site(
        "okezoneeconomy",
        "economy.okezone.com",
        "Okezone",
        ("Economy", "Finance", "Properti", "Okefinance", "Energi", "Bisnis"),
        "news",
        end_codes=True,
        chrome=_rates(NEWS, page_nav=0.55),
    ),
    Site(
        "suarajogja",
        "jogja.suara.com",
        "SuaraJogja.id",
        ("News", "Kuliner", "Wisata", "Sleman", "Bantul", "Gunungkidul"),
        "news",
        dateline_prefix="SuaraJogja.id",
        chrome=_rates(NEWS, page_nav=0.5),
    ),
    Site(
        "idntimesjatim",
        "jatim.idntimes.com",
        "IDN Times Jatim",
        ("News", "Jatim", "Life", "Business", "Sport", "Travel"),
        "news",
        chrome=_rates(NEWS, views=0.55),
    ),
    Site(
        "inewsjatim",
        "jatim.inews.id",
        "iNewsJatim.id",
        ("Berita", "Peristiwa", "Hukum", "Politik", "Seleb", "Sepak Bola"),
        "news",
        dateline_prefix="{CU}, iNewsJatim.id",
        chrome=NEWS,
    ),
    Site(
        "jpnnjabar",
        "jabar.jpnn.com",
        "JPNN.com",
        ("Jabar Terkini", "Hukum", "Politik", "Ekonomi", "Olahraga", "Humaniora"),
        "news",
        dateline_prefix="jabar.jpnn.com, {CU}",
        end_codes=True,
        chrome=_rates(NEWS, read_also=0.95),
    ),
    Site(
        "harianjogja",
        "jogjapolitan.harianjogja.com",
        "Harianjogja.com",
        ("Jogjapolitan", "Sleman", "Kulonprogo", "Ekbis", "News", "Sport"),
        "news",
        dateline_prefix="Harianjogja.com, {CU}",
        chrome=NEWS,
    ),
    Site(
        "sumeks",
        "sumeks.co",
        "Sumeks.co",
        ("Palembang", "Sumsel", "Politik", "Hukum", "Olahraga", "Pendidikan"),
        "news",
        dateline_prefix="{CU}, SUMEKS.CO",
        end_codes=True,
        chrome=_rates(NEWS, ads=0.8),
    ),
    Site(
        "ayobandung",
        "www.ayobandung.com",
        "AyoBandung.com",
        ("Bandung Raya", "Netizen", "Wisata", "Kuliner", "Persib", "Gaya Hidup"),
        "news",
        dateline_prefix="AYOBANDUNG.COM",
        chrome=_rates(NEWS, comments=0.4),
    ),
    Site(
        "kumparanbisnis",
        "kumparan.com/kumparanbisnis",
        "kumparan",
        ("kumparanBISNIS", "kumparanNEWS", "kumparanTECH", "kumparanFOOD", "kumparanTRAVEL"),
        "news",
        chrome=_rates(NEWS, comments=0.45, dateline=0.9),
    ),
    Site(
        "republikakhazanah",
        "khazanah.republika.co.id",
        "Republika",
        ("Khazanah", "Islam Digest", "Hikmah", "Fatwa", "Dunia Islam", "Ekonomi Syariah"),
        "news",
        end_codes=True,
        chrome=NEWS,
    ),
    Site(
        "gridoto",
        "www.gridoto.com",
        "GridOto.com",
        ("News", "Modifikasi", "Tips", "Mobil", "Motor", "Komunitas"),
        "news",
        dateline_prefix="GridOto.com",
        chrome=_rates(NEWS, photo=0.8),
    ),
    Site(
        "slemankab",
        "www.slemankab.go.id",
        "Pemerintah Kabupaten Sleman",
        ("Berita Daerah", "Pengumuman", "Agenda", "Layanan Publik", "Kecamatan"),
        "blog",
        chrome=_rates(BLOG, comments=0.2, views=0.7),
    ),
    Site(
        "kemenagjatim",
        "jatim.kemenag.go.id",
        "Kanwil Kemenag Jatim",
        ("Berita", "Madrasah", "Haji dan Umrah", "Bimas Islam", "Opini", "Artikel"),
        "news",
        dateline_prefix="{C} (Humas)",
        chrome=_rates(NEWS, comments=0.1, views=0.6),
    ),
    Site(
        "ugmnews",
        "ugm.ac.id/id/berita",
        "UGM",
        ("Berita", "Liputan", "Prestasi", "Riset", "Pengabdian", "Kerja Sama"),
        "news",
        chrome=_rates(NEWS, comments=0.05, follow=0.3),
    ),
    Site(
        "smkn2sekolah",
        "smkn2-karanganyar.sch.id",
        "SMK Negeri 2",
        ("Berita Sekolah", "Prestasi", "Kegiatan", "Artikel Guru", "Pengumuman"),
        "blog",
        chrome=_rates(BLOG, views=0.7),
    ),
    Site(
        "dapurmama",
        "dapurmamaeni.blogspot.com",
        "Dapur Mama Eni",
        ("Resep", "Kue Basah", "Masakan Rumahan", "Cerita Dapur", "Tips"),
        "blog",
        chrome=_rates(BLOG, comments=0.85),
    ),
    Site(
        "forumguru",
        "forum.gurupintar.id",
        "Forum Guru Pintar",
        ("Diskusi Umum", "Kurikulum", "PPPK & CPNS", "Administrasi", "Curhat Guru"),
        "blog",
        chrome=_rates(BLOG, comments=0.9, share=0.4),
    ),
    Site(
        "rumusbelajar",
        "rumusbelajar.my.id",
        "RumusBelajar",
        ("Materi", "Matematika", "IPA", "IPS", "Bahasa Indonesia", "Soal"),
        "seo",
        chrome=SEO,
    ),
    Site(
        "infopinjaman",
        "infopinjaman.web.id",
        "InfoPinjaman",
        ("Pinjaman", "Kartu Kredit", "Asuransi", "Bank", "Investasi"),
        "seo",
        chrome=_rates(SEO, ads=0.8),
    ),
    Site(
        "sehatkeluarga",
        "sehatkeluarga.co.id",
        "SehatKeluarga",
        ("Kesehatan", "Gaya Hidup", "Ibu dan Anak", "Penyakit", "Nutrisi"),
        "seo",
        chrome=SEO,
    ),
    Site(
        "blogpasarku",
        "blog.pasarku.co.id",
        "Pasarku",
        ("Tips Belanja", "Review", "Promo", "Rumah Tangga", "Gadget"),
        "seo",
        chrome=_rates(SEO, share=0.75),
    ),
)


def site_by_key(key: str) -> Site:
    return next(s for s in SITES if s.key == key)


# --------------------------------------------------------------------------------------------------
# Related links, ads, embeds, photo credits

HEADLINES = (
    "Warga {C} Antre Sejak Subuh demi Tebus {T} Murah",
    "Viral Video Pemotor Terobos Banjir di {C}, Polisi Beri Imbauan",
    "Harga Cabai Rawit di Pasar {C} Tembus Rp{n2} Ribu Sekilo",
    "{G} di {P} Keluhkan Lambatnya Pencairan Bantuan",
    "Jadwal Lengkap Pemadaman Listrik di {C} Pekan Ini",
    "Kronologi Kecelakaan Beruntun di Tol {tol}, {n} Kendaraan Ringsek",
    "Daftar {n} Kuliner Legendaris {C} yang Wajib Dicoba",
    "Pemkab {C} Kucurkan Rp{n3} M demi {T}",
    "Cuaca Ekstrem, BPBD {PR} Tetapkan Status Siaga",
    "Sosok {name}, Bidan Desa yang Rela Seberangi Sungai demi Pasien di {PR}",
    "Link Pengumuman Hasil Seleksi PPPK {Y} dan Cara Mengeceknya",
    "Begini Cara Cek Penerima Bansos {Y} Pakai NIK KTP",
    "Ramalan Zodiak Besok: Cancer, Leo dan Virgo",
    "Update Klasemen Liga 1 Usai {club1} Tumbang di Kandang",
    "Rekomendasi HP Rp2 Jutaan Terbaik Bulan {M}",
    "Gempa M{mag} Guncang {PR}, Warga Berhamburan Keluar Rumah",
    "Mengenal Tradisi Unik Warga {C} Menyambut Bulan Suci",
    "Polisi Bongkar Sindikat Curanmor Lintas Provinsi di {C}",
    "Kisah Pedagang Kopi Keliling di {C} yang Sukses Kuliahkan Anak",
    "{T}: Ini Kata Pengamat soal Dampaknya bagi Warga",
    "Tips Mudik Aman Naik Motor, Perhatikan Hal Berikut",
    "Resep {food} Anti Gagal ala Rumahan",
    "Pengumuman! Jalan Protokol {C} Ditutup Selama Karnaval",
    "Nilai Tukar Rupiah Hari Ini Melemah ke Level Rp{k}.{n3}",
    "Heboh Penampakan Buaya di Sungai {C}, Warga Diminta Waspada",
    "Mahasiswa {univ} Rancang Aplikasi Pemantau Kualitas Udara",
    "Film {film} Tembus Sejuta Penonton dalam Sepekan",
    "Dua Pelajar di {C} Hanyut Saat Berenang di Sungai",
)
FOODS = ("Bolu Pandan", "Soto Lamongan", "Rendang Daging", "Cireng Isi", "Klepon", "Pempek Kapal Selam")
FILMS = ("Kafir Desa Sebelah", "Pengabdi Ladang", "Malam Jumat Kliwon", "Cinta di Kota Hujan")
TOLLS = ("Cipali", "Japek", "Trans Jawa", "Pandaan-Malang", "Bawen", "Kanci-Pejagan")
UNIVS = ("Unsoed", "Unej", "UNY", "Unesa", "Untan", "Unmul", "Unila", "Untad")
CLUBS = ("Persija", "PSIS", "Persebaya", "Arema FC", "Bali United", "Persik Kediri", "Borneo FC")


def _fill(rng: random.Random, template: str, ctx: Context) -> str:
    return template.format(
        T=ctx.topic,
        P=ctx.place,
        G=ctx.group,
        Y=ctx.year,
        C=rng.choice(CITIES),
        PR=rng.choice(PROVINCES),
        M=rng.choice(MONTHS),
        n=rng.randint(3, 17),
        n2=rng.randint(45, 110),
        n3=rng.randint(120, 880),
        k=rng.randint(15, 16),
        mag=f"{rng.randint(3, 6)},{rng.randint(0, 9)}",
        name=person(rng),
        food=rng.choice(FOODS),
        film=rng.choice(FILMS),
        tol=rng.choice(TOLLS),
        univ=rng.choice(UNIVS),
        club1=rng.choice(CLUBS),
    )


def headline(rng: random.Random, ctx: Context) -> str:
    about = ctx if rng.random() < 0.4 else new_context(rng)
    return _fill(rng, rng.choice(HEADLINES), about)


RELATED_LABELS = (
    "Baca Juga",
    "Baca Juga",
    "Simak Juga",
    "Lihat Juga",
    "Baca Lagi",
    "Baca Berikutnya",
    "Pilihan Untukmu",
    "Pilihan Redaksi",
    "Baca Artikel Lainnya",
    "Bacaan Lainnya",
    "Berita Rekomendasi",
    "Rekomendasi",
    "Terpopuler",
    "Baca Berita Menarik Lainnya",
    "Anda Mungkin Suka",
    "Klik dan Baca",
    "Artikel Pilihan",
    "Konten Pilihan",
    "Read Next",
)


def read_also(rng: random.Random, ctx: Context) -> str:
    title = headline(rng, ctx)
    r = rng.random()
    if r < 0.55:
        return tag_label(rng, rng.choice(RELATED_LABELS)) + title
    if r < 0.62:
        return f"{rng.choice(('✅', '⏩', '📰', '🔗', '👉', '➡️'))} {title}"
    if r < 0.68:
        return f"{recase(rng, rng.choice(RELATED_LABELS))} {rng.choice(('⏬', '↓', '👇'))}"
    if r < 0.75:
        return f"({recase(rng, 'Baca juga')}: {title})"
    if r < 0.8:
        return f"{title} | {rng.choice(('Lanjut ke artikel', 'Selengkapnya ›', 'Tap untuk baca'))}"
    if r < 0.85:
        return f"ADVERTISEMENT {recase(rng, 'Baca Juga')}: {title}"
    if r < 0.9:
        return f"{recase(rng, 'Baca juga')} - {title} - {rng.choice(SITES).brand}"
    if r < 0.95:
        return f"Artikel ini telah dibaca {num(rng, 200, 90_000)} kali. {recase(rng, 'Baca juga')}: {title}"
    return f"{recase(rng, 'Cek berita dan artikel lainnya di')} Google News"


ADS = (
    "ADVERTISEMENT",
    "Iklan",
    "Pariwara",
    "Disponsori",
    "Area Iklan",
    "Slot Iklan Tersedia",
    "Iklan Baris",
    "Space Iklan {w}x{h}",
    "Tempat Iklan Anda",
    "Iklan ditutup oleh Google",
    "Laporkan iklan ini",
    "Kenapa iklan ini?",
    "Berhenti melihat iklan ini",
    "Ditayangkan oleh Google",
    "Promosi",
    "Info Iklan",
    "Adv.",
    "[ Iklan {w} x {h} ]",
    "Mau pasang iklan? Hubungi {ph}",
    "Dukung kami dengan menonaktifkan AdBlock",
)
SCROLL = (
    "Gulir untuk lanjut membaca ↓",
    "Scroll ke bawah untuk lanjut baca",
    "Lanjutkan membaca di bawah ini",
    "Geser ke atas untuk melanjutkan",
    "Artikel berlanjut di bawah iklan ini",
    "Lanjut baca ⬇",
    "⬇ Scroll untuk membaca artikel ⬇",
    "Baca terus di bawah",
)


def ads(rng: random.Random) -> str:
    w, h = pick(rng, ("728x90", "300x250", "300x600", "160x600", "468x60")).split("x")
    text = rng.choice(ADS).format(w=w, h=h, ph=phone(rng))
    return recase(rng, text) if len(text) < 22 and rng.random() < 0.6 else text


def scroll_prompt(rng: random.Random) -> str:
    return recase(rng, rng.choice(SCROLL))


SITE_EMBEDS = {
    "liputan6regional": ("Saksikan Video Pilihan di Bawah Ini:", "Simak juga video pilihan berikut ini"),
    "cnbcmarket": ("[Gambas:Video CNBC Indonesia]", "Simak video selengkapnya di bawah:"),
    "detikbali": ("[Gambas:Video 20detik]", "Tonton juga video ini:"),
    "kumparanbisnis": ("Ikuti survei kumparan dan menangkan e-voucher senilai total Rp3 juta.",),
    "idntimesjatim": ("Baca Juga: Video Pilihan IDN Times",),
    "forumguru": ("Spoiler: Lampiran", "Klik untuk memperluas..."),
}


def media_marker(rng: random.Random, site: Site) -> str:
    if site.key in SITE_EMBEDS and rng.random() < 0.45:
        return rng.choice(SITE_EMBEDS[site.key])
    who = person(rng)
    h = nick(rng, who)
    _, d, m, y = when(rng)
    mins, secs = rng.randint(0, 12), rng.randint(10, 59)
    tw = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)
    )
    return pick(
        rng,
        (
            f"View this post on Instagram A post shared by {who} (@{h})",
            f"Postingan dibagikan oleh @{h}",
            f"pic.twitter.com/{tw}",
            f"— {who} (@{h}) {MONTHS_ABBR[m]} {d}, {y}",
            f"▶ Putar video ({mins}:{secs:02d})",
            f"00:00 / {mins:02d}:{secs:02d}",
            "Ketuk untuk memutar",
            "🎧 Dengarkan berita ini",
            "🔊 Putar suara artikel",
            "Putar audio berita",
            "Video Terkait",
            "[Embed YouTube]",
            f"Video lengkapnya ada di YouTube {site.brand}",
            "Lihat Infografik",
            f"♪ suara asli – {h}",
            "Buka Galeri",
            "Lihat video di sini",
        ),
    )


SCENES = (
    "Suasana antrean warga di kantor kelurahan",
    "Petugas memeriksa kendaraan di pos penyekatan",
    "Sejumlah pedagang menata dagangan di pasar tradisional",
    "Warga melintasi jalan yang tergenang air",
    "Petani merontokkan gabah usai panen",
    "Suasana rapat paripurna DPRD",
    "Pengunjung memadati pusat perbelanjaan",
    "Tim SAR gabungan melakukan pencarian korban",
    "Siswa mengikuti upacara bendera di halaman sekolah",
    "Kendaraan melintas di jalur pantura",
    "Petugas kebersihan mengangkut sampah",
    "Perahu nelayan bersandar di dermaga",
)
SITE_CREDITS = {
    "kompasregional": "{s}. (KOMPAS.com/{W})",
    "tribunjabar": "{s}. (TRIBUNJABAR.ID/{W})",
    "tribunbali": "{s}. (TRIBUN-BALI.COM/{W})",
    "detikbali": "{s}. (Foto: {w}/detikBali)",
    "cnbcmarket": "{s}. (CNBC Indonesia/{w})",
    "liputan6regional": "{s}. (Liputan6.com/{w})",
    "okezoneeconomy": "{s}. (Foto: Okezone)",
    "suarajogja": "{s}. [SuaraJogja.id/{w}]",
    "idntimesjatim": "{s}. (IDN Times/{w})",
    "inewsjatim": "{s}. (Foto: iNewsJatim.id/{w})",
    "jpnnjabar": "{s}. Foto: {w}/JPNN",
    "harianjogja": "{s}. (Harian Jogja/{w})",
    "sumeks": "FOTO: {W}/SUMEKS.CO",
    "ayobandung": "{s}. (Ayobandung.com/{w})",
    "kumparanbisnis": "{s}. Foto: {w}/kumparan",
    "republikakhazanah": "{s}. (ilustrasi) Foto: Republika/{w}",
    "gridoto": "{s}. (GridOto.com/{w})",
    "slemankab": "Dok. Bagian Prokopim Setda Sleman",
    "kemenagjatim": "Foto: Humas Kemenag {c}",
    "ugmnews": "Dok. Humas UGM",
    "dapurmama": "foto: dokumentasi pribadi",
}


def photo(rng: random.Random, site: Site) -> str:
    who = person(rng)
    s = rng.choice(SCENES)
    day, d, m, y = when(rng)
    c = rng.choice(CITIES)
    if site.key in SITE_CREDITS and rng.random() < 0.55:
        return SITE_CREDITS[site.key].format(s=s, w=who, W=who.upper(), c=c)
    return pick(
        rng,
        (
            f"{s} di {c}, {day} ({d}/{m + 1}/{y}).",
            f"Ilustrasi. (Foto: iStockphoto/{nick(rng)})",
            "Foto: Istimewa",
            "Ilustrasi (Dok. Istimewa)",
            f"Foto ilustrasi: Shutterstock/{nick(rng)}",
            f"Tangkapan layar video yang beredar di media sosial. (Foto: {site.brand})",
            f"{s}. ANTARA FOTO/{who}/foc.",
            f"Foto: IG @{nick(rng)}",
            f"{s} (Dok. {who})",
            f"Gambar: freepik.com/{nick(rng)}",
            f"{s}. Foto: Dok. Humas Pemkot {c}",
            f"📸 {who}",
            f"Image by {nick(rng)} on Freepik",
        ),
    )


# --------------------------------------------------------------------------------------------------
# Bylines, dates, tags, footers, widgets


SITE_BYLINES = {
    "kompasregional": ("Kontributor {C}, {a}\nEditor {b}", "Penulis: Kontributor {C}, {a} | Editor: {b}"),
    "tribunjabar": ("Laporan Wartawan TribunJabar.id, {a}", "Penulis: {a} | Editor: {b}"),
    "tribunbali": ("Laporan Wartawan Tribun Bali, {a}", "Penulis: {a} | Editor: {b}"),
    "detikbali": ("{a} - detikBali",),
    "cnbcmarket": ("{ini}, CNBC Indonesia", "Research, CNBC Indonesia"),
    "liputan6regional": ("Oleh {a} pada {date}\nDiperbarui {date}",),
    "okezoneeconomy": ("{a}, Jurnalis", "Oleh: {a}"),
    "suarajogja": ("{a} | {b}",),
    "idntimesjatim": ("{a}\nWriter", "Editor: {b}"),
    "inewsjatim": ("{a}\nKontributor", "Editor : {b}"),
    "jpnnjabar": ("Jumat, {date} - {t} WIB\nPenulis: {a}\nEditor: {b}", "Redaktur & Reporter: {a}"),
    "harianjogja": ("Penulis: {a}\nEditor: {b}", "Jurnalis: {a}"),
    "sumeks": ("Reporter: {a}\nEditor: {b}",),
    "ayobandung": ("Penulis: {a} | Editor: {b}",),
    "kumparanbisnis": ("kumparanBISNIS", "Konten dari Pengguna\n{a}"),
    "republikakhazanah": ("Rep: {a}/ Red: {b}", "Red: {b}"),
    "gridoto": ("Penulis: {a}\nEditor: {b}",),
    "slemankab": ("Admin Prokopim", "Diposting oleh: Bag. Prokopim"),
    "kemenagjatim": ("Penulis: {a}\nEditor: {b}\nFotografer: {c}",),
    "ugmnews": ("Penulis: {a}\nFoto: {c}",),
    "smkn2sekolah": ("Oleh: {a}, S.Pd.", "Admin Sekolah"),
    "dapurmama": ("Diposting oleh Mama Eni", "Posted by Mama Eni"),
    "forumguru": ("Dimulai oleh {h}, {date}", "{h}\nAnggota Aktif"),
}
BYLINE_SHAPES = (
    "Penulis : {a}\nEditor : {b}",
    "Reporter: {a} ; Redaktur: {b}",
    "Author: {a}",
    "By {a}",
    "oleh {a}",
    "Ditulis oleh: {a}",
    "Pewarta : {a}",
    "Penyunting: {b}",
    "Redaktur: {b}",
    "Jurnalis: {a}",
    "Tim Redaksi",
    "Posted by admin",
    "{A}",
    "Penulis: {a} - Editor: {b}",
    "{a} | {date}",
)


def byline(rng: random.Random, site: Site) -> str:
    a, b, c = person(rng), person(rng), person(rng)
    own = SITE_BYLINES.get(site.key)
    template = rng.choice(own) if own and rng.random() < 0.6 else rng.choice(BYLINE_SHAPES)
    return template.format(
        a=a,
        A=a.upper(),
        b=b,
        c=c,
        C=rng.choice(CITIES),
        h=nick(rng, a),
        ini="".join(w[0] for w in a.split()).lower(),
        date=date_text(rng),
        t=hhmm(rng),
    )


def date_text(rng: random.Random) -> str:
    day, d, m, y = when(rng)
    return pick(
        rng,
        (
            f"{d:02d} {MONTHS[m]} {y}",
            f"{day} {d:02d} {MONTHS_ABBR[m]} {y}",
            f"{d:02d}/{m + 1:02d}/{y}",
            f"{d} {MONTHS_ABBR[m]} {y}",
        ),
    )


def dateline(rng: random.Random) -> str:
    day, d, m, y = when(rng)
    z = rng.choice(TZ)
    t, t2 = hhmm(rng), hhmm(rng)
    return pick(
        rng,
        (
            f"{day}, {d:02d} {MONTHS[m]} {y} - {t} {z}",
            f"{day} {d:02d} {MONTHS_ABBR[m]} {y}, {t} {z}",
            f"{d:02d}/{m + 1:02d}/{y}, {t} {z}",
            f"{day}, {d} {MONTHS[m]} {y} | {t.replace(':', '.')} {z}",
            f"{day}, {d} {MONTHS[m]} {y} {t} {z}",
            f"Terbit: {day}, {d} {MONTHS[m]} {y}",
            f"Diperbarui {day}, {d} {MONTHS_ABBR[m]} {y}, {t} {z}",
            f"Published: {MONTHS_ABBR[m]} {d}, {y} {t}",
            f"Updated: {d:02d}.{m + 1:02d}.{y}",
            f"Kemarin, {t}",
            f"{rng.randint(1, 6)} hari lalu",
            f"{rng.randint(1, 23)} jam lalu",
            f"Diunggah pada {d} {MONTHS[m]} {y}",
            f"Tanggal: {d:02d}-{m + 1:02d}-{y}",
            f"Diterbitkan {d} {MONTHS[m]} {y}, pukul {t.replace(':', '.')} {z}",
            f"{day}, {d} {MONTHS[m]} {y} {t} {z}\nDiperbarui {t2} {z}",
            f"🕒 {d} {MONTHS[m]} {y}",
            f"📅 {day}, {d}/{m + 1}/{y} ⏰ {t} {z}",
            f"Pukul {t.replace(':', '.')} {z}, {d} {MONTHS[m]} {y}",
            f"{y}/{m + 1:02d}/{d:02d}",
        ),
    )


TAG_WORDS = (
    "berita {p} hari ini",
    "viral",
    "kabar terbaru",
    "pemkab",
    "pemprov",
    "kabar daerah",
    "trending",
    "nasional",
    "berita utama",
    "peristiwa",
    "hukum",
    "polres",
    "tips",
    "kuliner",
)


def tags(rng: random.Random, ctx: Context) -> str:
    base = [ctx.topic, ctx.place, ctx.group]
    extra = [w.format(p=ctx.place.lower()) for w in rng.sample(TAG_WORDS, rng.randint(1, 4))]
    words = base[: rng.randint(1, 3)] + extra
    rng.shuffle(words)
    r = rng.random()
    if r < 0.3:
        return tag_label(
            rng, rng.choice(("Tags", "Tag", "Topik", "Label", "Kata Kunci", "Tagar"))
        ) + ", ".join(words)
    if r < 0.5:
        return " ".join("#" + w.title().replace(" ", "") for w in words)
    if r < 0.65:
        return f"{recase(rng, 'Seputar Artikel Ini')}\n" + "\n".join(
            f"#{w.lower().replace(' ', '')}" for w in words
        )
    if r < 0.8:
        return recase(rng, "Tag") + " " + " • ".join(w.upper() for w in words)
    if r < 0.9:
        return f"🏷️ {' / '.join(words)}"
    return f"Artikel ini membahas: {', '.join(words)}"


def copyright_line(rng: random.Random, site: Site) -> str:
    y = rng.randint(2020, 2025)
    company = pick(rng, (f"PT {site.brand.split('.')[0]} Media", f"{site.brand} Group", site.brand))
    return pick(
        rng,
        (
            f"Copyright © {y} {company}. All rights reserved.",
            f"© {y} {site.brand} — Hak cipta dilindungi undang-undang",
            f"Hak Cipta © {y} {company}",
            "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas "
            "untuk konten akun media sosial komersil tanpa seizin redaksi.",
            f"Berita ini telah tayang di {site.brand} berjudul {headline(rng, new_context(rng))}",
            f"Berita ini sudah tayang di {site.brand}, klik untuk baca: {site.domain}",
            "Konten di luar tanggung jawab redaksi.",
            "Isi tulisan menjadi tanggung jawab penulis sepenuhnya.",
            f"{site.brand} © {y} · Bangga menggunakan WordPress",
            f"©{y} {site.domain.split('/')[0]} · Semua hak dilindungi",
            "Disclaimer: Artikel ini bersifat informatif dan bukan merupakan saran profesional.",
        ),
    )


def comments(rng: random.Random) -> str:
    n = rng.randint(0, 148)
    return pick(
        rng,
        (
            f"Komentar ({n})",
            f"{n} Komentar",
            f"{n} tanggapan untuk artikel ini",
            "Ketik tanggapan di sini...",
            "Belum ada tanggapan. Yuk, mulai diskusi!",
            "Tanggapi",
            "Masuk untuk ikut berdiskusi",
            "Tampilkan Komentar",
            f"Lihat semua {n} komentar",
            "Komentar ditutup.",
            "Silakan berkomentar dengan bijak dan sopan.",
            "Tinggalkan Tanggapan\nNama *\nSurel *\nKirim Tanggapan",
            f"Balas ↩ | Suka ({rng.randint(1, 40)})",
            "Komentar Terbaru",
            "Tambahkan Komentar Anda",
            "Gunakan bahasa yang santun. Komentar yang mengandung SARA akan dihapus.",
        ),
    )


SITE_FOLLOW = {
    "kompasregional": (
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. "
        'Mari bergabung di Grup Telegram "Kompas.com News Update"',
    ),
    "tribunjabar": ("Ikuti kami di Google News TribunJabar.id", "Gabung di channel WhatsApp TribunJabar.id"),
    "kumparanbisnis": ("Follow kumparan di Google News", "Unduh aplikasi kumparan sekarang"),
    "idntimesjatim": ("Ikuti IDN Times Jatim di WhatsApp Channel",),
    "cnbcmarket": ("Follow CNBC Indonesia di Google News",),
}


def follow(rng: random.Random, site: Site) -> str:
    if site.key in SITE_FOLLOW and rng.random() < 0.5:
        return rng.choice(SITE_FOLLOW[site.key])
    h = site.brand.lower().replace(" ", "").replace(".", "")
    return pick(
        rng,
        (
            f"Ikuti berita terkini {site.brand} di Google News",
            f"Simak update artikel pilihan lainnya dari {site.brand} di Google News",
            f"Pantau juga IG @{h} biar nggak ketinggalan info",
            f"Gabung WhatsApp Channel {site.brand} 👉 klik",
            f"Subscribe YouTube {site.brand} ya!",
            f"Aktifkan lonceng agar berita {site.brand} muncul di notifikasi HP Anda",
            f"Dapatkan notifikasi berita terbaru dari {site.brand}",
            f"Ikuti kami: Facebook | Instagram @{h} | TikTok @{h}",
            "Yuk, follow akun media sosial kami agar tak ketinggalan kabar terbaru!",
            f"Temukan {site.brand} di aplikasi Google News, klik ikon ☆",
            f"Kirim tulisan Anda ke redaksi@{site.domain.split('/')[0]}",
        ),
    )


def share(rng: random.Random) -> str:
    nets = ["Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Line", "Email", "Tautan"]
    chosen = rng.sample(nets, rng.randint(3, 6))
    r = rng.random()
    if r < 0.3:
        return tag_label(rng, rng.choice(("Bagikan", "Share", "Bagikan berita"))) + rng.choice(
            (" ", " | ", " · ", " / ")
        ).join(chosen)
    if r < 0.45:
        return rng.choice(("  ", " ", " • ")).join(chosen)
    return pick(
        rng,
        (
            "Sebarkan berita ini ke kerabat",
            "Copy link ↗",
            "Link berhasil disalin!",
            "Share ke WhatsApp",
            f"Dibagikan {rng.randint(2, 900)} kali",
            "f 𝕏 ✈ ✉",
            "Tweet | Share | WA",
            "Bagikan lewat:",
            "Copy URL",
            "Kirim ke grup WA",
        ),
    )


def views(rng: random.Random) -> str:
    n = num(rng, 15, 40_000)
    mins = rng.randint(2, 11)
    return pick(
        rng,
        (
            f"Dibaca {n} kali",
            f"{n}x dibaca",
            f"👁 {n}",
            f"Views: {n}",
            f"Dilihat: {n} kali",
            f"Pembaca: {n}",
            f"⏱ {mins} menit untuk dibaca",
            f"Waktu baca: {mins} menit",
            f"{mins} menit baca",
            f"Estimasi baca {mins} mnt",
            f"🔥 {n} orang sedang membaca",
            f"Hits: {n}",
            f"{n} views · {mins} min",
        ),
    )


def close(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "Tutup",
            "[X] Tutup",
            "✖",
            "Close",
            "Tutup iklan ini",
            "Lewati",
            "Lewati Iklan ⏭",
            "Lewati iklan ›",
            "Klik untuk menutup",
            "TUTUP ADS",
            "X",
            "Tutup ✕",
        ),
    )


def category_label(rng: random.Random, site: Site) -> str:
    lab = rng.choice(site.labels)
    r = rng.random()
    if r < 0.55:
        return recase(rng, lab)
    return pick(
        rng,
        (
            f"Kanal: {lab}",
            f"Rubrik {lab}",
            f"Kategori: {lab}",
            f"📂 {lab}",
            f"{site.labels[0]} / {lab}",
            f"{lab.upper()} ›",
            f"#{lab.replace(' ', '')}",
        ),
    )


def cookie(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "Situs ini menyimpan cookie di perangkat Anda demi kenyamanan membaca. "
            "Baca Kebijakan Privasi kami.\nOke, Mengerti",
            "Situs ini memakai cookie agar layanan kami berjalan optimal. Pelajari lebih lanjut",
            "Setuju dan Tutup",
            "Pengaturan Cookie",
            "Izinkan semua cookie",
            "Mau dapat notifikasi berita terbaru?\nTidak, terima kasih\nYa, aktifkan",
            "Aktifkan notifikasi agar tidak ketinggalan informasi penting.",
            "Sepertinya Anda memakai pemblokir iklan. Izinkan iklan di situs ini agar kami tetap gratis.",
            "Perbarui browser Anda untuk pengalaman membaca yang lebih baik.",
            "Mode gelap aktif",
        ),
    )


def breadcrumb(rng: random.Random, site: Site, ctx: Context) -> str:
    head = pick(rng, ("Home", "Beranda", "Depan", site.brand, "⌂", "Portal"))
    parts = [head, rng.choice(site.labels)]
    r = rng.random()
    if r < 0.3:
        parts.append(ctx.place)
    elif r < 0.45:
        parts.insert(1, pick(rng, ("Berita", "Artikel", "News", "Blog", "Forum")))
    elif r < 0.55:
        parts.append(ctx.topic)
    sep = rng.choice((" » ", " ›› ", " → ", " / ", " • ", " >> ", " ❯ ", " > ", " · "))
    text = sep.join(parts)
    r = rng.random()
    if r < 0.08:
        return f"Posisi Anda: {text}"
    if r < 0.14:
        return f"Lokasi: {text}"
    return text


def page_nav(rng: random.Random) -> str:
    k = rng.randint(2, 7)
    i = rng.randint(1, k - 1)
    return pick(
        rng,
        (
            f"Hal. {i}/{k}",
            f"Halaman {i} / {k}",
            "« Prev " + " ".join(str(j) for j in range(1, k + 1)) + " Next »",
            "Berita Berikutnya »",
            "Post Sebelumnya\nPost Selanjutnya",
            "Lanjut ke halaman berikutnya",
            "Tampilkan Artikel Tanpa Halaman",
            "Next Page »",
            "← Sebelumnya | Berikutnya →",
            "Muat Lagi",
            f"Lanjutan: Halaman {i + 1}",
            "Postingan Lebih Baru Postingan Lama Beranda",
            f"Halaman berikutnya ({i + 1} dari {k})",
            f"Pages: {' '.join(str(j) for j in range(1, k + 1))}",
        ),
    )


def end_code(rng: random.Random) -> str:
    a, b = codes(rng), codes(rng)
    r = rng.random()
    if r < 0.5:
        return pick(
            rng,
            (
                f"(mcr{rng.randint(10, 39)}/jpnn)",
                f"({a}/jpnn)",
                f"(Z-{rng.randint(1, 12)})",
                f"(H-{rng.randint(1, 9)})",
                f"({a}/{b}-{rng.randint(1, 9)})",
                f"({a.upper()})",
                f"(adv/{a})",
                f"(**/{a})",
                f"[{a}]",
                f"({a}/ant)",
                f"({a}/{a})",
            ),
        )
    return pick(
        rng,
        (
            f"(Kompas.com/{person(rng)})",
            f"({person(rng).upper()})",
            "(ril)",
            "(Red)",
            "(Rilis)",
            "(ADVERTORIAL)",
            "(bbs)",
            "-- selesai --",
            "(SM)",
            "(humas)",
            "[*]",
            "(MI)",
            "(TribunJabar.id)",
            f"(Tribun-Bali.com/{person(rng)})",
        ),
    )


def dateline_prefix(rng: random.Random, site: Site) -> str:
    assert site.dateline_prefix is not None
    city = rng.choice(CITIES)
    return site.dateline_prefix.format(C=city, CU=city.upper())


BOILERPLATE_MAKERS: dict[str, Callable[[random.Random, Site, Context], str]] = {
    "read_also": lambda rng, site, ctx: read_also(rng, ctx),
    "ads": lambda rng, site, ctx: ads(rng),
    "media_marker": lambda rng, site, ctx: media_marker(rng, site),
    "photo": lambda rng, site, ctx: photo(rng, site),
    "byline": lambda rng, site, ctx: byline(rng, site),
    "dateline": lambda rng, site, ctx: dateline(rng),
    "tags": lambda rng, site, ctx: tags(rng, ctx),
    "copyright": lambda rng, site, ctx: copyright_line(rng, site),
    "comments": lambda rng, site, ctx: comments(rng),
    "follow": lambda rng, site, ctx: follow(rng, site),
    "share": lambda rng, site, ctx: share(rng),
    "views": lambda rng, site, ctx: views(rng),
    "close": lambda rng, site, ctx: close(rng),
    "category_label": lambda rng, site, ctx: category_label(rng, site),
    "cookie": lambda rng, site, ctx: cookie(rng),
    "breadcrumb": lambda rng, site, ctx: breadcrumb(rng, site, ctx),
    "page_nav": lambda rng, site, ctx: page_nav(rng),
    "end_code": lambda rng, site, ctx: end_code(rng),
}


def boilerplate(rng: random.Random, kind: str, site: Site, ctx: Context) -> str:
    return BOILERPLATE_MAKERS[kind](rng, site, ctx)


# --------------------------------------------------------------------------------------------------
# Tables of contents and SEO keywords


TOC_TITLES = (
    "Daftar Isi",
    "Daftar Isi (Sembunyikan)",
    "Daftar Isi ▼",
    "Daftar Isi (klik untuk membuka)",
    "☰ Daftar Isi",
    "Daftar Isi hide",
    "Isi",
    "Konten",
    "Peta Artikel",
    "Ringkas",
    "Konten [sembunyikan]",
    "Daftar Pembahasan",
    "Pembahasan",
    "Ikhtisar Artikel",
    "Isi Tulisan",
    "Jump to:",
    "Loncat ke bagian:",
    "Yang dibahas di sini",
)
# Marker style -> marker for item i (1-based). Styles starting with `numbered` are ordered lists.
TOC_MARKERS: dict[str, Callable[[int], str]] = {
    "numbered_dot": lambda i: f"{i}. ",
    "numbered_hash": lambda i: f"#{i} ",
    "numbered_colon": lambda i: f"{i}: ",
    "numbered_parens": lambda i: f"({i}) ",
    "numbered_circled": lambda i: chr(0x2460 + i - 1) + " ",
    "numbered_slash": lambda i: f"{i}/ ",
    "numbered_part": lambda i: f"Bagian {i}. ",
    "dash": lambda i: "– ",
    "dot": lambda i: "● ",
    "arrow": lambda i: "→ ",
    "star": lambda i: "★ ",
    "diamond": lambda i: "◆ ",
    "chevron": lambda i: "› ",
    "plus": lambda i: "+ ",
}
TOC_ODDS = (
    ("numbered_dot", 3),
    ("numbered_hash", 1),
    ("numbered_colon", 1),
    ("numbered_parens", 2),
    ("numbered_circled", 1),
    ("numbered_slash", 1),
    ("numbered_part", 1),
    ("dash", 2),
    ("dot", 2),
    ("arrow", 1),
    ("star", 1),
    ("diamond", 1),
    ("chevron", 1),
    ("plus", 1),
)


def toc_items(rng: random.Random, headings: list[str]) -> tuple[str | None, list[str], str]:
    """(label or None, items, marker style): a table of contents mirroring `headings`, each item a
    marker and its heading. Styles starting with `numbered` are ordered lists."""
    title = recase(rng, rng.choice(TOC_TITLES)) if rng.random() < 0.7 else None
    style = rng.choice([s for s, w in TOC_ODDS for _ in range(w)])
    mark = TOC_MARKERS[style]
    return title, [mark(i) + h for i, h in enumerate(headings, 1)], style


QUERY_SHAPES = (
    "{t} adalah",
    "pengertian {t} menurut pakar",
    "contoh {t} dalam kehidupan sehari-hari",
    "{t} brainly",
    "{t} tahun {y}",
    "berita {t} {p}",
    "{t} {p} hari ini",
    "apa itu {t}",
    "jelaskan {t}",
    "{t} artinya",
    "makalah {t}",
    "{t} doc",
    "{t} beserta contohnya",
    "syarat {t}",
    "jenis jenis {t}",
    "manfaat {t} bagi masyarakat",
    "dampak {t}",
    "{t} viral",
    "update {t} {p}",
    "{t} terkini {y}",
    "{t} menurut islam",
    "{t} untuk sd smp sma",
    "{t} kelas {k} semester {s}",
    "{t} slideshare",
    "{t} {p} terbaru {y}",
    "tips menghadapi {t}",
    "{n} fakta {t}",
    "{t} lengkap {y}",
    "{t} terbaru {p}",
    "{t} bagi {g}",
    "kumpulan {t}",
    "{t} adalah brainly",
)


def seo_keyword(rng: random.Random, ctx: Context, templates: tuple[str, ...]) -> str:
    """A search query about the document's topic in this inventory's own shapes; the shared
    `templates` the generator passes are not used."""
    del templates
    return rng.choice(QUERY_SHAPES).format(
        t=ctx.topic.lower(),
        p=ctx.place.lower(),
        g=ctx.group.lower(),
        y=ctx.year,
        k=rng.randint(1, 12),
        s=rng.choice((1, 2)),
        n=rng.choice((5, 6, 8, 9, 11)),
    )


# --------------------------------------------------------------------------------------------------
# Spam: judi online, togel, slot, pinjol, pharma, adult


BRANDS = (
    "Bintang4D",
    "Sultan138",
    "Naga303",
    "Raja99",
    "Dewa189",
    "Jalan4D",
    "Tokek88",
    "KakekZeus",
    "Mahjong77",
    "Pusat123",
    "Gajah168",
    "Puma4D",
    "Lapak303",
    "Ratu69",
    "Semar88",
    "Kasir4D",
    "Warung777",
    "Indo212",
    "Cuan365",
    "Hoki55",
    "Jitu4D",
    "Mega88",
    "Toto66",
    "Paus138",
    "Duyung88",
    "Sakti303",
    "Rusa4D",
    "Bola168",
    "Arwana77",
    "Piton123",
    "Kilau88",
    "Betawi4D",
    "Laris99",
    "Kuda189",
    "Garuda5000",
)
LENDERS = ("DanaSiaga", "KreditKilat", "UangKita", "PinjamAja", "TunaiCepat", "DompetRakyat", "CairDulu")
PILLS = ("Titan Gel Gold", "Hammer Thor Asli", "Vimax Kanada", "Cobra X", "Sparta Max", "Api Pria")
NSFW = ("NontonHot", "SyurViral", "Tante21", "VideoMalam", "HotLive88")
POOLS = (
    "Sydney",
    "Hongkong",
    "Singapore",
    "Macau",
    "Cambodia",
    "Taiwan",
    "China",
    "Japan",
    "Bullseye",
    "HK Pools",
    "SGP Pools",
    "Toto Macau 5D",
    "Oregon",
    "Carolina Day",
    "PCSO",
    "Kentucky Mid",
)
SLOTS = (
    "Gates of Olympus",
    "Sweet Bonanza",
    "Mahjong Ways 2",
    "Starlight Princess",
    "Wild West Gold",
    "Aztec Gems",
    "Koi Gate",
    "Lucky Neko",
    "Wild Bounty Showdown",
    "Sugar Rush",
    "Fortune Ox",
    "Olympus 1000",
    "Gatot Kaca",
    "Pyramid Bonanza",
)
GAMBLING = (
    "slot gacor dini hari",
    "link login alternatif terbaru",
    "situs toto 4d terpercaya",
    "bandar togel resmi",
    "slot demo gratis x500",
    "pola gacor {g} hari ini",
    "rtp live tertinggi",
    "scatter naga hitam",
    "maxwin x5000",
    "server thailand no 1",
    "akun server kamboja",
    "slot deposit dana 5 ribu",
    "akun pro jepang",
    "situs toto macau",
    "paito warna {m}",
    "data pengeluaran {m} {Y}",
    "live draw {m} tercepat",
    "angka jitu {m}",
    "prediksi {m} malam ini",
    "slot pulsa tanpa potongan",
    "mix parlay",
    "sbobet88 login",
    "taruhan bola online",
    "baccarat live online",
    "sabung ayam online s128",
    "tembak ikan",
    "poker idn play",
    "domino qq",
    "slot bet 200",
    "situs gacor anti rungkad",
    "link slot88 resmi",
    "slot777 login",
    "toto slot 4d",
    "mpo slot",
    "slot via ovo",
    "bo togel diskon terbesar",
    "toto 10 line",
    "bet 100 perak",
    "situs judol terbaru",
    "menang berapapun pasti wd",
    "waktu hoki {g}",
    "bocoran rtp {g}",
)
LOANS = (
    "pinjol tanpa foto ktp",
    "pinjaman dana tunai cair 5 menit",
    "dana cepat tanpa agunan",
    "pinjol acc tanpa sleding",
    "limit sampai 20 juta",
    "bunga 0% tenor 3 bulan",
    "pinjaman online langsung cair ke rekening",
    "gadai bpkb cair hari ini",
    "aplikasi pinjaman cepat tanpa survei",
    "joki pinjol",
    "galbay aman",
    "pinjol resmi bunga ringan",
)
PHARMA = (
    "obat pembesar mr p",
    "viagra asli usa",
    "cialis 20mg asli",
    "obat kuat herbal pria",
    "pil aborsi 1 hari tuntas",
    "cytotec 400mcg",
    "perangsang wanita cair",
    "jual tramadol online",
    "obat pelangsing cepat",
    "hammer of thor asli",
    "titan gel rusia",
    "vimax canada",
)
ADULT = (
    "video syur artis",
    "link streaming dewasa",
    "streaming hot 18+",
    "open bo murah",
    "vcs real no tipu",
    "film semi jepang sub indo",
    "video panas terbaru",
    "apk live bar-bar",
    "video mesum viral",
    "cersex terbaru",
    "jasa pijat plus",
)
FAMILIES: dict[str, tuple[tuple[str, ...], float]] = {
    "gambling": (GAMBLING, 0.6),
    "loan": (LOANS, 0.16),
    "pharma": (PHARMA, 0.14),
    "adult": (ADULT, 0.10),
}
FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "gambling": BRANDS,
    "loan": LENDERS,
    "pharma": PILLS,
    "adult": NSFW,
}


def spam_family(rng: random.Random) -> str:
    r, acc = rng.random(), 0.0
    for fam, (_, weight) in FAMILIES.items():
        acc += weight
        if r < acc:
            return fam
    return "gambling"


def spam_phrase(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    return rng.choice(FAMILIES[family][0]).format(
        m=rng.choice(POOLS).lower(), g=rng.choice(SLOTS).lower(), Y=rng.randint(2021, 2025)
    )


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(12, 98), rng.randint(1000, 9999), rng.randint(100, 9999)
    return pick(
        rng,
        (
            f"08{a} {b} {c}",
            f"08{a}.{b}.{c}",
            f"+628{a}-{b}-{c}",
            f"62 8{a} {b} {c}",
            f"WA 08{a}{b}{c}",
            f"wa.me/+628{a}{b}{c}",
        ),
    )


def spam_url(rng: random.Random) -> str:
    brand = rng.choice(BRANDS).lower()
    code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(4, 7)))
    tld = rng.choice((".org", ".net", ".info", ".club", ".bet", ".win", ".live", ".asia", ".me", ".link"))
    regency = rng.choice(("bantulkab", "grobogan", "sumbawabaratkab", "pesawarankab", "malukutengahkab"))
    campus = rng.choice(("unimal", "uinsu", "unsika", "poltekkes-smg", "stikes-bhakti", "iain-kendari"))
    return pick(
        rng,
        (
            f"https://{brand}{tld}/",
            f"https://{brand}{tld}/register?kode={code}",
            f"https://t.ly/{code}",
            f"https://shorturl.at/{code}",
            f"https://tinyurl.com/{brand}{rng.randint(1, 999)}",
            f"https://{brand}.pages.dev",
            f"https://{brand}-{code}.netlify.app",
            f"https://sites.google.com/view/{brand}-{code}",
            f"https://{brand}.web.app",
            f"https://dpmptsp.{regency}.go.id/assets/images/{brand}/",
            f"https://ppid.{regency}.go.id/?s={brand}",
            f"https://lms.{campus}.ac.id/{brand}/",
            f"https://repository.{campus}.ac.id/wp-content/plugins/{brand}/",
            f"https://sid.{code}.desa.id/index.php/artikel/{brand}",
            f"https://{code}.blogspot.com/?{brand}",
            f"https://amp-{brand}.github.io",
        ),
    )


PROMOS: dict[str, tuple[str, ...]] = {
    "gambling": (
        "{BU} adalah situs slot online terpercaya dengan RTP {g} tertinggi hari ini.",
        "Main di {B} modalnya {dep} ribu doang bisa maxwin! Klik {url}",
        "🎰 {B} — Login & Daftar Slot Paling Gacor {Y} ✅",
        "Tautan cadangan {B}: {url} (anti nawala, anti blokir)",
        "Pola jitu {g} jam {hh}.00 - {hh2}.00 WIB cuma di {B}",
        "Paito {MU} {D}, {d} {Mon} {Y} komplit ada di {B}",
        "Deposit DANA, OVO, GoPay dan QRIS di {B} diproses {mins} detik saja.",
        "Bonus member baru {pct}% langsung di depan, TO rendah — klaim di {B}!",
        "Kontak admin {B} lewat {phone} untuk bikin akun VIP.",
        "{B} resmi berlisensi PAGCOR, berapapun kemenanganmu pasti dibayar lunas.",
        "Jackpot Rp{jp} juta pecah lagi di {B}! Giliranmu kapan?",
        "Result {MU} hari ini sudah keluar: {four}. Pasang lagi di {B}.",
        "Anti rungkad!! {BU} kasih freebet {fb}rb buat member baru {Y}",
        "Situs {B} lagi gacor parah, {n} member sudah WD hari ini 🔥🔥",
    ),
    "loan": (
        "Lagi butuh uang mendesak? {B} cair {mins} menit tanpa BI checking. Hubungi {phone}",
        "Pinjaman {B} limit sampai Rp{n} juta, cukup KTP langsung ACC.",
        "Galbay aman, DC tidak datang — konsultasi gratis di {phone}",
        "{B}: pinjol tanpa verifikasi wajah, dana masuk rekening hari ini.",
        "Ajukan di {url}, tenor bebas, bunga cuma 0,{cb}% per hari!",
        "Joki pinjol ACC semua aplikasi, fee setelah cair. Chat {phone}",
    ),
    "pharma": (
        "Jual {B} asli COD {C}, kemasan rahasia. Hubungi {phone}",
        "{B} original BPOM? Tahan hingga {mins} jam, pesan di {url}",
        "Obat kuat {B} diskon {pct}% khusus hari ini, kirim se-Indonesia.",
        "Apotik online {B}: cytotec, misoprostol, obat telat bulan. WA {phone}",
        "Testimoni {B}: ukuran bertambah {cb} cm dalam 2 minggu!",
    ),
    "adult": (
        "Nonton {B} terbaru tanpa sensor, klik {url}",
        "Cewek {C} siap open BO, chat langsung {phone}",
        "VCS real no tipu, {B} 24 jam. Link: {url}",
        "Kumpulan video {B} viral {Y} full durasi di {url}",
    ),
}


def _promo(rng: random.Random, template: str, year: int, family: str) -> str:
    brand = rng.choice(FAMILY_NAMES.get(family, BRANDS))
    return template.format(
        B=brand,
        BU=brand.upper(),
        Y=year,
        pct=rng.choice((30, 50, 100, 120, 200)),
        mins=rng.randint(2, 30),
        dep=rng.choice((5, 10, 20, 50)),
        MU=rng.choice(POOLS).upper(),
        D=rng.choice(DAYS),
        d=rng.randint(1, 28),
        Mon=MONTHS_ABBR[rng.randrange(12)],
        cb=rng.randint(1, 9),
        phone=phone(rng),
        g=rng.choice(SLOTS),
        hh=f"{rng.randint(0, 20):02d}",
        hh2=f"{rng.randint(21, 23):02d}",
        url=spam_url(rng),
        n=rng.choice((5, 8, 12, 15, 25, 40)),
        jp=rng.choice((75, 120, 250, 480)),
        four="".join(rng.choice("0123456789") for _ in range(4)),
        fb=rng.choice((10, 15, 25)),
        C=rng.choice(CITIES),
    )


def promo_line(rng: random.Random, year: int, family: str | None = None) -> str:
    family = family or spam_family(rng)
    return _promo(rng, rng.choice(PROMOS[family]), year, family)


def keyword_wall(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    phrases = [spam_phrase(rng, family if rng.random() < 0.8 else None) for _ in range(rng.randint(8, 17))]
    words = list(dict.fromkeys(phrases))
    for _ in range(rng.randint(1, 3)):
        words.insert(rng.randint(0, len(words)), rng.choice(FAMILY_NAMES[family]).lower())
    r = rng.random()
    if r < 0.15:
        return " ".join("#" + w.replace(" ", "_") for w in words)
    if r < 0.3:
        return " ✓ ".join(w.title() for w in words)
    if r < 0.4:
        return " ~ ".join(words).upper()
    if r < 0.5:
        return "Keywords: " + ", ".join(words)
    if r < 0.58:
        return "★ " + " ★ ".join(words)
    return rng.choice((", ", " ", " . ", " | ", " ❤ ", " + ", " >> ")).join(words)


# --------------------------------------------------------------------------------------------------
# Obfuscated spam: spelled past word filters


def _shift(text: str, lower: int | None, upper: int | None) -> str:
    out = []
    for ch in text:
        if lower is not None and ch.isascii() and ch.islower():
            out.append(chr(lower + ord(ch) - 97))
        elif upper is not None and ch.isascii() and ch.isupper():
            out.append(chr(upper + ord(ch) - 65))
        else:
            out.append(ch)
    return "".join(out)


_EMOJI_VOWELS = {"o": "🅾️", "a": "🅰️", "i": "ℹ️"}
_DOT_BELOW = "\u0323"
_OVERLINE = "\u0305"
_SOFT_HYPHEN = "\u00ad"


def disguise(rng: random.Random, phrase: str) -> str:
    """`slot gacor` spelled past a word filter: s l o t, 𝕤𝕝𝕠𝕥, 𝔰𝔩𝔬𝔱, ⒮⒧⒪⒯, 🇸 🇱 🇴 🇹, 🅢🅛🅞🅣,
    soft hyphens, dots below or overlines on each letter, vowels as emoji, split or hyphenated words,
    doubled letters."""
    style = rng.choice(
        (
            "spaced",
            "double_struck",
            "fraktur",
            "parenthesized",
            "regional",
            "negative_circled",
            "soft_hyphen",
            "dot_below",
            "overline",
            "emoji_vowels",
            "split",
            "hyphen",
            "doubled",
        )
    )
    words = phrase.split()
    if style == "spaced":
        return "  ".join(" ".join(w) for w in words)
    if style == "double_struck":
        return _shift(phrase.lower(), 0x1D552, None)
    if style == "fraktur":
        return _shift(phrase.lower(), 0x1D51E, None)
    if style == "parenthesized":
        return _shift(phrase.lower(), 0x249C, None)
    if style == "regional":
        return "  ".join(
            " ".join(chr(0x1F1E6 + ord(c) - 97) if "a" <= c <= "z" else c for c in w) for w in words
        )
    if style == "negative_circled":
        return _shift(phrase.upper(), None, 0x1F150)
    if style in ("soft_hyphen", "dot_below", "overline"):
        if style == "soft_hyphen":
            return " ".join(_SOFT_HYPHEN.join(w) for w in words)
        mark = _DOT_BELOW if style == "dot_below" else _OVERLINE
        return " ".join("".join(c + mark if c.isalpha() else c for c in w) for w in words)
    if style == "emoji_vowels":
        out = "".join(_EMOJI_VOWELS.get(c, c) for c in phrase)
        return out if out != phrase else f"✨{phrase}✨"
    if style == "split":
        return " ".join(w[: len(w) // 2] + " " + w[len(w) // 2 :] if len(w) > 3 else w for w in words)
    if style == "hyphen":
        return " ".join(w[:-1] + "-" + w[-1] if len(w) > 2 else w for w in words)
    return " ".join("".join(c * 2 if c in "aiueo" else c for c in w) for w in words)


DISGUISABLE = (
    "slot gacor",
    "judi online",
    "toto togel",
    "bandar slot",
    "situs judol",
    "link gacor",
    "live casino",
    "judi bola",
    "maxwin",
    "scatter naga",
    "pinjol cair",
    "obat kuat",
    "video syur",
    "open bo",
    "togel sgp",
    "akun vip thailand",
)


def obfuscated_phrase(rng: random.Random) -> str:
    return disguise(rng, rng.choice(DISGUISABLE))


def obfuscated_line(rng: random.Random, year: int) -> str:
    core = disguise(rng, rng.choice(DISGUISABLE))
    brand = rng.choice(BRANDS)
    return pick(
        rng,
        (
            f"{core} — {brand} resmi {year}",
            f"⚡ {core} ⚡ gabung {brand} sekarang",
            f"Mau {core}? Langsung ke {brand}: {spam_url(rng)}",
            f"{brand} ✦ {core} ✦ WD cepat",
            f"{core} nomor 1 se-Asia {year} 👑",
            f"CS {core}: {phone(rng)}",
            f"{core} {brand.upper()} TERBAIK",
            f"[{core}] {spam_url(rng)}",
            f"{brand}: {core}",
        ),
    )


# --------------------------------------------------------------------------------------------------
# Placeholders and generator residue


EDITOR_NOTES = (
    "[cek fakta dulu]",
    "(data belum diverifikasi)",
    "[mohon dicek ulang, red]",
    "(konfirmasi ke narasumber)",
    "[cek lagi angkanya]",
    "(TBD)",
    "[perlu dicek redaksi]",
    "(sumber: ???)",
    "[angka tahun lalu? mohon dicek]",
    "(masukkan angka terbaru)",
    "[editor: mohon verifikasi]",
    "(butuh kutipan langsung)",
    "(klarifikasi ke dinas terkait)",
    "[belum terkonfirmasi]",
    "[VERIF]",
    "(??)",
    "[cross-check dgn rilis]",
    "(update angka sebelum tayang)",
)
CITE_MARKS = (
    "[{n}]",
    "[{n}][{m}]",
    "[perlu nomor halaman]",
    "[rujukan?]",
    "[catatan {n}]",
    "[diragukan – diskusikan]",
    "[per siapa?]",
    "[siapa?]",
    "[kapan?]",
    "[{n}]:{m}",
    "[sunting]",
    "[ref]",
    "[a]",
    "[{n}†]",
    "[sumber tidak terpercaya?]",
)
SOURCE_BODIES = (
    "Dinas Kesehatan setempat",
    "Polsek setempat",
    "BMKG",
    "Badan Pusat Statistik",
    "perangkat desa",
    "manajemen perusahaan",
    "Dinas Pendidikan provinsi",
    "pihak rumah sakit",
)
OPEN_ATTRIBUTION_LINES = (
    "[Kutipan dari {org} — menunggu konfirmasi]",
    "Tambahkan pernyataan resmi {org} di sini.",
    "Sumber: (isi nama media/instansi)",
    '"..." ujar [NAMA], [JABATAN] {org}.',
    "Menurut [nama narasumber] dari {org}, [isi kutipan].",
    "KUTIPAN NARASUMBER: {org} (belum ada)",
    "[Masukkan wawancara dengan {org}]",
    "Keterangan {org}: -",
    "(Sisipkan tanggapan {org} bila sudah ada)",
    "Narasumber: ________ ({org})",
)
ATTRIBUTION_TRAILERS = (
    "(lengkapi jabatan narasumber)",
    "[link ke siaran pers]",
    "Catatan editor: minta izin kutip dulu.",
    "[nama dan jabatan menyusul]",
    "(tunggu balasan WA humas)",
)
OPEN_ATTRIBUTION_INLINE = (
    "(kata [nama narasumber])",
    "ujar [NAMA] kepada [MEDIA].",
    "[sumber: ...]",
    "(lewat [sumber])",
    "[kutipan menyusul]",
    "tutur [narasumber], [jabatan].",
    "(Sumber: -)",
    "— kata XXX.",
)
LAYOUT_NOTES = (
    "(Tabel di bawah bisa digeser ke kanan)",
    "[INFOGRAFIS MENYUSUL]",
    "Geser tabel ke samping untuk melihat data lengkap →",
    "[Gambar: grafik perbandingan]",
    "Klik gambar untuk memperbesar",
    "[placeholder gambar]",
    "(lihat tabel berikut ini ⬇)",
    "[Taruh tabel di sini]",
    "Tabel: (isi judul tabel)",
    "↔ Scroll horizontal untuk melihat semua kolom",
    "[Foto utama 1200x675]",
    "(Ganti gambar ini dengan foto asli)",
)
TOKENS = (
    "{{nama_penulis}}",
    "[[KATA_KUNCI]]",
    "{{ post.excerpt }}",
    "$nama_kota",
    "__INSERT_CTA__",
    "<<IKLAN_TENGAH>>",
    "{ARTIKEL_TERKAIT}",
    '[related_posts limit="{n}"]',
    '[su_button url="#"]Klik Di Sini[/su_button]',
    "Lorem ipsum dolor sit amet, sed do eiusmod tempor.",
    "{{tanggal_terbit}} | {{kategori}}",
    "%JUDUL% - %NAMA_SITUS%",
    "#KEYWORD# #LOKASI#",
    "[spintax]{{Halo|Hai}} semua[/spintax]",
    "undefined",
    "NaN",
    "[object Object]",
    "{{ADSENSE_IN_ARTICLE}}",
)
ASSISTANT_RESIDUE = (
    "Tentu! Ini artikel mengenai {t} yang ramah SEO:",
    "Ini draf beritanya soal {t}, panjangnya sekitar {n} kata.",
    "Sebagai model bahasa AI, saya tidak dapat memastikan data terbaru, namun berikut ulasannya.",
    "Baik, saya akan menulis ulang artikel ini dengan gaya bahasa yang lebih santai.",
    "Output: Artikel {T} ({n} kata, bahasa Indonesia)",
    "Prompt: buatkan artikel {t} minimal {n} kata",
    "Semoga artikel ini membantu! Jika ingin saya ubah nadanya, beri tahu saja.",
    "Berikut adalah versi yang sudah diparafrase agar lolos plagiasi:",
    "Judul alternatif: 1) {T} 2) Mengenal {T} Lebih Dekat",
)


def verification_note(rng: random.Random) -> str:
    return rng.choice(EDITOR_NOTES)


def wiki_marker(rng: random.Random) -> str:
    n = rng.randint(1, 63)
    return rng.choice(CITE_MARKS).format(n=n, m=n + rng.randint(1, 4))


def unfinished_attribution_line(rng: random.Random) -> str:
    return rng.choice(OPEN_ATTRIBUTION_LINES).replace("{org}", rng.choice(SOURCE_BODIES))


def attribution_follow_up(rng: random.Random, text: str) -> str | None:
    """Sometimes a second line of residue under an open attribution; else None."""
    del text
    return rng.choice(ATTRIBUTION_TRAILERS) if rng.random() < 0.3 else None


def unfinished_attribution_inline(rng: random.Random) -> str:
    return rng.choice(OPEN_ATTRIBUTION_INLINE)


def layout_talk(rng: random.Random) -> str:
    return rng.choice(LAYOUT_NOTES)


def template_token(rng: random.Random) -> str:
    return rng.choice(TOKENS).replace("{n}", str(rng.randint(3, 8)))


def llm_residue(rng: random.Random, ctx: Context) -> str:
    return (
        rng.choice(ASSISTANT_RESIDUE)
        .replace("{t}", ctx.topic.lower())
        .replace("{T}", ctx.topic)
        .replace("{n}", str(rng.choice((600, 750, 900, 1100, 2000))))
    )


# --------------------------------------------------------------------------------------------------
# Traps: real content that shares words with noise (the generator's `content_trap` hook)


TRAPS: tuple[tuple[str, str], ...] = (
    ("bandar", "Bandar Udara {AP} kembali beroperasi normal setelah landasan pacu selesai diperbaiki."),
    ("bandar", "Pengelola bandar udara menambah {n2} konter lapor diri untuk mengurai antrean penumpang."),
    ("bandar", "Satresnarkoba Polres {C} meringkus seorang bandar sabu beserta {n2} paket siap edar."),
    ("bandar", "Pada abad ke-16, kota itu dikenal sebagai bandar dagang yang ramai disinggahi kapal asing."),
    ("situs", "Situs cagar budaya di {C} itu kini dipagari agar tidak rusak oleh aktivitas warga."),
    ("situs", "Balai Pelestarian Kebudayaan mencatat {n2} situs cagar budaya di {PR} dalam kondisi rawan."),
    ("situs", "Pendaftaran dilakukan secara daring melalui situs resmi panitia hingga {D} pekan depan."),
    ("situs", "Pengunjung {H} diminta tidak memanjat struktur situs demi menjaga kelestariannya."),
    ("slot", "Panitia menyediakan slot waktu {n2} menit bagi setiap kelompok untuk memaparkan hasil riset."),
    ("slot", "Kemenhub menambah slot penerbangan di Bandara {AP} menjelang libur akhir tahun."),
    ("slot", "Laptop itu memiliki dua slot RAM sehingga memorinya bisa ditambah hingga {n2} GB."),
    ("slot", "Sekolah favorit itu hanya membuka {n3} slot kursi untuk jalur zonasi tahun ini."),
    ("pengeluaran", "Pengeluaran per kapita warga {PR} naik menjadi Rp{n1},{n2} juta per tahun menurut BPS."),
    (
        "pengeluaran",
        "Bendahara desa wajib melaporkan setiap pengeluaran dana desa secara terbuka kepada warga.",
    ),
    ("pengeluaran", "Ia mulai mencatat pengeluaran harian di buku kecil sejak gajinya dipotong."),
    (
        "toto",
        "Toto {LN}, ketua kelompok tani setempat, mengatakan panen kali ini lebih baik dari tahun lalu.",
    ),
    ("toto", "Warung milik Pak Toto di ujung gang selalu ramai pembeli saat jam makan siang."),
    ("keluaran", "Sepeda motor keluaran tahun {y0} itu dijual pemiliknya seharga Rp{n1} juta."),
    ("keluaran", "Laptop keluaran terbaru tersebut dibekali prosesor yang lebih hemat daya."),
    ("keluaran", "Petugas memeriksa dokumen keluaran barang dari gudang logistik di {C}."),
    (
        "gambling_news",
        "Polres {C} menggerebek sebuah rumah yang dijadikan markas judi online dan menyita {n2} ponsel.",
    ),
    ("gambling_news", "Kominfo mencatat telah memutus akses {n3} ribu situs judi daring sepanjang {Y}."),
    ("gambling_news", "Seorang bandar togel di {C} ditangkap saat merekap nomor taruhan di warung kopi."),
    (
        "gambling_news",
        "Dinas Sosial {C} mendampingi keluarga yang terlilit utang akibat kecanduan slot online.",
    ),
    (
        "gambling_news",
        "OJK meminta bank memblokir {n3} rekening yang terindikasi menampung dana judi online.",
    ),
    (
        "gambling_news",
        "Polisi menyebut para tersangka mempromosikan situs judi lewat akun media sosial yang diretas.",
    ),
    (
        "loan_news",
        "Satgas PASTI kembali menemukan {n3} pinjol ilegal yang menawarkan pinjaman lewat pesan singkat.",
    ),
    ("loan_news", "Warga {C} diimbau memeriksa izin OJK sebelum mengajukan pinjaman online."),
    ("loan_news", "Seorang guru honorer di {C} mengaku diteror penagih utang pinjol ilegal setiap malam."),
    ("pharma_news", "BPOM {C} menyita ratusan botol obat kuat tanpa izin edar dari sebuah toko daring."),
    ("pharma_news", "Apoteker mengingatkan agar antibiotik tidak dibeli tanpa resep dokter."),
    ("adult_news", "Polisi menangkap admin grup media sosial yang menyebarkan konten pornografi anak."),
    ("quote", "“Judi online itu merusak, bukan hiburan,” kata {PN} dalam sosialisasi di balai desa."),
    ("quote", "“Kalau ada tawaran pinjaman lewat SMS, abaikan saja,” ujar {PN}, {R}."),
    ("quote", "“Baca juga aturannya sebelum tanda tangan kontrak,” pesan {PN} kepada para peserta."),
    ("parentheses", "Jumlah pemudik naik (sekitar {p} persen) dibanding tahun lalu, menurut {A}."),
    ("parentheses", "Bantuan diberikan kepada {n2} keluarga (sebagian besar buruh tani) di {C}."),
    ("read_also_prose", "Guru itu meminta siswanya membaca juga buku sejarah lokal, bukan hanya buku paket."),
    ("read_also_prose", 'Dalam suratnya, ia menulis "baca juga surat yang kemarin" kepada sahabatnya.'),
    (
        "read_also_prose",
        "Panitia mencetak tulisan “Baca juga petunjuk teknis” di sampul buku panduan "
        "agar peserta tidak keliru.",
    ),
    ("number", "Produksi gabah naik dari {n3} ton menjadi {n4} ton dalam satu musim tanam."),
    ("dateline_like", "Upacara dimulai pukul {hh}.{mm} WIB dan dihadiri seluruh perangkat desa."),
    ("byline_like", "Penulis buku itu, {PN}, menghabiskan lima tahun meneliti sejarah kampungnya."),
    ("chrome_like", "Pemkot {C} melarang pemasangan iklan di pohon dan tiang listrik."),
    ("chrome_like", "Warga diminta membagikan informasi jadwal vaksinasi kepada tetangga terdekat."),
    ("chrome_like", "Foto-foto lama kota {C} dipamerkan di gedung kesenian selama sepekan."),
)
TRAP_FIRST = ("Budi", "Siti", "Ahmad", "Yohana", "Dedi", "Nurhayati", "Ruslan", "Martha")
TRAP_LAST = ("Harjono", "Pohan", "Supriadi", "Manik", "Kartika", "Lumbantobing")
TRAP_ROLES = ("Kepala Dinas Kominfo", "Kapolsek setempat", "Ketua RW", "pegiat literasi", "Kepala OJK daerah")


def content_trap(ctx: Context, rng: random.Random) -> tuple[str, str]:
    """(kind, sentence): real content that shares words or shapes with noise."""
    del ctx
    kind, template = rng.choice(TRAPS)
    first, last = rng.choice(TRAP_FIRST), rng.choice(TRAP_LAST)
    return kind, template.format(
        AP=rng.choice(AIRPORTS),
        C=rng.choice(CITIES),
        PR=rng.choice(PROVINCES),
        D=rng.choice(DAYS),
        H=rng.choice(HERITAGE),
        A=rng.choice(AGENCIES),
        Y=rng.randint(2020, 2025),
        y0=rng.randint(2008, 2021),
        LN=last,
        PN=f"{first} {last}",
        R=rng.choice(TRAP_ROLES),
        n1=rng.randint(2, 9),
        n2=rng.randint(12, 95),
        n3=rng.randint(120, 900),
        n4=rng.randint(1000, 4000),
        p=rng.randint(3, 40),
        hh=f"{rng.randint(6, 20):02d}",
        mm=rng.choice(("00", "15", "30", "45")),
    )


# --------------------------------------------------------------------------------------------------
# Pages that must be rejected whole


SPAM_PAGE_TITLES = (
    "{B}: Slot Online Paling Gacor {Y}, Sekali Spin Langsung Maxwin",
    "{BU} ⚡ Link Login Resmi Toto 4D Terpercaya",
    "{B} - Daftar Akun Pro Slot Server Thailand Asli",
    "Situs Toto {B} | Bandar Togel Online Diskon Terbesar",
    "{B} 🔥 Agen Judi Bola Mix Parlay & Live Casino {Y}",
    "UNIVERSITAS NEGERI: {B} Link Slot Deposit Dana 5000",
    "DINAS PENDIDIKAN :: {BU} SLOT GACOR MAXWIN",
)
SPAM_PAGE_SENTENCES = (
    "{B} merupakan situs slot online terbaik yang sudah dipercaya ribuan pemain di seluruh Indonesia.",
    "Modal {dep} ribu saja, kamu sudah bisa menikmati ratusan permainan slot dan togel di {B}.",
    "Proses deposit dan withdraw di {B} hanya butuh {mins} menit, tersedia via bank, e-wallet dan pulsa.",
    "Nikmati RTP live hingga {rtp}% yang diperbarui setiap jam agar peluang menangmu semakin besar.",
    "Member baru langsung mendapat bonus {pct}% tanpa syarat berbelit.",
    "Tautan cadangan {B} selalu diperbarui sehingga bebas dari blokir internet positif.",
    "Tim CS {B} siap melayani 24 jam nonstop melalui live chat dan WhatsApp {phone}.",
    "Semua permainan di {B} menggunakan sistem fair play tanpa bot dan tanpa admin curang.",
    "Tersedia pasaran togel {MU}, Sydney, Hongkong dan Singapore dengan hadiah 4D hingga 10.000x.",
    "Mainkan {g} di {B} dan rasakan sensasi scatter beruntun setiap harinya.",
    "Daftar sekarang di {url} dan klaim freebet tanpa deposit untuk pemain baru.",
    "Kemenangan berapapun pasti dibayar lunas tanpa potongan oleh {B}.",
    "Slot server luar negeri {B} terkenal gampang menang dan anti rungkad.",
)
LOAN_PAGE_SENTENCES = (
    "{B} adalah aplikasi pinjaman online yang membantu kebutuhan dana mendadak Anda.",
    "Cukup siapkan KTP dan nomor rekening, pengajuan di {B} selesai dalam {mins} menit.",
    "Limit pinjaman mulai Rp500 ribu sampai Rp{n} juta dengan tenor fleksibel.",
    "Tanpa BI checking, tanpa survei, tanpa jaminan apa pun.",
    "Nasabah dengan riwayat galbay tetap bisa mengajukan di {B}.",
    "Bunga ringan mulai 0,{cb}% per hari dan bisa dilunasi kapan saja.",
    "WA admin {B} di {phone} untuk bantuan pengajuan ACC cepat.",
    "Dana langsung ditransfer ke rekening atau e-wallet Anda di hari yang sama.",
)
PHARMA_PAGE_SENTENCES = (
    "{B} adalah suplemen pria herbal yang bekerja cepat dalam {mins} menit.",
    "Produk {B} dikirim dengan kemasan rahasia sehingga privasi Anda terjaga.",
    "Melayani COD ke seluruh Indonesia, {C} juga bisa.",
    "Ribuan pria sudah membuktikan khasiat {B} untuk stamina dan vitalitas.",
    "Harga {B} original hanya Rp{price} ribu per botol, beli 2 gratis 1.",
    "Order via WA {phone} sebelum kehabisan stok.",
    "Waspada produk palsu, {B} asli hanya dijual di {url}.",
)


def _page_fill(rng: random.Random, template: str, brand: str, year: int) -> str:
    return template.format(
        B=brand,
        BU=brand.upper(),
        Y=year,
        dep=rng.choice((5, 10, 25)),
        mins=rng.randint(2, 15),
        rtp=f"{rng.randint(95, 98)},{rng.randint(1, 9)}",
        pct=rng.choice((25, 50, 100)),
        phone=phone(rng),
        MU=rng.choice(POOLS),
        g=rng.choice(SLOTS),
        url=spam_url(rng),
        n=rng.choice((10, 15, 20, 30)),
        cb=rng.randint(1, 8),
        C=rng.choice(CITIES),
        price=rng.randint(180, 520),
    )


def spam_page_lines(rng: random.Random, year: int) -> tuple[str, list[str]]:
    shape = rng.choice(("landing", "landing", "rtp", "result", "loan", "pharma"))
    brand = rng.choice(BRANDS)
    if shape == "loan":
        brand = rng.choice(LENDERS)
        title = f"{brand} - Pinjol Langsung Cair Tanpa Ribet {year}"
        picked = rng.sample(LOAN_PAGE_SENTENCES, rng.randint(6, 8))
        return title, [_page_fill(rng, s, brand, year) for s in picked]
    if shape == "pharma":
        brand = rng.choice(PILLS)
        title = f"{brand} Asli Original | Agen Resmi {rng.choice(CITIES)} Bisa COD"
        picked = rng.sample(PHARMA_PAGE_SENTENCES, rng.randint(6, 7))
        return title, [_page_fill(rng, s, brand, year) for s in picked]
    if shape == "result":
        pool = rng.choice(POOLS)
        title = f"Pengeluaran {pool} {year} Hari Ini Live Paling Update"
        lines = [f"Result {pool} hari ini sudah keluar, update tercepat dari {brand}."]
        for _ in range(rng.randint(2, 3)):  # a few results: the page is a promotion, not a number page
            day, d, m, _ = when(rng)
            four = "".join(rng.choice("0123456789") for _ in range(4))
            lines.append(
                f"Hasil {pool} malam {day}, {d} {MONTHS[m]} {year} adalah {four}, cek polanya di {brand}."
            )
        lines.append(f"Pasang angka jitu {pool} cuma di {brand}, diskon 4D 66%. Link: {spam_url(rng)}")
        lines += [_page_fill(rng, s, brand, year) for s in rng.sample(SPAM_PAGE_SENTENCES, rng.randint(4, 5))]
        return title, lines
    title = _page_fill(rng, rng.choice(SPAM_PAGE_TITLES), brand, year)
    sents = [_page_fill(rng, s, brand, year) for s in rng.sample(SPAM_PAGE_SENTENCES, rng.randint(6, 9))]
    if shape == "rtp":
        rows = [
            f"{g} — RTP {rng.randint(88, 98)}% — pola: manual {rng.randint(10, 30)}x, "
            f"turbo {rng.randint(10, 50)}x"
            for g in rng.sample(SLOTS, rng.randint(5, 8))
        ]
        return title, sents[:2] + rows + sents[2:4]
    if rng.random() < 0.5:
        perks = ["⭐ Min depo 5rb", "⭐ Bonus cashback 10%", "⭐ Proses kilat", "⭐ Rollingan mingguan"]
        at = rng.randint(1, len(sents))
        sents[at:at] = rng.sample(perks, rng.randint(2, 4))
    return title, sents


SERVICES = (
    "jasa kuras toren",
    "service ac",
    "jasa bikin logo",
    "sewa mobil",
    "rental elf",
    "jasa angkut barang",
    "karangan bunga duka cita",
    "jasa pasang kanopi",
    "guru privat calistung",
    "jasa aqiqah",
    "catering nasi box",
    "jasa cuci sofa",
    "kursus mengemudi",
    "jasa renovasi rumah",
)
STUFFED = (
    "Butuh {k} di {C}? Di sinilah tempatnya {k} {C} yang jujur, harga {k} {C} bersahabat.",
    "{K} {C} melayani panggilan 24 jam, {k} {C} cepat, {k} {C} bergaransi.",
    "Sebagai {k} terbaik di {C}, kami memberikan layanan {k} profesional untuk rumah dan kantor.",
    "Harga {k} {C} terjangkau, hubungi {k} {C} sekarang di {phone}.",
    "{K} murah {C}, {k} terdekat {C}, {k} berpengalaman {C}, {k} {C} amanah.",
    "Mengapa pilih {k} kami? Sebab {k} kami merupakan {k} andalan warga {C}.",
    "Area layanan {k} kami tidak hanya {C}, {k} kami siap meluncur ke lokasi Anda.",
    "Pesan {k} {C} online dengan mudah, {k} {C} bisa survei gratis.",
    "Ulasan pelanggan {k} {C}: pelayanan {k} sangat memuaskan dan {k} tepat waktu.",
)


def keyword_stuffed_lines(rng: random.Random) -> tuple[str, list[str]]:
    k = rng.choice(SERVICES)
    city = rng.choice(CITIES)
    title = f"{k.title()} {city} {pick(rng, ('Terpercaya', 'Murah Bergaransi', '24 Jam', 'Terdekat'))}"
    lines = [
        s.format(k=k, K=k[0].upper() + k[1:], C=city, phone=phone(rng))
        for s in rng.sample(STUFFED, rng.randint(6, 9))
    ]
    return title, lines


def link_list_lines(rng: random.Random, ctx: Context) -> tuple[str, list[str]]:
    shape = rng.choice(("popular", "tagged", "telegram", "downloads", "archive"))
    _, _, m, y = when(rng)
    if shape == "popular":
        title = pick(rng, ("Berita Terpopuler Hari Ini", "Paling Banyak Dibaca", "Terpopuler Sepekan"))
        return title, [f"{i}. {headline(rng, ctx)}" for i in range(1, rng.randint(12, 20))]
    if shape == "tagged":
        title = f"Kumpulan Berita {ctx.topic} Terbaru"
        return title, [f"- {headline(rng, ctx)}" for _ in range(rng.randint(12, 20))]
    if shape == "telegram":
        what = pick(
            rng, ("Loker", "Info Beasiswa", "Jual Beli HP", "Grup Guru", "Mabar PUBG", "Kajian Sunnah")
        )
        title = f"Link Grup Telegram {what} Aktif {y}"
        out = []
        for i in range(1, rng.randint(13, 21)):
            code = "".join(
                rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(rng.randint(8, 14))
            )
            out.append(f"{i}) {what} {rng.choice(CITIES)} — t.me/{code}")
        return title, out
    if shape == "downloads":
        grade = rng.randint(1, 12)
        title = f"Download Soal PTS Kelas {grade} Semester {rng.choice((1, 2))} Kurikulum Merdeka"
        subjects = ("Matematika", "IPAS", "Bahasa Indonesia", "PAI", "PKN", "Bahasa Inggris", "SBdP", "PJOK")
        out = []
        for subj in subjects:
            for kind in ("Soal", "Kunci Jawaban"):
                code = "".join(
                    rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(12)
                )
                out.append(f"{kind} {subj} Kelas {grade} — DOWNLOAD: drive.google.com/file/d/{code}")
        return title, out
    title = f"Arsip {MONTHS[m]} {y}"
    dates = sorted(rng.randint(1, 28) for _ in range(rng.randint(13, 20)))
    return title, [f"{dd:02d}/{m + 1:02d}/{y} · {headline(rng, ctx)}" for dd in dates]


POSTCODE_AREAS = ("Kelurahan", "Desa")


def number_page_lines(rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choice(("rates", "prayer", "chili", "water", "toll", "postcodes", "election"))
    y = rng.randint(2021, 2025)
    if kind == "rates":
        title = f"Kurs Jual Beli Valas {rng.randint(1, 28)} {rng.choice(MONTHS)} {y}"
        out = ["Mata Uang | Beli | Jual"]
        for cur in ("USD", "SGD", "EUR", "JPY", "AUD", "GBP", "CNY", "MYR", "SAR", "HKD", "KRW", "THB"):
            buy = rng.randint(100, 20_000) + rng.random()
            out.append(
                f"{cur} | {buy:,.2f} | {buy * 1.01:,.2f}".replace(",", "_")
                .replace(".", ",")
                .replace("_", ".")
            )
        return title, out
    if kind == "prayer":
        city = rng.choice(CITIES)
        title = f"Jadwal Imsak dan Buka Puasa {city} Ramadan {y}"
        out = ["Tanggal | Imsak | Subuh | Zuhur | Asar | Magrib | Isya"]
        start = rng.randint(200, 300)  # imsak, in minutes after midnight, on the first day
        for day in range(1, rng.randint(12, 18)):
            t0 = start - day // 2 + rng.choice((0, 0, 1))
            times = (t0, t0 + 10, t0 + 451 + day % 3, t0 + 670 - day // 4, t0 + 860 + day // 3, t0 + 932)
            cells = " | ".join(f"{t // 60:02d}:{t % 60:02d}" for t in times)
            out.append(f"{day} Ramadan | {cells}")
        return title, out
    if kind == "chili":
        title = f"Harga Pangan di Pasar Tradisional {rng.choice(PROVINCES)} Hari Ini"
        items = (
            ("Cabai rawit", 25_000, 95_000),
            ("Cabai merah keriting", 20_000, 80_000),
            ("Bawang merah", 22_000, 55_000),
            ("Bawang putih", 28_000, 48_000),
            ("Beras medium", 11_500, 14_500),
            ("Beras premium", 13_500, 17_000),
            ("Minyak goreng curah", 14_000, 19_000),
            ("Gula pasir", 14_500, 19_500),
            ("Telur ayam ras", 24_000, 32_000),
            ("Daging ayam ras", 30_000, 42_000),
            ("Daging sapi", 120_000, 150_000),
            ("Kedelai impor", 11_000, 15_000),
            ("Tepung terigu", 10_000, 14_000),
        )
        return title, [
            f"{it}: Rp{num(rng, lo, hi)}/kg" for it, lo, hi in rng.sample(items, rng.randint(10, 13))
        ]
    if kind == "water":
        title = f"Tinggi Muka Air Pintu Air Jakarta Pukul {rng.randint(6, 21):02d}.00 WIB"
        gates = (
            "Katulampa",
            "Depok",
            "Manggarai",
            "Karet",
            "Krukut Hulu",
            "Pesanggrahan",
            "Angke Hulu",
            "Sunter Hulu",
            "Pulo Gadung",
            "Pasar Ikan",
            "Marina Ancol",
            "Cipinang Hulu",
        )
        return title, [f"{g}: {rng.randint(20, 980)} cm (Siaga {rng.randint(1, 4)})" for g in gates]
    if kind == "toll":
        title = f"Tarif Tol {rng.choice(TOLLS)} Terbaru {y}"
        out = []
        for gate in rng.sample(CITIES, rng.randint(8, 12)):
            cells = " | ".join(f"Rp{num(rng, 8_000, 450_000)}" for _ in range(5))
            out.append(f"GT {gate} | {cells}")
        return title, ["Gerbang | Gol I | Gol II | Gol III | Gol IV | Gol V", *out]
    if kind == "postcodes":
        city = rng.choice(CITIES)
        title = f"Kode Pos Kecamatan dan Kelurahan di {city}"
        out = []
        for _ in range(rng.randint(16, 24)):
            area = rng.choice(POSTCODE_AREAS)
            out.append(f"{area} {rng.choice(CITIES)} {rng.randint(1, 9)}: {rng.randint(10110, 99999)}")
        return title, out
    title = f"Hasil Rekapitulasi Suara Per Kecamatan Pilkada {y}"
    out = ["Kecamatan | Paslon 1 | Paslon 2 | Paslon 3 | Suara Sah"]
    for c in rng.sample(CITIES, rng.randint(10, 15)):
        a, b, e = rng.randint(800, 30_000), rng.randint(800, 30_000), rng.randint(300, 9000)
        out.append(
            f"{c} | {num(rng, a, a)} | {num(rng, b, b)} | {num(rng, e, e)} | {num(rng, a + b + e, a + b + e)}"
        )
    return title, out


def short_article_chrome(rng: random.Random, site: Site, ctx: Context) -> list[tuple[str, str]]:
    """Plenty of chrome around an article that is too short: (subkind, text) pairs, the first half
    above the article and the second half below it."""
    n = rng.randint(3, 5)
    head = rng.sample(
        ("breadcrumb", "category_label", "dateline", "byline", "share", "views", "cookie", "ads"), n
    )
    tail = rng.sample(
        ("tags", "follow", "comments", "copyright", "read_also", "share", "page_nav", "views"), n
    )
    return [(kind, boilerplate(rng, kind, site, ctx)) for kind in head + tail]
