"""Settings shared by every environment: secure by default, configured by the environment.

Every variable read here is listed in the README's configuration table.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .mail import email_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"  # site-wide templates and static files (not a package)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# The development key is only accepted when DEBUG is on; production.py refuses it.
DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", DEV_SECRET_KEY)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Proxies (addresses or networks) allowed to say who the client is (X-Forwarded-For) and that the
# request came over HTTPS (X-Forwarded-Proto); gunicorn.conf.py reads the same variable. Empty: none.
FORWARDED_ALLOW_IPS = env_list("FORWARDED_ALLOW_IPS")

INSTALLED_APPS = [
    # Vigilant's own apps, one per concern.
    "core",
    "support",
    "factsheets",
    "decisiontrees",
    "rooms",
    "quizzes",
    "questionbox",
    "education",
    "library",
    "selfcheck",
    "editorial",
    "readership",
    # Editors' accounts: throttled sign-in, optional two-factor authentication (TOTP).
    "axes",
    "twofactor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Translation: wagtail_localize.locales replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: forwarding headers are believed only from FORWARDED_ALLOW_IPS, deleted from anyone else.
    "core.proxies.TrustedProxyMiddleware",
    "core.request_memo.RequestMemoMiddleware",  # read once per request: generations, locales, restrictions
    "core.page_cache.UpdatePageCacheMiddleware",  # stores the finished response
    "django.middleware.security.SecurityMiddleware",
    "quizzes.middleware.PanelNotModifiedMiddleware",  # pupils' polls: 304 with one query, nothing else
    # Outside every middleware that answers on its own (whitenoise's static files, the page cache,
    # LocaleMiddleware's and CommonMiddleware's redirects), so every response carries the policies.
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, which answers on its own: pages it serves are counted too.
    "readership.middleware.CountPageViewsMiddleware",
    "core.page_cache.FetchFromPageCacheMiddleware",  # anonymous GETs without cookies only
    # Sessions are only written (and a cookie only sent) when a view stores something:
    # anonymous readers of public pages get no cookie.
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.RequireCodeMiddleware",  # admin paths only
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns django-axes' lockout into a page; only sign-in attempts are ever counted.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses sign-in while a lockout is on
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "vigilant.urls"
WSGI_APPLICATION = "vigilant.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site_safety",
            ],
        },
    },
]

# Databases: SQLite file by default, PostgreSQL (or anything dj-database-url reads) via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging lets readers and a writer work at once (several gunicorn workers), and
    # synchronous=NORMAL stops every commit from waiting for the disk; IMMEDIATE avoids
    # "database is locked" when two requests start writing at the same moment.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
            "transaction_mode": "IMMEDIATE",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Whole-page cache for anonymous readers (core/page_cache.py): seconds a page may be served from
# the cache; 0 turns it off. Publishing anything starts afresh, so this is only a safety net.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
CACHE_MIDDLEWARE_ALIAS = "default"
CACHE_MIDDLEWARE_KEY_PREFIX = ""

# Cache: Redis when REDIS_URL is set; otherwise the database, so that several
# processes still share one cache (rate limits, rendered fragments).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "vigilant"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "vigilant_cache",
        }
    }

# Counters that must never vanish (join limits, the page cache's content generation): Redis when
# REDIS_URL is set, else a database table; never the cache, which may cull them (core/counters.py).
COUNTERS_REDIS_URL = os.environ.get("REDIS_URL") or None
COUNTERS_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "vigilant") + ":counters:"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French first, then German, Luxembourgish, English, Portuguese.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("lb", "Lëtzebuergesch"),
    ("en", "English"),
    ("pt", "Português"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["vigilant.formats"]
TIME_ZONE = "Europe/Luxembourg"
USE_I18N = True
USE_TZ = True

# Static files and media. site/ holds the site-wide static files.
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Optional S3-compatible media storage for deployments with several web servers.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Wagtail
WAGTAIL_SITE_NAME = "Vigilant"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend; on PostgreSQL with stemming in each page's language (library.search_backend).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "library.search_backend"}}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to a third party
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not phone home
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # documents go through Wagtail's view, never straight from /media/
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry scripts
WAGTAILEMBEDS_FINDERS = []  # no oEmbed look-ups to third parties
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True  # editorial's migration puts "Moderators approval" on the root page
# Concurrent editing: each editor's page pings the server so the others see "X is also editing"
# and are warned before overwriting a newer revision (on by default in Wagtail; kept explicit).
WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10_000  # milliseconds
# The admin speaks the editor's own language (Account > Preferences). Wagtail ships French,
# German, English and Portuguese (pt is served by its pt_PT catalogue). It ships no
# Luxembourgish: an editor who picks it gets Vigilant's own strings in Luxembourgish and
# Wagtail's in French, through Django's fallback to LANGUAGE_CODE.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, "Lëtzebuergesch (Wagtail op Franséisch)" if code == "lb" else name) for code, name in LANGUAGES
]

# Purge a CDN or Varnish when editors publish (wagtail.contrib.frontend_cache). Set the address
# of the Varnish (or any cache that accepts PURGE requests) in FRONTEND_CACHE_PURGE_URL.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# Reporting channels send readers to outside forms only on these official hosts and their
# subdomains (support.form_addresses): the police, the Stopline, the child-protection and helpline
# services named in Vigilant's sources, and the government's public.lu.
REPORTING_FORM_HOSTS = [
    "police.lu",
    "public.lu",
    "bee-secure.lu",
    "childprotection.lu",
    "ecpat.lu",
    "kjt.lu",
    "ork.lu",
    "alupse.lu",
]

# E-mail: workflow notifications ("waiting for your review", "approved", "changes requested"),
# each in the recipient's admin language. EMAIL_URL or EMAIL_HOST... (vigilant/settings/mail.py);
# without them mails are printed on the console (production: sent to a mail relay on localhost:25).
_email = email_settings(os.environ)
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10  # seconds: a mail server that hangs must not hang an editor's "Approve"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Vigilant <vigilant@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = False  # plain text: reads the same in every mail client

# wagtail-localize
# New translations of live pages stay drafts until an editor publishes them,
# instead of publishing untranslated copies at once.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# No machine translation: nothing leaves the server.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Security baseline (production.py adds HSTS and secure cookies).
SECURE_CONTENT_TYPE_NOSNIFF = True
# No other site learns which page a child came from. Not "no-referrer": with it, browsers send
# "Origin: null" on form posts and Django's CSRF check refuses every form (admin sign-in included).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Sign-in throttling (django-axes). Failures are counted in the database, so every process sees them.
# Locked per user name AND address: a school or an office behind one address is never locked out
# as a whole, and a stranger cannot lock an editor out from elsewhere. Readers and pupils never sign in.
# twofactor.throttling also slows down one user name tried from many addresses.
AXES_HANDLER = "twofactor.throttling.SignInHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_USERNAME_FAILURE_LIMIT = int(os.environ.get("AXES_USERNAME_FAILURE_LIMIT", "10"))
AXES_USERNAME_SLOWDOWN_SECONDS = int(os.environ.get("AXES_USERNAME_SLOWDOWN_SECONDS", "60"))
# Sign-in history (user name, address, browser, time) is deleted after this many days by the
# scheduler (twofactor.housekeeping, one of VIGILANT_SWEEPS).
AXES_RECORDS_DAYS = int(os.environ.get("AXES_RECORDS_DAYS", "30"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
AXES_VERBOSE = False

# Two-factor authentication (twofactor app, on django-otp): the issuer shown in authenticator apps.
OTP_TOTP_ISSUER = "Vigilant"
# Administrators (superusers) and these groups must use two-factor authentication (they publish).
TWOFACTOR_REQUIRED_GROUPS = ["Moderators"]
# Wagtail's front-end sign-in (for login-restricted pages) is the admin's, so the code is asked too.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"

# Content-Security-Policy for public pages: no inline script, nothing from elsewhere.
# core.middleware serves a separate, looser policy to the Wagtail admin (wagtail#1288).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_URL_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],  # the page preview panel frames the admin's own preview
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}

# Quick exit: a neutral, non-personalised page (a weather forecast).
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.meteolux.lu/")

# Live class rooms (rooms app): deleted with everything in them this long after the last activity;
# pupils per room; rooms one address may open per hour.
ROOMS_IDLE_HOURS = int(os.environ.get("ROOMS_IDLE_HOURS", "3"))
ROOMS_CAPACITY = int(os.environ.get("ROOMS_CAPACITY", "40"))
ROOMS_OPENS_PER_ADDRESS_PER_HOUR = int(os.environ.get("ROOMS_OPENS_PER_ADDRESS_PER_HOUR", "60"))
# Question boxes: questions one pupil's device may send per 10 minutes, and per session in all.
QUESTIONBOX_QUESTIONS_PER_DEVICE = int(os.environ.get("QUESTIONBOX_QUESTIONS_PER_DEVICE", "5"))
QUESTIONBOX_QUESTIONS_PER_SESSION = int(os.environ.get("QUESTIONBOX_QUESTIONS_PER_SESSION", "200"))

# What the scheduler process (Procfile, `manage.py run_scheduler`) sweeps every minute.
VIGILANT_SWEEPS = [
    "questionbox.box.delete_expired_questions",  # before the rooms go: pupils' questions first
    "rooms.services.delete_expired_rooms",
    "core.counters.delete_expired",
    "twofactor.housekeeping.delete_old_sign_in_records",
    "twofactor.housekeeping.delete_expired_sessions",
    "readership.counting.store_daily_counts",  # page views counted since the last minute
]

# The view behind the header's search form (core_tags.site_search_url): the library searches everything.
VIGILANT_SITE_SEARCH = "library:search"

# Reading figures (readership): each web process keeps the page views it counts in memory and adds
# them to the shared counters at most this often (seconds), after a response has been sent.
READERSHIP_PUSH_SECONDS = 10

# Demo content: French source files (YAML) and their translations (PO) under content/, a data
# folder like site/ and locale/ (see core.demo.content). Each app that ships demo content adds its
# loader here; files refer to each other by address, so the order only decides what comes first.
VIGILANT_DEMO_CONTENT_DIR = BASE_DIR / "content"
VIGILANT_DEMO_LOADERS = [
    "core.demo",
    "support.demo",
    "factsheets.demo",
    "decisiontrees.demo",
    "quizzes.demo",
    "questionbox.demo",
    "education.demo",
    "library.demo",
    "selfcheck.demo",
    "core.demo.navigation",
    "core.demo.home",  # last: the home page features pages the loaders above create
]

# Log records go to stdout through vigilant/logs.py, which redacts secrets travelling in paths (live
# quiz codes and host links, password-reset tokens). gunicorn's access log: see gunicorn.conf.py.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_secrets": {"()": "vigilant.logs.RedactSecretsFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_secrets"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # django-axes logs every sign-in failure with the user name and address at WARNING; those stay
    # in its database records, which expire (AXES_RECORDS_DAYS), not in the logs.
    "loggers": {"axes": {"level": "ERROR"}},
}

# Language labels shown by the switcher, translated into the reader's language for screen readers.
_LANGUAGE_NAMES = {
    "fr": _("French"),
    "de": _("German"),
    "lb": _("Luxembourgish"),
    "en": _("English"),
    "pt": _("Portuguese"),
}
LANGUAGE_NAMES_IN_READER_LANGUAGE = {
    code: _LANGUAGE_NAMES[code] for code, _name in LANGUAGES
}  # a new language needs its name
