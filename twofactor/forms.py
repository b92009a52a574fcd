from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """A six-digit code from the editor's authenticator app, checked against `device`."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Six digits; a new code appears every 30 seconds."),
        max_length=6,
        min_length=6,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]*"}),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"]
        if not token.isdigit() or self.device is None or not self.device.verify_token(token):
            raise forms.ValidationError(_("This code is not right or has expired. Try the newest code."))
        return token
