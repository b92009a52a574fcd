"""Page basics: a meta description on every page, a favicon and a web app manifest, a compact header
whose menus work without JavaScript, and no inline style or script anywhere."""

import html
import json
import re

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Locale

from core.models import StandardPage
from tests.quality.targets import sitemap_pages

pytestmark = pytest.mark.django_db

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')


def description(client, path):
    found = DESCRIPTION.findall(client.get(path).content.decode())
    assert len(found) == 1, f"{path}: {len(found)} meta descriptions"
    return html.unescape(found[0])


def test_every_page_type_has_a_meta_description(client):
    for path in sitemap_pages(client):
        assert len(description(client, path)) > 20, path
    assert description(client, "/lb/search/")  # routes without a page get the site's


def test_the_description_comes_from_the_search_description_then_the_introduction(client):
    about = StandardPage.objects.get(slug="a-propos", locale=Locale.get_default())
    assert description(client, "/fr/a-propos/") == about.intro
    about.search_description = "Qui fait Vigilant, et pourquoi."
    about.save_revision().publish()
    assert description(client, "/fr/a-propos/") == "Qui fait Vigilant, et pourquoi."


def test_a_long_introduction_is_cut_to_a_search_snippet(client):
    about = StandardPage.objects.get(slug="a-propos", locale=Locale.get_default())
    about.intro = "Un mot " * 100
    about.save_revision().publish()
    text = description(client, "/fr/a-propos/")
    assert len(text) <= 160 and text.endswith("…")


def test_every_page_names_a_favicon_and_a_manifest_that_exist(client):
    html = client.get("/pt/").content.decode()
    icon = re.search(r'<link rel="icon" href="/static/([^"]+)" type="image/svg\+xml">', html)
    assert icon and finders.find(icon.group(1))
    manifest = client.get(re.search(r'<link rel="manifest" href="([^"]+)">', html).group(1))
    assert manifest.status_code == 200
    assert manifest["Content-Type"] == "application/manifest+json"
    data = json.loads(manifest.content)
    assert data["name"] == "Vigilant"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for entry in data["icons"]:
        assert finders.find(entry["src"].removeprefix("/static/")), entry


def test_favicon_ico_leads_to_the_icon_instead_of_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert finders.find(response["Location"].removeprefix("/static/"))


def test_search_language_and_menu_are_disclosures_that_work_without_javascript(client):
    html = client.get("/de/").content.decode()
    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    disclosures = re.findall(r'<details class="header-menu header-menu--(\w+)" name="site-header">', header)
    assert disclosures == ["search", "language", "nav"]
    search = header.split("header-menu--search", 1)[1].split("</details>", 1)[0]
    assert '<span class="header-menu__label">Suchen</span>' in search  # the icon button's name
    assert 'action="/de/search/"' in search
    language = header.split("header-menu--language", 1)[1].split("</details>", 1)[0]
    assert language.count('lang="') >= 5  # every language, each in its own language
    menu = header.split("header-menu--nav", 1)[1].split("</details>", 1)[0]
    wide_nav = header.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="(/de/[^"]*)"', menu)
    assert len(links) >= 5 and links == re.findall(r'href="(/de/[^"]*)"', wide_nav)


def test_the_quick_exit_comes_before_the_header(client):
    html = client.get("/fr/").content.decode()
    assert html.index("quick-exit__button") < html.index('<header class="site-header">')


def test_no_page_has_inline_style_or_script(client):
    for path in sitemap_pages(client):
        html = client.get(path).content.decode()
        assert not re.search(r"\sstyle=", html), f"{path} has an inline style attribute"
        assert "<style" not in html, path
        assert not re.search(r"<script(?![^>]*\ssrc=)", html), f"{path} has an inline script"
