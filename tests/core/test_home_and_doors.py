"""The home page: three doors (pupil, parent, teacher), "something happened? get help now" with who
is open, and featured tools; each door leads to a page gathered from the tags."""

import re
from datetime import datetime
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.models import AudiencePage
from factsheets.models import FactsheetPage
from support.opening_hours import LUXEMBOURG
from tests.factsheets.helpers import simple_factsheet

pytestmark = pytest.mark.django_db

DOOR_LINK = re.compile(r'<a class="door__link" href="([^"]+)">([^<]+)</a>')
CARD_LINK = re.compile(r'<a class="card__link" href="([^"]+)">([^<]+)</a>')


def _section(html, heading_id):
    return html.split(f'id="{heading_id}"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def tuesday_afternoon(monkeypatch):
    moment = datetime(2026, 11, 24, 15, 0, tzinfo=LUXEMBOURG)  # a Tuesday
    monkeypatch.setattr("support.help_status.now", lambda: moment)
    return moment


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("fr", ["Je suis élève", "Je suis parent", "J&#x27;enseigne"]),
        ("de", ["Ich gehe zur Schule", "Ich bin Mutter oder Vater", "Ich unterrichte"]),
        ("lb", ["Ech sinn Schüler", "Ech sinn Elterendeel", "Ech sinn Enseignant"]),
    ],
)
def test_home_shows_three_doors_in_the_readers_language(client, language, labels):
    html = client.get(f"/{language}/").content.decode()
    doors = DOOR_LINK.findall(html)
    assert [label for _url, label in doors] == labels
    for url, _label in doors:
        assert url.startswith(f"/{language}/")
        assert client.get(url).status_code == 200


def test_the_pupils_door_lists_what_is_tagged_for_pupils_by_kind(client):
    html = client.get("/fr/eleves/").content.decode()
    titles = [title for _url, title in CARD_LINK.findall(html)]
    assert "Le grooming" in titles  # factsheet tagged pupils
    assert "Quiz : le sexting" in titles  # quiz tagged pupils
    assert "Réfléchis avant de publier" in titles  # tree tagged pupils
    assert "Dix conseils aux parents" not in titles  # tagged parents only
    headings = [unescape(h) for h in re.findall(r'<h2 id="section-\d+">([^<]+)</h2>', html)]
    assert headings[:3] == ["Fiches d'information", "Outils", "Quiz"]


def test_the_teachers_door_lists_the_lesson_plan_and_not_the_parent_guide(client):
    titles = [title for _url, title in CARD_LINK.findall(client.get("/en/teachers/").content.decode())]
    assert any(title.startswith("7th-grade class session") for title in titles), titles
    assert "Ten tips for parents" not in titles


def test_a_page_untagged_for_pupils_leaves_their_door_at_once(client):
    factsheet = FactsheetPage.objects.get(slug="webcam", locale=Locale.get_default())
    assert "Webcam" in client.get("/fr/eleves/").content.decode()
    factsheet.audiences.set([a for a in factsheet.audiences.all() if a.slug != "pupils"])
    factsheet.save_revision().publish()
    titles = [title for _url, title in CARD_LINK.findall(client.get("/fr/eleves/").content.decode())]
    assert factsheet.title not in titles


def test_a_door_costs_the_same_queries_however_many_pages_it_lists(client):
    def queries():
        client.get("/fr/eleves/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/fr/eleves/").status_code == 200
        return len(captured)

    before = queries()
    index = FactsheetPage.objects.get(slug="grooming", locale=Locale.get_default()).get_parent()
    for number in range(5):
        simple_factsheet(index, 900 + number, topics=("webcam",), audiences=("pupils",))
    assert queries() <= before
    assert "Fiche numéro 904" in client.get("/fr/eleves/").content.decode()


def test_home_costs_the_same_queries_with_more_doors(client, home_fr):
    def queries():
        client.get("/fr/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/fr/")
        return len(captured)

    before = queries()
    door = AudiencePage.objects.child_of(home_fr).first()
    for number in range(3):
        door.copy(to=home_fr, update_attrs={"slug": f"porte-{number}", "title": f"Porte {number}"}, keep_live=True)
    assert queries() <= before
    assert len(DOOR_LINK.findall(client.get("/fr/").content.decode())) == 6


def test_get_help_now_offers_report_and_talk_with_who_is_open_first(client, tuesday_afternoon):
    html = _section(client.get("/en/").content.decode(), "help-band-heading")
    assert "Something happened? Get help now" in html
    assert 'href="/en/report/"' in html
    assert re.search(r'href="/en/[^"]*help[^"]*/"', html)
    statuses = re.findall(r'<p class="help-now__status">(.*?)</p>', html, re.S)
    assert statuses, "who is open now is shown"
    opened = [("Open now" in status) for status in statuses]
    assert opened == sorted(opened, reverse=True), "services open now come first"
    assert re.search(r'href="tel:\d+"', html)


def test_featured_tools_are_a_tree_a_quiz_and_a_factsheet_in_the_readers_language(client):
    html = _section(client.get("/de/").content.decode(), "featured-heading")
    kinds = re.findall(r'<p class="topic-card__kind">([^<]+)</p>', html)
    assert kinds == ["Werkzeug", "Quiz", "Infoblatt"]
    for url, _title in CARD_LINK.findall(html):
        assert url.startswith("/de/")
    assert len(set(re.findall(r"topic-card (look-[\w-]+)", html))) == 3  # three topic colours


def test_an_unpublished_featured_page_leaves_the_home_page(client):
    factsheet = FactsheetPage.objects.get(slug="grooming", locale=Locale.get_default())
    assert factsheet.url in client.get("/fr/").content.decode()
    factsheet.unpublish()
    assert factsheet.url not in _section(client.get("/fr/").content.decode(), "featured-heading")
