"""One document through every stage: extract, normalise, detect, decide and apply, filter, validate.

`DocumentCleaner` is built once per worker (it compiles the lexicons and loads language profiles)
and then cleans documents one at a time; it keeps seconds per stage for the run manifest.
"""

from __future__ import annotations

import hashlib
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any

from pydantic import ValidationError

from pipeline.apply import Decision, apply_removals, decide, merge_spans
from pipeline.config import PIPELINE_VERSION, Settings, load_rule_data
from pipeline.corpus_pass import CorpusPassConfig, DocumentSummariser
from pipeline.extract import Extracted, html_to_text
from pipeline.filters import DocumentFilters, body_words, has_prose
from pipeline.langid import LanguageIdentifier
from pipeline.normalise import normalise_text, normalised_links
from pipeline.page import analyse_page
from pipeline.quality import measure_quality
from pipeline.readers import ReadFailure
from pipeline.rules import Ruleset
from pipeline.text import words
from pipeline.verdicts import EditorMarks, Verdicts
from schemas import (
    SCHEMA_VERSION,
    CleanDocument,
    DocumentSignals,
    NoiseFlag,
    QuarantinedInput,
    RawDocument,
    RejectedDocument,
)


def make_doc_id(source: str, raw_sha256: str) -> str:
    """Stable id from the source identity and the raw content: reruns give the same ids."""
    return hashlib.sha256(f"{source}\n{raw_sha256}".encode()).hexdigest()[:16]


def quarantine_record(failure: ReadFailure) -> QuarantinedInput:
    return QuarantinedInput(
        source=failure.source,
        error=failure.error,
        detail=failure.detail,  # type: ignore[arg-type]
        raw_bytes=failure.raw_head,
        raw_size=failure.raw_size,
        raw_sha256=failure.raw_sha256,
        schema_version=SCHEMA_VERSION,
        pipeline_version=PIPELINE_VERSION,
    )


@dataclass(slots=True)
class DocumentOutcome:
    """Exactly one of `kept`, `rejected`, `quarantined` is set; `flags` may accompany kept or rejected."""

    kept: CleanDocument | None = None
    rejected: RejectedDocument | None = None
    quarantined: QuarantinedInput | None = None
    flags: list[NoiseFlag] = field(default_factory=list)
    signals: DocumentSignals | None = None  # with kept or rejected
    # With kept documents: what the corpus pass reads (see pipeline.corpus_pass).
    summary: dict[str, Any] | None = None
    line_summaries: list[dict[str, Any]] = field(default_factory=list)
    pre_corpus_row: dict[str, Any] | None = None
    # Flags whose action an editor's verdict decided, by kind of change (see Decision.verdict_change).
    verdict_changes: dict[str, int] = field(default_factory=dict)


class StageClock:
    """Seconds spent per stage, summed over documents."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._last = perf_counter()

    def start(self) -> None:
        self._last = perf_counter()

    def lap(self, stage: str) -> None:
        now = perf_counter()
        self.seconds[stage] += now - self._last
        self._last = now


def extracted_content(raw: RawDocument) -> Extracted:
    """The document's text before normalisation (HTML made into lines), its title hint and its links."""
    if raw.content_type == "html":
        extracted = html_to_text(raw.content)
        return Extracted(extracted.text, raw.title_hint or extracted.title_hint, extracted.links)
    return Extracted(raw.content, raw.title_hint)


class DocumentCleaner:
    def __init__(self, settings: Settings, verdicts: Verdicts | None = None) -> None:
        self.settings = settings
        self.ruleset = Ruleset.from_settings(settings)
        self.verdicts = verdicts or Verdicts()
        self.editor_marks = EditorMarks(self.verdicts)
        data = load_rule_data(settings)
        self.langid = LanguageIdentifier(
            settings.language.seed,
            settings.language.max_chars,
            tuple(settings.language.targets),
            data["langid"],
        )
        self.filters = DocumentFilters.from_data(settings.filters, settings.language, data["filters"])
        self.summariser = DocumentSummariser(CorpusPassConfig.from_data(data["dedup"]))
        self.clock = StageClock()

    def _flag_rows(self, doc_id: str, source: str, text: str, decisions: list[Decision]) -> list[NoiseFlag]:
        width = self.settings.output.context_chars
        return [
            NoiseFlag(
                doc_id=doc_id,
                source=source,
                category=d.flag.category,
                rule=d.flag.rule,  # type: ignore[arg-type]
                start=d.flag.start,
                end=d.flag.end,
                text=text[d.flag.start : d.flag.end],
                context_before=text[max(0, d.flag.start - width) : d.flag.start],
                context_after=text[d.flag.end : d.flag.end + width],
                action=d.action,
                score=round(d.flag.score, 4),  # type: ignore[arg-type]
                verdict=d.verdict,  # type: ignore[arg-type]
            )
            for d in decisions
        ]

    def _clean(self, raw: RawDocument) -> DocumentOutcome:
        clock = self.clock
        clock.start()
        content = extracted_content(raw)
        if raw.content_type == "html":
            clock.lap("extract")
        text = normalise_text(content.text)
        page = analyse_page(text, content.title_hint, normalised_links(content.links))
        clock.lap("normalise")
        flags = self.ruleset.detect(page)
        if self.editor_marks.patterns:
            flags = sorted(flags + self.editor_marks.flags(text), key=lambda f: (f.start, f.end, f.rule))
        clock.lap("detect")
        decisions = decide(flags, self.settings.decision, text, self.verdicts)
        verdict_changes = Counter(d.verdict_change for d in decisions if d.verdict_change)
        removed = [d.flag for d in decisions if d.removed]
        cleaned = apply_removals(page, removed)
        clock.lap("apply")

        category_signals = self.ruleset.measure(page)
        quality = measure_quality(cleaned.text, self.filters.quality)
        clock.lap("quality")
        guess = self.langid.identify(cleaned.text)
        clock.lap("langid")
        n_words = len(words(cleaned.text))
        rejection = self.filters.decide(
            n_words,
            category_signals["spam_phrase_share"],
            guess,
            quality,
            before=text,
            body=body_words(page, cleaned),
            prose_left=has_prose(cleaned),
        )

        doc_id = make_doc_id(raw.source, raw.raw_sha256)
        flag_rows = self._flag_rows(doc_id, raw.source, text, decisions)
        versions = {"schema_version": SCHEMA_VERSION, "pipeline_version": PIPELINE_VERSION}
        removed_chars = sum(end - start for start, end in merge_spans([(f.start, f.end) for f in removed]))
        signals = DocumentSignals(
            doc_id=doc_id,
            source=raw.source,
            decision=rejection.reason if rejection else "kept",
            removed_char_share=round(removed_chars / len(text), 4) if text else 0.0,
            language=guess.language,
            language_score=guess.score,
            indonesian_share=guess.indonesian_share,
            regional_share=guess.regional_share,
            regional_language=guess.regional_language,
            **category_signals,
            **quality,
            **versions,
        )
        if rejection is not None:
            outcome = DocumentOutcome(
                rejected=RejectedDocument(
                    doc_id=doc_id,
                    source=raw.source,
                    url=raw.url,
                    reason=rejection.reason,  # type: ignore[arg-type]
                    detail=rejection.detail,
                    text=cleaned.text,
                    raw_sha256=raw.raw_sha256,
                    **versions,
                ),
                flags=flag_rows,
                signals=signals,
                verdict_changes=dict(verdict_changes),
            )
        else:
            kept = CleanDocument(
                doc_id=doc_id,
                source=raw.source,
                url=raw.url,
                title=cleaned.title,
                text=cleaned.text,
                language=guess.language,
                language_score=guess.score,
                n_chars=len(cleaned.text),
                n_words=n_words,
                n_flags=len(flag_rows),
                raw_sha256=raw.raw_sha256,
                **versions,
            )
            clock.lap("validate")
            summary, line_summaries, pre_row = self.summariser.summarise(kept, raw.url, page, cleaned)
            outcome = DocumentOutcome(
                kept=kept,
                flags=flag_rows,
                signals=signals,
                summary=summary,
                line_summaries=line_summaries,
                pre_corpus_row=pre_row,
                verdict_changes=dict(verdict_changes),
            )
            clock.lap("summarise")
            return outcome
        clock.lap("validate")
        return outcome

    def clean(self, raw: RawDocument) -> DocumentOutcome:
        """Clean one document. Never raises: a document that breaks a stage is quarantined with the reason."""
        try:
            return self._clean(raw)
        except ValidationError as exc:
            error, detail = "invalid_document", f"the cleaned document failed validation: {exc}"
        except Exception as exc:  # a bug must cost one document, not the run
            error = "internal_error"
            detail = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
        # The decoded content stands in for the raw bytes (they were not kept); the hash is the raw one.
        data = raw.content.encode("utf-8", "surrogatepass")
        keep = self.settings.output.quarantine_max_bytes
        failure = ReadFailure(raw.source, error, detail, data[:keep], len(data), raw.raw_sha256)
        return DocumentOutcome(quarantined=quarantine_record(failure))
