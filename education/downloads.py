"""Download links: the counting URL, and the format and size readers see before clicking."""

from django.urls import reverse
from django.utils.translation import get_language


def download_url(document, language_code=None):
    """The counting URL of ``document`` in the reader's language (``/fr/downloads/12/guide.pdf``)."""
    from django.utils import translation

    with translation.override(language_code or get_language()):
        return reverse("education:download", args=[document.pk, document.filename])


def document_format(document):
    """'PDF', 'DOCX', 'ODT'..."""
    return (document.file_extension or "").upper()
