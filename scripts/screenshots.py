"""Regenerate the screenshot gallery in docs/screenshots/ (`make screenshots`).

Serves the demo site with gunicorn on 127.0.0.1 (a throw-away database, see tests/harness/demo_server.py)
and photographs, with Playwright driving Debian's Chromium, one page of every public page type
(from the sitemaps), every reader-facing route without parameters, the pages only reached by
walking (a decision-tree step and outcome, a quiz question and score) and the "not found" page,
at 390 px (a phone) and 1280 px (a laptop), in French and Luxembourgish; then the live quiz's
projector screen and the home page in dark mode. Long pages are cut after a few screens. Images
are saved as WebP to keep the repository light, and the folder's index.md lists them.
"""

import io
import re
import shutil
import sys
from html import unescape
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness.demo_server import DemoServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ["fr", "lb"]
WIDTHS = {"phone": (390, 844, 2200), "laptop": (1280, 800, 1500)}  # width, screen height, longest cut
QUALITY = 45


def slug(text):
    """ "factsheets.FactsheetIndexPage" -> "factsheet-index-page", "quiz question" -> "quiz-question"."""
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", "-", text.split(".")[-1])
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def save(page, name, cut_at):
    # Lazy images load as the reader scrolls: scroll to the end first, then back to the top.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, 0)")
    height = min(page.evaluate("document.documentElement.scrollHeight"), cut_at)
    width = page.viewport_size["width"]
    png = page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
    Image.open(io.BytesIO(png)).convert("RGB").save(OUT / f"{name}.webp", "WEBP", quality=QUALITY, method=6)
    return f"{name}.webp"


def walked(page, samples, language):
    """Addresses behind a tree's start button and a quiz's: a step, an outcome, a question, a score."""
    paths = {}
    page.goto(samples[("decisiontrees.DecisionTreePage", language)])
    page.goto(page.locator(".tree__start").get_attribute("href"))
    paths["decision-tree step"] = page.url
    for _step in range(25):
        if not page.locator(".tree__answer").count():
            break
        page.goto(page.locator(".tree__answer").first.get_attribute("href"))
    paths["decision-tree outcome"] = page.url
    page.goto(samples[("quizzes.QuizPage", language)])
    page.goto(unescape(page.locator("main a.button--big").first.get_attribute("href")))
    paths["quiz question"] = page.url
    return paths


def quiz_score(page):
    """Answer every question with its first choice, to reach the score screen."""
    for _question in range(30):
        if not page.locator(".quiz-choices").count():
            break
        page.locator(".quiz-choice input").first.check()
        page.locator(".quiz-form button[type=submit]").click()
        page.locator("main a.button--big").first.click()
    return page.url


def projector(browser, base_url, samples, language):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(samples[("quizzes.QuizPage", language)])
    page.locator(".quiz-teachers a.button").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".live-join")
    return context, page


def shoot(browser, server, samples, language):
    """Every page type of one language on a phone and a laptop, then the projector; returns the rows."""
    rows = []
    for device, (width, height, cut_at) in WIDTHS.items():
        viewport = {"width": width, "height": height}
        context = browser.new_context(base_url=server.base_url, viewport=viewport, is_mobile=device == "phone")
        page = context.new_page()
        paths = {kind: path for (kind, lang), path in samples.items() if lang == language}
        paths["search"] = f"/{language}/search/?q=webcam"
        paths["live quiz: join"] = f"/{language}/quiz-live/join/"
        paths.update(walked(page, samples, language))
        paths["not found"] = f"/{language}/this-page-does-not-exist/"
        for kind, path in paths.items():
            page.goto(path)
            rows.append((language, device, kind, save(page, f"{language}-{device}-{slug(kind)}", cut_at)))
        page.goto(paths["quiz question"])
        quiz_score(page)
        rows.append((language, device, "quiz score", save(page, f"{language}-{device}-quiz-score", cut_at)))
        context.close()
    context, page = projector(browser, server.base_url, samples, language)
    rows.append((language, "projector", "live quiz: projector", save(page, f"{language}-projector", 1600)))
    context.close()
    dark = browser.new_context(
        base_url=server.base_url, viewport={"width": 390, "height": 844}, color_scheme="dark", is_mobile=True
    )
    page = dark.new_page()
    page.goto(f"/{language}/")
    rows.append((language, "phone, dark", "home page", save(page, f"{language}-phone-dark-home-page", 2200)))
    dark.close()
    return rows


ADMIN_MARK = "-admin-"


def admin_lines():
    """The admin's screenshots (made by the editorial browser journey), listed after the public pages."""
    files = sorted(path.name for path in OUT.glob(f"*{ADMIN_MARK}*.webp"))
    if not files:
        return []
    return [
        "## Admin",
        "",
        "Made by the editorial browser journey (`VIGILANT_SCREENSHOTS=1 pytest -m browser",
        "tests/browser/test_translation_workflow.py`): the translator's translation editor, French and German admin.",
        "",
        "| Admin language | Screen | Image |",
        "| --- | --- | --- |",
        *[f"| {file.split('-')[0]} | {file.split('-')[1]} | [{file}]({file}) |" for file in files],
        "",
    ]


def main():
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS

    # The admin's screenshots come from the editorial browser journey (tests/browser/
    # test_translation_workflow.py with VIGILANT_SCREENSHOTS=1): keep them.
    OUT.mkdir(parents=True, exist_ok=True)
    for path in OUT.iterdir():
        if ADMIN_MARK not in path.name:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    server = DemoServer()
    print("Preparing the demo site…", file=sys.stderr)
    server.prepare()
    rows = []
    try:
        server.start()
        samples = server.page_type_samples()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            for language in LANGUAGES:
                rows += shoot(browser, server, samples, language)
            browser.close()
    finally:
        server.stop()
        server.cleanup()

    lines = [
        "# Screenshots",
        "",
        "Made by `make screenshots` (scripts/screenshots.py) from the demo content: Debian's Chromium at 390 px",
        "(a phone) and 1280 px (a laptop), French and Luxembourgish; long pages are cut after a few screens.",
        "",
        "| Language | Screen | Page | Image |",
        "| --- | --- | --- | --- |",
        *[f"| {language} | {device} | {kind} | [{file}]({file}) |" for language, device, kind, file in rows],
        "",
        *admin_lines(),
    ]
    (OUT / "index.md").write_text("\n".join(lines))
    total = sum(path.stat().st_size for path in OUT.glob("*.webp"))
    print(f"{len(rows)} screenshots, {total / 1024:.0f} KB, in {OUT.relative_to(ROOT)}/", file=sys.stderr)


if __name__ == "__main__":
    main()
