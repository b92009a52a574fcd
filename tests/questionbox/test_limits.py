"""A maximum length, a rate per device, a cap per session; bad input gets a clear message and a 4xx."""

import pytest

from questionbox.limits import MAX_LENGTH
from questionbox.models import PupilQuestion
from tests.questionbox.conftest import BoxPupil


def test_a_question_over_the_maximum_length_is_refused_with_a_message(teacher, pupil):
    response = pupil.ask(teacher.room, "a" * (MAX_LENGTH + 1))
    assert response.status_code == 400
    assert f"moins de {MAX_LENGTH} caractères" in response.content.decode()
    assert not PupilQuestion.objects.exists()
    # What the pupil typed is kept in the form, so nothing is lost.
    assert "a" * (MAX_LENGTH + 1) in response.content.decode()


def test_a_question_of_exactly_the_maximum_length_is_taken(teacher, pupil):
    assert pupil.ask(teacher.room, "b" * MAX_LENGTH).status_code == 302


@pytest.mark.parametrize("text", ["", "   ", "\x00\x00\x00", "a\x00b", "\n\n\n"])
def test_empty_or_broken_input_gets_a_clear_message_never_a_500(teacher, pupil, text):
    response = pupil.ask(teacher.room, text)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode() or "errorlist" in response.content.decode()
    assert not PupilQuestion.objects.exists()


def test_a_missing_field_or_a_list_of_values_is_a_400(teacher, pupil):
    from django.urls import reverse

    url = reverse("questionbox:ask", args=[teacher.code])
    assert pupil.client.post(url, {}).status_code == 400
    assert pupil.client.post(url, {"text": ["one", "two?"]}).status_code in (302, 400)


def test_one_device_is_slowed_down_but_not_its_classmates(teacher, pupil, settings):
    settings.QUESTIONBOX_QUESTIONS_PER_DEVICE = 3
    for n in range(3):
        assert pupil.ask(teacher.room, f"Question {n} ?").status_code == 302
    refused = pupil.ask(teacher.room, "Une de trop ?")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Attends quelques minutes" in refused.content.decode()
    assert "Une de trop ?" in refused.content.decode()  # the text stays in the form
    classmate = BoxPupil(address="10.0.0.7")  # same school address
    classmate.join_room(teacher.room)
    assert classmate.ask(teacher.room, "Moi aussi ?").status_code == 302
    assert PupilQuestion.objects.count() == 4


def test_thirty_pupils_behind_one_address_can_all_ask(teacher, settings):
    settings.QUESTIONBOX_QUESTIONS_PER_DEVICE = 1
    for n in range(30):
        pupil = BoxPupil(address="192.0.2.1")
        assert pupil.join_room(teacher.room).status_code == 302
        assert pupil.ask(teacher.room, f"Question {n} ?").status_code == 302
    assert PupilQuestion.objects.count() == 30


def test_the_box_stops_at_its_cap_and_says_so(teacher, settings):
    settings.QUESTIONBOX_QUESTIONS_PER_SESSION = 3
    pupils = [BoxPupil(address="10.0.0.7") for _ in range(4)]
    for n, pupil in enumerate(pupils[:3]):
        pupil.join_room(teacher.room)
        assert pupil.ask(teacher.room, f"Question {n} ?").status_code == 302
    last = pupils[3]
    last.join_room(teacher.room)
    response = last.ask(teacher.room, "Encore une ?")
    assert response.status_code == 409
    assert "La boîte à questions est pleine" in response.content.decode()
    assert PupilQuestion.objects.count() == 3
    # Deleting questions does not make room for a flood.
    teacher.act("delete", {"question": PupilQuestion.objects.first().pk})
    assert last.ask(teacher.room, "Encore une ?").status_code == 409


def test_limit_counters_hold_no_address(teacher, pupil):
    from core.models import Counter

    pupil.ask(teacher.room, "Une question ?")
    keys = list(Counter.objects.filter(key__startswith="questionbox:").values_list("key", flat=True))
    assert keys
    assert not any("10.0.0.7" in key for key in keys)
