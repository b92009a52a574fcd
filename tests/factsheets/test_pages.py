import re

import pytest
from django.conf import settings
from django.utils.html import escape

from core.demo.content import loader
from factsheets.models import FactsheetPage

from .helpers import demo_factsheet

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEMO_SLUGS = [
    "sexting",
    "webcam",
    "droit-a-l-image",
    "grooming",
    "sextorsion",
    "images-illegales",
    "pornographie",
    "photo-d-un-camarade",
    "tourisme-sexuel",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_demo_factsheets_render_in_every_language(client, slug, language):
    page = demo_factsheet(slug, language)
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{escape(page.title)}</h1>" in html
    assert escape(page.intro) in html
    assert 'class="factsheet-section factsheet-section--law"' in html or slug == "droit-a-l-image"
    assert 'class="sources"' in html


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("fr", ["Ce que dit la loi", "Âge concerné", "Si ça t'est arrivé", "Ce que tu peux faire"]),
        ("de", ["Was das Gesetz sagt", "Betroffenes Alter", "Wenn es dir passiert ist", "Das kannst du tun"]),
        ("lb", ["Wat d'Gesetz seet", "Wat fir en Alter", "Wann et dir geschitt ass", "Dat kanns du maachen"]),
        ("en", ["What the law says", "Age it concerns", "If it happened to you", "What you can do"]),
        ("pt", ["O que diz a lei", "Idade abrangida", "Se te aconteceu", "O que podes fazer"]),
    ],
)
def test_section_headings_are_in_the_readers_language(client, language, texts):
    html = client.get(demo_factsheet("grooming", language).url).content.decode()
    for text in texts:
        assert text in html


def test_tags_read_in_the_readers_language_and_lead_to_the_filtered_index(client):
    html = client.get(demo_factsheet("grooming", "lb").url).content.decode()
    assert '<a class="tag" href="/lb/infoblieder/?topic=grooming">Cybergrooming</a>' in html
    assert '<a class="tag" href="/lb/infoblieder/?audience=parents">Elteren</a>' in html
    assert '<a class="tag" href="/lb/infoblieder/?age=12-14">12 bis 14 Joer</a>' in html


def test_grooming_factsheet_states_the_law_from_its_sources(client):
    html = client.get(demo_factsheet("grooming", "fr").url).content.decode()
    assert "Enfants de moins de 16 ans" in html
    assert "Code pénal, article 385-2" in html
    assert "251 à 50 000 euros" in html
    assert "75 000 euros" in html


def test_every_demo_factsheet_has_editor_notes_citing_public_sources_and_five_languages():
    factsheet_files = [f for f in loader().files("factsheets") if f.data["type"] == "factsheets.FactsheetPage"]
    assert len(factsheet_files) >= 4
    for page in FactsheetPage.objects.filter(locale__language_code="fr"):
        assert any(name in page.editor_notes for name in ("childprotection.lu", "Lanzarote Committee")), page.slug
        languages = {p.locale.language_code for p in page.get_translations(inclusive=True).live()}
        assert languages == set(LANGUAGES), page.slug


def test_image_rights_factsheet_invents_no_legal_article():
    page = demo_factsheet("droit-a-l-image", "fr")
    assert "image-rights law is not in our sources" in page.editor_notes
    for block in page.body:
        if block.block_type == "what_the_law_says":
            for rule in block.value["rules"]:
                assert any(number in rule["article"] for number in ("383ter", "384")), rule["article"]


def test_demo_loader_is_idempotent():
    from factsheets.demo import load

    before = FactsheetPage.objects.count()
    load()
    assert FactsheetPage.objects.count() == before


def test_illegal_images_factsheet_flags_the_article_contradiction_for_editors(client):
    page = demo_factsheet("images-illegales", "fr")
    assert "383ter" in page.editor_notes and "THE ARTICLE NUMBERS DISAGREE" in page.editor_notes
    html = client.get(page.url).content.decode()
    assert "Code pénal, article 383ter" in html
    assert "Code pénal, article 384" in html


def test_sexting_factsheet_explains_that_minors_are_not_judged_like_adults(client):
    html = client.get(demo_factsheet("sexting", "en").url).content.decode()
    assert "A minor who passes on such an image is not judged like an adult" in html
    assert "youth court" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_sexting_factsheet_opens_with_not_your_fault_and_help_before_any_law(client, language):
    page = demo_factsheet("sexting", language)
    html = client.get(page.url).content.decode()
    article = re.split(r'<article class="[^"]*\bfactsheet\b[^"]*">', html, maxsplit=1)[1]
    first_block = page.body[0]
    assert first_block.block_type == "if_it_happened"
    reassurance = escape(first_block.value["reassurance"])
    assert article.index(reassurance) < article.index("factsheet-section--law")
    assert article.index(reassurance) < article.index("prison" if language in ("fr", "en") else "251")


def test_sexting_factsheet_puts_the_blame_on_whoever_spreads_the_image_not_on_the_sender(client):
    html = client.get(demo_factsheet("sexting", "en").url).content.decode()
    assert "It is not your fault." in html
    assert "you are the victim: the person who spread it is the one responsible" in html
    assert "would I mind if the whole school saw it" not in html


def test_pornography_factsheet_speaks_to_pupils_and_to_parents(client):
    page = demo_factsheet("pornographie", "de")
    assert {entry.slug for entry in page.audiences.all()} == {"pupils", "parents"}
    assert {band.slug for band in page.age_bands.all()} == {"12-14"}
    html = client.get(page.url).content.decode()
    assert "Für Eltern" in html
    assert "Das ist nicht deine Schuld" in html


def test_bystander_guide_says_what_to_do_what_never_to_do_and_how_to_help(client):
    html = client.get(demo_factsheet("photo-d-un-camarade", "en").url).content.decode()
    for heading in ("What to do", "What never to do", "How to help your classmate"):
        assert f"<h2>{heading}</h2>" in html
    assert "Your classmate is a victim" in html


def test_child_sex_tourism_factsheet_offers_its_reporting_channel_and_flags_the_code_for_editors(client):
    page = demo_factsheet("tourisme-sexuel", "pt")
    html = client.get(page.url).content.decode()
    assert "/pt/denunciar/tourisme-sexuel/" in html
    assert "artigo 5.º-1" in html
    assert "THE SOURCES DISAGREE" in demo_factsheet("tourisme-sexuel").editor_notes
