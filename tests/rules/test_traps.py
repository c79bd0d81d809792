"""Clean, realistic documents full of the rules' traps: every rule together must flag nothing, and
cleaning must give back the normalised input unchanged."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.normalise import normalise_text
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

GAMBLING_NEWS = """\
Polisi Blokir 2.000 Situs Judi Online Sepanjang Januari

Direktorat Reserse Siber Polda Metro Jaya memblokir lebih dari 2.000 situs judi online sepanjang \
Januari 2024. Pemblokiran dilakukan bersama Kementerian Komunikasi dan Informatika.
"Sebagian besar situs itu mempromosikan slot gacor dan togel online melalui akun media sosial," \
kata Kepala Bidang Humas Polda Metro Jaya di Jakarta, Rabu (31/1/2024).
Modus Promosi Lewat Media Sosial
Penyidik menemukan para pelaku menyisipkan tautan bertuliskan "link alternatif" di kolom komentar \
akun-akun populer. Sebagian pelaku juga membayar pemengaruh untuk mengiklankan situs tersebut.
Polisi menangkap lima tersangka, dua di antaranya admin yang mengelola rekening penampung dana taruhan.
Mengenal Istilah RTP Slot
Istilah RTP slot merujuk pada persentase kemenangan yang diklaim sebuah mesin. Angka itu kerap \
dipakai bandar judi untuk meyakinkan pemain bahwa peluang menang mereka besar.
Ancaman Hukuman
Para tersangka dijerat Pasal 27 ayat 2 Undang-Undang ITE dengan ancaman pidana penjara paling lama \
enam tahun dan/atau denda paling banyak Rp 1 miliar.
Masyarakat yang menemukan situs judi online diminta melapor melalui kanal aduan resmi pemerintah.
"""

TRAVEL = """\
Menjelajahi Lampung: Dari Teluk Kiluan hingga Taman Nasional Way Kambas

Lampung kerap hanya dilewati pelancong yang menyeberang dari Jawa ke Sumatera. Padahal, provinsi di \
ujung selatan Sumatera ini menyimpan pantai, gunung, dan hutan hujan yang layak dijelajahi.
Bandar Lampung sebagai Titik Awal
Perjalanan bisa dimulai dari Bandar Lampung, yang dapat dicapai dengan penerbangan satu jam dari \
Jakarta atau kapal feri dari Merak. Di kota ini, wisatawan bisa mencicipi seruit dan membeli keripik \
pisang di sentra oleh-oleh Jalan Pagar Alam.
Teluk Kiluan
Teluk Kiluan berjarak sekitar 80 kilometer dari pusat kota. Pada pagi hari, kawanan lumba-lumba \
hidung botol sering terlihat melompat di perairan teluk ini.
Bukit Barisan Selatan, Situs Warisan Dunia
Taman Nasional Bukit Barisan Selatan termasuk Hutan Hujan Tropis Sumatera yang ditetapkan UNESCO \
sebagai situs warisan dunia pada 2004. Kawasan ini menjadi habitat harimau, gajah, dan badak sumatera.
Tips Berkunjung
- Datang pada musim kemarau, antara Mei dan September.
- Sewa pemandu lokal untuk menjelajah taman nasional.
- Bawa uang tunai karena mesin ATM jarang ditemui di desa-desa pesisir.
Dengan waktu tiga sampai empat hari, pelancong sudah bisa menikmati sebagian besar keindahan alam Lampung.
"""

BUDGET = """\
Belanja Negara 2024 Diproyeksikan Tembus Rp 3.412 Triliun

Kementerian Keuangan memproyeksikan belanja negara tahun 2024 mencapai Rp 3.412,2 triliun, naik dari \
realisasi tahun sebelumnya. Pengeluaran pemerintah tersebut sebagian besar dialokasikan untuk \
perlindungan sosial, pendidikan, dan infrastruktur.
Menurut ekonom Universitas Indonesia, pengeluaran pemerintah menjadi penopang pertumbuhan ekonomi \
ketika konsumsi rumah tangga melambat.
Rincian Belanja per Sektor
Tabel berikut merangkum alokasi belanja beberapa sektor utama (dalam triliun rupiah).
Sektor | 2022 | 2023 | 2024 |
---|---|---|---|
Pendidikan | 472,6 | 612,2 | 665,0 |
Kesehatan | 176,7 | 172,5 | 187,5 |
Perlindungan sosial | 460,6 | 439,1 | 496,8 |
Infrastruktur | 372,8 | 392,1 | 423,4 |
Total | 1.482,7 | 1.615,9 | 1.772,7 |
Defisit Anggaran
Defisit anggaran dijaga di bawah 3 persen dari produk domestik bruto sesuai Undang-Undang Keuangan \
Negara. Data keluaran Badan Pusat Statistik menunjukkan ekonomi tumbuh 5,05 persen pada 2023.
"""

SAVINGS = """\
Tips Menabung untuk Dana Darurat bagi Pekerja Muda

Dana darurat adalah tabungan untuk kebutuhan mendesak, seperti kehilangan pekerjaan atau biaya \
berobat. Perencana keuangan menyarankan jumlahnya setara tiga sampai enam bulan pengeluaran rutin.
Berapa Dana Darurat yang Dibutuhkan Pekerja Muda?
Pekerja lajang cukup menyiapkan tiga bulan pengeluaran, sedangkan yang sudah berkeluarga sebaiknya \
enam bulan atau lebih.
Tips Menabung yang Mudah Dijalankan
Ada beberapa cara sederhana yang bisa langsung dipraktikkan:
- Sisihkan 10 persen gaji begitu diterima, sebelum dipakai untuk belanja.
- Simpan dana darurat di rekening terpisah agar tidak tercampur uang harian.
- Pilih produk yang mudah dicairkan, seperti tabungan atau reksa dana pasar uang.
- Catat pengeluaran harian selama sebulan untuk menemukan pos yang bisa dipangkas.
Kesalahan yang Sering Terjadi pada Dana Darurat
Banyak pekerja muda menyimpan dana darurat dalam bentuk saham atau kripto. Nilainya bisa turun tajam \
justru saat uang itu dibutuhkan.
Penutup
Menabung dana darurat memang butuh disiplin, tetapi hasilnya memberi rasa aman ketika keadaan tak \
terduga datang.
"""

DOCUMENTS = {
    "gambling_news": GAMBLING_NEWS,
    "travel": TRAVEL,
    "budget": BUDGET,
    "savings": SAVINGS,
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_clean_document_raises_no_flag(name: str, ruleset: Ruleset) -> None:
    assert flagged(DOCUMENTS[name], ruleset) == []


@pytest.mark.parametrize("name", DOCUMENTS)
def test_clean_document_comes_back_unchanged(name: str, ruleset: Ruleset, settings: Settings) -> None:
    text = DOCUMENTS[name]
    result = clean(text, ruleset, settings)
    assert result.text == normalise_text(text)
    assert result.title == text.split("\n", 1)[0]


def test_traps_are_in_the_documents() -> None:
    """The documents hold the traps they are meant to hold (so the tests above test something)."""
    everything = "\n".join(DOCUMENTS.values())
    for trap in [
        "Bandar Lampung",
        "situs warisan dunia",
        "pengeluaran pemerintah",
        "slot gacor",
        "togel online",
        "Penutup\n",
        "\n- Sisihkan",
        "| 1.482,7 |",
    ]:
        assert trap in everything, trap


# --- boilerplate traps: content that looks like page chrome (datelines, bylines, photo words, copyright
# as a topic, app how-tos, cookies as food, comment and page words) -----------------------------------

CHRONOLOGY = """\
Kronologi Banjir Bandang di Kabupaten Garut

Banjir bandang melanda tiga kecamatan di Kabupaten Garut setelah hujan deras mengguyur kawasan hulu \
Sungai Cimanuk selama dua hari.
Kamis, 11 Januari 2024
Hujan mulai turun sejak sore dan tidak berhenti hingga malam. Petugas BPBD memantau debit sungai dari \
pos pengamatan di Tarogong.
Jumat, 12 Januari 2024
Sekitar pukul 02.30 WIB, air sungai meluap dan merendam permukiman di bantaran. Rapat darurat dimulai \
pukul 10.00 WIB dan berakhir siang.
13 Januari 2024
Tim SAR gabungan mengevakuasi 1.200 warga ke gedung sekolah dan masjid terdekat.
Jadwal Posko Kesehatan
Tanggal | Lokasi | Jam Layanan |
13/01/2024 | SDN 2 Tarogong | 08.00-16.00 WIB |
14/01/2024 | Masjid Agung Garut | 08.00-20.00 WIB |
Editor berita lokal, Asep Sunandar, mengatakan informasi resmi hanya disampaikan melalui kanal BPBD.
"Kami mengimbau warga mengikuti informasi dari petugas, bukan dari pesan berantai," kata Kepala BPBD \
Garut, Jumat (12/1/2024).
"""

COPYRIGHT_LAW = """\
Memahami Perlindungan Hak Cipta bagi Kreator Konten

Undang-undang Hak Cipta melindungi karya cipta sejak pertama kali diumumkan, tanpa perlu didaftarkan \
lebih dulu.
Banyak kreator belum tahu bahwa foto, video, dan tulisan mereka otomatis dilindungi. Hak cipta \
dilindungi oleh undang-undang selama hidup pencipta ditambah 70 tahun setelah ia meninggal.
Komentar Para Ahli
Pakar hukum kekayaan intelektual menilai penegakan aturan ini masih lemah di platform digital.
"Copyright bukan sekadar tulisan kecil di kaki halaman, melainkan hak ekonomi yang nyata," ujarnya.
Editor foto dan penulis lepas juga berhak atas royalti jika karyanya dipakai untuk kepentingan komersial.
Langkah yang Bisa Dilakukan Kreator
- Simpan file asli dan metadata setiap karya.
- Cantumkan nama pencipta pada setiap unggahan.
- Laporkan pelanggaran melalui fitur aduan platform.
Penulis novel Supernova, Dewi Lestari, pernah menggugat pihak yang mencetak ulang karyanya tanpa izin.
"""

HOW_TO = """\
Cara Membuat Saluran WhatsApp untuk Pengurus RT

Fitur saluran di WhatsApp kini bisa dipakai pengurus RT untuk menyebarkan pengumuman kepada warga.
Langkah Pertama
Unduh aplikasi WhatsApp versi terbaru di Play Store, lalu masuk dengan nomor ponsel Anda.
Langkah Selanjutnya
Buka tab Pembaruan, ketuk ikon tambah, dan pilih Buat saluran. Ikuti petunjuk di layar hingga saluran \
selesai dibuat.
Simak Daftar Aplikasi Komunitas Lainnya
Selain WhatsApp, pengurus bisa memakai Telegram atau grup Facebook untuk berbagi kabar.
Halaman Rumah dan Balai Warga
Foto kegiatan kerja bakti di halaman balai warga bisa diunggah ke saluran agar warga yang berhalangan \
tetap tahu kabarnya.
Ilustrasi ini menunjukkan betapa mudahnya berbagi kabar tanpa harus mencetak selebaran.
Baca petunjuk resmi WhatsApp sebelum mengundang warga, terutama soal pengaturan privasi.
"""

RECIPE = """\
Resep Cookies Cokelat Renyah untuk Hampers Lebaran

Kami membuat cookies cokelat ini setiap menjelang Lebaran untuk dibagikan kepada tetangga.
Bahan
- 200 gram mentega
- 150 gram gula palem
- 300 gram tepung terigu
- 100 gram cokelat chip
Cara Membuat
Kocok mentega dan gula hingga lembut, lalu masukkan tepung sedikit demi sedikit.
Panggang selama 15 menit pada suhu 170 derajat Celsius. Cookies akan mengeras setelah dingin.
Tips Penyimpanan
Simpan cookies di toples kedap udara agar tetap renyah hingga dua minggu.
"""

RAIL = """\
Kereta Cepat Jakarta-Bandung Layani Lima Juta Penumpang

Jakarta - Bandung kini bisa ditempuh sekitar 45 menit dengan kereta cepat yang beroperasi sejak \
Oktober 2023.
Presiden Joko Widodo - yang meresmikan layanan itu - menyebut kereta cepat sebagai awal transportasi \
modern di Indonesia.
KCIC - Kereta Cepat Indonesia China - mencatat tingkat keterisian rata-rata 80 persen pada akhir pekan.
Pemutaran video dokumenter tentang pembangunan jalur itu digelar di Stasiun Halim pukul 19.00 WIB.
Menurut data perusahaan, penumpang terbanyak tercatat pada Minggu, 31 Desember 2023, menjelang \
pergantian tahun.
Penumpang yang ingin berkomentar atau menyampaikan keluhan dapat menghubungi layanan pelanggan di \
nomor 121.
"""

BOILERPLATE_TRAPS = {
    "chronology": CHRONOLOGY,
    "copyright_law": COPYRIGHT_LAW,
    "how_to": HOW_TO,
    "recipe": RECIPE,
    "rail": RAIL,
}


@pytest.mark.parametrize("name", BOILERPLATE_TRAPS)
def test_boilerplate_trap_raises_no_flag(name: str, ruleset: Ruleset) -> None:
    assert flagged(BOILERPLATE_TRAPS[name], ruleset) == []


@pytest.mark.parametrize("name", BOILERPLATE_TRAPS)
def test_boilerplate_trap_comes_back_unchanged(name: str, ruleset: Ruleset, settings: Settings) -> None:
    text = BOILERPLATE_TRAPS[name]
    result = clean(text, ruleset, settings)
    assert result.text == normalise_text(text)
    assert result.title == text.split("\n", 1)[0]


def test_boilerplate_traps_are_in_the_documents() -> None:
    everything = "\n".join(BOILERPLATE_TRAPS.values())
    for trap in [
        "\nKamis, 11 Januari 2024\n",
        "\n13 Januari 2024\n",
        "pukul 10.00 WIB dan berakhir siang",
        "13/01/2024 | SDN 2 Tarogong",
        "Undang-undang Hak Cipta melindungi",
        "\nKomentar Para Ahli\n",
        "\nEditor foto dan penulis",
        "\nUnduh aplikasi WhatsApp",
        "\nKami membuat cookies",
        "\nJakarta - Bandung kini",
        "\nKCIC - Kereta Cepat",
        "Pemutaran video",
        '"Copyright bukan',
        "\n- Simpan file asli",
    ]:
        assert trap in everything, trap


# --- placeholder traps: real parentheticals and reference numbers, filled sources, recipe notes, sentences
# about tables and figures, web design as a topic, real closings, quoted chatbots, template syntax in a
# tutorial --------------------------------------------------------------------------------------------

WIKI_HISTORY = """\
Sejarah Pelabuhan Panjang di Lampung

Pelabuhan Panjang mulai dibangun pemerintah kolonial pada awal abad XX untuk mengangkut lada dan kopi \
dari pedalaman Lampung.[1] Pada masa itu, Lampung menjadi salah satu penghasil lada terbesar di \
Hindia Belanda (sekitar sepertiga ekspor lada dunia).[2]
Perkembangan Setelah Kemerdekaan
Setelah kemerdekaan, pelabuhan ini dikelola Pelabuhan Indonesia II (Pelindo II) dan menjadi gerbang \
ekspor komoditas perkebunan Sumatera bagian selatan.[3]
Produksi dan Ekspor
Tabel berikut merangkum volume bongkar muat beberapa tahun terakhir (dalam juta ton).
Tahun | Bongkar | Muat |
2021 | 8,4 | 6,1 |
2022 | 9,0 | 6,7 |
Sumber: Badan Pusat Statistik Provinsi Lampung, 2023
Seorang sejarawan menulis bahwa kota itu "tumbuh [dari] pelabuhan kecil menjadi simpul perdagangan \
Selat Sunda".[4]
Bencana besar juga pernah melanda kawasan ini (contoh: letusan Krakatau 1883) dan menghancurkan \
permukiman di pesisir.
"""

RECIPE_NOTES = """\
Resep Seruit Khas Lampung yang Mudah Dibuat di Rumah

Seruit adalah hidangan ikan bakar yang dicampur sambal terasi, tempoyak, dan lalapan.
Bahan-bahan
- 1 ekor ikan baung (ganti dengan ikan patin bila sulit didapat)
- 3 sendok makan tempoyak (sesuaikan dengan selera)
- 10 buah cabai rawit (kurangi jika tidak suka pedas)
Cara Membuat
- Bakar ikan hingga matang, lalu suwir dagingnya (pastikan tidak ada duri yang tertinggal).
- Ulek cabai dan terasi, lalu campurkan tempoyak.
- Aduk ikan dengan sambal hingga rata, sajikan dengan lalapan.
Tabel ini merangkum kandungan gizi per porsi.
Zat Gizi | Jumlah |
Protein | 24 g |
Lemak | 9 g |
Semoga artikel ini bermanfaat!
"""

WEB_DESIGN = """\
Mengapa Situs Usaha Kecil Wajib Berdesain Responsif

Desain responsif membuat sebuah situs menyesuaikan tata letaknya dengan ukuran layar pengunjung, dari \
ponsel hingga desktop.
Pengunjung dari Ponsel Terus Bertambah
Lebih dari separuh kunjungan ke situs toko daring kini berasal dari perangkat seluler. Situs yang \
tidak responsif membuat pengunjung harus menggulir ke samping dan memperbesar tulisan.
Teks Contoh Saat Merancang
Desainer biasanya mengisi rancangan dengan teks contoh lorem ipsum agar klien fokus pada tata letak, \
bukan isi tulisan.
Di kerangka web seperti Jinja, judul halaman dicetak dengan sintaks {{ judul }} pada berkas templat.
Tips Praktis
- Gunakan gambar dengan ukuran yang menyesuaikan lebar layar.
- Pastikan tombol cukup besar untuk disentuh dengan jari.
- Uji tampilan situs di beberapa peramban sebelum diluncurkan.
Gambar di bawah ini menunjukkan perbandingan tampilan situs responsif dan tidak responsif di layar ponsel.
"""

AI_NEWS = """\
Warganet Ramai Bagikan Jawaban Lucu Chatbot Pemerintah Daerah

Chatbot layanan publik milik sebuah pemerintah daerah menjadi perbincangan setelah tangkapan layar \
percakapannya beredar di media sosial.
"Sebagai model bahasa AI, saya tidak dapat membantu mengurus KTP Anda secara langsung," tulis chatbot \
itu menjawab pertanyaan seorang warga.
Kepala dinas komunikasi setempat mengatakan sistem itu masih diuji coba. "Beri tahu saya jika ada \
jawaban yang keliru, kami akan segera memperbaikinya," ujarnya.
Korban penipuan yang mengatasnamakan chatbot itu disebut mencapai puluhan orang (belum dikonfirmasi \
polisi).
Berikut adalah beberapa hal yang perlu diperhatikan warga sebelum memakai layanan daring:
- Jangan bagikan kode OTP kepada siapa pun.
- Periksa alamat situs resmi pemerintah daerah.
Terima kasih telah membaca.
"""

PLACEHOLDER_TRAPS = {
    "wiki_history": WIKI_HISTORY,
    "recipe_notes": RECIPE_NOTES,
    "web_design": WEB_DESIGN,
    "ai_news": AI_NEWS,
}


@pytest.mark.parametrize("name", PLACEHOLDER_TRAPS)
def test_placeholder_trap_raises_no_flag(name: str, ruleset: Ruleset) -> None:
    assert flagged(PLACEHOLDER_TRAPS[name], ruleset) == []


@pytest.mark.parametrize("name", PLACEHOLDER_TRAPS)
def test_placeholder_trap_comes_back_unchanged(name: str, ruleset: Ruleset, settings: Settings) -> None:
    text = PLACEHOLDER_TRAPS[name]
    result = clean(text, ruleset, settings)
    assert result.text == normalise_text(text)
    assert result.title == text.split("\n", 1)[0]


def test_placeholder_traps_are_in_the_documents() -> None:
    everything = "\n".join(PLACEHOLDER_TRAPS.values())
    for trap in [
        "dari pedalaman Lampung.[1]",
        "(sekitar sepertiga ekspor lada dunia)",
        "\nSumber: Badan Pusat Statistik Provinsi Lampung, 2023\n",
        '"tumbuh [dari] pelabuhan',
        "(contoh: letusan Krakatau 1883)",
        "(sesuaikan dengan selera)",
        "(ganti dengan ikan patin",
        "\nTabel ini merangkum",
        "\nSemoga artikel ini bermanfaat!\n",
        "menyesuaikan tata letaknya dengan ukuran layar",
        "teks contoh lorem ipsum",
        "{{ judul }}",
        '"Sebagai model bahasa AI, saya',
        '"Beri tahu saya jika',
        "(belum dikonfirmasi",
        "\nBerikut adalah beberapa hal",
        "\nGambar di bawah ini menunjukkan",
    ]:
        assert trap in everything, trap


# --- injected-spam traps: news about online gambling and illegal loans (police, OJK, Kominfo), Hong Kong
# trade data, and sport with `Toto` and time slots ------------------------------------------------------

LOAN_NEWS = """\
OJK Minta Warga Waspadai Tawaran Pinjol Ilegal Menjelang Lebaran

Otoritas Jasa Keuangan (OJK) mengimbau masyarakat tidak tergiur tawaran pinjaman online ilegal yang \
marak beredar menjelang Lebaran. Tawaran itu biasanya dikirim lewat pesan singkat dan WhatsApp dengan \
janji dana cepat cair tanpa jaminan.
"Pinjol ilegal kerap menawarkan pinjol tanpa BI checking dan bunga yang tampak ringan, padahal biaya \
tersembunyinya sangat besar," kata Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan OJK \
di Jakarta, Senin (18/3/2024).
Ciri Pinjol Ilegal
Menurut OJK, pinjol ilegal tidak terdaftar dan tidak diawasi. Pinjol jenis ini meminta akses ke seluruh \
kontak dan galeri ponsel, lalu memakainya untuk menagih dengan cara mengancam.
Satgas Pemberantasan Aktivitas Keuangan Ilegal mencatat lebih dari 500 entitas pinjol ilegal diblokir \
sepanjang kuartal pertama. Warga yang menjadi korban diminta melapor ke kontak resmi OJK atau ke polisi.
Sebelum meminjam, pastikan penyelenggara terdaftar di situs resmi OJK dan hitung kemampuan membayar \
cicilan setiap bulan.
"""

KOMINFO_NEWS = """\
Kominfo Putus Akses 2,1 Juta Konten Judi Online

Kementerian Komunikasi dan Informatika memutus akses terhadap 2,1 juta konten judi online sejak 2018. \
Sebagian besar konten itu berupa situs slot online dan togel yang menyamar sebagai situs berita atau \
situs pemerintah daerah.
Menurut Direktur Jenderal Aplikasi Informatika, para pelaku kerap menyisipkan kata kunci seperti slot \
gacor, rtp live, dan bocoran admin jarwo ke halaman situs resmi yang diretas. Cara ini membuat situs \
judi muncul di halaman pertama mesin pencari.
Kominfo juga bekerja sama dengan PPATK untuk menelusuri rekening yang dipakai menampung deposit para \
pemain. Sepanjang 2023, perputaran dana judi online diperkirakan mencapai Rp 327 triliun.
Masyarakat yang menemukan situs judi online dapat melapor melalui kanal aduan konten milik pemerintah.
"""

POLICE_NEWS = """\
Polres Jakarta Barat Tangkap Tiga Admin Situs Judi Online

Polres Metro Jakarta Barat menangkap tiga orang yang diduga menjadi admin situs judi online di sebuah \
apartemen di Kembangan. Ketiganya bertugas membalas pesan pemain dan mempromosikan situs tersebut di \
media sosial.
Kapolres mengatakan situs itu menawarkan togel hongkong, togel singapore, dan permainan slot. Para \
tersangka menerima gaji Rp 6 juta per bulan dari seorang bandar yang kini masih diburu.
Polisi menyita empat laptop, tujuh ponsel, dan buku tabungan. Tersangka dijerat Pasal 303 KUHP dan \
Undang-Undang ITE dengan ancaman pidana penjara hingga sepuluh tahun.
"""

HONG_KONG_TRADE = """\
Ekspor Indonesia ke Hong Kong Turun pada Kuartal Pertama

Nilai ekspor Indonesia ke Hong Kong turun 12 persen pada kuartal pertama 2024 dibanding periode yang sama \
tahun lalu. Penurunan terjadi terutama pada komoditas perhiasan dan batu bara.
Data HK menunjukkan penurunan ekspor juga dialami negara-negara Asia Tenggara lain. Pemerintah Hong Kong \
menyebut permintaan domestik melemah setelah suku bunga naik.
Menurut data Hong Kong Trade Development Council, impor kawasan itu dari ASEAN turun 9 persen. Ekonom \
memperkirakan permintaan baru pulih pada paruh kedua tahun ini.
Indonesia kini mencari pasar baru di Timur Tengah dan Afrika untuk menggantikan pasar yang melemah.
"""

F1_SPORT = """\
Toto Wolff Puji Strategi Mercedes di Grand Prix Singapura

Prinsipal tim Mercedes, Toto Wolff, memuji strategi timnya setelah George Russell finis kedua di Grand \
Prix Singapura. Russell sempat memimpin sebelum disalip pada sepuluh putaran terakhir.
Hasil SGP tahun ini membuat Mercedes naik ke posisi kedua klasemen konstruktor. Wolff mengatakan tim \
akan membawa pembaruan aerodinamika pada seri berikutnya di Jepang.
Sementara itu, panitia menyebut slot waktu latihan bebas akan dimajukan satu jam karena prakiraan hujan.
Tim lain juga mengeluhkan jadwal yang padat, dengan empat slot latihan dalam dua hari.
"""

PHARMA_RAID = """\
BPOM Sita Obat Kuat dan Krim Pemutih Ilegal Senilai Rp 2 Miliar

Balai Besar POM di Surabaya menyita ribuan kapsul obat kuat pria dan krim pemutih wajah tanpa izin edar \
dari sebuah gudang di Sidoarjo. Produk itu dijual daring dengan klaim tahan lama dan tanpa efek samping.
Kepala Balai mengatakan penjual menawarkan pengiriman dengan kemasan rahasia dan pembayaran COD. \
"Banyak konsumen tergiur harga murah tanpa resep dokter," ujarnya, Kamis (7/3/2024).
Pemilik gudang dijerat Undang-Undang Kesehatan dengan ancaman pidana penjara hingga 12 tahun.
Masyarakat diimbau membeli obat di apotek resmi dan memeriksa nomor izin edar di situs BPOM.
"""

SPAM_TRAP_DOCUMENTS = {
    "pharma_raid": PHARMA_RAID,
    "loan_news": LOAN_NEWS,
    "kominfo_news": KOMINFO_NEWS,
    "police_news": POLICE_NEWS,
    "hong_kong_trade": HONG_KONG_TRADE,
    "f1_sport": F1_SPORT,
}


@pytest.mark.parametrize("name", SPAM_TRAP_DOCUMENTS)
def test_spam_trap_document_raises_no_flag(name: str, ruleset: Ruleset) -> None:
    assert flagged(SPAM_TRAP_DOCUMENTS[name], ruleset) == []


@pytest.mark.parametrize("name", SPAM_TRAP_DOCUMENTS)
def test_spam_trap_document_comes_back_unchanged(name: str, ruleset: Ruleset, settings: Settings) -> None:
    text = SPAM_TRAP_DOCUMENTS[name]
    assert clean(text, ruleset, settings).text == normalise_text(text)


def test_spam_traps_are_in_the_documents() -> None:
    everything = "\n".join(SPAM_TRAP_DOCUMENTS.values())
    for trap in [
        "dana cepat cair tanpa jaminan",
        "pinjol tanpa BI checking",
        "slot online",
        "bocoran admin jarwo",
        "togel hongkong",
        "Data HK menunjukkan",
        "Toto Wolff",
        "Hasil SGP",
        "slot waktu",
        "obat kuat pria dan krim pemutih wajah",
        "tanpa efek samping",
        "tanpa resep dokter",
    ]:
        assert trap in everything, trap


# --- heading traps: headings that share the title's words, `Heading: Subtitle` headings, short real
# headings, consecutive headings, real lists and dashes inside sentences ------------------------------

QUESTION_GUIDE = """\
Apa Itu Reksa Dana? Ini Penjelasan Lengkapnya

Reksa dana adalah wadah untuk menghimpun dana dari masyarakat yang kemudian dikelola manajer investasi \
dalam bentuk saham, obligasi, atau pasar uang.
Reksa Dana: Pengertian dan Cara Kerjanya
Manajer investasi membeli berbagai efek sesuai kebijakan investasi yang tertulis dalam prospektus.
Jenis-Jenis Reksa Dana
Reksa Dana Pasar Uang
Jenis ini menempatkan dana pada deposito dan surat utang bertenor kurang dari satu tahun.
Reksa Dana Saham
Sebagian besar dananya ditempatkan di saham sehingga risikonya paling tinggi.
Cara Membeli Reksa Dana
Langkah 1: siapkan rekening bank dan KTP
Buka aplikasi agen penjual resmi yang terdaftar di Otoritas Jasa Keuangan, lalu isi data diri.
Langkah 2: pilih produk yang sesuai
Bandingkan kinerja, biaya, dan tingkat risiko beberapa produk sebelum membeli.
Hal yang perlu diperhatikan:
- Pastikan agen penjual terdaftar di OJK.
- Baca prospektus sebelum membeli.
- Sesuaikan produk dengan tujuan keuangan.
Penutup
Reksa dana cocok bagi investor pemula yang belum punya waktu memantau pasar setiap hari.
"""

GOLD_NEWS = """\
Harga Emas Antam Hari Ini Turun Rp 5.000, Simak Rinciannya

Harga emas hari ini - Senin, 12 Februari - turun Rp 5.000 menjadi Rp 1.130.000 per gram di \
Butik Emas Logam Mulia Pulogadung.
Harga buyback atau pembelian kembali juga turun ke posisi Rp 1.010.000 per gram.
Harga Emas Antam Hari Ini
Emas batangan ukuran 0,5 gram dijual Rp 615.000, sedangkan ukuran 1 kilogram dijual Rp 1,07 miliar.
Emas Antam, Investasi Aman Saat Ekonomi Lesu
Analis menilai emas tetap menarik karena nilainya cenderung stabil ketika pasar saham bergejolak.
Harga Emas Dunia
Di pasar spot, harga emas dunia bergerak di kisaran 2.020 dolar AS per troy ons.
Kelebihan dan Kekurangan
Emas mudah dicairkan, tetapi tidak memberi imbal hasil rutin seperti deposito.
Emas Perhiasan
Harga emas perhiasan 24 karat di toko emas Cikini mengikuti pergerakan harga Antam.
Kelebihan dan Kekurangan
Perhiasan bisa dipakai sehari-hari, tetapi ada ongkos pembuatan yang tidak kembali saat dijual.
"""

HEADING_TRAPS = {"question_guide": QUESTION_GUIDE, "gold_news": GOLD_NEWS}


@pytest.mark.parametrize("name", HEADING_TRAPS)
def test_heading_trap_raises_no_flag(name: str, ruleset: Ruleset) -> None:
    assert flagged(HEADING_TRAPS[name], ruleset) == []


@pytest.mark.parametrize("name", HEADING_TRAPS)
def test_heading_trap_comes_back_unchanged(name: str, ruleset: Ruleset, settings: Settings) -> None:
    text = HEADING_TRAPS[name]
    result = clean(text, ruleset, settings)
    assert result.text == normalise_text(text)
    assert result.title == text.split("\n", 1)[0]


def test_heading_traps_are_in_the_documents() -> None:
    everything = "\n".join(HEADING_TRAPS.values())
    for trap in [
        "? Ini Penjelasan Lengkapnya\n",  # a question title
        "\nReksa Dana: Pengertian dan Cara Kerjanya\n",  # `Heading: Subtitle` sharing the title's words
        "\nJenis-Jenis Reksa Dana\nReksa Dana Pasar Uang\n",  # consecutive headings
        "\nLangkah 1: siapkan rekening",  # a lower-case subtitle after a colon
        "\n- Pastikan agen",  # a real bullet list
        "\nPenutup\n",  # a short real heading
        "hari ini - Senin, 12 Februari - turun",  # dashes inside a sentence, after the topic's words
        "\nHarga Emas Antam Hari Ini\n",  # a heading that is the start of the title
        "\nEmas Antam, Investasi Aman",  # a capitalised part after a comma
        "\nKelebihan dan Kekurangan\n",  # a subheading each section repeats
    ]:
        assert trap in everything, trap
