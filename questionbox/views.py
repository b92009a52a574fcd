"""The question box's pages: the pupil's form, the teacher's control and the projector screen.

Addresses carry the room's join code and no secret; pupils are known by their device cookie,
the teacher's devices by their host cookie (rooms.access). Anyone else gets the room's one 404.
The control and projector pages follow the box like the live quiz's (rooms/static/rooms/live.js
polls ``state.json`` with If-None-Match and fetches the panel again when the version moves);
without JavaScript, each page has a Refresh link and plain forms.
"""

import uuid

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.models import Topic
from core.vocabulary_labels import vocabulary_in_reader_language
from questionbox import box as boxes
from questionbox.forms import QuestionForm, StartForm
from rooms import access, limits
from rooms import services as rooms
from rooms.activities import activity_of
from rooms.activity_views import NO_FREE_CODE, host_pages, no_store, state_response
from rooms.symbols import room_symbols
from rooms.views import after_action, client_address, join_url, refused, removed

HOST_POLL_MS = 2000


def _topics_in_reader_language():
    """[(French topic id, name in the reader's language)] for the topic menu."""
    labels = vocabulary_in_reader_language(Topic)
    french = Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("sort_order", "name")
    return [(topic.pk, getattr(labels.get(topic.translation_key), "name", topic.name)) for topic in french]


# Teacher ---------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def start(request):
    """A question box on its own, for a lesson without a quiz."""
    form = StartForm(request.POST or None, topics=_topics_in_reader_language())
    if request.method == "GET" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return TemplateResponse(request, "questionbox/start.html", {"form": form}, status=status)
    token = access.host_token(request) or access.new_token()
    refusal = limits.may_open_room(access.token_hash(token), client_address(request))
    if refusal is not None:
        return refused(request, refusal.message, 429, refusal.retry_after)
    topic = Topic.objects.filter(pk=form.cleaned_data["topic"]).first() if form.cleaned_data["topic"] else None
    try:
        box = boxes.open_alone(access.token_hash(token), topic)
    except rooms.NoFreeCode:
        return refused(request, NO_FREE_CODE, 503, 60)
    response = HttpResponseRedirect(reverse("questionbox:control", args=[box.room.code]))
    access.set_host_cookie(request, response, token)
    return response


@require_POST
def open_in_room(request, code):
    """From a live quiz's controls: a question box in the same room, for the same pupils."""
    host = access.host_for(request, code)
    if host is None:
        return access.not_found(request)
    boxes.open_in_room(host.room)
    return HttpResponseRedirect(reverse("questionbox:control", args=[code]))


def _host_box(request, code, *, control=True):
    host = access.host_for(request, code, control=control, related=("room__question_box",))
    if host is None:
        return None
    try:
        box = host.room.question_box
    except boxes.QuestionBox.DoesNotExist:
        return None
    box.room = host.room
    return box


def _host_context(request, box):
    room = box.room
    own_room = room.activity == boxes.ACTIVITY
    activity = activity_of(room)
    return {
        "box": box,
        "room": room,
        "own_room": own_room,
        "activity_control_url": "" if own_room else activity.control_url(room),
        "activity_screen_url": "" if own_room else activity.screen_url(room),
        "joined": room.member_count,
        "host_version": f"{box.version}.{room.version}",
        "join_address": join_url(request, room).split("?")[0],
        "symbols": room_symbols(room.symbols),
        "poll_ms": HOST_POLL_MS,
        "projection": boxes.projection(box, request.LANGUAGE_CODE),
    }


def _host_page_context(request, box, *, control):
    context = _host_context(request, box)
    if control:
        context.update(
            questions=list(box.questions.all()),
            answers_by_topic=boxes.answers_by_topic(box, request.LANGUAGE_CODE),
            members=rooms.members(box.room),
            cap=boxes.limits.per_session(),
        )
    return context


_host_page = host_pages(_host_box, _host_page_context)
control = _host_page("questionbox/control.html", control=True)
control_panel = _host_page("questionbox/control_panel.html", control=True)
screen = _host_page("questionbox/screen.html", control=False)
screen_panel = _host_page("questionbox/screen_panel.html", control=False)


@never_cache
@require_GET
def host_state(request, code):
    """What the teacher's screens poll: the version to follow (a question in, one shown) and the pupils' count."""
    fields = ("room__question_box__version", "room__version", "room__member_count")
    row = access.host_for(request, code, control=False, values=fields)
    if row is None or row[0] is None:
        return access.not_found(request)
    box_version, room_version, joined = row
    version = f"{box_version}.{room_version}"
    etag = f'"q{version}.{joined}"'
    return state_response(request, etag, {"version": version, "joined": joined})


def _question_id(request):
    value = request.POST.get("question", "")
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 9 else None


def _answer_key(request):
    try:
        return uuid.UUID(request.POST.get("answer", ""))
    except ValueError:
        return None


@require_POST
def control_action(request, code, action):
    box = _host_box(request, code)
    if box is None:
        return access.not_found(request)
    back = reverse("questionbox:control", args=[code])
    if action == "show":
        question_id = _question_id(request)
        if question_id is None or not boxes.show(box, question_id, _answer_key(request)):
            return refused(request, _("This question is no longer in the box."), 404)
    elif action == "hide":
        boxes.hide(box)
    elif action == "delete":
        question_id = _question_id(request)
        if question_id is not None:
            boxes.delete_question(box, question_id)
    elif action in ("close", "reopen"):
        boxes.set_open(box, action == "reopen")
    elif action == "end":
        own_room = box.room.activity == boxes.ACTIVITY
        control_url = activity_of(box.room).control_url(box.room)
        boxes.end(box)
        return TemplateResponse(request, "questionbox/ended.html", {"back_url": None if own_room else control_url})
    return after_action(request, back)


# Pupils ----------------------------------------------------------------------------------------


def _pupil(request, code):
    member = access.member_for(request, code, "room__question_box")
    if member is None:
        return None, None
    try:
        box = member.room.question_box
    except boxes.QuestionBox.DoesNotExist:
        return None, None
    box.room = member.room
    return box, member


def _ask_page(request, box, member, form, status=200, error=None):
    context = {
        "box": box,
        "room": box.room,
        "form": form,
        "error": error,
        "back_url": None if box.room.activity == boxes.ACTIVITY else activity_of(box.room).pupil_url(box.room),
    }
    return no_store(TemplateResponse(request, "questionbox/ask.html", context, status=status))


@never_cache
@require_http_methods(["GET", "POST"])
def ask(request, code):
    box, member = _pupil(request, code)
    if box is None:
        return access.not_found(request)
    if member.removed:
        return removed(request)
    if request.method == "GET":
        return _ask_page(request, box, member, QuestionForm())
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return _ask_page(request, box, member, form, 400)
    try:
        boxes.receive(box, member, form.cleaned_data["text"])
    except boxes.QuestionRejected as rejected:
        response = _ask_page(request, box, member, form, rejected.status, rejected.message)
        if rejected.retry_after:
            response["Retry-After"] = str(rejected.retry_after)
        return response
    return HttpResponseRedirect(reverse("questionbox:sent", args=[code]))


@never_cache
@require_GET
def sent(request, code):
    """Right after sending: where to get help privately, in the pupil's language."""
    box, member = _pupil(request, code)
    if box is None:
        return access.not_found(request)
    if member.removed:
        return removed(request)
    back_url = None if box.room.activity == boxes.ACTIVITY else activity_of(box.room).pupil_url(box.room)
    return TemplateResponse(request, "questionbox/sent.html", {"box": box, "room": box.room, "back_url": back_url})
