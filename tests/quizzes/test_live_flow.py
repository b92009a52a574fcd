"""The whole live class flow in the test client: a teacher, three pupils, one joining late."""

from django.urls import reverse

from quizzes.models import LiveAnswer, LiveSession
from rooms.models import Room, RoomMember

from .conftest import Pupil, Teacher, right_ids, wrong_id

Phase = LiveSession.Phase


def test_teacher_and_three_pupils_play_a_whole_quiz(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    session = teacher.session
    screen = teacher.screen()
    html = screen.content.decode()
    assert screen.status_code == 200
    assert teacher.code[:3] in html and teacher.code[3:] in html
    assert reverse("rooms:qr", args=[teacher.code]) in html
    assert reverse("rooms:join") in html
    assert 'class="site-header' not in html and 'name="q"' not in html  # made for a wall: no site chrome
    assert "<form" not in html  # read-only

    qr = teacher.client.get(reverse("rooms:qr", args=[teacher.code]))
    assert qr["Content-Type"] == "image/svg+xml"
    assert b'<svg xmlns="http://www.w3.org/2000/svg"' in qr.content  # a document an <img> can show

    ada, ben, late = Pupil(), Pupil(), Pupil()
    for pupil in (ada, ben):
        response = pupil.join(session)
        assert response.status_code == 302
        assert response["Location"] == reverse("quizzes:play", args=[teacher.code])
        assert "vigilant_room_device" in response.cookies
    assert ada.page(session).status_code == 200
    assert teacher.state()["joined"] == 2

    assert teacher.act("start").status_code == 302
    assert teacher.refresh().phase == Phase.QUESTION

    # A pupil joining after the start sees the current question at once.
    assert late.join(session).status_code == 302
    page = late.page(session)
    assert page.context["question"].id == sexting_quiz.question_list[0].id
    assert 'name="choice"' in page.content.decode()

    for index in range(len(sexting_quiz.question_list)):
        assert ada.answer(session, index, right_ids(sexting_quiz, index)).status_code == 302
        assert ben.answer(session, index, [wrong_id(sexting_quiz, index)], script=True).status_code == 200
        if index != 2:  # the late pupil skips question 3
            assert late.answer(session, index, right_ids(sexting_quiz, index)).status_code == 302

        state = teacher.state()
        assert state["answered"] == (2 if index == 2 else 3) and state["joined"] == 3
        assert teacher.page().context["answered"] == state["answered"]

        before = ada.page(session)
        assert before.context["answer"] is not None
        assert "quiz-feedback--right" not in before.content.decode()

        assert teacher.act("reveal").status_code == 302
        revealed = ada.page(session)
        assert revealed.context["answer"].is_right is True
        assert "quiz-feedback--right" in revealed.content.decode()
        assert ben.page(session).context["answer"].is_right is False
        result = teacher.screen().context["result"]
        assert result.answered == (2 if index == 2 else 3)
        assert "live-distribution__fill" in teacher.screen().content.decode()

        teacher.act("next")

    assert teacher.refresh().phase == Phase.ENDED
    results = teacher.screen().context["summary"]
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


def test_a_pupil_panel_is_not_modified_until_the_teacher_moves_on(sexting_quiz, django_assert_max_num_queries):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    first = pupil.panel(teacher.session)
    assert first.status_code == 200 and "<html" not in first.content.decode()  # a fragment, not a page
    etag = first["ETag"]
    with django_assert_max_num_queries(1):  # the poll every phone sends every second
        unchanged = pupil.panel(teacher.session, etag)
    assert unchanged.status_code == 304 and unchanged.content == b""
    teacher.act("start")
    moved = pupil.panel(teacher.session, etag)
    assert moved.status_code == 200 and moved["ETag"] != etag
    assert 'name="choice"' in moved.content.decode()
    # Every phone of the class fetches the new panel at once: who it is, the generations, the question box.
    with django_assert_max_num_queries(3):
        again = pupil.panel(teacher.session)
    assert again.content.count(b'name="choice"') == moved.content.count(b'name="choice"')


def test_an_answer_is_one_small_request_confirmed_at_once(sexting_quiz, django_assert_max_num_queries):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    pupil.panel(teacher.session)  # warm per-process caches, as on a running server
    # Who it is, the generations, the check and the row (in a savepoint), the question box.
    with django_assert_max_num_queries(7):
        response = pupil.answer(teacher.session, 0, right_ids(sexting_quiz, 0), script=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "quiz-feedback--right" not in html
    assert LiveAnswer.objects.filter(session=teacher.session).count() == 1


def test_pupil_pages_never_carry_the_right_answer_before_the_reveal(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    question = sexting_quiz.question_list[0]
    for response in (pupil.page(teacher.session), pupil.panel(teacher.session)):
        html = response.content.decode()
        for marker in ("quiz-feedback--right", "is_right", "Bonne réponse", "right answer"):
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
    alias = pupil.page(teacher.session).context["member"].alias
    assert pupil.join(teacher.session).status_code == 302  # after a refresh, a Wi-Fi switch...
    page = pupil.page(teacher.session)
    assert page.context["member"].alias == alias
    assert page.context["answer"] is not None
    assert RoomMember.objects.filter(room=teacher.room).count() == 1


def test_pupils_get_distinct_aliases_and_no_names(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    aliases = set()
    for _n in range(12):
        pupil = Pupil()
        pupil.join(teacher.session)
        aliases.add(pupil.page(teacher.session).context["member"].alias)
    assert len(aliases) == 12
    screen_html = teacher.screen().content.decode()
    assert not any(alias in screen_html for alias in aliases)  # aliases stay off the projector


def test_pupil_follows_the_session_in_their_own_language(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    with_translation = pupil.client.get(f"/de/quiz-live/{teacher.code}/")
    assert with_translation.status_code == 200
    assert "Was bedeutet" in with_translation.content.decode()


def test_a_pupils_language_links_keep_them_in_the_session(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    html = pupil.page(teacher.session).content.decode()
    for code in ("de", "lb", "en", "pt"):
        assert f'href="/{code}/quiz-live/{teacher.code}/"' in html
    assert f'href="{sexting_quiz.url}"' not in html  # leaving for the quiz's page would leave the class


def test_ending_and_deleting_removes_the_room_pupils_and_answers(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupil = Pupil()
    pupil.join(teacher.session)
    teacher.act("start")
    pupil.answer(teacher.session, 0, right_ids(sexting_quiz, 0))
    teacher.act("end")
    response = teacher.client.post(reverse("quizzes:control-action", args=[teacher.code, "delete"]))
    assert response.status_code == 200
    assert not Room.objects.filter(pk=teacher.room.pk).exists()
    assert not LiveSession.objects.filter(pk=teacher.session.pk).exists()
    assert not LiveAnswer.objects.exists() and not RoomMember.objects.exists()
    assert teacher.page().status_code == 404


def test_the_projector_wears_the_quiz_topics_look_without_site_chrome(sexting_quiz):
    from core.looks import look_for_page

    look = look_for_page(sexting_quiz)
    assert look.key == "sexting"
    html = Teacher(sexting_quiz).screen().content.decode()
    assert f'<body class="projector {look.css_class}">' in html
    assert f'src="{look.illustration_url}" alt=""' in html  # decorative
    assert 'role="search"' not in html and "site-header" not in html
