"""Translation status of every page and translatable snippet, in every language.

wagtail-localize has no report of missing or out-of-date translations (wagtail-localize#832).
For each French original and each other locale, the status is:

``missing``
    Readers of that language cannot read it: no translation, only a draft, or an alias that
    shows the French text.
``out_of_date``
    A translation is published but no longer matches the French original: texts changed since
    it was made (they wait for a translator), or the translation was not republished since the
    French original or its translated texts last changed.
``up_to_date``
    Everything else.

The whole table is built from a fixed number of queries (one per translatable snippet model,
plus eight), whatever the number of pages.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from editorial.roles import translatable_snippet_models

MISSING = "missing"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"
STATUSES = [MISSING, OUT_OF_DATE, UP_TO_DATE]
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class StatusRow:
    """One French original in one target language."""

    kind: str  # "page" or "snippet"
    title: str
    type_label: str
    locale: Locale
    status: str
    detail: str
    translate_url: str
    source_url: str
    translation_key: object = None

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def language(self):
        return self.locale.get_display_name()

    @property
    def language_code(self):
        return self.locale.language_code

    @property
    def needs_work(self):
        return self.status != UP_TO_DATE


def _when(value: datetime) -> str:
    return date_format(value, "SHORT_DATETIME_FORMAT") if value else ""


class _LocalizeState:
    """wagtail-localize's records for every French original, in four queries."""

    def __init__(self, default_locale):
        self.sources = {
            row["object_id"]: row
            for row in TranslationSource.objects.filter(locale=default_locale).values(
                "id", "object_id", "last_updated_at"
            )
        }
        self.translations = {
            (row["source_id"], row["target_locale_id"]): row["enabled"]
            for row in Translation.objects.filter(source__locale=default_locale).values(
                "source_id", "target_locale_id", "enabled"
            )
        }
        # Only the texts the translation editor shows count, so "3 of 10 texts" matches the editor.
        shown = _ShownFields()
        self.totals = {}
        for source_id, content_type_id, path in StringSegment.objects.filter(source__locale=default_locale).values_list(
            "source_id", "source__specific_content_type_id", "context__path"
        ):
            if shown(content_type_id, path):
                self.totals[source_id] = self.totals.get(source_id, 0) + 1
        self.done = {}
        for source_id, content_type_id, path, locale_id, updated_at in StringSegment.objects.filter(
            source__locale=default_locale,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        ).values_list(
            "source_id",
            "source__specific_content_type_id",
            "context__path",
            "string__translations__locale_id",
            "string__translations__updated_at",
        ):
            if not shown(content_type_id, path):
                continue
            done, last = self.done.get((source_id, locale_id), (0, None))
            self.done[(source_id, locale_id)] = (done + 1, max(last, updated_at) if last else updated_at)

    def progress(self, translation_key, locale_id):
        """(source, to_translate, total, texts_last_changed) for a live localize translation, else None."""
        source = self.sources.get(translation_key)
        if source is None or not self.translations.get((source["id"], locale_id)):
            return None
        total = self.totals.get(source["id"], 0)
        done, last = self.done.get((source["id"], locale_id), (0, None))
        return source, total - done, total, last


class _ShownFields:
    """Whether the translation editor shows the text at a context path of a content type's objects."""

    def __init__(self):
        self.fields = {}

    def __call__(self, content_type_id, path):
        if content_type_id not in self.fields:
            from editorial.localize_editor import shown_field_names

            model = ContentType.objects.get_for_id(content_type_id).model_class()
            self.fields[content_type_id] = shown_field_names(model) if model is not None else None
        fields = self.fields[content_type_id]
        return fields is None or path.split(".")[0] in fields


def _texts_to_translate(to_translate, total):
    return _("%(count)s of %(total)s texts changed in French and wait for a translation") % {
        "count": to_translate,
        "total": total,
    }


class TranslationStatus:
    """The status table; ``rows`` for the listing, ``totals`` per locale."""

    def __init__(self):
        self.default_locale = Locale.get_default()
        self.locales = list(Locale.objects.exclude(pk=self.default_locale.pk).order_by("language_code"))
        order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        self.locales.sort(key=lambda locale: order.index(locale.language_code) if locale.language_code in order else 99)

    @cached_property
    def rows(self) -> list[StatusRow]:
        localize = _LocalizeState(self.default_locale)
        return [*self._page_rows(localize), *self._snippet_rows(localize)]

    def totals(self, rows=None):
        """{language_code: {status: count}} for every target locale."""
        totals = {locale.language_code: dict.fromkeys(STATUSES, 0) for locale in self.locales}
        for row in self.rows if rows is None else rows:
            totals[row.language_code][row.status] += 1
        return totals

    # Pages ---------------------------------------------------------------------------------

    def _page_rows(self, localize):
        french = Page.objects.filter(locale=self.default_locale, depth__gt=1).live()
        originals = list(
            french.order_by("path").values("id", "title", "translation_key", "content_type_id", "last_published_at")
        )
        translated = {}
        for page in (
            Page.objects.exclude(locale=self.default_locale)
            .filter(translation_key__in=french.values("translation_key"))
            .values(
                "id",
                "translation_key",
                "locale_id",
                "live",
                "alias_of_id",
                "last_published_at",
                "has_unpublished_changes",
            )
        ):
            translated[(page["translation_key"], page["locale_id"])] = page
        for original in originals:
            type_label = _type_label(original["content_type_id"])
            source_url = reverse("wagtailadmin_pages:edit", args=[original["id"]])
            for locale in self.locales:
                page = translated.get((original["translation_key"], locale.pk))
                status, detail = self._page_status(original, page, locale, localize)
                if page is None:
                    translate_url = _with_locale(
                        reverse("wagtail_localize:submit_page_translation", args=[original["id"]]), locale
                    )
                else:
                    translate_url = reverse("wagtailadmin_pages:edit", args=[page["id"]])
                yield StatusRow(
                    kind="page",
                    title=original["title"],
                    type_label=type_label,
                    locale=locale,
                    status=status,
                    detail=detail,
                    translate_url=translate_url,
                    source_url=source_url,
                    translation_key=original["translation_key"],
                )

    def _page_status(self, original, page, locale, localize):
        if page is None:
            return MISSING, _("Not translated")
        if page["alias_of_id"]:
            return MISSING, _("Shows the French text (alias): convert it to a translation")
        if not page["live"]:
            return MISSING, _("Translation not published yet")
        published = page["last_published_at"]
        progress = localize.progress(original["translation_key"], locale.pk)
        if progress is None:
            # Translated by hand, outside wagtail-localize: compare publication dates.
            if original["last_published_at"] and published and published < original["last_published_at"]:
                return OUT_OF_DATE, _("The French page was published again on %(date)s") % {
                    "date": _when(original["last_published_at"])
                }
            return UP_TO_DATE, ""
        source, to_translate, total, texts_changed = progress
        if to_translate:
            return OUT_OF_DATE, _texts_to_translate(to_translate, total)
        if texts_changed and published and published < texts_changed:
            return OUT_OF_DATE, _("Translated texts not published yet")
        if published and published < source["last_updated_at"]:
            return OUT_OF_DATE, _("The French page changed on %(date)s: publish the translation again") % {
                "date": _when(source["last_updated_at"])
            }
        return UP_TO_DATE, ""

    # Snippets ------------------------------------------------------------------------------

    def _snippet_rows(self, localize):
        for model in translatable_snippet_models():
            instances = list(model.objects.select_related("locale").order_by("pk"))
            by_key = {(obj.translation_key, obj.locale_id): obj for obj in instances}
            type_label = capfirst(model._meta.verbose_name)
            viewset = model.snippet_viewset
            for original in instances:
                if original.locale_id != self.default_locale.pk:
                    continue
                source_url = reverse(viewset.get_url_name("edit"), args=[original.pk])
                for locale in self.locales:
                    translation = by_key.get((original.translation_key, locale.pk))
                    if translation is None:
                        status, detail = MISSING, _("Not translated")
                        translate_url = _with_locale(
                            reverse(
                                "wagtail_localize:submit_snippet_translation",
                                args=[model._meta.app_label, model._meta.model_name, original.pk],
                            ),
                            locale,
                        )
                    else:
                        status, detail = UP_TO_DATE, ""
                        progress = localize.progress(original.translation_key, locale.pk)
                        if progress and progress[1]:
                            status, detail = OUT_OF_DATE, _texts_to_translate(progress[1], progress[2])
                        translate_url = reverse(viewset.get_url_name("edit"), args=[translation.pk])
                    yield StatusRow(
                        kind="snippet",
                        title=str(original),
                        type_label=type_label,
                        locale=locale,
                        status=status,
                        detail=detail,
                        translate_url=translate_url,
                        source_url=source_url,
                        translation_key=original.translation_key,
                    )


def _with_locale(url, locale):
    """wagtail-localize's "Translate" form with the row's language already ticked."""
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


def _type_label(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return capfirst(model._meta.verbose_name) if model else ""
