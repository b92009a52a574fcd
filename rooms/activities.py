"""What a room is for. Each activity (the live quiz, a question box...) registers itself once,
from its AppConfig.ready(), and the room sends pupils and teachers to the activity's pages."""

from collections.abc import Callable
from dataclasses import dataclass

_registry: dict = {}


@dataclass(frozen=True)
class Activity:
    name: str
    pupil_url: Callable  # (room) -> the pupil's page after joining
    control_url: Callable  # (room) -> the teacher's control page
    screen_url: Callable  # (room) -> the projector screen
    accepts_members: Callable = lambda room: True  # (room) -> False once the activity has ended
    # (room, member): inside the removal's transaction, with the member row locked; delete
    # what the member contributed.
    member_removed: Callable = lambda room, member: None
    # (room ids): just before rooms are deleted (ended by the teacher or expired).
    rooms_deleting: Callable = lambda room_ids: None


def register(activity: Activity):
    _registry[activity.name] = activity


def activity_of(room) -> Activity:
    return _registry[room.activity]


def all_activities():
    return list(_registry.values())
