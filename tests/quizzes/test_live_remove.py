"""The teacher removes a participant: their answers leave the results and the counts, the phone is
told why, and they cannot come back."""

from django.urls import reverse

from quizzes.models import LiveAnswer
from rooms.models import RoomMember

from .conftest import Pupil, Teacher, right_ids, wrong_id
from .test_live_counts import counts


def _member(room, n):
    return RoomMember.objects.filter(room=room).order_by("pk")[n]


def test_removed_pupil_leaves_results_and_counts_and_the_phone_says_why(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    ada, intruder = Pupil(), Pupil("10.0.0.2")
    ada.join(session), intruder.join(session)
    teacher.act("start")
    before = counts(sexting_quiz, 0)
    ada.answer(session, 0, right_ids(sexting_quiz, 0))
    intruder.answer(session, 0, [wrong_id(sexting_quiz, 0)])
    teacher.act("reveal")
    assert counts(sexting_quiz, 0)[0] == before[0] + 2

    intruder_row = _member(teacher.room, 1)
    assert intruder_row.alias not in teacher.screen().content.decode()  # aliases stay off the projector
    control = teacher.page()
    assert f"Retirer {intruder_row.alias}" in control.content.decode()  # behind a disclosure on the control page
    etag = intruder.panel(session)["ETag"]
    version = teacher.refresh().version

    assert teacher.room_action("remove", {"member": intruder_row.pk}).status_code == 302
    assert teacher.refresh().version == version + 1  # phones and screens redraw
    assert teacher.state()["joined"] == 1
    result = teacher.screen().context["result"]
    assert result.answered == 1 and result.right == 1
    assert f"Retirer {intruder_row.alias}" not in teacher.page().content.decode()
    assert not LiveAnswer.objects.filter(member=intruder_row).exists()
    answered, answered_right, chosen = counts(sexting_quiz, 0)
    assert (answered, answered_right) == (before[0] + 1, before[1] + 1)
    wrong = wrong_id(sexting_quiz, 0)
    assert chosen.get(wrong, 0) == before[2].get(wrong, 0)

    # The removed phone is told at its next poll, cannot answer and cannot rejoin.
    told = intruder.panel(session, etag)
    assert told.status_code == 200 and "retiré" in told.content.decode()
    assert intruder.page(session).status_code == 403
    teacher.act("next")
    assert intruder.answer(session, 1, right_ids(sexting_quiz, 1)).status_code == 403
    assert intruder.join(session).status_code == 403
    assert RoomMember.objects.filter(room=teacher.room, removed=False).count() == 1
    assert not LiveAnswer.objects.filter(member=intruder_row).exists()
    assert ada.answer(session, 1, right_ids(sexting_quiz, 1)).status_code == 302


def test_removing_after_the_end_takes_the_answers_out_of_the_counted_totals(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    pupil = Pupil()
    pupil.join(session)
    teacher.act("start")
    before = counts(sexting_quiz, 0)
    pupil.answer(session, 0, [wrong_id(sexting_quiz, 0)])
    teacher.act("end")
    assert counts(sexting_quiz, 0)[0] == before[0] + 1
    teacher.room_action("remove", {"member": _member(teacher.room, 0).pk})
    assert counts(sexting_quiz, 0) == before


def test_removing_twice_or_an_unknown_or_foreign_pupil_changes_nothing(sexting_quiz):
    teacher, other = Teacher(sexting_quiz), Teacher(sexting_quiz)
    pupil, stranger = Pupil(), Pupil()
    pupil.join(teacher.session), stranger.join(other.session)
    foreign = RoomMember.objects.get(room=other.room)
    version = teacher.refresh().version
    for bad in (foreign.pk, "999999999", "abc", "1\x00", "9" * 40, ""):
        assert teacher.room_action("remove", {"member": bad}).status_code == 302
    assert teacher.refresh().version == version
    assert not RoomMember.objects.filter(removed=True, room__in=[teacher.room, other.room]).exists()
    mine = RoomMember.objects.get(room=teacher.room)
    assert teacher.room_action("remove", {"member": mine.pk}).status_code == 302
    assert teacher.room_action("remove", {"member": mine.pk}).status_code == 302
    assert teacher.refresh().version == version + 1


def test_only_a_teacher_device_can_remove(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    row = RoomMember.objects.get(room=teacher.room)
    response = pupil.client.post(reverse("rooms:remove", args=[teacher.code]), {"member": row.pk})
    assert response.status_code == 404
    assert not RoomMember.objects.get(pk=row.pk).removed
