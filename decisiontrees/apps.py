from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisiontreesConfig(AppConfig):
    name = "decisiontrees"
    verbose_name = _("Decision trees")
    # What readers call this app's page types on cards and section headings (core.page_lists).
    page_kinds = {"DecisionTreePage": (_("Tool"), _("Tools"))}
