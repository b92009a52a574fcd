"""Join codes cannot be guessed, and a whole class behind one school address can still join."""

from quizzes import ratelimit
from quizzes.models import LivePupil

from .conftest import Pupil, Teacher

SCHOOL_ADDRESS = "192.0.2.10"


def test_wrong_code_gets_a_clear_message(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    wrong = "000000" if teacher.session.code != "000000" else "111111"
    response = Pupil().join(teacher.session, code=wrong)
    assert response.status_code == 400
    assert "Aucune séance" in response.content.decode()


def test_malformed_code_gets_a_clear_message(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    response = Pupil().join(teacher.session, code="12ab\x00")
    assert response.status_code == 400
    assert "six chiffres" in response.content.decode()


def test_wrong_symbols_are_refused_even_with_the_right_code(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    symbols = teacher.session.room_symbols
    wrong = "".join("a" if letter != "a" else "b" for letter in symbols)
    response = Pupil().join(teacher.session, symbols=wrong)
    assert response.status_code == 400
    assert "symboles" in response.content.decode()
    assert not LivePupil.objects.exists()


def test_guessing_from_one_device_is_stopped(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    guesser = Pupil(SCHOOL_ADDRESS)
    statuses = [guesser.join(teacher.session, code=f"{n:06d}").status_code for n in range(ratelimit.PER_DEVICE + 2)]
    assert statuses[: ratelimit.PER_DEVICE] == [400] * ratelimit.PER_DEVICE
    assert statuses[-1] == 429
    # Even the right code is refused to that device for a while...
    blocked = guesser.join(teacher.session)
    assert blocked.status_code == 429
    assert "Attends dix minutes" in blocked.content.decode()
    # ...but not to the rest of the class behind the same address.
    assert Pupil(SCHOOL_ADDRESS).join(teacher.session).status_code == 302


def test_thirty_pupils_behind_one_address_can_all_join(sexting_quiz):
    teacher = Teacher(sexting_quiz)
    pupils = [Pupil(SCHOOL_ADDRESS) for _ in range(30)]
    # A few typos on the way, as in any real class.
    for pupil in pupils[:5]:
        assert (
            pupil.join(teacher.session, code="999999" if teacher.session.code != "999999" else "888888").status_code
            == 400
        )
    assert [pupil.join(teacher.session).status_code for pupil in pupils] == [302] * 30
    assert LivePupil.objects.filter(session=teacher.session).count() == 30
    assert teacher.page().context["joined"] == 30


def test_one_address_guessing_with_fresh_cookies_hits_the_ceiling(sexting_quiz, settings):
    teacher = Teacher(sexting_quiz)
    limits = ratelimit.limits_for("device", SCHOOL_ADDRESS)
    for _n in range(ratelimit.PER_ADDRESS):
        ratelimit.record_failure(limits[1:])
    response = Pupil(SCHOOL_ADDRESS).join(teacher.session)  # a fresh device: only the address limit applies
    assert response.status_code == 429
