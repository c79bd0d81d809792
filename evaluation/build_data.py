"""Rebuild `evaluation/data/` from copies of the upstream files (run by hand, never at eval time).

    python -m evaluation.build_data /path/to/eval-sources

`eval-sources` holds `ud-indonesian/*.tsv` (sentence text extracted from the UD Indonesian GSD, CSUI
and PUD treebanks) and `nusax-mt/{train,valid,test}.csv` (NusaX-MT); see `data/SOURCE.md` for their
origin, commits and licences. Only sentences fit to stand in an article are kept (see `_usable`); the
text of every kept sentence is unchanged.
"""

from __future__ import annotations

import csv
import re
import shutil
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
UD_FILES = {
    "ud_gsd_csui.tsv": [
        "id_gsd-ud-dev.tsv",
        "id_gsd-ud-test.tsv",
        "id_csui-ud-train.tsv",
        "id_csui-ud-test.tsv",
    ],
    "ud_pud.tsv": ["id_pud-ud-test.tsv"],
}
NUSAX_COLUMNS = ["indonesian", "english", "javanese", "sundanese", "minangkabau", "balinese", "banjarese"]
LICENCES = {
    "ud-indonesian/LICENSE-GSD.txt": "LICENSE-UD-GSD.txt",
    "ud-indonesian/LICENSE-CSUI.txt": "LICENSE-UD-CSUI.txt",
    "ud-indonesian/LICENSE-PUD.txt": "LICENSE-UD-PUD-CC-BY-SA-3.0.txt",
    "nusax-mt/LICENSE-CC-BY-SA-4.0.txt": "LICENSE-CC-BY-SA-4.0.txt",
}

_END_RE = re.compile(r"[.!?][\"'”’)]*$")
_START_RE = re.compile(r"^[\"“'(A-Z0-9]")
_BAD_RE = re.compile(r"[|\[\]{}«»@#<>_~^\\]|https?:|www\.|\.com\b|\t", re.IGNORECASE)


def _usable(text: str) -> bool:
    n = len(text.split())
    return 6 <= n <= 45 and bool(_END_RE.search(text) and _START_RE.match(text)) and not _BAD_RE.search(text)


def build(src: Path) -> None:
    DATA.mkdir(exist_ok=True)
    for out_name, names in UD_FILES.items():
        seen: set[str] = set()
        rows = []
        for name in names:
            with open(src / "ud-indonesian" / name, encoding="utf-8") as fh:
                next(fh)
                for line in fh:
                    sent_id, text = line.rstrip("\n").split("\t", 1)
                    text = text.strip()
                    if _usable(text) and text not in seen:
                        seen.add(text)
                        rows.append((name.split("-ud-")[0], sent_id, text))
        with open(DATA / out_name, "w", encoding="utf-8", newline="") as fh:
            fh.write("treebank\tsent_id\ttext\n")
            fh.writelines(f"{t}\t{s}\t{x}\n" for t, s, x in rows)
    with open(DATA / "nusax_mt.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(["split", "row", *NUSAX_COLUMNS]) + "\n")
        for split in ("train", "valid"):  # 600 rows: enough, and the test split stays unused
            with open(src / "nusax-mt" / f"{split}.csv", encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    cells = [" ".join(row[c].split()) for c in NUSAX_COLUMNS]
                    out.write("\t".join([split, row[""], *cells]) + "\n")
    for name, target in LICENCES.items():
        shutil.copyfile(src / name, DATA / target)


if __name__ == "__main__":
    build(Path(sys.argv[1]))
