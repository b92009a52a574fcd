"""Delete django-axes' sign-in records once they are no longer needed (run by the Procfile's
housekeeping process, hourly).

- Failure counts (AccessAttempt: user name, address, browser) once the cool-off period is over.
- The sign-in history (AccessLog, AccessFailureLog: user name, address, browser, time) after
  ``AXES_RECORDS_DAYS`` days.
"""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Delete sign-in failure counts past the cool-off period and sign-in history past AXES_RECORDS_DAYS."

    def handle(self, *args, **options):
        now = timezone.now()
        attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()
        history_limit = now - timedelta(days=settings.AXES_RECORDS_DAYS)
        logs, _ = AccessLog.objects.filter(attempt_time__lt=history_limit).delete()
        failures, _ = AccessFailureLog.objects.filter(attempt_time__lt=history_limit).delete()
        if options["verbosity"] > 1:
            self.stdout.write(f"Deleted {attempts} failure counts and {logs + failures} sign-in records.")
