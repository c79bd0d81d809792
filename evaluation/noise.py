"""Noise inventories and injectors for the evaluation set, written from how Indonesian news sites,
blogs and SEO/generated pages look, independently of Saring's rules and lexicons.

Each generator returns the noise text only; `evaluation/generate.py` decides where it goes and
records it in the gold. Every generator randomises case, spacing, numbers and names, so that the
rules are measured on instances they were not written from.

Categories follow DESIGN.md: boilerplate, duplicate_heading, table_of_contents, keyword_stuffing,
injected_spam, placeholder. Each noise unit also carries a `subkind` (e.g. `read_also`, `byline`,
`promo_line`) so that failures can be grouped for the rule developers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from evaluation.sources import (
    CITIES,
    COMMODITIES,
    DAYS,
    MONTHS,
    PROVINCES,
    ROLES,
    TITLE_TEMPLATES,
    Context,
    new_context,
    num,
    person,
)

MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ZONES = ("WIB", "WIB", "WIB", "WITA", "WIT")


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(options)


def vary_case(rng: random.Random, text: str) -> str:
    """The same label the way different themes print it: as written, UPPER, lower or Title."""
    r = rng.random()
    if r < 0.55:
        return text
    if r < 0.75:
        return text.upper()
    if r < 0.88:
        return text.lower()
    return text.title()


def label(rng: random.Random, word: str, separators: tuple[str, ...] = (": ", " : ", ":", " - ", " ")) -> str:
    """`Baca Juga` + a separator, in a random case: `BACA JUGA :`, `baca juga:`, `Baca Juga -`."""
    return vary_case(rng, word) + rng.choice(separators)


# --------------------------------------------------------------------------------------------------
# Sites: the chrome a scraped page carries depends on the theme it came from.


@dataclass(frozen=True)
class Site:
    key: str
    domain: str
    brand: str  # as printed in credits and copyright lines
    labels: tuple[str, ...]  # category labels shown above the title
    style: str  # "news", "blog" or "seo"
    dateline_prefix: str | None = None  # `JAKARTA, KOMPAS.com -` (a placeholder {C} for the city)
    end_codes: bool = False  # `(rdp/imk)` initials at the end of a news article
    chrome: dict[str, float] = field(default_factory=dict)  # subkind -> chance it appears


NEWS_CHROME = {
    "breadcrumb": 0.4,
    "category_label": 0.45,
    "byline": 0.7,
    "dateline": 0.7,
    "share": 0.5,
    "photo": 0.5,
    "ads": 0.55,
    "read_also": 0.75,
    "media_marker": 0.3,
    "tags": 0.5,
    "follow": 0.45,
    "comments": 0.3,
    "copyright": 0.35,
    "views": 0.25,
    "close": 0.12,
    "page_nav": 0.15,
}
BLOG_CHROME = {
    "breadcrumb": 0.3,
    "category_label": 0.35,
    "byline": 0.5,
    "dateline": 0.4,
    "share": 0.55,
    "photo": 0.2,
    "ads": 0.25,
    "read_also": 0.5,
    "tags": 0.45,
    "follow": 0.3,
    "comments": 0.55,
    "copyright": 0.4,
    "views": 0.35,
    "close": 0.1,
    "cookie": 0.15,
    "page_nav": 0.3,
}
SEO_CHROME = {
    "category_label": 0.3,
    "share": 0.45,
    "read_also": 0.35,
    "views": 0.3,
    "close": 0.2,
    "comments": 0.3,
    "byline": 0.25,
    "dateline": 0.25,
    "copyright": 0.25,
}

SITES: tuple[Site, ...] = (
    Site(
        "detik",
        "news.detik.com",
        "detikcom",
        ("detikNews", "Berita", "Nasional", "Internasional"),
        "news",
        None,
        True,
        NEWS_CHROME,
    ),
    Site(
        "kompas",
        "nasional.kompas.com",
        "Kompas.com",
        ("NASIONAL", "REGIONAL", "MONEY", "Tren"),
        "news",
        "{C}, KOMPAS.com - ",
        False,
        NEWS_CHROME,
    ),
    Site(
        "cnnindonesia",
        "www.cnnindonesia.com",
        "CNN Indonesia",
        ("Nasional", "Ekonomi", "Teknologi"),
        "news",
        "{C}, CNN Indonesia -- ",
        True,
        NEWS_CHROME,
    ),
    Site(
        "cnbcindonesia",
        "www.cnbcindonesia.com",
        "CNBC Indonesia",
        ("News", "Market", "Research"),
        "news",
        "{C}, CNBC Indonesia - ",
        True,
        NEWS_CHROME,
    ),
    Site(
        "liputan6",
        "www.liputan6.com",
        "Liputan6.com",
        ("News", "Bisnis", "Regional", "Health"),
        "news",
        "Liputan6.com, {C} - ",
        False,
        NEWS_CHROME,
    ),
    Site(
        "okezone",
        "news.okezone.com",
        "Okezone",
        ("Nasional", "Megapolitan", "Economy"),
        "news",
        None,
        False,
        NEWS_CHROME,
    ),
    Site(
        "kumparan",
        "kumparan.com",
        "kumparan",
        ("kumparanNEWS", "kumparanBISNIS", "kumparanTECH"),
        "news",
        None,
        False,
        NEWS_CHROME,
    ),
    Site(
        "tribunnews",
        "www.tribunnews.com",
        "Tribunnews.com",
        ("Regional", "Nasional", "Bisnis"),
        "news",
        "TRIBUNNEWS.COM, {C} - ",
        False,
        NEWS_CHROME,
    ),
    Site(
        "wordpress",
        "beritadaerah.web.id",
        "Berita Daerah",
        ("Berita", "Pendidikan", "Opini", "Wisata"),
        "blog",
        None,
        False,
        BLOG_CHROME,
    ),
    Site(
        "blogspot",
        "catatankampung.blogspot.com",
        "Catatan Kampung",
        ("Kuliner", "Cerita", "Tips"),
        "blog",
        None,
        False,
        BLOG_CHROME,
    ),
    Site(
        "seoblog",
        "materibelajar.my.id",
        "Materi Belajar",
        ("Pendidikan", "Info", "Edukasi"),
        "seo",
        None,
        False,
        SEO_CHROME,
    ),
    Site(
        "seoblog2",
        "infoterkini.co.id",
        "Info Terkini",
        ("Umum", "Teknologi", "Kesehatan"),
        "seo",
        None,
        False,
        SEO_CHROME,
    ),
)


def site_by_key(key: str) -> Site:
    return next(s for s in SITES if s.key == key)


# --------------------------------------------------------------------------------------------------
# Boilerplate


RELATED_HEADLINES = (
    "{PN} Resmi Dilantik Jadi {R}",
    "Harga {COM} di {C} Naik Jelang Ramadan",
    "Cuaca {C} Hari Ini: Hujan Ringan Sore Hari",
    "Viral Video Warga {C} Gotong Royong Perbaiki Jembatan",
    "BMKG Ingatkan Potensi Hujan Lebat di {PR}",
    "Jadwal Perjalanan Kereta dari {C} Berubah Mulai Pekan Depan",
    "Kecelakaan Beruntun di Tol {C}, {n} Kendaraan Rusak",
    "{n} Rekomendasi Tempat Wisata di {PR} untuk Libur Akhir Pekan",
    "Cara Mudah Mengurus SIM Online, Ini Syaratnya",
    "Pemprov {PR} Siapkan Rp{n} Miliar untuk Perbaikan Jalan",
    "Resep {COM} Balado Praktis ala Rumahan",
    "Timnas Indonesia Menang {n1}-0, Ini Kata Pelatih",
    "Daftar Lengkap Libur Nasional dan Cuti Bersama {Y}",
    "Kisah {PN}, Guru Honorer yang Mengajar di Pelosok {PR}",
    "Ramai Soal {T}, Begini Tanggapan Pemerintah",
)
READ_ALSO_WORDS = (
    "Baca Juga",
    "Baca juga",
    "Simak Juga",
    "Lihat Juga",
    "Artikel Terkait",
    "Berita Terkait",
    "Baca Selengkapnya",
    "Baca Lainnya",
    "Jangan Lewatkan",
    "Read Also",
    "Artikel Lainnya",
    "Simak",
)


def headline(rng: random.Random, ctx: Context) -> str:
    other = new_context(rng)
    if rng.random() < 0.4:
        return other.fill(rng.choice(TITLE_TEMPLATES), rng)
    return rng.choice(RELATED_HEADLINES).format(
        PN=person(rng),
        R=rng.choice(ROLES).title(),
        COM=rng.choice(COMMODITIES),
        C=rng.choice(CITIES),
        PR=rng.choice(PROVINCES),
        n=rng.randint(3, 40),
        n1=rng.randint(1, 5),
        Y=ctx.year,
        T=other.topic,
    )


def read_also(rng: random.Random, ctx: Context) -> str:
    title = headline(rng, ctx)
    word = rng.choice(READ_ALSO_WORDS)
    r = rng.random()
    if r < 0.7:
        return label(rng, word, (": ", " : ", ":", " - ", " ", " >> ", ": ")) + title
    if r < 0.8:
        return f"[{label(rng, word, (': ', ':'))}{title}]"
    if r < 0.9:
        return f"{vary_case(rng, word)}\u00a0: {title}"  # a non-breaking space, as some themes print it
    return f"» {title}"


def ads(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "ADVERTISEMENT",
            "ADVERTISEMENT",
            "Advertisement",
            "advertisement",
            "- Advertisement -",
            "ADVERTISEMENT ",
            "Iklan",
            "IKLAN",
            "Sponsored",
            "Konten Bersponsor",
            "Advertisement - Scroll to continue",
            "Scroll untuk melanjutkan",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Scroll to continue with content",
            "Lanjutkan membaca artikel di bawah ini",
            "Konten berlanjut setelah iklan berikut",
            "Scroll ke bawah untuk melanjutkan membaca",
            "Artikel berlanjut di bawah ini",
        ),
    )


def media_marker(rng: random.Random, site: Site) -> str:
    kind = pick(
        rng, ("Video 20detik", "Video CNN", "Video CNBC", "Instagram", "Twitter", "Youtube", "Video", "Foto")
    )
    r = rng.random()
    if r < 0.6:
        return f"[Gambas:{kind}]"
    if r < 0.75:
        return f"[Gambas: {kind}]"
    return pick(
        rng,
        (
            "Simak Video Pilihan Berikut Ini:",
            "Saksikan video di bawah ini:",
            "Tonton Video Pilihan Berikut Ini",
            "Simak juga video berikut:",
            "Video Pilihan",
            "(Video: YouTube)",
            "[Video]",
            'Simak Video "{t}"',
        ),
    ).replace("{t}", headline(rng, new_context(rng)))


def photo(rng: random.Random, site: Site) -> str:
    who = person(rng)
    agency = pick(
        rng,
        (
            "ANTARA",
            "ANTARA FOTO",
            site.brand,
            "Dok. Humas",
            "iStock",
            "Shutterstock",
            "Freepik",
            "Istimewa",
            "Dokumentasi Pribadi",
        ),
    )
    r = rng.random()
    if r < 0.2:
        return f"Foto: {agency}/{who}"
    if r < 0.35:
        return f"FOTO: {agency.upper()}/{who.upper()}"
    if r < 0.5:
        return f"Ilustrasi. (Foto: {agency})"
    if r < 0.6:
        return f"({site.brand}/{who})"
    if r < 0.7:
        return pick(rng, ("Lihat Foto", "Lihat foto", "Klik untuk memperbesar", "Galeri Foto"))
    if r < 0.8:
        return f"Sumber gambar: {agency}"
    if r < 0.9:
        return f"Ilustrasi {new_context(rng).topic.lower()} (Foto: {agency})"
    return f"{site.brand.upper()}/{who.upper()}"


def byline(rng: random.Random, site: Site) -> str:
    a, b = person(rng), person(rng)
    r = rng.random()
    if r < 0.15:
        return f"Penulis: {a}"
    if r < 0.28:
        return f"Editor: {b}"
    if r < 0.38:
        return f"Reporter : {a}"
    if r < 0.5:
        return f"Penulis: {a} | Editor: {b}"
    if r < 0.58:
        return f"{a} - {site.brand}"
    if r < 0.66:
        return f"Laporan Wartawan {site.brand}, {a}"
    if r < 0.72:
        return f"Kontributor {rng.choice(CITIES)}, {a}"
    if r < 0.78:
        return f"Pewarta: {a}\nEditor: {b}"
    if r < 0.84:
        return f"Oleh: {a}"
    if r < 0.9:
        return f"Diposting oleh {pick(rng, ('admin', 'Admin', a))} pada {date_text(rng)}"
    if r < 0.95:
        return f"Redaktur: {b}"
    return f"EDITOR : {b.upper()}"


def date_text(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    return f"{d} {rng.choice(MONTHS)} {rng.randint(2019, 2025)}"


def dateline(rng: random.Random) -> str:
    day, d, y = rng.choice(DAYS), rng.randint(1, 28), rng.randint(2019, 2025)
    m, ms = rng.randint(0, 11), ""
    ms = MONTHS_SHORT[m]
    hh, mm, zone = rng.randint(0, 23), rng.randint(0, 59), rng.choice(ZONES)
    return pick(
        rng,
        (
            f"{day}, {d:02d} {ms} {y} {hh:02d}:{mm:02d} {zone}",
            f"{day}, {d} {MONTHS[m]} {y} | {hh:02d}:{mm:02d} {zone}",
            f"{day} {d:02d} {ms} {y}, {hh:02d}:{mm:02d} {zone}",
            f"{day}, {d} {MONTHS[m]} {y} - {hh:02d}.{mm:02d} {zone}",
            f"Diperbarui {d:02d}/{m + 1:02d}/{y}, {hh:02d}:{mm:02d} {zone}",
            f"Diterbitkan {day}, {d} {MONTHS[m]} {y}, {hh:02d}:{mm:02d} {zone}",
            f"{d:02d}/{m + 1:02d}/{y}, {hh:02d}:{mm:02d} {zone}",
            f"Dipublikasikan: {d} {MONTHS[m]} {y}",
            f"{day.upper()}, {d} {MONTHS[m].upper()} {y}",
            f"Update: {day}, {d} {ms} {y} {hh:02d}:{mm:02d} {zone}",
        ),
    )


def tags(rng: random.Random, ctx: Context) -> str:
    words = [
        ctx.topic.lower(),
        ctx.place.lower(),
        *(new_context(rng).topic.lower() for _ in range(rng.randint(1, 4))),
    ]
    words = list(dict.fromkeys(words))
    r = rng.random()
    if r < 0.35:
        return label(rng, "Tags", (": ", ":", " : ")) + ", ".join(words)
    if r < 0.5:
        return label(rng, "Tag", (": ", ":")) + " ".join("#" + w.replace(" ", "") for w in words)
    if r < 0.65:
        return label(rng, "Topik", (": ", " : ")) + ", ".join(w.title() for w in words)
    if r < 0.75:
        return "Label: " + ", ".join(w.title() for w in words)
    if r < 0.85:
        return label(rng, "Kata Kunci", (": ",)) + ", ".join(words)
    return "TAGAR: " + " ".join("#" + w.replace(" ", "").title() for w in words)


def copyright_line(rng: random.Random, site: Site) -> str:
    y = rng.randint(2015, 2025)
    return pick(
        rng,
        (
            f"Copyright © {y} {site.brand}. All rights reserved.",
            f"© {y} {site.brand}",
            f"Hak Cipta © {y} {site.brand}. Hak cipta dilindungi undang-undang.",
            f"Copyright {y} {site.brand}. All Right Reserved",
            f"© Copyright {y - 8} - {y} {site.brand}",
            f"Copyright ©{y} {site.domain}",
            f"{site.brand} © {y} | Powered by WordPress",
            f"Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas "
            f"untuk konten akun "
            f"media sosial komersil tanpa seizin redaksi {site.brand}.",
        ),
    )


def comments(rng: random.Random) -> str:
    n = rng.randint(0, 250)
    return pick(
        rng,
        (
            f"{n} Komentar",
            f"{n} komentar",
            f"Komentar ({n})",
            "Tulis Komentar",
            "Belum ada komentar",
            "Lihat Komentar",
            f"{n} Tanggapan",
            "Tinggalkan Balasan",
            "Tinggalkan komentar",
            "Posting Komentar",
            "Tidak ada komentar:",
            f"{n} Comments",
            "Leave a Comment",
            "Komentar Anda",
            "Beri Komentar",
            "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        ),
    )


def follow(rng: random.Random, site: Site) -> str:
    return pick(
        rng,
        (
            f"Ikuti berita {site.brand} lainnya di Google News",
            f"Simak berita dan artikel lainnya di Google News {site.brand}",
            f"Follow Berita {site.brand} di Google News",
            f"Dapatkan update berita pilihan dan breaking news setiap hari dari {site.brand}. "
            "Mari bergabung di Grup "
            f'Telegram "{site.brand} News Update", caranya klik link berikut, kemudian join.',
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. "
            "Pilih saluran andalanmu akses berita "
            f"{site.brand} WhatsApp Channel.",
            f"Ikuti kami di Instagram @{site.key}",
            f"Follow Instagram @{site.key} untuk info terbaru",
            "Berlangganan newsletter kami untuk mendapatkan berita terbaru setiap pagi.",
            "Daftarkan email Anda untuk berlangganan buletin mingguan kami.",
            f"Gabung channel WhatsApp {site.brand} untuk mendapatkan berita terkini.",
            "Klik di sini untuk mendapatkan update berita terkini setiap hari.",
            "Jangan lupa subscribe, like, dan share!",
            f"Dapatkan berita up to date dengan semua berita terkini dari {site.brand} "
            "hanya dengan satu akun, daftar "
            "sekarang dengan klik disini dan nantikan kejutan menarik lainnya.",
            "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, "
            "silakan WhatsApp ke nomor Cek Fakta "
            f"0811 {rng.randint(1000, 9999)} {rng.randint(100, 999)} "
            "hanya dengan ketik kata kunci yang diinginkan.",
        ),
    )


def share(rng: random.Random) -> str:
    nets = ["Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Pinterest", "Email", "X"]
    rng.shuffle(nets)
    r = rng.random()
    if r < 0.25:
        return pick(
            rng,
            (
                "Bagikan:",
                "Bagikan",
                "Share:",
                "SHARE",
                "Bagikan artikel ini",
                "Sebarkan artikel ini",
                "Share this:",
                "Bagikan ke:",
                "Salin Link",
                "Copy link",
                "url telah tercopy",
                "Link berhasil disalin",
            ),
        )
    if r < 0.55:
        return pick(rng, ("Bagikan: ", "Share: ", "Share ", "")) + " ".join(nets[: rng.randint(2, 5)])
    if r < 0.75:
        return " ".join(f"Bagikan ke {n}" for n in nets[: rng.randint(2, 3)])
    if r < 0.9:
        return f"{num(rng, 3, 9_000)} Shares"
    return "Share ke " + ", ".join(nets[:3])


def views(rng: random.Random) -> str:
    n = num(rng, 12, 98_000)
    return pick(
        rng,
        (
            f"Dilihat {n} kali",
            f"Dibaca {n} kali",
            f"{n} views",
            f"{rng.randint(1, 99)}.{rng.randint(1, 9)}K views",
            f"👁 {n}",
            f"{n} Dilihat",
            f"{n}",
            f"Dibaca: {n}",
            f"{rng.randint(2, 15)} menit baca",
            f"Waktu baca {rng.randint(2, 9)} menit",
        ),
    )


def close(rng: random.Random) -> str:
    return pick(rng, ("×", "✕", "X", "[x]", "Tutup", "Close", "✖", "Tutup Iklan"))


def category_label(rng: random.Random, site: Site) -> str:
    return rng.choice(site.labels)


def cookie(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. "
            "Dengan melanjutkan, Anda menyetujui kebijakan "
            "privasi kami.",
            "Situs ini menggunakan cookie. Setuju",
            "This site uses cookies. Accept",
            "Dengan menggunakan situs ini, Anda menyetujui penggunaan cookie.",
        ),
    )


def breadcrumb(rng: random.Random, site: Site, ctx: Context) -> str:
    first = pick(rng, ("Beranda", "Home", "Beranda", "Home", "Index"))
    parts = [first, rng.choice(site.labels)]
    if rng.random() < 0.5:
        parts.append(pick(rng, ("Berita", "Daerah", ctx.place, "Umum", "Terkini")))
    sep = pick(rng, (" » ", " > ", " › ", " / ", " » ", " | ", " >> "))
    return sep.join(parts)


def page_nav(rng: random.Random) -> str:
    return pick(
        rng,
        (
            "Halaman selanjutnya",
            "Selanjutnya",
            "Halaman 1 2 3 Selanjutnya",
            "1 2 Next",
            "Baca halaman selanjutnya",
            "Previous Post Next Post",
            "Posting Lebih Baru Posting Lama Beranda",
            "« Sebelumnya Selanjutnya »",
            f"Halaman {rng.randint(1, 3)}/{rng.randint(3, 5)}",
            "Load More",
            "Tampilkan Semua",
        ),
    )


def end_code(rng: random.Random) -> str:
    letters = "abcdefghijklmnoprstuwy"

    def ini() -> str:
        return "".join(rng.choice(letters) for _ in range(3))

    return pick(
        rng,
        (
            f"({ini()}/{ini()})",
            f"({ini()}/{ini()})",
            f"[{ini()}/{ini()}]",
            f"({ini()})",
            "(end)",
            f"({ini()}/end)",
        ),
    )


def dateline_prefix(rng: random.Random, site: Site) -> str:
    assert site.dateline_prefix is not None
    city = rng.choice(CITIES)
    return site.dateline_prefix.format(C=city.upper() if "KOMPAS" in site.dateline_prefix.upper() else city)


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
# Where on the page each kind of chrome stands.
HEAD_KINDS = ("breadcrumb", "category_label", "close", "views", "share", "dateline", "cookie")
AFTER_TITLE_KINDS = ("byline", "dateline", "share", "photo", "ads", "views")
BODY_KINDS = ("read_also", "ads", "media_marker", "photo", "read_also")
TAIL_KINDS = ("tags", "byline", "follow", "share", "comments", "copyright", "views", "page_nav", "read_also")


def boilerplate(rng: random.Random, kind: str, site: Site, ctx: Context) -> str:
    return BOILERPLATE_MAKERS[kind](rng, site, ctx)


# --------------------------------------------------------------------------------------------------
# Tables of contents


TOC_LABELS = (
    "Daftar Isi",
    "Daftar isi",
    "DAFTAR ISI",
    "Daftar Isi:",
    "Daftar Isi [tampilkan]",
    "Daftar Isi [sembunyikan]",
    "Isi Artikel",
    "Daftar Isi Artikel",
    "Table of Contents",
    "Navigasi Cepat",
    "Isi Konten",
    "Daftar Isi Toggle",
)


def toc_items(rng: random.Random, headings: list[str]) -> tuple[str | None, list[str], str]:
    """(label or None, items, marker style) for a table of contents mirroring `headings`."""
    label_text = rng.choice(TOC_LABELS) if rng.random() < 0.7 else None
    style = rng.choice(("bullet", "bullet", "numbered", "numbered_paren", "plain"))
    bullet = rng.choice(("-", "•", "*"))
    items = []
    for i, h in enumerate(headings, 1):
        if style == "bullet":
            items.append(f"{bullet} {h}")
        elif style == "numbered":
            items.append(f"{i}. {h}")
        elif style == "numbered_paren":
            items.append(f"{i}) {h}")
        else:
            items.append(h)
    return label_text, items, style


# --------------------------------------------------------------------------------------------------
# Keyword stuffing


def seo_keyword(rng: random.Random, ctx: Context, templates: tuple[str, ...]) -> str:
    return ctx.fill(rng.choice(templates), rng)


# --------------------------------------------------------------------------------------------------
# Injected spam


BRANDS = (
    "SLOT88",
    "GACOR77",
    "MPO500",
    "ZEUS138",
    "NAGA303",
    "JPSLOT",
    "TOGEL4D",
    "BOLA88",
    "MAXWIN99",
    "SBO365",
    "RAJAJP",
    "HOKI777",
    "DEWA234",
    "KOI889",
    "PRAGMA69",
    "Situs4D",
    "LinkGacor",
    "AsiaBet88",
    "OLX88",
    "TOTOJP",
)
MARKETS = ("hk", "sgp", "sdy", "macau", "hongkong", "singapore", "sydney", "cambodia", "taiwan", "china")
GAMBLING_PHRASES = (
    "slot gacor",
    "slot gacor hari ini",
    "situs slot online",
    "link slot gacor",
    "daftar slot gacor",
    "rtp live slot",
    "rtp slot gacor",
    "bocoran slot maxwin",
    "slot maxwin",
    "judi bola online",
    "agen sbobet",
    "togel {m}",
    "togel online {m}",
    "pengeluaran {m}",
    "keluaran {m} hari ini",
    "data {m}",
    "live draw {m}",
    "prediksi togel {m}",
    "bandar togel terpercaya",
    "situs toto 4d",
    "toto macau",
    "slot demo pragmatic",
    "gates of olympus",
    "mahjong ways 2",
    "scatter hitam",
    "bonus new member 100",
    "deposit dana 10rb",
    "poker online",
    "domino qq",
    "casino online",
    "sabung ayam online",
    "slot thailand",
    "akun pro kamboja",
    "situs judi online terpercaya",
    "slot deposit pulsa tanpa potongan",
    "angka main {m}",
    "syair {m}",
    "link alternatif {b}",
    "{b} login",
    "{b} slot",
    "daftar {b}",
    "rtp {b}",
)
LOAN_PHRASES = (
    "pinjol cepat cair",
    "pinjaman online tanpa bi checking",
    "pinjol legal bunga rendah",
    "dana tunai cepat cair",
    "gadai bpkb cepat cair",
    "pinjaman online langsung cair",
    "pinjol tanpa ktp",
    "kredit tanpa agunan cepat cair",
)
PHARMA_PHRASES = (
    "obat kuat pria",
    "viagra asli",
    "cialis original",
    "obat pembesar",
    "obat penggugur kandungan",
    "cytotec asli",
    "jual obat aborsi",
    "obat pelangsing ampuh",
    "vimax asli",
    "obat kuat tahan lama",
)
ADULT_PHRASES = (
    "video bokep",
    "bokep indo",
    "streaming film dewasa",
    "cewek open bo",
    "situs dewasa 18+",
    "vcs panggilan",
    "video viral tanpa sensor",
    "bokep viral terbaru",
    "nonton film semi",
    "cerita dewasa",
)
SPAM_FAMILIES = {
    "gambling": (GAMBLING_PHRASES, 0.6),
    "loan": (LOAN_PHRASES, 0.15),
    "pharma": (PHARMA_PHRASES, 0.13),
    "adult": (ADULT_PHRASES, 0.12),
}


def spam_family(rng: random.Random) -> str:
    r, acc = rng.random(), 0.0
    for name, (_, weight) in SPAM_FAMILIES.items():
        acc += weight
        if r < acc:
            return name
    return "gambling"


def spam_phrase(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    phrase = rng.choice(SPAM_FAMILIES[family][0])
    return phrase.format(m=rng.choice(MARKETS), b=rng.choice(BRANDS).lower())


def phone(rng: random.Random) -> str:
    return f"08{rng.randint(11, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def spam_url(rng: random.Random) -> str:
    brand = rng.choice(BRANDS).lower()
    return pick(
        rng,
        (
            f"https://{brand}.com",
            f"bit.ly/{brand}{rng.randint(1, 99)}",
            f"www.{brand}-login.net",
            f"https://s.id/{brand}",
            f"{brand}.vip",
        ),
    )


PROMO_TEMPLATES = {
    "gambling": (
        "{B} – Situs Slot Gacor Hari Ini Gampang Menang Maxwin {Y}",
        "Daftar {B} sekarang, bonus new member {pct}% langsung cair!",
        "Link alternatif {B} terbaru anti blokir: {U}",
        "Bocoran RTP slot gacor malam ini, klik {U}",
        "Prediksi togel {M} {dd}-{mm}-{Y} paling jitu hanya di {B}",
        "{B} situs judi bola dan casino online terpercaya, deposit via DANA tanpa potongan",
        "WD berapapun pasti dibayar! Main di {B}, situs slot resmi {Y}",
        "Hanya modal {k}rb bisa maxwin x{x}, buktikan sendiri di {B}!",
        "Keluaran {M} hari ini tercepat dan terlengkap, cek di {U}",
        "Main slot online gampang jackpot, daftar di {B} sekarang juga",
        "🔥 {B} 🔥 SLOT GACOR ANTI RUNGKAD 🔥 DAFTAR DI {U}",
        "Situs toto 4D hadiah terbesar, diskon togel {pct}% di {B}",
    ),
    "loan": (
        "Butuh dana cepat? Pinjaman tanpa jaminan cair {n} menit, hubungi WA {PH}",
        "Pinjol legal bunga rendah, tanpa BI checking, langsung cair ke rekening! Klik {U}",
        "Gadai BPKB motor dan mobil cepat cair, proses 1 jam, hubungi {PH}",
        "Dana tunai hingga Rp{n} juta tanpa survei, ajukan sekarang di {U}",
    ),
    "pharma": (
        "Jual obat kuat asli, COD seluruh Indonesia, hubungi {PH}",
        "Obat penggugur kandungan ampuh dan aman, pesan lewat WA {PH}",
        "Viagra asli harga murah, pengiriman rahasia, klik {U}",
        "Obat pembesar alat vital permanen, hasil dijamin, hubungi {PH}",
    ),
    "adult": (
        "Nonton video bokep viral terbaru tanpa sensor di {U}",
        "Cewek open BO {C} terpercaya, chat WA {PH}",
        "Link video viral full durasi ada di sini: {U}",
        "Streaming film dewasa gratis tanpa iklan di {U}",
    ),
}


def promo_line(rng: random.Random, year: int, family: str | None = None) -> str:
    family = family or spam_family(rng)
    text = rng.choice(PROMO_TEMPLATES[family]).format(
        B=rng.choice(BRANDS),
        Y=year,
        pct=rng.choice((25, 50, 100, 150, 200)),
        U=spam_url(rng),
        M=rng.choice(MARKETS).upper(),
        dd=f"{rng.randint(1, 28):02d}",
        mm=f"{rng.randint(1, 12):02d}",
        k=rng.choice((5, 10, 20)),
        x=rng.choice((500, 1000, 5000)),
        n=rng.choice((5, 10, 15, 30, 50)),
        PH=phone(rng),
        C=rng.choice(CITIES),
    )
    return text if rng.random() < 0.8 else text.upper()


def keyword_wall(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    n = rng.randint(8, 22)
    words = list(dict.fromkeys(spam_phrase(rng, family if rng.random() < 0.8 else None) for _ in range(n)))
    words += [b.lower() for b in rng.sample(BRANDS, rng.randint(0, 4))]
    rng.shuffle(words)
    sep = pick(rng, (", ", ", ", " | ", " - ", " ", " • ", " / "))
    return sep.join(words)


_LEET = {"a": "4", "i": "1", "o": "0", "e": "3", "s": "5", "g": "9", "t": "7"}
_FANCY_BASES = {  # lowercase a, uppercase A for each Unicode letter style
    "bold": (0x1D41A, 0x1D400),
    "sans_bold": (0x1D5EE, 0x1D5D4),
    "italic_bold": (0x1D482, 0x1D468),
    "monospace": (0x1D68A, 0x1D670),
    "fullwidth": (0xFF41, 0xFF21),
    "circled": (0x24D0, 0x24B6),
}


def fancy(text: str, style: str) -> str:
    lower, upper = _FANCY_BASES[style]
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def obfuscate(rng: random.Random, phrase: str) -> str:
    """`slot gacor` as spammers write it to slip past filters: s10t g4c0r, s l o t, 𝐬𝐥𝐨𝐭, sl*t."""
    style = rng.choice(("leet", "leet", "spaced", "dotted", "fancy", "fancy", "mixed", "star"))
    if style == "leet":
        out = "".join(_LEET[c] if c in _LEET and rng.random() < 0.6 else c for c in phrase)
        return out if out != phrase else phrase.replace("o", "0")
    if style == "spaced":
        return "  ".join(" ".join(w) for w in phrase.split())
    if style == "dotted":
        return " ".join(".".join(w) for w in phrase.split())
    if style == "fancy":
        return fancy(phrase if rng.random() < 0.5 else phrase.upper(), rng.choice(list(_FANCY_BASES)))
    if style == "mixed":
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(phrase))
    vowels = [i for i, c in enumerate(phrase) if c in "aiueo"]
    chars = list(phrase)
    for i in rng.sample(vowels, min(len(vowels), 2)):
        chars[i] = "*"
    return "".join(chars)


OBFUSCATABLE = (
    "slot gacor",
    "judi online",
    "togel",
    "situs slot",
    "slot online",
    "bandar togel",
    "judi slot",
    "maxwin",
    "pinjol",
    "bokep",
    "obat kuat",
    "casino",
    "sbobet",
    "toto gelap",
)


def obfuscated_phrase(rng: random.Random) -> str:
    return obfuscate(rng, rng.choice(OBFUSCATABLE))


def obfuscated_line(rng: random.Random, year: int) -> str:
    core = obfuscate(rng, rng.choice(OBFUSCATABLE))
    return pick(
        rng,
        (
            f"{core} {rng.choice(BRANDS)} gampang menang",
            f"Daftar {core} sekarang juga",
            f"{core} terpercaya {year}",
            f"{core.upper()} {obfuscate(rng, 'maxwin')} {rng.choice(BRANDS)}",
            f"Link {core} resmi: {spam_url(rng)}",
        ),
    )


# --------------------------------------------------------------------------------------------------
# Placeholders and generator residue


VERIFICATION_NOTES = (
    "(data spesifik perlu diverifikasi dari sumber terpercaya)",
    "(data perlu diverifikasi)",
    "(angka ini perlu dikonfirmasi ulang)",
    "(sumber perlu dicek kembali)",
    "[perlu verifikasi]",
    "[data perlu diperbarui]",
    "(Catatan: data di atas perlu diverifikasi dari sumber resmi)",
    "(perlu rujukan)",
    "[butuh sumber]",
    "(masukkan data terbaru di sini)",
    "[tambahkan statistik terbaru]",
    "(data ini bersifat ilustratif dan perlu diverifikasi)",
    "[verifikasi data dengan sumber resmi]",
    "(perlu konfirmasi lebih lanjut dari pihak terkait)",
    "(angka perkiraan, mohon cek sumber asli)",
    "[data spesifik belum tersedia]",
    "(contoh data, sesuaikan dengan kondisi sebenarnya)",
    "(informasi ini perlu diperiksa kembali keakuratannya)",
    "[Catatan penulis: cek kembali angka ini]",
    "(tahun perlu dikonfirmasi)",
)
WIKI_MARKERS = (
    "[rujukan?]",
    "[butuh rujukan]",
    "[perlu rujukan]",
    "[rujukan diperlukan]",
    "[kapan?]",
    "[siapa?]",
    "[citation needed]",
    "[klarifikasi diperlukan]",
    "[butuh klarifikasi]",
    "[meragukan – diskusikan]",
    "[pranala nonaktif]",
    "[halaman dibutuhkan]",
)
UNFINISHED_ATTRIBUTION_LINES = (
    "Sumber:",
    "Sumber: [nama sumber]",
    "Sumber: [tautan]",
    "Sumber: (tambahkan sumber terpercaya)",
    "Sumber : -",
    "Perlu dicantumkan sumber resmi yang relevan*)",
    "Perlu dicantumkan sumber resmi {org} yang relevan*)",
    "Pernyataan resmi {org} (Sumber",
    "(Sumber",
    "Dikutip dari [sumber]",
    "Referensi: [masukkan referensi]",
    "Sumber data: (belum dicantumkan)",
    "*) Sumber perlu ditambahkan",
)
UNFINISHED_ATTRIBUTION_INLINE = (
    "(Sumber",
    "(Sumber:",
    "(Sumber: [nama sumber])",
    "(sumber: tautan)",
    "- Sumber: [masukkan sumber]",
    "(dikutip dari [sumber])",
)
LAYOUT_TALK = (
    "Tabel ini dirancang responsif agar mudah dibaca di berbagai perangkat.",
    "Tabel berikut dapat digeser ke samping jika dibuka melalui ponsel.",
    "Silakan geser tabel untuk melihat kolom selengkapnya.",
    "Gambar di atas hanya ilustrasi dan tampilannya dapat berbeda pada perangkat Anda.",
    "Tata letak artikel ini disusun agar nyaman dibaca di ponsel maupun komputer.",
    "Kolom-kolom pada tabel di atas disusun rapi agar informasi mudah dipahami.",
    "Tabel di atas menggunakan format responsif sehingga tetap rapi di layar kecil.",
    "Ilustrasi berikut ditempatkan di tengah halaman agar mudah dilihat.",
    "Bagian ini dibuat dalam bentuk poin-poin agar lebih mudah dipindai pembaca.",
    "Desain tabel dibuat sederhana agar tetap terbaca saat dicetak.",
    "Untuk tampilan terbaik, buka halaman ini dalam mode lanskap.",
    "Setiap baris tabel diberi warna berbeda agar mudah dibedakan.",
)
TEMPLATE_TOKENS = (
    "[Nama Kota]",
    "{{keyword}}",
    "[INSERT IMAGE]",
    "[Masukkan gambar ilustrasi di sini]",
    "%%title%%",
    "[KEYWORD]",
    "{{ nama_penulis }}",
    "[Tambahkan tautan internal di sini]",
    "[Gambar: infografis]",
    "<!-- wp:paragraph -->",
    "[tulis kesimpulan di sini]",
    "Lorem ipsum dolor sit amet.",
)
LLM_RESIDUE = (
    "Tentu, berikut adalah artikel tentang {t}:",
    "Berikut adalah artikel SEO-friendly tentang {t}.",
    "Tentu! Ini artikel lengkap mengenai {t} yang bisa Anda gunakan.",
    "Semoga artikel ini bermanfaat! Jika Anda ingin saya menambahkan bagian lain, beri tahu saya.",
    "Catatan: Artikel ini dibuat sebagai contoh dan dapat disesuaikan dengan kebutuhan Anda.",
    "Apakah Anda ingin saya menambahkan tabel atau infografis?",
    'Berikut versi artikel yang sudah dioptimasi untuk kata kunci "{t}":',
)


def verification_note(rng: random.Random) -> str:
    return rng.choice(VERIFICATION_NOTES)


def wiki_marker(rng: random.Random) -> str:
    return rng.choice(WIKI_MARKERS)


def unfinished_attribution_line(rng: random.Random) -> str:
    org = rng.choice(("ASEAN", "BPS", "pemerintah", "Kementerian", "WHO", "BMKG", "OJK"))
    return rng.choice(UNFINISHED_ATTRIBUTION_LINES).replace("{org}", org)


def unfinished_attribution_inline(rng: random.Random) -> str:
    return rng.choice(UNFINISHED_ATTRIBUTION_INLINE)


def layout_talk(rng: random.Random) -> str:
    return rng.choice(LAYOUT_TALK)


def template_token(rng: random.Random) -> str:
    return rng.choice(TEMPLATE_TOKENS)


def llm_residue(rng: random.Random, ctx: Context) -> str:
    return rng.choice(LLM_RESIDUE).replace("{t}", ctx.topic.lower())


# --------------------------------------------------------------------------------------------------
# Whole pages that must be rejected


SPAM_TITLES = (
    "{B}: Situs Slot Gacor Hari Ini Gampang Maxwin {Y}",
    "SLOT GACOR HARI INI ✔️ Link Situs Slot88 Maxwin Terpercaya {Y}",
    "Prediksi Togel {M} Hari Ini Paling Jitu dan Akurat",
    "Pinjol Cepat Cair Tanpa BI Checking {Y}",
    "Jual Obat Kuat Asli Original COD Seluruh Indonesia",
    "Nonton Bokep Indo Viral Terbaru {Y}",
    "Daftar Situs Judi Bola Online Resmi dan Terpercaya",
    "{B} Login Link Alternatif Resmi Anti Blokir",
)
SPAM_SENTENCES = (
    "{B} merupakan situs slot gacor hari ini yang menyediakan ribuan permainan dengan RTP tertinggi.",
    "Para member bisa menikmati bonus new member {pct}% dan cashback mingguan tanpa syarat ribet.",
    "Deposit bisa dilakukan melalui DANA, OVO, GoPay, dan pulsa tanpa potongan mulai {k} ribu saja.",
    "Situs ini sudah terbukti membayar berapapun kemenangan member sejak {y0}.",
    "Pola gacor {B} hari ini bisa Anda cek melalui halaman RTP live yang diperbarui setiap jam.",
    "Jangan sampai ketinggalan jackpot maxwin x{x} yang bisa diraih dengan modal kecil.",
    "Prediksi togel {M} hari ini kami susun dari data keluaran sebelumnya agar angka main Anda makin jitu.",
    "Angka main {M}: {d4}, colok bebas {d1}, shio jitu kuda.",
    "Bandar togel terpercaya dengan diskon terbesar dan hadiah 4D hingga {k} juta.",
    "Ajukan pinjol cepat cair tanpa BI checking, cukup dengan KTP dan dana cair dalam {k} menit.",
    "Pinjaman online ini bisa menjadi solusi dana darurat tanpa jaminan dan tanpa survei.",
    "Kami menjual obat kuat asli dengan pengiriman rahasia ke seluruh Indonesia, bisa COD.",
    "Obat ini terbukti ampuh tahan lama dan aman tanpa efek samping, pesan sekarang juga.",
    "Nonton video bokep viral terbaru full durasi tanpa sensor hanya di situs kami.",
    "Link alternatif {B} selalu diperbarui agar member bisa login tanpa VPN.",
    "Customer service kami online 24 jam melalui live chat dan WhatsApp {PH}.",
    "Gabung sekarang dan rasakan sensasi menang besar setiap hari bersama {B}.",
    "Slot gacor, slot online, situs slot, slot88, slot maxwin, rtp slot, bocoran slot gacor hari ini.",
)
KEYWORD_STUFF_SENTENCES = (
    "{K} adalah informasi yang paling banyak dicari hari ini.",
    "Cek {k} terbaru di sini, {k} update setiap hari.",
    "Berikut {k} lengkap, {k} hari ini, dan {k} terkini.",
    "Jika Anda mencari {k}, di sini tempatnya {k}.",
    "{K} murah, {k} terbaik, {k} terlengkap.",
    "Simak {k} agar tidak ketinggalan {k} terbaru.",
    "Banyak orang mencari {k} karena {k} sangat penting.",
    "{K} hari ini bisa berubah, jadi pantau terus {k}.",
    "Info {k}, daftar {k}, dan harga {k} ada di halaman ini.",
    "Kami menyajikan {k} dan {k} setiap hari untuk Anda.",
)
STUFFED_KEYWORDS = (
    "harga emas hari ini",
    "jadwal kereta api",
    "cara membuat kue bolu",
    "harga motor bekas",
    "resep ayam goreng",
    "lowongan kerja terbaru",
    "kode pos jakarta",
    "harga hp samsung",
    "tiket pesawat murah",
    "jadwal sholat",
    "cara daftar bpjs",
    "harga semen per sak",
    "info cpns terbaru",
    "promo alfamart hari ini",
)


def spam_page_lines(rng: random.Random, year: int) -> tuple[str, list[str]]:
    brand = rng.choice(BRANDS)
    fill = {
        "B": brand,
        "Y": year,
        "M": rng.choice(MARKETS).upper(),
        "pct": rng.choice((50, 100, 200)),
        "k": rng.choice((10, 20, 25, 50)),
        "y0": rng.randint(2015, 2021),
        "x": rng.choice((500, 1000, 5000)),
        "d4": rng.randint(1000, 9999),
        "d1": rng.randint(0, 9),
        "PH": phone(rng),
    }
    title = rng.choice(SPAM_TITLES).format(**fill)
    lines = []
    for _ in range(rng.randint(4, 7)):
        sentences = rng.sample(SPAM_SENTENCES, rng.randint(2, 4))
        lines.append(" ".join(s.format(**fill) for s in sentences))
        if rng.random() < 0.4:
            lines.append(rng.choice((keyword_wall(rng), promo_line(rng, year), obfuscated_line(rng, year))))
    return title, lines


def keyword_stuffed_lines(rng: random.Random) -> tuple[str, list[str]]:
    k = rng.choice(STUFFED_KEYWORDS)
    title = (
        f"{k.title()} {rng.choice(('Terbaru', 'Hari Ini', 'Lengkap', 'Terupdate'))} {rng.randint(2021, 2025)}"
    )
    lines = []
    for _ in range(rng.randint(4, 6)):
        sentences = [rng.choice(KEYWORD_STUFF_SENTENCES) for _ in range(rng.randint(3, 5))]
        lines.append(" ".join(s.format(k=k, K=k[0].upper() + k[1:]) for s in sentences))
    return title, lines


def link_list_lines(rng: random.Random, ctx: Context) -> tuple[str, list[str]]:
    title = pick(
        rng, ("Arsip Berita", "Sitemap", "Indeks Berita Hari Ini", "Kumpulan Artikel Terbaru", "Arsip Blog")
    )
    lines = []
    style = rng.choice(("bullet", "dated", "url", "plain"))
    for _ in range(rng.randint(25, 45)):
        h = headline(rng, ctx)
        if style == "bullet":
            lines.append(f"- {h}")
        elif style == "dated":
            lines.append(f"{h} | {date_text(rng)}")
        elif style == "url":
            slug = "-".join(w.lower().strip(",.:?!") for w in h.split()[:7])
            lines.append(f"https://{rng.choice(SITES).domain}/{rng.randint(2019, 2025)}/{slug}")
        else:
            lines.append(h)
    return title, lines


def number_page_lines(rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choice(("codes", "schedule", "prices", "grid"))
    if kind == "codes":
        title = f"Kode Wilayah {rng.choice(PROVINCES)}"
        lines = [
            f"{rng.randint(11, 99)}.{rng.randint(1, 79):02d}.{rng.randint(1, 30):02d} "
            f"{rng.randint(10000, 99999)}"
            for _ in range(rng.randint(40, 70))
        ]
    elif kind == "schedule":
        title = "Jadwal"
        lines = [
            " ".join(f"{rng.randint(0, 23):02d}.{rng.choice(('00', '15', '30', '45'))}" for _ in range(6))
            for _ in range(rng.randint(30, 50))
        ]
    elif kind == "prices":
        title = "Update Data"
        lines = [" | ".join(num(rng, 100, 99_999) for _ in range(5)) for _ in range(rng.randint(30, 50))]
    else:
        title = "Tabel"
        lines = [" ".join(str(rng.randint(0, 999)) for _ in range(8)) for _ in range(rng.randint(30, 50))]
    return title, lines


def short_article_chrome(rng: random.Random, site: Site, ctx: Context) -> list[tuple[str, str]]:
    """Plenty of chrome for a page whose article is too short: (subkind, line) pairs."""
    kinds = [
        "breadcrumb",
        "byline",
        "dateline",
        "share",
        "read_also",
        "read_also",
        "tags",
        "follow",
        "copyright",
        "comments",
        "read_also",
        "ads",
    ]
    rng.shuffle(kinds)
    return [(k, boilerplate(rng, k, site, ctx)) for k in kinds[: rng.randint(7, 11)]]
