"""Live classroom quiz: the teacher's control and projector screen, and the pupils' phones.

Every address carries the room's join code and no secret. The teacher's devices are known by
their host cookie, the pupils' by their device cookie (rooms.access); anyone else gets the
room's one 404, whether or not the code exists.

Pages are thin shells: the part that changes with the phase is a small fragment ("panel"),
which the page's script (rooms/static/rooms/live.js) fetches again only when the
session's version moves: pupils poll their panel with If-None-Match and get 304 Not Modified
(one indexed query, no template) until the teacher clicks; teachers' screens poll a tiny JSON
state for the counts. Without JavaScript, every page has a Refresh link and plain forms.
The right answer never reaches a phone before the reveal: the question panel has no trace of it.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quizzes import classroom, devices
from quizzes.middleware import pupil_etag
from quizzes.models import LiveSession, QuizPage
from rooms import access, limits
from rooms import services as rooms
from rooms.activity_views import NO_FREE_CODE, host_pages, no_store, state_response
from rooms.symbols import room_symbols
from rooms.views import after_action, client_address, join_url, refused

Phase = LiveSession.Phase
PUPIL_POLL_MS = 1000
HOST_POLL_MS = 1000


def _quiz_for_reader(session, request):
    return classroom.session_quiz(session, request.LANGUAGE_CODE)


# Teacher ---------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=int(quiz_id))
    if request.method == "GET":
        return TemplateResponse(request, "quizzes/live/start.html", {"quiz": quiz, "page": quiz})
    token = access.host_token(request) or access.new_token()
    refusal = limits.may_open_room(access.token_hash(token), client_address(request))
    if refusal is not None:
        return refused(request, refusal.message, 429, refusal.retry_after)
    try:
        session = classroom.open_session(quiz, access.token_hash(token))
    except rooms.NoFreeCode:
        return refused(request, NO_FREE_CODE, 503, 60)
    response = HttpResponseRedirect(reverse("quizzes:control", args=[session.room.code]))
    access.set_host_cookie(request, response, token)
    return response


def _host_session(request, code, *, control=True):
    host = access.host_for(request, code, control=control, related=("room__quiz_session",))
    if host is None:
        return None
    session = host.room.quiz_session
    session.room = host.room
    return session


def _host_context(request, session):
    quiz = _quiz_for_reader(session, request)
    questions = quiz.question_list
    room = session.room
    context = {
        "session": session,
        "room": room,
        "quiz": quiz,
        "Phase": Phase,
        "total": len(questions),
        "joined": room.member_count,
        "answered": classroom.answered_count(session),
        "host_version": f"{session.version}.{room.version}",
        "join_address": join_url(request, room).split("?")[0],
        "symbols": room_symbols(room.symbols),
        "poll_ms": HOST_POLL_MS,
    }
    if session.phase in (Phase.QUESTION, Phase.REVEALED):
        context["question"] = questions[session.question_index]
        context["is_last"] = session.question_index == len(questions) - 1
    if session.phase == Phase.REVEALED:
        context["result"] = classroom.results(session, questions, only_index=session.question_index)[0]
    if session.phase == Phase.ENDED:
        context["summary"] = classroom.results(session, questions)
    return context


def _host_page_context(request, session, *, control):
    context = _host_context(request, session)
    if control:
        context["members"] = rooms.members(session.room)
    return context


_host_page = host_pages(_host_session, _host_page_context)
control = _host_page("quizzes/live/control.html", control=True)
control_panel = _host_page("quizzes/live/control_panel.html", control=True)
screen = _host_page("quizzes/live/screen.html", control=False)
screen_panel = _host_page("quizzes/live/screen_panel.html", control=False)


@never_cache
@require_GET
def host_state(request, code):
    """What the teacher's screens poll: the version to follow and the counts that change in place."""
    row = devices.host_state(request, code)
    if row is None:
        return access.not_found(request)
    session_version, room_version, joined, answered = row
    version = f"{session_version}.{room_version}"
    etag = f'"{version}.{joined}.{answered}"'
    return state_response(request, etag, {"version": version, "joined": joined, "answered": answered})


HOST_ACTIONS = {
    "start": classroom.start,
    "reveal": classroom.reveal,
    "next": classroom.next_question,
    "end": classroom.end,
}


@require_POST
def control_action(request, code, action):
    session = _host_session(request, code)
    if session is None:
        return access.not_found(request)
    if action == "delete":
        classroom.delete_session(session)
        return TemplateResponse(request, "quizzes/live/deleted.html", {})
    if action not in HOST_ACTIONS:
        raise Http404
    try:
        expected = int(request.POST.get("version", ""))
    except ValueError:
        expected = -1
    # A stale version (a double click, a second device) changes nothing: the page shows the current state.
    HOST_ACTIONS[action](session, expected)
    return after_action(request, reverse("quizzes:control", args=[code]))


# Pupils ----------------------------------------------------------------------------------------


def _pupil_context(request, pupil, error=None):
    session, member = pupil.session, pupil.member
    quiz = _quiz_for_reader(session, request)
    questions = quiz.question_list
    context = {
        "session": session,
        "room": session.room,
        "member": member,
        "quiz": quiz,
        # No "page": the language links lead to this session in another language, not to the quiz page.
        "total": len(questions),
        "Phase": Phase,
        "error": error,
        "etag": pupil_etag(session.version, member.removed),
        "poll_ms": PUPIL_POLL_MS,
        "removed_message": classroom.REMOVED,
    }
    if member.removed:
        return context
    if session.phase in (Phase.QUESTION, Phase.REVEALED):
        answer = pupil.answer
        context.update(
            question=questions[session.question_index],
            answer=answer,
            chosen=set(answer.choice_ids) if answer else set(),
        )
    if session.phase == Phase.ENDED:
        context["score"] = classroom.member_score(session, member)
    return context


def _panel(request, pupil, status=200, error=None):
    context = _pupil_context(request, pupil, error)
    response = TemplateResponse(request, "quizzes/live/play_panel.html", context, status=status)
    response["ETag"] = context["etag"]
    return no_store(response)


@never_cache
@require_GET
def play(request, code):
    pupil = devices.pupil(request, code)
    if pupil is None:
        return access.not_found(request)
    status = 403 if pupil.member.removed else 200
    return TemplateResponse(request, "quizzes/live/play.html", _pupil_context(request, pupil), status=status)


@require_GET
def play_panel(request, code):
    """The phase-specific part of the pupil's page (quizzes.middleware answers 304 while nothing changed)."""
    pupil = devices.pupil(request, code)
    if pupil is None:
        return access.not_found(request)
    return _panel(request, pupil)


@require_POST
def answer(request, code):
    """One small request; the script gets the new panel back, a plain form the page again."""
    pupil = devices.pupil(request, code)
    if pupil is None:
        return access.not_found(request)
    session, member = pupil.session, pupil.member
    by_script = bool(request.headers.get("X-Live-Panel"))
    try:
        if member.removed:
            raise classroom.AnswerRejected(classroom.REMOVED, 403)
        questions = _quiz_for_reader(session, request).question_list
        try:
            index = int(request.POST.get("question", ""))
            if not 0 <= index < len(questions):
                raise ValueError
        except ValueError:
            raise classroom.AnswerRejected(classroom.NOT_CURRENT, 409) from None
        pupil.answer = classroom.record_answer(session, member, questions[index], request.POST.getlist("choice"))
    except classroom.AnswerRejected as rejected:
        pupil = devices.pupil(request, code) or pupil  # where the session stands now
        if by_script:
            return _panel(request, pupil, rejected.status, rejected.message)
        context = _pupil_context(request, pupil, rejected.message)
        return TemplateResponse(request, "quizzes/live/play.html", context, status=rejected.status)
    if by_script:
        return _panel(request, pupil)
    return HttpResponseRedirect(reverse("quizzes:play", args=[code]))
