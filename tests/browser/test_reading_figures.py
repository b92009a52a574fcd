"""An editor opens the reading figures: views per language next to downloads, the most-read pages,
French pages read where they are not translated, weeks; the screen passes axe."""

import pytest

from tests.browser.axe import axe_violations

pytestmark = pytest.mark.browser

SEED = """
import datetime
from wagtail.models import Locale
from core.models import StandardPage
from readership.models import DailyPageViews
about = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
german = about.get_translation(Locale.objects.get(language_code="de"))
today = datetime.date.today()
for days_ago, page, language, at_fallback, views in [
    (0, german, "de", False, 17), (1, about, "fr", False, 30), (8, about, "pt", True, 4)
]:
    DailyPageViews.objects.update_or_create(
        day=today - datetime.timedelta(days=days_ago), page=page, language_code=language,
        at_fallback=at_fallback, defaults={"views": views},
    )
"""


def test_editor_reads_the_reading_figures(signed_in_editor, demo_site):
    demo_site.manage("shell", "-c", SEED)
    editor = signed_in_editor
    editor.goto("/admin/reports/reading-figures/")
    editor.get_by_role("heading", name="Most-read pages per language").or_(
        editor.get_by_role("heading", name="Pages les plus lues par langue")
    ).wait_for()
    text = editor.locator("main").inner_text()
    assert "Über Vigilant" in text and "À propos de Vigilant" in text
    assert "17" in text and "30" in text
    assert axe_violations(editor) == []
