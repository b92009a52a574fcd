"""Editors can turn on two-factor authentication; from then on the admin asks for a code after the
password. Editors who have not turned it on, and readers, notice nothing."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


@pytest.fixture
def editor():
    """An editor (the Editors group), for whom two-factor authentication is optional."""
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def signed_in(user):
    client = Client()
    assert client.post("/admin/login/", {"username": user.username, "password": PASSWORD}).status_code == 302
    return client


def code_for(device, drift=0):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, drift):06d}"


def code_from_typed_key(html):
    """The code an authenticator app shows for the key the setup page prints for typing."""
    typed = re.search(r"<code>([A-Z2-7 ]+)</code>", html).group(1)
    return f"{totp(b32decode(typed.replace(' ', '')), 30, 0, 6, 0):06d}"


def turn_on(client, editor):
    page = client.get("/admin/two-factor/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html  # the QR code, drawn on the server
    response = client.post("/admin/two-factor/", {"otp_token": code_from_typed_key(html)})
    assert response.status_code == 302
    device = TOTPDevice.objects.get(user=editor)
    assert device.confirmed
    return device


def test_looking_at_the_setup_page_saves_no_device(editor):
    client = signed_in(editor)
    first = client.get("/admin/two-factor/").content.decode()
    again = client.get("/admin/two-factor/").content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    # The key shown stays the same while the editor scans it and types a code.
    assert re.search(r"<code>(.+?)</code>", first).group(1) == re.search(r"<code>(.+?)</code>", again).group(1)


def test_account_menu_offers_two_factor_authentication(editor):
    assert "/admin/two-factor/" in signed_in(editor).get("/admin/account/").content.decode()


def test_a_wrong_code_does_not_turn_it_on(editor):
    client = signed_in(editor)
    client.get("/admin/two-factor/")
    response = client.post("/admin/two-factor/", {"otp_token": "000000"})
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/pages/").status_code == 200  # still signed in, nothing changed


def test_after_turning_it_on_signing_in_needs_a_code(editor):
    device = turn_on(signed_in(editor), editor)
    client = signed_in(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/verify/?next=%2Fadmin%2Fpages%2F")
    wrong = client.post("/admin/two-factor/verify/", {"otp_token": "123456", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    device.throttling_failure_count = 0  # django-otp slows down guessing; reset for the right code
    device.throttling_failure_timestamp = None
    device.save()
    # The code used to turn it on cannot be used again: the next one (the app's next 30 s) works.
    ok = client.post("/admin/two-factor/verify/", {"otp_token": code_for(device, drift=1), "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_verify_never_redirects_to_another_site(editor):
    device = turn_on(signed_in(editor), editor)
    client = signed_in(editor)
    response = client.post(
        "/admin/two-factor/verify/", {"otp_token": code_for(device, drift=1), "next": "https://evil.example/"}
    )
    assert response.url == "/admin/"


def test_turning_it_off_needs_a_current_code(editor):
    client = signed_in(editor)
    device = turn_on(client, editor)
    assert client.post("/admin/two-factor/", {"otp_token": "abcdef"}).status_code == 200
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    assert client.post("/admin/two-factor/", {"otp_token": code_for(device, drift=1)}).status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_editors_without_it_and_readers_notice_nothing(editor, client):
    assert signed_in(editor).get("/admin/pages/").status_code == 200
    response = client.get("/fr/")
    assert response.status_code == 200 and not response.cookies


@pytest.fixture
def administrator():
    return get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)


@pytest.fixture
def moderator():
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("moderator", "moderator@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.mark.parametrize("role", ["administrator", "moderator"])
def test_administrators_and_moderators_must_turn_it_on_before_using_the_admin(request, role):
    user = request.getfixturevalue(role)
    client = signed_in(user)
    for path in ("/admin/", "/admin/pages/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == 302 and response.url == "/admin/two-factor/", path
    page = client.get("/admin/two-factor/").content.decode()
    assert "<svg" in page and 'name="otp_token"' in page  # the QR code and the code field
    turn_on(client, user)
    assert client.get("/admin/pages/").status_code == 200


def test_administrators_cannot_turn_it_off(administrator):
    client = signed_in(administrator)
    device = turn_on(client, administrator)
    assert "Turn two-factor authentication off" not in client.get("/admin/two-factor/").content.decode()
    client.post("/admin/two-factor/", {"otp_token": code_for(device, drift=1)})
    assert TOTPDevice.objects.filter(user=administrator, confirmed=True).exists()


def test_an_editor_is_not_made_to_turn_it_on(editor):
    assert signed_in(editor).get("/admin/pages/").status_code == 200


def test_the_front_end_login_leads_to_the_admin_sign_in_with_its_second_factor(client):
    response = client.get("/fr/_util/login/?next=/fr/")
    assert response.status_code in {301, 302}
    assert response.url.startswith("/admin/login/")


def test_a_password_alone_opens_no_login_restricted_page(administrator):
    from wagtail.models import Page, PageViewRestriction

    page = (
        Page.objects.get(url_path="/home-fr/a-propos/")
        if Page.objects.filter(url_path="/home-fr/a-propos/").exists()
        else Page.objects.live().filter(depth=3, locale__language_code="fr").first()
    )
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    client = signed_in(administrator)  # the password, no code yet (for instance via a front-end form)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response.url
    turn_on(client, administrator)  # now with the code
    assert client.get(page.url).status_code == 200
