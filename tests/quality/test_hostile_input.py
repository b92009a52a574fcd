"""Malformed and hostile input to every public page, route and form: never a 500, never markup
reflected unescaped. Pages, routes and forms are discovered at run time (see targets.py)."""

import pytest
from django.core.signals import got_request_exception
from django.test import Client, override_settings

from tests.quality.targets import forms_on, routable_subpaths, route_paths, sitemap_pages

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("vigilant-xss")</script>'
SVG = '"><svg onload=alert("vigilant-xss")>'
REFLECTED = [SCRIPT.encode(), b"<svg onload="]
VALUES = [
    SCRIPT,
    SVG,
    "\x00",
    "a\x00b",
    "-1",
    "0",
    "1.5",
    "abc",
    "9" * 40,
    "x" * 20_000,
    "../../../../etc/passwd",
    "%2e%2e%2f%2e%2e%2f",
    "\u202e\ufeff",
    "[]",
]
RAW_QUERIES = ["q=%ff%fe%00", "page=%c3%28", "%00=%00", "a=1&a=2&a=" + "%00" * 50, "=&&&=x", "page=1e309"]
PATH_PARAMETER_VALUES = ["0", "999999999999999999999", "-1", "abc", "%00", "..%2f..%2fetc", "%ff%fe", "x" * 500]
PATH_TRICKS = [
    "/fr/%00/",
    "/fr/%ff%fe/",
    "/fr/..%2f..%2fetc%2fpasswd/",
    "/fr/%2e%2e/%2e%2e/",
    "/fr//double//slashes/",
    "/fr/" + "a" * 3000 + "/",
    "/xx/",
    "/fr/a-propos/%3Cscript%3E/",
    "/%3Cscript%3Ealert(1)%3C/script%3E/",
    "/sitemap-%00.xml",
    "/sitemap-..%2f.xml",
    "/documents/0/x.pdf",
    "/documents/99999999/%00.pdf",
]


class Recorder:
    """Sends requests and records every 500, unhandled exception and reflected markup.

    A request identical to one already sent (method, path, data, query string) is answered from
    the first one: routes without a parameter, and forms found on many pages (the header's search),
    come up once per hostile value, and asking them the same thing again would check nothing new.
    """

    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.problems = []
        self._exception = None
        self._sent = {}
        got_request_exception.connect(self._on_exception)

    def _on_exception(self, sender, request=None, **kwargs):
        import sys

        self._exception = repr(sys.exc_info()[1])

    def send(self, method, path, data=None, **extra):
        request = (method, path, repr(data), repr(sorted(extra.items())))
        if request in self._sent:
            return self._sent[request]
        self._exception = None
        response = self._sent[request] = getattr(self.client, method)(path, data, **extra)
        label = f"{method.upper()} {path} {str(data)[:80] if data else ''} {extra.get('QUERY_STRING', '')}".strip()
        if response.status_code >= 500 or self._exception:
            self.problems.append(f"{label}: {response.status_code} {self._exception or ''}")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        for marker in REFLECTED:
            if marker in body:
                self.problems.append(f"{label}: reflects {marker!r}")
        return response

    def close(self):
        got_request_exception.disconnect(self._on_exception)


@pytest.fixture
def recorder():
    recorder = Recorder()
    yield recorder
    recorder.close()


@pytest.fixture
def pages(client):
    """One page per page type, in French: the code that parses input is the same in every language."""
    found = sitemap_pages(client)
    assert len(found) >= 10  # at least a home page and an about page in five languages
    return [path for path in found if path.startswith("/fr/")]


def french_routes(**values):
    return [path for path in route_paths(**values) if not path.startswith(("/de/", "/lb/", "/en/", "/pt/"))]


def test_hostile_query_strings_on_every_page_and_route(recorder, pages):
    for path in pages + french_routes():
        for value in VALUES:
            recorder.send("get", path, {"q": value, "page": value, "id": value, "lang": value})
        for raw in RAW_QUERIES:
            recorder.send("get", path, QUERY_STRING=raw)
    assert not recorder.problems, "\n".join(recorder.problems)


def test_hostile_values_in_url_parameters(recorder, pages):
    for value in PATH_PARAMETER_VALUES:
        for path in french_routes(**{"int": value, "slug": value, "str": value, "path": value, "uuid": value}):
            recorder.send("get", path)
        for path in routable_subpaths(pages, value):
            recorder.send("get", path)
            for raw in RAW_QUERIES:
                recorder.send("get", path, QUERY_STRING=raw)
            recorder.send("get", path, {"path": SCRIPT})
    assert not recorder.problems, "\n".join(recorder.problems)


def test_path_tricks(recorder):
    for path in PATH_TRICKS:
        response = recorder.send("get", path)
        assert response.status_code in {200, 301, 302, 400, 404}, f"{path}: {response.status_code}"
    assert not recorder.problems, "\n".join(recorder.problems)


def test_unexpected_methods_on_every_page(recorder, pages):
    for path in pages + french_routes():
        for method in ("post", "put", "patch", "delete", "options"):
            recorder.send(method, path, {"q": SCRIPT})
    assert not recorder.problems, "\n".join(recorder.problems)


def test_hostile_values_in_every_form_field(recorder, client, pages):
    forms = []
    for path in pages + french_routes():
        response = client.get(path)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            forms += forms_on(path, response.content.decode())
    for form in forms:
        for name in form.fields:
            for value in VALUES:
                recorder.send(form.method, form.action, {**form.fields, name: value})
        recorder.send(form.method, form.action, {name: ["1", SCRIPT] for name in form.fields})  # lists
    assert not recorder.problems, "\n".join(recorder.problems)


FILE_TRICKS = [
    "/media/images/../{doc}",
    "/media/images/%2e%2e/{doc}",
    "/media/images/%252e%252e/{doc}",
    "/media/images/..%2f{doc}",
    "/media/images/..%5c{doc}",
    "/media/images/..\\{doc}",
    "/media/%2e%2e/{doc}",
    "/media/{doc}",
    "/media/{doc}%00.png",
    "/media/images/%00",
    "/media/images/",
    "/media/../vigilant/settings/base.py",
    "/media/images/../../manage.py",
    "/documents/{id}/../../media/{doc}",
    "/documents/{id}/%2e%2e/%2e%2e/{doc}",
    "/documents/{id}/..%5c..%5cmanage.py",
    "/documents/%2e%2e/{id}/x.pdf",
]


def test_path_tricks_on_media_and_documents_never_leak_a_file(recorder):
    """Only Wagtail's document view serves documents (privacy, counts); /media/ only image renditions."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Private notes", file=ContentFile(b"%PDF-1.4 vigilant-private-bytes", name="hostile-test-notes.pdf")
    )
    for template in FILE_TRICKS:
        path = template.format(doc=document.file.name, id=document.pk)
        response = recorder.send("get", path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"vigilant-private-bytes" not in body, path
        assert response.status_code in {301, 302, 400, 404}, f"{path}: {response.status_code}"
    document.file.delete(save=False)
    assert not recorder.problems, "\n".join(recorder.problems)


HOSTS = [
    "evil.example",
    "testserver:1",
    "testserver:99999",
    "testserver.",
    "TESTSERVER",
    "127.0.0.1:8000",
    "[::1]:80",
    "bad_host..name!",
    "a" * 300,
    "testserver\r\nX-Injected: 1",
    "testserver@evil.example",
]


@override_settings(ALLOWED_HOSTS=["testserver", "localhost", "127.0.0.1"])  # as production lists its hosts
def test_host_header_variants(recorder, pages):
    for host in HOSTS:
        for path in [*pages[:3], "/sitemap.xml", "/robots.txt", "/fr/page-qui-n-existe-pas/"]:
            response = recorder.send("get", path, HTTP_HOST=host)
            assert "X-Injected" not in response
            body = b"".join(response.streaming_content) if response.streaming else response.content
            assert b"//evil.example" not in body, (host, path)
    assert not recorder.problems, "\n".join(recorder.problems)


FORGED = {
    "HTTP_X_FORWARDED_FOR": ["127.0.0.1", "10.0.0.1, 127.0.0.1", "not-an-address", "<script>", "::1" * 200],
    "HTTP_X_FORWARDED_PROTO": ["https", "https, http", "javascript"],
    "HTTP_X_FORWARDED_HOST": ["evil.example"],
    "HTTP_FORWARDED": ["for=127.0.0.1;proto=https;host=evil.example"],
    "HTTP_X_REAL_IP": ["127.0.0.1"],
}


def test_forged_proxy_headers_change_nothing(recorder, pages):
    for header, values in FORGED.items():
        for value in values:
            for path in [*pages[:3], "/fr/search/", "/robots.txt"]:
                response = recorder.send("get", path, REMOTE_ADDR="203.0.113.5", **{header: value})
                assert response.status_code in {200, 302, 404}, (header, value, path, response.status_code)
                body = b"".join(response.streaming_content) if response.streaming else response.content
                assert b"evil.example" not in body, (header, value, path)
    assert not recorder.problems, "\n".join(recorder.problems)
