"""Printable PDFs made from the site's own templates (WeasyPrint), rendered once and kept in storage.

Apps call ``pdf_response(request, key=..., template_name=..., context=..., filename=...)``.
``key`` must change whenever the printed content changes: for a page, use
``page_pdf_key(page)`` (page, live revision and language). The PDF is rendered on the first
request and then served from the default storage (S3 in multi-server deployments), so every web
server shares it.

Rendering never leaves the machine: the URL fetcher only reads the site's own static files and
media, and refuses every other address.
"""

import mimetypes
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language

PDF_FOLDER = "pdfs"
_RELATIVE_HREF = re.compile(r'href="(/[^"]*)"')


def page_pdf_key(page, kind="page"):
    """Changes with every published revision and per language."""
    return f"{kind}/{page.pk}-{page.live_revision_id or 0}-{get_language()}"


def _local_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = urlsplit(url).path
            if path.startswith(settings.STATIC_URL):
                found = finders.find(path[len(settings.STATIC_URL) :])
                if found:
                    with open(found, "rb") as handle:
                        body = handle.read()
                    mime = mimetypes.guess_type(found)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=body, headers={"Content-Type": mime})
            if path.startswith(settings.MEDIA_URL):
                name = path[len(settings.MEDIA_URL) :]
                if default_storage.exists(name):
                    with default_storage.open(name, "rb") as handle:
                        body = handle.read()
                    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=body, headers={"Content-Type": mime})
            raise ValueError(f"PDF rendering only reads the site's own files, not {url}")

        __call__ = fetch

    return LocalOnlyFetcher()


def render_pdf(html: str, base_url: str) -> bytes:
    """HTML to PDF bytes. Links relative to the site are printed as full addresses."""
    from weasyprint import HTML  # imported lazily: it takes ~0.6 s

    html = _RELATIVE_HREF.sub(lambda m: f'href="{base_url.rstrip("/")}{m.group(1)}"', html)
    return HTML(string=html, base_url=base_url, url_fetcher=_local_fetcher()).write_pdf()


def stored_pdf(key: str, build) -> str:
    """The storage name of the PDF for ``key``, building and saving it the first time."""
    name = f"{PDF_FOLDER}/{key}.pdf"
    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(build()))
        if saved != name:  # another process saved it first; keep one copy
            default_storage.delete(saved)
    return name


def pdf_response(request, *, key: str, template_name: str, context: dict, filename: str):
    """A FileResponse with the PDF of ``template_name`` rendered with ``context``."""
    base_url = request.build_absolute_uri("/")

    def build():
        html = render_to_string(template_name, {**context, "base_url": base_url}, request=request)
        return render_pdf(html, base_url)

    name = stored_pdf(key, build)
    response = FileResponse(default_storage.open(name, "rb"), content_type="application/pdf", filename=filename)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
