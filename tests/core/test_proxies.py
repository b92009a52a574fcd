"""Behind a load balancer: the client address and the HTTPS scheme are believed only from the
proxies named in FORWARDED_ALLOW_IPS; from anyone else the forwarding headers count for nothing."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

BALANCER = "10.0.0.5"
PASSWORD = "correct horse battery"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD, is_staff=True)


def sign_in(password, remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return Client().post("/admin/login/", {"username": "editor", "password": password}, **headers)


@override_settings(FORWARDED_ALLOW_IPS=["10.0.0.0/24"])
def test_behind_the_balancer_a_strangers_failures_do_not_lock_the_editor_out(editor):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in("wrong", BALANCER, forwarded="203.0.113.9")
    assert sign_in("wrong", BALANCER, forwarded="203.0.113.9").status_code == 429
    # The editor, at another address behind the same balancer, still signs in.
    assert sign_in(PASSWORD, BALANCER, forwarded="198.51.100.4").status_code == 302


@override_settings(FORWARDED_ALLOW_IPS=["10.0.0.0/24"])
def test_a_forged_forwarded_address_from_outside_is_ignored(editor):
    from axes.models import AccessAttempt

    for n in range(settings.AXES_FAILURE_LIMIT + 1):
        # Straight to the server, not through the balancer: a new forged address each time.
        sign_in("wrong", "203.0.113.9", forwarded=f"192.0.2.{n}")
    assert sign_in("wrong", "203.0.113.9", forwarded="192.0.2.200").status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}


@override_settings(FORWARDED_ALLOW_IPS=["10.0.0.0/24"])
def test_only_the_rightmost_untrusted_address_counts(editor):
    from axes.models import AccessAttempt

    # The client prepended a forged address; the balancer appended the real one.
    sign_in("wrong", BALANCER, forwarded="192.0.2.1, 203.0.113.50, 10.0.0.7")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.50"]


@override_settings(
    FORWARDED_ALLOW_IPS=["10.0.0.5"],
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    SECURE_SSL_REDIRECT=True,
)
def test_x_forwarded_proto_is_believed_only_from_the_balancer():
    forged = Client().get("/fr/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_PROTO="https")
    assert forged.status_code == 301
    assert forged["Location"].startswith("https://")
    through_balancer = Client().get("/fr/", REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_PROTO="https")
    assert through_balancer.status_code == 200


def test_by_default_no_proxy_is_trusted(editor):
    from axes.models import AccessAttempt

    assert settings.FORWARDED_ALLOW_IPS == []
    sign_in("wrong", "127.0.0.1", forwarded="203.0.113.80")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["127.0.0.1"]


def test_gunicorn_reads_the_same_trusted_proxies(monkeypatch):
    import runpy
    from pathlib import Path

    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.0/24")
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))
    assert config["forwarded_allow_ips"] == "10.0.0.0/24"
    assert config["proxy_allow_ips"] == "10.0.0.0/24"
    monkeypatch.delenv("FORWARDED_ALLOW_IPS")
    assert runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))["forwarded_allow_ips"] == ""
