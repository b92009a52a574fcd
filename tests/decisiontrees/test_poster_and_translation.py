"""The printable poster, and translations that keep the tree's wiring."""

import io

import pytest
from pypdf import PdfReader
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from core.languages import translation_codes

from .conftest import POSTING, demo_tree

pytestmark = pytest.mark.django_db


def _pdf_text(response):
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return text.replace("\x00", "")  # pypdf reads some runs of the regular font as UTF-16


@pytest.mark.parametrize("language", ["fr", "pt"])
def test_poster_is_a_pdf_with_the_title_and_every_step(client, language):
    tree = demo_tree(POSTING, language)
    response = client.get(tree.url + "print/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(_pdf_text(response).split())
    assert " ".join(tree.title.split()) in text
    first_question = tree.step_list[0].value["question"]
    assert " ".join(first_question.split())[:25] in text


def test_step_names_are_not_offered_to_translators(posting_tree):
    source, _created = TranslationSource.update_or_create_from_instance(posting_tree)
    paths = list(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert paths, "the tree has text to translate"
    assert not [path for path in paths if path.endswith((".key", ".leads_to"))]
    assert any(path.endswith(".question") for path in paths)


@pytest.mark.parametrize("language", translation_codes())
def test_translations_keep_the_same_steps_and_answers(language):
    french = demo_tree(POSTING)
    translated = demo_tree(POSTING, language)

    def wiring(tree):
        return [
            (s.id, s.block_type, s.value["key"], [a["leads_to"] for a in s.value.get("answers", [])])
            for s in tree.steps
        ]

    assert wiring(translated) == wiring(french)
    assert translated.step_list[0].value["question"] != french.step_list[0].value["question"]


def test_a_retranslated_tree_stays_walkable(client, django_capture_on_commit_callbacks):
    from core.demo.content import loader
    from core.demo.translation import translate

    french = demo_tree(POSTING)
    english_texts = loader().data_file(f"decisiontrees/{POSTING}.yaml").catalogue("en").lookup
    with django_capture_on_commit_callbacks(execute=True):
        english = translate(french, "en", english_texts)
    english = french.get_translation(Locale.objects.get(language_code="en")).specific
    assert english.live
    html = client.get(english.url + "step/go-ahead/?path=1.2.1").content.decode()
    assert "You can post it" in html
