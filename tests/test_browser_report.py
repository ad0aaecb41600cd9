"""The HTML report in a real browser: Debian's chromium, headless, driven by Playwright.

Skipped when chromium or playwright is missing, unless CI is set (then it fails).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.models import Report
from report_fixtures import make_report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from screenshot import CHROMIUM_ARGS, chromium_path  # noqa: E402 — the script's launch settings

CHROMIUM = chromium_path()
SEED_ARTICLE = ROOT / "claims" / "msc-sle-2022" / "article.txt"
SEED_CLAIMS = ROOT / "claims" / "msc-sle-2022" / "claims.yaml"
SEED_CASSETTE = ROOT / "cassettes" / "msc-sle-2022.yaml"


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required when CI is set)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        _missing(f"{CHROMIUM} not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Page:
    """A report loaded from a file:// URL, with every non-file request blocked and recorded."""

    def __init__(self, browser: Any, report: Report, tmp_path: Path) -> None:
        path = tmp_path / "report.html"
        path.write_text(report.to_html(), encoding="utf-8")
        self.remote: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1440, "height": 1000})
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text)
                     if msg.type == "error" else None)
        self.page.goto(path.as_uri())

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.remote.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def test_click_a_claim_opens_its_evidence_card(browser: Any, tmp_path: Path) -> None:
    view = Page(browser, make_report(), tmp_path)
    page = view.page
    assert page.locator("#queue").is_visible()
    page.locator('.text a.claim[data-status="partially_supported"]').first.click()
    card = page.locator(".card.open")
    assert card.count() == 1 and card.is_visible()
    assert "A total of 404 patients were included" in card.inner_text()
    assert card.locator("mark.m-mismatch").inner_text() == "41.2%"
    assert card.locator(".mismatch").is_visible()
    assert "editor: contradicted" in card.locator(".editor-note").inner_text()
    assert card.locator('a[href="https://pubmed.ncbi.nlm.nih.gov/30428931/"]').count() >= 1
    assert not page.locator("#queue").is_visible()
    page.screenshot(path=str(tmp_path / "card.png"))
    assert (tmp_path / "card.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    card.locator("[data-back]").click()
    assert page.locator("#queue").is_visible() and page.locator(".card.open").count() == 0
    assert view.remote == [] and view.dialogs == [] and view.errors == []


def test_queue_navigation_and_filters(browser: Any, tmp_path: Path) -> None:
    page = Page(browser, make_report(), tmp_path).page
    page.locator("#queue .items a").first.click()
    assert "retracted" in page.locator(".card.open .verdict").inner_text()
    page.locator(".card.open [data-step='1']").click()
    assert "contradicted" in page.locator(".card.open .verdict").inner_text()
    page.keyboard.press("Escape")
    assert page.locator(".card.open").count() == 0

    tag = page.locator('.text a.claim[data-status="contradicted"] .tag')
    assert tag.is_visible()
    page.locator('input[data-filter="contradicted"]').uncheck()
    assert not tag.is_visible()
    assert not page.locator('#queue li[data-status="contradicted"]').is_visible()


def test_hostile_text_does_not_run(browser: Any, tmp_path: Path) -> None:
    view = Page(browser, make_report(), tmp_path)
    view.page.locator('.text a.claim[data-status="not_found"]').click()
    assert "<script>alert(1)</script>" in view.page.locator(".card.open .claim-text").inner_text()
    assert view.page.locator("img").count() == 0
    assert view.dialogs == [] and view.remote == []


def test_print_shows_every_card(browser: Any, tmp_path: Path) -> None:
    page = Page(browser, make_report(), tmp_path).page
    page.emulate_media(media="print")
    assert page.locator(".card:visible").count() == len(make_report().claims)
    assert not page.locator(".filters").is_visible()


@pytest.mark.skipif(not (SEED_ARTICLE.exists() and SEED_CASSETTE.exists()),
                    reason="seed article or cassette not in the checkout yet")
def test_seed_report_in_the_browser(browser: Any, tmp_path: Path) -> None:
    pipeline = pytest.importorskip("claimcheck.pipeline")
    claims = SEED_CLAIMS if SEED_CLAIMS.exists() else None
    report = pipeline.check(SEED_ARTICLE, claims=claims, cassette=SEED_CASSETTE, no_cache=True)
    view = Page(browser, report, tmp_path)
    view.page.locator(".text a.claim").first.click()
    card = view.page.locator(".card.open")
    assert card.is_visible()
    assert card.locator(".evidence, .no-evidence").count() >= 1
    view.page.screenshot(path=str(tmp_path / "seed.png"))
    assert view.remote == [] and view.errors == []
