"""Printable quiz sheets: the pupils' worksheet gives nothing away, the answer key has it all."""

import pytest
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Locale

from core import pdf
from core.languages import language_codes
from quizzes import worksheets
from tests.factories import demo_page
from tests.pdf_text import flat, pdf_pages, pdf_text

pytestmark = pytest.mark.django_db

LANGUAGES = language_codes()


def _quiz(language, slug="quiz-sexting"):
    return demo_page(f"quiz/{slug}", language)


def _explanation(question):
    return flat(strip_tags(question.explanation.source)).replace("&#x27;", "'")


def _in(language, message, **values):
    with translation.override(language):
        return translation.gettext(message) % values if values else translation.gettext(message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pupils_worksheet_has_every_question_and_answer_but_not_which_is_right(client, language):
    quiz = _quiz(language)
    response = client.get(quiz.url + "worksheet/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert flat(quiz.title) in text
    for question in quiz.question_list:
        assert flat(question.text) in text
        for choice in question.choices:
            assert flat(choice.text) in text
        assert _explanation(question)[:40] not in text, "the explanation gives the answer away"
    assert "✓" not in text
    right_answer = _in(language, "Right answer: %(letters)s", letters="")
    assert right_answer.strip() not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_answer_key_marks_the_right_answers_and_explains_them(client, language):
    quiz = _quiz(language, "quiz-grooming")
    response = client.get(quiz.url + "answer-key/")
    assert response.status_code == 200
    text = pdf_text(response)
    letters = "ABCDEFGH"
    for question in quiz.question_list:
        right = ", ".join(letters[n] for n, choice in enumerate(question.choices) if choice.is_right)
        message = "Right answers: %(letters)s" if question.several_right else "Right answer: %(letters)s"
        expected = flat(_in(language, message, letters=right))
        start = text.index(flat(question.text))
        end = (
            text.find(flat(quiz.question_list[question.number].text))
            if question.number < len(quiz.question_list)
            else len(text)
        )
        block = text[start:end]
        assert expected in block, (question.number, expected)
        assert _explanation(question)[:40] in block
        for number, choice in enumerate(question.choices):
            marked = f"✓ {letters[number]}. {flat(choice.text)}"
            assert (marked in block) == choice.is_right, marked
    assert flat(quiz.teacher_notes)[:40] in text


def test_sheets_differ_per_language(client):
    french, german = (
        pdf_text(client.get(_quiz("fr").url + "worksheet/")),
        pdf_text(client.get(_quiz("de").url + "worksheet/")),
    )
    assert flat(_quiz("fr").question_list[0].text) in french
    assert flat(_quiz("fr").question_list[0].text) not in german


def test_sheets_are_rendered_once_per_revision_and_old_revisions_are_deleted(client, monkeypatch):
    quiz = _quiz("fr")
    renders = []
    real = worksheets.pdf_response

    def counting(request, **kwargs):
        renders.append(kwargs["key"])
        return real(request, **kwargs)

    monkeypatch.setattr(worksheets, "pdf_response", counting)
    rendered = []
    real_render_pdf = pdf.render_pdf

    def counting_render(html, base_url):
        rendered.append(1)
        return real_render_pdf(html, base_url)

    monkeypatch.setattr(pdf, "render_pdf", counting_render)
    for name in _stored(worksheets.WORKSHEET_KIND):  # an earlier test may have made this revision's sheet
        default_storage.delete(f"pdfs/{worksheets.WORKSHEET_KIND}/{name}")
    client.get(quiz.url + "worksheet/")
    client.get(quiz.url + "worksheet/")
    assert renders[0] == renders[1] and len(rendered) == 1, "the second download is served from storage"
    old_name = f"pdfs/{renders[0]}.pdf"
    assert default_storage.exists(old_name)
    assert f"-{Locale.get_default().language_code}-" in renders[0]

    quiz.title = "Quiz : le sexting (nouvelle version)"
    quiz.save_revision().publish()
    quiz = _quiz("fr")
    text = pdf_text(client.get(quiz.url + "worksheet/"))
    assert "nouvelle version" in text
    assert renders[-1] != renders[0] and len(rendered) == 2
    assert default_storage.exists(f"pdfs/{renders[-1]}.pdf")
    assert not default_storage.exists(old_name), "the older revision's sheet is deleted"


def _stored(kind):
    try:
        return default_storage.listdir(f"pdfs/{kind}")[1]
    except FileNotFoundError:
        return []


def test_the_worksheet_and_the_key_are_separate_files(client):
    quiz = _quiz("en")
    client.get(quiz.url + "worksheet/")
    client.get(quiz.url + "answer-key/")
    for kind in (worksheets.WORKSHEET_KIND, worksheets.ANSWER_KEY_KIND):
        _folders, files = default_storage.listdir(f"pdfs/{kind}")
        assert any(name.startswith(f"{quiz.pk}-en-") for name in files), kind


def test_the_quiz_page_links_to_both_sheets(client):
    quiz = _quiz("de")
    html = client.get(quiz.url).content.decode()
    assert f'href="{quiz.url}worksheet/" type="application/pdf"' in html
    assert f'href="{quiz.url}answer-key/" type="application/pdf"' in html
    assert "Arbeitsblatt für die Schüler (PDF)" in html


@pytest.mark.parametrize("language", ["fr", "pt"])
def test_the_teacher_guide_offers_the_sheets_of_the_quiz_it_uses(client, language):
    guide = demo_page("guides/seance-7e", language)
    quiz = _quiz(language)
    html = client.get(guide.url).content.decode()
    assert f'<a href="{quiz.url}worksheet/" type="application/pdf">' in html
    assert f'<a href="{quiz.url}answer-key/" type="application/pdf">' in html


def test_a_short_quiz_fits_on_few_pages(client):
    pages = pdf_pages(client.get(_quiz("fr").url + "worksheet/"))
    assert 1 <= len(pages) <= 2
