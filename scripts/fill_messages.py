"""Fill msgstr entries of locale/<lang>/LC_MESSAGES/django.po from a translations file.

Usage: .venv/bin/python scripts/fill_messages.py translations.py
where translations.py defines TRANSLATIONS = {msgid: {"fr": ..., "de": ..., "lb": ..., "en": ..., "pt": ...}}.
Entries that are filled here lose their fuzzy flag. Run `make messages` first.
"""

import os
import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigilant.settings.dev")
from django.conf import settings  # noqa: E402

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def main(path):
    translations = runpy.run_path(path)["TRANSLATIONS"]
    for language in LANGUAGES:
        for domain in ("django", "djangojs"):
            po_path = ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
            if not po_path.exists():
                continue
            catalogue = polib.pofile(str(po_path), wrapwidth=0)
            for entry in catalogue:
                if entry.msgid in translations and language in translations[entry.msgid]:
                    value = translations[entry.msgid][language]
                    if entry.msgid_plural:
                        forms = value if isinstance(value, list | tuple) else [value, value]
                        entry.msgstr_plural = dict(enumerate(forms))
                    else:
                        entry.msgstr = value
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
            catalogue.save()


if __name__ == "__main__":
    main(sys.argv[1])
