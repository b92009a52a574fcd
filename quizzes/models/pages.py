"""Quiz pages: an index, and quizzes pupils take alone (self-paced) or with their class (live)."""

from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage, TaggedPageMixin
from quizzes.blocks import QuizQuestionsBlock
from quizzes.scoring import questions_from_stream
from quizzes.worksheets import ANSWER_KEY_PATH, WORKSHEET_PATH, worksheet_pdf


class QuizIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["quizzes.QuizPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), BasePage.editor_notes_panel]

    class Meta:
        verbose_name = _("quiz index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        quizzes = QuizPage.objects.child_of(self).live().public().order_by("path")
        context["quizzes"] = quizzes.specific().prefetch_related("age_bands", "topics")  # one query each for every card
        return context


class QuizPage(RoutablePageMixin, TaggedPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    questions = StreamField(QuizQuestionsBlock(), verbose_name=_("questions"))
    teacher_notes = models.TextField(
        _("notes for teachers"),
        blank=True,
        help_text=_("Shown to the teacher before a class session: what to prepare, what pupils may raise."),
    )

    parent_page_types = ["quizzes.QuizIndexPage"]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("teacher_notes"),
        TaggedPageMixin.tagging_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("questions")]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["start_url"] = self.url + self.reverse_subpage("question", kwargs={"number": 1})
        context["printables"] = self.printables(request)
        return context

    @property
    def live_start_url(self) -> str:
        """Where a teacher starts a live class session of this quiz, in the quiz's own language."""
        with translation.override(self.locale.language_code):
            return reverse("quizzes:start", args=[self.pk])

    def printables(self, request=None):
        """[(label, address)] of the quiz's printable sheets, in the quiz's language.

        Works on a plain ``Page`` of this type too (teacher guides load their material that way).
        """
        url = self.get_url(request) or ""
        return [
            (_("Worksheet for pupils (PDF)"), url + WORKSHEET_PATH),
            (_("Answer key for teachers (PDF)"), url + ANSWER_KEY_PATH),
        ]

    @path(WORKSHEET_PATH, name="worksheet")
    def worksheet_view(self, request):
        """The pupils' sheet: questions and boxes to tick, no answers."""
        return worksheet_pdf(request, self, answer_key=False)

    @path(ANSWER_KEY_PATH, name="answer-key")
    def answer_key_view(self, request):
        """The teacher's key: the right answers marked, the explanations, the notes for teachers."""
        return worksheet_pdf(request, self, answer_key=True)

    @cached_property
    def question_list(self):
        return questions_from_stream(self.questions)

    def matching_factsheets(self):
        """Live factsheets in this quiz's language that share one of its topics."""
        factsheet_model = apps.get_model("factsheets", "FactsheetPage")
        topic_ids = [topic.pk for topic in self.topics.all()]
        if not topic_ids:
            return factsheet_model.objects.none()
        return (
            factsheet_model.objects.live()
            .public()
            .filter(locale_id=self.locale_id, topics__in=topic_ids)
            .distinct()
            .order_by("title")
        )

    # Self-paced mode: one question per screen, no JavaScript, state carried in a signed token.
    @path("question/<int:number>/", name="question")
    def question_view(self, request, number):
        from quizzes.views import self_paced

        return self_paced.question(request, self, number)

    @path("question/<int:number>/feedback/", name="feedback")
    def feedback_view(self, request, number):
        from quizzes.views import self_paced

        return self_paced.feedback(request, self, number)

    @path("result/", name="result")
    def result_view(self, request):
        from quizzes.views import self_paced

        return self_paced.result(request, self)
