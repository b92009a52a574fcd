"""The page cache serves anonymous readers fast without ever serving the wrong language, a stale
page after a publish, or anything to someone with a session."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from wagtail.models import Page

from core.languages import language_codes
from core.models import SiteFooter

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield
    cache.clear()


def get(url, **extra):
    return Client().get(url, **extra)


def test_second_anonymous_visit_is_served_from_the_cache():
    first = get("/fr/a-propos/")
    second = get("/fr/a-propos/")
    assert "X-Page-Cache" not in first
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second and "max-age" not in second.get("Cache-Control", "")


def test_each_language_keeps_its_own_page():
    about = Page.objects.get(slug="a-propos", locale__language_code="fr")
    urls = {page.locale.language_code: page.url for page in about.get_translations(inclusive=True).live()}
    assert sorted(urls) == sorted(language_codes())
    for code, url in urls.items():  # the second visit is a hit, and in its own language
        get(url)
        cached = get(url)
        assert cached["X-Page-Cache"] == "hit", url
        assert f'<html lang="{code}">' in cached.content.decode()


def test_the_unprefixed_address_still_follows_the_browser_language():
    german = [get("/", HTTP_ACCEPT_LANGUAGE="de") for _ in range(2)]  # a second visit could be a hit
    portuguese = get("/", HTTP_ACCEPT_LANGUAGE="pt")
    assert [response.url for response in german] == ["/de/", "/de/"]
    assert portuguese.url == "/pt/"
    assert all("X-Page-Cache" not in response for response in [*german, portuguese])


def test_publishing_shows_the_new_version_at_once():
    get("/en/about-vigilant/")
    page = Page.objects.get(url_path__endswith="/about-vigilant/").specific
    page.title = "About Vigilant, revised"
    page.save_revision().publish()
    response = get("/en/about-vigilant/")
    assert "X-Page-Cache" not in response
    assert "About Vigilant, revised" in response.content.decode()


def test_a_draft_save_does_not_empty_the_cache():
    get("/en/about-vigilant/")
    page = Page.objects.get(url_path__endswith="/about-vigilant/").specific
    page.title = "Draft title"
    page.save_revision()
    response = get("/en/about-vigilant/")
    assert response["X-Page-Cache"] == "hit"
    assert "Draft title" not in response.content.decode()


def test_changing_a_snippet_shown_on_pages_empties_the_cache():
    get("/fr/")
    SiteFooter.objects.filter(locale__language_code="fr").first().save()
    assert "X-Page-Cache" not in get("/fr/")


def test_readers_with_a_cookie_never_get_a_cached_page():
    get("/fr/")
    client = Client()
    client.cookies["sessionid"] = "someone"
    assert "X-Page-Cache" not in client.get("/fr/")


def test_signed_in_editors_are_never_served_or_stored(admin_client):
    admin_client.get("/fr/a-propos/")
    assert "X-Page-Cache" not in admin_client.get("/fr/a-propos/")
    assert "X-Page-Cache" not in get("/fr/a-propos/")


def test_a_page_served_from_the_cache_is_not_stored_again():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    get("/fr/a-propos/")
    with CaptureQueriesContext(connection) as hit:
        assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"
    writes = [q["sql"] for q in hit.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes == []


def test_not_found_pages_are_not_stored():
    get("/fr/absent/")
    response = get("/fr/absent/")
    assert response.status_code == 404 and "X-Page-Cache" not in response


def test_a_class_of_live_answers_and_downloads_leave_cached_pages_cached(sexting_quiz_for_cache):
    """300 live answers (10 classes of 30), their joins, counts and 50 downloads: no new generation."""
    from django.urls import reverse
    from wagtail.models import Locale

    from education.models import TeacherGuidePage
    from tests.quizzes.conftest import Pupil, Teacher, right_ids

    get("/fr/a-propos/")
    assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"
    quiz = sexting_quiz_for_cache
    answers = 0
    for _class in range(10):
        teacher = Teacher(quiz)
        pupils = [Pupil() for _ in range(30)]
        for pupil in pupils:
            assert pupil.join(teacher.session).status_code == 302
        teacher.act("start")
        for pupil in pupils:
            assert pupil.answer(teacher.session, 0, right_ids(quiz, 0)).status_code == 302
            answers += 1
        teacher.act("end")  # the class's answers go into the shared counts
    assert answers == 300
    guide = TeacherGuidePage.objects.get(locale=Locale.get_default(), slug="seance-7e")
    document = guide.downloads[0].value["document"]
    for _n in range(50):
        assert Client().get(reverse("education:download", args=[document.pk, document.filename])).status_code == 200
    assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"

    page = Page.objects.get(url_path__endswith="/a-propos/").specific
    page.title = "À propos, revu"
    page.save_revision().publish()
    response = get("/fr/a-propos/")
    assert "X-Page-Cache" not in response and "À propos, revu" in response.content.decode()


@pytest.fixture
def sexting_quiz_for_cache(db):
    from wagtail.models import Locale

    from quizzes.models import QuizPage

    return QuizPage.objects.get(slug="quiz-sexting", locale=Locale.get_default())


def test_an_unknown_query_parameter_makes_no_new_entry():
    get("/fr/a-propos/")
    for n in range(3):
        response = get(f"/fr/a-propos/?utm_source=x{n}")
        assert response.status_code == 200 and "X-Page-Cache" not in response
        assert "X-Page-Cache" not in get(f"/fr/a-propos/?utm_source=x{n}")  # never stored
    assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"  # the canonical page still is
    # A page that declares its filters caches them (the factsheet index's topic filter).
    get("/fr/fiches/?topic=sexting")
    assert get("/fr/fiches/?topic=sexting")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in get("/fr/fiches/?topic=sexting&junk=1")


def test_a_foreign_port_in_the_host_makes_no_new_entry():
    get("/fr/a-propos/", HTTP_HOST="testserver:8123")
    assert "X-Page-Cache" not in get("/fr/a-propos/", HTTP_HOST="testserver:8123")


def test_a_cache_that_is_down_costs_speed_never_correctness(monkeypatch):
    get("/fr/a-propos/")

    class Down:
        def __getattr__(self, name):
            raise ConnectionError("cache down")

    monkeypatch.setattr("core.page_cache.page_cache", lambda: Down())
    monkeypatch.setattr("core.site_chrome.cache", Down())
    response = get("/fr/a-propos/")
    assert response.status_code == 200 and "X-Page-Cache" not in response
    page = Page.objects.get(url_path__endswith="/a-propos/").specific
    page.title = "Publié pendant la panne"
    page.save_revision().publish()  # publishing works while the cache is down...
    monkeypatch.undo()
    response = get("/fr/a-propos/")  # ...and takes effect when it is back
    assert "Publié pendant la panne" in response.content.decode()


def test_a_culled_cache_never_brings_back_a_page_from_before_a_publish():
    from django.db import connection

    if not hasattr(cache, "_table"):
        pytest.skip("culling is what Django's database cache does")
    get("/fr/a-propos/")
    page = Page.objects.get(url_path__endswith="/a-propos/").specific
    page.title = "Après publication"
    page.save_revision().publish()
    get("/fr/a-propos/")
    with connection.cursor() as cursor:  # what a cull does: the lowest third of the keys go
        cursor.execute(f"SELECT cache_key FROM {cache._table} ORDER BY cache_key")  # noqa: S608
        keys = [row[0] for row in cursor.fetchall()]
        assert keys and not any("generation" in key for key in keys)  # the generation is not a cache entry
        for key in keys[: max(1, len(keys) // 3)]:
            cursor.execute(f"DELETE FROM {cache._table} WHERE cache_key = %s", [key])  # noqa: S608
    response = get("/fr/a-propos/")
    assert "Après publication" in response.content.decode()


def _shared_cache_down(monkeypatch):
    class Down:
        def __getattr__(self, name):
            raise ConnectionError("cache down")

    monkeypatch.setattr("core.page_cache.page_cache", lambda: Down())


def test_a_page_this_process_served_from_the_cache_is_served_from_its_memory(monkeypatch):
    first = get("/fr/a-propos/")
    get("/fr/a-propos/")  # read from the shared cache once: this process keeps it
    _shared_cache_down(monkeypatch)
    response = get("/fr/a-propos/")
    assert response["X-Page-Cache"] == "hit"
    assert response.content == first.content


def test_a_publish_in_another_process_is_seen_by_the_very_next_request(monkeypatch):
    from core import content_generation

    get("/en/about-vigilant/")
    assert get("/en/about-vigilant/")["X-Page-Cache"] == "hit"  # now in this process's memory too
    epoch = content_generation._epoch
    page = Page.objects.get(url_path__endswith="/about-vigilant/").specific
    page.title = "About Vigilant, published elsewhere"
    page.save_revision().publish()
    # Another process published: the database's generation moved, nothing in this process did.
    monkeypatch.setattr(content_generation, "_epoch", epoch)
    response = get("/en/about-vigilant/")
    assert "X-Page-Cache" not in response
    assert "About Vigilant, published elsewhere" in response.content.decode()


def in_another_thread(function):
    """``function()`` in a thread of its own, on this test's database connection (as a threaded
    server's threads would see the same database), one thread at a time."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    shared = connections["default"]
    shared.inc_thread_sharing()

    def run():
        connections["default"] = shared
        return function()

    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(run).result()
    finally:
        shared.dec_thread_sharing()


def test_a_publish_is_seen_at_once_by_every_thread_of_a_process():
    def visit():
        response = get("/en/about-vigilant/")
        return response.get("X-Page-Cache"), response.content.decode()

    in_another_thread(visit)
    assert in_another_thread(visit)[0] == "hit"  # kept in this process's memory, for every thread
    assert visit()[0] == "hit"
    page = Page.objects.get(url_path__endswith="/about-vigilant/").specific
    page.title = "About Vigilant, for every thread"
    page.save_revision().publish()
    for served in (in_another_thread(visit), visit()):
        assert "About Vigilant, for every thread" in served[1]


def test_this_process_keeps_a_page_no_longer_than_the_shared_cache_does(monkeypatch):
    import time

    get("/fr/a-propos/")
    assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"
    _shared_cache_down(monkeypatch)
    later = time.time() + 301  # PAGE_CACHE_SECONDS is 300 here
    monkeypatch.setattr("core.page_memo.time.time", lambda: later)
    assert "X-Page-Cache" not in get("/fr/a-propos/")


def test_a_rolled_back_generation_empties_this_process_memory(monkeypatch):
    from core import content_generation

    get("/fr/a-propos/")
    assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"
    content_generation.forget_process_memos()  # what a rolled-back publish does to this process
    _shared_cache_down(monkeypatch)
    assert "X-Page-Cache" not in get("/fr/a-propos/")


def test_a_page_is_a_hit_whatever_language_the_previous_request_was_in():
    get("/fr/a-propos/")
    get("/de/uber-vigilant/")  # leaves German active in this thread
    response = get("/fr/a-propos/")
    assert response["X-Page-Cache"] == "hit"
    assert '<html lang="fr">' in response.content.decode()


def test_a_page_from_the_cache_carries_every_security_header():
    from tests.quality.test_security_headers import assert_policy

    get("/fr/a-propos/")
    shared, memory = get("/fr/a-propos/"), get("/fr/a-propos/")
    for response in (shared, memory):
        assert response["X-Page-Cache"] == "hit"
        assert_policy(response)


def test_an_unknown_query_parameter_is_never_served_from_this_process_memory():
    get("/fr/a-propos/")
    assert get("/fr/a-propos/")["X-Page-Cache"] == "hit"
    response = get("/fr/a-propos/?utm_source=newsletter")
    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert "X-Page-Cache" not in get("/fr/a-propos/?utm_source=newsletter")


def test_correcting_a_source_shows_on_the_next_view_of_the_pages_citing_it():
    from factsheets.models import FactsheetPage

    page = FactsheetPage.objects.filter(locale__language_code="fr", sources__isnull=False).first()
    get(page.url)
    assert get(page.url)["X-Page-Cache"] == "hit"
    source = page.sources.first()
    source.title = "Titre corrigé de la source"
    source.save()
    response = get(page.url)
    assert "X-Page-Cache" not in response
    assert "Titre corrigé de la source" in response.content.decode()
