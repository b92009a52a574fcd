"""Snippets readers depend on (reporting channels, help services, navigation, footer) go through review.

An editor's or a translator's change is a draft (a revision) until a Moderator approves it in the
"Moderators approval" workflow (``editorial.roles``); the database row keeps the live version, so
readers keep seeing the published text, phone number or form address until then. A snippet
created in the admin is not live until approved: reader queries keep to ``live=True``
(``live_only``).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin


class ReviewedSnippetMixin(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """Draft state, revisions, locking and the moderation workflow for a translatable snippet."""

    _revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @property
    def revisions(self):
        return self._revisions


def live_only(queryset):
    """``queryset`` without drafts, for models that have a draft state (others unchanged)."""
    if issubclass(queryset.model, DraftStateMixin):
        return queryset.filter(live=True)
    return queryset
