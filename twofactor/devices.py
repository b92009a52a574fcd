"""An editor's authenticator app, as a django-otp TOTP device (one per editor)."""

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

DEVICE_NAME = "authenticator"
# The secret shown while an editor sets up the app, kept in their session until a code proves it
# works: looking at the setup page writes no device.
PENDING_KEY_SESSION = "twofactor_pending_key"


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def device_being_set_up(user, session):
    """The device an editor is setting up, not saved: its secret lives in the session, and the
    device is saved (confirmed) only once a code from the app proves it works. A device left
    unconfirmed by a wrong code (django-otp saves its failure count) is taken up again."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is not None:
        return device
    key = session.get(PENDING_KEY_SESSION)
    if key is None:
        key = session[PENDING_KEY_SESSION] = default_key()
    return TOTPDevice(user=user, name=DEVICE_NAME, confirmed=False, key=key)


def forget_device_being_set_up(session):
    session.pop(PENDING_KEY_SESSION, None)


def qr_code_svg(device):
    """The device's otpauth:// address as an SVG QR code (rendered here, never by a third party)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, title="QR code", dark="#000", light="#fff")


def secret_for_typing(device):
    """The secret in base32, in groups of four, for apps that cannot scan."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
