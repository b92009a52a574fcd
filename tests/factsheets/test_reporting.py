import pytest
from wagtail.models import Locale

from core.demo.translation import translate
from core.languages import translation_codes
from core.models import Topic
from factsheets.models import FactsheetPage
from support.models import ReportingChannel

from .helpers import demo_factsheet

pytestmark = pytest.mark.django_db


def _channel(slug, name, topics=()):
    channel = ReportingChannel.objects.create(
        locale=Locale.get_default(), slug=slug, name=name["fr"], form_url=f"https://police.example/{slug}"
    )
    channel.topics.set(Topic.objects.filter(locale=Locale.get_default(), slug__in=topics))
    channel.save()  # topics is a ParentalManyToManyField: written when the channel is saved
    # Translations made directly: the help box only needs the translation key.
    for language in translation_codes():
        ReportingChannel.objects.create(
            locale=Locale.objects.get(language_code=language),
            translation_key=channel.translation_key,
            slug=slug,
            name=name[language],
            form_url=channel.form_url,
        )
    return channel


GROOMING_FORM = {
    "fr": "Formulaire de test : signaler un grooming",
    "de": "Testformular: Cybergrooming melden",
    "lb": "Testformulaire: Cybergrooming mellen",
    "en": "Test form: report grooming",
    "pt": "Formulário de teste: denunciar aliciamento",
}
HOTLINE = {
    "fr": "Ligne de test : images illégales",
    "de": "Testmeldestelle: illegale Bilder",
    "lb": "Testmeldestell: illegal Biller",
    "en": "Test hotline: illegal images",
    "pt": "Linha de teste: imagens ilegais",
}


def _help_section(html):
    return html.split('class="help-and-report"', 1)[1].split("</section>", 1)[0]


def test_grooming_factsheet_offers_the_grooming_channel_in_the_readers_language(client):
    _channel("test-grooming-form", GROOMING_FORM, topics=("grooming",))
    _channel("test-hotline", HOTLINE, topics=("illegal-images",))
    for language in ("fr", "de", "pt"):
        html = client.get(demo_factsheet("grooming", language).url).content.decode()
        section = _help_section(html)
        assert GROOMING_FORM[language] in section
        assert HOTLINE[language] not in section


def test_editors_choice_of_channels_replaces_the_topic_match_and_reaches_translations(client):
    _channel("test-grooming-form", GROOMING_FORM, topics=("grooming",))
    hotline = _channel("test-hotline", HOTLINE, topics=("illegal-images",))
    page = demo_factsheet("grooming", "fr")
    page.reporting_channels.set([hotline])
    page.save_revision().publish()
    section = _help_section(client.get(page.url).content.decode())
    assert HOTLINE["fr"] in section and GROOMING_FORM["fr"] not in section

    # Synchronising the translation copies the choice (still the French entry); readers see theirs.
    from core.demo.content import loader

    german = translate(page, "de", loader().data_file("factsheets/grooming.yaml").catalogue("de").lookup)
    assert list(german.reporting_channels.all()) == [hotline]
    section = _help_section(client.get(german.url).content.decode())
    assert HOTLINE["de"] in section and GROOMING_FORM["de"] not in section


def test_editors_can_choose_only_default_locale_channels():
    hotline = _channel("test-hotline", HOTLINE)
    form_class = FactsheetPage.get_edit_handler().get_form_class()
    form = form_class(instance=demo_factsheet("grooming", "fr"), for_user=None)
    choices = form.fields["reporting_channels"].queryset
    assert hotline in choices
    assert not choices.exclude(locale=Locale.get_default()).exists()


def test_an_editors_preview_shows_the_channels_chosen_in_the_form_before_saving():
    channel = _channel("test-hotline", HOTLINE)
    page = demo_factsheet("sexting", "fr").specific
    page.reporting_channels = [channel]  # what the edit form holds in a preview: nothing saved yet
    response = page.make_preview_request()
    assert response.status_code == 200
    assert HOTLINE["fr"] in _help_section(response.content.decode())
