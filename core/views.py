from django.conf import settings
from django.contrib.sitemaps.views import index as sitemap_index_view
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.sitemaps import LocaleSitemap

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        # Counted downloads: crawlers would inflate the editors' figures.
        *(f"Disallow: /{code}/downloads/" for code in LANGUAGE_CODES),
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def web_manifest(request):
    """The web app manifest: name, colours and icons when a reader adds the site to a home screen."""
    manifest = {
        "name": "Vigilant",
        "short_name": "Vigilant",
        "description": gettext("Online safety for pupils, parents and teachers in Luxembourg."),
        "lang": request.LANGUAGE_CODE,
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#3730a3",
        "icons": [
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


@require_GET
def favicon(request):
    """Browsers and crawlers that ignore <link rel="icon"> ask for /favicon.ico: send them the icon."""
    return HttpResponsePermanentRedirect(static("img/favicon-32.png"))


def _sitemaps(request):
    return {code: LocaleSitemap(request, code) for code in LANGUAGE_CODES}


@require_GET
def sitemap_index(request):
    return sitemap_index_view(request, _sitemaps(request), sitemap_url_name="sitemap-section")


@require_GET
def sitemap_section(request, section):
    if section not in LANGUAGE_CODES:
        raise Http404
    return sitemap_view(request, _sitemaps(request), section=section)


def server_error(request):
    """500 page in the reader's language, without touching the database (it may be down)."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"QUICK_EXIT_URL": settings.QUICK_EXIT_URL}, request=None))
