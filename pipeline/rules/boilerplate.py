"""Boilerplate: page chrome that survived scraping (share widgets, counters, glyphs, navigation,
related-article links, bylines, breadcrumbs, labels above the title, datelines, embedded-media markers,
copyright lines, follow calls, photo credits, comment forms, cookie notices, pagination, tag lists and
"read more" links).

Every rule reads the kind of chrome from its shape and a lexicon (in `boilerplate.toml`), never from one
exact string; the page's head (before the first paragraph) and tail (after the last) are used as a
second signal for the weakest shapes only."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, line_span
from pipeline.text import ends_sentence, is_symbol_only, line_key, words

CATEGORY = "boilerplate"
_NUMBER_RE = re.compile(r"\d(?:[\d.,]*\d)?")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Lines of these kinds can be chrome; list items and table rows are content structures.
_LOOSE_KINDS = (LineKind.HEADING, LineKind.FRAGMENT, LineKind.PARAGRAPH)


# A placeholder for a date piece or a media name once it is recognised, so that what is left of a line
# can be read segment by segment.
_MARK = "\x00"
_MEDIA_MARK = "\x01"
_TOKEN_RE = re.compile(r"[\w.&'’]+|[\x00\x01]")
_HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{3,}")
_HASHTAG_RE = re.compile(r"#\w[\w-]*[,;]?")
_LINK_END_RE = re.compile(r"(?:https?://|www\.)\S+\s*[»>→]?$", re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+\S")
# Credits alone on a line with no lexicon word: `(Berita Daerah/Kartika Saputra)`, `CATATAN KAMPUNG/FITRI
# HARAHAP` (a source and a photographer, capitalised, split by a slash).
_CAP_WORDS = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_NAME_CREDIT_LINE_RE = re.compile(rf"\(\s*{_CAP_WORDS}\s*/\s*{_CAP_WORDS}\s*\)")
_CAPS_CREDIT_LINE_RE = re.compile(r"[A-Z0-9][A-Z0-9.&' -]{1,40}\s*/\s*[A-Z][A-Z.' -]{1,40}")
# A "paragraph" this short that does not end a sentence is a headline, as far as a page's edges go.
_HEADLINE_MAX_WORDS = 16
# How far from a line's end a closing photo credit may start.
_CREDIT_TAIL_CHARS = 160
# Lines longer than this are never a dateline or a byline (and are not worth the date patterns).
_SHORT_LINE_CHARS = 300
_DIGIT_RE = re.compile(r"\d")
_TAG_ITEM_RE = re.compile(r"[\w\s&'’.-]*\w")
# A site's domain as the last part of an end code: `(ant/Suara.com)`.
_SITE_CODE = r"[A-Za-z][\w-]*\.(?:com|co\.id|id|net|co|org|tv)"


def _body(phrases: list[str]) -> str:
    """The alternation of `compile_phrases` without its word boundaries, to embed in a larger pattern."""
    pattern = compile_phrases(phrases).pattern
    if pattern.startswith("(?<!\\w)") and pattern.endswith("(?!\\w)"):
        return pattern[len("(?<!\\w)") : -len("(?!\\w)")]
    return pattern


def _keys(phrases: list[str]) -> frozenset[str]:
    return frozenset(line_key(p) for p in phrases)


def _tokens(text: str) -> list[str]:
    """Word tokens that keep dots inside them (`Kompas.com`), and placeholders."""
    tokens = (t.strip(".'’") if len(t) > 1 else t for t in _TOKEN_RE.findall(text))
    return [t for t in tokens if t]


def _capitalised(token: str) -> bool:
    first = next((ch for ch in token if ch.isalpha()), "")
    return bool(first) and first.isupper()


@dataclass(frozen=True)
class MediaShapes:
    """News-site names: a lexicon name, a domain-shaped token, or a prefixed site word (`detikNews`)."""

    body: str  # the alternation of all names, to embed in other patterns
    name_re: re.Pattern[str]
    agency_re: re.Pattern[str]  # an agency in brackets: `(ANTARA)`

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> MediaShapes:
        tlds = "|".join(re.escape(t) for t in sorted(data["domain_suffixes"], key=len, reverse=True))
        prefixes = "|".join(re.escape(p) for p in sorted(data["name_prefixes"], key=len, reverse=True))
        domain = rf"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{tlds})"
        prefixed = rf"(?:{prefixes})[a-z0-9]+" if prefixes else r"(?!x)x"
        body = rf"(?:{domain}|{prefixed}|{_body(data['names'])})"
        return cls(
            body=body,
            name_re=re.compile(rf"(?<![\w.]){body}(?!\w|\.\w)", re.IGNORECASE),
            agency_re=re.compile(rf"\(\s*(?:{_body(data['agencies'])})\s*\)", re.IGNORECASE),
        )

    def mark(self, text: str) -> tuple[str, int]:
        """`text` with each media name replaced by a placeholder, and how many there were."""
        text, agencies = self.agency_re.subn(f" {_MEDIA_MARK} ", text)
        text, names = self.name_re.subn(f" {_MEDIA_MARK} ", text)
        return text, agencies + names

    def is_name(self, token: str) -> bool:
        return bool(self.name_re.fullmatch(token))


@dataclass(frozen=True)
class DateShapes:
    """The pieces dates and times are written in, each recognised by a pattern of its kind."""

    pieces: tuple[tuple[str, re.Pattern[str]], ...]
    wordy_re: re.Pattern[str]  # the pieces written without a digit (`kemarin`, `sejam lalu`)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> DateShapes:
        weekday, month = _body(data["weekdays"]), _body(data["months"])
        unit, zone = _body(data["relative_units"]), _body(data["time_zones"])
        lead, label = _body(data["time_words"]), _body(data["labels"])
        read_label, read_word = _body(data["reading_time_labels"]), _body(data["reading_time_words"])
        minutes = r"(?:menit|mins?|minutes?)"
        year = r"(?:\d{4}|\d{2}(?!\s*[:.]\d))"
        patterns = [
            (
                "relative",
                rf"(?<!\w)(?:\d+|se|satu|dua|tiga|empat|lima|beberapa|an?|one)\s*(?:{unit})\s+"
                r"(?:yang\s+)?(?:lalu|ago)(?!\w)",
            ),
            (
                "reading_time",
                rf"(?<!\w)(?:(?:{read_label})\s*:?\s*\d+\s*{minutes}|\d+\s*{minutes}\s+(?:{read_word}))(?!\w)",
            ),
            ("relative_word", rf"(?<!\w)(?:{_body(data['relative_words'])})(?!\w)"),
            (
                "stamp",
                r"(?<![\w/.-])\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?(?![\w/-])",
            ),
            ("date", r"(?<![\w/.-])\d{4}-\d{1,2}-\d{1,2}(?![\w/-])"),
            ("date", r"(?<![\w/.:-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\w/:-]|\.\d)"),
            (
                "date",
                rf"(?<!\w)\d{{1,2}}(?:\s+|\s*-\s*)(?:{month})\.?(?:(?:\s*,\s*|\s+|\s*-\s*){year})?(?!\w)",
            ),
            ("date", rf"(?<!\w)(?:{month})\.?\s+\d{{1,2}},?\s+\d{{4}}(?!\w)"),
            ("date", rf"(?<!\w)(?:{month})\.?\s+\d{{4}}(?!\w)"),
            ("date", r"(?<![\w/.])\d{1,2}/\d{1,2}(?![\w/])"),
            (
                "time",
                rf"(?<![\w.:])(?:(?:{lead})\.?\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*[ap]\.?m\b\.?)?"
                r"(?![\w:]|\.\d)",
            ),
            ("zone", rf"(?<!\w)(?:{zone})(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?(?!\w)"),
            ("weekday", rf"(?<!\w)(?:{weekday})\.?(?!\w)"),
            ("label", rf"(?<!\w)(?:{label})(?!\w)"),
            ("connector", rf"(?<!\w)(?:{_body(data['connectors'])})(?!\w)"),
        ]
        wordy = rf"(?<!\w)(?:{_body(data['relative_words'])}|lalu|ago)(?!\w)"
        return cls(
            tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in patterns),
            re.compile(wordy, re.IGNORECASE),
        )

    def mark(self, text: str) -> tuple[str, set[str]]:
        """`text` with every date piece replaced by a placeholder, and the kinds of pieces found."""
        kinds: set[str] = set()
        for kind, pattern in self.pieces:
            text, n = pattern.subn(f" {_MARK} ", text)
            if n:
                kinds.add(kind)
        return text, kinds


def date_strength(kinds: set[str]) -> int:
    """0: no date; 1: a date or time that could head a section of a timeline or an agenda (`12 Januari
    2024`, `Kamis, 12 Januari 2024`, `10.15 WIB`); 2: unmistakably a publication stamp (a date with a
    time, a date or time with a label such as `Diperbarui`, a relative time, a reading time)."""
    if kinds & {"relative", "reading_time", "stamp"}:
        return 2
    dated, timed, labelled = "date" in kinds, "time" in kinds, "label" in kinds
    if not (dated or timed or "relative_word" in kinds):
        return 0
    if (dated and timed) or (labelled and (dated or timed or "relative_word" in kinds)):
        return 2
    return 1


@dataclass(frozen=True)
class DatelineLexicon:
    split_re: re.Pattern[str]
    max_other_words: int
    weak_score: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> DatelineLexicon:
        spaced = [s for s in data["separators"] if s in "-/"]
        tight = [s for s in data["separators"] if s not in "-/"]
        parts = [rf"\s*{re.escape(s)}\s*" for s in tight] + [rf"\s+{re.escape(s)}\s+" for s in spaced]
        return cls(re.compile("|".join(parts)), data["max_other_words"], data["weak_score"])


@dataclass(frozen=True)
class StoryDatelineLexicon:
    cities: frozenset[str]
    max_prefix_words: int
    max_name_words: int
    min_rest_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any], media: dict[str, Any]) -> StoryDatelineLexicon:
        return cls(
            _keys(data["cities"]), data["max_prefix_words"], data["max_name_words"], data["min_rest_words"]
        )


@dataclass(frozen=True)
class MediaMarkerLexicon:
    bracket_re: re.Pattern[str]
    paren_re: re.Pattern[str]
    caps_re: re.Pattern[str]
    script_markers: tuple[str, ...]
    end_code_re: re.Pattern[str]  # `(oca/mef)` closing a line
    ad_labels: frozenset[str]
    video_intro_re: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> MediaMarkerLexicon:
        # An editor's code: lower-case letters, with a number after them at some sites (`mui19`).
        code = rf"[a-z]{{{data['end_code_min']},{data['end_code_max']}}}\d{{0,3}}"
        caps = sorted({" ".join(p.split()) for p in data["inline_caps"] if p.strip()}, key=len, reverse=True)
        caps_body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in caps) or r"(?!x)x"
        return cls(
            bracket_re=re.compile(
                rf"\[\s*(?P<head>{_body(data['bracket_heads'])})(?![\w-])[^\[\]\n]{{0,200}}\]", re.IGNORECASE
            ),
            paren_re=re.compile(
                rf"\(\s*(?:(?P<head>{_body(data['paren_heads'])})\s*"
                rf"|(?:{_body(data['paren_label_heads'])})\s*:[^()\n]{{1,120}})\)",
                re.IGNORECASE,
            ),
            caps_re=re.compile(rf"(?<![\w])(?:{caps_body})(?![\w])"),
            script_markers=tuple(m.casefold() for m in data["script_markers"]),
            end_code_re=re.compile(
                rf"(?:^|(?<=\s))[(\[](?P<codes>{code}(?:/(?:{code}|{_SITE_CODE})){{0,3}})[)\]]\s*$"
            ),
            ad_labels=_keys(data["ad_labels"]),
            video_intro_re=re.compile(
                rf"^\W*(?:{_body(data['video_intro_verbs'])})(?:\s+juga)?\s+video(?:nya)?"
                rf"(?:\s+(?:{_body(data['video_intro_endings'])}))?\s*:?\s*$",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class CopyrightLexicon:
    opener_year_re: re.Pattern[str]
    notice_start_re: re.Pattern[str]
    notice_end_re: re.Pattern[str]
    notice_open_re: re.Pattern[str]
    max_words: int
    syndication_re: re.Pattern[str]
    syndication_max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CopyrightLexicon:
        notices = _body(data["notices"])
        return cls(
            opener_year_re=re.compile(
                rf"^\W*(?:{_body(data['openers'])})\s*(?:©|\(c\))?\s*(?:19|20)\d\d(?!\d)", re.IGNORECASE
            ),
            notice_start_re=re.compile(rf"^\W*(?:{notices})(?!\w)", re.IGNORECASE),
            notice_end_re=re.compile(rf"(?<!\w)(?:{notices})\W*$", re.IGNORECASE),
            notice_open_re=re.compile(rf"^\W*(?:{_body(data['notice_openers'])})(?!\w)", re.IGNORECASE),
            max_words=data["max_words"],
            syndication_re=re.compile(
                rf"^\W*(?:{_body(data['self_words'])})\s+(?:ini|this)\b.*?\b(?:{_body(data['publish_words'])})\b"
                r"[^.!?]*?\s(?:di|pada|on|in|at|oleh|by)\s+(?P<site>[^.!?]+?)\W*$",
                re.IGNORECASE,
            ),
            syndication_max_words=data["syndication_max_words"],
        )


@dataclass(frozen=True)
class FollowCallLexicon:
    opener_re: re.Pattern[str]
    channel_re: re.Pattern[str]
    generic_channel_re: re.Pattern[str]
    own_re: re.Pattern[str]
    news_re: re.Pattern[str]
    call_words: frozenset[str]
    call_max_words: int
    max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> FollowCallLexicon:
        return cls(
            opener_re=re.compile(
                rf"^\W*(?:(?:{_body(data['lead_ins'])})\W+)?(?:{_body(data['verbs'])})(?!\w)", re.IGNORECASE
            ),
            channel_re=compile_phrases(data["channels"]),
            generic_channel_re=compile_phrases(data["generic_channels"]),
            own_re=compile_phrases(data["own_words"]),
            news_re=compile_phrases(data["news_words"]),
            call_words=frozenset(t for p in data["call_words"] for t in line_key(p).split()),
            call_max_words=data["call_max_words"],
            max_words=data["max_words"],
        )


@dataclass(frozen=True)
class PhotoCreditLexicon:
    bracket_re: re.Pattern[str]
    media_credit_re: re.Pattern[str]  # a site and a photographer in brackets: `(CNN Indonesia/Adi Ibrahim)`
    media_credit_line_re: re.Pattern[str]  # ... or as a whole line: `LIPUTAN6.COM/KETUT NUGROHO`
    label_re: re.Pattern[str]  # a label and its `:` or `/`, anywhere in a line
    generic_label_re: re.Pattern[str]
    source_start_re: re.Pattern[str]
    caption_re: re.Pattern[str]
    caption_max_words: int
    slash_credit_re: re.Pattern[str]  # `Tempo/Sari Siregar/abc` closing a caption, or alone on a line

    @classmethod
    def from_data(cls, data: dict[str, Any], media: MediaShapes) -> PhotoCreditLexicon:
        labels, generic, sources = (
            _body(data["labels"]),
            _body(data["generic_labels"]),
            _body(data["sources"]),
        )
        return cls(
            bracket_re=re.compile(
                rf"[(\[]\s*(?:(?:{labels})\s*(?:[:/]|\.(?=\s))|(?:{generic})\s*[:/]\s*(?=(?:{sources})(?!\w)))"
                rf"[^()\[\]\n]{{1,100}}[)\]]|[(\[]\s*(?:{_body(data['bracket_sources'])})\s*[)\]]"
                rf"|[(\[]\s*(?:{sources})\s*/\s*[^()\[\]\n/]{{1,60}}[)\]]",
                re.IGNORECASE,
            ),
            media_credit_re=re.compile(
                rf"[(\[]\s*(?<![\w.]){media.body}\s*/\s*[^()\[\]\n/]{{1,60}}[)\]]", re.IGNORECASE
            ),
            media_credit_line_re=re.compile(
                rf"{media.body}\s*/\s*[^\W\d][\w.' -]{{0,60}}(?:/\s*[\w.]{{1,12}})?", re.IGNORECASE
            ),
            label_re=re.compile(rf"(?<!\w)(?:(?P<generic>{generic})|{labels})\s*[:/]\s*", re.IGNORECASE),
            generic_label_re=re.compile(rf"^(?:{generic})$", re.IGNORECASE),
            source_start_re=re.compile(rf"^(?:{sources})(?!\w)", re.IGNORECASE),
            caption_re=re.compile(
                rf"^\W*(?:{_body(data['caption_openers'])})\s*(?:[.:|(\-–—]|$)", re.IGNORECASE
            ),
            caption_max_words=data["caption_max_words"],
            slash_credit_re=re.compile(
                rf"(?:^|(?<=[.!?)]\s)|(?<=[.!?)]))\s*(?P<credit>(?:{media.body}|{_CAP_WORDS})"
                rf"(?:\s*/\s*(?:{_CAP_WORDS}|[a-z]{{2,4}}\d{{0,2}})){{1,4}})\s*\.?\s*$"
            ),
        )


@dataclass(frozen=True)
class CommentFormLexicon:
    field_re: re.Pattern[str]
    fields: frozenset[str]
    notice_re: re.Pattern[str]
    lines: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CommentFormLexicon:
        marks = "|".join(re.escape(m) for m in sorted(data["required_marks"], key=len, reverse=True))
        return cls(
            field_re=re.compile(rf"^(?:{_body(data['fields'])})\s*(?:{marks})\s*:?$", re.IGNORECASE),
            fields=_keys(data["fields"]),
            notice_re=re.compile(rf"^\W*(?:{_body(data['notices'])})(?!\w)", re.IGNORECASE),
            lines=_keys(data["lines"]),
        )


@dataclass(frozen=True)
class CookieLexicon:
    opener_re: re.Pattern[str]
    context_re: re.Pattern[str]
    cookie_re: re.Pattern[str]
    words: frozenset[str]
    ui_words: frozenset[str]
    buttons: frozenset[str]
    max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CookieLexicon:
        return cls(
            opener_re=re.compile(rf"^\W*(?:{_body(data['openers'])})(?!\w)", re.IGNORECASE),
            context_re=compile_phrases(data["context_words"]),
            cookie_re=compile_phrases(data["words"]),
            words=_keys(data["words"]),
            ui_words=_keys(data["ui_words"]),
            buttons=_keys(data["buttons"]),
            max_words=data["max_words"],
        )


@dataclass(frozen=True)
class PaginationLexicon:
    words: frozenset[str]
    directions: frozenset[str]
    pages: frozenset[str]
    max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PaginationLexicon:
        directions = frozenset(t for p in data["directions"] for t in line_key(p).split())
        words = frozenset(t for p in data["words"] for t in line_key(p).split())
        return cls(words | directions, directions, _keys(data["pages"]), data["max_words"])


@dataclass(frozen=True)
class BylineLexicon:
    label_re: re.Pattern[str]
    loose_label_re: re.Pattern[str]
    any_label_re: re.Pattern[str]  # either kind of label anywhere in a line
    split_re: re.Pattern[str]
    connectors: frozenset[str]
    not_names: frozenset[str]
    max_name_words: int
    max_words: int
    author_box_labels: frozenset[str]
    author_bio_max_words: int
    author_bio_max_lines: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> BylineLexicon:
        spaced = [s for s in data["separators"] if s in "-/"]
        tight = [s for s in data["separators"] if s not in "-/"]
        parts = [rf"\s*{re.escape(s)}\s*" for s in tight] + [rf"\s+{re.escape(s)}\s+" for s in spaced]
        return cls(
            label_re=re.compile(rf"^(?:{_body(data['labels'])})\s+", re.IGNORECASE),
            loose_label_re=re.compile(rf"^(?:{_body(data['loose_labels'])})(?:\s+|$)", re.IGNORECASE),
            any_label_re=compile_phrases([*data["labels"], *data["loose_labels"]]),
            split_re=re.compile("|".join(parts)),
            connectors=_keys(data["connectors"]),
            not_names=_keys(data["not_names"]),
            max_name_words=data["max_name_words"],
            max_words=data["max_words"],
            author_box_labels=_keys(data["author_box_labels"]),
            author_bio_max_words=data["author_bio_max_words"],
            author_bio_max_lines=data["author_bio_max_lines"],
        )


@dataclass(frozen=True)
class TagListLexicon:
    labels: frozenset[str]
    max_item_words: int
    max_items: int
    label_heads: frozenset[str]
    label_words: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TagListLexicon:
        return cls(
            _keys(data["labels"]),
            data["max_item_words"],
            data["max_items"],
            _keys(data["label_heads"]),
            _keys(data["label_words"]),
        )

    def is_label(self, key: str) -> bool:
        """A tag label: a listed one, or a few label words with a label head among them (`topik pilihan`)."""
        tokens = key.split()
        return key in self.labels or (
            0 < len(tokens) <= 3
            and any(t in self.label_heads for t in tokens)
            and all(t in self.label_heads or t in self.label_words for t in tokens)
        )


@dataclass(frozen=True)
class ReadMoreLexicon:
    opener_re: re.Pattern[str]
    more_words: frozenset[str]
    max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ReadMoreLexicon:
        return cls(
            opener_re=re.compile(rf"^\W*(?:{_body(data['verbs'])})(?!\w)", re.IGNORECASE),
            more_words=_keys(data["more_words"]),
            max_words=data["max_words"],
        )


# Arrows, geometric shapes and pictographs, any of which may separate a label from its headline.
_SYMBOL_SEPARATOR = (
    "(?:[\u2190-\u21ff\u2794-\u27bf\u2900-\u297f\u2b00-\u2bff\u25a0-\u25ff]|[\U0001f300-\U0001faff])\ufe0f?"
)


@dataclass(frozen=True)
class RelatedLinkLexicon:
    opener_re: re.Pattern[str]
    min_words: int
    min_title_share: float
    label_words: frozenset[str]  # cue words a label may hold (see `label_families`)
    label_sep_re: re.Pattern[str]  # a label up to its separator
    label_heads: frozenset[str]
    label_max_words: int
    label_min_cue: float
    bare_words: frozenset[str]  # a label with no separator holds one of these
    bare_heads: frozenset[str]  # words that are such a label alone
    bare_enders: frozenset[str]  # function words that may end such a label (`Cek Juga`)
    bare_min_words: int
    glyph_min_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any], chrome: dict[str, Any]) -> RelatedLinkLexicon:
        arrows = "|".join(re.escape(a) for a in sorted(data["arrows"], key=len, reverse=True))
        seps = "|".join(re.escape(a) for a in sorted(data["separators"], key=len, reverse=True))
        label_seps = "|".join(re.escape(a) for a in sorted(data["label_separators"], key=len, reverse=True))
        families = chrome["cues"]
        return cls(
            opener_re=re.compile(
                rf"^(?:(?:{arrows})\s*|(?:{_body(data['verbs'])})\s*(?:{seps})\s*)", re.IGNORECASE
            ),
            min_words=data["min_words"],
            min_title_share=data["min_title_share"],
            label_words=frozenset(
                w.casefold() for family in data["label_families"] for w in families[family]["words"]
            ),
            label_sep_re=re.compile(
                rf"^(?P<label>[^\W\d_][^:|\[\]\n]{{0,60}}?)\s*(?:{label_seps}|{_SYMBOL_SEPARATOR})\s*"
            ),
            label_heads=frozenset(w.casefold() for w in data["label_heads"]),
            label_max_words=data["label_max_words"],
            label_min_cue=data["label_min_cue"],
            bare_heads=frozenset(w.casefold() for w in data["bare_heads"]),
            bare_enders=frozenset(w.casefold() for w in data["bare_enders"]),
            bare_words=frozenset(
                w.casefold() for family in data["bare_families"] for w in families[family]["words"]
            ),
            bare_min_words=data["bare_min_words"],
            glyph_min_words=data["glyph_min_words"],
        )


@dataclass(frozen=True)
class ChromeLineLexicon:
    """Single cue words with their weights, and the weights of the shape, place and context features of
    `detect_chrome_lines`."""

    weights: dict[str, float]  # cue word -> weight (the highest of its families)
    families: dict[str, frozenset[str]]  # family -> its cue words
    licence: frozenset[str]  # cue words that license a name in the line
    function_words: frozenset[str]
    slot_words: frozenset[str]
    clause_words: frozenset[str]
    channel_words: frozenset[str]
    credit_glyphs: str
    threshold: float
    title_threshold: float
    max_words: int
    max_chars: int
    caps_bonus: float
    count_bonus: float
    glyph_bonus: float
    bracket_bonus: float
    edge_bonus: float
    neighbour_bonus: float
    handle_weight: float
    site_weight: float
    name_bonus: float
    section_penalty: float
    other_free: float
    other_step: float
    max_other: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ChromeLineLexicon:
        weights: dict[str, float] = {}
        licence: set[str] = set()
        licensing = set(data["licence_families"])
        for family, spec in data["cues"].items():
            for word in spec["words"]:
                key = word.casefold()
                weights[key] = max(weights.get(key, 0.0), float(spec["weight"]))
                if family.removesuffix("_weak") in licensing:
                    licence.add(key)
        numbers = {
            name: value
            for name, value in data.items()
            if name in cls.__dataclass_fields__ and isinstance(value, (int, float))
        }
        return cls(
            weights=weights,
            families={
                family: frozenset(w.casefold() for w in spec["words"])
                for family, spec in data["cues"].items()
            },
            licence=frozenset(licence),
            function_words=frozenset(w.casefold() for w in data["function_words"]),
            slot_words=frozenset(w.casefold() for w in data["slot_words"]),
            clause_words=frozenset(w.casefold() for w in data["clause_words"]),
            channel_words=frozenset(w.casefold() for w in data["channel_words"]),
            credit_glyphs="".join(data["credit_glyphs"]),
            **numbers,
        )


@dataclass(frozen=True)
class Lexicon:
    share_anchors: frozenset[str]
    share_platforms: frozenset[str]
    share_words: frozenset[str]
    share_max_words: int
    counter_words: frozenset[str]
    counter_number_re: re.Pattern[str]
    counter_max_words: int
    navigation_lines: frozenset[str]
    navigation_section_lines: frozenset[str]
    chrome_label_re: re.Pattern[str]  # a label that may stand without a colon (`Baca juga`)
    chrome_colon_re: re.Pattern[str]  # any label followed by a colon (`Baca juga:`, `Foto:`)
    chrome_max_words: int
    head_label_max_words: int
    head_label_score: float
    breadcrumb_split_re: re.Pattern[str]
    breadcrumb_min_separators: int
    breadcrumb_max_segment_words: int
    breadcrumb_home_words: frozenset[str]
    breadcrumb_max_cell_words: int
    media: MediaShapes
    dates: DateShapes
    dateline: DatelineLexicon
    story: StoryDatelineLexicon
    marker: MediaMarkerLexicon
    copyright: CopyrightLexicon
    follow: FollowCallLexicon
    photo: PhotoCreditLexicon
    form: CommentFormLexicon
    cookie: CookieLexicon
    pagination: PaginationLexicon
    byline: BylineLexicon
    tags: TagListLexicon
    read_more: ReadMoreLexicon
    related: RelatedLinkLexicon
    chrome: ChromeLineLexicon

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        share, counter, prefix = data["share_widget"], data["counter"], data["chrome_prefix"]
        suffixes = "|".join(re.escape(s) for s in sorted(counter["number_suffixes"], key=len, reverse=True))
        labels = compile_phrases(prefix["labels"]).pattern.removeprefix("(?<!\\w)")
        colon_labels = compile_phrases(prefix["labels_with_colon"]).pattern.removeprefix("(?<!\\w)")
        crumb = data["breadcrumb"]
        media, dates = MediaShapes.from_data(data["media"]), DateShapes.from_data(data["date"])
        separators = "|".join(
            [rf"\s*{re.escape(s)}\s*" for s in crumb["separators"]]
            + [rf"\s+{re.escape(s)}\s+" for s in crumb["spaced_separators"]]
        )
        return cls(
            share_anchors=frozenset(line_key(w) for w in share["anchors"]),
            share_platforms=frozenset(line_key(w) for w in share["platforms"]),
            share_words=frozenset(line_key(w) for w in share["words"]),
            share_max_words=share["max_words"],
            counter_words=frozenset(line_key(w) for w in counter["words"]),
            counter_number_re=re.compile(rf"(?<!\w)\d(?:[\d.,]*\d)?\s*(?:{suffixes})?(?!\w)", re.IGNORECASE),
            counter_max_words=counter["max_words"],
            navigation_lines=frozenset(line_key(w) for w in data["navigation"]["lines"]),
            navigation_section_lines=frozenset(line_key(w) for w in data["navigation"]["section_lines"]),
            chrome_label_re=re.compile(rf"^(?:{labels})", re.IGNORECASE),
            chrome_colon_re=re.compile(rf"^(?:{labels}|{colon_labels})\s*:", re.IGNORECASE),
            chrome_max_words=prefix["max_words"],
            head_label_max_words=data["head_label"]["max_words"],
            head_label_score=data["head_label"]["score"],
            breadcrumb_split_re=re.compile(separators),
            breadcrumb_min_separators=data["breadcrumb"]["min_separators"],
            breadcrumb_max_segment_words=data["breadcrumb"]["max_segment_words"],
            breadcrumb_home_words=_keys(data["breadcrumb"]["home_words"]),
            breadcrumb_max_cell_words=data["breadcrumb"]["max_cell_words"],
            media=media,
            dates=dates,
            dateline=DatelineLexicon.from_data(data["dateline"]),
            story=StoryDatelineLexicon.from_data(data["story_dateline"], data["media"]),
            marker=MediaMarkerLexicon.from_data(data["media_marker"]),
            copyright=CopyrightLexicon.from_data(data["copyright"]),
            follow=FollowCallLexicon.from_data(data["follow_call"]),
            photo=PhotoCreditLexicon.from_data(data["photo_credit"], media),
            form=CommentFormLexicon.from_data(data["comment_form"]),
            cookie=CookieLexicon.from_data(data["cookie_notice"]),
            pagination=PaginationLexicon.from_data(data["pagination"]),
            byline=BylineLexicon.from_data(data["byline"]),
            tags=TagListLexicon.from_data(data["tag_list"]),
            read_more=ReadMoreLexicon.from_data(data["read_more"]),
            related=RelatedLinkLexicon.from_data(data["related_link"], data["chrome_line"]),
            chrome=ChromeLineLexicon.from_data(data["chrome_line"]),
        )


def _next_content_line(page: Page, line: Line) -> Line | None:
    lines = page.lines
    return next(
        (lines[i] for i in range(line.index + 1, len(lines)) if lines[i].kind is not LineKind.BLANK), None
    )


def _opens_section(page: Page, line: Line) -> bool:
    """True when a paragraph follows the line: it is the heading of a section."""
    following = _next_content_line(page, line)
    return following is not None and following.kind is LineKind.PARAGRAPH


def detect_share_widgets(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines made only of share-button words.

    Flags `Sebarkan artikel ini`, `Bagikan:`, `Share: Facebook Twitter WhatsApp`, `Bagikan di: IG · FB · WA`,
    `Share: Line | Telegram | Reddit` (pipes, but no row of a table), `Tautan berhasil disalin!`;
    leaves `Bagikan Pengalaman Anda Bersama Kami` (a heading with other words) and `WhatsApp` heading
    a paragraph about WhatsApp.
    """
    buttons = lex.share_anchors | lex.share_platforms
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS and not _lone_row(page, line):
            continue
        tokens = line.key.split()
        if (
            0 < len(tokens) <= lex.share_max_words
            and any(t in buttons for t in tokens)
            and all(t in buttons or t in lex.share_words for t in tokens)
        ):
            if len(tokens) == 1 and tokens[0] in lex.share_platforms and _opens_section(page, line):
                continue
            yield line_span(line)


def detect_counters(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that are one view/comment/share count: a number with at most a few counter words.

    Flags `71`, `1.245`, `1,2rb`, `Dilihat 87 kali`, `87 views`, `12 Komentar`;
    leaves a year alone on a line (`2004`), `12,5 13,1` (two numbers: a table row) and `12 Januari 2024`.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or len(_NUMBER_RE.findall(line.text)) != 1:
            continue
        rest = words(lex.counter_number_re.sub(" ", line.text))
        if len(rest) > lex.counter_max_words or any(line_key(t) not in lex.counter_words for t in rest):
            continue
        if not rest and _YEAR_RE.fullmatch(line.text.strip()):
            continue  # a year alone on a line is usually a timeline heading, not a counter
        yield line_span(line)


def detect_symbol_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines with no letter or digit (close glyphs, decorations) and list items with nothing else.

    Flags `×`, `☰`, `***`, `* * *`, `• • •`, a bare `-` bullet; leaves table separator rows (`---|---|`).
    """
    for line in page.lines:
        symbols = line.kind is LineKind.FRAGMENT and is_symbol_only(line.text)
        if symbols or (line.kind is LineKind.LIST_ITEM and is_symbol_only(line.body)):
            yield line_span(line)


def detect_navigation_labels(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Whole lines that are interface labels (navigation, ads notices, load/scroll prompts).

    Flags `ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`, `Beranda`, `Berita Terkait`, and
    `Rekomendasi` above a list of links;
    leaves any line with more words than the label (`Beranda kami terbuka untuk umum.`) and a
    `Rekomendasi` section heading followed by its paragraph.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            continue
        if line.key in lex.navigation_lines or (
            line.key in lex.navigation_section_lines and not _opens_section(page, line)
        ):
            yield line_span(line)


def detect_chrome_prefixes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that open with a chrome label: related links, tag lists, bylines, photo credits.

    Flags `Baca Juga: Harga Cabai Naik Lagi`, `BACA JUGA : ...`, `Baca juga Harga Cabai Naik Lagi`,
    `Tags: ekonomi, pasar`, `Editor: Budi`, `Oleh: Andi Saputra`, `Kategori: Olahraga`,
    `Posted on 12 Juni 2024 by admin`;
    leaves `Baca buku ini pelan-pelan agar paham.`, `Foto keluarga itu dipajang di ruang tamu.` and
    `Baca juga petunjuk pada kemasan sebelum meminum obat.` (a sentence, not a linked headline).
    """
    for line in page.lines:
        if _chrome_prefix_hit(line, lex):
            yield line_span(line)


def _chrome_prefix_hit(line: Line, lex: Lexicon) -> bool:
    """Whether the chrome prefix rule flags `line` (other rules leave such lines to it)."""
    if line.kind not in _LOOSE_KINDS or line.n_words > lex.chrome_max_words:
        return False
    if lex.chrome_colon_re.match(line.text):
        return True
    label = lex.chrome_label_re.match(line.text)
    return bool(label and _reads_as_headline(line.text[label.end() :]))


def _reads_as_headline(rest: str) -> bool:
    """What follows a label without a colon: nothing, or a linked headline (capitalised, no full stop)."""
    rest = rest.strip(" -–—|»›>")
    if not rest:
        return True
    first = next((ch for ch in rest if ch.isalnum()), "")
    return (first.isupper() or first.isdigit()) and rest[-1] not in ".,;"


def detect_head_labels(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Short lines above the title: category or section labels printed before the headline.

    Flags `Guru` in `Guru / <title> / <body>`; leaves short headings below the title (`Penutup`).
    """
    if page.title_index is None:
        return
    title_key = page.lines[page.title_index].key
    for line in page.lines[: page.title_index]:
        short = 0 < line.n_words <= lex.head_label_max_words
        if line.kind in (LineKind.HEADING, LineKind.FRAGMENT) and short and line.key != title_key:
            yield line_span(line, lex.head_label_score)


def detect_breadcrumbs(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Breadcrumb trails: short segments joined by `»`, `›`, `>`, `‣`, `≫` or `/`, or by pipes.

    Flags `Beranda » Berita » Nasional`, `Home > News > Politik`, `Home / Berita / Hukum`, `🏠 Beranda ≫
    Daerah ≫ Garut`, `Beranda › Otomotif` (one separator after a home word), and a line of pipes that is
    no row of a table, opening with a home word or in the page's head or tail (`Home | Otomotif | Jawa
    Barat`);
    leaves `Harga naik 5% / tahun` (one separator), `Jadwal: Senin/Rabu/Jumat` and `12/01/2024` (a
    slash without spaces joins words, not segments), long sentences with slashes, and the rows of a
    table (`Provinsi | Sekolah | Guru` over its rows).
    """
    edges = _content_edges(page, lex)
    for line in page.lines:
        text = line.text.strip()
        glyph = _lead_glyph(text)
        if glyph and glyph not in "»›>→":
            text = text.lstrip(glyph + "\ufe0f ")
        if line.kind is LineKind.TABLE_ROW:
            if _lone_row(page, line) and _pipe_trail(text, lex, _at_edge(line, edges)):
                yield line_span(line)
            continue
        if line.kind not in _LOOSE_KINDS or line.n_words > 3 * lex.breadcrumb_max_segment_words:
            continue
        segments = lex.breadcrumb_split_re.split(text)
        homed = line_key(segments[0]) in lex.breadcrumb_home_words
        if len(segments) - 1 < (1 if homed else lex.breadcrumb_min_separators):
            continue
        if all(
            seg and len(words(seg)) <= lex.breadcrumb_max_segment_words and seg[-1] not in ".!?"
            for seg in segments
        ):
            yield line_span(line)


def _pipe_trail(text: str, lex: Lexicon, at_edge: bool) -> bool:
    """Cells split by pipes that read as a breadcrumb: short, no digits, and a home word first or the
    line at the page's edge."""
    cells = [c.strip() for c in text.strip(" |").split("|")]
    if len(cells) - 1 < lex.breadcrumb_min_separators:
        return False
    if not all(
        c
        and not _DIGIT_RE.search(c)
        and 0 < len(words(c)) <= lex.breadcrumb_max_cell_words
        and c[-1] not in ".!?:"
        for c in cells
    ):
        return False
    return at_edge or line_key(cells[0]) in lex.breadcrumb_home_words


def _content_edges(page: Page, lex: Lexicon) -> tuple[int, int]:
    """The page's head end and tail start, as `Page` has them but counting only paragraphs of prose: a
    paragraph that is chrome itself (a long cookie notice, a follow call, a copyright notice) or a short
    one that does not end a sentence (a headline with a question in it: `Apa Itu Beasiswa? Ini
    Penjelasannya`) would otherwise leave the page no head at all."""
    paragraphs = [
        ln.index
        for ln in page.lines
        if ln.kind is LineKind.PARAGRAPH
        and (ends_sentence(ln.text) or ln.n_words > _HEADLINE_MAX_WORDS)
        and not _chrome_paragraph(ln, lex)
    ]
    if not paragraphs:
        return page.head_end, page.tail_start
    return paragraphs[0], paragraphs[-1] + 1


def _chrome_paragraph(line: Line, lex: Lexicon) -> bool:
    reading = _read_chrome(line.text, lex) if len(line.text) <= lex.chrome.max_chars else None
    return (
        (reading is not None and reading.cue + reading.bonus >= lex.chrome.threshold)
        or _cookie_line(line, lex)
        or _follow_call_hit(line, lex)
        or _copyright_hit(line, lex)
        or _form_line(line, lex)
        or _read_more_hit(line, lex)
        or _chrome_prefix_hit(line, lex)
    )


def _at_edge(line: Line, edges: tuple[int, int]) -> bool:
    """Before the first paragraph or after the last (see `_content_edges`): where chrome gathers."""
    return line.index < edges[0] or line.index >= edges[1]


def _neighbours(page: Page, line: Line) -> list[Line]:
    """The nearest non-blank line above and below."""
    lines = page.lines
    before = next(
        (lines[i] for i in range(line.index - 1, -1, -1) if lines[i].kind is not LineKind.BLANK), None
    )
    return [ln for ln in (before, _next_content_line(page, line)) if ln is not None]


def _date_line_strength(text: str, lex: Lexicon) -> int:
    """How surely `text` is a publication stamp (see `date_strength`); 0 when anything else is in it.

    Words other than date pieces may stand only in their own segments, as a site or author name:
    capitalised words or media names, at most `max_other_words`.
    """
    marked, kinds = lex.dates.mark(text)
    strength = date_strength(kinds)
    if not strength:
        return 0
    others = 0
    for segment in lex.dateline.split_re.split(marked):
        other = _tokens(segment)
        if _MARK in other:
            # Beside a date, a comma sets off only a place or a site (`Jakarta, 12 Januari 2024`), not a
            # heading (`Jadwal KRL Hari Ini, Senin 15 Januari 2024`).
            other = []
            for part in segment.split(","):
                tokens = _tokens(part)
                named = [t for t in tokens if t != _MARK]
                if not named:
                    continue
                if _MARK in tokens:
                    return 0  # a date inside a clause: `Rapat dimulai pukul 10.00 WIB dan ...`
                if len(named) > 1 and not all(lex.media.is_name(t) for t in named):
                    return 0
                other += named
        for token in other:
            if token.isdigit() or not (_capitalised(token) or lex.media.is_name(token)):
                return 0
        others += len(other)
    return strength if others <= lex.dateline.max_other_words else 0


def detect_datelines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that are a publication date or time, alone or beside a site or author name.

    Flags `Kamis, 12 Januari 2024 10:15 WIB`, `12/01/2024, 10:15 WIB`, `Diperbarui 3 jam lalu`,
    `Kompas.com - 12/01/2024, 10:15 WIB`, `Senin, 15 Jan 2024 | 14:30 WIB`, `Waktu baca 3 menit`, and in
    the page's head or tail a bare `12 Januari 2024` (score `weak_score`);
    leaves `Rapat dimulai pukul 10.00 WIB dan berakhir siang.`, `Harga Emas Hari Ini 12 Januari 2024`,
    a bare date taken for the title, and a bare date heading a section of a timeline (`12 Januari 2024`
    before its paragraph).
    """
    edges = _content_edges(page, lex)
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.n_words > 24 or len(line.text) > _SHORT_LINE_CHARS:
            continue
        if not _DIGIT_RE.search(line.text) and not lex.dates.wordy_re.search(line.text):
            continue  # every date piece but a few relative words has a digit
        strength = _date_line_strength(line.text, lex)
        if line.index == page.title_index and strength < 2:
            continue  # a bare date chosen as the title may be a timeline's; a stamp never is a title
        if strength == 2:
            yield line_span(line)
        elif strength == 1 and _at_edge(line, edges):
            yield line_span(line, lex.dateline.weak_score)


_DASH_RE = re.compile(r"\s+(?:-{1,2}|–|—)\s*|\s*(?:-{1,2}|–|—)\s+")
_PREFIX_STOP_RE = re.compile(r"[\"“”:;?!…«»|]")


def _story_prefix_kind(prefix: str, lex: Lexicon) -> str | None:
    """What a story's opening prefix names: "media" (a site, with or without a place), "city" (a known
    place alone), "caps" (a place in capitals) or None (anything else: a clause, a name)."""
    if (
        not prefix.strip()
        or _PREFIX_STOP_RE.search(prefix)
        or len(words(prefix)) > lex.story.max_prefix_words
    ):
        return None
    marked, n_media = lex.media.mark(prefix)
    marked, _ = lex.dates.mark(marked)
    names = [t for t in _tokens(marked) if t not in (_MARK, _MEDIA_MARK)]
    if len(names) > lex.story.max_name_words or not all(_capitalised(t) for t in names):
        return None
    if n_media:
        return "media"
    if not names:
        return None
    if line_key(" ".join(names)) in lex.story.cities:
        return "city"
    return "caps" if all(t.isupper() and len(t) >= 3 for t in names) else None


def _spells_out(acronym: str, rest: str) -> bool:
    """Whether `rest` opens with the words `acronym` abbreviates (`KPK` - `Komisi Pemberantasan Korupsi`)."""
    letters = "".join(ch for ch in acronym if ch.isalpha())
    initials = "".join(w[0] for w in words(rest) if w[0].isupper())
    return len(letters) >= 2 and initials.startswith(letters)


def _opens_sentence(rest: str, min_words: int) -> bool:
    first = next((ch for ch in rest if ch.isalnum()), "")
    return (first.isupper() or first.isdigit()) and len(words(rest)) >= min_words


def detect_story_datelines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """The dateline opening a news story, up to its dash; the paragraph after it is content.

    Flags `Jakarta, CNN Indonesia -- ` in `Jakarta, CNN Indonesia -- Presiden Joko Widodo ...`, and
    `JAKARTA, KOMPAS.com - `, `Liputan6.com, Jakarta - `, `Jakarta (ANTARA) - `, `TEMPO.CO, Jakarta - `,
    `Jakarta, Kamis (12/1/2024) (ANTARA) - `; a bare place (`Jakarta - `, `BANDUNG - `) only in the
    page's first paragraph; a line that is only such a dateline (`JAKARTA, KOMPAS.com -`);
    leaves `Jakarta - Bandung kini bisa ditempuh 45 menit.` (a route), `Presiden Joko Widodo - yang
    akrab disapa Jokowi - ...`, `Sistem Pengajaran – pengisian, ...` and a site named mid-sentence.
    """
    first_paragraph = _content_edges(page, lex)[0]
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            continue
        text = line.text
        if line.kind is not LineKind.PARAGRAPH:
            whole = re.fullmatch(r"(.+?)\s*(?:-{1,2}|–|—)", text)
            if whole and _story_prefix_kind(whole.group(1), lex) == "media":
                yield line_span(line)
            continue
        for n, dash in enumerate(_DASH_RE.finditer(text[:160])):
            if n >= 2:
                break
            kind = _story_prefix_kind(text[: dash.start()], lex)
            rest = text[dash.end() :]
            if kind is None or not _opens_sentence(rest, lex.story.min_rest_words):
                continue
            if kind == "caps" and _spells_out(text[: dash.start()], rest):
                break  # `BNPB - Badan Nasional Penanggulangan Bencana ...`: an acronym and its expansion
            if kind != "media":
                lead = words(rest)[:2]
                if line.index != first_paragraph or any(
                    line_key(" ".join(lead[:k])) in lex.story.cities for k in (1, 2)
                ):
                    break  # a bare place opens only a story's first paragraph; `Jakarta - Bandung` is a route
            yield (line.start, line.start + dash.end(), 1.0)
            break


def detect_media_markers(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Embedded-media and ad markers, inline or as whole lines, and ad-slot script residue.

    Flags `[Gambas:Video 20detik]`, `[Video]`, `[Baca Juga: ...]`, `[caption id="1"]Warga antre[/caption]`,
    `(ADVERTISEMENT)`, `(Gambas:Instagram)`, `ADVERTISEMENT` and `SCROLL TO CONTINUE WITH CONTENT` in
    capitals glued into a paragraph, and `(adsbygoogle = window.adsbygoogle || []).push({});`;
    and whole lines `- Advertisement -` and `Simak juga video berikut:`;
    leaves `[1]` (a citation), `Pemutaran video dimulai pukul 19.00.`, `(iklan)` in lower case, and the
    word `advertisement` in an English sentence.
    """
    for line in page.lines:
        text = line.text
        if line.kind is LineKind.BLANK or (line.kind in _LOOSE_KINDS and line.key in lex.navigation_lines):
            continue  # a line that is only `ADVERTISEMENT` or `(IKLAN)` is the navigation rule's
        lowered = text.casefold()
        if any(m in lowered for m in lex.marker.script_markers) and any(c in text for c in "(){};="):
            yield line_span(line)
            continue
        if (line.kind is LineKind.LIST_ITEM and line.key in lex.marker.ad_labels) or (
            lex.marker.video_intro_re.match(text) and not _chrome_prefix_hit(line, lex)
        ):
            yield line_span(line)  # `- Advertisement -`; `Simak juga video berikut:`
            continue
        found: list[tuple[int, int]] = []
        for m in lex.marker.bracket_re.finditer(text):
            if found and m.start() < found[-1][1]:
                continue
            end = m.end()
            closing = re.compile(rf"\[\s*/\s*{re.escape(m.group('head'))}\s*\]", re.IGNORECASE).search(
                text, end
            )
            if closing and not m.group("head").startswith("/"):
                end = closing.end()  # a shortcode pair: `[caption ...]caption text[/caption]`
            found.append((m.start(), end))
        for m in lex.marker.paren_re.finditer(text):
            head = m.group("head")
            if head is None or not head.islower():
                found.append(m.span())
        for m in lex.marker.caps_re.finditer(text):
            if not any(s <= m.start() < e for s, e in found):
                found.append(m.span())
        for start, end in sorted(found):
            yield (line.start + start, line.start + end, 1.0)


def detect_end_codes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Editors' initials closing a story, after its last sentence or alone on a line.

    Flags `(oca/mef)` in `... sebagai pemenang. (oca/mef)`, `[wbo/cfp]` and `(nln/end)` alone, codes with
    a number or a site (`(abc12/jpnn)`, `(ant/Kompas.com)`), a single code (`(mbk)`) ending the page's last
    paragraph or alone in its tail, and an agency alone in the head or tail (`(ANTARA)`);
    leaves `(km/jam)` inside a sentence, `inflasi naik 2,6 persen (yoy)` with no sentence end before it,
    upper-case acronyms (`(BPS)`, `(KPK)`) and a single code ending a paragraph mid-page.
    """
    edges = _content_edges(page, lex)
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
            continue
        if lex.media.agency_re.fullmatch(line.text.strip()) and _at_edge(line, edges):
            yield line_span(line)  # `(ANTARA)` alone in the page's tail
            continue
        m = lex.marker.end_code_re.search(line.text)
        if not m:
            continue
        before = line.text[: m.start()].rstrip()
        if before and before[-1] not in '.!?"”’)':
            continue
        if "/" in m.group("codes") or line.index >= edges[1] or (before and line.index == edges[1] - 1):
            yield (line.start + m.start(), line.start + m.end(), 1.0)


def detect_copyright(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Copyright and reuse notices.

    Flags `© 2024 Kompas.com`, `Copyright © 2024 PT Kompas Cyber Media. All rights reserved.`,
    `Hak Cipta © 2024 Liputan6.com`, `Hak cipta dilindungi undang-undang.`, `PT Kompas Cyber Media. All
    Rights Reserved`, `Artikel ini telah tayang di Tribunnews.com dengan judul ...`, detik's
    `Dilarang mengambil dan/atau menayangkan ulang ...`, and a short note that the article appeared
    elsewhere first (`Tulisan ini sebelumnya dimuat di Kabar Desa.`);
    leaves `Undang-undang Hak Cipta melindungi karya cipta sejak diumumkan.`, `Hak cipta dilindungi oleh
    undang-undang yang berlaku sejak 2014, kata ahli hukum itu.` and `Copyright menjadi isu penting bagi
    musisi independen.`
    """
    for line in page.lines:
        if _copyright_hit(line, lex):
            yield line_span(line)


def _copyright_hit(line: Line, lex: Lexicon) -> bool:
    cr, text = lex.copyright, line.text
    if line.kind not in _LOOSE_KINDS:
        return False
    if cr.notice_open_re.match(text):
        return True
    if line.n_words > cr.max_words:
        return False
    syndication = cr.syndication_re.match(text) if line.n_words <= cr.syndication_max_words else None
    if syndication and _names_only(syndication.group("site"), lex):
        return True
    start, end = cr.notice_start_re.match(text), cr.notice_end_re.search(text)
    opener = cr.opener_year_re.match(text)
    return bool(
        "©" in text
        or re.search(r"\(c\)\s*(?:19|20)\d\d", text, re.IGNORECASE)
        or (opener and _names_only(text[opener.end() : end.start() if end else None], lex))
        or (start and len(words(text[start.end() :])) <= 3)
        or (end and len(words(text[: end.start()])) <= 8)
    )


def _names_only(text: str, lex: Lexicon) -> bool:
    """Whether `text` holds only capitalised words and site names (`PT Kompas Cyber Media`)."""
    return all(_capitalised(t) or t.isdigit() or lex.media.is_name(t) for t in _tokens(text))


def detect_follow_calls(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Calls to follow the site, install its app or subscribe to its news.

    Flags `Ikuti kami di Google News`, `Simak berita lainnya di Google News`, `Yuk, gabung channel
    WhatsApp Kompas.com`, `Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.`,
    `Download aplikasi Liputan6.com untuk akses berita lebih cepat`, `Follow Instagram @detikcom`;
    leaves `Unduh aplikasi Gojek di Play Store, lalu daftarkan nomor ponsel Anda.` (a how-to step),
    `Simak Daftar Aplikasi Berita Terbaik untuk Android` (a heading about apps), `Ikuti langkah berikut
    untuk mengganti kata sandi.` and `Simak juga: ...` (a chrome prefix).
    """
    for line in page.lines:
        if _follow_call_hit(line, lex):
            yield line_span(line)


def _follow_call_hit(line: Line, lex: Lexicon) -> bool:
    fc, text = lex.follow, line.text
    if line.kind not in _LOOSE_KINDS or line.n_words > fc.max_words or not fc.opener_re.match(text):
        return False
    if _chrome_prefix_hit(line, lex) or _read_more_hit(line, lex):
        return False
    tokens = line.key.split()
    if len(tokens) <= fc.call_max_words and all(t in fc.call_words for t in tokens):
        return True  # `Jangan lupa subscribe, like, dan share!`
    channel = fc.channel_re.search(text)
    return bool(
        lex.media.name_re.search(text)
        or _HANDLE_RE.search(text)
        or (fc.own_re.search(text) and (channel or fc.generic_channel_re.search(text)))
        or (channel and fc.news_re.search(text))
    )


def _slash_credit(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """A credit of slash-joined parts closing a caption (after its last sentence) or alone on a line:
    a site or a source, then parts with a photographer's name of two words or more, and perhaps an
    editor's code (`Tempo/Sari Siregar/abc.`, `Kabar Desa/Dok/Ahmad Naufal`)."""
    m = lex.photo.slash_credit_re.search(text, max(0, len(text) - _CREDIT_TAIL_CHARS))
    if not m:
        return None
    parts = [p.strip() for p in m.group("credit").split("/")]
    if not any(len(p.split()) >= 2 and all(_capitalised(w) for w in p.split()) for p in parts[1:]):
        return None
    return m.start("credit"), len(text)


def _photo_credits(line: Line, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans (in line offsets) of the photo credits in a line."""
    pc, text = lex.photo, line.text
    found = [m.span() for m in pc.bracket_re.finditer(text)]
    slash = _slash_credit(text, lex)
    if slash and not any(s <= slash[0] < e for s, e in found):
        found.append(slash)
    found += [
        m.span() for m in pc.media_credit_re.finditer(text) if not any(s <= m.start() < e for s, e in found)
    ]
    # A closing credit (`... Foto: ANTARA/X`) stands within the last few words of its line.
    for m in pc.label_re.finditer(text, max(0, len(text) - _CREDIT_TAIL_CHARS)):
        before, source = text[max(0, m.start() - 8) : m.start()].rstrip(), text[m.end() :].strip()
        if m.start() > 8 and not before:
            before = text[: m.start()].rstrip()[-1:]
        if before and before[-1] not in ".!?)]|-–—,":
            continue
        if not before and lex.chrome_colon_re.match(text):
            continue  # `Foto: ANTARA/...` opening a line is the chrome prefix rule's
        if not source or len(words(source)) > 8 or _SENTENCE_BREAK_RE.search(source):
            continue
        if m.group("generic") and not pc.source_start_re.match(source):
            continue  # `Sumber: BPS` under a table is a source note, not a photo credit
        if (
            _capitalised(source[0])
            or source[0].isdigit()
            or "/" in source
            or pc.source_start_re.match(source)
        ):
            if not any(s <= m.start() < e for s, e in found):
                found.append((m.start(), len(text)))
            break
    return sorted(found)


def detect_photo_credits(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Photo credits, and the captions they close.

    Flags `(Foto: detikcom/Rifkianto Nugroho)`, `Ilustrasi. (Foto: Shutterstock)`, `Ilustrasi uang
    rupiah. Foto: Shutterstock`, `ANTARA FOTO/Sigid Kurniawan`, `Presiden meninjau Pasar Johar. (Dok.
    Humas Pemprov Jateng)`, `(Istimewa)`, `Ilustrasi ponsel. (Unsplash/Sari Siregar)`, `Warga antre di
    Garut, Senin (3/6/2024). Kabar Desa/Sari Siregar/abc.` as whole caption lines, credit lines
    `LIPUTAN6.COM/KETUT NUGROHO`, `(Berita Daerah/Kartika Saputra)` and `Kabar Desa/Sari Siregar`, and only
    the credit after a long paragraph;
    leaves `Foto keluarga itu dipajang di ruang tamu.`, `Sumber: Badan Pusat Statistik` (a table's
    source), `Gambar 1: Diagram alir proses produksi`, `Ia menunjukkan foto: sebuah rumah tua.` and
    `Foto: ANTARA/...` at a line's start (the chrome prefix rule's).
    """
    pc = lex.photo
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.index == page.title_index:
            continue
        text = line.text
        if line.n_words <= 8 and (
            pc.media_credit_line_re.fullmatch(text.strip(" ."))
            or _NAME_CREDIT_LINE_RE.fullmatch(text)
            or _CAPS_CREDIT_LINE_RE.fullmatch(text)
        ):
            yield line_span(line)
            continue
        credits = _photo_credits(line, lex)
        caption = pc.caption_re.match(text) and line.n_words <= pc.caption_max_words
        if credits:
            start, end = credits[-1]
            if caption or (not text[end:].strip(" .") and len(words(text[:start])) <= pc.caption_max_words):
                yield line_span(line)
                continue
            for start, end in credits:
                yield (line.start + start, line.start + end, 1.0)
        elif caption:
            yield line_span(line)


def _form_line(line: Line, lex: Lexicon) -> bool:
    """A line of a comment form by itself: a notice, a button or a field marked as required."""
    form = lex.form
    return bool(form.notice_re.match(line.text) or line.key in form.lines or form.field_re.match(line.text))


def detect_comment_forms(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Comment forms of blog and news themes: notices, buttons and fields.

    Flags `Email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *`, `Nama *`, `Email (wajib)`,
    `Kirim Komentar`, `Batalkan balasan`, `Belum ada komentar`, `Simpan nama, email, dan situs web saya
    pada peramban ini untuk komentar saya berikutnya.`, and `Situs Web` or `Nama` next to such lines;
    leaves `Nama` or `Website` heading a paragraph away from a form, `Belum ada komentar dari pemerintah
    soal kenaikan harga.`, the heading `Komentar Para Ahli`, and single labels the navigation rule
    flags (`Tinggalkan Balasan`).
    """
    form = lex.form
    for line in page.lines:
        if line.kind not in (*_LOOSE_KINDS, LineKind.LIST_ITEM) or line.key in lex.navigation_lines:
            continue
        if _form_line(line, lex) or (
            line.key in form.fields
            and any(_form_line(ln, lex) or ln.key in lex.navigation_lines for ln in _neighbours(page, line))
        ):
            yield line_span(line)


def _cookie_line(line: Line, lex: Lexicon) -> bool:
    ck = lex.cookie
    if not ck.cookie_re.search(line.text):
        return False
    if ck.opener_re.match(line.text) and ck.context_re.search(line.text) and line.n_words <= ck.max_words:
        return True
    tokens = line.key.split()
    return 0 < len(tokens) <= 5 and all(t in ck.words or t in ck.ui_words for t in tokens)


def detect_cookie_notices(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Cookie notices and their buttons.

    Flags `Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.`, `Kami menggunakan cookie
    ...`, `This website uses cookies to improve your experience.`, `Kebijakan Cookie`, `Terima semua
    cookie`, and a button (`Setuju`, `Accept`) next to such a line;
    leaves `Cookie adalah file kecil yang disimpan peramban di komputer Anda.`, `Kami membuat cookies
    cokelat untuk hampers Lebaran.`, `Google akan menghapus cookie pihak ketiga dari Chrome.` and a
    `Setuju` line away from any cookie notice.
    """
    notices = [ln for ln in page.lines if ln.kind in _LOOSE_KINDS and _cookie_line(ln, lex)]
    flagged = {ln.index for ln in notices}
    for notice in notices:
        for step in (-1, 1):  # the buttons right above and below the notice
            index = notice.index + step
            while 0 <= index < len(page.lines):
                line = page.lines[index]
                if line.kind is not LineKind.BLANK:
                    if line.key not in lex.cookie.buttons or line.kind not in _LOOSE_KINDS:
                        break
                    flagged.add(index)
                index += step
    for index in sorted(flagged):
        yield line_span(page.lines[index])


def detect_pagination(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Pagination and post-navigation lines: page numbers and older/newer links.

    Flags `Halaman 1 2 3 Selanjutnya`, `Halaman Selanjutnya`, `« Sebelumnya 1 2 3 Berikutnya »`,
    `Halaman 2 dari 5`, `Older Post Newer Post Home`, `Posting Lebih Baru Posting Lama Beranda`,
    `Muat Lebih Banyak`;
    leaves `Langkah Selanjutnya` (a tutorial's heading), `Halaman Rumah yang Asri`, a single label
    (`Selanjutnya`, the navigation rule's) and `Berita Terbaru` heading a paragraph.
    """
    pg = lex.pagination
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.key in lex.navigation_lines:
            continue
        tokens = line.key.split()
        if not 2 <= len(tokens) <= pg.max_words:
            continue
        numbers = [t for t in tokens if t.isdigit()]
        if not all(t.isdigit() or t in pg.words for t in tokens):
            continue
        directions = sum(t in pg.directions for t in tokens)
        paged = any(t in pg.pages for t in tokens)
        if not (directions or (numbers and paged)):
            continue
        marked = numbers or paged or directions > 1 or any(ch in line.text for ch in "«»‹›<>←→")
        if not marked and _opens_section(page, line):
            continue  # `Berita Terbaru` heading a paragraph
        yield line_span(line)


def _name_tokens(tokens: list[str], lex: Lexicon, *, loose: bool) -> bool:
    """Tokens that read as a person's or a desk's name (any case after a loose label)."""
    by = lex.byline
    names = [t for t in tokens if line_key(t) not in by.connectors]
    if (
        not names
        or len(tokens) > (6 if loose else by.max_name_words)
        or tokens[0].casefold() in by.connectors
    ):
        return False
    if not loose and any(line_key(t) in by.not_names for t in names):
        return False
    return loose or all(_capitalised(t) or lex.media.is_name(t) for t in names)


def _byline_segments(text: str, lex: Lexicon) -> list[str] | None:
    """The kinds of a byline's segments (`label`, `loose`, `name`, `media`, `date`), or None."""
    kinds: list[str] = []
    for segment in lex.byline.split_re.split(text.strip(" .")):
        marked, dated = lex.dates.mark(segment)
        tokens = [t for t in _tokens(marked) if t != _MARK]
        while tokens and line_key(tokens[-1]) in lex.byline.connectors:
            tokens.pop()  # `oleh Ahmad pada <date>`
        label = lex.byline.loose_label_re.match(segment) or lex.byline.label_re.match(segment)
        if not tokens:
            if not dated:
                return None
            kinds.append("date")
        elif label:
            loose = bool(lex.byline.loose_label_re.match(segment))
            rest = _tokens(lex.dates.mark(segment[label.end() :])[0])
            rest = [t for t in rest if t != _MARK]
            while rest and line_key(rest[-1]) in lex.byline.connectors:
                rest.pop()
            if not _name_tokens(rest, lex, loose=loose):
                return None
            kinds.append("loose" if loose else "label")
        elif not dated and _name_tokens(tokens, lex, loose=False):
            kinds.append("media" if lex.media.is_name(" ".join(tokens)) else "name")
        else:
            return None
    return kinds


def detect_bylines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Bylines without a colon, and author boxes at the foot of a post.

    Flags `Penulis Ahmad Naufal | Editor Inten Esti`, `Oleh Ahmad Naufal pada 12 Januari 2024`, in the
    head or tail `Rizky Syahrial - detikFinance` (a name and a site),
    `Laporan Wartawan Tribunnews.com, Ahmad Naufal`, `Reporter Rizky Syahrial - detikNews`, `Posted by
    admin at 10:15`, `Lihat semua artikel dari Ahmad`, and an author box (`Tentang Penulis` with the
    short bio under it, near the end); a lone `Editor Inten Esti` only in the head or tail or where no
    paragraph follows it;
    leaves `Penulis buku itu lahir di Padang pada 1952.`, `Editor senior majalah itu meninggal dunia.`,
    `Oleh Karena Itu`, `Editor Video Gratis untuk Android` heading its paragraph, and `Editor: Budi`
    (the chrome prefix rule's).
    """
    by = lex.byline
    edges = _content_edges(page, lex)
    paragraphs = [ln.index for ln in page.lines if ln.kind is LineKind.PARAGRAPH]
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.index == page.title_index:
            continue
        if line.key in by.author_box_labels:
            after = len(paragraphs) - bisect.bisect_right(paragraphs, line.index)
            if after <= by.author_bio_max_lines:
                yield from _author_box(page, line, lex)
            continue
        if line.n_words > by.max_words or len(line.text) > _SHORT_LINE_CHARS or _chrome_prefix_hit(line, lex):
            continue
        if not by.any_label_re.search(line.text) and not lex.media.name_re.search(line.text):
            continue  # no label and no site: not a byline (and not worth splitting)
        kinds = _byline_segments(line.text, lex)
        if not kinds:
            continue
        # `Rizky Syahrial - detikFinance`: a name and a site, with no label, only at the page's edges.
        unlabelled = not ({"label", "loose"} & set(kinds))
        if unlabelled and (sorted(kinds) != ["media", "name"] or not _at_edge(line, edges)):
            continue
        if kinds == ["label"] and not _at_edge(line, edges) and _opens_section(page, line):
            continue
        yield line_span(line)


def _author_box(page: Page, label: Line, lex: Lexicon) -> Iterator[Span]:
    """An author-box label and the short bio lines under it (the caller checks that only a few
    paragraphs follow the label: a box at the foot of the post, not a section heading)."""
    by = lex.byline
    yield line_span(label)
    taken = 0
    for line in (page.lines[i] for i in range(label.index + 1, len(page.lines))):
        if line.kind is LineKind.BLANK and taken:
            break
        if line.kind is LineKind.BLANK:
            continue
        if line.kind is LineKind.TABLE_ROW or line.n_words > by.author_bio_max_words:
            break
        if taken >= by.author_bio_max_lines:
            break
        yield line_span(line)
        taken += 1


def _tag_items(text: str, lex: Lexicon) -> bool:
    """A line of short tag items (`cabai, harga pangan, ramadan` or one tag)."""
    items = [i for i in re.split(r"\s*[,;|·•]\s*|\s+#|^#", text.strip()) if i.strip()]
    return 0 < len(items) <= lex.tags.max_items and all(
        len(words(i)) <= lex.tags.max_item_words and _TAG_ITEM_RE.fullmatch(i) for i in items
    )


def detect_tag_lists(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Tag lists: lines of hashtags, and the items after a tag label.

    Flags `#cabai #hargapangan #ramadan`; after `Tags` / `Topik Terkait` / `Tagged`: `cabai, harga pangan,
    ramadan`, or one tag a line (`harga cabai` / `inflasi` / `ramadan`) up to the next blank line, with the
    label itself when the navigation rule does not flag it; a label and its items on one line, with any
    separators (`TOPIK PILIHAN: banjir · cuaca`, `Label: banjir | cuaca | garut`);
    leaves `# Pendahuluan` (a marked-down heading), `Topik` followed by a section (heading and
    paragraph), and hashtags inside a sentence.
    """
    tg = lex.tags
    for line in page.lines:
        if line.kind is LineKind.BLANK:
            continue
        tokens = line.text.split()
        if tokens and all(_HASHTAG_RE.fullmatch(t) for t in tokens):
            yield line_span(line)
            continue
        if _inline_tags(page, line, lex):
            yield line_span(line)
            continue
        if line.kind not in _LOOSE_KINDS or not tg.is_label(line.key):
            continue
        run: list[Line] = []
        for item in (page.lines[i] for i in range(line.index + 1, len(page.lines))):
            if item.kind is LineKind.BLANK:
                continue  # tags one a line, or one a block between blank lines
            if item.kind is not LineKind.LIST_ITEM and _heads_block(page, item):
                break  # `Penutup` over its paragraph, `Tips` over its list: a section, not a tag
            if item.kind not in (LineKind.HEADING, LineKind.FRAGMENT, LineKind.LIST_ITEM) or not _tag_items(
                item.body, lex
            ):
                break
            if all(_HASHTAG_RE.fullmatch(t) for t in item.text.split()):
                break  # hashtag lines are flagged on their own
            run.append(item)
            if len(run) >= tg.max_items:
                break
        if not run:
            continue
        following = _next_content_line(page, run[-1])
        if (
            following is not None
            and following.kind is LineKind.PARAGRAPH
            and run[-1].index + 1 == following.index
        ):
            run.pop()  # the last "tag" heads a section: `Topik` / `Ekonomi Makro` / its paragraph is content
            if not run:
                continue
        if line.key not in lex.navigation_lines:
            yield line_span(line)
        for item in run:
            yield line_span(item)


def _heads_block(page: Page, line: Line) -> bool:
    """A paragraph, a list or a table follows the line right below it."""
    following = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    return following is not None and following.kind in (
        LineKind.PARAGRAPH,
        LineKind.LIST_ITEM,
        LineKind.TABLE_ROW,
    )


def _inline_tags(page: Page, line: Line, lex: Lexicon) -> bool:
    """A tag label, a colon and its items on one line (`Topik Pilihan: banjir · cuaca`), the chrome prefix
    rule's lines aside."""
    if not (line.kind in _LOOSE_KINDS or _lone_row(page, line)) or ":" not in line.text[:40]:
        return False
    label, _, items = line.text.partition(":")
    if not lex.tags.is_label(line_key(label)) or not items.strip():
        return False
    if line.kind in _LOOSE_KINDS and _chrome_prefix_hit(line, lex):
        return False
    return _tag_items(items, lex)


def detect_read_more(page: Page, lex: Lexicon) -> Iterator[Span]:
    """ "Read more" links: a reading verb, then a "more" word or a link closing the line.

    Flags `Read more »`, `Klik di sini untuk membaca selengkapnya`, `Baca artikel detiknews, "Harga
    Cabai Naik" selengkapnya https://news.detik.com/...`, `Lanjutkan membaca →`, `Baca di sini`;
    leaves `Baca selengkapnya aturan ini di Peraturan Menteri Keuangan Nomor 10 Tahun 2024.` (the "more"
    word is not last) and one-word labels the navigation rule flags (`Selengkapnya`).
    """
    for line in page.lines:
        if _read_more_hit(line, lex):
            yield line_span(line)


def _read_more_hit(line: Line, lex: Lexicon) -> bool:
    rm = lex.read_more
    if line.kind not in _LOOSE_KINDS or line.n_words > rm.max_words or line.key in lex.navigation_lines:
        return False
    if not rm.opener_re.match(line.text) or _chrome_prefix_hit(line, lex):
        return False
    tokens = line.key.split()
    return bool((tokens and tokens[-1] in rm.more_words) or _LINK_END_RE.search(line.text))


def _title_cased(text: str, min_words: int, min_share: float) -> bool:
    """A headline: enough words, no sentence end, and its longer words mostly capitalised."""
    tokens = words(text)
    long_words = [t for t in tokens if len(t) >= 4 and t[0].isalpha()]
    if len(tokens) < min_words or not long_words or ends_sentence(text):
        return False
    return sum(t[0].isupper() for t in long_words) / len(long_words) >= min_share


def detect_related_links(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Related-article links: a label, an arrow or a glyph before a linked headline.

    Flags `» Harga Beras di Malang Naik Jelang Ramadan`, `Simak >> Begini Perkembangan Ojek Daring di
    Padang`, `SIMAK - Timnas Indonesia Menang 1-0, Ini Kata Pelatih`, `Baca | Cuaca Medan Hari Ini:
    Hujan Ringan Sore Hari`; a label of cue words and a separator or brackets (`Pilihan Redaksi | Harga
    Gabah Turun di Karawang | 2 jam lalu`, `[Wajib Baca] Jalan Tol Baru Dibuka Pekan Depan`), or two cue
    words with no separator (`Bacaan Lainnya Harga Gabah Turun di Karawang Jelang Panen`); a lone line
    opened by a glyph (`👉 Harga Gabah Turun di Karawang Jelang Panen`);
    leaves `» Sisihkan 10 persen gaji begitu diterima.` (a content bullet, not title-cased), `» Bawang
    merah 2 siung`, `Lihat - ini bukan judul berita`, `Baca Juga: ...` (the chrome prefix rule's), a
    heading `Data dan Fakta Terbaru: Produksi Padi` (its label has other words), `Berita Baik bagi
    Petani`, and a list of `➤` bullets.
    """
    rl = lex.related
    for line in page.lines:
        loose = line.kind in (*_LOOSE_KINDS, LineKind.LIST_ITEM) or _lone_row(page, line)
        if not loose or _chrome_prefix_hit(line, lex):
            continue
        opener = rl.opener_re.match(line.text)
        arrow = bool(opener) and _title_cased(line.text[opener.end() :], rl.min_words, rl.min_title_share)
        if arrow or (line.index != page.title_index and _labelled_headline(page, line, lex)):
            yield line_span(line)


def _headline_after(rest: str, lex: Lexicon, min_words: int) -> bool:
    """`rest` is a linked headline, with a time after it or not (`... | 22 menit lalu`)."""
    parts = re.split(r"\s+[|·•]\s+|\s*\|\s*$", rest.strip())
    while len(parts) > 1 and not [t for t in _tokens(lex.dates.mark(parts[-1])[0]) if t != _MARK]:
        parts.pop()
    headline = " | ".join(parts).strip()
    if "|" in headline and len(parts) > 1:
        return False
    return _title_cased(headline, min_words, lex.related.min_title_share)


def _label_cue(label: str, lex: Lexicon) -> tuple[float, int] | None:
    """The summed weight and the number of a label's cue words, or None when it holds other words."""
    rl, cl = lex.related, lex.chrome
    tokens = _CHROME_TOKEN_RE.findall(label)
    if not tokens or len(tokens) > rl.label_max_words:
        return None
    cue, n = 0.0, 0
    for token in tokens:
        key = token.casefold()
        if key in rl.label_words:
            cue += cl.weights[key]
            n += 1
        elif key not in cl.function_words:
            return None
    if n == 1 and len(tokens) == 1 and tokens[0].casefold() not in rl.label_heads:
        return None
    return cue, n


def _labelled_headline(page: Page, line: Line, lex: Lexicon) -> bool:
    rl = lex.related
    text = line.text
    glyph = text[:1] if line.kind is LineKind.LIST_ITEM and not text[:1].isalnum() else _lead_glyph(text)
    if glyph:
        text = text.lstrip(glyph + " \t")
        glyph = glyph if glyph not in "-*•·" else ""
    bracket = re.match(r"^[\[【(]\s*([^\]】)\n]{1,60}?)\s*[\]】)]\s*", text)
    if bracket:
        cue = _label_cue(bracket.group(1), lex)
        return bool(cue and cue[0] >= rl.label_min_cue) and _headline_after(
            text[bracket.end() :], lex, rl.min_words
        )
    label = rl.label_sep_re.match(text)
    if label:
        cue = _label_cue(label.group("label"), lex)
        if cue and cue[0] >= rl.label_min_cue:
            return _headline_after(text[label.end() :], lex, rl.min_words)
    tokens = list(re.finditer(r"\S+", text))
    n = 0
    while n < len(tokens) and n < rl.label_max_words:
        key = tokens[n].group().strip(",.;:!?").casefold()
        if key not in rl.label_words and key not in lex.chrome.function_words:
            break
        n += 1
    if 0 < n < len(tokens):
        head = text[: tokens[n - 1].end()]
        cue = _label_cue(head, lex)
        rest = text[tokens[n].start() :]
        shouting = n >= 2 and head.isupper() and not tokens[n].group().isupper()
        related = any(t.group().strip(",.;:!?").casefold() in rl.bare_words for t in tokens[:n])
        last = tokens[n - 1].group().strip(",.;:!?").casefold()
        ends = last in rl.label_words or last in rl.bare_enders  # `Cek Juga`, not `Cerita Di`
        single = n == 1 and last in rl.bare_heads
        if (
            cue
            and (rest[:1].isupper() or rest[:1].isdigit())
            and ((n >= 2 and related and ends and cue[0] >= rl.label_min_cue) or single or shouting)
        ):
            return _headline_after(rest, lex, rl.bare_min_words)
    if glyph and not _in_glyph_block(page, line, glyph):
        return _headline_after(text, lex, rl.glyph_min_words)
    return False


def _in_glyph_block(page: Page, line: Line, glyph: str) -> bool:
    """A neighbour opens with the same glyph: the line is one item of a list of content."""
    return any(ln.text.lstrip().startswith(glyph) for ln in _neighbours(page, line))


# --- chrome lines: cue words, shape, place and context ---------------------------------------------

_WEB_MARK = "\x02"
# An e-mail address, an account handle or a web address (with a path).
_WEB_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[A-Za-z0-9_.]{2,}[A-Za-z0-9_]"
    r"|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co|id|net|org|tv|io|me|ly)/\S*",
    re.IGNORECASE,
)
_CHROME_TOKEN_RE = re.compile(r"[\x00-\x02]|\w+(?:['’.-]\w+)*")
_COUNT_NUMBER_RE = re.compile(r"\d[\d.,]*(?:x|rb|k|jt|m)?", re.IGNORECASE)
_BRACKET_COUNT_RE = re.compile(r"\(\s*\d[\d.,]*\s*\w*\s*\)")
_DURATION_RE = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
_BRACKET_LABEL_RE = re.compile(r"^\W*[\[【]\s*[^\]】]{1,60}[\]】]")
_LEAD_GLYPHS = "»›‣≫◆◇★☆✦✧"
_BREAK_RE = re.compile(r"[^\w\s'’\x00-\x02]")
_TEMPLATE_OPENERS = frozenset("${%<")
_TABLE_RULE_RE = re.compile(r"^[\s|:+-]*-[\s|:+-]*$")
_NAME_JOINERS = frozenset(["dan", "&", "atau", "bin", "binti", "van", "de", "al"])


def _lead_glyph(text: str) -> str:
    """The symbol a line opens with (`▶`, `👉`, `📷`), or ''."""
    first = text.lstrip()[:1]
    if first and (unicodedata.category(first) in ("So", "Sm", "Sk") or first in _LEAD_GLYPHS):
        return first
    return ""


@dataclass(frozen=True, slots=True)
class _ChromeReading:
    """How a line reads to `detect_chrome_lines`: the sum of its cues and the features of its shape."""

    cue: float  # the sum of the cue words' weights, handles and sites
    strong: bool  # a cue of weight 1 or more (not only weak words)
    bonus: float  # shape features: capitals, a count in brackets, a glyph, a bracketed label, a named slot


def _read_chrome(text: str, lex: Lexicon) -> _ChromeReading | None:
    """The cues and shape of a line of chrome, or None when the line holds words chrome does not use.

    Every word must be a cue word, a function word, a number, a date piece, a handle or a site, or a name
    where a name belongs (after a slot word such as `oleh`, or in a line with a role, credit, sponsor,
    platform or medium word, a handle or a credit glyph); a few other words are allowed only in a line
    dense with cues (`other_free`, `other_step`)."""
    cl = lex.chrome
    glyph = _lead_glyph(text)
    marked, n_web = _WEB_RE.subn(f" {_WEB_MARK} ", text)
    marked, n_sites = lex.media.mark(marked)
    marked, _ = lex.dates.mark(marked)
    found = list(_CHROME_TOKEN_RE.finditer(marked))
    tokens = [m.group() for m in found]
    # A break before a token: punctuation between it and the token before (`Sari Siregar, Jurnalis`).
    breaks = [
        i == 0 or bool(_BREAK_RE.search(marked, found[i - 1].end(), m.start())) for i, m in enumerate(found)
    ]
    n_words = sum(1 for t in tokens if t not in (_MARK, _MEDIA_MARK, _WEB_MARK))
    if n_words > cl.max_words:
        return None
    cue = n_web * cl.handle_weight + n_sites * cl.site_weight
    if glyph and glyph in cl.credit_glyphs:
        cue += cl.site_weight  # `📷 Ahmad Naufal`: the glyph says "photo by"
    strong = n_web > 0
    # Each token's class: "cue" (licensing a name after it: "licence"), "slot", "mark" (a handle or a site),
    # "neutral" (a function word, a number, a date piece), "name" (capitalised) or "other".
    classes: list[str] = []
    for m, token in zip(found, tokens, strict=True):
        if marked[m.start() - 1 : m.start()] in _TEMPLATE_OPENERS:
            classes.append("template")  # a template token (`$nama_penulis`) is the placeholder rules'
            continue
        if token == _MARK:
            classes.append("neutral")
            continue
        if token in (_MEDIA_MARK, _WEB_MARK):
            classes.append("mark")
            continue
        key = token.casefold()
        weight = cl.weights.get(key)
        if weight is not None:
            cue += weight
            strong = strong or weight >= 1.0
            classes.append("licence" if key in cl.licence else "cue")
        elif key in cl.slot_words:
            classes.append("slot")
        elif key in cl.function_words or _COUNT_NUMBER_RE.fullmatch(token):
            classes.append("neutral")
        elif token[0].isupper() or token[0].isdigit():
            classes.append("name")
        else:
            classes.append("other")
    # A capitalised weak cue word inside a name is part of it (`Tim Redaksi Kabar Desa`, `Forum Diskusi
    # Warga`): after a name, or in a name's slot before a name.
    for i, token in enumerate(tokens):
        if classes[i] not in ("cue", "licence") or not token[0].isupper() or breaks[i] or i == 0:
            continue
        weight = cl.weights[token.casefold()]
        nxt = classes[i + 1] if i + 1 < len(classes) and not breaks[i + 1] else ""
        if weight < 1.0 and (
            classes[i - 1] == "name" or (classes[i - 1] in ("licence", "slot") and nxt == "name")
        ):
            classes[i] = "name"
            cue -= weight
    if cue <= 0 or "template" in classes:
        return None
    names = others = 0
    credit_glyph = bool(glyph) and glyph in cl.credit_glyphs
    last_named = -2  # where the last run of names ended
    i = 0
    while i < len(classes):
        if classes[i] not in ("name", "other"):
            i += 1
            continue
        j = _run_end(tokens, classes, breaks, i)
        run = classes[i:j]
        before = classes[i - 1] if i else ("licence" if credit_glyph else "start")
        after = classes[j] if j < len(classes) else "end"
        # A name stands in a slot: after `oleh`/`by` (any case: `oleh admin`), after a licensing cue, a
        # handle or a site (`Tim Redaksi Kabar Desa`), before a handle (`Sari (@sari.id)`), or opening the
        # line and set off from a licensing cue after it (`Sari Siregar, Jurnalis Kabar Desa`).
        slot = before == "slot" and len(run) <= 6 and all(c == "name" for c in run[1:])
        # ... or after another name, set off from it (`Kontributor Garut, Sari Siregar`), or as a site's
        # name before its channel (`Kabar Desa TV`).
        channel = (
            before == "start" and j == len(tokens) - 1 and after == "licence" and len(run) <= 3
        ) and tokens[j].casefold() in cl.channel_words
        named = (
            before in ("licence", "mark")
            or after == "mark"
            or (before == "start" and after == "licence" and j < len(breaks) and breaks[j])
            or (last_named == i - 1 and breaks[i])
            or channel
        ) and all(c == "name" for c in run)
        if slot or named:
            names += len(run)
            last_named = j - 1
        else:
            others += len(run)
        i = j
    allowed = min(cl.max_other, int((cue - cl.other_free) / cl.other_step)) if cue >= cl.other_free else 0
    if any(t.casefold() in cl.clause_words for t in tokens):
        allowed = 0  # a clause (`..., lalu masuk dengan nomor ponsel Anda`): a how-to step, not chrome
    if others > allowed:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    bonus = cl.name_bonus if names or n_sites else 0.0
    if len(letters) >= 4 and all(ch.isupper() for ch in letters):
        bonus += cl.caps_bonus
    if _BRACKET_COUNT_RE.search(text) or _DURATION_RE.search(text):
        bonus += cl.count_bonus
    if glyph:
        bonus += cl.glyph_bonus
    if _BRACKET_LABEL_RE.match(text):
        bonus += cl.bracket_bonus
    return _ChromeReading(cue, strong, bonus)


def _run_end(tokens: list[str], classes: list[str], breaks: list[bool], i: int) -> int:
    """The end of the run of words that are neither cues nor function words starting at `i`, up to a
    break; names joined by `dan` (`Ahmad dan Sari`) make one run."""
    j = i
    while j < len(classes) and (j == i or not breaks[j]):
        if classes[j] in ("name", "other") or (
            tokens[j].casefold() in _NAME_JOINERS
            and j > i
            and j + 1 < len(classes)
            and classes[j + 1] == "name"
        ):
            j += 1
        else:
            break
    return j


def _lone_row(page: Page, line: Line) -> bool:
    """A line with pipes that is no row of a table: chrome (`Home | Berita | Hukum`, `Urutkan: Terbaru |
    Terlama`, `Label: banjir | cuaca`). It has no row next to it, or its neighbours have another number of
    cells (a table's rows have the same), or it stands right above a table's header (the row over the
    table's `--- | ---` line)."""
    if line.kind is not LineKind.TABLE_ROW:
        return False
    cells = _cell_count(line.text)
    before, after = _neighbour(page, line, -1), _neighbour(page, line, 1)
    for neighbour in (before, after):
        if (
            neighbour is not None
            and neighbour.kind is LineKind.TABLE_ROW
            and _cell_count(neighbour.text) == cells
        ):
            if neighbour is after and before is not None and before.kind is LineKind.TABLE_ROW:
                return False
            if neighbour is before:
                return False
            below = _neighbour(page, neighbour, 1)
            return below is not None and bool(_TABLE_RULE_RE.match(below.text))
    return True


def _cell_count(text: str) -> int:
    return len(text.strip().strip("|").split("|"))


def _neighbour(page: Page, line: Line, step: int) -> Line | None:
    """The nearest non-blank line above (`step` -1) or below (1)."""
    index = line.index + step
    while 0 <= index < len(page.lines):
        if page.lines[index].kind is not LineKind.BLANK:
            return page.lines[index]
        index += step
    return None


def _marker_kind(line: Line) -> str:
    """The kind of a list item's marker: its glyph, or `#` for a number or a letter."""
    first = line.text[:1]
    return "#" if first.isalnum() else first


def _in_list_block(page: Page, line: Line) -> bool:
    """A list item with another item of the same marker right above or below it: a list of content (a
    lone `▶ Putar audio` over a numbered list is not one of its items)."""
    return line.kind is LineKind.LIST_ITEM and any(
        ln.kind is LineKind.LIST_ITEM and _marker_kind(ln) == _marker_kind(line)
        for ln in _neighbours(page, line)
    )


def _lines_of_other_rules(page: Page, lex: Lexicon) -> frozenset[int]:
    """Indices of the lines any other boilerplate rule flags (in whole or in part), computed once per page
    (the rules' results are shared with the ruleset's own run, see `_shared`)."""

    def compute() -> frozenset[int]:
        starts = [ln.start for ln in page.lines]
        hit: set[int] = set()
        for rule in RULES:
            if rule.id == CHROME_LINE_RULE:
                continue
            for start, end, _score in rule.detect(page, lex):
                index = max(0, bisect.bisect_right(starts, start) - 1)
                while index < len(page.lines) and page.lines[index].start < max(end, start + 1):
                    hit.add(index)
                    index += 1
        return frozenset(hit)

    return page.memoised(("boilerplate.other_rules", id(lex)), compute)


def detect_chrome_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines of page chrome in any wording, scored from single cue words, shape, place and context.

    Features (weights and the threshold in `[chrome_line]` of `boilerplate.toml`):

    - cue words, single words of families (ads, sponsors, scroll prompts, interface, reading, related
      links, sharing, platforms, media, comments, follow calls, counters, roles, credits, notices), each
      with its family's weight; an e-mail address, a handle or a web address (`handle_weight`); a site's
      name (`site_weight`);
    - every other word must be a function word, a number, a date piece, or a name in its slot (after
      `oleh`/`by`/`dari`, or in a line with a role, credit, sponsor, platform or medium word, a handle, a
      site or a credit glyph such as `📷`; `name_bonus`); a line with other words is not chrome, unless it
      is dense with cues (one other word per `other_step` of cues beyond `other_free`);
    - shape: capitals only (`caps_bonus`), a count in brackets (`count_bonus`), a leading glyph
      (`glyph_bonus`), a bracketed label (`bracket_bonus`);
    - place: the page's head or tail (`edge_bonus`);
    - context: a neighbour flagged by another boilerplate rule or by this one (`neighbour_bonus`); a
      heading over a paragraph with weak cues only loses `section_penalty` (`Berita Terbaru`, `Foto dan
      Video` may head a section).

    Lines other boilerplate rules flag are left to them; list items in a list block, table rows in a table,
    the title and long lines are never read.

    Flags `Konten Promosi`, `Space Iklan Tersedia`, `Gulir ke bawah untuk melanjutkan`, `Diskusi (12)`,
    `Lihat Semua Komentar (31)`, `▶ Putar audio`, `Postingan Instagram @warga.bdg`, `Foto oleh Ahmad
    Naufal`, `Penerjemah: Sari Siregar`, `Tim Redaksi Kabar Desa`, `Konten ini dipersembahkan oleh Kopi
    Nusa`, `Klik tombol Ikuti agar tidak ketinggalan artikel terbaru.`;
    leaves `Komentar Para Ahli`, `Video Viral di Media Sosial Tuai Kritik`, `Berita Baik bagi Petani`,
    `Penutup`, `Berita Terbaru` heading its paragraph, `Sumber: Badan Pusat Statistik`, `Penulis novel
    itu, Andi Harahap, mengaku terinspirasi dari kisah neneknya.` and `Unduh aplikasi Gojek di Play Store,
    lalu daftarkan nomor ponsel Anda.`
    """
    cl = lex.chrome
    others = _lines_of_other_rules(page, lex)
    edges = _content_edges(page, lex)
    scores: dict[int, float] = {}
    for line in page.lines:
        if line.kind is LineKind.BLANK or line.index in others:
            continue
        if line.kind not in _LOOSE_KINDS and not (
            _lone_row(page, line) or (line.kind is LineKind.LIST_ITEM and not _in_list_block(page, line))
        ):
            continue
        if len(line.text) > cl.max_chars:
            continue
        reading = _read_chrome(line.text, lex)
        if reading is None:
            if line.key in lex.form.fields and line.kind in _LOOSE_KINDS:
                scores[line.index] = cl.threshold - cl.neighbour_bonus  # `Nama` among a form's lines
            continue
        score = reading.cue + reading.bonus
        if _at_edge(line, edges):
            score += cl.edge_bonus
        if (
            not reading.strong
            and reading.bonus == 0
            and line.kind is LineKind.HEADING
            and _opens_section(page, line)
        ):
            score -= cl.section_penalty
        scores[line.index] = score
    chrome = {i for i, score in scores.items() if score >= cl.threshold} | others
    for index, score in sorted(scores.items()):
        line = page.lines[index]
        if score < cl.threshold and any(ln.index in chrome for ln in _neighbours(page, line)):
            score += cl.neighbour_bonus
        if score >= (cl.title_threshold if index == page.title_index else cl.threshold):
            yield line_span(line)


def _shared(detect: Any) -> Any:
    """`detect`, run once per page and lexicon: the chrome line rule reads the other rules' lines too."""

    @functools.wraps(detect)
    def run(page: Page, lex: Lexicon) -> list[Span]:
        return page.memoised((detect.__name__, id(lex)), lambda: list(detect(page, lex)))

    return run


CHROME_LINE_RULE = "boilerplate.chrome_line.v1"


RULES = (
    Rule("boilerplate.share_widget.v1", CATEGORY, _shared(detect_share_widgets)),
    Rule("boilerplate.counter.v1", CATEGORY, _shared(detect_counters)),
    Rule("boilerplate.symbol_line.v1", CATEGORY, _shared(detect_symbol_lines)),
    Rule("boilerplate.navigation.v1", CATEGORY, _shared(detect_navigation_labels)),
    Rule("boilerplate.chrome_prefix.v1", CATEGORY, _shared(detect_chrome_prefixes)),
    Rule("boilerplate.head_label.v1", CATEGORY, _shared(detect_head_labels)),
    Rule("boilerplate.breadcrumb.v1", CATEGORY, _shared(detect_breadcrumbs)),
    Rule("boilerplate.dateline.v1", CATEGORY, _shared(detect_datelines)),
    Rule("boilerplate.story_dateline.v1", CATEGORY, _shared(detect_story_datelines)),
    Rule("boilerplate.media_marker.v1", CATEGORY, _shared(detect_media_markers)),
    Rule("boilerplate.copyright.v1", CATEGORY, _shared(detect_copyright)),
    Rule("boilerplate.follow_call.v1", CATEGORY, _shared(detect_follow_calls)),
    Rule("boilerplate.photo_credit.v1", CATEGORY, _shared(detect_photo_credits)),
    Rule("boilerplate.comment_form.v1", CATEGORY, _shared(detect_comment_forms)),
    Rule("boilerplate.cookie_notice.v1", CATEGORY, _shared(detect_cookie_notices)),
    Rule("boilerplate.pagination.v1", CATEGORY, _shared(detect_pagination)),
    Rule("boilerplate.byline.v1", CATEGORY, _shared(detect_bylines)),
    Rule("boilerplate.tag_list.v1", CATEGORY, _shared(detect_tag_lists)),
    Rule("boilerplate.read_more.v1", CATEGORY, _shared(detect_read_more)),
    Rule("boilerplate.end_code.v1", CATEGORY, _shared(detect_end_codes)),
    Rule("boilerplate.related_link.v1", CATEGORY, _shared(detect_related_links)),
    Rule(CHROME_LINE_RULE, CATEGORY, detect_chrome_lines),
)
