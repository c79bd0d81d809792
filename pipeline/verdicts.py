"""Editors' verdicts: the SQLite store the review app writes, and the frozen set a run obeys.

A verdict answers a rule and a text, not a position: judging `slot penerbangan` not noise for
`injected_spam.inline_phrase.v1` keeps it wherever that rule flags it again, in any document of any
later run; marking `Gabung grup WA kami` as noise removes it from every document where it recurs,
as flags of the editor's rule `<category>.editor.v1`. Texts are compared case-insensitively with
runs of whitespace folded (`text_key`). The latest verdict on a rule and text wins, so an editor can
change their mind, and a `not_noise` verdict on an editor's rule withdraws that mark.

The store keeps every verdict ever given (who, when, which flag); a run reads the store once, writes
what is in force into its staging folder (`verdicts.json`, published with the run's tables), and
every worker reads that snapshot: a verdict given while a run is going applies from the next run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.output import META_DIR
from pipeline.rules.base import Flag, compile_phrases
from schemas.verdicts import Verdict, VerdictFile

VERDICTS_SNAPSHOT = "verdicts.json"
DEFAULT_STORE_NAME = "verdicts.sqlite"  # under OUT/.saring/ unless a path is configured
EDITOR_SCORE = 1.0

_COLUMNS = tuple(Verdict.model_fields)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS verdicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text_key TEXT NOT NULL,
    {", ".join(f'"{name}"' for name in _COLUMNS)}
);
CREATE INDEX IF NOT EXISTS verdicts_by_rule_text ON verdicts (rule, text_key);
"""


def text_key(text: str) -> str:
    """The form in which verdict texts are compared: case-folded, whitespace runs folded.

    >>> text_key("  Slot  GACOR\\nhari ini ")
    'slot gacor hari ini'
    """
    return " ".join(text.casefold().split())


def editor_rule_id(category: str) -> str:
    """The rule id of text an editor marked as noise in `category`; the category leads, as in every
    rule id, so that counts by category need no special case."""
    return f"{category}.editor.v1"


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class VerdictStore:
    """Every verdict ever given, in an SQLite file (one connection per call: the review app's
    threads and a run may use the file at the same time)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
            conn.executescript(_SCHEMA)
            yield conn

    def add(self, verdicts: Iterable[Verdict]) -> list[int]:
        """Store `verdicts`; return their ids."""
        columns = ", ".join(f'"{name}"' for name in ("text_key", *_COLUMNS))
        marks = ", ".join("?" for _ in range(len(_COLUMNS) + 1))
        ids: list[int] = []
        with self._connect() as conn:
            for verdict in verdicts:
                values = verdict.model_dump()
                cursor = conn.execute(
                    f"INSERT INTO verdicts ({columns}) VALUES ({marks})",
                    (text_key(verdict.text), *(values[name] for name in _COLUMNS)),
                )
                ids.append(int(cursor.lastrowid or 0))
        return ids

    def all(self) -> list[Verdict]:
        """Every verdict, oldest first."""
        if not self.path.exists():
            return []
        columns = ", ".join(f'"{name}"' for name in _COLUMNS)
        with self._connect() as conn:
            rows = conn.execute(f"SELECT {columns} FROM verdicts ORDER BY id").fetchall()
        return [Verdict.model_validate(dict(zip(_COLUMNS, row, strict=True))) for row in rows]

    def export(self, path: Path | str) -> int:
        """Write every verdict to a JSON file others can import; return how many."""
        verdicts = self.all()
        Path(path).write_text(VerdictFile(verdicts=verdicts).model_dump_json(indent=1) + "\n")
        return len(verdicts)

    def import_file(self, path: Path | str) -> tuple[int, int]:
        """Add the verdicts of an exported file that this store does not hold yet; return (added,
        already held)."""
        return self.merge(VerdictFile.model_validate_json(Path(path).read_bytes()).verdicts)

    def merge(self, incoming: list[Verdict]) -> tuple[int, int]:
        """Add the verdicts this store does not hold yet (the same kind, rule, text, editor and
        time: importing a file twice adds nothing); return (added, already held)."""
        held = {_identity(v) for v in self.all()}
        new: list[Verdict] = []
        for verdict in incoming:
            if _identity(verdict) not in held:
                held.add(_identity(verdict))
                new.append(verdict)
        self.add(new)
        return len(new), len(incoming) - len(new)


def _identity(verdict: Verdict) -> tuple[str, str, str, str, str]:
    return (verdict.kind, verdict.rule, verdict.text, verdict.editor, verdict.created_at)


@dataclass(frozen=True)
class Verdicts:
    """The verdicts in force for a run: the latest verdict on each rule and text."""

    latest: dict[tuple[str, str], Verdict] = field(default_factory=dict)

    @classmethod
    def from_history(cls, verdicts: Iterable[Verdict]) -> Verdicts:
        latest: dict[tuple[str, str], Verdict] = {}
        for verdict in verdicts:  # oldest first: a later verdict replaces an earlier one
            latest[(verdict.rule, text_key(verdict.text))] = verdict
        return cls(latest)

    def __len__(self) -> int:
        return len(self.latest)

    def on(self, rule: str, text: str) -> str:
        """The verdict in force on `text` flagged by `rule`: a `VerdictKind`, or "" for none."""
        verdict = self.latest.get((rule, text_key(text)))
        return verdict.kind if verdict else ""

    def marked_as_noise(self) -> dict[str, list[str]]:
        """Texts editors marked as noise, by the category they chose."""
        marked: dict[str, list[str]] = {}
        for verdict in self.latest.values():
            if verdict.kind == "noise":
                marked.setdefault(verdict.category, []).append(verdict.text)
        return {category: sorted(texts) for category, texts in sorted(marked.items())}


class EditorMarks:
    """Finds the texts editors marked as noise in a page's text: each occurrence (case-insensitive,
    any spacing, on word boundaries) becomes a flag of the editor's rule for the chosen category."""

    def __init__(self, verdicts: Verdicts) -> None:
        self.patterns = [
            (category, compile_phrases(texts)) for category, texts in verdicts.marked_as_noise().items()
        ]

    def flags(self, text: str) -> list[Flag]:
        return [
            Flag(editor_rule_id(category), category, match.start(), match.end(), EDITOR_SCORE)
            for category, pattern in self.patterns
            for match in pattern.finditer(text)
            if match.end() > match.start()
        ]


def store_path(out_dir: Path, configured: Path | None = None) -> Path:
    """Where the verdicts on the runs published in `out_dir` are kept."""
    return configured if configured is not None else out_dir / META_DIR / DEFAULT_STORE_NAME


def write_snapshot(store: VerdictStore, path: Path) -> tuple[int, str]:
    """Write the verdicts in force to `path` (a run's staging folder); return how many, and the
    file's SHA-256."""
    in_force = list(Verdicts.from_history(store.all()).latest.values())
    data = VerdictFile(verdicts=in_force).model_dump_json(indent=1).encode() + b"\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return len(in_force), hashlib.sha256(data).hexdigest()


def read_snapshot(path: Path) -> Verdicts:
    """The verdicts a run obeys; none when the run wrote no snapshot."""
    if not path.exists():
        return Verdicts()
    return Verdicts.from_history(VerdictFile.model_validate_json(path.read_bytes()).verdicts)
