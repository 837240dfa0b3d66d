"""A real headless Chromium walks the pages as a reader would, and hostile data stays inert text.

It also photographs every page kind at desktop and phone widths (checking that nothing is wider
than a phone's screen); ``make screenshots`` keeps the pictures in docs/screenshots/ (the
QUOTEGRAPH_SCREENSHOTS folder), which the README shows.

Skips only when Chromium or its driver is not installed locally; with CI=true it must run
(the Makefile installs them there).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pages_support import HOSTILE, app_with, live_server

from kg.paths import SAMPLES_DIR

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SAMPLE = SAMPLES_DIR / "parler-aws.ttl"

if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("CI") == "true":
        raise RuntimeError("CI=true but chromium/chromedriver are missing: `make test` installs them in CI")
    pytest.skip(
        "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )
if not SAMPLE.exists():
    pytest.skip(f"{SAMPLE} is missing", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def site():
    with app_with(SAMPLE, HOSTILE) as app, live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
    ):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def shot(browser, tmp_path, name):
    path = tmp_path / f"{name}.png"
    assert browser.save_screenshot(str(path))
    assert path.stat().st_size > 1000


WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
KEPT = os.environ.get("QUOTEGRAPH_SCREENSHOTS")


@pytest.fixture(scope="module")
def sample_site():
    """The shipped samples (the founding story as RDF and six articles of ours), loaded as `make run` loads them."""
    from kg.load.loader import load_articles

    with app_with(SAMPLE) as app, live_server(app) as url:
        results = load_articles(app.extensions["quotegraph"].store, [str(SAMPLES_DIR / "articles")], progress=False)
        assert all(r.status == "loaded" for r in results), [r.message for r in results]
        yield url


def photograph(browser, folder: Path, name: str) -> None:
    """The whole page at each width, nothing wider than the window (no sideways scrolling on a phone)."""
    for width_name, (width, height) in WIDTHS.items():
        browser.set_window_size(width, height)
        browser.execute_script("window.scrollTo(0, 0)")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} is {overflow}px wider than a {width_name} screen"
        full = browser.execute_script("return Math.min(document.documentElement.scrollHeight, 3200)")
        browser.set_window_size(width, max(height, full + 120))
        path = folder / f"{name}-{width_name}.png"
        assert browser.save_screenshot(str(path)) and path.stat().st_size > 5000
    browser.set_window_size(*WIDTHS["desktop"])


def test_screenshots_of_every_page_kind_at_desktop_and_phone_widths(sample_site, browser, tmp_path):
    folder = Path(KEPT) if KEPT else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    browser.set_window_size(*WIDTHS["desktop"])
    browser.get(sample_site + "/")
    photograph(browser, folder, "home")
    browser.get(sample_site + "/search?q=Parler")
    photograph(browser, folder, "search")
    browser.get(sample_site + "/id/party/amazon-web-services")
    photograph(browser, folder, "party")
    browser.find_element(By.CSS_SELECTOR, "li.claim a.words").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/id/statement/"))
    photograph(browser, folder, "statement-paraphrase")
    browser.get(sample_site + "/id/party/amazon-web-services")
    browser.find_element(By.CSS_SELECTOR, "ul.answers a.words.quoted").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/id/statement/"))
    photograph(browser, folder, "statement-quote")
    browser.find_element(By.CSS_SELECTOR, "dl.facts dd a[href*='/id/source/']").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/id/source/"))
    photograph(browser, folder, "source")
    browser.get(sample_site + "/id/graph/ontology")
    photograph(browser, folder, "graph")
    browser.get(sample_site + "/query")
    browser.find_element(By.CSS_SELECTOR, "[data-example]").click()
    WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#results table tbody tr"))
    photograph(browser, folder, "query")
    browser.get(sample_site + "/id/party/nobody-at-all")
    photograph(browser, folder, "not-found")
    assert len(list(folder.glob("*.png"))) >= 18


def test_the_query_editor_declares_prefixes_links_curies_and_points_at_errors(sample_site, browser):
    browser.set_window_size(*WIDTHS["desktop"])
    browser.get(sample_site + "/query")
    editor = "document.querySelector('.CodeMirror').CodeMirror"
    browser.execute_script(
        f"{editor}.setValue(arguments[0])", "SELECT ?p ?t WHERE {\n  ?p a ?t ; qg:name 'Parler' .\n}"
    )
    browser.find_element(By.CSS_SELECTOR, "form#form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#results table tbody tr"))
    links = {a.text: a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#results td a")}
    assert links.get("party/parler", "").endswith("/id/party/parler")
    assert "qg:Organization" in browser.find_element(By.ID, "results").text
    browser.execute_script(f"{editor}.setValue(arguments[0])", "SELECT ?p\nWHERE {\n  ?p qg:name\n}")
    browser.find_element(By.CSS_SELECTOR, "form#form button[type=submit]").click()
    error = WebDriverWait(browser, 20).until(EC.visibility_of_element_located((By.ID, "error")))
    assert "line 4, column 1: '?p qg:name' is not a whole triple" in error.text
    assert browser.find_elements(By.CSS_SELECTOR, ".CodeMirror .error-line")


def test_a_reader_searches_aws_and_follows_to_party_and_statement(site, browser, tmp_path):
    browser.get(site + "/")
    assert browser.title.startswith("Who said what")
    assert "Most disputed claims" in browser.find_element(By.TAG_NAME, "main").text
    shot(browser, tmp_path, "home")

    box = browser.find_element(By.CSS_SELECTOR, "header form.search input[name=q]")
    box.send_keys("AWS", Keys.ENTER)
    WebDriverWait(browser, 10).until(EC.url_contains("/search?q=AWS"))
    first = browser.find_element(By.CSS_SELECTOR, "ol.hits li a")
    assert first.text == "Amazon Web Services ; AWS"
    assert first.find_element(By.TAG_NAME, "mark").text == "AWS"
    shot(browser, tmp_path, "search")

    first.click()
    WebDriverWait(browser, 10).until(EC.url_contains("/id/party/amazon-web-services"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Amazon Web Services"
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Part of Amazon" in main and "spokesperson" in main
    network = browser.find_element(By.CSS_SELECTOR, "svg.network")
    assert network.size["width"] > 200 and "Parler" in network.text
    shot(browser, tmp_path, "party")

    denial = browser.find_element(By.CSS_SELECTOR, "li.kind-denial a.words, ul.answers a.words")
    denial.click()
    WebDriverWait(browser, 10).until(EC.url_contains("/id/statement/"))
    assert browser.find_element(By.CSS_SELECTOR, "blockquote.words").text.startswith("“There is no merit")
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "p.passage mark")]
    assert any(m.startswith("There is no merit to these claims") for m in marks) and "said" in marks
    disputes = browser.find_element(By.XPATH, "//h2[text()='Disputes']/following-sibling::ul[1]").text
    assert "AWS acted out of political animus" in disputes
    shot(browser, tmp_path, "statement")


def test_hostile_titles_and_statements_render_as_inert_text(site, browser, tmp_path):
    for path in (
        "/id/statement/e0e0e0e0e0e0e0e0/hostile",
        "/id/source/e0e0e0e0e0e0e0e0",
        "/id/party/evil-corp",
        "/search?q=evil",
        "/",
    ):
        browser.get(site + path)
        for element in browser.find_elements(By.CSS_SELECTOR, "main a, main mark, main h1, main blockquote")[:40]:
            if element.is_displayed():
                ActionChains(browser).move_to_element(element).perform()
        with pytest.raises(NoAlertPresentException):
            _ = browser.switch_to.alert.text
        assert browser.execute_script("return typeof window.__pwned") == "undefined"
        assert browser.find_elements(By.CSS_SELECTOR, "main script, main img") == []
        hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
        assert not any(h.lower().startswith("javascript:") for h in hrefs)
    browser.get(site + "/id/statement/e0e0e0e0e0e0e0e0/hostile")
    assert "<script>window.__pwned=1</script>" in browser.find_element(By.CSS_SELECTOR, "blockquote.words").text
    browser.get(site + "/id/source/e0e0e0e0e0e0e0e0")
    assert browser.find_element(By.TAG_NAME, "h1").text == "<script>window.__pwned=1</script>Hostile headline"
    assert "javascript:window.__pwned=1" in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    shot(browser, tmp_path, "hostile")


def test_query_results_link_only_http_iris(site, browser, tmp_path):
    """A javascript: IRI in /query results is shown as text, never as a link (issue 11, item 8)."""
    from urllib.parse import quote

    query = "SELECT ?x WHERE { VALUES ?x { <javascript:window.__pwned=1> <data:text/html,x> <http://example.org/ok> } }"
    browser.get(site + "/query?query=" + quote(query))
    WebDriverWait(browser, 15).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, "#results td")) == 3)
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#results td")]
    assert "javascript:window.__pwned=1" in cells and "data:text/html,x" in cells
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#results a")]
    assert links == ["http://example.org/ok"]
    for element in browser.find_elements(By.CSS_SELECTOR, "#results td"):
        element.click()
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    shot(browser, tmp_path, "query-hostile")
