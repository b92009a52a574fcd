"""Production: refuses to start without a real secret; HSTS, secure cookies, hashed static files."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEV_SECRET_KEY, env_bool

DEBUG = False

if not os.environ.get("SECRET_KEY") or SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters; production refuses the default."
    )

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# Without EMAIL_URL or EMAIL_HOST, notifications go to a mail relay on this machine (localhost:25),
# never to the console where nobody reads them.
if not (os.environ.get("EMAIL_URL") or os.environ.get("EMAIL_HOST")):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Believed only from FORWARDED_ALLOW_IPS: core.proxies deletes the header from anyone else.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
