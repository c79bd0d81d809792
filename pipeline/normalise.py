"""Normalise decoded text so that every later stage sees one form of the same content.

NFC; NBSP and other space characters become plain spaces; zero-width and control characters go;
lone surrogates (from JSON escapes) go; CRLF/CR and Unicode line separators become `\\n`; runs of
spaces collapse; each line is trimmed; runs of blank lines collapse to one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pipeline.page import Link

_SPACE_CHARS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
)
# Zero-width and invisible formatting characters; ZWJ/ZWNJ carry no meaning in Latin-script Indonesian.
# The bidirectional marks, embeddings and isolates (LRM/RLM/ALM, U+202A-U+202E, U+2066-U+2069) are
# zero-width too: pasted from mixed-script pages they sat inside words ("ka\u200eta") and split them
# for every rule and for the word counts, so they go as well.
_DROP_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_TRANSLATE = {ord(c): " " for c in _SPACE_CHARS}
_TRANSLATE.update({ord(c): None for c in _DROP_CHARS})
_TRANSLATE.update({ord("\u2028"): "\n", ord("\u2029"): "\n", ord("\u0085"): "\n"})
# C0/C1 control characters other than the newline.
_TRANSLATE.update(
    {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)]}
)
_TRANSLATE[0x0A] = "\n"
# CR stays through the translation and is folded after it: a CRLF with an invisible character
# between (`\r\u200b\n`) must still become one line break, not a blank line.
_TRANSLATE[0x0D] = "\r"

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SPACE_RUN_RE = re.compile(r" {2,}")
_LINE_EDGE_RE = re.compile(r" *\n *")
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Return the normalised form of `text`.

    >>> normalise_text("Judul\\r\\n\\r\\n\\r\\nSatu\\u00a0 dua\\u200b tiga ")
    'Judul\\n\\nSatu dua tiga'
    """
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("", text)
    text = text.translate(_TRANSLATE).replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_RUN_RE.sub(" ", text)
    text = _LINE_EDGE_RE.sub("\n", text)
    text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip(" \n")


def normalised_links(links: Iterable[Link]) -> tuple[Link, ...]:
    """Links with their text normalised as the page's (`normalise_text`), so that it reads as in the lines."""
    return tuple(
        Link(text, link.href, normalise_text(link.line))
        for link in links
        if (text := normalise_text(link.text))
    )
