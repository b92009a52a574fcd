from . import (
    page_cache,  # noqa: F401, E402  (connects the page-cache invalidation on publish)
    vocabulary_labels,  # noqa: F401  (connects the per-request memo reset)
)
