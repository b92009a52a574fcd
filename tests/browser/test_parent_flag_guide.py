"""A parent finds the flag guide behind the parents' door and walks it to a flag: with JavaScript
(steps replace each other in place) and without it. Every screen reached is scanned with axe-core."""

import json

import pytest

from tests.browser.axe import axe_violations

pytestmark = pytest.mark.browser

# "A photo for her boyfriend" (13): not pushed, agreed, a little ahead of her age -> yellow flag.
PHOTO_FOR_HER_BOYFRIEND = [2, 2, 1, 2]


def check(page, found):
    violations = axe_violations(page)
    if violations:
        found[page.url] = violations


def heading(page):
    return page.locator("h1").inner_text()


def test_parent_walks_the_flag_guide_to_a_flag_with_javascript(page):
    found = {}
    page.goto("/fr/parents/")
    page.get_by_role("link", name="Guide des drapeaux").first.click()
    page.wait_for_selector(".flag-legend")
    check(page, found)
    assert page.locator(".flag-legend .flag__name").all_inner_texts() == [
        "Drapeau vert",
        "Drapeau jaune",
        "Drapeau rouge",
        "Drapeau noir",
    ]
    title = heading(page)
    page.locator(".tree__start").click()
    page.wait_for_function("t => document.querySelector('h1').innerText !== t", arg=title)
    questions = []
    for number in PHOTO_FOR_HER_BOYFRIEND:
        check(page, found)
        assert page.locator(".tree__criterion").inner_text().startswith("Critère")
        questions.append(heading(page))
        page.locator(".tree__answer").nth(number - 1).click()
        page.wait_for_function("q => document.querySelector('h1').innerText !== q", arg=questions[-1])
    check(page, found)
    assert "Drapeau jaune" in heading(page)
    assert page.locator(".reactions dt").all_inner_texts()[:2] == ["En parler", "Poser des limites"]
    assert page.locator(".help-and-report").get_by_text("BEE SECURE Helpline").count()
    assert page.locator(".tree__history li").count() == len(PHOTO_FOR_HER_BOYFRIEND)
    # The heading has the focus after each step, so a screen reader announces the flag.
    assert page.evaluate("document.activeElement.tagName") == "H1"
    page.go_back()
    page.wait_for_function("q => document.querySelector('h1').innerText === q", arg=questions[-1])
    # The other flags' screens: a worked situation's walk (red) and an adult involved (black).
    page.get_by_role("link", name="Recommencer").click()
    page.wait_for_selector(".situation__walk")
    page.locator(".situation__walk").nth(4).click()  # "A photo passed on to the class"
    page.wait_for_selector(".flag-outcome--red")
    check(page, found)
    page.locator(".tree__eyebrow a").click()
    page.wait_for_selector(".tree__start")
    page.locator(".tree__start").click()
    page.wait_for_selector(".tree__answer")
    page.locator(".tree__answer").first.click()
    page.wait_for_selector(".flag-outcome--black")
    check(page, found)
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)


def test_parent_walks_the_flag_guide_without_javascript_and_reaches_the_report_channels(new_context):
    # axe needs JavaScript; these screens are the ones scanned in the journey above.
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/fr/parents/")
    page.get_by_role("link", name="Guide des drapeaux").first.click()
    page.locator(".tree__start").click()
    # Someone 19 writes to a 14-year-old: an adult is involved -> black flag.
    assert page.locator(".tree__criterion").inner_text().startswith("Critère")
    page.get_by_role("link", name="Oui", exact=True).click()
    assert "Drapeau noir" in heading(page)
    assert page.locator(".tree__history li").count() == 1
    report = page.locator(".report-buttons")
    report.get_by_role("link", name="Police : grooming").click()
    assert "/signaler/grooming/" in page.url  # "before you leave", then the official form
    # A worked situation's link shows the walk that judges it.
    page.go_back()
    page.locator(".tree__eyebrow a").click()
    page.locator(".situation__walk").nth(4).click()  # "A photo passed on to the class"
    assert "Drapeau rouge" in heading(page)
    assert page.locator(".tree__history li").count() == 3
