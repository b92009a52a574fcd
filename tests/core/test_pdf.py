import io

import pytest
from django.core.files.storage import default_storage
from django.test import RequestFactory
from pypdf import PdfReader

from core import pdf as core_pdf
from core.pdf import pdf_response, render_pdf

pytestmark = pytest.mark.django_db


def _text(pdf_bytes):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)


def test_render_pdf_prints_relative_links_as_full_addresses():
    html = '<html lang="fr"><body><h1>Grooming</h1><p><a href="/fr/aide/">aide</a></p></body></html>'
    pdf = render_pdf(html, "http://testserver/")
    assert pdf.startswith(b"%PDF")
    assert "Grooming" in _text(pdf)


def test_pdf_is_rendered_once_then_served_from_storage(monkeypatch):
    request = RequestFactory().get("/fr/x/")
    calls = []
    key = "test/once-fr"
    default_storage.delete(f"pdfs/{key}.pdf")
    real_render = core_pdf.render_pdf

    def counting_render(html, base_url):
        calls.append(1)
        return real_render(html, base_url)

    monkeypatch.setattr(core_pdf, "render_pdf", counting_render)

    def respond():
        return pdf_response(request, key=key, template_name="pdf/base_print.html", context={}, filename="x.pdf")

    first = b"".join(respond().streaming_content)
    second = b"".join(respond().streaming_content)
    assert first == second and first.startswith(b"%PDF")
    assert default_storage.exists(f"pdfs/{key}.pdf")
    assert len(calls) == 1


def test_pdf_rendering_never_fetches_outside_addresses():
    fetcher = core_pdf._local_fetcher()
    with pytest.raises(ValueError):
        fetcher("https://tracker.example/pixel.png")
    assert fetcher("http://testserver/static/css/print.css").read().startswith(b"/* Printable PDFs")
    html = '<img src="https://tracker.example/pixel.png" alt=""><p>Texte</p>'
    assert "Texte" in _text(render_pdf(html, "http://testserver/"))


def test_one_render_per_key_at_a_time(settings):
    """A second request for a PDF being rendered waits for that render instead of starting its own."""
    import threading
    import time

    from django.core.cache import caches

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pdf-lock"}}
    key = "test/lock-fr-1"
    name = f"pdfs/{key}.pdf"
    default_storage.delete(name)
    builds = []

    def slow_build():
        builds.append(threading.get_ident())
        time.sleep(0.5)
        return b"%PDF-1.4 test"

    results = []
    threads = [threading.Thread(target=lambda: results.append(core_pdf.stored_pdf(key, slow_build))) for _ in range(3)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert results == [name, name, name]
        assert len(builds) == 1
        assert caches["default"].get(f"pdf-render:{key}") is None  # released
    finally:
        default_storage.delete(name)
