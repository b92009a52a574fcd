"""Live class quizzes: a quiz run in a room (rooms.Room), with its phase and the pupils' answers.

All state lives in these tables so any worker or server can answer. Pupils are room members
(random aliases, no names). A session goes when its room goes: a few hours after the last
activity, or when the teacher deletes it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LiveSession(models.Model):
    class Phase(models.TextChoices):
        LOBBY = "lobby", _("Waiting for pupils")
        QUESTION = "question", _("Question open")
        REVEALED = "revealed", _("Answer revealed")
        ENDED = "ended", _("Ended")

    room = models.OneToOneField("rooms.Room", on_delete=models.CASCADE, related_name="quiz_session")
    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("quiz"))
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices, default=Phase.LOBBY)
    question_index = models.PositiveSmallIntegerField(_("current question"), default=0)
    # Bumped on every change pupils' phones must follow (a new phase or question).
    version = models.PositiveIntegerField(default=1)
    # Set once the session's answers are added to the editors' anonymous counts (at the end,
    # or when the session is deleted): each class writes the shared count rows once, not per answer.
    tallied = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")

    def __str__(self):
        return f"{self.room_id}"

    @property
    def is_open(self) -> bool:
        return self.phase != self.Phase.ENDED


class LiveAnswer(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="answers")
    member = models.ForeignKey("rooms.RoomMember", on_delete=models.CASCADE, related_name="quiz_answers")
    question_index = models.PositiveSmallIntegerField()
    choice_ids = models.JSONField(default=list)
    is_right = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("answer in a live session")
        verbose_name_plural = _("answers in live sessions")
        constraints = [
            models.UniqueConstraint(fields=["member", "question_index"], name="quizzes_one_answer_per_question"),
        ]
        indexes = [models.Index(fields=["session", "question_index"], name="quizzes_answers_by_question")]

    def __str__(self):
        return f"{self.session_id}/{self.question_index}"
