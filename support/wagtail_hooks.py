from wagtail.snippets.models import register_snippet

from support.models import HelpService, ReportingChannel

register_snippet(HelpService)
register_snippet(ReportingChannel)
