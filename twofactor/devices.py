"""An editor's authenticator app, as a django-otp TOTP device (one per editor)."""

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator"


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user):
    """The device being set up: created unconfirmed, so nothing changes until a code proves it works."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def qr_code_svg(device):
    """The device's otpauth:// address as an SVG QR code (rendered here, never by a third party)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, title="QR code", dark="#000", light="#fff")


def secret_for_typing(device):
    """The secret in base32, in groups of four, for apps that cannot scan."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
