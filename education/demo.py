"""Demo guides (content/education/): the guides index, the 7th-grade teacher guide and ten tips for
parents, with their downloads generated in each language.

A file of ``type: education.GeneratedDocument`` (content/education/documents/) describes a
document generated once per language: ``format`` (pdf or odt), ``filename``, a ``title`` and
``lines`` (a numbered list), in French; its PO files translate them. Guides refer to the French
document by title; each translation of a guide then offers its own language's document, as a
translator does with "override" in wagtail-localize's editor.
"""

import io
import json
import zipfile
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.utils.html import escape as html_escape
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

from core.demo.content import ContentError, load_folder, loader, register_kind
from core.demo.translation import SOURCE_LANGUAGE
from core.pdf import render_pdf
from education.models.guides import GuidePage

DOCUMENT_KIND = "education.GeneratedDocument"

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


BUILDERS = {"pdf": pdf_bytes, "odt": odt_bytes}


def ensure_document(title, filename, build):
    """The document called ``title``, created from ``build()`` bytes if missing."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        document = document_model(title=title)
        document.file.save(filename, ContentFile(build()), save=False)
        # UPSTREAM WORKAROUND: Wagtail sets a document's size and hash in its forms only
        # (https://github.com/wagtail/wagtail/pull/8803); documents created in code call the
        # private method the forms use. Delete when: Wagtail sets them on save.
        document._set_document_file_metadata()
        document.save()
    return document


def _in_language(data_file, text, language):
    if language == SOURCE_LANGUAGE:
        return text
    translated = data_file.catalogue(language).lookup(text, None)
    if translated is None:
        raise ContentError(f"{data_file.po_path(language).name}: no translation for {text!r}")
    return translated


def ensure_generated_documents(data_file, content_loader):
    """The document of ``data_file`` in French, then in each language the loader translates into."""
    data = data_file.data
    build = BUILDERS.get(data.get("format"))
    if build is None:
        raise ContentError(f"{data_file.name}: format is one of {sorted(BUILDERS)}")
    documents = []
    for language in (SOURCE_LANGUAGE, *content_loader.languages):
        title = _in_language(data_file, data["title"], language)
        lines = [_in_language(data_file, line, language) for line in data["lines"]]
        documents.append(
            ensure_document(
                title,
                f"{data['filename']}-{language}.{data['format']}",
                lambda title=title, lines=lines, language=language: build(title, lines, language),
            )
        )
    return documents


def generated_document_texts(data_file):
    data = data_file.data
    return [(data["title"], f"{data['filename']} · title")] + [
        (line, f"{data['filename']} · line {number}") for number, line in enumerate(data["lines"], start=1)
    ]


register_kind(DOCUMENT_KIND, ensure=ensure_generated_documents, texts=generated_document_texts)


# -- each translation offers its own language's documents ------------------------------------


def offer_documents_per_language(page, documents_by_french_pk):
    """Let each translation of ``page`` offer its own language's version of each downloaded document.

    ``documents_by_french_pk``: {French document pk: {language: document}}. Done once: a
    translation that already offers its documents is left as it is.
    """
    source = TranslationSource.objects.get_for_instance(page)
    changed = False
    segments = OverridableSegment.objects.filter(source=source).select_related("context").order_by("order")
    for segment in segments:
        path = segment.context.path
        if not (path.startswith("downloads.") and path.endswith(".document")):
            continue
        versions = documents_by_french_pk.get(json.loads(segment.data_json))
        if versions is None:
            continue
        for language, document in versions.items():
            if language == SOURCE_LANGUAGE:
                continue
            _override, created = SegmentOverride.objects.get_or_create(
                locale=Locale.objects.get(language_code=language),
                context=segment.context,
                defaults={"data_json": json.dumps(document.pk)},
            )
            changed = changed or created
    if changed:
        for translation in Translation.objects.filter(source=source):
            translation.save_target(publish=True)


def load():
    content_loader = loader()
    versions = {}
    for data_file in content_loader.files("education/documents"):
        documents = content_loader.ensure(data_file)
        languages = (SOURCE_LANGUAGE, *content_loader.languages)
        versions[documents[0].pk] = dict(zip(languages, documents, strict=True))
    for page in load_folder("education"):
        if isinstance(page, GuidePage):
            offer_documents_per_language(page, versions)
