from django import template

from decisiontrees.flags import CRITERIA, REACTIONS, flag

register = template.Library()


@register.simple_tag
def flag_for(key):
    """{% flag_for "red" as flag %}: the flag's name, sign, meaning and CSS class (None for no flag)."""
    return flag(key)


@register.simple_tag
def criterion_for(key):
    """{% criterion_for "consent" as criterion %}: the criterion's name and question (None if unknown)."""
    return CRITERIA.get(key or "")


@register.filter
def reaction_name(key):
    """{{ "talk"|reaction_name }} -> "Talk" in the reader's language."""
    return REACTIONS.get(key, "")
