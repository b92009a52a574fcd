"""Limits on guessing join codes and on opening rooms, in the shared counter store (core.counters).

A whole class sits behind one school address, so the limit that blocks is per device (the
pupil's random device token): one pupil typing wrong symbols never locks the class out. The
per-address and per-room ceilings only slow down: past them, one attempt per few seconds is
looked at, so a guesser with fresh cookies gets nowhere while pupils still get in. Addresses
are only ever stored as keyed hashes (core.counters.anonymous_key).

Device attempts are counted before they are looked at and given back on success, so parallel
requests cannot slip past the limit: of 50 parallel wrong tries, exactly PER_DEVICE are checked.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.counters import anonymous_key, counters

WINDOW_SECONDS = 10 * 60
PER_DEVICE = 10
PER_ADDRESS = 300
PER_ROOM = 60
SLOW_SECONDS = 3
OPEN_WINDOW_SECONDS = 60 * 60


def opens_per_address() -> int:
    return getattr(settings, "ROOMS_OPENS_PER_ADDRESS_PER_HOUR", 60)


def opens_per_device() -> int:
    return getattr(settings, "ROOMS_OPENS_PER_DEVICE_PER_HOUR", 20)


@dataclass(frozen=True)
class Refusal:
    message: str
    retry_after: int


DEVICE_BLOCKED = _("Too many wrong tries from this device. Wait ten minutes, then try again.")
SLOWED = _("Many wrong tries came from this network or for this session. Wait a few seconds, then try again.")
TOO_MANY_OPENED = _(
    "Many class sessions were started from this network or device in the last hour. Wait a while, then try again."
)


def _now() -> float:
    """The clock of the limits' fixed windows (tests start it at the beginning of a window)."""
    return time.time()


def _window(seconds):
    return int(_now() // seconds)


def _retry_after(seconds):
    return max(1, int(seconds - _now() % seconds))


def _key(kind, value):
    return f"rooms:join-failures:{kind}:{value}:{_window(WINDOW_SECONDS)}"


def _slow_gate(kind, value) -> bool:
    """Past a ceiling: True for one attempt per SLOW_SECONDS, False for the others."""
    key = f"rooms:slow:{kind}:{value}:{_window(SLOW_SECONDS)}"
    return counters().incr(key, ttl=SLOW_SECONDS * 2) == 1


class JoinAttempt:
    """One join attempt from ``device`` (a token hash) at ``address`` (a raw IP, hashed here)."""

    def __init__(self, device, address):
        self.device_key = _key("device", device)
        self.address_key = _key("address", anonymous_key(address))
        self.address = anonymous_key(address)

    def begin(self):
        """Count the attempt against the device; a Refusal if it may not be looked at."""
        if counters().incr(self.device_key, ttl=WINDOW_SECONDS) > PER_DEVICE:
            return Refusal(DEVICE_BLOCKED, _retry_after(WINDOW_SECONDS))
        if counters().get(self.address_key) >= PER_ADDRESS and not _slow_gate("address", self.address):
            self.succeeded()  # not looked at: no failure of the device
            return Refusal(SLOWED, SLOW_SECONDS)
        return None

    def check_room(self, room_pk):
        """A Refusal when the room's ceiling is reached and this attempt is not the one let through."""
        if counters().get(_key("room", room_pk)) >= PER_ROOM and not _slow_gate("room", room_pk):
            self.succeeded()
            return Refusal(SLOWED, SLOW_SECONDS)
        return None

    def failed(self, room_pk=None):
        """A wrong code or wrong symbols: the device keeps its count; address and room add one."""
        counters().incr(self.address_key, ttl=WINDOW_SECONDS)
        if room_pk is not None:
            counters().incr(_key("room", room_pk), ttl=WINDOW_SECONDS)

    def succeeded(self):
        """The attempt was right (or not looked at): give the device its count back."""
        counters().incr(self.device_key, -1, ttl=WINDOW_SECONDS)


def may_open_room(device, address):
    """Count one room opened by this device and address; a Refusal past the hourly limits."""
    window = _window(OPEN_WINDOW_SECONDS)
    by_address = counters().incr(f"rooms:opened:address:{anonymous_key(address)}:{window}", ttl=OPEN_WINDOW_SECONDS)
    by_device = counters().incr(f"rooms:opened:device:{device}:{window}", ttl=OPEN_WINDOW_SECONDS)
    if by_address > opens_per_address() or by_device > opens_per_device():
        return Refusal(TOO_MANY_OPENED, _retry_after(OPEN_WINDOW_SECONDS))
    return None
