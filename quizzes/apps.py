from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    # What readers call this app's page types on cards and section headings (core.page_lists).
    page_kinds = {"QuizPage": (_("Quiz"), _("Quizzes"))}

    def ready(self):
        from django.urls import reverse

        from quizzes import classroom
        from rooms.activities import Activity, register

        register(
            Activity(
                name=classroom.ACTIVITY,
                pupil_url=lambda room: reverse("quizzes:play", args=[room.code]),
                control_url=lambda room: reverse("quizzes:control", args=[room.code]),
                screen_url=lambda room: reverse("quizzes:screen", args=[room.code]),
                accepts_members=classroom.accepts_members,
                pupils_redraw=classroom.pupils_redraw,
                member_removed=classroom.member_removed,
                rooms_deleting=classroom.rooms_deleting,
            )
        )
