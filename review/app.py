"""`saring review`: a local web app in which editors see every flag in context and judge it.

Pages: the overview (flags by category and rule, the texts flagged most often, filters), the flag
list (each flag highlighted in its context), the document view (the original with removed spans
struck through beside the cleaned text) and the verdicts. Verdicts go to the verdict store
(`pipeline.verdicts`) through a small JSON API; the next `saring run` obeys them.

Scraped text is hostile: every template is autoescaped, pages may run only the app's own script
(Content-Security-Policy), routes take ids, and the API accepts only JSON from the app's own origin.
"""

from __future__ import annotations

from math import ceil
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

import polars as pl
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from pipeline.verdicts import Verdicts, VerdictStore, editor_rule_id, now_utc, text_key
from review.data import RunOutput, segments
from schemas import CATEGORIES
from schemas.models import Category
from schemas.verdicts import Verdict, VerdictFile

PAGE_SIZE = 50
SAMPLE_TEXTS = 30
MAX_MARKED_CHARS = 500
VERDICT_FILTERS = ("any", "none", "not_noise", "confirmed", "noise")
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class FlagVerdictRequest(BaseModel):
    """A verdict on a flag, and so on every flag of its rule with the same text."""

    flag_id: str = Field(max_length=100)
    kind: Literal["not_noise", "confirmed"]
    editor: str = Field(max_length=100, pattern=r"\S")


class MarkNoiseRequest(BaseModel):
    """Text an editor selected in a document and marks as noise in a category."""

    doc_id: str = Field(max_length=100)
    text: str = Field(min_length=1, max_length=MAX_MARKED_CHARS)
    category: Category
    editor: str = Field(max_length=100, pattern=r"\S")


class SecurityHeaders:
    """Headers on every response: the policy that lets a page run nothing but the app's script."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)  # type: ignore[arg-type]


class FlagFilter(BaseModel):
    """What the overview and the flag list show: flags of a category, a rule, sources whose name
    contains a string, a verdict (`none`: not judged yet). Empty means any."""

    category: str = ""
    rule: str = ""
    source: str = Field(default="", max_length=500)
    verdict: str = "any"

    def apply(self, flags: pl.DataFrame) -> pl.DataFrame:
        if self.category:
            flags = flags.filter(pl.col("category") == self.category)
        if self.rule:
            flags = flags.filter(pl.col("rule") == self.rule)
        if self.source:
            flags = flags.filter(pl.col("source").str.contains(self.source, literal=True))
        if self.verdict == "none":
            flags = flags.filter(pl.col("judged") == "")
        elif self.verdict in VERDICT_FILTERS[2:]:
            flags = flags.filter(pl.col("judged") == self.verdict)
        return flags

    def query(self) -> str:
        return urlencode(FlagFilter.model_validate(self, from_attributes=True).model_dump())


class FlagPage(FlagFilter):
    """A page of the flag list (FastAPI reads a query model only when it is the sole query parameter)."""

    page: int = Field(default=1, ge=1)


def _counts(flags: pl.DataFrame, by: list[str]) -> list[dict[str, Any]]:
    return (
        flags.group_by(by)
        .agg(
            pl.len().alias("flags"),
            (pl.col("action") == "removed").sum().alias("removed"),
            (pl.col("action") == "kept").sum().alias("kept"),
            pl.col("text").first().alias("sample"),
        )
        .sort(["flags", *by], descending=[True, *[False] * len(by)])
        .to_dicts()
    )


def create_app(out_dir: Path, store_path: Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The review app over the run published in `out_dir`, with verdicts kept in `store_path`."""
    run = RunOutput(out_dir)
    store = VerdictStore(store_path)
    env = Environment(loader=PackageLoader("review"), autoescape=True)
    templates = Jinja2Templates(env=env)
    app = FastAPI(title="Saring review", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(packages=[("review", "static")]), name="static")

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        context.update(
            run_id=run.manifest["run_id"],
            out_dir=str(out_dir),
            categories=CATEGORIES,
            verdict_filters=VERDICT_FILTERS,
        )
        return templates.TemplateResponse(request, name, context)

    def current_flags() -> pl.DataFrame:
        run.refresh()
        return run.with_verdicts(Verdicts.from_history(store.all()))

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request, filters: Annotated[FlagFilter, Query()]) -> HTMLResponse:
        flags = current_flags()
        shown = filters.apply(flags)
        texts = (
            shown.group_by("rule", "category", "text_key")
            .agg(
                pl.len().alias("flags"),
                pl.col("text").first(),
                pl.col("flag_id").first(),
                pl.col("judged").first(),
                (pl.col("action") == "removed").sum().alias("removed"),
            )
            .sort(["flags", "rule", "text_key"], descending=[True, False, False])
            .head(SAMPLE_TEXTS)
            .to_dicts()
        )
        return page(
            request,
            "overview.html",
            manifest=run.manifest,
            by_category=_counts(shown, ["category"]),
            by_rule=_counts(shown, ["category", "rule"]),
            texts=texts,
            total=flags.height,
            shown=shown.height,
            rules=sorted(flags["rule"].unique().to_list()),
            filters=filters,
            flags_link="/flags?" + filters.query(),
        )

    @app.get("/flags", response_class=HTMLResponse)
    def flag_list(request: Request, filters: Annotated[FlagPage, Query()]) -> HTMLResponse:
        flags = current_flags()
        shown = filters.apply(flags).sort("source", "start", "rule")
        pages = max(1, ceil(shown.height / PAGE_SIZE))
        rows = shown.slice((filters.page - 1) * PAGE_SIZE, PAGE_SIZE).to_dicts()
        same_text = flags.group_by("rule", "text_key").len()
        counts = {(r["rule"], r["text_key"]): r["len"] for r in same_text.iter_rows(named=True)}
        for row in rows:
            row["same_text"] = counts[(row["rule"], row["text_key"])]
        return page(
            request,
            "flags.html",
            flags=rows,
            shown=shown.height,
            page_number=filters.page,
            pages=pages,
            filters=filters,
            rules=sorted(flags["rule"].unique().to_list()),
            query=filters.query(),
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        run.refresh()
        doc = run.documents.get(doc_id)
        if doc is None:
            raise HTTPException(404, "no such document in this run")
        flags = run.document_flags(doc_id)
        original = run.original_text(doc)
        verdicts = Verdicts.from_history(store.all())
        for flag in flags:
            flag["judged"] = verdicts.on(flag["rule"], flag["text"])
        return page(
            request,
            "document.html",
            doc=doc,
            flags=flags,
            original=segments(original, flags) if original is not None else None,
        )

    @app.get("/verdicts", response_class=HTMLResponse)
    def verdict_list(request: Request) -> HTMLResponse:
        history = store.all()
        # The verdicts in force are objects of `history` itself (the latest on each rule and text);
        # equal verdicts given twice are told apart by identity, not by value.
        in_force = set(map(id, Verdicts.from_history(history).latest.values()))
        return page(
            request,
            "verdicts.html",
            verdicts=[(v, id(v) in in_force) for v in reversed(history)],
            store_path=str(store.path),
        )

    @app.get("/verdicts/export")
    def export_verdicts() -> Response:
        body = VerdictFile(verdicts=store.all()).model_dump_json(indent=1) + "\n"
        return Response(
            body,
            media_type="application/json",
            headers={"content-disposition": 'attachment; filename="saring-verdicts.json"'},
        )

    @app.post("/api/verdicts/flag")
    def judge_flag(body: FlagVerdictRequest) -> JSONResponse:
        run.refresh()
        flag = run.flag(body.flag_id)
        if flag is None:
            raise HTTPException(404, "no such flag in this run")
        verdict = Verdict(
            kind=body.kind,
            rule=flag["rule"],
            category=flag["category"],
            text=flag["text"],
            editor=body.editor.strip(),
            created_at=now_utc(),
            doc_id=flag["doc_id"],
            source=flag["source"],
            start=flag["start"],
            end=flag["end"],
            run_id=run.manifest["run_id"],
        )
        (verdict_id,) = store.add([verdict])
        same = run.flags.filter(
            (pl.col("rule") == flag["rule"]) & (pl.col("text_key") == flag["text_key"])
        ).height
        return JSONResponse({"id": verdict_id, "kind": body.kind, "applies_to": same})

    @app.post("/api/verdicts/noise")
    def mark_noise(body: MarkNoiseRequest) -> JSONResponse:
        run.refresh()
        doc = run.documents.get(body.doc_id)
        if doc is None:
            raise HTTPException(404, "no such document in this run")
        key = text_key(body.text)
        original = run.original_text(doc) or ""
        if not key or (key not in text_key(original) and key not in text_key(doc.text)):
            raise HTTPException(422, "the marked text is not in this document")
        verdict = Verdict(
            kind="noise",
            rule=editor_rule_id(body.category),
            category=body.category,
            text=" ".join(body.text.split()),
            editor=body.editor.strip(),
            created_at=now_utc(),
            doc_id=doc.doc_id,
            source=doc.source,
            run_id=run.manifest["run_id"],
        )
        (verdict_id,) = store.add([verdict])
        return JSONResponse({"id": verdict_id, "kind": "noise", "rule": verdict.rule})

    @app.post("/api/verdicts/import")
    def import_verdicts(body: VerdictFile) -> JSONResponse:
        added, held = store.merge(body.verdicts)
        return JSONResponse({"added": added, "already_held": held})

    app.add_middleware(SecurityHeaders)
    # Refuses requests for any other host name: a page on the web that rebinds its name to
    # 127.0.0.1 cannot reach the app (and the API's JSON bodies need a CORS preflight it never gets).
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or ["127.0.0.1", "localhost"])
    return app
