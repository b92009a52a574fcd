"""Opening status of help services for templates, computed at request time in Luxembourg time."""

from dataclasses import dataclass

from django.utils import timezone

from support.opening_hours import LUXEMBOURG, OpeningStatus
from support.opening_text import status_text


def now():
    """The current instant; tests replace this to render a page at a chosen moment."""
    return timezone.now()


@dataclass(frozen=True)
class ServiceWithStatus:
    service: object
    status: OpeningStatus
    text: str


def with_status(services, at=None) -> list[ServiceWithStatus]:
    """Each service with its opening status and the sentence describing it, in the active language."""
    at = (at or now()).astimezone(LUXEMBOURG)
    result = []
    for service in services:
        status = service.opening_status(at)
        result.append(ServiceWithStatus(service, status, status_text(status, at)))
    return result
