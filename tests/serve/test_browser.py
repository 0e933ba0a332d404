"""The demo site in a real browser (Debian Chromium driven by Playwright): search, person,
explanation, upload, the XSS case, and screenshots at laptop and phone widths."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import CVS, XSS_DOC

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing: apt-get install chromium to run browser tests")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo library (bundled samples + the XSS document) served by uvicorn in a thread."""
    import uvicorn

    from scholarscope.serve.app import Settings, create_app
    from scholarscope.serve.demo import prepare, sample_paths

    folder = tmp_path_factory.mktemp("site")
    xss = folder / "99_mallory-xss.txt"
    xss.write_text(XSS_DOC, "utf-8")
    db = folder / "demo.db"
    prepare(str(db), [*sample_paths(), xss])
    port = _free_port()
    app = create_app(Settings(db_url=str(db), uploads_dir=str(folder / "uploads")))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def snap(page: Any, shots: Path, name: str) -> Path:
    """Full-page screenshot into the temp folder (and out/screenshots/ when SCHOLARSCOPE_SCREENSHOTS is set)."""
    path = shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("SCHOLARSCOPE_SCREENSHOTS"):
        out = ROOT / "out" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, out / path.name)
    assert path.stat().st_size > 1000
    return path


def new_page(browser: Any, viewport: dict[str, int]) -> Any:
    page = browser.new_page(viewport=viewport)
    page.set_default_timeout(10_000)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    return page


def no_sideways_scroll(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"page is {width}px wide"


@pytest.mark.parametrize("viewport,label", [(LAPTOP, "laptop"), (PHONE, "phone")])
def test_search_person_explain(site: str, browser: Any, shots: Path, viewport: dict[str, int], label: str) -> None:
    page = new_page(browser, viewport)
    page.goto(site + "/")
    snap(page, shots, f"home-{label}")
    page.fill(".bigsearch input[name=q]", "long-context LLM acceleration")
    page.click(".bigsearch button")
    page.wait_for_url("**/search?**")
    people = page.locator("a.person-hit")
    assert people.count() >= 2
    names = people.all_inner_texts()
    assert names[0] in ("Mira Castellanos", "Tobias Renn"), names
    assert "Long-Context" in page.locator("ol.works-results").inner_text()
    snap(page, shots, f"search-{label}")
    no_sideways_scroll(page)
    page.locator("a.person-hit", has_text="Mira Castellanos").click()
    page.wait_for_url("**/people/*")
    assert page.locator("h1").inner_text() == "Mira Castellanos"
    assert page.locator("svg.chart rect").count() >= 1 and page.locator("svg.graph circle").count() >= 3
    assert page.locator(".authors .me").count() >= 5  # the person is highlighted in every author list
    assert page.locator(".badge.honour", has_text="oral").count() >= 1
    snap(page, shots, f"person-{label}")
    no_sideways_scroll(page)
    page.click(".card[data-metric=first_author]")
    page.wait_for_url("**/explain/first_author")
    rows = page.locator("table.explain-works tbody tr")
    assert rows.count() == int(page.locator("h1").inner_text().split(":")[-1])
    snap(page, shots, f"explain-{label}")
    page.locator("table.explain-works a.src").first.click()
    page.wait_for_url("**/source/**")
    assert page.locator("mark#span").inner_text().strip()
    assert "mira.castellanos@example.org" not in page.content()  # contacts hidden by default
    snap(page, shots, f"source-{label}")
    page.close()


def test_work_page_and_compare(site: str, browser: Any, shots: Path) -> None:
    page = new_page(browser, LAPTOP)
    page.goto(site + "/search?q=sparse+prefix+caching")
    page.locator("a.work-hit").first.click()
    page.wait_for_url("**/works/*")
    assert page.locator("article.claim").count() == 2  # the student's CV and the advisor's list
    snap(page, shots, "work-laptop")
    page.goto(site + "/compare")
    page.fill("#ids", "Mira Castellanos, Tobias Renn")
    page.click(".compare-form button")
    page.wait_for_url("**/compare?**")
    assert page.locator("table.compare thead th").count() == 3
    snap(page, shots, "compare-laptop")
    page.close()


def test_upload(site: str, browser: Any, shots: Path, tmp_path: Path) -> None:
    good = tmp_path / "zielinski.txt"
    shutil.copy(CVS / "02_zielinski-wireless-ieee.txt", good)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not a pdf")
    page = new_page(browser, LAPTOP)
    page.goto(site + "/upload")
    page.set_input_files("#files", [str(good), str(bad)])
    assert page.locator("#chosen li").count() == 2
    page.click("#upload-form button")
    page.wait_for_selector(".upload-result")
    text = page.locator(".upload-result").inner_text()
    assert "zielinski.txt" in text and "new" in text
    assert "broken.pdf" in text and page.locator("tr.status-failed .error").count() == 1
    snap(page, shots, "upload-laptop")
    page.locator(".upload-result a", has_text="Zieli").first.click()
    page.wait_for_url("**/people/*")
    assert "Zieli" in page.locator("h1").inner_text()
    page.close()


def test_document_text_cannot_run_script(site: str, browser: Any, shots: Path) -> None:
    page = new_page(browser, LAPTOP)
    page.goto(site + "/search?q=attacks+quoted+parsers")
    hit = page.locator("a.work-hit").first
    assert "<script>" in hit.inner_text()  # shown as text
    hit.click()
    page.wait_for_url("**/works/*")
    assert "<script>" in page.locator("h1").inner_text()
    page.locator("a.src").first.click()
    page.wait_for_url("**/source/**")
    assert "<b>bold</b>" in page.locator("pre.source").inner_text()
    assert page.evaluate("document.querySelectorAll('main script, main b').length") == 0
    page.goto(site + "/people?offset=0")
    page.locator("a", has_text="Eve Mallory").first.click()
    page.wait_for_url("**/people/*")
    snap(page, shots, "xss-person-laptop")
    assert page.dialogs == []
    page.close()


@pytest.mark.parametrize("viewport,label", [(LAPTOP, "laptop"), (PHONE, "phone")])
def test_search_by_meaning(site: str, browser: Any, shots: Path, viewport: dict[str, int], label: str) -> None:
    page = new_page(browser, viewport)
    page.goto(site + "/search?q=" + "long-context LLM acceleration".replace(" ", "+"))
    assert page.locator(".modes .mode.current").inner_text() == "Words + meaning"  # hybrid by default
    page.locator(".modes a.mode-semantic").click()
    page.wait_for_url("**mode=semantic**")
    assert page.locator(".modes .mode.current").inner_text() == "Meaning"
    note = page.locator(".ranking-note").inner_text()
    assert "Ranked by semantic" in note and "embedding:" in note
    names = page.locator("a.person-hit").all_inner_texts()
    assert {"Mira Castellanos", "Tobias Renn"} <= set(names[:4]), names
    assert "long-context" in page.locator("ol.works-results a.work-hit").first.inner_text().lower()
    snap(page, shots, f"search-meaning-{label}")
    no_sideways_scroll(page)
    page.fill(".searchbar input[name=q]", "making language models faster")  # the mode carries over
    page.press(".searchbar input[name=q]", "Enter")
    page.wait_for_url("**q=making**")
    assert "mode=semantic" in page.url and page.locator("a.work-hit").count() >= 1
    page.close()


def test_field_facet(site: str, browser: Any, shots: Path) -> None:
    page = new_page(browser, LAPTOP)
    page.goto(site + "/search?q=learning")
    facet = page.locator("ul.facet-field li a").first
    tag = facet.inner_text()
    facet.click()
    page.wait_for_url(f"**field={tag}**")
    assert f"field = {tag}" in page.locator(".result-summary").inner_text()
    tags = page.locator("ol.works-results .field-tag").all_inner_texts()
    assert tags and set(tags) == {tag} and len(tags) == page.locator("a.work-hit").count()
    snap(page, shots, "search-field-facet-laptop")
    page.locator(".result-summary a[aria-label='remove field filter']").click()
    page.wait_for_url(lambda url: "field=" not in url)
    assert page.locator("a.work-hit").count() > len(tags)
    page.close()
