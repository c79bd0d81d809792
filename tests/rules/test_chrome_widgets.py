"""Round 5, by breadth: cookie and consent banners, comment sections, share and follow widgets, ad labels.

Lines written from what Indonesian sites print (news portals, regional portals, WordPress/Blogger themes,
consent managers, Disqus and Facebook comment plugins, app badges), in wordings no inventory holds: each is
flagged whole wherever it stands (the page's head, between paragraphs, the tail); and content lines that
share their words (news about cookies, comments, sharing, following and the ads business), which stay.
"""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged
from tests.rules.test_boilerplate import BODY, LEAD, TITLE, in_body, in_head, in_tail

PLACES = {"head": in_head, "body": in_body, "tail": in_tail}


def _all_flagged(block: str, ruleset: Ruleset, where: str) -> bool:
    """Every line of `block` is flagged whole by a boilerplate rule when the block stands at `where`."""
    hits = set(flagged(PLACES[where](block), ruleset, "boilerplate"))
    return all(line.strip() in hits for line in block.split("\n") if line.strip())


def _untouched(line: str, ruleset: Ruleset) -> bool:
    return all(flagged(place(line), ruleset) == [] for place in PLACES.values())


# --- cookie and consent banners ----------------------------------------------------------------------

COOKIE_VARIANTS = [
    (
        "Kami menggunakan kuki (cookies) agar situs ini berfungsi dengan baik dan untuk "
        "menganalisis lalu lintas."
    ),
    "Laman ini memakai cookie pihak ketiga untuk keperluan analitik dan iklan yang dipersonalisasi.",
    'Dengan mengklik "Terima", Anda menyetujui penyimpanan cookie di perangkat Anda.',
    "Dengan mengeklik “Setuju”, Anda mengizinkan kami menggunakan cookie.",
    "Dengan terus menjelajahi situs ini, Anda dianggap menyetujui penggunaan cookie.",
    'Klik "Terima Semua" untuk menyetujui penggunaan cookie atau "Kelola" untuk mengatur preferensi Anda.',
    "Privasi Anda penting bagi kami.",
    (
        "Privasi Anda penting bagi kami\nKami dan 142 mitra kami menyimpan dan/atau mengakses "
        "informasi di perangkat, seperti cookie.\nTerima Semua\nTolak Semua\nKelola Opsi"
    ),
    "We value your privacy",
    (
        "We care about your privacy\nWe and our partners use cookies to personalise ads and "
        "content.\nI Accept\nShow Purposes"
    ),
    "🍪 Situs ini pakai cookie biar pengalamanmu makin nyaman. Oke!",
    "🍪 Kami pakai cookie supaya kamu dapat pengalaman terbaik.",
    "COOKIE CONSENT",
    "Persetujuan Cookie",
    "Preferensi Cookie",
    "Kelola Persetujuan",
    "Kelola Persetujuan Cookie",
    "Manage Cookie Consent",
    "Cookie Preferences",
    "Sesuaikan\nTerima Semua",
    "Izinkan Pilihan",
    "Tolak yang Tidak Perlu",
    "Hanya Cookie yang Diperlukan",
    "Cookie yang Diperlukan\nSelalu Aktif",
    "Cookie Analitik\nCookie Fungsional\nCookie Pemasaran",
    "Strictly Necessary Cookies\nAlways Active",
    "Baca Kebijakan Cookie kami",
    "Pelajari selengkapnya tentang cookie",
    "Informasi lebih lanjut mengenai cookie dapat dibaca di Kebijakan Privasi kami.",
    "Situs ini menggunakan cookie. Baca Kebijakan Privasi\nMengerti",
    "Our website uses cookies. By continuing, you agree to our Privacy Policy.",
    "This site uses cookies from Google to deliver its services and to analyze traffic.",
    "Situs ini menggunakan cookie dari Google untuk menyediakan layanan dan menganalisis traffic.",
    (
        "Situs ini menggunakan cookie dari Google untuk memberikan layanannya dan "
        "menganalisis lalu lintas. Pelajari lebih lanjut OK"
    ),
    "Website ini menggunakan cookie agar kamu mendapatkan pengalaman terbaik. Info lebih lanjut | Setuju",
    "Laman web ini menggunakan kuki. Lanjutkan menjelajah berarti Anda setuju.",
    "Dengan menggunakan layanan kami, Anda setuju dengan penggunaan cookie.",
    "KAMI MENGGUNAKAN COOKIE UNTUK MENINGKATKAN PENGALAMAN ANDA",
    "Untuk meningkatkan pengalaman membaca, kami menggunakan cookie. Dengan melanjutkan, Anda setuju.",
    "Portal ini menggunakan cookies untuk mengenali preferensi Anda. [Setuju] [Tolak]",
    "Pemberitahuan Cookie",
    "Pemberitahuan Privasi",
    "Pengumuman: Kami telah memperbarui Kebijakan Privasi kami.",
    "Kami telah memperbarui Kebijakan Privasi dan Syarat Penggunaan kami.",
    "Kebijakan Privasi kami telah diperbarui. Silakan baca untuk mengetahui perubahannya.",
    "Terima Cookie",
    "Terima & Tutup",
    "Setuju & Lanjutkan",
    "Saya Setuju dan Lanjutkan",
    "Tolak Cookie",
    "Accept Cookies\nDecline",
    "Allow all cookies",
    "Only allow essential cookies",
]

COOKIE_CONTENT = [
    "Kue kering atau cookies menjadi hidangan wajib saat Lebaran di banyak keluarga.",
    "Kami menggunakan cokelat Belgia untuk cookies ini agar rasanya lebih pekat.",
    "Kominfo meminta situs web menyampaikan kebijakan privasi secara jelas kepada pengguna.",
    "Perusahaan teknologi itu menyetujui penggunaan data pengguna untuk iklan setelah digugat.",
    "Peramban Chrome akan menghentikan cookie pihak ketiga secara bertahap.",
    "Terima Kasih, Guru",
    "Undang-Undang Pelindungan Data Pribadi mewajibkan persetujuan pengguna sebelum data diproses.",
    "Privasi pasien harus dijaga oleh setiap rumah sakit, kata dia.",
    "Kelola Keuangan Keluarga dengan Bijak",
    "Pengaturan lalu lintas di simpang itu akan diubah mulai pekan depan.",
    "Ia menolak semua tuduhan yang diarahkan kepadanya.",
    "Terima semua masukan dengan lapang dada, pesan kepala sekolah kepada para guru.",
    "Setuju atau tidak, keputusan itu sudah final.",
    "Kami menggunakan mentega tawar dan gula palem untuk adonan cookies ini.",
    "Cookie Monster menjadi karakter paling dikenal dalam serial Sesame Street.",
    "Preferensi konsumen terhadap produk lokal meningkat tahun ini.",
    "Persetujuan DPR diperlukan sebelum anggaran dicairkan.",
    "Kebijakan privasi aplikasi itu disorot oleh lembaga perlindungan konsumen.",
    "Dengan melanjutkan program ini, pemerintah berharap angka stunting turun.",
    "Kami setuju dengan usulan warga, ujar lurah setempat.",
]

# --- comment sections --------------------------------------------------------------------------------

COMMENT_VARIANTS = [
    "Komentar Pembaca",
    "Komentar Terbaru",
    "Komentar Terpopuler",
    "Diskusi Pembaca (8)",
    "💬 32 Komentar",
    "💬 Lihat 18 komentar",
    "Tampilkan komentar lainnya",
    "Tampilkan 5 balasan",
    "Lihat 3 balasan lainnya",
    "Muat balasan lainnya",
    "Sembunyikan komentar",
    "Balas · Suka · Laporkan",
    "Suka · Balas · Laporkan · 3 jam yang lalu",
    "Balas | Laporkan",
    "Suka (4) · Balas",
    "2 jam yang lalu · Balas",
    "Dibalas oleh Admin",
    "Andi Pratama · 2 jam lalu",
    "Budi_Santoso 5 menit yang lalu",
    "Admin menjawab:",
    "Admin said:",
    "Balasan dari Redaksi:",
    "Komentar Facebook",
    "Tambahkan komentar...",
    "Tulis komentar...",
    "Tulis balasan...",
    "Ketik komentar Anda di sini...",
    "Berikan tanggapanmu",
    "Apa pendapatmu tentang berita ini?",
    "Bagaimana pendapat Anda? Tulis di kolom komentar.",
    "Tulis pendapatmu di kolom komentar ya!",
    "Yuk, tinggalkan komentarmu di bawah!",
    "Ada pertanyaan? Tulis di kolom komentar di bawah.",
    "Silakan tulis komentar Anda di kolom yang tersedia.",
    "Anda harus masuk untuk dapat berkomentar.",
    "Masuk untuk ikut berdiskusi",
    "Login dengan Google untuk berkomentar",
    "Komentar akan tampil setelah disetujui admin.",
    "Komentar Anda akan dimoderasi sebelum ditampilkan.",
    "Setiap komentar akan dimoderasi terlebih dahulu.",
    "Komentar yang tidak sesuai aturan akan dihapus.",
    "Belum ada komentar. Mulai diskusi!",
    "Belum ada tanggapan untuk artikel ini.",
    "Jadilah orang pertama yang berkomentar",
    "Jadi yang pertama memberi komentar",
    "Be the first to comment!",
    "Add a comment...",
    "Write a comment...",
    "View more comments",
    "Load more replies",
    "Show 4 more replies",
    "Sort by: Top",
    "Urutkan: Terbaru | Terlama | Terpopuler",
    "Comments (0)",
    "0 Responses",
    "Tanggapan (2)",
    "12 Balasan",
    "Kirim Balasan",
    "Kirim Tanggapan",
    "Posting Balasan",
    "Balas Komentar",
    "Report",
    "Laporkan penyalahgunaan",
    "Laporkan komentar ini",
    "Komentar ini telah dihapus oleh moderator.",
    "Komentar ini disembunyikan.",
    "Powered by Disqus",
    "Disqus Comments",
    "Tambahkan Komentar Anda",
    "Facebook Comments Plugin",
    "Berkomentar sebagai Tamu",
    "Nama (wajib)",
    "Alamat Email (tidak akan dipublikasikan)",
    "Situs Web (opsional)",
]

COMMENT_CONTENT = [
    "Ia menolak berkomentar saat ditemui wartawan di Gedung DPR, Senin (12/2/2024).",
    "Juru bicara kementerian belum memberikan komentar hingga berita ini diturunkan.",
    "Komentar warganet di media sosial pun beragam, sebagian besar mendukung langkah itu.",
    "Unggahan itu dibanjiri komentar dari warganet yang mempertanyakan kebijakan tersebut.",
    "Belum ada tanggapan resmi dari pihak kepolisian terkait laporan tersebut.",
    "Diskusi Publik tentang Rencana Tata Ruang Kota Digelar di Balai Kota",
    "Balasan surat itu baru diterima sekolah dua pekan kemudian.",
    "Ia membalas komentar warganet dengan nada bercanda.",
    "Laporkan jika menemukan pungutan liar di sekolah, kata kepala dinas.",
    "Warga diminta melaporkan kerusakan jalan melalui aplikasi.",
    "Diskusi berlangsung hingga pukul 22.00 WIB.",
    "Menurut dia, komentar tersebut telah dihapus oleh pemilik akun.",
    "Pertama, tulis komentar yang sopan, ujar pengajar literasi digital itu.",
    "Tanggapan Pemerintah Daerah",
    "Komentar Ketua KPU soal Sengketa Pilkada",
    "Kolom komentar di akun Instagram itu kini ditutup oleh pemiliknya.",
    "Moderator diskusi meminta peserta bertanya secara singkat.",
    "Sekitar 3 jam yang lalu, hujan deras mengguyur kawasan itu.",
]

# --- share and follow widgets, newsletters, app badges -----------------------------------------------

SHARE_FOLLOW_VARIANTS = [
    "Bagikan artikel ini ke teman-temanmu",
    "Bagikan ke:\nFacebook\nX (Twitter)\nWhatsApp\nTelegram\nSalin tautan",
    "Bagikan ke media sosial",
    "Bagikan Berita Ini Melalui",
    "Share Artikel Ini",
    "Share berita ini:",
    "Share : f t w",
    "f Share t Tweet",
    "Facebook Messenger WhatsApp Email",
    "Share on X",
    "Post on X",
    "Share via WhatsApp",
    "Kirim lewat WA",
    "Teruskan ke WhatsApp",
    "Salin URL",
    "Salin link berita",
    "Tautan telah disalin ke papan klip",
    "Link copied to clipboard!",
    "Berhasil menyalin tautan",
    "0 Shares",
    "1,2 rb kali dibagikan",
    "Total Shares 245",
    "🔗 Salin Link",
    "📤 Bagikan",
    "↗ Share",
    "Ikuti kami di Google News",
    "Ikuti Berita Terkini di Google News",
    "Ikuti saluran WhatsApp kami untuk update berita terbaru",
    "Gabung ke channel Telegram kami",
    "Follow us on Instagram",
    "Follow Us",
    "Ikuti Kami",
    "IKUTI KAMI:\nFacebook\nInstagram\nTwitter\nYouTube\nTikTok",
    "Temukan kami di:",
    "Ikuti kami di media sosial",
    "Terhubung dengan kami",
    "Stay connected",
    "Dapatkan berita terbaru langsung di email Anda.",
    "Daftar newsletter kami, gratis!",
    "Masukkan email Anda\nBerlangganan",
    "Langganan Newsletter",
    "Subscribe to our newsletter",
    "Unduh aplikasinya di Google Play dan App Store",
    "Download Aplikasi Kami",
    "Baca berita lebih cepat di aplikasi",
    "Dapatkan di Google Play",
    "Get it on Google Play",
    "Download on the App Store",
    "Scan QR untuk unduh aplikasi",
    "Baca berita tanpa iklan di aplikasi",
    "Join grup WhatsApp kami",
    "Klik di sini untuk gabung saluran WhatsApp",
    "📲 Gabung Channel WA",
    "Pantau terus berita terkini di Google News",
    "Dukung kami lewat Trakteer",
    "Traktir kami kopi ☕",
]

SHARE_FOLLOW_CONTENT = [
    "Presiden membagikan bantuan sosial kepada warga di Kecamatan Cilincing.",
    "Unggahan itu dibagikan lebih dari 12 ribu kali di Twitter.",
    "Video tersebut telah ditonton 2 juta kali dan dibagikan ribuan kali di TikTok.",
    "Ia mengikuti pelatihan selama tiga bulan di Bandung.",
    "Ribuan peserta mengikuti lomba lari 10 kilometer pada Minggu pagi.",
    "Warga diminta mengikuti arahan petugas selama evakuasi.",
    "Facebook dan Instagram sempat tidak bisa diakses selama dua jam.",
    "Pengguna WhatsApp di Indonesia mencapai 112 juta orang.",
    "Cara Menyalin Tautan di Aplikasi Telegram",
    "Ia menyalin tautan itu dan mengirimkannya ke grup keluarga.",
    "Aplikasi tersebut kini bisa diunduh di Google Play dan App Store.",
    "Berlangganan listrik prabayar kini bisa melalui aplikasi PLN Mobile.",
    "Followers akun Instagram-nya bertambah 50 ribu dalam sehari.",
    "Ikuti Langkah Berikut untuk Mengurus Paspor Online",
    "Kami terus mengikuti perkembangan kasus ini, kata Kapolres.",
    "Gabung ke Koalisi, Partai Itu Minta Jatah Menteri",
    "Berbagi Takjil di Bulan Ramadan",
    "Unggahan tersebut dibagikan ulang oleh akun resmi pemerintah kota.",
]

# --- ad labels, countdowns, sponsors ---------------------------------------------------------------

AD_VARIANTS = [
    "ADVERTISEMENT",
    "Advertisement",
    "- ADVERTISEMENT -",
    "Iklan",
    "— IKLAN —",
    "[Iklan]",
    "IKLAN · GULIR UNTUK MELANJUTKAN",
    "Lanjutkan membaca di bawah",
    "Lanjut membaca artikel di bawah ini",
    "Artikel berlanjut di bawah iklan",
    "Konten berlanjut setelah iklan",
    "Baca artikel selengkapnya di bawah iklan",
    "Scroll ke bawah untuk baca selengkapnya",
    "SCROLL TO RESUME CONTENT",
    "Continue reading below",
    "Story continues below advertisement",
    "Article continues below",
    "Konten Bersponsor",
    "Konten Sponsor",
    "Konten Berbayar",
    "KONTEN PROMOSI",
    "Sponsored",
    "Promoted",
    "Ad",
    "Ads",
    "AD",
    "Iklan Partner",
    "Iklan Mitra",
    "Advertorial | Info Pariwara",
    "Info Pariwara",
    "Pariwara",
    "Artikel Advertorial",
    "Tutup iklan",
    "Tutup Iklan X",
    "× Tutup",
    "Lewati Iklan ›",
    "Lewati iklan dalam 5",
    "Iklan akan ditutup dalam 5 detik",
    "Iklan ditutup dalam 3 detik",
    "Skip Ad in 5 seconds",
    "Iklan berakhir dalam 10 detik",
    "Video akan diputar setelah iklan",
    "Iklan 1 dari 2",
    "Ad 1 of 2",
    "Kenapa saya melihat iklan ini?",
    "Why this ad?",
    "Hentikan tayangan iklan ini",
    "Laporkan iklan",
    "Iklan Google",
    "Ads by Teads",
    "Rekomendasi oleh Taboola",
    "Recommended by Outbrain",
    "Dipersembahkan oleh",
    "Presented by Bank Nusantara",
    "Didukung oleh",
    "Berita ini didukung oleh",
    "Sponsored by",
    "Powered by Mitra Kita",
    "Pasang Iklan Gratis",
    "Mau beriklan di sini? Hubungi kami.",
    "Beriklan di Kabar Desa",
]

AD_CONTENT = [
    "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30 WIB.",
    "Belanja iklan digital di Indonesia tumbuh 20 persen tahun ini.",
    "Pemerintah akan menertibkan iklan pinjaman online ilegal.",
    "Ia bekerja sebagai copywriter di sebuah agensi iklan di Jakarta.",
    "Konten bersponsor kini menjadi sumber pendapatan utama media daring.",
    "Kampanye itu didukung oleh 30 organisasi masyarakat sipil.",
    "Festival ini dipersembahkan untuk para petani kopi di Gayo.",
    "Tayangan iklan politik dibatasi selama masa tenang.",
    "Lanjutkan Pembangunan, Kata Gubernur",
    "Tutup Tahun dengan Rapor Merah, Saham Itu Anjlok",
    "Iklan Layanan Masyarakat tentang Stunting Ditayangkan di Bioskop",
    "Pariwara Lebaran ramai di televisi sejak awal Ramadan.",
    "Promosi jabatan itu diumumkan pada Senin pagi.",
    "Baliho dan iklan caleg mulai dipasang di sudut-sudut kota.",
    "Penonton harus menonton iklan selama 30 detik sebelum video diputar, keluh warganet.",
    "Perusahaan itu beriklan besar-besaran menjelang Lebaran.",
    "Pendapatan iklan Google turun pada kuartal ketiga.",
    "Didukung oleh cuaca cerah, panen raya berlangsung lancar.",
]

# --- the same kinds in capitals, with glyphs, arrows, ellipses, counts, two kinds on one line ---------

STYLED_VARIANTS = [
    "BAGIKAN ARTIKEL INI »",
    "Bagikan →",
    "Bagikan artikel ini:",
    "Share this post →",
    "Bagikan…",
    "SALIN TAUTAN",
    "📋 Salin link",
    "🔗 Copy link »",
    "Facebook • X • WhatsApp • Telegram • Salin Link",
    "Bagikan: Facebook Twitter | Komentar (3)",
    "Share 0 Tweet 0 Pin 0",
    "Shares 1.2K",
    "👍 Suka 12 · 💬 Komentar 3 · ↗️ Bagikan",
    "Bagikan ke WA →",
    "IKUTI KAMI DI GOOGLE NEWS",
    "Ikuti kami di Google News »",
    "Ikuti Kabar Desa di Google News",
    "Follow kami di Instagram & TikTok",
    "Jangan lupa follow IG kami ya!",
    "Ikuti channel WhatsApp Kabar Desa, klik di sini",
    "📢 Gabung Saluran WhatsApp Kabar Desa",
    "📢 Saluran WhatsApp Kabar Desa: klik untuk bergabung",
    "Ikuti Berita Kabar Desa lainnya di Google News",
    "Baca berita menarik lainnya di Google News",
    (
        "Dapatkan update berita setiap hari dari Kabar Desa. Yuk, gabung di Grup Telegram "
        '"Kabar Desa Update", caranya klik link berikut, kemudian join.'
    ),
    "Unduh aplikasi Kabar Desa di Play Store →",
    "DOWNLOAD APLIKASI KABAR DESA",
    "Berlangganan Newsletter Kami →",
    "Subscribe newsletter kami untuk mendapatkan berita pilihan setiap pagi",
    "Daftarkan email Anda untuk menerima berita terbaru",
    "Masukkan email Anda...",
    "Email Anda\nDaftar",
    "KOMENTAR",
    "Komentar (12) ↓",
    "💬 Komentar (12)",
    "Tulis Komentar →",
    "TINGGALKAN KOMENTAR",
    "Lihat Semua Komentar »",
    "Muat 10 komentar lagi…",
    "LOAD MORE COMMENTS",
    "Tampilkan balasan (3)",
    "Balas ↩",
    "↪ Balas",
    "Komentar Terbaru:",
    '12 Komentar untuk "Harga Cabai Naik Lagi"',
    "Sort by Newest",
    "Urutkan berdasarkan: Terbaru ▾",
    "Terpopuler | Terbaru | Terlama",
    "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Advertisement ↓",
    "IKLAN ▼",
    "Iklan ↓ Lanjutkan membaca",
    "- Lanjutkan Membaca -",
    "Baca artikel selengkapnya ↓",
    "KONTEN BERSPONSOR",
    "Sponsored · Kopi Nusa",
    "Iklan · Toko Sejuk",
    "Advertorial »",
    "Artikel ini adalah konten bersponsor",
    "🍪 Cookie",
    "Situs ini menggunakan cookie. Terima | Tolak",
    "Kami menggunakan cookie 🍪 Oke",
    "COOKIES POLICY",
    "Kebijakan Cookie »",
    "Cookie Settings ⚙",
]

STYLED_CONTENT = [
    "Bagikan Sembako, Relawan Sisir Kampung Nelayan",
    "Ikuti Jejak Ayahnya, Putra Bupati Maju di Pilkada",
    "Follower Instagram Wali Kota Tembus Satu Juta",
    "Komentar Netizen soal Kenaikan Tarif KRL",
    "Iklan Politik di Media Sosial Diawasi Bawaslu",
    "Cookie Cokelat Kacang, Camilan Favorit Anak",
    '"Saya tidak akan berkomentar soal itu," kata Ketua Umum partai tersebut.',
    "Sebanyak 12 komentar masuk dalam forum konsultasi publik itu.",
    "Salin dokumen KTP dan KK sebanyak dua lembar.",
    "Ia membagikan tautan pendaftaran lewat grup WhatsApp sekolah.",
    "Tautan pendaftaran dibagikan melalui laman resmi dinas pendidikan.",
    "Video itu sudah ditonton lebih dari 3 juta kali di YouTube.",
    "Laporan itu dibagikan kepada seluruh kepala desa pada Senin lalu.",
    "Aplikasi itu sudah diunduh lebih dari 10 juta kali di Play Store.",
    "Unduhan aplikasi itu melonjak setelah iklannya viral.",
    "Cuitan tersebut di-retweet ribuan kali dalam semalam.",
    "Akun Instagram resmi pemerintah kota kini diikuti 200 ribu pengikut.",
    "Balas Budi Warga kepada Guru Honorer",
]


# --- forum threads, Blogger comment boxes, newsletter forms, ad slots, consent banners in English -----

FORUM_BLOG_VARIANTS = [
    "Kirimkan Ini lewat Email",
    "BlogThis!",
    "Berbagi ke Twitter",
    "Berbagi ke Facebook",
    "Bagikan ke Pinterest",
    "Kirimkan Ini lewat Email\nBlogThis!\nBerbagi ke Twitter\nBerbagi ke Facebook\nBagikan ke Pinterest",
    "Bagikan ke Twitter Bagikan ke Facebook",
    "share ke wa dong",
    "bagikan ke grup wa keluarga",
    "Share ke FB | WA | Twitter | Line",
    "Bagikan : Facebook Whatsapp Twitter Line Telegram Copy Link",
    "Share Facebook Twitter Whatsapp Telegram Pinterest LinkedIn",
    "SHARE ON: FACEBOOK | TWITTER | WHATSAPP",
    "Share via: WhatsApp",
    "Bagikan via:",
    "Ikuti Kami di Sosial Media",
    "Ikuti Kami di Media Sosial:",
    "Follow @kabardesa on Instagram",
    "Ikuti Instagram @kabardesa",
    "Ikuti akun media sosial kami untuk info terbaru",
    "Subscribe YouTube Kabar Desa TV",
    "Jangan lupa like, comment, share dan subscribe ya!",
    "Klik tombol subscribe dan nyalakan loncengnya",
    "Dapatkan info terkini langsung di ponselmu, gabung WhatsApp Channel kami",
    "Ikuti berita terkini dari Kabar Desa di Google News, klik di sini",
    "Baca berita terkini lainnya di Google News",
    "Gabung ke grup Telegram Kabar Desa",
    "Berlangganan gratis newsletter mingguan kami",
    "Terima kasih telah berlangganan!",
    "Terima kasih sudah berlangganan newsletter kami",
    "Alamat email tidak valid",
    "Kami tidak akan mengirim spam.",
    "Kami tidak akan pernah membagikan email Anda.",
    "Anda bisa berhenti berlangganan kapan saja.",
    "Quote",
    "Multi-Quote",
    "Kirim Cendol",
    "Beri Cendol",
    "Kasih Cendol",
    "Laporkan Post",
    "Post Reply",
    "Balas Thread",
    "Reply With Quote",
    "Quick Reply",
    "Thread ini sudah dikunci",
    "Kalau suka, tinggalkan komentar di bawah ya",
    "Semoga bermanfaat, jangan lupa share ya!",
    "Admin · 2 hari yang lalu",
    "anonim 3 jam yang lalu",
    "Anonymous said...",
    "Anonim mengatakan...",
    "Unknown mengatakan...",
    "Balas Hapus",
    "Balasan",
    "Muat yang lain...",
    "Posting Komentar",
    "Berlangganan: Posting Komentar (Atom)",
    "Pilih Profil Identitas...",
    "Tambahkan komentar sebagai tamu",
    "Komentar dimoderasi",
    "Semua komentar dimoderasi.",
    "Komentar akan muncul setelah disetujui.",
    "Iklan · Gulir ke bawah untuk melanjutkan",
    "- ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT",
    "Advertisement · Scroll to continue",
    "ADS BY KABAR DESA",
    "IKLAN - GULIR KE BAWAH",
    "Iklan\nLanjutkan Membaca",
    "Promo",
    "PROMOSI",
    "Sponsored Post",
    "Sponsored Article",
    "Artikel Bersponsor",
    "Konten ini disponsori oleh Bank Nusantara",
    "Konten ini didukung oleh Kopi Nusa",
    "Konten ini merupakan iklan.",
    "Konten berikut adalah iklan.",
    "ADVERTORIAL",
    "Pariwara • Bank Nusantara",
    "Iklan Atas",
    "Iklan Bawah",
    "Iklan Sidebar",
    "Iklan 728x90",
    "Banner 300x250",
    "Kami menggunakan cookies.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
    "Informasi Cookie",
    "Pengaturan Kuki",
    "Dengan menggunakan situs ini Anda menyetujui penggunaan cookie",
    "Kami menghargai privasi Anda",
    "Your privacy matters to us",
    (
        "Situs web ini menggunakan cookie untuk menjamin Anda mendapatkan pengalaman terbaik "
        "di situs web kami. Pelajari lebih lanjut"
    ),
]

FORUM_BLOG_CONTENT = [
    "Kominfo mengajak masyarakat membagikan informasi yang benar di media sosial.",
    "Ia terus mengikuti perkembangan kasus itu dari Jakarta.",
    "Kirim bantuan ke daerah bencana menjadi prioritas pemerintah daerah.",
    "Komentar dimoderasi oleh tim khusus sejak aturan baru berlaku, kata juru bicara platform itu.",
    "Berlangganan majalah itu kini lebih murah dengan paket tahunan.",
    "Balasan surat dari kementerian belum juga diterima hingga kini.",
    "Promo Ramadan membuat penjualan toko daring naik dua kali lipat.",
    "Banner ucapan selamat dipasang di depan balai desa.",
    "Quote dari tokoh itu viral di media sosial.",
    "Sponsor utama turnamen itu adalah perusahaan rokok.",
    "Iklan Atas Nama Partai Dicopot Bawaslu",
    "Pengaturan Kuota Haji 2024 Diumumkan Kemenag",
    "Informasi Cookie Cokelat Rendah Gula untuk Penderita Diabetes",
    "Thread ini ramai dibagikan warganet, sebagian besar menyesalkan kejadian itu.",
    "Gabung ke Koalisi, Partai Itu Dapat Kursi Menteri",
    "Anonim mengatakan kepada polisi bahwa ia melihat pelaku kabur ke arah utara.",
]


# --- English consent banners, ads "continues below", reading tools, follow calls naming the site,
# contributions, like buttons and counts of two kinds -------------------------------------------------

MORE_VARIANTS = [
    "This site uses cookies. By continuing to browse the site, you are agreeing to our use of cookies.",
    "We use cookies and similar technologies to improve your experience.",
    'By clicking "Accept All", you consent to our use of cookies.',
    "Do Not Sell My Personal Information",
    "Cookie Policy | Privacy Policy | Terms of Use",
    "Cookie Declaration",
    "Manage Options\nAccept",
    "Reject All\nAccept All",
    "Iklan oleh Google",
    "Iklan dari Google",
    "Ads by Google",
    "Advertisement ▼ Content continues below",
    "Content continues after advertisement",
    "Artikel dilanjutkan setelah iklan",
    "Baca lanjutannya di bawah iklan",
    "Berita berlanjut di bawah ini",
    "▼ Lanjut baca ▼",
    "Scroll untuk lanjut membaca",
    "Swipe up untuk membaca",
    "Geser ke atas untuk lanjut",
    "IKLAN - Artikel berlanjut di bawah",
    "Iklan ditutup",
    "Tutup ✕",
    "Close Ad ✕",
    "Promoted Content",
    "Promoted Stories",
    "Konten Partner",
    "Konten Mitra",
    "PAID CONTENT",
    "Native Ad",
    "In-Article Ad",
    "Sponsor Utama",
    "Didukung Oleh:",
    "Supported by:",
    "Bagikan ke Twitter/X",
    "Bagikan ke LINE",
    "Bagikan melalui email",
    "Kirim artikel ini ke email",
    "Cetak artikel ini",
    "Print artikel",
    "Simpan artikel",
    "Simpan ke Bookmark",
    "Bookmark artikel ini",
    "Tandai artikel ini",
    "Dengarkan artikel ini",
    "Aa Ukuran Font",
    "Font: A- A+",
    "Follow Kabar Desa di Google News",
    "Ikuti juga akun Instagram kami @kabar.desa",
    "Ayo follow akun TikTok @kabardesa.official",
    "Cek juga TikTok kami!",
    "Kunjungi juga kanal YouTube kami",
    "Saksikan video lainnya di kanal YouTube Kabar Desa",
    "Tonton juga di YouTube",
    "Dengarkan podcast kami di Spotify",
    "Langganan WhatsApp Channel Kabar Desa gratis!",
    "Berlangganan via WhatsApp",
    "Berita terbaru langsung ke WhatsApp kamu",
    "Punya info menarik? Kirim ke redaksi lewat WhatsApp 0812-0000-1111",
    "Punya cerita atau info menarik? Kirimkan ke email redaksi@kabardesa.id",
    "Kirim Berita",
    "Kirim Tulisan",
    "Tulis Artikel",
    "Jadi Kontributor",
    "8 Komentar · 24 Dibagikan",
    "12 komentar 5 kali dibagikan",
    "👁 1.240 · 💬 8 · 🔁 3",
    "Dibaca 1.203 kali | 4 komentar",
    "234 orang menyukai ini",
    "Disukai oleh 50 orang",
    "Jadilah yang pertama menyukai ini.",
    "Suka ini:",
    "Memuat...",
]

MORE_CONTENT = [
    "Akun Instagram @kabardesa dibuat pada 2015 dan kini diikuti 200 ribu orang.",
    "Video itu dibagikan ulang oleh 3 ribu akun dalam satu jam.",
    "Simpan artikel ini untuk dibaca nanti, kata dia bercanda.",
    "Ukuran teks dalam dokumen itu harus 12 poin.",
    "Cetak ulang buku itu dilakukan pada 2019.",
    "Kirim surat ke redaksi menjadi cara warga mengadu pada era 1980-an.",
    "Iklan oleh perusahaan rokok dilarang selama siaran sepak bola anak.",
    "Mode gelap di aplikasi itu kini tersedia untuk semua pengguna.",
    "Dengarkan cerita nenek, pesan guru kepada murid-muridnya.",
    "Mitra pengemudi ojek daring menggelar aksi di depan kantor perusahaan.",
    "Podcast itu didengarkan lebih dari 1 juta kali di Spotify.",
    "Ia dikenal sebagai kontributor tetap rubrik opini di koran itu.",
    "Sponsor Utama Liga 1 Musim Ini Diumumkan PSSI",
    "Tonton juga pertunjukan wayang kulit di alun-alun pada malam Minggu.",
    "Simpan di tempat kering dan jauh dari sinar matahari.",
    "Simpan Uang di Bank atau Emas? Ini Kata Perencana Keuangan",
    "Tandai tanggalnya: festival kopi digelar 12 Mei di alun-alun.",
    "Ukuran huruf pada label kemasan wajib terbaca jelas, kata BPOM.",
    "Mode Gelap Kini Hadir di WhatsApp Web",
    "Kirim bantuan logistik ke Cianjur, relawan berangkat pagi ini.",
    "Kirimkan CV ke email rekrutmen@contoh.co.id paling lambat 30 Juni.",
    "Berita duka itu langsung dikirim ke grup WhatsApp keluarga.",
    "Tulis Artikel Ilmiah, Mahasiswa Ini Raih Penghargaan",
    "Jadi Kontributor Devisa, Ekspor Kopi Naik 20 Persen",
    "Sidang dilanjutkan setelah makan siang.",
    "Iklan ditutup dengan adegan keluarga berbuka puasa bersama.",
    "Video terbaru sang artis langsung ke puncak trending YouTube.",
    "Tonton juga film dokumenter itu di bioskop terdekat mulai Kamis.",
    "Dengarkan podcast itu sambil berolahraga, saran psikolog tersebut.",
    "Punya keluhan? Warga bisa melapor ke nomor 112.",
    "Ayo ke Posyandu, ajak Bunda membawa balita setiap bulan.",
    "Terima kasih kepada seluruh pelanggan setia kami, kata pemilik toko.",
    "Alamat email resmi sekolah kini berakhiran sch.id.",
    "Kami tidak akan berhenti berjuang, ujar ketua serikat pekerja.",
    "Warga dapat berhenti berlangganan layanan itu kapan saja tanpa biaya.",
    "Komentar dimoderasi ketat selama masa kampanye, kata Kominfo.",
    "Quote Tokoh Inspiratif Hari Ini",
    "Berbagi ke Sesama di Bulan Ramadan",
]


@pytest.mark.parametrize("where", ["head", "body", "tail"])
@pytest.mark.parametrize(
    "block",
    COOKIE_VARIANTS
    + COMMENT_VARIANTS
    + SHARE_FOLLOW_VARIANTS
    + AD_VARIANTS
    + STYLED_VARIANTS
    + FORUM_BLOG_VARIANTS
    + MORE_VARIANTS,
)
def test_round5_widget_variants_flagged(block: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(block, ruleset, where)


@pytest.mark.parametrize(
    "line",
    COOKIE_CONTENT
    + COMMENT_CONTENT
    + SHARE_FOLLOW_CONTENT
    + AD_CONTENT
    + STYLED_CONTENT
    + FORUM_BLOG_CONTENT,
)
def test_round5_widget_lookalikes_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- widget sentences glued to the end of a paragraph ------------------------------------------------

PARAGRAPH = "Pedagang mengeluhkan sepinya pembeli sejak awal pekan, kata Ketua Asosiasi Pedagang Pasar."

GLUED_TAILS = [
    "Bagikan artikel ini.",
    "Share this article!",
    "Ikuti kami di Google News.",
    "Yuk, gabung channel WhatsApp Kabar Desa.",
    "Dapatkan update berita pilihan setiap hari dari Kabar Desa.",
    "Bagikan artikel ini. Ikuti kami di Google News.",
    "Komentar ditutup.",
    "Belum ada komentar. Jadilah yang pertama berkomentar!",
    "Artikel ini merupakan konten bersponsor.",
    "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
    "Tulis pendapatmu di kolom komentar ya!",
    "Download aplikasi Kabar Desa untuk akses berita lebih cepat.",
]

GLUED_CONTENT = [
    "Ikuti langkah berikut untuk mengganti kata sandi. Buka menu pengaturan di aplikasi itu.",
    "Bagikan informasi ini kepada keluarga. Modus penipuan itu sudah memakan puluhan korban.",
    "Komentar warganet beragam. Sebagian besar mendukung langkah pemerintah kota itu.",
    "Iklan rokok dilarang. Aturan itu berlaku mulai bulan depan di seluruh kota.",
    "Kami menolak kenaikan tarif itu. Warga akan menggelar aksi di depan balai kota, kata koordinator aksi.",
    (
        "Warga diminta tidak panik. Bagikan informasi ini kepada keluarga agar mereka tidak "
        "tertipu modus serupa."
    ),
    "Video itu viral. Unggahan itu dibagikan lebih dari 12 ribu kali di Twitter.",
    "Ia enggan berkomentar. Komentar itu menjadi tanggung jawab pribadi sang menteri.",
    "Harga naik. Kami menggunakan cokelat Belgia untuk cookies ini.",
    "Rapat selesai pukul 15.00. Balas pantun menjadi acara penutup.",
    "Pendaftaran dibuka hari ini. Daftar di sini sebelum 30 Juni.",
    "Acara ditutup dengan doa. Ikuti langkah berikut untuk mengganti kata sandi.",
    "Dia mengaku kecewa. Iklan itu ditayangkan dalam 30 detik di televisi nasional.",
    "Data diolah. Kirim ke teman sekelas paling lambat besok.",
]


@pytest.mark.parametrize("tail", GLUED_TAILS)
def test_round5_widget_closing_a_paragraph_removed_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = in_body(f"{PARAGRAPH} {tail}")
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n{PARAGRAPH}\n{BODY}"


@pytest.mark.parametrize("head", GLUED_TAILS)
def test_round5_widget_opening_a_paragraph_removed_alone(
    head: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = in_body(f"{head} {PARAGRAPH}")
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n{PARAGRAPH}\n{BODY}"


# Notices of two sentences or more stay whole: the second sentence is the notice's too.
WHOLE_NOTICES = [
    "Tayangan di bawah ini merupakan iklan. Isi iklan sepenuhnya tanggung jawab pengiklan.",
    "Kami memakai cookie. Baca selengkapnya di halaman Kebijakan Privasi.",
    "Ikuti kanal WhatsApp kami. Pilih saluran favoritmu untuk menerima berita setiap pagi dari Kabar Desa.",
    "Situs ini menggunakan kuki. Informasi lengkap tersedia di halaman pengaturan privasi situs.",
]


@pytest.mark.parametrize("line", WHOLE_NOTICES)
def test_round5_a_notice_of_several_sentences_is_flagged_whole(line: str, ruleset: Ruleset) -> None:
    assert line in flagged(in_body(line), ruleset, "boilerplate")


@pytest.mark.parametrize("paragraph", GLUED_CONTENT)
def test_round5_sentences_closing_a_paragraph_stay(paragraph: str, ruleset: Ruleset) -> None:
    assert flagged(in_body(paragraph), ruleset) == []


# --- the chrome line scorer leaves told sentences and how-to headlines -------------------------------

TOLD_SENTENCES = [
    "Unggahan itu dibagikan lebih dari 12 ribu kali di Twitter.",
    "Video tersebut telah ditonton 2 juta kali dan dibagikan ribuan kali di TikTok.",
    "Cuitan itu dibagikan ulang ribuan kali oleh warganet di media sosial.",
    "Konten tersebut sempat dibagikan akun resmi kementerian di Instagram.",
    "Tautan itu kemudian disebarkan lewat grup WhatsApp dan Telegram.",
    "Foto itu diunggah ke Instagram dan mendapat 40 ribu tanda suka.",
    "Artikel tersebut dibaca lebih dari 1 juta kali dalam sepekan.",
    "Iklan itu ditayangkan di YouTube dan Facebook selama sebulan.",
    "Cara Menyalin Tautan di Aplikasi Telegram",
    "Tips Berbagi Lokasi Lewat WhatsApp",
    "Cara Menonaktifkan Komentar di Instagram",
    "Langkah Mengunduh Video dari YouTube",
    "Mengenal Fitur Saluran WhatsApp",
    "Panduan Memasang Iklan di Facebook",
    "Begini Cara Berlangganan Newsletter",
]


@pytest.mark.parametrize("line", TOLD_SENTENCES)
def test_round5_chrome_line_leaves_told_sentences_and_how_to_headlines(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- round 7: prompts asked as a question, browser prompts promising a better read ------------------


@pytest.mark.parametrize(
    "line",
    [
        "Mau dapat notifikasi berita terbaru? Izinkan",
        "Ingin mendapatkan notifikasi artikel terbaru?",
        "Perbarui browser Anda untuk pengalaman membaca yang lebih baik.",
        "Gunakan browser versi terbaru untuk tampilan terbaik",
    ],
)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_question_and_browser_prompts_flagged(line: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(line, ruleset, where)


@pytest.mark.parametrize(
    "line",
    [
        "Perbarui browser Anda ke versi terbaru agar celah keamanannya tertutup.",
        "Mau dapat notifikasi dari grup keluarga saja, bukan dari semua grup.",
    ],
)
def test_browser_and_notification_how_tos_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- round 9: a cookie notice that addresses the reader by an imperative or asks to turn cookies on ---


@pytest.mark.parametrize("where", ["head", "body", "tail"])
@pytest.mark.parametrize(
    "block",
    [
        'Klik "Terima" untuk menyetujui penggunaan cookie.',
        "Untuk pengalaman terbaik, aktifkan cookie di browser Anda.",
        "Tekan Setuju untuk mengizinkan cookie di situs ini.",
    ],
)
def test_round9_cookie_notices_flagged(block: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(block, ruleset, where)


@pytest.mark.parametrize(
    "line",
    [
        "Klik tautan di surel untuk menyetujui perubahan data kependudukan Anda.",
        "Untuk pengalaman terbaik, aktifkan mode gelap di ponsel Anda malam hari.",
        "Google akan mengizinkan pengguna mengaktifkan cookie pihak ketiga hingga 2025, kata perusahaan itu.",
    ],
)
def test_round9_cookie_lookalikes_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- round 10: cookies as the subject after a demonstrative, two gap words before the cookie word, and a
# banner's buttons set apart by a bar ---


@pytest.mark.parametrize("where", ["head", "body", "tail"])
@pytest.mark.parametrize(
    "block",
    [
        "Cookie ini membantu kami memahami cara Anda menggunakan situs. OK",
        "Cookies tersebut digunakan untuk menyimpan preferensi Anda di situs kami.",
        "Situs web ini menyimpan data seperti cookie untuk mengaktifkan fungsionalitas situs yang penting.",
        "This website uses technologies such as cookies to improve your experience.",
        "Izinkan semua | Hanya yang diperlukan",
        "Terima semua / Kelola preferensi",
    ],
)
def test_round10_cookie_notices_flagged(block: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(block, ruleset, where)


@pytest.mark.parametrize(
    "line",
    [
        "Cookie ini dibuat dari tepung almond dan gula aren, cocok untuk hampers Lebaran.",
        "Kami menggunakan mentega seperti cookie pada umumnya, lalu menambahkan cokelat.",
        "Ya | Tidak",
    ],
)
def test_round10_cookie_lookalikes_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- round 11: a banner's title and its buttons on one line, and a kind of cookies with its toggle ---


@pytest.mark.parametrize("where", ["head", "body", "tail"])
@pytest.mark.parametrize(
    "block",
    [
        "Preferensi privasi Anda: Terima semua Kelola pilihan",
        "Persetujuan Cookie: Setuju | Atur preferensi",
        "Privasi Anda: Oke saya mengerti",
        "Cookie yang diperlukan selalu aktif",
        "Cookie analitik nonaktif",
        "Strictly Necessary Cookies Always Active",
    ],
)
def test_round11_cookie_banner_rows_flagged(block: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(block, ruleset, where)


@pytest.mark.parametrize(
    "line",
    [
        "Privasi: Tidak",
        "Kebijakan privasi: tidak ada perubahan sejak tahun lalu.",
        "Mode gelap aktif",
        "Fitur cookie di peramban kini aktif secara bawaan.",
        "Cookie cokelat itu selalu laris di pasar kue setiap akhir pekan.",
    ],
)
def test_round11_cookie_lookalikes_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- round 12 (an independent probe set): settings links, yes/no prompts and the plugins' own words ---


@pytest.mark.parametrize("where", ["body", "tail"])
@pytest.mark.parametrize(
    "block",
    [
        "Atur Preferensi Cookie",
        "Atur cookie di sini",
        "Gunakan cookies? Ya / Tidak",
        "Necessary cookies are absolutely essential for the website to function properly.",
        # the state of a toggle and a kind, next to the banner's notice
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.\nAlways Enabled",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.\nNon-necessary",
    ],
)
def test_round12_cookie_banner_pieces_flagged(block: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(block, ruleset, where)


@pytest.mark.parametrize(
    "line",
    [
        "Klik di sini untuk membaca resep cookie cokelat lainnya.",
        "Cookie ini sangat penting bagi keluarga kami setiap Lebaran.",
        "Tidak semua cookie buatan rumah tahan lebih dari seminggu.",
    ],
)
def test_round12_cookie_lookalikes_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


# --- round 12: an editor's code after a dash alone on its line; an abbreviation that reads like a marker


@pytest.mark.parametrize("code", ["-- (xyz)", "--- (ast)", "— (rdn/ega)"])
def test_round12_a_dashed_editors_code_closing_the_story_flagged(code: str, ruleset: Ruleset) -> None:
    assert _all_flagged(code, ruleset, "tail")


@pytest.mark.parametrize(
    "line",
    [
        "Tim Advokasi (Adv) kampus memberikan pendampingan hukum gratis bagi mahasiswa.",
        "Asosiasi Desa Vokasi (ADV) membuka pelatihan las bagi pemuda desa.",
        "Harga naik 2 persen -- (yoy) menurut data terakhir.",
    ],
)
def test_round12_abbreviations_in_brackets_stay(line: str, ruleset: Ruleset) -> None:
    assert _untouched(line, ruleset)


@pytest.mark.parametrize("where", ["head", "body", "tail"])
@pytest.mark.parametrize("line", ["Pilihan Privasi Anda", "Withdraw consent", "Cookie Preferences"])
def test_round12_consent_settings_links_flagged_alone(line: str, where: str, ruleset: Ruleset) -> None:
    assert _all_flagged(line, ruleset, where)


def test_round12_a_sentence_about_cookie_settings_stays(ruleset: Ruleset) -> None:
    assert _untouched(
        "Pengaturan cookie di peramban bisa diubah lewat menu Setelan di pojok kanan atas.", ruleset
    )
