"""Anonymous answer counts: how often each answer was chosen, in self-paced quizzes and live classes.

Self-paced answers are counted as they come; a live class's answers are added once, when its
session ends or is deleted (quizzes.classroom.fold_into_counts), and the editors' report adds
those of sessions still running, so the totals are exact at any time.

Nothing about the pupil is stored, not even a time: only counters per question and per
answer, shared by every translation of a quiz (keyed on its translation_key; question and
answer ids are the same in every language).
"""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class QuestionTally(models.Model):
    quiz_key = models.UUIDField(_("quiz"), db_index=True)
    question_id = models.CharField(_("question"), max_length=64)
    answered = models.PositiveIntegerField(_("answers"), default=0)
    answered_right = models.PositiveIntegerField(_("right answers"), default=0)

    class Meta:
        verbose_name = _("question count")
        verbose_name_plural = _("question counts")
        constraints = [
            models.UniqueConstraint(fields=["quiz_key", "question_id"], name="quizzes_unique_question_tally")
        ]

    def __str__(self):
        return f"{self.question_id}: {self.answered}"


class ChoiceTally(models.Model):
    quiz_key = models.UUIDField(_("quiz"), db_index=True)
    question_id = models.CharField(_("question"), max_length=64)
    choice_id = models.CharField(_("answer"), max_length=64)
    chosen = models.PositiveIntegerField(_("times chosen"), default=0)

    class Meta:
        verbose_name = _("answer count")
        verbose_name_plural = _("answer counts")
        constraints = [
            models.UniqueConstraint(fields=["quiz_key", "question_id", "choice_id"], name="quizzes_unique_choice_tally")
        ]

    def __str__(self):
        return f"{self.choice_id}: {self.chosen}"


def _increment(model, lookup, **increments):
    updates = {name: F(name) + amount for name, amount in increments.items()}
    if model.objects.filter(**lookup).update(**updates) or min(increments.values()) < 0:
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **increments)
    except IntegrityError:  # another process created it first
        model.objects.filter(**lookup).update(**updates)


def count_answer(quiz_key, question_id, chosen_ids, right: bool, *, amount=1):
    """Add one answer to the counts (``amount=-1`` takes a counted answer back out)."""
    lookup = {"quiz_key": quiz_key, "question_id": question_id}
    _increment(QuestionTally, lookup, answered=amount, answered_right=amount if right else 0)
    for choice_id in sorted(set(chosen_ids)):
        _increment(ChoiceTally, {**lookup, "choice_id": choice_id}, chosen=amount)


def uncount_answer(quiz_key, question_id, chosen_ids, right: bool):
    count_answer(quiz_key, question_id, chosen_ids, right, amount=-1)


def add_counts(quiz_key, question_id, answered, answered_right, chosen):
    """Add totals for one question at once (negative amounts take counted answers back out)."""
    lookup = {"quiz_key": quiz_key, "question_id": question_id}
    if answered:
        _increment(QuestionTally, lookup, answered=answered, answered_right=answered_right)
    for choice_id in sorted(chosen):
        if chosen[choice_id]:
            _increment(ChoiceTally, {**lookup, "choice_id": choice_id}, chosen=chosen[choice_id])
