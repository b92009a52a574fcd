"""The site's languages, read from ``settings.LANGUAGES`` (the one list; French, the source, first)."""

from django.conf import settings


def language_codes() -> list[str]:
    """Every language the site is read in, in the order of ``settings.LANGUAGES``."""
    return [code for code, _name in settings.LANGUAGES]


def translation_codes() -> list[str]:
    """The languages content is translated into: all but the source language (``LANGUAGE_CODE``)."""
    return [code for code in language_codes() if code != settings.LANGUAGE_CODE]
