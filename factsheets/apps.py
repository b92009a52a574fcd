from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FactsheetsConfig(AppConfig):
    name = "factsheets"
    verbose_name = _("Factsheets")
    # What readers call this app's page types on cards and section headings (core.page_lists).
    page_kinds = {"FactsheetPage": (_("Factsheet"), _("Factsheets"))}
