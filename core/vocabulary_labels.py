"""Show vocabulary entries (audience, age band, topic) in the reader's language.

Pages point at default-locale entries. Each vocabulary is loaded once per request in the
active language (one query per vocabulary, whatever the number of items on the page) and
entries are matched on ``translation_key``. It is kept in the request's memo
(core/request_memo.py), so nothing outlives a request; outside a request it is read afresh.
"""

from django.utils.translation import get_language
from wagtail.models import Locale

from core import request_memo
from core.upstream_memo import in_request


def vocabulary_in_reader_language(model):
    """{translation_key: entry} for ``model`` in the active language."""
    language = get_language() or Locale.get_default().language_code

    def build():
        return {entry.translation_key: entry for entry in model.objects.filter(locale__language_code=language)}

    return per_request(("vocabulary", model._meta.label, language), build)


def per_request(key, build):
    """``build()``, computed once per request (every call outside a request)."""
    memo = request_memo.current()
    if memo is None:
        return build()
    if key not in memo:
        memo[key] = build()
    return memo[key]


def in_reader_language(entries):
    """The same entries, each replaced by its translation where one exists."""
    entries = list(entries)
    if not entries:
        return []
    if in_request() and all(entry.locale_id == Locale.get_active().pk for entry in entries):
        return entries  # already in the reader's language (French readers: pages point at French entries)
    translations = vocabulary_in_reader_language(type(entries[0]))
    return [translations.get(entry.translation_key, entry) for entry in entries]
