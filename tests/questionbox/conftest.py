"""A teacher with a question box (on its own, or in a live quiz's room) and pupils who join it."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from questionbox.models import QuestionBox
from tests.quizzes.conftest import Pupil as QuizPupil
from tests.quizzes.conftest import Teacher as QuizTeacher
from tests.quizzes.conftest import grooming_quiz, sexting_quiz  # noqa: F401  (the same demo quizzes)


class BoxTeacher:
    """The device that opened a question box on its own (no quiz): it holds the host cookie."""

    def __init__(self, address="10.9.0.1", topic=""):
        self.client = Client(REMOTE_ADDR=address)
        response = self.client.post(reverse("questionbox:start"), {"topic": topic})
        assert response.status_code == 302, response.status_code
        self.box = QuestionBox.objects.select_related("room").latest("pk")
        self.room = self.box.room
        self.code = self.room.code
        assert response["Location"] == reverse("questionbox:control", args=[self.code])

    def refresh(self):
        self.box.refresh_from_db()
        return self.box

    def control(self):
        return self.client.get(reverse("questionbox:control", args=[self.code]))

    def screen(self, language="fr"):
        with translation.override(language):
            return self.client.get(reverse("questionbox:screen", args=[self.code]))

    def state(self, etag=None):
        extra = {"HTTP_IF_NONE_MATCH": etag} if etag else {}
        return self.client.get(reverse("questionbox:state", args=[self.code]), **extra)

    def state_json(self):
        return json.loads(self.state().content)

    def act(self, action, data=None):
        return self.client.post(reverse("questionbox:control-action", args=[self.code, action]), data or {})


class BoxPupil(QuizPupil):
    def join_room(self, room):
        data = {"code": room.code}
        data.update({f"symbol{n + 1}": letter for n, letter in enumerate(room.symbols)})
        return self.client.post(reverse("rooms:join"), data)

    def ask(self, room, text, language=None):
        url = reverse("questionbox:ask", args=[room.code])
        if language:
            with translation.override(language):
                url = reverse("questionbox:ask", args=[room.code])
        return self.client.post(url, {"text": text})


@pytest.fixture
def teacher(db):
    return BoxTeacher()


@pytest.fixture
def pupil(teacher):
    pupil = BoxPupil(address="10.0.0.7")
    response = pupil.join_room(teacher.room)
    assert response.status_code == 302
    assert response["Location"] == reverse("questionbox:ask", args=[teacher.code])
    return pupil


@pytest.fixture
def quiz_teacher(sexting_quiz):  # noqa: F811
    return QuizTeacher(sexting_quiz)


@pytest.fixture(autouse=True)
def french_urls():
    with translation.override("fr"):
        yield
