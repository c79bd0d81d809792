"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a BOM, then charset detection for legacy
encodings (cp1252, latin-1, ...). Bytes that are not text raise `DecodeError` and go to quarantine.

A character cut off at the very end (a file cut at a byte limit) is dropped, and UTF-8 with a few
stray invalid bytes stays UTF-8 (each invalid sequence becomes U+FFFD), rather than every accented
character of the document turning into cp1252 mojibake."""

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
MAX_LEGACY_NON_ASCII_LETTER_SHARE = 0.3
# UTF-8 with a few invalid bytes is still read as UTF-8 when it has this many valid multi-byte
# characters per invalid sequence; legacy-encoded text almost never holds a valid UTF-8 sequence.
MIN_UTF8_EVIDENCE = 2


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


def _decode_cut(data: bytes, encoding: str) -> str | None:
    """`data` decoded strictly, except that a character cut off at the very end is dropped.

    Files cut at a byte limit often end inside a multi-byte character (or UTF-16 unit); that one
    broken character is no reason to quarantine the file or to decode all of it as cp1252 mojibake.
    None when the bytes hold an invalid sequence anywhere else.
    """
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray invalid bytes (a bad byte spliced in, a mixed concatenation):
    decoded as UTF-8 with each invalid sequence replaced by U+FFFD, rather than as cp1252, which would
    turn every correct multi-byte character of the document into mojibake."""
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    invalid = replaced - data.count("\ufffd".encode())
    valid_multibyte = _non_ascii(text) - replaced
    if invalid > 0 and valid_multibyte >= MIN_UTF8_EVIDENCE * invalid:
        return text
    return None


def _looks_like_cp1252_text(head: bytes) -> bool:
    """Latin-script text in the Windows code page that browsers assume for unlabelled legacy pages.

    Judged by letters, not bytes: cp1252's typographic punctuation (smart quotes, dashes, ellipsis,
    euro) lies in the high half, so a short or punctuation-rich text such as `“Ya”` has a high share
    of non-ASCII bytes yet is plainly cp1252; statistical detection then guessed UTF-16-BE or cp855
    garbage. Text in another legacy script (cp1251 Cyrillic, cp1253 Greek, ...) decodes to mostly
    accented letters here and is left to charset detection.
    """
    try:
        sample = head.decode("cp1252")
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined
        return False
    letters = non_ascii_letters = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            non_ascii_letters += ch > "\x7f"
    return non_ascii_letters <= MAX_LEGACY_NON_ASCII_LETTER_SHARE * letters


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
            text = _decode_cut(data, encoding)
            if text is None and encoding == "utf-8-sig":
                text = _mostly_utf8(data[len(bom) :])
            if text is not None:
                return _check_text(text, encoding)
            try:
                data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    "undecodable", f"starts with a {encoding} byte-order mark but: {exc}"
                ) from exc
    head = data[:SNIFF_BYTES]
    utf16 = _utf16_without_bom(head)
    if utf16:
        text = _decode_cut(data, utf16)
        if text is not None:
            return _check_text(text, utf16)
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
    text = _decode_cut(data, "utf-8")
    # Without a BOM, a cut-off last character only counts as truncated UTF-8 when the rest shows
    # UTF-8 multi-byte characters: a cp1252 file that ends in `é` looks just like a cut sequence.
    if text is not None and _non_ascii(text) > 0:
        return _check_text(text, "utf-8")
    text = _mostly_utf8(data)
    if text is not None:
        return _check_text(text, "utf-8-replace")
    if _looks_like_cp1252_text(head):
        try:
            return _check_text(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable", "not UTF-8, and no other encoding fits the bytes")
    return _check_text(str(best), best.encoding)
