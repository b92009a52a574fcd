from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from core import fallback
from core import media as core_media
from core import views as core_views

handler500 = "core.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    path("manifest.webmanifest", core_views.web_manifest, name="web-manifest"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("sitemap.xml", core_views.sitemap_index, name="sitemap-index"),
    path("sitemap-<str:section>.xml", core_views.sitemap_section, name="sitemap-section"),
]

# Image renditions from the local file system (single-server and development set-ups), and nothing
# else under /media/: core/media.py refuses originals, documents and every path trick. With
# S3-compatible storage, media URLs point at the bucket or CDN and this route is unused.
if settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", core_media.rendition, name="media-rendition"),
    ]

# Reader-facing routes: every one carries the language prefix (/fr/, /de/, /lb/, /en/, /pt/).
urlpatterns += i18n_patterns(
    path("", include("rooms.urls")),
    path("", include("quizzes.urls")),
    path("", include("questionbox.urls")),
    path("", include("education.urls")),
    path("", include("library.urls")),
    # One sign-in for editors, the admin's, which asks for the second factor: Wagtail's front-end
    # login form (for login-restricted pages) leads there instead of signing in with a password alone.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True),
        name="wagtailcore_login",
    ),
    # Wagtail's catch-all page view, wrapped so that a page not yet published in the reader's
    # language is served in French with a notice in theirs (core/fallback.py). The rest of
    # wagtail.urls (password-protected pages, front-end login) follows unchanged.
    re_path(serve_pattern, fallback.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
