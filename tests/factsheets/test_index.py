"""The factsheet index as the demo content fills it, in the reader's language."""

import pytest

from .helpers import card_titles

pytestmark = pytest.mark.django_db


def test_index_lists_the_demo_factsheets_in_the_readers_language(client):
    html = client.get("/de/infoblatter/").content.decode()
    assert "<h1>Infoblätter</h1>" in html
    titles = card_titles(html)
    assert {"Cybergrooming", "Sexting", "Recht am eigenen Bild"} <= set(titles)
    assert "Le grooming" not in titles


def test_filter_labels_are_in_the_readers_language(client):
    html = client.get("/pt/fichas-informativas/?topic=grooming").content.decode()
    assert '<option value="grooming" selected>Aliciamento online</option>' in html
    assert '<option value="parents">Pais</option>' in html


def test_factsheet_index_is_in_the_navigation_in_every_language(client):
    for url, label in [("/fr/", "Fiches d&#x27;information"), ("/de/", "Infoblätter"), ("/lb/", "Infoblieder")]:
        html = client.get(url).content.decode()
        nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
        assert label in nav
