"""The help directory, the open-now status on pages, and the help-and-report box."""

import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale

from core.demo import home_page, vocabulary
from core.models import Audience, Topic
from factsheets.models import FactsheetIndexPage, FactsheetPage
from support import demo
from support.blocks import OpeningHoursBlock
from support.models import HelpService, ReportingChannel
from tests.factories import demo_data, demo_files, translated

SERVICES = demo_files("support/services", "support.HelpService")
CHANNELS = demo_files("support/channels", "support.ReportingChannel")

pytestmark = pytest.mark.django_db

DIRECTORY_URLS = {
    "fr": "/fr/trouver-de-l-aide/",
    "de": "/de/hilfe-finden/",
    "lb": "/lb/hellef-fannen/",
    "en": "/en/find-help/",
    "pt": "/pt/encontrar-ajuda/",
}


def service_card(html, slug):
    return html.split(f'id="service-{slug}"', 1)[1].split("</article>", 1)[0]


@pytest.mark.parametrize(("language", "url"), DIRECTORY_URLS.items())
def test_directory_lists_every_service_of_the_seeds_in_every_language(client, language, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for service in SERVICES:
        spec = service.data
        card = service_card(html, spec["slug"])
        assert escape(translated(service.name, spec["name"], language)) in card
        assert escape(translated(service.name, spec["summary"], language)) in card
        if spec.get("phone"):
            assert f'href="tel:{spec["phone"].replace(" ", "").replace("-", "")}"' in card


def test_directory_shows_who_is_open_on_a_tuesday_afternoon(client, at_moment):
    at_moment(2026, 11, 24, 15, 0)
    html = client.get("/fr/trouver-de-l-aide/").content.decode()
    assert escape("Ouvert maintenant, jusqu'à 22:00") in service_card(html, "kannerjugendtelefon")
    assert escape("Ouvert maintenant, jusqu'à 17:00") in service_card(html, "alupse")
    assert escape("Ouvert maintenant, jusqu'à 23:00") in service_card(html, "sos-detresse")


def test_directory_on_saturday_night_in_english(client, at_moment):
    at_moment(2026, 11, 28, 21, 0)
    html = client.get("/en/find-help/").content.decode()
    assert "Closed, opens on Monday at 17:00" in service_card(html, "kannerjugendtelefon")
    assert "Closed, opens on Monday at 09:00" in service_card(html, "alupse")
    assert "Open now, until tomorrow at 07:00" in service_card(html, "sos-detresse")


def test_directory_on_the_morning_of_the_spring_change(client, at_moment):
    at_moment(2026, 3, 29, 6, 30)  # Sunday 06:30 summer time, one hour after the change
    html = client.get("/de/hilfe-finden/").content.decode()
    assert "Jetzt geöffnet, bis 07:00" in service_card(html, "sos-detresse")
    assert "Geschlossen, öffnet morgen um 17:00" in service_card(html, "kannerjugendtelefon")


def test_services_without_known_hours_say_so_instead_of_closed(client, at_moment):
    at_moment(2026, 11, 24, 15, 0)
    html = client.get("/lb/hellef-fannen/").content.decode()
    card = service_card(html, "bee-secure-helpline")
    assert "Ëffnungszäiten net bekannt" in card
    assert "Zou" not in card


def test_directory_lists_weekly_hours_with_the_overnight_spans(client):
    html = client.get("/en/find-help/").content.decode()
    card = service_card(html, "sos-detresse")
    assert "Friday 23:00–07:00" in card
    assert "(next day)" in card
    assert "Day and night: help by e-mail, at any hour" in card
    kjt = service_card(html, "kannerjugendtelefon")
    assert "Tuesday 14:00–22:00" in kjt
    assert "Sunday" not in kjt


def test_directory_is_in_the_navigation(client):
    html = client.get("/pt/").content.decode()
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/pt/encontrar-ajuda/"' in nav


def test_directory_sets_no_cookie(client):
    assert not client.get("/fr/trouver-de-l-aide/").cookies


def test_opening_hours_block_refuses_equal_times():
    import datetime

    from wagtail.blocks import StructBlockValidationError

    block = OpeningHoursBlock()
    value = block.to_python({"weekday": "1", "opens": "14:00", "closes": "14:00"})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    overnight = block.to_python({"weekday": "4", "opens": "23:00", "closes": "07:00"})
    assert block.clean(overnight)["closes"] == datetime.time(7, 0)


# --- {% help_and_report page %} --------------------------------------------------------------


def make_factsheet(slug, topics, audiences):
    index = FactsheetIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        index = FactsheetIndexPage(title="Fiches", slug="fiches-test")
        home_page().add_child(instance=index)
    page = FactsheetPage(title=slug, slug=slug)
    index.add_child(instance=page)
    page.topics.set(vocabulary(Topic, *topics))
    page.audiences.set(vocabulary(Audience, *audiences))
    page.save()
    return page


def render_box(page, language):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        return Template("{% load support_tags %}{% help_and_report page %}").render(
            Context({"page": page, "request": request})
        )


def test_grooming_page_for_pupils_offers_the_grooming_button_and_open_helplines(at_moment):
    at_moment(2026, 11, 24, 15, 0)
    page = make_factsheet("grooming-test", ["grooming"], ["pupils"])
    html = render_box(page, "fr")
    buttons = re.findall(r'class="button report-button" href="([^"]+)"', html)
    assert buttons == ["/fr/signaler/grooming/"]
    assert "KannerJugendTelefon (KJT)" in html
    assert escape("Ouvert maintenant, jusqu'à 22:00") in html
    assert "Horaires non connus" in html  # BEE SECURE Helpline: hours not in the seeds


def test_box_speaks_the_readers_language_and_links_to_its_leaving_page(at_moment):
    at_moment(2026, 11, 28, 21, 0)
    page = make_factsheet("images-test", ["illegal-images"], ["parents"])
    html = render_box(page, "en")
    assert 'href="/en/report/stopline/"' in html
    assert "Talk to someone" in html
    assert "Closed, opens on Monday at 17:00" in html  # KJT, for parents too
    assert "Police: grooming" not in html


def test_box_links_straight_out_when_no_report_page_exists(at_moment):
    at_moment(2026, 11, 24, 15, 0)
    page = make_factsheet("sans-page", ["grooming"], [])
    from support.models import ReportPage

    for report_page in ReportPage.objects.filter(locale__language_code="fr"):
        report_page.unpublish()
    html = render_box(page, "fr")
    assert 'href="https://www.childprotection.lu/" rel="noopener noreferrer"' in html


def test_box_is_empty_for_a_page_without_topics_or_audiences():
    page = make_factsheet("vide", [], [])
    assert "help-and-report" not in render_box(page, "fr")


def count_queries(page, language="de"):
    with CaptureQueriesContext(connection) as queries:
        render_box(page, language)
    return len(queries)


def first_and_next_queries(page):
    """Queries of the box's first view in this process (what it keeps per content generation read
    afresh) and of the next one."""
    from core import content_generation

    content_generation.forget_process_memos()
    return count_queries(page), count_queries(page)


def test_box_query_count_does_not_grow_with_tags_channels_or_services(at_moment):
    at_moment(2026, 11, 24, 15, 0)
    small = make_factsheet("petit", ["grooming"], ["pupils"])
    large = make_factsheet(
        "grand",
        [topic["slug"] for topic in demo_data("core/topics.yaml")["items"]],
        ["pupils", "parents", "teachers", "professionals"],
    )
    count_queries(small)  # warm what the process keeps whatever the generation (content types)
    baseline = first_and_next_queries(small)
    assert first_and_next_queries(large) == baseline
    pupils = vocabulary(Audience, "pupils")
    grooming = vocabulary(Topic, "grooming")
    for number in range(15):
        service = HelpService(locale=Locale.get_default(), slug=f"extra-{number}", name=f"Extra {number}")
        service.audiences.set(pupils)
        service.save()
        channel = ReportingChannel(
            locale=Locale.get_default(), slug=f"extra-{number}", name=f"Canal {number}", form_url="https://example.org/"
        )
        channel.topics.set(grooming)
        channel.save()
    assert first_and_next_queries(small) == baseline
    assert first_and_next_queries(large) == baseline


# --- Demo loader -------------------------------------------------------------------------------


def test_demo_loader_is_idempotent():
    counts = (HelpService.objects.count(), ReportingChannel.objects.count())
    demo.load()
    assert (HelpService.objects.count(), ReportingChannel.objects.count()) == counts
    assert counts == (len(SERVICES) * 5, len(CHANNELS) * 5)


def test_demo_channels_are_real_translations_with_synchronised_facts():
    stopline = ReportingChannel.objects.get(slug="stopline", locale__language_code="lb")
    assert stopline.anonymous_allowed is True
    assert {topic.slug for topic in stopline.topics.all()} == {"illegal-images", "sextortion", "sexting"}
    grooming = ReportingChannel.objects.get(slug="grooming", locale__language_code="pt")
    assert grooming.must_identify and grooming.must_acknowledge_false_reports and not grooming.anonymous_allowed
    assert "childprotection" in grooming.form_url
    assert "own address is not in our sources" in grooming.editor_notes


def test_directory_query_count_does_not_grow_with_the_number_of_services(client):
    client.get("/en/find-help/")
    with CaptureQueriesContext(connection) as before:
        client.get("/en/find-help/")
    parents = vocabulary(Audience, "parents", "teachers")
    for number in range(12):
        service = HelpService(locale=Locale.get_default(), slug=f"more-{number}", name=f"More {number}")
        service.audiences.set(parents)
        service.save()
    client.get("/en/find-help/")  # saving content starts a new generation: the first view reads what it keeps again
    with CaptureQueriesContext(connection) as after:
        html = client.get("/en/find-help/").content.decode()
    assert "More 11" in html
    assert len(after) == len(before)


def test_directory_can_be_narrowed_to_one_audience_with_a_plain_link(client):
    html = client.get("/en/find-help/").content.decode()
    assert 'href="/en/find-help/?audience=teachers"' in html
    narrowed = client.get("/en/find-help/?audience=teachers")
    assert narrowed.status_code == 200
    page = narrowed.content.decode()
    assert 'id="service-bee-secure-helpline"' in page
    assert 'id="service-ork"' not in page  # ORK is for under-18s
    assert '<a href="/en/find-help/?audience=teachers" aria-current="true">Teachers</a>' in page


@pytest.mark.parametrize("value", ["nobody", "%00", "x" * 5000, "pupils%27--", ""])
def test_unknown_audience_filter_shows_everyone_without_an_error(client, value):
    response = client.get(f"/fr/trouver-de-l-aide/?audience={value}")
    assert response.status_code == 200
    html = response.content.decode()
    for service in SERVICES:
        assert f'id="service-{service.data["slug"]}"' in html
    assert 'aria-current="true">Tout le monde</a>' in html
