"""Placeholders: verification notes and Wikipedia's maintenance markers, unfinished source attributions,
unfilled template tokens and slots, generator residue and sentences about the page's own layout are
flagged; ordinary brackets, reference numbers, real sources, instructions, quotes, real closings and
sentences that merely use the same words are not."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.rules import Ruleset
from tests.helpers import clean, flagged

TITLE = "Sejarah Kota Bandar Lampung"
LEAD = "Bandar Lampung adalah ibu kota Provinsi Lampung sekaligus kota terbesar di ujung selatan Sumatera."
CLOSE = "Kini kota ini menjadi pintu gerbang utama arus barang dan penumpang dari Jawa ke Sumatera."


def page(*lines: str) -> str:
    return "\n".join([TITLE, "", LEAD, *lines, CLOSE])


# --- verification notes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "note", "cleaned"),
    [
        (
            "Penduduknya mencapai 1,2 juta jiwa (data perlu diverifikasi).",
            " (data perlu diverifikasi)",
            "Penduduknya mencapai 1,2 juta jiwa.",
        ),
        (
            "Luas wilayahnya sekitar 197 kilometer persegi (angka ini perlu dikonfirmasi ke BPS).",
            " (angka ini perlu dikonfirmasi ke BPS)",
            "Luas wilayahnya sekitar 197 kilometer persegi.",
        ),
        (
            "Nama Tanjungkarang sudah dipakai sejak abad ke-19 [perlu rujukan] oleh para pedagang.",
            " [perlu rujukan]",
            "Nama Tanjungkarang sudah dipakai sejak abad ke-19 oleh para pedagang.",
        ),
        (
            "Pelabuhan Panjang adalah pelabuhan ekspor kopi terbesar di Sumatera [citation needed].",
            " [citation needed]",
            "Pelabuhan Panjang adalah pelabuhan ekspor kopi terbesar di Sumatera.",
        ),
        (
            "Produk unggulan daerah ini adalah keripik pisang (TODO: tambahkan daftar sentra produksi).",
            " (TODO: tambahkan daftar sentra produksi)",
            "Produk unggulan daerah ini adalah keripik pisang.",
        ),
    ],
)
def test_verification_note_flagged(
    line: str, note: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert flagged(page(line), ruleset, "placeholder") == [note]
    assert flagged(page(line), ruleset, "placeholder.verification_note") == [note]
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Kota ini menjadi pusat Lampung Selatan (Lamsel) sebelum pemekaran wilayah.",
        "Penduduk kota ini mencapai 1,2 juta jiwa (BPS, 2023) dan terus bertambah.",
        "Kota ini dijuluki Kota Tapis Berseri (Bersih, Sehat, Indah, dan Sejuk).",
        "Harga tiket masuk Taman Gajah Wisata Rp 25.000 (belum termasuk parkir).",
        # Instructions in parentheses are content, not template slots.
        "Tambahkan garam dan gula secukupnya (sesuaikan dengan selera) lalu aduk rata.",
        "Tulis nama lengkap pada formulir (isi dengan huruf kapital) lalu serahkan ke petugas.",
        "Ketik REG spasi NIK (masukkan 16 digit NIK Anda) lalu kirim ke 4444.",
        "Gempa besar juga pernah melanda kawasan ini (Contoh: Gempa Liwa 1994).",
    ],
)
def test_verification_note_leaves_ordinary_brackets(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- unfinished source attributions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "attribution", "cleaned"),
    [
        # A source slot never filled in.
        (
            ["Pelabuhan Panjang melayani ekspor kopi robusta ke 20 negara (Sumber: [masukkan tautan])."],
            "(Sumber: [masukkan tautan])",
            ["Pelabuhan Panjang melayani ekspor kopi robusta ke 20 negara."],
        ),
        (
            ["Jumlah kunjungan wisatawan naik dua kali lipat (Sumber:)."],
            "(Sumber:)",
            ["Jumlah kunjungan wisatawan naik dua kali lipat."],
        ),
        (
            ["Angka kemiskinan turun menjadi 7,5 persen (Referensi: perlu ditambahkan)."],
            "(Referensi: perlu ditambahkan)",
            ["Angka kemiskinan turun menjadi 7,5 persen."],
        ),
        # Opened on one line and closed on the next with a note; its short label goes with it.
        (
            ["Data kunjungan wisatawan (Sumber", "Tambahkan sumber data resmi dari BPS*)"],
            "Data kunjungan wisatawan (Sumber\nTambahkan sumber data resmi dari BPS*)",
            [],
        ),
        # Opened and never closed.
        (
            ["Pernyataan resmi Pemkot (Sumber"],
            "Pernyataan resmi Pemkot (Sumber",
            [],
        ),
    ],
)
def test_unfinished_attribution_flagged(
    lines: list[str], attribution: str, cleaned: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    assert attribution in flagged(page(*lines), ruleset, "placeholder.unfinished_attribution")
    assert clean(page(*lines), ruleset, settings).text == page(*cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Penduduk kota ini 1,2 juta jiwa (Sumber: Badan Pusat Statistik, 2023).",
        "Tabel berikut merangkum jumlah penduduk per kecamatan (Sumber: BPS Kota Bandar Lampung).",
        "Kutipan itu diambil dari pidato wali kota (Referensi: Lampung Post, 12 Mei 2023).",
        "Sumber air bersih warga berasal dari PDAM Way Rilau (dikelola pemerintah kota).",
    ],
)
def test_unfinished_attribution_leaves_real_sources(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- layout talk -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tabel ini dirancang responsif agar mudah dibaca di berbagai perangkat.",
        "Tabel di bawah ini dapat digulir ke samping jika dibuka di layar ponsel.",
        "Artikel ini telah dioptimalkan agar tampil dengan baik di semua perangkat.",
        "Infografis ini dibuat responsif sehingga nyaman dibaca di ponsel maupun desktop.",
        "Halaman ini mobile-friendly dan dapat dibuka dari peramban apa pun.",
    ],
)
def test_layout_talk_flagged(sentence: str, ruleset: Ruleset, settings: Settings) -> None:
    line = f"Berikut data penduduk per kecamatan tahun 2023. {sentence}"
    assert flagged(page(line), ruleset, "placeholder") == [sentence]
    assert clean(page(line), ruleset, settings).text == page(
        "Berikut data penduduk per kecamatan tahun 2023."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tabel ini merangkum isu-isu sosial di setiap kecamatan.",
        "Artikel ini membahas perangkat lunak akuntansi yang responsif terhadap kebutuhan UMKM.",
        "Artikel ini membahas cara memilih browser yang aman untuk anak.",
        "Pemerintah meminta aplikasi layanan publik dibuat responsif agar mudah diakses lewat ponsel.",
        "Tulisan ini membahas sejarah layar tancap di Bandar Lampung pada era 1980-an.",
    ],
)
def test_layout_talk_leaves_sentences_about_the_topic(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- shared checks ---------------------------------------------------------------------------------


def assert_flags(
    lines: list[str], rule: str, spans: list[str], cleaned: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    """Exactly `spans` are flagged in the category, all by `rule`, and cleaning leaves `cleaned`."""
    text = page(*lines)
    assert flagged(text, ruleset, "placeholder") == spans
    assert flagged(text, ruleset, f"placeholder.{rule}.") == spans
    assert clean(text, ruleset, settings).text == page(*cleaned)


# --- verification notes in other wordings ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "note", "cleaned"),
    [
        # A request and a check word.
        (
            "Jumlah penerima bantuan mencapai 12.000 keluarga (perlu konfirmasi ulang ke dinas sosial).",
            " (perlu konfirmasi ulang ke dinas sosial)",
            "Jumlah penerima bantuan mencapai 12.000 keluarga.",
        ),
        (
            "Inflasi tahunan tercatat 2,8 persen (angka sementara, harap dikonfirmasi).",
            " (angka sementara, harap dikonfirmasi)",
            "Inflasi tahunan tercatat 2,8 persen.",
        ),
        (
            "Jalan tol ini memangkas waktu tempuh (jumlah ini mohon dicek kembali ke sumber aslinya).",
            " (jumlah ini mohon dicek kembali ke sumber aslinya)",
            "Jalan tol ini memangkas waktu tempuh.",
        ),
        (
            "Sekolah dasar di kota ini ada 312 unit (informasi tersebut harus diperiksa ulang akurasinya).",
            " (informasi tersebut harus diperiksa ulang akurasinya)",
            "Sekolah dasar di kota ini ada 312 unit.",
        ),
        # An update asked for.
        (
            "Rasio guru dan murid di kota ini 1:18 [statistik perlu diperbarui].",
            " [statistik perlu diperbarui]",
            "Rasio guru dan murid di kota ini 1:18.",
        ),
        # A check word opening the note as an order, with or without a note label.
        (
            "Pabrik gula itu berdiri pada 1884 [cek ulang data ini sebelum terbit].",
            " [cek ulang data ini sebelum terbit]",
            "Pabrik gula itu berdiri pada 1884.",
        ),
        (
            "Produksi padi naik 7 persen (Catatan editor: verifikasi angka ini dengan laporan BPS).",
            " (Catatan editor: verifikasi angka ini dengan laporan BPS)",
            "Produksi padi naik 7 persen.",
        ),
        (
            "Ekspor kopi mencapai 40 ribu ton [please verify this figure] tahun lalu.",
            " [please verify this figure]",
            "Ekspor kopi mencapai 40 ribu ton tahun lalu.",
        ),
        # A reference asked for.
        (
            "Kesultanan ini runtuh pada abad ke-17 (butuh referensi).",
            " (butuh referensi)",
            "Kesultanan ini runtuh pada abad ke-17.",
        ),
        (
            "Luas hutan mangrove di pesisir kota tinggal 800 hektare (perlu sumber resmi).",
            " (perlu sumber resmi)",
            "Luas hutan mangrove di pesisir kota tinggal 800 hektare.",
        ),
        (
            "Pasar Bawah sudah ramai sejak zaman Belanda (belum ada rujukan).",
            " (belum ada rujukan)",
            "Pasar Bawah sudah ramai sejak zaman Belanda.",
        ),
        # Nothing but a request to check.
        ("Produksi garam turun tajam (perlu dicek).", " (perlu dicek)", "Produksi garam turun tajam."),
        (
            "Pasar ini buka sejak 1950 (harus dicek ulang).",
            " (harus dicek ulang)",
            "Pasar ini buka sejak 1950.",
        ),
        # A correction asked for.
        (
            "Angka pengangguran naik 2 persen (mohon koreksi jika keliru).",
            " (mohon koreksi jika keliru)",
            "Angka pengangguran naik 2 persen.",
        ),
    ],
)
def test_verification_note_wordings_flagged(
    line: str, note: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert_flags([line], "verification_note", [note], [cleaned], ruleset, settings)


@pytest.mark.parametrize(
    ("line", "marker", "cleaned"),
    [
        (
            "Candi itu dipugar pada masa kolonial[butuh rujukan] dan dibuka untuk umum.",
            "[butuh rujukan]",
            "Candi itu dipugar pada masa kolonial dan dibuka untuk umum.",
        ),
        (
            "Nama pasar ini berasal dari bahasa Lampung[rujukan?].",
            "[rujukan?]",
            "Nama pasar ini berasal dari bahasa Lampung.",
        ),
        (
            "Jembatan gantung itu putus[kapan?] akibat banjir besar.",
            "[kapan?]",
            "Jembatan gantung itu putus akibat banjir besar.",
        ),
        (
            "Gagasan itu pertama kali dicetuskan[menurut siapa?] oleh para pedagang.",
            "[menurut siapa?]",
            "Gagasan itu pertama kali dicetuskan oleh para pedagang.",
        ),
        (
            "Menurut tradisi, pendirinya datang dari Banten[di mana?].",
            "[di mana?]",
            "Menurut tradisi, pendirinya datang dari Banten.",
        ),
        (
            "Tokoh itu disebut-sebut sebagai pendiri kampung [siapa?] pada abad ke-18.",
            " [siapa?]",
            "Tokoh itu disebut-sebut sebagai pendiri kampung pada abad ke-18.",
        ),
        (
            "Arsip digital koran itu tidak dapat dibuka lagi.[pranala nonaktif permanen]",
            "[pranala nonaktif permanen]",
            "Arsip digital koran itu tidak dapat dibuka lagi.",
        ),
        (
            "Kutipan itu dimuat dalam buku sejarah daerah[halaman diperlukan].",
            "[halaman diperlukan]",
            "Kutipan itu dimuat dalam buku sejarah daerah.",
        ),
        (
            "Pertempuran itu menewaskan ratusan orang [verifikasi gagal] di tepi sungai.",
            " [verifikasi gagal]",
            "Pertempuran itu menewaskan ratusan orang di tepi sungai.",
        ),
        (
            "Wilayah ini dulu menjadi bagian dari Kesultanan Banten[meragukan – diskusikan].",
            "[meragukan – diskusikan]",
            "Wilayah ini dulu menjadi bagian dari Kesultanan Banten.",
        ),
        (
            "Tarian itu hanya dipentaskan saat panen raya[klarifikasi diperlukan].",
            "[klarifikasi diperlukan]",
            "Tarian itu hanya dipentaskan saat panen raya.",
        ),
        # Any short bracket saying something is needed.
        (
            "Warga menolak rencana itu pada masa kolonial [tahun dibutuhkan].",
            " [tahun dibutuhkan]",
            "Warga menolak rencana itu pada masa kolonial.",
        ),
        (
            "Kerajaan ini runtuh karena perang saudara[penjelasan lebih lanjut diperlukan].",
            "[penjelasan lebih lanjut diperlukan]",
            "Kerajaan ini runtuh karena perang saudara.",
        ),
        (
            "Pajak daerah naik 10 persen[rujukan rusak].",
            "[rujukan rusak]",
            "Pajak daerah naik 10 persen.",
        ),
        (
            "Bangunan ini didirikan oleh Belanda[dipertentangkan – diskusikan].",
            "[dipertentangkan – diskusikan]",
            "Bangunan ini didirikan oleh Belanda.",
        ),
        ("Harga emas tembus rekor baru[?].", "[?]", "Harga emas tembus rekor baru."),
        (
            "The port was first used by Dutch traders[when?] to ship pepper.",
            "[when?]",
            "The port was first used by Dutch traders to ship pepper.",
        ),
    ],
)
def test_wiki_marker_flagged(
    line: str, marker: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert_flags([line], "verification_note", [marker], [cleaned], ruleset, settings)


@pytest.mark.parametrize(
    "line",
    [
        # A check word reporting a fact, not asking for a check.
        "Produk ini sudah terdaftar (diverifikasi oleh BPOM) sejak 2019.",
        "Rekapitulasi suara (dikonfirmasi KPU pada 20 Maret) menunjukkan hasil serupa.",
        "Angka kemiskinan turun menjadi 9 persen (data diperbarui setiap Maret dan September).",
        # Instructions about the topic.
        "Ganti oli mesin secara rutin (perlu dicek setiap 10.000 km).",
        "Lihat ketentuan lengkap dalam undang-undang tersebut (periksa Pasal 5).",
        "Sebelum transfer, pastikan nomor rekening benar (cek kembali nomor tujuan).",
        "Buat akun baru di aplikasi (pendaftar perlu verifikasi email terlebih dahulu).",
        "Unduh pembaruan terbaru (perbarui aplikasi ke versi 5.2) sebelum mendaftar.",
        "Surat izin mengemudi berlaku lima tahun (perlu diperbarui sebelum habis masa berlakunya).",
        "Jumlah korban sempat ditulis 20 orang (Koreksi: jumlah korban yang benar 12 orang).",
        "Naskah akademik itu sudah diserahkan ke DPR (revisi kedua).",
        "Budi (nama samaran) mengaku tertipu pinjaman daring ilegal.",
        "Proyek ini butuh modal besar (perlu sumber daya manusia yang terlatih).",
        # A report about confirmation is news, not residue.
        "Korban tewas mencapai 12 orang (belum dikonfirmasi) menurut warga setempat.",
        # Reference marks after a full stop, editors' insertions and ellipses in quotes (placeholder.toml).
        "Kerajaan itu berdiri pada abad ke-16.[a]",
        "“Dia [Gubernur] sudah menyetujui rencana itu,” kata juru bicara.",
        "“Kami tidak akan membiarkan [kebijakan itu] berlanjut [sic],” ujarnya.",
        "Ia menulis, “pembangunan [...] harus merata hingga ke desa.”",
        "Penduduk kota ini 1,2 juta jiwa (sumber: BPS, 2023).",
        "Catatan sejarah kota (termasuk arsip kolonial) tersimpan di perpustakaan daerah.",
    ],
)
def test_verification_note_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# --- template tokens ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "tokens", "cleaned"),
    [
        # Template syntax.
        (
            "Kota ini dipimpin oleh {{ nama_walikota }} sejak {{tahun_menjabat}}.",
            ["{{ nama_walikota }}", "{{tahun_menjabat}}"],
            ["Kota ini dipimpin oleh sejak."],
        ),
        (
            "Selamat datang di %%sitename%% — portal berita Lampung.",
            ["%%sitename%%"],
            ["Selamat datang di — portal berita Lampung."],
        ),
        ("{% include 'iklan-tengah.html' %}", ["{% include 'iklan-tengah.html' %}"], []),
        ("<!-- /wp:heading -->", ["<!-- /wp:heading -->"], []),
        (
            "Promo berlaku untuk pelanggan di {NAMA_KOTA} hingga akhir bulan.",
            ["{NAMA_KOTA}"],
            ["Promo berlaku untuk pelanggan di hingga akhir bulan."],
        ),
        (
            "Pendaftaran dibuka di kantor [nama_instansi] setiap hari kerja.",
            ["[nama_instansi]"],
            ["Pendaftaran dibuka di kantor setiap hari kerja."],
        ),
        # A token with only a label left: the label goes with it.
        ("Penulis: {{ author_name }}", ["Penulis: {{ author_name }}"], []),
        # Fill-in slots in square brackets.
        ("[Judul Artikel]", ["[Judul Artikel]"], []),
        ("[sisipkan grafik pertumbuhan ekonomi]", ["[sisipkan grafik pertumbuhan ekonomi]"], []),
        ("[Ilustrasi: peta wilayah kecamatan]", ["[Ilustrasi: peta wilayah kecamatan]"], []),
        ("[ADD CTA BUTTON]", ["[ADD CTA BUTTON]"], []),
        (
            "Wawancara dengan [nama narasumber] dilakukan pekan lalu.",
            [" [nama narasumber]"],
            ["Wawancara dengan dilakukan pekan lalu."],
        ),
        (
            "Festival ini digelar setiap tahun di [kota].",
            [" [kota]"],
            ["Festival ini digelar setiap tahun di."],
        ),
        (
            "Kota ini berdiri pada tahun [masukkan tahun berdiri] sebagai gabungan dua kota.",
            [" [masukkan tahun berdiri]"],
            ["Kota ini berdiri pada tahun sebagai gabungan dua kota."],
        ),
        (
            "Menara Siger menjadi ikon kota [sisipkan foto Menara Siger di sini] sejak 2008.",
            [" [sisipkan foto Menara Siger di sini]"],
            ["Menara Siger menjadi ikon kota sejak 2008."],
        ),
        # A fill-in instruction in parentheses that points at its own spot.
        (
            "Ubi cilembu dipanen setelah empat bulan (tambahkan foto panen di sini).",
            [" (tambahkan foto panen di sini)"],
            ["Ubi cilembu dipanen setelah empat bulan."],
        ),
        # Filler Latin, with or without the famous opening words.
        (
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            ["Lorem ipsum dolor sit amet, consectetur adipiscing elit."],
            [],
        ),
        (
            "Nullam quis risus eget urna mollis ornare vel eu leo.",
            ["Nullam quis risus eget urna mollis ornare vel eu leo."],
            [],
        ),
        (
            "Pantai ini cocok untuk keluarga. Lorem ipsum dolor sit amet.",
            ["Lorem ipsum dolor sit amet."],
            ["Pantai ini cocok untuk keluarga."],
        ),
        # Slots in angle brackets and single braces, shortcodes, snake-case variables.
        (
            "Kampung ini dikenal dengan <nama produk unggulan> yang diekspor ke Jepang.",
            [" <nama produk unggulan>"],
            ["Kampung ini dikenal dengan yang diekspor ke Jepang."],
        ),
        (
            "Hubungi kami di {nomor telepon} untuk pemesanan.",
            [" {nomor telepon}"],
            ["Hubungi kami di untuk pemesanan."],
        ),
        (
            '[caption id="attachment_12" align="alignnone" width="640"]',
            ['[caption id="attachment_12" align="alignnone" width="640"]'],
            [],
        ),
        ("Acara ini disponsori oleh __SPONSOR_NAME__.", ["__SPONSOR_NAME__"], ["Acara ini disponsori oleh."]),
        ("Artikel ini ditulis oleh $nama_penulis.", ["$nama_penulis"], ["Artikel ini ditulis oleh."]),
        # A slot in parentheses: only a bare link word or `nama` with a slot noun.
        (
            "Menurut laporan (nama media), harga beras naik lagi.",
            [" (nama media)"],
            ["Menurut laporan, harga beras naik lagi."],
        ),
        # A line that is only an instruction pointing at itself, or a to-do.
        ("Tulis deskripsi singkat produk di sini", ["Tulis deskripsi singkat produk di sini"], []),
        ("Judul artikel di sini", ["Judul artikel di sini"], []),
        ("TODO: tambahkan grafik penjualan tahun 2023", ["TODO: tambahkan grafik penjualan tahun 2023"], []),
        # Media slots may carry a number.
        ("[Gambar 1]", ["[Gambar 1]"], []),
        ("[Tabel 2: perbandingan harga beras]", ["[Tabel 2: perbandingan harga beras]"], []),
        # Filler numbers.
        (
            "Harga tanah di kawasan ini naik XXX persen dalam lima tahun.",
            ["XXX persen"],
            ["Harga tanah di kawasan ini naik dalam lima tahun."],
        ),
        ("Nilai investasinya mencapai Rp XX.XXX juta.", ["Rp XX.XXX juta"], ["Nilai investasinya mencapai."]),
        ("XXXX", ["XXXX"], []),
        ("Tiket masuk dibanderol Rp ... per orang.", ["Rp ..."], ["Tiket masuk dibanderol per orang."]),
        ("Pendaftaran ditutup pada XX/XX/XXXX.", ["XX/XX/XXXX"], ["Pendaftaran ditutup pada."]),
    ],
)
def test_template_token_flagged(
    line: str, tokens: list[str], cleaned: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    assert_flags([line], "template_token", tokens, cleaned, ruleset, settings)


@pytest.mark.parametrize(
    "line",
    [
        "Lorem ipsum adalah teks contoh yang dipakai desainer untuk mengisi tata letak.",
        "Pada abad XX, kota ini berkembang menjadi pusat perdagangan lada.",
        "Olimpiade XXX digelar di London pada 2012.",
        "Hubungi nomor 0812-XXXX-XXXX jika menerima pesan yang mencurigakan.",
        "Presiden meninjau Pasar Johar. [Foto: Antara/Reno Esnir]",
        "Pilih menu [Pengaturan] lalu tekan tombol [Simpan].",
        "“Ia [kota itu] tumbuh terlalu cepat,” kata sejarawan itu.",
        "Catatan kaki nomor [3] merujuk pada arsip kolonial.",
        "Ketik REG spasi NIK (masukkan 16 digit NIK Anda) lalu kirim ke 4444.",
        "Tulis nama lengkap Anda di kolom yang tersedia pada formulir.",
        "Seorang warga (bukan nama sebenarnya) menceritakan kisahnya.",
        "Kurung kurawal {a, b, c} menyatakan himpunan dengan tiga anggota.",
        "Nilai x < 5 dan y > 3 memenuhi pertidaksamaan itu.",
        "Saya tinggal di sini sejak kecil.",
        "Pada tahun [2019] jumlahnya meningkat tajam.",
    ],
)
def test_template_token_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


def test_template_syntax_stays_on_a_page_about_templating(ruleset: Ruleset) -> None:
    text = "\n".join(
        [
            "Belajar Template Jinja untuk Pemula",
            "",
            "Jinja adalah mesin templat populer untuk aplikasi web berbasis Python.",
            "Gunakan {{ nama }} untuk menampilkan isi variabel di dalam halaman.",
            "Blok {% for item in daftar %} mengulang isi daftar satu per satu.",
        ]
    )
    assert flagged(text, ruleset, "placeholder") == []
    # The same tokens on a page about something else are residue.
    other = (
        text.replace("Template Jinja", "Kopi Robusta")
        .replace("Jinja adalah mesin templat", "Kopi robusta adalah komoditas")
        .replace("aplikasi web berbasis Python", "petani di Lampung")
    )
    assert flagged(other, ruleset, "placeholder.template_token") == [
        "{{ nama }}",
        "{% for item in daftar %}",
    ]


# --- unfinished attributions: label lines and stray requests -------------------------------------


@pytest.mark.parametrize(
    ("lines", "spans", "cleaned"),
    [
        (["Sumber: [nama media]"], ["Sumber: [nama media]"], []),
        (["Referensi: [masukkan judul buku]"], ["Referensi: [masukkan judul buku]"], []),
        (["Foto: [foto pelabuhan]"], ["Foto: [foto pelabuhan]"], []),
        (["- Sumber gambar: [link]"], ["- Sumber gambar: [link]"], []),
        (["Sumber: (cantumkan sumber resmi)"], ["Sumber: (cantumkan sumber resmi)"], []),
        (["Sumber data: (belum ada)"], ["Sumber data: (belum ada)"], []),
        (["Sumber: belum tersedia"], ["Sumber: belum tersedia"], []),
        (["Sumber: <tautan artikel>"], ["Sumber: <tautan artikel>"], []),
        (["Diambil dari: -"], ["Diambil dari: -"], []),
        (["Sumber: Nama Media, Tanggal"], ["Sumber: Nama Media, Tanggal"], []),
        (["Sumber: https://www.contoh.com/artikel"], ["Sumber: https://www.contoh.com/artikel"], []),
        (
            ["Harga cabai naik tajam (Sumber: nama penulis, judul buku, tahun)."],
            ["(Sumber: nama penulis, judul buku, tahun)"],
            ["Harga cabai naik tajam."],
        ),
        (["Sumber: —"], ["Sumber: —"], []),
        (["Kredit foto: nama fotografer"], ["Kredit foto: nama fotografer"], []),
        (
            ["Harga lada naik dua kali lipat (dikutip dari [nama media])."],
            ["(dikutip dari [nama media])"],
            ["Harga lada naik dua kali lipat."],
        ),
        (
            ["Harga lada naik dua kali lipat (Sumber: menyusul)."],
            ["(Sumber: menyusul)"],
            ["Harga lada naik dua kali lipat."],
        ),
        # After a sentence on the same line: the label goes with the slot.
        (
            ["Desa ini terletak di tepi Way Sekampung. — Sumber: [masukkan sumber]"],
            [" — Sumber: [masukkan sumber]"],
            ["Desa ini terletak di tepi Way Sekampung."],
        ),
        # A stray request for a source, with or without the `*)` of an attribution cut in two.
        (
            ["Perlu dicantumkan sumber resmi BPS yang relevan*)"],
            ["Perlu dicantumkan sumber resmi BPS yang relevan*)"],
            [],
        ),
        (
            ["Tambahkan referensi resmi dari dinas terkait"],
            ["Tambahkan referensi resmi dari dinas terkait"],
            [],
        ),
        (["*) Rujukan belum dicantumkan"], ["*) Rujukan belum dicantumkan"], []),
        (["Sumber data resmi perlu dilampirkan"], ["Sumber data resmi perlu dilampirkan"], []),
    ],
)
def test_unfinished_label_flagged(
    lines: list[str], spans: list[str], cleaned: list[str], ruleset: Ruleset, settings: Settings
) -> None:
    assert_flags(lines, "unfinished_attribution", spans, cleaned, ruleset, settings)


def test_bare_source_label_closing_the_page_flagged(ruleset: Ruleset, settings: Settings) -> None:
    text = page() + "\nSumber:"
    assert flagged(text, ruleset, "placeholder.unfinished_attribution") == ["Sumber:"]
    assert clean(text, ruleset, settings).text == page()


def test_bare_source_label_next_to_a_request_flagged(ruleset: Ruleset) -> None:
    lines = ["Perlu dicantumkan sumber resmi yang relevan*)", "Sumber:", "Kota ini terus berbenah."]
    assert flagged(page(*lines), ruleset, "placeholder.unfinished_attribution") == lines[:2]


@pytest.mark.parametrize(
    "after",
    [
        # Page chrome, not a source.
        "Laporan wartawan Lampung Post, Rina Marlina",
        # A paragraph too long to be a source, even with a year in it.
        "Pada 1912 pemerintah kolonial memindahkan pusat pemerintahan ke Tanjungkarang, lalu membangun jalur "
        "kereta api yang menghubungkan kota itu dengan Pelabuhan Panjang dan kota-kota di pedalaman Lampung.",
        # A sentence naming no source.
        "Warga menyambut baik rencana itu.",
        # A table is not a source.
        "Kecamatan | Penduduk | Luas (km²) |",
    ],
)
def test_bare_source_label_before_text_that_is_no_source_flagged(after: str, ruleset: Ruleset) -> None:
    assert flagged(page("Sumber:", after), ruleset, "placeholder.unfinished_attribution") == ["Sumber:"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Sumber: Kementerian Keuangan, 2022"],
        ["Sumber:", "Antara"],
        ["Sumber: Penerbit Gramedia, 2019"],
        ["Sumber: https://www.bps.go.id/publikasi"],
        ["Sumber:", "Wawancara dengan Kepala Dinas Pariwisata, 3 Mei 2024"],
        ["Sumber air perlu dijaga kebersihannya."],
        ["Sumber pendanaan perlu ditambahkan dalam proposal."],
        ["Sumber data: Kementerian Pendidikan"],
        ["Sumber: diolah dari data Badan Pangan Nasional tahun 2021"],
        ["Referensi: Lampung Post, 12 Mei 2023"],
        ["Penulis: Ahmad Fauzi"],
        ["Foto keluarga itu dipajang di ruang tamu."],
        ["Sumber:", "- Badan Pusat Statistik", "- Dinas Pariwisata Provinsi Lampung"],
        ["Sumber:", "Badan Pusat Statistik Kota Bandar Lampung"],
        ["Sumber:", "Badan Pusat Statistik. (2023). Kota Bandar Lampung dalam Angka. Bandar Lampung: BPS."],
        ["Kabar itu beredar luas (dikutip dari akun resmi Pemkot)."],
        ["Tambahkan sumber protein seperti telur dan tahu ke menu harian anak."],
        ["Tambahkan sumber protein lain seperti telur dan tahu."],
        ["Sertakan link resmi pendaftaran di bio Instagram."],
        ["Perlu ditambahkan bahwa harga cabai juga naik pekan ini."],
    ],
)
def test_unfinished_label_leaves_real_sources(lines: list[str], ruleset: Ruleset) -> None:
    assert flagged(page(*lines), ruleset, "placeholder") == []


# --- generator residue -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # Preambles.
        "Baik, berikut draf artikel tentang wisata Teluk Kiluan yang Anda minta:",
        "Tentu saja! Berikut ini artikel blog mengenai manfaat jamu untuk kesehatan.",
        "Oke, ini dia artikel tentang sejarah Kota Bandar Lampung:",
        "Berikut adalah artikel tentang budidaya lele di pekarangan rumah:",
        "Siap! Berikut konten yang sudah ramah SEO untuk topik kopi robusta.",
        "Berikut versi artikel yang telah disesuaikan dengan kata kunci utama Anda.",
        "Baiklah, saya akan menuliskan artikel tentang tradisi Begawi.",
        "Certainly! Here's a blog post about Lampung coffee:",
        "Here is the article you requested about traditional markets.",
        # An assistant talking to whoever asked for the text.
        "Apakah Anda ingin saya menambahkan bagian tentang kuliner khas?",
        "Saya dapat membantu Anda menyesuaikan gaya bahasa artikel ini.",
        "Semoga bermanfaat! Jangan ragu untuk meminta revisi jika ada bagian yang kurang sesuai.",
        "Let me know if you'd like a shorter version.",
        # A generator speaking of itself.
        "Sebagai asisten AI, saya tidak dapat memastikan angka terbaru.",
        "Sebagai model bahasa, saya tidak memiliki pendapat pribadi tentang calon wali kota.",
        "Perlu diingat bahwa data pelatihan saya terbatas hingga 2023.",
        # Notes about the text being a sample.
        "Catatan: Data dalam artikel ini bersifat ilustratif dan perlu diverifikasi sebelum dipublikasikan.",
        "NB: Tulisan ini hanya contoh artikel dan angka-angkanya fiktif.",
        "Artikel ini dibuat sebagai contoh untuk keperluan latihan menulis.",
        "Note: Please replace the statistics with the latest official data.",
        "Catatan: Angka-angka dalam artikel ini merupakan perkiraan dan sebaiknya diperiksa kembali.",
        "Harap periksa kembali semua angka sebelum diterbitkan.",
        # Naming the request, announcing, or saying what it is.
        "Saya telah menyusun tulisan ini sesuai permintaan Anda.",
        "Jika ada pertanyaan lain, jangan ragu untuk bertanya.",
        "Di bawah ini adalah artikel tentang sejarah batik Lampung:",
        "Tentu! Mari kita bahas manfaat kopi bagi kesehatan.",
        "Saya adalah model bahasa dan tidak memiliki pendapat pribadi.",
        "Dengan senang hati! Berikut artikel tentang kopi Lampung:",
        "Apakah artikel ini sudah sesuai dengan yang Anda butuhkan?",
        "Catatan: Sesuaikan nama kota dan tanggal sebelum dipublikasikan.",
        "Artikel ini terdiri atas sekitar 800 kata dan lima subjudul.",
        "Disclaimer: This article was generated for example purposes only.",
    ],
)
def test_generator_residue_line_flagged(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert_flags([line], "generator_residue", [line], [], ruleset, settings)


@pytest.mark.parametrize(
    ("line", "marks", "heading"),
    [
        ("## Sejarah Singkat", ["## "], "Sejarah Singkat"),
        ("### Kuliner Khas: Seruit dan Pindang", ["### "], "Kuliner Khas: Seruit dan Pindang"),
        ("# Penutup #", ["# ", " #"], "Penutup"),
        ("**Tradisi Begawi**", ["**", "**"], "Tradisi Begawi"),
        ("__Tips Berkunjung__", ["__", "__"], "Tips Berkunjung"),
    ],
)
def test_markdown_marks_of_a_heading_go_its_words_stay(
    line: str, marks: list[str], heading: str, ruleset: Ruleset, settings: Settings
) -> None:
    """A heading a generator wrote in markdown keeps its words; only the marks the plain text kept go."""
    assert_flags([line], "generator_residue", marks, [heading], ruleset, settings)


@pytest.mark.parametrize(
    "line",
    [
        "#Lampung #Wisata #KopiRobusta",  # hashtags, no heading mark
        "# Harga kopi naik dua kali lipat tahun ini. Petani menyambutnya dengan gembira.",  # sentences
        "**Catatan:** Harga tiket naik mulai bulan depan bagi wisatawan mancanegara.",  # a bold label
    ],
)
def test_markdown_marks_outside_a_heading_line_stay(line: str, ruleset: Ruleset) -> None:
    residue = flagged(page(line), ruleset, "placeholder.generator_residue")
    assert not any(span in ("# ", "**") for span in residue)


def test_assistant_offer_goes_with_the_pleasantry_on_its_line(ruleset: Ruleset, settings: Settings) -> None:
    line = "Semoga tulisan ini membantu! Kalau Anda ingin saya menambahkan tabel harga, kabari saya."
    assert_flags([line], "generator_residue", [line], [], ruleset, settings)


def test_assistant_offer_after_content_goes_alone(ruleset: Ruleset, settings: Settings) -> None:
    kept = "Kota ini juga dikenal dengan kopi robustanya."
    offer = "Jika Anda ingin saya menambahkan resep, beri tahu saya."
    line = f"{kept} {offer}"
    assert_flags([line], "generator_residue", [offer], [kept], ruleset, settings)


def test_seo_fields_at_the_page_edge_flagged(ruleset: Ruleset, settings: Settings) -> None:
    lines = [
        "Meta deskripsi: Sejarah singkat Bandar Lampung, dari pelabuhan lada hingga kota modern.",
        "Kata kunci utama: sejarah bandar lampung",
    ]
    text = "\n".join([TITLE, *lines, "", LEAD, CLOSE])
    assert flagged(text, ruleset, "placeholder.generator_residue") == lines
    assert clean(text, ruleset, settings).text == "\n".join([TITLE, "", LEAD, CLOSE])


@pytest.mark.parametrize(
    "line",
    [
        # Real closings.
        "Semoga artikel ini bermanfaat!",
        "Semoga artikel ini bermanfaat dan menambah wawasan Anda tentang sejarah Lampung.",
        "Terima kasih sudah membaca, semoga bermanfaat!",
        "Saya harap tulisan ini bisa menjadi pengingat bagi kita semua.",
        "Beri tahu saya di kolom komentar jika kalian punya resep lain!",
        # Ordinary `berikut` and `ini` sentences.
        "Berikut adalah langkah-langkah membuat rendang yang empuk:",
        "Berikut ini teks proklamasi yang dibacakan Soekarno pada 17 Agustus 1945:",
        "Berikut versi lengkap wawancara kami dengan Menteri Kesehatan.",
        "Ini adalah tulisan pertama saya tentang pendakian Gunung Rinjani.",
        "Berikut rangkuman berita hari ini untuk Anda.",
        "Tentu saja harga cabai naik menjelang Lebaran.",
        "Baik pemerintah maupun swasta sepakat mempercepat pembangunan jalan tol.",
        "Kali ini saya akan membahas cara membuat rendang yang empuk.",
        # Quotes and reported speech.
        "“Kalau Anda ingin saya mundur, saya siap,” kata Ketua Umum partai itu.",
        "“Sebagai model bahasa AI, saya tidak bisa memberi nasihat hukum,” tulis chatbot itu.",
        "Saya dapat membantu warga yang ingin mendaftar, ujar kepala desa.",
        # AI as the topic.
        "Sebagai model bahasa AI terbesar saat ini, GPT-4 mampu menjawab berbagai pertanyaan.",
        "Sebagai AI generatif, ChatGPT mampu menulis esai dalam hitungan detik.",
        # Real notes.
        "Catatan: Artikel ini pertama kali tayang pada 2019 dan diperbarui pada 2024.",
        "Catatan redaksi: Artikel ini telah diperbarui dengan tanggapan dari pihak kepolisian.",
        "Disclaimer: Artikel ini bukan ajakan membeli atau menjual saham.",
        "Note that all figures are in million rupiah.",
        "Sesuai permintaan warga, pemerintah membangun jembatan baru.",
        "Sepengetahuan saya, pasar itu sudah ada sejak 1950.",
        "Pidato itu hanya berisi 300 kata, tetapi menggugah ribuan orang.",
        "Catatan: Nama narasumber disamarkan untuk melindungi privasinya.",
    ],
)
def test_generator_residue_leaves_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


def test_seo_field_words_inside_the_article_stay(ruleset: Ruleset) -> None:
    lines = [
        "Kota ini tumbuh dari pelabuhan lada yang ramai sejak abad ke-17.",
        "Pelabuhan itu menghubungkan pedagang dari Banten, Palembang, dan Batavia.",
        "Meta deskripsi: ringkasan pendek yang tampil di bawah judul pada hasil pencarian.",
        "Kini pelabuhan itu melayani kapal barang dan penumpang setiap hari.",
        "Kawasan pelabuhan lama sedang ditata ulang menjadi taman kota.",
        "Pemerintah kota juga membangun jalur pejalan kaki di sepanjang pantai.",
    ]
    assert flagged(page(*lines), ruleset, "placeholder") == []


# --- more layout talk ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukuran huruf pada tabel ini sengaja dibuat besar agar mudah dibaca.",
        "Grafik di bawah ini diletakkan di sisi halaman agar tidak mengganggu teks.",
        "Desain infografis dibuat minimalis agar tetap terbaca di layar kecil.",
        "Foto di atas dapat diperbesar dengan mengetuknya di layar ponsel.",
        "Halaman ini dioptimalkan agar tetap nyaman dibaca di layar ponsel.",
        "Ketuk infografis untuk melihat versi lengkap.",
        "Geser tabel ke kiri untuk melihat data tahun sebelumnya.",
        "Silakan gulir ke samping untuk melihat kolom lainnya.",
        "Click the image to enlarge.",
        "Daftar di bawah ini dibuat ringkas supaya mudah diikuti pembaca.",
        "Judul kolom pada tabel ini dicetak tebal supaya mudah dikenali.",
        "Agar nyaman, baca artikel ini dalam mode layar penuh.",
        "Tiap baris pada tabel diberi warna selang-seling agar tidak tertukar saat dibaca.",
        "Informasi di atas disajikan dalam bentuk tabel agar mudah dibandingkan.",
        "Artikel ini dibagi menjadi tiga bagian utama.",
        "Untuk pengalaman membaca yang lebih nyaman, gunakan mode terang.",
        "Putar ponsel Anda agar tabel terlihat utuh.",
        "Anda dapat menggeser tabel ke kanan untuk melihat semua kolom.",
        "Jika tabel tidak tampil sempurna, silakan muat ulang halaman.",
        "Tabel mungkin terpotong di layar kecil, jadi buka lewat laptop.",
        "Istilah penting dicetak tebal agar mudah ditemukan.",
        "Untuk memudahkan pembaca, poin utama dirangkum di akhir tulisan.",
        "Ikon-ikon di samping judul membantu pembaca menemukan informasi dengan cepat.",
    ],
)
def test_more_layout_talk_flagged(sentence: str, ruleset: Ruleset, settings: Settings) -> None:
    line = f"Berikut data penduduk per kecamatan tahun 2023. {sentence}"
    kept = "Berikut data penduduk per kecamatan tahun 2023."
    assert_flags([line], "layout_talk", [sentence], [kept], ruleset, settings)


@pytest.mark.parametrize(
    "line",
    [
        # Web design as the topic.
        "Desain responsif membuat situs nyaman dibuka di ponsel maupun desktop.",
        "Tata letak responsif memungkinkan halaman web menyesuaikan diri dengan ukuran layar ponsel.",
        "Desainer web perlu memastikan tata letak halaman tetap rapi di layar ponsel.",
        "Fitur mode gelap membuat tampilan aplikasi lebih nyaman dibuka di ponsel.",
        # What a page part shows.
        "Gambar di atas menunjukkan tampilan layar ponsel dengan aplikasi terbaru.",
        "Tabel di bawah ini menyajikan data penduduk per kecamatan tahun 2023.",
        "Tabel di atas disusun berdasarkan data BPS 2023.",
        "Foto di atas diambil dari udara menggunakan drone pada pagi hari.",
        "Gambar di atas diperbesar 100 kali menggunakan mikroskop elektron.",
        "Angka di tabel ini dapat berbeda dengan data BPS karena metode penghitungan.",
        "Data tersebut dirangkum dalam tabel di bawah ini.",
        # How-tos.
        "Klik menu Pengaturan seperti pada gambar di bawah ini.",
        "Klik ikon gambar di pojok kanan atas untuk mengunggah foto.",
        "Geser tombol daya ke kanan untuk mematikan ponsel.",
        "Ketuk dua kali layar untuk menyalakan ponsel.",
        "Zoom menjadi aplikasi rapat paling populer selama pandemi.",
        # Structure, reading and acting, about something that is not the page.
        "Wilayah ini dibagi menjadi lima kecamatan.",
        "Data ini dikumpulkan peneliti selama tiga tahun.",
        "Untuk pengalaman berbelanja yang nyaman, pasar ini menyediakan area parkir luas.",
        "Pengguna dapat mengklik tombol Simpan untuk menyimpan dokumen.",
        "Putar ponsel itu ke kanan, lalu tekan tombol daya.",
        "Tabel sebaiknya dibuat responsif agar mudah dibaca di layar ponsel.",
        "Nama korban dicetak tebal di daftar yang ditempel di balai desa, kata warga.",
        "Gambar cadas di gua itu diperkirakan berusia 40.000 tahun.",
        "Kain itu diberi warna alami dari kulit kayu.",
        "Video amatir warga memperlihatkan detik-detik banjir bandang.",
        # A purpose of readability about something that is not the page.
        "Materi ini disusun agar mudah dipahami siswa kelas lima.",
        "Baris pertama puisi ini ditulis agar mudah diingat anak-anak.",
        "Tabel ini merangkum isu-isu sosial agar mudah dipahami.",
        # Quoted.
        "“Klik gambar untuk memperbesar,” begitu bunyi petunjuk di layar kios informasi.",
    ],
)
def test_more_layout_talk_leaves_topics(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# --- a whole generated page ------------------------------------------------------------------------

GENERATED = """\
Tentu, berikut adalah artikel tentang Pasar Bawah Bandar Lampung:
Pasar Bawah, Jantung Perdagangan Bandar Lampung
{{ nama_penulis }}
Pasar Bawah sudah menjadi pusat jual beli sejak masa kolonial [butuh rujukan]. Setiap hari ribuan \
pedagang menjajakan sayur, ikan, dan kain tapis (angka ini mohon dicek ulang ke dinas pasar).
Tabel berikut dapat digeser ke samping jika dibuka melalui ponsel.
Komoditas | Harga |
Cabai | Rp 60.000 |
Sumber: [nama sumber]
Pemerintah kota berencana merevitalisasi pasar ini pada [tahun]. Warga berharap pasar tetap ramai \
dan bersih.
Catatan: Artikel ini dibuat sebagai contoh dan dapat disesuaikan dengan kebutuhan Anda.
Semoga artikel ini bermanfaat! Jika Anda ingin saya menambahkan bagian lain, beri tahu saya.
"""

GENERATED_CLEAN = """\
Pasar Bawah, Jantung Perdagangan Bandar Lampung
Pasar Bawah sudah menjadi pusat jual beli sejak masa kolonial. Setiap hari ribuan \
pedagang menjajakan sayur, ikan, dan kain tapis.
Komoditas | Harga |
Cabai | Rp 60.000 |
Pemerintah kota berencana merevitalisasi pasar ini pada. Warga berharap pasar tetap ramai \
dan bersih."""


def test_generated_page_cleaned(ruleset: Ruleset, settings: Settings) -> None:
    result = clean(GENERATED, ruleset, settings)
    assert result.text == GENERATED_CLEAN
    assert result.title == "Pasar Bawah, Jantung Perdagangan Bandar Lampung"


# --- reference marks glued into a sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "marks", "cleaned"),
    [
        (
            "Istilah ini muncul dalam ensiklopedia[1] dan buku sejarah daerah[12].",
            ["[1]", "[12]"],
            "Istilah ini muncul dalam ensiklopedia dan buku sejarah daerah.",
        ),
        (
            "Pelabuhan itu melayani kapal dari[7][15] berbagai negara di Asia Tenggara.",
            ["[7][15]"],
            "Pelabuhan itu melayani kapal dari berbagai negara di Asia Tenggara.",
        ),
        (
            "Menurut catatan residen,[3] jumlah penduduknya berlipat dalam dua dasawarsa.",
            ["[3]"],
            "Menurut catatan residen, jumlah penduduknya berlipat dalam dua dasawarsa.",
        ),
        (
            "Nama kota ini berasal dari kata Tanjungkarang[ket. 2] yang berarti tanjung berkarang.",
            ["[ket. 2]"],
            "Nama kota ini berasal dari kata Tanjungkarang yang berarti tanjung berkarang.",
        ),
        (
            "Sultan menyebut daerah itu “gerbang Sumatera”[c] dalam suratnya.",
            ["[c]"],
            "Sultan menyebut daerah itu “gerbang Sumatera” dalam suratnya.",
        ),
        (
            "Krakatau meletus pada Agustus 1883[note 4], menewaskan puluhan ribu orang.",
            ["[note 4]"],
            "Krakatau meletus pada Agustus 1883, menewaskan puluhan ribu orang.",
        ),
    ],
)
def test_reference_mark_glued_into_a_sentence_is_removed(
    line: str, marks: list[str], cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert flagged(page(line), ruleset, "placeholder.reference_mark") == marks
    assert cleaned in clean(page(line), ruleset, settings).text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Pelabuhan itu sudah ramai sejak zaman Belanda.[4] Kini kapal besar bersandar setiap hari.",
        "Lihat catatan kaki nomor [2] di bagian akhir buku.",
        "Jumlah penduduk pada tahun [2020] belum tercatat lengkap.",
        "Nilai y[2] selalu lebih kecil daripada y[3] pada deret itu.",
        "Rumus suku ke-n adalah u[n] = u[1] + (n - 1)b.",
        "Variabel hasil_akhir[0] menyimpan skor pemain pertama.",
        "Panggil daftarKota[2].nama untuk menampilkan nama kota ketiga.",
        "“Mereka [warga desa] sudah lama menunggu jembatan itu,” kata kepala desa.",
        "Pilih opsi [a] atau [b] pada lembar jawaban.",
    ],
)
def test_reference_mark_rule_leaves_footnote_pointers_code_and_math(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.reference_mark") == []


# --- more verification notes: status labels, source checks, current figures ---------------------------


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "Jumlah wisatawan terus bertambah (pembaruan: data resmi belum tersedia).",
            " (pembaruan: data resmi belum tersedia)",
        ),
        ("Pabrik itu menyerap ribuan tenaga kerja [angka belum diperbarui].", " [angka belum diperbarui]"),
        (
            "Tarif tol naik mulai bulan depan (angka bisa berubah, cek kembali di laman resmi operator).",
            " (angka bisa berubah, cek kembali di laman resmi operator)",
        ),
        (
            "Harga tiket kapal sekitar Rp250 ribu (mohon ganti dengan harga terbaru).",
            " (mohon ganti dengan harga terbaru)",
        ),
        ("Sekolah itu berdiri pada 1950-an [red.: tolong dicek ulang].", " [red.: tolong dicek ulang]"),
    ],
)
def test_more_verification_notes_flagged(line: str, note: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.verification_note") == [note]


@pytest.mark.parametrize(
    "line",
    [
        "Banjir merendam tiga desa (Update: hingga pukul 15.00 WIB belum ada korban jiwa).",
        "Pendaftaran dibuka hingga Jumat (informasi lengkap ada di situs resmi KPU).",
        "Ia menegaskan data itu benar (dikonfirmasi oleh sumber resmi di kepolisian).",
        "Menurut juru bicara (red: Kementerian Kesehatan), vaksin sudah tersedia.",
        "Tambahkan garam secukupnya (sesuaikan dengan selera keluarga).",
        "Jadwal kereta berubah (cek jadwal terbaru di aplikasi KAI Access).",
    ],
)
def test_more_verification_notes_leave_content(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# --- optional edits of a page part, placements, templated attributions, `$variable` -----------------


@pytest.mark.parametrize(
    "line",
    [
        "(Isi tabel boleh disesuaikan bila diperlukan)",
        "Catatan: baris terakhir tabel dapat dihapus jika tidak relevan.",
        "[Paragraf ini bisa dilengkapi dengan infografis sederhana]",
        "(sejajarkan foto di sebelah kiri paragraf ini)",
    ],
)
def test_optional_layout_edits_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.layout_talk") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Data pelanggan dapat diperbarui sesuai kebutuhan.",
        "Gambar kerja dapat diubah sesuai kebutuhan klien sebelum pembangunan dimulai.",
        "Aplikasi dapat dihapus jika tidak diperlukan lagi.",
        "Ruang tamu ini dapat dilengkapi dengan foto keluarga.",
        "Posisikan badan tegak di atas matras sebelum mulai berlatih.",
    ],
)
def test_optional_layout_edit_rule_leaves_prose(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


@pytest.mark.parametrize(
    "line",
    [
        "Seperti dilansir dari situs resmi pemerintah kota, [tautan]",
        "Berdasarkan data dari [nama instansi], produksi padi naik [persentase] persen.",
        "Mengutip keterangan [nama pejabat], [jabatan]",
    ],
)
def test_templated_attribution_sentence_removed_whole(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert flagged(page(line), ruleset, "placeholder.unfinished_attribution") == [line]
    assert line not in clean(page(line), ruleset, settings).text


def test_templated_attribution_keeps_the_other_sentences(ruleset: Ruleset) -> None:
    line = (
        "Harga cabai naik. Menurut data dari [nama lembaga], stoknya tinggal [angka] ton. Pedagang mengeluh."
    )
    assert flagged(page(line), ruleset, "placeholder.unfinished_attribution") == [
        "Menurut data dari [nama lembaga], stoknya tinggal [angka] ton."
    ]


def test_dollar_variable_is_a_template_token(ruleset: Ruleset) -> None:
    assert flagged(page("$judul_artikel"), ruleset, "placeholder.template_token") == ["$judul_artikel"]
    assert flagged(page("$kota"), ruleset, "placeholder.template_token") == ["$kota"]
    assert flagged(page("Harga emas naik menjadi US$2.000 per ons."), ruleset, "placeholder") == []


def test_shortcode_pair_goes_with_its_label(ruleset: Ruleset) -> None:
    line = 'Info pendaftaran: [su_button url="https://contoh.id/daftar"]Isi Formulir[/su_button]'
    assert flagged(page(line), ruleset, "placeholder.template_token") == [line]
    long_text = (
        "[su_note]Warga yang belum terdata dapat mendatangi kantor kelurahan setiap hari kerja.[/su_note]"
    )
    assert "Warga yang belum terdata" in clean(page(long_text), ruleset, Settings()).text


def test_a_chrome_line_about_javascript_does_not_make_a_page_about_code(ruleset: Ruleset) -> None:
    text = "Situs ini memerlukan JavaScript untuk berfungsi dengan baik.\n" + page(
        "Kepala dinas mengatakan bahwa[12] pasokan air akan normal pekan depan.",
        "Penulis: {{ nama_penulis }}",
    )
    assert flagged(text, ruleset, "placeholder") == ["[12]", "Penulis: {{ nama_penulis }}"]


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("Kota itu dihuni sekitar 1,2 juta jiwa¹² menurut sensus terakhir.", "¹²"),
        ("Bandar udaranya dibuka pada masa pendudukan Jepang⁴, lalu diperluas.", "⁴"),
        ("Kota itu dihuni sekitar 1,2 juta jiwa[^7] menurut sensus terakhir.", "[^7]"),
    ],
)
def test_superscript_and_caret_reference_marks(line: str, mark: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.reference_mark") == [mark]


@pytest.mark.parametrize(
    "line",
    [
        "Luas wilayahnya 197 km² dengan kepadatan penduduk yang tinggi.",
        "Rumus luas persegi adalah sisi² dan keliling empat kali sisi.",
        "Volume bak air itu 3 m³ dan diisi setiap pagi.",
    ],
)
def test_units_and_powers_are_not_reference_marks(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


@pytest.mark.parametrize(
    "note",
    ["(data menyusul)", "(angka sementara, menunggu rilis resmi)", "(belum ada data resmi)"],
)
def test_pending_notes_in_parentheses(note: str, ruleset: Ruleset) -> None:
    line = f"Jumlah wisatawan mancanegara tahun ini terus bertambah {note}."
    assert flagged(page(line), ruleset, "placeholder.verification_note") == [f" {note}"]


@pytest.mark.parametrize(
    "line",
    [
        "Pelaku (nama belum diketahui) ditangkap polisi di Jalan Sudirman.",
        "Korban luka-luka (jumlahnya belum diketahui) dibawa ke rumah sakit.",
        "Sekolah itu menunggu kiriman buku (belum ada data penerima) dari dinas.",
        "Tarif baru (belum termasuk pajak) berlaku mulai Senin.",
    ],
)
def test_news_parentheticals_about_what_is_not_known_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


@pytest.mark.parametrize(
    "line",
    [
        "Ketuk tombol di bawah ini untuk mengunduh laporan lengkapnya.",
        "Silakan klik tautan berikut.",
        "Perhatikan ilustrasi di atas.",
        "Lihat peta di bawah ini untuk rute lengkapnya.",
    ],
)
def test_sentences_pointing_at_a_lost_button_or_picture(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.layout_talk") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Klik tombol Simpan di pojok kanan bawah layar.",
        # (round 6: the aside `Seperti terlihat pada grafik di atas, ` goes and the sentence stays; see
        # `test_round6_page_asides_go_and_the_sentence_stays`)
        "Lihat foto di atas, jembatan itu kini sudah retak di beberapa bagian dan membahayakan warga.",
    ],
)
def test_sentences_about_tables_buttons_of_apps_and_pictures_with_content_stay(
    line: str, ruleset: Ruleset
) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# --- round 4: residue by breadth ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # the page pointing at a table, a picture, a video or a button that did not survive
        "Simak infografis berikut ini untuk mengetahui rincian anggarannya.",
        "Daftar lengkapnya dapat dilihat pada tabel di bawah ini.",
        "Untuk lebih jelasnya, perhatikan gambar berikut:",
        "Klik tombol di bawah untuk membaca selengkapnya.",
        "Tonton videonya di bawah ini.",
        "Berikut video selengkapnya:",
        "Cek daftarnya di bawah ini, ya!",
        "Geser galeri foto di atas untuk melihat foto lainnya.",
        "Detailnya bisa disimak dalam infografis di bawah ini.",
        "Scroll ke bawah untuk melihat jadwal lengkapnya.",
        "See the table below for details.",
        "Unduh dokumennya melalui tombol di bawah ini.",
        "Selengkapnya bisa dilihat pada gambar di bawah.",
        "Berikut cuplikan videonya.",
        # unfinished source attributions
        "Sumber:",
        "Sumber: [nama situs]",
        "Sumber: -",
        "Dikutip dari",
        "Sumber foto: (isi di sini)",
        "Sumber : ...",
        "Referensi: [link]",
        "Sumber gambar:",
        # assistant preambles and sign-offs, in Indonesian and English
        "Tentu! Berikut artikel tentang sejarah Kota Bandar Lampung:",
        "Tentu, berikut adalah artikel SEO-friendly dengan kata kunci yang Anda minta.",
        "Baik, saya akan menuliskan artikel sepanjang 1000 kata tentang topik tersebut.",
        "Sure! Here's an article about the history of Bandar Lampung:",
        "Semoga artikel ini membantu! Jika Anda membutuhkan revisi, jangan ragu untuk memberi tahu saya.",
        "Semoga bermanfaat! Beri tahu saya jika Anda ingin saya menambahkan bagian lain.",
        "I hope this helps! Let me know if you need any changes.",
        "Sebagai model bahasa AI, saya tidak memiliki akses ke data terbaru.",
        "Apakah Anda ingin saya membuat versi yang lebih singkat?",
        "Catatan: Artikel ini dibuat dengan bantuan AI dan perlu ditinjau ulang sebelum diterbitkan.",
        "Berikut draf artikel yang bisa Anda sesuaikan:",
        "Here is the rewritten paragraph in Indonesian:",
        "Tentu, ini dia versi yang lebih ringkas dari artikel tersebut:",
        "Jika Anda ingin saya mengubah gaya penulisannya, silakan beri tahu.",
    ],
)
def test_round4_residue_lines_flagged(line: str, ruleset: Ruleset, settings: Settings) -> None:
    # Some are chrome as well (`Tonton videonya di bawah ini.`): whichever rule takes the line, it goes.
    assert line in flagged(page(line), ruleset)
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Jumlah penduduk kota itu bertambah 3 persen per tahun (sumber).", " (sumber)"),
        ("Kota ini didirikan pada 17 Juni 1682 (perlu dicek ulang).", " (perlu dicek ulang)"),
        ("Pelabuhan Panjang melayani 2.000 kapal setahun [butuh sumber].", " [butuh sumber]"),
        (
            "Angka kemiskinan turun menjadi 11 persen (TODO: tambahkan data terbaru).",
            " (TODO: tambahkan data terbaru)",
        ),
        ("Menara Siger dibangun pada 2005 (konfirmasi ke narasumber).", " (konfirmasi ke narasumber)"),
        ("Kopi robusta Lampung diekspor ke 20 negara [verifikasi].", " [verifikasi]"),
        ("Panjang jalan tol itu 140 kilometer (cek lagi angkanya).", " (cek lagi angkanya)"),
    ],
)
def test_round4_notes_in_a_sentence_flagged(
    line: str, note: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert [f.strip() for f in flagged(page(line), ruleset, "placeholder")] == [note.strip()]
    assert clean(page(line), ruleset, settings).text == page(line.replace(note, ""))


@pytest.mark.parametrize(
    "line",
    [
        "Sumber: Badan Pusat Statistik (BPS) Provinsi Lampung, 2023.",
        "Dikutip dari Antara, wali kota menyatakan proyek itu rampung tahun depan.",
        "Sumber air bersih warga berasal dari Sungai Way Kuripan.",
        "Sumber daya alam Lampung meliputi kopi, lada, dan hasil laut.",
        "Tentu saja, warga berharap jalan itu segera diperbaiki sebelum musim hujan.",
        "Semoga artikel ini membantu Anda merencanakan liburan ke Lampung.",
        "Tombol darurat di setiap gerbong kereta hanya boleh ditekan saat keadaan bahaya.",
        "Infografis karya siswa SMA itu memenangi lomba tingkat nasional.",
        "Gambar di dinding gua itu diperkirakan berusia 40.000 tahun.",
        "Berikut ini lima kuliner khas Lampung yang wajib dicoba: seruit, gulai taboh, dan pindang.",
        "Tabel periodik pertama kali disusun oleh Dmitri Mendeleev pada 1869.",
        "Ia bekerja sebagai asisten peneliti di laboratorium kampus itu.",
        "Catatan sejarah menyebut pelabuhan itu ramai sejak abad ke-17.",
        "Kata kunci keberhasilan program itu adalah partisipasi warga.",
        "Klik kanan pada ikon, lalu pilih Properties untuk melihat ukuran berkas.",
        "Video berdurasi 30 detik itu memperlihatkan banjir di Jalan Teuku Umar.",
        "Kepala desa meminta petugas mengecek ulang data penerima bantuan sebelum disalurkan.",
        "Harga tiket masuk (belum termasuk parkir) Rp10.000 per orang.",
        "Warga di bawah jembatan itu mengungsi ke balai desa.",
        "Model bahasa AI kini dipakai di banyak sekolah untuk membantu guru menyusun soal.",
    ],
)
def test_round4_content_with_the_same_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


@pytest.mark.parametrize(
    ("pointer", "thing"),
    [
        ("Perhatikan tabel berikut.", ["Kecamatan | Penduduk", "Telukbetung | 120.000", "Kedaton | 98.000"]),
        ("Daftar lengkapnya dapat dilihat pada tabel di bawah ini.", ["Tahun | Jumlah", "2022 | 1.100"]),
        ("Cek daftarnya di bawah ini, ya!", ["- Pantai Mutun", "- Pulau Pahawang", "- Teluk Kiluan"]),
        ("Berikut daftarnya:", ["1. Seruit", "2. Gulai taboh", "3. Pindang patin"]),
    ],
)
def test_round4_a_pointer_at_a_table_or_list_that_is_there_stays(
    pointer: str, thing: list[str], ruleset: Ruleset
) -> None:
    assert flagged(page(pointer, *thing), ruleset, "placeholder") == []
    # The same pointer with nothing after it points at a part the page lost.
    assert flagged(page(pointer), ruleset, "placeholder") == [pointer]


@pytest.mark.parametrize(
    "line",
    [
        "Berikut ini adalah tabel jadwal lengkapnya:",
        "Cek infografisnya di bawah ini ya, Sob!",
        "Simak video berikut ini.",
        "Sumber: berbagai sumber",
        "Sumber : Dari berbagai sumber",
        "Saya harap artikel ini bermanfaat! Jika perlu penyesuaian, silakan beri tahu saya.",
        "Semoga membantu! 😊 Ada yang ingin Anda tambahkan?",
        "Apakah ada hal lain yang bisa saya bantu?",
        "Certainly! Below is an SEO-optimized article:",
        "Here is a 500-word article on the topic:",
    ],
)
def test_round4_more_residue_lines_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Rumah di atas bukit itu dibangun pada 1920.",
        "Lihat saja harga beras di pasar, semuanya naik.",
        "Sumber dana pembangunan jembatan berasal dari APBD dan dana desa.",
        "Saya harap pemerintah segera memperbaiki jalan ini, kata seorang warga.",
        "Ada yang ingin ditambahkan oleh DPRD soal anggaran itu, ujar wali kota.",
        "Berikut ini tiga desa wisata yang menang lomba tingkat provinsi tahun ini.",
    ],
)
def test_round4_more_content_with_pointer_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


def test_round4_a_pointer_reaches_its_table_past_chrome(ruleset: Ruleset) -> None:
    # An ad notice and a related link stand between the pointer and its table: the table is there.
    lines = [
        "Jumlah kunjungan wisatawan naik tiap tahun. Rinciannya bisa disimak pada tabel berikut.",
        "ADVERTISEMENT",
        "Baca juga: Festival Krakatau Kembali Digelar",
        "Tahun | Wisatawan",
        "2022 | 1,1 juta",
        "2023 | 1,4 juta",
    ]
    assert flagged(page(*lines), ruleset, "placeholder") == []


# --- round 4b: lines about the page itself, unfinished attributions, generator residue -------------


@pytest.mark.parametrize(
    "line",
    [
        # the page talking about itself, naming nothing of its topic
        "Pada bagian ini kita akan mengulas beberapa hal penting.",
        "Di bawah ini adalah penjelasan lengkapnya.",
        "Simak ulasan selengkapnya berikut ini!",
        "Berikut ini kami sajikan informasi lengkapnya untuk Anda.",
        "Mari kita bahas satu per satu.",
        "Yuk, simak pembahasan lengkapnya di bawah ini.",
        "Dalam artikel kali ini, kami akan mengupas tuntas topik tersebut.",
        "Langsung saja simak penjelasannya berikut.",
        "Tulisan ini akan menguraikan beberapa poin penting.",
        "Simak selengkapnya dalam artikel berikut ini ya, Sob!",
        "Berikut penjelasan lengkapnya yang sudah kami rangkum.",
        "Untuk lebih jelasnya, simak ulasan di bawah ini.",
        "Nah, langsung saja kita bahas bersama.",
        "Oke, mari kita bahas secara rinci.",
        # unfinished attributions
        "Sumber:",
        "Sumber: [link]",
        "Referensi:",
        "Foto: [nama fotografer]",
        "Penulis: [Nama Penulis]",
        "Editor: [nama editor]",
        "Sumber Gambar: [sumber]",
        # generator residue
        "Berikut adalah artikel tentang wisata Lampung yang Anda minta:",
        "Tentu, ini dia artikelnya:",
        "Sebagai model bahasa AI, saya tidak dapat memberikan opini pribadi.",
        "Catatan: Artikel ini dibuat secara otomatis dan mungkin mengandung kesalahan.",
        "Meta deskripsi: Pelajari sejarah Kota Bandar Lampung dari masa ke masa.",
        "Kata kunci: sejarah bandar lampung, kota lampung, wisata lampung",
        "Meta Description: Temukan sejarah lengkap Bandar Lampung di sini.",
        "Focus keyword: sejarah bandar lampung",
        "Tentu saja! Berikut ini draf artikel SEO sepanjang 800 kata:",
        "Certainly! Here is a 1000-word article on the topic:",
        "Berikut versi revisi artikel yang lebih SEO-friendly:",
        "Oke, berikut artikelnya dengan gaya bahasa santai.",
        "Saya harap artikel ini sesuai dengan kebutuhan Anda.",
        "Deskripsi meta: Sejarah Bandar Lampung lengkap.",
        "Catatan: Silakan sesuaikan data dengan informasi terbaru sebelum dipublikasikan.",
        "Slug: sejarah-kota-bandar-lampung",
        "Tag: sejarah, lampung, wisata",
        "Jumlah kata: 850",
        "Kredit foto: (nama fotografer)",
    ],
)
def test_round4b_residue_lines_flagged(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert line in flagged(page(line), ruleset)
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Artikel ini membahas dampak kenaikan harga BBM terhadap nelayan di Lampung.",
        "Pada bagian utara kota terdapat pelabuhan yang ramai.",
        "Di bawah jembatan itu ada pasar ikan yang buka sejak subuh.",
        "Berikut ini daftar lima pantai terindah di Lampung Selatan.",
        "Mari kita jaga kebersihan pantai bersama-sama, kata Wali Kota.",
        "Sumber: Badan Pusat Statistik Lampung, 2023",
        "Judul buku itu adalah Lampung Tempo Dulu karya Ahmad Sanusi.",
        "Kata kunci keberhasilan program ini adalah partisipasi warga.",
        "Catatan sejarah menyebut kota ini sudah ramai sejak abad ke-17.",
        "Referensi arsitektur Menara Siger berasal dari mahkota adat Lampung.",
        "Tentu saja warga menyambut baik rencana pembangunan tol tersebut.",
        "Sebagai model pembangunan kota, Bandar Lampung banyak dipelajari daerah lain.",
        "Simak juga pendapat warga yang ditemui di Pasar Bambu Kuning, ujar Rina.",
        "Dalam rapat itu DPRD membahas anggaran pembangunan pasar tradisional.",
        "Para ahli akan membahas sejarah kerajaan Tulang Bawang pada seminar besok.",
        "Ulasan lengkap tentang kopi robusta Lampung dimuat di majalah itu pekan lalu.",
        '"Mari kita bahas bersama," kata Bupati.',
        '"Kita bahas satu per satu," ujar Ketua DPRD.',
        "Kami akan menjelaskan semuanya, ujarnya.",
        "Penjelasan lengkapnya disampaikan oleh Kepala BPS.",
    ],
)
def test_round4b_content_with_the_same_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset) == []


# --- round 5: breadth, by family and shape ---------------------------------------------------------

# Notes a writer or a wiki left in a sentence: status notes of a draft, notes to the newsroom's editors,
# gaps left as questions, doubt marks, wiki markers of a missing or dead source, number marks after a
# space, double brackets.
ROUND5_NOTES = [
    "[rujukan?]",
    "[referensi diperlukan]",
    "[sumber tidak jelas]",
    "[di mana?]",
    "[pranala mati]",
    "[tautan mati]",
    "[dead link]",
    "[klarifikasi diperlukan]",
    "[verifikasi gagal]",
    "[tidak ada di sumber]",
    "[menurut siapa?]",
    "[sumber lebih baik diperlukan]",
    "[by whom?]",
    "[original research?]",
    "[12]",
    "(sumber ?)",
    "(sumber: ?)",
    "(tbd)",
    "(TBA)",
    "(cek dulu)",
    "(mohon dicek)",
    "(harap dicek ulang)",
    "(belum dicek)",
    "(belum terverifikasi)",
    "(konfirmasi lagi)",
    "[butuh konfirmasi]",
    "[cek fakta]",
    "[fact check]",
    "[CEK]",
    "[???]",
    "(???)",
    "(?)",
    "[todo: update angka]",
    "[FIXME]",
    "[WIP]",
    "(red: cek nama lengkapnya)",
    "(Red: perlu foto)",
    "[red: tambah data]",
    "(catatan red: angka sementara)",
    "[Catatan Editor: cek ejaan nama]",
    "[Ed: konfirmasi ke humas]",
    "(editor: sumber?)",
    "(draft)",
    "[DRAFT]",
    "(draf)",
    "[belum final]",
    "(akan diperbarui)",
    "[akan diupdate]",
    "(perlu dilengkapi)",
    "(tahun?)",
    "(nama?)",
    "(berapa persen?)",
    "[nama lengkap?]",
    "[jabatan?]",
    "[[perlu rujukan]]",
    "[tautan di sini]",
    "[insert link]",
    "[kata kunci utama]",
    "[sebutkan sumber]",
    "[angka?]",
    "(foto menyusul)",
    "[update menyusul]",
]


@pytest.mark.parametrize("note", ROUND5_NOTES)
def test_round5_notes_in_a_sentence_removed(note: str, ruleset: Ruleset, settings: Settings) -> None:
    sentence = "Pelabuhan Panjang melayani 2.000 kapal setahun"
    line = f"{sentence} {note} dan terus bertambah."
    assert clean(page(line), ruleset, settings).text == page(f"{sentence} dan terus bertambah.")


@pytest.mark.parametrize(
    "line",
    [
        "Anak usia empat tahun masuk Taman Kanak-Kanak (TK) sebelum sekolah dasar.",
        "Penderita tuberkulosis (TBC) di kota itu turun 8 persen.",
        "DPR menunda pembahasan draf RUU Penyiaran (draf kedua) hingga masa sidang berikutnya.",
        "Korban tewas mencapai 12 orang (belum dikonfirmasi polisi) menurut warga.",
        "Menurut juru bicara (red: Kementerian Kesehatan), vaksin sudah tersedia.",
        "Jadwal laga final: Minggu, 12 Mei (lokasi menyusul dari panitia).",
        "Penerbit menyiapkan edisi revisi (cetakan ketiga) untuk tahun depan.",
        "Akun tiruan (dummy) itu dipakai untuk menipu pembeli.",
        "Pilih opsi [1] atau [2] pada mesin pembayaran di gerbang tol.",
        "Lihat catatan kaki nomor [3] di bagian akhir buku.",
        "Ketentuan itu diatur dalam pasal [1] undang-undang tersebut.",
        # a list numbered in its sentence: the word that opens it points at the first mark
        "Syarat pendaftaran meliputi [1] fotokopi KTP, [2] pas foto, dan [3] surat keterangan sehat.",
        "Ada dua cara, yakni [1] lewat aplikasi dan [2] datang langsung ke kantor kelurahan.",
        "“Mereka [warga desa] sudah lama menunggu jembatan itu,” kata kepala desa.",
        "“Kami menunggu [...] sampai air surut,” ujar seorang nelayan.",
        "Harga tiket Rp 25.000 (belum termasuk parkir) per orang.",
        "Apakah pelabuhan itu akan diperluas (dan kapan)? Warga menunggu jawaban pemerintah.",
        "Pertumbuhan ekonomi Lampung tercatat 4,5 persen (angka sementara BPS).",
        "Tim SAR menyisir sungai hingga malam (pencarian dilanjutkan besok pagi).",
    ],
)
def test_round5_brackets_of_content_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


def test_round5_data_status_in_a_table_header_stays(ruleset: Ruleset, settings: Settings) -> None:
    lines = ["Kecamatan | Penduduk (data sementara)", "Telukbetung | 120.000", "Kedaton | 98.000"]
    assert clean(page(*lines), ruleset, settings).text == page(*lines)


# Attributions left unfinished: labels of any source noun (and two labels joined), attribution verbs
# cut off before or after their object, and attribution clauses in a sentence with the source left out.
ROUND5_ATTRIBUTION_LINES = [
    "SUMBER :",
    "Sumber: …",
    "Sumber: ---",
    "Sumber: (isi sumber)",
    "Sumber: TBD",
    "Sumber: N/A",
    "Sumber : [sumber]",
    "Sumber: <sumber>",
    "Sumber: {sumber}",
    "Sumber: [URL]",
    "Sumber: http://",
    "Sumber: Link sumber",
    "Sumber Berita:",
    "Sumber Data :",
    "Sumber Video:",
    "Sumber Artikel:",
    "Sumber Referensi:",
    "Sumber/Referensi:",
    "Source: [link]",
    "Sources:",
    "Ref:",
    "Rujukan:",
    "Daftar Pustaka:",
    "Dikutip dari:",
    "Dikutip dari ...",
    "Dikutip dari laman",
    "Dikutip dari situs resminya,",
    "Melansir dari",
    "Melansir dari ...,",
    "Melansir dari laman resmi,",
    "Melansir laman",
    "Mengutip dari ...",
    "Mengutip laman",
    "Dilansir dari ...,",
    "Dilansir dari situs",
    "Diolah dari berbagai sumber",
    "Dihimpun dari",
    "Dirangkum dari",
    "Disadur dari",
    "Diadaptasi dari",
    "(Sumber: -)",
    "(sumber:)",
    "[Sumber: ]",
    "(Source: )",
    "(Via: )",
    "Tautan sumber:",
    "Link sumber:",
    "Baca sumber:",
    "Sumber: ____",
    # an attribution cut off after a few words of its own clause
    "Artikel ini bersumber dari",
    "Menurut laporan yang dikutip dari",
    "Informasi ini disadur dari laman",
    # a note of where the text appeared or was reported, cut off at its preposition
    "Tulisan ini pertama kali terbit di",
    "Berita ini sudah dipublikasikan sebelumnya dengan judul",
    "Sebagaimana diberitakan sebelumnya oleh",
    "Artikel ini juga dimuat di",
    "This story was originally published in",
]


@pytest.mark.parametrize("line", ROUND5_ATTRIBUTION_LINES)
def test_round5_unfinished_attribution_lines_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        (
            "Melansir dari ..., pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Dikutip dari , pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Dilansir dari (sumber), pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Seperti dikutip dari …, pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Menurut laporan ..., pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun, dikutip dari ....",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun, seperti dilansir dari .",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun. Sumber:",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun. Referensi: -",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
    ],
)
def test_round5_attribution_with_its_source_left_out_removed(
    line: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Dikutip dari laman resminya, Selasa (12/3), BPS mencatat inflasi 0,37 persen.",
        "Dilansir dari Reuters, harga minyak dunia turun tipis pada Senin.",
        "Melansir Antara, stok beras di gudang Bulog dinilai aman hingga Lebaran.",
        "Menurut laporan BPS, jumlah penumpang kapal naik 12 persen sepanjang Februari.",
        "Mengutip data Kementerian Perhubungan, arus kendaraan mencapai 20.000 unit per hari.",
        "Sumber daya manusia menjadi kunci keberhasilan program pelabuhan.",
        "Sumber: Badan Pangan Nasional, Maret 2024",
        "Dikutip dari buku sejarah daerah, pasar itu berdiri sejak 1920.",
        "Harga tiket naik, seperti dilansir dari Kontan, akibat biaya bahan bakar.",
        "Link sumber: https://www.bps.go.id",
        "Sumber air bersih warga berasal dari mata air di lereng gunung.",
        "Via tol Trans-Sumatera, perjalanan dari Bakauheni ke Palembang kini empat jam.",
        "Menurut dia, harga tiket akan turun bulan depan.",
        "Berdasarkan pantauan di lapangan, antrean kendaraan masih mengular.",
        "Dirangkum dari berbagai sumber, berikut lima penyebab antrean di pelabuhan.",
        "Diolah dari data BPS, ekspor kopi turun 5 persen.",
        "Sumber Artikel: Harian Kompas, 3 Maret 2024",
        "Menurut laporan (nama media), harga beras naik lagi.",
    ],
)
def test_round5_attributions_with_their_source_stay(line: str, ruleset: Ruleset, settings: Settings) -> None:
    if "(nama media)" in line:  # the slot goes alone and leaves a sentence
        assert clean(page(line), ruleset, settings).text == page("Menurut laporan, harga beras naik lagi.")
    else:
        assert clean(page(line), ruleset, settings).text == page(line)


# The page framing, closing, updating itself, sending the reader on, or pointing at a lost part.
ROUND5_PAGE_TALK = [
    "Pada artikel ini, kami akan membahas secara lengkap mengenai sejarah pelabuhan.",
    "Dalam postingan kali ini admin akan berbagi informasi seputar kuliner Lampung.",
    "Di artikel ini kamu akan menemukan jawabannya.",
    "Artikel berikut akan mengulas tuntas semua yang perlu Anda ketahui.",
    "Nah, pada artikel kali ini kita akan mengupas tuntas soal Menara Siger.",
    "Dalam tulisan singkat ini, saya ingin berbagi tips berwisata ke Pahawang.",
    "Di postingan ini, admin bakal membahas penyebab macet di Jalan Kartini.",
    "Melalui ulasan berikut, kamu bisa mengetahui daftar harga tiket terbaru.",
    "Pada kesempatan kali ini, kami akan menyajikan daftar pantai di Lampung Selatan.",
    "Di bagian berikutnya, kita akan melihat perbandingan tarif antarpelabuhan.",
    "Pada bagian sebelumnya, kita sudah membahas sejarah kota.",
    "Di sesi selanjutnya, Anda akan belajar cara memesan tiket kapal.",
    "Pada bagian berikutnya akan dijelaskan langkah-langkahnya.",
    "Artikel ini akan membahas lima penyebab antrean di Bakauheni.",
    "Ulasan kali ini akan menjelaskan cara kerja pelabuhan peti kemas.",
    "In this post, we'll explore why ferry prices keep rising.",
    "In this article, you will learn how to book a ferry ticket.",
    "Demikian artikel tentang sejarah pelabuhan, semoga bermanfaat.",
    "Demikianlah ulasan singkat mengenai sejarah kota ini. Semoga bermanfaat!",
    "Demikian informasi yang dapat kami sampaikan, semoga bermanfaat.",
    "Demikian informasi jadwal kapal hari ini yang dapat kami rangkum.",
    "Sekian artikel kali ini, terima kasih sudah membaca.",
    "Sekian pembahasan kita kali ini.",
    "Sekian dan terima kasih.",
    "Itulah informasi seputar Menara Siger yang bisa kami bagikan.",
    "Itu dia rangkuman jadwal kapal terbaru yang bisa admin bagikan.",
    "Nah, itulah tadi sedikit informasi tentang Pahawang yang bisa kami sampaikan.",
    "Begitulah penjelasan singkat mengenai sejarah kota, semoga membantu.",
    "Semoga bermanfaat dan sampai jumpa di artikel berikutnya!",
    "Sampai jumpa di artikel selanjutnya, Sobat!",
    "Terima kasih telah membaca artikel ini sampai habis.",
    "Nantikan artikel menarik lainnya hanya di situs kami.",
    "Pastikan kamu membaca artikel ini sampai akhir, ya!",
    "Baca artikel ini sampai selesai agar tidak ketinggalan informasi penting.",
    "Yuk, baca sampai akhir biar nggak ketinggalan info penting.",
    "Penasaran? Simak artikel ini sampai selesai!",
    "Ingin tahu jawabannya? Baca terus sampai akhir.",
    "Keep reading to learn more.",
    "Artikel ini telah diperbarui.",
    "Artikel ini terakhir diperbarui pada 12 Maret 2024.",
    "Tulisan ini sudah diupdate dengan data terbaru.",
    "Artikel ini terakhir kali direvisi pada 2 Januari 2025.",
    "(Artikel ini telah mengalami pembaruan.)",
    "Artikel ini merupakan bagian dari seri Panduan Mudik Hemat.",
    "Tulisan ini adalah lanjutan dari artikel sebelumnya.",
    "Simak selengkapnya di bawah ini ya, Bunda!",
    "Tanpa berlama-lama, langsung saja kita masuk ke pembahasan.",
    "Tanpa panjang lebar lagi, mari kita mulai.",
    "Kita mulai dari poin pertama.",
    "Bagaimana, cukup jelas bukan penjelasan di atas?",
    "Lanjut ke halaman berikutnya untuk membaca kelanjutannya.",
    "Penjelasan lengkapnya ada di paragraf berikut.",
    "Untuk informasi lebih lanjut, kunjungi tautan di bawah ini.",
    "Tabel di bawah ini merangkum harga terbaru.",
    "Infografis di atas menunjukkan perbandingannya.",
    "Grafik di bawah ini menggambarkan tren harganya.",
    "Video berikut memperlihatkan suasananya.",
]


@pytest.mark.parametrize("line", ROUND5_PAGE_TALK)
def test_round5_page_talk_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "tail",
    [
        "Pada artikel ini, kami akan membahas sejarahnya secara lengkap.",
        "Demikian ulasan singkat tentang sejarah pelabuhan, semoga bermanfaat.",
        "Baca terus sampai habis, ya!",
        "Artikel ini terakhir diperbarui pada 3 Mei 2024.",
    ],
)
def test_round5_page_talk_closing_a_paragraph_goes_alone(
    tail: str, ruleset: Ruleset, settings: Settings
) -> None:
    sentence = "Pelabuhan itu ramai sejak abad ke-19."
    assert clean(page(f"{sentence} {tail}"), ruleset, settings).text == page(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Di bagian akhir pidatonya, Presiden menjelaskan arah kebijakan pangan nasional.",
        "Dalam kesempatan itu, Menteri Perhubungan membahas rencana pelabuhan baru.",
        "Pada kesempatan ini, Presiden juga akan meresmikan pasar rakyat di Boyolali.",
        "Demikian penjelasan Kepala BPS Lampung saat ditemui di kantornya, Senin.",
        "Demikian disampaikan Kapolres dalam keterangan tertulisnya.",
        "Itulah sebabnya harga tiket kapal melonjak menjelang Lebaran.",
        "Itulah yang membuat nelayan enggan melaut pada musim angin barat.",
        "Sekian lama menunggu, akhirnya dermaga baru itu diresmikan.",
        "Dalam artikel ilmiahnya, peneliti Unila itu menjelaskan penyebab abrasi pantai.",
        "Pada bagian lain laporannya, BPS mencatat inflasi pangan bergejolak naik.",
        "Di halaman depan koran itu, redaksi memuat foto banjir di Telukbetung.",
        "Berita itu diperbarui setiap jam oleh petugas posko.",
        "Data harga diperbarui setiap hari oleh Dinas Perdagangan.",
        "Petani diminta membaca label pupuk sampai habis sebelum memakainya.",
        "Ia membaca buku itu sampai selesai dalam semalam.",
        "Baca petunjuk pemakaian sampai akhir sebelum menyemprotkan pestisida.",
        "Video di atas memperlihatkan antrean warga di Pelabuhan Bakauheni sejak subuh.",
        "Sampai jumpa di Pasar Bambu Kuning pekan depan, kata pedagang itu.",
        "Melalui program ini, petani akan belajar teknik irigasi tetes.",
        "Dalam video itu, petani menjelaskan cara menanam cabai di polybag.",
        "Pada sesi kedua, peserta akan belajar membuat pupuk organik.",
        "Di bab terakhir bukunya, penulis menjelaskan sejarah rempah Nusantara.",
        "Untuk informasi lebih lanjut, warga bisa menghubungi kantor kelurahan.",
        "Itu dia kunci sukses petani milenial asal Pringsewu itu.",
        "Tanpa basa-basi, Bupati langsung menegur kepala dinas.",
        '"Pada kesempatan ini, kami akan membahas tarif bersama pengusaha," kata Menteri.',
        "Kita mulai dari pasar tradisional, ujar Wali Kota.",
        "Semoga artikel ini bermanfaat!",
        "Terima kasih telah membaca.",
    ],
)
def test_round5_news_with_page_talk_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# Generator residue: an assistant's preamble, its offers and limits, SEO fields at the page's edge, fill-in
# slots and template syntax, filler Latin.
ROUND5_GENERATOR_LINES = [
    " Tentu, berikut artikel tentang harga cabai rawit:",
    " Tentu! Ini artikel SEO tentang harga cabai yang Anda minta.",
    " Baik, berikut adalah draf artikelnya.",
    " Oke, ini dia artikel 1000 kata tentang harga cabai:",
    " Siap! Berikut artikel berita tentang harga cabai dengan gaya jurnalistik.",
    " Berikut adalah artikel yang telah saya tulis ulang agar lebih SEO friendly:",
    " Berikut versi parafrase dari artikel tersebut:",
    " Sebagai model bahasa, saya tidak memiliki data harga terkini.",
    " Sebagai AI, saya tidak bisa memastikan harga di pasar hari ini.",
    " Maaf, saya tidak dapat mengakses internet untuk memeriksa harga terbaru.",
    " Saya tidak memiliki akses ke data real-time.",
    " Meta description: Harga cabai rawit di pasar induk naik tajam. Simak penyebabnya di sini.",
    " Meta Deskripsi: Harga cabai naik jelang Ramadan.",
    " Judul SEO: Harga Cabai Rawit Hari Ini",
    " Kata Kunci Utama: harga cabai rawit",
    " Keyword: harga cabai, cabai rawit, pasar induk",
    " Focus Keyphrase: harga cabai rawit",
    " Slug URL: harga-cabai-rawit-naik",
    " Alt text: pedagang cabai di pasar induk",
    " Alt gambar: cabai rawit merah",
    " Tag: cabai, harga pangan, pasar",
    " Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    " Lorem ipsum dolor sit amet.",
    " [Masukkan nama]",
    " [Nama Penulis]",
    " {keyword}",
    " {{nama_kota}}",
    " %%title%%",
    " [Insert gambar pedagang cabai di sini]",
    " [Gambar: pedagang cabai di pasar]",
    " [Sisipkan infografis harga cabai]",
    " Penulis: [Nama Anda]",
    " Ditulis oleh: {author}",
    " Apakah Anda ingin saya menambahkan bagian FAQ?",
    " Jika Anda mau, saya bisa membuatkan versi yang lebih pendek.",
    " Beri tahu saya jika ada bagian yang perlu direvisi.",
    " Semoga membantu! Jangan ragu untuk bertanya lagi.",
    " Artikel ini ditulis dengan bantuan kecerdasan buatan.",
    " Disclaimer: Artikel ini dihasilkan oleh AI.",
    " Here's a revised version of the article:",
    " As an AI language model, I cannot browse the internet.",
    " Word count: 850 words",
    " Jumlah kata: ±900",
]


@pytest.mark.parametrize("line", ROUND5_GENERATOR_LINES)
def test_round5_generator_residue_lines_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Berikut teks lengkap pidato Presiden:",
        "Berikut adalah beberapa tips menyimpan cabai agar awet:",
        "Tentu saja warga menyambut baik operasi pasar itu.",
        "Baik pedagang maupun pembeli mengeluhkan harga yang terus naik.",
        "Sebagai model pembangunan desa, program itu banyak ditiru daerah lain.",
        "Judul buku itu adalah Lampung Tempo Dulu karya Ahmad Sanusi.",
        "Kata kunci keberhasilan program ini adalah partisipasi warga.",
        "Catatan sejarah menyebut pelabuhan itu ramai sejak abad ke-17.",
        "Lorem ipsum adalah teks contoh yang dipakai desainer sejak abad ke-16.",
        "Pendahuluan",
        "Kesimpulan",
        "Ia menulis ulang naskah pidato itu tiga kali sebelum dibacakan.",
        "Mahasiswa itu memparafrasekan kutipan ahli dalam skripsinya.",
        "Alat itu dilengkapi teks alternatif untuk pengguna tunanetra.",
        "Sebagai AI generatif, ChatGPT kini dipakai banyak pelajar untuk belajar.",
        '"Beri tahu saya jika ada kendala," kata Camat kepada warga.',
        "Tag harga di setiap lapak wajib dipasang pedagang.",
        "Model bahasa besar kini dipakai untuk menerjemahkan dokumen pemerintah.",
    ],
)
def test_round5_content_with_generator_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# More of the page talking about itself, in other sites' wordings.
ROUND5_MORE_PAGE_TALK = [
    " Pada ulasan kali ini, Mimin akan memberikan beberapa rekomendasi tempat wisata.",
    " Lewat tulisan ini, penulis ingin mengajak pembaca mengenal budaya Lampung.",
    " Dalam pembahasan kali ini, kita akan mengenal lebih dekat Menara Siger.",
    " Nah, di artikel ini kita akan bahas satu per satu, ya.",
    " Artikel ini akan memandu Anda memilih oleh-oleh khas Lampung.",
    " Postingan berikut akan memberikan gambaran lengkap soal tarif kapal.",
    " Di akhir artikel, kami juga menyertakan tips hemat berwisata.",
    " Pembahasan selengkapnya bisa kamu temukan di bawah.",
    " Selengkapnya, simak di sini.",
    " Informasi lengkapnya dapat dibaca pada ulasan berikut ini.",
    " Cek ulasan lengkapnya berikut ini, ya.",
    " Demikian sekilas informasi mengenai tarif kapal, semoga bermanfaat untuk Anda.",
    " Demikianlah pembahasan kita tentang kuliner khas Lampung.",
    " Sekian informasi dari kami, semoga membantu.",
    " Itulah beberapa hal yang perlu kamu ketahui tentang Pahawang. Semoga bermanfaat!",
    " Nah, itu dia ulasan lengkapnya.",
    " Terima kasih sudah mampir ke blog kami.",
    " Jangan lewatkan artikel menarik lainnya di kanal ini.",
    " Ikuti terus artikel kami untuk informasi terbaru.",
    " Artikel ini diperbarui secara berkala.",
    " Tulisan ini pertama kali terbit pada 2019 dan diperbarui pada 2024.",
    " Ulasan ini merupakan bagian dari liputan khusus mudik 2024.",
    " Sebelum membahas lebih jauh, mari kita pahami dulu pengertiannya.",
    " Tonton video lengkapnya di bawah ini.",
    " Lihat selengkapnya di galeri foto berikut.",
    " Perhatikan infografis berikut.",
    " Geser untuk melihat foto lainnya.",
    " Klik gambar untuk memperbesar.",
    " Artikel ini terdiri dari tiga bagian.",
    " Pada bagian pertama, kita akan membahas sejarah kota.",
    " Untuk lebih jelasnya, perhatikan tabel di bawah ini.",
    " Berikut ini daftar lengkapnya yang bisa kamu simak.",
    " Mari simak ulasan berikut.",
    " Langsung saja, berikut ulasannya.",
]


@pytest.mark.parametrize("line", ROUND5_MORE_PAGE_TALK)
def test_round5_more_page_talk_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Kali ini tim SAR akan menyisir sungai hingga ke hilir.",
        "Kali ini pemerintah akan membahas anggaran bersama DPRD.",
        "Pada bagian pertama pidatonya, Gubernur menjelaskan capaian pembangunan.",
        "Di akhir acara, panitia membagikan hadiah kepada peserta.",
        "Itulah daftar pemenang lomba desa wisata tahun ini menurut panitia.",
        "Itulah beberapa fakta yang terungkap dalam persidangan kemarin.",
        "Kumpulan data itu diperbarui setiap bulan oleh BPS.",
        "Catatan: data diperbarui setiap Senin oleh Dinas Kesehatan.",
        "Update: jumlah korban bertambah menjadi 12 orang.",
        "Daftar pemilih tetap diperbarui menjelang pemilu.",
        "Perlu diketahui, tarif baru berlaku mulai 1 Mei.",
        "Warga perlu mengenal jalur evakuasi di sekitar rumah.",
        "Sebelum membahas anggaran, DPRD lebih dulu mendengar paparan dinas.",
        "Kali ini saya akan membahas cara membuat rendang yang empuk.",
        "Catatan redaksi: Artikel ini telah diperbarui dengan tanggapan dari pihak kepolisian.",
    ],
)
def test_round5_more_news_with_frame_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# Source lines whose value names no source, and lines that are only a template's slot or a to-do.
ROUND5_EMPTY_SOURCE_AND_SLOT_LINES = [
    " Sumber : —",
    " Sumber: -",
    " Sumber: [Nama Media], [Tanggal]",
    " Sumber: Nama Situs",
    " Sumber: (link)",
    " Sumber Foto: -",
    " Foto: [Sumber Foto]",
    " Foto: Dok. [nama]",
    " Kredit: -",
    " Referensi: 1. [Judul], [Penulis], [Tahun]",
    " Sumber: www.contoh.com",
    " Sumber: https://example.com/artikel",
    " Sumber Data: Diolah dari",
    " Dikutip dari laman resmi",
    " Melansir laman resmi [instansi],",
    " Disadur dari:",
    " Source: N/A",
    " Sumber gambar: Google",
    " Sumber: Google",
    " Sumber: internet",
    " Sumber: Internet",
    " Sumber: Berbagai Sumber",
    " Sumber: dari berbagai sumber",
    " Sumber: google.com",
    " Sumber: Istimewa",
    " Sumber : Net",
    " Sumber: Dok. Pribadi",
    " Sumber: Pixabay",
    " [Masukkan kutipan narasumber di sini]",
    " [Tambahkan foto pedagang di sini]",
    " [INSERT IMAGE: pasar induk]",
    " [Gambar 1: Suasana pasar]",
    " [Infografis: perbandingan harga]",
    " [Video: wawancara pedagang]",
    " TODO: tambahkan data BPS terbaru",
    " TBD",
    " [TBD]",
    " XXX",
    " Tanggal: [tanggal]",
    " Lokasi: [Nama Kota]",
    " Narasumber: [Nama], [Jabatan]",
    ' Kutipan: "..."',
    ' "[Kutipan narasumber]"',
    " [Paragraf pembuka]",
    " [Isi artikel]",
    " [Kesimpulan di sini]",
    " {{ konten }}",
    " {judul_artikel}",
    " <nama penulis>",
    " [Nama Penulis], [Tanggal Publikasi]",
    " Oleh: [Nama Penulis]",
    " Penulis: {{author}}",
    " [Link ke artikel terkait]",
    " Baca juga: [judul artikel terkait]",
    " [CTA: Daftar sekarang]",
    " Lorem ipsum dolor sit amet consectetur.",
    " Dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
    " [Belum ada data]",
    " [Data menyusul]",
    " (Data akan diperbarui)",
    " [Placeholder]",
    " Teks placeholder",
    " Konten menyusul.",
]


@pytest.mark.parametrize("line", ROUND5_EMPTY_SOURCE_AND_SLOT_LINES)
def test_round5_empty_source_and_slot_lines_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Kosong",
        "Segera hadir di bioskop kesayangan Anda mulai 12 Juni.",
        "Draf RUU itu sudah diserahkan ke DPR pekan lalu.",
        "Placeholder dalam desain web adalah teks sementara sebelum konten asli tersedia.",
        "Konten menyusul dari tim kreatif, kata manajer itu kepada wartawan.",
        "XXI Cineplex membuka bioskop baru di Bandar Lampung.",
        "Abad XX ditandai dengan dua perang dunia.",
        "Sumber: BPS Lampung, 2023",
        "Data akan diperbarui setiap bulan oleh dinas, kata kepala bidang.",
    ],
)
def test_round5_lines_with_slot_words_stay(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page(line)


# The same talk in capitals, Title Case, with emoji, arrows or a trailing ellipsis.
ROUND5_DECORATED_PAGE_TALK = [
    "DEMIKIAN ARTIKEL TENTANG HARGA CABAI, SEMOGA BERMANFAAT.",
    "Demikian Artikel Tentang Harga Cabai, Semoga Bermanfaat!",
    "Simak ulasan lengkapnya di bawah ini 👇",
    "Simak ulasan lengkapnya di bawah ini 👇👇",
    "Scroll ke bawah untuk info lengkapnya ⬇️",
    "Baca sampai habis ya...",
    "Yuk simak penjelasannya sampai habis!!!",
    "👉 Baca artikel ini sampai selesai",
    "Pada artikel ini kita akan membahas tentang harga cabai 🌶️",
    "PADA ARTIKEL INI KAMI AKAN MEMBAHAS HARGA CABAI.",
    "Sampai jumpa di artikel berikutnya 👋",
    "Terima kasih sudah membaca artikel ini 🙏",
    "Artikel ini telah diperbarui ✅",
    "Berikut informasi selengkapnya 👇",
    "Simak selengkapnya >>",
    "Simak selengkapnya...",
    "Baca selengkapnya di bawah ini ⬇",
]


@pytest.mark.parametrize("line", ROUND5_DECORATED_PAGE_TALK)
def test_round5_decorated_page_talk_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "🔥 Harga Cabai Naik Lagi di Pasar Induk",
        "Harga cabai rawit naik tajam 🌶️",
        "Warga antre sejak subuh di depan pasar 😢",
        "Pedagang berharap harga segera turun 🙏",
        "📍 Pasar Induk Kramat Jati, Jakarta Timur",
        "Jadwal operasi pasar: Senin–Jumat ⏰",
        "Stok aman hingga Lebaran ✅",
    ],
)
def test_round5_decorated_content_lines_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# More notes: dated wiki markers, capitals, braces and angle brackets, whom to check with.
ROUND5_MORE_NOTES = [
    "[butuh rujukan, Maret 2021]",
    "[citation needed, March 2020]",
    "[rujukan?][butuh rujukan]",
    "{perlu rujukan}",
    "{sumber?}",
    "<perlu rujukan>",
    "[perlu rujukan ]",
    "[ Perlu Rujukan ]",
    "[PERLU RUJUKAN]",
    "(PERLU KONFIRMASI)",
    "(Perlu Dicek)",
    "[ref?]",
    "[sumber?]",
    "[source?]",
    "[rujukan diperlukan]",
    "[halaman diperlukan]",
    "[tahun?]",
    "[siapa yang mengatakan?]",
    "[perlu sitasi]",
    "[butuh sitasi]",
    "[verifikasi diperlukan]",
    "[tidak ada rujukan]",
    "[tanpa rujukan]",
    "(cek kembali ke narasumber)",
    "(tanya narasumber)",
    "(konfirmasi ulang ke humas)",
    "(angka perlu dicek)",
    "(data belum diverifikasi)",
    "[NOTE: cek angka]",
    "(NB: perlu dicek)",
    "(TODO)",
    "(todo: cari foto)",
]


@pytest.mark.parametrize("note", ROUND5_MORE_NOTES)
def test_round5_more_notes_in_a_sentence_removed(note: str, ruleset: Ruleset, settings: Settings) -> None:
    sentence = "Pelabuhan Panjang melayani 2.000 kapal setahun"
    line = f"{sentence} {note} dan terus bertambah."
    assert clean(page(line), ruleset, settings).text == page(f"{sentence} dan terus bertambah.")


@pytest.mark.parametrize(
    "line",
    [
        "Acara ditutup dengan sesi diskusi (tanya jawab) bersama warga.",
        "Wartawan menemui narasumber (seorang nelayan) di dermaga.",
        "Rumus luas lingkaran adalah {pi} dikali jari-jari kuadrat.",
        "Tekan tombol <Enter> untuk melanjutkan pendaftaran.",
        "Kepala desa meminta warga mengecek ulang data ke kantor desa (ke bagian pelayanan).",
    ],
)
def test_round5_more_brackets_of_content_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        (
            "Seperti dilansir [nama media], pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Dikutip dari [sumber], pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Mengutip [nama situs], pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Melansir ..., pelabuhan itu melayani 2.000 kapal setahun.",
            "pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun, seperti dikutip dari [sumber].",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun (dikutip dari: ...).",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
        (
            "Pelabuhan itu melayani 2.000 kapal setahun (via: -).",
            "Pelabuhan itu melayani 2.000 kapal setahun.",
        ),
    ],
)
def test_round5_attribution_verbs_with_a_slot_go_with_it(
    line: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: [nama reporter]",
        "Pewarta: -",
        "Kontributor: [Nama]",
        "Fotografer: [nama]",
        "Laporan: [nama wartawan]",
        "Editor: -",
        "Penulis: -",
        "Reporter:",
    ],
)
def test_round5_credit_labels_without_a_name_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


# Round 6: the page talking about itself, in wordings of other sites and CMS themes (lines).
ROUND6_PAGE_TALK_LINES = [
    " Berikut kami rangkum informasinya untuk Anda.",
    " Berikut ini kami sajikan ulasan lengkapnya.",
    " Berikut rangkuman selengkapnya yang telah dihimpun tim redaksi.",
    " Selengkapnya simak di bawah ini.",
    " Untuk lebih lengkapnya, simak ulasan berikut.",
    " Yuk, simak penjelasan lengkapnya dalam artikel berikut!",
    " Berikut ulasan lengkapnya, dirangkum dari berbagai sumber.",
    " Pada pembahasan di bawah ini akan diuraikan secara rinci mengenai sejarah kota.",
    " Pada bagian berikut ini akan dijelaskan langkah-langkahnya.",
    " Di bawah ini akan kami jelaskan satu per satu.",
    " Di bawah ini adalah penjelasan lengkapnya.",
    " Adapun penjelasannya dapat dilihat pada uraian di bawah.",
    " Penjelasan lebih lanjut dapat dilihat pada bagian selanjutnya.",
    " Tulisan ini bertujuan untuk menjelaskan sejarah Kota Bandar Lampung.",
    " Artikel berikut ini menyajikan informasi lengkap mengenai sejarah kota.",
    " Ulasan di bawah ini berisi informasi seputar sejarah kota.",
    " Informasi selengkapnya dapat Anda baca di bawah ini.",
    " Berikut penjelasan lengkapnya yang dikutip dari berbagai sumber.",
    " Untuk mengetahui lebih lanjut, simak ulasan berikut ini.",
    " Agar lebih jelas, perhatikan penjelasan berikut.",
    " Mari kita bahas satu per satu di bawah ini.",
    " Simak informasi selengkapnya berikut ini.",
    " Berikut ini merupakan ulasan lengkap mengenai sejarah Kota Bandar Lampung.",
    " Artikel ini disusun untuk membantu pembaca memahami sejarah kota.",
    " Pembahasan ini dibagi menjadi tiga bagian utama.",
    " Tulisan ini terbagi menjadi beberapa subbab.",
    " Adapun ulasan lengkapnya sebagai berikut.",
    " Simak juga ulasan lainnya di bawah ini.",
    " Kami telah merangkum informasinya untuk Anda di bawah ini.",
    " Tim redaksi telah merangkumnya di bawah ini.",
    " Nah, berikut ulasan lengkapnya yang sudah kami siapkan.",
    " Dalam tulisan di bawah ini, Anda akan menemukan sejarah singkat kota.",
    " Selengkapnya, baca artikel di bawah ini.",
    " Berikut selengkapnya.",
    " Berikut ulasannya.",
    " Penjelasan rinci dapat ditemukan di bagian akhir artikel.",
    " Penjelasan selengkapnya bisa disimak pada uraian berikut.",
    " Berikut beberapa hal yang perlu Anda ketahui, sebagaimana dirangkum dari berbagai sumber.",
    " Simak rangkuman informasinya berikut ini, ya!",
    " Read on to find out more.",
    " Below is a summary of the city's history.",
    " In the next section, we'll look at the port.",
    " This article will discuss the history of the city.",
    " See the table below for details.",
    " BERIKUT ULASAN LENGKAPNYA",
    " Berikut Ulasan Lengkapnya:",
    " Yuk, cari tahu jawabannya di artikel ini!",
    " Artikel kali ini akan mengajak Anda menelusuri sejarah kota.",
    " Pada kesempatan kali ini, kami akan mengulas sejarah kota secara tuntas.",
]


# ... and inside a content paragraph: an aside (`, seperti terlihat pada tabel di atas`), a closing clause, a
# sentence before or after the content, a note in brackets. Only the talk goes.
ROUND6_PAGE_TALK_IN_A_PARAGRAPH = [
    (
        "Jumlah penumpang naik 20 persen seperti yang terlihat pada tabel di atas.",
        "Jumlah penumpang naik 20 persen.",
    ),
    (
        "Seperti yang sudah dijelaskan di atas, pelabuhan ini dibangun pada 1912.",
        "pelabuhan ini dibangun pada 1912.",
    ),
    (
        "Pelabuhan ini dibangun pada 1912, sebagaimana dibahas pada bagian sebelumnya.",
        "Pelabuhan ini dibangun pada 1912.",
    ),
    (
        "Sebagaimana terlihat dalam grafik di bawah ini, jumlah penumpang naik setiap tahun.",
        "jumlah penumpang naik setiap tahun.",
    ),
    ("Seperti tampak pada gambar di atas, menara itu berwarna merah.", "menara itu berwarna merah."),
    ("Pelabuhan dibangun pada 1912, simak selengkapnya di bawah ini.", "Pelabuhan dibangun pada 1912."),
    (
        "Seperti yang telah diuraikan dalam artikel ini, kota itu tumbuh dari dua kota kecil.",
        "kota itu tumbuh dari dua kota kecil.",
    ),
    (
        "Kota itu tumbuh dari dua kota kecil, seperti yang dijelaskan dalam ulasan di atas.",
        "Kota itu tumbuh dari dua kota kecil.",
    ),
    (
        "Pelabuhan dibangun pada 1912. Berikut kami rangkum sejarah lengkapnya.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pelabuhan dibangun pada 1912. Untuk lebih jelasnya, simak uraian di bawah ini.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pada bagian ini akan dijelaskan sejarahnya. Pelabuhan dibangun pada 1912.",
        "Pelabuhan dibangun pada 1912.",
    ),
    ("Pelabuhan dibangun pada 1912, seperti terlihat pada tabel berikut.", "Pelabuhan dibangun pada 1912."),
    (
        "Seperti yang dapat dilihat pada grafik di atas, penumpang naik tiap tahun.",
        "penumpang naik tiap tahun.",
    ),
    (
        "Pelabuhan dibangun pada 1912. Penjelasan lengkapnya ada di bagian berikutnya.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pelabuhan dibangun pada 1912, dan hal ini akan dibahas lebih lanjut pada bagian berikutnya.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Sebagaimana telah disebutkan pada paragraf sebelumnya, pelabuhan dibangun pada 1912.",
        "pelabuhan dibangun pada 1912.",
    ),
    ("Pelabuhan dibangun pada 1912 (lihat tabel di bawah).", "Pelabuhan dibangun pada 1912."),
    ("Pelabuhan dibangun pada 1912 (selengkapnya lihat di bawah).", "Pelabuhan dibangun pada 1912."),
    (
        "Pelabuhan dibangun pada 1912 (penjelasan lebih lanjut ada di bagian berikutnya).",
        "Pelabuhan dibangun pada 1912.",
    ),
    ("Artikel ini akan membahas sejarahnya. Pelabuhan dibangun pada 1912.", "Pelabuhan dibangun pada 1912."),
    ("Kota ini, sebagaimana telah kita bahas sebelumnya di atas, tumbuh cepat.", "Kota ini tumbuh cepat."),
    ("Sesuai dengan yang tertera pada tabel di bawah ini, tarif naik 10 persen.", "tarif naik 10 persen."),
    (
        "Sebagaimana yang bisa Anda lihat pada infografis di atas, tarif naik 10 persen.",
        "tarif naik 10 persen.",
    ),
    ("Seperti yang sudah kami sebutkan di awal artikel, tarif naik 10 persen.", "tarif naik 10 persen."),
    ("As shown in the table above, fares rose by 10 percent.", "fares rose by 10 percent."),
    ("Tarif naik 10 persen (baca selengkapnya di bawah).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen (lihat gambar di atas).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen (simak ulasannya di bawah ini).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen (selengkapnya di bagian akhir artikel).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen (penjelasannya ada di poin berikutnya).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen — simak ulasan lengkapnya di bawah.", "Tarif naik 10 persen."),
    (
        "Tarif naik 10 persen. Penjelasan lengkap mengenai hal ini akan dibahas pada subbab berikutnya.",
        "Tarif naik 10 persen.",
    ),
    ("Tarif naik 10 persen. Kami akan mengulasnya satu per satu di bawah ini.", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen, seperti yang tercantum dalam daftar di bawah.", "Tarif naik 10 persen."),
    ("Seperti yang kita ketahui dari uraian di atas, tarif naik 10 persen.", "tarif naik 10 persen."),
    ("Tarif naik 10 persen, sebagaimana terangkum dalam tabel berikut ini.", "Tarif naik 10 persen."),
    (
        "Seperti yang sudah disinggung sebelumnya di artikel ini, tarif naik 10 persen.",
        "tarif naik 10 persen.",
    ),
    ("Tarif naik 10 persen seperti dijelaskan pada poin sebelumnya.", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen. Untuk detailnya, lihat bagian selanjutnya.", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen. Mari kita simak penjelasannya berikut ini.", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen. Yuk, simak sampai habis!", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen. Penasaran? Simak ulasannya berikut ini.", "Tarif naik 10 persen."),
]


# Content sharing the words: reports pointing at numbered tables, sources, places above and below, news.
ROUND6_CONTENT_WITH_PAGE_WORDS = [
    "Tabel 2 di atas menunjukkan kenaikan jumlah penumpang sebesar 20 persen dibanding tahun lalu.",
    "Seperti diberitakan sebelumnya, pelabuhan itu ditutup sementara akibat cuaca buruk.",
    "Seperti dikutip Antara, pelabuhan itu ditutup sementara akibat cuaca buruk.",
    "Sebagaimana terlihat dari data BPS, jumlah penumpang naik setiap tahun.",
    "Seperti terlihat pada Gambar 3, kadar garam meningkat di musim kemarau.",
    "Hasil penelitian menunjukkan kadar garam meningkat, sebagaimana ditunjukkan pada Tabel 4.",
    "Berikut daftar pemenang lomba desa wisata tahun ini.",
    "Berikut ini adalah syarat pendaftaran CPNS 2024:",
    "Warga menyimak penjelasan petugas di bawah tenda.",
    "Di bawah ini terdapat gua alami yang dihuni kelelawar.",
    "Bagian atas menara itu dihiasi ornamen siger.",
    "Bagian bawah jembatan itu retak akibat gempa.",
    "Penjelasan Kapolres itu disampaikan di hadapan wartawan.",
    "Ulasan film itu ditulis oleh kritikus ternama.",
    "Seperti yang terlihat di lapangan, warga antusias menyambut festival itu.",
    "Sebagaimana dijelaskan Kepala Dinas, pembangunan dermaga selesai tahun depan.",
    "Seperti yang dijelaskan dalam Peraturan Daerah Nomor 5, retribusi naik tahun depan.",
    "Artikel ilmiah itu membahas abrasi pantai di pesisir Lampung.",
    "Ia merangkum hasil rapat di hadapan wartawan.",
    "Panitia menyajikan tarian adat di bagian awal acara.",
    "Di bagian selanjutnya lomba, peserta harus berenang menyeberangi teluk.",
    "Rencana itu dipaparkan di depan DPRD, kemudian dijelaskan secara rinci oleh Sekda.",
    "Rencana itu dipaparkan di depan DPRD, kemudian dijelaskan secara rinci.",
    "Warga diminta membaca pengumuman di papan desa, terutama bagian berikutnya tentang jadwal.",
    "Sesuai yang tercantum dalam Perda Nomor 3 Tahun 2020, retribusi pasar naik.",
    "Seperti yang disampaikan Gubernur di atas panggung, pembangunan dermaga dimulai tahun depan.",
    "Seperti terlihat di lapangan, warga antusias mengikuti lomba.",
    "Sebagaimana tercantum pada Tabel 3, produksi padi naik 5 persen.",
    "Sebagaimana dijelaskan dalam bab sebelumnya buku itu, rempah menjadi komoditas utama.",
    "Ia mengaku sudah membaca artikel itu, namun tidak setuju dengan isinya.",
    "Menteri menjelaskan rencana itu kepada wartawan, sebagaimana dilaporkan Antara.",
    "Kami akan membahas hal ini bersama DPRD, kata Wali Kota.",
    "Petugas memasang spanduk di atas gerbang, seperti terlihat dalam foto yang beredar.",
    "Pemerintah menjanjikan subsidi, seperti disebutkan dalam pidato Presiden kemarin.",
    "Jumlah penumpang naik, seperti terlihat pada data Dinas Perhubungan.",
    '"Seperti yang terlihat di atas kertas, rencana itu bagus," ujar pengamat.',
    "Harga cabai turun, sebagaimana terlihat di pasar-pasar tradisional.",
    "Penonton bersorak, seperti yang terlihat di video yang viral di media sosial.",
    "Berikut penjelasan lengkap Kapolres soal kasus pencurian itu.",
    "Berikut ini syarat dan cara mendaftar beasiswa Unila.",
    "Artikel ini membahas perangkat lunak akuntansi untuk UMKM.",
    "Sesuai dengan yang tertera di atas kertas perjanjian, kedua pihak sepakat berdamai.",
    "Jembatan itu ambruk seperti yang terlihat di bawah jembatan layang Kemayoran.",
    "Ia tinggal di lantai dua, seperti yang tampak di atas ruko itu.",
    "Warga mengungsi ke tempat yang lebih tinggi, seperti terlihat di atas bukit Kelurahan Sukamaju.",
    "Polisi menyita barang bukti seperti terlihat pada foto yang dirilis Polda Lampung.",
    "Harga emas naik, seperti terlihat pada grafik Bloomberg pekan ini.",
    "Anggaran itu dipangkas, sesuai dengan yang disampaikan Menteri Keuangan sebelumnya.",
    "As shown in Figure 2, the salinity rises during the dry season.",
    "The minister, as mentioned earlier by reporters, refused to comment.",
    "Para pedagang diminta mengikuti aturan berikut, kata Kepala Pasar.",
    "Ia meminta warga menyimak pengumuman berikut dengan saksama, ujar Lurah.",
    "Ketua RT membacakan daftar nama penerima bantuan, lalu warga menyimak di bawah tenda.",
    "Panitia menjelaskan aturan lomba secara rinci, termasuk sanksi bagi peserta yang curang.",
    "Pemerintah telah merangkum masukan warga, dan hasilnya akan dibahas bersama DPRD pekan depan.",
    "Harga tiket naik 10 persen, seperti tahun lalu.",
    "Data itu disusun berdasarkan survei BPS tahun 2023.",
    "Tim redaksi Kompas menerima penghargaan jurnalistik tahun ini.",
    "Berikut rinciannya:",
    "Berikut penjelasan lengkap Kapolres soal kasus pencurian itu.",
    "Artikel berikut menjelaskan proses kualifikasi menuju babak utama SAP Open 2011.",
]


# Unfinished source attributions on their own line.
ROUND6_UNFINISHED_SOURCE_LINES = [
    " SUMBER:",
    " Sumber :",
    " Sumber: …",
    " Sumber: [link]",
    " Sumber: <nama media>",
    " Sumber: (isi sumber)",
    " Sumber berita: -",
    " Sumber: TBA",
    " Sumber: xxx",
    " Sumber: ?",
    " Sumber: [sumber]",
    " Referensi: -",
    " Rujukan:",
    " Daftar Pustaka: -",
    " Sumber referensi: [tautan]",
    " Dikutip dari:",
    " Dilansir dari",
    " Dilansir dari …",
    " Dikutip dari [nama situs]",
    " Disarikan dari:",
    " Diolah dari berbagai sumber",
    " Source: [insert link]",
    " Sumber: (menyusul)",
    " Sumber artikel: -",
    " Sumber foto: [nama fotografer]",
    " (Sumber: )",
    " (Sumber: ...)",
    " (sumber: [nama])",
    " Sumber: -- ",
    " Sumber: Nama Media, Tanggal",
    " Sumber: Judul Artikel - Nama Situs",
    " Sumber data: [lembaga]",
    " Sumber: ___",
    " Sumber: (tautan menyusul)",
    " Sumber: belum dicantumkan",
]


# ... and in a sentence: the attribution clause goes with its empty or templated source.
ROUND6_UNFINISHED_SOURCE_IN_A_PARAGRAPH = [
    (
        "Menurut laporan ..., pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Menurut laporan [nama media], pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Menurut data dari [sumber], pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Berdasarkan data [nama lembaga], pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    ("Pelabuhan itu melayani 2.000 kapal setahun (Sumber: ).", "Pelabuhan itu melayani 2.000 kapal setahun."),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun (sumber: …).",
        "Pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    ("Pelabuhan itu melayani 2.000 kapal setahun. Sumber: -", "Pelabuhan itu melayani 2.000 kapal setahun."),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun, dikutip dari …",
        "Pelabuhan itu melayani 2.000 kapal setahun",
    ),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun, menurut laporan [media].",
        "Pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Berdasarkan laporan XXX, pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Seperti dilaporkan oleh {sumber}, pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Mengutip laporan ..., pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Dilansir dari situs resmi …, pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun (via [sumber]).",
        "Pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun, seperti dilansir dari ... .",
        "Pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun (Sumber: -).",
        "Pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Pelabuhan itu melayani 2.000 kapal setahun, sebagaimana dikutip dari [nama media].",
        "Pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Menurut sumber: ..., pelabuhan itu melayani 2.000 kapal setahun.",
        "pelabuhan itu melayani 2.000 kapal setahun.",
    ),
    (
        "Tarif naik 10 persen. Informasi dalam artikel ini dihimpun dari berbagai sumber.",
        "Tarif naik 10 persen.",
    ),
    (
        "Tarif naik 10 persen. Ulasan ini disusun berdasarkan berbagai sumber terpercaya.",
        "Tarif naik 10 persen.",
    ),
    ("Menurut keterangan [jabatan narasumber], tarif naik 10 persen.", "tarif naik 10 persen."),
    ("Tarif naik 10 persen (dilansir dari ...).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen, ujar [nama narasumber].", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen. (Sumber: ...)", "Tarif naik 10 persen."),
    ("Mengutip keterangan tertulis dari [instansi], tarif naik 10 persen.", "tarif naik 10 persen."),
    ("Dilansir dari <nama media>, tarif naik 10 persen.", "tarif naik 10 persen."),
    ("Tarif naik 10 persen, seperti dikutip dari laman {nama_situs}.", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen (sumber: xxx).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen (Sumber: TBA).", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen, menurut data terbaru dari ....", "Tarif naik 10 persen."),
    ("Tarif naik 10 persen, berdasarkan laporan [sumber].", "Tarif naik 10 persen."),
]


# Real sources and the word `sumber` in content.
ROUND6_SOURCES_AND_SOURCE_WORDS_STAY = [
    "Sumber: Badan Pusat Statistik Provinsi Lampung, 2023",
    "Menurut sumber yang enggan disebutkan namanya, pelabuhan itu akan diperluas.",
    '"Sumber masalahnya ada di hulu," kata Kepala Dinas.',
    "Sumber air warga berasal dari mata air di lereng gunung.",
    "Menurut laporan BPS, jumlah penduduk naik 2 persen.",
    "Dikutip dari Antara, pelabuhan itu ditutup sementara.",
    "Sumber daya manusia menjadi kunci pembangunan daerah.",
    "Polisi masih mencari sumber api yang membakar pasar.",
    "Menurut laporan warga, banjir mulai surut sejak pagi.",
    "Referensi utama penelitian ini adalah arsip kolonial Belanda.",
    "Sumber air bersih warga kini tersedia di setiap dusun.",
    "Dikutip dari situs resmi BMKG, hujan lebat diperkirakan turun sore ini.",
    "Menurut keterangan saksi, pelaku kabur ke arah utara.",
    "Menurut data BPS, jumlah penduduk miskin turun.",
]


# Generator residue lines: preambles, refusals, knowledge limits, offers, AI notes, template syntax.
ROUND6_GENERATOR_LINES = [
    " Tentu saja! Berikut adalah artikel lengkapnya:",
    " Baiklah, saya akan menulis artikel tentang sejarah Bandar Lampung.",
    " Dengan senang hati! Berikut artikelnya:",
    " Berikut adalah draft artikel yang Anda minta:",
    " Berikut contoh artikel dengan gaya bahasa santai:",
    " Berikut artikel 800 kata yang sudah dioptimasi SEO:",
    " Sebagai asisten AI, saya tidak memiliki pendapat pribadi.",
    " Sebagai model bahasa AI, saya tidak dapat memberikan informasi terkini.",
    " Saya adalah model bahasa yang dilatih oleh OpenAI.",
    " Catatan: Angka-angka di atas bersifat ilustratif dan perlu diverifikasi.",
    " Catatan: Data dalam artikel ini perlu diverifikasi ulang sebelum dipublikasikan.",
    " Catatan: Beberapa informasi mungkin sudah tidak akurat; harap periksa sumber resmi.",
    " Note: Please verify the figures before publishing.",
    " Here is the article you requested:",
    " Here's a 500-word article about the history of Bandar Lampung:",
    " Sure! Here's the article:",
    " Certainly! Below is an article about the history of Bandar Lampung.",
    " I hope this article helps!",
    " Let me know if you'd like any changes.",
    " Apakah ada hal lain yang ingin Anda tambahkan?",
    " Jika Anda memerlukan penyesuaian, silakan beri tahu saya.",
    " Saya harap artikel ini membantu!",
    " Judul: [Judul Artikel]",
    " Berikut adalah versi yang lebih singkat:",
    " Tentu, ini versi revisinya:",
    " Berikut 5 judul alternatif untuk artikel ini:",
    " Disclaimer: Informasi di atas dihasilkan secara otomatis dan mungkin tidak akurat.",
    " Pengetahuan saya terbatas hingga tahun 2023.",
    " As of my last update in 2023, the port was still under construction.",
    " I'm sorry, but I can't browse the internet.",
    " Maaf, sebagai AI saya tidak bisa mengakses data terbaru.",
    " Catatan: Pastikan untuk memverifikasi data di atas dengan sumber terbaru.",
    " Catatan penulis: informasi ini perlu dicek kembali.",
    " Semoga artikel ini membantu! Jika ada pertanyaan lain, jangan ragu untuk bertanya.",
    " Ini dia artikel yang kamu minta!",
    " Oke, berikut draf tulisannya ya:",
    " Artikel di atas dibuat oleh ChatGPT.",
    " Teks ini dihasilkan oleh AI dan mungkin mengandung kesalahan.",
    " {{judul}}",
    " {{ meta_description }}",
    " [Masukkan nama kota]",
    " Judul artikel: {judul}",
    " Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
    " Berikut ini adalah artikel SEO-friendly tentang sejarah Bandar Lampung:",
    " Tentu! Saya akan membuatkan artikel tentang topik tersebut.",
    " Mohon maaf, saya tidak dapat memenuhi permintaan tersebut.",
    " Here is a draft:",
    " Of course! Here's a rewritten version:",
    " Catatan: Informasi ini bersifat umum dan sebaiknya diverifikasi lebih lanjut.",
    " Note: This article was generated with the help of AI.",
]


# ... glued to a content paragraph: only the residue goes.
ROUND6_GENERATOR_IN_A_PARAGRAPH = [
    ("Tentu! Berikut artikelnya. Pelabuhan dibangun pada 1912.", "Pelabuhan dibangun pada 1912."),
    (
        "Pelabuhan dibangun pada 1912. Catatan: tahun pembangunan perlu diverifikasi.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pelabuhan dibangun pada 1912 (Catatan: angka ini perlu diverifikasi).",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Sebagai model bahasa AI, saya tidak bisa memastikan angka ini. Pelabuhan dibangun pada 1912.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pelabuhan dibangun pada 1912. Jika Anda ingin, saya bisa menambahkan data penumpang.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pelabuhan dibangun pada 1912. As an AI language model, I cannot verify this.",
        "Pelabuhan dibangun pada 1912.",
    ),
    ("Pelabuhan dibangun pada 1912. Here is the rest of the article.", "Pelabuhan dibangun pada 1912."),
    ("Pelabuhan dibangun pada tahun {{tahun}}.", "Pelabuhan dibangun pada tahun."),
    ("Pelabuhan dibangun oleh [Nama Perusahaan] pada 1912.", "Pelabuhan dibangun oleh pada 1912."),
    (
        "Pelabuhan dibangun pada 1912. Harap verifikasi informasi ini sebelum dipublikasikan.",
        "Pelabuhan dibangun pada 1912.",
    ),
    ("Pelabuhan dibangun pada 1912. Lorem ipsum dolor sit amet.", "Pelabuhan dibangun pada 1912."),
    (
        "Pelabuhan dibangun pada 1912. Berdasarkan data terakhir yang saya ketahui, pelabuhan masih"
        " beroperasi.",
        "Pelabuhan dibangun pada 1912.",
    ),
    (
        "Pelabuhan dibangun pada 1912. Perlu dicatat bahwa informasi ini mungkin sudah berubah sejak batas"
        " pengetahuan saya.",
        "Pelabuhan dibangun pada 1912.",
    ),
]


# News about AI, quotes, notes and advice that share the words.
ROUND6_CONTENT_WITH_GENERATOR_WORDS = [
    "ChatGPT adalah model bahasa buatan OpenAI yang kini dipakai jutaan orang.",
    '"Sebagai manusia, saya tidak bisa diam melihat ini," kata warga.',
    "Catatan: Jadwal kapal dapat berubah sewaktu-waktu tergantung cuaca.",
    "Kementerian Kominfo meminta warga memverifikasi informasi sebelum menyebarkannya.",
    "Tentu saja pemerintah akan menambah armada kapal menjelang Lebaran.",
    "Penggunaan AI dalam jurnalisme memicu perdebatan di kalangan redaksi.",
    "Dosen itu meminta mahasiswa tidak menyalin jawaban dari ChatGPT.",
    "Lorem ipsum adalah teks tiruan yang sering dipakai dalam desain grafis.",
    "Pemerintah akan memverifikasi data penerima bansos sebelum dana dicairkan.",
    "Berikut lima kuliner khas Lampung yang wajib dicoba.",
    "Tentu saja, warga menyambut baik kebijakan itu. Harga cabai turun 20 persen.",
    "Catatan: Warga perlu memeriksa data kependudukan di kantor kelurahan sebelum tanggal 5 Mei.",
    "Catatan: Harga dapat berubah sewaktu-waktu, harap cek kembali sebelum berangkat.",
    "Saya harap tulisan ini bisa menjadi pengingat bagi kita semua.",
    '"Saya tidak dapat memenuhi permintaan tersebut," kata Bupati kepada wartawan.',
]


@pytest.mark.parametrize(
    "line", [*ROUND6_PAGE_TALK_LINES, *ROUND6_UNFINISHED_SOURCE_LINES, *ROUND6_GENERATOR_LINES]
)
def test_round6_residue_lines_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        *ROUND6_PAGE_TALK_IN_A_PARAGRAPH,
        *ROUND6_UNFINISHED_SOURCE_IN_A_PARAGRAPH,
        *ROUND6_GENERATOR_IN_A_PARAGRAPH,
    ],
)
def test_round6_residue_in_a_paragraph_goes_alone(
    line: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        *ROUND6_CONTENT_WITH_PAGE_WORDS,
        *ROUND6_SOURCES_AND_SOURCE_WORDS_STAY,
        *ROUND6_CONTENT_WITH_GENERATOR_WORDS,
    ],
)
def test_round6_content_with_the_same_words_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


def test_round6_page_asides_go_and_the_sentence_stays(ruleset: Ruleset, settings: Settings) -> None:
    line = "Seperti terlihat pada grafik di atas, jumlah wisatawan naik tajam."
    assert flagged(page(line), ruleset, "placeholder") == ["Seperti terlihat pada grafik di atas, "]
    assert clean(page(line), ruleset, settings).text == page("jumlah wisatawan naik tajam.")
    report = "Sebagaimana terlihat pada Tabel 3, produksi padi naik 5 persen."
    assert flagged(page(report), ruleset, "placeholder") == []


# Round 6, more: closers and summaries, teasers, English transitions, refusals, translation and outline
# preambles, machine-made notes, end markers and empty credits.
ROUND6_MORE_RESIDUE_LINES = [
    " Simak daftar lengkapnya dalam artikel ini.",
    " Di artikel ini, kamu akan menemukan informasi seputar sejarah kota.",
    " Selengkapnya dapat Anda simak dalam ulasan di bawah.",
    " Info selengkapnya, baca di sini.",
    " Untuk informasi lengkapnya, silakan baca artikel ini hingga selesai.",
    " Yuk, simak!",
    " Yuk, langsung saja simak pembahasannya!",
    " Cek selengkapnya di bawah ini!",
    " Langsung saja, simak ulasan lengkapnya berikut.",
    " Berikut adalah pembahasan lengkapnya.",
    " Nah, untuk lebih lengkapnya, mari kita bahas bersama di bawah ini.",
    " Ulasan lengkapnya bisa dibaca di bawah ini.",
    " Apa saja? Simak selengkapnya di bawah ini.",
    " Bagaimana caranya? Simak penjelasan berikut.",
    " Ini dia ulasan lengkapnya.",
    " Inilah penjelasan selengkapnya.",
    " Berikut ini penjelasannya.",
    " Berikut informasi selengkapnya yang berhasil dirangkum dari berbagai sumber.",
    " (Catatan: Angka di atas bersifat perkiraan dan perlu dicek ulang.)",
    " *Catatan: Informasi di atas perlu dikonfirmasi ulang dengan sumber resmi terbaru.*",
    " Semoga artikel ini sesuai dengan kebutuhan Anda!",
    " Silakan sesuaikan kembali dengan gaya penulisan situs Anda.",
    " Saya juga bisa membuatkan meta deskripsi jika diperlukan.",
    " Mau saya buatkan juga versi untuk media sosial?",
    " Berikut kerangka artikelnya:",
    " [Akhir artikel]",
    " (Artikel selesai)",
    " Tentu, saya bisa membantu!",
    " Berikut hasil terjemahannya:",
    " Here's a concise summary:",
    " As a language model, I don't have personal opinions.",
    " Konten ini dibuat menggunakan ChatGPT dan telah ditinjau editor.",
    " Tulisan ini merupakan hasil generate AI.",
    " Lorem ipsum.",
    " Sumber: ~",
    " Sumber : .",
    " Sumber:—",
    " Foto/Sumber: -",
    " Kredit foto: [nama]",
    " Ilustrasi: (sumber)",
    " Dikutip dari: [link]",
    " Artikel ini telah tayang di [nama media] dengan judul [judul].",
    ' Artikel ini telah tayang di {{media}} dengan judul "{{judul}}".',
    " Sumber: Nama Penulis (Tahun). Judul Buku. Penerbit.",
    " Sumber tulisan: (tautan)",
    " Sumber: Diolah dari berbagai sumber",
    " In this article, you'll learn everything about the port.",
    " Let's dive in!",
    " Without further ado, let's get started.",
    " Read on to learn more about the history of the city.",
    " In conclusion, this article has discussed the history of the city.",
    " Kesimpulannya, artikel ini telah membahas sejarah kota secara lengkap.",
    " Sebagai penutup, demikianlah ulasan kami mengenai sejarah kota.",
    " Dalam artikel ini, sejarah kota akan dibahas secara lengkap.",
]


# Content opening with the same words: questions answered in the text, news closers, quotes.
ROUND6_MORE_CONTENT = [
    "Apa saja syaratnya? Warga cukup membawa KTP ke kantor kelurahan.",
    "Bagaimana caranya? Petani menanam bibit di polybag terlebih dahulu.",
    "Sebagai penutup, Bupati menyerahkan hadiah kepada pemenang lomba.",
    "Kesimpulannya, hakim menyatakan terdakwa bersalah dan menjatuhkan vonis lima tahun.",
    "In conclusion, the minister said the policy would continue.",
    "Pada kesempatan ini, Presiden akan menyampaikan pidato kenegaraan di depan MPR.",
    "Dalam video ini, Presiden akan menjelaskan rencana pemindahan ibu kota.",
    "Dalam artikel ini, Presiden Jokowi akan dibahas perannya dalam pembangunan jalan tol.",
    "Baik, pemerintah akan mengkaji ulang aturan itu, kata Menteri.",
    "Saya mengerti kekhawatiran warga, namun proyek tetap berjalan.",
    "Tentu saja, saya mengerti bahwa kota masa kini harus dipisahkan dari masa kolonialnya.",
    "Kepala sekolah meminta siswa menyimak pengumuman hingga selesai.",
    "Inilah kali pertama kota itu menggelar festival kopi.",
    "Ini dia sosok di balik kesuksesan UMKM kopi Lampung.",
    "Tulisan tangan itu telah diteliti oleh ahli grafologi.",
]


@pytest.mark.parametrize("line", ROUND6_MORE_RESIDUE_LINES)
def test_round6_more_residue_lines_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize("line", ROUND6_MORE_CONTENT)
def test_round6_more_content_stays(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder") == []


# Round 6: the same residue in capitals, Title Case, markdown, behind a bullet glyph or with emoji.
ROUND6_DECORATED_RESIDUE = [
    "SIMAK ULASAN LENGKAPNYA BERIKUT INI!",
    "Simak Ulasan Lengkapnya di Bawah Ini!",
    "simak ulasan lengkapnya di bawah ini",
    "👉 Simak selengkapnya di bawah ini 👇",
    "➡️ Berikut ulasan lengkapnya...",
    "Yuk simak selengkapnya ⬇️⬇️",
    "PADA ARTIKEL KALI INI, KITA AKAN MEMBAHAS SEJARAH KOTA.",
    "Di Artikel Ini Kita Akan Membahas Sejarah Kota.",
    "**Pada artikel ini, kita akan membahas sejarah kota.**",
    "> Berikut artikel tentang sejarah Bandar Lampung:",
    "## Tentu! Berikut artikelnya:",
    "*Semoga membantu! Jika Anda ingin saya menambahkan bagian lain, beri tahu saya.*",
    "_Catatan: Data di atas perlu diverifikasi ulang._",
    "SUMBER : -",
    "Sumber:  [ ]",
    "Sumber: ( )",
    "Sumber: —.",
    "Sumber: ….",
    "(Sumber: —)",
    "[Sumber: tautan]",
    "Sumber — [nama media]",
    "Referensi :",
    "DAFTAR PUSTAKA:",
    "Artikel ini akan membahas sejarah kota 📚",
    "artikel ini akan membahas sejarah kota secara lengkap.",
    "Berikut adalah artikel yang telah saya optimasi untuk SEO 👇",
    "Sure! Here’s the article:",
    "HERE IS THE ARTICLE:",
    "Note: The data above should be verified.",
]


@pytest.mark.parametrize("line", ROUND6_DECORATED_RESIDUE)
def test_round6_decorated_residue_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Pelabuhan itu, menurut laporan [nama media], melayani 2.000 kapal setahun.",
        "Pelabuhan itu, seperti dilansir dari ..., melayani 2.000 kapal setahun.",
        "Pelabuhan itu, dikutip dari [sumber], melayani 2.000 kapal setahun.",
        "Pelabuhan itu, sebagaimana dikutip dari {sumber}, melayani 2.000 kapal setahun.",
    ],
)
def test_round6_unfinished_attribution_between_commas_goes_with_its_commas(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page("Pelabuhan itu melayani 2.000 kapal setahun.")


def test_round6_a_named_source_between_commas_stays(ruleset: Ruleset) -> None:
    line = "Pelabuhan itu, menurut data BPS, melayani 2.000 kapal setahun."
    assert flagged(page(line), ruleset, "placeholder") == []


def test_round6_a_bracketed_note_before_a_sentence_takes_only_itself(
    ruleset: Ruleset, settings: Settings
) -> None:
    line = (
        "Harga beras naik 5 persen. (catatan: pastikan angka sesuai rilis resmi) Ekonom menyarankan keluarga"
        " muda mencatat pengeluaran bulanan agar tidak terjerat utang."
    )
    cleaned = clean(page(line), ruleset, settings).text
    assert "Ekonom menyarankan keluarga muda mencatat pengeluaran bulanan" in cleaned
    assert "catatan" not in cleaned


# --- round 7: signed notes, filler speakers, paged marks, decorated scroll hints --------------------


@pytest.mark.parametrize(
    ("line", "residue", "cleaned"),
    [
        (
            "Jumlah penduduknya naik dua kali lipat [cek ulang, red] dalam sepuluh tahun.",
            " [cek ulang, red]",
            "Jumlah penduduknya naik dua kali lipat dalam sepuluh tahun.",
        ),
        (
            "Pelabuhan Panjang dibuka pada 1915 (mohon dicek lagi-red) oleh pemerintah kolonial.",
            " (mohon dicek lagi-red)",
            "Pelabuhan Panjang dibuka pada 1915 oleh pemerintah kolonial.",
        ),
        (
            "Kota ini dihuni beragam suku, ujar XXX.",
            ", ujar XXX",
            "Kota ini dihuni beragam suku.",
        ),
        (
            "Tugu Adipura menjadi ikon kota, kata .",
            ", kata ",
            "Tugu Adipura menjadi ikon kota.",
        ),
        (
            "Nama kota ini diresmikan pada tahun 1983[14]:212 lewat peraturan pemerintah.",
            "[14]:212",
            "Nama kota ini diresmikan pada tahun 1983 lewat peraturan pemerintah.",
        ),
        (
            "Kota ini memiliki 20 kecamatan[3]:45–47 dan 126 kelurahan.",
            "[3]:45–47",
            "Kota ini memiliki 20 kecamatan dan 126 kelurahan.",
        ),
    ],
)
def test_signed_notes_filler_speakers_and_paged_marks_removed(
    line: str, residue: str, cleaned: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert residue in flagged(page(line), ruleset, "placeholder.")
    assert cleaned in clean(page(line), ruleset, settings).text


@pytest.mark.parametrize(
    "line",
    [
        "⇆ Geser tabel ke kanan untuk melihat kolom lainnya",
        "➡️ Scroll horizontal untuk melihat seluruh kolom tabel",
        "← Geser ke kiri-kanan untuk melihat tabel lengkap →",
        "Geser ke samping untuk melihat seluruh tabel.",
    ],
)
def test_decorated_scroll_hints_flagged(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.layout_talk") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Presiden (Jokowi, red) meresmikan jembatan itu pada 2019.",
        "Menurut dia (kepala dinas-red) jalan itu akan diperlebar.",
        "Kepala dinas itu berkata, warga perlu bersabar.",
        "Tim XXX Lampung menang atas tim tamu, kata pelatihnya.",
        "Geser layar ke kanan untuk membuka notifikasi.",
        "Skor akhirnya 2:1 untuk tuan rumah.",
    ],
)
def test_editor_insertions_names_and_how_tos_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.") == []


@pytest.mark.parametrize(
    "note", ["[verif]", "[VERIF.]", "(konf)", "[recheck]", "[unverified]", "[data belum valid]"]
)
def test_short_forms_of_a_check_flagged(note: str, ruleset: Ruleset) -> None:
    line = f"Jumlah penduduknya naik dua kali lipat {note} dalam sepuluh tahun."
    assert flagged(page(line), ruleset, "placeholder.verification_note") == [f" {note}"]


@pytest.mark.parametrize(
    "line",
    [
        "Status akun saya sudah verif sejak kemarin.",
        "Hasil uji laboratorium menunjukkan data belum valid untuk dipakai, kata peneliti.",
    ],
)
def test_check_short_forms_in_prose_stay(line: str, ruleset: Ruleset) -> None:
    assert flagged(page(line), ruleset, "placeholder.") == []


@pytest.mark.parametrize("line", ["Cara Sampah Diolah", "Data yang Diolah", "Produk yang Diadaptasi"])
def test_round9_a_heading_ending_with_an_attribution_verb_stays(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    # Only an opener ending with `dari` may follow words of its own clause: these are headings.
    text = page(line, "Sampah organik di kota itu kini dikomposkan di tiap kelurahan setiap pekan.")
    assert line in clean(text, ruleset, settings).text.split("\n")


@pytest.mark.parametrize(
    "line", ["Berikut adalah versi artikel yang telah diperbarui:", "Ini versi yang sudah dimutakhirkan:"]
)
def test_round9_a_preamble_announcing_an_updated_version_removed(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "lines",
    [
        ("Film ini tayang di", "Bioskop XXI"),  # the place follows on the next line
        ("Novel itu pertama kali terbit di Malaysia pada 1998.",),  # a sentence that names its place
        ("Laporan itu diterbitkan oleh Bank Dunia pekan lalu.",),
    ],
)
def test_round10_publication_notes_that_name_their_place_stay(
    lines: tuple[str, ...], ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(*lines), ruleset, settings).text == page(*lines)


@pytest.mark.parametrize(
    "line",
    [
        "Berikut adalah 5 paragraf tentang topik tersebut.",
        "Berikut tiga paragraf mengenai tema yang diberikan:",
    ],
)
def test_round10_preambles_pointing_back_to_the_prompt_removed(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page()


def test_round10_paragraphs_of_a_speech_stay(ruleset: Ruleset, settings: Settings) -> None:
    line = "Berikut tiga paragraf pembuka pidato Presiden di depan sidang tahunan MPR:"
    assert clean(page(line), ruleset, settings).text == page(line)


# --- round 11 (fresh probes): an origin cut off before its source, and who reported or wrote it ---


@pytest.mark.parametrize(
    "line",
    [
        "Dilansir oleh",
        "Ditulis oleh",
        "Kutipan dari",
        "Informasi ini diperoleh dari",
        "Data ini berasal dari",
        # who compiled it, cut off after where from (round 17)
        "Dirangkum dari laman resmi BMKG oleh",
        "Dihimpun dari sejumlah sumber oleh",
    ],
)
def test_round11_an_origin_cut_off_before_its_source_removed(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "lines",
    [
        ("Dilansir oleh", "Kantor Berita Antara"),  # the source follows on the next line
        ("Diolah dari data BPS oleh tim riset kami.",),  # the compiler named
        ("Kutipan dari", "Badan Pusat Statistik"),
        ("Informasi ini diperoleh dari hasil wawancara dengan kepala desa.",),
        ("Air bersih warga berasal dari mata air di lereng gunung.",),
    ],
)
def test_round11_an_origin_that_names_its_source_stays(
    lines: tuple[str, ...], ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(*lines), ruleset, settings).text == page(*lines)


# --- round 12 (fresh probes): a generator handing over a text to post, and owning up it could not check ---


@pytest.mark.parametrize(
    "line",
    [
        "Berikut ini draf artikel yang bisa langsung Anda unggah ke blog:",
        "Berikut struktur heading yang saya gunakan: H1, H2, dan H3.",
        "Saya tidak bisa memverifikasi sumber ini, jadi harap dicek ulang.",
        "Mohon periksa kembali fakta dan angka sebelum artikel ini diterbitkan.",
    ],
)
def test_round12_generator_residue_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "placeholder.generator_residue") == [line]
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        '"Saya tidak bisa memastikan kebenaran kabar itu," kata Kapolres kepada wartawan.',
        "Berikut struktur organisasi pengurus desa periode 2024-2029:",
        "Berikut jadwal siaran yang bisa Anda saksikan:",
        "Berikut metode yang saya gunakan untuk menanam cabai di pot.",
        "Dewan redaksi rapat setiap sore sebelum artikel diterbitkan di laman utama, kata pemimpin redaksi.",
        "Berikut video yang siap tayang di televisi nasional pekan depan.",
    ],
)
def test_round12_look_alikes_stay(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page(line)


# --- round 12 (an independent probe set): a bare label over the lead, adaptations, chat windows ---


@pytest.mark.parametrize("label", ["Sumber:", "Referensi:", "Dikutip dari", "Grafis:"])
def test_round12_a_bare_label_over_a_paragraph_of_prose_removed(
    label: str, ruleset: Ruleset, settings: Settings
) -> None:
    # a paragraph of two sentences is no list of sources, even one that names an office or data
    paragraph = (
        "Menurut data dinas setempat, jumlah penduduk bertambah setiap tahun. Sebagian besar warga "
        "bekerja sebagai petani."
    )
    text = "\n".join([TITLE, "", label, paragraph, CLOSE])
    assert clean(text, ruleset, settings).text == "\n".join([TITLE, "", paragraph, CLOSE])


@pytest.mark.parametrize(
    "lines",
    [
        ("Sumber:", "Dinas Kesehatan Kota Bandung. Data diolah."),  # a source, short, in two sentences
        ("Sumber:", "Badan Pusat Statistik (BPS), 2023. Diolah oleh tim riset."),
    ],
)
def test_round12_a_label_over_its_sources_stays(
    lines: tuple[str, ...], ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(*lines), ruleset, settings).text == page(*lines)


@pytest.mark.parametrize(
    "line",
    [
        "Artikel ini merupakan hasil saduran dari",
        "Tulisan ini adalah terjemahan dari",
        "Dirangkum oleh",
    ],
)
def test_round12_an_adaptation_cut_off_before_its_source_removed(
    line: str, ruleset: Ruleset, settings: Settings
) -> None:
    assert clean(page(line), ruleset, settings).text == page()


@pytest.mark.parametrize(
    "line",
    [
        "Regenerate response",
        "Salin kode",
        "Copy code",
        "ChatGPT dapat membuat kesalahan. Periksa info penting.",
    ],
)
def test_round12_a_chat_windows_buttons_removed(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert flagged(page(line), ruleset, "placeholder.generator_residue") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Salin kode voucher di bawah ini, lalu tempel saat membayar.",  # an instruction, not a button
        "ChatGPT dapat membuat kesalahan, kata peneliti itu, sehingga guru tetap memeriksa tugas siswa.",
        "Artikel ini merupakan hasil saduran dari buku Sejarah Lampung karya Ahmad Yani.",
    ],
)
def test_round12_chat_and_adaptation_lookalikes_stay(line: str, ruleset: Ruleset, settings: Settings) -> None:
    assert clean(page(line), ruleset, settings).text == page(line)


def test_round12_a_prompt_pasted_above_the_article_removed(ruleset: Ruleset, settings: Settings) -> None:
    prompt = "Prompt: Tulis artikel tentang sejarah Bandar Lampung"
    text = "\n".join([TITLE, "", prompt, LEAD, CLOSE])
    assert flagged(text, ruleset, "placeholder.generator_residue") == [prompt]
