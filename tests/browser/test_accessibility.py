"""axe-core finds no WCAG 2.2 A/AA violation on any public page type, in any language, on a phone
and on a desktop. Pages come from the per-locale sitemaps (one per page type), plus every
reader-facing route without parameters and the "not found" page, so new apps are scanned as they land.
No axe rule is disabled. (Pages only reached by walking, like decision-tree steps, are scanned by
their journeys.)"""

import json

import pytest
from django.conf import settings

from tests.browser.axe import AXE, axe_violations
from tests.browser.conftest import DESKTOP, PHONE
from tests.harness.routes import public_routes

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def pages_to_scan(demo_site, language):
    samples = {kind: path for (kind, lang), path in demo_site.page_type_samples().items() if lang == language}
    for route in public_routes():
        if route.localised and not route.has_parameters and not route.template.startswith("_util/"):
            samples.setdefault(f"route {route.name or route.template}", route.url(language))
    samples["not found (404)"] = f"/{language}/this-page-does-not-exist/"
    return samples


def test_axe_core_is_installed():
    assert AXE.exists(), "run `make install` (npm ci) to install axe-core"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone-375", "desktop-1280"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wcag_violations(new_context, demo_site, language, viewport):
    page = new_context(viewport=viewport).new_page()
    found = {}
    scanned = pages_to_scan(demo_site, language)
    assert len(scanned) >= 3  # home, a standard page, the 404 page at least
    for kind, path in scanned.items():
        response = page.goto(path)
        assert response.status < 500, f"{path} answered {response.status}"
        violations = axe_violations(page)
        if violations:
            found[f"{kind} {path}"] = violations
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)
