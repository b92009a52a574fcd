"""The factsheet index filters: audience, age band and topic, from the query string.

A plain GET form, so filtered lists work without JavaScript, can be bookmarked and combine
(?topic=grooming&audience=parents&age=12-14). Values are vocabulary slugs, the same in every
language; the options show the labels in the reader's language. An unknown value is dropped
(the other filters still apply) and reported as a form error.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import AgeBand, Audience, Topic
from core.vocabulary_labels import vocabulary_in_reader_language

# (query parameter, vocabulary, page relation, label, "all" option)
FILTERS = [
    ("topic", Topic, "topics", _("Topic"), _("All topics")),
    ("audience", Audience, "audiences", _("For whom"), _("Everyone")),
    ("age", AgeBand, "age_bands", _("Age"), _("All ages")),
]


class FactsheetFilterForm(forms.Form):
    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        for name, model, _relation, label, everyone in FILTERS:
            entries = vocabulary_in_reader_language(model).values()
            self.fields[name] = forms.ChoiceField(
                label=label,
                required=False,
                choices=[("", everyone), *((entry.slug, entry.name) for entry in entries)],
            )

    def active_filters(self):
        """{parameter: slug} for the valid, non-empty filters."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, factsheets):
        active = self.active_filters()
        for name, _model, relation, _label, _everyone in FILTERS:
            if name in active:
                factsheets = factsheets.filter(**{f"{relation}__slug": active[name]})
        return factsheets.distinct() if active else factsheets
