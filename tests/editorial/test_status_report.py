"""The translation status report: figures, filters, CSV export, links, and a flat query count."""

import codecs
import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from core.languages import translation_codes
from editorial.status import MISSING, OUT_OF_DATE, UP_TO_DATE, TranslationStatus

pytestmark = pytest.mark.django_db

REPORT = "/admin/editorial/translation-status/"


@pytest.fixture(autouse=True)
def admin_in_english(admin_user):
    """The superuser reads the admin in English (editors pick their language in their account)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()


@pytest.fixture
def known_pages(make_page):
    """Three French pages: one translated everywhere, one nowhere, one in German then changed."""
    everywhere = make_page("Kappa partout", translate_into=translation_codes())
    nowhere = make_page("Kappa nulle part")
    changed = make_page("Kappa changée", translate_into=["de"])
    changed.intro = "Introduction réécrite."
    changed.save_revision().publish()
    return everywhere, nowhere, changed


def test_totals_per_language_count_the_known_pages(make_page):
    before = TranslationStatus().totals()
    everywhere = make_page("Kappa partout", translate_into=translation_codes())
    make_page("Kappa nulle part")
    changed = make_page("Kappa changée", translate_into=["de"])
    changed.intro = "Introduction réécrite."
    changed.save_revision().publish()
    after = TranslationStatus().totals()

    def delta(code):
        return {status: after[code][status] - before[code][status] for status in (MISSING, OUT_OF_DATE, UP_TO_DATE)}

    assert delta("de") == {MISSING: 1, OUT_OF_DATE: 1, UP_TO_DATE: 1}
    for code in ("lb", "en", "pt"):
        assert delta(code) == {MISSING: 2, OUT_OF_DATE: 0, UP_TO_DATE: 1}
    assert everywhere.pk


def test_report_lists_each_page_in_each_language_with_a_link_to_translate(admin_client, known_pages):
    everywhere, nowhere, changed = known_pages
    response = admin_client.get(REPORT, {"title": "Kappa"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Totals per language" in html
    # 3 pages x 4 languages
    assert html.count('href="/admin/localize/submit/page/') == 7  # the 7 missing rows
    submit = reverse("wagtail_localize:submit_page_translation", args=[nowhere.pk])
    assert f'href="{submit}?select_locale=lb"' in html
    german = changed.get_translation(Locale.objects.get(language_code="de"))
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[german.pk])}"' in html


def test_report_filters_by_language_and_status(admin_client, known_pages):
    _everywhere, _nowhere, changed = known_pages
    response = admin_client.get(REPORT, {"title": "Kappa", "language_code": "de", "status": OUT_OF_DATE})
    rows = response.context["object_list"]
    assert [(row.title, row.language_code, row.status) for row in rows] == [(changed.title, "de", OUT_OF_DATE)]
    response = admin_client.get(REPORT, {"title": "Kappa", "status": MISSING})
    assert len(response.context["object_list"]) == 7


def test_report_rejects_unknown_filter_values_without_error(admin_client, known_pages):
    response = admin_client.get(REPORT, {"language_code": "xx", "status": "\x00", "kind": "nope"})
    assert response.status_code == 200


def test_csv_export_has_one_line_per_page_and_language(admin_client, known_pages):
    response = admin_client.get(REPORT, {"title": "Kappa", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))  # English admin: commas
    assert rows[0] == ["French original", "Type", "Language", "Status", "What to do", "Link to translate"]
    body = rows[1:]
    assert len(body) == 12
    assert body[[r[0] for r in body].index("Kappa nulle part") + 3][:4] == [
        "Kappa nulle part",
        "Standard page",
        "Portuguese",
        "Missing",
    ]
    assert all(row[5].startswith("http://testserver/admin/") for row in body)


def test_csv_export_speaks_the_editors_language(admin_client, admin_user, known_pages):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "de"
    profile.save()
    response = admin_client.get(REPORT, {"title": "Kappa", "export": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Französisches Original;")  # the separator German Excel expects
    assert any(";Portugiesisch;" in line for line in lines[1:])  # languages in words, in German


def test_report_covers_snippets(admin_client):
    response = admin_client.get(REPORT, {"kind": "snippet", "title": "Sexting"})
    rows = response.context["object_list"]
    assert {row.language_code for row in rows} == set(translation_codes())
    assert {row.status for row in rows} == {UP_TO_DATE}


def test_report_is_in_the_reports_menu_and_open_to_translators(client, translator):
    client.force_login(translator)
    assert client.get(REPORT).status_code == 200
    assert REPORT in client.get("/admin/").content.decode()


def test_report_query_count_does_not_grow_with_the_number_of_pages(admin_client, make_page):
    admin_client.get(REPORT)  # warm caches (content types, locales)
    with CaptureQueriesContext(connection) as few:
        assert admin_client.get(REPORT, {"export": "csv"}).status_code == 200
    few_html = CaptureQueriesContext(connection)
    with few_html:
        admin_client.get(REPORT)
    for index in range(12):
        make_page(f"Lambda {index}", translate_into=["de"] if index % 2 else [])
    admin_client.get(REPORT)
    with CaptureQueriesContext(connection) as many:
        response = admin_client.get(REPORT, {"export": "csv"})
        b"".join(response.streaming_content)
    with CaptureQueriesContext(connection) as many_html:
        admin_client.get(REPORT)
    assert len(many) == len(few)
    assert len(many_html) == len(few_html)
