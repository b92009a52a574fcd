"""The help step of every factsheet: services open now (Luxembourg time), the next to open when none
is, and always the one way to get help day and night that the sources give (SOS Détresse by e-mail)."""

import re
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from core.demo import vocabulary
from core.languages import language_codes
from core.models import Audience
from support.help_now import help_now
from support.models import HelpService
from support.opening_hours import LUXEMBOURG
from tests.factsheets.helpers import demo_factsheet

pytestmark = pytest.mark.django_db


def pupils_services():
    return list(HelpService.objects.filter(locale=Locale.get_default(), audiences__slug="pupils"))


def names(items):
    return [item.service.name for item in items]


def help_box(html):
    match = re.search(r'<div class="help-now">.*?</div>', html, re.S)
    assert match, "the factsheet has no help step"
    return match.group(0)


def test_on_sunday_morning_nothing_is_open_so_the_next_line_and_the_day_and_night_way_are_offered():
    sunday_morning = datetime(2026, 11, 29, 10, 0, tzinfo=LUXEMBOURG)
    with translation.override("en"):
        help = help_now(pupils_services(), sunday_morning)
    assert help.open_now == []
    assert help.next_opening == "SOS Détresse opens today at 15:00."
    assert [service.slug for service in help.day_and_night] == ["sos-detresse"]


def test_on_a_weekday_night_nothing_is_open_and_the_next_line_opens_tomorrow_morning():
    tuesday_night = datetime(2026, 11, 24, 23, 30, tzinfo=LUXEMBOURG)
    with translation.override("en"):
        help = help_now(pupils_services(), tuesday_night)
    assert help.open_now == []
    assert help.next_opening == "ALUPSE-Dialogue opens tomorrow at 09:00."
    assert [service.slug for service in help.day_and_night] == ["sos-detresse"]


def test_on_a_friday_night_sos_detresse_is_open_until_morning():
    friday_night = datetime(2026, 11, 27, 23, 30, tzinfo=LUXEMBOURG)
    with translation.override("en"):
        help = help_now(pupils_services(), friday_night)
    assert names(help.open_now) == ["SOS Détresse"]
    assert help.open_now[0].text == "Open now, until tomorrow at 07:00"
    assert help.next_opening == ""


def test_on_a_wednesday_evening_the_open_lines_are_offered_and_the_closed_ones_are_not():
    wednesday_evening = datetime(2026, 11, 25, 18, 0, tzinfo=LUXEMBOURG)
    help = help_now(pupils_services(), wednesday_evening)
    assert set(names(help.open_now)) == {"KannerJugendTelefon (KJT)", "SOS Détresse"}
    assert "ALUPSE-Dialogue" not in names(help.open_now)


@pytest.mark.parametrize("language", language_codes())
def test_the_factsheet_help_step_on_sunday_morning_names_no_closed_line(client, at_moment, language):
    at_moment(2026, 11, 29, 10, 0)
    page = demo_factsheet("sextorsion", language)
    box = help_box(client.get(page.url).content.decode())
    assert "KannerJugendTelefon" not in box  # closed on Sundays
    assert "SOS Détresse" in box
    assert 'href="https://www.454545.lu/"' in box


def test_the_factsheet_help_step_in_english_on_a_weekday_night(client, at_moment):
    at_moment(2026, 11, 24, 23, 30)
    box = help_box(client.get(demo_factsheet("grooming", "en").url).content.decode())
    assert "No helpline is open right now. ALUPSE-Dialogue opens tomorrow at 09:00." in box
    assert "Day and night: SOS Détresse, help by e-mail, at any hour" in box


def test_the_factsheet_help_step_on_a_weekday_afternoon_lists_the_open_lines_with_their_numbers(client, at_moment):
    at_moment(2026, 11, 24, 15, 0)
    box = help_box(client.get(demo_factsheet("webcam", "fr").url).content.decode())
    assert 'href="tel:116111"' in box and "Ouvert maintenant, jusqu&#x27;à 22:00" in box
    assert 'href="tel:2618481"' in box  # ALUPSE
    assert 'href="tel:454545"' in box


def test_the_help_step_does_not_add_queries_when_there_are_more_services(client, at_moment):
    at_moment(2026, 11, 29, 10, 0)
    url = demo_factsheet("sexting", "de").url
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    pupils = vocabulary(Audience, "pupils")
    for number in range(10):
        service = HelpService(locale=Locale.get_default(), slug=f"ecoute-{number}", name=f"Écoute {number}")
        service.audiences.set(pupils)
        service.save()
    client.get(url)  # saving content starts a new generation: the first view reads what it keeps again
    with CaptureQueriesContext(connection) as after:
        html = client.get(url).content.decode()
    assert "Écoute 9" in html
    assert len(after) == len(before)


def test_the_printed_factsheet_names_no_opening_that_depends_on_the_time(client, at_moment):
    from factsheets.models import FactsheetPage

    at_moment(2026, 11, 29, 10, 0)
    page = demo_factsheet("sexting", "en")
    assert isinstance(page.specific, FactsheetPage)
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
