"""Demo content tooling, kept apart from the runtime code of the apps.

``core.demo.content`` loads the data files under ``content/`` (the format is described there),
``core.demo.translation`` makes wagtail-localize translations from prepared texts, and
``core.demo.catalogues`` reads and writes the PO files. This module loads core's own content:
the locales, the vocabularies, the home page (as the default site's root) and the about page.
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.models import HomePage

from .content import ContentLoader, load_folder, loader


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_home_page(content_loader=None) -> HomePage:
    """The French home page, root of the default site, with the translations ``content_loader`` makes."""
    ensure_locales()
    # The French page first: Wagtail's placeholder "Welcome" page (slug "home") must be gone
    # before the English home page takes that slug.
    home = ContentLoader(languages=()).home()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Vigilant")
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Vigilant"
        site.save()
        # Wagtail's own placeholder "Welcome" page is not ours to keep.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    return (content_loader or loader()).home()


def home_page() -> HomePage:
    return HomePage.objects.get(locale=Locale.get_default(), depth=2)


def vocabulary(model, *slugs):
    """Default-locale vocabulary entries by slug, for tagging pages in tests and loaders."""
    return list(model.objects.filter(locale=Locale.get_default(), slug__in=slugs))


def load():
    ensure_home_page()
    load_folder("core")
