"""Quizzes built by the demo loader (tests/conftest.py loads it once per session)."""

import json

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
    """The device that started the session: it holds the host cookie."""

    def __init__(self, quiz, address="10.9.0.1"):
        self.client = Client(REMOTE_ADDR=address)
        response = self.client.post(reverse("quizzes:start", args=[quiz.pk]))
        assert response.status_code == 302, response.status_code
        self.control_url = response["Location"]
        self.session = LiveSession.objects.select_related("room").latest("pk")
        self.room = self.session.room
        self.code = self.room.code
        assert self.control_url == reverse("quizzes:control", args=[self.code])

    def refresh(self):
        self.session.refresh_from_db()
        self.room.refresh_from_db()
        return self.session

    def page(self):
        return self.client.get(self.control_url)

    def screen(self):
        return self.client.get(reverse("quizzes:screen", args=[self.code]))

    def state(self):
        return json.loads(self.client.get(reverse("quizzes:host-state", args=[self.code])).content)

    def act(self, action, version=None):
        version = self.refresh().version if version is None else version
        return self.client.post(reverse("quizzes:control-action", args=[self.code, action]), {"version": version})

    def room_action(self, action, data=None):
        return self.client.post(reverse(f"rooms:{action}", args=[self.code]), data or {})


class Pupil:
    def __init__(self, address="10.0.0.1"):
        self.client = Client(REMOTE_ADDR=address)

    def join(self, session, code=None, symbols=None):
        symbols = symbols or session.room.symbols
        data = {"code": code or session.room.code}
        data.update({f"symbol{n + 1}": letter for n, letter in enumerate(symbols)})
        return self.client.post(reverse("rooms:join"), data)

    def page(self, session):
        return self.client.get(reverse("quizzes:play", args=[session.room.code]))

    def panel(self, session, etag=None):
        extra = {"HTTP_IF_NONE_MATCH": etag} if etag else {}
        return self.client.get(reverse("quizzes:play-panel", args=[session.room.code]), **extra)

    def answer(self, session, question_index, choice_ids, *, script=False):
        extra = {"HTTP_X_LIVE_PANEL": "1"} if script else {}
        return self.client.post(
            reverse("quizzes:answer", args=[session.room.code]),
            {"question": question_index, "choice": list(choice_ids)},
            **extra,
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
