"""What is due for a re-check: facts readers rely on (numbers, hours, form addresses, law articles).

Every model with a ``checked_on`` date and a ``what_to_recheck()`` method takes part (factsheets,
guides, reporting channels, help services). Facts are re-checked once a year, before the school
year: an item is due when it was never checked, or last checked before the start of this year's
re-check (``VIGILANT_RECHECK_FROM``, month and day, 1 July unless set). Only the French items are
listed: translations share their dates and sources.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page

DEFAULT_RECHECK_FROM = (7, 1)


def recheck_start(today: datetime.date) -> datetime.date:
    """The day this year's re-check began: the last ``VIGILANT_RECHECK_FROM`` on or before ``today``."""
    month, day = getattr(settings, "VIGILANT_RECHECK_FROM", DEFAULT_RECHECK_FROM)
    start = datetime.date(today.year, month, day)
    return start if start <= today else datetime.date(today.year - 1, month, day)


def checkable_models():
    models = []
    for model in apps.get_models():
        try:
            model._meta.get_field("checked_on")
        except FieldDoesNotExist:
            continue
        if callable(getattr(model, "what_to_recheck", None)):
            models.append(model)
    return models


@dataclass(frozen=True)
class DueItem:
    title: str
    kind: str
    checked_on: datetime.date | None
    what: list
    edit_url: str | None


def due_for_recheck(today: datetime.date | None = None, user=None) -> list[DueItem]:
    """Items not checked since this year's re-check began, never-checked ones first, then the oldest."""
    today = today or timezone.localdate()
    start = recheck_start(today)
    default = Locale.get_default()
    finder = AdminURLFinder(user)
    due = []
    for model in checkable_models():
        queryset = model.objects.filter(locale=default).filter(Q(checked_on__isnull=True) | Q(checked_on__lt=start))
        if issubclass(model, Page):
            queryset = queryset.live()
        for item in queryset:
            due.append(
                DueItem(
                    title=str(item.title if isinstance(item, Page) else item),
                    kind=str(model._meta.verbose_name),
                    checked_on=item.checked_on,
                    what=[str(subject) for subject in item.what_to_recheck()],
                    edit_url=finder.get_edit_url(item),
                )
            )
    return sorted(due, key=lambda item: (item.checked_on is not None, item.checked_on or today, item.title))
