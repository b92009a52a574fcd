"""Sessions expire after a few hours without activity and are deleted with their answers."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from quizzes.models import LiveAnswer, LiveSession
from rooms.models import Room, RoomMember

from .conftest import Pupil, Teacher, right_ids


def _played_session(quiz):
    teacher = Teacher(quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    pupil.answer(teacher.session, 0, right_ids(quiz, 0))
    return teacher, pupil


def _age(session, hours):
    Room.objects.filter(pk=session.room_id).update(last_activity=timezone.now() - timedelta(hours=hours))


def test_the_scheduler_deletes_idle_sessions_with_pupils_and_answers(sexting_quiz):
    old, _p = _played_session(sexting_quiz)
    recent, _q = _played_session(sexting_quiz)
    _age(old.session, 4)
    _age(recent.session, 2)
    out = StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    assert "rooms.services.delete_expired_rooms: 1" in out.getvalue()
    assert list(LiveSession.objects.values_list("pk", flat=True)) == [recent.session.pk]
    assert not Room.objects.filter(pk=old.session.room_id).exists()
    assert not RoomMember.objects.filter(room_id=old.session.room_id).exists()
    assert not LiveAnswer.objects.filter(session_id=old.session.pk).exists()
    assert LiveAnswer.objects.filter(session_id=recent.session.pk).count() == 1


def test_an_expired_session_cannot_be_opened_before_it_is_swept(sexting_quiz):
    teacher, pupil = _played_session(sexting_quiz)
    _age(teacher.session, 4)
    assert pupil.page(teacher.session).status_code == 404
    assert teacher.page().status_code == 404
    assert teacher.screen().status_code == 404


def test_activity_keeps_a_session_alive(sexting_quiz):
    teacher, _pupil = _played_session(sexting_quiz)
    _age(teacher.session, 2)
    teacher.act("reveal")
    teacher.refresh()
    assert teacher.room.last_activity > timezone.now() - timedelta(minutes=1)


def test_an_expired_code_cannot_be_joined(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    _age(teacher.session, 4)
    response = Pupil().join(teacher.session)
    assert response.status_code == 400
    assert reverse("rooms:join") in response.content.decode()
