"""Keyword stuffing: an SEO keyword glued to a heading or to the start of a paragraph."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.page import Line, LineKind, Page
from pipeline.rules.base import Rule, Span, compile_phrases, literal_alternation
from pipeline.text import line_key, sentences, words

CATEGORY = "keyword_stuffing"
_TITLE_SPLIT_RE = re.compile(r"\s*(?::|\||\s[-–—]\s|\?)\s*")


@dataclass(frozen=True)
class Lexicon:
    min_keyword_words: int
    prefix_separators: str  # a regex character class body
    suffix_separators: str
    min_remaining_words: int
    query_markers: re.Pattern[str]
    topic_nouns: re.Pattern[str]
    query_min_words: int
    query_max_words: int
    topic_stopwords: frozenset[str]
    topic_only_min_words: int
    echo_min_words: int
    min_name_occurrences: int
    min_paragraph_words: int
    single_signal_score: float
    place_names: re.Pattern[str]
    places: frozenset[str]  # every place, in any case
    wall_min_items: int
    wall_max_item_words: int
    wall_min_topic_share: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        conf = data["glued_keyword"]
        query = data["query_phrase"]
        return cls(
            min_keyword_words=conf["min_keyword_words"],
            prefix_separators="".join(re.escape(s) for s in conf["prefix_separators"]),
            suffix_separators="".join(re.escape(s) for s in conf["suffix_separators"]),
            min_remaining_words=conf["min_remaining_words"],
            query_markers=compile_phrases(query["markers"]),
            topic_nouns=compile_phrases(query["topic_nouns"]),
            query_min_words=query["min_words"],
            query_max_words=query["max_words"],
            topic_stopwords=frozenset(line_key(w) for w in query["topic_stopwords"]),
            topic_only_min_words=query["topic_only_min_words"],
            echo_min_words=query["echo_min_words"],
            min_name_occurrences=query["min_name_occurrences"],
            min_paragraph_words=query["min_paragraph_words"],
            single_signal_score=query["single_signal_score"],
            place_names=re.compile(rf"(?<!\w)(?-i:{_lower_alternation(query['place_names'])})(?!\w)"),
            places=frozenset(
                p.casefold()
                for p in [
                    *query["place_names"],
                    *query["capitalised_place_names"],
                    *query.get("place_name_parts", []),
                ]
            ),
            wall_min_items=data.get("query_wall", {}).get("min_items", 4),
            wall_max_item_words=data.get("query_wall", {}).get("max_item_words", 6),
            wall_min_topic_share=data.get("query_wall", {}).get("min_topic_share", 0.6),
        )


def _lower_alternation(names: list[str]) -> str:
    """Names in lower case only, as a search query types them (`malang`, not `Malang` or `MALANG`)."""
    return literal_alternation(n.casefold() for n in names)


def page_keywords(page: Page, min_words: int) -> list[str]:
    """The SEO keywords of a page: its title and the title's parts, as they read in the title."""
    sources = [page.title.body] if page.title else []
    if page.title_hint:
        sources.append(page.title_hint)
    found: dict[str, str] = {}
    for source in sources:
        for part in [source, *_TITLE_SPLIT_RE.split(source)]:
            part = part.strip()
            if len(words(part)) >= min_words:
                found.setdefault(line_key(part), part)
    return sorted(found.values(), key=len, reverse=True)


def _keyword_pattern(keyword: str) -> str:
    # Any case, any punctuation or spacing between the keyword's words.
    return r"\W+".join(re.escape(w) for w in words(keyword))


def detect_glued_keywords(page: Page, lex: Lexicon) -> Iterator[Span]:
    """A keyword glued before a paragraph with a dash, or after a heading with a comma or dash.

    With the title `Tujuan Kerjasama ASEAN di Bidang Sosial: Apa Tujuan Dilakukan Kerjasama Asean Pada
    Bidang Sosial`, flags `Apa tujuan dilakukan kerjasama asean pada bidang sosial – ` opening a
    paragraph and `, Apa tujuan dilakukan kerjasama asean pada bidang sosial` ending a heading; also the
    keyword after a paragraph's last full stop (`... di bidang sosial. apa tujuan dilakukan kerjasama
    asean pada bidang sosial`) and the title in Title Case with a full stop opening a paragraph;
    leaves a heading that is just a part of the title, and headings that share a few of its words.
    """
    keywords = page_keywords(page, lex.min_keyword_words)
    if not keywords:
        return
    title_key = page.title.key if page.title else None
    # Lines whose key starts (paragraphs) or ends (headings) with a keyword's key: the only ones the
    # patterns below can match. Most pages have none, and then no per-page pattern is compiled.
    keys = [line_key(k) for k in keywords]
    # The headline itself, wherever the page's title guess fell (`<headline>` for the hint `<headline> -
    # DokterKita`): its last part is no keyword glued to it.
    titles = [line_key(t) for t in (page.title.body if page.title else None, page.title_hint) if t]
    candidates = [
        line
        for line in page.lines
        if line.key != title_key
        and not any(t == line.key or t.startswith(line.key + " ") for t in titles)
        and (
            (
                line.kind is LineKind.PARAGRAPH
                and any(line.key.startswith(k + " ") or line.key.endswith(" " + k) for k in keys)
            )
            or (line.kind is LineKind.HEADING and any(line.key.endswith(" " + k) for k in keys))
        )
    ]
    if not candidates:
        return
    alternation = "|".join(_keyword_pattern(k) for k in keywords)
    prefix_re = re.compile(rf"^(?:{alternation})\s*[{lex.prefix_separators}]\s+(?=\w)", re.IGNORECASE)
    suffix_re = re.compile(rf"\s*[{lex.suffix_separators}]\s*(?:{alternation})\W*$", re.IGNORECASE)
    # The keyword after the paragraph's last sentence, with no full stop of its own (`... saat Lebaran.
    # cara membuat kue nastar`), or before its first sentence with a full stop, written as a title or a
    # query rather than a sentence (`Cara Membuat Kue Nastar. Nastar adalah ...`).
    tail_re = re.compile(rf"(?<=[.!?…\"”])\s+(?:{alternation})[ \t]*$", re.IGNORECASE)
    stop_re = re.compile(rf"^(?:{alternation})\.\s+(?=[\"“(]?[A-Z0-9])", re.IGNORECASE)
    exact_forms = set(keywords)
    for line in candidates:
        if line.kind is LineKind.PARAGRAPH:
            m = prefix_re.match(line.text)
            if m:
                glued = m.group().rstrip(" " + lex.prefix_separators).strip()
                yield (line.start, line.start + m.end(), 0.9 if glued in exact_forms else 1.0)
                continue
            m = stop_re.match(line.text)
            if m and not _sentence_case(m.group().strip().rstrip(".")):
                yield (line.start, line.start + m.end(), 0.9)
                continue
            m = tail_re.search(line.text)
            if m and len(words(line.text[: m.start()])) >= lex.min_remaining_words:
                yield (line.start + m.start(), line.end, 0.9)
        elif line.kind is LineKind.HEADING:
            m = suffix_re.search(line.text)
            if m and len(words(line.text[: m.start()])) >= lex.min_remaining_words:
                glued = m.group().strip(" " + lex.suffix_separators)
                yield (line.start + m.start(), line.end, 0.9 if glued in exact_forms else 1.0)
                continue
            # A paragraph whose glued keyword took its full stop away reads as a heading.
            m = tail_re.search(line.text)
            if m and len(words(line.text[: m.start()])) >= lex.min_paragraph_words:
                yield (line.start + m.start(), line.end, 0.9)


def _sentence_case(text: str) -> bool:
    """Written as a sentence: a capital first, the other words in lower case (names aside are rare in a
    keyword); `Cara Membuat Kue Nastar` (a title) and `cara membuat kue nastar` (a query) are not."""
    tokens = words(text)
    return (
        bool(tokens)
        and tokens[0][:1].isupper()
        and all(not t[:1].isupper() or t.isupper() for t in tokens[1:])
    )


# A search query glued after a heading: the last separator of the line, then a phrase with no capital.
_HEADING_QUERY_RE = re.compile(
    r"^(?P<head>.*[^\s,:|–—-])(?P<sep>\s*[,:|]\s+|\s+[-–—|]\s+)(?P<query>(?:(?!\s[-–—|]\s)[^,:|])+)$"
)
# A query glued before a paragraph: a phrase, a dash, then a sentence that starts with a capital.
_PARAGRAPH_QUERY_RE = re.compile(r"^(?P<query>\w[\w\s'’-]*?)\s+[-–—]\s+(?=[\"“'‘(]?[A-Z0-9])")
_DASH_RE = re.compile(r"\s[-–—]\s")


@dataclass(frozen=True, slots=True)
class _Glued:
    line: Line
    start: int  # offsets in Page.text
    end: int
    query: str
    separator: str
    aside: bool  # a second dash follows closely: the first may open an aside, not end a query


def _lower_phrase(phrase: str, allow_capital_first: bool, places: frozenset[str] = frozenset()) -> bool:
    """Words in lower case (a search query), digits allowed; an acronym (`UMKM`) or a place (`Riau`, one of
    `places`) may stand in it, and the first word may be capitalised where the query opens a paragraph."""
    tokens = words(phrase)
    return bool(tokens) and all(
        not token[0].isupper()
        or token.isupper()
        or (i == 0 and allow_capital_first)
        or token.casefold() in places
        for i, token in enumerate(tokens)
    )


def _glued_queries(page: Page, lex: Lexicon, skip: set[str]) -> list[_Glued]:
    """Phrases in lower case glued after a heading (`Faktor Penyebab, apa itu imunisasi anak`) or before
    a paragraph with a dash (`investasi emas adalah — Pada tahun ...`)."""
    found = []
    for line in page.lines:
        if line.kind is LineKind.HEADING and line.key not in skip:
            m = _HEADING_QUERY_RE.match(line.text)
            if not m or not (line.text[0].isupper() or line.text[0].isdigit()):
                continue
            query = m.group("query").strip()
            if query[:1].islower() and _lower_phrase(query, False, lex.places):
                sep = m.group("sep").strip()
                found.append(_Glued(line, line.start + m.start("sep"), line.end, query, sep, False))
        elif line.kind is LineKind.PARAGRAPH and line.key not in skip:
            m = _PARAGRAPH_QUERY_RE.match(line.text)
            if not m or not _lower_phrase(m.group("query"), True, lex.places):
                continue
            rest = line.text[m.end() :]
            if len(words(rest)) < lex.min_paragraph_words:
                continue
            # A dash pair around an aside (`Harga emas - Senin, 12 Januari - naik`) may mean no glued query.
            aside = bool(_DASH_RE.search(" ".join(rest.split()[:6])))
            found.append(_Glued(line, line.start, line.start + m.end(), m.group("query"), "-", aside))
    return [g for g in found if lex.query_min_words <= len(words(g.query)) <= lex.query_max_words]


def _proper_nouns(page: Page, glued: list[_Glued], min_occurrences: int) -> set[str]:
    """Words the page's paragraphs write with a capital inside a sentence (at least `min_occurrences`
    times) and never in lower case: names of places, people, bodies. The glued phrases themselves do
    not count: a query types the names in lower case."""
    capital: Counter[str] = Counter()
    lower: set[str] = set()
    skip = {g.line.index: g.end - g.line.start for g in glued if g.line.kind is LineKind.PARAGRAPH}
    for line in page.lines:
        if line.kind is not LineKind.PARAGRAPH:
            continue
        for _, _, sentence in sentences(line.text[skip.get(line.index, 0) :]):
            for i, token in enumerate(words(sentence)):
                if token.islower():
                    lower.add(token)
                elif i > 0 and token[0].isupper() and not token.isupper():
                    capital[token.casefold()] += 1
    return {w for w, n in capital.items() if n >= min_occurrences and w not in lower}


def _topic_words(text: str, lex: Lexicon) -> set[str]:
    return {
        w for w in line_key(text).split() if len(w) >= 3 and not w.isdigit() and w not in lex.topic_stopwords
    }


_WALL_SPLIT_RE = re.compile(r"\s*[,;|•·]\s*")


def _query_walls(page: Page, lex: Lexicon, topic: set[str]) -> Iterator[Span]:
    """A line made of search queries about the page's topic, in lower case and cut by commas or bars
    (`resep nastar, nastar lembut, cara membuat nastar, kue lebaran, nastar renyah`): an SEO keyword
    wall pasted under an article. Most of its items hold a word of the title; none is a sentence."""
    if not topic:
        return
    for line in page.lines:
        if line.kind is not LineKind.PARAGRAPH or line.text.rstrip()[-1:] in ".!?:":
            continue
        items = [i for i in _WALL_SPLIT_RE.split(line.text.strip()) if i]
        if len(items) < lex.wall_min_items or any(
            not 1 <= len(words(i)) <= lex.wall_max_item_words or i != i.lower() for i in items
        ):
            continue
        on_topic = sum(bool(_topic_words(i, lex) & topic) for i in items)
        if on_topic >= lex.wall_min_topic_share * len(items):
            yield (line.start, line.end, 0.9)


def detect_query_phrases(page: Page, lex: Lexicon) -> Iterator[Span]:
    """A search query (`apa itu imunisasi anak`, `dampak kurikulum merdeka brainly`, `investasi emas
    adalah`) glued after a heading with a comma, colon or dash, or before a paragraph with a dash.

    The phrase is in lower case where the heading is not, and it goes when the page glues the same
    phrase to two or more lines (or closes another heading with it), when it reads like a query (`apa
    itu`, `pengertian`, `adalah`, `brainly`, `pdf`, `contoh`, `kelas 5`, `skripsi`, a question word, a
    name or a place in lower case: `semarang`, `maluku`), or
    when it names the page's topic (words of the title) after a comma or dash.
    A line made of such queries about the page's topic (`resep nastar, nastar lembut, cara membuat
    nastar, kue lebaran`) goes whole.
    Flags `, apa itu imunisasi anak` in `Faktor Penyebab, apa itu imunisasi anak`, ` - dampak kurikulum
    merdeka brainly` in `Tanggapan Masyarakat - dampak kurikulum merdeka brainly` and `investasi emas
    adalah — ` opening a paragraph;
    leaves `Heading: Subtitle` headings whose subtitle is capitalised (`Stunting: Sejarah Stunting
    Singkat`, `Rendang: Apa itu rendang`), a lower-case subtitle after a colon that is no query
    (`Langkah 1: siapkan bahan`), and dashes inside sentences (`Presiden Joko Widodo - yang meresmikan`).
    """
    title_keys = {page.title.key} if page.title else set()
    if page.title_hint:
        title_keys.add(line_key(page.title_hint))
    # Phrases the title-keyword rule handles (the title and its parts) are its own.
    skip = title_keys | {line_key(k) for k in page_keywords(page, lex.min_keyword_words)}
    yield from _query_walls(page, lex, set().union(*(_topic_words(k, lex) for k in title_keys)))
    glued = [g for g in _glued_queries(page, lex, title_keys) if line_key(g.query) not in skip]
    if not glued:
        return
    counts: dict[str, int] = {}
    for g in glued:
        counts[line_key(g.query)] = counts.get(line_key(g.query), 0) + 1
    topic = set().union(*(_topic_words(k, lex) for k in title_keys)) if title_keys else set()
    proper = _proper_nouns(page, glued, lex.min_name_occurrences)
    # How many headings end with each run of their last words (`echo_min_words` at least).
    endings: Counter[str] = Counter()
    for line in page.lines:
        if line.kind is LineKind.HEADING:
            tokens = line.key.split()
            endings.update(" ".join(tokens[-n:]) for n in range(lex.echo_min_words, len(tokens) + 1))
    for g in glued:
        key = line_key(g.query)
        # Repeated: glued to another line too, or closing another heading (`Candi Prambanan: Candi
        # prambanan di indonesia` echoes `Regulasi dan Kebijakan: candi prambanan di indonesia`).
        own = int(g.line.kind is LineKind.HEADING)
        repeated = counts[key] >= 2 or (len(key.split()) >= lex.echo_min_words and endings[key] - own >= 1)
        # A query reads like one: a query word, or a name in lower case (`candi prambanan di indonesia`).
        query_shaped = (
            bool(lex.query_markers.search(g.query))
            or any(w.casefold() in proper for w in words(g.query))
            or bool(lex.place_names.search(g.query))
        )
        topical = bool(_topic_words(g.query, lex) & topic)
        # After a colon a lower-case subtitle may be real (`Langkah Pertama: mandikan kucing`); a topic
        # phrase there needs a query's head noun too (`manfaat pariwisata bali bagi lingkungan`).
        topical_enough = (
            topical
            and not g.aside
            and (g.separator != ":" or bool(lex.topic_nouns.match(g.query)))
            and (g.line.kind is LineKind.PARAGRAPH or len(words(g.query)) >= lex.topic_only_min_words)
        )
        signals = sum([repeated, query_shaped, topical])
        if repeated or query_shaped or topical_enough:
            yield (g.start, g.end, 1.0 if signals >= 2 else lex.single_signal_score)


RULES = (
    Rule("keyword_stuffing.glued_keyword.v1", CATEGORY, detect_glued_keywords),
    Rule("keyword_stuffing.query_phrase.v1", CATEGORY, detect_query_phrases),
)
