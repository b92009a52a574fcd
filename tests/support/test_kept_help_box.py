"""The help box and the "get help or report" section are rendered once per published content,
language and opening lines (core.fragments), yet readers always see the services open at the moment
they read, every published change at once, and editors their own preview."""

import pytest
from django.template import RequestContext, Template
from wagtail.models import Locale

from support.models import HelpService, ReportingChannel
from tests.factsheets.helpers import demo_factsheet

pytestmark = pytest.mark.django_db


def help_section(html):
    return html.split('class="help-and-report"', 1)[1].split("</section>", 1)[0]


def help_box(html):
    return html.split('class="help-box"', 1)[1].split("</aside>", 1)[0]


def test_both_boxes_follow_the_clock_between_two_readers(client, at_moment):
    url = demo_factsheet("webcam", "fr").url
    at_moment(2026, 11, 29, 10, 0)  # Sunday morning: the KJT line is closed
    sunday = client.get(url).content.decode()
    at_moment(2026, 11, 24, 15, 0)  # Tuesday afternoon: it is open until 22:00
    tuesday = client.get(url).content.decode()
    assert 'href="tel:116111"' not in help_box(sunday)
    assert 'href="tel:116111"' in help_box(tuesday)
    assert "Ouvert maintenant, jusqu&#x27;à 22:00" not in help_section(sunday)
    assert "Ouvert maintenant, jusqu&#x27;à 22:00" in help_section(tuesday)
    at_moment(2026, 11, 29, 10, 0)
    assert client.get(url).content.decode() == sunday  # and back: the same page as the first reader's


def test_a_published_change_to_a_help_service_shows_on_the_next_view(client, at_moment):
    at_moment(2026, 11, 24, 15, 0)
    url = demo_factsheet("webcam", "fr").url
    assert 'href="tel:116111"' in client.get(url).content.decode()
    service = HelpService.objects.get(slug="kannerjugendtelefon", locale=Locale.get_default())
    service.phone = "116 222"
    service.save_revision().publish()
    html = client.get(url).content.decode()
    assert 'href="tel:116222"' in help_box(html) and 'href="tel:116222"' in help_section(html)
    assert "116111" not in help_box(html) + help_section(html)


def test_an_editors_preview_shows_its_own_tags_channels_not_the_published_ones(rf):
    from core.models import Topic

    page = demo_factsheet("webcam", "fr").specific
    other_topic = Topic.objects.filter(locale=Locale.get_default()).exclude(pk__in=page.topics.all()).first()
    channel = ReportingChannel.objects.create(
        locale=Locale.get_default(), slug="canal-d-essai", name="Canal d'essai", form_url="https://police.example/"
    )
    channel.topics.set([other_topic])
    channel.save()  # topics is a ParentalManyToManyField: written when the channel is saved
    shown = Template("{% load support_tags %}{% help_and_report page %}")
    request = rf.get(page.url)
    assert "Canal d&#x27;essai" not in shown.render(RequestContext(request, {"page": page}))
    page.reporting_channels = []  # the editor's unsaved choices, as a preview holds them
    page.topics = [other_topic]
    request.is_preview = True
    assert "Canal d&#x27;essai" in shown.render(RequestContext(request, {"page": page}))
