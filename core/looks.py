"""Topic looks: the colour and the picture a pupil recognises a subject by.

Editors pick a look for each topic (``Topic.look``); pages wear the look of their first topic
(by the vocabulary's sort order), and pages without a topic wear the default one. A look is a CSS
class (``look-<key>``, colours defined in site/static/css/site.css, in light and dark schemes)
and an illustration under site/static/illustrations/ (original drawings, CC BY 4.0, the
Vigilant project: see the LICENSE file there). Adding a look means adding all three.
"""

from dataclasses import dataclass

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

DEFAULT = "default"


@dataclass(frozen=True)
class Look:
    key: str
    label: str

    @property
    def css_class(self):
        return f"look-{self.key}"

    @property
    def illustration(self):
        return f"illustrations/topic-{self.key}.svg"

    @property
    def illustration_url(self):
        return static(self.illustration)


LOOKS = {
    look.key: look
    for look in (
        Look(DEFAULT, _("Any topic (indigo: a shield)")),
        Look("sexting", _("Sexting (raspberry: messages on a phone)")),
        Look("grooming", _("Grooming (amber: a stranger's message)")),
        Look("webcam", _("Webcam (teal: a covered camera)")),
        Look("image-rights", _("Image rights (violet: friends and a photo)")),
        Look("sextortion", _("Sextortion (orange-red: a threat stopped)")),
        Look("abuse-images", _("Abuse images (blue: a report flag)")),
        Look("privacy", _("Privacy (green: a padlock)")),
        Look("pornography", _("Pornography (petrol blue: a picture paused, a talk with an adult)")),
        Look("travel", _("Travel (olive: a suitcase, a plane and a report flag)")),
    )
}
CHOICES = [(look.key, look.label) for look in LOOKS.values()]

# The topic (by vocabulary slug) each look was drawn for; the demo content uses it.
DRAWN_FOR = {
    "sexting": "sexting",
    "grooming": "grooming",
    "webcam": "webcam",
    "image-rights": "image-rights",
    "sextortion": "sextortion",
    "illegal-images": "abuse-images",
    "privacy": "privacy",
    "pornography": "pornography",
    "child-sex-tourism": "travel",
}


def look(key) -> Look:
    """The look called ``key``; the default one for an unknown or empty key."""
    return LOOKS.get(key or DEFAULT, LOOKS[DEFAULT])


def first_topic(topics):
    """The topic that gives a page its look: the first by the vocabulary's order."""
    topics = list(topics)
    if not topics:
        return None
    return min(topics, key=lambda topic: (topic.sort_order, topic.name.casefold(), topic.pk))


def look_for_page(page) -> Look:
    """The look of ``page``'s main topic, else of its first topic, else the default look.

    Costs no query for pages whose topics were prefetched, and one per request for main topics
    (every topic's look is read at once, see ``topic_looks``).
    """
    main_topic_id = getattr(page, "main_topic_id", None)
    if main_topic_id is not None:
        return look(topic_looks().get(main_topic_id))
    topics = getattr(page, "topics", None)
    topic = first_topic(topics.all()) if topics is not None else None
    return look(topic.look if topic is not None else None)


def topic_looks():
    """{topic id: look key} for every topic, read once per request."""
    from core.models import Topic
    from core.vocabulary_labels import per_request

    return per_request("topic-looks", lambda: dict(Topic.objects.values_list("pk", "look")))
