"""Imported by CoreConfig.ready(): connects signal receivers defined next to the code they serve.

The content generation (page cache, navigation and footer) connects itself in CoreConfig.ready(),
once every app has declared its content models.
"""

from . import vocabulary_labels  # noqa: F401  (per-request memo reset)
