"""Boilerplate: page chrome that survived scraping (share widgets, counters, glyphs, navigation,
related-article links, bylines, breadcrumbs, labels above the title, datelines, embedded-media markers,
copyright lines, follow calls, photo credits, comment forms, cookie notices, pagination, tag lists and
"read more" links).

Every rule reads the kind of chrome from its shape and a lexicon (in `boilerplate.toml`), never from one
exact string; the page's head (before the first paragraph) and tail (after the last) are used as a
second signal for the weakest shapes only."""

from __future__ import annotations

import bisect
import re
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
                rf"(?:^|(?<=\s))[(\[](?P<codes>[a-z]{{{data['end_code_min']},{data['end_code_max']}}}"
                rf"(?:/[a-z]{{{data['end_code_min']},{data['end_code_max']}}}){{0,3}})[)\]]\s*$"
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
                rf"[^()\[\]\n]{{1,100}}[)\]]|[(\[]\s*(?:{_body(data['bracket_sources'])})\s*[)\]]",
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

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TagListLexicon:
        return cls(_keys(data["labels"]), data["max_item_words"], data["max_items"])


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


@dataclass(frozen=True)
class RelatedLinkLexicon:
    opener_re: re.Pattern[str]
    min_words: int
    min_title_share: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RelatedLinkLexicon:
        arrows = "|".join(re.escape(a) for a in sorted(data["arrows"], key=len, reverse=True))
        seps = "|".join(re.escape(a) for a in sorted(data["separators"], key=len, reverse=True))
        return cls(
            opener_re=re.compile(
                rf"^(?:(?:{arrows})\s*|(?:{_body(data['verbs'])})\s*(?:{seps})\s*)", re.IGNORECASE
            ),
            min_words=data["min_words"],
            min_title_share=data["min_title_share"],
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
            related=RelatedLinkLexicon.from_data(data["related_link"]),
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

    Flags `Sebarkan artikel ini`, `Bagikan:`, `Share: Facebook Twitter WhatsApp`;
    leaves `Bagikan Pengalaman Anda Bersama Kami` (a heading with other words) and `WhatsApp` heading
    a paragraph about WhatsApp.
    """
    buttons = lex.share_anchors | lex.share_platforms
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
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
    """Breadcrumb trails: short segments joined by `»`, `›`, `>` or `/`.

    Flags `Beranda » Berita » Nasional`, `Home > News > Politik`, `Home / Berita / Hukum`;
    leaves `Harga naik 5% / tahun` (one separator), `Jadwal: Senin/Rabu/Jumat` and `12/01/2024` (a
    slash without spaces joins words, not segments) and long sentences with slashes.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.n_words > 3 * lex.breadcrumb_max_segment_words:
            continue
        segments = lex.breadcrumb_split_re.split(line.text.strip())
        if len(segments) - 1 < lex.breadcrumb_min_separators:
            continue
        if all(
            seg and len(words(seg)) <= lex.breadcrumb_max_segment_words and seg[-1] not in ".!?"
            for seg in segments
        ):
            yield line_span(line)


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
    return (
        _cookie_line(line, lex)
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

    Flags `(oca/mef)` in `... sebagai pemenang. (oca/mef)`, `[wbo/cfp]` and `(nln/end)` alone, and a
    single code (`(mbk)`) ending the page's last paragraph or alone in its tail;
    leaves `(km/jam)` inside a sentence, `inflasi naik 2,6 persen (yoy)` with no sentence end before it,
    upper-case acronyms (`(BPS)`, `(KPK)`) and a single code ending a paragraph mid-page.
    """
    edges = _content_edges(page, lex)
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
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
    Rights Reserved`, `Artikel ini telah tayang di Tribunnews.com dengan judul ...` and detik's
    `Dilarang mengambil dan/atau menayangkan ulang ...`;
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


def _photo_credits(line: Line, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans (in line offsets) of the photo credits in a line."""
    pc, text = lex.photo, line.text
    found = [m.span() for m in pc.bracket_re.finditer(text)]
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
    Humas Pemprov Jateng)`, `(Istimewa)` as whole caption lines, credit lines `LIPUTAN6.COM/KETUT
    NUGROHO` and `(Berita Daerah/Kartika Saputra)`, and only the credit after a long
    paragraph;
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

    Flags `#cabai #hargapangan #ramadan`; after `Tags` / `Topik Terkait`: `cabai, harga pangan, ramadan`,
    or one tag a line (`harga cabai` / `inflasi` / `ramadan`) up to the next blank line, with the label
    itself when the navigation rule does not flag it;
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
        if line.kind not in _LOOSE_KINDS or line.key not in tg.labels:
            continue
        run: list[Line] = []
        for item in (page.lines[i] for i in range(line.index + 1, len(page.lines))):
            if item.kind is LineKind.BLANK:
                if run:
                    break
                continue
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
    """Related-article links opened by an arrow, or by a reading verb and a separator.

    Flags `» Harga Beras di Malang Naik Jelang Ramadan`, `Simak >> Begini Perkembangan Ojek Daring di
    Padang`, `SIMAK - Timnas Indonesia Menang 1-0, Ini Kata Pelatih`, `Baca | Cuaca Medan Hari Ini:
    Hujan Ringan Sore Hari`;
    leaves `» Sisihkan 10 persen gaji begitu diterima.` (a content bullet, not title-cased), `» Bawang
    merah 2 siung`, `Lihat - ini bukan judul berita` and `Baca Juga: ...` (the chrome prefix rule's).
    """
    rl = lex.related
    for line in page.lines:
        if line.kind not in (*_LOOSE_KINDS, LineKind.LIST_ITEM) or _chrome_prefix_hit(line, lex):
            continue
        opener = rl.opener_re.match(line.text)
        if opener and _title_cased(line.text[opener.end() :], rl.min_words, rl.min_title_share):
            yield line_span(line)


RULES = (
    Rule("boilerplate.share_widget.v1", CATEGORY, detect_share_widgets),
    Rule("boilerplate.counter.v1", CATEGORY, detect_counters),
    Rule("boilerplate.symbol_line.v1", CATEGORY, detect_symbol_lines),
    Rule("boilerplate.navigation.v1", CATEGORY, detect_navigation_labels),
    Rule("boilerplate.chrome_prefix.v1", CATEGORY, detect_chrome_prefixes),
    Rule("boilerplate.head_label.v1", CATEGORY, detect_head_labels),
    Rule("boilerplate.breadcrumb.v1", CATEGORY, detect_breadcrumbs),
    Rule("boilerplate.dateline.v1", CATEGORY, detect_datelines),
    Rule("boilerplate.story_dateline.v1", CATEGORY, detect_story_datelines),
    Rule("boilerplate.media_marker.v1", CATEGORY, detect_media_markers),
    Rule("boilerplate.copyright.v1", CATEGORY, detect_copyright),
    Rule("boilerplate.follow_call.v1", CATEGORY, detect_follow_calls),
    Rule("boilerplate.photo_credit.v1", CATEGORY, detect_photo_credits),
    Rule("boilerplate.comment_form.v1", CATEGORY, detect_comment_forms),
    Rule("boilerplate.cookie_notice.v1", CATEGORY, detect_cookie_notices),
    Rule("boilerplate.pagination.v1", CATEGORY, detect_pagination),
    Rule("boilerplate.byline.v1", CATEGORY, detect_bylines),
    Rule("boilerplate.tag_list.v1", CATEGORY, detect_tag_lists),
    Rule("boilerplate.read_more.v1", CATEGORY, detect_read_more),
    Rule("boilerplate.end_code.v1", CATEGORY, detect_end_codes),
    Rule("boilerplate.related_link.v1", CATEGORY, detect_related_links),
)
