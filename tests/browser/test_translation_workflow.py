"""An editorial team of three real accounts takes a page from French to a published German
translation: the editor writes and submits, the moderator approves, the translator translates in
the translation editor (the slug follows the German title), submits from its footer and corrects
after submitting; the moderator approves and German readers get the corrected page. The
translator never gets to convert to an alias, delete, publish or edit French.

With VIGILANT_SCREENSHOTS=1 the translator's editor is photographed, in the French and the
German admin, into docs/screenshots/ (the README's gallery).
"""

import io
import os
import re
from pathlib import Path

import pytest

from .conftest import DESKTOP, current_code

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSWORD = "a-long-team-password-2026"
MODERATOR_TOTP_KEY = "3132333435363738393031323334353637383931"
TEAM = {"redaction": "Editors", "traduction": "Translators", "moderation": "Moderators"}

FRENCH_TITLE = "Les jeux d'argent en ligne"
FRENCH_SLUG = "les-jeux-dargent-en-ligne"
FRENCH_INTRO = "Parier en ligne avant 18 ans est interdit au Luxembourg."
GERMAN_TITLE = "Online-Glücksspiele"
GERMAN_INTRO = "Online wetten ist in Luxemburg unter 18 Jahren verboten."
GERMAN_CORRECTION = "Online-Wetten sind in Luxemburg unter 18 Jahren verboten."


def shell(demo_site, code):
    return demo_site.manage("shell", "-c", code)


@pytest.fixture(scope="module")
def team(demo_site):
    code = (
        "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group; "
        "from django_otp.plugins.otp_totp.models import TOTPDevice; U = get_user_model()\n"
        f"for name, group in {TEAM!r}.items():\n"
        f"    u, _ = U.objects.get_or_create(username=name, defaults={{'email': name + '@example.org'}})\n"
        f"    u.set_password({PASSWORD!r}); u.save(); u.groups.set([Group.objects.get(name=group)])\n"
        "u = U.objects.get(username='moderation')\n"
        f"TOTPDevice.objects.get_or_create(user=u, defaults={{'key': {MODERATOR_TOTP_KEY!r}, 'confirmed': True}})\n"
    )
    shell(demo_site, code)
    return TEAM


def sign_in(new_context, username):
    page = new_context(viewport=DESKTOP).new_page()
    page.set_default_timeout(30_000)  # admin pages with the React editor, on a shared machine
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    if username == "moderation":
        page.wait_for_url(lambda url: "/admin/two-factor/" in url)
        if "/setup/" in page.url:
            raise AssertionError("the moderator's authenticator should already be set up")
        page.fill("input[name=otp_token]", current_code(MODERATOR_TOTP_KEY))
        page.press("input[name=otp_token]", "Enter")
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"), timeout=90_000)  # a loaded machine
    return page


def page_fact(demo_site, expression):
    out = shell(demo_site, f"from wagtail.models import Page, Locale; print('FACT', {expression})")
    return out.split("FACT", 1)[1].strip()


def approve_from_dashboard(moderator, page_id):
    moderator.goto("/admin/")
    approve = moderator.locator(
        f"[data-workflow-action-url*='/workflow/action/{page_id}/approve/']:not([data-launch-modal])"
    ).first
    with moderator.expect_navigation():  # the dashboard posts a form and comes back
        approve.evaluate("button => button.click()")
    moderator.wait_for_load_state()


def save_segment(editor, source_text, value):
    segment = editor.locator(".js-translation-editor li", has=editor.get_by_text(source_text, exact=True)).last
    segment.get_by_role("button", name=re.compile("^(Translate|Traduire|Edit|Modifier|Übersetzen|Bearbeiten)$")).click()
    segment.locator("textarea").fill(value)
    with editor.expect_response(lambda response: "/strings/" in response.url and response.request.method == "PUT"):
        segment.get_by_role("button", name=re.compile("^(Save|Enregistrer|Speichern)$")).click()
    editor.get_by_text(value).first.wait_for()


def photograph(page, name):
    if os.environ.get("VIGILANT_SCREENSHOTS") != "1":
        return
    from PIL import Image

    png = page.screenshot(full_page=False)
    Image.open(io.BytesIO(png)).convert("RGB").save(SCREENSHOTS / f"{name}.webp", "WEBP", quality=45, method=6)


def test_team_takes_a_page_from_french_to_a_corrected_german_translation(demo_site, new_context, team):
    home_id = page_fact(demo_site, "Page.objects.get(depth=2, locale__language_code='fr').id")

    # The editor writes the French page and submits it.
    editor = sign_in(new_context, "redaction")
    editor.goto(f"/admin/pages/add/core/standardpage/{home_id}/")
    editor.fill("#id_title", FRENCH_TITLE)
    editor.fill("#id_intro", FRENCH_INTRO)
    # Wagtail fills the slug from the title as one types; on a loaded machine it may lag behind.
    editor.locator("#id_slug").evaluate("(field, slug) => { if (!field.value) field.value = slug; }", FRENCH_SLUG)
    editor.locator("button[name=action-submit]").evaluate("button => button.click()")
    editor.wait_for_url(lambda url: "/add/" not in url)
    french_id = page_fact(demo_site, f"Page.objects.get(title={FRENCH_TITLE!r}, locale__language_code='fr').id")

    # The moderator approves it from the dashboard; it is live.
    moderator = sign_in(new_context, "moderation")
    approve_from_dashboard(moderator, french_id)
    assert page_fact(demo_site, f"Page.objects.get(id={french_id}).live") == "True"

    # The translator cannot edit the French page ...
    translator = sign_in(new_context, "traduction")
    translator.goto(f"/admin/pages/{french_id}/edit/")
    assert translator.url.rstrip("/").endswith("/admin"), translator.url  # refused, back to the dashboard
    # ... but translates it into German from the translation status report.
    translator.goto("/admin/editorial/translation-status/?language_code=de&title=jeux+d%27argent")
    translator.get_by_role("link", name=re.compile("^(Translate|Traduire)$")).first.click()
    translator.get_by_label("Deutsch", exact=True).check()
    translator.locator("main input[type=submit]").click()
    translator.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    german_id = int(re.search(r"/admin/pages/(\d+)/edit/", translator.url).group(1))
    save_segment(translator, FRENCH_TITLE, GERMAN_TITLE)
    save_segment(translator, FRENCH_INTRO, GERMAN_INTRO)
    translator.locator(".vigilant-translation-workflow--in-footer").wait_for()
    photograph(translator, "fr-laptop-admin-translation-editor")

    # No alias, delete or publish for the translator: not in the editor, refused on the server.
    footer = translator.locator("footer.footer")
    footer_html = footer.inner_html()  # the visible actions and those in the "more" menu
    for action in ("convert_to_alias", "/delete/", 'value="publish"'):
        assert action not in footer_html, action
    for refused in (f"/admin/localize/page/{german_id}/convert_to_alias/", f"/admin/pages/{german_id}/delete/"):
        response = translator.request.get(refused, max_redirects=0)
        assert response.status == 403 or response.headers.get("location") == "/admin/", refused

    # Submit from the editor's footer.
    submit = footer.get_by_role("button", name=re.compile("Submit to the moderators|Soumettre aux modérateurs"))
    submit.click()
    translator.wait_for_load_state("networkidle")
    translator.locator(".vigilant-translation-workflow__status").wait_for()

    # A correction after submitting goes into what the moderator reviews.
    save_segment(translator, FRENCH_INTRO, GERMAN_CORRECTION)

    # The translator's editor in the German admin, in review, for the gallery.
    if os.environ.get("VIGILANT_SCREENSHOTS") == "1":
        shell(
            demo_site,
            "from wagtail.users.models import UserProfile; from django.contrib.auth import get_user_model; "
            "p = UserProfile.get_for_user(get_user_model().objects.get(username='traduction')); "
            "p.preferred_language = 'de'; p.save()",
        )
        translator.goto(f"/admin/pages/{german_id}/edit/")
        translator.locator(".vigilant-translation-workflow--in-footer").wait_for()
        photograph(translator, "de-laptop-admin-translation-editor")

    # The moderator approves; German readers get the corrected page at its German address.
    approve_from_dashboard(moderator, german_id)
    german_url = page_fact(demo_site, f"Page.objects.get(id={german_id}).url")
    assert "online-glucksspiele" in german_url, german_url
    reader = new_context().new_page()
    response = reader.goto(german_url)
    assert response.status == 200
    assert reader.locator("h1").inner_text() == GERMAN_TITLE
    body = reader.locator("main").inner_text()
    assert GERMAN_CORRECTION in body and GERMAN_INTRO not in body
