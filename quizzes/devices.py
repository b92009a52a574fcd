"""Who a device is in a live quiz, and where the session stands, each read in one plain query.

These are the paths a whole class takes many times a second: every phone's poll, panel and
answer, and the teacher's screens' state. Through the ORM a pupil took three queries (member with
room and session, the answer to the current question), and building them cost more than running
them. Rows become ordinary model instances, so views and templates read them as usual.

This module is the one place that knows how rooms, members, hosts, sessions and answers join; the
poll that answers 304 before the view (quizzes.middleware) reads ``VERSION``.
"""

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from quizzes import classroom
from quizzes.models import LiveAnswer, LiveSession
from rooms import access
from rooms.models import Room, RoomMember, idle_lifetime

_JOINS = " FROM rooms_room r JOIN rooms_roommember m ON m.room_id = r.id JOIN quizzes_livesession s ON s.room_id = r.id"
_WHERE = " WHERE r.code = %s AND m.device_hash = %s"  # both indexed (unique code, unique member per device)
# What the 304 path needs: the session's version and whether the pupil was removed.
VERSION = "SELECT s.version, m.removed" + _JOINS + _WHERE
_FIND = (
    "SELECT s.version, m.removed, m.id, m.alias_animal, m.alias_number, r.id, r.last_activity,"
    " s.id, s.quiz_id, s.phase, s.question_index, a.id, a.choice_ids, a.is_right"
    + _JOINS
    + " LEFT JOIN quizzes_liveanswer a ON a.member_id = m.id AND a.question_index = s.question_index"
    + _WHERE
)


@dataclass
class Pupil:
    member: RoomMember
    session: LiveSession  # session.room is the room
    answer: LiveAnswer | None  # to the current question


def _aware(value):
    """A timestamp as the database gives it in plain SQL (SQLite: text, naive) made aware."""
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else value.replace(tzinfo=UTC)


def pupil(request, code) -> Pupil | None:
    """This device in the live quiz with ``code`` (a removed pupil included), or None: not a
    member, no such code, an expired room, or a room without a quiz."""
    token = access.device_token(request)
    if not (token and access.is_code(code)):
        return None
    with connection.cursor() as cursor:
        cursor.execute(_FIND, [code, access.token_hash(token)])
        row = cursor.fetchone()
    if row is None:
        return None
    version, removed, member_id, animal, number, room_id, last_activity = row[:7]
    session_id, quiz_id, phase, question_index, answer_id, choice_ids, is_right = row[7:]
    room = Room(id=room_id, code=code, last_activity=_aware(last_activity), activity=classroom.ACTIVITY)
    if room.last_activity < datetime.now(UTC) - idle_lifetime():
        return None
    member = RoomMember(
        id=member_id, room=room, alias_animal=animal, alias_number=number, removed=bool(removed), device_hash=""
    )
    session = LiveSession(
        id=session_id, room=room, quiz_id=quiz_id, phase=phase, question_index=question_index, version=version
    )
    answer = None
    if answer_id is not None:
        choices = json.loads(choice_ids) if isinstance(choice_ids, str) else choice_ids
        answer = LiveAnswer(
            id=answer_id,
            session_id=session_id,
            member_id=member_id,
            question_index=question_index,
            choice_ids=choices,
            is_right=bool(is_right),
        )
    return Pupil(member, session, answer)


_HOST_STATE = (
    "SELECT s.version, r.version, r.member_count,"
    " (SELECT count(*) FROM quizzes_liveanswer a WHERE a.session_id = s.id AND a.question_index = s.question_index)"
    " FROM rooms_room r"
    " JOIN rooms_roomhost h ON h.room_id = r.id"
    " JOIN quizzes_livesession s ON s.room_id = r.id"
    " WHERE r.code = %s AND h.device_hash = %s AND r.last_activity >= %s"
)


def host_state(request, code) -> tuple | None:
    """(session version, room version, pupils joined, answers to the current question) for one of
    the teacher's screens (control or projector) of the room with ``code``, or None."""
    token = access.host_token(request)
    if not (token and access.is_code(code)):
        return None
    expiry = connection.ops.adapt_datetimefield_value(datetime.now(UTC) - idle_lifetime())
    with connection.cursor() as cursor:
        cursor.execute(_HOST_STATE, [code, access.token_hash(token), expiry])
        return cursor.fetchone()
