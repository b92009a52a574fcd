from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")
    # Content readers see on pages (core.content_generation): a save starts a new page-cache
    # generation. Wagtail's own content models are declared here on their behalf.
    content_models = (
        "NavigationMenu",
        "SiteFooter",
        "Audience",
        "AgeBand",
        "Topic",
        "Source",  # listed under the facts it backs, on factsheets, guides and help services
        "wagtailimages.Image",
        "wagtaildocs.Document",
        "wagtailredirects.Redirect",
        "wagtailcore.Site",
        "wagtailcore.Locale",
        "wagtailcore.Collection",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.CollectionViewRestriction",
        "taggit.Tag",
    )

    def ready(self):
        from wagtail.signals import page_published

        from . import content_generation, fallback, site_chrome, upstream_memo

        content_generation.connect()
        site_chrome.connect()
        upstream_memo.install()
        page_published.connect(
            fallback.purge_fallback_when_translation_is_published, dispatch_uid="core_purge_fallback"
        )
