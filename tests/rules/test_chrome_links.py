"""Page chrome of related links, tags, bylines, footers, page navigation, datelines and photo credits, by
breadth (round 5): wordings from what Indonesian portals, regional and campus sites, government pages and
WordPress/Blogger themes print, not from any evaluation inventory. Each kind is caught by its family (cue
words in `boilerplate.toml` plus shape: decorations before a label, separators, rows of menu items, glued
tails after a paragraph's last sentence), and content that shares the words stays.

Every variant is checked the way the evaluation does: the line is gone from the cleaned text (whichever
rule flags it) between two paragraphs and after the last one; each look-alike stays in both places."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged
from tests.rules.test_boilerplate import in_tail

TITLE = "Harga Cabai Rawit di Jakarta Melonjak Jelang Ramadan"
LEAD = (
    "Harga cabai rawit di sejumlah pasar tradisional Jakarta naik hingga Rp 90.000 per kilogram "
    "dalam sepekan terakhir."
)
BODY = (
    "Pedagang di Pasar Induk Kramat Jati menyebut pasokan dari sentra produksi di Jawa Tengah "
    "berkurang karena hujan deras yang merusak tanaman."
)
MORE = (
    "Menurut dia, kondisi itu diperkirakan berlangsung hingga akhir bulan karena musim hujan belum berakhir "
    "dan distribusi dari daerah lain juga terhambat oleh jalan yang rusak."
)
LAST = (
    "Kepala Dinas Perdagangan mengatakan operasi pasar akan digelar di lima kecamatan mulai pekan depan "
    "agar harga kembali stabil."
)


def _page(block: str, where: str) -> str:
    if where == "body":
        return f"{TITLE}\n\n{LEAD}\n\n{block}\n\n{BODY}\n\n{LAST}"
    return f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{LAST}\n\n{block}"


def _lines_out(text: str, ruleset: Ruleset, settings: Settings) -> list[str]:
    return clean(text, ruleset, settings).text.split("\n")


def _removed(block: str, where: str, ruleset: Ruleset, settings: Settings) -> bool:
    out = _lines_out(_page(block, where), ruleset, settings)
    return all(line.strip() not in out for line in block.split("\n") if line.strip())


def _kept(block: str, where: str, ruleset: Ruleset, settings: Settings) -> bool:
    out = _lines_out(_page(block, where), ruleset, settings)
    return all(line.strip() in out for line in block.split("\n") if line.strip())


RELATED = [
    "Baca Juga :Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "BACA JUGA:Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "baca juga: polisi ungkap motif pembunuhan pedagang sayur di sleman",
    "Baca Juga ⟶ Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Baca juga 📰 Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "⚡ Baca Juga: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "📖 Baca juga: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "BACA JUGA >>> Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "**Baca Juga:** Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "*Baca juga: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman*",
    'Baca Juga: "Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman"',
    "Baca Juga: 5 Fakta Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "[BACA JUGA] Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "【Baca Juga】Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "— Baca juga: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Simak Juga ⬇️",
    "Lihat juga 👇",
    "Artikel terkait ⬇️",
    "Berita Terkait »",
    "Baca Artikel Lainnya:",
    "Baca Juga Artikel Berikut:",
    "Baca juga berita menarik lainnya:",
    "Rekomendasi Artikel:",
    "Terpopuler Hari Ini:",
    "Jangan Lewatkan!",
    "Jangan Sampai Ketinggalan: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Tonton juga: Video Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Tonton Juga Video Berikut:",
    "Video Pilihan:",
    "Read more: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Read More »",
    "Also Read: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Baca selengkapnya di sini »",
    "Klik untuk baca: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Baca: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Berita Lain: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Info Lainnya: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Artikel Menarik: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Bacaan Menarik: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Pilihan Redaksi",
    "See also: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "You might also like:",
    "More from Kabar Desa",
    "Recommended: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Berita Terkait Lainnya",
    "BERITA LAINNYA",
    "Baca juga...",
    "Baca Juga…",
    "Baca juga, Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Lihat Juga ► Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "BACA JUGA ➜ Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Baca Juga → Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "baca juga >> Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Simak Juga >> Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Artikel Terkait: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman | Kabar Desa",
    "Berita Terkait: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman - 2 jam yang lalu",
    "Baca juga: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman (12/1/2024)",
    "Terpopuler • Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "TRENDING: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "HOT NEWS: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Berita Utama: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Headline: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    (
        "Baca Juga:\n"
        "1. Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman\n"
        "2. Harga Gabah di Karawang Turun Jelang Panen Raya"
    ),
    (
        "Rekomendasi\n"
        "» Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman\n"
        "» Harga Gabah di Karawang Turun Jelang Panen Raya"
    ),
    (
        "Lihat Juga:\n"
        "- Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman\n"
        "- Harga Gabah di Karawang Turun Jelang Panen Raya"
    ),
    (
        "Jangan Lewatkan\n"
        "• Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman\n"
        "• Harga Gabah di Karawang Turun Jelang Panen Raya"
    ),
    "Konten Pilihan",
    "Artikel Pilihan Redaksi",
    "Berita Pilihan Hari Ini",
    "Baca Berita Lainnya",
    "Lihat Berita Lainnya",
    "Artikel Rekomendasi untuk Anda",
    "Berita Menarik Lainnya",
    "Artikel Lain",
    "Tulisan Terkait Lainnya",
    "Tonton: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Simak: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Video: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Baca lagi: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
    "Ikuti juga: Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman",
]

RELATED_LOOKALIKES = [
    "Baca juga buku panduan yang dibagikan dinas sebelum mengisi formulir.",
    "Simak juga penjelasan dokter soal gejala demam berdarah pada anak.",
    "Berita terkait penangkapan itu sudah beredar luas sejak pagi.",
    "Terpopuler di kalangan remaja, aplikasi itu kini dilarang di sekolah.",
    "Pilihan editor majalah itu jatuh pada novel karya penulis asal Padang.",
    "Jangan lewatkan waktu sahur agar kuat berpuasa, pesan ustaz itu.",
    "Tonton juga pertunjukan wayang kulit di alun-alun malam nanti, ajak panitia.",
    "Lihat juga kondisi ban sebelum melakukan perjalanan jauh.",
    "Artikel terkait vaksin itu ditarik oleh jurnal internasional.",
    "Read more about the festival on the official website, panitia menambahkan.",
    "Video pilihan juri akan diputar saat malam penganugerahan.",
    "Headline surat kabar pagi ini memuat foto banjir di Demak.",
    "Ikuti juga arahan petugas saat berada di jalur evakuasi.",
]

TAGS = [
    "TAGS\nPemilu 2024\nKPU\nBawaslu",
    "Tag : pilkada jabar | kpu | bawaslu",
    "Topik : Pemilu 2024",
    "Topik Hangat: Pemilu 2024, Harga Beras",
    "Kata Kunci : banjir, garut",
    "Label :\nBerita Daerah\nPendidikan",
    "Labels: Berita, Daerah",
    "Kategori Berita: Nasional",
    "Category: News, Local",
    "Filed Under: News Tagged With: banjir, garut",
    "Filed in: Berita",
    "Rubrik: Ekonomi",
    "Kanal: Regional",
    "Berita Terkait: banjir, jakarta, bpbd",
    "#️⃣ pemilu, kpu",
    "tags: banjir jakarta, bpbd dki",
    "TAG : BANJIR, JAKARTA",
    "Tags Berita: banjir, garut",
    "Topik Berita: Pemilu 2024",
    "Tag Berita: harga cabai, inflasi",
    "Topic: Politik",
    "Kategori : Berita » Daerah",
    "#banjir#jakarta#bpbd",
    "Topik Populer: Pemilu, Banjir, Harga Beras",
    "Trending Tags: #banjir #jakarta",
    "Kata kunci terkait: banjir, garut",
    "Dikategorikan dalam: Berita",
    "Tagged: banjir, garut",
    "Tagged as: banjir, garut",
    "Label Berita: Daerah, Garut",
    "Topik Terkini: Banjir Garut",
    "Tags: Banjir Garut, BPBD Garut, Cuaca Ekstrem",
    "Tags : #banjir, #garut, #bpbd",
    "Tag: banjir garut bpbd cuaca",
    "TAGS: pemilu 2024 · kpu · bawaslu",
    "Kategori: Berita | Tag: banjir, garut",
    "Posted in Berita | Tagged banjir, garut | Leave a comment",
    "Diposting dalam Berita Daerah dengan tag banjir, garut",
    "Label: Berita Daerah Garut",
    "Tags - banjir - garut - bpbd",
    "Tags › banjir › garut",
    "Topik | Banjir Garut",
    "Hashtag #banjirgarut #bpbd",
    "#BanjirGarut",
    "Tag Terkait : banjir, garut",
    "Subkategori: Pendidikan",
    "Sub Kategori: Sekolah",
    "Kategori: Uncategorized",
    "Berita Terkait Banjir, Garut, BPBD",
    "Keywords: #banjir #garut",
    "Tag:\n#banjir\n#garut",
    "Topik:\nPemilu 2024\nKPU Jabar",
]

TAGS_LOOKALIKES = [
    "Tag harga di rak swalayan itu ternyata tidak sesuai dengan harga di kasir.",
    "Topik pembicaraan para menteri dalam rapat itu adalah harga beras.",
    "Label: Kemasan wajib mencantumkan tanggal kedaluwarsa.",
    "Kata kunci keberhasilan program ini adalah kerja sama warga.",
    "Tema: Merdeka Belajar, Merdeka Berkarya",
    "Rubrik ini terbit setiap Sabtu.",
    "Kategori lomba dibagi menjadi tiga: anak, remaja, dan dewasa.",
    "#KaburAjaDulu menjadi trending di media sosial sejak Senin malam.",
    "Filed under the Freedom of Information Act, the request was denied.",
    "Kanal pembuangan air itu tersumbat sampah plastik.",
    "Pemilu, KPU, dan Bawaslu",
    "Tags merek pakaian itu dijahit di bagian dalam kerah.",
    "Topik: Bagaimana Menulis Berita yang Baik?",
    "Label halal dari BPJPH wajib dipasang di kemasan.",
    "Subkategori ini mencakup usaha mikro dan kecil.",
]

BYLINES = [
    "Oleh: Andi Saputra | Kamis, 12 Januari 2024 10:15 WIB",
    "Ditulis oleh Andi Saputra | 12 Januari 2024",
    "Diterbitkan: 12 Januari 2024 | Penulis: Andi Saputra",
    "Dipublikasikan pada 12/01/2024 oleh Admin",
    "Posted by Admin on January 12, 2024",
    "By Andi Saputra | January 12, 2024",
    "Andi Saputra, Kompas.com",
    "Penulis: Andi Saputra — 3 menit baca",
    "Penulis Andi Saputra · Editor Budi Santoso",
    "REPORTER: ANDI SAPUTRA",
    "EDITOR : BUDI SANTOSO",
    "Laporan wartawan Kabar Desa Andi Saputra",
    "Laporan Wartawan TribunJabar.id, Andi Saputra | Editor: Budi",
    "Laporan Kontributor Kabar Desa, Andi Saputra",
    "Oleh Andi Saputra, Kabar Desa",
    "Editor: Andi Saputra; Reporter: Budi",
    "Reporter: Andi Saputra | Editor: Budi | 12 Januari 2024 10:15 WIB",
    "Penulis: Andi Saputra Editor: Budi Santoso",
    "Ditulis oleh: Andi Saputra, S.Kom",
    "Penyunting Bahasa: Rina Marlina",
    "Alih bahasa: Rina Marlina",
    "Dibuat oleh Andi Saputra",
    "Disunting oleh Budi Santoso",
    "Diedit oleh Budi Santoso",
    "Posted by Andi Saputra at 10.15",
    "Diposting oleh Andi Saputra di 10.15",
    "Diposting oleh Andi Saputra pada 12 Januari 2024",
    "Admin Kabar Desa · 12 Jan 2024",
    "oleh admin | 12/01/2024 | 0 komentar",
    "Andi Saputra | 12 Januari 2024 | 10:15 WIB",
    "Reporter : Andi Saputra / Editor : Budi Santoso / Foto : Rina",
    "Reporter Andi Saputra",
    "Penulis Andi Saputra | Editor Budi Santoso | Jumat, 12/1/2024 10:15 WIB",
    "Written by Andi Saputra on 12 January 2024",
    "Author: Admin | Date: 12/01/2024",
    "✍️ Andi Saputra",
    "✍ Penulis: Andi Saputra",
    "👤 Andi Saputra",
    "Oleh : Redaksi Kabar Desa",
    "Rep: Andi Saputra/ Red: Budi Santoso",
    "Editor : Budi Santoso - Reporter : Andi Saputra",
    "(Kontributor Kabar Desa, Andi Saputra)",
    "Jurnalis Warga: Andi Saputra",
    "Pewarta Foto: Andi Saputra",
    "Tim Liputan: Andi, Budi",
    "Penulis: Andi Saputra\nEditor: Budi Santoso",
    "Penulis : Andi Saputra, Mahasiswa Universitas Padjadjaran",
    "Reporter: Andi Saputra, Budi Santoso | Editor: Rina",
    "Editor Andi Saputra",
    "Penulis: @andisaputra",
    "Dilihat: 1.234 kali | Penulis: Andi Saputra",
    "Editor: Budi Santoso | Sumber: Antara",
    "Penulis: Andi Saputra (andi@kabardesa.id)",
    "Oleh: Prof. Dr. Andi Saputra, M.Si. (Guru Besar FISIP Unpad)",
    "Editor: Budi Santoso\nCopy Editor: Rina Marlina",
    "Andi Saputra, CNN Indonesia | Jumat, 12/01/2024 10:15 WIB",
]

BYLINES_LOOKALIKES = [
    "Penulis buku itu, Andi Saputra, meluncurkan karyanya di Garut.",
    "Oleh karena itu, pemerintah menunda pelaksanaan ujian.",
    "Editor video kini menjadi profesi yang banyak diminati anak muda.",
    "Reporter Andi Saputra melaporkan langsung dari lokasi banjir di Garut.",
    "Dibuat oleh siswa SMK, mobil listrik itu mampu menempuh 100 kilometer.",
    "Ditulis oleh tangan, surat itu kini disimpan di museum.",
    "Diedit oleh tim kurator, buku itu terbit pada akhir tahun.",
    "Oleh-oleh Khas Garut yang Wajib Dibeli",
    "Penulis Muda Garut Raih Penghargaan Nasional",
    "Andi Saputra, warga Garut, mengaku rumahnya terendam air setinggi satu meter.",
    "Wartawan senior Andi Saputra meninggal dunia pada usia 70 tahun.",
    "Sumber: Badan Pusat Statistik 2024",
    "Oleh Pemerintah Kota Bandung, taman itu dibuka untuk umum.",
    "Laporan wartawan itu kemudian dibantah oleh pihak kepolisian.",
    "Red: merah, putih: suci",
]

FOOTERS = [
    "© Kabar Desa 2024",
    "©2024 KabarDesa.com | All Rights Reserved",
    "Copyright 2024 © Kabar Desa",
    "Copyright © 2010-2024 PT Kabar Desa Media",
    "Hak cipta dilindungi undang-undang. Dilarang mengutip, menyalin, atau memperbanyak tanpa izin tertulis.",
    "Copyright 2024 Kabar Desa All Right Reserved",
    "© All rights reserved",
    "All Rights Reserved © 2024 Kabar Desa",
    "© 2024 Kabar Desa. Dilindungi undang-undang.",
    "Seluruh isi situs ini dilindungi hak cipta",
    "Powered by Kabar Desa Network",
    "Developed by Tim IT Diskominfo",
    "Dikelola oleh Dinas Kominfo Kabupaten Garut",
    "Theme: Newspaper by tagDiv",
    "Design by Kabar Desa Creative",
    "Made with ❤️ in Bandung",
    "Tentang Kami - Redaksi - Kontak - Pedoman Media Siber",
    "Tentang Kami • Redaksi • Kontak",
    "Kebijakan Privasi · Syarat Penggunaan · Pedoman Media Siber · Disclaimer",
    "Hak Cipta Terpelihara 2024",
    "(C) Copyright Kabar Desa",
    "copyright 2024 kabardesa.com",
    "© 2024 Kabar Desa. Seluruh konten dilindungi.",
    "Dilarang mengcopy paste artikel ini tanpa izin.",
    "Konten dilindungi. Dilarang menyalin!",
    "Anda tidak diperbolehkan menyalin konten ini",
    "Alert: Content is protected !!",
    "Maaf, konten dilindungi",
    "Hak cipta © Pemerintah Kabupaten Garut 2024",
    "Pemerintah Kabupaten Garut © 2024. All Rights Reserved",
    "© 2024 — Kabar Desa",
    "Kabar Desa © Copyright 2024, All Rights Reserved",
    "Terverifikasi Dewan Pers",
    "Copyright © 2024 Kabar Desa. Hak cipta dilindungi undang-undang. Dilarang mengambil konten tanpa izin.",
    "Redaksi | Pedoman Media Siber | Kontak | Karir",
    "Redaksi  Pedoman Media Siber  Kontak  Karir",
    "Tentang Kami Redaksi Kontak Pedoman Media Siber Karir",
    "Copyright © 2024 Kabar Desa - Hak Cipta Dilindungi",
    "Semua hak cipta dilindungi © 2024 Kabar Desa",
    "Copyrights © 2024 Kabar Desa",
    "COPYRIGHT 2024 KABAR DESA",
    "© Hak Cipta Kabar Desa 2024",
    "Hak Cipta 2024 © Kabar Desa Media Group. Powered by Kabar Desa Network",
    "Situs ini dikelola oleh Pemerintah Desa Sukamaju",
    "Dikembangkan oleh Diskominfo Kabupaten Garut",
    "Powered by: Kabar Desa",
    (
        "Copyright © 2024 Kabar Desa. "
        "Seluruh hak cipta dilindungi. "
        "Dilarang memproduksi ulang tanpa izin tertulis dari redaksi."
    ),
    "Ketentuan Layanan | Kebijakan Privasi | Hubungi Kami | Tentang Kami",
    "Karir · Kontak · Iklan",
    "Pedoman Media Siber Kode Etik Kebijakan Privasi",
    "Dilarang keras mengambil konten tanpa izin",
    "Dilarang menyalin, memodifikasi, atau mendistribusikan konten ini tanpa izin",
    "Kabar Desa telah terverifikasi Dewan Pers",
    "Terverifikasi Faktual oleh Dewan Pers No: 123/DP-Verifikasi/K/II/2024",
]

FOOTERS_LOOKALIKES = [
    "Hak cipta lagu itu dipegang oleh label rekaman asal Jakarta.",
    "Pelanggaran hak cipta di platform digital terus meningkat, kata Dirjen KI.",
    "Undang-Undang Hak Cipta Nomor 28 Tahun 2014 mengatur royalti musik.",
    "Dilarang merokok di dalam kendaraan umum.",
    "Dewan Pers menerima 800 pengaduan sepanjang 2023.",
    "Made with love by local artisans, tas rajut itu dijual ke Eropa.",
    "Dikelola oleh BUMDes, wisata air itu menyedot ribuan pengunjung setiap akhir pekan.",
    "Dikembangkan oleh mahasiswa ITB, aplikasi itu membantu petani memantau cuaca.",
    "Copyright dan royalti menjadi topik utama diskusi para musisi.",
    "Tentang Kami, Sebuah Film Tentang Persahabatan",
    "All rights reserved, begitu tulisan di sampul buku yang dibajak itu.",
    "Karir, Kontak, dan Iklan menjadi menu yang jarang dibuka pengunjung, menurut survei itu.",
    "Kontak senjata terjadi di perbatasan Papua pada Selasa pagi.",
    "Terverifikasi atau tidak, media harus tunduk pada kode etik jurnalistik, ujar Ketua Dewan Pers.",
]

PAGE_NAV = [
    "Beranda ❯ Berita ❯ Daerah",
    "Home ⟩ Berita ⟩ Garut",
    "Hal. 1 2 3 »",
    "« 1 2 3 ... 10 »",
    "1 2 3 4 5 ... 12 Next ›",
    "Halaman: « 1 2 3 »",
    "Halaman 1/3",
    "Lanjut Baca Halaman 2 →",
    "« Sebelumnya | Berikutnya »",
    "Muat lebih banyak berita",
    "Lihat Semua Berita →",
    "Selengkapnya →",
    "Berita Lainnya ›",
    "Home Berita Nasional Daerah Olahraga Ekonomi",
    "Beranda | Nasional | Daerah | Olahraga | Ekonomi | Hiburan",
    "Nasional Internasional Ekonomi Olahraga Teknologi Hiburan Gaya Hidup",
    "Kembali ke atas ↑",
    "↑ Kembali ke Atas",
    "Back to Top ▲",
    "Scroll to top",
    "Ke atas",
    "Lompat ke konten",
    "Skip to content",
    "Langsung ke konten utama",
    "Cari...",
    "Cari berita...",
    "Ketik kata kunci lalu enter",
    "Search for:",
    "Tutup ×",
    "Halaman Sebelumnya",
    "Ke Halaman Berikutnya",
    "Next Article",
    "Previous Article",
    "Artikel sebelumnya: Harga Gabah Turun di Karawang",
    "Home › Berita",
    "Beranda » Berita » Daerah » Garut",
    "Indeks Berita",
    "Tampilkan Lebih Banyak ↓",
    "Lihat lebih banyak »",
    "Muat Lainnya",
    "halaman 2 dari 4",
    "Page 1 2 3 Next",
    "1 | 2 | 3 | Next »",
    "Lanjut ke hal. 2",
    "Baca Halaman Selanjutnya",
    "Halaman Selanjutnya ►",
    "‹ Prev | Next ›",
    "Postingan Lebih Lama",
    "Beranda",
    "Cari",
    "Nasional | Internasional | Ekonomi | Olahraga",
    "Berita Terbaru Terpopuler Indeks",
    "Home News Sport Lifestyle Tekno Video Foto",
]

PAGE_NAV_LOOKALIKES = [
    "Halaman depan surat kabar itu memuat foto presiden.",
    "Beranda rumah itu penuh dengan pot bunga.",
    "Nasional, Internasional, dan Ekonomi menjadi rubrik favorit pembaca.",
    "Ekonomi dan Bisnis",
    "Olahraga Tradisional Nusantara",
    "Cari kerja di Jakarta kini makin sulit, kata lulusan SMK itu.",
    "Menu Berbuka Puasa Sederhana",
    "Kembali ke atas ring, petinju itu langsung menyerang.",
    "Langkah selanjutnya adalah mengisi formulir pendaftaran.",
    "Halaman 12 buku itu memuat daftar pahlawan nasional.",
    "Sebelumnya, warga sudah melapor ke polisi.",
    "Tampilkan data per provinsi dengan menekan tombol filter, jelas petugas.",
    "Skip to content adalah tautan yang membantu pengguna pembaca layar, jelas pakar aksesibilitas itu.",
    "Teknologi Hiburan Gaya Hidup",
    "Daerah Istimewa Yogyakarta",
]

DATELINES = [
    "Kamis, 12 Januari 2024 | 10:15 WIB",
    "12/01/2024 10:15 WIB",
    "Jumat, 12 Jan 2024 - 10:15 WIB",
    "Diperbarui: Jumat, 12 Januari 2024 10:15 WITA",
    "Update: 12 Januari 2024, 10.15 WIT",
    "Selasa, 2 April 2024 | 14:25 WIB | Dibaca 1.234 kali",
    "2 jam yang lalu",
    "Diterbitkan 3 hari lalu",
    "12 Januari 2024 · 3 menit baca",
    "Published: 12 Jan 2024 10:15 WIB",
    "Senin, 12-02-2024 / 10:15",
    "12 Januari 2024 pukul 10.15 WIB",
    "Kamis (12/1/2024) 10:15 WIB",
    "Rabu 17 Januari 2024, 09:00 WIB",
    "Pembaruan terakhir: 12 Jan 2024",
    "Last updated on January 12, 2024",
    "📅 Kamis, 12 Januari 2024",
    "Rabu, 17/01/2024 09:00 WIB",
    "17 Jan 2024, 09:00",
    "Senin, 12 Februari 2024 - 14:05",
    "Sabtu, 6 Juli 2024 08:30 WIB",
    "Diposting pada: 12 Januari 2024",
    "Tayang: Kamis, 12 Januari 2024 10:15 WIB",
    "Kompas.com - 12/01/2024, 10:15 WIB",
    "Diperbarui 12 Jan 2024, 10:15 WIB • Diterbitkan 12 Jan 2024, 08:00 WIB",
    "Terbit: 12 Januari 2024 | Diperbarui: 13 Januari 2024",
    "Minggu, 14 Januari 2024 – 18:45 WITA",
    "12.02.2024 10:15",
    "Jum'at, 12 Januari 2024 | 10:15",
    "Kamis, 12 Januari 2024 10:15 WIB\nPenulis: Andi Saputra",
    "Diunggah 5 menit yang lalu",
    "Updated: 12 January 2024 10:15 AM",
    "Senin, 12 Feb 2024 | 14:05 WIB | 3 menit baca",
    "12 Jan 2024 | 09.00 WIB",
    "2024-01-12 10:15:00",
    "Rabu, 10 Januari 2024 21:46 WIB",
    "20 menit lalu",
]

DATELINES_LOOKALIKES = [
    "Rapat dimulai pukul 10.00 WIB dan berakhir siang.",
    "Gempa terjadi pada Kamis (12/1/2024) pukul 10.15 WIB dengan kekuatan 5,2.",
    "Pada 17 Agustus 1945 Indonesia memproklamasikan kemerdekaan.",
    "12 Januari 2024: Hari Pertama Pendaftaran",
    "Jadwal Imsak Jakarta Hari Ini, Kamis 12 Januari 2024",
    "Pendaftaran dibuka hingga 12 Januari 2024 pukul 23.59 WIB.",
    "Pukul 10.15 WIB, massa mulai bergerak ke gedung DPRD.",
    "Sejak 2020 hingga 2024, harga beras naik 30 persen.",
    "Diperbarui setiap hari, data itu bisa diakses warga secara gratis.",
    "Terbit setiap Senin, majalah itu kini hadir dalam versi digital.",
    "Diterbitkan pertama kali pada 1965, novel itu kini dicetak ulang.",
    "2 jam lalu, kata warga, air sudah masuk ke rumah.",
    "Senin, 12 Januari 2024, menjadi hari bersejarah bagi warga desa itu.",
    "Tanggal 12 Januari 2024 ditetapkan sebagai hari libur daerah.",
    "Pukul 09.00 WIB: Pembukaan",
]

PHOTO_CREDITS = [
    "📷 Foto: Andi Saputra/Kabar Desa",
    "Foto/Istimewa",
    "FOTO/ISTIMEWA",
    "[Foto: Dok. Humas Pemkab Garut]",
    "Ilustrasi harga cabai. Foto: Pexels/Tom Fisk",
    "Gambar oleh Gerd Altmann dari Pixabay",
    "Image by pch.vector on Freepik",
    "Designed by Freepik",
    "Foto: Dok. Kabar Desa/Andi Saputra",
    "Warga mengantre minyak goreng di Pasar Induk Garut, Kamis (12/1/2024). (Kabar Desa/Andi Saputra)",
    "Foto: ANTARA/HO-Dinas Kominfo",
    "Sumber foto: Kompas.com",
    "Foto oleh Andi Saputra",
    "FOTO: ANDI SAPUTRA/KABAR DESA",
    "Foto: kabardesa.id",
    "Kredit Foto: Humas Polres Garut",
    "(Foto: Instagram/@infogarut)",
    "Foto : Ist/Kabar Desa",
    "Foto: Andi Saputra | Kabar Desa",
    "Ilustrasi. Foto: Unsplash",
    "Ilustrasi pemilu (Foto: Kabar Desa/Andi)",
    "Foto: YouTube Kabar Desa TV",
    "Foto ilustrasi (Shutterstock)",
    "📸: Instagram @infogarut",
    "Ilustrasi - Petugas KPPS menghitung surat suara di TPS 05 Garut",
    "Foto: Reuters/Ajeng Dinar Ulfiana",
    "(ANTARA FOTO/Raisan Al Farisi)",
    "(Dok. Humas Pemkab Garut)",
    "Foto: Tangkapan layar YouTube Sekretariat Presiden",
    "Petugas memadamkan api di Pasar Ciawi, Jumat (12/1/2024). ANTARA FOTO/Adeng Bustomi",
    "Tangkapan layar video viral warga Garut",
    "Pict: Istimewa",
    "Pic: Andi Saputra",
    "Foto: Humas Pemkab Garut (Dok)",
    "Sumber: Instagram @humas.garut",
    "Foto: Dok. Pribadi/Andi",
    "Gambar: Freepik",
]

PHOTO_CREDITS_LOOKALIKES = [
    "Foto itu diambil saat banjir melanda Garut pada 2016.",
    "Fotografer Kabar Desa memenangkan lomba foto jurnalistik.",
    "Ilustrasi yang digunakan dalam buku itu dibuat oleh anak-anak.",
    "Gambar oleh siswa SD itu dipajang di balai desa.",
    "Dokumentasi kegiatan disimpan di kantor desa.",
    "Sumber air bersih warga berasal dari mata air di lereng gunung.",
    "Tangkapan ikan nelayan menurun drastis sejak Januari.",
    "Foto-foto itu beredar luas di media sosial.",
    "Gambar 2. Peta sebaran titik panas di Kalimantan",
    "Pic-nic di taman kota menjadi kegiatan favorit warga.",
    "Foto dan video pernikahan itu viral di TikTok.",
    "Image bank menjadi bisnis yang menggiurkan, kata fotografer itu.",
    "Designed by local students, the batik won an award.",
]
RELATED_MORE = [
    "BACA JUGA: HARGA GABAH DI KARAWANG TURUN JELANG PANEN RAYA",
    "baca juga : Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Baca juga:Harga Gabah di Karawang Turun Jelang Panen Raya...",
    "Baca Juga: Harga Gabah di Karawang Turun Jelang Panen Raya →",
    "Baca Juga: Harga Gabah di Karawang Turun Jelang Panen Raya »»",
    "Baca juga » Harga Gabah di Karawang Turun Jelang Panen Raya ...",
    "Artikel Terkait » Harga Gabah di Karawang Turun Jelang Panen Raya",
    "ARTIKEL TERKAIT: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Berita terkait: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "berita terkait : Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Simak Juga : Harga Gabah di Karawang Turun Jelang Panen Raya",
    "SIMAK JUGA: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Lihat juga : Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Rekomendasi Berita: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Rekomendasi Untukmu: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Terpopuler: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Pilihan Editor : Harga Gabah di Karawang Turun Jelang Panen Raya",
    "PILIHAN EDITOR: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Jangan lewatkan : Harga Gabah di Karawang Turun Jelang Panen Raya",
    "JANGAN LEWATKAN: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Tonton Juga: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Video Pilihan: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Read More: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "READ MORE: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Baca Juga 👉 Harga Gabah di Karawang Turun Jelang Panen Raya",
    "👉 Baca juga: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "🔴 BACA JUGA: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "➡️ Baca Juga: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "📰 Berita Terkait: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "• Baca juga: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "▪️ Baca juga: Harga Gabah di Karawang Turun Jelang Panen Raya",
    "Baca Juga: Harga Gabah di Karawang Turun Jelang Panen Raya | Penulis: Andi Saputra",
    "Baca juga: Harga Gabah di Karawang Turun Jelang Panen Raya (Foto: Antara)",
    "Baca juga: Harga Gabah di Karawang Turun Jelang Panen Raya - Kabar Desa",
    "Tags: banjir | Penulis: Andi Saputra",
    "Penulis: Andi Saputra | Tags: banjir, garut",
    "Editor: Budi Santoso | Kategori: Nasional",
    "Kamis, 12 Januari 2024 | Penulis: Andi Saputra",
    "Penulis: Andi Saputra | Foto: Antara",
    "Oleh: Andi Saputra • 12 Jan 2024 • 3 menit baca",
    "Beranda » Berita » Daerah | Kamis, 12 Januari 2024",
    "© 2024 Kabar Desa | Beranda | Tentang Kami | Kontak",
    "Baca Juga:",
    "BACA JUGA :",
    "Baca juga »",
    "Baca Juga ↓",
    "Baca juga ⤵️",
    "Simak juga ↓↓↓",
    "Artikel Terkait:",
    "Berita Terkait ⬇",
    "Baca juga artikel berikut:",
    "Baca Juga Artikel Lainnya ⬇️",
    "Baca selengkapnya →",
    "Selengkapnya »",
    "Baca Selengkapnya...",
    "Lanjut baca »",
    "Lanjutkan membaca →",
    "Klik untuk baca selengkapnya",
    "Baca Berita Selengkapnya di Sini",
    "Selengkapnya klik di sini",
]

MIXED_CASES = [
    "TAGS: BANJIR, GARUT, BPBD",
    "🏷️ Tags: banjir, garut",
    "🔖 Topik: Pemilu 2024",
    "Tags:\tbanjir, garut",
    "Tags » banjir » garut » bpbd",
    "Tag: banjir / garut / bpbd",
    "#Banjir  #Garut  #BPBD",
    "Hashtag: #banjir, #garut",
    "Kata Kunci: #banjir #garut",
    "Tags: Banjir Garut | BPBD | Cuaca",
    "PENULIS: ANDI SAPUTRA",
    "penulis: andi saputra",
    "✍️ Penulis: Andi Saputra | 📷 Foto: Budi",
    "📝 Reporter: Andi Saputra",
    "Oleh: ANDI SAPUTRA",
    "Penulis : Andi Saputra ✅",
    "Editor: Budi Santoso 🖊️",
    "Reporter: Andi Saputra, Editor: Budi Santoso, Foto: Rina",
    "Penulis: Andi Saputra · Editor: Budi Santoso · Kamis, 12/1/2024",
    "By: Andi Saputra",
    "Written by: Andi Saputra",
    "Oleh Andi Saputra pada 12 Januari 2024 10:15 WIB",
    "Ditulis pada 12 Januari 2024 oleh Andi Saputra",
    "Posted on January 12, 2024 by admin",
    "© 2024 KABAR DESA. ALL RIGHTS RESERVED.",
    "Copyright©2024 Kabar Desa",
    "©2024, Kabar Desa",
    "© Copyright 2024 | Kabar Desa | All Rights Reserved",
    "Hak Cipta © 2024 Kabar Desa | Powered by WordPress",
    "Copyright 2024. Kabar Desa. Hak Cipta Dilindungi",
    "All content © Kabar Desa 2024",
    "BERANDA » BERITA » DAERAH",
    "home / berita / daerah",
    "Beranda ›› Berita ›› Daerah",
    "Home » Berita » Daerah » Banjir di Garut, Ratusan Rumah Terendam",
    "Halaman 1 dari 5 »",
    "HALAMAN SELANJUTNYA",
    "Page 2 of 5",
    "← Sebelumnya  Selanjutnya →",
    "« Berita Sebelumnya   Berita Selanjutnya »",
    "‹ Artikel Sebelumnya | Artikel Selanjutnya ›",
    "Previous Post Next Post",
    "Posting Lebih Baru Posting Lama Beranda",
    "KAMIS, 12 JANUARI 2024 | 10:15 WIB",
    "12 Jan 2024, 10:15 WIB | Diperbarui 12 Jan 2024, 11:00 WIB",
    "Dipublikasikan: 12/01/2024 10:15",
    "FOTO: ANTARA/ANDI SAPUTRA",
    "📷 ANTARA/Andi Saputra",
    "Foto: Antara/Andi Saputra/foc.",
]

PAGE_NAV_MORE = [
    (
        "Berita Terkait\nPolisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman\n"
        "Pemkab Garut Buka Lowongan PPPK 2024, Ini Syaratnya"
    ),
    "Home » News » Daerah » Garut",
    "HOME > BERITA > DAERAH > GARUT",
    "beranda > berita > daerah",
    "Beranda / Kabar Desa / Pemerintahan",
    "Beranda ▶ Berita ▶ Daerah",
    "Beranda → Berita → Daerah",
    "Beranda ⟩ Berita",
    "Home · News · Regional",
    "Home » Tag » banjir",
    "Beranda » Penulis » Andi Saputra",
    "Beranda » 2024 » Januari » 12",
    "Home » Kategori » Pendidikan",
    "Beranda / Artikel / Tips Menanam Cabai di Pot",
    "1 2 3 4 5 Selanjutnya »",
    "« Sebelumnya 1 2 3",
    "Halaman 3 dari 12",
    "Hal 2/5",
    "Page 3",
    "Halaman berikutnya ›",
    "Sebelumnya: Harga Gabah di Karawang Turun",
    "Selanjutnya: Harga Gabah di Karawang Turun",
    "Berikutnya: Harga Gabah di Karawang Turun",
    "« Prev Post",
    "Next Post »",
    "Newer Post Older Post Home",
    "Posting Lebih Baru Beranda Posting Lama",
    "Langganan: Posting Komentar (Atom)",
    "Tampilkan postingan dengan label Berita",
    "Lihat Semua",
    "Lihat Semua »",
    "Selengkapnya",
    "Tampilkan lainnya",
    "Muat berita lainnya",
    "Kembali ke Atas",
    "Ke Atas ↑",
    "↑",
    "⬆️ Kembali ke atas",
    "Kembali",
    "← Kembali",
    "Kembali ke Beranda",
    "Menu Utama",
    "Navigasi Pos",
    "Cari Artikel",
    "Cari untuk:",
    "Search...",
    "Pencarian",
    "Ketik dan tekan Enter",
]

PAGE_NAV_MORE_LOOKALIKES = [
    "Langkah selanjutnya: isi formulir dan kirim ke panitia.",
    "Halaman 3 dari laporan itu memuat daftar penerima bantuan.",
    "Kembali ke rumah, warga mendapati perabot rusak terendam lumpur.",
    "Navigasi laut di perairan itu terganggu gelombang tinggi.",
    "Pencarian korban dilanjutkan pada Jumat pagi.",
    "Menu utama restoran itu adalah nasi liwet.",
    "Top skor Liga 1 musim ini masih dipegang pemain asing.",
]

THEME_META = [
    "Diposting oleh Admin di 10.15 0 Komentar",
    "Diposting oleh Admin di 10.15 Tidak ada komentar:",
    "Posted in Berita Daerah",
    "Diposting di Berita Daerah",
    "Ditulis dalam Berita",
    "Diposkan oleh Admin pada 10.15",
    "Dikirim oleh admin",
    "Filed Under: Berita",
    "Tagged With: banjir",
    "This entry was posted in Berita and tagged banjir, garut.",
    "Entri ini ditulis dalam Berita dan ditag banjir, garut.",
    "Bookmark the permalink.",
    "Tautan permanen",
    "Permalink",
    "Dipos pada 12 Januari 2024 oleh admin",
    "Dipos dalam Berita",
    "Ditag banjir, garut",
    "Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter Berbagi ke Facebook",
    "Label: Berita Daerah, Garut",
    "Labels: Berita, Garut",
    "Diposting oleh Admin pukul 10.15",
    "Diterbitkan oleh Admin pada Januari 12, 2024",
    "Kategori: Berita Daerah | Tag: banjir",
    "Posted on 12 Januari 2024 by Admin in Berita",
    "Published by Admin",
    "Diperbarui oleh Admin",
    "Ditulis oleh Admin | Kategori: Berita",
    "12 Januari 2024 oleh Admin — Tinggalkan komentar",
    "Januari 12, 2024 • Admin • 0 Komentar",
    "admin • 12 Januari 2024 • Berita",
    "Penulis: Admin Kategori: Berita",
    "Author: admin | Category: News | Tags: banjir",
    "Share This Post",
    "Related Posts",
    "Tentang Penulis\nAndi Saputra\nAndi adalah jurnalis lepas di Garut.",
    "Tulisan terbaru dari Andi Saputra",
    "Lihat semua tulisan Andi Saputra",
    "Artikel sebelumnyaHarga Gabah di Karawang Turun",
    "Artikel berikutnyaHarga Gabah di Karawang Naik",
    "PREVIOUS ARTICLE",
    "NEXT ARTICLE",
    "Berita Sebelumnya\nHarga Gabah di Karawang Turun Jelang Panen Raya",
    "Berita Selanjutnya\nHarga Gabah di Karawang Naik Jelang Panen Raya",
]

THEME_META_LOOKALIKES = [
    "Diposting di media sosial, video itu ditonton jutaan kali.",
    "Ditulis dalam bahasa Sunda, naskah kuno itu disimpan di museum.",
    "Dikirim oleh keluarganya, paket itu tiba dua minggu kemudian.",
    "Permalink dan tautan kanonik penting untuk SEO, kata pakar itu.",
    "Label produk itu ditulis dalam bahasa Inggris.",
    "Dipos di perbatasan, tentara itu bertugas selama enam bulan.",
    "Artikel sebelumnya membahas sejarah Pasar Johar.",
    "Penulis Andi Saputra meluncurkan novel ketiganya di Garut.",
]

_KINDS = {
    "theme_meta": (THEME_META, THEME_META_LOOKALIKES),
    "related_more": (RELATED_MORE, []),
    "mixed_cases": (MIXED_CASES, []),
    "page_nav_more": (PAGE_NAV_MORE, PAGE_NAV_MORE_LOOKALIKES),
    "related": (RELATED, RELATED_LOOKALIKES),
    "tags": (TAGS, TAGS_LOOKALIKES),
    "bylines": (BYLINES, BYLINES_LOOKALIKES),
    "footers": (FOOTERS, FOOTERS_LOOKALIKES),
    "page_nav": (PAGE_NAV, PAGE_NAV_LOOKALIKES),
    "datelines": (DATELINES, DATELINES_LOOKALIKES),
    "photo": (PHOTO_CREDITS, PHOTO_CREDITS_LOOKALIKES),
}
_VARIANTS = [(kind, block) for kind, (blocks, _) in _KINDS.items() for block in blocks]
_LOOKALIKES = [(kind, line) for kind, (_, lines) in _KINDS.items() for line in lines]


@pytest.mark.parametrize(("kind", "block"), _VARIANTS)
@pytest.mark.parametrize("where", ["body", "tail"])
def test_unseen_chrome_variants_removed(
    kind: str, block: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _removed(block, where, ruleset, settings)


@pytest.mark.parametrize(("kind", "line"), _LOOKALIKES)
@pytest.mark.parametrize("where", ["body", "tail"])
def test_lookalike_content_stays(
    kind: str, line: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _kept(line, where, ruleset, settings)


# --- chrome glued after a paragraph's last sentence -------------------------------------------------------

_HEADLINE = "Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman"
GLUED = [
    f"Baca juga: {_HEADLINE}",
    f"BACA JUGA: {_HEADLINE}",
    f"Baca Juga : {_HEADLINE}",
    f"Simak juga: {_HEADLINE}",
    f"Artikel terkait: {_HEADLINE}",
    f"Lihat Juga: {_HEADLINE}",
    f"» Baca Juga: {_HEADLINE}",
    f"Read more: {_HEADLINE}",
    f"Jangan Lewatkan: {_HEADLINE}",
    f"Tonton juga: Video {_HEADLINE}",
    f"Baca juga {_HEADLINE}",
    f"📌 Baca juga: {_HEADLINE}",
    "(Penulis: Andi Saputra)",
    "Penulis: Andi Saputra",
    "Editor: Budi Santoso",
    "(Editor: Budi Santoso)",
    "Reporter: Andi Saputra | Editor: Budi Santoso",
    "Pewarta: Andi Saputra / Editor: Budi Santoso",
    "© 2024 Kabar Desa",
    "Copyright © 2024 Kabar Desa. All rights reserved.",
    "Hak Cipta Dilindungi Undang-Undang",
    "Tags: banjir, garut",
    "Kata kunci: banjir, garut, bpbd",
    "#banjir #garut",
    "#Pemilu2024",
    "#BanjirGarut #PrayForGarut",
    "Kamis, 12 Januari 2024 10:15 WIB",
    "Diperbarui 12 Jan 2024, 10:15 WIB",
    "12/01/2024 10:15 WIB",
    "Update: 12 Januari 2024 | 10.15 WIB",
    "Dipublikasikan pada 12 Januari 2024 oleh Andi Saputra",
    "(Kontributor: Andi Saputra)",
    "Sumber: Antara | Editor: Budi Santoso",
    "Editor: Budi Santoso, Reporter: Andi Saputra",
    "Baca Juga: 5 Fakta Banjir Garut yang Perlu Diketahui",
    "Simak Video Pilihan Berikut Ini",
    "Jangan lewatkan:",
    "Baca juga:",
    "© Kabar Desa 2024",
    "Dilarang mengutip sebagian atau seluruh isi artikel ini tanpa izin.",
    "Artikel ini telah tayang di Kabar Desa dengan judul Harga Cabai Naik",
    "Copyright 2024 Kabar Desa",
]
GLUED_LOOKALIKES = [
    "Baca juga petunjuk pada kemasan sebelum meminum obat.",
    "Editor majalah itu, Budi Santoso, membantah kabar tersebut.",
    "Oleh karena itu, warga diminta waspada.",
    "Tonton juga pertunjukan wayang kulit di alun-alun malam nanti.",
    "Related to this, the ministry issued a new rule.",
    "Copyright menjadi isu penting bagi musisi independen.",
    "Dilarang merokok di area SPBU.",
    "Simak: Pasal 5 berbunyi bahwa setiap warga berhak atas pekerjaan.",
    "Kategori: anak, remaja, dan dewasa.",
    "Kategori: anak, remaja, dewasa",
    "Foto keluarga itu dipajang di ruang tamu.",
    "Penulis buku itu hadir dalam acara peluncuran.",
    "Hak cipta lagu itu dipegang oleh label rekaman.",
    "Tagar #KaburAjaDulu sempat trending.",
    "Jangan lewatkan kesempatan vaksinasi gratis di puskesmas terdekat.",
    "Berita terkait penangkapan itu beredar sejak pagi.",
    "Label halal wajib dicantumkan pada kemasan.",
    "Read more books, said the minister.",
    "Seluruh hak pekerja harus dipenuhi.",
    "Baca Juga Buku Ini Sebelum Tidur, pesan ibu itu.",
    "Topik: Pemilu dan Demokrasi menjadi tema seminar.",
    "Rapat dimulai pukul 10.00 WIB dan berakhir siang.",
    "Peristiwa itu terjadi pada Kamis, 12 Januari 2024.",
    "Pukul 10.15 WIB, massa bergerak ke gedung DPRD.",
    "Laporan itu diterima pada Senin.",
    "Sumber dana berasal dari APBD.",
]


def _glued(tail: str) -> str:
    return f"{TITLE}\n\n{LEAD}\n\n{BODY} {MORE} {tail}\n\n{LAST}"


@pytest.mark.parametrize("tail", GLUED)
def test_chrome_glued_after_a_paragraph_removed_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    out = clean(_glued(tail), ruleset, settings).text
    assert tail.strip() not in out
    assert f"{BODY} {MORE}" in out  # the paragraph itself stays


@pytest.mark.parametrize("sentence", GLUED_LOOKALIKES)
def test_a_paragraphs_last_sentence_sharing_the_words_stays(
    sentence: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert f"{BODY} {MORE} {sentence}" in clean(_glued(sentence), ruleset, settings).text


# --- shapes --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nasional Internasional Ekonomi Olahraga",
        "Home Berita Daerah Opini Video Foto",
        "Redaksi Pedoman Media Siber Kontak Karir",
        "Tentang Kami - Redaksi - Kontak",
        "Nasional | Ekonomi | Olahraga",
    ],
)
def test_menu_and_footer_rows_with_or_without_separators(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _removed(line, "tail", ruleset, settings)


@pytest.mark.parametrize(
    "line",
    [
        "Teknologi Hiburan Gaya Hidup",  # three section names alone may head a list
        "Ekonomi dan Bisnis",
        "Nasional, Internasional, dan Ekonomi menjadi rubrik favorit pembaca.",
        "Kontak senjata terjadi di perbatasan Papua pada Selasa pagi.",
    ],
)
def test_section_names_in_headings_and_prose_stay(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert _kept(line, "body", ruleset, settings)


# --- lone headlines that point at another story -----------------------------------------------------------

POINTER_HEADLINES = [
    "Olahraga Lari di Jambi Jadi Sorotan, Begini Tanggapan Warga",
    "Harga Emas Antam Hari Ini Naik Rp 10.000, Cek Daftarnya",
    "Viral Video Siswa SD Bersihkan Sungai, Ini Kata Kepala Sekolah",
    "Jadwal Imsakiyah Ramadan 2024 Kota Bandung, Simak di Sini",
    "Kapan Puncak Musim Hujan? Begini Penjelasan BMKG",
    "Pemkab Garut Buka Lowongan PPPK 2024, Ini Syaratnya",
    "Tol Cipularang Macet Parah Pagi Ini, Cek Jadwal Ganjil Genap",
    "Gaji Ke-13 PNS Cair Bulan Depan, Begini Cara Mengecek Rinciannya",
]
SECTION_HEADINGS = [
    "Peran Pemerintah Daerah Denpasar",
    "Tantangan dan Harapan ke Depan",
    "Mengapa Harga Cabai Naik?",
    "Apa Kata Warga?",
    "Cara Mendaftar PPPK 2024",
    "Langkah 1: Siapkan Dokumen dan Cek Jadwal Pendaftaran",
    "Upaya Menekan Inflasi Jelang Ramadan",
    # alone, even headline-shaped, a line may head a section of its own
    "Jangan Asal Berkomentar Kasar di Medsos, Ini Ancaman Pidananya",
    "Pemkab Garut Buka Lowongan PPPK 2024, Ini Syaratnya",
]


@pytest.mark.parametrize("n", range(len(POINTER_HEADLINES)))
@pytest.mark.parametrize("where", ["body", "tail"])
def test_pointing_headlines_listed_with_no_label_removed(
    n: int, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    pair = [POINTER_HEADLINES[n], POINTER_HEADLINES[(n + 1) % len(POINTER_HEADLINES)]]
    assert _removed("\n".join(pair), where, ruleset, settings)


@pytest.mark.parametrize("headline", POINTER_HEADLINES[:3])
def test_a_pointing_headline_closing_a_list_of_links_removed(
    headline: str, ruleset: Ruleset, settings: Settings
) -> None:
    block = f"Berita Terkait\nPolisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman\n{headline}"
    assert _removed(block, "body", ruleset, settings)


@pytest.mark.parametrize("heading", SECTION_HEADINGS)
@pytest.mark.parametrize("where", ["body", "tail"])
def test_a_section_heading_between_paragraphs_stays(
    heading: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _kept(heading, where, ruleset, settings)


# --- a link between the title and the first paragraph (taken for the title by the page's reading) ---------

HEAD_LINKS = [
    f"⚡ Baca Juga: {_HEADLINE}",
    f"📖 Baca juga: {_HEADLINE}",
    f"Recommended: {_HEADLINE}",
    f"TRENDING: {_HEADLINE}",
    f"Terpopuler: {_HEADLINE}",
    f"Headline: {_HEADLINE}",
    f"Terpopuler • {_HEADLINE}",
    f"Jangan Sampai Ketinggalan: {_HEADLINE}",
]


@pytest.mark.parametrize("line", HEAD_LINKS)
def test_a_link_under_the_title_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{line}\n{LEAD}\n\n{BODY}\n\n{LAST}"
    out = clean(text, ruleset, settings)
    assert line not in out.text.split("\n") and line != out.title
    assert LEAD in out.text


# --- a links label over its one headline, the article going on below -----------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Baca Juga:",
        "BACA JUGA",
        "Simak juga:",
        "Lihat Juga:",
        "Artikel Terkait:",
        "Baca juga »",
        "Berita Terkait",
        "Jangan Lewatkan:",
        "Berita Sebelumnya",
    ],
)
def test_a_links_label_over_one_headline_and_a_paragraph(
    label: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n{label}\n{_HEADLINE}\n{BODY}\n\n{LAST}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert label not in out and _HEADLINE not in out and BODY in out


@pytest.mark.parametrize("label", ["Video Pilihan", "Baca Juga:", "Artikel Terkait"])
def test_a_long_section_heading_repeating_the_title_under_a_lone_label_stays(
    label: str, ruleset: Ruleset, settings: Settings
) -> None:
    # The article's own section heading (made of the title's words) under a label left by a widget.
    heading = "Penyebab Harga Cabai Rawit di Jakarta Melonjak"
    text = f"{TITLE}\n\n{LEAD}\n{label}\n\n{heading}\n\n{BODY}\n\n{LAST}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert heading in out and label not in out


@pytest.mark.parametrize(
    "label", ["Tonton Video Pilihan Berikut Ini", "Simak Video Berikut:", "Saksikan video di bawah ini:"]
)
def test_a_section_heading_under_a_video_label_stays(
    label: str, ruleset: Ruleset, settings: Settings
) -> None:
    # The label stood over a player extraction dropped; the long heading under it (sharing only two of the
    # title's words) opens the article's next section, where under `Baca Juga:` it would be the box's link.
    heading = "Manfaat Cabai Rawit bagi Petani di Lereng Merapi"
    text = f"{TITLE}\n\n{LEAD}\n{label}\n{heading}\n{BODY}\n\n{LAST}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert heading in out and BODY in out and label not in out
    linked = clean(f"{TITLE}\n\n{LEAD}\nBaca Juga:\n{heading}\n{BODY}\n\n{LAST}", ruleset, settings)
    assert heading not in linked.text.split("\n")


def test_a_short_section_heading_under_a_lone_label_stays(ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\nBaca juga:\nDampak Kenaikan Harga Cabai\n{BODY}\n\n{LAST}"
    assert "Dampak Kenaikan Harga Cabai" in clean(text, ruleset, settings).text.split("\n")


@pytest.mark.parametrize(
    "tail",
    [
        f"Baca juga: {_HEADLINE}",
        "Penulis: Andi Saputra",
        "© 2024 Kabar Desa",
        "#banjir #garut",
        "Kamis, 12 Januari 2024 10:15 WIB",
    ],
)
def test_chrome_run_into_the_last_sentence_with_no_space_removed(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY} {MORE}{tail}\n\n{LAST}"
    out = clean(text, ruleset, settings).text
    assert tail not in out and f"{BODY} {MORE}" in out


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kantor itu berada di Jl.Merdeka No. 5, Kota Garut, dan buka setiap hari kerja mulai pukul 08.00.",
        "Ia lulus dengan gelar S.Pd dari Universitas Garut pada 2019 dan kini mengajar di SMPN 2 Garut.",
        "Pelatih itu berkata.Tim kami siap menghadapi laga final melawan Persib di Stadion Jalak Harupat.",
    ],
)
def test_dots_inside_words_split_no_sentence(paragraph: str, ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{paragraph}\n\n{LAST}"
    assert paragraph in clean(text, ruleset, settings).text


# --- round 6: tags and related links by breadth ------------------------------------------------------------

_H1 = "Polisi Ungkap Motif Pembunuhan Pedagang Sayur di Sleman"
_H2 = "Harga Emas Antam Hari Ini Naik Rp 10.000 per Gram"
_H3 = "Jadwal Pemadaman Listrik di Bandung Besok"

ROUND6_TAGS = [
    "Tag: #banjir #garut #bpbd",
    "TAGS : Banjir Garut, BPBD Jabar, Cuaca Ekstrem, BMKG",
    "Tags: banjir; garut; bpbd",
    "Tags\nbanjir\ngarut\nbpbd\ncuaca ekstrem",
    "Topik: #Pemilu2024 #KPU",
    "TOPIK: PEMILU 2024",
    "Topik Terkait: Pemilu 2024, KPU, Bawaslu",
    "Topik Terkait\nPemilu 2024\nKPU\nBawaslu",
    "Topik terkait : pemilu 2024 · kpu · bawaslu",
    "LABEL: BERITA DAERAH",
    "Labels: Berita Daerah, Garut, Info Banjir",
    "KATA KUNCI : BANJIR, GARUT",
    "Keyword: banjir garut",
    "#banjir #garut #bpbd #jabar #cuaca",
    "#PemiluDamai #KPU #Bawaslu2024",
    "banjir • garut • bpbd • cuaca ekstrem",
    "pemilu 2024 · kpu · bawaslu · pilkada",
    "Banjir Garut | BPBD Jabar | Cuaca Ekstrem | BMKG",
    "Tag: banjir | garut | bpbd",
    "🏷 banjir, garut, bpbd",
    "🔖 Tags: #banjir #garut",
    "Tagar: #banjirgarut #bpbd",
    "Hashtags: #banjir #garut",
    "Tags: banjir, garut, bpbd, cuaca ekstrem, bmkg, jawa barat, hujan deras, longsor",
    "Tags:banjir,garut,bpbd",
    "tags - banjir, garut",
    "Tag — banjir, garut",
    "Tags ➜ banjir, garut",
    "Topik Pilihan: Banjir Garut",
    "Trending: #banjir #garut #pemilu",
    "Trending Topic: Banjir Garut, Pemilu 2024",
    "Tag Populer: banjir, garut, bpbd",
    "Ditandai dengan: banjir, garut",
    "Tagged with banjir, garut, bpbd",
    "Tags:\n- banjir\n- garut\n- bpbd",
    "Topik:\n• Pemilu 2024\n• KPU\n• Bawaslu",
    "Telusuri: banjir, garut",
    "Jelajahi topik: banjir, garut",
    "Lihat topik: Banjir Garut",
    "Ikuti topik: Pemilu 2024",
    "Follow topik ini: Pemilu 2024",
    "Tags (3): banjir, garut, bpbd",
    "#Banjir Garut #BPBD Jabar #Cuaca Ekstrem",
    "banjir, garut, bpbd, cuaca ekstrem",
    "Topik #BanjirGarut",
    "Topik Hangat\n#BanjirGarut\n#Pemilu2024",
    "Sedang Tren: Banjir Garut, Pemilu 2024",
    "Kategori & Tag: Berita, banjir, garut",
    "Tags:\nbanjir · garut · bpbd",
    "Trending Topik: Banjir Garut | Pemilu 2024 | Harga Beras",
]

ROUND6_TAGS_LOOKALIKES = [
    "Tag itu dipasang pada setiap barang yang dijual di toko tersebut.",
    "Topik utama diskusi kali ini adalah ketahanan pangan di tingkat desa.",
    "Label pada kemasan harus mencantumkan komposisi dan tanggal kedaluwarsa produk.",
    "Kata kunci dalam kasus ini adalah transparansi anggaran.",
    "Warganet ramai-ramai mengunggah tagar #SaveGarut sebagai bentuk solidaritas.",
    "Kampanye #BijakBersampah diikuti lebih dari 2.000 pelajar di Bandung.",
    "Tagar #PrayForGarut menduduki posisi pertama trending topic Twitter Indonesia.",
    "Label rekaman itu didirikan oleh tiga musisi asal Yogyakarta pada 2010.",
    "Tag nama peserta dibagikan panitia di meja registrasi.",
    "Gerakan #IndonesiaTerserah muncul sebagai bentuk kekecewaan tenaga kesehatan.",
    "Pemilu, Pilkada, dan Demokrasi Lokal",
    "Keyword research menjadi langkah awal dalam menulis artikel SEO.",
    "Trending topic hari ini didominasi oleh kabar banjir di Garut.",
    "Kategori peserta: pelajar, mahasiswa, dan umum.",
    "Topik terkait anggaran akan dibahas pada rapat pekan depan.",
    "Label merah ditempelkan pada rumah warga yang terpapar.",
    "Sejumlah label musik independen ikut meramaikan festival itu.",
    "Ekonomi • politik • dan budaya menjadi fokus diskusi",
]

ROUND6_RELATED = [
    f"BACA JUGA >> {_H1}",
    f"BACA JUGA >>> {_H1}",
    f"Baca Juga >>{_H1}",
    f"Baca juga: {_H1} | {_H2}",
    f"Baca Juga: {_H1} | Baca Juga: {_H2}",
    f"Baca juga: {_H1}  Baca juga: {_H2}",
    f"Baca juga:\n{_H1}\n{_H2}",
    f"Baca Juga:\n- {_H1}\n- {_H2}",
    f"Artikel Terkait\n{_H1}\n{_H2}",
    f"Berita Terkait:\n1. {_H1}\n2. {_H2}",
    f"Baca Juga ✅ {_H1}",
    f"[Baca juga: {_H1}]",
    f"(Baca juga: {_H1})",
    f"Baca juga | {_H1}",
    f"Baca Juga 👇\n{_H1}",
    f"SIMAK JUGA >> {_H1}",
    f"Lihat Juga >> {_H1}",
    f"Cek juga: {_H1}",
    f"Cek Juga >> {_H1}",
    f"Klik juga: {_H1}",
    f"Read also: {_H1}",
    f"Baca juga yang ini: {_H1}",
    f"Jangan lupa baca: {_H1}",
    f"Wajib Baca: {_H1}",
    f"Berita lainnya:\n{_H1}\n{_H2}",
    f"Artikel Lainnya:\n{_H1}\n{_H2}",
    f"Baca Berita Menarik Lainnya: {_H1}",
    f"🔗 Baca juga: {_H1}",
    f"Baca juga : {_H1} …",
    f"Baca juga: {_H1} ⇒",
    f"Related Posts:\n{_H1}\n{_H2}",
    f"Postingan Terkait:\n{_H1}\n{_H2}",
    f"Posting Terkait: {_H1}",
    f"Berita Terbaru:\n{_H1}\n{_H2}",
    f"Anda mungkin juga suka:\n{_H1}\n{_H2}",
    f"You may also like: {_H1}",
    f'Terkait\n{_H1}\n12 Januari 2024\nDalam "Berita"\n{_H2}\n10 Januari 2024\nDalam "Daerah"',
    f'Related\n{_H1}\nIn "News"\n{_H2}\nIn "Local"',
    f"Artikel Menarik Lainnya:\n{_H1}\n{_H2}",
    f"Berita Menarik Lainnya\n- {_H1}\n- {_H2}\n- {_H3}",
    f"BACA JUGA\n{_H1}\n{_H2}\n{_H3}",
    f"Paling Banyak Dibaca\n1 {_H1}\n2 {_H2}\n3 {_H3}",
    f"Most Popular\n{_H1}\n{_H2}",
    f"Berita Terkini\n{_H1} (2 jam lalu)\n{_H2} (3 jam lalu)",
    f"BACA JUGA: {_H1} - KLIK DISINI",
    f"Baca juga: {_H1} (klik di sini)",
]

ROUND6_RELATED_LOOKALIKES = [
    "Baca juga petunjuk pemakaian sebelum menggunakan alat tersebut, pesan petugas.",
    "Ia meminta warga membaca ulang syarat pendaftaran sebelum mengirim berkas.",
    "Simak juga bagaimana cara petani menjaga tanaman dari serangan hama.",
    "Lihat juga kondisi rem dan lampu sebelum mudik.",
    "Artikel terkait kasus itu dimuat di jurnal hukum edisi Maret.",
    "Berita terkait penangkapan itu sudah dibantah oleh kepolisian.",
    "Cek juga tekanan angin ban secara berkala, kata mekanik itu.",
    "Klik tombol daftar di laman resmi lalu isi data diri dengan benar.",
    "Berita lainnya yang ramai dibicarakan warganet adalah soal tarif parkir.",
    "Wajib baca buku ini sebelum ujian, kata guru itu kepada siswanya.",
    "Rekomendasi dokter adalah istirahat cukup dan minum air putih.",
    "Mungkin Anda pernah mengalami sakit kepala setelah bangun tidur.",
    "Pembaca juga bisa mengikuti lomba menulis yang digelar perpustakaan.",
    "Jangan lupa membaca doa sebelum makan, pesan ustaz itu.",
    "Selengkapnya, aturan itu tertuang dalam Peraturan Daerah Nomor 5 Tahun 2023.",
    "Buku yang paling banyak dibaca siswa adalah novel karya Andrea Hirata.",
]


@pytest.mark.parametrize(
    ("kind", "block"),
    [("tags", b) for b in ROUND6_TAGS] + [("related", b) for b in ROUND6_RELATED],
)
@pytest.mark.parametrize("where", ["body", "tail"])
def test_round6_tags_and_related_links_removed(
    kind: str, block: str, where: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _removed(block, where, ruleset, settings)


@pytest.mark.parametrize("line", ROUND6_TAGS_LOOKALIKES + ROUND6_RELATED_LOOKALIKES)
@pytest.mark.parametrize("where", ["body", "tail"])
def test_round6_lookalike_content_stays(line: str, where: str, ruleset: Ruleset, settings: Settings) -> None:
    assert _kept(line, where, ruleset, settings)


ROUND6_GLUED = [
    "Topik: Pemilu 2024",
    "Label: Berita Daerah",
    "Topik Terkait: banjir garut, bpbd",
    "Tagar: #banjirgarut",
    "Keywords: banjir, garut",
    "TAGS: BANJIR, GARUT",
    "#PrayForGarut #BanjirGarut",
    f"BACA JUGA >> {_H1}",
    f"Baca Juga: {_H1} | {_H2}",
    f"(Baca juga: {_H1})",
    f"[Baca juga: {_H1}]",
    f"Cek juga: {_H1}",
    f"Wajib baca: {_H1}",
    f"Baca Juga: {_H1}...",
    f"Baca juga: {_H1}.",
    f"Baca juga ➡️ {_H1}",
    f"Also read: {_H1}",
]


@pytest.mark.parametrize("tail", ROUND6_GLUED)
def test_round6_tags_and_links_glued_after_a_paragraph_removed_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    out = clean(_glued(tail), ruleset, settings).text
    assert tail.strip() not in out
    assert f"{BODY} {MORE}" in out


@pytest.mark.parametrize(
    "sentence",
    [
        "Simak: Pasal 5 berbunyi bahwa setiap warga berhak atas pekerjaan.",
        "Label halal wajib dicantumkan pada kemasan.",
        "Tagar #KaburAjaDulu sempat trending.",
        "Kategori: anak, remaja, dan dewasa.",
        "Topik itu dibahas dalam rapat pekan lalu.",
        "Baca juga petunjuk pada kemasan sebelum meminum obat.",
    ],
)
def test_round6_a_paragraphs_last_sentence_sharing_the_words_stays(
    sentence: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert f"{BODY} {MORE} {sentence}" in clean(_glued(sentence), ruleset, settings).text


@pytest.mark.parametrize(
    "block",
    [
        "banjir garut\nbpbd jabar\ncuaca ekstrem",
        "pemilu 2024\n\nkpu\n\nbawaslu\n\npilkada serentak",
        "banjir, garut, bpbd, cuaca ekstrem",
        "harga cabai, inflasi, ramadan, pasar induk",
    ],
)
def test_round6_tags_with_no_label_after_the_story_removed(
    block: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _removed(block, "tail", ruleset, settings)


@pytest.mark.parametrize(
    "block",
    [
        "Jakarta, Bandung, dan Surabaya",
        "Senin · Rabu · Jumat",
        "Jakarta · Bandung · Surabaya",
        "bawang merah, bawang putih, dan cabai",
        "Catatan:\nsiapkan pot\nisi tanah",
    ],
)
def test_round6_short_lines_after_the_story_that_are_no_tags_stay(
    block: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert _kept(block, "body", ruleset, settings)


def test_round6_a_table_header_with_bars_stays(ruleset: Ruleset, settings: Settings) -> None:
    table = (
        "Nama | Jabatan | Instansi\n--- | --- | ---\nAndi | Kepala | Dinas Pertanian\nBudi | Staf | Bappeda"
    )
    out = clean(_page(table, "body"), ruleset, settings).text
    assert "Nama | Jabatan | Instansi" in out


# --- round 7: related headlines listed under the last paragraph with no label ----------------------


UNLABELLED_LISTS = [
    "Harga Bawang Merah Turun di Pasar Induk\nPedagang Daging Keluhkan Sepinya Pembeli",
    "• Harga Bawang Merah Turun di Pasar Induk\n• Pedagang Daging Keluhkan Sepinya Pembeli\n"
    "• Gubernur Tinjau Pasar Tradisional Jelang Lebaran",
    "Harga Bawang Merah Turun di Pasar Induk\n12 Maret 2024\nPedagang Daging Keluhkan Sepinya Pembeli\n"
    "11 Maret 2024",
    "1. Harga Bawang Merah Turun di Pasar Induk (2 jam lalu)\n2. Pedagang Daging Keluhkan Sepinya Pembeli",
]


@pytest.mark.parametrize("block", UNLABELLED_LISTS)
def test_unlabelled_headlines_under_the_last_paragraph_flagged(block: str, ruleset: Ruleset) -> None:
    hits = flagged(in_tail(block), ruleset, "boilerplate")
    assert all(line.strip() in hits for line in block.split("\n"))


@pytest.mark.parametrize(
    "block",
    [
        # one headline alone: the article's closing line or a lone link, judged by the other rules
        "Pedagang Daging Keluhkan Sepinya Pembeli",
        # sources of the article's figures
        "Sumber: Badan Pusat Statistik (BPS), 2023\nSumber data: Kementerian Perdagangan",
        # headings of sections that go on with prose
        "Harga Bawang Merah Turun di Pasar Induk\nPedagang Daging Keluhkan Sepinya Pembeli\n"
        "Pedagang daging di Pasar Senen mengaku omzetnya turun separuh sejak awal bulan.",
    ],
)
def test_a_lone_headline_sources_and_sections_under_the_last_paragraph_stay(
    block: str, ruleset: Ruleset
) -> None:
    hits = flagged(in_tail(block), ruleset, "boilerplate")
    assert not any(line.strip() in hits for line in block.split("\n"))


def test_a_list_the_last_paragraph_introduces_stays(ruleset: Ruleset) -> None:
    block = "Pedagang berharap tiga hal berikut:\n- Harga Sewa Kios Tidak Naik Lagi\n"
    block += "- Jalan Menuju Pasar Diperbaiki"
    hits = flagged(in_tail(block), ruleset, "boilerplate")
    assert not any(line.strip() in hits for line in block.split("\n"))


TABLE = "Pasar | Harga Lama | Harga Baru\nKramat Jati | Rp 60.000 | Rp 90.000\nSenen | Rp 62.000 | Rp 88.000"


@pytest.mark.parametrize(
    "link",
    [
        "Jangan Lewatkan | Petani Cabai di Garut Raup Untung Jelang Ramadan | kemarin",
        "Berita Terkait | Operasi Pasar Digelar di Lima Kecamatan Pekan Ini | 3 jam lalu",
    ],
)
def test_round8_labelled_link_of_three_cells_under_a_table_removed(
    link: str, ruleset: Ruleset, settings: Settings
) -> None:
    # Under a table of three columns, a link cut in three cells reads as a row; its label says otherwise.
    text = f"{TITLE}\n\n{LEAD}\n\n{TABLE}\n{link}\n\n{BODY}"
    assert clean(text, ruleset, settings).text == f"{TITLE}\n\n{LEAD}\n\n{TABLE}\n\n{BODY}"


def test_round8_rows_of_a_table_stay(ruleset: Ruleset, settings: Settings) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{TABLE}\nPasar Minggu | Rp 61.000 | Rp 91.000\n\n{BODY}"
    assert clean(text, ruleset, settings).text == text


def test_round8_a_heading_over_a_last_paragraph_opening_with_an_initial_stays(
    ruleset: Ruleset, settings: Settings
) -> None:
    # `M. Akib ...` reads as an item of a lettered list; a long sentence is prose all the same, so the
    # headings above it head sections and are no links listed under the story.
    last = (
        "M. Yusuf Latuconsina adalah pedagang cabai di Pasar Induk yang sudah berjualan selama dua puluh "
        "tahun dan mengaku belum pernah melihat harga setinggi ini."
    )
    other = (
        "S. Wahyuni Hasibuan adalah pembeli tetap di pasar itu yang kini hanya membeli cabai setengah "
        "ons setiap kali berbelanja."
    )
    text = (
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nPasokan Cabai dari Daerah Lain Berkurang\n\n{last}\n\n"
        f"Pembeli Mulai Mengurangi Belanja Cabai Rawit\n\n{other}"
    )
    assert clean(text, ruleset, settings).text == text


@pytest.mark.parametrize("label", ["Video Pilihan", "Baca Juga:"])
def test_a_question_opening_the_articles_list_under_a_label_stays(
    label: str, ruleset: Ruleset, settings: Settings
) -> None:
    # The first item of a list of sentences reads as a headline; the list goes on with sentences: it is
    # the article's list, not the label's links.
    items = [
        "- Bagaimana nasib Budi, Sari dan Joko?",
        "- Pemerintah menargetkan inflasi tahun ini di kisaran 3 persen, lebih rendah dari tahun lalu.",
        "- Harga cabai diperkirakan turun setelah panen raya di sentra produksi bulan depan.",
    ]
    text = f"{TITLE}\n\n{LEAD}\n\n{label}\n" + "\n".join(items) + f"\n\n{BODY}\n\n{LAST}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert all(item in out for item in items)


def test_a_question_inside_a_list_of_sentences_closing_the_article_stays(
    ruleset: Ruleset, settings: Settings
) -> None:
    items = [
        "1. Pemerintah menargetkan inflasi tahun ini di kisaran 3 persen, lebih rendah dari tahun lalu.",
        "2. Bagaimana nasib Budi, Sari dan Joko?",
        "3. Harga cabai turun (2019 – 2021).",
    ]
    tail = "Bacaan Terkait: Harga Beras Naik Lagi di Pasar Induk\nKata kunci: cabai; inflasi; pasar"
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n" + "\n".join(items) + f"\n{tail}"
    out = clean(text, ruleset, settings).text.split("\n")
    assert all(item in out for item in items)
