"""A whole live class quiz in real browsers: the teacher's control page, the projector screen (a
second tab of the teacher's browser) and three pupils' phones, each in its own browser context.

With JavaScript, pupils' pages never navigate: every phase arrives in place. Without JavaScript,
the same quiz completes with forms and Refresh links. axe-core scans the projector, the control
and the pupils' screens at 375 and 1280 px."""

import json
import re

import pytest

from tests.browser.axe import axe_violations
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_pupil_factsheet_and_tree import first_page_of_type

pytestmark = pytest.mark.browser

PUPILS = 3


class Scanner:
    """axe at both widths; every violation is collected and reported at the end."""

    def __init__(self):
        self.found = {}

    def scan(self, page, label):
        size = page.viewport_size
        # From the top of the page, as every other page is scanned: the new panel's heading takes the
        # focus and scrolls the page, and the site's fixed quick-exit button then covers the header.
        page.evaluate("window.scrollTo(0, 0)")
        for viewport in (PHONE, DESKTOP):
            page.set_viewport_size(viewport)
            if violations := axe_violations(page):
                self.found[f"{label} at {viewport['width']} px"] = violations
        page.set_viewport_size(size)

    def assert_clean(self):
        assert not self.found, json.dumps(self.found, indent=2, ensure_ascii=False)


def _question_count(screen):
    """How many questions the quiz has, as the projector says ("Question 1 sur 5")."""
    progress = screen.locator(".projector__progress").first
    progress.wait_for(timeout=15_000)
    return int(re.findall(r"\d+", progress.inner_text())[-1])


def _open_session(new_context, demo_site, java_script_enabled=True):
    teacher = new_context(viewport=DESKTOP, java_script_enabled=java_script_enabled)
    control = teacher.new_page()
    control.goto(first_page_of_type(demo_site, "quizzes.QuizPage"))
    control.locator("a[href*='quiz-live/start/']").click()
    control.locator("main form button[type=submit]").click()
    control.wait_for_url("**/quiz-live/*/control/")
    code = control.url.rstrip("/").split("/")[-2]
    screen = teacher.new_page()  # the projector: a second window of the teacher's own browser
    screen.goto(f"/fr/quiz-live/{code}/screen/")
    assert screen.locator(".site-header").count() == 0 and screen.locator("form").count() == 0
    assert screen.locator(".room-code").get_attribute("aria-label").replace(" ", "") == code
    symbols = [item.inner_text().strip() for item in screen.locator(".room-symbols__item").all()]
    assert len(symbols) == 3 and all(" " in symbol for symbol in symbols)  # glyph and readable name
    return control, screen, code, symbols


def _join(new_context, code, symbols, java_script_enabled=True):
    pupils = []
    for _n in range(PUPILS):
        pupil = new_context(viewport=PHONE, java_script_enabled=java_script_enabled).new_page()
        pupil.goto(f"/fr/join/?code={code}")
        for position, symbol in enumerate(symbols, start=1):
            pupil.locator(f"select[name=symbol{position}]").select_option(label=symbol)
        pupil.locator("main form button[type=submit]").click()
        pupil.wait_for_url(f"**/quiz-live/{code}/")
        pupils.append(pupil)
    return pupils


def test_a_whole_live_quiz_with_javascript_never_reloads_a_pupil_page(new_context, demo_site):
    axe = Scanner()
    control, screen, code, symbols = _open_session(new_context, demo_site)
    axe.scan(screen, "projector, lobby")
    axe.scan(control, "control, lobby")
    pupils = _join(new_context, code, symbols)
    navigations = []
    for number, pupil in enumerate(pupils):
        pupil.evaluate("window.stillTheSamePage = true")
        pupil.on("framenavigated", lambda frame, n=number: navigations.append((n, frame.url)))
    axe.scan(pupils[0], "pupil, lobby")
    screen.locator("[data-live-count=joined]").filter(has_text=str(PUPILS)).wait_for()
    aliases = {p.locator(".live-status strong").first.inner_text() for p in pupils}
    assert len(aliases) == PUPILS  # each gets an animal name; nobody types a name

    control.locator("form[action$='/start/'] button").click()
    for question in range(_question_count(screen)):
        for pupil in pupils:
            choice = pupil.locator(".live-panel input[name=choice]").first
            choice.wait_for(timeout=15_000)  # the question arrives by itself
            choice.check()
            pupil.locator(".live-panel .quiz-form button[type=submit]").click()
            pupil.locator(".live-panel .notice").wait_for()  # confirmed at once, in place
        if question == 0:
            axe.scan(pupils[0], "pupil, answered")
            axe.scan(screen, "projector, question")
        screen.locator("[data-live-count=answered]").filter(has_text=str(PUPILS)).wait_for(timeout=15_000)
        control.locator("form[action$='/reveal/'] button").click()
        for pupil in pupils:
            pupil.locator(".live-panel .quiz-verdict").wait_for(timeout=15_000)
        screen.locator(".live-distribution__fill").first.wait_for(timeout=15_000)
        if question == 0:
            axe.scan(pupils[0], "pupil, revealed")
            axe.scan(screen, "projector, revealed")
            axe.scan(control, "control, revealed")
        control.locator("form[action$='/next/'] button").click()
    for pupil in pupils:
        pupil.locator(".live-panel .quiz-score").wait_for(timeout=15_000)
    screen.locator(".live-summary").first.wait_for(timeout=15_000)
    axe.scan(pupils[0], "pupil, score")
    axe.scan(screen, "projector, summary")
    axe.scan(control, "control, summary")
    assert navigations == []
    assert all(pupil.evaluate("window.stillTheSamePage === true") for pupil in pupils)
    assert all(pupil.evaluate("window.vigilantLive.panelsReplaced") >= 8 for pupil in pupils)
    axe.assert_clean()


def test_the_same_quiz_completes_without_javascript(new_context, demo_site):
    control, screen, code, symbols = _open_session(new_context, demo_site, java_script_enabled=False)
    pupils = _join(new_context, code, symbols, java_script_enabled=False)
    control.reload()
    assert control.locator(f"text={PUPILS}").count()
    control.locator("form[action$='/start/'] button").click()
    screen.locator(".projector__footer a").click()
    total = _question_count(screen)
    for _question in range(total):
        for pupil in pupils:
            pupil.locator(".live-status a").click()  # Refresh
            pupil.locator("input[name=choice]").first.check()
            pupil.locator(".quiz-form button[type=submit]").click()
            pupil.locator(".notice").wait_for()
        control.locator("form[action$='/reveal/'] button").click()
        for pupil in pupils:
            pupil.locator(".live-status a").click()
            pupil.locator(".quiz-verdict").wait_for()
        screen.locator(".projector__footer a").click()
        screen.locator(".live-distribution__fill").first.wait_for()
        control.locator("form[action$='/next/'] button").click()
    for pupil in pupils:
        pupil.locator(".live-status a").click()
        pupil.locator(".quiz-score").wait_for()
    screen.locator(".projector__footer a").click()
    assert screen.locator(".live-summary").count() == total
