"""What the reading-figures report shows, computed from a selection of DailyPageViews rows."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from core.csv_export import language_name

MOST_READ_PER_LANGUAGE = 10


@dataclass
class LanguageTotal:
    language_code: str
    views: int = 0
    at_fallback: int = 0
    downloads: int = 0

    @property
    def language(self):
        return language_name(self.language_code)


@dataclass
class PageFigure:
    page: Page
    language_code: str
    views: int
    at_fallback: bool

    @property
    def language(self):
        return language_name(self.language_code)

    @property
    def language_in_sentence(self):
        """The language's name as it reads inside a sentence ("en allemand", "para alemão")."""
        return settings.LANGUAGE_NAMES_IN_READER_LANGUAGE[self.language_code]

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def translate_url(self):
        """wagtail-localize's "Translate" form for this language (fallback rows: the page is French)."""
        url = reverse("wagtail_localize:submit_page_translation", args=[self.page.pk])
        return f"{url}?{urlencode({'select_locale': self.language_code})}"


@dataclass
class Week:
    monday: date
    views: dict = field(default_factory=dict)

    @property
    def sunday(self):
        return self.monday + timedelta(days=6)

    @property
    def total(self):
        return sum(self.views.values())

    def cells(self, languages):
        return [self.views.get(code, 0) for code in languages]


def languages():
    return [code for code, _name in settings.LANGUAGES]


def totals_per_language(rows, downloads=None):
    """One LanguageTotal per site language: views, views at fallback addresses, downloads."""
    downloads = downloads or {}
    totals = {code: LanguageTotal(code, downloads=downloads.get(code, 0)) for code in languages()}
    grouped = rows.values_list("language_code", "at_fallback").annotate(v=Sum("views")).order_by()
    for code, at_fallback, views in grouped:
        if code in totals:
            totals[code].views += views
            if at_fallback:
                totals[code].at_fallback += views
    return list(totals.values())


def _pages(page_ids):
    return {page.pk: page for page in Page.objects.filter(pk__in=page_ids).select_related("locale")}


def most_read(rows, limit=MOST_READ_PER_LANGUAGE):
    """{language code: [PageFigure, ...]}: the pages read most in each language, most read first.

    A French page read at another language's fallback address is listed in that language, marked.
    """
    grouped = (
        rows.values_list("language_code", "page_id", "at_fallback")
        .annotate(v=Sum("views"))
        .order_by("language_code", "-v", "page_id")
    )
    chosen = {code: [] for code in languages()}
    for code, page_id, at_fallback, views in grouped:
        if code in chosen and len(chosen[code]) < limit:
            chosen[code].append((page_id, at_fallback, views))
    pages = _pages({page_id for entries in chosen.values() for page_id, _f, _v in entries})
    return {
        code: [
            PageFigure(pages[page_id], code, views, at_fallback)
            for page_id, at_fallback, views in entries
            if page_id in pages
        ]
        for code, entries in chosen.items()
    }


def fallback_views(rows):
    """[PageFigure, ...]: French pages read at the address of a language they have no translation in."""
    grouped = (
        rows.filter(at_fallback=True)
        .values_list("page_id", "language_code")
        .annotate(v=Sum("views"))
        .order_by("-v", "language_code", "page_id")
    )
    grouped = list(grouped)
    pages = _pages({page_id for page_id, _code, _views in grouped})
    return [PageFigure(pages[page_id], code, views, True) for page_id, code, views in grouped if page_id in pages]


def weekly_trends(rows):
    """[Week, ...], newest first: views per language in each week (Monday to Sunday) of the selection."""
    weeks = {}
    for day, code, views in rows.values_list("day", "language_code").annotate(v=Sum("views")).order_by():
        monday = day - timedelta(days=day.weekday())
        week = weeks.setdefault(monday, Week(monday))
        week.views[code] = week.views.get(code, 0) + views
    if not weeks:
        return []
    monday, newest = min(weeks), max(weeks)
    while monday < newest:  # weeks without a single view are shown too
        weeks.setdefault(monday, Week(monday))
        monday += timedelta(days=7)
    return [weeks[monday] for monday in sorted(weeks, reverse=True)]
