"""What each translatable text is, in words: "What the law says › Rule 2 › Penalty".

wagtail-localize labels a text inside a StreamField by its top-level block and, at most, the list
it sits in: the four texts of a law rule all read "Rules". Translators need the block and the
field, named with the labels the owning apps give them in their ``blocks.py``, in the translation
editor and its PO files (``editorial.localize_editor``) and in the demo content's PO files
(``core.demo.catalogues``).
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from wagtail import blocks
from wagtail.fields import StreamField

SEPARATOR = " › "


def _label(block):
    return str(capfirst(block.label)) if block.label else ""


def _stream_child(stream_block, raw_items, block_id):
    """(child block, its raw value) of the stream item ``block_id``, or (None, None)."""
    for item in raw_items or []:
        if isinstance(item, dict) and item.get("id") == block_id:
            child = stream_block.child_blocks.get(item.get("type"))
            return child, item.get("value")
    return None, None


def _walk(block, raw, components):
    """Labels below ``block`` along ``components`` (a content path's remaining parts)."""
    labels = []
    while components and block is not None:
        part = components.pop(0)
        if isinstance(block, blocks.StreamBlock):
            block, raw = _stream_child(block, raw, part)
            if block is not None:
                labels.append(_label(block))
        elif isinstance(block, blocks.ListBlock):
            items = raw if isinstance(raw, list) else []
            position, value = None, None
            for index, item in enumerate(items, start=1):
                if isinstance(item, dict) and item.get("id") == part:
                    position, value = index, item.get("value")
                    break
            child = block.child_block
            name = _label(child) or _label(block)
            labels.append(f"{name} {position}" if position else name)
            block, raw = child, value
        elif isinstance(block, blocks.StructBlock):
            child = block.child_blocks.get(part)
            if child is None:
                break
            if not isinstance(child, blocks.ListBlock):  # a list names its item instead: "Rule 2"
                labels.append(_label(child))
            raw = raw.get(part) if isinstance(raw, dict) else None
            block = child
        else:
            break
    return [label for label in labels if label]


def describe(instance, content_path):
    """(field label, detail or None) for the text at ``content_path`` of ``instance``.

    ``field`` is the model field's name or the top-level block's label; ``detail`` names what sits
    inside it ("Rule 2 › Penalty"), None for a plain field.
    """
    components = content_path.split(".")
    try:
        field = instance._meta.get_field(components[0])
    except FieldDoesNotExist:
        return content_path, None
    if isinstance(field, StreamField) and len(components) > 1:
        raw_items = getattr(getattr(instance, field.name), "raw_data", None)
        raw_items = list(raw_items) if raw_items is not None else []
        block, raw = _stream_child(field.stream_block, raw_items, components[1])
        if block is None:
            return str(capfirst(field.verbose_name)), None
        inner = _walk(block, raw, components[2:])
        return _label(block) or str(capfirst(field.verbose_name)), SEPARATOR.join(inner) or None
    if field.is_relation and field.one_to_many and len(components) > 2:
        child_model = field.related_model
        try:
            child_field = child_model._meta.get_field(components[2])
        except FieldDoesNotExist:
            return str(capfirst(child_model._meta.verbose_name)), None
        return str(capfirst(child_model._meta.verbose_name)), str(capfirst(child_field.verbose_name))
    return str(capfirst(getattr(field, "verbose_name", field.name))), None


def describe_in_words(instance, content_path):
    """One line: "What the law says › Rule 2 › Penalty" (for PO comments)."""
    field, detail = describe(instance, content_path)
    return f"{field}{SEPARATOR}{detail}" if detail else field
