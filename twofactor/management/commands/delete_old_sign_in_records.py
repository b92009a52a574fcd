"""Delete django-axes' sign-in records once they are no longer needed. The scheduler does this every
minute (twofactor.housekeeping); the command is for cron set-ups and checks."""

from django.core.management.base import BaseCommand

from twofactor.housekeeping import delete_old_sign_in_records


class Command(BaseCommand):
    help = "Delete sign-in failure counts past the cool-off period and sign-in history past AXES_RECORDS_DAYS."

    def handle(self, *args, **options):
        deleted = delete_old_sign_in_records()
        if options["verbosity"] > 1:
            self.stdout.write(f"Deleted {deleted} sign-in records.")
