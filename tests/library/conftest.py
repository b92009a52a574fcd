"""Library test content: a small, fully known set of tagged pages and documents.

Every other tagged page (the demo's, and whatever other apps add) is taken offline for the test,
so result sets and counts can be compared with an independent oracle.
"""

from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo import home_page, vocabulary
from core.demo.translation import translate
from core.languages import translation_codes
from core.models import AgeBand, Audience, Topic
from factsheets.models import FactsheetIndexPage, FactsheetPage
from library.catalogue import tagged_page_models
from tests.factories import build_parent_guide, build_teacher_guide, guide_index


@dataclass
class Spec:
    title: str
    audience: set
    age: set
    topic: set
    format: set
    language: set


def translate_now(page, language, strings):
    """core.demo.translation.translate, published at once: wagtail-localize publishes a new
    translation on commit, and a test's transaction never commits."""
    translated = translate(page, language, strings)
    translated.get_latest_revision().publish()
    return translated


def take_other_material_offline():
    for model in tagged_page_models():
        model.objects.update(live=False)


def make_document(title, filename):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(b"%PDF-1.4 test " + title.encode()), save=False)
    # UPSTREAM WORKAROUND: see education/demo.py, ensure_document (Wagtail sets size and hash in forms only).
    document._set_document_file_metadata()
    document.save()
    return document


def factsheet_index():
    home = home_page()
    index = FactsheetIndexPage.objects.child_of(home).first()
    if index is None:
        index = FactsheetIndexPage(title="Fiches", slug="fiches-test")
        home.add_child(instance=index)
        index.save_revision().publish()
        # Translated pages need a live parent in their language.
        titles = {"fr": "Fiches", "de": "Infoblätter", "lb": "Infoblieder", "en": "Factsheets", "pt": "Fichas"}
        for language in translation_codes():
            translate_now(index, language, {"Fiches": titles[language]})
    return index


def make_factsheet(title, audiences=(), age_bands=(), topics=()):
    page = FactsheetPage(title=title, slug=title.lower().replace(" ", "-"))
    page.audiences = vocabulary(Audience, *audiences)
    page.age_bands = vocabulary(AgeBand, *age_bands)
    page.topics = vocabulary(Topic, *topics)
    factsheet_index().add_child(instance=page)
    page.save_revision().publish()
    return page


def tags(audiences=(), age_bands=(), topics=()):
    return {
        "audiences": vocabulary(Audience, *audiences),
        "age_bands": vocabulary(AgeBand, *age_bands),
        "topics": vocabulary(Topic, *topics),
    }


def download(document):
    return ("download", {"document": document, "kind": "handout", "description": ""})


def _build_known_material():
    take_other_material_offline()
    guides = guide_index()

    fiche_a = make_factsheet("Fiche A", ["pupils"], ["12-14"], ["sexting"])
    translate_now(fiche_a, "de", {"Fiche A": "Infoblatt A"})
    make_factsheet("Fiche B", ["pupils", "parents"], ["12-14", "15-18"], ["grooming"])

    d1 = make_document("Document Un", "document-un.pdf")
    d2 = make_document("Document Deux", "document-deux.docx")
    d3 = make_document("Document Trois", "document-trois.odt")
    guide_c = build_teacher_guide(
        guides,
        slug="guide-c",
        title="Guide C",
        downloads=[download(d1)],
        **tags(["teachers"], ["12-14"], ["sexting", "webcam"]),
    )
    translate_now(guide_c, "de", {"Guide C": "Leitfaden C"})
    translate_now(guide_c, "lb", {"Guide C": "Guide C op Lëtzebuergesch"})
    build_parent_guide(
        guides,
        slug="guide-d",
        title="Guide D",
        downloads=[download(d2), download(d3)],
        **tags(["parents"], ["8-11"], ["privacy"]),
    )
    guide_e = build_parent_guide(guides, slug="guide-e", title="Guide E", **tags(["parents", "teachers"]))
    translate_now(guide_e, "en", {"Guide E": "Guide E in English"})

    return [
        Spec("Fiche A", {"pupils"}, {"12-14"}, {"sexting"}, {"factsheetpage"}, {"fr", "de"}),
        Spec("Fiche B", {"pupils", "parents"}, {"12-14", "15-18"}, {"grooming"}, {"factsheetpage"}, {"fr"}),
        Spec("Guide C", {"teachers"}, {"12-14"}, {"sexting", "webcam"}, {"teacherguidepage"}, {"fr", "de", "lb"}),
        Spec("Guide D", {"parents"}, {"8-11"}, {"privacy"}, {"parentguidepage"}, {"fr"}),
        Spec("Guide E", {"parents", "teachers"}, set(), set(), {"parentguidepage"}, {"fr", "en"}),
        Spec("Document Un", {"teachers"}, {"12-14"}, {"sexting", "webcam"}, {"pdf"}, {"fr", "de", "lb"}),
        Spec("Document Deux", {"parents"}, {"8-11"}, {"privacy"}, {"docx"}, {"fr"}),
        Spec("Document Trois", {"parents"}, {"8-11"}, {"privacy"}, {"odt"}, {"fr"}),
    ]


@pytest.fixture(scope="module")
def known_material(module_transaction, django_db_blocker):
    """Built once for the test module that asks for it (tests/conftest.py, module_transaction);
    every other tagged page is offline meanwhile."""
    with django_db_blocker.unblock():
        return _build_known_material()


@pytest.fixture
def french_source_locale():
    return Locale.get_default()
