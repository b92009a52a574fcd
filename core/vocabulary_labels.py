"""Show vocabulary entries (audience, age band, topic) in the reader's language.

Pages point at default-locale entries. Each vocabulary is loaded once per request in the
active language (one query per vocabulary, whatever the number of items on the page) and
entries are matched on ``translation_key``. The memo is cleared when a request starts, so
nothing outlives a request.
"""

import threading

from django.core.signals import request_started
from django.utils.translation import get_language
from wagtail.models import Locale

from core.upstream_memo import in_request

_memo = threading.local()


def _clear(**kwargs):
    _memo.by_key = {}


request_started.connect(_clear, dispatch_uid="core.vocabulary_labels.clear")


def vocabulary_in_reader_language(model):
    """{translation_key: entry} for ``model`` in the active language."""
    by_key = getattr(_memo, "by_key", None)
    if by_key is None:
        _clear()
        by_key = _memo.by_key
    language = get_language() or Locale.get_default().language_code
    memo_key = (model._meta.label, language)
    if memo_key not in by_key:
        by_key[memo_key] = {
            entry.translation_key: entry for entry in model.objects.filter(locale__language_code=language)
        }
    return by_key[memo_key]


def per_request(key, build):
    """``build()``, computed once per request (the memo is cleared when a request starts)."""
    by_key = getattr(_memo, "by_key", None)
    if by_key is None:
        _clear()
        by_key = _memo.by_key
    if key not in by_key:
        by_key[key] = build()
    return by_key[key]


def in_reader_language(entries):
    """The same entries, each replaced by its translation where one exists."""
    entries = list(entries)
    if not entries:
        return []
    if in_request() and all(entry.locale_id == Locale.get_active().pk for entry in entries):
        return entries  # already in the reader's language (French readers: pages point at French entries)
    translations = vocabulary_in_reader_language(type(entries[0]))
    return [translations.get(entry.translation_key, entry) for entry in entries]
