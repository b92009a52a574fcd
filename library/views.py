"""Site search in the reader's language (Wagtail's database backend; see search_backend)."""

import re
import unicodedata

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from library.filters import page_number

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def _problem_with(query):
    """A message for the reader if the query cannot be searched, else None."""
    if any(unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r" for char in query):
        return _("Your search contains characters that cannot be searched. Please type it again.")
    if len(query) > MAX_QUERY_LENGTH:
        return _("Your search is too long. Please use at most %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
    return None


# Only words reach the search backend: quotes, brackets and operators mean query syntax to
# SQLite's FTS5 and PostgreSQL's tsquery, and readers never intend that.
_NOT_A_WORD = re.compile(r"[^\w'’-]+")


def searchable_words(query):
    return " ".join(_NOT_A_WORD.sub(" ", query).split())


@require_safe
def search(request):
    raw_query = request.GET.get("q", "")
    problem = _problem_with(raw_query)
    query = "" if problem else searchable_words(raw_query)
    if not any(char.isalnum() for char in query):  # only punctuation: nothing to look for
        query = ""
    number = page_number(request.GET.get("page", "1") or "1")
    if number is None:
        problem = problem or _("The page number was not recognised; showing the first page.")
        number = 1

    results_page = None
    results = []
    if query:
        found = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)  # not Wagtail's invisible root
            .search(query, operator="and")
        )
        results_page = Paginator(found, RESULTS_PER_PAGE).get_page(number)
        ids = [page.pk for page in results_page.object_list]
        specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        results = [specific[pk] for pk in ids if pk in specific]

    context = {
        "query": query,
        "problem": problem,
        "results": results,
        "results_page": results_page,
        "result_count": results_page.paginator.count if results_page else 0,
    }
    return TemplateResponse(request, "library/search.html", context, status=400 if problem else 200)
