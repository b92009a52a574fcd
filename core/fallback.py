"""French fallback for pages not published in the reader's language.

Wagtail's catch-all view routes ``/de/<path>/`` in the German tree only, so a page that has no
German translation is a 404 there. ``serve`` wraps Wagtail's view: when the German tree has no
page at that path, the same path is looked up in the French tree. If the French page has a live
German translation, the reader is redirected to it; otherwise the French page is served at the
German address, with a notice in German (``site/templates/includes/translation_fallback.html``).
The page's content is marked ``lang="fr"``; the site's header, navigation and footer stay in
German.

The language switcher (core_tags) links to these addresses for languages a page lacks.

UPSTREAM WORKAROUND (in ``serve``): the routed French page is handed to Wagtail's serve view
through Wagtail's private ``request._wagtail_route_for_request``.
Upstream: https://github.com/wagtail/wagtail/pull/11683 (page routing cached on the request).
Delete when: Wagtail's serve view accepts a routed page, or wagtail-localize serves fallbacks.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from core.routing import address_in_language, route_for_request


@dataclass(frozen=True)
class TranslationFallback:
    """What a template needs to know about a page served in another language."""

    page: Page
    content_language: str
    requested_language: str

    @property
    def canonical_url(self):
        return self.page.url

    @property
    def content_language_name(self):
        """The content's language, named in the reader's language."""
        return settings.LANGUAGE_NAMES_IN_READER_LANGUAGE[self.content_language]


def _french_route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    default_locale = Locale.get_default()
    root = site.root_page.get_translation_or_none(default_locale)
    if root is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return root.specific.route(request, components)
    except Http404:
        return None


def serve(request, path):
    """Wagtail's serve view, with the French page as a fallback (see the module docstring)."""
    language = get_language()
    if route_for_request(request, path) is not None or language == settings.LANGUAGE_CODE:
        return wagtail_views.serve(request, path)
    route = _french_route(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    locale = Locale.objects.filter(language_code=language).first()
    translation = page.get_translation_or_none(locale) if locale else None
    if translation is not None and translation.live:
        return redirect(translation.url)
    # Serve the French page through Wagtail's own chain (hooks, privacy, on_serve_page). Wagtail's
    # serve view has no public way to be handed an already routed page, so the route goes where its
    # private cache looks (the upstream workaround of the module docstring).
    request._wagtail_route_for_request = route
    request.translation_fallback = TranslationFallback(
        page=page, content_language=page.locale.language_code, requested_language=language
    )
    return wagtail_views.serve(request, path)


def fallback_url(page, language):
    """The address at which ``page`` (French) is served to readers of ``language``."""
    url = page.full_url
    return address_in_language(url, page.locale.language_code, language) if url else None


def purge_fallback_when_translation_is_published(sender, instance, **kwargs):
    """page_published: a front-end cache (CDN, Varnish) may still hold the French fallback at
    the translation's language address; purge it so readers get redirected to the translation."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    original = instance.get_translation_or_none(Locale.get_default())
    if original is None:
        return
    url = fallback_url(original, instance.locale.language_code)
    if url:
        from wagtail.contrib.frontend_cache.utils import purge_url_from_cache

        purge_url_from_cache(url)
