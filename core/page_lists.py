"""Pages shown as cards in their topic's colour: the lists of an audience page and the home page's
featured pages.

Both lists gather pages of several types (factsheets, trees, quizzes, guides: every page type
that carries tags, see ``TaggedPageMixin``), which costs a few queries per type. They change only
when something is published or a vocabulary is saved, so they are built once per language and
kept in the cache with the navigation (``site_chrome.cached_per_language``): a page view reads
them with a constant, small number of queries, whatever the number of pages.
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.utils.text import capfirst
from wagtail.models import Locale, Page, get_page_models

from core import looks, site_chrome
from core.models.pages import TaggedPageMixin


@cache
def declared_kinds():
    """What readers call each kind of page (section headings, the label above a card title), as each
    app declares in its AppConfig's ``page_kinds``, in the order of INSTALLED_APPS: the order readers
    meet them. Page types no app declares use their own verbose names and come last."""
    kinds = {}
    for config in apps.get_app_configs():
        for name, labels in getattr(config, "page_kinds", {}).items():
            kinds[f"{config.label}.{name.lower()}"] = labels
    return kinds


@dataclass(frozen=True)
class Card:
    title: str
    url: str
    summary: str
    look_key: str
    kind: str

    @property
    def look(self):
        return looks.look(self.look_key)


def kind_labels(model):
    singular, plural = declared_kinds().get(
        model._meta.label_lower, (model._meta.verbose_name, model._meta.verbose_name_plural)
    )
    return str(capfirst(singular)), str(capfirst(plural))


def card_for(page, request=None) -> Card:
    """A page (specific, topics prefetched where possible) as a card."""
    return Card(
        title=page.title,
        url=page.get_url(request) or "",
        summary=str(getattr(page, "intro", "") or page.search_description or ""),
        look_key=looks.look_for_page(page).key,
        kind=kind_labels(type(page))[0],
    )


def tagged_page_models():
    """Concrete page types with tags, in the order readers meet them (factsheets, tools, quizzes, guides)."""
    models = [model for model in get_page_models() if issubclass(model, TaggedPageMixin)]
    rank = {label: index for index, label in enumerate(declared_kinds())}
    return sorted(models, key=lambda model: (rank.get(model._meta.label_lower, len(rank)), model._meta.label))


@dataclass(frozen=True)
class Section:
    heading: str
    cards: tuple


def _audience_sections(audience_id, request):
    locale = Locale.get_active()
    sections = []
    for model in tagged_page_models():
        pages = (
            model.objects.live()
            .public()
            .exact_type(model)
            .filter(locale=locale, audiences=audience_id)
            .defer_streamfields()
            .prefetch_related("topics")
            .order_by("path")
        )
        cards = tuple(card_for(page, request) for page in pages)
        if cards:
            sections.append(Section(heading=kind_labels(model)[1], cards=cards))
    return sections


def audience_sections(audience_page, request=None):
    """[Section] of live pages in the reader's language tagged with the page's audience."""
    if audience_page.audience_id is None:
        return []
    return site_chrome.cached_per_language(
        f"audience-page:{audience_page.pk}:{audience_page.audience_id}",
        lambda: _audience_sections(audience_page.audience_id, request),
        request,
    )


def _featured(stream_value, request):
    cards = []
    for block in stream_value:
        page = block.value
        if not isinstance(page, Page):
            continue
        page = page.localized.specific
        if page.live and not page.get_view_restrictions().exists():
            cards.append(card_for(page, request))
    return cards


def featured_cards(page, field_name="featured", request=None):
    """The cards of a page's ``featured`` stream (page choosers), each in the reader's language."""
    stream_value = getattr(page, field_name)
    if not stream_value:
        return []
    return site_chrome.cached_per_language(
        f"featured:{page.pk}:{field_name}:{page.live_revision_id}", lambda: _featured(stream_value, request), request
    )
