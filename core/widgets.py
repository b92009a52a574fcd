"""Admin widgets of the core app."""

from django import forms


class LookChooser(forms.RadioSelect):
    """The topic looks as radio buttons, each with its picture, so editors choose by sight."""

    template_name = "core/widgets/look_chooser.html"
    option_template_name = "core/widgets/look_option.html"
