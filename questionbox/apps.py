from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionboxConfig(AppConfig):
    name = "questionbox"
    verbose_name = _("Question boxes")

    def ready(self):
        from django.urls import reverse

        from questionbox import box
        from rooms.activities import Activity, register

        register(
            Activity(
                name=box.ACTIVITY,
                pupil_url=lambda room: reverse("questionbox:ask", args=[room.code]),
                control_url=lambda room: reverse("questionbox:control", args=[room.code]),
                screen_url=lambda room: reverse("questionbox:screen", args=[room.code]),
                accepts_members=box.accepts_members,
                member_removed=box.member_removed,
            )
        )
