from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from questionbox.limits import MAX_LENGTH, MIN_LENGTH


class QuestionForm(forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        min_length=MIN_LENGTH,
        max_length=MAX_LENGTH,
        help_text=lazy(
            lambda: (
                gettext("Up to %(count)s characters. Phone numbers, e-mail addresses, links and usernames are hidden.")
                % {"count": MAX_LENGTH}
            ),
            str,
        )(),
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MAX_LENGTH, "autocomplete": "off"}),
        error_messages={
            "required": _("Write your question before sending."),
            "min_length": _("Write your question before sending."),
            "max_length": _("Your question is too long: keep it under %(limit_value)d characters."),
        },
    )

    def clean_text(self):
        text = self.cleaned_data["text"]
        # Keep line breaks; drop other control characters (they show as nothing, or break a projector).
        text = "".join(char for char in text if char in "\n\t" or char.isprintable())
        text = "\n".join(line.strip() for line in text.splitlines())
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        text = text.strip()
        if len(text) < MIN_LENGTH:
            raise forms.ValidationError(self.fields["text"].error_messages["required"])
        return text


class StartForm(forms.Form):
    topic = forms.TypedChoiceField(
        label=_("Topic of the lesson"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("The editors' answers on this topic come first on your control screen."),
    )

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Several topics"))] + [(pk, name) for pk, name in topics]
