"""The flag system a flag guide judges with: four flags, the criteria behind them, four reactions.

Belgian practice (Sensoa's flag system, "Vlaggensysteem") helps adults judge a child's sexual
behaviour by a few criteria and names it with a colour. The names, meanings and criteria below are
Vigilant's own wording of that idea, not Sensoa's text. Each flag carries a word and a sign as well
as its colour, so it never depends on colour alone (screen readers, colour blindness, black-and-white
printing).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Flag:
    key: str
    name: str  # "Green flag"
    sign: str  # a symbol printed next to the name, never the only carrier of meaning
    meaning: str  # one sentence: what the flag says about the behaviour

    @property
    def css_class(self):
        return f"flag--{self.key}"


FLAGS = {
    flag.key: flag
    for flag in (
        Flag("green", _("Green flag"), "✓", _("Fits the child's age and development: everyone agrees and is safe.")),
        Flag("yellow", _("Yellow flag"), "!", _("A little outside what fits: talk about it and watch how it goes.")),
        Flag("red", _("Red flag"), "!!", _("Worrying: one or more criteria are clearly not met. Act and get advice.")),
        Flag(
            "black",
            _("Black flag"),
            "✕",
            _("Harmful and possibly an offence: protect the child at once, get help and report."),
        ),
    )
}
FLAG_CHOICES = [(flag.key, flag.name) for flag in FLAGS.values()]


def flag(key) -> Flag | None:
    return FLAGS.get(key or "")


@dataclass(frozen=True)
class Criterion:
    key: str
    name: str
    question: str  # what the adult asks themselves


CRITERIA = {
    criterion.key: criterion
    for criterion in (
        Criterion("consent", _("Consent"), _("Does everyone involved agree, and know what they agree to?")),
        Criterion("voluntariness", _("Voluntariness"), _("Is anyone pushed, threatened, tricked or paid?")),
        Criterion("equality", _("Equality"), _("Are they equals in age, strength, status and knowledge?")),
        Criterion(
            "age-fit",
            _("Fit with age and development"),
            _("Is this usual for the child's age and development?"),
        ),
        Criterion("context", _("Context"), _("Does it suit the place, the moment and the people around?")),
        Criterion(
            "respect",
            _("Respect for self and others"),
            _("Does it respect everyone's body, image and dignity, the child's own included?"),
        ),
    )
}
CRITERION_CHOICES = [(criterion.key, criterion.name) for criterion in CRITERIA.values()]

# The ways an adult reacts, in the order they usually come; a flag outcome says which ones fit.
REACTIONS = {
    "talk": _("Talk"),
    "limits": _("Set limits"),
    "help": _("Get help"),
    "report": _("Report"),
}
