"""The design holds on real screens: the page title in the first screen of a phone, header menus that
work without JavaScript, dark mode without contrast problems, no motion for readers who ask for
none, and every page type printing as its content.

Pages: one per page type from the sitemaps (French and Luxembourgish), every reader-facing route
without parameters, the "not found" page, and the pages only reached by walking (a tree step, a
tree outcome, a quiz question)."""

import json

import pytest

from tests.browser.axe import axe_violations
from tests.browser.test_accessibility import pages_to_scan

pytestmark = pytest.mark.browser

PHONE_390 = {"width": 390, "height": 844}
TITLE_WITHIN = 200  # px from the top of the page


def walked_pages(page, demo_site, language="fr"):
    """A tree step and outcome and a quiz question, reached through the links pupils follow."""
    samples = demo_site.page_type_samples()
    paths = {}
    page.goto(samples[("decisiontrees.DecisionTreePage", language)])
    # Addresses are followed with goto (not clicks), so the page is always fully loaded.
    page.goto(page.locator(".tree__start").get_attribute("href"))
    paths["tree step"] = page.url
    for _step in range(25):
        if not page.locator(".tree__answer").count():
            break
        page.goto(page.locator(".tree__answer").first.get_attribute("href"))
    paths["tree outcome"] = page.url
    page.goto(samples[("quizzes.QuizPage", language)])
    page.goto(page.locator("main a.button--big").first.get_attribute("href"))
    assert page.locator(".quiz-choices").count()
    paths["quiz question"] = page.url
    return paths


def every_page_type(page, demo_site, language):
    paths = pages_to_scan(demo_site, language)
    paths.update(walked_pages(page, demo_site, language))
    return paths


@pytest.mark.parametrize("language", ["fr", "lb"])
def test_the_page_title_starts_in_the_first_200_px_of_a_phone(new_context, demo_site, language):
    page = new_context(viewport=PHONE_390).new_page()
    late = {}
    for kind, path in every_page_type(page, demo_site, language).items():
        page.goto(path)
        top = page.evaluate("document.querySelector('main h1').getBoundingClientRect().top + window.scrollY")
        if top > TITLE_WITHIN:
            late[f"{kind} {path}"] = round(top)
    assert not late, f"title lower than {TITLE_WITHIN}px at 390px: {late}"


def test_menu_search_and_languages_work_without_javascript(new_context):
    page = new_context(viewport=PHONE_390, java_script_enabled=False).new_page()
    page.goto("/fr/a-propos/")
    menu_links = page.locator(".menu-nav a")
    assert not menu_links.first.is_visible()
    page.locator(".header-menu--nav > summary").click()
    assert menu_links.first.is_visible()
    assert not page.locator(".main-nav").is_visible()  # one navigation at a time on a phone

    page.locator(".header-menu--language > summary").click()
    assert not menu_links.first.is_visible()  # opening one menu closes the other
    page.locator('.language-switcher a[lang="de"]').click()
    page.wait_for_url("**/de/**")

    search = page.locator("#site-search-q")
    assert not search.is_visible()
    page.locator(".header-menu--search > summary").click()
    search.fill("Webcam")
    search.press("Enter")
    page.wait_for_url("**/de/search/?q=Webcam")
    assert page.locator("main h1").is_visible()


def test_the_icon_buttons_have_names_for_screen_readers(new_context):
    page = new_context(viewport=PHONE_390).new_page()
    page.goto("/en/")
    names = page.evaluate(
        """() => [...document.querySelectorAll('.header-menu > summary')]
            .filter(s => s.offsetParent !== null).map(s => s.innerText.trim())"""  # innerText: only rendered text
    )
    assert [name.split(",")[0].strip() for name in names] == ["Search", "EN", "Menu"]


def test_dark_mode_keeps_every_page_type_readable(new_context, demo_site):
    page = new_context(viewport=PHONE_390, color_scheme="dark").new_page()
    found = {}
    for kind, path in every_page_type(page, demo_site, "fr").items():
        page.goto(path)
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
        background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        assert background != "rgb(251, 250, 255)", "dark mode has a dark background"
        violations = axe_violations(page)
        if violations:
            found[f"{kind} {path}"] = violations
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)


def test_nothing_moves_for_readers_who_ask_for_less_motion(new_context):
    page = new_context(viewport=PHONE_390, reduced_motion="reduce").new_page()
    page.goto("/fr/fiches/")
    page.locator(".header-menu--nav > summary").click()
    moving = page.evaluate(
        """() => [...document.querySelectorAll('*')].filter(e => {
            const s = getComputedStyle(e);
            return s.animationName !== 'none' || s.transitionDuration.split(',').some(d => parseFloat(d) > 0);
        }).map(e => e.className)"""
    )
    assert moving == []


def test_the_same_page_moves_a_little_for_everyone_else(new_context):
    page = new_context(viewport=PHONE_390, reduced_motion="no-preference").new_page()
    page.goto("/fr/fiches/")
    duration = page.evaluate("getComputedStyle(document.querySelector('.card--linked')).transitionDuration")
    assert duration != "0s"


def test_every_page_type_prints_as_its_content(new_context, demo_site):
    page = new_context(viewport={"width": 794, "height": 1123}).new_page()  # A4 at 96 dpi
    problems = {}
    for kind, path in every_page_type(page, demo_site, "fr").items():
        page.goto(path)
        page.emulate_media(media="print")
        shown = page.evaluate(
            """() => ({
                exit: !!document.querySelector('.quick-exit').offsetParent,
                header: !!document.querySelector('.site-header').offsetParent,
                title: !!document.querySelector('main h1').offsetParent,
                overflow: document.documentElement.scrollWidth > window.innerWidth,
            })"""
        )
        if shown != {"exit": False, "header": False, "title": True, "overflow": False}:
            problems[f"{kind} {path}"] = shown
        page.emulate_media(media="screen")
    assert not problems, problems
