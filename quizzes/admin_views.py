"""Admin report: anonymous answer counts per quiz, question and answer (self-paced and live)."""

from django.db.models import Sum
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from core.csv_export import csv_response
from quizzes import classroom
from quizzes.models import QuestionTally, QuizPage


class AnswerCountsIndexView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Quiz answers")
    header_icon = "help"
    template_name = "quizzes/admin/answer_counts_index.html"

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last breadcrumb: without this one it reads "Home".
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        totals = dict(
            QuestionTally.objects.values_list("quiz_key")
            .annotate(total=Sum("answered"))
            .values_list("quiz_key", "total")
        )
        # Live classes still running are counted when they end; add their answers so far.
        for key, answered in classroom.answers_not_yet_counted_by_quiz().items():
            totals[key] = totals.get(key, 0) + answered
        quizzes = QuizPage.objects.filter(locale=Locale.get_default()).order_by("title")
        context["rows"] = [(quiz, totals.get(quiz.translation_key, 0)) for quiz in quizzes]
        return context


class AnswerCountsView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "help"
    template_name = "quizzes/admin/answer_counts.html"

    def get_page_title(self):
        return _("Quiz answers: %(title)s") % {"title": self.quiz.title}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("quizzes_answer_counts_index"), "label": _("Quiz answers")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["quiz_id"]).specific
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.csv_export()
        return super().get(request, *args, **kwargs)

    def answer_rows(self):
        counts = classroom.exact_counts(self.quiz.translation_key)
        rows = []
        for question in self.quiz.question_list:
            answered, right, chosen = counts.get(question.id, (0, 0, {}))
            rows.append(
                {
                    "question": question,
                    "answered": answered,
                    "right": right,
                    "choices": [(choice, chosen.get(choice.id, 0)) for choice in question.choices],
                }
            )
        return rows

    def csv_export(self):
        """One line per answer of each question, through core.csv_export (Excel-safe)."""
        header = [_("Question"), _("Answer"), _("Right answer"), _("Times chosen"), _("Answers"), _("Right answers")]
        lines = [
            [
                f"{row['question'].number}. {row['question'].text}",
                choice.text,
                _("Yes") if choice.is_right else _("No"),
                chosen,
                row["answered"],
                row["right"],
            ]
            for row in self.answer_rows()
            for choice, chosen in row["choices"]
        ]
        return csv_response(f"quiz-answers-{self.quiz.slug}", header, lines)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(quiz=self.quiz, rows=self.answer_rows())
        return context
