"""Small text helpers every stage shares: one way to tokenise, compare lines and split sentences."""

from __future__ import annotations

import re
import unicodedata

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_KEY_DROP_RE = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES_RE = re.compile(r"\s+")
# A sentence: text up to terminal punctuation plus closing quotes/brackets, or to the end of the line. A dot
# before a digit does not end it: `1.200`, `Rp 3.412,2`, `pasal 2.1`.
SENTENCE_RE = re.compile(r"(?:[^.!?…]|\.(?=\d))+(?:[.!?…]+[\"'”’)\]]*|$)")
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")


def words(text: str) -> list[str]:
    """Word tokens: letters/digits joined by inner hyphens or apostrophes (`negara-negara` is one word)."""
    return WORD_RE.findall(text)


def line_key(text: str) -> str:
    """A comparison key for lines: case-folded, punctuation dropped, spaces collapsed.

    >>> line_key("  Baca Juga:  Harga  Cabai! ")
    'baca juga harga cabai'
    """
    return _SPACES_RE.sub(" ", _KEY_DROP_RE.sub(" ", text.casefold())).strip()


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END_RE.search(text.rstrip()))


def sentences(line: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Split a line into sentences as (start, end, text) with offsets shifted by `offset`; spaces trimmed."""
    found = []
    for m in SENTENCE_RE.finditer(line):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        found.append((offset + start, offset + start + len(stripped), stripped))
    return found


def is_symbol_only(text: str) -> bool:
    """True when the text has no letter or digit at all (glyphs, punctuation, decorations)."""
    return not any(unicodedata.category(ch)[0] in "LN" for ch in text)
