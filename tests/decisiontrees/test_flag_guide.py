"""The flag guide: every walk ends on a flag, worked situations reach theirs, each flag says how to
react and who can help, in five languages and on the printed poster."""

import io
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from pypdf import PdfReader
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.models import Locale

from core.demo.fields import BlockIds, Offline, stream_value
from core.languages import language_codes
from core.models import AudiencePage
from decisiontrees import graph
from decisiontrees.flag_blocks import FlagGuideStepsBlock, SituationsBlock
from decisiontrees.models import FlagGuidePage

from .conftest import question

GUIDE = "guide-des-drapeaux"
GUIDE_FILE = Path(settings.VIGILANT_DEMO_CONTENT_DIR) / "decisiontrees" / f"{GUIDE}.yaml"
DEMO = yaml.safe_load(GUIDE_FILE.read_text(encoding="utf-8"))
SITUATIONS = [block["situation"] for block in DEMO["situations"]]
FLAG_NAMES = {
    "fr": ["Drapeau vert", "Drapeau jaune", "Drapeau rouge", "Drapeau noir"],
    "de": ["Grüne Flagge", "Gelbe Flagge", "Rote Flagge", "Schwarze Flagge"],
    "lb": ["Gréng Fändel", "Gielle Fändel", "Roude Fändel", "Schwaarze Fändel"],
    "en": ["Green flag", "Yellow flag", "Red flag", "Black flag"],
    "pt": ["Bandeira verde", "Bandeira amarela", "Bandeira vermelha", "Bandeira preta"],
}
FLAG_NAME_FR = dict(zip(["green", "yellow", "red", "black"], FLAG_NAMES["fr"], strict=True))


def demo_guide(language="fr") -> FlagGuidePage:
    french = FlagGuidePage.objects.get(slug=GUIDE, locale=Locale.get_default())
    return FlagGuidePage.objects.get(translation_key=french.translation_key, locale__language_code=language)


def flag_outcome(key, flag=None, **related):
    value = {"key": key, "title": f"Issue {key}", "advice": f"<p>Texte {key}</p>", **related}
    if flag:
        value["flag"] = flag
    return {"outcome": value}


def steps_value(steps):
    return stream_value(FlagGuideStepsBlock(), steps, Offline(), BlockIds("test"), "steps")


def situations_value(situations):
    return stream_value(SituationsBlock(), situations, Offline(), BlockIds("test"), "situations")


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def main_of(response):
    return response.content.decode().split('id="main"', 1)[1]


# --- Every walk ends on a flag -----------------------------------------------------------------


def test_graph_check_refuses_a_flag_guide_branch_that_ends_without_a_flag():
    steps = [graph.Step("start", False, ("fine", "unsure")), graph.Step("fine", True, flag="green")]
    steps.append(graph.Step("unsure", True))
    with translation.override("en"):
        problems = graph.tree_problems(steps, flags_required=True)
    assert [(p.code, p.step_key) for p in problems] == [(graph.OUTCOME_WITHOUT_FLAG, "unsure")]
    assert "“unsure”" in problems[0].message
    # The same shape is a sound decision tree: pupils' trees end on advice, not on flags.
    assert graph.tree_problems(steps) == []


def test_editor_sees_the_missing_flag_beside_the_outcome_at_fault():
    block = FlagGuideStepsBlock()
    value = block.to_python(
        steps_value([question("start", ["fine", "unsure"]), flag_outcome("fine", "green"), flag_outcome("unsure")])
    )
    with translation.override("en"), pytest.raises(StreamBlockValidationError) as raised:
        block.clean(value)
    assert list(raised.value.block_errors) == [2]
    assert "no flag" in raised.value.block_errors[2].block_errors["flag"].messages[0]


@pytest.mark.django_db
def test_saving_a_flag_guide_with_an_unflagged_branch_is_refused_and_nothing_is_saved(tools):
    page = FlagGuidePage(
        title="Guide cassé",
        slug="guide-casse",
        steps=steps_value(
            [question("start", ["fine", "unsure"]), flag_outcome("fine", "green"), flag_outcome("unsure")]
        ),
    )
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        tools.add_child(instance=page)
    assert any("“unsure”" in message for message in raised.value.message_dict["steps"])
    assert not FlagGuidePage.objects.filter(slug="guide-casse").exists()


def test_a_black_flag_without_a_reporting_channel_is_refused():
    block = FlagGuideStepsBlock()
    value = block.to_python(
        steps_value([question("start", ["a", "b"]), flag_outcome("a", "green"), flag_outcome("b", "black")])
    )
    with translation.override("en"):
        with pytest.raises(StreamBlockValidationError) as raised:
            block.clean(value)
        errors = raised.value.block_errors[2].block_errors
        assert "reporting channel" in errors["reporting_channels"].messages[0]


# --- Worked situations -------------------------------------------------------------------------


def test_the_demo_has_at_least_eight_situations_for_ages_8_to_18_and_every_flag():
    ages = [situation["age"] for situation in SITUATIONS]
    assert len(SITUATIONS) >= 8
    assert min(ages) == 8 and max(ages) >= 17 and all(8 <= age <= 18 for age in ages)
    assert {situation["flag"] for situation in SITUATIONS} == {"green", "yellow", "red", "black"}


@pytest.mark.django_db
@pytest.mark.parametrize("situation", SITUATIONS, ids=[s["title"] for s in SITUATIONS])
def test_each_worked_situation_walks_to_the_flag_it_names(client, situation):
    guide = demo_guide()
    walk = graph.walk(guide.shape, [int(n) - 1 for n in str(situation["answers"]).split(".")])
    assert not walk.error
    key = guide.step_list[walk.current].value["key"]
    response = client.get(guide.step_url(key, walk.answers))
    assert response.status_code == 200
    heading = text_of(main_of(response).split("<h1", 1)[1].split("</h1>", 1)[0])
    assert FLAG_NAME_FR[situation["flag"]] in heading
    # The walk is shown as the reader's answers, one per question.
    assert main_of(response).count("tree__history-answer") == len(walk.answers)


@pytest.mark.django_db
def test_guide_page_links_each_situation_to_its_walk(client):
    guide = demo_guide()
    html = main_of(client.get(guide.url))
    links = re.findall(r'<a class="situation__walk" href="([^"]+)"', html)
    assert len(links) == len(SITUATIONS)
    for link, situation in zip(links, SITUATIONS, strict=True):
        heading = main_of(client.get(link.replace("&amp;", "&"))).split("</h1>", 1)[0]
        assert FLAG_NAME_FR[situation["flag"]] in text_of(heading)


@pytest.mark.django_db
def test_a_situation_whose_answers_miss_its_flag_is_refused(tools):
    page = FlagGuidePage(
        title="Guide à vérifier",
        slug="guide-a-verifier",
        steps=steps_value([question("start", ["a", "b"]), flag_outcome("a", "green"), flag_outcome("b", "yellow")]),
        situations=situations_value(
            [{"situation": {"title": "Exemple", "age": 10, "story": "Histoire", "answers": "2", "flag": "green"}}]
        ),
    )
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        tools.add_child(instance=page)
    (message,) = raised.value.message_dict["situations"]
    assert "“2”" in message and "“b”" in message
    assert not FlagGuidePage.objects.filter(slug="guide-a-verifier").exists()


# --- How to react, and who can help ------------------------------------------------------------


def _outcome_page(client, guide, key):
    walk_to = {"black": [0], "red": [1, 1, 1], "yellow": [1, 1, 0, 1], "green": [1, 1, 0, 0, 0, 0]}
    response = client.get(guide.step_url(key, walk_to[key]))
    assert response.status_code == 200
    return main_of(response)


@pytest.mark.django_db
def test_black_flag_says_report_and_lists_the_police_and_its_reporting_channels(client):
    html = _outcome_page(client, demo_guide(), "black")
    box = html.split('class="help-and-report"', 1)[1].split("</section>", 1)[0]
    assert "Police grand-ducale, protection de la jeunesse" in box and "12321" in box
    assert "ALUPSE-Dialogue" in box
    # Report buttons lead to each channel's "before you leave" page, not straight to the form.
    report = box.split("report-buttons", 1)[1]
    assert "Police : grooming" in report and "BEE SECURE Stopline" in report
    assert "/signaler/grooming/" in report
    reactions = text_of(html.split('class="reactions"', 1)[1].split("</dl>", 1)[0])
    assert "Signaler" in reactions and "Se faire aider" in reactions


@pytest.mark.django_db
def test_red_flag_lists_advice_services_and_the_stopline(client):
    html = _outcome_page(client, demo_guide(), "red")
    box = html.split('class="help-and-report"', 1)[1].split("</section>", 1)[0]
    assert "ALUPSE-Dialogue" in box and "Office national de l'enfance" in box.replace("&#x27;", "'")
    assert "BEE SECURE Stopline" in box
    assert "Police : grooming" not in box


@pytest.mark.django_db
def test_green_flag_offers_advice_but_no_report_button(client):
    html = _outcome_page(client, demo_guide(), "green")
    box = html.split('class="help-and-report"', 1)[1].split("</section>", 1)[0]
    assert "BEE SECURE Helpline" in box
    assert "report-buttons" not in box


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["green", "yellow", "red", "black"])
def test_a_flag_is_named_in_words_not_by_colour_alone(client, key):
    html = _outcome_page(client, demo_guide(), key)
    badge = re.search(rf'<span class="flag flag--{key}">.*?<span class="flag__name">([^<]+)</span>', html, re.S)
    assert badge and badge.group(1) == FLAG_NAME_FR[key]


@pytest.mark.django_db
def test_a_question_shows_the_criterion_it_checks(client):
    guide = demo_guide("en")
    html = main_of(client.get(guide.step_url("consent", [1, 1])))
    assert "Criterion: Consent" in text_of(html)


# --- Five languages, the tools page, the doors, the poster --------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_the_flag_guide_renders_in_five_languages(client, language):
    guide = demo_guide(language)
    response = client.get(guide.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    text = text_of(main_of(response))
    assert guide.title in text.replace("&#x27;", "'")
    for name in FLAG_NAMES[language]:
        assert name in text
    if language != "fr":
        assert guide.title != demo_guide().title
        assert guide.situations[0].value["title"] != demo_guide().situations[0].value["title"]


@pytest.mark.django_db
def test_tools_page_and_the_parents_and_teachers_doors_list_the_flag_guide(client):
    guide = demo_guide("de")
    assert guide.title in client.get(guide.get_parent().url).content.decode()
    for audience in ("parents", "teachers"):
        door = AudiencePage.objects.get(audience__slug=audience, locale__language_code="de")
        assert guide.url in client.get(door.url).content.decode()
    pupils = AudiencePage.objects.get(audience__slug="pupils", locale__language_code="de")
    assert guide.url not in client.get(pupils.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_poster_prints_flags_in_words_every_step_and_the_situations(client, language):
    guide = demo_guide(language)
    response = client.get(guide.url + "print/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).replace("\x00", "").split())
    assert " ".join(guide.title.split())[:20] in text
    for name in FLAG_NAMES[language]:
        assert name in text
    assert guide.situations[-1].value["title"] in text
    assert "12321" in text  # the black flag's help, printed with its number


@pytest.mark.django_db
def test_editor_opens_and_adds_a_flag_guide_in_the_admin(admin_client):
    guide = demo_guide()
    edit = admin_client.get(f"/admin/pages/{guide.pk}/edit/")
    assert edit.status_code == 200
    assert "decision-tree-diagram" in edit.content.decode()  # the guide at a glance
    add = admin_client.get(f"/admin/pages/add/decisiontrees/flagguidepage/{guide.get_parent().pk}/")
    assert add.status_code == 200
