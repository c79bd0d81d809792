"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a BOM, then charset detection for legacy
encodings (cp1252, latin-1, ...). Bytes that are not text raise `DecodeError` and go to quarantine."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

# File signatures of common binary formats that are sometimes saved with a text extension.
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive (or docx/xlsx)",
    b"\x1f\x8b": "gzip stream",
    b"BZh": "bzip2 stream",
    b"\xfd7zXZ\x00": "xz stream",
    b"7z\xbc\xaf\x27\x1c": "7z archive",
    b"RIFF": "RIFF media",
    b"PAR1": "Parquet file",
    b"\x7fELF": "ELF executable",
    b"SQLite format 3\x00": "SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes other than tab, LF, VT, FF, CR and ESC: text almost never holds them.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
SNIFF_BYTES = 64 * 1024
MAX_CONTROL_SHARE = 0.01
MIN_PRINTABLE_SHARE = 0.85
MAX_LEGACY_NON_ASCII_SHARE = 0.2


class DecodeError(Exception):
    """The bytes are not text Saring can read. `kind` is a quarantine error code."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _utf16_without_bom(head: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` when every other byte is NUL, as in UTF-16 Latin-script text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _printable_share(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return 1.0
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\t\r")
    return printable / len(sample)


def _check_text(text: str, encoding: str) -> Decoded:
    share = _printable_share(text)
    if share < MIN_PRINTABLE_SHARE:
        raise DecodeError("undecodable", f"decoded as {encoding} but only {share:.0%} of it is printable")
    return Decoded(text, encoding)


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw bytes to text, or raise DecodeError.

    >>> decode_bytes("Kopi enak".encode("cp1252")).text
    'Kopi enak'
    >>> decode_bytes("\\ufeffHalo".encode("utf-8")).encoding
    'utf-8-sig'
    """
    if not data:
        return Decoded("", "empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    "undecodable", f"starts with a {encoding} byte-order mark but: {exc}"
                ) from exc
    head = data[:SNIFF_BYTES]
    utf16 = _utf16_without_bom(head)
    if utf16:
        try:
            return _check_text(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise DecodeError("binary", f"the content is a {what}, not text")
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    if controls > MAX_CONTROL_SHARE * len(head):
        raise DecodeError("binary", f"{controls} control bytes in the first {len(head)} bytes: not text")
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    non_ascii = sum(1 for b in head if b >= 0x80)
    if non_ascii <= MAX_LEGACY_NON_ASCII_SHARE * len(head):
        # Mostly ASCII with a few high bytes: Latin-script text in the Windows code page that web
        # browsers also assume for unlabelled legacy pages. Statistical detection guesses badly
        # on so few high bytes (cp775, cp1250, ...).
        try:
            return _check_text(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable", "not UTF-8, and no other encoding fits the bytes")
    return _check_text(str(best), best.encoding)
