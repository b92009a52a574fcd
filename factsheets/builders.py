"""Build factsheets from Localized content: used by the demo loader and by the tests.

A factsheet is described once, with every text as a Localized dict
(``{"fr": ..., "de": ..., "lb": ..., "en": ..., "pt": ...}``) anywhere inside its body. The
French page is built and published, then wagtail-localize translations are made from the
same values, so demo pages are the objects an editor would get in the admin.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale

from core.content_translation import SOURCE_LANGUAGE, TARGET_LANGUAGES, fr, translate_everywhere
from core.demo import vocabulary
from core.models import AgeBand, Audience, Topic

from .models import FactsheetIndexPage, FactsheetPage

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


def is_localized(value) -> bool:
    return isinstance(value, dict) and set(value) == set(LANGUAGES)


def in_french(value):
    """The structure with every Localized value replaced by its French text."""
    if is_localized(value):
        return fr(value)
    if isinstance(value, dict):
        return {key: in_french(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(in_french(item) for item in value)
    return value


def localized_values(value):
    """Every Localized value inside the structure."""
    if is_localized(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from localized_values(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from localized_values(item)


@dataclass
class FactsheetContent:
    slug: dict | str
    title: dict
    intro: dict
    body: list = field(default_factory=list)  # [(block type, value with Localized texts), ...]
    topics: tuple = ()
    audiences: tuple = ()
    age_bands: tuple = ()
    search_description: dict | None = None
    editor_notes: str = ""

    def values(self):
        parts = [self.slug, self.title, self.intro, self.search_description, self.body]
        return list(localized_values(parts))


def build_factsheet(index: FactsheetIndexPage, content: FactsheetContent, *, translate: bool = True, channels=()):
    """The French factsheet under ``index`` (created and published if missing) and its translations."""
    slug = fr(content.slug) if is_localized(content.slug) else content.slug
    page = FactsheetPage.objects.child_of(index).filter(slug=slug).first()
    if page is not None:
        if translate and page.get_translations().count() < len(TARGET_LANGUAGES):
            translate_everywhere(page, content.values())  # finish an interrupted load
        return page
    page = FactsheetPage(
        title=fr(content.title),
        slug=slug,
        intro=fr(content.intro),
        search_description=fr(content.search_description) if content.search_description else "",
        editor_notes=content.editor_notes,
        body=in_french(content.body),
    )
    index.add_child(instance=page)
    page.topics.set(vocabulary(Topic, *content.topics))
    page.main_topic = next(iter(vocabulary(Topic, *content.topics[:1])), None)  # the first topic listed
    page.audiences.set(vocabulary(Audience, *content.audiences))
    page.age_bands.set(vocabulary(AgeBand, *content.age_bands))
    page.reporting_channels.set(channels)
    page.save_revision().publish()
    if translate and index.has_translation(Locale.objects.get(language_code=TARGET_LANGUAGES[0])):
        translate_everywhere(page, content.values())
    return page


def build_index(parent, *, slug: str, title: dict, intro: dict, editor_notes: str = "", translate: bool = True):
    """The factsheet index under ``parent`` (French) and its translations."""
    index = FactsheetIndexPage.objects.child_of(parent).filter(slug=slug).first()
    if index is None:
        index = FactsheetIndexPage(title=fr(title), slug=slug, intro=fr(intro), editor_notes=editor_notes)
        parent.add_child(instance=index)
        index.save_revision().publish()
        if translate:
            translate_everywhere(index, [title, intro])
    return index
