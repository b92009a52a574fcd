from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "support"
    verbose_name = _("Help services and reporting channels")
    content_models = ("HelpService", "ReportingChannel")  # pages show them (core.content_generation)
