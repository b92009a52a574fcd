"""A pupil sends a question without a name; only the questions the teacher picks reach the projector."""

import re

from django.test import Client
from django.urls import reverse
from django.utils import translation

from questionbox.models import FrequentQuestion, PupilQuestion
from tests.questionbox.conftest import BoxPupil, BoxTeacher


def test_a_pupil_joins_with_code_and_symbols_and_lands_on_the_question_form(teacher):
    pupil = BoxPupil()
    response = pupil.join_room(teacher.room)
    assert response["Location"] == reverse("questionbox:ask", args=[teacher.code])
    page = pupil.client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    form = html[html.index('<form method="post" action="/fr/questions/') :]
    form = form[: form.index("</form>")]
    fields = re.findall(r'name="([^"]+)"', form)
    assert fields == ["csrfmiddlewaretoken", "text"]  # nothing asks for a name


def test_the_question_is_stored_masked_and_the_pupil_sees_where_to_get_help(teacher, pupil):
    response = pupil.ask(teacher.room, "Il m'écrit sur @julie_2013, son numéro c'est 621 123 456. C'est grave ?")
    assert response.status_code == 302
    assert response["Location"] == reverse("questionbox:sent", args=[teacher.code])
    stored = PupilQuestion.objects.get()
    assert "621" not in stored.text and "julie" not in stored.text
    assert "C'est grave ?" in stored.text

    sent = pupil.client.get(response["Location"]).content.decode()
    main = sent[sent.index('<main id="main"') : sent.index("</main>")]
    assert 'id="service-kannerjugendtelefon"' in main
    assert 'id="service-bee-secure-helpline"' in main


def test_the_help_shown_after_sending_comes_from_the_help_services_editors_keep(teacher, pupil):
    from support.models import HelpService

    HelpService.objects.filter(slug="kannerjugendtelefon").update(phone="116 999")
    pupil.ask(teacher.room, "Une question ?")
    sent = pupil.client.get(reverse("questionbox:sent", args=[teacher.code])).content.decode()
    assert 'href="tel:116999"' in sent


def test_the_help_after_sending_is_in_the_pupils_language(teacher, pupil):
    with translation.override("de"):
        pupil.client.post(reverse("questionbox:ask", args=[teacher.code]), {"text": "Eine Frage, bitte?"})
        page = pupil.client.get(reverse("questionbox:sent", args=[teacher.code])).content.decode()
    assert 'lang="de"' in page
    assert "Deine Frage ist gesendet" in page
    assert "KannerJugendTelefon" in page


def test_the_teacher_sees_every_question_but_the_projector_only_the_picked_one(teacher, pupil):
    pupil.ask(teacher.room, "Première question ?")
    pupil.ask(teacher.room, "Deuxième question, à ne pas montrer ?")
    control = teacher.control().content.decode()
    assert "Première question ?" in control and "Deuxième question" in control

    screen = teacher.screen().content.decode()
    assert "Première question" not in screen and "Deuxième question" not in screen

    first = PupilQuestion.objects.get(text="Première question ?")
    assert teacher.act("show", {"question": first.pk}).status_code == 302
    screen = teacher.screen().content.decode()
    assert "Première question ?" in screen
    assert "Deuxième question" not in screen

    teacher.act("hide")
    assert "Première question" not in teacher.screen().content.decode()
    first.refresh_from_db()
    assert first.shown  # the teacher's list remembers it was shown


def test_masked_parts_are_labelled_on_the_control_screen(teacher, pupil):
    pupil.ask(teacher.room, "Mon mail: julie@gmail.com ?")
    control = teacher.control().content.decode()
    assert "julie" not in control
    assert '<span class="masked">[' in control


def test_an_editors_answer_is_projected_next_to_the_question_in_the_screens_language(teacher, pupil):
    pupil.ask(teacher.room, "Quelqu'un veut que ce soit notre secret, c'est normal ?")
    question = PupilQuestion.objects.get()
    faq = FrequentQuestion.objects.get(slug="grooming-amitie-secrete", locale__language_code="fr")
    control = teacher.control().content.decode()
    assert f'value="{faq.translation_key}"' in control  # offered in the list of answers

    teacher.act("show", {"question": question.pk, "answer": str(faq.translation_key)})
    screen_fr = teacher.screen("fr").content.decode()
    assert "secret, c&#x27;est normal ?" in screen_fr
    assert "c&#x27;est le grooming" in screen_fr
    english = FrequentQuestion.objects.get(translation_key=faq.translation_key, locale__language_code="en")
    screen_en = teacher.screen("en").content.decode()
    assert "this is called grooming" in screen_en
    assert english.question.replace("'", "&#x27;") in screen_en


def test_an_unknown_answer_is_ignored_and_the_question_shown_alone(teacher, pupil):
    pupil.ask(teacher.room, "Une question ?")
    question = PupilQuestion.objects.get()
    teacher.act("show", {"question": question.pk, "answer": "00000000-0000-0000-0000-000000000000"})
    assert teacher.refresh().projected_id == question.pk
    assert teacher.box.projected_answer_key is None
    teacher.act("show", {"question": question.pk, "answer": "<script>"})
    assert teacher.refresh().projected_answer_key is None


def test_showing_a_question_of_another_box_changes_nothing(teacher, pupil):
    other = BoxTeacher(address="10.9.0.2")
    intruder = BoxPupil()
    intruder.join_room(other.room)
    intruder.ask(other.room, "Question d'une autre classe ?")
    foreign = PupilQuestion.objects.get()
    response = teacher.act("show", {"question": foreign.pk})
    assert response.status_code == 404
    assert teacher.refresh().projected_id is None
    assert "autre classe" not in teacher.screen().content.decode()


def test_deleting_a_question_takes_it_off_the_projector(teacher, pupil):
    pupil.ask(teacher.room, "À effacer ?")
    question = PupilQuestion.objects.get()
    teacher.act("show", {"question": question.pk})
    teacher.act("delete", {"question": question.pk})
    assert not PupilQuestion.objects.exists()
    assert "À effacer" not in teacher.screen().content.decode()


def test_the_projector_follows_by_polling_a_small_state_with_etags(teacher, pupil):
    first = teacher.state()
    assert first.status_code == 200
    etag = first["ETag"]
    assert teacher.state(etag).status_code == 304
    pupil.ask(teacher.room, "Une nouvelle question ?")
    changed = teacher.state(etag)
    assert changed.status_code == 200
    assert changed.json()["version"] != first.json()["version"]
    assert "no-store" in changed["Cache-Control"]


def test_the_projector_works_without_javascript_through_a_refresh(teacher):
    screen = teacher.screen().content.decode()
    assert '<meta http-equiv="refresh"' in screen
    assert reverse("questionbox:screen", args=[teacher.code]) in screen


def test_a_closed_box_takes_no_question_and_says_so(teacher, pupil):
    teacher.act("close")
    response = pupil.ask(teacher.room, "Encore une question ?")
    assert response.status_code == 410
    assert "a fermé la boîte à questions" in response.content.decode()
    assert not PupilQuestion.objects.exists()
    teacher.act("reopen")
    assert pupil.ask(teacher.room, "Encore une question ?").status_code == 302


def test_removing_a_pupil_deletes_their_questions(teacher, pupil):
    pupil.ask(teacher.room, "Question à retirer ?")
    member = teacher.room.members.get()
    teacher.client.post(reverse("rooms:remove", args=[teacher.code]), {"member": member.pk})
    assert not PupilQuestion.objects.exists()
    assert pupil.ask(teacher.room, "Encore ?").status_code == 403


def test_a_stranger_gets_the_same_404_as_for_a_missing_code(teacher, pupil):
    pupil.ask(teacher.room, "Une question ?")
    stranger = Client()
    missing = "000000" if teacher.code != "000000" else "999999"
    for name in ("ask", "sent", "control", "control-panel", "screen", "screen-panel", "state"):
        existing = stranger.get(reverse(f"questionbox:{name}", args=[teacher.code]))
        absent = stranger.get(reverse(f"questionbox:{name}", args=[missing]))
        assert existing.status_code == absent.status_code == 404, name
        assert existing.content.decode().replace(teacher.code, "X") == absent.content.decode().replace(missing, "X")
    for action in ("show", "hide", "delete", "close", "end"):
        response = stranger.post(reverse("questionbox:control-action", args=[teacher.code, action]), {"question": 1})
        assert response.status_code == 404
    # A pupil's device cannot act as the teacher's.
    assert pupil.client.get(reverse("questionbox:control", args=[teacher.code])).status_code == 404
    assert pupil.client.post(reverse("questionbox:control-action", args=[teacher.code, "end"])).status_code == 404
    assert PupilQuestion.objects.count() == 1


def test_a_projector_link_shows_the_screen_but_not_the_controls(teacher):
    response = teacher.client.post(reverse("rooms:link", args=[teacher.code]), {"kind": "screen"})
    link = response.context["link"]
    projector = Client()
    key = link.split("key=")[1]
    taken = projector.post(reverse("rooms:take-control"), {"key": key})
    assert taken["Location"] == reverse("questionbox:screen", args=[teacher.code])
    assert projector.get(taken["Location"]).status_code == 200
    assert projector.get(reverse("questionbox:control", args=[teacher.code])).status_code == 404


def test_ending_the_box_deletes_the_room_and_its_questions(teacher, pupil):
    pupil.ask(teacher.room, "Une question ?")
    response = teacher.act("end")
    assert response.status_code == 200
    assert not PupilQuestion.objects.exists()
    assert teacher.control().status_code == 404
    assert pupil.client.get(reverse("questionbox:ask", args=[teacher.code])).status_code == 404
