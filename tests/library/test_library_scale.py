"""The library as material grows: every tagged page type is listed, and the number of queries a
page costs does not grow with the number of items."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from library import catalogue
from tests.factories import demo_page

from .conftest import download, make_document, make_factsheet, take_other_material_offline

pytestmark = pytest.mark.django_db


def test_library_lists_every_tagged_page_type():
    names = {model._meta.label for model in catalogue.tagged_page_models()}
    assert {"factsheets.FactsheetPage", "education.TeacherGuidePage", "education.ParentGuidePage"} <= names


def _library_queries(client, url):
    client.get(url)  # warm the caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _add_material(count, start=0):
    from tests.factories import build_parent_guide, guide_index

    guides = guide_index()
    for number in range(start, start + count):
        if number % 2:
            make_factsheet(f"Fiche {number}", ["pupils"], ["12-14"], ["sexting"])
        else:
            document = make_document(f"Document {number}", f"doc-{number}.pdf")
            build_parent_guide(guides, slug=f"guide-{number}", title=f"Guide {number}", downloads=[download(document)])


def test_the_number_of_queries_is_the_same_for_10_and_100_items(client):
    take_other_material_offline()
    page = demo_page("bibliotheque")
    _add_material(10)
    few = _library_queries(client, page.url + "?sort=title")
    _add_material(90, start=10)
    assert len(catalogue.Catalogue(RequestFactory().get("/fr/")).items) >= 100
    many = _library_queries(client, page.url + "?sort=title")
    assert few == many
