"""Limits on guessing join codes, shared by every process through Django's cache.

Only failed attempts count. A whole class sits behind one school address, so the limit that
matters is per device (the pupil's random device token); the per-address ceiling is far
higher and only stops a single machine from hammering codes with fresh cookies. A third
counter per session stops anyone who knows a leaked code from guessing the room symbols.
"""

import time

from django.core.cache import cache

WINDOW_SECONDS = 10 * 60
PER_DEVICE = 10
PER_ADDRESS = 300
PER_SESSION = 60


def _key(kind, value):
    window = int(time.time() // WINDOW_SECONDS)
    return f"quizzes:join-failures:{kind}:{value}:{window}"


def limits_for(device_hash, address, session_pk=None):
    limits = [(_key("device", device_hash), PER_DEVICE), (_key("address", address), PER_ADDRESS)]
    if session_pk is not None:
        limits.append((_key("session", session_pk), PER_SESSION))
    return limits


def is_blocked(limits) -> bool:
    values = cache.get_many([key for key, _limit in limits])
    return any(values.get(key, 0) >= limit for key, limit in limits)


def record_failure(limits):
    for key, _limit in limits:
        if not cache.add(key, 1, WINDOW_SECONDS + 5):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, WINDOW_SECONDS + 5)
