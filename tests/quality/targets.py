"""What the hostile-input and header tests aim at, found at run time so other apps' pages, routes
and forms are covered as they land: one page per (page type, language) from the per-locale
sitemaps, every reader-facing route from the URL resolver, and every form on those pages."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from defusedxml import ElementTree
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from tests.harness.routes import PLACEHOLDER, languages, pattern_text, public_routes

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@dataclass
class Form:
    page: str
    action: str
    method: str
    fields: dict = field(default_factory=dict)  # name -> default value


class _FormParser(HTMLParser):
    def __init__(self, page_path):
        super().__init__()
        self.page_path = page_path
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            action = attrs.get("action") or self.page_path
            self.forms.append(Form(self.page_path, action, (attrs.get("method") or "get").lower()))
        elif tag in {"input", "select", "textarea", "button"} and self.forms and attrs.get("name"):
            self.forms[-1].fields.setdefault(attrs["name"], attrs.get("value") or "")


def forms_on(path, html):
    parser = _FormParser(path)
    parser.feed(html)
    return [form for form in parser.forms if not urlsplit(form.action).netloc]


def sitemap_pages(client):
    """One path per (page type, language), from /sitemap.xml and the per-locale sitemaps."""
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    paths = []
    for loc in index.findall("sm:sitemap/sm:loc", SITEMAP_NS):
        section = ElementTree.fromstring(client.get(urlsplit(loc.text).path).content)
        paths += [urlsplit(url.text).path for url in section.findall("sm:url/sm:loc", SITEMAP_NS)]
    by_url = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        by_url[page.get_url()] = page._meta.label
    samples = {}
    for path in paths:
        samples.setdefault((by_url.get(path, path), path.split("/")[1]), path)
    return list(samples.values())


def route_paths(**values):
    """Every reader-facing route, in every language, placeholders filled from `values`."""
    paths = []
    for route in public_routes():
        for language in languages() if route.localised else [None]:
            paths.append(route.url(language, **values) if language else route.url(**values))
    return paths


def routable_subpaths(page_paths, value):
    """Sub-routes of routable pages (e.g. decision-tree steps, PDFs) with every parameter set to `value`."""
    pages = {page.get_url(): page for page in Page.objects.live().filter(depth__gt=1).specific().iterator()}
    paths = []
    for path in page_paths:
        page = pages.get(path)
        if not isinstance(page, RoutablePageMixin):
            continue
        for pattern in page.get_subpage_urls():
            template = pattern_text(pattern.pattern)
            if template is not None:
                paths.append(path + PLACEHOLDER.sub(lambda _match: value, template))
    return paths
