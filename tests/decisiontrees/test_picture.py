"""The tree as a picture: an SVG drawn on the server, shown in the admin edit view and previews."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from decisiontrees import diagram

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def _svg(html):
    match = re.search(r'<svg [^>]*class="decision-tree-diagram".*?</svg>', html, re.DOTALL)
    assert match, "no SVG picture in the page"
    return ET.fromstring(match.group(0))  # noqa: S314 (our own markup)


def _boxes(svg):
    return [g for g in svg.iter(f"{SVG}g") if "decision-tree-diagram__step" in g.get("class", "").split()]


def test_picture_is_valid_svg_with_one_box_per_step_and_one_arrow_per_answer(posting_tree):
    svg = ET.fromstring(str(posting_tree.diagram_svg()))  # noqa: S314 (our own markup)
    assert svg.tag == f"{SVG}svg"
    keys = [step.value["key"] for step in posting_tree.step_list]
    assert [box.get("data-step") for box in _boxes(svg)] == keys
    answers = sum(len(step.value["answers"]) for step in posting_tree.step_list if step.block_type == "question")
    arrows = [p for p in svg.iter(f"{SVG}path") if p.get("class") == "decision-tree-diagram__arrow"]
    assert len(arrows) == answers
    assert svg.find(f"{SVG}title").text == posting_tree.title


def test_arrows_point_down_to_the_next_row():
    nodes = [
        diagram.Node(1, "start", "Début ?", answers=(("Oui", "end"), ("Non", "middle"))),
        diagram.Node(2, "middle", "Milieu ?", answers=(("A", "end"), ("B", "end"))),
        diagram.Node(3, "end", "Fin", is_outcome=True, tone="go"),
    ]
    svg = ET.fromstring(str(diagram.tree_svg(nodes, title="Test")))  # noqa: S314 (our own markup)
    tops = {box.get("data-step"): float(box.find(f"{SVG}rect").get("y")) for box in _boxes(svg)}
    assert tops["start"] < tops["middle"] < tops["end"]


def test_picture_escapes_editor_text_and_survives_a_broken_draft():
    nodes = [
        diagram.Node(1, "start", "<script>alert(1)</script> & co", answers=(("x", "start"), ("y", "nowhere"))),
        diagram.Node(2, "lost", "Perdu", is_outcome=True, tone="stop"),
    ]
    markup = str(diagram.tree_svg(nodes, title="A <b> title"))
    assert "<script>" not in markup and "<b>" not in markup
    assert len(_boxes(ET.fromstring(markup))) == 2  # noqa: S314 (our own markup)


def test_svg_uses_no_style_attributes_so_public_pages_keep_their_strict_policy(posting_tree):
    assert "style=" not in str(posting_tree.diagram_svg())


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editrice", "editrice@example.invalid", "pw-for-tests-only")
    client.force_login(user)
    return client


def test_admin_edit_view_shows_the_picture(editor_client, privacy_tree):
    response = editor_client.get(f"/admin/pages/{privacy_tree.pk}/edit/")
    assert response.status_code == 200
    boxes = _boxes(_svg(response.content.decode()))
    assert len(boxes) == len(privacy_tree.step_list)


def test_translation_editor_previews_the_picture_in_the_translators_language(editor_client, privacy_tree):
    german = privacy_tree.get_translation(Locale.objects.get(language_code="de"))
    response = editor_client.get(f"/admin/pages/{german.pk}/edit/")
    assert response.status_code == 200
    translation = Translation.objects.get(source__object_id=privacy_tree.translation_key, target_locale=german.locale)
    preview = editor_client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk, "diagram"]))
    assert preview.status_code == 200
    svg = _svg(preview.content.decode())
    assert len(_boxes(svg)) == len(privacy_tree.step_list)
    assert "Ist dein Konto" in ET.tostring(svg, encoding="unicode")  # the question, wrapped over lines


def _edit_form(page, steps):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "steps": streamfield(steps),
            "editor_notes": "",
            "comments": inline_formset([]),
        }
    )


def _question(key, question, answers):
    items = {
        str(index): {"value": {"label": label, "leads_to": target}, "deleted": "", "order": str(index), "id": ""}
        for index, (label, target) in enumerate(answers)
    }
    items["count"] = str(len(answers))
    return ("question", {"key": key, "question": question, "hint": "", "answers": items})


def _outcome(key, title):
    empty = {"count": "0"}
    return (
        "outcome",
        {
            "key": key,
            "title": title,
            "tone": "go",
            "advice": rich_text(f"<p>{title}</p>"),
            "factsheets": empty,
            "help_services": empty,
            "reporting_channels": empty,
        },
    )


def test_admin_refuses_a_broken_tree_and_names_the_step(editor_client, privacy_tree):
    steps = [
        _question("start", "Début ?", [("Oui", "end"), ("Non", "end")]),
        _outcome("end", "Fin"),
        _outcome("orphan", "Personne ne vient ici"),
    ]
    response = editor_client.post(f"/admin/pages/{privacy_tree.pk}/edit/", _edit_form(privacy_tree, steps))
    assert response.status_code == 200  # the form again, with errors
    html = response.content.decode()
    assert "orphan" in html and "jamais" in html
    privacy_tree.refresh_from_db()
    assert [s.value["key"] for s in privacy_tree.steps][0] == "account-public"  # nothing saved


def test_admin_saves_a_sound_tree(editor_client, privacy_tree):
    steps = [_question("start", "Début ?", [("Oui", "end"), ("Non", "end")]), _outcome("end", "Fin")]
    response = editor_client.post(f"/admin/pages/{privacy_tree.pk}/edit/", _edit_form(privacy_tree, steps))
    assert response.status_code == 302
    privacy_tree.refresh_from_db()
    assert [s.value["key"] for s in privacy_tree.get_latest_revision_as_object().steps] == ["start", "end"]
