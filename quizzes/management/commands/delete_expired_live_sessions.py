"""Delete live class sessions idle for longer than QUIZZES_LIVE_SESSION_IDLE_HOURS, with their answers.

Run it from cron every 15 minutes, for example:
    */15 * * * *  cd /srv/vigilant && .venv/bin/python manage.py delete_expired_live_sessions
Sessions are also deleted when someone opens an expired one, so a missed run loses nothing.
"""

from django.core.management.base import BaseCommand

from quizzes.classroom import delete_expired_sessions


class Command(BaseCommand):
    help = "Delete live quiz sessions idle for a few hours, with their pupils and answers."

    def handle(self, *args, **options):
        deleted = delete_expired_sessions()
        self.stdout.write(f"Deleted {deleted} expired live session(s).")
