"""The walking engine shared by decision trees and flag guides: one question per screen.

Each step has its own address, ``<tree>/step/<key>/?path=1.2``: the path lists the answers
given so far (1 = first answer), so Back, Forward and sharing work without JavaScript and
nothing about the reader is stored. The server re-walks the path on every request and refuses
one that is not a real walk through the tree.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseBadRequest, HttpResponseNotFound
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from core.models import BasePage, TaggedPageMixin
from core.pdf import page_pdf_key, pdf_response

from .. import diagram, graph
from ..blocks import tree_shape
from ..flags import flag
from ..walks import PathError, parse_path, related_material, walk_steps

# Stored posters are keyed on this, the page's live revision and the language: bump the version
# whenever the poster template changes so no old poster is served.
POSTER_PDF_KIND = "decision-tree-poster-v1"
HANDOUT_PDF_KIND = "decision-tree-handout-v1"
POSTER_PATH = "print/"
HANDOUT_PATH = "handout/"


class WalkableTreePage(RoutablePageMixin, TaggedPageMixin, BasePage):
    """A page whose ``steps`` (a StreamField of question and outcome steps) readers walk."""

    page_cache_query_parameters = ("path",)  # the page cache stores these addresses (core.page_cache)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences saying what the tree helps to decide.")
    )

    flags_required = False  # every outcome must give a flag (flag guides)
    outcome_template = "decisiontrees/decision_tree_outcome.html"
    poster_template = "decisiontrees/decision_tree_poster.html"
    poster_pdf_kind = POSTER_PDF_KIND
    reader_view_label = _("Pupil view")

    class Meta:
        abstract = True

    # Validation -------------------------------------------------------------------------

    def clean_fields(self, exclude=None):
        """Refuse a broken tree whoever saves it (the admin shows the same errors per step)."""
        super().clean_fields(exclude=exclude)
        if exclude and "steps" in exclude:
            return  # the form already reported the field's own errors beside each step
        problems = graph.tree_problems(tree_shape(self.steps), flags_required=self.flags_required)
        if problems:
            raise ValidationError({"steps": [problem.message for problem in problems]})

    # The tree ---------------------------------------------------------------------------

    @cached_property
    def step_list(self):
        """The step blocks in order; a step's number (1, 2, ...) is its position plus one."""
        return list(self.steps)

    @cached_property
    def shape(self):
        return tree_shape(self.steps)

    def diagram_nodes(self):
        nodes = []
        for number, step in enumerate(self.step_list, start=1):
            value = step.value
            if step.block_type == "outcome":
                given = flag(value.get("flag"))
                # A flag's name opens the box's text: the picture never says it by colour alone.
                text = f"{given.name}: {value['title']}" if given else value["title"]
                tone = f"flag-{given.key}" if given else value.get("tone", "")
                nodes.append(diagram.Node(number, value["key"], text, is_outcome=True, tone=tone))
            else:
                answers = tuple((answer["label"], answer["leads_to"]) for answer in value["answers"])
                nodes.append(diagram.Node(number, value["key"], value["question"], answers=answers))
        return nodes

    def diagram_svg(self, id_prefix="tree", show_keys=True):
        return diagram.tree_svg(self.diagram_nodes(), title=self.title, id_prefix=id_prefix, show_keys=show_keys)

    def step_url(self, key, answers=()):
        url = (self.url or "") + self.reverse_subpage("step", kwargs={"key": key})
        if answers:
            url += "?path=" + ".".join(str(answer + 1) for answer in answers)
        return url

    def step_numbers(self):
        return {step.value["key"]: number for number, step in enumerate(self.step_list, start=1)}

    # Views ------------------------------------------------------------------------------

    def start_context(self, request):
        first = self.step_list[0] if self.step_list else None
        return {
            "start_url": self.step_url(first.value["key"]) if first else "",
            "poster_url": (self.url or "") + self.reverse_subpage("poster"),
            "handout_url": (self.url or "") + self.reverse_subpage("handout"),
        }

    @path("")
    def start(self, request):
        return self.render(request, context_overrides=self.start_context(request))

    @re_path(r"^step/(?P<key>[^/]{1,80})/$", name="step")
    def step(self, request, key):
        try:
            answers = parse_path(request.GET.get("path", ""))
            walk = walk_steps(self, key, answers)
        except PathError as error:
            return self._path_error(request, error)
        current = self.step_list[walk.current]
        fewest, most = graph.questions_left(self.shape, walk.current)
        context = {
            "step": current,
            "number": len(walk.answers) + 1,
            # Progress: this question's number out of the most the walk can still take.
            "total": len(walk.answers) + most,
            "total_is_exact": fewest == most,
            "history": walk.history,
            "restart_url": self.url,
            "back_url": walk.back_url,
        }
        if current.block_type == "outcome":
            context["related"] = related_material(current.value)
            return self.render(request, template=self.outcome_template, context_overrides=context)
        context["answer_links"] = [
            (answer["label"], self.step_url(answer["leads_to"], [*walk.answers, answer_index]))
            for answer_index, answer in enumerate(current.value["answers"])
        ]
        return self.render(request, template="decisiontrees/decision_tree_step.html", context_overrides=context)

    def _path_error(self, request, error):
        response = TemplateResponse(
            request,
            "decisiontrees/decision_tree_error.html",
            {**self.get_context(request), "error": error, "restart_url": self.url},
        )
        response.status_code = (
            HttpResponseNotFound.status_code if error.not_found else HttpResponseBadRequest.status_code
        )
        return response

    def poster_context(self):
        return {
            "page": self,
            "diagram": self.diagram_svg("poster", show_keys=False),
            "numbers": self.step_numbers(),
        }

    @path(POSTER_PATH, name="poster")
    def poster(self, request):
        """The whole tree on paper, for classrooms without devices."""
        return pdf_response(
            request,
            key=page_pdf_key(self, self.poster_pdf_kind),
            template_name=self.poster_template,
            context=self.poster_context(),
            filename=f"{self.slug}.pdf",
        )

    @path(HANDOUT_PATH, name="handout")
    def handout(self, request):
        """One A4 page per pupil: the tree as a picture and where it can lead (the poster has every step)."""
        return pdf_response(
            request,
            key=page_pdf_key(self, HANDOUT_PDF_KIND),
            template_name="decisiontrees/decision_tree_handout.html",
            context={"page": self, "diagram": self.diagram_svg("handout", show_keys=False)},
            filename=f"{self.slug}-handout.pdf",
        )

    def printables(self, request=None):
        """[(label, address)] of the tree's printouts, in the tree's language.

        Works on a plain ``Page`` of this type too (teacher guides load their material that way).
        """
        url = self.get_url(request) or ""
        return [
            (_("Classroom handout, one page (PDF)"), url + HANDOUT_PATH),
            (_("Poster of the whole tree (PDF)"), url + POSTER_PATH),
        ]

    # Preview ----------------------------------------------------------------------------

    @property
    def preview_modes(self):
        return [("", self.reader_view_label), ("diagram", _("Tree diagram"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "diagram":
            return TemplateResponse(
                request,
                "decisiontrees/decision_tree_diagram_preview.html",
                {"page": self, "diagram": self.diagram_svg()},
            )
        return super().serve_preview(request, mode_name)
