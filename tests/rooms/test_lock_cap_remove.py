"""The teacher locks the room once the class is in; a room has a pupil cap; a removed pupil
cannot come back, not even with a fresh cookie while the room is locked."""

from django.test import override_settings

from rooms.models import Room, RoomMember
from tests.quizzes.conftest import Pupil, Teacher


def test_a_locked_room_takes_nobody_new_but_keeps_its_pupils(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    inside = Pupil()
    assert inside.join(teacher.session).status_code == 302
    assert teacher.room_action("lock").status_code == 302
    late = Pupil()
    refused = late.join(teacher.session)
    assert refused.status_code == 403
    assert "fermé" in refused.content.decode()
    assert inside.join(teacher.session).status_code == 302  # a refresh or a Wi-Fi switch: still in
    assert inside.page(teacher.session).status_code == 200
    assert "verrouillée" in teacher.screen().content.decode().lower()
    teacher.room_action("unlock")
    assert late.join(teacher.session).status_code == 302
    assert RoomMember.objects.filter(room=teacher.room).count() == 2


@override_settings(ROOMS_CAPACITY=3)
def test_a_full_room_refuses_the_next_pupil_and_a_removal_frees_a_seat(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    assert teacher.room.capacity == 3
    pupils = [Pupil() for _ in range(4)]
    statuses = [pupil.join(teacher.session).status_code for pupil in pupils]
    assert statuses == [302, 302, 302, 403]
    assert "complète" in pupils[3].join(teacher.session).content.decode()
    first = RoomMember.objects.filter(room=teacher.room).order_by("pk").first()
    teacher.room_action("remove", {"member": first.pk})
    assert pupils[3].join(teacher.session).status_code == 302
    assert Room.objects.get(pk=teacher.room.pk).member_count == 3


def test_the_default_cap_is_forty(sexting_quiz):
    assert Teacher(sexting_quiz).room.capacity == 40


def test_a_removed_pupil_cannot_come_back_with_a_fresh_cookie_while_the_room_is_locked(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    intruder = Pupil()
    intruder.join(teacher.session)
    member = RoomMember.objects.get(room=teacher.room)
    teacher.room_action("remove", {"member": member.pk})
    teacher.room_action("lock")
    assert intruder.join(teacher.session).status_code == 403  # the same phone
    intruder.client.cookies.clear()  # a fresh cookie (private window, cleared data)
    assert intruder.join(teacher.session).status_code == 403
    assert RoomMember.objects.filter(room=teacher.room, removed=False).count() == 0


def test_an_ended_quiz_takes_no_new_pupils(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    teacher.act("end")
    response = Pupil().join(teacher.session)
    assert response.status_code == 410
