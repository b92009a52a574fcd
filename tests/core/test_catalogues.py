"""Every message a reader or editor can see is translated in all five languages."""

import re
import shutil
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


def _sample_arguments(msgid):
    named = re.findall(r"%\((\w+)\)[sd]", msgid)
    if named:
        return dict.fromkeys(named, 1)
    positional = re.findall(r"%[sd]", msgid)
    return tuple(1 for _ in positional) if positional else None


@pytest.mark.parametrize(("language", "path"), list(_catalogues()), ids=lambda v: str(v)[-30:])
def test_python_format_translations_format_without_error(language, path):
    """A stray "%" (French "100 %") or a mangled "%(name)" breaks the page at run time."""
    for entry in polib.pofile(str(path)):
        if entry.obsolete or "python-format" not in entry.flags:
            continue
        arguments = _sample_arguments(entry.msgid)
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            try:
                text % arguments if arguments is not None else text % ()
            except (TypeError, ValueError, KeyError) as error:
                pytest.fail(f"{language}: {entry.msgid!r} -> {text!r}: {error}")


def _extract(tmp_path, settings, monkeypatch):
    """The catalogues as `make messages` leaves them (both domains, obsolete entries dropped), in a copy.

    makemessages writes into the locale folder nearest to each source file, so it runs in a
    folder of links to the project's source (not its locale/) and writes to a copy.
    """
    from django.core.management import call_command

    source = tmp_path / "src"
    source.mkdir()
    skipped = {"locale", "tests", "bench", "node_modules", "staticfiles", "media"}
    for entry in ROOT.iterdir():
        if entry.name not in skipped and not entry.name.startswith("."):
            (source / entry.name).symlink_to(entry)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    settings.LOCALE_PATHS = [str(tmp_path / "locale")]
    monkeypatch.chdir(source)
    for domain in ("django", "djangojs"):
        call_command(
            "makemessages",
            locale=LANGUAGES,
            domain=domain,
            no_location=True,
            no_obsolete=True,
            symlinks=True,
            verbosity=0,
        )
    return tmp_path / "locale"


def _messages(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_catalogues_hold_every_message_in_the_code(tmp_path, settings, monkeypatch):
    """A message added to the code but never extracted (`make messages` not run) is missing too."""
    extracted = _extract(tmp_path, settings, monkeypatch)
    for language in LANGUAGES:
        for domain in ("django", "djangojs"):
            relative = Path(language) / "LC_MESSAGES" / f"{domain}.po"
            missing = sorted(_messages(extracted / relative) - _messages(ROOT / "locale" / relative), key=str)
            assert not missing, f"{relative}: run `make messages` and translate {missing[:5]}"


def test_make_messages_keeps_every_entry_of_the_catalogues(tmp_path, settings, monkeypatch):
    """Nothing committed is lost by `make messages` (nor by `make merge-catalogues`, which runs it):
    entries that translate upstream words ("Locales", the translation editor's "Publish in ") are
    named in editorial/upstream_words.py and .js, everything else is in the code."""
    extracted = _extract(tmp_path, settings, monkeypatch)
    for language in LANGUAGES:
        for domain in ("django", "djangojs"):
            relative = Path(language) / "LC_MESSAGES" / f"{domain}.po"
            dropped = sorted(_messages(ROOT / "locale" / relative) - _messages(extracted / relative), key=str)
            assert not dropped, f"{relative}: `make messages` drops {dropped[:5]}"
