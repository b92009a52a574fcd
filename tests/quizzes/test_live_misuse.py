"""Misuse: each gets a clear message and a 4xx, and changes nothing."""

import pytest
from django.urls import reverse

from quizzes.models import LiveAnswer, LiveSession

from .conftest import Pupil, Teacher, right_ids, wrong_id

Phase = LiveSession.Phase


@pytest.fixture
def running(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    return teacher, pupil, sexting_quiz


def test_answering_twice_keeps_the_first_answer(running):
    teacher, pupil, quiz = running
    assert pupil.answer(teacher.session, 0, right_ids(quiz, 0)).status_code == 302
    second = pupil.answer(teacher.session, 0, [wrong_id(quiz, 0)])
    assert second.status_code == 409
    assert "déjà répondu" in second.content.decode()
    answer = LiveAnswer.objects.get(session=teacher.session)
    assert answer.is_right is True


def test_answering_a_question_that_is_not_current(running):
    teacher, pupil, quiz = running
    response = pupil.answer(teacher.session, 1, right_ids(quiz, 1))
    assert response.status_code == 409
    assert "plus ouverte" in response.content.decode()
    teacher.act("reveal")
    assert pupil.answer(teacher.session, 0, right_ids(quiz, 0)).status_code == 409  # after the reveal
    assert not LiveAnswer.objects.filter(session=teacher.session).exists()


def test_answering_for_an_ended_session(running):
    teacher, pupil, quiz = running
    teacher.act("end")
    response = pupil.answer(teacher.session, 0, right_ids(quiz, 0))
    assert response.status_code == 410
    assert "terminée" in response.content.decode()
    assert not LiveAnswer.objects.exists()


@pytest.mark.parametrize("question", ["abc", "", "99999", "-1", "1\x00"])
def test_tampered_question_number_is_refused(running, question):
    teacher, pupil, quiz = running
    response = pupil.client.post(
        reverse("quizzes:answer", args=[teacher.code]), {"question": question, "choice": right_ids(quiz, 0)}
    )
    assert response.status_code in (400, 409)
    assert not LiveAnswer.objects.exists()


@pytest.mark.parametrize("choices", [[], ["nope"], ["x\x00"], "both"])
def test_missing_or_foreign_choices_are_refused(running, choices):
    teacher, pupil, quiz = running
    if choices == "both":
        choices = [c.id for c in quiz.question_list[0].choices][:2]
    response = pupil.answer(teacher.session, 0, choices)
    assert response.status_code == 400
    assert not LiveAnswer.objects.exists()


def test_a_stale_host_click_does_not_skip_a_question(running):
    teacher, _pupil, _quiz = running
    version = teacher.refresh().version
    teacher.act("reveal", version)
    teacher.act("next", version + 1)
    teacher.act("next", version + 1)  # the same click again (double click, second tab)
    session = teacher.refresh()
    assert (session.phase, session.question_index) == (Phase.QUESTION, 1)


def test_unknown_code_gets_a_clear_404_page(client, db):
    response = client.get(reverse("quizzes:control", args=["000000"]))
    assert response.status_code == 404
    assert "Séance introuvable" in response.content.decode()
    assert client.get(reverse("quizzes:play", args=["000000"])).status_code == 404
    assert client.post(reverse("quizzes:control-action", args=["000000", "next"])).status_code == 404


def test_starting_a_session_for_a_page_that_is_not_a_quiz_is_404(client, home_fr):
    assert client.get(reverse("quizzes:start", args=[home_fr.pk])).status_code == 404
    assert client.get("/fr/quiz-live/start/99999999999999999999/").status_code == 404
