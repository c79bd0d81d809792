"""Train the line model (`pipeline.rules.line_model`) on lines whose label the evaluation generator knows.

Each page line of the generated documents to keep is labelled from the gold: a line that is a whole
noise unit takes its category (`boilerplate`, `injected_spam`, `placeholder`); a title, heading,
paragraph, list item or table row without whole-line noise is `content`, traps and the hosts of inline
noise included. Copies of headings and table of contents entries are left out: their text is a real
heading's text, and other rules judge them by what else stands on the page. A line whose text the gold
holds with two labels is left out too.

The lines go through the pipeline's own reading, extraction, normalisation and page analysis, so the
model sees them as it will when it runs. The trainer is a multinomial logistic regression, full batch
with Adam and an L2 penalty, in numpy; identical lines are counted once with their weight.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation.generate import RAW_DIR, generate, read_gold
from evaluation.sources import SentenceStream, nusax_rows, split_sentences, ud_groups
from pipeline.clean import extracted_content
from pipeline.discover import discover_inputs
from pipeline.normalise import normalise_text
from pipeline.page import analyse_page, classify_line
from pipeline.readers import read_input
from pipeline.rules.line_model import BIAS, CLASSES, page_line_features, write_weights
from pipeline.text import line_key

CONTENT_ROLES = frozenset({"title", "heading", "paragraph", "list_item", "table_row"})
SKIPPED_CATEGORIES = frozenset({"duplicate_heading", "table_of_contents"})
MAX_BYTES = 1 << 24


def _gold_key(raw: str) -> str:
    """The key the page gives a gold line (`Line.key`): its body as `classify_line` reads it."""
    return line_key(classify_line(raw.strip())[1])


def gold_labels(doc: dict) -> dict[str, str]:
    """Line key -> label for the lines of one gold document to keep (ambiguous keys left out)."""
    labels: dict[str, set[str]] = {}
    whole = {n["line"]: n["category"] for n in doc["noise"] if n["kind"] == "line"}
    for i, line in enumerate(doc["lines"]):
        if i in whole:
            label = "skip" if whole[i] in SKIPPED_CATEGORIES else whole[i]
        elif line["role"] in CONTENT_ROLES:
            label = "content"
        else:
            label = "skip"
        key = _gold_key(line["raw"])
        if key:
            labels.setdefault(key, set()).add(label)
    return {k: next(iter(v)) for k, v in labels.items() if len(v) == 1 and "skip" not in v}


def labelled_lines(set_dir: Path) -> Iterable[tuple[tuple[str, ...], str]]:
    """(features, label) of every page line of a generated set whose label the gold knows."""
    gold = {doc["source"]: doc for doc in read_gold(set_dir / "gold.jsonl") if doc["decision"] == "keep"}
    raw_dir = set_dir / RAW_DIR
    files, _ = discover_inputs(raw_dir)
    for f in files:
        for item in read_input(f.location(raw_dir), f.relpath, MAX_BYTES):
            doc = gold.get(item.source)
            if doc is None or not hasattr(item, "content"):
                continue
            labels = gold_labels(doc)
            content = extracted_content(item)  # type: ignore[arg-type]
            page = analyse_page(normalise_text(content.text), content.title_hint)
            for line, feats in page_line_features(page):
                label = labels.get(line.key)
                if label in CLASSES:
                    yield tuple(feats), label


# Words a headline leaves in lower case when it capitalises the rest.
_HEADLINE_LOWER = frozenset(
    [
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "untuk",
        "dengan",
        "pada",
        "dalam",
        "atau",
        "oleh",
        "bagi",
        "serta",
        "akan",
        "ini",
        "itu",
    ]
)


def _headline(words: list[str], rng: random.Random) -> str:
    """Words cut from a sentence, set as a heading is: title case, sentence case or as they were."""
    style = rng.random()
    if style < 0.5:
        out = [
            w if w.casefold() in _HEADLINE_LOWER and i else w[:1].upper() + w[1:] for i, w in enumerate(words)
        ]
    elif style < 0.8:
        out = [words[0][:1].upper() + words[0][1:], *words[1:]]
    else:
        out = words
    return " ".join(out).rstrip(",;:")


def chrome_leading_words(
    lines: Iterable[tuple[tuple[str, ...], str]], min_noise: int = 10, min_ratio: float = 5.0
) -> frozenset[str]:
    """Words that open noise lines far more often than content lines in `lines` (`iklan`, `komentar`,
    `bagikan`): the words a model would take for chrome on their own."""
    noise: Counter[str] = Counter()
    content: Counter[str] = Counter()
    for feats, label in lines:
        first = next((f[6:] for f in feats if f.startswith("first=")), None)
        if first and first.isalpha():
            (content if label == "content" else noise)[first] += 1
    return frozenset(w for w, n in noise.items() if n >= min_noise and n >= min_ratio * (content[w] + 1))


def _anchored_headlines(anchors: frozenset[str]) -> list[list[str]]:
    """Runs of words from licensed sentences that open with one of `anchors`: real text that starts
    the way chrome does (`Iklan rokok dilarang di sekitar sekolah`)."""
    found = []
    sentences = [s for group in ud_groups() for s in group]
    sentences += [s for row in nusax_rows() for s in split_sentences(row["indonesian"])]
    for sentence in sentences:
        tokens = sentence.rstrip(".!?").split()
        for i, token in enumerate(tokens):
            if token.casefold().strip(",;:\"'()") in anchors and len(tokens) - i >= 3:
                found.append(tokens[i : i + 10])
    return found


def real_text_lines(
    seed: int, n_pages: int, anchors: frozenset[str] = frozenset()
) -> Iterable[tuple[tuple[str, ...], str]]:
    """(features, "content") of the lines of pages built from licensed sentences alone (UD, NusaX):
    paragraphs of real sentences, short one-sentence paragraphs, and headings cut from other real
    sentences, half of them (when there are any) opening with one of `anchors` (see
    `chrome_leading_words`). The generator's headings come from a few templates; these teach the model
    that an everyday word (`iklan`, `komentar`, `bagikan`) in a heading or a sentence does not make it
    chrome: its shape and the words around it must."""
    rng = random.Random(seed)
    stream = SentenceStream(random.Random(rng.getrandbits(64)))
    anchored = _anchored_headlines(anchors)

    def heading(used: set[str], max_words: int) -> str:
        if anchored and rng.random() < 0.5:
            run = rng.choice(anchored)
            return _headline(run[: rng.randint(min(3, len(run)), min(max_words, len(run)))], rng)
        return _headline(stream.short_sentence(used).split()[: rng.randint(2, max_words)], rng)

    for _ in range(n_pages):
        used: set[str] = set()
        lines = [heading(used, 10)]
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.7:
                lines.append(heading(used, 9))
            lines.append(" ".join(stream.sentences(rng.randint(1, 4), used)))
            if rng.random() < 0.3:
                lines.append(stream.short_sentence(used, 12))
        page = analyse_page(normalise_text("\n\n".join(lines)))
        for _, feats in page_line_features(page):
            yield tuple(feats), "content"


@dataclass
class Dataset:
    rows: list[tuple[str, ...]]
    labels: np.ndarray  # class index per row
    counts: np.ndarray  # how many identical lines each row stands for

    @classmethod
    def from_lines(cls, lines: Iterable[tuple[tuple[str, ...], str]]) -> Dataset:
        counted = Counter(lines)
        rows = sorted(counted)
        return cls(
            [feats for feats, _ in rows],
            np.array([CLASSES.index(label) for _, label in rows]),
            np.array([counted[r] for r in rows], dtype=np.float64),
        )


def build_sets(workdir: Path, inventories: str, seeds: Iterable[int], n_docs: int) -> list[Path]:
    """Generate one evaluation set per inventory and seed under `workdir`."""
    dirs = []
    for inv in inventories:
        for seed in seeds:
            set_dir = workdir / f"{inv}{seed}"
            generate(n_docs, seed, set_dir, inv)
            dirs.append(set_dir)
    return dirs


def encode(
    rows: list[tuple[str, ...]], counts: np.ndarray, min_count: int
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The features seen on `min_count` rows or more (by weight `counts`), the bias always, and the rows
    as one flat array of feature indices with each row's length."""
    seen: Counter[str] = Counter()
    for feats, n in zip(rows, counts, strict=True):
        for f in set(feats):
            seen[f] += int(n)
    vocab = sorted(f for f, n in seen.items() if n >= min_count or f == BIAS)
    index = {f: i for i, f in enumerate(vocab)}
    row_idx = [[index[f] for f in feats if f in index] for feats in rows]
    lengths = np.array([len(r) for r in row_idx])
    flat = np.fromiter((i for r in row_idx for i in r), dtype=np.int64, count=int(lengths.sum()))
    return vocab, flat, lengths


def fit_softmax(
    flat: np.ndarray,
    lengths: np.ndarray,
    labels: np.ndarray,
    sample: np.ndarray,
    n_features: int,
    n_classes: int,
    bias: int,
    *,
    l2: float,
    epochs: int,
    rate: float,
) -> np.ndarray:
    """A multinomial logistic regression over sparse binary rows (`flat` feature indices, `lengths` per
    row), class 0 the reference: full batch, Adam, an L2 penalty on all but the `bias` feature. `sample`
    weighs each row (summing to 1). Returns the weights, one column per class after the first."""
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    row_of = np.repeat(np.arange(len(lengths)), lengths)
    target = np.zeros((len(lengths), n_classes))
    target[np.arange(len(lengths)), labels] = 1.0
    weights = np.zeros((n_features, n_classes - 1))
    penalty = np.full(n_features, l2)
    penalty[bias] = 0.0
    m = np.zeros_like(weights)
    v = np.zeros_like(weights)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        logits = np.zeros((len(lengths), n_classes))
        logits[:, 1:] = np.add.reduceat(weights[flat], offsets, axis=0)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        err = (probs - target)[:, 1:] * sample[:, None]
        grad = np.stack(
            [np.bincount(flat, weights=err[row_of, k], minlength=n_features) for k in range(n_classes - 1)],
            axis=1,
        )
        grad += penalty[:, None] * weights
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad**2
        weights -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return weights


def train(
    data: Dataset, *, min_count: int = 2, l2: float = 1e-4, epochs: int = 300, rate: float = 0.05
) -> dict[str, tuple[float, ...]]:
    """Fit the weights: features seen on fewer than `min_count` lines are left out."""
    vocab, flat, lengths = encode(data.rows, data.counts, min_count)
    sample = data.counts / data.counts.sum()
    weights = fit_softmax(
        flat,
        lengths,
        data.labels,
        sample,
        len(vocab),
        len(CLASSES),
        vocab.index(BIAS),
        l2=l2,
        epochs=epochs,
        rate=rate,
    )
    return {
        f: tuple(float(w) for w in weights[i])
        for i, f in enumerate(vocab)
        if np.abs(weights[i]).max() >= 1e-3
    }


TRAIN_INVENTORIES = "abc"
# Seed 0 is the seed `saring eval` scores by default: the model is trained on other sets.
TRAIN_SEEDS = (1, 2, 3, 4)
TRAIN_DOCS = 300
# Pages of real text alone (see `real_text_lines`): about as many lines as the generated sets' content.
REAL_TEXT_PAGES = 3000


def train_line_model(
    workdir: Path | str,
    out: Path | str,
    inventories: str = TRAIN_INVENTORIES,
    seeds: Iterable[int] = TRAIN_SEEDS,
    n_docs: int = TRAIN_DOCS,
    l2: float = 1e-4,
    epochs: int = 300,
    real_pages: int = REAL_TEXT_PAGES,
) -> dict[str, int]:
    """Generate the training sets under `workdir`, train, and write the weights to `out` (see
    `pipeline.rules.line_model.write_weights`). Returns line counts per class and the feature count."""
    seeds = tuple(seeds)
    dirs = build_sets(Path(workdir), inventories, seeds, n_docs)
    lines = [x for d in dirs for x in labelled_lines(d)]
    lines += real_text_lines(min(seeds, default=0), real_pages, chrome_leading_words(lines))
    weights = train(Dataset.from_lines(lines), l2=l2, epochs=epochs)
    write_weights(Path(out), weights)
    counts = Counter(label for _, label in lines)
    return {**{c: counts[c] for c in CLASSES}, "features": len(weights)}
