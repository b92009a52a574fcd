from wagtail.snippets.models import register_snippet

from core.models import AgeBand, Audience, NavigationMenu, SiteFooter, Topic

for model in (Audience, AgeBand, Topic, NavigationMenu, SiteFooter):
    register_snippet(model)
