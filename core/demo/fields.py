"""Turn the values of a content file into model field values (see core.demo.content for the format).

StreamField values are walked together with their block definitions, so a content file reads
like the editor's form: ``- key_facts: {facts: [...]}``. Struct blocks take the block's default
for every key a file leaves out; choosers take a reference (a page's address, a snippet's slug,
a document's title) that the ``resolve`` object turns into an object.

Block ids are derived from the file's address and the block's position, so loading the same
file twice gives the same ids (and the same wagtail-localize segment paths).
"""

import datetime
import uuid

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

BLOCK_ID_NAMESPACE = uuid.UUID("5d1c6c4e-3b55-4a55-9a53-6c0b1f1d2a77")


class ContentValueError(ValueError):
    """A value in a content file does not fit the field or block it is written for."""


class Offline:
    """Resolves no reference: used to read a file's texts without a database (PO extraction)."""

    def page(self, address):
        return None

    def snippet(self, model, slug):
        return None

    def document(self, title):
        return None


class BlockIds:
    """Stable block ids, and a readable label for each (for translators' comments)."""

    def __init__(self, address: str):
        self.address = address
        self.labels: dict[str, str] = {}

    def new(self, where: str, label: str) -> str:
        block_id = str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{self.address}#{where}"))
        self.labels[block_id] = label
        return block_id


TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock, blocks.EmailBlock)


def _default(block):
    """The raw value an editor saves for a block left empty."""
    value = block.get_prep_value(block.get_default())
    if value is None and isinstance(block, TEXT_BLOCKS):
        return ""
    return value


def _pk(obj):
    return obj.pk if obj is not None else None


def block_value(block, value, resolve, ids: BlockIds, where: str):
    """The raw (JSON-ready) value of ``block`` for the content-file value ``value``."""
    if isinstance(block, blocks.StreamBlock):
        return stream_value(block, value, resolve, ids, where)
    if isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise ContentValueError(f"{where}: expected a list, got {value!r}")
        return [
            {
                "type": "item",
                "value": block_value(block.child_block, item, resolve, ids, f"{where}.{index}"),
                "id": ids.new(f"{where}.{index}", str(index + 1)),
            }
            for index, item in enumerate(value)
        ]
    if isinstance(block, blocks.StructBlock):
        value = value or {}
        if not isinstance(value, dict):
            raise ContentValueError(f"{where}: expected a mapping of {sorted(block.child_blocks)}, got {value!r}")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise ContentValueError(f"{where}: unknown {sorted(unknown)}; this block has {sorted(block.child_blocks)}")
        return {
            name: (
                block_value(child, value[name], resolve, ids, f"{where}.{name}") if name in value else _default(child)
            )
            for name, child in block.child_blocks.items()
        }
    if value is None:
        return _default(block)
    if isinstance(block, blocks.PageChooserBlock):
        return _pk(resolve.page(value))
    if isinstance(block, SnippetChooserBlock):
        return _pk(resolve.snippet(block.target_model, value))
    if isinstance(block, DocumentChooserBlock):
        return _pk(resolve.document(value))
    if isinstance(block, ImageChooserBlock):
        raise ContentValueError(f"{where}: content files cannot hold images yet")
    if isinstance(block, blocks.TimeBlock | blocks.DateBlock):
        if not isinstance(value, str | datetime.date):
            # YAML reads an unquoted 14:00 as a number (sexagesimal): times must be quoted.
            raise ContentValueError(f'{where}: write times and dates in quotes, e.g. "14:00"')
        return str(value)
    return value


def stream_value(stream_block, items, resolve, ids: BlockIds, where: str):
    if not isinstance(items, list):
        raise ContentValueError(f"{where}: expected a list of blocks, got {items!r}")
    raw = []
    for index, item in enumerate(items):
        if isinstance(item, str):  # a block without a value of its own
            item = {item: None}
        if not isinstance(item, dict) or len(item) != 1:
            raise ContentValueError(f"{where}.{index}: each block is one 'type: value' pair, got {item!r}")
        ((block_type, value),) = item.items()
        child = stream_block.child_blocks.get(block_type)
        if child is None:
            raise ContentValueError(
                f"{where}.{index}: unknown block {block_type!r}; this field has {sorted(stream_block.child_blocks)}"
            )
        path = f"{where}.{index}"
        raw.append(
            {
                "type": block_type,
                "value": block_value(child, value, resolve, ids, path),
                "id": ids.new(path, f"{block_type} {index + 1}"),
            }
        )
    return raw


def many_to_many(field) -> bool:
    return isinstance(field, ParentalManyToManyField | models.ManyToManyField)


def field_value(field, value, resolve, ids: BlockIds):
    """The value to assign to ``field`` for a content-file value."""
    if isinstance(field, StreamField):
        return stream_value(field.stream_block, value or [], resolve, ids, field.name)
    if many_to_many(field):
        if not isinstance(value, list):
            raise ContentValueError(f"{field.name}: expected a list of slugs, got {value!r}")
        return [obj for obj in (resolve.snippet(field.related_model, slug) for slug in value) if obj is not None]
    if isinstance(field, models.ForeignKey):
        if value is None:
            return None
        if not any(f.name == "slug" for f in field.related_model._meta.fields):
            raise ContentValueError(f"{field.name}: content files cannot set this link")
        found = resolve.snippet(field.related_model, value)  # a vocabulary or snippet, by its slug
        # Offline (reading texts without a database), an unsaved stand-in: it has no text to translate.
        return found if found is not None else field.related_model(slug=value)
    if isinstance(field, RichTextField | models.TextField | models.CharField) and value is None:
        return ""
    return value
