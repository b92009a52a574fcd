"""The question box in pages of other activities (a live quiz's control, screen and pupil panel),
and masked questions shown with readable labels."""

from django import template

from questionbox import masking
from questionbox.box import box_is_open
from questionbox.models import QuestionBox

register = template.Library()


@register.filter
def masked(text):
    """{{ question.text|masked }}: escaped, with "[phone number hidden]" and the like in the reader's language."""
    return masking.with_labels(str(text))


def _box(room):
    return QuestionBox.objects.filter(room=room).only("pk", "is_open", "received").first()


@register.inclusion_tag("questionbox/includes/for_control.html")
def question_box_for_control(room):
    """On a live quiz's controls: open the box for this room, or go to it."""
    return {"room": room, "box": _box(room)}


@register.inclusion_tag("questionbox/includes/for_pupil.html")
def question_box_for_pupil(room):
    """On a pupil's live quiz page: a link to the box while it is open (every phone of a class reads
    this at each phase, so it is one plain query)."""
    return {"room": room, "box_open": box_is_open(room.pk)}


@register.inclusion_tag("questionbox/includes/for_screen.html")
def question_box_for_screen(room):
    """On a live quiz's projector screen: a link to the questions the teacher picks."""
    return {"room": room, "box": _box(room)}
