"""A teacher runs a live class session on the projector while three pupils, each in their own
browser, join with the code and symbols and answer; the teacher's screen counts the answers as
they arrive and reveals the result."""

import json

import pytest

from tests.browser.axe import axe_violations
from tests.browser.conftest import DESKTOP
from tests.browser.test_pupil_factsheet_and_tree import first_page_of_type

pytestmark = pytest.mark.browser

PUPILS = 3


def test_teacher_runs_a_live_session_with_three_pupils(new_context, demo_site):
    teacher = new_context(viewport=DESKTOP).new_page()
    teacher.goto(first_page_of_type(demo_site, "quizzes.QuizPage"))
    teacher.locator("a[href*='quiz-live/start/']").click()
    teacher.locator("main form button[type=submit]").click()
    teacher.wait_for_url("**/quiz-live/host/**")
    code = teacher.locator(".live-code").get_attribute("aria-label").replace(" ", "")
    symbols = [li.inner_text().strip() for li in teacher.locator(".live-symbols li").all()]
    assert len(code) == 6 and symbols
    found = {}
    if violations := axe_violations(teacher):
        found["host lobby"] = violations

    pupils = []
    for _ in range(PUPILS):
        pupil = new_context().new_page()  # a separate browser context: its own cookies, like its own phone
        pupil.goto("/fr/quiz-live/join/")
        pupil.locator("input[name=code]").fill(code)
        for position, symbol in enumerate(symbols, start=1):
            pupil.locator(f"select[name=symbol{position}]").select_option(label=symbol)
        pupil.locator("main form button[type=submit]").click()
        pupil.wait_for_url(f"**/quiz-live/{code}/")
        pupils.append(pupil)
    teacher.locator("[data-live-count=joined]").filter(has_text=str(PUPILS)).wait_for()
    aliases = {p.locator(".live-status strong").first.inner_text() for p in pupils}
    assert len(aliases) == PUPILS, aliases  # everyone gets their own animal name, no real names

    teacher.locator("form[action*='/start/'] button").click()
    for pupil in pupils:
        pupil.locator("input[name=choice]").first.wait_for(timeout=15_000)  # the pupil's page follows on its own
        pupil.locator("input[name=choice]").first.check()
        pupil.locator(".quiz-form button[type=submit]").click()
    if violations := axe_violations(pupils[0]):
        found["pupil play"] = violations
    teacher.locator("[data-live-count=answered]").filter(has_text=str(PUPILS)).wait_for(timeout=15_000)
    teacher.locator("form[action*='/reveal/'] button").click()
    teacher.locator("form[action*='/next/'] button").wait_for()
    if violations := axe_violations(teacher):
        found["host revealed"] = violations
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)
