from .downloads import DocumentDownloadCount
from .guides import GuideIndexPage, ParentGuidePage, TeacherGuidePage

__all__ = ["DocumentDownloadCount", "GuideIndexPage", "ParentGuidePage", "TeacherGuidePage"]
