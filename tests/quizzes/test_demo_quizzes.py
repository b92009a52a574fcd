"""The demo quizzes: for ages 8-11, 12-14, 15-18 and for parents, in all five languages, reachable
from the menu; each existing quiz for pupils asks what a bystander does."""

import pytest
from wagtail.models import Locale

from core.demo.content import loader
from core.languages import language_codes
from core.models import NavigationMenu
from quizzes.models import QuizIndexPage, QuizPage
from tests.factories import translated

DEMO_QUIZZES = [
    data_file.name for data_file in loader().files("quizzes") if data_file.data["type"] == "quizzes.QuizPage"
]

LANGUAGES = language_codes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_quiz_index_lists_every_demo_quiz_in_each_language(client, db, language):
    index = QuizIndexPage.objects.get(locale__language_code=language)
    response = client.get(index.url)
    assert response.status_code == 200
    quizzes = list(response.context["quizzes"])
    assert len(quizzes) == len(DEMO_QUIZZES) >= 6
    assert all(quiz.locale.language_code == language for quiz in quizzes)
    assert not response.cookies


@pytest.mark.parametrize("name", DEMO_QUIZZES)
def test_each_demo_quiz_is_published_in_five_languages_for_its_age_band(db, name):
    spec = loader().data_file(name).data
    quiz = QuizPage.objects.get(slug=spec["slug"], locale=Locale.get_default())
    translations = {page.locale.language_code: page.specific for page in quiz.get_translations(inclusive=True).live()}
    assert sorted(translations) == sorted(LANGUAGES)
    assert sorted(band.slug for band in quiz.age_bands.all()) == sorted(spec["age_bands"])
    for language, page in translations.items():
        assert page.question_list[0].text == translated(name, spec["questions"][0]["question"]["question"], language)
    assert quiz.editor_notes  # sources and gaps are written down for editors


def test_quiz_index_is_in_the_main_navigation(db):
    index = QuizIndexPage.objects.get(locale=Locale.get_default())
    menu = NavigationMenu.objects.get(locale=Locale.get_default())
    assert any(block.value["page"] and block.value["page"].pk == index.pk for block in menu.links)


def test_image_rights_quiz_says_the_person_in_a_spread_photo_is_a_victim_not_to_blame(db):
    french = QuizPage.objects.get(slug="quiz-droit-a-l-image", locale=Locale.get_default())
    english = french.get_translation(Locale.objects.get(language_code="en")).specific
    explanation = str(english.questions[2].value["explanation"])
    assert "Whoever spreads the photo is committing an offence" in explanation
    assert "it is not their fault" in explanation
    assert "willingly" not in explanation


@pytest.mark.parametrize(
    ("slug", "age_band", "audience"),
    [("quiz-8-11-ans", "8-11", "pupils"), ("quiz-15-18-ans", "15-18", "pupils"), ("quiz-parents", "12-14", "parents")],
)
def test_new_quizzes_have_at_least_six_questions_for_their_readers_in_five_languages(db, slug, age_band, audience):
    quiz = QuizPage.objects.get(slug=slug, locale=Locale.get_default())
    assert age_band in {band.slug for band in quiz.age_bands.all()}
    assert audience in {entry.slug for entry in quiz.audiences.all()}
    for page in quiz.get_translations(inclusive=True).live().specific():
        assert len(page.question_list) >= 6, page.locale


@pytest.mark.parametrize(
    ("slug", "bystander"),
    [
        ("quiz-sexting", "Tu reçois la photo intime d'un ou d'une camarade"),
        ("quiz-grooming", "Un ami te raconte qu'un adulte rencontré en ligne"),
        ("quiz-droit-a-l-image", "Dans le groupe de la classe, quelqu'un poste une photo gênante"),
    ],
)
def test_each_existing_quiz_asks_what_a_bystander_does(db, slug, bystander):
    quiz = QuizPage.objects.get(slug=slug, locale=Locale.get_default())
    assert any(question.text.startswith(bystander) for question in quiz.question_list)
