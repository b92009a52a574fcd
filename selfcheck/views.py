"""The self-check's screens: the checklist, the result, and the action plan as a PDF.

Every screen after the checklist reads the answers from the signed ``state`` in the address
(``selfcheck.answers``); a changed or damaged one gets a 400 page that says so and offers a
fresh start. Nothing about the school or the person answering is stored or counted.
"""

from dataclasses import dataclass

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.models import TaggedPageMixin
from core.page_lists import kind_labels
from core.pdf import unstored_pdf_response

from .answers import CHOICES, IN_PLACE, UNSURE, Answers, BadState, field_name


@dataclass(frozen=True)
class Material:
    title: str
    url: str
    kind: str


@dataclass(frozen=True)
class Item:
    id: str
    number: int
    question: str
    why_it_matters: str
    first_step: str
    material: Material | None
    answer: str = ""
    error: bool = False

    @property
    def field_name(self):
        return field_name(self.id)

    @property
    def in_place(self):
        return self.answer == IN_PLACE

    @property
    def unsure(self):
        return self.answer == UNSURE


def _materials(page, request):
    """{chosen page id: Material} with every item's material in the reader's language where it
    exists (else as chosen), read in one query whatever the number of items."""
    chosen = [value["material"] for _id, value in page.item_list if value.get("material") is not None]
    if not chosen:
        return {}
    locale = Locale.get_active()
    keys = {material.translation_key for material in chosen}
    in_reader_language = {
        version.translation_key: version
        for version in Page.objects.live().public().filter(translation_key__in=keys, locale=locale)
    }
    materials = {}
    for material in chosen:
        version = in_reader_language.get(material.translation_key)
        if version is None and material.live:
            version = material
        if version is not None:
            model = version.specific_class or Page
            materials[material.pk] = Material(
                title=version.title,
                url=version.get_url(request) or "",
                # "Factsheet", "Quiz"...; index and help pages need no label beside their title.
                kind=kind_labels(model)[0] if issubclass(model, TaggedPageMixin) else "",
            )
    return materials


def _items(page, request, answers=None, missing=()):
    materials = _materials(page, request)
    by_item = answers.by_item if answers else {}
    return [
        Item(
            id=item_id,
            number=number,
            question=value["question"],
            why_it_matters=value["why_it_matters"],
            first_step=value.get("first_step") or "",
            material=materials.get(value["material"].pk) if value.get("material") is not None else None,
            answer=by_item.get(item_id, ""),
            error=item_id in missing,
        )
        for number, (item_id, value) in enumerate(page.item_list, start=1)
    ]


def _render(request, page, template, context, status=200):
    response = TemplateResponse(request, template, {**page.get_context(request), **context})
    response.status_code = status
    return response


def _bad_state(request, page):
    return _render(request, page, "selfcheck/self_check_error.html", {}, status=400)


def _answers_from_address(request, page):
    return Answers.from_token(request.GET.get("state", ""), page.checklist_key)


def checklist(request, page, answers=None, missing=(), notice=""):
    """The checklist form, empty or filled in with earlier answers (``?state=`` from "change my answers")."""
    status = 200
    if answers is None and "state" in request.GET:
        try:
            answers = _answers_from_address(request, page)
        except BadState:
            return _bad_state(request, page)
    if missing:
        status = 400
        notice = _("Answer every question: the ones still without an answer are marked below.")
    context = {
        "items": _items(page, request, answers, missing),
        "choices": CHOICES,
        "action_url": page.route_url("answers"),
        "notice": notice,
    }
    return _render(request, page, "selfcheck/self_check_page.html", context, status=status)


def submit(request, page):
    """The form's target: every item answered leads to the result, with the answers signed in its address."""
    item_ids = [item_id for item_id, _value in page.item_list]
    answers, missing = Answers.from_form(request.GET, item_ids, page.checklist_key)
    if missing:
        return checklist(request, page, answers, missing)
    return HttpResponseRedirect(page.route_url("result", answers.token()))


def _complete_answers(request, page):
    """(answers, None) for a valid token that answers every current item; otherwise (None, response)."""
    try:
        answers = _answers_from_address(request, page)
    except BadState:
        return None, _bad_state(request, page)
    if any(item_id not in answers.by_item for item_id, _value in page.item_list):
        notice = _("The checklist has changed since these answers were given. Please answer the new questions.")
        return None, checklist(request, page, answers, notice=notice)
    return answers, None


def _result_context(request, page, answers):
    items = _items(page, request, answers)
    token = answers.token()
    return {
        "in_place": [item for item in items if item.in_place],
        "gaps": [item for item in items if not item.in_place],
        "total": len(items),
        "change_url": f"{page.url}?state={token}",
        "plan_url": page.route_url("action-plan", token),
    }


def result(request, page):
    answers, refusal = _complete_answers(request, page)
    if refusal:
        return refusal
    return _render(request, page, "selfcheck/self_check_result.html", _result_context(request, page, answers))


def action_plan(request, page):
    """The result as a printable action plan: the gaps first, each with its first step and material."""
    answers, refusal = _complete_answers(request, page)
    if refusal:
        return refusal
    context = {"page": page, "self": page, **_result_context(request, page, answers)}
    return unstored_pdf_response(
        request,
        template_name="selfcheck/print/action_plan.html",
        context=context,
        filename=f"{slugify(page.slug) or 'self-check'}-action-plan.pdf",
    )
