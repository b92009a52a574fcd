"""The library's filters, counts, sorting and pagination on a small set of material whose tags are
known (conftest.known_material, built once for the module)."""

import itertools
import re

import pytest
from django.test import RequestFactory
from django.utils import translation

from library import catalogue
from tests.factories import demo_page

pytestmark = pytest.mark.django_db

OPTION = re.compile(
    r'name="(?P<facet>\w+)" value="(?P<value>[^"]+)"[^>]*>\s*<label[^>]*>.*?\((?P<count>\d+)\)</span>', re.DOTALL
)
RESULT_TITLE = re.compile(r'<a class="card__link" href="[^"]*"[^>]*>([^<]+)</a>')


def expected_titles(specs, selection):
    """The oracle: an item matches when, for every facet with a selection, it has one of its values."""
    return {
        spec.title
        for spec in specs
        if all(getattr(spec, facet) & wanted for facet, wanted in selection.items() if wanted)
    }


def expected_counts(specs, selection, facet):
    others = {name: wanted for name, wanted in selection.items() if name != facet}
    counts = {}
    for spec in specs:
        if spec.title in expected_titles(specs, others):
            for value in getattr(spec, facet):
                counts[value] = counts.get(value, 0) + 1
    return counts


def french_catalogue():
    request = RequestFactory().get("/fr/bibliotheque/")
    with translation.override("fr"):
        return catalogue.Catalogue(request)


def titles_of(items):
    return {item.page.get_translation(item.page.locale).title if item.page else item.title for item in items}


def test_every_filter_combination_gives_the_expected_result_set(known_material):
    with translation.override("fr"):
        library = french_catalogue()
        options = library.facet_options()
    choices = {facet: [None, *[value for value, _label in options[facet]]] for facet in catalogue.FACETS}
    combinations = 0
    for values in itertools.product(*(choices[facet] for facet in catalogue.FACETS)):
        selection = {
            facet: ({value} if value else set()) for facet, value in zip(catalogue.FACETS, values, strict=True)
        }
        found = titles_of(catalogue.filter_items(library.items, selection))
        assert found == expected_titles(known_material, selection), selection
        combinations += 1
    assert combinations >= 5 * 4 * 8 * 7 * 6


def test_several_values_in_one_filter_are_alternatives(known_material):
    items = french_catalogue().items
    selection = {"audience": {"pupils", "teachers"}, "language": {"de", "en"}}
    found = titles_of(catalogue.filter_items(items, selection))
    assert found == expected_titles(known_material, selection) == {"Fiche A", "Guide C", "Document Un", "Guide E"}


@pytest.mark.parametrize(
    "query, selection",
    [
        ("", {}),
        ("?topic=sexting", {"topic": {"sexting"}}),
        ("?audience=parents&language=fr", {"audience": {"parents"}, "language": {"fr"}}),
        ("?format=pdf&format=odt&age=8-11", {"format": {"pdf", "odt"}, "age": {"8-11"}}),
        ("?audience=teachers&age=12-14&topic=webcam&format=teacherguidepage&language=lb", None),
    ],
)
def test_the_page_shows_results_and_counts_per_filter_value(client, known_material, query, selection):
    if selection is None:
        selection = {"audience": {"teachers"}, "age": {"12-14"}, "topic": {"webcam"}, "format": {"teacherguidepage"}}
        selection["language"] = {"lb"}
    page = demo_page("bibliotheque")
    response = client.get(page.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert set(RESULT_TITLE.findall(html)) == expected_titles(known_material, selection)
    shown = {(m["facet"], m["value"]): int(m["count"]) for m in OPTION.finditer(html)}
    assert {facet for facet, _value in shown} == set(catalogue.FACETS)
    for facet in catalogue.FACETS:
        counts = expected_counts(known_material, selection, facet)
        for (shown_facet, value), count in shown.items():
            if shown_facet == facet:
                assert count == counts.get(value, 0), (facet, value)
    for facet, values in selection.items():
        for value in values:
            assert re.search(rf'name="{facet}" value="{re.escape(value)}"[^>]*checked', html)


def test_sorting_by_title_and_by_newest(client, known_material):
    page = demo_page("bibliotheque")
    by_title = RESULT_TITLE.findall(client.get(page.url + "?sort=title").content.decode())
    assert by_title == sorted(by_title, key=str.casefold)
    newest = RESULT_TITLE.findall(client.get(page.url).content.decode())
    assert newest.index("Guide E") < newest.index("Fiche A")  # Guide E was published after Fiche A


def test_pagination_keeps_the_filters_and_works_without_javascript(client, known_material):
    page = demo_page("bibliotheque")
    page.per_page = 3
    page.save_revision().publish()
    first = client.get(page.url + "?language=fr&sort=title").content.decode()
    assert len(RESULT_TITLE.findall(first)) == 3
    assert 'href="?language=fr&amp;sort=title&amp;page=2"' in first
    seen = set(RESULT_TITLE.findall(first))
    for number in (2, 3):
        seen |= set(
            RESULT_TITLE.findall(client.get(page.url + f"?language=fr&sort=title&page={number}").content.decode())
        )
    assert seen == expected_titles(known_material, {"language": {"fr"}})
    beyond = client.get(page.url + "?language=fr&page=40")
    assert beyond.status_code == 200 and len(RESULT_TITLE.findall(beyond.content.decode())) == 2  # the last page


@pytest.mark.parametrize(
    "query",
    [
        "?topic=no-such-topic",
        "?audience=%00",
        "?format=%3Cscript%3Ealert(1)%3C/script%3E",
        "?language=xx",
        "?age=" + "9" * 5000,
        "?sort=price",
        "?page=abc",
        "?page=-1",
        "?page=99999999999999999999",
        "?" + "&".join(f"topic=t{number}" for number in range(50)),
    ],
)
def test_unknown_or_malformed_values_give_a_clean_page(client, known_material, query):
    page = demo_page("bibliotheque")
    response = client.get(page.url + query)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<p class="notice" role="status">' in html
    assert page.title in html
    assert "<script>alert" not in html
    # The valid part of the library still works: all material is listed.
    assert set(RESULT_TITLE.findall(html)) == {spec.title for spec in known_material}
    assert not response.cookies


def test_unknown_values_are_ignored_but_known_ones_kept(client, known_material):
    page = demo_page("bibliotheque")
    html = client.get(page.url + "?topic=sexting&topic=nope").content.decode()
    assert set(RESULT_TITLE.findall(html)) == expected_titles(known_material, {"topic": {"sexting"}})


def test_items_not_in_the_reader_language_say_which_language_they_are_in(client, known_material):
    page = demo_page("bibliotheque")
    english = page.get_translation(page.locale.__class__.objects.get(language_code="en"))
    html = client.get(english.url + "?format=factsheetpage").content.decode()
    assert "Fiche A" in html and 'hreflang="fr"' in html and "Français" in html
