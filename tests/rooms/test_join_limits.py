"""Guessing codes and symbols is limited per device (blocks) and per address and room (slows down);
a class of 30 behind one school address always gets in; counters stay exact under parallel requests."""

from django.test import Client
from django.urls import reverse

from core.counters import anonymous_key
from core.models import Counter
from rooms import limits, services
from rooms.models import Room, RoomMember
from tests.concurrency import committed, in_parallel, requires_postgresql
from tests.quizzes.conftest import Pupil, Teacher

SCHOOL_ADDRESS = "192.0.2.10"


def _other_code(code):
    return "999999" if code != "999999" else "888888"


def _wrong_symbols(symbols):
    return "".join("a" if letter != "a" else "b" for letter in symbols)


def test_a_wrong_code_gets_a_clear_message(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    response = Pupil().join(teacher.session, code=_other_code(teacher.code))
    assert response.status_code == 400
    assert "Aucune séance ne correspond" in response.content.decode()


def test_a_malformed_code_gets_a_clear_message(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    response = Pupil().join(teacher.session, code="12ab\x00")
    assert response.status_code == 400
    assert "six chiffres" in response.content.decode()


def test_wrong_symbols_are_refused_even_with_the_right_code(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    response = Pupil().join(teacher.session, symbols=_wrong_symbols(teacher.room.symbols))
    assert response.status_code == 400
    assert not RoomMember.objects.exists()


def test_guessing_from_one_device_is_stopped_but_not_the_class(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    guesser = Pupil(SCHOOL_ADDRESS)
    statuses = [guesser.join(teacher.session, code=f"{n:06d}").status_code for n in range(limits.PER_DEVICE + 2)]
    assert statuses[: limits.PER_DEVICE] == [400] * limits.PER_DEVICE
    assert statuses[-1] == 429
    blocked = guesser.join(teacher.session)  # even the right code, for a while
    assert blocked.status_code == 429
    assert "Attends dix minutes" in blocked.content.decode()
    assert int(blocked["Retry-After"]) > 0
    assert Pupil(SCHOOL_ADDRESS).join(teacher.session).status_code == 302  # the rest of the class


def test_thirty_pupils_behind_one_address_all_get_in(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupils = [Pupil(SCHOOL_ADDRESS) for _ in range(30)]
    for pupil in pupils[:5]:  # a few typos on the way, as in any real class
        assert pupil.join(teacher.session, code=_other_code(teacher.code)).status_code == 400
    for pupil in pupils[5:8]:
        assert pupil.join(teacher.session, symbols=_wrong_symbols(teacher.room.symbols)).status_code == 400
    assert [pupil.join(teacher.session).status_code for pupil in pupils] == [302] * 30
    assert teacher.state()["joined"] == 30


def test_past_the_address_ceiling_attempts_slow_down_instead_of_stopping(sexting_quiz, monkeypatch):
    teacher = Teacher(sexting_quiz)
    clock = [limits._now()]  # the start of every window (tests/conftest.py), so that they last the test
    monkeypatch.setattr(limits, "_now", lambda: clock[0])
    attempt = limits.JoinAttempt("someone", SCHOOL_ADDRESS)
    for _n in range(limits.PER_ADDRESS):
        attempt.failed()
    first = Pupil(SCHOOL_ADDRESS).join(teacher.session)  # one attempt per few seconds is looked at
    assert first.status_code == 302
    second = Pupil(SCHOOL_ADDRESS).join(teacher.session)
    assert second.status_code == 429
    assert int(second["Retry-After"]) <= limits.SLOW_SECONDS
    clock[0] += limits.SLOW_SECONDS
    assert Pupil(SCHOOL_ADDRESS).join(teacher.session).status_code == 302  # ...and the class still gets in


def test_counter_keys_hold_no_address(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    Pupil(SCHOOL_ADDRESS).join(teacher.session, code=_other_code(teacher.code))
    keys = list(Counter.objects.values_list("key", flat=True))
    assert keys and not any(SCHOOL_ADDRESS in key for key in keys)
    assert any(anonymous_key(SCHOOL_ADDRESS) in key for key in keys)


def test_opening_rooms_is_limited_per_address(sexting_quiz, settings):
    settings.ROOMS_OPENS_PER_ADDRESS_PER_HOUR = 3
    start = reverse("quizzes:start", args=[sexting_quiz.pk])
    statuses = [Client(REMOTE_ADDR="198.51.100.7").post(start).status_code for _n in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert Client(REMOTE_ADDR="198.51.100.8").post(start).status_code == 302  # another school


def test_running_out_of_codes_gets_a_clear_page(sexting_quiz, monkeypatch):
    Teacher(sexting_quiz)
    taken = Room.objects.values_list("code", flat=True).first()
    monkeypatch.setattr(services, "_new_code", lambda: taken)
    response = Client(REMOTE_ADDR="203.0.113.5").post(reverse("quizzes:start", args=[sexting_quiz.pk]))
    assert response.status_code == 503
    assert "code" in response.content.decode() and "Retry-After" in response


def test_fifty_parallel_wrong_symbols_from_one_device_block_that_device_only(sexting_quiz):
    requires_postgresql()
    session = committed(lambda: Teacher(sexting_quiz, address="198.51.100.20").session)
    room = session.room
    wrong = _wrong_symbols(room.symbols)

    def post(cookies, symbols):
        client = Client(REMOTE_ADDR=SCHOOL_ADDRESS)
        client.cookies = cookies  # the same phone sends them all
        data = {"code": room.code, **{f"symbol{n + 1}": s for n, s in enumerate(symbols)}}
        return client.post(reverse("rooms:join"), data).status_code

    def first_try():
        pupil = Pupil(SCHOOL_ADDRESS)
        assert pupil.join(session, symbols=wrong).status_code == 400
        return pupil.client.cookies  # the device cookie this phone got

    try:
        cookies = committed(first_try)
        statuses = in_parallel(lambda _i: post(cookies, wrong), 50, workers=25)
        looked_at = limits.PER_DEVICE - 1  # the first try used one
        assert statuses.count(400) == looked_at and statuses.count(429) == 50 - looked_at
        # Exact counters: each looked-at failure once for the address and the room, every try for the device.
        values = committed(
            lambda: dict(Counter.objects.filter(key__startswith="rooms:join-failures:").values_list("key", "value"))
        )
        by_kind = {kind: v for key, v in values.items() for kind in ("device", "address", "room") if f":{kind}:" in key}
        assert by_kind == {"device": 51, "address": limits.PER_DEVICE, "room": limits.PER_DEVICE}
        # That phone is blocked, even with the right symbols; a classmate at the same address gets in.
        assert committed(lambda: post(cookies, room.symbols)) == 429
        assert committed(lambda: Pupil(SCHOOL_ADDRESS).join(session).status_code) == 302
    finally:

        def clean():
            services.delete_rooms([room.pk])
            Counter.objects.filter(key__startswith="rooms:").delete()

        committed(clean)
