"""Injected spam: gambling, loan, pharma and adult phrases inserted into text, whole promotional
lines and keyword walls.

Phrases are matched on a folded view of each line (`_View`): fancy Unicode letters folded to ASCII,
combining marks dropped, letters spaced or dotted out (`s l o t`, `g-a-c-o-r`) joined, and leetspeak
digits accepted by the pattern itself (`s10t g4c0r`). Offsets found in the view are mapped back to
the line exactly, so flags carry offsets into the normalised text.

A phrase is *strong* (`slot gacor`) or *weak* (`data hk`, which also reads as data about Hong Kong).
A strong phrase is removed unless it is the topic of a sentence about gambling, loans, pharma or
adult content; a weak one only with a sign of injection. Lines made mostly of phrases and
promotional words go whole. Everything is computed once per page and shared by the two rules and
the `spam_phrase_share` signal.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice, product
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Signal, Span, compile_phrases, line_span
from pipeline.text import WORD_RE, ends_sentence

CATEGORY = "injected_spam"
_OPEN_QUOTES = "\"“‘'«"
_CLOSE_QUOTES = "\"”’'»"
_TRAILING_SEPARATOR_RE = re.compile(r"\s*[,;]")
_WORD_START_RE = re.compile(r"(?<![\w@$])[\w@$]")
_NOT_ALNUM_RE = re.compile(r"[\W_]+")
_SENTENCE_END_CHARS = ".!?…"
# How far around a phrase its sentence is looked for (a run-on line of megabytes has no end in sight).
_SENTENCE_WINDOW = 600

# --- the folded view --------------------------------------------------------------------------------

# Leetspeak: the characters that may stand for a letter inside a word.
_LEET = {"a": "4@", "b": "8", "e": "3", "g": "9", "i": "1", "l": "1", "o": "0", "s": "5$", "t": "7"}
_LEET_TO_LETTER = str.maketrans({"4": "a", "@": "a", "8": "b", "3": "e", "9": "g", "1": "i", "0": "o",
                                 "5": "s", "$": "s", "7": "t", "l": "i"})  # fmt: skip
# Between the words of a phrase: spaces, or a run of `.`, `-`, `_`, or nothing (`slotgacor`).
_WORD_GAP = r"(?:\s+|[._\-]+)?"
# Letters that look like Latin ones: Cyrillic and Greek homoglyphs, small capitals, dotless i.
_LOOKALIKES = dict(
    zip(
        "аеіјорсуѕхԁһӏАВЕІЈКМНОРСТХЅУαεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢıȷ",
        "aeijopcysxdhlabeijkmhopctxsyaeikvoptuxabehikmnoptyxzabcdefghijklmnopqrstuvwyzij",
        strict=True,
    )
)
# Characters that may need folding: anything outside ASCII but common punctuation, symbols and spaces.
# Zero-width and invisible characters are foldable (they fold to nothing), whatever block they sit in.
_FOLDABLE_RUN_RE = re.compile(
    r"[^\x00-\x7f\u00a0-\u00ac\u00ae-\u00bf\u00d7\u00f7\u2000-\u200a\u2010-\u205f\u20a0-\u20cf]+"
)
# What the view drops: combining marks over Latin letters (`s̶`), variation selectors, zero-width characters.
_DROP_RE = re.compile(
    r"[\u00ad\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
    r"\u200b-\u200f\u2060-\u206f\ufeff]"
)
# Three or more single letters or digits joined by one separator: `s l o t`, `s.l.o.t`, `g-a-c-o-r`.
_SPACED_RUN_RE = re.compile(r"(?<![^\W_])[^\W_](?:[ ._*·•~+/\\-][^\W_]){2,}(?![^\W_])")
# What every such run holds, found fast (the pattern opens with a character class, which `re` scans for).
_SPACED_PRECHECK_RE = re.compile(r"[ ._*·•~+/\\-][^\W_][ ._*·•~+/\\-][^\W_](?![^\W_])")
_ASCII_NOT_ALNUM = bytes(i for i in range(128) if not chr(i).isalnum())
_NON_ASCII_OTHER_RE = re.compile(r"[^\x00-\x7f\w]")  # neither ASCII nor a letter or digit


def _fold_char(ch: str) -> str:
    """The ASCII letter or digit a fancy character stands for, "" for a mark to drop, else the character."""
    if _DROP_RE.match(ch):
        return ""
    if ch in _LOOKALIKES:
        return _LOOKALIKES[ch]
    cp = ord(ch)
    for first in (0x1F150, 0x1F170, 0x1F1E6):  # negative circled, negative squared, regional indicators
        if first <= cp < first + 26:
            return chr(ord("a") + cp - first)
    category = unicodedata.category(ch)
    if category[0] not in "LN" and category != "So":  # circled letters are symbols (So)
        return ch
    alnum = [c for c in unicodedata.normalize("NFKD", ch) if c.isalnum()]
    return alnum[0] if len(alnum) == 1 and alnum[0].isascii() else ch


class _FoldTable(dict[int, str | None]):
    """`str.translate` table of `_fold_char`, filled in as characters are met."""

    def __missing__(self, cp: int) -> str | None:
        folded = _fold_char(chr(cp)) or None
        self[cp] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _unmap(removed: list[int], j: int) -> int:
    """Index before a removal of the `j`-th character left after it (`removed`: sorted removed indices)."""
    k = 0
    while True:
        k2 = bisect_right(removed, j + k)
        if k2 == k:
            return j + k
        k = k2


@dataclass(slots=True)
class _View:
    """A folded copy of a line, and the way back from its offsets to the line's.

    Two steps lead from the line to the view: folding (fancy letters to ASCII, one for one, and marks
    dropped: `dropped` holds their indices in the line) and joining spaced-out letters (`runs` holds
    each joined run as (start, end) in the view and its start in the folded text; every other
    character of a run was a one-character separator)."""

    source: str
    text: str
    dropped: list[int] = field(default_factory=list)
    runs: list[tuple[int, int, int]] = field(default_factory=list)
    run_starts: list[int] = field(default_factory=list)
    shift_after: list[int] = field(default_factory=list)  # separators removed up to each run's end

    def _to_folded(self, j: int) -> int:
        r = bisect_right(self.run_starts, j) - 1
        if r < 0:
            return j
        start, end, folded_start = self.runs[r]
        return folded_start + 2 * (j - start) if j < end else j + self.shift_after[r]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Line offsets of the view's text[start:end] (marks dropped right after it included)."""
        s, e = start, end - 1
        if self.runs:
            s, e = self._to_folded(s), self._to_folded(e)
        if self.dropped:
            s, e = _unmap(self.dropped, s), _unmap(self.dropped, e)
        e += 1
        while e < len(self.source) and _DROP_RE.match(self.source, e):
            e += 1
        return s, e


def _make_view(text: str) -> _View:
    """The folded view of a line: C-speed string operations only, whatever the line's length."""
    view = _View(text, text)
    if not text.isascii():
        pieces, pos = [], 0
        for m in _FOLDABLE_RUN_RE.finditer(text):
            run = m.group()
            folded = run.translate(_FOLD_TABLE)
            if folded != run:
                pieces += [text[pos : m.start()], folded]
                pos = m.end()
                if len(folded) != len(run):
                    view.dropped += [
                        m.start() + i for i, ch in enumerate(run) if _FOLD_TABLE[ord(ch)] is None
                    ]
        if pieces:
            pieces.append(text[pos:])
            view.text = "".join(pieces)
    folded = view.text
    if _SPACED_PRECHECK_RE.search(folded):
        pieces, pos, shift = [], 0, 0
        for m in _SPACED_RUN_RE.finditer(folded):
            letters = folded[m.start() : m.end() : 2]
            start = m.start() - shift
            pieces += [folded[pos : m.start()], letters]
            view.runs.append((start, start + len(letters), m.start()))
            view.run_starts.append(start)
            shift += m.end() - m.start() - len(letters)
            view.shift_after.append(shift)
            pos = m.end()
        if view.runs:
            pieces.append(folded[pos:])
            view.text = "".join(pieces)
    return view


# --- the lexicon ------------------------------------------------------------------------------------


def _render_char(ch: str) -> str:
    if ch == " ":
        return _WORD_GAP
    if ch.isalpha():
        return "[" + re.escape("".join(dict.fromkeys(ch + ch.upper() + _LEET.get(ch, "")))) + "]"
    return re.escape(ch)


def compile_obfuscated(phrases: Iterable[str], *, bounded: bool = True) -> re.Pattern[str]:
    """One trie-shaped pattern over `phrases` (as `compile_phrases`) that also matches their leetspeak
    forms and words joined by `.`, `-`, `_` or nothing (`slotgacor`). Case is spelled out in character
    classes (`[sS5$]`) rather than left to IGNORECASE. Without `bounded`, a phrase may start and end
    inside a word (for spaced-out letters joined into one).

    >>> bool(compile_obfuscated(["slot gacor"]).search("S10T-G4C0R"))
    True
    >>> bool(compile_obfuscated(["slot"]).search("slotnya"))
    False
    """
    alternatives = sorted({" ".join(p.casefold().split()) for p in phrases if p.strip()})
    if not alternatives:
        return re.compile(r"(?!x)x")
    trie: dict[str, dict] = {}
    for phrase in alternatives:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [_render_char(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if not bounded:
        return re.compile(render(trie))
    return re.compile(rf"(?<![\w@$])(?:{render(trie)})(?![\w@$])")


def _key(text: str) -> str:
    """A phrase's identity whatever its spelling: no separators, leet digits read as letters, `l` as `i`."""
    return _NOT_ALNUM_RE.sub("", text.casefold().translate(_LEET_TO_LETTER))


def _plain_key(text: str) -> str:
    return _NOT_ALNUM_RE.sub("", text.casefold())


def _words_after(terms: list[str], *, repeat: bool) -> re.Pattern[str]:
    """A pattern for one (or, with `repeat`, several) of `terms` right after a phrase, any case."""
    if not terms:
        return re.compile(r"(?!x)x")
    body = "|".join(_WORD_GAP.join(map(re.escape, t.split())) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{body}))" + ("+" if repeat else "") + r"(?!\w)", re.IGNORECASE)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in data[key])


@dataclass(frozen=True)
class Lexicon:
    phrase_re: re.Pattern[str]  # strong and weak phrases, obfuscation-tolerant
    phrase_in_run_re: re.Pattern[str]  # the same without word boundaries
    weak_keys: frozenset[str]  # `_key` of the weak phrases
    plain_keys: frozenset[str]  # `_plain_key` of every phrase: a match outside these is obfuscated
    market_codes: frozenset[str]
    promo_re: re.Pattern[str]
    subject_re: re.Pattern[str]
    news_re: re.Pattern[str]
    general_re: re.Pattern[str]
    tail_re: re.Pattern[str]  # promotional words that, right after a phrase, belong to it
    tail_signal_re: re.Pattern[str]  # those that mark a weak phrase as a lottery's
    subject_words: frozenset[str]
    attach_words: frozenset[str]
    whole_line_max_words: int
    line_min_share: float
    subject_protects_below: float
    wall_min_share: float
    wall_min_matches: int
    wall_min_token_share: float
    wall_sentence_min_token_share: float
    wall_max_words: int
    page_topic_min_lines: int
    dense_page_min_spans: int
    max_line_phrases: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        strong = [p for group in data["phrases"].values() for p in group]
        weak = [p for group in data.get("weak_phrases", {}).values() for p in group]
        templates = data["templates"]
        prefixes, weak_prefixes = templates["prefixes"], templates.get("weak_prefixes", [])
        markets, places = templates["markets"], templates.get("place_markets", [])
        strong += [f"{p} {m}" for p, m in product([*prefixes, *weak_prefixes], markets)]
        strong += [f"{p} {m}" for p, m in product(prefixes, places)]
        weak += [f"{p} {m}" for p, m in product(weak_prefixes, places)]
        brands = data.get("brands", {})
        strong += [f"{s}{x}" for s, x in product(brands.get("stems", []), brands.get("suffixes", []))]
        promo = data.get("promo", {})
        context = data["context"]
        strong_keys = {_key(p) for p in strong}
        return cls(
            phrase_re=compile_obfuscated([*strong, *weak]),
            phrase_in_run_re=compile_obfuscated([*strong, *weak], bounded=False),
            weak_keys=frozenset(_key(p) for p in weak) - strong_keys,
            plain_keys=frozenset(_plain_key(p) for p in [*strong, *weak]),
            market_codes=frozenset(m.casefold() for m in templates.get("market_codes", [])),
            promo_re=compile_phrases(promo.get("terms", [])),
            subject_re=compile_phrases(context["subject_words"]),
            news_re=compile_phrases(context["news_words"]),
            general_re=compile_phrases(context["general_words"]),
            tail_re=_words_after(promo.get("tail", []), repeat=True),
            tail_signal_re=_words_after(promo.get("tail_signals", []), repeat=False),
            subject_words=_words(context, "subject_words"),
            attach_words=_words(context, "attach_words"),
            whole_line_max_words=context["whole_line_max_words"],
            line_min_share=context["line_min_share"],
            subject_protects_below=context["subject_protects_below"],
            wall_min_share=context["wall_min_share"],
            wall_min_matches=context["wall_min_matches"],
            wall_min_token_share=context["wall_min_token_share"],
            wall_sentence_min_token_share=context["wall_sentence_min_token_share"],
            wall_max_words=context["wall_max_words"],
            page_topic_min_lines=context["page_topic_min_lines"],
            dense_page_min_spans=context["dense_page_min_spans"],
            max_line_phrases=context["max_line_phrases"],
        )


# --- finding phrases in a line ----------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    """A run of spam phrases in a line: offsets into the view and into the line."""

    vstart: int
    vend: int
    start: int = 0
    end: int = 0
    strong: bool = False  # holds a strong phrase
    obfuscated: bool = False  # spelled to dodge filters: leet, spaced, fancy letters
    tailed: bool = False  # followed by a promotional word that marks a lottery (`hari ini`, `prize`)
    markets_lowercase: bool = False  # holds a market code in lowercase (`hk`)


def _is_leet_number(matched: str) -> bool:
    """True when a word of the match is only digits: `4 slot`, `Rp 5.000` are numbers, not leet."""
    return any(not any(c.isalpha() for c in token) for token in re.findall(r"[\w@$]+", matched))


def _find_phrases(text: str, lex: Lexicon) -> tuple[_View, list[_Found], bool]:
    """The spam phrases of a line, overlapping or adjacent ones merged: `slot gacor` and `gacor hari ini`
    give `slot gacor hari ini`, `link alternatif` and `slot88` give `link alternatif slot88`. The search
    stops after `max_line_phrases` phrases (the third value is then True): the line is soaked in spam."""
    view = _make_view(text)
    v = view.text
    raw: list[tuple[int, int]] = []
    cap = lex.max_line_phrases
    for m in lex.phrase_re.finditer(v):
        raw.append(m.span())
        for word in _WORD_START_RE.finditer(v, m.start() + 1, m.end()):
            longer = lex.phrase_re.match(v, word.start())
            if longer and longer.end() > m.end():
                raw.append(longer.span())
        if len(raw) >= cap:
            break
    # Joined spaced-out letters lost their word gaps (`S L O T G A C O R M A X W I N`): inside them a
    # phrase may start and end anywhere.
    for run_start, run_end, _ in view.runs:
        if len(raw) >= cap:
            break
        raw += [m.span() for m in islice(lex.phrase_in_run_re.finditer(v, run_start, run_end), cap)]
    if not raw:
        return view, [], False
    found: list[_Found] = []
    for vstart, vend in sorted(raw):
        matched = v[vstart:vend]
        start, end = view.to_source(vstart, vend)
        original = text[start:end]
        plain = _plain_key(original) in lex.plain_keys
        if not plain and _is_leet_number(matched):
            continue
        weak = _key(matched) in lex.weak_keys
        lowercase_code = weak and any(w in lex.market_codes for w in re.findall(r"[a-z]+", original))
        item = _Found(
            vstart, vend, start, end, not weak, not plain or original != matched, False, lowercase_code
        )
        if found and (vstart <= found[-1].vend or v[found[-1].vend : vstart].isspace()):
            last = found[-1]
            if vend > last.vend:
                last.vend, last.end = vend, max(last.end, end)
            last.strong |= item.strong
            last.obfuscated |= item.obfuscated
            last.markets_lowercase |= item.markets_lowercase
        else:
            found.append(item)
    for item in found:
        item.tailed = bool(lex.tail_signal_re.match(v, item.vend))
        tail = lex.tail_re.match(v, item.vend)
        if tail:
            item.vend = tail.end()
            item.end = view.to_source(item.vstart, item.vend)[1]
    return view, found, len(raw) >= cap


# --- context ----------------------------------------------------------------------------------------


def _blank(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """`text` with the spans that fall in it replaced by spaces. `spans` are sorted by start and in the
    offsets of the line `text` was cut from at `offset`; only those near `text` are looked at."""
    i = bisect_right(spans, (offset, -1))
    while i > 0 and spans[i - 1][1] > offset:
        i -= 1
    pieces, pos, limit = [], 0, offset + len(text)
    while i < len(spans) and spans[i][0] < limit:
        start, end = max(pos, spans[i][0] - offset), min(len(text), spans[i][1] - offset)
        i += 1
        if end > start:
            pieces += [text[pos:start], " " * (end - start)]
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


@dataclass(slots=True)
class _Topic:
    subject: int = 0
    news: int = 0
    general: int = 0

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> _Topic:
        return cls(
            len(lex.subject_re.findall(text)),
            len(lex.news_re.findall(text)),
            len(lex.general_re.findall(text)),
        )

    @property
    def names(self) -> bool:
        """Names the subject, or the law's dealing with it."""
        return bool(self.subject or self.news)

    def about(self, page_named: bool) -> bool:
        return bool(self.subject or self.news or self.general >= 2 or (self.general and page_named))


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """True when the span stands between an opening and a closing quote on its line (a quotation)."""
    before, after = text[max(0, start - _SENTENCE_WINDOW) : start], text[end : end + _SENTENCE_WINDOW]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    return (
        opened >= 0
        and any(q in after for q in _CLOSE_QUOTES)
        and not any(q in before[opened + 1 :] for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES)
    )


_SENTENCE_BREAK_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (a full stop inside `5.000` or `s.l.o.t` ends nothing)."""
    lo = max(0, start - _SENTENCE_WINDOW)
    left = lo
    for m in _SENTENCE_BREAK_RE.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_BREAK_RE.search(text, end, end + _SENTENCE_WINDOW)
    right = m.start() + 1 if m else min(len(text), end + _SENTENCE_WINDOW)
    return left, right


def _previous_char(text: str, start: int) -> str:
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"([\w'’-]+)\s*$", text[max(0, start - 60) : start])
    return m.group(1).casefold() if m else ""


def _breaks_sentence_start(text: str, start: int) -> bool:
    """A lowercase phrase right after a full stop: it replaced the start of a sentence."""
    return _previous_char(text, start) in (".", "!", "?", "…") and text[start].islower()


def _attached(text: str, start: int, lex: Lexicon) -> bool:
    """True when the phrase hangs on what stands before it: punctuation, a sentence start, a
    preposition or determiner, a verb (me-, ber-, di-, ter-, per-) or a noun in -an."""
    before = _previous_char(text, start)
    if not before:
        return True
    if not (before.isalnum()):
        return before not in ".!?…" or not text[start].islower()
    word = _previous_word(text, start)
    return (
        word in lex.attach_words
        or (len(word) >= 5 and word.startswith(("me", "ber", "di", "ter", "per")))
        or (len(word) >= 6 and word.endswith("an"))
    )


# --- the page ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _LineScan:
    line: Line
    view: _View
    found: list[_Found]
    soaked: bool  # the search stopped early: the line holds more phrases than `found`
    spans: list[tuple[int, int]] = field(default_factory=list)  # of `found`, in line offsets
    share: float = 0.0  # of the line's words inside phrases, promotional words or numbers
    whole: bool = False
    inline: list[tuple[int, int, float]] = field(default_factory=list)  # page offsets

    def __post_init__(self) -> None:
        self.spans = [(f.start, f.end) for f in self.found]


@dataclass(slots=True)
class _PageScan:
    lines: list[_LineScan]


_NUMBER_RE = re.compile(r"x?\d[\d.,:-]*(?:k|rb|jt|x|%)?")


def _token_share(scan: _LineScan, lex: Lexicon) -> float:
    """Share of the line's words inside phrases, promotional words or numbers."""
    v = scan.view.text
    covered_spans = sorted(
        [(f.vstart, f.vend) for f in scan.found] + [m.span() for m in lex.promo_re.finditer(v)]
    )
    total = covered = k = 0
    for t in WORD_RE.finditer(v):
        a, b = t.span()
        total += 1
        while k < len(covered_spans) and covered_spans[k][1] <= a:
            k += 1
        word = t.group().casefold()
        if (
            (k < len(covered_spans) and covered_spans[k][0] < b)
            or _NUMBER_RE.fullmatch(word)
            or word in lex.subject_words
        ):
            covered += 1
    return covered / total if total else 0.0


def _phrase_char_share(scan: _LineScan) -> float:
    letters = len(_NOT_ALNUM_RE.sub("", scan.line.body)) or 1
    covered = sum(len(_NOT_ALNUM_RE.sub("", scan.line.text[f.start : f.end])) for f in scan.found)
    return covered / letters


def _neighbours(page: Page, line: Line) -> list[Line]:
    """The content lines just before and after a line (blank lines skipped)."""
    out = []
    for step in (-1, 1):
        i = line.index + step
        while 0 <= i < len(page.lines) and page.lines[i].kind is LineKind.BLANK:
            i += step
        if 0 <= i < len(page.lines):
            out.append(page.lines[i])
    return out


def _adjacent_sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Bounds of the sentences just before and after text[a:b] on the same line."""
    out = []
    i = a - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i >= 0:
        out.append((_sentence_bounds(text, i, i)[0], a))
    j = b
    while j < len(text) and (text[j].isspace() or text[j] in _SENTENCE_END_CHARS + "\"'”’)]"):
        j += 1
    if j < len(text):
        out.append((j, _sentence_bounds(text, j, j)[1]))
    return out


def _scan_page(page: Page, lex: Lexicon) -> _PageScan:
    """The spam phrases of every line, decided once per page: both rules and the signal read it."""
    return page.memoised(("injected_spam.scan", id(lex)), lambda: _compute_scan(page, lex))


def _compute_scan(page: Page, lex: Lexicon) -> _PageScan:
    scans: list[_LineScan] = []
    for line in page.lines:
        if line.kind is LineKind.BLANK:
            continue
        view, found, soaked = _find_phrases(line.text, lex)
        if found:
            scans.append(_LineScan(line, view, found, soaked))
    result = _PageScan(scans)
    if scans:
        _decide(page, result, lex)
    return result


def _decide(page: Page, result: _PageScan, lex: Lexicon) -> None:
    by_index = {s.line.index: s for s in result.lines}
    # The page names the subject when lines without phrases do.
    named_lines = sum(
        1
        for ln in page.lines
        if ln.kind is not LineKind.BLANK and ln.index not in by_index and lex.subject_re.search(ln.text)
    )
    page_named = named_lines >= lex.page_topic_min_lines

    def topic(text: str, spans: list[tuple[int, int]], offset: int = 0) -> _Topic:
        return _Topic.of(_blank(text, spans, offset), lex)

    # Strong phrases outside any sentence about the subject: how dense with spam the page is.
    loose = 0
    for scan in result.lines:
        for f in scan.found:
            if f.strong and loose < lex.dense_page_min_spans:
                a, b = _sentence_bounds(scan.line.text, f.start, f.end)
                loose += not topic(scan.line.text[a:b], scan.spans, a).about(page_named)
    dense = loose >= lex.dense_page_min_spans

    def qualifies(text: str, f: _Found) -> bool:
        """A strong phrase, or a weak one with a sign of injection."""
        return (
            f.strong
            or f.obfuscated
            or f.tailed
            or f.markets_lowercase
            or dense
            or (text[f.start].islower() and _previous_char(text, f.start) in ("", ".", "!", "?", "…"))
            or not _attached(text, f.start, lex)
        )

    qualified: dict[int, list[_Found]] = {}
    for scan in result.lines:
        qualified[scan.line.index] = [f for f in scan.found if qualifies(scan.line.text, f)]
        if (qualified[scan.line.index] or len(scan.found) >= lex.wall_min_matches) and (
            scan.line.n_words <= lex.wall_max_words
        ):
            scan.share = _token_share(scan, lex)

    def names_subject(line: Line) -> bool:
        """A neighbouring line names the subject outside its phrases (a promotional line does not count)."""
        scan = by_index.get(line.index)
        if scan is None:
            t = _Topic.of(line.text, lex)
        elif scan.share >= lex.line_min_share:
            return False
        else:
            t = topic(line.text, scan.spans)
        return bool(t.subject or t.news)

    for scan in result.lines:
        line, text, spans = scan.line, scan.line.text, scan.spans
        if scan.soaked:
            scan.whole = True
            continue
        # A keyword wall: many phrases, little else.
        wall_share = (
            lex.wall_sentence_min_token_share if ends_sentence(line.body) else lex.wall_min_token_share
        )
        if len(scan.found) >= lex.wall_min_matches and scan.share >= wall_share:
            scan.whole = True
            continue
        found = qualified[line.index]
        if line.kind is LineKind.TABLE_ROW or not found:
            continue
        short = line.n_words <= lex.whole_line_max_words
        neighbour_named = short and any(names_subject(nb) for nb in _neighbours(page, line))
        if short:
            rest = topic(text, spans)
            if scan.share >= lex.line_min_share and not (
                rest.news
                or rest.general >= 2
                or (rest.subject and scan.share < lex.subject_protects_below)
                or neighbour_named
            ):
                # A short promotional line; next to text about the subject it is that text's heading.
                scan.whole = True
                continue
        elif _phrase_char_share(scan) >= lex.wall_min_share and not topic(text, spans).about(page_named):
            scan.whole = True
            continue

        # Phrases inside the line.
        for f in found:
            if _inside_quotes(text, f.start, f.end):
                continue
            elif _breaks_sentence_start(text, f.start) or f.obfuscated:
                score = 1.0
            elif page_named or neighbour_named or _in_topic(text, spans, f, lex, page_named):
                continue
            else:
                score = 0.9 if f.strong else 0.8
            end = _removal_end(text, f.start, f.end)
            scan.inline.append((line.start + f.start, line.start + end, score))


def _in_topic(text: str, spans: list[tuple[int, int]], f: _Found, lex: Lexicon, page_named: bool) -> bool:
    """The phrase is the topic of its sentence (or the sentence next to it names the subject)."""
    a, b = _sentence_bounds(text, f.start, f.end)
    return _Topic.of(_blank(text[a:b], spans, a), lex).about(page_named) or any(
        _Topic.of(_blank(text[x:y], spans, x), lex).names for x, y in _adjacent_sentences(text, a, b)
    )


def _removal_end(text: str, start: int, end: int) -> int:
    """Where the removal of text[start:end] should end: past a comma or semicolon that would be left
    doubled or dangling (`air putih, situs gacor, sebelum` -> `air putih, sebelum`)."""
    before = _previous_char(text, start)
    trailing = _TRAILING_SEPARATOR_RE.match(text, end)
    if trailing and (not before or before in ",;:.!?"):
        return trailing.end()
    return end


# --- rules and signal -------------------------------------------------------------------------------


def detect_spam_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Whole lines that are promotion or keyword walls.

    Flags `Slot Gacor Hari Ini Maxwin`, `BOCORAN ADMIN JARWO – daftar sekarang`,
    `Situs Judi Online Terpercaya 2024 Daftar Sekarang`, `S L O T  G A C O R  M A X W I N`, a line of
    `keluaran sgp, pengeluaran hk, data sdy, ...` and a `slot88 | togel online | situs toto` wall;
    leaves `Polisi memblokir situs slot gacor` (a sentence about gambling), a heading
    `Mengenal Istilah Slot Gacor` over a paragraph about gambling, and `Data HK menunjukkan
    penurunan ekspor.` (Hong Kong data, not a lottery market).
    """
    for scan in _scan_page(page, lex).lines:
        if scan.whole:
            yield line_span(scan.line)


def detect_inline_phrases(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Spam phrases inside a longer line, unless quoted or the topic of a sentence about the subject.

    Flags `pengeluaran hk` in `... di arena global. pengeluaran hk menjalin kemitraan yang kuat, ...`
    (with a comma after it when one stands before it too), `s10t g4c0r` and `𝐬𝐥𝐨𝐭 𝐠𝐚𝐜𝐨𝐫` anywhere;
    leaves `pengeluaran pemerintah`, `Bandar Lampung`, `situs warisan dunia`, `4 slot waktu`,
    `Polisi menangkap admin yang mempromosikan "slot gacor" di media sosial.`, and a phrase in a
    sentence next to one that names gambling (`Istilah slot gacor merujuk pada ... bandar judi ...`).
    """
    for scan in _scan_page(page, lex).lines:
        if not scan.whole:
            yield from scan.inline


def _alnum_count(text: str) -> int:
    """How many letters and digits `text` holds (fast on megabytes: the ASCII part is counted as bytes)."""
    raw = text.encode("utf-8", "surrogatepass")
    ascii_other = len(raw) - len(raw.translate(None, _ASCII_NOT_ALNUM))
    if text.isascii():
        return len(text) - ascii_other
    return len(text) - ascii_other - len(_NON_ASCII_OTHER_RE.findall(text))


def measure_spam_share(page: Page, lex: Lexicon) -> float:
    """Share of the page's letters and digits inside spam phrases (obfuscated forms included), wherever
    they stand (no context guard): a gambling landing page scores high, an article that mentions a
    phrase or two scores low. A weak phrase counts only with a sign of its own (`data sgp hari ini`,
    `pengeluaran hk`, `d4ta hk`), so that `Data HK` in an article about Hong Kong does not."""
    total = _alnum_count(page.text)
    if not total:
        return 0.0
    covered = 0
    for scan in _scan_page(page, lex).lines:
        line_covered = 0
        for f in scan.found:
            if f.strong or f.obfuscated or f.tailed or f.markets_lowercase:  # not `Data HK` about Hong Kong
                line_covered += _alnum_count(scan.line.text[f.start : f.end])
        if scan.soaked:  # only the start of the line was searched: the rest is taken to be alike
            searched = _alnum_count(scan.line.text[: scan.found[-1].end]) or 1
            line_covered = round(line_covered * _alnum_count(scan.line.text) / searched)
        covered += line_covered
    return round(covered / total, 4)


RULES = (
    Rule("injected_spam.spam_line.v1", CATEGORY, detect_spam_lines),
    Rule("injected_spam.inline_phrase.v1", CATEGORY, detect_inline_phrases),
)
SIGNALS = (Signal("spam_phrase_share", measure_spam_share),)
