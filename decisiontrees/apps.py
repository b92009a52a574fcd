from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisiontreesConfig(AppConfig):
    name = "decisiontrees"
    verbose_name = _("Decision trees")
