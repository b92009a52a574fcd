"""Admin sign-in is throttled after repeated failures (django-axes, counted in the database so
every server process sees the same count); readers' pages are never affected."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "correct horse battery")


def sign_in(client, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR=address)


def test_repeated_failures_pause_sign_in_even_with_the_right_password(editor):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with an error
    assert sign_in(client, "wrong").status_code == 429  # the limit is reached
    locked = sign_in(client, "correct horse battery")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Content-Security-Policy" in locked


def test_lockout_page_is_in_the_editors_language(editor):
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = sign_in(client, "wrong")
    assert response.status_code == 429
    assert "<html lang=" in response.content.decode()


def test_a_few_failures_then_success_signs_in_and_resets_the_count(editor):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong")
    assert sign_in(client, "correct horse battery").status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()


def test_lockout_is_per_user_and_address_so_a_school_network_is_not_locked_out(editor):
    get_user_model().objects.create_superuser("colleague", "c@example.org", "another good password")
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in(client, "wrong")
    colleague = client.post(
        LOGIN, {"username": "colleague", "password": "another good password"}, REMOTE_ADDR="203.0.113.7"
    )
    assert colleague.status_code == 302
    elsewhere = sign_in(Client(), "correct horse battery", address="198.51.100.20")
    assert elsewhere.status_code == 302


def test_failures_are_stored_in_the_database_for_every_process(editor):
    sign_in(Client(), "wrong")
    assert AccessAttempt.objects.get(username="editor").failures_since_start == 1
    from axes.handlers.database import AxesDatabaseHandler
    from django.utils.module_loading import import_string

    assert issubclass(import_string(settings.AXES_HANDLER), AxesDatabaseHandler)


def test_public_pages_are_untouched_by_a_locked_out_address(editor):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in(client, "wrong")
    reader = Client()
    response = reader.get("/fr/", REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200
    assert not response.cookies


def test_one_user_name_tried_from_many_addresses_is_slowed_down(editor):
    # A botnet: a few tries from each of many addresses, never reaching the per-address limit.
    for n in range(settings.AXES_USERNAME_FAILURE_LIMIT):
        assert sign_in(Client(), "wrong", address=f"192.0.2.{n}").status_code == 200
    # From here on, a new address gets no try at once, even with the right password.
    assert sign_in(Client(), "correct horse battery", address="192.0.2.250").status_code == 429
    assert sign_in(Client(), "wrong", address="192.0.2.251").status_code == 429


def test_the_slowdown_lets_one_try_through_per_period(editor):
    from datetime import timedelta

    from django.utils import timezone

    for n in range(settings.AXES_USERNAME_FAILURE_LIMIT):
        sign_in(Client(), "wrong", address=f"192.0.2.{n}")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(seconds=settings.AXES_USERNAME_SLOWDOWN_SECONDS + 1)
    )
    assert sign_in(Client(), "correct horse battery", address="192.0.2.99").status_code == 302


def test_the_slowdown_does_not_lock_the_editor_out_of_their_usual_address(editor):
    assert sign_in(Client(), "correct horse battery", address="198.51.100.20").status_code == 302  # an earlier day
    for n in range(settings.AXES_USERNAME_FAILURE_LIMIT + 5):
        sign_in(Client(), "wrong", address=f"192.0.2.{n}")
    assert sign_in(Client(), "correct horse battery", address="198.51.100.20").status_code == 302


def test_sign_in_records_expire(editor):
    from datetime import timedelta

    from axes.models import AccessLog
    from django.core.management import call_command
    from django.utils import timezone

    sign_in(Client(), "wrong", address="192.0.2.1")
    sign_in(Client(), "correct horse battery", address="198.51.100.20")
    sign_in(Client(), "wrong", address="192.0.2.2")
    assert AccessLog.objects.count() == 1
    assert AccessAttempt.objects.count() == 2
    call_command("delete_old_sign_in_records")
    assert AccessLog.objects.count() == 1  # recent: kept
    assert AccessAttempt.objects.count() == 2  # still counting

    now = timezone.now()
    AccessAttempt.objects.update(attempt_time=now - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    AccessLog.objects.update(attempt_time=now - timedelta(days=settings.AXES_RECORDS_DAYS, seconds=1))
    call_command("delete_old_sign_in_records")
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()


def test_the_scheduler_expires_sign_in_records(editor):
    from datetime import timedelta
    from io import StringIO
    from pathlib import Path

    from axes.models import AccessLog
    from django.core.management import call_command
    from django.utils import timezone

    assert "manage.py run_scheduler" in (Path(settings.BASE_DIR) / "Procfile").read_text()
    sign_in(Client(), "wrong", address="192.0.2.1")
    sign_in(Client(), "correct horse battery", address="198.51.100.20")
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    AccessLog.objects.update(attempt_time=timezone.now() - timedelta(days=settings.AXES_RECORDS_DAYS, seconds=1))
    call_command("run_scheduler", "--once", stdout=StringIO())
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()


def test_sign_in_failures_write_no_address_to_the_logs(editor, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="django"):
        sign_in(Client(), "wrong", address="203.0.113.77")
    assert "203.0.113.77" not in caplog.text
