"""One memo per request: what a request has already read once (content generations, Locale rows,
view restrictions) is kept here until its response is ready, and never longer.

``RequestMemoMiddleware`` (first in MIDDLEWARE after the proxy check) gives each request an empty
dict in a context variable and drops it when the response is ready; ``current()`` returns that
dict, or None outside a request (management commands, tests calling code directly), where callers
read afresh every time. Users: core.content_generation and core.upstream_memo.
"""

from contextvars import ContextVar

_memo: ContextVar = ContextVar("vigilant_request_memo", default=None)


def current() -> dict | None:
    """The running request's memo, or None outside a request."""
    return _memo.get()


class RequestMemoMiddleware:
    """Gives each request its own memo and drops it when the response is ready."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
