"""Logs without personal data: no client address, user agent, referrer or query string, and no
secret that travels in a path.

- ``PrivateAccessLogger`` is gunicorn's access logger (``logger_class`` in gunicorn.conf.py). It
  hands the format only the time, method, path (redacted), status, size and duration: even a
  format that asks for ``%(h)s``, ``%(a)s``, ``%(f)s``, ``%(q)s``, ``%(r)s`` or a header gets ``-``.
- ``RedactSecretsFilter`` does the same redaction on Django's own log records (``Not Found: /...``).

Query strings carry search terms and join codes; paths carry the live quiz's join code and the admin's
password-reset token.
"""

import logging
import re

from gunicorn.glogging import Logger

REDACTED = "[redacted]"

# (pattern, replacement) applied to every logged path. A secret may sit in any position after the
# language prefix, so the patterns do not anchor on it.
SECRET_SEGMENTS = [
    # Live quiz, question box and rooms: the segment after /quiz-live/, /questions/ or /rooms/ is a
    # join code, except the route words.
    (
        re.compile(r"(/(?:quiz-live|questions|rooms)/)(?!(?:start|take-control)/)[^/?#]+"),
        rf"\g<1>{REDACTED}",
    ),
    # Password reset links: /.../reset/<uidb64>/<token>/ and /password_reset/confirm/<uidb64>/<token>/.
    (re.compile(r"(/(?:password_reset/confirm|reset)/)[^/?#]+/[^/?#]+"), rf"\g<1>{REDACTED}/{REDACTED}"),
]

ACCESS_ATOMS = {"t", "m", "U", "s", "B", "b", "M", "D", "T", "L", "H", "p"}


def redact_path(path):
    """``path`` with every known secret segment replaced; the query string is dropped."""
    path = (path or "").split("?", 1)[0]
    for pattern, replacement in SECRET_SEGMENTS:
        path = pattern.sub(replacement, path)
    return path


class PrivateAccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        kept = {name: value for name, value in atoms.items() if name in ACCESS_ATOMS}
        kept["U"] = redact_path(atoms.get("U"))
        return kept


class RedactSecretsFilter(logging.Filter):
    """Redacts secret path segments in a record's message (e.g. Django's ``Not Found: <path>``)."""

    def filter(self, record):
        message = record.getMessage()
        redacted = " ".join(redact_path(word) if word.startswith("/") else word for word in message.split(" "))
        if redacted != message:
            record.msg, record.args = redacted, None
        return True
