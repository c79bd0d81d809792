"""Inventory B: a second noise inventory for the evaluation set, written separately from inventory A
(`evaluation/noise.py`) and from Saring's rules, so that the figures on it say how far the rules
generalise beyond the instances they were tuned on.

Only the interface is shared with inventory A: the same functions with the same signatures and
return shapes, the same constants the generator reads (`SITES`, `BRANDS`) and the `Site` record.
Every string list here was written from how other Indonesian pages look: Tempo, ANTARA, Republika,
Suara.com, IDN Times, VIVA, SINDOnews, Merdeka.com, JPNN, a WordPress news portal, Medium, a
Blogspot blog, a forum, a marketplace blog and SEO sites. Generators randomise case, spacing,
numbers and names.

Categories follow DESIGN.md: boilerplate, duplicate_heading, table_of_contents, keyword_stuffing,
injected_spam, placeholder; each unit also has a `subkind`, named as in inventory A.

Two hooks inventory A does not have (the generator falls back to its own text without them):
`scroll_prompt` (the line after an ad slot) and `attribution_follow_up` (a second line after an
unfinished attribution).
"""

from __future__ import annotations

import random

from evaluation.noise import Site
from evaluation.sources import CITIES, DAYS, MONTHS, PROVINCES, Context, new_context, num

MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
ZONES = ("WIB", "WIB", "WIB", "WIB", "WITA", "WITA", "WIT")

FIRST_NAMES = (
    "Rizky",
    "Dewi",
    "Agus",
    "Fitriani",
    "Yoga",
    "Nurul",
    "Bayu",
    "Intan",
    "Hendra",
    "Sekar",
    "Fajar",
    "Ayu",
    "Galih",
    "Rahmat",
    "Wulan",
    "Dimas",
    "Citra",
    "Arief",
    "Lestari",
    "Teguh",
    "Anisa",
    "Ilham",
    "Putu",
    "Yohanes",
    "Maria",
    "Samuel",
    "Hafiz",
    "Rosa",
    "Ketut",
    "Benny",
    "Nadia",
    "Fikri",
    "Laras",
    "Syahrul",
    "Meiliana",
    "Gilang",
    "Tiara",
    "Oktaviani",
    "Reza",
    "Muhammad",
)
LAST_NAMES = (
    "Pratama",
    "Saputra",
    "Hidayat",
    "Wibowo",
    "Nugroho",
    "Sembiring",
    "Siregar",
    "Lubis",
    "Manurung",
    "Kusuma",
    "Rahmawati",
    "Setiawan",
    "Purnomo",
    "Harahap",
    "Simatupang",
    "Tanjung",
    "Situmorang",
    "Permana",
    "Anggraini",
    "Mahendra",
    "Ramadhan",
    "Firmansyah",
    "Hutapea",
    "Tambunan",
    "Wicaksono",
    "Utami",
    "Astuti",
    "Kurniawan",
    "Pangaribuan",
    "Daulay",
    "Sinaga",
    "Fauzi",
)
HANDLE_WORDS = ("info", "kabar", "warga", "official", "id", "viral", "update", "story", "daily", "jkt")


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(options)


def vary_case(rng: random.Random, text: str) -> str:
    """One label as different themes print it: as written (most), UPPER, lower or Title Case."""
    r = rng.random()
    if r < 0.6:
        return text
    if r < 0.8:
        return text.upper()
    if r < 0.9:
        return text.lower()
    return text.title()


def label(
    rng: random.Random,
    word: str,
    separators: tuple[str, ...] = (": ", ": ", " : ", ":", " | ", " » ", " — ", " "),
) -> str:
    """`Simak Juga` + a separator, in a random case: `SIMAK JUGA |`, `simak juga:`, `Simak Juga »`."""
    return vary_case(rng, word) + rng.choice(separators)


def name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def handle(rng: random.Random, who: str | None = None) -> str:
    base = (who or name(rng)).split()[0].lower()
    return rng.choice(
        (
            f"{base}{rng.choice(HANDLE_WORDS)}",
            f"{base}.{rng.choice(HANDLE_WORDS)}",
            f"{base}_{rng.randint(1, 99)}",
            f"{rng.choice(HANDLE_WORDS)}{rng.choice(CITIES).lower()}",
        )
    )


def initials(rng: random.Random, n: int | None = None) -> str:
    letters = "abdefghiklmnprstuwyz"
    return "".join(rng.choice(letters) for _ in range(n or rng.choice((2, 3, 3, 4))))


# --------------------------------------------------------------------------------------------------
# Sites

NEWS_CHROME = {
    "breadcrumb": 0.5,
    "category_label": 0.6,
    "close": 0.12,
    "views": 0.35,
    "share": 0.65,
    "dateline": 0.75,
    "cookie": 0.1,
    "byline": 0.85,
    "photo": 0.55,
    "ads": 0.5,
    "read_also": 0.75,
    "media_marker": 0.3,
    "tags": 0.6,
    "follow": 0.45,
    "comments": 0.25,
    "copyright": 0.3,
    "page_nav": 0.2,
}
BLOG_CHROME = {
    "breadcrumb": 0.35,
    "category_label": 0.45,
    "close": 0.05,
    "views": 0.45,
    "share": 0.6,
    "dateline": 0.6,
    "cookie": 0.15,
    "byline": 0.6,
    "photo": 0.3,
    "ads": 0.3,
    "read_also": 0.5,
    "media_marker": 0.12,
    "tags": 0.55,
    "follow": 0.5,
    "comments": 0.6,
    "copyright": 0.5,
    "page_nav": 0.4,
}
SEO_CHROME = {
    "breadcrumb": 0.65,
    "category_label": 0.3,
    "close": 0.1,
    "views": 0.3,
    "share": 0.55,
    "dateline": 0.45,
    "cookie": 0.2,
    "byline": 0.35,
    "photo": 0.2,
    "ads": 0.6,
    "read_also": 0.65,
    "media_marker": 0.05,
    "tags": 0.4,
    "follow": 0.3,
    "comments": 0.4,
    "copyright": 0.45,
    "page_nav": 0.45,
}


def _chrome(base: dict[str, float], **overrides: float) -> dict[str, float]:
    return {**base, **overrides}


SITES: tuple[Site, ...] = (
    Site(
        "tempo",
        "tempo.co",
        "Tempo.co",
        ("Nasional", "Bisnis", "Metro", "Dunia", "Sains", "Otomotif", "Bola", "Gaya"),
        "news",
        "TEMPO.CO, {C}",
        False,
        _chrome(NEWS_CHROME, media_marker=0.2, comments=0.1),
    ),
    Site(
        "antaranews",
        "antaranews.com",
        "ANTARA News",
        ("Politik", "Hukum", "Ekonomi", "Metro", "Olahraga", "Humaniora", "Dunia", "Lifestyle"),
        "news",
        "{C} (ANTARA)",
        True,
        _chrome(NEWS_CHROME, photo=0.75, copyright=0.6),
    ),
    Site(
        "republika",
        "republika.co.id",
        "Republika",
        ("Khazanah", "Ekonomi", "News", "Leisure", "Sepakbola", "Internasional", "Nasional"),
        "news",
        "REPUBLIKA.CO.ID, {CU}",
        False,
        _chrome(NEWS_CHROME, follow=0.6),
    ),
    Site(
        "suara",
        "suara.com",
        "Suara.com",
        ("News", "Bisnis", "Bola", "Lifestyle", "Entertainment", "Otomotif", "Tekno", "Health"),
        "news",
        "Suara.com",
        True,
        _chrome(NEWS_CHROME, ads=0.7, read_also=0.85),
    ),
    Site(
        "idntimes",
        "idntimes.com",
        "IDN Times",
        ("News", "Business", "Life", "Hype", "Sport", "Tech", "Travel", "Food"),
        "news",
        "{C}, IDN Times",
        False,
        _chrome(NEWS_CHROME, views=0.5, photo=0.7),
    ),
    Site(
        "viva",
        "viva.co.id",
        "VIVA.co.id",
        ("Berita", "Bisnis", "Digital", "Otomotif", "Showbiz", "Sport", "Gaya Hidup", "Militer"),
        "news",
        "VIVA",
        False,
        _chrome(NEWS_CHROME, page_nav=0.55, ads=0.65),
    ),
    Site(
        "sindonews",
        "sindonews.com",
        "SINDOnews",
        ("Nasional", "Metro", "Ekbis", "Daerah", "Sports", "Edukasi", "Tekno"),
        "news",
        "{CU}",
        True,
        _chrome(NEWS_CHROME),
    ),
    Site(
        "merdeka",
        "merdeka.com",
        "Merdeka.com",
        ("Peristiwa", "Politik", "Uang", "Jakarta", "Dunia", "Sehat", "Trending"),
        "news",
        "Merdeka.com",
        True,
        _chrome(NEWS_CHROME, media_marker=0.45),
    ),
    Site(
        "jpnn",
        "jpnn.com",
        "JPNN.com",
        ("Politik", "Ekonomi", "Humaniora", "Hukum", "Olahraga", "Nusantara", "Teknologi"),
        "news",
        "jpnn.com, {CU}",
        True,
        _chrome(NEWS_CHROME, byline=0.9, comments=0.4),
    ),
    Site(
        "portalwarta",
        "portalwarta.id",
        "PortalWarta",
        ("Daerah", "Peristiwa", "Gaya Hidup", "Ragam", "Pendidikan"),
        "news",
        "PortalWarta.id, {C}",
        False,
        _chrome(NEWS_CHROME, cookie=0.3, copyright=0.6, comments=0.5),
    ),
    Site(
        "medium",
        "medium.com",
        "Medium",
        ("Teknologi", "Produktivitas", "Catatan", "Opini", "Desain"),
        "blog",
        None,
        False,
        _chrome(BLOG_CHROME, views=0.7, follow=0.75, comments=0.3, breadcrumb=0.0),
    ),
    Site(
        "kabarkampung",
        "kabarkampung.blogspot.com",
        "Kabar Kampung",
        ("Cerita", "Kuliner", "Wisata", "Tips", "Serba-serbi"),
        "blog",
        None,
        False,
        _chrome(BLOG_CHROME, page_nav=0.6, comments=0.7),
    ),
    Site(
        "forumwarga",
        "forum.diskusiwarga.net",
        "Forum Diskusi Warga",
        ("The Lounge", "Berita dan Politik", "Hobi", "Kesehatan", "Otomotif"),
        "blog",
        None,
        False,
        _chrome(BLOG_CHROME, views=0.8, comments=0.8, page_nav=0.7, breadcrumb=0.7),
    ),
    Site(
        "belanjaku",
        "blog.belanjaku.co.id",
        "Blog Belanjaku",
        ("Tips Belanja", "Gaya Hidup", "Promo", "Rumah Tangga"),
        "blog",
        None,
        False,
        _chrome(BLOG_CHROME, ads=0.55, follow=0.7, cookie=0.4),
    ),
    Site(
        "infoterbaru",
        "infoterbaru.my.id",
        "InfoTerbaru",
        ("Info", "Tips", "Pendidikan", "Teknologi", "Berita"),
        "seo",
        None,
        False,
        _chrome(SEO_CHROME),
    ),
    Site(
        "caraku",
        "caraku.web.id",
        "Caraku",
        ("Tutorial", "Pendidikan", "Keuangan", "Kesehatan"),
        "seo",
        None,
        False,
        _chrome(SEO_CHROME, read_also=0.8, tags=0.55),
    ),
)


def site_by_key(key: str) -> Site:
    return next(s for s in SITES if s.key == key)


# --------------------------------------------------------------------------------------------------
# Boilerplate

RELATED_HEADLINES = (
    "{T} di {P} Jadi Sorotan, Begini Tanggapan Warga",
    "Pemkot {C} Siapkan Anggaran Rp{n} Miliar untuk {T}",
    "{n} Fakta Menarik soal {T} yang Jarang Diketahui",
    "Viral! Warga {C} Keluhkan {T}, Pemda Buka Suara",
    "Prakiraan Cuaca {C} Hari {D}: Hujan Ringan pada Sore Hari",
    "Harga Emas Hari Ini Turun Rp{n} Ribu per Gram",
    "Jadwal KRL Akhir Pekan Berubah, Cek Jam Keberangkatannya",
    "Profil {name}, {role} yang Kini Jadi Perbincangan",
    "Kronologi Kecelakaan Beruntun di Ruas Tol {C}",
    "Daftar Pemenang Lomba {T} Tingkat Provinsi {P}",
    "Peringatan Dini Cuaca Ekstrem untuk Wilayah {P} Sepekan ke Depan",
    "Begini Cara Daftar Program {T} Secara Online",
    "{G} Diminta Waspada Penipuan Berkedok {T}",
    "Menteri Sebut {T} Masuk Prioritas Tahun {Y}",
    "Resep {food} Rumahan yang Gampang Dibuat",
    "Terungkap, Ini Penyebab Masalah {T} di {P} Belum Tuntas",
    "Polisi Amankan {n} Orang dalam Razia di {C}",
    "Timnas Indonesia Menang Tipis, Pelatih Puji Mental Pemain",
    "Lowongan Kerja BUMN Dibuka hingga Akhir Bulan, Ini Syaratnya",
    "DPRD {P} Soroti Lambannya Penanganan {T}",
    "Sidang Lanjutan Kasus Korupsi Dana Desa Digelar {D} Ini",
    "Ratusan {G} Ikuti Pelatihan {T} di {C}",
    "Kenapa {T} Makin Diminati? Ini Kata Pengamat",
    "Tarif Parkir di {C} Naik Mulai Bulan Depan",
    "{name} Raih Penghargaan Berkat Inovasi {T}",
    "Bupati Resmikan Pasar Baru, Pedagang Diminta Tertib",
)
FOODS = ("Soto Betawi", "Nasi Uduk", "Pempek", "Ayam Taliwang", "Gudeg", "Es Pisang Ijo", "Coto Makassar")
ROLES_B = (
    "aktivis lingkungan",
    "pengusaha muda",
    "atlet bulu tangkis",
    "kepala desa",
    "guru honorer",
    "dokter puskesmas",
    "kreator konten",
    "pelatih sepak bola",
)

READ_ALSO_WORDS = (
    "Simak Juga",
    "Lihat Juga",
    "Artikel Terkait",
    "Berita Terkait",
    "Jangan Lewatkan",
    "Pilihan Editor",
    "Cek Juga",
    "Baca juga",
    "Baca Lainnya",
    "Artikel Lainnya",
    "Rekomendasi Untukmu",
    "Kamu Mungkin Suka",
    "Tonton Juga",
    "Berita Pilihan",
    "Pos Terkait",
    "Terkait",
    "Baca Berita Lainnya",
    "Sempatkan Baca",
    "Jangan Sampai Ketinggalan",
    "Bacaan Menarik",
    "Related Post",
    "Artikel Menarik Lainnya",
    "Baca Artikel Berikut",
    "Lihat Artikel Ini",
)


def _fill(rng: random.Random, template: str, ctx: Context) -> str:
    return template.format(
        T=ctx.topic,
        t=ctx.topic.lower(),
        P=ctx.place,
        p=ctx.place.lower(),
        G=ctx.group,
        g=ctx.group.lower(),
        Y=ctx.year,
        C=rng.choice(CITIES),
        D=rng.choice(DAYS),
        n=rng.choice((rng.randint(2, 15), rng.randint(16, 95), rng.randint(120, 900))),
        name=name(rng),
        role=rng.choice(ROLES_B),
        food=rng.choice(FOODS),
    )


def headline(rng: random.Random, ctx: Context) -> str:
    source = ctx if rng.random() < 0.5 else new_context(rng)
    return _fill(rng, rng.choice(RELATED_HEADLINES), source)


def read_also(rng: random.Random, ctx: Context) -> str:
    title = headline(rng, ctx)
    word = rng.choice(READ_ALSO_WORDS)
    r = rng.random()
    if r < 0.55:
        return label(rng, word) + title
    if r < 0.68:
        return f"{vary_case(rng, word)} {pick(rng, ('»', '›', '→', '➡️', '>>', '▶'))} {title}"
    if r < 0.76:
        return f"[{vary_case(rng, word)}] {title}"
    if r < 0.88:
        return f"{pick(rng, ('» ', '>> ', '▶ ', '➤ ', '► ', '👉 '))}{title}"
    when = pick(rng, (f"{rng.randint(1, 23)} jam lalu", f"{rng.randint(2, 59)} menit lalu", "kemarin"))
    return f"{label(rng, word)}{title} | {when}"


ADS = (
    "Iklan",
    "- Iklan -",
    "Advertisement",
    "— Advertisement —",
    "Sponsored",
    "Konten Bersponsor",
    "Advertorial",
    "Ads by Google",
    "Iklan oleh Google",
    "Konten Promosi",
    "Artikel berlanjut setelah iklan berikut",
    "Lanjutkan membaca artikel di bawah ini",
    "Gulir ke bawah untuk melanjutkan",
    "Paid Promote",
    "Space Iklan Tersedia",
    "Pasang Iklan di Sini",
    "ADVERTISING",
    "Promoted",
    "Konten ini dipersembahkan oleh {partner}",
    "Didukung oleh {partner}",
    "Iklan ▼",
    "Ad",
    "Iklan Mitra",
    "Hubungi kami untuk pemasangan iklan: iklan@{partner_lc}.id",
)
PARTNERS = (
    "Bank Sejahtera",
    "Telko Nusantara",
    "Sari Roti Jaya",
    "Motor Prima",
    "AsuransiKita",
    "Kopi Rasa Nusa",
)
SCROLL_PROMPTS = (
    "GULIR UNTUK MELANJUTKAN",
    "Scroll untuk melanjutkan membaca",
    "Lanjut baca ↓",
    "SCROLL KE BAWAH UNTUK LANJUT",
    "Scroll down to continue reading",
    "Teruskan membaca di bawah ini",
    "Geser ke bawah untuk membaca berita selengkapnya",
    "▼ Lanjutkan Membaca ▼",
)


def ads(rng: random.Random) -> str:
    partner = rng.choice(PARTNERS)
    text = rng.choice(ADS).format(partner=partner, partner_lc=partner.lower().replace(" ", ""))
    return vary_case(rng, text) if len(text) < 25 else text


def scroll_prompt(rng: random.Random) -> str:
    """The prompt some themes print under an ad slot (inventory A's generator prints a fixed one)."""
    return rng.choice(SCROLL_PROMPTS)


def media_marker(rng: random.Random, site: Site) -> str:
    who = name(rng)
    h = handle(rng, who)
    d, m, y = rng.randint(1, 28), rng.randint(0, 11), rng.randint(2019, 2025)
    code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return pick(
        rng,
        (
            "Lihat postingan ini di Instagram",
            "View this post on Instagram",
            f"Sebuah kiriman dibagikan oleh {who} (@{h})",
            f"A post shared by {who} (@{h})",
            f"— {who} (@{h}) {MONTHS[m]} {d}, {y}",
            f"pic.twitter.com/{code}",
            f"Tonton video selengkapnya di kanal YouTube {site.brand}",
            f"Video: {site.brand}",
            "[Embed Video]",
            "[VIDEO]",
            "Putar Video",
            "Video Pilihan",
            "Simak video berikut ini:",
            "Saksikan videonya di bawah ini",
            "Klik untuk memutar video",
            f"Durasi {rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}",
            f"Postingan TikTok @{h}",
            f"Galeri Foto ({rng.randint(3, 24)} foto)",
            "Infografis",
            f"Dengarkan versi audio artikel ini ({rng.randint(2, 9)} menit)",
            "▶ Putar audio",
            f"Konten X dari @{h}",
            f"[Gambas: Instagram @{h}]",
            f"{site.brand} TV",
        ),
    )


SCENES = (
    "Suasana arus lalu lintas",
    "Warga mengantre bantuan",
    "Petugas memeriksa kendaraan",
    "Pedagang melayani pembeli",
    "Sejumlah pelajar mengikuti upacara",
    "Wisatawan berfoto",
    "Nelayan menurunkan hasil tangkapan",
    "Pekerja menyelesaikan proyek jalan",
)
PHOTO_SOURCES = ("Freepik", "Unsplash", "Pixabay", "Shutterstock", "iStockphoto", "Pexels", "Canva")


def photo(rng: random.Random, site: Site) -> str:
    who = name(rng)
    day, d, m, y = rng.choice(DAYS), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    city = rng.choice(CITIES)
    src = rng.choice(PHOTO_SOURCES)
    r = rng.random()
    if r < 0.2:
        scene = rng.choice(SCENES)
        agency = pick(rng, ("ANTARA FOTO", site.brand, f"{site.brand}/Dok", "Tempo"))
        return f"{scene} di {city}, {day} ({d}/{m}/{y}). {agency}/{who}/{initials(rng, 3)}."
    if r < 0.35:
        return (
            f"Ilustrasi {pick(rng, ('uang', 'ponsel', 'pasar', 'hujan', 'sekolah', 'kantor'))}. ({src}/{who})"
        )
    return pick(
        rng,
        (
            f"(ANTARA FOTO/{who}/{initials(rng, 3)}.)",
            f"Foto oleh {who}",
            f"Dok. {site.brand}/{who}",
            f"{site.brand}/{who}",
            f"Kredit: {who}",
            f"Sumber foto: Instagram @{handle(rng, who)}",
            f"Image by {who} from {src}",
            f"Gambar: {src}/{who}",
            f"Dok. Humas Pemkab {city}",
            f"Foto/Dokumentasi: {who}",
            f"Sumber: {src}",
            "(Dok. Pribadi)",
            f"📷 {who}",
            f"Foto: {who} | {site.brand}",
            f"(Tangkapan layar/{pick(rng, ('YouTube', 'Instagram', 'X', 'TikTok'))})",
        ),
    )


def byline(rng: random.Random, site: Site) -> str:
    a, b = name(rng), name(rng)
    r = rng.random()
    if r < 0.15:
        return f"{label(rng, 'Pewarta', (': ', ' : '))}{a}\n{label(rng, 'Editor', (': ', ' : '))}{b}"
    if r < 0.25:
        return f"Reporter: {a}\nEditor: {b}"
    if r < 0.32:
        return f"Penulis: {a}\nPenyunting: {b}"
    mins = rng.randint(2, 14)
    return pick(
        rng,
        (
            f"Penulis: {a} | Editor: {b}",
            f"Redaktur & Reporter : {a}",
            f"Oleh: {a}",
            f"Ditulis oleh {a}",
            f"Kontributor {rng.choice(CITIES)}, {a}",
            f"{a} - {site.brand}",
            f"Diposting oleh {a} pada {date_text(rng)}",
            f"Posted by {a}",
            f"by {a} · {mins} min read",
            f"{a} · Follow · {mins} min read",
            f"Laporan: {a} | Editor: {b}",
            f"Penerjemah: {a}",
            f"Tim Redaksi {site.brand}",
            f"Editor: {b}",
            f"Ditulis oleh: {a} · Diperbarui {date_text(rng)}",
            f"Author: {handle(rng, a)}",
            f"{a}, Jurnalis {site.brand}",
            f"Dikirim oleh {handle(rng, a)} » {rng.randint(1, 11)} bulan yang lalu",
        ),
    )


def date_text(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(0, 11), rng.randint(2019, 2025)
    return pick(rng, (f"{d} {MONTHS[m]} {y}", f"{d} {MONTHS_SHORT[m]} {y}", f"{d:02d}/{m + 1:02d}/{y}"))


def dateline(rng: random.Random) -> str:
    day, d, y = rng.choice(DAYS), rng.randint(1, 28), rng.randint(2019, 2025)
    m, hh, mm = rng.randint(0, 11), rng.randint(0, 23), rng.randint(0, 59)
    zone = rng.choice(ZONES)
    full, short = MONTHS[m], MONTHS_SHORT[m]
    r = rng.random()
    if r < 0.06:
        d2 = min(28, d + rng.randint(0, 3))
        return f"Dibuat: {d} {full} {y}\nDiperbarui: {d2} {full} {y}, {hh:02d}.{mm:02d} {zone}"
    return pick(
        rng,
        (
            f"{day}, {d} {full} {y} {hh:02d}:{mm:02d} {zone}",
            f"{day} {d:02d} {short} {y} {hh:02d}:{mm:02d} {zone}",
            f"{d} {short} {y}, {hh:02d}:{mm:02d} {zone}",
            f"{day}, {d:02d}/{m + 1:02d}/{y} - {hh:02d}:{mm:02d}",
            f"Diterbitkan {d} {full} {y}",
            f"Diperbarui: {day}, {d} {short} {y} | {hh}.{mm:02d} {zone}",
            f"Dipublikasikan {rng.randint(1, 23)} jam yang lalu",
            f"{rng.randint(2, 59)} menit lalu",
            f"Posted on {full} {d}, {y}",
            f"Terbit: {d:02d}-{m + 1:02d}-{y}",
            f"Last Updated: {d} {full} {y}",
            f"{day}, {d} {full} {y} - {hh:02d}.{mm:02d}",
            f"{y}-{m + 1:02d}-{d:02d} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
            f"{d} {full.lower()} {y} pukul {hh:02d}.{mm:02d}",
            f"Tayang: {day} {d} {short} {y}",
        ),
    )


TAG_EXTRAS = (
    "berita terkini",
    "viral",
    "trending",
    "nasional",
    "info terbaru",
    "daerah",
    "peristiwa",
    "kebijakan",
)


def tags(rng: random.Random, ctx: Context) -> str:
    words = [ctx.topic.lower(), ctx.place.lower(), ctx.group.lower(), *rng.sample(TAG_EXTRAS, 3)]
    words = list(dict.fromkeys(words))
    rng.shuffle(words)
    words = words[: rng.randint(3, len(words))]
    if rng.random() < 0.3:
        words = [w.title() for w in words]
    word = pick(
        rng, ("Topik", "Tag", "Kata Kunci", "Label", "Tagar", "Topik Terkait", "Tagged", "Topik Pilihan")
    )
    r = rng.random()
    if r < 0.2:
        return " ".join("#" + w.replace(" ", "").replace("-", "") for w in words)
    if r < 0.35:
        return "\n".join([vary_case(rng, word), *words])
    joiner = pick(rng, (", ", " · ", " | ", " / ", ", "))
    return f"{label(rng, word, (': ', ' : ', ':'))}{joiner.join(words)}"


def copyright_line(rng: random.Random, site: Site) -> str:
    y = rng.randint(2016, 2025)
    theme = pick(rng, ("JNews", "Newspaper", "Sahifa", "GeneratePress", "Astra", "Median UI"))
    return pick(
        rng,
        (
            f"© {y} {site.brand}. Hak cipta dilindungi undang-undang.",
            f"Hak Cipta © {y} {site.brand}",
            f"Copyright © {y - rng.randint(1, 6)}-{y} {site.domain} | All Right Reserved",
            f"{site.brand} © {y} · Powered by Blogger",
            f"© {y} {site.brand} — Theme by {theme}",
            "Dilarang mengutip, menyalin, atau menayangkan ulang isi artikel ini tanpa izin tertulis "
            "redaksi.",
            f"Artikel ini pertama kali terbit di {site.brand}.",
            f"(c) {y} {site.brand}. Seluruh hak cipta dilindungi.",
            f"Konten milik {site.brand}. Dilarang menyalin tanpa izin.",
            f"Copyright {y} {site.brand} • Kebijakan Privasi • Pedoman Siber",
            f"{site.domain} © {y}",
        ),
    )


def comments(rng: random.Random) -> str:
    n = rng.randint(0, 400)
    return pick(
        rng,
        (
            f"{n} Komentar",
            f"Komentar ({n})",
            f"Lihat Semua Komentar ({n})",
            "Berikan Komentar Anda",
            "Jadilah yang pertama berkomentar!",
            "Posting Komentar",
            f"{n} komentar:",
            "Tulis Tanggapan Anda\nNama\nEmail\nKirim",
            "Komentar Anda akan tampil setelah disetujui moderator.",
            "Masuk untuk meninggalkan komentar",
            f"Tampilkan {n} balasan lainnya",
            "Login dengan Google untuk berkomentar",
            "Berkomentarlah dengan bijak, komentar bernada SARA akan dihapus.",
            f"Diskusi ({n})",
            "Muat Lebih Banyak Komentar",
            "Beri Tanggapan\nBatalkan balasan",
            "Urutkan: Terbaru | Terlama | Terpopuler",
            f"{n} Balasan",
            f"💬 {n}",
        ),
    )


def follow(rng: random.Random, site: Site) -> str:
    h = site.brand.lower().replace(" ", "").replace(".", "")
    return pick(
        rng,
        (
            f"Ikuti {site.brand} di Google News",
            f"Follow Instagram @{h} untuk info terbaru",
            f"Gabung saluran WhatsApp {site.brand}: klik di sini",
            f"Dapatkan notifikasi berita terkini dari {site.brand} langsung di ponsel Anda.",
            f"Unduh aplikasi {site.brand} di Google Play dan App Store",
            f"Subscribe kanal YouTube {site.brand}",
            "Berlangganan Newsletter\nMasukkan alamat email Anda\nDaftar",
            "Jangan lupa follow, like, dan share artikel ini ya!",
            f"Pantau terus perkembangan berita lainnya hanya di {site.domain}",
            f"Simak berita dan artikel menarik lainnya di kanal Telegram @{h}",
            "Klik tombol Ikuti agar tidak ketinggalan artikel terbaru.",
            f"Follow {site.brand}:\nFacebook\nInstagram\nTikTok\nX",
            "Suka dengan tulisan ini? Dukung penulis lewat Trakteer atau Saweria.",
            "Daftarkan email Anda untuk menerima ringkasan berita setiap pagi.",
            f"Yuk, ikuti akun media sosial {site.brand} biar makin update!",
        ),
    )


SHARE_NETS = ("Facebook", "X", "WhatsApp", "Telegram", "Line", "Threads", "Email", "Messenger", "Reddit")
SHARE_SHORT = ("FB", "WA", "TW", "TG", "IG", "LINE")


def share(rng: random.Random) -> str:
    nets = list(SHARE_SHORT if rng.random() < 0.25 else SHARE_NETS)
    rng.shuffle(nets)
    nets = nets[: rng.randint(3, min(6, len(nets)))]
    if rng.random() < 0.3:
        nets.append(pick(rng, ("Salin Tautan", "Copy Link", "Salin Link")))
    n = rng.randint(2, 3_500)
    r = rng.random()
    if r < 0.45:
        word = pick(rng, ("Bagikan", "Share", "Sebarkan ke", "Bagikan via", "Share ke", "Bagikan di"))
        return label(rng, word, (": ", " : ", " ")) + pick(rng, (" | ", " ", ", ", " · ")).join(nets)
    if r < 0.6:
        return " ".join(nets)
    return pick(
        rng,
        (
            "Bagikan artikel ini ke teman Anda",
            f"{num(rng, 2, 9_999)} Shares",
            f"Dibagikan {n} kali",
            "Salin tautan",
            "Tautan berhasil disalin!",
            f"Kirim via {rng.choice(SHARE_NETS)}",
            "Share ↗",
            f"{n} kali dibagikan",
        ),
    )


def views(rng: random.Random) -> str:
    n = num(rng, 5, 250_000)
    k = f"{rng.randint(1, 99)},{rng.randint(1, 9)}"
    m = rng.randint(2, 15)
    return pick(
        rng,
        (
            f"{n} views",
            f"{n} kali dilihat",
            f"Dilihat: {n}",
            f"👁 {n}",
            f"{k}K views",
            f"{k} rb tayangan",
            f"Sudah dibaca {n}x",
            f"{n} pembaca",
            f"Views: {n}",
            f"Waktu baca {m} menit",
            f"⏱ {m} menit baca",
            f"{m} min read",
            f"Pembaca: {n}",
            f"Artikel ini telah dilihat {n} kali",
        ),
    )


CLOSE = (
    "⨯",
    "✗",
    "❌",
    "x",
    "TUTUP",
    "Tutup [x]",
    "✕ Tutup",
    "Lewati Iklan",
    "Skip Ad",
    "Sembunyikan",
    "Close Ads",
)


def close(rng: random.Random) -> str:
    return pick(rng, CLOSE)


def category_label(rng: random.Random, site: Site) -> str:
    text = vary_case(rng, rng.choice(site.labels))
    r = rng.random()
    if r < 0.1:
        return f"Rubrik: {text}"
    if r < 0.18:
        return f"Kanal {text}"
    return text


def cookie(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
            "Kebijakan Privasi kami. Oke",
            "Situs ini memakai cookie. Pelajari selengkapnya\nSetuju",
            "Aktifkan notifikasi untuk mendapat berita terbaru?\nNanti Saja\nIzinkan",
            "This website uses cookies to ensure you get the best experience on our website. Got it!",
            "Kami dan mitra kami menyimpan informasi di perangkat Anda.\nTerima Semua\nKelola Preferensi",
            "Anda terdeteksi menggunakan AdBlock. Mohon nonaktifkan untuk mendukung kami.",
            "Dengan mengakses situs ini, Anda setuju dengan Syarat & Ketentuan serta Kebijakan Privasi.",
            "Kami peduli privasi Anda. Atur preferensi cookie",
            "Izinkan situs ini mengirim notifikasi? Blokir | Izinkan",
        ),
    )


def breadcrumb(rng: random.Random, site: Site, ctx: Context) -> str:
    first = pick(rng, ("Beranda", "Home", "Depan", "🏠 Home", "Halaman Utama", "Beranda", "Home"))
    parts = [first, rng.choice(site.labels)]
    r = rng.random()
    if r < 0.3:
        parts.append(ctx.place)
    elif r < 0.5:
        parts.append(ctx.topic)
    elif r < 0.6:
        parts.append(pick(rng, ("Artikel", "Berita", "Post", "Thread")))
    sep = pick(rng, (" › ", " / ", " » ", " > ", " ≫ ", " → ", " ‣ ", " | "))
    return sep.join(parts)


def page_nav(rng: random.Random) -> str:
    k = rng.randint(2, 9)
    i = rng.randint(1, k - 1)
    return pick(
        rng,
        (
            "« Sebelumnya " + " ".join(str(j) for j in range(1, min(k, 5) + 1)) + " Berikutnya »",
            "Halaman: " + " ".join(str(j) for j in range(1, min(k, 4) + 1)) + " Selanjutnya",
            f"Halaman {i} dari {k}",
            "Posting Lebih Baru\nPosting Lama\nBeranda",
            "← Artikel Sebelumnya\nArtikel Selanjutnya →",
            "Next Post »",
            "« Prev Post",
            "Muat Lebih Banyak",
            "Tampilkan Semua Halaman",
            f"Lanjut ke halaman {i + 1}",
            "Older Posts\nNewer Posts",
            "Halaman Selanjutnya ›",
            f"Hal. {i}/{k}",
        ),
    )


def end_code(rng: random.Random) -> str:
    a, b = initials(rng), initials(rng)
    r = rng.random()
    if r < 0.2:
        return f"({initials(rng, 3)}{rng.randint(1, 30)}/jpnn)"
    if r < 0.35:
        return f"[{initials(rng, 3)}]"
    if r < 0.5:
        return f"({initials(rng, 3)})"
    if r < 0.6:
        return f"({a}/{b}/{initials(rng, 2)})"
    return pick(
        rng, ("(*)", "(**)", "(Antara)", "(ANTARA)", f"({a}/ant)", "***", "(red)", "(adv)", "(ant/Suara.com)")
    )


def dateline_prefix(rng: random.Random, site: Site) -> str:
    assert site.dateline_prefix is not None
    city = rng.choice(CITIES)
    return site.dateline_prefix.format(C=city, CU=city.upper())


BOILERPLATE_MAKERS = {
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
# Where on the page each kind of chrome stands (the generator's placement).
HEAD_KINDS = ("breadcrumb", "category_label", "close", "views", "share", "dateline", "cookie")
AFTER_TITLE_KINDS = ("byline", "dateline", "share", "photo", "ads", "views")
BODY_KINDS = ("read_also", "ads", "media_marker", "photo", "read_also")
TAIL_KINDS = ("tags", "byline", "follow", "share", "comments", "copyright", "views", "page_nav", "read_also")


def boilerplate(rng: random.Random, kind: str, site: Site, ctx: Context) -> str:
    return BOILERPLATE_MAKERS[kind](rng, site, ctx)


# --------------------------------------------------------------------------------------------------
# Tables of contents

TOC_LABELS = (
    "Isi Artikel",
    "Navigasi Artikel",
    "Yang Akan Dibahas",
    "Poin Penting dalam Artikel Ini",
    "Pembahasan",
    "Ringkasan Isi",
    "Lompat ke:",
    "Konten [tampilkan]",
    "Daftar Isi [Sembunyikan]",
    "Daftar isi ▾",
    "Isi Halaman",
    "Apa Saja yang Dibahas?",
    "Topik Bahasan",
    "Baca cepat:",
    "Contents",
    "Navigasi Cepat",
    "Dalam artikel ini:",
    "Sub Bahasan",
    "Outline Artikel",
    "📑 Daftar Isi Konten",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
KEYCAPS = ("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣")


def toc_items(rng: random.Random, headings: list[str]) -> tuple[str | None, list[str], str]:
    """(label or None, items, marker style) for a table of contents mirroring `headings`: each item
    is a marker followed by its heading. Styles starting with `numbered` are ordered lists."""
    label_text = vary_case(rng, rng.choice(TOC_LABELS)) if rng.random() < 0.7 else None
    style = rng.choice(
        (
            "bullet",
            "numbered",
            "numbered_paren",
            "numbered_bare",
            "numbered_roman",
            "numbered_letter",
            "numbered_keycap",
            "arrow",
            "check",
            "dash",
            "plain",
        )
    )
    if style == "numbered_keycap" and len(headings) > len(KEYCAPS):
        style = "numbered"
    bullet = {
        "bullet": pick(rng, ("• ", "◦ ", "▪ ", "● ", "■ ")),
        "arrow": pick(rng, ("» ", "› ", "→ ", "➤ ", "▸ ")),
        "check": pick(rng, ("✅ ", "✔ ", "☑ ")),
        "dash": pick(rng, ("– ", "— ", "~ ")),
        "plain": "",
    }
    lower = rng.random() < 0.5
    items = []
    for i, h in enumerate(headings):
        if style == "numbered":
            marker = f"{i + 1}. "
        elif style == "numbered_paren":
            marker = pick(rng, (f"{i + 1}) ",)) if rng.random() < 0.8 else f"({i + 1}) "
        elif style == "numbered_bare":
            marker = f"{i + 1} "
        elif style == "numbered_roman":
            marker = f"{ROMAN[i % len(ROMAN)]}. "
        elif style == "numbered_letter":
            letter = "abcdefghijkl"[i % 12]
            marker = f"{letter if lower else letter.upper()}. "
        elif style == "numbered_keycap":
            marker = f"{KEYCAPS[i]} "
        else:
            marker = bullet[style]
        items.append(marker + h)
    return label_text, items, style


# --------------------------------------------------------------------------------------------------
# SEO keywords (a search query glued to a heading or to the first paragraph)

SEO_QUERY_TEMPLATES = (
    "{t} adalah",
    "pengertian {t} menurut para ahli",
    "{t} {p} terbaru {Y}",
    "contoh {t} pdf",
    "makalah {t} doc",
    "dampak {t} bagi {g} brainly",
    "jelaskan yang dimaksud dengan {t}",
    "sebutkan {n} manfaat {t}",
    "tuliskan dampak positif dan negatif {t}",
    "{t} kelas 8 kurikulum merdeka",
    "soal {t} dan jawabannya",
    "kenapa {t} penting bagi {g}",
    "bagaimana cara mengatasi {t} di {p}",
    "berita {t} {p} hari ini",
    "{t} terdekat dari lokasi saya",
    "kesimpulan {t} singkat",
    "latar belakang {t}",
    "{t} ppt",
    "ciri ciri {t} dan contohnya",
    "{t} wikipedia bahasa indonesia",
    "info {t} {Y} terlengkap",
    "rangkuman materi {t}",
    "{t} menurut kbbi",
    "jurnal {t} {Y} pdf",
)


def seo_keyword(rng: random.Random, ctx: Context, templates: tuple[str, ...]) -> str:
    """A search query about the document's topic. Inventory B uses its own query shapes
    (`SEO_QUERY_TEMPLATES`) and ignores the shared `templates`, which inventory A draws from."""
    del templates
    return rng.choice(SEO_QUERY_TEMPLATES).format(
        t=ctx.topic.lower(),
        p=ctx.place.lower() if rng.random() < 0.7 else ctx.place,
        g=ctx.group.lower(),
        Y=ctx.year,
        n=rng.choice((3, 4, 5, 6, 10)),
    )


# --------------------------------------------------------------------------------------------------
# Injected spam

BRANDS = (
    "Garuda303",
    "NAGA138",
    "Hoki368",
    "Sultan189",
    "Kijang777",
    "Jagoan138",
    "Lumbung4D",
    "Macan88",
    "RatuSpin",
    "CuanBet88",
    "DewaCuan",
    "KoinEmas77",
    "Bintang5000",
    "Saudagar4D",
    "Warung178",
    "Kapten69",
    "AsiaJitu",
    "Petir99",
    "Barong88",
    "Pesona777",
    "TigerJaya",
    "HiuBiru99",
    "NusantaraBet",
    "KerajaanSpin",
)
MARKETS = (
    "hongkong pools",
    "singapore pools",
    "sydney pools",
    "toto macau",
    "macau 4d",
    "cambodia",
    "taiwan",
    "japan",
    "bullseye",
    "pcso",
    "totowuhan",
    "oregon",
    "kentucky",
    "carolina day",
    "magnum 4d",
    "toto madrid",
    "hk siang",
    "hk malam",
    "sgp45",
    "sdy lotto",
)
GAMES = (
    "mahjong ways 2",
    "gates of olympus",
    "sweet bonanza",
    "starlight princess",
    "zeus x1000",
    "wild west gold",
    "aztec gems",
    "lucky neko",
)
GAMBLING_PHRASES = (
    "rtp live hari ini",
    "bocoran rtp {b}",
    "pola {g} malam ini",
    "link alternatif {b}",
    "daftar {b}",
    "slot depo 5k",
    "slot deposit pulsa tanpa potongan",
    "slot dana 10rb",
    "scatter hitam {g}",
    "maxwin x500",
    "akun pro thailand",
    "slot server kamboja",
    "judi bola parlay",
    "agen bola terpercaya",
    "mix parlay malam ini",
    "live casino baccarat",
    "roulette online uang asli",
    "poker idn",
    "domino qq online",
    "bandarq online",
    "sabung ayam online",
    "tembak ikan online",
    "angka main {m} hari ini",
    "prediksi {m} jitu",
    "result {m} tercepat",
    "data keluaran {m} lengkap",
    "paito warna {m}",
    "bbfs 6 digit",
    "colok bebas {m}",
    "live draw {m}",
    "syair {m} hari ini",
    "bocoran angka jitu {m}",
    "kode alam togel",
    "buku mimpi 2d bergambar",
    "erek erek 3d",
    "toto 4d resmi",
    "bandar togel online terpercaya",
    "wd berapapun dibayar",
    "bonus new member 100",
    "freebet tanpa deposit",
    "anti rungkad",
    "jam hoki main {g}",
    "slot88 gampang menang",
    "{b} login",
    "situs toto 4d",
)
LOAN_PHRASES = (
    "pinjol cepat cair",
    "pinjaman online tanpa bi checking",
    "dana tunai 5 menit cair",
    "pinjol legal bunga rendah",
    "pinjaman tanpa ktp",
    "gadai bpkb cepat cair",
    "kredit tanpa agunan langsung cair",
    "cairkan limit paylater",
    "pinjaman dana darurat 24 jam",
    "jasa gestun",
    "gesek tunai kartu kredit",
    "joki pinjol acc",
    "galbay aman tanpa dc",
    "pinjol tanpa verifikasi wajah",
    "limit 20 juta acc instan",
    "modal usaha tanpa jaminan",
)
PHARMA_PHRASES = (
    "obat kuat pria tahan lama",
    "obat perangsang wanita",
    "viagra asli",
    "cialis original",
    "pembesar alat vital",
    "obat penggugur kandungan",
    "cytotec asli",
    "jual misoprostol",
    "obat aborsi ampuh",
    "pelangsing badan herbal",
    "vimax asli canada",
    "titan gel original",
    "peninggi badan cepat",
    "minyak lintah papua",
    "jamu kuat pria dewasa",
)
ADULT_PHRASES = (
    "video syur viral",
    "link bokep terbaru",
    "nonton film dewasa gratis",
    "open bo {c}",
    "pijat plus plus",
    "streaming 18+ tanpa sensor",
    "aplikasi live hot",
    "cerita dewasa terbaru",
    "vcs berbayar",
    "tante girang {c}",
    "video indo viral full",
    "film semi korea sub indo",
)
SPAM_FAMILIES = {
    "gambling": (GAMBLING_PHRASES, 0.62),
    "loan": (LOAN_PHRASES, 0.15),
    "pharma": (PHARMA_PHRASES, 0.12),
    "adult": (ADULT_PHRASES, 0.11),
}
FAMILY_BRANDS = {
    "loan": ("DompetCair", "Rupiah Kilat", "DanaPintar 24", "Solusi Dana Mandiri", "KasCepat"),
    "pharma": ("Apotek Sehat Jaya", "Toko Herbal Perkasa", "Klinik Pria Prima", "Herbal Nusantara Asli"),
    "adult": ("Bidadari VIP", "Mawar Malam", "Dunia21 Hot", "LiveSyur"),
}


def spam_family(rng: random.Random) -> str:
    r, acc = rng.random(), 0.0
    for fam, (_, weight) in SPAM_FAMILIES.items():
        acc += weight
        if r < acc:
            return fam
    return "gambling"


def spam_phrase(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    phrase = rng.choice(SPAM_FAMILIES[family][0])
    return phrase.format(
        m=rng.choice(MARKETS), b=rng.choice(BRANDS).lower(), g=rng.choice(GAMES), c=rng.choice(CITIES).lower()
    )


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(11, 99), rng.randint(1000, 9999), rng.randint(1000, 9999)
    return pick(
        rng, (f"08{a} {b} {c}", f"+62 8{a}-{b}-{c}", f"08{a}.{b}.{c}", f"628{a}{b}{c}", f"wa.me/628{a}{b}{c}")
    )


def spam_url(rng: random.Random) -> str:
    brand = rng.choice(BRANDS).lower()
    code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
    return pick(
        rng,
        (
            f"https://{brand}.{pick(rng, ('site', 'xyz', 'top', 'vip', 'online', 'asia'))}/daftar",
            f"https://bit.ly/{brand}-{code}",
            f"https://linktr.ee/{brand}",
            f"https://t.me/{brand}official",
            f"https://{brand}-login{rng.randint(1, 9)}.com",
            f"https://s.id/{code}",
            f"https://rebrand.ly/{brand}{code}",
            f"https://{code}.{brand}.pages.dev",
        ),
    )


PROMO_TEMPLATES = {
    "gambling": (
        "🎰 {B} | Situs Slot Deposit Dana 5rb, Gampang Menang & WD Cepat {Y} 🎰",
        "Lagi cari link gacor malam ini? Langsung saja ke {B}, RTP live {pct}%!",
        "DAFTAR {BU} SEKARANG – BONUS NEW MEMBER {pct}% – MINIMAL DEPO 10K",
        "Info bocoran pola {G} dari admin {B}, hubungi WA {phone}",
        "Prediksi {M} malam ini: {d4} – cek hasil lengkapnya di {B}",
        "{B}: agen judi bola & casino online resmi se-Asia, daftar gratis di {url}",
        "Main sekarang di {B}, scatter hitam turun terus! Link: {url}",
        "Hari ini {day} jackpot {G} tembus Rp{amount} di {B} 🔥🔥",
        "Ingin cuan tiap hari? Gabung {B}, aman dan terpercaya sejak {y0}.",
        "Keluaran {M} {Y} tercepat & terlengkap hanya di {B} ✅",
        "Klik {url} ➜ {B} situs toto 4D hadiah 10 juta per 1000 perak",
    ),
    "loan": (
        "Butuh uang mendesak? Pinjaman Rp{jt} juta cair dalam {k} menit tanpa BI checking! WA {phone}",
        "{B} – pinjol resmi bunga rendah, cukup KTP langsung cair. Download di {url}",
        "Terlilit utang pinjol? Jasa joki galbay aman, konsultasi gratis: {phone}",
        "Gadai BPKB motor/mobil proses 1 jam, dana cair hari ini. Hubungi {phone}",
        "Limit paylater nganggur? Kami bantu cairkan, fee cuma {fee}%. Chat {phone}",
        "Modal usaha sampai Rp{jt} juta tanpa jaminan dari {B}, ajukan sekarang {Y}!",
    ),
    "pharma": (
        "Jual obat kuat asli 100% original, bisa COD {C}. Pesan: {phone}",
        "{B} – apotek online: cytotec & gastrul asli, pengiriman rahasia ke seluruh Indonesia. WA {phone}",
        "Tahan lama berjam-jam dengan Titan Gel! Harga promo Rp{price}, stok terbatas.",
        "Turun {k} kg dalam seminggu tanpa diet! Pesan pelangsing herbal di {url}",
        "Vimax asli Canada harga grosir, kirim aman ke {C}. Hubungi {B} {phone}",
    ),
    "adult": (
        "Cewek open BO {C} tarif mulai {k}00rb, bisa VCS. Chat {phone}",
        "Link video viral full durasi tanpa sensor: {url}",
        "Nonton streaming 18+ gratis tanpa VPN di {B} – {url}",
        "Aplikasi live hot terbaru {Y}, klik {url} untuk download",
    ),
}


def _promo_fill(rng: random.Random, template: str, year: int, family: str) -> str:
    brand = rng.choice(FAMILY_BRANDS.get(family, BRANDS))
    return template.format(
        B=brand,
        BU=brand.upper(),
        Y=year,
        y0=year - rng.randint(2, 9),
        pct=rng.choice((50, 75, 97, 98, 100, 200)),
        fee=rng.choice((3, 5, 7, 10, 12)),
        G=rng.choice(GAMES).title(),
        M=rng.choice(MARKETS).upper(),
        d4=rng.randint(1000, 9999),
        url=spam_url(rng),
        phone=phone(rng),
        day=rng.choice(DAYS),
        amount=num(rng, 5_000_000, 850_000_000),
        jt=rng.choice((2, 5, 10, 20, 50)),
        k=rng.randint(2, 9),
        C=rng.choice(CITIES),
        price=num(rng, 95_000, 450_000),
    )


def promo_line(rng: random.Random, year: int, family: str | None = None) -> str:
    family = family or spam_family(rng)
    return _promo_fill(rng, rng.choice(PROMO_TEMPLATES[family]), year, family)


def keyword_wall(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    n = rng.randint(7, 20)
    words = list(dict.fromkeys(spam_phrase(rng, family if rng.random() < 0.85 else None) for _ in range(n)))
    r = rng.random()
    if r < 0.2:
        return " ".join("#" + w.replace(" ", "") for w in words)
    if r < 0.4:
        head = pick(
            rng, ("Pencarian terkait", "Kata kunci", "Keywords", "Tag populer", "Incoming search terms")
        )
        return f"{head}: {', '.join(words)}"
    sep = pick(rng, (", ", " | ", " • ", " - ", " ✅ ", " ", " / "))
    text = sep.join(words)
    return text.upper() if rng.random() < 0.15 else text


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "6", "l": "1"}
_LEET_ALT = {"a": "@", "i": "!", "s": "$", "o": "()", "e": "€"}
_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
_SMALL_CAPS = dict(zip("abcdefghijklmnoprstuwy", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴡʏ", strict=True))
_STYLES = {  # first code point of lowercase a and uppercase A in each letter style
    "sans_bold": (0x1D5EE, 0x1D5D4),
    "monospace": (0x1D68A, 0x1D670),
    "double": (0x1D552, 0x1D538),
    "fullwidth": (0xFF41, 0xFF21),
    "circled": (0x24D0, 0x24B6),
}
_DOUBLE_HOLES = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}


def fancy(text: str, style: str) -> str:
    lower, upper = _STYLES[style]
    out = []
    for ch in text:
        if style == "double" and ch in _DOUBLE_HOLES:
            out.append(_DOUBLE_HOLES[ch])
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def obfuscate(rng: random.Random, phrase: str) -> str:
    """`judi online` as spammers write it past filters: jud1 0nl1ne, j-u-d-i, ｊｕｄｉ, ᴊᴜᴅɪ, jud!, jüdi."""
    style = rng.choice(
        (
            "leet",
            "leet_alt",
            "hyphen",
            "underscore",
            "spaced",
            "zero_width",
            "unicode",
            "unicode",
            "small_caps",
            "cyrillic",
            "vowelless",
            "mixed_case",
            "mixed",
        )
    )
    if style == "mixed":
        return " ".join(obfuscate(rng, w) if rng.random() < 0.7 else w for w in phrase.split())
    if style == "leet":
        return "".join(_LEET.get(c, c) if rng.random() < 0.75 else c for c in phrase)
    if style == "leet_alt":
        return "".join(_LEET_ALT.get(c, c) if rng.random() < 0.6 else c for c in phrase)
    if style == "hyphen":
        return " ".join("-".join(w) for w in phrase.split())
    if style == "underscore":
        return "_".join(phrase.split()).upper() if rng.random() < 0.5 else "_".join(phrase.split())
    if style == "spaced":
        return "  ".join(" ".join(w) for w in phrase.split()).upper()
    if style == "zero_width":
        return " ".join("\u200b".join(w) for w in phrase.split())
    if style == "unicode":
        s = rng.choice(tuple(_STYLES))
        return fancy(phrase.upper() if rng.random() < 0.4 else phrase, s)
    if style == "small_caps":
        return "".join(_SMALL_CAPS.get(c, c) for c in phrase)
    if style == "cyrillic":
        return "".join(_CYRILLIC.get(c, c) if rng.random() < 0.8 else c for c in phrase)
    if style == "vowelless":
        words = phrase.split()
        return " ".join(
            w[0] + "".join(c for c in w[1:] if c not in "aeiou") if len(w) > 3 else w for w in words
        )
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(phrase))


OBFUSCATABLE = (
    "judi online",
    "slot online",
    "togel online",
    "situs judi",
    "bandar slot",
    "casino online",
    "maxwin",
    "scatter hitam",
    "deposit pulsa",
    "pinjol cepat cair",
    "obat kuat",
    "video bokep",
    "open bo",
    "sbobet",
    "agen bola",
    "toto macau",
)


def obfuscated_phrase(rng: random.Random) -> str:
    return obfuscate(rng, rng.choice(OBFUSCATABLE))


def obfuscated_line(rng: random.Random, year: int) -> str:
    core = obfuscate(rng, rng.choice(OBFUSCATABLE))
    brand = rng.choice(BRANDS)
    return pick(
        rng,
        (
            f"{core} ✅ {brand} link resmi {year}",
            f"➤ {core} | daftar {brand.lower()} sekarang",
            f"{core} {obfuscated_phrase(rng)} {obfuscated_phrase(rng)}",
            f"Situs {core} terbaik {year} ⭐⭐⭐⭐⭐",
            f"klik ➡ {core} 💰💰💰",
            f"【{core}】 {fancy(brand, 'fullwidth')} {year}",
            f"{fancy(brand, 'sans_bold')} • {core} • {obfuscated_phrase(rng)}",
            f"Cari {core}? {brand} jawabannya 🔥",
        ),
    )


# --------------------------------------------------------------------------------------------------
# Placeholders and generated-text residue

VERIFICATION_NOTES = (
    "[perlu konfirmasi]",
    "(angka ini perlu dicek ulang)",
    "[cek kembali data terbaru]",
    "(sumber belum dikonfirmasi)",
    "(mohon diverifikasi dengan data resmi)",
    "[data tahun terbaru belum tersedia]",
    "(catatan: pastikan angka sesuai rilis resmi)",
    "[TODO: tambahkan sumber]",
    "(butuh sumber)",
    "[angka perkiraan, harap dicek]",
    "(informasi ini sebaiknya dicocokkan dengan situs resmi)",
    "[fakta perlu diperiksa]",
    "(cek ulang nama dan jabatan)",
    "[VERIFIKASI]",
    "(data per tahun berapa? perlu dipastikan)",
    "[konfirmasi ke narasumber]",
    "(perlu rujukan)",
    "[belum diverifikasi]",
)
WIKI_MARKERS = (
    "[rujukan?]",
    "[siapa?]",
    "[kapan?]",
    "[perlu dijelaskan]",
    "[pranala nonaktif]",
    "[verifikasi gagal]",
    "[halaman diperlukan]",
    "[sunting]",
    "[a]",
    "[b]",
    "[catatan 3]",
    "[klarifikasi diperlukan]",
    "[sumber tidak tepercaya?]",
    "[per kapan?]",
    "[citation needed]",
    "[7]",
    "[12]",
    "[3][8]",
    "[n 2]",
    "[34]",
    "[ref]",
    "[di mana?]",
)
UNFINISHED_ATTRIBUTION_LINES = (
    "Menurut [nama narasumber], ...",
    "Kutipan dari {org} akan ditambahkan setelah wawancara.",
    "Sumber: [tautan sumber]",
    "Tanggapan {org} belum diperoleh saat draf ini ditulis — perbarui jika sudah ada.",
    "Referensi: [isi dengan tautan resmi {org}]",
    "Sumber: (cantumkan)",
    'Kata juru bicara {org}: "..."',
    "Tambahkan kutipan dari perwakilan {org} di sini.",
    "Data: {org} (tahun ...)",
    "Keterangan resmi dari {org}: [menunggu]",
    "Dikutip dari: ______",
    "Narasumber: [nama], [jabatan] {org}",
)
UNFINISHED_ATTRIBUTION_INLINE = (
    "(Sumber: [link])",
    "(sumber: ...)",
    "— kata [narasumber]",
    "(via: )",
    "(dikutip dari ...)",
    "(Ref: )",
    "(Sumber: [nama media], [tanggal])",
    "[sumber?]",
    "(kutipan menyusul)",
    "(menurut ...)",
)
ATTRIBUTION_ORGS = (
    "Bappenas",
    "Kemenkes",
    "BNPB",
    "Polri",
    "KPU",
    "Bank Indonesia",
    "UNICEF",
    "Pemprov",
    "LIPI",
)
ATTRIBUTION_FOLLOW_UPS = (
    "Catatan: ganti bagian bertanda kurung siku sebelum terbit.",
    "[Lengkapi nama dan jabatan narasumber]",
    "(Tautan sumber {org} menyusul)",
)
LAYOUT_TALK = (
    "(Tabel di bawah bisa ditampilkan sebagai grafik batang.)",
    "[Sisipkan infografis di sini]",
    "Catatan untuk editor: letakkan foto utama di atas paragraf ini.",
    "(Gambar ilustrasi ditempatkan di sini)",
    "[Tabel perbandingan]",
    "Bagian ini bisa diberi subjudul tersendiri.",
    "Paragraf ini dapat dipersingkat jika ruang terbatas.",
    "[Masukkan gambar: suasana lokasi]",
    "(Poin-poin berikut bisa disajikan dalam bentuk daftar.)",
    "Saran tata letak: gunakan dua kolom untuk tabel ini.",
    "[Grafik tren lima tahun terakhir]",
    "(Letakkan kotak kutipan di samping paragraf ini.)",
    "[Tempatkan tombol CTA di bawah bagian ini]",
    "(Ubah tabel menjadi format responsif untuk tampilan seluler.)",
)
TEMPLATE_TOKENS = (
    "{{nama_penulis}}",
    "[JUDUL ARTIKEL]",
    "%%title%% %%sep%% %%sitename%%",
    "{post_title}",
    "[[KATA_KUNCI_UTAMA]]",
    "$judul_artikel",
    "[nama kota]",
    "{{ artikel.ringkasan }}",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    '[caption id="attachment_{n}" align="aligncenter" width="{w}"]',
    "[/caption]",
    "[ads{k}]",
    "[iklan_tengah]",
    "{{PAGENAME}}",
    "%%currentyear%%",
    '[contact-form-7 id="{n}" title="Formulir Kontak"]',
    "[INSERT_KEYWORD_HERE]",
    "#NAMA_PRODUK#",
    "${deskripsi_singkat}",
)
LLM_RESIDUE = (
    "Tentu! Berikut artikel tentang {t} yang bisa Anda gunakan:",
    "Baik, ini draf artikel SEO-friendly tentang {t}.",
    "Berikut versi yang sudah diperbaiki:",
    "Oke, saya buatkan artikel sekitar 800 kata tentang {t} dengan gaya santai.",
    "Berikut adalah artikel lengkap mengenai {t}, lengkap dengan subjudul dan kesimpulan:",
    "Tentu, saya akan menuliskan artikel informatif tentang {t}.",
    "Sure! Here is an article about {t} in Indonesian:",
    "Siap! Ini artikelnya, sudah saya optimalkan dengan kata kunci {t}.",
    "Berikut rancangan tulisan tentang {t}. Silakan sesuaikan dengan kebutuhan Anda.",
    "Sebagai asisten AI, saya susun ringkasan tentang {t} berikut ini:",
)


def verification_note(rng: random.Random) -> str:
    return rng.choice(VERIFICATION_NOTES)


def wiki_marker(rng: random.Random) -> str:
    return rng.choice(WIKI_MARKERS)


def unfinished_attribution_line(rng: random.Random) -> str:
    return rng.choice(UNFINISHED_ATTRIBUTION_LINES).replace("{org}", rng.choice(ATTRIBUTION_ORGS))


def attribution_follow_up(rng: random.Random, text: str) -> str | None:
    """A second residue line after some unfinished attributions, or None."""
    if "[" not in text or rng.random() < 0.6:
        return None
    return rng.choice(ATTRIBUTION_FOLLOW_UPS).replace("{org}", rng.choice(ATTRIBUTION_ORGS))


def unfinished_attribution_inline(rng: random.Random) -> str:
    return rng.choice(UNFINISHED_ATTRIBUTION_INLINE)


def layout_talk(rng: random.Random) -> str:
    return rng.choice(LAYOUT_TALK)


def template_token(rng: random.Random) -> str:
    token = rng.choice(TEMPLATE_TOKENS)
    if token.startswith("[caption") or token.startswith("[contact"):
        return token.replace("{n}", str(rng.randint(100, 9999))).replace(
            "{w}", str(rng.choice((300, 640, 800)))
        )
    return token.replace("{k}", str(rng.randint(1, 4)))


def llm_residue(rng: random.Random, ctx: Context) -> str:
    return rng.choice(LLM_RESIDUE).replace("{t}", ctx.topic.lower())


# --------------------------------------------------------------------------------------------------
# Whole pages to reject: spam, keyword-stuffed, link lists, numbers

SPAM_TITLES = (
    "{B} – Link Daftar Situs Slot Online Gampang Maxwin {Y}",
    "{B}: Situs Toto 4D Resmi dengan Hadiah Terbesar",
    "Bocoran RTP Live {B} Hari Ini Paling Akurat",
    "{B} Agen Judi Bola Parlay dan Casino Online Terpercaya",
    "Prediksi Togel {M} Hari Ini {Y} – {B}",
    "Login {B} | Link Alternatif Anti Blokir {Y}",
)
SPAM_SENTENCES = (
    "{B} adalah situs slot online terpercaya yang menyediakan ratusan permainan dari provider ternama.",
    "Cukup dengan deposit mulai 10 ribu, member bisa langsung bermain dan berkesempatan meraih maxwin.",
    "Kami menyediakan layanan deposit via pulsa, e-wallet dan transfer bank yang aktif 24 jam nonstop.",
    "Tingkat RTP di {B} mencapai {pct}% sehingga peluang menang jauh lebih besar dibanding situs lain.",
    "Setiap kemenangan berapa pun pasti dibayar lunas tanpa potongan dan tanpa ribet.",
    "Dapatkan bonus new member {pct}% serta cashback mingguan untuk semua permainan.",
    "Customer service kami siap membantu melalui live chat dan WhatsApp {phone}.",
    "Link alternatif {B} selalu diperbarui agar member tetap bisa login walaupun situs utama diblokir.",
    "Pasaran {M} dibuka setiap hari dengan diskon besar untuk taruhan 2D, 3D dan 4D.",
    "Bocoran pola {G} dibagikan gratis setiap malam di grup Telegram kami.",
    "Jangan tunggu lagi, segera daftar akun di {B} dan rasakan sensasi jackpot setiap hari.",
    "Permainan sabung ayam, tembak ikan dan live casino juga tersedia dalam satu akun.",
    "Proses withdraw hanya membutuhkan waktu tiga menit ke semua bank lokal.",
    "Sebagai bandar resmi sejak {y0}, {B} sudah dipercaya ratusan ribu pemain di seluruh Indonesia.",
)
STUFFED_KEYWORDS = (
    "jasa pembuatan website murah",
    "sewa mobil lepas kunci",
    "kos murah dekat kampus",
    "jasa sedot wc",
    "service ac panggilan",
    "toko bunga papan",
    "travel antar kota",
    "jasa aqiqah",
    "les privat matematika",
    "jual bibit durian unggul",
    "jasa pindahan rumah",
    "rental kamera",
)
KEYWORD_STUFF_SENTENCES = (
    "Mencari {k} {c}? Kami adalah {k} {c} terpercaya dengan harga {k} paling murah.",
    "{K} {c} melayani pelanggan setiap hari, karena {k} {c} adalah {k} terbaik.",
    "Hubungi {k} {c} sekarang juga untuk mendapatkan promo {k} {c} terbaru.",
    "Kenapa harus memilih {k} {c}? Karena {k} {c} kami adalah {k} nomor satu di {c}.",
    "Harga {k} {c} murah, {k} {c} cepat, {k} {c} bergaransi.",
    "Testimoni pelanggan {k} {c} membuktikan bahwa {k} kami memang {k} berkualitas.",
    "Info {k} {c}, alamat {k} {c}, nomor telepon {k} {c}, kontak {k} {c}.",
    "Kami juga melayani {k} daerah {c} dan sekitarnya, {k} termurah dan {k} terdekat.",
)


def _spam_fill(rng: random.Random, template: str, brand: str, year: int) -> str:
    return template.format(
        B=brand,
        Y=year,
        y0=year - rng.randint(3, 12),
        pct=rng.choice((95, 97, 98, 99, 100)),
        M=rng.choice(MARKETS).title(),
        G=rng.choice(GAMES).title(),
        phone=phone(rng),
    )


def spam_page_lines(rng: random.Random, year: int) -> tuple[str, list[str]]:
    brand = rng.choice(BRANDS)
    title = _spam_fill(rng, rng.choice(SPAM_TITLES), brand, year)
    sentences = rng.sample(SPAM_SENTENCES, rng.randint(6, 11))
    lines: list[str] = []
    while sentences:
        k = rng.randint(1, 3)
        lines.append(" ".join(_spam_fill(rng, s, brand, year) for s in sentences[:k]))
        sentences = sentences[k:]
    if rng.random() < 0.6:
        lines.insert(rng.randint(1, len(lines)), promo_line(rng, year, "gambling"))
    if rng.random() < 0.5:
        lines.append(keyword_wall(rng, "gambling"))
    return title, lines


def keyword_stuffed_lines(rng: random.Random) -> tuple[str, list[str]]:
    k = rng.choice(STUFFED_KEYWORDS)
    city = rng.choice(CITIES)
    title = f"{k.title()} {city} {pick(rng, ('Murah', 'Terpercaya', 'Terdekat', '24 Jam', 'Bergaransi'))}"
    lines = []
    for _ in range(rng.randint(5, 9)):
        sents = rng.sample(KEYWORD_STUFF_SENTENCES, rng.randint(2, 3))
        lines.append(" ".join(s.format(k=k, K=k.capitalize(), c=city) for s in sents))
    return title, lines


def link_list_lines(rng: random.Random, ctx: Context) -> tuple[str, list[str]]:
    d, m, y = rng.randint(1, 28), rng.randint(0, 11), rng.randint(2019, 2025)
    title = pick(
        rng,
        (
            f"Indeks Berita {d} {MONTHS[m]} {y}",
            f"Arsip {MONTHS[m]} {y}",
            "Berita Terpopuler Minggu Ini",
            "Daftar Postingan",
            "Semua Artikel",
            f"Topik: {ctx.topic}",
        ),
    )
    n = rng.randint(14, 32)
    heads = [headline(rng, ctx) for _ in range(n)]
    style = rng.choice(("dash", "time", "date", "plain"))
    if style == "dash":
        return title, [f"- {h}" for h in heads]
    if style == "time":
        return title, [f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} WIB | {h}" for h in heads]
    if style == "date":
        return title, [f"{h} ({date_text(rng)})" for h in heads]
    return title, heads


VILLAGES = (
    "Sukamaju",
    "Sukajadi",
    "Mekarsari",
    "Margahayu",
    "Karanganyar",
    "Sidomulyo",
    "Tegalrejo",
    "Kebonsari",
    "Sumbersari",
    "Kampung Baru",
    "Pasar Lama",
    "Tanjung Rejo",
    "Bojongsari",
    "Cipayung",
    "Gunung Sari",
    "Wonorejo",
    "Jatimulya",
    "Pondok Indah",
    "Kedungwaru",
    "Sindangsari",
)
TEAMS = (
    "Persib Bandung",
    "Persija Jakarta",
    "Arema FC",
    "Bali United",
    "PSM Makassar",
    "Borneo FC",
    "Persebaya",
    "PSIS Semarang",
    "Dewa United",
    "Madura United",
)


def number_page_lines(rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choice(("postal", "prayer", "standings", "rates"))
    if kind == "postal":
        city = rng.choice(CITIES)
        title = f"Daftar Kode Pos Kota {city}"
        base = rng.randint(10, 99) * 1000
        villages = rng.sample(VILLAGES, rng.randint(14, len(VILLAGES)))
        return title, [f"{v} {pick(rng, ('—', ':', '|'))} {base + rng.randint(100, 999)}" for v in villages]
    if kind == "prayer":
        city = rng.choice(CITIES)
        m = rng.randint(0, 11)
        title = f"Jadwal Imsakiyah {city} {MONTHS[m]} {rng.randint(2021, 2025)}"
        lines = []
        for d in range(1, rng.randint(15, 30)):
            hs = [4, 4, 11, 15, 17, 19]
            times = " | ".join(f"{h:02d}:{rng.randint(0, 59):02d}" for h in hs)
            lines.append(f"{d} {MONTHS_SHORT[m]} | {times}")
        return title, lines
    if kind == "standings":
        title = f"Klasemen Sementara Liga {rng.randint(1, 3)} Pekan {rng.randint(5, 30)}"
        lines = []
        for i, team in enumerate(rng.sample(TEAMS, len(TEAMS)), 1):
            w, dr, lo = rng.randint(0, 15), rng.randint(0, 8), rng.randint(0, 12)
            lines.append(f"{i}. {team} {w + dr + lo} {w} {dr} {lo} {w * 3 + dr}")
        lines += [
            f"{i}. Tim {i} {rng.randint(5, 30)} {rng.randint(0, 10)}" for i in range(11, rng.randint(15, 19))
        ]
        return title, lines
    title = f"Kurs Rupiah Hari Ini di {rng.choice(PROVINCES)}"
    codes = ("USD", "SGD", "EUR", "JPY", "AUD", "MYR", "CNY", "SAR", "GBP", "HKD", "KRW", "THB", "CHF", "NZD")
    lines = []
    for _ in range(rng.randint(2, 3)):
        for c in codes:
            buy = rng.randint(100, 20_000)
            lines.append(f"{c} {num(rng, buy, buy)} {num(rng, buy + 50, buy + 300)}")
    return title, lines


def short_article_chrome(rng: random.Random, site: Site, ctx: Context) -> list[tuple[str, str]]:
    """Plenty of chrome for a page whose article is too short: (subkind, line) pairs."""
    kinds = [
        "cookie",
        "breadcrumb",
        "category_label",
        "dateline",
        "byline",
        "views",
        "share",
        "photo",
        "ads",
        "tags",
        "follow",
        "comments",
        "read_also",
        "page_nav",
        "copyright",
    ]
    picked = sorted(rng.sample(range(len(kinds)), rng.randint(7, 11)))
    return [(kinds[i], boilerplate(rng, kinds[i], site, ctx)) for i in picked]
