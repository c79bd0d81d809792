"""Train the span model (`pipeline.rules.span_model`) on paragraphs whose inserted spam is known.

Three sources, every token labelled `spam` when it lies inside a known inserted span, else `content`:

- the training probes, `evaluation/probes/train/inline_spam_*.jsonl` (host paragraphs with a pitch set
  into them, in the families beyond the lexicons: investment, jobs, services, loans, pills, scams, and
  gambling in and out of its usual words) and `inline_clean_*.jsonl` (prose that reads like them: news
  of scams, warnings, vacancies, pharmacy columns); each is set in a page among paragraphs of licensed
  real text, as the pipeline would see it. The development probes one folder up and the held-out
  probes are not trained on: the first choose the thresholds, the second measure;
- the evaluation generator's inventories a, b and c (seeds other than `saring eval`'s): their inline
  spam and whole promotional lines are `spam`, their paragraphs `content` (the lines of other noise
  are left out);
- pages of licensed real text alone (UD news and essays, NusaX reviews): `content`.

The tokens go through the pipeline's own normalisation and page analysis. The trainer is the line
model's logistic regression (`evaluation.line_model.fit_softmax`) with two classes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from evaluation.generate import read_gold
from evaluation.line_model import build_sets, encode, fit_softmax
from evaluation.sources import SentenceStream
from pipeline.normalise import normalise_text
from pipeline.page import analyse_page
from pipeline.rules.span_model import BIAS, page_token_features, write_weights

PROBES = Path(__file__).resolve().parent / "probes" / "train"
TRAIN_INVENTORIES = "abc"
TRAIN_SEEDS = (1,)
TRAIN_DOCS = 300
REAL_TEXT_PAGES = 1500
REVIEW_SHARE = 0.3  # of the real text's paragraphs
# How much a spam token weighs against a content token in the loss: spam is rare among the words of
# a page, and a pitch missed costs more than the threshold can buy back.
SPAM_WEIGHT = 30.0
# How much a word of a look-alike probe (news of a scam, a warning, a vacancy) weighs against a word of
# everyday prose: they are few, and they are the text a pitch's words also stand in.
LOOKALIKE_WEIGHT = 5.0
L2 = 1e-6

Row = tuple[tuple[str, ...], int, float]  # a token's features, its label (1: spam) and its weight


def labelled_tokens(
    text: str,
    spam: list[tuple[int, int]],
    skip: list[tuple[int, int]],
    lookalike: tuple[int, int] | None = None,
) -> Iterator[Row]:
    """The tokens of the paragraphs of the page `text`, labelled 1 when they overlap a `spam` span;
    tokens overlapping a `skip` span (other noise, whose label says nothing of spam) are left out, and
    those inside the `lookalike` span weigh `LOOKALIKE_WEIGHT`."""
    page = analyse_page(text)

    def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in spans)

    for line, tokens, own, shared in page_token_features(page):
        for token, feats in zip(tokens, own, strict=True):
            a, b = line.start + token.start, line.start + token.end
            if not overlaps(skip, a, b):
                weight = LOOKALIKE_WEIGHT if lookalike and overlaps([lookalike], a, b) else 1.0
                yield (*feats, *shared[token.sentence]), int(overlaps(spam, a, b)), weight


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _page_around(host: str, stream: SentenceStream, rng: random.Random) -> tuple[str, int]:
    """A page holding `host` among paragraphs of real text: its text and where `host` starts in it."""
    used: set[str] = set()
    title = stream.short_sentence(used, 12).rstrip(".")
    paras = [" ".join(stream.sentences(rng.randint(1, 3), used)) for _ in range(rng.randint(2, 4))]
    at = rng.randint(0, len(paras))
    before = "\n\n".join(normalise_text(p) for p in [title, *paras[:at]]) + "\n\n"
    after = "".join("\n\n" + normalise_text(p) for p in paras[at:])
    return before + host + after, len(before)


def probe_tokens(folder: Path, seed: int) -> Iterator[Row]:
    """The labelled tokens of the training probes in `folder`, each set in a page of real text."""
    rng = random.Random(seed)
    stream = SentenceStream(random.Random(rng.getrandbits(64)))
    for path in sorted(folder.glob("inline_spam*.jsonl")):
        for record in _records(path):
            host = normalise_text(str(record["text"]))
            text, at = _page_around(host, stream, rng)
            spans = []
            for item in record["spam"]:
                found = host.find(normalise_text(str(item)).strip())
                if found >= 0:
                    spans.append((at + found, at + found + len(normalise_text(str(item)).strip())))
            if spans:
                yield from labelled_tokens(text, spans, [])
    for path in sorted(folder.glob("inline_clean*.jsonl")):
        for record in _records(path):
            host = normalise_text(str(record["text"]))
            text, at = _page_around(host, stream, rng)
            yield from labelled_tokens(text, [], [], (at, at + len(host)))


def inventory_tokens(set_dir: Path) -> Iterator[Row]:
    """The labelled tokens of the documents to keep of one generated set, from its gold lines."""
    for doc in read_gold(set_dir / "gold.jsonl"):
        if doc["decision"] != "keep":
            continue
        whole = {n["line"]: n["category"] for n in doc["noise"] if n["kind"] == "line"}
        inline: dict[int, list[str]] = {}
        for n in doc["noise"]:
            if n["kind"] == "inline" and n["category"] == "injected_spam":
                inline.setdefault(n["line"], []).append(normalise_text(n["text"]).strip())
        parts: list[str] = []
        spam: list[tuple[int, int]] = []
        skip: list[tuple[int, int]] = []
        pos = 0
        for i, line in enumerate(doc["lines"]):
            raw = normalise_text(line["raw"]).strip()
            if not raw or "\n" in raw:
                continue
            span = (pos, pos + len(raw))
            if i in whole:
                (spam if whole[i] == "injected_spam" else skip).append(span)
            elif line["role"] == "markup":
                skip.append(span)
            for item in inline.get(i, []):
                found = raw.find(item)
                if found >= 0:
                    spam.append((pos + found, pos + found + len(item)))
            parts.append(raw)
            pos += len(raw) + 2
        yield from labelled_tokens("\n\n".join(parts), spam, skip)


def real_text_tokens(seed: int, n_pages: int) -> Iterator[Row]:
    """The tokens of pages of licensed real sentences alone, every one `content`."""
    rng = random.Random(seed)
    stream = SentenceStream(random.Random(rng.getrandbits(64)))
    for _ in range(n_pages):
        used: set[str] = set()
        paras = [
            # Reviews (NusaX) are written as people talk: a pitch is not informal prose.
            " ".join(
                stream.review(used)
                if rng.random() < REVIEW_SHARE
                else stream.sentences(rng.randint(1, 4), used)
            )
            for _ in range(rng.randint(2, 6))
        ]
        title = stream.short_sentence(used, 12).rstrip(".")
        yield from labelled_tokens(normalise_text("\n\n".join([title, *paras])), [], [])


def train(
    rows: Iterable[Row],
    *,
    min_count: int = 2,
    l2: float = L2,
    epochs: int = 300,
    rate: float = 0.05,
    spam_weight: float = SPAM_WEIGHT,
) -> dict[str, float]:
    """Fit the weights of a two-class logistic regression: features seen on fewer than `min_count`
    tokens are left out; a spam token weighs `spam_weight` times its row's weight."""
    feats, labels, row_weights = zip(*rows, strict=True)
    label_array = np.array(labels)
    vocab, flat, lengths = encode(list(feats), np.ones(len(feats)), min_count)
    sample = np.where(label_array == 1, spam_weight, 1.0) * np.array(row_weights)
    weights = fit_softmax(
        flat,
        lengths,
        label_array,
        sample / sample.sum(),
        len(vocab),
        2,
        vocab.index(BIAS),
        l2=l2,
        epochs=epochs,
        rate=rate,
    )
    return {f: float(weights[i, 0]) for i, f in enumerate(vocab) if abs(weights[i, 0]) >= 1e-3}


def train_span_model(
    workdir: Path | str,
    out: Path | str,
    inventories: str = TRAIN_INVENTORIES,
    seeds: Iterable[int] = TRAIN_SEEDS,
    n_docs: int = TRAIN_DOCS,
    probes: Path = PROBES,
    real_pages: int = REAL_TEXT_PAGES,
    **fit: float,
) -> dict[str, int]:
    """Generate the inventories' training sets under `workdir`, train on them, the probes in `probes` and
    pages of real text, and write the weights to `out`. Returns the token counts and the feature count."""
    seeds = tuple(seeds)
    rows = list(probe_tokens(probes, min(seeds, default=0)))
    for set_dir in build_sets(Path(workdir), inventories, seeds, n_docs):
        rows += inventory_tokens(set_dir)
    rows += real_text_tokens(min(seeds, default=0), real_pages)
    weights = train(rows, **fit)  # type: ignore[arg-type]
    write_weights(Path(out), weights)
    spam = sum(label for _, label, _ in rows)
    return {"spam_tokens": spam, "content_tokens": len(rows) - spam, "features": len(weights)}
