"""What a reader sees of a translatable thing: the instance in their language, else the French
(default) one, matched on ``translation_key``. The one rule, in one place.

- ``in_locale(queryset)``: every entry (help services and reporting channels listed on a page).
- ``one_in_locale(queryset)``: one instance (the navigation, the footer).

Pages and tags ask a fixed number of queries, whatever the number of entries: one query fetches
both locales and the reader's entry wins. Readers see live entries only: a change waiting for a
Moderator's approval stays a draft (core.models.reviewed). Two other look-ups follow the same rule for a reason:

- ``page.localized`` (Wagtail) for pages; a page missing in the reader's language is served in
  French at the reader's address by core.fallback.
- ``core.vocabulary_labels.in_reader_language(entries)`` for vocabulary entries a page already
  holds (the French ones, through its tags): each is swapped for its translation from one load of
  the vocabulary per request, so a listing of many pages costs one query per vocabulary.
"""

from wagtail.models import Locale

from core.models.reviewed import live_only


def in_locale(queryset, locale=None):
    """The live entries of ``queryset`` in ``locale`` (default: active), French where no live translation exists."""
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    chosen = {}
    for entry in live_only(queryset).filter(locale_id__in={locale.pk, default.pk}):
        if entry.translation_key not in chosen or entry.locale_id == locale.pk:
            chosen[entry.translation_key] = entry
    return sorted(chosen.values(), key=lambda entry: (getattr(entry, "sort_order", 0), str(entry).casefold()))


def one_in_locale(queryset, locale=None):
    """The live instance of ``queryset`` in ``locale`` (default: active), else the French one, else None."""
    locale = locale or Locale.get_active()
    instances = {
        obj.locale_id: obj for obj in live_only(queryset).filter(locale_id__in={locale.pk, Locale.get_default().pk})
    }
    return instances.get(locale.pk) or instances.get(Locale.get_default().pk)
