import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail import blocks
from wagtail.images.models import Image

from factsheets.blocks import FactsheetStreamBlock, RelatedLinkBlock

pytestmark = pytest.mark.django_db

FACTSHEET_BLOCKS = FactsheetStreamBlock().child_blocks


def _image():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "#1d4f91").save(buffer, "PNG")
    return Image.objects.create(title="Écran", file=ImageFile(buffer, name="ecran.png"))


@pytest.mark.parametrize("name", [name for name, block in FACTSHEET_BLOCKS.items() if name != "image"])
def test_every_block_renders_its_preview_value(name):
    block = FACTSHEET_BLOCKS[name]
    value = block.get_preview_value()
    html = block.render(value)
    assert html.strip(), f"{name} rendered nothing"
    assert block.meta.template, f"{name} has no template"
    assert block.meta.description and block.meta.icon


def test_image_block_renders_with_its_text_alternative():
    block = FACTSHEET_BLOCKS["image"]
    value = block.to_python({"image": _image().pk, "alt_text": "Un écran de téléphone", "decorative": False})
    html = block.render(value)
    assert 'alt="Un écran de téléphone"' in html


def test_image_block_refuses_an_image_without_text_alternative():
    block = FACTSHEET_BLOCKS["image"]
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"image": _image().pk, "alt_text": " ", "decorative": False}))


def test_law_block_shows_rule_age_article_and_penalty_as_separate_parts():
    block = FACTSHEET_BLOCKS["what_the_law_says"]
    html = block.render(block.get_preview_value())
    assert "<dt>Âge concerné</dt><dd>Enfants de moins de 16 ans</dd>" in html
    assert "<dd>Code pénal, art. 385-2</dd>" in html
    assert "251 à 50 000 euros" in html


def test_default_headings_follow_the_readers_language():
    from django.utils import translation

    block = FACTSHEET_BLOCKS["if_it_happened"]
    with translation.override("de"):
        assert "Wenn es dir passiert ist" in block.render(block.get_preview_value())
    with translation.override("en"):
        assert "If it happened to you" in block.render(block.get_preview_value())


def test_related_link_needs_a_page_or_an_address_but_not_both(home_fr):
    block = RelatedLinkBlock()
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "title": "", "description": ""}))
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"page": home_fr.pk, "url": "https://example.org/", "title": "x"}))
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "https://example.org/", "title": ""}))
    assert block.clean(block.to_python({"page": home_fr.pk, "url": "", "title": ""}))["page"].pk == home_fr.pk


def test_related_page_link_leads_to_the_readers_translation(client):
    from factsheets.models import FactsheetPage

    html = client.get("/de/infoblatter/cybergrooming/").content.decode()
    webcam_de = FactsheetPage.objects.get(slug="webcam", locale__language_code="fr").get_translation(
        FactsheetPage.objects.get(slug="cybergrooming", locale__language_code="de").locale
    )
    assert f'href="{webcam_de.url}"' in html
    assert f">{webcam_de.title}</a>" in html
