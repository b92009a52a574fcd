"""Questions go with the session: the scheduler's sweep deletes those of expired rooms."""

from datetime import timedelta

from django.utils import timezone

from core.management.commands.run_scheduler import run_sweeps
from questionbox.models import PupilQuestion, QuestionBox
from rooms.models import Room
from tests.questionbox.conftest import BoxPupil, BoxTeacher


def test_the_sweep_deletes_the_questions_of_an_expired_session_and_keeps_the_others(teacher, pupil, settings):
    settings.ROOMS_IDLE_HOURS = 3
    pupil.ask(teacher.room, "Une question qui doit disparaître ?")
    active = BoxTeacher(address="10.9.0.3")
    other = BoxPupil()
    other.join_room(active.room)
    other.ask(active.room, "Une question d'une classe en cours ?")
    Room.objects.filter(pk=teacher.room.pk).update(last_activity=timezone.now() - timedelta(hours=3, minutes=1))

    done = run_sweeps()

    assert done["questionbox.box.delete_expired_questions"] == 1
    assert list(PupilQuestion.objects.values_list("text", flat=True)) == ["Une question d'une classe en cours ?"]
    assert not QuestionBox.objects.filter(room_id=teacher.room.pk).exists()  # the room went too
    assert teacher.control().status_code == 404


def test_the_sweep_is_configured_for_the_scheduler(settings):
    assert "questionbox.box.delete_expired_questions" in settings.VIGILANT_SWEEPS


def test_a_session_in_use_is_not_swept(teacher, pupil):
    pupil.ask(teacher.room, "Toujours là ?")
    run_sweeps()
    assert PupilQuestion.objects.count() == 1


def test_an_expired_session_answers_the_same_404_before_the_sweep(teacher, pupil):
    pupil.ask(teacher.room, "Une question ?")
    Room.objects.filter(pk=teacher.room.pk).update(last_activity=timezone.now() - timedelta(days=1))
    assert teacher.control().status_code == 404
    assert teacher.screen().status_code == 404
    assert pupil.ask(teacher.room, "Encore ?").status_code == 404
