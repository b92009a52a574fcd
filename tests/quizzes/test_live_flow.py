"""The whole live class flow in the test client: a teacher, three pupils, one joining late."""

import json

from django.urls import reverse

from quizzes.models import LiveAnswer, LivePupil, LiveSession

from .conftest import Pupil, Teacher, right_ids, wrong_id

Phase = LiveSession.Phase


def _state(pupil, session):
    return json.loads(pupil.client.get(reverse("quizzes:pupil-state", args=[session.code])).content)


def test_teacher_and_three_pupils_play_a_whole_quiz(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    lobby = teacher.page()
    html = lobby.content.decode()
    assert lobby.status_code == 200
    assert session.code[:3] in html and session.code[3:] in html
    assert reverse("quizzes:qr", args=[session.code]) in html
    assert reverse("quizzes:join") + "?code=" + session.code in html

    qr = teacher.client.get(reverse("quizzes:qr", args=[session.code]))
    assert qr["Content-Type"] == "image/svg+xml"
    assert b'<svg xmlns="http://www.w3.org/2000/svg"' in qr.content  # a document an <img> can show

    ada, ben, late = Pupil(), Pupil(), Pupil()
    for pupil in (ada, ben):
        response = pupil.join(session)
        assert response.status_code == 302
        assert response["Location"] == reverse("quizzes:play", args=[session.code])
        assert "vigilant_quiz_device" in response.cookies
    assert "Bienvenue" not in ada.page(session).content.decode()  # just a smoke check of rendering
    assert teacher.page().context["joined"] == 2

    assert teacher.act("start").status_code == 302
    assert teacher.refresh().phase == Phase.QUESTION

    # A pupil joining after the start sees the current question at once.
    assert late.join(session).status_code == 302
    page = late.page(session)
    assert page.context["question"].id == sexting_quiz.question_list[0].id
    assert 'name="choice"' in page.content.decode()

    for index in range(len(sexting_quiz.question_list)):
        assert ada.answer(session, index, right_ids(sexting_quiz, index)).status_code == 302
        assert ben.answer(session, index, [wrong_id(sexting_quiz, index)]).status_code == 302
        if index != 2:  # the late pupil skips question 3
            assert late.answer(session, index, right_ids(sexting_quiz, index)).status_code == 302

        host = teacher.page()
        assert host.context["answered"] == (2 if index == 2 else 3)
        host_state = json.loads(teacher.client.get(reverse("quizzes:host-state", args=[teacher.token])).content)
        assert host_state["answered"] == host.context["answered"] and host_state["joined"] == 3

        before = ada.page(session)
        assert before.context["answer"] is not None
        assert "quiz-feedback--right" not in before.content.decode()

        assert teacher.act("reveal").status_code == 302
        revealed = ada.page(session)
        assert revealed.context["answer"].is_right is True
        assert "quiz-feedback--right" in revealed.content.decode()
        assert ben.page(session).context["answer"].is_right is False
        host = teacher.page()
        assert host.context["result"].answered == (2 if index == 2 else 3)
        chosen = {row.choice.id: row.chosen for row in host.context["result"].choices}
        assert sum(chosen.values()) >= host.context["result"].answered

        teacher.act("next")

    assert teacher.refresh().phase == Phase.ENDED
    summary = teacher.page()
    results = summary.context["summary"]
    questions = len(sexting_quiz.question_list)
    assert [r.answered for r in results] == [3, 3, 2] + [3] * (questions - 3)
    assert [r.right for r in results] == [2, 2, 1] + [2] * (questions - 3)
    first_choices = {row.choice.id: row.chosen for row in results[0].choices}
    assert first_choices[right_ids(sexting_quiz, 0)[0]] == 2
    assert first_choices[wrong_id(sexting_quiz, 0)] == 1

    assert ada.page(session).context["score"] == questions
    assert ben.page(session).context["score"] == 0
    assert late.page(session).context["score"] == questions - 1
    assert str(questions) in ada.page(session).content.decode()


def test_pupil_pages_never_carry_the_right_answer_before_the_reveal(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    question = sexting_quiz.question_list[0]
    html = pupil.page(teacher.session).content.decode()
    state = _state(pupil, teacher.session)
    assert set(state) == {"version", "phase"}
    for marker in ("quiz-feedback--right", "is_right", "Bonne réponse"):
        assert marker not in html
    # Every choice is rendered the same way: nothing distinguishes the right one.
    for choice in question.choices:
        assert f'value="{choice.id}" id=' in html


def test_rejoining_from_the_same_phone_keeps_alias_and_answers(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    pupil.answer(teacher.session, 0, right_ids(sexting_quiz, 0))
    alias = pupil.page(teacher.session).context["pupil"].alias
    assert pupil.join(teacher.session).status_code == 302  # after a refresh, a Wi-Fi switch...
    page = pupil.page(teacher.session)
    assert page.context["pupil"].alias == alias
    assert page.context["answer"] is not None
    assert LivePupil.objects.filter(session=teacher.session).count() == 1


def test_pupils_get_distinct_aliases_and_no_names(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    aliases = set()
    for _n in range(12):
        pupil = Pupil()
        pupil.join(teacher.session)
        aliases.add(pupil.page(teacher.session).context["pupil"].alias)
    assert len(aliases) == 12
    host_html = teacher.page().content.decode()
    assert not any(alias in host_html for alias in aliases)


def test_pupil_without_device_cookie_is_sent_to_the_join_page(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    response = Pupil().page(teacher.session)
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes:join") + "?code=" + teacher.session.code


def test_pupil_follows_the_session_in_their_own_language(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    with_translation = pupil.client.get(f"/de/quiz-live/{teacher.session.code}/")
    assert with_translation.status_code == 200
    assert "Was bedeutet" in with_translation.content.decode()


def test_ending_and_deleting_removes_pupils_and_answers(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    pupil.answer(teacher.session, 0, right_ids(sexting_quiz, 0))
    teacher.act("end")
    response = teacher.client.post(reverse("quizzes:host-action", args=[teacher.token, "delete"]))
    assert response.status_code == 200
    assert not LiveSession.objects.filter(pk=teacher.session.pk).exists()
    assert not LiveAnswer.objects.exists() and not LivePupil.objects.exists()
    assert teacher.page().status_code == 404
