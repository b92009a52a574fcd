"""Editors' answers to frequent questions: translatable snippets per topic, in five languages."""

import pytest
from wagtail.snippets.models import get_snippet_models

from core.languages import language_codes
from questionbox.models import FrequentQuestion

MAIN_TOPICS = ["sexting", "grooming", "sextortion", "webcam", "image-rights"]


def test_frequent_questions_are_snippets_editors_translate():
    from wagtail_localize.models import get_translatable_models

    assert FrequentQuestion in get_snippet_models()
    assert FrequentQuestion in get_translatable_models()


@pytest.mark.parametrize("topic", MAIN_TOPICS)
def test_each_main_topic_has_a_demo_answer_in_five_languages(db, topic):
    french = FrequentQuestion.objects.filter(topic__slug=topic, locale__language_code="fr")
    assert french.exists()
    for answer in french:
        languages = set(
            FrequentQuestion.objects.filter(translation_key=answer.translation_key).values_list(
                "locale__language_code", flat=True
            )
        )
        assert languages == set(language_codes())


def test_translations_differ_from_the_french(db):
    french = FrequentQuestion.objects.get(slug="sextorsion-menace-de-publier", locale__language_code="fr")
    german = FrequentQuestion.objects.get(translation_key=french.translation_key, locale__language_code="de")
    assert german.answer != french.answer
    assert "Sextortion" in german.answer
    assert german.topic_id == french.topic_id  # the topic is synchronised, not translated


def test_the_box_topic_puts_its_answers_first(teacher_with_topic):
    from questionbox.box import answers_by_topic

    groups = answers_by_topic(teacher_with_topic.box, "de")
    assert groups[0][0].slug == "webcam"
    assert groups[0][0].locale.language_code == "de"
    assert all(answer.locale.language_code == "de" for _topic, answers in groups for answer in answers)


@pytest.fixture
def teacher_with_topic(db):
    from core.models import Topic
    from tests.questionbox.conftest import BoxTeacher

    webcam = Topic.objects.get(slug="webcam", locale__language_code="fr")
    return BoxTeacher(topic=str(webcam.pk))
