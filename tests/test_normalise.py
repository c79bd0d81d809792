"""Normalisation: one form for the same content, whatever the input's bytes looked like."""

from __future__ import annotations

import random
import unicodedata

import pytest

from pipeline.normalise import normalise_text


def test_nfc_composes_combining_marks() -> None:
    decomposed = "Cafe\u0301 di Bogor"
    assert unicodedata.is_normalized("NFD", decomposed)
    out = normalise_text(decomposed)
    assert out == "Café di Bogor"
    assert len(out) == len("Café di Bogor")  # one code point for é
    assert unicodedata.is_normalized("NFC", out)


def test_nfc_composes_across_a_dropped_zero_width_char() -> None:
    # the zero-width space goes first, so the accent composes with its letter
    assert normalise_text("e\u200b\u0301") == "é"


@pytest.mark.parametrize(
    "space",
    [
        "\u00a0",
        "\u2002",
        "\u2003",
        "\u2009",
        "\u200a",
        "\u202f",
        "\u205f",
        "\u3000",
        "\u1680",
        "\t",
        "\v",
        "\f",
    ],
)
def test_space_characters_become_one_plain_space(space: str) -> None:
    assert normalise_text(f"harga{space}beras") == "harga beras"
    assert normalise_text(f"harga {space}{space} beras") == "harga beras"


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",  # zero-width space
        "\u200c",  # ZWNJ
        "\u200d",  # ZWJ
        "\u2060",  # word joiner
        "\ufeff",  # BOM / ZWNBSP in mid-text
        "\u00ad",  # soft hyphen
        "\u200e",  # left-to-right mark
        "\u200f",  # right-to-left mark
        "\u202a",  # LR embedding
        "\u202e",  # RL override
        "\u2066",  # LR isolate
        "\u2069",  # pop directional isolate
    ],
)
def test_zero_width_characters_are_dropped(invisible: str) -> None:
    assert normalise_text(f"pe{invisible}merintah") == "pemerintah"


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x1f", "\x7f", "\x80", "\x9f"])
def test_control_characters_are_dropped(control: str) -> None:
    assert normalise_text(f"ka{control}ta") == "kata"


def test_next_line_and_unicode_separators_are_line_breaks() -> None:
    assert normalise_text("satu\u0085dua\u2028tiga\u2029empat") == "satu\ndua\ntiga\nempat"


def test_lone_surrogates_are_dropped() -> None:
    out = normalise_text("Harga \ud800naik\udfff lagi \udc00")
    assert out == "Harga naik lagi"
    out.encode("utf-8")  # would raise on a surrogate


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("satu\r\ndua\r\ntiga", "satu\ndua\ntiga"),
        ("satu\rdua\rtiga", "satu\ndua\ntiga"),
        ("satu\r\n\r\ndua", "satu\n\ndua"),
        ("satu\r\rdua", "satu\n\ndua"),
        ("satu\n\rdua", "satu\n\ndua"),
        # an invisible character between CR and LF does not make a blank line
        ("satu\r\u200b\ndua", "satu\ndua"),
        ("satu\r\ud800\ndua", "satu\ndua"),
    ],
)
def test_line_endings(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_runs_of_spaces_collapse_and_lines_are_trimmed() -> None:
    assert normalise_text("  Kopi    enak  \n   sekali   ") == "Kopi enak\nsekali"


def test_runs_of_blank_lines_collapse_to_one() -> None:
    assert normalise_text("a\n\n\n\n\nb") == "a\n\nb"
    assert normalise_text("a\n \n\t\n\u00a0\n\u200b\nb") == "a\n\nb"
    assert normalise_text("\n\n\na\n\n") == "a"


def test_empty_and_whitespace_only() -> None:
    assert normalise_text("") == ""
    assert normalise_text(" \n\t\u00a0\u200b\r\n ") == ""


def test_ordinary_text_is_unchanged() -> None:
    text = "Judul Berita\n\nParagraf pertama, dengan “kutipan” dan harga Rp10.000.\n- butir daftar\nA | B"
    assert normalise_text(text) == text


_ALPHABET = [
    "a",
    "b",
    "e",
    " ",
    "  ",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u00a0",
    "\u3000",
    "\u200b",
    "\u200e",
    "\ufeff",
    "\u0301",
    "\u0308",
    "\x00",
    "\x85",
    "\u2028",
    "\ud800",
    "\udc00",
    "\u00ad",
    "é",
    "ﬁ",
]


def test_idempotent_on_random_mixtures() -> None:
    rng = random.Random(1234)
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 16)))
        once = normalise_text(text)
        assert normalise_text(once) == once, repr(text)
        assert "\r" not in once and "  " not in once and "\n\n\n" not in once
        assert once == once.strip(" \n")


def test_idempotent_on_every_code_point() -> None:
    # Every character of planes 0-2 (where all of Unicode's normalisation data lies) and the tag and
    # variation-selector block, between letters, next to a line break and before a combining accent,
    # in chunks of 512 code points: normalising twice changes nothing.
    code_points = [cp for cp in [*range(0x30000), *range(0xE0000, 0xE0200)] if not 0xD800 <= cp <= 0xDFFF]
    for i in range(0, len(code_points), 512):
        text = "".join(f"a{chr(cp)} \n{chr(cp)}\u0301" for cp in code_points[i : i + 512])
        once = normalise_text(text)
        assert normalise_text(once) == once, hex(code_points[i])
