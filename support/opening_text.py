"""The sentence a reader sees about a service's hours ("Open now, until 22:00")."""

from datetime import datetime, timedelta

from django.utils.translation import gettext as _

from support.opening_hours import OpeningStatus
from support.weekdays import ON_WEEKDAY


def _clock(moment: datetime) -> str:
    # Luxembourg writes times on a 24-hour clock in all five site languages.
    return moment.strftime("%H:%M")


def _day(moment: datetime, now: datetime) -> str:
    today = now.astimezone(moment.tzinfo).date()
    if moment.date() == today:
        return _("today")
    if moment.date() == today + timedelta(days=1):
        return _("tomorrow")
    return str(ON_WEEKDAY[moment.weekday()])


def opens_text(name: str, status: OpeningStatus, now: datetime) -> str:
    """ "SOS Détresse opens today at 15:00." in the active language; empty if it never opens."""
    if status.opens_at is None:
        return ""
    return _("%(name)s opens %(day)s at %(time)s.") % {
        "name": name,
        "day": _day(status.opens_at, now),
        "time": _clock(status.opens_at),
    }


def status_text(status: OpeningStatus, now: datetime) -> str:
    """A short sentence in the active language; empty when no hours are known."""
    if status.is_open is None:
        return ""
    if status.is_open:
        if status.closes_at is None:
            return _("Open now")
        if status.closes_at.date() == now.astimezone(status.closes_at.tzinfo).date():
            return _("Open now, until %(time)s") % {"time": _clock(status.closes_at)}
        return _("Open now, until %(day)s at %(time)s") % {
            "day": _day(status.closes_at, now),
            "time": _clock(status.closes_at),
        }
    if status.opens_at is None:
        return _("Closed")
    return _("Closed, opens %(day)s at %(time)s") % {"day": _day(status.opens_at, now), "time": _clock(status.opens_at)}
