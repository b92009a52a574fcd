"""What the server writes about each request: gunicorn's access log as gunicorn.conf.py configures it,
and Django's own log records. No client address, user agent, referrer or query string; no join code,
host link or password-reset token."""

import datetime
import logging
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from vigilant.logs import RedactSecretsFilter

ROOT = Path(__file__).resolve().parents[2]
CLIENT = "198.51.100.77"
AGENT = "Mozilla/5.0 (pupil-phone-model-X)"
REFERRER = "https://search.example/?q=my+name"
TOKEN = "Zr4x9QmT2bVw8LpK3nYs7HcA"


def configured_logger():
    config = Config()
    for name, value in runpy.run_path(str(ROOT / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)
    return config, config.logger_class(config)


def access_line(capsys, method, raw_uri, status="200 OK", extra_headers=()):
    config, logger = configured_logger()
    path, _, query = raw_uri.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "RAW_URI": raw_uri,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": CLIENT,
        "HTTP_USER_AGENT": AGENT,
        "HTTP_REFERER": REFERRER,
        "HTTP_X_FORWARDED_FOR": CLIENT,
    }
    headers = [("USER-AGENT", AGENT), ("REFERER", REFERRER), ("X-FORWARDED-FOR", CLIENT), *extra_headers]
    response = SimpleNamespace(status=status, sent=1234, headers=[("Content-Type", "text/html")])
    logger.access(response, SimpleNamespace(headers=headers), environ, datetime.timedelta(milliseconds=12))
    return capsys.readouterr().out.strip()


def test_the_access_log_format_names_no_personal_field():
    config, _logger = configured_logger()
    for atom in ("%(h)s", "%(a)s", "%(f)s", "%(q)s", "%(r)s", "%(u)s", "}i", "}e"):
        assert atom not in config.access_log_format, atom
    assert config.accesslog == "-"


@pytest.mark.parametrize(
    ("raw_uri", "logged_path"),
    [
        ("/fr/search/?q=mon+pr%C3%A9nom+sexting", "/fr/search/"),
        ("/fr/join/?code=482913", "/fr/join/"),
        (f"/fr/rooms/take-control/?key={TOKEN}", "/fr/rooms/take-control/"),
        ("/fr/quiz-live/482913/", "/fr/quiz-live/[redacted]/"),
        ("/de/quiz-live/482913/control/reveal/", "/de/quiz-live/[redacted]/control/reveal/"),
        ("/fr/quiz-live/482913/state.json?v=3", "/fr/quiz-live/[redacted]/state.json"),
        ("/fr/quiz-live/482913/answer/", "/fr/quiz-live/[redacted]/answer/"),
        ("/pt/rooms/482913/lock/", "/pt/rooms/[redacted]/lock/"),
        ("/fr/questions/482913/", "/fr/questions/[redacted]/"),
        ("/de/questions/482913/control/show/", "/de/questions/[redacted]/control/show/"),
        ("/fr/questions/start/", "/fr/questions/start/"),
        (
            "/admin/password_reset/confirm/MQ/c3x1ab-0f1e2d3c4b5a/",
            "/admin/password_reset/confirm/[redacted]/[redacted]/",
        ),
        ("/fr/fiches/sexting/", "/fr/fiches/sexting/"),
    ],
)
def test_access_log_lines_keep_no_personal_data_and_no_secret(capsys, raw_uri, logged_path):
    line = access_line(capsys, "GET", raw_uri)
    assert f'"GET {logged_path}" 200 1234 12ms' in line
    for leak in (CLIENT, AGENT, "pupil-phone", "search.example", "?", "482913", TOKEN, "c3x1ab"):
        assert leak not in line, (leak, line)


def test_a_format_asking_for_personal_fields_gets_dashes(capsys):
    config, logger = configured_logger()
    config.set("access_log_format", '%(h)s %(a)s %(f)s %(q)s %(r)s %({x-forwarded-for}i)s "%(U)s"')
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/fr/search/?q=x",
        "PATH_INFO": "/fr/search/",
        "QUERY_STRING": "q=x",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": CLIENT,
        "HTTP_USER_AGENT": AGENT,
    }
    response = SimpleNamespace(status="200 OK", sent=1, headers=[])
    logger.access(response, SimpleNamespace(headers=[("X-FORWARDED-FOR", CLIENT)]), environ, datetime.timedelta(0))
    line = capsys.readouterr().out.strip()
    assert line == '- - - - - - "/fr/search/"'


def test_django_log_records_are_redacted():
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", ("/fr/quiz-live/482913/nope/",), None
    )
    RedactSecretsFilter().filter(record)
    assert record.getMessage() == "Not Found: /fr/quiz-live/[redacted]/nope/"


def test_django_logging_runs_every_record_through_the_redaction():
    import io

    stream = io.StringIO()
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.StreamHandler)]
    assert handlers
    originals = [handler.setStream(stream) for handler in handlers]
    try:
        logging.getLogger("django.request").warning("Not Found: %s", "/pt/rooms/482913/qr.svg")
    finally:
        for handler, original in zip(handlers, originals, strict=True):
            handler.setStream(original)
    assert "Not Found: /pt/rooms/[redacted]/qr.svg" in stream.getvalue()
    assert "482913" not in stream.getvalue()
