"""Pupils walk a tree one question per screen, through plain links, with nothing stored."""

import re
from html import unescape

import pytest
from wagtail.models import Locale

from core.demo.content import loader
from core.demo.translation import translate_everywhere
from core.languages import translation_codes
from support.models import HelpService, ReportingChannel

from .conftest import POSTING, PRIVACY, build_tree, demo_tree, marked, outcome, question, tree_data

pytestmark = pytest.mark.django_db

ANSWER_LINK = re.compile(r'<a class="button tree__answer" href="([^"]+)"[^>]*>([^<]+)</a>')


def _outcome_count(slug):
    """How many walks the demo tree's content file allows (one per path to an outcome)."""
    steps = {}
    for step in loader().data_file(f"decisiontrees/{slug}.yaml").data["steps"]:
        ((kind, value),) = step.items()
        steps[value["key"]] = (kind, [answer["leads_to"] for answer in value.get("answers", [])])
    first = next(iter(steps))

    def count(key):
        kind, targets = steps[key]
        return 1 if kind == "outcome" else sum(count(target) for target in targets)

    return count(first)


def _walk_every_path(client, url, answered=()):
    """Follow every answer link from ``url``; returns the outcome pages reached, with the answers given."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert not response.cookies, "a pupil's walk must not set cookies"
    html = response.content.decode()
    links = ANSWER_LINK.findall(html)
    if not links:
        return [(url, answered, html)]
    assert 'class="tree-outcome' not in html
    assert html.count('<h1 class="tree__question"') == 1  # one question per screen
    reached = []
    for href, label in links:
        reached.extend(_walk_every_path(client, unescape(href), (*answered, unescape(label))))
    return reached


@pytest.mark.parametrize("slug", [POSTING, PRIVACY])
@pytest.mark.parametrize("language", ["fr", "de", "lb"])
def test_every_path_of_the_demo_trees_ends_on_an_outcome_without_javascript(client, slug, language):
    tree = demo_tree(slug, language)
    start = client.get(tree.url)
    assert start.status_code == 200
    start_url = unescape(re.search(r'<a class="button tree__start" href="([^"]+)"', start.content.decode()).group(1))
    outcomes = _walk_every_path(client, start_url)
    assert len(outcomes) == _outcome_count(slug)
    for url, answered, html in outcomes:
        assert f'<html lang="{language}">' in html
        assert 'class="tree-outcome' in html
        for answer in answered:  # the path taken is shown
            assert unescape(html).count(answer) >= 1
        assert f'href="{tree.url}"' in html  # start again
        assert "?path=" in url


def test_outcome_says_what_the_pupil_answered_in_their_language(client):
    tree = demo_tree(POSTING, "en")
    html = client.get(tree.url + "step/ask-first/?path=1.1.2").content.decode()
    assert "Ask them first" in html
    assert "You answered: No, not yet" in unescape(html)
    assert "Start again" in html


def test_back_link_leads_to_the_previous_question_with_the_shorter_path(client, posting_tree):
    html = client.get(posting_tree.url + "step/asked-them/?path=1.1").content.decode()
    assert f'href="{posting_tree.url}step/others-in-it/?path=1"' in html


def test_each_step_is_shareable_the_same_address_shows_the_same_step(client, posting_tree):
    url = posting_tree.url + "step/who-sees/?path=1.2"
    assert client.get(url).content == client.get(url).content


@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("step/no-such-step/", 404),
        ("step/no-such-step/?path=1", 404),
        ("step/ask-first/?path=1.1.9", 400),  # an answer the question does not have
        ("step/ask-first/?path=1.1", 400),  # a real walk, but it leads elsewhere
        ("step/ask-first/", 400),  # not the first step, and no path
        ("step/ask-first/?path=2.1", 400),  # walks past an outcome
        ("step/ask-first/?path=one.two", 400),
        ("step/ask-first/?path=1..2", 400),
        ("step/ask-first/?path=0", 400),
        ("step/ask-first/?path=-1", 400),
        ("step/ask-first/?path=%00", 400),
        ("step/ask-first/?path=" + "1." * 300 + "1", 400),
        ("step/ask-first/?path=99999999999999999999", 400),
        ("step/ask-first/?path=%D9%A1", 400),  # an Arabic-Indic digit one
    ],
)
def test_tampered_or_stale_address_gives_a_clear_page_with_a_way_back(client, address, status):
    tree = demo_tree(POSTING, "de")
    response = client.get(tree.url + address)
    assert response.status_code == status
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "Dieser Link funktioniert nicht" in html
    assert f'href="{tree.url}"' in html


def test_tree_page_introduces_the_tree_and_links_the_poster(client, privacy_tree):
    html = client.get(privacy_tree.url).content.decode()
    assert privacy_tree.intro.replace("'", "&#x27;") in html
    assert f'href="{privacy_tree.url}step/account-public/"' in html
    assert f'href="{privacy_tree.url}print/"' in html


def test_tools_page_lists_both_trees_and_is_in_the_navigation(client, tools):
    html = client.get("/fr/").content.decode()
    assert f'href="{tools.url}"' in html
    listing = client.get(tools.url).content.decode()
    for slug in (POSTING, PRIVACY):
        assert demo_tree(slug).url in listing


def test_outcome_links_related_material_in_the_readers_language(client, tools, django_capture_on_commit_callbacks):
    service = HelpService.objects.create(locale=Locale.get_default(), name="Ligne d'écoute test", slug="ecoute-test")
    # Made directly: translating a HelpService with wagtail-localize fails on its plain many-to-many field.
    HelpService.objects.create(
        locale=Locale.objects.get(language_code="en"),
        translation_key=service.translation_key,
        name="Test listening line",
        slug="ecoute-test",
    )
    channel = ReportingChannel.objects.create(
        locale=Locale.get_default(), name="Signaler test", slug="signaler-test", form_url="https://example.lu/form"
    )

    steps = [
        question("start", ["end", "end"]),
        outcome("end", help_services=[service.slug], reporting_channels=[channel.slug]),
    ]
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes translations on commit
        linked = build_tree(tools, tree_data(*steps, slug="arbre-lie"))
        translate_everywhere(linked, {language: marked(language) for language in translation_codes()})
    english = linked.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(english.url + "step/end/?path=2").content.decode()
    box = html.split('class="help-and-report"', 1)[1].split("</section>", 1)[0]
    assert "Test listening line" in box
    # The channel's button leads to its "before you leave" page, and that page on to the form.
    leaving = re.search(r'class="button report-button" href="([^"]+/signaler-test/)"', box)
    assert leaving, "no report button for the outcome's channel"
    assert 'href="https://example.lu/form"' in client.get(leaving.group(1)).content.decode()
    assert "You answered: Réponse 1 de start [en]" in html
    german = linked.get_translation(Locale.objects.get(language_code="de"))
    html = client.get(german.url + "step/end/?path=1").content.decode()
    assert "Ligne d&#x27;écoute test" in html  # no German entry yet: the French one stands in


def test_steps_work_with_links_alone_and_load_the_enhancement_from_a_static_file(client, posting_tree):
    html = client.get(posting_tree.url + "step/family-sees/").content.decode()
    assert re.search(r'<script src="/static/decisiontrees/decisiontrees\.js" defer></script>', html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "no inline script under the strict policy"
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    assert "<form" not in main  # answers are plain links: nothing is posted, no CSRF cookie
    assert 'method="post"' not in html.lower()
