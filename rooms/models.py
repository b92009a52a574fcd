"""A room: what pupils join with a code and symbols, and what a teacher's devices control.

Activities (the live quiz, and later others) hang their own state on a room. Nothing here
identifies a pupil: a member is a random alias ("Otter 3") tied to the hash of a random
device token kept in a cookie on the pupil's phone. A teacher's device is known the same way,
by the hash of a token in its own cookie. Rooms are deleted, with everything in them, a few
hours after their last activity (rooms.services.delete_expired_rooms, run by the scheduler).
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def idle_lifetime() -> timedelta:
    return timedelta(hours=getattr(settings, "ROOMS_IDLE_HOURS", 3))


def default_capacity() -> int:
    return getattr(settings, "ROOMS_CAPACITY", 40)


class RoomQuerySet(models.QuerySet):
    def expired(self, now=None):
        return self.filter(last_activity__lt=(now or timezone.now()) - idle_lifetime())


class Room(models.Model):
    activity = models.CharField(_("activity"), max_length=40)
    code = models.CharField(_("join code"), max_length=6, unique=True)
    symbols = models.CharField(_("room symbols"), max_length=3)
    locked = models.BooleanField(_("locked"), default=False)
    capacity = models.PositiveSmallIntegerField(_("pupil cap"), default=default_capacity)
    member_count = models.PositiveSmallIntegerField(_("pupils in the room"), default=0)
    joins = models.PositiveIntegerField(default=0)  # joins so far: numbers the aliases, never goes down
    # Bumped when the teacher's screens must redraw: lock, unlock, a pupil removed.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity = models.DateTimeField(default=timezone.now, db_index=True)

    objects = RoomQuerySet.as_manager()

    class Meta:
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self):
        return self.code

    @property
    def is_expired(self) -> bool:
        return self.last_activity < timezone.now() - idle_lifetime()

    @property
    def is_full(self) -> bool:
        return self.member_count >= self.capacity


class RoomMember(models.Model):
    """A pupil's device in a room."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="members")
    device_hash = models.CharField(max_length=64)
    alias_animal = models.PositiveSmallIntegerField()
    alias_number = models.PositiveSmallIntegerField()
    joined_at = models.DateTimeField(auto_now_add=True)
    # Set when the teacher removes the pupil: the activity deletes their contributions, the phone
    # is told why, and this device cannot come back.
    removed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("pupil in a room")
        verbose_name_plural = _("pupils in rooms")
        constraints = [
            models.UniqueConstraint(fields=["room", "device_hash"], name="rooms_one_member_per_device"),
            models.UniqueConstraint(fields=["room", "alias_number"], name="rooms_unique_alias_number"),
        ]

    def __str__(self):
        return self.alias

    @property
    def alias(self) -> str:
        from rooms.symbols import alias_label

        return alias_label(self.alias_animal, self.alias_number)


class RoomHost(models.Model):
    """A teacher's device: the one that opened the room, or one let in with a one-time link."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="hosts")
    device_hash = models.CharField(max_length=64)
    can_control = models.BooleanField(default=True)  # False: a projector that only shows the screen
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["room", "device_hash"], name="rooms_one_host_per_device")]

    def __str__(self):
        return f"{self.room_id}/{self.pk}"


class RoomKey(models.Model):
    """A one-time secret that lets another device of the teacher into the room (stored hashed)."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="keys")
    key_hash = models.CharField(max_length=64, unique=True)
    can_control = models.BooleanField(default=True)
    expires_at = models.DateTimeField()

    def __str__(self):
        return f"{self.room_id}/{self.pk}"
