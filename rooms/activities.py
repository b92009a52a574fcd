"""What a room is for. Each activity (the live quiz, a question box...) registers itself once,
from its AppConfig.ready(), and the room sends pupils and teachers to the activity's pages.
A room has one activity (``Room.activity``), but another may add to it: a question box opened
in a live quiz's room. Room events (a pupil removed, rooms deleted) therefore go to every activity."""

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
    # (room): something the pupils' pages show has changed (a question box opened or closed
    # in the room); the activity makes their pages redraw.
    pupils_redraw: Callable = lambda room: None
    # (room, member): inside the removal's transaction, with the member row locked; delete
    # what the member contributed. Called on every activity: several may hang state on one room.
    member_removed: Callable = lambda room, member: None
    # (room ids): just before rooms are deleted (ended by the teacher or expired).
    rooms_deleting: Callable = lambda room_ids: None


def register(activity: Activity):
    _registry[activity.name] = activity


def activity_of(room) -> Activity:
    return _registry[room.activity]


def all_activities():
    return list(_registry.values())
