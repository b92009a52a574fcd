"""The site's own public address, from Wagtail's Site records, never from the request's Host header.

Used where an address is stored and reused beyond the request (PDFs are rendered once and served
to everyone): an address built from the request would carry whatever host its first reader sent.
Pages themselves build addresses from the request, whose host ALLOWED_HOSTS has checked.
"""

from wagtail.models import Site


def site_root_url(request):
    """``https://vigilant.lu`` (no trailing slash) for the request's Site, or the default Site."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""
