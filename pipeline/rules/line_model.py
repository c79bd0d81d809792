"""A learned line classifier: lines of page chrome, spam and generator residue that no lexicon names.

The lexicon rules know the phrases they were written for; the next site writes its cookie notice, its
byline or its promotional line in other words. This model scores every line of a page from what it
is made of (its words and word pairs, with digits folded, its first and last word, the prefixes and
suffixes of its words) and from its shape (length, how it ends, capitals, digits, web addresses,
where it stands on the page, the kinds of the lines around it), and flags a whole line when the
chance that it is noise reaches a threshold. It is a multinomial logistic regression over four
classes: `content`, and the three categories whose noise is a whole line of its own: `boilerplate`,
`injected_spam`, `placeholder`.
Copies of headings and tables of contents are not its business: a copy's text is a real heading's
text (see `duplicate_heading` and `table_of_contents`).

The weights are data, like the lexicons: `line_model.tsv.gz` beside this module, one feature a row
with its weight for each noise class (`content` is the reference class, weight 0). They are trained
by `saring train-line-model` (see `evaluation.line_model`) from lines whose label is known; a user
can train on their own labelled lines and point `line_model.weights` at the result. The threshold
and the lines the model never flags (the title, long sentences) are in `line_model.toml`.

Example: the model alone (the lexicon rules know this label too) flags a byline, not the article.

>>> from pipeline.page import analyse_page
>>> model = Lexicon.from_data({"enabled": True})
>>> body = "Harga cabai di pasar naik tajam pekan ini. " * 3
>>> page = analyse_page("Harga Cabai Naik Lagi\\n\\n" + body + "\\n\\nPenyunting: Ratna Wulandari")
>>> [page.text[s:e] for s, e, _ in detect_boilerplate_lines(page, model)]
['Penyunting: Ratna Wulandari']
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import model_weights_path, packaged_rule_data
from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, line_span, read_table, write_table
from pipeline.text import ends_sentence, words

CLASSES = ("content", "boilerplate", "injected_spam", "placeholder")
NOISE_CLASSES = CLASSES[1:]
BIAS = "__bias__"
ZONES = ("head", "body", "tail")

_DIGITS_RE = re.compile(r"\d")
_WEB_RE = re.compile(r"https?://|www\.|\b\w+\.(?:com|co\.id|id|net|org|tv|me|io)\b|@\w", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"\s(?:[|»›>/•·]|>>|-{1,2}|–|—)\s")
_WORD_SPLIT_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    """Index of the first edge `value` does not exceed (len(edges) past the last)."""
    for i, edge in enumerate(edges):
        if value <= edge:
            return i
    return len(edges)


_WORD_EDGES = (1, 2, 3, 4, 6, 8, 12, 18, 25, 40)
_AFFIX = 4
_TOPIC_WORD_CHARS = 4


def _topic_words(text: str) -> set[str]:
    """The words of a text that can say what it is about: casefolded, letters only, four or more."""
    return {w for w in words(text.casefold()) if len(w) >= _TOPIC_WORD_CHARS and w.isalpha()}


@dataclass(frozen=True, slots=True)
class PageVocabulary:
    """How often each topic word stands in the page's paragraphs, and the title's topic words: a
    line that shares the words of the article is about its topic; chrome is about the site."""

    paragraph_words: Counter[str]
    title_words: frozenset[str]

    @classmethod
    def of(cls, page: Page) -> PageVocabulary:
        counts: Counter[str] = Counter()
        for line in page.lines:
            if line.kind is LineKind.PARAGRAPH:
                counts.update(_topic_words(line.body))
        title = page.title
        return cls(counts, frozenset(_topic_words(title.body)) if title else frozenset())

    def overlap_features(self, line: Line) -> list[str]:
        own = _topic_words(line.body)
        if not own:
            return ["topic=none"]
        mine = line.kind is LineKind.PARAGRAPH
        shared = sum(1 for w in own if self.paragraph_words[w] > (1 if mine else 0))
        in_title = sum(1 for w in own if w in self.title_words)
        return [
            f"topic={_bucket(3 * shared // len(own), (0, 1, 2))}",
            f"title={_bucket(3 * in_title // len(own), (0, 1, 2))}",
        ]


def page_zone(line: Line, page: Page) -> str:
    """`head` (above the first paragraph), `tail` (below the last) or `body` (between them)."""
    return "head" if line.index < page.head_end else "tail" if line.index >= page.tail_start else "body"


def line_features(
    line: Line, position: int, from_end: int, page: Page, vocabulary: PageVocabulary
) -> list[str]:
    """The names of the features of one non-blank line. `position` and `from_end` count the page's
    non-blank lines before and after it; `vocabulary` is the page's (`PageVocabulary.of(page)`).

    >>> from pipeline.page import analyse_page
    >>> page = analyse_page("Judul Berita\\nBaca juga: Harga 2024")
    >>> feats = line_features(page.lines[1], 1, 0, page, PageVocabulary.of(page))
    >>> [f for f in feats if f.startswith(("w=", "b=", "first=", "end="))]
    ['w=baca', 'w=juga', 'w=:', 'w=harga', 'w=0000', 'b=^_baca', 'b=baca_juga', 'b=juga_:', 'b=:_harga', \
'b=harga_0000', 'b=0000_$', 'first=baca', 'end=digit']
    """
    text = line.text.strip()
    body = line.body
    tokens = [_DIGITS_RE.sub("0", t) for t in _WORD_SPLIT_RE.findall(body.casefold())]
    feats = [BIAS, f"kind={line.kind.value}"]
    feats += [f"w={t}" for t in tokens]
    padded = ["^", *tokens, "$"]
    feats += [f"b={a}_{b}" for a, b in itertools.pairwise(padded)]
    for t in tokens:
        if len(t) > _AFFIX + 1 and t.isalpha():
            feats.append(f"pre={t[:_AFFIX]}")
            feats.append(f"suf={t[-_AFFIX:]}")
    word_tokens = [t for t in tokens if t[0].isalnum()]
    if word_tokens:
        feats.append(f"first={word_tokens[0]}")
        feats.append(f"last={word_tokens[-1]}")
    n_words = line.n_words
    feats.append(f"nw={_bucket(n_words, _WORD_EDGES)}")
    feats.append(f"top={min(position, 5)}")
    feats.append(f"bottom={min(from_end, 5)}")
    feats.append(f"zone={page_zone(line, page)}")
    last = text[-1]
    end = (
        "sentence"
        if ends_sentence(text)
        else "digit"
        if last.isdigit()
        else "letter"
        if last.isalpha()
        else "colon"
        if last == ":"
        else "close"
        if last in ")]}"
        else "other"
    )
    feats.append(f"end={end}")
    if text[0] in "([{":
        feats.append("opens_bracket")
    letters = [ch for ch in body if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        feats.append("all_caps")
    raw_words = words(body)
    if raw_words:
        capitalised = sum(1 for w in raw_words if w[0].isupper())
        feats.append(f"caps={_bucket(10 * capitalised // len(raw_words), (0, 3, 6, 9))}")
    if _DIGITS_RE.search(body):
        feats.append("has_digit")
    if _WEB_RE.search(body):
        feats.append("has_web")
    if _SEPARATOR_RE.search(body):
        feats.append("has_separator")
    if "©" in body or "(c)" in body.casefold():
        feats.append("has_copyright_sign")
    if page.title_index is not None and line.index == page.title_index + 1:
        feats.append("after_title")
    feats += vocabulary.overlap_features(line)
    return feats


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The model's weights (feature -> one weight per noise class) and when to flag a line."""

    enabled: bool
    weights: dict[str, tuple[float, ...]]
    threshold: float
    heading_threshold: float
    one_word_threshold: float
    max_words: int
    zones: frozenset[str]
    # A flag stands only on a page where the lexicon rules raised at least this many flags of its
    # category (see `Ruleset.detect`): a page they find clean is taken for clean.
    page_support: int = 1

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        """The model as `data` sets it; keys it leaves out take `line_model.toml`'s values."""
        data = packaged_rule_data("line_model") | data
        enabled = bool(data["enabled"])
        return cls(
            enabled,
            read_weights(model_weights_path({"line_model": data}, "line_model")) if enabled else {},
            float(data["threshold"]),
            float(data["heading_threshold"]),
            float(data["one_word_threshold"]),
            int(data["max_words"]),
            frozenset(data["zones"]),
            int(data["page_support"]),
        )

    def flags_line(self, line: Line, page: Page) -> bool:
        """Whether the model may flag this line at all: never the page's title, a long line, a row of
        a table of two rows or more (a pipe-separated breadcrumb or share bar stands alone), or a
        heading with copies on the page (which copy to keep is `duplicate_heading`'s decision)."""
        if line.index == page.title_index or line.n_words > self.max_words:
            return False
        if page_zone(line, page) not in self.zones:
            return False
        if line.kind is LineKind.TABLE_ROW and _in_table(line, page):
            return False
        return not (line.is_heading_like and len(page.indices_with_key(line.key)) > 1)

    def probabilities(self, feats: list[str]) -> tuple[float, ...]:
        """The probability of each class in `CLASSES` for a line with these features."""
        logits = [0.0] * len(NOISE_CLASSES)
        weights = self.weights
        for feat in feats:
            row = weights.get(feat)
            if row is not None:
                for i, w in enumerate(row):
                    logits[i] += w
        top = max(0.0, *logits)
        exps = [math.exp(-top), *(math.exp(v - top) for v in logits)]
        total = sum(exps)
        return tuple(e / total for e in exps)

    def noise_without_any_one_word(self, feats: list[str]) -> float:
        """The lowest noise probability of the line with the features of one of its words taken
        out (the word, its pairs, its prefix and suffix, as first or last word): how much of the
        verdict stands on a single word. `Komentar Netizen soal Kenaikan Tarif KRL` is chrome only
        because of `komentar`; `Lihat Semua Komentar (97)` is chrome without any one of its words."""
        lowest = 1.0 - self.probabilities(feats)[0]
        for word in {f[2:] for f in feats if f.startswith("w=") and f[2:].isalpha()}:
            lowest = min(lowest, 1.0 - self.probabilities(_without_word(feats, word))[0])
        return lowest


def _in_table(line: Line, page: Page) -> bool:
    """Whether the line above or below it is a table row too."""
    return any(
        0 <= i < len(page.lines) and page.lines[i].kind is LineKind.TABLE_ROW
        for i in (line.index - 1, line.index + 1)
    )


def _without_word(feats: list[str], word: str) -> list[str]:
    own = {f"w={word}", f"first={word}", f"last={word}"}
    if len(word) > _AFFIX + 1:
        own |= {f"pre={word[:_AFFIX]}", f"suf={word[-_AFFIX:]}"}
    left, right = f"b={word}_", f"_{word}"
    return [
        f
        for f in feats
        if f not in own and not (f.startswith(left) or (f.startswith("b=") and f.endswith(right)))
    ]


def read_weights(path: Path) -> dict[str, tuple[float, ...]]:
    """Weights from a (gzipped) TSV: a header `feature<TAB>class...`, then one feature a row."""
    header, rows = read_table(path)
    if tuple(header[1:]) != NOISE_CLASSES:
        raise ValueError(f"{path}: expected the classes {NOISE_CLASSES} in the header, got {header[1:]}")
    return {feat: tuple(float(v) for v in values) for feat, *values in rows}


def write_weights(path: Path, weights: dict[str, tuple[float, ...]]) -> None:
    """Write weights as `read_weights` reads them (gzipped when the name ends in `.gz`), sorted by
    feature, byte-identical for equal weights."""
    rows = ([feat, *(f"{v:.4g}" for v in row)] for feat, row in sorted(weights.items()))
    write_table(path, ["feature", *NOISE_CLASSES], rows)


def page_line_features(page: Page) -> Iterator[tuple[Line, list[str]]]:
    """Every non-blank line of the page with its features, the kinds of the non-blank lines before
    and after it among them (a heading between two paragraphs is a section's; a label among bylines
    and share buttons is chrome)."""
    lines = [ln for ln in page.lines if ln.kind is not LineKind.BLANK]
    vocabulary = PageVocabulary.of(page)
    for i, line in enumerate(lines):
        feats = line_features(line, i, len(lines) - 1 - i, page, vocabulary)
        before = lines[i - 1].kind.value if i > 0 else "edge"
        after = lines[i + 1].kind.value if i + 1 < len(lines) else "edge"
        feats += [f"prev={before}", f"next={after}", f"around={before}_{after}"]
        before2 = lines[i - 2].kind.value if i > 1 else "edge"
        after2 = lines[i + 2].kind.value if i + 2 < len(lines) else "edge"
        feats += [f"prev2={before2}", f"next2={after2}"]
        if i > 0 and lines[i - 1].n_words <= 4:
            feats.append("prev_short")
        if i + 1 < len(lines) and lines[i + 1].n_words <= 4:
            feats.append("next_short")
        yield line, feats


def _line_verdicts(page: Page, model: Lexicon) -> list[tuple[Line, str, float]]:
    """(line, noise class, its probability) for every line the model calls noise, once per page."""

    def compute() -> list[tuple[Line, str, float]]:
        found: list[tuple[Line, str, float]] = []
        if not model.enabled:
            return found
        for line, feats in page_line_features(page):
            if not model.flags_line(line, page):
                continue
            probs = model.probabilities(feats)
            noise = 1.0 - probs[0]
            threshold = model.heading_threshold if line.kind is LineKind.HEADING else model.threshold
            if noise >= threshold and (
                model.one_word_threshold <= 0
                or model.noise_without_any_one_word(feats) >= model.one_word_threshold
            ):
                best = max(range(1, len(CLASSES)), key=lambda i: probs[i])
                found.append((line, CLASSES[best], noise))
        return found

    return page.memoised(("line_model", id(model)), compute)


def _detector(category: str) -> Any:
    def detect(page: Page, model: Lexicon) -> Iterator[Span]:
        for line, cls, noise in _line_verdicts(page, model):
            if cls == category:
                yield line_span(line, round(noise, 4))

    return detect


_LEAVES = (
    "; leaves the title, lines over `max_words` words, headings with copies on the page, and lines a "
    "lexicon rule already flags (the rule is a fallback). Off unless `line_model.enabled`."
)
detect_boilerplate_lines = _detector("boilerplate")
detect_boilerplate_lines.__doc__ = (
    "Flags whole lines the line model calls page chrome (see the module's example)" + _LEAVES
)
detect_spam_lines = _detector("injected_spam")
detect_spam_lines.__doc__ = "Flags whole lines the line model calls promotional spam" + _LEAVES
detect_placeholder_lines = _detector("placeholder")
detect_placeholder_lines.__doc__ = (
    "Flags whole lines the line model calls generator residue or template text" + _LEAVES
)

RULES = (
    Rule("boilerplate.line_model.v1", "boilerplate", detect_boilerplate_lines, fallback=True),
    Rule("injected_spam.line_model.v1", "injected_spam", detect_spam_lines, fallback=True),
    Rule("placeholder.line_model.v1", "placeholder", detect_placeholder_lines, fallback=True),
)
