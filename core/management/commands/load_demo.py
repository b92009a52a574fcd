from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the demo content (French pages with their four translations). Safe to run again."

    def handle(self, *args, **options):
        for dotted in settings.VIGILANT_DEMO_LOADERS:
            self.stdout.write(f"Loading {dotted}…")
            import_module(dotted).load()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
