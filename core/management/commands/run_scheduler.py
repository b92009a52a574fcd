"""The Procfile's scheduler process: every minute, Wagtail's publish_scheduled and the sweeps.

Sweeps are the functions listed in settings.VIGILANT_SWEEPS (expired rooms with their pupils and
answers, expired counters, ...); each app adds its own. Run exactly one scheduler.
``--once`` runs everything a single time (for cron, or a check).
"""

import time
from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


def run_sweeps():
    """{dotted name: what it returned} for every configured sweep."""
    done = {}
    for dotted in settings.VIGILANT_SWEEPS:
        module, _sep, name = dotted.rpartition(".")
        done[dotted] = getattr(import_module(module), name)()
    return done


class Command(BaseCommand):
    help = "Publish scheduled pages and sweep expired rooms and counters, every minute (or once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run once and stop")
        parser.add_argument("--every", type=int, default=60, help="seconds between runs")

    def handle(self, *args, **options):
        while True:
            call_command("publish_scheduled", stdout=self.stdout)
            for dotted, result in run_sweeps().items():
                self.stdout.write(f"{dotted}: {result}")
            if options["once"]:
                return
            time.sleep(options["every"])
            close_old_connections()  # a connection idle for a minute may have been dropped
