"""The counting download view: adds one to today's anonymous total, then serves the file the
way Wagtail's document view does (privacy checks, hooks, headers, never straight from /media/)."""

from django.http import Http404
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.documents.views.serve import serve

from education.models import DocumentDownloadCount

MAX_ID = 2**31 - 1


@require_safe
def download(request, document_id, document_filename):
    if document_id > MAX_ID:  # larger than the database's integer: no such document
        raise Http404
    response = serve(request, document_id, document_filename)
    # Only complete downloads count: not HEAD requests, 304 revalidations, redirects to a
    # password form or partial (range) requests.
    if request.method == "GET" and response.status_code == 200:
        DocumentDownloadCount.record(document_id, get_language())
    return response
