from django import forms
from django.utils.translation import gettext_lazy as _

from rooms.access import CODE_LENGTH, is_code
from rooms.symbols import ROOM_SYMBOL_COUNT, SYMBOL_LETTERS, SYMBOLS

ORDINALS = [_("First symbol"), _("Second symbol"), _("Third symbol")]


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Join code"),
        min_length=CODE_LENGTH,
        max_length=CODE_LENGTH + 4,
        help_text=_("The six digits on the projector."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "autocapitalize": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "—")] + [
            (letter, f"{glyph} {name}") for letter, (glyph, name) in zip(SYMBOL_LETTERS, SYMBOLS, strict=True)
        ]
        for position in range(ROOM_SYMBOL_COUNT):
            self.fields[f"symbol{position + 1}"] = forms.ChoiceField(label=ORDINALS[position], choices=choices)

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not is_code(code):
            raise forms.ValidationError(_("A join code is six digits."))
        return code

    @property
    def symbols(self) -> str:
        return "".join(self.cleaned_data[f"symbol{position + 1}"] for position in range(ROOM_SYMBOL_COUNT))
