"""Imported by CoreConfig.ready(): connects signal receivers defined next to the code they serve."""

from . import (
    page_cache,  # noqa: F401  (page-cache invalidation on publish and content changes)
    site_chrome,  # noqa: F401  (navigation/footer cache invalidation)
    vocabulary_labels,  # noqa: F401  (per-request memo reset)
)
