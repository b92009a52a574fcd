"""Reporting forms live on official hosts only.

A reporting channel's button sends a child to an outside form: a mistyped or hijacked address
would send them (and what they report) somewhere else. The admin accepts an https address on a
host in ``settings.REPORTING_FORM_HOSTS`` (or one of its subdomains) and says which hosts are
allowed otherwise.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def is_official_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == allowed or host.endswith("." + allowed) for allowed in settings.REPORTING_FORM_HOSTS)


def validate_official_form_address(value):
    parts = urlsplit(str(value))
    if parts.scheme == "https" and is_official_host(parts.hostname or "") and not parts.username:
        return
    raise ValidationError(
        _(
            "Only the address of an official reporting form can be used here: it must start with "
            "https:// and be on one of these sites: %(hosts)s. Ask a Moderator if an official service "
            "has moved its form to another site."
        ),
        code="unofficial_form_address",
        params={"hosts": ", ".join(settings.REPORTING_FORM_HOSTS)},
    )
