"""Content-Security-Policy: the strict policy for readers, a separate one for the admin.

Wagtail's admin still relies on inline scripts and styles (wagtail#1288), so it gets its
own policy, scoped to its URL prefixes; public pages keep the strict policy from settings.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # A response that already carries its policy (a page from the page cache, stored with the
        # policy it was served with) keeps it: django-csp would build both policies again only to
        # leave the header as it is, a fifth of a cache hit's CPU.
        if HEADER in response and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            return PolicyParts(config=settings.ADMIN_CONTENT_SECURITY_POLICY, nonce=parts.nonce)
        return parts
