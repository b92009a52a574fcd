"""Weekday names for opening hours, in the reader's language (0 = Monday, as in ``date.weekday()``)."""

from django.utils.translation import gettext_lazy as _

WEEKDAY_CHOICES = [
    ("0", _("Monday")),
    ("1", _("Tuesday")),
    ("2", _("Wednesday")),
    ("3", _("Thursday")),
    ("4", _("Friday")),
    ("5", _("Saturday")),
    ("6", _("Sunday")),
]
WEEKDAY_NAMES = {int(value): label for value, label in WEEKDAY_CHOICES}

# "Opens <day> at 14:00": the day as it sits in that sentence (German "am Dienstag",
# Portuguese "na terça-feira" but "no sábado"), so each language gets its own preposition.
ON_WEEKDAY = {
    0: _("on Monday"),
    1: _("on Tuesday"),
    2: _("on Wednesday"),
    3: _("on Thursday"),
    4: _("on Friday"),
    5: _("on Saturday"),
    6: _("on Sunday"),
}
