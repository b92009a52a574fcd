"""The school self-check: a short checklist a head teacher answers, a result page and an action plan.

Nothing is stored: the answers travel in a signed token in the address (``selfcheck.answers``).
The form is sent with GET (no session, no CSRF cookie), so the checklist page itself stays in
the page cache; the result pages carry a token and are never cached.
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage, TaggedPageMixin

from .blocks import SelfCheckItemsBlock


class SelfCheckPage(RoutablePageMixin, TaggedPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    checklist = StreamField(
        SelfCheckItemsBlock(),
        verbose_name=_("checklist"),  # not "items": content files reserve that key
        help_text=_(
            "Each item is one question. After an item is added, "
            "older result links ask for it before showing the result."
        ),
    )

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TaggedPageMixin.tagging_translatable_fields,
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("checklist"),
        TaggedPageMixin.tagging_panel,
        BasePage.editor_notes_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("checklist")]

    class Meta:
        verbose_name = _("school self-check")
        verbose_name_plural = _("school self-checks")

    @cached_property
    def item_list(self):
        """[(block id, item value)] in the editor's order."""
        return [(str(block.id), block.value) for block in self.checklist if block.block_type == "item"]

    @property
    def checklist_key(self) -> str:
        """The same in every translation: a result stays readable in another language."""
        return str(self.translation_key)

    def route_url(self, name, token=""):
        url = (self.url or "") + self.reverse_subpage(name)
        return f"{url}?state={token}" if token else url

    @path("")
    def checklist_view(self, request):
        from selfcheck import views

        return views.checklist(request, self)

    @path("answers/", name="answers")
    def answers_view(self, request):
        from selfcheck import views

        return views.submit(request, self)

    @path("result/", name="result")
    def result_view(self, request):
        from selfcheck import views

        return views.result(request, self)

    @path("result/plan/", name="action-plan")
    def action_plan_view(self, request):
        from selfcheck import views

        return views.action_plan(request, self)
