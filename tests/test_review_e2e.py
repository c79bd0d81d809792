"""The review app end to end, in a real headless Chromium (Debian's `chromium`, driven by Playwright):
an editor judges a run, the pipeline runs again, and the new output obeys both verdicts.

One run and one server serve the whole module; screenshots of every page go to the module's
temporary folder (`screenshots/`).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from pipeline.config import Settings
from pipeline.run import run_local
from pipeline.verdicts import store_path
from review.app import create_app
from tests.review_fixtures import (
    MISSED_PROMO,
    PROMO_DOCS,
    SPAM_FALSE_POSITIVE,
    XSS_SOURCE,
    kept_doc_id,
    make_review_raw,
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():  # `.ci/run` installs it; a developer machine may lack it
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

EDITOR = "Rina (test)"


@dataclass
class ReviewSite:
    raw: Path
    out: Path
    url: str
    screenshots: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[ReviewSite]:
    """A run over the small review folder, served by the app on a free loopback port."""
    base = tmp_path_factory.mktemp("review-e2e")
    raw, out = make_review_raw(base / "raw"), base / "out"
    run_local(raw, out, settings)
    port = _free_port()
    config = uvicorn.Config(
        create_app(out, store_path(out)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review app did not start")
        time.sleep(0.05)
    yield ReviewSite(raw, out, f"http://127.0.0.1:{port}", base / "screenshots")
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()
    assert dialogs == [], f"a page opened a dialog: {dialogs}"


def _shot(page: Page, site: ReviewSite, name: str) -> Path:
    site.screenshots.mkdir(parents=True, exist_ok=True)
    path = site.screenshots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    return path


def _status(page: Page) -> str:
    status = page.locator("#status")
    expect(status).not_to_be_empty()
    return status.inner_text()


def test_editor_judges_a_run_and_the_next_run_obeys(page: Page, site: ReviewSite, settings: Settings) -> None:
    # The overview, then filtered to injected_spam.
    page.goto(site.url + "/")
    expect(page.locator("h1")).to_have_text("Overview")
    _shot(page, site, "overview")
    page.fill("#editor-name", EDITOR)
    page.click("#editor-save")
    assert EDITOR in _status(page)
    page.select_option("#filter-category", "injected_spam")
    page.click("#filter-apply")
    categories = page.locator("#by-category tbody tr td:first-child").all_inner_texts()
    assert categories == ["injected_spam"]
    _shot(page, site, "overview-injected-spam")

    # The flag list of injected_spam: judge the gambling-results phrase not noise.
    page.click("#flags-link")
    expect(page.locator("h1")).to_have_text("Flags")
    flags = page.locator("li.flag")
    assert {c for c in flags.evaluate_all("els => els.map(e => e.dataset.category)")} == {"injected_spam"}
    target = flags.filter(has_text=SPAM_FALSE_POSITIVE).first
    expect(target.locator("mark")).to_have_text(SPAM_FALSE_POSITIVE)
    _shot(page, site, "flags")
    target.get_by_role("button", name="Not noise").click()
    assert "Saved: not noise" in _status(page)
    expect(target.locator(".judged")).to_have_text("not_noise")

    # A document view: select the promotional line no rule caught and mark it as noise.
    page.goto(f"{site.url}/documents/{kept_doc_id(site.out, PROMO_DOCS[0])}")
    original = page.locator("#original")
    expect(original).to_contain_text(MISSED_PROMO)
    original.evaluate(
        """(pane, wanted) => {
            const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(wanted);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + wanted.length);
                    document.getSelection().removeAllRanges();
                    document.getSelection().addRange(range);
                    return;
                }
            }
            throw new Error("text not found");
        }""",
        MISSED_PROMO,
    )
    expect(page.locator("#mark-text")).to_have_value(MISSED_PROMO)
    page.select_option("#mark-category", "boilerplate")
    _shot(page, site, "document")
    page.click("#mark-noise")
    assert "Marked as boilerplate" in _status(page)

    page.goto(site.url + "/verdicts")
    rows = page.locator("#verdicts tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text(EDITOR)
    _shot(page, site, "verdicts")

    # The next run obeys both verdicts.
    manifest = run_local(site.raw, site.out, settings)
    assert manifest.verdicts["in_force"] == 2
    assert manifest.verdicts["not_noise_kept"] == 1
    assert manifest.verdicts["editor_removed"] == len(PROMO_DOCS)
    flags_table = pl.read_parquet(site.out / "flags" / "*.parquet")
    judged = flags_table.filter(pl.col("text") == SPAM_FALSE_POSITIVE)
    assert judged.select("action", "verdict").rows() == [("kept", "not_noise")]
    marked = flags_table.filter(pl.col("rule") == "boilerplate.editor.v1")
    assert sorted(marked["source"]) == sorted(PROMO_DOCS)
    assert set(marked.select("category", "action", "verdict").rows()) == {("boilerplate", "removed", "noise")}
    corpus = pl.read_parquet(site.out / "corpus" / "*.parquet")
    texts = dict(corpus.select("source", "text").rows())
    assert SPAM_FALSE_POSITIVE in texts["003_afdf3167b2d8aa35.txt"]
    assert not any(MISSED_PROMO in text for text in texts.values())

    # The app follows the newly published run: the flag shows the verdict it obeyed.
    page.goto(site.url + "/flags?category=injected_spam")
    expect(page.locator("li.flag", has_text=SPAM_FALSE_POSITIVE).first).to_contain_text(
        "obeyed verdict: not_noise"
    )
    _shot(page, site, "flags-after-rerun")
    page.goto(f"{site.url}/documents/{kept_doc_id(site.out, PROMO_DOCS[0])}")
    expect(page.locator("#original del.cat-boilerplate")).to_have_text(MISSED_PROMO)
    expect(page.locator("#cleaned")).not_to_contain_text(MISSED_PROMO)
    _shot(page, site, "document-after-rerun")


def test_script_and_markup_in_a_document_render_as_text(page: Page, site: ReviewSite) -> None:
    doc_id = kept_doc_id(site.out, XSS_SOURCE)
    pages = {
        "xss-overview": "/?source=xss",
        "xss-flags": "/flags?source=xss",
        "xss-document": f"/documents/{doc_id}",
    }
    for name, path in pages.items():
        page.goto(site.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined", name
        assert page.locator("main script, main img, main svg").count() == 0, name
        _shot(page, site, name)
    document_text = page.locator("#original").inner_text() + page.locator("#cleaned").inner_text()
    assert '<script>window.__xss = 1; alert("xss")</script>' in document_text
    assert '<svg onload="window.__xss = 4">' in document_text
    page.goto(site.url + "/flags?source=xss")
    marks = page.locator("li.flag mark").all_inner_texts()
    assert any(text.startswith('<img src=x onerror="window.__xss = 2">') for text in marks)
