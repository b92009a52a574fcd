"""Each topic has a colour and an illustration; pages wear their first topic's, on screen and on paper."""

import importlib
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.models import Locale

from core import looks
from core.models import Topic
from factsheets.models import FactsheetPage

pytestmark = pytest.mark.django_db

STATIC = Path(__file__).resolve().parents[2] / "site" / "static"
LOOK_RULE = re.compile(r"\.look-([\w-]+) \{ --topic: (#[0-9a-f]{6}); --topic-soft: (#[0-9a-f]{6}); \}")


def _colours(css):
    return {key: (strong, soft) for key, strong, soft in LOOK_RULE.findall(css)}


def _light_and_dark(css):
    light, _, dark = css.partition("@media (prefers-color-scheme: dark)")
    return _colours(light), _colours(dark.split("@media", 1)[0])


def _contrast(first, second):
    """WCAG 2.2 contrast ratio of two #rrggbb colours."""

    def luminance(colour):
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_every_look_has_an_original_illustration_with_its_licence_stated():
    licence = (STATIC / "illustrations" / "LICENSE.md").read_text()
    assert "CC BY 4.0" in licence and "Vigilant project" in licence
    for look in looks.LOOKS.values():
        path = finders.find(look.illustration)
        assert path, f"{look.key}: {look.illustration} is missing"
        svg = Path(path).read_text()
        assert svg.startswith("<svg") and "CC BY 4.0, the Vigilant project" in svg
        assert "<script" not in svg and 'href="http' not in svg  # nothing runs, nothing is fetched


def test_every_look_has_colours_in_light_and_dark_schemes_and_on_paper():
    site_css = (STATIC / "css" / "site.css").read_text()
    light, dark = _light_and_dark(site_css)
    printed = _colours((STATIC / "css" / "print.css").read_text())
    for key in looks.LOOKS:
        assert key in light and key in dark, key
        assert light[key] != dark[key], f"{key}: dark mode needs its own colours"
        assert printed[key] == light[key], f"{key}: print.css must use the same colours as site.css"


def test_text_on_every_looks_colours_keeps_aa_contrast_in_light_and_dark_schemes():
    site_css = (STATIC / "css" / "site.css").read_text()
    light_css, _, dark_css = site_css.partition("@media (prefers-color-scheme: dark)")
    for scheme_css, colours in zip((light_css, dark_css), _light_and_dark(site_css), strict=True):
        ink, paper, canvas = (
            re.search(rf"--{name}: (#[0-9a-f]{{6}});", scheme_css)[1] for name in ("ink", "paper", "canvas")
        )
        for key in looks.LOOKS:
            topic, soft = colours[key]
            # Headings and labels in the topic colour on its tint, on cards and on the page; body
            # text on the tint; numbers in the page colour on the topic colour.
            for text, background in ((topic, soft), (topic, paper), (topic, canvas), (ink, soft), (paper, topic)):
                assert _contrast(text, background) >= 4.5, f"{key}: {text} on {background}"


def test_every_demo_topic_wears_the_look_drawn_for_it():
    for slug, key in looks.DRAWN_FOR.items():
        assert key in looks.LOOKS, key
        assert set(Topic.objects.filter(slug=slug).values_list("look", flat=True)) == {key}, slug


@pytest.mark.parametrize(
    ("path", "key"), [("/fr/fiches/pornographie/", "pornography"), ("/fr/fiches/tourisme-sexuel/", "travel")]
)
def test_the_pornography_and_child_sex_tourism_factsheets_wear_their_own_look(client, path, key):
    html = client.get(path).content.decode()
    assert f"factsheet look-{key}" in html
    assert re.search(rf'<img class="art page-hero__art" src="/static/illustrations/topic-{key}\.svg" alt=""', html)


def test_an_unknown_or_empty_look_falls_back_to_the_default():
    assert looks.look("").key == looks.DEFAULT
    assert looks.look("no-such-look").key == looks.DEFAULT


def test_a_factsheet_wears_its_topics_colour_and_picture(client):
    html = client.get("/fr/fiches/grooming/").content.decode()
    assert 'class="container container--wide factsheet look-grooming"' in html
    assert re.search(r'<img class="art page-hero__art" src="/static/illustrations/topic-grooming\.svg" alt=""', html)


def test_a_page_wears_the_look_of_its_first_topic_in_the_vocabularys_order(client):
    factsheet = FactsheetPage.objects.get(slug="webcam", locale=Locale.get_default())
    privacy, grooming = (Topic.objects.get(slug=slug, locale=Locale.get_default()) for slug in ("privacy", "grooming"))
    assert grooming.sort_order < privacy.sort_order
    factsheet.topics.set([privacy, grooming])
    factsheet.main_topic = None
    factsheet.save_revision().publish()
    assert "factsheet look-grooming" in client.get("/fr/fiches/webcam/").content.decode()


def test_a_new_topic_without_a_look_gets_the_default_one(client):
    topic = Topic.objects.create(locale=Locale.get_default(), slug="pornographie", name="Pornographie", sort_order=0)
    factsheet = FactsheetPage.objects.get(slug="webcam", locale=Locale.get_default())
    factsheet.topics.set([topic])
    factsheet.main_topic = None
    factsheet.save_revision().publish()
    html = client.get("/fr/fiches/webcam/").content.decode()
    assert "factsheet look-default" in html
    assert "/static/illustrations/topic-default.svg" in html


def test_a_page_wears_its_main_topics_look_when_it_has_one(client):
    factsheet = FactsheetPage.objects.get(slug="webcam", locale=Locale.get_default())
    assert factsheet.main_topic.slug == "webcam"  # tagged webcam and grooming; grooming comes first in the list
    assert "factsheet look-webcam" in client.get("/fr/fiches/webcam/").content.decode()
    german = factsheet.get_translation(Locale.objects.get(language_code="de"))
    assert "factsheet look-webcam" in client.get(german.url).content.decode()  # synchronised
    factsheet.main_topic = None
    factsheet.save_revision().publish()
    assert "factsheet look-grooming" in client.get("/fr/fiches/webcam/").content.decode()


def test_an_editor_changing_a_topics_look_changes_every_card_and_page_at_once(client):
    assert "look-webcam" in client.get("/fr/fiches/").content.decode()
    Topic.objects.filter(slug="webcam").update(look="privacy")  # every language: the look is synchronised
    for topic in Topic.objects.filter(slug="webcam"):
        topic.save()  # as the snippet editor does
    index = client.get("/fr/fiches/").content.decode()
    assert "look-webcam" not in index
    assert "/static/illustrations/topic-privacy.svg" in client.get("/fr/fiches/webcam/").content.decode()


def test_the_look_is_the_same_in_every_language():
    for topic in Topic.objects.filter(locale=Locale.get_default()):
        translations = Topic.objects.filter(translation_key=topic.translation_key).exclude(pk=topic.pk)
        assert translations.count() == 4
        assert {t.look for t in translations} == {topic.look}


def test_topics_that_existed_before_looks_get_the_look_drawn_for_them():
    migration = importlib.import_module("core.migrations.0005_topic_look")
    Topic.objects.update(look=looks.DEFAULT)
    migration.give_known_topics_their_look(apps, None)
    assert Topic.objects.get(slug="illegal-images", locale=Locale.get_default()).look == "abuse-images"
    assert set(Topic.objects.filter(slug="sexting").values_list("look", flat=True)) == {"sexting"}


def test_topics_on_the_default_look_get_the_look_later_drawn_for_them_and_editors_choices_stay():
    migration = importlib.import_module("core.migrations.0007_topic_looks_pornography_and_travel")
    Topic.objects.filter(slug="pornography").update(look=looks.DEFAULT)
    Topic.objects.filter(slug="child-sex-tourism").update(look="abuse-images")  # an editor's choice
    migration.give_topics_their_new_look(apps, None)
    assert set(Topic.objects.filter(slug="pornography").values_list("look", flat=True)) == {"pornography"}
    assert set(Topic.objects.filter(slug="child-sex-tourism").values_list("look", flat=True)) == {"abuse-images"}


def test_the_editor_picks_a_look_by_its_picture(admin_client):
    topic = Topic.objects.get(slug="grooming", locale=Locale.get_default())
    html = admin_client.get(f"/admin/snippets/core/topic/edit/{topic.pk}/").content.decode()
    for look in looks.LOOKS.values():
        assert f'value="{look.key}"' in html
        assert f"illustrations/topic-{look.key}.svg" in html


def test_the_factsheet_pdf_shows_the_topics_colour_and_picture():
    factsheet = FactsheetPage.objects.get(slug="grooming", locale=Locale.get_default())
    request = RequestFactory().get(factsheet.url + "pdf/")
    html = render_to_string(
        "factsheets/factsheet_page_print.html",
        {"page": factsheet, "self": factsheet, "request": request, "base_url": "http://testserver/"},
        request=request,
    )
    assert '<header class="print-hero look-grooming">' in html
    assert 'src="http://testserver/static/illustrations/topic-grooming.svg"' in html
    assert 'class="help-box"' not in html  # "who is open now" would be out of date on paper
