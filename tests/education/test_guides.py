import io

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from wagtail.models import Locale

from education.models import TeacherGuidePage
from factsheets.models import FactsheetPage
from tests.factories import build_teacher_guide, demo_data, demo_page, guide_index, translated
from tests.library.conftest import make_factsheet  # the library tests' builder: a factsheet under the index

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TEACHER = "education/seance-7e.yaml"
PARENT = "education/dix-conseils-aux-parents.yaml"
HANDOUT = "education/documents/pupil-handout.yaml"
PARENT_SHEET = "education/documents/parent-tips.yaml"


def _text(name, field, language):
    return translated(name, demo_data(name)[field], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_teacher_guide_renders_in_every_language_with_its_own_documents(client, language):
    guide = demo_page("guides/seance-7e", language)
    assert guide.live
    response = client.get(guide.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert _text(TEACHER, "title", language).replace("'", "&#x27;") in html
    for block in guide.activities:
        assert block.value["title"].replace("'", "&#x27;") in html
    # Whom to call: the police youth-protection number from the seeds, as a tel: link.
    assert 'href="tel:12321"' in html
    # Downloads: this language's documents, through the counting view, with format and size.
    assert _text(HANDOUT, "title", language).replace("'", "&#x27;") in html
    assert f'href="/{language}/downloads/' in html
    assert "(PDF, " in html and "(ODT, " in html
    assert "/media/" not in html
    assert f'href="{guide.url}pdf/"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_parent_guide_renders_ten_tips_in_every_language(client, language):
    guide = demo_page("guides/dix-conseils-aux-parents", language)
    html = client.get(guide.url).content.decode()
    assert html.count('<li class="tip">') == 10
    for tip in demo_data(PARENT)["tips"]:
        assert translated(PARENT, tip["tip"]["title"], language).replace("'", "&#x27;") in html
    assert _text(PARENT_SHEET, "title", language) in html


def test_translators_can_offer_another_document_per_language():
    documents = {
        language: demo_page("guides/seance-7e", language).downloads[0].value["document"] for language in LANGUAGES
    }
    assert {language: document.title for language, document in documents.items()} == {
        language: _text(HANDOUT, "title", language) for language in LANGUAGES
    }
    assert len({document.pk for document in documents.values()}) == len(LANGUAGES)


@pytest.mark.parametrize("language", ["fr", "de", "pt"])
def test_printable_pdf_is_made_from_the_page(client, language):
    guide = demo_page("guides/seance-7e", language)
    response = client.get(f"{guide.url}pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert not response.cookies
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages)
    first_activity = guide.activities[0].value["title"]
    assert first_activity.split()[0] in text
    assert "12321" in text


def test_guide_index_lists_both_guides_in_the_reader_language(client):
    index = demo_page("guides", "lb")
    html = client.get(index.url).content.decode()
    assert _text(TEACHER, "title", "lb") in html
    assert _text(PARENT, "title", "lb") in html


def _guide_with_material(material):
    return build_teacher_guide(
        guide_index(),
        slug="guide-avec-materiel",
        title="Guide avec matériel",
        activities=[
            ("activity", {"minutes": 10, "title": "Lire la fiche", "description": "<p>Lire.</p>", "material": material})
        ],
    )


def test_activity_links_its_material_with_title_and_type(client):
    factsheet = make_factsheet("Fiche sur le sexting")
    guide = _guide_with_material(factsheet)
    html = client.get(guide.url).content.decode()
    assert f'<a href="{factsheet.url}">Fiche sur le sexting</a>' in html
    assert str(FactsheetPage._meta.verbose_name).capitalize() in html.replace("&#x27;", "'")
    assert "Lancer ce quiz en direct" not in html and 'class="button" href="/fr/live' not in html


def test_live_button_appears_only_when_the_material_can_be_started_live(client, monkeypatch):
    factsheet = make_factsheet("Quiz imaginaire")
    guide = _guide_with_material(factsheet)
    assert 'class="button" href="/fr/live/start/' not in client.get(guide.url).content.decode()
    monkeypatch.setattr(
        FactsheetPage, "live_start_url", property(lambda page: f"/fr/live/start/{page.pk}/"), raising=False
    )
    html = client.get(guide.url).content.decode()
    assert f'class="button" href="/fr/live/start/{factsheet.pk}/"' in html


def test_activities_cannot_last_longer_than_the_session():
    guide = TeacherGuidePage(
        title="Trop long",
        slug="trop-long",
        duration_minutes=20,
        learning_goals="<p>-</p>",
        disclosure_guidance="<p>-</p>",
        activities=[("activity", {"minutes": 15, "title": "A", "description": "<p>a</p>"})] * 2,
    )
    with pytest.raises(ValidationError) as error:
        guide.clean()
    assert "activities" in error.value.message_dict


def test_demo_guides_are_tagged_and_explain_their_sources():
    teacher = demo_page("guides/seance-7e")
    assert {a.slug for a in teacher.audiences.all()} == {"teachers"}
    assert {t.slug for t in teacher.topics.all()} == {"sexting", "grooming", "webcam", "image-rights"}
    assert teacher.activities_minutes() == teacher.duration_minutes == 50
    parent = demo_page("guides/dix-conseils-aux-parents")
    assert {a.slug for a in parent.audiences.all()} == {"parents"}
    assert "our own writing" in parent.editor_notes


def test_whom_to_call_shows_the_shared_help_service_in_the_readers_language(client):
    from core.demo.translation import translate
    from support.models import HelpService

    service = HelpService.objects.create(
        locale=Locale.get_default(), name="Service d'écoute test", slug="ecoute-test", phone="2618481"
    )
    service.copy_for_translation(Locale.objects.get(language_code="de")).save()
    german_service = HelpService.objects.get(translation_key=service.translation_key, locale__language_code="de")
    german_service.name = "Zuhördienst Test"
    german_service.save()
    guide = build_teacher_guide(
        guide_index(), slug="guide-service", title="Guide service", disclosure_contacts=[("service", service)]
    )
    html = client.get(guide.url).content.decode()
    assert 'href="tel:2618481"' in html and "Service d&#x27;écoute test" in html
    # Translating the guide points the block at the service's German entry.
    german = translate(guide, "de", {"Guide service": "Leitfaden Hilfsdienst"})
    german.get_latest_revision().publish()  # wagtail-localize publishes on commit; tests never commit
    german.refresh_from_db()
    assert german.disclosure_contacts[0].value.locale.language_code == "de"
    html = client.get(german.url).content.decode()
    assert 'href="tel:2618481"' in html and "Zuhördienst Test" in html
