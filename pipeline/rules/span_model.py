"""A learned word tagger: a pitch set into prose in words no lexicon names.

The lexicon rules know gambling, loans and pills by their phrases and a promotional line by its signs
(a site's name, a call to action, a sum of money, a seller's promise); a spammer's script also writes
`penghasilan jutaan cukup dari rumah modal HP saja` or `jasa joki skripsi kilat bergaransi` into a
sentence, in brackets, after a dash or as a sentence of its own. This model gives every word of a
paragraph the chance that it belongs to such an inserted pitch, from the word and the words around it
(their forms with digits folded, word pairs, prefixes and suffixes, the shapes of letters and marks),
where it stands in its sentence, and whether the page's other paragraphs use it: a logistic regression
over word features, trained on host paragraphs whose inserted span is known. A run of words whose mean
chance reaches `threshold` is flagged as `injected_spam`: widened to its whole sentence when it fills
most of it, and over the brackets or dashes that wrap it.

It is a fallback behind the lexicon rules (see `Ruleset.detect`): it adds runs they miss and never
splits one they found. The weights are data, like the line model's: `span_model.tsv.gz` beside this
module, one feature a row with its weight, trained by `saring train-span-model` (see
`evaluation.span_model`); a user can train on their own labelled paragraphs and point
`span_model.weights` at the result. The thresholds are in `span_model.toml`.

Example: a quiet pitch without a site, a sum or a call to action, between two sentences of a report.

>>> from pipeline.page import analyse_page
>>> model = Lexicon.from_data({"enabled": True})
>>> host = ("Harga cabai rawit di pasar induk naik tajam pekan ini. Penghasilan tambahan jutaan rupiah "
...         "per minggu cukup modal HP tanpa keluar rumah. Pedagang menyebut pasokan dari petani menurun.")
>>> page = analyse_page("Harga Cabai Naik Lagi\\n\\n" + host)
>>> [page.text[s:e] for s, e, _ in detect_inserted_pitches(page, model)]
['Penghasilan tambahan jutaan rupiah per minggu cukup modal HP tanpa keluar rumah.']
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.config import model_weights_path, packaged_rule_data
from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, read_table, write_table
from pipeline.rules.injected_spam import (
    about_the_trade,
    page_names_the_trade,
    quoted,
    spans_of_the_spam_rules,
    with_wrapping,
)
from pipeline.text import sentences

BIAS = "__bias__"
# A word (letters and digits joined by inner hyphens, apostrophes or dots: `gacor77.example.com`,
# `5.000`, `se-Jawa`) or one mark.
_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_DIGITS_RE = re.compile(r"\d")
_AFFIX = 4
_TOPIC_CHARS = 4
_SENTENCE_SLOTS = 3  # where a word stands in its sentence: first, second, third, later
_TAGGED_KINDS = frozenset({LineKind.PARAGRAPH, LineKind.LIST_ITEM})
# Marks that part a run into pieces judged on their own (see `_runs`).
_PARTING_MARKS = frozenset("-–—()[]")
_MARKS = frozenset("()[]{}-–—,.:;!?\"'“”‘’/|#@*&+=%")


class Token(NamedTuple):
    # A tuple: a page has thousands of tokens, and a tuple is made several times faster than a frozen
    # dataclass.
    start: int  # offsets in the line's text
    end: int
    raw: str
    form: str  # casefolded, digits folded to 0
    shape: str  # see `shape`
    sentence: int  # index of its sentence in the line
    slot: int  # its place in the sentence, counted in words (capped at `_SENTENCE_SLOTS`)
    last_in_sentence: bool

    @property
    def is_word(self) -> bool:
        return self.raw[0].isalnum() or self.raw[0] == "_"


def shape(raw: str) -> str:
    """The letter shape of a token: `X` capitals, `Xx` capitalised, `x` lower case, `0` digits, `x0`
    letters with digits (`g4c0r`, `Mega88`), `.` a web address or a number with dots, else the mark.

    >>> [shape(t) for t in ("SLOT", "Gacor", "maxwin", "2024", "g4c0r", "situs.example.com", "(", "🔥")]
    ['X', 'Xx', 'x', '0', 'x0', '.', '(', 'sym']
    """
    if raw.isalpha():  # the common case first: a word of letters alone
        return "X" if len(raw) > 1 and raw.isupper() else "Xx" if raw[0].isupper() else "x"
    if raw.isdigit():
        return "0"
    first = raw[0]
    if not (first.isalnum() or first == "_"):
        return raw if raw in _MARKS else "sym"
    if "." in raw and any(ch.isalpha() for ch in raw):
        return "."
    letters = [ch for ch in raw if ch.isalpha()]
    if not letters:
        return "0"
    if any(ch.isdigit() for ch in raw):
        return "x0"
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return "X"
    return "Xx" if letters[0].isupper() else "x"


def line_tokens(text: str) -> list[Token]:
    """The tokens of one line, each with its sentence and place in it (see `pipeline.text.sentences`)."""
    bounds = sentences(text)
    found: list[tuple[re.Match[str], int, int]] = []
    sentence, slot = 0, 0
    for m in _TOKEN_RE.finditer(text):
        while sentence + 1 < len(bounds) and m.start() >= bounds[sentence][1]:
            sentence, slot = sentence + 1, 0
        found.append((m, sentence, slot))
        if m.group()[0].isalnum():
            slot = min(slot + 1, _SENTENCE_SLOTS)
    tokens: list[Token] = []
    for i, (m, sentence, slot) in enumerate(found):
        raw = m.group()
        form = raw.casefold()
        if not form.isalpha():
            form = _DIGITS_RE.sub("0", form)
        last = i + 1 == len(found) or found[i + 1][1] != sentence
        tokens.append(Token(m.start(), m.end(), raw, form, shape(raw), sentence, slot, last))
    return tokens


def topic_counts(tokenised: list[tuple[Line, list[Token]]]) -> Counter[str]:
    """In how many of the page's paragraphs (`tokenised`: each with its tokens) each word of four
    letters or more stands: an inserted pitch is about something the article is not."""
    counts: Counter[str] = Counter()
    for _, tokens in tokenised:
        counts.update({t.form for t in tokens if _topic_word(t.form)})
    return counts


def _topic_word(form: str) -> bool:
    return len(form) >= _TOPIC_CHARS and form.isalpha()


def token_features(tokens: list[Token], i: int, topic: Counter[str]) -> list[str]:
    """The names of the features of token `i` of a line; `topic` is the page's (`topic_counts`).

    >>> toks = line_tokens("Harga cabai naik. Daftar sekarang!")
    >>> [f for f in token_features(toks, 4, Counter()) if f[:2] in ("w=", "l=", "r=", "sh", "po")]
    ['w=daftar', 'l=.', 'r=sekarang', 'sh=Xx', 'pos=0']
    """
    n = len(tokens)
    token = tokens[i]
    form = token.form

    def at(j: int) -> str:
        return tokens[j].form if 0 <= j < n else ("^" if j < 0 else "$")

    left, right = at(i - 1), at(i + 1)
    feats = [
        BIAS,
        f"w={form}",
        f"l={left}",
        f"r={right}",
        f"l2={at(i - 2)}",
        f"r2={at(i + 2)}",
        f"lw={left} {form}",
        f"wr={form} {right}",
        f"sh={token.shape}",
        f"lsh={tokens[i - 1].shape if i > 0 else '^'} {token.shape}",
        f"rsh={token.shape} {tokens[i + 1].shape if i + 1 < n else '$'}",
        f"pos={token.slot}",
    ]
    if token.last_in_sentence:
        feats.append("last")
    if len(form) > _AFFIX + 1 and form.isalpha():
        feats += [f"pre={form[:_AFFIX]}", f"suf={form[-_AFFIX:]}"]
    if _topic_word(form):
        # Other paragraphs than this one that use the word (this line counts itself once).
        feats.append(f"seen={min(topic[form] - 1, 2)}")
    return feats


def sentence_features(tokens: list[Token]) -> list[list[str]]:
    """The features every token of a sentence shares, by sentence: the words of three letters or more
    the sentence holds (a report of a scam names the police, the victims, the warning; a pitch its
    promises).

    >>> sentence_features(line_tokens("Polisi menangkap pelaku. Dijamin cair!"))
    [['s=menangkap', 's=pelaku', 's=polisi'], ['s=cair', 's=dijamin']]
    """
    bags: list[set[str]] = [set() for _ in range(tokens[-1].sentence + 1)] if tokens else []
    for token in tokens:
        if len(token.form) >= 3 and token.form.isalpha():
            bags[token.sentence].add(token.form)
    return [[f"s={form}" for form in sorted(bag)] for bag in bags]


def page_token_features(
    page: Page, max_line_chars: int = 0
) -> Iterator[tuple[Line, list[Token], list[list[str]], list[list[str]]]]:
    """Every paragraph and list item of the page with its tokens, their own features and the features
    of each sentence (a token's features are its own and its sentence's: `token.sentence`). With
    `max_line_chars`, longer lines are left out: a line's features are held at once, about 200 bytes
    a character (a 10 MB run-on line took 2.8 GB)."""
    tokenised = [
        (line, line_tokens(line.text))
        for line in page.lines
        if line.kind in _TAGGED_KINDS and (max_line_chars <= 0 or len(line.text) <= max_line_chars)
    ]
    topic = topic_counts(tokenised)
    for line, tokens in tokenised:
        if tokens:
            own = [token_features(tokens, i, topic) for i in range(len(tokens))]
            yield line, tokens, own, sentence_features(tokens)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The model's weights (feature -> weight) and when a run of words is flagged."""

    enabled: bool
    weights: dict[str, float]
    threshold: float
    extend_threshold: float
    min_words: int
    sentence_share: float
    # 0: the model flags on any page; N: only where the lexicon rules raised N spam flags.
    page_support: int = 0
    # A run of this many words or fewer needs `short_threshold`: a word or two of everyday prose can
    # score high on their own (`daftar lengkap pemenang`); a pitch of a few words in a row cannot.
    short_words: int = 0
    short_threshold: float = 1.0
    # A run stands only when its mean chance stays this high with any one word of its sentence taken
    # out (see `mean_without_any_one_word`); 0 turns the check off.
    one_word_threshold: float = 0.0
    # Whether a run that is a whole paragraph or list item is flagged (False: left to the line rules).
    whole_lines: bool = True
    # Whether a page whose own text names the trades (`injected_spam.page_names_the_trade`) is left to
    # the lexicon rules: news about the trades quotes their promises.
    page_news_guard: bool = False
    # Lines longer than this many characters are not tagged (0: no bound; see `page_token_features`).
    max_line_chars: int = 0
    # A run in a sentence where the spam rules found spam stands when it adds this many words to their
    # spans, words that read as a pitch without theirs (0: a run that meets their spans is dropped; see
    # `_stands_beside_the_rules` and `pipeline.rules._fallback_stands`).
    extension_words: int = 0
    # A run that leaves this many words of its sentence or fewer is judged
    # with them: the whole sentence goes when its mean chance reaches the threshold, else nothing (0: off;
    # see `_leaves_a_fragment`).
    fragment_words: int = 0
    # The spam rules' lexicon (`injected_spam.Lexicon`), whose context words tell a sentence about the
    # trades (`polisi`, `OJK`, `memblokir`, `judi`, `mengimbau`): set by `Ruleset`, which composes the
    # rules. None: no sentence is taken to be about them.
    topic: Any = None

    def threshold_for(self, n_words: int) -> float:
        """The mean chance a run of `n_words` words needs."""
        return self.short_threshold if n_words <= self.short_words else self.threshold

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        """The model as `data` sets it; keys it leaves out take `span_model.toml`'s values."""
        data = packaged_rule_data("span_model") | data
        enabled = bool(data["enabled"])
        return cls(
            enabled,
            read_weights(model_weights_path({"span_model": data}, "span_model")) if enabled else {},
            float(data["threshold"]),
            float(data["extend_threshold"]),
            int(data["min_words"]),
            float(data["sentence_share"]),
            int(data["page_support"]),
            int(data["short_words"]),
            float(data["short_threshold"]),
            float(data["one_word_threshold"]),
            bool(data["whole_lines"]),
            bool(data["page_news_guard"]),
            int(data["max_line_chars"]),
            int(data["extension_words"]),
            int(data["fragment_words"]),
        )

    def score(self, feats: list[str]) -> float:
        """The sum of the weights of these features."""
        return sum(map(self.weights.get, feats, itertools.repeat(0.0)))

    def probabilities(
        self, tokens: list[Token], own: list[list[str]], shared: list[list[str]]
    ) -> list[float]:
        """The chance that each token belongs to an inserted pitch, from its own features and its
        sentence's (`page_token_features`); a sentence's weights are summed once."""
        context = [self.score(feats) for feats in shared]
        return [
            _chance(self.score(feats) + context[token.sentence])
            for token, feats in zip(tokens, own, strict=True)
        ]

    def mean_without_any_one_word(
        self, tokens: list[Token], own: list[list[str]], shared: list[list[str]], first: int, past: int
    ) -> float:
        """The lowest mean chance of the run's words (tokens `first` to `past`) with one word of its
        sentences taken out: its features, and every feature of another word or of the sentence that
        names it. `(masukkan 16 digit NIK Anda)` in an operator's instruction scores 0.91, and 0.68
        without `NIK`; `Penghasilan tambahan jutaan rupiah per minggu cukup modal HP` scores 0.997, and
        0.97 without any one of its words."""
        sentences_of_run = {tokens[k].sentence for k in range(first, past)}
        forms = {t.form for t in tokens if t.sentence in sentences_of_run and t.is_word}
        words = [k for k in range(first, past) if tokens[k].is_word]
        own_score = {k: self._score_naming(own[k]) for k in words}
        context = {index: self._score_naming(shared[index]) for index in sentences_of_run}
        lowest = 1.0
        for form in forms:
            probs = [
                _chance(
                    own_score[k][0]
                    - own_score[k][1].get(form, 0.0)
                    + context[tokens[k].sentence][0]
                    - context[tokens[k].sentence][1].get(form, 0.0)
                )
                for k in words
                if tokens[k].form != form
            ]
            lowest = min(lowest, sum(probs) / len(probs) if probs else 0.0)
        return lowest

    def mean_without_forms(
        self,
        tokens: list[Token],
        own: list[list[str]],
        shared: list[list[str]],
        first: int,
        past: int,
        forms: set[str],
        skip: list[bool],
    ) -> float:
        """The mean chance of the run's words (tokens `first` to `past`) that `skip` does not mark, with
        every feature that names one of `forms` taken out: whether the rest of the run reads as a pitch
        without the words the lexicon rules already know (`aktif murah, 1K cuma 15rb!` after `Jual
        followers TikTok`), and not as host words their weight spills onto (`berasal dari dana khusus`
        after `pinjaman kilat tanpa jaminan`)."""
        probs = []
        contexts: dict[int, float] = {}
        for k in range(first, past):
            token = tokens[k]
            if skip[k] or not token.is_word:
                continue
            if token.sentence not in contexts:
                total, naming = self._score_naming(shared[token.sentence])
                contexts[token.sentence] = total - sum(naming.get(form, 0.0) for form in forms)
            total, naming = self._score_naming(own[k])
            score = total - sum(naming.get(form, 0.0) for form in forms) + contexts[token.sentence]
            probs.append(_chance(score))
        return sum(probs) / len(probs) if probs else 0.0

    def _score_naming(self, feats: list[str]) -> tuple[float, dict[str, float]]:
        """The features' summed weight, and by word the weight of those that name it (as the word, a
        neighbour, in a pair or in the sentence's words): the score without a word is the first less
        the second's entry for it."""
        total = 0.0
        naming: dict[str, float] = {}
        for feat in feats:
            weight = self.weights.get(feat)
            if weight is None:
                continue
            total += weight
            for word in set(feat.partition("=")[2].split(" ")):
                naming[word] = naming.get(word, 0.0) + weight
        return total, naming


def _chance(score: float) -> float:
    """The logistic of a score (clipped: a sum of weights far past 30 says nothing more)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def _runs(tokens: list[Token], probs: list[float], model: Lexicon) -> Iterator[tuple[int, int, float]]:
    """(first, past-last token, mean chance over its words) of each run the model flags: tokens whose
    chance reaches `extend_threshold`, holding `min_words` words whose mean chance reaches `threshold`.
    A dash or a bracket inside such tokens parts them, and each part is judged on its own: the words
    before `— titip dana ...` are the host's, however high their chance rose next to the pitch."""
    n, i = len(tokens), 0
    while i < n:
        if probs[i] < model.extend_threshold:
            i += 1
            continue
        j = i
        while j < n and probs[j] >= model.extend_threshold:
            j += 1
        kept: list[tuple[int, int, float]] = []
        start = i
        for k in [*(k for k in range(i, j) if tokens[k].shape in _PARTING_MARKS), j]:
            word_probs = [probs[m] for m in range(start, k) if tokens[m].is_word]
            mean = sum(word_probs) / len(word_probs) if word_probs else 0.0
            if len(word_probs) >= model.min_words and mean >= model.threshold_for(len(word_probs)):
                if kept and kept[-1][1] + 1 >= start:  # parts that both pass stay one run
                    first, _, before = kept.pop()
                    mean = (before + mean) / 2
                    start = first
                kept.append((start, k, mean))
            start = k + 1
        yield from kept
        i = j


def _widened(text: str, tokens: list[Token], first: int, past: int, share: float) -> tuple[int, int]:
    """The run's characters, widened to its whole sentence when its words fill `share` of the
    sentence's words, then over the brackets or dashes that wrap it (`with_wrapping`)."""
    start, end = tokens[first].start, tokens[past - 1].end
    sentence = {tokens[k].sentence for k in range(first, past)}
    if len(sentence) == 1:
        (index,) = sentence
        in_sentence = [t for t in tokens if t.sentence == index]
        words_all = sum(1 for t in in_sentence if t.is_word)
        words_run = sum(1 for t in tokens[first:past] if t.is_word)
        if words_all and words_run >= share * words_all:
            start, end = in_sentence[0].start, in_sentence[-1].end
    return with_wrapping(text, start, end)


def _leaves_a_fragment(tokens: list[Token], first: int, past: int, words_at_most: int) -> list[int] | None:
    """The indices of the sentence's tokens when the run tokens[first:past] lies in one sentence and
    leaves at least one and at most `words_at_most` of its words outside (`Jasa servis AC panggilan
    kebanjiran order saat` leaving `musim kemarau.`); else None."""
    sentence = {tokens[k].sentence for k in range(first, past)}
    if words_at_most <= 0 or len(sentence) != 1:
        return None
    (index,) = sentence
    members = [k for k, t in enumerate(tokens) if t.sentence == index]
    left = sum(1 for k in members if not first <= k < past and tokens[k].is_word)
    return members if 0 < left <= words_at_most else None


def _host_about_the_trade(text: str, tokens: list[Token], start: int, end: int, topic: Any) -> bool:
    """Whether what is left of the run's sentences without it speaks of the trades its words belong
    to (`Kominfo memblokir ribuan situs slot gacor`, `OJK mengimbau warga tidak tergiur tawaran pinjol
    cepat cair`): the run is the news's object, not a pitch set into it. A run that is its whole
    sentence leaves nothing to speak."""
    touched = {t.sentence for t in tokens if t.start < end and start < t.end}
    inside = [t for t in tokens if t.sentence in touched]
    left = text[inside[0].start : start] + " " + text[end : inside[-1].end]
    return about_the_trade(left, topic)


def detect_inserted_pitches(page: Page, model: Lexicon) -> Iterator[Span]:
    """Runs of words in a paragraph that the span model calls an inserted pitch (see the module's
    example), with their sentence when they fill most of it and what wraps them; leaves what a lexicon
    rule already flags (the rule is a fallback). It also leaves a run that rests on one word
    (`one_word_threshold`), a whole line (`whole_lines`), a whole quotation, a run whose sentence speaks
    of the trade, and every run of a page of news about the trades (`page_news_guard`). Off unless
    `span_model.enabled`."""
    if not model.enabled:
        return
    news_of_the_trade: bool | None = None  # asked once, when the first run is found
    spam_spans: list[tuple[int, int]] | None = None  # the lexicon rules' spans, asked likewise
    for line, tokens, own, shared in page_token_features(page, model.max_line_chars):
        probs = model.probabilities(tokens, own, shared)
        for first, past, mean in _runs(tokens, probs, model):
            if model.topic is not None and model.page_news_guard:
                if news_of_the_trade is None:
                    news_of_the_trade = page_names_the_trade(page, model.topic)
                if news_of_the_trade:
                    return
            members = _leaves_a_fragment(tokens, first, past, model.fragment_words)
            if members is not None:
                # Cutting the run would leave a scrap of its sentence (a pitch missed at its edge, or
                # prose the model half-read): the whole sentence decides.
                word_probs = [probs[k] for k in members if tokens[k].is_word]
                mean = sum(word_probs) / len(word_probs)
                if mean < model.threshold_for(len(word_probs)):
                    continue
                first, past = members[0], members[-1] + 1
            start, end = _widened(line.text, tokens, first, past, model.sentence_share)
            if not model.whole_lines and start == 0 and end >= len(line.text.rstrip()):
                continue
            if quoted(line.text, start, end):
                continue  # a whole quotation: news of a scam quoting its promise (`iklan bertuliskan "..."`)
            if model.topic is not None and _host_about_the_trade(line.text, tokens, start, end, model.topic):
                continue
            if model.extension_words > 0 and model.topic is not None:
                if spam_spans is None:
                    spam_spans = spans_of_the_spam_rules(page, model.topic)
                if not _stands_beside_the_rules(
                    model, line, tokens, own, shared, (first, past, start, end), spam_spans
                ):
                    continue
            if model.one_word_threshold > 0 and (  # the dearest check last
                model.mean_without_any_one_word(tokens, own, shared, first, past) < model.one_word_threshold
            ):
                continue
            yield (line.start + start, line.start + end, round(mean, 4))


def _stands_beside_the_rules(
    model: Lexicon,
    line: Line,
    tokens: list[Token],
    own: list[list[str]],
    shared: list[list[str]],
    run: tuple[int, int, int, int],
    spam_spans: list[tuple[int, int]],
) -> bool:
    """Whether a run stands in sentences where the lexicon rules found spam (`spam_spans`, in page
    offsets): it adds `extension_words` words to their spans, those words score as a pitch with every
    word form of their spans taken out of the sentences (`mean_without_forms`), and the rest of its
    paragraph says nothing of the trades (there the rules judged the sentence the news's own account
    of an offer, and cut only what they flagged). `run` is its first and past-last token and its
    characters in the line. A run in sentences they found nothing in stands as it is."""
    first, past, start, end = run
    run_sentences = {tokens[k].sentence for k in range(first, past)}
    on_line = [(a - line.start, b - line.start) for a, b in spam_spans if a < line.end and b > line.start]
    in_spam = [
        t.sentence in run_sentences and any(a <= t.start and t.end <= b for a, b in on_line) for t in tokens
    ]
    if not any(in_spam):
        return True
    added = [k for k in range(first, past) if tokens[k].is_word and not in_spam[k]]
    if len(added) < model.extension_words:
        return False
    if about_the_trade(line.text[:start] + " " + line.text[end:], model.topic):
        return False
    forms = {t.form for t, marked in zip(tokens, in_spam, strict=True) if marked and t.is_word}
    mean = model.mean_without_forms(tokens, own, shared, first, past, forms, in_spam)
    return mean >= model.threshold_for(len(added))


def read_weights(path: Path) -> dict[str, float]:
    """Weights from a (gzipped) TSV: a header `feature<TAB>weight`, then one feature a row."""
    header, rows = read_table(path)
    if header != ["feature", "weight"]:
        raise ValueError(f"{path}: expected the header feature<TAB>weight, got {header}")
    return {feat: float(value) for feat, value in rows}


def write_weights(path: Path, weights: dict[str, float]) -> None:
    """Write weights as `read_weights` reads them (gzipped when the name ends in `.gz`), sorted by
    feature, byte-identical for equal weights."""
    write_table(path, ["feature", "weight"], ([feat, f"{w:.4g}"] for feat, w in sorted(weights.items())))


RULES = (Rule("injected_spam.span_model.v1", "injected_spam", detect_inserted_pitches, fallback=True),)
