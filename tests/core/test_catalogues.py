"""Every message a reader or editor can see is translated in all five languages."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code, _ in settings.LANGUAGES]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def _catalogues():
    for language in LANGUAGES:
        for path in sorted((ROOT / "locale" / language / "LC_MESSAGES").glob("*.po")):
            yield language, path


@pytest.mark.parametrize(("language", "path"), list(_catalogues()), ids=lambda v: str(v)[-30:])
def test_catalogue_is_complete_and_not_fuzzy(language, path):
    catalogue = polib.pofile(str(path))
    missing = [e.msgid for e in catalogue.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries() if not e.obsolete]
    assert not missing, f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"
    assert not fuzzy, f"{language}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize(("language", "path"), list(_catalogues()), ids=lambda v: str(v)[-30:])
def test_translations_keep_their_placeholders(language, path):
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == expected, f"{language}: {entry.msgid!r} -> {text!r}"


def test_every_language_has_a_catalogue():
    for language in LANGUAGES:
        assert (ROOT / "locale" / language / "LC_MESSAGES" / "django.po").exists(), language


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Quitter ce site rapidement"),
        ("de", "Diese Seite schnell verlassen"),
        ("lb", "Dëse Site séier verloossen"),
        ("pt", "Sair rapidamente deste site"),
    ],
)
def test_compiled_catalogues_are_used(language, expected):
    with translation.override(language):
        assert translation.gettext("Leave this site quickly") == expected
