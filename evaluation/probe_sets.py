"""Score the cleaning on the independent probe sets of `evaluation/probes/` (see its README).

    .venv/bin/python -m evaluation.probe_sets [--show]

Each inline item is cleaned as a paragraph of a short article; a spam item counts as removed when it
is gone, or most of its longer words are. Each noise line is cleaned at the top, middle and end of the
article (an end code at the end); it counts as removed when it is gone (a glued code: when the code
is). Clean sentences and keep lines count as harmed when the cleaned article no longer holds them, and a
spam item's host paragraph when two of its own longer words went with the spam.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import DocumentCleaner
from pipeline.config import Settings
from pipeline.readers import sha256_hex
from pipeline.text import words
from schemas import RawDocument

PROBES = Path(__file__).resolve().parent / "probes"
TITLE = "Warga Desa Menyambut Pembangunan Jalan Baru"
FILLER = [
    "Menurut data dinas setempat, jumlah penduduk di kecamatan itu bertambah sekitar dua persen setiap "
    "tahun. Sebagian besar warga bekerja sebagai petani dan pedagang kecil.",
    "Rapat koordinasi digelar di kantor bupati pada Senin pagi dan dihadiri oleh perwakilan dari "
    "berbagai instansi. Mereka membahas rencana pembangunan pasar baru.",
    "Warga berharap perbaikan saluran air dapat selesai sebelum musim hujan datang. Banjir tahun lalu "
    "merendam ratusan rumah di dua desa.",
    "Kepala sekolah mengatakan kegiatan belajar mengajar tetap berjalan seperti biasa. Para guru juga "
    "mendapat pelatihan tambahan selama liburan.",
]
PLACES = ("top", "middle", "end")


@dataclass
class ProbeFigures:
    removed: Counter[str] = field(default_factory=Counter)  # by family or kind
    total: Counter[str] = field(default_factory=Counter)
    harmed: int = 0  # clean items (or keep lines, by place) the cleaning cut
    checked: int = 0
    hosts_harmed: int = 0  # spam items' host paragraphs that lost words of their own with the spam
    hosts_checked: int = 0
    misses: list[str] = field(default_factory=list)
    harms: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        removed, total = sum(self.removed.values()), sum(self.total.values())
        kinds = ", ".join(f"{k} {self.removed[k]}/{self.total[k]}" for k in sorted(self.total))
        if not total:  # a folder of look-alikes alone
            return f"{name}: look-alikes harmed {self.harmed} of {self.checked}"
        hosts = f"; hosts harmed {self.hosts_harmed} of {self.hosts_checked}" if self.hosts_checked else ""
        return (
            f"{name}: removed {removed}/{total} ({removed / max(total, 1):.3f}); {kinds}\n"
            f"  look-alikes harmed {self.harmed} of {self.checked}{hosts}"
        )


def _article(block: str, place: str) -> str:
    parts = list(FILLER)
    parts.insert({"top": 0, "middle": 2, "end": len(parts)}[place], block)
    return "\n\n".join([TITLE, *parts])


class _Cleaner:
    def __init__(self, settings: Settings) -> None:
        self.cleaner = DocumentCleaner(settings)

    def __call__(self, text: str) -> str:
        """The kept text ("" when the document is rejected). A quarantined probe is an error in the
        cleaning, not a removal: it stops the scoring rather than count as spam removed."""
        raw = RawDocument(
            source="probe.txt",
            content=text,
            content_type="text",
            raw_sha256=sha256_hex(text.encode()),
        )
        outcome = self.cleaner.clean(raw)
        if outcome.quarantined is not None:
            raise RuntimeError(
                f"a probe was quarantined: {outcome.quarantined.error}: {outcome.quarantined.detail}"
            )
        return outcome.kept.text if outcome.kept is not None else ""


def _records(path: Path) -> Iterator[dict[str, object]]:
    """The records of a probe file; none when the folder has no such file (a folder may hold only
    look-alikes: `paragraphs/`)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _gone(item: str, text: str) -> bool:
    longer = [w for w in item.split() if len(w) > 2]
    left = [w for w in longer if w in text]
    return item not in text and (not longer or len(left) <= len(longer) // 2)


def _host_harmed(record: dict[str, object], text: str) -> bool:
    """The host paragraph lost two of its own longer words (more than three letters) with the spam: a
    cut that took the host's text along (a paragraph removed whole for one pitch in it)."""
    host = str(record["text"])
    for item in record["spam"]:  # type: ignore[attr-defined]
        host = host.replace(str(item), " ")
    own = [w for w in words(host) if len(w) > 3]
    return sum(w not in text for w in own) >= 2


def score_inline(clean: _Cleaner, probes: Path = PROBES) -> ProbeFigures:
    figures = ProbeFigures()
    for record in _records(probes / "inline_spam.jsonl"):
        text = clean(_article(str(record["text"]), "middle"))
        for item in record["spam"]:  # type: ignore[attr-defined]
            family = str(record.get("family", "?"))
            figures.total[family] += 1
            if _gone(item, text):
                figures.removed[family] += 1
            else:
                figures.misses.append(f"{record.get('shape')}: {item}")
        if text:  # a rejected page harms no paragraph of its own
            figures.hosts_checked += 1
            if _host_harmed(record, text):
                figures.hosts_harmed += 1
                figures.harms.append(f"host: {record['text']}")
    for record in _records(probes / "inline_clean.jsonl"):
        figures.checked += 1
        sentence = str(record["text"]).strip()
        if sentence not in clean(_article(sentence, "middle")):
            figures.harmed += 1
            figures.harms.append(sentence)
    return figures


def score_lines(clean: _Cleaner, probes: Path = PROBES) -> ProbeFigures:
    figures = ProbeFigures()
    for record in _records(probes / "noise_lines.jsonl"):
        line, kind, note = str(record["line"]), str(record["kind"]), str(record.get("note") or "")
        target = note.removeprefix("glued: ") if note.startswith("glued: ") else line
        for place in ("end",) if kind == "end_code" else PLACES:
            figures.total[kind] += 1
            if target.strip() not in clean(_article(line, place)):
                figures.removed[kind] += 1
            else:
                figures.misses.append(f"{kind} ({place}): {line}")
    for record in _records(probes / "keep_lines.jsonl"):
        line = str(record["line"]).strip()
        for place in PLACES:
            figures.checked += 1
            if line not in clean(_article(line, place)):
                figures.harmed += 1
                figures.harms.append(f"({place}) {line}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", action="store_true", help="list every miss and harm")
    parser.add_argument(
        "--probes", type=Path, default=PROBES, help="a folder of probe files (default: %(default)s)"
    )
    args = parser.parse_args()
    clean = _Cleaner(Settings())
    scorers = (
        ("inline spam", score_inline, ("inline_spam.jsonl", "inline_clean.jsonl")),
        ("noise lines", score_lines, ("noise_lines.jsonl", "keep_lines.jsonl")),
    )
    for name, score, files in scorers:
        if not any((args.probes / file).exists() for file in files):
            continue  # a folder may hold one kind of probe only
        figures = score(clean, args.probes)
        print(figures.line(name))
        if args.show:
            for miss in figures.misses:
                print("  MISS", miss)
            for harm in figures.harms:
                print("  HARM", harm)


if __name__ == "__main__":
    main()
