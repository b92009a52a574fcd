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


def downloads_per_language(first_day=None, last_day=None):
    """{language code: downloads} between two days (included; None: no limit), for other reports."""
    from django.db.models import Sum

    from education.models import DocumentDownloadCount

    counts = DocumentDownloadCount.objects.all()
    if first_day:
        counts = counts.filter(day__gte=first_day)
    if last_day:
        counts = counts.filter(day__lte=last_day)
    return dict(counts.values_list("language_code").annotate(total=Sum("count")).order_by())
