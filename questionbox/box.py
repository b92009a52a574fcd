"""What a question box can do: open, receive a question, show one on the projector, close, expire.

Every change is one statement or one short transaction, so several processes can serve a class.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Topic
from questionbox import limits
from questionbox.masking import mask
from questionbox.models import FrequentQuestion, PupilQuestion, QuestionBox
from rooms import services as rooms
from rooms.activities import activity_of
from rooms.models import Room, idle_lifetime

ACTIVITY = "questions"

CLOSED = _("Your teacher has closed the question box.")
FULL = _("The question box is full: it takes no more questions in this session. You can still talk to someone below.")


class QuestionRejected(Exception):
    def __init__(self, message, status, retry_after=None):
        super().__init__(str(message))
        self.message = message
        self.status = status
        self.retry_after = retry_after


def open_alone(host_device_hash, topic=None) -> QuestionBox:
    """A room of its own for a lesson without a quiz (raises rooms.services.NoFreeCode)."""
    with transaction.atomic():
        room = rooms.open_room(ACTIVITY, host_device_hash)
        return QuestionBox.objects.create(room=room, topic=topic)


def box_is_open(room_id) -> bool:
    """Whether the room has a box taking questions (plain SQL: read on every pupil's live quiz panel)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM questionbox_questionbox WHERE room_id = %s AND is_open = %s", [room_id, True])
        return cursor.fetchone() is not None


def open_in_room(room, topic=None) -> QuestionBox:
    """The room's box (a live quiz's room), opened now if it has none; the pupils' pages show its link."""
    box, created = QuestionBox.objects.get_or_create(room=room, defaults={"topic": topic})
    if created:
        activity_of(room).pupils_redraw(room)
    return box


def _bump(box, **changes):
    QuestionBox.objects.filter(pk=box.pk).update(version=F("version") + 1, **changes)
    Room.objects.filter(pk=box.room_id).update(last_activity=timezone.now())


def receive(box, member, text) -> PupilQuestion:
    """Store ``text`` masked, or raise QuestionRejected (box closed, device over its rate, box full)."""
    if not QuestionBox.objects.filter(pk=box.pk, is_open=True).exists():
        raise QuestionRejected(CLOSED, 410)
    refusal = limits.may_send(member.device_hash)
    if refusal is not None:
        raise QuestionRejected(refusal.message, 429, refusal.retry_after)
    with transaction.atomic():
        # One conditional UPDATE takes a place: parallel questions can never pass the cap.
        taken = QuestionBox.objects.filter(pk=box.pk, is_open=True, received__lt=limits.per_session()).update(
            received=F("received") + 1, version=F("version") + 1
        )
        if not taken:
            still_open = QuestionBox.objects.filter(pk=box.pk, is_open=True).exists()
            raise QuestionRejected(FULL if still_open else CLOSED, 409 if still_open else 410)
        question = PupilQuestion.objects.create(box=box, member=member, text=mask(text))
    rooms.touch(member.room)
    return question


def show(box, question_id, answer_key=None) -> bool:
    """Put one of the box's questions on the projector, with an editor's answer if ``answer_key``."""
    question = PupilQuestion.objects.filter(box=box, pk=question_id).first()
    if question is None:
        return False
    if answer_key is not None and not FrequentQuestion.objects.filter(translation_key=answer_key).exists():
        answer_key = None
    PupilQuestion.objects.filter(pk=question.pk).update(shown=True)
    _bump(box, projected=question, projected_answer_key=answer_key)
    return True


def hide(box):
    _bump(box, projected=None, projected_answer_key=None)


def delete_question(box, question_id):
    PupilQuestion.objects.filter(box=box, pk=question_id).delete()  # the projector lets go of it (SET_NULL)
    _bump(box)


def set_open(box, is_open: bool):
    _bump(box, is_open=is_open)
    activity_of(box.room).pupils_redraw(box.room)


def end(box):
    """The teacher ends the box: a box alone goes with its room; in a quiz's room, only the box goes."""
    if box.room.activity == ACTIVITY:
        rooms.delete_rooms([box.room_id])
    else:
        box.delete()
        activity_of(box.room).pupils_redraw(box.room)


# Room events and expiry ---------------------------------------------------------------------------


def member_removed(room, member):
    """Inside the room's removal transaction: what the pupil sent leaves the box and the projector."""
    if PupilQuestion.objects.filter(box__room=room, member=member).delete()[0]:
        QuestionBox.objects.filter(room=room).update(version=F("version") + 1)


def accepts_members(room) -> bool:
    return QuestionBox.objects.filter(room=room).exists()


def delete_expired_questions(now=None) -> int:
    """The scheduler's sweep: questions of rooms idle for longer than ROOMS_IDLE_HOURS are deleted,
    even before their room goes (rooms.services.delete_expired_rooms deletes the boxes)."""
    expiry = (now or timezone.now()) - idle_lifetime()
    return PupilQuestion.objects.filter(box__room__last_activity__lt=expiry).delete()[0]


# What screens show -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Projection:
    question: PupilQuestion | None
    answer: FrequentQuestion | None


def answer_in_language(answer_key, language_code):
    """The editors' answer in ``language_code``, else in French; None if it is gone."""
    if answer_key is None:
        return None
    answers = {
        answer.locale.language_code: answer
        for answer in FrequentQuestion.objects.filter(translation_key=answer_key).select_related("locale")
    }
    return answers.get(language_code) or answers.get(settings.LANGUAGE_CODE) or next(iter(answers.values()), None)


def projection(box, language_code) -> Projection:
    question = PupilQuestion.objects.filter(pk=box.projected_id).first() if box.projected_id else None
    answer = answer_in_language(box.projected_answer_key, language_code) if question else None
    return Projection(question=question, answer=answer)


def answers_by_topic(box, language_code):
    """[(topic, [answers])] in the reader's language (French where not translated): the box's
    topic first, then the others in the topics' order. A few queries, whatever the number of answers."""

    languages = {language_code, settings.LANGUAGE_CODE}
    chosen = {}
    for answer in FrequentQuestion.objects.filter(locale__language_code__in=languages).select_related("locale"):
        if answer.translation_key not in chosen or answer.locale.language_code == language_code:
            chosen[answer.translation_key] = answer
    topics = {}
    for topic in Topic.objects.filter(locale__language_code__in=languages).select_related("locale"):
        if topic.translation_key not in topics or topic.locale.language_code == language_code:
            topics[topic.translation_key] = topic
    key_of = {topic.pk: key for key, topic in topics.items()}
    answer_topics = Topic.objects.filter(pk__in=[answer.topic_id for answer in chosen.values()])
    key_of.update(answer_topics.values_list("pk", "translation_key"))
    grouped = {}
    for answer in sorted(chosen.values(), key=lambda a: (a.sort_order, a.question.casefold())):
        grouped.setdefault(key_of.get(answer.topic_id), []).append(answer)
    first = key_of.get(box.topic_id) if box.topic_id else None
    if box.topic_id and first is None:
        first = Topic.objects.filter(pk=box.topic_id).values_list("translation_key", flat=True).first()
    order = sorted(grouped, key=lambda key: (key != first, getattr(topics.get(key), "sort_order", 99)))
    return [(topics.get(key), grouped[key]) for key in order]
