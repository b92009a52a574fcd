"""The admin speaks the editor's language: reports, filters, languages, wagtail-localize's notes."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from wagtail.admin.menu import reports_menu
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

pytestmark = pytest.mark.django_db


def admin_in(client, language):
    user = get_user_model().objects.create_superuser(f"admin-{language}", f"{language}@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


def test_quiz_answers_report_is_headed_by_its_name_not_home(client):
    admin_in(client, "fr")
    response = client.get(reverse("quizzes_answer_counts_index"))
    labels = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
    assert labels == ["Accueil", "Réponses aux quiz"]


def test_quiz_answers_detail_leads_back_to_the_report(client):
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.filter(locale__language_code="fr").first()
    admin_in(client, "de")
    response = client.get(reverse("quizzes_answer_counts", args=[quiz.pk]))
    items = response.context["breadcrumbs_items"]
    assert items[-2]["url"] == reverse("quizzes_answer_counts_index")
    html = response.content.decode()
    assert f'href="{reverse("quizzes_answer_counts_index")}"' in html
    assert "Antworten auf Quiz" in html


def test_downloads_report_summary_has_the_admins_side_padding(client):
    from wagtail.documents import get_document_model

    from education.models import DocumentDownloadCount

    DocumentDownloadCount.objects.create(
        document=get_document_model().objects.first(), language_code="fr", day=timezone.localdate(), count=2
    )
    admin_in(client, "fr")
    html = client.get(reverse("education_download_report")).content.decode()
    summary = html.split('<div class="nice-padding download-report-summary">')[1].split("</div>")[0]
    assert "Téléchargements dans cette sélection" in summary


def test_one_translations_report_ours():
    factory = RequestFactory()
    request = factory.get("/admin/")
    request.user = get_user_model().objects.create_superuser("reports", "reports@example.org", "pw")
    with override("fr"):
        labels = [str(item.label) for item in reports_menu.menu_items_for_request(request)]
    assert "État des traductions" in labels
    assert "Traductions" not in labels


@pytest.mark.parametrize(
    ("language", "languages", "kind", "counters"),
    [
        ("fr", "Langues", "Type de contenu", "compteurs de téléchargements"),
        ("de", "Sprachen", "Art", "Download-Zählungen"),
        ("pt", "Idiomas", "Tipo de conteúdo", "contadores de transferências"),
        ("lb", "Sproochen", "Aart", "Download-Zuelen"),
    ],
)
def test_admin_words_read_right(language, languages, kind, counters):
    from django.utils.translation import gettext

    from education.models import DocumentDownloadCount

    with override(language):
        assert gettext("Locales") == languages  # not "Régions"
        assert gettext("Kind") == kind  # the status report's filter, not "Genre"
        assert str(DocumentDownloadCount._meta.verbose_name_plural) == counters


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Traduit avec fichier PO le 3 mars 2026"),
        ("de", "Übersetzt mit PO-Datei am 3. März 2026"),
        ("pt", "Traduzido com ficheiro PO a 3 de Março de 2026"),
        ("lb", "Iwwersat mat PO-Fichier den 3. März 2026"),  # Django's Luxembourgish month names,
    ],
)
def test_translation_notes_name_the_tool_and_month_in_the_editors_language(language, expected):
    note = StringTranslation(tool_name="PO File", translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL)
    note.updated_at = timezone.make_aware(datetime.datetime(2026, 3, 3, 12, 0))
    with override(language):
        assert note.get_comment() == expected


@pytest.mark.parametrize(
    ("language", "publish", "more", "heading"),
    [
        ("fr", "Publier la version ", "Plus d'actions", "Traduction %(source)s → %(target)s"),
        ("de", "Veröffentlichen auf ", "Weitere Aktionen", "Übersetzung %(source)s → %(target)s"),
        ("pt", "Publicar a versão ", "Mais ações", "Tradução %(source)s → %(target)s"),
    ],
)
def test_translation_editor_words_come_from_the_editors_catalogue(client, language, publish, more, heading):
    admin_in(client, language)
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert f'"Publish in ": {json.dumps(publish)}' in catalogue  # "Publier dansDeutsch" lacked its space
    assert f'"More actions": {json.dumps(more)}' in catalogue
    assert f'"%(source)s to %(target)s translation": {json.dumps(heading)}' in catalogue
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "editorial/translation_editor_words.js" in dashboard
