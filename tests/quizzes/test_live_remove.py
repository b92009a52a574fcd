"""The teacher removes a participant, and stops waiting for the last answers by revealing."""

import json

from django.urls import reverse

from quizzes.models import LiveAnswer, LivePupil

from .conftest import Pupil, Teacher, right_ids, wrong_id
from .test_live_counts import counts


def _remove(teacher, pupil_id):
    return teacher.client.post(reverse("quizzes:remove-pupil", args=[teacher.token]), {"pupil": pupil_id})


def _pupil_row(session, n):
    return LivePupil.objects.filter(session=session).order_by("pk")[n]


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

    intruder_row = _pupil_row(session, 1)
    host = teacher.page()
    assert reverse("quizzes:host-pupils", args=[teacher.token]) in host.content.decode()
    assert intruder_row.alias not in host.content.decode()  # aliases stay off the projector
    listing = teacher.client.get(reverse("quizzes:host-pupils", args=[teacher.token]))
    assert [pupil.pk for pupil in listing.context["pupils"]] == sorted(
        [_pupil_row(session, 0).pk, intruder_row.pk], key=lambda pk: str(LivePupil.objects.get(pk=pk).alias)
    )
    assert f"Retirer {intruder_row.alias}" in listing.content.decode()
    version = teacher.refresh().version

    assert _remove(teacher, intruder_row.pk).status_code == 302
    assert teacher.refresh().version == version + 1  # phones and projector reload
    host = teacher.page()
    assert host.context["joined"] == 1
    assert host.context["result"].answered == 1 and host.context["result"].right == 1
    listing = teacher.client.get(reverse("quizzes:host-pupils", args=[teacher.token]))
    assert intruder_row.alias not in listing.content.decode()
    assert not LiveAnswer.objects.filter(pupil=intruder_row).exists()
    answered, answered_right, chosen = counts(sexting_quiz, 0)
    assert (answered, answered_right) == (before[0] + 1, before[1] + 1)
    wrong = wrong_id(sexting_quiz, 0)
    assert chosen.get(wrong, 0) == before[2].get(wrong, 0)

    # The removed phone is told, cannot answer and cannot rejoin.
    page = intruder.page(session)
    assert page.status_code == 403
    assert "Ton enseignant" in page.content.decode() or "retiré" in page.content.decode()
    teacher.act("next")
    refused = intruder.answer(session, 1, right_ids(sexting_quiz, 1))
    assert refused.status_code == 403
    assert intruder.join(session).status_code == 403
    assert LivePupil.objects.filter(session=session, removed=False).count() == 1
    assert not LiveAnswer.objects.filter(pupil=intruder_row).exists()
    assert ada.answer(session, 1, right_ids(sexting_quiz, 1)).status_code == 302


def test_removing_twice_or_an_unknown_or_foreign_pupil_changes_nothing(sexting_quiz):
    teacher, other = Teacher(sexting_quiz), Teacher(sexting_quiz)
    pupil, stranger = Pupil(), Pupil()
    pupil.join(teacher.session), stranger.join(other.session)
    foreign = LivePupil.objects.get(session=other.session)
    version = teacher.refresh().version
    for bad in (foreign.pk, "999999999", "abc", "1\x00", "9" * 40, ""):
        assert _remove(teacher, bad).status_code == 302
    assert teacher.refresh().version == version
    assert not LivePupil.objects.filter(removed=True, session__in=[teacher.session, other.session]).exists()
    mine = LivePupil.objects.get(session=teacher.session)
    assert _remove(teacher, mine.pk).status_code == 302
    assert _remove(teacher, mine.pk).status_code == 302
    assert teacher.refresh().version == version + 1


def test_only_the_host_link_can_remove(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    row = LivePupil.objects.get(session=teacher.session)
    response = pupil.client.post(reverse("quizzes:remove-pupil", args=["x" * 43]), {"pupil": row.pk})
    assert response.status_code == 404
    assert pupil.client.get(reverse("quizzes:host-pupils", args=["x" * 43])).status_code == 404
    assert pupil.client.get(reverse("quizzes:remove-pupil", args=[teacher.token])).status_code == 405
    assert not LivePupil.objects.get(pk=row.pk).removed


def test_revealing_stops_waiting_for_the_last_answers(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    quick, slow = Pupil(), Pupil()
    quick.join(session), slow.join(session)
    teacher.act("start")
    quick.answer(session, 0, right_ids(sexting_quiz, 0))
    teacher.act("reveal")  # one pupil still thinking: the teacher does not have to wait
    late = slow.answer(session, 0, right_ids(sexting_quiz, 0))
    assert late.status_code == 409
    assert "plus ouverte" in late.content.decode()
    assert teacher.page().context["result"].answered == 1
    # The slow pupil's phone now shows the right answer, without a verdict of their own.
    html = slow.page(session).content.decode()
    assert "quiz-verdict" not in html


def test_pupil_state_and_page_never_carry_the_right_answer_before_the_reveal_after_a_removal(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    pupil, other = Pupil(), Pupil()
    pupil.join(session), other.join(session)
    teacher.act("start")
    _remove(teacher, _pupil_row(session, 1).pk)
    state = json.loads(pupil.client.get(reverse("quizzes:pupil-state", args=[session.code])).content)
    assert set(state) == {"version", "phase"}
    html = pupil.page(session).content.decode()
    for marker in ("quiz-feedback--right", "quiz-verdict", "Bonne réponse"):
        assert marker not in html
