"""A parent filters the resource library down to material for parents, opens a guide and downloads it."""

import pytest

from tests.browser.conftest import DESKTOP
from tests.browser.test_pupil_factsheet_and_tree import first_page_of_type

pytestmark = pytest.mark.browser


def test_parent_filters_the_library_and_downloads_a_guide(new_context, demo_site):
    page = new_context(viewport=DESKTOP, accept_downloads=True).new_page()
    page.goto(first_page_of_type(demo_site, "library.LibraryPage"))
    results = page.locator(".library__list > li")
    everything = results.count()
    assert everything > 1
    page.locator(".library__option label", has_text="Parents").first.click()
    page.locator(".library__filters button[type=submit]").click()
    page.wait_for_url("**?*")
    assert page.locator(".library__option input:checked").count() == 1  # the filter stays visible
    assert 0 < results.count() <= everything

    guide_links = page.locator(".library__list a.card__link").all()
    for link in guide_links:
        href = link.get_attribute("href")
        if href and demo_site.page_types.get(href) == "education.ParentGuidePage":
            link.click()
            break
    else:
        pytest.fail("no parent guide among the parents' results")
    links = page.locator(".downloads a")
    assert links.count() >= 1
    for href in [links.nth(i).get_attribute("href") for i in range(links.count())]:
        # Fetched with the page's own cookies and headers, as the browser does when it saves the file.
        response = page.request.get(href)
        assert response.status == 200, href
        body = response.body()
        if "pdf" in response.headers["content-type"]:
            assert body[:5] == b"%PDF-", href
        else:  # office documents (.odt, .docx) are zip files
            assert body[:2] == b"PK", href
            assert "filename" in response.headers.get("content-disposition", ""), href
