"""Editors who turned on two-factor authentication must enter a code before using the admin.

Only admin paths are looked at: readers and pupils never sign in, and public pages are untouched.
Place after django_otp.middleware.OTPMiddleware.
"""

from functools import cache

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .devices import confirmed_device

OPEN_URL_NAMES = {"twofactor_verify", "wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_javascript_catalog"}


@cache
def open_paths():
    return {reverse(name) for name in OPEN_URL_NAMES}


class RequireCodeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith(settings.ADMIN_URL_PREFIXES)
            and request.user.is_authenticated
            and not request.user.is_verified()
            and request.path_info not in open_paths()
            and confirmed_device(request.user) is not None
        ):
            return redirect(f"{reverse('twofactor_verify')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
