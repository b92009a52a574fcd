"""Factsheets read as cards: key facts, the law, and "if it happened to you" beside someone to talk to."""

import re
from datetime import datetime

import pytest

from support.opening_hours import LUXEMBOURG

from .helpers import demo_factsheet

pytestmark = pytest.mark.django_db


def _block(page, block_type):
    return next(block.value for block in page.body if block.block_type == block_type)


def test_key_facts_are_one_card_each(client):
    page = demo_factsheet("sexting", "fr")
    html = client.get(page.url).content.decode()
    cards = html.split('<ul class="key-facts fact-cards">', 1)[1].split("</ul>", 1)[0]
    assert cards.count('<li class="fact-card">') == len(_block(page, "key_facts")["facts"])


def test_each_rule_of_the_law_is_a_card_with_its_details(client):
    page = demo_factsheet("grooming", "de")
    html = client.get(page.url).content.decode()
    rules = _block(page, "what_the_law_says")["rules"]
    assert html.count('<li class="law-rule">') == len(rules)
    assert html.count('<span class="law-rule__badge" aria-hidden="true">§</span>') == len(rules)


def test_if_it_happened_to_you_stands_beside_someone_to_talk_to(client, monkeypatch):
    # A Tuesday afternoon, when helplines answer: at night the box says none is open and names the
    # next one and the ways open day and night instead (tests/support/test_help_now.py).
    moment = datetime(2026, 12, 1, 15, 0, tzinfo=LUXEMBOURG)
    monkeypatch.setattr("support.help_status.now", lambda: moment)
    page = demo_factsheet("sextorsion", "en")
    html = client.get(page.url).content.decode()
    section = html.split("factsheet-section--happened happened", 1)[1].split("</section>", 1)[0]
    assert 'class="happened__main callout callout--help"' in section
    box = section.split('<aside class="help-box"', 1)[1].split("</aside>", 1)[0]
    assert "Talk to someone now" in box
    phones = re.findall(r'href="tel:([\d+]+)"', box)
    assert 1 <= len(phones) <= 4
    assert 'href="#help-and-report-heading"' in box
    assert 'id="help-and-report-heading"' in html  # the full list the box points to
