"""Tags for the translation editor's template override (see editorial.localize_editor)."""

from django import template

from editorial import localize_editor

register = template.Library()


@register.simple_tag(takes_context=True)
def vigilant_editor_props(context):
    return localize_editor.editor_props(
        context["props"], context["request"].user, context["instance"], context["translation"]
    )


@register.simple_tag(takes_context=True)
def vigilant_workflow_footer(context):
    return localize_editor.workflow_footer(context["request"].user, context["instance"])
