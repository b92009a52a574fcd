"""Sessions expire after a few hours without activity and are deleted with their answers."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from quizzes.models import LiveAnswer, LivePupil, LiveSession

from .conftest import Pupil, Teacher, right_ids


def _played_session(quiz):
    teacher = Teacher(quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    pupil.answer(teacher.session, 0, right_ids(quiz, 0))
    return teacher, pupil


def _age(session, hours):
    LiveSession.objects.filter(pk=session.pk).update(last_activity=timezone.now() - timedelta(hours=hours))


def test_command_deletes_idle_sessions_with_pupils_and_answers(sexting_quiz):
    old, _p = _played_session(sexting_quiz)
    recent, _q = _played_session(sexting_quiz)
    _age(old.session, 4)
    _age(recent.session, 2)
    out = StringIO()
    call_command("delete_expired_live_sessions", stdout=out)
    assert "1" in out.getvalue()
    assert list(LiveSession.objects.values_list("pk", flat=True)) == [recent.session.pk]
    assert not LivePupil.objects.filter(session_id=old.session.pk).exists()
    assert not LiveAnswer.objects.filter(session_id=old.session.pk).exists()
    assert LiveAnswer.objects.filter(session_id=recent.session.pk).count() == 1


def test_expired_session_is_deleted_when_someone_opens_it(sexting_quiz):
    teacher, pupil = _played_session(sexting_quiz)
    _age(teacher.session, 4)
    response = pupil.page(teacher.session)
    assert response.status_code == 404
    assert not LiveSession.objects.filter(pk=teacher.session.pk).exists()
    assert not LiveAnswer.objects.exists()
    assert teacher.page().status_code == 404


def test_activity_keeps_a_session_alive(sexting_quiz):
    teacher, _pupil = _played_session(sexting_quiz)
    _age(teacher.session, 2)
    teacher.act("reveal")
    assert teacher.refresh().last_activity > timezone.now() - timedelta(minutes=1)


def test_an_expired_code_cannot_be_joined(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    _age(teacher.session, 4)
    response = Pupil().join(teacher.session)
    assert response.status_code == 400
    assert reverse("quizzes:join") in response.content.decode()
