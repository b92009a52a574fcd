"""Test content built with the same builders the demo loader uses."""

from core.content_translation import SOURCE_LANGUAGE, TARGET_LANGUAGES
from factsheets.builders import FactsheetContent, build_factsheet, build_index
from factsheets.models import FactsheetIndexPage, FactsheetPage

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


def same_everywhere(text: str) -> dict:
    return dict.fromkeys(LANGUAGES, text)


def empty_index(parent, slug="fiches-test") -> FactsheetIndexPage:
    """A French-only index with no factsheets, for tests that count or filter."""
    return build_index(
        parent, slug=slug, title=same_everywhere("Fiches de test"), intro=same_everywhere(""), translate=False
    )


def simple_factsheet(index, number: int, *, topics=("sexting",), audiences=("pupils",), age_bands=("12-14",)):
    content = FactsheetContent(
        slug=f"fiche-{number}",
        title=same_everywhere(f"Fiche numéro {number}"),
        intro=same_everywhere(f"Introduction de la fiche {number}."),
        topics=topics,
        audiences=audiences,
        age_bands=age_bands,
        body=[("key_facts", {"heading": "", "facts": [same_everywhere(f"Fait {number}.")]})],
    )
    return build_factsheet(index, content, translate=False)


def demo_factsheet(slug: str, language: str = "fr") -> FactsheetPage:
    from wagtail.models import Locale

    page = FactsheetPage.objects.get(slug=slug, locale__language_code="fr")
    if language == "fr":
        return page
    return page.get_translation(Locale.objects.get(language_code=language))
