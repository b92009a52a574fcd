"""E-mail settings from the environment (workflow notifications to editors and moderators).

``EMAIL_URL`` in one variable (``smtp://user:password@host:587`` with STARTTLS on port 587,
``smtps://...`` for TLS from the start on 465, ``console://`` to print mails), or the usual
``EMAIL_HOST``, ``EMAIL_PORT``, ``EMAIL_HOST_USER``, ``EMAIL_HOST_PASSWORD``, ``EMAIL_USE_TLS``,
``EMAIL_USE_SSL``. Without either, mails go to ``default_backend`` (the console in development).
A small parser rather than a dependency: four schemes are all Vigilant needs.
"""

from urllib.parse import unquote, urlsplit

SMTP = "django.core.mail.backends.smtp.EmailBackend"
CONSOLE = "django.core.mail.backends.console.EmailBackend"
BACKENDS = {"smtp": SMTP, "submission": SMTP, "smtps": SMTP, "console": CONSOLE}


class EmailConfigurationError(ValueError):
    pass


def _flag(value):
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def email_settings(environ, default_backend=CONSOLE):
    """{setting name: value} for Django's e-mail settings, from ``environ``."""
    url = environ.get("EMAIL_URL", "").strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme not in BACKENDS:
            raise EmailConfigurationError(
                f"EMAIL_URL: unknown scheme {parts.scheme!r} (use smtp, submission, smtps or console)"
            )
        if parts.scheme == "console":
            return {"EMAIL_BACKEND": CONSOLE}
        ssl = parts.scheme == "smtps"
        port = parts.port or (465 if ssl else 587)
        return {
            "EMAIL_BACKEND": SMTP,
            "EMAIL_HOST": parts.hostname or "localhost",
            "EMAIL_PORT": port,
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": ssl,
            "EMAIL_USE_TLS": not ssl and port != 25,
        }
    if environ.get("EMAIL_HOST"):
        return {
            "EMAIL_BACKEND": SMTP,
            "EMAIL_HOST": environ["EMAIL_HOST"],
            "EMAIL_PORT": int(environ.get("EMAIL_PORT", "587")),
            "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": _flag(environ.get("EMAIL_USE_TLS", "true")),
            "EMAIL_USE_SSL": _flag(environ.get("EMAIL_USE_SSL", "false")),
        }
    return {"EMAIL_BACKEND": default_backend}
