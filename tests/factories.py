"""Test factories and the demo content as tests read it.

Tests read the demo's French texts from its content files and the translations from the PO
files next to them (core.demo.content), and make their own pages with the model constructors
below or with core.demo.content.build (the demo's own builder).
"""

from django.conf import settings
from wagtail.models import Locale, Page

from core.demo.content import loader
from education.models import ParentGuidePage, TeacherGuidePage


def demo_data(name: str) -> dict:
    """The French source of a content file, e.g. demo_data("education/seance-7e.yaml")["title"]."""
    return loader().data_file(name).data


def translated(name: str, french: str, language: str) -> str:
    """``french`` (a text of the content file ``name``) as its PO file translates it into ``language``."""
    if language == Locale.get_default().language_code:
        return french
    text = loader().data_file(name).catalogue(language).lookup(french, None)
    assert text, f"{name} has no {language} translation of {french!r}"
    return text


def localized(name: str, french: str) -> dict[str, str]:
    """``french`` (a text of the content file ``name``) in every language: {"fr": ..., "de": ..., ...}."""
    return {language: translated(name, french, language) for language, _label in settings.LANGUAGES}


def demo_files(folder: str, model_label: str | None = None) -> list:
    """The content files of a folder (of one model, "support.ReportingChannel"), sorted by name."""
    return [f for f in loader().files(folder) if model_label is None or f.data["type"] == model_label]


def demo_page(address: str, language: str = "fr") -> Page:
    """A demo page by its address (its French path below the home page), in ``language``."""
    page = loader().existing_page(address)
    if language != page.locale.language_code:
        page = page.get_translation(Locale.objects.get(language_code=language))
    return page.specific


def guide_index():
    return loader().page("guides")


def _tagged(page, audiences, age_bands, topics):
    page.audiences = list(audiences)
    page.age_bands = list(age_bands)
    page.topics = list(topics)


def build_teacher_guide(parent, *, slug, title, audiences=(), age_bands=(), topics=(), **fields):
    """Create and publish a teacher guide under ``parent`` with the fields given (placeholders elsewhere)."""
    fields.setdefault("duration_minutes", 50)
    fields.setdefault("learning_goals", "<p>-</p>")
    fields.setdefault("disclosure_guidance", "<p>-</p>")
    fields.setdefault("activities", [])
    page = TeacherGuidePage(title=title, slug=slug, **fields)
    _tagged(page, audiences, age_bands, topics)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_parent_guide(parent, *, slug, title, audiences=(), age_bands=(), topics=(), **fields):
    page = ParentGuidePage(title=title, slug=slug, **fields)
    _tagged(page, audiences, age_bands, topics)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
