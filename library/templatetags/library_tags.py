from django import template

register = template.Library()


@register.filter
def page_type_label(page):
    """The page's type as readers should read it ("factsheet", "teacher guide")."""
    return page._meta.verbose_name


@register.filter
def search_snippet(page):
    """What the result says about the page: its search description, else its introduction."""
    return page.search_description or getattr(page, "intro", "") or ""
