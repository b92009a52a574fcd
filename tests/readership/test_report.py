"""The reading-figures report: views next to downloads per language, the most-read pages per
language, French pages read where they are not translated, weeks, and a CSV Excel opens safely."""

import codecs
import csv
import io
from datetime import date

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from core.models import StandardPage
from education.models import DocumentDownloadCount
from readership.models import DailyPageViews
from tests.factories import demo_page

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/reading-figures/"
MONDAY = date(2026, 11, 16)


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def figures(make_page):
    """Two weeks of views: "About" in French and German, an untranslated page read in German and
    Portuguese at its fallback address, and a German download."""
    about = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    about_de = about.get_translation(Locale.objects.get(language_code="de"))
    lonely = make_page('=HYPERLINK("http://evil.example";"Clique")', slug="lonely")
    views = [
        (MONDAY, about, "fr", False, 40),
        (MONDAY, about_de, "de", False, 7),
        (date(2026, 11, 18), lonely, "de", True, 12),
        (date(2026, 11, 30), lonely, "pt", True, 3),
        (date(2026, 11, 30), about_de, "de", False, 6),
    ]
    for day, page, language, at_fallback, count in views:
        DailyPageViews.objects.create(day=day, page=page, language_code=language, at_fallback=at_fallback, views=count)
    handout = demo_page("guides/seance-7e").downloads[0].value["document"]
    DocumentDownloadCount.objects.create(document=handout, language_code="de", day=MONDAY, count=4)
    DocumentDownloadCount.objects.create(document=handout, language_code="de", day=date(2025, 1, 1), count=100)
    return {"about": about, "about_de": about_de, "lonely": lonely}


def test_views_stand_next_to_downloads_per_language(admin_client, admin_user, figures):
    speak(admin_user, "en")
    response = admin_client.get(REPORT, {"day_from": "2026-11-01", "day_to": "2026-12-31"})
    assert response.status_code == 200
    totals = {
        total.language_code: (total.views, total.at_fallback, total.downloads) for total in response.context["totals"]
    }
    assert totals == {"fr": (40, 0, 0), "de": (25, 12, 4), "lb": (0, 0, 0), "en": (0, 0, 0), "pt": (3, 3, 0)}
    html = response.content.decode()
    assert "Page views and downloads per language" in html
    assert '<th scope="row">German</th>' in html


def test_the_most_read_pages_of_each_language_come_first(admin_client, admin_user, figures):
    speak(admin_user, "en")
    most_read = dict(admin_client.get(REPORT).context["most_read"])
    assert [(figure.page.pk, figure.views, figure.at_fallback) for figure in most_read["German"]] == [
        (figures["about_de"].pk, 13, False),
        (figures["lonely"].pk, 12, True),
    ]
    assert [figure.page.pk for figure in most_read["French"]] == [figures["about"].pk]
    assert most_read["Luxembourgish"] == []


def test_french_pages_read_where_they_are_not_translated_link_to_translating_them(admin_client, admin_user, figures):
    speak(admin_user, "en")
    response = admin_client.get(REPORT)
    rows = [(figure.page.pk, figure.language_code, figure.views) for figure in response.context["fallback_views"]]
    assert rows == [(figures["lonely"].pk, "de", 12), (figures["lonely"].pk, "pt", 3)]
    html = response.content.decode()
    assert f"/admin/localize/submit/page/{figures['lonely'].pk}/?select_locale=pt" in html
    assert "French pages read in a language they are not translated into" in html


def test_weeks_add_up_each_language_and_keep_empty_weeks(admin_client, admin_user, figures):
    speak(admin_user, "en")
    weeks = admin_client.get(REPORT).context["weeks"]
    assert [(week.monday, cells, week.total) for week, cells in weeks] == [
        (date(2026, 11, 30), [0, 6, 0, 0, 3], 9),
        (date(2026, 11, 23), [0, 0, 0, 0, 0], 0),
        (MONDAY, [40, 19, 0, 0, 0], 59),
    ]


def test_the_language_filter_narrows_every_figure(admin_client, admin_user, figures):
    speak(admin_user, "en")
    response = admin_client.get(REPORT, {"language_code": "pt"})
    assert [total.language_code for total in response.context["totals"]] == ["pt"]
    assert [language for language, _pages in response.context["most_read"]] == ["Portuguese"]
    assert [figure.language_code for figure in response.context["fallback_views"]] == ["pt"]


def test_csv_export_opens_in_excel_names_languages_and_neutralises_formulas(admin_client, admin_user, figures):
    speak(admin_user, "fr")
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Jour", "Page", "ID de la page", "Langue", "Lu comme", "Pages vues"]
    assert [
        "2026-11-30",
        '\'=HYPERLINK("http://evil.example";"Clique")',
        str(figures["lonely"].pk),
        "Portugais",
        "Page française, non traduite",
        "3",
    ] in rows
    assert [
        "2026-11-16",
        "À propos de Vigilant",
        str(figures["about"].pk),
        "Français",
        "Original français",
        "40",
    ] in rows
    assert len(rows) == 6


def test_an_empty_report_says_when_views_arrive(admin_client, admin_user):
    speak(admin_user, "en")
    html = admin_client.get(REPORT).content.decode()
    assert "No page views recorded for this selection yet" in html


def test_every_editor_finds_the_report_in_the_reports_menu(client, django_user_model):
    from django.contrib.auth.models import Group

    translator = django_user_model.objects.create_user("tr", "tr@example.org", "pw")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    assert REPORT in client.get("/admin/").content.decode()
    assert client.get(REPORT).status_code == 200
