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
import string
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice, pairwise, product
from typing import Any, NamedTuple

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import (
    Rule,
    Signal,
    Span,
    compile_phrases,
    line_span,
    literal_alternation,
    merge_spans,
)
from pipeline.text import WORD_RE, ends_sentence, sentences, words

CATEGORY = "injected_spam"
# A quotation in running text, from its opening mark to its closing one, or to the end of the text
# searched when it is not closed there. Single quotes count only closed, opened after no letter and
# closed before none: `'` and `’` are apostrophes too (`Jum'at`, `Qur’an`).
_CLOSING_QUOTE = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’"}
_QUOTATION_RE = re.compile(
    r'"[^"\n]*(?:"|$)|“[^”\n]*(?:”|$)|«[^»\n]*(?:»|$)'
    r"|(?<![\w'])'(?=[^\s'])[^'\n]{1,300}'(?!\w)|(?<!\w)‘[^’\n]{1,300}’(?!\w)"
)
_TRAILING_SEPARATOR_RE = re.compile(r"\s*[,;]")
_TRAILING_STOP_RE = re.compile(r"[.!?…]+(?=\s|$)")
_WORD_START_RE = re.compile(r"(?<![\w@$])[\w@$]")
_NOT_ALNUM_RE = re.compile(r"[\W_]+")
_SENTENCE_END_CHARS = ".!?…"
# How far around a phrase its sentence is looked for (a run-on line of megabytes has no end in sight).
_SENTENCE_WINDOW = 600

# --- the folded view --------------------------------------------------------------------------------

# Leetspeak: the characters that may stand for a letter inside a word.
_LEET = {"a": "4@", "b": "8", "e": "3€", "g": "96", "i": "1!", "l": "1", "o": "0", "s": "5$", "t": "7"}
_LEET_TO_LETTER = str.maketrans({"4": "a", "@": "a", "8": "b", "3": "e", "€": "e", "9": "g", "6": "g",
                                 "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t",
                                 "l": "i"})  # fmt: skip
# Between the words of a phrase: spaces, or a run of `.`, `-`, `_`, or nothing (`slotgacor`).
_WORD_GAP = r"(?:\s+|[._\-]+)?"
# Letters that look like Latin ones: Cyrillic and Greek homoglyphs, small capitals, dotless i.
_LOOKALIKES = dict(
    zip(
        "аеіјорсуѕхԁһӏАВЕІЈКМНОРСТХЅУαεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢıȷσωтямиквηβγϲѵ",
        "aeijopcysxdhlabeijkmhopctxsyaeikvoptuxabehikmnoptyxzabcdefghijklmnopqrstuvwyzijowtrmnkbnbycv",
        strict=True,
    )
) | dict(
    zip(
        # the "fancy text" alphabet of online generators (`ʂƖơɬ ɠąƈơɾ`; its ą, ơ and ų fold by NFKD) and
        # Cherokee capitals that look like Latin ones (`ᏚᏞᎾͲ ᏀᎪᏟᎾᎡ`)
        "ცƈɖɛʄɠɧʝƙƖɱŋ℘զཞʂɬ۷ҳყʑɾᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᎾᏢᎡᏚᎢᏙᏇᏃͲ",
        "bcdefghjklmnpqrstvxyzrabcdeghjklmoprstvwzt",
        strict=True,
    )
)
# Characters that may need folding: anything outside ASCII but common punctuation, symbols and spaces.
# Zero-width and invisible characters are foldable (they fold to nothing), whatever block they sit in.
_FOLDABLE_RUN_RE = re.compile(
    r"[^\x00-\x7f\u00a0-\u00ac\u00ae-\u00bf\u00d7\u00f7\u2000-\u200a\u2010-\u205f\u20a0-\u20cf]+"
)
# Those, or `()` standing for an `o` inside a word (`p!nj()l`, `$b()b€t`).
_FOLDABLE_OR_O_RE = re.compile(_FOLDABLE_RUN_RE.pattern + r"|(?<=[^\W_])\(\)|\(\)(?=[^\W_])")
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


# A symbol standing between the letters of two words to join them: `open🤑bo`, `rtp⚡slot`, `a|g|e|n`.
_JOINER_RE = re.compile(
    r"(?<=[^\W_])[|\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff](?=[^\W_])"
)


# A star, a bullet or a heart drawn inside a word in place of a vowel (`sl★t g★c★r`): read as `*` where that
# spells a word of the lexicons, else left to `_JOINER_RE` (`slot★gacor` joins two words).
_MASK_CHAR_RE = re.compile(r"(?<=[^\W_])[★☆✦✧✩✪✫✬✭✮✯✰✱✲✳✴✵✶✷✸✹✺✻✼✽●•◆◇♦♥❤](?=[^\W_])")


def _make_view(text: str, decensor: Callable[[str], str] | None = None) -> _View:
    """The folded view of a line: C-speed string operations only, whatever the line's length. With
    `decensor`, words with vowels starred out are written out (`t*g*l` -> `togel`, one for one)."""
    view = _View(text, text)
    if not text.isascii() or "()" in text:
        pieces, pos = [], 0
        for m in _FOLDABLE_OR_O_RE.finditer(text):
            run = m.group()
            folded = "o" if run == "()" else run.translate(_FOLD_TABLE)
            if folded != run:
                pieces += [text[pos : m.start()], folded]
                pos = m.end()
                if len(folded) != len(run):
                    view.dropped += (
                        [m.start() + 1]
                        if run == "()"
                        else [m.start() + i for i, ch in enumerate(run) if _FOLD_TABLE[ord(ch)] is None]
                    )
        if pieces:
            pieces.append(text[pos:])
            view.text = "".join(pieces)
    if decensor is not None and _MASK_CHAR_RE.search(view.text):
        starred = _MASK_CHAR_RE.sub("*", view.text)
        written = decensor(starred)  # one for one: a mask it wrote out is a letter, the others stay
        view.text = "".join(w if w != s else o for o, s, w in zip(view.text, starred, written, strict=True))
    if _JOINER_RE.search(view.text):
        view.text = _JOINER_RE.sub(" ", view.text)  # one for one: offsets are kept
    if decensor is not None and "*" in view.text:
        view.text = decensor(view.text)
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


# A letter written twice or more in a row: one letter in a phrase's key (`gacorrr` is `gacor`).
_DOUBLED_RE = re.compile(r"([a-z])\1+")


def _render_char(ch: str) -> str:
    if ch == " ":
        return _WORD_GAP
    if ch.isalpha():
        # A letter may be drawn out (`slooot gacorrr`), a few times at most: backtracking stays bounded
        # where two classes share a character (`i` and `l` both take `1`).
        return "[" + re.escape("".join(dict.fromkeys(ch + ch.upper() + _LEET.get(ch, "")))) + "]{1,5}"
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
    return _DOUBLED_RE.sub(r"\1", _NOT_ALNUM_RE.sub("", text.casefold().translate(_LEET_TO_LETTER)))


def _plain_key(text: str) -> str:
    return _NOT_ALNUM_RE.sub("", text.casefold())


def _words_after(terms: list[str], *, repeat: bool) -> re.Pattern[str]:
    """A pattern for one (or, with `repeat`, several) of `terms` right after a phrase, any case."""
    if not terms:
        return re.compile(r"(?!x)x")
    body = "|".join(_WORD_GAP.join(map(re.escape, t.split())) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{body}))" + ("+" if repeat else "") + r"(?!\w)", re.IGNORECASE)


def _words_before(terms: list[str]) -> re.Pattern[str]:
    """A pattern for one of `terms` right before the end of the searched text (a span's start)."""
    if not terms:
        return re.compile(r"(?!x)x")
    body = "|".join(_WORD_GAP.join(map(re.escape, t.split())) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{body})(?:[ \t]+|[._-]+)\Z", re.IGNORECASE)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in data[key])


# --- shapes: web addresses, phone numbers, sums of money, sites' names ------------------------------

_NEVER_RE = re.compile(r"(?!x)x")
_VOWELS = frozenset("aeiou")
# Leet digits read as the letters they stand for (unlike `_key`, `l` stays `l`).
_LEET_DIGITS = str.maketrans({"4": "a", "@": "a", "8": "b", "3": "e", "€": "e", "9": "g", "6": "g", "1": "i",
                              "!": "i", "0": "o", "5": "s", "$": "s", "7": "t"})  # fmt: skip
# Endings a bare host name is recognised by (`naga303.com`, `jpslot.vip`, `s.id`).
_TLDS = (
    "com|net|org|info|biz|id|co|io|me|vip|xyz|top|club|bet|casino|win|fun|icu|live|site|online|store|pro"
    "|cc|ws|asia|link|click|game|games|lol|bond|sbs|cfd|ly|ee|gg|tv|dev|app|us|uk|sg|my|cn|ru|to|la|im"
    "|one|shop|life|today|space|website|tech|cloud|buzz|xxx|porn|sex|gl|gd|at"
)
_URL_CHARS = r"[^\s<>\"'“”‘’()\[\]{}|,]"
# A web address: with a scheme or `www.`, or a host name with a known ending, and its path.
_LINK_RE = re.compile(
    rf"(?<![\w@/.-])(?:(?:https?://|www\.){_URL_CHARS}+"
    rf"|(?:[a-z0-9][a-z0-9-]*\.)+(?:{_TLDS})(?![\w-])(?:/{_URL_CHARS}*)?)",
    re.IGNORECASE,
)
_LINK_TRAILING = ".,;:!?"
# An Indonesian mobile number (`0812-3456-7890`, `+62 812 3456 7890`, `6281234567890`).
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\(\+?62\)\s?0?|\+?62[\s.-]?(?:\(0\)\s?)?|0\s?)8\d{1,3}(?:[\s.-]?\d{2,5}){2,3}(?!\d)"
)
# A sum of money or a multiplier: `Rp10 juta`, `Rp 318.432`, `5rb`, `10k`, `x5000`.
_MONEY = (
    r"(?:rp\.?\s?\d[\d.,]*(?:\s?(?:juta|jt|ribu|rb|miliar|k)\b)?"
    r"|\d+(?:[.,]\d+)?\s?(?:rb|ribu|jt|juta|k)(?!\w)|x\d{2,}(?!\w))"
)
_MONEY_RE = re.compile(r"(?<!\w)" + _MONEY, re.IGNORECASE)
# An hour with its part of the day (`jam 3 pagi`, `pukul 21.00 WIB`): one pattern for the three below.
_HOUR_HEAD = r"(?:jam|pukul)\s"
_HOUR = _HOUR_HEAD + r"\d{1,2}(?:[.:]\d{2})?(?:\s(?:pagi|siang|sore|malam|dini\shari|wib))?"
# A number with a unit that goes with a span: `4d`, `5k`, `10rb`, `x500`, `100%`, `18+`.
# Also a price in coins or a share (`100 perak`, `0 persen`), a time (`3 jam`, `7 hari`), an hour with
# its part of the day (`jam 3 pagi`, `pukul 21.00 WIB`) and a year.
_UNIT_RE = re.compile(
    r"(?:" + _HOUR + r"|x\d{2,}|\d{1,6}(?:d|k|rb|jt)|\d{1,3}%|18\+|\d{1,2}\s(?:digit|angka)|\d{1,4}\s?mg"
    r"|\d{1,4}\s?(?:perak|persen|juta|ribu|jam|hari|menit|kg|cm)|(?:19|20)\d{2}|\d{1,6})(?![\w+%]|[.,]\d)",
    re.IGNORECASE,
)
# A time or a year after a span: it goes with a phrase (`obat kuat tahan lama 3 jam`) but marks nothing.
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_HOUR_RE = re.compile(_HOUR_HEAD, re.IGNORECASE)
_PLAIN_UNIT_RE = re.compile(
    _HOUR + r"|\d{1,4}\s?(?:jam|hari|menit|persen|juta|ribu|kg|cm)|\d{1,6}|\d{1,3}%",
    re.IGNORECASE,
)
# A sum of money or a number with a unit right before a span (`limit 20 juta acc instan`).
_PREVIOUS_AMOUNT_RE = re.compile(
    r"(?<![\w.,])(?:rp\.?\s?)?\d[\d.,]*\s?(?:juta|jt|ribu|rb|k|d|%)(?:[ \t]+)\Z", re.IGNORECASE
)
# A site's name by its shape: letters with digits (`Petir99`, `ZEUS138`, `Lumbung4D`, `88slot`), or two
# capitalised parts and more (`RatuSpin`, `TigerJaya`, `CuanBet88`).
_DIGIT_BRAND_RE = re.compile(
    r"[A-Za-z]{2,}\d{2,}(?:[A-Za-z]{0,2}|(?i:official|resmi|login|daftar|link|vip|store|shop|cs|admin))|"
    r"[A-Za-z]{3,}\d[A-Za-z]|\d{2,}[A-Za-z]{3,}"
)
_CAMEL_BRAND_RE = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+\d*")
# A word: letters and digits, and `*` standing for letters inside it (`p*nj*l`).
_TOKEN_RE = re.compile(r"[^\W_]+(?:\*+[^\W_]+)*")
_CENSORED_RE = re.compile(r"(?<![\w*])(?:[^\W_]+\*[\w*]*|\*+[^\W_][\w*]*)(?![\w*])")
# A word of two consonants or more and no vowel: where a phrase may be written without its vowels.
_VOWELLESS_RE = re.compile(r"(?<![^\W_])[b-df-hj-np-tv-z]{2,}(?![^\W_])", re.IGNORECASE)
# Between the words of a span: spaces, or `.`, `_`, `-` joining them.
_GAP_RE = re.compile(r"[ \t]+|[._-]+(?=[^\W_])")
# A phone number right before a span (`hubungi wa 0812 3456 7890 obat kuat`): the seller's, as after it.
_PREVIOUS_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\(\+?62\)\s?0?|\+?62[\s.-]?(?:\(0\)\s?)?|0\s?)8\d{1,3}(?:[\s.-]?\d{2,5}){2,3}"
    r"[ \t]*[:,-]?[ \t]+\Z"
)
_PREVIOUS_TOKEN_RE = re.compile(r"(?<![^\W_*])([^\W_]+(?:\*+[^\W_]+)*)(?:[ \t]+|[._-]+)\Z")
# Emphasis of promotion: exclamation, arrows, check marks, fire and money emoji, lenticular brackets.
_EXCITEMENT_RE = re.compile(r"[!\u2190-\u21ff\u2700-\u27bf\u2b00-\u2bff\u3010\u3011\U0001f300-\U0001faff]")
# A colon, an arrow or a bar that leads from a run to its address (`Daftar: https://...`, `WA -> 0812...`).
_ADDRESS_LEAD_RE = re.compile(r"[ \t]*(?::|=|-?>{1,3}|»|→|\|)[ \t]*")
# Consonants a word without vowels needs to stand alone for a subject word (`mxwn`, not `tgl` for `tanggal`).
_MIN_LONE_SKELETON = 4
# How many words a span may grow by on either side.
_MAX_GROWTH = 8
# One to three capitalised words that end a sentence (`... khusus member baru Raja Cendana.`).
_SENTENCE_END_NAME_RE = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,3}(?=[.!]?[ \t]*$|[.!][ \t])", re.MULTILINE)


def _skeleton(word: str) -> str:
    """The consonants of a word, leet digits read as letters: `togel` and `tgl` give `tgl`."""
    return "".join(c for c in word.casefold().translate(_LEET_DIGITS) if c.isalnum() and c not in _VOWELS)


def _vowels_dropped(token: str, word: str) -> bool:
    """`token` is `word` with one vowel or more left out (or replaced by `*`): `tgl`/`t*g*l` for `togel`."""
    token = token.casefold().translate(_LEET_DIGITS)
    if token == word or not token:
        return False
    if "*" in token:
        return len(token) == len(word) and all(
            t == w or (t == "*" and w in _VOWELS) for t, w in zip(token, word, strict=True)
        )
    i = 0
    for ch in word:
        if i < len(token) and token[i] == ch:
            i += 1
        elif ch not in _VOWELS:
            return False
    return i == len(token)


def _alternating_case(word: str) -> bool:
    """Case switching inside a word to dodge filters: `sItUs`, `jUdI`, `oNlInE` (not `iPhone`, `RatuSpin`)."""
    letters = [c for c in word if c.isalpha()]
    switches = sum(a.isupper() != b.isupper() for a, b in pairwise(letters))
    return len(letters) >= 4 and switches >= 3 and switches >= len(letters) - 2


def _decensorer(words: Iterable[str]) -> Callable[[str], str]:
    """A function writing out, in a line's view, the words whose vowels are starred out (`t*g*l`,
    `*nl*ne`, `boc*r*n`): one star stands for one vowel, so offsets are kept."""
    by_shape: dict[tuple[int, str], list[str]] = {}
    for w in sorted(set(words)):
        if len(w) >= 4 and w.isalpha() and w.isascii():
            by_shape.setdefault((len(w), _skeleton(w)), []).append(w)

    def word_for(token: str) -> str | None:
        low = token.casefold()
        fits = [
            w
            for w in by_shape.get((len(low), _skeleton(low.replace("*", ""))), [])
            if all(t == c or (t == "*" and c in _VOWELS) for t, c in zip(low, w, strict=True))
        ]
        return fits[0] if len(set(fits)) == 1 else None

    def decensor(text: str) -> str:
        pieces, pos = [], 0
        for m in _CENSORED_RE.finditer(text):
            word = word_for(m.group())
            if word:
                pieces += [text[pos : m.start()], word]
                pos = m.end()
        return "".join([*pieces, text[pos:]]) if pieces else text

    return decensor


def _glued_vocabulary(words: list[str], subjects: list[str]) -> re.Pattern[str]:
    """Two or three words of the trade glued into one word, one of them a subject (`daftarslot`,
    `togelonline`): found with the pattern, checked for a subject by the caller."""
    singles = sorted(
        {w for w in words if " " not in w and len(w) >= 3 and w.isalpha()}, key=len, reverse=True
    )
    if not singles or not subjects:
        return _NEVER_RE
    body = "(?:" + "|".join(map(re.escape, singles)) + ")"
    return re.compile(rf"(?<![^\W_])(?i:{body}{body}{body}?)(?![^\W_])")


def _stems_pattern(stems: list[str], suffix: str) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, stems)) + ")" + suffix) if stems else _NEVER_RE


def _affix_pattern(stems: list[str]) -> re.Pattern[str]:
    if not stems:
        return _NEVER_RE
    body = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    return re.compile(rf"(?:{body})[a-z]{{3,}}|[a-z]{{3,}}(?:{body})")


def _tail_after_name(tails: list[str]) -> re.Pattern[str]:
    """A call to a site right after its name: the spaces before it and the call (`␣login`)."""
    if not tails:
        return _NEVER_RE
    body = "|".join(map(re.escape, tails))
    return re.compile(rf"[ \t]+(?:{body})(?![^\W_])", re.IGNORECASE)


def _glued_name_before(stems: list[str], tails: list[str]) -> re.Pattern[str]:
    """A lowercase word glued from a word of five letters or more and a stem of the trade's names
    (`tigerjaya`, `nusantarabet`), standing right before one of `tails` (anywhere, with no tails)."""
    if not stems:
        return _NEVER_RE
    s = "|".join(map(re.escape, stems))
    name = rf"(?<![^\W_])(?:[a-z]{{5,}}(?:{s})|(?:{s})[a-z]{{5,}})"
    if not tails:
        return re.compile(name + r"(?![^\W_])")
    t = "|".join(map(re.escape, tails))
    return re.compile(rf"{name}(?=[ \t]+(?:{t})(?![^\W_]))")


def _brand_candidates(stems: list[str], affixes: list[str]) -> re.Pattern[str]:
    """Where a site's name may stand: a word of letters and digits, in two capitalised parts, glued
    from the trade's stems or glued to one of `affixes` (found fast; `_is_brand` then decides)."""
    shapes = [r"[^\W\d_]+\d[^\W_]*", r"\d+[^\W\d_][^\W_]*", r"[A-Z][a-z]+[A-Z][^\W_]*"]
    if stems:
        shapes.append("(?i:(?:" + "|".join(map(re.escape, stems)) + "){2,4})")
    if affixes:
        body = "|".join(map(re.escape, sorted(affixes, key=len, reverse=True)))
        shapes.append(rf"(?i:(?:{body})[a-z]{{3,}}|[a-z]{{3,}}(?:{body}))")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(shapes) + r")(?![^\W_])")


def _is_brand(token: str, lex: Lexicon, *, headed: bool = False) -> bool:
    """A site's name by its shape (`Petir99`, `RatuSpin`, `JPSLOT`, `ratuspin`), common words of the
    shape aside. Two capitalised parts make a name only with one of the trade's stems in them
    (`KerajaanSpin`, not `MahaNakhon`), and stems glued only with a strong one among them (`rajajp`, not
    `dewacuan`), unless the word stands `headed` by a word that names a site (`daftar dewacuan`)."""
    folded = token.casefold()
    if len(token) < 4 or folded in lex.not_brands or _MONEY_RE.fullmatch(token):
        return False
    if _DIGIT_BRAND_RE.fullmatch(token):
        return True
    if _CAMEL_BRAND_RE.fullmatch(token):
        parts = [p.casefold() for p in re.findall(r"[A-Z][a-z]*|\d+", token)]
        return headed or any(p in lex.brand_stem_set or p.isdigit() for p in parts)
    if len(folded) < 5:
        return False
    if lex.glued_re.fullmatch(folded):
        return headed or bool(lex.glued_strong_re.search(folded))
    return bool(lex.affix_re.fullmatch(folded))


def _capital_name_after_run(token: str, run: str, lex: Lexicon) -> bool:
    """A word in capitals of six letters or more right after a run written in lower case (`booking cewek
    BO via KENCANASRI`, `aplikasi VCS TANTEMANIS`): the site or the seller the run names, whatever its
    letters. `run` is the run with a few words before it: in a line of capitals (`JUDI ONLINE MERUSAK
    GENERASI`) capitals say nothing."""
    folded = token.casefold()
    return (
        _shouted_name(token)
        and folded not in lex.not_brands
        and folded not in lex.prose_words
        and sum(c.islower() for c in run) >= 3
    )


def _shouted_name(token: str) -> bool:
    """A word in capitals of six letters or more that may be a name: not a word with its suffix shouted
    (`GACORNYA`)."""
    return token.isalpha() and token.isupper() and len(token) >= 6 and not token.endswith("NYA")


def _capital_name_in_prose(text: str, start: int, end: int, token: str) -> bool:
    """A site's name (`_is_brand`, without a head) in capitals of six letters or more (`KOITOTO`,
    `JPSLOT`) between two words in lower case: set into a host's sentence, where a name of the host would
    be capitalised, not shouted (`GACORNYA` is a word)."""
    if not _shouted_name(token):
        return False
    before = _PREVIOUS_TOKEN_RE.search(text, max(0, start - 60), start)
    after = _NEXT_TOKEN_RE.match(text, end)
    return bool(before and before.group(1).islower() and after and after.group(1).islower())


def _trade_brand(token: str, lex: Lexicon) -> bool:
    """A site's name of letters and digits that carries the trade: `cuanbet88`, `togel4d`, `SLOT777`."""
    letters = re.match(r"[^\W\d_]+", token)
    if not letters or not _DIGIT_BRAND_RE.fullmatch(token):
        return False
    word = letters.group().casefold()
    ending = token[letters.end() :].casefold()
    return bool(
        lex.trade_stem_re.match(word)
        or lex.trade_stem_end_re.search(word)
        or (len(word) >= 3 and ending in lex.trade_brand_endings)  # `Garuda4D`, `Petir138`, `Mawar303`
    )


def _pledge_pattern(terms: list[str], periods: list[str]) -> re.Pattern[str]:
    """A seller's promise: one of `terms`, or a share or a sum of money per one of `periods`.

    >>> [m.group() for m in _pledge_pattern(["amanah"], ["hari"]).finditer("Amanah, 2% per hari, 50rb/hari")]
    ['Amanah', '2% per hari', '50rb/hari']
    """
    alternatives = [compile_phrases(terms).pattern] if terms else []
    if periods:
        amount = rf"(?:\d+(?:[.,]\d+)?\s?%|{_MONEY})"
        period = "|".join(sorted((re.escape(p.casefold()) for p in periods), key=len, reverse=True))
        alternatives.append(rf"(?<!\w){amount}\s*(?:/\s*|(?:per|tiap|setiap)\s+)?(?:{period})(?!\w)")
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else _NEVER_RE


def _link_end(text: str, m: re.Match[str]) -> int:
    end = m.end()
    while end > m.start() and text[end - 1] in _LINK_TRAILING:
        end -= 1
    return end


def _host(link: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", link.casefold())
    return re.split(r"[/?#:]", host, maxsplit=1)[0]


def _terms(data: dict[str, Any], key: str) -> list[str]:
    return [" ".join(t.casefold().split()) for t in data.get(key, []) if t.strip()]


def _spaced_alternation(phrases: list[str]) -> str:
    """The regex source of `phrases` (`_terms`), longest first, a space inside one matching any run of
    spaces or tabs; a never-matching pattern when there are none."""
    return literal_alternation(phrases).replace(r"\ ", r"[ \t]+") or "(?!x)x"


def _address_leads(leads: list[str]) -> re.Pattern[str]:
    """`_ADDRESS_LEAD_RE`, or one of the words `leads` between spaces (`klik`, `via`)."""
    if not leads:
        return _ADDRESS_LEAD_RE
    return re.compile(
        rf"{_ADDRESS_LEAD_RE.pattern}|[ \t]+(?:{_spaced_alternation(leads)})[ \t]+", re.IGNORECASE
    )


def _ending_phrases(phrases: list[str]) -> re.Pattern[str]:
    """A pattern for a phrase of `phrases` ending right before the end of the searched range, the gap
    after it included (searched with `endpos`, like `_PREVIOUS_TOKEN_RE`)."""
    return re.compile(rf"(?<![^\W_])(?:{_spaced_alternation(phrases)})(?:[ \t]+|[._-]+)\Z", re.IGNORECASE)


def _single_keys(terms: Iterable[str]) -> frozenset[str]:
    return frozenset(_key(t) for t in terms if " " not in t)


@dataclass(frozen=True)
class PromoWeights:
    """What a promotional line shows, and how much each thing weighs (see `[promo_line]`)."""

    max_words: int = 30
    threshold: float = 3.0
    min_share: float = 0.35
    link: float = 1.5
    suspicious_link: float = 0.5
    contact: float = 1.5
    call_to_action: float = 1.0
    brand: float = 1.0
    money: float = 0.75
    hard_term: float = 0.75
    max_hard_terms: int = 3
    soft_term: float = 0.25
    max_soft_terms: int = 4
    spam: float = 2.0
    weak_spam: float = 1.0
    shouting: float = 0.5
    excitement: float = 0.5
    disguised: float = 1.0
    promise: float = 1.0
    max_promises: int = 3
    needs_one_of: frozenset[str] = frozenset({"link", "contact", "call_to_action", "brand", "promise"})
    aside_needs_one_of: frozenset[str] = frozenset(
        {"link", "contact", "call_to_action", "brand", "promise", "spam", "hard_term"}
    )

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PromoWeights:
        sets = ("needs_one_of", "aside_needs_one_of")
        known = {f for f in cls.__dataclass_fields__ if f not in sets}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        values.update({k: frozenset(data[k]) for k in sets if k in data})
        return cls(**values)


def _plain_name_pattern(tails: list[str]) -> re.Pattern[str]:
    """One to three capitalised words and a capitalised word of the trade's after them, right after a
    word in lower case: a site named in plain words inside a sentence (`main di Cahaya Bulan Casino`).
    A name that opens its line (`Cara Menambah Slot`, a heading in title case) is left alone.

    >>> names = _plain_name_pattern(["casino", "4d"])
    >>> [m.group() for m in names.finditer("Cara Casino. main di Cahaya Bulan Casino, atau Mawar 4D")]
    ['Cahaya Bulan Casino', 'Mawar 4D']
    """
    if not tails:
        return _NEVER_RE
    words = literal_alternation({form for t in tails for form in (t[:1].upper() + t[1:], t.upper())})
    return re.compile(rf"(?<=[a-z,] )(?:[A-Z][a-z]{{2,}}[ \t]+){{1,3}}(?:{words})(?![\w-])")


def _formula_pattern(formulas: dict[str, Any]) -> re.Pattern[str]:
    """The `[formulas]` shape: a head, an amount, then a slang unit or the bonus the amount buys.

    >>> formula = _formula_pattern({"heads": ["min depo", "depo"], "slang_units": ["rb"],
    ...     "bonus_words": ["bonus"], "bonus_units": ["%"]})
    >>> [m.group() for m in formula.finditer("Min depo 15rb, depo 30 bonus 40% tanpa to; depo 2 ton")]
    ['Min depo 15rb', 'depo 30 bonus 40%']
    """
    heads, slang = formulas.get("heads", []), formulas.get("slang_units", [])
    bonus, units = formulas.get("bonus_words", []), formulas.get("bonus_units", [])
    amount = r"(?:rp\.?\s?)?\d+(?:[.,]\d+)?"
    unit = rf"(?:\s?(?:{literal_alternation(units)}))?" if units else ""
    tails = [rf"\s?(?:{literal_alternation(slang)})"] if slang else []
    if bonus:
        tails.append(rf"{unit}\s+{compile_phrases(bonus).pattern}\s+{amount}{unit}")
    if not heads or not tails:
        return _NEVER_RE
    return re.compile(
        rf"{compile_phrases(heads).pattern}\s?{amount}(?:{'|'.join(tails)})(?![\w%])", re.IGNORECASE
    )


@dataclass(frozen=True)
class Lexicon:
    phrase_re: re.Pattern[str]  # strong and weak phrases, obfuscation-tolerant
    phrase_in_run_re: re.Pattern[str]  # the same without word boundaries
    weak_keys: frozenset[str]  # `_key` of the weak phrases
    plain_keys: frozenset[str]  # `_plain_key` of every phrase: a match outside these is obfuscated
    formula_re: re.Pattern[str]  # the trade's offers with their numbers (`depo 30 bonus 40`), strong
    # a name of capitalised plain words that ends in the trade's word (`Cahaya Bulan Casino`)
    plain_name_re: re.Pattern[str]
    name_pitch_re: re.Pattern[str]  # a word of the pitch that must stand in such a name's sentence
    market_codes: frozenset[str]
    promo_re: re.Pattern[str]
    subject_re: re.Pattern[str]
    news_re: re.Pattern[str]
    claim_re: re.Pattern[str]  # a seller's claim naming a regulator (`terdaftar & diawasi OJK`): no news
    general_re: re.Pattern[str]
    bypass_re: re.Pattern[str]  # `tanpa ribet` before a news word: the offer's own (`tanpa ribet OJK`)
    tail_re: re.Pattern[str]  # promotional words that, right after a phrase, belong to it
    tail_signal_re: re.Pattern[str]  # those that mark a weak phrase as a lottery's
    subject_words: frozenset[str]
    attach_words: frozenset[str]
    link_shorteners: frozenset[str]  # hosts that hide where a link goes (`bit.ly`, `s.id`)
    link_max_words: int  # a linked span of at most this many words may be an injected link
    predicate_openers: frozenset[str]  # a phrase after one, the host's predicate after it: wedged in
    aspect_words: frozenset[str]  # the same after a word of aspect or mood (`akan`, `telah`)
    clause_adverbs: frozenset[str]  # the same after an adverb with a verb after the phrase (`juga ... akan`)
    date_prepositions: frozenset[str]  # a phrase between one and its date (`pada ... 26 Oktober`)
    whole_line_max_words: int
    line_min_share: float
    subject_protects_below: float
    wall_min_share: float
    wall_min_matches: int
    wall_min_token_share: float
    wall_sentence_min_token_share: float
    wall_max_words: int
    wall_share_weight: float
    page_topic_min_lines: int
    dense_page_min_spans: int
    stack_min_lines: int
    stack_max_words: int
    stack_min_share: float
    max_line_phrases: int
    reference_words: frozenset[str]
    reference_window: int
    prose_words: frozenset[str]  # function words of plain Indonesian prose (`[prose]`)
    orphan_before_words: frozenset[str]  # words before a phrase that make it the sentence's own
    compound_heads: frozenset[str]  # nouns a phrase completes in news (`kasus`, `tren`, `ribuan`)
    orphan_after_words: frozenset[str]  # words after a phrase that make it the sentence's own
    orphan_determiners: frozenset[str]  # words shaped like verbs that are none (`berbagai`)
    orphan_subject_re: re.Pattern[str]  # more names of the trade a lone weak phrase may hold (`viagra`)
    lone_re: re.Pattern[str]  # words of the trade with no everyday reading, judged alone (`togel`)
    prose_min_words: int
    prose_plain_min_words: int
    prose_min_function_words: int
    # the vocabulary spans are grown from (`[vocabulary]`)
    vocab_subject_re: re.Pattern[str]  # a subject word, obfuscation-tolerant
    vocab_subject_in_run_re: re.Pattern[str]  # the same inside glued words
    vocab_after_re: re.Pattern[str]  # a word that continues a span, obfuscation-tolerant
    before_keys: frozenset[str]  # `_key` of the words that head a span (subjects included)
    address_lead_re: re.Pattern[str]  # `: `, `-> `, `klik `: what leads from a run to its address
    before_phrase_re: re.Pattern[str]  # the heads of more than one word (`live draw`), ending where it ends
    after_signal_keys: frozenset[str]  # `_key` of the `after` words that mark promotion
    anchor_keys: frozenset[str]  # `_key` of the subject words that are spam alone
    subject_keys: frozenset[str]
    after_keys: frozenset[str]  # `_key` of the single `after` words
    vocab_plain: frozenset[str]  # `_plain_key` of every vocabulary word: others are obfuscated
    skeletons: dict[str, str]  # consonants of a subject word -> the word (`pnjl` -> `pinjol`)
    skeleton_phrases: dict[tuple[str, ...], tuple[str, ...]]  # consonants of a phrase's words -> its words
    not_brands: frozenset[str]
    glued_re: re.Pattern[str]  # the trade's stems glued into one word
    glued_strong_re: re.Pattern[str]
    affix_re: re.Pattern[str]  # a strong stem glued to a word (`ratuspin`, `slotzeus`)
    brand_stem_set: frozenset[str]
    trade_stem_re: re.Pattern[str]  # a strong stem opening a word
    trade_stem_end_re: re.Pattern[str]  # a strong stem closing a word
    brand_candidate_re: re.Pattern[str]  # where a site's name may stand (checked with `_is_brand`)
    brand_head_keys: frozenset[str]
    adverb_keys: frozenset[str]  # `after` words a host writes before its verb (`cepat membantu`)
    call_head_keys: frozenset[str]  # heads that call a reader to a phrase (`link video syur`): a sign
    brand_tail_re: re.Pattern[str]  # a call after a site's name (`barong88 login`, `tigerjaya login`)
    name_before_tail_re: re.Pattern[str]  # a lowercase name glued with a stem (`tigerjaya`), before a call
    glued_name_re: re.Pattern[str]  # the same name, wherever it stands
    trade_brand_endings: frozenset[str]  # numbers that end a site's name whatever its word (`4d`, `303`)
    decensor: Callable[[str], str]  # writes out words with vowels starred out (`b*c*r*n` -> `bocoran`)
    glued_vocab_re: re.Pattern[str]  # words of the trade glued into one (`daftarslot`, `judionline`)
    bridge_words: frozenset[str]  # a word between two spans that joins them into one run
    joiner_re: re.Pattern[str]  # `dan`, `&` before a promise that carries a span on
    extend_only_keys: frozenset[str]  # words that carry a span on but make none with a lone subject
    place_keys: frozenset[str]  # cities and countries a lowercase span takes on its right only in lowercase
    number_head_re: re.Pattern[str]  # a span's end after which a number belongs to it
    date_head_re: re.Pattern[str]  # a span's end after which a year or an hour is the run's own
    everyday_keys: frozenset[str]  # `after` words that end no run after a site's name (`malam`)
    promise_re: re.Pattern[str]  # the promises of `after_signals`, obfuscation-tolerant
    left_signal_re: re.Pattern[
        str
    ]  # a promise or a call right before a span (`tanpa jaminan`, `klik di sini`)
    # landing-page prose (`[landing]`), for the share only
    landing_trade_re: re.Pattern[str]
    landing_re: re.Pattern[str]  # trade and marketing words
    landing_min_terms: int
    landing_min_density: float
    landing_title_min_share: float  # of the title's words in spam: the page offers the trade
    landing_title_min_density: float
    # offer pages (`[offer_page]`): loan, pharma and adult shops, for the share only
    offer_product_re: re.Pattern[str]
    offer_seller_re: re.Pattern[str]
    offer_order_re: re.Pattern[str]  # a way to order with no number (`COD`, `bayar di tempat`)
    offer: dict[str, Any]
    # promotional lines (`[promo_line]`)
    promo: PromoWeights
    cta_re: re.Pattern[str]
    hard_re: re.Pattern[str]
    soft_re: re.Pattern[str]
    pledge_re: re.Pattern[str]  # a seller's promise on a promotional line (`promise_terms`, a rate a day)
    # `cta_re`, `hard_re` and `pledge_re` without IGNORECASE, for casefolded text: twice as fast, for the
    # yes-or-no tests run on every paragraph (`_may_promote`)
    gate_res: tuple[re.Pattern[str], ...]
    suspicious_hosts: tuple[str, ...]
    suspicious_tlds: frozenset[str]
    official_suffixes: tuple[str, ...]
    # the trade's families (`[context.families]`): what names each, and the keys of its phrases
    family_subject_res: tuple[tuple[str, re.Pattern[str]], ...] = ()
    family_phrase_keys: tuple[tuple[str, frozenset[str]], ...] = ()
    topic_reach_words: int = 4  # see `_near_topic_word`
    offer_re: re.Pattern[str] = _NEVER_RE  # `tawaran`, `menawarkan`: see `_describes_an_offer`
    residue_max_words: int = 3  # see `_promo_residue`
    comma_wall_min_items: int = 4  # see `_mark_comma_walls`
    aside_max_words: int = 14  # see `_aside_around`
    glued_phrase_keys: frozenset[str] = frozenset()  # `_plain_key` of the phrases of two words or more
    leet_run_min_words: int = 3  # see `detect_disguised_runs`
    flip_run_min_letters: int = 4

    def families_named(self, text: str) -> frozenset[str]:
        """The families whose subject words `text` names (`judi` names gambling)."""
        return frozenset(name for name, subject_re in self.family_subject_res if subject_re.search(text))

    def families_of(self, span: str) -> frozenset[str]:
        """The families of the phrases in a span, by their keys (`0bat perangsang` is pharma)."""
        key = _key(span)
        return frozenset(name for name, keys in self.family_phrase_keys if any(k in key for k in keys))

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
        vocabulary = data.get("vocabulary", {})
        promo_line = data.get("promo_line", {})
        cta_re = compile_phrases(promo_line.get("call_to_action_words", []))
        hard_re = compile_phrases(promo_line.get("hard_terms", []))
        pledge_re = _pledge_pattern(
            promo_line.get("promise_terms", []), promo_line.get("promise_periods", [])
        )
        strong_keys = {_key(p) for p in strong}
        subjects, after, before = (_terms(vocabulary, k) for k in ("subjects", "after", "before"))
        # A lottery's market, or a city, after a span belongs to it (`angka main pcso`, `open bo medan`).
        after = [*after, *_terms(templates, "markets"), *_terms(templates, "place_markets")]
        after += _terms(vocabulary, "places")
        phrases = sorted({" ".join(p.casefold().split()) for p in [*strong, *weak]})
        skeleton_phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for phrase in phrases:
            parts = tuple(phrase.split())
            skeleton = tuple(_skeleton(w) for w in parts)
            if 2 <= len(parts) <= 3 and all(len(s) >= 2 for s in skeleton):
                skeleton_phrases.setdefault(skeleton, parts)
        stems = sorted(set(_terms(vocabulary, "brand_stems")), key=len, reverse=True)
        strong_stems = _terms(vocabulary, "brand_strong_stems")
        return cls(
            family_subject_res=tuple(
                (name, compile_phrases(family["subjects"]))
                for name, family in context.get("families", {}).items()
            ),
            family_phrase_keys=tuple(
                (
                    name,
                    frozenset(
                        k
                        for group in family["phrase_groups"]
                        for k in map(_key, data["phrases"].get(group, []))
                        if len(k) >= context.get("family_min_key_chars", 5)
                    ),
                )
                for name, family in context.get("families", {}).items()
            ),
            phrase_re=compile_obfuscated([*strong, *weak]),
            phrase_in_run_re=compile_obfuscated([*strong, *weak], bounded=False),
            weak_keys=frozenset(_key(p) for p in weak) - strong_keys,
            plain_keys=frozenset(_plain_key(p) for p in [*strong, *weak]),
            formula_re=_formula_pattern(data.get("formulas", {})),
            plain_name_re=_plain_name_pattern(_terms(vocabulary, "name_trade_tails")),
            name_pitch_re=compile_phrases(_terms(vocabulary, "name_pitch_words")),
            market_codes=frozenset(m.casefold() for m in templates.get("market_codes", [])),
            promo_re=compile_phrases(promo.get("terms", [])),
            subject_re=compile_phrases(context["subject_words"]),
            news_re=compile_phrases(context["news_words"]),
            claim_re=compile_phrases(context.get("claims", [])),
            general_re=compile_phrases(context["general_words"]),
            bypass_re=re.compile(
                rf"(?<!\w)(?:{literal_alternation(context['bypass_words'])})(?:\s+\w+){{0,2}}\s+$",
                re.IGNORECASE,
            ),
            tail_re=_words_after(promo.get("tail", []), repeat=True),
            tail_signal_re=_words_after(promo.get("tail_signals", []), repeat=False),
            subject_words=_words(context, "subject_words"),
            attach_words=_words(context, "attach_words"),
            link_shorteners=frozenset(h.casefold() for h in data.get("links", {}).get("shorteners", [])),
            link_max_words=data.get("links", {}).get("max_words", 0),
            predicate_openers=_words(context, "predicate_openers"),
            aspect_words=_words(context, "aspect_words"),
            clause_adverbs=_words(context, "clause_adverbs"),
            date_prepositions=_words(context, "date_prepositions"),
            whole_line_max_words=context["whole_line_max_words"],
            line_min_share=context["line_min_share"],
            subject_protects_below=context["subject_protects_below"],
            wall_min_share=context["wall_min_share"],
            wall_min_matches=context["wall_min_matches"],
            wall_min_token_share=context["wall_min_token_share"],
            wall_sentence_min_token_share=context["wall_sentence_min_token_share"],
            wall_max_words=context["wall_max_words"],
            wall_share_weight=context.get("wall_share_weight", 1.0),
            page_topic_min_lines=context["page_topic_min_lines"],
            dense_page_min_spans=context["dense_page_min_spans"],
            stack_min_lines=context.get("stack_min_lines", 3),
            stack_max_words=context.get("stack_max_words", 6),
            stack_min_share=context.get("stack_min_share", 0.6),
            max_line_phrases=context["max_line_phrases"],
            reference_words=frozenset(_terms(context, "reference_words")),
            reference_window=context.get("reference_window", 4),
            prose_words=frozenset(_terms(data.get("prose", {}), "function_words")),
            orphan_before_words=frozenset(_terms(context, "orphan_before_words")),
            compound_heads=frozenset(
                t
                for k in ("compound_heads", "general_words", "news_words", "subject_words")
                for t in _terms(context, k)
            ),
            orphan_after_words=frozenset(_terms(context, "orphan_after_words")),
            orphan_determiners=frozenset(_terms(context, "orphan_determiners")),
            orphan_subject_re=compile_phrases(context.get("orphan_subjects", [])),
            lone_re=(
                re.compile(
                    r"(?<![\w@$#])(?:"
                    + "|".join(map(re.escape, _terms(context, "lone_words")))
                    + r")(?![\w@$])",
                    re.IGNORECASE,
                )
                if _terms(context, "lone_words")
                else _NEVER_RE
            ),
            prose_min_words=data.get("prose", {}).get("min_words", 8),
            prose_plain_min_words=data["prose"]["plain_min_words"],
            prose_min_function_words=data.get("prose", {}).get("min_function_words", 2),
            vocab_subject_re=compile_obfuscated(subjects),
            vocab_subject_in_run_re=compile_obfuscated(subjects, bounded=False),
            vocab_after_re=compile_obfuscated([*after, *subjects]),
            before_keys=_single_keys([*before, *subjects]),
            address_lead_re=_address_leads(_terms(vocabulary, "address_leads")),
            before_phrase_re=_ending_phrases([t for t in before if " " in t]),
            after_signal_keys=frozenset(_key(t) for t in _terms(vocabulary, "after_signals")),
            anchor_keys=frozenset(_key(t) for t in _terms(vocabulary, "anchors")),
            subject_keys=_single_keys(subjects),
            after_keys=_single_keys(after),
            vocab_plain=frozenset(_plain_key(t) for t in [*subjects, *after, *before]),
            skeletons={_skeleton(w): w for w in subjects if " " not in w and len(_skeleton(w)) >= 3},
            skeleton_phrases=skeleton_phrases,
            not_brands=frozenset(_terms(vocabulary, "not_brands")),
            glued_re=re.compile("(?:" + "|".join(map(re.escape, stems)) + "){2,4}") if stems else _NEVER_RE,
            glued_strong_re=(
                re.compile("|".join(map(re.escape, strong_stems))) if strong_stems else _NEVER_RE
            ),
            affix_re=_affix_pattern(_terms(vocabulary, "brand_affix_stems")),
            brand_stem_set=frozenset(stems),
            trade_stem_re=_stems_pattern(strong_stems, ""),
            trade_stem_end_re=_stems_pattern(strong_stems, r"\Z"),
            brand_candidate_re=_brand_candidates(stems, _terms(vocabulary, "brand_affix_stems")),
            brand_head_keys=_single_keys(_terms(vocabulary, "brand_heads")),
            call_head_keys=_single_keys(_terms(vocabulary, "call_heads")),
            adverb_keys=_single_keys(_terms(vocabulary, "adverbs")),
            brand_tail_re=_tail_after_name(_terms(vocabulary, "brand_tails")),
            name_before_tail_re=_glued_name_before(
                _terms(vocabulary, "glued_name_stems"), _terms(vocabulary, "glued_name_tails")
            ),
            glued_name_re=_glued_name_before(_terms(vocabulary, "glued_name_stems"), []),
            trade_brand_endings=frozenset(_terms(vocabulary, "trade_brand_endings")),
            decensor=_decensorer([w for p in [*phrases, *subjects, *after, *before] for w in p.split()]),
            glued_vocab_re=_glued_vocabulary([*subjects, *after, *before], subjects),
            bridge_words=frozenset(_terms(vocabulary, "bridge_words")),
            joiner_re=(
                re.compile(
                    r"(?:" + "|".join(map(re.escape, _terms(vocabulary, "joiners"))) + r")[ \t]+",
                    re.IGNORECASE,
                )
                if _terms(vocabulary, "joiners")
                else _NEVER_RE
            ),
            extend_only_keys=frozenset(
                _key(t) for t in [*_terms(vocabulary, "extend_only"), *_terms(vocabulary, "places")]
            ),
            place_keys=_single_keys(
                [*_terms(vocabulary, "places"), *_terms(templates, "place_markets"), "korea", "jepang"]
            ),
            number_head_re=_words_before(_terms(vocabulary, "number_heads")),
            date_head_re=_words_before(_terms(vocabulary, "date_heads")),
            everyday_keys=frozenset(_key(w) for w in _terms(vocabulary, "everyday_after")),
            promise_re=compile_obfuscated(_terms(vocabulary, "after_signals")),
            left_signal_re=_words_before(
                [
                    *(
                        t
                        for t in _terms(vocabulary, "after_signals")
                        if t not in _terms(vocabulary, "everyday_promises")
                    ),
                    *_terms(vocabulary, "lead_ins"),
                ]
            ),
            landing_trade_re=compile_phrases(data.get("landing", {}).get("trade_terms", [])),
            landing_re=compile_phrases(
                [
                    *data.get("landing", {}).get("trade_terms", []),
                    *data.get("landing", {}).get("marketing_terms", []),
                ]
            ),
            landing_min_terms=data.get("landing", {}).get("min_terms", 2),
            landing_min_density=data.get("landing", {}).get("min_density", 0.2),
            topic_reach_words=context.get("topic_reach_words", 4),
            offer_re=compile_phrases(context.get("offer_words", [])),
            residue_max_words=data.get("promo_line", {}).get("residue_max_words", 3),
            comma_wall_min_items=context.get("comma_wall_min_items", 4),
            aside_max_words=context.get("aside_max_words", 14),
            glued_phrase_keys=frozenset(_plain_key(p) for p in [*strong, *weak] if len(p.split()) >= 2),
            leet_run_min_words=data.get("disguise", {}).get("leet_run_min_words", 3),
            flip_run_min_letters=data.get("disguise", {}).get("flip_run_min_letters", 4),
            landing_title_min_share=data.get("landing", {}).get("title_min_share", 0.5),
            landing_title_min_density=data.get("landing", {}).get("title_min_density", 0.1),
            offer_product_re=compile_phrases(data.get("offer_page", {}).get("product_terms", [])),
            offer_seller_re=compile_phrases(data.get("offer_page", {}).get("seller_terms", [])),
            offer_order_re=compile_phrases(data.get("offer_page", {}).get("order_terms", [])),
            offer={k: v for k, v in data.get("offer_page", {}).items() if not isinstance(v, list)},
            promo=PromoWeights.from_data(promo_line),
            cta_re=cta_re,
            hard_re=hard_re,
            soft_re=compile_phrases(promo_line.get("soft_terms", [])),
            pledge_re=pledge_re,
            gate_res=tuple(
                re.compile(r.pattern, r.flags & ~re.IGNORECASE) for r in (cta_re, hard_re, pledge_re)
            ),
            suspicious_hosts=tuple(h.casefold() for h in promo_line.get("suspicious_hosts", [])),
            suspicious_tlds=frozenset(t.casefold() for t in promo_line.get("suspicious_tlds", [])),
            official_suffixes=tuple(s.casefold() for s in promo_line.get("official_suffixes", [])),
        )


# --- finding phrases in a line ----------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    """A run of spam in a line: offsets into the view and into the line."""

    vstart: int
    vend: int
    start: int = 0
    end: int = 0
    strong: bool = False  # holds a strong phrase
    obfuscated: bool = False  # spelled to dodge filters: leet, spaced, fancy letters
    tailed: bool = False  # followed by a promotional word that marks a lottery (`hari ini`, `prize`)
    markets_lowercase: bool = False  # holds a market code in lowercase (`hk`)
    branded: bool = False  # holds a site's name (`Petir99`) or a web address
    composite: bool = False  # made of vocabulary words only, no phrase (`judi online`, `poker idn`)
    words: int = 0  # vocabulary words it grew by
    glued: bool = False  # glued to the host's word before it (`hidupjudionline`): not widened over it

    def absorb(self, other: _Found) -> None:
        self.vstart, self.vend = min(self.vstart, other.vstart), max(self.vend, other.vend)
        self.strong |= other.strong
        self.obfuscated |= other.obfuscated
        self.tailed |= other.tailed
        self.markets_lowercase |= other.markets_lowercase
        self.branded |= other.branded
        self.composite &= other.composite
        self.words += other.words


def _is_leet_number(matched: str) -> bool:
    """True when a word of the match is only digits: `4 slot`, `Rp 5.000` are numbers, not leet."""
    return any(not any(c.isalpha() for c in token) for token in re.findall(r"[\w@$]+", matched))


# What may stand between two phrases of one run: spaces, or the bars and bullets of a keyword list
# (`judi online | agen bola | slot online`); a comma or a word (`judi online, togel dan slot`) may not.
_WALL_BAR_RE = re.compile(r"[|•·»/]")
_WALL_GAP_RE = re.compile(rf"\s+|\s*{_WALL_BAR_RE.pattern}\s*")


def _find_phrases(text: str, lex: Lexicon) -> tuple[_View, list[_Found], bool]:
    """The spam phrases of a line, overlapping or adjacent ones merged: `slot gacor` and `gacor hari ini`
    give `slot gacor hari ini`, `link alternatif` and `slot88` give `link alternatif slot88`. The search
    stops after `max_line_phrases` phrases (the third value is then True): the line is soaked in spam."""
    view = _make_view(text, lex.decensor)
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
    # The trade's offers with their numbers (`depo 30 bonus 40`): plain strong phrases whatever digits.
    formulas = {m.span() for m in lex.formula_re.finditer(v)} if len(raw) < cap else set()
    raw += formulas
    # Joined spaced-out letters lost their word gaps (`S L O T G A C O R M A X W I N`): inside them a
    # phrase may start and end anywhere.
    for run_start, run_end, _ in view.runs:
        if len(raw) >= cap:
            break
        if lex.phrase_in_run_re.search(v, run_start, run_end) or lex.vocab_subject_in_run_re.search(
            v, run_start, run_end
        ):
            raw.append((run_start, run_end))  # a spaced-out run is one span: `a g e n j u d i b o l a`
    if not raw:
        return view, [], False
    found: list[_Found] = []
    names: list[bool] = []  # whether each found run holds a site's name
    for vstart, vend in sorted(raw):
        matched = v[vstart:vend]
        start, end = view.to_source(vstart, vend)
        original = text[start:end]
        formula = (vstart, vend) in formulas
        plain = formula or _plain_key(original) in lex.plain_keys
        if not plain and _is_leet_number(matched):
            continue
        weak = not formula and _key(matched) in lex.weak_keys
        lowercase_code = weak and any(w in lex.market_codes for w in re.findall(r"[a-z]+", original))
        obfuscated = (
            not plain
            or original != matched
            or "_" in original
            or any(map(_alternating_case, original.split()))
        )
        item = _Found(vstart, vend, start, end, not weak, obfuscated, False, lowercase_code)
        name = any(_is_brand(t, lex) for t in _TOKEN_RE.findall(matched))  # `NAGA303`, from `[brands]`
        if found and (vstart <= found[-1].vend or _WALL_GAP_RE.fullmatch(v, found[-1].vend, vstart)):
            last = found[-1]
            if vend > last.vend:
                last.vend, last.end = vend, max(last.end, end)
            # Two phrases side by side, not one inside the other (`obat kuat viagra`): an injected run.
            last.strong |= item.strong or vstart >= last.vend
            last.obfuscated |= item.obfuscated
            last.markets_lowercase |= item.markets_lowercase
            # A site's name in a run of the trade (`poker online NAGA303`) is promotion, as a name the
            # shapes find is; alone (`situs yang menawarkan slot88`) news may name it.
            last.branded |= name or names[-1]
            names[-1] |= name
        else:
            found.append(item)
            names.append(name)
    for item in found:
        item.tailed = bool(lex.tail_signal_re.match(v, item.vend))
        tail = lex.tail_re.match(v, item.vend)
        if tail:
            # a promise among the words after it (`agen judi bola terpercaya`) marks a weak phrase too
            item.tailed |= any(_key(w) in lex.after_signal_keys for w in tail.group().split())
            item.vend = tail.end()
            item.end = view.to_source(item.vstart, item.vend)[1]
    return view, found, len(raw) >= cap


def _vocabulary_word(view: _View, text: str, m: re.Match[str], lex: Lexicon) -> tuple[bool, bool] | None:
    """A vocabulary word (or a phrase a span grows over) matched in the view: None for a number read as
    leet (`4 slot`), else whether it is obfuscated (leet, fancy letters, case switching) and whether it
    is a word at all."""
    matched = m.group()
    start, end = view.to_source(*m.span())
    original = text[start:end]
    # A phrase is plain when written as the lexicon writes it (`judi` + `tembak ikan`), not as a word.
    plain = _plain_key(original) in (lex.plain_keys if m.re is lex.phrase_re else lex.vocab_plain)
    if not plain and _is_leet_number(matched):
        return None
    return (not plain or original != matched or _alternating_case(original)), True


_LAST_TOKEN_RE = re.compile(r"[^\W_]+\Z")


def _plain_everyday(view: _View, text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """A vocabulary word written plainly that is no promise or name of the trade (`malam`, `dewasa`,
    `alternatif`): after a site's name or disguised letters it is the host sentence's own word."""
    if _key(m.group()) not in lex.everyday_keys:
        return False
    start, end = view.to_source(*m.span())
    return text[start:end] == m.group() and _plain_key(text[start:end]) in lex.vocab_plain


def _spam_follows(view: _View, text: str, pos: int, lex: Lexicon) -> bool:
    """Whether more of the trade (a vocabulary word, a phrase, a site's name) comes right after `pos`."""
    v = view.text
    gap = _GAP_RE.match(v, pos)
    if not gap:
        return False
    p = gap.end()
    if lex.phrase_re.match(v, p):
        return True
    m = lex.vocab_after_re.match(v, p)
    if m:
        return not _plain_everyday(view, text, m, lex)
    token = _TOKEN_RE.match(v, p)
    return bool(token and _is_brand(token.group(), lex))


def _promise_follows(view: _View, pos: int, lex: Lexicon) -> bool:
    """Whether an `after` word that marks promotion (`terpercaya`, `gacor`) comes right after `pos`."""
    gap = _GAP_RE.match(view.text, pos)
    m = gap and lex.vocab_after_re.match(view.text, gap.end())
    return bool(m and _key(m.group()) in lex.after_signal_keys)


def _grow(view: _View, text: str, item: _Found, lex: Lexicon, *, after_on_left: bool = False) -> int:
    """Extend a span over the vocabulary words, sites' names, units and web addresses around it
    (`bandar togel online terpercaya Petir99`); return how many words it took. Only words right next
    to it count (spaces, `.`, `_` or `-` between). On its left a span takes heads (`bocoran`, `situs`),
    subject words, sites' names and sums of money, and with `after_on_left` the words that usually
    follow (for a site's name: `video viral full Petir99`)."""
    v = view.text
    grown = 0
    pos = solid = item.vend
    pending = 0  # numbers taken since the last word of the trade: kept only if one follows
    last = _LAST_TOKEN_RE.search(v, item.vstart, item.vend)
    after_name = bool(last and _is_brand(last.group(), lex))  # the run ends in a site's name
    for _ in range(_MAX_GROWTH):
        call = lex.brand_tail_re.match(v, pos) if after_name else None
        if call:  # `zeus138 daftar`: a call to the site right after its name
            pos = solid = call.end()
            grown += 1 + pending
            pending = 0
            after_name = False
            continue
        lead = lex.address_lead_re.match(v, pos)
        address = lead and (_LINK_RE.match(v, lead.end()) or _PHONE_RE.match(v, lead.end()))
        if address:  # `Slot Gacor Hari Ini: https://gacor.vip`, `... 👉 wa.me/62812...`
            item.branded = True
            pos = solid = address.end()
            grown += 1 + pending
            pending = 0
            continue
        gap = _GAP_RE.match(v, pos)
        if not gap:
            break
        p = gap.end()
        m = lex.vocab_after_re.match(v, p) or lex.phrase_re.match(v, p)
        link = _LINK_RE.match(v, p) if m else None
        if m and link and link.end() > m.end():
            m = None  # `wa.me/62857...` is an address, not the word `wa` and the rest
        joined = None if m else lex.joiner_re.match(v, p)
        if joined:  # `resmi dan terpercaya`, `aman & amanah`: a promise joined to the run
            m = lex.vocab_after_re.match(v, joined.end())
            if not (m and _key(m.group()) in lex.after_signal_keys):
                m = None
        if (
            m
            and m.re is lex.vocab_after_re
            and (after_name or (item.obfuscated and not item.composite))
            and _plain_everyday(view, text, m, lex)
            and not _spam_follows(view, text, m.end(), lex)
        ):
            break  # `Ombak88 malam minggu`, `ˢˡᵒᵗ ᵍᵃᶜᵒʳ dewasa`: a plain word after a name or disguised run
        after_name = False
        if (
            m
            and m.group()[:1].isupper()
            and _key(m.group()) in lex.place_keys
            and not any(c.isupper() for c in v[item.vstart : pos])
        ):
            break  # `Yogyakarta` after a lowercase span is the sentence's own word; `medan` is the span's
        if m:
            word = _vocabulary_word(view, text, m, lex)
            if word is None:
                break
            key = _key(m.group())
            if key in lex.adverb_keys:
                following = _NEXT_WORD_RE.match(v, m.end())
                if following and _PROSE_VERB_RE.fullmatch(following.group(1).casefold()):
                    break  # `... acc cepat membantu`: the host's adverb before its verb, not a promise
            if key in lex.extend_only_keys and m.re is not lex.phrase_re:
                lone = item.composite and not grown and not item.strong
                if lone and not _promise_follows(view, m.end(), lex):
                    # `slot murah`, `poker artis`: a lone subject word is carried on by nothing; a
                    # promise after the word carries it (`casino live dealer terpercaya`)
                    break
            else:
                item.words += 1
            item.obfuscated |= word[0]
            item.tailed |= key in lex.after_signal_keys or key in lex.subject_keys or m.re is lex.phrase_re
        else:
            token = _TOKEN_RE.match(v, p)
            if token and item.obfuscated and _wears_disguise(view, text, token.start(), token.end()):
                m = token  # `sc🅰️tter n🅰️g🅰️`: a word in the run's own disguise belongs to the run
            elif token and (
                _is_brand(token.group(), lex)
                or _capital_name_after_run(token.group(), v[max(0, item.vstart - 40) : pos], lex)
                or (
                    # `bocoran rtp nusantarabet`, `link alternatif tigerjaya`: after a word that names a
                    # site, a lowercase word glued with a stem of the trade's names is the site's name
                    lex.glued_name_re.fullmatch(token.group())
                    and _key(v[item.vstart : pos].split()[-1]) in lex.brand_head_keys
                )
            ):
                m = token
                item.branded = True
                after_name = True
            else:
                m = _PHONE_RE.match(v, p) or _UNIT_RE.match(v, p) or _LINK_RE.match(v, p)
                if m and m.re in (_LINK_RE, _PHONE_RE):
                    item.branded = True  # `slot gacor WA 0812-9988-7766`, `... gacor88.vip/daftar`
                elif m and _PLAIN_UNIT_RE.fullmatch(m.group()):
                    if item.composite and not grown:
                        break  # `slot 20 menit`, `poker 2019`: a subject word's own sentence
                    # `tahun [depo 10 bonus 10] 1903`: a year, a time or a share at a span's end is
                    # the sentence's own; inside a run (`situs toto 2023 terpercaya`) it is the run's,
                    # and after `sampai`, `tahan lama` (`limit sampai 50 juta`) too.
                    # A year is the sentence's date, never a promise (`... cair 2007, rata-rata`).
                    headed = lex.number_head_re.search(v, max(0, pos - 40), pos + 1)
                    if _YEAR_RE.fullmatch(m.group()) or _HOUR_RE.match(m.group()):
                        # ... unless a promise of the run's own dates it (`situs slot terpercaya 2026`)
                        headed = None if pending else lex.date_head_re.search(v, max(0, pos - 40), pos + 1)
                    if not headed:
                        pos, pending = m.end(), pending + 1
                        continue
                    item.tailed = True  # a promise: `putih dalam 7 hari`, `limit sampai 50 juta`
                else:
                    item.tailed |= bool(m)  # a promise in numbers: `100 perak`, `4d`, `x500`
        if not m:
            break
        pos = solid = m.end()
        grown += 1 + pending
        pending = 0
    pos = solid
    name = _SENTENCE_END_NAME_RE.match(v, pos) if item.strong else None
    if name and v[: item.vstart].rstrip()[-1:] in ("", ".", "!", "?"):
        # `Depo 25 bonus 25 khusus member baru Raja Cendana.`: a run that opens its sentence and a name in
        # capitals that ends it, nothing between: the site the run promotes, whatever its words.
        pos = name.end()
    item.vend = pos
    pos = item.vstart
    for _ in range(_MAX_GROWTH):
        lo = max(0, pos - 60)
        head = lex.before_phrase_re.search(v, lo, pos)
        if head:  # `live draw Majutoto`, `spin gratis member baru PutriSlot`: a head of two words
            pos = head.start()
            item.words += 1
            item.tailed = True
            continue
        m = _PREVIOUS_TOKEN_RE.search(v, lo, pos)
        if not m:
            break
        token = m.group(1)
        key = _key(token)
        if key in lex.place_keys and not _is_brand(token, lex):
            break  # a place takes on a span's right only (`open bo medan`): before it, the sentence's own
        if _is_brand(token, lex):
            item.branded = True
        elif item.obfuscated and _wears_disguise(view, text, m.start(1), m.end(1)):
            item.words += 1  # `ɓ𝐨𝐜𝐨𝐫𝐚𝐧 ...`: a word in the run's own disguise
        elif (key in lex.before_keys or (after_on_left and key in lex.after_keys)) and any(
            c.isalpha() for c in token
        ):
            source = text[slice(*view.to_source(m.start(1), m.end(1)))]
            disguised = (
                _plain_key(source) not in lex.vocab_plain or source != token or _alternating_case(token)
            )
            if item.obfuscated and not item.composite and not disguised:
                break  # `sebuah video b̲o̲c̲o̲r̲a̲n̲ t̲o̲g̲e̲l̲`: a plain word before a disguised span is the sentence's
            item.obfuscated |= disguised
            item.tailed |= key in lex.subject_keys or key in lex.call_head_keys
            item.words += 1
        else:
            phone = _PREVIOUS_PHONE_RE.search(v, max(0, pos - 40), pos)
            if phone:
                item.branded = True
                pos = phone.start()
                grown += 1
                continue
            promise = lex.left_signal_re.search(v, max(0, pos - 80), pos)
            if promise:  # `kta tanpa jaminan` before `langsung acc`
                item.tailed = True
                item.words += 1
                pos = promise.start()
                grown += 1
                continue
            amount = _PREVIOUS_AMOUNT_RE.search(v, lo, pos)
            head = amount and _PREVIOUS_TOKEN_RE.search(v, max(0, amount.start() - 60), amount.start())
            if not (head and _key(head.group(1)) in lex.before_keys):
                break  # a sum goes with a span after a head of its own (`limit 20 juta acc instan`)
            pos = amount.start()
            grown += 1
            continue
        pos = m.start(1)
        grown += 1
    item.vstart = pos
    return grown


def _wears_disguise(view: _View, text: str, start: int, end: int) -> bool:
    """The view's token text[start:end] is written in letters folded to plain ones (fullwidth,
    mathematical, squared emoji): nobody writes an everyday word that way, so next to a disguised run
    it is more of the run."""
    token = view.text[start:end]
    if not token.isalpha():
        return False
    source = text[slice(*view.to_source(start, end))]
    return not source.isascii() and _NOT_ALNUM_RE.sub("", source).casefold() != token.casefold()


def _obfuscated_words(view: _View, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Subject words and phrases written to dodge a phrase list, as view offsets: letters starred out
    (`p*nj*l`), spaced out without their vowels (`t*g*l` joined into `tgl`), or phrases without vowels
    (`tgl onln`, `obt kt`, `agn bl`)."""
    v = view.text
    for m in _CENSORED_RE.finditer(v):
        word = lex.skeletons.get(_skeleton(m.group()))
        if word and _vowels_dropped(m.group(), word):
            yield m.span()
    for run_start, run_end, _ in view.runs:
        token = v[run_start:run_end]
        word = lex.skeletons.get(_skeleton(token))
        if word and _vowels_dropped(token, word):
            yield run_start, run_end
    if not lex.skeleton_phrases:
        return
    for hit in islice(_VOWELLESS_RE.finditer(v), lex.max_line_phrases):
        skeleton = _skeleton(hit.group())
        if len(skeleton) >= _MIN_LONE_SKELETON and skeleton in lex.skeletons:
            yield hit.span()  # `mxwn`: a subject word without its vowels
            continue
        lo = max(0, hit.start() - 40)
        tokens = list(_TOKEN_RE.finditer(v, lo, min(len(v), hit.end() + 40)))
        if tokens and tokens[0].start() > 0 and v[tokens[0].start() - 1].isalnum():
            tokens = tokens[1:]  # cut by the window
        index = next((i for i, t in enumerate(tokens) if t.start() == hit.start()), None)
        if index is None:
            continue
        for size in (3, 2):
            for first in range(max(0, index - size + 1), index + 1):
                window = tokens[first : first + size]
                if len(window) < size or any(
                    not v[a.end() : b.start()].isspace() for a, b in pairwise(window)
                ):
                    continue
                parts = lex.skeleton_phrases.get(tuple(_skeleton(t.group()) for t in window))
                if (
                    parts
                    and all(
                        t.group().casefold() == w or _vowels_dropped(t.group(), w)
                        for t, w in zip(window, parts, strict=True)
                    )
                    and any(t.group().casefold() != w for t, w in zip(window, parts, strict=True))
                ):
                    yield window[0].start(), window[-1].end()


# A word said twice with a hyphen, a suffix after it (`gacor-gacornya`, `main-main`): Indonesian grammar
# (intensity, plurality), which no injected run writes.
_REDUPLICATED_RE = re.compile(r"([^\W\d_]{3,})-\1(?:nya|an|lah|kah|pun)?", re.IGNORECASE)


def _reduplicated(v: str, start: int, end: int) -> bool:
    """The word at v[start:end] is half of a reduplicated word (`sedang gacor-gacornya`).

    >>> _reduplicated("sedang gacor-gacornya: ia", 7, 12), _reduplicated("slot gacor-maxwin", 5, 10)
    (True, False)
    """
    a, b = start, end
    while a > 0 and (v[a - 1].isalpha() or v[a - 1] == "-"):
        a -= 1
    while b < len(v) and (v[b].isalpha() or v[b] == "-"):
        b += 1
    return bool(_REDUPLICATED_RE.fullmatch(v, a, b))


# A long run of characters with no space, where a phrase may hide glued to its host's words.
_GLUED_TOKEN_RE = re.compile(r"(?<!\S)[^\s#@/]{10,}(?!\S)")
_GLUED_TAIL_RE = re.compile(r"[^\W_]*")


def _glued_phrases(v: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Phrases of two words or more written with no space between their words and glued to the host's
    text (`hidupjudionline24jam`, `kilogram.OBATPELANGSINGAMPUH`, `normal.NontonFilmDewasaGratis`), with the
    letters and digits glued after them: written so to dodge a phrase list. Hashtags, handles and
    addresses are left to their rules (`#StopJudiOnline` is a campaign's)."""
    for token in _GLUED_TOKEN_RE.finditer(v):
        if "www" in token.group().casefold():
            continue
        for m in lex.phrase_in_run_re.finditer(v, token.start(), token.end()):
            if _plain_key(m.group()) in lex.glued_phrase_keys and not any(c.isspace() for c in m.group()):
                yield m.start(), _GLUED_TAIL_RE.match(v, m.end()).end()


def _find_spans(text: str, view: _View, phrases: list[_Found], lex: Lexicon) -> list[_Found]:
    """The line's spam spans: its phrases, runs of vocabulary words around a subject word (`judi
    online`, `poker idn`), obfuscated subject words and phrases, each grown over the vocabulary words,
    sites' names, units and web addresses next to it, then widened to whole words and addresses."""
    v = view.text
    items = list(phrases)
    taken = [(f.vstart, f.vend) for f in phrases]

    def free(a: int, b: int) -> bool:
        i = bisect_right(taken, (a, len(v) + 1))
        return not ((i > 0 and taken[i - 1][1] > a) or (i < len(taken) and taken[i][0] < b))

    cap = lex.max_line_phrases
    for m in islice(lex.vocab_subject_re.finditer(v), cap):
        if not free(*m.span()) or (not phrases and _reduplicated(v, *m.span())):
            continue
        word = _vocabulary_word(view, text, m, lex)
        if word is not None:
            anchor = _key(m.group()) in lex.anchor_keys
            items.append(_Found(m.start(), m.end(), strong=anchor, obfuscated=word[0], composite=True))
    for m in islice(lex.brand_candidate_re.finditer(v), cap):
        token = m.group()
        if not free(*m.span()) or not _is_brand(token, lex, headed=True):
            continue
        head = _PREVIOUS_TOKEN_RE.search(v, max(0, m.start() - 60), m.start())
        headed = bool(head and _key(head.group(1)) in lex.brand_head_keys)
        tail = lex.brand_tail_re.match(v, m.end())
        if headed or tail or _trade_brand(token, lex):
            # `daftar hoki368`, `link alternatif ratuspin`; `barong88 login`; `cuanbet88`, `togel4d`: a
            # call to the site next to its name, or the trade in the name
            start = head.start(1) if head and headed else m.start()
            end = tail.end() if tail else m.end()
            items.append(_Found(start, end, strong=True, branded=True, composite=True))
        elif _is_brand(token, lex):
            item = _Found(m.start(), m.end(), strong=True, branded=True, composite=True)
            if _capital_name_in_prose(v, m.start(), m.end(), token):
                # in capitals, set into a sentence of plain words: `... kasus DBD di KOITOTO dibanding ...`
                items.append(item)
                continue
            # A site's name after two words of the trade's vocabulary: `video indo viral full Petir99`.
            _grow(view, text, item, lex, after_on_left=True)
            if item.words >= 2:
                items.append(item)
    for m in islice(lex.name_before_tail_re.finditer(v), cap):
        # A site's name in lowercase, a word glued with a stem of the trade's names, before a call to
        # the site: `tigerjaya login`, `nusantarabet login` (`alfabet` alone is a word).
        tail = lex.brand_tail_re.match(v, m.end())
        word = m.group()
        if tail and free(m.start(), tail.end()) and not (word in lex.not_brands or word in lex.prose_words):
            items.append(_Found(m.start(), tail.end(), strong=True, branded=True, composite=True))
    for m in islice(lex.glued_name_re.finditer(v), cap):
        # The same name right after a word that names a site, when the stem is the trade's own
        # (`daftar nusantarabet`; `situs sriwijaya` is a place).
        word = m.group()
        if not (lex.trade_stem_re.match(word) or lex.trade_stem_end_re.search(word)):
            continue
        head = _PREVIOUS_TOKEN_RE.search(v, max(0, m.start() - 60), m.start())
        if (
            head
            and _key(head.group(1)) in lex.brand_head_keys
            and free(head.start(1), m.end())
            and not (word in lex.not_brands or word in lex.prose_words)
        ):
            items.append(_Found(head.start(1), m.end(), strong=True, branded=True, composite=True))
    for m in islice(lex.plain_name_re.finditer(v), cap):
        # A site named in plain words with the trade's word at its end (`di Pulau Dewata Slot`), in a
        # sentence that pitches (`name_pitch_words`): a run of its own, judged by its sentence like a
        # phrase (news names real casinos: `Wisatawan berkunjung ke Marina Bay Casino` stays).
        a, b = _sentence_bounds(v, m.start(), m.end())
        if free(*m.span()) and lex.name_pitch_re.search(_blank(v[a:b], [m.span()], a)):
            items.append(_Found(m.start(), m.end(), strong=True))
    for a, b in _obfuscated_words(view, lex):
        if free(a, b):
            items.append(_Found(a, b, strong=True, obfuscated=True, composite=True))
    for a, b in _glued_phrases(v, lex):
        if free(a, b):
            items.append(_Found(a, b, strong=True, obfuscated=True, glued=True))
    glued_seen = -1
    for hit in islice(lex.vocab_subject_in_run_re.finditer(v), cap):
        # Words of the trade glued to dodge a phrase list: `daftarslot`, `agenjudi` (looked for only
        # around a subject word inside a longer word).
        a, b = hit.span()
        while a > 0 and v[a - 1].isalpha():
            a -= 1
        while b < len(v) and v[b].isalpha():
            b += 1
        if a <= glued_seen or b - a == hit.end() - hit.start():
            continue
        glued_seen = a
        if free(a, b) and lex.glued_vocab_re.fullmatch(v, a, b):
            items.append(_Found(a, b, strong=True, obfuscated=True, composite=True))
    if not items:
        return []
    for item in items:
        grown = _grow(view, text, item, lex)
        if item.composite and not grown and not item.obfuscated and not item.strong:
            item.vend = -1  # a subject word alone: `Ia bermain poker`
    items = sorted((f for f in items if f.vend >= 0), key=lambda f: (f.vstart, -f.vend))
    merged: list[_Found] = []
    for item in items:
        if merged and (
            item.vstart <= merged[-1].vend
            or v[merged[-1].vend : item.vstart].isspace()
            or _bridged(v[merged[-1].vend : item.vstart], lex)
        ):
            # Two spans next to each other, or with a joining word between (`jam hoki main Sugar
            # Rush`), are one run; two phrases in one run make it an injection.
            last = merged[-1]
            both_phrases = not last.composite and not item.composite
            last.absorb(item)
            last.strong |= both_phrases
        else:
            merged.append(item)
    for item in merged:
        item.strong |= item.words >= 2  # a phrase and two more words of the trade: `data keluaran X lengkap`
        if item.composite and not item.strong:
            span = v[item.vstart : item.vend]
            subjects = len(lex.vocab_subject_re.findall(span))
            item.strong = (
                item.obfuscated or item.branded or subjects >= 2 or len(_TOKEN_RE.findall(span)) >= 3
            )
        source = view.to_source(item.vstart, item.vend)
        bare = source if item.glued else _whole_tokens(text, *source)
        item.start, item.end = with_wrapping(text, *_with_emoji(text, *bare))
        # Set apart by brackets, dashes, emoji or a hashtag (`(judi online)`, `🔥 judi bola 🔥`,
        # `#judionline`): a sign of injection, as a promise after it is.
        item.tailed |= (item.start, item.end) != bare or text[bare[0]] in "#@"
    # Runs that stand side by side once widened (`slot gacor (https://bit.ly/x)`, `#slotgacor #maxwin`)
    # are one run.
    out: list[_Found] = []
    for item in merged:
        if out and item.start <= out[-1].end + 3 and not text[out[-1].end : item.start].strip():
            last = out[-1]
            last.absorb(item)
            last.strong |= item.strong
            last.end = max(last.end, item.end)
        else:
            out.append(item)
    _mark_comma_walls(text, out, lex.comma_wall_min_items)
    return out


_COMMA_GAP_RE = re.compile(r"[ \t]*,[ \t]*")
# A list's last item joined to it (`..., slot88, dan rtp slot`): a sentence's enumeration.
_LIST_JOINER_RE = re.compile(r"[ \t]*,?[ \t]*(?:dan|atau|serta|maupun|hingga|sampai|and|or)\b", re.IGNORECASE)


def _mark_comma_walls(text: str, runs: list[_Found], min_items: int) -> None:
    """Runs of the trade listed with nothing but commas between them, `min_items` or more (`slot gacor,
    slot online, judi slot, slot88, rtp slot`): a keyword wall pasted into a line, each run a sign of
    injection as a promise after it is. A sentence that lists the trade joins its last item with a word
    (`slot gacor, togel dan judi bola`) or lists fewer."""
    chain: list[_Found] = []
    for item in [*runs, None]:
        if item is not None and (not chain or _COMMA_GAP_RE.fullmatch(text, chain[-1].end, item.start)):
            chain.append(item)
            continue
        if len(chain) >= min_items and not _LIST_JOINER_RE.match(text, chain[-1].end):
            for run in chain:
                run.strong = run.tailed = True
        chain = [item] if item is not None else []


# Emoji and pictographs that decorate a run (`🎰 slot gacor 🎰`, `SLOT GACOR ⚡ MAXWIN`).
_EMOJI = r"[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]?"
_EMOJI_GAP_RE = re.compile(rf"\s*(?:{_EMOJI})+\s*")
_EMOJI_BEFORE_RE = re.compile(rf"(?:^|(?<=\s))(?:{_EMOJI})+[ \t]?\Z")
_EMOJI_AFTER_RE = re.compile(rf"[ \t]?(?:{_EMOJI})+(?=\s|$)")


def _with_emoji(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a run over the emoji right around it: `🎰 slot gacor 🎰` goes whole."""
    before = _EMOJI_BEFORE_RE.search(text, max(0, start - 12), start)
    after = _EMOJI_AFTER_RE.match(text, end)
    return (before.start() if before else start), (after.end() if after else end)


# A label a run of spam is printed under inside a paragraph: it goes with the run.
_WRAP_LABEL_RE = re.compile(
    r"(?<!\w)(?:baca juga|lihat juga|simak juga|baca|simak|promo|sponsored|sponsor|iklan|ads|rekomendasi|"
    r"link terkait|situs terkait|link|link daftar|link login|daftar|login|wa|whatsapp|telegram|situs|"
    r"link alternatif|alternatif|kunjungi|klik|info|info lengkap|info selengkapnya|selengkapnya|cek|akses|"
    r"link resmi|situs resmi|web resmi|contact|kontak|hub|hubungi|cs|admin)[ \t]*:[ \t]*\Z",
    re.IGNORECASE,
)
_WRAPS = {"(": ")", "[": "]", "{": "}", "【": "】", "「": "」", "<": ">", "«": "»"}
_DASH_BEFORE_RE = re.compile(r"(?:^|(?<=\s))[-–—]{1,3}[ \t]?\Z")
_DASH_AFTER_RE = re.compile(r"[ \t]?[-–—]{1,3}(?=\s|$)")
_LINE_REST_RE = re.compile(r"[ \t.!?…]*\Z")
# Marks set around a run on both sides: `:: slot gacor ::`, `>> link daftar <<`, `** situs toto **`.
# (not bars: they part a table's cells)
_MARK_BEFORE_RE = re.compile(r"(?:^|(?<=\s))(::|>>|»|\*\*|~~|==)[ \t]?\Z")
_MARK_AFTER_RE = re.compile(r"[ \t]?(::|<<|«|\*\*|~~|==)(?=\s|$)")
_MARK_PAIRS = {"::": "::", ">>": "<<", "»": "«", "**": "**", "~~": "~~", "==": "=="}


def with_wrapping(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a run over the brackets or the pair of dashes that wrap it alone (`(slot gacor maxwin)`,
    `[daftar togel]`, `— situs judi bola resmi —`), and over a dash that leads it to its line's end
    (`..., kata dia — slot gacor`): removing the run leaves no empty brackets or dangling dash."""
    label = _WRAP_LABEL_RE.search(text, max(0, start - 30), start)
    if label:
        start = (
            label.start()
        )  # `(Baca juga: Situs Slot Gacor Terpercaya)`, `... pengunjung Link: heylink.me/x`
    if start > 0 and end < len(text) and _WRAPS.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    mark = _MARK_BEFORE_RE.search(text, max(0, start - 4), start)
    if mark:
        after = _MARK_AFTER_RE.match(text, end)
        if after and _MARK_PAIRS[mark.group(1)] == after.group(1):
            return mark.start(), after.end()
    before = _DASH_BEFORE_RE.search(text, max(0, start - 4), start)
    if before:
        after = _DASH_AFTER_RE.match(text, end)
        if after:
            return before.start(), after.end()
        if _LINE_REST_RE.match(text, end):
            return before.start(), end
    return start, end


def _bridged(gap: str, lex: Lexicon) -> bool:
    """The text between two spans is one joining word (`main`, `di`, `via`) between spaces, or emoji."""
    inner = gap.strip()
    if gap and _EMOJI_GAP_RE.fullmatch(gap):
        return True
    return gap[:1].isspace() and gap[-1:].isspace() and inner.casefold() in lex.bridge_words


_TOKEN_CHARS = frozenset("._-/:@?=&%#+~")


def _whole_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen text[start:end] to the whole web address or word it cuts into: a span never leaves half a
    token (`www.maxwin99-login.net` goes whole, not down to `www.-login.net`)."""
    if end < len(text) and text[end] == "%" and text[end - 1].isdigit():
        end += 1  # `bonus new member 100%`: the share goes with its number
    a, b = start, end
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] in _TOKEN_CHARS):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] in _TOKEN_CHARS):
        b += 1
    while b > end and text[b - 1] in _LINK_TRAILING:
        b -= 1
    while a < start and text[a] in _TOKEN_CHARS and not (text[a] in "#@" and text[a + 1 : a + 2].isalnum()):
        a += 1  # (a hashtag or a handle keeps its sign: `#slotgacor`, `@gacor88`)
    if (a, b) == (start, end):
        return start, end
    cut_word = (a < start and text[start - 1].isalnum()) or (end < b and text[end].isalnum())
    tagged = a < start and text[a] in "#@"
    return (a, b) if cut_word or tagged or _LINK_RE.fullmatch(text, a, b) else (start, end)


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
        news = sum(
            not lex.bypass_re.search(text, max(0, m.start() - 40), m.start())
            for m in lex.news_re.finditer(text)
        )
        return cls(len(lex.subject_re.findall(text)), news, len(lex.general_re.findall(text)))

    @property
    def names(self) -> bool:
        """Names the subject, or the law's dealing with it."""
        return bool(self.subject or self.news)

    def about(self, page_named: bool) -> bool:
        return bool(self.subject or self.news or self.general >= 2 or (self.general and page_named))


def about_the_trade(text: str, lex: Lexicon) -> bool:
    """Whether `text` speaks of the trades (names one, the law's dealing with one, or two words of a
    text about them: `[context] subject_words`, `news_words`, `general_words`).

    >>> from pipeline.config import Settings, load_rule_data
    >>> lex = Lexicon.from_data(load_rule_data(Settings())["injected_spam"])
    >>> about_the_trade("Kominfo memblokir ribuan  sepanjang tahun ini.", lex)
    True
    >>> about_the_trade("Harga cabai di pasar induk naik tajam.", lex)
    False
    """
    return _Topic.of(text, lex).about(page_named=False)


def page_names_the_trade(page: Page, lex: Lexicon) -> bool:
    """Whether the page's own text names the trades in `[context] page_topic_min_lines` lines or more
    (subject words outside its spam and its promotional lines): news about gambling or loans, whose
    sentences may read like a pitch (`... dengan janji dana cepat cair tanpa jaminan`).

    >>> from pipeline.config import Settings, load_rule_data
    >>> from pipeline.page import analyse_page
    >>> lex = Lexicon.from_data(load_rule_data(Settings())["injected_spam"])
    >>> news = analyse_page("Polisi menggerebek markas perjudian.\\n\\nDua penjudi ditahan.")
    >>> page_names_the_trade(news, lex)
    True
    >>> page_names_the_trade(analyse_page("Harga cabai naik.\\n\\nPasokan petani menurun."), lex)
    False
    """
    result = _scan_page(page, lex)
    if result.lines:
        return result.page_named
    return _names_the_trade(page, {}, lambda scan: False, lex)  # no line holds spam or promotion


def _names_the_trade(
    page: Page, scans: dict[int, _LineScan], named_in: Callable[[_LineScan], bool], lex: Lexicon
) -> bool:
    """Whether `page_topic_min_lines` lines of the page name the trades: a line with no scan is the
    page's own text and is read whole; `named_in` says of a scanned one (it may be spam or promotion,
    which never counts as evidence)."""
    named_lines = 0
    for ln in page.lines:
        if ln.kind is LineKind.BLANK:
            continue
        scan = scans.get(ln.index)
        named_lines += bool(lex.subject_re.search(ln.text)) if scan is None else named_in(scan)
        if named_lines >= lex.page_topic_min_lines:
            return True
    return False


class Quotation(NamedTuple):
    start: int  # at its opening mark
    end: int  # past its closing mark, or the end of the text searched when it is left open
    closed: bool


def quotations(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Quotation]:
    """The quotations of text[pos:endpos]. One left open runs to `endpos`: a position inside it stands
    in a quotation still.

    >>> [tuple(q) for q in quotations('Ia menyebut "hoaks" soal “pinjaman cair kilat')]
    [(12, 19, True), (25, 45, False)]
    >>> [tuple(q) for q in quotations("Jum'at lalu ia menulis 'cair tanpa survei', katanya")]
    [(23, 42, True)]
    """
    for m in _QUOTATION_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        marks = m.group()
        yield Quotation(m.start(), m.end(), len(marks) > 1 and marks[-1] == _CLOSING_QUOTE[marks[0]])


def quoted(text: str, start: int, end: int) -> bool:
    """True when a quotation is the span itself (`mempromosikan "slot gacor" di media sosial`): the
    text names the phrase, it does not use it. A phrase somewhere inside a longer quotation is judged
    like any other (a quotation about gambling is protected as a sentence about it). Quote marks the
    span holds at its ends count too (`"dapatkan saldo gratis"`), and so does one stop or comma before
    the closing mark.

    >>> quoted('iklan bertuliskan "dapatkan saldo gratis, cukup isi nomor HP".', 19, 60)
    True
    >>> quoted('iklan bertuliskan "dapatkan saldo gratis, cukup isi nomor HP".', 18, 61)
    True
    >>> quoted('pesan "jangan lupa", katanya, dapatkan saldo gratis.', 30, 51)
    False
    """
    while start < end and text[start] in _CLOSING_QUOTE:
        start += 1
    while end > start and text[end - 1] in _CLOSING_QUOTE.values():
        end -= 1
    if start == 0 or text[start - 1] not in _CLOSING_QUOTE:
        return False
    quotation = next(quotations(text, start - 1))
    return quotation.closed and text[end : quotation.end - 1] in ("", ",", ".", ";", ":", "!", "?")


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
        or word in lex.orphan_before_words  # `karena poker online`, `maraknya video syur`
        or word in lex.compound_heads
        or (len(word) >= 5 and word.startswith(("me", "ber", "di", "ter", "per")))
        or (len(word) >= 6 and word.endswith("an"))
    )


_NEXT_TOKEN_RE = re.compile(r"[ \t]+([^\W_][\w-]*)")


def _wedged(text: str, f: _Found, lex: Lexicon) -> bool:
    """The phrase breaks its host's grammar where it stands (see `[context] predicate_openers`): after
    `yang` or a word of aspect with the host's words going on, after an adverb with a verb or a word of
    aspect after it, or between a preposition of time and its date."""
    before = _previous_word(text, f.start)
    if not before or not text[f.start].islower():
        return False
    first = _TOKEN_RE.match(text, f.start)
    if first and _key(first.group()) in lex.call_head_keys:
        return False  # `akan daftar slot online`: a verb of the trade's, the host's own predicate
    m = _NEXT_TOKEN_RE.match(text, f.end)
    if not m:
        return False
    after = m.group(1)
    if before in lex.date_prepositions:
        return after[:1].isdigit()
    if not after[:1].islower():
        return False
    if before in lex.predicate_openers or before in lex.aspect_words:
        return after.casefold() not in lex.prose_words or after.casefold() in lex.aspect_words
    if before in lex.clause_adverbs:
        return bool(_PROSE_VERB_RE.fullmatch(after)) or after in lex.aspect_words
    return False


# --- the page ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Promo:
    """How promotional a short line looks by its shape (see `[promo_line]`)."""

    score: float = 0.0
    kinds: frozenset[str] = frozenset()
    covered: list[tuple[int, int]] = field(default_factory=list)  # view spans: addresses, numbers, names


@dataclass(slots=True)
class _LineScan:
    line: Line
    view: _View
    found: list[_Found]
    soaked: bool  # the search stopped early: the line holds more phrases than `found`
    promo: _Promo = field(default_factory=_Promo)
    spans: list[tuple[int, int]] = field(default_factory=list)  # of `found`, in line offsets
    share: float = 0.0  # of the line's words inside phrases, promotional words or numbers
    whole: bool = False
    inline: list[tuple[int, int, float]] = field(default_factory=list)  # page offsets
    hashtag_wall: bool = False
    promo_sentences: list[tuple[int, int]] = field(default_factory=list)  # line offsets

    def __post_init__(self) -> None:
        self.spans = [(f.start, f.end) for f in self.found]


@dataclass(slots=True)
class _PageScan:
    lines: list[_LineScan]
    landing: int = 0  # letters in sentences written like a landing page
    page_named: bool = False  # the page's own text names the trades (see `_decide`)


_NUMBER_RE = re.compile(r"x?\d[\d.,:-]*(?:k|rb|jt|x|%)?")
# A promotional line is not one when it holds this many words of a text about the subject (or a news word).
_PROMO_GENERAL_GUARD = 3
# A line of hashtags is a keyword wall when it holds this many, at least half of them spam.
_MIN_HASHTAGS = 4
# What separates the items of a keyword wall: `a | b | c`, `a, b, c`, `a / b / c`, `a - b - c`.
_ITEM_SEPARATOR_RE = re.compile(r"\s*[|,;/•·]\s*|\s+[-–—]\s+|:\s+")


def _promo_features(
    view: _View, found: list[_Found], lex: Lexicon, needs: frozenset[str] | None = None
) -> _Promo:
    """Score a short line's promotional shape: web addresses, numbers to call, calls to action, sites'
    names, sums of money, promotional terms, spam, capitals, exclamation."""
    v, w = view.text, lex.promo
    score, kinds, covered = 0.0, set(), []

    def add(kind: str, weight: float) -> None:
        nonlocal score
        score += weight
        kinds.add(kind)

    links = 0
    for m in _LINK_RE.finditer(v):
        end = _link_end(v, m)
        covered.append((m.start(), end))
        host = _host(v[m.start() : end])
        if any(host == s or host.endswith("." + s) for s in lex.official_suffixes) and not any(
            _is_brand(t.group(), lex)
            for t in _TOKEN_RE.finditer(v[m.start() : end].casefold().split(host, 1)[-1])
        ):
            continue  # an official address, unless its path carries a site's name (a hacked page)
        if not links:
            add("link", w.link)
        links += 1
        tld = host.rsplit(".", 1)[-1]
        if (
            any(
                host == h or host.endswith("." + h) or (h.startswith(host) and "/" in h)
                for h in lex.suspicious_hosts
            )
            or tld in lex.suspicious_tlds
            or any(_is_brand(label, lex) for label in re.split(r"[.-]", host))
        ) and "suspicious_link" not in kinds:
            add("suspicious_link", w.suspicious_link)
        if host in ("wa.me", "t.me", "wa.link") and "contact" not in kinds:
            add("contact", w.contact)
    phones = list(_PHONE_RE.finditer(v))
    if phones and "contact" not in kinds:
        add("contact", w.contact)
    covered += [m.span() for m in phones]
    ctas = list(lex.cta_re.finditer(v))
    if ctas:
        add("call_to_action", w.call_to_action)
    covered += [m.span() for m in ctas]
    brands = [t.span() for t in _TOKEN_RE.finditer(v) if _is_brand(t.group(), lex)]
    if brands:
        add("brand", w.brand)
    covered += brands
    money = list(_MONEY_RE.finditer(v))
    if money:
        add("money", w.money)
    covered += [m.span() for m in money]
    # a promise inside a found run is the run's own (`gadai bpkb cepat cair`): it makes no line an ad
    pledges = [
        m.span()
        for m in lex.pledge_re.finditer(v)
        if not any(f.vstart <= m.start() and m.end() <= f.vend for f in found)
    ]
    if pledges:
        add("promise", w.promise * min(len(pledges), w.max_promises))
    covered += pledges
    # a promotional term inside a promise weighs as the promise only (`bisa cod`, not `cod` besides)
    hard = [
        m for m in lex.hard_re.finditer(v) if not any(a <= m.start() and m.end() <= b for a, b in pledges)
    ]
    if hard:
        add("hard_term", w.hard_term * min(len(hard), w.max_hard_terms))
    covered += [m.span() for m in hard]
    soft = len(lex.soft_re.findall(v))
    if soft:
        add("soft_term", w.soft_term * min(soft, w.max_soft_terms))
    if any(f.strong or f.obfuscated or f.branded or f.tailed or f.markets_lowercase for f in found) or (
        found and brands
    ):
        add("spam", w.spam)  # a weak phrase with a site's name on the line is promotion too
    elif found:
        add("weak_spam", w.weak_spam)
    letters = [c for c in v if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        add("shouting", w.shouting)
    if _EXCITEMENT_RE.search(v):
        add("excitement", w.excitement)
    if not view.source.isascii() and _disguised_letters(view.source):
        add("disguised", w.disguised)
    if not kinds & (w.needs_one_of if needs is None else needs):
        score = 0.0
    return _Promo(round(score, 3), frozenset(kinds), covered)


# Letters from outside Latin (fullwidth, mathematical, small capitals, Cyrillic look-alikes): a short
# line written mostly in them is dressed up to dodge filters (`ＤＡＦＴＡＲ ＳＥＫＡＲＡＮＧ`).
_MIN_DISGUISED_LETTERS = 8


def _disguised_letters(text: str) -> bool:
    letters = fancy = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ord(ch) >= 0x0370:
                folded = _FOLD_TABLE[ord(ch)]
                fancy += bool(folded and folded.isascii() and folded.isalnum())
    return fancy >= _MIN_DISGUISED_LETTERS and fancy >= letters / 2


def _token_share(scan: _LineScan, lex: Lexicon) -> float:
    """Share of the line's words inside phrases, promotional words, web addresses, numbers to call,
    sites' names, calls to action or numbers."""
    v = scan.view.text
    covered_spans = sorted(
        [(f.vstart, f.vend) for f in scan.found]
        + [m.span() for m in lex.promo_re.finditer(v)]
        + [m.span() for m in lex.cta_re.finditer(v)]
        + [m.span() for m in lex.hard_re.finditer(v)]
        + scan.promo.covered
    )
    total = covered = k = 0
    for t in WORD_RE.finditer(v):
        a, b = t.span()
        total += 1
        while k < len(covered_spans) and covered_spans[k][1] <= a:
            k += 1
        word = t.group().casefold()
        if (
            any(s < b and e > a for s, e in covered_spans[k : k + 8])
            or _NUMBER_RE.fullmatch(word)
            or word in lex.subject_words
        ):
            covered += 1
    return covered / total if total else 0.0


def _phrase_char_share(scan: _LineScan) -> float:
    letters = len(_NOT_ALNUM_RE.sub("", scan.line.body)) or 1
    covered = sum(len(_NOT_ALNUM_RE.sub("", scan.line.text[f.start : f.end])) for f in scan.found)
    return covered / letters


def _hashtag_wall(line: Line, lex: Lexicon) -> bool:
    """A keyword wall of hashtags: `#slotgacor #linkalternatif #bocoranrtp ...`, most of them spam
    (a phrase or a subject word inside the glued words)."""
    tokens = line.text.split()
    tags = [t[1:] for t in tokens if t.startswith("#") and len(t) > 2]
    if len(tags) < _MIN_HASHTAGS or len(tags) < 0.8 * len(tokens):
        return False
    spam = 0
    for tag in tags:
        folded = _make_view(tag).text
        spam += bool(lex.phrase_in_run_re.search(folded) or lex.vocab_subject_in_run_re.search(folded))
    return spam >= _MIN_HASHTAGS - 1 and spam >= 0.5 * len(tags)


_PROMO_ROW_MAX_WORDS = 12


def _promo_row(scan: _LineScan) -> bool:
    """A table row that is promotion, not data: a site's name in a short row with spam
    (`Jaguar77 | dep0s17 pul5a | bonus harian`). Rows of a table about gambling hold no site's name."""
    return len(WORD_RE.findall(scan.view.text)) <= _PROMO_ROW_MAX_WORDS and (
        "brand" in scan.promo.kinds or any(f.branded for f in scan.found)
    )


# What makes a lone row with spam promotion: something for the reader to do or to get.
_PROMO_ROW_KINDS = frozenset({"call_to_action", "contact", "link", "money"})


def _lone_promo_row(page: Page, line: Line, scan: _LineScan) -> bool:
    """A line cut by bars that stands alone (no table row next to it) and pairs spam with a call to
    action, a number to call, an address or a sum (`JUDI BOLA | DAFTAR | LOGIN | BONUS 200%`): a menu of
    promotion, not a table. A row of a real table has rows around it."""
    if len(WORD_RE.findall(scan.view.text)) > _PROMO_ROW_MAX_WORDS:
        return False
    # (or a keyword wall cut by bars: `Pragmatic Play | PG Soft | Habanero | Spadegaming`)
    if not ("spam" in scan.promo.kinds and scan.promo.kinds & _PROMO_ROW_KINDS) and not _list_wall(scan):
        return False
    return not any(n.kind is LineKind.TABLE_ROW for n in _neighbours(page, line))


def _list_wall(scan: _LineScan, max_item_words: int = 6) -> bool:
    """A keyword wall written as a list: four items or more, short, and most of them spam."""
    text = scan.line.text
    bounds, pos = [], 0
    for m in _ITEM_SEPARATOR_RE.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    items = [(a, b) for a, b in bounds if any(ch.isalnum() for ch in text[a:b])]
    if len(items) < 4 or sum(len(text[a:b].split()) for a, b in items) > max_item_words * len(items):
        return False
    seeded = sum(1 for a, b in items if any(s < b and e > a for s, e in scan.spans))
    return seeded >= 3 and seeded >= 0.5 * len(items)


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
    """The spam of every line, decided once per page: both rules and the signal read it."""
    return page.memoised(("injected_spam.scan", id(lex)), lambda: _compute_scan(page, lex))


def _compute_scan(page: Page, lex: Lexicon) -> _PageScan:
    scans: list[_LineScan] = []
    for line in page.lines:
        if line.kind is LineKind.BLANK:
            continue
        view, phrases, soaked = _find_phrases(line.text, lex)
        found = _find_spans(line.text, view, phrases, lex)
        promo = _Promo()
        if line.n_words <= lex.promo.max_words:
            promo = _promo_features(view, found, lex)
        hashtags = "#" in line.text and _hashtag_wall(line, lex)
        sentences_promo = _promo_sentences(line, lex)
        if (
            found
            or promo.score >= lex.promo.threshold
            or hashtags
            or sentences_promo
            or lex.lone_re.search(line.text)
        ):
            scans.append(
                _LineScan(
                    line, view, found, soaked, promo, hashtag_wall=hashtags, promo_sentences=sentences_promo
                )
            )
    result = _PageScan(scans)
    if scans:
        _decide(page, result, lex)
    by_index = {s.line.index: s for s in scans}
    offered = _title_offers_the_trade(page, by_index, lex)
    landing = {
        line.index: _landing_letters(
            line, [(f.start, f.end) for f in scan.found] if scan else [], lex, offered=offered
        )
        for line in page.lines
        for scan in [by_index.get(line.index)]
    }
    for index, letters in _offer_page_letters(page, by_index, lex).items():
        landing[index] = max(landing.get(index, 0), letters)
    result.landing = sum(landing.values())
    return result


def _offer_page_letters(page: Page, by_index: dict[int, _LineScan], lex: Lexicon) -> dict[int, int]:
    """Letters (phrases aside) of the lines of a shop for loans, pills or adult content (see
    `[offer_page]`): its title offers something, most of its lines of prose offer the trade's
    products in a seller's voice, and one gives a number, an address or a way to order (`COD`). Empty for any
    other page, and for news and advice about the trade (`Cara Mengajukan Pinjaman di Bank`)."""
    lines = [ln for ln in page.lines if ln.kind is not LineKind.BLANK]
    if not lines or not lex.offer:
        return {}
    title = page.title or lines[0]
    if title.n_words > lex.promo.max_words:
        return {}  # a title is short: a page that opens with a run-on line is judged by its phrases

    def cues(line: Line) -> tuple[int, int, int] | None:
        """Product and seller cues of a line outside its phrases, and its words; None for news."""
        scan = by_index.get(line.index)
        blanked = _blank(line.text, scan.spans if scan else [])
        topic = _Topic.of(blanked, lex)
        if topic.news or topic.general >= 2:
            return None
        seller = (
            len(lex.offer_seller_re.findall(blanked))
            + len(_PHONE_RE.findall(blanked))
            + len(_MONEY_RE.findall(blanked))
            + sum(_is_brand(t.group(), lex) for t in _TOKEN_RE.finditer(blanked))
        )
        return len(lex.offer_product_re.findall(blanked)), seller, len(WORD_RE.findall(blanked))

    title_cues = cues(title)
    if title_cues is None:
        return {}
    title_scan = by_index.get(title.index)
    product, seller, _ = title_cues
    if not (
        (title_scan and any(f.strong or f.obfuscated or f.branded or f.tailed for f in title_scan.found))
        or seller >= lex.offer["title_min_seller_terms"]
    ):
        return {}
    prose = [ln for ln in lines if ln.index != title.index and ln.n_words >= lex.offer["min_line_words"]]
    offers, products = [], 0
    for ln in prose:
        c = cues(ln)
        if not c:
            continue
        product, seller, n_words = c
        if (product or seller >= lex.offer["min_terms"]) and (
            product + seller >= max(lex.offer["min_terms"], lex.offer["min_density"] * n_words)
        ):
            offers.append(ln)
            products += bool(product)
    if (
        len(offers) < lex.offer["min_lines"]
        or len(offers) < lex.offer["min_line_share"] * len(prose)
        or products < lex.offer["min_product_lines"]
        or not any(_contact(ln.text, lex) or lex.offer_order_re.search(ln.text) for ln in [title, *offers])
    ):
        return {}
    out = {}
    for ln in [title, *offers]:
        scan = by_index.get(ln.index)
        phrases = sum(_alnum_count(ln.text[f.start : f.end]) for f in scan.found) if scan else 0
        out[ln.index] = max(0, _alnum_count(ln.text) - phrases)
    return out


def _contact(text: str, lex: Lexicon) -> bool:
    """A phone number, or a web address other than an official one, to order or ask at."""
    if _PHONE_RE.search(text):
        return True
    for m in _LINK_RE.finditer(text):
        host = _host(text[m.start() : _link_end(text, m)])
        if not any(host == s or host.endswith("." + s) for s in lex.official_suffixes):
            return True
    return False


def _title_offers_the_trade(page: Page, by_index: dict[int, _LineScan], lex: Lexicon) -> bool:
    """The page's title is spam through and through (`Situs Slot Online Terpercaya dengan RTP
    Tertinggi`): removed whole, or at least `title_min_share` of its words inside spam runs. A title
    with a phrase injected into it (`Manfaat Air Putih Slot Gacor bagi Kesehatan`) is not."""
    title = page.title
    scan = by_index.get(title.index) if title is not None else None
    if scan is None or not scan.found:
        return False
    if scan.whole:
        return True
    inside = sum(len(WORD_RE.findall(scan.line.text[a:b])) for a, b in scan.spans)
    return inside >= lex.landing_title_min_share * max(1, len(WORD_RE.findall(scan.line.text)))


def _landing_letters(line: Line, spans: list[tuple[int, int]], lex: Lexicon, *, offered: bool = False) -> int:
    """Letters of the line's sentences written like a landing page (see `[landing]`), phrases aside.
    Under a title that offers the trade (`offered`), a sentence needs fewer of those words (`Proses
    deposit dan penarikan dana berlangsung cepat, hanya dalam hitungan menit, ...`)."""
    text = line.text
    if (
        line.kind is LineKind.BLANK
        or line.n_words > lex.wall_max_words
        or not lex.landing_trade_re.search(text)
    ):
        return 0
    density = lex.landing_title_min_density if offered else lex.landing_min_density
    letters = 0
    for a, b, _ in sentences(text):
        blanked = _blank(text[a:b], spans, a)
        topic = _Topic.of(blanked, lex)
        if topic.news or topic.general >= 2 or not lex.landing_trade_re.search(blanked):
            continue
        hits = (
            len(lex.landing_re.findall(blanked))
            + len(_PHONE_RE.findall(blanked))
            + sum(_is_brand(m.group(), lex) for m in lex.brand_candidate_re.finditer(blanked))
        )
        if hits >= lex.landing_min_terms and hits >= density * len(WORD_RE.findall(blanked)):
            letters += _alnum_count(blanked)
    return letters


def _decide(page: Page, result: _PageScan, lex: Lexicon) -> None:
    by_index = {s.line.index: s for s in result.lines}
    for scan in result.lines:
        if scan.line.n_words <= lex.wall_max_words:
            scan.share = _token_share(scan, lex)

    def signed(text: str, f: _Found) -> bool:
        """A strong phrase, or a weak one with a sign of injection of its own."""
        return (
            f.strong
            or f.obfuscated
            or f.tailed
            or f.markets_lowercase
            or f.branded
            or (text[f.start].islower() and _previous_char(text, f.start) in ("", ".", "!", "?", "…"))
            or not _attached(text, f.start, lex)
            or _wedged(text, f, lex)
        )

    # What the text of a line says once its spam is blanked out: a weak phrase without a sign of its
    # own (obfuscated, a site's name, a lottery's word after it) is the text's own words (`situs judi`
    # in news about gambling) and stays.
    for scan in result.lines:
        scan.spans = [
            (f.start, f.end)
            for f in scan.found
            if f.strong or f.obfuscated or f.branded or f.tailed or f.markets_lowercase
        ]

    def topic(text: str, spans: list[tuple[int, int]], offset: int = 0) -> _Topic:
        return _Topic.of(_blank(text, spans, offset), lex)

    def promo_shaped(scan: _LineScan) -> bool:
        return scan.promo.score >= lex.promo.threshold and scan.share >= lex.promo.min_share

    def promotional(scan: _LineScan) -> bool:
        """The line looks like promotion by its shape: its words say nothing about its page's topic."""
        return (
            scan.soaked
            or promo_shaped(scan)
            or (scan.line.n_words <= lex.whole_line_max_words and scan.share >= lex.line_min_share)
        )

    # The page names the subject when its own text does: subject words outside any spam span, in lines
    # that are not promotion. Injected phrases and promotional lines never count as evidence.
    def names_the_subject(scan: _LineScan) -> bool:
        return not promotional(scan) and bool(topic(scan.line.text, scan.spans).subject)

    page_named = _names_the_trade(page, by_index, names_the_subject, lex)
    result.page_named = page_named

    # Strong phrases outside any sentence about the subject: how dense with spam the page is.
    loose = 0
    for scan in result.lines:
        for f in scan.found:
            if f.strong and loose < lex.dense_page_min_spans:
                a, b = _sentence_bounds(scan.line.text, f.start, f.end)
                loose += not topic(scan.line.text[a:b], scan.spans, a).about(page_named)
    dense = loose >= lex.dense_page_min_spans

    qualified = {
        scan.line.index: [f for f in scan.found if dense or signed(scan.line.text, f)]
        for scan in result.lines
    }

    def names_subject(line: Line) -> bool:
        """A neighbouring line names the subject outside its spam (a promotional line does not count)."""
        scan = by_index.get(line.index)
        if scan is None:
            return _Topic.of(line.text, lex).names
        return not promotional(scan) and topic(line.text, scan.spans).names

    if not page_named:
        for scan in result.lines:
            chosen = qualified[scan.line.index]
            for f in scan.found:
                if (
                    f not in chosen
                    and _orphan(scan.line.text, scan.spans, f, lex)
                    and not any(names_subject(nb) for nb in _neighbours(page, scan.line))
                ):
                    chosen.append(f)
                    scan.spans = sorted([*scan.spans, (f.start, f.end)])  # not the sentence's topic
            # A lone word of the trade with no everyday reading (`togel`), wedged into a host sentence.
            for m in islice(lex.lone_re.finditer(scan.line.text), lex.max_line_phrases):
                if any(g.start < m.end() and m.start() < g.end for g in scan.found):
                    continue
                lone = _Found(0, 0, m.start(), m.end())
                if _orphan(scan.line.text, scan.spans, lone, lex, lone=True) and not any(
                    names_subject(nb) for nb in _neighbours(page, scan.line)
                ):
                    chosen.append(lone)
                    scan.spans = sorted([*scan.spans, (lone.start, lone.end)])

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
        neighbour_named = False
        if line.kind is LineKind.TABLE_ROW and not _promo_row(scan) and not _lone_promo_row(page, line, scan):
            # A row of data keeps its words; only what is spelled to dodge filters goes, and a list of
            # three phrases of the trade or more glued to the row's text (`Terima kasih infonya. judi
            # online | agen bola | slot online`): cells hold data, not a keyword wall.
            found = [f for f in found if f.obfuscated or len(_WALL_BAR_RE.findall(text, f.start, f.end)) >= 2]
            if not found:
                continue
        else:
            rest = topic(text, spans)
            if scan.hashtag_wall:
                scan.whole = True
                continue
            if promo_shaped(scan) and not (
                rest.news > len(lex.claim_re.findall(text))
                or rest.general >= _PROMO_GENERAL_GUARD
                or _holds_prose(text, spans, lex)
                or _quotes_an_offer(text, lex)
            ):
                scan.whole = True  # promotion by its shape: an address, a number, a call to action, a name
                continue
            if found and _list_wall(scan) and not (rest.about(page_named) or _holds_prose(text, spans, lex)):
                scan.whole = True
                continue
            if not found:
                continue
            short = line.n_words <= lex.whole_line_max_words
            neighbour_named = short and any(names_subject(nb) for nb in _neighbours(page, line))
            if short:
                if scan.share >= lex.line_min_share and not (
                    rest.news
                    or rest.general >= 2
                    or (rest.subject and scan.share < lex.subject_protects_below)
                    or neighbour_named
                ):
                    # A short promotional line; next to text about the subject it is that text's heading.
                    scan.whole = True
                    continue
            elif _phrase_char_share(scan) >= lex.wall_min_share and not (
                rest.about(page_named) or _holds_prose(text, spans, lex)
            ):
                scan.whole = True
                continue

        # Phrases inside the line.
        for f in found:
            if quoted(text, f.start, f.end) or _quoted_in_report(text, f, lex):
                continue
            elif _breaks_sentence_start(text, f.start) or f.obfuscated:
                score = 1.0
            elif f.strong and f.branded:
                score = 0.9  # a phrase with a site's name is promotion, whatever the sentence says
            elif _wedged(text, f, lex) and not _sentence_names_subject(text, spans, f, lex):
                score = 0.9  # wedged into a sentence that is about something else, news or not
            elif (
                # next to text about the subject, a short line is its heading (`Slot Gacor` over a
                # paragraph about it); a sentence of prose is judged by its own words
                (neighbour_named and not ends_sentence(line.body))
                or (page_named and not (f.strong or f.tailed or f.branded))
                or _in_topic(text, spans, f, lex, page_named)
            ):
                continue
            else:
                score = 0.9 if f.strong or f.branded else 0.8
            start, end = _aside_around(text, f.start, f.end, lex) or (
                f.start,
                _removal_end(text, f.start, f.end),
            )
            scan.inline.append((line.start + start, line.start + end, score))
        if scan.inline and line.kind is not LineKind.HEADING and _promo_residue(line, scan.inline, lex):
            scan.whole = True  # `s̲l̲o̲t̲ m̲a̲x̲w̲i̲n̲ paling dicari 2021 ✔`: the rest is the promotion's own

    # Promotional sentences glued into a paragraph of prose, in its words or not; on a page that names
    # the subject they may be its own account of the offers (`... dengan janji dana cepat cair.`).
    for scan in result.lines:
        if scan.whole or not scan.promo_sentences or page_named:
            continue
        rest = topic(scan.line.text, scan.promo_sentences)
        if rest.subject or (rest.news and rest.general):
            continue  # the paragraph's other sentences report on the trade: this one tells of its offers
        for a, b in scan.promo_sentences:
            start, end = scan.line.start + a, scan.line.start + b
            if any(x < end and start < y and not (start <= x and y <= end) for x, y, _ in scan.inline):
                continue  # a run reaching out of the sentence: the runs decide
            # the sentence goes whole, with the runs inside it
            scan.inline = [(x, y, p) for x, y, p in scan.inline if not (start <= x and y <= end)]
            scan.inline.append((start, end, 0.9))
        scan.inline.sort()

    if not page_named:
        _stacked_walls(page, by_index, lex, lambda scan: topic(scan.line.text, scan.spans).news > 0)


def _may_promote(text: str, lex: Lexicon) -> bool:
    """A cheap test before scoring: promotion needs an address or a number to call, or a call to action
    or a promise with weight besides (money, a promise, a word or phrase of the trade). (Sites' names are
    left to the scoring: looking for them is the slow part.)"""
    if _LINK_RE.search(text) or _PHONE_RE.search(text):
        return True
    folded = text.casefold()
    signs = sum(bool(r.search(folded)) for r in lex.gate_res)
    return bool(
        signs
        and (
            signs >= 2
            or _MONEY_RE.search(text)
            or lex.vocab_subject_re.search(text)
            or lex.phrase_re.search(text)
        )
    )


_HOOK_MAX_WORDS = 5  # a question or cry of at most this many words opens a pitch (`Lagi seret?`)


def _promo_sentences(line: Line, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentences of a paragraph that are promotion by their shape, scored as a short line is
    (`[promo_line]`): `... sebelum musim hujan. Mau cuan tiap hari? Gabung Keluarga Hoki, wd lancar
    jaya.`; a sentence that names the news or holds words of a text about the subject stays
    (`Polisi menutup situs itu. Situs tersebut menawarkan bonus deposit.`). So are asides set into a
    sentence (see `_promo_asides`). Offsets in the line."""
    if line.kind is not LineKind.PARAGRAPH or line.n_words <= 3:
        return []
    if not _may_promote(line.text, lex):
        # no sentence is promotion; an aside, at its own signs, may be
        return _promo_asides(line.text, line, lex)
    parts = sentences(line.text)
    # A short question or cry opening a pitch is scored with the sentence after it (`Mau cuan tiap
    # hari? Gabung ...`, `Lagi seret? Aplikasi ...`).
    # A stop with no space after it (`wa.me/62...`, `Kompas.com`) ends no sentence either, nor one
    # before a lower-case word (`Biara St. Peter`: an abbreviation).
    units: list[tuple[int, int, str]] = []
    i = 0
    while i < len(parts):
        start, end, sentence = parts[i]
        while i + 1 < len(parts) and (
            parts[i + 1][0] == end
            or parts[i + 1][2][:1].islower()
            or (sentence.endswith(("?", "!")) and len(WORD_RE.findall(sentence)) <= _HOOK_MAX_WORDS)
        ):
            end = parts[i + 1][1]
            sentence = line.text[start:end]
            i += 1
        units.append((start, end, sentence))
        i += 1
    out: list[tuple[int, int]] = []
    for start, end, sentence in units:
        # a line of one sentence is scored whole as a line (`_promo_features`)
        if len(units) > 1 and _promotes(sentence, line, lex):
            out.append((start, end))
        else:
            out += [(start + a, start + b) for a, b in _promo_asides(sentence, line, lex)]
    return out


def _promotes(text: str, line: Line, lex: Lexicon, *, aside: bool = False) -> bool:
    """A sentence or an aside of a paragraph is promotion by its shape, scored as a short line is (an
    aside with signs of its own, `aside_needs_one_of`); one that names the news or holds words of a text
    about the subject is not."""
    w = lex.promo
    if len(WORD_RE.findall(text)) > w.max_words or not (aside or _may_promote(text, lex)):
        return False
    view, phrases, soaked = _find_phrases(text, lex)
    found = _find_spans(text, view, phrases, lex)
    if aside and found:
        # an aside holding a known run may hold the host's words too (`kata kunci – Namun, manajemennya
        # belum sama sekali limit 50 juta PELANGI777 tanpa kritik`): the run goes, the words stay
        return False
    promo = _promo_features(view, found, lex, w.aside_needs_one_of if aside else None)
    if promo.score < w.threshold:
        return False
    if _token_share(_LineScan(line, view, found, soaked, promo), lex) < w.min_share:
        return False
    topic = _Topic.of(text, lex)
    if topic.news or topic.general >= _PROMO_GENERAL_GUARD:
        return False
    if _quotes_an_offer(text, lex):
        return False
    # a host's sentence with a run injected into it: the run goes, the sentence stays
    return not _holds_prose(text, [(f.start, f.end) for f in found], lex)


def _quoted_in_report(text: str, f: _Found, lex: Lexicon) -> bool:
    """The phrase stands inside a closed quotation whose sentence speaks of it in words of news or of a
    text about the trades outside the quotation (`Polisi menemukan skrip ... misalnya "Kak, hari ini ada
    promo cashback kekalahan 10%".`, `brosur bertuliskan "agen resmi togel online ..."`): a report quoting
    the offer, as `_quotes_an_offer` judges a whole line."""
    a, b = _sentence_bounds(text, f.start, f.end)
    for q in quotations(text, a, b):
        if q.closed and q.start < f.start and f.end < q.end:
            return _quotes_an_offer(text[a:b], lex)
    return False


def _quotes_an_offer(text: str, lex: Lexicon) -> bool:
    """The sentence quotes promotion and speaks of it outside the quotation in words of news or of a
    text about the trades (`Dinas memperingatkan lowongan palsu yang menjanjikan "kerja dari rumah,
    cukup like dan follow, gaji Rp300 ribu per hari".`): a warning, not a pitch."""
    quoting = [(q.start, q.end) for q in quotations(text) if q.closed and q.end - q.start > 2]
    if not quoting:
        return False
    topic = _Topic.of(_blank(text, quoting), lex)
    return bool(topic.news or topic.general)


_DASH = r"(?:[—–]{1,2}|-{1,2})"
# An aside set into a sentence: in brackets, between two spaced dashes, or after a spaced dash to the
# sentence's end (its stop stays).
_ASIDE_RE = re.compile(
    r"(?:\((?P<round>[^()\n]+)\)|\[(?P<square>[^\[\]\n]+)\]"
    rf"|(?<=\s){_DASH}[ \t]+(?P<dashed>[^—–\n]+?)[ \t]+{_DASH}(?=[\s.,;:!?]|$)"
    rf"|(?<=\s){_DASH}[ \t]+(?P<tail>[^—–\n]+?)(?=[.!?…]*[\"'”’]?\s*$))"
)
_MIN_ASIDE_WORDS = 3


def _may_aside(text: str, lex: Lexicon) -> bool:
    """A cheap test before scoring an aside: a sign of promotion of its own (a call, a promotional term
    or promise, a phrase of the trade, an address)."""
    folded = text.casefold()
    return any(r.search(folded) for r in lex.gate_res) or bool(
        lex.phrase_re.search(text) or _LINK_RE.search(text)
    )


def _promo_asides(sentence: str, line: Line, lex: Lexicon) -> list[tuple[int, int]]:
    """Asides of a sentence that are promotion, scored as a short line is, with their brackets or
    dashes: `Jembatan itu dibangun sejak 2019 (cair 2 jam tanpa survei, cukup foto KTP, amanah) dengan
    dana desa.` loses `(cair 2 jam tanpa survei, cukup foto KTP, amanah)`; `(kata Kepala Dinas)` stays.
    Offsets in the sentence; a sentence that names the news or holds words of a text about the subject
    keeps its asides."""
    out: list[tuple[int, int]] = []
    news: bool | None = None  # whether the sentence names the news, found out once it matters
    for m in _ASIDE_RE.finditer(sentence):
        name = m.lastgroup
        aside = m.group(name) if name else ""
        if len(WORD_RE.findall(aside)) < _MIN_ASIDE_WORDS or not _may_aside(aside, lex):
            continue
        if news is None:
            topic = _Topic.of(sentence, lex)
            news = bool(topic.news or topic.general >= _PROMO_GENERAL_GUARD)
        if not news and _promotes(aside, line, lex, aside=True):
            out.append((m.start(), m.end(name) if name == "tail" else m.end()))
    return out


# Function words and verb-shaped words around a run in an aside that make it the host's prose: a verb
# and a function word may be a pitch's (`mending pakai HP buat ... di rumah`; `mending` has a verb's shape).
_ASIDE_PROSE_WORDS = 3


def _aside_around(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The aside between dashes or after a dash to its sentence's end that holds an injected run, with
    its dashes, when it holds at most `[context] aside_max_words` words and no prose of the host's: the
    run was pasted as the aside, and the words around it in there are its own (`— mending pakai HP buat
    spin slot gacor di rumah.`). Brackets are left to the run's own wrapping: a host's bracket holds its
    words too."""
    if not any(c in text for c in "—–-"):
        return None
    for m in _ASIDE_RE.finditer(text, max(0, start - 4 * lex.aside_max_words - 8)):
        if m.start() > start:
            break
        name = m.lastgroup
        if not name or not (m.start(name) <= start and end <= m.end(name)):
            continue
        if name in ("round", "square"):
            return None  # a host's bracket holds its own words too (`COIN (COunter ... - INsurgency)`)
        if len(WORD_RE.findall(m.group(name))) > lex.aside_max_words or text.startswith("- ", m.start()):
            return None  # (a lone hyphen also parts a dateline from its story: `JAKARTA - ...`)
        # The host's own aside holds its prose around the run (`— yang digelar di balai desa —`); the
        # words pasted with a run are a pitch's (`mending pakai HP buat`).
        rest = [
            w.casefold() for w in WORD_RE.findall(text[m.start(name) : start] + " " + text[end : m.end(name)])
        ]
        if sum(w in lex.prose_words or bool(_PROSE_VERB_RE.fullmatch(w)) for w in rest) >= _ASIDE_PROSE_WORDS:
            return None
        return m.start(), (m.end(name) if name == "tail" else m.end())
    return None


def _promo_residue(line: Line, inline: list[tuple[int, int, float]], lex: Lexicon) -> bool:
    """What a line keeps once its runs are cut is no sentence but a promotion's tail: at most
    `residue_max_words` words, no sentence end, no function word of prose (`paling dicari 2025 ✔`,
    `terbaru!!`); a host's words (`Harga naik.`, `menurut warga`) are not."""
    rest = _blank(line.text, sorted((start, end) for start, end, _ in inline), line.start)
    tokens = WORD_RE.findall(rest)
    return (
        len(tokens) <= lex.residue_max_words
        and not re.search(r"[.!?…]\s*$", rest.strip(" \t✔✅✓🔥⭐️💯"))
        and not any(t.casefold() in lex.prose_words for t in tokens)
    )


def _stacked_walls(
    page: Page, by_index: dict[int, _LineScan], lex: Lexicon, names_news: Callable[[_LineScan], bool]
) -> None:
    """A keyword wall written down the page, one keyword a line (`Judi Bola` / `Poker Online` / `Situs
    Judi` / `Slot Online`): `stack_min_lines` short lines or more in a row, each made mostly of a phrase
    (weak ones too) and none a sentence or news, go whole on a page that does not name the subject. A
    line of a lone subject word (`pinjol`) stands in the run without counting."""
    run: list[_LineScan] = []

    def flush() -> None:
        if len(run) >= lex.stack_min_lines:
            for scan in run:
                scan.whole = True
        run.clear()

    for ln in page.lines:
        if ln.kind is LineKind.BLANK:
            continue
        scan = by_index.get(ln.index)
        if (
            scan is not None
            and scan.found
            and ln.n_words <= lex.stack_max_words
            and scan.share >= lex.stack_min_share
            and not ends_sentence(ln.body)
            and not names_news(scan)
        ):
            run.append(scan)
        elif not (
            run and scan is None and ln.n_words == 1 and lex.vocab_subject_re.fullmatch(ln.body.strip())
        ):
            flush()
    flush()


_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


def _orphan(text: str, spans: list[tuple[int, int]], f: _Found, lex: Lexicon, *, lone: bool = False) -> bool:
    """A weak phrase that names the trade (`judi online`, `situs judi`) standing alone in a sentence
    that says nothing else about it, on a page that does not name it, wedged between two words of its
    host: no verb or cause word before it (`bermain`, `akibat`), and a plain word of the host sentence
    after it (`harga cabai di judi online pasar induk`), not a verb, a function word or the sentence's
    end (`... terjerat judi online dan utang`, `... akibat judi online.`). A `lone` word with no everyday
    reading (`togel`) goes after any verb but the trade's (`diberikan togel oleh`, not `membeli togel`)
    and before any word but a clause word (`togel yang`, `togel itu`)."""
    if not (
        lex.subject_re.search(text, f.start, f.end) or lex.orphan_subject_re.search(text, f.start, f.end)
    ):
        return False
    a, b = _sentence_bounds(text, f.start, f.end)
    rest = _Topic.of(_blank(text[a:b], sorted([*spans, (f.start, f.end)]), a), lex)
    if rest.subject or rest.news or rest.general:
        return False
    before = _previous_word(text, f.start)
    if not before or before in lex.orphan_before_words:
        return False
    # a lone word goes after any verb but the trade's own (listed): `diberikan togel` is no Indonesian;
    # so does a phrase after a verb of another trade (`mengendarai judi bola menuju`, `menemukan slot
    # online langka`) when a word of the host follows it
    after_verb = bool(_PROSE_VERB_RE.fullmatch(before)) and before not in lex.orphan_determiners
    m = _NEXT_WORD_RE.match(text, f.end)
    if not m:
        return False
    after = m.group(1)
    if lone or after_verb:
        return after.casefold() not in lex.orphan_after_words
    return (
        after.islower()
        and after not in lex.prose_words
        and after not in lex.orphan_after_words
        and (after in lex.orphan_determiners or not _PROSE_VERB_RE.match(after))
    )


# A word shaped like a verb (me-, ber-, di-, ter-, per- and their forms), or a noun of a verb (pe-an).
_PROSE_VERB_RE = re.compile(r"(?:me|ber|di|ter|per|ke)[a-z]{3,}|pe[a-z]{3,}an")


def _holds_prose(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """The line holds a sentence of plain prose once its spam is blanked out: a sentence with terminal
    punctuation, `[prose] min_words` words or more and function words, and no promotion in it (no
    address, number to call, sum of money, call to action or site's name). Such a line is a paragraph
    with an injection, not a promotional line: only the injected run goes, the sentence stays.

    Example: in `Penjualan mobil selama 9 bulan 2007 mencapai 169.886 unit. Sekitar 39 persen beragama
    roulette online uang asli KijangToto Marapu.` only the run goes, both sentences' words stay.
    """
    blanked = _blank(text, spans)
    for m in _PROSE_SENTENCE_RE.finditer(blanked):
        sentence = m.group()
        tokens = [w.casefold() for w in WORD_RE.findall(sentence) if not w[0].isdigit()]
        if len(tokens) < min(lex.prose_min_words, lex.prose_plain_min_words):
            continue
        function_words = sum(w in lex.prose_words for w in tokens)
        # Verbs (me-, ber-, di- and their forms) carry a sentence as function words do: `Ribuan penonton
        # memadati stadion untuk menyaksikan laga final.` is prose with one function word.
        verbs = sum(1 for w in tokens if len(w) >= 6 and _VERB_RE.match(w))
        # ... and so does a verb or a function word among words that promise nothing (`Harga cabai
        # merah keriting naik tajam menjelang Ramadan.`).
        plain = not (
            lex.promo_re.search(sentence) or lex.hard_re.search(sentence) or lex.soft_re.search(sentence)
        )
        if len(tokens) < lex.prose_min_words and not (plain and verbs):
            continue  # a short sentence is prose only when it promises nothing and has a verb
        if function_words < lex.prose_min_function_words and not (
            (verbs and function_words + verbs > lex.prose_min_function_words)
            or (plain and function_words + verbs)
        ):
            continue
        if (
            _LINK_RE.search(sentence)
            or _PHONE_RE.search(sentence)
            # a price in a sentence of news (`turun Rp5.000 menjadi Rp1,1 juta per gram, lebih rendah
            # dari pekan lalu`) is its topic; in a short offer it is promotion
            or (_MONEY_RE.search(sentence) and function_words <= lex.prose_min_function_words)
            or lex.cta_re.search(sentence)
            or any(_is_brand(t.group(), lex) for t in _TOKEN_RE.finditer(sentence))
        ):
            continue
        return True
    return False


# A verb of prose: `memadati`, `menyaksikan`, `bergotong`, `diresmikan` (not `terpercaya`, `diskon`).
_VERB_RE = re.compile(r"(?:me[mn]?|meng|meny|ber)[a-z]{3,}|di[a-z]{3,}kan|di[a-z]{4,}")

# A sentence: up to a full stop, question or exclamation mark followed by a space or the end (a full
# stop inside `169.886` or `s.l.o.t` ends nothing).
_PROSE_SENTENCE_RE = re.compile(r"[^.!?]*(?:[.!?](?=\S)[^.!?]*)*[.!?](?=\s|$)")

# A span holding this many promises (`after_signals`: `acc semua`, `terpercaya`, `hari ini`) is ad copy.
_AD_COPY_PROMISES = 2
# A span of this many words is a long run (see `_in_topic`).
_LONG_RUN_TOKENS = 4


def _in_topic(text: str, spans: list[tuple[int, int]], f: _Found, lex: Lexicon, page_named: bool) -> bool:
    """The phrase is the topic of its sentence, or its sentence carries on from one that names the
    subject (`Polisi menangkap tiga admin. Mereka mempromosikan slot gacor ...`: it opens with a word
    that refers back). A sentence about gambling next to one that says nothing about it does not make
    that one about gambling: an injection stands there. A long run of the trade's words (`data
    keluaran seoul 6d`) needs more than one news word to be the topic: a sentence that names the
    subject, or two words of news or of a text about it."""
    a, b = _sentence_bounds(text, f.start, f.end)
    blanked = _blank(text[a:b], spans, a)
    topic = _Topic.of(blanked, lex)
    if (
        f.strong
        and not (topic.subject or page_named)
        and topic.news + topic.general == 1
        and not _near_topic_word(blanked, f.start - a, f.end - a, lex)
        and not _completes_a_head(text, f.start, lex)
    ):
        # `Menurut polisi, jalan utama menuju kampung itu slot gacor hari ini tertutup lumpur.`: one word
        # of news far from the phrase, which completes no noun or verb of the trade's news (`bisnis slot
        # gacor`, `mempromosikan slot gacor`), on a page that names no trade: no sentence about it.
        return False
    if (
        f.strong
        and not (topic.subject or page_named)
        and _dangling(text, f.start, lex)
        and not (
            topic.news + topic.general >= 2
            and (_in_a_quotation(text, a, f.start) or _describes_an_offer(text[a:b], f.start - a, lex))
        )
    ):
        # `Polisi menangkap dua pencuri sepeda motor slot gacor di ...`: news words make a sentence about
        # the trade only where the phrase hangs on the sentence; after a plain noun it stands in a
        # sentence about something else. Inside a quotation the sentence quotes an offer (`Polres
        # mengimbau warga mewaspadai pesan yang menawarkan "pinjaman cair 5 menit ..."`).
        return False
    if (
        not (topic.subject or topic.general or page_named)
        and len(lex.promise_re.findall(text, f.start, f.end)) >= _AD_COPY_PROMISES
    ):
        # `Kapolsek memimpin apel ... pinjol tanpa dc acc semua di ...`: a police word alone does not make
        # ad copy the topic; news that quotes promises names the trade (`judi`, `pinjol`), a warning or an
        # offer (`mewaspadai tawaran`), or its page names the trade.
        return False
    if len(_TOKEN_RE.findall(text, f.start, f.end)) >= _LONG_RUN_TOKENS:
        if topic.subject or topic.news + topic.general >= 2 or (topic.general and page_named):
            return True
    elif topic.about(page_named):
        return True
    if f.branded:
        return False  # a site's name is promotion, whatever came before
    opening = [w.casefold() for w in WORD_RE.findall(text[a : min(b, a + 80)])[: lex.reference_window]]
    if not any(w in lex.reference_words for w in opening):
        return False
    i = a - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0:
        return False
    x = _sentence_bounds(text, i, i)[0]
    previous = _blank(text[x:a], spans, x)
    if not _Topic.of(previous, lex).names:
        return False
    # `... dana judi online. Ia mengatakan, ... hingga obat perangsang wanita 2019`: the sentence before
    # names gambling, the phrase is pharma; it carries on about one trade, not another.
    named, own = lex.families_named(previous), lex.families_of(text[f.start : f.end])
    return not (named and own and not named & own)


def _describes_an_offer(sentence: str, start: int, lex: Lexicon) -> bool:
    """An offer word (`[context] offer_words`) stands within `topic_reach_words` words before
    sentence[start:]: the phrase spells out the offer a warning or a report speaks of, unquoted (`Satgas
    mengingatkan warga agar tidak tergiur tawaran kerja paruh waktu like video dibayar harian.`)."""
    return _within_reach(sentence, start, start, (lex.offer_re,), lex.topic_reach_words, before_only=True)


def _sentence_names_subject(text: str, spans: list[tuple[int, int]], f: _Found, lex: Lexicon) -> bool:
    """The phrase's sentence names the trade in its own words, its spam blanked out."""
    a, b = _sentence_bounds(text, f.start, f.end)
    return bool(_Topic.of(_blank(text[a:b], sorted([*spans, (f.start, f.end)]), a), lex).subject)


def _near_topic_word(sentence: str, start: int, end: int, lex: Lexicon) -> bool:
    """A news or topic word stands within `[context] topic_reach_words` words of sentence[start:end]."""
    return _within_reach(sentence, start, end, (lex.news_re, lex.general_re), lex.topic_reach_words)


def _within_reach(
    text: str,
    start: int,
    end: int,
    patterns: tuple[re.Pattern[str], ...],
    reach: int,
    *,
    before_only: bool = False,
) -> bool:
    """A match of one of `patterns` overlaps text[start:end] or stands within `reach` words of it (only
    before it, with `before_only`)."""
    for pattern in patterns:
        for m in pattern.finditer(text, 0, start if before_only else len(text)):
            if m.end() <= start:
                gap = text[m.end() : start]
            elif m.start() >= end:
                gap = text[end : m.start()]
            else:
                return True
            if len(WORD_RE.findall(gap)) <= reach:
                return True
    return False


def _head_word(word: str, lex: Lexicon) -> bool:
    """A word the trade's words complete in news (`bisnis`, `kasus`, `situs`, `iklan`), or a verb or a
    verb's noun that takes them as object (`mempromosikan`, `pemberantasan`)."""
    return (
        word in lex.orphan_before_words or word in lex.compound_heads or bool(_HEAD_VERB_RE.fullmatch(word))
    )


def _completes_a_head(text: str, start: int, lex: Lexicon) -> bool:
    """The word before the phrase is a head it completes (see `_head_word`)."""
    word = _previous_word(text, start)
    return bool(word) and _head_word(word, lex)


# A word shaped like a transitive verb or the noun of one: a phrase after it is its object
# (`mempromosikan`, `memblokir`, `pemberantasan`). Verbs in ber-, di- and ter- and nouns in ke-an mostly
# take none (`berlangsung`, `berhalangan`, `kebakaran`, `kelurahan`): a phrase after them hangs on
# nothing, unless the word is listed (`bermain`, `terjerat`, `kecanduan`; `[context]
# orphan_before_words`).
_HEAD_VERB_RE = re.compile(r"me[a-z]{3,}|pe[a-z]{3,}an")


def _in_a_quotation(text: str, sentence_start: int, start: int) -> bool:
    """Whether text[start] stands inside a quotation its sentence opened before it.

    >>> _in_a_quotation('Ia menawarkan "pinjaman cair kilat".', 0, 24)
    True
    >>> _in_a_quotation('Ia menyebut "hoaks" soal pinjaman cair kilat.', 0, 34)
    False
    """
    return any(not q.closed for q in quotations(text, sentence_start, start))


def _dangling(text: str, start: int, lex: Lexicon) -> bool:
    """The phrase hangs on nothing in its sentence: right after a plain word of its host (a noun, a
    name, an adjective: `sepeda motor slot gacor`, `dana desa togel hari ini`, `kerabatnya slot88`),
    not after punctuation, a number, a verb, a preposition or determiner, or a noun the trade's words
    complete in news (`kasus`, `admin`, `tren`, `ribuan`; `[context] compound_heads`)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or i == start - 1 or not text[i].isalpha():
        return False
    word = _previous_word(text, start)
    return not (
        not word.replace("-", "").isalpha()
        or word in lex.attach_words
        or word in lex.prose_words
        or _head_word(word, lex)
    )


def _removal_end(text: str, start: int, end: int) -> int:
    """Where the removal of text[start:end] should end: past a comma or semicolon that would be left
    doubled or dangling (`air putih, situs gacor, sebelum` -> `air putih, sebelum`)."""
    before = _previous_char(text, start)
    trailing = _TRAILING_SEPARATOR_RE.match(text, end)
    if trailing and (not before or before in ",;:.!?"):
        return trailing.end()
    if not before or before in _SENTENCE_END_CHARS:
        full_stop = _TRAILING_STOP_RE.match(text, end)
        if full_stop:
            return (
                full_stop.end()
            )  # a whole sentence of spam (`... membaik. Slot Gacor Hari Ini.`) goes whole
    return end


# --- rules and signal -------------------------------------------------------------------------------


def detect_spam_lines(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Whole lines that are promotion or keyword walls.

    Flags `Slot Gacor Hari Ini Maxwin`, `BOCORAN ADMIN JARWO – daftar sekarang`,
    `Situs Judi Online Terpercaya 2024 Daftar Sekarang`, `S L O T  G A C O R  M A X W I N`, a line of
    `keluaran sgp, pengeluaran hk, data sdy, ...` and a `slot88 | togel online | situs toto` wall, and a
    wall written down the page (`Judi Bola` / `Poker Online` / `Situs Judi`, one a line);
    leaves `Polisi memblokir situs slot gacor` (a sentence about gambling), a heading
    `Mengenal Istilah Slot Gacor` over a paragraph about gambling, and `Data HK menunjukkan
    penurunan ekspor.` (Hong Kong data, not a lottery market).
    """
    for scan in _scan_page(page, lex).lines:
        if scan.whole:
            yield line_span(scan.line)


# An address: its scheme, `//` and `www.` optional (`bit.ly/x`, `gacor.vip`), its host and its path.
_HREF_RE = re.compile(
    r"^\s*(?:[a-z][a-z0-9+.-]*:)?(?://)?(?:www\.)?(?P<host>[^/?#\s:]+)(?::\d+)?(?P<path>\S*)", re.IGNORECASE
)


def _spam_address(href: str, lex: Lexicon) -> bool:
    """A link's address names the trade's site: a part of its host is a site's name by its shape or
    holds a word of the trade (`petir99.com`, `www.petir99-login.net`, `gacor.vip`, `slotgacor.id`), or
    a link shortener's path does (`bit.ly/petir9923`, `s.id/togelresmi`). A relative address is the
    site's own page."""
    m = _HREF_RE.match(href)
    if not m or "." not in m.group("host") or href.lstrip().startswith(("/", "#", "?")):
        return False
    host = m.group("host").casefold()
    labels = re.split(r"[.-]", host)[:-1]  # the top-level domain says nothing
    if host in lex.link_shorteners:
        labels = [t for t in re.split(r"[^0-9a-z]+", m.group("path").casefold()) if t]
    return any(
        _is_brand(label, lex)
        # a word of the trade inside the label; a short one only as the whole label (`rtp.pt`, not `artpedia`)
        or any(
            len(hit.group()) >= 4 or hit.group() == label
            for hit in lex.vocab_subject_in_run_re.finditer(label)
        )
        for label in labels
    )


def _linked_spans(page: Page, lex: Lexicon) -> Iterator[Span]:
    """The text of a link to the trade's site inside a line of the page (`... anggaran <a
    href="https://petir99.com">bandar casino live dealer</a> perbaikan ...`): an injected link, whatever
    its words, in the line it stood in. A line that is only the link is left to the line rules."""
    linked: dict[str, set[str]] = {}
    for link in page.links:
        if link.line and 1 <= len(words(link.text)) <= lex.link_max_words and _spam_address(link.href, lex):
            linked.setdefault(link.line, set()).add(link.text)
    for line in page.lines:
        for text in linked.get(line.text, ()):
            if text == line.text.strip():
                continue
            for m in re.finditer(rf"(?<![^\W_]){re.escape(text)}(?![^\W_])", line.text):
                end = _removal_end(line.text, m.start(), m.end())
                yield (line.start + m.start(), line.start + end, 1.0)


def detect_inline_phrases(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Spam phrases inside a longer line, unless quoted or the topic of a sentence about the subject.

    Flags `pengeluaran hk` in `... di arena global. pengeluaran hk menjalin kemitraan yang kuat, ...`
    (with a comma after it when one stands before it too), `s10t g4c0r` and `𝐬𝐥𝐨𝐭 𝐠𝐚𝐜𝐨𝐫` anywhere, and
    a run to its end: `kta tanpa jaminan langsung acc`, `jam hoki main Sugar Rush NAGA303`, `open🤑bo`,
    with what wraps or leads it: `(slot gacor maxwin)`, `— situs judi bola resmi —`, `klik di sini slot
    gacor`, `Slot Gacor Hari Ini: https://gacor.vip`, `#slotgacor #maxwin`; English promotion (`buy viagra
    online cheap`), drawn-out letters (`gacorrr`), and `judi online` or `togel` alone wedged between two
    words of a sentence that says nothing else about them (`harga cabai di judi online pasar induk`);
    leaves `pengeluaran pemerintah`, `Bandar Lampung`, `situs warisan dunia`, `4 slot waktu`,
    `Polisi menangkap admin yang mempromosikan "slot gacor" di media sosial.`, and a phrase in a
    sentence next to one that names gambling (`Istilah slot gacor merujuk pada ... bandar judi ...`).
    """
    whole: set[int] = set()
    found: list[tuple[int, int]] = []
    for scan in _scan_page(page, lex).lines:
        if scan.whole:
            whole.add(scan.line.start)
        else:
            yield from scan.inline
            found += [(a, b) for a, b, _ in scan.inline]
    if page.links:
        starts = [line.start for line in page.lines]
        for a, b, score in _linked_spans(page, lex):
            line_start = page.lines[bisect_right(starts, a) - 1].start
            if line_start not in whole and not any(x < b and a < y for x, y in found):
                yield (a, b, score)  # a link the phrases missed (`<a href="https://petir99.com">...</a>`)


# --- disguised runs: leetspeak and upside-down letters ----------------------------------------------

# A word as leetspeak writes it: letters, digits and the symbols that stand for letters (`$l0t`, `j@ckp0t`).
_LEET_TOKEN_RE = re.compile(r"[\w@$€]+")
# The characters `_LEET` lets stand for letters; `!` is left out, as it ends words far more often.
_LEET_CHARS = frozenset("".join(_LEET.values())) - {"!"}
_ASCII_LETTERS = frozenset(string.ascii_letters)
# Letters of "upside-down" text generators (`ʇols ɹɐʇɟɐp`): IPA letters that Indonesian prose never
# writes outside a transcription between slashes or brackets.
_FLIPPED = frozenset("ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ")
_TRANSCRIPTION_RE = re.compile(r"/[^/\n]{1,60}/|\[[^\]\n]{1,60}\]")
# What a line needs to hold either (found at C speed before any word is looked at).
_LEET_HINT_RE = re.compile(f"[A-Za-z][{re.escape(''.join(sorted(_LEET_CHARS)))}][A-Za-z]")
_FLIPPED_HINT_RE = re.compile(f"[{''.join(sorted(_FLIPPED))}]")


def _leet_word(token: str) -> bool:
    """A word written in leetspeak: letters with a digit or a symbol standing for one between them
    (`sl0t`, `h4r1`, `0l4hr4g4`), every digit one that stands for a letter.
    Numbers with a unit (`10kg`), codes with one digit at an end (`mp3`, `4G`) and short codes in
    capitals (`P3K`, `H5N1`) are none.

    >>> [_leet_word(t) for t in ("g4c0r", "t4np4", "mp3", "10kg", "P3K", "A52s", "0bat")]
    [True, True, False, False, False, False, False]
    """
    letters = sum(c in _ASCII_LETTERS for c in token)
    if letters < 2 or letters == len(token) or (token.isupper() and len(token) <= 4):
        return False
    if any(c not in _ASCII_LETTERS and c not in _LEET_CHARS for c in token):
        return False
    return any(
        c in _LEET_CHARS and token[i - 1] in _ASCII_LETTERS and token[i + 1] in _ASCII_LETTERS
        for i, c in enumerate(token[1:-1], 1)
    )


def _touched_by_leet(token: str) -> bool:
    """A word next to a leetspeak run that has a digit for a letter at one end (`0bat`)."""
    return sum(c in _ASCII_LETTERS for c in token) >= 2 and any(c in _LEET_CHARS for c in token)


def _leet_runs(text: str, min_words: int) -> Iterator[tuple[int, int]]:
    """Runs of `min_words` or more leetspeak words, at most one other word between two of them, with
    the leet-touched words at their ends."""
    tokens = list(_LEET_TOKEN_RE.finditer(text))
    leet = [_leet_word(t.group()) for t in tokens]
    i = 0
    while i < len(tokens):
        if not leet[i]:
            i += 1
            continue
        j, count, last = i, 1, i
        while j + 1 < len(tokens) and (leet[j + 1] or (j + 2 < len(tokens) and leet[j + 2])):
            j += 1 if leet[j + 1] else 2
            count += 1
            last = j
        if count >= min_words:
            first = i
            while first > 0 and _touched_by_leet(tokens[first - 1].group()):
                first -= 1
            while last + 1 < len(tokens) and _touched_by_leet(tokens[last + 1].group()):
                last += 1
            yield tokens[first].start(), tokens[last].end()
        i = last + 1


def _flipped_runs(text: str, min_letters: int) -> Iterator[tuple[int, int]]:
    """Runs of words written upside down (`ʇols ɹɐʇɟɐp`), outside a transcription, with
    `min_letters` or more upside-down letters."""
    hidden = {i for m in _TRANSCRIPTION_RE.finditer(text) for i in range(m.start(), m.end())}
    run: list[re.Match[str]] = []
    for token in [*re.finditer(r"\S+", text), None]:
        if token is not None and token.start() not in hidden and any(c in _FLIPPED for c in token.group()):
            run.append(token)
            continue
        if run and sum(c in _FLIPPED for t in run for c in t.group()) >= min_letters:
            yield run[0].start(), run[-1].end()
        run = []


def detect_disguised_runs(page: Page, lex: Lexicon) -> Iterator[Span]:
    """Runs of words disguised from filters by their writing, whatever they say.

    Flags leetspeak (`0bat p3ngg3ms4k c4ir 7 h4r1 t4np4 0l4hr4g4`) and upside-down letters (`ʇols
    ɹɐʇɟɐp`): nobody writes prose that way; a line that is mostly such a run goes whole. A fallback:
    where the phrase rules found the run's words, they decide.

    Leaves `guru P3K dan tenaga kesehatan`, `file mp3 dan mp4 10kg`, `virus H5N1`, a transcription
    `/ˈʃʌt/`, and a run quoted as an example (`pesan "sl0t g4c0r h4r1 1n1" diblokir`).
    """
    for line in page.lines:
        text = line.text
        runs: list[tuple[int, int]] = []
        if _LEET_HINT_RE.search(text):
            runs += _leet_runs(text, lex.leet_run_min_words)
        if not text.isascii() and _FLIPPED_HINT_RE.search(text):
            runs += _flipped_runs(text, lex.flip_run_min_letters)
        for start, end in merge_spans(runs):
            if quoted(text, start, end):
                continue
            outside = len(words(text[:start])) + len(words(text[end:]))
            if outside <= len(words(text[start:end])) // 2:
                yield line_span(line)
                break
            yield (line.start + start, line.start + _removal_end(text, start, end), 1.0)


def spans_of_the_spam_rules(page: Page, lex: Lexicon) -> list[tuple[int, int]]:
    """What the spam rules flag on the page (whole lines and runs inside lines), merged and sorted: the
    span model reads it to tell the words it adds to their spans (see `span_model`)."""
    return merge_spans(
        [(a, b) for a, b, _ in (*detect_spam_lines(page, lex), *detect_inline_phrases(page, lex))]
    )


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
    scanned = _scan_page(page, lex)
    covered = scanned.landing
    for scan in scanned.lines:
        line_covered = 0
        for f in scan.found:
            if f.strong or f.obfuscated or f.tailed or f.markets_lowercase or f.branded:  # not `Data HK`
                line_covered += _alnum_count(scan.line.text[f.start : f.end])
        if scan.soaked:  # only the start of the line was searched: the rest is taken to be alike
            searched = _alnum_count(scan.line.text[: scan.found[-1].end]) or 1
            line_covered = round(line_covered * _alnum_count(scan.line.text) / searched)
        elif scan.whole and len(scan.found) >= lex.wall_min_matches and not ends_sentence(scan.line.body):
            # A keyword wall (a list, not a sentence) is a block pasted into a page: it weighs less
            # than spam written as prose, so that an article carrying two walls is cleaned, not rejected.
            line_covered = round(line_covered * lex.wall_share_weight)
        covered += line_covered
    return round(covered / total, 4)


RULES = (
    Rule("injected_spam.spam_line.v1", CATEGORY, detect_spam_lines),
    Rule("injected_spam.inline_phrase.v1", CATEGORY, detect_inline_phrases),
    Rule("injected_spam.disguised_run.v1", CATEGORY, detect_disguised_runs, fallback=True),
)
SIGNALS = (Signal("spam_phrase_share", measure_spam_share),)
