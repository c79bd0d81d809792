"""The evaluation set: realistic scraped pages with noise injected at known places, and their gold.

`generate(n_docs, seed, out_dir, inventory="a")` writes `out_dir/raw/` (a mix of `.txt`, `.html`
pages with their header, nav, aside, footer and scripts, and `.jsonl` files of `text` or `html`
records) and `out_dir/gold.jsonl`, one record per document. The same seed and inventory always give
byte-identical files. The noise comes from inventory a (`noise.py`), b (`noise_b.py`, written
separately in other words, to check how far rules tuned on a generalise), c (`noise_c.py`, written
independently of both and of the rules; held out at first, now used for tuning too) or d
(`noise_d.py`, written independently of a, b, c and the rules: the held-out final check, never used
for tuning); see `INVENTORIES`.

Gold, per document (see `score.py` for how each part is scored):

- `decision` (`keep`/`reject`) and `reason` for a must-reject document;
- `title` (or null) and `headings`, the real headings in order;
- `lines`: the document as the pipeline sees it after extraction, one entry per line, with its
  `role` (`title`, `heading`, `paragraph`, `list_item`, `table_row`, `noise`, `markup`), its `raw`
  text and the `expected` text after ideal cleaning (null for a noise or markup line);
- `content`: the content units that must survive (sentences, pieces of a sentence around an
  injected span, list items, table rows), each a substring of the raw input;
- `noise`: every noise unit, with `category`, `subkind`, `kind` (`line`: a whole line of noise;
  `inline`: a span inside a content line, whose `host` is that line's expected text) and `line`,
  the index of its line;
- `traps`: real content that looks like noise, with the content units (`hosts`) that carry it;
- `markup_noise`: page chrome inside `nav`/`header`/`footer`/`aside`/`script`/hidden elements,
  which extraction must drop (reported, not part of the targets).
"""

from __future__ import annotations

import html as html_lib
import json
import random
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from evaluation import noise as nz
from evaluation import noise_b, noise_c, noise_d
from evaluation.sources import (
    CLOSING_HEADINGS,
    LIST_INTROS,
    SEO_KEYWORD_TEMPLATES,
    TABLE_INTROS,
    TABLE_SOURCES,
    TITLE_TEMPLATES,
    TRAP_LINES,
    Context,
    SentenceStream,
    fill_trap,
    headings,
    list_items,
    new_context,
    nusax_rows,
    split_sentences,
    table,
    trap_sentence,
)

GOLD_FILE = "gold.jsonl"
RAW_DIR = "raw"
# Noise inventories: "a" (`noise.py`), the one the rules are developed against; "b" (`noise_b.py`),
# written separately with other wordings, to check how far the rules generalise; "c" (`noise_c.py`),
# written independently of a, b and the rules, first held out and now tuned on too; "d" (`noise_d.py`),
# written independently of a, b, c and the rules, the held-out final check that no rule is tuned on.
INVENTORIES: dict[str, ModuleType] = {"a": nz, "b": noise_b, "c": noise_c, "d": noise_d}
INVENTORY_ROLES: dict[str, str] = {
    "a": "development",
    "b": "generalisation check",
    "c": "generalisation check (was held out until round 3 of the rules tuned against it)",
    "d": "held-out final check, never used for tuning",
}
DEFAULT_INVENTORY = "a"

# Words that make a licensed sentence a natural trap (it must stay, whatever shares its words).
_NATURAL_TRAP_RE = re.compile(
    r"\b(bandar\w*|situs\w*|slot|pengeluaran\w*|toto|keluaran|judi\w*|penjudi\w*|taruhan|pertaruhan|togel|"
    r"kasino|porno\w*|obat|pinjaman|komentar|iklan|editor|penulis|foto|wib|wita|wit)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w+")


# --------------------------------------------------------------------------------------------------
# Document model


@dataclass
class Seg:
    text: str
    link: str | None = None  # rendered as a link in HTML (injected spam often is one)


@dataclass
class Line:
    role: str  # title, heading, paragraph, list_item, table_row, noise, markup, body
    segs: list[Seg]
    expected: str | None
    units: list[str] = field(default_factory=list)
    noise: list[dict[str, Any]] = field(default_factory=list)
    traps: list[dict[str, Any]] = field(default_factory=list)
    html: str = "p"  # how the line is rendered in HTML: h1, h2, h3, p, li, tr, or a noise subkind
    block: int | None = None  # lines of one list or table share a block id
    marker: str = ""  # list marker in text form (`- `, `1. `); HTML lists always extract as `- `
    cells: list[str] | None = None  # table rows
    header: bool = False  # the header row of a table
    tail: int | None = None  # where a paragraph's trailing noise (`(Sumber`, `(rdp/imk)`) starts in `segs`

    @property
    def body(self) -> str:
        return "".join(s.text for s in self.segs)

    def raw(self, fmt: str) -> str:
        if self.cells is not None:
            return " | ".join(self.cells)
        if self.html == "li":
            return ("- " if fmt == "html" else self.marker) + self.body
        return self.body


@dataclass
class Sent:
    text: str
    protected: bool = False  # a trap sentence: never a host of inline noise
    trap: str | None = None
    op: tuple | None = None


@dataclass
class Para:
    sents: list[Sent]
    prefix: tuple[str, str, str, str] | None = None  # (span, separator, category, subkind)
    suffix: list[tuple[str, str, str]] = field(default_factory=list)  # (span, category, subkind)


@dataclass
class Doc:
    index: int
    site: nz.Site
    fmt: str  # txt, html, jsonl-text, jsonl-html
    decision: str  # keep, reject
    reason: str | None
    variant: str
    ctx: Context
    title: str | None
    lines: list[Line] = field(default_factory=list)
    markup_noise: list[dict[str, str]] = field(default_factory=list)
    blocks: int = 0
    list_kinds: dict[int, str] = field(default_factory=dict)  # block -> ul, ol, toc-ul, toc-ol
    source: str = ""
    url: str = ""
    jsonl_title: str | None = None
    inv: ModuleType = nz  # the noise inventory the document draws from

    def new_block(self, kind: str) -> int:
        self.blocks += 1
        self.list_kinds[self.blocks] = kind
        return self.blocks

    @property
    def headings(self) -> list[str]:
        return [ln.expected for ln in self.lines if ln.role == "heading" and ln.expected]


def tidy(text: str) -> str:
    """Spaces as a cleaner leaves them after cutting a span: single, none before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" +([,.;:!?)\]])", r"\1", text)


def noise_line(text: str, category: str, subkind: str, html: str | None = None) -> Line:
    unit = {"category": category, "subkind": subkind, "kind": "line", "text": text}
    return Line("noise", [Seg(text)], None, noise=[unit], html=html or subkind)


def noise_lines(text: str, category: str, subkind: str, html: str | None = None) -> list[Line]:
    return [noise_line(t.strip(), category, subkind, html) for t in text.split("\n") if t.strip()]


# --------------------------------------------------------------------------------------------------
# Inline noise on sentences and paragraphs

_END_PUNCT_RE = re.compile(r"(?<=[^\s\"”’')\]])([.!?]+)$")


def _split_at(words: list[str], rng: random.Random) -> int | None:
    """A word index with at least two words on each side, or None."""
    if len(words) < 5:
        return None
    return rng.randint(2, len(words) - 2)


def render_sentence(sent: Sent) -> tuple[list[Seg], str, list[str], list[dict[str, Any]]]:
    """(segments, expected text, content units, inline noise units) of one sentence."""
    text = sent.text
    if sent.op is None:
        return [Seg(text)], text, [text], []
    kind, *args = sent.op
    words = text.split(" ")
    if kind in ("interrupt", "replace"):
        k, span, category, subkind, link = args
        left = " ".join(words[:k])
        right = " ".join(words[k + (1 if kind == "replace" else 0) :])
        expected = tidy(f"{left} {right}") if kind == "replace" else text
        segs = [Seg(left + " "), Seg(span, link), Seg(" " + right)]
        return segs, expected, [left, right], [_inline(span, category, subkind)]
    if kind == "end_note":
        span, category, subkind, glued = args
        m = _END_PUNCT_RE.search(text)
        assert m is not None
        body, punct = text[: m.start()], m.group(1)
        segs = [Seg(body + ("" if glued else " ")), Seg(span), Seg(punct)]
        return segs, text, [body], [_inline(span, category, subkind)]
    if kind == "after":
        span, category, subkind = args
        return [Seg(text + " "), Seg(span)], text, [text], [_inline(span, category, subkind)]
    if kind == "mid_marker":
        k, span, category, subkind = args
        left, right = " ".join(words[:k]), " ".join(words[k:])
        segs = [Seg(left), Seg(span), Seg(" " + right)]
        return segs, text, [left, right], [_inline(span, category, subkind)]
    raise ValueError(kind)


def _inline(span: str, category: str, subkind: str) -> dict[str, Any]:
    return {"category": category, "subkind": subkind, "kind": "inline", "text": span}


def para_line(para: Para) -> Line:
    segs: list[Seg] = []
    expected: list[str] = []
    units: list[str] = []
    noise: list[dict[str, Any]] = []
    traps: list[dict[str, Any]] = []
    if para.prefix:
        span, sep, category, subkind = para.prefix
        segs += [Seg(span), Seg(sep)]
        noise.append(_inline(span, category, subkind))
    for i, sent in enumerate(para.sents):
        s_segs, s_expected, s_units, s_noise = render_sentence(sent)
        if i:
            segs.append(Seg(" "))
        segs += s_segs
        expected.append(s_expected)
        units += [u.strip() for u in s_units if any(c.isalnum() for c in u)]
        noise += s_noise
        if sent.trap:
            traps.append({"kind": sent.trap, "text": sent.text, "hosts": [sent.text]})
    tail = len(segs)
    for span, category, subkind in para.suffix:
        segs += [Seg(" "), Seg(span)]
        noise.append(_inline(span, category, subkind))
    line = Line("paragraph", segs, tidy(" ".join(expected)), units, noise, traps, html="p", tail=tail)
    for unit in line.noise:
        unit["host"] = line.expected
    return line


# --------------------------------------------------------------------------------------------------
# Articles (documents to keep)


@dataclass
class Plan:
    """Which kinds of noise a document gets."""

    chrome: bool
    title_repeat: bool
    seo_repeat: bool
    toc: bool
    kw_heading: bool
    kw_prefix: bool
    spam: bool
    placeholder: bool
    dateline_prefix: bool
    end_code: bool
    llm_residue: bool


STYLE_RATES = {  # title_repeat, seo_repeat, toc, kw_heading, kw_prefix, spam, placeholder, llm_residue
    "news": (0.25, 0.03, 0.06, 0.05, 0.04, 0.3, 0.12, 0.0),
    "blog": (0.35, 0.12, 0.3, 0.25, 0.2, 0.4, 0.3, 0.03),
    "seo": (0.45, 0.45, 0.6, 0.6, 0.5, 0.35, 0.7, 0.15),
}


def make_plan(rng: random.Random, site: nz.Site) -> Plan:
    if rng.random() < 0.07:  # a clean page: nothing may be removed from it
        return Plan(False, False, False, False, False, False, False, False, False, False, False)
    rates = STYLE_RATES[site.style]
    tr, sr, toc, kh, kp, sp, ph, llm = (rng.random() < r for r in rates)
    return Plan(
        chrome=rng.random() < 0.93,
        title_repeat=tr,
        seo_repeat=sr,
        toc=toc,
        kw_heading=kh,
        kw_prefix=kp,
        spam=sp,
        placeholder=ph,
        dateline_prefix=site.dateline_prefix is not None and rng.random() < 0.45,
        end_code=site.end_codes and rng.random() < 0.5,
        llm_residue=llm,
    )


def _protect(sent: Sent) -> Sent:
    m = _NATURAL_TRAP_RE.search(sent.text)
    if m and not sent.trap:
        sent.trap = "natural:" + m.group(1).lower()
        sent.protected = True
    return sent


class ArticleBuilder:
    def __init__(self, rng: random.Random, stream: SentenceStream, doc: Doc) -> None:
        self.rng = rng
        self.stream = stream
        self.doc = doc
        self.nz = doc.inv
        self.used: set[str] = set()

    # -- content

    def paragraph(self, n: int | None = None) -> Para:
        rng = self.rng
        if self.doc.site.style == "blog" and rng.random() < 0.15:
            sents = self.stream.review(self.used)
        else:
            sents = self.stream.sentences(n or rng.randint(2, 4), self.used)
        return Para([_protect(Sent(s)) for s in sents])

    def add_traps(self, paras: list[Para], n: int) -> None:
        own = getattr(self.nz, "content_trap", None)  # inventory d words its own trap sentences
        for _ in range(n):
            kind, text = (
                own(self.doc.ctx, self.rng) if own is not None else trap_sentence(self.doc.ctx, self.rng)
            )
            para = self.rng.choice(paras)
            para.sents.insert(self.rng.randint(0, len(para.sents)), Sent(text, protected=True, trap=kind))

    # -- inline noise

    def _candidates(self, paras: list[Para]) -> list[Sent]:
        return [s for p in paras for s in p.sents if not s.protected and s.op is None]

    def inline_spam(self, paras: list[Para], n: int) -> None:
        rng = self.rng
        for sent in rng.sample(self._candidates(paras), min(n, len(self._candidates(paras)))):
            words = sent.text.split(" ")
            k = _split_at(words, rng)
            if k is None:
                continue
            r = rng.random()
            if r < 0.2:
                span, subkind = self.nz.obfuscated_phrase(rng), "obfuscated_inline"
            else:
                span, subkind = self.nz.spam_phrase(rng), "inline_phrase"
                if rng.random() < 0.25:
                    span = f"{span} {rng.choice(self.nz.BRANDS)}"
            mode = "replace" if rng.random() < 0.3 else "interrupt"
            if mode == "replace":
                subkind = subkind.replace("inline_phrase", "inline_replace")
            link = self.nz.spam_url(rng) if rng.random() < 0.4 else None
            sent.op = (mode, k, span, "injected_spam", subkind, link)

    def inline_placeholders(self, paras: list[Para], n_notes: int, n_markers: int) -> None:
        rng = self.rng
        cands = [s for s in self._candidates(paras) if _END_PUNCT_RE.search(s.text)]
        rng.shuffle(cands)
        for sent in cands[:n_notes]:
            note = self.nz.verification_note(rng)
            if rng.random() < 0.6:
                sent.op = ("end_note", note, "placeholder", "verification_note", False)
            else:
                sent.op = ("after", note, "placeholder", "verification_note")
        for sent in cands[n_notes : n_notes + n_markers]:
            marker = self.nz.wiki_marker(rng)
            words = sent.text.split(" ")
            k = _split_at(words, rng)
            if rng.random() < 0.5 or k is None:
                sent.op = ("end_note", marker, "placeholder", "wiki_marker", True)
            else:
                sent.op = ("mid_marker", k, marker, "placeholder", "wiki_marker")

    # -- the article

    def build(self, plan: Plan) -> None:
        rng, doc, ctx = self.rng, self.doc, self.doc.ctx
        site = doc.site
        title = doc.title  # None: a scraped text that starts with its first paragraph
        n_sections = rng.randint(2, 5)
        heads = headings(ctx, rng, n_sections, closing=rng.random() < 0.45)
        heads = [h for h in heads if h != title]
        intro = [self.paragraph() for _ in range(rng.choice((1, 1, 2)))]
        sections: list[tuple[str, list[Any]]] = []
        for h in heads:
            blocks: list[Any] = [self.paragraph() for _ in range(rng.choice((1, 2, 2, 3)))]
            if h in CLOSING_HEADINGS:
                blocks = blocks[:1]
            elif rng.random() < 0.25:
                n_items = rng.randint(3, 6)
                if rng.random() < 0.5:
                    items = list_items(ctx, rng, n_items)
                else:  # a list of sentences, as many articles have
                    items = [self.stream.short_sentence(self.used, 16) for _ in range(n_items)]
                blocks.insert(rng.randint(1, len(blocks)), ("list", items))
            elif rng.random() < 0.2:
                blocks.insert(rng.randint(1, len(blocks)), ("table", table(ctx, rng)))
            sections.append((h, blocks))
        paras = intro + [b for _, bs in sections for b in bs if isinstance(b, Para)]
        self.add_traps(paras, rng.choice((1, 1, 2, 2, 3)))

        # Inline noise on paragraphs
        if plan.spam:
            self.inline_spam(paras, rng.choice((0, 1, 1, 2, 3)))
        if plan.placeholder:
            self.inline_placeholders(
                paras, rng.choice((0, 1, 1, 2)), rng.choice((0, 0, 1, 3)) if rng.random() < 0.5 else 0
            )
        keyword = self.nz.seo_keyword(rng, ctx, SEO_KEYWORD_TEMPLATES)
        if plan.kw_prefix:
            kw = keyword[0].upper() + keyword[1:] if rng.random() < 0.6 else keyword
            intro[0].prefix = (
                kw,
                rng.choice((" – ", " - ", " — ", " – ")),
                "keyword_stuffing",
                "paragraph_prefix",
            )
        elif plan.dateline_prefix:
            intro[0].prefix = (
                self.nz.dateline_prefix(rng, site).rstrip(" -"),
                " - ",
                "boilerplate",
                "dateline_prefix",
            )
        last_para = paras[-1]
        if plan.end_code and rng.random() < 0.5:
            last_para.suffix.append((self.nz.end_code(rng), "boilerplate", "end_code"))
            plan.end_code = False
        ended = [p for p in paras if len(p.sents) >= 2 and p.sents[-1].text[-1] in '.!?"”']
        if plan.placeholder and ended and rng.random() < 0.25:
            target = rng.choice(ended)
            target.suffix.append(
                (self.nz.unfinished_attribution_inline(rng), "placeholder", "unfinished_attribution")
            )

        kw_headings: set[str] = set()
        if plan.kw_heading:
            options = [h for h in heads if h not in CLOSING_HEADINGS]
            for h in rng.sample(options, min(len(options), rng.choice((1, 1, 2, 3)))):
                kw_headings.add(h)

        seo_heading = None
        if plan.seo_repeat:
            seo_heading = f"{ctx.topic}: {keyword[0].upper() + keyword[1:]}"
            if title is not None and rng.random() < 0.4:
                seo_heading = title
            if seo_heading != title and any(seo_heading == h for h in heads):
                seo_heading = None

        # Lines, top to bottom
        out = doc.lines
        chrome = site.chrome if plan.chrome else {}

        def maybe(kind: str, scale: float = 1.0) -> bool:
            return rng.random() < chrome.get(kind, 0.0) * scale

        if plan.llm_residue:
            out.append(noise_line(self.nz.llm_residue(rng, ctx), "placeholder", "llm_residue"))
        for kind in ("cookie", "breadcrumb", "close", "views", "share", "dateline"):
            if maybe(kind, 0.45):
                out += noise_lines(self.nz.boilerplate(rng, kind, site, ctx), "boilerplate", kind)
        if maybe("category_label"):
            out.append(noise_line(self.nz.category_label(rng, site), "boilerplate", "category_label"))
        if title is not None:
            out.append(Line("title", [Seg(title)], title, html="h1"))
        if plan.title_repeat and title is not None:
            for _ in range(rng.choice((1, 1, 2))):
                for kind in rng.sample(("views", "close", "share", "dateline", "byline"), rng.randint(0, 2)):
                    out += noise_lines(self.nz.boilerplate(rng, kind, site, ctx), "boilerplate", kind)
                out.append(noise_line(title, "duplicate_heading", "title_repeat", html="title_copy"))
        for kind in ("byline", "dateline", "share", "photo", "ads", "views"):
            if maybe(kind, 0.7):
                out += noise_lines(self.nz.boilerplate(rng, kind, site, ctx), "boilerplate", kind)
                if kind == "ads" and rng.random() < 0.4:
                    out.append(noise_line(self.scroll_prompt(), "boilerplate", "ads"))

        toc_lines: list[Line] = []
        if plan.toc:
            toc_heads = [(f"{h}, {keyword}" if h in kw_headings and rng.random() < 0.5 else h) for h in heads]
            if seo_heading and seo_heading != title:
                toc_heads.insert(0, seo_heading)
            label_text, items, style = self.nz.toc_items(rng, toc_heads)
            if label_text:
                toc_lines.append(noise_line(label_text, "table_of_contents", "label", html="toc_label"))
            block = doc.new_block("toc-ol" if style.startswith("numbered") else "toc-ul")
            for item, h in zip(items, toc_heads, strict=True):
                ln = noise_line(item, "table_of_contents", f"item_{style}", html="li")
                ln.segs = [Seg(h)]
                ln.marker = item[: len(item) - len(h)]
                ln.block = block
                ln.noise[0]["text"] = item
                toc_lines.append(ln)
        toc_after_intro = rng.random() < 0.5
        if toc_lines and not toc_after_intro:
            out += toc_lines
        for para in intro:
            out.append(para_line(para))
        if toc_lines and toc_after_intro:
            out += toc_lines

        spam_lines = 0
        if plan.spam:
            spam_lines = rng.choice((0, 1, 1, 2))
        placeholder_lines = rng.choice((0, 1, 1, 2)) if plan.placeholder else 0
        seo_first = True
        for h, blocks in sections:
            if seo_heading:
                if seo_heading == title or not seo_first:
                    out.append(noise_line(seo_heading, "duplicate_heading", "seo_repeat", html="h2"))
                else:
                    out.append(Line("heading", [Seg(seo_heading)], seo_heading, html="h2"))
                seo_first = False
            out.append(self.heading_line(h, keyword if h in kw_headings else None, seo_heading is not None))
            for b in blocks:
                if isinstance(b, Para):
                    out.append(para_line(b))
                elif b[0] == "list":
                    self.list_lines(b[1])
                else:
                    self.table_lines(b[1], plan)
                if maybe("read_also", 0.5):
                    out.append(noise_line(self.nz.read_also(rng, ctx), "boilerplate", "read_also"))
                if maybe("ads", 0.25):
                    out.append(noise_line(self.nz.ads(rng), "boilerplate", "ads"))
                if maybe("media_marker", 0.4):
                    out.append(noise_line(self.nz.media_marker(rng, site), "boilerplate", "media_marker"))
                if maybe("photo", 0.2):
                    out.append(noise_line(self.nz.photo(rng, site), "boilerplate", "photo"))
                if spam_lines and rng.random() < 0.35:
                    out.append(self.spam_line())
                    spam_lines -= 1
                if placeholder_lines and rng.random() < 0.3:
                    out += self.placeholder_line()
                    placeholder_lines -= 1
        for _ in range(spam_lines):
            out.append(self.spam_line())
        for _ in range(placeholder_lines):
            out += self.placeholder_line()
        if plan.end_code:
            out.append(noise_line(self.nz.end_code(rng), "boilerplate", "end_code"))
        tail = [
            k for k in ("byline", "tags", "follow", "share", "comments", "copyright", "views", "page_nav")
        ]
        rng.shuffle(tail)
        for kind in tail:
            if maybe(kind, 0.6):
                out += noise_lines(self.nz.boilerplate(rng, kind, site, ctx), "boilerplate", kind)
        if maybe("read_also", 0.3):
            for _ in range(rng.randint(1, 3)):
                out.append(noise_line(self.nz.read_also(rng, ctx), "boilerplate", "read_also"))

    def heading_line(self, h: str, keyword: str | None, seo: bool) -> Line:
        rng = self.rng
        segs = [Seg(h)]
        noise: list[dict[str, Any]] = []
        if keyword:
            segs += [Seg(rng.choice((", ", ", ", ", ", " - ", ": "))), Seg(keyword)]
            noise.append({**_inline(keyword, "keyword_stuffing", "heading_suffix"), "host": h})
        traps = []
        if h in CLOSING_HEADINGS:
            traps.append({"kind": "short_heading", "text": h, "hosts": [], "heading": h})
        elif _shares_words(h, self.doc.title or ""):
            traps.append({"kind": "heading_shares_title_words", "text": h, "hosts": [], "heading": h})
        return Line(
            "heading", segs, h, noise=noise, traps=traps, html="h3" if seo else rng.choice(("h2", "h2", "h3"))
        )

    def list_lines(self, items: list[str]) -> None:
        rng, doc = self.rng, self.doc
        ordered = rng.random() < 0.35
        block = doc.new_block("ol" if ordered else "ul")
        bullet = rng.choice(("- ", "• ", "* ", "- "))
        lines = []
        for i, item in enumerate(items, 1):
            marker = f"{i}. " if ordered else bullet
            lines.append(Line("list_item", [Seg(item)], item, [item], html="li", block=block, marker=marker))
        lines[0].traps.append({"kind": "list", "text": items[0], "hosts": list(items)})
        # The list follows a sentence that introduces it, at the end of the paragraph before.
        self._introduce(rng.choice(LIST_INTROS))
        doc.lines += lines

    def _last_paragraph(self) -> Line | None:
        for ln in reversed(self.doc.lines):
            if ln.role == "paragraph" and ln.tail is not None:
                return ln
            if ln.role in ("heading", "title"):
                return None
        return None

    @staticmethod
    def _append(ln: Line, seg: Seg) -> None:
        """Add text at the end of a paragraph's sentences, before its trailing noise."""
        assert ln.tail is not None
        ln.segs.insert(ln.tail, seg)
        ln.tail += 1

    def _introduce(self, sentence: str) -> None:
        ln = self._last_paragraph()
        if ln is not None:
            self._append(ln, Seg(" " + sentence))
            ln.expected = tidy(f"{ln.expected} {sentence}")
            ln.units.append(sentence)
            for unit in ln.noise:
                unit["host"] = ln.expected

    def table_lines(self, rows: list[list[str]], plan: Plan) -> None:
        rng, doc, ctx = self.rng, self.doc, self.doc.ctx
        intro = rng.choice(TABLE_INTROS)
        layout_inline = plan.placeholder and rng.random() < 0.35
        self._introduce(intro)
        host = self._last_paragraph() if layout_inline else None
        if host is not None:
            span = self.nz.layout_talk(rng)
            self._append(host, Seg(" "))
            self._append(host, Seg(span))
            host.noise.append({**_inline(span, "placeholder", "layout_talk"), "host": host.expected})
        block = doc.new_block("table")
        edge = rng.random() < 0.3
        lines = []
        for i, cells in enumerate(rows):
            text = " | ".join(cells)
            lines.append(
                Line(
                    "table_row", [Seg(text)], text, [text], html="tr", block=block, cells=cells, header=i == 0
                )
            )
            if i == 0 and doc.fmt in ("txt", "jsonl-text") and rng.random() < 0.5:
                sep = " | ".join("---" for _ in cells)
                lines.append(Line("markup", [Seg(f"| {sep} |" if edge else sep)], None, html="markup"))
        if edge:
            for ln in lines:
                if ln.cells is not None:
                    ln.cells = list(ln.cells)
                    ln.marker = "edge"
        lines[0].traps.append(
            {"kind": "table", "text": lines[0].body, "hosts": [ln.units[0] for ln in lines if ln.units]}
        )
        doc.lines += lines
        if rng.random() < 0.3:
            kind, template = rng.choice(TRAP_LINES)
            text = fill_trap(template, ctx, rng) if "{" in template else template
            text = ctx.fill(rng.choice(TABLE_SOURCES), rng) if rng.random() < 0.5 else text
            doc.lines.append(
                Line(
                    "paragraph",
                    [Seg(text)],
                    text,
                    [text],
                    traps=[{"kind": kind, "text": text, "hosts": [text]}],
                )
            )
        if plan.placeholder and not layout_inline and rng.random() < 0.5:
            doc.lines.append(noise_line(self.nz.layout_talk(rng), "placeholder", "layout_talk", html="p"))

    def scroll_prompt(self) -> str:
        """The line under an ad slot: the inventory's own when it has one (b, c), else a fixed one (a)."""
        hook = getattr(self.nz, "scroll_prompt", None)
        return hook(self.rng) if hook is not None else "SCROLL TO CONTINUE WITH CONTENT"

    def spam_line(self) -> Line:
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return noise_line(
                self.nz.promo_line(rng, self.doc.ctx.year), "injected_spam", "promo_line", html="p"
            )
        if r < 0.75:
            return noise_line(self.nz.keyword_wall(rng), "injected_spam", "keyword_wall", html="p")
        return noise_line(
            self.nz.obfuscated_line(rng, self.doc.ctx.year), "injected_spam", "obfuscated_line", html="p"
        )

    def placeholder_line(self) -> list[Line]:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            text = self.nz.unfinished_attribution_line(rng)
            lines = [noise_line(text, "placeholder", "unfinished_attribution", html="p")]
            hook = getattr(self.nz, "attribution_follow_up", None)
            if hook is not None:  # inventories b and c word their own second line, when they have one
                follow_up = hook(rng, text)
                if follow_up:
                    lines.append(noise_line(follow_up, "placeholder", "unfinished_attribution", html="p"))
            elif text.startswith("Pernyataan resmi") and rng.random() < 0.7:
                org = text.split()[2]
                follow = f"Perlu dicantumkan sumber resmi {org} yang relevan*)"
                lines.append(noise_line(follow, "placeholder", "unfinished_attribution", html="p"))
            return lines
        if r < 0.7:
            return [noise_line(self.nz.template_token(rng), "placeholder", "template_token", html="p")]
        if r < 0.9:
            return [noise_line(self.nz.layout_talk(rng), "placeholder", "layout_talk", html="p")]
        return [noise_line(self.nz.verification_note(rng), "placeholder", "verification_note", html="p")]


def _shares_words(a: str, b: str) -> bool:
    wa = {w.lower() for w in _WORD_RE.findall(a) if len(w) > 3}
    wb = {w.lower() for w in _WORD_RE.findall(b) if len(w) > 3}
    return bool(wa & wb)


def build_article(doc: Doc, rng: random.Random, stream: SentenceStream) -> None:
    doc.title = doc.ctx.fill(rng.choice(TITLE_TEMPLATES), rng)
    plan = make_plan(rng, doc.site)
    if doc.fmt in ("txt", "jsonl-text") and rng.random() < 0.1:
        doc.title = None  # the text starts with its first paragraph, as some scrapes do
        plan.chrome = plan.chrome and rng.random() < 0.5
    ArticleBuilder(rng, stream, doc).build(plan)


# --------------------------------------------------------------------------------------------------
# Documents that must be rejected


def body_line(text: str) -> Line:
    return Line("body", [Seg(text)], text, html="p")


def build_spam_page(doc: Doc, rng: random.Random) -> None:
    title, lines = doc.inv.spam_page_lines(rng, doc.ctx.year)
    doc.title = title
    doc.lines.append(Line("title", [Seg(title)], title, html="h1"))
    doc.lines += [body_line(t) for t in lines]
    if rng.random() < 0.5:
        doc.lines.append(noise_line(doc.inv.share(rng), "boilerplate", "share"))


def build_too_short(doc: Doc, rng: random.Random, stream: SentenceStream) -> None:
    ctx, site = doc.ctx, doc.site
    doc.title = ctx.fill(rng.choice(TITLE_TEMPLATES), rng)
    used: set[str] = set()
    sents = [stream.short_sentence(used, 14)]
    if len(_WORD_RE.findall(doc.title + " " + sents[0])) < 25:
        sents.append(stream.short_sentence(used, 12))
    chrome = doc.inv.short_article_chrome(rng, site, ctx)
    head, tail = chrome[: len(chrome) // 2], chrome[len(chrome) // 2 :]
    for kind, text in head:
        doc.lines += noise_lines(text, "boilerplate", kind)
    doc.lines.append(Line("title", [Seg(doc.title)], doc.title, html="h1"))
    doc.lines.append(Line("paragraph", [Seg(" ".join(sents))], " ".join(sents), list(sents)))
    for kind, text in tail:
        doc.lines += noise_lines(text, "boilerplate", kind)
    assert count_words(doc.title + " " + " ".join(sents)) < 45


def build_language(doc: Doc, rng: random.Random, language: str) -> None:
    rows = [r[language] for r in nusax_rows() if r[language]]
    start = rng.randrange(len(rows))
    picked: list[str] = []
    i = start
    while count_words(" ".join(picked)) < rng.randint(130, 220):
        picked.append(rows[i % len(rows)])
        i += 7
    first = split_sentences(picked[0])[0].rstrip(".!?")
    doc.title = " ".join(first.split()[:9])
    doc.lines.append(Line("title", [Seg(doc.title)], doc.title, html="h1"))
    para: list[str] = []
    for row in picked[1:]:
        para.append(row)
        if len(para) >= rng.randint(1, 3):
            doc.lines.append(body_line(" ".join(para)))
            para = []
    if para:
        doc.lines.append(body_line(" ".join(para)))
    if rng.random() < 0.4:
        doc.lines.insert(
            0, noise_line(doc.inv.breadcrumb(rng, doc.site, doc.ctx), "boilerplate", "breadcrumb")
        )
        doc.lines.append(noise_line(doc.inv.share(rng), "boilerplate", "share"))


def build_low_quality(doc: Doc, rng: random.Random, stream: SentenceStream, variant: str) -> None:
    if variant == "keyword_stuffed":
        title, lines = doc.inv.keyword_stuffed_lines(rng)
    elif variant == "repetitive":
        used: set[str] = set()
        sents = stream.sentences(rng.randint(2, 3), used)
        title = doc.ctx.fill(rng.choice(TITLE_TEMPLATES), rng)
        lines = [" ".join(sents)] * rng.randint(5, 8)
    elif variant == "link_list":
        title, lines = doc.inv.link_list_lines(rng, doc.ctx)
    else:
        title, lines = doc.inv.number_page_lines(rng)
    doc.title = title
    doc.lines.append(Line("title", [Seg(title)], title, html="h1"))
    if variant == "link_list" and lines[0].startswith("- "):
        block = doc.new_block("ul")
        for t in lines:
            doc.lines.append(Line("body", [Seg(t[2:])], t[2:], html="li", block=block, marker="- "))
    else:
        doc.lines += [body_line(t) for t in lines]


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


# --------------------------------------------------------------------------------------------------
# Rendering


def slug(text: str, n: int = 8) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:n]) or "artikel"


def render_txt(doc: Doc, rng: random.Random) -> str:
    spacing = rng.choice(("blank", "tight", "mixed"))
    parts: list[str] = []
    prev_block: int | None = None
    for ln in doc.lines:
        if ln.cells is not None:
            text = "| " + " | ".join(ln.cells) + " |" if ln.marker == "edge" else " | ".join(ln.cells)
        else:
            text = ln.raw("txt")
        if rng.random() < 0.03:
            text = text + "  "
        same_block = ln.block is not None and ln.block == prev_block
        blank = spacing == "blank" or (spacing == "mixed" and rng.random() < 0.5)
        if parts and not same_block and ln.role != "markup" and blank:
            parts.append("")
        parts.append(text)
        prev_block = ln.block if ln.role != "markup" else prev_block
    newline = "\r\n" if rng.random() < 0.1 else "\n"
    return newline.join(parts) + newline


NOISE_HTML = {
    "breadcrumb": ('<div class="breadcrumb">{t}</div>', '<p class="breadcrumbs">{t}</p>'),
    "category_label": ('<div class="category"><a href="/{s}">{t}</a></div>', '<div class="kanal">{t}</div>'),
    "close": ('<div class="close-btn"><span>{t}</span></div>',),
    "views": ('<div class="meta-views">{t}</div>', '<p class="views"><span>{t}</span></p>'),
    "share": ('<div class="share-box">{t}</div>', '<div class="social-share"><span>{t}</span></div>'),
    "dateline": ('<div class="date">{t}</div>', '<p class="published">{t}</p>'),
    "byline": ('<div class="author">{t}</div>', '<p class="byline">{t}</p>'),
    "photo": (
        '<figure class="photo"><img src="/foto/{n}.jpg" alt=""><figcaption>{t}</figcaption></figure>',
        '<div class="caption">{t}</div>',
    ),
    "ads": ('<div class="ads-slot"><span>{t}</span></div>', '<div class="parallax">{t}</div>'),
    "read_also": (
        '<p class="baca-juga"><a href="/read/{n}">{t}</a></p>',
        '<div class="related"><strong>{t}</strong></div>',
    ),
    "media_marker": ("<p>{t}</p>", '<div class="embed">{t}</div>'),
    "tags": ('<div class="tags">{t}</div>', '<p class="tag-list">{t}</p>'),
    "follow": ('<div class="follow-us"><p>{t}</p></div>', '<p class="cta">{t}</p>'),
    "comments": ('<div class="comment-count">{t}</div>', '<h4 class="comments-title">{t}</h4>'),
    "copyright": ('<div class="copyright">{t}</div>', '<p class="disclaimer">{t}</p>'),
    "page_nav": ('<div class="pagination">{t}</div>',),
    "cookie": ('<div class="cookie-notice">{t}</div>',),
    "title_copy": (
        '<h2 class="entry-title">{t}</h2>',
        '<div class="judul">{t}</div>',
        '<p class="title">{t}</p>',
    ),
    "toc_label": ('<p class="toc-title">{t}</p>', '<div class="ez-toc-title">{t}</div>'),
}


def _html_line(ln: Line, rng: random.Random) -> str:
    def text_of(segs: list[Seg]) -> str:
        out = []
        for s in segs:
            t = html_lib.escape(s.text, quote=False)
            out.append(f'<a href="{s.link}">{t}</a>' if s.link else t)
        return "".join(out)

    inner = text_of(ln.segs)
    if ln.html in ("h1", "h2", "h3"):
        return f"<{ln.html}>{inner}</{ln.html}>"
    if ln.html == "p":
        return f"<p>{inner}</p>"
    templates = NOISE_HTML.get(ln.html, ("<div>{t}</div>", "<p>{t}</p>"))
    return rng.choice(templates).format(t=inner, s=slug(ln.body, 2), n=rng.randint(100, 99999))


def render_html(doc: Doc, rng: random.Random) -> str:
    site, title = doc.site, doc.title or ""
    esc = html_lib.escape
    menu = ["Beranda", *site.labels, "Indeks", "Video", "Foto"]
    headlines = [doc.inv.headline(rng, doc.ctx) for _ in range(rng.randint(3, 5))]
    footer = [
        doc.inv.copyright_line(rng, site),
        "Tentang Kami",
        "Pedoman Media Siber",
        "Kontak",
        "Kebijakan Privasi",
    ]
    doc.markup_noise = [{"subkind": "nav", "text": m} for m in menu]
    doc.markup_noise += [{"subkind": "aside", "text": h} for h in headlines]
    doc.markup_noise += [{"subkind": "footer", "text": f} for f in footer]
    hidden_spam = rng.random() < 0.15
    out = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)} - {esc(site.brand)}</title>",
        f'<meta property="og:title" content="{esc(title)}">',
        f'<meta name="description" content="{esc(title)}. Baca selengkapnya di {esc(site.brand)}.">',
        '<link rel="stylesheet" href="/assets/css/app.min.css">',
        "<style>.ads-slot{min-height:250px}.toc{border:1px solid #ddd}</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','G-XXXX');</script>",
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'<div class="logo"><a href="/"><img src="/logo.png" alt="{esc(site.brand)}"></a></div>',
        '<nav class="main-menu"><ul>'
        + "".join(f'<li><a href="/{slug(m)}">{esc(m)}</a></li>' for m in menu)
        + "</ul></nav>",
        "</header>",
        '<main class="container">',
        '<article class="post">',
    ]
    if hidden_spam:
        spam = doc.inv.keyword_wall(rng, "gambling")
        doc.markup_noise.append({"subkind": "hidden_spam", "text": spam})
        out.append(f'<div style="display:none">{esc(spam)}</div>')
    i = 0
    lines = doc.lines
    while i < len(lines):
        ln = lines[i]
        if ln.role == "markup":
            i += 1
            continue
        if ln.block is not None:
            j = i
            while j < len(lines) and lines[j].block == ln.block:
                j += 1
            group = [g for g in lines[i:j] if g.role != "markup"]
            out.append(_html_block(doc, group, rng))
            i = j
            continue
        out.append(_html_line(ln, rng))
        i += 1
    out += [
        "</article>",
        '<aside class="sidebar"><h3>Terpopuler</h3><ol>'
        + "".join(f'<li><a href="/read/{k}">{esc(h)}</a></li>' for k, h in enumerate(headlines))
        + "</ol></aside>",
        "</main>",
        '<footer class="site-footer">',
        f"<p>{esc(footer[0])}</p>",
        "<nav>" + " ".join(f'<a href="/{slug(f)}">{esc(f)}</a>' for f in footer[1:]) + "</nav>",
        "</footer>",
        '<script src="/assets/js/app.min.js"></script>',
        "<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];"
        "googletag.cmd.push(function(){googletag.display('div-gpt-ad-1');});</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _html_block(doc: Doc, group: list[Line], rng: random.Random) -> str:
    kind = doc.list_kinds[group[0].block or 0]
    esc = html_lib.escape
    if kind == "table":
        rows = []
        for ln in group:
            cells = ln.cells or []
            tag = "th" if ln.header else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
        head = rows[0] if group[0].header else ""
        body = rows[1:] if group[0].header else rows
        return (
            '<div class="table-responsive"><table class="table">'
            + (f"<thead>{head}</thead>" if head else "")
            + "<tbody>"
            + "".join(body)
            + "</tbody></table></div>"
        )
    tag = "ol" if kind.endswith("ol") else "ul"
    if kind.startswith("toc"):
        items = "".join(f'<li><a href="#{slug(ln.body, 4)}">{esc(ln.body)}</a></li>' for ln in group)
        return f'<div class="toc"><{tag}>{items}</{tag}></div>'
    items = "".join(f"<li>{esc(ln.body)}</li>" for ln in group)
    return f"<{tag}>{items}</{tag}>"


# --------------------------------------------------------------------------------------------------
# The set


KIND_SHARES = (  # (kind, variant, share of documents)
    ("article", "", 0.75),
    ("spam_page", "", 0.05),
    ("too_short", "", 0.05),
    ("language", "english", 0.02),
    ("language", "javanese", 0.012),
    ("language", "sundanese", 0.012),
    ("language", "minangkabau", 0.012),
    ("language", "balinese", 0.012),
    ("language", "banjarese", 0.012),
    ("low_quality", "keyword_stuffed", 0.02),
    ("low_quality", "repetitive", 0.02),
    ("low_quality", "link_list", 0.015),
    ("low_quality", "numbers", 0.015),
)
FORMATS = (("txt", 0.4), ("html", 0.35), ("jsonl-text", 0.13), ("jsonl-html", 0.12))
JSONL_RECORDS_PER_FILE = 8


def _allocate(n: int, shares: tuple[tuple[Any, ...], ...]) -> list[tuple[Any, ...]]:
    """`n` items in the given shares (largest remainders), every kind at least once when n allows."""
    raw = [(s[-1] * n) for s in shares]
    counts = [int(r) for r in raw]
    if n >= len(shares):
        counts = [max(1, c) for c in counts]
    order = sorted(range(len(shares)), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    k = 0
    while sum(counts) < n:
        counts[order[k % len(order)]] += 1
        k += 1
    while sum(counts) > n:
        i = max(range(len(counts)), key=lambda i: counts[i])
        counts[i] -= 1
    return [s[:-1] for s, c in zip(shares, counts, strict=True) for _ in range(c)]


def make_doc(
    index: int,
    kind: str,
    variant: str,
    fmt: str,
    rng: random.Random,
    stream: SentenceStream,
    inv: ModuleType = nz,
) -> Doc:
    site = rng.choice(inv.SITES)
    ctx = new_context(rng)
    reason = None if kind == "article" else kind
    doc = Doc(
        index,
        site,
        fmt,
        "keep" if kind == "article" else "reject",
        reason,
        variant or kind,
        ctx,
        None,
        inv=inv,
    )
    if kind == "article":
        build_article(doc, rng, stream)
    elif kind == "spam_page":
        build_spam_page(doc, rng)
    elif kind == "too_short":
        build_too_short(doc, rng, stream)
    elif kind == "language":
        build_language(doc, rng, variant)
    else:
        build_low_quality(doc, rng, stream, variant)
    return doc


def expected_lines(doc: Doc) -> list[str]:
    lines = [ln.expected for ln in doc.lines if ln.role not in ("noise", "markup") and ln.expected]
    if doc.title and doc.title in lines:
        lines.remove(doc.title)
        lines.insert(0, doc.title)
    return [x for x in lines if x]


def inventory_name(inv: ModuleType) -> str:
    return next(k for k, m in INVENTORIES.items() if m is inv)


def gold_record(doc: Doc) -> dict[str, Any]:
    fmt = "html" if doc.fmt in ("html", "jsonl-html") else "txt"
    lines, noise, traps, content = [], [], [], []
    for i, ln in enumerate(doc.lines):
        raw = ln.raw(fmt)
        if ln.cells is not None and fmt == "txt" and ln.marker == "edge":
            raw = "| " + raw + " |"
        lines.append({"role": ln.role, "raw": raw, "expected": ln.expected})
        for unit in ln.noise:
            noise.append({"line": i, **unit, **({"text": raw} if unit["kind"] == "line" else {})})
        for trap in ln.traps:
            traps.append({"line": i, **trap})
        content += ln.units if doc.decision == "keep" else []
    # The inventory is recorded when it is not the default, so that sets of inventory a keep the
    # bytes they had before inventory b existed.
    inventory = inventory_name(doc.inv)
    return {
        "doc": doc.index,
        **({"inventory": inventory} if inventory != DEFAULT_INVENTORY else {}),
        "source": doc.source,
        "url": doc.url,
        "format": doc.fmt,
        "site": doc.site.key,
        "decision": doc.decision,
        "reason": doc.reason,
        "variant": doc.variant,
        "title": doc.title,
        "headings": doc.headings if doc.decision == "keep" else [],
        "lines": lines,
        "content": content,
        "noise": noise if doc.decision == "keep" else [],
        "traps": traps if doc.decision == "keep" else [],
        "markup_noise": doc.markup_noise if doc.decision == "keep" else [],
        "expected_text": "\n".join(expected_lines(doc)) if doc.decision == "keep" else None,
    }


def generate(n_docs: int, seed: int, out_dir: Path | str, inventory: str = DEFAULT_INVENTORY) -> Path:
    """Write `n_docs` documents under `out_dir/raw/` and their gold to `out_dir/gold.jsonl`.

    `inventory` picks the noise inventory (`INVENTORIES`): "a" (`noise.py`, the default), "b"
    (`noise_b.py`), "c" (`noise_c.py`) or "d" (`noise_d.py`, the held-out final check). A set of
    inventory b, c or d is also drawn from its own random streams, so that its documents are not
    those of the a-set of the same seed with other noise.

    `out_dir/raw` is replaced; the same `n_docs`, `seed` and `inventory` always give the same bytes.
    Returns the gold file's path.
    """
    if inventory not in INVENTORIES:
        raise ValueError(f"unknown noise inventory {inventory!r}: expected one of {sorted(INVENTORIES)}")
    inv = INVENTORIES[inventory]
    salt = "" if inventory == DEFAULT_INVENTORY else f"{inventory}:"
    out_dir = Path(out_dir)
    raw_dir = out_dir / RAW_DIR
    if raw_dir.exists():
        shutil.rmtree(raw_dir)
    raw_dir.mkdir(parents=True)
    rng = random.Random(f"{salt}{seed}" if salt else seed)
    stream = SentenceStream(random.Random(rng.getrandbits(64)))
    kinds = _allocate(n_docs, KIND_SHARES)
    rng.shuffle(kinds)
    fmts = _allocate(n_docs, FORMATS)
    rng.shuffle(fmts)
    docs: list[Doc] = []
    for index, ((kind, variant), (fmt,)) in enumerate(zip(kinds, fmts, strict=True)):
        doc_rng = random.Random(f"{salt}{seed}-{index}")
        docs.append(make_doc(index, kind, variant, fmt, doc_rng, stream, inv))

    files: dict[str, list[str]] = {}
    jsonl_open: dict[str, tuple[str, int]] = {}
    for doc in docs:
        doc_rng = random.Random(f"{salt}{seed}-{doc.index}-render")
        y, m, d = doc.ctx.year, doc_rng.randint(1, 12), doc_rng.randint(1, 28)
        name = slug(doc.title or "artikel")
        section = slug(doc.site.labels[0], 1)
        doc.url = f"https://{doc.site.domain}/{section}/{y}/{m:02d}/{d:02d}/{doc.index:04d}/{name}"
        if doc.fmt in ("txt", "html"):
            doc.source = f"{doc.site.key}/{doc.index:04d}-{name}.{doc.fmt}"
            content = render_txt(doc, doc_rng) if doc.fmt == "txt" else render_html(doc, doc_rng)
            files[doc.source] = [content]
            continue
        path, count = jsonl_open.get(doc.site.key, ("", JSONL_RECORDS_PER_FILE))
        if count >= JSONL_RECORDS_PER_FILE:
            path, count = f"{doc.site.key}/feed-{doc.index:04d}.jsonl", 0
            files[path] = []
        jsonl_open[doc.site.key] = (path, count + 1)
        doc.source = f"{path}#{count + 1}"
        record: dict[str, Any] = {"url": doc.url}
        if doc_rng.random() < 0.6 and doc.title:
            doc.jsonl_title = doc.title if doc_rng.random() < 0.7 else f"{doc.title} - {doc.site.brand}"
            record["title"] = doc.jsonl_title
        if doc.fmt == "jsonl-text":
            record["text"] = render_txt(doc, doc_rng).replace("\r\n", "\n")
        else:
            record["html"] = render_html(doc, doc_rng)
        record["crawled_at"] = f"{y}-{m:02d}-{d:02d}T0{doc_rng.randint(0, 9)}:00:00Z"
        files[path].append(json.dumps(record, ensure_ascii=False) + "\n")

    for rel, parts in files.items():
        path = raw_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes("".join(parts).encode("utf-8"))
    gold_path = out_dir / GOLD_FILE
    with open(gold_path, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(gold_record(doc), ensure_ascii=False) + "\n")
    return gold_path


def read_gold(path: Path | str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
