from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from support.models import HelpService, ReportingChannel


class HelpServiceViewSet(SnippetViewSet):
    model = HelpService
    icon = "help"
    # "Checked on" in the list so editors see which numbers and hours need checking again.
    list_display = ["name", "phone", "checked_on"]
    search_fields = ["name", "phone"]


class ReportingChannelViewSet(SnippetViewSet):
    model = ReportingChannel
    icon = "warning"
    list_display = ["name", "form_url", "checked_on"]
    search_fields = ["name"]


register_snippet(HelpServiceViewSet)
register_snippet(ReportingChannelViewSet)
