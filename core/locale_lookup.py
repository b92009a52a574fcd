"""Snippets in the reader's language, falling back to the default (French) entry.

Pages and tags always ask for a fixed number of queries, whatever the number of snippets:
one query fetches both locales and the reader's entry wins per ``translation_key``.
"""

from wagtail.models import Locale


def in_locale(queryset, locale=None):
    """The entries of ``queryset`` in ``locale`` (default: active), French where no translation exists."""
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    chosen = {}
    for entry in queryset.filter(locale_id__in={locale.pk, default.pk}):
        if entry.translation_key not in chosen or entry.locale_id == locale.pk:
            chosen[entry.translation_key] = entry
    return sorted(chosen.values(), key=lambda entry: (getattr(entry, "sort_order", 0), str(entry).casefold()))
