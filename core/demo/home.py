"""Loads the home page's doors and featured pages (content/home/), after every other area: the
featured pages (a tool, a quiz, a factsheet) come from the other areas' content.

A file of ``type: core.FeaturedPages`` lists page addresses under ``pages``; they become the home
page's featured pages while it has none, and every translation of the home page follows.
"""

from wagtail.models import Locale

from .content import ContentError, load_folder, register_kind
from .translation import translate

FEATURED_KIND = "core.FeaturedPages"


def ensure_featured(data_file, loader):
    home = loader.home()
    home.refresh_from_db()  # the loader's copy predates the pages added below it since (tree counts)
    pages = [loader.page(address) for address in data_file.data.get("pages") or []]
    if not pages:
        raise ContentError(f"{data_file.name}: 'pages' lists no page")
    if not home.featured:
        home.featured = [("page", page) for page in pages]
        home.save_revision().publish()
        home_file = loader.home_file()
        for language in loader.languages:
            if home.has_translation(Locale.objects.get(language_code=language)):
                translate(home, language, home_file.catalogue(language).lookup, origin=home_file.po_path(language).name)
    return [home]


register_kind(FEATURED_KIND, ensure=ensure_featured, texts=lambda data_file: [])


def load():
    load_folder("home")  # files load in name order: the doors appear in that order
