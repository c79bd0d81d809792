"""Editors' verdicts: what a person decided about flagged (or unflagged) text, and the file teams
share them in. The verdict store (`pipeline.verdicts`) keeps these records; the next run obeys them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.models import Category

VERDICTS_FORMAT = "saring-verdicts"
VERDICTS_FORMAT_VERSION = 1

# `not_noise`: a rule's flag is a false positive; `confirmed`: the flag is right (it is removed
# even below the score threshold); `noise`: text no rule flagged, marked by an editor.
VerdictKind = Literal["not_noise", "confirmed", "noise"]
VERDICT_KINDS: tuple[str, ...] = VerdictKind.__args__  # type: ignore[attr-defined]


class Verdict(BaseModel):
    """One editor's decision. Verdicts apply by rule and text, not by position: a string judged not
    noise for a rule is kept wherever that rule flags it again; a string marked as noise is removed
    from every document where it recurs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: VerdictKind = Field(description="`not_noise`, `confirmed` or `noise`.")
    rule: str = Field(
        description="The rule id the verdict answers; for `noise`, the editor's rule `<category>.editor.v1`."
    )
    category: Category = Field(description="The flag's category, or the category the editor chose.")
    text: str = Field(min_length=1, description="The flagged or selected text, as shown to the editor.")
    editor: str = Field(min_length=1, max_length=100, description="The name the editor entered.")
    created_at: str = Field(description="When, as an ISO 8601 UTC timestamp.")
    doc_id: str = Field(default="", description="The document the editor was looking at.")
    source: str = Field(default="", description="That document's source.")
    start: int | None = Field(default=None, ge=0, description="The answered flag's start offset, if any.")
    end: int | None = Field(default=None, ge=0, description="The answered flag's end offset, if any.")
    run_id: str = Field(default="", description="The run whose output the editor was reviewing.")


class VerdictFile(BaseModel):
    """What `saring verdicts export` writes and `saring verdicts import` reads (JSON)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["saring-verdicts"] = VERDICTS_FORMAT
    version: int = Field(default=VERDICTS_FORMAT_VERSION, ge=1, le=VERDICTS_FORMAT_VERSION)
    verdicts: list[Verdict]
