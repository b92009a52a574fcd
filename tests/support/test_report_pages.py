"""The report page, the 'before you leave' page of each channel, and bad channel addresses."""

import re

import pytest
from django.utils.html import escape

from support.models import ReportingChannel, ReportPage
from tests.factories import demo_files, translated

# The demo's channels in the order readers see them.
CHANNELS = sorted(demo_files("support/channels"), key=lambda f: (f.data.get("sort_order", 0), f.data["name"]))

pytestmark = pytest.mark.django_db

REPORT_URLS = {
    "fr": "/fr/signaler/",
    "de": "/de/melden/",
    "lb": "/lb/mellen/",
    "en": "/en/report/",
    "pt": "/pt/denunciar/",
}


@pytest.mark.parametrize(("language", "url"), REPORT_URLS.items())
def test_report_page_has_one_prominent_button_per_channel_in_every_language(client, language, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    buttons = re.findall(r'<a class="button report-button" href="([^"]+)">([^<]+)</a>', html)
    assert [href for href, _name in buttons] == [f"{url}{channel.data['slug']}/" for channel in CHANNELS]
    assert [name for _href, name in buttons] == [
        escape(translated(channel.name, channel.data["name"], language)) for channel in CHANNELS
    ]


def test_report_page_buttons_never_lead_straight_to_an_outside_form(client):
    html = client.get("/fr/signaler/").content.decode()
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    assert "childprotection.lu" not in main
    assert "stopline.bee-secure.lu" not in main


def test_where_do_i_report_chooser_routes_topics_to_their_channel(client):
    html = client.get("/en/report/").content.decode()
    chooser = html.split('id="report-chooser-heading"', 1)[1].split("</section>", 1)[0]
    assert "Where do I report this?" in html
    rows = dict(re.findall(r"<dt>([^<]+)</dt>\s*<dd>(.*?)</dd>", chooser, re.S))
    assert "/en/report/grooming/" in rows["Grooming"]
    assert "/en/report/stopline/" in rows["Child sexual abuse images"]
    assert "/en/report/stopline/" in rows["Sextortion"]


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda channel: channel.data["slug"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_leaving_page_explains_the_channel_in_the_readers_language(client, channel, language):
    spec = channel.data
    response = client.get(f"{REPORT_URLS[language]}{spec['slug']}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    for field in ("name", "recipient", "after_sending", "what_happens_next", "not_handled"):
        assert escape(translated(channel.name, spec[field], language)) in html, field
    first_question = translated(channel.name, spec["questions"][0]["question"]["question"], language)
    assert escape(first_question) in html
    # The only way out to the form: a plain link that shares neither window nor referrer.
    outside = re.findall(r'<a [^>]*href="(https?://[^"]+)"[^>]*>', html)
    form_links = [link for link in re.findall(r"<a [^>]*>", html) if spec["form_url"] in link]
    assert spec["form_url"] in outside
    assert form_links and all('rel="noopener noreferrer"' in link for link in form_links)
    assert 'name="robots" content="noindex"' in html


def test_grooming_leaving_page_in_french_says_identity_and_false_accusation_are_required(client):
    html = client.get("/fr/signaler/grooming/").content.decode()
    assert "Non. Ce formulaire n'accepte pas les signalements anonymes." in html
    assert "Qui tu es : tu donnes ton nom et comment te joindre." in html
    assert "accuser quelqu'un à tort exprès peut être puni par la loi" in html
    assert "Avant de partir : Police : grooming" in html


def test_stopline_leaving_page_in_german_says_anonymous_and_asks_no_confirmation(client):
    html = client.get("/de/melden/stopline/").content.decode()
    assert "Ja. Du musst deinen Namen nicht angeben." in html
    assert "Was du bestätigen musst" not in html
    assert "Melde nur die Adresse." in html  # never forward the images
    assert "stopline.bee-secure.lu" in html


def test_leaving_page_in_luxembourgish_links_back_and_to_help(client):
    html = client.get("/lb/mellen/tourisme-sexuel/").content.decode()
    assert 'href="/lb/mellen/"' in html
    assert 'href="/lb/hellef-fannen/"' in html
    assert "Ier s du gees: Police: Sextourismus mat Kanner" in html


def test_leaving_page_sets_no_cookie(client):
    response = client.get("/en/report/stopline/")
    assert response.status_code == 200
    assert not response.cookies


@pytest.mark.parametrize(
    "path",
    [
        "pas-un-canal/",
        "STOPLINE/",
        "stopline%00/",
        "%00/",
        "x" * 3000 + "/",
        "st%C3%B6pline/",
        "grooming/extra/",
        "../../admin/",
    ],
)
def test_unknown_or_tampered_channel_gives_a_clean_404_in_the_readers_language(client, path):
    response = client.get(f"/fr/signaler/{path}")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page introuvable</h1>" in html
    assert '<html lang="fr">' in html


def test_unknown_channel_404_speaks_german_on_german_pages(client):
    response = client.get("/de/melden/gibt-es-nicht/")
    assert response.status_code == 404
    assert "<h1>Seite nicht gefunden</h1>" in response.content.decode()


def test_a_channel_without_translation_falls_back_to_french(client):
    ReportingChannel.objects.filter(slug="stopline", locale__language_code="pt").delete()
    response = client.get("/pt/denunciar/stopline/")
    assert response.status_code == 200
    (stopline,) = [channel for channel in CHANNELS if channel.data["slug"] == "stopline"]
    assert escape(stopline.data["recipient"]) in response.content.decode()


def test_report_page_is_in_the_navigation_in_every_language(client):
    for language, url in REPORT_URLS.items():
        html = client.get(f"/{language}/").content.decode()
        nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
        assert f'href="{url}"' in nav, language


def test_one_report_page_per_language():
    assert sorted(ReportPage.objects.live().values_list("locale__language_code", flat=True)) == sorted(REPORT_URLS)
