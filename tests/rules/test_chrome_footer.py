"""Round 6, by breadth: cookie and consent banners, copyright footers and page navigation.

Wordings written from what Indonesian sites print (consent managers such as CookieYes, GDPR Cookie
Consent, Complianz and Google's consent message; Blogger and WordPress footers; campus, government and
school sites; pagination of news portals, Yoast and Rank Math breadcrumbs, skip links), not from any
evaluation inventory. Each block is gone from the cleaned text between two paragraphs and after the last
one; banners of two or three lines go with their buttons; notices glued to a paragraph's last sentence go
alone; content that shares the words (news on cookie and privacy law, copyright disputes, pages of a book
or a court file, `selanjutnya` in prose) stays.
"""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Petani Garut Mulai Tanam Padi Varietas Baru Tahan Kekeringan"
LEAD = (
    "Petani di sejumlah kecamatan di Kabupaten Garut mulai menanam padi varietas baru yang diklaim "
    "tahan kekeringan pada awal musim tanam ini."
)
BODY = (
    "Kepala Dinas Pertanian mengatakan benih tersebut dibagikan secara gratis kepada 40 kelompok tani "
    "yang lahannya kerap kekurangan air saat kemarau."
)
LAST = (
    "Menurut dia, hasil panen varietas itu akan dievaluasi pada akhir tahun sebelum disebarkan ke "
    "kecamatan lain di wilayah selatan."
)


def _page(block: str, where: str) -> str:
    if where == "head":
        return f"{TITLE}\n\n{block}\n\n{LEAD}\n\n{BODY}\n\n{LAST}"
    if where == "body":
        return f"{TITLE}\n\n{LEAD}\n\n{block}\n\n{BODY}\n\n{LAST}"
    return f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{LAST}\n\n{block}"


def _out(text: str, ruleset: Ruleset, settings: Settings) -> list[str]:
    return clean(text, ruleset, settings).text.split("\n")


def _removed(block: str, where: str, ruleset: Ruleset, settings: Settings) -> bool:
    out = _out(_page(block, where), ruleset, settings)
    return all(line.strip() not in out for line in block.split("\n") if line.strip())


def _kept(block: str, where: str, ruleset: Ruleset, settings: Settings) -> bool:
    out = _out(_page(block, where), ruleset, settings)
    return all(line.strip() in out for line in block.split("\n") if line.strip()) and all(
        p in out for p in (LEAD, BODY, LAST)
    )


# --- cookie and consent banners ----------------------------------------------------------------------

COOKIES = [
    # consent managers of WordPress sites, in their Indonesian translations
    (
        "Kami menggunakan cookie di situs web kami untuk memberi Anda pengalaman yang paling relevan "
        "dengan mengingat preferensi dan kunjungan berulang Anda."
    ),
    'Dengan mengklik "Terima Semua", Anda menyetujui penggunaan SEMUA cookie.',
    'Namun, Anda dapat mengunjungi "Pengaturan Cookie" untuk memberikan persetujuan yang terkendali.',
    (
        "Situs web ini menggunakan cookie untuk meningkatkan pengalaman Anda saat Anda menavigasi "
        "situs web.\nPengaturan Cookie\nTerima Semua"
    ),
    "Ringkasan Privasi",
    "Pengaturan Cookie",
    "Cookie Settings",
    "Simpan & Terima",
    "Simpan Preferensi",
    "Konfirmasi pilihan saya",
    (
        "Untuk memberikan pengalaman terbaik, kami menggunakan teknologi seperti cookie untuk menyimpan "
        "dan/atau mengakses informasi perangkat.\nTerima\nTolak\nLihat preferensi"
    ),
    # Google's consent message
    "Kabar Garut meminta izin Anda untuk menggunakan data pribadi Anda untuk:",
    "Menyimpan dan/atau mengakses informasi di perangkat",
    (
        "Data pribadi Anda akan diproses dan informasi dari perangkat Anda (cookie, ID unik, dan data "
        "perangkat lainnya) dapat disimpan oleh, diakses oleh, dan dibagikan dengan 135 vendor TCF dan "
        "65 partner iklan."
    ),
    "Kelola opsi\nSetuju",
    (
        "Beberapa vendor dapat memproses data pribadi Anda berdasarkan kepentingan yang sah, yang dapat Anda "
        "tolak dengan mengelola opsi di bawah."
    ),
    "Cari link di bagian bawah halaman ini atau dalam kebijakan privasi kami untuk mencabut persetujuan.",
    (
        "Iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens dan "
        "pengembangan layanan"
    ),
    "Kabar Garut asks for your consent to use your personal data to:",
    # site banners, Indonesian and English
    "Situs ini menggunakan cookie. Dengan terus menggunakan situs ini, Anda setuju dengan penggunaan cookie.",
    "Kabar Garut menggunakan cookie untuk menyajikan konten dan iklan yang relevan bagi Anda.",
    "Website kami menggunakan cookies demi kenyamanan Anda berselancar.\nOK, mengerti",
    "Kami pakai cookie ya!\nOke, Saya Mengerti",
    "Kami menghargai privasi Anda",
    "Kami peduli dengan privasi Anda\nKami menggunakan cookie untuk personalisasi konten.\nTerima\nTolak",
    (
        "Situs ini menggunakan cookie\nKami menggunakan cookie untuk personalisasi konten dan iklan "
        "serta menganalisis lalu lintas.\nTerima\nTolak\nPengaturan"
    ),
    "This website uses cookies to ensure you get the best experience on our website.\nGot it!",
    "We use cookies to improve your experience on our site. By using our site, you consent to cookies.",
    "We use cookies\nAccept all\nReject all\nCustomize",
    "By continuing to browse this site, you agree to our use of cookies.",
    "Cookie Policy",
    "Do Not Sell My Personal Information",
    "Kami menggunakan cookie untuk analitik.\nPengaturan Privasi\nTerima",
    "Izinkan semua",
    "Hanya yang diperlukan",
    "🍪 Situs ini menggunakan kuki agar berfungsi dengan baik. Selengkapnya",
    "Laman ini menggunakan kuki untuk menyimpan preferensi Anda. Setuju",
    "SITUS INI MENGGUNAKAN COOKIE. LANJUTKAN MENJELAJAH BERARTI ANDA SETUJU.",
    "situs ini menggunakan cookie untuk analitik. terima | tolak",
    "Dengan menggunakan situs ini, Anda menyetujui Kebijakan Privasi dan Ketentuan Penggunaan kami.",
    "Kami menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik. Pelajari lebih lanjut »",
    "Pemberitahuan: situs ini menggunakan cookie.",
    (
        "Cookie membantu kami menyediakan layanan. Dengan menggunakan layanan kami, Anda setuju kami "
        "menggunakan cookie."
    ),
    "Kami menggunakan cookie\nTerima\nTolak",
    "Informasi Cookie\nSitus ini menyimpan cookie di komputer Anda.\nMengerti",
    "Portal ini menggunakan cookie pihak ketiga. Baca Kebijakan Cookie kami.",
    "Accept all cookies",
    "Reject non-essential cookies",
    "Terima cookie yang diperlukan saja",
    # banners over two or three lines, the second with no cookie word
    (
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.\nDengan melanjutkan menjelajah, Anda "
        "menyetujui kebijakan kami.\nOK, mengerti"
    ),
    "Situs web ini menggunakan cookie\nInformasi lebih lanjut tersedia di halaman Kebijakan Privasi.\nTerima",
    "This website uses cookies\nRead our Privacy Policy to learn more.\nAccept",
    "Kami menggunakan cookie.\nBaca selengkapnya di Kebijakan Privasi kami.\nSetuju | Tolak",
    "Terima Tolak",
    "Setuju | Pengaturan",
    "Accept all | Reject all | Manage",
    "Cookie digunakan untuk meningkatkan pengalaman Anda di situs ini.",
    "Situs ini memakai cookie 🍪",
    "Kebijakan Cookie | Kebijakan Privasi",
    "Dengan mengunjungi situs ini, Anda menyetujui penggunaan cookie.",
    "Website ini pakai cookies ya, biar pengalamanmu makin mantap.",
    "Cookies membantu kami memberikan layanan terbaik.",
    "This website stores cookies on your computer.",
    "Our site uses cookies. Learn more about our use of cookies: cookie policy",
    "Kami menggunakan cookie 🍪",
    (
        "Situs ini menggunakan cookie untuk memberikan pengalaman terbaik. Dengan tetap berada di situs "
        "ini, Anda menyetujui penggunaan cookie."
    ),
    "Kami dan pihak ketiga menggunakan cookie dan teknologi serupa.",
    "Website ini menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik.",
    "Kami menggunakan cookie untuk menganalisis trafik dan menyesuaikan konten.",
    "Penggunaan Cookie",
    "Tentang Cookie",
    "Apa itu cookie? Pelajari lebih lanjut di halaman Kebijakan Cookie kami.",
    "Kebijakan Privasi & Cookie",
    "Pengaturan cookie dapat Anda ubah kapan saja melalui menu Preferensi.",
    "Anda dapat mengubah pengaturan cookie kapan saja.",
    "Cookie yang Diperlukan\nCookie Fungsional\nCookie Analitik\nCookie Iklan",
    "Izinkan Cookie",
    "Tolak Semua Cookie",
    "Terima Cookie Analitik",
    "Setuju dan tutup",
    "Halo! Kami menggunakan cookie untuk membuat situs ini lebih baik.",
    "Psst... situs ini pakai cookie 🍪",
    "Dengan mengklik Terima, Anda setuju kami menyimpan cookie di perangkat Anda.",
    "Beberapa cookie diperlukan agar situs ini berfungsi.",
    "Kami menggunakan cookie. Dengan menutup pemberitahuan ini, Anda menyetujuinya.",
    "This site uses cookies to offer you a better browsing experience.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
    (
        "We use cookies on our website to give you the most relevant experience by remembering your "
        "preferences and repeat visits."
    ),
    "Accept Cookies",
    "Cookie Settings\nAccept All",
    "Privacy & Cookies Policy",
    "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
    "To find out more, including how to control cookies, see here: Cookie Policy",
    "Manage Cookies",
    (
        "Kami juga menggunakan cookie pihak ketiga yang membantu kami menganalisis dan memahami "
        "bagaimana Anda menggunakan situs web ini."
    ),
    "Cookie ini akan disimpan di browser Anda hanya dengan persetujuan Anda.",
    (
        "Ringkasan Privasi\nSitus web ini menggunakan cookie untuk meningkatkan pengalaman Anda saat Anda "
        "menavigasi situs web.\nCookie yang dikategorikan sebagai perlu disimpan di browser Anda karena "
        "penting untuk kerja fungsi dasar situs web.\nCookie ini akan disimpan di browser Anda hanya dengan "
        "persetujuan Anda.\nAnda juga memiliki opsi untuk memilih keluar dari cookie ini.\nNecessary "
        "cookies are absolutely essential for the website to function properly.\nSimpan & Terima"
    ),
    (
        "Privasi & Cookie: Situs ini menggunakan cookie. Dengan melanjutkan menggunakan situs web ini, Anda "
        "setuju dengan penggunaan mereka.\nUntuk mengetahui lebih lanjut, termasuk cara mengontrol cookie, "
        "lihat di sini: Kebijakan Cookie"
    ),
    "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
]

COOKIE_LOOKALIKES = [
    "UU Pelindungan Data Pribadi mewajibkan situs meminta persetujuan sebelum memasang cookie pelacak.",
    "Kominfo menyebut banyak situs belum menampilkan pemberitahuan cookie sesuai UU PDP.",
    "Google menunda rencana menghapus cookie pihak ketiga di Chrome hingga tahun depan.",
    "Regulator Eropa mendenda perusahaan itu karena memasang cookie tanpa persetujuan pengguna.",
    "Cookie pihak ketiga dipakai pengiklan untuk melacak kebiasaan pengguna di banyak situs.",
    "Kebijakan privasi aplikasi ojek daring itu digugat oleh sekelompok pengemudi.",
    "Pakar keamanan menyarankan pengguna rutin menghapus cookie dan riwayat peramban.",
    "Toko kue itu menjual cookies cokelat dan nastar menjelang Lebaran.",
    "Kami setuju dengan rencana pemerintah, kata ketua kelompok tani.",
    "Terima kasih atas dukungan seluruh warga, ujar kepala desa.",
    "Warga menolak pengaturan ulang jadwal distribusi air bersih.",
    "Privasi pengguna menjadi sorotan dalam rapat dengar pendapat di DPR.",
    "Pengaturan Lalu Lintas Selama Mudik Lebaran",
    "Accept the challenge, kata pelatih itu kepada para pemainnya.",
    "Persetujuan pengguna wajib diminta sebelum data pribadi diproses, kata Menkominfo.",
    "Setuju atau tidak setuju, warga diminta mengisi angket hingga akhir bulan.",
    "Pengadilan menolak gugatan terkait penggunaan cookie oleh situs berita itu.",
    "Cookie digunakan untuk menyimpan preferensi pengguna, jelas pakar keamanan siber.",
    "Cookies membantu situs mengingat kata sandi pengguna.",
    "Facebook menggunakan cookie untuk menampilkan iklan, kata peneliti itu.",
    "Dengan melanjutkan program ini, pemerintah berharap petani tidak lagi kekurangan benih.",
    "Terima dan tolak usulan itu menjadi hak penuh anggota dewan.",
    "Anda dapat menghapus cookie melalui menu pengaturan Chrome, jelas pakar keamanan siber.",
    "Pengguna dapat menolak cookie pihak ketiga melalui pengaturan peramban.",
    "Halo, apa kabar? Kami baru saja pindah ke Bandung.",
    "Psst, jangan bilang siapa-siapa, kata dia sambil tertawa.",
    "Cookie pihak ketiga diperlukan oleh pengiklan untuk melacak pengguna.",
    "Untuk mengetahui lebih lanjut, baca Kebijakan Privasi aplikasi tersebut, saran pakar itu.",
    "Terima Kasih Guru",
    "Kebijakan Privasi Baru WhatsApp Tuai Kritik",
    "Anda bisa mengubah pengaturan privasi WhatsApp kapan saja.",
    "Cookies Cokelat Chip Renyah ala Rumahan",
    "Cookie Monster",
    "Setuju atau Tolak? Warga Terbelah soal Rencana Relokasi Pasar",
]

# --- copyright and footer notices ----------------------------------------------------------------------

COPYRIGHTS = [
    "Copyright © 2024 Universitas Garut. All rights reserved.",
    "© 2024 Dinas Komunikasi dan Informatika Kabupaten Garut",
    "Hak Cipta © 2024 SMA Negeri 1 Garut",
    "© Copyright 2024 - Kabar Garut | Powered by WordPress",
    "Copyright ©2024 Kabar Garut, All rights reserved | Theme by ColorMag",
    "Copyright © 2024 | Kabar Garut | Design by Kabar Garut Creative",
    "© 2015 - 2024 kabargarut.id",
    "©️ 2024 Kabar Garut",
    "(c) 2024 Kabar Garut",
    "Copyright © Kabar Garut. Semua Hak Dilindungi.",
    "Hak cipta © 2024 PT Kabar Garut Media. Semua hak dilindungi.",
    "Semua Hak Dilindungi",
    "Hak Cipta Dilindungi Undang-Undang",
    "All Rights Reserved.",
    "KABAR GARUT © 2024 ALL RIGHTS RESERVED",
    (
        "Copyright © 2024 Kabar Garut. Dilarang mengambil dan/atau menayangkan ulang sebagian atau "
        "keseluruhan artikel di atas tanpa seizin redaksi."
    ),
    "Copyright © 2024 Kabar Garut | Distributed By Gooyaabi Templates",
    "Diberdayakan oleh Blogger",
    "Tema Sederhana. Diberdayakan oleh Blogger.",
    "Copyright © 2024 All Rights Reserved by Kabar Garut",
    "Copyright © 2024, PT Kabar Garut Media. All rights reserved.",
    "© 2024 Kabar Garut. Hak cipta dilindungi. Dilarang menyalin tanpa izin.",
    "Hak Cipta 2024 Kabar Garut",
    "Hak cipta milik Kabar Garut 2024",
    "Copyright © 2024 Pemerintah Desa Sukamaju. Seluruh hak cipta dilindungi.",
    "© 2024 LPPM Universitas Garut · Kebijakan Privasi · Kontak",
    "Copyright 2024 Kabar Garut - All Rights Reserved",
    "copyright © 2024 kabar garut",
    "© Kabar Garut, 2024. Hak cipta dilindungi undang-undang.",
    "Kabar Garut © 2024. Seluruh hak dilindungi.",
    "© 2024 Kabar Garut | Jl. Ahmad Yani No. 12 Garut",
    "Hak Cipta © 2018-2024 Kabar Garut. All Rights Reserved",
    "Copyright 2024 © Kabar Garut. Dilarang keras menyalin konten tanpa izin redaksi.",
    "Copyright © 2024 KabarGarut.com - Portal Berita Garut Terkini",
    "© 2024 Kabar Garut. Semua konten dilindungi hak cipta.",
    "Hak Cipta Terpelihara © 2024 Kabar Garut",
    "Seluruh materi dalam situs ini dilindungi hak cipta.",
    "Dilarang menyalin atau mengutip artikel ini tanpa mencantumkan sumber.",
    "All content © 2024 Kabar Garut",
    "Copyright © 2024. Kabar Garut",
    "© 2024. All rights reserved.",
    "Artikel ini telah tayang di Kabar Garut dengan judul Petani Mulai Tanam Padi Varietas Baru.",
    "Copyright © 2024 Kabar Garut. Powered by Blogger.",
    "© 2024 Kabar Garut • Hak Cipta Dilindungi",
    "Hak cipta © 2024 oleh Kabar Garut",
    "Hak Cipta © Kabar Garut",
    "© 2024 | Kabar Garut",
    "Copyright © 2024 Kabar Garut. Theme: Newsup oleh Themeansar.",
    "All Rights Reserved © Kabar Garut",
    "Hak Cipta 2017–2024 Kabar Garut",
    "2024 © Kabar Garut",
    "Kabar Garut 2024 ©",
    "Seluruh Hak Cipta Dilindungi Undang-Undang",
    "Hak cipta dilindungi UU",
    "Copyright © Kabar Garut 2024, all rights reserved.",
    "©2024 Kabar Garut - Berita Garut Terkini, Terpercaya",
    "Copyright © 2024 Pemerintah Kabupaten Garut | Dinas Komunikasi dan Informatika",
]

COPYRIGHT_LOOKALIKES = [
    "Sengketa hak cipta lagu itu berakhir di Pengadilan Niaga Jakarta Pusat.",
    "Hak cipta atas karya tersebut dilindungi selama 70 tahun setelah pencipta meninggal dunia.",
    "Semua hak pekerja dilindungi undang-undang, tegas Menteri Ketenagakerjaan.",
    "Dilarang menyalin jawaban teman saat ujian, kata guru itu.",
    "Pemegang hak cipta berhak atas royalti setiap kali lagunya diputar di ruang publik.",
    "Kantor Hak Cipta Amerika menolak pendaftaran karya yang dibuat sepenuhnya oleh AI.",
    "Musisi itu menggugat sebuah label rekaman atas dugaan pelanggaran hak cipta senilai Rp 5 miliar.",
    "Hak cipta buku pelajaran itu kini dipegang oleh Kementerian Pendidikan.",
    "DJKI mencatat 120 ribu permohonan pencatatan hak cipta sepanjang 2024.",
    "Seluruh hak warga atas tanah itu dilindungi, kata kuasa hukum warga.",
    "Sengketa Hak Cipta Lagu Daerah Berlanjut ke Mahkamah Agung",
    "All rights reserved tertulis di halaman sampul buku bajakan yang disita polisi.",
    "Dilarang mengambil foto di dalam ruang sidang tanpa izin hakim.",
    "Pada 2024, pelanggaran hak cipta di platform digital naik dua kali lipat.",
    "Pencipta lagu itu menyatakan karyanya boleh dinyanyikan tanpa izin di acara nonkomersial.",
    "Artikel ini ditulis untuk memperingati Hari Tani Nasional, kata penulisnya.",
]

# --- page navigation ------------------------------------------------------------------------------------

NAVIGATION = [
    "Halaman 1 2 3 4 5 Selanjutnya",
    "Halaman: 1 2 3 Berikutnya »",
    "1 2 3 Selanjutnya",
    "Sebelumnya 1 2 3 4 Selanjutnya",
    "« Sebelumnya 1 … 4 5 6 … 12 Selanjutnya »",
    "Hal 1 dari 3",
    "Page 2 of 5",
    "Halaman: 1 2 3 Show All",
    "Halaman: 1 2 3 4 5 Tampilkan Semua",
    "Tampilkan Semua",
    "Tampilkan semua halaman",
    "Lihat dalam satu halaman",
    "Baca dalam satu halaman",
    "Muat lebih banyak",
    "Load more posts",
    "Tampilkan lebih banyak artikel",
    "Lihat berita lainnya »",
    "Newer Posts Older Posts Home",
    "Postingan Lebih Baru Postingan Lama Beranda",
    "← Previous Post",
    "Next Post →",
    "Pos sebelumnya",
    "Pos berikutnya",
    "Navigasi pos",
    "Navigasi Tulisan",
    "Post navigation",
    "Tulisan Sebelumnya",
    "Older posts",
    "Page 1 of 12 1 2 3 ... Last »",
    "First Prev 1 2 3 Next Last",
    "Pertama Sebelumnya 1 2 3 Berikutnya Terakhir",
    "Beranda / Berita / Daerah",
    "Anda di sini: Beranda » Berita » Daerah",
    "You are here: Home / News / Garut",
    "Home » Berita » Petani Garut Mulai Tanam Padi Varietas Baru Tahan Kekeringan",
    "Beranda › Kabar Daerah › Garut",
    "Home > Nasional > Politik",
    "🏠 > Berita > Daerah",
    "Loncat ke konten",
    "Lewati ke konten utama",
    "Skip to main content",
    "Langsung ke isi",
    "Toggle navigation",
    "Lanjut ke halaman berikutnya >>",
    "BACA HALAMAN BERIKUTNYA",
    "Selanjutnya >>",
    "<< Sebelumnya",
    "Prev 1 2 3 Next",
    "HALAMAN 1 2 3 SELANJUTNYA",
    "halaman selanjutnya »",
    "Halaman 2 dari 3 - Selanjutnya",
    "Klik halaman selanjutnya",
    "Halaman 1 dari 5 Halaman",
    "Hal 2/3",
    "« Prev Page 2 of 3 Next »",
    "Page 1 of 3 | Next Page",
    "Baca artikel selengkapnya di halaman berikutnya",
    "Sebelumnya Berikutnya",
    "Artikel Sebelumnya\nArtikel Selanjutnya",
    "Berita Sebelumnya",
    "Previous article\nNext article",
    "Ke halaman terakhir",
    "Muat Berita Lainnya",
    "Tampilkan 10 berita lagi",
    "Selengkapnya di halaman berikutnya »",
    "Halaman 1 2 3 4 5 ... 10 Next ›",
    "Sebelumnya | Selanjutnya",
    "Home / Berita / Kabar Daerah / Petani Garut Mulai Tanam Padi Varietas Baru Tahan Kekeringan",
    "Beranda > Opini",
    "BERANDA / NASIONAL",
    "Home » Uncategorized",
    "Anda berada di: Beranda > Berita",
    "Home - Berita - Daerah",
    "Berita › Daerah › Jawa Barat",
]

NAVIGATION_LOOKALIKES = [
    "Halaman 45 berkas perkara itu memuat keterangan saksi kunci.",
    "Pada halaman 3 putusan, hakim menyebut terdakwa terbukti bersalah.",
    "Selanjutnya, petugas akan mendata warga yang terdampak kekeringan.",
    "Tahap selanjutnya adalah verifikasi faktual oleh KPU.",
    "Buku itu setebal 320 halaman dan terbit pada 2023.",
    "Halaman Belakang Rumah Disulap Jadi Kebun Sayur",
    "Tampilkan semua bukti di persidangan, pinta kuasa hukum terdakwa.",
    "Jaksa kembali ke halaman pertama dakwaan untuk membacakan identitas terdakwa.",
    "Bab 1, 2, dan 3 skripsi itu membahas sejarah desa.",
    "Sebelumnya, harga gabah sempat turun hingga Rp 5.000 per kilogram.",
    "Berikutnya, giliran warga Kecamatan Cibatu yang menerima bantuan.",
    "Muat lebih banyak penumpang, kapal itu diperiksa petugas syahbandar.",
    "Beranda rumah adat itu dihiasi ukiran khas Sunda.",
    "Langkah Selanjutnya Setelah Lulus SMA",
    "Halaman 12 sampai 15 laporan itu berisi daftar penerima bantuan.",
    "Pertama, kedua, dan ketiga diraih siswa SMA Negeri 1 Garut.",
    "Halaman sekolah itu kini dipakai untuk menjemur gabah.",
    "Tampilkan semua data per kecamatan, kata bupati kepada stafnya.",
    "Lihat Lagi Ke Belakang: Perjuangan Petani Garut",
    "Ke halaman terakhir laporan itu, auditor mencatat selisih anggaran Rp 2 miliar.",
    "Halaman Terakhir dari Buku Harian Seorang Guru",
    "Lewati ke tahap berikutnya setelah lolos seleksi administrasi.",
]


_KINDS = {
    "cookie": (COOKIES, COOKIE_LOOKALIKES),
    "copyright": (COPYRIGHTS, COPYRIGHT_LOOKALIKES),
    "navigation": (NAVIGATION, NAVIGATION_LOOKALIKES),
}
_VARIANTS = [(kind, block) for kind, (blocks, _) in _KINDS.items() for block in blocks]
_LOOKALIKES = [(kind, line) for kind, (_, lines) in _KINDS.items() for line in lines]


@pytest.mark.parametrize(("kind", "block"), _VARIANTS)
@pytest.mark.parametrize("where", ["head", "body", "tail"])
def test_round6_footer_variants_removed(
    kind: str, block: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _removed(block, where, ruleset, settings)


@pytest.mark.parametrize(("kind", "line"), _LOOKALIKES)
@pytest.mark.parametrize("where", ["body", "tail"])
def test_round6_footer_lookalikes_stay(
    kind: str, line: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _kept(line, where, ruleset, settings)


# --- inline: glued to the end of the last paragraph, or to content --------------------------------------

GLUED_TAILS = [
    "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
    "Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui penggunaan cookie.",
    "This site uses cookies. By continuing, you agree to their use.",
    "Kami menggunakan cookie untuk personalisasi iklan. Terima Tolak",
    "© 2024 Kabar Garut",
    "© 2024 Kabar Garut. All rights reserved.",
    "Copyright © 2024 Kabar Garut. Hak cipta dilindungi undang-undang.",
    "Hak cipta dilindungi undang-undang.",
    "All rights reserved.",
    "Halaman 1 2 3 Selanjutnya",
    "Halaman Selanjutnya »",
    "Halaman: 1 2 3 Tampilkan Semua",
    "Baca halaman berikutnya »",
    "1 2 3 Next »",
    "We use cookies to improve your experience. Accept Decline",
    "Copyright 2024 Kabar Garut",
    "© 2024 Kabar Garut. Situs ini menggunakan cookie.",
    "Halaman selanjutnya",
    "Hal. 1 2 3 »",
    "Halaman 2 dari 3",
    "Dengan menggunakan situs ini, Anda menyetujui penggunaan cookie. OK, mengerti",
    "KABAR GARUT © 2024. ALL RIGHTS RESERVED.",
]

GLUED_LOOKALIKES = [
    "Ibu itu memakai cookie cokelat untuk menghias meja tamu saat Lebaran.",
    "Hak cipta lagu itu dipegang oleh label rekaman asal Bandung.",
    "Halaman 3 dokumen itu memuat tanda tangan kepala desa.",
    "Selanjutnya, benih akan dibagikan ke kecamatan lain.",
    "Pengadilan menyatakan seluruh hak cipta lagu itu milik ahli waris.",
    "Situs itu menggunakan cookie pelacak tanpa persetujuan, kata peneliti.",
    "Halaman 1 sampai 3 berisi pengantar dari penulis.",
    "Halaman selanjutnya memuat lampiran daftar penerima bantuan.",
    "Hak cipta atas lagu itu kini dipegang oleh ahli warisnya, kata kuasa hukum keluarga.",
]


def _glued(sentence: str, *, before: bool = False) -> str:
    para = f"{sentence} {BODY}" if before else f"{BODY} {sentence}"
    return f"{TITLE}\n\n{LEAD}\n\n{para}\n\n{LAST}"


@pytest.mark.parametrize("tail", GLUED_TAILS)
def test_round6_footer_glued_after_a_paragraph_removed_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    out = clean(_glued(tail), ruleset, settings).text.split("\n")
    assert BODY in out


@pytest.mark.parametrize("tail", [*GLUED_TAILS[:3], "© 2024 Kabar Garut", "Halaman 1 2 3 Selanjutnya"])
def test_round6_footer_glued_with_no_space_removed_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY}{tail}\n\n{LAST}"
    assert BODY in clean(text, ruleset, settings).text.split("\n")


GLUED_HEADS = [
    "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
    "Situs ini menggunakan cookie. Dengan melanjutkan, Anda setuju.",
    "We use cookies to improve your experience.",
]


@pytest.mark.parametrize("head", GLUED_HEADS)
def test_round6_cookie_opening_a_paragraph_removed_alone(
    head: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert BODY in clean(_glued(head, before=True), ruleset, settings).text.split("\n")


RUN_ON = [
    "Halaman 1 2 3 Selanjutnya",
    "Halaman: 1 2 3 4",
    "1 2 3 Next »",
    "« 1 2 3 … 8 »",
    "Hal. 1 2 Berikutnya",
    "© 2024 Kabar Garut",
    "Copyright © 2024 Kabar Garut. All rights reserved.",
]
RUN_ON_LOOKALIKES = [
    "sejak tahun 2021",
    "dengan skor 1 2 3 untuk tiga kategori penilaian",
    "di halaman 12 laporan itu",
    "pada tahap 1 2 dan 3",
]


@pytest.mark.parametrize("tail", RUN_ON)
def test_round6_footer_run_into_a_paragraph_with_no_stop_removed_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    body = BODY.rstrip(".")
    text = f"{TITLE}\n\n{LEAD}\n\n{body} {tail}\n\n{LAST}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert tail not in "\n".join(out)
    assert any(line.startswith(body) for line in out)


@pytest.mark.parametrize("tail", RUN_ON_LOOKALIKES)
def test_round6_a_paragraph_closing_with_numbers_stays(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    body = BODY.rstrip(".")
    text = f"{TITLE}\n\n{LEAD}\n\n{body} {tail}.\n\n{LAST}"
    assert f"{body} {tail}." in clean(text, ruleset, settings).text.split("\n")


@pytest.mark.parametrize("sentence", GLUED_LOOKALIKES)
def test_round6_a_paragraphs_last_sentence_sharing_the_words_stays(
    sentence: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert f"{BODY} {sentence}" in clean(_glued(sentence), ruleset, settings).text.split("\n")


def test_round8_a_word_with_a_clitic_after_a_sites_prefix_is_no_sites_name(
    ruleset: Ruleset, settings: Settings
) -> None:
    # `antara` opens `antaranews` and `di antaranya` alike: a paragraph opening with `Daftar` and holding
    # `di antaranya` is no call to sign up at a news site.
    para = (
        "Daftar penerima bantuan dapat dicek di kantor kelurahan masing-masing mulai Kamis depan. "
        "Bantuan diberikan kepada keluarga yang terdampak banjir, di antaranya para nelayan dan buruh tani."
    )
    text = f"Bantuan Banjir Mulai Disalurkan\n\n{para}\n\nPenyaluran tahap kedua dijadwalkan bulan depan."
    assert flagged(text, ruleset, "boilerplate") == []
    assert clean(text, ruleset, settings).text == text
