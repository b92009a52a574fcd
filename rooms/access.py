"""Who a device is in a room: a pupil (member) or one of the teacher's screens (host).

Two HttpOnly, SameSite=Lax cookies hold random tokens; only their SHA-256 hashes are stored.
Addresses built on the join code (play, screen, control, state, QR...) carry no secret: a
device that is neither a member nor a host of the room gets the same 404 as for a code that
does not exist, so strangers can neither find nor enter a room.
"""

import hashlib
import secrets

from django.template.response import TemplateResponse
from django.utils import timezone

from rooms.models import RoomHost, RoomMember, idle_lifetime

DEVICE_COOKIE = "vigilant_room_device"  # a pupil's phone
HOST_COOKIE = "vigilant_room_host"  # a teacher's device (control or projector)
CODE_LENGTH = 6
CODE_PATTERN = rf"[0-9]{{{CODE_LENGTH}}}"  # in URLs (rooms/urls.py, quizzes/urls.py, quizzes/middleware.py)
CODE_ROUTE = rf"(?P<code>{CODE_PATTERN})"
HOST_COOKIE_DAYS = 30  # a teacher's laptop keeps its token; each room expires on its own


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def is_code(code) -> bool:
    """The one join-code rule: six ASCII digits (forms strip the spaces pupils type first)."""
    return isinstance(code, str) and len(code) == CODE_LENGTH and code.isascii() and code.isdigit()


def _valid_token(token):
    return 20 <= len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum() and token.isascii()


def device_token(request) -> str:
    token = request.COOKIES.get(DEVICE_COOKIE, "")
    return token if _valid_token(token) else ""


def host_token(request) -> str:
    token = request.COOKIES.get(HOST_COOKIE, "")
    return token if _valid_token(token) else ""


def new_token() -> str:
    return secrets.token_urlsafe(24)


def set_device_cookie(request, response, token):
    response.set_cookie(
        DEVICE_COOKIE,
        token,
        max_age=int(idle_lifetime().total_seconds()),
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def set_host_cookie(request, response, token):
    response.set_cookie(
        HOST_COOKIE,
        token,
        max_age=HOST_COOKIE_DAYS * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def member_for(request, code, *related):
    """This device's membership of the room with ``code`` (removed ones included), or None."""
    token = device_token(request)
    if not (token and is_code(code)):
        return None
    member = (
        RoomMember.objects.select_related("room", *related)
        .filter(room__code=code, device_hash=token_hash(token))
        .first()
    )
    if member is None or member.room.is_expired:
        return None
    return member


def host_for(request, code, *, control=True, related=(), values=None):
    """This device's host record for the room with ``code`` (a control device if ``control``), or None.

    With ``values`` (field paths from RoomHost), only those are read, as a tuple: a cheap poll.
    """
    token = host_token(request)
    if not (token and is_code(code)):
        return None
    hosts = RoomHost.objects.filter(room__code=code, device_hash=token_hash(token))
    if control:
        hosts = hosts.filter(can_control=True)
    if values is not None:
        expiry = timezone.now() - idle_lifetime()
        return hosts.filter(room__last_activity__gte=expiry).values_list(*values).first()
    host = hosts.select_related("room", *related).first()
    if host is None or host.room.is_expired:
        return None
    return host


def not_found(request):
    """The one answer for a missing code, an expired room and a device that is not in the room."""
    response = TemplateResponse(request, "rooms/not_found.html", {}, status=404)
    response["Cache-Control"] = "no-store"
    return response
