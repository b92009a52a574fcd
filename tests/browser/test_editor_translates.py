"""An editor signs in and changes the German translation of a page in wagtail-localize's
translation editor; German readers see it once it is published."""

import re

import pytest

pytestmark = pytest.mark.browser


def page_id(demo_site, url_path_end):
    out = demo_site.manage(
        "shell",
        "-c",
        f"from wagtail.models import Page; print('ID', Page.objects.get(url_path__endswith={url_path_end!r}).id)",
    )
    return int(out.split("ID", 1)[1])


def test_editor_translates_a_page_into_german(signed_in_editor, demo_site, new_context):
    editor = signed_in_editor
    editor.goto(f"/admin/pages/{page_id(demo_site, '/uber-vigilant/')}/edit/")
    assert "Deutsch" in editor.title()
    title_segment = editor.locator("li", has=editor.get_by_text("À propos de Vigilant", exact=True)).first
    title_segment.get_by_role("button", name=re.compile("Edit|Modifier")).click()
    field = title_segment.locator("textarea")
    field.fill("Über Vigilant: wer wir sind")
    title_segment.get_by_role("button", name=re.compile("Save|Enregistrer")).click()
    editor.get_by_text("Über Vigilant: wer wir sind").first.wait_for()
    editor.get_by_role("button", name=re.compile("Publish in Deutsch|Publier en Deutsch")).click()
    editor.get_by_text(re.compile("Published .Über Vigilant: wer wir sind. in Deutsch")).wait_for()

    reader = new_context().new_page()
    reader.goto("/de/uber-vigilant/")
    assert reader.locator("h1").inner_text() == "Über Vigilant: wer wir sind"
    reader.goto("/fr/a-propos/")
    assert reader.locator("h1").inner_text() == "À propos de Vigilant"
