from .audience_pages import AudiencePage
from .navigation import NavigationMenu, SiteFooter
from .pages import BasePage, HomePage, StandardPage, TaggedPageMixin
from .vocabularies import AgeBand, Audience, Topic

__all__ = [
    "AgeBand",
    "Audience",
    "AudiencePage",
    "BasePage",
    "HomePage",
    "NavigationMenu",
    "SiteFooter",
    "StandardPage",
    "TaggedPageMixin",
    "Topic",
]
