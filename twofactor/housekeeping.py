"""Sweeps for editors' sign-in data, run every minute by the scheduler (settings.VIGILANT_SWEEPS).

- Failure counts (django-axes' AccessAttempt: user name, address, browser) once the cool-off
  period is over.
- The sign-in history (AccessLog, AccessFailureLog: user name, address, browser, time) after
  ``AXES_RECORDS_DAYS`` days.
- Expired sessions (only editors have sessions: readers and pupils never get one).
"""

from datetime import timedelta
from importlib import import_module

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils import timezone


def delete_old_sign_in_records() -> int:
    """Delete failure counts past the cool-off period and history past AXES_RECORDS_DAYS; how many."""
    now = timezone.now()
    attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()
    history_limit = now - timedelta(days=settings.AXES_RECORDS_DAYS)
    logs, _ = AccessLog.objects.filter(attempt_time__lt=history_limit).delete()
    failures, _ = AccessFailureLog.objects.filter(attempt_time__lt=history_limit).delete()
    return attempts + logs + failures


def delete_expired_sessions() -> None:
    """What ``manage.py clearsessions`` does, as a sweep."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
