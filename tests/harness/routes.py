"""Reader-facing routes found through Django's URL resolver, so routes other apps add are covered
without editing the harness. Needs configured Django settings (pytest-django, or django.setup()).

A route is described by its language prefix ("" when outside i18n_patterns), its path template
with `<converter:name>` placeholders, and its view's dotted name. Wagtail's page-serving catch-all,
the admin and static/media serving are excluded: pages are found through the sitemaps instead.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

EXCLUDED_PREFIXES = ("admin/", "django-admin/", "media/", "static/")
EXCLUDED_VIEWS = ("wagtail.views.serve", "django.views.static.serve")
PLACEHOLDER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Route:
    localised: bool
    template: str  # e.g. "library/<slug:slug>/" (no leading slash, no language prefix)
    view: str
    name: str | None

    @property
    def has_parameters(self):
        return bool(PLACEHOLDER.search(self.template))

    def url(self, language="fr", **values):
        """The path for `language`, placeholders filled from `values` (name -> text), else "1"."""

        def fill(match):
            return str(values.get(match["name"], values.get(match["converter"] or "str", "1")))

        path = PLACEHOLDER.sub(fill, self.template)
        return f"/{language}/{path}" if self.localised else f"/{path}"


def pattern_text(pattern):
    if isinstance(pattern, RoutePattern):
        return str(pattern._route)
    if isinstance(pattern, LocalePrefixPattern):
        return ""
    if isinstance(pattern, RegexPattern):
        regex = pattern._regex.lstrip("^").rstrip("$").replace("\\Z", "")
        # Named groups become placeholders; anything else regex-like makes the route unusable here.
        text = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", regex)
        text = re.sub(r"\([^)]*\)", "<arg>", text)  # unnamed groups, e.g. documents/(\d+)/(.*)
        text = text.replace("\\.", ".")
        return text if not re.search(r"[\\()\[\]*+?|{}]", text) else None
    return None


def _walk(patterns, prefix="", localised=False):
    for entry in patterns:
        text = pattern_text(entry.pattern)
        if text is None:
            continue
        is_locale = isinstance(entry.pattern, LocalePrefixPattern)
        template = prefix + text
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, template, localised or is_locale)
        elif isinstance(entry, URLPattern):
            view = f"{entry.callback.__module__}.{entry.callback.__name__}"
            yield Route(localised=localised, template=template, view=view, name=entry.name)


def public_routes():
    """Every reader-facing route, in resolver order."""
    routes = []
    for route in _walk(get_resolver().url_patterns):
        if route.template.startswith(EXCLUDED_PREFIXES) or route.view in EXCLUDED_VIEWS:
            continue
        routes.append(route)
    return routes


def languages():
    return [code for code, _name in settings.LANGUAGES]
