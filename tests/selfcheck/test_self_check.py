"""The school self-check: answers in a signed address, the result with its gaps, the action plan."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.core.files.storage import default_storage
from django.utils import translation

from core.languages import language_codes
from selfcheck.answers import SALT, Answers
from tests.factories import demo_data, demo_page, translated
from tests.pdf_text import flat, pdf_text

pytestmark = pytest.mark.django_db

FILE = "selfcheck/auto-evaluation-ecole.yaml"
SEVENTH_GRADE = 3  # the 4th item: the 7th-grade session, its material the 7th-grade lesson plan
PARENTS = 4  # the 5th item: a parents' evening, its material the ten tips for parents


def _checklist(language="fr"):
    return demo_page("auto-evaluation-ecole", language)


def _questions(language="fr"):
    return [translated(FILE, block["item"]["question"].strip(), language) for block in demo_data(FILE)["checklist"]]


def _answers(page, gaps=(), unsure=()):
    """The form as a head teacher fills it in: every item "yes" except the positions given."""
    data = {}
    for position, (item_id, _value) in enumerate(page.item_list):
        data[f"item-{item_id}"] = "no" if position in gaps else "unsure" if position in unsure else "yes"
    return data


def _result_url(client, page, **answers):
    response = client.get(page.url + "answers/", _answers(page, **answers))
    assert response.status_code == 302
    return response["Location"]


def _state(url):
    return parse_qs(urlsplit(url).query)["state"][0]


def _section(html, heading_id):
    """The HTML of the result's section with that heading id."""
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    return match.group(1) if match else ""


@pytest.mark.parametrize("language", language_codes())
def test_checklist_asks_every_question_with_three_answers_in_each_language(client, language):
    page = _checklist(language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert 6 <= len(page.item_list) <= 8
    for question in _questions(language):
        assert question in html.replace("&#x27;", "'")
    assert html.count('type="radio"') == 3 * len(page.item_list)
    assert '<form method="get"' in html, "answering needs no session, cookie or JavaScript"
    assert "csrfmiddlewaretoken" not in html


def test_answers_travel_in_a_signed_address_and_come_back_on_the_result(client):
    page = _checklist()
    url = _result_url(client, page, gaps=(SEVENTH_GRADE,), unsure=(PARENTS,))
    assert url.startswith(page.url + "result/?state=")
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies, "nothing about the school is kept, not even in a session"
    html = response.content.decode().replace("&#x27;", "'")
    questions = _questions()
    missing, in_place = _section(html, "selfcheck-gaps"), _section(html, "selfcheck-in-place")
    assert questions[SEVENTH_GRADE] in missing and questions[PARENTS] in missing
    assert questions[SEVENTH_GRADE] not in in_place
    assert all(questions[n] in in_place for n in range(len(questions)) if n not in (SEVENTH_GRADE, PARENTS))
    assert "Pas encore en place." in missing
    assert "Vous ne saviez pas : vérifiez avec vos collègues." in missing
    assert "6 sur 8 en place." in html


def test_change_my_answers_opens_the_checklist_filled_in(client):
    page = _checklist()
    url = _result_url(client, page, gaps=(SEVENTH_GRADE,))
    html = client.get(page.url, {"state": _state(url)}).content.decode()
    seventh_id = page.item_list[SEVENTH_GRADE][0]
    assert f'value="no" id="item-{seventh_id}-no" checked' in html
    assert html.count(" checked") == len(page.item_list)


@pytest.mark.parametrize(
    "language,material", [("fr", "guides/seance-7e"), ("de", "guides/seance-7e"), ("pt", "guides/seance-7e")]
)
def test_a_gap_links_to_its_material_in_the_readers_language(client, language, material):
    page = _checklist(language)
    html = client.get(_result_url(client, page, gaps=(SEVENTH_GRADE, PARENTS))).content.decode()
    missing = _section(html, "selfcheck-gaps")
    guide = demo_page(material, language)
    parents_guide = demo_page("guides/dix-conseils-aux-parents", language)
    assert f'href="{guide.url}"' in missing
    assert f'href="{parents_guide.url}"' in missing
    assert guide.url.startswith(f"/{language}/")
    assert "href=" not in _section(html, "selfcheck-in-place"), "what is in place needs no material"


def test_every_demo_item_links_to_live_material(client):
    page = _checklist()
    html = client.get(_result_url(client, page, gaps=tuple(range(len(page.item_list))))).content.decode()
    links = re.findall(r'<p class="selfcheck-result__material">.*?<a href="([^"]+)">', html, re.S)
    assert len(links) == len(page.item_list)
    for link in links:
        assert client.get(link).status_code == 200, link


def test_a_result_opened_in_another_language_keeps_its_answers(client):
    french, german = _checklist("fr"), _checklist("de")
    state = _state(_result_url(client, french, gaps=(SEVENTH_GRADE,)))
    html = client.get(german.url + "result/", {"state": state}).content.decode()
    assert _questions("de")[SEVENTH_GRADE] in _section(html, "selfcheck-gaps")


@pytest.mark.parametrize("where", ["result/", "result/plan/", ""])
def test_a_tampered_state_gets_a_clear_400(client, where):
    page = _checklist()
    state = _state(_result_url(client, page, gaps=(SEVENTH_GRADE,)))
    tampered = [
        state[:-3] + ("AAA" if not state.endswith("AAA") else "BBB"),  # a changed signature
        state[: len(state) // 2],  # a cut address
        "not-a-token",
        "x" * 5000,
        "abc\x00def",
    ]
    for bad in tampered:
        response = client.get(page.url + where, {"state": bad})
        assert response.status_code == 400, bad[:40]
        html = response.content.decode()
        assert "Ce lien ne fonctionne pas" in html
        assert "a été modifiée ou coupée" in html.replace("&#x27;", "'")
        assert f'href="{page.url}"' in html


def test_a_state_signed_for_another_checklist_or_another_purpose_is_refused(client):
    page = _checklist()
    answers = {item_id: "yes" for item_id, _value in page.item_list}
    other_checklist = Answers("00000000-0000-0000-0000-000000000000", answers).token()
    assert client.get(page.url + "result/", {"state": other_checklist}).status_code == 400
    wrong_salt = signing.dumps({"k": page.checklist_key, "a": answers}, salt="quizzes.self-paced", compress=True)
    assert client.get(page.url + "result/", {"state": wrong_salt}).status_code == 400
    good = signing.dumps({"k": page.checklist_key, "a": answers}, salt=SALT, compress=True)
    assert client.get(page.url + "result/", {"state": good}).status_code == 200


def test_a_missing_answer_shows_the_form_again_with_a_400_and_keeps_the_others(client):
    page = _checklist()
    data = _answers(page, gaps=(PARENTS,))
    first_id = page.item_list[0][0]
    del data[f"item-{first_id}"]
    data[f"item-{page.item_list[1][0]}"] = "maybe"  # not one of the answers
    response = client.get(page.url + "answers/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Répondez à toutes les questions" in html
    assert html.count("selfcheck-item--error") == 2
    assert f'aria-describedby="item-{first_id}-error"' in html
    parents_id = page.item_list[PARENTS][0]
    assert f'value="no" id="item-{parents_id}-no" checked' in html, "answers already given are kept"


def test_a_state_from_before_the_checklist_changed_asks_the_new_questions(client):
    page = _checklist()
    partial = {item_id: "yes" for item_id, _value in page.item_list[:-1]}
    response = client.get(page.url + "result/", {"state": Answers(page.checklist_key, partial).token()})
    assert response.status_code == 200
    html = response.content.decode()
    assert "La liste a changé depuis ces réponses." in html
    assert html.count(" checked") == len(page.item_list) - 1


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_the_action_plan_pdf_lists_the_gaps_with_their_material(client, language):
    page = _checklist(language)
    url = _result_url(client, page, gaps=(SEVENTH_GRADE, PARENTS))
    html = client.get(url).content.decode()
    plan_url = re.search(r'href="([^"]*result/plan/[^"]*)"', html).group(1).replace("&amp;", "&")
    response = client.get(plan_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    text = pdf_text(response)
    questions = _questions(language)
    missing_part, _sep, in_place_part = text.partition(flat(_section_heading(language, "What is in place")))
    assert flat(questions[SEVENTH_GRADE]) in missing_part
    assert flat(questions[PARENTS]) in missing_part
    assert flat(questions[0]) in in_place_part and flat(questions[0]) not in missing_part
    guide = demo_page("guides/seance-7e", language)
    assert f"{guide.url}" in text.replace(" ", "")
    assert flat(guide.title) in text


def _section_heading(language, english):
    with translation.override(language):
        return translation.gettext(english)


def test_the_action_plan_is_never_stored(client):
    page = _checklist()
    state = _state(_result_url(client, page, gaps=(SEVENTH_GRADE,)))
    before = _stored_files()
    assert client.get(page.url + "result/plan/", {"state": state}).status_code == 200
    assert _stored_files() == before


def _stored_files():
    try:
        folders, _files = default_storage.listdir("pdfs")
    except FileNotFoundError:
        return set()
    return {(folder, tuple(sorted(default_storage.listdir(f"pdfs/{folder}")[1]))) for folder in folders}


def test_the_self_check_is_offered_on_the_teachers_door(client):
    door = demo_page("enseignants", "de")
    html = client.get(door.url).content.decode()
    assert f'href="{_checklist("de").url}"' in html
