"""Everything the resource library lists, with its facets, in a fixed number of queries.

Items are

* every live, public page of every page type that uses ``core.models.TaggedPageMixin``
  (discovered from Wagtail's page models at run time, so new content apps appear on their own),
  one item per translation group, shown in the reader's language where it exists;
* every document those pages offer (found through Wagtail's reference index), tagged like the
  pages that offer it and available in their languages.

Facets (GET parameters, combinable, several values per facet allowed): ``audience``, ``age``,
``topic``, ``format`` and ``language``. Values are stable slugs (vocabulary slugs, page model
names, file extensions, language codes). Within a facet values are alternatives (OR); facets
combine (AND). The count shown for a value is the number of results the reader would get by
adding it to the current selection of the other facets.

Queries: one per tagged page type plus three for its tags, three for the vocabularies, three
for their labels, and three for documents, whatever the number of items. The result is kept in the
cache per language and site under the content generation (core.content_generation), which every
publish and every change to vocabularies, documents or privacy settings renews, so a library view
usually costs two cache reads.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from wagtail.documents import get_document_model
from wagtail.models import (
    Page,
    ReferenceIndex,
    Site,
    get_page_models,
)

from core import content_generation
from core.models import AgeBand, Audience, TaggedPageMixin, Topic
from core.vocabulary_labels import vocabulary_in_reader_language

FACETS = ("audience", "age", "topic", "format", "language")
VOCABULARY_FACETS = {"audience": ("audiences", Audience), "age": ("age_bands", AgeBand), "topic": ("topics", Topic)}
SORTS = ("newest", "title")
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 80
CACHE_SECONDS = 24 * 3600


def tagged_page_models():
    """Concrete page types that carry audience, age band and topic tags."""
    models = [model for model in get_page_models() if issubclass(model, TaggedPageMixin)]
    return sorted(models, key=lambda model: model._meta.label)


def _title_key(title):
    decomposed = unicodedata.normalize("NFKD", title)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass
class Item:
    key: str
    title: str
    url: str
    type_label: str
    date: datetime
    language: str  # the language of the version shown
    values: dict = field(default_factory=dict)  # facet -> set of slugs
    summary: str = ""
    page: Page | None = None
    document: object = None
    audience_labels: list = field(default_factory=list)

    @property
    def languages(self):
        return self.values["language"]

    @property
    def in_reader_language(self):
        return self.language == get_language()


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    options: list


def _download_url(document):
    try:
        return reverse("education:download", args=[document.pk, document.filename])
    except NoReverseMatch:  # the guides app is not installed: Wagtail's own serve view
        return document.url


class Catalogue:
    """All items for one request, in the reader's language."""

    def __init__(self, request):
        self.request = request
        self.language = get_language()
        self.default_language = settings.LANGUAGE_CODE
        self.vocabularies = {}  # facet -> {french entry id: (slug, label, sort key)}
        self.format_labels = {}
        self.items = self._cached_build()

    def _cached_build(self):
        site = Site.find_for_request(self.request)
        try:
            key = f"library:catalogue:{self.language}:{getattr(site, 'pk', 0)}:{content_generation.current()}"
            cached = cache.get(key)
        except Exception:  # the cache is down: build it every time
            return self._build()
        if cached is not None:
            self.vocabularies, self.format_labels, items = cached
            return items
        items = self._build()
        cache.set(key, (self.vocabularies, self.format_labels, items), CACHE_SECONDS)
        return items

    # -- vocabularies ---------------------------------------------------------------------

    def _load_vocabularies(self):
        for facet, (_attr, model) in VOCABULARY_FACETS.items():
            labels = vocabulary_in_reader_language(model)
            entries = model.objects.filter(locale__language_code=self.default_language)
            self.vocabularies[facet] = {
                entry.pk: (entry.slug, getattr(labels.get(entry.translation_key), "name", entry.name))
                for entry in entries
            }

    # -- pages ----------------------------------------------------------------------------

    def _pages(self):
        versions = {}  # translation key -> {language: page}
        for model in tagged_page_models():
            pages = (
                model.objects.live()
                .public()
                .exact_type(model)
                .defer_streamfields()
                .select_related("locale")
                .prefetch_related("audiences", "age_bands", "topics")
            )
            self.format_labels[model._meta.model_name] = model._meta.verbose_name
            for page in pages:
                versions.setdefault(page.translation_key, {})[page.locale.language_code] = page
        return versions

    def _shown_version(self, by_language):
        for language in (self.language, self.default_language, *[code for code, _name in settings.LANGUAGES]):
            if language in by_language:
                return by_language[language]
        return next(iter(by_language.values()))

    def _tag_values(self, page):
        values = {}
        for facet, (attr, _model) in VOCABULARY_FACETS.items():
            known = self.vocabularies[facet]
            values[facet] = {known[tag.pk][0] for tag in getattr(page, attr).all() if tag.pk in known}
        return values

    def _page_item(self, by_language):
        page = self._shown_version(by_language)
        values = self._tag_values(page)
        values["format"] = {page._meta.model_name}
        values["language"] = set(by_language)
        audience_labels = [
            label for _pk, (slug, label) in self.vocabularies["audience"].items() if slug in values["audience"]
        ]
        return Item(
            key=f"page:{page.translation_key}",
            title=page.title,
            url=page.get_url(self.request),
            type_label=page._meta.verbose_name,
            date=page.first_published_at or page.latest_revision_created_at or timezone.now(),
            language=page.locale.language_code,
            values=values,
            summary=getattr(page, "intro", "") or page.search_description,
            page=page,
            audience_labels=audience_labels,
        )

    # -- documents ------------------------------------------------------------------------

    def _document_items(self, versions):
        pages_by_id = {page.pk: page for by_language in versions.values() for page in by_language.values()}
        if not pages_by_id:
            return []
        document_model = get_document_model()
        references = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in pages_by_id],
            to_content_type=ContentType.objects.get_for_model(document_model),
        ).values_list("object_id", "to_object_id")
        offered_by = {}
        for page_id, document_id in references:
            offered_by.setdefault(int(document_id), set()).add(int(page_id))
        documents = document_model.objects.filter(pk__in=offered_by).exclude(
            collection__view_restrictions__isnull=False
        )
        with translation.override(self.language):
            items = []
            for document in documents:
                pages = [pages_by_id[pk] for pk in offered_by[document.pk]]
                values = {facet: set() for facet in VOCABULARY_FACETS}
                for page in pages:
                    for facet, slugs in self._tag_values(page).items():
                        values[facet] |= slugs
                extension = (document.file_extension or "").lower()
                values["format"] = {extension}
                values["language"] = {page.locale.language_code for page in pages}
                shown_language = self.language if self.language in values["language"] else sorted(values["language"])[0]
                items.append(
                    Item(
                        key=f"document:{document.pk}",
                        title=document.title,
                        url=_download_url(document),
                        type_label=extension.upper(),
                        date=document.created_at,
                        language=shown_language,
                        values=values,
                        document=document,
                        audience_labels=[
                            label
                            for _pk, (slug, label) in self.vocabularies["audience"].items()
                            if slug in values["audience"]
                        ],
                    )
                )
        return items

    def _build(self):
        self._load_vocabularies()
        versions = self._pages()
        items = [self._page_item(by_language) for by_language in versions.values()]
        items.extend(self._document_items(versions))
        for extension in settings.WAGTAILDOCS_EXTENSIONS:
            self.format_labels.setdefault(extension, extension.upper())
        return items

    # -- facets ---------------------------------------------------------------------------

    def facet_options(self):
        """{facet: [(value, label)]} in display order."""
        names = settings.LANGUAGE_NAMES_IN_READER_LANGUAGE
        return {
            "audience": [(slug, label) for slug, label in self.vocabularies["audience"].values()],
            "age": [(slug, label) for slug, label in self.vocabularies["age"].values()],
            "topic": [(slug, label) for slug, label in self.vocabularies["topic"].values()],
            # Page types (by name), then file formats.
            "format": sorted(
                self.format_labels.items(),
                key=lambda pair: (pair[0] in settings.WAGTAILDOCS_EXTENSIONS, _title_key(str(pair[1]))),
            ),
            "language": [(code, names.get(code, name)) for code, name in settings.LANGUAGES],
        }


def matches(item, selection, skip=None):
    return all(item.values[facet] & wanted for facet, wanted in selection.items() if wanted and facet != skip)


def filter_items(items, selection):
    return [item for item in items if matches(item, selection)]


def count_values(items, selection, facet):
    """{value: number of results with that value added to the other facets' selection}."""
    counts = {}
    for item in items:
        if matches(item, selection, skip=facet):
            for value in item.values[facet]:
                counts[value] = counts.get(value, 0) + 1
    return counts


def sort_items(items, sort):
    if sort == "title":
        return sorted(items, key=lambda item: (_title_key(item.title), item.key))
    return sorted(items, key=lambda item: (-item.date.timestamp(), _title_key(item.title), item.key))
