"""The help step: who a reader can talk to right now, and a way that is there day and night.

Computed from the help services' own data (opening hours in Luxembourg time, and the optional
"reachable day and night" way), so a page never names a single line that may be closed.
"""

from dataclasses import dataclass

from support import help_status
from support.help_status import ServiceWithStatus, with_status
from support.opening_hours import LUXEMBOURG
from support.opening_text import opens_text


@dataclass(frozen=True)
class HelpNow:
    open_now: list[ServiceWithStatus]
    next_opening: str  # "SOS Détresse opens today at 15:00." when nothing is open; else empty
    day_and_night: list  # services with a way to reach them at any hour
    services: list[ServiceWithStatus]  # every service considered, in order

    def __bool__(self):
        return bool(self.open_now or self.next_opening or self.day_and_night)


def help_now(services, at=None) -> HelpNow:
    """What is open at ``at`` (default: now) among ``services``, and what is always there."""
    at = (at or help_status.now()).astimezone(LUXEMBOURG)
    statuses = with_status(services, at)
    open_now = [item for item in statuses if item.status.is_open]
    next_opening = ""
    if not open_now:
        opening = [item for item in statuses if item.status.is_open is False and item.status.opens_at]
        if opening:
            soonest = min(opening, key=lambda item: item.status.opens_at)
            next_opening = opens_text(soonest.service.name, soonest.status, at)
    day_and_night = [item.service for item in statuses if item.service.day_and_night]
    return HelpNow(open_now=open_now, next_opening=next_opening, day_and_night=day_and_night, services=statuses)
