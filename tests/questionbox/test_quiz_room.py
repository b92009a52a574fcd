"""A question box opened from a live quiz's controls: the same pupils ask, the box ends with the session."""

from django.urls import reverse

from questionbox.models import PupilQuestion, QuestionBox
from tests.questionbox.conftest import BoxPupil


def test_the_teacher_opens_a_box_from_the_quiz_controls_and_pupils_of_the_quiz_can_ask(quiz_teacher):
    pupil = BoxPupil()
    assert pupil.join(quiz_teacher.session).status_code == 302
    control = quiz_teacher.page().content.decode()
    open_url = reverse("questionbox:open", args=[quiz_teacher.code])
    assert f'action="{open_url}"' in control
    panel = pupil.panel(quiz_teacher.session)
    ask_url = reverse("questionbox:ask", args=[quiz_teacher.code])
    assert ask_url not in panel.content.decode()
    etag = panel["ETag"]

    response = quiz_teacher.client.post(open_url)
    assert response["Location"] == reverse("questionbox:control", args=[quiz_teacher.code])

    # The pupil's phone redraws its panel and now links to the box.
    changed = pupil.panel(quiz_teacher.session, etag)
    assert changed.status_code == 200
    assert ask_url in changed.content.decode()
    assert pupil.ask(quiz_teacher.room, "Une question pendant le quiz ?").status_code == 302
    assert PupilQuestion.objects.get().text == "Une question pendant le quiz ?"
    box_control = quiz_teacher.client.get(response["Location"]).content.decode()
    assert "Une question pendant le quiz ?" in box_control
    assert reverse("quizzes:control", args=[quiz_teacher.code]) in box_control


def test_the_quiz_screen_links_to_the_box_screen_and_shows_no_question(quiz_teacher):
    quiz_teacher.client.post(reverse("questionbox:open", args=[quiz_teacher.code]))
    pupil = BoxPupil()
    pupil.join(quiz_teacher.session)
    pupil.ask(quiz_teacher.room, "Une question cachée ?")
    screen = quiz_teacher.screen().content.decode()
    assert reverse("questionbox:screen", args=[quiz_teacher.code]) in screen
    assert "Une question cachée" not in screen


def test_opening_twice_keeps_one_box(quiz_teacher):
    url = reverse("questionbox:open", args=[quiz_teacher.code])
    quiz_teacher.client.post(url)
    quiz_teacher.client.post(url)
    assert QuestionBox.objects.filter(room=quiz_teacher.room).count() == 1


def test_a_pupil_cannot_open_a_box_in_the_quiz_room(quiz_teacher):
    pupil = BoxPupil()
    pupil.join(quiz_teacher.session)
    assert pupil.client.post(reverse("questionbox:open", args=[quiz_teacher.code])).status_code == 404
    assert not QuestionBox.objects.exists()


def test_deleting_the_quiz_session_deletes_the_questions(quiz_teacher):
    quiz_teacher.client.post(reverse("questionbox:open", args=[quiz_teacher.code]))
    pupil = BoxPupil()
    pupil.join(quiz_teacher.session)
    pupil.ask(quiz_teacher.room, "Une question ?")
    quiz_teacher.act("end")
    quiz_teacher.act("delete")
    assert not PupilQuestion.objects.exists()
    assert not QuestionBox.objects.exists()


def test_ending_the_box_in_a_quiz_room_keeps_the_quiz(quiz_teacher):
    quiz_teacher.client.post(reverse("questionbox:open", args=[quiz_teacher.code]))
    pupil = BoxPupil()
    pupil.join(quiz_teacher.session)
    pupil.ask(quiz_teacher.room, "Une question ?")
    response = quiz_teacher.client.post(reverse("questionbox:control-action", args=[quiz_teacher.code, "end"]))
    assert response.status_code == 200
    assert not PupilQuestion.objects.exists()
    assert quiz_teacher.page().status_code == 200
    assert pupil.page(quiz_teacher.session).status_code == 200
    assert pupil.client.get(reverse("questionbox:ask", args=[quiz_teacher.code])).status_code == 404
