from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Topic

for model in (Audience, AgeBand, Topic, NavigationMenu, SiteFooter):
    register_snippet(model)


@hooks.register("before_serve_page")
def remember_cacheable_query_parameters(page, request, serve_args, serve_kwargs):
    """The page cache stores a URL with a query string only if the page declares its parameters."""
    request.page_cache_query_parameters = getattr(page, "page_cache_query_parameters", ())
