"""A pupil reads a factsheet, then walks a decision tree to an outcome: with the mouse, with the
keyboard only, and without JavaScript. Every step reached is scanned with axe-core."""

import json

import pytest

from tests.browser.axe import axe_violations

pytestmark = pytest.mark.browser

MAX_STEPS = 25  # a tree deeper than this is a bug in itself


def first_page_of_type(demo_site, label, language="fr"):
    for (kind, lang), path in demo_site.page_type_samples().items():
        if kind == label and lang == language:
            return path
    pytest.fail(f"no {label} page in the {language} sitemap")


def assert_accessible(page, found):
    violations = axe_violations(page)
    if violations:
        found[page.url] = violations


def test_pupil_reads_a_factsheet(page, demo_site):
    path = first_page_of_type(demo_site, "factsheets.FactsheetPage")
    page.goto(path)
    assert page.locator("h1").inner_text().strip()
    assert page.locator("main").inner_text().count("\n") > 3  # real content, readable on a phone
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways on a phone ({width}px)"
    assert axe_violations(page) == []


def walk_to_an_outcome(page, choose):
    """Follows answers (chosen by `choose`) until a page without answers; returns the questions seen."""
    questions, found = [], {}
    for _ in range(MAX_STEPS):
        assert_accessible(page, found)
        answers = page.locator(".tree__answer")
        if answers.count() == 0:
            break
        questions.append(page.locator("h1").inner_text())
        choose(page, answers)
        page.wait_for_function("q => document.querySelector('h1').innerText !== q", arg=questions[-1])
    else:
        pytest.fail(f"no outcome after {MAX_STEPS} steps")
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)
    return questions


def test_pupil_walks_a_decision_tree_with_the_mouse(page, demo_site):
    page.goto(first_page_of_type(demo_site, "decisiontrees.DecisionTreePage"))
    title = page.locator("h1").inner_text()
    page.locator(".tree__start").click()
    page.wait_for_function("t => document.querySelector('h1').innerText !== t", arg=title)
    questions = walk_to_an_outcome(page, lambda p, answers: answers.last.click())
    assert questions, "the tree asked nothing"
    assert page.locator(".tree__history li").count() == len(questions)  # the outcome recalls the answers
    page.go_back()
    page.wait_for_function("q => document.querySelector('h1').innerText === q", arg=questions[-1])


def press_tab_until(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_pupil_walks_a_decision_tree_with_the_keyboard_only(page, demo_site):
    page.goto(first_page_of_type(demo_site, "decisiontrees.DecisionTreePage"))
    title = page.locator("h1").inner_text()
    press_tab_until(page, ".tree__start")
    page.keyboard.press("Enter")
    page.wait_for_function("t => document.querySelector('h1').innerText !== t", arg=title)

    def choose_with_keyboard(p, answers):
        press_tab_until(p, ".tree__answer")
        assert p.evaluate("document.activeElement.matches(':focus-visible')"), "focus is not visible"
        p.keyboard.press("Enter")

    questions = walk_to_an_outcome(page, choose_with_keyboard)
    assert questions
    # After each step the new heading has the focus, so screen readers announce the new question.
    assert page.evaluate("document.activeElement.tagName") == "H1"


def test_pupil_walks_a_decision_tree_without_javascript(new_context, demo_site):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(first_page_of_type(demo_site, "decisiontrees.DecisionTreePage"))
    page.locator(".tree__start").click()
    steps = 0
    while page.locator(".tree__answer").count() and steps < MAX_STEPS:
        page.locator(".tree__answer").first.click()
        steps += 1
    assert steps and page.locator(".tree__answer").count() == 0
