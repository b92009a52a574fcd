"""Build real wagtail-localize translations from prepared text (demo content and tests).

Translations made here are the same objects an editor makes in the admin (TranslationSource,
Translation, StringTranslation), so sync, out-of-date detection, PO export and the status
report all see them.

Content is written as ``Localized`` values, one text per language::

    title = {"fr": "Le sexting", "de": "Sexting", "lb": "Sexting", "en": "Sexting", "pt": "Sexting"}

The French text builds the source page or snippet; ``translate(instance, "de", strings)`` then
fills every segment wagtail-localize extracts from it, looking each French segment up in
``strings`` (built with ``strings_for``).
"""

import html
import re
from collections.abc import Iterable, Mapping

from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

Localized = Mapping[str, str]
SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGES = ("de", "lb", "en", "pt")

_BLOCK_SPLIT = re.compile(r"<(p|li|h[1-6])(?:\s[^>]*)?>(.*?)</\1>", re.DOTALL)
_LETTER = re.compile(r"[^\W\d_]")


class MissingTranslationText(LookupError):
    """A segment of the source has no prepared translation."""


def fr(value: Localized) -> str:
    return value[SOURCE_LANGUAGE]


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _pairs(value: Localized, language: str):
    source, target = value[SOURCE_LANGUAGE], value[language]
    yield source, target
    # Rich text: wagtail-localize translates block by block (<p>, <li>, <h2>...).
    source_blocks = [inner for _tag, inner in _BLOCK_SPLIT.findall(source)]
    target_blocks = [inner for _tag, inner in _BLOCK_SPLIT.findall(target)]
    if source_blocks and len(source_blocks) == len(target_blocks):
        yield from zip(source_blocks, target_blocks, strict=True)


def strings_for(values: Iterable[Localized], language: str) -> dict[str, str]:
    """{normalised French text: text in ``language``} for every value (rich text split by block)."""
    strings = {}
    for value in values:
        for source, target in _pairs(value, language):
            strings[_normalise(source)] = target.strip()
    return strings


def translate(instance, language: str, strings: Mapping[str, str], *, publish: bool = True):
    """Create or update the translation of ``instance`` into ``language`` and save it.

    Every text segment must have a prepared translation; segments with no letters (phone
    numbers, dates) are copied. Page slugs follow the translated title unless given.
    Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])

    segments = list(source.stringsegment_set.select_related("string", "context"))
    texts = {}
    for segment in segments:
        if segment.context.path == "slug":
            continue
        original = segment.string.data
        key = _normalise(original)
        if key in strings:
            texts[segment.pk] = strings[key]
        elif not _LETTER.search(html.unescape(original)):
            texts[segment.pk] = original
        else:
            raise MissingTranslationText(
                f"No {language} text for {original!r} ({segment.context.path}) in {instance!r}"
            )
    title = next((texts[s.pk] for s in segments if s.context.path == "title"), None)
    for segment in segments:
        if segment.context.path == "slug":
            key = _normalise(segment.string.data)
            texts[segment.pk] = strings.get(key) or slugify(title or segment.string.data) or segment.string.data

    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": texts[segment.pk], "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation.save_target(publish=publish)
    translated = instance.get_translation(locale)
    return translated.specific if isinstance(translated, Page) else translated


def translate_everywhere(instance, values: Iterable[Localized], *, publish: bool = True):
    """Translate ``instance`` into every target language from the same Localized values."""
    values = list(values)
    return {
        language: translate(instance, language, strings_for(values, language), publish=publish)
        for language in TARGET_LANGUAGES
    }
