"""A reader in danger leaves the site at once, and Back does not bring the page back."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.browser


@pytest.fixture
def exit_page(page):
    """Requests to the neutral site are answered locally: tests never leave the machine."""
    page.route(
        lambda url: settings.QUICK_EXIT_URL.rstrip("/") in url,
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Weather</title>Weather"),
    )
    return page


def _read_a_page_first(page):
    page.goto("/fr/")
    page.goto("/fr/a-propos/")
    assert page.locator("[data-quick-exit-link]").is_visible()


def _assert_left_without_way_back(page):
    page.wait_for_url(lambda url: url.startswith(settings.QUICK_EXIT_URL.rstrip("/")))
    page.go_back()
    # The page the reader was on was replaced in history: Back goes to the page before it.
    assert not page.url.endswith("/fr/a-propos/"), page.url


def test_clicking_quick_exit_leaves_and_back_does_not_return(exit_page):
    _read_a_page_first(exit_page)
    exit_page.locator("[data-quick-exit-link]").click()
    _assert_left_without_way_back(exit_page)


def test_quick_exit_is_the_first_thing_keyboard_users_reach(exit_page):
    _read_a_page_first(exit_page)
    exit_page.keyboard.press("Tab")
    focused = exit_page.evaluate("document.activeElement.hasAttribute('data-quick-exit-link')")
    assert focused
    exit_page.keyboard.press("Enter")
    _assert_left_without_way_back(exit_page)


def test_pressing_shift_three_times_leaves(exit_page):
    _read_a_page_first(exit_page)
    exit_page.keyboard.press("Shift")
    exit_page.keyboard.press("Shift")
    progress = exit_page.locator("[data-quick-exit-progress]")
    assert progress.is_visible()
    exit_page.keyboard.press("Shift")
    _assert_left_without_way_back(exit_page)


def test_without_javascript_quick_exit_is_a_plain_link(new_context):
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    page.route(
        lambda url: settings.QUICK_EXIT_URL.rstrip("/") in url,
        lambda route: route.fulfill(status=200, content_type="text/html", body="Weather"),
    )
    page.goto("/de/")
    link = page.locator("[data-quick-exit-link]")
    assert link.get_attribute("href") == settings.QUICK_EXIT_URL
    link.click()
    page.wait_for_url(lambda url: url.startswith(settings.QUICK_EXIT_URL.rstrip("/")))
