"""What the views of every room activity (the live quiz, the question box) share: the teacher's
pages, the poll of the teacher's screens, and responses no cache may keep."""

from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from rooms import access

NO_FREE_CODE = _("Every join code is in use right now, which should never happen. Wait a few minutes, then try again.")


def no_store(response):
    response["Cache-Control"] = "no-store"
    return response


def etag_matches(request, etag) -> bool:
    return etag in [tag.strip().removeprefix("W/") for tag in request.headers.get("If-None-Match", "").split(",")]


def state_response(request, etag, data):
    """What a teacher's screen polls: 304 while ``etag`` still matches, else ``data`` as JSON."""
    response = HttpResponse(status=304) if etag_matches(request, etag) else JsonResponse(data)
    response["ETag"] = etag
    return no_store(response)


def host_pages(find, context):
    """A factory of an activity's teacher pages (control, projector and their panels).

    ``find(request, code, control=...)`` gives the activity's state for one of the teacher's
    devices (a control device when ``control``), or None: the room's one 404.
    ``context(request, state, control=...)`` gives the template's context.
    """

    def page(template, *, control):
        @never_cache
        @require_GET
        def view(request, code):
            state = find(request, code, control=control)
            if state is None:
                return access.not_found(request)
            return TemplateResponse(request, template, context(request, state, control=control))

        return view

    return page
