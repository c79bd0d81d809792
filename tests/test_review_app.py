"""The review app over HTTP, without a browser: pages, ids, escaping, the verdict API's checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from fastapi.testclient import TestClient

from pipeline.config import Settings
from pipeline.run import run_local
from review.app import create_app
from review.data import RunOutput, segments
from tests.review_fixtures import (
    MISSED_PROMO,
    PROMO_DOCS,
    RECORDS_SOURCE,
    SPAM_FALSE_POSITIVE,
    XSS_SOURCE,
    kept_doc_id,
    make_review_raw,
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[tuple[TestClient, Path]]:
    base = tmp_path_factory.mktemp("review-app")
    out = base / "out"
    run_local(make_review_raw(base / "raw"), out, settings)
    with TestClient(create_app(out, base / "verdicts.sqlite", ["testserver"])) as client:
        yield client, out


def test_pages_answer_and_forbid_foreign_scripts(served: tuple[TestClient, Path]) -> None:
    client, out = served
    for path in (
        "/",
        "/?category=injected_spam",
        "/flags?verdict=none&page=1",
        "/verdicts",
        "/static/review.js",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
    assert SPAM_FALSE_POSITIVE in client.get("/flags?category=injected_spam").text
    assert client.get(f"/documents/{kept_doc_id(out, PROMO_DOCS[0])}").status_code == 200


def test_a_record_shows_its_original_and_a_rejected_document_its_reason(
    served: tuple[TestClient, Path],
) -> None:
    client, out = served
    html = client.get(f"/documents/{kept_doc_id(out, RECORDS_SOURCE + '#1')}").text
    assert 'id="original"' in html and 'id="no-original"' not in html
    assert "Panen Raya Padi di Karawang" in html
    rejected = pl.read_parquet(out / "rejected" / "*.parquet").filter(
        pl.col("source") == RECORDS_SOURCE + "#2"
    )
    html = client.get(f"/documents/{rejected['doc_id'][0]}").text
    assert 'id="rejection"' in html and "too_short" in html


def test_routes_take_ids_never_paths(served: tuple[TestClient, Path]) -> None:
    client, _ = served
    for path in (
        "/documents/..%2F..%2Fetc%2Fpasswd",
        "/documents/000_4b5ed426e38bc02b.txt",
        "/documents/nope",
    ):
        assert client.get(path).status_code == 404, path
    response = client.post(
        "/api/verdicts/flag", json={"flag_id": "nope-0", "kind": "not_noise", "editor": "R"}
    )
    assert response.status_code == 404


def test_document_text_is_escaped(served: tuple[TestClient, Path]) -> None:
    client, out = served
    html = client.get(f"/documents/{kept_doc_id(out, XSS_SOURCE)}").text
    assert "&lt;script&gt;window.__xss = 1" in html
    assert "&lt;img src=x onerror=" in html
    assert "<script>window" not in html and "<img src=x" not in html and "<svg" not in html
    flags_html = client.get("/flags?source=xss").text
    assert "&lt;img src=x onerror=&#34;window.__xss = 2&#34;&gt;" in flags_html


def test_verdict_api_checks_what_it_is_given(served: tuple[TestClient, Path]) -> None:
    client, out = served
    doc_id = kept_doc_id(out, PROMO_DOCS[0])
    flag = {"flag_id": f"{doc_id}-0", "kind": "not_noise", "editor": "  "}
    assert client.post("/api/verdicts/flag", json=flag).status_code == 422  # a name is required
    mark = {
        "doc_id": doc_id,
        "text": "teks yang tidak ada di dokumen ini",
        "category": "boilerplate",
        "editor": "R",
    }
    assert client.post("/api/verdicts/noise", json=mark).status_code == 422
    mark["text"], mark["category"] = MISSED_PROMO, "not_a_category"
    assert client.post("/api/verdicts/noise", json=mark).status_code == 422
    # A form posted from another site carries no JSON: refused, nothing stored.
    mark["category"] = "boilerplate"
    body = "&".join(f"{k}={v}" for k, v in mark.items())
    form = client.post(
        "/api/verdicts/noise", content=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert form.status_code == 422
    # A host name other than the app's own (DNS rebinding) is refused.
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    response = client.post("/api/verdicts/noise", json=mark)
    assert response.status_code == 200 and response.json()["rule"] == "boilerplate.editor.v1"


def test_verdicts_export_and_import_through_the_app(served: tuple[TestClient, Path], tmp_path: Path) -> None:
    client, out = served
    flags = RunOutput(out).flags.filter(pl.col("text") == SPAM_FALSE_POSITIVE)
    judged = {"flag_id": flags["flag_id"][0], "kind": "confirmed", "editor": "Rina"}
    response = client.post("/api/verdicts/flag", json=judged)
    assert response.status_code == 200 and response.json()["applies_to"] == 1
    exported = client.get("/verdicts/export")
    assert "attachment" in exported.headers["content-disposition"]
    verdicts = exported.json()["verdicts"]
    assert ("confirmed", "Rina", SPAM_FALSE_POSITIVE) in {
        (v["kind"], v["editor"], v["text"]) for v in verdicts
    }
    imported = client.post("/api/verdicts/import", json=exported.json()).json()
    assert imported == {"added": 0, "already_held": len(verdicts)}
    assert SPAM_FALSE_POSITIVE in client.get("/flags?verdict=confirmed").text
    assert SPAM_FALSE_POSITIVE not in client.get("/flags?verdict=none").text


def test_segments_strike_removed_spans_and_show_kept_ones() -> None:
    text = "aaa bbb ccc ddd"
    flags = [
        {"start": 4, "end": 11, "action": "removed", "category": "boilerplate", "rule": "boilerplate.x.v1"},
        {"start": 8, "end": 15, "action": "kept", "category": "placeholder", "rule": "placeholder.y.v1"},
    ]
    shown = [(s.text, s.state, s.category) for s in segments(text, flags)]
    assert shown == [
        ("aaa ", "", ""),
        ("bbb ", "removed", "boilerplate"),
        ("ccc", "removed", "boilerplate"),
        (" ddd", "kept", "placeholder"),
    ]
    assert "".join(s.text for s in segments(text, flags)) == text
