from . import vocabulary_labels  # noqa: F401  (connects the per-request memo reset)
