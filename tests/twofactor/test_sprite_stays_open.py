"""Every admin page, the code page included, fetches the icon sprite: an editor who still owes a
code gets it, rather than a redirect that would send them to the sprite after typing the code."""

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def test_the_icon_sprite_is_served_before_the_code_is_entered(client, django_user_model):
    user = django_user_model.objects.create_user("moderator", password="a long passphrase 42", is_superuser=True)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.post(reverse("wagtailadmin_login"), {"username": "moderator", "password": "a long passphrase 42"})
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # the code is still due
    response = client.get(reverse("wagtailadmin_sprite"))
    assert response.status_code == 200
    assert "<svg" in response.content.decode()
