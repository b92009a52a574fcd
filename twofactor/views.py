"""Admin views: turn two-factor authentication on or off, and enter a code after signing in."""

import django_otp
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .devices import (
    confirmed_device,
    device_being_set_up,
    forget_device_being_set_up,
    qr_code_svg,
    secret_for_typing,
)
from .forms import CodeForm
from .middleware import two_factor_required


class SetupView(WagtailAdminTemplateMixin, FormView):
    """Shows whether two-factor authentication is on; turns it on (scan, then confirm a code) or off."""

    template_name = "twofactor/setup.html"
    form_class = CodeForm
    page_title = _("Two-factor authentication")
    header_icon = "key"

    def get_device(self):
        return confirmed_device(self.request.user) or device_being_set_up(self.request.user, self.request.session)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.get_device()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = self.get_device()
        context["enabled"] = device.confirmed
        context["required"] = two_factor_required(self.request.user)
        if not device.confirmed:
            context["qr_code"] = qr_code_svg(device)
            context["secret"] = secret_for_typing(device)
        return context

    def form_valid(self, form):
        device = form.device
        if device.confirmed and two_factor_required(self.request.user):
            messages.error(self.request, _("Your role requires two-factor authentication: it stays on."))
        elif device.confirmed:  # turning it off needs a current code too
            device.delete()
            messages.success(self.request, _("Two-factor authentication is off."))
        else:
            device.confirmed = True
            device.save()
            forget_device_being_set_up(self.request.session)
            django_otp.login(self.request, device)
            messages.success(self.request, _("Two-factor authentication is on. You will need a code at every sign-in."))
        return redirect("twofactor_setup")


class VerifyView(WagtailAdminTemplateMixin, FormView):
    """After the password: the code. The admin stays closed until it is right."""

    template_name = "twofactor/verify.html"
    form_class = CodeForm
    page_title = _("Enter your code")
    header_icon = "key"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": confirmed_device(self.request.user)}

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next")
        allowed = url_has_allowed_host_and_scheme(url, {self.request.get_host()}, self.request.is_secure())
        return url if url and allowed else reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.next_url()}

    def get(self, request, *args, **kwargs):
        if request.user.is_verified() or confirmed_device(request.user) is None:
            return redirect(self.next_url())
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        django_otp.login(self.request, form.device)
        return redirect(self.next_url())
