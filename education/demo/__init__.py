"""Demo content for the guides: a guides index, the 7th-grade teacher guide and ten tips for parents,
each in five languages, with one generated document per language and download.

Idempotent: pages are looked up by slug, documents by title. Material (factsheets, decision trees,
quizzes) is looked up softly by app and topic, so the loader works whichever content apps have
landed; a missing one leaves the activity without a link. The builder functions are also used by
the tests.
"""

import io
import json
import zipfile
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.utils.html import escape as html_escape
from wagtail.documents import get_document_model
from wagtail.models import Locale, get_page_models
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

from core.content_translation import TARGET_LANGUAGES, fr, translate_everywhere
from core.demo import add_to_navigation, home_page, vocabulary
from core.models import AgeBand, Audience, Topic
from core.pdf import render_pdf
from education.demo import content as text
from education.models import GuideIndexPage, ParentGuidePage, TeacherGuidePage

LANGUAGES = ("fr", *TARGET_LANGUAGES)

# -- documents --------------------------------------------------------------------------------


def pdf_bytes(title, items, language):
    items_html = "".join(f"<li>{html_escape(item)}</li>" for item in items)
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{html_escape(title)}</title>'
        "</head><body><p>Vigilant</p>"
        f"<h1>{html_escape(title)}</h1><ol>{items_html}</ol></body></html>"
    )
    return render_pdf(html, "http://localhost/")


def odt_bytes(title, items, language):
    """A minimal OpenDocument text file: a title and a numbered list."""
    paragraphs = "".join(f"<text:list-item><text:p>{escape(item)}</text:p></text:list-item>" for item in items)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:text><text:h text:outline-level="1">{escape(title)}</text:h>'
        f"<text:list>{paragraphs}</text:list></office:text></office:body></office:document-content>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'office:version="1.2"><office:meta><dc:title>{escape(title)}</dc:title>'
        f"<dc:language>{language}</dc:language></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # The mimetype entry comes first and uncompressed (OpenDocument packaging rule).
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def ensure_document(title, filename, build):
    """The document called ``title``, created from ``build()`` bytes if missing."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        document = document_model(title=title)
        document.file.save(filename, ContentFile(build()), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def handout_documents():
    """{language: the pupil handout PDF in that language}."""
    return {
        language: ensure_document(
            text.HANDOUT_TITLE[language],
            f"vigilant-handout-{language}.pdf",
            lambda language=language: pdf_bytes(
                text.HANDOUT_TITLE[language], text.HANDOUT_QUESTIONS[language], language
            ),
        )
        for language in LANGUAGES
    }


def parent_sheet_documents():
    """{language: the printable ten tips (ODT) in that language}."""
    return {
        language: ensure_document(
            text.PARENT_SHEET_TITLE[language],
            f"vigilant-ten-tips-{language}.odt",
            lambda language=language: odt_bytes(
                text.PARENT_SHEET_TITLE[language], [title[language] for title, _text in text.TIPS], language
            ),
        )
        for language in LANGUAGES
    }


def offer_documents_per_language(page, documents_per_download):
    """Let each translation of ``page`` offer its own language's documents.

    ``documents_per_download``: one {language: document} per download block, in order. This is
    what a translator does in wagtail-localize's editor ("override" on a document segment).
    """
    source = TranslationSource.objects.get_for_instance(page)
    contexts = [
        segment.context
        for segment in OverridableSegment.objects.filter(source=source).select_related("context").order_by("order")
        if segment.context.path.startswith("downloads.") and segment.context.path.endswith(".document")
    ]
    for context, documents in zip(contexts, documents_per_download, strict=True):
        for language in TARGET_LANGUAGES:
            SegmentOverride.objects.update_or_create(
                locale=Locale.objects.get(language_code=language),
                context=context,
                defaults={"data_json": json.dumps(documents[language].pk)},
            )
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)


# -- material -------------------------------------------------------------------------------


def find_material(wanted):
    """The first live French page of the given apps tagged with the given topics, or None.

    ``wanted``: [(app label, topic slug)] tried in order.
    """
    default = Locale.get_default()
    for app_label, topic_slug in wanted:
        topics = vocabulary(Topic, topic_slug)
        for model in get_page_models():
            if model._meta.app_label != app_label or not hasattr(model, "topics"):
                continue
            page = model.objects.live().filter(locale=default, topics__in=topics).order_by("path").first()
            if page is not None:
                return page
    return None


def help_service_with_phone(phone):
    """The shared help service with this number, if one exists in every language, else None."""
    from support.models import HelpService

    wanted = phone.replace(" ", "")
    for service in HelpService.objects.filter(locale=Locale.get_default()):
        if service.phone.replace(" ", "") == wanted:
            languages = set(
                HelpService.objects.filter(translation_key=service.translation_key).values_list(
                    "locale__language_code", flat=True
                )
            )
            if languages >= set(LANGUAGES):
                return service
    return None


def contact_block(name, phone, when):
    """A 'help service' block when the support app has that number (kept up to date there), else the
    number written into the guide."""
    service = help_service_with_phone(phone)
    if service is not None:
        return ("service", service)
    return ("contact", {"name": fr(name), "phone": phone, "when": fr(when)})


# -- pages ----------------------------------------------------------------------------------


def ensure_guide_index(home=None):
    home = home or home_page()
    index = GuideIndexPage.objects.child_of(home).filter(slug=text.INDEX_SLUG).first()
    if index is None:
        index = GuideIndexPage(
            title=fr(text.INDEX_TITLE),
            slug=text.INDEX_SLUG,
            intro=fr(text.INDEX_INTRO),
            editor_notes="Lists the teacher and parent guides. Text is ours.",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        translate_everywhere(index, [text.INDEX_SLUGS, text.INDEX_TITLE, text.INDEX_INTRO])
    return index


def build_teacher_guide(parent, *, slug, title, audiences=(), age_bands=(), topics=(), **fields):
    """Create and publish a teacher guide under ``parent`` (tests use it with their own values)."""
    fields.setdefault("duration_minutes", 50)
    fields.setdefault("learning_goals", "<p>-</p>")
    fields.setdefault("disclosure_guidance", "<p>-</p>")
    fields.setdefault("activities", [])
    page = TeacherGuidePage(title=title, slug=slug, **fields)
    page.audiences = list(audiences)
    page.age_bands = list(age_bands)
    page.topics = list(topics)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_parent_guide(parent, *, slug, title, audiences=(), age_bands=(), topics=(), **fields):
    page = ParentGuidePage(title=title, slug=slug, **fields)
    page.audiences = list(audiences)
    page.age_bands = list(age_bands)
    page.topics = list(topics)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_teacher_guide(index):
    page = TeacherGuidePage.objects.child_of(index).filter(slug=text.TEACHER_SLUG).first()
    if page is not None:
        return page
    handouts = handout_documents()
    parent_sheets = parent_sheet_documents()
    activities = []
    values = [
        text.TEACHER_SLUGS,
        text.TEACHER_TITLE,
        text.TEACHER_INTRO,
        text.TEACHER_CLASS,
        text.TEACHER_GOALS,
        text.TEACHER_PREPARATION,
        text.DISCLOSURE_GUIDANCE,
        *text.DISCUSSION_PROMPTS,
    ]
    for minutes, wanted, title, description in text.ACTIVITIES:
        activities.append(
            (
                "activity",
                {
                    "minutes": minutes,
                    "title": fr(title),
                    "description": fr(description),
                    "material": find_material(wanted),
                },
            )
        )
        values += [title, description]
    contacts = []
    for name, phone, when in text.CONTACTS:
        contacts.append(contact_block(name, phone, when))
        values += [name, when]
    page = build_teacher_guide(
        index,
        slug=text.TEACHER_SLUG,
        title=fr(text.TEACHER_TITLE),
        intro=fr(text.TEACHER_INTRO),
        class_level=fr(text.TEACHER_CLASS),
        duration_minutes=text.TEACHER_DURATION,
        learning_goals=fr(text.TEACHER_GOALS),
        preparation=fr(text.TEACHER_PREPARATION),
        activities=activities,
        discussion_prompts=[("prompt", fr(prompt)) for prompt in text.DISCUSSION_PROMPTS],
        disclosure_guidance=fr(text.DISCLOSURE_GUIDANCE),
        disclosure_contacts=contacts,
        downloads=[
            ("download", {"document": handouts["fr"], "kind": "handout", "description": ""}),
            ("download", {"document": parent_sheets["fr"], "kind": "parents", "description": ""}),
        ],
        editor_notes=text.TEACHER_NOTES,
        audiences=vocabulary(Audience, "teachers"),
        age_bands=vocabulary(AgeBand, "12-14"),
        topics=vocabulary(Topic, "sexting", "grooming", "webcam", "image-rights"),
    )
    translate_everywhere(page, values)
    offer_documents_per_language(page, [handouts, parent_sheets])
    return page


def ensure_parent_guide(index):
    page = ParentGuidePage.objects.child_of(index).filter(slug=text.PARENT_SLUG).first()
    if page is not None:
        return page
    sheets = parent_sheet_documents()
    values = [text.PARENT_SLUGS, text.PARENT_TITLE, text.PARENT_INTRO]
    for title, explanation in text.TIPS:
        values += [title, explanation]
    page = build_parent_guide(
        index,
        slug=text.PARENT_SLUG,
        title=fr(text.PARENT_TITLE),
        intro=fr(text.PARENT_INTRO),
        tips=[("tip", {"title": fr(title), "text": fr(explanation)}) for title, explanation in text.TIPS],
        downloads=[("download", {"document": sheets["fr"], "kind": "parents", "description": ""})],
        editor_notes=text.PARENT_NOTES,
        audiences=vocabulary(Audience, "parents"),
        age_bands=vocabulary(AgeBand, "8-11", "12-14"),
        topics=vocabulary(Topic, "sexting", "grooming", "webcam", "image-rights", "privacy"),
    )
    translate_everywhere(page, values)
    offer_documents_per_language(page, [sheets])
    return page


def load():
    index = ensure_guide_index()
    ensure_teacher_guide(index)
    ensure_parent_guide(index)
    add_to_navigation(index)
