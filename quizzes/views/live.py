"""Live classroom mode: the teacher's host and projector pages, and the pupils' pages.

Pupils get one cookie, set only by these pages: a random device token (no name, no account)
that lets the same phone come back to its alias and answers after a refresh or a Wi-Fi switch.
The right answer never reaches a pupil's page or state before the teacher reveals it.
"""

import io
import secrets

import segno
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quizzes import classroom, ratelimit
from quizzes.aliases import room_symbols
from quizzes.forms import JoinForm
from quizzes.models import LiveSession, QuizPage
from quizzes.models.live import idle_lifetime

Phase = LiveSession.Phase
DEVICE_COOKIE = "vigilant_quiz_device"


def _gone(request, status=404):
    return TemplateResponse(request, "quizzes/live/gone.html", {}, status=status)


def _quiz_for_reader(session, request):
    """The session's quiz in the reader's language when translated (same question ids), else as started."""
    quiz = session.quiz
    if quiz.locale.language_code == request.LANGUAGE_CODE:
        return quiz
    translation = quiz.get_translations().filter(locale__language_code=request.LANGUAGE_CODE).live().first()
    if translation is not None:
        translation = translation.specific
        if [q.id for q in translation.question_list] == [q.id for q in quiz.question_list]:
            return translation
    return quiz


def _join_url(request, session):
    return request.build_absolute_uri(reverse("quizzes:join") + "?code=" + session.code)


# Teacher ---------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=int(quiz_id))
    if request.method == "POST":
        session, host_token = classroom.create_session(quiz)
        return HttpResponseRedirect(reverse("quizzes:host", args=[host_token]))
    return TemplateResponse(request, "quizzes/live/start.html", {"quiz": quiz, "page": quiz})


def _host_session(token):
    session = classroom.session_for_host_token(token)
    if session is None:
        raise Http404
    return session


@never_cache
@require_GET
def host(request, token):
    session = classroom.session_for_host_token(token)
    if session is None:
        return _gone(request)
    quiz = _quiz_for_reader(session, request)
    questions = quiz.question_list
    joined, answered = classroom.counts(session)
    context = {
        "session": session,
        "quiz": quiz,
        "host_token": token,
        "host_url": request.build_absolute_uri(),
        "join_url": _join_url(request, session),
        "symbols": room_symbols(session.room_symbols),
        "joined": joined,
        "answered": answered,
        "total": len(questions),
        "Phase": Phase,
    }
    if session.phase in (Phase.QUESTION, Phase.REVEALED):
        context["question"] = questions[session.question_index]
        context["is_last"] = session.question_index == len(questions) - 1
    if session.phase == Phase.REVEALED:
        context["result"] = classroom.results(session, only_index=session.question_index)[0]
    if session.phase == Phase.ENDED:
        context["summary"] = classroom.results(session)
        session.quiz = quiz
    return TemplateResponse(request, "quizzes/live/host.html", context)


@never_cache
@require_GET
def host_state(request, token):
    session = _host_session(token)
    joined, answered = classroom.counts(session)
    return JsonResponse({"version": session.version, "phase": session.phase, "joined": joined, "answered": answered})


HOST_ACTIONS = {
    "start": classroom.start,
    "reveal": classroom.reveal,
    "next": classroom.next_question,
    "end": classroom.end,
}


@require_POST
def host_action(request, token, action):
    session = classroom.session_for_host_token(token)
    if session is None:
        return _gone(request)
    if action == "delete":
        classroom.delete_session(session)
        return TemplateResponse(request, "quizzes/live/deleted.html", {})
    if action not in HOST_ACTIONS:
        raise Http404
    try:
        expected = int(request.POST.get("version", ""))
    except ValueError:
        expected = -1
    # A stale version (a double click, a second tab) changes nothing: the page just shows the current state.
    HOST_ACTIONS[action](session, expected)
    return HttpResponseRedirect(reverse("quizzes:host", args=[token]))


@never_cache
@require_GET
def host_pupils(request, token):
    """The teacher's list of aliases, on its own page so that it stays off the projector."""
    session = classroom.session_for_host_token(token)
    if session is None or not session.is_open:
        return _gone(request)
    context = {"quiz": _quiz_for_reader(session, request), "host_token": token, "pupils": classroom.pupils(session)}
    return TemplateResponse(request, "quizzes/live/pupils.html", context)


@require_POST
def remove_pupil(request, token):
    """The teacher removes one pupil (an outsider, a second phone): an unknown id changes nothing."""
    session = classroom.session_for_host_token(token)
    if session is None:
        return _gone(request)
    pupil_id = request.POST.get("pupil", "")
    if pupil_id.isascii() and pupil_id.isdigit() and len(pupil_id) <= 9:
        classroom.remove_pupil(session, int(pupil_id))
    return HttpResponseRedirect(reverse("quizzes:host-pupils", args=[token]))


@require_GET
def qr_code(request, code):
    session = classroom.session_for_code(code)
    if session is None:
        raise Http404
    svg = io.BytesIO()
    # A standalone SVG document (with its namespace): browsers show it through <img src>.
    segno.make(_join_url(request, session), error="m").save(svg, kind="svg", scale=8, border=2, light="#fff")
    response = HttpResponse(svg.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=600"
    return response


# Pupils ----------------------------------------------------------------------------------


def _device_token(request):
    token = request.COOKIES.get(DEVICE_COOKIE, "")
    if 20 <= len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum():
        return token
    return ""


def _set_device_cookie(request, response, token):
    response.set_cookie(
        DEVICE_COOKIE,
        token,
        max_age=int(idle_lifetime().total_seconds()),
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def _client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


@never_cache
@require_http_methods(["GET", "POST"])
def join(request):
    device_token = _device_token(request) or secrets.token_urlsafe(24)
    if request.method == "GET":
        initial = {}
        code = request.GET.get("code", "")
        if len(code) == classroom.CODE_LENGTH and code.isascii() and code.isdigit():
            initial["code"] = code
        return TemplateResponse(request, "quizzes/live/join.html", {"form": JoinForm(initial=initial)})

    device_hash = classroom.token_hash(device_token)
    limits = ratelimit.limits_for(device_hash, _client_address(request))
    form = JoinForm(request.POST)
    error, status = None, 400
    if ratelimit.is_blocked(limits):
        error, status = _("Too many wrong codes from this device. Wait ten minutes, then try again."), 429
    elif form.is_valid():
        session = classroom.session_for_code(form.cleaned_data["code"])
        if session is None:
            ratelimit.record_failure(limits)
            error = _("No class session has this code. Check the six digits on the projector.")
        else:
            session_limits = ratelimit.limits_for(device_hash, _client_address(request), session.pk)
            if ratelimit.is_blocked(session_limits):
                error, status = _("Too many wrong tries for this code. Wait ten minutes, then try again."), 429
            elif not secrets.compare_digest(form.symbols, session.room_symbols):
                ratelimit.record_failure(session_limits)
                error = _("The symbols do not match the ones on the projector. Look again and pick them in order.")
            elif not session.is_open:
                error, status = _("This class session has ended."), 410
            elif classroom.join(session, device_token).removed:
                return _removed(request)
            else:
                response = HttpResponseRedirect(reverse("quizzes:play", args=[session.code]))
                _set_device_cookie(request, response, device_token)
                return response
    response = TemplateResponse(request, "quizzes/live/join.html", {"form": form, "error": error}, status=status)
    _set_device_cookie(request, response, device_token)
    return response


def _pupil_context(request, session, pupil):
    quiz = _quiz_for_reader(session, request)
    questions = quiz.question_list
    context = {"session": session, "pupil": pupil, "quiz": quiz, "page": quiz, "total": len(questions), "Phase": Phase}
    if session.phase in (Phase.QUESTION, Phase.REVEALED):
        question = questions[session.question_index]
        answer = pupil.answers.filter(question_index=session.question_index).first()
        context.update(question=question, answer=answer, chosen=set(answer.choice_ids) if answer else set())
    if session.phase == Phase.ENDED:
        context["score"], context["total"] = classroom.pupil_score(pupil, session)
    return context


def _removed(request):
    return TemplateResponse(request, "quizzes/live/removed.html", {"message": classroom.REMOVED}, status=403)


def _pupil_or_redirect(request, code):
    session, pupil = classroom.session_and_pupil(code, _device_token(request))
    if session is None:
        return None, None, _gone(request)
    if pupil is None:
        return session, None, HttpResponseRedirect(reverse("quizzes:join") + "?code=" + session.code)
    if pupil.removed:
        return session, pupil, _removed(request)
    return session, pupil, None


@never_cache
@require_GET
def play(request, code):
    session, pupil, response = _pupil_or_redirect(request, code)
    if response:
        return response
    return TemplateResponse(request, "quizzes/live/play.html", _pupil_context(request, session, pupil))


@require_POST
def answer(request, code):
    session, pupil, response = _pupil_or_redirect(request, code)
    if response:
        return response
    try:
        question_index = int(request.POST.get("question", ""))
        if not 0 <= question_index < len(session.quiz.question_list):
            raise ValueError
    except ValueError:
        question_index = None
    try:
        if question_index is None:
            raise classroom.AnswerRejected(classroom.NOT_CURRENT, 409)
        classroom.record_answer(session, pupil, question_index, request.POST.getlist("choice"))
    except classroom.AnswerRejected as rejected:
        if rejected.message == classroom.REMOVED:
            return _removed(request)
        session.refresh_from_db()
        context = {**_pupil_context(request, session, pupil), "error": rejected.message}
        return TemplateResponse(request, "quizzes/live/play.html", context, status=rejected.status)
    return HttpResponseRedirect(reverse("quizzes:play", args=[session.code]))


@never_cache
@require_GET
def pupil_state(request, code):
    """What a pupil's page polls: only the phase and a version, never an answer."""
    state = classroom.state_for_code(code)
    if state is None:
        return JsonResponse({"gone": True}, status=404)
    return JsonResponse(state)
