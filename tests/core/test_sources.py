"""Readers see where facts come from and when they were last checked; editors see what is due for a re-check."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils.html import escape
from wagtail.models import Locale

from core.freshness import due_for_recheck, recheck_start
from factsheets.models import FactsheetPage
from support.models import HelpService, ReportingChannel
from tests.factories import demo_page

pytestmark = pytest.mark.django_db


def sources_section(html):
    match = re.search(r'<section class="sources".*?</section>', html, re.S)
    assert match, "no sources section"
    return match.group(0)


@pytest.mark.parametrize(
    ("address", "language", "organisation", "checked"),
    [
        ("fiches/grooming", "fr", "Comité de Lanzarote", "Dernière vérification le 28 novembre 2026"),
        ("fiches/sextorsion", "de", "Europarat, Lanzarote-Ausschuss", "Zuletzt geprüft am 28. November 2026"),
        ("guides/seance-7e", "lb", "Groussherzoglech Police", "Lescht Kontroll den 28. November 2026"),
        ("guides/dix-conseils-aux-parents", "en", "the Grand Ducal Police", "Last checked on Nov. 28, 2026"),
    ],
)
def test_factsheets_and_guides_show_their_sources_and_last_check_in_the_readers_language(
    client, address, language, organisation, checked
):
    page = demo_page(address, language)
    section = sources_section(client.get(page.url).content.decode())
    assert organisation in section
    assert checked in section
    link = '<a href="https://www.childprotection.lu/" rel="noopener noreferrer"><cite>childprotection.lu</cite></a>'
    assert link in section


def test_every_demo_factsheet_guide_channel_and_service_has_sources_and_a_check_date():
    default = Locale.get_default()
    for model in (FactsheetPage, ReportingChannel, HelpService):
        for item in model.objects.filter(locale=default):
            assert item.sources.exists(), item
            assert item.checked_on, item
    for address in ("guides/seance-7e", "guides/dix-conseils-aux-parents"):
        guide = demo_page(address)
        assert guide.sources.exists() and guide.checked_on


def test_leaving_page_shows_the_channels_sources_and_last_check(client):
    html = client.get("/pt/denunciar/stopline/").content.decode()
    section = sources_section(html)
    assert "ECPAT Luxembourg" in section and "publicado a 18 de outubro de 2018" in section
    assert "Última verificação a 28 de Novembro de 2026" in section


def test_help_directory_shows_each_services_sources(client):
    html = client.get("/en/find-help/").content.decode()
    card = html.split('id="service-sos-detresse"', 1)[1].split("</article>", 1)[0]
    assert escape("“Adresses utiles”") in card
    assert "Last checked on Nov. 28, 2026" in card


def test_recheck_starts_on_the_first_of_july_each_year():
    assert recheck_start(datetime.date(2027, 6, 30)) == datetime.date(2026, 7, 1)
    assert recheck_start(datetime.date(2027, 7, 1)) == datetime.date(2027, 7, 1)
    assert recheck_start(datetime.date(2026, 11, 28)) == datetime.date(2026, 7, 1)


def test_nothing_checked_this_school_year_is_due_until_next_summer():
    titles = {item.title for item in due_for_recheck(datetime.date(2027, 6, 30))}
    assert "Le grooming" not in titles
    assert "KannerJugendTelefon (KJT)" not in titles


def test_before_the_next_school_year_every_fact_is_due_with_what_to_check():
    due = {item.title: item for item in due_for_recheck(datetime.date(2027, 7, 2))}
    assert {"Le grooming", "KannerJugendTelefon (KJT)", "BEE SECURE Stopline"} <= set(due)
    assert "Code pénal, article 385-2" in due["Le grooming"].what  # law articles come from the page itself
    assert {"numéro de téléphone", "horaires"} <= set(due["KannerJugendTelefon (KJT)"].what)  # in the editor's language
    assert "adresse du formulaire" in due["BEE SECURE Stopline"].what
    assert due["Le grooming"].edit_url.startswith("/admin/pages/")


def test_items_never_checked_come_first():
    HelpService.objects.filter(slug="ork").update(checked_on=None)
    due = due_for_recheck(datetime.date(2026, 12, 1))
    assert [item.title for item in due] == ["Ombuds-Comité fir d'Rechter vum Kand (ORK)"]
    assert due[0].checked_on is None


def test_the_admin_dashboard_lists_what_is_due_for_a_recheck(client):
    HelpService.objects.filter(slug="alupse").update(checked_on=None)
    FactsheetPage.objects.filter(slug="webcam").update(checked_on=datetime.date(2020, 1, 1))
    user = get_user_model().objects.create_superuser("relectrice", "relectrice@example.org", "x")
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    panel = html.split('id="due-for-recheck', 1)[1]
    assert "ALUPSE" in panel
    assert "Webcam et chat vidéo" in panel
    assert "Code pénal, article 385-2" in panel
