"""The site's own public address, from Wagtail's Site records, never from the request's Host header.

With a permissive ALLOWED_HOSTS (or behind a proxy that passes any Host on), absolute addresses
built from the request would print whatever host a client sent: in alternate-language links,
robots.txt, the sitemap index and PDFs.
"""

from urllib.parse import urlsplit

from wagtail.models import Site


def site_root_url(request):
    """``https://vigilant.lu`` (no trailing slash) for the request's Site, or the default Site."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def with_site_host(request):
    """A copy of ``request`` whose Host is the Site's, for views that build addresses from it."""
    netloc = urlsplit(site_root_url(request)).netloc
    if not netloc:
        return request
    copy = request.__class__(request.environ) if hasattr(request, "environ") else request
    copy.META = {**request.META, "HTTP_HOST": netloc}
    copy.path, copy.path_info, copy.method = request.path, request.path_info, request.method
    return copy
