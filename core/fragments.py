"""Rendered parts of a page that change only with published content and with what their key says,
kept per process (``core.content_generation.GenerationMemo``): rendering the same help box for every
reader of a page costs Django's template engine several milliseconds each time.

A tag that uses it names in its key everything its template reads that is not published content:
the reader's language is always added; a help service's "open now" line, which changes with the
clock, goes in the key of the box that shows it. Previews render afresh: they show a revision, not
the published page.
"""

from django.utils.translation import get_language

from core import content_generation

_rendered = content_generation.GenerationMemo(max_entries=2048)


def for_published_content(request):
    """Whether ``request`` shows published content (not a preview), so its fragments may be kept."""
    return request is not None and not getattr(request, "is_preview", False) and not getattr(request, "is_dummy", False)


def render_inclusion(context, template_name, values):
    """``template_name`` rendered with ``values`` as Django renders an inclusion tag's template."""
    template = context.template.engine.get_template(template_name)
    return template.render(context.new(values))


def kept_inclusion(context, template_name, key, build_values):
    """The HTML of ``template_name`` for ``build_values()``, rendered once per content generation,
    language and ``key`` in this process (afresh in previews)."""
    if not for_published_content(context.get("request")):
        return render_inclusion(context, template_name, build_values())
    return _rendered.get(
        (template_name, get_language(), key), lambda: render_inclusion(context, template_name, build_values())
    )
