"""Boilerplate: page chrome that survived scraping (share widgets, counters, glyphs, navigation,
related-article links, bylines, breadcrumbs, labels above the title, datelines, embedded-media markers,
copyright lines, follow calls, photo credits, comment forms, cookie notices, pagination, tag lists and
"read more" links).

Every rule reads the kind of chrome from its shape and a lexicon (in `boilerplate.toml`), never from one
exact string; the page's head (before the first paragraph) and tail (after the last) are used as a
second signal for the weakest shapes only."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, line_span, literal_alternation
from pipeline.text import WORD_RE, ends_sentence, is_symbol_only, line_key, sentences, words

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
_GLUED_HASHTAGS_RE = re.compile(r"\s+|(?<=\w)(?=#\w)")
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
# Where an end code starts: the line's start, a space, or (a bracket glued to it) a sentence's end:
# `... kata dia.(ant)`.
_END_START = r"(?:^|(?<=\s)|(?<=[.!?\"”’])(?=[(\[*]))"
# Where a sign-off with no brackets starts: the line's start, or right after a sentence's stop (`... kata
# dia. - Red`, `... kata dia. HENDARTYO HANGGI | ANTARA`).
_AFTER_STOP = r"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]))"
# A site's domain as the last part of an end code: `(ant/Suara.com)`.
_SITE_CODE = r"[A-Za-z][\w-]*\.(?:com|co\.id|id|net|co|org|tv)"
# What may follow a sign-off at the line's end: a full stop, stars, a player's marker in brackets (`(ant).`,
# `(fik) **`, `(ded/ded) [Video]`).
_CODE_TAIL = r"\.?(?:\s*\*{1,3})?(?:\s*\[[A-Za-z][^\[\]\n]{0,40}\])?\s*$"


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
        tlds = literal_alternation(data["domain_suffixes"])
        prefixes = literal_alternation(data["name_prefixes"])
        domain = rf"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{tlds})"
        # `detikNews`, `antaranews`; not a word with a clitic (`di antaranya`, `tribunnya`)
        clitic = r"(?!(?:nya|lah|kah|pun|ku|mu)(?![a-z0-9]))"
        prefixed = rf"(?:{prefixes}){clitic}[a-z0-9]+" if prefixes else r"(?!x)x"
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

    def mark(self, text: str, skip: frozenset[str] = frozenset()) -> tuple[str, set[str]]:
        """`text` with every date piece (but those of the kinds in `skip`) replaced by a placeholder, and
        the kinds of pieces found."""
        kinds: set[str] = set()
        for kind, pattern in self.pieces:
            if kind in skip:
                continue
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
    if timed and "relative_word" in kinds:
        return 2  # `Kemarin, 20:15`
    return 1


@dataclass(frozen=True)
class DatelineLexicon:
    split_re: re.Pattern[str]
    max_other_words: int
    weak_score: float
    writer_re: re.Pattern[str]  # ` oleh Sari Siregar` closing a stamp
    max_name_words: int
    aside_re: re.Pattern[str]  # a view count beside a stamp: `Dibaca 120 kali`, `1,2rb views`

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> DatelineLexicon:
        spaced = [s for s in data["separators"] if s in "-/"]
        tight = [s for s in data["separators"] if s not in "-/"]
        parts = [rf"\s*{re.escape(s)}\s*" for s in tight] + [rf"\s+{re.escape(s)}\s+" for s in spaced]
        views, counts = _body(data["view_words"]), _body(data["count_words"])
        return cls(
            re.compile("|".join(parts)),
            data["max_other_words"],
            data["weak_score"],
            re.compile(rf"\s+(?:{_body(data['name_slots'])})\s*:?\s+(?P<name>[^\d,;:|()]+?)\W*$", re.I),
            data["max_name_words"],
            re.compile(
                rf"\W*(?:(?:{views})\s*:?\s*\d[\d.,]*\s*(?:rb|k|ribu)?\s*(?:{counts})?"
                rf"|\d[\d.,]*\s*(?:rb|k|ribu)?\s*(?:{counts})?\s*(?:{views}))\W*",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class StoryDatelineLexicon:
    cities: frozenset[str]
    max_prefix_words: int
    max_name_words: int
    min_rest_words: int
    site_words: frozenset[str]
    opening_paragraphs: int

    @classmethod
    def from_data(cls, data: dict[str, Any], media: dict[str, Any]) -> StoryDatelineLexicon:
        return cls(
            _keys(data["cities"]),
            data["max_prefix_words"],
            data["max_name_words"],
            data["min_rest_words"],
            _keys(data["site_words"]),
            data["opening_paragraphs"],
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
    sound_re: re.Pattern[str]  # a TikTok embed's sound line: `@sari ♬ suara asli - Sari Siregar`
    spoiler_re: re.Pattern[str]  # a forum's spoiler box: `Spoiler for Foto:`
    player_re: re.Pattern[str]  # a media player's error: `Video tidak dapat diputar.`
    player_max_words: int
    embed_opener_re: re.Pattern[str]  # `If playback doesn't begin shortly, ...`, `This Tweet was deleted ...`
    gallery_counter_re: re.Pattern[str]  # a gallery's counter: `Foto 3 dari 10`, `Slide 2 of 8`
    paren_link_re: re.Pattern[str]  # a related link in round brackets: `(Baca juga: Harga Gabah Turun)`
    channel_re: re.Pattern[str]  # a news site's video channel: `Antara TV`, `Tribun TV`, `ANTARA News TV`

    @classmethod
    def from_data(cls, data: dict[str, Any], media: MediaShapes, bare_names: list[str]) -> MediaMarkerLexicon:
        # An editor's code: lower-case letters, with a number after them at some sites (`mui19`).
        code = rf"[a-z]{{{data['end_code_min']},{data['end_code_max']}}}\d{{0,3}}"
        caps = sorted({" ".join(p.split()) for p in data["inline_caps"] if p.strip()}, key=len, reverse=True)
        caps_body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in caps) or r"(?!x)x"
        glyphs, sounds = "".join(re.escape(g) for g in data["sound_glyphs"]), _body(data["sound_words"])
        return cls(
            channel_re=re.compile(
                rf"(?:{media.body}|{_body(bare_names)})(?:\s+news)?\s*(?:{_body(data['channel_words'])})",
                re.IGNORECASE,
            ),
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
                rf"(?:\s+(?:{_body(data['video_intro_endings'])}))?"
                rf"(?:\s*,?\s*(?:{_body(data['video_intro_addressees'])}))?\s*[:!.]?\s*$",
                re.IGNORECASE,
            ),
            sound_re=re.compile(
                rf"(?<![\w@])@[\w.]{{2,}}\s*[{glyphs}]\s*(?:(?:{sounds})(?!\w)|.{{0,80}}\s[-–—]\s*\w)"
                rf"|^\W*[{glyphs}]\s*(?:{sounds})(?!\w)",
                re.IGNORECASE,
            ),
            spoiler_re=re.compile(
                rf"^\W*(?:(?:{_body(data['spoiler_heads'])})\s+[^:\n]{{1,40}}?|spoiler)\s*:?\s*$",
                re.IGNORECASE,
            ),
            player_re=compile_phrases(data["player_errors"]),
            player_max_words=data["player_max_words"],
            embed_opener_re=re.compile(rf"^\W*(?:{_body(data['embed_openers'])})(?!\w)", re.IGNORECASE),
            paren_link_re=re.compile(
                rf"\(\s*(?:{_body(data['paren_link_labels'])})\s*[:»>|-]?\s*(?P<headline>[^()\n]{{3,200}})\)",
                re.IGNORECASE,
            ),
            gallery_counter_re=re.compile(
                rf"^\W*(?:{_body(data['gallery_counter_words'])})\s*(?:ke[- ]?)?\d{{1,3}}\s*"
                rf"(?:/|dari|of|dr\.?)\s*\d{{1,3}}\W*$",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class BreadcrumbLexicon:
    label_re: re.Pattern[str]  # `Anda berada di:` before a trail
    home_glyphs: str  # `🏠`: a home segment
    home_word: str
    weak_split_re: re.Pattern[str]  # spaced dashes: a trail only after a home word or a label
    single_split_re: re.Pattern[str]  # separators that make a trail of two names in the page's head
    last_max_words: int  # the last segment of a trail opened by a home word may be the post's title

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> BreadcrumbLexicon:
        weak = "|".join(rf"\s+{re.escape(s)}\s+" for s in data["weak_separators"])
        single = "|".join(re.escape(s) for s in data["single_separators"])
        return cls(
            label_re=re.compile(rf"^\W*(?:{_body(data['labels'])})\s*:?\s*", re.IGNORECASE),
            home_glyphs="".join(data["home_glyphs"]),
            home_word=data["home_words"][0],
            weak_split_re=re.compile(weak or r"(?!x)x"),
            single_split_re=re.compile(single or r"(?!x)x"),
            last_max_words=data["last_max_words"],
        )


@dataclass(frozen=True)
class EndCodeLexicon:
    code_re: re.Pattern[str]  # `(oca/mef)`, `(jpg/c17/tt)` closing a line
    marker_re: re.Pattern[str]  # `(END)`, `-selesai-`, `[tamat]` closing a line
    name_re: re.Pattern[str]  # `(Sari Siregar)` closing the last paragraph
    max_name_words: int
    closing_re: re.Pattern[str]  # `(ANT)`, `(Sumber: Antara)`, `**`, `-- ANTARA --` closing it
    acronym_skips: frozenset[str]  # small words an acronym's letters skip (see `_acronym_on_page`)

    @classmethod
    def from_data(cls, data: dict[str, Any], marker: dict[str, Any]) -> EndCodeLexicon:
        # An editor's code: lower-case letters, with a number after them at some sites (`mui19`), or one
        # letter and a number (`c17` at Jawa Pos).
        # Some sites capitalise them (`(Ant/Rin)`); Media Indonesia writes a desk and a number (`(Z-3)`,
        # `(OL-4)`, `(Ant/Z-2)`).
        low, high = marker["end_code_min"], marker["end_code_max"]
        code = (
            rf"(?:[a-z]{{{low},{high}}}\d{{0,3}}|[a-z]\d{{1,3}}|[A-Z][a-z]{{{low - 1},{high - 1}}}(?!\w)"
            rf"|[A-Z]{{1,3}}-\d{{1,3}}|[a-z]{{1,3}}-\d{{1,3}}|\*-\d{{1,3}})"
        )
        # A later part of a group may be one letter or a desk's number (`(aji/d)`, `(Red/01)`); the
        # first one letter before a code (`(a/fik)`). Parts are split by `/`, spaced or not, or `\`.
        later = rf"(?:{code}|{_SITE_CODE}|[a-z]|\d{{1,3}})"
        split = r"\s?[/\\]\s?"
        # In a group split by `/`, any code goes with an upper-case desk, an agency, a source or `*` (`(HMS/
        # Pemkab)`, `(Antara/Red)`, `(*/Red)`).
        # An outlet's name in capitals counts as one too (`(TRIBUNNEWS/ABC)`).
        outlet = rf"(?i:{_body(data['outlets'])})"
        any_code = rf"(?:{code}|[A-Z]{{2,6}}|[A-Z][a-z]{{1,7}}|\*{{1,3}}|{_SITE_CODE}|{outlet})"
        wrap = r"[-–—*=~]{1,3}"
        name = r"[A-Z][a-z'’.-]+"
        # One part of a desk's closing sign-off (see `outlets` in `[end_code]`).
        part = (
            rf"(?:(?i:{_body(data['outlets'])})|{_SITE_CODE}|[a-z]{{2,14}}(?:\s[a-z]{{2,14}}){{0,2}}|[A-Z][a-z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){{0,2}}"
            rf"|[A-Z]{{2,6}}(?:\s[A-Z][a-z][\w.’'-]*){{1,2}}"
            rf"|(?i:{_body(data['closing_labels'])})\s*:\s*[^()\[\]\n:]{{1,40}}?"
            rf"|(?i:{_body(data['reporter_words'])})\s+[^()\[\]\n:]{{1,50}}?)"
        )
        return cls(
            # One group, or two in a row (`(mdk/ded) (dnu)`: the reporter's and the editor's).
            code_re=re.compile(
                rf"{_END_START}(?:\*{{1,2}}|_)?(?:[(\[{{](?:{code}\.?(?:{split}{later}){{0,3}}|[a-z]{split}{code}"
                rf"|{any_code}(?:{split}{any_code}){{1,3}})[)\]}}]\s?)?"
                # (a last part left empty is a sign-off the editor did not finish: `(ant/ )`)
                rf"[(\[{{](?P<codes>{code}\.?(?:{split}{later}){{0,3}}(?:{split})?|[a-z]{split}{code}"
                rf"|{any_code}(?:{split}{any_code}){{1,3}})[)\]}}]_?{_CODE_TAIL}"
            ),
            marker_re=re.compile(
                rf"{_END_START}(?:[(\[]\s*|{wrap}\s*)(?:{_body(data['words'])})\s*(?:[)\]]|{wrap})\s*$",
                re.IGNORECASE,
            ),
            name_re=re.compile(rf"{_END_START}\(\s*(?P<name>{name}(?:\s+{name})*)\s*\)\s*$"),
            max_name_words=data["max_name_words"],
            acronym_skips=frozenset(w.casefold() for w in data.get("acronym_skips", [])),
            closing_re=re.compile(
                rf"{_END_START}(?:[-–—]{{1,2}}\s*)?(?:[(\[]\s*{part}\.?(?:\s*[/,|]\s*{part}){{0,3}}\s*[)\]]|\*{{1,3}}"
                rf"|\*{{1,3}}/\s*(?:{part})?|\(\s*\*{{1,3}}\s*/\s*\)"
                rf"|[-–—=]{{1,3}}\s*(?:{outlet}|[A-Z]{{2,8}})\s*[-–—=]{{1,3}}"
                # a source with no brackets: `... kata dia. Sumber: Antara`
                rf"|(?i:{_body(data['source_labels'])})\s*:\s*{part}(?:\s*[,/]\s*{part}){{0,2}})"
                # A desk after a dash, glued to the last sentence or alone on the last line (`... kata
                # dia. - Red`, `— ANTARA`).
                rf"{_CODE_TAIL}|{_AFTER_STOP}[-–—]{{1,2}}\s*{outlet}(?:/[A-Za-z]{{2,14}})?\.?\s*$"
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
    disclaimer_label_re: re.Pattern[str]  # `Disclaimer:`, `Penafian -`
    responsibility_re: re.Pattern[str]  # `(tidak) bertanggung jawab`, `tanggung jawab`
    self_ref_re: re.Pattern[str]  # the text speaking of itself: `artikel ini`, `tulisan tersebut`
    contents_re: re.Pattern[str]  # `isi artikel`, `isi tulisan`: the same in a short line
    party_re: re.Pattern[str]  # who is (not) responsible: `penulis`, `redaksi`, `bloger`
    advice_re: re.Pattern[str]  # `bukan ajakan membeli`, `tidak menyediakan saran medis`
    advice_self_re: re.Pattern[str]  # a site's name opening `... tidak menyediakan saran medis`
    report_re: re.Pattern[str]  # reported speech (`kata`, `ujar`): a news sentence, not a notice
    disclaimer_max_words: int
    disclaimer_cue_re: re.Pattern[str]  # any word a disclaimer needs, to skip other lines fast
    closed_re: re.Pattern[str]  # `Thread sudah digembok`, `Topik ini telah dikunci`
    reuse_re: re.Pattern[str]  # `Dilarang keras menyalin isi artikel ini tanpa izin`
    credit_open_re: re.Pattern[str]  # `Powered by`, `Template by`
    credit_re: re.Pattern[str]  # `WordPress`, `theme`
    credit_max_words: int
    credit_joiners: frozenset[str]
    protection_re: re.Pattern[str]  # a copy-protection alert: `Alert: Content is protected !!`
    badge_re: re.Pattern[str]  # a press-council badge: `Terverifikasi Dewan Pers`
    bare_opener_re: re.Pattern[str]  # `(C) Copyright Kabar Desa`: a sign and names, with no year
    credit_lead_re: re.Pattern[str]  # `Tema Sederhana.` before `Diberdayakan oleh Blogger.`
    credit_lead_max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CopyrightLexicon:
        notices = _body(data["notices"])
        nouns = _body(data["self_nouns"])
        return cls(
            disclaimer_label_re=re.compile(
                rf"^\W*(?:{_body(data['disclaimer_labels'])})\s*(?::|-|–|—|\|)", re.IGNORECASE
            ),
            responsibility_re=compile_phrases(data["responsibility_words"]),
            self_ref_re=re.compile(rf"(?<!\w)(?:{nouns})\s+(?:ini|tersebut|this)(?!\w)", re.IGNORECASE),
            contents_re=re.compile(rf"(?<!\w)isi\s+(?:{_body(data['contents_nouns'])})(?!\w)", re.IGNORECASE),
            party_re=compile_phrases(data["parties"]),
            advice_re=re.compile(
                rf"(?<!\w)(?:{_body(data['advice_negations'])})\s+(?:{_body(data['advice_nouns'])})"
                rf"(?:\s+\w+){{0,2}}?\s+(?:{_body(data['advice_domains'])})(?!\w)",
                re.IGNORECASE,
            ),
            advice_self_re=re.compile(
                rf"^\W*[\w.]+(?:\s+[\w.]+){{0,2}}\s+(?:{_body(data['advice_self'])})(?!\w)", re.I
            ),
            report_re=compile_phrases(data["report_words"]),
            disclaimer_max_words=data["disclaimer_max_words"],
            disclaimer_cue_re=compile_phrases(
                [
                    *data["disclaimer_labels"],
                    *data["responsibility_words"],
                    *data["advice_negations"],
                    *data["advice_self"],
                    *data["ban_words"],
                ]
            ),
            reuse_re=re.compile(
                rf"(?:^\W*|[.!?]\s+)(?:(?:{_body(data['ban_subjects'])})\s+)?(?:{_body(data['ban_words'])})"
                rf"(?:\s+keras)?\s+"
                rf"(?:(?:{_body(data['reuse_verbs'])})(?:[\s,]+\w+){{0,6}}?[\s,]+(?:{_body(data['reuse_objects'])})"
                rf"|(?:{_body(data['copy_verbs'])})(?:[\s,]+\w+){{0,6}}?[\s,]+(?:{_body(data['reuse_objects'])}"
                rf"|{_body(data['permission_words'])}))(?!\w)",
                re.IGNORECASE,
            ),
            protection_re=re.compile(
                rf"^\W*(?:(?:{_body(data['alert_labels'])})\W+)?(?:{_body(data['protection_notices'])})\W*$",
                re.IGNORECASE,
            ),
            badge_re=re.compile(
                rf"^\W*(?:[A-Z][\w.]*\s+){{0,3}}(?:(?:telah|sudah)\s+)?(?:{_body(data['badges'])})(?!\w)"
                r"[^.!?]{0,80}$",
                re.IGNORECASE,
            ),
            bare_opener_re=re.compile(r"^\W*(?:\(c\)\s*)?(?:©\s*)?copyright(?:\s*©|\s*\(c\))?\s+", re.I),
            credit_open_re=re.compile(rf"^\W*(?:{_body(data['credit_openers'])})(?!\w)\W*", re.IGNORECASE),
            credit_re=compile_phrases(data["credit_words"]),
            credit_max_words=data["credit_max_words"],
            credit_lead_re=re.compile(rf"^\W*(?:{_body(data['credit_leads'])})(?!\w)", re.IGNORECASE),
            credit_lead_max_words=data["credit_lead_max_words"],
            credit_joiners=_keys(data["credit_joiners"]),
            closed_re=re.compile(
                rf"^\W*(?:{_body(data['closed_subjects'])})(?:\s+(?:ini|this))?"
                rf"(?:\s+(?:sudah|telah|has\s+been|is|was))?\s+(?:{_body(data['closed_words'])})\W*$",
                re.IGNORECASE,
            ),
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


# A capitalised name of one to four words (`Kabar Desa`, `KabarDesa.id`), matched case-sensitively inside
# case-insensitive patterns.
_CAP_NAME = r"(?-i:(?!(?:Anda|Kamu|Kami|Kita|Ini|Itu|Saya)\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"


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
    verb_re: re.Pattern[str]  # a call verb anywhere (`Baca ... lewat aplikasi, unduh sekarang`)
    only_re: re.Pattern[str]  # `hanya di Kabar Desa` closing the line: the site naming itself
    install_re: re.Pattern[str]  # `unduh`, `install`
    social_re: re.Pattern[str]  # `ikuti`, `subscribe`: a call that names the site's own brand
    contribute_re: re.Pattern[str]  # `Kirim tulisanmu`: a call for contributions
    urgent_re: re.Pattern[str]  # `sekarang!` closing a call
    short_call_words: int
    badge_re: re.Pattern[str]  # `Dapatkan di Google Play`
    contribute_line_re: re.Pattern[str]  # `Kirim Tulisan`, `Jadi Kontributor`
    contribute_open_re: re.Pattern[str]  # `Kirimkan` opening a sentence
    delivery_re: re.Pattern[str]  # `langsung ke`
    app_place_re: re.Pattern[str]  # `di aplikasi`
    site_end_re: re.Pattern[str]  # `... dari Kabar Desa` closing the line: the site naming itself
    statement_re: re.Pattern[str]  # `kini`, `bisa`: a statement after the verb, not a call
    signup_re: re.Pattern[str]  # `berlangganan`, `alamat email`
    signup_notice_re: re.Pattern[str]  # `terima kasih`, `tidak valid`
    signup_voice_re: re.Pattern[str]  # `kami`, `Anda`
    signup_max_words: int
    signup_short_words: int
    channel_brand_re: re.Pattern[str]  # `channel WhatsApp Kabar Desa`, `aplikasi Kabar Desa`

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> FollowCallLexicon:
        # A vocative may open the call (`Bunda, yuk ikuti ...`, `Gan, jangan lupa ...`).
        vocative = r"(?:[A-Z][\w-]{1,15}\s*,\s*)?"
        # ... or a channel's label (`Newsletter: Dapatkan berita pilihan ...`).
        label = rf"(?:(?:{_body(data['call_labels'])})\s*[:|»>-]+\s*)?"
        return cls(
            opener_re=re.compile(
                rf"^\W*{label}{vocative}(?:(?:{_body(data['lead_ins'])})\W+)?(?:{_body(data['verbs'])})(?!\w)",
                re.IGNORECASE,
            ),
            only_re=re.compile(
                r"(?<!\w)(?:hanya|cuma|only|eksklusif)\s+(?:di|on|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\W*$"
            ),
            verb_re=compile_phrases(data["verbs"]),
            install_re=compile_phrases(data["install_verbs"]),
            social_re=compile_phrases(data["social_verbs"]),
            contribute_re=re.compile(
                rf"^\W*(?:(?:{_body(data['lead_ins'])})\W+)?(?:{_body(data['contribute_verbs'])})\s+"
                rf"(?:{_body(data['contribute_words'])})(?!\w)",
                re.IGNORECASE,
            ),
            urgent_re=re.compile(rf"(?<!\w)(?:{_body(data['urgent_words'])})\s*!+\s*$", re.IGNORECASE),
            badge_re=re.compile(
                rf"^\W*(?:{_body(data['badge_words'])})\s+"
                r"(?:(?:di|on|it on|in|the|dari|from|now on|sekarang di)\s+){0,2}"
                rf"(?:{_body(data['stores'])})\W*$",
                re.IGNORECASE,
            ),
            app_place_re=compile_phrases(data["app_places"]),
            contribute_line_re=re.compile(
                rf"^\W*(?:(?:{_body(data['contribute_verbs'])})\s+(?:{_body(data['contribute_nouns'])})"
                rf"|{_body(data['contribute_lines'])})\W*$",
                re.IGNORECASE,
            ),
            delivery_re=compile_phrases(data["delivery_words"]),
            contribute_open_re=re.compile(rf"^\W*(?:{_body(data['contribute_verbs'])})(?!\w)", re.IGNORECASE),
            statement_re=compile_phrases(data["statement_words"]),
            signup_re=compile_phrases(data["signup_words"]),
            signup_notice_re=compile_phrases(data["signup_notices"]),
            signup_voice_re=compile_phrases(data["signup_voices"]),
            signup_max_words=data["signup_max_words"],
            signup_short_words=data["signup_short_words"],
            site_end_re=re.compile(
                rf"(?<!\w)(?:{_body(data['site_joiners'])})\s+{_CAP_NAME}\W*$", re.IGNORECASE
            ),
            channel_brand_re=re.compile(
                rf"(?<!\w)(?:{_body(data['generic_channels'])}|{_body(data['channels'])})\s+{_CAP_NAME}",
                re.IGNORECASE,
            ),
            short_call_words=data["short_call_words"],
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
    caption_lead_re: re.Pattern[str]  # a caption opener then a lower-case word: `Tangkapan layar video ...`
    caption_max_words: int
    short_caption_words: int  # one sentence this short under a photographer's credit is a caption
    slash_credit_re: re.Pattern[str]  # `Tempo/Sari Siregar/abc` closing a caption, or alone on a line
    handle_credit_re: re.Pattern[str]  # `... | Instagram @sari.id`, `... (IG/@sari.id)` closing a caption
    stock_credit_re: re.Pattern[str]  # `.../Freepik/sari_siregar` closing a caption

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
            label_re=re.compile(
                rf"(?<!\w)(?:(?:(?P<generic>{generic})|{labels})\s*[:/]|(?:{_body(data['dot_labels'])})\.)\s*",
                re.IGNORECASE,
            ),
            generic_label_re=re.compile(rf"^(?:{generic})$", re.IGNORECASE),
            source_start_re=re.compile(rf"^(?:{sources})(?!\w)", re.IGNORECASE),
            caption_re=re.compile(
                rf"^\W*(?:{_body(data['caption_openers'])})\s*(?:[.,:|(\-–—]|$)", re.IGNORECASE
            ),
            caption_lead_re=re.compile(rf"^\W*(?i:{_body(data['caption_openers'])})\s+[a-z]"),
            caption_max_words=data["caption_max_words"],
            short_caption_words=data.get("short_caption_words", 8),
            slash_credit_re=re.compile(
                rf"(?:^|(?<=[.!?)]\s)|(?<=[.!?)])|(?<=[.!?)]\s[-–—]\s))\s*(?P<open>\(\s*)?"
                rf"(?P<credit>(?:{media.body}|{_CAP_WORDS})"
                rf"(?:\s*/\s*(?:{_CAP_WORDS}|[a-z]{{2,4}}\d{{0,2}})){{1,4}})(?(open)\s*\))\s*\.?\s*$"
            ),
            handle_credit_re=re.compile(
                rf"(?:\s[|\-–—]\s*|\(\s*|\.\s*/\s*)(?:(?:{_body(data['handle_platforms'])})\s*[:/]?\s*)?"
                rf"(?<![\w@])@[\w.]{{2,40}}\s*\)?\s*\.?\s*$",
                re.IGNORECASE,
            ),
            stock_credit_re=re.compile(
                rf"(?:(?<=[.!?)])|(?<=[.!?)]\s)|(?<=\s[-–—|]\s))\s*/?\s*(?:{_body(data['sources'])})\s*/\s*[\w.@-]{{2,40}}\s*$",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class CommentFormLexicon:
    field_re: re.Pattern[str]
    fields: frozenset[str]
    notice_re: re.Pattern[str]
    lines: frozenset[str]
    phrase_re: re.Pattern[str]  # a notice anywhere in a short line that names comments
    comment_re: re.Pattern[str]
    page_re: re.Pattern[str]
    phrase_max_words: int
    etiquette_open_re: re.Pattern[str]  # `Gunakan`, `Mohon`, `Hindari`
    etiquette_re: re.Pattern[str]  # `bijak`, `santun`, `SARA`
    count_title_re: re.Pattern[str]  # `2 Responses to "<title>"`
    section_res: tuple[re.Pattern[str], ...]  # whole lines of the comment section (see the TOML)
    place_re: re.Pattern[str]  # `kolom komentar`
    place_call_re: re.Pattern[str]  # `Tulis`, `Yuk` opening a sentence
    opinion_re: re.Pattern[str]  # `pendapatmu`
    login_re: re.Pattern[str]  # `Masuk untuk ikut berdiskusi`
    login_max_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CommentFormLexicon:
        marks = literal_alternation(data["required_marks"])
        nouns = _body(data["comment_nouns"])
        count = r"(?:\d[\d.,]*\+?|\(\d[\d.,]*\))"
        end = r"\s*(?:\.{2,}|…)?[\s\W]*$"
        tool = (
            rf"^\W*(?:{_body(data['tool_verbs'])})\s+(?:(?:{_body(data['tool_fillers'])}|{count})\s+){{0,2}}"
            rf"(?:{nouns})(?:\s+(?:{_body(data['tool_tails'])}|{count})){{0,2}}{end}"
        )
        prompt = (
            rf"^\W*(?:{_body(data['prompt_verbs'])})\s+(?:(?:a|an|your|sebuah|satu)\s+)?"
            rf"(?:{nouns}|{_body(data['opinion_nouns'])})(?:\s+(?:{_body(data['prompt_tails'])})){{0,2}}{end}"
        )
        fate = (
            rf"^\W*(?:(?:setiap|semua|seluruh|tiap|every|all|your)\s+)?(?:{nouns})"
            rf"(?:\s+(?:anda|kamu|pembaca|pengunjung|yang(?:\s+[\w-]+){{1,5}}?))?"
            rf"\s+(?:{_body(data['moderation_modals'])})\s+(?:[\w-]+\s+){{0,2}}?(?:{_body(data['moderation_verbs'])})(?!\w)"
        )
        state = rf"^\W*(?:{nouns})\s+(?:ini|this)\s+(?:{_body(data['comment_states'])})\W*$"
        first = (
            r"^\W*(?:jadi(?:lah)?|be)\s+(?:(?:orang|yang|the)\s+){0,2}(?:pertama|first)\b.{0,40}"
            rf"(?:{nouns}|berkomentar|mengomentari|komen|to comment)"
        )
        reply = (
            rf"^\W*(?:(?:{_body(data['reply_heads'])})\s+(?:{_body(data['reply_roles'])}"
            r"|(?-i:@?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))"
            rf"|(?:{_body(data['reply_roles'])})\s+(?:{_body(data['reply_verbs'])}))\s*:?\s*$"
        )
        moderated = (
            rf"^\W*(?:(?:setiap|semua|seluruh|all)\s+)?(?:{nouns})(?:\s+(?:anda|kamu|pembaca|your))?"
            r"\s+(?:(?:are|sedang|akan)\s+)?(?:dimoderasi|moderated)\W*$"
        )
        said = rf"^\W*@?[\w.]+(?:\s+[\w.]+){{0,3}}\s+(?:{_body(data['said_verbs'])})\s*(?:\.{{3}}|…)\s*$"
        age = (
            rf"^\W*@?[\w.]+(?:\s+[\w.]+){{0,2}}\s*[·•|–-]?\s*\d{{1,3}}\s*(?:{_body(data['age_units'])})"
            rf"\s+(?:yang\s+)?(?:lalu|ago)\W*$"
        )
        return cls(
            section_res=tuple(
                re.compile(p, re.IGNORECASE)
                for p in (tool, prompt, fate, state, first, reply, age, moderated, said)
            ),
            place_re=compile_phrases(data["comment_places"]),
            place_call_re=re.compile(rf"^\W*(?:{_body(data['place_calls'])})(?!\w)", re.IGNORECASE),
            opinion_re=compile_phrases(data["opinion_asks"]),
            login_re=re.compile(
                rf"^\W*(?:(?:silakan|silahkan|harap|mohon|anda harus|kamu harus|please|yuk)\s+)?"
                rf"(?:{_body(data['login_verbs'])})(?!\w).{{0,50}}?(?<!\w)(?:untuk|to|agar (?:bisa|dapat))\s+"
                rf"(?:{_body(data['login_goals'])})(?!\w)",
                re.IGNORECASE,
            ),
            login_max_words=data["login_max_words"],
            field_re=re.compile(rf"^(?:{_body(data['fields'])})\s*(?:{marks})\s*:?$", re.IGNORECASE),
            fields=_keys(data["fields"]),
            notice_re=re.compile(rf"^\W*(?:{_body(data['notices'])})(?!\w)", re.IGNORECASE),
            lines=_keys(data["lines"]),
            phrase_re=compile_phrases(data["notice_phrases"]),
            comment_re=compile_phrases(data["comment_words"]),
            page_re=compile_phrases(data["page_words"]),
            phrase_max_words=data["phrase_max_words"],
            etiquette_open_re=re.compile(rf"^\W*(?:{_body(data['etiquette_openers'])})(?!\w)", re.IGNORECASE),
            etiquette_re=compile_phrases(data["etiquette_words"]),
            count_title_re=re.compile(
                rf"^\W*\d[\d.,]*\s+(?:{_body(data['count_nouns'])})\s+(?:{_body(data['count_joiners'])})\s*[\"“”'‘«][^\"“”’»]{{1,160}}[\"“”’'»]\W*$",
                re.IGNORECASE,
            ),
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
    voice_re: re.Pattern[str]  # the site or the reader addressed: `Situs ini`, `Kami`, `Browser Anda`
    tech_re: re.Pattern[str]  # `JavaScript`, `browser`
    need_re: re.Pattern[str]  # `memerlukan`, `aktifkan`, `tidak mendukung`
    push_re: re.Pattern[str]  # `notifikasi`
    ask_re: re.Pattern[str]  # `ingin menampilkan`, `izinkan`
    agree_re: re.Pattern[str]  # `setuju`, `menyetujui`
    terms_re: re.Pattern[str]  # `Syarat & Ketentuan`, `Kebijakan Privasi`
    reader_re: re.Pattern[str]  # `Anda`
    storage_re: re.Pattern[str]  # `menyimpan`, `mengakses informasi`
    device_re: re.Pattern[str]  # `perangkat Anda`
    notice_max_words: int
    tech_open_re: re.Pattern[str]  # `JavaScript ...` opening a notice
    need_tech_open_re: re.Pattern[str]  # `Perbarui browser ...`: the order opening a browser prompt
    experience_re: re.Pattern[str]  # `pengalaman membaca yang lebih baik`: what the prompt promises
    page_re: re.Pattern[str]  # `halaman ini`
    standalone_lines: frozenset[str]  # `Terima semua`, `Anda sedang offline`
    prompt_re: re.Pattern[str]  # `Dapatkan`, `Aktifkan` opening a short push prompt
    prompt_news_re: re.Pattern[str]  # `berita`, `terbaru`
    prompt_max_words: int
    notice_re: re.Pattern[str]  # `kebijakan privasi`, `persetujuan`: what only a notice says of cookies
    banner_title_max_words: int  # a banner's title next to its notice (`Preferensi privasi Anda`)
    use_re: re.Pattern[str]  # `kami ... menggunakan cookie`: the site's voice, a use verb, the cookie word
    own_re: re.Pattern[str]  # `kami`, `our`
    addressee_re: re.Pattern[str]  # `Anda`, `kamu`
    consent_re: re.Pattern[str]  # `menyetujui`, `mengizinkan`
    kind_words: frozenset[str]  # `analitik`, `fungsional`: a banner's settings, next to its other lines
    toggle_states: frozenset[str]  # `selalu aktif`: a kind of cookies with its toggle stands alone
    bare_toggle_states: frozenset[str]  # `always enabled`: ... even with no cookie word
    privacy_re: re.Pattern[str]  # `privasi`
    headline_max_words: int
    update_re: re.Pattern[str]  # `memperbarui`
    subject_re: re.Pattern[str]  # `Cookie digunakan ...`, `Cookies membantu kami ...`
    policy_end_re: re.Pattern[str]  # `... see here: Cookie Policy`
    control_re: re.Pattern[str]  # `mengubah`, `menolak`, `opt out`
    any_time_re: re.Pattern[str]  # `kapan saja`
    name_use_re: re.Pattern[
        str
    ]  # `Kabar Desa menggunakan cookie`: a site's name, a use verb, the cookie word
    accept_buttons: frozenset[str]  # a row of buttons on one line: `Terima Tolak`, `Accept all Reject all`
    other_buttons: frozenset[str]
    button_row_words: frozenset[str]
    consent_ask_re: re.Pattern[str]  # `meminta izin Anda`
    purpose_re: re.Pattern[str]  # `Menyimpan dan/atau mengakses informasi di perangkat`
    manager_re: re.Pattern[str]  # `Penyimpanan atau akses teknis ...`: a consent manager's settings
    continue_re: re.Pattern[str]  # `Dengan melanjutkan`, `By continuing` opening a line
    continue_max_words: int
    pointer_re: re.Pattern[str]  # `lebih lanjut`, `baca`, `learn more`: a banner's line pointing to the terms
    pointer_open_re: re.Pattern[str]  # ... opening the line: `Baca Kebijakan Privasi kami ...`
    banner_max_words: int
    credit_re: re.Pattern[str]  # `Cookie settings powered by ConsentKu`: the manager's credit closing a line
    use_verb_re: re.Pattern[str]  # `menggunakan`: what a notice says the site does with cookies
    tracking_re: re.Pattern[str]  # `dilacak`
    layout_re: re.Pattern[str]  # `bagian bawah halaman`

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CookieLexicon:
        gap = rf"(?:(?:{_body(data['use_gap_words'])})\s+){{0,2}}"
        subject_gap = rf"(?:(?:{_body(data['subject_gap_words'])})\s+)?"
        return cls(
            name_use_re=re.compile(
                rf"^\W*(?:{_CAP_NAME}|{_SITE_CODE})\s+(?:{_body(data['use_verbs'])})\s+{gap}"
                rf"[(\[\"“']?(?:{_body(data['words'])})(?!\w)",
                re.IGNORECASE,
            ),
            # (a kind may come first: `Necessary cookies are absolutely essential for the website ...`)
            subject_re=re.compile(
                rf"^\W*(?:(?:{_body(data['kind_words'])})\s+)?{gap}(?:{_body(data['words'])})\s+{subject_gap}"
                rf"(?:{_body(data['subject_verbs'])})(?!\w)",
                re.IGNORECASE,
            ),
            policy_end_re=re.compile(rf"(?<!\w)(?:{_body(data['policy_links'])})\W*$", re.IGNORECASE),
            control_re=compile_phrases(data["control_verbs"]),
            any_time_re=compile_phrases(data["any_time"]),
            accept_buttons=_keys(data["accept_buttons"]),
            other_buttons=_keys(data["other_buttons"]),
            button_row_words=_keys(data["button_row_words"]),
            consent_ask_re=compile_phrases(data["consent_asks"]),
            purpose_re=compile_phrases(data["consent_purposes"]),
            manager_re=compile_phrases(data["manager_phrases"]),
            continue_re=re.compile(rf"^\W*(?:{_body(data['continue_openers'])})(?!\w)", re.IGNORECASE),
            continue_max_words=data["continue_max_words"],
            pointer_re=compile_phrases(data["pointer_words"]),
            pointer_open_re=re.compile(rf"^\W*(?:{_body(data['pointer_words'])})(?!\w)", re.IGNORECASE),
            banner_max_words=data["banner_max_words"],
            credit_re=re.compile(
                rf"\s+(?:{_body(data['credit_words'])})\s+\S+(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE
            ),
            use_verb_re=compile_phrases(data["use_verbs"]),
            tracking_re=compile_phrases(data["tracking_words"]),
            layout_re=compile_phrases(data["layout_words"]),
            notice_re=compile_phrases(data["notice_words"]),
            banner_title_max_words=data.get("banner_title_max_words", 5),
            use_re=re.compile(
                rf"(?<!\w)(?:{_body(data['voices'])})(?!\w).{{0,80}}?(?<!\w)(?:{_body(data['use_verbs'])})\s+{gap}"
                rf"[(\[\"“']?(?:{_body(data['words'])})(?!\w)",
                re.IGNORECASE,
            ),
            own_re=compile_phrases(data["own_words"]),
            addressee_re=compile_phrases(data["addressees"]),
            consent_re=compile_phrases(data["consent_words"]),
            kind_words=_keys(data["kind_words"]),
            toggle_states=_keys(data["toggle_states"]),
            bare_toggle_states=_keys(data["bare_toggle_states"]),
            privacy_re=compile_phrases(data["privacy_words"]),
            headline_max_words=data["headline_max_words"],
            update_re=compile_phrases(data["update_words"]),
            voice_re=re.compile(rf"^\W*(?:{_body(data['site_voices'])})(?!\w)", re.IGNORECASE),
            tech_re=compile_phrases(data["tech_words"]),
            need_re=compile_phrases(data["need_words"]),
            push_re=compile_phrases(data["push_words"]),
            ask_re=compile_phrases(data["ask_words"]),
            agree_re=compile_phrases(data["agree_words"]),
            terms_re=compile_phrases(data["terms_words"]),
            reader_re=compile_phrases(data["reader_words"]),
            storage_re=compile_phrases(data["storage_words"]),
            device_re=compile_phrases(data["device_words"]),
            notice_max_words=data["notice_max_words"],
            tech_open_re=re.compile(rf"^\W*(?:{_body(data['tech_words'])})(?!\w)", re.IGNORECASE),
            need_tech_open_re=re.compile(
                rf"^\W*(?:{_body(data['need_words'])})\s+(?:{_body(data['tech_words'])})(?!\w)", re.IGNORECASE
            ),
            experience_re=compile_phrases(data["experience_words"]),
            page_re=compile_phrases(data["page_words"]),
            standalone_lines=_keys(data["standalone_lines"]),
            prompt_re=re.compile(rf"^\W*(?:{_body(data['prompt_openers'])})(?!\w)", re.IGNORECASE),
            prompt_news_re=compile_phrases(data["prompt_news_words"]),
            prompt_max_words=data["prompt_max_words"],
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
    skip_re: re.Pattern[str]  # `Lewati ke konten utama`, `Skip to main navigation`
    skip_max_words: int
    loads: frozenset[str]
    mores: frozenset[str]
    ends: frozenset[str]
    cue_re: re.Pattern[str]  # a direction, page or load word: what a glued pagination tail needs

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PaginationLexicon:
        directions = frozenset(t for p in data["directions"] for t in line_key(p).split())
        words = frozenset(t for p in data["words"] for t in line_key(p).split())
        skip_re = re.compile(
            rf"^\W*(?:{_body(data['skip_verbs'])})\s+(?:ke|to)\s+(?:{_body(data['skip_targets'])})\W*$",
            re.IGNORECASE,
        )
        pages = _keys(data["pages"])
        return cls(
            words | directions,
            directions,
            pages,
            data["max_words"],
            skip_re,
            data["skip_max_words"],
            _keys(data["loads"]),
            _keys(data["mores"]),
            _keys(data["ends"]),
            compile_phrases([*data["directions"], *data["pages"], *data["loads"]]),
        )


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
    honorifics: frozenset[str]  # `dr.`, `Prof.`: allowed among a name's words in any case
    quote_prefix_re: re.Pattern[str]  # a forum quote's `Quote:` before `Original Posted By ...`
    lone_name_max_words: int
    role_lines: frozenset[str]  # `Kontributor`, `Kompasianer`, `TS`: a role printed beside a name
    outlet_re: re.Pattern[str]  # a word naming an outlet in a site's name: `Warta Garut`, `Garut Post`
    glyph_re: re.Pattern[str]  # an icon standing for the label: `✍️ Sari Siregar`, `👤 admin`

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> BylineLexicon:
        spaced = [s for s in data["separators"] if s in "-/"]
        tight = [s for s in data["separators"] if s not in "-/"]
        parts = [rf"\s*{re.escape(s)}\s*" for s in tight] + [rf"\s+{re.escape(s)}\s+" for s in spaced]
        parts.append(r"(?<=\w)/\s+(?=[A-Z])")  # `Rep: Sari Siregar/ Red: Budi`
        # A passive verb and `oleh` (`Ditinjau secara medis oleh`, `Disunting oleh`, `Reviewed by`) labels a
        # name like `labels` do.
        passive = r"(?:di|ter)[a-z]{3,}(?:\s+[a-z]+){0,2}?\s+oleh|[a-z]{3,}ed\s+by"
        return cls(
            label_re=re.compile(
                rf"^(?:(?:{_body(data['labels'])}|{passive})(?:\s*:\s*|\s+)|(?:{_body(data['colon_labels'])})\s*:\s*)",
                re.IGNORECASE,
            ),
            loose_label_re=re.compile(rf"^(?:{_body(data['loose_labels'])})(?:\s*:\s*|\s+|$)", re.IGNORECASE),
            any_label_re=re.compile(
                compile_phrases([*data["labels"], *data["loose_labels"], *data["colon_labels"]]).pattern
                + rf"|(?<!\w)(?:{passive})(?!\w)",
                re.IGNORECASE,
            ),
            split_re=re.compile("|".join(parts)),
            connectors=_keys(data["connectors"]),
            not_names=_keys(data["not_names"]),
            max_name_words=data["max_name_words"],
            max_words=data["max_words"],
            author_box_labels=_keys(data["author_box_labels"]),
            author_bio_max_words=data["author_bio_max_words"],
            author_bio_max_lines=data["author_bio_max_lines"],
            honorifics=_keys(data["honorifics"]),
            quote_prefix_re=re.compile(rf"^\W*(?:{_body(data['quote_prefixes'])})\s*:\s*", re.IGNORECASE),
            lone_name_max_words=data["lone_name_max_words"],
            role_lines=_keys(data["role_lines"]),
            outlet_re=re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in data['outlet_words'])})(?!\w)"),
            glyph_re=re.compile(rf"^\s*(?:{literal_alternation(data['glyphs'])})[\ufe0f\u200d\s]*:?\s*"),
        )


@dataclass(frozen=True)
class TagListLexicon:
    labels: frozenset[str]
    max_item_words: int
    max_items: int
    label_heads: frozenset[str]
    label_words: frozenset[str]
    bare_labels: frozenset[str]  # labels that may stand before their items with no separator
    topic_link_re: re.Pattern[str]  # `Baca juga artikel terkait PILKADA atau tulisan lainnya dari Sari`
    glyph_label_re: re.Pattern[str]  # a tag icon standing for the label: `🏷️`, `🔖`
    entry_re: re.Pattern[str]  # a theme's entry meta: `This entry was posted in Berita and tagged ...`
    category_re: re.Pattern[str]  # `Posted in Berita Daerah`, `Ditulis dalam Berita`: a category or two

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TagListLexicon:
        nouns = _body(data["topic_link_nouns"])
        return cls(
            _keys(data["labels"]),
            data["max_item_words"],
            data["max_items"],
            _keys(data["label_heads"]),
            _keys(data["label_words"]),
            _keys(data["bare_labels"]),
            re.compile(
                rf"^\W*(?:{_body(data['topic_link_verbs'])})\s+(?:{nouns})\s+(?:\w+\s+)?"
                rf"(?:{_body(data['topic_link_joiners'])})\s+(?P<topic>[^.!?:;]+?)"
                rf"(?:\s+(?:atau|dan|or|and)\s+(?:{nouns})(?:\s+\w+){{0,2}}?\s+(?:dari|oleh|by|from)\s+"
                rf"(?P<name>[^.!?:;]+?))?\W*$",
                re.IGNORECASE,
            ),
            re.compile(rf"^\s*(?:{'|'.join(re.escape(g) for g in data['glyph_labels'])})[\ufe0f\s]*:?\s*"),
            re.compile(rf"^\W*(?:{_body(data['entry_openers'])})\s+\S", re.IGNORECASE),
            re.compile(
                rf"^\W*(?:{_body(data['category_labels'])})\s*:?\s+(?P<items>[A-Z0-9][^.!?:;]{{0,80}}?)\W*$",
                re.IGNORECASE,
            ),
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
class AdNoticeLexicon:
    disclosure_re: re.Pattern[str]  # `Konten berikut adalah iklan ...`, `Artikel ini merupakan advertorial.`
    blocker_re: re.Pattern[str]
    blocker_request_re: re.Pattern[str]
    ad_free_re: re.Pattern[str]
    reading_re: re.Pattern[str]
    call_re: re.Pattern[str]
    max_words: int
    disclosure_max_rest: int
    disclaimer_re: re.Pattern[str]
    party_joiners: frozenset[str]
    ad_word_re: re.Pattern[str]
    forward_re: re.Pattern[str]
    sales_re: re.Pattern[str]
    contact_re: re.Pattern[str]
    sales_open_re: re.Pattern[str]  # `Pasang iklan` opening a short line
    sales_max_words: int
    countdown_re: re.Pattern[str]  # `dalam 5 detik`
    countdown_max_words: int
    control_re: re.Pattern[str]  # `Hentikan tayangan iklan ini`, `Kenapa saya melihat iklan ini?`

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AdNoticeLexicon:
        ads, copulas = _body(data["ad_phrases"]), _body(data["copulas"])
        subject = (
            rf"(?:{_body(data['forward_subjects'])})\s+(?:{_body(data['forward_words'])})"
            rf"|(?:{_body(data['self_subjects'])})\s+ini"
        )
        return cls(
            disclosure_re=re.compile(
                rf"^\W*(?:{subject})\s+(?:(?:{copulas})\s+)?(?:{ads})(?!\w)", re.IGNORECASE
            ),
            blocker_re=compile_phrases(data["blocker_words"]),
            blocker_request_re=compile_phrases(data["blocker_requests"]),
            ad_free_re=compile_phrases(data["ad_free"]),
            reading_re=compile_phrases(data["reading_words"]),
            call_re=compile_phrases(data["calls"]),
            max_words=data["max_words"],
            disclosure_max_rest=data["disclosure_max_rest"],
            disclaimer_re=compile_phrases(data["disclaimers"]),
            party_joiners=frozenset(w.casefold() for w in data["party_joiners"]),
            ad_word_re=compile_phrases(data["ad_words"]),
            forward_re=compile_phrases(data["forward_words"]),
            sales_re=compile_phrases(data["sales"]),
            contact_re=compile_phrases(data["contacts"]),
            sales_open_re=re.compile(rf"^\W*(?:{_body(data['sales'])})(?!\w)", re.IGNORECASE),
            sales_max_words=data["sales_max_words"],
            countdown_re=re.compile(
                rf"(?<!\w)(?:(?:{_body(data['countdown_words'])})\s+\d{{1,3}}\s*(?:{_body(data['countdown_units'])})?"
                rf"|\d{{1,3}}\s*(?:{_body(data['countdown_units'])})\s+lagi)(?!\w)",
                re.IGNORECASE,
            ),
            countdown_max_words=data["countdown_max_words"],
            control_re=re.compile(
                rf"^\W*(?:(?:{_body(data['ad_controls'])})\s+(?:(?:tayangan|melihat|semua|this|the)\s+)?"
                rf"(?:{_body(data['ad_words'])})(?:\s+(?:ini|itu|this))?\W*$|(?:{_body(data['ad_questions'])})(?!\w))",
                re.IGNORECASE,
            ),
        )


@dataclass(frozen=True)
class ReadMoreLexicon:
    opener_re: re.Pattern[str]
    more_words: frozenset[str]
    max_words: int
    destination_re: re.Pattern[str]  # `selengkapnya di Databoks`: a "more" word, then where, ending the line

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ReadMoreLexicon:
        more, where = _body(data["more_words"]), _body(data["destination_words"])
        return cls(
            opener_re=re.compile(rf"^\W*(?:{_body(data['verbs'])})(?!\w)", re.IGNORECASE),
            more_words=_keys(data["more_words"]),
            max_words=data["max_words"],
            destination_re=re.compile(rf"(?i:{more})\s+(?i:{where})\s+(?:[A-Z\d][\w.&-]*\s*){{1,3}}[\W]*$"),
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
    label_extra_weight: float  # the weight of a word of `label_extra_words` (no chrome cue of its own)
    label_sep_re: re.Pattern[str]  # a label up to its separator
    label_heads: frozenset[str]
    label_max_words: int
    label_min_cue: float
    bare_words: frozenset[str]  # a label with no separator holds one of these
    bare_heads: frozenset[str]  # words that are such a label alone
    bare_enders: frozenset[str]  # function words that may end such a label (`Cek Juga`)
    bare_min_words: int
    glyph_min_words: int
    question_min_words: int  # a headline this long may end with `?`
    title_label_min_cue: float
    block_label_words: frozenset[str]
    block_max_items: int
    tail_run_min_items: int
    tail_run_not_openers: frozenset[str]
    tail_re: re.Pattern[str]  # a link's tail closing a headline: `(klik)`, `» Selengkapnya`
    closing_arrow_re: re.Pattern[str]
    box_max_words: int  # a lone heading of a box of links: `Konten Terkait`, `Terpopuler Minggu Ini`
    box_nouns: frozenset[str]
    box_markers: frozenset[str]
    box_alone_markers: frozenset[str]
    box_qualifiers: frozenset[str]
    box_post_nouns: frozenset[str]  # a blog's posts, which `box_post_markers` mark (`Posting Lama`)
    box_post_markers: frozenset[str]
    box_hedges: frozenset[str]  # `mungkin`, `may`: with `box_hedge_markers` (`Kamu Mungkin Suka`)
    box_hedge_markers: frozenset[str]
    pointer_min_words: int  # a lone two-part headline pointing at its story (`..., Ini Syaratnya`)
    pointer_max_words: int
    pointer_openers: frozenset[str]
    pointer_nouns: frozenset[str]
    glued_label_re: re.Pattern[
        str
    ]  # a label run into its headline by the extractor: `Artikel sebelumnyaHarga`
    direction_words: frozenset[str]  # a label with one of these (`Berita Sebelumnya`) heads one headline
    media_label_words: frozenset[str]  # a label with one of these (`Tonton Video`) heads a dropped player
    single_link_min_words: (
        int  # one headline this long under a links label is its link, even over a paragraph
    )

    @classmethod
    def from_data(cls, data: dict[str, Any], chrome: dict[str, Any]) -> RelatedLinkLexicon:
        arrows = literal_alternation(data["arrows"])
        seps = literal_alternation(data["separators"])
        tail_seps = literal_alternation(data["tail_separators"])
        closing = literal_alternation(data["closing_arrows"])
        label_seps = literal_alternation(data["label_separators"])
        families = chrome["cues"]
        return cls(
            opener_re=re.compile(
                rf"^(?:(?:{arrows})\s*|(?:{_body(data['verbs'])})\s*(?:{seps})\s*)", re.IGNORECASE
            ),
            min_words=data["min_words"],
            min_title_share=data["min_title_share"],
            label_words=frozenset(
                w.casefold() for family in data["label_families"] for w in families[family]["words"]
            )
            | frozenset(w.casefold() for w in data["label_extra_words"]),
            label_extra_weight=data["label_extra_weight"],
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
            question_min_words=data["question_min_words"],
            title_label_min_cue=data["title_label_min_cue"],
            closing_arrow_re=re.compile(rf"\s+(?:{closing})\s*$"),
            block_label_words=frozenset(w.casefold() for w in data["block_label_words"]),
            block_max_items=data["block_max_items"],
            tail_run_min_items=data["tail_run_min_items"],
            tail_run_not_openers=frozenset(w.casefold() for w in data["tail_run_not_openers"]),
            box_max_words=data["box_max_words"],
            box_nouns=frozenset(w.casefold() for w in data["box_nouns"]),
            box_markers=frozenset(w.casefold() for w in data["box_markers"]),
            box_alone_markers=frozenset(w.casefold() for w in data["box_alone_markers"]),
            box_qualifiers=frozenset(w.casefold() for w in data["box_qualifiers"]),
            box_post_nouns=frozenset(w.casefold() for w in data["box_post_nouns"]),
            box_post_markers=frozenset(w.casefold() for w in data["box_post_markers"]),
            box_hedges=frozenset(w.casefold() for w in data["box_hedges"]),
            box_hedge_markers=frozenset(w.casefold() for w in data["box_hedge_markers"]),
            pointer_min_words=data["pointer_min_words"],
            pointer_max_words=data["pointer_max_words"],
            pointer_openers=frozenset(w.casefold() for w in data["pointer_openers"]),
            pointer_nouns=frozenset(w.casefold() for w in data["pointer_nouns"]),
            glued_label_re=re.compile(
                rf"^\W*(?i:{_body(data['glued_labels'])})(?=[A-Z0-9\"“‘'])[^\n]{{8,200}}$"
            ),
            direction_words=frozenset(w.casefold() for w in data["direction_words"]),
            media_label_words=frozenset(w.casefold() for w in data["media_label_words"]),
            single_link_min_words=data["single_link_min_words"],
            tail_re=re.compile(
                rf"(?:(?:[(\[]|\s(?:{tail_seps}))\s*(?P<cue>{_body(data['tail_cues'])})(?!\w)\s*[)\]]?"
                rf"|\s+dan\s+(?:{_body(data['tail_self_words'])})\s+(?:[^\s.]+\s+){{0,5}}?lainnya)\s*[.!]?\s*$",
                re.IGNORECASE,
            ),
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
    ad_slot_words: frozenset[str]  # `Kolom`, `Ruang`: neutral in a line with an ad word (`Kolom Iklan`)
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
    narrative_re: re.Pattern[str]  # `itu`, `tersebut`, `ribu`: a sentence telling what happened
    ad_sizes: frozenset[str]  # `300x250`
    ad_size_weight: float
    narrative_min_words: int
    headline_re: re.Pattern[str]  # `Cara`, `Tips` opening a how-to's headline

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
            ad_slot_words=frozenset(w.casefold() for w in data["ad_slot_words"]),
            clause_words=frozenset(w.casefold() for w in data["clause_words"]),
            channel_words=frozenset(w.casefold() for w in data["channel_words"]),
            credit_glyphs="".join(data["credit_glyphs"]),
            narrative_re=compile_phrases(data["narrative_words"]),
            ad_sizes=frozenset(size.casefold().replace("×", "x") for size in data["ad_sizes"]),
            headline_re=re.compile(rf"^\W*(?:{_body(data['headline_openers'])})(?!\w)", re.IGNORECASE),
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
    counter_row_split_re: re.Pattern[str]
    counter_row_words: frozenset[str]  # reactions and ratings (`Bermanfaat 8`) besides the counter words
    counter_actions: frozenset[str]  # buttons that may stand in a row with no number (`Balas · Kutip`)
    reading_time_units: frozenset[str]  # `menit`, `min`
    reaction_buttons: frozenset[str]  # `senang`, `sedih`: three or more alone on a line are a reaction row
    counter_ages: frozenset[str]  # `j`, `jam`, `mnt`, `lalu`: a comment's age in a row of its buttons
    reading_time_cues: frozenset[str]  # `baca`, `dibaca`, `read`
    reading_time_words: frozenset[str]  # `waktu`, `estimasi`, `dalam`
    navigation_lines: frozenset[str]
    navigation_section_lines: frozenset[str]
    footer_lines: frozenset[str]  # links of a site's footer, chrome in a row of them (`Redaksi | Kontak`)
    menu_items: dict[str, str]  # a menu row's items (phrase key -> `footer`, `nav` or `section`)
    chrome_label_re: re.Pattern[str]  # a label that may stand without a colon (`Baca juga`)
    chrome_colon_re: re.Pattern[str]  # any label followed by a colon (`Baca juga:`, `Foto:`)
    chrome_sentence_label_re: re.Pattern[str]  # `Label:`, `Kategori:` before a sentence: content
    glued_tag_label_re: re.Pattern[str]  # of those, the ones a paragraph's glued tail of tags may open with
    glued_label_re: re.Pattern[str]  # `labels` and `glued_labels`: a label glued after a paragraph's end
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
    end: EndCodeLexicon
    crumb: BreadcrumbLexicon
    read_more: ReadMoreLexicon
    ad_notice: AdNoticeLexicon
    related: RelatedLinkLexicon
    chrome: ChromeLineLexicon

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        share, counter, prefix = data["share_widget"], data["counter"], data["chrome_prefix"]
        suffixes = literal_alternation(counter["number_suffixes"])
        labels = compile_phrases(prefix["labels"]).pattern.removeprefix("(?<!\\w)")
        colon_labels = compile_phrases(prefix["labels_with_colon"]).pattern.removeprefix("(?<!\\w)")
        crumb = data["breadcrumb"]
        media, dates = MediaShapes.from_data(data["media"]), DateShapes.from_data(data["date"])
        separators = "|".join(
            # longest first: `>>` is one separator, not two `>` around an empty segment
            [rf"\s*{re.escape(s)}\s*" for s in sorted(crumb["separators"], key=len, reverse=True)]
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
            counter_row_split_re=re.compile(
                "|".join(rf"\s*{re.escape(s)}\s*" for s in counter["row_separators"]) or r"(?!x)x"
            ),
            counter_row_words=_keys(counter["reaction_words"]),
            counter_actions=_keys(counter["actions"]),
            reading_time_units=_keys(counter["reading_time_units"]),
            reaction_buttons=_keys(counter["reaction_buttons"]),
            counter_ages=_keys(counter["ages"]),
            reading_time_cues=_keys(counter["reading_time_cues"]),
            reading_time_words=_keys(counter["reading_time_words"]),
            navigation_lines=frozenset(line_key(w) for w in data["navigation"]["lines"]),
            navigation_section_lines=frozenset(line_key(w) for w in data["navigation"]["section_lines"]),
            footer_lines=_keys(data["navigation"]["footer_lines"]),
            menu_items={
                **{line_key(w): "section" for w in data["navigation"]["menu_sections"]},
                **{line_key(w): "nav" for w in data["navigation"]["lines"]},
                **{line_key(w): "footer" for w in data["navigation"]["footer_lines"]},
            },
            chrome_label_re=re.compile(rf"^(?:{labels})", re.IGNORECASE),
            chrome_colon_re=re.compile(rf"^(?:{labels}|{colon_labels})\s*:", re.IGNORECASE),
            chrome_sentence_label_re=re.compile(
                rf"^(?:{_body(prefix['sentence_labels'])})\s*:", re.IGNORECASE
            ),
            glued_tag_label_re=re.compile(rf"^(?:{_body(prefix['glued_tag_labels'])})\s*:", re.IGNORECASE),
            glued_label_re=re.compile(
                rf"^(?:{_body([*prefix['labels'], *prefix['glued_labels']])})(?!\w)", re.IGNORECASE
            ),
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
            marker=MediaMarkerLexicon.from_data(
                data["media_marker"], media, [*data["media"]["name_prefixes"], *data["media"]["agencies"]]
            ),
            copyright=CopyrightLexicon.from_data(data["copyright"]),
            follow=FollowCallLexicon.from_data(data["follow_call"]),
            photo=PhotoCreditLexicon.from_data(data["photo_credit"], media),
            form=CommentFormLexicon.from_data(data["comment_form"]),
            cookie=CookieLexicon.from_data(data["cookie_notice"]),
            pagination=PaginationLexicon.from_data(data["pagination"]),
            byline=BylineLexicon.from_data(data["byline"]),
            tags=TagListLexicon.from_data(data["tag_list"]),
            end=EndCodeLexicon.from_data(data["end_code"], data["media_marker"]),
            crumb=BreadcrumbLexicon.from_data(data["breadcrumb"]),
            read_more=ReadMoreLexicon.from_data(data["read_more"]),
            ad_notice=AdNoticeLexicon.from_data(data["ad_notice"]),
            related=RelatedLinkLexicon.from_data(data["related_link"], data["chrome_line"]),
            chrome=ChromeLineLexicon.from_data(data["chrome_line"]),
        )


def _next_content_line(page: Page, line: Line) -> Line | None:
    lines = page.lines
    return next(
        (lines[i] for i in range(line.index + 1, len(lines)) if lines[i].kind is not LineKind.BLANK), None
    )


def _list_goes_on(page: Page, run: list[Line]) -> bool:
    """A run taken for tags or links ends at a list item and the same list goes on below it with items
    the run did not take (`1. Melatih 27 relawan` / `2. Membangun 329 ruang kelas baru di Solo`): the
    list is the article's, and its first items are no tags or links either."""
    following = _next_content_line(page, run[-1]) if run else None
    return (
        following is not None
        and run[-1].kind is LineKind.LIST_ITEM
        and following.kind is LineKind.LIST_ITEM
        and _bullet(following) == _bullet(run[-1])
    )


def _bullet(line: Line) -> str:
    """A list item's bullet, any number standing for all (`1.` and `2.` mark the same list)."""
    mark = line.text.lstrip()[:1]
    return "0" if mark.isdigit() else mark


def _opens_section(page: Page, line: Line) -> bool:
    """True when a paragraph follows the line: it is the heading of a section."""
    following = _next_content_line(page, line)
    return following is not None and following.kind is LineKind.PARAGRAPH


def _share_line(line: Line, lex: Lexicon) -> bool:
    buttons = lex.share_anchors | lex.share_platforms
    tokens = line.key.split()
    return (
        0 < len(tokens) <= lex.share_max_words
        and any(t in buttons for t in tokens)
        and all(t in buttons or t in lex.share_words for t in tokens)
    )


_QUOTES = "\"'“”‘’«»"
# How many sentences of widget text may close a paragraph, and how long each may be.
_TAIL_MAX_SENTENCES = 3
_TAIL_MAX_WORDS = 20


def _widget_tail(page: Page, lex: Lexicon) -> dict[int, list[tuple[str, Line]]]:
    """Widget sentences glued to the end or the start of a paragraph by the extractor (`... kata dia. Bagikan
    artikel ini. Ikuti kami di Google News.`), per line index, with their kind, as lines of their own
    (offsets in the page); one sentence of the paragraph at least is left."""
    return _widget_parts(page, lex)[0]


def _mixed_lines(page: Page, lex: Lexicon) -> frozenset[int]:
    """Paragraphs that a whole-line widget rule would read as widget text from their first sentence
    (`Ikuti kami di Google News. Pedagang mengeluhkan ..., kata Ketua Asosiasi.`) but that go on with a
    sentence of content: only their widget sentences are flagged (see `_widget_tail`)."""
    return _widget_parts(page, lex)[1]


def _content_sentence(text: str, lex: Lexicon) -> bool:
    """A sentence of content between widget text: long enough, no call, and told (`kata`, `itu`), or long
    with no address to the reader (`Matikan agar kami tetap bisa menyajikan berita gratis.` has one) and
    hardly a cue word."""
    tokens = words(text)
    if len(tokens) < _CONTENT_MIN_WORDS or lex.follow.opener_re.match(text):
        return False  # short, or a call to the reader (`Yuk, gabung di Grup Telegram ..., kemudian join.`)
    if lex.chrome.narrative_re.search(text):
        return True
    # ... or a long sentence neither addressing the reader nor made of chrome's words (`Redaksi tidak
    # terkait dengan materi konten ini.` is a disclaimer)
    cues = sum(1 for t in tokens if t.casefold() in lex.chrome.weights)
    return len(tokens) >= _CONTENT_LONG_WORDS and cues <= 1 and not _VOICE_RE.search(text)


_CONTENT_MIN_WORDS = 6
_CONTENT_LONG_WORDS = 10
# A sentence ends at `.`, `!`, `?` or `…` before a space and a capital, a digit or a quote: not inside
# `Kompas.com` or `https://t.me/...`.
# Glued with no space too (`... kemarau.Kami menggunakan cookie ...`): a lower-case word's end, then a
# capitalised word.
_SENTENCE_BREAK_SPAN_RE = re.compile(
    r"[.!?…]+[\"'”’)\]]*(\s+|(?<=[a-z][.!?])(?=[A-Z][a-z]))(?=[\"'“‘(\[]?[A-Z0-9])"
)


def _sentence_spans(text: str, offset: int) -> list[tuple[int, int, str]]:
    """The sentences of a line as (start, end, text), offsets shifted by `offset`."""
    found: list[tuple[int, int, str]] = []
    start = len(text) - len(text.lstrip())
    for m in _SENTENCE_BREAK_SPAN_RE.finditer(text):
        end = m.start(1)
        if end > start:
            found.append((offset + start, offset + end, text[start:end]))
        start = m.end()
    end = len(text.rstrip())
    if end > start:
        found.append((offset + start, offset + end, text[start:end]))
    return found


_VOICE_RE = re.compile(r"(?<!\w)(?:kami|anda|kamu|kita|we|you|your|our|mu)(?!\w)", re.IGNORECASE)


def _widget_parts(page: Page, lex: Lexicon) -> tuple[dict[int, list[tuple[str, Line]]], frozenset[int]]:
    def compute() -> tuple[dict[int, list[tuple[str, Line]]], frozenset[int]]:
        found: dict[int, list[tuple[str, Line]]] = {}
        mixed: set[int] = set()
        for line in page.lines:
            if line.kind is not LineKind.PARAGRAPH:
                continue
            parts = _sentence_spans(line.text, line.start)
            if len(parts) < 2:
                continue
            tail = _widget_run(line, reversed(parts[1:][-_TAIL_MAX_SENTENCES:]), lex)
            # ... and those opening it, when the paragraph goes on after them (`Bagikan artikel ini. Harga
            # cabai naik ...`)
            head = _widget_run(line, parts[: min(_TAIL_MAX_SENTENCES, len(parts) - 1 - len(tail))], lex)
            if not (head or tail):
                continue
            if _widget_kind(line, lex):
                middle = parts[len(head) : len(parts) - len(tail)]
                if not any(_content_sentence(text, lex) for _, _, text in middle):
                    continue  # a line of widget text in whole is the rules' own
                mixed.add(line.index)
            found[line.index] = head + tail
        return found, frozenset(mixed)

    return page.memoised(("boilerplate.widget_parts", id(lex)), compute)


def _widget_run(line: Line, parts: Any, lex: Lexicon) -> list[tuple[str, Line]]:
    """The sentences of `parts` (in the order given) that are widget text, up to the first that is not."""
    run: list[tuple[str, Line]] = []
    pending: list[tuple[str, Line]] = []  # a banner's button, kept if a cookie notice comes next
    for start, end, text in parts:
        n = len(words(text))
        part = Line(line.index, start, end, text, LineKind.FRAGMENT, text, line_key(text), n)
        if not run and not pending and (part.key in lex.cookie.buttons or _button_row(part.key, lex)):
            pending.append(("cookie", part))  # `... Anda menyetujui penggunaan cookie. OK, mengerti`
            continue
        if not 2 <= n <= _TAIL_MAX_WORDS or text[0] in _QUOTES:
            break
        if lex.chrome.narrative_re.search(text):
            break  # a quote or a told sentence: `"Beri tahu saya ...," ujarnya.`
        kind = _widget_kind(part, lex)
        if not kind or (pending and kind != "cookie"):
            break
        run.extend(pending)
        pending = []
        run.append((kind, part))
    return run


_WIDGET_KINDS: tuple[tuple[str, Any], ...] = ()  # (kind, test) in order, set below the detectors


def _widget_kind(line: Line, lex: Lexicon) -> str:
    """The kind of widget a line is in whole (`share`, `follow`, `form`, `cookie`, `ad`), or ''."""
    return next((kind for kind, hit in _WIDGET_KINDS if hit(line, lex)), "")


def _tail_spans(page: Page, lex: Lexicon, kind: str) -> Iterator[Span]:
    """The widget sentences of `kind` closing paragraphs (see `_widget_tail`)."""
    for parts in _widget_tail(page, lex).values():
        for part_kind, part in parts:
            if part_kind == kind:
                yield (part.start, part.end, 1.0)


def detect_share_widgets(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines made only of share-button words.

    Flags `Sebarkan artikel ini`, `Bagikan:`, `Share: Facebook Twitter WhatsApp`, `Bagikan di: IG · FB · WA`,
    `Share: Line | Telegram | Reddit` (pipes, but no row of a table), `Tautan berhasil disalin!`;
    leaves `Bagikan Pengalaman Anda Bersama Kami` (a heading with other words) and `WhatsApp` heading
    a paragraph about WhatsApp.
    """
    buttons = lex.share_anchors | lex.share_platforms
    mixed = _mixed_lines(page, lex)
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS and not _lone_row(page, line):
            continue
        if line.key in lex.navigation_lines or line.index in mixed:
            continue  # `Link berhasil disalin`: the navigation rule's
        tokens = line.key.split()
        if (
            0 < len(tokens) <= lex.share_max_words
            and any(t in buttons for t in tokens)
            and all(t in buttons or t in lex.share_words for t in tokens)
        ):
            if len(tokens) == 1 and tokens[0] in lex.share_platforms:
                if len(tokens[0]) == 1:
                    continue  # `X` alone is a numeral or a letter as often as the platform
                before = _neighbour(page, line, -1)
                in_column = (
                    before is not None
                    and 0 < len(before.key.split()) <= lex.share_max_words
                    and all(t in buttons or t in lex.share_words for t in before.key.split())
                )
                if _opens_section(page, line) and not in_column:
                    continue  # `WhatsApp` heading a section about it, not the last of a column of buttons
            yield line_span(line)
    yield from _tail_spans(page, lex, "share")


def detect_counters(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that are one view/comment/share count: a number with at most a few counter words.

    Flags `71`, `1.245`, `1,2rb`, `Dilihat 87 kali`, `87 views`, `12 Komentar`;
    leaves a year alone on a line (`2004`), `12,5 13,1` (two numbers: a table row) and `12 Januari 2024`.
    """
    for line in page.lines:
        if (line.kind in _LOOSE_KINDS or _lone_row(page, line)) and _counter_row(line.text, lex):
            yield line_span(line)
            continue
        reactions = line.key.split()
        if line.kind in _LOOSE_KINDS and len(set(reactions)) >= 3 and set(reactions) <= lex.reaction_buttons:
            yield line_span(line)  # reaction buttons before any vote: `Senang Sedih Marah Terkejut`
            continue
        if line.kind not in _LOOSE_KINDS or len(_NUMBER_RE.findall(line.text)) != 1:
            continue
        rest = words(lex.counter_number_re.sub(" ", line.text))
        if _reading_time(rest, lex):
            yield line_span(line)  # `Dibaca 2 menit`, `Estimasi waktu baca: 5 menit`
            continue
        if len(rest) > lex.counter_max_words or any(line_key(t) not in lex.counter_words for t in rest):
            continue
        if not rest and _YEAR_RE.fullmatch(line.text.strip()):
            continue  # a year alone on a line is usually a timeline heading, not a counter
        yield line_span(line)


_COUNT_PAIR_RE = re.compile(
    r"(?:[^\W\d]+|[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*)\s*:?\s*\d[\d.,]*(?:rb|k|jt)?\s*",
    re.IGNORECASE,
)


def _reading_time(rest: list[str], lex: Lexicon) -> bool:
    """The words around one number are a reading time: a time unit, a reading word, nothing else."""
    keys = [line_key(t) for t in rest]
    if not keys or len(keys) > lex.counter_max_words:
        return False
    allowed = lex.counter_words | lex.reading_time_words | lex.reading_time_units | lex.reading_time_cues
    return (
        any(k in lex.reading_time_units for k in keys)
        and any(k in lex.reading_time_cues for k in keys)
        and all(k in allowed for k in keys)
    )


def _counter_row(text: str, lex: Lexicon) -> bool:
    """A row of counts: two segments or more split by `·`, `|`, `•` ..., each a count with at most two
    counter or reaction words (`Aktual 2 · Bermanfaat 9 · Menarik 6`, `Nilai: 12 | Dibaca: 42.565`, `203
    Suka · 4 Balasan`) or a button (`Balas · Kutip · 6 Cendol`), one count at least; or two buttons or more
    (`Balas · Suka · Laporkan`)."""
    segments = [s for s in lex.counter_row_split_re.split(text.strip().strip("|")) if s.strip()]
    if len(segments) < 2:
        # ... or pairs with no separator: `Senang 0 Sedih 2 Marah 0`
        segments = [m.group() for m in _COUNT_PAIR_RE.finditer(text)]
        if len(segments) < 2 or "".join(segments).split() != text.split():
            return False
    counts = actions = ages = 0
    for segment in segments:
        numbers = len(_NUMBER_RE.findall(segment))
        rest = [line_key(t) for t in words(lex.counter_number_re.sub(" ", segment))]
        known = all(t in lex.counter_words or t in lex.counter_row_words for t in rest)
        glyph = any(unicodedata.category(ch) == "So" for ch in segment)  # `❤️ 230`, `💬 12`
        if numbers == 1 and (0 < len(rest) <= 2 or (glyph and not rest)) and known:
            counts += 1
        elif not numbers and lex.form.notice_re.match(segment.strip()):
            continue  # a comment tool beside the count: `12 komentar · Urutkan berdasarkan: Terbaru`
        elif numbers == 1 and len(rest) <= 2 and rest and all(t in lex.counter_ages for t in rest):
            ages += 1  # a comment's age beside its buttons: `Suka · Balas · 2 j`
        elif numbers or len(rest) != 1 or rest[0] not in lex.counter_actions:
            return False
        else:
            actions += 1
    return counts > 0 or (actions > 0 and ages > 0) or actions >= 2


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
    `Rekomendasi` above a list of links, and notices about ads in any wording (see `detect_ad_notices`);
    leaves any line with more words than the label (`Beranda kami terbuka untuk umum.`) and a
    `Rekomendasi` section heading followed by its paragraph.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            if _lone_row(page, line) and (_label_row(line.text, lex) or _menu_row(line, lex)):
                yield line_span(line)  # `Redaksi | Kontak | Karir` between two paragraphs
            continue
        if (
            line.key in lex.navigation_lines
            or (line.key in lex.navigation_section_lines and not _opens_section(page, line))
            or (_ad_notice(line, lex) and line.index not in _mixed_lines(page, lex))
            or _label_row(line.text, lex)
            or _menu_row(line, lex)
        ):
            yield line_span(line)
    # an ad notice closing a paragraph: `... kata dia. Artikel ini merupakan konten bersponsor.`
    yield from _tail_spans(page, lex, "ad")


_LABEL_ROW_SPLIT_RE = re.compile(r"\s*[/|·•]\s*")
_MENU_SEP_RE = re.compile(r"[|/·•»›~]|\s[-–—]\s")
_MENU_MAX_ITEM_WORDS = 5


def _menu_row(line: Line, lex: Lexicon) -> bool:
    """A site's menu or footer row, its items run together or split by any separator: `Home Berita
    Nasional Daerah Olahraga`, `Tentang Kami - Redaksi - Kontak - Pedoman Media Siber`, `Redaksi
    Pedoman Media Siber Kontak Karir`. Every word belongs to an item (a navigation label, a footer link or
    one of `menu_sections`); three items or more when separators split them all or when two are
    navigation or footer links, four otherwise (`Teknologi Hiburan Gaya Hidup` may head a list)."""
    tokens = line.key.split()
    if not 2 <= len(tokens) <= 30 or re.search(r"\w[.!?,;:]\s*$", line.text):
        return False
    items = _run_together_labels(tokens, lex.menu_items.keys(), _MENU_MAX_ITEM_WORDS)
    if items is None:
        return False
    kinds = [lex.menu_items[item] for item in items]
    links = sum(k != "section" for k in kinds)
    split = len(_MENU_SEP_RE.findall(line.text)) >= len(kinds) - 1
    return len(kinds) >= 4 or (len(kinds) >= 3 and (split or links >= 2))


def _label_row(text: str, lex: Lexicon) -> bool:
    """A row of interface labels split by `/`, `|` or `·`, each a whole navigation label or a link of the
    site's footer: `Masuk / Daftar`, `Login | Register`, `Kebijakan Privasi | Syarat & Ketentuan`; or two
    labels or more run together when their separator was lost: `Suka Balas`, `Beranda Terbaru`."""
    parts = [line_key(p) for p in _LABEL_ROW_SPLIT_RE.split(text.strip().strip("|"))]
    labels = lex.navigation_lines | lex.footer_lines
    if len(parts) == 1:
        return len(_run_together_labels(parts[0].split(), labels) or ()) >= 2
    return all(p in labels for p in parts)


_LABEL_MAX_WORDS = 6


def _run_together_labels(
    tokens: list[str], labels: Container[str], max_words: int = _LABEL_MAX_WORDS
) -> list[str] | None:
    """The whole labels (of at most `max_words` words) that `tokens` are, run together, the longest
    first at each place; None when a word belongs to none. `Leave a Reply Cancel reply` is two labels of
    a comment form, `Home Berita Nasional` three items of a menu."""
    found: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(max_words, len(tokens) - i), 0, -1):
            label = " ".join(tokens[i : i + n])
            if label in labels:
                found.append(label)
                i += n
                break
        else:
            return None
    return found


def detect_chrome_prefixes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that open with a chrome label: related links, tag lists, bylines, photo credits.

    Flags `Baca Juga: Harga Cabai Naik Lagi`, `BACA JUGA : ...`, `Baca juga Harga Cabai Naik Lagi`,
    `Tags: ekonomi, pasar`, `Editor: Budi`, `Oleh: Andi Saputra`, `Kategori: Olahraga`,
    `Posted on 12 Juni 2024 by admin`;
    leaves `Baca buku ini pelan-pelan agar paham.`, `Foto keluarga itu dipajang di ruang tamu.` and
    `Baca juga petunjuk pada kemasan sebelum meminum obat.` (a sentence, not a linked headline).

    A label glued after a paragraph's last sentence is flagged from the label to the line's end: `... kata
    dia. Baca juga: Harga Cabai Naik Lagi`, `... ujarnya. Penulis: Andi Saputra | Editor: Budi`, `...
    pekan depan. Tags: banjir, garut`; `... dibagi tiga. Kategori: anak, remaja, dan dewasa` stays.
    """
    for line in page.lines:
        if _chrome_prefix_hit(line, lex) or (
            _lone_row(page, line)
            and line.n_words <= lex.chrome_max_words
            and lex.chrome_colon_re.match(line.text.strip(" |"))  # `Author: admin | Category: News`
        ):
            yield line_span(line)
            continue
        tail = _glued_label_tail(line, lex)
        if tail is not None:
            yield (line.start + tail, line.end, 1.0)


# Where a sentence ends inside a line (with its closing quote or bracket) and another part may begin.
_GLUE_RE = re.compile(r"[.!?…][\"'”’)\]]*(?:\s+(?=\S)|(?=[A-Z#©(]))")  # `dia.Baca juga: ...` too
# How far from a paragraph's end a glued tail may begin, in characters.
_GLUE_TAIL_CHARS = 240
_BRACKETED_RE = re.compile(r"^\(\s*(?P<inner>[^()]{2,120}?)\s*\)\W*$")


def _glued_tails(line: Line, min_before: int = 4) -> Iterator[tuple[int, str]]:
    """The parts of a paragraph after one of its sentences near its end (offset in the line, text), the
    longest first; at least `min_before` words stand before each."""
    if line.kind is not LineKind.PARAGRAPH:
        return
    text = line.text
    base = max(0, len(text) - _GLUE_TAIL_CHARS)
    for m in _GLUE_RE.finditer(text, base):
        if len(words(text[max(0, m.start() - 120) : m.start()])) >= min_before:
            yield m.end(), text[m.end() :].rstrip()


def _glued_label_tail(line: Line, lex: Lexicon) -> int | None:
    """Where a chrome label and its headline, names or tags glued after a paragraph's last sentence
    begin (see `detect_chrome_prefixes`), or None."""
    for start, tail in _glued_tails(line):
        if len(words(tail)) > lex.chrome_max_words:
            continue
        bracket = _BRACKETED_RE.match(tail)  # `(Penulis: Andi Saputra)`
        text = _LABEL_DECOR_RE.sub("", bracket.group("inner") if bracket else tail)
        tag_label = lex.glued_tag_label_re.match(text)
        if tag_label and not bracket and _tag_items(text[tag_label.end() :].strip(), lex):
            return start  # `... pekan depan. Topik Terkait: banjir garut, bpbd`
        colon = lex.chrome_colon_re.match(text) or (
            lex.glued_label_re.match(text) and re.match(r"^[^:]{1,40}:", text)
        )
        if colon:
            rest = text[colon.end() :].strip()
            if lex.chrome_sentence_label_re.match(text):
                if lex.glued_tag_label_re.match(text) and _tag_items(rest, lex):
                    return start  # `... Tags: banjir, garut`
                continue
            plain = _TRAILING_ELLIPSIS_RE.sub("", rest)  # `Baca Juga: Harga Gabah Turun...`
            if plain.endswith(".") and _title_cased(plain[:-1], 4, 0.75):
                return start  # `... Baca juga: Harga Gabah di Karawang Turun.`
            if _reads_as_headline(rest, lex) and (not plain or plain[-1:] not in ".!?"):
                return start  # `... Baca juga: Harga ...`, `... Editor: Budi Santoso`
            continue
        label = lex.glued_label_re.match(text)
        rest = text[label.end() :] if label else ""
        if label and not bracket and (not rest.strip(" :-–—|»›>.…") or _title_cased(rest, 3, 0.6, 5)):
            return start  # `... ujarnya. Baca juga Harga Cabai Naik Lagi`
    return None


def _chrome_prefix_hit(line: Line, lex: Lexicon) -> bool:
    """Whether the chrome prefix rule flags `line` (other rules leave such lines to it)."""
    if line.kind not in _LOOSE_KINDS or line.n_words > lex.chrome_max_words:
        return False
    # Decorations before the label: `⚡ Baca Juga:`, `**Baca Juga:**`, `— Baca juga:`, `📖 Baca juga`.
    text = _LABEL_DECOR_RE.sub("", line.text)
    colon = lex.chrome_colon_re.match(text)
    if colon:
        # `Label: Kemasan wajib mencantumkan tanggal kedaluwarsa.`: a sentence after a common word
        rest = text[colon.end() :].strip()
        return not (
            lex.chrome_sentence_label_re.match(text)
            and len(words(rest)) >= 4
            and ends_sentence(rest)
            and rest[:1].isupper()
        )
    label = lex.chrome_label_re.match(text)
    return bool(label and _reads_as_headline(text[label.end() :], lex))


# Symbols, dashes, stars and bullets before a chrome label (not brackets: `(Baca juga: ...)` and `[Foto]`
# are other rules' shapes).
_LABEL_DECOR_RE = re.compile(r"^[^\w(\[【]{1,6}(?=\w)")


_TRAILING_ELLIPSIS_RE = re.compile(r"\s*(?:\.{2,}|…)\s*$")


def _reads_as_headline(rest: str, lex: Lexicon) -> bool:
    """What follows a label without a colon: nothing, or a linked headline (capitalised, no full stop);
    a link's tail (`(klik)`, `» Selengkapnya`, `dan tulisan Sari Siregar lainnya.`) is not part of it.
    Symbols alone (`...`, `⬇️`, `👇`, `!`) point at links below the label."""
    rest = lex.related.tail_re.sub("", rest.strip())
    rest = _TRAILING_ELLIPSIS_RE.sub("", rest).strip(" -–—|»›>")  # `Baca juga » Harga Gabah Turun ...`
    if not rest or not any(ch.isalnum() for ch in rest):
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
    Barat`); after a label (`Anda berada di: Beranda ▸ Berita`), from a home glyph (`🏠 | Keuangan`),
    with spaced dashes, middle dots or backslashes after a home word (`Beranda - Berita - Daerah`, `Home ·
    News · Daerah`), two names in the head (`Kabar Desa » Pemerintahan`), a trail closed by its separator
    (`Beranda » Berita »`) or by the post's own title after a home word and two separators;
    leaves `Harga naik 5% / tahun` (one separator), `Jakarta - Bandung - Surabaya` (a route), `Jadwal:
    Senin/Rabu/Jumat` and `12/01/2024` (a slash without spaces joins words, not segments), long sentences
    with slashes, and the rows of a table (`Provinsi | Sekolah | Guru` over its rows).
    """
    edges = _content_edges(page, lex)
    bc = lex.crumb
    for line in page.lines:
        text, labelled = line.text.strip(), False
        label = bc.label_re.match(text)
        if label:
            text, labelled = text[label.end() :], True  # `Anda berada di: Beranda » Berita`
        glyph = _lead_glyph(text)
        if glyph and glyph in bc.home_glyphs:
            rest = text[len(glyph) :].lstrip("\ufe0f ")
            # `🏠 › Berita`, `🏠 | Keuangan | ...`: the glyph is the home segment; `🏠 Beranda » ...` has one.
            text = rest if rest[:1].isalnum() else f"{bc.home_word} {rest}"
        elif glyph and glyph not in "»›>→":
            text = text.lstrip(glyph + "\ufe0f ")
        if line.index == page.title_index and not (
            labelled or line_key(_CRUMB_HEAD_RE.split(text, maxsplit=1)[0]) in lex.breadcrumb_home_words
        ):
            continue  # a line taken for the title is a trail only when it opens with a home word
        if line.kind is LineKind.TABLE_ROW:
            if _lone_row(page, line) and _pipe_trail(text, lex, _at_edge(line, edges), sure=labelled):
                yield line_span(line)
            continue
        if (
            line.kind not in _LOOSE_KINDS
            or line.n_words > 2 * lex.breadcrumb_max_segment_words + bc.last_max_words
        ):
            continue
        if labelled and "|" in text and _pipe_trail(text, lex, True, sure=True):
            yield line_span(line)
            continue
        if _crumb_segments(text, lex, lex.breadcrumb_split_re, labelled, line.index < edges[0]) or (
            _crumb_segments(text, lex, bc.weak_split_re, labelled, False)
        ):
            yield line_span(line)


_CRUMB_HEAD_RE = re.compile(r"\s*[»›>|/▸≫‣→]\s*|\s+[-–—]\s+")


def _crumb_segments(
    text: str, lex: Lexicon, split_re: re.Pattern[str], labelled: bool, in_head: bool
) -> bool:
    """Segments of a trail split by `split_re`: short, none ending a sentence, with enough separators.

    Strong separators (`»`, `>`) need `min_separators`, or one after a home word or a label (`Beranda ›
    Otomotif`), or one between title-cased names in the page's head (`Kabar Desa » Pemerintahan`); weak
    ones (spaced dashes: `Beranda - Berita - Daerah`) need a home word or a label first."""
    segments = split_re.split(text)
    if len(segments) > 2 and not segments[-1]:
        segments.pop()  # a separator closing the trail: `Beranda » Berita » Nasional »`
    if len(segments) < 2 or not all(seg and seg[-1] not in ".!?:,;" for seg in segments):
        return False
    homed = (
        labelled
        or line_key(segments[0]) in lex.breadcrumb_home_words
        or lex.media.is_name(segments[0].strip())
    )  # a trail may open with the site's name: `Kabardesa.com > Tren`
    # After a home word and two separators the last segment may be the post's own title (`Beranda >
    # Berita > Pemkab Bogor Gelar Rapat Koordinasi Stunting`); every other segment is short.
    last_max = lex.crumb.last_max_words if homed and len(segments) >= 3 else lex.breadcrumb_max_segment_words
    if any(len(words(seg)) > lex.breadcrumb_max_segment_words for seg in segments[:-1]) or (
        len(words(segments[-1])) > last_max
    ):
        return False
    if split_re is lex.crumb.weak_split_re:
        return homed
    if homed or len(segments) - 1 >= lex.breadcrumb_min_separators:
        return True
    return (
        in_head
        and bool(lex.crumb.single_split_re.search(text))
        and all(_capitalised(t) or t.isdigit() for seg in segments for t in words(seg))
    )


def _pipe_trail(text: str, lex: Lexicon, at_edge: bool, *, sure: bool = False) -> bool:
    """Cells split by pipes that read as a breadcrumb: short, no digits, and a home word first or the
    line at the page's edge; with `sure` (after a label: `Anda berada di:`), one pipe and names with
    digits (`Kabar24`) do."""
    cells = [c.strip() for c in text.strip(" |").split("|")]
    homed = line_key(cells[0]) in lex.breadcrumb_home_words
    if len(cells) - 1 < (1 if sure or homed else lex.breadcrumb_min_separators):
        return False
    if not all(
        c
        and not (_NUMBER_RE.fullmatch(c) if sure or homed else _DIGIT_RE.search(c))
        and 0 < len(words(c)) <= lex.breadcrumb_max_cell_words
        and c[-1] not in ".!?:"
        for c in cells
    ):
        return False
    return sure or at_edge or homed


def _content_edges(page: Page, lex: Lexicon) -> tuple[int, int]:
    """The page's head end and tail start, as `Page` has them but counting only paragraphs of prose: a
    paragraph that is chrome itself (a long cookie notice, a follow call, a copyright notice) or a short
    one that does not end a sentence (a headline with a question in it: `Apa Itu Beasiswa? Ini
    Penjelasannya`) would otherwise leave the page no head at all. Computed once per page and lexicon."""

    def compute() -> tuple[int, int]:
        paragraphs = [
            ln.index
            for ln in page.lines
            if ln.kind is LineKind.PARAGRAPH
            and (ends_sentence(ln.text) or ln.n_words > _HEADLINE_MAX_WORDS)
            and not _chrome_paragraph(ln, lex)
            and not _labelled_headline(page, ln, lex)  # `pos terkait — <headline> | 16 jam lalu`
        ]
        if not paragraphs:
            return page.head_end, page.tail_start
        return paragraphs[0], paragraphs[-1] + 1

    return page.memoised(("boilerplate.content_edges", id(lex)), compute)


def _captioned_line(line: Line, lex: Lexicon) -> bool:
    """A short line closed by a photo credit that is no desk's sign-off: a caption, not the story's
    prose (`Nelayan menurunkan hasil tangkapan, Senin (2/5/2025). Suara.com/Dok/Gilang Utami.`)."""
    credits = _photo_credits(line, lex)
    if not credits:
        return False
    start, end = credits[-1]
    credit = line.text[start:end]
    return (
        not line.text[end:].strip(" .")
        and len(words(line.text[:start])) <= lex.photo.caption_max_words
        and not (lex.end.code_re.search(credit) or lex.end.closing_re.search(credit))
    )


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
        or _captioned_line(line, lex)
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
    text = _drop_asides(text, lex)  # `... | 14:05 WIB | Dibaca 1.234 kali`
    writer = lex.dateline.writer_re.search(text)
    if writer:
        name = _tokens(writer.group("name"))
        if 0 < len(name) <= lex.dateline.max_name_words and (
            all(_capitalised(t) or line_key(t) in lex.byline.honorifics for t in name)
            or (len(name) == 1 and name[0].isalnum())  # a user name: `by admin`
        ):
            text = text[: writer.start()]  # `... oleh Sari Siregar`: the stamp's writer
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


def _drop_asides(text: str, lex: Lexicon) -> str:
    """`text` without the segments that are a view count beside a stamp (`12/01/2024 · Dibaca 1.234 kali`,
    `Senin, 12 Feb 2024 | 1,2rb views`), when another segment is left (reading times are date pieces)."""
    pieces = re.split(f"({lex.dateline.split_re.pattern})", text)
    segments = pieces[0::2]
    kept = [seg for seg in segments if not lex.dateline.aside_re.fullmatch(seg)]
    if len(kept) == len(segments) or not kept:
        return text
    return " | ".join(kept)


def detect_datelines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Lines that are a publication date or time, alone or beside a site or author name.

    Flags `Kamis, 12 Januari 2024 10:15 WIB`, `12/01/2024, 10:15 WIB`, `Diperbarui 3 jam lalu`,
    `Kompas.com - 12/01/2024, 10:15 WIB`, `Senin, 15 Jan 2024 | 14:30 WIB`, `Waktu baca 3 menit`,
    `Pembaruan terakhir: 02-12-2023`, `Terakhir diperbarui pada 2 Juli 2024 oleh Sari Siregar`, and in
    the page's head or tail a bare `12 Januari 2024` (score `weak_score`);
    leaves `Rapat dimulai pukul 10.00 WIB dan berakhir siang.`, `Harga Emas Hari Ini 12 Januari 2024`,
    a bare date taken for the title, and a bare date heading a section of a timeline (`12 Januari 2024`
    before its paragraph).
    """
    edges = _content_edges(page, lex)
    for line in page.lines:
        loose = line.kind in _LOOSE_KINDS or _lone_row(page, line)  # `Senin | 14:05 WIB | 3 menit baca`
        if not loose:
            continue
        if line.n_words > 24 or len(line.text) > _SHORT_LINE_CHARS:
            for start, tail in _glued_tails(line):
                if len(words(tail)) <= 12 and _date_line_strength(tail, lex) == 2:
                    yield (line.start + start, line.end, 1.0)  # `... ujarnya. Kamis, 12/1/2024 10:15 WIB`
                    break
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
# What closes a story's dateline: a dash, or a bar some sites print (`SURYA.co.id | MALANG - `, `SEMARANG |`).
_DATELINE_END_RE = re.compile(r"\s+(?:-{1,2}|–|—|\|)\s*|\s*(?:-{1,2}|–|—)\s+|(?P<colon>:\s+)")
_PREFIX_STOP_RE = re.compile(r"[\"“”:;?!…«»|]")
_PLACE_STOP_RE = re.compile(r"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\.\s+")


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
    if len(names) > lex.story.max_name_words:
        return None
    if not all(_capitalised(t) for t in names):
        return _placed_name(marked, lex)
    if n_media or any(_site_named(part, lex) for part in marked.split(",")):
        return "media"
    if not names:
        return None
    if line_key(" ".join(names)) in lex.story.cities:
        return "city"
    if all(t.isupper() and len(t) >= 3 for t in names):
        return "caps"
    return _placed_name(marked, lex)


def _placed_name(prefix: str, lex: Lexicon) -> str | None:
    """A known place and then a name of one to three words, in brackets or not (`Bogor, Jurnal Bogor`,
    `DENPASAR, NusaBali`, `Semarang, (tvOne)`): a site of any name after its place. "city", as it
    stands only where a bare place may (the story's first paragraph)."""
    place, comma, name = prefix.partition(",")
    tokens = _tokens(name.strip().strip("()"))
    if not comma or line_key(place) not in lex.story.cities or not 1 <= len(tokens) <= 3:
        return None
    return "city" if all(any(ch.isupper() for ch in t) for t in tokens) else None


def _site_named(part: str, lex: Lexicon) -> bool:
    """A site's name by its shape: two capitalised words or more, the first or the last a word sites use
    (`Kabar Desa News`, `RADAR GARUT`, `Warga Online`)."""
    tokens = _tokens(part)
    return (
        2 <= len(tokens) <= 4
        and all(_capitalised(t) for t in tokens)
        and (tokens[0].casefold() in lex.story.site_words or tokens[-1].casefold() in lex.story.site_words)
    )


def _story_openers(page: Page, lex: Lexicon, edges: tuple[int, int]) -> set[int]:
    """The first `opening_paragraphs` paragraphs of prose from the page's head on, paragraphs other rules
    flag as a whole aside (an ad-blocker's notice may stand before the story's first paragraph)."""

    def compute() -> frozenset[int]:
        starts = [ln.start for ln in page.lines]
        whole: set[int] = set()
        for rule in RULES:
            if rule.id in (CHROME_LINE_RULE, STORY_DATELINE_RULE):
                continue
            for start, end, _score in rule.detect(page, lex):
                index = bisect.bisect_right(starts, start) - 1
                if index >= 0 and page.lines[index].start == start and end >= page.lines[index].end:
                    whole.add(index)
        return frozenset(whole)

    found: set[int] = set()
    chrome: frozenset[int] | None = None
    for line in page.lines[edges[0] :]:
        if len(found) >= lex.story.opening_paragraphs:
            break
        if line.kind is LineKind.PARAGRAPH and (
            ends_sentence(line.text) or line.n_words > _HEADLINE_MAX_WORDS
        ):
            if chrome is None:
                chrome = page.memoised(("boilerplate.whole_lines", id(lex)), compute)
            if line.index not in chrome:
                found.add(line.index)
    return found


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
    `Jakarta, Kamis (12/1/2024) (ANTARA) - `, a site and then its place (`KABARDESA.CO.ID - GARUT - `), a
    site named by its shape (`Kampus Unpad, Warta News - `, `RADAR GARUT - `); a bare place (`Jakarta - `,
    `BANDUNG - `) only in the page's first paragraph (notices other rules flag aside); a line that is only
    such a dateline (`JAKARTA, KOMPAS.com -`);
    leaves `Jakarta - Bandung kini bisa ditempuh 45 menit.` (a route), `Presiden Joko Widodo - yang
    akrab disapa Jokowi - ...`, `Sistem Pengajaran – pengisian, ...` and a site named mid-sentence.
    """
    openers = _story_openers(page, lex, _content_edges(page, lex))
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            continue
        text = line.text
        if line.kind is not LineKind.PARAGRAPH:
            whole = re.fullmatch(r"(.+?)\s*(?:-{1,2}|–|—)", text)
            if whole and _story_prefix_kind(whole.group(1), lex) == "media":
                yield line_span(line)
            continue
        for n, dash in enumerate(_DATELINE_END_RE.finditer(text[:160])):
            if n >= 2:
                break
            kind = _story_prefix_kind(text[: dash.start()], lex)
            rest = text[dash.end() :]
            if kind is None or not _opens_sentence(rest, lex.story.min_rest_words):
                continue
            if dash.group("colon") and (kind != "media" or line.index not in openers):
                # `Metrotvnews.com, Jakarta: ...` opening the story is a dateline; `Jakarta: ...` is a
                # label, and `Kompas.com: Apa rencana Anda?` further down an interviewer's question
                break
            if kind == "caps" and _spells_out(text[: dash.start()], rest):
                break  # `BNPB - Badan Nasional Penanggulangan Bencana ...`: an acronym and its expansion
            if kind != "media":
                lead = words(rest)[:2]
                if line.index not in openers or any(
                    line_key(" ".join(lead[:k])) in lex.story.cities for k in (1, 2)
                ):
                    break  # a bare place opens only a story's first paragraph; `Jakarta - Bandung` is a route
            end = dash.end()
            if kind == "media":
                # `KONTAN.CO.ID - AMBON - ...`: the site, then its place before a second dash
                after = _DATELINE_END_RE.search(text, end, min(len(text), end + 40))
                # or before a full stop (`KONTAN.CO.ID - JAKARTA. ...`)
                stop = _PLACE_STOP_RE.match(text, end)
                if (
                    after
                    and _story_prefix_kind(text[end : after.start()], lex) in ("city", "caps")
                    and _opens_sentence(text[after.end() :], lex.story.min_rest_words)
                ):
                    end = after.end()
                elif (
                    stop
                    and _story_prefix_kind(stop.group(1), lex) in ("city", "caps")
                    and _opens_sentence(text[stop.end() :], lex.story.min_rest_words)
                ):
                    end = stop.end()
            yield (line.start, line.start + end, 1.0)
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
        if line.kind in _LOOSE_KINDS and _embed_residue(line, lex):
            yield line_span(line)
            continue
        if line.kind in _LOOSE_KINDS and line.n_words <= 4 and lex.marker.channel_re.fullmatch(text.strip()):
            yield line_span(line)  # a news site's video channel over its player: `Antara TV`, `Tribun TV`
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
            if (head is None or not head.islower()) and not _abbreviates_words_before(text, m.start(), head):
                found.append(m.span())
        rl = lex.related
        for m in lex.marker.paren_link_re.finditer(text):
            # `(Baca juga: Harga Gabah Turun di Karawang)` inside a paragraph; alone on its line it is the
            # related link rule's.
            inside = bool(text[: m.start()].strip() or text[m.end() :].strip(" ."))
            if inside and _title_cased(
                m.group("headline"), rl.min_words, rl.min_title_share, rl.question_min_words
            ):
                found.append(m.span())
        for m in lex.marker.caps_re.finditer(text):
            if not any(s <= m.start() < e for s, e in found):
                found.append(m.span())
        for start, end in sorted(found):
            yield (line.start + start, line.start + end, 1.0)


def _abbreviates_words_before(text: str, start: int, head: str | None) -> bool:
    """Whether a bracketed word at `start` shortens the words just before it, as a name's abbreviation
    is introduced (`Tim Advokasi (Adv)`, `Asosiasi Desa Vokasi (ADV)`), rather than marking an ad."""
    if not head:
        return False
    before = words(text[max(0, start - 80) : start])
    short = head.casefold()
    if before and len(before[-1]) > len(short) and before[-1].casefold().startswith(short):
        return True
    named = before[-len(short) :]
    initials = "".join(w[0] for w in named).casefold()
    return len(before) >= len(short) and initials == short and all(w[0].isupper() for w in named)


_PLAYER_TIME_RE = re.compile(r"^\W*0?0:00(?::00)?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\W*$")


def _embed_residue(line: Line, lex: Lexicon) -> bool:
    """What an embedded post or player leaves as a line of its own: a TikTok sound line (`@sari.id ♬ suara
    asli - Sari`, `♬ original sound - Kabar Desa`), a forum's spoiler box (`Spoiler for Foto Lokasi:`), or a
    player's error in short sentences (`Gagal memuat video. Coba lagi.`, not `Video itu tidak bisa diputar
    di Indonesia karena hak cipta.`)."""
    mk, text = lex.marker, line.text
    if line.n_words <= mk.player_max_words * 2 and mk.sound_re.search(text):
        return True
    if _PLAYER_TIME_RE.match(text):
        return True  # a player's clock: `00:00 / 03:24`
    if line.n_words <= 30 and mk.embed_opener_re.match(text):
        return True
    if mk.spoiler_re.match(text) or mk.gallery_counter_re.match(text):
        return True
    if line.n_words > mk.player_max_words * 2 or not mk.player_re.search(text):
        return False
    return all(len(words(s)) <= mk.player_max_words for _, _, s in sentences(text))


def detect_end_codes(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Editors' initials closing a story, after its last sentence or alone on a line.

    Flags `(oca/mef)` in `... sebagai pemenang. (oca/mef)`, `[wbo/cfp]` and `(nln/end)` alone, codes with
    a number or a site (`(abc12/jpnn)`, `(ant/Kompas.com)`), a single code (`(mbk)`) ending the page's last
    paragraph or alone in its tail, and an agency alone in the head or tail (`(ANTARA)`); codes with a
    letter and a number (`(jpg/c17/tt)`) or after a colon; end markers (`(END)`, `-selesai-`, `[tamat]`);
    a reporter's name in brackets closing the last paragraph (`... kata dia. (Sari Siregar)`); an agency
    after one dash alone on the last line (`— ANTARA`); a desk's initials in capitals closing the story
    (`(ONG)`) and names in capitals parted by bars (`HENDARTYO HANGGI | ANTARA`);
    leaves `(km/jam)` inside a sentence, `inflasi naik 2,6 persen (yoy)` with no sentence end before it,
    an acronym in capitals the page uses or spells out (`Badan Pusat Statistik. (BPS)`) and a single
    code ending a paragraph mid-page.
    """
    edges = _content_edges(page, lex)
    for line in page.lines:
        if line.kind in (LineKind.BLANK, LineKind.TABLE_ROW):
            continue
        if lex.media.agency_re.fullmatch(line.text.strip()) and _at_edge(line, edges):
            yield line_span(line)  # `(ANTARA)` alone in the page's tail
            continue
        last = line.index >= edges[1] or line.index == edges[1] - 1
        m = lex.end.code_re.search(line.text) or lex.end.marker_re.search(line.text)
        if not m and last:
            m = lex.end.name_re.search(line.text)  # `(Sari Siregar)`: the reporter, closing the story
            if m and len(words(m.group("name"))) > lex.end.max_name_words:
                continue
        if not m and last:
            m = lex.end.closing_re.search(line.text)  # `(ANT)`, `(Sumber: Antara)`: a desk's sign-off
        if not m and last:
            # `(ONG)`: a desk's initials in capitals, unless the page uses or spells out that acronym
            m = _CAPS_CODE_RE.search(line.text)
            if m and _acronym_on_page(page, m.group("caps"), line.start + m.start(), lex.end.acronym_skips):
                m = None
        if not m and last:
            m = _CAPS_CREDIT_RE.search(line.text)  # `ANTARA | EKO ARI WIBOWO`: names in capitals
        if not m:
            continue
        start = m.start()
        before = line.text[:start].rstrip()
        undashed = before.rstrip("-–— ")
        if before.endswith(("-", "–", "—")) and (not undashed or undashed[-1] in ".!?"):
            # `... kata dia. - (ant)`, `-- (xyz)` alone: the dash goes with the code
            before = undashed
            start = len(before)
        if before and before[-1] not in '.!?:"”’)':
            continue
        closing = line.index >= edges[1] or (before and line.index == edges[1] - 1)
        if "codes" not in m.groupdict() or "/" in m.group("codes") or closing:
            yield (line.start + start, line.start + m.end(), 1.0)


# A desk's initials in capitals closing the story (`... kata dia. (ONG)`, Kompas's print desks).
_CAPS_CODE_RE = re.compile(r"\((?P<caps>[A-Z]{2,4})\)\.?\s*$")
# Reporters and an agency in capitals, parted by bars, closing the story (`... kata dia. HENDARTYO HANGGI
# | ANTARA`, Tempo's credit).
_CAPS_NAME = r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}"
_CAPS_CREDIT_RE = re.compile(rf"{_AFTER_STOP}{_CAPS_NAME}(?:\s?\|\s?{_CAPS_NAME}){{1,2}}\s*$")


def _acronym_on_page(page: Page, caps: str, at: int, skips: frozenset[str]) -> bool:
    """The page uses `caps` elsewhere as a word, or spells it out as capitalised words' initials, small
    words aside (`Badan Pusat Statistik` for `BPS`, `Badan Pengawas Obat dan Makanan` for `BPOM`): an
    acronym, not a desk's initials."""
    text = page.text[:at] + page.text[at + len(caps) + 2 :]
    if re.search(rf"(?<!\w){re.escape(caps)}(?!\w)", text):
        return True
    run: list[str] = []  # initials of the current run of capitalised words
    for word in WORD_RE.findall(text):
        if word[0].isupper():
            run.append(word[0])
            if "".join(run[-len(caps) :]) == caps:
                return True
        elif word.casefold() not in skips:
            run = []
    return False


def detect_copyright(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Copyright and reuse notices.

    Flags `© 2024 Kompas.com`, `Copyright © 2024 PT Kompas Cyber Media. All rights reserved.`,
    `Hak Cipta © 2024 Liputan6.com`, `Hak cipta dilindungi undang-undang.`, `PT Kompas Cyber Media. All
    Rights Reserved`, `Artikel ini telah tayang di Tribunnews.com dengan judul ...`, detik's
    `Dilarang mengambil dan/atau menayangkan ulang ...`, and a short note that the article appeared
    elsewhere first (`Tulisan ini sebelumnya dimuat di Kabar Desa.`); disclaimers (`Disclaimer: ...`,
    `Isi artikel menjadi tanggung jawab penulis sepenuhnya.`, `Sehat Kita tidak menyediakan saran medis`),
    bans on reuse (`Dilarang menyalin tanpa izin.`), a footer row with `©` (`Redaksi | Kode Etik | © 2024
    Kabar Desa`), a platform's credit after its theme (`Tema Sederhana. Diberdayakan oleh Blogger.`) and
    forum lock notices (`Thread sudah digembok`); after a paragraph's last sentence, or run into it with no
    full stop (`... saat kemarau © 2024 Kabar Desa`), only the notice;
    leaves `Undang-undang Hak Cipta melindungi karya cipta sejak diumumkan.`, `Hak cipta dilindungi oleh
    undang-undang yang berlaku sejak 2014, kata ahli hukum itu.` and `Copyright menjadi isu penting bagi
    musisi independen.`
    """
    for line in page.lines:
        glued = _glued_copyright(line, lex)
        if glued is not None:
            yield (line.start + glued, line.end, 1.0)  # `... ujarnya. © 2024 Kabar Desa`
        elif _copyright_hit(line, lex, row=_lone_row(page, line)):
            yield line_span(line)


def _glued_copyright(line: Line, lex: Lexicon) -> int | None:
    """Where a notice glued after a paragraph's sentences begins (`... ujarnya. © 2024 Kabar Desa`), when
    what stands before it is content, not a notice of its own (`Kabar Desa © 2024. Seluruh hak
    dilindungi.` is one notice in whole)."""
    if line.kind is not LineKind.PARAGRAPH or not _GLUED_COPYRIGHT_CUE_RE.search(line.text):
        return None
    for start, tail in _glued_tails(line):
        if not (_GLUED_COPYRIGHT_RE.match(tail) and _copyright_hit(_part_line(line, tail), lex)):
            continue
        head = line.text[:start].rstrip()
        if _GLUED_COPYRIGHT_CUE_RE.search(head) or len(words(head)) < _CONTENT_MIN_WORDS:
            return None if _copyright_hit(line, lex) else start
        return start
    sign = _RUN_ON_COPYRIGHT_RE.search(line.text, max(0, len(line.text) - _CREDIT_TAIL_CHARS))
    if sign and len(words(line.text[: sign.start()])) >= _CONTENT_MIN_WORDS:
        head = _part_line(line, line.text[: sign.start()])
        if _copyright_hit(_part_line(line, line.text[sign.start() :]), lex) and not _copyright_hit(head, lex):
            return sign.start()  # `... saat kemarau © 2024 Kabar Desa`
    return None


# A notice glued after a paragraph's last sentence opens with one of these.
_GLUED_COPYRIGHT_RE = re.compile(
    r"^\W*(?:©|\(c\)|copyright|hak cipta|all rights|semua hak|seluruh hak|dilarang|artikel ini|konten ini"
    r"|tulisan ini|this article|[A-Z][\w.-]*(?:\s+[\w.-]+){0,4}\s*(?:©|\(c\)))",
    re.IGNORECASE,
)
# A sign and a year run into a paragraph's end with no full stop before it: `... kemarau © 2024 Kabar Desa`.
_RUN_ON_COPYRIGHT_RE = re.compile(r"(?<=\s)(?:copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d\d(?!\d)[^©]*$", re.I)
# A cheap test before looking for a glued notice, and what makes the text before one a notice too.
_GLUED_COPYRIGHT_CUE_RE = re.compile(
    r"©|\(c\)|copyright|hak cipta|rights reserved|hak dilindungi|dilarang|telah tayang|sudah tayang", re.I
)


def _part_line(line: Line, text: str) -> Line:
    """A line of its own holding `text`, a part of `line` (to read a glued tail as a line)."""
    return dataclasses.replace(
        line, text=text, body=text, key=line_key(text), n_words=len(words(text)), kind=LineKind.FRAGMENT
    )


def _copyright_hit(line: Line, lex: Lexicon, *, row: bool = False) -> bool:
    """Whether `line` is a copyright, reuse or disclaimer notice (`row`: a table row standing alone, a
    footer's links: `Redaksi | Pedoman Siber | © 2024 Kabar Desa`)."""
    cr, text = lex.copyright, line.text
    if line.kind not in _LOOSE_KINDS and not row:
        return False
    if cr.notice_open_re.match(text) or cr.closed_re.match(text) or _disclaimer(line, lex):
        return True
    if line.n_words <= cr.credit_max_words and (
        cr.protection_re.match(text)
        or _press_badge(text, lex)
        or all(cr.protection_re.match(s) for _, _, s in sentences(text))
    ):
        # `Alert: Content is protected !!`, `Terverifikasi Dewan Pers`, and the plugin's alerts one after
        # another: `Konten ini dilindungi. Dilarang copy paste!`
        return True
    credit = cr.credit_open_re.match(text) if line.n_words <= cr.credit_max_words else None
    rest = text[credit.end() :] if credit else ""
    if (
        credit
        and not re.search(r"[:,]", rest)
        and all(
            _capitalised(t)
            or lex.media.is_name(t)
            or t.casefold() in cr.credit_joiners
            or _BRAND_RE.fullmatch(t)
            for t in _tokens(rest)
        )
    ):
        return True  # `Template by Sora Templates`, `Theme: Newsup by Themeansar`
    if (
        credit
        and cr.credit_re.search(text, credit.end())
        and len([t for t in _tokens(rest) if t.islower()]) <= 2
    ):
        return True  # `Proudly powered by WordPress`, `Template by Sora Templates`
    if line.n_words <= cr.credit_max_words and _led_credit(line, lex):
        return True  # `Tema Sederhana. Diberdayakan oleh Blogger.`
    if line.n_words > cr.max_words:
        return False
    bare = cr.bare_opener_re.match(text)
    if bare and line.n_words <= 8 and _names_only(text[bare.end() :], lex):
        return True  # `(C) Copyright Kabar Desa`
    if _notice_sentences(text, lex):
        return True  # `Hak cipta dilindungi undang-undang. Dilarang mengutip ... tanpa izin.`
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


def _led_credit(line: Line, lex: Lexicon) -> bool:
    """A platform's credit closing short sentences that name the theme (`Tema Sederhana. Diberdayakan oleh
    Blogger.`, `Theme images by Michael Elkan. Powered by Blogger.`)."""
    cr = lex.copyright
    if not cr.credit_lead_re.match(line.text):
        return False
    parts = [p for _, _, p in sentences(line.text)]
    if len(parts) < 2 or not cr.credit_re.search(parts[-1]):
        return False
    return bool(cr.credit_open_re.match(parts[-1])) and all(
        cr.credit_lead_re.match(p) and len(words(p)) <= cr.credit_lead_max_words for p in parts[:-1]
    )


def _press_badge(text: str, lex: Lexicon) -> bool:
    """A press council's badge in a footer (`Terverifikasi Dewan Pers`, `Kabar Desa telah terverifikasi
    faktual oleh Dewan Pers No: 123/DP-Verifikasi/K/II/2024`); never reported speech."""
    return bool(lex.copyright.badge_re.match(text)) and not lex.copyright.report_re.search(text)


def _notice_sentences(text: str, lex: Lexicon) -> bool:
    """Two sentences or more, each a copyright notice or a ban on reuse."""
    cr = lex.copyright
    parts = [p for _, _, p in sentences(text)]
    if len(parts) < 2:
        return False
    for part in parts:
        start, end = cr.notice_start_re.match(part), cr.notice_end_re.search(part)
        if not (
            "©" in part
            or cr.reuse_re.search(part)
            or (start and len(words(part[start.end() :])) <= 3)
            or (end and len(words(part[: end.start()])) <= 8)
        ):
            return False
    return True


def _disclaimer(line: Line, lex: Lexicon) -> bool:
    """A disclaimer: labelled (`Disclaimer: ...`), or the text or the site disowning responsibility for it
    (`Isi artikel menjadi tanggung jawab penulis sepenuhnya.`, `Konten ini menjadi tanggung jawab bloger`,
    `Kabar Desa tidak bertanggung jawab atas kerugian ...`), or declining to advise (`bukan ajakan membeli
    atau menjual`, `tidak menyediakan saran medis`); never reported speech (`..., kata Dewan Pers.`)."""
    cr, text = lex.copyright, line.text
    if line.n_words > cr.disclaimer_max_words or not cr.disclaimer_cue_re.search(text):
        return False
    if cr.disclaimer_label_re.match(text):
        return True
    if cr.report_re.search(text):
        return False
    if cr.reuse_re.search(text):
        return True  # `Dilarang keras menyalin sebagian atau seluruh isi artikel ini tanpa izin.`
    own = bool(
        cr.self_ref_re.search(text)
        or lex.media.name_re.search(text)
        or _brand(text, lex)
        or (line.n_words <= 12 and cr.contents_re.search(text) and "yang" not in line.key.split())
    )
    if cr.responsibility_re.search(text) and own and cr.party_re.search(text):
        return True
    return bool(cr.advice_re.search(text) and (own or cr.advice_self_re.match(text)))


# A brand written in camel case (`KabarDesa`, `detikJabar`), which only a site's or an app's name is.
_BRAND_RE = re.compile(r"(?<![\w.@#])[A-Z]?[a-z]+(?:[A-Z][a-z0-9]+)+(?![\w@])")


def _brand(text: str, lex: Lexicon) -> bool:
    """A camel-case brand in `text`, a social platform's name (`WhatsApp`, `YouTube`) aside."""
    return any(m.group().casefold() not in lex.share_platforms for m in _BRAND_RE.finditer(text))


def _names_only(text: str, lex: Lexicon) -> bool:
    """Whether `text` holds only capitalised words and site names (`PT Kompas Cyber Media`)."""
    return all(_capitalised(t) or t.isdigit() or lex.media.is_name(t) for t in _tokens(text))


def detect_follow_calls(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Calls to follow the site, install its app or subscribe to its news.

    Flags `Ikuti kami di Google News`, `Simak berita lainnya di Google News`, `Yuk, gabung channel
    WhatsApp Kompas.com`, `Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.`,
    `Download aplikasi Liputan6.com untuk akses berita lebih cepat`, `Follow Instagram @detikcom`,
    `Dapatkan rangkuman berita harian langsung di kotak masuk Anda.`, `Berlangganan gratis`, `Bunda, yuk
    ikuti BundaKita di TikTok`, `Kirim tulisanmu ke Kabar Desa`, a call closing a short line (`Jangan
    lewatkan berita terbaru, ikuti kami di Google News`, `Ingin belajar lebih seru? Daftar Kelas Pintar
    sekarang!`);
    leaves `Unduh aplikasi Gojek di Play Store, lalu daftarkan nomor ponsel Anda.` (a how-to step),
    `Simak Daftar Aplikasi Berita Terbaik untuk Android` (a heading about apps), `Ikuti langkah berikut
    untuk mengganti kata sandi.` and `Simak juga: ...` (a chrome prefix).
    """
    mixed = _mixed_lines(page, lex)
    for line in page.lines:
        if line.index not in mixed and _follow_call_hit(line, lex):
            yield line_span(line)
    yield from _tail_spans(page, lex, "follow")


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPEECH_RE = re.compile(r"(?<!\w)(?:kata|ujar|ujarnya|katanya|tuturnya|ungkapnya|said)(?!\w)", re.IGNORECASE)


def _signup_notice(line: Line, lex: Lexicon) -> bool:
    """A newsletter form's notice: a subscription word and a form notice in a short line, the site or the
    reader addressed (or at most `signup_short_words`): `Terima kasih telah berlangganan!`, `Alamat email
    tidak valid`, `Kami tidak akan mengirim spam.`, `Anda bisa berhenti berlangganan kapan saja.`"""
    fc, text = lex.follow, line.text
    if line.n_words > fc.signup_max_words or _SPEECH_RE.search(text):
        return False
    return bool(
        fc.signup_re.search(text)
        and fc.signup_notice_re.search(text)
        and (line.n_words <= fc.signup_short_words or fc.signup_voice_re.search(text))
    )


def _named_call(text: str, fc: FollowCallLexicon) -> bool:
    """A call naming the site by a capitalised name no lexicon knows: the news and the name closing the line
    (`Dapatkan update berita pilihan setiap hari dari Kabar Desa.`), or a channel or an app before the name
    (`Yuk, gabung channel WhatsApp Kabar Desa`, `Download aplikasi Kabar Desa untuk akses berita`); not a
    statement after the verb (`Berlangganan listrik prabayar kini bisa melalui aplikasi PLN Mobile.`)."""
    opener = fc.opener_re.match(text)
    rest = text[opener.end() :] if opener else text
    if fc.statement_re.search(rest):
        return False  # a statement
    # In a headline any word may be a name (`Simak Daftar Aplikasi Berita Terbaik untuk Android`): a
    # capitalised channel word counts only before a name closing the line.
    brand = fc.channel_brand_re.search(text)
    after = line_key(text[brand.end() :]).split() if brand else []
    if brand and brand.group()[0].isupper() and not all(t in fc.call_words for t in after):
        brand = None
    return bool(
        (fc.news_re.search(text) and fc.site_end_re.search(text))
        or (brand and (fc.social_re.search(text) or fc.news_re.search(text)))
    )


def _follow_call_hit(line: Line, lex: Lexicon) -> bool:
    fc, text = lex.follow, line.text
    if line.kind not in _LOOSE_KINDS or line.n_words > fc.max_words:
        return False
    if fc.badge_re.match(text):
        return True  # an app store's badge: `Dapatkan di Google Play`
    if _signup_notice(line, lex) or fc.contribute_line_re.match(text):
        return True  # `Terima kasih telah berlangganan!`, `Kirim Tulisan`
    if (
        line.n_words <= fc.call_max_words
        and fc.news_re.search(text)
        and fc.delivery_re.search(text)
        and (fc.generic_channel_re.search(text) or fc.channel_re.search(text))
        and fc.signup_voice_re.search(text)
        and not lex.chrome.narrative_re.search(text)
    ):
        return True  # `Berita terbaru langsung ke WhatsApp kamu`
    if fc.contribute_re.match(text) and line.n_words <= fc.short_call_words:
        return True  # `Kirim tulisanmu ke Kabar Desa lewat laman Kirim Tulisan.`
    if not fc.opener_re.match(text):
        # A short line whose last sentence is the call: `Ingin belajar lebih seru? Daftar Kelas Pintar
        # sekarang!`
        last = re.split(r"(?<=[.!?])\s+", text.strip())[-1] if line.n_words <= fc.short_call_words else ""
        clause = re.split(r"[,;]\s+", last)[-1]
        if last and fc.opener_re.match(last) and fc.urgent_re.search(last):
            text = last
        elif (
            last
            and "?" in text[: text.rfind(last)]
            and fc.contribute_open_re.match(last)
            and (_EMAIL_RE.search(last) or _HANDLE_RE.search(last) or _NUMBER_RE.search(last))
        ):
            return True  # `Punya info menarik? Kirimkan ke email redaksi@kabardesa.id`
        elif clause and fc.opener_re.match(clause) and clause is not last:
            # `Jangan lewatkan berita terbaru, ikuti kami di Google News`: the call closes the line
            channel = fc.channel_re.search(clause)
            clause_tokens = line_key(clause).split()
            if len(clause_tokens) <= fc.call_max_words and all(t in fc.call_words for t in clause_tokens):
                return True  # `Semoga bermanfaat, jangan lupa share ya!`
            return bool(
                (fc.own_re.search(clause) and (channel or fc.generic_channel_re.search(clause)))
                or (channel and fc.news_re.search(clause))
                or lex.media.name_re.search(clause)
                or _HANDLE_RE.search(clause)
            )
        else:
            return False
    if _chrome_prefix_hit(line, lex) or _read_more_hit(line, lex):
        return False
    tokens = line.key.split()
    if len(tokens) <= fc.call_max_words and all(t in fc.call_words for t in tokens):
        return True  # `Jangan lupa subscribe, like, dan share!`
    channel = fc.channel_re.search(text)
    generic = fc.generic_channel_re.search(text)
    news = fc.news_re.search(text)
    calls = {m.casefold() for m in fc.verb_re.findall(text)}
    return bool(
        lex.media.name_re.search(text)
        or (_brand(text, lex) and fc.social_re.search(text))  # `yuk ikuti KabarDesa di Instagram`
        or _HANDLE_RE.search(text)
        or (fc.own_re.search(text) and (channel or generic))
        or (channel and news)
        or (news and fc.only_re.search(text))  # `Pantau terus berita terbaru hanya di Kabar Desa`
        # `Baca berita Kabar Desa lebih cepat lewat aplikasi, unduh sekarang`: a call to install and
        # another call, an app, the news
        or (generic and news and fc.install_re.search(text) and len(calls) >= 2)
        # the site naming itself with no media name known: `Dapatkan update berita pilihan setiap hari dari
        # Kabar Desa.`, `Yuk, gabung channel WhatsApp Kabar Desa`, `Download aplikasi Kabar Desa untuk akses
        # berita lebih cepat.`
        or (_named_call(text, fc) and (news or fc.social_re.search(text) or fc.install_re.search(text)))
        # `Baca berita lebih cepat di aplikasi`: the news read in the site's app, a short line
        or (
            news
            and fc.app_place_re.search(text)
            and line.n_words <= fc.call_max_words
            and not text.rstrip().endswith(".")
        )
        # `Daftar Kelas Pintar sekarang!`: a short urgent call naming something (a capitalised name)
        or (
            fc.urgent_re.search(text)
            and len(words(text)) <= 8
            and any(_capitalised(w) for w in words(text)[1:])
        )
    )


def _slash_credit(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """A credit of slash-joined parts closing a caption (after its last sentence) or alone on a line:
    a site or a source, then parts with a photographer's name of two words or more, and perhaps an
    editor's code (`Tempo/Sari Siregar/abc.`, `Kabar Desa/Dok/Ahmad Naufal`)."""
    m = lex.photo.slash_credit_re.search(text, max(0, len(text) - _CREDIT_TAIL_CHARS))
    if not m:
        return None
    parts = [p.strip() for p in m.group("credit").split("/")]
    site = lex.media.is_name(parts[0]) and "." in parts[0]  # `tirto.id/Dadang`: a site and one name
    if not site and not _holds_full_name(parts[1:]):
        return None
    return m.start("open") if m.group("open") else m.start("credit"), len(text)


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
    tail = max(0, len(text) - _CREDIT_TAIL_CHARS)
    for m in (pc.handle_credit_re.search(text, tail), pc.stock_credit_re.search(text, tail)):
        if m and not any(s <= m.start() < e for s, e in found):
            found.append(m.span())
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


def _short_captioned(before: str, credit: str, lex: Lexicon) -> bool:
    """One short sentence under a photographer's credit (`Warga antre di loket. (Sari Siregar/Jawa Pos)`,
    `Petani memanen padi. - Bisnis/Tri Sihombing`): a caption, for no desk signs off with a full name
    after a slash, and no story ends with one short sentence."""
    if len(words(before)) > lex.photo.short_caption_words or len(list(sentences(before))) != 1:
        return False
    parts = [p.strip(" ()[]-–—.") for p in credit.split("/")]
    return len(parts) >= 2 and _holds_full_name(parts)


def _holds_full_name(parts: list[str]) -> bool:
    """One of a credit's parts is a person's full name: two capitalised words or more."""
    return any(len(p.split()) >= 2 and all(_capitalised(w) for w in p.split()) for p in parts)


# What a story's last sentence ends with before a desk's sign-off (`... kata dia. (jpnn/fat)`).
_STORY_END_CHARS = frozenset(".!?\"”’'")


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
    `Foto: ANTARA/...` at a line's start (the chrome prefix rule's), and the story's last paragraph
    before a desk's sign-off (`... dua minggu ke depan. (jpnn/fat)`: only the sign-off goes).
    """
    pc = lex.photo
    edges = _content_edges(page, lex)
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS:
            continue
        text = line.text
        if line.index == page.title_index:
            # A caption taken for the title: a sentence closed by a credit in brackets (`Warga antre di
            # loket. (Foto: Sari Siregar)`) or by a stock site's (`Ilustrasi sawah./Pixabay/sari`); a
            # headline never ends with one.
            credits = _photo_credits(line, lex)
            start, end = credits[-1] if credits else (0, 0)
            if pc.stock_credit_re.search(text) or (
                credits
                and text[start] in "(["
                and not text[end:].strip(" .")
                and text[:start].rstrip()[-1:] in (".", "!")
            ):
                yield line_span(line)
            continue
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
            # A desk's sign-off closing a story (`... kata dia. (jpnn/fat)`, `(Sumber: Antara)` after the
            # last paragraph) looks like a credit, but what stands before it is the story's last
            # paragraph, not a caption: only the sign-off goes (the end code rule's). A story's
            # paragraph ends its sentence; a caption may not (`Petani memanen padi (Dok. ITS)`), and one
            # opening with `Ilustrasi` and a word of its own is a caption wherever it stands.
            caption = caption or (line.n_words <= pc.caption_max_words and pc.caption_lead_re.match(text))
            sign_off = (
                text[:start].rstrip()[-1:] in _STORY_END_CHARS
                and not _short_captioned(text[:start], text[start:end], lex)
                and (
                    lex.end.code_re.search(text[start:end])
                    or (line.index >= edges[1] - 1 and lex.end.closing_re.search(text[start:end]))
                )
            )
            if caption or (
                not sign_off
                and not text[end:].strip(" .")
                and len(words(text[:start])) <= pc.caption_max_words
            ):
                yield line_span(line)
                continue
            for start, end in credits:
                yield (line.start + start, line.start + end, 1.0)
        elif caption or (
            # `Tangkapan layar video viral warga Garut`: a caption in sentence case, no sentence end (a
            # heading is title-cased: `Ilustrasi Desain untuk Pemula`)
            line.n_words <= 12 and pc.caption_lead_re.match(text) and text.rstrip()[-1:] not in ".!?"
        ):
            yield line_span(line)


_FORM_COUNT_RE = re.compile(r"[(\[]\s*\d[\d.,]*\s*[)\]]")


def _form_line(line: Line, lex: Lexicon) -> bool:
    """A line of a comment form by itself: a notice, a button or a field marked as required."""
    form = lex.form
    if form.notice_re.match(line.text) or line.key in form.lines or form.field_re.match(line.text):
        return True
    if len(_run_together_labels(line.key.split(), form.lines) or ()) >= 2:
        return True  # its labels run together: `Leave a Reply Cancel reply`
    counted = _FORM_COUNT_RE.search(line.text)
    if counted and line_key(_FORM_COUNT_RE.sub(" ", line.text)) in form.lines:
        return True  # a form line with its count: `Responses (2)`, `Tampilkan Komentar (5)`
    if form.count_title_re.match(line.text):
        return True  # `2 Responses to "Harga Cabai Naik"`, `3 tanggapan untuk “...”`
    if line.n_words > form.phrase_max_words:
        return False
    text = line.text
    if form.phrase_re.search(text) and form.comment_re.search(text) and form.page_re.search(text):
        return True  # `Kolom komentar dinonaktifkan untuk artikel ini.`
    if _comment_section_line(line, lex):
        return True
    commenting = "komentar" in line.key or "comment" in line.key
    if commenting and line.n_words <= 7 and _NUMBER_RE.search(text) and form.page_re.search(text):
        return True  # `Ada 5 komentar untuk artikel ini`
    if commenting and not _title_cased(text, 3, 0.7):  # a headline about comments is content
        if line.n_words <= 4 and form.phrase_re.search(text):
            return True  # `Kolom komentar dinonaktifkan`, `Komentar ditutup`
        if form.etiquette_open_re.match(text) and form.etiquette_re.search(text):
            return True  # `Gunakan bahasa yang santun dalam berkomentar.`
    # Several notices on one line: `Belum ada komentar. Jadilah yang pertama berkomentar!`
    found = sentences(line.text)
    return len(found) > 1 and all(form.notice_re.match(s) or line_key(s) in form.lines for _, _, s in found)


_CLAUSE_SPLIT_RE = re.compile(r"[,;]\s*|(?<=[.!?])\s+")


def _comment_section_line(line: Line, lex: Lexicon) -> bool:
    """A line of a comment section in any wording (families in `[comment_form]`): a tool over the comments
    (`Tampilkan 5 balasan`), a prompt to write (`Tambahkan komentar...`), the fate of comments (`Komentar
    Anda akan dimoderasi sebelum ditampilkan.`), a reply's header (`Dibalas oleh Admin`), a commenter and
    the comment's age (`Budi_Santoso 5 menit yang lalu`), a call to log in (`Masuk untuk ikut
    berdiskusi`), a call to write in the comment section (`Tulis pendapatmu di kolom komentar ya!`), the
    reader's opinion asked about the page (`Apa pendapatmu tentang berita ini?`)."""
    form, text = lex.form, line.text
    if any(p.match(text) for p in form.section_res):
        return True
    if line.n_words <= form.login_max_words and form.login_re.match(text):
        return True
    if (
        form.place_re.search(text)
        and form.comment_re.search(text)
        and any(form.place_call_re.match(s) for s in _CLAUSE_SPLIT_RE.split(text))
    ):
        return True
    return bool(
        text.rstrip().endswith("?")
        and line.n_words <= form.login_max_words
        and form.opinion_re.search(text)
        and form.page_re.search(text)
    )


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
    mixed = _mixed_lines(page, lex)
    for line in page.lines:
        if line.kind not in (*_LOOSE_KINDS, LineKind.LIST_ITEM) or line.key in lex.navigation_lines:
            continue
        if line.index in mixed:
            continue
        if _form_line(line, lex) or (
            line.key in form.fields
            and any(_form_line(ln, lex) or ln.key in lex.navigation_lines for ln in _neighbours(page, line))
        ):
            yield line_span(line)
    yield from _tail_spans(page, lex, "form")


def _cookie_line(line: Line, lex: Lexicon) -> bool:
    """A cookie notice: the site speaking of its cookies (`Situs ini menggunakan cookie ...`, `Untuk
    meningkatkan pengalaman membaca, kami menggunakan cookie.`, `... mengenai cookie dapat dibaca di
    Kebijakan Privasi kami.`), the reader's consent to them (`Dengan mengklik "Terima", Anda menyetujui
    penyimpanan cookie ...`), or a short label or link of the banner (`Kebijakan Cookie`, `Hanya Cookie yang
    Diperlukan`); not a recipe's `Kami menggunakan cokelat Belgia untuk cookies ini.`"""
    ck, text = lex.cookie, line.text
    if _banner_title_with_buttons(text, lex) or _cookie_toggle_row(line.key, lex):
        return True  # `Preferensi privasi Anda: Terima semua Kelola pilihan`, `Cookie analitik nonaktif`
    if not ck.cookie_re.search(text):
        return _site_notice(line, lex)
    tokens = line_key(ck.credit_re.sub("", text)).split()  # `Cookie settings powered by ConsentKu`
    if 0 < len(tokens) <= 7 and all(t in ck.words or t in ck.ui_words for t in tokens):
        return True  # `Kebijakan Cookie`, `Klik di sini untuk mengatur cookie`, `Tutup banner cookie`
    if _cookie_kind_row(tokens, lex):
        return True  # `Cookie Fungsional Cookie Analitik Cookie Iklan`
    if (
        0 < len(tokens) <= 5
        and any(t in ck.ui_words for t in tokens)
        and all(t in ck.words or t in ck.ui_words or t in ck.kind_words for t in tokens)
    ):
        return True  # `Terima Cookie Analitik`
    if line.n_words > ck.max_words:
        return False
    notice = ck.notice_re.search(text)
    interjection = _INTERJECTION_RE.match(text)  # `Psst... situs ini pakai cookie`, `Halo! Kami ...`
    if (ck.opener_re.match(text) or (interjection and ck.opener_re.match(text[interjection.end() :]))) and (
        notice or ck.context_re.search(text) or ck.use_re.search(text)
    ):
        return True
    if ck.pointer_re.search(text) and ck.policy_end_re.search(text):
        return True  # `To find out more, including how to control cookies, see here: Cookie Policy`
    # The other shapes only when the first sentence names cookies: a paragraph that closes with a notice is
    # the paragraph's (its last sentence is flagged alone, see `_widget_tail`).
    parts = sentences(text) if text.strip() else []
    first = parts[0][2] if parts else text
    if not ck.cookie_re.search(first):
        return False
    button = parts[-1][2] if len(parts) >= 2 else ""
    if button and "?" not in button and _consent_button(line_key(button), lex):
        # the notice with its button run on after it: `Website resmi Pemkab menggunakan cookies untuk
        # keperluan statistik kunjungan. Lanjutkan`
        notice_text = text[: parts[-1][0]]
        if any(p.search(notice_text) for p in (ck.use_verb_re, ck.notice_re, ck.consent_re)) and not (
            lex.copyright.report_re.search(notice_text)
        ):
            return True
    addressed = ck.addressee_re.search(text)
    own = ck.own_re.search(text) or ck.page_re.search(text)
    if ck.subject_re.match(text) and own:
        return True  # `Cookie digunakan untuk meningkatkan pengalaman Anda di situs ini.`
    if (
        addressed
        and ck.control_re.search(text)
        and (own or ck.any_time_re.search(text) or ck.context_re.search(text))
    ):
        # `Anda dapat mengubah pengaturan cookie kapan saja.`, `Untuk pengalaman terbaik, aktifkan cookie di
        # browser Anda.`
        return True
    return bool(
        ck.use_re.search(text)
        or (notice and ck.own_re.search(text))
        or (addressed and ck.consent_re.search(text))
        # a site's name speaking: `Kabar Desa menggunakan cookie untuk menyajikan iklan yang relevan bagi
        # Anda.`
        or (
            addressed
            and (notice or ck.context_re.search(text))
            and ck.name_use_re.match(text)
            and not lex.copyright.report_re.search(text)
        )
    )


_INTERJECTION_RE = re.compile(r"^\W*\w{1,6}(?:\.{2,}|…|!|,)\s+")


def _banner_line(line: Line, lex: Lexicon) -> bool:
    """A short line of a banner with no cookie word, next to its notice: a pointer to the site's terms
    (`Informasi lebih lanjut tersedia di halaman Kebijakan Privasi.`, `Read our Privacy Policy to learn
    more.`)."""
    ck = lex.cookie
    return (
        line.n_words <= ck.banner_max_words
        and bool(ck.terms_re.search(line.text) or ck.privacy_re.search(line.text))
        and bool(ck.pointer_re.search(line.text))
        and not lex.copyright.report_re.search(line.text)
    )


def _banner_title(line: Line, lex: Lexicon) -> bool:
    """A banner's title next to its notice: a few words naming privacy, consent or cookies, no sentence
    (`Preferensi privasi Anda`, `Persetujuan Cookie`, `Your privacy choices`)."""
    ck = lex.cookie
    return (
        line.n_words <= ck.banner_title_max_words
        and not ends_sentence(line.text)
        and bool(ck.notice_re.search(line.text) or ck.cookie_re.search(line.text))
    )


def _cookie_panel_line(line: Line, lex: Lexicon) -> bool:
    """A line of a banner's settings panel next to its notice: the cookie word with the reader, the site or a
    kind of cookies (`Cookie ini akan disimpan di browser Anda hanya dengan persetujuan Anda.`, `Necessary
    cookies are absolutely essential for the website to function properly.`)."""
    ck, text = lex.cookie, line.text
    if line.n_words > ck.max_words or not ck.cookie_re.search(text) or lex.copyright.report_re.search(text):
        return False
    return bool(
        ck.addressee_re.search(text)
        or ck.own_re.search(text)
        or ck.page_re.search(text)
        or any(t in ck.kind_words for t in line.key.split())
    )


def _button_row(key: str, lex: Lexicon) -> bool:
    """A row of a consent banner's buttons on one line: `Terima Tolak`, `Setuju | Pengaturan`, `Accept all
    Reject all`."""
    ck = lex.cookie
    tokens = key.split()
    return (
        2 <= len(tokens) <= 6
        and any(t in ck.accept_buttons for t in tokens)
        and any(t in ck.other_buttons for t in tokens)
        and all(t in ck.accept_buttons or t in ck.other_buttons or t in ck.button_row_words for t in tokens)
    )


_BUTTON_BAR_RE = re.compile(r"\s*[|/·•]\s*")


def _button_bar(text: str, lex: Lexicon) -> bool:
    """A banner's buttons set apart by bars or slashes: `Izinkan semua | Hanya yang diperlukan`, `Setuju /
    Kelola preferensi` (not `Ya | Tidak`, which accepts nothing)."""
    ck = lex.cookie
    parts = [line_key(part) for part in _BUTTON_BAR_RE.split(text.strip())]
    return (
        len(parts) >= 2
        and all(p in ck.buttons or p in ck.standalone_lines for p in parts)
        and any(p in ck.standalone_lines or any(t in ck.accept_buttons for t in p.split()) for p in parts)
    )


def _cookie_kind_label(line: Line, lex: Lexicon) -> bool:
    """A short line naming a kind of cookies in a banner's settings: `Cookie Analitik`, `Strictly Necessary
    Cookies` (flagged next to the banner's other lines only)."""
    return _cookie_kind(line.key.split(), lex)


def _cookie_toggle_row(key: str, lex: Lexicon) -> bool:
    """A kind of cookies with the state of its toggle: `Cookie yang diperlukan selalu aktif`, `Analytics
    cookies Off` (a settings row no text writes); with a state of `bare_toggle_states`, the kind alone
    (`Necessary Always Enabled`, `Analytics Disabled`)."""
    ck = lex.cookie
    for state in ck.toggle_states:
        if not key.endswith(f" {state}"):
            continue
        kind = key[: -len(state) - 1].split()
        if _cookie_kind(kind, lex) or (
            state in ck.bare_toggle_states and 0 < len(kind) <= 2 and all(t in ck.kind_words for t in kind)
        ):
            return True
    return False


def _banner_title_with_buttons(text: str, lex: Lexicon) -> bool:
    """A banner's title and its buttons on one line, split by a colon: `Preferensi privasi Anda: Terima
    semua Kelola pilihan`, `Cookie Consent: Accept | Reject`."""
    ck = lex.cookie
    title, colon, buttons = text.partition(":")
    if not colon or not buttons.strip() or len(title.split()) > ck.banner_title_max_words:
        return False
    if not (ck.notice_re.search(title) or ck.cookie_re.search(title) or ck.privacy_re.search(title)):
        return False
    key = line_key(buttons)
    # One button alone must accept (`Privasi: Tidak` answers a question).
    one_button = key in ck.buttons and any(t in ck.accept_buttons for t in key.split())
    return one_button or key in ck.standalone_lines or _button_row(key, lex) or _button_bar(buttons, lex)


def _consent_button(key: str, lex: Lexicon) -> bool:
    """A banner's button or row of buttons: `Lanjutkan`, `Terima Tolak`, `OK, mengerti`."""
    return key in lex.cookie.buttons or key in lex.cookie.standalone_lines or _button_row(key, lex)


def _cookie_kind_row(tokens: list[str], lex: Lexicon) -> bool:
    """The kinds of a banner's settings run together, each after its cookie word: `Cookie Fungsional Cookie
    Analitik Cookie Iklan`, `Analytics Cookies Marketing Cookies`. Only those words: a joining word makes
    a heading (`Cookie Analitik dan Cookie Fungsional`)."""
    ck = lex.cookie
    return (
        len(tokens) <= 10
        and sum(t in ck.words for t in tokens) >= 2
        and sum(t in ck.kind_words for t in tokens) >= 2
        and all(t in ck.words or t in ck.kind_words for t in tokens)
    )


def _cookie_kind(tokens: list[str], lex: Lexicon) -> bool:
    ck = lex.cookie
    return (
        0 < len(tokens) <= 4
        and any(t in ck.words for t in tokens)
        and any(t in ck.kind_words for t in tokens)
        and all(t in ck.words or t in ck.ui_words or t in ck.kind_words for t in tokens)
    )


def _site_notice(line: Line, lex: Lexicon) -> bool:
    """A notice of the site's own without a cookie word, in the site's voice or addressing the reader: a
    browser requirement (`Situs ini memerlukan JavaScript untuk berfungsi dengan baik.`, `Browser Anda
    tidak mendukung video ini`), a push-notification prompt (`Kami ingin menampilkan notifikasi ...`), or
    consent to the terms (`Dengan mengakses situs ini, Anda setuju dengan Syarat & Ketentuan ...`)."""
    ck, text = lex.cookie, line.text
    if line.key in ck.standalone_lines or _button_row(line.key, lex) or _button_bar(text, lex):
        return True  # `Terima Semua`, `Anda sedang offline`, `Terima Tolak`, `Izinkan semua | Tolak`
    if line.n_words > ck.notice_max_words:
        return False
    addressed = ck.addressee_re.search(text)
    if ck.purpose_re.search(text) and (
        addressed or ck.own_re.search(text) or text.rstrip()[-1:] not in ".!?"
    ):
        return True  # a consent banner's purposes: `Menyimpan dan/atau mengakses informasi di perangkat`
    if ck.manager_re.search(text):
        return True  # `Penyimpanan atau akses teknis yang digunakan secara eksklusif untuk tujuan statistik.`
    if addressed and ck.control_re.search(text):
        if ck.tracking_re.search(text) and ck.page_re.search(text):
            # `Jika Anda menolak, informasi Anda tidak akan dilacak saat Anda mengunjungi situs web ini.`
            return True
        if (
            ck.any_time_re.search(text)
            and ck.layout_re.search(text)
            and (ck.privacy_re.search(text) or ck.terms_re.search(text) or ck.notice_re.search(text))
        ):
            # `Anda dapat mengubah pilihan kapan saja dengan mengklik tautan "Pengaturan Privasi" di bagian
            # bawah halaman.`
            return True
    if (
        line.n_words <= ck.banner_max_words
        and ck.pointer_open_re.match(text)
        and ck.own_re.search(text)
        and ck.terms_re.search(text)
        and not lex.copyright.report_re.search(text)
    ):
        return True  # `Baca Kebijakan Privasi kami untuk informasi lebih lanjut.`
    if text.rstrip().endswith(":") and ck.consent_ask_re.search(text) and ck.privacy_re.search(text):
        return True  # `Kabar Desa meminta izin Anda untuk menggunakan data pribadi Anda untuk:`
    if (
        line.n_words <= ck.continue_max_words
        and ck.continue_re.match(text)
        and ck.reader_re.search(text)
        and (ck.agree_re.search(text) or ck.consent_re.search(text))
        and not lex.copyright.report_re.search(text)
    ):
        return True  # `Dengan melanjutkan, Anda setuju.`, `By continuing, you agree to their use.`
    if (
        line.n_words <= ck.prompt_max_words
        and not text.rstrip().endswith(".")
        and ck.prompt_re.match(text)
        and ck.push_re.search(text)
        and ck.prompt_news_re.search(text)
    ):
        return True  # `Dapatkan notifikasi berita terbaru`, `Aktifkan pemberitahuan`
    if ck.tech_open_re.match(text) and ck.need_re.search(text) and ck.page_re.search(text):
        return True  # `JavaScript harus diaktifkan untuk menampilkan halaman ini`
    if ck.need_tech_open_re.match(text) and ck.experience_re.search(text):
        return True  # `Perbarui browser Anda untuk pengalaman membaca yang lebih baik.`
    own = ck.own_re.search(text)
    if own and line.n_words <= ck.headline_max_words and ck.privacy_re.search(text) and addressed:
        return True  # a consent banner's headline: `Privasi Anda penting bagi kami`, `We value your privacy`
    if own and ck.terms_re.search(text) and ck.update_re.search(text):
        return True  # `Kami telah memperbarui Kebijakan Privasi kami.`
    voice = ck.voice_re.match(text) or ck.opener_re.match(text)
    if not voice:
        return False
    return bool(
        (ck.tech_re.search(text) and ck.need_re.search(text))
        # the ask after the opener: `Aktifkan Notifikasi WhatsApp di Laptop` is a tutorial's heading
        or (ck.push_re.search(text) and ck.ask_re.search(text, voice.end()))
        or (ck.storage_re.search(text) and ck.device_re.search(text))  # `Kami ... menyimpan ... di perangkat`
        or (
            ck.opener_re.match(text)
            and ck.agree_re.search(text)
            and ck.terms_re.search(text)
            and ck.reader_re.search(text)
        )
    )


def detect_cookie_notices(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Cookie notices and their buttons.

    Flags `Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.`, `Kami menggunakan cookie
    ...`, `This website uses cookies to improve your experience.`, `Kebijakan Cookie`, `Terima semua
    cookie`, and a button (`Setuju`, `Accept`) next to such a line; the site's notices with no cookie word
    (`Situs ini memerlukan JavaScript ...`, `Kami ingin menampilkan notifikasi ...`, `Dengan mengakses situs
    ini, Anda setuju dengan Syarat & Ketentuan ...`, `Kami dan mitra kami menyimpan informasi di perangkat
    Anda.`), Google's consent message (`Kabar Desa meminta izin Anda untuk menggunakan data pribadi Anda
    untuk:`, `Menyimpan dan/atau mengakses informasi di perangkat`), a row of buttons (`Terima Tolak`), and
    the panel's lines and pointers to the terms next to a notice;
    leaves `Cookie adalah file kecil yang disimpan peramban di komputer Anda.`, `Kami membuat cookies
    cokelat untuk hampers Lebaran.`, `Google akan menghapus cookie pihak ketiga dari Chrome.` and a
    `Setuju` line away from any cookie notice.
    """
    mixed = _mixed_lines(page, lex)
    notices = [
        ln for ln in page.lines if ln.kind in _LOOSE_KINDS and ln.index not in mixed and _cookie_line(ln, lex)
    ]
    flagged = {ln.index for ln in notices}
    for notice in notices:
        for step in (-1, 1):  # the buttons and settings right above and below the notice
            index = notice.index + step
            while 0 <= index < len(page.lines):
                line = page.lines[index]
                if line.kind is not LineKind.BLANK:
                    if line.kind not in _LOOSE_KINDS or not (
                        line.key in lex.cookie.buttons
                        or _cookie_kind_label(line, lex)
                        or _banner_line(line, lex)
                        or _cookie_panel_line(line, lex)
                        or _banner_title(line, lex)
                    ):
                        break
                    flagged.add(index)
                index += step
    # The settings list of a banner with no notice line left: kinds of cookies next to one another or to a
    # toggle (`Cookie Analitik` / `Cookie Pemasaran`, `Strictly Necessary Cookies` / `Always Active`).
    for line in page.lines:
        if line.index in flagged or line.kind not in _LOOSE_KINDS or not _cookie_kind_label(line, lex):
            continue
        beside = [
            ln
            for ln in _neighbours(page, line)
            if ln.kind in _LOOSE_KINDS and (_cookie_kind_label(ln, lex) or ln.key in lex.cookie.buttons)
        ]
        if beside:
            flagged.update([line.index, *(ln.index for ln in beside)])
    for index in sorted(flagged):
        yield line_span(page.lines[index])
    yield from _tail_spans(page, lex, "cookie")


_PAGE_ARROWS = "«»‹›<>←→⟨⟩❮❯"


def _page_numbers(tokens: list[str]) -> bool:
    """A run of page links with no word: three numbers or more, the first three consecutive from 1 or 2
    and all rising (`1 2 3 … 10`, `2 3 4 5`); a list of years or scores is not."""
    if len(tokens) < 3 or not all(t.isdigit() and len(t) <= 3 for t in tokens):
        return False
    values = [int(t) for t in tokens]
    rising = all(a < b for a, b in itertools.pairwise(values))
    return rising and values[0] in (1, 2) and values[1] == values[0] + 1 and values[2] == values[1] + 1


def detect_pagination(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Pagination and post-navigation lines: page numbers and older/newer links.

    Flags `Halaman 1 2 3 Selanjutnya`, `Halaman Selanjutnya`, `« Sebelumnya 1 2 3 Berikutnya »`,
    `Halaman 2 dari 5`, `Older Post Newer Post Home`, `Posting Lebih Baru Posting Lama Beranda`,
    `Muat Lebih Banyak`, `Tampilkan 10 berita lagi`, skip links (`Lewati ke konten utama`), and a strip glued
    to a paragraph's end (`... saat kemarau. Halaman 1 2 3 Selanjutnya`, `... saat kemarau « 1 2 3 … 8 »`:
    only the strip);
    leaves `Langkah Selanjutnya` (a tutorial's heading), `Halaman Rumah yang Asri`, a single label
    (`Selanjutnya`, the navigation rule's) and `Berita Terbaru` heading a paragraph.
    """
    for line in page.lines:
        if line.kind not in _LOOSE_KINDS or line.key in lex.navigation_lines:
            continue
        found = _pager(line.text, line.key, lex)
        if line.n_words <= lex.pagination.skip_max_words and lex.pagination.skip_re.match(line.text):
            found = "marked"  # `Lewati ke konten utama`
        if found == "marked" or (found == "plain" and not _opens_section(page, line)):
            yield line_span(line)  # not `Berita Terbaru` heading a paragraph
            continue
        end = line.text[-_PAGER_TAIL_CHARS:]
        if line.kind is not LineKind.PARAGRAPH or not (
            lex.pagination.cue_re.search(end) or any(ch in end for ch in _PAGE_ARROWS)
        ):
            continue
        glued = next(
            (
                start
                for start, tail in _glued_tails(line)
                if len(tail) <= _PAGER_TAIL_CHARS and _pager(tail, line_key(tail), lex) == "marked"
            ),
            None,
        )
        if glued is None:
            glued = _pager_strip(line, lex)
        if glued is not None:
            yield (line.start + glued, line.end, 1.0)  # `... kata dia. Halaman 1 2 3 Selanjutnya`


_PAGER_TAIL_CHARS = 120
# A strip of page links run into a paragraph's end with no full stop before it: a page word perhaps, page
# numbers from 1, then direction words or arrows (`... saat kemarau Halaman 1 2 3 Selanjutnya`).
_PAGER_STRIP_RE = re.compile(
    r"(?<!\S)(?:[«‹<]\s*)?1(?:\s*[|·/]?\s*\d{1,3}){1,12}"
    r"(?:\s*(?:…|\.\.\.)\s*\d{1,3})?(?:\s*[^\s\d]{1,14}){0,3}\s*$"
)


_LAST_WORD_RE = re.compile(r"(?<!\S)([A-Za-z]{2,8})\.?\s*:?\s*$")


def _pager_strip(line: Line, lex: Lexicon) -> int | None:
    """Where a strip of page links run into the end of a paragraph begins, or None: it holds a page or a
    direction word (`Halaman 1 2 3`, `1 2 3 Selanjutnya`), not a count closing a sentence."""
    base = max(0, len(line.text) - _PAGER_TAIL_CHARS)
    m = _PAGER_STRIP_RE.search(line.text, base)
    if not m:
        return None
    pg, start = lex.pagination, m.start()
    word = _LAST_WORD_RE.search(line.text, base, start)
    if word and line_key(word.group(1)) in pg.pages:
        start = word.start()  # `Halaman: 1 2 3`
    if len(words(line.text[:start])) < _CONTENT_MIN_WORDS:
        return None
    strip = line.text[start:]
    key = line_key(strip)
    named = any(t in pg.pages or t in pg.directions for t in key.split())
    arrows = any(ch in strip for ch in _PAGE_ARROWS)
    return start if (named or arrows) and _pager(strip, key, lex) == "marked" else None


def _pager(text: str, key: str, lex: Lexicon) -> str:
    """Whether `text` is a pagination line: `marked` (numbers, a page word, two directions or an arrow),
    `plain` (a direction word among pagination words: `Berita Terbaru` may head a section), or ''."""
    pg = lex.pagination
    tokens = key.split()
    arrow = any(ch in text for ch in _PAGE_ARROWS)
    if _page_numbers(tokens) or (len(tokens) == 1 and tokens[0] in pg.directions and arrow):
        return "marked"  # `1 2 3 … 10`, `Berikutnya ›`
    if not 2 <= len(tokens) <= pg.max_words:
        return ""
    numbers = [t for t in tokens if t.isdigit()]
    if not all(t.isdigit() or t in pg.words for t in tokens):
        return ""
    directions = sum(t in pg.directions for t in tokens)
    paged = any(t in pg.pages for t in tokens)
    if tokens[0] in pg.loads and tokens[-1] in pg.mores:
        return "marked"  # `Tampilkan 10 berita lagi`
    if paged and any(t in pg.ends for t in tokens) and (arrow or tokens[0] in ("ke", "to", "go")):
        return "marked"  # `Ke halaman terakhir`
    if not (directions or (numbers and (paged or arrow))):
        return ""  # `Pertama ‹ 1 2 3 › Terakhir` has arrows, no direction word
    return "marked" if numbers or paged or directions > 1 or arrow else "plain"


def _name_tokens(tokens: list[str], lex: Lexicon, *, loose: bool) -> bool:
    """Tokens that read as a person's or a desk's name (any case after a loose label)."""
    by = lex.byline
    tokens = [t for t in tokens if line_key(t) not in by.honorifics]  # `dr.`, `Prof.`
    names = [t for t in tokens if line_key(t) not in by.connectors]
    if (
        not names
        or len(tokens) > (6 if loose else by.max_name_words)
        or tokens[0].casefold() in by.connectors
    ):
        return False
    if not loose and any(line_key(t) in by.not_names for t in names):
        return False
    if loose and names[0].islower() and line_key(names[0]) in by.not_names:
        return False  # `Laporan wartawan itu kemudian dibantah ...`: a sentence about a report
    return loose or all(_capitalised(t) or lex.media.is_name(t) for t in names)


# Date pieces that are words a byline's label may hold (`Dipublikasikan oleh`, `Posted by`).
_LABEL_PIECES = frozenset(["label", "connector"])


def _byline_segments(text: str, lex: Lexicon) -> list[str] | None:
    """The kinds of a byline's segments (`label`, `loose`, `name`, `media`, `date`), or None."""
    kinds: list[str] = []
    text = lex.byline.quote_prefix_re.sub("", text)  # `Quote:Original Posted By ...` on a forum
    # Dates are marked before the split, so that a date's own commas and slashes do not split it
    # (`By Sari Siregar on January 12, 2024`).
    marked_text, _ = lex.dates.mark(text.strip(" ."), skip=_LABEL_PIECES)
    for segment in lex.byline.split_re.split(marked_text):
        segment = segment.strip()
        dated = _MARK in segment
        tokens = [t for t in _tokens(segment) if t != _MARK]
        while tokens and line_key(tokens[-1]) in lex.byline.connectors:
            tokens.pop()  # `oleh Ahmad pada <date>`
        label = lex.byline.loose_label_re.match(segment) or lex.byline.label_re.match(segment)
        if not tokens:
            if not dated:
                return None
            kinds.append("date")
        elif label:
            loose = bool(lex.byline.loose_label_re.match(segment))
            rest = [t for t in _tokens(segment[label.end() :]) if t != _MARK]
            while rest and line_key(rest[-1]) in lex.byline.connectors:
                rest.pop()
            if not _name_tokens(rest, lex, loose=loose):
                return None
            kinds.append("loose" if loose else "label")
        elif not dated and _name_tokens(tokens, lex, loose=False):
            site = (
                lex.media.is_name(" ".join(tokens))
                or bool(_BRAND_RE.fullmatch(segment.strip()))
                or (len(tokens) <= 4 and bool(lex.byline.outlet_re.search(segment)))  # `Warta Garut`
            )
            kinds.append("media" if site else "name")
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
    paragraph follows it; a passive verb and `oleh` (`Ditinjau secara medis oleh: dr. Sari Siregar`); a
    forum quote's header (`Quote:Original Posted By warga_garut►`); a name and a camel-case site (`Sari
    Siregar | KabarDesa`); in the head or tail, a name alone (or a few, or a name and a site) next to a
    publication stamp or a role line (`Sari Siregar` over `Kontributor`);
    leaves `Penulis buku itu lahir di Padang pada 1952.`, `Editor senior majalah itu meninggal dunia.`,
    `Oleh Karena Itu`, `Editor Video Gratis untuk Android` heading its paragraph, and `Editor: Budi`
    (the chrome prefix rule's).
    """
    by = lex.byline
    edges = _content_edges(page, lex)
    paragraphs = [ln.index for ln in page.lines if ln.kind is LineKind.PARAGRAPH]
    for line in page.lines:
        if line.index == page.title_index or (line.kind not in _LOOSE_KINDS and not _lone_row(page, line)):
            continue
        if line.key in by.author_box_labels:
            after = len(paragraphs) - bisect.bisect_right(paragraphs, line.index)
            if after <= by.author_bio_max_lines:
                yield from _author_box(page, line, lex)
            continue
        if line.n_words > by.max_words or len(line.text) > _SHORT_LINE_CHARS or _chrome_prefix_hit(line, lex):
            continue
        if _lone_name(page, line, lex, edges) or (
            line.key in by.role_lines
            and any(_lone_name(page, ln, lex, edges) for ln in _neighbours(page, line))
        ):
            yield line_span(line)
            continue
        glyph = by.glyph_re.match(line.text)
        if glyph:
            kinds = _byline_segments(line.text[glyph.end() :], lex) or []
            if "name" in kinds and set(kinds) <= {"name", "media", "date"}:
                yield line_span(line)  # `✍️ Sari Siregar`, `👤 Sari Siregar · 12 Jan 2024`
                continue
        if (
            not by.any_label_re.search(line.text)
            and not lex.media.name_re.search(line.text)
            and not _brand(line.text, lex)
            and not by.outlet_re.search(line.text)
            and not (_at_edge(line, edges) and _DIGIT_RE.search(line.text))  # a name and a stamp
        ):
            continue  # no label, no site and no stamp: not a byline (and not worth splitting)
        kinds = _byline_segments(line.text, lex)
        if not kinds:
            continue
        # `Rizky Syahrial - detikFinance`: a name and a site, with no label, only at the page's edges; so
        # is a name and a stamp (`Sari Siregar | 12 Januari 2024 | 10:15 WIB`).
        unlabelled = not ({"label", "loose"} & set(kinds))
        stamped = (
            kinds.count("name") == 1
            and set(kinds) == {"name", "date"}
            and len(kinds) <= 4
            and not any(line_key(part) in lex.story.cities for part in by.split_re.split(line.text))
        )  # `Jakarta, 12 Januari 2024` is a dateline's
        if unlabelled and ((sorted(kinds) != ["media", "name"] and not stamped) or not _at_edge(line, edges)):
            continue
        if (
            kinds == ["label"]
            and not _at_edge(line, edges)
            and not _PASSIVE_BY_RE.match(line.text)  # `Disunting oleh Budi Santoso` heads nothing
            and not _COLON_LABEL_RE.match(line.text)  # nor does `By: Andi Saputra`
            and not _DIGIT_RE.search(line.text)  # nor `Oleh Andi Saputra pada 12 Januari 2024`
            and _opens_section(page, line)
        ):
            continue
        yield line_span(line)


_USER_NAME_RE = re.compile(r"[a-z][a-z0-9_.]{2,30}")
_COLON_LABEL_RE = re.compile(r"^\W*\w+(?:\s+\w+)?\s*:")
_PASSIVE_BY_RE = re.compile(r"^\W*(?:di|ter)[a-z]{3,}\s+oleh\s+[A-Z]", re.IGNORECASE)
_NAME_LIST_RE = re.compile(r"\s*[/,&|·•]\s*|\s+(?:dan|-|–|—)\s+")


def _lone_name(page: Page, line: Line, lex: Lexicon, edges: tuple[int, int]) -> bool:
    """A writer's name alone on a line, in the page's head or tail, right next to a publication date
    (`Sari Siregar` over `Kamis, 12 Januari 2024 10:15 WIB`) or to a role line (`Sari Siregar` over
    `Kontributor`, `warga_garut88` under `TS` on a forum): the byline box of many news and blog themes."""
    if line.kind not in (LineKind.HEADING, LineKind.FRAGMENT) or not _at_edge(line, edges):
        return False
    neighbours = [ln for ln in _neighbours(page, line) if ln.index != page.title_index]
    roled = any(ln.key in lex.byline.role_lines for ln in neighbours)
    text = line.text.strip()
    if roled and _USER_NAME_RE.fullmatch(text) and not text.isalpha():
        return True  # a user name (`warga_garut88`) under a forum role
    if _DIGIT_RE.search(text) or any(ch in text for ch in ":()[]!?;") or line.key in lex.byline.role_lines:
        return False
    # One name, or a few joined by `/`, `,`, `&`, `dan` or a spaced dash (`Sari Siregar / Budi Santoso`,
    # `Sari Siregar - Kabar Kampung`: a writer and the site).
    people = [p for p in _NAME_LIST_RE.split(text) if p.strip()]
    if not 0 < len(people) <= 3:
        return False
    for n, person in enumerate(people):
        tokens = _tokens(person)
        names = [t for t in tokens if line_key(t) not in lex.byline.honorifics]
        if (
            not names
            or len(names) > lex.byline.lone_name_max_words
            # `Ruang Iklan` is a label, not a name; after a name, a site's name may hold such words
            or (n == 0 and any(t.casefold() in lex.chrome.weights for t in names))
            or not _name_tokens(tokens, lex, loose=False)
            or any(lex.media.is_name(t) for t in names)
        ):
            return False
    # A stamp, not a bare date: `Sari Siregar` over `12 Januari 1950 - 3 Maret 2024` heads an obituary.
    if roled or any(_date_line_strength(ln.text, lex) == 2 for ln in neighbours):
        return True
    # A writer and a site (`Sari Siregar - Kabar Kampung`) next to other chrome (`Bagikan artikel ini`).
    return (
        len(people) == 2
        and bool(_DASH_RE.search(text))
        and not any(line_key(person) in lex.story.cities for person in people)  # `Jakarta - Bandung`
        and any(ln.key in lex.navigation_lines or _chrome_paragraph(ln, lex) for ln in neighbours)
    )


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


_TAG_SPLIT_RE = re.compile(r"\s*[,;|·•]\s*|\s+/\s+|\s+#|^#")
# Words that open the last item of a list written in prose (`ekonomi, politik, dan budaya`), never a tag.
_PROSE_LIST_JOINERS = frozenset(["dan", "serta", "atau", "maupun", "and", "or"])


def _tag_items(text: str, lex: Lexicon, *, bare: bool = False) -> bool:
    """A line of short tag items (`cabai, harga pangan, ramadan`, `a / b / c`, `#a #b` or one tag); with
    `bare` (no separator after the label) two items or more."""
    items = [i for i in _TAG_SPLIT_RE.split(text.strip()) if i.strip()]
    if len(items) < (2 if bare else 1) or len(items) > lex.tags.max_items:
        return False
    if any(words(i)[:1] and words(i)[0].casefold() in _PROSE_LIST_JOINERS for i in items[1:]):
        return False
    return all(len(words(i)) <= lex.tags.max_item_words and _TAG_ITEM_RE.fullmatch(i) for i in items)


def detect_tag_lists(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Tag lists: lines of hashtags, and the items after a tag label.

    Flags `#cabai #hargapangan #ramadan`; after `Tags` / `Topik Terkait` / `Tagged`: `cabai, harga pangan,
    ramadan`, or one tag a line (`harga cabai` / `inflasi` / `ramadan`) up to the next blank line, with the
    label itself when the navigation rule does not flag it; a label and its items on one line, with any
    separators (`TOPIK PILIHAN: banjir · cuaca`, `Label: banjir | cuaca | garut`, `Kata kunci >> banjir;
    cuaca`, `LABEL » banjir / cuaca`, `Tagar ➜ #Banjir #Garut`) or none after a bare label (`Tags banjir,
    cuaca, garut`); the tag run's last item over a disclaimer paragraph; Tirto's topic link (`Baca juga
    artikel terkait PILKADA atau tulisan lainnya dari Sari Siregar`);
    leaves `# Pendahuluan` (a marked-down heading), `Topik` followed by a section (heading and
    paragraph), hashtags inside a sentence and prose lists (`Label halal, izin edar, dan tanggal
    kedaluwarsa wajib dicantumkan.`).
    """
    tg = lex.tags
    tail_tags = _tail_tag_lines(page, lex)
    for line in page.lines:
        if line.kind is LineKind.BLANK:
            continue
        if line.index in tail_tags or _comma_tags(line, lex, 4):
            yield line_span(line)  # `banjir, garut, bpbd, cuaca ekstrem` with no label
            continue
        tokens = [t for t in _GLUED_HASHTAGS_RE.split(line.text.strip()) if t]  # `#banjir#garut`
        if tokens and all(_HASHTAG_RE.fullmatch(t) for t in tokens):
            yield line_span(line)
            continue
        glued = next(
            (
                start
                for start, tail in _glued_tails(line)
                if all(_HASHTAG_RE.fullmatch(t) for t in _GLUED_HASHTAGS_RE.split(tail) if t)
            ),
            None,
        )
        if glued is not None:
            yield (line.start + glued, line.end, 1.0)  # `... pekan depan. #banjir #garut`
            continue
        if line.n_words <= 40 and _SPACED_HASHTAGS_RE.fullmatch(line.text.strip()):
            yield line_span(line)  # `#Banjir Garut #BPBD Jabar`: tags of a few words each after `#`
            continue
        label, colon, tail = line.text.partition(":")
        if not colon and tg.is_label(line_key(line.text.partition("#")[0])):
            label, colon, tail = line.text.partition("#")[0], "#", "#" + line.text.partition("#")[2]
        hashtags = tail.split()
        if (
            colon
            and len(words(label)) <= 3
            and hashtags
            and all(_HASHTAG_RE.fullmatch(t) for t in hashtags)
            and not (line.kind in _LOOSE_KINDS and _chrome_prefix_hit(line, lex))
        ):
            yield line_span(line)  # any short label over hashtags: `Terkait: #Banjir #Garut`
            continue
        if (
            _inline_tags(page, line, lex)
            or _tag_cloud(page, line, lex)
            or _topic_link(line, lex)
            or _glyph_or_bracket_tags(line, lex)
            or _entry_meta(line, lex)
        ):
            yield line_span(line)
            continue
        if line.kind not in _LOOSE_KINDS or not tg.is_label(line.key) or "{" in line.text:
            continue  # (`#{kategori}`: a template's unfilled slot, which printed no tags under it)
        run: list[Line] = []
        hashtag_lines = 0
        for item in (page.lines[i] for i in range(line.index + 1, len(page.lines))):
            if item.kind is LineKind.BLANK:
                continue  # tags one a line, or one a block between blank lines
            if (
                item.kind is not LineKind.LIST_ITEM
                and _heads_block(page, item)
                and not _chrome_paragraph(page.lines[item.index + 1], lex)  # a disclaimer under the tags
            ):
                break  # `Penutup` over its paragraph, `Tips` over its list: a section, not a tag
            if item.kind not in (LineKind.HEADING, LineKind.FRAGMENT, LineKind.LIST_ITEM) or not _tag_items(
                item.body, lex
            ):
                break
            if all(_HASHTAG_RE.fullmatch(t) for t in item.text.split()):
                hashtag_lines += 1  # flagged on their own; the label above goes with them
                if run:
                    break
                continue
            run.append(item)
            if len(run) >= tg.max_items:
                break
        if not run:
            if hashtag_lines and line.key not in lex.navigation_lines:
                yield line_span(line)  # `Topik Hangat` / `#BanjirGarut` / `#Pemilu2024`
            continue
        if _list_goes_on(page, run):
            continue
        following = _next_content_line(page, run[-1])
        if (
            following is not None
            and following.kind is LineKind.PARAGRAPH
            and run[-1].index + 1 == following.index
            and not _chrome_paragraph(following, lex)
        ):
            run.pop()  # the last "tag" heads a section: `Topik` / `Ekonomi Makro` / its paragraph is content
            if not run:
                continue
        if line.key not in lex.navigation_lines:
            yield line_span(line)
        for item in run:
            if item.index not in tail_tags:  # flagged above already
                yield line_span(item)


# Tags after `#` of a few words each, two or more (`#Banjir Garut #BPBD Jabar`), as some portals print them.
_SPACED_HASHTAGS_RE = re.compile(r"#\w[\w'’-]*(?: [\w'’-]+){0,2}(?:\s+#\w[\w'’-]*(?: [\w'’-]+){0,2}){1,11}")
_BARE_TAG_LINE_RE = re.compile(r"[a-z][a-z0-9&'’-]*(?: [a-z0-9&'’-]+){0,2}")


def _comma_tags(line: Line, lex: Lexicon, min_items: int) -> bool:
    """A line of at least `min_items` lower-case tags split by commas and nothing else (`banjir, garut,
    bpbd`): no capital, no full stop, no `dan` before the last."""
    text = line.text.strip()
    return (
        line.kind in _LOOSE_KINDS
        and text[:1].islower()
        and text.count(",") >= min_items - 1
        and not any(ch.isupper() for ch in text)
        and _tag_items(text, lex)
    )


def _tail_tag_lines(page: Page, lex: Lexicon) -> frozenset[int]:
    """Tags printed with no label after the story's last paragraph (`edges[1]`): three to twelve lower-case
    lines of at most three words, one after the other (`banjir garut` / `bpbd jabar` / `cuaca ekstrem`), or
    one line of three lower-case items or more split by commas (`banjir, garut, bpbd`); not a prose list
    (`dan` before the last) nor a line with a capital, a full stop or a list marker."""
    start = _content_edges(page, lex)[1]
    found: set[int] = set()
    run: list[int] = []
    for line in page.lines[start:]:
        if line.kind is LineKind.BLANK:
            continue
        text = line.text.strip()
        if line.kind in _LOOSE_KINDS and _BARE_TAG_LINE_RE.fullmatch(text):
            run.append(line.index)
            continue
        if 3 <= len(run) <= lex.tags.max_items:
            found.update(run)
        run = []
        if _comma_tags(line, lex, 3):
            found.add(line.index)
    if 3 <= len(run) <= lex.tags.max_items:
        found.update(run)
    return frozenset(found)


def _entry_meta(line: Line, lex: Lexicon) -> bool:
    """A theme's line of a post's categories: `This entry was posted in Berita and tagged banjir, garut.`,
    `Entri ini ditulis dalam Berita dan ditag banjir.`, or a category label and one to three capitalised
    categories (`Posted in Berita Daerah`, `Ditulis dalam Berita, Garut`); not `Ditulis dalam bahasa
    Sunda, naskah itu disimpan di museum.`"""
    if line.kind not in _LOOSE_KINDS or line.n_words > 30:
        return False
    if lex.tags.entry_re.match(line.text):
        return True
    m = lex.tags.category_re.match(line.text)
    if not m:
        return False
    items = [i.strip() for i in re.split(r"\s*[,|·•/]\s*", m.group("items")) if i.strip()]
    return 0 < len(items) <= 3 and all(
        len(words(i)) <= 4 and all(_capitalised(t) or t.isdigit() for t in words(i)) for i in items
    )


def _heads_block(page: Page, line: Line) -> bool:
    """A paragraph, a list or a table follows the line right below it."""
    following = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    return following is not None and following.kind in (
        LineKind.PARAGRAPH,
        LineKind.LIST_ITEM,
        LineKind.TABLE_ROW,
    )


_TAG_LABEL_WORD_RE = re.compile(r"[^\W\d_]+")
_LEAD_NON_WORD_RE = re.compile(r"[^\w#]*")
_TAG_SEPARATOR_RE = re.compile(
    rf"^\s*(?:\(\d{{1,3}}\)\s*)?(?:[:|»›~/]+|>+|-{{1,2}}|–|—|{_SYMBOL_SEPARATOR})\s*"  # `Tags (3): ...`
)


def _inline_tags(page: Page, line: Line, lex: Lexicon) -> bool:
    """A tag label and its items on one line, after any separator (`Topik Pilihan: banjir · cuaca`, `Tags
    | a, b`, `Kata kunci >> a; b`, `LABEL » a / b`, `Tagar ➜ #a #b`) or after a bare label with none
    (`Tags banjir, cuaca, garut`), the chrome prefix rule's lines aside."""
    if not (line.kind in _LOOSE_KINDS or _lone_row(page, line)):
        return False
    text = line.text.strip().strip("|").strip()
    if not text or text[-1] in ".!?" or (line.kind in _LOOSE_KINDS and _chrome_prefix_hit(line, lex)):
        return False
    lead = _LEAD_NON_WORD_RE.match(text).end()  # type: ignore[union-attr]  # a glyph before the label
    pos, ends = lead, []
    for m in _TAG_LABEL_WORD_RE.finditer(text, lead):
        if len(ends) == 3 or text[pos : m.start()].strip() not in ("", "&", "/"):
            break  # `Kategori & Tag: ...` reads as one label
        ends.append(m.end())
        pos = m.end()
    for end in reversed(ends):
        key = line_key(text[lead:end])
        if not lex.tags.is_label(key):
            continue
        rest = text[end:]
        sep = _TAG_SEPARATOR_RE.match(rest)
        if not sep and key not in lex.tags.bare_labels:
            continue
        items = rest[sep.end() :] if sep else rest
        if items.strip() and _tag_items(items, lex, bare=sep is None):
            return True
    return False


_BRACKET_TAG_RE = re.compile(r"\[([^\[\]]{1,60})\]")
# A tag cloud without a label: short items split by one glyph (`banjir • garut • cuaca ekstrem`).
_TAG_CLOUD_RE = re.compile(
    r"#?[^\W\d_][\w&'’-]*(?: [\w&'’-]+){0,2}(?:\s*[•·|]\s*#?[^\W\d_][\w&'’-]*(?: [\w&'’-]+){0,2}){2,11}"
)


def _tag_cloud(page: Page, line: Line, lex: Lexicon) -> bool:
    """Three to twelve tags of at most three words split by one glyph (`•`, `·`, `|`), with no label:
    `banjir • garut • bpbd • cuaca ekstrem`, `Pemilu 2024 | KPU | Bawaslu` (a list item, a sentence, a
    prose list with `dan` are not a cloud)."""
    if line.n_words > 3 * lex.tags.max_items:
        return False
    if line.kind is LineKind.TABLE_ROW:  # a row of pipes alone between paragraphs, no table's row
        if any(
            ln is not None and (ln.kind is LineKind.TABLE_ROW or _TABLE_RULE_RE.match(ln.text))
            for ln in (_neighbour(page, line, -1), _neighbour(page, line, 1))
        ):
            return False
    elif line.kind not in _LOOSE_KINDS:
        return False
    text = line.text.strip().strip("|").strip()
    m = _TAG_CLOUD_RE.fullmatch(text)
    if not m:
        return False
    separators = {ch for ch in text if ch in "•·|"}
    if len(separators) != 1 or any(w.casefold() in _PROSE_LIST_JOINERS for w in words(text)):
        return False
    items = [i.strip() for i in text.split(separators.pop())]
    # Capitalised single words are a menu or a schedule (`Senin · Rabu · Jumat`), left to other rules.
    return any(i[:1].islower() or i.startswith("#") or " " in i for i in items)


def _glyph_or_bracket_tags(line: Line, lex: Lexicon) -> bool:
    """Tags with no word label: two items or more after a tag icon (`🔖 Ekonomi · Inflasi · BPS`, `🏷️
    banjir, garut`), or a row made only of bracketed tags (`[Pemilu 2024] [KPU] [Bawaslu]`)."""
    if line.kind not in _LOOSE_KINDS:
        return False
    text = line.text.strip()
    if not text or text[-1] in ".!?":
        return False
    m = lex.tags.glyph_label_re.match(text)
    if m:
        return _tag_items(text[m.end() :], lex, bare=True)
    items = _BRACKET_TAG_RE.findall(text)
    return (
        2 <= len(items) <= lex.tags.max_items
        and not _BRACKET_TAG_RE.sub("", text).strip(" |·,/-")
        and all(
            0 < len(words(i)) <= lex.tags.max_item_words and _TAG_ITEM_RE.fullmatch(i.strip()) for i in items
        )
    )


def _topic_link(line: Line, lex: Lexicon) -> bool:
    """Tirto's topic link: `Baca juga artikel terkait PILKADA 2024 atau tulisan lainnya dari Sari Siregar`,
    the topic in capitals or the writer named."""
    if line.kind not in _LOOSE_KINDS or line.n_words > 25:
        return False
    m = lex.tags.topic_link_re.match(line.text)
    if not m or len(words(m.group("topic"))) > lex.tags.max_item_words + 1:
        return False
    letters = [ch for ch in m.group("topic") if ch.isalpha()]
    name = m.group("name")
    return bool(letters) and (
        all(ch.isupper() for ch in letters)
        or (name is not None and len(words(name)) <= 6 and all(_capitalised(t) for t in _tokens(name)))
    )


def detect_ad_notices(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Notices about the ads around an article, as whole lines.

    Flags `Konten di bawah ini merupakan iklan dari mitra kami.`, `Artikel ini adalah advertorial.`,
    `Kami mendeteksi Anda memakai ad blocker. Matikan agar kami tetap bisa menyajikan berita gratis.`,
    `Berlangganan sekarang untuk membaca berita tanpa iklan`;
    leaves `Video ini menjadi iklan kampanye yang paling banyak ditonton.` (no pointer to what follows),
    `Pengguna premium bisa mendengarkan musik tanpa iklan.` (no reading) and
    `Jumlah pengguna AdBlock di Indonesia terus bertambah.` (no request to the reader).
    """
    for line in page.lines:
        if line.kind in _LOOSE_KINDS and _ad_notice(line, lex):
            yield line_span(line)


def _ad_notice(line: Line, lex: Lexicon) -> bool:
    an, text = lex.ad_notice, line.text
    if line.n_words > an.max_words:
        return False
    return bool(
        _ad_disclosure(text, an)
        or (an.blocker_re.search(text) and an.blocker_request_re.search(text))
        or (an.ad_free_re.search(text) and an.reading_re.search(text) and an.call_re.search(text))
        or (an.ad_word_re.search(text) and an.forward_re.search(text) and an.disclaimer_re.search(text))
        or (an.sales_re.search(text) and an.contact_re.search(text))
        or _ad_widget(line, an)
    )


def _ad_widget(line: Line, an: AdNoticeLexicon) -> bool:
    """A line of an ad unit's own: its countdown (`Iklan akan ditutup dalam 5 detik`, `Skip Ad in 5
    seconds`), a control or a question (`Hentikan tayangan iklan ini`, `Kenapa saya melihat iklan ini?`), or
    a short offer of ad space (`Pasang Iklan Gratis`)."""
    text = line.text
    if text.rstrip().endswith("."):
        return False
    if line.n_words <= an.sales_max_words and an.sales_open_re.match(text):
        return True
    if line.n_words <= an.countdown_max_words and an.ad_word_re.search(text) and an.countdown_re.search(text):
        return True
    return line.n_words <= an.countdown_max_words and bool(an.control_re.match(text))


def _ad_disclosure(text: str, an: AdNoticeLexicon) -> bool:
    """A disclosure that ends soon after its ad phrase (`... adalah iklan platform Dable.`) or disclaims the
    ad (`... Redaksi tidak terkait dengan materi konten ini.`); `Video berikut adalah iklan kampanye partai
    yang kini viral lagi di media sosial.` is a sentence about an ad."""
    m = an.disclosure_re.match(text)
    if not m:
        return False
    rest = words(re.split(r"[.!?;]\s", text[m.end() :] + " ", maxsplit=1)[0])
    # `... merupakan kerja sama Kabar Desa dengan Bank Nusantara.`: only the parties' names after it
    parties = all(_capitalised(w) or w.casefold() in an.party_joiners for w in rest)
    return len(rest) <= an.disclosure_max_rest or parties or bool(an.disclaimer_re.search(text))


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
    return bool(
        (tokens and tokens[-1] in rm.more_words)
        or _LINK_END_RE.search(line.text)
        or rm.destination_re.search(line.text)
    )


def _title_cased(text: str, min_words: int, min_share: float, question_min: int = 0) -> bool:
    """A headline: enough words, no sentence end, and its longer words mostly capitalised. With
    `question_min`, a headline of that many words may end with a question mark (`Daftar UMK 2024, Daerah
    Mana yang Tertinggi?`)."""
    tokens = words(text)
    long_words = [t for t in tokens if len(t) >= 4 and t[0].isalpha()]
    question = 0 < question_min <= len(tokens) and text.rstrip().endswith("?")
    if len(tokens) < min_words or not long_words or (ends_sentence(text) and not question):
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

    A headline with a link's tail and no label is one too: `Harga Gabah Turun di Karawang (klik di sini)`,
    `Harga Gabah Turun di Karawang » Baca Selengkapnya`; `Harga naik lagi (lihat tabel).` stays.
    """
    rl = lex.related
    for line in page.lines:
        loose = line.kind in (*_LOOSE_KINDS, LineKind.LIST_ITEM) or _lone_row(page, line)
        if not loose and line.kind is LineKind.TABLE_ROW and _labelled_headline(page, line, lex):
            # Next to a table a link of three cells reads as one of its rows (`Jangan Lewatkan | <headline>
            # | kemarin`); a label of cue words opening it says what it is.
            yield line_span(line)
            continue
        if not loose or _chrome_prefix_hit(line, lex):
            continue
        opener = rl.opener_re.match(line.text)
        arrow = bool(opener) and _title_cased(
            line.text[opener.end() :], rl.min_words, rl.min_title_share, rl.question_min_words
        )
        if (
            arrow
            or (
                line.index != page.title_index
                and (_labelled_headline(page, line, lex) or _tailed_headline(line.text, lex))
            )
            or (
                line.index == page.title_index
                and _labelled_headline(page, line, lex, explicit=not _headline_above(page, line, lex))
            )
            or line.index in _related_block_items(page, lex)
            or line.index in _tail_headline_run(page, lex)
            or (
                line.index != page.title_index
                and line.key not in lex.navigation_lines  # `Berita Lainnya`: the navigation rule's
                and _links_box_heading(line.text, lex)
            )
            or _wrapped_chrome_label(line.text, lex)
            or (
                line.index != page.title_index
                and _pointer_headline(line, lex)
                and _linked_place(page, line, lex)
            )
            or bool(rl.glued_label_re.match(line.text))  # `Artikel sebelumnyaHarga Gabah Turun`
        ):
            yield line_span(line)


# The break of a two-part headline: `..., Ini Syaratnya`, `...? Begini Penjelasan BMKG`.
_HEADLINE_BREAK_RE = re.compile(r"[,?]\s+(?=[A-Z0-9])")


def _headline_above(page: Page, line: Line, lex: Lexicon) -> bool:
    """A title-cased headline of five words or more above the line taken for the title: the page's own
    title, so that the line under it (`Terpopuler: Harga Gabah Turun di Karawang`) reads as a link (a
    site's name or a category over the title is shorter)."""
    return any(
        ln.kind in (LineKind.HEADING, LineKind.FRAGMENT)
        and not lex.chrome_label_re.match(ln.text)
        and ":" not in ln.text
        and _title_cased(ln.text, 5, lex.related.min_title_share, lex.related.question_min_words)
        for ln in page.lines[: line.index]
    )


def _linked_place(page: Page, line: Line, lex: Lexicon) -> bool:
    """Where a pointing headline is a link rather than a section's heading (`Jangan Asal Berkomentar di
    Medsos, Ini Ancaman Pidananya` may head a section of its own, even last): next to another such
    headline, a list of links with no label."""
    return any(ln.index != page.title_index and _pointer_headline(ln, lex) for ln in _neighbours(page, line))


def _repeats_title_words(page: Page, line: Line) -> bool:
    """Whether `line` is made mostly of the page title's words, as a section heading of the article is
    (`Manfaat Gempa Bumi bagi Pelaku UMKM` under `Dampak Gempa Bumi bagi Pelaku UMKM dan Cara ...`); a
    link to another story on the topic shares a word or two (`Gempa Bumi Guncang Cianjur Pagi Ini`)."""
    title = page.title
    if title is None or title.index == line.index:
        return False
    own = {w.casefold() for w in words(line.text) if len(w) >= 4}
    shared = own & {w.casefold() for w in words(title.text) if len(w) >= 4}
    return len(shared) >= 3 and 2 * len(shared) >= len(own)


def _pointer_headline(line: Line, lex: Lexicon) -> bool:
    """A news headline standing alone between paragraphs, a link to another story: two parts, the first
    title-cased, the second short and pointing at what the story tells (`Pemkab Garut Buka Lowongan PPPK
    2024, Ini Syaratnya`, `Kapan Puncak Musim Hujan? Begini Penjelasan BMKG`); a section heading has no
    such pointer (`Tantangan dan Harapan ke Depan`, `Mengapa Harga Cabai Naik?`)."""
    rl = lex.related
    if line.kind not in (LineKind.HEADING, LineKind.FRAGMENT) or line.n_words < rl.pointer_min_words:
        return False
    text = line.text.strip()
    if text.endswith(".") or len(text) > 200:
        return False
    breaks = list(_HEADLINE_BREAK_RE.finditer(text))
    if not breaks:
        return False
    cut = breaks[-1]
    head, tail = text[: cut.start() + 1], text[cut.end() :]
    tail_words = [w.casefold() for w in words(tail)]
    if not 1 <= len(tail_words) <= rl.pointer_max_words or len(words(head)) < 3:
        return False
    pointed = tail_words[0] in rl.pointer_openers or any(w in rl.pointer_nouns for w in tail_words)
    return pointed and _title_cased(head.rstrip(",:"), 3, rl.min_title_share, 3)


# (Square brackets are the media marker rule's: `[Baca Juga: ...]`.)
_WRAP_RE = re.compile(r"^\s*(?:\((?P<round>.*)\)|[»›>→▶►➤⇒]+\s*(?P<arrow>.*?))\s*$")


def _wrapped_chrome_label(text: str, lex: Lexicon) -> bool:
    """A chrome label in brackets or after an arrow, alone or before a headline: `(Baca juga: Dishub
    Tambah Armada Bus Mudik)`, `» Baca Juga`; `(lihat tabel)` stays."""
    m = _WRAP_RE.match(text)
    inner = next((g for g in (m.group("round"), m.group("arrow")) if g), "") if m else ""
    if not inner or "(" in inner or "[" in inner:
        return False
    label = lex.chrome_label_re.match(inner)
    return bool(label and _reads_as_headline(inner[label.end() :].lstrip(" :"), lex))


def _links_box_heading(text: str, lex: Lexicon) -> bool:
    """A line that is only the heading of a box of links: `Konten Terkait`, `Berita Rekomendasi`, `NEXT
    POST`, `Artikel Menarik Lainnya`, `Terpopuler Minggu Ini`, `Sedang Trending`, `BACA JUGA ⬇️`; not
    `Berita Terbaru`, `Berita Baik bagi Petani`, `Video Viral` or `Rekomendasi` alone (advice)."""
    rl = lex.related
    if re.search(r"\w[.!?]\s*$", text):
        return False
    tokens = [t.casefold() for t in _CHROME_TOKEN_RE.findall(text)]
    if not 1 <= len(tokens) <= rl.box_max_words:
        return False
    if re.search(rf"{_SYMBOL_SEPARATOR}\s*$", text) and _related_label_line(text, lex):
        return True  # `BACA JUGA ⬇️`: a label pointing at its links
    posts = any(t in rl.box_post_nouns for t in tokens)
    hedged = any(t in rl.box_hedges for t in tokens)
    nouns = markers = alone = 0
    for token in tokens:
        if token in rl.box_nouns or token in rl.box_post_nouns:
            nouns += 1
        elif token in rl.box_markers or token in rl.box_alone_markers:
            markers += token in rl.box_markers
            alone += token in rl.box_alone_markers
        elif (posts and token in rl.box_post_markers) or (hedged and token in rl.box_hedge_markers):
            markers += 1  # `Posting Lebih Baru` (a blog's pager), `Kamu Mungkin Suka`
            alone += hedged
        elif not (token in rl.box_qualifiers or token in lex.chrome.function_words or token in rl.box_hedges):
            return False
    if len(tokens) < 2:
        return False
    return (nouns >= 1 and markers >= 1) or (nouns == 0 and alone >= 1)


def _related_block_items(page: Page, lex: Lexicon) -> frozenset[int]:
    """Lines of headlines listed under a related-links label line (`Baca Juga:`, `Berita Terkait`, `ARTIKEL
    PILIHAN`), bulleted or not, each with a time after it or not; computed once per page.

    The label holds only cue and function words, one of them of `block_label_words`; the run of
    headlines ends at the first line that is not one (a paragraph, a sentence) or at two blank lines; a
    last plain headline right above a paragraph is taken for that paragraph's section heading and kept.
    A content list under `Rekomendasi` (`- Perbanyak Minum Air Putih`) has no such label."""

    def compute() -> frozenset[int]:
        rl, lines = lex.related, page.lines
        found: set[int] = set()
        below = -1 if page.title_index is None else page.title_index
        for line in lines[below + 1 :]:  # a label above the title is a category's (`Terkini`)
            if line.kind not in _LOOSE_KINDS or not _related_label_line(line.text, lex):
                continue
            run: list[Line] = []
            blanks, i = 0, line.index + 1
            while i < len(lines) and len(run) < rl.block_max_items:
                ln = lines[i]
                i += 1
                if ln.kind is LineKind.BLANK:
                    blanks += 1
                    if blanks > 1:
                        break
                    continue
                blanks = 0
                body = _listed_headline(ln)
                plain = ln.kind in (LineKind.HEADING, LineKind.FRAGMENT)
                if run and plain and _link_meta(ln, lex):
                    run.append(ln)  # a link's date or category under it (`Dalam "Berita"`)
                    continue
                if not (plain or ln.kind is LineKind.LIST_ITEM) or not _headline_after(
                    body, lex, rl.glyph_min_words
                ):
                    break
                run.append(ln)
            label_tokens = {t.casefold() for t in _CHROME_TOKEN_RE.findall(line.text)}
            if _list_goes_on(page, run):
                continue  # `Video Pilihan` over the article's list, its first item a question
            directed = bool(label_tokens & rl.direction_words)
            # `Tonton Video Pilihan Berikut Ini`: a label over a player extraction dropped, not over links
            media = bool(label_tokens & rl.media_label_words)
            if (
                run
                and run[-1].kind is not LineKind.LIST_ITEM
                and not _link_meta(run[-1], lex)
                and _opens_section(page, run[-1])
                and not (len(run) > 1 and _pointer_headline(run[-1], lex))  # `..., Ini Syaratnya`: a link
                and not (directed and len(run) == 1)  # `Berita Sebelumnya` over the one headline it links
                # `Baca Juga:` over headlines, the last of a link's length: the box's last link (unless
                # it repeats the title's words, as this article's own section headings do)
                and not (
                    run[-1].n_words >= rl.single_link_min_words
                    and not media
                    and not _repeats_title_words(page, run[-1])
                )
            ):
                run.pop()  # a section's heading below the links
            found.update(ln.index for ln in run)
        return frozenset(found)

    return page.memoised(("boilerplate.related_blocks", id(lex)), compute)


def _listed_headline(line: Line) -> str:
    """A listed link's headline: its bullet or rank (`2 Harga Emas ...`) and a time after it (`(2 jam
    lalu)`) taken off."""
    body = _TIME_IN_BRACKETS_RE.sub("", line.body if line.kind is LineKind.LIST_ITEM else line.text)
    return _RANK_RE.sub("", body.lstrip("»›>•·▶►➤→- "))


def _link_meta(line: Line, lex: Lexicon) -> bool:
    """A line under a listed link that gives its date or its category (`12 Maret 2024`, `Dalam "Berita"`)."""
    return bool(_LINK_META_RE.match(line.text) or _date_line_strength(line.text, lex))


def _tail_headline_run(page: Page, lex: Lexicon) -> frozenset[int]:
    """Headlines listed after the article's last paragraph with no label over them (its label lost in
    extraction, or never printed): `tail_run_min_items` or more lines that each read as a linked
    headline, a link's date or category allowed under each, and no prose after them. Under the last
    paragraph they head no section: they are the page's related or popular links. A list the last
    paragraph introduces (`... berikut:`) is its own. Computed once per page."""

    def compute() -> frozenset[int]:
        rl, lines = lex.related, page.lines
        tail = _content_edges(page, lex)[1]
        if tail >= len(lines) or tail == 0:
            return frozenset()
        headlines: list[int] = []
        meta: list[int] = []
        above = lines[tail - 1]
        for ln in lines[tail:]:
            if ln.kind is LineKind.BLANK:
                continue
            if not headlines and above.text.rstrip().endswith(":"):
                return frozenset()  # `Pedagang berharap tiga hal berikut:` over its list
            above = ln
            body = _listed_headline(ln)
            first = body.split(maxsplit=1)[0].rstrip(":").casefold() if body.strip() else ""
            if (
                ln.kind in (LineKind.HEADING, LineKind.FRAGMENT, LineKind.LIST_ITEM)
                and first not in rl.tail_run_not_openers  # `Sumber: Bank Indonesia (BI), 2021`
                and _headline_after(body, lex, rl.glyph_min_words)
            ):
                headlines.append(ln.index)
            elif headlines and _link_meta(ln, lex):
                meta.append(ln.index)
            elif (
                ln.kind in (LineKind.PARAGRAPH, LineKind.LIST_ITEM)
                and ends_sentence(ln.text)
                and not _chrome_paragraph(ln, lex)
            ):
                # prose after them, or a list of sentences they belong to (`3. Raja pertamanya adalah
                # Mojmír I.`; a paragraph opening with an initial reads as a list item: `M. Akib ...
                # adalah Gubernur ...`): they may be the article's
                return frozenset()
        if len(headlines) < rl.tail_run_min_items:
            return frozenset()
        return frozenset([*headlines, *meta])

    return page.memoised(("boilerplate.tail_headline_run", id(lex)), compute)


# A rank before a listed headline (`2 Harga Emas Antam ...`, `3. ...`).
_RANK_RE = re.compile(r"^\d{1,2}[.)]?\s+(?=\S)")
# A theme's category line under a listed link (Jetpack's related posts): `Dalam "Berita"`, `In "News"`.
_LINK_META_RE = re.compile(r"^(?:dalam|di|in)\s+[\"“][^\"”\n]{1,40}[\"”]\s*$", re.IGNORECASE)
# A time in brackets after a listed headline: `(2 jam lalu)`, `(12/1/2024)`.
_TIME_IN_BRACKETS_RE = re.compile(
    r"\s*\((?:[^()\n]{0,12}\d[^()\n]{0,20}|kemarin|baru saja)\)\s*$", re.IGNORECASE
)


def _related_label_line(text: str, lex: Lexicon) -> bool:
    """A line that is only a related-links label: `Baca Juga:`, `Berita Terkait`, `[ ARTIKEL PILIHAN ]`."""
    rl = lex.related
    tokens = [t.casefold() for t in _CHROME_TOKEN_RE.findall(text)]
    if not tokens or len(tokens) > rl.label_max_words or re.search(r"\w[.!?]\s*$", text):
        return False
    if not all(t in rl.label_words or t in lex.chrome.function_words for t in tokens):
        return False
    if len(tokens) == 1 and tokens[0] not in rl.bare_heads and tokens[0] not in ("baca", "bacaan"):
        return False  # `Berita`, `Terkini` alone are category labels as often
    return any(t in rl.block_label_words for t in tokens)


def _tailed_headline(text: str, lex: Lexicon) -> bool:
    """A title-cased headline closed by a link's tail: a reading cue in brackets or after a separator."""
    rl = lex.related
    m = rl.tail_re.search(text) or rl.closing_arrow_re.search(text)
    if not m or not (m.groupdict().get("cue") or m.re is rl.closing_arrow_re):
        return False
    return _title_cased(text[: m.start()], rl.glyph_min_words, rl.min_title_share, rl.question_min_words)


def _headline_after(rest: str, lex: Lexicon, min_words: int) -> bool:
    """`rest` is a linked headline, with a time after it or not (`... | 22 menit lalu`)."""
    parts = re.split(r"\s+[|·•]\s+|\s*\|\s*$", lex.related.tail_re.sub("", rest.strip()))
    while len(parts) > 1 and (
        not [t for t in _tokens(lex.dates.mark(parts[-1])[0]) if t != _MARK] or _call_words(parts[-1], lex)
    ):
        parts.pop()  # a time (`| 22 menit lalu`) or a call (`| Dengarkan di Spotify`) after the headline
    headline = " | ".join(parts).strip()
    if "|" in headline and len(parts) > 1:
        return False
    return _title_cased(headline, min_words, lex.related.min_title_share, lex.related.question_min_words)


def _call_words(text: str, lex: Lexicon) -> bool:
    """`text` is made only of chrome cue words (one at least) and function words: `Dengarkan di Spotify`."""
    cl = lex.chrome
    tokens = [t.casefold() for t in _CHROME_TOKEN_RE.findall(text)]
    return any(t in cl.weights for t in tokens) and all(
        t in cl.weights or t in cl.function_words for t in tokens
    )


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
            cue += cl.weights.get(key, rl.label_extra_weight)
            n += 1
        elif key not in cl.function_words:
            return None
    if n == 1 and len(tokens) == 1 and tokens[0].casefold() not in rl.label_heads:
        return None
    return cue, n


def _labelled_headline(page: Page, line: Line, lex: Lexicon, *, explicit: bool = False) -> bool:
    """A headline after a label of cue words; with `explicit`, only a label set off by a separator or in
    brackets counts (a line taken for the title: `Bacaan Menarik: Harga ...` is a link all the same)."""
    rl = lex.related
    min_cue = rl.title_label_min_cue if explicit else rl.label_min_cue
    text = line.text
    glyph = text[:1] if line.kind is LineKind.LIST_ITEM and not text[:1].isalnum() else _lead_glyph(text)
    if glyph:
        text = text.lstrip(glyph + " \t")
        glyph = glyph if glyph not in "-*•·" else ""
    bracket = re.match(r"^[\[【(]\s*([^\]】)\n]{1,60}?)\s*[\]】)]\s*", text)
    if bracket:
        cue = _label_cue(bracket.group(1), lex)
        return bool(cue and cue[0] >= min_cue and (cue[1] >= 2 or not explicit)) and _headline_after(
            text[bracket.end() :], lex, rl.min_words
        )
    label = rl.label_sep_re.match(text)
    if label:
        cue = _label_cue(label.group("label"), lex)
        if cue and cue[0] >= min_cue and (cue[1] >= 2 or not explicit):
            return _headline_after(text[label.end() :], lex, rl.min_words)
    if explicit:
        return False
    tokens = list(re.finditer(r"\S+", text))
    longest = 0
    while longest < len(tokens) and longest < rl.label_max_words:
        key = tokens[longest].group().strip(",.;:!?").casefold()
        if key not in rl.label_words and key not in lex.chrome.function_words:
            break
        longest += 1
    # The headline may open with a function word (`Kamu Mungkin Suka Lupa Bayar Pajak? ...`): the label
    # is the longest run of cue and function words that reads as one, not always the whole run.
    for n in range(min(longest, len(tokens) - 1), 0, -1):
        if _bare_label(text, tokens, n, lex):
            return True
    if glyph and not _in_glyph_block(page, line, glyph):
        return _headline_after(text, lex, rl.glyph_min_words)
    return False


def _bare_label(text: str, tokens: list[re.Match[str]], n: int, lex: Lexicon) -> bool:
    """The first `n` tokens are a related-link label with no separator, and a headline follows them."""
    rl = lex.related
    if 0 < n < len(tokens):
        head = text[: tokens[n - 1].end()]
        cue = _label_cue(head, lex)
        rest = text[tokens[n].start() :]
        related = any(t.group().strip(",.;:!?").casefold() in rl.bare_words for t in tokens[:n])
        last = tokens[n - 1].group().strip(",.;:!?").casefold()
        # A label in capitals before a headline that is not (`TERPOPULER Harga ...`, `WAJIB BACA Harga ...`).
        shouting = (n >= 2 or last in rl.label_heads) and head.isupper() and not tokens[n].group().isupper()
        ends = last in rl.label_words or last in rl.bare_enders  # `Cek Juga`, not `Cerita Di`
        single = n == 1 and last in rl.bare_heads
        if (
            cue
            and (rest[:1].isupper() or rest[:1].isdigit())
            and ((n >= 2 and related and ends and cue[0] >= rl.label_min_cue) or single or shouting)
        ):
            return _headline_after(rest, lex, rl.bare_min_words)
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
# The size of an ad unit: `300x250`, `970 X 250`, `728×90`.
_AD_SIZE_RE = re.compile(r"(?<![\w.,])\d{2,4}\s*[x×]\s*\d{2,4}(?![\w.,])", re.IGNORECASE)
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
    marked = _AD_SIZE_RE.sub(f" {_MARK} ", marked)  # an ad unit's size (`300x250`) says nothing more
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
    ad_words = cl.families.get("ads", frozenset())
    # a standard ad unit's size (`728x90`, `300x250`) is an ad cue of its own: `Banner 300x250`
    unit_sizes = sum(
        1 for m in _AD_SIZE_RE.finditer(text) if line_key(m.group()).replace(" ", "") in cl.ad_sizes
    )
    cue += unit_sizes * cl.ad_size_weight
    strong = strong or unit_sizes > 0
    ad_line = unit_sizes > 0 or any(t.casefold() in ad_words for t in tokens)
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
        elif key in cl.ad_slot_words and ad_line:
            classes.append("neutral")  # `Kolom Iklan`, `SPACE IKLAN 970X250`
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
    names = others = runs = 0
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
        # ... or an ad network set off from its ad label, at the line's end (`IKLAN - Teads`, `iklan: mgid`).
        network = (
            before == "cue"
            and breaks[i]
            and j == len(tokens)
            and len(run) <= 2
            and tokens[i - 1].casefold() in ad_words
        )
        if slot or named or network:
            names += len(run)
            runs += 1
            last_named = j - 1
        else:
            others += len(run)
        i = j
    if not any(breaks[1:]) and (runs >= 3 or (runs >= 2 and not strong) or names >= 5):
        # Names and cue words taking turns with no punctuation between them read as a headline (`Video
        # Viral di Media Sosial Tuai Kritik`), not as a credit (`Foto: Sari Siregar`, `Penulis Sari Siregar`).
        return None
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


_SENTENCE_CLOSE_RE = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _told_sentence(line: Line, lex: Lexicon) -> bool:
    """A sentence telling what happened, however many cue words it has: `Unggahan itu dibagikan lebih dari
    12 ribu kali di Twitter.` (`itu`, where chrome says `ini`; a count told in prose)."""
    cl = lex.chrome
    return (
        line.n_words >= cl.narrative_min_words
        and bool(_SENTENCE_CLOSE_RE.search(line.text))
        and bool(cl.narrative_re.search(line.text))
    )


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
        if len(line.text) > cl.max_chars or _told_sentence(line, lex) or cl.headline_re.match(line.text):
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


_WIDGET_KINDS = (
    ("share", _share_line),
    ("follow", _follow_call_hit),
    ("form", _form_line),
    ("cookie", _cookie_line),
    ("ad", _ad_notice),
)


def _shared(detect: Any) -> Any:
    """`detect`, run once per page and lexicon: the chrome line rule reads the other rules' lines too."""

    @functools.wraps(detect)
    def run(page: Page, lex: Lexicon) -> list[Span]:
        return page.memoised((detect.__name__, id(lex)), lambda: list(detect(page, lex)))

    return run


CHROME_LINE_RULE = "boilerplate.chrome_line.v1"
STORY_DATELINE_RULE = "boilerplate.story_dateline.v1"


RULES = (
    Rule("boilerplate.share_widget.v1", CATEGORY, _shared(detect_share_widgets)),
    Rule("boilerplate.counter.v1", CATEGORY, _shared(detect_counters)),
    Rule("boilerplate.symbol_line.v1", CATEGORY, _shared(detect_symbol_lines)),
    Rule("boilerplate.navigation.v1", CATEGORY, _shared(detect_navigation_labels)),
    Rule("boilerplate.chrome_prefix.v1", CATEGORY, _shared(detect_chrome_prefixes)),
    Rule("boilerplate.head_label.v1", CATEGORY, _shared(detect_head_labels)),
    Rule("boilerplate.breadcrumb.v1", CATEGORY, _shared(detect_breadcrumbs)),
    Rule("boilerplate.dateline.v1", CATEGORY, _shared(detect_datelines)),
    Rule(STORY_DATELINE_RULE, CATEGORY, _shared(detect_story_datelines)),
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
