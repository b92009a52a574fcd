"""The one-page classroom handout of a decision tree, beside the poster."""

import pytest
from django.core.files.storage import default_storage

from core.languages import language_codes
from decisiontrees.models import HANDOUT_PDF_KIND
from tests.pdf_text import flat, pdf_pages

from .conftest import POSTING, PRIVACY, demo_tree

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", language_codes())
@pytest.mark.parametrize("slug", [POSTING, PRIVACY])
def test_the_handout_is_one_page_with_the_tree_and_where_it_leads(client, language, slug):
    tree = demo_tree(slug, language)
    response = client.get(tree.url + "handout/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pages = pdf_pages(response)
    assert len(pages) == 1, "one sheet per pupil"
    text = pages[0]
    assert flat(tree.title) in text
    outcomes = [step.value["title"] for step in tree.step_list if step.block_type == "outcome"]
    for title in outcomes:
        assert flat(title) in text
    assert "116 111" in text


def test_the_handout_is_kept_per_revision_and_language(client):
    tree = demo_tree(POSTING, "de")
    client.get(tree.url + "handout/")
    _folders, files = default_storage.listdir(f"pdfs/{HANDOUT_PDF_KIND}")
    assert f"{tree.pk}-de-{tree.live_revision_id}.pdf" in files


def test_the_tree_page_offers_the_handout_and_the_poster(client):
    tree = demo_tree(POSTING, "en")
    html = client.get(tree.url).content.decode()
    assert f'href="{tree.url}handout/"' in html
    assert f'href="{tree.url}print/"' in html
