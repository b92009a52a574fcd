"""Limits on sending questions: a length, a rate per device, a cap per session.

The rate is counted per device (the pupil's random device token, hashed), never per address:
a whole class sends from one school address. Counters live in the shared store (core.counters).
"""

import time

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.counters import counters
from rooms.limits import Refusal

MAX_LENGTH = 500
MIN_LENGTH = 3
WINDOW_SECONDS = 10 * 60

TOO_MANY = _("You have sent several questions in a short time. Wait a few minutes, then send the next one.")


def per_device() -> int:
    """Questions one device may send in WINDOW_SECONDS."""
    return getattr(settings, "QUESTIONBOX_QUESTIONS_PER_DEVICE", 5)


def per_session() -> int:
    """Questions one question box accepts in all."""
    return getattr(settings, "QUESTIONBOX_QUESTIONS_PER_SESSION", 200)


def may_send(device_hash: str):
    """Count one question from this device; a Refusal past the limit."""
    window = int(time.time() // WINDOW_SECONDS)
    sent = counters().incr(f"questionbox:sent:{device_hash[:20]}:{window}", ttl=WINDOW_SECONDS)
    if sent > per_device():
        return Refusal(TOO_MANY, max(1, int(WINDOW_SECONDS - time.time() % WINDOW_SECONDS)))
    return None
