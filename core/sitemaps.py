"""One sitemap per locale under an index.

Wagtail's own sitemap lists only the default site's tree (wagtail#6583), which holds only the
French pages; the translated trees are siblings of it under the root.
"""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class LocaleSitemap(Sitemap):
    def __init__(self, request, language_code):
        self.request = request
        self.language_code = language_code

    def items(self):
        locale = Locale.objects.filter(language_code=self.language_code).first()
        if locale is None:
            return []
        return Page.objects.live().public().filter(locale=locale, depth__gt=1).order_by("path").specific()

    def location(self, page):
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = []
        for page_obj in self.paginator.page(page).object_list:
            for url_info in page_obj.get_sitemap_urls(self.request):
                urls.append(url_info)
        return urls
