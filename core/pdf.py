"""Printable PDFs made from the site's own templates (WeasyPrint), rendered once and kept in storage.

Apps call ``pdf_response(request, key=..., template_name=..., context=..., filename=...)``.
``key`` must change whenever the printed content changes, and only then: for a page, use
``page_pdf_key(page)`` (page, language, live revision), never anything from the request (a
``Host:`` header of the reader's choosing must not make a new file). Addresses printed in the PDF
start with the Site's root URL. The PDF is rendered on the first request and then served from the
default storage (S3 in multi-server deployments), so every web server shares it.

``unstored_pdf_response`` is the exception: a PDF made of a reader's own answers (the school
self-check's action plan) is rendered for that request only and never kept.

One render per key at a time: the first request takes a lock in the shared cache (Redis, or the
database cache; every server sees it), the others wait for its file. When a new version of a
page's PDF is saved, the page's older versions in that language are deleted.

Rendering never leaves the machine: the URL fetcher only reads the site's own static files and
media, and refuses every other address.
"""

import mimetypes
import re
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language

from core.site_url import site_root_url

PDF_FOLDER = "pdfs"
LOCK_SECONDS = 120  # longer than any render; a crashed render's lock expires
WAIT_SECONDS = 60  # how long a request waits for another's render before rendering itself
_RELATIVE_HREF = re.compile(r'href="(/[^"]*)"')


def page_pdf_key(page, kind="page"):
    """Changes with every published revision and per language; ``<kind>/<page>-<language>-<revision>``.

    Everything up to the revision is the page's "family" in that language: saving a new version
    deletes the family's older files (``stored_pdf``). Callers may append ``-<more>`` (a digest).
    """
    return f"{kind}/{page.pk}-{get_language()}-{page.live_revision_id or 0}"


def site_base_url(request):
    """The public root address of the request's Site (never the request's own Host header)."""
    return f"{site_root_url(request)}/"


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
    """The storage name of the PDF for ``key``, building and saving it the first time, one build at a time."""
    name = f"{PDF_FOLDER}/{key}.pdf"
    if default_storage.exists(name):
        return name
    lock = f"pdf-render:{key}"
    deadline = time.monotonic() + WAIT_SECONDS
    locked = cache.add(lock, 1, LOCK_SECONDS)
    while not locked and time.monotonic() < deadline:
        time.sleep(0.1)
        if default_storage.exists(name):  # the other render finished
            return name
        locked = cache.add(lock, 1, LOCK_SECONDS)
    try:
        if not default_storage.exists(name):
            saved = default_storage.save(name, ContentFile(build()))
            if saved != name:  # another server saved it first (its lock expired); keep one copy
                default_storage.delete(saved)
            delete_older_versions(key)
    finally:
        if locked:
            cache.delete(lock)
    return name


def delete_older_versions(key: str):
    """Delete the other files of ``key``'s family (same kind, page and language; see page_pdf_key)."""
    folder, _, stem = f"{PDF_FOLDER}/{key}".rpartition("/")
    parts = stem.split("-")
    if len(parts) < 3:
        return  # not a page key: nothing to compare with
    family = "-".join(parts[:2]) + "-"
    try:
        _folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for file in files:
        if file.startswith(family) and file != f"{stem}.pdf":
            default_storage.delete(f"{folder}/{file}")


def pdf_response(request, *, key: str, template_name: str, context: dict, filename: str):
    """A FileResponse with the PDF of ``template_name`` rendered with ``context``."""
    base_url = site_base_url(request)

    def build():
        html = render_to_string(template_name, {**context, "base_url": base_url}, request=request)
        return render_pdf(html, base_url)

    name = stored_pdf(key, build)
    response = FileResponse(default_storage.open(name, "rb"), content_type="application/pdf", filename=filename)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def unstored_pdf_response(request, *, template_name: str, context: dict, filename: str):
    """A PDF rendered for this request only, never stored or cached: for content made of the
    reader's own answers, which the site does not keep."""
    base_url = site_base_url(request)
    html = render_to_string(template_name, {**context, "base_url": base_url}, request=request)
    response = HttpResponse(render_pdf(html, base_url), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
