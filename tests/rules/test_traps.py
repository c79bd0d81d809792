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
