"""Reading a pupil's walk from the address: ``?path=1.2`` means "first answer, then second".

The path is the only memory of the walk: nothing is stored on the server or in a cookie.
Every request re-walks it from the start, so a stale or tampered address is refused with a
clear page instead of showing a step the pupil never reached.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from . import graph

MAX_PATH_CHARS = 400
MAX_ANSWER_DIGITS = 3


class PathError(Exception):
    def __init__(self, message, *, not_found=False):
        super().__init__(str(message))
        self.message = message
        self.not_found = not_found


@dataclass
class StepWalk:
    current: int
    answers: list[int]
    history: list[tuple[str, str]] = field(default_factory=list)  # (question, answer chosen)
    back_url: str = ""


def parse_path(raw: str) -> list[int]:
    """Answer numbers from ``?path=``, 0-based. Anything else than "1.2.1" is refused."""
    if not raw:
        return []
    if len(raw) > MAX_PATH_CHARS or "\x00" in raw:
        raise PathError(_("This link is damaged: we cannot read the answers in it."))
    parts = raw.split(".")
    if not all(part.isascii() and part.isdigit() and len(part) <= MAX_ANSWER_DIGITS for part in parts):
        raise PathError(_("This link is damaged: we cannot read the answers in it."))
    answers = [int(part) - 1 for part in parts]
    if any(answer < 0 for answer in answers):
        raise PathError(_("This link is damaged: we cannot read the answers in it."))
    return answers


def walk_steps(page, key: str, answers: list[int]) -> StepWalk:
    """Re-walk ``answers`` through ``page``'s tree; it must end on the step named ``key``."""
    steps = page.step_list
    if key not in {step.value["key"] for step in steps}:
        raise PathError(
            _("This step is not part of the tree. The tree may have changed since the link was made."),
            not_found=True,
        )
    walk = graph.walk(page.shape, answers)
    if walk.error:
        raise PathError(_("This link does not match the tree: one of its answers does not belong to its question."))
    if steps[walk.current].value["key"] != key:
        raise PathError(_("This link does not match the tree: its answers lead to another step."))

    history = []
    for index, answer in zip(walk.steps, walk.answers, strict=False):
        value = steps[index].value
        history.append((value["question"], value["answers"][answer]["label"]))
    if walk.answers:
        previous = steps[walk.steps[-2]].value["key"]
        back_url = page.step_url(previous, walk.answers[:-1])
    else:
        back_url = page.url
    return StepWalk(current=walk.current, answers=walk.answers, history=history, back_url=back_url)


def related_material(outcome_value) -> dict:
    """The outcome's factsheets in the reader's language (the French page where no translation exists).

    Its help services and reporting channels are the help box's (``{% help_and_report_for %}``).
    """
    factsheets = [page.localized for page in outcome_value["factsheets"] if page is not None and page.live]
    return {"factsheets": [page for page in factsheets if page.live]}
