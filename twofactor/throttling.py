"""Sign-in throttling on top of django-axes' database handler.

django-axes pauses one user name at one address after ``AXES_FAILURE_LIMIT`` failures (a school or
an office behind one address is never locked out as a whole). That alone lets an attacker with many
addresses try one user name without end, so this handler also slows the user name down: once it
has ``AXES_USERNAME_FAILURE_LIMIT`` failures from any addresses within the cool-off period, an
address that never signed in as that user gets one try per ``AXES_USERNAME_SLOWDOWN_SECONDS``
(refused tries count as failures, so a continuous attack keeps itself waiting). Addresses the
editor signed in from before (django-axes' access log) are not slowed, so an attack cannot lock
the editor out of their usual place of work.
"""

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone


class SignInHandler(AxesDatabaseHandler):
    def is_locked(self, request, credentials=None):
        if super().is_locked(request, credentials):
            return True
        request.sign_in_slowed_down = self.is_user_name_slowed_down(request, credentials)
        return request.sign_in_slowed_down

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is not None and getattr(request, "sign_in_slowed_down", False):
            request.axes_locked_out = True  # the "paused" page (429), not "wrong password"

    def is_user_name_slowed_down(self, request, credentials=None):
        username = get_client_username(request, credentials)
        address = getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR")
        if not username:
            return False
        now = timezone.now()
        recent = AccessAttempt.objects.filter(username=username, attempt_time__gte=now - get_cool_off(request))
        totals = recent.aggregate(failures=Sum("failures_since_start"), latest=Max("attempt_time"))
        if (totals["failures"] or 0) < settings.AXES_USERNAME_FAILURE_LIMIT:
            return False
        if now - totals["latest"] >= timedelta(seconds=settings.AXES_USERNAME_SLOWDOWN_SECONDS):
            return False
        return not AccessLog.objects.filter(username=username, ip_address=address).exists()
