"""Where detection time goes (not a test): each rule's and signal's time per document over a raw folder.

    .venv/bin/python bench/rules_profile.py RAW [--limit 1000] [--top 20]

RAW is any folder `saring run` reads (an evaluation set's `raw/` from `saring eval --workdir DIR`, or
`bench/incremental.py`'s generated documents). Every document is read, extracted and normalised as
the pipeline does; then page analysis, every enabled rule, every signal and language ID are timed
one by one, in this process. Prints milliseconds per document, share of the total and flags found.
Boilerplate rules share work through the page's memo: the first rule that needs another rule's lines
(e.g. the story dateline rule, which asks which lines are chrome) is charged for computing them, and
those rules then cost almost nothing in their own turn.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.clean import extracted_content  # noqa: E402
from pipeline.config import load_settings  # noqa: E402
from pipeline.discover import discover_inputs  # noqa: E402
from pipeline.langid import LanguageIdentifier  # noqa: E402
from pipeline.normalise import normalise_text, normalised_links  # noqa: E402
from pipeline.page import analyse_page  # noqa: E402
from pipeline.readers import ReadFailure, read_input  # noqa: E402
from pipeline.rules import Ruleset  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("raw", type=Path)
    parser.add_argument("--limit", type=int, default=1000, help="documents at most")
    parser.add_argument("--top", type=int, default=20, help="rows to print")
    args = parser.parse_args()

    settings = load_settings()
    ruleset = Ruleset.from_settings(settings)
    langid = LanguageIdentifier(max_chars=settings.language.max_chars)
    seconds: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    docs = chars = 0
    files, _ = discover_inputs(args.raw.resolve())
    for file in files:
        for item in read_input(file.location(args.raw.resolve()), file.relpath, 1 << 20):
            if isinstance(item, ReadFailure) or docs >= args.limit:
                continue
            content = extracted_content(item)
            normalised = normalise_text(content.text)
            docs += 1
            chars += len(normalised)
            start = time.perf_counter()
            page = analyse_page(normalised, content.title_hint, normalised_links(content.links))
            seconds["(page analysis)"] += time.perf_counter() - start
            for rule, lexicon in ruleset.rules:
                start = time.perf_counter()
                flags[rule.id] += sum(1 for _ in rule.flags(page, lexicon))
                seconds[rule.id] += time.perf_counter() - start
            for signal, lexicon in ruleset.signals:
                start = time.perf_counter()
                signal.measure(page, lexicon)
                seconds[f"(signal) {signal.name}"] += time.perf_counter() - start
            start = time.perf_counter()
            langid.identify(normalised)
            seconds["(language ID)"] += time.perf_counter() - start
    if not docs:
        sys.exit("no documents read")
    total = sum(seconds.values())
    print(f"{docs:,} documents, {chars / docs:,.0f} characters each on average")
    print(f"total {1000 * total / docs:.2f} ms/document ({docs / total:.0f} documents/s on one core)")
    print(f"{'ms/doc':>8} {'share':>6} {'flags':>7}  part")
    for name, value in seconds.most_common(args.top):
        print(f"{1000 * value / docs:8.3f} {value / total:6.1%} {flags.get(name, 0):7,}  {name}")


if __name__ == "__main__":
    main()
