"""Control stays off the wall: the device that started the session controls it with an HttpOnly,
SameSite cookie; another device gets in only with a one-time link made on the control page."""

import re
from datetime import timedelta
from html import unescape

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from rooms.access import HOST_COOKIE
from rooms.models import RoomKey
from tests.quizzes.conftest import Teacher


def _one_time_link(teacher, kind="control"):
    page = teacher.room_action("link", {"kind": kind})
    assert page.status_code == 200 and page["Cache-Control"].startswith("max-age=0")
    link = unescape(re.search(r'<a href="(http[^"]+take-control[^"]+)"', page.content.decode()).group(1))
    assert 'src="data:image/svg+xml;base64,' in page.content.decode()  # its QR code, in the page itself
    return link.split("testserver", 1)[1]


def test_the_starting_device_holds_an_httponly_samesite_cookie_and_no_address_holds_a_secret(sexting_quiz):
    response = Client().post(reverse("quizzes:start", args=[sexting_quiz.pk]))
    cookie = response.cookies[HOST_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert re.fullmatch(r"/fr/quiz-live/[0-9]{6}/control/", response["Location"])


def test_a_one_time_link_lets_a_second_device_control_once(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    path = _one_time_link(teacher)
    assert path.split("?")[0] == reverse("rooms:take-control")
    assert "take-control" not in teacher.screen().content.decode()  # never on the projector

    phone = Client()
    assert phone.get(reverse("quizzes:control", args=[teacher.code])).status_code == 404
    confirm = phone.get(path)  # a link preview opening it does not spend it
    assert confirm.status_code == 200 and HOST_COOKIE not in confirm.cookies
    key = path.split("key=")[1]
    taken = phone.post(reverse("rooms:take-control"), {"key": key})
    assert taken.status_code == 302
    assert taken["Location"] == reverse("quizzes:control", args=[teacher.code])  # a clean address
    assert taken.cookies[HOST_COOKIE]["httponly"]
    assert phone.get(taken["Location"]).status_code == 200
    version = teacher.refresh().version
    phone.post(reverse("quizzes:control-action", args=[teacher.code, "start"]), {"version": version})
    assert teacher.refresh().phase == "question"

    thief = Client()
    assert thief.post(reverse("rooms:take-control"), {"key": key}).status_code == 404  # spent
    assert thief.get(reverse("quizzes:control", args=[teacher.code])).status_code == 404


def test_a_screen_only_link_shows_the_projector_but_gives_no_control(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    key = _one_time_link(teacher, "screen").split("key=")[1]
    board = Client()
    taken = board.post(reverse("rooms:take-control"), {"key": key})
    assert taken["Location"] == reverse("quizzes:screen", args=[teacher.code])
    assert board.get(taken["Location"]).status_code == 200
    assert board.get(reverse("rooms:qr", args=[teacher.code])).status_code == 200
    assert board.get(reverse("quizzes:control", args=[teacher.code])).status_code == 404
    assert board.post(reverse("rooms:lock", args=[teacher.code])).status_code == 404
    assert (
        board.post(reverse("quizzes:control-action", args=[teacher.code, "start"]), {"version": 1}).status_code == 404
    )


def test_an_expired_link_lets_nobody_in(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    key = _one_time_link(teacher).split("key=")[1]
    RoomKey.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = Client().post(reverse("rooms:take-control"), {"key": key})
    assert response.status_code == 404
    assert "expiré" in response.content.decode()
