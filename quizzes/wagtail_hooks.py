from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from quizzes.admin_views import AnswerCountsIndexView, AnswerCountsView


@hooks.register("register_admin_urls")
def register_answer_count_urls():
    return [
        path("quizzes/answers/", AnswerCountsIndexView.as_view(), name="quizzes_answer_counts_index"),
        path("quizzes/answers/<int:quiz_id>/", AnswerCountsView.as_view(), name="quizzes_answer_counts"),
    ]


@hooks.register("register_reports_menu_item")
def register_answer_counts_menu_item():
    return MenuItem(_("Quiz answers"), reverse("quizzes_answer_counts_index"), icon_name="help", order=900)
