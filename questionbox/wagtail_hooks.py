from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from questionbox.models import FrequentQuestion


class FrequentQuestionViewSet(SnippetViewSet):
    model = FrequentQuestion
    icon = "help"
    list_display = ["question", "topic"]
    list_filter = ["topic"]
    search_fields = ["question", "answer"]


register_snippet(FrequentQuestionViewSet)
