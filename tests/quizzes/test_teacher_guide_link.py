"""The 7th-grade teacher guide offers to start its quiz live, in the guide's language."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from quizzes.models import LiveSession
from tests.factories import demo_page

LIVE_BUTTON = re.compile(r'<a class="button" href="(?P<url>[^"]+)">(?P<label>[^<]+)</a>')


def _guide(language):
    return demo_page("guides/seance-7e", language)


@pytest.mark.parametrize(("language", "label"), [("fr", "Lancer ce quiz en direct"), ("de", None)])
def test_demo_teacher_guide_button_leads_to_a_working_start_page(client, sexting_quiz, language, label):
    guide = _guide(language)
    html = client.get(guide.url).content.decode()
    buttons = [match for match in LIVE_BUTTON.finditer(html) if "/quiz-live/start/" in match["url"]]
    assert len(buttons) == 1, "the guide's last activity links the sexting quiz"
    quiz = sexting_quiz.get_translation(guide.locale)
    assert buttons[0]["url"] == quiz.live_start_url
    assert buttons[0]["url"].startswith(f"/{language}/quiz-live/start/{quiz.pk}/")
    if label:
        assert buttons[0]["label"] == label

    start_page = client.get(buttons[0]["url"])
    assert start_page.status_code == 200
    assert f'<html lang="{language}"' in start_page.content.decode()
    assert quiz.title in start_page.content.decode()

    before = LiveSession.objects.count()
    response = client.post(buttons[0]["url"])
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/quiz-live/") and response["Location"].endswith("/control/")
    assert LiveSession.objects.count() == before + 1
    assert LiveSession.objects.latest("pk").quiz_id == quiz.pk


def test_live_start_url_follows_the_quiz_language_not_the_active_one(sexting_quiz):
    english = sexting_quiz.get_translation(Locale.objects.get(language_code="en"))
    with translation.override("de"):
        assert english.live_start_url == f"/en/quiz-live/start/{english.pk}/"
        assert sexting_quiz.live_start_url == f"/fr/quiz-live/start/{sexting_quiz.pk}/"
