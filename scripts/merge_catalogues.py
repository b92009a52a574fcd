"""After merging branches: fill untranslated messages in locale/ from other revisions' catalogues.

Usage: .venv/bin/python scripts/merge_catalogues.py REV [REV ...]
Run `make messages` first, so the catalogues list every message of the merged code; this then
copies translations (non-empty, not fuzzy) that the given revisions already had.
"""

import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vigilant.settings.dev")
from django.conf import settings  # noqa: E402

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def translations_at(rev, relative):
    try:
        text = subprocess.run(
            ["git", "show", f"{rev}:{relative}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    except subprocess.CalledProcessError:
        return {}
    found = {}
    for entry in polib.pofile(text):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural and all(entry.msgstr_plural.values()):
            found[(entry.msgctxt, entry.msgid)] = dict(entry.msgstr_plural)
        elif entry.msgstr:
            found[(entry.msgctxt, entry.msgid)] = entry.msgstr
    return found


def main(revisions):
    for language in LANGUAGES:
        for domain in ("django", "djangojs"):
            relative = f"locale/{language}/LC_MESSAGES/{domain}.po"
            path = ROOT / relative
            if not path.exists():
                continue
            known = {}
            for rev in revisions:
                known.update(translations_at(rev, relative))
            catalogue = polib.pofile(str(path), wrapwidth=0)
            filled = 0
            for entry in catalogue:
                key = (entry.msgctxt, entry.msgid)
                if key not in known:
                    continue
                if entry.msgid_plural and not all(entry.msgstr_plural.values()):
                    entry.msgstr_plural = known[key]
                    filled += 1
                elif not entry.msgid_plural and (not entry.msgstr or "fuzzy" in entry.flags):
                    entry.msgstr = known[key]
                    filled += 1
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
            catalogue.save()
            missing = len(catalogue.untranslated_entries())
            print(f"{relative}: filled {filled}, still untranslated {missing}")


if __name__ == "__main__":
    main(sys.argv[1:])
