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
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"


def test_public_pages_are_untouched_by_a_locked_out_address(editor):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in(client, "wrong")
    reader = Client()
    response = reader.get("/fr/", REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200
    assert not response.cookies
