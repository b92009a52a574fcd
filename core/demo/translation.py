"""Translate a page or snippet from prepared texts, through wagtail-localize's own PO import.

The translation made here is the one an editor makes with *Upload PO file* in the translation
editor: wagtail-localize exports the object's PO file (every segment it extracts, with its
context), we fill each ``msgstr`` from the prepared texts, ``Translation.import_po`` stores them
and ``save_target`` writes the translated object. Sync, out-of-date detection, PO export and the
translation status report therefore all see these translations.

``texts`` is either a mapping ``{French segment: translation}`` (tests) or a callable
``(msgid, msgctxt) -> translation or None`` (a content file's PO catalogue).
"""

import html
import re
from collections.abc import Callable, Mapping

from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TARGET_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE)
SLUG_CONTEXT = "slug"

_LETTER = re.compile(r"[^\W\d_]")

Texts = Mapping[str, str] | Callable[[str, str | None], str | None]


class MissingTranslationText(LookupError):
    """A segment of the source has no prepared translation."""


class TranslationImportError(RuntimeError):
    """wagtail-localize refused part of the prepared translation."""


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _lookup(texts: Texts) -> Callable[[str, str | None], str | None]:
    if callable(texts):
        return texts
    by_text = {normalise(source): target for source, target in texts.items()}
    return lambda msgid, context: by_text.get(normalise(msgid))


def _has_letters(text: str) -> bool:
    return bool(_LETTER.search(html.unescape(text)))


def translation_source(instance) -> TranslationSource:
    """wagtail-localize's source of ``instance``, brought up to date with it (its segments extracted)."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return source


def translate(
    instance,
    language: str,
    texts: Texts,
    *,
    publish: bool = True,
    origin: str = "",
    source: TranslationSource | None = None,
):
    """Create or update the translation of ``instance`` into ``language``; return the translated object.

    Every segment needs a prepared text, except segments without letters (numbers, dates),
    which are copied. A page's slug without a prepared text follows its translated title.
    ``origin`` names where the texts come from, for the error message. ``source`` is
    ``translation_source(instance)`` when the caller translates into several languages in a row
    (extracting the segments once instead of once per language).
    """
    lookup = _lookup(texts)
    locale = Locale.objects.get(language_code=language)
    source = source or translation_source(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])

    po = translation.export_po()
    missing = []
    slug_entry = None
    title = None
    for entry in po:
        is_slug = entry.msgctxt == SLUG_CONTEXT
        text = lookup(entry.msgid, SLUG_CONTEXT if is_slug else None)
        if is_slug:
            slug_entry = entry
        elif text is None and not _has_letters(entry.msgid):
            text = entry.msgid
        elif text is None:
            missing.append(entry.msgid)
        if entry.msgctxt == "title":
            title = text
        entry.msgstr = text or ""
    if missing:
        where = f" in {origin}" if origin else ""
        raise MissingTranslationText(
            f"No {language} translation{where} for {len(missing)} text(s) of {instance!r}: "
            + "; ".join(repr(text) for text in missing[:5])
        )
    if slug_entry is not None and not slug_entry.msgstr:
        slug_entry.msgstr = slugify(title or slug_entry.msgid) or slug_entry.msgid
    warnings = translation.import_po(po, translation_type="manual", tool_name="Vigilant demo content")
    if warnings:
        raise TranslationImportError(f"wagtail-localize refused {warnings!r} for {instance!r} in {language}")
    translation.save_target(publish=publish)
    translated = instance.get_translation(locale)
    return translated.specific if isinstance(translated, Page) else translated


def translate_everywhere(instance, texts_per_language: Mapping[str, Texts], *, publish: bool = True, origin: str = ""):
    """Translate ``instance`` into every target language: {language: translated object}."""
    source = translation_source(instance)
    return {
        language: translate(
            instance, language, texts_per_language[language], publish=publish, origin=origin, source=source
        )
        for language in TARGET_LANGUAGES
    }


_BLOCK_SPLIT = re.compile(r"<(p|li|h[1-6])(?:\s[^>]*)?>(.*?)</\1>", re.DOTALL)


def strings_for(values, language: str) -> dict[str, str]:
    """{French text: text in ``language``} from ``{"fr": ..., language: ...}`` values (tests' own content).

    Rich text is also paired block by block (<p>, <li>, <h2>...), as wagtail-localize segments it.
    """
    strings = {}
    for value in values:
        source, target = value[SOURCE_LANGUAGE], value[language]
        strings[normalise(source)] = target.strip()
        source_blocks = [inner for _tag, inner in _BLOCK_SPLIT.findall(source)]
        target_blocks = [inner for _tag, inner in _BLOCK_SPLIT.findall(target)]
        if source_blocks and len(source_blocks) == len(target_blocks):
            for source_block, target_block in zip(source_blocks, target_blocks, strict=True):
                strings[normalise(source_block)] = target_block.strip()
    return strings
