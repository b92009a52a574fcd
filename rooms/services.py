"""What a room can do: open, join, lock, remove a pupil, let in another teacher device, expire.

Every change is one statement or one short transaction, so several processes and servers can
serve one room at once.
"""

import secrets
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from rooms.access import CODE_LENGTH, token_hash
from rooms.activities import activity_of, all_activities
from rooms.models import Room, RoomHost, RoomKey, RoomMember
from rooms.symbols import ANIMALS, ROOM_SYMBOL_COUNT, SYMBOL_LETTERS

CODE_ATTEMPTS = 30
KEY_MINUTES = 15
TOUCH_EVERY_SECONDS = 60


class NoFreeCode(Exception):
    """Nearly every join code is in use (a million codes; rooms expire after a few hours)."""


class JoinRefused(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # "locked", "full" or "closed"


def _new_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_LENGTH))


def open_room(activity_name, host_device_hash) -> Room:
    """A new room with a free code and fresh symbols; the opening device becomes its controller."""
    symbols = "".join(secrets.choice(SYMBOL_LETTERS) for _ in range(ROOM_SYMBOL_COUNT))
    for _attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                room = Room.objects.create(activity=activity_name, code=_new_code(), symbols=symbols)
                RoomHost.objects.create(room=room, device_hash=host_device_hash, can_control=True)
            return room
        except IntegrityError:
            continue
    raise NoFreeCode


def touch(room):
    """Record activity at most once a minute (keeps a class's requests from queueing on one row)."""
    now = timezone.now()
    if room.last_activity < now - timedelta(seconds=TOUCH_EVERY_SECONDS):
        Room.objects.filter(pk=room.pk, last_activity__lt=now - timedelta(seconds=TOUCH_EVERY_SECONDS)).update(
            last_activity=now
        )


def join(room, device_hash) -> RoomMember:
    """This device's member (the same one after a refresh or a Wi-Fi switch), created if new.

    A removed member is returned as is (the caller refuses it). A new device is refused when the
    room is locked, full, or its activity has ended: raises JoinRefused.
    """
    existing = RoomMember.objects.filter(room=room, device_hash=device_hash).first()
    if existing is not None:
        return existing
    if not activity_of(room).accepts_members(room):
        raise JoinRefused("closed")
    try:
        with transaction.atomic():
            # One conditional UPDATE takes a seat: no two joins can pass the cap or a lock.
            seated = Room.objects.filter(pk=room.pk, locked=False, member_count__lt=F("capacity")).update(
                member_count=F("member_count") + 1, joins=F("joins") + 1, last_activity=timezone.now()
            )
            if not seated:
                raise JoinRefused("locked" if Room.objects.filter(pk=room.pk, locked=True).exists() else "full")
            number = Room.objects.values_list("joins", flat=True).get(pk=room.pk)
            return RoomMember.objects.create(
                room=room, device_hash=device_hash, alias_animal=secrets.randbelow(len(ANIMALS)), alias_number=number
            )
    except IntegrityError:  # the same phone joined twice at once: the other request seated it
        return RoomMember.objects.get(room=room, device_hash=device_hash)


def set_locked(room, locked: bool) -> bool:
    return bool(
        Room.objects.filter(pk=room.pk, locked=not locked).update(
            locked=locked, version=F("version") + 1, last_activity=timezone.now()
        )
    )


def remove_member(room, member_id) -> bool:
    """Remove a pupil: the activity deletes what they contributed; the device cannot come back."""
    with transaction.atomic():
        member = RoomMember.objects.select_for_update().filter(room=room, pk=member_id, removed=False).first()
        if member is None:
            return False
        for activity in all_activities():  # the room's own, and any other with state in it
            activity.member_removed(room, member)
        RoomMember.objects.filter(pk=member.pk).update(removed=True)
        Room.objects.filter(pk=room.pk).update(
            member_count=F("member_count") - 1, version=F("version") + 1, last_activity=timezone.now()
        )
    return True


def members(room):
    """The pupils still in the room, by alias, for the teacher's list."""
    return sorted(RoomMember.objects.filter(room=room, removed=False), key=lambda m: (m.alias.casefold(), m.pk))


def new_key(room, *, can_control=True) -> str:
    """A one-time secret for another teacher device; valid KEY_MINUTES, stored hashed."""
    RoomKey.objects.filter(room=room, expires_at__lt=timezone.now()).delete()
    secret = secrets.token_urlsafe(24)
    RoomKey.objects.create(
        room=room,
        key_hash=token_hash(secret),
        can_control=can_control,
        expires_at=timezone.now() + timedelta(minutes=KEY_MINUTES),
    )
    return secret


def redeem_key(secret, host_device_hash):
    """Spend a one-time secret: the device becomes a host of its room. The room, or None."""
    if not secret or len(secret) > 64:
        return None
    key = RoomKey.objects.select_related("room").filter(key_hash=token_hash(secret)).first()
    if key is None or key.expires_at < timezone.now() or key.room.is_expired:
        return None
    if not RoomKey.objects.filter(pk=key.pk).delete()[0]:  # spent by a parallel request
        return None
    host, created = RoomHost.objects.get_or_create(
        room=key.room, device_hash=host_device_hash, defaults={"can_control": key.can_control}
    )
    if not created and key.can_control and not host.can_control:
        RoomHost.objects.filter(pk=host.pk).update(can_control=True)
    return key.room


def delete_rooms(room_ids) -> int:
    """Delete rooms with everything in them; activities see them first (e.g. to keep anonymous totals)."""
    room_ids = list(room_ids)
    if not room_ids:
        return 0
    for activity in all_activities():
        activity.rooms_deleting(room_ids)
    return Room.objects.filter(pk__in=room_ids).delete()[1].get("rooms.Room", 0)


def delete_expired_rooms(now=None) -> int:
    """Rooms idle for longer than ROOMS_IDLE_HOURS, with their pupils and everything else in them."""
    return delete_rooms(Room.objects.expired(now).values_list("pk", flat=True))
