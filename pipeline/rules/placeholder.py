"""Placeholders: unfinished template text and generator residue (verification notes, unfinished
source attributions, sentences about the page's own layout)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases
from pipeline.text import ends_sentence, sentences, words

CATEGORY = "placeholder"
_SLOT_RE = re.compile(r"\[[^\[\]\n]*\]")


@dataclass(frozen=True)
class Lexicon:
    note_re: re.Pattern[str]  # one bracketed note on one line
    term_re: re.Pattern[str]
    slot_re: re.Pattern[str]  # fill-in instructions: residue only in square brackets
    attribution_re: re.Pattern[str]  # a bracketed attribution, closed on its line or the next one
    open_attribution_re: re.Pattern[str]  # a bracket opened with an attribution and never closed
    max_label_words: int
    self_reference_re: re.Pattern[str]
    display_term_re: re.Pattern[str]
    device_term_re: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        note = data["verification_note"]
        max_chars = int(note["max_chars"])
        openers = compile_phrases(data["attribution"]["openers"]).pattern
        layout = data["layout_talk"]
        # Text of an attribution's body: anything but brackets, or a square-bracketed slot inside it.
        body_text = r"(?:[^()\[\]\n]|\[[^()\[\]\n]*\])*"
        return cls(
            note_re=re.compile(rf"\s?[(\[]([^()\[\]\n]{{1,{max_chars}}})[)\]]"),
            term_re=compile_phrases(note["terms"]),
            slot_re=compile_phrases(note["slot_terms"]),
            attribution_re=re.compile(
                rf"[(\[]\s*{openers}(?P<body>{body_text}(?:\n{body_text})?)[)\]]", re.IGNORECASE
            ),
            open_attribution_re=re.compile(
                rf"[(\[]\s*{openers}(?P<body>{body_text})$", re.IGNORECASE | re.MULTILINE
            ),
            max_label_words=data["attribution"]["max_label_words"],
            self_reference_re=compile_phrases(layout["self_references"]),
            display_term_re=compile_phrases(layout["display_terms"]),
            device_term_re=compile_phrases(layout["device_terms"]),
        )

    def is_residue(self, note: str) -> bool:
        """True when bracketed text (brackets included) holds a verification term, or is a square-bracketed
        template slot (`[masukkan nama kota]`), or holds one."""
        if self.term_re.search(note):
            return True
        slots = [note] if note.lstrip().startswith("[") else []
        slots += _SLOT_RE.findall(note[1:])
        return any(self.slot_re.search(slot) for slot in slots)


def detect_verification_notes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Bracketed notes that hold a verification or fill-in term, on one line.

    Flags ` (data spesifik perlu diverifikasi dari sumber terpercaya)`, `[perlu rujukan]`,
    `[masukkan nama kota]`;
    leaves `(ASEAN)`, `(AFTA)`, `(Contoh: Gempa Aceh 2004)` and instructions in parentheses
    (`(sesuaikan dengan selera)`).
    """
    for line in page.lines:
        for m in lex.note_re.finditer(line.text):
            if lex.is_residue(m.group().lstrip()) and not lex.attribution_re.match(m.group().lstrip()):
                yield (line.start + m.start(), line.start + m.end(), 1.0)


def detect_unfinished_attributions(page: Page, lex: Lexicon) -> Iterator[Span]:
    """A source attribution in brackets left unfinished or holding a placeholder, with its label.

    Flags both lines of `Pernyataan resmi ASEAN (Sumber` /
    `Perlu dicantumkan sumber resmi ASEAN yang relevan*)` and `(Sumber: [masukkan tautan])`;
    leaves `(Sumber: Badan Pusat Statistik, 2023)`.
    """
    text = page.text
    closed = list(lex.attribution_re.finditer(text))
    covered = [(m.start(), m.end()) for m in closed]
    unclosed = [
        m for m in lex.open_attribution_re.finditer(text) if not any(a <= m.start() < b for a, b in covered)
    ]
    for m in sorted(closed + unclosed, key=lambda m: m.start()):
        body = m.group("body")
        spans_lines = "\n" in m.group()
        unfinished = m in unclosed or not words(body.replace("*", ""))
        if not (unfinished or lex.is_residue(m.group()) or (spans_lines and "*" in body)):
            continue
        start, end = m.start(), m.end()
        # Extend to whole lines when what stands outside the brackets is only a short label.
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        outside = text[line_start:start] + " " + text[end:line_end]
        if len(words(outside)) <= lex.max_label_words and not ends_sentence(text[line_start:start]):
            start, end = line_start, line_end
        yield (start, end, 1.0 if unfinished or spans_lines else 0.9)


def detect_layout_talk(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Sentences about the page's own presentation rather than its topic.

    Flags `Tabel ini dirancang responsif agar mudah dibaca di berbagai perangkat.`;
    leaves `Artikel ini membahas perangkat lunak akuntansi.`, `Tabel ini merangkum isu-isu sosial.` and
    `Artikel ini membahas perangkat lunak yang responsif terhadap kebutuhan UMKM.` (no device).
    """
    for line in page.lines:
        if line.kind not in (LineKind.PARAGRAPH, LineKind.HEADING, LineKind.FRAGMENT, LineKind.LIST_ITEM):
            continue
        if not lex.display_term_re.search(line.text):
            continue
        for start, end, sentence in sentences(line.text):
            if (
                lex.self_reference_re.search(sentence)
                and lex.display_term_re.search(sentence)
                and lex.device_term_re.search(sentence)
            ):
                yield (line.start + start, line.start + end, 1.0)


RULES = (
    Rule("placeholder.verification_note.v1", CATEGORY, detect_verification_notes),
    Rule("placeholder.unfinished_attribution.v1", CATEGORY, detect_unfinished_attributions),
    Rule("placeholder.layout_talk.v1", CATEGORY, detect_layout_talk),
)
