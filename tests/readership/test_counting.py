"""Page views are counted per page, language and day on the server, keep nothing about the reader,
leave out robots, previews and signed-in editors, include pages served from the page cache and
French pages served at a fallback address, and reach the daily table only through the sweep."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page

from core.counters import counters
from core.models import Counter, StandardPage
from readership.counting import KEY_PREFIX, push_pending, store_daily_counts
from readership.models import DailyPageViews
from tests.readership.conftest import BROWSER

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture
def about():
    """The "About" page in French and its German translation."""
    french = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    return french, french.get_translation(Locale.objects.get(language_code="de"))


@pytest.fixture
def about_de_url(about):
    return about[1].url


def views_in_table():
    return {(row.page_id, row.language_code, row.at_fallback): row.views for row in DailyPageViews.objects.all()}


def test_a_readers_view_is_counted_for_the_page_its_language_and_the_day(reader, about, about_de_url):
    french, german = about
    assert reader.get(about_de_url).status_code == 200
    reader.get(about_de_url)
    reader.get(french.url)
    assert store_daily_counts() == 3
    rows = DailyPageViews.objects.all()
    assert {(row.day, row.page_id, row.language_code, row.at_fallback, row.views) for row in rows} == {
        (timezone.localdate(), german.pk, "de", False, 2),
        (timezone.localdate(), french.pk, "fr", False, 1),
    }


def test_counting_keeps_no_address_browser_or_cookie(about, about_de_url):
    marker_ua = BROWSER + " MarkerBrowser/9.9"
    client = Client(HTTP_USER_AGENT=marker_ua, REMOTE_ADDR="198.51.100.77")
    client.cookies["preferences"] = "cookie-marker-4242"
    response = client.get(about_de_url, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert response.status_code == 200
    assert not response.cookies  # counting sets no cookie
    with override_settings(READERSHIP_PUSH_SECONDS=0):
        push_pending(force=False)
    stored_keys = list(Counter.objects.filter(key__startswith=KEY_PREFIX).values_list("key", flat=True))
    assert len(stored_keys) == 1
    for key in stored_keys:
        assert key == f"{KEY_PREFIX}{timezone.localdate().isoformat()}:{about[1].pk}:de:0"
    store_daily_counts()
    assert {field.name for field in DailyPageViews._meta.get_fields()} == {
        "id",
        "day",
        "page",
        "language_code",
        "at_fallback",
        "views",
    }
    stored = " ".join(str(value) for row in DailyPageViews.objects.values_list() for value in row)
    for personal in ("198.51.100", "203.0.113", "MarkerBrowser", "Mozilla", "cookie-marker"):
        assert personal not in stored


@pytest.mark.parametrize(
    "user_agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 Chrome-Lighthouse",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "WhatsApp/2.23.20.0",
    ],
)
def test_known_robots_and_programs_are_not_counted(about_de_url, user_agent):
    assert Client(HTTP_USER_AGENT=user_agent).get(about_de_url).status_code == 200
    assert store_daily_counts() == 0
    assert not DailyPageViews.objects.exists()


def test_signed_in_editors_are_not_counted(admin_client, about_de_url):
    assert admin_client.get(about_de_url, HTTP_USER_AGENT=BROWSER).status_code == 200
    assert store_daily_counts() == 0


def test_editors_previews_are_not_counted(admin_user, about):
    request = RequestFactory().get("/admin/", HTTP_USER_AGENT=BROWSER)
    request.user = admin_user
    response = about[1].specific.make_preview_request(original_request=request)
    assert response.status_code == 200 and "Vigilant" in response.content.decode()
    assert store_daily_counts() == 0


def test_only_pages_a_reader_gets_are_counted(reader, about_de_url):
    assert reader.get("/de/gibt-es-nicht/").status_code == 404
    assert reader.head(about_de_url).status_code == 200
    assert reader.get("/fr/search/?q=sexting").status_code == 200  # a route, not a page
    assert store_daily_counts() == 0


def test_a_page_served_from_the_page_cache_is_still_counted(reader, about, about_de_url):
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        reader.get(about_de_url)
        cached = reader.get(about_de_url)
        also_cached = Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)").get(about_de_url)
    cache.clear()
    assert cached["X-Page-Cache"] == "hit" and also_cached["X-Page-Cache"] == "hit"
    store_daily_counts()
    assert views_in_table() == {(about[1].pk, "de", False): 2}  # the robot's cached copy is not counted


def test_a_view_writes_neither_the_table_nor_the_shared_store_the_sweep_does(reader, about, about_de_url):
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        reader.get(about_de_url)
        with CaptureQueriesContext(connection) as during_view:
            assert reader.get(about_de_url)["X-Page-Cache"] == "hit"
    cache.clear()
    written = [q["sql"] for q in during_view.captured_queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert [sql for sql in written if "vigilant_cache" not in sql] == []  # the cache's own table aside
    assert not DailyPageViews.objects.exists()
    assert not Counter.objects.filter(key__startswith=KEY_PREFIX).exists()  # still in the process's memory
    assert store_daily_counts() == 2
    assert views_in_table() == {(about[1].pk, "de", False): 2}
    assert not Counter.objects.filter(key__startswith=KEY_PREFIX).exists()  # moved, not copied


def test_views_reach_the_shared_counters_after_the_response_when_due(reader, about, about_de_url):
    with override_settings(READERSHIP_PUSH_SECONDS=0):
        reader.get(about_de_url)  # request_finished pushes: the interval is over
    assert counters().get(f"{KEY_PREFIX}{timezone.localdate().isoformat()}:{about[1].pk}:de:0") == 1
    assert not DailyPageViews.objects.exists()
    with override_settings(READERSHIP_PUSH_SECONDS=3600):
        reader.get(about_de_url)  # not due: stays in memory
    assert counters().get(f"{KEY_PREFIX}{timezone.localdate().isoformat()}:{about[1].pk}:de:0") == 1
    assert store_daily_counts() == 2


def test_sweeps_add_up_and_forget_pages_deleted_since(reader, about, about_de_url, make_page):
    reader.get(about_de_url)
    store_daily_counts()
    reader.get(about_de_url)
    doomed = make_page("Page vouée à disparaître")
    reader.get(doomed.url)
    Page.objects.filter(pk=doomed.pk).delete()
    assert store_daily_counts() == 1
    assert views_in_table() == {(about[1].pk, "de", False): 2}


def test_a_french_page_served_at_a_fallback_address_counts_for_the_readers_language(reader, about):
    french, german = about
    german.unpublish()
    response = reader.get("/de/a-propos/")
    assert response.status_code == 200
    assert "Diese Seite ist noch nicht in deine Sprache übersetzt" in response.content.decode()
    reader.get(french.url)
    store_daily_counts()
    assert views_in_table() == {(french.pk, "de", True): 1, (french.pk, "fr", False): 1}


def test_the_scheduler_runs_the_sweep(reader, about_de_url):
    from django.conf import settings

    from core.management.commands.run_scheduler import run_sweeps

    assert "readership.counting.store_daily_counts" in settings.VIGILANT_SWEEPS
    reader.get(about_de_url)
    assert run_sweeps()["readership.counting.store_daily_counts"] == 1


def test_a_stopping_gunicorn_worker_hands_over_what_it_counted(reader, about, about_de_url):
    import runpy
    from pathlib import Path

    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    with override_settings(READERSHIP_PUSH_SECONDS=3600):
        reader.get(about_de_url)
    config["worker_exit"](server=None, worker=None)
    assert counters().get(f"{KEY_PREFIX}{timezone.localdate().isoformat()}:{about[1].pk}:de:0") == 1
