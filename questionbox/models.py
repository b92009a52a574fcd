"""A question box: pupils in a room send questions without a name; the teacher picks which ones
the projector shows, next to an editor's answer if one fits.

A box hangs on a room (rooms.Room): the room of a live quiz, or a room of its own for a lesson
without a quiz. It goes with its room (ended by the teacher, or a few hours after the last
activity): questions are deleted with it, and the scheduler's sweep
(questionbox.box.delete_expired_questions) deletes those of expired rooms first.
Questions are stored only masked (questionbox.masking): phone numbers, e-mail addresses, links
and @handles never reach the database.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.pages import in_default_locale
from core.models.sources import sources_field


class QuestionBox(models.Model):
    room = models.OneToOneField("rooms.Room", on_delete=models.CASCADE, related_name="question_box")
    topic = models.ForeignKey(
        "core.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("topic")
    )
    is_open = models.BooleanField(_("open to questions"), default=True)
    # Questions received so far: the per-session cap counts these; deleting one never frees a place.
    received = models.PositiveIntegerField(default=0)
    projected = models.ForeignKey(
        "questionbox.PupilQuestion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    projected_answer_key = models.UUIDField(null=True, blank=True)  # a FrequentQuestion's translation_key
    # Bumped on every change the teacher's screens must follow (a question in, one shown, the box closed).
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("question box")
        verbose_name_plural = _("question boxes")

    def __str__(self):
        return f"{self.room_id}"


class PupilQuestion(models.Model):
    box = models.ForeignKey(QuestionBox, on_delete=models.CASCADE, related_name="questions")
    # Only so that removing a pupil from the room deletes what they sent; never shown to anyone.
    member = models.ForeignKey("rooms.RoomMember", on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("question, masked"))
    shown = models.BooleanField(_("shown on the projector"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pupil's question")
        verbose_name_plural = _("pupils' questions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.box_id}/{self.pk}"


class FrequentQuestion(TranslatableMixin, ClusterableModel):
    """A question pupils often ask about a topic, with an editor's answer the teacher can project."""

    topic = models.ForeignKey(
        "core.Topic",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_locale,
        verbose_name=_("topic"),
    )
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("The same in every language."))
    question = models.CharField(_("question"), max_length=200, help_text=_("As a pupil would ask it."))
    answer = models.TextField(
        _("answer"),
        max_length=900,
        help_text=_("Short enough to read on a projector from the back of the room: a few sentences."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    sources = sources_field()
    editor_notes = models.TextField(_("editor notes"), blank=True, help_text=_("Never shown to readers."))

    translatable_fields = [
        TranslatableField("question"),
        TranslatableField("answer"),
        SynchronizedField("topic"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
        SynchronizedField("sources"),
        SynchronizedField("editor_notes"),
    ]
    panels = [
        FieldPanel("topic"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("sources"),
        FieldPanel("editor_notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("frequent question")
        verbose_name_plural = _("frequent questions")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        ordering = ["sort_order", "question"]

    def __str__(self):
        return self.question
