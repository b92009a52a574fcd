"""Strangers can neither find nor enter a room: every address built on a join code answers the
same 404 for an existing code as for a missing one, unless the device is in the room."""

import re

import pytest
from django.test import Client
from django.urls import get_resolver

from tests.harness.routes import public_routes
from tests.quizzes.conftest import Pupil, Teacher

MISSING = "000000"


def code_routes():
    """Every reader-facing route with a join code in it, from the URL resolver."""
    routes = [route for route in public_routes() if "<code>" in route.template]
    assert len(routes) >= 10, [r.template for r in routes]
    return routes


def _fill(route, code):
    return route.url("fr", code=code, action="next")


def _shape(response, code):
    """Status, headers (but the date) and body, with the code itself blanked out."""
    headers = {k: v for k, v in response.items() if k not in {"Date", "Expires", "Content-Length"}}  # clock-dependent
    body = response.content.decode(errors="replace").replace(code, "CODE")
    return response.status_code, sorted(headers.items()), sorted(response.cookies), body


@pytest.fixture
def room(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    if teacher.code == MISSING:  # one chance in a million
        pytest.skip("the random code is the missing one")
    return teacher


@pytest.mark.parametrize("who", ["nobody", "pupil of another room", "teacher of another room"])
def test_every_code_address_answers_the_same_404_for_an_existing_and_a_missing_code(room, sexting_quiz, who):
    client = Client()
    if who == "pupil of another room":
        other = Teacher(sexting_quiz)
        pupil = Pupil()
        assert pupil.join(other.session).status_code == 302
        client = pupil.client
    elif who == "teacher of another room":
        client = Teacher(sexting_quiz).client
    for route in code_routes():
        for method in ("get", "post"):
            existing = getattr(client, method)(_fill(route, room.code))
            missing = getattr(client, method)(_fill(route, MISSING))
            if existing.status_code == 405 and missing.status_code == 405:
                continue
            assert existing.status_code == 404, (route.template, method, existing.status_code)
            assert _shape(existing, room.code) == _shape(missing, MISSING), (route.template, method)


def test_the_join_form_does_not_tell_which_codes_exist(room, sexting_quiz):
    wrong_symbols = "".join("a" if letter != "a" else "b" for letter in room.room.symbols)
    wrong_symbols_response = Pupil().join(room.session, symbols=wrong_symbols)
    missing_code_response = Pupil().join(room.session, code=MISSING, symbols=wrong_symbols)
    assert wrong_symbols_response.status_code == missing_code_response.status_code == 400
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')

    def shape(response, code):
        return strip.sub("", response.content.decode()).replace(code, "CODE")

    assert shape(wrong_symbols_response, room.code) == shape(missing_code_response, MISSING)


def test_the_projector_screen_and_the_qr_code_are_for_the_teachers_devices_only(room):
    stranger = Client()
    for name in ("quizzes:screen", "rooms:qr", "quizzes:host-state", "quizzes:control"):
        from django.urls import reverse

        assert stranger.get(reverse(name, args=[room.code])).status_code == 404
        assert room.client.get(reverse(name, args=[room.code])).status_code == 200


def test_code_routes_are_all_found():
    assert get_resolver()  # the resolver loads; code_routes() checks there are enough
    assert {r.name for r in code_routes()} >= {"play", "play-panel", "answer", "screen", "control", "qr", "lock"}
