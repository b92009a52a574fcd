"""The room's own pages: joining, letting another teacher device in, and the teacher's room actions
(lock, unlock, remove a pupil, a one-time link, the QR code). Activities link to them."""

import base64
import io
import secrets

import segno
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from rooms import access, limits, services
from rooms.activities import activity_of
from rooms.forms import JoinForm
from rooms.models import Room

NO_MATCH = _(
    "No class session matches this code and these symbols. Check the six digits and the symbols on the projector."
)
LOCKED = _("Your teacher has closed this class session to new pupils. If you belong here, ask your teacher.")
FULL = _("This class session is full. Ask your teacher.")
CLOSED = _("This class session has ended.")
REMOVED = _("Your teacher has removed you from this class session. Your answers have been deleted.")


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def join_url(request, room) -> str:
    return request.build_absolute_uri(reverse("rooms:join") + "?code=" + room.code)


def qr_svg(data: str) -> bytes:
    svg = io.BytesIO()
    # A standalone SVG document (with its namespace): browsers show it through <img src>.
    segno.make(data, error="m").save(svg, kind="svg", scale=8, border=2, light="#fff")
    return svg.getvalue()


def qr_data_uri(data: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(data)).decode()


def after_action(request, url):
    """Script-driven forms (live.js) get 204 and redraw in place; plain forms go back to ``url``."""
    if request.headers.get("X-Live-Panel"):
        return HttpResponse(status=204)
    return HttpResponseRedirect(url)


def refused(request, message, status, retry_after=None):
    response = TemplateResponse(request, "rooms/refused.html", {"message": message}, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def removed(request):
    return TemplateResponse(request, "rooms/removed.html", {"message": REMOVED}, status=403)


# Pupils ----------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def join(request):
    if request.method == "GET":
        code = request.GET.get("code", "")
        initial = {"code": code} if access.is_code(code) else {}
        return TemplateResponse(request, "rooms/join.html", {"form": JoinForm(initial=initial)})

    device_token = access.device_token(request) or access.new_token()
    device_hash = access.token_hash(device_token)
    response = _join(request, device_hash)
    access.set_device_cookie(request, response, device_token)  # the device limit follows the phone
    return response


def _join(request, device_hash):
    form = JoinForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "rooms/join.html", {"form": form}, status=400)
    attempt = limits.JoinAttempt(device_hash, client_address(request))
    refusal = attempt.begin()
    room = None
    if refusal is None:
        room = Room.objects.filter(code=form.cleaned_data["code"]).first()
        if room is not None and room.is_expired:
            room = None
        if room is not None:
            refusal = attempt.check_room(room.pk)
    if refusal is not None:
        response = TemplateResponse(request, "rooms/join.html", {"form": form, "error": refusal.message}, status=429)
        response["Retry-After"] = str(refusal.retry_after)
        return response
    # A wrong code and wrong symbols get the same answer: the form does not tell which codes exist.
    if room is None or not secrets.compare_digest(form.symbols, room.symbols):
        attempt.failed(room.pk if room else None)
        return TemplateResponse(request, "rooms/join.html", {"form": form, "error": NO_MATCH}, status=400)
    attempt.succeeded()
    try:
        member = services.join(room, device_hash)
    except services.JoinRefused as refusal_reason:
        message, status = {"locked": (LOCKED, 403), "full": (FULL, 403), "closed": (CLOSED, 410)}[refusal_reason.reason]
        return TemplateResponse(request, "rooms/join.html", {"form": form, "error": message}, status=status)
    if member.removed:
        return removed(request)
    return HttpResponseRedirect(activity_of(room).pupil_url(room))


# Teacher ---------------------------------------------------------------------------------------


def host_or_404(view):
    """Runs ``view(request, host)`` for a control device of the room; the same 404 for anyone else."""

    def wrapped(request, code, *args, **kwargs):
        host = access.host_for(request, code)
        if host is None:
            return access.not_found(request)
        return view(request, host, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__module__ = view.__module__
    wrapped.__doc__ = view.__doc__
    return wrapped


@require_POST
@host_or_404
def lock(request, host):
    services.set_locked(host.room, True)
    return after_action(request, activity_of(host.room).control_url(host.room))


@require_POST
@host_or_404
def unlock(request, host):
    services.set_locked(host.room, False)
    return after_action(request, activity_of(host.room).control_url(host.room))


@require_POST
@host_or_404
def remove(request, host):
    """The teacher removes one pupil (an outsider, a second phone): an unknown id changes nothing."""
    member_id = request.POST.get("member", "")
    if member_id.isascii() and member_id.isdigit() and len(member_id) <= 9:
        services.remove_member(host.room, int(member_id))
    return after_action(request, activity_of(host.room).control_url(host.room))


@never_cache
@require_POST
@host_or_404
def new_link(request, host):
    """A one-time link (and QR code) that lets another device of the teacher in; shown once, here."""
    room = host.room
    can_control = request.POST.get("kind") != "screen"
    secret = services.new_key(room, can_control=can_control)
    link = request.build_absolute_uri(reverse("rooms:take-control") + "?key=" + secret)
    context = {
        "room": room,
        "link": link,
        "qr": qr_data_uri(link),
        "can_control": can_control,
        "minutes": services.KEY_MINUTES,
        "back_url": activity_of(room).control_url(room),
    }
    return TemplateResponse(request, "rooms/new_link.html", context)


@never_cache
@require_GET
def qr_code(request, code):
    """The join address as a QR code, for the teacher's screens only."""
    host = access.host_for(request, code, control=False)
    if host is None:
        return access.not_found(request)
    response = HttpResponse(qr_svg(join_url(request, host.room)), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=600"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def take_control(request):
    """Opens a one-time link: GET asks (link previews must not spend it), POST lets the device in.

    The secret travels in the query string and the form body only, never in a path, so logs
    that drop query strings never hold it; the device then goes on to a clean address.
    """
    secret = (request.POST if request.method == "POST" else request.GET).get("key", "")
    if request.method == "GET":
        return TemplateResponse(request, "rooms/take_control.html", {"key": secret[:64]})
    token = access.host_token(request) or access.new_token()
    room = services.redeem_key(secret, access.token_hash(token))
    if room is None:
        return refused(
            request, _("This link has expired or has already been used. Make a new one on the control page."), 404
        )
    host = room.hosts.get(device_hash=access.token_hash(token))
    activity = activity_of(room)
    response = HttpResponseRedirect(activity.control_url(room) if host.can_control else activity.screen_url(room))
    access.set_host_cookie(request, response, token)
    return response
