from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("two-factor/", views.SetupView.as_view(), name="twofactor_setup"),
        path("two-factor/verify/", views.VerifyView.as_view(), name="twofactor_verify"),
    ]


@hooks.register("register_account_menu_item")
def account_menu_item(request):
    return {
        "url": reverse("twofactor_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from an app on your phone at every sign-in, on top of your password."),
    }
