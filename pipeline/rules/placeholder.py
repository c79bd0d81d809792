"""Placeholders: unfinished template text and generator residue (verification notes and Wikipedia's
maintenance markers, unfinished source attributions, unfilled template tokens and slots, the lines a text
generator wraps around an article, sentences about the page's own layout).

Each kind is found by its shape plus a lexicon from `placeholder.toml`; the shapes are in the code, the
words in the data file. Reference marks glued into a sentence (`memasuki[35] edisi`, `untuk[9][14]`) are
residue of a wiki page's lost footnotes; one after a sentence's full stop (`Lampung.[1]`) is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import LIST_MARKER_RE, Line, LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, literal_alternation
from pipeline.text import ends_sentence, line_key, sentences, words

CATEGORY = "placeholder"
_SLOT_RE = re.compile(r"\[[^\[\]\n]*\]")
_TEXT_KINDS = (LineKind.PARAGRAPH, LineKind.HEADING, LineKind.FRAGMENT, LineKind.LIST_ITEM)
# Template syntax: `{{ nama_penulis }}`, `{{{body}}}`, `{% if %}`, `%%title%%`, `<!-- wp:paragraph -->`,
# `{KEYWORD}`, `{nama_kota}`, `[nama_kota]`, `__SITE_NAME__`, `$nama_penulis`, `$judul`, `${nama}`, and a
# variable name between any pair of the marks template tools use (`#NAMA_PRODUK#`, `%KODE_PROMO%`,
# `@@NOMOR@@`, `[[NAMA_SITUS]]`, `<<TANGGAL>>`); a name in capitals joined by underscores (`KOTA_TUJUAN`)
# is one even bare. A hashtag (`#SaveKPK`) or `#1` is not.
_VARIABLE = r"(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}|[a-z]+(?:_[a-z0-9]+)+)"
_SYNTAX_RE = re.compile(
    r"\{\{\{?[^{}\n]{1,80}?\}\}\}?"
    r"|\{%-?[^{}\n]{1,80}?-?%\}"
    r"|%%[A-Za-z_][\w-]{0,40}%%"
    r"|<!--[^\n]{0,200}?-->"
    r"|\{(?:[A-Z][A-Z0-9_]{2,}|[a-z]+(?:_[a-z0-9]+)+)\}"
    r"|\[(?:[A-Za-z]+(?:_[A-Za-z0-9]+)+)\]"
    r"|(?<!\w)__[A-Z][A-Z0-9_]{2,}__(?!\w)"
    r"|(?<![\w$])\$[a-z]+(?:_[a-z0-9]+)+\b"
    r"|(?<![\w$])\$[a-z][a-z0-9]{2,}(?![\w$])"
    r"|\$\{[^{}\n]{1,60}\}"
    rf"|(?<![\w#%@])(?:#{_VARIABLE}#|%{_VARIABLE}%|@@?{_VARIABLE}@@?)(?![\w#%@])"
    rf"|\[\[\s?{_VARIABLE}\s?\]\]|<<\s?{_VARIABLE}\s?>>"
    r"|(?<![\w./\\-])[A-Z]{2,}(?:_[A-Z]{2,})+(?![\w/\\-]|\.\w)"
)
# A fill-in slot in angle brackets or single braces: `<nama kota>`, `{kata kunci}`.
_ANGLE_OR_BRACE_RE = re.compile(r"(?<!\{)\s?(?:<([^<>\n!]{1,60})>|\{([^{}\n]{1,60})\})(?!\})")
_FILLER_X = r"(?:X{3,}|x{3,}|X{2,}(?:[.,]X{3})+)"
# A speaker's name left as filler: `kata XXX`, `ujar xxx` (`XX` alone is a Roman numeral).
_FILLER_NAME = r"(?:X{3,}|x{3,})"
_DIGIT_RE = re.compile(r"\d")
# A year, a web address or a domain: what a source line holds.
_SOURCE_SHAPE_RE = re.compile(r"\b(?:1[89]|20)\d\d\b|https?://|www\.|\w\.(?:com|co\.id|id|org|net|go\.id)\b")
# A length in words: a generator reporting on the text it wrote (`sekitar 800 kata`).
_WORD_COUNT_RE = re.compile(r"\b\d[\d.,]*\s*(?:kata|words)\b", re.IGNORECASE)
# Longer than this, what a span leaves of its line is never just a label.
_MAX_LABEL_CHARS = 200
_DASHES_RE = re.compile(r"^[\s\-–—_.…?*/|~]*$")


def _pattern(phrases: Iterable[str]) -> str:
    """The regex source of `compile_phrases` (word-bounded alternation), to embed in a larger pattern."""
    return compile_phrases(phrases).pattern


def _search(phrases: Iterable[str]) -> re.Pattern[str]:
    return compile_phrases(phrases)


def _opening(phrases: Iterable[str]) -> re.Pattern[str]:
    """Matches when the text opens with one of `phrases` (after spaces, quotes or a bracket)."""
    return re.compile(rf"^[\s\"'“‘(\[]*(?:{_pattern(phrases)})", re.IGNORECASE)


def _page_talk(data: dict[str, Any]) -> dict[str, Any]:
    """The patterns of the page talking about itself (see `frame_openers` and after in `[layout_talk]`)."""
    people, modals = _pattern(data["frame_people"]), _pattern(data["frame_modals"])
    verbs = _pattern(data["frame_verbs"])
    lead = (
        r"^[^\w\n]{0,8}(?:(?:nah|oke|ok|baiklah|baik|jadi|selanjutnya|nah\s+jadi|sebagai\s+penutup|kesimpulannya"
        r"|akhir\s+kata|singkatnya|in\s+conclusion|to\s+sum\s+up|in\s+summary)\W{1,3})?"
    )
    # After the frame: a comma or not, a person, modals, and the verb of discussing or learning.
    tail = rf"\s*,?\s+(?:(?:{people})\s+)?(?:(?:{modals})\s+){{0,3}}(?:(?:{people})\s+)?(?:{verbs})"
    subjects = _pattern(data["frame_subjects"])
    english = (
        rf"|^[\s\"'“(\[*]*(?:{_pattern(data['english_frames'])})\s*,?\s+(?:we|i|you)"
        r"(?:'ll|'re going to|\s+will|\s+are going to|\s+can|\s+would like to|\s+want to)?(?:\s+\w+)?"
        rf"\s+(?:{_pattern(data['english_frame_verbs'])})"
    )
    return {
        "frame_re": re.compile(
            rf"{lead}(?:{_pattern(data['frame_openers'])})\s+(?:{_pattern(data['frame_units'])})(?:nya)?"
            rf"(?:\s+(?:{_pattern(data['frame_deictics'])})){{1,3}}{tail}{english}"
            rf"|{lead}(?:{_pattern(data['frame_openers'])})\s+(?:{_pattern(data['frame_compound_units'])}){tail}"
            # `Dalam artikel ini, sejarah kota akan dibahas ...`: the topic between the frame and the verb
            # (a unit of text, not `Pada kesempatan ini, Presiden akan menyampaikan ...`; a topic in small
            # letters)
            rf"|{lead}(?:{_pattern(data['frame_openers'])})\s+(?:{_pattern(data['frame_subjects'])})(?:nya)?"
            rf"(?:\s+(?:{_pattern(data['frame_deictics'])})){{1,3}}\s*,\s+"
            r"(?:(?-i:[a-z])[\w-]*\s+){1,4}?(?:akan|bakal)\s+"
            rf"(?:(?:{modals})\s+)?(?:{verbs})",
            re.IGNORECASE,
        ),
        "future_subject_re": re.compile(
            rf"{lead}(?:{subjects})\s+(?:{_pattern(data['frame_subject_deictics'])})\s*,?\s+"
            rf"(?:(?:{_pattern(data['frame_future'])})\s+)(?:(?:{modals})\s+){{0,2}}(?:{verbs})",
            re.IGNORECASE,
        ),
        "closer_re": re.compile(rf"{lead}(?:{_pattern(data['closer_openers'])})\s*,?\s*", re.IGNORECASE),
        "closer_noun_re": re.compile(
            rf"(?:(?:tadi|dia|lah)\s+)?(?:{_pattern(data['closer_nouns'])})(?:nya)?(?!\w)", re.IGNORECASE
        ),
        "handover_re": re.compile(
            rf"(?<!\w)(?:kami|saya|admin|kita|penulis|mimin|aku)\s+(?:(?:{modals})\s+)?(?:{_pattern(data['handover_verbs'])})",
            re.IGNORECASE,
        ),
        "closer_wish_re": _search(data["closer_wishes"]),
        "farewell_re": _search(data["farewells"]),
        "read_on_re": re.compile(
            rf"{lead}(?:(?:jangan lupa|pastikan|yuk|ayo|mari)\W{{0,2}}\s+(?:\w+\s+)?)?"
            rf"(?:{_pattern(data['read_on_verbs'])})(?:\s+(?:{_pattern(data['read_on_fillers'])})){{0,5}}?"
            rf"\s*,?\s+(?:{_pattern(data['read_on_ends'])})(?!\w)"
            rf"|{lead}(?:{_pattern(data['english_read_on'])})(?!\w)",
            re.IGNORECASE,
        ),
        "teaser_re": re.compile(
            rf"^[\s\"'“(]*(?:{_pattern(data['teasers'])})(?:\s+[\w-]+){{0,5}}\s*\?+[\s\"”)]*$", re.IGNORECASE
        ),
        "update_re": re.compile(
            rf"{lead}(?:(?:{subjects}|berita|halaman|informasi|info|data)\s+(?:di\s+)?ini|this\s+(?:article|post|page))"
            rf"\s+(?:(?:(?:{_pattern(data['update_modals'])})\s+){{0,3}}(?:{_pattern(data['update_verbs'])})"
            rf"|(?:{_pattern(data['series_words'])}))(?!\w)",
            re.IGNORECASE,
        ),
        "max_update_words": int(data["max_update_words"]),
    }


def _asides(data: dict[str, Any]) -> dict[str, Any]:
    """The round-6 patterns of page talk inside or beside a real sentence (see `aside_openers` and after
    in `[layout_talk]`)."""
    lead = (
        r"^[^\w\n]{0,8}(?:(?:nah|oke|ok|baiklah|baik|jadi|selanjutnya|nah\s+jadi|sebagai\s+penutup|kesimpulannya"
        r"|akhir\s+kata|singkatnya|in\s+conclusion|to\s+sum\s+up|in\s+summary)\W{1,3})?"
    )
    part = rf"(?:the\s+)?(?:{_pattern(data['aside_parts'])})(?:-[a-z]+)?(?:nya)?(?:\s+[^\W\d][\w-]*)?"
    aside = (
        r"(?P<lead>\s{0,3},\s{0,3}|\s{0,3}[–—]\s{0,3}|\s{1,3}|^[\s\"'“(]{0,8})"
        rf"(?P<clause>(?:{_pattern(data['aside_openers'])})\s+(?:(?:{_pattern(data['aside_modals'])})\s+){{0,3}}"
        rf"(?:{_pattern(data['aside_verbs'])})(?:\s+(?:oleh\s+)?(?:kita|anda|kamu|pembaca))?(?:\s+sebelumnya)?"
        r"(?:\s+(?:pada|di|dalam|dari|melalui|lewat|lewat|in|on)(?=\s))?"
        rf"\s+(?:{part}\s+(?:{_pattern(data['aside_deictics'])})|(?:{_pattern(data['aside_places'])})))(?!\w)"
        r"(?P<tail>\s*,)?"
    )
    subjects = _pattern(data["frame_subjects"])
    verbs = _pattern([*data["frame_verbs"], *data["contents_verbs"]])
    modals = _pattern([*data["frame_modals"], *data["frame_future"]])
    people = _pattern([*data["frame_people"], "tim redaksi", "redaksi", "tim", "kami telah", "kami sudah"])
    return {
        "aside_re": re.compile(aside, re.IGNORECASE),
        "ahead_subject_re": re.compile(
            rf"{lead}(?:{subjects})(?:nya)?\s+(?:{_pattern(data['ahead_deictics'])})\s*,?\s+"
            rf"(?:(?:{modals})\s+){{0,2}}(?:{verbs})"
            rf"|{lead}(?:{subjects})\s+(?:ini|berikut)\s+(?:(?:{modals})\s+){{0,2}}{data['division_re']}"
            # a summary of itself (`Kesimpulannya, artikel ini telah membahas ...`)
            rf"|{lead}(?:{subjects})\s+(?:ini|di\s+atas)\s+(?:telah|sudah)\s+(?:{verbs})"
            rf"|{lead}this\s+(?:article|post|guide|piece|section|blog\s+post|tutorial)\s+"
            r"(?:will|is\s+going\s+to|aims\s+to|would|shall|is\s+meant\s+to|has|have)\s+"
            rf"(?:{_pattern([*data['english_frame_verbs'], *data['english_summary_verbs']])})",
            re.IGNORECASE,
        ),
        "handover_opener_re": re.compile(
            rf"{lead}(?:berikut(?:\s+ini)?|di\s+bawah\s+ini)\s*,?\s+(?:{people})\s+"
            rf"(?:(?:{_pattern(data['frame_modals'])})\s+){{0,2}}(?:{_pattern(data['handover_verbs'])})(?!\w)",
            re.IGNORECASE,
        ),
        "review_intro_re": re.compile(
            rf"{lead}berikut(?:\s+ini)?(?:\s+(?:adalah|merupakan|ialah))?\s+(?:{_pattern(data['review_nouns'])})"
            rf"(?:nya)?\s+(?:{_pattern(data['review_qualifiers'])})(?!\w)",
            re.IGNORECASE,
        ),
        "talk_heading_re": re.compile(
            rf"^[^\w\n]{{0,4}}(?:{_pattern(data['talk_heading_openers'])})", re.IGNORECASE
        ),
        "numbered_part_re": re.compile(
            rf"(?<!\w)(?:{_pattern(data['numbered_parts'])})\s+(?:\d+(?:\.\d+)*|[IVXL]+)(?!\w)",
            re.IGNORECASE,
        ),
        "page_anchor_re": re.compile(
            r"(?<!\w)(?:berikut|di\s+bawah|di\s+atas|artikel|tulisan|ulasan|postingan|halaman|simak|"
            r"bagian\s+(?:selanjutnya|berikutnya|akhir))(?!\w)",
            re.IGNORECASE,
        ),
    }


def _labelled(phrases: Iterable[str]) -> re.Pattern[str]:
    """Matches a line that opens with one of `phrases` as a label (`Catatan editor:`, `**Tata letak**:`)."""
    return re.compile(rf"^[\s\"'“(\[*]*(?:{_pattern(phrases)})[\s*]*:", re.IGNORECASE)


class _Quotes:
    """Where quotation marks stand in a line, to tell whether a position is inside a quotation (each
    question costs a binary search, so a long line with many sentences stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.opening = [i for i, ch in enumerate(text) if ch == "“"]
        self.closing = [i for i, ch in enumerate(text) if ch == "”"]
        self.straight = [i for i, ch in enumerate(text) if ch == '"']

    def inside(self, pos: int) -> bool:
        """True when `pos` opens a quotation or stands inside one opened before it, and the quotation is
        closed later on the line (a quotation mark left open by the scraper protects nothing)."""
        curly_closed_later = bisect_right(self.closing, pos) < len(self.closing)
        straight_after = len(self.straight) - bisect_right(self.straight, pos)
        ch = self.text[pos : pos + 1]
        if ch == "‘":
            return True
        if ch == "“":
            return curly_closed_later
        if ch == '"':
            return straight_after > 0
        opened = bisect_left(self.opening, pos) > bisect_left(self.closing, pos)
        return (opened and curly_closed_later) or (
            bisect_left(self.straight, pos) % 2 == 1 and straight_after > 0
        )


class _Spans:
    """Spans merged and sorted, to ask in logarithmic time whether one of them covers a range."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]


def _widen_to_line(line: Line, start: int, end: int, max_label_words: int) -> tuple[int, int]:
    """The whole line when what the span leaves of it is nothing, punctuation, a list marker or a short
    label ending with a colon (`Penulis: {{ nama_penulis }}`); else the span (offsets in `Page.text`)."""
    if (start - line.start) + (line.end - end) > _MAX_LABEL_CHARS:
        return start, end
    rest = line.text[: start - line.start] + " " + line.text[end - line.start :]
    rest = LIST_MARKER_RE.sub("", rest.strip()).strip()
    if not any(ch.isalnum() for ch in rest):
        return line.start, line.end
    if rest.endswith(":") and len(words(rest)) <= max_label_words:
        return line.start, line.end
    return start, end


# --- lexicons ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteLexicon:
    note_re: re.Pattern[str]  # one bracketed note on one line
    term_re: re.Pattern[str]
    slot_re: re.Pattern[str]  # fill-in instructions: residue only in square brackets
    slot_here_re: re.Pattern[str]
    strong_check_re: re.Pattern[str]
    update_check_re: re.Pattern[str]
    request_check_re: re.Pattern[str]
    weak_check_re: re.Pattern[str]
    opens_check_re: re.Pattern[str]
    request_re: re.Pattern[str]
    opens_request_re: re.Pattern[str]
    accuracy_re: re.Pattern[str]
    requested_re: re.Pattern[str]
    label_re: re.Pattern[str]
    wiki_re: re.Pattern[str]
    max_question_words: int
    need_re: re.Pattern[str]
    max_need_words: int
    maintenance_re: re.Pattern[str]
    check_words: frozenset[str]
    check_only_words: frozenset[str]
    recheck_re: re.Pattern[str]
    text_fact_re: re.Pattern[str]
    pending_re: re.Pattern[str]
    max_pending_words: int
    editorial_order_re: re.Pattern[str]
    status_label_re: re.Pattern[str]
    pending_object_re: re.Pattern[str]
    max_paren_pending_words: int
    pending_only_words: frozenset[str]
    source_check_re: re.Pattern[str]
    current_data_re: re.Pattern[str]
    status_notes: frozenset[str]  # `(draft)`, `[FIXME]`, `(menyusul)`: the whole inner text
    gap_words: frozenset[str]  # `(tahun?)`, `(nama?)`
    editorial_label_re: re.Pattern[str]  # `(Red: ...`, `[catatan editor: ...`
    signoff_re: re.Pattern[str]  # `..., red]`, `...-red)`: the editor's mark closing a note

    @classmethod
    def from_data(cls, note: dict[str, Any], wiki: dict[str, Any]) -> NoteLexicon:
        max_chars = int(note["max_chars"])
        # Only a check word in its bare (imperative) form opens an order: `[verifikasi data ...]`, not
        # `(diverifikasi oleh BPOM)`.
        checks = [
            w for w in [*note["strong_checks"], *note["weak_checks"]] if not w.startswith(("di", "me", "ter"))
        ]
        qualifiers = _pattern(note["source_qualifiers"])
        requested = _pattern(note["requested_objects"])
        return cls(
            note_re=re.compile(rf"\s?[(\[]([^()\[\]\n]{{1,{max_chars}}})[)\]]"),
            term_re=_search(note["terms"]),
            slot_re=_search(note["slot_terms"]),
            slot_here_re=_search(note["slot_here"]),
            strong_check_re=_search(note["strong_checks"]),
            update_check_re=_search(note["update_checks"]),
            request_check_re=_search(note["request_checks"]),
            weak_check_re=_search(note["weak_checks"]),
            opens_check_re=_opening(checks),
            request_re=_search(note["requests"]),
            opens_request_re=_opening(note["requests"]),
            accuracy_re=_search(note["accuracy_objects"]),
            # `sumber` alone or qualified (`sumber resmi`); `sumber daya` is something else.
            requested_re=re.compile(
                rf"{requested}|(?<!\w)sumber(?:\s*$|\s*[^\w\s]|\s+(?:{qualifiers}))", re.IGNORECASE
            ),
            label_re=re.compile(rf"^\s*(?:{_pattern(note['note_labels'])})\s*:\s*", re.IGNORECASE),
            wiki_re=compile_phrases(wiki["phrases"], whole_line=True),
            max_question_words=int(wiki["max_question_words"]),
            need_re=_search(wiki["need_words"]),
            max_need_words=int(wiki["max_need_words"]),
            maintenance_re=_search(wiki["maintenance_words"]),
            recheck_re=re.compile(
                rf"^[\s\"'“(\[]*(?:{_pattern(note['weak_checks'])})\s+(?:{_pattern(note['recheck_fillers'])})\b",
                re.IGNORECASE,
            ),
            text_fact_re=_search(note["text_facts"]),
            pending_re=_search(note["pending"]),
            max_pending_words=int(note["max_pending_words"]),
            editorial_order_re=_opening(wiki["editorial_orders"]),
            pending_object_re=_search(note["pending_objects"]),
            max_paren_pending_words=int(note["max_paren_pending_words"]),
            pending_only_words=frozenset(
                t.casefold()
                for phrase in [*note["pending"], *note["pending_objects"], *note["pending_fillers"]]
                for t in words(phrase)
            ),
            status_label_re=re.compile(rf"^\s*(?:{_pattern(note['status_labels'])})\s*:\s*", re.IGNORECASE),
            source_check_re=re.compile(
                rf"(?:^|[,;–—]\s*|\s-\s*)(?:(?:{_pattern(note['requests'])})\s+)?(?:{_pattern(checks)})"
                rf"(?:\s+[\w-]+){{0,4}}?\s+(?:{_pattern(note['official_sources'])})",
                re.IGNORECASE,
            ),
            current_data_re=re.compile(
                rf"(?:{_pattern([*note['slot_terms'], 'perbarui', 'perbaharui', 'update', 'mutakhirkan'])})"
                rf"\s+(?:dengan\s+)?(?:{_pattern(note['data_nouns'])})\s+(?:{_pattern(note['data_freshness'])})",
                re.IGNORECASE,
            ),
            status_notes=frozenset(" ".join(n.casefold().split()) for n in note["status_notes"]),
            gap_words=frozenset(w.casefold() for w in note["gap_questions"]),
            editorial_label_re=re.compile(
                rf"^\s*(?:{_pattern(note['editorial_labels'])})\s*:\s*\S", re.IGNORECASE
            ),
            signoff_re=re.compile(rf"\s*[,;/–—-]\s*(?:{_pattern(note['signoffs'])})\.?\s*$", re.IGNORECASE),
            check_words=frozenset(
                w.casefold()
                for w in [
                    *note["strong_checks"],
                    *note["weak_checks"],
                    *note["update_checks"],
                    *note["request_checks"],
                ]
            ),
            check_only_words=frozenset(
                w.casefold()
                for w in [
                    *note["strong_checks"],
                    *note["weak_checks"],
                    *note["update_checks"],
                    *note["request_checks"],
                    *note["requests"],
                    *note["check_fillers"],
                ]
            ),
        )

    def is_wiki_marker(self, inner: str) -> bool:
        """`[kapan?]`, `[butuh rujukan]`, `[meragukan – diskusikan]` (inner text of a square bracket)."""
        inner = " ".join(inner.split())
        if self.wiki_re.match(inner):
            return True
        if inner == "?":
            return True
        tokens = words(inner)
        if (
            0 < len(tokens) <= self.max_need_words
            and ":" not in inner
            and (
                self.need_re.search(inner)
                or self.maintenance_re.search(inner)
                or self.editorial_order_re.match(inner)
            )
        ):
            return True  # `[tahun dibutuhkan]`, `[full citation needed]`, `[rujukan rusak]`, `[perjelas]`
        return (
            inner.endswith("?")
            and 0 < len(tokens) <= self.max_question_words
            and not _DIGIT_RE.search(inner)
            and all(t.isalpha() or "-" in t or "'" in t for t in tokens)
        )

    def asks_for_checking(self, inner: str, square: bool) -> bool:
        """A note that asks for a check or a reference (inner text, without the brackets)."""
        label = self.label_re.match(inner)
        body = inner[label.end() :] if label else inner
        tokens = [t.casefold() for t in words(body)]
        if (
            tokens
            and all(t in self.check_only_words for t in tokens)
            and any(t in self.check_words for t in tokens)
        ):
            return True  # `(perlu dicek)`, `(cek lagi)`: nothing but a request to check
        request = self.request_re.search(body)
        obj = self.accuracy_re.search(body)
        opens_check = self.opens_check_re.match(body)
        opens_request = self.opens_request_re.match(body)
        if self.strong_check_re.search(body) and (opens_check or opens_request or label or (request and obj)):
            return True
        if self.request_check_re.search(body) and (opens_request or label or (request and obj)):
            return True
        if self.update_check_re.search(body) and (label or (request and obj)):
            return True
        if self.weak_check_re.search(body) and obj and (request or label or (square and opens_check)):
            return True
        if self.recheck_re.match(body) and self.text_fact_re.search(body):
            return True  # `(cek ulang nama dan jabatan)`
        return bool(request and self.requested_re.search(body))

    def is_residue(self, note: str) -> bool:
        """True when bracketed text (brackets included) holds a verification term, asks for a check or a
        reference, or is a Wikipedia maintenance marker. Fill-in slots are template tokens."""
        if not any(ch.isalpha() for ch in note):
            # `(12)`, `(1/2)`: numbers; `[?]`, `(???)` are markers of a doubt
            return bool(re.fullmatch(r"[(\[]\?{1,3}[)\]]", note.strip()))
        if self.term_re.search(note):
            return True
        stripped = note.strip()
        square = stripped.startswith("[")
        inner = stripped[1:-1] if stripped[-1:] in ")]" else stripped[1:]
        if square and self.is_wiki_marker(inner):
            return True
        signoff = self.signoff_re.search(inner)
        if signoff and signoff.start() > 0:
            # The editor's mark says who wrote the note, not what it is: `[cek ulang, red]` is judged as
            # `[cek ulang]`, and an insertion naming someone (`(Jokowi, red)`) stays as `(Jokowi)` would.
            return self.is_residue(f"{stripped[0]}{inner[: signoff.start()]}{stripped[-1]}")
        if " ".join(inner.casefold().split()).strip(" .") in self.status_notes:
            return True  # `(draft)`, `[FIXME]`, `(TK)`, `[belum final]`, `(menyusul)`
        editorial = self.editorial_label_re.match(inner)
        if editorial:
            body = inner[editorial.end() - 1 :]
            first = words(body)[:1]
            if (
                (first and first[0][:1].islower())
                or body.rstrip().endswith("?")
                or any(t.casefold() in self.check_only_words for t in words(body))
            ):
                return True  # `(Red: perlu foto)`, `[catatan editor: Cek ejaan nama]`, `(ed: sumber?)`
        gap = [t.casefold() for t in words(inner)]
        if (
            inner.rstrip().endswith("?")
            and 0 < len(gap) <= self.max_need_words
            and all(t in self.gap_words for t in gap)
        ):
            return True  # `(tahun?)`, `(nama?)`, `(berapa persen?)`
        if (
            square
            and self.pending_re.search(inner)
            and not _DIGIT_RE.search(inner)
            and len(words(inner)) <= self.max_pending_words
        ):
            return True  # `[angka terbaru belum tersedia]`, `[menunggu konfirmasi]`
        status = self.status_label_re.match(inner)
        if (
            status
            and self.pending_re.search(inner, status.end())
            and (self.accuracy_re.search(inner, status.end()) or self.pending_object_re.search(inner))
            and not _DIGIT_RE.search(inner)
            and len(words(inner)) <= self.max_pending_words + 1
        ):
            return True  # `(update: belum ada data resmi)`
        tokens = [t.casefold() for t in words(inner)]
        if (
            0 < len(tokens) <= self.max_paren_pending_words
            and all(t in self.pending_only_words for t in tokens)
            and self.pending_re.search(inner)
            and self.pending_object_re.search(inner)
        ):
            return True  # `(data menyusul)`, `(angka sementara, menunggu rilis resmi)`
        if self.source_check_re.search(inner) or self.current_data_re.search(inner):
            return True  # `(..., pastikan dari sumber resmi)`, `(harap sesuaikan dengan data terkini)`
        return self.asks_for_checking(inner, square)

    def is_slot_instruction(self, bracket: str) -> bool:
        """A fill-in instruction: `[masukkan nama kota]`, or one in parentheses pointing at the spot
        itself (`(masukkan data terbaru di sini)`); `(sesuaikan dengan selera)` is a real instruction."""
        stripped = bracket.strip()
        if stripped.startswith("["):
            return bool(self.slot_re.search(stripped))
        if self.slot_re.search(stripped) and self.slot_here_re.search(stripped):
            return True
        return any(self.slot_re.search(slot) for slot in _SLOT_RE.findall(stripped[1:]))


@dataclass(frozen=True)
class TemplateLexicon:
    code_context_re: re.Pattern[str]
    weak_code_re: re.Pattern[str]
    slot_head_re: re.Pattern[str]
    media_head_re: re.Pattern[str]
    slot_word_re: re.Pattern[str]
    not_slot_re: re.Pattern[str]
    lorem_core_re: re.Pattern[str]
    lorem_words: frozenset[str]
    lorem_min_share: float
    lorem_min_share_without_core: float
    lorem_min_words_without_core: int
    filler_re: re.Pattern[str]
    shortcode_re: re.Pattern[str]
    shortcode_pair_re: re.Pattern[str]
    todo_re: re.Pattern[str]
    max_here_words: int
    paren_slot_re: re.Pattern[str]
    max_quoted_slot_words: int
    min_code_line_words: int
    max_shortcode_label_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TemplateLexicon:
        before = _pattern(data["filler_number_before"])
        after = "|".join(re.escape(w) for w in data["filler_number_after"])
        return cls(
            code_context_re=_search(data["code_context"]),
            weak_code_re=_search(data["weak_code_context"]),
            slot_head_re=re.compile(rf"^\s*(?:{_pattern(data['slot_heads'])})", re.IGNORECASE),
            media_head_re=re.compile(rf"^\s*(?:{_pattern(data['media_heads'])})", re.IGNORECASE),
            slot_word_re=compile_phrases(data["slot_words"], whole_line=True),
            not_slot_re=_search(data["not_slot_words"]),
            lorem_core_re=_search(data["lorem_core"]),
            lorem_words=frozenset(w.casefold() for w in data["lorem_words"]),
            lorem_min_share=float(data["lorem_min_share"]),
            lorem_min_share_without_core=float(data["lorem_min_share_without_core"]),
            lorem_min_words_without_core=int(data["lorem_min_words_without_core"]),
            filler_re=re.compile(
                rf"^\s*[\[(]?{_FILLER_X}[\])]?\s*$"
                rf"|[\[(]{_FILLER_X}[\])]"
                rf"|(?:{before})\s*{_FILLER_X}(?:\s*(?:{after}))?(?!\w)"
                rf"|(?<!\w){_FILLER_X}\s*(?:{after})(?!\w)"
                rf"|(?<!\w)(?:rp\.?|idr|usd|us\$)\s*(?:\.{{3}}|…)"
                rf"|(?<!\w)X{{1,2}}[/-]X{{1,2}}[/-]X{{2,4}}(?!\w)"
                # a year whose last digits are masked, after a word that dates (`tahun 18XX`): the year goes
                rf"|(?:{_pattern(data['filler_year_before'])})\s+(?P<year>(?:1\d|20)X{{2}})(?!\w)"
                # a phone number with every digit masked (`0xxx-xxxx-xxxx`); a privacy mask keeps some
                # of them (`0812-xxxx-xxxx`) and stays
                r"|(?<![\w+])(?:\+62[\s-]?|0)(?:8X{1,3}|X{2,4})(?:[\s.-]?X{3,4}){2}(?!\w)",
                re.IGNORECASE | re.MULTILINE,
            ),
            shortcode_re=re.compile(
                rf"\[/?(?:{'|'.join(re.escape(s) for s in data['shortcodes'])})(?:[-_]?\d{{1,3}})?"
                r"(?:\s[^\[\]\n]{0,300})?/?\]",
                re.IGNORECASE,
            ),
            # A shortcode pair around a short label (`[su_button url="#"]Daftar Sekarang[/su_button]`): a
            # button or a box of the page builder, label and all.
            shortcode_pair_re=re.compile(
                rf"\[(?P<tag>{'|'.join(re.escape(s) for s in data['shortcodes'])})(?:\s[^\[\]\n]{{0,300}})?\]"
                rf"(?P<inner>[^\[\]\n]{{0,80}})\[/(?P=tag)\]",
                re.IGNORECASE,
            ),
            todo_re=re.compile(
                rf"^\s*(?:{_pattern(data['todo_labels'])})\s*:"
                rf"|^[\s\[(*]*(?:{_pattern(data['todo_lines'])})[\s\])*.!…]*$",
                re.IGNORECASE,
            ),
            max_here_words=int(data["max_here_words"]),
            max_quoted_slot_words=int(data["max_quoted_slot_words"]),
            min_code_line_words=int(data["min_code_line_words"]),
            max_shortcode_label_words=int(data["max_shortcode_label_words"]),
            paren_slot_re=re.compile(
                rf"^\s*(?:(?:{_pattern(data['paren_slots'])})"
                rf"|(?:{_pattern(data['paren_slot_heads'])})\s+(?:{_pattern(data['paren_slot_nouns'])}))\s*$",
                re.IGNORECASE,
            ),
        )

    def is_code_page(self, text: str) -> bool:
        """The page talks about templating or code: one of `code_context` in a sentence of its own (a
        line of `min_code_line_words` words) or on two lines, or two different words of
        `weak_code_context`. A chrome line alone (`Situs ini memerlukan JavaScript.`) does not count."""
        lines_with_context: set[int] = set()
        for m in self.code_context_re.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            line = text[start : end if end >= 0 else len(text)]
            lines_with_context.add(start)
            if len(words(line)) >= self.min_code_line_words or len(lines_with_context) >= 2:
                return True
        seen: set[str] = set()
        for m in self.weak_code_re.finditer(text):
            seen.add(m.group().casefold())
            if len(seen) >= 2:
                return True
        return False

    def is_slot(self, inner: str) -> bool:
        """A square bracket's inner text that is a fill-in slot: `Nama Kota`, `tautan`, `Gambar:
        infografis`, `INSERT IMAGE`; not `Jokowi`, `sic`, `1`, `nama itu`, `Foto: Antara/Reno`."""
        tokens = words(inner)
        if not tokens or len(tokens) > 8 or "/" in inner or "©" in inner:
            return False
        if _DIGIT_RE.search(inner) and not self.media_head_re.match(inner):
            return False  # `[1]`, `[2023]`; but `[Gambar 1]` is an image slot
        if self.not_slot_re.search(inner):
            return False
        return bool(self.slot_head_re.match(inner) or self.slot_word_re.match(" ".join(inner.split())))

    def is_lorem(self, sentence: str) -> bool:
        """A sentence of filler Latin (`Lorem ipsum dolor sit amet.`), not one about it."""
        tokens = [t.casefold() for t in words(sentence)]
        if not tokens:
            return False
        share = sum(t in self.lorem_words for t in tokens) / len(tokens)
        if self.lorem_core_re.search(sentence) and share >= self.lorem_min_share:
            return True
        return len(tokens) >= self.lorem_min_words_without_core and share >= self.lorem_min_share_without_core


@dataclass(frozen=True)
class AttributionLexicon:
    attribution_re: re.Pattern[str]  # a bracketed attribution, closed on its line or the next one
    open_attribution_re: re.Pattern[str]  # a bracket opened with an attribution and never closed
    max_label_words: int
    request_body_re: re.Pattern[str]
    label_line_re: re.Pattern[str]
    dangling_re: re.Pattern[str]
    cut_note_re: re.Pattern[str]  # `Tulisan ini pertama kali terbit di`: a publication note cut off
    empty_clause_re: re.Pattern[str]  # `Melansir dari ...,`, `, seperti dilansir dari .`
    trailing_label_re: re.Pattern[str]  # `... naik. Sumber:` closing a paragraph with nothing after it
    inline_label_re: re.Pattern[str]
    generic_re: re.Pattern[str]
    generic_words: frozenset[str]
    sample_url_re: re.Pattern[str]
    request_line_re: re.Pattern[str]
    noun_request_re: re.Pattern[str]
    source_word_re: re.Pattern[str]
    max_source_name_words: int
    max_source_words: int
    chrome_opener_re: re.Pattern[str]
    source_noun_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    max_request_words: int
    speaker_line_re: re.Pattern[str]
    said_slot_re: re.Pattern[str]
    max_after_slot_words: int
    pending_noun_re: re.Pattern[str]
    pending_addition_re: re.Pattern[str]
    edit_order_re: re.Pattern[str]
    templated_opener_re: re.Pattern[str]
    max_templated_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any], note: dict[str, Any]) -> AttributionLexicon:
        openers = rf"(?:{_pattern(data['openers'])}|(?:{_pattern(data['colon_openers'])})\s*:)"
        plain_openers = _pattern(data["openers"])
        # Text of an attribution's body: anything but brackets, or a square-bracketed slot inside it.
        body_text = r"(?:[^()\[\]\n]|\[[^()\[\]\n]*\])*"
        requests = _pattern(note["requests"])
        unfinished = _pattern([*note["requests"], *note["slot_terms"], *data["unfinished_openers"]])
        domains = "|".join(re.escape(d) for d in data["sample_domains"])
        return cls(
            attribution_re=re.compile(
                rf"[(\[]\s*{openers}(?P<body>{body_text}(?:\n{body_text})?)[)\]]", re.IGNORECASE
            ),
            open_attribution_re=re.compile(
                rf"[(\[]\s*(?:{plain_openers})(?P<body>{body_text})$", re.IGNORECASE | re.MULTILINE
            ),
            max_label_words=data["max_label_words"],
            request_body_re=re.compile(rf"^[\s:\-–]*(?:{unfinished})", re.IGNORECASE),
            # Two labels may share a line (`Sumber/Referensi:`, `Foto & Sumber:`).
            label_line_re=re.compile(
                rf"^(?P<label>(?:{_pattern(data['labels'])})(?:\s*[/&]\s*(?:{_pattern(data['labels'])}))?)"
                r"\s*:\s*(?P<value>.*?)\s*$",
                re.IGNORECASE,
            ),
            # (after a few words of its own clause: `Artikel ini bersumber dari`, `Menurut laporan yang
            # dikutip dari`)
            dangling_re=re.compile(
                rf"^(?:(?:[^\W\d_][\w-]*\s+){{1,{data['dangling_lead_words']}}}?"
                rf"(?:{_pattern([o for o in data['dangling_openers'] if o.endswith(' dari')])})"
                rf"|(?:{_pattern(data['dangling_openers'])}))(?:\s+(?:{_pattern(data['clause_objects'])})){{0,2}}"
                r"[\s.…:,-]*$",
                re.IGNORECASE,
            ),
            cut_note_re=re.compile(
                rf"^(?:[^\W\d_][\w-]*\s+){{0,{data['cut_note_lead_words']}}}(?:{_pattern(data['cut_note_verbs'])})"
                # (where from, in a few words: `Diolah dari berbagai sumber oleh`)
                r"(?:\s+dari(?:\s+[^\W\d_][\w-]*){1,3}?)?"
                rf"(?:\s+(?:{_pattern(data['cut_note_adverbs'])})){{0,2}}"
                rf"\s+(?:{_pattern(data['cut_note_prepositions'])})[\s…:,-]*$",
                re.IGNORECASE,
            ),
            trailing_label_re=re.compile(
                rf"(?<=[.!?”\"])\s+[(\[]?(?:(?:{_pattern(data['labels'])})\s*:|(?:{_pattern(data['dangling_openers'])}))"
                r"[\s:]*(?:-{1,3}|–|—|…|\.{2,3}|\[\s*\]|\(\s*\))?\s*[)\]]?\s*$",
                re.IGNORECASE,
            ),
            empty_clause_re=re.compile(
                r"(?P<lead>\s*[,;–—]\s*|\s+-\s+|^[\s\"'“(]*|(?<=[.!?])\s+)"
                rf"(?:(?:seperti|sebagaimana)\s+(?:yang\s+)?)?(?P<verb>{_pattern(data['clause_verbs'])})"
                rf"(?P<object>(?:\s+(?:{_pattern(data['clause_objects'])})){{0,3}})"
                r"(?:\s*:)?\s*(?P<hole>\.{3}|\.\.(?!\.)|…|\[[^\[\]\n]{0,40}\]|\([^()\n]{0,40}\)|\{[^{}\n]{1,40}\}"
                r"|<[^<>\n]{1,40}>|(?<!\w)(?:X{3,}|x{3,})(?!\w))?\s*(?P<comma>,\s*)?"
                r"(?=[.;!?]?(?:\s|$)|\w)",
                re.IGNORECASE,
            ),
            inline_label_re=re.compile(
                rf"(?:\s*[-–—•|])?\s*(?:{_pattern(data['labels'])})\s*:\s*"
                r"(?P<value>\[[^\[\]\n]{0,80}\]|\([^()\n]{0,120}\))",
                re.IGNORECASE,
            ),
            generic_re=compile_phrases(data["generic_values"], whole_line=True),
            generic_words=frozenset(w.casefold() for w in data["generic_words"]),
            sample_url_re=re.compile(
                rf"^(?:https?://)?(?:www\.)?(?:(?:{domains})\.[a-z.]{{2,6}}\S*)?$", re.IGNORECASE
            ),
            request_line_re=re.compile(
                rf"^(?:(?:{_pattern(note['note_labels'])})\s*:\s*)?(?:(?:{requests})\s+)?"
                rf"(?:{_pattern(data['request_openers'])})\b",
                re.IGNORECASE,
            ),
            noun_request_re=re.compile(
                rf"^[\s*)\-–—]*(?:{_pattern(data['source_nouns'])})(?:\s+(?:{_pattern(note['source_qualifiers'])})){{0,2}}"
                rf"\s+(?:(?:{requests})|belum)\s+(?:{_pattern(data['request_openers'])})",
                re.IGNORECASE,
            ),
            source_word_re=_search(data["source_words"]),
            max_source_name_words=int(data["max_source_name_words"]),
            templated_opener_re=_opening([*data["said_verbs"], *data["openers"], *data["sentence_openers"]]),
            max_templated_words=int(data["max_templated_words"]),
            max_source_words=int(data["max_source_words"]),
            chrome_opener_re=_opening(data["chrome_openers"]),
            source_noun_re=_search(data["source_nouns"]),
            qualifier_re=_search(note["source_qualifiers"]),
            max_request_words=int(data["max_request_words"]),
            speaker_line_re=re.compile(
                rf"^[\s*]*(?:{_pattern(data['speaker_heads'])})(?P<who>(?:\s+[^\s:]+){{0,{int(data['max_speaker_words'])}}}?)"
                r"[\s*]*:\s*(?P<value>.*?)\s*$",
                re.IGNORECASE,
            ),
            said_slot_re=re.compile(
                rf"(?P<lead>\s*[,—–]\s*|\s+-\s+)?(?<!\w)(?:{_pattern(data['said_verbs'])})\s*:?\s+"
                # the slot: a bracket, an ellipsis, a filler name (`XXX`) or nothing before the stop
                rf"(?P<slot>\[[^\[\]\n]{{1,60}}\]|(?:\.{{3}}|…)(?=\s*[,.;]|\s*$)|{_FILLER_NAME}(?!\w)"
                r"|(?=[.;](?:\s|$)))",
                re.IGNORECASE,
            ),
            max_after_slot_words=int(data["max_after_slot_words"]),
            pending_noun_re=re.compile(
                rf"^[\s\"'“(*]*(?:[\w ]{{1,30}}:\s*)?(?:{_pattern(data['pending_nouns'])})(?![\w:]|\s*:)",
                re.IGNORECASE,
            ),
            pending_addition_re=_search(data["pending_additions"]),
            edit_order_re=re.compile(
                rf"(?:[—–;:,(]|\s-)\s*(?:(?:lalu|dan|harap|mohon|tolong|silakan)\s+)?(?:{_pattern(data['edit_orders'])})(?!\w)",
                re.IGNORECASE,
            ),
        )

    def is_generic(self, value: str) -> bool:
        """An attribution's value that names no source: empty, dashes, `tautan`, `nama sumber`."""
        value = value.strip().strip(":").strip()
        value = value.strip("*").strip()
        if _DASHES_RE.match(value) or self.generic_re.match(" ".join(value.split())):
            return True
        if value.lower().startswith(("http", "www")):
            return bool(self.sample_url_re.match(value))
        tokens = [t.casefold() for t in words(value)]
        return bool(tokens) and not _DIGIT_RE.search(value) and all(t in self.generic_words for t in tokens)


@dataclass(frozen=True)
class ResidueLexicon:
    preamble_re: re.Pattern[str]
    ack_re: re.Pattern[str]
    text_noun_re: re.Pattern[str]
    article_noun_re: re.Pattern[str]
    cue_re: re.Pattern[str]
    max_preamble_words: int
    english_preamble_re: re.Pattern[str]
    announcement_re: re.Pattern[str]
    assistant_re: re.Pattern[str]
    offer_re: re.Pattern[str]
    addressee_re: re.Pattern[str]
    comment_re: re.Pattern[str]
    ai_self_re: re.Pattern[str]
    first_person_re: re.Pattern[str]
    ai_limit_re: re.Pattern[str]
    pleasantry_re: re.Pattern[str]
    note_label_re: re.Pattern[str]
    self_text_re: re.Pattern[str]
    note_cue_re: re.Pattern[str]
    unlabelled_cue_re: re.Pattern[str]
    english_label_re: re.Pattern[str]
    english_words: frozenset[str]
    min_english_share: float
    seo_label_re: re.Pattern[str]
    seo_edge_lines: int
    chat_interface_lines: frozenset[str]  # `line_key` of a chat window's buttons and footer
    request_cue_re: re.Pattern[str]
    check_word_re: re.Pattern[str]
    before_publishing_re: re.Pattern[str]
    before_uploading_re: re.Pattern[str]
    text_fact_re: re.Pattern[str]
    ordered_check_re: re.Pattern[str]
    revision_re: re.Pattern[str]
    revision_verb_re: re.Pattern[str]
    service_re: re.Pattern[str]
    service_cue_re: re.Pattern[str]
    ack_open_re: re.Pattern[str]
    change_re: re.Pattern[str]
    ask_back_re: re.Pattern[str]
    template_mention_re: re.Pattern[str]
    addressee_word_re: re.Pattern[str]
    reader_edit_re: re.Pattern[str]
    offer_more_re: re.Pattern[str]
    offered_re: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any], note: dict[str, Any]) -> ResidueLexicon:
        ack = _pattern(data["acknowledgements"])
        requests = _pattern([*note["requests"], "jangan lupa", "pastikan", "tolong", "coba"])
        checks = _pattern(data["check_words"])
        service = _pattern(data["service_verbs"])
        return cls(
            preamble_re=re.compile(
                rf"^(?:(?P<ack>{ack})\s*[,.!]*\s+)?(?:berikut(?:\s+ini)?|di\s+bawah\s+ini|ini(?:lah)?(?:\s+dia)?)"
                rf"(?:\s+(?:adalah|merupakan))?(?P<rest>(?:\s.*)?)$",
                re.IGNORECASE,
            ),
            ack_re=re.compile(rf"^\s*(?:{ack})\s*[,.!]", re.IGNORECASE),
            text_noun_re=_search(data["text_nouns"]),
            article_noun_re=_search(data["article_nouns"]),
            cue_re=_search(data["preamble_cues"]),
            max_preamble_words=int(data["max_preamble_words"]),
            english_preamble_re=re.compile(
                rf"^(?:(?:{ack})\s*[,.!]*\s+)?(?:here(?:'s|’s| is| are)|below is|this is)\b(?P<rest>.*)$",
                re.IGNORECASE,
            ),
            announcement_re=re.compile(
                rf"^(?:{ack})\s*[,.!]*\s+(?:{_pattern(data['announcements'])})", re.IGNORECASE
            ),
            assistant_re=_search(data["assistant_phrases"]),
            offer_re=_search(data["offer_phrases"]),
            addressee_re=_search(data["addressees"]),
            comment_re=_search(data["comment_words"]),
            ai_self_re=_search(data["ai_self_phrases"]),
            first_person_re=_search(data["first_person"]),
            ai_limit_re=_search(data["ai_limit_phrases"]),
            pleasantry_re=_opening(data["pleasantries"]),
            note_label_re=re.compile(rf"^\s*(?:{_pattern(data['note_labels'])})\s*:", re.IGNORECASE),
            self_text_re=_search(data["self_text"]),
            note_cue_re=_search(data["note_cues"]),
            unlabelled_cue_re=_search(data["unlabelled_note_cues"]),
            english_label_re=re.compile(rf"^\s*(?:{_pattern(data['english_labels'])})\s*:", re.IGNORECASE),
            english_words=frozenset(w.casefold() for w in data["english_words"]),
            min_english_share=float(data["min_english_share"]),
            seo_label_re=re.compile(rf"^\s*(?:{_pattern(data['seo_labels'])})\s*:", re.IGNORECASE),
            seo_edge_lines=int(data["seo_edge_lines"]),
            chat_interface_lines=frozenset(line_key(t) for t in data["chat_interface_lines"]),
            request_cue_re=_search(data["request_cues"]),
            check_word_re=_search(data["check_words"]),
            before_publishing_re=_search(data["before_publishing"]),
            before_uploading_re=_search(data["before_uploading"]),
            text_fact_re=_search(note["text_facts"]),
            # A check word given as an order (`Harap periksa ...`, `Catatan: Sesuaikan ...`) or asked for
            # (`... perlu diverifikasi ...`), not reported (`Editor memeriksa setiap naskah ...`).
            ordered_check_re=re.compile(
                rf"^[\s\"'“(*]*(?:(?:{_pattern(data['note_labels'])})[\s*]*:\s*)?(?:(?:{requests})\s+)?(?:{checks})(?!\w)"
                rf"|(?<!\w)(?:{requests})\s+(?:[\w-]+\s+)?(?:{checks})(?!\w)",
                re.IGNORECASE,
            ),
            revision_re=re.compile(
                rf"^(?:(?:{ack})\s*[,.!]*\s+)?(?:berikut(?:\s+ini)?|ini(?:lah)?|di\s+bawah\s+ini)(?:\s+(?:adalah|merupakan))?\s+"
                rf"(?:{_pattern(data['revision_nouns'])})(?!\w)(?P<rest>.*):\s*$",
                re.IGNORECASE,
            ),
            revision_verb_re=_search(data["revision_verbs"]),
            service_re=re.compile(
                rf"(?<!\w)(?:saya|aku)\s+(?:(?:sudah|telah|akan|bisa|dapat|siap|sengaja|coba)\s+)?(?:{service})(?!\w)"
                rf"|(?<!\w)(?:sudah|telah|akan|bisa|dapat|sengaja)\s+(?:saya|aku|ku)\s+(?:{service})(?!\w)",
                re.IGNORECASE,
            ),
            service_cue_re=_search(data["service_cues"]),
            ack_open_re=re.compile(
                rf"^[\s\"'“*]*(?:{ack})(?:\s*[,.!]|\s+(?:saya|aku|ini|berikut))", re.IGNORECASE
            ),
            change_re=_search(data["change_words"]),
            ask_back_re=_search(data["ask_back"]),
            template_mention_re=_search(data["template_mentions"]),
            addressee_word_re=_search(data["addressees"]),
            reader_edit_re=re.compile(
                r"(?<!\w)(?:bisa|dapat|boleh|silakan|silahkan|tinggal)\s+(?:anda|kamu)\s+"
                rf"(?:{_pattern(data['reader_edits'])})",
                re.IGNORECASE,
            ),
            offer_more_re=re.compile(
                r"(?<!\w)(?:saya|aku|i)\s+(?:juga\s+)?(?:dapat|bisa|siap|akan|can|could)\s+(?:juga\s+)?(?:bantu\s+)?"
                rf"(?:{_pattern(data['writing_verbs'])})",
                re.IGNORECASE,
            ),
            offered_re=_search([*data["offered_things"], *data["text_nouns"]]),
        )

    def is_preamble(self, text: str) -> bool:
        """A line announcing the generated article: `Tentu, berikut adalah artikel tentang rendang:`,
        `Berikut versi yang sudah diperbaiki:`."""
        if len(words(text)) > self.max_preamble_words:
            return False
        if self.announcement_re.match(text):
            return True
        revision = self.revision_re.match(text)
        if revision and self.revision_verb_re.search(text):
            return True
        m = self.preamble_re.match(text)
        if m:
            head = " ".join(words(m.group("rest"))[:5])
            if not self.text_noun_re.search(head):
                return False
            if m.group("ack") or self.cue_re.search(text):
                return True
            return (
                text.rstrip().endswith(":")
                and bool(self.article_noun_re.search(head))
                and bool(re.search(r"\b(?:tentang|mengenai|seputar|soal|about)\b", text, re.IGNORECASE))
            )
        m = self.english_preamble_re.match(text)
        return bool(m and self.text_noun_re.search(" ".join(words(m.group("rest"))[:6])))

    def is_english_note(self, text: str) -> bool:
        if not self.english_label_re.match(text):
            return False
        tokens = [t.casefold() for t in words(text)[1:]]
        return (
            bool(tokens)
            and sum(t in self.english_words for t in tokens) / len(tokens) >= self.min_english_share
        )

    def is_check_note(self, sentence: str) -> bool:
        """A labelled note asking for the text's facts to be checked, glued after a sentence: `Catatan:
        tahun pembangunan perlu diverifikasi.`, `Note: please verify the figures.`; `Catatan: harga dapat
        berubah, harap cek sebelum berangkat.` names no fact of the text and stays."""
        sentence = sentence.lstrip("*_ ")  # (a note in brackets is a verification note's, see above)
        return (
            bool(self.note_label_re.match(sentence))
            and len(words(sentence)) <= 25
            and bool(self.ordered_check_re.search(sentence))
            and bool(self.text_fact_re.search(sentence) or self.self_text_re.search(sentence))
            # an order or a request on the text, not advice to someone (`Warga perlu memeriksa data ...`)
            and any(not m.group().casefold().startswith("me") for m in self.check_word_re.finditer(sentence))
        )

    def sentence_is_residue(self, sentence: str) -> bool:
        """An assistant's offer, a generator speaking of itself, or a note about the text as a sample."""
        if self.comment_re.search(sentence):
            return False
        if self.assistant_re.search(sentence):
            return True
        if (
            self.offer_re.search(sentence)
            and self.addressee_re.search(sentence)
            and (self.offered_re.search(sentence) or self.change_re.search(sentence))
        ):
            return True  # `Saya dapat membantu Anda menyesuaikan gaya bahasa artikel ini.`
        ai = self.ai_self_re.search(sentence)
        if ai and self.first_person_re.search(sentence[ai.end() :]):
            return True
        if self.ai_limit_re.search(sentence):
            return True
        if self.request_cue_re.search(sentence) and (
            self.first_person_re.search(sentence) or self.text_noun_re.search(sentence)
        ):
            return True  # `Saya telah menyusun tulisan ini sesuai permintaan Anda.`
        labelled = bool(self.note_label_re.match(sentence))
        if (
            (
                self.before_publishing_re.search(sentence)
                or (labelled and self.before_uploading_re.search(sentence))
            )
            and self.ordered_check_re.search(sentence)
            and (labelled or self.text_fact_re.search(sentence) or self.self_text_re.search(sentence))
        ):
            return True  # `Harap periksa kembali semua angka sebelum diterbitkan.`
        if _REPORTED_RE.search(sentence):
            return False  # `Baik, saya perbaiki dulu kesalahan saya, kata pelatih itu.`
        if self.service_re.search(sentence) and (
            self.ack_open_re.match(sentence)
            or self.service_cue_re.search(sentence)
            or _WORD_COUNT_RE.search(sentence)
        ):
            return True  # `Oke, saya buatkan artikel sekitar 800 kata ...`, `Sudah saya sesuaikan ...`
        if self.change_re.search(sentence) and self.ask_back_re.search(sentence):
            return True  # `Jika perlu revisi, silakan sampaikan saja kepada saya.`
        if self.reader_edit_re.search(sentence) and self.text_noun_re.search(sentence):
            return True  # `Artikel di atas bisa Anda sunting sesuai gaya blog Anda.`
        offer = self.offer_more_re.search(sentence)
        if (
            offer
            and self.offered_re.search(sentence, offer.end())
            and (_CONDITION_RE.search(sentence) or sentence.rstrip().endswith("?"))
        ):
            return True  # `Jika Anda ingin, saya juga dapat membuat versi bahasa Inggrisnya.`
        if self.template_mention_re.search(sentence) and self.ordered_check_re.search(sentence):
            return True  # `Catatan: ganti bagian bertanda kurung siku ...`
        if (
            _WORD_COUNT_RE.search(sentence)
            and self.first_person_re.search(sentence)
            and (self.text_noun_re.search(sentence) or self.service_re.search(sentence))
        ):
            return True  # `Saya sudah menyesuaikan panjang tulisan menjadi sekitar 700 kata.`
        if self.self_text_re.search(sentence):
            if self.note_label_re.match(sentence) and self.note_cue_re.search(sentence):
                return True
            if self.unlabelled_cue_re.search(sentence) or _WORD_COUNT_RE.search(sentence):
                return True  # `Artikel ini dibuat sebagai contoh ...`, `Artikel ini terdiri atas 800 kata.`
        return False


@dataclass(frozen=True)
class LayoutLexicon:
    self_reference_re: re.Pattern[str]
    part_reference_re: re.Pattern[str]
    presented_part_re: re.Pattern[str]
    content_verb_re: re.Pattern[str]
    presentation_re: re.Pattern[str]
    display_term_re: re.Pattern[str]
    device_term_re: re.Pattern[str]
    interaction_re: re.Pattern[str]
    scroll_part_re: re.Pattern[str]
    purpose_re: re.Pattern[str]
    listed_part_re: re.Pattern[str]
    standalone_re: re.Pattern[str]
    device_action_re: re.Pattern[str]
    reader_action_re: re.Pattern[str]
    bare_part_re: re.Pattern[str]
    advice_re: re.Pattern[str]
    typographic_re: re.Pattern[str]
    text_unit_re: re.Pattern[str]
    part_word_re: re.Pattern[str]
    part_object_re: re.Pattern[str]
    editor_label_re: re.Pattern[str]
    layout_label_re: re.Pattern[str]
    design_label_re: re.Pattern[str]
    part_ref_anywhere_re: re.Pattern[str]
    layout_part_re: re.Pattern[str]
    strong_part_re: re.Pattern[str]
    subject_ref_re: re.Pattern[str]
    layout_edit_re: re.Pattern[str]
    modal_edit_re: re.Pattern[str]
    order_re: re.Pattern[str]
    located_ref_re: re.Pattern[str]
    object_ref_re: re.Pattern[str]
    placed_re: re.Pattern[str]
    placed_here_re: re.Pattern[str]
    ease_reading_re: re.Pattern[str]
    scroll_part_word_re: re.Pattern[str]
    scroll_verb_re: re.Pattern[str]
    direction_re: re.Pattern[str]
    look_re: re.Pattern[str]
    viewing_purpose_re: re.Pattern[str]
    scroll_on_re: re.Pattern[str]
    page_word_re: re.Pattern[str]
    replace_re: re.Pattern[str]
    polite_order_re: re.Pattern[str]
    version_re: re.Pattern[str]
    note_label_re: re.Pattern[str]
    space_re: re.Pattern[str]
    how_to_re: re.Pattern[str]
    optional_edit_re: re.Pattern[str]
    need_re: re.Pattern[str]
    button_re: re.Pattern[str]
    look_at_re: re.Pattern[str]
    max_look_purpose_words: int
    pointer_part_re: re.Pattern[str]
    pointer_deictic_re: re.Pattern[str]
    pointer_vocabulary: frozenset[str]
    pointer_max_words: int
    pointer_max_other_words: int
    self_talk_vocabulary: frozenset[str]
    self_talk_cues: frozenset[str]
    self_talk_max_words: int
    text_parts: frozenset[str]
    frame_re: re.Pattern[str]  # `Pada artikel ini, kami akan membahas ...`
    future_subject_re: re.Pattern[str]  # `Artikel berikut akan mengulas ...`
    closer_re: re.Pattern[str]  # `Demikian`, `Sekian`, `Itulah` opening a sentence
    closer_noun_re: re.Pattern[str]
    handover_re: re.Pattern[str]  # `(yang dapat) kami sampaikan`
    closer_wish_re: re.Pattern[str]
    farewell_re: re.Pattern[str]
    read_on_re: re.Pattern[str]
    teaser_re: re.Pattern[str]
    update_re: re.Pattern[str]
    max_update_words: int
    subject_pointer_re: re.Pattern[str]  # `Tabel di bawah ini ...` opening a sentence
    pointer_subject_max_words: int
    aside_re: re.Pattern[str]  # `, seperti yang terlihat pada tabel di atas` in a sentence
    ahead_subject_re: re.Pattern[str]  # `Artikel berikut ini menyajikan ...`
    handover_opener_re: re.Pattern[str]  # `Berikut kami rangkum ...`
    talk_heading_re: re.Pattern[str]  # `BERIKUT ULASAN LENGKAPNYA`
    page_anchor_re: re.Pattern[str]  # what a trailing clause must name to be about the page
    review_intro_re: re.Pattern[str]  # `Berikut ini merupakan ulasan lengkap mengenai ...`
    numbered_part_re: re.Pattern[str]  # `di halaman 45`, `Lampiran 2`: a real document's cross-reference

    @classmethod
    def from_data(cls, data: dict[str, Any], note_labels: list[str]) -> LayoutLexicon:
        parts = _pattern(data["page_parts"])
        deictics = _pattern(data["deictics"])
        layout_parts = _pattern(data["layout_parts"])
        strong_parts = _pattern(data["strong_layout_parts"])
        placement_parts = _pattern(data["placement_parts"])
        modals = _pattern(data["modals"])
        positions = _pattern(data["positions"])
        here = _pattern(data["here_words"])
        start = r"(?:^[\s\"'“(\[*]*|,\s+)"  # a sentence's or a bracket's start, or after a fronted clause
        # Positions that place a part next to another without a deictic: not a bare `di` or `ke`.
        near = [p for p in data["positions"] if " " in p or p in ("setelah", "sebelum", "sesudah")]
        return cls(
            self_reference_re=_search(data["self_references"]),
            part_reference_re=re.compile(rf"{parts}(?:\s+[\w-]+)?\s+{deictics}", re.IGNORECASE),
            presented_part_re=re.compile(
                rf"{_pattern(data['presentation_nouns'])}(?:\s+(?:pada|dalam|di|dari))?\s+"
                rf"{_pattern(data['presented_parts'])}",
                re.IGNORECASE,
            ),
            content_verb_re=_search(data["content_verbs"]),
            presentation_re=re.compile(
                rf"{_pattern(data['presentation_terms'])}"
                rf"|(?<!\w)(?:{_pattern(data['purpose_connectors'])})\s+(?:(?:lebih|tetap|dapat|bisa)\s+)?"
                rf"(?:{_pattern(data['ease_words'])})\s+di[a-z]{{3,}}"
                rf"|(?:{_pattern(data['structure_verbs'])})\s+(?:menjadi|atas|dari|dalam|ke\s+dalam)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{_pattern(data['structure_units'])})",
                re.IGNORECASE,
            ),
            display_term_re=_search(data["display_terms"]),
            device_term_re=_search(data["device_terms"]),
            interaction_re=re.compile(
                rf"^[\s\"'“(]*(?:[\w -]{{1,30}}:\s*)?(?:silakan\s+|silahkan\s+|please\s+)?"
                rf"(?:{_pattern(data['interactions'])})",
                re.IGNORECASE,
            ),
            scroll_part_re=re.compile(
                rf"^[\s\"'“(]*(?:silakan\s+|silahkan\s+|please\s+)?(?:{_pattern(data['scroll_interactions'])})"
                rf"\s+(?:(?:pada|di)\s+)?(?:{_pattern([*data['presented_parts'], 'kolom', 'kolom-kolom'])})",
                re.IGNORECASE,
            ),
            purpose_re=_search(data["interaction_purposes"]),
            listed_part_re=re.compile(
                rf"{_pattern(data['listed_parts'])}\s+(?:{_pattern(data['positional_deictics'])})",
                re.IGNORECASE,
            ),
            standalone_re=re.compile(
                rf"^[\s\"'“(]*(?:{_pattern(data['standalone_openers'])})\b.*?{_pattern(data['standalone_terms'])}",
                re.IGNORECASE,
            ),
            device_action_re=_search(data["device_actions"]),
            bare_part_re=re.compile(rf"^[\s\"'“(]*(?:{_pattern(data['presented_parts'])})", re.IGNORECASE),
            advice_re=_search(data["advice_words"]),
            typographic_re=_search(data["typographic_terms"]),
            text_unit_re=_search(data["text_units"]),
            part_word_re=_search([*data["presented_parts"], "halaman", "teks", "kolom", "artikel"]),
            part_object_re=re.compile(
                rf"\s+(?:(?:pada|di)\s+)?(?:{_pattern([*data['presented_parts'], 'kolom', 'kolom-kolom'])})",
                re.IGNORECASE,
            ),
            reader_action_re=re.compile(
                rf"{_pattern(data['readers'])}(?:\s+[\w-]+)?\s+(?:dapat|bisa|perlu|harus|cukup|boleh|can|may)\s+"
                rf"(?:{_pattern(data['active_interactions'])})",
                re.IGNORECASE,
            ),
            editor_label_re=_labelled(data["editor_labels"]),
            layout_label_re=_labelled(data["layout_labels"]),
            design_label_re=_labelled(data["design_labels"]),
            part_ref_anywhere_re=re.compile(
                rf"{strong_parts}|{layout_parts}\s+(?:{deictics})(?!\w)", re.IGNORECASE
            ),
            layout_part_re=re.compile(layout_parts, re.IGNORECASE),
            strong_part_re=re.compile(strong_parts, re.IGNORECASE),
            # `Paragraf ini`, `Tabel di bawah`, `Grafik interaktif di atas` (words between only after a
            # strong part: `Bagian batang ini` is a plant's).
            subject_ref_re=re.compile(
                rf"{start}(?:(?P<strong>{strong_parts})(?:\s+[\w-]+){{0,2}}?|{layout_parts})\s+(?:{deictics})(?!\w)",
                re.IGNORECASE,
            ),
            layout_edit_re=re.compile(
                rf"{_pattern(data['layout_edits'])}"
                rf"|(?:{_pattern(data['reshape_edits'])})\s+(?:[\w-]+\s+)?(?:{_pattern(data['layout_forms'])})(?!\w)"
                rf"|(?:{_pattern(data['placements'])})\s+(?:(?:{positions})\s+(?:{placement_parts})\s+(?:{deictics})|{here})(?!\w)",
                re.IGNORECASE,
            ),
            modal_edit_re=re.compile(
                rf"(?:{modals})\s+(?:[\w-]+\s+)?(?:{_pattern(data['modal_edits'])})", re.IGNORECASE
            ),
            order_re=re.compile(
                rf"^[\s\"'“(\[*]*(?:(?:silakan|tolong|mohon|please|harap)\s+)?(?:{_pattern(data['layout_orders'])})",
                re.IGNORECASE,
            ),
            # A part located with a deictic (`di samping paragraf ini`, `di sini`), or placed next to a
            # part (`di atas judul`; a bare `di` or `ke` needs the deictic: `dipasang di halaman depan`).
            located_ref_re=re.compile(
                rf"(?<!\w)(?:{positions})\s+(?:{placement_parts})(?:\s+[\w-]+)?\s+(?:{deictics})(?!\w)|{here}",
                re.IGNORECASE,
            ),
            object_ref_re=re.compile(
                rf"^\s*(?:(?!seperti\b|pada\b|lihat\b|sesuai\b)[\w-]+\s+){{0,3}}?(?:{strong_parts})(?:\s+[\w-]+)?\s+"
                rf"(?:{deictics})(?!\w)",
                re.IGNORECASE,
            ),
            placed_re=re.compile(
                rf"(?:{_pattern(data['placements'])})\s+(?:{_pattern(near)})\s+(?:{placement_parts})(?!\w)",
                re.IGNORECASE,
            ),
            placed_here_re=re.compile(rf"(?:{_pattern(data['placements'])})\s+(?:{here})", re.IGNORECASE),
            ease_reading_re=_search(data["ease_reading"]),
            scroll_part_word_re=_search(data["scroll_parts"]),
            scroll_verb_re=_search(data["scroll_verbs"]),
            direction_re=_search(data["directions"]),
            look_re=re.compile(
                rf"^[\s\"'“(]*(?:silakan\s+|silahkan\s+|please\s+)?(?:{_pattern(data['interactions'])})\s+"
                rf"(?:(?:dan\s+tahan|dua\s+kali|pada|ke|di)\s+)?(?P<part>{_pattern(data['presented_parts'])})"
                rf"(?=\s*(?:$|[,.!;)]|(?:untuk|agar|supaya|ini|di\s+atas|di\s+bawah|berikut)(?!\w)))",
                re.IGNORECASE,
            ),
            viewing_purpose_re=_search(data["viewing_purposes"]),
            scroll_on_re=re.compile(
                rf"^[\s\"'“(]*(?:silakan\s+|silahkan\s+|please\s+)?(?:{_pattern(data['scroll_interactions'])})\s+"
                rf"(?:{_pattern(data['directions'])})",
                re.IGNORECASE,
            ),
            page_word_re=_search(data["page_words"]),
            replace_re=re.compile(
                rf"(?:{modals})\s+(?:[\w-]+\s+)?diganti\s+dengan\s+(?:{_pattern(data['media'])})(?!\w)",
                re.IGNORECASE,
            ),
            polite_order_re=re.compile(
                rf"^[\s\"'“(\[*]*(?:{_pattern(data['polite_words'])})\s+(?:{_pattern(data['polite_orders'])})",
                re.IGNORECASE,
            ),
            version_re=re.compile(
                rf"(?:{_pattern(data['versions'])})\s+(?:{_pattern(data['self_references'])})", re.IGNORECASE
            ),
            space_re=_search(data["space_cues"]),
            how_to_re=_search(data["how_to_words"]),
            button_re=re.compile(
                rf"^[\s\"'“(\[]*(?:silakan\s+|silahkan\s+|please\s+)?(?:{_pattern(data['interactions'])})\s+"
                rf"(?:pada\s+)?(?:{_pattern(data['button_parts'])})\s+(?:{deictics})(?!\w)",
                re.IGNORECASE,
            ),
            look_at_re=re.compile(
                rf"^[\s\"'“(\[]*(?:{_pattern(data['look_verbs'])})\s+(?:(?:pada|di)\s+)?"
                rf"(?:{_pattern(data['picture_parts'])})(?:\s+[\w-]+)?\s+(?:{deictics})(?:\s+ini)?(?!\w)",
                re.IGNORECASE,
            ),
            max_look_purpose_words=int(data["max_look_purpose_words"]),
            pointer_part_re=re.compile(
                r"(?<!\w)(?:"
                + "|".join(
                    re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(data["pointer_parts"], key=len, reverse=True)
                )
                + r")(?:nya)?(?!\w)",
                re.IGNORECASE,
            ),
            pointer_deictic_re=re.compile(
                rf"(?<!\w)(?:{_pattern(data['pointer_deictics'])})(?!\w)", re.IGNORECASE
            ),
            pointer_vocabulary=frozenset(
                w.casefold()
                for phrase in [*data["pointer_words"], *data["pointer_deictics"], *data["pointer_parts"]]
                for w in words(phrase)
            ),
            pointer_max_words=int(data["pointer_max_words"]),
            pointer_max_other_words=int(data["pointer_max_other_words"]),
            self_talk_vocabulary=frozenset(
                w.casefold()
                for phrase in [*data["self_talk_words"], *data["self_talk_cues"], *data["pointer_deictics"]]
                for w in words(phrase)
            ),
            self_talk_cues=frozenset(w.casefold() for w in data["self_talk_cues"]),
            self_talk_max_words=int(data["self_talk_max_words"]),
            text_parts=frozenset(p.casefold() for p in data["text_parts"]),
            optional_edit_re=re.compile(
                rf"^[\s\"'“(\[*]*(?:[\w -]{{1,30}}:\s*)?(?:[\w-]+\s+){{0,2}}?(?:{layout_parts})"
                rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{modals})\s+(?:[\w-]+\s+)?(?:{_pattern(data['optional_edits'])})\b",
                re.IGNORECASE,
            ),
            # The condition closes the note: `... sesuai kebutuhan klien sebelum pembangunan` is a plan.
            need_re=re.compile(
                rf"(?:{_pattern(data['need_conditions'])}|(?<!\w)dengan\s+(?:{_pattern(data['media'])})"
                rf"(?:\s+[\w-]+){{0,2}})[\s.!)\]]*$",
                re.IGNORECASE,
            ),
            note_label_re=re.compile(
                rf"^[\s\"'“(\[*]*(?:{_pattern(note_labels)})(?:\s+[\w-]+){{0,2}}?[\s*]*:\s*", re.IGNORECASE
            ),
            **_page_talk(data),
            subject_pointer_re=re.compile(
                rf"^[\s\"'“(]*(?P<part>{_pattern(data['pointer_parts'])})(?:nya)?\s+"
                r"(?:di\s+atas|di\s+bawah|berikut)(?:\s+ini)?(?!\w)",
                re.IGNORECASE,
            ),
            pointer_subject_max_words=int(data["pointer_subject_max_words"]),
            **_asides(data),
        )

    def talks_about_itself(self, sentence: str) -> bool:
        """The page framing, closing, updating itself or sending the reader on through it, whatever topic
        it names: `Pada artikel ini, kami akan membahas harga cabai.`, `Artikel berikut akan mengulas
        ...`, `Demikian artikel tentang ..., semoga bermanfaat.`, `Sampai jumpa di artikel berikutnya!`,
        `Baca terus sampai habis!`, `Artikel ini terakhir diperbarui pada 12 Maret 2024.`"""
        if self.frame_re.match(sentence) or self.future_subject_re.match(sentence):
            return True
        if (
            self.ahead_subject_re.match(sentence)
            or self.handover_opener_re.match(sentence)
            or self.review_intro_re.match(sentence)
        ):
            return True  # `Artikel berikut ini menyajikan ...`, `Berikut kami rangkum ...`
        if self.farewell_re.search(sentence) or self.read_on_re.match(sentence):
            return True
        closer = self.closer_re.match(sentence)
        if closer:
            rest = sentence[closer.end() :]
            return bool(
                self.closer_noun_re.match(rest)
                or self.handover_re.search(rest)
                or self.closer_wish_re.search(rest)
            )
        update = self.update_re.match(sentence)
        return bool(update) and len(words(sentence)) <= self.max_update_words

    def refers_to_page(self, sentence: str) -> bool:
        if (
            self.self_reference_re.search(sentence)
            or self.part_reference_re.search(sentence)
            or self.presented_part_re.search(sentence)
            or self.listed_part_re.search(sentence)
        ):
            return True
        # `Tabel mungkin terpotong di layar kecil.`; not `Tabel sebaiknya dibuat responsif ...` (advice).
        return bool(self.bare_part_re.match(sentence)) and not self.advice_re.search(sentence)

    def is_layout_note(self, text: str, bracketed: bool = False) -> bool:
        """A note to the page's editor or designer about where a part goes or how it is to be shown:
        `Catatan untuk editor: letakkan foto utama di atas paragraf ini.`, `Paragraf ini dapat dipersingkat
        jika ruang terbatas.`, `(Tabel di bawah bisa ditampilkan sebagai grafik batang.)`, `(Gambar
        ilustrasi ditempatkan di sini)`. `bracketed`: the text stood in brackets of its own."""
        label = self.editor_label_re.match(text)
        if label:
            return bool(words(text[label.end() :]))
        label = self.layout_label_re.match(text)
        if label:
            return bool(self.layout_part_re.search(text[label.end() :]))
        label = self.design_label_re.match(text)
        if label:
            return bool(self.part_ref_anywhere_re.search(text[label.end() :]))
        if self.version_re.search(text):
            return True  # `Versi cetak artikel ini tidak memuat grafik interaktif.`
        if self.content_verb_re.search(text) or self.how_to_re.search(text):
            return False
        label = self.note_label_re.match(text)
        if label and self.is_layout_note(text[label.end() :], bracketed):
            return True
        if (
            self.space_re.search(text)
            and self.layout_part_re.search(text)
            and (self.modal_edit_re.search(text) or self.layout_edit_re.search(text))
        ):
            return True  # `Catatan penyunting: foto kedua bisa dihapus jika halaman terlalu panjang.`
        optional = self.optional_edit_re.match(text)
        if optional and self.need_re.search(text, optional.end()):
            return True  # `(Data tabel dapat diperbarui sesuai kebutuhan)`
        subject = self.subject_ref_re.search(text)
        if subject:
            rest = text[subject.end() :]
            if self.layout_edit_re.search(rest) or self.replace_re.search(rest):
                return True
            if subject.group("strong") and self.modal_edit_re.search(rest):
                return True
        polite = self.polite_order_re.match(text)
        if polite and (
            self.located_ref_re.search(text, polite.end()) or (bracketed and self.layout_part_re.search(text))
        ):
            return True  # `Mohon tambahkan keterangan foto di bawah gambar ini.`
        order = self.order_re.match(text)
        if order:
            rest = text[order.end() :]
            if self.located_ref_re.search(rest) or self.object_ref_re.match(rest):
                return True
            if bracketed and self.layout_part_re.search(rest):
                return True
        if self.placed_re.search(text):
            return True  # `Foto utama diletakkan di atas judul.`
        if self.placed_here_re.search(text) and self.layout_part_re.search(text):
            return not _DIGIT_RE.search(text) and (bracketed or len(words(text)) <= 8)
        return False

    def acts_on_page(self, sentence: str) -> bool:
        """An order to look at a page part more closely or to scroll it: `Ketuk infografis untuk membukanya
        di jendela baru.`, `Seluruh isi tabel dapat dilihat dengan menggulirnya ke kanan.`, `Gulir ke bawah
        untuk membaca kelanjutan artikel.`"""
        look = self.look_re.match(sentence)
        if look:
            part = look.group("part").casefold()
            if part not in ("gambar", "foto", "ilustrasi") or self.viewing_purpose_re.search(
                sentence[look.end() :]
            ):
                return True
        scroll = self.scroll_on_re.match(sentence)
        if scroll and (
            self.page_word_re.search(sentence[scroll.end() :])
            or self.scroll_part_word_re.search(sentence[scroll.end() :])
        ):
            return True  # `Gulir ke bawah untuk membaca kelanjutan artikel.`, `Geser ke samping ... tabel.`
        part = self.scroll_part_word_re.search(sentence)
        if part and not self.advice_re.search(sentence):
            verb = self.scroll_verb_re.search(sentence, part.end())
            if verb and self.direction_re.search(sentence, verb.end()):
                return True
        return False

    def points_at_lost_part(self, sentence: str) -> bool:
        """`Klik tombol di bawah ini untuk mengunduh laporan.`, `Lihat gambar di atas untuk melihat
        lokasinya.`: a sentence that only points at a button or a picture of the page."""
        if self.button_re.match(sentence):
            return True
        look = self.look_at_re.match(sentence)
        if not look:
            return False
        rest = sentence[look.end() :].strip(" .!:;,)]\"'”")
        return not rest or (bool(_PURPOSE_RE.match(rest)) and len(words(rest)) <= self.max_look_purpose_words)

    def pointed_part(self, sentence: str) -> str | None:
        """The part of the page a sentence does nothing but point at by its place, else None:
        `Tonton videonya di bawah ini.`, `Daftar lengkapnya dapat dilihat pada tabel di bawah ini.`,
        `Berikut cuplikan videonya.`, `See the table below for details.`. Every word but
        `pointer_max_other_words` is a pointer's (a verb of looking, a filler, a part, a place);
        `Berikut ini lima kuliner khas Lampung` names things and stays."""
        tokens = [w.casefold() for w in words(sentence)]
        subject = self.subject_pointer_re.match(sentence)
        if (
            subject
            and len(tokens) <= self.pointer_subject_max_words
            and not _DIGIT_RE.search(sentence)
            and not any(w[:1].isupper() for w in words(sentence[subject.end() :]))
        ):
            return subject.group("part").casefold()  # naming no source, figure or name of its own
        if not tokens or len(tokens) > self.pointer_max_words or not self.pointer_deictic_re.search(sentence):
            return None
        vocabulary = self.pointer_vocabulary
        others = sum(w not in vocabulary and w.removesuffix("nya") not in vocabulary for w in tokens)
        if others > self.pointer_max_other_words:
            return None
        parts = self.pointer_part_re.findall(sentence)
        return parts[-1].casefold().removesuffix("nya") if parts else None

    def is_self_talk(self, sentence: str) -> bool:
        """A short sentence that only talks about the page itself, naming nothing of its topic: `Mari
        kita bahas satu per satu.`, `Simak ulasan selengkapnya berikut ini!`, `Pada bagian ini kita akan
        mengulas beberapa hal penting.` Every word is one of `self_talk_words` or `self_talk_cues` (with
        or without `-nya`) and one is a cue; `Artikel ini membahas dampak kenaikan harga BBM.` names its
        topic and stays."""
        tokens = [w.casefold() for w in words(sentence)]
        if not tokens or len(tokens) > self.self_talk_max_words:
            return False
        vocabulary = self.self_talk_vocabulary
        if any(w not in vocabulary and w.removesuffix("nya") not in vocabulary for w in tokens):
            return False
        return any(w in self.self_talk_cues or w.removesuffix("nya") in self.self_talk_cues for w in tokens)

    def is_layout_talk(self, sentence: str) -> bool:
        # Arrows and icons around a widget's hint (`⇆ Geser tabel ...`, `... kolom →`) are its decoration.
        sentence = _EDGE_SYMBOLS_RE.sub("", sentence)
        if self.points_at_lost_part(sentence):
            return True
        if self.is_layout_note(
            sentence, sentence.startswith(("(", "[")) and sentence.rstrip(".").endswith((")", "]"))
        ):
            return True
        if self.acts_on_page(sentence):
            return True
        if self.interaction_re.match(sentence):
            return bool(self.purpose_re.search(sentence) or self.scroll_part_re.match(sentence))
        if self.standalone_re.match(sentence):
            # `Untuk memudahkan pembaca, istilah teknis ... dijelaskan dalam daftar istilah di halaman 45.`:
            # a report pointing at its own numbered part is the document's text, not a web page's talk
            return not self.numbered_part_re.search(sentence)
        if self.typographic_re.search(sentence) and self.text_unit_re.search(sentence):
            return True
        if self.device_action_re.search(sentence):
            return bool(self.part_word_re.search(sentence))
        action = self.reader_action_re.search(sentence)
        if action:
            rest = sentence[action.end() :]
            return bool(
                self.purpose_re.search(rest) or self.refers_to_page(rest) or self.part_object_re.match(rest)
            )
        if not self.refers_to_page(sentence) or self.content_verb_re.search(sentence):
            return False
        if self.presentation_re.search(sentence) or self.ease_reading_re.search(sentence):
            return True
        return bool(self.display_term_re.search(sentence) and self.device_term_re.search(sentence))


# Superscript digits; a lone `²` or `³` after a word is a power (`sisi²`), not a reference mark.
# Symbols (arrows, pictographs and their variation selectors) at either end of a sentence.
_EDGE_SYMBOLS_RE = re.compile(r"^(?:[^\w\s\"'“‘(\[.,;:!?]\s*)+|(?:\s*[^\w\s\"'”’)\].,;:!?])+$")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_PURPOSE_RE = re.compile(r"^(?:untuk|agar|supaya|biar|sebagai|for|to)\b", re.IGNORECASE)


# What a reference mark may be glued to: the end of a word of at least two letters (`memasuki[35]`), a
# year (`2019[4]`), or a comma, semicolon, colon, quotation mark or closing bracket after one.
_MARK_BEFORE_RE = re.compile(r"(?:(?<![\w.])\w*[^\W\d_]{2}|\b(?:1[5-9]|20)\d\d|[,;:)\]\"”’'])$")
# The word before a mark is code, not prose: an identifier with an underscore, a digit after letters or a
# capital after small letters (`data_kota[1]`, `x1[2]`, `arrayKota[0]`), or a member access (`obj.arr[0]`).
_CODE_WORD_RE = re.compile(r"_|[^\W\d_]\d|[a-z][A-Z]|\.\w+$")
# After the marks: a space, the line's end, or punctuation that does not run into a word (`[0].length`).
_MARK_AFTER_RE = re.compile(r"(?:\s|$|[,;:!?)\]\"”’']|\.(?!\w))")


@dataclass(frozen=True)
class ReferenceLexicon:
    marks_re: re.Pattern[str]  # one or more marks in a row
    superscript_re: re.Pattern[str]  # a word and the superscript digits glued to it
    spaced_re: re.Pattern[str]  # `orang [1] dan`: a number mark after a word and a space
    spaced_pointers: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ReferenceLexicon:
        digits = int(data["max_digits"])
        prefixes = literal_alternation(data["note_prefixes"])
        bare = literal_alternation(data["bare_marks"])
        one = rf"\[\^?(?:(?:(?:{prefixes})\s?)?\d{{1,{digits}}}|[a-z]|(?:{bare}))\]"
        units = literal_alternation(data["superscript_units"])
        return cls(
            # with the page a wiki's `{{rp}}` template appends: `[12]:45`, `[3]:12–14`
            marks_re=re.compile(rf"(?:{one})+(?::\d{{1,4}}(?:[–-]\d{{1,4}})?(?!\w))?", re.IGNORECASE),
            spaced_re=re.compile(
                rf"(?<=[^\W\d_]{{2}}) (?P<marks>(?:\[\d{{1,{digits}}}\])+)"
                r"(?=[,;:!?.)\]\"”’']*(?:$|\s+(?![A-Z\d\[(])))"
            ),
            spaced_pointers=frozenset(w.casefold() for w in data["spaced_mark_pointers"]),
            superscript_re=re.compile(
                rf"(?<![\w-])(?!(?:{units})[{_SUPERSCRIPTS}])(?:(?![{_SUPERSCRIPTS}])[^\W\d_]){{3,}}"
                rf"(?P<mark>[{_SUPERSCRIPTS}]{{2,}}|[¹⁴⁵⁶⁷⁸⁹⁰])(?=[\s,.;:!?)\]\"”’]|$)",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class OpenNoteLexicon:
    """A writer's note left in the open text, outside any bracket (see `[open_note]`)."""

    state_re: re.Pattern[str]
    draft_part_re: re.Pattern[str]
    prepublication_re: re.Pattern[str]
    label_re: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> OpenNoteLexicon:
        return cls(
            state_re=_search(data["unchecked_states"]),
            draft_part_re=re.compile(
                rf"(?<!\w)(?:{_pattern(data['draft_parts'])})\s+ini(?!\w)", re.IGNORECASE
            ),
            prepublication_re=_search(data["prepublication"]),
            label_re=re.compile(rf"^\W*(?:{_pattern(data['labels'])})\s*:", re.IGNORECASE),
        )

    def note_start(self, sentence: str) -> int | None:
        """Where the note in a sentence begins, or None: the sentence says a part of the text itself is
        not checked or sourced yet, or asks for a check before the page goes out; the note is the clause
        that says so (from the comma or dash before it), or the whole sentence after a writer's label.

        >>> lex = OpenNoteLexicon.from_data({"unchecked_states": ["perlu dikonfirmasi"],
        ...     "draft_parts": ["paragraf"], "prepublication": ["sebelum terbit"], "labels": []})
        >>> lex.note_start("Tiket Rp25.000, harga perlu dikonfirmasi ulang sebelum terbit.")
        14
        >>> lex.note_start("Kabar itu masih perlu dikonfirmasi kepada polisi.") is None
        True
        """
        state = self.state_re.search(sentence)
        if not state:
            return None
        if self.label_re.match(sentence):
            return 0
        cut = max(sentence.rfind(mark, 0, state.start()) for mark in (",", " –", " —", " - ", ";"))
        clause = sentence[max(cut, 0) :]
        if self.draft_part_re.search(clause) or self.prepublication_re.search(clause):
            return max(cut, 0)
        return None


@dataclass(frozen=True)
class Lexicon:
    note: NoteLexicon
    open_note: OpenNoteLexicon
    template: TemplateLexicon
    attribution: AttributionLexicon
    residue: ResidueLexicon
    layout: LayoutLexicon
    reference: ReferenceLexicon

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        note = data["verification_note"]
        return cls(
            reference=ReferenceLexicon.from_data(data["reference_mark"]),
            note=NoteLexicon.from_data(note, data["wiki_marker"]),
            open_note=OpenNoteLexicon.from_data(data["open_note"]),
            template=TemplateLexicon.from_data(data["template_token"]),
            attribution=AttributionLexicon.from_data(data["attribution"], note),
            residue=ResidueLexicon.from_data(data["generator_residue"], note),
            layout=LayoutLexicon.from_data(data["layout_talk"], data["generator_residue"]["note_labels"]),
        )

    def is_fill_in(self, bracket: str) -> bool:
        """Bracketed text (brackets included) that is residue: a note, a marker or a template slot."""
        stripped = bracket.strip()
        if self.note.is_residue(stripped) or self.note.is_slot_instruction(stripped):
            return True
        slots = [stripped] if stripped.startswith("[") else []
        slots += _SLOT_RE.findall(stripped[1:])
        return any(
            self.template.is_slot(slot[1:-1]) or self.attribution.is_generic(slot[1:-1]) for slot in slots
        )

    def is_template_slot(self, bracket: str) -> bool:
        """A square-bracketed slot (`[Nama Kota]`, `[masukkan tautan]`) or a fill-in instruction pointing
        at its own spot, that is not a verification note."""
        stripped = bracket.strip()
        if self.note.is_residue(stripped):
            return False
        if self.note.is_slot_instruction(stripped):
            return True
        if stripped.startswith("("):
            return bool(self.template.paren_slot_re.match(stripped[1:-1]))
        return self.template.is_slot(stripped[1:-1])


# --- detectors ---------------------------------------------------------------------------------------


def detect_verification_notes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Bracketed notes asking for a check or a reference, Wikipedia's maintenance markers, and fill-in
    instructions in square brackets, on one line; in the open, a clause saying a part of the text is not
    checked yet (`Informasi dalam paragraf ini masih memerlukan rujukan tambahan.`, `..., harga perlu
    dikonfirmasi ulang sebelum terbit.`; `Video ini belum dapat diverifikasi secara independen.` is news).

    Flags ` (data spesifik perlu diverifikasi dari sumber terpercaya)`, ` (perlu konfirmasi lebih lanjut
    dari pihak terkait)`, ` (angka ini, mohon cek kembali ke sumber aslinya)`, `[Catatan penulis: cek
    kembali angka ini]`, `[butuh rujukan]`, `[kapan?]`, `[pranala nonaktif]`, `[masukkan nama kota]`,
    `*perlu cek data BPS terbaru*`;
    leaves `(ASEAN)`, `(Contoh: Gempa Aceh 2004)`, `(diverifikasi oleh BPOM)`, `(perlu dicek setiap 10.000
    km)`, instructions in parentheses (`(sesuaikan dengan selera)`) and reference numbers (`[1]`).
    """
    attributions = _Spans((s, e) for s, e, _ in detect_unfinished_attributions(page, lex))
    for line in page.lines:
        if line.kind is LineKind.PARAGRAPH and lex.open_note.state_re.search(line.text):
            for start, end, sentence in sentences(line.text):
                at = lex.open_note.note_start(sentence)
                if at is not None and not (
                    lex.residue.is_check_note(sentence) or lex.residue.sentence_is_residue(sentence)
                ):  # a generator's note on its sample text is the generator residue rule's
                    # A clause goes without the sentence's closing mark, which the sentence keeps.
                    closing = at > 0 and sentence[-1] in ".!?"
                    yield (line.start + start + at, line.start + end - closing, 1.0)
        if not any(ch in line.text for ch in "([{<*"):
            continue
        for m in lex.note.note_re.finditer(line.text):
            start, end = line.start + m.start(), line.start + m.end()
            if attributions.covers(start + 1, end):
                continue
            note = m.group().lstrip()
            marker = note.startswith("[") and lex.note.is_wiki_marker(note[1:-1])
            if lex.attribution.attribution_re.match(note) and not marker:
                continue  # an attribution: the unfinished attribution rule's
            if lex.note.is_residue(note):
                # A wiki's double brackets go with the note: `[[perlu rujukan]]`.
                opened = m.end() - len(note)
                if line.text[opened - 1 : opened] == "[" and line.text[m.end() : m.end() + 1] == "]":
                    spaced = m.group()[0] != " " and line.text[opened - 2 : opened - 1] == " "
                    start, end = start - 1 - spaced, end + 1
                yield (*_widen_to_line(line, start, end, 0), 1.0)
        if "*" in line.text:
            # A note set off by asterisks (`255 pulau*perlu cek data BPS terbaru*`), read as one in
            # parentheses: emphasis of the text's own words (`*harga dapat berubah*`) stays.
            for m in _STARRED_NOTE_RE.finditer(line.text):
                if lex.note.is_residue(f"({m.group('inner')})"):
                    yield (*_widen_to_line(line, line.start + m.start(), line.start + m.end(), 0), 1.0)
        if "{" in line.text or "<" in line.text:
            # A note in braces or angle brackets (`{perlu rujukan}`, `<sumber?>`), read as a square one.
            for m in _ODD_NOTE_RE.finditer(line.text):
                inner = m.group("inner") or m.group("angle")
                if not lex.is_template_slot(f"[{inner}]") and lex.note.is_residue(f"[{inner}]"):
                    yield (*_widen_to_line(line, line.start + m.start(), line.start + m.end(), 0), 1.0)


_STARRED_NOTE_RE = re.compile(r"\s?(?<!\*)\*(?P<inner>[^*\s][^*\n]{0,200}?[^*\s])\*(?!\*)")
_ODD_NOTE_RE = re.compile(r"\s?(?:(?<!\{)\{(?P<inner>[^{}<>\n]{1,80})\}(?!\})|<(?P<angle>[^{}<>\n]{1,80})>)")


def detect_reference_marks(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Footnote reference marks of a scraped wiki page glued into a sentence, whose footnotes are gone.

    Flags `[35]` in `Turnamen ini memasuki[35] edisi kesembilan.`, `[9][14]` in `dasar untuk[9][14]
    integrasi`, `[4]` in `menyebutkan,[4] mereka`, `[b]` in `pada bulan Juli[b].`, `[catatan 45]`, `[^3]`,
    `¹²` in `1,2 juta jiwa¹² menurut sensus`, `[12]:45` (a mark and its page) in `diterbitkan[12]:45 pada`;
    leaves a mark after a sentence's full stop (`dari pedalaman Lampung.[1]`), one after a space
    (`Catatan kaki nomor [3]`), `[2019]`, `[sic]`, and code or formulas (`x[1]`, `data_kota[0]`,
    `a[n] = a[n-1] + 2`, a page about programming) and units (`197 km²`, `500 meter²`).
    """
    rl = lex.reference
    code_page: bool | None = None
    for line in page.lines:
        if line.kind is LineKind.BLANK or "=" in line.text:
            continue
        if "] " in line.text or line.text.endswith("]") or "]." in line.text or "]," in line.text:
            for m in rl.spaced_re.finditer(line.text):
                word = line.text[: m.start()].split()[-1].casefold()
                if word in rl.spaced_pointers or _CODE_WORD_RE.search(word):
                    continue
                if code_page is None:
                    code_page = page.memoised(
                        ("placeholder", "code_page"), lambda: lex.template.is_code_page(page.text)
                    )
                if code_page:
                    return
                yield (line.start + m.start(), line.start + m.end(), 1.0)
        if not line.text.isascii():
            for m in rl.superscript_re.finditer(line.text):
                yield (line.start + m.start("mark"), line.start + m.end("mark"), 1.0)
        if "[" not in line.text:
            continue
        for m in rl.marks_re.finditer(line.text):
            before = line.text[max(0, m.start() - 40) : m.start()]
            glued = _MARK_BEFORE_RE.search(before)
            if not glued or not _MARK_AFTER_RE.match(line.text, m.end()):
                continue
            word = before.split()[-1] if before.split() else ""
            if _CODE_WORD_RE.search(word.rstrip(",;:)]\"”’'")):
                continue
            if code_page is None:
                code_page = page.memoised(
                    ("placeholder", "code_page"), lambda: lex.template.is_code_page(page.text)
                )
            if code_page:
                return
            yield (line.start + m.start(), line.start + m.end(), 1.0)


def detect_unfinished_attributions(page: Page, lex: Lexicon) -> list[Span]:
    """A source attribution left unfinished or holding a placeholder, with its label: in brackets, as a
    label line, or as the stray request left when an attribution was cut in two.

    Flags both lines of `Pernyataan resmi ASEAN (Sumber` / `Perlu dicantumkan sumber resmi ASEAN yang
    relevan*)`, `(Sumber: [masukkan tautan])`, `(dikutip dari [sumber])`, `(sumber: tautan)`, the lines
    `Sumber: [nama sumber]`, `Referensi: [masukkan referensi]`, `Sumber data: (belum dicantumkan)`,
    `Foto: [foto kegiatan]`, `Sumber: -`, and a bare `Sumber:` closing the page;
    leaves `(Sumber: Badan Pusat Statistik, 2023)`, `Sumber: BPS, 2023`, `Sumber data: Kementerian
    Pendidikan`, a `Sumber:` followed by its list, and `Tambahkan sumber protein ke menu harian.`
    """
    return page.memoised(
        ("placeholder.attributions", id(lex)), lambda: list(_unfinished_attributions(page, lex))
    )


def _unfinished_attributions(page: Page, lex: Lexicon) -> Iterator[Span]:
    al = lex.attribution
    text = page.text
    closed = list(al.attribution_re.finditer(text))
    covered = _Spans((m.start(), m.end()) for m in closed)
    unclosed = [
        m for m in al.open_attribution_re.finditer(text) if not covered.covers(m.start(), m.start() + 1)
    ]
    found: list[tuple[int, int]] = []
    for m in sorted(closed + unclosed, key=lambda m: m.start()):
        if m.group().startswith("[") and lex.note.is_wiki_marker(m.group()[1:-1]):
            continue  # `[rujukan?]` is a maintenance marker (a verification note)
        body = m.group("body")
        spans_lines = "\n" in m.group()
        unfinished = (
            m in unclosed
            or not words(body.replace("*", ""))
            or al.is_generic(body)
            or bool(al.request_body_re.match(body))
        )
        if not (unfinished or lex.is_fill_in(m.group()) or (spans_lines and "*" in body)):
            continue
        start, end = m.start(), m.end()
        # Extend to whole lines when what stands outside the brackets is only a short label.
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        outside = text[line_start:start] + " " + text[end:line_end]
        if (
            len(words(outside)) <= al.max_label_words
            and not ends_sentence(text[line_start:start])
            and not ends_sentence(text[end:line_end])  # the bracket closes a sentence: no label
        ):
            start, end = line_start, line_end
        found.append((start, end))
        yield (start, end, 1.0 if unfinished or spans_lines else 0.9)

    done = _Spans(found)
    for line in page.lines:
        if line.kind is LineKind.BLANK or done.covers(line.start, line.start + 1):
            continue
        if (
            _unfinished_label_line(page, line, lex)
            or _source_request_line(line, lex)
            or _speaker_placeholder_line(line, lex)
        ):
            yield (line.start, line.end, 1.0)
            continue
        templated = list(_templated_sentences(line, lex))
        yield from templated
        taken = _Spans((s, e) for s, e, _ in templated)
        # A clause set apart by commas goes as one (`, seperti dilansir dari ...,`): its said-verb's slot
        # does not go on its own.
        between = [
            (s, e)
            for s, e, _ in (_empty_clauses(line, lex) if line.kind in _TEXT_KINDS else ())
            if line.text[s - line.start : s - line.start + 1] == "," and line.text[e - line.start - 1] == ","
        ]
        for span in _said_slots(line, lex):
            if any(s < span[1] and span[0] < e for s, e in between):
                continue
            if not done.covers(span[0] + 1, span[1]) and not taken.covers(span[0] + 1, span[1]):
                yield span
        yield from _pending_attributions(line, lex)
        trailing = al.trailing_label_re.search(line.text) if line.kind in _TEXT_KINDS else None
        if trailing and not done.covers(line.start + trailing.start() + 1, line.end):
            yield (line.start + trailing.start(), line.end, 1.0)  # `... naik dua kali lipat. Sumber:`
        if line.kind in _TEXT_KINDS:
            for span in _empty_clauses(line, lex):
                if not done.covers(span[0] + 1, span[1]) and not taken.covers(span[0] + 1, span[1]):
                    yield span
        # A label and a fill-in bracket after a sentence: `... Indonesia. - Sumber: [masukkan sumber]`.
        for m in al.inline_label_re.finditer(line.text):
            before = line.text[: m.start()].rstrip()
            value = m.group("value")
            if before and before[-1] not in '.!?)"”’:;':
                continue
            if lex.is_fill_in(value) or al.is_generic(value[1:-1]):
                yield (line.start + m.start(), line.start + m.end(), 1.0)


# Attribution verbs that take their source right after them (`dilansir Reuters`, `mengutip Antara`).
_DIRECT_VERBS = frozenset({"dilansir", "melansir", "dikutip", "mengutip", "via"})


def _empty_clauses(line: Line, lex: Lexicon) -> Iterator[Span]:
    """An attribution clause whose source was left out: `Melansir dari ..., ` opening a sentence, `,
    seperti dilansir dari .` or `, dikutip dari …` closing one, `Menurut laporan [sumber], `."""
    al = lex.attribution
    quotes: _Quotes | None = None
    for m in al.empty_clause_re.finditer(line.text):
        hole = m.group("hole")
        verb = m.group("verb").casefold()
        bare = not m.group("object").strip()
        dari = bare and verb.endswith(("dari", " oleh", " pada", " by"))
        if hole and hole[0] in "([" and bare and verb in _DIRECT_VERBS:
            dari = True  # `Seperti dilansir [nama media], ...`: nothing is left of the clause but the verb
        if hole and hole[0] in "([{<" and not dari and (bare or hole[0] == "("):
            # `Menurut laporan (nama media), ...`, `Menurut [nama], ...`: the slot goes alone and leaves a
            # sentence; `Menurut laporan [nama media], ` is a template's clause and goes whole.
            continue
        if hole:
            inner = hole.strip("[](){}<> ")
            if not (
                _ELLIPSIS_RE.fullmatch(hole)
                or not inner
                or al.is_generic(inner)
                or lex.is_fill_in(hole)
                or lex.is_template_slot(hole)
                or _SYNTAX_RE.fullmatch(hole)
                or _DASHES_RE.match(inner)
            ):
                continue
        elif not dari:
            continue  # `Dilansir dari laman resminya, BPS mencatat ...`: the source is named
        rest = line.text[m.end() :]
        opening = not m.group("lead").strip(" \"'“(")
        if opening and not m.group("comma"):
            continue  # the clause must hand over to the sentence: `Dikutip dari , harga ...`
        # `Pelabuhan itu, menurut laporan [nama media], melayani ...`: a clause set apart by two commas
        between = bool(hole) and "," in m.group("lead") and bool(m.group("comma"))
        if not opening and rest[:1].isalnum() and not between:
            continue  # `, menurut data BPS, ...`: a source follows
        quotes = quotes or _Quotes(line.text)
        if quotes.inside(m.start() + len(m.group("lead"))):
            continue
        start = m.start() + (len(m.group("lead")) if opening else 0)
        if opening:
            end = m.end()
        elif between:
            end = m.end() - (len(m.group("comma")) - len(m.group("comma").rstrip()))
        else:
            end = m.end() - len(m.group("comma") or "")
        yield (*_widen_to_line(line, line.start + start, line.start + end, 0), 1.0)


def _unfinished_label_line(page: Page, line: Line, lex: Lexicon) -> bool:
    """`Sumber: [nama sumber]`, `Referensi:` closing the page, `Sumber data: (belum dicantumkan)`."""
    m = lex.attribution.label_line_re.match(line.body)
    if not m:
        # `Dikutip dari`, `Dilansir dari ...`: an attribution cut off before its source
        cut_off = lex.attribution.dangling_re.match(line.body) or lex.attribution.cut_note_re.match(line.body)
        return bool(cut_off) and _nothing_follows(page, line, lex)
    value = m.group("value")
    if not value:
        return _nothing_follows(page, line, lex)
    if value[0] in "([" and value[-1] in ")]" and len(_SLOT_RE.findall(value)) <= 1:
        inner = value[1:-1]
        return (
            lex.is_fill_in(value)
            or lex.attribution.is_generic(inner)
            or bool(lex.attribution.request_body_re.match(inner))  # `Sumber: (cantumkan)`
        )
    if value[0] in "<{" and value[-1] in ">}":
        return lex.template.is_slot(value[1:-1]) or lex.attribution.is_generic(value[1:-1])
    return (
        lex.attribution.is_generic(value)
        or bool(lex.attribution.request_body_re.match(value))
        or bool(lex.attribution.dangling_re.match(value))  # `Sumber data: Diolah dari`
        or _placeholder_value(re.sub(r"^\d{1,2}[.)]\s+", "", value), lex)  # `Referensi: 1. [Judul], [Tahun]`
    )


# Quotation marks and brackets around a value that may hold nothing but an ellipsis: `"..."`, `“…”`, `(…)`.
_QUOTED_RE = re.compile(r"^[\"'“‘«(\[]+(?P<inner>.*?)[\"'”’»)\]]+[.,;]?$")
# Longer than this, what stands beside the placeholders in a value is a real value (`Kemenkes` in
# `Kemenkes (tahun...)`, `BNPB` in `[nama], [jabatan] BNPB`).
_MAX_NAME_WORDS = 4
_BRACKET_RE = re.compile(r"\[[^\[\]\n]{0,80}\]|\([^()\n]{0,80}\)")
_ELLIPSIS_RE = re.compile(r"\.{2,}|…")


def _placeholder_value(value: str, lex: Lexicon) -> bool:
    """A label's value that holds no value: an ellipsis or an elided quotation (`...`, `"..."`), or fill-in
    brackets with at most a short name beside them (`[nama], [jabatan] BNPB`, `Kemenkes (tahun...)`,
    `[menunggu]`, `(cantumkan)`)."""
    al = lex.attribution
    value = value.strip()
    if not value:
        return False
    if al.is_generic(value):
        return True
    quoted = _QUOTED_RE.match(value)
    if quoted and _DASHES_RE.match(quoted.group("inner")):
        return True
    brackets = _BRACKET_RE.findall(value)
    if not brackets:
        return False
    for bracket in brackets:
        inner = bracket[1:-1].strip()
        ellipsis = bool(_ELLIPSIS_RE.search(inner))
        filled = not (
            lex.is_fill_in(bracket)
            or al.is_generic(inner)
            or al.request_body_re.match(inner)
            or (ellipsis and al.is_generic(_ELLIPSIS_RE.sub(" ", inner)))
            or (bracket[0] == "[" and lex.template.is_slot(inner))
        )
        if filled:
            return False
    rest = _BRACKET_RE.sub(" ", value)
    return len(words(rest)) <= _MAX_NAME_WORDS and not _DIGIT_RE.search(rest)


def _speaker_placeholder_line(line: Line, lex: Lexicon) -> bool:
    """`Kata juru bicara BNPB: "..."`, `Narasumber: [nama], [jabatan] BNPB`, `Data: Kemenkes (tahun...)`,
    `Keterangan resmi dari Pemprov: [menunggu]`: who said it, and a placeholder for what."""
    if line.kind not in _TEXT_KINDS or ":" not in line.body:
        return False
    m = lex.attribution.speaker_line_re.match(line.body)
    return bool(m and m.group("value") and _placeholder_value(m.group("value"), lex))


_STOP_RE = re.compile(r"[.!?…]|$")
# Reported speech (`..., kata jaksa.`): a said-verb after a comma.
_REPORTED_RE = re.compile(
    r",\s*(?:kata|ujar|ucap|tutur|jelas|terang|papar|imbuh|tambah|lanjut|tegas|sebut)(?:nya|\s)",
    re.IGNORECASE,
)
_MAX_TAIL_CHARS = 120
# What a said-verb's slot may hold, looked for before the full pattern: a bracket, an ellipsis, `XXX`,
# a stop after a space (`, kata .`).
_SLOT_HINT_RE = re.compile(r"[\[…]|\.\.\.|xxx|\s[.;](?:\s|$)", re.IGNORECASE)


def _said_slots(line: Line, lex: Lexicon) -> Iterator[Span]:
    """A said-verb and the fill-in slot after it, to the sentence's end when at most a few words follow:
    `, kata [jabatan] PLN setempat` in `Pasokan listrik normal, kata [jabatan] PLN setempat.`, `— kata
    [narasumber]`, `Menurut [nama narasumber]`."""
    al = lex.attribution
    if not _SLOT_HINT_RE.search(line.text):
        return
    for m in al.said_slot_re.finditer(line.text):
        slot = m.group("slot")
        inner = slot[1:-1]
        if slot[:1] == "[" and (
            lex.note.is_residue(slot) or not (lex.template.is_slot(inner) or al.is_generic(inner))
        ):
            continue  # only a slot for the speaker: `katanya [perlu konfirmasi]` is a said-verb and a note
        start = m.start() if m.group("lead") else m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.end()
        tail = line.text[end : end + _MAX_TAIL_CHARS]
        stop = _STOP_RE.search(tail)
        between = tail[: stop.start()] if stop else ","
        if len(words(between)) <= al.max_after_slot_words and "," not in between:
            end += len(between)
        elif not m.group("lead") and tail.lstrip().startswith(","):
            end += len(tail) - len(tail.lstrip()[1:].lstrip())  # `Menurut [nama], ...`: the comma goes too
        yield (*_widen_to_line(line, line.start + start, line.start + end, 0), 1.0)


def _templated_sentences(line: Line, lex: Lexicon) -> Iterator[Span]:
    """A sentence built around fill-in slots: an attribution holding one (`Dilansir dari laman resmi
    dinas setempat, (tautan)`, `Kutipan dari [narasumber], [jabatan]`), or any sentence holding two with
    few other words (`Menurut data dari [nama lembaga], jumlahnya mencapai [angka] orang.`). Slots in a
    quotation are an editor's insertions (`"Dia [Gubernur] dan [Wakil] setuju"`)."""
    al = lex.attribution
    if line.kind not in _TEXT_KINDS or ("[" not in line.text and "(" not in line.text):
        return
    slots = [
        m
        for m in lex.note.note_re.finditer(line.text)
        if any(ch.isalpha() for ch in m.group())
        and (lex.is_template_slot(m.group()) or lex.is_fill_in(m.group()))
        and not lex.note.is_residue(m.group())
    ]
    if not slots:
        return
    quotes = _Quotes(line.text)
    slots = [m for m in slots if not quotes.inside(m.start() + (len(m.group()) - len(m.group().lstrip())))]
    for start, end, sentence in sentences(line.text):
        inside = [m for m in slots if start <= m.start() + 1 and m.end() <= end + 1]
        if not inside:
            continue
        rest = sentence
        for m in inside:
            rest = rest.replace(m.group().strip(), " ")
        closes = not any(ch.isalnum() for ch in line.text[inside[-1].end() : end])
        if len(words(rest)) <= al.max_templated_words and (
            len(inside) >= 2 or (closes and al.templated_opener_re.match(sentence))
        ):
            yield (*_widen_to_line(line, line.start + start, line.start + max(end, inside[-1].end()), 0), 1.0)


def _pending_attributions(line: Line, lex: Lexicon) -> Iterator[Span]:
    """A sentence that leaves a quotation or a response to be added later: `Kutipan dari BNPB akan
    ditambahkan setelah wawancara.`, `Tanggapan Polri belum diperoleh saat draf ini ditulis — perbarui jika
    sudah ada.`"""
    al = lex.attribution
    if line.kind not in _TEXT_KINDS:
        return
    for start, end, sentence in sentences(line.text):
        if not al.pending_noun_re.match(sentence) or _REPORTED_RE.search(sentence):
            continue
        if al.pending_addition_re.search(sentence) or al.edit_order_re.search(sentence):
            yield (*_widen_to_line(line, line.start + start, line.start + end, 0), 1.0)


# A line of at least this many words in two sentences or more, with no year or address, is prose, not a
# list of sources (`Dinas Kesehatan Kota Bandung. Data diolah.` is a source).
_MIN_PROSE_WORDS = 15


def _nothing_follows(page: Page, line: Line, lex: Lexicon) -> bool:
    """A bare label with no sources after it: the page ends, a line next to it only asks for a source, or
    the next line is page chrome (a byline, a share bar), a long paragraph, or text that names no source
    (no year, address, institution or bare name); a list of sources, `Badan Pusat Statistik` or `Antara`
    keep it."""
    al = lex.attribution
    lines = page.lines
    before = next(
        (lines[i] for i in range(line.index - 1, -1, -1) if lines[i].kind is not LineKind.BLANK), None
    )
    after = next(
        (lines[i] for i in range(line.index + 1, len(lines)) if lines[i].kind is not LineKind.BLANK), None
    )
    if after is None or any(ln is not None and _source_request_line(ln, lex) for ln in (before, after)):
        return True
    if after.kind is LineKind.LIST_ITEM:
        return False
    if al.chrome_opener_re.match(after.body) or after.n_words > al.max_source_words:
        return True
    if _SOURCE_SHAPE_RE.search(after.text):
        return False
    if after.n_words >= _MIN_PROSE_WORDS and len(sentences(after.text)) >= 2:
        return True  # a paragraph of the article (`Sumber:` over the lead): nothing was filled in
    if al.source_word_re.search(after.text):
        return False
    return after.n_words > al.max_source_name_words


def _source_request_line(line: Line, lex: Lexicon) -> bool:
    """`Perlu dicantumkan sumber resmi ASEAN yang relevan*)`, `*) Sumber perlu ditambahkan`: a line that
    only asks for a source."""
    al = lex.attribution
    if line.kind not in _TEXT_KINDS or len(words(line.body)) > al.max_request_words:
        return False
    body = line.body.rstrip()
    if al.noun_request_re.match(body):
        return not body.endswith(".")
    if not al.request_line_re.match(body):
        return False
    noun = al.source_noun_re.search(body)
    if not noun:
        return False
    if body.endswith(")") and body.count(")") > body.count("("):
        return True  # the stray close of an attribution opened on an earlier line
    return not body.endswith(".") and bool(al.qualifier_re.match(body[noun.end() :].lstrip()))


def detect_template_tokens(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Template text a publishing tool or a writer left unfilled: template syntax, fill-in slots in square
    brackets, filler Latin and filler numbers.

    Flags `{{ nama_penulis }}`, `%%title%%`, `<!-- wp:paragraph -->`, `[Nama Kota]`, `[tautan]`,
    `[Gambar: infografis]`, `[INSERT IMAGE]`, `Lorem ipsum dolor sit amet.`, `Rp XXX`, a line `XXX`;
    leaves `[Jokowi]` and `[sic]` in a quote, `[1]`, `[Foto: Antara/Reno]`, `Lorem ipsum adalah teks
    contoh yang dipakai desainer.`, `abad XX`, and template syntax on a page about templating (`Gunakan
    {{ nama }} di template Jinja.`).
    """
    tl = lex.template
    max_label = lex.attribution.max_label_words
    code_page = page.memoised(("placeholder", "code_page"), lambda: tl.is_code_page(page.text))
    attributions = _Spans((s, e) for s, e, _ in detect_unfinished_attributions(page, lex))
    for line in page.lines:
        if line.kind is LineKind.BLANK or attributions.covers(line.start, line.end):
            continue
        spans: list[tuple[int, int, float]] = []
        if _is_here_line(line, lex) or tl.todo_re.match(line.body):
            yield (line.start, line.end, 1.0)
            continue
        if not code_page:
            spans += [(m.start(), m.end(), 1.0) for m in _SYNTAX_RE.finditer(line.text)]
            if "[" in line.text:
                spans += [
                    (m.start(), m.end(), 1.0)
                    for m in tl.shortcode_pair_re.finditer(line.text)
                    if len(words(m.group("inner"))) <= tl.max_shortcode_label_words
                ]
                spans += [(m.start(), m.end(), 1.0) for m in tl.shortcode_re.finditer(line.text)]
            if "<" in line.text or "{" in line.text:
                spans += [
                    (m.start(), m.end(), 1.0)
                    for m in _ANGLE_OR_BRACE_RE.finditer(line.text)
                    if tl.is_slot(m.group(1) or m.group(2))
                ]
        if "[" in line.text or "(" in line.text:
            quotes: _Quotes | None = None
            for m in lex.note.note_re.finditer(line.text):
                if not lex.is_template_slot(m.group()):
                    continue
                if _insertion_shaped(m.group(1), lex):
                    quotes = quotes or _Quotes(line.text)
                    if quotes.inside(m.start() + (len(m.group()) - len(m.group().lstrip()))):
                        continue  # `"Kenapa [harga] naik terus?"`: an editor's insertion in a quote
                spans.append((m.start(), m.end(), 1.0))
        spans += [(*m.span(m.lastgroup or 0), 0.9) for m in tl.filler_re.finditer(line.text)]
        if "orem" in line.text or "psum" in line.text or line.text.isascii():
            spans += [(s, e, 1.0) for s, e, sentence in sentences(line.text) if tl.is_lorem(sentence)]
        spans.sort(key=lambda span: (span[0], -span[1]))  # the longest of spans starting together
        last_end = -1
        for start, end, score in spans:
            if start < last_end:
                continue
            s, e = line.start + start, line.start + end
            if attributions.covers(s + 1, e):
                continue
            last_end = end
            yield (*_widen_to_line(line, s, e, max_label), score)


def _insertion_shaped(inner: str, lex: Lexicon) -> bool:
    """A bracket's inner text that could be an editor's insertion in a quotation: a word or two, with no
    fill-in verb, underscore or colon."""
    return (
        len(words(inner)) <= lex.template.max_quoted_slot_words
        and "_" not in inner
        and ":" not in inner
        and not lex.note.slot_re.search(inner)
    )


def _is_here_line(line: Line, lex: Lexicon) -> bool:
    """`Tulis deskripsi singkat di sini`, `Judul artikel di sini`: a line that is only a fill-in instruction
    pointing at itself."""
    body = line.body.strip().rstrip(".:!…")
    if not body or len(words(body)) > lex.template.max_here_words:
        return False
    here = lex.note.slot_here_re.search(body)
    if not here or body[here.end() :].strip():
        return False
    return bool(lex.note.slot_re.match(body) or lex.template.slot_head_re.match(body))


# A condition put to whoever asked: `Jika Anda ingin, ...`, `Kalau perlu, ...`.
_CONDITION_RE = re.compile(
    r"(?<!\w)(?:jika|kalau|bila|apabila|if)\s+(?:anda|kamu|perlu|diperlukan|ingin|mau|you)\b", re.I
)


# Markdown a generator leaves around its words: `**Catatan:**`, `## Meta deskripsi`, `> Berikut ...`.
_MARKDOWN_RE = re.compile(r"\*\*|__|^\s*(?:#{1,6}|>)\s+")


def _unmarked(text: str) -> str:
    """`text` without markdown emphasis and heading or quote marks (for matching only)."""
    return _MARKDOWN_RE.sub("", text) if ("*" in text or "_" in text or "#" in text or ">" in text) else text


def detect_generator_residue(page: Page, lex: Lexicon) -> Iterator[Span]:
    """The lines a text generator wraps around the article: its preamble, its offers to the person who
    asked, its notes about the text being a sample, its SEO fields, and it speaking of itself.

    Flags `Tentu, berikut adalah artikel tentang rendang:`, `Berikut versi artikel yang sudah dioptimasi
    untuk kata kunci "panas bumi":`, `Sure, here is an article about batik:`, `Semoga artikel ini
    bermanfaat! Jika Anda ingin saya menambahkan bagian lain, beri tahu saya.`, `Sebagai model bahasa AI,
    saya tidak dapat ...`, `Catatan: Artikel ini dibuat sebagai contoh dan dapat disesuaikan dengan
    kebutuhan Anda.`, `Note: The figures above are illustrative.`, `Meta deskripsi: ...` at the page's edge;
    leaves `Semoga artikel ini bermanfaat!` as a closing line, `Berikut adalah beberapa tips menabung:`,
    `Berikut teks lengkap pidato Presiden:`, quoted speech (`"Beri tahu saya jika ada kendala," kata
    Camat.`), `Sebagai model bahasa AI terbesar, GPT-4 ...` and `Catatan: Artikel ini pertama kali
    tayang pada 2019.`
    """
    rl = lex.residue
    text_lines = [ln for ln in page.lines if ln.kind is not LineKind.BLANK]
    edge = {ln.index for ln in text_lines[: rl.seo_edge_lines] + text_lines[-rl.seo_edge_lines :]}
    for line in text_lines:
        yield from _heading_markup(line)
        if line.kind not in _TEXT_KINDS:
            continue
        if line.key in rl.chat_interface_lines:
            yield (line.start, line.end, 1.0)  # `Regenerate response`, `Salin kode`: copied with the chat
            continue
        body = _unmarked(line.body)
        lead = _leading_preamble(line, rl)
        if lead is not None:
            # `Tentu! Berikut artikelnya. Pelabuhan itu dibangun ...`: the preamble glued to the article
            yield (line.start, lead, 1.0)
            continue
        if rl.is_preamble(body) or rl.is_english_note(body):
            yield (line.start, line.end, 1.0)
            continue
        if line.index in edge and line.kind is not LineKind.LIST_ITEM and rl.seo_label_re.match(body):
            yield (line.start, line.end, 0.9)
            continue
        parts = sentences(line.text)
        residue = [
            (s, e)
            for s, e, sentence in parts
            if rl.sentence_is_residue(_unmarked(sentence))
            or rl.is_check_note(sentence)
            or (len(parts) > 1 and rl.is_preamble(sentence))
        ]
        if residue:
            quotes = _Quotes(line.text)
            residue = [(s, e) for s, e in residue if not quotes.inside(s)]
        if not residue:
            continue
        flagged = set(residue)
        others = [
            sentence
            for s, e, sentence in parts
            if (s, e) not in flagged and any(ch.isalnum() for ch in sentence)  # not a stray `*`
        ]
        if all(rl.pleasantry_re.match(sentence.lstrip("*_ ")) for sentence in others):
            yield (line.start, line.end, 1.0)
            continue
        for s, e in residue:
            yield (line.start + s, line.start + e, 1.0)


# A heading written in markdown: `## Penutup`, `### Kesimpulan: Apa yang Kita Pelajari`, or a whole line
# in bold, `**Pendahuluan**`; at most this many words, and no sentence after `#`.
_MARKDOWN_HEADING_RE = re.compile(r"^(?P<open>#{1,6}[ \t]+)(?P<words>[^#\n]*\w[^#\n]*?)[ \t]*#*[ \t]*$")
_BOLD_LINE_RE = re.compile(r"^(?P<open>\*\*|__)(?P<words>[^*_\n]*\w[^*_\n]*?)(?P<close>\*\*|__):?$")
_MARKUP_HEADING_MAX_WORDS = 12


def _heading_markup(line: Line) -> Iterator[Span]:
    """The marks of a heading a text generator wrote in markdown, which the plain text keeps as they are:
    `## ` of `## Penutup`, the two `**` of `**Pendahuluan**`. The heading's words stay.

    >>> from pipeline.page import analyse_page
    >>> pages = [analyse_page(t) for t in ("## Penutup", "**Pendahuluan**")]
    >>> [p.text[s:e] for p in pages for s, e, _ in _heading_markup(p.lines[0])]
    ['## ', '**', '**']
    """
    text = line.text
    if not text or text[0] not in "#*_":
        return
    m = _MARKDOWN_HEADING_RE.match(text)
    if (
        m
        and len(words(m.group("words"))) <= _MARKUP_HEADING_MAX_WORDS
        and not ends_sentence(m.group("words"))
    ):
        yield (line.start, line.start + m.end("open"), 1.0)
        if m.end("words") < len(text):  # closing marks: `## Penutup ##`
            yield (line.start + m.end("words"), line.end, 1.0)
        return
    m = _BOLD_LINE_RE.match(text)
    if (
        m
        and m.group("open") == m.group("close")
        and len(words(m.group("words"))) <= _MARKUP_HEADING_MAX_WORDS
    ):
        yield (line.start, line.start + m.end("open"), 1.0)
        yield (line.start + m.start("close"), line.start + m.end("close"), 1.0)


def _leading_preamble(line: Line, rl: ResidueLexicon) -> int | None:
    """Where a generator's preamble opening the line ends (an offset in `Page.text`), when the line goes on
    with the article after it; else None."""
    if line.kind not in (LineKind.PARAGRAPH, LineKind.FRAGMENT) or not rl.ack_open_re.match(line.text):
        return None
    parts = sentences(line.text)
    for k in range(min(3, len(parts) - 1)):
        head = line.text[: parts[k][1]]
        if rl.is_preamble(_unmarked(head)):
            # and what more the generator says before the article (`Baik, saya mengerti. Berikut artikelnya.`)
            # (the acknowledgement before it counts for a `Berikut artikelnya.` after it)
            while k + 1 < len(parts) and (
                rl.is_preamble("Tentu, " + _unmarked(parts[k + 1][2]))
                or rl.sentence_is_residue(_unmarked(parts[k + 1][2]))
            ):
                k += 1
            return line.start + parts[k][1]
    return None


def _fill_in_bracket(sentence: str, lex: Lexicon) -> bool:
    """The sentence is one bracket holding a fill-in slot (`[sisipkan grafik ...]`): a template token."""
    bracket = sentence.rstrip(".!?… ")
    return (
        bracket[:1] in "(["
        and bracket[-1:] in ")]"
        and (lex.is_fill_in(bracket) or lex.is_template_slot(bracket))
    )


def _points_at_missing_part(page: Page, line: Line, sentence: str, ll: LayoutLexicon) -> bool:
    """The sentence only points at a part of the page that is not there: a picture, a video or a
    button (lost in text), or a table or a list with no table row or list item among the
    `_POINTER_REACH` lines around it (chrome or an ad may stand between a pointer and its table)."""
    part = ll.pointed_part(sentence)
    if part is None:
        return False
    if part not in ll.text_parts:
        return True
    near = [other for step in (-1, 1) for other in _text_lines_around(page, line.index, step)]
    return not any(
        other.kind in (LineKind.TABLE_ROW, LineKind.LIST_ITEM) or "|" in other.text or "\t" in other.text
        for other in near
    )


_POINTER_REACH = 8


# An emoji or an arrow closing (or opening) a line: a blogger's sentence, not a headline.
_DECORATED_END_RE = re.compile(
    r"\w\s*(?:[\U0001F300-\U0001FAFF\u2190-\u21FF\u2700-\u27BF\u2B00-\u2BFF\u2600-\u26FF]\ufe0f?\s*){1,4}$"
    r"|\w\s*(?:>>|»|\.\.\.|…)\s*$"
    r"|^\s*(?:[\U0001F300-\U0001FAFF\u2190-\u21FF\u2700-\u27BF\u2B00-\u2BFF\u2600-\u26FF]\ufe0f?\s*){1,3}\w"
)


def _text_lines_around(page: Page, index: int, step: int) -> list[Line]:
    """Up to `_POINTER_REACH` non-blank lines before (`step` -1) or after (`step` 1) line `index`."""
    found: list[Line] = []
    i = index + step
    while 0 <= i < len(page.lines) and len(found) < _POINTER_REACH:
        if page.lines[i].kind is not LineKind.BLANK:
            found.append(page.lines[i])
        i += step
    return found


def _lone_item(page: Page, line: Line) -> bool:
    """A list item with no list item next to it: a line behind a bullet glyph, not a list."""
    return not any(
        other.kind is LineKind.LIST_ITEM
        for step in (-1, 1)
        for other in _text_lines_around(page, line.index, step)[:1]
    )


def _page_asides(
    line: Line, parts: list[tuple[int, int, str]], found: list[tuple[int, int]], ll: LayoutLexicon
) -> list[tuple[int, int]]:
    """Page talk inside a real sentence, as spans of the line: an aside pointing elsewhere on the page
    (`, seperti yang terlihat pada tabel di atas`, `Seperti yang sudah dijelaskan di atas, `), and a
    closing clause that only talks about the page (`..., simak selengkapnya di bawah ini.`, `..., dan hal
    ini akan dibahas pada bagian berikutnya.`). The sentence around it stays."""
    taken = _Spans(found)
    spans: list[tuple[int, int]] = []
    lowered = line.text.casefold()
    if "seperti" in lowered or "sebagaimana" in lowered or "sesuai" in lowered or "as " in lowered:
        for m in ll.aside_re.finditer(line.text):
            start, end = m.start(), m.end()
            if taken.covers(start + 1, end):
                continue
            lead = m.group("lead")
            after = line.text[end:]
            opening = not lead.strip(" \"'“(") and (start == 0 or ends_sentence(line.text[:start]))
            if opening:
                if not m.group("tail"):
                    continue  # the aside must hand over to the sentence: `Seperti terlihat di atas, ...`
                start += len(lead)
                end += len(after) - len(after.lstrip())
            elif m.group("tail"):
                if "," not in lead:
                    continue  # `... naik seperti terlihat di atas, lalu ...`: the clause is not set apart
            elif not re.match(r"\s*(?:[.;!?:)\]]|$)", after):
                continue
            spans.append((start, end))
    if "," in line.text or " – " in line.text or " — " in line.text or " - " in line.text:
        for start, end, sentence in parts:
            comma = max(
                sentence.rfind(","), sentence.rfind(" — "), sentence.rfind(" – "), sentence.rfind(" - ")
            )
            if comma < 0 or taken.covers(start, end):
                continue
            clause = sentence[comma + 1 :].strip().lstrip("—–- ").rstrip(".!?…:; ")
            head = sentence[:comma]
            if len(words(head)) < 3 or not clause or not ll.page_anchor_re.search(clause):
                continue
            if ll.is_self_talk(clause) or ll.read_on_re.match(clause) or ll.pointed_part(clause):
                clause_end = start + comma + 1 + len(sentence[comma + 1 :].rstrip().rstrip(".!?…:; "))
                spans.append((start + comma, clause_end))
    return spans


def detect_layout_talk(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Sentences about the page's own presentation rather than its topic, and orders to act on the page.

    Flags `Tabel ini dirancang responsif agar mudah dibaca di berbagai perangkat.`, `Kolom-kolom pada
    tabel di atas disusun rapi agar informasi mudah dipahami.`, `Desain tabel dibuat sederhana agar tetap
    terbaca saat dicetak.`, `Klik gambar untuk memperbesar.`, `Gulir ke kanan untuk melihat kolom lainnya.`;
    leaves `Artikel ini membahas perangkat lunak akuntansi.`, `Tabel ini merangkum isu-isu sosial.`,
    `Artikel ini membahas perangkat lunak yang responsif terhadap kebutuhan UMKM.` (no device),
    `Desain responsif membuat situs nyaman dibuka di ponsel.` (a topic) and `Geser layar ke kanan untuk
    membuka notifikasi.` (a how-to).
    """
    ll = lex.layout
    for line in page.lines:
        if line.kind not in _TEXT_KINDS:
            continue
        # Self talk is a paragraph's (`Ini Penjelasan Lengkapnya` ends many a headline).
        talks = (
            line.kind is LineKind.PARAGRAPH
            or (line.kind is LineKind.LIST_ITEM and _lone_item(page, line))  # `➡️ Berikut ulasannya...`
            or (
                line.kind in (LineKind.HEADING, LineKind.FRAGMENT)
                and (
                    line.text.rstrip(' )]"”*_').endswith((".", "!"))
                    or bool(_DECORATED_END_RE.search(line.text))  # `... di bawah ini 👇`
                    or bool(ll.talk_heading_re.match(line.text))  # `BERIKUT ULASAN LENGKAPNYA`
                )
            )
        ) and (page.title is None or line.index != page.title.index)
        parts = sentences(line.text)
        found = [
            (start, end)
            for start, end, sentence in parts
            if (
                ll.is_layout_talk(sentence)
                or _points_at_missing_part(page, line, sentence, ll)
                or (talks and (ll.is_self_talk(sentence) or ll.talks_about_itself(sentence)))
            )
            and not _fill_in_bracket(sentence, lex)
        ]
        if found and len(parts) > 1:
            # A teaser just before it goes with it (`... naik. Penasaran? Simak ulasannya berikut ini.`).
            starts = {start: i for i, (start, _, _) in enumerate(parts)}
            found = [
                (parts[starts[start] - 1][0], end)
                if starts.get(start, 0) > 0 and ll.teaser_re.match(parts[starts[start] - 1][2])
                else (start, end)
                for start, end in found
            ]
        if found and len(parts) > 1:
            # A wish or a teaser beside it goes too (`Demikian ulasannya. Semoga bermanfaat!`, `Penasaran?
            # Baca terus sampai habis!`): then the whole line is the page's talk.
            taken = set(found)
            others = [sentence for start, end, sentence in parts if (start, end) not in taken]
            if all(
                lex.residue.pleasantry_re.match(sentence) or ll.teaser_re.match(sentence)
                for sentence in others
            ):
                found = [(0, len(line.text))]
        if line.kind is not LineKind.HEADING:
            found += _page_asides(line, parts, found, ll)
        if "(" in line.text or "[" in line.text:
            # A layout note in brackets inside a sentence: `... (Gambar ilustrasi ditempatkan di sini) ...`.
            taken = _Spans(found)
            for m in lex.note.note_re.finditer(line.text):
                start = m.start() + (len(m.group()) - len(m.group().lstrip()))
                if (
                    taken.covers(start, m.end())
                    or lex.is_fill_in(m.group())
                    or lex.is_template_slot(m.group())
                ):
                    continue  # a fill-in slot (`[sisipkan grafik ...]`) is a template token
                if (
                    ll.is_layout_note(m.group(1), bracketed=True)
                    or ll.is_self_talk(m.group(1))  # `(penjelasan lengkapnya ada di bagian berikutnya)`
                    or ll.pointed_part(m.group(1)) is not None  # `(lihat tabel di bawah)`
                ):
                    found.append((m.start(), m.end()))
        if found:
            quotes = _Quotes(line.text)
            for start, end in sorted(found):
                if not quotes.inside(start + (line.text[start] == " ")):
                    yield (*_widen_to_line(line, line.start + start, line.start + end, 0), 1.0)


RULES = (
    Rule("placeholder.verification_note.v2", CATEGORY, detect_verification_notes),
    Rule("placeholder.reference_mark.v1", CATEGORY, detect_reference_marks),
    Rule("placeholder.unfinished_attribution.v2", CATEGORY, detect_unfinished_attributions),
    Rule("placeholder.layout_talk.v2", CATEGORY, detect_layout_talk),
    Rule("placeholder.template_token.v2", CATEGORY, detect_template_tokens),
    Rule("placeholder.generator_residue.v2", CATEGORY, detect_generator_residue),
)
