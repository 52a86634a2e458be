"""End to end in headless Chromium: the page an analyst uses, clicked like an analyst would.

Uses Debian's /usr/bin/chromium through Playwright (never a downloaded browser);
skipped with a reason when it is absent. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import expect

from dragoman.web.app import create_app
from web_fixtures import XSS_TITLE, build_store

# a loaded 2-core CI box can take more than the default 5 s to redraw after a filter change
expect.set_options(timeout=15_000)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                                "(apt-get install chromium; .ci/run does)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("browser") / "store.duckdb")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url: str):
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000})
    pg = ctx.new_page()
    pg.dialogs = []  # every alert() an injected script might fire
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.goto(base_url)
    pg.wait_for_selector("body[data-ready='1']", timeout=15_000)
    yield pg
    ctx.close()


def _shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def _click_node(pg, name: str) -> None:
    """Click the network node of an actor where cytoscape drew it on the canvas."""
    pos = pg.evaluate("""(name) => {
        const n = state.cy.nodes().filter((x) => x.data('label') === name)[0];
        const p = n.renderedPosition();
        const r = document.getElementById('network').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y};
    }""", name)
    pg.mouse.click(pos["x"], pos["y"])


def _highlighted(pg) -> str:
    return "".join(pg.locator("#article-text .seg.focus").all_text_contents())


def test_network_actor_events_and_evidence(page) -> None:
    assert page.locator("#network canvas").count() > 0
    assert "actors" in page.locator("#net-summary").text_content()
    _shot(page, "overview")

    _click_node(page, "Abbas Araghchi")
    page.wait_for_selector(".actor-panel .actor-name:text('Abbas Araghchi')")
    panel = page.locator(".actor-panel")
    assert "Iranian Foreign Minister" in panel.locator("table.roles").text_content()
    events = panel.locator("li.event")
    assert events.count() == 3
    assert "Sergei Lavrov" in panel.text_content()
    expect(page.locator("#tl-scope")).to_contain_text("Abbas Araghchi")  # the timeline follows the actor
    expect(page.locator("#timeline li.event")).to_have_count(3)
    _shot(page, "actor")

    # open the evidence sentence of the (reported) talks with Lavrentiev
    ev = events.filter(has_text="Alexander Lavrentiev")
    ev.locator("a.evidence").first.click()
    page.wait_for_selector("#article-text .seg.focus")
    assert _highlighted(page) == "held separate talks with Abbas Araghchi"
    assert page.locator(".article-title").text_content() == "Russian Envoy Holds Talks in Tehran"
    info = page.locator("#ann-info").text_content()
    assert "reported" in info and "according to Tasnim" in info
    assert page.locator("#article-text .seg.focus").first.is_visible()
    _shot(page, "evidence")
    assert not page.dialogs and not page.errors


def test_edge_lists_events_that_link_to_their_sentence(page) -> None:
    pos = page.evaluate("""() => {
        const e = state.cy.edges().filter((x) => {
          const a = x.source().data('label'), b = x.target().data('label');
          return [a, b].includes('Iran') && [a, b].includes('Israel');
        })[0];
        const p = e.renderedMidpoint();
        const r = document.getElementById('network').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y};
    }""")
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_selector(".dyad-title")
    assert "ACCUSE" in page.locator("#panel li.event").first.text_content()
    page.locator("#panel a.evidence").first.click()
    page.wait_for_selector("#article-text .seg.focus")
    assert _highlighted(page) == "condemned Israel"
    _shot(page, "edge-evidence")


def test_script_in_article_shows_as_text(page, base_url: str) -> None:
    # in the overview list ...
    assert XSS_TITLE in [t for t in page.locator(".articles a").all_text_contents()]
    # ... and in the article view
    page.goto(base_url + "#/article/art-xss")
    page.wait_for_selector(".article-title")
    assert page.locator(".article-title").text_content() == XSS_TITLE
    text = page.locator("#article-text").text_content()
    assert "<img src=x onerror=alert(2)>" in text and "<script>alert(1)</script>" in text
    assert page.locator("#panel img, #panel script, #panel b, #panel i").count() == 0
    assert page.evaluate("document.querySelectorAll('img[src=x]').length") == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    _shot(page, "xss")


def test_filters_narrow_network_and_timeline(page) -> None:
    page.select_option("#f-type", "ACCUSE")
    # (waits poll from Python: the page's CSP rightly forbids evaluating strings in it)
    expect(page.locator("#net-summary")).to_contain_text("4 actors")
    expect(page.locator("#timeline li.event")).to_have_count(2)
    assert all("ACCUSE" in t for t in page.locator("#timeline li.event .badge.type").all_text_contents())
    page.select_option("#f-type", "")
    page.locator("#f-cert label.chip", has_text="speculated").click()
    expect(page.locator("#timeline li.event")).to_have_count(1)
    assert "SANCTION" in page.locator("#timeline li.event").first.text_content()
    _shot(page, "filtered")


def test_api_docs_render_offline(page, base_url: str) -> None:
    page.goto(base_url + "docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    assert page.locator(".opblock-summary-path", has_text="/api/events").count() >= 1
    assert not page.errors
