"""A head teacher completes the school self-check and downloads the action plan, with and without
JavaScript. With JavaScript on, every screen on the way (the checklist, its error state, the
result, a damaged link) is scanned with axe-core; axe itself needs JavaScript, so the journey
without it checks that everything works."""

import io
import json

import pytest
from pypdf import PdfReader

from tests.browser.axe import axe_violations
from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser


def self_check_path(demo_site, language="fr"):
    for (kind, lang), path in demo_site.page_type_samples().items():
        if kind == "selfcheck.SelfCheckPage" and lang == language:
            return path
    pytest.fail(f"no self-check page in the {language} sitemap")


def check_accessible(page, found, label, scan=True):
    if not scan:
        return
    violations = axe_violations(page)
    if violations:
        found[f"{label} {page.url}"] = violations


@pytest.mark.parametrize(
    ("viewport", "java_script"), [(PHONE, True), (DESKTOP, False)], ids=["phone-with-js", "desktop-without-js"]
)
def test_head_teacher_completes_the_self_check_and_downloads_the_plan(new_context, demo_site, viewport, java_script):
    context = new_context(viewport=viewport, java_script_enabled=java_script)
    page = context.new_page()
    found = {}
    page.goto(self_check_path(demo_site))
    check_accessible(page, found, "checklist", java_script)
    items = page.locator(".selfcheck-item")
    count = items.count()
    assert 6 <= count <= 8
    questions = [items.nth(n).locator("legend").inner_text().strip() for n in range(count)]

    # Sending with two questions unanswered: the form comes back with both marked, nothing lost.
    for n in range(count - 2):
        items.nth(n).get_by_label("Oui, c'est en place").check()
    page.get_by_role("button", name="Voir le résultat").click()
    page.wait_for_load_state()
    assert page.locator(".selfcheck-item--error").count() == 2
    assert page.get_by_role("alert").inner_text().startswith("Répondez à toutes les questions")
    check_accessible(page, found, "checklist with errors", java_script)

    items = page.locator(".selfcheck-item")
    assert items.nth(0).get_by_label("Oui, c'est en place").is_checked(), "answers already given are kept"
    items.nth(1).get_by_label("Pas encore").check()
    items.nth(count - 2).get_by_label("Pas encore").check()
    items.nth(count - 1).get_by_label("Je ne sais pas").check()
    page.get_by_role("button", name="Voir le résultat").click()
    page.wait_for_url("**/result/?state=*")
    assert page.locator("h1").inner_text().strip() == "Votre résultat"
    check_accessible(page, found, "result", java_script)
    missing = page.locator("#selfcheck-gaps").locator("xpath=..")
    gaps = [missing.locator("h3").nth(n).inner_text().strip() for n in range(missing.locator("h3").count())]
    assert gaps == [questions[1], questions[count - 2], questions[count - 1]]
    for n in range(3):
        assert missing.locator(".selfcheck-result__material a").nth(n).get_attribute("href").startswith("/fr/")

    plan = page.get_by_role("link", name="Télécharger le plan d'action (PDF)")
    response = context.request.get(plan.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(response.body())).pages)
    for gap in gaps:
        assert " ".join(gap.split()) in text

    # The result's address, changed by hand: a clear refusal and a way back.
    damaged = page.url[:-4] + ("AAAA" if not page.url.endswith("AAAA") else "BBBB")
    assert page.goto(damaged).status == 400
    assert page.locator("h1").inner_text().strip() == "Ce lien ne fonctionne pas"
    check_accessible(page, found, "damaged link", java_script)
    page.get_by_role("link", name="Commencer l'auto-évaluation").click()
    page.wait_for_load_state()
    assert page.locator(".selfcheck-item").count() == count
    assert not found, json.dumps(found, indent=2, ensure_ascii=False)


def test_the_school_self_check_is_accessible_in_german_on_a_phone(new_context, demo_site):
    page = new_context(viewport=PHONE).new_page()
    page.goto(self_check_path(demo_site, "de"))
    for n in range(page.locator(".selfcheck-item").count()):
        page.locator(".selfcheck-item").nth(n).get_by_label("Noch nicht").check()
    page.get_by_role("button", name="Ergebnis ansehen").click()
    page.wait_for_url("**/result/?state=*")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the result scrolls sideways on a phone ({width}px)"
    assert axe_violations(page) == []
