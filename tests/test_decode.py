"""Bytes to text: BOMs, UTF-8, UTF-16 without a BOM, cp1252, and bytes that are not text."""

from __future__ import annotations

import codecs
import gzip
import io
import random
import zipfile

import pytest

from pipeline.decode import DecodeError, decode_bytes

TEXT = "Kopi “enak” di kafé — harga €5, ‘murah’… naïve résumé. Pemerintah daerah menyiapkan program."
INDONESIAN = (
    "Pemerintah daerah menyiapkan program pelatihan bagi petani muda agar hasil panen meningkat.\n"
    "Harga beras di pasar tradisional naik sedikit minggu ini, kata seorang pedagang.\n"
)


def test_utf8() -> None:
    decoded = decode_bytes(TEXT.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (TEXT, "utf-8")


def test_pure_ascii_is_utf8() -> None:
    decoded = decode_bytes(b"Harga beras naik.\n")
    assert (decoded.text, decoded.encoding) == ("Harga beras naik.\n", "utf-8")


def test_empty_bytes() -> None:
    decoded = decode_bytes(b"")
    assert decoded.text == ""
    assert decoded.encoding == "empty"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
    ],
    ids=["utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_byte_order_marks(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT  # the BOM itself is not part of the text
    assert decoded.encoding == encoding


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    decoded = decode_bytes(INDONESIAN.encode(codec))
    assert (decoded.text, decoded.encoding) == (INDONESIAN, codec)


def test_utf16_cut_in_the_middle_of_a_code_unit() -> None:
    # an odd number of bytes: the last half code unit is dropped, the rest is read
    decoded = decode_bytes(INDONESIAN.encode("utf-16-le") + b"P")
    assert (decoded.text, decoded.encoding) == (INDONESIAN, "utf-16-le")
    decoded = decode_bytes(codecs.BOM_UTF16_LE + INDONESIAN.encode("utf-16-le") + b"P")
    assert decoded.text == INDONESIAN


def test_cp1252_smart_quotes_and_accents() -> None:
    decoded = decode_bytes(TEXT.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == TEXT
    for ch in "“”‘’—…€éïé":
        assert ch in decoded.text


@pytest.mark.parametrize(
    "text",
    [
        "“Ya”",  # four bytes, half of them high: was decoded as UTF-16-BE '鍙憔'
        "“Ya” – ‘ok’ … “Tidak” – ‘baik’ …",  # punctuation-rich: was cp855 mojibake
        "Dia berkata “halo” kepada café.",
        "Kopi café",  # ends in an accented letter: not a UTF-8 sequence cut short
        "crème brûlée à la carte, naïve façade, déjà vu",
    ],
)
def test_short_and_punctuation_rich_cp1252(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_latin1_text_reads_through_cp1252() -> None:
    text = "Ibu membeli café crème brûlée dan naïve à la carte."
    assert decode_bytes(text.encode("latin-1")).text == text


def test_cyrillic_legacy_encoding_is_not_forced_into_cp1252() -> None:
    text = "Привет, как дела? Это тестовый текст на русском языке для проверки кодировки."
    decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.text == text


def test_utf8_cut_inside_the_last_character() -> None:
    data = "“Halo” dunia café".encode()[:-1]  # the file was cut mid-character
    decoded = decode_bytes(data)
    assert decoded.text == "“Halo” dunia caf"
    assert decoded.encoding == "utf-8"


def test_utf8_with_a_stray_invalid_byte_stays_utf8() -> None:
    # not cp1252 mojibake (cafÃ©) for every correct character because of one bad byte
    data = "Kopi “enak” di kafé. ".encode() * 3 + b"\xff" + b" Harga naik."
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8-replace"
    assert decoded.text == "Kopi “enak” di kafé. " * 3 + "\ufffd Harga naik."


def test_utf8_bom_with_a_stray_invalid_byte() -> None:
    data = codecs.BOM_UTF8 + "Kopi “enak” di kafé ".encode() + b"\xff"
    decoded = decode_bytes(data)
    assert decoded.text == "Kopi “enak” di kafé \ufffd"


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(200)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("dokumen.txt", "Harga beras naik. " * 50)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (_png(), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (_zip(), "ZIP"),
        (gzip.compress(b"Harga beras naik. " * 50), "gzip"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    ],
    ids=["png", "pdf", "zip", "gzip", "gif", "jpeg"],
)
def test_binary_formats_by_magic(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.kind == "binary"
    assert what in info.value.detail


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("size", [64, 4096, 100_000])
def test_random_bytes_are_quarantined(seed: int, size: int) -> None:
    data = random.Random(seed).randbytes(size)
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.kind in ("binary", "undecodable")
    assert info.value.detail


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_without_control_bytes_are_quarantined(seed: int) -> None:
    # no control bytes to give it away, and not valid in any encoding's statistics
    rng = random.Random(seed)
    data = bytes(b for b in rng.randbytes(10_000) if b >= 0x20)[:4096]
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.kind == "undecodable"


def test_nul_padded_utf8_is_binary() -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(b"Harga\x00beras\x00" * 20)
    assert info.value.kind == "binary"


def test_decode_error_carries_kind_and_detail() -> None:
    error = DecodeError("binary", "a PNG image")
    assert (error.kind, error.detail, str(error)) == ("binary", "a PNG image", "a PNG image")
