"""The factsheet index's filters (topic, audience, age) on five factsheets whose tags are known."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.demo import home_page
from factsheets.models import FactsheetIndexPage

from .helpers import card_titles, empty_index, simple_factsheet

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _tagged_index_pk(module_transaction, django_db_blocker):
    """Five French factsheets with known tags under an index of their own, built once for the module."""
    with django_db_blocker.unblock():
        index = empty_index(home_page())
        simple_factsheet(index, 1, topics=("grooming",), audiences=("parents",), age_bands=("12-14",))
        simple_factsheet(index, 2, topics=("grooming",), audiences=("pupils",), age_bands=("12-14",))
        simple_factsheet(index, 3, topics=("sexting",), audiences=("parents",), age_bands=("12-14",))
        simple_factsheet(index, 4, topics=("grooming",), audiences=("parents",), age_bands=("15-18",))
        simple_factsheet(
            index, 5, topics=("grooming", "sexting"), audiences=("parents", "pupils"), age_bands=("12-14",)
        )
        return index.pk


@pytest.fixture
def tagged_index(_tagged_index_pk):
    return FactsheetIndexPage.objects.get(pk=_tagged_index_pk)


def test_filters_combine(client, tagged_index):
    url = tagged_index.url
    html = client.get(f"{url}?topic=grooming&audience=parents&age=12-14").content.decode()
    assert card_titles(html) == ["Fiche numéro 1", "Fiche numéro 5"]
    assert card_titles(client.get(f"{url}?topic=grooming").content.decode()) == [
        "Fiche numéro 1",
        "Fiche numéro 2",
        "Fiche numéro 4",
        "Fiche numéro 5",
    ]
    assert card_titles(client.get(f"{url}?audience=pupils&age=12-14").content.decode()) == [
        "Fiche numéro 2",
        "Fiche numéro 5",
    ]


def test_filter_form_works_without_javascript_and_keeps_the_choice(client, tagged_index):
    html = client.get(f"{tagged_index.url}?topic=sexting&age=12-14").content.decode()
    assert f'<form class="factsheet-filters" method="get" action="{tagged_index.url}"' in html
    assert '<option value="sexting" selected>Sexting</option>' in html
    assert '<option value="12-14" selected>12 à 14 ans</option>' in html
    assert '<label for="id_topic">' in html
    assert 'type="submit"' in html


def test_no_match_says_so_and_offers_the_full_list(client, tagged_index):
    response = client.get(f"{tagged_index.url}?topic=privacy")
    assert response.status_code == 200
    html = response.content.decode()
    assert card_titles(html) == []
    assert "Aucune fiche ne correspond" in html


@pytest.mark.parametrize(
    "query",
    [
        "topic=unknown",
        "topic=%00",
        "age=" + "9" * 5000,
        "audience[]=parents",
        "topic=grooming%00",
        "age=12-14&age=nope",
        "topic=%F0%9F%92%A5",
    ],
)
def test_bad_filter_values_give_a_clean_page_not_an_error(client, tagged_index, query):
    response = client.get(f"{tagged_index.url}?{query}")
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert "<h1>Fiches de test</h1>" in html
    if response.status_code == 400:
        assert "ne sont pas connus" in html


def test_unknown_value_drops_only_that_filter(client, tagged_index):
    response = client.get(f"{tagged_index.url}?topic=grooming&audience=martians")
    assert response.status_code == 400
    html = response.content.decode()
    assert len(card_titles(html)) == 4
    assert "ne sont pas connus" in html


def test_unknown_parameters_are_ignored(client, tagged_index):
    response = client.get(f"{tagged_index.url}?utm_source=x&page=2")
    assert response.status_code == 200
    assert len(card_titles(response.content.decode())) == 5


def test_index_shows_only_live_factsheets(client, tagged_index):
    first = tagged_index.get_children().first().specific
    first.unpublish()
    assert "Fiche numéro 1" not in card_titles(client.get(tagged_index.url).content.decode())


def _count_queries(client, url):
    client.get(url)  # warm the site-root cache, as any running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_query_count_is_the_same_for_5_and_50_factsheets(client, tagged_index):
    url = f"{tagged_index.url}?topic=grooming&audience=parents"
    five, response = _count_queries(client, url)
    assert len(card_titles(response.content.decode())) == 3
    for number in range(6, 51):
        simple_factsheet(tagged_index, number, topics=("grooming",), audiences=("parents",), age_bands=("12-14",))
    fifty, response = _count_queries(client, url)
    assert len(card_titles(response.content.decode())) == 48
    assert fifty == five, f"{five} queries for 5 factsheets, {fifty} for 50"

    unfiltered = _count_queries(client, tagged_index.url)[0]
    assert unfiltered == five


def test_anonymous_readers_get_no_cookies_on_index_and_factsheets(client, tagged_index):
    for url in [tagged_index.url, f"{tagged_index.url}?topic=grooming", "/fr/fiches/grooming/"]:
        assert not client.get(url).cookies
