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
        "Seperti terlihat pada grafik di atas, jumlah wisatawan naik tajam.",
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
