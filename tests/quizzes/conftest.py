"""Quizzes built by the demo loader (tests/conftest.py loads it once per session)."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from quizzes.models import LiveSession, QuizPage


@pytest.fixture
def sexting_quiz(db):
    """Demo quiz: questions 1-3 have one right answer, question 4 has two."""
    return QuizPage.objects.get(slug="quiz-sexting", locale=Locale.get_default())


@pytest.fixture
def grooming_quiz(db):
    """Demo quiz: question 2 has three right answers out of four."""
    return QuizPage.objects.get(slug="quiz-grooming", locale=Locale.get_default())


class Teacher:
    def __init__(self, quiz):
        self.client = Client()
        response = self.client.post(reverse("quizzes:start", args=[quiz.pk]))
        assert response.status_code == 302
        self.host_url = response["Location"]
        self.token = self.host_url.rstrip("/").rsplit("/", 1)[-1]
        self.session = LiveSession.objects.latest("pk")

    def refresh(self):
        self.session.refresh_from_db()
        return self.session

    def page(self):
        return self.client.get(self.host_url)

    def act(self, action, version=None):
        version = self.refresh().version if version is None else version
        return self.client.post(reverse("quizzes:host-action", args=[self.token, action]), {"version": version})


class Pupil:
    def __init__(self, address="10.0.0.1"):
        self.client = Client(REMOTE_ADDR=address)

    def join(self, session, code=None, symbols=None):
        symbols = symbols or session.room_symbols
        data = {"code": code or session.code}
        data.update({f"symbol{n + 1}": letter for n, letter in enumerate(symbols)})
        return self.client.post(reverse("quizzes:join"), data)

    def page(self, session):
        return self.client.get(reverse("quizzes:play", args=[session.code]))

    def answer(self, session, question_index, choice_ids):
        return self.client.post(
            reverse("quizzes:answer", args=[session.code]), {"question": question_index, "choice": list(choice_ids)}
        )


def right_ids(quiz, index):
    return sorted(quiz.question_list[index].right_ids)


def wrong_id(quiz, index):
    return next(choice.id for choice in quiz.question_list[index].choices if not choice.is_right)


@pytest.fixture(autouse=True)
def french_urls():
    """reverse() follows the active language; a request to /de/ must not leak into the next test."""
    with translation.override("fr"):
        yield
