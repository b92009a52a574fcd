from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from core.freshness import due_for_recheck, recheck_start
from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Source, Topic

for model in (Audience, AgeBand, Topic, NavigationMenu, SiteFooter, Source):
    register_snippet(model)


class RecheckPanel(Component):
    """Dashboard: facts not checked since this year's re-check began (core.freshness)."""

    name = "due_for_recheck"
    template_name = "core/admin/recheck_panel.html"
    order = 250

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        today = timezone.localdate()
        return {"items": due_for_recheck(today, request.user), "start": recheck_start(today), "request": request}


@hooks.register("construct_homepage_panels")
def add_recheck_panel(request, panels):
    panels.append(RecheckPanel())


@hooks.register("before_serve_page")
def remember_cacheable_query_parameters(page, request, serve_args, serve_kwargs):
    """The page cache stores a URL with a query string only if the page declares its parameters."""
    request.page_cache_query_parameters = getattr(page, "page_cache_query_parameters", ())
