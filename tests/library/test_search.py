import pytest
from django.db import connection

from library.search_backend import config_for_language
from tests.factories import demo_data, demo_page

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="language-aware stemming needs PostgreSQL full-text search; SQLite uses Wagtail's default backend",
)


TEACHER = "guides/seance-7e"
PARENT = "guides/dix-conseils-aux-parents"


def test_each_language_has_its_search_configuration():
    assert [config_for_language(code) for code in ("fr", "de", "en", "pt")] == [
        "french",
        "german",
        "english",
        "portuguese",
    ]
    assert config_for_language("lb") == "simple"  # PostgreSQL has no Luxembourgish dictionary


@postgres_only
def test_search_finds_a_german_page_by_an_inflected_german_word(client):
    guide = demo_page(TEACHER, "de")
    page_text = client.get(guide.url).content.decode()
    assert "Kindern" not in page_text and "Kinder" in page_text  # only another form is on the page
    html = client.get("/de/search/?q=Kindern").content.decode()
    assert f'href="{guide.url}"' in html


@postgres_only
def test_search_stems_french_queries_in_french(client):
    guide = demo_page(PARENT, "fr")
    assert "conseillé" not in client.get(guide.url).content.decode()
    assert f'href="{guide.url}"' in client.get("/fr/search/?q=conseillé").content.decode()


def test_search_finds_pages_in_the_reader_language_only(client):
    german = demo_page(PARENT, "de")
    english = demo_page(PARENT, "en")
    assert f'href="{german.url}"' in client.get("/de/search/?q=Eltern").content.decode()
    html = client.get("/en/search/?q=Eltern").content.decode()
    assert f'href="{german.url}"' not in html and f'href="{english.url}"' not in html


def test_luxembourgish_search_works_without_stemming(client):
    guide = demo_page(PARENT, "lb")
    assert f'href="{guide.url}"' in client.get("/lb/search/?q=Elteren").content.decode()


def test_results_show_type_audience_and_a_snippet(client):
    guide = demo_page(PARENT, "fr")
    response = client.get("/fr/search/?q=parents")
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    result = html[html.index(f'href="{guide.url}"') - 400 : html.index(f'href="{guide.url}"') + 1200]
    assert '<p class="library__type">' in result
    assert '<li class="tag">Parents</li>' in result
    assert demo_data("education/dix-conseils-aux-parents.yaml")["intro"][:40].replace("'", "&#x27;") in result


@pytest.mark.parametrize(
    "query",
    ["%00", "photo%00", "a" * 5000, "%1B%5B31m", "%C0%AF"],
)
def test_nul_bytes_control_characters_and_huge_queries_give_a_clean_page(client, query):
    response = client.get(f"/fr/search/?q={query}")
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert '<input type="search" id="search-query" name="q"' in html
    if "%00" in query or len(query) > 200 or "%1B" in query:
        assert response.status_code == 400
        assert '<p class="notice" role="alert">' in html


@pytest.mark.parametrize(
    "query", ["!!!", "' OR 1=1 --", "a & b | !c", "foo:*", '"unclosed', "(((", "-", "'", "OR", "NEAR(a b)", "l'image"]
)
def test_search_syntax_characters_do_not_break_the_search(client, query):
    response = client.get("/fr/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("page", ["abc", "0", "-3", "9" * 30])
def test_malformed_page_numbers_give_a_clean_page(client, page):
    response = client.get("/fr/search/", {"q": "photo", "page": page})
    assert response.status_code == 400
    assert '<p class="notice" role="alert">' in response.content.decode()


def test_empty_search_shows_the_form(client):
    response = client.get("/pt/search/")
    assert response.status_code == 200
    assert '<html lang="pt">' in response.content.decode()
