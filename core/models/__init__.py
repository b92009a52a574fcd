from .counters import Counter
from .navigation import NavigationMenu, SiteFooter
from .pages import BasePage, HomePage, StandardPage, TaggedPageMixin
from .vocabularies import AgeBand, Audience, Topic

__all__ = [
    "AgeBand",
    "Audience",
    "BasePage",
    "Counter",
    "HomePage",
    "NavigationMenu",
    "SiteFooter",
    "StandardPage",
    "TaggedPageMixin",
    "Topic",
]
