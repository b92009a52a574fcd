"""Test content built with the builder the demo loader uses (core.demo.content.build)."""

import re

from wagtail.models import Locale

from core.demo.content import build
from factsheets.models import FactsheetIndexPage, FactsheetPage


def empty_index(parent, slug="fiches-test") -> FactsheetIndexPage:
    """A French-only index with no factsheets, for tests that count or filter."""
    return build({"type": "factsheets.FactsheetIndexPage", "slug": slug, "title": "Fiches de test"}, parent=parent)


def simple_factsheet(index, number: int, *, topics=("sexting",), audiences=("pupils",), age_bands=("12-14",)):
    return build(
        {
            "type": "factsheets.FactsheetPage",
            "slug": f"fiche-{number}",
            "title": f"Fiche numéro {number}",
            "intro": f"Introduction de la fiche {number}.",
            "topics": list(topics),
            "audiences": list(audiences),
            "age_bands": list(age_bands),
            "body": [{"key_facts": {"facts": [f"Fait {number}."]}}],
        },
        parent=index,
    )


def demo_factsheet(slug: str, language: str = "fr") -> FactsheetPage:
    page = FactsheetPage.objects.get(slug=slug, locale__language_code="fr")
    if language == "fr":
        return page
    return page.get_translation(Locale.objects.get(language_code=language))


def card_titles(html: str) -> list[str]:
    """The titles of the factsheet cards an index page lists, in order."""
    return re.findall(r'<a class="card__link" href="[^"]+">([^<]+)</a>', html)
