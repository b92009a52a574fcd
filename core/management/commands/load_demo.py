from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand

from core.demo import content


class Command(BaseCommand):
    help = (
        "Load the demo content from the files under content/ (French pages and snippets with their "
        "four translations). Safe to run again: what exists is left as it is."
    )

    def handle(self, *args, **options):
        content.reset()
        for dotted in settings.VIGILANT_DEMO_LOADERS:
            self.stdout.write(f"Loading {dotted}…")
            import_module(dotted).load()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
