from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = _("Teacher and parent guides")
    # What readers call this app's page types on cards and section headings (core.page_lists).
    page_kinds = {
        "TeacherGuidePage": (_("Lesson plan"), _("Lesson plans")),
        "ParentGuidePage": (_("Guide for parents"), _("Guides for parents")),
    }
