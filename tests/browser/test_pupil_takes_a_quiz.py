"""A pupil takes a quiz from start to score, with the keyboard only; every page is scanned by axe."""

import json

import pytest

from tests.browser.axe import axe_violations
from tests.browser.test_pupil_factsheet_and_tree import first_page_of_type, press_tab_until

pytestmark = pytest.mark.browser

MAX_PAGES = 60


def test_pupil_takes_a_quiz_with_the_keyboard_only(page, demo_site):
    page.goto(first_page_of_type(demo_site, "quizzes.QuizPage"))
    found, questions = {}, 0
    press_tab_until(page, "a.button[href*='question/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    for _ in range(MAX_PAGES):
        page.wait_for_load_state()
        violations = axe_violations(page)
        if violations:
            found[page.url] = violations
        if page.locator("input[name=choice]").count():
            questions += 1
            press_tab_until(page, "input[name=choice]")
            page.keyboard.press("Space")
            press_tab_until(page, ".quiz-form button[type=submit]")
            with page.expect_navigation():
                page.keyboard.press("Enter")
        elif page.locator("a.button[href*='question/'], a.button[href*='result/']").count():
            press_tab_until(page, "a.button[href*='question/'], a.button[href*='result/']")
            with page.expect_navigation():
                page.keyboard.press("Enter")
        else:
            break
    else:
        pytest.fail(f"no score after {MAX_PAGES} pages")
    assert questions >= 2
    assert "result/" in page.url, page.url
    assert page.locator("h1").inner_text().strip()
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)
