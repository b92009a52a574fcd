"""The PO files next to each content file: reading them, and writing entries for new French texts.

The format is described in core.demo.content. Entries are written in reading order (the order
wagtail-localize extracts segments, which is the order of the page), one entry per distinct
French text, so a sentence used twice in a page is translated once.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import polib
import yaml
from django.utils import translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core import segment_labels

from .translation import SLUG_CONTEXT, SOURCE_LANGUAGE, TARGET_LANGUAGES, normalise

_TAG = re.compile(r"<[^>]+>")


class Catalogue:
    """One PO file, read once."""

    def __init__(self, path: Path):
        self.path = path

    def _read(self):
        if not hasattr(self, "_po"):
            self._po = polib.pofile(str(self.path)) if self.path.exists() else None
            self._texts = {}
            for entry in self._po or ():
                if entry.obsolete or entry.fuzzy or not entry.msgstr:
                    continue
                self._texts[(entry.msgctxt, entry.msgid)] = entry.msgstr
                self._texts.setdefault((entry.msgctxt, normalise(entry.msgid)), entry.msgstr)
        return self._po

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def lookup(self, msgid: str, context: str | None) -> str | None:
        """The translation of ``msgid`` (None if missing, empty or fuzzy)."""
        self._read()
        return self._texts.get((context, msgid)) or self._texts.get((context, normalise(msgid)))

    def problems(self) -> list[str]:
        """What stops this file from being complete: missing file, untranslated or fuzzy entries."""
        po = self._read()
        if po is None:
            return [f"{self.path.name} is missing"]
        return [
            f"{self.path.name}: {'fuzzy' if entry.fuzzy else 'untranslated'}: {entry.msgid[:70]!r}"
            for entry in po
            if not entry.obsolete and (entry.fuzzy or not entry.msgstr)
        ]


@dataclass(frozen=True)
class SourceText:
    msgid: str
    msgctxt: str | None
    comment: str
    line: int | None


def _plain(text: str) -> str:
    return normalise(_TAG.sub("", text))


def _scalar_lines(path: Path) -> list[tuple[str, int]]:
    """(text, line) of every string in the YAML file, for the references translators follow."""
    found = []

    def walk(node):
        if isinstance(node, yaml.ScalarNode):
            found.append((_plain(str(node.value)), node.start_mark.line + 1))
        elif isinstance(node, yaml.SequenceNode):
            for child in node.value:
                walk(child)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(key)
                walk(value)

    walk(yaml.compose(path.read_text(encoding="utf-8")))
    return found


def source_texts(data_file) -> list[SourceText]:
    """Every French text of the file that needs a translation, in reading order, once each."""
    from .content import read_only_instances

    lines = _scalar_lines(data_file.path)
    texts, seen = [], set()

    def line_of(text):
        plain = _plain(text)
        return next((number for found, number in lines if plain and plain in found), None)

    if data_file.kind is not None:
        for msgid, comment in data_file.kind.texts(data_file):
            if (None, msgid) not in seen:
                seen.add((None, msgid))
                texts.append(SourceText(msgid, None, comment, line_of(msgid)))
        return texts
    for entry, instance, _ids in read_only_instances(data_file):
        for segment in extract_segments(instance):
            if not isinstance(segment, StringSegmentValue):
                continue
            msgid = segment.string.data
            msgctxt = SLUG_CONTEXT if segment.path == SLUG_CONTEXT else None
            if (msgctxt, msgid) in seen:
                continue
            seen.add((msgctxt, msgid))
            line = line_of(msgid)
            where = entry.address or "home page"
            if msgctxt == SLUG_CONTEXT:
                comment = f"{where} · web address (lower-case letters, digits, hyphens)"
            else:
                with translation.override(None):  # the blocks' own (English) labels, whatever the language
                    comment = f"{where} · {segment_labels.describe_in_words(instance, segment.path)}"
            texts.append(SourceText(msgid, msgctxt, comment, line))
    return texts


def write_catalogues(data_file, languages=TARGET_LANGUAGES) -> list[Path]:
    """Bring the PO files of ``data_file`` in line with its French texts; return the files changed.

    Kept: every existing translation of a text that is still there. A text that changed in
    French keeps the translation of the text it replaces (same object and field), marked fuzzy.
    Texts no longer in the French source are dropped.
    """
    texts = source_texts(data_file)
    changed = []
    for language in languages:
        path = data_file.po_path(language)
        old = polib.pofile(str(path)) if path.exists() else polib.POFile()
        by_text = {(entry.msgctxt, entry.msgid): entry for entry in old if not entry.obsolete}
        by_place = {entry.comment: entry for entry in old if not entry.obsolete and entry.msgstr}
        po = polib.POFile()
        po.header = (
            f"{language} translation of {data_file.path.name} (Vigilant demo content).\n"
            f"The French source is {data_file.path.name}; see README.md, 'Reviewing and translating the demo content'."
        )
        po.metadata = {
            "Project-Id-Version": "Vigilant demo content",
            "Language": language,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "X-Source-Language": SOURCE_LANGUAGE,
            "X-Poedit-Basepath": ".",
        }
        for text in texts:
            entry = polib.POEntry(
                msgid=text.msgid,
                msgctxt=text.msgctxt,
                comment=text.comment,
                occurrences=[(data_file.path.name, str(text.line))] if text.line else [],
            )
            previous = by_text.get((text.msgctxt, text.msgid))
            if previous is not None:
                entry.msgstr = previous.msgstr
                entry.flags = list(previous.flags)
                entry.previous_msgid = previous.previous_msgid
            elif text.comment in by_place:
                replaced = by_place[text.comment]
                entry.msgstr = replaced.msgstr
                entry.flags = ["fuzzy"]
                entry.previous_msgid = replaced.msgid
            po.append(entry)
        content = str(po)
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            changed.append(path)
    return changed
