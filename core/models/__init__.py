from .audience_pages import AudiencePage
from .counters import Counter
from .navigation import NavigationMenu, SiteFooter
from .pages import BasePage, HomePage, StandardPage, TaggedPageMixin
from .sources import Source, SourcedMixin
from .vocabularies import AgeBand, Audience, Topic

__all__ = [
    "AgeBand",
    "Audience",
    "AudiencePage",
    "BasePage",
    "Counter",
    "HomePage",
    "NavigationMenu",
    "SiteFooter",
    "Source",
    "SourcedMixin",
    "StandardPage",
    "TaggedPageMixin",
    "Topic",
]
