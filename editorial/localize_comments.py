"""UPSTREAM WORKAROUND: wagtail-localize's "Translated with PO File on 28 November 2026" under each
text of the translation editor is half English in every admin language.

Why: ``StringTranslation.get_comment`` formats the date with ``strftime`` (English month names
whatever the language) and prints the stored tool name ("PO File") as it is.

What: the same sentences (wagtail-localize's own translated messages), with the date formatted by
Django in the editor's language and the tool names wagtail-localize and Vigilant store translated.

Delete when: wagtail-localize formats these dates with Django's ``date_format`` and translates
its tool name.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy
from wagtail_localize.models import StringTranslation

TOOL_NAMES = {
    "PO File": gettext_lazy("PO file"),
    "Vigilant demo content": gettext_lazy("Vigilant demo content"),
}


def get_comment(self):
    date = date_format(timezone.localtime(self.updated_at), "DATE_FORMAT")
    if self.tool_name:
        tool_name = TOOL_NAMES.get(self.tool_name, self.tool_name)
        return gettext("Translated with {tool_name} on {date}").format(tool_name=tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def install():
    StringTranslation.get_comment = get_comment
