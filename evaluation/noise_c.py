"""Inventory C: the held-out noise inventory, the project's final check. Never tune rules on it.

Inventories A (`evaluation/noise.py`) and B (`evaluation/noise_b.py`) are both looked at while the
rules are developed, so their figures overstate how far the rules generalise. This one was written
by someone who read neither inventory's lists nor the rules or their lexicons: only the interface
(function names, signatures, return shapes and the constants the generator reads: `SITES`,
`BRANDS`, the `Site` record) and how `evaluation/generate.py` calls it. Every string here was
written from how other Indonesian pages look: Kontan, Bisnis.com, Katadata, Tirto, detik regional
desks, Pikiran Rakyat and its PRMN network, Jawa Pos and Radar, Serambinews and Tribun regional
desks, the Grid network, Bola.com, KapanLagi, Fimela, HaiBunda, Mojok and Terminal Mojok,
Kompasiana, a Kaskus thread, a village site on OpenSID, provincial and regency government news,
university news desks, a press-release portal, and SEO-heavy education, finance, parenting, health
and marketplace blogs. Generators randomise case, spacing, numbers and names.

Categories follow DESIGN.md: boilerplate, duplicate_heading, table_of_contents, keyword_stuffing,
injected_spam, placeholder; the generator names each unit's `subkind`. The two optional hooks the
generator looks for are provided: `scroll_prompt` (the line under an ad slot) and
`attribution_follow_up` (a second line after some unfinished attributions).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from evaluation.noise import Site
from evaluation.sources import CITIES, DAYS, MONTHS, PROVINCES, Context, new_context, num

MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
ZONES = ("WIB", "WIB", "WIB", "WIB", "WIB", "WITA", "WITA", "WIT")

FIRST_NAMES = (
    "Asep",
    "Ujang",
    "Dadang",
    "Euis",
    "Cecep",
    "Nenden",
    "Teuku",
    "Cut",
    "Muhammad",
    "Sri",
    "Tri",
    "Dwi",
    "Bagus",
    "Wulan",
    "Gede",
    "Komang",
    "Nyoman",
    "Kadek",
    "Ni Luh",
    "Yohanes",
    "Maria",
    "Fransiskus",
    "Stefanus",
    "Yosua",
    "Ignatius",
    "Hendrik",
    "Felix",
    "Rahmat",
    "Syahrul",
    "Zulkifli",
    "Fadli",
    "Marwan",
    "Ridwan",
    "Heru",
    "Slamet",
    "Ratih",
    "Anisa",
    "Khairunnisa",
    "Aulia",
    "Nadia",
    "Rizal",
    "Fikri",
    "Haikal",
    "Rafi",
    "Dinda",
    "Laras",
    "Septi",
    "Novi",
    "Yuni",
    "Ester",
    "Debora",
    "Imelda",
    "Rosa",
    "Yudha",
    "Gregorius",
)
LAST_NAMES = (
    "Sihombing",
    "Pardede",
    "Manurung",
    "Lubis",
    "Nainggolan",
    "Panjaitan",
    "Tarigan",
    "Ginting",
    "Pattinama",
    "Latuconsina",
    "Rumbiak",
    "Kogoya",
    "Bria",
    "Seran",
    "Manafe",
    "Alatas",
    "Assegaf",
    "Rompas",
    "Lumentut",
    "Sondakh",
    "Syamsuddin",
    "Firmansyah",
    "Kusumawardhani",
    "Ayuningtyas",
    "Prasetyo",
    "Wicaksono",
    "Hartono",
    "Wirawan",
    "Sudarsono",
    "Astuti",
    "Rahayu",
    "Maharani",
    "Pangestu",
    "Gunadi",
    "Irawan",
    "Adnyana",
    "Suarjana",
    "Widiasih",
    "Nugraha",
    "Kusnadi",
    "Sukmawati",
    "Rukmana",
    "Hermawan",
    "Daulay",
    "Batubara",
    "Pohan",
    "Ritonga",
    "Fauzan",
    "Mubarok",
    "Baihaqi",
)
# People known by one name only, as many bylines print them.
SINGLE_NAMES = ("Suparman", "Sutrisno", "Mulyadi", "Sumarni", "Darmadi", "Wagiman", "Tukiyem", "Rusdi")
HANDLE_WORDS = ("nusantara", "harian", "asli", "tv", "media", "kita", "real", "ofc", "dotcom", "news")


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(options)


def vary_case(rng: random.Random, text: str) -> str:
    """A label as different themes print it: as written (most often), UPPER, lower or Title Case."""
    r = rng.random()
    if r < 0.58:
        return text
    if r < 0.78:
        return text.upper()
    if r < 0.9:
        return text.lower()
    return text.title()


def label(
    rng: random.Random,
    word: str,
    separators: tuple[str, ...] = (": ", ": ", " : ", ":", " | ", " — ", " >> ", " ➜ ", " "),
) -> str:
    """`Baca Juga` and a separator, in a random case: `BACA JUGA >> `, `baca juga : `."""
    return vary_case(rng, word) + rng.choice(separators)


def name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.1:
        return rng.choice(SINGLE_NAMES)
    if r < 0.2:
        first = rng.choice(FIRST_NAMES)
        second = rng.choice([f for f in FIRST_NAMES if f != first])
        return f"{first} {second} {rng.choice(LAST_NAMES)}"
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def handle(rng: random.Random, who: str | None = None) -> str:
    parts = (who or name(rng)).lower().replace(".", "").split()
    first, last = parts[0], parts[-1]
    return pick(
        rng,
        (
            f"{first}{rng.randint(1, 99)}",
            f"{first}.{last}",
            f"{first}_{rng.choice(HANDLE_WORDS)}",
            f"{rng.choice(HANDLE_WORDS)}{first}",
            f"{first}{last}",
            f"{first[:3]}{last}{rng.randint(0, 9)}",
        ),
    )


def initials(rng: random.Random, n: int | None = None) -> str:
    letters = "abcdefghijklmnoprstuvwyz"
    return "".join(rng.choice(letters) for _ in range(n or rng.choice((2, 3, 3, 3))))


def _clock(rng: random.Random, sep: str = ":") -> str:
    return f"{rng.randint(0, 23):02d}{sep}{rng.randint(0, 59):02d}"


def _date_parts(rng: random.Random) -> tuple[str, int, int, int]:
    return rng.choice(DAYS), rng.randint(1, 28), rng.randint(0, 11), rng.randint(2019, 2025)


# --------------------------------------------------------------------------------------------------
# Sites: who prints the page, its section labels, and how often each piece of chrome appears


NEWS_CHROME = {
    "cookie": 0.25,
    "breadcrumb": 0.55,
    "close": 0.3,
    "views": 0.35,
    "share": 0.6,
    "dateline": 0.8,
    "category_label": 0.65,
    "byline": 0.85,
    "photo": 0.6,
    "ads": 0.55,
    "read_also": 0.8,
    "media_marker": 0.35,
    "tags": 0.65,
    "follow": 0.6,
    "comments": 0.3,
    "copyright": 0.45,
    "page_nav": 0.3,
}
BLOG_CHROME = {
    "cookie": 0.2,
    "breadcrumb": 0.5,
    "close": 0.1,
    "views": 0.5,
    "share": 0.65,
    "dateline": 0.7,
    "category_label": 0.5,
    "byline": 0.7,
    "photo": 0.45,
    "ads": 0.35,
    "read_also": 0.6,
    "media_marker": 0.25,
    "tags": 0.55,
    "follow": 0.45,
    "comments": 0.7,
    "copyright": 0.5,
    "page_nav": 0.35,
}
SEO_CHROME = {
    "cookie": 0.35,
    "breadcrumb": 0.75,
    "close": 0.2,
    "views": 0.3,
    "share": 0.55,
    "dateline": 0.6,
    "category_label": 0.45,
    "byline": 0.55,
    "photo": 0.5,
    "ads": 0.6,
    "read_also": 0.85,
    "media_marker": 0.15,
    "tags": 0.45,
    "follow": 0.35,
    "comments": 0.4,
    "copyright": 0.45,
    "page_nav": 0.25,
}


def _chrome(base: dict[str, float], **overrides: float) -> dict[str, float]:
    return {**base, **overrides}


SITES: tuple[Site, ...] = (
    Site(
        "kontan",
        "nasional.kontan.co.id",
        "KONTAN",
        ("Keuangan", "Investasi", "Industri", "Nasional", "Peluang Usaha", "Kolom", "Properti"),
        "news",
        dateline_prefix="KONTAN.CO.ID - {CU}",
        chrome=_chrome(NEWS_CHROME, ads=0.75, follow=0.8),
    ),
    Site(
        "bisnis",
        "ekonomi.bisnis.com",
        "Bisnis.com",
        ("Ekonomi", "Finansial", "Market", "Teknologi", "Kabar24", "Bisnis Regional", "Lifestyle"),
        "news",
        dateline_prefix="Bisnis.com, {CU}",
        chrome=_chrome(NEWS_CHROME, copyright=0.6),
    ),
    Site(
        "katadata",
        "katadata.co.id",
        "Katadata",
        ("Berita", "Finansial", "Energi", "Ekonomi Hijau", "Opini", "Infografik", "Korporasi"),
        "news",
        chrome=_chrome(NEWS_CHROME, media_marker=0.6),
    ),
    Site(
        "tirto",
        "tirto.id",
        "Tirto",
        ("Politik", "Hukum", "Ekonomi", "Sosial Budaya", "Mild Report", "Indepth", "Periksa Fakta"),
        "news",
        dateline_prefix="tirto.id",
        chrome=_chrome(NEWS_CHROME, tags=0.8, cookie=0.4),
    ),
    Site(
        "detikjateng",
        "www.detik.com/jateng",
        "detikJateng",
        ("Berita", "Bisnis", "Wisata", "Kuliner", "Budaya", "Hukum dan Kriminal", "Religi"),
        "news",
        dateline_prefix="{C}",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, media_marker=0.5, page_nav=0.45),
    ),
    Site(
        "detiksumut",
        "www.detik.com/sumut",
        "detikSumut",
        ("Berita", "Bisnis", "Medan", "Sport", "Berita Daerah", "Wisata"),
        "news",
        dateline_prefix="{C}",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, media_marker=0.5),
    ),
    Site(
        "pikiranrakyat",
        "www.pikiran-rakyat.com",
        "Pikiran Rakyat",
        ("Bandung Raya", "Jawa Barat", "News", "Ekonomi", "Internasional", "Otomotif", "Khazanah"),
        "news",
        dateline_prefix="PIKIRAN RAKYAT",
        chrome=_chrome(NEWS_CHROME, read_also=0.9, page_nav=0.5),
    ),
    Site(
        "galamedia",
        "galamedia.pikiran-rakyat.com",
        "Galamedia",
        ("News", "Bandung", "Jabar", "Nasional", "Sport", "Gaya Hidup", "Teknologi"),
        "news",
        dateline_prefix="GALAMEDIA",
        chrome=_chrome(NEWS_CHROME, read_also=0.9, ads=0.7),
    ),
    Site(
        "jawapos",
        "www.jawapos.com",
        "JawaPos.com",
        ("Nasional", "Ekonomi", "Jawa Timur", "Sepak Bola", "Features", "Opini", "Surabaya Raya"),
        "news",
        dateline_prefix="JawaPos.com",
        end_codes=True,
        chrome=NEWS_CHROME,
    ),
    Site(
        "radarmadiun",
        "radarmadiun.jawapos.com",
        "Radar Madiun",
        ("Madiun", "Ngawi", "Magetan", "Ponorogo", "Pacitan", "Nganjuk"),
        "news",
        dateline_prefix="RADAR MADIUN",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, comments=0.15),
    ),
    Site(
        "serambinews",
        "aceh.tribunnews.com",
        "Serambinews.com",
        ("Aceh", "Banda Aceh", "Lhokseumawe", "Nasional", "Sport", "Opini", "Bisnis"),
        "news",
        dateline_prefix="SERAMBINEWS.COM, {CU}",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, page_nav=0.55, follow=0.75),
    ),
    Site(
        "tribunjateng",
        "jateng.tribunnews.com",
        "TribunJateng.com",
        ("Semarang", "Jateng", "Pati", "Kudus", "Lifestyle", "Bisnis", "Regional"),
        "news",
        dateline_prefix="TRIBUNJATENG.COM, {CU}",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, page_nav=0.55, copyright=0.6),
    ),
    Site(
        "tribunkaltim",
        "kaltim.tribunnews.com",
        "TribunKaltim.co",
        ("Balikpapan", "Samarinda", "IKN", "Kutai Kartanegara", "Politik", "Ekonomi"),
        "news",
        dateline_prefix="TRIBUNKALTIM.CO, {CU}",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, page_nav=0.5),
    ),
    Site(
        "gridhot",
        "hot.grid.id",
        "GridHot.ID",
        ("Berita Viral", "Seleb", "Unik", "Tekno", "Hits", "Lifestyle"),
        "news",
        dateline_prefix="GridHot.ID",
        chrome=_chrome(NEWS_CHROME, media_marker=0.55, copyright=0.6),
    ),
    Site(
        "hai",
        "hai.grid.id",
        "HAI",
        ("Entertainment", "Music", "School", "Campus", "Sport", "Tech"),
        "news",
        dateline_prefix="HAI-Online.com",
        chrome=_chrome(NEWS_CHROME, media_marker=0.5),
    ),
    Site(
        "bola",
        "www.bola.com",
        "Bola.com",
        ("Indonesia", "Liga Inggris", "Liga Italia", "MotoGP", "Bulutangkis", "Ragam", "Liga 1"),
        "news",
        dateline_prefix="Bola.com, {C}",
        chrome=_chrome(NEWS_CHROME, media_marker=0.6, copyright=0.55),
    ),
    Site(
        "kapanlagi",
        "www.kapanlagi.com",
        "KapanLagi.com",
        ("Showbiz", "Korea", "Film", "Musik", "Lifestyle", "Plus"),
        "news",
        dateline_prefix="Kapanlagi.com",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, media_marker=0.65, photo=0.75, copyright=0.6),
    ),
    Site(
        "fimela",
        "www.fimela.com",
        "Fimela.com",
        ("Lifestyle", "Beauty", "Fashion", "Parenting", "Relationship", "Food"),
        "blog",
        dateline_prefix="Fimela.com, {C}",
        chrome=_chrome(BLOG_CHROME, comments=0.2, photo=0.7),
    ),
    Site(
        "haibunda",
        "www.haibunda.com",
        "HaiBunda",
        ("Parenting", "Kehamilan", "Menyusui", "Nutrisi", "Mom's Life", "Tumbuh Kembang"),
        "blog",
        end_codes=True,
        chrome=_chrome(BLOG_CHROME, media_marker=0.55, follow=0.65, comments=0.15),
    ),
    Site(
        "mojok",
        "mojok.co",
        "Mojok",
        ("Esai", "Liputan", "Konter", "Otomojok", "Uneg-uneg", "Sosok"),
        "blog",
        chrome=_chrome(BLOG_CHROME, read_also=0.75),
    ),
    Site(
        "terminalmojok",
        "terminalmojok.co",
        "Terminal Mojok",
        ("Nusantara", "Kampus", "Pojok Tubir", "Gaya Hidup", "Hiburan", "Otomotif"),
        "blog",
        chrome=_chrome(BLOG_CHROME, read_also=0.75, follow=0.6),
    ),
    Site(
        "kompasiana",
        "www.kompasiana.com",
        "Kompasiana",
        ("Humaniora", "Ekonomi", "Politik", "Hobby", "Gaya Hidup", "Wisata", "Fiksiana"),
        "blog",
        chrome=_chrome(BLOG_CHROME, views=0.8, copyright=0.7, comments=0.8),
    ),
    Site(
        "kaskus",
        "www.kaskus.co.id",
        "KASKUS",
        ("The Lounge", "Berita dan Politik", "Kuliner", "Otomotif", "Travellers", "Heart to Heart"),
        "blog",
        chrome=_chrome(BLOG_CHROME, comments=0.85, views=0.7, breadcrumb=0.7, dateline=0.85),
    ),
    Site(
        "desasukamaju",
        "sukamaju-ciamis.desa.id",
        "Desa Sukamaju",
        ("Berita Desa", "Kegiatan", "Pengumuman", "Lembaga Desa", "Keuangan Desa"),
        "blog",
        chrome=_chrome(BLOG_CHROME, views=0.85, comments=0.75, copyright=0.75, ads=0.05),
    ),
    Site(
        "pemprovsulut",
        "humas.sulutprov.go.id",
        "Humas Pemprov Sulut",
        ("Berita", "Pemerintahan", "Pembangunan", "Kesehatan", "Pendidikan", "Siaran Pers"),
        "news",
        dateline_prefix="{CU}",
        chrome=_chrome(NEWS_CHROME, ads=0.05, views=0.75, comments=0.1, copyright=0.7),
    ),
    Site(
        "kebumenkab",
        "www.kebumenkab.go.id",
        "Pemkab Kebumen",
        ("Berita", "Pengumuman", "Pemerintahan", "Layanan Publik", "Ekonomi"),
        "news",
        chrome=_chrome(NEWS_CHROME, ads=0.05, views=0.8, comments=0.1, copyright=0.7, media_marker=0.1),
    ),
    Site(
        "itsnews",
        "www.its.ac.id/news",
        "ITS News",
        ("Kampus ITS", "Riset", "Prestasi", "Pengabdian Masyarakat", "Inovasi", "Event"),
        "news",
        dateline_prefix="Kampus ITS, ITS News",
        chrome=_chrome(NEWS_CHROME, ads=0.05, comments=0.05, copyright=0.65),
    ),
    Site(
        "unairnews",
        "unair.ac.id",
        "UNAIR NEWS",
        ("Berita", "Artikel Populer", "Riset", "Liputan", "Opini", "Alumni"),
        "news",
        dateline_prefix="UNAIR NEWS",
        chrome=_chrome(NEWS_CHROME, ads=0.05, comments=0.05, copyright=0.65),
    ),
    Site(
        "wartarilis",
        "www.wartarilis.id",
        "WartaRilis",
        ("Siaran Pers", "Korporasi", "Teknologi", "Keuangan", "CSR", "Gaya Hidup"),
        "news",
        dateline_prefix="{CU}, wartarilis.id",
        end_codes=True,
        chrome=_chrome(NEWS_CHROME, copyright=0.8, comments=0.05),
    ),
    Site(
        "gramedialiterasi",
        "www.gramedia.com/literasi",
        "Gramedia Literasi",
        ("Pendidikan", "Sejarah", "Biologi", "Ekonomi", "Bahasa Indonesia", "Agama"),
        "seo",
        chrome=_chrome(SEO_CHROME, read_also=0.9, share=0.4),
    ),
    Site(
        "cermati",
        "www.cermati.com/artikel",
        "Cermati.com",
        ("Keuangan", "Kartu Kredit", "Asuransi", "Investasi", "Bisnis", "Tips Hemat"),
        "seo",
        chrome=_chrome(SEO_CHROME, follow=0.55),
    ),
    Site(
        "orami",
        "www.orami.co.id/magazine",
        "Orami",
        ("Kehamilan", "Parenting", "Kesehatan", "Resep", "Gaya Hidup"),
        "seo",
        chrome=_chrome(SEO_CHROME, byline=0.8),
    ),
    Site(
        "dokterkita",
        "www.dokterkita.id",
        "DokterKita",
        ("Kesehatan", "Penyakit", "Obat", "Gaya Hidup Sehat", "Ibu dan Anak", "Gizi"),
        "seo",
        chrome=_chrome(SEO_CHROME, byline=0.85, copyright=0.6),
    ),
    Site(
        "quipperblog",
        "www.quipper.com/id/blog",
        "Quipper Blog",
        ("Mapel Sekolah", "Matematika", "Fisika", "Tips Belajar", "Info Kampus", "Kimia"),
        "seo",
        chrome=_chrome(SEO_CHROME, follow=0.6),
    ),
    Site(
        "tokoriablog",
        "blog.tokoria.id",
        "Tokoria Blog",
        ("Tips Belanja", "Gaya Hidup", "Rumah Tangga", "Gadget", "Promo", "Inspirasi"),
        "seo",
        chrome=_chrome(SEO_CHROME, ads=0.75, follow=0.55),
    ),
)


def site_by_key(key: str) -> Site:
    return next(s for s in SITES if s.key == key)


# --------------------------------------------------------------------------------------------------
# Related links, ads, embeds, credits


FOODS = (
    "Mie Aceh",
    "Sate Padang",
    "Rawon",
    "Nasi Liwet",
    "Seblak",
    "Ayam Betutu",
    "Lontong Balap",
    "Mi Gomak",
)
FILMS = ("Rumah di Ujung Senja", "Pulang ke Kampung Nenek", "Hantu Kos Putri", "Jejak Sang Pendekar")
TOLLS = ("Cipularang", "Jagorawi", "Cikampek", "Semarang-Solo", "Medan-Binjai", "Bali Mandara", "Becakayu")
UNIVERSITIES = ("UGM", "ITB", "Unpad", "Undip", "Unhas", "USU", "Unsri", "Udayana", "UNS", "Unand")
CIRCUITS = ("Mandalika", "Qatar", "Spanyol", "Mugello", "Motegi", "Phillip Island", "Buriram")
CLUBS = (
    "Persib",
    "Persija",
    "Arema FC",
    "PSM Makassar",
    "Persebaya",
    "Bali United",
    "PSS Sleman",
    "Borneo FC",
    "Dewa United",
    "Madura United",
    "Persis Solo",
    "PSIS Semarang",
)

RELATED_HEADLINES = (
    "Harga Beras Premium di {C} Tembus Rp{k}.000 per Kilogram",
    "IHSG Dibuka Menguat, Saham Perbankan Jadi Penopang",
    "Rupiah Melemah ke Level Rp{r} per Dolar AS Pagi Ini",
    "Pemkot {C} Siapkan {n} Posko Mudik Lebaran",
    "Kecelakaan Beruntun di Tol {tol}, {n} Kendaraan Terlibat",
    "Jadwal Samsat Keliling {C} Pekan Ini, Cek Lokasinya",
    "Viral Pengendara Motor Adang Ambulans di {C}, Polisi Turun Tangan",
    "BMKG Keluarkan Peringatan Dini Cuaca Ekstrem untuk {PR}",
    "Sinopsis Film {film}, Tayang di Bioskop Mulai Pekan Depan",
    "{club1} vs {club2}: Prediksi Susunan Pemain dan Jadwal Siaran",
    "Resep {food} Ala Rumahan yang Gurih dan Praktis",
    "{n} Rekomendasi Kafe Estetik di {C} untuk Nongkrong Akhir Pekan",
    "Kemenag Umumkan Jadwal Sidang Isbat Awal Ramadan {Y}",
    "Seleksi PPPK {Y} Dibuka, Simak Syarat dan Cara Daftarnya",
    "Daftar UMK {PR} {Y}, Daerah Mana yang Tertinggi?",
    "Gempa Magnitudo {mag} Guncang {PR}, Tidak Berpotensi Tsunami",
    "Kisah {name}, Penjual Gorengan yang Sukses Kuliahkan Tiga Anaknya",
    "Bupati Lantik {n2} Kepala Desa Hasil Pilkades Serentak",
    "Polisi Tangkap Pelaku Curanmor yang Beraksi di {n} Lokasi",
    "Harga Emas Antam Hari Ini Naik Rp{n3}.000 per Gram",
    "Timnas Indonesia Naik ke Peringkat {n3} Ranking FIFA",
    "Cara Cek Penerima Bansos PKH {Y} Lewat HP",
    "Kunci Jawaban Bahasa Indonesia Kelas {grade} Halaman {n3}",
    "Pemprov {PR} Targetkan Angka Stunting Turun ke {n2} Persen",
    "Tarif Tol {tol} Naik Mulai Bulan Depan, Ini Rinciannya",
    "Jadwal Kapal Pelni dari {C} Bulan {M} {Y}",
    "Mahasiswa {univ} Ciptakan Alat Pendeteksi Banjir Berbasis IoT",
    "Kebakaran Landa Permukiman Padat di {C}, Puluhan Warga Mengungsi",
    "Ini Penyebab Harga Telur Ayam Naik di Pasaran",
    "Jadwal MotoGP {circuit} {Y}, Balapan Mulai Pukul {hh}.00 WIB",
    "Dapur Umum Didirikan untuk Korban Banjir di {PR}",
    "Ramai Soal Kenaikan PPN, Ini Barang yang Terkena Dampaknya",
    "Pengamat Sebut {T} Perlu Perhatian Serius Pemerintah Daerah",
    "Soal {T}, DPRD {P} Panggil Dinas Terkait",
    "{G} di {P} Keluhkan Dampak {T}",
    "Anggaran {T} di {P} Capai Rp{n2} Miliar Tahun Ini",
    "Begini Tanggapan Warganet soal {T} yang Ramai Dibahas",
    "Menteri Tinjau Langsung Program {T} di {P}",
    "Wali Kota {C} Minta Warga Tak Panik soal {T}",
    "Tiga Hal yang Perlu Diketahui tentang {T} Tahun {Y}",
    "Jelang Libur Sekolah, Okupansi Hotel di {C} Naik {n2} Persen",
    "Lupa Bayar Pajak Motor? Begini Cara Hitung Dendanya",
    "Ribuan Pencari Kerja Padati Job Fair di {C}",
    "Warga {C} Antusias Ikuti Jalan Sehat HUT RI",
    "Pasar Murah Digelar di {n} Kecamatan, Ini Jadwalnya",
)
READ_ALSO_WORDS = (
    "Baca Juga",
    "Baca juga",
    "BACA JUGA",
    "Simak Juga",
    "Artikel Terkait",
    "Berita Terkait",
    "Jangan Lewatkan",
    "Pilihan Editor",
    "Rekomendasi",
    "Artikel Lainnya",
    "Menarik Dibaca",
    "Bacaan Terkait",
    "Kamu mungkin suka",
    "Cek juga",
    "Wajib Baca",
    "Info Terkini",
    "Berita Pilihan",
    "Terpopuler",
    "Lihat juga",
    "Artikel Sebelumnya",
)


def _fill(rng: random.Random, template: str, ctx: Context) -> str:
    return template.format(
        T=ctx.topic,
        t=ctx.topic.lower(),
        P=ctx.place,
        G=ctx.group,
        Y=ctx.year,
        C=rng.choice(CITIES),
        PR=rng.choice(PROVINCES),
        M=rng.choice(MONTHS),
        n=rng.randint(3, 19),
        n2=rng.randint(12, 95),
        n3=rng.randint(101, 389),
        k=rng.randint(13, 19),
        r=f"{rng.randint(15, 16)}.{rng.randint(100, 999)}",
        mag=f"{rng.randint(3, 6)},{rng.randint(0, 9)}",
        grade=rng.randint(4, 12),
        hh=rng.randint(13, 20),
        name=name(rng),
        food=rng.choice(FOODS),
        film=rng.choice(FILMS),
        tol=rng.choice(TOLLS),
        univ=rng.choice(UNIVERSITIES),
        circuit=rng.choice(CIRCUITS),
        club1=rng.choice(CLUBS[:6]),
        club2=rng.choice(CLUBS[6:]),
    )


def headline(rng: random.Random, ctx: Context) -> str:
    source = ctx if rng.random() < 0.45 else new_context(rng)
    return _fill(rng, rng.choice(RELATED_HEADLINES), source)


def read_also(rng: random.Random, ctx: Context) -> str:
    title = headline(rng, ctx)
    r = rng.random()
    if r < 0.55:
        return label(rng, rng.choice(READ_ALSO_WORDS)) + title
    if r < 0.65:
        return f"{rng.choice(('»', '→', '▶', '➤', '⇒'))} {title}"
    if r < 0.73:
        return f"[{vary_case(rng, rng.choice(READ_ALSO_WORDS))}] {title}"
    if r < 0.8:  # Mojok's closing link
        return f"BACA JUGA {title} dan tulisan {name(rng)} lainnya."
    if r < 0.86:
        return f"{vary_case(rng, 'Baca juga')}: {title} ({rng.randint(1, 59)} menit lalu)"
    if r < 0.91:
        return f"{title} {rng.choice(('(Baca juga)', '- baca selengkapnya', '» Selengkapnya', '(klik)'))}"
    if r < 0.95:
        return f"Baca juga thread ane: {title}"
    return f"{vary_case(rng, 'Simak berita lainnya')}: {title}"


ADS = (
    "Konten Bersponsor",
    "Sponsored Content",
    "Iklan Mitra",
    "PARTNER CONTENT",
    "Ads by {partner}",
    "Advertorial",
    "Kolom Iklan",
    "Space Iklan {w}x{h}",
    "Iklan {w}x{h}",
    "— iklan —",
    "Konten berikut adalah iklan platform {partner}. {brand} tidak terkait dengan materi konten ini.",
    "Rekomendasi untuk Anda oleh {partner}",
    "Promoted by {partner}",
    "Dukung jurnalisme berkualitas dengan menonaktifkan AdBlock di situs ini.",
    "Anda terdeteksi menggunakan AdBlock. Mohon nonaktifkan untuk mendukung kami.",
    "Pasang iklan di sini? Hubungi iklan@{partner_lc}.co.id",
    "Konten Premium: nikmati artikel tanpa iklan dengan berlangganan.",
    "IKLAN - {partner}",
    "Ruang Iklan",
    "Tayangan berikut adalah iklan",
)
AD_BRANDS = ("Redaksi", "Kami", "Situs ini", "Media ini")
PARTNERS = ("Advernative", "Dable", "MGID", "Innity", "Revcontent", "Outbrain", "Teads", "Ezoic")
SCROLL_PROMPTS = (
    "Gulir ke bawah untuk melanjutkan membaca",
    "Lanjutkan membaca artikel di bawah ini",
    "Scroll untuk lanjut baca",
    "▼ Lanjut baca di bawah iklan ▼",
    "Artikel berlanjut setelah iklan berikut",
    "SCROLL KE BAWAH UNTUK MEMBACA",
    "Geser ke atas untuk lanjut membaca",
    "Lanjut Baca ↓",
    "Konten berlanjut di bawah",
)


def ads(rng: random.Random) -> str:
    partner = rng.choice(PARTNERS)
    w, h = pick(rng, ("728x90", "300x250", "320x100", "970x250", "336x280")).split("x")
    text = rng.choice(ADS).format(
        partner=partner, partner_lc=partner.lower(), brand=rng.choice(AD_BRANDS), w=w, h=h
    )
    return vary_case(rng, text) if len(text) < 24 else text


def scroll_prompt(rng: random.Random) -> str:
    """The line some themes print under an ad slot."""
    return vary_case(rng, rng.choice(SCROLL_PROMPTS))


SITE_MEDIA = {
    "haibunda": ("[Gambas:Video Haibunda]", "Simak juga video berikut, Bunda:"),
    "katadata": ("Databoks", "Lihat selengkapnya di Databoks"),
    "bola": ("Video Populer Bola.com", "Video Pilihan"),
    "kapanlagi": ("Lihat postingan ini di Instagram",),
    "kaskus": ("Spoiler for Video:", "Spoiler for Gambar:"),
}


def media_marker(rng: random.Random, site: Site) -> str:
    if site.key in SITE_MEDIA and rng.random() < 0.45:
        return rng.choice(SITE_MEDIA[site.key])
    who = name(rng)
    h = handle(rng, who)
    _, d, m, y = _date_parts(rng)
    code = "".join(
        rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)
    )
    ctx = new_context(rng)
    return pick(
        rng,
        (
            f"Sebuah kiriman dibagikan oleh {who} (@{h})",
            "Lihat postingan ini di Instagram",
            f"— {who} (@{h}) {d} {MONTHS[m]} {y}",
            f"— {who} (@{h}) {MONTHS_SHORT[m]} {d}, {y} pic.twitter.com/{code}",
            f"@{h} ♬ suara asli - {who}",
            f"Video: {headline(rng, ctx)}",
            f"[VIDEO] {headline(rng, ctx)}",
            f"Tonton video selengkapnya di kanal YouTube {site.brand}",
            "Klik untuk memutar video ▶",
            f"Dengarkan artikel ini ({rng.randint(1, 9)}:{rng.randint(0, 59):02d})",
            f"Infografis: {headline(rng, ctx)}",
            f"Podcast: {headline(rng, ctx)} | Dengarkan di Spotify",
            f"Embed dari TikTok @{h}",
            "Video tidak dapat diputar. Muat ulang halaman.",
        ),
    )


SCENES = (
    "Pedagang menata dagangan di pasar tradisional",
    "Pengendara melintas di jalan protokol",
    "Petugas memeriksa kelengkapan dokumen warga",
    "Warga antre di loket pelayanan",
    "Siswa mengikuti kegiatan belajar di kelas",
    "Nelayan menurunkan hasil tangkapan di dermaga",
    "Deretan gedung perkantoran di pusat kota",
    "Tumpukan peti kemas di pelabuhan",
    "Petani memanen padi di sawah",
    "Suasana rapat koordinasi di kantor bupati",
    "Pekerja menyelesaikan proyek jalan",
    "Pengunjung memadati area pameran",
)


def photo(rng: random.Random, site: Site) -> str:
    who = name(rng)
    day, d, m, y = _date_parts(rng)
    scene = rng.choice(SCENES)
    city = rng.choice(CITIES)
    h = handle(rng)
    per_site = {
        "kontan": f"ILUSTRASI. {scene}. KONTAN/{who}/{d:02d}/{m + 1:02d}/{y}",
        "bisnis": f"{scene}. - Bisnis/{who}",
        "tirto": f"Ilustrasi {scene.lower()}. tirto.id/{who.split()[0]}",
        "katadata": f"Ilustrasi, {scene.lower()}. (Katadata/{who})",
        "tribunjateng": f"{scene} di {city}, {day} ({d}/{m + 1}/{y}). (TRIBUNJATENG.COM/{who.upper()})",
        "tribunkaltim": f"{scene} di {city}. (TRIBUNKALTIM.CO/{who.upper()})",
        "serambinews": f"{scene} di {city}, {day} ({d}/{m + 1}/{y}). (SERAMBINEWS.COM/{who.upper()})",
        "detikjateng": f"{scene}. (Foto: {who}/detikJateng)",
        "detiksumut": f"{scene}. (Foto: {who}/detikSumut)",
        "pikiranrakyat": f"Ilustrasi {scene.lower()}./Pixabay/{h}",
        "galamedia": f"Ilustrasi {scene.lower()}./Freepik/{h}",
        "jawapos": f"{scene}. ({who}/Jawa Pos)",
        "radarmadiun": f"{scene}. ({who}/Radar Madiun)",
        "gridhot": f"{scene} | Instagram @{h}",
        "hai": f"{scene} (Dok. HAI)",
        "kapanlagi": f"(credit: instagram.com/{h})",
        "fimela": f"Ilustrasi/copyright shutterstock.com/g/{h}",
        "pemprovsulut": f"Foto: Humas Pemprov Sulut/{who}",
        "kebumenkab": "Foto: Diskominfo Kebumen",
        "itsnews": f"{scene} (Dok. ITS)",
        "unairnews": f"Foto: Humas UNAIR/{who}",
        "wartarilis": "Foto: dok. perusahaan",
        "kaskus": "Spoiler for Foto:",
    }
    if site.key in per_site and rng.random() < 0.6:
        return per_site[site.key]
    return pick(
        rng,
        (
            f"{scene}. (Foto: {who})",
            f"Foto: {who} | Editor: {name(rng)}",
            f"Sumber gambar: {pick(rng, ('Freepik', 'Pexels', 'Unsplash', 'Canva', 'Dok. pribadi'))}",
            f"Gambar oleh {h} dari Pixabay",
            f"📷: @{h}",
            f"Ilustrasi {scene.lower()} (Dok. {site.brand})",
            f"{scene}. (ANTARA FOTO/{who})",
            f"{scene} ({day}, {d}/{m + 1}/{y}). FOTO: {who.upper()}",
            f"Kredit foto: {who}/{site.brand}",
            f"{scene} | Foto: {site.brand}/{who}",
        ),
    )


# --------------------------------------------------------------------------------------------------
# Bylines, dates, tags, footers, widgets


SITE_BYLINES = {
    "kontan": ("Reporter: {a} | Editor: {b}",),
    "bisnis": ("Penulis : {a}\nEditor : {b}", "{a} - Bisnis.com"),
    "katadata": ("Oleh {a}\nEditor: {b}",),
    "tirto": ("Penulis: {a}\nEditor: {b}", "Reporter: {a}\nPenulis: {b}\nEditor: {c}"),
    "detikjateng": ("{a} - detikJateng",),
    "detiksumut": ("{a} - detikSumut",),
    "tribunjateng": ("Laporan Wartawan Tribunjateng.com, {a}", "Penulis: {a} | Editor: {b}"),
    "tribunkaltim": ("Laporan Wartawan TribunKaltim.co, {a}", "Penulis: {a} | Editor: {b}"),
    "serambinews": ("Laporan {a} | {C}", "Penulis: {a} | Editor: {b}"),
    "jawapos": ("Reporter: {a}\nEditor: {b}",),
    "radarmadiun": ("Editor: {b}\nReporter: {a}",),
    "gridhot": ("Penulis: {a} | Editor: {b}",),
    "bola": ("{a}\nDiterbitkan {date}",),
    "kapanlagi": ("Penulis: {a}",),
    "haibunda": ("{a} | HaiBunda",),
    "mojok": ("Penulis: {a}\nEditor: {b}",),
    "terminalmojok": ("Oleh {a}",),
    "kompasiana": ("{a}\nKompasianer",),
    "kaskus": ("TS\n{h}", "Quote:Original Posted By {h}►"),
    "desasukamaju": ("Oleh: Admin Desa", "Ditulis oleh Operator Desa"),
    "pemprovsulut": ("Penulis: Tim Humas\nEditor: {b}",),
    "kebumenkab": ("Diposting oleh: Admin Diskominfo",),
    "itsnews": ("Reporter: {a}\nRedaktur: {b}",),
    "unairnews": ("Penulis: {a}\nEditor: {b}",),
    "wartarilis": ("Oleh: Redaksi WartaRilis",),
    "orami": ("Penulis: {a}\nEditor: {b}\nDitinjau oleh: dr. {c}",),
    "dokterkita": ("Ditinjau secara medis oleh dr. {a}\nDitulis oleh {b}", "Ditulis oleh: dr. {a}"),
    "gramedialiterasi": ("Ditulis oleh {a}",),
}
BYLINES = (
    "Oleh {a}",
    "Oleh: {A}",
    "Penulis: {a} | Editor: {b}",
    "Pewarta: {a}\nEditor: {b}",
    "Kontributor {C}: {a}",
    "Teks: {a} | Foto: {b}",
    "Dipublikasikan oleh {a}",
    "{a}, Jurnalis",
    "Editor: {b}; Penulis: {a}",
    "Kontributor: {a}\nPenyunting: {b}",
    "Ditulis oleh {a} pada {date}",
    "Oleh {a} — {date}",
)


def byline(rng: random.Random, site: Site) -> str:
    a, b, c = name(rng), name(rng), name(rng)
    options = SITE_BYLINES.get(site.key)
    template = rng.choice(options) if options and rng.random() < 0.65 else rng.choice(BYLINES)
    return template.format(
        a=a, A=a.upper(), b=b, c=c, C=rng.choice(CITIES), h=handle(rng, a), date=date_text(rng)
    )


def date_text(rng: random.Random) -> str:
    day, d, m, y = _date_parts(rng)
    return pick(
        rng,
        (
            f"{d} {MONTHS[m]} {y}",
            f"{day}, {d} {MONTHS_SHORT[m]} {y}",
            f"{d:02d}-{m + 1:02d}-{y}",
            f"{d}/{m + 1}/{y}",
        ),
    )


def dateline(rng: random.Random) -> str:
    day, d, m, y = _date_parts(rng)
    zone = rng.choice(ZONES)
    t = _clock(rng)
    t2 = _clock(rng)
    return pick(
        rng,
        (
            f"Diperbarui {day}, {d} {MONTHS_SHORT[m]} {y} / {t} {zone}",
            f"{day}, {d} {MONTHS[m]} {y} | {t} {zone}",
            f"{day}, {d:02d}/{m + 1:02d}/{y} {t}",
            f"{d} {MONTHS_SHORT[m]} {y} - {t} {zone}",
            f"{d} {MONTHS[m]} {y}, {t.replace(':', '.')}",
            f"Diterbitkan: {day}, {d:02d} {MONTHS[m]} {y} {t}",
            f"Dipublikasikan pada {d} {MONTHS[m]} {y}",
            f"{rng.randint(2, 23)} jam yang lalu",
            f"{rng.randint(2, 59)} menit lalu",
            f"Terakhir diperbarui pada {d} {MONTHS[m]} {y} oleh {name(rng)}",
            f"Pembaruan terakhir: {d:02d}-{m + 1:02d}-{y}",
            f"Tayang: {day}, {d} {MONTHS[m]} {y} {t} {zone}\n"
            f"Diperbarui: {day}, {d} {MONTHS[m]} {y} {t2} {zone}",
            f"{y}-{m + 1:02d}-{d:02d} {t}:{rng.randint(0, 59):02d}",
            f"{day} {d} {MONTHS[m]} {y} - {t} GMT+7",
            f"Posted on {d} {MONTHS[m]} {y}",
            f"{vary_case(rng, 'Dibuat')}: {d:02d} {MONTHS_SHORT[m]} {y}\n"
            f"{vary_case(rng, 'Dilihat')}: {num(rng, 20, 9000)}",
        ),
    )


TAG_EXTRAS = (
    "berita terkini",
    "viral",
    "info daerah",
    "trending",
    "terpopuler",
    "kabar hari ini",
    "pemda",
    "ekonomi daerah",
    "warganet",
    "sorotan",
    "headline",
    "news update",
)


def tags(rng: random.Random, ctx: Context) -> str:
    words = [ctx.topic.lower(), ctx.place.lower(), ctx.group.lower(), *rng.sample(TAG_EXTRAS, 3)]
    words = list(dict.fromkeys(words))
    rng.shuffle(words)
    words = words[: rng.randint(3, len(words))]
    r = rng.random()
    if r < 0.2:
        return label(rng, "Tags") + ", ".join(words)
    if r < 0.35:
        return " ".join("#" + w.replace(" ", "").replace("-", "") for w in words)
    if r < 0.48:
        return label(rng, "Topik Terkait") + " · ".join(w.title() for w in words)
    if r < 0.58:
        return label(rng, "Kata kunci") + "; ".join(words)
    if r < 0.68:
        return vary_case(rng, "Tag") + "\n" + "\n".join(w.title() for w in words)
    if r < 0.76:
        return f"{vary_case(rng, 'TOPIK')}: {ctx.topic.upper()}"
    if r < 0.86:  # Tirto's closing line
        return f"Baca juga artikel terkait {ctx.topic.upper()} atau tulisan lainnya dari {name(rng)}"
    if r < 0.93:
        return label(rng, "Label") + " / ".join(words)
    return label(rng, "Tagar") + " ".join("#" + w.title().replace(" ", "") for w in words)


COMPANIES = {
    "kontan": "PT Grahanusa Mediatama",
    "bisnis": "PT Jurnalindo Aksara Grafika",
    "katadata": "PT Katadata Indonesia",
    "tirto": "PT Tirta Adi Surya",
    "pikiranrakyat": "PT Pikiran Rakyat Bandung",
    "jawapos": "Jawa Pos Group",
}
SYNDICATION_SOURCES = ("Tribunnews.com", "Kompas.com", "Grid.ID", "Bola.net", "Antaranews.com", "Suara.com")


def copyright_line(rng: random.Random, site: Site) -> str:
    y = rng.randint(2016, 2025)
    owner = COMPANIES.get(site.key, site.brand)
    slug = "-".join(headline(rng, new_context(rng)).lower().split()[:6]).strip(",.:?")
    other = rng.choice([s for s in SYNDICATION_SOURCES if s.lower() != site.brand.lower()])
    per_site = {
        "kompasiana": "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak "
        "mewakili pandangan redaksi Kompas.",
        "kapanlagi": "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di "
        "atas "
        "untuk konten akun media sosial komersil tanpa seizin redaksi.",
        "bisnis": "Disclaimer: Keputusan investasi sepenuhnya ada di tangan pembaca. Bisnis.com tidak "
        "bertanggung jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan investasi.",
        "wartarilis": "Konten ini merupakan siaran pers. Redaksi WartaRilis tidak bertanggung jawab atas "
        "isi siaran pers ini.",
        "dokterkita": "DokterKita tidak menyediakan saran medis, diagnosis, atau perawatan.",
        "desasukamaju": f"Hak Cipta © {y} Pemerintah Desa Sukamaju | Powered by OpenSID",
        "kebumenkab": f"© {y} Dinas Komunikasi dan Informatika Kabupaten Kebumen",
        "kaskus": "Thread sudah digembok",
    }
    if site.key in per_site and rng.random() < 0.5:
        return per_site[site.key]
    return pick(
        rng,
        (
            f"Copyright © {y} {owner}. All Rights Reserved.",
            f"Hak Cipta © {y} {owner}. Seluruh hak cipta dilindungi undang-undang.",
            f"© {y} {site.brand} | Hak cipta dilindungi",
            f'Artikel ini telah tayang di {other} dengan judul "{headline(rng, new_context(rng))}"',
            f"Artikel ini telah tayang di {other}. Klik untuk baca: https://{other.lower()}/read/"
            f"{rng.randint(100000, 999999)}/{slug}",
            f"Sumber: {other}",
            f"Dilarang mengutip atau menyalin artikel ini tanpa izin tertulis dari redaksi {site.brand}.",
            "Isi artikel menjadi tanggung jawab penulis sepenuhnya.",
            f"{site.brand} © {y}. Dikelola oleh Tim IT {site.brand}.",
            f"Disclaimer: Artikel ini bukan ajakan membeli atau menjual. {site.brand} tidak "
            "bertanggung jawab "
            "atas kerugian yang timbul.",
            f"Redaksi | Pedoman Siber | Kode Etik | © {y} {site.brand}",
        ),
    )


def comments(rng: random.Random) -> str:
    n = rng.randint(0, 380)
    return pick(
        rng,
        (
            f"{n} Komentar",
            f"Komentar ({n})",
            f"Lihat Semua Komentar ({n})",
            "Belum ada komentar. Jadilah yang pertama berkomentar!",
            "Tinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
            "Login untuk berkomentar",
            "Komentar di bawah ini menjadi tanggung jawab pribadi pengguna.",
            f"{n} tanggapan\nUrutkan: Terbaru",
            "Komentar Facebook",
            "Tulis Tanggapan Anda",
            "Formulir Komentar (Komentar baru terbit setelah disetujui Admin)\nKirim Komentar",
            f"Balas · Kutip · {rng.randint(0, 40)} Cendol",
            f"Tanggapan ({n}) | Tulis tanggapan",
            "Beri Komentar",
            f"{n} orang berkomentar di artikel ini",
            "Kolom komentar dinonaktifkan untuk artikel ini.",
        ),
    )


SITE_FOLLOW = {
    "kontan": ("Cek Berita dan Artikel yang lain di Google News",),
    "bisnis": (
        "Simak berita lainnya seputar topik artikel ini, di sini:",
        "Cek Berita dan Artikel yang lain di Google News dan WA Channel",
    ),
    "haibunda": (
        "BUNDA, YUK DOWNLOAD APLIKASI HAIBUNDA SEKARANG! GRATIS!",
        "Bunda, yuk ikuti HaiBunda di Instagram untuk info parenting terbaru!",
    ),
    "tirto": ("Subscribe for updates Unsubscribe from updates",),
    "bola": ("Ayo Follow Akun Bola.com di Instagram dan TikTok!",),
    "kaskus": ("Jangan lupa cendol dan rate bintang 5 gan 🙏", "Kalau berkenan tinggalkan jejak ya gan"),
    "terminalmojok": ("Kirim tulisanmu ke Terminal Mojok lewat laman Kirim Tulisan.",),
    "quipperblog": ("Ingin belajar lebih seru? Daftar Quipper Video sekarang!",),
    "cermati": ("Bandingkan produk keuangan terbaik di Cermati.com sekarang!",),
}


def follow(rng: random.Random, site: Site) -> str:
    if site.key in SITE_FOLLOW and rng.random() < 0.5:
        return rng.choice(SITE_FOLLOW[site.key])
    h = site.brand.lower().replace(" ", "").replace(".", "").replace("-", "")
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22))
    return pick(
        rng,
        (
            f"Ikuti saluran {site.brand} di WhatsApp: https://whatsapp.com/channel/{code}",
            f"Follow Instagram @{h} dan TikTok @{h} untuk info terbaru",
            f"Yuk, gabung grup Telegram {site.brand} untuk info terkini: t.me/{h}",
            f"Unduh aplikasi {site.brand} di Google Play dan App Store",
            "Dapatkan ringkasan berita pilihan setiap pagi langsung di inbox Anda.\n"
            f"Berlangganan newsletter {site.brand}",
            f"Jangan lupa subscribe kanal YouTube {site.brand}!",
            f"Punya cerita atau info menarik? Kirim ke redaksi@{h}.id",
            f"Ikuti berita {site.brand} di Google News, klik di sini",
            f"{vary_case(rng, 'Langganan gratis')}\nMasukkan alamat email Anda\nDaftar",
            f"Baca berita {site.brand} lebih cepat lewat aplikasi, unduh sekarang",
            "Ikuti kami: Facebook | Instagram | X | YouTube | TikTok",
        ),
    )


SHARE_NETS = (
    "Facebook",
    "X",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "LINE",
    "LinkedIn",
    "Pinterest",
    "Email",
    "Salin Tautan",
)
SHARE_SHORT = ("fb", "wa", "tw", "tg", "in", "x")


def share(rng: random.Random) -> str:
    nets = list(SHARE_SHORT if rng.random() < 0.2 else SHARE_NETS)
    rng.shuffle(nets)
    nets = nets[: rng.randint(3, min(6, len(nets)))]
    sep = rng.choice((" ", " · ", " | ", " / ", " • ", "  "))
    joined = sep.join(nets)
    r = rng.random()
    if r < 0.3:
        return label(rng, rng.choice(("Bagikan", "Bagikan via", "Share to", "Kirim ke teman"))) + joined
    if r < 0.55:
        return joined
    if r < 0.65:
        return f"{vary_case(rng, 'Bagikan artikel ini')} {joined}"
    return pick(
        rng,
        (
            "Salin Link",
            "Salin tautan",
            f"Bagikan ({rng.randint(2, 900)})",
            f"{rng.randint(2, 900)} Shares",
            f"Share {rng.randint(2, 99)}x",
            "Teruskan ke teman lewat WhatsApp",
            "Bagikan ke media sosial ↗",
            f"{joined} {vary_case(rng, 'Salin link')}",
        ),
    )


def views(rng: random.Random) -> str:
    n = num(rng, 8, 180_000)
    k = f"{rng.randint(1, 95)},{rng.randint(1, 9)}"
    m = rng.randint(2, 14)
    return pick(
        rng,
        (
            f"Dibaca {n} kali",
            f"{n}x dibaca",
            f"👁 {n}",
            f"{n} views",
            f"Dilihat: {n}",
            f"Hits: {n}",
            f"{n} pembaca",
            f"❤️ {rng.randint(0, 999)}",
            f"{k}rb tayangan",
            f"Dibaca {n} kali | {rng.randint(0, 90)} Komentar",
            f"Waktu baca: {m} menit",
            f"⏱ {m} menit membaca",
            f"{m} min read",
            f"{vary_case(rng, 'Nilai')}: {rng.randint(0, 60)} | {vary_case(rng, 'Dibaca')}: {n}",
            f"{n}\nDibaca",
            f"Aktual {rng.randint(0, 9)} · Bermanfaat {rng.randint(0, 9)} · Menarik {rng.randint(0, 9)}",
            f"{rng.randint(1, 500)} Suka · {rng.randint(0, 90)} Balasan",
        ),
    )


CLOSE = (
    "×",
    "✕",
    "✖",
    "[x]",
    "[ tutup ]",
    "Tutup iklan",
    "TUTUP IKLAN ×",
    "x Tutup",
    "Lewati iklan",
    "Skip Ad ›",
    "CLOSE X",
    "ⓧ",
    "Tutup Banner",
    "Sembunyikan",
)


def close(rng: random.Random) -> str:
    return pick(rng, CLOSE)


def category_label(rng: random.Random, site: Site) -> str:
    text = vary_case(rng, rng.choice(site.labels))
    r = rng.random()
    if r < 0.1:
        return f"{vary_case(rng, 'Rubrik')}: {text}"
    if r < 0.18:
        return f"{vary_case(rng, 'Kanal')}: {text}"
    if r < 0.26:
        return f"# {text}"
    if r < 0.32:
        return f"{text} »"
    if r < 0.37:
        return f"{site.brand} {text}"
    return text


def cookie(rng: random.Random) -> str:
    brand = pick(rng, ("Kami", "Situs ini", "Website ini"))
    return pick(
        rng,
        (
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
            "penggunaan cookie.\nSetuju",
            f"{brand} menggunakan cookie. Pelajari lebih lanjut di Kebijakan Privasi.\nTerima | Tolak",
            "Kami ingin menampilkan notifikasi untuk berita dan update terbaru.\nNanti Saja\nIzinkan",
            "Aktifkan notifikasi untuk mendapatkan berita terbaru?\nTidak | Ya",
            "Izinkan notifikasi agar tidak ketinggalan berita terkini",
            "Halaman ini menggunakan cookie. Baca Kebijakan Privasi kami.\nOke, mengerti",
            "Dengan mengakses situs ini, Anda setuju dengan Syarat & Ketentuan serta Kebijakan Privasi kami.",
            "Pengaturan privasi\nTerima semua cookie",
            "Situs ini memerlukan JavaScript untuk berfungsi dengan baik.",
        ),
    )


def breadcrumb(rng: random.Random, site: Site, ctx: Context) -> str:
    first = pick(rng, ("Beranda", "Home", "Depan", "Halaman Depan", "Index", site.brand, "🏠"))
    parts = [first, rng.choice(site.labels)]
    r = rng.random()
    if r < 0.25:
        parts.append(ctx.place)
    elif r < 0.4:
        parts.append(ctx.topic)
    elif r < 0.5:
        parts.insert(1, pick(rng, ("Berita", "Artikel", "News", "Forum")))
    sep = rng.choice((" › ", " / ", " » ", " > ", " | ", " ▸ ", " - "))
    text = sep.join(parts)
    return f"Anda berada di: {text}" if rng.random() < 0.1 else text


def page_nav(rng: random.Random) -> str:
    k = rng.randint(2, 8)
    i = rng.randint(1, k - 1)
    return pick(
        rng,
        (
            f"Halaman {i} dari {k}",
            " ".join(str(j) for j in range(1, k + 1)) + " Selanjutnya",
            f"{vary_case(rng, 'Halaman selanjutnya')} »",
            "« Sebelumnya | Selanjutnya »",
            "Tampilkan Semua",
            f"Halaman: {' '.join(str(j) for j in range(1, k + 1))}",
            "Berikutnya →",
            "Muat lebih banyak",
            f"{i}/{k}",
            f"Baca halaman {i + 1}",
            "Sebelumnya\nSelanjutnya",
            f"‹ Prev {i} {i + 1} Next ›",
            "Lihat artikel dalam satu halaman",
        ),
    )


def end_code(rng: random.Random) -> str:
    a, b = initials(rng), initials(rng)
    r = rng.random()
    if r < 0.45:
        return pick(
            rng,
            (
                f"({a}/{b})",
                f"[{a}/{b}]",
                f"({a})",
                f"(ant/{a})",
                f"(jpg/c{rng.randint(1, 19)}/{a})",
                f"(kpl/{a})",
                f"(mg{rng.randint(1, 9)}/{a})",
                f"({a}/{b}/{initials(rng)})",
            ),
        )
    return pick(
        rng,
        (
            "(*)",
            "(adv)",
            "(ADV)",
            "(rls)",
            "(hms)",
            "-selesai-",
            "###",
            "(END)",
            "***",
            f"({name(rng)})",
            f"(TribunJateng.com/{name(rng)})",
            f"(Serambinews.com/{name(rng)})",
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

HEAD_KINDS = ("breadcrumb", "category_label", "close", "views", "share", "dateline", "cookie")
AFTER_TITLE_KINDS = ("byline", "dateline", "share", "photo", "ads", "views")
BODY_KINDS = ("read_also", "ads", "media_marker", "photo", "read_also")
TAIL_KINDS = ("tags", "byline", "follow", "share", "comments", "copyright", "views", "page_nav", "read_also")


def boilerplate(rng: random.Random, kind: str, site: Site, ctx: Context) -> str:
    return BOILERPLATE_MAKERS[kind](rng, site, ctx)


# --------------------------------------------------------------------------------------------------
# Tables of contents and SEO keywords


TOC_LABELS = (
    "Daftar Isi",
    "Daftar Isi [tutup]",
    "Daftar Isi [tampilkan]",
    "Daftar Isi ⏷",
    "📑 Daftar Isi",
    "Isi Artikel",
    "Navigasi Cepat",
    "Di artikel ini:",
    "Topik Pembahasan",
    "Poin Pembahasan",
    "Apa saja yang dibahas?",
    "Lompat ke:",
    "Yang akan kamu pelajari",
    "Pada artikel ini",
    "Table of Contents",
    "Daftar isi artikel ini",
    "Ringkasan Isi",
    "Isi Konten Toggle",
)
# Marker style -> marker for item i (1-based). Styles starting with `numbered` are ordered lists.
TOC_STYLES: dict[str, Callable[[int], str]] = {
    "numbered_dot": lambda i: f"{i}. ",
    "numbered_paren": lambda i: f"{i}) ",
    "numbered_zero": lambda i: f"{i:02d}. ",
    "numbered_dash": lambda i: f"{i} – ",
    "numbered_bracket": lambda i: f"[{i}] ",
    "square": lambda i: "▪ ",
    "circle": lambda i: "◦ ",
    "check": lambda i: "✓ ",
    "pin": lambda i: "📌 ",
    "hand": lambda i: "👉 ",
    "guillemet": lambda i: "» ",
    "triangle": lambda i: "▸ ",
    "plain": lambda i: "",
}
TOC_WEIGHTS = (
    ("numbered_dot", 3),
    ("numbered_paren", 2),
    ("numbered_zero", 1),
    ("numbered_dash", 1),
    ("numbered_bracket", 1),
    ("square", 2),
    ("circle", 1),
    ("check", 1),
    ("pin", 1),
    ("hand", 1),
    ("guillemet", 1),
    ("triangle", 1),
    ("plain", 1),
)


def toc_items(rng: random.Random, headings: list[str]) -> tuple[str | None, list[str], str]:
    """(label or None, items, marker style) for a table of contents mirroring `headings`: each item
    is a marker followed by its heading. Styles starting with `numbered` are ordered lists."""
    label_text = vary_case(rng, rng.choice(TOC_LABELS)) if rng.random() < 0.72 else None
    styles = [s for s, w in TOC_WEIGHTS for _ in range(w)]
    style = rng.choice(styles)
    marker = TOC_STYLES[style]
    return label_text, [marker(i) + h for i, h in enumerate(headings, 1)], style


SEO_QUERY_TEMPLATES = (
    "{t} pdf",
    "{t} ppt",
    "{t} kelas {k}",
    "{t} kurikulum merdeka",
    "soal {t} dan jawabannya",
    "{t} wikipedia",
    "{t} menurut kbbi",
    "{t} dalam bahasa inggris",
    "{t} {y} terbaru",
    "{t} hari ini",
    "{t} terdekat",
    "{t} di {p}",
    "kenapa {t} penting",
    "bagaimana cara kerja {t}",
    "{t} lengkap dengan gambar",
    "gambar {t}",
    "{t} singkat padat dan jelas",
    "sebutkan {n} contoh {t}",
    "ciri ciri {t}",
    "fungsi {t}",
    "{t} dan contohnya",
    "{t} jurnal",
    "{t} skripsi",
    "{t} ada berapa",
    "macam macam {t}",
    "tujuan {t} adalah",
    "{t} {p} {y}",
    "info {t} {p} terkini",
    "{t} untuk {g}",
    "{t} quizizz",
)


def seo_keyword(rng: random.Random, ctx: Context, templates: tuple[str, ...]) -> str:
    """A search query about the document's topic, in query shapes of this inventory's own
    (`SEO_QUERY_TEMPLATES`); the shared `templates` the generator passes are not used."""
    del templates
    return rng.choice(SEO_QUERY_TEMPLATES).format(
        t=ctx.topic.lower(),
        p=ctx.place.lower(),
        g=ctx.group.lower(),
        y=ctx.year,
        k=rng.randint(4, 12),
        n=rng.choice((3, 4, 5, 7, 10)),
    )


# --------------------------------------------------------------------------------------------------
# Spam: gambling, loans, pharma, adult


BRANDS = (
    "PUSAKA4D",
    "Cuan369",
    "MERPATI77",
    "Bintang138",
    "HARIMAU99",
    "Rajawali303",
    "Kenari88",
    "JALAK4D",
    "PELANGI777",
    "Wayang168",
    "Samudra88",
    "GAJAHTOTO",
    "Bandot4D",
    "KOPI99",
    "Mutiara138",
    "Nusa365",
    "CENDANA4D",
    "Lumbung77",
    "Intan303",
    "SINAR189",
    "Ombak88",
    "Kilat777",
    "TOTOMERAH",
    "Panda4D",
    "Gacorkuy",
    "Menara4D",
    "ISTANA99",
    "Petir138",
    "KERIS4D",
    "Sakura303",
    "Jaguar77",
    "Komodo88",
    "BOSQU4D",
    "KijangToto",
    "Dompet69",
    "RATUSPIN",
)
LOAN_BRANDS = ("DanaKilat", "CairKuy", "PinjamYuk", "KasKita", "RupiahGo", "UangSegera", "DompetCepat")
PHARMA_BRANDS = ("Maxtron", "Perkasa Gold", "KingPower Caps", "Herbal Jantan", "Vitaman Plus", "Lintah Oil")
ADULT_BRANDS = ("BokepIndo", "VCSKita", "LiveHot21", "NontonSemi", "MalamPanas")
MARKETS = (
    "pcso",
    "toto madrid",
    "bullseye",
    "kentucky",
    "oregon",
    "carolina day",
    "japan",
    "seoul",
    "toto wuhan",
    "nevada",
    "florida",
    "magnum 4d",
    "damacai",
    "sabah 88",
    "brunei",
    "texas day",
    "toto malaysia",
    "hk siang",
)
GAMES = (
    "Mahjong Ways 2",
    "Gates of Olympus",
    "Starlight Princess",
    "Sweet Bonanza",
    "Wild Bandito",
    "Lucky Neko",
    "Sugar Rush",
    "Koi Gate",
    "Spaceman",
    "Zeus vs Hades",
)
GAMBLING_PHRASES = (
    "prediksi {m} malam ini",
    "bocoran angka {m} hari ini",
    "angka main {m} paling jitu",
    "colok bebas {m}",
    "paito warna {m}",
    "rumus jitu togel {m}",
    "syair {m} hari ini",
    "angka ikut {m}",
    "result {m} tercepat",
    "data keluaran {m} 6d",
    "erek erek 2d bergambar",
    "buku mimpi 4d abjad",
    "kode alam togel hari ini",
    "bbfs 6 digit jitu",
    "toto 4d diskon 66%",
    "togel 100 perak",
    "pola gacor {g} hari ini",
    "jam hoki main {g}",
    "rtp live slot tertinggi",
    "slot gampang menang",
    "slot demo anti lag",
    "slot server thailand",
    "akun pro kamboja",
    "scatter hitam mahjong",
    "slot deposit qris 5rb",
    "slot via dana tanpa potongan",
    "bonus new member 100 to kecil",
    "spin maxwin malam ini",
    "link slot anti rungkad",
    "slot online uang asli",
    "depo 10 bonus 10",
    "freebet tanpa deposit",
    "wd berapapun pasti dibayar",
    "live casino baccarat online",
    "roulette online uang asli",
    "sabung ayam online",
    "mix parlay jitu",
    "agen sbobet resmi",
    "tembak ikan online",
    "domino qiu qiu uang asli",
    "bandar ceme online",
    "situs toto {Y} terpercaya",
)
LOAN_PHRASES = (
    "pinjol cepat cair tanpa ribet",
    "pinjaman tanpa bi checking",
    "dana tunai cair 5 menit",
    "kta tanpa jaminan langsung acc",
    "gadai bpkb cepat cair",
    "pinjol bunga 0 persen",
    "limit sampai 50 juta",
    "pinjaman darurat tanpa survei",
    "joki pengajuan pinjol",
    "aplikasi pinjol acc semua",
    "jasa galbay pinjol aman",
    "pinjam uang modal ktp",
    "pinjaman tanpa slip gaji",
)
PHARMA_PHRASES = (
    "obat kuat pria herbal",
    "jual cytotec asli",
    "obat penggugur kandungan ampuh",
    "pembesar alat vital permanen",
    "obat pelangsing tanpa efek samping",
    "obat peninggi badan dewasa",
    "krim pemutih wajah 7 hari",
    "obat kuat tahan lama 3 jam",
    "minyak lintah papua asli",
    "obat diabetes sembuh total",
    "pil kb darurat tanpa resep",
    "tramadol tanpa resep",
)
ADULT_PHRASES = (
    "video viral full tanpa sensor",
    "link video syur terbaru",
    "open bo {C}",
    "vcs berbayar",
    "cewek panggilan {C}",
    "situs dewasa gratis",
    "nonton film semi sub indo",
    "aplikasi live streaming hot",
    "cerita dewasa terbaru",
    "pijat plus plus {C}",
)
SPAM_FAMILIES: dict[str, tuple[tuple[str, ...], float]] = {
    "gambling": (GAMBLING_PHRASES, 0.62),
    "loan": (LOAN_PHRASES, 0.15),
    "pharma": (PHARMA_PHRASES, 0.13),
    "adult": (ADULT_PHRASES, 0.10),
}
FAMILY_BRANDS: dict[str, tuple[str, ...]] = {
    "gambling": BRANDS,
    "loan": LOAN_BRANDS,
    "pharma": PHARMA_BRANDS,
    "adult": ADULT_BRANDS,
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
        m=rng.choice(MARKETS), g=rng.choice(GAMES), C=rng.choice(CITIES).lower(), Y=rng.randint(2020, 2025)
    )


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(11, 99), rng.randint(100, 9999), rng.randint(1000, 9999)
    return pick(
        rng,
        (
            f"08{a}-{b}-{c}",
            f"+62 8{a} {b} {c}",
            f"(+62) 8{a}{b}{c}",
            f"0 8{a} {b} {c}",
            f"wa.me/628{a}{b}{c}",
        ),
    )


def spam_url(rng: random.Random) -> str:
    brand = rng.choice(BRANDS).lower()
    code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(5, 8)))
    tld = rng.choice(
        (".xyz", ".site", ".online", ".vip", ".lol", ".pro", ".store", ".fun", ".icu", ".top", ".cc")
    )
    campus = rng.choice(("fkip", "pasca", "lppm", "sipeg", "elearning", "jurnal", "perpus"))
    host = rng.choice(("univ-nusantara.ac.id", "stkip-harapan.ac.id", "poltek-bahari.ac.id"))
    return pick(
        rng,
        (
            f"https://{brand}{tld}/daftar?ref={code}",
            f"https://{brand}{rng.randint(1, 99)}{tld}/",
            f"https://s.id/{code}",
            f"https://bit.ly/{brand}-{code}",
            f"https://heylink.me/{brand}/",
            f"https://linktr.ee/{brand}",
            f"https://{campus}.{host}/-/{brand}/",
            f"https://desa{code}.id/wp-content/uploads/{brand}.html",
            f"https://cutt.ly/{code}",
        ),
    )


PROMO_TEMPLATES: dict[str, tuple[str, ...]] = {
    "gambling": (
        "{B} ➤ Situs Slot Gacor Hari Ini {Y} Gampang Maxwin",
        "DAFTAR {BU} SEKARANG! Bonus {pct}% member baru, WD cepat {mins} menit",
        "{B}: bocoran RTP slot live tertinggi hari ini, klik link di bio",
        "Main di {B} cuma modal {dep}rb bisa jackpot puluhan juta 🔥",
        "🔥 {B} 🔥 Link Alternatif Login Resmi {Y} Anti Blokir",
        "Prediksi {MU} {D} {d} {Mon} {Y}: BBFS {bbfs} | Colok Bebas {cb}",
        "Hubungi admin {B} via WhatsApp {phone} untuk info deposit",
        "Situs Toto 4D {B} diskon terbesar, hadiah 4D {prize} juta",
        "Pola gacor {g} jam {hh}.00 - {hh}.30 di {B}, buktikan sendiri!",
        "{B} | Agen Sbobet Resmi | Mix Parlay | Live Casino | Deposit QRIS {dep}rb",
        "Mau cuan tiap hari? Gabung {B}, link: {url}",
        "✅ {B} ✅ Terpercaya sejak {since} ✅ Proses deposit 1 menit ✅",
        "Pasaran {MU} sudah buka di {B}, tutup pukul {hh}.45 WIB",
    ),
    "loan": (
        "Butuh dana cepat? Pinjam di {B}, cair {mins} menit tanpa jaminan! WA {phone}",
        "{B} - Pinjaman online langsung cair hingga Rp{n} juta, bunga 0% bulan pertama",
        "Solusi galbay pinjol, hubungi konsultan kami di {phone}",
        "Limit {B} naik jadi Rp{n} juta, ajukan sekarang lewat {url}",
        "Dana talangan tanpa BI checking, cukup KTP. Chat admin {B}: {phone}",
    ),
    "pharma": (
        "Jual {B} asli 100% di {C}, COD bayar di tempat, hub {phone}",
        "{B} - obat kuat herbal tahan lama, kirim cepat ke seluruh Indonesia",
        "Agen resmi {B} {C}: diskon {pct}% hari ini, WA {phone}",
        "Jual cytotec asli {C}, pengiriman rahasia, konsultasi gratis {phone}",
        "Terbukti! {B} bikin pria perkasa dalam {mins} menit, order di {url}",
    ),
    "adult": (
        "Open BO {C} 24 jam, foto asli bukan tipu, WA {phone}",
        "Klik {url} untuk nonton video viral full tanpa sensor",
        "{B}: live streaming hot malam ini, gratis koin untuk member baru",
        "VCS murah amanah, DM ke {phone} ya kak",
    ),
}


def _promo_fill(rng: random.Random, template: str, year: int, family: str) -> str:
    brand = rng.choice(FAMILY_BRANDS.get(family, BRANDS))
    m = rng.randrange(12)
    return template.format(
        B=brand,
        BU=brand.upper(),
        Y=year,
        pct=rng.choice((25, 50, 75, 100, 150, 200)),
        mins=rng.randint(1, 15),
        dep=rng.choice((5, 10, 15, 20, 25, 50)),
        MU=rng.choice(MARKETS).upper(),
        D=rng.choice(DAYS),
        d=rng.randint(1, 28),
        Mon=MONTHS_SHORT[m],
        bbfs="".join(rng.sample("0123456789", rng.randint(5, 7))),
        cb=rng.randint(0, 9),
        phone=phone(rng),
        prize=rng.choice((5, 10, 11, 12)),
        g=rng.choice(GAMES),
        hh=f"{rng.randint(0, 23):02d}",
        url=spam_url(rng),
        since=rng.randint(2012, 2020),
        n=rng.choice((3, 5, 10, 20, 30, 50)),
        C=rng.choice(CITIES),
    )


def promo_line(rng: random.Random, year: int, family: str | None = None) -> str:
    family = family or spam_family(rng)
    return _promo_fill(rng, rng.choice(PROMO_TEMPLATES[family]), year, family)


def keyword_wall(rng: random.Random, family: str | None = None) -> str:
    family = family or spam_family(rng)
    n = rng.randint(7, 18)
    words = list(dict.fromkeys(spam_phrase(rng, family if rng.random() < 0.85 else None) for _ in range(n)))
    for _ in range(rng.randint(0, 3)):
        words.insert(rng.randint(0, len(words)), rng.choice(FAMILY_BRANDS[family]).lower())
    r = rng.random()
    if r < 0.2:
        return " ".join("#" + w.replace(" ", "") for w in words)
    if r < 0.35:
        return " | ".join(w.title() for w in words)
    if r < 0.45:
        return ", ".join(words).upper()
    return rng.choice((", ", " ", " • ", " - ", "; ", " / ")).join(words)


# --------------------------------------------------------------------------------------------------
# Obfuscated spam: how spammers spell it past filters


_STYLES = {  # first code point of lowercase a and uppercase A in Unicode letter styles without holes
    "bold": (0x1D41A, 0x1D400),
    "bold_script": (0x1D4EA, 0x1D4D0),
    "bold_fraktur": (0x1D586, 0x1D56C),
    "sans_bold": (0x1D5EE, 0x1D5D4),
    "sans_italic": (0x1D622, 0x1D608),
    "monospace": (0x1D68A, 0x1D670),
    "circled": (0x24D0, 0x24B6),
}
_SQUARED = 0x1F130  # squared capital letters (uppercase only)
_NEGATIVE_SQUARED = 0x1F170
_DIGITS = "0123456789"
_LOOKALIKE_DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "g": "9", "t": "7", "b": "8", "z": "2"}
_GREEK = {"a": "α", "o": "ο", "i": "ι", "k": "κ", "v": "ν", "n": "η", "u": "υ", "p": "ρ", "t": "τ"}
_MODIFIER = dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", strict=True))
_ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "c": "ç", "n": "ñ"}


def fancy(text: str, style: str) -> str:
    """`text` in a Unicode letter style: bold, bold_script, bold_fraktur, sans_bold, sans_italic,
    monospace, circled, squared or negative_squared (the last two upper case only)."""
    out = []
    for ch in text:
        if style in ("squared", "negative_squared") and ch.isascii() and ch.isalpha():
            out.append(chr((_SQUARED if style == "squared" else _NEGATIVE_SQUARED) + ord(ch.upper()) - 65))
        elif style in _STYLES and ch.isascii() and ch.islower():
            out.append(chr(_STYLES[style][0] + ord(ch) - 97))
        elif style in _STYLES and ch.isascii() and ch.isupper():
            out.append(chr(_STYLES[style][1] + ord(ch) - 65))
        else:
            out.append(ch)
    return "".join(out)


def obfuscate(rng: random.Random, phrase: str) -> str:
    """`slot gacor` past a word filter: s.l.o.t, sl0t g4c0r, sl*t, 𝐬𝐥𝐨𝐭, ⓢⓛⓞⓣ, 🅂🄻🄾🅃, ѕlοt (Greek),
    ˢˡᵒᵗ, s̶l̶o̶t̶, slöt, SlOt GaCoR, slotgacor, slot🎰gacor, zero-width joins."""
    style = rng.choice(
        (
            "dots",
            "seps",
            "digits",
            "stars",
            "fancy",
            "squared",
            "greek",
            "modifier",
            "strike",
            "underline",
            "accents",
            "alternating",
            "glued",
            "emoji",
            "zero_width",
        )
    )
    words = phrase.split()
    if style == "dots":
        return " ".join(".".join(w) for w in words)
    if style == "seps":
        sep = rng.choice(("-", "_", "*", "·", "/", "|"))
        return " ".join(sep.join(w) for w in words)
    if style == "digits":
        out = "".join(_LOOKALIKE_DIGITS.get(c, c) if rng.random() < 0.7 else c for c in phrase.lower())
        return out if out != phrase.lower() else phrase.replace("o", "0").replace("a", "4")
    if style == "stars":
        vowels = "aiueo"
        out = "".join("*" if c in vowels and rng.random() < 0.6 else c for c in phrase)
        return out if out != phrase else phrase.replace("o", "*")
    if style == "fancy":
        return fancy(phrase if rng.random() < 0.6 else phrase.title(), rng.choice(tuple(_STYLES)))
    if style == "squared":
        return fancy(phrase, rng.choice(("squared", "negative_squared")))
    if style == "greek":
        out = "".join(_GREEK.get(c, c) for c in phrase)
        return out if out != phrase else phrase + " ✓"
    if style == "modifier":
        return "".join(_MODIFIER.get(c, c) for c in phrase.lower())
    if style in ("strike", "underline"):
        mark = "\u0336" if style == "strike" else "\u0332"
        return " ".join("".join(c + mark for c in w) for w in words)
    if style == "accents":
        out = "".join(_ACCENTED.get(c, c) if rng.random() < 0.6 else c for c in phrase)
        return out if out != phrase else phrase.replace("a", "á")
    if style == "alternating":
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(phrase))
    if style == "glued":
        glued = "".join(words)
        return pick(rng, (glued, glued.upper(), "".join(w.title() for w in words)))
    if style == "emoji":
        return (
            rng.choice(("🎰", "💰", "🔥", "💸", "🤑", "⚡")).join(words)
            if len(words) > 1
            else f"💰{phrase}💰"
        )
    joiner = "\u200b" if rng.random() < 0.5 else "\u200c"
    return " ".join(w[: len(w) // 2] + joiner + w[len(w) // 2 :] for w in words)


OBFUSCATABLE = (
    "slot gacor",
    "judi online",
    "situs slot",
    "togel online",
    "bandar togel",
    "agen judi bola",
    "link slot",
    "daftar slot",
    "casino online",
    "poker online",
    "slot maxwin",
    "pinjol cepat cair",
    "obat kuat",
    "video bokep",
    "open bo",
    "deposit pulsa",
    "rtp slot",
    "bocoran togel",
)


def obfuscated_phrase(rng: random.Random) -> str:
    return obfuscate(rng, rng.choice(OBFUSCATABLE))


def obfuscated_line(rng: random.Random, year: int) -> str:
    core = obfuscate(rng, rng.choice(OBFUSCATABLE))
    brand = rng.choice(BRANDS)
    return pick(
        rng,
        (
            f"{core} {brand} terpercaya {year}",
            f"🔥 {core} 🔥 daftar di {brand} sekarang juga",
            f"Cari {core}? Mampir ke {brand}, link: {spam_url(rng)}",
            f"{brand} | {core} | bonus harian",
            f"{core} paling dicari {year} ✔",
            f"Info {core} hubungi {phone(rng)}",
            f"{core.upper()} {brand.upper()} RESMI",
            f">> {core} << klik {spam_url(rng)}",
        ),
    )


# --------------------------------------------------------------------------------------------------
# Placeholders and generator residue


VERIFICATION_NOTES = (
    "(angka ini perlu dicek ulang)",
    "[perlu konfirmasi]",
    "(sumber belum dikonfirmasi)",
    "[verifikasi data terbaru]",
    "(cek kembali ke situs resmi instansi terkait)",
    "[TODO: cek angka]",
    "(data tahun berapa? mohon dikonfirmasi)",
    "[konfirmasi ke narasumber]",
    "(mohon diverifikasi sebelum terbit)",
    "[angka perkiraan, belum final]",
    "(update: belum ada data resmi)",
    "(Catatan: informasi ini sebaiknya dikonfirmasi ulang ke pihak berwenang)",
    "[cek fakta]",
    "(perlu dicek: sumber angka ini)",
    "[data belum diperbarui]",
    "(harap sesuaikan dengan data terkini)",
    "[ed: mohon dicek lagi]",
    "(informasi ini dapat berubah sewaktu-waktu, pastikan dari sumber resmi)",
)
WIKI_MARKERS = (
    "[{n}]",
    "[{n}]",
    "[{n}][{m}]",
    "[rujukan?]",
    "[klarifikasi diperlukan]",
    "[kapan?]",
    "[siapa?]",
    "[halaman dibutuhkan]",
    "[menurut siapa?]",
    "[pranala nonaktif]",
    "[catatan {n}]",
    "[a]",
    "[sumber tidak tepercaya?]",
    "[verifikasi gagal]",
)
ATTRIBUTION_ORGS = (
    "kementerian terkait",
    "dinas setempat",
    "lembaga survei",
    "pihak kepolisian",
    "BPS daerah",
)
UNFINISHED_ATTRIBUTION_LINES = (
    "Sumber: [nama media]",
    "Dikutip dari: ...",
    "Sumber: https://",
    "Referensi: [tambahkan tautan]",
    "Dilansir dari laman resmi {org}, (tautan)",
    "Foto: [kredit foto]",
    "Sumber data: [isi sumber di sini]",
    "Menurut data dari [nama lembaga], jumlahnya mencapai [angka] orang.",
    "Dikutip dari {org}, diakses pada [tanggal akses]",
    "Keterangan {org}: [kutipan pernyataan]",
    "(Sumber: )",
    "Sumber: xxx",
    "Referensi:\u00a0-",
    "Kutipan dari [narasumber], [jabatan]",
    "Daftar Pustaka: [isi sesuai format APA]",
)
ATTRIBUTION_FOLLOW_UPS = (
    "[Catatan: lengkapi tautan sebelum publikasi]",
    "(tautan sumber menyusul)",
    "[isi nama penulis dan tahun terbit]",
    "TODO: tambahkan sumber asli",
)
UNFINISHED_ATTRIBUTION_INLINE = (
    "(Sumber: )",
    "(dikutip dari ...)",
    "(via [sumber])",
    "(Sumber: [link])",
    "— dikutip dari [nama situs]",
    "(sumber: xxx)",
    "(Ref: …)",
    "(dilansir dari [media])",
    "(Sumber: [isi])",
    "[sumber]",
)
LAYOUT_TALK = (
    "[Sisipkan infografis di sini]",
    "[Tabel 1: sisipkan di sini]",
    "(posisikan gambar di sebelah kanan paragraf ini)",
    "Catatan untuk desainer: tabel dibuat dua kolom.",
    "[Placeholder gambar: foto suasana lokasi]",
    "Tabel berikut disajikan dalam format Markdown agar mudah disalin.",
    "(Data tabel dapat diperbarui sesuai kebutuhan)",
    "[Infografis akan ditambahkan]",
    "Keterangan: kolom ketiga bisa dihapus jika tidak diperlukan.",
    "(Gunakan heading H2 untuk bagian ini)",
    "[Bagian ini bisa dilengkapi dengan diagram alur]",
    "Saran tata letak: tempatkan tabel setelah paragraf pembuka.",
    "[GRAFIK]",
    "(Silakan ganti gambar ini dengan foto milik sendiri)",
    "[Embed video YouTube di sini]",
    "Tabel di atas bisa diubah menjadi grafik batang untuk versi cetak.",
)
TEMPLATE_TOKENS = (
    "{{judul_artikel}}",
    "{{ nama_penulis }}",
    "[[nama_kota]]",
    "{nama_narasumber}",
    "$judul",
    "{{ post.author }}",
    "[INSERT KEYWORD]",
    '[adinserter block="{n}"]',
    '[elementor-template id="{n}"]',
    '[wpforms id="{n}"]',
    '[su_button url="#"]Daftar Sekarang[/su_button]',
    "{{ $artikel->judul }}",
    "{% include 'iklan.html' %}",
    "${nama_produk}",
    "__NAMA_PRODUK__",
    "[NAMA PERUSAHAAN]",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "Judul artikel di sini",
    "Tulis deskripsi singkat di sini...",
    "Masukkan teks di sini",
    "#{kategori}",
    "[tanggal] [bulan] [tahun]",
    "<<KUTIPAN>>",
)
LLM_RESIDUE = (
    "Tentu, berikut artikel tentang {t} yang Anda minta:",
    "Baik! Ini dia artikel SEO-friendly mengenai {t}.",
    "Berikut adalah draf artikel {t} dengan gaya bahasa santai:",
    "Sebagai model bahasa AI, saya tidak memiliki data terbaru tentang {t}, namun berikut gambaran umumnya.",
    "Berikut versi yang sudah diparafrasekan agar lolos cek plagiarisme:",
    "Oke, saya buatkan artikel 1000 kata tentang {t}.",
    "Judul SEO: {T} Terlengkap dan Terbaru",
    "Meta deskripsi: Simak ulasan lengkap tentang {t} di artikel ini.",
    "Kata kunci utama: {t}",
    "Semoga artikel ini membantu! Jika ingin saya menambahkan bagian lain, beri tahu saya.",
    "Tentu! Di bawah ini artikel informatif tentang {t} dalam Bahasa Indonesia.",
    "Berikut artikel yang telah saya revisi sesuai permintaan Anda:",
    "Panjang artikel: ±{n} kata",
    "Catatan: artikel ini dibuat dengan bantuan AI dan belum disunting.",
)


def verification_note(rng: random.Random) -> str:
    return rng.choice(VERIFICATION_NOTES)


def wiki_marker(rng: random.Random) -> str:
    n = rng.randint(1, 48)
    return rng.choice(WIKI_MARKERS).format(n=n, m=n + rng.randint(1, 5))


def unfinished_attribution_line(rng: random.Random) -> str:
    return rng.choice(UNFINISHED_ATTRIBUTION_LINES).replace("{org}", rng.choice(ATTRIBUTION_ORGS))


def attribution_follow_up(rng: random.Random, text: str) -> str | None:
    """A second residue line after some unfinished attributions, or None."""
    if rng.random() < 0.65:
        return None
    return rng.choice(ATTRIBUTION_FOLLOW_UPS)


def unfinished_attribution_inline(rng: random.Random) -> str:
    return rng.choice(UNFINISHED_ATTRIBUTION_INLINE)


def layout_talk(rng: random.Random) -> str:
    return rng.choice(LAYOUT_TALK)


def template_token(rng: random.Random) -> str:
    token = rng.choice(TEMPLATE_TOKENS)
    return token.replace("{n}", str(rng.randint(10, 9999))) if "id=" in token or "block=" in token else token


def llm_residue(rng: random.Random, ctx: Context) -> str:
    return (
        rng.choice(LLM_RESIDUE)
        .replace("{t}", ctx.topic.lower())
        .replace("{T}", ctx.topic)
        .replace("{n}", str(rng.choice((800, 1000, 1200, 1500))))
    )


# --------------------------------------------------------------------------------------------------
# Pages that must be rejected whole


SPAM_TITLES = (
    "{B} 🎰 Link Situs Slot Gacor Resmi {Y} Gampang Menang",
    "{B} > Daftar Situs Slot Online Terpercaya No 1 di Indonesia",
    "{BU}: Login Alternatif Toto 4D dan Slot Deposit QRIS",
    "{B} | Bandar Togel Online Pasaran Terlengkap {Y}",
    "Situs {B} Slot88 Resmi, Bonus New Member {pct}%",
    "{B} - RTP Live Slot Gacor Hari Ini Paling Akurat",
)
SPAM_SENTENCES = (
    "{B} adalah situs slot online terpercaya yang menyediakan ratusan permainan dengan RTP tertinggi.",
    "Cukup deposit {dep} ribu rupiah, Anda sudah bisa memutar semua game slot gacor di {B}.",
    "Proses deposit dan penarikan di {B} hanya membutuhkan waktu kurang dari {mins} menit.",
    "Semua member baru mendapatkan bonus {pct}% yang bisa langsung dipakai bermain.",
    "Kami menerima deposit via QRIS, DANA, OVO, GoPay, LinkAja, dan pulsa tanpa potongan.",
    "Pola gacor {g} hari ini diperbarui setiap jam oleh admin {B}.",
    "Jangan lewatkan jam hoki bermain mulai pukul {hh}.00 WIB untuk peluang maxwin terbesar.",
    "{B} juga menyediakan pasaran togel {MU}, live casino, sabung ayam, dan tembak ikan.",
    "Link alternatif {B} selalu aktif sehingga member tidak perlu khawatir terkena blokir.",
    "Customer service kami siap membantu 24 jam melalui live chat dan WhatsApp {phone}.",
    "Berapa pun kemenangan Anda pasti dibayar lunas tanpa alasan apa pun.",
    "Daftar sekarang juga di {url} dan rasakan sensasi jackpot setiap hari.",
    "Ribuan member sudah membuktikan keseruan bermain di {B} sejak {since}.",
    "Bocoran RTP live {g} hari ini mencapai {rtp}%, saatnya main dan raih scatter.",
    "Situs ini memiliki lisensi resmi dan menjamin keamanan data setiap member.",
)
RTP_LINE = "RTP {g}: {rtp}% | Jam gacor {hh}.00 - {hh2}.00"
LOAN_PAGE_SENTENCES = (
    "{B} adalah aplikasi pinjaman online yang bisa cair dalam {mins} menit tanpa jaminan.",
    "Cukup modal KTP, Anda bisa mengajukan pinjaman hingga Rp{n} juta tanpa BI checking.",
    "Bunga mulai 0% untuk pengguna baru dan tenor bisa dipilih sendiri.",
    "Punya tagihan pinjol menumpuk? Tim {B} siap membantu proses galbay dengan aman.",
    "Pengajuan bisa dilakukan 24 jam, termasuk hari libur dan tanggal merah.",
    "Hubungi admin {B} di WhatsApp {phone} untuk konsultasi gratis.",
    "Klik tautan {url} untuk unduh aplikasinya sekarang juga.",
    "Tanpa survei, tanpa slip gaji, langsung ACC dalam hitungan menit.",
)
PHARMA_PAGE_SENTENCES = (
    "{B} adalah obat kuat herbal yang membuat stamina pria tahan lama hingga {mins} jam.",
    "Produk {B} asli kami kirim ke seluruh Indonesia dengan kemasan rahasia.",
    "Melayani COD di {C} dan sekitarnya, bayar di tempat setelah barang diterima.",
    "Pesan sekarang melalui WhatsApp {phone}, stok terbatas.",
    "Sudah ribuan pria membuktikan khasiat {B} tanpa efek samping.",
    "Harga promo hanya Rp{price}.000 per botol untuk pemesanan hari ini.",
    "Kami juga menjual obat pelangsing, krim pemutih, dan peninggi badan original.",
)


def _spam_fill(rng: random.Random, template: str, brand: str, year: int) -> str:
    return template.format(
        B=brand,
        BU=brand.upper(),
        Y=year,
        pct=rng.choice((50, 100, 150, 200)),
        dep=rng.choice((5, 10, 20, 25)),
        mins=rng.randint(1, 5),
        g=rng.choice(GAMES),
        hh=f"{rng.randint(0, 21):02d}",
        hh2=f"{rng.randint(22, 23):02d}",
        MU=rng.choice(MARKETS).upper(),
        phone=phone(rng),
        url=spam_url(rng),
        since=rng.randint(2012, 2020),
        rtp=f"{rng.randint(94, 99)},{rng.randint(0, 9)}",
        n=rng.choice((5, 10, 20, 30)),
        C=rng.choice(CITIES),
        price=rng.randint(150, 450),
    )


def spam_page_lines(rng: random.Random, year: int) -> tuple[str, list[str]]:
    shape = rng.choice(("landing", "landing", "rtp", "prediction", "loan", "pharma"))
    brand = rng.choice(BRANDS)
    if shape == "loan":
        brand = rng.choice(LOAN_BRANDS)
        title = f"{brand}: Pinjaman Online Cepat Cair Tanpa BI Checking {year}"
        sents = rng.sample(LOAN_PAGE_SENTENCES, rng.randint(5, 8))
        return title, [_spam_fill(rng, s, brand, year) for s in sents]
    if shape == "pharma":
        brand = rng.choice(PHARMA_BRANDS)
        title = f"Jual {brand} Asli di {rng.choice(CITIES)} | COD Bayar di Tempat"
        sents = rng.sample(PHARMA_PAGE_SENTENCES, rng.randint(5, 7))
        return title, [_spam_fill(rng, s, brand, year) for s in sents]
    if shape == "prediction":
        market = rng.choice(MARKETS).upper()
        day, d, m, _ = _date_parts(rng)
        title = f"Prediksi {market} {day} {d} {MONTHS[m]} {year}"
        digits = "".join(rng.sample(_DIGITS, 7))
        lines = [
            f"Prediksi {market} hari ini dari {brand}, pasaran resmi tutup pukul "
            f"{rng.randint(13, 23)}.45 WIB.",
            f"Angka Main: {' '.join(digits[:4])}",
            f"BBFS: {digits}",
            f"Colok Bebas: {digits[0]}",
            f"Colok Macau: {digits[1]}{digits[2]} - {digits[3]}{digits[4]}",
            f"Shio Jitu: {rng.choice(('Kuda', 'Naga', 'Macan', 'Monyet', 'Babi', 'Kelinci'))}",
            "Top 2D: " + "*".join(f"{rng.randint(0, 99):02d}" for _ in range(rng.randint(8, 14))),
            f"Pasang di {brand}, diskon 2D 30%, 3D 59%, 4D 66%. Daftar di {spam_url(rng)}",
            f"Semoga jackpot! Bocoran {market} lainnya hanya di {brand}.",
        ]
        return title, lines
    title = _spam_fill(rng, rng.choice(SPAM_TITLES), brand, year)
    sents = [_spam_fill(rng, s, brand, year) for s in rng.sample(SPAM_SENTENCES, rng.randint(6, 10))]
    if shape == "rtp":
        games = rng.sample(GAMES, rng.randint(5, 8))
        rtp_lines = [
            RTP_LINE.format(
                g=g,
                rtp=f"{rng.randint(90, 99)},{rng.randint(0, 9)}",
                hh=f"{rng.randint(0, 20):02d}",
                hh2=f"{rng.randint(21, 23):02d}",
            )
            for g in games
        ]
        return title, sents[:3] + rtp_lines + sents[3:5]
    if rng.random() < 0.5:
        perks = [
            "✅ Deposit via QRIS",
            "✅ Bonus harian",
            "✅ WD tanpa batas",
            "✅ CS 24 jam",
            "✅ Anti blokir",
        ]
        at = rng.randint(1, len(sents))
        sents[at:at] = rng.sample(perks, rng.randint(3, 5))
    return title, sents


STUFFED_KEYWORDS = (
    "jasa pembuatan website",
    "sewa mobil lepas kunci",
    "kursus stir mobil",
    "jasa pasang wallpaper",
    "jual karpet masjid",
    "servis ac panggilan",
    "jasa pindahan rumah",
    "rental proyektor",
    "bimbel masuk ptn",
    "jasa pembuatan pt",
    "tukang las kanopi",
    "jual bibit durian",
    "sewa tenda pernikahan",
    "jasa aqiqah",
    "jual tanah kavling",
    "kontraktor rumah",
    "percetakan undangan",
    "laundry kiloan antar jemput",
    "jual paving block",
    "kursus bahasa arab",
)
KEYWORD_STUFF_SENTENCES = (
    "{K} {C} adalah solusi {k} {C} terbaik untuk Anda yang mencari {k} murah di {C}.",
    "Kami menyediakan {k} {C}, {k} murah {C}, {k} terdekat {C}, dan {k} profesional {C}.",
    "Cari {k} di {C}? Hubungi {k} {C} kami karena {k} kami adalah {k} nomor satu di {C}.",
    "{K} murah, {k} terpercaya, {k} berkualitas, {k} bergaransi, {k} 24 jam.",
    "Harga {k} {C} paling murah dibanding {k} lain di {C} dan sekitarnya.",
    "Layanan {k} kami melayani {k} {C} utara, {k} {C} selatan, {k} {C} timur, dan {k} {C} barat.",
    "Jangan ragu memilih {k} {C} karena {k} {C} kami sudah dipercaya pelanggan {k}.",
    "Untuk info {k} {C} silakan hubungi {k} {C} di nomor {phone}.",
    "{K} {C} | {K} Murah {C} | {K} Terdekat | {K} Profesional",
    "Kata kunci: {k} {C}, {k} murah, {k} terdekat, {k} terbaik, harga {k} {C}.",
    "Kenapa harus {k} {C}? Karena {k} {C} adalah {k} yang paling dicari di {C}.",
    "Dapatkan promo {k} {C} hari ini juga, {k} {C} siap melayani {k} Anda.",
)


def keyword_stuffed_lines(rng: random.Random) -> tuple[str, list[str]]:
    k = rng.choice(STUFFED_KEYWORDS)
    city = rng.choice(CITIES)
    qual = pick(rng, ("Murah", "Terdekat", "Profesional", "No. 1", "Harga Terbaik", "Amanah"))
    title = f"{k.title()} {city} {qual} {rng.randint(2021, 2025)}"
    lines = [
        s.format(k=k, K=k.title(), C=city, phone=phone(rng))
        for s in rng.sample(KEYWORD_STUFF_SENTENCES, rng.randint(6, 9))
    ]
    return title, lines


WA_GROUP_TOPICS = ("Jual Beli Motor", "Loker", "Info CPNS", "Mabar Mobile Legends", "Kajian", "Bisnis Online")


def link_list_lines(rng: random.Random, ctx: Context) -> tuple[str, list[str]]:
    shape = rng.choice(("index", "archive", "wa_groups", "sitemap", "twibbon"))
    day, d, m, y = _date_parts(rng)
    if shape == "index":
        title = f"Indeks Berita {day}, {d} {MONTHS[m]} {y}"
        times = sorted(_clock(rng) for _ in range(rng.randint(14, 24)))
        return title, [f"{t} WIB - {headline(rng, ctx)}" for t in reversed(times)]
    if shape == "archive":
        title = f"Arsip Tag: {ctx.topic}"
        return title, [f"- {headline(rng, ctx)}" for _ in range(rng.randint(12, 22))]
    if shape == "wa_groups":
        topic = rng.choice(WA_GROUP_TOPICS)
        title = f"Kumpulan Link Grup WhatsApp {topic} Terbaru {y}"
        lines = []
        for i in range(1, rng.randint(14, 24)):
            code = "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(22)
            )
            lines.append(f"{i}. Grup WA {topic} {rng.choice(CITIES)}: https://chat.whatsapp.com/{code}")
        return title, lines
    if shape == "sitemap":
        title = pick(rng, ("Peta Situs", "Sitemap", "Daftar Semua Artikel"))
        return title, [f"» {headline(rng, ctx)}" for _ in range(rng.randint(14, 24))]
    title = (
        f"Link Twibbon {pick(rng, ('Hari Guru', 'HUT RI', 'Hari Kartini', 'Hari Santri', 'Hari Batik'))} {y}"
    )
    lines = []
    for i in range(1, rng.randint(12, 20)):
        code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(6, 12)))
        lines.append(f"Link twibbon {i}: twb.nz/{code}")
    return title, lines


AREA_CODES = {
    "Jakarta": "021",
    "Bandung": "022",
    "Surabaya": "031",
    "Medan": "061",
    "Makassar": "0411",
    "Semarang": "024",
    "Yogyakarta": "0274",
    "Palembang": "0711",
    "Denpasar": "0361",
    "Balikpapan": "0542",
    "Pontianak": "0561",
    "Manado": "0431",
    "Padang": "0751",
    "Pekanbaru": "0761",
    "Malang": "0341",
    "Solo": "0271",
    "Banjarmasin": "0511",
    "Kupang": "0380",
    "Mataram": "0370",
    "Ambon": "0911",
    "Jayapura": "0967",
    "Kendari": "0401",
    "Jambi": "0741",
    "Bogor": "0251",
    "Cirebon": "0231",
}
BANK_CODES = (
    ("BRI", "002"),
    ("Mandiri", "008"),
    ("BNI", "009"),
    ("Danamon", "011"),
    ("Permata", "013"),
    ("BCA", "014"),
    ("Maybank", "016"),
    ("Panin", "019"),
    ("CIMB Niaga", "022"),
    ("OCBC NISP", "028"),
    ("BJB", "110"),
    ("Bank DKI", "111"),
    ("Bank Jateng", "113"),
    ("Bank Jatim", "114"),
    ("BTN", "200"),
    ("Mega", "426"),
    ("BSI", "451"),
    ("BPD DIY", "112"),
    ("Bank Sumut", "117"),
    ("Bank Nagari", "118"),
    ("Bank Riau Kepri", "119"),
    ("Bank Sumsel Babel", "120"),
    ("Bank Lampung", "121"),
    ("Bank Kalbar", "123"),
    ("Bank Kaltimtara", "124"),
    ("Bank Sulselbar", "126"),
    ("Bank NTB Syariah", "128"),
    ("BPD Bali", "129"),
    ("Bank Papua", "132"),
    ("Bank Muamalat", "147"),
    ("Bank Sinarmas", "153"),
    ("BTPN", "213"),
    ("KB Bukopin", "441"),
    ("Bank Neo Commerce", "490"),
    ("Bank Jago", "542"),
)


def number_page_lines(rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choice(("fuel", "gold", "train", "area_codes", "bank_codes", "wages", "installments"))
    y = rng.randint(2021, 2025)
    if kind == "fuel":
        title = (
            f"Harga BBM di {rng.randint(30, 38)} Provinsi Per {rng.randint(1, 28)} {rng.choice(MONTHS)} {y}"
        )
        lines = []
        for prov in rng.sample(PROVINCES, rng.randint(10, 16)):
            a, b, c = rng.randint(10, 11), rng.randint(12, 14), rng.randint(13, 16)
            lines.append(
                f"{prov}: Rp{a}.{rng.randint(0, 9)}00 | Rp{b}.{rng.randint(0, 9)}50 | "
                f"Rp{c}.{rng.randint(0, 9)}00"
            )
        return title, lines
    if kind == "gold":
        title = f"Harga Emas Antam Hari Ini {rng.randint(1, 28)} {rng.choice(MONTHS)} {y}"
        base = rng.randint(1_050_000, 1_450_000)
        grams = ("0,5", "1", "2", "3", "5", "10", "25", "50", "100", "250", "500", "1000")
        lines = []
        for g in grams:
            price = int(base * float(g.replace(",", ".")) * rng.uniform(0.98, 1.02))
            buyback = int(price * rng.uniform(0.86, 0.9))
            lines.append(
                f"{g} gram: Rp{price:,} | buyback Rp{buyback:,}".replace(",", ".").replace("0.5 g", "0,5 g")
            )
        return title, lines
    if kind == "train":
        station = rng.choice(("Bogor", "Bekasi", "Cikarang", "Tangerang", "Rangkasbitung", "Nambo"))
        title = f"Jadwal KRL {station} Hari Ini"
        lines = []
        for _ in range(rng.randint(10, 16)):
            start = rng.randint(4, 22)
            lines.append(" ".join(f"{start:02d}.{rng.randint(0, 59):02d}" for _ in range(rng.randint(4, 7))))
        return title, lines
    if kind == "area_codes":
        title = "Daftar Kode Telepon Area Kota di Indonesia"
        cities = rng.sample(sorted(AREA_CODES), rng.randint(20, len(AREA_CODES)))
        return title, [f"Kode telepon {c}: ({AREA_CODES[c]})" for c in cities]
    if kind == "bank_codes":
        title = f"Kode Bank untuk Transfer Antarbank {y}"
        rows = rng.sample(BANK_CODES, rng.randint(24, len(BANK_CODES)))
        return title, [f"Kode bank {bank}: {code}" for bank, code in rows]
    if kind == "wages":
        prov = rng.choice(PROVINCES)
        title = f"Daftar UMK {prov} {y}"
        lines = [
            f"{rng.choice(('Kota', 'Kabupaten'))} {c}: Rp{num(rng, 2_100_000, 5_400_000)}"
            for c in rng.sample(CITIES, rng.randint(16, 24))
        ]
        return title, lines
    title = f"Tabel Angsuran KPR BTN {y}"
    lines = ["Plafon | 5 tahun | 10 tahun | 15 tahun | 20 tahun"]
    for plafon in rng.sample((150, 200, 250, 300, 350, 400, 500, 600, 750), rng.randint(6, 9)):
        cells = " | ".join(f"Rp{num(rng, 900_000, 9_500_000)}" for _ in range(4))
        lines.append(f"Rp{plafon} juta | {cells}")
    return title, lines


def short_article_chrome(rng: random.Random, site: Site, ctx: Context) -> list[tuple[str, str]]:
    """Plenty of chrome for a page whose article is too short: (subkind, line) pairs, the first half
    above the article and the second half below it."""
    n = rng.randint(3, 5)
    head = rng.sample(
        ("cookie", "breadcrumb", "category_label", "dateline", "byline", "share", "views", "close"), n
    )
    tail = rng.sample(("tags", "follow", "comments", "copyright", "read_also", "share", "page_nav", "ads"), n)
    return [(kind, boilerplate(rng, kind, site, ctx)) for kind in head + tail]
