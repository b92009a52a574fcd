"""Demo content: a "tools" page under home with two decision trees in five languages.

Idempotent: pages are looked up by slug and only created when missing. Runs after core,
support and factsheets (VIGILANT_DEMO_LOADERS), so outcomes can link to the help services
and factsheets those loaders made; anything not found is simply not linked.
"""

from wagtail.models import Locale

from core.content_translation import fr, translate_everywhere
from core.demo import add_to_navigation, home_page, vocabulary
from core.models import Audience, Topic

from ..models import DecisionTreeIndexPage, DecisionTreePage
from .trees import TOOLS_INTRO, TOOLS_NOTES, TOOLS_SLUG, TOOLS_TITLE, TREES


def tree_values(spec) -> list:
    """Every Localized text of a tree spec, for translate_everywhere."""
    values = [spec["title"], spec["intro"]]
    for step in spec["steps"]:
        if step[0] == "question":
            _kind, _key, question, hint, answers = step
            values.append(question)
            if hint:
                values.append(hint)
            values.extend(label for label, _target in answers)
        else:
            _kind, _key, _tone, title, advice, _related = step
            values.extend([title, advice])
    return values


def _related(related: dict) -> dict:
    """Objects named by a step spec, in the default locale; names that match nothing are skipped."""
    from factsheets.models import FactsheetPage
    from support.models import HelpService, ReportingChannel

    default = Locale.get_default()
    services = [
        service
        for name in related.get("help_services", [])
        for service in HelpService.objects.filter(locale=default, name__icontains=name)[:1]
    ]
    channels = [
        channel
        for name in related.get("reporting_channels", [])
        for channel in ReportingChannel.objects.filter(locale=default, name__icontains=name)[:1]
    ]
    topics = vocabulary(Topic, *related.get("factsheet_topics", []))
    factsheets = list(FactsheetPage.objects.live().filter(locale=default, topics__in=topics).distinct()[:2])
    return {"factsheets": factsheets, "help_services": services, "reporting_channels": channels}


def steps_value(spec, related_lookup=_related) -> list:
    """The StreamField value (French) of a tree spec."""
    steps = []
    for step in spec["steps"]:
        if step[0] == "question":
            _kind, key, question, hint, answers = step
            steps.append(
                (
                    "question",
                    {
                        "key": key,
                        "question": fr(question),
                        "hint": fr(hint) if hint else "",
                        "answers": [{"label": fr(label), "leads_to": target} for label, target in answers],
                    },
                )
            )
        else:
            _kind, key, tone, title, advice, related = step
            steps.append(
                (
                    "outcome",
                    {"key": key, "tone": tone, "title": fr(title), "advice": fr(advice), **related_lookup(related)},
                )
            )
    return steps


def build_tree(parent, spec, related_lookup=_related) -> DecisionTreePage:
    """Create, publish and translate (into the four other languages) the tree ``spec`` under ``parent``."""
    page = DecisionTreePage(
        title=fr(spec["title"]),
        slug=spec["slug"],
        intro=fr(spec["intro"]),
        editor_notes=spec["notes"],
        steps=steps_value(spec, related_lookup),
    )
    parent.add_child(instance=page)
    page.topics.set(vocabulary(Topic, *spec.get("topics", [])))
    page.audiences.set(vocabulary(Audience, "pupils"))
    page.save_revision().publish()
    translate_everywhere(page, tree_values(spec))
    return page


def ensure_tools_page() -> DecisionTreeIndexPage:
    home = home_page()
    tools = DecisionTreeIndexPage.objects.child_of(home).filter(slug=TOOLS_SLUG).first()
    if tools is None:
        tools = DecisionTreeIndexPage(
            title=fr(TOOLS_TITLE), slug=TOOLS_SLUG, intro=fr(TOOLS_INTRO), editor_notes=TOOLS_NOTES
        )
        home.add_child(instance=tools)
        tools.save_revision().publish()
        translate_everywhere(tools, [TOOLS_TITLE, TOOLS_INTRO])
    return tools


def ensure_tree(tools, spec) -> DecisionTreePage:
    page = DecisionTreePage.objects.child_of(tools).filter(slug=spec["slug"]).first()
    return page or build_tree(tools, spec)


def load():
    tools = ensure_tools_page()
    add_to_navigation(tools)
    for spec in TREES:
        ensure_tree(tools, spec)
