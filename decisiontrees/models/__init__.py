"""Decision trees (one question per screen, ending on advice) and flag guides (the same engine,
for adults, ending on a flag). One page type per module; the walking engine in ``walkable``."""

from .decision_tree import DecisionTreePage
from .flag_guide import FlagGuidePage
from .index import DecisionTreeIndexPage
from .walkable import HANDOUT_PDF_KIND, POSTER_PDF_KIND, WalkableTreePage

__all__ = [
    "HANDOUT_PDF_KIND",
    "POSTER_PDF_KIND",
    "DecisionTreeIndexPage",
    "DecisionTreePage",
    "FlagGuidePage",
    "WalkableTreePage",
]
