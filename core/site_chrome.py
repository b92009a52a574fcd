"""Navigation and footer data, computed once per language and kept in the cache.

Every page (including the uncacheable live-quiz pages) shows the navigation and the footer;
building them costs a dozen queries and StreamField parsing. The computed links and numbers are
cached per language under a generation number that changes whenever a page is published,
unpublished, moved or deleted, or the navigation or footer snippet is saved, so readers never
see stale links.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from core.generations import Generation
from core.models import NavigationMenu, SiteFooter

GENERATION_KEY = "site-chrome:generation"
TIMEOUT = 24 * 3600


_generation = Generation(GENERATION_KEY)
bump_generation = _generation.bump


def _links(blocks, request):
    links = []
    for block in blocks:
        target = block.value["page"]
        target = target.localized if target else None
        if target is None or not target.live:
            continue
        url = target.get_url(request)
        if url:
            links.append({"url": url, "label": block.value["label"] or target.title, "page_id": target.pk})
    return links


KINDS = ("navigation", "footer")


def _cached(kind, build, request=None):
    """The cached `kind` for the active language.

    One cache read per request: the generation and both kinds (the header and the footer each ask)
    come back together. Each kind is stored with the generation it was built in and rebuilt when
    that is not the current one.
    """
    memo = getattr(request, "_site_chrome", None)
    language = get_language()
    if memo is None or memo["language"] != language:
        keys = {name: f"site-chrome:{name}:{language}" for name in KINDS}
        found = cache.get_many([GENERATION_KEY, *keys.values()])
        generation = found.get(GENERATION_KEY) or _generation.current()
        stored = {name: found.get(key) for name, key in keys.items()}
        memo = {
            "language": language,
            "generation": generation,
            "keys": keys,
            "data": {name: value[1] for name, value in stored.items() if value and value[0] == generation},
        }
        if request is not None:
            request._site_chrome = memo
    if kind not in memo["data"]:
        data = build()
        cache.set(memo["keys"][kind], (memo["generation"], data), TIMEOUT)
        memo["data"][kind] = data
    return memo["data"][kind]


def navigation_links(request):
    """[{url, label, page_id}] of the main navigation in the reader's language."""

    def build():
        menu = NavigationMenu.objects.for_active_locale()
        return _links(menu.links, request) if menu else []

    return _cached("navigation", build, request)


def footer_content(request):
    """The footer in the reader's language: heading, numbers, text (HTML) and links; None if there is none."""

    def build():
        from wagtail.rich_text import expand_db_html

        footer = SiteFooter.objects.for_active_locale()
        if footer is None:
            return None
        return {
            "emergency_heading": footer.emergency_heading,
            "numbers": [
                {
                    "label": block.value["label"],
                    "number": block.value["number"],
                    "tel": block.value["number"].replace(" ", ""),
                    "hours": block.value["hours"],
                }
                for block in footer.emergency_numbers
            ],
            "text": expand_db_html(footer.text) if footer.text else "",
            "links": _links(footer.links, request),
        }

    return _cached("footer", build, request)


page_published.connect(bump_generation, dispatch_uid="site_chrome_published")
page_unpublished.connect(bump_generation, dispatch_uid="site_chrome_unpublished")
post_delete.connect(bump_generation, sender=Page, dispatch_uid="site_chrome_page_deleted")
for _model in (NavigationMenu, SiteFooter):
    post_save.connect(bump_generation, sender=_model, dispatch_uid=f"site_chrome_saved_{_model.__name__}")
    post_delete.connect(bump_generation, sender=_model, dispatch_uid=f"site_chrome_deleted_{_model.__name__}")
