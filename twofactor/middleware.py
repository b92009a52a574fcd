"""Two-factor authentication for editors, enforced on every request.

- Editors who turned it on must enter a code before using the admin.
- Administrators (superusers) and the groups in ``TWOFACTOR_REQUIRED_GROUPS`` (Moderators: they
  publish) must turn it on: until they have, the admin only shows them the page that sets it up.
- Outside the admin, a session signed in with the password alone (for instance through Wagtail's
  front-end login form) counts for nothing when a code is due: the user is anonymous there, so
  no page, document or view can be reached with one factor.

Readers and pupils never sign in and are untouched. Place after django_otp.middleware.OTPMiddleware.
"""

from functools import cache

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .devices import confirmed_device

# The icon sprite and the JavaScript catalogue hold no data, and every admin page (the sign-in and
# code pages too) fetches them: sent to the code page instead, they became its "next" address.
OPEN_URL_NAMES = {
    "twofactor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


@cache
def open_paths():
    return {reverse(name) for name in OPEN_URL_NAMES}


def two_factor_required(user):
    """Whether this account may not use the admin without a second factor."""
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWOFACTOR_REQUIRED_GROUPS).exists()


class RequireCodeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self.get_response(request)  # nobody signed in; not touching the session keeps Vary: Cookie off
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return self.get_response(request)
        has_device = confirmed_device(user) is not None
        if not has_device and not two_factor_required(user):
            return self.get_response(request)
        if not request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            request.user = AnonymousUser()
            return self.get_response(request)
        if request.path_info in open_paths():
            return self.get_response(request)
        if has_device:
            return redirect(f"{reverse('twofactor_verify')}?{urlencode({'next': request.get_full_path()})}")
        if request.path_info == reverse("twofactor_setup"):
            return self.get_response(request)
        return redirect("twofactor_setup")
