"""Live classroom sessions. All state lives in these tables so any worker or server can answer.

Nothing here identifies a pupil: a pupil is a random alias ("Otter 3") tied to the hash of a
random device token kept in a cookie on the pupil's phone. A session and everything in it is
deleted a few hours after its last activity (see ``quizzes.live.delete_expired_sessions``).
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def idle_lifetime() -> timedelta:
    return timedelta(hours=getattr(settings, "QUIZZES_LIVE_SESSION_IDLE_HOURS", 3))


class LiveSessionQuerySet(models.QuerySet):
    def expired(self, now=None):
        return self.filter(last_activity__lt=(now or timezone.now()) - idle_lifetime())

    def active(self, now=None):
        return self.filter(last_activity__gte=(now or timezone.now()) - idle_lifetime())


class LiveSession(models.Model):
    class Phase(models.TextChoices):
        LOBBY = "lobby", _("Waiting for pupils")
        QUESTION = "question", _("Question open")
        REVEALED = "revealed", _("Answer revealed")
        ENDED = "ended", _("Ended")

    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("quiz"))
    code = models.CharField(_("join code"), max_length=6, unique=True)
    room_symbols = models.CharField(_("room symbols"), max_length=3)
    host_token_hash = models.CharField(max_length=64, unique=True)
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices, default=Phase.LOBBY)
    question_index = models.PositiveSmallIntegerField(_("current question"), default=0)
    # Bumped on every change pupils' and projector pages must follow; clients reload when it moves.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity = models.DateTimeField(default=timezone.now, db_index=True)

    objects = LiveSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")

    def __str__(self):
        return self.code

    @property
    def is_expired(self) -> bool:
        return self.last_activity < timezone.now() - idle_lifetime()

    @property
    def is_open(self) -> bool:
        return self.phase != self.Phase.ENDED


class LivePupil(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="pupils")
    device_hash = models.CharField(max_length=64)
    alias_animal = models.PositiveSmallIntegerField()
    alias_number = models.PositiveSmallIntegerField()
    joined_at = models.DateTimeField(auto_now_add=True)
    # Set when the teacher removes the pupil: their answers are deleted, the phone is told why
    # and cannot rejoin this session.
    removed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("pupil in a live session")
        verbose_name_plural = _("pupils in live sessions")
        constraints = [
            models.UniqueConstraint(fields=["session", "device_hash"], name="quizzes_one_pupil_per_device"),
            models.UniqueConstraint(
                fields=["session", "alias_animal", "alias_number"], name="quizzes_unique_alias_in_session"
            ),
        ]

    def __str__(self):
        return self.alias

    @property
    def alias(self) -> str:
        from quizzes.aliases import alias_label

        return alias_label(self.alias_animal, self.alias_number)


class LiveAnswer(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="answers")
    pupil = models.ForeignKey(LivePupil, on_delete=models.CASCADE, related_name="answers")
    question_index = models.PositiveSmallIntegerField()
    choice_ids = models.JSONField(default=list)
    is_right = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("answer in a live session")
        verbose_name_plural = _("answers in live sessions")
        constraints = [
            models.UniqueConstraint(fields=["pupil", "question_index"], name="quizzes_one_answer_per_question"),
        ]
        indexes = [models.Index(fields=["session", "question_index"], name="quizzes_answers_by_question")]

    def __str__(self):
        return f"{self.session_id}/{self.question_index}"
